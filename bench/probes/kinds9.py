"""Print OK/BAD per variant of the kinds9 probes (tests/kinds9_probes.py) run through `extract_file`.

PYTHONPATH=$PWD python bench/probes/kinds9.py [class-prefix ...] [-v]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.kinds9_probes import CLASSES, got, run


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        for name, (stem, variants) in CLASSES.items():
            if args and not any(name.startswith(a) for a in args):
                continue
            n_ok = 0
            vs = variants()
            for v in vs:
                ok, ex = run(v, Path(tmp), stem)
                n_ok += ok
                print(("OK  " if ok else "BAD ") + f"{name}/{v.name}", "" if ok and not verbose else got(ex))
            print(f"== {name}: {n_ok} OK, {len(vs) - n_ok} BAD")


if __name__ == "__main__":
    main()
