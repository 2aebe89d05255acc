"""Invented attendance lists of one meeting in many markups (session 14), for `tests/test_attendance14.py`.

Each case is a file the way a kommun publishes it (a Word table, a PDF's two-column head block, a text
export, notes of a råd) and the persons GOLD_FORMAT asks of it: name, party and roles. Members named only
as replaced or as absent are listed apart: they must not be persons. Every name is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
from fpdf import FPDF

#: name -> (party, roles) as the gold would write them
Expected = dict[str, tuple[str | None, set[str]]]

_AGENDA = [
    "§ 14 Val av justerare",
    "Till justerare utses Bo Berg (M).",
    "§ 15 Budget 2027",
    "Kommunstyrelsen beslutar att godkänna förslaget.",
    "§ 16 Detaljplan för Norra Ängen",
    "Kommunstyrelsen beslutar att anta detaljplanen.",
]


@dataclass
class Case:
    """One file and what a careful reader finds in it."""

    name: str
    build: Callable[[Path], Path]
    persons: Expected
    absent: set[str] = field(default_factory=set)


def _docx_path(tmp: Path, name: str) -> Path:
    return tmp / f"testkommun_kommunstyrelsen_2026-11-20_protokoll_{name}.docx"


def _table(d: docx.document.Document, rows: list[list[str]]) -> None:
    t = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = t.add_row().cells
        for c, text in zip(cells, row, strict=True):
            c.text = text


def _agenda(d: docx.document.Document) -> None:
    for line in _AGENDA:
        if line.startswith("§"):
            d.add_paragraph().add_run(line).bold = True
        else:
            d.add_paragraph(line)


def docx_member_tables(tmp: Path) -> Path:
    """Two Word tables, "Ledamöter | Parti | Funktion" and "Ersättare | Parti"."""
    d = docx.Document()
    d.add_paragraph().add_run("Protokoll Kommunstyrelsen").bold = True
    d.add_paragraph("Plats och tid: Stadshuset, 2026-11-20 kl. 13.00–15.00")
    _table(
        d,
        [
            ["Ledamöter", "Parti", "Funktion"],
            ["Anna Ek", "S", "Ordförande"],
            ["Bo Berg", "M", "Vice ordförande"],
            ["Cecilia Lund", "C", ""],
            ["Dragan Petrović", "SD", ""],
        ],
    )
    d.add_paragraph("")
    _table(d, [["Ersättare", "Parti"], ["Eva Holm", "V"], ["Fredrik Nyqvist", "KD"]])
    d.add_paragraph("Sekreterare: Gunilla Strand")
    _agenda(d)
    path = _docx_path(tmp, "tables")
    d.save(str(path))
    return path


def docx_presence_table(tmp: Path) -> Path:
    """One Word table "Namn | Parti | Närvaro" with a serving ersättare and an absent member."""
    d = docx.Document()
    d.add_paragraph().add_run("Protokoll Kommunstyrelsen").bold = True
    d.add_paragraph("Datum: 2026-11-20")
    d.add_paragraph().add_run("Närvarande ledamöter och ersättare").bold = True
    _table(
        d,
        [
            ["Namn", "Parti", "Närvaro"],
            ["Anna Ek", "S", "Ordförande"],
            ["Bo Berg", "M", "Närvarande"],
            ["Cecilia Lund", "C", "Frånvarande"],
            ["Dragan Petrović", "SD", "Närvarande"],
            ["Eva Holm", "C", "Tjänstgörande ersättare för Cecilia Lund"],
        ],
    )
    d.add_paragraph("")
    d.add_paragraph().add_run("Övriga närvarande").bold = True
    d.add_paragraph("Gunilla Strand, kommunsekreterare")
    d.add_paragraph("Hans Öberg, ekonomichef")
    _agenda(d)
    path = _docx_path(tmp, "presence")
    d.save(str(path))
    return path


def _pdf(tmp: Path, name: str, texts: list[tuple[float, float, str]]) -> Path:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.text(20, 15, "Testkommun")
    pdf.text(120, 15, "SAMMANTRÄDESPROTOKOLL")
    pdf.text(20, 21, "Kommunstyrelsen")
    pdf.text(120, 21, "2026-11-20")
    for x, y, text in texts:
        pdf.text(x, y, text)
    y = max(y for _, y, _ in texts) + 12
    for line in _AGENDA:
        pdf.text(20, y, line)
        y += 6
    path = tmp / f"testkommun_kommunstyrelsen_2026-11-20_protokoll_{name}.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


_LEFT = [
    "Anna Ek (S), ordförande",
    "Bo Berg (M)",
    "Cecilia Lund (C)",
    "Eva Holm (V), tjänstgörande ersättare",
]
_RIGHT = ["Gunilla Strand, kommunchef", "Hans Öberg, sekreterare", "Ingrid Dahl (S), ersättare"]


def pdf_two_columns(tmp: Path) -> Path:
    """A PDF's head block in two columns: "Beslutande" left, "Övriga närvarande" right."""
    texts = [(20, 40, "Plats och tid: Stadshuset, kl. 13.00-15.00")]
    texts += [(20, 50, "Beslutande"), (110, 50, "Övriga närvarande")]
    texts += [(20, 56 + 6 * i, t) for i, t in enumerate(_LEFT)]
    texts += [(110, 56 + 6 * i, t) for i, t in enumerate(_RIGHT)]
    return _pdf(tmp, "twocol", texts)


