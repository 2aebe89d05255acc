"""Score `indexer.extract.extract_file` against gold files: items, metadata (and more scorers).

Usage:
    python bench/eval_extraction.py                      # seeds, Kungsbacka dev, held-out unseen shapes
    python bench/eval_extraction.py --gold eval/dev.gold.json:corpus/dev

Each scorer in `SCORERS` sees every (gold document, extraction) pair and then
prints its own lines; add a scorer (e.g. entity scores) by appending to the list.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arkiv.evaluation.entities import EntityScorer
from arkiv.evaluation.gold import load_gold
from arkiv.evaluation.items import ItemScores, locate, score_document
from indexer.extract import extract_file
from indexer.read.errors import ParseError
from indexer.types import DocMeta, Extraction

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [
    ("eval/seeds.gold.json", "corpus/seeds"),
    ("eval/dev.gold.json", "corpus/dev"),
    # Original PDFs of a kommun no rule was written for (gold written blind).
    ("eval/alingsas.gold.json", "corpus/alingsas"),
    # Shapes not in corpus/ (other kommuner, regioner, converters), kept out of rule writing.
    ("tests/data/unseen/gold.json", "tests/data/unseen"),
    ("tests/data/unseen2/gold.json", "tests/data/unseen2"),
    ("tests/data/unseen3/gold.json", "tests/data/unseen3"),
    ("tests/data/unseen4/gold.json", "tests/data/unseen4"),
    ("tests/data/unseen5/gold.json", "tests/data/unseen5"),
    ("tests/data/unseen6/gold.json", "tests/data/unseen6"),
    ("tests/data/unseen7/gold.json", "tests/data/unseen7"),
    ("tests/data/unseen8/gold.json", "tests/data/unseen8"),
]


@dataclass
class Scorer:
    """A named score: `add` is called per document, `report` returns the summary lines."""

    name: str
    add: Callable[[dict[str, Any], Extraction], None]
    report: Callable[[], list[str]]


@dataclass
class ItemScorer:
    """Item P/R/F1 and metadata, per document and micro-averaged."""

    scores: ItemScores = field(default_factory=ItemScores)

    def add(self, gold: dict[str, Any], ex: Extraction) -> None:
        """Score one document."""
        score_document(gold, ex, self.scores)

    def report(self) -> list[str]:
        """Per-document lines, then the micro average."""
        s = self.scores
        out = [f"{'document':45} {'pred':>4} {'gold':>4} {'P':>5} {'R':>5} {'F1':>5}  metadata"]
        for d in s.docs:
            bad = [k for k, ok in d.meta_ok.items() if not ok]
            out.append(
                f"{d.file[:45]:45} {d.n_pred:4d} {d.n_gold:4d} {d.precision:5.3f} {d.recall:5.3f} {d.f1:5.3f}"
                f"  {'ok' if not bad else 'WRONG: ' + ', '.join(bad)}"
            )
            out += [f"    missed: {x}" for x in d.missed] + [f"    extra:  {x}" for x in d.extra[:5]]
            out += [f"    title:  {x}" for x in d.wrong_titles[:8]]
        meta = ", ".join(f"{k} {n}/{s.meta_n}" for k, n in s.meta_right.items())
        out.append(f"items micro: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
        out.append(f"metadata right: {meta}")
        out.append(
            f"title accuracy {s.title_accuracy:.3f} ({s.title_right}/{s.title_n}); "
            f"page accuracy {s.page_accuracy:.3f} ({s.page_right}/{s.page_n}"
            + (f"; {s.page_unpaged} items of pageless formats not scored)" if s.page_unpaged else ")")
        )
        out.append(
            f"item diarienummer F1 {s.item_dnr_f1:.3f}; extract organ/date {s.sub_meta_right}/{s.sub_meta_n}"
        )
        return out


def make_scorers() -> list[Scorer]:
    """The scorers run on each gold file (a fresh set per file)."""
    items = ItemScorer()
    ents = EntityScorer()
    return [Scorer("items", items.add, items.report), Scorer("entities", ents.add, ents.report)]


def read_or_fail(path: Path) -> Extraction:
    """Extract `path`; a file that cannot be read scores as an extraction that found nothing.

    One document's failure (an OCR timeout on a loaded machine, a broken file) must cost that
    document's score, not the whole run's: the reason goes to stderr and the run goes on.
    """
    try:
        return extract_file(path)
    except ParseError as exc:
        print(f"failed: {path.name}: {exc}", file=sys.stderr)
        return Extraction(source=str(path), sha256="", fmt="", meta=DocMeta(), items=[])


def evaluate(gold_path: Path, corpus_dir: Path) -> list[Scorer]:
    """Run every scorer over one gold file."""
    scorers = make_scorers()
    for doc in load_gold(gold_path)["documents"]:
        ex = read_or_fail(locate(doc, corpus_dir, ROOT))
        for sc in scorers:
            sc.add(doc, ex)
    return scorers


def main(argv: list[str] | None = None) -> int:
    """Print the scores for each gold file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", action="append", help="GOLD.json:CORPUS_DIR (repeatable)")
    args = ap.parse_args(argv)
    pairs = [tuple(g.split(":", 1)) for g in args.gold] if args.gold else DEFAULT_GOLD
    for gold, corpus in pairs:
        print(f"== {gold} ({corpus})")
        for sc in evaluate(ROOT / gold, ROOT / corpus):
            print(f"-- {sc.name}")
            print("\n".join(sc.report()))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
