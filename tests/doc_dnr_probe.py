"""A probe: invented documents whose head prints a case number for the whole document, in four markups
(Word, PDF, portal HTML, text export), with and without agenda items, and lookalikes it must not take.

Regions and kommuner print the number a document is filed under in its letterhead: "Diarienummer:
26RK112" under the date of a region's minnesanteckningar, "Dnr KS 2026/123" in a tjänsteskrivelse's
head, "Ärendenr RS 2026/12" in a kallelse's running header, a "Vår beteckning" box over its value. The
gold lists it with the document's numbers (the union of its items' and its own). Not the document's:
the other party's number ("Ert dnr"), a number a sentence cites, an item's own number on its row.
Every name and number is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: A document: a line is one or more fields (a letterhead's columns, a table's cells).
Doc = list[list[str]]

_NOTES_BODY: Doc = [
    ["Närvarande"],
    ["Karin Ödman (S), ordförande; Per Lindqvist (M); Eva Strand (C)"],
    ["1. Mötets öppnande"],
    ["Ordföranden Karin Ödman öppnar mötet och hälsar alla välkomna."],
    ["2. Information om folkhälsoarbetet"],
    ["Strategen Lena Berg berättar om arbetet med de lokala folkhälsoråden under våren."],
    ["3. Nästa möte"],
    ["Nästa möte hålls den 12 maj 2026."],
]

#: name -> (file name, document, the numbers a careful reader lists for the document).
DOCS: dict[str, tuple[str, Doc, set[str]]] = {
    # A region's notes: the number under the date in the letterhead's right column.
    "notes_letterhead": (
        "region-vasterfors_folkhalsoberedningen_2026-03-09_minnesanteckningar",
        [
            ["REGION VÄSTERFORS", "MINNESANTECKNINGAR"],
            ["Folkhälsoberedningen", "Datum: 2026-03-09"],
            ["", "Diarienummer: 26RV114"],
            ["Minnesanteckningar från Folkhälsoberedningen"],
            ["Tid: 9 mars 2026, kl. 09.00–11.30"],
            *_NOTES_BODY,
        ],
        {"26RV114"},
    ),
    # A kallelse: "Dnr" in the head, the agenda rows with their own numbers.
    "kallelse_dnr_head": (
        "vasteraker_kulturnamnden_2026-04-14_kallelse",
        [
            ["Västeråkers kommun", "KALLELSE"],
            ["Kulturnämnden", "Dnr KUN 2026/0015"],
            ["Kallelse till sammanträde med kulturnämnden"],
            ["Tid: tisdag 14 april 2026 kl. 13.00"],
            ["Plats: Kommunhuset, sal Ängen"],
            ["Föredragningslista"],
            ["1. Val av justerare"],
            ["2. Taxa för kulturskolan 2027, dnr KUN 2026/0114"],
            ["3. Verksamhetsplan 2027, dnr KUN 2026/0120"],
        ],
        {"KUN 2026/0015", "KUN 2026/0114", "KUN 2026/0120"},
    ),
    # A tjänsteskrivelse: a box of labels over their values.
    "tjansteskrivelse_box": (
        "vasteraker_samhallsbyggnadsnamnden_2026-03-02_tjansteskrivelse",
        [
            ["Västeråkers kommun", "TJÄNSTESKRIVELSE"],
            ["Datum", "Vår beteckning"],
            ["2026-03-02", "SBN 2026/143"],
            ["Samhällsbyggnadsnämnden"],
            ["Ny taxa för bygglov"],
            ["Förslag till beslut"],
            ["Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta taxan."],
            ["Ärendebeskrivning"],
            ["Taxan har setts över mot bakgrund av nya regler. Handläggare Lars Ek."],
        ],
        {"SBN 2026/143"},
    ),
    # A protocol: a "Diarienummer" box over its value on the first page, a § with its own number.
    "protocol_box": (
        "vasteraker_kommunstyrelsen_2026-02-10_protokoll",
        [
            ["Västeråkers kommun", "SAMMANTRÄDESPROTOKOLL"],
            ["Kommunstyrelsen", "Diarienummer"],
            ["Sammanträdesdatum 2026-02-10", "KS 2026/7"],
            ["Plats och tid: Kommunhuset kl. 13.00–15.00"],
            ["Beslutande: Anna Holm (S), ordförande; Bo Ek (M)"],
            ["§ 1 Val av justerare"],
            ["Bo Ek utses att jämte ordföranden justera protokollet."],
            ["§ 2 Budget 2027"],
            ["Dnr KS 2026/41"],
            ["Kommunstyrelsen föreslår kommunfullmäktige att anta budgeten."],
        ],
        {"KS 2026/7", "KS 2026/41"},
    ),
    # Notes whose number sits in the other party's field and in a sentence only: none is the document's.
    "lookalikes": (
        "vasteraker_pensionarsradet_2026-05-05_minnesanteckningar",
        [
            ["Västeråkers kommun", "MINNESANTECKNINGAR"],
            ["Kommunala pensionärsrådet", "2026-05-05"],
            ["Ert dnr: TRV 2026/44110"],
            ["Minnesanteckningar från kommunala pensionärsrådet"],
            ["Rådet sammanträder enligt sitt reglemente, dnr KS 2024/301."],
            *_NOTES_BODY[:4],
            ["2. Färdtjänst"],
            ["Rådet diskuterar beslutet i ärende med dnr KS 2025/88 om färdtjänstens regler."],
        ],
        set(),
    ),
}


def _groups(doc: Doc) -> list[tuple[bool, list[list[str]]]]:
    """Consecutive lines of one field (paragraphs) or of several (a table), in order."""
    out: list[tuple[bool, list[list[str]]]] = []
    for line in doc:
        table = len(line) > 1
        if out and out[-1][0] == table:
            out[-1][1].append(line)
        else:
            out.append((table, [line]))
    return out


def _docx(doc: Doc, path: Path) -> None:
    d = docx.Document()
    for table, lines in _groups(doc):
        if not table:
            for (text,) in lines:
                d.add_paragraph(text)
            continue
        t = d.add_table(rows=0, cols=max(len(x) for x in lines))
        for line in lines:
            for cell, text in zip(t.add_row().cells, line, strict=False):
                cell.text = text
    d.save(path)


def _pdf(doc: Doc, path: Path) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    p.add_page()
    p.set_font("S", "", 10)
    y = 20.0
    for line in doc:
        for x, text in zip((15, 120), line, strict=False):
            p.text(x, y, text)
        y += 6
    p.output(str(path))


def _html(doc: Doc, path: Path) -> None:
    out = []
    for table, lines in _groups(doc):
        if not table:
            out += [f"<p>{html.escape(t)}</p>" for (t,) in lines]
            continue
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in x) + "</tr>" for x in lines)
        out.append(f"<table>{rows}</table>")
    path.write_text(f"<html><body><main>{''.join(out)}</main></body></html>", encoding="utf-8")


def _text(doc: Doc, path: Path) -> None:
    """As `pdftotext -layout` prints the PDF: the second column at a fixed position."""
    out = [f"{line[0]:<60}{line[1]}".rstrip() if len(line) > 1 else line[0] for line in doc]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


MARKUPS: dict[str, tuple[str, Callable[[Doc, Path], None]]] = {
    "docx": ("docx", _docx),
    "pdf": ("pdf", _pdf),
    "html": ("html", _html),
    "text": ("txt", _text),
}


def extract(name: str, markup: str, tmp: Path) -> tuple[set[str], set[str]]:
    """One probe document in one markup: (the document's case keys, its items' case keys)."""
    stem, doc, _ = DOCS[name]
    suffix, write = MARKUPS[markup]
    path = tmp / f"{stem}.{suffix}"
    write(doc, path)
    ex = extract_file(path)
    return set(ex.diarienummer), {k for it in ex.items for k in it.diarienummer}


def right(name: str, got: set[str], items: set[str]) -> bool:
    """The document lists every number the reader lists, and none besides its items' (whose own rules
    are not probed here). Keys are compared as the scorer compares them."""
    from arkiv.evaluation.items import gold_dnr_key

    want = {gold_dnr_key(x) for x in DOCS[name][2]}
    return want <= got and got - items <= want


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        n = 0
        for name in DOCS:
            for m in MARKUPS:
                got, items = extract(name, m, Path(d))
                ok = right(name, got, items)
                n += ok
                print(f"{name:24} {m:5} {'ok ' if ok else 'BAD'} doc={sorted(got)} items={sorted(items)}")
        print(f"right {n}/{len(DOCS) * len(MARKUPS)}")
