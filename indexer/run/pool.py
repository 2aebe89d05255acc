"""The process-pool engine: files analysed in worker processes, each file under a wall-time limit.

`--jobs N` workers run `ExtractTask` while this process embeds and writes; a thread of this process
feeds the workers, so none waits for the writer to finish a batch before it gets its next file. A
worker that passes the time limit on one file is killed and replaced, and that file is reported with
its reason; a worker that dies (a crash in a C library, the kernel's out-of-memory killer) is
replaced the same way. The run goes on either way.

Workers are forked from a fork server (`multiprocessing`'s "forkserver" start method) that imported
and warmed up the analysis once (`indexer.run.warm`): a new worker starts in milliseconds, shares the
server's memory pages, and carries no thread or model of this process (the embedder, progress bars).
Results come back as they complete, so their order may differ from the files' order; the pipeline
writes them in the files' order (`indexer.run.order`). At most `ahead` files past the oldest
unfinished one are sent out, which bounds what waits in memory behind a slow file; it is wide (16 per
worker + 16) so that one long file, an OCR'd scan, does not leave the other workers idle.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path

from indexer.run.guard import die_with_parent
from indexer.run.task import FileResult

Task = Callable[[Path], FileResult]


def _serve(conn: Connection, task: Task) -> None:
    """A worker: analyse the files it is sent, one at a time, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the indexer's to handle
    die_with_parent()  # the fork server, which itself dies with the indexer (indexer.run.warm)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return  # the indexer is gone
        if msg is None:
            return
        index, path = msg
        result = task(path)
        try:
            conn.send((index, result))
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as e:  # a result that cannot be pickled: still one line for the file
            conn.send((index, FileResult(path, reason=f"could not be analysed ({type(e).__name__}: {e})")))


@dataclass
class _Worker:
    proc: BaseProcess
    conn: Connection
    job: tuple[int, Path] | None = None
    deadline: float = float("inf")


def _context() -> BaseContext:
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["indexer.run.warm"])
    return ctx


def start_server() -> None:
    """Start the fork server now, so it imports and warms up the analysis (~1.5 s of CPU) while this
    process prepares the run (hashing the files, loading the embedding model); `run_pool` then finds
    it running. Without this call the server starts with the first worker."""
    from multiprocessing import forkserver

    _context()  # its preload
    forkserver.ensure_running()


def _start(ctx: BaseContext, task: Task) -> _Worker:
    here, there = ctx.Pipe()
    proc = ctx.Process(target=_serve, args=(there, task), name="arkiv-extract", daemon=True)  # type: ignore[attr-defined]
    proc.start()
    there.close()
    return _Worker(proc, here)


def _stop(w: _Worker, *, kill: bool) -> None:
    if not kill:
        try:
            w.conn.send(None)
        except OSError:
            kill = True
    if kill or w.job is not None:
        w.proc.kill()
    w.proc.join(timeout=5)
    if w.proc.is_alive():
        w.proc.kill()
        w.proc.join()
    w.conn.close()


def _died(w: _Worker) -> str:
    w.proc.join(timeout=5)
    code = w.proc.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        hint = " (out of memory?)" if -code == signal.SIGKILL else ""
        return f"the analysing process was killed by {name}{hint}"
    return f"the analysing process ended unexpectedly (exit status {code})"


#: What the pool's thread puts after the last result.
_DONE = object()


@dataclass(frozen=True)
class _Limits:
    """How the pool runs (`run_pool`'s arguments).

    Attributes:
        jobs: Worker processes.
        time_limit: Seconds one file may take (0: no limit).
        ahead: How many files past the oldest unfinished one may be sent out.
    """

    jobs: int
    time_limit: float
    ahead: int


@dataclass(frozen=True)
class _Link:
    """What the pool's thread and the consumer share.

    Attributes:
        results: The results, then `_DONE` (or the exception that stopped the thread).
        stop: Set when the consumer is gone.
        wake: The read end of a pipe written to when the consumer stops: the thread stops waiting.
    """

    results: queue.Queue[object]
    stop: threading.Event
    wake: int


