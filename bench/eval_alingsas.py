"""Score the PDF read path on the Alingsås gold: item F1, title accuracy, page accuracy, person F1.

    python bench/eval_alingsas.py                      # today's text layer
    python bench/eval_alingsas.py --engine pdfplumber  # the text layer arkiv used before, for comparison

The PDFs are `corpus/alingsas/<file>` of `eval/alingsas.gold.json` (written by reading the PDFs,
not the rules). Items are matched with `arkiv.evaluation.gold.match_items`; a matched item's title
is right when it equals the gold title (case and spacing folded), its page when it equals the gold
`page` (the physical page where the § heading starts). Persons come from the shared entity scorer.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arkiv.evaluation.entities import EntityScores
from arkiv.evaluation.entities import score_document as score_entities
from arkiv.evaluation.gold import f1, load_gold, match_items, norm_text
from indexer.extract import extract_file
from indexer.types import Extraction

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "alingsas.gold.json"
CORPUS = ROOT / "corpus" / "alingsas"


@dataclass
class Tally:
    """Counts over the gold documents."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    title_ok: int = 0
    page_n: int = 0
    page_ok: int = 0

    def add(self, gold: dict[str, Any], ex: Extraction) -> list[str]:
        """Score one document; returns its mismatched pages for the report."""
        m = match_items(gold["items"], ex.items)
        self.tp += len(m.pairs)
        self.n_pred += m.n_pred
        self.n_gold += m.n_gold
        wrong = []
        for gi, pi in m.pairs.items():
            g, it = gold["items"][gi], ex.items[pi]
            self.title_ok += norm_text(g["title"]) == norm_text(it.title)
            page = getattr(it, "page", None)  # None before items carried pages
            if g.get("page") is not None:
                self.page_n += 1
                self.page_ok += g["page"] == page
                if g["page"] != page:
                    wrong.append(f"{g['number']} page {page}, gold {g['page']}")
        return wrong

    def summary(self) -> dict[str, float]:
        """The headline figures."""
        p, r, f = f1(self.tp, self.n_pred, self.n_gold)
        return {
            "item_precision": round(p, 3),
            "item_recall": round(r, 3),
            "item_f1": round(f, 3),
            # of all gold items: matched and titled exactly as printed
            "title_accuracy": round(self.title_ok / self.n_gold, 3) if self.n_gold else 1.0,
            # of the matched gold items that have a page: the item's page is the gold page
            "page_accuracy": round(self.page_ok / self.page_n, 3) if self.page_n else 1.0,
        }


def evaluate(extract: Callable[[Path], Extraction], verbose: bool = False) -> dict[str, float]:
    """Extract every gold document with `extract` and score it."""
    tally, ents = Tally(), EntityScores()
    for doc in load_gold(GOLD)["documents"]:
        ex = extract(CORPUS / doc["file"])
        wrong = tally.add(doc, ex)
        score_entities(doc, ex, ents)
        if verbose and wrong:
            print(f"{doc['file']}: " + "; ".join(wrong), file=sys.stderr)
    return {**tally.summary(), "person_f1": round(ents.persons.f1, 3)}


def use_pdfplumber() -> None:
    """Make the read path use pdfplumber's page text, as arkiv did before PDFium."""
    from bench.bench_pdf import pdfplumber_pages
    from indexer.read import parse

    def old(data: bytes) -> tuple[str, int]:
        pages = pdfplumber_pages(data)
        text = "\n\n".join(parse.PAGE_MARKER.format(n=i) + "\n\n" + t for i, t in enumerate(pages, 1))
        return text, len(pages)

    parse._pdf_text = old  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    """Print the scores as one JSON line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", choices=("arkiv", "pdfplumber"), default="arkiv")
    ap.add_argument("-v", "--verbose", action="store_true", help="list items whose page is wrong")
    args = ap.parse_args(argv)
    if args.engine == "pdfplumber":
        use_pdfplumber()
    print(json.dumps({"engine": args.engine, **evaluate(extract_file, args.verbose)}))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
