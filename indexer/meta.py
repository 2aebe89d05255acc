"""STUB (helper A replaces): meeting metadata."""

from __future__ import annotations

from indexer.types import DocMeta


def detect_meta(text: str, *, source_name: str = "") -> DocMeta:
    return DocMeta()
