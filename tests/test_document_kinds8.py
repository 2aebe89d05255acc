"""Kallelser and kungörelser (kinds8): a letter's closing under the last agenda point (the place and date it
was signed, the signers' names over their roles) is no part of that point's title; a parenthesised case
number set on a line of its own under a wrapped title is the point's; a title that wraps after "längs"
with the case number far right of its second line. Every text is invented; none is copied from a test set."""

from __future__ import annotations

from pathlib import Path

from indexer.entities.actions import ActionContext, find_actions
from indexer.entities.doc_actions import title_authors
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.rolewords import RoleWords
from indexer.extract import extract_file
from indexer.meta.detect import detect_meta
from indexer.read.pdf_layout import Run, page_layout
from indexer.segment.closing import starts_closing
from indexer.segment.lists import split_numbered
from indexer.segment.tables import split_tab_rows
from indexer.types import Item


def test_place_and_date_and_signature_end_the_last_row() -> None:
    text = "\n".join(
        [
            "Föredragningslista",
            "1.\tUpprop och val av justerare",
            "2.\tTaxor för vatten och avlopp 2027 (KS/2026:55)",
            "3.\tAnmälningar och meddelanden",
            "Borgholm den 30 november 2026",
            "Anders Lövgren (C)",
            "Ordförande",
        ]
    )
    items = split_tab_rows(text, None)
    assert [it.title for it in items][-1] == "Anmälningar och meddelanden"


def test_two_signatures_side_by_side_end_the_last_row() -> None:
    text = "\n".join(
        [
            "Dagordning",
            "1\tMötets öppnande",
            "2\tEkonomisk rapport oktober",
            "3\tÖvriga frågor",
            "Karin Holmqvist\tPetra Sandell",
            "Ordförande\tNämndsekreterare",
        ]
    )
    items = split_tab_rows(text, None)
    assert items[-1].title == "Övriga frågor"


def test_closing_shapes() -> None:
    assert starts_closing(["Västra Karup, den 3 december"], 0)
    assert starts_closing(["Sjöbo 2026-11-30"], 0)
    assert starts_closing(["Mats Ek\tLena Dahl", "Ordförande\tSekreterare"], 0)
    # a place in a title's second line, a name with no role under it: no closing
    assert not starts_closing(["Hamngatan i Sjöbo"], 0)
    assert not starts_closing(["Mats Ek", "Informerar om läget."], 0)


def test_parenthesised_case_number_alone_under_the_title() -> None:
    text = "\n".join(
        [
            "Ärenden",
            "1.\tVal av justerare",
            "2.\tMotion från Olof Berg (KD) om fler parkbänkar längs promenadstråket vid",
            "sjön Vidöstern",
            "(KS/2026:61)",
            "3.\tAvsägelser och fyllnadsval (KS/2026:8)",
        ]
    )
    items = split_tab_rows(text, None)
    assert items[1].diarienummer == ["KS/2026:61"]
    assert "KS/2026:61" not in items[1].text


def test_title_wraps_after_langs_with_number_far_right() -> None:
    text = "\n".join(
        [
            "   1.   Val av justerare",
            "",
            "   2.   Ansökan om bidrag till belysning längs",
            "        Kvarnbäcken i Norrby                                     Dnr MBN 2026/31",
            "",
            "   3.   Delegationsbeslut                                        Dnr MBN 2026/2",
            "",
        ]
    )
    items = split_numbered(text, None)
    assert items[1].title == "Ansökan om bidrag till belysning längs Kvarnbäcken i Norrby"
    assert items[1].diarienummer == ["MBN 2026/31"]


def _run(left: float, top: float, text: str, width: float = 0.0) -> Run:
    """A run of 7.5-point text whose top is `top` points up the page."""
    return Run(left, top - 7.5, left + (width or 4.5 * len(text)), top, text)


def test_a_lone_mark_centred_under_its_label_after_the_page_break_keeps_its_column() -> None:
    # No member on the first page voted Nej; the table goes on without its header on the next page, where
    # the one Nej mark stands centred under the label (its left edge not the label's): still Nej, not Ja.
    first = [_run(60, 700, "Votering"), _run(60, 680, "Ledamot", 40)]
    first += [_run(200, 680, "Ja", 10), _run(250, 680, "Nej", 16), _run(300, 680, "Avstår", 30)]
    voters = [("Stina Wall (C)", 201), ("Jonas Krantz (M)", 312), ("Mira Hed (S)", 201)]
    for k, (name, col) in enumerate(voters):
        first += [_run(60, 668 - 12 * k, name), _run(col, 668 - 12 * k, "X", 6)]
    _, carry = page_layout(first)
    assert carry is not None
    second = [_run(60, 760, "Sida 2"), _run(60, 700, "Åke Lindblom (V)"), _run(255, 700, "X", 6)]
    second += [_run(60, 688, "Summa"), _run(201, 688, "2", 6), _run(255, 688, "1", 6), _run(312, 688, "1", 6)]
    second += [_run(60, 660, "Beslutet fattades med två röster mot en.")]
    lines2, _ = page_layout(second, carry)
    assert "Åke Lindblom (V)\t\tX" in lines2


def test_the_organ_line_names_the_meeting_after_a_comma() -> None:
    text = "\n".join(
        [
            "Tranemo kommun",
            "",
            "Delegationsbeslut",
            "",
            "Miljö- och byggnämnden, sammanträde 2026-11-12",
            "Beslut fattade 2026-10-01 – 2026-10-31",
            "",
            "Beslut\tDatum\tDelegat\tDnr",
            "Bygglov för carport, Ljungsarp 3:4\t2026-10-05\tBygglovshandläggare Ola Bäck\tMBN 2026/211",
        ]
    )
    assert detect_meta(text, source_name="x.html").organ == "Miljö- och byggnämnden"


