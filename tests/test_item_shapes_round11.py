"""Items and titles in the numbering and title shapes Swedish minutes share (issue 9 part 2, items11).

Each text is invented and tests one shape in isolation: where the title stands (above the § line, on
it, in a right column beside a margin of § and Dnr, wrapped with the case number at the end of its
first line, in a narrow column closed by the item's "Dnr" line), how items are numbered ("KS § 12",
"§ 12/26", "Ärende 5", "Punkt 5"), and what is no item (a contents list with page numbers, "§ 12
(forts.)", sub-headings between paragraphs, formal points before § 1).
"""

from __future__ import annotations

from indexer.meta.detect import detect_meta
from indexer.read.clean import clean_text
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
