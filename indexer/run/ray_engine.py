"""The Ray engine: files read, analysed and embedded on the workers of a Ray cluster.

`arkiv index PATHS --engine ray [--address HOST:PORT]`. Each worker is a Ray actor holding the
per-file task and the embedding model (loaded once per worker, on the node's GPU when the actor
was given one and the model runs on torch); it turns a file's bytes into a `FileResult` whose
`vectors` hold every item's passages, so the one archive writer in this process only writes.
Results come back in the files' order (a bounded window of files is in flight), so a cluster
builds the same archive as one process; the writer keeps idempotency, changed-file replacement and
crash safety as with any engine.

The driver ships each file's bytes, not its path, so nodes need not share a filesystem; a worker
analyses the original path when its node has the same file (a local cluster), and a private copy
under the same name otherwise. Our own packages travel with the job (`py_modules`): the nodes need
the dependencies (`pip install 'arkiv[cluster]'`), not this checkout.

Without an address a local cluster is started for the run and stopped after it. Ray is optional:
nothing here is imported unless the engine is asked for.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indexer.run.task import ExtractTask, FileResult


class RayEngineError(RuntimeError):
    """Ray is missing or the cluster cannot be reached (one-line reason for the user)."""


@dataclass(frozen=True)
class EmbedSpec:
    """What a worker needs to load the archive's embedding model and cut passages as the archive
    does (picklable). The window is the archive's own (`arkiv.archive.settings_for_archive`): a
    worker that cut an old archive's items into a new archive's windows would give vectors under
    another cache key (the writer would not use them)."""

    model: str
    model_cache: str
    batch_size: int = 16
    passage_tokens: int | None = None
    passage_overlap: int | None = None


class FileWorker:
    """One worker: analyses files and embeds their items. Runs as a Ray actor."""

    def __init__(self, task: ExtractTask, spec: EmbedSpec, threads: int = 1) -> None:
        self.task, self.spec, self.threads = task, spec, threads
        self._embedder: Any = None

    def _model(self) -> Any:
        if self._embedder is None:
            from arkiv.settings import get_settings
            from indexer.embed.embedder import load_embedder

            settings = get_settings(
                embedding_model=self.spec.model,
                model_cache=Path(self.spec.model_cache),
                embed_batch_size=self.spec.batch_size,
                passage_tokens=self.spec.passage_tokens,
                passage_overlap=self.spec.passage_overlap,
            )
            self._embedder = load_embedder(settings, threads=self.threads, device=_device())
        return self._embedder

    def run(self, path: str, data: bytes | None) -> FileResult:
        """Analyse one file (its bytes as read by the driver) and embed its items."""
        original = Path(path)
        if data is None or _same_file(original, data):
            result = self.task(original)
        else:
            with tempfile.TemporaryDirectory(prefix="arkiv-ray-") as tmp:
                copy = Path(tmp) / original.name
                copy.write_bytes(data)
                result = self.task(copy)
            result.path = original
            if result.extraction is not None:
                result.extraction.source = str(original)
        if result.extraction is not None:
            result.vectors = self._vectors(result)
            result.vector_key = self._key()
        return result

    def _key(self) -> str:
        from indexer.embed.embedder import cache_key

        return cache_key(self._model())

    def _vectors(self, result: FileResult) -> dict[str, bytes]:
        from indexer.embed.embedder import embed_items, item_text, text_hash, to_blob

        assert result.extraction is not None
        texts = {text_hash(t): t for t in (item_text(it.title, it.text) for it in result.extraction.items)}
        mats = embed_items(self._model(), list(texts.values()))
        return {h: to_blob(m) for h, m in zip(texts, mats, strict=True)}


def _device() -> str | None:
    """'cuda' when Ray gave this worker a GPU, else None (the model's own default, the CPU)."""
    import ray

    return "cuda" if ray.get_gpu_ids() else None


def _same_file(path: Path, data: bytes) -> bool:
    """True when this node has the file the driver read (same size and bytes)."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _read(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes to ship, or None when the task should see the file itself (too large,
    unreadable: it reports why without the bytes travelling)."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        return path.read_bytes()
    except OSError:
        return None


def connect(address: str | None, workers: int | None) -> bool:
    """Join the cluster at `address`, or start a local one; True when this call started Ray.

    Raises:
        RayEngineError: Ray is not installed or the cluster cannot be reached.
    """
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as e:
        raise RayEngineError("the Ray engine needs Ray: pip install 'arkiv[cluster]'") from e
    if ray.is_initialized():
        return False
    # Ray's own notices (token authentication on a local cluster, ...) are not the user's business.
    logging.getLogger("ray").setLevel(logging.ERROR)
    import api
    import arkiv
    import indexer
    import models

    env = {"py_modules": [arkiv, indexer, models, api], "env_vars": {"RAY_USAGE_STATS_ENABLED": "0"}}
    kwargs: dict[str, Any] = {"runtime_env": env, "log_to_driver": False, "logging_level": "WARNING"}
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            # Ray runs workers at niceness 15 so its own daemons stay responsive; on a machine shared
            # with other work that starves them (measured: 25 CPU-seconds in 13 minutes at load 16).
            os.environ.setdefault("RAY_worker_niceness", "0")
            ray.init(num_cpus=workers or None, include_dashboard=False, **kwargs)
    except Exception as e:  # ConnectionError, RuntimeError, ... : all mean "no cluster there"
        raise RayEngineError(f"cannot reach a Ray cluster at {address or 'a new local cluster'}: {e}") from e
    return True


def run_ray(
    files: Sequence[Path],
    task: ExtractTask,
    spec: EmbedSpec,
    *,
    address: str | None = None,
    workers: int = 0,
) -> Iterator[FileResult]:
    """Run `task` and the embedding on a Ray cluster; yield the results in the files' order.

    Args:
        files: The files to analyse.
        task: The per-file task.
        spec: The embedding model the workers load.
        address: A running cluster's address (`ray start --head` prints it); None starts a local one.
        workers: Worker actors (0: one per CPU of the cluster).

    Raises:
        RayEngineError: Ray is not installed or the cluster cannot be reached.
    """
    started = connect(address, workers)
    import ray

    try:
        actors, start = _actors(ray, task, spec, workers)
        yield from _stream(ray, actors, start, files, task.max_bytes)
    finally:
        if started:
            ray.shutdown()  # also ends the actors; on a cluster we joined they end with the job


def _actors(ray: Any, task: ExtractTask, spec: EmbedSpec, workers: int) -> tuple[list[Any], Any]:
    """One actor per worker (an actor takes a GPU while the cluster has GPUs left), and a function
    that starts a replacement for one that died."""
    resources = ray.cluster_resources()
    n = workers or max(1, int(resources.get("CPU", 1)))
    gpus = int(resources.get("GPU", 0))
    remote = ray.remote(FileWorker)

    def start(gpu: bool = False) -> Any:
        return remote.options(num_cpus=1, num_gpus=1 if gpu else 0).remote(task, spec, 1)

    return [start(i < gpus) for i in range(n)], start


def _stream(
    ray: Any, actors: list[Any], start: Any, files: Sequence[Path], max_bytes: int
) -> Iterator[FileResult]:
    """Keep every actor busy with a bounded window of files; yield results in the files' order.

    A file whose worker died is reported (the run goes on) and the worker is replaced once per
    file, so a node lost mid-run costs its files in flight, not the run.
    """
    window = 2 * len(actors)  # a queued file per actor, and memory bounded by the window
    idle = deque(actors)
    pending: dict[Any, tuple[int, Any]] = {}  # object ref -> (file index, actor)
    done: dict[int, FileResult] = {}
    nxt = want = 0
    while want < len(files):
        while idle and nxt < len(files) and nxt - want < window:
            actor = idle.popleft()
            ref = actor.run.remote(str(files[nxt]), _read(files[nxt], max_bytes))
            pending[ref] = (nxt, actor)
            nxt += 1
        ready, _ = ray.wait(list(pending), num_returns=1)
        for ref in ready:
            i, actor = pending.pop(ref)
            done[i], alive = _result(ray, ref, files[i])
            idle.append(actor if alive else start())
        while want in done:
            yield done.pop(want)
            want += 1


def _result(ray: Any, ref: Any, path: Path) -> tuple[FileResult, bool]:
    """A worker's result, and whether the worker is still alive; a failure reports the file."""
    from ray.exceptions import RayActorError

    try:
        result: FileResult = ray.get(ref)
    except RayActorError:
        return FileResult(path, reason="could not be analysed: its cluster worker died"), False
    except Exception as e:  # the task raised on the worker (e.g. the model failed to load there)
        cause = getattr(e, "cause", None) or e
        first = (str(cause).strip().splitlines() or [""])[0]
        return FileResult(
            path, reason=f"could not be analysed on the cluster ({type(cause).__name__}: {first})"
        ), True
    result.path = path
    return result, True
