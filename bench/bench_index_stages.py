"""Where the time of `arkiv index` goes, stage by stage: CPU seconds of one in-process run.

    python bench/bench_index_stages.py [--model hash] [PATH ...]

Default: the 18 real Alingsås protocol PDFs (as `bench/bench_index_pdf.py`). One job, in this process,
into a new archive; each stage's function is wrapped with a CPU timer (`time.process_time`, so the
figures hold on a shared machine where wall time does not). A stage's time includes the stages it
calls (the entity stage includes spaCy's start-up on its first call); a recursive call is timed once,
at the outermost call (the timer costs ~1 µs a call: the personnummer guard's stages are called
thousands of times, so their figures are a little high). Printed: the import of the CLI,
then each stage's CPU seconds and calls, then the run's total, as one JSON object.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: (module, attribute, stage name): where each stage is called from, so the wrapper is what runs.
STAGES = [
    ("indexer.run.task", "read_document", "read (PDF text layer, OCR)"),
    ("indexer.read.privacy", "mask_personnummer", "mask personnummer (text)"),
    ("indexer.read.clean", "clean_document", "clean (running headers, hyphens)"),
    ("indexer.meta.detect", "detect_meta", "meta"),
    ("indexer.segment.split", "segment", "segment"),
    ("indexer.read.privacy", "mask_extraction", "mask personnummer (fields)"),
    ("indexer.entities.annotate", "annotate", "entities (all)"),
    ("indexer.entities.nlp", "get_nlp", "  spaCy start-up"),
    ("indexer.entities.nlp", "gazetteer_entities_many", "  spaCy gazetteer entities"),
    ("indexer.entities.people", "find_persons", "  people"),
    ("indexer.entities.actions", "find_actions", "  actions"),
    ("indexer.entities.votes", "add_votes", "  votes"),
    ("indexer.run.writer", "embed_items", "embed"),
    ("indexer.store.rows", "write_extraction", "store rows"),
    ("indexer.pipeline", "update_lexicon", "lexicon"),
    ("indexer.pipeline", "save_vectors_and_manifest", "FAISS + manifest"),
]

_cpu: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)


_inside: set[str] = set()


def _timed(name: str, fn: Any) -> Any:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if name in _inside:  # a recursive call (the personnummer guard walks a tree): timed outside
            return fn(*args, **kwargs)
        _inside.add(name)
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _cpu[name] += time.process_time() - t
            _calls[name] += 1
            _inside.discard(name)

    return wrapper


def _wrap() -> None:
    """Replace each stage's function where it is looked up (its module, and modules that imported it)."""
    for mod_name, attr, name in STAGES:
        mod = importlib.import_module(mod_name)
        original = getattr(mod, attr)
        wrapped = _timed(name, original)
        for other in list(sys.modules.values()):
            if getattr(other, attr, None) is original and (other.__name__ or "").startswith("indexer"):
                setattr(other, attr, wrapped)
        if getattr(original, "cache_clear", None):  # an lru_cache'd function: keep its interface
            wrapped.cache_clear = original.cache_clear  # type: ignore[attr-defined]


def main() -> None:
    """Run `index_paths` once with the stages timed; print one JSON object."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="hash")
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args()
    files = args.paths or sorted(
        p for p in (ROOT / "corpus" / "alingsas").glob("*_protokoll.pdf") if p.read_bytes()[:4] == b"%PDF"
    )
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(ARKIV_EMBEDDING_MODEL=args.model, ARKIV_JOBS="1")
        os.environ.setdefault("ARKIV_MODEL_CACHE", str(Path(tmp) / "cache"))
        t0 = time.process_time()
        import arkiv.cli  # noqa: F401  (what a user's run imports first)
        from arkiv.settings import Settings
        from indexer import extract  # noqa: F401
        from indexer.pipeline import index_paths

        imports = time.process_time() - t0
        _wrap()
        t1 = time.process_time()
        report = index_paths(files, Settings(data=Path(tmp) / "data"))
        run = time.process_time() - t1
    stages = {name: {"cpu_seconds": round(_cpu[name], 3), "calls": _calls[name]} for _, _, name in STAGES}
    out = {
        "files": len(files),
        "indexed": len(report.indexed),
        "items": report.items,
        "load_average": round(load, 2),
        "imports_cpu_seconds": round(imports, 3),
        "run_cpu_seconds": round(run, 3),
        "stages": stages,
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
