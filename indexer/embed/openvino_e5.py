"""The e5-small-int8 embedder: the int8 OpenVINO model built by `models.e5_int8`.

Passages are tokenised by the same tokenizer as the fp32 model and split by the same window
policy, so an archive's passages are the same under either model. Before inference the passages
are sorted by length and batched in that order: a batch is padded to its longest passage only, so
a few long items no longer make every short one pay for 512 tokens. Mean pooling and L2
normalisation happen here, in numpy.

Passages run through a ring of asynchronous infer requests on one OpenVINO stream per core, each
stream on one thread: while the streams infer, this thread pads the next batch and pools the
finished ones. One
inference spread over two threads (the LATENCY hint) kept only ~0.3–0.65 of two cores busy on a
shared machine: its threads meet at a barrier after every layer, so a preempted thread stalls the
other, and padding and pooling ran between calls on one thread (BENCHMARKS.md, issue 14).

Queries of an e5-small-int8 archive are embedded by this same model (ready in about a second),
so they live in exactly the vector space of the passages.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from indexer.embed.passages import PASSAGE_OVERLAP, PASSAGE_TOKENS, policy, resolve_window, split_by_offsets

#: Kept free in a window beyond the prompt and the special tokens (as `embedder._WINDOW_MARGIN`).
_WINDOW_MARGIN = 8
_QUERY_CACHE_SIZE = 256


def cpu_threads() -> int:
    """The cores this process may use (its affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class OpenVinoE5Embedder:
    """multilingual-e5-small, int8, on OpenVINO's CPU device.

    Args:
        folder: The model folder (`models.e5_int8.ensure_e5_int8`).
        batch_size: Passages per inference call.
        threads: Inference threads (default: the cores this process may use).
        window: Passage window (tokens, overlap); None: a new archive's (`indexer.embed.passages`).
    """

    def __init__(
        self,
        folder: Path,
        *,
        batch_size: int = 16,
        threads: int | None = None,
        window: tuple[int | None, int | None] = (None, None),
    ) -> None:
        import openvino as ov
        from tokenizers import Tokenizer

        config = json.loads((folder / "arkiv_e5_int8.json").read_text(encoding="utf-8"))
        self.model_id: str = config["model_id"]
        self.dim: int = int(config["dim"])
        self.query_prompt, self.passage_prompt = config["prompts"]["query"], config["prompts"]["passage"]
        self.max_tokens = int(config["max_seq_length"])
        self.batch_size = batch_size
        core = ov.Core()
        self.streams = threads or cpu_threads()
        # f32 for what stays in floating point: the same vectors on CPUs with and without bf16 units.
        # One stream per core, one thread each (see the module docstring).
        # CACHE_DIR keeps the compiled model beside the IR: compiling takes seconds, loading it a fraction.
        props = {"INFERENCE_PRECISION_HINT": "f32", "PERFORMANCE_HINT": "THROUGHPUT",
                 "NUM_STREAMS": self.streams, "INFERENCE_NUM_THREADS": self.streams}  # fmt: skip
        if os.access(folder, os.W_OK):
            props["CACHE_DIR"] = str(folder / "compiled")
        self._compiled = core.compile_model(str(folder / "model.xml"), "CPU", props)
        self._request = self._compiled.create_infer_request()  # queries: one short input, synchronous
        self._lock = threading.Lock()  # queries from a server's request threads take turns
        # Passages: two requests per stream, used in turn, so one infers while the next batch waits
        # ready behind it and this thread pads and pools. Plain requests waited on here, not an
        # AsyncInferQueue: its Python callbacks on OpenVINO's threads aborted the interpreter at exit.
        self._ring = [self._compiled.create_infer_request() for _ in range(2 * self.streams)]
        self._passage_lock = threading.Lock()  # one passage run at a time
        # One tokenizer (loading its 250k pieces takes a second or more), untruncated: split() needs
        # the offsets of whole texts, and _embed truncates as the fp32 model's tokenizer does.
        self._tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tok.no_truncation()
        self._tok.no_padding()
        self._eos = int(self._tok.token_to_id("</s>") or 2)  # XLM-R: <s>=0, <pad>=1, </s>=2
        prompt_len = len(self._offsets(self.passage_prompt))
        full = self.max_tokens - 2 - prompt_len - _WINDOW_MARGIN
        self.window, self.overlap = resolve_window(*window, full, (PASSAGE_TOKENS, PASSAGE_OVERLAP))
        self.passage_policy = policy("tokens", self.window, self.overlap)
        self._query_cache: dict[str, np.ndarray] = {}

    def _offsets(self, text: str) -> list[tuple[int, int]]:
        return self._tok.encode(text, add_special_tokens=False).offsets

    def split(self, text: str) -> list[str]:
        """Split by the model's own tokens into the archive's windows (as the fp32 model)."""
        return split_by_offsets(text, self._offsets(text), self.window, self.overlap)

    def _embed(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Embed texts (prompt included) through the ring of infer requests, longest first."""
        encs = [self._truncated(e.ids) for e in self._tok.encode_batch(list(texts))]
        out = np.zeros((len(encs), self.dim), np.float32)
        order = np.argsort([-len(e) for e in encs], kind="stable")  # longest first: padding stays small
        bar = _bar(len(encs)) if progress else None
        batches = [order[at : at + self.batch_size] for at in range(0, len(order), self.batch_size)]
        ring = self._ring
        pending: list[tuple[np.ndarray, np.ndarray] | None] = [None] * len(ring)
        with self._passage_lock:
            for k, rows in enumerate([*batches, *([None] * len(ring))]):
                slot = k % len(ring)
                if pending[slot] is not None:  # this request's last batch: wait, pool on this thread
                    done_rows, done_mask = pending[slot]  # type: ignore[misc]
                    ring[slot].wait()
                    out[done_rows] = self._pool(ring[slot].get_output_tensor(0).data, done_mask)
                    pending[slot] = None
                    if bar is not None:
                        bar.update(len(done_rows))
                if rows is not None:
                    ids, mask = _padded([encs[r] for r in rows])
                    ring[slot].start_async({"input_ids": ids, "attention_mask": mask})
                    pending[slot] = (rows, mask)
        if bar is not None:
            bar.close()
        return out

    def _truncated(self, ids: list[int]) -> list[int]:
        """At most `max_tokens` ids, ending with </s> (what truncation in the tokenizer gives)."""
        return ids if len(ids) <= self.max_tokens else [*ids[: self.max_tokens - 1], self._eos]

    def _run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """One synchronous inference (queries)."""
        with self._lock:
            result = self._request.infer({"input_ids": ids, "attention_mask": mask})
            # np.array copies: the request reuses its output buffer
            return np.array(result[self._compiled.output(0)], dtype=np.float32)

    @staticmethod
    def _pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
        m = mask[..., None].astype(np.float32)
        vecs = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1.0)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.where(norms > 0, norms, 1.0)

    def embed_passages(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Embed passages with the passage prompt: float32 (n, dim), rows L2-normalised."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return self._embed([self.passage_prompt + t for t in texts], progress)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed many short texts with the query prompt, batched (the archive's words, `term_vectors`)."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return self._embed([self.query_prompt + t for t in texts], False)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a query with the query prompt (recent queries are remembered: facet clicks repeat them)."""
        vec = self._query_cache.get(text)
        if vec is None:
            ids, mask = _padded([self._truncated(self._tok.encode(self.query_prompt + text).ids)])
            vec = self._pool(self._run(ids, mask), mask)[0]
            if len(self._query_cache) >= _QUERY_CACHE_SIZE:
                self._query_cache.pop(next(iter(self._query_cache)))  # oldest first
            self._query_cache[text] = vec
        return vec.copy()


def _padded(encs: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Token ids padded to the longest (1 = <pad>) and the attention mask."""
    width = max(len(e) for e in encs)
    ids = np.ones((len(encs), width), np.int64)
    mask = np.zeros((len(encs), width), np.int64)
    for i, e in enumerate(encs):
        ids[i, : len(e)], mask[i, : len(e)] = e, 1
    return ids, mask


def _bar(total: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="passage", desc="embedding", leave=False)
