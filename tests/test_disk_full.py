"""A full disk: the run says so ("disk full after N documents; the archive is consistent; free space
and run again", exit status 4), the archive holds the N documents whole, and the next run with space
completes an archive identical to a clean build.

Fast: write failures injected where SQLite and the end-of-run files write. Slow: a real full disk, a
small tmpfs mounted in a private mount namespace (`unshare -m`), so it disappears with the test.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TEXT_CORPUS, hash_settings
from snapshot import fts_ok, snapshot

from indexer.pipeline import index_paths
from indexer.run.guard import DiskFullError
from indexer.store import rows as store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"


def _full() -> sqlite3.OperationalError:
    e = sqlite3.OperationalError("database or disk is full")
    e.sqlite_errorcode, e.sqlite_errorname = 13, "SQLITE_FULL"  # as SQLite sets them
    return e


def _documents(data: Path) -> int:
    conn = sqlite3.connect(data / "archive.sqlite")
    n = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    return int(n)


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("clean")
    s = hash_settings(root / "data", root / "cache", jobs=1)
    index_paths([SEEDS], s)
    return snapshot(s.data)


def test_sqlite_full_mid_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_build) -> None:  # type: ignore[no-untyped-def]
    s = hash_settings(tmp_path / "data", tmp_path / "cache", jobs=1)
    real = store.write_extraction
    calls = []

    def fill_up(conn, ex, **kw):  # type: ignore[no-untyped-def]
        calls.append(ex.source)
        if len(calls) == 3:
            real(conn, ex, **kw)  # half written, then the disk is full: the transaction rolls back
            raise _full()
        return real(conn, ex, **kw)

    monkeypatch.setattr(store, "write_extraction", fill_up)
    with pytest.raises(DiskFullError) as e:
        index_paths([SEEDS], s)
    assert str(e.value) == "disk full after 2 documents; the archive is consistent; free space and run again"
    assert _documents(s.data) == 2 and fts_ok(s.data / "archive.sqlite")
    monkeypatch.undo()
    report = index_paths([SEEDS], s)
    assert len(report.indexed) == 3 and len(report.unchanged) == 2
    assert snapshot(s.data) == clean_build


def test_full_while_writing_the_end_of_run_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_build
) -> None:  # type: ignore[no-untyped-def]
    import indexer.pipeline as pipeline

    s = hash_settings(tmp_path / "data", tmp_path / "cache", jobs=1)
    index_paths([SEEDS / "000_3d44ddcbe33345b6.txt"], s)
    before = (s.data / "manifest.json").read_bytes()

    def no_space(*a, **kw):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline, "save_vectors_and_manifest", no_space)
    with pytest.raises(DiskFullError, match="disk full after 4 documents"):
        index_paths([SEEDS], s)
    assert (s.data / "manifest.json").read_bytes() == before  # the previous end-of-run files stand
    monkeypatch.undo()
    report = index_paths([SEEDS], s)
    assert not report.indexed and len(report.unchanged) == 5
    assert snapshot(s.data) == clean_build


def test_the_cli_says_disk_full_with_its_own_exit_status(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from arkiv.cli import EXIT_DISK_FULL, main

    monkeypatch.setenv("ARKIV_EMBEDDING_MODEL", "hash")
    monkeypatch.setenv("ARKIV_MODEL_CACHE", str(tmp_path / "cache"))

    def full(*a, **kw):  # type: ignore[no-untyped-def]
        raise _full()

    monkeypatch.setattr(store, "write_extraction", full)
    code = main(["index", str(SEEDS), "--data", str(tmp_path / "data"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == EXIT_DISK_FULL == 4
    assert err.endswith(
        "arkiv: disk full after 0 documents; the archive is consistent; free space and run again\n"
    )


_CHILD = r"""
set -u
mount -t tmpfs -o size={size} tmpfs {mnt}
cd {root}
export ARKIV_EMBEDDING_MODEL=hash ARKIV_MODEL_CACHE={cache}
{py} -m arkiv.cli index {corpus} --data {mnt}/data --jobs 2 > {out}/first.out 2> {out}/first.err
echo $? > {out}/first.rc
{py} - > {out}/state.json <<'EOF'
import json, sqlite3, sys
sys.path.insert(0, "tests")
from snapshot import fts_ok
conn = sqlite3.connect("file:{mnt}/data/archive.sqlite?mode=ro", uri=True)
state = {{"integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
          "documents": conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
          "orphans": conn.execute("SELECT COUNT(*) FROM documents d WHERE n_items !="
                                  " (SELECT COUNT(*) FROM items i WHERE i.doc_id = d.id)").fetchone()[0]}}
conn.close()
state["fts"] = fts_ok("{mnt}/data/archive.sqlite")
print(json.dumps(state))
EOF
mount -o remount,size=256m {mnt}
{py} -m arkiv.cli index {corpus} --data {mnt}/data --jobs 2 > {out}/second.out 2> {out}/second.err
echo $? > {out}/second.rc
cp -a {mnt}/data {out}/healed
"""


@pytest.fixture(scope="module")
def clean_corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("clean_corpus")
    s = hash_settings(root / "data", root / "cache", jobs=1)
    index_paths(TEXT_CORPUS, s)
    return snapshot(s.data)


@pytest.mark.slow
@pytest.mark.parametrize("size", ["700k", "1600k", "2700k"])
def test_a_real_full_disk(tmp_path: Path, size: str, clean_corpus) -> None:  # type: ignore[no-untyped-def]
    """A tmpfs too small for the archive, in a mount namespace of its own: gone when the test ends."""
    mnt, out = tmp_path / "mnt", tmp_path / "out"
    mnt.mkdir()
    out.mkdir()
    corpus = " ".join(str(p) for p in TEXT_CORPUS)
    script = _CHILD.format(size=size, mnt=mnt, root=ROOT, cache=tmp_path / "cache", py=sys.executable,
                           corpus=corpus, out=out)  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script], env=env,
                         capture_output=True, text=True, timeout=900)  # fmt: skip
    assert run.returncode == 0, run.stderr
    first_err = (out / "first.err").read_text()
    assert (out / "first.rc").read_text().strip() == "4", first_err
    message = first_err.strip().splitlines()[-1].split("\r")[-1]
    state = json.loads((out / "state.json").read_text())
    assert message == (
        f"arkiv: disk full after {state['documents']} documents; the archive is consistent; free space and "
        "run again"
    )
    assert state["integrity"] == "ok" and state["fts"] and state["orphans"] == 0
    assert (out / "second.rc").read_text().strip() == "0", (out / "second.err").read_text()
    assert snapshot(out / "healed") == clean_corpus
    assert not (mnt / "data").exists()  # the tmpfs was never mounted here
    shutil.rmtree(out)
