"""A probe: a råd's members from pensioners' and disability organisations (kommuner59, Tingsryd).

A pensionärsråd seats representatives of PRO, SPF Seniorerna, SKPF, RPG, DHR beside the kommun's
politicians; the list prints the organisation where a party would stand, and no party. They are the
råd's ledamöter and ersättare, never officials; the officials listed under "Övriga" stay tjänsteperson.
The same list as a table (web page, Word, tabs in text) and as lines (text, PDF). Every name is invented.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.extract import extract_file

_FONTS = "/usr/share/fonts/truetype/dejavu/"
ROWS = [
    ("Magnus Strid (S)", "ordförande", "kommunstyrelsen"),
    ("Hans Pettersén (M)", "ledamot", "kommunstyrelsen"),
    ("Gert Rydén", "ledamot", "PRO Vimby"),
    ("Åke Nordgren", "ledamot", "SPF Seniorerna Ödby"),
    ("Gunnel Ekdahl", "ersättare", "SKPF Pensionärerna avd 33"),
    ("Sören Malm", "ledamot", "DHR Vimby"),
]
#: Who should be what: (name, role they must hold, role they must not hold).
WANT = [
    ("Gert Rydén", "ledamot", "tjänsteperson"),
    ("Åke Nordgren", "ledamot", "tjänsteperson"),
    ("Gunnel Ekdahl", "ersättare", "tjänsteperson"),
    ("Sören Malm", "ledamot", "tjänsteperson"),
    ("Malin Åbergh", "tjänsteperson", "ledamot"),
]
HEAD = ["Vimby kommun", "Mötesanteckningar – Kommunala pensionärsrådet", "Datum: 29 september 2026", ""]
TAIL = [
    "Övriga",
    "Malin Åbergh, socialchef",
    "",
    "Mötets öppnande",
    "Ordföranden Magnus Strid hälsade välkommen.",
    "",
    "Övriga frågor",
    "Gert Rydén ställde en fråga om snöröjningen.",
]
#: The list's lines as a text prints them: a comma list, a list with the role last, one with the
#: organisation in brackets.
LINES = {
    "comma": [f"{n}, {r}, {o}" for n, r, o in ROWS],
    "role_last": [f"{n}, {o}, {r}" for n, r, o in ROWS],
    "tabs": ["Namn\tUppdrag i rådet\tRepresenterar", *[f"{n}\t{r}\t{o}" for n, r, o in ROWS]],
}


@dataclass
class Variant:
    name: str
    write: Callable[[Path], Path]


def _write(fmt: str, lines: list[str] | None) -> Callable[[Path], Path]:
    def write(tmp: Path) -> Path:
        p = tmp / f"vimby_kommunala-pensionarsradet_2026-09-29_motesanteckningar.{fmt}"
        listed = [*HEAD, "Närvarande", *(lines or []), "", *TAIL]
        if fmt == "txt":
            p.write_text("\n".join(listed) + "\n", encoding="utf-8")
        elif fmt == "pdf":
            pdf = FPDF(unit="mm", format="A4")
            pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
            pdf.add_page()
            pdf.set_font("S", size=9)
            for i, x in enumerate(listed):
                for k, cell in enumerate(x.split("\t")):  # a table's columns where the tabs stand
                    pdf.text(15 + 55 * k, 20 + 5 * i, cell)
            p.write_bytes(bytes(pdf.output()))
        elif fmt == "html":
            rows = "".join(f"<tr><td>{n}</td><td>{r}</td><td>{o}</td></tr>" for n, r, o in ROWS)
            tail = "".join(
                f"<h3>{html.escape(x)}</h3>"
                if x in ("Övriga", "Mötets öppnande", "Övriga frågor")
                else f"<p>{x}</p>"
                for x in TAIL
                if x
            )
            p.write_text(
                "<html><body><main>"
                + "".join(f"<p>{html.escape(x)}</p>" for x in HEAD if x)
                + "<h3>Närvarande</h3><table>"
                + "<tr><th>Namn</th><th>Uppdrag i rådet</th><th>Representerar</th></tr>"
                + rows
                + "</table>"
                + tail
                + "</main></body></html>",
                encoding="utf-8",
            )
        else:
            doc = docx.Document()
            for x in HEAD:
                if x:
                    doc.add_paragraph(x)
            doc.add_paragraph("Närvarande")
            t = doc.add_table(rows=1, cols=3)
            for c, w in zip(t.rows[0].cells, ("Namn", "Uppdrag i rådet", "Representerar"), strict=True):
                c.text = w
            for row in ROWS:
                for c, w in zip(t.add_row().cells, row, strict=True):
                    c.text = w
            for x in TAIL:
                if x:
                    doc.add_paragraph(x)
            doc.save(str(p))
        return p

    return write


def variants() -> list[Variant]:
    out = [Variant(f"{fmt}/{k}", _write(fmt, ls)) for k, ls in LINES.items() for fmt in ("txt", "pdf")]
    return out + [Variant(f"{fmt}/table", _write(fmt, None)) for fmt in ("html", "docx")]


def result(v: Variant, tmp: Path) -> tuple[int, list[str]]:
    """How many of `WANT` hold, and the misses."""
    ex = extract_file(v.write(tmp))
    roles = {p.name: p.roles for p in ex.persons}
    misses = [
        f"{n}: {roles.get(n)}"
        for n, has, hasnt in WANT
        if has not in roles.get(n, []) or hasnt in roles.get(n, [])
    ]
    return len(WANT) - len(misses), misses


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/radmembers17_probe.py
    import tempfile

    ok = total = 0
    vs = variants()
    with tempfile.TemporaryDirectory() as tmp:
        for v in vs:
            good, misses = result(v, Path(tmp))
            ok += good
            total += len(WANT)
            if misses:
                print("MISS", v.name, misses)
    print(f"{ok}/{total}")
