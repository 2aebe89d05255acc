"""The files of an indexing run: folders walked, non-documents reported with a reason, contents hashed.

Whatever a folder holds, the walk names it once: a document to index, or a reason it is not one —
an unsupported type, a link whose target is missing, a link loop, a named pipe (opening one would
wait for a writer forever), a folder that cannot be read. Nothing here raises for one odd entry.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
# Files that travel with document folders but are not meeting documents.
NOT_DOCUMENTS = {"readme", "license", "licence", "changelog", "manifest"}
# The portal manifest the indexer itself reads (indexer.meta.sources): reporting it as an unsupported
# file would tell the user something is wrong with a file arkiv uses.
READ_BESIDE = {"sources.json"}

#: Receives (path, reason) for what is named or found but is not indexed.
Skip = Callable[[Path, str], None]

_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _os_reason(e: OSError) -> str:
    """A file-system error in a few words."""
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    if e.errno == errno.ENOENT:
        return "no such file or directory"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "unreadable (permission denied)"
    if e.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return f"unreadable ({e.strerror or type(e).__name__})"


def _kind_reason(mode: int) -> str:
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"not a regular file ({kind})" if kind != "not a regular file" else kind


def _stat(path: Path, skip: Skip) -> os.stat_result | None:
    """The file's status through links, or None (reported) for a dangling link, a loop or an error."""
    try:
        return os.stat(path)
    except OSError as e:
        if e.errno == errno.ENOENT and os.path.islink(path):
            skip(path, "dangling symbolic link (its target does not exist)")
        else:
            skip(path, _os_reason(e))
    except ValueError:  # a NUL byte cannot come from the file system, but can from an argument
        skip(path, "invalid file name")
    return None


def discover(paths: Iterable[Path], skip: Skip) -> list[Path]:
    """Expand folders into document files, in a stable order (sorted by path).

    Args:
        paths: Files and folders (searched recursively; hidden files and folders are left out;
            links are followed, each folder is searched once).
        skip: Called with (path, reason) for each entry that is named or found but is not a document.

    Returns:
        The document files to index.
    """
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for p in paths:
        st = _stat(p, skip)
        if st is None:
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(p, st, found, seen_dirs, skip)
        elif stat.S_ISREG(st.st_mode):
            found.append(p)  # named explicitly: indexed whatever its name; the task says if it cannot be
        else:
            skip(p, _kind_reason(st.st_mode))
    return found


def _walk(root: Path, st: os.stat_result, found: list[Path], seen: set[tuple[int, int]], skip: Skip) -> None:
    """Depth-first, entries sorted by name (the same order as sorting the full paths)."""
    seen.add((st.st_dev, st.st_ino))
    try:
        with os.scandir(root) as it:
            names = sorted(entry.name for entry in it)
    except OSError as e:
        skip(root, f"folder {_os_reason(e)}")
        return
    for name in names:
        if name.startswith("."):
            continue
        path = root / name
        st_child = _stat(path, skip)
        if st_child is None:
            continue
        if stat.S_ISDIR(st_child.st_mode):
            if (st_child.st_dev, st_child.st_ino) in seen:
                skip(path, "symbolic link to a folder already searched (a loop?)")
            else:
                _walk(path, st_child, found, seen, skip)
        elif not stat.S_ISREG(st_child.st_mode):
            skip(path, _kind_reason(st_child.st_mode))
        elif Path(name).stem.lower() in NOT_DOCUMENTS or name.lower() in READ_BESIDE:
            continue  # a folder's README or manifest describes the documents, it is not one
        elif Path(name).suffix.lower() not in SUPPORTED:
            skip(path, f"unsupported file type {Path(name).suffix or '(none)'}")
        else:
            found.append(path)


def open_regular(path: Path) -> int:
    """Open a file for reading, refusing anything but a regular file without waiting on it.

    O_NONBLOCK: a named pipe put where a document was found opens at once instead of waiting for
    a writer; fstat then refuses it.

    Raises:
        OSError: The file cannot be opened, or is not a regular file (errno EINVAL).
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file")
    return fd


def file_sha256(path: Path, *, chunk: int = 1 << 20) -> str | None:
    """The sha256 of a file's bytes (the document key), or None when it cannot be read.

    Hashing before analysing lets a run skip unchanged documents without parsing them; a file
    that cannot be read here is left to the task, which reports why.
    """
    h = hashlib.sha256()
    try:
        with os.fdopen(open_regular(path), "rb") as fh:
            while block := fh.read(chunk):
                h.update(block)
    except (OSError, ValueError):
        return None
    return h.hexdigest()
