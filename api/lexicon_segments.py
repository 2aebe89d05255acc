"""A lexicon in several segments, read as one (`indexer.store.lexicon_update` writes them).

Each item is read from the newest segment (highest `seq`) that holds it, and only while the database
still holds it: an item of a replaced document stays in its old segment until the next merge but is
no longer live anywhere. Every query word's matches are the live matches of each segment, joined
(a live item is in exactly one segment), with the counts the item's own segment stores; the bm25
statistics (item count, lengths, average length, document frequency) are taken over the live items.
So the scores are exactly those of a lexicon rebuilt in full (`tests/test_lexicon_segments.py`).

A lexicon of one segment whose items are all live is returned as that `api.lexicon.Lexicon` itself:
the common case costs nothing extra.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np

from api.lexicon import Lexicon, Part, bm25_of, read_arrays
from indexer.store.lexicon import stamp_of
from indexer.store.lexicon_update import segment_paths

log = logging.getLogger(__name__)
_EMPTY = np.zeros(0, np.int64)


class SegmentedLexicon:
    """Segments of one archive state, newest first, with the live items of each."""

    def __init__(self, segments: list[Lexicon], live: list[np.ndarray], n_items: int) -> None:
        """Args: segments, newest first; live[i]: boolean mask over item ids 0..max_id of segment i."""
        self.segments = segments
        self.live = live
        self.n_items = n_items
        self.max_id = max(s.max_id for s in segments)
        self.lengths = np.zeros(self.max_id + 1, np.int32)
        for seg, mask in zip(segments, live, strict=True):
            ids = np.flatnonzero(mask)
            self.lengths[ids] = seg.lengths[ids]
        self.avgdl = float(self.lengths.sum()) / max(n_items, 1) or 1.0

    def _join(self, parts: list[Part]) -> Part:
        kept = []
        for part, mask in zip(parts, self.live, strict=True):
            sel = mask[part.ids] if len(part.ids) else np.zeros(0, bool)
            if sel.any():
                kept.append((part.ids[sel], part.freq[sel]))
        if not kept:
            return Part(_EMPTY, np.zeros(0))
        if len(kept) == 1:
            return Part(*kept[0])
        ids = np.concatenate([i for i, _ in kept])
        order = np.argsort(ids, kind="stable")
        return Part(ids[order], np.concatenate([f for _, f in kept])[order])

    def word(self, term: str, prefix: bool) -> Part:
        """The live items of one query word (see `Lexicon.word`)."""
        return self._join([s.word(term, prefix) for s in self.segments])

    def containing_any(self, terms: list[str]) -> Part:
        """The live items of every token containing one of `terms` (see `Lexicon.containing_any`)."""
        return self._join([s.containing_any(terms) for s in self.segments])

    def counts_in(self, token: str, ids: np.ndarray) -> np.ndarray:
        """The weighted count of one exact token in each of the items `ids` (ascending), 0 where absent."""
        out = np.zeros(len(ids))
        for seg, mask in zip(self.segments, self.live, strict=True):
            inside = ids <= seg.max_id
            here = np.zeros(len(ids), bool)
            here[inside] = mask[ids[inside]]
            if here.any():
                out[here] = seg.counts_in(token, ids[here])
        return out

    @property
    def n_tokens(self) -> int:
        """Distinct tokens of the largest segment (a lower bound of the whole vocabulary)."""
        return max(s.n_tokens for s in self.segments)

    @property
    def n_postings(self) -> int:
        """(token, item) pairs held by all segments, live or not."""
        return sum(s.n_postings for s in self.segments)

    def bm25(self, part: Part) -> np.ndarray:
        """bm25 contribution of a part, with the statistics of the live items."""
        return bm25_of(part, self.n_items, self.lengths, self.avgdl)


#: Segments already read, by (path, mtime, size): after a run that added a segment, the next reader
#: reads only the new file (a million-item base is ~350 MB). Files are only ever replaced by rename,
#: so an unchanged (mtime, size) is the same file; entries of files gone from disk are dropped.
_loaded: dict[tuple[str, int, int], tuple[int, Lexicon, np.ndarray]] = {}
_lock = threading.Lock()


def _read(path: Path) -> tuple[int, Lexicon, np.ndarray] | None:
    arrays = read_arrays(path)
    if arrays is None:
        return None
    if "items" not in arrays or "seq" not in arrays:  # written by an older arkiv: one base, no seq
        arrays["items"], arrays["seq"] = _EMPTY, np.array([-1], np.int64)
    return int(arrays["seq"][0]), Lexicon(arrays), np.asarray(arrays["items"], np.int64)


def _segments(root: Path) -> list[tuple[int, Lexicon, np.ndarray]] | None:
    out = []
    with _lock:
        for path in segment_paths(root):
            try:
                st = path.stat()
            except OSError:
                return None
            key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
            seg = _loaded.get(key)
            if seg is None:
                seg = _read(path)
                if seg is None:
                    return None
                for old in [k for k in _loaded if k[0] == key[0]]:
                    del _loaded[old]
                _loaded[key] = seg
            out.append(seg)
        here = {str(p.resolve()) for p in segment_paths(root)}
        for gone in [k for k in _loaded if Path(k[0]).parent == root.resolve() and k[0] not in here]:
            del _loaded[gone]
    return sorted(out, key=lambda t: -t[0])


def load_segments(root: Path, item_ids: np.ndarray) -> Lexicon | SegmentedLexicon | None:
    """The lexicon of the archive at `root` if its segments hold exactly the items `item_ids`; else None."""
    found = _segments(root)
    if not found:
        return None
    if len(found) == 1 and not len(found[0][2]):  # older format: its stamp must match the database
        lx = found[0][1]
        return lx if np.array_equal(lx.stamp, stamp_of(item_ids)) else _stale(root)
    top = max([int(item_ids.max()) if len(item_ids) else 0] + [lx.max_id for _, lx, _ in found])
    in_db = np.zeros(top + 1, bool)
    in_db[item_ids] = True
    claimed = np.zeros(top + 1, bool)
    segments, live = [], []
    for _, lx, items in found:
        mine = items[in_db[items] & ~claimed[items]]
        claimed[mine] = True
        mask = np.zeros(lx.max_id + 1, bool)
        mask[mine] = True
        segments.append(lx)
        live.append(mask)
    if not claimed[item_ids].all():
        return _stale(root)
    if len(segments) == 1 and live[0].sum() == segments[0].n_items:
        return segments[0]
    keep = [i for i, m in enumerate(live) if m.any()]
    if not keep:  # an archive without items
        return segments[0]
    return SegmentedLexicon([segments[i] for i in keep], [live[i] for i in keep], len(item_ids))


def _stale(root: Path) -> Lexicon | None:
    """None, logged: the lexicon does not hold the archive's items (FTS5 answers instead)."""
    log.warning("lexicon in %s does not hold the archive's items: lexical search uses FTS5", root)
    return None
