"""The extraction benchmark scores a document that cannot be read as failed and goes on."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_extraction", ROOT / "bench" / "eval_extraction.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_a_broken_document_costs_its_own_score_not_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An HTML error page saved as .pdf (as in corpus/alingsas) cannot be read; the next document can.
    (tmp_path / "fel.pdf").write_text("<html><body>404 Not Found</body></html>", encoding="utf-8")
    (tmp_path / "ks.txt").write_text(
        "Kommunstyrelsen\nProtokoll 2026-03-04\n\n§ 1 Val av justerare\nAnna Berg (S) utses.\n\n"
        "§ 2 Godkännande av dagordning\nDagordningen godkänns.\n",
        encoding="utf-8",
    )
    items = [
        {"number": "§1", "title": "Val av justerare"},
        {"number": "§2", "title": "Godkännande av dagordning"},
    ]
    gold = {
        "format": "arkiv-gold/1",
        "documents": [
            {"file": "fel.pdf", "doc_type": "protokoll", "items": items},
            {"file": "ks.txt", "doc_type": "protokoll", "items": items},
        ],
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    bench = _bench()
    scorers = bench.evaluate(tmp_path / "gold.json", tmp_path)
    lines = scorers[0].report()
    assert any(line.startswith("fel.pdf") and " 0    2 " in line for line in lines), lines
    assert any(line.startswith("ks.txt") and " 2    2 " in line for line in lines), lines
    assert "items micro: P 1.000 R 0.500" in "\n".join(lines)
    err = capsys.readouterr().err
    assert err.count("failed: fel.pdf: ") == 1 and "\n" not in err.strip()
