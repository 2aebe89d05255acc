"""A probe: a page's count in brackets after "av" ("1 (av 2)", "Sida 1 (av 2 )") is a page number.

Meeting portals print the page as "1 (av 2)" at the right of a footer beside the kommun's address. Read
as text, the footer differs from page to page and stays in the text, where it runs into the item above
it (an agenda row's title). The same kallelse, its agenda over two pages ("Föredragningslista, forts."
on the second), in a text export with form feeds and an fpdf2 PDF: every title is read without the
footer. Every name and number is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.read.page_numbers import is_page_number

ROWS = [
    ("1", "Val av justerare"),
    ("2", "Godkännande av föredragningslista"),
    ("3", "Detaljplan för Vimby 7:41 m.fl. (hamnområdet), beslut om samråd"),
    ("4", "Taxa för vatten och avlopp 2027"),
    ("5", "Meddelanden"),
]
HEAD = ["VIMBY KOMMUN    KALLELSE", "Kommunstyrelsen", "Datum: 2026-05-19"]
INTRO = [
    "Kallelse till Kommunstyrelsen",
    "Tid    Tisdagen den 26 maj 2026, kl. 08.30",
    "Plats    Kommunhuset",
]
FOOTS = ["{p} (av 2)", "{p} (av 2 )", "Sida {p} (av 2)"]


def _foot(shape: str, page: int) -> str:
    return f"Vimby kommun, 386 80 Vimby · www.vimby.se    {shape.format(p=page)}"


def _write(path: Path, shape: str) -> None:
    pages = [ROWS[:3], ROWS[3:]]
    if path.suffix == ".txt":
        out = []
        for k, rows in enumerate(pages, start=1):
            body = [
                *HEAD,
                "",
                *(INTRO if k == 1 else []),
                "",
                "Föredragningslista" + (", forts." if k > 1 else ""),
                "",
            ]
            body += [f"{n}.  {t}" for n, t in rows]
            out.append("\n".join([*body, "", _foot(shape, k)]))
        path.write_text("\n\f".join(out) + "\n", encoding="utf-8")
        return
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    for k, rows in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        y = 15.0
        for line in [*HEAD, *(INTRO if k == 1 else []), "Föredragningslista" + (", forts." if k > 1 else "")]:
            pdf.text(20, y, line)
            y += 6
        for n, t in rows:
            pdf.text(20, y, n)
            pdf.text(30, y, t)
            y += 6
        pdf.text(20, 285, "Vimby kommun, 386 80 Vimby · www.vimby.se")
        page = shape.format(p=k)
        pdf.text(190 - pdf.get_string_width(page), 285, page)
    pdf.output(str(path))


VARIANTS = [(s, f) for s in (".txt", ".pdf") for f in range(len(FOOTS))]


def titles(suffix: str, f: int, tmp: Path) -> list[str]:
    p = tmp / f"probe{suffix}"
    _write(p, FOOTS[f])
    return [it.title for it in extract_file(p).items]


@pytest.mark.parametrize(("suffix", "f"), VARIANTS)
def test_titles_keep_no_footer_with_a_bracketed_av_count(suffix: str, f: int, tmp_path: Path) -> None:
    assert titles(suffix, f, tmp_path) == [t for _, t in ROWS]


def test_the_shape_alone_is_a_page_number() -> None:
    assert all(is_page_number(s) for s in ("1 (av 2)", "1 (av 2 )", "Sida 3 (av 7)", "3(av 7)"))
    assert not is_page_number("Bilaga 2 (av 3)")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        ok = 0
        for s, f in VARIANTS:
            got = titles(s, f, Path(d))
            ok += got == [t for _, t in ROWS]
            print(s, FOOTS[f], "ok" if got == [t for _, t in ROWS] else got)
        print(ok, len(VARIANTS))
