"""Documents that are no meeting: a motion, a medborgarförslag, an interpellation, a fråga (texts invented).

Each names its kind in a title line near the top ("Motion om …", "Medborgarförslag om …", "Interpellation
till …", "Fråga till …"), the body it is addressed to ("Till kommunfullmäktige i Tranemo kommun", "Ställd
till kommunstyrelsens ordförande"), its own date (a dated place line "Tranemo 2026-03-02", "Tranemo den 2
mars 2026", a "Datum:" label) and its signers under the proposal or the questions. A received stamp
("TRANEMO KOMMUN / Kommunstyrelsen / Inkom: 2026-03-04 / Dnr: KS 2026/58") names the body that registered
it and the day it came in: neither is the document's organ or date, but its Dnr is the document's case
number. Each document is set as text, as a PDF (stamp at the top right, two signers side by side) and as
Word, with and without the stamp, with one signer and two.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.types import Extraction

FONTS = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Doc:
    name: str
    head: list[str]  # the lines above the body: party, place and date, addressee, title
    body: list[str]
    signers: list[tuple[str, str]]  # (name as printed, what is printed under it)
    organ: str
    date: str
    kind: str = "motion"


MOTION = Doc(
    "motion",
    ["Vänsterpartiet i Tranemo", "Tranemo 2026-03-02", "", "Till kommunfullmäktige i Tranemo kommun", "",
     "Motion om läxhjälp på alla skolor i kommunen"],
    ["Många elever saknar stöd hemma när läxorna ska göras. Skolverket har visat att läxhjälp i skolan "
     "minskar skillnaderna mellan elever med olika bakgrund.",
     "I dag erbjuds läxhjälp bara på två av kommunens sju skolor.",
     "Med anledning av ovanstående yrkar vi",
     "att kommunfullmäktige ger barn- och utbildningsnämnden i uppdrag att erbjuda läxhjälp på alla "
     "skolor, samt",
     "att kostnaden redovisas i budgeten för 2027."],
    [("Sofia Lindqvist (V)", "ledamot i kommunfullmäktige"),
     ("Mikael Norén (V)", "ersättare i kommunfullmäktige")],
    "Kommunfullmäktige",
    "2026-03-02",
)  # fmt: skip
MEDBORGARFORSLAG = Doc(
    "medborgarförslag",
    ["Medborgarförslag om en hundrastgård i Limmared", "", "Till Kommunfullmäktige", "Datum: 2026-04-15"],
    ["Det finns många hundägare i Limmared men ingen inhägnad plats där hundarna kan springa lösa.",
     "Jag föreslår att kommunen anlägger en hundrastgård vid idrottsplatsen."],
    [("Karin Holmberg", "Storgatan 4, Limmared"), ("Per-Olof Sandberg", "Skolgatan 2, Limmared")],
    "Kommunfullmäktige",
    "2026-04-15",
)  # fmt: skip
INTERPELLATION = Doc(
    "interpellation",
    ["Interpellation till kommunstyrelsens ordförande Anders Wik (M)", "Tranemo den 12 maj 2026"],
    ["Kommunen har under våren varslat personal inom äldreomsorgen. Samtidigt har nya platser öppnats.",
     "Mot bakgrund av detta vill jag fråga kommunstyrelsens ordförande:",
     "1. Hur många tjänster berörs av varslet?",
     "2. Hur ska bemanningen säkras under sommaren?"],
    [("Elin Forsberg (S)", "ledamot i kommunfullmäktige"),
     ("Johan Ekström (S)", "ledamot i kommunfullmäktige")],
    "Kommunstyrelsen",
    "2026-05-12",
)  # fmt: skip
FRAGA = Doc(
    "fråga",
    ["Kristdemokraterna", "Tranemo den 3 juni 2026", "", "Fråga till ordföranden i tekniska nämnden",
     "Ställd till tekniska nämndens ordförande"],
    ["Gatubelysningen längs Ölsbovägen har varit släckt sedan februari.",
     "När kommer belysningen att lagas?"],
    [("Lars Axelsson (KD)", "ledamot i kommunfullmäktige"), ("Maria Dahl (KD)", "ersättare")],
    "Tekniska nämnden",
    "2026-06-03",
)  # fmt: skip
DOCS = [MOTION, MEDBORGARFORSLAG, INTERPELLATION, FRAGA]

STAMPS = {
    "none": [],
    "inkom": ["TRANEMO KOMMUN", "Kommunstyrelsen", "Inkom: 2026-06-24", "Dnr: KS 2026/58"],
    "ankomst": ["Tranemo kommun", "Kommunledningskontoret", "Ankomstdatum 2026-06-25",
                "Diarienummer KS 2026/58"],
}  # fmt: skip


def _lines(doc: Doc, stamp: str, n_signers: int) -> list[str]:
    signers = doc.signers[:n_signers]
    out = [*STAMPS[stamp], "", *doc.head, "", *doc.body, "", ""]
    return [*out, "\t".join(n for n, _ in signers), "\t".join(r for _, r in signers)]


def _text(doc: Doc, stamp: str, n: int) -> bytes:
    return ("\n".join(_lines(doc, stamp, n)) + "\n").encode()


def _word(doc: Doc, stamp: str, n: int) -> bytes:
    d = docx.Document()
    if STAMPS[stamp]:
        table = d.add_table(rows=1, cols=2)
        table.rows[0].cells[1].text = "\n".join(STAMPS[stamp])
    for ln in [*doc.head, "", *doc.body, ""]:
        p = d.add_paragraph()
        p.add_run(ln).bold = ln == doc.head[-1] or ln.startswith(
            ("Motion", "Medborgar", "Interpell", "Fråga")
        )
    table = d.add_table(rows=2, cols=n)
    for i, (name, role) in enumerate(doc.signers[:n]):
        table.rows[0].cells[i].text, table.rows[1].cells[i].text = name, role
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _pdf(doc: Doc, stamp: str, n: int) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("dejavu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("dejavu", size=9)
    for ln in STAMPS[stamp]:  # the stamp in a box at the top right
        pdf.set_x(140)
        pdf.cell(50, 5, ln, new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(10)
    for ln in [*doc.head, "", *doc.body]:
        title = ln.startswith(("Motion", "Medborgar", "Interpell", "Fråga"))
        pdf.set_font("dejavu", "B" if title else "", 14 if title else 11)
        pdf.multi_cell(0, 6, ln or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("dejavu", size=11)
    for row in (0, 1):
        for i, s in enumerate(doc.signers[:n]):
            pdf.set_x(20 + 90 * i)
            pdf.cell(80, 6, s[row])
        pdf.ln(6)
    return bytes(pdf.output())


MARKUPS = {"txt": _text, "pdf": _pdf, "docx": _word}
CASES = [(d, s, n, m) for d in DOCS for s in STAMPS for n in (1, 2) for m in MARKUPS]


def _extract(tmp_path: Path, doc: Doc, stamp: str, n: int, markup: str) -> Extraction:
    path = tmp_path / f"{doc.name}_{stamp}_{n}.{markup}"
    path.write_bytes(MARKUPS[markup](doc, stamp, n))
    return extract_file(path)


def _raised(ex: Extraction) -> set[str]:
    return {a.person for it in ex.items for a in it.actions if a.kind == "raised" and a.person}


def _names(doc: Doc, n: int) -> set[str]:
    return {name.split(" (")[0] for name, _ in doc.signers[:n]}


@pytest.mark.parametrize(("doc", "stamp", "n", "markup"), CASES, ids=lambda v: getattr(v, "name", str(v)))
def test_a_document_that_is_no_meeting(tmp_path: Path, doc: Doc, stamp: str, n: int, markup: str) -> None:
    ex = _extract(tmp_path, doc, stamp, n, markup)
    got = (ex.meta.doc_type, ex.meta.organ, ex.meta.date, _raised(ex), ex.diarienummer)
    want = (doc.kind, doc.organ, doc.date, _names(doc, n), ["KS 2026/58"] if stamp != "none" else [])
    assert got == want
    assert [it.number for it in ex.items] == [None]  # one text, no invented agenda items
