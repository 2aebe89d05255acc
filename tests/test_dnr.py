"""Diarienummer recognition and normalisation (indexer.segment.dnr)."""

from __future__ import annotations

import pytest

from indexer.segment.dnr import find_dnr, find_dnr_spans, match_form, normalize_dnr, parse_dnr

POSITIVE = [
    ("RS/554/2019", "RS/554/2019"),
    ("HSN/371/2024", "HSN/371/2024"),
    ("HSF240207", "HSF240207"),
    ("KS-2025-00970", "KS-2025-00970"),
    ("Dnr TE-2025-00171", "TE-2025-00171"),
    ("Dnr KS 2024/123", "KS 2024/123"),
    ("KS KF/2023:74", "KS KF/2023:74"),
    ("SN/2023:152", "SN/2023:152"),
    ("BN 2020-00012", "BN-2020-00012"),
    ("BN-2025-001465", "BN-2025-001465"),
    ("MH-2026-181", "MH-2026-181"),
    ("Ju2024/00970", "Ju2024/00970"),
    ("KN2023/03476", "KN2023/03476"),
    ("TRV 2025/66904", "TRV 2025/66904"),
    ("BN-2025-<br>00001", "BN-2025-00001"),
    ("BN-2025-\n00001", "BN-2025-00001"),
    ("KS 2024.456", "KS 2024.456"),  # a period between year and serial
    ("Dnr 2024KS0211", "2024KS0211"),  # year, series, serial run together
    ("RUN 24/00123", "RUN 24/00123"),  # a two-digit year
    ("Dnr KS 2024-0312", "KS-2024-0312"),
    # The series after the number (Alingsås), other separators, document suffixes, bare numbers after
    # a label: forms of kommuner whose documents no rule was written from.
    ("2026.016 KS", "2026.016 KS"),
    ("2018.001 ÖN", "2018.001 ÖN"),
    ("2024/123 BUN", "2024/123 BUN"),
    ("2026.002 KS-007", "2026.002 KS-007"),
    ("KS/2024:123", "KS/2024:123"),
    ("KS 2024/123:12", "KS 2024/123:12"),
    ("KS-2023/00456", "KS-2023/00456"),
    ("KS-2025-00970-12", "KS-2025-00970-12"),
    ("BN-2023-001564", "BN-2023-001564"),
    ("M-2026-0091", "M-2026-0091"),  # a one-letter series (miljö), a unit's letter elsewhere (session 12)
    ("M 2026-0091", "M-2026-0091"),
    ("Dnr 2024/1", "2024/1"),
    ("Dnr: 2024/1", "2024/1"),
    ("Diarienummer: 2024.123", "2024.123"),
    ("Ärendenummer 123/2024", "123/2024"),
    ("Dnr 45/24", "45/24"),
    ("dnr. 2023-456", "2023-456"),
    ("Vårt dnr 2023:456", "2023:456"),
    ("KS.2024.15", "KS.2024.15"),
    ("Dnr Ks 2019/123", "KS 2019/123"),  # a series in title case, after a label
    ("Diarienummer: Bun 2024:12", "BUN 2024:12"),
    ("Dnr 0123/24", "0123/24"),  # serial/two-digit year
    ("STK-2023-1234", "STK-2023-1234"),
    ("KSN-2023-01234", "KSN-2023-01234"),
    # Second round (tests/data/kommuner2): a document number or classification code after the serial,
    # a two-digit year run together with the series, bare numbers of other shapes after a label.
    ("KFKS 2024/455-214", "KFKS 2024/455-214"),  # Nacka
    ("BUN 2026/12 - 041", "BUN 2026/12-041"),  # Sundsvall: the classification at the right margin
    ("BUN 2026/12-041", "BUN 2026/12-041"),
    ("KS 2021/00123-3.4.1", "KS 2021/00123-3.4.1"),
    ("SBN 2024/88 – 214", "SBN 2024/88-214"),
    ("Dnr 2026/612-1.2.1", "2026/612-1.2.1"),  # Luleå
    ("Dnr 2024.45-2.3", "2024.45-2.3"),
    ("26SBN61", "26SBN61"),  # Gävle: year, series and serial run together
    ("Dnr 25SBN412", "25SBN412"),
    ("Dnr 2601120", "2601120"),  # Region Skåne: digits only
    ("Ärendenummer 1500345", "1500345"),
    ("Dnr 26/288", "26/288"),  # Haparanda: a two-digit year before the serial
    ("Dnr 26/9", "26/9"),
    ("Dnr: KFN 2026.0045", "KFN 2026.0045"),
    ("KS.2025.231", "KS.2025.231"),
    ("Ärendenr: RS 2026/455", "RS 2026/455"),
    # The serial before the year after the series and a dash (kommuner42's Sundbyberg).
    ("KS-0612/2026", "KS-0612/2026"),
    ("Dnr KS-0612/2026", "KS-0612/2026"),
]

