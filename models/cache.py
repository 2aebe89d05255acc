"""Model folders in the cache, built once and atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def build_once(cache_dir: Path, name: str, marker: str, build: Callable[[Path], None]) -> Path:
    """Return `cache_dir/name`, running `build(tmp_dir)` first if it is not complete yet.

    The build writes into a temporary sibling folder that is renamed into place, so an
    interrupted build never leaves a half-written model that looks complete.

    Args:
        cache_dir: The model cache (Settings.model_cache); created if missing.
        name: The model folder's name.
        marker: A file that only a complete folder has (e.g. "modules.json").
        build: Writes the model into the folder it is given.
    """
    cache_dir = Path(cache_dir).expanduser()
    target = cache_dir / name
    if (target / marker).is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=cache_dir))
    try:
        build(tmp)
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache is an ordinary folder
        try:
            os.replace(tmp, target)
        except OSError:
            # Another process finished first (target is a non-empty dir): keep theirs.
            if not (target / marker).is_file():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target
