"""The home page lists briefs newest first, paginated; tag pages group them by tag."""

from __future__ import annotations

import pytest

from generator.archive import Summary, by_tag, newest_first
from generator.pages import home, tags


def summary(slug: str, date: str | None = None, tags: tuple[str, ...] = (), title: str | None = None) -> Summary:
    return Summary(slug=slug, title=title or slug.title(), lead=f"Lead of {slug}.", seed=f"seeds/{slug}.txt", date=date, tags=tags)


@pytest.mark.parametrize(
    ("summaries", "expected"),
    [
        ([summary("a", "2024-01-01"), summary("b", "2024-03-01"), summary("c")], ["b", "a", "c"]),
        ([summary("z"), summary("y"), summary("x", "2020-01-01")], ["x", "y", "z"]),
        ([summary("b", "2024-01-01"), summary("a", "2024-01-01")], ["a", "b"]),
        ([], []),
    ],
)
def test_newest_first_puts_undated_last(summaries, expected):
    assert [s.slug for s in newest_first(summaries)] == expected


@pytest.mark.parametrize(
    ("count", "paths"),
    [
        (0, ["index.md"]),
        (1, ["index.md"]),
        (20, ["index.md"]),
        (21, ["index.md", "page/2.md"]),
        (45, ["index.md", "page/2.md", "page/3.md"]),
    ],
)
def test_pages_hold_twenty_briefs_each(count, paths):
    pages = home.render_pages([summary(f"b{i:03}", f"2024-01-{i % 28 + 1:02}") for i in range(count)])
    assert list(pages) == paths
    assert sum(page.count("\n## [") for page in pages.values()) == count


def test_later_pages_link_back_up_and_leave_search():
    pages = home.render_pages([summary(f"b{i:02}") for i in range(45)])
    second = pages["page/2.md"]
    assert "](../briefs/b20/index.md)" in second
    assert "[← Newer](../index.md)" in second and "[Older →](../page/3.md)" in second
    assert "search:\n  exclude: true" in second
    assert "search:" not in pages["index.md"]
    assert "[Older →](page/2.md)" in pages["index.md"]
    assert "Older" not in pages["page/3.md"]


def test_empty_archive_says_how_to_start():
    assert "No briefs yet" in home.render_pages([])["index.md"]


def test_entry_shows_date_and_tag_links_and_escapes_text():
    entry = home.entry(summary("a", "2024-01-31", ("Central Asia",), title="<b>Bold</b> [x](y)"))
    assert '<time datetime="2024-01-31">2024-01-31</time>' in entry
    assert "[Central Asia](tags/central-asia.md)" in entry
    assert "<b>" not in entry and "[x](y)" not in entry


def test_tags_group_spellings_by_slug():
    groups = by_tag([summary("a", tags=("Central Asia", "Politics")), summary("b", tags=("central-asia",))])
    assert list(groups) == ["central-asia", "politics"]
    assert groups["central-asia"][0] == "Central Asia"
    assert [s.slug for s in groups["central-asia"][1]] == ["a", "b"]


def test_tag_pages_list_briefs_newest_first():
    pages = tags.render_pages([summary("old", "2020-01-01", ("asia",)), summary("new", "2024-01-01", ("asia",)), summary("none")])
    assert list(pages) == ["tags/index.md", "tags/asia.md"]
    assert "[asia](asia.md) (2 briefs)" in pages["tags/index.md"]
    page = pages["tags/asia.md"]
    assert page.index("../briefs/new/index.md") < page.index("../briefs/old/index.md")


def test_no_tags_page_says_how_to_add_them():
    assert list(tags.render_pages([summary("a")])) == ["tags/index.md"]
    assert "No tags yet" in tags.render_pages([])["tags/index.md"]
