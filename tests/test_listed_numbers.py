"""Case numbers an item lists rather than carries (session 15; probe written before the rule).

A § reporting delegation decisions or received documents lists other ärenden — each row's number is a
reference (GOLD_FORMAT), but for the report's own number where its text opens with one. A § announcing new
motions prints their numbers in a column headed "Diarienr": bare numbers there are case numbers, and the
item's own (their ärenden begin there). A § that only discusses a case keeps the numbers its text gives,
as before. Each case as a text export (table cells parted by tabs) and as a portal page. Every text is
invented.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from indexer.extract import extract_file

_HEAD = [
    "PROTOKOLL",
    "Kommunstyrelsen",
    "Sammanträdesdatum 2026-03-10",
    "Plats och tid: Kommunhuset, kl. 13.00–15.00",
    "",
]
#: (title, body lines (tab = table cell), the item's own numbers as printed)
_ITEMS = {
    "delegation": (
        "Anmälan av delegationsbeslut",
        [
            "Följande delegationsbeslut anmäls:",
            "Kommundirektören: Yttrande över ansökan om kameraövervakning, KS/2026:8",
            "Kommunsekreteraren: Utlämnande av allmän handling med förbehåll, KS/2026:21",
            "Ekonomichefen: Upptagande av lån inom fastställd ram, KS/2025:402",
            "Beslut",
            "Kommunstyrelsen noterar redovisningen.",
        ],
        [],
    ),
    "delegation_own": (
        "Redovisning av delegationsbeslut",
        [
            "Dnr KS 2026/5",
            "Beslut enligt delegation under februari:",
            "Tillstånd för grävning i Storgatan, KS 2026/61",
            "Avskrivning av ärende om bidrag, KS 2025/388",
            "Beslut",
            "Redovisningen läggs till handlingarna.",
        ],
        ["KS 2026/5"],
    ),
    "meddelanden": (
        "Meddelanden",
        [
            "Länsstyrelsens beslut om tillsyn av överförmyndaren, KS 2026/77",
            "Protokoll från kommunala pensionärsrådet, KS 2026/12",
            "Beslut",
            "Meddelandena läggs till handlingarna.",
        ],
        [],
    ),
    "new_motions": (
        "Anmälan av motioner och medborgarförslag",
        [
            "Följande har inkommit och remitteras till kommunstyrelsen:",
            "Ärende\tDiarienr\tInlämnad av",
            "Motion om fler platser på särskilt boende\t2026/104\tRitva Sandberg (SD)",
            "Medborgarförslag om seniorgym i Norrby\t2026/107\tMedborgare",
            "Beslut",
            "Kommunstyrelsen noterar anmälan.",
        ],
        ["2026/104", "2026/107"],
    ),
    "discussed": (
        "Budgetramar 2027–2029",
        [
            "Ärendet gäller budgetramar för åren 2027–2029, KS 2026/31.",
            "Beslut",
            "Kommunstyrelsen fastställer ramarna.",
        ],
        ["KS 2026/31"],
    ),
}


def _text(kind: str) -> list[str]:
    title, body, _own = _ITEMS[kind]
    return [
        *_HEAD,
        "§ 12 Val av justerare",
        "Anna Ek (S) utses att justera protokollet.",
        "",
        f"§ 13 {title}",
        *body,
        "",
        "§ 14 Sammanträdets avslutande",
        "Ordföranden förklarar sammanträdet avslutat.",
    ]


def _html(lines: list[str]) -> str:
    out = ["<html><body><main>"]
    table: list[list[str]] = []
    for ln in [*lines, ""]:
        if "\t" in ln:
            table.append(ln.split("\t"))
            continue
        if table:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in table)
            out.append(f"<table>{rows}</table>")
            table = []
        if ln.startswith("§"):
            out.append(f"<h2>{html.escape(ln)}</h2>")
        elif ln:
            out.append(f"<p>{html.escape(ln)}</p>")
    return "\n".join([*out, "</main></body></html>"])


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize("kind", sorted(_ITEMS))
def test_an_items_own_numbers_and_those_it_lists(tmp_path: Path, kind: str, fmt: str) -> None:
    lines = _text(kind)
    path = tmp_path / f"testby_kommunstyrelsen_2026-03-10_protokoll.{fmt}"
    path.write_text("\n".join(lines) + "\n" if fmt == "txt" else _html(lines), encoding="utf-8")
    ex = extract_file(path)
    item = next(it for it in ex.items if it.number and it.number.replace(" ", "") == "§13")
    printed = sorted(item.dnr_printed.get(k, k) for k in item.diarienummer)
    assert printed == sorted(_ITEMS[kind][2]), (printed, item.diarienummer)
