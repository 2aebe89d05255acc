"""The justerare a kallelse proposes on its "Val av justerare" point (session 12).

Each case is one wording of the proposal under the point, in an HTML portal page and in a text export:
"Förslag: A och B med C och D som ersättare", "Förslag till justerare: …", "Ordinarie: … / Ersättare: …",
"… föreslås justera protokollet", "Presidiet föreslår att … utses att justera", a "Justerare:" label, or
the names alone; a comma may stand before the substitutes ("…, med C som ersättare"). The proposed pair
are the justerare — never their substitutes — and the lines under the title are the point's text, not
words of its title. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_WORDINGS = {
    "proposal_with_substitutes": "Förslag: Anna Ek (S) och Bo Berg (M) med Eva Lind (C) och Per Holm (KD)"
    " som ersättare.",
    "proposal_label": "Förslag till justerare: Anna Ek (S) och Bo Berg (M)."
    " Justering sker den 20 december 2026.",
    "ordinary_and_substitute_lines": "Ordinarie: Anna Ek (S), Bo Berg (M)\n"
    "Ersättare: Eva Lind (C), Per Holm (KD)",
    "proposed_to_adjust": "Anna Ek (S) och Bo Berg (M) föreslås justera"
    " protokollet tisdagen den 22 december.",
    "presidium_proposes": "Presidiet föreslår att Anna Ek (S) och Bo Berg (M) utses att justera protokollet.",
    "justerare_label": "Justerare: Anna Ek (S) och Bo Berg (M)\nJustering: 2026-12-20",
    "names_alone": "Anna Ek (S) och Bo Berg (M)",
    # a comma before the substitutes' "med": the lower-case word after it is no name of the list
    "comma_before_one_substitute": "Förslag: Anna Ek (S) och Bo Berg (M), med Eva Lind (C) som ersättare."
    " Justering sker i kommunhuset 2026-12-21 kl. 13.00.",
    "comma_before_two_substitutes": "Förslag: Anna Ek (S) och Bo Berg (M), med Eva Lind (C) och Per Holm (KD)"
    " som ersättare.",
    "comma_list_then_substitutes": "Anna Ek (S), Bo Berg (M), samt Eva Lind (C) som ersättare, föreslås"
    " justera protokollet.",
}
_OTHERS = [
    ("Budget 2027", "Kommunstyrelsen föreslår fullmäktige att anta budgeten."),
    ("Taxor 2027", "Förslag till beslut enligt tjänsteskrivelse."),
]
_TITLE = "Val av justerare och tid för justering"


def _html(body: str) -> str:
    points = [(_TITLE, body), *_OTHERS]
    items = "".join(
        f"<li><h3>{t}</h3>" + "".join(f"<p>{x}</p>" for x in b.split("\n")) + "</li>" for t, b in points
    )
    return (
        "<html><head><title>Kommunfullmäktige 2026-12-16 - Testby kommun</title></head><body><main>"
        "<h1>Kallelse till kommunfullmäktige</h1><p>Kommunfullmäktige sammanträder den 16 december 2026.</p>"
        f"<h2>Ärenden</h2><ol>{items}</ol></main></body></html>"
    )


def _text(body: str) -> str:
    points = "".join(f"\n\n{k + 2}. {t}\n{b}" for k, (t, b) in enumerate(_OTHERS))
    return (
        "Testby kommun\nKALLELSE\nKommunfullmäktige\nDatum: 2026-12-16 kl. 18.30\n\nÄrenden\n\n"
        f"1. {_TITLE}\n{body}{points}\n\nAnna Ordf (S)\nOrdförande\n"
    )


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize("wording", sorted(_WORDINGS))
def test_proposed_justerare(tmp_path: Path, wording: str, fmt: str) -> None:
    body = _WORDINGS[wording]
    path = tmp_path / f"testby_kommunfullmaktige_2026-12-16_kallelse_{wording}.{fmt}"
    path.write_text(_html(body) if fmt == "html" else _text(body), encoding="utf-8")
    ex = extract_file(path)
    assert [it.title for it in ex.items] == [_TITLE, *(t for t, _ in _OTHERS)]
    justerare = [sorted(a.person for a in it.actions if a.kind == "justerare") for it in ex.items]
    assert justerare == [["Anna Ek", "Bo Berg"], [], []]


def test_a_title_broken_inside_a_name_goes_on() -> None:
    from indexer.segment.common import continues_title

    title = "Avsägelse av uppdrag som ledamot i valnämnden - Marita"
    assert continues_title(title, "Barkhage Foster (V)", 80)
    assert not continues_title("Val av justerare och tid för justering", "Anna Ek (S) och Bo Berg (M)", 80)
    assert not continues_title("Val av justerare", "Justerare: Anna Ek (S)", 80)
