"""Items and titles in the numbering and title shapes Swedish minutes share (issue 9 part 2, items11).

Each text is invented and tests one shape in isolation: where the title stands (above the § line, on
it, in a right column beside a margin of § and Dnr, wrapped with the case number at the end of its
first line, in a narrow column closed by the item's "Dnr" line), how items are numbered ("KS § 12",
"§ 12/26", "Ärende 5", "Punkt 5"), and what is no item (a contents list with page numbers, "§ 12
(forts.)", sub-headings between paragraphs, formal points before § 1).
"""

from __future__ import annotations

from fpdf import FPDF

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
from indexer.read.pdf import pdf_pages
from indexer.segment.split import segment
from indexer.types import Item


def _items(text: str) -> list[Item]:
    cleaned = clean_text(text)
    return segment(cleaned, detect_meta(cleaned))


def _rows(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(it.number, it.title, it.diarienummer) for it in _items(text)]


_HEAD = "Miljö- och byggnadsnämnden\nProtokoll\nSammanträdesdatum 2026-04-08\n\n"
_BODY = (
    "Ärendebeskrivning\nFörvaltningen har berett ärendet och redovisar det i en tjänsteskrivelse.\n"
    "Beslut\nNämnden beslutar enligt förvaltningens förslag.\n\n"
)
_TITLES = [
    (21, "Detaljplan för Norra hamnen"),
    (22, "Taxa för tillsyn enligt miljöbalken"),
    (23, "Delegationsbeslut"),
]


def test_organ_prefix_before_the_paragraph_sign() -> None:
    text = _HEAD + "".join(f"MBN § {n}   Dnr MBN 2026/{n}\n{t}\n{_BODY}" for n, t in _TITLES)
    assert _rows(text) == [(f"§{n}", t, [f"MBN 2026/{n}"]) for n, t in _TITLES]


def test_paragraph_number_in_the_years_series() -> None:
    # "§ 21/26": the 21st paragraph of 2026, on its own line or with the title after it
    alone = _HEAD + "".join(f"§ {n}/26\n{t}\n{_BODY}" for n, t in _TITLES)
    inline = _HEAD + "".join(f"§ {n}/2026  {t}\n{_BODY}" for n, t in _TITLES)
    for text in (alone, inline):
        assert [(it.number, it.title) for it in _items(text)] == [(f"§{n}", t) for n, t in _TITLES]


def test_a_title_above_its_paragraph_line() -> None:
    text = _HEAD + "".join(f"{t}\n§ {n}\n{_BODY}" for n, t in _TITLES)
    assert [(it.number, it.title) for it in _items(text)] == [(f"§{n}", t) for n, t in _TITLES]


def test_a_title_in_the_right_column_beside_a_margin_of_number_and_dnr() -> None:
    heads = [
        (21, "Detaljplan för Norra hamnen,", "beslut om granskning"),
        (22, "Taxa för tillsyn enligt", "miljöbalken 2027"),
        (23, "Tillsynsplan för", "livsmedelskontrollen"),
    ]
    text = _HEAD + "".join(f"§ {n}             {a}\nDnr MBN 2026/{n}   {b}\n\n{_BODY}" for n, a, b in heads)
    assert _rows(text) == [(f"§{n}", f"{a} {b}", [f"MBN 2026/{n}"]) for n, a, b in heads]


def test_a_wrapped_title_with_its_case_number_at_the_end_of_the_first_line() -> None:
    heads = [
        (21, "Motion från Lena Holm (V) om fler", "laddstolpar vid kommunens förskolor"),
        (22, "Yttrande över samrådshandling för", "vindkraftpark Storberget"),
        (23, "Svar på medborgarförslag om en", "badplats vid Lillsjön"),
    ]
    text = _HEAD + "".join(f"§ {n}  {a}            MBN 2026/{n}\n{b}\n{_BODY}" for n, a, b in heads)
    assert _rows(text) == [(f"§{n}", f"{a} {b}", [f"MBN 2026/{n}"]) for n, a, b in heads]


def test_a_narrow_title_column_runs_to_the_items_dnr_line() -> None:
    # The title wraps where the column ends, not where a phrase does; its last line is short and is
    # followed by the item's "Dnr:" line (a property designation's "1:212" is no label's colon).
    text = _HEAD + (
        "§ 21\nFörsäljning av del av\nfastigheten Strandby\nNorra Hamn 4:17\nDnr: MBN 2026-000112\n"
        + _BODY
        + "§ 22\nTaxa för tillsyn\nenligt miljöbalken\nDnr: MBN 2026-000113\n"
        + _BODY
    )
    assert _rows(text) == [
        ("§21", "Försäljning av del av fastigheten Strandby Norra Hamn 4:17", ["MBN-2026-000112"]),
        ("§22", "Taxa för tillsyn enligt miljöbalken", ["MBN-2026-000113"]),
    ]


