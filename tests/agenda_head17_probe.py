"""Invented probe: a PDF agenda whose pages repeat a bare "Föredragningslista" heading (for
`tests/test_notes17.py`).

A kallelse's agenda over two pages prints its heading again at the top of the second. Printed on two
pages only (the first under the cover), nothing removes it as a running line, and it stands right
under the first page's last row: it must not run into that row's title. Built as numbered lines and as
a table (number | title | case number), the title cell wrapped or not, the heading bold or plain, with
"forts." or not, over two pages and over three. Every matter is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

_FONTS = "/usr/share/fonts/truetype/dejavu/"
_SUBJECTS = [
    "budget för nästa år", "skolskjuts under läsåret", "taxor inom bygglov", "detaljplan för Norrby",
    "lokalplan för skolor", "kulturskolan och avgifter", "delegationsbeslut från kontoret",
    "meddelanden från länsstyrelsen", "motion om lekplatser i centrum", "avgifter för vatten och avlopp",
    "investeringar i gatunätet", "bredband på landsbygden",
]  # fmt: skip
TITLES = [f"Ärende nummer {k} om {s}" for k, s in enumerate(_SUBJECTS, 1)]


@dataclass
class Form:
    """How the agenda is set."""

    name: str
    per_page: int = 6
    head: str = "Föredragningslista"
    bold_head: bool = True
    table: bool = False
    wrap: bool = False


FORMS = [
    Form("list_two_pages"),
    Form("list_plain_head", bold_head=False),
    Form("table_two_pages", table=True),
    Form("table_wrapped", table=True, wrap=True),
    Form("table_plain_head", table=True, bold_head=False),
    Form("table_forts", table=True, head="Föredragningslista, forts."),
    Form("table_dagordning", table=True, head="Dagordning"),
    Form("table_three_pages", per_page=5, table=True, wrap=True),
]


def build(form: Form, tmp: Path) -> Path:
    """The agenda as a PDF: a cover on page 1, the heading at the top of every page of rows."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("D", "", _FONTS + "DejaVuSans.ttf")
    pdf.add_font("D", "B", _FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    pages = (len(TITLES) + form.per_page - 1) // form.per_page
    for first in range(0, len(TITLES), form.per_page):
        pdf.add_page()
        pdf.set_xy(15, 15)
        if first == 0:
            pdf.set_font("D", "B", 14)
            pdf.multi_cell(180, 7, "Kallelse")
            pdf.set_font("D", "", 10)
            for line in [
                "Kommunstyrelsen",
                "Tid: onsdag 3 juni 2026 kl. 09.00",
                "Plats: Kommunhuset, Provås",
            ]:
                pdf.set_x(15)
                pdf.multi_cell(180, 5, line)
            pdf.ln(4)
        pdf.set_font("D", "B" if form.bold_head else "", 12)
        pdf.set_x(15)
        pdf.multi_cell(180, 6, form.head if first else "Föredragningslista")
        pdf.ln(2)
        pdf.set_font("D", "", 10)
        for k in range(first, min(first + form.per_page, len(TITLES))):
            pdf.set_x(15)
            if form.table:
                y = pdf.get_y()
                pdf.cell(12, 6, str(k + 1))
                pdf.multi_cell(60 if form.wrap else 120, 6, TITLES[k])
                below = pdf.get_y()
                pdf.set_xy(140, y)
                pdf.cell(40, 6, f"KS 2026/{k + 10}")
                pdf.set_y(max(below, y + 6))
            else:
                pdf.multi_cell(180, 6, f"{k + 1}. {TITLES[k]}")
                pdf.ln(1)
        pdf.set_xy(15, 285)
        pdf.set_font("D", "", 8)
        pdf.cell(180, 4, f"Sida {first // form.per_page + 1} av {pages}", align="R")
    path = tmp / f"provas_kommunstyrelsen_2026-06-03_kallelse_{form.name}.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path
