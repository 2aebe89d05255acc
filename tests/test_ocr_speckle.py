"""A speckled scan: median-filtered before OCR, and what OCR then gets wrong on such minutes put back.

The image steps are tested on synthetic pages (numpy), the text steps on OCR'd lines as Tesseract gives
them; one slow test OCRs a speckled protocol page end to end.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from indexer.extract import extract_file
from indexer.read.ocr import parse_tsv, surest, word_confidence
from indexer.read.ocr_fix import fix_paragraph_signs, fix_party_column
from indexer.read.ocr_image import SPECKLE_PER_MPX, despeckle, letters_kept, readings, speckle


def _letters() -> npt.NDArray[np.uint8]:
    """A white page with a few letter-like shapes: strokes 3 px wide, an i's dot of 3x3 px."""
    page = np.full((400, 600), 255, np.uint8)
    for x in range(40, 560, 30):
        page[100:130, x : x + 3] = 0  # stems
        page[100:103, x : x + 15] = 0  # bars
        page[90:93, x + 6 : x + 9] = 0  # a dot over it
    page[200:203, 40:560] = 30  # a long thin rule
    return page


def _speckled(page: npt.NDArray[np.uint8], per_mpx: float, seed: int = 3) -> npt.NDArray[np.uint8]:
    """`page` with lone dark and grey dots of one pixel scattered over it."""
    out = page.copy()
    rng = np.random.default_rng(seed)
    n = int(per_mpx * page.size / 1e6)
    ys, xs = rng.integers(0, page.shape[0], n), rng.integers(0, page.shape[1], n)
    out[ys, xs] = rng.integers(0, 190, n).astype(np.uint8)
    return out


def test_a_clean_page_has_no_speckle_and_is_left_as_it_was() -> None:
    page = _letters()
    assert speckle(page) == 0.0
    assert despeckle(page) is page
    light = _speckled(page, SPECKLE_PER_MPX / 4)  # a scan with some dust: still left alone
    assert despeckle(light) is light


def test_a_speckled_page_loses_its_dots_and_keeps_its_letters() -> None:
    page = _letters()
    noisy = _speckled(page, 10_000)
    assert speckle(noisy) > SPECKLE_PER_MPX
    clean = despeckle(noisy)
    assert speckle(clean) < 100
    letters = page < 160
    assert (clean[letters] < 160).mean() > 0.9  # the strokes, bars and dots stay ink
    assert ((clean < 160) & ~letters).sum() < 0.02 * ((noisy < 160) & ~letters).sum()
    assert noisy is not clean and speckle(noisy) > SPECKLE_PER_MPX  # the input is left as it was


def test_speckle_of_an_empty_image() -> None:
    empty = np.zeros((0, 0), np.uint8)
    assert speckle(empty) == 0.0 and despeckle(empty) is empty


def _thin_text() -> npt.NDArray[np.uint8]:
    """A white page with lines of Pillow's bitmap font: strokes one pixel wide, as a thin sans "f"'s hook
    and bar are on a 200-dpi scan."""
    image = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default_imagefont()
    for k, text in enumerate(["Hassan Jafari (V) Tomas Berglof (S)", "Kommunfullmaktige ff fi fl"]):
        draw.text((30, 40 + 60 * k), text, fill=0, font=font)
    return np.asarray(image).copy()


def test_a_speckled_page_keeps_its_thin_strokes_in_one_reading() -> None:
    page = _thin_text()
    ink = page < 160
    noisy = _speckled(page, 10_000, seed=5)
    median, kept = readings(noisy)
    # The median eats one-pixel strokes (an f's hook and bar: "Jafari" read "Jatari") ...
    assert (median[ink] < 160).mean() < 0.7
    # ... the letters kept as scanned do not, and the dots apart from them are gone all the same.
    assert (kept[ink] < 160).mean() > 0.95
    near = np.zeros_like(ink)  # two pixels or less from a letter: a dot touching it joins it
    for dy in range(-2, 3):
        for dx in range(-2, 3):
            near |= np.roll(ink, (dy, dx), axis=(0, 1))
    assert ((noisy < 160) & ~near).sum() > 1000
    assert ((kept < 160) & ~near).sum() == 0
    assert speckle(kept) < speckle(noisy) / 10
    assert np.array_equal(median, despeckle(noisy))


def test_a_clean_page_is_read_once_as_it_is() -> None:
    page = _thin_text()
    (only,) = readings(page)
    assert only is page