def test_a_short_body_line_above_a_dnr_line_is_not_the_title() -> None:
    # A name and role under a one-line title stay the body even with the Dnr line under them.
    text = _HEAD + "".join(
        f"§ {n} {t}\nHandläggare Anna Berg\nDnr: MBN 2026-0001{n}\n{_BODY}" for n, t in _TITLES
    )
    assert [it.title for it in _items(text)] == [t for _, t in _TITLES]


def test_labelled_points() -> None:
    with_dnr = _HEAD + "".join(f"Ärende {n}\n{t}\nDnr MBN 2026/{n}\n{_BODY}" for n, t in _TITLES)
    assert _rows(with_dnr) == [(str(n), t, [f"MBN 2026/{n}"]) for n, t in _TITLES]
    after_colon = _HEAD + "".join(f"Punkt {n}: {t}\n{_BODY}" for n, t in _TITLES)
    assert [(it.number, it.title) for it in _items(after_colon)] == [(str(n), t) for n, t in _TITLES]


def test_a_contents_list_of_labelled_points_with_page_numbers_is_no_item() -> None:
    for entry in ("Ärende {n}   {t}      {p}", "Ärende {n} {t} ........ {p}", "Ärende {n}\t{t}\t{p}"):
        contents = "".join(entry.format(n=n, t=t, p=n - 19) + "\n" for n, t in _TITLES)
        text = (
            _HEAD + "Innehåll\n" + contents + "\n" + "".join(f"Ärende {n}\n{t}\n{_BODY}" for n, t in _TITLES)
        )
        items = _items(text)
        assert [(it.number, it.title) for it in items] == [(str(n), t) for n, t in _TITLES], entry
        assert all("förvaltningens förslag" in it.text for it in items)


def test_an_agenda_listed_before_labelled_points_is_no_item() -> None:
    agenda = "".join(f"Punkt {n}  {t}\n" for n, t in _TITLES)
    text = _HEAD + "Dagordning\n" + agenda + "\n" + "".join(f"Punkt {n}\n{t}\n{_BODY}" for n, t in _TITLES)
    items = _items(text)
    assert [(it.number, it.title) for it in items] == [(str(n), t) for n, t in _TITLES]
    assert all("förvaltningens förslag" in it.text for it in items)


def test_a_contents_list_of_paragraphs_with_page_numbers_is_no_item() -> None:
    contents = "".join(f"MBN § {n}   {t}   Sida {n - 19}\n" for n, t in _TITLES)
    text = (
        _HEAD
        + "Innehållsförteckning\n"
        + contents
        + "\n"
        + "".join(f"MBN § {n}\n{t}\n{_BODY}" for n, t in _TITLES)
    )
    items = _items(text)
    assert [(it.number, it.title) for it in items] == [(f"§{n}", t) for n, t in _TITLES]
    assert all("förvaltningens förslag" in it.text for it in items)


def test_a_continued_paragraph_is_one_item() -> None:
    text = (
        _HEAD
        + f"§ 21 Detaljplan för Norra hamnen\n{_BODY}\f§ 21 (forts.)\nPlanen skickas på granskning.\n\n"
        + f"§ 22 Taxa för tillsyn enligt miljöbalken\n{_BODY}\f§ 22 forts.\nTaxan gäller från 1 januari.\n\n"
        + f"§ 23 Delegationsbeslut\n{_BODY}"
    )
    items = _items(text)
    assert [(it.number, it.title) for it in items] == [(f"§{n}", t) for n, t in _TITLES]
    assert "granskning" in items[0].text and "1 januari" in items[1].text


def test_sub_headings_between_paragraphs_are_no_items() -> None:
    text = (
        _HEAD
        + "Beslutsärenden\n\n"
        + "".join(f"§ {n} {t}\n{_BODY}" for n, t in _TITLES[:2])
        + "INFORMATIONSÄRENDEN\n\n"
        + f"§ 23 {_TITLES[2][1]}\n{_BODY}"
    )
    assert [(it.number, it.title) for it in _items(text)] == [(f"§{n}", t) for n, t in _TITLES]


