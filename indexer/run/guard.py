"""What protects the archive during a run: one writer at a time, leftovers of a killed run removed,
and a full disk told apart from every other failure.

A full disk is no bug and no bad input: the documents written before it are whole (each is one
transaction), the end-of-run files are written to temporary files and renamed, so the archive is
consistent and the next run, with space freed, completes it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from arkiv.archive import ArchiveError

#: errno values that mean "no room": no space, no quota left, a file-size limit.
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
#: Temporary files the end-of-run writes leave when killed (see indexer.store and arkiv.archive).
_LEFTOVERS = (".lexicon-*.npz", ".vectors.faiss.*.tmp", ".manifest.*.tmp")
LOCK_NAME = ".index.lock"


class DiskFullError(Exception):
    """The disk filled up during a run; the archive holds every document written before."""

    def __init__(self, documents: int) -> None:
        super().__init__(
            f"disk full after {documents} documents; the archive is consistent; free space and run again"
        )
        self.documents = documents


class ArchiveBusyError(ArchiveError):
    """Another `arkiv index` is writing the same archive."""


def is_disk_full(e: BaseException) -> bool:
    """True when an exception (or one it was raised from) says the disk or a quota is full."""
    seen: set[int] = set()
    cur: BaseException | None = e
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, OSError) and cur.errno in _FULL_ERRNOS:
            return True
        if isinstance(cur, sqlite3.Error) and (
            getattr(cur, "sqlite_errorname", "") == "SQLITE_FULL" or "database or disk is full" in str(cur)
        ):
            return True
        if isinstance(cur, RuntimeError) and "No space left on device" in str(cur):  # FAISS's writer
            return True
        cur = cur.__cause__ or cur.__context__
    return False


@contextmanager
def writing(root: Path) -> Iterator[None]:
    """Hold the archive's writer lock for a run; remove what a killed run left behind.

    The lock is an advisory `flock` on a file in the archive directory: the kernel releases it when
    the process ends, however it ends, so a killed run never leaves the archive locked.

    Raises:
        ArchiveBusyError: Another process holds the lock.
    """
    import fcntl

    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            raise ArchiveBusyError(
                f"another `arkiv index` is writing {root}; wait for it to finish and run again"
            ) from e
        for pattern in _LEFTOVERS:  # only this process writes here now
            for leftover in root.glob(pattern):
                leftover.unlink(missing_ok=True)
        yield
    finally:
        os.close(fd)


def die_with_parent() -> None:
    """Have Linux kill this process when its parent ends, however the parent ends (even SIGKILL).

    For the process pool: the fork server and its workers must not outlive a killed indexer, and a
    worker busy on a hostile file would otherwise run on until that file is done.
    """
    import contextlib
    import ctypes
    import signal

    # Not Linux (no prctl): a worker then ends at its next read instead.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
