import pytest

from generator.cues import CueIndex
from generator.seed import parse_article


def cue_subjects(text: str) -> list[tuple[str, str | None]]:
    article = parse_article("t.txt", "Title\n\n" + text)
    index = CueIndex(article.body, article)
    return [(article.body[c.start : c.end], c.subject) for c in index.paragraph(0)]


@pytest.mark.parametrize(
    "text, cues",
    [
        # "and" between two subjects is no coordinated verb; "of" opens no inverted subject
        ("Ann Lee and her deputy warned of delays.", []),
        # the cue before sits in another clause (";", ", while"): "and" does not reach back to it
        ("Ann Lee said the talks failed; prices fell and warned nobody.", [("Ann Lee said", "Ann Lee")]),
        (
            "Ann Lee said it failed, while prices fell and warned nobody.",
            [("Ann Lee said", "Ann Lee")],
        ),
        # a coordinated verb never reads the words after it as an inverted subject
        ("Ann Lee sighed and demanded an inquiry.", [("demanded", "Ann Lee")]),
        ("Ann Lee denied it and demanded an inquiry.", [("Ann Lee denied", "Ann Lee"), ("demanded", "Ann Lee")]),
    ],
)
def test_coordinated_cues(text, cues):
    assert cue_subjects(text) == cues


@pytest.mark.parametrize(
    "text, cues",
    [
        # "it" opening a clause reported without "that" is the body reporting it
        (
            "The ministry said it had confirmed 17 deaths.",
            [("The ministry said", "The ministry"), ("The ministry said it had confirmed", "The ministry")],
        ),
        # "he" and "the" still open the reported clause's own subject
        (
            "The complaint says he told deputies.",
            [("The complaint says", "The complaint"), ("he told", "he")],
        ),
    ],
)
def test_a_reported_clause_opening_with_it(text, cues):
    assert cue_subjects(text) == cues


@pytest.mark.parametrize(
    "text, cues",
    [
        # "put ... at" an estimate reports what its subject says
        ("The health ministry put the death toll at 41.", [("The health ministry put", "The health ministry")]),
        (
            "Organisers put turnout at “well over 10,000”.",
            [("Organisers put", "Organisers")],
        ),
        ("Unions put the cost at least twice as high.", [("Unions put", "Unions")]),
        # no estimate: no cue
        ("The strike put jobs at risk.", []),
        ("She put the files at the back of the room.", []),
        ("He put it bluntly.", [("He put", "He")]),
    ],
)
def test_an_estimate_put_at_a_figure_is_a_cue(text, cues):
    assert cue_subjects(text) == cues
