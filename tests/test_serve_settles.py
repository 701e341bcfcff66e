"""A second generate with nothing changed writes nothing, so ``serve`` does not rebuild in a loop."""

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