def pdf_label_column(tmp: Path) -> Path:
    """A PDF's head block with the labels in a column left of the names."""
    texts = [(20, 40, "Plats och tid"), (60, 40, "Stadshuset, kl. 13.00-15.00"), (20, 50, "Beslutande")]
    texts += [(60, 50 + 5 * i, t) for i, t in enumerate(_LEFT)]
    texts += [(20, 75, "Övriga närvarande")]
    texts += [(60, 75 + 5 * i, t) for i, t in enumerate(_RIGHT)]
    return _pdf(tmp, "labels", texts)


_BASE: Expected = {
    "Anna Ek": ("S", {"ordförande", "ledamot"}),
    "Bo Berg": ("M", {"ledamot", "justerare"}),
    "Cecilia Lund": ("C", {"ledamot"}),
    "Eva Holm": ("V", {"tjänstgörande ersättare"}),
    "Gunilla Strand": (None, {"tjänsteperson"}),
    "Hans Öberg": (None, {"sekreterare", "tjänsteperson"}),
    "Ingrid Dahl": ("S", {"ersättare"}),
}


def _text(
    tmp: Path, name: str, head: str, *, kind: str = "protokoll", organ: str = "kommunstyrelsen"
) -> Path:
    path = tmp / f"testkommun_{organ}_2026-11-20_{kind}_{name}.txt"
    body = "\n".join(_AGENDA) if kind == "protokoll" else ""
    path.write_text(f"{head}\n\n{body}\n", encoding="utf-8")
    return path


_SERVING = """Testkommun                                  SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                             2026-11-20

Plats och tid        Stadshuset, kl. 13.00-15.00

Beslutande           Anna Ek (S), ordförande
                     Bo Berg (M)
                     Lars Nilsson (S), tjänstgörande ersättare för Cecilia Lund (S)
                     Maria Olsson (M), tjänstgörande ersättare för Dragan Petrović (SD) § 14-15
                     Nils Persson (KD) ersätter Fredrik Nyqvist (KD)
                     Eva Holm (V), tjänstgörande ersättare § 16 för Bo Berg (M) p.g.a. jäv

Ersättare            Ingrid Dahl (S)
                     Olof Rask (L)

Övriga närvarande    Gunilla Strand, kommunchef
                     Hans Öberg, sekreterare
"""


def text_serving(tmp: Path) -> Path:
    """A text export: serving ersättare with whom they replace, one for some paragraphs only, jäv."""
    return _text(tmp, "serving", _SERVING)


_RAD = """Minnesanteckningar Kommunala pensionärsrådet

Datum: 2026-11-20
Plats: Stadshuset

Närvarande:
Lena Holm (S), ordförande
Anna Berg, PRO
Kalle Ek, SPF Seniorerna
Eva Lind, DHR
Sven Åkesson, RPG

Från förvaltningen:
Sara Ström, äldreomsorgschef
Per Dahl, sekreterare

Övriga deltagare:
Olle Bäck, Region Testland

1. Mötets öppnande
Ordföranden hälsade välkommen.

2. Information om hemtjänsten
Sara Ström informerade om hemtjänsten.
"""


