"""The organization of a folder of downloaded documents, from the `sources.json` saved beside them.

A folder fetched from a kommun's meeting portal often keeps the list of addresses it came from
(`sources.json`: entries with a `pdfUrl`/`url`). The hosts name the kommun
("sammantradesportal.alingsas.se" -> Alingsås kommun, "www.regionhalland.se" -> Region Halland).
The file may also say it outright: `{"organization": "Alingsås kommun"}`. This is used only where a
document does not print its organization itself (`indexer.extract`), like `--organization`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from indexer.meta.organization import kommun_name
from models import gazetteers

__all__ = ["organization_for"]

SOURCES_FILE = "sources.json"
_URL_KEYS = ("pdfUrl", "url", "source", "href", "link")
_LEVELS = 3  # the file's folder and its parents looked at


def _fold(s: str) -> str:
    """ "Alingsås" -> "alingsas", "Upplands-Bro" -> "upplandsbro": as a kommun writes its web address."""
    ascii_ = unicodedata.normalize("NFKD", s.casefold()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_)


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    """Folded name -> organization: kommuner ("alingsas") and regions ("regionhalland", "vgregion")."""
    out = {_fold(name): kommun_name(name) for name in gazetteers.kommuner()}
    for region in gazetteers.regions():
        out[_fold(region.name)] = region.name
    out["vgregion"] = "Västra Götalandsregionen"
    return out


def _organization_of_host(host: str) -> str | None:
    labels = host.casefold().split(".")
    if len(labels) < 2 or labels[-1] != "se":
        return None
    return _domains().get(_fold(labels[-2]))


def _urls(data: Any) -> list[str]:
    entries = data if isinstance(data, list) else data.get("documents", []) if isinstance(data, dict) else []
    return [e[k] for e in entries if isinstance(e, dict) for k in _URL_KEYS if isinstance(e.get(k), str)]


@lru_cache(maxsize=64)
def _read(folder: Path) -> str | None:
    path = folder / SOURCES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and isinstance(data.get("organization"), str):
        return str(data["organization"]).strip() or None
    hosts = Counter(
        org for url in _urls(data) if (org := _organization_of_host(urlparse(url).hostname or ""))
    )
    if len(hosts) == 1:  # every address points at one organization's site
        return next(iter(hosts))
    return None


def organization_for(path: Path) -> str | None:
    """The organization the nearest `sources.json` (the file's folder or a parent) names, or None.

    Args:
        path: A document's path.

    Returns:
        "Alingsås kommun" when the sources file says so or all its addresses are on one kommun's or
        region's site; None when there is no such file or it names several.
    """
    folder = path.resolve().parent
    for _ in range(_LEVELS):
        if (folder / SOURCES_FILE).is_file():
            return _read(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    return None
