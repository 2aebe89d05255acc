"""A case number printed for the document as a whole (session 17), and archive codes after a number.

- The document's own number in its head ("Diarienummer: 26RK112" under a region's date, "Dnr KUN 2026/0015"
  in a kallelse's letterhead, a "Vår beteckning" or "Diarienummer" box over its value) is one of the
  document's numbers beside its items' (`doc_dnr_probe`, five invented documents in four markups: main
  read 9/20 right, 20/20 after), and `arkiv case` finds the document by it (`document_dnr`).
- An archive code one space after a number ("KS 2026/0412 023") is not a figure that a sentence goes on
  with past a comma or the line's end ("KS 2026/12 250" / "000 kronor"): main read 8/14 of the table
  below right (every code, one lookalike), 14/14 after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from api import repo
from api.context import open_archive
from indexer.segment.dnr import find_dnr
from indexer.types import DocMeta, Extraction, Item
from tests import doc_dnr_probe
from tests.conftest import hash_settings, write_archive


@pytest.mark.parametrize("markup", list(doc_dnr_probe.MARKUPS))
@pytest.mark.parametrize("name", list(doc_dnr_probe.DOCS))
def test_the_document_s_own_number(name: str, markup: str, tmp_path: Path) -> None:
    got, items = doc_dnr_probe.extract(name, markup, tmp_path)
    assert doc_dnr_probe.right(name, got, items), (sorted(got), sorted(items))


#: (text, the case keys read): archive codes, then figures that only look like one.
CODES: list[tuple[str, list[str]]] = [
    ("Dnr KS 2026/0412 023", ["KS 2026/0412-023"]),
    (
        "§ 12  Budget 2027  KS 2026/0412 023\n4  Taxa  KS 2026/0413 024\n",
        ["KS 2026/0412-023", "KS 2026/0413-024"],
    ),
    ("Dnr 2026/0412 023\nHandläggare", ["2026/0412-023"]),
    ("KS 2026/0412 023\tJan Ek", ["KS 2026/0412-023"]),
    ("Taxa för kultur-  KS 2026/0412 023\n   skolan 2027", ["KS 2026/0412-023"]),
    ("(KS 2026/0412 023)", ["KS 2026/0412-023"]),
    ("Ärenden KS 2026/0412 023, KS 2026/0413 024", ["KS 2026/0412-023", "KS 2026/0413-024"]),
    ("Kommunen anvisar i ärende KS 2026/12 100\nmiljoner kronor till projektet.", ["KS 2026/12"]),
    ("Beslutet i KS 2026/12 250\n000 kronor avsattes.", ["KS 2026/12"]),
    ("Nämnden beviljade i KS 2026/12 100\nplatser till förskolan.", ["KS 2026/12"]),
    ("Bidrag enligt KS 2026/12 100, 200 eller 300 kronor per elev.", ["KS 2026/12"]),
    ("Beslut KS 2026/12 120\ntkr till föreningen.", ["KS 2026/12"]),
    ("Ramen enligt KS 2026/12 ökar med 100\n000 kr.", ["KS 2026/12"]),
    ("Antal enligt KS 2026/12 100\n% av platserna", ["KS 2026/12"]),
]


@pytest.mark.parametrize(("text", "want"), CODES)
def test_archive_code_or_a_figure(text: str, want: list[str]) -> None:
    assert find_dnr(text) == want


def test_case_finds_a_document_by_its_own_number(tmp_path: Path) -> None:
    meta = DocMeta(organization="Region Västerfors", organ="Folkhälsoberedningen", date="2026-03-09")
    meta.doc_type = "minnesanteckningar"
    items = [
        Item("1", "Mötets öppnande", "Ordföranden öppnar mötet."),
        Item("2", "Folkhälsoprogrammet", "Dialog.", diarienummer=["RV 2026/41"]),
    ]
    ex = Extraction(source="notes.txt", sha256="ab" * 32, fmt="txt", meta=meta, items=items)
    ex.own_dnr, ex.own_dnr_printed = ["26RV114"], {"26RV114": "26RV114"}
    assert ex.diarienummer == ["26RV114", "RV 2026/41"]
    assert ex.to_json()["document_diarienummer"] == ["26RV114"]
    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    write_archive(settings, [ex])
    ctx = open_archive(settings)
    try:
        case = repo.get_case(ctx, "26RV114")
        assert case is not None and [i.number for i in case.items] == ["1"] and case.dnr == "26RV114"
        item_case = repo.get_case(ctx, "RV 2026/41")  # an item's own number is still that item's
        assert item_case is not None and [i.number for i in item_case.items] == ["2"]
    finally:
        ctx.close()