def text_rad(tmp: Path) -> Path:
    """Notes of a råd: organisations' representatives, "Från förvaltningen:", "Övriga deltagare"."""
    return _text(tmp, "rad", _RAD, kind="minnesanteckningar", organ="kommunala-pensionarsradet")


def docx_rad(tmp: Path) -> Path:
    """The råd's notes as a Word document, one paragraph a line."""
    d = docx.Document()
    for line in _RAD.split("\n"):
        if line.endswith(":") or line[:2] in ("1.", "2."):
            d.add_paragraph().add_run(line).bold = True
        elif line:
            d.add_paragraph(line)
    path = tmp / "testkommun_kommunala-pensionarsradet_2026-11-20_minnesanteckningar_rad.docx"
    d.save(str(path))
    return path


_LOCAL = """Testkommun                                  PROTOKOLL
Kommunstyrelsen                             2026-11-20

Beslutande
Anna Ek (ÄL), ordförande
Bo Berg (ÖP)
Cecilia Lund (SoL)
Dragan Petrović (S)
Eva Holm (ÖP)

Ersättare
Ingrid Dahl (ÄL)
Olof Rask (SoL)
"""


def text_local_parties(tmp: Path) -> Path:
    """Local party codes that are no national party: ÄL, ÖP, SoL."""
    return _text(tmp, "local", _LOCAL)


_FORMS = """Testkommun                                  PROTOKOLL
Kommunstyrelsen                             2026-11-20

Närvarande ledamöter
Ek, Anna (S), ordförande
Berg, Bo (M)
Lund, Cecilia (C)
Anna Maria Strömberg-
Lindqvist (S)
Per Olof Nordin (M)

Tjänstepersoner
Strand, Gunilla, kommundirektör
Öberg, Hans, sekreterare

Frånvarande
Sven Sund (S), Tove Tall (M)
"""


def text_forms(tmp: Path) -> Path:
    """Inverted names, a double first name, a name hyphenated over a line break, a "Frånvarande" list."""
    return _text(tmp, "forms", _FORMS)


CASES = [
    Case(
        "docx_member_tables",
        docx_member_tables,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"vice ordförande", "ledamot", "justerare"}),
            "Cecilia Lund": ("C", {"ledamot"}),
            "Dragan Petrović": ("SD", {"ledamot"}),
            "Eva Holm": ("V", {"ersättare"}),
            "Fredrik Nyqvist": ("KD", {"ersättare"}),
            "Gunilla Strand": (None, {"sekreterare"}),
        },
    ),
    Case(
        "docx_presence_table",
        docx_presence_table,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"ledamot", "justerare"}),
            "Dragan Petrović": ("SD", {"ledamot"}),
            "Eva Holm": ("C", {"tjänstgörande ersättare"}),
            "Gunilla Strand": (None, {"sekreterare", "tjänsteperson"}),
            "Hans Öberg": (None, {"tjänsteperson"}),
        },
        absent={"Cecilia Lund"},
    ),
    Case("pdf_two_columns", pdf_two_columns, dict(_BASE)),
    Case("pdf_label_column", pdf_label_column, dict(_BASE)),
    Case(
        "text_serving",
        text_serving,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"ledamot", "justerare"}),
            "Lars Nilsson": ("S", {"tjänstgörande ersättare"}),
            "Maria Olsson": ("M", {"tjänstgörande ersättare"}),
            "Nils Persson": ("KD", {"tjänstgörande ersättare"}),
            "Eva Holm": ("V", {"tjänstgörande ersättare"}),
            "Ingrid Dahl": ("S", {"ersättare"}),
            "Olof Rask": ("L", {"ersättare"}),
            "Gunilla Strand": (None, {"tjänsteperson"}),
            "Hans Öberg": (None, {"sekreterare", "tjänsteperson"}),
        },
        absent={"Cecilia Lund", "Dragan Petrović", "Fredrik Nyqvist"},
    ),
    *(
        Case(
            name,
            build,
            {
                "Lena Holm": ("S", {"ordförande"}),
                "Anna Berg": (None, {"närvarande"}),
                "Kalle Ek": (None, {"närvarande"}),
                "Eva Lind": (None, {"närvarande"}),
                "Sven Åkesson": (None, {"närvarande"}),
                "Sara Ström": (None, {"tjänsteperson"}),
                "Per Dahl": (None, {"sekreterare", "tjänsteperson"}),
                "Olle Bäck": (None, {"närvarande"}),
            },
        )
        for name, build in (("text_rad", text_rad), ("docx_rad", docx_rad))
    ),
    Case(
        "text_local_parties",
        text_local_parties,
        {
            "Anna Ek": ("ÄL", {"ordförande", "ledamot"}),
            "Bo Berg": ("ÖP", {"ledamot", "justerare"}),
            "Cecilia Lund": ("SoL", {"ledamot"}),
            "Dragan Petrović": ("S", {"ledamot"}),
            "Eva Holm": ("ÖP", {"ledamot"}),
            "Ingrid Dahl": ("ÄL", {"ersättare"}),
            "Olof Rask": ("SoL", {"ersättare"}),
        },
    ),
    Case(
        "text_forms",
        text_forms,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"ledamot", "justerare"}),
            "Cecilia Lund": ("C", {"ledamot"}),
            "Anna Maria Strömberg-Lindqvist": ("S", {"ledamot"}),
            "Per Olof Nordin": ("M", {"ledamot"}),
            "Gunilla Strand": (None, {"tjänsteperson"}),
            "Hans Öberg": (None, {"sekreterare", "tjänsteperson"}),
        },
        absent={"Sven Sund", "Tove Tall"},
    ),
]


