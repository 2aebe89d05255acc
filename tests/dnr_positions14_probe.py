"""A probe: the same few § items with their case numbers printed in many shapes, positions and markups.

Every protocol holds four items: two whose own number is printed with the heading, one whose text cites
an earlier decision ("kommunfullmäktige beslutade 2024-05-12, § 45, KS 2024/88") and lists a
Beslutsunderlag with its number, one that lists delegation decisions with theirs (references, not the
item's), and an "Anmälan av motioner" whose listed motions' numbers are its own (their ärenden begin
there, eval/GOLD_FORMAT.md). A variant prints the own numbers in one shape at one position, in one
markup (text export, fpdf2 PDF, python-docx, HTML). `score` compares the items' case keys with what a
reader finds, read as the scorer reads them (`gold_dnr_key`). Every name, place and number is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from fpdf import FPDF

from arkiv.evaluation.items import gold_dnr_key
from indexer.extract import extract_file

#: Shapes of an own number: (name, template for the serial n, family needs a label to be a case).
SHAPES: list[tuple[str, Callable[[int], str]]] = [
    ("ks_slash", lambda n: f"KS 2026/{n}"),
    ("series_after", lambda n: f"2026.{n:03d} KS"),
    ("slash_colon", lambda n: f"KS/2026:{n}"),
    ("dash_long", lambda n: f"MBN-2026-{n:06d}"),
    ("run_in", lambda n: f"KS26/{n}"),
    ("space_dash", lambda n: f"SN 2026-{n:06d}"),
    ("ks_space_dash", lambda n: f"KS 2026-{n:06d}"),
    ("doc_suffix", lambda n: f"BUN 2026/{n:04d}-3"),
    ("colon_suffix", lambda n: f"KS 2026/{n}:12"),
    ("class_suffix", lambda n: f"KS 2026/{n}-040"),
    ("dot_suffix", lambda n: f"KS 2026/{n}.3"),
    ("series_after_sn", lambda n: f"2025.{n:03d} SN"),
]
#: Shapes only a label (or a Dnr column) makes a case number: "Dnr 2026/41".
BARE_SHAPES: list[tuple[str, Callable[[int], str]]] = [
    ("bare_slash", lambda n: f"2026/{n}"),
    ("bare_dot", lambda n: f"2025.{n}"),
]
LABELS = [
    *("Dnr", "Dnr:", "Diarienummer:", "Ärendenummer", "Vårt dnr", "Diarienr", "Dnr.", "Vårt diarienummer"),
    *("Diarie nr", "Ärendebeteckning:", "Beteckning:", "Ärende nr"),
]

TITLES = [
    "Detaljplan för Vimby 3:4, antagande",
    "Taxa för bygglov 2027",
    "Redovisning av delegationsbeslut",
    "Anmälan av motioner",
]
SERIALS = [41, 104, 77]  # own numbers of the first three items; the fourth has none of its own
BODIES = [
    [
        "Ärendebeskrivning",
        "Planen har varit utställd under september.",
        "",
        "Beslut",
        "Kommunstyrelsen föreslår kommunfullmäktige att anta detaljplanen.",
    ],
    [
        "Ärendebeskrivning",
        "Kommunfullmäktige beslutade 2024-05-12, § 45, KS 2024/88, att anta gällande taxa.",
        "Taxan behöver nu räknas upp.",
        "",
        "Beslutsunderlag",
        "Tjänsteskrivelse 2026-09-30",
        "Kommunfullmäktiges beslut 2023-11-20 § 102, KS 2023/412",
        "",
        "Beslut",
        "Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.",
    ],
    [
        "Följande delegationsbeslut anmäls:",
        "Beslut om bygglov för Vimby 2:14, BN 2026/301",
        "Beslut om serveringstillstånd, KS 2026/290",
        "",
        "Beslut",
        "Redovisningen läggs till handlingarna.",
    ],
    [
        "Följande motioner har inkommit:",
        "Motion från Per Holm (M) om cykelbanor, KS 2026/501",
        "Motion från Eva Sund (C) om skolmat, KS 2026/502",
        "",
        "Beslut",
        "Motionerna remitteras till kommunstyrelsen.",
    ],
]
NEW_MOTIONS = ["KS 2026/501", "KS 2026/502"]
HEAD = [
    "Vimby kommun",
    "SAMMANTRÄDESPROTOKOLL",
    "Kommunstyrelsen",
    "Sammanträdesdatum 2026-10-28",
    "",
    "Beslutande: Anna Ek (S), ordförande, Per Holm (M), Eva Sund (C)",
    "",
]


def two(n: int) -> str:
    """Two own numbers printed together: the item's case and a related one handled with it."""
    return f"KS 2026/{n}, KS 2026/{n + 1}"


