"""Gazetteers: kommuner, regioner, parties (incl. local ones), first names, organ words."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import gazetteers


def test_all_290_kommuner_with_codes() -> None:
    k = gazetteers.kommuner()
    assert len(k) == 290
    assert len(set(k.values())) == 290
    assert all(len(code) == 4 and code.isdigit() for code in k.values())
    assert k["Kungsbacka"] == "1384"
    assert {"Berg", "Östersund", "Arboga", "Upplands Väsby"} <= set(k)


def test_kommun_forms_include_genitive() -> None:
    forms = gazetteers.kommun_forms()
    assert forms["Bergs kommun"] == "Berg"
    assert forms["Östersunds kommun"] == "Östersund"
    assert forms["Borås kommun"] == "Borås"  # no extra genitive s after s
    assert forms["Malmö stad"] == "Malmö"


def test_21_regions_one_per_lan() -> None:
    regs = gazetteers.regions()
    assert len(regs) == 21
    assert len({r.code for r in regs}) == 21
    assert all(r.lan.endswith("län") for r in regs)


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("Region Västmanland", "Region Västmanland"),
        ("Västra Götalandsregionen", "Västra Götalandsregionen"),
        ("Region Jämtland Härjedalen", "Region Jämtland Härjedalen"),
        ("Jämtlands län", "Region Jämtland Härjedalen"),
        ("Region Jönköpings län", "Region Jönköpings län"),
        ("Jönköpings län", "Region Jönköpings län"),
        ("Västernorrland", "Region Västernorrland"),
        ("Skåne", "Region Skåne"),
        ("Örebro", "Region Örebro län"),  # ambiguous bare form, still resolvable
    ],
)
def test_region_forms(form: str, canonical: str) -> None:
    assert gazetteers.canonical_region(form) == canonical


def test_ambiguous_region_forms_are_kommuner_too() -> None:
    for form in gazetteers.region_ambiguous_forms():
        assert form in gazetteers.kommuner(), form
    assert "Örebro" not in gazetteers.region_forms()


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("(s)", "S"),
        ("(kd)", "KD"),
        ("KD", "KD"),
        ("Kd", "KD"),
        ("(M)", "M"),
        ("Moderaterna", "M"),
        ("Socialdemokraterna", "S"),
        ("Kristdemokraterna", "KD"),
        ("Liberalerna", "L"),
        ("FP", "L"),
        ("Folkpartiet", "L"),
        ("MP", "MP"),
        ("Miljöpartiet", "MP"),
        ("SD", "SD"),
        ("KB", "KB"),  # local: Kungsbackaborna
        ("Kungsbackaborna", "KB"),
    ],
)
def test_party_forms(printed: str, code: str) -> None:
    assert gazetteers.normalize_party(printed) == code


@pytest.mark.parametrize("printed", ["SKR", "(LSS)", "NPÖ", "", None, "Region"])
def test_not_parties(printed: str | None) -> None:
    assert gazetteers.normalize_party(printed) is None


def test_local_parties_from_a_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "local.csv"
    extra.write_text("code,name,forms\nSPI,Sjukvårdspartiet,SPI|Sjukvårdspartiet\n", encoding="utf-8")
    monkeypatch.setenv("ARKIV_LOCAL_PARTIES_FILE", str(extra))
    gazetteers.parties.cache_clear()
    gazetteers.party_forms.cache_clear()
    try:
        assert gazetteers.normalize_party("(SPI)") == "SPI"
        assert gazetteers.normalize_party("KB") == "KB"
        assert any(p.local and p.code == "SPI" for p in gazetteers.parties())
    finally:
        monkeypatch.delenv("ARKIV_LOCAL_PARTIES_FILE")
        gazetteers.parties.cache_clear()
        gazetteers.party_forms.cache_clear()
    assert gazetteers.normalize_party("(SPI)") is None


def test_first_names() -> None:
    names = gazetteers.first_names()
    assert len(names) > 2000
    assert {"Anna", "Lars", "Elsy", "Lisbet", "Åsa", "Olivia"} <= names
    assert {"Emir", "Amra", "Arben", "Dragan"} <= names  # the former Yugoslavia, Kosovo, Albania
    assert "Region" not in names and "Kommun" not in names


def test_organ_words() -> None:
    words = gazetteers.organ_words()
    assert {"nämnd", "styrelse", "utskott", "fullmäktige", "beredning", "råd", "samverkansgrupp"} <= set(
        words
    )
