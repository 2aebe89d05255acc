"""Authors whose first name is also a Swedish word ("Sten", "Bo", "Hans", "Per", "Mark") named after the
matter they wrote: "Medborgarförslag från Sten Aronsson om …", "Svar på motion av Bo Lind om …".

Such a first name is read as a name only where something shows a person (a title before it, another
name listed with it); "från" or "av" right after a matter someone authors — a motion, a
medborgarförslag, an interpellation, an e-förslag — shows one too: a matter is written by a person.
Each case a kallelse in text and as a web page. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_TITLES = [
    ("Medborgarförslag från Sten Aronsson om gatubelysning längs Ölsbergavägen", "Sten Aronsson"),
    ("Svar på medborgarförslag från Hans Ek om en hundrastgård", "Hans Ek"),
    ("Svar på motion av Bo Lind om fler laddplatser", "Bo Lind"),
    ("E-förslag från Mark Olsson om belysning i parken", "Mark Olsson"),
    ("Interpellation från Per Holm om skolskjutsar", "Per Holm"),
]


def _text(title: str) -> str:
    return (
        "Testby kommun\nKALLELSE\nKommunfullmäktige\nDatum: 2026-12-16 kl. 18.30\n\nÄrenden\n\n"
        f"1. Val av justerare\n\n2. {title}\nDnr KS 2026/12\n\n3. Budget 2027\n\nAnna Ordf (S)\nOrdförande\n"
    )


def _html(title: str) -> str:
    items = "".join(f"<li>{t}</li>" for t in ("Val av justerare", title, "Budget 2027"))
    return (
        "<html><head><title>Kommunfullmäktige 2026-12-16 - Testby kommun</title></head><body><main>"
        "<h1>Kallelse till kommunfullmäktige</h1><p>Kommunfullmäktige sammanträder den 16 december 2026.</p>"
        f"<h2>Ärenden</h2><ol>{items}</ol></main></body></html>"
    )


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize("case", range(len(_TITLES)))
def test_author_with_a_word_first_name(tmp_path: Path, case: int, fmt: str) -> None:
    title, author = _TITLES[case]
    path = tmp_path / f"testby_kommunfullmaktige_2026-12-16_kallelse_{case}.{fmt}"
    path.write_text(_text(title) if fmt == "txt" else _html(title), encoding="utf-8")
    ex = extract_file(path)
    assert [it.title for it in ex.items] == ["Val av justerare", title, "Budget 2027"]
    raised = [sorted(a.person for a in it.actions if a.kind == "raised") for it in ex.items]
    assert raised == [[], [author], []]
    assert author in {p.name for p in ex.persons}


def test_a_word_first_name_elsewhere_stays_a_word(tmp_path: Path) -> None:
    """ "Sten" opening a place's name or a sentence is no person's first name."""
    path = tmp_path / "testby_kommunfullmaktige_2026-12-16_kallelse_ord.txt"
    path.write_text(
        _text("Upprustning av Sten Sture-parken och bron från Sten Sture-torget"), encoding="utf-8"
    )
    ex = extract_file(path)
    assert not [p.name for p in ex.persons if p.name.startswith("Sten")]
