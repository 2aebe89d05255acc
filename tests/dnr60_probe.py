"""A probe: two case-number forms kommuner60 showed, the same § items in several markups.

- "Ärende" as the label of a § line's number ("§ 33  Föreläggande …   Ärende 2026-815", a bygg- och
  miljö system's bare year-serial): the number is the item's, though "Ärende" alone is no label
  anywhere else ("i ärende 2026-774" cites one, "Ärende: Delårsrapport" labels a title).
- An archive (klassificering) code after the number, one space away: "KS 2026/0412 023" (Ciceron).

The items are `dnr_positions14_probe`'s (two own numbers, one citing earlier decisions, a delegation list,
an "Anmälan av motioner" whose numbers are its own). Every name, place and number is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx
from dnr_positions14_probe import BODIES, HEAD, SERIALS, TITLES, Heading, Variant, _file, protocol_text, want
from fpdf import FPDF

from arkiv.evaluation.items import gold_dnr_key

Shape = Callable[[int], str]
_FONTS = "/usr/share/fonts/truetype/dejavu/"
_P = "vimby_miljo-och-byggnadsnamnden_2026-10-28_protokoll"

#: The number alone (what a reader lists) and the label printed before it.
SHAPES: dict[str, tuple[str, Shape]] = {
    "arende_year_serial": ("Ärende", lambda n: f"2026-{n:03d}"),
    "arende_colon": ("Ärende:", lambda n: f"2026-{n:03d}"),
    "arende_slash": ("Ärende", lambda n: f"2026/{n}"),
    "archive_code": ("Dnr", lambda n: f"KS 2026/{n:04d} 023"),
    "archive_code_unlabelled": ("", lambda n: f"KS 2026/{n:04d} 023"),
    "archive_code_short": ("Dnr", lambda n: f"BUN 2026/{n} 106"),
    "archive_code_bare": ("Dnr", lambda n: f"2026/{n:04d} 023"),
}
#: Figures after a § line's number that are no archive code (a year, money, a count, a page), and the word
#: "ärende" before a number in running text or a delegation row: what the items keep is their own number.
NOT_CODES: dict[str, tuple[Shape, Shape]] = {
    "year_after": (lambda n: f"KS 2026/{n} 2027", lambda n: f"KS 2026/{n}"),
    "money_after": (lambda n: f"KS 2026/{n} 250 000 kr", lambda n: f"KS 2026/{n}"),
    "count_after": (lambda n: f"KS 2026/{n} 100 st", lambda n: f"KS 2026/{n}"),
    "word_after": (lambda n: f"KS 2026/{n} 023 bilagor", lambda n: f"KS 2026/{n}"),
}
CITING_ARENDE = [
    "Ärendebeskrivning",
    "Nämnden beslutade i ärende 2026-088 om tillsyn. Ärende 2026-090 avser grannfastigheten.",
    "",
    "Beslut",
    "Nämnden beslutar att godkänna rapporten.",
]


def cited_text(heading: Heading, printed: Shape) -> str:
    """Every item's body cites other cases after "ärende" / "Ärende" in its sentences."""
    out = list(HEAD)
    for i, title in enumerate(TITLES):
        own = printed(SERIALS[i]) if i < len(SERIALS) else ""
        out += [*heading(12 + i, title, own), "", *CITING_ARENDE, ""]
    return "\n".join(out) + "\nJusterare: Per Holm\n"


def _labelled(label: str, shape: Shape) -> Shape:
    return lambda n: f"{label} {shape(n)}".strip()


def _right(k: int, t: str, d: str) -> list[str]:  # pdftotext -layout: the labelled number in a right column
    return [f"§ {k}          {t:<56}{d}".rstrip()]


def _below(k: int, t: str, d: str) -> list[str]:
    return [f"§ {k} {t}", *([d] if d else [])]


def _paren(k: int, t: str, d: str) -> list[str]:
    return [f"§ {k} {t}" + (f" ({d})" if d else "")]


POSITIONS: dict[str, Heading] = {"right": _right, "below": _below, "paren": _paren}


