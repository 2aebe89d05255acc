"""Build the fourth held-out batch's Word protocol, whose § headings sit in a layout table.

Run: ``python tests/data/unseen4/build.py`` (needs python-docx); the .docx is committed.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCX_NAME = "vaxjo_tn_2024-03-21_protokoll.docx"

_PARAGRAPHS = [
    ("§ 31", "Val av justerare", "", "Tekniska nämnden utser Oliver Rosengren (M) att justera protokollet."),
    ("§ 32", "Budgetuppföljning februari", "TN 2024/0044", "Uppföljningen godkänns."),
    ("§ 33", "Trafiksäkerhetsprogram för Växjö kommun", "TN 2023/0311", "Programmet antas."),
    ("§ 34", "Delegationsbeslut", "", "Redovisningen läggs till handlingarna."),
]


def build_docx(path: Path) -> Path:
    """Each paragraph starts with a two-column table: the § number left, the title (and Dnr) right."""
    import docx

    d = docx.Document()
    d.add_paragraph("Växjö kommun")
    d.add_paragraph("Protokoll")
    d.add_paragraph("Tekniska nämnden")
    d.add_paragraph("Datum: 2024-03-21")
    for number, title, dnr, decision in _PARAGRAPHS:
        table = d.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text = number
        table.rows[0].cells[1].text = title + (f"\nDnr {dnr}" if dnr else "")
        d.add_paragraph(decision)
    d.save(str(path))
    return path


if __name__ == "__main__":
    build_docx(HERE / DOCX_NAME)