def want(shape: Callable[[int], str]) -> list[list[str]]:
    """The keys a reader finds per item when the own numbers print in `shape`."""
    own = [[gold_dnr_key(p.strip()) for p in shape(n).split(", ")] for n in SERIALS]
    return [*own, [gold_dnr_key(d) for d in NEW_MOTIONS]]


# Positions in a text export: each returns the heading's lines for (§ number, title, own number or "").
Heading = Callable[[int, str, str], list[str]]


def _end(k: int, t: str, d: str) -> list[str]:
    return [f"§ {k} {t} {d}".rstrip()]


def _start(k: int, t: str, d: str) -> list[str]:
    return [f"§ {k} {d} {t}".replace("  ", " ")]


def _right(k: int, t: str, d: str) -> list[str]:  # pdftotext -layout: number far right, title below
    return [f"§ {k}{' ' * 60}{d}".rstrip(), f"      {t}"]


def _gap(k: int, t: str, d: str) -> list[str]:  # one line, the number set apart in a right column
    return [f"§ {k}    {t:<56}{d}".rstrip()]


def _below(k: int, t: str, d: str) -> list[str]:
    return [f"§ {k} {t}", *([d] if d else [])]


def _labelled(label: str) -> Heading:
    return lambda k, t, d: [f"§ {k} {t}", *([f"{label} {d}"] if d else [])]


def _label_above(k: int, t: str, d: str) -> list[str]:
    return [*([f"Dnr {d}"] if d else []), f"§ {k} {t}"]


def _label_right(k: int, t: str, d: str) -> list[str]:
    return [f"§ {k}    {t:<50}{'Dnr ' + d if d else ''}".rstrip()]


def _paren(k: int, t: str, d: str) -> list[str]:
    return [f"§ {k} {t}" + (f" ({d})" if d else "")]


def _wrapped(k: int, t: str, d: str) -> list[str]:  # a long title over two lines, the number after it
    return [f"§ {k} {t} samt", f"uppdrag till förvaltningen om genomförandet {d}".rstrip()]


def _label_next(k: int, t: str, d: str) -> list[str]:  # a boxed header read row by row: label over number
    return [f"§ {k} {t}", *(["Diarienummer", d] if d else [])]


def _above(k: int, t: str, d: str) -> list[str]:  # the number right-aligned on the line above the § line
    return [*([f"{' ' * 60}{d}"] if d else []), f"§ {k} {t}"]


def _sign_alone(k: int, t: str, d: str) -> list[str]:  # "§ 12" alone, the title and the number under it
    return [f"§ {k}", t, *([f"Dnr {d}"] if d else [])]


def _title_above(k: int, t: str, d: str) -> list[str]:  # the title above its § line, the number beside it
    return ["", t, f"§ {k}{' ' * 40}{d}".rstrip()]


def _dnr_left(k: int, t: str, d: str) -> list[str]:  # the number left, the § at the right, the title below
    return [f"{'Dnr ' + d if d else '':<60}§ {k}", t]


def _org_prefix(k: int, t: str, d: str) -> list[str]:  # "KS § 12" with the number on the line's right
    return [f"KS § {k}{' ' * 8}{d}".rstrip(), t]


POSITIONS: dict[str, Heading] = {
    "sign_alone": _sign_alone,
    "title_above": _title_above,
    "dnr_left": _dnr_left,
    "org_prefix": _org_prefix,
    "paren": _paren,
    "wrapped": _wrapped,
    "label_next_line": _label_next,
    "above_right": _above,
    "sline_end": _end,
    "sline_start": _start,
    "layout_right": _right,
    "layout_gap": _gap,
    "below_title": _below,
    "label_above": _label_above,
    "label_right": _label_right,
    **{f"label[{lab}]": _labelled(lab) for lab in LABELS},
}


def protocol_text(heading: Heading, shape: Callable[[int], str], *, forts: bool = False) -> str:
    out = list(HEAD)
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = shape(SERIALS[i]) if i < len(SERIALS) else ""
        out += [*heading(12 + i, title, own), "", *body, ""]
        if forts and i == 1:  # the § goes on over a page break, its heading repeated with "forts."
            out[-4:-4] = ["\f" + "Vimby kommun  Kommunstyrelsen  2026-10-28", "", "§ 13 (forts.)", ""]
    return "\n".join(out) + "\nJusterare: Per Holm\n"


# ---- other markups --------------------------------------------------------------------------------


def _pdf_page(pdf: FPDF) -> None:
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in HEAD:
        pdf.text(20, y, line)
        y += 5


