"""Choosing the engine that runs the per-file task: this process, or a pool of worker processes.

Every engine takes the files and an `ExtractTask` and yields one `FileResult` per file, in any
order; the pipeline puts them back in the files' order for the writer (`indexer.run.order`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from indexer.run.local import run_local
from indexer.run.task import ExtractTask, FileResult


def default_jobs() -> int:
    """One job per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def run_engine(
    files: Sequence[Path], task: ExtractTask, *, jobs: int = 0, time_limit: float = 0.0
) -> Iterator[FileResult]:
    """Run `task` on every file.

    Args:
        files: The files to analyse.
        task: The per-file task.
        jobs: Worker processes (0: one per core); 1 runs the task here, one file after another.
        time_limit: Seconds one file may take in a worker (0: no limit; not applied with one job).
    """
    jobs = jobs or default_jobs()
    if jobs <= 1:
        return run_local(files, task)
    from indexer.run.pool import run_pool

    return run_pool(files, task, jobs=jobs, time_limit=time_limit)
