"""OCR end to end (Tesseract, Swedish): a scanned page made here, and the scanned initiativärende of
corpus/alingsas/bilagor, which has no text layer at all.

A text PDF is rendered to an image and saved back as an image-only PDF: what OCR reads must be the
text that was printed, § headings included, marked as OCR with its confidence on document and items.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fastapi.testclient import TestClient

from arkiv.archive import ArchivePaths, connect
from indexer.extract import extract_file
from indexer.pipeline import index_paths
from indexer.read.ocr import OcrOptions, parse_tsv
from indexer.read.ocr_fix import fix_paragraph_signs
from tests.conftest import CORPUS, hash_settings
from tests.test_pdf_layout import _pdf

SCANNED = (
    CORPUS
    / "alingsas"
    / "bilagor"
    / "kommunstyrelsen_2026-06-01_ss-93-ks-initiativarende-till-kommunstyrelsen"
    "-gallande-att-inratta-en-kollektivtrafikdialog-jens-christian-berlin-l.pdf"
)


def _scanned(text_pdf: bytes, dpi: int = 200) -> bytes:
    """The pages of a text PDF as pictures in an image-only PDF (a scan without a text layer)."""
    doc = pdfium.PdfDocument(text_pdf)
    images = [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


PAGES = [
    [(20, 20, "Alingsås kommun"), (20, 28, "Kommunstyrelsen"), (20, 36, "Protokoll 2026-06-01"),
     (20, 60, "§ 41 Trafikplan för Nolhaga"), (20, 70, "Kommunstyrelsen beslutar att anta trafikplanen."),
     (20, 90, "§ 42 Budget för räddningstjänsten"), (20, 100, "Ärendet bordläggs till nästa sammanträde.")],
    [(20, 20, "Alingsås kommun"), (20, 60, "§ 43 Medborgarförslag om parkbänkar"),
     (20, 70, "Förslaget avslås med hänvisning till förvaltningens yttrande.")],
]  # fmt: skip


@pytest.mark.slow
def test_a_scanned_protocol_is_read_by_ocr(tmp_path: Path) -> None:
    path = tmp_path / "alingsas_ks_2026-06-01_protokoll.pdf"
    path.write_bytes(_scanned(_pdf(PAGES)))
    ex = extract_file(path)
    assert ex.ocr_pages == [1, 2] and ex.ocr_confidence is not None and ex.ocr_confidence > 70
    assert [it.number for it in ex.items] == ["§41", "§42", "§43"]
    assert ex.items[0].title == "Trafikplan för Nolhaga"
    assert "trafikplanen" in ex.items[0].text
    assert [it.page for it in ex.items] == [1, 1, 2]
    assert all(it.ocr_confidence is not None for it in ex.items)
    data = ex.to_json()
    assert data["items"][2]["ocr"] is True and data["ocr_pages"] == [1, 2]


@pytest.mark.slow
def test_pages_are_read_side_by_side(tmp_path: Path) -> None:
    """Four pages with two Tesseract processes give the same text as one process."""
    path = tmp_path / "fyra.pdf"
    path.write_bytes(_scanned(_pdf([PAGES[0], PAGES[1], PAGES[0], PAGES[1]])))
    one = extract_file(path, ocr=OcrOptions(workers=1))
    two = extract_file(path, ocr=OcrOptions(workers=2))
    assert [it.text for it in one.items] == [it.text for it in two.items]
    assert one.ocr_pages == two.ocr_pages == [1, 2, 3, 4]


@pytest.mark.slow
def test_the_scanned_initiativarende_is_found_by_a_word_printed_in_it(tmp_path: Path) -> None:
    from api.main import create_app

    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    report = index_paths([SCANNED], settings)
    assert report.indexed, report.skipped
    conn = connect(ArchivePaths(settings.data).db)
    doc = conn.execute("SELECT ocr_pages, ocr_confidence FROM documents").fetchone()
    conn.close()
    assert doc["ocr_pages"] == "[1, 2, 3]" and doc["ocr_confidence"] > 70
    with TestClient(create_app(settings)) as client:
        hits = client.get("/api/search", params={"q": "kollektivtrafikdialog", "mode": "lexical"}).json()
        assert hits["total"] >= 1
        item = client.get(f"/api/items/{hits['results'][0]['item_id']}").json()
        assert item["number"] == "§93" and item["title"] == "Anmälda initiativärenden"
        assert item["ocr_confidence"] > 70
        assert "Jens Christian Berlin" in {p["name"] for p in item["persons"]}
        # "… (L) har den 11 maj 2026 lämnat ett initiativärende": its author raised it
        assert ("Jens Christian Berlin", "raised") in {(a["person"], a["kind"]) for a in item["actions"]}


@pytest.mark.slow
def test_arkiv_person_lists_the_initiativarende_as_raised_by_its_author(tmp_path: Path) -> None:
    """As a user sees it: `arkiv index` of the scanned bilaga, then `arkiv person` of its author, both
    as fresh processes (the pool with two jobs: the OCR'd file is analysed in a worker)."""
    from tests.test_cli import arkiv

    cache = {"ARKIV_MODEL_CACHE": str(tmp_path / "cache")}
    data = str(tmp_path / "data")
    run = arkiv("index", str(SCANNED), "--data", data, "--jobs", "2", env_extra=cache)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("indexed 1 documents / 1 items"), run.stdout
    shown = arkiv("person", "Jens Christian Berlin", "--data", data, env_extra=cache)
    assert shown.returncode == 0, shown.stderr
    assert "Väckt eller lyft (1):" in shown.stdout and "§93 Anmälda initiativärenden" in shown.stdout
    as_json = arkiv("person", "Jens Christian Berlin", "--data", data, "--json", env_extra=cache)
    person = json.loads(as_json.stdout)
    assert person["party"] == "L"
    raised = [(a["number"], a["title"]) for a in person["actions"]["raised"]]
    assert raised == [("§93", "Anmälda initiativärenden")]
    assert set(person["actions"]) == {"raised"}  # named as its author, nothing else


#: The initiativärende's paragraph as Tesseract reads it (bench: corpus/alingsas/bilagor, page 1).
_OCR_READ = (
    "Kommunstyrelsen\n\n§ 93\nAnmälda initiativärenden\n\nÄrendebeskrivning\n"
    "Enligt kommunallagen 4 kap. § 20 har varje ledamot i nämnd rätt att väcka ärende.\n\n"
    "Jens Christian Berlin (L) har den 11 maj 2026 lämnat ett initiativärende till kommunstyrelsen,\n"
    "gällande att inrätta en kollektivtrafikdialog.\n"
)


@pytest.mark.parametrize(
    "between", ["den 11 maj 2026", "2026-05-11", "till kommunstyrelsen den 11 maj", "i dag", ""]
)
def test_the_author_of_an_initiativarende_raised_it_whatever_stands_between_har_and_lamnat(
    between: str,
) -> None:
    from indexer.extract import extract_text
    from indexer.types import SourceText

    said = " ".join(w for w in ("har", between, "lämnat") if w)
    text = _OCR_READ.replace("har den 11 maj 2026 lämnat", said)
    ex = extract_text(SourceText("initiativ.pdf", "0" * 64, "pdf", text), organization="Alingsås")
    acts = {(a.person, a.kind) for it in ex.items for a in it.actions}
    assert acts == {("Jens Christian Berlin", "raised")}


def test_a_blank_page_with_only_its_number_is_not_ocrd() -> None:
    """Page 2 of this protocol shows only "2" (in a form object) and has empty text objects: nothing
    for OCR to read, so no Tesseract run, and the document is not marked as OCR'd."""
    from indexer.read.pdf import pdf_pages

    path = CORPUS / "alingsas" / "tekniska-namnden_2026-06-15_protokoll.pdf"
    read = pdf_pages(path.read_bytes(), OcrOptions(enabled=False))
    assert read.pages[1].chars == 1 and not read.warnings and read.ocr_missed is None


def test_tsv_lines_paragraphs_gaps_and_confidence() -> None:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t1\t1\t1\t1\t100\t50\t80\t30\t40.0\tALINGSÅS",
        "5\t1\t1\t1\t1\t2\t300\t50\t80\t30\t12.0\tKOMMON",
        "5\t1\t1\t1\t1\t2\t900\t50\t200\t30\t96.0\tKommunstyrelsen",
        "5\t1\t2\t1\t1\t1\t100\t200\t40\t30\t90.0\t§",
        "5\t1\t2\t1\t1\t2\t150\t200\t40\t30\t94.0\t93",
        "5\t1\t2\t2\t1\t1\t100\t300\t40\t30\t-1\t ",
    ]
    lines, conf = parse_tsv("\n".join([head, *rows]))
    assert lines == ["ALINGSÅS\tKommunstyrelsen", "", "§ 93"]
    assert conf == pytest.approx((40 + 96 + 90 + 94) / 4)


