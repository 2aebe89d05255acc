"""The archive's FAISS index: item vectors, filtered search, neighbours, atomic writes.

Passage policy: an item longer than the model's window has several passage vectors
(`indexer.embed.embedder.embed_items`). Every passage is stored, under the FAISS id
`item_id << PASSAGE_BITS | passage_number`; results are mapped back to item ids and
an item scores as its best passage (max inner product). Callers only ever see item
ids. Most items fit in one passage, so the index holds about one vector per item.

Index kinds (`choose_factory`): exact inner product ("IDMap2,Flat") below
`IVF_THRESHOLD` vectors (1M), "IVF{nlist},PQ{dim/4}" from there on, with `nprobe` saved in the
file. A PQ index is lossy (~100 bytes a vector instead of 1,536; its codes alone find ~0.69 of
the exact top ten of real e5 queries), so it comes with the exact vectors in a memory-mapped file
(`indexer.store.exact`) and a search rescores FAISS's best passages (`rerank_shortlist`) with them: the
returned scores are exact inner products, as a Flat index's are (BENCHMARKS.md, issue 14).
Filters are applied inside FAISS with an id selector, and an IVF search that finds
fewer items than the filter allows is redone over every list, so a filtered query
is never empty when matches exist.
"""

from __future__ import annotations

import logging
import math
import os
import re
from pathlib import Path
from typing import Any

import numpy as np

from indexer.store.exact import CHUNK, ExactVectors, exact_path, read_exact, write_exact

#: Low bits of a FAISS id hold the passage number, the high bits the item id.
PASSAGE_BITS = 16
MAX_PASSAGES = 1 << PASSAGE_BITS
MAX_ITEM_ID = (1 << (63 - PASSAGE_BITS)) - 1
#: From this many vectors on "auto" builds an IVF-PQ index instead of an exact one: an exact search of
#: 1M 384-d vectors alone takes ~130-150 ms on one core, the whole latency budget at that size.
IVF_THRESHOLD = 1_000_000
FLAT = "IDMap2,Flat"
log = logging.getLogger(__name__)
#: Passages a lossy (PQ) index hands to the exact re-ranking, per started million passages
#: (`rerank_shortlist`). Measured on real e5 vectors, 1/8 of the lists probed: at 100k 200 already
#: give IVF-Flat's recall@10 at the same nprobe; at 1M 200 give 0.948, 400 0.962, 800 0.971
#: (IVF-Flat 0.974) for ~1 ms more each; at 3M 400 give only 0.927 and 800 0.953 (BENCHMARKS.md,
#: issue 14): the codes' error lets more passages pass the true top ten as the archive grows.
SHORTLIST = 400
SHORTLIST_PER = 1_000_000
#: Share of an IVF-PQ index's lists a search visits (1/8: recall@10 0.96 at 100k and at 1M).
PQ_PROBE_SHARE = 8


def rerank_shortlist(n_vectors: int) -> int:
    """How many of FAISS's best passages a lossy index rescores exactly: SHORTLIST per started million.

    400 up to 1M passages, 1,200 at 3M, 4,000 at 10M (~3 MB of float16 vectors read a query): the
    passages whose codes beat a true top-ten passage grow about in proportion to the archive.
    """
    return SHORTLIST * max(1, math.ceil(n_vectors / SHORTLIST_PER))


def _faiss() -> Any:
    import faiss

    return faiss


