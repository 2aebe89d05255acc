"""Vote tables on scanned pages: OCR'd rows keep their columns, so each X is read under its vote.

A bordered vote table is printed to a PDF, rendered to a picture and saved as an image-only page;
extraction must OCR it and read every person's vote. The pieces are tested on small Tesseract TSVs.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image

from indexer.extract import extract_file
from indexer.read.ocr import MIN_WORD_CONFIDENCE, parse_tsv
from indexer.read.ocr_image import erase_rulings
from indexer.read.ocr_tables import OcrWord, mark_like, vote_table_lines
from tests.test_ocr import _scanned

_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(lines: list[list[tuple[int, str, float]]], top: int = 280, pitch: int = 63) -> str:
    """A Tesseract TSV of lines of (left px, word, confidence), one paragraph."""
    rows = [_HEAD]
    for n, words in enumerate(lines):
        for k, (left, text, conf) in enumerate(words):
            box = f"{left}\t{top + n * pitch}\t{14 * len(text)}\t22"
            rows.append(f"5\t1\t1\t1\t{n + 1}\t{k + 1}\t{box}\t{conf}\t{text}")
    return "\n".join(rows)


HEADER = [(89, "Ledamot", 96), (562, "Parti", 96), (718, "Ja", 96), (876, "Nej", 95), (1033, "Avstår", 96)]


def test_marks_as_tesseract_reads_them() -> None:
    for text in ["X", "x", "Xx", "XX", "X.", "×", "K"]:
        assert mark_like(text), text
    for text in ["Ja", "S", "KD", "Anna", "X-ray", "1"]:
        assert not mark_like(text), text


def test_a_scanned_vote_table_keeps_its_columns() -> None:
    lines = [
        HEADER,
        [(88, "Anna", 96), (169, "Ek", 96), (540, "|", 60), (561, "S", 76), (778, "Xx", 53)],
        [(89, "Bo", 96), (135, "Berg", 96), (561, "M", 90), (936, "X.", 20)],  # a faint cross is kept
        [(88, "Carl", 95), (153, "Lind", 96), (560, "C", 63), (1093, "x", 53)],
        [(89, "Dana", 96), (170, "Holm", 95), (556, "Vv", 73), (778, "K", 40)],
        [(89, "Med", 96), (156, "3", 92), (180, "ja-röster", 92), (303, "mot", 96), (361, "2", 93)],
    ]
    text, conf = parse_tsv(_tsv(lines), dpi=200)
    assert text == [
        "Ledamot\tParti\tJa\tNej\tAvstår",
        "Anna Ek\tS\tX",
        "Bo Berg\tM\t\tX",
        "Carl Lind\tC\t\t\tX",
        "Dana Holm\tV\tX",
        "Med 3 ja-röster mot 2",
    ]
    assert conf > MIN_WORD_CONFIDENCE  # the faint cross does not count in the page's confidence


def test_a_table_without_vote_columns_keeps_tesseracts_lines() -> None:
    lines = [
        [(89, "Namn", 96), (562, "Funktion", 96), (876, "Parti", 96)],
        [(88, "Anna", 96), (169, "Ek", 96), (876, "S", 90)],
        [(89, "Bo", 96), (135, "Berg", 96), (562, "sekreterare", 96)],
    ]
    assert vote_table_lines([[OcrWord(t, x, 280 + 63 * n, 14 * len(t), 22, c) for x, t, c in ws]
                             for n, ws in enumerate(lines)], 200) == {}  # fmt: skip
    text, _ = parse_tsv(_tsv(lines))
    assert text[1] == "Anna Ek\tS"  # far apart words get a tab, as before


def test_faint_words_that_are_no_cross_are_dropped() -> None:
    text, _ = parse_tsv(_tsv([[(89, "Protokoll", 96), (228, "~", 10), (245, "fört", 95)]]))
    assert text == ["Protokoll fört"]


VOTERS = [
    ("Anna Ekström", "S", 0), ("Bengt Larsson", "M", 1), ("Cecilia Lindqvist", "C", 2),
    ("David Holm", "V", 0), ("Eva Sjöberg", "KD", 1), ("Fredrik Nordin", "L", 0),
    ("Gunilla Berg", "SD", 1), ("Hans Åberg", "MP", 0),
]  # fmt: skip


def _protocol() -> bytes:
    """A one-page protokoll with a bordered vote table: name, party, a cross under Ja, Nej or Avstår."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for text in [
        "Alingsås kommun   Protokoll",
        "Kommunfullmäktige 2026-03-02",
        "",
        "§ 12 Motion om cykelvägar längs Nolhagavägen",
        "Omröstning begärs och verkställs. Ja för bifall, nej för avslag.",
        "Omröstningen utfaller med 4 ja-röster mot 3 nej-röster, 1 avstår.",
    ]:
        pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    widths = [60, 20, 20, 20, 20]
    for w, h in zip(widths, ["Ledamot", "Parti", "Ja", "Nej", "Avstår"], strict=True):
        pdf.cell(w, 8, h, border=1)
    pdf.ln()
    for name, party, vote in VOTERS:
        pdf.cell(widths[0], 8, name, border=1)
        pdf.cell(widths[1], 8, party, border=1)
        for k in range(3):
            pdf.cell(widths[2 + k], 8, "X" if k == vote else "", border=1, align="C")
        pdf.ln()
    pdf.cell(0, 8, "", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Kommunfullmäktige beslutar att bifalla motionen.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.slow
def test_votes_are_read_from_a_scanned_vote_table(tmp_path: Path) -> None:
    path = tmp_path / "alingsas_kf_2026-03-02_protokoll.pdf"
    path.write_bytes(_scanned(_protocol()))
    ex = extract_file(path)
    assert ex.ocr_pages == [1]
    item = next(it for it in ex.items if it.number == "§12")
    got = {(v.person, v.party, v.vote) for v in item.votes}
    want = {(name, party, ["ja", "nej", "avstår"][vote]) for name, party, vote in VOTERS}
    assert got == want


def test_rulings_are_erased_and_letters_kept() -> None:
    page = np.full((200, 300), 255, np.uint8)
    page[50, 10:290] = 0  # a table's horizontal rule
    page[20:180, 150] = 40  # a vertical one, grey
    page[100:130, 40:44] = 0  # the stem of a letter, 30 px at 200 dpi (an 11 pt capital)
    page[100:103, 40:60] = 0
    out = erase_rulings(page, dpi=200)
    assert (out[50, 10:290] == 255).all() and (out[20:180, 149:152] == 255).all()
    assert (out[100:130, 40:44] == 0).all() and (out[100:103, 44:60] == 0).all()
    assert (page[50, 10:140] == 0).all()  # the input is left as it was


def _skewed_scan(pdf: bytes, dpi: int, angle: float, specks: int) -> bytes:
    """A scan at `dpi`, turned by `angle` degrees, with black specks: an image-only PDF."""
    image = pdfium.PdfDocument(pdf)[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    image = image.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
    pixels = np.asarray(image).copy()
    rng = np.random.default_rng(7)
    pixels[rng.integers(0, pixels.shape[0], specks), rng.integers(0, pixels.shape[1], specks)] = 0
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PDF", resolution=dpi)
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize(("dpi", "angle", "specks"), [(150, 0.0, 0), (200, 0.7, 2000)])
def test_votes_are_read_from_a_coarse_or_crooked_scan(
    tmp_path: Path, dpi: int, angle: float, specks: int
) -> None:
    # Without the ruling erased, Tesseract reads neither table's crosses (nor the 150-dpi header's
    # "Ja" and "Nej"); a 150-dpi scan with specks still loses a cross or two (BENCHMARKS.md).
    path = tmp_path / "alingsas_kf_2026-03-02_protokoll.pdf"
    path.write_bytes(_skewed_scan(_protocol(), dpi, angle, specks))
    ex = extract_file(path)
    item = next(it for it in ex.items if it.number == "§12")
    assert {(v.person, v.vote) for v in item.votes} == {
        (name, ["ja", "nej", "avstår"][vote]) for name, _, vote in VOTERS
    }
