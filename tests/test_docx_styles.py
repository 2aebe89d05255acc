"""The style look-ups kept per document (`indexer.read.docx_styles`) give what python-docx gives."""

from __future__ import annotations

from docx import Document

from indexer.read.docx_styles import paragraph_style, run_style


def test_kept_styles_are_python_docx_styles() -> None:
    doc = Document()
    doc.add_heading("§ 12 Budget 2027", level=2)
    para = doc.add_paragraph("Kommunstyrelsen beslutar ")
    para.add_run("att godkänna").bold = True
    doc.add_paragraph("Lena Sjö (S)", style="List Bullet")
    for p in [*doc.paragraphs, *doc.paragraphs]:  # twice: the second time from what was kept
        assert paragraph_style(p).name == p.style.name
        for r in p.runs:
            assert run_style(r).name == r.style.name
    assert paragraph_style(doc.paragraphs[0]) is paragraph_style(doc.paragraphs[0])


def test_each_document_keeps_its_own_styles() -> None:
    a, b = Document(), Document()
    pa, pb = a.add_paragraph("x"), b.add_paragraph("y")
    assert paragraph_style(pa) is not paragraph_style(pb)
    assert paragraph_style(pa).name == paragraph_style(pb).name == "Normal"
