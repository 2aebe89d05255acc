"""Engines: a pool of worker processes builds the same archive as one job, stops a file that takes too
long, survives a worker that dies, and leaves no process behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import TEXT_CORPUS, hash_settings
from snapshot import snapshot

from indexer.pipeline import index_paths
from indexer.run.order import in_order
from indexer.run.pool import run_pool
from indexer.run.task import ExtractTask, FileResult

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"


@dataclass(frozen=True)
class _Misbehaving(ExtractTask):
    """The real task, except for files named to sleep or to die (shipped to workers by pickle)."""

    def __call__(self, path: Path) -> FileResult:
        if "sleep" in path.name:
            time.sleep(60)
        if "die" in path.name:
            os.kill(os.getpid(), signal.SIGKILL)
        if "late" in path.name:
            time.sleep(1.5)
        return super().__call__(path)


def _search_all(settings, queries: list[str]) -> list[list[tuple[str, float]]]:  # type: ignore[no-untyped-def]
    from api.context import open_archive
    from api.search import search

    out = []
    with open_archive(settings) as ctx:
        for q in queries:
            for mode in ("lexical", "hybrid", "semantic"):
                resp = search(ctx, q, mode=mode, limit=20)
                out.append([(r.item_id, round(r.score, 6)) for r in resp.results])
    return out


def test_a_pool_builds_the_archive_one_job_builds(tmp_path: Path) -> None:
    """Results complete out of order in a pool, yet ids, uids, every row, the lexicon, the vectors
    and search results equal those of a one-job run."""
    one = hash_settings(tmp_path / "one", tmp_path / "cache", jobs=1)
    two = hash_settings(tmp_path / "two", tmp_path / "cache", jobs=2)
    r1 = index_paths(TEXT_CORPUS, one)
    r2 = index_paths(TEXT_CORPUS, two)
    assert r1.indexed == r2.indexed and len(r1.indexed) == 16 and not r1.skipped and not r2.skipped
    assert snapshot(one.data) == snapshot(two.data)
    queries = ["skatteväxling", "budget 2025", "Vrakatdagen", "hot och våld mot förtroendevalda"]
    assert _search_all(one, queries) == _search_all(two, queries)


def test_results_come_as_completed_and_are_written_in_order(tmp_path: Path) -> None:
    files = []
    for name in ("a_late.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text((SEEDS / "000_3d44ddcbe33345b6.txt").read_text(encoding="utf-8"))
        files.append(tmp_path / name)
    completed = [r.path.name for r in run_pool(files, _Misbehaving(), jobs=2)]
    assert completed[-1] == "a_late.txt", completed  # the slow first file came last ...
    again = run_pool(files, _Misbehaving(), jobs=2)
    written = [r.path.name for r in in_order(again, files)]
    assert written == ["a_late.txt", "b.txt", "c.txt"]  # ... but is written first


def test_the_workers_go_on_while_the_writer_is_busy(tmp_path: Path) -> None:
    """The workers get their next files while the consumer (the writer) is busy with a result, so
    the results behind it are ready when it comes back: no core waits for the writer."""
    text = (SEEDS / "000_3d44ddcbe33345b6.txt").read_text(encoding="utf-8")
    files = []
    for i in range(4):
        (tmp_path / f"{i}_late.txt").write_text(text + f"\n\nBilaga {i}\n", encoding="utf-8")
        files.append(tmp_path / f"{i}_late.txt")
    gen = run_pool(files, _Misbehaving(), jobs=2)
    next(gen)
    time.sleep(5)  # the writer busy: the three other files (1.5 s each, two workers) are analysed
    t0 = time.monotonic()
    rest = list(gen)
    assert len(rest) == 3 and time.monotonic() - t0 < 1.0
    assert not multiprocessing.active_children()


def test_a_file_past_the_time_limit_is_stopped_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SEEDS / "000_3d44ddcbe33345b6.txt").read_text(encoding="utf-8")
    for i, name in enumerate(("a.txt", "b_sleep.txt", "c.txt", "d_sleep.txt", "e.txt")):
        (folder / name).write_text(text + f"\n\nBilaga {i}\n", encoding="utf-8")
    files = sorted(folder.iterdir())
    t0 = time.monotonic()
    results = list(in_order(run_pool(files, _Misbehaving(), jobs=2, time_limit=3), files))
    assert time.monotonic() - t0 < 45  # not 2 x 60 s
    reasons = {r.path.name: r.reason for r in results}
    stopped = "took longer than 3 s to read and analyse (stopped)"
    assert reasons["b_sleep.txt"] == reasons["d_sleep.txt"] == stopped
    assert all(r.extraction is not None for r in results if "sleep" not in r.path.name)
    assert not multiprocessing.active_children()


def test_a_worker_that_dies_is_replaced(tmp_path: Path) -> None:
    text = (SEEDS / "000_3d44ddcbe33345b6.txt").read_text(encoding="utf-8")
    files = []
    for i, name in enumerate(("a_die.txt", "b.txt", "c_die.txt", "d.txt")):
        (tmp_path / name).write_text(text + f"\n\nBilaga {i}\n", encoding="utf-8")
        files.append(tmp_path / name)
    results = list(in_order(run_pool(files, _Misbehaving(), jobs=2), files))
    assert [r.reason for r in results] == [
        "the analysing process was killed by SIGKILL (out of memory?)",
        None,
        "the analysing process was killed by SIGKILL (out of memory?)",
        None,
    ]
    assert not multiprocessing.active_children()


def test_stopping_early_stops_the_workers(tmp_path: Path) -> None:
    files = []
    for i in range(6):
        (tmp_path / f"{i}_sleep.txt").write_text("x", encoding="utf-8")
        files.append(tmp_path / f"{i}_sleep.txt")
    (tmp_path / "0_ok.txt").write_text("Kommunstyrelsen\n\n§ 1 Budget\n\nText.\n", encoding="utf-8")
    gen = run_pool([tmp_path / "0_ok.txt", *files], _Misbehaving(), jobs=2)
    first = next(gen)
    assert first.path.name == "0_ok.txt"
    gen.close()  # as when the writer fails: the busy workers are killed, not waited for
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("jobs", [1, 2])
def test_index_paths_with_jobs_reports_bad_files(tmp_path: Path, jobs: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "good.txt").write_text((SEEDS / "003_d934c3f1dcc2c8b3.txt").read_text(encoding="utf-8"))
    report = index_paths([folder], hash_settings(tmp_path / "data", tmp_path / "cache", jobs=jobs))
    assert [Path(s).name for s, _ in report.indexed] == ["good.txt"]
    assert [(Path(s).name, why) for s, why in report.skipped] == [("empty.txt", "empty file")]
