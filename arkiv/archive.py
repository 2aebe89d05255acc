"""The archive directory: where its files are, its manifest, and opening its database.

A self-describing directory (DESIGN.md): `archive.sqlite`, `vectors.faiss`,
`manifest.json`, `lexicon.npz` (the word postings, `indexer.store.lexicon`) and `terms.npz` (the
lexicon's words in the embedding model's space, `indexer.store.term_vectors`). The
manifest says which embedding model and dimension built the vectors; a reader
or writer with another model is refused.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indexer.store.schema import SCHEMA_VERSION, create_schema

if TYPE_CHECKING:
    from arkiv.settings import Settings

DB_NAME = "archive.sqlite"
VECTORS_NAME = "vectors.faiss"
MANIFEST_NAME = "manifest.json"
LEXICON_NAME = "lexicon.npz"


class ArchiveError(Exception):
    """The archive is missing, of another version, or was built with another model."""


@dataclass(frozen=True)
class ArchivePaths:
    """The files of one archive directory."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def vectors(self) -> Path:
        return self.root / VECTORS_NAME

    @property
    def manifest(self) -> Path:
        return self.root / MANIFEST_NAME

    @property
    def lexicon(self) -> Path:
        return self.root / LEXICON_NAME


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the archive database with the pragmas the archive relies on.

    Args:
        path: The sqlite file.
        readonly: Open read-only (the api); the file must exist.
    """
    if readonly:
        if not path.exists():
            raise ArchiveError(f"no archive at {path.parent} (run `arkiv index` first)")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        create_schema(conn)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def read_manifest(paths: ArchivePaths) -> dict[str, Any] | None:
    """The manifest, or None when the archive has none yet."""
    if not paths.manifest.exists():
        return None
    try:
        return json.loads(paths.manifest.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ArchiveError(f"unreadable manifest {paths.manifest}: {e}") from e


def write_manifest(paths: ArchivePaths, manifest: dict[str, Any]) -> None:
    """Write the manifest atomically (temp file + rename)."""
    fd, tmp = tempfile.mkstemp(dir=paths.root, prefix=".manifest.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=2)
            f.write("\n")
        os.replace(tmp, paths.manifest)
    except BaseException:  # a full disk: the old manifest stands, and no half-written file stays
        Path(tmp).unlink(missing_ok=True)
        raise


def check_schema(manifest: dict[str, Any]) -> None:
    """Refuse an archive whose tables are of another schema version, saying how to upgrade it.

    Raises:
        ArchiveError: Older (upgradable in place with `arkiv migrate`) or newer (needs a newer arkiv).
    """
    version = manifest.get("schema_version")
    if version == SCHEMA_VERSION:
        return
    if isinstance(version, int) and version < SCHEMA_VERSION:
        raise ArchiveError(
            f"archive schema version {version} is older than {SCHEMA_VERSION}; "
            "upgrade it in place with `arkiv migrate --data DIR` (nothing is re-read)"
        )
    raise ArchiveError(
        f"archive schema version {version} is not {SCHEMA_VERSION}; "
        "use the arkiv that built it, or re-index into a new --data directory"
    )


def migrate_archive(paths: ArchivePaths) -> dict[str, Any] | None:
    """Upgrade an archive's database to `SCHEMA_VERSION` in place and record it in the manifest.

    Returns:
        The manifest as it is now (None when the archive has none yet).
    """
    conn = connect(paths.db)  # a writable connection migrates the tables (indexer.store.migrate)
    conn.close()
    manifest = read_manifest(paths)
    if manifest is not None and manifest.get("schema_version") != SCHEMA_VERSION:
        version = manifest.get("schema_version")
        if isinstance(version, int) and version < SCHEMA_VERSION:
            manifest["schema_version"] = SCHEMA_VERSION
            write_manifest(paths, manifest)
    return manifest


def check_compatible(
    manifest: dict[str, Any] | None, *, model: str, dim: int, passage_policy: str | None = None
) -> None:
    """Refuse an archive of another schema version, built with another embedding model, or whose
    items were cut into passages of another window.

    Args:
        manifest: The archive's manifest (None for a new archive).
        model: The configured embedding model.
        dim: Its dimension.
        passage_policy: The embedder's passage window ('tokens160-overlap40'; None: not checked).
        writer: The caller is `arkiv index` (see `check_schema`).

    Raises:
        ArchiveError: With a message that says what to do.
    """
    if manifest is None:
        return
    check_schema(manifest)
    emb = manifest.get("embedding") or {}
    if emb and (emb.get("model") != model or emb.get("dim") != dim):
        from indexer.embed.embedder import model_name

        raise ArchiveError(
            f"archive was built with embedding model {emb.get('model')!r} (dim {emb.get('dim')}), "
            f"but {model!r} (dim {dim}) is configured; "
            f"set ARKIV_EMBEDDING_MODEL={model_name(str(emb.get('model')))} "
            "or index into a new --data directory"
        )
    recorded = emb.get("passage_policy")
    if passage_policy and recorded and recorded != passage_policy:
        raise ArchiveError(
            f"archive's items were embedded in passages of {recorded}, but {passage_policy} is configured; "
            "unset ARKIV_PASSAGE_TOKENS and ARKIV_PASSAGE_OVERLAP (an archive keeps its window) "
            "or index into a new --data directory"
        )


def settings_for_archive(settings: Settings, manifest: dict[str, Any] | None) -> Settings:
    """The settings with the archive's own embedding model and passage window, unless chosen explicitly.

    The defaults are for new archives: an archive built with another model (an e5-small archive
    from before e5-small-int8 became the default) keeps being indexed and searched with the model
    that built it, and an archive whose items were cut into passages of another window (499 tokens
    before the window became 160) keeps that window, so the cached vectors of its unchanged items
    keep their cache key and no archive mixes two windows. A model or window named in the
    environment (or passed explicitly) wins, and `check_compatible` refuses it when it does not match.
    """
    if manifest is None:
        return settings
    from indexer.embed.passages import archive_window

    update: dict[str, Any] = {}
    model_id = (manifest.get("embedding") or {}).get("model")
    if model_id and "embedding_model" not in settings.model_fields_set:
        from indexer.embed.embedder import model_name

        update["embedding_model"] = model_name(model_id)
    window = archive_window(manifest)
    if window and not {"passage_tokens", "passage_overlap"} & settings.model_fields_set:
        update["passage_tokens"], update["passage_overlap"] = window
    return settings.model_copy(update=update) if update else settings
