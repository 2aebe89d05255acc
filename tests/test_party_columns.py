"""Party codes in a column of their own, a kallelse's proposals and an unnamed justerare (branch party11)."""

from __future__ import annotations

from indexer.entities.actions import ActionContext, find_actions
from indexer.entities.local_parties import local_party_codes
from indexer.entities.parties import local_parties
from indexer.entities.people import NameFinder, find_persons
from indexer.types import Person


def _people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    with local_parties(local_party_codes(text)):
        return {p.name: (p.party, p.roles) for p in find_persons(text)}


def test_space_aligned_member_list_under_a_kallelse_header() -> None:
    text = (
        "Kallade ledamöter\n"
        "Jonas Ekdahl                     M              ordförande\n"
        "Sibel Aydın                      L\n"
        "Jamal Haddad                     S\n"
        "Tobias Enström                   -\n"
        "\n"
        "Ersättare för kännedom\n"
        "Gerd Olsson                      SD\n"
        "\n"
        "Jonas Ekdahl\n"
        "Ordförande\n"
    )
    got = _people(text)
    assert got["Jonas Ekdahl"][0] == "M" and "ordförande" in got["Jonas Ekdahl"][1]
    assert "ersättare" not in got["Jonas Ekdahl"][1]  # the signature under the list is no member
    assert got["Sibel Aydın"][0] == "L" and got["Jamal Haddad"][0] == "S"
    assert got["Tobias Enström"][0] is None
    assert got["Gerd Olsson"] == ("SD", ["ersättare"])


def test_space_aligned_rows_without_a_header() -> None:
    got = _people("Närvaro\n\nJamal Haddad        S        X\nSibel Aydın         L        X\n")
    assert got["Jamal Haddad"][0] == "S" and got["Sibel Aydın"][0] == "L"


def test_tab_row_with_a_bracketed_role_in_the_name_cell() -> None:
    got = _people("Hussein Abdi (tj. ers.)\tS\tX\t\tX\nKarin Berg, 1:e vice ordf.\tS\tX\n")
    assert got["Hussein Abdi"] == ("S", ["tjänstgörande ersättare"])
    assert got["Karin Berg"][0] == "S"


def test_local_party_code_in_a_column() -> None:
    text = "Ledamöter\nAnna Ek          SJV      ordförande\nBo Berg          SJV\n| Lars Holm | SJV | X |\n"
    assert "SJV" in local_party_codes(text)
    got = _people(text)
    assert got["Anna Ek"][0] == got["Bo Berg"][0] == got["Lars Holm"][0] == "SJV"


def test_vote_marks_in_a_column_are_no_local_party() -> None:
    assert not local_party_codes("Anna Ek\tJA\nBo Berg\tJA\nKarin Lund\tNEJ\nPer Holm\tNEJ\n")


def _acts(text: str, *, planned: bool = False) -> set[tuple[str, str]]:
    chair = Person(name="Jonas Ekdahl", party="M", roles=["ordförande", "ledamot"])
    other = Person(name="Anna Ek", party="S", roles=["ledamot"])
    return {
        (a.person or "", a.kind)
        for a in find_actions(text, ActionContext(NameFinder([chair, other]), chair, planned=planned))
    }


def test_unnamed_justerare_is_nobody() -> None:
    text = "Ordföranden föreslår att nämnden utser en justerare att jämte ordföranden justera protokollet."
    assert not {a for a in _acts(text) if a[1] == "justerare"}
    assert ("Anna Ek", "justerare") in _acts("Anna Ek (S) utses att jämte ordföranden justera protokollet.")


def test_a_kallelse_proposal_is_no_yrkande() -> None:
    text = "Ordföranden föreslår att nämnden godkänner redovisningen."
    assert ("Jonas Ekdahl", "proposed") in _acts(text)
    assert not _acts(text, planned=True)
    assert ("Anna Ek", "proposed") in _acts("Anna Ek (S) yrkar bifall till förslaget.", planned=True)


def test_the_order_of_the_agenda_is_no_yrkande() -> None:
    text = "Ordföranden föreslår att ärendet Interpellation behandlas före ärendet Fråga om laddplatser."
    assert not _acts(text)


def test_one_elected_in_a_sentence_wrapped_over_lines_takes_no_part() -> None:
    text = (
        "Beslutande\nOla Brink (MP)\nAnna Ek (S)\n\n§ 149 Avsägelser och fyllnadsval\n"
        "Till ny ersättare i kultur- och fritidsnämnden efter Ola Brink (MP) för tiden till och\n"
        "med 2026-12-31 väljs Margareta Tell (MP).\n"
    )
    got = _people(text)
    assert "Ola Brink" in got and "Margareta Tell" not in got


def test_a_question_handled_under_another_paragraph_is_raised_there() -> None:
    from indexer.entities.doc_actions import title_authors
    from indexer.types import Item

    anna = Person(name="Stina Hjärpe", party="SD", roles=["ledamot"])
    text = "Föredragningslistan godkänns med tillägg av en övrig fråga från Stina Hjärpe (SD), se § 96.\n"
    here = Item(number="§88", title="Godkännande av föredragningslistan", text=text)
    assert not title_authors(here, NameFinder([anna]))
    there = Item(number="§96", title="Övriga frågor", text=text.replace("se § 96", "se § 96 nedan"))
    assert [a.person for a in title_authors(there, NameFinder([anna]))] == ["Stina Hjärpe"]
