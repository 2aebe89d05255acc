"""STUB (helper B replaces): personnummer masking."""

from __future__ import annotations


def mask_personnummer(text: str) -> tuple[str, int]:
    return text, 0
