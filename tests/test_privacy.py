"""Personnummer masking: valid numbers go, look-alikes (organisationsnummer, dates, phones, Dnr) stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.read.privacy import MASK, mask_personnummer

ROOT = Path(__file__).resolve().parent.parent


def _check_digit(nine: str) -> str:
    """Luhn check digit for YYMMDDNNN, computed here independently of indexer.read.privacy."""
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 - i % 2)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def _valid(yymmdd: str, nnn: str) -> str:
    return f"{yymmdd}-{nnn}{_check_digit(yymmdd + nnn)}"


def _wrong(yymmdd: str, nnn: str) -> str:
    bad = (int(_check_digit(yymmdd + nnn)) + 1) % 10
    return f"{yymmdd}-{nnn}{bad}"


@pytest.mark.parametrize(
    "number",
    [
        _valid("811218", "987"),  # YYMMDD-NNNN
        _valid("811218", "987").replace("-", "+"),  # 100 years or older
        "19" + _valid("811218", "987"),  # YYYYMMDD-NNNN
        _valid("811218", "987").replace("-", ""),  # ten digits, no hyphen
        "19" + _valid("811218", "987").replace("-", ""),  # twelve digits
        _valid("811278", "123"),  # samordningsnummer: day + 60
        _valid("000229", "456"),  # 29 February of a leap year
    ],
)
def test_valid_numbers_are_masked(number: str) -> None:
    masked, n = mask_personnummer(f"Sökande: Anna Ek, {number}, Storgatan 1.")
    assert n == 1
    assert number not in masked and MASK in masked


@pytest.mark.parametrize(
    "text",
    [
        _wrong("811218", "987"),  # wrong check digit
        "19" + _wrong("811218", "987"),
        "Organisationsnummer 212000-1256",  # month 20: an organisation, not a person
        "Organisationsnr: 212000-1256",
        "Sammanträdet 2024-05-20 kl 13.00",  # a date
        "Dnr KS-2024-00131 och BN-2025-001465",  # diarienummer
        "Telefon 0300-834000 eller 070-123 45 67",  # phone numbers
        "Ring 0701234567",  # a mobile number written solid
        _valid("811232", "987"),  # day 32 is no date
        "Transaktionsidentitet: 8112189876ABCDEF",  # digits inside a longer code
    ],
)
def test_look_alikes_are_kept(text: str) -> None:
    masked, n = mask_personnummer(text)
    assert n == 0
    assert masked == text


def test_counts_every_number() -> None:
    a, b = _valid("811218", "987"), _valid("650101", "234")
    masked, n = mask_personnummer(f"{a} och {b} samt {_wrong('650101', '234')}")
    assert n == 2
    assert masked.count(MASK) == 2


def test_corpus_has_look_alikes_but_no_personnummer() -> None:
    # The manifest says no personnummer were found in the corpus, which prints organisationsnummer.
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.txt"))]
    assert any("212000-1256" in t for t in texts)
    assert sum(mask_personnummer(t)[1] for t in texts) == 0
