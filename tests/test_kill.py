"""SIGKILL at random moments of indexing and of re-indexing: the next run heals the archive into the
one an uninterrupted run builds (every row and id, FTS5 integrity, lexicon, vectors, manifest), and the
killed run's worker processes end with it. Readers asking the server while another process indexes
get no error and see the new documents without a restart.

Two kinds of moment: a random SQL statement of the run (the process kills itself from SQLite's trace
callback: inside a document's transaction, at its commit, between documents, while pruning), and a
random time after the start (also inside the pool, the lexicon and the FAISS writes).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import TEXT_CORPUS, hash_settings
from snapshot import fts_ok, snapshot

from indexer.pipeline import index_paths

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"
DEV = ROOT / "corpus" / "dev"

#: Runs `arkiv index` and SIGKILLs itself at the Nth SQL statement (argv: N, then arkiv's arguments).
_KILLER = r"""
import os, signal, sys
import arkiv.archive, indexer.pipeline
n = int(sys.argv[1])
seen = 0
def trace(sql):
    global seen
    seen += 1
    if seen == n:
        os.kill(os.getpid(), signal.SIGKILL)
real = arkiv.archive.connect
def connect(*a, **kw):
    conn = real(*a, **kw)
    conn.set_trace_callback(trace)
    return conn
indexer.pipeline.connect = connect
from arkiv.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _env(cache: Path) -> dict[str, str]:
    return {
        **os.environ,
        "ARKIV_EMBEDDING_MODEL": "hash",
        "ARKIV_MODEL_CACHE": str(cache),
        "PYTHONPATH": str(ROOT),
    }


def _killed_run(
    args: list[str], cache: Path, *, statement: int | None = None, after: float | None = None
) -> int:
    """Run `arkiv index ARGS` and kill it (at an SQL statement, or after some seconds); returns the
    exit status. Waits until every process of the run (the pool's fork server and workers) is gone."""
    cmd = [sys.executable, "-c", _KILLER, str(statement or 0), *args]
    proc = subprocess.Popen(cmd, env=_env(cache), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    try:
        if after is not None:
            try:
                proc.wait(timeout=after)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
        code = proc.wait(timeout=300)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _group_alive(proc.pid):
            time.sleep(0.1)
        assert not _group_alive(proc.pid), "worker processes outlived the killed indexer"
        return code
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)


