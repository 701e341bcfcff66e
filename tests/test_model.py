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


_HAND_MADE = {
    # records whose own ``__init__`` fills ``__dict__``: one value per field, defaults left out
    "Sentence": ("s1", 1, "Hi.", 0, 3),
    "Paragraph": (1, 0, 3),
    "Citation": ("statement", ("s1",)),
    "Source": ("Reuters", "agency", ("s1",)),
}


@pytest.mark.parametrize("name", sorted(_HAND_MADE))
def test_a_hand_written_init_sets_every_field_as_a_dataclass_would(name):
    import generator.model as model

    record_type = getattr(model, name)
    made = record_type(*_HAND_MADE[name])
    fields = dataclasses.fields(record_type)
    assert list(vars(made)) == [f.name for f in fields]  # a field added later must be set too
    given = dict(zip((f.name for f in fields), _HAND_MADE[name]))
    for field in fields:
        expected = given[field.name] if field.name in given else field.default
        assert getattr(made, field.name) == expected, field.name
    assert made == dataclasses.replace(made) and hash(made) == hash(dataclasses.replace(made))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, None)
