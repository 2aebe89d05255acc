"""Organization, organ and date printed only in a page header or footer (texts invented).

Kommuner's Word templates put who met and when in the page's header or footer part, not in the body:
the default footer ("Vara kommun – Socialnämnden – 2026-05-06"), a different first page's header or
footer, a footer laid out with tab stops or as a table, a header table ("Vara kommun | Protokoll" /
"Socialnämnden | 2026-05-06"). A PDF prints them as a running footer on every page
("Kommunstyrelsens arbetsutskott | 2026-11-24 | Sida 2 av 3", "Protokoll Socialnämnden 2026-05-06").
The same three documents (minnesanteckningar, a kallelse, a protocol), whose bodies name neither the
organ nor the date, are set in each markup: the metadata must come from the header or footer, and the
footer's text must stay out of the points (no point, no part of a title or a body). A footer that
prints only a page number or a template's name names nothing: the fields stay empty.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.types import Extraction

ORG = "Vara kommun"
FONTS = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Doc:
    kind: str  # the doc_type wanted
    word: str  # how the document names its kind
    organ: str
    date: str
    title: str  # the body's first line
    points: list[tuple[str, str, str]]  # (number as printed, title, text)
    want_numbers: list[str | None]


NOTES = Doc(
    "minnesanteckningar",
    "Minnesanteckningar",
    "Kommunala pensionärsrådet",
    "2026-05-06",
    "Minnesanteckningar",
    [
        ("1.", "Lägesbild äldreomsorgen", "Förvaltningen berättade om bemanningen under sommaren."),
        ("2.", "Färdtjänst och kollektivtrafik", "Rådet frågade om nya regler för färdtjänstresor."),
        ("3.", "Övriga frågor", "Inga övriga frågor togs upp."),
    ],
    ["1", "2", "3"],
)
KALLELSE = Doc(
    "kallelse",
    "Kallelse",
    "Socialnämnden",
    "2026-05-06",
    "Kallelse",
    [
        ("1.", "Val av justerare", "Förslag: Anna Berg (S)."),
        ("2.", "Budgetuppföljning april", "Förvaltningen redovisar utfallet."),
        ("3.", "Anmälan av delegationsbeslut", "Besluten redovisas i bilaga."),
    ],
    ["1", "2", "3"],
)
PROTOKOLL = Doc(
    "protokoll",
    "Protokoll",
    "Kommunstyrelsens arbetsutskott",
    "2026-11-24",
    "Protokoll",
    [
        ("§ 12", "Val av justerare", "Anna Berg (S) utses att justera protokollet."),
        ("§ 13", "Budget 2027", "Förslaget till budget godkänns."),
        ("§ 14", "Anmälan av delegationsbeslut", "Anmälan läggs till handlingarna."),
    ],
    ["§12", "§13", "§14"],
)
DOCS = {"notes": NOTES, "kallelse": KALLELSE, "protokoll": PROTOKOLL}


# ---- Word ----------------------------------------------------------------------------------------


def _page_field(p: Any) -> None:
    """ "Sida {PAGE} av {NUMPAGES}" as Word stores it: the fields' values are filled in when it prints."""
    p.add_run("Sida ")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"/>'))
    p.add_run(" av ")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="NUMPAGES"/>'))


def _body(d: Any, doc: Doc, *, breaks: bool) -> None:
    d.add_paragraph().add_run(doc.title).bold = True
    d.add_paragraph("Närvarande: Anna Berg (S), Per Lind (M)")
    for k, (number, title, text) in enumerate(doc.points):
        d.add_paragraph().add_run(f"{number} {title}").bold = True
        d.add_paragraph(text)
        if breaks and k < len(doc.points) - 1:
            d.add_page_break()


def _set(part: Any, lines: list[str]) -> None:
    part.is_linked_to_previous = False
    part.paragraphs[0].text = lines[0]
    for ln in lines[1:]:
        part.add_paragraph(ln)


