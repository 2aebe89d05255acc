"""An archive whose vectors are an IVF-PQ index: exact vectors beside it, the same semantic search
as an exact index when the shortlist covers every passage, and a vector file of another kind refused."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from api.context import open_archive
from api.search import search
from arkiv.archive import ArchiveError, ArchivePaths, read_manifest
from indexer.pipeline import index_paths
from indexer.store.vectors import SHORTLIST, build_index, load_index, write_index
from tests.conftest import CORPUS, hash_settings

QUERIES = ["försörjningsstöd", "budget för skolan", "detaljplan för bostäder", "vård och omsorg"]


@pytest.fixture(scope="module")
def two_archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object]:
    """corpus/seeds indexed twice: an exact index, and IVF-PQ (4-bit codes: a coarse approximation)."""
    root = tmp_path_factory.mktemp("ivfpq")
    flat = hash_settings(root / "flat", root / "cache")
    pq = hash_settings(root / "pq", root / "cache", faiss_factory="IVF4,PQ16x4")
    for s in (flat, pq):
        assert index_paths([CORPUS / "seeds"], s).indexed
    return flat, pq


def test_the_manifest_records_the_index_and_its_exact_vectors(two_archives) -> None:
    _flat, pq = two_archives
    manifest = read_manifest(ArchivePaths(pq.data))
    assert manifest is not None
    assert manifest["faiss"]["factory"] == "IVF4,PQ16x4"
    assert manifest["faiss"]["rerank"] == {"file": "vectors.exact", "shortlist": SHORTLIST}
    paths = ArchivePaths(pq.data)
    assert load_index(paths.vectors).reranks and (paths.root / "vectors.exact").exists()
    assert "rerank" not in (read_manifest(ArchivePaths(_flat.data)) or {})["faiss"]


def test_reranked_semantic_search_equals_exact_search(two_archives) -> None:
    flat, pq = two_archives
    with open_archive(flat) as a, open_archive(pq) as b:
        assert b.index.ntotal <= SHORTLIST  # every passage is in the shortlist: the result is exact
        assert b.index.nprobe == 4  # IVF4: every list probed
        for q in QUERIES:
            x = search(a, q, mode="semantic", limit=10, facets=False)
            y = search(b, q, mode="semantic", limit=10, facets=False)
            assert x.results, q
            assert [r.item_id for r in x.results] == [r.item_id for r in y.results], q
            assert np.allclose([r.score for r in x.results], [r.score for r in y.results], atol=2e-3)


def test_a_vector_file_of_another_kind_is_refused(two_archives, tmp_path: Path) -> None:
    import shutil

    _flat, pq = two_archives
    data = tmp_path / "copy"
    shutil.copytree(pq.data, data)
    paths = ArchivePaths(data)
    old = load_index(paths.vectors)
    ids = old.item_ids()
    write_index(build_index(ids, np.vstack([old.vectors_of(int(i))[:1] for i in ids])), paths.vectors)
    with open_archive(pq.model_copy(update={"data": data})) as ctx, pytest.raises(ArchiveError) as err:
        _ = ctx.index
    assert "IDMap2,Flat" in str(err.value) and "IVF4,PQ16x4" in str(err.value)
