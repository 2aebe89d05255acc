"""The original files of the archive: kept content-addressed (deduplicated), or referenced and verified.

`copy` (the default): each indexed file's bytes are kept once under ``originals/<2 hex>/<sha256>``
in the archive directory, whatever its name or how many times it was indexed; the copy is hashed
while it is written and kept only when it is the file that was analysed (a file changed in between
is refused). `reference`: only the file's absolute path and sha256 are kept, for archives too large
to copy; the server hashes the file again before serving it, so a moved or changed file is never
passed off as the original.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from indexer.run.names import shown_name

__all__ = ["MEDIA_TYPES", "KeptOriginal", "OriginalError", "Originals", "media_type", "verified_path"]

ORIGINALS_DIR = "originals"

#: Media types of the formats arkiv reads (text types get their charset from the document's encoding).
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "md": "text/markdown",
    "txt": "text/plain",
}


class OriginalError(Exception):
    """The original cannot be kept or served; the message says why."""


@dataclass(frozen=True)
class KeptOriginal:
    """Where an original is: a path relative to the archive directory (copy) or absolute (reference)."""

    location: str
    name: str  # the file name it was indexed under, for Content-Disposition
    media_type: str


def media_type(fmt: str, encoding: str | None) -> str:
    """The Content-Type of a document of format `fmt` (with its charset for text)."""
    media = MEDIA_TYPES.get(fmt, "application/octet-stream")
    if media.startswith("text/"):
        charset = "utf-8" if encoding in (None, "utf-8", "utf-8-sig") else encoding
        media += f"; charset={'windows-1252' if charset in ('cp1252', 'latin-1') else charset}"
    return media


class Originals:
    """Keeps the originals of one archive.

    Args:
        root: The archive directory.
        mode: "copy" or "reference" (`arkiv.settings.Settings.originals`).
    """

    def __init__(self, root: Path, mode: str = "copy") -> None:
        if mode not in ("copy", "reference"):
            raise ValueError(f"unknown originals mode {mode!r}")
        self.root = Path(root)
        self.mode = mode

    def keep(self, path: Path, sha256: str, fmt: str, encoding: str | None = None) -> KeptOriginal:
        """Keep the file that was analysed (identified by `sha256`).

        Raises:
            OriginalError: The file is gone, unreadable, or its bytes are no longer those analysed.
        """
        path = Path(path)
        media = media_type(fmt, encoding)
        name = shown_name(path.name)  # stored and shown: one printable line, no personnummer
        if self.mode == "reference":
            if _sha256_of(path) != sha256:
                raise OriginalError("the file changed while it was being indexed")
            location = str(path.resolve())
            # A path that holds a personnummer or bytes that are not UTF-8 cannot be stored as it is
            # (indexer.run.names): that file's original is kept as a copy instead.
            if shown_name(location) == location:
                return KeptOriginal(location, name, media)
        rel = Path(ORIGINALS_DIR) / sha256[:2] / sha256
        target = self.root / rel
        if not target.exists():
            self._copy(path, target, sha256)
        return KeptOriginal(rel.as_posix(), name, media)

    def _copy(self, path: Path, target: Path, sha256: str) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        digest = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out, path.open("rb") as src:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha256:
                raise OriginalError("the file changed while it was being indexed")
            os.replace(tmp, target)  # atomic: a crash never leaves half an original under its hash
        except OSError as e:
            raise OriginalError(f"cannot keep the original ({e.strerror or e})") from e
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def prune(self, conn: sqlite3.Connection) -> int:
        """Delete kept copies that no document refers to any more (a changed file's old version)."""
        folder = self.root / ORIGINALS_DIR
        if not folder.is_dir():
            return 0
        wanted = {r[0] for r in conn.execute("SELECT sha256 FROM documents")}
        removed = 0
        for f in folder.glob("*/*"):
            if f.name not in wanted and not f.name.startswith(".tmp-"):
                f.unlink(missing_ok=True)
                removed += 1
        return removed


def verified_path(root: Path, location: str, sha256: str) -> Path:
    """The file to serve for a kept original, checked against its sha256 when it is a reference.

    Raises:
        OriginalError: It is missing, or a referenced file has changed since it was indexed.
    """
    path = Path(location)
    if not path.is_absolute():  # a copy inside the archive: written once under its own hash
        path = Path(root) / path
        if not path.is_file():
            raise OriginalError("the original is missing from the archive")
        return path
    if not path.is_file():
        raise OriginalError("the original file has been moved or deleted since it was indexed")
    if _sha256_of(path) != sha256:
        raise OriginalError("the original file has changed since it was indexed")
    return path


def _sha256_of(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()
