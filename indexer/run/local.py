"""The in-process engine: files analysed one after another in this process (the default)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from indexer.run.task import FileResult


def run_local(files: Sequence[Path], task: Callable[[Path], FileResult]) -> Iterator[FileResult]:
    """Yield the task's result for each file, in order."""
    for f in files:
        yield task(f)
