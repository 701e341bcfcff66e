"""Pages share links and settle: a second generate with nothing changed writes nothing."""

import shutil

from generator.site import generate
from tests.conftest import SAMPLE_SEED


def test_second_generate_touches_no_file(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SAMPLE_SEED, tmp_path / "seeds")
    generate(tmp_path)
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "docs").rglob("*")}
    result = generate(tmp_path)
    after = {p: p.stat().st_mtime_ns for p in (tmp_path / "docs").rglob("*")}
    assert result.report.written == []
    assert before == after


def test_sentence_links_point_at_the_story_from_other_pages():
    from generator.pages.common import sentence_link

    assert "(index.md#s3)" in sentence_link("s3")
    assert "(index.md#s3)" in sentence_link("s3", page="quotes.md")
    assert "(#s3)" in sentence_link("s3", page="index.md")
