"""The one error type of the read path."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(Exception):
    """A file that cannot be indexed; the message is the one-line reason shown to the user."""
