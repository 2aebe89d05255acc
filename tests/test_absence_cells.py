"""The attendance table's cells that name a member as not taking part (`indexer.entities.absence`): one
reader for the replaced member's column ("Tjänstgör för"), the serving ersättare's column and a cell
saying the member was away, whatever separates the cells (tabs, bars, spaces)."""

from __future__ import annotations

from indexer.entities.absence import absent_spans


def _named(text: str) -> list[str]:
    """The names the absent places hold, each once (several cues may read one)."""
    return sorted({text[a:b].split(" (")[0] for a, b in absent_spans(text)})


def test_a_replaced_members_column_in_tabs_bars_and_spaces() -> None:
    tabs = "Ledamot\tParti\tTjänstgör för\nLisa Enbom\tC\tGöran Nyberg (C)\nAnna Ek\tS\t\n"
    bars = "| Ledamot | Parti | Ersättare för |\n| Lisa Enbom | C | Göran Nyberg |\n| Anna Ek | S |  |\n"
    spaces = "Ledamot        Parti   Tjänstgör för\nLisa Enbom     C       Göran Nyberg\nAnna Ek        S\n"
    for text in (tabs, bars, spaces):
        assert _named(text) == ["Göran Nyberg"], text


def test_the_member_whose_row_names_a_serving_ersattare() -> None:
    text = "Ledamot\tParti\tTjänstgörande ersättare\nBertil Hagsköld\tM\tCecilia Sandberg\nAnna Ek\tS\t\n"
    assert _named(text) == ["Bertil Hagsköld"]
    halves = (
        "Ledamot\tTjg ers.\tLedamot\tTjg ers.\nBertil Hagsköld\tCecilia Sandberg\tAnna Ek\t\n"
        "Bo Berg\t\tEva Ros\tOlle Lund\n"
    )
    assert _named(halves) == ["Bertil Hagsköld", "Eva Ros"]


def test_a_kallelse_lists_each_members_own_ersattare() -> None:
    # the meeting is not yet held: "Ersättare" beside a member is theirs, no one served in their place
    text = "Kallade\nLedamot\tParti\tErsättare\nBirgitta Nord\tC\tOla Hägg (C)\nÅsa Lind\tKD\t\n"
    assert _named(text) == ["Birgitta Nord"]  # in minutes the same table says Ola Hägg served for her
    assert [text[a:b] for a, b in absent_spans(text, planned=True)] == []


def test_a_row_whose_cell_says_the_member_was_away() -> None:
    for text in (
        "Ulla Sjölund\tS\t\tFrånvarande\n",
        "| Bo Ek | M | Förhinder |\n",
        "Bo Ek (S)      Frånvarande utan ersättare\n",
        "Bo Ek\tM\tAnmält förhinder\n",
    ):
        assert _named(text) in (["Ulla Sjölund"], ["Bo Ek"]), text
    assert _named("Anna Ek\tS\tNärvarande\n") == []


def test_a_row_naming_someone_is_no_header() -> None:
    """ "Ebba Lundqvist⇥S⇥Tjänstgörande ersättare" is a row (its cell is her role), not a header whose
    column the rows under it fill."""
    text = "Ebba Lundqvist\tS\tTjänstgörande ersättare\nBo Berg\tM\tEva Ros\n"
    assert _named(text) == []
