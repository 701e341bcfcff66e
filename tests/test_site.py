"""``generate``: incremental over an archive, touching only the briefs whose seed changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import site
from generator.archive import CACHE
from generator.site import generate

ARTICLE = "Headline number {n}\n\nThe council approved {n} new schools on Monday, the mayor said. Work starts soon.\n"


def write_seed(root: Path, name: str, n: int, front: str = "") -> Path:
    path = root / "seeds" / f"{name}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((f"---\n{front}\n---\n" if front else "") + ARTICLE.format(n=n), "utf-8")
    return path


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in (root / "docs").rglob("*") if p.is_file()}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for n in range(3):
        write_seed(tmp_path, f"s{n}", n, front=f"date: 2024-01-0{n + 1}\ntags: [town]")
    generate(tmp_path)
    return tmp_path


def test_unchanged_archive_extracts_nothing_and_touches_nothing(archive):
    before = mtimes(archive)
    result = generate(archive)
    assert result.extracted == []
    assert [b.slug for b in result.briefs] == ["s0", "s1", "s2"]
    assert result.report.written == []
    assert mtimes(archive) == before


def test_edited_seed_alone_is_extracted_and_rewritten(archive):
    before = mtimes(archive)
    write_seed(archive, "s1", 99, front="date: 2024-01-02\ntags: [town]")
    result = generate(archive)
    assert result.extracted == ["seeds/s1.txt"]
    after = mtimes(archive)
    changed = {name for name in after if after[name] != before.get(name)}
    assert "docs/briefs/s1/index.md" in changed
    assert not any(name.startswith(("docs/briefs/s0/", "docs/briefs/s2/")) for name in changed)


def test_removed_seed_loses_its_pages_only(archive):
    (archive / "docs" / "about.md").write_text("# About\n", "utf-8")
    (archive / "seeds" / "s2.txt").unlink()
    result = generate(archive)
    assert not (archive / "docs" / "briefs" / "s2").exists()
    assert (archive / "docs" / "briefs" / "s1" / "index.md").exists()
    assert (archive / "docs" / "about.md").exists()
    assert "briefs/s2/index.md" in result.report.removed


def test_deleted_page_of_unchanged_brief_comes_back(archive):
    (archive / "docs" / "briefs" / "s0" / "quotes.md").unlink()
    result = generate(archive)
    assert result.extracted == ["seeds/s0.txt"]
    assert (archive / "docs" / "briefs" / "s0" / "quotes.md").exists()


@pytest.mark.parametrize("change", ["generator", "cache"])
def test_new_generator_or_lost_cache_extracts_everything(archive, monkeypatch, change):
    if change == "generator":
        monkeypatch.setattr(site, "fingerprint", lambda: "9.9.9+other")
    else:
        (archive / "docs" / CACHE).unlink()
    before = mtimes(archive)
    result = generate(archive)
    assert len(result.extracted) == 3
    assert result.report.written == []  # same bytes: files keep their times
    assert {k: v for k, v in mtimes(archive).items() if CACHE not in k} == {k: v for k, v in before.items() if CACHE not in k}


def test_force_extracts_everything(archive):
    assert len(generate(archive, force=True).extracted) == 3


def test_bad_front_matter_refuses_that_seed_only(archive):
    write_seed(archive, "s3", 3, front="date: yesterday")
    result = generate(archive)
    assert result.errors == ["seeds/s3.txt: front matter 'date': expected a date like 2024-01-31, got 'yesterday'"]
    assert len(result.briefs) == 3


def test_home_lists_newest_first_and_paginates(tmp_path):
    for n in range(25):
        write_seed(tmp_path, f"a{n:02}", n, front=f"date: 2024-02-{n + 1:02}" if n % 5 else "")
    generate(tmp_path)
    docs = tmp_path / "docs"
    index = (docs / "index.md").read_text("utf-8")
    assert index.index("briefs/a24/") < index.index("briefs/a23/")
    assert (docs / "page" / "2.md").exists()
    assert "briefs/a00/" in (docs / "page" / "2.md").read_text("utf-8")  # undated: last
    for n in range(10):
        (tmp_path / "seeds" / f"a{n:02}.txt").unlink()
    generate(tmp_path)
    assert not (docs / "page").exists()


def test_tag_pages_follow_the_front_matter(archive):
    assert "s2" in (archive / "docs" / "tags" / "town.md").read_text("utf-8")
    for n in range(3):
        write_seed(archive, f"s{n}", n)
    generate(archive)
    assert not (archive / "docs" / "tags" / "town.md").exists()
    assert "No tags yet" in (archive / "docs" / "tags" / "index.md").read_text("utf-8")


@pytest.mark.parametrize(
    ("config", "given", "expected"),
    [
        (None, None, 'href="briefs/s0/"'),
        ("site_name: X\nsite_url: https://a.org/news/\n", None, 'href="https://a.org/news/briefs/s0/"'),
        ("site_name: X\nsite_url: https://a.org/\n", "https://b.org/", 'href="https://b.org/briefs/s0/"'),
        ("site_name: X\nsite_url: !ENV [NOWHERE]\nx: !!python/name:os.getcwd\n", None, 'href="briefs/s0/"'),
        ("site_name: [broken\n", None, 'href="briefs/s0/"'),
    ],
)
def test_feed_links_follow_the_site_url(archive, config, given, expected):
    if config:
        (archive / "mkdocs.yml").write_text(config, "utf-8")
    generate(archive, site_url=given)
    assert expected in (archive / "docs" / "feed.xml").read_text("utf-8")


def test_archive_builds_strict_with_search_over_briefs_out_of_nav(tmp_path):
    import json

    from mkdocs.commands.build import build

    from generator.mkdocs_run import load
    from tests.benchmark import make_project

    make_project(tmp_path, 23)
    assert generate(tmp_path).errors == []
    build(load(tmp_path))  # strict: any broken link between pages fails here
    site = tmp_path / "site"
    for built in ("page/2/index.html", "tags/index.html", "feed.xml", "briefs/article-00023/quotes/index.html"):
        assert (site / built).is_file(), built
    locations = {doc["location"].split("#")[0] for doc in json.loads((site / "search/search_index.json").read_text("utf-8"))["docs"]}
    assert "briefs/article-00001/" in locations and "briefs/article-00001/figures/" in locations
    assert "page/2/" not in locations  # the later list pages repeat the briefs
    assert '<link rel="alternate" type="application/atom+xml"' in (site / "index.html").read_text("utf-8")


def test_worker_processes_write_the_same_archive(tmp_path, monkeypatch):
    def tree(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "docs").rglob("*") if p.is_file()}

    roots = []
    for parallel_from in (10_000, 2):
        monkeypatch.setattr(site, "PARALLEL_FROM", parallel_from)
        root = tmp_path / str(parallel_from)
        for n in range(5):
            write_seed(root, f"s{n}", n, front=f"date: 2024-01-0{n + 1}")
        write_seed(root, "bad", 9, front="date: yesterday")
        result = generate(root)
        assert len(result.extracted) == 5 and len(result.errors) == 1
        roots.append(root)
    assert tree(roots[0]).keys() == tree(roots[1]).keys()
    assert {k: v for k, v in tree(roots[0]).items() if "cache" not in k} == {
        k: v for k, v in tree(roots[1]).items() if "cache" not in k
    }
