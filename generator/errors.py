"""The one exception Newsbrief raises on purpose.

Raise it with a single line that names the file and says what was expected and what was found;
the command line prints that line (no traceback) and carries on with the other seeds.
"""

from __future__ import annotations


class NewsbriefError(Exception):
    """A seed or a project file that Newsbrief cannot use, with a one-line reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