def choose_factory(
    n_vectors: int, factory: str = "auto", ivf_threshold: int = IVF_THRESHOLD, dim: int = 384
) -> str:
    """The FAISS factory string for an index of `n_vectors`.

    Args:
        n_vectors: How many vectors will be indexed.
        factory: Settings.faiss_factory: "auto" or an explicit FAISS factory string.
        ivf_threshold: From this many vectors on "auto" picks IVF-PQ (tests pass a small value).
        dim: Vector dimension (PQ codes one byte per 4 dimensions).
    """
    if factory != "auto":
        return factory
    if n_vectors < ivf_threshold:
        return FLAT
    # ~4*sqrt(n) lists is the usual balance; each list needs >= 39 training points.
    nlist = max(1, min(int(4 * math.sqrt(n_vectors)), n_vectors // 39))
    # A sub-quantizer's 256 centroids (8 bits) need ~39 training points each; below that (only
    # the small archives tests build through a low threshold) 16 centroids (4 bits) do.
    bits = "" if n_vectors >= 39 * 256 else "x4"
    return f"IVF{nlist},PQ{_pq_m(dim)}{bits}"


def _pq_m(dim: int) -> int:
    """PQ sub-quantizers: one byte per 4 dimensions (96 at 384-d), fewer if 4 does not divide."""
    return next(m for m in range(max(1, dim // 4), 0, -1) if dim % m == 0)


def factory_kind(factory: str | None) -> str:
    """The kind of index a factory string builds: "flat", "ivf-flat", "ivf-pq" or "other".

    The manifest records the factory; a reader compares kinds, not strings, because an IVF
    index's list count follows the archive's size and changes from run to run.
    """
    if not factory:
        return "other"
    parts = [p for p in factory.split(",") if p != "IDMap2" and p != "IDMap"]
    if parts == ["Flat"]:
        return "flat"
    if len(parts) == 2 and re.fullmatch(r"IVF\d+", parts[0]):
        if parts[1] == "Flat":
            return "ivf-flat"
        if re.fullmatch(r"PQ\d+(x\d+)?", parts[1]):
            return "ivf-pq"
    return "other"


def is_lossy(index: Any) -> bool:
    """Whether a FAISS index stores compressed codes (its scores approximate, re-ranking needed)."""
    faiss = _faiss()
    ivf = _ivf_of(index)
    inner = faiss.downcast_index(ivf if ivf is not None else getattr(index, "index", index))
    return not isinstance(inner, faiss.IndexFlat | faiss.IndexIVFFlat)


def vector_ids(item_ids: np.ndarray) -> np.ndarray:
    """FAISS ids for rows whose item ids are `item_ids` (passages numbered in row order).

    Raises:
        ValueError: On an item id out of range or an item with too many passages.
    """
    items = np.asarray(item_ids, dtype=np.int64)
    if items.size and (items.min() < 0 or items.max() > MAX_ITEM_ID):
        raise ValueError(f"item ids must be in 0..{MAX_ITEM_ID}")
    order = np.argsort(items, kind="stable")
    sorted_items = items[order]
    first = np.searchsorted(sorted_items, sorted_items, side="left")
    passage = np.empty_like(items)
    passage[order] = np.arange(items.size) - first
    if passage.size and passage.max() >= MAX_PASSAGES:
        raise ValueError(f"an item has more than {MAX_PASSAGES} passages")
    return (items << PASSAGE_BITS) | passage


class VectorIndex:
    """A FAISS index over item passages; all ids in and out are item ids.

    Args:
        index: The FAISS index (ids = `vector_ids`).
        factory: Its factory string (recorded in the manifest).
        exact: The exact vectors of a lossy index, for re-ranking (None: scores as FAISS gives them).
    """

    def __init__(self, index: Any, factory: str, exact: ExactVectors | None = None) -> None:
        self.index = index
        self.factory = factory
        self._ivf = _ivf_of(index)
        self._set_vids(np.sort(_stored_ids(index, self._ivf)))
        self.exact = exact

    def _set_vids(self, vids: np.ndarray) -> None:
        """Keep the sorted stored ids and the item count in step with the FAISS index."""
        self._vids = vids
        items = vids >> PASSAGE_BITS
        self._n_items = int(np.count_nonzero(np.diff(items))) + 1 if len(items) else 0

    @property
    def dim(self) -> int:
        """Vector dimension."""
        return int(self.index.d)

    @property
    def ntotal(self) -> int:
        """Number of stored vectors (passages)."""
        return int(self.index.ntotal)

    @property
    def nprobe(self) -> int | None:
        """Lists an IVF search visits (None for an exact index)."""
        return int(self._ivf.nprobe) if self._ivf is not None else None

    @nprobe.setter
    def nprobe(self, value: int) -> None:
        if self._ivf is None:
            raise ValueError("an exact index has no nprobe")
        self._ivf.nprobe = max(1, min(int(value), int(self._ivf.nlist)))

    def item_ids(self) -> np.ndarray:
        """The distinct item ids that have vectors, sorted."""
        items = self._vids >> PASSAGE_BITS  # sorted already: a mask, not np.unique (it hashes, slowly)
        return items[np.concatenate([[True], items[1:] != items[:-1]])] if len(items) else items

    def _ranges(self, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(first, end) positions in the sorted vector ids of each item's passages."""
        lo = np.searchsorted(self._vids, items << PASSAGE_BITS, side="left")
        hi = np.searchsorted(self._vids, (items + 1) << PASSAGE_BITS, side="left")
        return lo, hi

    def _vids_of(self, item_ids: np.ndarray) -> np.ndarray:
        """Stored vector ids of the given items (absent items contribute nothing)."""
        items = np.unique(np.asarray(item_ids, dtype=np.int64))
        items = items[(items >= 0) & (items <= MAX_ITEM_ID)]
        lo, hi = self._ranges(items)
        counts = hi - lo
        if not counts.sum():
            return np.zeros(0, np.int64)
        # Concatenate the ranges lo[i]:hi[i] without a Python loop.
        starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
        return self._vids[starts + np.arange(counts.sum())]

    def passage_counts(self, item_ids: np.ndarray) -> np.ndarray:
        """How many passage vectors each given item has, in the given order (0 for an absent item)."""
        lo, hi = self._ranges(np.asarray(item_ids, dtype=np.int64))
        return np.asarray(hi - lo, np.int64)

    @property
    def reranks(self) -> bool:
        """Whether searches rescore a shortlist with exact vectors (a lossy index with its file)."""
        return self.exact is not None

    def add(self, item_ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add the passages of items; items already present are replaced whole.

        Args:
            item_ids: The item id of each row (repeated for an item's passages, in order).
            vectors: float32 (rows, dim), L2-normalised.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[1] != self.dim or len(vectors) != len(item_ids):
            raise ValueError(f"expected {len(item_ids)} vectors of dimension {self.dim}, got {vectors.shape}")
        self.remove_ids(np.asarray(item_ids))
        vids = vector_ids(np.asarray(item_ids))
        if len(vids):
            self.index.add_with_ids(vectors, vids)
            self._set_vids(np.sort(np.concatenate([self._vids, vids])))
            if self.exact is not None:
                self.exact = self.exact.add(vids, vectors)

    def remove_ids(self, item_ids: np.ndarray) -> int:
        """Remove every passage vector of the given items; returns how many vectors went."""
        vids = self._vids_of(np.asarray(item_ids))
        if not len(vids):
            return 0
        faiss = _faiss()
        # IVF's hashtable direct map only accepts an explicit array of ids.
        sel = faiss.IDSelectorArray(vids) if self._ivf is not None else faiss.IDSelectorBatch(vids)
        removed = int(self.index.remove_ids(sel))
        self._set_vids(self._vids[~np.isin(self._vids, vids)])
        if self.exact is not None:
            self.exact = self.exact.without(vids)
        return removed

    def search(
        self, query: np.ndarray, k: int, allowed_ids: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The `k` best items for a query vector, optionally only among `allowed_ids`.

        Args:
            query: float32 (dim,), normalised.
            k: How many items to return (fewer if fewer exist).
            allowed_ids: Item ids the results must come from (filters), or None for all.

        Returns:
            (item ids int64, scores float32), best first; an item's score is its best passage's.
        """
        query = np.ascontiguousarray(np.asarray(query, dtype=np.float32).reshape(1, -1))
        if allowed_ids is None:
            vids, n_items = None, self._n_items
        else:
            vids = self._vids_of(np.asarray(allowed_ids))
            n_items = len(np.unique(vids >> PASSAGE_BITS))
        n_vecs = self.ntotal if vids is None else len(vids)
        want = min(k, n_items)
        if want <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        # Enough passages for `want` items at the archive's mean passages per item, so one scan usually
        # does (a 160-token archive has ~3 per item: `want + 16` passages held too few items, and a
        # second scan of 4x doubled the cost of a semantic search).
        fetch = min(n_vecs, want * n_vecs // max(n_items, 1) + 16)
        exhaustive = False
        while True:
            ids, scores = self._raw_search(query, fetch, vids, exhaustive)
            items, best = _best_per_item(ids, scores)
            if len(items) >= want or (fetch >= n_vecs and (exhaustive or self._ivf is None)):
                return items[:want], best[:want]
            if fetch >= n_vecs:
                exhaustive = True  # IVF probed too few lists for this filter: look everywhere
            fetch = min(n_vecs, fetch * 4)

    def _raw_search(
        self, query: np.ndarray, fetch: int, vids: np.ndarray | None, exhaustive: bool
    ) -> tuple[np.ndarray, np.ndarray]:
        faiss = _faiss()
        sel = faiss.IDSelectorBatch(vids) if vids is not None else None
        if self._ivf is not None:
            nprobe = self._ivf.nlist if exhaustive else self._ivf.nprobe
            params = faiss.SearchParametersIVF(sel=sel, nprobe=nprobe)
        else:
            params = faiss.SearchParameters(sel=sel) if sel is not None else None
        want = max(fetch, rerank_shortlist(self.index.ntotal)) if self.exact is not None else fetch
        scores, ids = self.index.search(query, want, params=params)
        keep = ids[0] >= 0
        ids, scores = ids[0][keep], scores[0][keep]
        if self.exact is not None and len(ids):  # rescore the shortlist exactly (module docstring)
            scores = self.exact.get(ids) @ query[0]
            order = np.argsort(-scores, kind="stable")[:fetch]
            ids, scores = ids[order], scores[order]
        return ids, scores

    def vectors_of(self, item_id: int) -> np.ndarray:
        """The stored passage vectors of one item, (passages, dim); empty if it has none."""
        vids = self._vids_of(np.array([item_id]))
        if not len(vids):
            return np.zeros((0, self.dim), np.float32)
        return self.passage_vectors(vids)

    def passage_vectors(self, vids: np.ndarray) -> np.ndarray:
        """Vectors of stored FAISS ids: exact ones when the index has them, else FAISS's reconstruction.

        Raises:
            KeyError: An id that is not stored (exact store) / RuntimeError (FAISS).
        """
        vids = np.asarray(vids, np.int64)
        if self.exact is not None:
            return self.exact.get(vids)
        try:  # one FAISS call instead of one per id
            return np.asarray(self.index.reconstruct_batch(vids), np.float32).reshape(len(vids), self.dim)
        except (RuntimeError, AttributeError):  # an index kind without batch reconstruction by id
            return np.stack([self.index.reconstruct(int(v)) for v in vids]).astype(np.float32)

    def neighbours(self, item_id: int, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The `k` items most similar to `item_id` (never itself); best passage pair scores.

        Returns empty arrays when the item has no vectors.
        """
        own = self.vectors_of(item_id)
        if not len(own) or k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        all_ids, all_scores = [], []
        for vec in own:  # usually one passage
            # One extra, because the item itself is among the hits; dropped below.
            ids, scores = self.search(vec, k + 1)
            all_ids.append(ids)
            all_scores.append(scores)
        ids, scores = np.concatenate(all_ids), np.concatenate(all_scores)
        keep = ids != item_id
        items, best = _best_per_item(ids[keep] << PASSAGE_BITS, scores[keep])
        return items[:k], best[:k]

    def save(self, path: Path) -> None:
        """Write the index atomically: a temp file in the same folder, fsync, then rename."""
        write_index(self, path)


def _best_per_item(vids: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Collapse passage hits to items, keeping each item's best score, best first."""
    items = np.asarray(vids, dtype=np.int64) >> PASSAGE_BITS
    order = np.argsort(-scores, kind="stable")
    items, scores = items[order], scores[order]
    _, first = np.unique(items, return_index=True)
    first = np.sort(first)
    return items[first], scores[first].astype(np.float32)


def _ivf_of(index: Any) -> Any | None:
    faiss = _faiss()
    try:
        return faiss.extract_index_ivf(index)
    except (RuntimeError, TypeError):
        return None


def _stored_ids(index: Any, ivf: Any | None) -> np.ndarray:
    """All FAISS ids stored in the index."""
    faiss = _faiss()
    if ivf is not None:
        invlists = ivf.invlists
        parts = [
            faiss.rev_swig_ptr(invlists.get_ids(i), invlists.list_size(i)).copy()
            for i in range(ivf.nlist)
            if invlists.list_size(i)
        ]
        return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)
    if hasattr(index, "id_map"):
        return faiss.vector_to_array(index.id_map).astype(np.int64)
    raise ValueError("unsupported FAISS index: it must map ids (IDMap2 or IVF)")


def build_index(
    item_ids: np.ndarray,
    vectors: np.ndarray,
    factory: str = "auto",
    *,
    dim: int | None = None,
    ivf_threshold: int = IVF_THRESHOLD,
) -> VectorIndex:
    """Build an inner-product index from scratch (e.g. from the embedding cache).

    Args:
        item_ids: The item id of each row (an item's passages on consecutive or scattered rows).
        vectors: (rows, dim), L2-normalised; float32 or float16, in memory or memory-mapped (added
            in chunks, so a 10M-row float16 map never becomes one float32 copy).
        factory: "auto" or a FAISS factory string (Settings.faiss_factory).
        dim: Vector dimension, needed only when there are no vectors.
        ivf_threshold: Vector count from which "auto" builds IVF-PQ.
    """
    faiss = _faiss()
    d = int(vectors.shape[1]) if vectors.ndim == 2 and vectors.shape[1] else int(dim or 0)
    if d <= 0:
        raise ValueError("cannot build an index without vectors or a dimension")
    if len(vectors) != len(item_ids):
        raise ValueError(f"expected {len(item_ids)} vectors, got {len(vectors)}")
    chosen = choose_factory(len(vectors), factory, ivf_threshold, d)
    # Flat-like indexes need an id map to take our ids; IVF stores ids itself.
    spec = chosen if chosen.startswith(("IDMap", "IVF")) else f"IDMap2,{chosen}"
    index = faiss.index_factory(d, spec, faiss.METRIC_INNER_PRODUCT)
    ivf = _ivf_of(index)
    if ivf is not None:
        _train_ivf(index, ivf, vectors)
    vids = vector_ids(np.asarray(item_ids, dtype=np.int64))
    for start in range(0, len(vids), CHUNK):
        chunk = np.ascontiguousarray(vectors[start : start + CHUNK], dtype=np.float32)
        index.add_with_ids(chunk, vids[start : start + CHUNK])
    exact = ExactVectors.from_rows(vids, vectors) if is_lossy(index) else None
    return VectorIndex(index, chosen, exact)


def _train_ivf(index: Any, ivf: Any, vectors: np.ndarray) -> None:
    faiss = _faiss()
    if len(vectors) < ivf.nlist:
        raise ValueError(f"an IVF index with {ivf.nlist} lists needs at least that many vectors")
    rng = np.random.default_rng(0)  # deterministic sample: same data, same index
    # 20 points a list (at least 50k): the sample bench/bench_ivfpq.py reached its recall with; FAISS
    # would take up to 256 a list, which at 1M vectors and 4,000 lists costs ~10x the k-means time.
    n_train = min(len(vectors), max(20 * ivf.nlist, 50_000))
    rows = np.arange(len(vectors)) if n_train == len(vectors) else np.sort(rng.choice(len(vectors), n_train))
    inner = faiss.downcast_index(ivf)
    if isinstance(inner, faiss.IndexIVFPQ):
        # FAISS reorders PQ codes for polysemous filtering by default (simulated annealing, most of
        # the training time: 3.0 s against 0.4 s for 700 vectors); searches here never use it.
        inner.do_polysemous_training = False
    index.train(np.ascontiguousarray(vectors[rows], dtype=np.float32))
    # IVF-Flat: nprobe ~ nlist/16 scans ~6% of the vectors (recall@10 0.89-0.92 on real e5 vectors).
    # IVF-PQ with re-ranking: the lists probed decide recall; 1/8 of them gives 0.96 at 100k and
    # at 1M, in a fraction of IVF-Flat's 1/16 latency (BENCHMARKS.md, issue 14).
    share = PQ_PROBE_SHARE if is_lossy(index) else 16
    ivf.nprobe = max(1, min(ivf.nlist, max(16, ivf.nlist // share)))
    ivf.set_direct_map_type(faiss.DirectMap.Hashtable)  # reconstruct(id) for neighbours


def write_index(index: VectorIndex, path: Path) -> None:
    """Write `index` to `path` atomically (temp file beside it + os.replace).

    A re-ranking index writes its exact vectors first (`exact_path(path)`); an index without them
    removes a stale exact file, so what lies beside `path` always belongs to it or is refused.
    """
    faiss = _faiss()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if index.exact is not None:
        write_exact(index.exact, exact_path(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        faiss.write_index(index.index, str(tmp))
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    if index.exact is None:
        exact_path(path).unlink(missing_ok=True)


def load_index(path: Path, *, mmap: bool = False) -> VectorIndex:
    """Read an index written by `write_index`.

    Args:
        path: The vectors.faiss file.
        mmap: Map the vectors from disk instead of reading them (read-only use, e.g. the api).
    """
    faiss = _faiss()
    flags = getattr(faiss, "IO_FLAG_MMAP_IFC", faiss.IO_FLAG_MMAP) if mmap else 0
    index = faiss.read_index(str(path), flags)
    wrapper = VectorIndex(index, _describe(index))
    if is_lossy(index):
        exact = read_exact(exact_path(path))
        if exact is not None and exact.matches(wrapper._vids):
            wrapper.exact = exact
        else:  # a crash between the two renames, or a file removed by hand: approximate scores
            log.warning("%s: no exact vectors matching the index; semantic scores are approximate "
                        "until the next `arkiv index`", exact_path(path))  # fmt: skip
    return wrapper


def _describe(index: Any) -> str:
    """The factory string of a loaded index (as `choose_factory` writes them)."""
    faiss = _faiss()
    ivf = _ivf_of(index)
    if ivf is not None:
        inner = faiss.downcast_index(ivf)
        if isinstance(inner, faiss.IndexIVFPQ):
            return f"IVF{ivf.nlist},PQ{inner.pq.M}" + (f"x{inner.pq.nbits}" if inner.pq.nbits != 8 else "")
        if isinstance(inner, faiss.IndexIVFFlat):
            return f"IVF{ivf.nlist},Flat"
        return f"IVF{ivf.nlist},{type(inner).__name__}"
    inner = faiss.downcast_index(index.index) if hasattr(index, "index") else index
    name = re.sub(r"^Index(Flat)?(IP|L2)?", r"\1", type(inner).__name__) or type(inner).__name__
    return f"IDMap2,{name}"
