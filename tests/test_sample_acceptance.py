"""The sample seed's brief shows what the product promises, stated as a reader would check it."""

from __future__ import annotations

import pytest

from generator.brief import build_brief
from generator.model import Brief
from tests.conftest import SAMPLE_SEED

TOKAYEV = "Kassym Jomart Tokayev"


@pytest.fixture(scope="module")
def brief() -> Brief:
    return build_brief(f"seeds/{SAMPLE_SEED.name}", SAMPLE_SEED.read_text("utf-8"))


def _figure(brief: Brief, text: str):
    found = [f for f in brief.figures if f.text == text]
    assert found, f"no figure {text!r} in {[f.text for f in brief.figures]}"
    return found[0]


@pytest.mark.parametrize(
    "text, value, qualifier, label_word, claimant_word",
    [
        ("some 20,000", 20000, "some", "men", "Tokayev"),
        ("more than 3,000", 3000, "more than", "arrested", "Interior Ministry"),
        ("at least 18", 18, "at least", "officers", None),
        ("two", 2, None, "beheaded", None),
        ("five", 5, None, "republics", None),
    ],
)
def test_key_figures_keep_hedge_label_and_claimant(brief, text, value, qualifier, label_word, claimant_word):
    figure = _figure(brief, text)
    assert (figure.value, figure.qualifier) == (value, qualifier)
    assert label_word in figure.label
    if claimant_word:
        assert claimant_word in (figure.claimed_by or "")


def test_the_armed_people_injured_are_a_plain_18(brief):
    plain = [f for f in brief.figures if f.text == "18" and f.qualifier is None]
    assert plain and "injured" in plain[0].label


def test_years_and_dates_are_not_figures(brief):
    texts = {f.text for f in brief.figures}
    assert not texts & {"1990", "2019", "19", "January 19"}
    assert {"1990", "2019", "January 19"} <= {d.text for d in brief.dates}


def test_four_full_quotes_all_by_tokayev(brief):
    full = [q for q in brief.quotes if q.kind == "full"]
    assert len(full) == 4
    assert {q.speaker for q in full} == {TOKAYEV}
    openings = [q.text.split()[0] for q in full]
    assert openings == ["I", "terrorists", "From", "The"]
    assert full[2].text.rstrip(",").endswith("We will do it shortly")  # the closing mark is a wrong “
    assert full[3].text.endswith("until the end")  # a space before the closing mark
    assert full[2].attribution == "added the president"


def test_partial_quotes_stand_apart_with_their_speaker(brief):
    partial = {q.text: q.speaker for q in brief.quotes if q.kind == "partial"}
    assert partial["without prior notice"] == TOKAYEV
    assert partial["bandits"] == TOKAYEV
    assert "Interior Ministry" in partial["criminals"]
    assert "Interior Ministry" in partial["armed"]


def test_sources_name_agencies_and_attributed_bodies(brief):
    agencies = [s.name for s in brief.sources if s.kind == "agency"]
    cited = {s.name for s in brief.sources if s.kind == "attribution"}
    assert agencies == ["EFE", "AFP", "Europa Press"]
    assert brief.credit == "With information from EFE, AFP and Europa Press"
    assert any("Interior Ministry" in name for name in cited)
    assert "Jen Psaki" in cited
    assert any("Permanent Mission of Kazakhstan to the United Nations" in name for name in cited)
    assert TOKAYEV in cited


def test_every_quote_and_figure_is_verbatim(brief, sample_text):
    for item in (*brief.quotes, *brief.figures):
        assert item.text in sample_text
