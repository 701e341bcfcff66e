"""The type hints are checked, so that they keep saying what the code does.

Readers lean on the hints of the extractors' small functions ("int | None" warns that a word
may be missing); a hint nobody checks drifts from the code. mypy reads its settings from
``pyproject.toml``: the package, at the oldest Python it supports.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_package_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
