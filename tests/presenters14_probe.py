"""A probe: who presented and who raised, the same few points phrased the ways kommuner phrase them, each
printed in a protocol (text export, PDF, Word), in notes (PDF and Word with bold unnumbered headings) and,
for the presenter lines a kallelse prints, in a kallelse (Word table, PDF, text export).

Every name, matter and kommun is invented. `python tests/presenters14_probe.py` prints OK/BAD per case and
markup and the count; `tests/test_presenters14.py` keeps every cell as a test.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.types import Extraction

_FONTS = "/usr/share/fonts/truetype/dejavu/"
P, R = "presented", "raised"

#: (title, body, what a reader finds: (person, kind) for kinds presented and raised). A "\n" in a body is a
#: line break as printed (a name or a verb broken over lines, a word hyphenated at the break).
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("Budget 2027", "Ekonomichef Henrik Dahl föredrar ärendet.", {("Henrik Dahl", P)}),
    # the present "berättar om", as minutes write "informerar" (GOLD_FORMAT, session 16)
    (
        "Folkhälsoarbetet",
        "Folkhälsostrateg Sofie Lund berättar om dialogerna med kommunerna.",
        {("Sofie Lund", P)},
    ),
    ("Seniorboende", "Gun Larsson (PRO) berättar om föreningens enkät.", {("Gun Larsson", P)}),
    ("Taxor 2027", "Ulrika Sjöberg föredrog ärendet för nämnden.", {("Ulrika Sjöberg", P)}),
    ("Hemtjänsten", "Socialchef Maria Lund informerar om läget i hemtjänsten.", {("Maria Lund", P)}),
    (
        "Bemanning i sommar",
        "Annika Holmgren informerade om bemanningen under sommaren.",
        {("Annika Holmgren", P)},
    ),
    (
        "Detaljplan för Norrby",
        "Planarkitekt Jonas Ekström redogör för förslaget till detaljplan.",
        {("Jonas Ekström", P)},
    ),
    (
        "Samråd om översiktsplan",
        "Tobias Lindahl redogjorde för synpunkterna från samrådet.",
        {("Tobias Lindahl", P)},
    ),
    (
        "Patientsäkerhetsberättelse 2026",
        "Kerstin Alm, kvalitetsstrateg, presenterar patientsäkerhetsberättelsen.",
        {("Kerstin Alm", P)},
    ),
    (
        "Brukarundersökning",
        "Verksamhetschef Peter Sandberg presenterade resultatet av brukarundersökningen.",
        {("Peter Sandberg", P)},
    ),
    (
        "Provås Bostäder AB",
        "Lina Berglund (S) återkopplar från styrelsemötet i Provås Bostäder AB.",
        {("Lina Berglund", P)},
    ),
    (
        "Heltid som norm",
        "Camilla Forsberg återkopplade om arbetet med heltid som norm.",
        {("Camilla Forsberg", P)},
    ),
    (
        "Kvalitetsplan",
        "Sofia Nordin berättade om arbetet med den nya kvalitetsplanen.",
        {("Sofia Nordin", P)},
    ),
    (
        "Delårsrapport",
        "Controller Magnus Wikström lämnar information om delårsrapporten.",
        {("Magnus Wikström", P)},
    ),
    (
        "Semesterplanering",
        "Helena Strand lämnade information om semesterplaneringen.",
        {("Helena Strand", P)},
    ),
    (
        "Flyktingmottagande",
        "Integrationssamordnare Linnea Björk ger en lägesrapport om flyktingmottagandet.",
        {("Linnea Björk", P)},
    ),
    ("Bokslut", "Ekonomichef Henrik Dahl informerar.", {("Henrik Dahl", P)}),
    (
        "Prognos för helåret",
        "Fredrik Lundqvist, ekonomichef, informerar om prognosen.",
        {("Fredrik Lundqvist", P)},
    ),
    (
        "Verksamhetsplan 2027",
        "Johan Nyberg, förvaltningschef, Karin Ekman, verksamhetschef, och Elin Sundberg, kvalitetsstrateg, "
        "informerar om verksamhetsplanen.",
        {("Johan Nyberg", P), ("Karin Ekman", P), ("Elin Sundberg", P)},
    ),
    (
        "Hemsjukvård",
        "Socialchef Mikael Engström och verksamhetschef Lena Hedlund redogör för ärendet.",
        {("Mikael Engström", P), ("Lena Hedlund", P)},
    ),
    (
        "Kösituation",
        "Vid dagens sammanträde informerar enhetschef Malin\nJakobsson om kösituationen.",
        {("Malin Jakobsson", P)},
    ),
    ("Prognos", "Budgetstrateg Daniel Holm infor-\nmerar om prognosen för helåret.", {("Daniel Holm", P)}),
    (
        "Nattpatrull",
        "Enhetschef Eva-\nLotta Granlund redogör för nattpatrullens arbete.",
        {("Eva-Lotta Granlund", P)},
    ),
    ("Markanvisning", "Föredragande: mark- och exploateringsingenjör Stefan Öhman", {("Stefan Öhman", P)}),
    ("Äldreboenden", "Information ges av avdelningschef Jenny Falk.", {("Jenny Falk", P)}),
    ("Lägesbild", "Nämnden får en lägesrapport från räddningschef Anders Blom.", {("Anders Blom", P)}),
    (
        "Fråga från Mats Wiklander (SD) om skolskjutsar",
        "Lina Berglund (S) besvarar frågan.",
        {("Mats Wiklander", R), ("Lina Berglund", P)},
    ),
    (
        "Interpellation från Fatima Yilmaz (C) om trygghetsboenden",
        "Oskar Malm (M) besvarar interpellationen. Fatima Yilmaz (C) tackar för svaret.",
        {("Fatima Yilmaz", R), ("Oskar Malm", P)},
    ),
    (
        "Väntetider",
        "Sara Öberg (V) frågade om väntetiderna i hemtjänsten. Åsa Lindström svarade att väntetiderna har "
        "minskat.",
        {("Sara Öberg", R), ("Åsa Lindström", P)},
    ),
    (
        "Platser på Solgården",
        "Mats Wiklander (SD) undrar hur många platser som finns på Solgården. Verksamhetschef Ola Bergqvist "
        "svarar att det finns 42 platser.",
        {("Mats Wiklander", R), ("Ola Bergqvist", P)},
    ),
    (
        "Belysning",
        "Mats Wiklander (SD) ställer en fråga om belysningen vid Åbyvägen.",
        {("Mats Wiklander", R)},
    ),
    (
        "Parkering",
        "Fatima Yilmaz (C) väckte frågan om fler parkeringsplatser vid vårdcentralen.",
        {("Fatima Yilmaz", R)},
    ),
    ("Skolmaten", "Sara Öberg (V) ställde en fråga om skolmaten.", {("Sara Öberg", R)}),
    ("Seniorernas dag", "Anna Berg, PRO, berättade om föreningens arbete med seniorer.", {("Anna Berg", P)}),
    ("Träffpunkter", "Bo Nyström från SPF Seniorerna informerade om träffpunkterna.", {("Bo Nyström", P)}),
    ("Arbetsmiljö", "Socialdirektören informerar om arbetsmiljöarbetet.", {("Gunilla Roos", P)}),
    ("Dialogmöte", "Ordföranden informerar om dialogmötet med länsstyrelsen.", {("Lina Berglund", P)}),
    (
        "Medarbetarenkät",
        "Petra Olofsson (HR-chef) och Rasmus Lind (HR-specialist) informerar om medarbetarenkäten.",
        {("Petra Olofsson", P), ("Rasmus Lind", P)},
    ),
    (
        "ANDT-arbete",
        "Vid mötet deltar Sanna Westin, folkhälsostrateg, som informerar om ANDT-arbetet.",
        {("Sanna Westin", P)},
    ),
    (
        "Samverkansavtal",
        "Anneli Sköld och Mattias Lund från Region Provås presenterade samverkansavtalet.",
        {("Anneli Sköld", P), ("Mattias Lund", P)},
    ),
    (
        "Trygghet i centrum",
        "Lars Åberg, Polisen, berättade om trygghetsläget i centrum.",
        {("Lars Åberg", P)},
    ),
    (
        "Internbudget",
        "Ekonomichef Henrik Dahl, controller Sara Lind och budgetstrateg Per Holm informerar om "
        "internbudgeten.",
        {("Henrik Dahl", P), ("Sara Lind", P), ("Per Holm", P)},
    ),
    ("Skolval", "Information lämnas av\nutredare Klara Hedström.", {("Klara Hedström", P)}),
    ("Pensionärsråd", "Gun Larsson (PRO) berättade om pensionärsrådets arbete.", {("Gun Larsson", P)}),
    (
        "Särskilt boende",
        "Från förvaltningen deltog Nils Westberg som föredrog ärendet.",
        {("Nils Westberg", P)},
    ),
    (
        "Folkhälsa",
        "Vid dagens möte medverkade Lisa Holm, enhetschef, som berättade om folkhälsoarbetet.",
        {("Lisa Holm", P)},
    ),
    (
        "Fråga från Per-Erik Sundin (KD) om simhallen",
        "Lina Berglund (S) svarade att simhallen öppnar i mars.",
        {("Per-Erik Sundin", R), ("Lina Berglund", P)},
    ),
    (
        "Snöröjning",
        "Oskar Malm (M) lyfte frågan om snöröjningen på gång- och cykelvägar.",
        {("Oskar Malm", R)},
    ),
    ("Ekonomiskt läge", "Enligt ekonomichef Henrik Dahl är prognosen oförändrad.", set()),
    ("Delegationsbeslut", "Beslutet har fattats av Helena Strand enligt delegation.", set()),
    ("Förskolans lokaler", "Ärendet har beretts av Tobias Lindahl.", set()),
    ("Medborgardialog", "Frågan skickas till Sofia Nordin för besvarande.", set()),
    ("Samverkan med regionen", "Förvaltningen har haft kontakt med Maria Lund på regionen.", set()),
    ("Cykelplan", "Jonas Ekström har tidigare informerat nämnden i mars 2025.", set()),
    ("Lokaler", "Peter Sandberg ska återkomma till nämnden i frågan.", set()),
]

#: Kallelse rows: (title, the row's presenter cell or "", lines under the title, what a reader finds).
KALLELSE: list[tuple[str, str, list[str], set[tuple[str, str]]]] = [
    ("Budgetuppföljning", "Henrik Dahl, ekonomichef", [], {("Henrik Dahl", P)}),
    (
        "Hemtjänsten",
        "Socialchef Maria Lund och verksamhetschef Peter Sandberg",
        [],
        {("Maria Lund", P), ("Peter Sandberg", P)},
    ),
    ("Detaljplan för Norrby 3:1", "", ["Föredragande: planarkitekt Jonas Ekström"], {("Jonas Ekström", P)}),
    ("Kvalitetsarbete", "", ["Kerstin Alm, kvalitetsstrateg, informerar"], {("Kerstin Alm", P)}),
    ("Flyktingmottagande", "", ["Information av socialchef Maria Lund"], {("Maria Lund", P)}),
    ("Fråga från Mats Wiklander (SD) om belysning", "", [], {("Mats Wiklander", R)}),
    ("Lokalplan", "", ["Beslutsunderlag: tjänsteskrivelse 2026-09-30 av Peter Sandberg"], set()),
]

_MEMBERS = [
    "Lina Berglund (S), ordförande",
    "Oskar Malm (M), vice ordförande",
    "Sara Öberg (V)",
    "Mats Wiklander (SD)",
    "Fatima Yilmaz (C)",
]
_OFFICIALS = ["Henrik Dahl, ekonomichef", "Gunilla Roos, socialdirektör", "Johanna Persson, nämndsekreterare"]


def _head(kind: str) -> list[str]:
    word = {"proto": "PROTOKOLL", "notes": "MINNESANTECKNINGAR", "kall": "KALLELSE"}[kind]
    lines = ["Provås kommun", word, "Socialnämnden", "Datum: 2026-10-14", "Plats: Kommunhuset, Provås", ""]
    if kind == "kall":
        return [*lines, "Ledamöter kallas till sammanträde.", ""]
    present = "Beslutande" if kind == "proto" else "Närvarande"
    return [*lines, present, *_MEMBERS, "", "Övriga närvarande", *_OFFICIALS, ""]


_FOOT = {
    "proto": ["", "Justerare", "Sara Öberg", "", "Sekreterare", "Johanna Persson"],
    "notes": ["", "Vid anteckningarna", "Johanna Persson"],
    "kall": ["", "Välkomna!", "Lina Berglund (S)", "Ordförande"],
}


def _points(kind: str) -> list[tuple[str, str, list[str]]]:
    """(heading, bold?, body lines) of each point."""
    if kind == "kall":
        return [(f"{k}. {t}", "", lines) for k, (t, _c, lines, _w) in enumerate(KALLELSE, 1)]
    head = (lambda k, t: f"§ {k} {t}") if kind == "proto" else (lambda k, t: t)
    return [(head(k, t), "", [body]) for k, (t, body, _w) in enumerate(CASES, 1)]


def build_txt(kind: str, path: Path) -> None:
    lines = _head(kind)
    if kind == "kall":
        lines.append("Föredragningslista")
        for k, (title, cell, under, _w) in enumerate(KALLELSE, 1):
            lines.append(f"{k}.\t{title}\t{cell}".rstrip())
            lines += under
    else:
        for heading, _b, body in _points(kind):
            lines += [heading, *body, ""]
    path.write_text("\n".join([*lines, *_FOOT[kind]]) + "\n", encoding="utf-8")


def build_pdf(kind: str, path: Path) -> None:
    p = FPDF(format="A4")
    p.add_font("S", "", _FONTS + "DejaVuSans.ttf")
    p.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
    p.add_page()
    for line in _head(kind):
        p.set_font("S", "B" if line.isupper() else "", 10)
        p.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    if kind == "kall":
        p.set_font("S", "B", 10)
        p.cell(0, 6, "Föredragningslista", new_x="LMARGIN", new_y="NEXT")
    for k, (heading, _b, body) in enumerate(_points(kind)):
        if p.get_y() > 240:  # a point whole on its page: a name broken over pages is another matter
            p.add_page()
        p.set_font("S", "B", 10)
        p.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        p.set_font("S", "", 10)
        cell = KALLELSE[k][1] if kind == "kall" else ""
        for text in [*body, *([f"Föredragande: {cell}"] if cell else [])]:
            p.multi_cell(120, 5, text, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    for line in _FOOT[kind]:
        p.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def build_docx(kind: str, path: Path) -> None:
    doc = docx.Document()
    for line in _head(kind):
        doc.add_paragraph().add_run(line).bold = line.isupper()
    if kind == "kall":
        table = doc.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ["Nr", "Ärende", "Föredragande"], strict=True):
            cell.text = text
        for k, (title, presenter, under, _w) in enumerate(KALLELSE, 1):
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = f"{k}.", title, presenter
            for line in under:
                cells[1].add_paragraph(line)
    else:
        for heading, _b, body in _points(kind):
            doc.add_paragraph().add_run(heading).bold = True
            for text in body:  # Word wraps a paragraph itself: no word is hyphenated by hand
                doc.add_paragraph(re.sub(r"(?<=[a-zåäö])-\n(?=[a-zåäö])", "", text))
    for line in _FOOT[kind]:
        doc.add_paragraph(line)
    doc.save(str(path))


_BUILD: dict[str, Callable[[str, Path], None]] = {".txt": build_txt, ".pdf": build_pdf, ".docx": build_docx}
#: (kind, suffix) of each markup the probe prints its points in.
MARKUPS = [
    ("proto", ".txt"),
    ("proto", ".pdf"),
    ("proto", ".docx"),
    ("notes", ".pdf"),
    ("notes", ".docx"),
    ("kall", ".txt"),
    ("kall", ".pdf"),
    ("kall", ".docx"),
]
_STEM = {"proto": "protokoll", "notes": "minnesanteckningar", "kall": "kallelse"}


def extract(kind: str, suffix: str, folder: Path) -> Extraction:
    path = folder / f"provas_socialnamnden_2026-10-14_{_STEM[kind]}{suffix}"
    _BUILD[suffix](kind, path)
    return extract_file(path)


def expected(kind: str) -> list[tuple[str, set[tuple[str, str]]]]:
    if kind == "kall":
        return [(t, w) for t, _c, _l, w in KALLELSE]
    return [(t, w) for t, _b, w in CASES]


def got_for(ex: Extraction, title: str) -> set[tuple[str, str]] | None:
    """The presented and raised actions of the item titled `title` (None: no such item)."""
    for it in ex.items:
        if " ".join((it.title or "").split()).endswith(title):
            return {(a.person or f"party:{a.party}", a.kind) for a in it.actions if a.kind in (P, R)}
    return None


def main() -> None:
    ok = bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for kind, suffix in MARKUPS:
            ex = extract(kind, suffix, Path(tmp))
            for title, want in expected(kind):
                got = got_for(ex, title)
                good = got == want
                ok, bad = ok + good, bad + (not good)
                if not good or "-v" in sys.argv:
                    print(
                        f"{'OK ' if good else 'BAD'} {kind}{suffix:6} {title[:40]:40} got={got} want={want}"
                    )
    print(f"{ok} OK, {bad} BAD")


if __name__ == "__main__":
    main()