def test_a_presenter_titled_with_an_abbreviation(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "KALLELSE",
            "Servicenämnden",
            "Tid: Onsdagen den 9 december 2026, kl. 13.00",
            "",
            "1. Val av justerare",
            "",
            "2. Driftsäkerhet i kommunens nätverk",
            "Föredragande: IT-chef Lena Björk",
            "",
            "3. Lönerevision 2027",
            "Föredragande: HR-chef Tomas Gran",
            "",
        ]
    )
    path = tmp_path / "servicenamnden_kallelse.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    presented = {(a.person, it.number) for it in ex.items for a in it.actions if a.kind == "presented"}
    assert presented == {("Lena Björk", "2"), ("Tomas Gran", "3")}


def test_a_name_the_first_name_list_lacks_in_a_list_of_names_alone(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Minnesanteckningar Ungdomsrådet 2026-11-04",
            "",
            "Närvarande",
            "– Erik Holm, ordförande",
            "– Maja Ström",
            "– Kian Forsberg",
            "– Linnea Åberg",
            "",
            "1. Mötets öppnande",
            "Erik Holm öppnade mötet.",
            "2. Skateparken",
            "Kian Forsberg frågade när belysningen i skateparken lagas.",
        ]
    )
    path = tmp_path / "ungdomsradet_minnesanteckningar.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    assert "Kian Forsberg" in {p.name for p in ex.persons}
    raised = {(a.person, it.number) for it in ex.items for a in it.actions if a.kind == "raised"}
    assert ("Kian Forsberg", "2") in raised


def test_a_layout_forms_ersattare_row_and_a_replaced_member_on_the_next_line() -> None:
    text = "\n".join(
        [
            "Plats och tid                 Stadshuset, kl. 13.00–15.30",
            "",
            "Beslutande                    Ledamöter                              Parti",
            "                              Gun Axelsson, ordförande               S",
            "                              Tore Wiik                              M",
            "                              Hans Brandt, tjg ersättare för         L",
            "                              Lars Öberg (C)",
            "",
            "Ersättare                     Sofia Malm                             MP",
            "",
            "Utses att justera             Tore Wiik",
        ]
    )
    persons = {p.name: p for p in find_persons(text)}
    assert "Lars Öberg" not in persons
    assert persons["Sofia Malm"].party == "MP"
    assert "ersättare" in persons["Sofia Malm"].roles


def test_the_justerares_deputy_is_no_justerare() -> None:
    text = "\n".join(
        [
            "Sekreterare\tAnnika Wall",
            "Justerare\tStefan Grip (KD), ersättare för justerare Maria Ekholm (S)",
            "Justering\tRådhuset, fredag 11 december 2026",
        ]
    )
    roles = {p.name: p.roles for p in find_persons(text)}
    assert "justerare" in roles["Stefan Grip"]
    assert "justerare" not in roles["Maria Ekholm"]


def test_two_uncaptioned_signatures_under_justeras_both_sign_as_justerare(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Minnesanteckningar",
            "Rådet för funktionshinderfrågor",
            "Datum: 2026-10-20",
            "",
            "Närvarande",
            "Lisa Fors (S), ordförande",
            "Tord Alm, DHR",
            "",
            "1. Mötets öppnande",
            "Ordföranden öppnade mötet.",
            "",
            "2. Tillgänglighet i badhuset",
            "Tord Alm frågade om ramp vid entrén.",
            "",
            "Justeras",
            "",
            "Lisa Fors\t\t\t\tTord Alm",
        ]
    )
    path = tmp_path / "funktionshinderradet_minnesanteckningar.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    justerare = {a.person for it in ex.items for a in it.actions if a.kind == "justerare"}
    assert justerare == {"Lisa Fors", "Tord Alm"}


def test_a_members_question_with_ska_is_raised_the_chairs_proposition_is_not() -> None:
    persons = find_persons(HEADER_NOTES)
    chair = next(p for p in persons if "ordförande" in p.roles)
    ctx = ActionContext(NameFinder(persons), chair, RoleWords(persons), minutes=True)

    def raised(body: str) -> set[str]:
        return {a.person for a in find_actions(body, ctx) if a.kind == "raised"}

    assert raised("Ulla Berg frågade om biblioteksfilialen i Norrvik ska stängas.") == {"Ulla Berg"}
    assert raised("Åsa Lind (S) frågar om rådet ska bjuda in trafikchefen.") == set()
    assert (
        raised("Ordföranden frågar om förslaget kan läggas till handlingarna och finner att så sker.")
        == set()
    )


HEADER_NOTES = "Närvarande\nÅsa Lind (S), ordförande\nUlla Berg, SPF\nKnut Holm (M)\n\n"


def test_an_ambiguous_first_name_after_another_name_and_och() -> None:
    text = "Nr\tÄrende\tDnr\tFöredragande\n3\tLokalförsörjning 2027\t00231-2026\tLena Holm och Bo Strand\n"
    names = {p.name for p in find_persons(text)}
    assert names == {"Lena Holm", "Bo Strand"}
    # the same word as an ordinary word is no name
    assert {p.name for p in find_persons("Kostnaden per Bo i Norrby och Per månad.")} == set()


def test_a_motions_author_and_party_in_one_bracket() -> None:
    title = "Svar på motion 4/2026 om gratis kollektivtrafik för unga (Jonas Vikström, V)"
    persons = find_persons(title + "\n")
    assert {(p.name, p.party) for p in persons} == {("Jonas Vikström", "V")}
    item = Item(number="5", title=title, text="")
    assert [(a.person, a.kind) for a in title_authors(item, NameFinder(persons))] == [
        ("Jonas Vikström", "raised")
    ]