NEGATIVE = [
    "2024-12-09",  # a date
    "0300-834028",  # a phone number
    "Ds 2024:10",  # departementsserien
    "SOU 2024:23",
    "SFS 2017:725",
    "§ 86",
    "KSAU 2024-08-13",  # an organ and a date
    "BUERA 12:41",  # a property designation
    "2024-00444",  # bare number without a series hint
    "1 000 000 kronor",
    "MSEK 2024.50",  # money
    "kl. 2024.45",
    "vecka BN 12/2024",  # a week and a year, not a two-digit-year case
    "TSFS 2024:57",  # a statute book, not a case
    "SKOLFS 2010:37",
    "STAFS 2007:2",  # any authority's statute book (…FS)
    "läsåret 2024/25",  # a bare year/number without a label
    "2024.50 SEK",
    "2024-05 KS",  # a month, not a serial
    "Dnr 2024-12-09",  # a date after the label
    "1 667 276 kronor",
    "prop. 2023/24:1",
    "Mål och budget 2024-2026 KF",  # years and an organ
    "§ 174 SBN 2022-10-24",  # an organ and a date
    "Om 2024/25",  # a title-case word needs a label
    "kl.2024.45",
    "2601120",  # digits alone need a label
    "26/288",  # so does a two-digit year before a serial
    "Dnr 2024-12-09-1",  # a date with a dash after it
    "tel. 054-540 00 00",
    "organisationsnummer 212000-1876",
]


@pytest.mark.parametrize(("raw", "key"), POSITIVE)
def test_normalize_positive(raw: str, key: str) -> None:
    assert normalize_dnr(raw) == key
    assert find_dnr(f"Ärendet ({raw}) behandlades.") == [key]


@pytest.mark.parametrize("raw", NEGATIVE)
def test_not_a_dnr(raw: str) -> None:
    assert find_dnr(raw) == []
    assert normalize_dnr(raw) is None


def test_bare_number_takes_series_hint() -> None:
    assert normalize_dnr("2025-00970", series_hint="KS") == "KS-2025-00970"
    assert find_dnr("| 2024-00444 |", series_hint="ks") == ["KS-2024-00444"]
    # dates stay dates even with a hint
    assert find_dnr("daterat 2024-06-13", series_hint="KS") == []


def test_series_are_distinct_and_order_kept() -> None:
    text = "Se KS-2025-00970 och BN-2025-00970 samt KS-2025-00970 igen, och RS/292/2024."
    assert find_dnr(text) == ["KS-2025-00970", "BN-2025-00970", "RS/292/2024"]


def test_no_match_inside_longer_codes() -> None:
    assert find_dnr("aKS-2025-00970") == []
    assert find_dnr("KS-2025-00970-1234") == []  # a document suffix has at most three digits
    assert find_dnr("2026.016 KSX1") == []


def test_printed_form_kept_beside_the_key() -> None:
    (d,) = find_dnr_spans("§ 95 2026.016  KS\nFördjupad månadsuppföljning")
    assert (d.printed, d.key, d.series, d.year, d.serial) == ("2026.016 KS", "2026.016 KS", "KS", 2026, "016")
    (d,) = find_dnr_spans("Ärende BN 2020-00012 om bygglov")
    assert (d.printed, d.key) == ("BN 2020-00012", "BN-2020-00012")
    (d,) = find_dnr_spans("• 2026.002 KS-007 Delegationsbeslut Kommundirektör")
    assert (d.printed, d.suffix) == ("2026.002 KS-007", "007")


def test_every_printed_form_of_one_case_matches() -> None:
    forms = ["KS 2026/16", "2026.016 KS", "KS-2026-016", "KS/2026:16", "Dnr KS 2026/0016", "2026.016 KS-003"]
    assert {match_form(f) for f in forms} == {"KS|2026|16"}
    assert match_form("2024/1") == match_form("Dnr 2024/0001") == "|2024|1"
    assert match_form("RUN 24/00123") == "RUN|2024|123"
    assert match_form("BN 2026/16") != match_form("KS 2026/16")
    assert match_form("inte ett nummer") is None


def test_bare_number_needs_a_label_in_running_text() -> None:
    assert find_dnr("Beslutet gäller 2024/1 och framåt.") == []
    assert find_dnr("Beslutet (dnr 2024/1) gäller.") == ["2024/1"]
    assert parse_dnr("2024/1") is None
    bare = parse_dnr("2024/1", bare=True)
    assert bare is not None and bare.key == "2024/1" and bare.series is None


def test_references_in_a_list_keep_their_suffixes() -> None:
    text = "Anmälningar\n• 2026.008 KS-025 Information\n• 2025.306 KS-014 Regional utvecklingsstrategi"
    assert find_dnr(text) == ["2026.008 KS-025", "2025.306 KS-014"]


