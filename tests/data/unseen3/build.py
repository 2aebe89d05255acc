"""Build the third held-out batch's Word kallelse (its agenda is a Word table).

Run: ``python tests/data/unseen3/build.py`` (needs python-docx); the .docx is committed.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCX_NAME = "pitea_bun_2024-09-24_kallelse.docx"

_ROWS = [
    ("1", "Val av justerare", ""),
    ("2", "Godkännande av dagordning", ""),
    ("3", "Månadsuppföljning augusti 2024", "BUN 2024/33"),
    ("4", "Lokalförsörjningsplan för förskolan 2025–2030", "BUN 2024/201"),
    ("5", "Yttrande över motion om skolgårdarnas utformning", "BUN 2024/176"),
    ("6", "Anmälan av delegationsbeslut", "BUN 2024/2"),
]


def build_docx(path: Path) -> Path:
    """A kallelse as a nämnd's Word template writes it: letterhead paragraphs, then the agenda table."""
    import docx

    d = docx.Document()
    d.add_paragraph("Piteå kommun")
    d.add_heading("Kallelse", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph("Tid: tisdag 24 september 2024 kl. 13.00")
    d.add_paragraph("Plats: Stadshuset, sammanträdesrum Lillpite")
    table = d.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Nr", "Ärende", "Diarienummer"), strict=True):
        cell.text = text
    for row in _ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Förhinder anmäls till nämndsekreteraren.")
    d.add_paragraph("Helena Stenberg, ordförande")
    d.save(str(path))
    return path


if __name__ == "__main__":
    build_docx(HERE / DOCX_NAME)