def _tsv_line(line: int, *words: tuple[str, float]) -> list[str]:
    """TSV rows of one line of words (left to right, 60 px apart) with their confidences."""
    return [
        f"5\t1\t1\t{line}\t1\t{k}\t{100 + 60 * k}\t{100 * line}\t50\t30\t{conf}\t{text}"
        for k, (text, conf) in enumerate(words, start=1)
    ]


@pytest.mark.parametrize(
    ("words", "line"),
    [
        ((("$", 5.0), ("113", 92.0)), "S 113"),  # an unsure sign: kept, for the run of numbers to judge
        ((("$", 0.0), ("47", 0.0), ("Dnr", 96.0), ("BUN", 90.0), ("2025/12", 91.0)), "S 47 Dnr BUN 2025/12"),
        ((("§", 88.0), ("9", 12.0)), "§ 9"),  # a sure sign keeps its shape
        ((("8", 20.0), ("240.", 70.0), ("Motion", 95.0)), "S 240 Motion"),
        ((("$205", 14.0), ("Taxor", 93.0)), "S 205 Taxor"),
        ((("S", 10.0), ("Tyréns", 90.0)), "Tyréns"),  # no number: a stray letter, dropped
        ((("Anna", 95.0), ("$", 5.0), ("12", 90.0)), "Anna 12"),  # not at the line's start
        ((("$", 5.0), ("2026", 90.0)), "2026"),  # a year is no paragraph's number
    ],
)
def test_an_unsure_paragraph_sign_and_its_number_are_kept_at_a_lines_start(
    words: tuple[tuple[str, float], ...], line: str
) -> None:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    lines, _ = parse_tsv("\n".join([head, *_tsv_line(1, *words)]))
    assert lines == [line]


