"""A probe: four action cues Swedish minutes share, in one invented protocol printed in three markups.

- Two officials named with their titles before their names and joined by "och" present together
  ("Hälso- och sjukvårdsdirektör Eva Dahl och chefläkare Nils Berg informerar om …"): both presented.
- "berättar om" in a protocol tells the meeting about the matter, as "berättade om" does (GOLD_FORMAT).
- A local party named in full acting as a party, its code made of letters of its compounds, without
  a key ("Landsbygdspartiet Oberoendes ledamöter reserverar sig" for LPO): a party's reservation.
- The chair proposing when a matter raised under "Övriga frågor" is to be handled ("Ordföranden föreslår
  att ärendet tas upp på nämndens sammanträde i maj") sets the agenda: no yrkande (GOLD_FORMAT).
Every name and party is invented.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest

from indexer.extract import extract_file

HEAD = [
    "Vimby kommun",
    "PROTOKOLL",
    "Socialnämnden",
    "Sammanträdesdatum 2026-04-15",
    "",
    "Beslutande",
    "Carina Lund (S), ordförande",
    "Magnus Tor (M)",
    "Britt Sand (KD)",
    "Hans Norberg (LPO)",
    "Maria Ek (LPO)",
    "Ronny Lund (SD)",
    "",
    "Övriga närvarande",
    "Eva Dahl, socialchef",
    "Nils Berg, medicinskt ansvarig sjuksköterska",
    "Emma Lindh, handläggare",
    "",
]
ITEMS = [
    (
        "§ 1 Information om vårdplatsläget",
        [
            "Socialchef Eva Dahl och medicinskt ansvarig sjuksköterska Nils Berg informerar om läget",
            "på länets boenden.",
            "Beslut",
            "Informationen läggs till handlingarna.",
        ],
    ),
    (
        "§ 2 Verksamhetsinformation",
        [
            "Handläggare Emma Lindh berättar om den nya e-tjänsten för ansökan om bistånd.",
            "Beslut",
            "Informationen noteras.",
        ],
    ),
    (
        "§ 3 Svar på motion om öppettider",
        [
            "Hans Norberg (LPO) yrkar bifall till motionen. Carina Lund (S) yrkar avslag på motionen.",
            "Beslut",
            "Motionen avslås.",
            "Reservationer",
            "Landsbygdspartiet Oberoendes ledamöter reserverar sig mot beslutet till förmån för eget",
            "yrkande. Ronny Lund (SD) reserverar sig mot beslutet.",
        ],
    ),
    (
        "§ 4 Övriga frågor",
        [
            "Britt Sand (KD) väcker ett ärende om en träffpunkt för anhöriga. Ordföranden föreslår att",
            "ärendet tas upp på nämndens sammanträde i maj, vilket nämnden bifaller.",
        ],
    ),
]
WANT = {
    ("Eva Dahl", "§1", "presented"),
    ("Nils Berg", "§1", "presented"),
    ("Emma Lindh", "§2", "presented"),
    ("Hans Norberg", "§3", "proposed"),
    ("Carina Lund", "§3", "proposed"),
    ("party:LPO", "§3", "reserved"),
    ("Ronny Lund", "§3", "reserved"),
    ("Britt Sand", "§4", "raised"),
}


def _write(path: Path) -> None:
    if path.suffix == ".txt":
        lines = list(HEAD)
        for title, body in ITEMS:
            lines += [title, "", *body, ""]
        path.write_text("\n".join(lines) + "\nJusterare: Magnus Tor\n", encoding="utf-8")
    elif path.suffix == ".html":
        parts = [f"<p>{html.escape(x)}</p>" for x in HEAD if x]
        for title, body in ITEMS:
            parts.append(f"<h2>{html.escape(title)}</h2><p>{html.escape(' '.join(body))}</p>")
        path.write_text(f"<html><body><main>{''.join(parts)}</main></body></html>", encoding="utf-8")
    else:
        doc = docx.Document()
        for x in HEAD:
            if x:
                doc.add_paragraph(x)
        for title, body in ITEMS:
            doc.add_heading(title, level=2)
            for x in body:
                doc.add_paragraph(x)
        doc.save(str(path))


def actions(suffix: str, tmp: Path) -> set[tuple[str, str, str]]:
    p = tmp / f"probe{suffix}"
    _write(p)
    ex = extract_file(p)
    return {
        (a.person or f"party:{a.party}", it.number or "", a.kind)
        for it in ex.items
        for a in it.actions
        if a.kind != "justerare"
    }


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_four_action_cues_in_each_markup(suffix: str, tmp_path: Path) -> None:
    assert actions(suffix, tmp_path) == WANT


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        hits = 0
        for s in (".txt", ".html", ".docx"):
            got = actions(s, Path(d))
            hits += len(got & WANT)
            print(s, "missed", sorted(WANT - got), "extra", sorted(got - WANT))
        print(hits, 3 * len(WANT))