_HARD_TEXT = """Testkommun                                  SAMMANTRÄDESPROTOKOLL
Socialnämnden                               2026-11-20

Plats och tid        Stadshuset, kl. 13.00-15.00

Beslutande           Zeynep Yıldız (S), ordförande
                     Karin von Essen (M), 1:e vice ordförande
                     Chloé Dufresne (V)
                     Heidi Hankanen Ängberg (C)
                     Mohammed Al-Hassan (SD)
                     Sean O'Brien (L)

Tjänstgörande        Ulf Ranta (S) för Per Ström (S)
ersättare

Närvarande           Lisa Wiik (MP)
ersättare            Siv Ågren (KD)

Övriga närvarande    Kommunchef Ann-Sofie Rydh
                     Socialchef Thomas Ylvén
                     Nämndsekreterare Mirja Öhman

Frånvarande          Lena Sjö (S)
                     Åke Rudin (M)
"""


def text_hard_names(tmp: Path) -> Path:
    """Names no first-name list may know, particles, accents; a header broken over two lines; titles first."""
    return _text(tmp, "hard", _HARD_TEXT, organ="socialnamnden")


_ORG_BRACKETS = """Anteckningar från Funktionshinderrådet 2026-11-20

Närvarande
Lena Holm (S), ordförande
Anna Berg (PRO)
Kalle Ek (SPF)
Eva Lind (DHR)
Ola Hed (RSMH)
Britt Sand (Autism- och Aspergerförbundet)

Tjänstepersoner
Sara Ström, enhetschef
Per Dahl, sekreterare

1. Mötets öppnande
Ordföranden hälsade välkommen.
"""


def text_org_brackets(tmp: Path) -> Path:
    """A råd's members with their organisation in brackets: no party."""
    return _text(tmp, "orgb", _ORG_BRACKETS, kind="minnesanteckningar", organ="funktionshinderradet")


def docx_side_by_side(tmp: Path) -> Path:
    """A Word table of "Ledamöter | Ersättare" side by side, the party in the name's cell, roles below."""
    d = docx.Document()
    d.add_paragraph().add_run("Protokoll Kommunstyrelsen").bold = True
    d.add_paragraph("Datum: 2026-11-20")
    _table(
        d,
        [
            ["Ledamöter", "", "Ersättare", ""],
            ["Anna Ek (S)", "ordförande", "Ingrid Dahl (S)", ""],
            ["Bo Berg (M)", "", "Olof Rask (L)", "tjänstgör för Cecilia Lund"],
            ["Cecilia Lund (C)", "frånvarande", "Ulf Ranta (SD)", ""],
            ["Dragan Petrović (SD)", "", "", ""],
        ],
    )
    d.add_paragraph("")
    _table(d, [["Tjänstepersoner", ""], ["Gunilla Strand", "kommundirektör"], ["Hans Öberg", "sekreterare"]])
    _agenda(d)
    path = _docx_path(tmp, "side")
    d.save(str(path))
    return path