def protocol_pdf(layout: str, shape: Callable[[int], str]) -> bytes:
    """`layout`: "right" (number right-aligned on the § line, title below it), "box" (a boxed row
    [§ | title | Dnr over the number]), "below" (the number under the title)."""
    pdf = FPDF(unit="mm", format="A4")
    _pdf_page(pdf)
    y = 60.0
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = shape(SERIALS[i]) if i < len(SERIALS) else ""
        pdf.set_font("helvetica", style="B", size=11)
        if layout == "right":
            pdf.text(20, y, f"§ {12 + i}")
            pdf.set_font("helvetica", size=10)
            pdf.text(190 - pdf.get_string_width(own), y, own)
            pdf.set_font("helvetica", style="B", size=11)
            pdf.text(35, y + 6, title)
            y += 14
        elif layout == "box":
            pdf.set_xy(20, y)
            pdf.cell(20, 12, f"§ {12 + i}", border=1)
            pdf.cell(120, 12, title, border=1)
            pdf.set_font("helvetica", size=8)
            x = pdf.get_x()
            pdf.multi_cell(40, 6, f"Dnr\n{own}" if own else "", border=1)
            pdf.set_xy(x + 40, y)
            y += 18
        else:
            pdf.text(20, y, f"§ {12 + i} {title}")
            pdf.set_font("helvetica", size=10)
            if own:
                pdf.text(20, y + 5, own)
            y += 11
        pdf.set_font("helvetica", size=10)
        for line in body:
            pdf.text(20, y, line)
            y += 5
        y += 5
        if y > 240 and i < len(TITLES) - 1:
            _pdf_page(pdf)
            y = 60.0
    pdf.text(20, y + 5, "Justerare: Per Holm")
    return bytes(pdf.output())


def protocol_docx(
    path: Path, shape: Callable[[int], str], *, label: str = "Dnr", layout: str = "para"
) -> None:
    """`layout`: "para" (a heading, then the labelled number), "table" (a one-row table per § [§ | title |
    label over number]), "tab" (the § line with the number after a tab)."""
    doc = docx.Document()
    for line in HEAD:
        if line:
            doc.add_paragraph(line)
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = shape(SERIALS[i]) if i < len(SERIALS) else ""
        if layout == "table":
            cells = doc.add_table(rows=1, cols=3).rows[0].cells
            cells[0].text, cells[1].text = f"§ {12 + i}", title
            cells[2].text = f"{label}\n{own}" if own else ""
        elif layout == "tab":
            doc.add_paragraph(f"§ {12 + i}\t{title}\t{own}".rstrip())
        else:
            doc.add_heading(f"§ {12 + i} {title}", level=2)
            if own:
                doc.add_paragraph(f"{label} {own}".strip())
        for line in body:
            if line:
                doc.add_paragraph(line)
    doc.add_paragraph("Justerare: Per Holm")
    doc.save(str(path))


def protocol_html(path: Path, shape: Callable[[int], str], *, label: str = "Dnr") -> None:
    parts = [f"<p>{html.escape(x)}</p>" for x in HEAD if x]
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = shape(SERIALS[i]) if i < len(SERIALS) else ""
        parts.append(f"<h2>§ {12 + i} {html.escape(title)}</h2>")
        if own:
            parts.append(f"<p>{html.escape((label + ' ' + own).strip())}</p>")
        parts += [f"<p>{html.escape(x)}</p>" for x in body if x]
    parts.append("<p>Justerare: Per Holm</p>")
    path.write_text(f"<html><body><main>{''.join(parts)}</main></body></html>", encoding="utf-8")


# ---- a kallelse's agenda table with a case-number column -----------------------------------------

AGENDA = [
    ("1", "Val av justerare", None),
    ("2", TITLES[0], 41),
    ("3", TITLES[1], 104),
    ("4", "Information från kommundirektören", None),
    ("5", TITLES[2], 77),
]
KALLELSE_HEAD = [
    "Vimby kommun",
    "KALLELSE",
    "Kommunstyrelsen",
    "Tid: onsdag 28 oktober 2026 kl. 13.00",
    "Plats: Kommunhuset",
    "",
]


def agenda_want(shape: Callable[[int], str]) -> list[list[str]]:
    return [[gold_dnr_key(shape(n))] if n else [] for _, _, n in AGENDA]


def kallelse_text(column: str, shape: Callable[[int], str]) -> str:
    out = [*KALLELSE_HEAD, f"{'Nr':<6}{'Ärende':<56}{column}", ""]
    for n, t, s in AGENDA:
        out += [f"{n + '.':<6}{t:<56}{shape(s) if s else ''}".rstrip(), ""]
    return "\n".join(out) + "\nAnna Ek\nOrdförande\n"


