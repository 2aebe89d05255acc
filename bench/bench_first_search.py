"""The first search after `arkiv serve` says it is ready, against the ones after it.

Starts `arkiv serve` on an archive (a free loopback port), waits until it answers, then times
`GET /api/search` for a few queries in order: the first request pays whatever the server did not
load before it accepted requests. Run once with the warm-up (default) and once without
(`ARKIV_WARM_UP=false`) to see what it moves.

    python bench/bench_first_search.py --data data [--mode hybrid] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

QUERIES = ("skatteväxling", "vård och omsorg", "budget -skola", "detaljplan")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def one_run(data: Path, mode: str, warm: bool) -> tuple[float, list[float]]:
    """(seconds until the server answered, per-query milliseconds in order)."""
    port = _port()
    env = {**os.environ, "ARKIV_WARM_UP": "true" if warm else "false"}
    cmd = [sys.executable, "-m", "arkiv.cli", "serve", "--data", str(data), "--port", str(port)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                if httpx.get(f"{base}/favicon.ico", timeout=60).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
            if proc.poll() is not None or time.perf_counter() - t0 > 300:
                raise SystemExit("arkiv serve did not start")
        ready = time.perf_counter() - t0
        times = []
        for q in QUERIES:
            t = time.perf_counter()
            r = httpx.get(f"{base}/api/search", params={"q": q, "mode": mode}, timeout=120)
            r.raise_for_status()
            times.append((time.perf_counter() - t) * 1000)
        return ready, times
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--mode", default="hybrid")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}; queries in order: {', '.join(QUERIES)}")
    for warm in (True, False):
        runs = [one_run(args.data, args.mode, warm) for _ in range(args.rounds)]
        ready = statistics.median(r for r, _ in runs)
        first = statistics.median(t[0] for _, t in runs)
        later = statistics.median(x for _, t in runs for x in t[1:])
        print(
            f"warm-up {'on ' if warm else 'off'}: ready after {ready:.2f} s, first search {first:.0f} ms,"
            f" later searches {later:.0f} ms (median of {args.rounds} starts)"
        )


if __name__ == "__main__":
    main()
