"""A probe: a case number's serial beside a date in the next cell is no personnummer.

A diarium print or delegationslista sets each decision as a row "MB 2026-000261 | 2026-04-15 | …". The
six digits of the serial, a cell boundary and the year of the date ("000261⇥2026") read like a
samordningsnummer (day 61) whose last four pass the Luhn check; masked, the case number is lost. The
same rows in a text export (tabs, spaces), a python-docx table, an HTML table and an fpdf2 PDF: every case
number is read. A personnummer written in a row keeps being masked. Every number is invented; the serials
are chosen so that six digits and the year pass the Luhn check.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from arkiv.evaluation.items import gold_dnr_key
from indexer.extract import extract_file
from indexer.read.privacy import MASK, luhn_ok, mask_personnummer


def _serials() -> list[tuple[str, str]]:
    """(serial, date) pairs whose serial and the date's year pass the Luhn check as a samordningsnummer."""
    out = []
    for n in range(200, 400):
        serial = f"{n:06d}"  # 000261: YY 00, MM 02, DD 61
        if not (1 <= int(serial[2:4]) <= 12 and 61 <= int(serial[4:6]) <= 88):
            continue
        if luhn_ok(serial + "2026"):
            out.append((serial, f"2026-04-{len(out) + 10:02d}"))
        if len(out) == 4:
            break
    return out


ROWS = [(f"MB 2026-{s}", d, f"Bygglov för carport, Gunnabo {k + 1}:4.", "Erik Holm, byggnadsinspektör")
        for k, (s, d) in enumerate(_serials())]  # fmt: skip
HEAD = ["Vimby kommun", "Delegationslista", "Delegationsbeslut till Miljö- och byggnadsnämnden 2026-05-20"]
COLUMNS = ("Diarienr", "Beslutsdatum", "Ärendemening / Beslut", "Delegat")
WANT = sorted(gold_dnr_key(r[0]) for r in ROWS)


def _write(path: Path, form: str) -> None:
    if form in ("tabs", "spaces"):
        sep = "\t" if form == "tabs" else "   "
        lines = [*HEAD, sep.join(COLUMNS), *(sep.join(r) for r in ROWS), "", "Antal beslut: 4"]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif form == "docx":
        doc = docx.Document()
        for x in HEAD:
            if x:
                doc.add_paragraph(x)
        table = doc.add_table(rows=1, cols=4)
        for c, h in zip(table.rows[0].cells, COLUMNS, strict=True):
            c.text = h
        for r in ROWS:
            for c, v in zip(table.add_row().cells, r, strict=True):
                c.text = v
        doc.save(str(path))
    elif form == "html":
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in r) + "</tr>" for r in ROWS)
        head = "".join(f"<p>{html.escape(x)}</p>" for x in HEAD if x)
        ths = "".join(f"<th>{c}</th>" for c in COLUMNS)
        page = f"<html><body><main>{head}<table><tr>{ths}</tr>{rows}</table></main></body></html>"
        path.write_text(page, encoding="utf-8")
    else:
        pdf = FPDF(orientation="L", unit="mm", format="A4")
        pdf.add_page()
        pdf.set_font("helvetica", size=9)
        for x in HEAD:
            pdf.cell(0, 6, x, new_x="LMARGIN", new_y="NEXT")
        widths = (35, 25, 110, 60)
        for r in [COLUMNS, *ROWS]:
            for w, v in zip(widths, r, strict=True):
                pdf.cell(w, 7, v)
            pdf.ln(7)
        pdf.output(str(path))


FORMS = {"tabs": ".txt", "spaces": ".txt", "docx": ".docx", "html": ".html", "pdf": ".pdf"}


def read(form: str, tmp: Path) -> list[str]:
    p = tmp / f"probe_{form}{FORMS[form]}"
    _write(p, form)
    ex = extract_file(p)
    return sorted(k for k in ex.diarienummer if k in WANT)


@pytest.mark.parametrize("form", list(FORMS))
def test_every_case_number_beside_its_date_is_read(form: str, tmp_path: Path) -> None:
    assert read(form, tmp_path) == WANT


def test_a_personnummer_in_a_row_is_still_masked() -> None:
    for text in ("Sökande 811218-9876\t2026-04-15", "Pnr: 000261 2026-04-15", "000261-2026"):
        assert MASK in mask_personnummer(text)[0], text


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        ok = 0
        for f in FORMS:
            got = read(f, Path(d))
            ok += len(got)
            print(f, f"{len(got)}/{len(WANT)}")
        print(ok, len(WANT) * len(FORMS))