def run_pool(
    files: Sequence[Path], task: Task, *, jobs: int, time_limit: float = 0.0, ahead: int = 0
) -> Iterator[FileResult]:
    """Yield the task's result for each file as the workers complete them.

    The workers are fed and their results collected by a thread of this process, so a worker that
    finishes a file gets the next one at once, also while the consumer (the archive writer) is busy
    embedding and writing; a queue of at most `ahead` results between them bounds what waits in
    memory when the writer is the slower side.

    Args:
        files: The files to analyse.
        task: A picklable callable, path -> FileResult, that never raises (`ExtractTask`).
        jobs: Worker processes.
        time_limit: Seconds one file may take (0: no limit); past it the worker is killed and the
            file reported.
        ahead: How many files past the oldest unfinished one may be sent out, and how many results
            may wait for the consumer (0: 16 per worker + 16).
    """
    if not files:
        return
    ahead = ahead or 16 * jobs + 16
    results: queue.Queue[object] = queue.Queue(maxsize=ahead)
    stop = threading.Event()
    wake_r, wake_w = os.pipe()  # written to when the consumer stops: the thread stops waiting
    feeder = threading.Thread(
        target=_feed,
        args=(files, task, _Limits(jobs, time_limit, ahead), _Link(results, stop, wake_r)),
        name="arkiv-pool",
        daemon=True,
    )
    feeder.start()
    try:
        while (item := results.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        os.write(wake_w, b"x")
        feeder.join()
        os.close(wake_r)
        os.close(wake_w)


def _feed(files: Sequence[Path], task: Task, limits: _Limits, link: _Link) -> None:
    """The pool's thread: send files to idle workers, put their results on `link.results`; stop the
    workers at the end, or as soon as `link.stop` is set (the consumer is gone)."""

    def put(item: object) -> bool:
        while not link.stop.is_set():
            try:
                link.results.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    ctx = _context()
    pending = deque(enumerate(files))
    workers: list[_Worker] = []
    try:
        workers += [_start(ctx, task) for _ in range(max(1, min(limits.jobs, len(files))))]
        while not link.stop.is_set():
            _dispatch(workers, pending, limits.ahead, limits.time_limit)
            busy = [w for w in workers if w.job is not None]
            if not busy:
                put(_DONE)
                return
            for k, result in _collect(busy, limits.time_limit, link.wake):
                if k is not None:  # the worker is gone: a fresh one takes its place
                    workers[workers.index(busy[k])] = _start(ctx, task)
                if not put(result):
                    return
    except BaseException as e:  # a worker that cannot start, a broken pipe: the consumer raises it
        put(e)
    finally:
        for w in workers:
            _stop(w, kill=False)


def _dispatch(workers: list[_Worker], queue: deque[tuple[int, Path]], ahead: int, time_limit: float) -> None:
    """Send the next files to idle workers, no further than `ahead` past the oldest unfinished file."""
    for w in workers:
        if w.job is not None or not queue:
            continue
        oldest = min([v.job[0] for v in workers if v.job is not None] + [queue[0][0]])
        if queue[0][0] >= oldest + ahead:
            return
        w.job = queue.popleft()
        w.deadline = time.monotonic() + time_limit if time_limit else float("inf")
        w.conn.send(w.job)


def _collect(busy: list[_Worker], time_limit: float, wake: int) -> Iterator[tuple[int | None, FileResult]]:
    """Wait for the first results (or deadlines, or a byte on `wake`); yield (index in `busy` of a
    worker to replace or None, result)."""
    timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic()) if time_limit else None
    ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy] + [wake], timeout))
    for k, w in enumerate(busy):
        assert w.job is not None
        _, path = w.job
        if w.conn in ready or w.proc.sentinel in ready:
            try:
                _, result = w.conn.recv()
            except (EOFError, OSError):
                yield k, FileResult(path, reason=_died(w))
                w.conn.close()
                continue
            w.job, w.deadline = None, float("inf")
            yield None, result
        elif time.monotonic() >= w.deadline:
            w.proc.kill()
            w.proc.join()
            w.conn.close()
            yield (
                k,
                FileResult(path, reason=f"took longer than {time_limit:g} s to read and analyse (stopped)"),
            )
