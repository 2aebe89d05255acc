"""Wrong files say what they are, each with its own one-line reason, and the run goes on.

Every file is made here: an HTML error page saved as .pdf, a PDF without pages, an encrypted one,
a truncated one, a blank one, and image-only ones whose OCR fails or finds nothing.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw

from indexer.pipeline import index_paths
from indexer.read.ocr import OcrOptions
from indexer.read.parse import ParseError, read_document
from tests.conftest import hash_settings
from tests.test_pdf_layout import _pdf

HTML_PAGE = b"""<!DOCTYPE html>
<html lang="sv"><head><title>Sidan kunde inte hittas</title></head>
<body><h1>404</h1><p>Sidan du s\xc3\xb6kte finns inte.</p></body></html>
"""


def _encrypted() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 20, "Hemligt protokoll")
    pdf.set_encryption(owner_password="ägare", user_password="hemlig")
    return bytes(pdf.output())


def _no_pages() -> bytes:
    import pypdfium2 as pdfium

    out = io.BytesIO()
    pdfium.PdfDocument.new().save(out)
    return out.getvalue()


def _image_pdf(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=200)
    return out.getvalue()


def _noise() -> Image.Image:
    """A drawing without a single letter: boxes and lines."""
    img = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(img)
    for k in range(12):
        draw.rectangle((100 + 100 * k, 200 + 120 * k, 300 + 100 * k, 260 + 120 * k), outline=0, width=6)
    return img


WRONG = {
    "html.pdf": (HTML_PAGE, r"^not a PDF: an HTML page \(a failed download\?\)$"),
    "noll-sidor.pdf": (_no_pages(), r"^PDF without pages$"),
    "krypterad.pdf": (_encrypted(), r"^encrypted PDF \(password protected\)$"),
    "avbruten.pdf": (_pdf([[(20, 20, "§ 1 Mötet öppnas")]])[:700], r"^truncated PDF"),
    "tom.pdf": (_pdf([[]]), r"^no text layer and nothing drawn"),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_each_wrong_pdf_has_its_own_reason(tmp_path: Path, name: str) -> None:
    data, reason = WRONG[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ParseError, match=reason) as e:
        read_document(path)
    assert "\n" not in str(e.value)


def test_a_scan_without_ocr_says_so(tmp_path: Path) -> None:
    path = tmp_path / "skannad.pdf"
    path.write_bytes(_image_pdf(_noise()))
    with pytest.raises(ParseError, match=r"^no text layer \(scanned PDF\) and OCR is off$"):
        read_document(path, ocr=OcrOptions(enabled=False))


@pytest.mark.slow
def test_image_only_pdfs_whose_ocr_fails_or_finds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ritning.pdf"
    path.write_bytes(_image_pdf(_noise()))
    with pytest.raises(ParseError, match=r"^image-only PDF: OCR found no text"):
        read_document(path)
    with pytest.raises(ParseError, match=r"^image-only PDF: OCR failed \(tesseract: .*klingonska"):
        read_document(path, ocr=OcrOptions(language="klingonska"))


def test_the_run_goes_on_past_wrong_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in WRONG.items():
        (folder / name).write_bytes(data)
    (folder / "ks_2026-06-01_protokoll.pdf").write_bytes(
        _pdf(
            [
                [
                    (20, 30, "Kommunstyrelsen 2026-06-01"),
                    (20, 50, "§ 1 Mötets öppnande"),
                    (20, 60, "Mötet öppnas."),
                ]
            ]
        )
    )
    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    report = index_paths([folder], settings)
    assert [Path(s).name for s, _ in report.indexed] == ["ks_2026-06-01_protokoll.pdf"]
    reasons = {Path(s).name: r for s, r in report.skipped}
    assert reasons["html.pdf"] == "not a PDF: an HTML page (a failed download?)"
    assert set(reasons) == set(WRONG)
