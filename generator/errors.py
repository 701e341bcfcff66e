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

    @classmethod
    def from_bug(cls, path: str, error: Exception) -> NewsbriefError:
        """An unexpected exception while handling ``path``: a bug, reported as one line."""
        detail = str(error).splitlines()[0][:200] if str(error) else ""
        found = type(error).__name__ + (f": {detail}" if detail else "")
        return cls(path, f"Newsbrief failed on this file, a bug worth reporting ({found})")
