"""The records of ``model.py``: those made by ``filled`` are the records ``__init__`` makes."""

import dataclasses

import pytest

from generator.brief import build_brief
from generator.model import Sentence, filled


def _made_fast(brief):
    """Every record of a brief that the pipeline builds with ``filled``."""
    return [*brief.article.paragraphs, *brief.sentences, *brief.figures, *brief.people]


def test_filled_records_equal_what_init_makes(sample_text):
    brief = build_brief("seeds/kazakhstan-shoot-to-kill.txt", sample_text)
    records = _made_fast(brief)
    assert {type(r).__name__ for r in records} == {"Paragraph", "Sentence", "Figure", "Person"}
    for record in records:
        names = [f.name for f in dataclasses.fields(record)]
        assert list(vars(record)) == names  # every field given, in the order ``__init__`` sets
        rebuilt = type(record)(**{name: getattr(record, name) for name in names})
        assert rebuilt == record and hash(rebuilt) == hash(record) and repr(rebuilt) == repr(record)


def test_a_filled_record_is_still_frozen():
    sentence = filled(Sentence, id="s1", paragraph=1, text="Hi.", start=0, end=3)
    assert sentence == Sentence("s1", 1, "Hi.", 0, 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        sentence.text = "Bye."  # type: ignore[misc]