def kallelse_pdf(column: str, shape: Callable[[int], str]) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in KALLELSE_HEAD:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    widths = (12, 120, 40)
    for row in [("Nr", "Ärende", column), *[(n, t, shape(s) if s else "") for n, t, s in AGENDA]]:
        for w, c in zip(widths, row, strict=True):
            pdf.cell(w, 8, c, border=1)
        pdf.ln(8)
    pdf.ln(6)
    pdf.cell(0, 6, "Anna Ek, ordförande", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def kallelse_docx(path: Path, column: str, shape: Callable[[int], str]) -> None:
    doc = docx.Document()
    for line in KALLELSE_HEAD:
        if line:
            doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=3)
    for c, h in zip(table.rows[0].cells, ("Nr", "Ärende", column), strict=True):
        c.text = h
    for n, t, s in AGENDA:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = n, t, shape(s) if s else ""
    doc.add_paragraph("Anna Ek, ordförande")
    doc.save(str(path))


def kallelse_html(path: Path, column: str, shape: Callable[[int], str]) -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>{html.escape(t)}</td><td>{html.escape(shape(s)) if s else ''}</td></tr>"
        for n, t, s in AGENDA
    )
    head = "".join(f"<p>{html.escape(x)}</p>" for x in KALLELSE_HEAD if x)
    path.write_text(
        f"<html><body><main>{head}<table><thead><tr><th>Nr</th><th>Ärende</th><th>{html.escape(column)}</th>"
        f"</tr></thead><tbody>{rows}</tbody></table><p>Anna Ek, ordförande</p></main></body></html>",
        encoding="utf-8",
    )


def kallelse_list(style: str, shape: Callable[[int], str]) -> str:
    """A numbered agenda without a table: the number under the title ("under"), after it ("comma"), or in
    brackets with its label ("paren")."""
    out = [*KALLELSE_HEAD, "Föredragningslista", ""]
    for n, t, s in AGENDA:
        d = shape(s) if s else ""
        if style == "under":
            out += [f"{n}. {t}", *([f"   Dnr {d}"] if d else []), ""]
        elif style == "comma":
            out += [f"{n}. {t}{', ' + d if d else ''}", ""]
        else:
            out += [f"{n}. {t}{' (Dnr ' + d + ')' if d else ''}", ""]
    return "\n".join(out) + "\nAnna Ek\nOrdförande\n"


def kallelse_docx_cell(path: Path, shape: Callable[[int], str]) -> None:
    """An agenda table without a Dnr column: the number on a line of its own in the title's cell."""
    doc = docx.Document()
    for line in KALLELSE_HEAD:
        if line:
            doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=2)
    for n, t, s in AGENDA:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = f"{n}.", t + (f"\nDnr {shape(s)}" if s else "")
    doc.add_paragraph("Anna Ek, ordförande")
    doc.save(str(path))


# ---- a tjänsteskrivelse whose number is in the Word page header -----------------------------------


def skrivelse_docx(path: Path, number: str) -> None:
    doc = docx.Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = f"Vimby kommun\tTJÄNSTESKRIVELSE\t{number}"
    header.add_paragraph("Kommunledningsförvaltningen\t2026-09-30")
    for line in [
        "Till Kommunstyrelsen",
        "Taxa för bygglov 2027",
        "Förslag till beslut",
        "Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.",
        "Ärendebeskrivning",
        "Kommunfullmäktige beslutade 2024-05-12, § 45, KS 2024/88, att anta gällande taxa.",
        "Kim Berg",
        "Förvaltningschef",
    ]:
        doc.add_paragraph(line)
    doc.save(str(path))


# ---- running a variant -----------------------------------------------------------------------------


@dataclass
class Variant:
    name: str
    write: Callable[[Path], Path]  # writes the file under a folder, returns its path
    want: list[list[str]]  # keys per item
    doc_want: list[str] | None = None  # keys the document lists, where the variant is about those


def _file(stem: str, suffix: str, data: str | bytes | Callable[[Path], None]) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        p = tmp / f"{stem}.{suffix}"
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        elif isinstance(data, bytes):
            p.write_bytes(data)
        else:
            data(p)
        return p

    return write


_P = "vimby_kommunstyrelsen_2026-10-28_protokoll"
_K = "vimby_kommunstyrelsen_2026-10-28_kallelse"


