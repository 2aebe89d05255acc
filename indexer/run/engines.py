"""Choosing the engine that runs the per-file task: this process, a pool of worker processes, or the
workers of a Ray cluster (`indexer.run.ray_engine`, which also embeds where it analyses).

Every engine takes the files and an `ExtractTask` and yields one `FileResult` per file, in any
order; the pipeline puts them back in the files' order for the writer (`indexer.run.order`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from arkiv.settings import Settings
from indexer.run.local import run_local
from indexer.run.task import ExtractTask, FileResult


def default_jobs() -> int:
    """One job per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def prepare_engine(settings: Settings, files: int = 1) -> None:
    """Get the engine ready before the run: the pool's fork server starts warming up at once.

    Called as early as possible (it costs nothing when the server is already running); a server
    started for a run that then finds every file unchanged ends with the run, unused.

    Args:
        settings: As for `run_engine`.
        files: How many files the run will analyse (none: nothing is started).
    """
    if files and settings.engine == "local" and (settings.jobs or default_jobs()) > 1:
        from indexer.run.pool import start_server

        start_server()


def run_engine(files: Sequence[Path], task: ExtractTask, settings: Settings) -> Iterator[FileResult]:
    """Run `task` on every file, on the engine the settings choose.

    Args:
        files: The files to analyse.
        task: The per-file task.
        settings: `engine` ('local' or 'ray'); for 'local', `jobs` worker processes (0: one per core;
            1 runs the task here, one file after another) and `file_time_limit` (seconds one file may take
            in a worker; 0: no limit; not applied with one job); for 'ray', `ray_address`, `ray_workers`
            and the embedding model the workers load.
    """
    if settings.engine == "ray":
        from indexer.run.ray_engine import EmbedSpec, run_ray

        spec = EmbedSpec(
            settings.embedding_model,
            str(settings.model_cache),
            settings.embed_batch_size,
            settings.passage_tokens,  # the archive's window (settings_for_archive), not a new archive's
            settings.passage_overlap,
        )
        return run_ray(files, task, spec, address=settings.ray_address, workers=settings.ray_workers)
    jobs = settings.jobs or default_jobs()
    if jobs <= 1:
        return run_local(files, task)
    from indexer.run.pool import run_pool

    return run_pool(files, task, jobs=jobs, time_limit=settings.file_time_limit)
