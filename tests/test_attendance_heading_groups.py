"""The attendance list of notes set under headings, group by group (session 13).

A portal's notes (or a converter's markdown) set "Närvarande" as a heading and each group under it as a
smaller one: a block header with what it qualifies ("Ledamöter i ungdomsrådet"), or a group named by who
they are ("Från kommunen", "Övriga"), each over a list of names. Everyone listed is a person of the
meeting, with the group's role; a råd's chair without a party is no official. Two signatures side by side
under "Justeras" are two people. Each case as an HTML page and as markdown. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_GROUPS = [
    ("Ledamöter i ungdomsrådet", ["Ella Kuoljok, ordförande", "Noah Blind", "Saga Pavval", "Moa Grönlund"]),
    ("Från kommunen", ["Robert Sandberg (S), kommunalråd", "Kristina Spik, ungdomssamordnare"]),
    ("Övriga", ["Hanna Länta, barnmorska, Region Norrbotten"]),
]
_POINTS = [
    ("Mötet öppnas", "Ella Kuoljok öppnade mötet."),
    ("Sommarjobb", "Kristina Spik informerade om sommarjobben. Noah Blind frågade om åldersgränsen."),
    ("Övrigt", "Inga övriga frågor."),
]
_SIGNED = ("Vid anteckningarna", "Kristina Spik, ungdomssamordnare", "Justeras", "Ella Kuoljok Moa Grönlund")


def _html() -> str:
    groups = "".join(
        f"<h3>{g}</h3><ul>" + "".join(f"<li>{n}</li>" for n in names) + "</ul>" for g, names in _GROUPS
    )
    points = "".join(f"<h2>{t}</h2><p>{x}</p>" for t, x in _POINTS)
    signed = "".join(f"<p>{x}</p>" for x in _SIGNED)
    return (
        "<html><head><title>Minnesanteckningar ungdomsrådet 6 maj 2026 - Testby kommun</title></head><body>"
        "<main><h1>Minnesanteckningar ungdomsrådet 6 maj 2026</h1><p>Tid: onsdag 6 maj 2026 kl. 16.00</p>"
        f"<h2>Närvarande</h2>{groups}{points}{signed}</main></body></html>"
    )


def _markdown() -> str:
    lines = ["# Minnesanteckningar ungdomsrådet 6 maj 2026", "", "Tid: onsdag 6 maj 2026 kl. 16.00", ""]
    lines += ["## Närvarande", ""]
    for g, names in _GROUPS:
        lines += [f"### {g}", "", *(f"- {n}" for n in names), ""]
    for t, x in _POINTS:
        lines += [f"## {t}", "", x, ""]
    return "\n".join([*lines, _SIGNED[0], _SIGNED[1], "", _SIGNED[2], _SIGNED[3], ""])


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_everyone_listed_under_the_group_headings_is_a_person(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"testby_ungdomsradet_2026-05-06_anteckningar.{fmt}"
    path.write_text(_html() if fmt == "html" else _markdown(), encoding="utf-8")
    ex = extract_file(path)
    people = {p.name: p for p in ex.persons}
    listed = {n.split(",")[0].split(" (")[0] for _, names in _GROUPS for n in names}
    assert listed <= set(people), sorted(listed - set(people))
    assert "ordförande" in people["Ella Kuoljok"].roles
    assert "tjänsteperson" not in people["Ella Kuoljok"].roles
    assert "ledamot" in people["Saga Pavval"].roles
    assert people["Robert Sandberg"].party == "S"
    assert [it.title for it in ex.items] == [t for t, _ in _POINTS]
    # "Justeras" over the chair and one member: both sign (whether the chair is a justerare, golds disagree)
    assert "Moa Grönlund" in {a.person for it in ex.items for a in it.actions if a.kind == "justerare"}
