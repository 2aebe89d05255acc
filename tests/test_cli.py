"""The `arkiv` command line: index summary, search --json contract, extract --json, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"


def arkiv(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `arkiv` as the console script would (a fresh process), with the hash embedder."""
    env = {**os.environ, "ARKIV_EMBEDDING_MODEL": "hash", **(env_extra or {})}
    env.pop("ARKIV_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "arkiv.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def seeds_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    run = arkiv("index", str(SEEDS), "--data", str(data), env_extra={"ARKIV_MODEL_CACHE": str(data.parent)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("indexed 5 documents / ")
    assert "personnummer masked: " in run.stdout
    return data


def test_index_again_reports_unchanged(seeds_data: Path) -> None:
    run = arkiv("index", str(SEEDS), "--data", str(seeds_data))
    assert run.returncode == 0
    assert "indexed 0 documents" in run.stdout and "unchanged 5 documents" in run.stdout


def test_index_reports_skipped_files_with_reasons(seeds_data: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n")
    run = arkiv("index", str(tmp_path), str(tmp_path / "saknas.txt"), "--data", str(seeds_data))
    assert run.returncode == 3  # nothing could be indexed
    lines = run.stdout.splitlines()
    assert any("empty.txt: " in ln for ln in lines)
    assert any("bild.png: unsupported file type .png" in ln for ln in lines)
    assert any("saknas.txt: no such file or directory" in ln for ln in lines)
    assert "Traceback" not in run.stderr


def test_search_json_contract(seeds_data: Path) -> None:
    run = arkiv("search", "skatteväxling", "--data", str(seeds_data), "--json", "--limit", "3")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert {"query", "mode", "total", "took_ms", "results", "facets"} <= set(data)
    assert data["query"] == "skatteväxling" and data["mode"] == "hybrid" and data["total"] >= 1
    r = data["results"][0]
    assert {"item_id", "source", "number", "title", "snippet", "score", "organization", "organ", "date",
            "diarienummer"} <= set(r)  # fmt: skip
    assert "<mark>" in r["snippet"]
    assert set(data["facets"]) == {"year", "organization", "organ", "doc_type", "party", "person", "kommun"}
    assert all({"value", "count", "selected"} <= set(v) for vals in data["facets"].values() for v in vals)


def test_search_text_and_filters(seeds_data: Path) -> None:
    run = arkiv("search", "vård", "--data", str(seeds_data), "--mode", "lexical", "--year", "2024")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0].endswith(")") or "träffar" in run.stdout.splitlines()[0]
    data = json.loads(arkiv("search", "vård", "--data", str(seeds_data), "--year", "2024", "--json").stdout)
    assert data["filters"] == {"year": "2024"}
    assert data["results"] and all(r["date"].startswith("2024") for r in data["results"] if r["date"])


def test_extract_json(tmp_path: Path) -> None:
    run = arkiv("extract", str(SEEDS / "002_a621b5fab89fefd5.txt"), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    keys = {
        "source",
        "sha256",
        "organization",
        "organ",
        "date",
        "doc_type",
        "items",
        "persons",
        "diarienummer",
    }
    assert keys | {"kommuner", "regions"} <= set(data)
    assert data["items"] and {"id", "number", "title", "text", "diarienummer", "entities", "actions"} <= set(
        data["items"][0]
    )
    assert "HSF240207" in data["diarienummer"]


def test_case_and_related_json(seeds_data: Path) -> None:
    run = arkiv("case", "hsf240207", "--data", str(seeds_data), "--json")
    assert run.returncode == 0, run.stderr
    case = json.loads(run.stdout)
    assert case["dnr"] == "HSF240207" and len(case["items"]) == 2
    run = arkiv("related", case["items"][0]["item_id"], "--data", str(seeds_data), "--json")
    rel = json.loads(run.stdout)["related"]
    assert rel[0]["item_id"] == case["items"][1]["item_id"] and rel[0]["kind"] == "case"


BAD = [
    (("search", "taxa", "--data", "{data}", "--from", "2024-13"), "not a date"),
    (("search", "x" * 600, "--data", "{data}"), "longer than"),
    (("search", "taxa", "--data", "{data}", "--year", "tjugo"), "four-digit year"),
    (("search", "taxa", "--data", "{missing}"), "no archive at"),
    (("search", "taxa", "--data", "{data}", "--mode", "fuzzy"), "invalid choice"),
    (("person", "Zlatan Ibrahimović", "--data", "{data}"), "no person matching"),
    (("case", "KS-1999-99999", "--data", "{data}"), "no case with diarienummer"),
    (("related", "nope-1", "--data", "{data}"), "no item with id"),
    (("extract", "{missing}/x.txt"), "no such file"),
    (("extract", "{bin}"), ""),
    (("bogus",), "invalid choice"),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_input_is_one_line_and_non_zero(
    seeds_data: Path, tmp_path: Path, capsys, monkeypatch, args, message
):
    # In-process (main() is what the console script runs) to keep the suite fast; one subprocess case below.
    from arkiv.cli import main

    monkeypatch.setenv("ARKIV_EMBEDDING_MODEL", "hash")
    monkeypatch.delenv("ARKIV_DEBUG", raising=False)
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    subst = {"data": str(seeds_data), "missing": str(tmp_path / "missing"), "bin": str(binary)}
    try:
        code = main([a.format(**subst) for a in args])
    except SystemExit as e:  # argparse usage errors
        code = e.code
    err = capsys.readouterr().err
    assert code not in (0, None)
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("arkiv: ") and message in lines[0]


def test_bad_input_in_a_real_process(seeds_data: Path) -> None:
    run = arkiv("person", "Zlatan Ibrahimović", "--data", str(seeds_data))
    assert run.returncode == 1 and run.stderr == "arkiv: no person matching 'Zlatan Ibrahimović'\n"


def test_model_mismatch_is_refused(seeds_data: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    import shutil

    from arkiv.cli import main

    data = tmp_path / "data"
    shutil.copytree(seeds_data, data)
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    manifest["embedding"]["model"] = "some-other-model"
    (data / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.setenv("ARKIV_EMBEDDING_MODEL", "hash")
    assert main(["search", "vård", "--data", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "archive was built with embedding model 'some-other-model'" in err
    # lexical search needs no model, so it still works on the same archive
    assert main(["search", "vård", "--data", str(data), "--mode", "lexical"]) == 0


def test_sources_manifest_is_not_reported_as_a_bad_file(tmp_path: Path) -> None:
    """A folder's sources.json is read by the indexer, so the walk neither indexes nor reports it."""
    from indexer.run.files import discover

    (tmp_path / "sources.json").write_text("[]", encoding="utf-8")
    (tmp_path / "data.json").write_text("{}", encoding="utf-8")
    (tmp_path / "protokoll.txt").write_text("§ 1 Val av justerare\n", encoding="utf-8")
    skipped: list[tuple[Path, str]] = []
    found = discover([tmp_path], lambda p, r: skipped.append((p, r)))
    assert found == [tmp_path / "protokoll.txt"]
    assert skipped == [(tmp_path / "data.json", "unsupported file type .json")]