def test_unsure_signs_become_paragraphs_where_the_numbers_run_on() -> None:
    """A scan whose § signs Tesseract read with little confidence: the heading lines come back as §
    where their numbers follow the sure ones, a case number a tab away from a sign read as "8" too."""
    pages = [
        [
            "§ 30",
            "Mötets öppnande",
            "",
            "S 31",
            "",
            "Val av justerare",
            "",
            "S 32\tDnr SN 2026/14",
            "Budget 2027",
            "Text om 8 000 kr.",
            "§ 33\tDnr SN 2026/20",
            "Riktlinjer",
            "",
            "834\tDnr SN 2026/22",
            "Taxor",
        ],
    ]
    fix_paragraph_signs(pages, {0})
    heads = [line for line in pages[0] if line.startswith("§")]
    assert heads == ["§ 30", "§ 31", "§ 32\tDnr SN 2026/14", "§ 33\tDnr SN 2026/20", "§ 34\tDnr SN 2026/22"]


def test_an_unsure_sign_out_of_the_run_stays_as_read() -> None:
    pages = [["§ 30", "Mötets öppnande", "", "Mandat", "S 12", "M 9", "", "§ 31", "Val av justerare"]]
    fix_paragraph_signs(pages, {0})
    assert pages[0][4] == "S 12"


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        (["8 12 Budget", "Text", "8 13", "Rubrik"], ["§ 12 Budget", "Text", "§ 13", "Rubrik"]),
        (
            ["Kommunstyrelsen", "893", "Anmälda initiativärenden"],
            ["Kommunstyrelsen", "§ 93", "Anmälda initiativärenden"],
        ),
        (["enligt 4 kap. $& 20 kommunallagen"], ["enligt 4 kap. § 20 kommunallagen"]),
        (
            ["beslutade den 12 december 2016, 8 273 att", "åren 2016, 8 st"],
            ["beslutade den 12 december 2016, § 273 att", "åren 2016, 8 st"],
        ),
        (["8 12 Budget", "Kostnad", "8 250 kr", "812"], ["§ 12 Budget", "Kostnad", "8 250 kr", "812"]),
        (["Ersättare 8 st", "S 40 Motion"], ["Ersättare 8 st", "§ 40 Motion"]),
        (
            ["8 94 Information", "Anna Berg (S) 8894-98", "Bo Ek (M) 894", "Cia Dahl (C) 8 95 ersätter Bo"],
            ["§ 94 Information", "Anna Berg (S) §§94-98", "Bo Ek (M) §94", "Cia Dahl (C) 8 95 ersätter Bo"],
        ),
        (
            ["e Tjänsteskrivelse", ". Protokoll", "e-post till alla"],
            ["• Tjänsteskrivelse", "• Protokoll", "e-post till alla"],
        ),
    ],
)
def test_paragraph_signs_come_back_only_where_the_structure_confirms(
    ocr: list[str], fixed: list[str]
) -> None:
    pages = [list(ocr)]
    fix_paragraph_signs(pages, {0})
    assert pages[0] == fixed


def test_text_layer_pages_are_never_changed() -> None:
    pages = [["8 12 Budget", "Kostar $ 5"], ["8 13 Rubrik"]]
    fix_paragraph_signs(pages, {1})
    assert pages == [["8 12 Budget", "Kostar $ 5"], ["§ 13 Rubrik"]]
