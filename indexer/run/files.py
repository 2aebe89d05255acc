"""The files of an indexing run: folders expanded, non-documents reported, contents hashed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
# Files that travel with document folders but are not meeting documents.
NOT_DOCUMENTS = {"readme", "license", "licence", "changelog", "manifest"}


def discover(paths: Iterable[Path], skipped: list[tuple[str, str]]) -> list[Path]:
    """Expand folders into document files, in a stable order.

    Args:
        paths: Files and folders (searched recursively; hidden files and folders are left out).
        skipped: Receives (source, reason) for what is named but is not a document.

    Returns:
        The document files to index.
    """
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.stem.lower() in NOT_DOCUMENTS:
                    continue  # a folder's README or manifest describes the documents, it is not one
                if f.suffix.lower() not in SUPPORTED:
                    skipped.append((str(f), f"unsupported file type {f.suffix or '(none)'}"))
                    continue
                found.append(f)
        elif p.exists():
            found.append(p)
        else:
            skipped.append((str(p), "no such file or directory"))
    return found


def file_sha256(path: Path, *, chunk: int = 1 << 20) -> str | None:
    """The sha256 of a file's bytes (the document key), or None when it cannot be read.

    Hashing before analysing lets a run skip unchanged documents without parsing them; a file
    that cannot be read here is left to the task, which reports why.
    """
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while block := fh.read(chunk):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()