def _group_alive(pgid: int) -> bool:
    """True while a process of the group runs (zombies left for a container's init to reap do not)."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _copy_corpus(folder: Path) -> list[Path]:
    for src in TEXT_CORPUS:
        shutil.copytree(src, folder / src.name)
    return [folder / "seeds", folder / "dev"]


def _change_corpus(folder: Path) -> None:
    """Two documents of the copied corpus changed and one added: a re-index's input."""
    seed = sorted((folder / "seeds").iterdir())
    seed[0].write_text(
        seed[0].read_text(encoding="utf-8").replace("Nära vård", "Nära omsorg"), encoding="utf-8"
    )
    dev = sorted((folder / "dev").glob("*.txt"))
    dev[1].write_text(
        dev[1].read_text(encoding="utf-8") + "\n\nBilaga: tilläggsbeslut om Vrakatdagen.\n", encoding="utf-8"
    )
    (folder / "dev" / "ny_kallelse.txt").write_text(
        seed[2].read_text(encoding="utf-8") + "\nNytt ärende\n", encoding="utf-8"
    )
    return [folder / "seeds", folder / "dev"]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The references: a clean build of the corpus, and a re-index of the changed corpus over it."""
    root = tmp_path_factory.mktemp("kill")
    cache = root / "cache"
    clean = hash_settings(root / "clean", cache, jobs=1)
    index_paths(TEXT_CORPUS, clean)
    changed = _copy_corpus(root / "corpus")
    first = hash_settings(root / "first", cache, jobs=1)
    index_paths(changed, first)
    _change_corpus(root / "corpus")
    second = hash_settings(root / "second", cache, jobs=1)
    shutil.copytree(first.data, second.data)
    report = index_paths(changed, second)
    assert len(report.replaced) == 2 and len(report.indexed) == 3
    return {"root": root, "cache": cache, "first": first.data, "changed": changed,
            "clean": snapshot(clean.data), "reindexed": snapshot(second.data)}  # fmt: skip


@pytest.mark.slow
def test_sigkill_while_indexing_heals_to_a_clean_build(world: dict[str, object], tmp_path: Path) -> None:
    rng = random.Random(20261206)
    paths = [str(p) for p in TEXT_CORPUS]
    outcomes = []
    for trial in range(11):
        data = tmp_path / f"t{trial}"
        if trial < 7:
            code = _killed_run(["index", *paths, "--data", str(data), "--jobs", "2"], world["cache"],  # type: ignore[arg-type]
                               statement=rng.randint(1, 7200))  # fmt: skip
        else:
            code = _killed_run(["index", *paths, "--data", str(data), "--jobs", "2"], world["cache"],  # type: ignore[arg-type]
                               after=rng.uniform(1.0, 12.0))  # fmt: skip
        outcomes.append(code)
        if data.exists():
            assert fts_ok(data / "archive.sqlite")
        index_paths(TEXT_CORPUS, hash_settings(data, world["cache"], jobs=1))  # type: ignore[arg-type]
        assert snapshot(data) == world["clean"], f"trial {trial} (exit {code})"
        shutil.rmtree(data)
    assert outcomes.count(-signal.SIGKILL) >= 7, outcomes  # most runs were really killed mid-way


@pytest.mark.slow
def test_sigkill_while_reindexing_changed_files_heals(world: dict[str, object], tmp_path: Path) -> None:
    rng = random.Random(61202026)
    changed = [str(p) for p in world["changed"]]  # type: ignore[attr-defined]
    outcomes = []
    for trial in range(9):
        data = tmp_path / f"r{trial}"
        shutil.copytree(world["first"], data)  # type: ignore[arg-type]
        args = ["index", *changed, "--data", str(data), "--jobs", "2"]
        if trial < 6:
            code = _killed_run(args, world["cache"], statement=rng.randint(1, 1250))  # type: ignore[arg-type]
        else:
            code = _killed_run(args, world["cache"], after=rng.uniform(1.0, 10.0))  # type: ignore[arg-type]
        outcomes.append(code)
        assert fts_ok(data / "archive.sqlite")
        index_paths(world["changed"], hash_settings(data, world["cache"], jobs=1))  # type: ignore[arg-type]
        assert snapshot(data) == world["reindexed"], f"trial {trial} (exit {code})"
        shutil.rmtree(data)
    assert outcomes.count(-signal.SIGKILL) >= 6, outcomes


@pytest.mark.slow
def test_readers_during_indexing_get_no_error_and_see_new_documents(
    world: dict[str, object], tmp_path: Path
) -> None:
    import httpx

    data = tmp_path / "served"
    seeds_only = hash_settings(data, world["cache"], jobs=1)  # type: ignore[arg-type]
    index_paths([SEEDS], seeds_only)
    port = 18000 + os.getpid() % 1000
    server = subprocess.Popen(
        [sys.executable, "-m", "arkiv.cli", "serve", "--data", str(data), "--port", str(port)],
        env=_env(world["cache"]), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,  # type: ignore[arg-type]
        start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    errors: list[str] = []
    requests = [0]
    stop = threading.Event()
    try:
        _wait_for(base)

        def reader(k: int) -> None:
            queries = ["vård", "budget", "Vrakatdagen", "skatteväxling", "protokoll"]
            with httpx.Client(base_url=base, timeout=30) as client:
                while not stop.is_set() and requests[0] < 20_000:
                    q = queries[(k + requests[0]) % len(queries)]
                    r = client.get("/api/search", params={"q": q, "mode": "lexical"})
                    requests[0] += 1
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {r.text[:200]}")

        threads = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        indexer = subprocess.run(
            [sys.executable, "-m", "arkiv.cli", "index", str(DEV), "--data", str(data), "--jobs", "2"],
            env=_env(world["cache"]), cwd=ROOT, capture_output=True, text=True, timeout=600,  # type: ignore[arg-type]
        )  # fmt: skip
        time.sleep(1.0)
        stop.set()
        for t in threads:
            t.join()
        assert indexer.returncode == 0, indexer.stderr
        print(f"\nreaders during indexing: {requests[0]} requests, {len(errors)} errors")
        assert not errors, errors[:3]
        assert requests[0] > 50
        found = httpx.get(
            f"{base}/api/search", params={"q": "Vrakatdagen", "mode": "lexical"}, timeout=30
        ).json()
        assert found["total"] >= 2  # documents of the run, seen without a restart
    finally:
        stop.set()
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def _wait_for(base: str) -> None:
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/stats", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError("the server did not start")
