"""Load benchmark of `GET /api/search`: `arkiv serve` on loopback, 16 concurrent clients.

Starts `arkiv serve` on a free 127.0.0.1 port against an archive (given with
--data, or built from corpus/ into a temporary directory with --build), warms
it up, then drives /api/search from N concurrent asyncio httpx clients with a
fixed mix of Swedish queries (some with filters, all modes) until --requests
are done or --seconds have passed. Prints requests/s, latency p50/p95/p99/max
and errors. Loopback only; bounded in count and time.

    python bench/bench_load.py --build --model hash
    python bench/bench_load.py --build --model e5-small
    python bench/bench_load.py --data data --model e5-small --concurrency 16 --requests 2000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only, by design

#: The query mix: words, inflections, compounds, a diarienummer, a phrase, filters; every mode.
QUERIES: list[dict[str, str]] = [
    {"q": "skatteväxling"},
    {"q": "vårdval", "mode": "lexical"},
    {"q": "VA-taxa"},
    {"q": "taxa", "mode": "lexical"},
    {"q": "budget 2026"},
    {"q": "förskola", "year": "2024"},
    {"q": "detaljplan"},
    {"q": "KS-2025-00970", "mode": "lexical"},
    {"q": "äldreomsorg och hemtjänst", "mode": "semantic"},
    {"q": "kollektivtrafik"},
    {"q": "bygglov", "organization": "Kungsbacka kommun"},
    {"q": "nära vård", "mode": "semantic"},
    {"q": '"nära vård"', "mode": "lexical"},
    {"q": "samverkan mellan kommun och region"},
    {"q": "kultur och fritid", "doc_type": "protokoll"},
    {"q": "miljö", "mode": "lexical", "limit": "50"},
]


@dataclass
class Result:
    """What the load run measured."""

    latencies_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> dict[str, float | int | dict[str, int]]:
        lat = sorted(self.latencies_ms)

        def pct(p: float) -> float:
            return round(lat[min(len(lat) - 1, int(p / 100 * len(lat)))], 1) if lat else float("nan")

        n = len(lat) + sum(self.errors.values())
        return {
            "requests": n,
            "ok": len(lat),
            "errors": sum(self.errors.values()),
            "error_kinds": self.errors,
            "seconds": round(self.seconds, 2),
            "requests_per_s": round(n / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": pct(50),
            "p95_ms": pct(95),
            "p99_ms": pct(99),
            "max_ms": round(lat[-1], 1) if lat else float("nan"),
            "mean_ms": round(statistics.fmean(lat), 1) if lat else float("nan"),
        }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def build_archive(data: Path, model: str) -> float:
    """Index corpus/ into `data` with the embedding model; returns the seconds it took."""
    env = {**os.environ, "ARKIV_EMBEDDING_MODEL": model}
    t0 = time.perf_counter()
    subprocess.run(
        [_arkiv(), "index", *(str(ROOT / "corpus" / d) for d in ("seeds", "dev")), "--data", str(data)],
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t0


def _arkiv() -> str:
    exe = Path(sys.executable).parent / "arkiv"
    found = str(exe) if exe.exists() else shutil.which("arkiv")
    if not found:
        raise SystemExit("bench_load: the `arkiv` command is not installed (pip install -e .)")
    return found


def start_server(data: Path, model: str, port: int) -> subprocess.Popen[bytes]:
    """`arkiv serve` on loopback; returns once /api/stats answers."""
    env = {**os.environ, "ARKIV_EMBEDDING_MODEL": model}
    cmd = [_arkiv(), "serve", "--data", str(data), "--host", HOST, "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise SystemExit(f"bench_load: arkiv serve exited: {err.strip()}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit("bench_load: arkiv serve did not answer within 120 s")


async def drive(base: str, concurrency: int, requests: int, seconds: float) -> Result:
    """`concurrency` clients send the query mix round-robin until `requests` are done or time is up."""
    result = Result()
    counter = iter(range(requests))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            for i in counter:
                if time.perf_counter() > deadline:
                    return
                t = time.perf_counter()
                try:
                    r = await client.get("/api/search", params=QUERIES[i % len(QUERIES)])
                    if r.status_code == 200:
                        result.latencies_ms.append((time.perf_counter() - t) * 1000)
                        continue
                    kind = f"HTTP {r.status_code}"
                except httpx.HTTPError as e:
                    kind = type(e).__name__
                result.errors[kind] = result.errors.get(kind, 0) + 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.seconds = time.perf_counter() - t0
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--data", type=Path, help="an existing archive directory")
    where.add_argument("--build", action="store_true", help="index corpus/ into a temporary archive first")
    ap.add_argument(
        "--model", default="hash", help="ARKIV_EMBEDDING_MODEL of the archive (hash, e5-small, …)"
    )
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--requests", type=int, default=3000, help="stop after this many requests")
    ap.add_argument("--seconds", type=float, default=60.0, help="and after this many seconds at most")
    ap.add_argument("--warmup", type=int, default=len(QUERIES), help="requests before measuring")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not 1 <= args.concurrency <= 256 or not 1 <= args.requests <= 100_000 or not 0 < args.seconds <= 600:
        raise SystemExit("bench_load: concurrency 1-256, requests 1-100000, seconds 0-600")

    tmp = tempfile.TemporaryDirectory(prefix="arkiv-bench-") if args.build else None
    data = Path(tmp.name) / "data" if tmp else args.data
    build_s = build_archive(data, args.model) if tmp else None
    port = _free_port()
    proc = start_server(data, args.model, port)
    base = f"http://{HOST}:{port}"
    try:
        asyncio.run(drive(base, 1, args.warmup, 120))  # loads the model, index and facet columns
        stats = httpx.get(f"{base}/api/stats").json()
        load_before = round(os.getloadavg()[0], 2)  # other work on the machine skews the figures: say so
        result = asyncio.run(drive(base, args.concurrency, args.requests, args.seconds))
        load_after = round(os.getloadavg()[0], 2)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if tmp:
            tmp.cleanup()
    figures = {
        "endpoint": "/api/search",
        "model": stats.get("model"),
        "items": stats.get("items"),
        "concurrency": args.concurrency,
        **result.summary(),
        "index_seconds": round(build_s, 1) if build_s is not None else None,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_before": load_before,
        "load_after": load_after,
        "command": "python bench/bench_load.py " + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(
            f"{figures['requests']} requests to /api/search, {args.concurrency} concurrent clients, "
            f"{figures['items']} items, model {figures['model']}\n"
            f"  {figures['requests_per_s']} requests/s  p50 {figures['p50_ms']} ms  "
            f"p95 {figures['p95_ms']} ms  p99 {figures['p99_ms']} ms  max {figures['max_ms']} ms  "
            f"errors {figures['errors']} {figures['error_kinds'] or ''}\n"
            f"  {figures['machine']}; load {figures['load_before']} before, {figures['load_after']} after"
        )
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
