"""The justerare of a protocol, however its first page or first § names them (session 13).

Each case is one way Swedish protocols print who adjusts the minutes: a header row ("Justerare", "Utses
att justera", "Att justera", "Protokollsjusterare", "Justerande"), with or without a colon, with a
substitute after the pair, or in the first §'s text ("… utses att jämte ordföranden justera", "Till
justerare utsågs …", "Nämnden utser … att justera"). The justerare are the named members — never the
substitute, never a place or a time ("Justering: Kommunhuset 2026-11-20"). Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_HEAD = (
    "Testby kommun\nSammanträdesprotokoll\nSocialnämnden\n\n"
    "Plats och tid\tKommunhuset, Testby, 2026-11-18 kl. 13.00–15.30\n"
    "Beslutande\tLena Holm (S), ordförande\n\tAnna Ek (S)\n\tBo Berg (M)\n\tEva Lind (C)\n\tPer Holm (KD)\n"
    "Övriga\tMaja Sjödin, nämndsekreterare\n"
)
_POINTS = (
    "\n§ 2\tDnr SN 2026/44\nBudget 2027\nNämnden beslutar att anta budgeten.\n"
    "\n§ 3\tDnr SN 2026/51\nTaxor 2027\nNämnden beslutar att anta taxorna.\n"
)
_SIGN = "\nJusterandes signatur\n\nVid protokollet\nMaja Sjödin\n"

#: (the header's lines under the attendance, the first §'s text): two justerare, Anna Ek and Bo Berg
_FORMS = {
    "tab_label": ("Justerare\tAnna Ek (S) och Bo Berg (M)\n", "Protokollet justeras enligt ovan."),
    "colon_label": ("Justerare: Anna Ek (S), Bo Berg (M)\n", "Protokollet justeras enligt ovan."),
    "utses_label": ("Utses att justera\tAnna Ek (S) och Bo Berg (M)\n", "Justerare utses enligt ovan."),
    "att_justera": ("Att justera: Anna Ek (S) och Bo Berg (M)\n", "Justerare utses enligt ovan."),
    "protokollsjusterare": ("Protokollsjusterare: Anna Ek (S) och Bo Berg (M)\n", "Justerare utses."),
    "justerande": ("Justerande\tAnna Ek (S)\n\tBo Berg (M)\n", "Justerare utses enligt ovan."),
    "substitute_after": (
        "Justerare\tAnna Ek (S) och Bo Berg (M), ersättare Eva Lind (C)\n",
        "Protokollet justeras enligt ovan.",
    ),
    "in_the_paragraph": (
        "Justering\tKommunhuset 2026-11-20 kl. 15.00\n",
        "Anna Ek (S) och Bo Berg (M) utses att jämte ordföranden justera dagens protokoll.",
    ),
    "till_justerare_utsags": (
        "Justeringens tid och plats\tKommunhuset 2026-11-20\n",
        "Till justerare utsågs Anna Ek (S) och Bo Berg (M).",
    ),
    "namnden_utser": (
        "Justering\t2026-11-20\n",
        "Nämnden utser Anna Ek (S) och Bo Berg (M) att justera protokollet.",
    ),
    "valdes_att_justera": ("", "Anna Ek (S) och Bo Berg (M) valdes att justera protokollet."),
}


@pytest.mark.parametrize("form", sorted(_FORMS))
def test_the_justerare_are_the_named_pair(tmp_path: Path, form: str) -> None:
    head, first = _FORMS[form]
    text = _HEAD + head + f"\n§ 1\nVal av justerare\n{first}\n" + _POINTS + _SIGN
    path = tmp_path / f"testby_socialnamnden_2026-11-18_protokoll_{form}.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    got = {a.person for it in ex.items for a in it.actions if a.kind == "justerare"}
    assert got == {"Anna Ek", "Bo Berg"}, form
