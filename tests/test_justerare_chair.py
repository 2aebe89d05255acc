"""Whom a protocol or notes name as justerare, and when the chair is one (session 14).

The chair signs every protocol by office. Where a document says whom it chose to adjust it ("Val av
justerare", "valdes att justera … tillsammans med ordföranden", a head block's "Justerare"), only those are
justerare, though the chair signs under "Justeras" beside them. Where it chooses no one and its adjusting
signatures stand under "Justeras" (notes), everyone signing there is justerare, the chair included
(GOLD_FORMAT). Each case as plain text and as an HTML page. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_CHAIR, _MEMBER = "Ella Kuoljok", "Moa Grönlund"
_PRESENT = [f"{_CHAIR} (C), ordförande", f"{_MEMBER} (S)", "Noah Blind (M)", "Saga Pavval (V)"]

# (case, text of the first point or None, signature names under "Justeras", expected justerare)
_CASES = [
    (
        "chosen in a point",
        f"{_MEMBER} valdes att justera anteckningarna tillsammans med ordföranden.",
        [_CHAIR, _MEMBER],
        {_MEMBER},
    ),
    (
        "chosen with 'jämte ordföranden'",
        f"{_MEMBER} (S) utses att jämte ordföranden justera protokollet.",
        [_CHAIR, _MEMBER],
        {_MEMBER},
    ),
    ("no one chosen, the chair signs alone", None, [_CHAIR], {_CHAIR}),
    ("no one chosen, two sign", None, [_CHAIR, _MEMBER], {_CHAIR, _MEMBER}),
    # captioned signatures (session 15, kommuner54's kind): a caption naming an office is no choice of
    # justerare; one naming "justerare" beside the chair's is
    (
        "no one chosen, two sign with their offices",
        None,
        [f"{_CHAIR}, ordförande", f"{_MEMBER}, vice ordförande"],
        {_CHAIR, _MEMBER},
    ),
    (
        "no one chosen, the chair and a member with a party",
        None,
        [f"{_CHAIR} (C), ordförande", f"{_MEMBER} (S), ledamot"],
        {_CHAIR, _MEMBER},
    ),
    (
        "the chair beside a justerare's caption",
        None,
        [f"{_CHAIR}, ordförande", f"{_MEMBER}, justerare"],
        {_MEMBER},
    ),
]


def _lines(first: str | None, signers: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    head = ["Minnesanteckningar pensionärsrådet", "Datum: 2026-05-06 kl. 16.00", "", "Närvarande:", *_PRESENT]
    points = [("Val av justerare", first)] if first else []
    points += [
        ("Bostäder för äldre", "Noah Blind berättade om planerna för nya trygghetsboenden."),
        ("Övrigt", "Inga övriga frågor."),
    ]
    return head, points


def _text(first: str | None, signers: list[str]) -> str:
    head, points = _lines(first, signers)
    body = [f"{n}. {t}\n{x}\n" for n, (t, x) in enumerate(points, 1)]
    sign = ["Vid anteckningarna", "", "Kristina Spik, sekreterare", "", "Justeras", ""]
    sign.append("      ".join(signers))
    return "\n".join([*head, "", *body, *sign, ""])


def _html(first: str | None, signers: list[str]) -> str:
    head, points = _lines(first, signers)
    present = "<ul>" + "".join(f"<li>{p}</li>" for p in _PRESENT) + "</ul>"
    body = "".join(f"<h2>{t}</h2><p>{x}</p>" for t, x in points)
    sign = "<p>Vid anteckningarna</p><p>Kristina Spik, sekreterare</p><p>Justeras</p>"
    sign += f"<p>{' &nbsp; '.join(signers)}</p>"
    return (
        f"<html><head><title>{head[0]}</title></head><body><main><h1>{head[0]}</h1><p>{head[1]}</p>"
        f"<h2>Närvarande</h2>{present}{body}{sign}</main></body></html>"
    )


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize(("case", "first", "signers", "expected"), _CASES, ids=[c[0] for c in _CASES])
def test_the_chair_is_justerare_only_where_no_one_is_chosen(
    tmp_path: Path, fmt: str, case: str, first: str | None, signers: list[str], expected: set[str]
) -> None:
    path = tmp_path / f"testby_pensionarsradet_2026-05-06_minnesanteckningar.{fmt}"
    path.write_text((_text if fmt == "txt" else _html)(first, signers), encoding="utf-8")
    ex = extract_file(path)
    found = {a.person for it in ex.items for a in it.actions if a.kind == "justerare"}
    assert found == expected, case


_KALLELSE_HEAD = [
    "Justerare           Förslag: Erik Holmström (C)",
    "Justerare: Förslag: Erik Holmström (C)",
    "Justerare           Ordinarie: Erik Holmström (C)",
    "Förslag till justerare: Erik Holmström (C)",
]


@pytest.mark.parametrize("line", _KALLELSE_HEAD)
def test_a_kallelse_head_names_its_proposed_justerare_after_a_word_of_what_he_is(
    tmp_path: Path, line: str
) -> None:
    text = "\n".join(
        [
            "Testby kommun                                         KALLELSE",
            "Kommunstyrelsens arbetsutskott",
            "",
            "Kallelse till sammanträde",
            "Tid                 Tisdag 7 april 2026 kl. 08.30",
            "Plats               Kommunkontoret",
            line,
            "",
            "Nr      Ärende                                     Föredragande",
            "1       Val av justerare",
            "2       Ekonomisk månadsrapport mars 2026           Ekonomichef Sara Burström",
            "",
        ]
    )
    path = tmp_path / "testby_kommunstyrelsens-arbetsutskott_2026-04-07_kallelse.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    found = {(it.number, a.person) for it in ex.items for a in it.actions if a.kind == "justerare"}
    assert found == {("1", "Erik Holmström")}