def test_a_speck_alone_is_not_kept_as_a_letter() -> None:
    page = np.full((40, 40), 255, np.uint8)
    page[10:30, 10:13] = 0  # a stem the median keeps
    page[10, 13:18] = 0  # a hook one pixel thick, joined to it
    page[30, 30] = 0  # a speck
    page[5, 30:32] = 0  # a speck of two pixels
    out = letters_kept(page, _median(page))
    assert (out[10:30, 10:13] == 0).all() and (out[10, 13:18] == 0).all()
    assert out[30, 30] == 255 and (out[5, 30:32] == 255).all()


def _median(page: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """The 3x3 median of a page not speckled enough for `despeckle` to filter it."""
    h, w = page.shape
    padded = np.pad(page, 1, mode="edge")
    stack = np.stack([padded[dy : dy + h, dx : dx + w] for dy in range(3) for dx in range(3)])
    return np.partition(stack, 4, axis=0)[4]


def test_the_surest_reading_of_a_page_is_kept() -> None:
    # (lines, mean confidence of the words kept, of every word read)
    median, kept = (["Hassan Jatari"], 93.5, 90.0), (["Hassan Jafari"], 94.2, 91.0)
    assert surest([median, kept]) == (["Hassan Jafari"], 94.2)
    equal = (["Hassan Jafari"], 93.5, 90.0)
    assert surest([median, equal]) == (["Hassan Jatari"], 93.5)  # the first of equals
    # A reading that dropped the words it was unsure of is surer of those it kept, not of the page.
    dropped = (["justerare"], 96.0, 70.0)
    assert surest([(["§ 141 Val av justerare"], 88.0, 84.0), dropped]) == (["§ 141 Val av justerare"], 88.0)


def test_every_word_read_counts_in_a_reading_s_confidence() -> None:
    lines = [(1, [(170, 265, "Val", 90), (260, 265, "av", 90), (330, 269, "ju", 20), (400, 269, "ste", -1)])]
    tsv = _tsv(lines)
    assert parse_tsv(tsv)[1] == 90.0
    assert word_confidence(tsv) == 200 / 4
    assert word_confidence(_HEAD) == 0.0


def test_an_unsure_sign_before_a_title_joins_the_run_of_headings() -> None:
    # Tesseract's unsure § comes as "S" (indexer.read.ocr); its title a tab away like the others'.
    pages = [
        ["§ 141\tVal av justerare", "Beslut", "§ 142\tDelårsrapport augusti 2026", "Beslut"],
        ["S 143\tNy vårdcentral i Arvika\tDnr RS/2026:0377", "Ärendebeskrivning"],
        ["§ 143 forts.", "Beslut", "§ 144\tSvar på motion", "§ 145\tInterpellation"],
    ]
    assert fix_paragraph_signs(pages, {0, 1, 2}) >= 1
    assert pages[1][0] == "§ 143\tNy vårdcentral i Arvika\tDnr RS/2026:0377"
    assert pages[2][0] == "§ 143 forts."


def test_a_continued_paragraph_does_not_keep_its_heading_out_of_the_run() -> None:
    # "§ 143 forts." printed with § would win the run over "S 143" were it counted as a heading.
    pages = [
        ["§ 142", "Delårsrapport", "text"],
        ["S 143", "Ny vårdcentral i Arvika", "text"],
        ["§ 143 forts.", "Beslut", "§ 144", "Svar på motion"],
    ]
    fix_paragraph_signs(pages, {0, 1, 2})
    assert pages[1][0] == "§ 143"


def test_a_lone_S_and_number_in_running_text_is_left_alone() -> None:
    pages = [["§ 141\tVal av justerare", "S 14\tstycken"], ["§ 142\tBudget", "text"]]
    fix_paragraph_signs(pages, {0, 1})
    assert pages[0][1] == "S 14\tstycken"


def test_a_party_column_after_surname_first_names_is_put_back() -> None:
    page = [
        "Dahlgren, Lena\tS\tordförande\tBerglund, Nils\tKD",
        "Borg, Therese\tS\tSandin, Erik\tMP",
        "Lundqvist, Stefan\tM\tOlsson, Birgitta\tS",
        "Nilsson, Peder\tCe\tJonsson, Krister\tSD",
        "Fredriksson, Jan\tSD\tPersson, Göran\tCE",
        "Holm, Marie\tVv\tEklund, Hanna\tS tjänstg. ers.",
    ]
    fix_party_column([page], {0})
    assert page[3] == "Nilsson, Peder\tC\tJonsson, Krister\tSD"
    assert page[4] == "Fredriksson, Jan\tSD\tPersson, Göran\tC"
    assert page[5] == "Holm, Marie\tV\tEklund, Hanna\tS\ttjänstg. ers."


def test_a_comma_cell_that_is_no_name_does_not_make_a_party_column() -> None:
    page = ["Plats och tid\tKarlstad, Lagerlöfsalen\tCe", "Ärende, beslut\t5", "Möte, kl\t3"]
    before = list(page)
    fix_party_column([page], {0})
    assert page == before


_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(lines: list[tuple[int, list[tuple[int, int, str, float]]]]) -> str:
    """A Tesseract TSV: per line its block and its words (left px, top px, text, confidence)."""
    rows = [_HEAD]
    for n, (block, words) in enumerate(lines):
        for k, (left, top, text, conf) in enumerate(words):
            rows.append(
                f"5\t1\t{block}\t1\t{n + 1}\t{k + 1}\t{left}\t{top}\t{14 * len(text)}\t22\t{conf}\t{text}"
            )
    return "\n".join(rows)


def test_a_number_read_after_its_title_at_its_height_is_put_before_it() -> None:
    # A page turned a little: the title on the right (rising to the right) is read as a block before
    # the "§ 102" on the left, whose top lies within the title's first word's height.
    title = [(342, 517, "SVAR", 96), (429, 511, "PÅ", 96), (477, 514, "MOTION", 96), (1181, 496, "X", 96)]
    lines = [
        (7, title),
        (8, [(185, 522, "8", 89), (209, 521, "102", 94)]),
        (8, [(343, 561, "Dnr", 95), (392, 559, "KS", 93), (434, 556, "2025/0388", 91)]),
    ]
    text, _ = parse_tsv(_tsv(lines))
    assert text[0] == "8 102\tSVAR PÅ MOTION\tX"
    assert text[-1] == "Dnr KS 2025/0388"


def test_a_number_on_a_line_of_its_own_below_a_title_stays_there() -> None:
    lines = [
        (7, [(342, 400, "Budget", 96), (470, 400, "2027", 96)]),
        (8, [(185, 522, "8", 89), (209, 521, "102", 94)]),  # well below the line before it
        (9, [(342, 600, "Ordföranden", 96)]),
    ]
    text, _ = parse_tsv(_tsv(lines))
    assert text[0] == "Budget 2027" and text[2] == "8 102"


def test_a_swallowed_sign_before_a_title_is_kept_as_unsure() -> None:
    # "§ 121" read as one word "121" at confidence 0: kept as "S 121" for the run of § headings to
    # confirm (indexer.read.ocr_fix); an unsure lone number before no title is dropped as before.
    lines = [
        (1, [(170, 265, "121", 0), (486, 269, "Upphandling", 96), (696, 270, "av", 93)]),
        (2, [(170, 365, "8144", 0), (486, 369, "Anmälan", 60)]),
        (3, [(170, 465, "500", 0), (486, 469, "kronor", 96)]),
    ]
    text, _ = parse_tsv(_tsv(lines))
    assert text == ["S 121\tUpphandling av", "", "S 144\tAnmälan", "", "kronor"]


def _speckled_scan(dpi: int = 200) -> bytes:
    """A protocol page printed, rendered at `dpi` and speckled like a bad copy: an image-only PDF."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    body = [
        ("B", "§ 141      Val av justerare"),
        ("", "Regionfullmäktige utser Stefan Lundqvist (M) och Therese Borg (S) att justera."),
        ("B", "§ 142      Delårsrapport augusti 2026"),
        ("", "Lena Dahlgren (S) yrkar bifall till regionstyrelsens förslag."),
        ("B", "§ 143      Ny vårdcentral i Arvika"),
        ("", "Jan Fredriksson (SD) yrkar återremiss. Ove Karlsson (M) yrkar bifall."),
        ("B", "§ 144      Anmälan av nya motioner"),
        ("", "Motionen överlämnas till regionstyrelsen för beredning."),
    ]
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 8, "Region Värmland   Sammanträdesprotokoll   2026-11-24", new_x="LMARGIN", new_y="NEXT")
    for style, text in body:
        pdf.set_font("helvetica", style=style, size=11)
        pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    image = pdfium.PdfDocument(bytes(pdf.output()))[0].render(scale=dpi / 72, grayscale=True).to_pil()
    pixels = _speckled(np.asarray(image.convert("L")), 10_000, seed=11)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PDF", resolution=dpi)
    return out.getvalue()


@pytest.mark.slow
def test_a_speckled_scan_keeps_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "region-varmland_regionfullmaktige_2026-11-24_protokoll.pdf"
    path.write_bytes(_speckled_scan())
    ex = extract_file(path)
    assert ex.ocr_pages == [1]
    assert [it.number for it in ex.items] == ["§141", "§142", "§143", "§144"]
