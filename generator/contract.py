"""The brief as data: the JSON contract "newsbrief/1".

The schema that documents and checks it ships beside this module (``newsbrief-1.schema.json``);
the tests validate every brief against it, so the two cannot drift apart.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from generator.model import Brief

SCHEMA_ID = "newsbrief/1"


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The contract's plain-data form of a brief (offsets and internals left out)."""
    return {
        "schema": SCHEMA_ID,
        "slug": brief.slug,
        "title": brief.title,
        "seed": brief.seed,
        "credit": brief.credit,
        "meta": _plain_meta(brief.article.meta),
        "sentences": [
            {"id": s.id, "paragraph": s.paragraph, "text": s.text} for s in brief.sentences
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "role": q.role,
                "kind": q.kind,
                "attribution": q.attribution,
                "sentence": q.sentence,
            }
            for q in brief.quotes
        ],
        "figures": [
            {
                "value": _number(f.value),
                "text": f.text,
                "qualifier": f.qualifier,
                "unit": f.unit,
                "label": f.label,
                "claimed_by": f.claimed_by,
                "sentence": f.sentence,
            }
            for f in brief.figures
        ],
        "sources": [
            {
                "name": s.name,
                "kind": s.kind,
                "sentences": list(s.sentences),
                "cited_for": list(s.cited_for),
            }
            for s in brief.sources
        ],
        "dates": [{"text": d.text, "sentence": d.sentence} for d in brief.dates],
    }


def brief_to_json(brief: Brief) -> str:
    """Stable, human-readable JSON (keys in contract order, non-ASCII kept as is)."""
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the contract, as shipped with the package."""
    text = resources.files("generator").joinpath("newsbrief-1.schema.json").read_text("utf-8")
    return json.loads(text)


def _number(value: float) -> int | float:
    """Whole numbers as integers, so that 3000 does not print as 3000.0."""
    return int(value) if float(value).is_integer() else value


def _plain_meta(meta: dict[str, object]) -> dict[str, object]:
    return {key: str(value) if not isinstance(value, (str, int, float, list)) else value
            for key, value in sorted(meta.items())}
