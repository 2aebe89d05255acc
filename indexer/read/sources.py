"""Public URLs of the indexed files: `arkiv index --sources FILE`.

The file is a JSON list of ``{"relativePath": ..., "pdfUrl": ...}`` (the shape of a council
portal scraper's manifest, e.g. corpus/alingsas/sources.json; ``url`` is accepted for ``pdfUrl``).
A file on disk is matched to an entry by, in this order:
1. the longest trailing run of path parts (at least a folder and the name) that the file's path
   and exactly one entry's path share (``data/raw/ks/2026-06-01/protokoll.pdf`` matches
   ``/srv/raw/ks/2026-06-01/protokoll.pdf``);
2. trailing parts of the entry's path joined with ``_`` being the file name
   (``ks/2026-06-01/protokoll.pdf`` is ``ks_2026-06-01_protokoll.pdf``: how corpus/alingsas names
   its files);
3. the file name alone, when exactly one entry has it.
A path that fits several entries with different URLs gets none.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

from indexer.read.errors import ParseError

__all__ = ["SourceUrls"]


class SourceUrls:
    """The public URL of each file named in a sources file.

    Args:
        entries: (relative path, URL) pairs.
    """

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        self._suffix: dict[tuple[str, ...], str | None] = {}  # None: several URLs share it
        self._flat: dict[str, str | None] = {}
        self._names: dict[str, str | None] = {}
        for rel, url in entries:
            parts = PurePosixPath(rel.replace("\\", "/").lstrip("/")).parts
            for k in range(1, len(parts) + 1):
                tail = parts[-k:]
                if k >= 2:
                    _put(self._suffix, tail, url)
                    _put(self._flat, "_".join(tail), url)
                else:
                    _put(self._names, tail[0], url)

    @classmethod
    def load(cls, path: Path) -> SourceUrls:
        """Read a sources file.

        Raises:
            ParseError: Unreadable, not JSON, or not a list of entries with a path and a URL.
        """
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise ParseError(f"cannot read sources file {path} ({e.strerror or e})") from e
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ParseError(f"sources file {path} is not JSON ({e})") from e
        if not isinstance(data, list):
            raise ParseError(f"sources file {path} is not a list of {{relativePath, pdfUrl}} entries")
        entries = []
        for row in data:
            if not isinstance(row, dict):
                continue
            rel, url = row.get("relativePath"), row.get("pdfUrl") or row.get("url")
            if isinstance(rel, str) and isinstance(url, str) and url.startswith(("http://", "https://")):
                entries.append((rel, url))
        if not entries:
            raise ParseError(f"sources file {path} has no entries with relativePath and an http(s) pdfUrl")
        return cls(entries)

    def url_for(self, path: Path) -> str | None:
        """The public URL of a file, or None when the sources file does not name it (or not uniquely)."""
        parts = Path(path).resolve().parts
        for k in range(len(parts), 1, -1):
            tail = tuple(parts[-k:])
            if tail in self._suffix:
                return self._suffix[tail]
        name = parts[-1] if parts else ""
        if name in self._flat:
            return self._flat[name]
        return self._names.get(name)


def _put(index: dict[Any, str | None], key: object, url: str) -> None:
    """Record `url` under `key`; a key seen with another URL becomes ambiguous (None)."""
    if key in index and index[key] != url:
        index[key] = None
    else:
        index.setdefault(key, url)
