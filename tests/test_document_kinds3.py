"""Documents that are not plain protocols (kinds3): a kallelse row whose wider number left no room for its
tab, a § read as "$£82" on a grey scan, a speckled scan smoothed before OCR, an OCR'd party column of
inverted names, a tjänsteskrivelse naming its nämnd in compound form and its title under its letterhead, a
delegationslista whose Dnr column wraps series and number over two lines (its rows' case numbers are the
document's, stored and found as its cases), an agenda cell's case number under its title, and a member who
"tar upp" a matter under övriga frågor. Every text is invented; none is copied from a test set."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import repo
from api.context import open_archive
from indexer.extract import extract_text
from indexer.meta.detect import detect_meta
from indexer.read.agenda_table import title_and_notes
from indexer.read.clean import clean_text
from indexer.read.ocr import parse_tsv
from indexer.read.ocr_fix import fix_paragraph_signs, fix_party_column
from indexer.segment.decisions import wrapped_column_dnr
from indexer.segment.split import segment
from indexer.types import SourceText
from tests.conftest import hash_settings, write_archive


def _items(text: str) -> list[tuple[str | None, str, list[str]]]:
    cleaned = clean_text(text)
    return [(it.number, it.title, it.diarienummer) for it in segment(cleaned, detect_meta(cleaned))]


KALLELSE = """BJUVS KOMMUN\tKALLELSE
Tekniska nämnden\t2026-03-02
Kallelse till sammanträde med tekniska nämnden
Föredragningslista
7.\tVal av justerare
8.\tTaxa för parkering (Dnr TN 2026/12)
9.\tInformation från förvaltningschefen
10. Delegationsbeslut
11. Övriga frågor
Handlingar finns i läsplattan.
"""


def test_a_row_set_with_a_space_after_a_wider_number_is_a_row() -> None:
    got = _items(KALLELSE)
    assert [(n, t) for n, t, _ in got] == [
        ("7", "Val av justerare"),
        ("8", "Taxa för parkering"),
        ("9", "Information från förvaltningschefen"),
        ("10", "Delegationsbeslut"),
        ("11", "Övriga frågor"),
    ]


@pytest.mark.parametrize(
    ("before", "numbers"),
    [
        ("12. Övriga frågor", ["7", "8", "9", "10"]),  # not the number after 9: a line of the row
        ("", ["7", "8", "9"]),  # a blank line ends the last row: what follows is not a row
    ],
)
def test_only_the_next_number_before_a_blank_is_a_space_row(before: str, numbers: list[str]) -> None:
    text = KALLELSE.replace(
        "10. Delegationsbeslut\n11. Övriga frågor\n", before + "\n10. Delegationsbeslut\n"
    )
    assert [n for n, _, _ in _items(text)] == numbers


_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


@pytest.mark.parametrize(("word", "conf"), [("$£82", 29.1), ("$£82", 80.0), ("§£82", 20.0), ("£82", 40.0)])
def test_a_sign_read_with_a_pound_sign_is_an_unsure_sign(word: str, conf: float) -> None:
    rows = [
        f"5\t1\t1\t1\t1\t1\t160\t250\t63\t26\t{conf}\t{word}",
        "5\t1\t1\t1\t1\t2\t357\t250\t77\t22\t96.9\tTaxa",
        "5\t1\t1\t1\t1\t3\t445\t248\t47\t24\t96.6\tför",
        "5\t1\t1\t1\t1\t4\t503\t246\t266\t29\t96.4\tavfall",
    ]
    lines, _ = parse_tsv("\n".join([_HEAD, *rows]))
    assert lines == ["S 82\tTaxa för avfall"]


def test_an_unsure_sign_before_a_title_joins_the_run_of_headings_with_titles() -> None:
    page = [
        "§ 80\tDelårsrapport",
        "Text.",
        "§81\tSvar på motion",
        "Text.",
        "S 82\tTaxa för avfall",
        "Dnr KS 2026/188",
    ]
    page += ["Text.", "§83\tInterpellation om skolskjuts", "Text."]
    pages = [page]
    fix_paragraph_signs(pages, {0})
    assert pages[0][4] == "§ 82\tTaxa för avfall"


def test_an_unsure_sign_out_of_the_run_stays() -> None:
    pages = [["§ 80\tDelårsrapport", "Text.", "S 47\tTaxa för avfall", "Text.", "§ 81\tSvar på motion"]]
    fix_paragraph_signs(pages, {0})
    assert pages[0][2] == "S 47\tTaxa för avfall"


SKRIVELSE = """SUNDBY KOMMUN\tTJÄNSTESKRIVELSE
Miljö- och byggförvaltningen\t2026-04-14
Dnr MBN 2026/31
Handläggare
Per Holm, miljöinspektör
Miljö- och byggnämnden
Tillsynsplan 2026 för miljöbalkens område
Förslag till beslut
Miljö- och byggnämnden beslutar att anta tillsynsplanen.
Bakgrund
Förvaltningen har tagit fram en plan. Miljö- och byggnämnden antog förra planen 2025.
"""


def test_a_tjanesteskrivelse_goes_to_the_body_it_names_in_compound_form() -> None:
    meta = detect_meta(clean_text(SKRIVELSE))
    assert meta.doc_type == "tjänsteskrivelse" and meta.organ == "Miljö- och byggnämnden"


DELEGATIONSLISTA = """Lekebergs kommun\tSida 1(1)
Bygg- och miljönämnden\tUtskriftsdatum: 2026-11-05
DELEGATIONSLISTA
Beslut fattade med stöd av delegation 2026-10-01 -- 2026-10-31.
Datum\tDnr\tÄrende\tBeslut\tDelegat
BMN\tStorby 4:12 – tillbyggnad
2026-10-01\t\t\tBygglov beviljas\tKarin Åberg
2026/298\tav enbostadshus
BMN
2026-10-08\t\tHagen 5:2 – enskilt avlopp\tTillstånd\tAli Nouri
2026/310
2026-10-12\tBMN 2026/199\tLillby 1:2 – registrering\tRegistrering\tAli Nouri
Förkortningar: PBL = plan- och bygglagen (2010:900), (EG) 852/2004.
"""


def test_a_wrapped_dnr_column_gives_whole_numbers() -> None:
    assert [d.printed for d in wrapped_column_dnr(DELEGATIONSLISTA)] == ["BMN 2026/298", "BMN 2026/310"]
    # no Dnr column: a series and a number on lines of their own are not joined
    assert wrapped_column_dnr(DELEGATIONSLISTA.replace("Datum\tDnr\t", "Datum\tNr\t")) == []


def test_every_listed_decisions_case_is_the_delegationslistas_own() -> None:
    [(number, title, dnr)] = _items(DELEGATIONSLISTA)
    assert (number, title) == (None, "Delegationslista")  # the line naming it, not the page header
    assert dnr == ["BMN 2026/298", "BMN 2026/310", "BMN 2026/199"]


def test_a_listed_decision_in_a_protocols_paragraph_stays_a_reference() -> None:
    text = """PROTOKOLL
