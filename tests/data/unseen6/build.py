"""Build the sixth held-out batch's Word tjänsteskrivelse, whose letterhead is a table.

Run: ``python tests/data/unseen6/build.py`` (needs python-docx); the .docx is committed.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCX_NAME = "kalix_tjansteskrivelse_2024-03-01.docx"


def build_docx(path: Path) -> Path:
    """Letterhead table (kommun, document type, date, case number), then the title and sections."""
    import docx

    d = docx.Document()
    table = d.add_table(rows=2, cols=3)
    rows = [
        ("Kalix kommun", "Tjänsteskrivelse", "Diarienummer"),
        ("Kommunledningsförvaltningen", "2024-03-01", "KS 2024/77"),
    ]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    d.add_paragraph("Kommunstyrelsen")
    d.add_heading("Riktlinjer för representation och gåvor", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att anta riktlinjerna.")
    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph("Riktlinjerna ersätter reglerna från 2015 och anpassas till skatteverkets nya belopp.")
    d.add_paragraph("Anna Nilsson, kanslichef")
    d.save(str(path))
    return path


if __name__ == "__main__":
    build_docx(HERE / DOCX_NAME)
