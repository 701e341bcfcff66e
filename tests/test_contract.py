import json

import jsonschema

from generator.brief import build_brief
from generator.contract import brief_to_dict, brief_to_json, load_schema


def test_sample_brief_matches_the_schema(sample_text):
    brief = build_brief("seeds/kazakhstan-shoot-to-kill.txt", sample_text)
    jsonschema.validate(brief_to_dict(brief), load_schema())


def test_schema_refuses_a_brief_without_sentences(sample_text):
    data = brief_to_dict(build_brief("seeds/kazakhstan-shoot-to-kill.txt", sample_text))
    del data["sentences"]
    try:
        jsonschema.validate(data, load_schema())
    except jsonschema.ValidationError as error:
        assert "sentences" in error.message
    else:
        raise AssertionError("the schema accepted a brief without sentences")


def test_json_is_stable_and_keeps_non_ascii(sample_text):
    brief = build_brief("seeds/kazakhstan-shoot-to-kill.txt", sample_text)
    text = brief_to_json(brief)
    assert text == brief_to_json(brief)
    assert "Nursultán" in text
    assert json.loads(text)["slug"] == "kazakhstan-shoot-to-kill"