_COMMA_NOTES = """Minnesanteckningar Ungdomsrådet 2026-11-20

Närvarande: Anna Ek (S) ordförande, Bo Berg (M), Cecilia Lund (C), Amir Haddad, Elin Sjöqvist och Noah Lind.
Från förvaltningen: Sara Ström (fritidschef) och Per Dahl (sekreterare).
Frånvarande: Tove Tall (M), Sven Sund.

1. Mötets öppnande
Ordföranden hälsade välkommen.
"""


def text_comma_notes(tmp: Path) -> Path:
    """Notes that list everyone in one sentence a group."""
    return _text(tmp, "comma", _COMMA_NOTES, kind="minnesanteckningar", organ="ungdomsradet")


_TAB_INVERTED = """Kommunstyrelsen 2026-11-20 Protokoll

Ledamöter\tParti\tRoll
Ek, Anna\tS\tOrdförande
Berg, Bo\tM\tLedamot
Lund, Cecilia\tC\tLedamot
Ranta, Ulf\tS\tTjänstgörande ersättare
Ersättare
Dahl, Ingrid\tS\tErsättare
Tjänstepersoner
Strand, Gunilla\t\tKommundirektör
Öberg, Hans\t\tSekreterare
"""


def text_tab_inverted(tmp: Path) -> Path:
    """A tab-separated table of inverted names with party and role columns."""
    return _text(tmp, "tabinv", _TAB_INVERTED)


HARD_CASES = [
    Case(
        "text_hard_names",
        text_hard_names,
        {
            "Zeynep Yıldız": ("S", {"ordförande", "ledamot"}),
            "Karin von Essen": ("M", {"vice ordförande", "ledamot"}),
            "Chloé Dufresne": ("V", {"ledamot"}),
            "Heidi Hankanen Ängberg": ("C", {"ledamot"}),
            "Mohammed Al-Hassan": ("SD", {"ledamot"}),
            "Sean O'Brien": ("L", {"ledamot"}),
            "Ulf Ranta": ("S", {"tjänstgörande ersättare"}),
            "Lisa Wiik": ("MP", {"ersättare"}),
            "Siv Ågren": ("KD", {"ersättare"}),
            "Ann-Sofie Rydh": (None, {"tjänsteperson"}),
            "Thomas Ylvén": (None, {"tjänsteperson"}),
            "Mirja Öhman": (None, {"sekreterare"}),
            "Bo Berg": ("M", {"justerare"}),  # the agenda's justerare
        },
        absent={"Per Ström", "Lena Sjö", "Åke Rudin"},
    ),
    Case(
        "text_org_brackets",
        text_org_brackets,
        {
            "Lena Holm": ("S", {"ordförande"}),
            "Anna Berg": (None, {"närvarande"}),
            "Kalle Ek": (None, {"närvarande"}),
            "Eva Lind": (None, {"närvarande"}),
            "Ola Hed": (None, {"närvarande"}),
            "Britt Sand": (None, {"närvarande"}),
            "Sara Ström": (None, {"tjänsteperson"}),
            "Per Dahl": (None, {"sekreterare"}),
        },
    ),
    Case(
        "docx_side_by_side",
        docx_side_by_side,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"ledamot", "justerare"}),
            "Dragan Petrović": ("SD", {"ledamot"}),
            "Ingrid Dahl": ("S", {"ersättare"}),
            "Olof Rask": ("L", {"tjänstgörande ersättare"}),
            "Ulf Ranta": ("SD", {"ersättare"}),
            "Gunilla Strand": (None, {"tjänsteperson"}),
            "Hans Öberg": (None, {"sekreterare"}),
        },
        absent={"Cecilia Lund"},
    ),
    Case(
        "text_comma_notes",
        text_comma_notes,
        {
            "Anna Ek": ("S", {"ordförande"}),
            "Bo Berg": ("M", set()),
            "Cecilia Lund": ("C", set()),
            "Amir Haddad": (None, set()),
            "Elin Sjöqvist": (None, set()),
            "Noah Lind": (None, set()),
            "Sara Ström": (None, {"tjänsteperson"}),
            "Per Dahl": (None, {"sekreterare"}),
        },
        absent={"Tove Tall", "Sven Sund"},
    ),
    Case(
        "text_tab_inverted",
        text_tab_inverted,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"ledamot"}),
            "Cecilia Lund": ("C", {"ledamot"}),
            "Ulf Ranta": ("S", {"tjänstgörande ersättare"}),
            "Ingrid Dahl": ("S", {"ersättare"}),
            "Gunilla Strand": (None, {"tjänsteperson"}),
            "Hans Öberg": (None, {"sekreterare"}),
        },
    ),
]