def test_formal_points_before_the_first_paragraph_are_no_items() -> None:
    text = (
        _HEAD
        + "Mötets öppnande\nOrdföranden förklarar mötet öppnat.\n\nUpprop\nUpprop förrättas.\n\n"
        + "".join(
            f"§ {n} {t}\n{_BODY}" for n, t in [(1, "Val av justerare"), (2, "Budget 2027"), (3, "Taxor")]
        )
    )
    assert [(it.number, it.title) for it in _items(text)] == [
        ("§1", "Val av justerare"),
        ("§2", "Budget 2027"),
        ("§3", "Taxor"),
    ]


def test_a_kallelse_agenda_table_with_wrapped_cells() -> None:
    text = (
        "Kommunstyrelsen\nKallelse\nSammanträdesdatum 2026-05-19\n\n"
        "Nr\tÄrende\tDnr\tFöredragande\n"
        "1\tVal av justerare\t\t\n"
        "2\tBudget 2027 för kommunens\tKS 2026/5\tAnna Ek,\n"
        "\tverksamheter\t\tekonomichef\n"
        "3\tMotion från Bo Berg (S) om\tKS 2026/7\tLisa Lund\n"
        "\tfler cykelvägar\t\t\n"
    )
    assert _rows(text) == [
        ("1", "Val av justerare", []),
        ("2", "Budget 2027 för kommunens verksamheter", ["KS 2026/5"]),
        ("3", "Motion från Bo Berg (S) om fler cykelvägar", ["KS 2026/7"]),
    ]


def test_a_case_number_with_its_classification_in_a_column_of_spaces() -> None:
    # A text export prints the number ("2026/45-1.2.2": the diarieplan's class after the serial) in a
    # column of its own at the § line's end; it is the item's case number and no title word.
    heads = [
        (31, "Taxor för tillsyn 2027", "2026/45-1.2.2"),
        (32, "Remiss: regional cykelplan", "2026/9-3.1.1"),
    ]
    text = _HEAD + "".join(f"  § {n}      {t}                 {d}\n\n{_BODY}" for n, t, d in heads)
    assert _rows(text) == [(f"§{n}", t, [d]) for n, t, d in heads]


def test_addressees_under_skickas_till_are_not_the_next_items_title() -> None:
    # "Skickas till" / "Kommunfullmäktige" ends a paragraph right above the next "§ 22"; that § prints its
    # case number and title under it, the title's first line ending in "m.fl." (an abbreviation, no
    # sentence).
    text = (
        _HEAD
        + "§ 21 Delårsrapport augusti 2026\n"
        + _BODY.rstrip("\n")
        + "\nSkickas till\nKommunfullmäktige\n"
        + "§ 22\nDnr MBN 2026/0198\nDetaljplan för del av Ekbacken 2:4 m.fl.\n"
        + "(förskola vid Åsvägen), beslut om granskning\n"
        + "Nämnden beslutar att ställa ut planen för granskning under oktober 2026.\n"
        + _BODY
        + "§ 23 Delegationsbeslut\n"
        + _BODY
    )
    assert _rows(text) == [
        ("§21", "Delårsrapport augusti 2026", []),
        (
            "§22",
            "Detaljplan för del av Ekbacken 2:4 m.fl. (förskola vid Åsvägen), beslut om granskning",
            ["MBN 2026/0198"],
        ),
        ("§23", "Delegationsbeslut", []),
    ]


def test_labelled_sections_after_a_kallelses_agenda_table_are_the_items() -> None:
    # The agenda lists the points; the sections "Punkt N" further down hold their text: those are the
    # items, each keeping its row's presenter, and the title wraps under a first line that ends in the
    # case number at the right margin.
    text = (
        "Kultur- och fritidsnämnden\nKallelse\nSammanträdesdatum 2026-03-11\n\n"
        "Nr   Ärende                                     Dnr            Föredragande\n"
        "1    Val av justerare\n"
        "2    Bidrag till studieförbund 2027             KFN 2026/31    Kulturchef Siv Lund\n"
        "3    Biblioteksplan 2027–2030                   KFN 2026/40    Bibliotekschef Ola Hed\n"
        "\n"
        "Punkt 1      Val av justerare\n"
        "Ordföranden föreslår att en ledamot utses att justera protokollet.\n\n"
        "Punkt 2      Bidrag till studieförbund 2027 enligt nya                    KFN 2026/31\n"
        "             riktlinjer för föreningsstöd\n"
        "Förvaltningen föreslår en fördelning av bidraget enligt bilaga.\n\n"
        "Punkt 3      Biblioteksplan 2027–2030                                      KFN 2026/40\n"
        "Planen beskriver bibliotekens uppdrag för perioden.\n"
    )
    items = _items(text)
    assert [(it.number, it.title, it.diarienummer) for it in items] == [
        ("1", "Val av justerare", []),
        ("2", "Bidrag till studieförbund 2027 enligt nya riktlinjer för föreningsstöd", ["KFN 2026/31"]),
        ("3", "Biblioteksplan 2027–2030", ["KFN 2026/40"]),
    ]
    assert "fördelning av bidraget" in items[1].text and "Kulturchef Siv Lund" in items[1].text
    assert items[1].start > text.index("Punkt 2      ") - 1


