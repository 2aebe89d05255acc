"""A list of decisions printed as a PDF table is read record by record (`indexer.read.pdf_records`): a
decision maker's name and a case number wrapped in their cells are whole again, whether the cells are
centred on the record's middle without white space between records (a ruled table) or set at its top.

Every PDF is made here with fpdf2; the decisions are invented."""

from __future__ import annotations

from indexer.read.pdf import pdf_pages
from tests.test_agenda_table_pdf import _table
from tests.test_pdf_layout import _pdf

COLS = [(12, "Datum"), (35, "Dnr"), (62, "Ärende"), (118, "Delegat"), (162, "Beslut")]
RECORDS = [
    [
        ["2026-09-03"],
        ["RS 2026/0912"],
        ["Avtal om konsultstöd", "för vårdplanering"],
        ["Regiondirektör", "Magnus Lindén"],
        ["Avtal tecknat"],
    ],
    [
        ["2026-09-05"],
        ["RS 2026/0847"],
        ["Yttrande till", "Förvaltningsrätten i", "Växjö i mål om"],
        ["Chefsjurist Anna Storm"],
        ["Yttrande avgivet"],
    ],
    [
        ["2026-09-18"],
        ["RS", "2026/0602-14"],
        ["Tilldelningsbeslut"],
        ["Upphandlingschef", "Jessica Wall"],
        ["Tilldelning", "enligt bilaga"],
    ],
]
WALL = (
    "2026-09-18\tRS 2026/0602-14\tTilldelningsbeslut\tUpphandlingschef Jessica Wall"
    "\tTilldelning enligt bilaga"
)


def test_a_ruled_table_with_centred_cells_is_read_record_by_record() -> None:
    lines = pdf_pages(_pdf([_table(COLS, RECORDS, 30, 5, 0, centred=True)])).pages[0].lines
    assert lines[0] == "Datum\tDnr\tÄrende\tDelegat\tBeslut"
    assert lines[1:4] == [
        "2026-09-03\tRS 2026/0912\tAvtal om konsultstöd för vårdplanering\tRegiondirektör Magnus Lindén"
        "\tAvtal tecknat",
        "2026-09-05\tRS 2026/0847\tYttrande till Förvaltningsrätten i Växjö i mål om\tChefsjurist Anna Storm"
        "\tYttrande avgivet",
        WALL,
    ]


def test_top_aligned_records_start_at_their_date() -> None:
    lines = pdf_pages(_pdf([_table(COLS, RECORDS, 30, 5, 0, centred=False)])).pages[0].lines
    assert WALL in lines


def test_a_table_without_a_decision_makers_column_is_left_as_it_is() -> None:
    cols = [(12, "Datum"), (35, "Dnr"), (62, "Ärende"), (118, "Handlingar"), (162, "Beslut")]
    lines = pdf_pages(_pdf([_table(cols, RECORDS, 30, 5, 0, centred=True)])).pages[0].lines
    assert not any(line.startswith("2026-09-03\tRS 2026/0912\tAvtal om konsultstöd för") for line in lines)
