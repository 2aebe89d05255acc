"""STUB (helper A replaces): page chrome removal."""

from __future__ import annotations


def clean_text(text: str, *, fmt: str = "txt") -> str:
    return text
