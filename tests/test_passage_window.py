"""The passage window is a recorded property of an archive: a new archive takes the default, an
existing one keeps the window it was built with (the indexer and Ray's workers adopt it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from arkiv.archive import ArchiveError, ArchivePaths, connect, read_manifest, settings_for_archive
from arkiv.settings import get_settings
from indexer.embed.embedder import EmbedderError, cache_key, load_embedder
from indexer.embed.passages import (
    LEGACY_OVERLAP,
    PASSAGE_OVERLAP,
    PASSAGE_TOKENS,
    WindowError,
    archive_window,
    parse_policy,
    resolve_window,
)
from indexer.pipeline import index_paths
from indexer.run.ray_engine import EmbedSpec, FileWorker
from indexer.run.task import ExtractTask
from indexer.store import rows as store
from indexer.store.manifest import _rebuilt_index
from indexer.store.vectors import load_index
from tests.conftest import CORPUS, hash_settings

SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


def test_a_window_is_resolved_against_what_the_model_reads() -> None:
    # the default for a new archive: the model's whole input, as before the window was recorded
    assert resolve_window(None, None, 499, (PASSAGE_TOKENS, PASSAGE_OVERLAP)) == (499, 64)
    assert resolve_window(None, None, 499, (160, 40)) == (160, 40)  # a shorter default, where one is set
    assert resolve_window(499, 64, 499, (160, 40)) == (499, 64)  # an archive from before: unchanged key
    assert resolve_window(0, 64, 499, (160, 40)) == (499, 64)  # 0: the model's whole input
    assert resolve_window(9999, None, 499, (160, 40)) == (499, 40)
    with pytest.raises(WindowError):
        resolve_window(50, 50, 499, (160, 40))


def test_the_window_an_archive_records_or_implies() -> None:
    assert archive_window(None) is None
    assert archive_window({"schema_version": 1}) is None  # no vectors yet: a new archive's window
    new = {"embedding": {"model": "m", "passages": {"unit": "tokens", "size": 160, "overlap": 40}}}
    assert archive_window(new) == (160, 40)
    assert archive_window({"embedding": {"model": "m", "passage_policy": "tokens499-overlap64"}}) == (499, 64)
    assert archive_window({"embedding": {"model": "m"}}) == (0, LEGACY_OVERLAP)  # before it was recorded
    assert parse_policy("words200-overlap20") == ("words", 200, 20)
    assert parse_policy("queries only") is None


def test_an_old_archive_keeps_its_window_unless_one_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("ARKIV_PASSAGE_TOKENS", "ARKIV_PASSAGE_OVERLAP", "ARKIV_EMBEDDING_MODEL"):
        monkeypatch.delenv(var, raising=False)
    old = {"embedding": {"model": "x", "dim": 384, "passage_policy": "tokens499-overlap64"}}
    s = settings_for_archive(get_settings(), old)
    assert (s.passage_tokens, s.passage_overlap) == (499, 64)
    fresh = settings_for_archive(get_settings(), None)
    assert (fresh.passage_tokens, fresh.passage_overlap) == (None, None)  # the model's default
    monkeypatch.setenv("ARKIV_PASSAGE_TOKENS", "100")
    named = settings_for_archive(get_settings(), old)
    assert (named.passage_tokens, named.passage_overlap) == (100, None)  # named: it wins (and is checked)


def test_a_new_archive_records_its_window_and_later_runs_adopt_it(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in SEEDS[:3]:
        shutil.copy(f, docs / f.name)
    built = hash_settings(tmp_path / "data", tmp_path / "cache", passage_tokens=60, passage_overlap=10)
    index_paths([docs], built)
    paths = ArchivePaths(built.data)
    emb = read_manifest(paths)["embedding"]  # type: ignore[index]
    assert emb["passage_policy"] == "words60-overlap10"
    assert emb["passages"] == {"unit": "words", "size": 60, "overlap": 10}
    before = load_index(paths.vectors)
    assert before.ntotal > len(before.item_ids())  # long items made several passages

    # A later run with the defaults (200 words for a new hash archive) adopts the archive's 60.
    later = hash_settings(tmp_path / "data", tmp_path / "cache")
    shutil.copy(SEEDS[3], docs / SEEDS[3].name)
    report = index_paths([docs], later)
    assert len(report.indexed) == 1 and len(report.unchanged) == 3
    after = load_index(paths.vectors)
    assert read_manifest(paths)["embedding"]["passage_policy"] == "words60-overlap10"  # type: ignore[index]
    for item in before.item_ids():  # the unchanged items kept their vectors, not re-cut
        assert np.array_equal(after.vectors_of(int(item)), before.vectors_of(int(item)))
    adopted = settings_for_archive(later, read_manifest(paths))
    conn = connect(paths.db)
    try:  # one window only: the index is what the archive's window rebuilds, item by item
        rebuilt = _rebuilt_index(conn, adopted, load_embedder(adopted))
        keys = {r[0] for r in conn.execute("SELECT DISTINCT model FROM embeddings")}
    finally:
        conn.close()
    assert rebuilt.ntotal == after.ntotal and np.array_equal(rebuilt.item_ids(), after.item_ids())
    assert keys == {cache_key(load_embedder(adopted))}

    # Another window named for this archive is refused, before anything is written.
    other = hash_settings(tmp_path / "data", tmp_path / "cache", passage_tokens=200)
    shutil.copy(SEEDS[4], docs / SEEDS[4].name)
    with pytest.raises(ArchiveError, match="words60-overlap10"):
        index_paths([docs], other)


def test_an_overlap_as_long_as_the_window_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EmbedderError, match="overlap"):
        load_embedder(hash_settings(tmp_path, tmp_path, passage_tokens=20, passage_overlap=20))


def test_ray_workers_cut_passages_with_the_archives_window(tmp_path: Path) -> None:
    spec = EmbedSpec("hash", str(tmp_path), 16, 60, 10)
    worker = FileWorker(ExtractTask(), spec)
    result = worker.task(SEEDS[0])
    assert result.extraction is not None
    result.vectors = worker._vectors(result)
    assert worker._model().passage_policy == "words60-overlap10"
    assert worker._key() == cache_key(load_embedder(hash_settings(tmp_path, tmp_path, passage_tokens=60,
                                                                  passage_overlap=10)))  # fmt: skip


def test_the_writer_takes_shipped_vectors_only_under_its_own_key(tmp_path: Path) -> None:
    from indexer.embed.embedder import embed_items, from_blob, item_text, text_hash
    from indexer.run.task import FileResult
    from indexer.run.writer import ArchiveWriter, IndexReport

    s = hash_settings(tmp_path / "data", tmp_path / "cache")  # the archive cuts 200 words
    ArchivePaths(s.data).root.mkdir(parents=True)
    worker = FileWorker(ExtractTask(), EmbedSpec("hash", str(tmp_path), 16, 20, 5))  # a worker cutting 20
    result = worker.task(SEEDS[0])
    assert result.extraction is not None
    vectors, key = worker._vectors(result), worker._key()
    shipped = FileResult(result.path, result.extraction, vectors=vectors, vector_key=key)
    embedder = load_embedder(s)
    conn = connect(ArchivePaths(s.data).db)
    try:
        writer = ArchiveWriter(conn, embedder, IndexReport())
        writer.add(shipped)
        writer.close()
        texts = [item_text(it.title, it.text) for it in result.extraction.items]
        stored = store.cached_vectors(conn, cache_key(embedder), [text_hash(t) for t in texts])
    finally:
        conn.close()
    assert len(stored) == len({text_hash(t) for t in texts})
    assert any(
        len(from_blob(b, embedder.dim)) != len(from_blob(stored[h], embedder.dim))
        for h, b in (shipped.vectors or {}).items()
    )  # fmt: skip  (the worker's were other passages)
    for text, mine in zip(texts, embed_items(embedder, texts), strict=True):  # the archive's own passages
        assert np.array_equal(from_blob(stored[text_hash(text)], embedder.dim), mine)
