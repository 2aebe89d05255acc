"""STUB (helper A replaces): agenda items."""

from __future__ import annotations

import re

from indexer.types import DocMeta, Item


def segment(text: str, meta: DocMeta) -> list[Item]:
    parts = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return [Item(number=None, title=p.splitlines()[0][:80], text=p) for p in parts]
