"""Newsbrief: turn a news article into a small, trustworthy website."""

__version__ = "0.1.0"
