"""The FAISS side: build, filtered search, removal, neighbours, atomic writes, IVF by size."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from indexer.embed.embedder import normalise
from indexer.store import vectors as vec_mod
from indexer.store.exact import ExactVectors, exact_path, read_exact, write_exact
from indexer.store.vectors import (
    FLAT,
    VectorIndex,
    build_index,
    choose_factory,
    factory_kind,
    load_index,
    vector_ids,
    write_index,
)

DIM = 32


def _random(n: int, seed: int = 0) -> np.ndarray:
    return normalise(np.random.default_rng(seed).normal(size=(n, DIM)))


@pytest.fixture(params=["flat", "ivf"])
def index(request) -> tuple[VectorIndex, np.ndarray, np.ndarray]:
    """600 items; items 0..99 have two passages. Flat, or IVF through a small threshold."""
    x = _random(700)
    ids = np.concatenate([np.arange(600), np.arange(100)])  # rows 600..699 are second passages
    threshold = 10**6 if request.param == "flat" else 100
    return build_index(ids * 7 + 3, x, ivf_threshold=threshold), ids * 7 + 3, x


def test_factory_is_chosen_by_size() -> None:
    assert choose_factory(1000) == FLAT
    assert choose_factory(1000, ivf_threshold=500).startswith("IVF")
    assert choose_factory(5_000_000).startswith("IVF")
    assert choose_factory(999_999) == FLAT and choose_factory(1_000_000).startswith("IVF")
    assert choose_factory(10, "IVF4,Flat") == "IVF4,Flat"
    small = build_index(np.arange(300), _random(300), ivf_threshold=100)
    assert small.factory == choose_factory(300, ivf_threshold=100, dim=DIM) == "IVF7,PQ8x4"
    assert build_index(np.arange(300), _random(300)).factory == FLAT


def test_vector_ids_number_passages_per_item() -> None:
    vids = vector_ids(np.array([5, 9, 5, 5]))
    assert list(vids >> vec_mod.PASSAGE_BITS) == [5, 9, 5, 5]
    assert list(vids & (vec_mod.MAX_PASSAGES - 1)) == [0, 0, 1, 2]
    with pytest.raises(ValueError):
        vector_ids(np.array([-1]))


def test_search_finds_the_item_and_scores_it_by_its_best_passage(index) -> None:
    idx, ids, x = index
    got, scores = idx.search(x[650], 5)  # the second passage of item row 50
    assert got[0] == ids[650] and scores[0] == pytest.approx(1.0, abs=1e-4)
    assert len(set(got.tolist())) == len(got) == 5  # one hit per item, not per passage
    assert np.all(np.diff(scores) <= 1e-6)


def test_filtered_search_is_never_empty_when_matches_exist(index) -> None:
    idx, ids, x = index
    query = x[0]
    far = ids[np.argsort(x[:600] @ query)[:3]]  # the three least similar items
    got, _ = idx.search(query, 10, allowed_ids=np.concatenate([far, [10**9]]))
    assert sorted(got.tolist()) == sorted(far.tolist())
    got, _ = idx.search(query, 10, allowed_ids=np.array([10**9]))
    assert len(got) == 0


def test_remove_leaves_no_stale_vectors(index) -> None:
    idx, ids, x = index
    gone = ids[[0, 1, 200]]  # items 0 and 1 have two passages each
    before = idx.ntotal
    assert idx.remove_ids(gone) == 5
    assert idx.ntotal == before - 5
    got, _ = idx.search(x[0], idx.ntotal)
    assert not set(gone.tolist()) & set(got.tolist())
    assert len(idx.vectors_of(int(gone[0]))) == 0
    assert idx.remove_ids(gone) == 0


def test_add_replaces_an_item_whole(index) -> None:
    idx, ids, x = index
    item = int(ids[5])
    new = _random(1, seed=42)
    idx.add(np.array([item]), new)
    assert len(idx.vectors_of(item)) == 1  # both old passages gone
    got, scores = idx.search(x[5], 3)
    assert item not in got.tolist() or scores[got.tolist().index(item)] < 0.99
    got, scores = idx.search(new[0], 1)
    assert got[0] == item and scores[0] == pytest.approx(1.0, abs=1e-4)


def test_neighbours_exclude_the_item_itself(index) -> None:
    idx, ids, _x = index
    item = int(ids[3])
    got, scores = idx.neighbours(item, 5)
    assert len(got) == 5 and item not in got.tolist()
    assert np.all(np.diff(scores) <= 1e-6)
    assert len(idx.neighbours(10**9, 5)[0]) == 0


def test_duplicate_items_are_each_others_nearest_neighbours() -> None:
    x = _random(50)
    x[7] = x[30]
    idx = build_index(np.arange(50), x)
    assert idx.neighbours(7, 1)[0][0] == 30 and idx.neighbours(30, 1)[0][0] == 7


def test_write_and_load_round_trip(index, tmp_path: Path) -> None:
    idx, _ids, x = index
    path = tmp_path / "vectors.faiss"
    write_index(idx, path)
    for mmap in (False, True):
        loaded = load_index(path, mmap=mmap)
        assert loaded.factory == idx.factory and loaded.ntotal == idx.ntotal
        assert np.array_equal(loaded.item_ids(), idx.item_ids())
        assert loaded.search(x[9], 3)[0].tolist() == idx.search(x[9], 3)[0].tolist()
        assert loaded.reranks == idx.reranks
    beside = ["vectors.exact", "vectors.faiss"] if idx.reranks else ["vectors.faiss"]
    assert sorted(p.name for p in tmp_path.iterdir()) == beside


def test_a_failed_write_leaves_the_previous_index(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "vectors.faiss"
    old = build_index(np.arange(20), _random(20))
    write_index(old, path)
    import faiss

    def crash(index, name: str) -> None:
        Path(name).write_bytes(b"half an index")
        raise RuntimeError("disk full")

    monkeypatch.setattr(faiss, "write_index", crash)
    with pytest.raises(RuntimeError):
        write_index(build_index(np.arange(40), _random(40, seed=1)), path)
    monkeypatch.undo()
    assert load_index(path).ntotal == 20
    assert [p.name for p in tmp_path.iterdir()] == ["vectors.faiss"]


def test_empty_index_can_be_built_saved_and_searched(tmp_path: Path) -> None:
    idx = build_index(np.zeros(0, np.int64), np.zeros((0, DIM), np.float32), dim=DIM)
    write_index(idx, tmp_path / "v.faiss")
    loaded = load_index(tmp_path / "v.faiss")
    assert loaded.ntotal == 0 and len(loaded.search(_random(1)[0], 5)[0]) == 0
    loaded.add(np.array([4]), _random(1))
    assert loaded.search(_random(1)[0], 5)[0].tolist() == [4]


def test_ivf_filter_finds_matches_outside_the_probed_lists() -> None:
    x = _random(4000, seed=3)
    idx = build_index(np.arange(4000), x, ivf_threshold=1000)
    assert idx.factory.startswith("IVF")
    idx.nprobe = 1  # the query's own list only: the filtered items are almost surely elsewhere
    far = np.argsort(x @ x[0])[:3]
    got, _ = idx.search(x[0], 10, allowed_ids=far)
    assert sorted(got.tolist()) == sorted(far.tolist())
    assert build_index(np.arange(10), x[:10]).nprobe is None


def test_a_pq_index_rescores_its_shortlist_with_the_exact_vectors() -> None:
    x = _random(2000, seed=5)
    ids = np.concatenate([np.arange(1500), np.arange(500)])  # items 0..499 have two passages
    idx = build_index(ids, x, ivf_threshold=1000)
    assert factory_kind(idx.factory) == "ivf-pq" and idx.reranks
    for q in x[[3, 700, 1600]]:
        got, scores = idx.search(q, 10)
        # Each score is the item's best passage by exact inner product (float16-stored vectors),
        # not the PQ codes' approximation, and the order follows it.
        best = {int(i): max(float(x[r] @ q) for r in np.flatnonzero(ids == i)) for i in got}
        assert np.allclose(scores, [best[int(i)] for i in got], atol=2e-3)
        assert list(scores) == sorted(scores, reverse=True)
    assert idx.search(x[1600], 1)[0][0] == 100 and idx.vectors_of(100).shape == (2, DIM)


def test_the_rescored_shortlist_grows_with_the_archive(monkeypatch) -> None:
    assert [vec_mod.rerank_shortlist(n) for n in (10, 1_000_000, 1_000_001, 3_000_000, 10_000_000)] == [
        400, 400, 800, 1200, 4000,
    ]  # fmt: skip
    monkeypatch.setattr(vec_mod, "SHORTLIST_PER", 1000)  # a 2,000-passage index as if it were 2M
    idx = build_index(np.arange(2000), _random(2000, seed=6), ivf_threshold=1000)
    asked: list[int] = []
    search = idx.index.search

    class Spy:  # FAISS's own index, recording how many passages each search asks it for
        ntotal = idx.index.ntotal

        def search(self, q, k, params=None):  # FAISS's signature
            asked.append(k)
            return search(q, k, params=params)

    idx.index = Spy()
    idx.search(_random(1, seed=7)[0], 10)
    assert asked == [800]


def test_exact_vectors_of_another_index_are_not_used(tmp_path: Path, caplog) -> None:
    path = tmp_path / "vectors.faiss"
    a = build_index(np.arange(1200), _random(1200, seed=1), ivf_threshold=1000)
    write_index(a, path)
    stale = exact_path(path).read_bytes()
    write_index(build_index(np.arange(1300), _random(1300, seed=2), ivf_threshold=1000), path)
    assert load_index(path).reranks
    exact_path(path).write_bytes(stale)  # a crash between the two renames leaves this pair
    with caplog.at_level("WARNING"):
        assert not load_index(path).reranks
    assert "approximate" in caplog.text
    write_index(build_index(np.arange(20), _random(20)), path)  # a Flat index removes the file
    assert not exact_path(path).exists() and load_index(path).factory == FLAT


def test_a_truncated_exact_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "v.exact"
    write_exact(ExactVectors.from_rows(np.array([9, 4, 7]), _random(3)), path)
    store = read_exact(path)
    assert store is not None and store.ids.tolist() == [4, 7, 9]
    assert np.allclose(store.get(np.array([9, 4])), _random(3)[[0, 1]], atol=1e-3)
    with pytest.raises(KeyError):
        store.get(np.array([5]))
    path.write_bytes(path.read_bytes()[:-2])
    assert read_exact(path) is None and read_exact(tmp_path / "missing") is None


def test_factory_kinds_ignore_the_list_count() -> None:
    assert factory_kind("IVF4000,PQ96") == factory_kind("IVF4100,PQ96x4") == "ivf-pq"
    assert factory_kind("IDMap2,Flat") == "flat" and factory_kind("IVF1024,Flat") == "ivf-flat"
    assert factory_kind("HNSW32") == "other"


def test_passage_counts_and_the_long_item_gate() -> None:
    """A long item (many passages) must stand out further to be a semantic match: its best passage is
    the best of many draws."""
    from api.semantic import LONG_ITEM_GATE, _floor
    from indexer.store.vectors import build_index

    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(6, 8)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    index = build_index(np.array([1, 2, 2, 2, 2, 3]), vecs, "Flat")
    assert index.passage_counts(np.array([2, 1, 3, 9])).tolist() == [4, 1, 1, 0]
    # Two candidates with the same cosine: the one-passage item passes a gate the long one does not.
    gates = 0.5 + LONG_ITEM_GATE * np.sqrt(2 * np.log(np.array([1, 40]))) * 0.01
    hits = _floor(np.array([7, 8]), np.array([0.501, 0.501], np.float32), gates.astype(np.float32))
    assert hits.ids.tolist() == [7] and hits.ranking.tolist() == [7, 8]
