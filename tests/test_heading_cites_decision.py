"""A § heading whose title names the decision it changes (session 15, lead15b; probe written first).

"§ 13 Ändring av beslut 2026-02-10 § 4" carries a second § in its title: a date, a decision or a body's
code before it says it cites a decision. An attendance line ("Stina Wikström, planarkitekt, § 288") also
ends with a §, after a name and a role: it stays no heading. Each as a text export and a portal page.
Every text is invented.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from indexer.extract import extract_file

_TITLES = [
    "Ändring av beslut 2026-02-10 § 4",
    "Upphävande av KF 2025 § 45",
    "Rättelse av protokoll § 12",
    "Ändring av kommunstyrelsens beslut, KS § 88",
]


def _lines(title: str) -> list[str]:
    return [
        "PROTOKOLL",
        "Kommunstyrelsen",
        "Sammanträdesdatum 2026-03-10",
        "Övriga närvarande",
        "Stina Wikström, planarkitekt, § 288",
        "",
        "§ 12 Val av justerare",
        "Anna Ek (S) utses att justera protokollet.",
        "",
        f"§ 13 {title}",
        "Kommunstyrelsen ändrar sitt tidigare beslut enligt förvaltningens förslag.",
        "",
        "§ 14 Budget 2027",
        "Kommunstyrelsen fastställer budgeten.",
    ]


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize("title", _TITLES)
def test_a_title_citing_a_decision_is_a_heading(tmp_path: Path, title: str, fmt: str) -> None:
    lines = _lines(title)
    path = tmp_path / f"testby_kommunstyrelsen_2026-03-10_protokoll.{fmt}"
    if fmt == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        tags = [("h2" if ln.startswith("§") else "p", html.escape(ln)) for ln in lines if ln]
        body = "".join(f"<{t}>{ln}</{t}>" for t, ln in tags)
        path.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [
        ("§12", "Val av justerare"),
        ("§13", title),
        ("§14", "Budget 2027"),
    ]
