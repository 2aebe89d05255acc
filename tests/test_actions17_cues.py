"""A probe: four cues of who did what that Swedish minutes share, each phrased several ways, in one
invented protocol printed as a text export, a Word file and a PDF.

- The chair changing the agenda ("Ordföranden föreslår att ett extra ärende … tas upp som § 6", "… läggs
  till", "… utgår", "… tillkommer") sets the meeting's order: no yrkande (GOLD_FORMAT); a member's yrkande
  still is one.
- A written reservation headed with the body and paragraph it is for ("Reservation – KF § 33",
  "Reservation, KS § 12", "Reservation till kommunfullmäktige § 33") starts a block of its own: its
  signers reserve, and take nothing from the protokollsanteckning printed above it.
- The author of a medborgarförslag or motion named by that role ("Förslagsställaren … presenterar
  förslaget", "Motionären redogör för motionen") is the author the item names; what the authors
  "yrkar" in the ärende's description ("Motionärerna yrkar att:") is the motion restated, no yrkande.
- The certifier of an extract ("Rätt utdraget intygar", "Rätt utdraget betygar:") signs under a written
  reservation, but reserves nothing.
Every name, party and kommun is invented.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.types import Action

_FONTS = "/usr/share/fonts/truetype/dejavu/"
HEAD = [
    "Provås kommun",
    "PROTOKOLL",
    "Kommunfullmäktige",
    "Sammanträdesdatum 2026-03-23",
    "",
    "Beslutande",
    "Leif Carlberg (C), ordförande",
    "Maja Ekholm (S)",
    "Helena Gustafsson (M)",
    "Elin Sjölund (V)",
    "Jessica Strömberg (SD)",
    "Tomas Lindell (M)",
    "",
    "Övriga närvarande",
    "Peter Wahlgren, nämndsekreterare",
    "",
]
_SIGN = "…………………………………"
#: (title, body lines, what a reader finds: (person, kind)).
ITEMS: list[tuple[str, list[str], set[tuple[str, str]]]] = [
    (
        "Fastställande av dagordning",
        [
            "Ordföranden föreslår att ett extra valärende, fyllnadsval av ersättare i socialnämnden, tas",
            "upp som § 6 och att anmälningsärendena behandlas sist.",
            "Beslut",
            "Kommunfullmäktige fastställer dagordningen med ordförandens ändring.",
        ],
        set(),
    ),
    (
        "Godkännande av föredragningslista",
        [
            "Ordföranden föreslår att ett ärende om vägbelysning i Åby läggs till.",
            "Beslut",
            "Föredragningslistan godkänns med ordförandens tillägg.",
        ],
        set(),
    ),
    (
        "Dagordning",
        [
            "Ordförande Leif Carlberg (C) föreslår att ärende 9, Taxor för bygglov, utgår.",
            "Beslut",
            "Dagordningen godkänns med ändringen.",
        ],
        set(),
    ),
    (
        "Godkännande av ärendelista",
        [
            "Ordföranden föreslår att ett extra ärende tillkommer: Yttrande över regional",
            "transportplan. Tomas Lindell (M) yrkar att ärendet om taxor utgår.",
            "Beslut",
            "Ärendelistan godkänns med ordförandens ändring; Tomas Lindells yrkande avslås.",
        ],
        {("Tomas Lindell", "proposed")},
    ),
    (
        "Svar på motion från Elin Sjölund (V) om gratis mensskydd",
        [
            "Yrkanden",
            "Elin Sjölund (V) yrkar bifall till motionen.",
            "Maja Ekholm (S) yrkar bifall till kommunstyrelsens förslag.",
            "Beslut",
            "Motionen anses besvarad.",
            "Protokollsanteckning",
            "Jessica Strömberg (SD) lämnar en protokollsanteckning om uppföljning i nämnden.",
            "Reservation – KF § 5",
            "Vänsterpartiet anser att mensskydd ska finnas fritt på skolorna. Vi reserverar oss därför.",
            "Provås den 23 mars 2026",
            _SIGN,
            "Elin Sjölund (V)",
        ],
        {
            ("Elin Sjölund", "raised"),
            ("Elin Sjölund", "proposed"),
            ("Maja Ekholm", "proposed"),
            ("Jessica Strömberg", "protocol_note"),
            ("Elin Sjölund", "reserved"),
        },
    ),
    (
        "Detaljplan för Åby 3:1",
        [
            "Helena Gustafsson (M) yrkar avslag.",
            "Beslut",
            "Detaljplanen antas.",
            "Protokollsanteckningar",
            "Jessica Strömberg (SD) antecknar till protokollet att frågan bör följas upp.",
            "Reservation, KF § 6",
            "Vi reserverar oss mot beslutet till förmån för eget yrkande.",
            _SIGN,
            "Helena Gustafsson (M)",
        ],
        {
            ("Helena Gustafsson", "proposed"),
            ("Jessica Strömberg", "protocol_note"),
            ("Helena Gustafsson", "reserved"),
        },
    ),
    (
        "Medborgarförslag om hundrastgård i Åby",
        [
            "Agneta Fromell, Åby, föreslår i ett medborgarförslag att kommunen anlägger en hundrastgård.",
            "Förslagsställaren är närvarande och presenterar förslaget under allmänhetens frågestund.",
            "Beslut",
            "Medborgarförslaget bifalls.",
        ],
        {("Agneta Fromell", "raised"), ("Agneta Fromell", "presented")},
    ),
    (
        "Motion från Maja Ekholm (S) om fler parkbänkar",
        [
            "Motionären redogör för motionen. Tomas Lindell (M) yrkar bifall till motionen.",
            "Beslut",
            "Motionen bifalls.",
        ],
        {("Maja Ekholm", "raised"), ("Maja Ekholm", "presented"), ("Tomas Lindell", "proposed")},
    ),
    (
        "Motion från Maja Ekholm (S) och Tomas Lindell (M) om cykelvägar",
        [
            "Ärendebeskrivning",
            "Maja Ekholm (S) och Tomas Lindell (M) har lämnat en motion om cykelvägar.",
            "Motionärerna yrkar att:",
            "- kommunen bygger en cykelväg till Åby",
            "Beslut",
            "Motionen bifalls.",
        ],
        {("Maja Ekholm", "raised"), ("Tomas Lindell", "raised")},
    ),
    (
        "Strandskyddsdispens för brygga på Fågelö 2:14",
        [
            "Maja Ekholm (S) yrkar bifall till ansökan.",
            "Beslut",
            "Ansökan avslås.",
            "Reservation",
            "Vi socialdemokrater reserverar oss mot beslutet.",
            _SIGN,
            "Maja Ekholm (S)",
            "",
            "Rätt utdraget intygar",
            _SIGN,
            "Peter Wahlgren, nämndsekreterare",
        ],
        {("Maja Ekholm", "proposed"), ("Maja Ekholm", "reserved")},
    ),
    (
        "Strandskyddsdispens för båthus på Fågelö 2:15",
        [
            "Tomas Lindell (M) yrkar bifall till ansökan.",
            "Beslut",
            "Ansökan avslås.",
            "Reservation",
            "Jag reserverar mig mot beslutet.",
            _SIGN,
            "Tomas Lindell (M)",
            "",
            "Rätt utdraget betygar:",
            _SIGN,
            "Peter Wahlgren",
        ],
        {("Tomas Lindell", "proposed"), ("Tomas Lindell", "reserved")},
    ),
]
_FOOT = ["", "Justerare", "Maja Ekholm", "", "Sekreterare", "Peter Wahlgren"]


def _write(path: Path) -> None:
    if path.suffix == ".txt":
        lines = list(HEAD)
        for k, (title, body, _w) in enumerate(ITEMS, 1):
            lines += [f"§ {k} {title}", "", *body, ""]
        path.write_text("\n".join([*lines, *_FOOT]) + "\n", encoding="utf-8")
    elif path.suffix == ".docx":
        doc = docx.Document()
        for x in HEAD:
            if x:
                doc.add_paragraph(x)
        for k, (title, body, _w) in enumerate(ITEMS, 1):
            doc.add_paragraph().add_run(f"§ {k} {title}").bold = True
            for x in body:
                doc.add_paragraph(x)
        for x in _FOOT:
            doc.add_paragraph(x)
        doc.save(str(path))
    else:
        p = FPDF(format="A4")
        p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
        p.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
        p.add_page()
        p.set_font("S", "", 10)
        for x in HEAD:
            p.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
        for k, (title, body, _w) in enumerate(ITEMS, 1):
            if p.get_y() > 220:  # a paragraph whole on its page
                p.add_page()
            p.set_font("S", "B", 10)
            p.cell(0, 6, f"§ {k} {title}", new_x="LMARGIN", new_y="NEXT")
            p.set_font("S", "", 10)
            for x in body:
                p.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        for x in _FOOT:
            p.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
        p.output(str(path))


SUFFIXES = (".txt", ".docx", ".pdf")


def _kinds(acts: list[Action]) -> set[tuple[str, str]]:
    return {(a.person or f"party:{a.party}", a.kind) for a in acts if a.kind != "justerare"}


def actions(suffix: str, tmp: Path) -> dict[str, set[tuple[str, str]]]:
    """Each item's actions but justerare, by its number."""
    p = tmp / f"provas_kommunfullmaktige_2026-03-23_protokoll{suffix}"
    _write(p)
    ex = extract_file(p)
    return {
        it.number or "": {
            (a.person or f"party:{a.party}", a.kind) for a in it.actions if a.kind != "justerare"
        }
        for it in ex.items
    }


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_agenda_reservation_author_and_certifier_cues(suffix: str, tmp_path: Path) -> None:
    got = actions(suffix, tmp_path)
    assert got == {f"§{k}": want for k, (_t, _b, want) in enumerate(ITEMS, 1)}


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        ok = total = 0
        for s in SUFFIXES:
            got = actions(s, Path(d))
            for k, (title, _b, want) in enumerate(ITEMS, 1):
                have = got.get(f"§{k}", set())
                total += 1
                ok += have == want
                if have != want:
                    print(f"BAD {s:6} §{k} {title[:40]:40} missed={want - have} extra={have - want}")
        print(f"{ok} OK of {total}")