def test_suffix_and_classification_are_dropped_from_the_match_form() -> None:
    assert match_form("BUN 2026/12 - 041") == match_form("BUN 2026/0012") == "BUN|2026|12"
    assert match_form("KFKS 2024/455-214") == "KFKS|2024|455"
    assert match_form("Dnr 2026/612-1.2.1") == match_form("2026/612") == "|2026|612"
    assert match_form("26SBN61") == match_form("SBN 2026/61") == "SBN|2026|61"
    assert match_form("Dnr 26/288") == match_form("2026/288") == "|2026|288"
    (d,) = find_dnr_spans("§ 56\tEkonomisk månadsrapport maj 2026\tBUN 2026/12 - 041")
    assert (d.printed, d.key, d.suffix) == ("BUN 2026/12 - 041", "BUN 2026/12-041", "041")


def test_a_range_of_years_after_a_number_is_no_suffix() -> None:
    assert find_dnr("KS 2024/12 - 2025") == ["KS 2024/12"]
    assert find_dnr("Dnr 2601120, 2601121") == ["2601120"]  # the second has no label of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dnr MSN-2025-5", ["MSN-2025-5"]),  # Östersund: a one-digit serial after a dash
        ("RS2025-00412", ["RS2025-00412"]),  # Region Uppsala: the series run into the year
        ("enligt SS-EN ISO2025-001", []),  # a standard, not a case
        ("SBN 2022-10-24", []),  # an organ and a date
    ],
)
def test_dash_forms_of_other_regions(text: str, expected: list[str]) -> None:
    assert find_dnr(text) == expected


def test_a_sub_series_with_a_two_digit_year_and_a_bare_number_with_a_class_code() -> None:
    """ "MN-BYGG25-1043" (a series and its sub-series, the year's last two digits) is a case number
    anywhere; "Diarienr 2025-001187-214" (year, serial, the archive's class code) after its label or
    in a Dnr column. A date is neither, in a Dnr column too."""
    text = "Ärendet (MN-BYGG25-1043) bereddes; Diarienr 2025-001187-214 gäller."
    assert find_dnr(text) == ["MN-BYGG25-1043", "2025-001187-214"]
    assert find_dnr("2025-001187-214 utan etikett") == []
    assert find_dnr("2025-11-14", bare=True) == [] and find_dnr("Diarienr 2025-11-14") == []
    assert parse_dnr("2025-001187-214", bare=True).suffix == "214"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Year, serial and a document suffix after a label (Lex/Platina-style diaria).
        ("Diarienummer: 2025-004417-3", ["2025-004417-3"]),
        ("Ärendenr 2026-000912-220 (beslut)", ["2026-000912-220"]),
        # A series of hyphen-joined letter groups with the year's two digits run in: known without a label.
        ("Ärende SN-IFO25-1422 om boendestöd", ["SN-IFO25-1422"]),
        ("ref. HS-ADM26-0107-2", ["HS-ADM26-0107-2"]),
        # After a label, a shape no family knows is still a case number.
        ("Dnr TK/26/0931-4 gäller", ["TK/26/0931-4"]),
        ("Ärendenummer: 2.4.1-11870/2025", ["2.4.1-11870/2025"]),
    ],
)
def test_labelled_numbers_of_any_shape(text: str, expected: list[str]) -> None:
    assert find_dnr(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dnr 2025-12-01",  # a date after the label, in any shape
        "Diarienummer 12.10.2025",
        "Dnr: se bilaga",  # no number
        "Dnr E4",  # too few digits
        "Dnr 2026-2027",  # a span of years
        "Dnr SFS-2017:725",  # a statute book
        "bilaga SN-IFO-2",  # no year run into the series
        "modell LED26-0388",  # one letter group: a product code without a label
        "Vi avsätter 2026-000912-220 kronor",  # a suffixed serial needs its label
    ],
)
def test_labelled_numbers_of_any_shape_exclude(text: str) -> None:
    assert find_dnr(text) == []


def test_a_labelled_line_gives_its_number_in_any_shape() -> None:
    (d,) = find_dnr_spans("TK/26/0931-4", bare=True, labelled=True)
    assert (d.key, d.printed, d.year) == ("TK/26/0931-4", "TK/26/0931-4", None)
    assert find_dnr_spans("TK/26/0931-4", bare=True) == []  # not where no label stands
    assert match_form("TK/26/0931-4") == "TK/26/0931-4"
    assert match_form("SN-IFO25-1422") == "SN-IFO|2025|1422"


def test_a_one_letter_series_in_a_column_after_a_date() -> None:
    # the date column's day before the Dnr column is no figure the letter would be a unit of (session 12)
    assert find_dnr("2026-10-01          M 2026-0091     Anmälan om värmepump") == ["M-2026-0091"]
    assert find_dnr("bryggan är 12 M 2026-000301 enligt ritning") == []