Bygg- och miljönämnden
Sammanträdesdatum 2026-11-19

§ 12\tVal av justerare
Nämnden utser Eva Ek att justera.

§ 13\tDelegationsbeslut
Dnr BMN 2026/7
Datum\tDnr\tÄrende
2026-10-12\tBMN 2026/199\tLillby 1:2 – registrering
Nämnden lägger redovisningen till handlingarna.
"""
    got = {n: d for n, _, d in _items(text)}
    assert got["§13"] == ["BMN 2026/7"]


def test_a_delegationslistas_cases_are_stored_and_found(tmp_path: Path) -> None:
    source = SourceText(
        path="lekeberg_delegationslista.txt", fmt="txt", text=DELEGATIONSLISTA, sha256="ab" * 32
    )
    ex = extract_text(source)
    assert ex.diarienummer == ["BMN 2026/298", "BMN 2026/310", "BMN 2026/199"]
    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    write_archive(settings, [ex])
    ctx = open_archive(settings)
    try:
        case = repo.get_case(ctx, "BMN 2026/310", "Lekebergs kommun")
        assert case is not None and [i.title for i in case.items] == [ex.items[0].title]
    finally:
        ctx.close()


def _raised(title: str, sentence: str) -> list[str]:
    text = f"""MINNESANTECKNINGAR
Referensgrupp för kollektivtrafik
Datum: 2026-10-22
Deltagare
Karin Sjö (S), ordförande
Malin Berg (C)
Övriga
Eva Lund, förvaltningschef

1. Mötet öppnas
Ordföranden öppnar mötet.

