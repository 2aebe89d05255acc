"""The cover of Word notes is no point, however it is set (session 12).

Each case is one way notes open before their five bold points: a bold title and a bold "Närvarande", a
heading and bold "Deltagare"/"Frånvarande", a bold "Dagordning" over a numbered list, the body's name set
bold above the title with bold "Plats och tid" and "Närvarande ledamöter" labels, bold "Ordförande:" and
"Sekreterare:", a table of fields. Every text is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest

from indexer.extract import extract_file

_POINTS = [
    ("Mötets öppnande", "Ordföranden hälsade välkommen."),
    ("Information från regionen", "Hälso- och sjukvårdsdirektör Eva Lind informerade om vårdplatser."),
    ("Tandvård för äldre", "Rådet diskuterade tandvården."),
    ("Övriga frågor", "Inga övriga frågor."),
    ("Nästa möte", "Nästa möte hålls den 12 februari 2027."),
]


def _bold(d: Any, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


def _cover(d: Any, style: str) -> None:
    if style == "bold_title_bold_label":
        _bold(d, "Minnesanteckningar Regionala pensionärsrådet")
        d.add_paragraph("Datum: 2026-11-20, kl. 10.00–12.00")
        _bold(d, "Närvarande")
        d.add_paragraph("Anna Ek, PRO\nKarl Berg, SPF Seniorerna\nLena Holm (S), ordförande")
    elif style == "heading_and_bold_lists":
        d.add_heading("Minnesanteckningar", 1)
        d.add_paragraph("Regionala pensionärsrådet 2026-11-20")
        _bold(d, "Deltagare")
        d.add_paragraph("Anna Ek, PRO")
        _bold(d, "Frånvarande")
        d.add_paragraph("Per Öst, SKPF")
    elif style == "bold_agenda_list":
        _bold(d, "Minnesanteckningar – Regionala pensionärsrådet")
        d.add_paragraph("2026-11-20")
        _bold(d, "Dagordning")
        for title, _ in _POINTS:
            d.add_paragraph(title, style="List Number")
    elif style == "body_name_above_title":
        _bold(d, "Regionala pensionärsrådet")
        _bold(d, "Minnesanteckningar 2026-11-20")
        _bold(d, "Plats och tid")
        d.add_paragraph("Regionens hus, kl. 10.00")
        _bold(d, "Närvarande ledamöter")
        d.add_paragraph("Anna Ek, PRO; Karl Berg, SPF Seniorerna; Lena Holm (S)")
    elif style == "bold_role_labels":
        _bold(d, "Minnesanteckningar från Regionala pensionärsrådet 2026-11-20")
        _bold(d, "Ordförande:")
        d.add_paragraph("Lena Holm (S)")
        _bold(d, "Sekreterare:")
        d.add_paragraph("Maja Sjödin")
    elif style == "bold_weekday_date_line":
        _bold(d, "Minnesanteckningar – Kommunala pensionärsrådet")
        _bold(d, "Torsdag 20 november 2026, kl. 10.00–12.00")
        d.add_paragraph("Kommunhuset, sal Bryggan")
    elif style == "bold_place_and_time_sentence":
        _bold(d, "Kommunala pensionärsrådet")
        d.add_paragraph("Minnesanteckningar")
        _bold(d, "Kommunhuset, sal Bryggan, den 20 november 2026 kl. 10.00")
    elif style == "bold_organ_with_abbreviation":
        _bold(d, "Kommunala pensionärsrådet, KPR")
        _bold(d, "Minnesanteckningar 2026-11-20")
    elif style == "table_of_fields":
        _bold(d, "Minnesanteckningar")
        table = d.add_table(rows=3, cols=2)
        fields = [
            ("Möte", "Regionala pensionärsrådet"),
            ("Datum", "2026-11-20"),
            ("Närvarande", "Anna Ek, PRO"),
        ]
        for row, (label, value) in zip(table.rows, fields, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    else:
        raise KeyError(style)


_STYLES = [
    "bold_title_bold_label",
    "heading_and_bold_lists",
    "bold_agenda_list",
    "body_name_above_title",
    "bold_role_labels",
    "table_of_fields",
    "bold_weekday_date_line",
    "bold_place_and_time_sentence",
    "bold_organ_with_abbreviation",
]


@pytest.mark.parametrize("style", _STYLES)
def test_the_cover_is_no_point(tmp_path: Path, style: str) -> None:
    d = docx.Document()
    _cover(d, style)
    for title, text in _POINTS:
        _bold(d, title)
        d.add_paragraph(text)
    path = tmp_path / f"region-test_regionala-pensionarsradet_2026-11-20_minnesanteckningar_{style}.docx"
    d.save(str(path))
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [(str(k + 1), t) for k, (t, _) in enumerate(_POINTS)]