def test_a_spaced_agenda_table_that_centres_the_number_on_a_wrapped_title() -> None:
    # A PDF agenda exported as text prints a row's number, case number and presenter on the middle line
    # of its wrapped title: the title's first line stands above the number.
    text = (
        "Tekniska nämnden\nKallelse\nSammanträdesdatum 2026-10-14\n\n"
        "Nr   Ärende                                          Dnr            Föredragande\n"
        "1    Val av justerare\n"
        "2    Fastställande av föredragningslista\n"
        "     Trafiksäkerhetsplan för perioden 2027–2030\n"
        "3                                                    TN 2026/41     Trafikchef Lars Ek\n"
        "     med åtgärdslista\n"
        "     Delårsrapport per augusti 2026 för\n"
        "4                                                    TN 2026/12     Controller Eva Dahl\n"
        "     tekniska nämndens verksamheter\n"
        "     Yttrande över medborgarförslag om belysning\n"
        "5    av gång- och cykelvägen mellan Hovshaga         TN 2026/77     Gatuchef Pia Berg\n"
        "     och Teleborg\n"
        "6    Meddelanden                                     TN 2026/3\n"
    )
    assert _rows(text) == [
        ("1", "Val av justerare", []),
        ("2", "Fastställande av föredragningslista", []),
        ("3", "Trafiksäkerhetsplan för perioden 2027–2030 med åtgärdslista", ["TN 2026/41"]),
        ("4", "Delårsrapport per augusti 2026 för tekniska nämndens verksamheter", ["TN 2026/12"]),
        ("5", "Yttrande över medborgarförslag om belysning av gång- och cykelvägen mellan Hovshaga och "
         "Teleborg", ["TN 2026/77"]),
        ("6", "Meddelanden", ["TN 2026/3"]),
    ]  # fmt: skip


def test_a_spaced_agenda_table_with_titles_wrapping_under_their_number_is_read_as_before() -> None:
    text = (
        "Tekniska nämnden\nKallelse\nSammanträdesdatum 2026-10-14\n\n"
        "Nr   Ärende                                          Dnr            Föredragande\n"
        "1    Val av justerare\n"
        "2    Trafiksäkerhetsplan för perioden 2027–2030      TN 2026/41     Trafikchef Lars Ek\n"
        "     med åtgärdslista\n"
        "3    Delårsrapport per augusti 2026 för              TN 2026/12     Controller Eva Dahl\n"
        "     tekniska nämndens verksamheter\n"
        "4    Meddelanden                                     TN 2026/3\n"
    )
    assert [it.title for it in _items(text)] == [
        "Val av justerare",
        "Trafiksäkerhetsplan för perioden 2027–2030 med åtgärdslista",
        "Delårsrapport per augusti 2026 för tekniska nämndens verksamheter",
        "Meddelanden",
    ]


