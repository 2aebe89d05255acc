"""A probe: a case number printed with an earlier decision an item cites is no number of the item.

Notes and protocols whose headings print no case numbers keep the numbers their text prints as the
items' own. A number printed right after a decision's paragraph ("behandlats av kommunstyrelsen
2025-10-14, § 156 (dnr KS 2025/88)") names the decision cited, not the item (GOLD_FORMAT). The same
notes in a text export, python-docx and HTML, the citation in four forms; an item whose text prints its
own number ("Ärendet har dnr KS 2026/41.") keeps it. Every name and number is invented.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest

from indexer.extract import extract_file

CITES = [
    "Frågan har behandlats av kommunstyrelsen 2025-10-14, § 156 (dnr KS 2025/88).",
    "Kommunfullmäktige beslutade 2024-05-12, § 45, KS 2024/90, att anta planen.",
    "Nämnden beslutade 2025-03-02 § 12, dnr SN 2025/14, om riktlinjerna.",
    "Enligt kommunstyrelsens beslut 2025-06-10 § 98 (Dnr: KS 2025/201) ska rådet höras.",
]
HEAD = ["Vimby kommun", "Minnesanteckningar", "Kommunala pensionärsrådet", "Datum: 2026-03-18", ""]


def _points(cite: str) -> list[tuple[str, list[str]]]:
    return [
        ("Mötets öppnande", ["Ordföranden hälsade välkommen."]),
        ("Trygghetsboendet i Berga", [f"Rådet diskuterade ombyggnaden. {cite}", "Rådet tackade."]),
        ("Seniorgym", ["Ärendet har dnr KS 2026/41. Rådet ställer sig positivt till förslaget."]),
        ("Nästa möte", ["Nästa möte hålls den 20 maj."]),
    ]


def _write(path: Path, cite: str) -> None:
    points = _points(cite)
    if path.suffix == ".txt":
        lines = list(HEAD)
        for k, (title, body) in enumerate(points, start=1):
            lines += [f"{k}. {title}", *body, ""]
        path.write_text("\n".join(lines) + "\nVid anteckningarna\nMalin Stål\n", encoding="utf-8")
    elif path.suffix == ".html":
        parts = [f"<p>{html.escape(x)}</p>" for x in HEAD if x]
        for title, body in points:
            parts.append(f"<h2>{html.escape(title)}</h2>" + "".join(f"<p>{html.escape(x)}</p>" for x in body))
        path.write_text(f"<html><body><main>{''.join(parts)}</main></body></html>", encoding="utf-8")
    else:
        doc = docx.Document()
        for x in HEAD:
            if x:
                doc.add_paragraph(x)
        for title, body in points:
            doc.add_paragraph().add_run(title).bold = True
            for x in body:
                doc.add_paragraph(x)
        doc.save(str(path))


VARIANTS = [(s, k) for s in (".txt", ".html", ".docx") for k in range(len(CITES))]


def numbers(suffix: str, k: int, tmp: Path) -> list[list[str]]:
    p = tmp / f"probe{suffix}"
    _write(p, CITES[k])
    return [it.diarienummer for it in extract_file(p).items]


def want() -> list[list[str]]:
    return [[], [], ["KS 2026/41"], []]


@pytest.mark.parametrize(("suffix", "k"), VARIANTS)
def test_a_number_cited_with_a_decision_is_no_number_of_the_item(suffix: str, k: int, tmp_path: Path) -> None:
    got = numbers(suffix, k, tmp_path)
    assert got == want(), got


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        ok = 0
        for s, k in VARIANTS:
            got = numbers(s, k, Path(d))
            ok += got == want()
            print(s, k, "ok" if got == want() else got)
        print(ok, len(VARIANTS))
