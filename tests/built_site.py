"""One built site for every test that looks at the output: built once, served under a sub-path.

GitHub Pages serves a project site at ``https://OWNER.github.io/REPO/``, so the site is served
the same way, at ``http://127.0.0.1:PORT/newsbrief/``, and built with ``--site-url`` pointing
there: a link that forgets the sub-path breaks here as it would on Pages. Like Pages, the server
answers an unknown address with ``404.html``. The project is copied to a temporary folder and
built from the repository's seeds plus the test seeds in ``tests/fixtures/`` (hostile input),
so the working tree is never touched.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PREFIX = "/newsbrief/"
SAMPLE_SLUG = "kazakhstan-shoot-to-kill"
#: What a build needs from the project: configuration, hand-written pages and theme overrides.
PROJECT_PARTS = ("mkdocs.yml", "docs", "seeds", "generator/theme")


@dataclass(frozen=True)
class BuiltSite:
    """A built project copy and the address it is served at."""

    project: Path
    site: Path
    url: str
    """Base address, ending in ``/newsbrief/``."""

    def page(self, path: str = "") -> str:
        """The address of a page, ``path`` relative to the site root."""
        return self.url + path.lstrip("/")


def copy_project(target: Path, *, test_seeds: bool = True) -> Path:
    """The parts of the project a build reads, copied into ``target`` without generated pages."""
    for name in project_files():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    if test_seeds:
        for seed in sorted(FIXTURES.glob("hostile*.txt")):
            shutil.copy2(seed, target / "seeds" / seed.name)
    return target


def project_files() -> list[str]:
    """The files of ``PROJECT_PARTS`` that git does not ignore: generated pages stay behind."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", *PROJECT_PARTS],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    if listed.returncode == 0:
        return sorted({name for name in listed.stdout.splitlines() if (ROOT / name).is_file()})
    return sorted(p.relative_to(ROOT).as_posix() for part in PROJECT_PARTS for p in (ROOT / part).rglob("*") if p.is_file())


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder under ``PREFIX`` only, answering unknown addresses with 404.html."""

    def translate_path(self, path: str) -> str:
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / ".outside-the-sub-path" / "none")  # no such file: 404
        return super().translate_path("/" + path[len(PREFIX):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def end_headers(self) -> None:
        # LinkChecker throttles every host to ~10 requests a second unless the server answers
        # with this header (its documented opt-in), which makes checking the site ~10x faster.
        self.send_header("LinkChecker", "unthrottled")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """Serve ``site`` under ``PREFIX`` on a free port, in threads; yields the base address."""
    handler = functools.partial(SubPathHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """The project built once with ``newsbrief build --site-url``, served on 127.0.0.1."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    site = project / "site"
    site.mkdir()
    with serving(site) as url:  # the port, hence the site URL, is known before the build
        status = cli.main(["build", "--project", str(project), "--quiet", "--site-url", url])
        assert status == 0, "newsbrief build refused a seed"
        yield BuiltSite(project=project, site=site, url=url)
