"""STUB (helper B replaces): entities, people, actions."""

from __future__ import annotations

from indexer.types import Extraction


def annotate(ex: Extraction, text: str) -> None:
    return None
