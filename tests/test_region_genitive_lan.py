"""A probe: a region whose name ends in "län" named in the genitive ("Region Kalmar läns förslag").

Regions named "Region X län" (Kalmar, Jönköpings, Örebro) write their genitive on the last word: "Yttrande
över Region Kalmar läns förslag till regional utvecklingsstrategi". The region is named in a kallelse's
agenda row in a text export, python-docx and HTML; a region named in the nominative is read as before.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
import pytest

from indexer.extract import extract_file

ROWS = [
    ("Region Kalmar läns förslag till regional utvecklingsstrategi, yttrande", "Region Kalmar län"),
    ("Yttrande över Region Jönköpings läns remiss om kollektivtrafik", "Region Jönköpings län"),
    ("Svar på Region Örebro läns skrivelse om vårdcentraler", "Region Örebro län"),
    ("Samverkansavtal med Region Hallands vårdförvaltning", "Region Halland"),
]
HEAD = ["Vimby kommun", "KALLELSE", "Kommunstyrelsen", "Tid: tisdag 26 maj 2026 kl. 09.00", "Plats: Rådhuset"]


def _write(path: Path, title: str) -> None:
    rows = [("1", "Val av justerare"), ("2", title), ("3", "Meddelanden")]
    if path.suffix == ".txt":
        lines = [*HEAD, "", "Föredragningslista", "", *(f"{n}. {t}" for n, t in rows)]
        path.write_text("\n".join(lines) + "\n\nAnna Ek\nOrdförande\n", encoding="utf-8")
    elif path.suffix == ".html":
        head = "".join(f"<p>{html.escape(x)}</p>" for x in HEAD if x)
        lis = "".join(f"<li>{html.escape(t)}</li>" for _, t in rows)
        page = f"<html><body><main>{head}<h2>Föredragningslista</h2><ol>{lis}</ol></main></body></html>"
        path.write_text(page, encoding="utf-8")
    else:
        doc = docx.Document()
        for x in HEAD:
            if x:
                doc.add_paragraph(x)
        doc.add_paragraph("Föredragningslista")
        for n, t in rows:
            doc.add_paragraph(f"{n}. {t}")
        doc.save(str(path))


VARIANTS = [(s, k) for s in (".txt", ".html", ".docx") for k in range(len(ROWS))]


def named(suffix: str, k: int, tmp: Path) -> bool:
    p = tmp / f"probe{suffix}"
    _write(p, ROWS[k][0])
    return ROWS[k][1] in extract_file(p).regions


@pytest.mark.parametrize(("suffix", "k"), VARIANTS)
def test_a_region_named_in_the_genitive_is_named(suffix: str, k: int, tmp_path: Path) -> None:
    assert named(suffix, k, tmp_path)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        ok = sum(named(s, k, Path(d)) for s, k in VARIANTS)
        print(ok, len(VARIANTS))
