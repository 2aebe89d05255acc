"""Who adjusts notes, in the sentences and labels notes use (session 13).

Notes of a råd name their justerare in a sentence of the first point or a label of the cover: "Anteckningarna
justeras av Anna Ek", "Till justerare jämte ordföranden utsågs Anna Ek", "Justerare för dagens möte: Anna
Ek", "Att justera anteckningarna utsågs …", "… valdes att justera anteckningarna", "Justeras: …". The named
member is the justerare, on the point where they were chosen; the chair they sign beside is not. Every
text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_FORMS = {
    "justeras_av_sentence": "Anteckningarna justeras av Anna Ek, PRO.",
    "justeras_label": "Justeras: Anna Ek",
    "att_justera_utsags": "Att justera anteckningarna utsågs Anna Ek.",
    "justerare_for_dagens": "Justerare för dagens möte: Anna Ek",
    "valdes_att_justera": "Anna Ek valdes att justera anteckningarna.",
    "jamte_ordforanden": "Till justerare jämte ordföranden utsågs Anna Ek.",
}


@pytest.mark.parametrize("form", sorted(_FORMS))
def test_the_named_member_is_the_justerare(tmp_path: Path, form: str) -> None:
    text = (
        "Minnesanteckningar från Kommunala pensionärsrådet\n\nDatum: 2026-02-05\n"
        "Närvarande: Lena Holm (S), ordförande; Anna Ek, PRO; Karl Berg, SPF Seniorerna\n\n"
        f"**Mötets öppnande**\nOrdföranden öppnade mötet. {_FORMS[form]}\n\n"
        "**Information om hemtjänsten**\nEnhetschef Eva Lind informerade om hemtjänsten.\n\n"
        "**Övriga frågor**\nInga övriga frågor.\n\nVid anteckningarna\nMaja Sjödin\n"
    )
    path = tmp_path / f"testby_kpr_2026-02-05_minnesanteckningar_{form}.md"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    got = [(it.number, a.person) for it in ex.items for a in it.actions if a.kind == "justerare"]
    assert got == [("1", "Anna Ek")]
