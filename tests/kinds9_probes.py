"""Invented documents for the kinds9 probes: each class prints the same few points in many markups and
layouts, and `check` says whether `extract_file` read them as a reader does. `bench/probes/kinds9.py`
prints OK/BAD per variant; `tests/test_document_kinds9.py` keeps every variant as a test. No text is
copied from a test set."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

from indexer.extract import extract_file
from indexer.types import Extraction

# (x mm, y mm from the top, text, bold)
Run = tuple[float, float, str, bool]


def pdf_bytes(pages: list[list[Run]], *, size: float = 10) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    for runs in pages:
        pdf.add_page()
        for x, y, text, bold in runs:
            pdf.set_font("helvetica", style="B" if bold else "", size=size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


@dataclass
class Variant:
    name: str
    suffix: str  # ".txt" or ".pdf"
    build: Callable[[], str | bytes]
    want_numbers: list[str | None] | None
    want_titles: list[str]
    want_dnr: list[list[str]] | None = None
    fold_case: bool = False
    notes: list[str] = field(default_factory=list)


def _norm(s: str | None, fold: bool) -> str:
    s = re.sub(r"\s+", " ", s or "").strip()
    return s.casefold() if fold else s


def run(v: Variant, tmp: Path, stem: str) -> tuple[bool, Extraction]:
    data = v.build()
    kind = "kallelse" if v.name.startswith("agenda") else "protokoll"
    p = tmp / (
        f"{stem}_{v.name}{v.suffix}"
        if stem.endswith(("protokoll", "kallelse"))
        else f"{stem}_{kind}_{v.name}{v.suffix}"
    )
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return check(v, extract_file(p)), extract_file(p)


def check(v: Variant, ex: Extraction) -> bool:
    its = ex.items
    if len(its) != len(v.want_titles):
        return False
    if v.want_numbers is not None and [it.number for it in its] != v.want_numbers:
        return False
    if [_norm(it.title, v.fold_case) for it in its] != [_norm(t, v.fold_case) for t in v.want_titles]:
        return False
    return not (
        v.want_dnr is not None and [sorted(it.diarienummer) for it in its] != [sorted(d) for d in v.want_dnr]
    )


def got(ex: Extraction) -> list[tuple[str | None, str | None, list[str]]]:
    return [(it.number, it.title, list(it.diarienummer)) for it in ex.items]


# --------------------------------------------------------------------------------------------------
# Class 1: the running page header right above a title printed above its § line.

PARAS1 = [
    ("86", "Budget 2027 för barn- och utbildningsnämnden", "BUN 2026/0148"),
    ("87", "Skolskjuts, nya riktlinjer", "BUN 2026/0151"),
    ("88", "Delegationsbeslut", "BUN 2026/0003"),
    ("89", "Revidering av taxa för fritidshem", "BUN 2026/0160"),
]
CAPS1 = [
    ("86", ["BUDGET 2027 FÖR BARN- OCH", "UTBILDNINGSNÄMNDEN"], "BUN 2026/0148"),
    ("87", ["SKOLSKJUTS, NYA RIKTLINJER"], "BUN 2026/0151"),
    ("88", ["DELEGATIONSBESLUT"], "BUN 2026/0003"),
    ("89", ["REVIDERING AV TAXA FÖR", "FRITIDSHEM"], "BUN 2026/0160"),
]
BODY1 = [
    "Ärendebeskrivning",
    "Förvaltningen har tagit fram ett förslag som redovisas i bilaga.",
    "",
    "Beslut",
    "Barn- och utbildningsnämnden beslutar att godkänna förslaget.",
]


def _header1(kind: str, page: int, pages: int) -> list[str]:
    if kind == "blad":
        return [f"Sammanträdesdatum: 2026-10-28                               Blad {page}/{pages}"]
    if kind == "sida_two":
        return [
            f"Vimby kommun                  Sammanträdesprotokoll                 Sida {page} ({pages})",
            "Barn- och utbildningsnämnden  2026-10-28",
        ]
    if kind == "organ_bare":
        return [
            "Barn- och utbildningsnämnden",
            f"Sammanträdesprotokoll 2026-10-28                                  {page} ({pages})",
        ]
    if kind == "sida_av":
        return [f"VIMBY KOMMUN     Barn- och utbildningsnämnden     2026-10-28     Sida {page} av {pages}"]
    if kind == "labels_values":
        return [
            "VIMBY KOMMUN           SAMMANTRÄDESPROTOKOLL       Sammanträdesdatum      Blad",
            f"Barn- och utbildningsnämnden                        2026-10-28             {page} ({pages})",
        ]
    if kind == "cover_then_blad":  # the first page has a cover of its own, the others a one-line band
        return (
            ["SAMMANTRÄDESPROTOKOLL", "Barn- och utbildningsnämnden", "Sammanträdesdatum 2026-10-28", ""]
            if page == 1
            else [f"Sammanträdesdatum: 2026-10-28                               Blad {page}/{pages}"]
        )
    if kind == "justsign_top":  # the signature box printed in the page's header band
        return [
            f"Barn- och utbildningsnämnden     Sammanträdesprotokoll 2026-10-28     Sida {page} ({pages})",
            "Justerandes signatur                 Utdragsbestyrkande",
        ]
    raise KeyError(kind)


def _para1(n: str, title: list[str], dnr: str, beside: bool) -> list[str]:
    if beside:
        return [f"BUN § {n}     {title[0]}", *title[1:], f"Dnr {dnr}", ""]
    return [*title, f"BUN § {n}                                         Dnr {dnr}", ""]


_FOOT1 = ["", "Justerandes signatur                 Utdragsbestyrkande"]
_KINDS1 = ("blad", "sida_two", "organ_bare", "sida_av", "labels_values", "cover_then_blad", "justsign_top")


def _doc1_lines(kind: str, caps: bool, beside: bool) -> list[list[str]]:
    paras = CAPS1 if caps else [(n, [t], d) for n, t, d in PARAS1]
    pre = [
        "",
        "Plats och tid   Stadshuset, kl. 13.00-15.30",
        "Beslutande      Anna Ek (S), ordförande",
        "                Bo Berg (M)",
        "Justerare       Bo Berg (M)",
        "",
    ]
    blocks = [_para1(n, t, d, beside) + BODY1 for n, t, d in paras]
    pages = [pre + blocks[0] + [""] + blocks[1], blocks[2] + [""], blocks[3]]
    out = []
    for k, body in enumerate(pages, 1):
        out.append(_header1(kind, k, len(pages)) + body + ([] if kind == "justsign_top" else _FOOT1))
    return out


def _text1(kind: str, caps: bool = False, beside: bool = False) -> Callable[[], str]:
    return lambda: "\f".join("\n".join(p) + "\n" for p in _doc1_lines(kind, caps, beside))


def _pdf1(kind: str, caps: bool = False, beside: bool = False) -> Callable[[], bytes]:
    def build() -> bytes:
        pages: list[list[Run]] = []
        for lines in _doc1_lines(kind, caps, beside):
            runs: list[Run] = []
            y = 15.0
            titles = {w for _, t, _ in (CAPS1 if caps else [(n, [t], d) for n, t, d in PARAS1]) for w in t}
            for ln in lines:
                if ln.strip():
                    # columns: split on runs of 3+ spaces, set at rough x positions
                    x = 20.0
                    for m in re.finditer(r"\S+(?: {1,2}\S+)*", ln):
                        x = 20.0 + m.start() * 1.9
                        bold = m.group() in titles or m.group().startswith("BUN §")
                        runs.append((x, y, m.group(), bold))
                y += 5.0
            pages.append(runs)
        return pdf_bytes(pages)

    return build


def class1() -> list[Variant]:
    titles = [t for _, t, _ in PARAS1]
    nums: list[str | None] = [f"§{n}" for n, _, _ in PARAS1]
    caps = [" ".join(t) for _, t, _ in CAPS1]
    out = []
    for kind in _KINDS1:
        out.append(Variant(f"txt_{kind}", ".txt", _text1(kind), nums, titles))
        out.append(Variant(f"pdf_{kind}", ".pdf", _pdf1(kind), nums, titles))
    out.append(Variant("txt_caps_blad", ".txt", _text1("blad", caps=True), nums, caps, fold_case=True))
    out.append(
        Variant("txt_caps_sida_two", ".txt", _text1("sida_two", caps=True), nums, caps, fold_case=True)
    )
    out.append(Variant("pdf_caps_sida_two", ".pdf", _pdf1("sida_two", caps=True), nums, caps, fold_case=True))
    out.append(Variant("txt_beside_blad", ".txt", _text1("blad", beside=True), nums, titles))
    out.append(Variant("txt_beside_organ_bare", ".txt", _text1("organ_bare", beside=True), nums, titles))
    out.append(
        Variant(
            "txt_caps_cover_then_blad",
            ".txt",
            _text1("cover_then_blad", caps=True),
            nums,
            caps,
            fold_case=True,
        )
    )
    out.append(
        Variant(
            "pdf_caps_labels_values", ".pdf", _pdf1("labels_values", caps=True), nums, caps, fold_case=True
        )
    )
    out.append(Variant("txt_beside_justsign_top", ".txt", _text1("justsign_top", beside=True), nums, titles))
    out.append(Variant("pdf_beside_sida_two", ".pdf", _pdf1("sida_two", beside=True), nums, titles))
    return out


# --------------------------------------------------------------------------------------------------
# Class 2: long titles wrapping over two or three lines in a left-column layout.

PARAS2 = [
    ("12", ["Budget 2027 och ekonomisk plan", "2028-2029 för Vimby kommun"], "KS 2026/112"),
    (
        "13",
        ["Motion från Eva Lind (V) om säkrare", "cykelvägar mellan skolorna och", "idrottshallen i Vimby"],
        "KS 2025/301",
    ),
    ("14", ["Taxa för bygglov 2027"], "KS 2026/87"),
]
FIRST2 = {
    "heading": ["Ärendebeskrivning", "Förvaltningen har tagit fram ett förslag."],
    "summary": ["Sammanfattning", "Kommunstyrelsen har att ta ställning till förslaget."],
    "sentence": ["Förvaltningen har tagit fram ett förslag som nu", "läggs fram för beslut."],
    "plain_heading": ["Ärendebeskrivning", "Förvaltningen har tagit fram ett förslag."],
}
END2 = ["", "Beslut", "Kommunstyrelsen beslutar att godkänna förslaget.", ""]


def _rows2(dnr_at: str, first: str, gap: bool) -> list[tuple[str, list[tuple[str, bool]], str | None]]:
    """Rows of (left column, [(right column text, bold)], far right): one item after another."""
    rows: list[tuple[str, list[tuple[str, bool]], str | None]] = []
    for n, title, dnr in PARAS2:
        for k, t in enumerate(title):
            left = f"§ {n}" if k == 0 else (dnr if (k == 1 and dnr_at == "left") else "")
            right = f"Dnr {dnr}" if (k == 0 and dnr_at == "right") else None
            rows.append((left, [(t, True)], right))
        if dnr_at == "under":
            rows.append(("", [(f"Dnr {dnr}", False)], None))
        if dnr_at == "left" and len(title) == 1:
            rows.append((dnr, [], None))
        if gap:
            rows.append(("", [], None))
        body = FIRST2[first]
        for k, b in enumerate(body):
            rows.append(("", [(b, k == 0 and first not in ("sentence", "plain_heading"))], None))
        for b in END2:
            rows.append(("", [(b, b == "Beslut")], None))
    return rows


def _text2(dnr_at: str, first: str, gap: bool = True) -> Callable[[], str]:
    def build() -> str:
        head = [
            "Vimby kommun               Sammanträdesprotokoll               Sida 1 (1)",
            "Kommunstyrelsen            2026-11-03",
            "",
            "Justerare      Bo Berg (M)",
            "",
        ]
        lines = []
        for left, right, far in _rows2(dnr_at, first, gap):
            r = right[0][0] if right else ""
            ln = f"{left:<16}{r}"
            if far:
                ln = f"{ln:<60}{far}"
            lines.append(ln.rstrip())
        return "\n".join(head + lines) + "\n"

    return build


def _pdf2(dnr_at: str, first: str, gap: bool = True) -> Callable[[], bytes]:
    def build() -> bytes:
        runs: list[Run] = [
            (20, 15, "Vimby kommun", False),
            (90, 15, "Sammanträdesprotokoll", False),
            (170, 15, "Sida 1 (1)", False),
            (20, 20, "Kommunstyrelsen", False),
            (90, 20, "2026-11-03", False),
            (20, 32, "Justerare", False),
            (50, 32, "Bo Berg (M)", False),
        ]
        y = 44.0
        for left, right, far in _rows2(dnr_at, first, gap):
            if left:
                runs.append((20, y, left, True))
            for t, bold in right:
                runs.append((50, y, t, bold))
            if far:
                runs.append((150, y, far, False))
            y += 5.0
        return pdf_bytes([runs])

    return build


def class2() -> list[Variant]:
    titles = [" ".join(t) for _, t, _ in PARAS2]
    nums: list[str | None] = [f"§{n}" for n, _, _ in PARAS2]
    dnrs = [[d] for _, _, d in PARAS2]
    out = []
    for dnr_at in ("under", "right"):
        for first in ("heading", "summary", "sentence"):
            out.append(Variant(f"pdf_{dnr_at}_{first}", ".pdf", _pdf2(dnr_at, first), nums, titles, dnrs))
            out.append(Variant(f"txt_{dnr_at}_{first}", ".txt", _text2(dnr_at, first), nums, titles, dnrs))
    out.append(
        Variant("pdf_right_heading_nogap", ".pdf", _pdf2("right", "heading", False), nums, titles, dnrs)
    )
    out.append(
        Variant("txt_right_heading_nogap", ".txt", _text2("right", "heading", False), nums, titles, dnrs)
    )
    out.append(
        Variant("txt_under_summary_nogap", ".txt", _text2("under", "summary", False), nums, titles, dnrs)
    )
    for first in ("heading", "sentence", "plain_heading"):
        out.append(Variant(f"pdf_left_{first}", ".pdf", _pdf2("left", first), nums, titles, dnrs))
        out.append(Variant(f"txt_left_{first}", ".txt", _text2("left", first), nums, titles, dnrs))
    out.append(
        Variant(
            "pdf_left_plain_heading_nogap", ".pdf", _pdf2("left", "plain_heading", False), nums, titles, dnrs
        )
    )
    out.append(
        Variant(
            "pdf_right_plain_heading_nogap",
            ".pdf",
            _pdf2("right", "plain_heading", False),
            nums,
            titles,
            dnrs,
        )
    )
    out.append(
        Variant("pdf_under_heading_nogap", ".pdf", _pdf2("under", "heading", False), nums, titles, dnrs)
    )
    return out


# --------------------------------------------------------------------------------------------------
# Class 3: a case number broken over a line in an item announcing new motions and interpellations.


def _body3(kind: str) -> list[str]:
    if kind == "series_end":
        return [
            "Följande motioner har inkommit:",
            "Motion från Eva Lind (V) om säkrare cykelvägar till skolorna, KS",
            "2026/701",
            "Motion från Per Ek (M) om fler laddplatser vid stadshuset, KS",
            "2026/702",
        ]
    if kind == "slash_end":
        return [
            "Följande motioner har inkommit:",
            "Motion från Eva Lind (V) om säkrare cykelvägar till skolorna, Dnr KS 2026/",
            "701",
            "Motion från Per Ek (M) om fler laddplatser vid stadshuset, Dnr KS 2026/",
            "702",
        ]
    if kind == "paren":
        return [
            "Interpellation från Eva Lind (V) till kommunstyrelsens ordförande om skolskjutsarna (KS",
            "2026/701)",
            "Interpellation från Per Ek (M) till kommunstyrelsens ordförande om laddplatserna (KS",
            "2026/702)",
        ]
    if kind == "label_end":
        return [
            "Motion från Eva Lind (V) om säkrare cykelvägar till skolorna. Dnr",
            "KS 2026/701",
            "Motion från Per Ek (M) om fler laddplatser vid stadshuset. Dnr",
            "KS 2026/702",
        ]
    raise KeyError(kind)


def _text3(kind: str) -> Callable[[], str]:
    def build() -> str:
        lines = [
            "Vimby kommun               Sammanträdesprotokoll               Sida 1 (1)",
            "Kommunfullmäktige          2026-11-24",
            "",
            "Justerare      Bo Berg (M)",
            "",
            "§ 120",
            "Anmälan av nya motioner och interpellationer",
            "",
            *_body3(kind),
            "",
            "Beslut",
            "Kommunfullmäktige beslutar att motionerna remitteras till kommunstyrelsen.",
            "",
            "§ 121",
            "Taxa för bygglov 2027",
            "Dnr KS 2026/87",
            "",
            "Beslut",
            "Kommunfullmäktige beslutar att anta taxan.",
        ]
        return "\n".join(lines) + "\n"

    return build


def _pdf3(kind: str) -> Callable[[], bytes]:
    def build() -> bytes:
        text = _text3(kind)().splitlines()
        runs: list[Run] = []
        y = 15.0
        for ln in text:
            if ln.strip():
                for m in re.finditer(r"\S+(?: {1,2}\S+)*", ln):
                    runs.append((20 + m.start() * 1.9, y, m.group(), m.group().startswith("§")))
            y += 5.0
        return pdf_bytes([runs], size=9)

    return build


_AGENDA3 = [
    ("1", "Val av justerare", None),
    ("2", "Motion från Eva Lind (V) om säkrare cykelvägar till skolorna", "KS 2026/701"),
    ("3", "Interpellation från Per Ek (M) om laddplatser vid stadshuset", "KS 2026/702"),
    ("4", "Taxa för bygglov 2027", "KS 2026/87"),
]


def _agenda3(kind: str) -> Callable[[], str]:
    """A kallelse's numbered agenda where a point's case number breaks over a line."""

    def build() -> str:
        lines = [
            "Vimby kommun",
            "Kallelse till kommunfullmäktige",
            "Kommunfullmäktige kallas till sammanträde 2026-11-24 kl. 18.00 i Stadshuset.",
            "",
            "Föredragningslista",
            "",
        ]
        for n, t, d in _AGENDA3:
            if d is None:
                lines += [f"{n}. {t}", ""]
            elif kind == "series_end":
                lines += [f"{n}. {t}, {d.split()[0]}", f"    {d.split()[1]}", ""]
            elif kind == "dnr_slash":
                year, serial = d.split()[1].split("/")
                lines += [f"{n}. {t}", f"    Dnr {d.split()[0]} {year}/", f"    {serial}", ""]
            elif kind == "paren":
                lines += [f"{n}. {t} ({d.split()[0]}", f"    {d.split()[1]})", ""]
        lines += ["", "Eva Strand", "Ordförande"]
        return "\n".join(lines) + "\n"

    return build


def class3() -> list[Variant]:
    titles = ["Anmälan av nya motioner och interpellationer", "Taxa för bygglov 2027"]
    nums: list[str | None] = ["§120", "§121"]
    dnrs = [["KS 2026/701", "KS 2026/702"], ["KS 2026/87"]]
    out = []
    for kind in ("series_end", "slash_end", "paren", "label_end"):
        out.append(Variant(f"txt_{kind}", ".txt", _text3(kind), nums, titles, dnrs))
        out.append(Variant(f"pdf_{kind}", ".pdf", _pdf3(kind), nums, titles, dnrs))
    ag_titles = [t for _, t, _ in _AGENDA3]
    ag_nums: list[str | None] = [n for n, _, _ in _AGENDA3]
    ag_dnrs = [[d] if d else [] for _, _, d in _AGENDA3]
    for kind in ("series_end", "dnr_slash", "paren"):
        # "Title, KS 2026/701" on one line keeps the number in the title (as main reads it unbroken): the
        # broken one reads the same, the number whole, never "…, KS" with "2026/701" lost
        want = [f"{t}, {d}" if d else t for _, t, d in _AGENDA3] if kind == "series_end" else ag_titles
        out.append(Variant(f"agenda_{kind}", ".txt", _agenda3(kind), ag_nums, want, ag_dnrs))
    return out


# --------------------------------------------------------------------------------------------------
# Class 4: a PDF agenda table (kallelse) with no header row.

ROWS4 = [
    ("1", "Val av justerare", "", ""),
    (
        "2",
        "Budget 2027 för barn- och utbildningsnämnden med investeringsplan",
        "BUN 2026/0148",
        "Ekonomichef Anna Berg",
    ),
    ("3", "Skolskjuts, nya riktlinjer", "BUN 2026/0151", "Skolchef Per Ek"),
    ("4", "Delegationsbeslut", "BUN 2026/0003", ""),
    ("5", "Revidering av taxa för fritidshem och pedagogisk omsorg 2027", "BUN 2026/0160", ""),
]


def _wrap(t: str, width: int) -> list[str]:
    lines, cur = [], ""
    for w in t.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return [*lines, cur]


def _pdf4(cols: str, border: bool, dnr_label: bool = False) -> Callable[[], bytes]:
    def build() -> bytes:
        pdf = FPDF(unit="mm", format="A4")
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        pdf.text(20, 15, "Vimby kommun")
        pdf.set_font("helvetica", style="B", size=14)
        pdf.text(20, 25, "Kallelse")
        pdf.set_font("helvetica", size=10)
        pdf.text(
            20, 33, "Barn- och utbildningsnämnden kallas till sammanträde 2026-12-09 kl. 13.00 i Stadshuset."
        )
        widths = {"ntdp": [12, 90, 35, 50], "ntd": [12, 120, 40], "ntp": [12, 110, 60]}[cols]
        y = 45.0
        for n, t, d, p in ROWS4:
            d = f"Dnr {d}" if (dnr_label and d) else d
            vals = {"ntdp": [n, t, d, p], "ntd": [n, t, d], "ntp": [n, t, p]}[cols]
            chars = {90: 48, 120: 64, 110: 58}[widths[1]]
            cells = [[v] if i != 1 else _wrap(v, chars) for i, v in enumerate(vals)]
            h = 6 * max(len(c) for c in cells)
            x = 20.0
            for c, w in zip(cells, widths, strict=True):
                if border:
                    pdf.rect(x, y, w, h)
                for k, ln in enumerate(c):
                    if ln:
                        pdf.text(x + 1.5, y + 4.5 + 6 * k, ln)
                x += w
            y += h
        pdf.text(20, y + 12, "Eva Strand")
        pdf.text(20, y + 17, "Ordförande")
        return bytes(pdf.output())

    return build


INFO4 = [
    ("Information om elevhälsan", "Elevhälsochef Sara Lund"),
    ("Rapport från skolinspektionen", "Kvalitetschef Olle Dahl"),
]


def _pdf4_cells(cols: str, border: bool) -> Callable[[], bytes]:
    """The rows drawn as fpdf2 wraps them (a title fills its cell's width, a narrow gap before the next
    cell), an "Informationsärenden" group and its unnumbered points under the numbered rows."""

    def build() -> bytes:
        pdf = FPDF(unit="mm", format="A4")
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        pdf.cell(0, 6, "Vimby kommun", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", style="B", size=14)
        pdf.cell(0, 8, "Kallelse", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        pdf.cell(
            0,
            6,
            "Barn- och utbildningsnämnden kallas till sammanträde 2026-12-09 kl. 13.00.",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(4)
        w = {"ntdp": [12, 90, 35, 50], "ntp": [12, 110, 60]}[cols]
        rows = [(n, t, d, p) for n, t, d, p in ROWS4] + [("", t, "", p) for t, p in INFO4]
        for i, (n, t, d, p) in enumerate(rows):
            if i == len(ROWS4):
                pdf.set_font("helvetica", style="B", size=10)
                pdf.cell(sum(w), 7, "Informationsärenden", border=1 if border else 0)
                pdf.ln()
                pdf.set_font("helvetica", size=10)
            vals = [n, t, d, p] if cols == "ntdp" else [n, t, p]
            y, x0 = pdf.get_y(), pdf.get_x()
            lines = len(pdf.multi_cell(w[1], 7, t, dry_run=True, output="LINES"))
            for v, x in zip(vals, w, strict=True):
                xx = pdf.get_x()
                pdf.multi_cell(
                    x, 7, v, border=1 if border else 0, new_x="RIGHT", new_y="TOP", max_line_height=7
                )
                pdf.set_xy(xx + x, y)
            pdf.set_xy(x0, y + 7 * lines)
        pdf.ln(8)
        pdf.cell(0, 6, "Eva Strand", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "Ordförande", new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())

    return build


def class4() -> list[Variant]:
    titles = [t for _, t, _, _ in ROWS4]
    nums: list[str | None] = [n for n, _, _, _ in ROWS4]
    dnrs = [[d] if d else [] for _, _, d, _ in ROWS4]
    out = []
    for cols in ("ntdp", "ntd", "ntp"):
        for border in (False, True):
            name = f"{cols}_{'grid' if border else 'bare'}"
            out.append(
                Variant(name, ".pdf", _pdf4(cols, border), nums, titles, dnrs if cols != "ntp" else None)
            )
    out.append(Variant("ntdp_bare_dnrlabel", ".pdf", _pdf4("ntdp", False, True), nums, titles, dnrs))
    info_titles = titles + [t for t, _ in INFO4]
    info_nums: list[str | None] = [*nums, "6", "7"]
    for cols in ("ntdp", "ntp"):
        for border in (False, True):
            name = f"info_{cols}_{'grid' if border else 'bare'}"
            want = [*dnrs, [], []] if cols == "ntdp" else None
            out.append(Variant(name, ".pdf", _pdf4_cells(cols, border), info_nums, info_titles, want))
    return out


# --------------------------------------------------------------------------------------------------
# Class 5: "12 §" numbering (the number before the § sign) in text protocols.

PARAS5 = [
    ("12", "Budget 2027 för kommunstyrelsen", "KS 2026/112"),
    ("13", "Taxa för bygglov 2027", "KS 2026/87"),
    ("14", "Motion från Eva Lind (V) om cykelbanor", "KS 2025/301"),
]
BODY5 = (
    "Ärendebeskrivning\nFörvaltningen har tagit fram ett förslag.\n\n"
    "Beslut\nKommunstyrelsen beslutar att godkänna förslaget.\n"
)


def _para5(style: str, n: str, t: str, d: str) -> str:
    if style == "same_line":
        return f"{n} §    {t}\n{d}\n"
    if style == "same_line_dnr":
        return f"{n} §    {t}\nDnr {d}\n"
    if style == "own_line":
        return f"{n} §\n{t}\nDnr {d}\n"
    if style == "title_above":
        return f"{t}\n{n} §                                            Dnr {d}\n"
    if style == "organ":
        return f"KS {n} §    {t}\nDnr {d}\n"
    if style == "dnr_right":
        return f"{n} §    {t}                              Dnr {d}\n"
    if style == "own_line_caps":
        return f"{n} §\n{t.upper()}\n{d}\n"
    if style == "law_wrap":  # the body cites a law's section wrapped before "12 §": no heading
        return (
            f"{n} §    {t}\nDnr {d}\n\nEnligt kommunallagen 6 kap.\n"
            f"{int(n) + 40} § Kommunstyrelsen ska leda och samordna.\n"
        )
    raise KeyError(style)


def _text5(style: str) -> Callable[[], str]:
    def build() -> str:
        head = (
            "Testby kommun                     SAMMANTRÄDESPROTOKOLL                Sida 1 (2)\n"
            "Kommunstyrelsen                   Sammanträdesdatum 2026-11-03\n\n"
            "Plats och tid  Stadshuset kl. 13.00\nBeslutande  Anna Ek (S), ordförande\n  Bo Berg (M)\n"
            "Justerare  Bo Berg (M)\n\n"
        )
        parts = [_para5(style, n, t, d) + "\n" + BODY5 for n, t, d in PARAS5]
        return (
            head
            + parts[0]
            + "\n"
            + parts[1]
            + "\fTestby kommun                     SAMMANTRÄDESPROTOKOLL                Sida 2 (2)\n"
            "Kommunstyrelsen                   Sammanträdesdatum 2026-11-03\n\n"
            + parts[2]
            + "\nJusterandes sign        Utdragsbestyrkande\n"
        )

    return build


def _pdf5(style: str) -> Callable[[], bytes]:
    def build() -> bytes:
        pages: list[list[Run]] = []
        for page in _text5(style)().split("\f"):
            runs: list[Run] = []
            y = 15.0
            for ln in page.splitlines():
                if ln.strip():
                    for m in re.finditer(r"\S+(?: {1,2}\S+)*", ln):
                        runs.append((20 + m.start() * 1.9, y, m.group(), "§" in m.group()))
                y += 5.0
            pages.append(runs)
        return pdf_bytes(pages, size=9)

    return build


def class5() -> list[Variant]:
    titles = [t for _, t, _ in PARAS5]
    nums: list[str | None] = [f"§{n}" for n, _, _ in PARAS5]
    dnrs = [[d] for _, _, d in PARAS5]
    out = []
    for style in ("same_line", "same_line_dnr", "own_line", "title_above", "organ", "dnr_right", "law_wrap"):
        out.append(Variant(style, ".txt", _text5(style), nums, titles, dnrs))
    for style in ("same_line", "own_line", "title_above"):
        out.append(Variant(f"pdf_{style}", ".pdf", _pdf5(style), nums, titles, dnrs))
    caps = [t.upper() for t in titles]
    out.append(Variant("own_line_caps", ".txt", _text5("own_line_caps"), nums, caps, dnrs, fold_case=True))
    return out


# --------------------------------------------------------------------------------------------------
# Class 6: Word minnesanteckningar, points set as headings and as bold paragraphs, two bold in a row.

TEXT6 = "Anna Berg informerade om läget. Rådet tackade för informationen."


def _docx6(layout: list[tuple[str, str]]) -> Callable[[], bytes]:
    """Notes from (how the point's title is set, its title): "h" a Heading 2 ("h0" with no text of its
    own under it), "b" a bold paragraph ("b0" with no text under it), "s" a bold sub-section heading of
    the point above."""

    def build() -> bytes:
        import io

        import docx

        d = docx.Document()
        d.add_paragraph("Vimby kommun")
        d.add_heading("Minnesanteckningar", level=1)
        d.add_paragraph("Trygghetsrådet\nDatum: 2026-11-26\nPlats: Kommunhuset")
        d.add_paragraph().add_run("Närvarande").bold = True
        for name in ("Anna Berg (S), ordförande", "Per Lund (M)", "Eva Holm, kommunpolis"):
            d.add_paragraph(name, style="List Bullet")
        for how, title in layout:
            if how in ("h", "h0"):
                d.add_heading(title, level=2)
            else:
                d.add_paragraph().add_run(title).bold = True
            if how not in ("b0", "h0"):
                d.add_paragraph(TEXT6)
        buf = io.BytesIO()
        d.save(buf)
        return buf.getvalue()

    return build


_LAYOUTS6: dict[str, list[tuple[str, str]]] = {
    "two_bold_in_a_row_after_last_heading": [
        ("h", "Mötets öppnande"),
        ("h", "Lägesbild från polisen"),
        ("h", "Trygghetsvandring i centrum"),
        ("b0", "Ekonomisk uppföljning"),
        ("b", "Nästa möte"),
    ],
    "three_bold_in_a_row": [
        ("h", "Mötets öppnande"),
        ("h", "Lägesbild från polisen"),
        ("b0", "Ekonomisk uppföljning"),
        ("b0", "Övriga frågor"),
        ("b", "Nästa möte"),
    ],
    "mixed_then_two_bold_in_a_row": [
        ("h", "Mötets öppnande"),
        ("b", "Lägesbild från polisen"),
        ("h", "Trygghetsvandring i centrum"),
        ("b0", "Övriga frågor"),
        ("b", "Nästa möte"),
    ],
    "two_in_a_row_then_heading": [
        ("h", "Mötets öppnande"),
        ("b0", "Lägesbild från polisen"),
        ("b", "Trygghetsvandring i centrum"),
        ("h", "Nästa möte"),
    ],
    "one_bold_after_last_heading": [
        ("h", "Mötets öppnande"),
        ("h", "Lägesbild från polisen"),
        ("b", "Nästa möte"),
    ],
}


def class6() -> list[Variant]:
    out = []
    for name, layout in _LAYOUTS6.items():
        titles = [t for _, t in layout]
        nums: list[str | None] = [str(k) for k in range(1, len(titles) + 1)]
        out.append(Variant(name, ".docx", _docx6(layout), nums, titles))
    # a heading's own sub-sections set in bold (under every heading alike) are no points
    subs = [("h", "Mötets öppnande"), ("h", "Lägesbild från polisen"), ("s", "Nuläge"), ("s", "Framåt")]
    subs += [("h", "Trygghetsvandring i centrum"), ("s", "Nuläge"), ("s", "Framåt")]
    titles = ["Mötets öppnande", "Lägesbild från polisen", "Trygghetsvandring i centrum"]
    out.append(Variant("bold_sub_sections", ".docx", _docx6(subs), ["1", "2", "3"], titles))
    # a heading directly over two bold lines in a row (a sub-heading over its sub-heading): no points
    nested = [("h", "Mötets öppnande"), ("h0", "Lägesbild från polisen"), ("b0", "Ekonomi")]
    nested.append(("b", "Prognos 2027"))
    titles = ["Mötets öppnande", "Lägesbild från polisen"]
    out.append(Variant("bold_right_under_heading", ".docx", _docx6(nested), ["1", "2"], titles))
    return out


CLASSES: dict[str, tuple[str, Callable[[], list[Variant]]]] = {
    "1_header_above_title": ("vimby_barn-och-utbildningsnamnden_2026-10-28_protokoll", class1),
    "2_wrapped_titles": ("vimby_kommunstyrelsen_2026-11-03_protokoll", class2),
    "3_broken_dnr": ("vimby_kommunfullmaktige_2026-11-24", class3),
    "4_agenda_no_header": ("vimby_barn-och-utbildningsnamnden_2026-12-09_kallelse", class4),
    "5_number_before_para": ("testby_kommunstyrelsen_2026-11-03_protokoll", class5),
    "6_docx_bold_points": ("vimby_trygghetsradet_2026-11-26_minnesanteckningar", class6),
}
