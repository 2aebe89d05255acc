"""Build the eighth held-out batch's Word kallelse, whose agenda uses Word's automatic numbering.

The numbers of a "List Number" paragraph are not in its text: Word draws them.
Run: ``python tests/data/unseen8/build.py`` (needs python-docx); the .docx is committed.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCX_NAME = "lycksele_miljo_2024-05-07_kallelse.docx"

_AGENDA = [
    "Val av justerare",
    "Godkännande av dagordning",
    "Tillsynsplan för miljö och hälsoskydd 2024",
    "Avgift för tillsyn enligt strålskyddslagen",
    "Delegationsbeslut",
]


def build_docx(path: Path) -> Path:
    """Letterhead paragraphs, then the agenda as an automatically numbered list."""
    import docx

    d = docx.Document()
    d.add_paragraph("Lycksele kommun")
    d.add_paragraph("Kallelse")
    d.add_paragraph("Miljö- och byggnadsnämnden")
    d.add_paragraph("Tid: 7 maj 2024 kl. 09.00")
    d.add_paragraph("Plats: Kommunhuset, sammanträdesrum Ansia")
    d.add_paragraph("Ärenden")
    for title in _AGENDA:
        d.add_paragraph(title, style="List Number")
    d.add_paragraph("Välkomna! Eva Forsberg, ordförande")
    d.save(str(path))
    return path


if __name__ == "__main__":
    build_docx(HERE / DOCX_NAME)