2. {title}
{sentence}
"""
    source = SourceText(path="anteckningar.txt", fmt="txt", text=text, sha256="cd" * 32)
    ex = extract_text(source)
    return [a.person or "" for it in ex.items for a in it.actions if a.kind == "raised"]


def test_a_member_taking_up_a_matter_under_ovriga_fragor_raises_it() -> None:
    assert _raised("Övriga frågor", "Malin Berg (C) tar upp anropsstyrd trafik i Åby.") == ["Malin Berg"]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Trafikplan 2027", "Malin Berg (C) tar upp anropsstyrd trafik i Åby."),  # not a questions item
        ("Övriga frågor", "Karin Sjö (S) tar upp ärende 5 före ärende 3."),  # the agenda's order
    ],
)
def test_taking_up_elsewhere_or_an_agenda_point_raises_nothing(title: str, sentence: str) -> None:
    assert _raised(title, sentence) == []


def test_a_case_number_line_in_an_arende_cell_ends_its_title() -> None:
    lines = ["Delårsrapport januari–augusti 2026", "KS 2026/241", "• Tjänsteskrivelse 2026-10-12"]
    assert title_and_notes(lines) == (["Delårsrapport januari–augusti 2026"], lines[1:])
    # a title broken by hand goes on
    assert title_and_notes(["Ändring av", "taxa för bygglov"])[0] == ["Ändring av", "taxa för bygglov"]


def test_a_case_number_under_a_wide_row_title_is_no_part_of_it() -> None:
    text = """KALLELSE
Kommunstyrelsen
Nr\tÄrende\tFöredragande
1\tVal av justerare
2\tSvar på motion om solceller på kommunala tak – Jessica Nyberg (MP)\tTove Ekdahl
KS 2026/97
3\tMeddelanden
"""
    got = {n: (t, d) for n, t, d in _items(text)}
    assert got["2"] == ("Svar på motion om solceller på kommunala tak – Jessica Nyberg (MP)", ["KS 2026/97"])


def test_an_ocr_party_column_of_inverted_names_gets_its_codes_back() -> None:
    page = [
        "Närvarolista",
        "Dahlgren, Lena\tS\tordförande\tBerglund, Nils\tKD",
        "Karlsson, Ove\tM\tWester, Camilla\tL",
        "Nilsson, Peder\tCe\tJonsson, Krister\tSD",
        "Persson, Göran\tCE\tHolm, Marie\tV",
    ]
    pages = [list(page)]
    assert fix_party_column(pages, {0}) == 2
    assert pages[0][3] == "Nilsson, Peder\tC\tJonsson, Krister\tSD" and pages[0][4].startswith(
        "Persson, Göran\tC\t"
    )


def test_a_case_number_wrapped_from_the_title_line_stays_the_rows() -> None:
    text = KALLELSE.replace(
        "8.\tTaxa för parkering (Dnr TN 2026/12)", "8.\tTaxa för parkering (Dnr TN\n2026/12)"
    )
    got = {n: (t, d) for n, t, d in _items(text)}
    assert got["8"] == ("Taxa för parkering", ["TN 2026/12"])


_TITLE = "Tillsynsplan 2026 för miljöbalkens område"


@pytest.mark.parametrize(
    "letterhead",
    [
        "Dnr MBN 2026/31|Handläggare|Per Holm, miljöinspektör|per.holm@sundby.se|Miljö- och byggnämnden",
        "Datum|Diarienummer|Handläggare|2026-04-14|MBN 2026/31|Per Holm, miljöinspektör"
        "|Tillsynsenheten, miljö- och byggförvaltningen",
    ],
)
def test_a_tjansteskrivelses_title_is_under_its_letterhead(letterhead: str) -> None:
    head = ["SUNDBY KOMMUN\tTJÄNSTESKRIVELSE", *letterhead.split("|"), _TITLE]
    text = "\n".join([*head, "Förslag till beslut", "Nämnden beslutar att anta tillsynsplanen."])
    [(number, title, _)] = _items(text)
    assert (number, title) == (None, _TITLE)


def test_an_official_taking_up_a_matter_under_ovriga_fragor_raises_nothing() -> None:
    sentence = "Eva Lund tar upp sommarens trafikomläggningar."
    assert _raised("Övriga frågor", sentence) == []


def test_a_reference_above_the_list_stays_a_reference_and_the_letterheads_number_stays() -> None:
    text = """UMBY KOMMUN                                DELEGATIONSLISTA
Byggnadsnämnden                                   Diarienummer: BN-2025-000015

Redovisning av delegationsbeslut
Besluten har fattats med stöd av delegationsordningen, antagen 2023-12-13, § 231 (BN-2023-001564).

Ärendenummer      Beslutsdatum   Ärende
BN-2025-002174    2025-09-02     Bygglov för tillbyggnad av enbostadshus
BN-2025-002201    2025-09-03     Marklov för schaktning
"""
    [(number, _, dnr)] = _items(text)
    assert number is None and dnr == ["BN-2025-000015", "BN-2025-002174", "BN-2025-002201"]