def docx_cell_lists(tmp: Path) -> Path:
    """A Word head table whose right cell lists a block's people one a line (line breaks in one cell)."""
    d = docx.Document()
    d.add_paragraph().add_run("Protokoll Kommunstyrelsen").bold = True
    _table(
        d,
        [
            ["Plats och tid", "Stadshuset, 2026-11-20 kl. 13.00–15.00"],
            ["Beslutande", "\n".join(_LEFT)],
            ["Övriga närvarande", "\n".join(_RIGHT)],
            ["Utses att justera", "Bo Berg"],
        ],
    )
    _agenda(d)
    path = _docx_path(tmp, "cells")
    d.save(str(path))
    return path


_ROLE_FIRST = """Testkommun                                  PROTOKOLL
Kommunstyrelsen                             2026-11-20

Beslutande
Ordförande           Anna Ek (S)
Vice ordförande      Bo Berg (M)
Ledamot              Cecilia Lund (C)
Tjänstgörande ersättare  Eva Holm (V)
Ersättare            Ingrid Dahl (S)

Övriga
Kommunchef           Gunilla Strand
Sekreterare          Hans Öberg
"""


def text_role_first(tmp: Path) -> Path:
    """A form that prints each person's role before the name."""
    return _text(tmp, "rolefirst", _ROLE_FIRST)


_PARTY_FORMS = """Testkommun                                  PROTOKOLL
Kommunstyrelsen                             2026-11-20

Beslutande ledamöter
Anna Ek, S, ordförande
Bo Berg - M
Cecilia Lund (c)
Dragan Petrović (SD) §§ 14-15, kl. 13.00-14.30
Eva Holm (V) ej § 16
Fredrik Nyqvist, (KD)

Övriga närvarande
Gunilla Strand, kommunchef, §§ 14-15
Hans Öberg, sekreterare
"""


def text_party_forms(tmp: Path) -> Path:
    """The party after a comma or a dash, lower-case in brackets, paragraphs and hours after it."""
    return _text(tmp, "partyforms", _PARTY_FORMS)


def html_table(tmp: Path) -> Path:
    """A web page's attendance table."""
    rows = [
        ("Anna Ek", "S", "Ordförande"),
        ("Bo Berg", "M", "Ledamot"),
        ("Cecilia Lund", "C", "Ledamot"),
        ("Eva Holm", "V", "Tjänstgörande ersättare"),
        ("Gunilla Strand", "", "Sekreterare"),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    agenda = "".join(f"<h3>{ln}</h3>" if ln.startswith("§") else f"<p>{ln}</p>" for ln in _AGENDA)
    html = (
        "<html><body><h1>Protokoll Kommunstyrelsen 2026-11-20</h1><h2>Närvarande</h2>"
        f"<table><tr><th>Namn</th><th>Parti</th><th>Roll</th></tr>{body}</table>{agenda}</body></html>"
    )
    path = tmp / "testkommun_kommunstyrelsen_2026-11-20_protokoll_html.html"
    path.write_text(html, encoding="utf-8")
    return path


MORE_CASES = [
    Case("docx_cell_lists", docx_cell_lists, dict(_BASE)),
    Case(
        "text_role_first",
        text_role_first,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"vice ordförande", "ledamot", "justerare"}),
            "Cecilia Lund": ("C", {"ledamot"}),
            "Eva Holm": ("V", {"tjänstgörande ersättare"}),
            "Ingrid Dahl": ("S", {"ersättare"}),
            "Gunilla Strand": (None, {"tjänsteperson"}),
            "Hans Öberg": (None, {"sekreterare"}),
        },
    ),
    Case(
        "text_party_forms",
        text_party_forms,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"ledamot", "justerare"}),
            "Cecilia Lund": ("C", {"ledamot"}),
            "Dragan Petrović": ("SD", {"ledamot"}),
            "Eva Holm": ("V", {"ledamot"}),
            "Fredrik Nyqvist": ("KD", {"ledamot"}),
            "Gunilla Strand": (None, {"tjänsteperson"}),
            "Hans Öberg": (None, {"sekreterare"}),
        },
    ),
    Case(
        "html_table",
        html_table,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"ledamot", "justerare"}),
            "Cecilia Lund": ("C", {"ledamot"}),
            "Eva Holm": ("V", {"tjänstgörande ersättare"}),
            "Gunilla Strand": (None, {"sekreterare"}),
        },
    ),
]