def variants() -> list[Variant]:
    out: list[Variant] = []
    shapes = dict(SHAPES)
    for pos, heading in POSITIONS.items():
        for sname, shape in SHAPES:
            out.append(
                Variant(f"txt/{pos}/{sname}", _file(_P, "txt", protocol_text(heading, shape)), want(shape))
            )
        if pos.startswith("label") or pos in ("layout_right", "layout_gap", "below_title", "sline_end"):
            for sname, shape in BARE_SHAPES:
                data = protocol_text(heading, shape)
                out.append(Variant(f"txt/{pos}/{sname}", _file(_P, "txt", data), want(shape)))
    for pos in ("sline_end", "layout_right", "below_title", "label[Dnr]", "label[Diarienummer:]"):
        out.append(Variant(f"txt/{pos}/two", _file(_P, "txt", protocol_text(POSITIONS[pos], two)), want(two)))
    for sname in ("ks_slash", "series_after", "dash_long"):
        shape = shapes[sname]
        out.append(
            Variant(
                f"txt/forts/{sname}",
                _file(_P, "txt", protocol_text(_labelled("Dnr"), shape, forts=True)),
                want(shape),
            )
        )
        for layout in ("right", "box", "below"):
            out.append(
                Variant(f"pdf/{layout}/{sname}", _file(_P, "pdf", protocol_pdf(layout, shape)), want(shape))
            )
        out.append(
            Variant(
                f"docx/label/{sname}", _file(_P, "docx", lambda p, s=shape: protocol_docx(p, s)), want(shape)
            )
        )
        for layout in ("table", "tab"):
            out.append(
                Variant(
                    f"docx/{layout}/{sname}",
                    _file(_P, "docx", lambda p, s=shape, la=layout: protocol_docx(p, s, layout=la)),
                    want(shape),
                )
            )
        out.append(
            Variant(
                f"html/label/{sname}", _file(_P, "html", lambda p, s=shape: protocol_html(p, s)), want(shape)
            )
        )
        aw = agenda_want(shape)
        for style in ("under", "comma", "paren"):
            out.append(
                Variant(f"kallelse-list/{style}/{sname}", _file(_K, "txt", kallelse_list(style, shape)), aw)
            )
        out.append(
            Variant(
                f"kallelse-docx/cell/{sname}",
                _file(_K, "docx", lambda p, s=shape: kallelse_docx_cell(p, s)),
                aw,
            )
        )
        for column in ("Dnr", "Diarienr", "Beteckning", "Ärendenr"):
            out.append(
                Variant(f"kallelse-txt/{column}/{sname}", _file(_K, "txt", kallelse_text(column, shape)), aw)
            )
            out.append(
                Variant(f"kallelse-pdf/{column}/{sname}", _file(_K, "pdf", kallelse_pdf(column, shape)), aw)
            )
            out.append(
                Variant(
                    f"kallelse-docx/{column}/{sname}",
                    _file(_K, "docx", lambda p, c=column, s=shape: kallelse_docx(p, c, s)),
                    aw,
                )
            )
            out.append(
                Variant(
                    f"kallelse-html/{column}/{sname}",
                    _file(_K, "html", lambda p, c=column, s=shape: kallelse_html(p, c, s)),
                    aw,
                )
            )
    for sname, shape in BARE_SHAPES:
        for column in ("Dnr", "Diarienr", "Ärendenr"):
            aw = agenda_want(shape)
            out.append(
                Variant(f"kallelse-txt/{column}/{sname}", _file(_K, "txt", kallelse_text(column, shape)), aw)
            )
            out.append(
                Variant(
                    f"kallelse-docx/{column}/{sname}",
                    _file(_K, "docx", lambda p, c=column, s=shape: kallelse_docx(p, c, s)),
                    aw,
                )
            )
    for printed in ("Dnr KS 2026/104", "KS 2026/104", "Diarienummer: 2026.104 KS", "Dnr: MBN-2026-000104"):
        key = gold_dnr_key(printed)
        stem = "vimby_kommunstyrelsen_2026-09-30_tjansteskrivelse"
        out.append(
            Variant(
                f"header-docx/{printed}",
                _file(stem, "docx", lambda p, n=printed: skrivelse_docx(p, n)),
                [],
                doc_want=[key],
            )
        )
    return out


def result(v: Variant, tmp: Path) -> tuple[bool, list[list[str]], list[str]]:
    """(right?, keys per item, the document's keys) for one variant."""
    ex = extract_file(v.write(tmp))
    got = [sorted(it.diarienummer) for it in ex.items]
    if v.doc_want is not None:
        return set(v.doc_want) <= set(ex.diarienummer), got, list(ex.diarienummer)
    return got == [sorted(w) for w in v.want], got, list(ex.diarienummer)
