"""Results put back in the files' order, so every engine writes the same archive.

The archive's ids (documents, items, persons) are given in the order documents are written, and a
person's identity is resolved against the people written before; an engine that completes files
out of order would build another archive from the same files. The writer therefore receives the
results in the files' order; a result that arrives early waits here (the engine bounds how many
can: `indexer.run.pool`'s `ahead`).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from indexer.run.task import FileResult


def in_order(results: Iterable[FileResult], files: Sequence[Path]) -> Iterator[FileResult]:
    """Yield `results` (one per file, in any order) in the order of `files`.

    Args:
        results: What the engine yields; each result's `path` is one of `files`.
        files: The files in the order the archive gets them (a path named twice comes twice).
    """
    positions: dict[Path, deque[int]] = defaultdict(deque)
    for i, f in enumerate(files):
        positions[f].append(i)
    waiting: dict[int, FileResult] = {}
    expected = 0
    for result in results:
        waiting[positions[result.path].popleft()] = result
        while expected in waiting:
            yield waiting.pop(expected)
            expected += 1
    for i in sorted(waiting):  # an engine that lost a file: write the rest anyway, in order
        yield waiting[i]
