"""Golden tests: the sample seed's brief, page by page, against files checked into tests/golden/.

A change in extraction or rendering shows up here as a readable diff of Markdown. When the change
is intended, regenerate the files with ``NEWSBRIEF_UPDATE_GOLDEN=1 make test`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.brief import build_brief
from generator.contract import brief_to_json
from generator.pages import render_brief
from tests.conftest import SAMPLE_SEED

GOLDEN = Path(__file__).parent / "golden" / SAMPLE_SEED.stem
UPDATE = os.environ.get("NEWSBRIEF_UPDATE_GOLDEN") == "1"


def _outputs() -> dict[str, str]:
    brief = build_brief(f"seeds/{SAMPLE_SEED.name}", SAMPLE_SEED.read_text("utf-8"))
    outputs = {path.rsplit("/", 1)[-1]: text for path, text in render_brief(brief).items()}
    outputs["brief.json"] = brief_to_json(brief)
    return outputs


@pytest.mark.parametrize("name", ["brief.json", "index.md", "figures.md", "quotes.md", "sources.md"])
def test_sample_page_matches_golden(name):
    actual = _outputs()[name]
    expected_file = GOLDEN / name
    if UPDATE:
        expected_file.parent.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(actual, "utf-8")
    assert expected_file.exists(), f"no golden file {expected_file.name}: run with NEWSBRIEF_UPDATE_GOLDEN=1"
    assert actual == expected_file.read_text("utf-8")
