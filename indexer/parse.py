"""STUB (helper A replaces): read a file into text."""

from __future__ import annotations

import hashlib
from pathlib import Path

from indexer.types import SourceText

__all__ = ["ParseError", "SourceText", "read_document"]


class ParseError(Exception):
    """A file that cannot be indexed; the message is the reason shown to the user."""


def read_document(path: Path, *, max_bytes: int = 50_000_000) -> SourceText:
    data = Path(path).read_bytes()
    if not data.strip():
        raise ParseError("empty file")
    return SourceText(str(path), hashlib.sha256(data).hexdigest(), "txt", data.decode("utf-8"), "utf-8", len(data))
