"""Running MkDocs in process: build, serve with seed watching, and gh-pages deploy.

In process rather than through the ``mkdocs`` command so that ``--site-url`` and the serve
hook can be passed as config overrides, leaving ``mkdocs.yml`` plain enough for any tool that
reads it. MkDocs' own failures surface as one-line :class:`NewsbriefError` messages.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.errors import NewsbriefError

#: Material 9.8 prints an end-of-life banner on every build; it says nothing about this site.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

HOOK = Path(__file__).with_name("serve_hook.py")


def load(project: Path, *, site_url: str | None = None, **overrides: Any) -> Any:
    """The project's ``mkdocs.yml``, strict, with the given overrides."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    config_file = project / "mkdocs.yml"
    if not config_file.is_file():
        raise NewsbriefError(config_file.as_posix(), "expected the MkDocs configuration, found no file")
    if site_url:
        overrides["site_url"] = site_url
    try:
        return load_config(str(config_file), strict=True, **overrides)
    except ConfigurationError as error:
        raise NewsbriefError(config_file.as_posix(), str(error).replace("\n", " ")) from None


def build_site(project: Path, *, site_url: str | None = None, quiet: bool = False, verbose: bool = False) -> None:
    """``mkdocs build --strict`` into ``site/``."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort, MkDocsException

    from generator.progress import BuildProgress, wanted

    _log_like_mkdocs(quiet=quiet, verbose=verbose)
    config = load(project, site_url=site_url)
    if wanted(sys.stderr, quiet=quiet, verbose=verbose):
        config.plugins["newsbrief-progress"] = BuildProgress()
    try:
        build(config)
    except (Abort, MkDocsException) as error:
        raise NewsbriefError("mkdocs.yml", f"site build failed: {error}") from None


def serve_site(
    project: Path,
    *,
    site_url: str | None = None,
    dev_addr: str | None = None,
    quiet: bool = False,
    verbose: bool = False,
) -> None:
    """``mkdocs serve``, also watching ``seeds/``; the hook regenerates the pages of an edited seed."""
    from mkdocs.commands.serve import serve

    _log_like_mkdocs(quiet=quiet, verbose=verbose)
    load(project, site_url=site_url)  # fail early, with our message, on a broken config
    overrides: dict[str, Any] = {"hooks": [str(HOOK)]}
    if site_url:
        overrides["site_url"] = site_url
    if dev_addr:
        overrides["dev_addr"] = dev_addr
    serve(str(project / "mkdocs.yml"), watch=[str(project / "seeds")], **overrides)


def deploy_site(
    project: Path,
    *,
    site_url: str | None = None,
    remote_name: str | None = None,
    message: str | None = None,
    quiet: bool = False,
    verbose: bool = False,
) -> None:
    """Build, then publish ``site/`` to the gh-pages branch of ``remote_name``."""
    from mkdocs.commands.build import build
    from mkdocs.commands.gh_deploy import gh_deploy
    from mkdocs.exceptions import Abort, MkDocsException

    _log_like_mkdocs(quiet=quiet, verbose=verbose)
    overrides = {"remote_name": remote_name} if remote_name else {}
    config = load(project, site_url=site_url, **overrides)
    cwd = Path.cwd()
    try:
        os.chdir(project)  # gh-deploy runs git in the current folder
        build(config)
        gh_deploy(config, message=message)
    except (Abort, MkDocsException) as error:
        raise NewsbriefError("mkdocs.yml", f"deploy failed: {error}") from None
    except SystemExit as error:  # gh_deploy exits on a failed push
        raise NewsbriefError("gh-pages", f"deploy failed (git exit status {error.code})") from None
    except subprocess.CalledProcessError as error:  # ghp-import's push, e.g. to an unknown remote
        raise NewsbriefError("gh-pages", f"deploy failed: {' '.join(error.cmd)} exited with status {error.returncode}") from None
    finally:
        os.chdir(cwd)


def _log_like_mkdocs(*, quiet: bool, verbose: bool) -> None:
    """Print MkDocs' log lines as its own command does, at the level the user asked for."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_newsbrief", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler._newsbrief = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
