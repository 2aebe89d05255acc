"""A probe: case numbers in the forms session 14 left, the same § items in several markups.

The four § items of `dnr_positions14_probe` (two with their own number, one citing earlier decisions, a
delegation list whose numbers are references, an "Anmälan av motioner" whose numbers are its own) print
their own numbers:
- in shapes with the series after a short serial or a padded serial before a two-digit year
  ("2026/41 KS", "KS 0041/26", "KS 26-41", "KS 2026-41");
- after a "Beteckning" label ("Beteckning:", "Vår beteckning", "Dnr/Beteckning");
- bare ("2026/41") after the title on the § line, one space, two spaces or a tab away;
- in a table whose header row names the column ("Paragraf | Ärende | Beteckning", Dorotea's Word tables);
- two on one labelled line ("Dnr: KS 2026/41, KS 2026/44").
Against them, § lines whose last word is no case number (a year, a school year, a property, an SFS
number, a date, money) and references in the running text ("se beslut KS 2026/12 § 4"). Every name,
place and number is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx
from dnr_positions14_probe import (
    BODIES,
    HEAD,
    SERIALS,
    TITLES,
    Heading,
    Variant,
    _below,
    _end,
    _file,
    _gap,
    _labelled,
    _paren,
    _right,
    _wrapped,
    protocol_docx,
    protocol_html,
    protocol_pdf,
    protocol_text,
    want,
)
from fpdf import FPDF

from arkiv.evaluation.items import gold_dnr_key

Shape = Callable[[int], str]
#: Shapes of an own number that main read in no position (`2026/41 KS`, `KS 0041/26`, `KS 26-41`) or only
#: in some (`KS 2026-41`).
SHAPES: dict[str, Shape] = {
    "series_after_short": lambda n: f"2026/{n} KS",
    "padded_short_year": lambda n: f"KS {n:04d}/26",
    "short_year_dash": lambda n: f"KS 26-{n}",
    "year_dash_short": lambda n: f"KS 2026-{n}",
}
KNOWN: dict[str, Shape] = {"ks_slash": lambda n: f"KS 2026/{n}", "bare_slash": lambda n: f"2026/{n}"}
LABELS = ["Beteckning:", "Ärendebeteckning:", "Vår beteckning:", "Vår beteckning", "Dnr/Beteckning:"]


def two(n: int) -> str:
    return f"KS 2026/{n}, KS 2026/{n + 3}"


def _end2(k: int, t: str, d: str) -> list[str]:  # two spaces between the title and the number
    return [f"§ {k} {t}  {d}".rstrip()]


def _head_row_txt(k: int, t: str, d: str) -> list[str]:  # a text layout's header row over each § line
    return [f"{'Paragraf':<10}{'Ärende':<50}Dnr", f"{'§ ' + str(k):<10}{t:<50}{d}".rstrip()]


POSITIONS: dict[str, Heading] = {
    "sline_end": _end,
    "sline_end2": _end2,
    "layout_gap": _gap,
    "layout_right": _right,
    "below_title": _below,
    "paren": _paren,
    "wrapped": _wrapped,
    "label[Dnr]": _labelled("Dnr"),
    "head_row": _head_row_txt,
}


def table_docx(path: Path, shape: Shape, column: str) -> None:
    """Each § a Word table: a header row ("Paragraf | Ärende | Beteckning") over the § row."""
    doc = docx.Document()
    for line in HEAD:
        if line:
            doc.add_paragraph(line)
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = shape(SERIALS[i]) if i < len(SERIALS) else ""
        table = doc.add_table(rows=2, cols=3)
        for c, h in zip(table.rows[0].cells, ("Paragraf", "Ärende", column), strict=True):
            c.text = h
        for c, v in zip(table.rows[1].cells, (f"§ {12 + i}", title, own), strict=True):
            c.text = v
        for line in body:
            if line:
                doc.add_paragraph(line)
    doc.add_paragraph("Justerare: Per Holm")
    doc.save(str(path))


def table_html(path: Path, shape: Shape, column: str) -> None:
    parts = [f"<p>{html.escape(x)}</p>" for x in HEAD if x]
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = shape(SERIALS[i]) if i < len(SERIALS) else ""
        parts.append(
            f"<table><tr><th>Paragraf</th><th>Ärende</th><th>{column}</th></tr>"
            f"<tr><td>§ {12 + i}</td><td>{html.escape(title)}</td><td>{html.escape(own)}</td></tr></table>"
        )
        parts += [f"<p>{html.escape(x)}</p>" for x in body if x]
    parts.append("<p>Justerare: Per Holm</p>")
    path.write_text(f"<html><body><main>{''.join(parts)}</main></body></html>", encoding="utf-8")


def table_pdf(shape: Shape, column: str) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in HEAD:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = shape(SERIALS[i]) if i < len(SERIALS) else ""
        pdf.ln(4)
        for row in (("Paragraf", "Ärende", column), (f"§ {12 + i}", title, own)):
            for w, c in zip((20, 120, 40), row, strict=True):
                pdf.cell(w, 7, c, border=1)
            pdf.ln(7)
        for line in body:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Justerare: Per Holm", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ---- § lines whose last token is no case number, and references in the running text -----------------

#: (name, § 13's title, the case numbers a reader finds for it). The other items print "Dnr KS 2026/n".
NOT_CASES: list[tuple[str, str, list[str]]] = [
    ("year", "Budget för 2027", []),
    ("two_years", "Budget 2027 2028", []),
    ("school_year", "Verksamhetsplan 2026/27", []),
    ("span", "Investeringsplan 2026/2030", []),
    ("property", "Bygglov för Norrby 3:1", []),
    ("sfs", "Tillämpning av förordning 2010:900", []),
    ("date", "Beslut från sammanträdet 2026-03-04", []),
    ("money", "Tilläggsanslag 2026 tkr", []),
    ("phone", "Ny växel 0123-45 67 89", []),
    ("paragraph_ref", "Ändring av beslut 2026-02-10 § 4", []),
    ("month", "Delårsrapport 2026-08", []),
    ("series_after_short", "Taxa för bygglov 2027 2026/104 KS", ["2026/104 KS"]),
    ("bare_one_space", "Taxa för bygglov 2027 2026/104", ["2026/104"]),
    ("bare_two_spaces", "Taxa för bygglov 2027  2026/104", ["2026/104"]),
]
#: A body citing other decisions in its text: references, not the item's (eval/GOLD_FORMAT.md).
CITING = [
    "Ärendebeskrivning",
    "Se beslut KS 2026/12 § 4 och kommunfullmäktiges beslut 2025-11-20 § 98, dnr KF 2025/77.",
    "",
    "Beslut",
    "Kommunstyrelsen beslutar att godkänna rapporten.",
]


def one_title(title: str, *, cited_first: bool = False, layout: str = "txt") -> str:
    """A protocol of three items: § 12 and § 14 with their "Dnr KS 2026/n" line, § 13 with `title`
    (no Dnr line); § 13's body cites other decisions, on its first line where `cited_first`."""
    out = list(HEAD)
    for k, t in ((12, TITLES[0]), (13, title), (14, TITLES[1])):
        out.append(f"§ {k} {t}")
        if k != 13:
            out += [f"Dnr KS 2026/{k + 30}", ""]
        else:
            out += [CITING[1]] if cited_first else [""]
        out += [*CITING, ""]
    return "\n".join(out) + "\nJusterare: Per Holm\n"