def _table(part: Any, rows: list[list[str]]) -> None:
    part.is_linked_to_previous = False
    t = part.add_table(rows=len(rows), cols=len(rows[0]), width=docx.shared.Cm(16))
    for row, cells in zip(t.rows, rows, strict=True):
        for c, v in zip(row.cells, cells, strict=True):
            c.text = v


def _footer_dash(d: Any, doc: Doc) -> None:
    _set(d.sections[0].footer, [f"{ORG} – {doc.organ} – {doc.date}"])
    _page_field(d.sections[0].footer.add_paragraph())


def _footer_kind(d: Any, doc: Doc) -> None:
    _set(d.sections[0].header, [ORG])
    _set(d.sections[0].footer, [f"{doc.word} {doc.organ} {doc.date}"])


def _first_footer(d: Any, doc: Doc) -> None:
    s = d.sections[0]
    s.different_first_page_header_footer = True
    _set(s.first_page_header, [ORG])
    _set(s.first_page_footer, [f"{doc.organ} | {doc.date}"])
    _page_field(s.footer.paragraphs[0])


def _first_header(d: Any, doc: Doc) -> None:
    s = d.sections[0]
    s.different_first_page_header_footer = True
    _set(s.first_page_header, [ORG, doc.word, doc.organ, doc.date])
    _page_field(s.header.paragraphs[0])


def _footer_tabs(d: Any, doc: Doc) -> None:
    _set(d.sections[0].footer, [f"{ORG}\t{doc.organ}\t{doc.date}"])


def _footer_table(d: Any, doc: Doc) -> None:
    _table(d.sections[0].footer, [[ORG, doc.organ, doc.date]])


def _header_table(d: Any, doc: Doc) -> None:
    _table(d.sections[0].header, [[ORG, doc.word], [doc.organ, doc.date]])


def _even_header(d: Any, doc: Doc) -> None:
    """Odd and even pages told apart (settings' evenAndOddHeaders): the organ in both headers."""
    d.settings.odd_and_even_pages_header_footer = True
    _set(d.sections[0].header, [f"{ORG}  {doc.organ}  {doc.date}"])
    _set(d.sections[0].even_page_header, [f"{doc.organ}  {doc.date}  {ORG}"])


WORD: dict[str, Callable[[Any, Doc], None]] = {
    "footer_dash": _footer_dash,
    "footer_kind": _footer_kind,
    "first_footer": _first_footer,
    "first_header": _first_header,
    "footer_tabs": _footer_tabs,
    "footer_table": _footer_table,
    "header_table": _header_table,
    "even_header": _even_header,
}


def _word(doc: Doc, markup: str, *, breaks: bool) -> bytes:
    d = docx.Document()
    _body(d, doc, breaks=breaks)
    WORD[markup](d, doc)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# ---- PDF -----------------------------------------------------------------------------------------


