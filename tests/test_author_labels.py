"""A matter's author named by a label under its point: "Motionär: Sofie Gran (V).", "Motionärer: Anna Ek
(S) och Bo Berg (M)", "Interpellant: …", "Frågeställare: …", "Förslagsställare: …". The author raised the
matter, as "Motionären Sofie Gran (V)" in a sentence says. Each case in a kallelse (text and web page)
and in a protocol. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_LABELS = {
    "motionar": ("Motion om gratis kollektivtrafik", "Motionär: Sofie Gran (V).", ["Sofie Gran"]),
    "motionarer": (
        "Motion om fler laddplatser",
        "Motionärer: Anna Ek (S) och Bo Berg (M).",
        ["Anna Ek", "Bo Berg"],
    ),
    "interpellant": ("Interpellation om skolskjutsar", "Interpellant: Per Holm (C)", ["Per Holm"]),
    "fragestallare": ("Fråga om vägbelysning", "Frågeställare: Eva Lind (KD).", ["Eva Lind"]),
}
_TEXT = "Förslag till beslut: Nämnden föreslår fullmäktige att avslå motionen."


def _kallelse_txt(title: str, label: str) -> str:
    return (
        "Testby kommun\nKALLELSE\nKommunstyrelsen\nDatum: 2026-12-16 kl. 13.00\n\nÄrenden\n\n"
        f"1. Val av justerare\n\n2. {title}\nDnr KS 2026/12\n{label} {_TEXT}\n\n3. Budget 2027\n\n"
        "Anna Ordf (S)\nOrdförande\n"
    )


def _kallelse_html(title: str, label: str) -> str:
    points = [("Val av justerare", ""), (title, f"<p>{label} {_TEXT}</p>"), ("Budget 2027", "")]
    items = "".join(f"<li><h3>{t}</h3>{b}</li>" for t, b in points)
    return (
        "<html><head><title>Kommunstyrelsen 2026-12-16 - Testby kommun</title></head><body><main>"
        "<h1>Kallelse till kommunstyrelsen</h1><p>Kommunstyrelsen sammanträder den 16 december 2026.</p>"
        f"<h2>Ärenden</h2><ol>{items}</ol></main></body></html>"
    )


def _protokoll_txt(title: str, label: str) -> str:
    return (
        "Testby kommun\nPROTOKOLL\nKommunstyrelsen\nDatum: 2026-12-16\n\n"
        "Beslutande\nAnna Ordf (S), ordförande\n"
        "Sofie Gran (V)\nAnna Ek (S)\nBo Berg (M)\nPer Holm (C)\nEva Lind (KD)\n\n"
        "§ 1 Val av justerare\nBo Berg (M) utses att justera protokollet.\n\n"
        f"§ 2 {title}\nDnr KS 2026/12\n{label}\nKommunstyrelsen beslutar att avslå motionen.\n\n"
        "§ 3 Budget 2027\nKommunstyrelsen beslutar att anta budgeten.\n"
    )


@pytest.mark.parametrize("fmt", ["kallelse.txt", "kallelse.html", "protokoll.txt"])
@pytest.mark.parametrize("case", sorted(_LABELS))
def test_author_label(tmp_path: Path, case: str, fmt: str) -> None:
    title, label, authors = _LABELS[case]
    kind, ext = fmt.split(".")
    maker = {"kallelse.txt": _kallelse_txt, "kallelse.html": _kallelse_html, "protokoll.txt": _protokoll_txt}[
        fmt
    ]
    path = tmp_path / f"testby_kommunstyrelsen_2026-12-16_{kind}_{case}.{ext}"
    path.write_text(maker(title, label), encoding="utf-8")
    ex = extract_file(path)
    assert [it.title for it in ex.items][1] == title
    raised = [sorted(a.person for a in it.actions if a.kind == "raised") for it in ex.items]
    assert raised == [[], authors, []]


def test_a_member_after_the_single_author_is_no_author(tmp_path: Path) -> None:
    """ "Motionären Sofie Gran (V) och Bo Berg (M) yrkar bifall": one author; the other only speaks."""
    path = tmp_path / "testby_kommunstyrelsen_2026-12-16_protokoll_one.txt"
    body = "Motionären Sofie Gran (V) och Bo Berg (M) yrkar bifall till motionen."
    path.write_text(_protokoll_txt("Motion om gratis kollektivtrafik", body), encoding="utf-8")
    ex = extract_file(path)
    assert sorted(a.person for a in ex.items[1].actions if a.kind == "raised") == ["Sofie Gran"]
