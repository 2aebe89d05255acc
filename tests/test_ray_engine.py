"""`arkiv index --engine ray` on a two-node Ray cluster started here builds the in-process archive.

Slow (~1-3 minutes: two `ray start` nodes, workers that import spaCy). The cluster is this test's
own: its nodes run `ray start --block` as child processes with their own ports and temp dir, and
are stopped by their process ids at the end (never `ray stop`, which would stop every Ray node of
this machine's user). The archive is built with the hash embedder, whose vectors do not depend on
batching, so "identical" can be checked exactly.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from arkiv.settings import Settings
from tests.conftest import TEXT_CORPUS, hash_settings

pytestmark = pytest.mark.slow

RAY = Path(sys.executable).with_name("ray")
QUERIES = [
    "skatteväxling",
    "VA-taxa",
    "Vrakatdagen",
    "skydd för politiker som utsätts för hot",
    "budget 2025",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _node(args: list[str], temp: Path) -> subprocess.Popen[bytes]:
    """One Ray node in the foreground (`--block`): it lives exactly as long as this child process."""
    ports = ["--dashboard-agent-listen-port", "--dashboard-agent-grpc-port", "--metrics-export-port",
             "--runtime-env-agent-port", "--node-manager-port", "--object-manager-port"]  # fmt: skip
    cmd = [str(RAY), "start", "--block", "--num-cpus", "1", "--disable-usage-stats", *args]
    for p in ports:
        cmd += [p, str(_free_port())]
    log = open(temp / f"node-{len(list(temp.glob('node-*.log')))}.log", "wb")  # noqa: SIM115 - closed with the node
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=_env(), start_new_session=True)


def _env() -> dict[str, str]:
    """Usage reports off; token authentication on (Ray's default for `ray start`), which every
    client of the cluster must then say too: the status command and the indexing driver; workers
    at normal priority."""
    return {
        **os.environ,
        "RAY_USAGE_STATS_ENABLED": "0",
        "RAY_AUTH_MODE": "token",
        "RAY_worker_niceness": "0",  # Ray's default, 15, starves workers on a shared machine
    }


def _head_address(log: Path) -> str | None:
    """The address the head node printed for others to join (its interface address, not 127.0.0.1)."""
    found = (
        re.search(r"ray start --address='([^']+)'", log.read_text(errors="replace")) if log.exists() else None
    )
    return found.group(1) if found else None


def _alive_nodes(address: str) -> int:
    out = subprocess.run([str(RAY), "status", "--address", address], capture_output=True, text=True,
                         env=_env(), timeout=60)  # fmt: skip
    active = out.stdout.split("Active:", 1)[-1].split("Pending:", 1)[0]
    return sum(1 for line in active.splitlines() if "node_" in line)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A head node and a second node on this machine, one CPU each; yields the head's address."""
    temp = Path(tempfile.mkdtemp(prefix="rt", dir="/tmp"))  # short: Ray's socket paths have a length limit
    head = ["--head", "--port", str(_free_port()), "--include-dashboard=false", "--temp-dir", str(temp)]
    nodes = [_node(head, temp)]
    saved = {k: os.environ.get(k) for k in ("RAY_USAGE_STATS_ENABLED", "RAY_AUTH_MODE")}
    os.environ.update({k: _env()[k] for k in saved})
    try:
        deadline = time.monotonic() + 180
        while (address := _head_address(temp / "node-0.log")) is None or _alive_nodes(address) < 1:
            assert nodes[0].poll() is None and time.monotonic() < deadline, (temp / "node-0.log").read_text()
            time.sleep(2)
        nodes.append(_node(["--address", address], temp))
        while _alive_nodes(address) < 2:
            assert nodes[1].poll() is None and time.monotonic() < deadline, (temp / "node-1.log").read_text()
            time.sleep(2)
        yield address
    finally:
        for node in reversed(nodes):  # our own nodes, by process group: the node and what it started
            if node.poll() is None:
                os.killpg(node.pid, signal.SIGTERM)
        for node in nodes:
            try:
                node.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(node.pid, signal.SIGKILL)
        shutil.rmtree(temp, ignore_errors=True)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _snapshot(settings: Settings) -> dict[str, object]:
    """What must not depend on the engine: documents, items, persons, actions, search results."""
    from api.context import open_archive
    from api.search import search

    db = settings.data / "archive.sqlite"
    snap: dict[str, object] = {
        "documents": _rows(
            db,
            "SELECT id, sha256, path, source, organization, organ, date, doc_type, n_items"
            " FROM documents ORDER BY id",
        ),
        "items": _rows(db, "SELECT * FROM items ORDER BY id"),
        "persons": _rows(db, "SELECT * FROM persons ORDER BY id"),
        "actions": _rows(db, "SELECT * FROM actions ORDER BY rowid"),
        "vectors": _rows(db, "SELECT text_hash, model, vec FROM embeddings ORDER BY text_hash, model"),
    }
    with open_archive(settings) as ctx:
        for mode in ("hybrid", "lexical", "semantic"):
            for q in QUERIES:
                resp = search(ctx, q, mode=mode, limit=20)
                snap[f"{mode}:{q}"] = (resp.total, [(r.item_id, round(r.score, 9)) for r in resp.results])
    return snap


def test_ray_cluster_of_two_nodes_builds_the_in_process_archive(cluster: str, tmp_path: Path) -> None:
    from indexer.pipeline import index_paths

    local = hash_settings(tmp_path / "local", tmp_path / "cache")
    on_ray = hash_settings(tmp_path / "ray", tmp_path / "cache", engine="ray", ray_address=cluster)
    expected = index_paths(TEXT_CORPUS, local)
    got = index_paths(TEXT_CORPUS, on_ray)

    assert [d for d, _ in got.indexed] == [d for d, _ in expected.indexed]
    assert got.items == expected.items > 200
    assert got.skipped == expected.skipped
    assert got.embedded >= got.items - 10  # the workers embedded (a few item texts repeat)
    a, b = _snapshot(local), _snapshot(on_ray)
    assert a.keys() == b.keys()
    for key in a:
        assert b[key] == a[key], key
    assert any(total for key, (total, _) in ((k, v) for k, v in a.items() if ":" in k))  # type: ignore[misc]

    again = index_paths(TEXT_CORPUS, on_ray)  # idempotent on the cluster too
    assert not again.indexed and len(again.unchanged) == len(expected.indexed)