def _pdf(doc: Doc, footer: Callable[[int, int], list[str]], *, org_head: bool) -> bytes:
    """One point a page, the running footer (and, if asked, the kommun's name on top) on every page."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("dejavu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    n = len(doc.points)
    for k, (number, title, text) in enumerate(doc.points, start=1):
        pdf.add_page()
        y = 20.0
        if org_head:
            pdf.set_font("dejavu", "", 9)
            pdf.text(20, 12, ORG)
        if k == 1:
            pdf.set_font("dejavu", "B", 16)
            pdf.text(20, y + 8, doc.title)
            pdf.set_font("dejavu", "", 10)
            pdf.text(20, y + 18, "Närvarande: Anna Berg (S), Per Lind (M)")
            y += 24
        pdf.set_font("dejavu", "B", 12)
        pdf.text(20, y + 10, f"{number} {title}")
        pdf.set_font("dejavu", "", 10)
        pdf.text(20, y + 18, text)
        pdf.set_font("dejavu", "", 8)
        for j, ln in enumerate(footer(k, n)):  # fmt: skip
            left, _, right = ln.partition("\t")  # a page number set at the right margin
            pdf.text(20, 282 + 4 * j, left)
            if right:
                pdf.text(185, 282 + 4 * j, right)
    return bytes(pdf.output())


PDF: dict[str, tuple[Callable[[Doc], Callable[[int, int], list[str]]], bool, bool]] = {
    # name: (footer lines, the kommun named on top of every page, the kommun named anywhere)
    "pdf_pipe": (lambda doc: lambda k, n: [f"{doc.organ} | {doc.date} | Sida {k} av {n}"], False, False),
    "pdf_kind": (lambda doc: lambda k, n: [f"{doc.word} {doc.organ} {doc.date}\tSida {k} ({n})"], True, True),
    "pdf_dot": (lambda doc: lambda k, n: [f"{ORG} · {doc.organ} · {doc.date}\t{k}/{n}"], False, True),
}


# ---- the table -----------------------------------------------------------------------------------

CASES = [(d, m, b) for d in DOCS for m in WORD for b in (False, True)] + [
    (d, m, True) for d in DOCS for m in PDF
]


def _build(tmp: Path, name: str, markup: str, breaks: bool) -> tuple[Path, bool]:
    doc = DOCS[name]
    if markup in PDF:
        footer, head, named = PDF[markup]
        p = tmp / f"{name}_{markup}.pdf"
        p.write_bytes(_pdf(doc, footer(doc), org_head=head))
        return p, named
    p = tmp / f"{name}_{markup}_{'pages' if breaks else 'one'}.docx"
    p.write_bytes(_word(doc, markup, breaks=breaks))
    return p, True


def problems(ex: Extraction, doc: Doc, org_named: bool) -> list[str]:
    """What the extraction got wrong: metadata, points, and footer text in a point."""
    m = ex.meta
    out = []
    want_org = ORG if org_named else None
    for field, got, want in (
        ("organization", m.organization, want_org),
        ("organ", m.organ, doc.organ),
        ("date", m.date, doc.date),
        ("doc_type", m.doc_type, doc.kind),
    ):
        if got != want:
            out.append(f"{field}={got!r} (want {want!r})")
    titles = [it.title for it in ex.items]
    if titles != [t for _, t, _ in doc.points] or [it.number for it in ex.items] != doc.want_numbers:
        out.append(f"items={[(it.number, it.title) for it in ex.items]}")
    for it in ex.items:
        chunk = f"{it.title}\n{it.text}"
        if doc.date in chunk or doc.organ in chunk or ORG in chunk or "Sida" in chunk:
            out.append(f"footer in {it.number}: {it.text[-80:]!r}")
    return out


@pytest.mark.parametrize(
    ("name", "markup", "breaks"), CASES, ids=[f"{d}-{m}-{'pages' if b else 'one'}" for d, m, b in CASES]
)
def test_footer_metadata(name: str, markup: str, breaks: bool, tmp_path: Path) -> None:
    path, org_named = _build(tmp_path, name, markup, breaks)
    assert problems(extract_file(path), DOCS[name], org_named) == []


# A footer naming nothing of the meeting: a page number, a template's name and version date. The body
# names neither organ nor date, so both stay empty (never the template's date, nor a guess).
def _template_footer(d: Any, doc: Doc) -> None:
    _page_field(d.sections[0].footer.paragraphs[0])
    d.sections[0].footer.add_paragraph("Mall: Protokoll v3, fastställd 2019-01-15")


@pytest.mark.parametrize("name", list(DOCS))
def test_footer_naming_nothing_leaves_fields_empty(name: str, tmp_path: Path) -> None:
    d = docx.Document()
    _body(d, DOCS[name], breaks=True)
    _template_footer(d, DOCS[name])
    p = tmp_path / f"{name}_template.docx"
    d.save(p)
    ex = extract_file(p)
    assert (ex.meta.organ, ex.meta.date, ex.meta.organization) == (None, None, None)
    assert [it.title for it in ex.items] == [t for _, t, _ in DOCS[name].points]
