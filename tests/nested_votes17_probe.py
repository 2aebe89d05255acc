"""Invented probe: a voteringslista inside a layout table, beside or under a "§ 32 forts." label (for
`tests/test_notes17.py`).

A protocol's template may set the continued paragraph's label in a table's left cell and the whole
voteringslista, a table of its own, in the right one (or the label over the list in one cell). Read as
one row of the outer table, the list's cells ran together and its empty cells were lost, so no X stood
under Ja, Nej or Avstår any more. Built as a web page and a Word file; every name is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import docx

VOTERS = [
    ("Anna Ekholm", "S", "ja"),
    ("Bo Lindgren", "S", "ja"),
    ("Carl Bergsten", "C", "nej"),
    ("Dora Holmqvist", "M", "nej"),
    ("Erik Sandell", "M", "avstår"),
    ("Fia Nordling", "SD", "nej"),
    ("Gustav Rosell", "V", "ja"),
]
VOTES = {n: v for n, _p, v in VOTERS}
ITEMS = ["§31", "§32", "§33"]
_HEAD = ["Testkommun", "Kommunfullmäktige", "Protokoll 2026-04-14", "Närvarande beslutande"]
_BEFORE = [
    *_HEAD,
    *(f"{n} ({p})" for n, p, _v in VOTERS),
    "§ 31 Val av justerare",
    "Bo Lindgren (S) utses att justera protokollet.",
    "§ 32 Ny förskola i Norrby",
    "Dnr KS 2026/45",
    "Yrkanden",
    "Anna Ekholm (S) yrkar bifall till förslaget.",
    "Dora Holmqvist (M) yrkar avslag.",
    "Omröstning begärs och verkställs. Ja-röst för bifall, nej-röst för avslag. Med 3 ja mot 3 nej och 1 "
    "som avstår bifaller fullmäktige förslaget genom ordförandens utslagsröst.",
]
_AFTER = [
    "Beslut",
    "Fullmäktige bifaller förslaget.",
    "§ 33 Anmälan av delegationsbeslut",
    "Anmälan noteras.",
]
_ROWS = [("Ledamot", "Parti", "Ja", "Nej", "Avstår")] + [
    (n, p, *("X" if v == w else "" for w in ("ja", "nej", "avstår"))) for n, p, v in VOTERS
]
_STEM = "testkommun_kommunfullmaktige_2026-04-14_protokoll"


def _html(tmp: Path, label: str, beside: bool) -> Path:
    inner = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in _ROWS
    ) + "</table>"  # fmt: skip
    if beside:
        outer = f"<table><tr><td>{label}</td><td>{inner}</td></tr></table>"
    else:
        outer = f"<table><tr><td><p>{label}</p><p>Voteringslista</p>{inner}</td></tr></table>"
    paras = ["".join(f"<p>{html.escape(x)}</p>" for x in lines) for lines in (_BEFORE, _AFTER)]
    path = tmp / f"{_STEM}.html"
    path.write_text(f"<html><body><main>{paras[0]}{outer}{paras[1]}</main></body></html>", encoding="utf-8")
    return path


def _docx(tmp: Path, label: str, beside: bool) -> Path:
    d = docx.Document()
    for x in _BEFORE:
        d.add_paragraph(x)
    outer = d.add_table(rows=1, cols=2 if beside else 1)
    cell = outer.rows[0].cells[-1]
    if beside:
        outer.rows[0].cells[0].text = label
    else:
        cell.paragraphs[0].text = label
        cell.add_paragraph("Voteringslista")
    inner = cell.add_table(rows=0, cols=len(_ROWS[0]))
    for r in _ROWS:
        for c, t in zip(inner.add_row().cells, r, strict=True):
            c.text = t
    for x in _AFTER:
        d.add_paragraph(x)
    path = tmp / f"{_STEM}.docx"
    d.save(str(path))
    return path


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "html_beside": lambda t: _html(t, "§ 32 forts.", True),
    "html_beside_no_label": lambda t: _html(t, "", True),
    "html_beside_tight": lambda t: _html(t, "§32 forts", True),
    "html_over": lambda t: _html(t, "§ 32 forts.", False),
    "docx_beside": lambda t: _docx(t, "§ 32 forts.", True),
    "docx_beside_bracket": lambda t: _docx(t, "§ 32 (forts.)", True),
    "docx_over": lambda t: _docx(t, "§ 32 forts.", False),
}
