"""A meeting place named like a person ("Ale Kulturrum": Ale is a first name) on a "Plats och tid" line is
no one at the meeting."""

from __future__ import annotations

from indexer.entities.people import find_persons


def test_the_place_of_plats_och_tid_is_no_person() -> None:
    text = (
        "Plats och tid: Ale Kulturrum, Nödinge, torsdag 24 september 2026 kl. 18.00–20.45\n"
        "Beslutande\nAnna Ek (S), ordförande\nBo Berg (M)\n"
    )
    assert [p.name for p in find_persons(text)] == ["Anna Ek", "Bo Berg"]
