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
