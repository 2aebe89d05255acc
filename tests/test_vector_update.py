"""The FAISS index updated in place by a run equals a rebuild from every cached vector."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from arkiv.archive import ArchivePaths, connect, read_manifest
from arkiv.settings import Settings
from indexer.embed.embedder import load_embedder
from indexer.pipeline import index_paths
from indexer.store.manifest import _rebuilt_index
from indexer.store.vectors import load_index
from tests.conftest import CORPUS, hash_settings

SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))


def _equal_to_a_rebuild(s: Settings) -> None:
    """The index on disk holds exactly the vectors a full rebuild would, item by item."""
    paths = ArchivePaths(s.data)
    conn = connect(paths.db)
    try:
        rebuilt = _rebuilt_index(conn, s, load_embedder(s))
    finally:
        conn.close()
    index = load_index(paths.vectors)
    assert np.array_equal(index.item_ids(), rebuilt.item_ids())
    assert index.ntotal == rebuilt.ntotal == read_manifest(paths)["faiss"]["passages"]  # type: ignore[index]
    for item in index.item_ids()[:: max(1, len(index.item_ids()) // 25)]:
        assert np.allclose(index.vectors_of(int(item)), rebuilt.vectors_of(int(item)), atol=2e-3)


def _in_place(s: Settings) -> bool:
    return bool(read_manifest(ArchivePaths(s.data))["faiss"]["updated_in_place"])  # type: ignore[index]


@pytest.mark.parametrize("factory", ["auto", "IVF4,PQ16x4"])
def test_runs_that_add_and_replace_documents_update_the_index_in_place(tmp_path: Path, factory: str) -> None:
    s = hash_settings(tmp_path / "data", tmp_path / "cache", faiss_factory=factory)
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in SEEDS[:4]:
        shutil.copy(f, docs / f.name)
    index_paths([docs], s)
    assert not _in_place(s)  # a new archive: built
    shutil.copy(SEEDS[4], docs / SEEDS[4].name)  # one more document
    changed = docs / SEEDS[0].name  # and one changed: its old items must leave the index
    changed.write_text(changed.read_text(encoding="utf-8").replace("kommun", "region"), encoding="utf-8")
    report = index_paths([docs], s)
    assert report.replaced == [str(changed)] and len(report.indexed) == 2
    assert _in_place(s)
    _equal_to_a_rebuild(s)


def test_an_ivf_index_is_retrained_once_it_outgrows_its_training(tmp_path: Path) -> None:
    s = hash_settings(tmp_path / "data", tmp_path / "cache", faiss_factory="IVF4,PQ16x4")
    index_paths(SEEDS[:2], s)
    trained = read_manifest(ArchivePaths(s.data))["faiss"]["trained_on"]  # type: ignore[index]
    index_paths([*SEEDS, *sorted((CORPUS / "dev").glob("*.txt"))[:2]], s)  # many times the first run's
    m = read_manifest(ArchivePaths(s.data))["faiss"]  # type: ignore[index]
    assert m["passages"] > 2 * trained and not m["updated_in_place"] and m["trained_on"] == m["passages"]
    _equal_to_a_rebuild(s)


def test_a_damaged_index_is_rebuilt(tmp_path: Path) -> None:
    s = hash_settings(tmp_path / "data", tmp_path / "cache")
    index_paths(SEEDS[:2], s)
    ArchivePaths(s.data).vectors.write_bytes(b"not an index")
    index_paths(SEEDS[:3], s)
    assert not _in_place(s)
    _equal_to_a_rebuild(s)
