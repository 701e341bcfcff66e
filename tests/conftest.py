"""Shared fixtures: the project root and the sample seed."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SEED = ROOT / "seeds" / "kazakhstan-shoot-to-kill.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE_SEED.read_text("utf-8")


from tests.built_site import built_site  # noqa: E402,F401  (the session's one built and served site)