def _pdf(texts: list[tuple[float, float, str]]) -> bytes:
    """One A4 page; each text is (x mm, y mm from the top, text) in Helvetica 11."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for x, y, text in texts:
        pdf.text(x, y, text)
    return bytes(pdf.output())


def test_a_title_beside_the_number_over_a_short_section_word_is_no_side_heading() -> None:
    # "§ 84" with its title beside it, "Beslut" under the number and the text at full width: no text
    # stands beside the short line, so there is no side column to read first.
    page = [
        (20, 30, "§ 84"),
        (50, 30, "Val av justerare"),
        (20, 36, "Beslut"),
        (20, 42, "Nämnden utser Anna Berg (S) att jämte ordföranden justera dagens protokoll."),
        (20, 54, "§ 85"),
        (50, 54, "Godkännande av dagordning"),
        (20, 60, "Nämnden godkänner dagordningen med de ändringar som meddelades vid sammanträdet."),
    ]
    lines = pdf_pages(_pdf(page)).pages[0].lines
    assert lines[:2] == ["§ 84\tVal av justerare", "Beslut"]


def test_a_side_column_whose_title_stands_under_the_number_beside_the_text() -> None:
    # The contrary case: the text beside "§ 35" and the title under the number in the narrow column:
    # the side column is read first.
    page = [
        (20, 30, "§ 35"),
        (75, 30, "Förteckning över inkomna skrivelser redovisas."),
        (20, 36, "Anmälningsärenden"),
        (20, 44, "Anmälningsärendena läggs till handlingarna och förteckningen bifogas protokollet."),
    ]
    lines = pdf_pages(_pdf(page)).pages[0].lines
    assert lines[:3] == ["§ 35", "Anmälningsärenden", "Förteckning över inkomna skrivelser redovisas."]


def test_the_organs_name_before_the_paragraph_sign() -> None:
    for prefix in ("Miljö- och byggnadsnämnden", "Kommunstyrelsens arbetsutskott", "Kommunfullmäktige"):
        text = _HEAD + "".join(f"{prefix} § {n}    Dnr MBN 2026/{n}\n{t}\n{_BODY}" for n, t in _TITLES)
        assert _rows(text) == [(f"§{n}", t, [f"MBN 2026/{n}"]) for n, t in _TITLES], prefix


def test_a_reference_to_an_organs_paragraph_is_no_heading() -> None:
    text = _HEAD + "".join(
        f"§ {n} {t}\nBeslutsunderlag\nKommunstyrelsens arbetsutskott § 141, 2026-09-30\n{_BODY}"
        for n, t in _TITLES
    )
    assert [(it.number, it.title) for it in _items(text)] == [(f"§{n}", t) for n, t in _TITLES]


def test_labelled_points_with_their_titles_above() -> None:
    text = _HEAD + "".join(f"{t}\nÄrende {n}\n{_BODY}" for n, t in _TITLES)
    items = _items(text)
    assert [(it.number, it.title) for it in items] == [(str(n), t) for n, t in _TITLES]
    assert all(it.text.startswith("Ärendebeskrivning") for it in items)


def test_a_case_number_right_above_a_labelled_point_is_its_own() -> None:
    text = _HEAD + "".join(f"Dnr MBN 2026/{n}\nPunkt {n}: {t}\n{_BODY}" for n, t in _TITLES)
    items = _items(text)
    assert _rows(text) == [(str(n), t, [f"MBN 2026/{n}"]) for n, t in _TITLES]
    assert not any("Dnr" in it.text for it in items)


def test_a_quoted_note_ending_the_last_item_is_not_the_next_title_above_its_paragraph_line() -> None:
    # Titles above their § lines; the item before ends in a protocol note whose quotation ends the
    # sentence inside the closing quote ("… granskningen.”"): the title above the next § stops there.
    note = (
        "Ida Berg (V) lämnar följande protokollsanteckning: ”Vi vill att frågan\n"
        "utreds vidare före granskningen.”\n"
    )
    text = (
        _HEAD
        + "Detaljplan för Norra hamnen\n§ 21   Dnr MBN 2026/21\n"
        + _BODY.rstrip("\n")
        + "\nProtokollsanteckning\n"
        + note
        + "Taxa för tillsyn enligt miljöbalken\n§ 22   Dnr MBN 2026/22\n"
        + _BODY
        + "Delegationsbeslut\n§ 23   Dnr MBN 2026/23\n"
        + _BODY
    )
    assert _rows(text) == [(f"§{n}", t, [f"MBN 2026/{n}"]) for n, t in _TITLES]


def test_a_case_number_beside_the_number_over_a_section_word_stays_on_the_paragraph_line() -> None:
    page = [
        (20, 30, "§ 84"),
        (70, 30, "Dnr MBN 2026/0588"),
        (20, 36, "Ärendet"),
        (20, 42, "Sökanden vill anlägga en brygga vid badplatsen och förvaltningen föreslår avslag."),
    ]
    lines = pdf_pages(_pdf(page)).pages[0].lines
    assert lines[:2] == ["§ 84\tDnr MBN 2026/0588", "Ärendet"]


def test_the_paragraph_number_at_the_right_end_of_the_title_line() -> None:
    text = (
        _HEAD
        + "Närvarande tjänstepersoner\nAnna Berg, controller                         § 22\n\n"
        + "".join(
            f"{t}                                   MBN § {n}\nDnr MBN 2026/{n}\n{_BODY}" for n, t in _TITLES
        )
    )
    assert _rows(text) == [(f"§{n}", t, [f"MBN 2026/{n}"]) for n, t in _TITLES]
