"""Build the held-out set's binary documents (a Word protocol and a two-page PDF protocol).

The .docx and .pdf files next to this script are its output, committed so the
benchmark can read them; `tests/test_unseen_shapes.py` builds them again in a
temporary folder to check that a fresh file gives the same extraction.
Run: ``python tests/data/unseen/build.py`` (needs python-docx and fpdf2).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCX_NAME = "tierp_sbn_2024-05-07_protokoll.docx"
PDF_NAME = "harryda_ks_2024-06-03_protokoll.pdf"

_DOCX_ITEMS = [
    (
        "§ 1 Val av justerare",
        None,
        ["Samhällsbyggnadsnämnden utser Birgitta Ek (C) att justera protokollet."],
    ),
    (
        "§ 2 Ekonomisk uppföljning april 2024",
        "Dnr SBN 2024/61",
        [
            "Förvaltningen prognostiserar ett underskott om 2,1 miljoner kronor för helåret,"
            " främst på grund av ökade kostnader för vinterväghållning.",
            "Beslut",
            "Uppföljningen godkänns.",
        ],
    ),
    (
        "§ 3 Detaljplan för bostäder inom Siggbo 3:1 m.fl. i Tierp, antagande",
        "Dnr SBN 2022/187",
        [
            "Planen möjliggör cirka 60 bostäder i radhus och flerbostadshus. Under granskningen kom sju"
            " yttranden in; de har bemötts i ett granskningsutlåtande.",
            "Beslut",
            "1. Samhällsbyggnadsnämnden antar detaljplanen.",
            "2. Granskningsutlåtandet godkänns.",
        ],
    ),
    (
        "§ 4 Förbud mot trafik med tung lastbil på Storgatan i Karlholmsbruk",
        "Dnr SBN 2024/44",
        ["Lokala trafikföreskrifter beslutas enligt förvaltningens förslag."],
    ),
    ("§ 5 Delegationsbeslut", None, ["Redovisningen läggs till handlingarna."]),
]


def build_docx(path: Path) -> Path:
    """A protocol as a council's Word template writes it: § headings in Heading 1, attendance in a table."""
    import docx

    d = docx.Document()
    for line in ("Tierps kommun", "Protokoll", "Samhällsbyggnadsnämnden", "Sammanträdesdatum 2024-05-07"):
        d.add_paragraph(line)
    d.add_paragraph("Plats och tid: Kommunhuset, Tierp, kl. 13.15–16.00")
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Namn", "Parti", "Roll"), strict=True):
        cell.text = text
    for row in (
        ("Gunnar Lindh", "S", "ordförande"),
        ("Birgitta Ek", "C", "ledamot"),
        ("Lars Pettersson", "M", "ledamot"),
        ("Helena Gran", "", "sekreterare"),
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Justerare: Birgitta Ek (C)")
    for heading, dnr, paras in _DOCX_ITEMS:
        d.add_heading(heading, level=1)
        if dnr:
            d.add_paragraph(dnr)
        for p in paras:
            d.add_paragraph(p)
    d.save(str(path))
    return path


_PDF_PAGES = [
    [
        "Plats och tid: Kommunhuset, Mölnlycke, kl. 09.00-12.15",
        "Beslutande: Ewa Johansson (M), ordförande; Tomas Jonsson (S); Karin Pleijel (MP)",
        "Justerare: Tomas Jonsson (S)",
        "",
        "§ 88",
        "Fastställande av dagordning",
        "Dagordningen fastställs.",
        "",
        "§ 89    Dnr 2024KS0211",
        "Revidering av riktlinjer för markanvisning",
        "Riktlinjerna kompletteras med krav på blandade upplåtelseformer i nya bostadsområden och",
        "med en tydligare beskrivning av hur markpriset bestäms vid direktanvisning.",
        "Kommunstyrelsens beslut",
        "De reviderade riktlinjerna antas.",
        "",
        "§ 90    Dnr 2024KS0378",
        "Medfinansiering av gång- och cykelväg längs väg 550 mellan Landvetter och Hindås",
        "Trafikverket har erbjudit kommunen att medfinansiera en gång- och cykelväg. Kommunens",
    ],
    [
        "andel beräknas till 18 miljoner kronor i 2024 års prisnivå.",
        "Kommunstyrelsens beslut",
        "Kommunstyrelsen föreslår kommunfullmäktige att godkänna medfinansieringsavtalet.",
        "",
        "§ 91    Dnr 2024KS0402",
        "Delårsrapport januari-april 2024",
        "Prognosen för helåret är ett överskott om 35 miljoner kronor.",
        "Kommunstyrelsens beslut",
        "Delårsrapporten godkänns.",
        "",
        "§ 92",
        "Anmälan av delegationsbeslut",
        "Redovisningen läggs till handlingarna.",
    ],
]


def build_pdf(path: Path) -> Path:
    """A two-page protocol with a running header (kommun, type, page x of y) and a signature footer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    n = len(_PDF_PAGES)
    for k, lines in enumerate(_PDF_PAGES, start=1):
        pdf.add_page()
        pdf.set_font("helvetica", size=9)
        pdf.text(15, 12, "HÄRRYDA KOMMUN")
        pdf.text(90, 12, "SAMMANTRÄDESPROTOKOLL")
        pdf.text(175, 12, f"Sida {k} av {n}")
        pdf.text(15, 17, "Kommunstyrelsen")
        pdf.text(90, 17, "2024-06-03")
        pdf.set_font("helvetica", size=11)
        y = 30.0
        for line in lines:
            if line:
                pdf.set_font("helvetica", style="B" if line.startswith("§") else "", size=11)
                pdf.text(15, y, line)
            y += 6
        pdf.set_font("helvetica", size=8)
        pdf.text(15, 285, "Justerandes sign")
        pdf.text(150, 285, "Utdragsbestyrkande")
    pdf.output(str(path))
    return path


if __name__ == "__main__":
    build_docx(HERE / DOCX_NAME)
    build_pdf(HERE / PDF_NAME)
