"""Who answers an interpellation a kallelse lists, however the row says it (session 12).

GOLD_FORMAT counts answering an interpellation or a question as presenting it; its author raised it.
Each case is one wording under the point, in an HTML portal page and a text export. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.extract import extract_file

_WORDINGS = {
    "answered_by_title_and_name": "Besvaras av kommunstyrelsens ordförande Ingela Forsgren (S).",
    "answered_by_name": "Interpellationen besvaras av Ingela Forsgren (S).",
    "answer_given_by": "Svar lämnas av Ingela Forsgren (S), kommunstyrelsens ordförande.",
    "answerer_label": "Svarande: Ingela Forsgren (S)",
    "answered_by_label": "Besvaras av: Ingela Forsgren (S)",
}
_TITLE = "Interpellation från Hugo Alm (C) till kommunstyrelsens ordförande om förskoleplatser"


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize("wording", sorted(_WORDINGS))
def test_answerer_presents_and_author_raises(tmp_path: Path, wording: str, fmt: str) -> None:
    points = [
        ("Val av justerare", "Förslag: Anna Ek (S) och Bo Berg (M)."),
        (_TITLE, f"Dnr KS 2026/00190\n{_WORDINGS[wording]}"),
        ("Budget 2027", "Förslag till beslut enligt tjänsteskrivelse."),
    ]
    if fmt == "html":
        items = "".join(
            f"<li><h3>{t}</h3>" + "".join(f"<p>{x}</p>" for x in b.split("\n")) + "</li>" for t, b in points
        )
        doc = (
            "<html><head><title>Kommunfullmäktige 2026-12-16 - Testby kommun</title></head><body><main>"
            "<h1>Kallelse till kommunfullmäktige</h1>"
            "<p>Kommunfullmäktige sammanträder den 16 december 2026.</p>"
            f"<h2>Ärenden</h2><ol>{items}</ol></main></body></html>"
        )
    else:
        rows = "".join(f"\n{k + 1}. {t}\n{b}\n" for k, (t, b) in enumerate(points))
        doc = f"Testby kommun\nKALLELSE\nKommunfullmäktige\nDatum: 2026-12-16 kl. 18.30\n\nÄrenden\n{rows}"
    path = tmp_path / f"testby_kommunfullmaktige_2026-12-16_kallelse_{wording}.{fmt}"
    path.write_text(doc, encoding="utf-8")
    ex = extract_file(path)
    by_kind = [
        {k: sorted(a.person for a in it.actions if a.kind == k) for k in ("presented", "raised")}
        for it in ex.items
    ]
    assert [b["presented"] for b in by_kind] == [[], ["Ingela Forsgren"], []]
    assert by_kind[1]["raised"] == ["Hugo Alm"]