def pdf_columns_table(tmp: Path) -> Path:
    """A PDF attendance table: name, party and role each in a column of its own."""
    rows = [
        ("Ledamöter", "Parti", "Roll"),
        ("Anna Ek", "S", "Ordförande"),
        ("Bo Berg", "M", "Vice ordförande"),
        ("Cecilia Lund", "C", ""),
        ("Eva Holm", "V", "Tjänstgörande ersättare"),
        ("Ersättare", "", ""),
        ("Ingrid Dahl", "S", ""),
        ("Övriga närvarande", "", ""),
        ("Gunilla Strand", "", "Kommunchef"),
        ("Hans Öberg", "", "Sekreterare"),
    ]
    texts = []
    for i, (a, b, c) in enumerate(rows):
        texts += [(20, 40 + 6 * i, a), (80, 40 + 6 * i, b), (100, 40 + 6 * i, c)]
    return _pdf(tmp, "coltable", [t for t in texts if t[2]])


def pdf_titles_below(tmp: Path) -> Path:
    """A PDF head block whose officials have their title on the line under the name."""
    texts = [(20, 40, "Beslutande"), (110, 40, "Övriga närvarande")]
    texts += [(20, 46 + 6 * i, t) for i, t in enumerate(_LEFT)]
    right = ["Gunilla Strand", "kommunchef", "Hans Öberg", "sekreterare", "Ingrid Dahl (S)", "ersättare"]
    texts += [(110, 46 + 6 * i, t) for i, t in enumerate(right)]
    return _pdf(tmp, "below", texts)


PDF_CASES = [
    Case(
        "pdf_columns_table",
        pdf_columns_table,
        {**_BASE, "Bo Berg": ("M", {"vice ordförande", "ledamot", "justerare"})},
    ),
    Case("pdf_titles_below", pdf_titles_below, dict(_BASE)),
]


def pdf_name_party_columns(tmp: Path) -> Path:
    """A PDF's lists with the party and the role in columns of their own, block headers between them."""
    rows = [
        (20, 40, "Närvarande ledamöter"),
        (20, 46, "Anna Ek"),
        (70, 46, "S"),
        (85, 46, "ordförande"),
        (20, 52, "Bo Berg"),
        (70, 52, "M"),
        (20, 58, "Cecilia Lund"),
        (70, 58, "C"),
        (20, 66, "Närvarande ersättare"),
        (20, 72, "Lars Nilsson"),
        (70, 72, "S"),
        (85, 72, "tjänstgör för Dan Nyström"),
        (20, 80, "Tjänstepersoner"),
        (20, 86, "Gunilla Strand"),
        (85, 86, "kommunchef"),
        (20, 92, "Hans Öberg"),
        (85, 92, "sekreterare"),
    ]
    return _pdf(tmp, "namepartycols", rows)


PDF_CASES.append(
    Case(
        "pdf_name_party_columns",
        pdf_name_party_columns,
        {
            "Anna Ek": ("S", {"ordförande", "ledamot"}),
            "Bo Berg": ("M", {"ledamot", "justerare"}),
            "Cecilia Lund": ("C", {"ledamot"}),
            "Lars Nilsson": ("S", {"tjänstgörande ersättare"}),
            "Gunilla Strand": (None, {"tjänsteperson"}),
            "Hans Öberg": (None, {"sekreterare", "tjänsteperson"}),
        },
        absent={"Dan Nyström"},
    )
)