def not_case_want(title_want: list[str]) -> list[list[str]]:
    return [["KS 2026/42"], [gold_dnr_key(x) for x in title_want], ["KS 2026/44"]]


# ---- the variants ---------------------------------------------------------------------------------

_P = "vimby_kommunstyrelsen_2026-10-28_protokoll"


def _txt(name: str, heading: Heading, shape: Shape) -> Variant:
    return Variant(f"txt/{name}", _file(_P, "txt", protocol_text(heading, shape)), want(shape))


def variants() -> list[Variant]:
    out: list[Variant] = []
    shapes = {**SHAPES, **KNOWN}
    for sname, shape in SHAPES.items():
        for pos, heading in POSITIONS.items():
            out.append(_txt(f"{pos}/{sname}", heading, shape))
        out.append(Variant(f"pdf/right/{sname}", _file(_P, "pdf", protocol_pdf("right", shape)), want(shape)))
        out.append(Variant(f"pdf/below/{sname}", _file(_P, "pdf", protocol_pdf("below", shape)), want(shape)))
        out.append(
            Variant(
                f"docx/label/{sname}", _file(_P, "docx", lambda p, s=shape: protocol_docx(p, s)), want(shape)
            )
        )
        out.append(
            Variant(
                f"docx/tab/{sname}",
                _file(_P, "docx", lambda p, s=shape: protocol_docx(p, s, layout="tab")),
                want(shape),
            )
        )
        out.append(
            Variant(
                f"html/label/{sname}", _file(_P, "html", lambda p, s=shape: protocol_html(p, s)), want(shape)
            )
        )
    for label in LABELS:
        for sname, shape in shapes.items():
            out.append(_txt(f"label[{label}]/{sname}", _labelled(label), shape))
        ks = KNOWN["ks_slash"]
        out.append(
            Variant(
                f"docx/label[{label}]",
                _file(_P, "docx", lambda p, la=label, s=ks: protocol_docx(p, s, label=la)),
                want(ks),
            )
        )
        out.append(
            Variant(
                f"html/label[{label}]",
                _file(_P, "html", lambda p, la=label, s=ks: protocol_html(p, s, label=la)),
                want(ks),
            )
        )
    bare = KNOWN["bare_slash"]
    for pos in ("sline_end", "sline_end2", "layout_gap", "head_row"):
        out.append(_txt(f"{pos}/bare_slash", POSITIONS[pos], bare))
    out.append(
        Variant(
            "docx/tab/bare_slash",
            _file(_P, "docx", lambda p: protocol_docx(p, bare, layout="tab")),
            want(bare),
        )
    )
    for column in ("Beteckning", "Dnr", "Dnr/Beteckning"):
        for sname, shape in shapes.items():
            out.append(
                Variant(
                    f"docx/head_row[{column}]/{sname}",
                    _file(_P, "docx", lambda p, s=shape, c=column: table_docx(p, s, c)),
                    want(shape),
                )
            )
            out.append(
                Variant(
                    f"html/head_row[{column}]/{sname}",
                    _file(_P, "html", lambda p, s=shape, c=column: table_html(p, s, c)),
                    want(shape),
                )
            )
            out.append(
                Variant(
                    f"pdf/head_row[{column}]/{sname}", _file(_P, "pdf", table_pdf(shape, column)), want(shape)
                )
            )
    for pos in ("label[Dnr:]", "label[Dnr]", "below_title", "sline_end", "layout_gap"):
        heading = _labelled("Dnr:") if pos == "label[Dnr:]" else POSITIONS[pos]
        out.append(_txt(f"{pos}/two", heading, two))
    out.append(
        Variant("docx/label/two", _file(_P, "docx", lambda p: protocol_docx(p, two, label="Dnr:")), want(two))
    )
    out.append(
        Variant("html/label/two", _file(_P, "html", lambda p: protocol_html(p, two, label="Dnr:")), want(two))
    )
    out.append(Variant("pdf/below/two", _file(_P, "pdf", protocol_pdf("below", two)), want(two)))
    for name, title, found in NOT_CASES:
        for first in (False, True):
            out.append(
                Variant(
                    f"sline/{name}{'/cited_first' if first else ''}",
                    _file(_P, "txt", one_title(title, cited_first=first)),
                    not_case_want(found),
                )
            )
    return out
