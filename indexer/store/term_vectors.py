"""The archive's vocabulary in the embedding model's space: a synonym list the archive builds for itself.

A question asked in other words often shares no printed word with what it means ("socialbidrag" for
an item about *försörjningsstöd*, "fosterhem" for *familjehem*). The embedding model places many of
the archive's own words near such a question, so hybrid search can widen a weak question's lexical
side with them (`api.related_terms`, issue 13 seventh round). No hand-written list: the words are
the archive's, and the neighbours are the model's.

`terms.npz` beside the lexicon holds every word of the archive's lexicon of `MIN_TERM` letters or
more (letters only), each embedded once with the model's *query* prompt (a word is matched against a
question, query to query), stored as float16:

- `terms`: the words, sorted, joined with newlines (UTF-8 bytes);
- `vectors`: float16 (n, dim), rows L2-normalised (before rounding);
- `model`: the embedder's model id (UTF-8 bytes): a file of another model is not read.

An indexing run embeds only the words no earlier run embedded (the file's vectors are reused by word),
and drops those the lexicon no longer holds. The manifest records the file under "term_vectors"
with its `FORMAT` version (`indexer.store.manifest`).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from indexer.store.lexicon_update import segment_paths

log = logging.getLogger(__name__)

TERMS_NAME = "terms.npz"
#: Version of the file's layout, recorded in the manifest ("term_vectors": {"format": ...}).
FORMAT = 1
#: Shorter words are mostly function words and abbreviations: not embedded.
MIN_TERM = 4
#: Words per call to the model.
BATCH = 512


def lexicon_words(root: Path, limit: int = 0) -> list[str]:
    """Every word (letters only, `MIN_TERM`+ letters) of the archive's lexicon files, sorted.

    Args:
        root: The archive directory.
        limit: At most this many words, those in the most items kept (0 = every word): at 100k items a
            lexicon holds hundreds of thousands of words, each a model call of its own once.
    """
    items: dict[str, int] = {}
    for path in segment_paths(root):
        try:
            with np.load(path) as z:
                blob = bytes(np.asarray(z["vocab"], np.uint8)).decode("utf-8")
                ptr = np.asarray(z["ptr"]) if "ptr" in z.files else None
        except (OSError, ValueError, KeyError) as e:
            log.warning("lexicon %s unreadable (%s): its words are not embedded", path, e)
            continue
        vocab = blob.split("\n")
        # a word's items: its postings (`ptr` delimits them), one each where the file has none
        counts = (
            np.diff(ptr) if ptr is not None and len(ptr) == len(vocab) + 1 else np.ones(len(vocab), np.int64)
        )
        for t, n in zip(vocab, counts.tolist(), strict=True):
            if len(t) >= MIN_TERM and t.isalpha():
                items[t] = items.get(t, 0) + int(n)
    words = list(items)
    if limit and len(words) > limit:
        words = sorted(words, key=lambda t: (-items[t], t))[:limit]
    return sorted(words)


def read_terms(path: Path) -> tuple[list[str], np.ndarray, str] | None:
    """(words, float16 vectors, model id) of a term file; None when missing or unreadable."""
    if not path.exists():
        return None
    try:
        with np.load(path) as z:
            blob = bytes(np.asarray(z["terms"], np.uint8)).decode("utf-8")
            vectors = np.asarray(z["vectors"])
            model = bytes(np.asarray(z["model"], np.uint8)).decode("utf-8")
    except (OSError, ValueError, KeyError) as e:
        log.warning("term vectors %s unreadable (%s)", path, e)
        return None
    terms = blob.split("\n") if blob else []
    if len(terms) != len(vectors):
        return None
    return terms, vectors, model


def embed_queries(embedder: Any, texts: Sequence[str]) -> np.ndarray:
    """Embed texts with the query prompt, batched when the embedder can (float32, rows normalised)."""
    batch = getattr(embedder, "embed_queries", None)
    if batch is not None:
        return np.asarray(batch(list(texts)), np.float32)
    return np.stack([embedder.embed_query(t) for t in texts]).astype(np.float32)


class TermVectorsUpdate(NamedTuple):
    """What `update_term_vectors` did: the archive's record of the file, and this run's work.

    Attributes:
        manifest: The manifest's "term_vectors" entry: file, format, words held, model, prompt. It
            says what the archive holds, so a rerun writes the entry a clean build writes.
        embedded: How many words this run embedded (the others' vectors were reused): the run's, not
            the archive's, so not in the manifest.
    """

    manifest: dict[str, Any]
    embedded: int


def update_term_vectors(root: Path, embedder: Any, limit: int = 0) -> TermVectorsUpdate:
    """Bring `terms.npz` up to date with the lexicon: embed the new words, keep the others' vectors.

    Args:
        root: The archive directory.
        embedder: The archive's embedding model.
        limit: At most this many words (`lexicon_words`; the setting `term_vectors_max`).

    Returns:
        The manifest's entry for the file, and how many words this run embedded.
    """
    path = root / TERMS_NAME
    words = lexicon_words(root, limit)
    old = read_terms(path)
    known: dict[str, int] = {}
    if old is not None and old[2] == embedder.model_id and old[1].shape[1:] == (embedder.dim,):
        known = {t: i for i, t in enumerate(old[0])}
    vectors = np.zeros((len(words), embedder.dim), np.float16)
    new = [i for i, t in enumerate(words) if t not in known]
    for i, t in enumerate(words):
        j = known.get(t)
        if j is not None and old is not None:
            vectors[i] = old[1][j]
    if new:
        log.info("term vectors: %d of %d words embedded by this run", len(new), len(words))
    for a in range(0, len(new), BATCH):
        rows = new[a : a + BATCH]
        vectors[rows] = embed_queries(embedder, [words[i] for i in rows]).astype(np.float16)
    if new or old is None or len(words) != len(old[0]):
        _write(
            path,
            terms=np.frombuffer("\n".join(words).encode("utf-8"), np.uint8),
            vectors=vectors,
            model=np.frombuffer(embedder.model_id.encode("utf-8"), np.uint8),
        )
    entry = {
        "file": TERMS_NAME,
        "format": FORMAT,
        "terms": len(words),
        "model": embedder.model_id,
        "prompt": "query",
    }
    return TermVectorsUpdate(manifest=entry, embedded=len(new))


def _write(path: Path, **arrays: np.ndarray) -> None:
    """Write the file under a temporary name and rename it into place (a crash leaves the old one)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".terms-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