def protocol_pdf(layout: str, printed: Shape) -> bytes:
    """DejaVu fonts; `layout` "right" (the § line with the labelled number at the right margin) or "below"."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("S", size=10)
    y = 20.0
    for line in HEAD:
        pdf.text(20, y, line)
        y += 5
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = printed(SERIALS[i]) if i < len(SERIALS) else ""
        pdf.set_font("S", style="B", size=11)
        pdf.text(20, y, f"§ {12 + i}")
        pdf.text(38, y, title)
        pdf.set_font("S", size=10)
        if own and layout == "right":
            pdf.text(190 - pdf.get_string_width(own), y, own)
        elif own:
            y += 5
            pdf.text(38, y, own)
        y += 7
        for line in body:
            pdf.text(38, y, line)
            y += 5
        y += 4
    pdf.text(20, y + 5, "Justerare: Per Holm")
    return bytes(pdf.output())


def protocol_docx(path: Path, printed: Shape, layout: str) -> None:
    """`layout` "table" (a row [§ | title | labelled number] per §), "tab" (one paragraph, tab-separated)
    or "para" (a heading, the labelled number under it)."""
    doc = docx.Document()
    for line in HEAD:
        if line:
            doc.add_paragraph(line)
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = printed(SERIALS[i]) if i < len(SERIALS) else ""
        if layout == "table":
            cells = doc.add_table(rows=1, cols=3).rows[0].cells
            cells[0].text, cells[1].text, cells[2].text = f"§ {12 + i}", title, own
        elif layout == "tab":
            doc.add_paragraph(f"§ {12 + i}\t{title}\t{own}".rstrip())
        else:
            doc.add_heading(f"§ {12 + i} {title}", level=2)
            if own:
                doc.add_paragraph(own)
        for line in body:
            if line:
                doc.add_paragraph(line)
    doc.add_paragraph("Justerare: Per Holm")
    doc.save(str(path))


def protocol_html(path: Path, printed: Shape, layout: str) -> None:
    """`layout` "para" (the labelled number in a paragraph under the heading) or "table"."""
    parts = [f"<p>{html.escape(x)}</p>" for x in HEAD if x]
    for i, (title, body) in enumerate(zip(TITLES, BODIES, strict=True)):
        own = html.escape(printed(SERIALS[i]) if i < len(SERIALS) else "")
        if layout == "table":
            row = f"<td>§ {12 + i}</td><td>{html.escape(title)}</td><td>{own}</td>"
            parts.append(f"<table><tr>{row}</tr></table>")
        else:
            parts.append(f"<h2>§ {12 + i} {html.escape(title)}</h2>" + (f"<p>{own}</p>" if own else ""))
        parts += [f"<p>{html.escape(x)}</p>" for x in body if x]
    parts.append("<p>Justerare: Per Holm</p>")
    path.write_text(f"<html><body><main>{''.join(parts)}</main></body></html>", encoding="utf-8")


def variants() -> list[Variant]:
    out: list[Variant] = []
    for sname, (label, shape) in SHAPES.items():
        printed = _labelled(label, shape)
        w = want(shape)
        for pos, heading in POSITIONS.items():
            if pos == "paren" and label.startswith("Ärende"):
                continue  # "(Ärende 2026-041)" closing a title: no system prints so
            out.append(Variant(f"txt/{pos}/{sname}", _file(_P, "txt", protocol_text(heading, printed)), w))
        for layout in ("right", "below"):
            out.append(Variant(f"pdf/{layout}/{sname}", _file(_P, "pdf", protocol_pdf(layout, printed)), w))
        for layout in ("table", "tab", "para"):
            write = _file(_P, "docx", lambda p, s=printed, la=layout: protocol_docx(p, s, la))
            out.append(Variant(f"docx/{layout}/{sname}", write, w))
        for layout in ("para", "table"):
            write = _file(_P, "html", lambda p, s=printed, la=layout: protocol_html(p, s, la))
            out.append(Variant(f"html/{layout}/{sname}", write, w))
    for sname, (printed, reader) in NOT_CODES.items():
        w = want(reader)
        for pos in ("right", "paren"):  # a line under the title holds the number alone
            data = protocol_text(POSITIONS[pos], printed)
            out.append(Variant(f"txt/{pos}/not/{sname}", _file(_P, "txt", data), w))
    for sname in ("arende_year_serial", "archive_code"):
        label, shape = SHAPES[sname]
        w = [[gold_dnr_key(shape(n))] for n in SERIALS] + [[]]
        for pos in ("right", "below"):
            data = cited_text(POSITIONS[pos], _labelled(label, shape))
            out.append(Variant(f"txt/{pos}/cited/{sname}", _file(_P, "txt", data), w))
    return out


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/dnr60_probe.py
    import tempfile

    from dnr_positions14_probe import result

    ok = 0
    vs = variants()
    with tempfile.TemporaryDirectory() as tmp:
        for v in vs:
            good, got, _ = result(v, Path(tmp))
            ok += good
            if not good:
                print("MISS", v.name, got, v.want)
    print(f"{ok}/{len(vs)}")
