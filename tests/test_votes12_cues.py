"""Cues of branch votes12: a matter named with the paragraph it is handled under ("initiativärende från
Anna Ek (V), § 122") is raised there, not in the item that names it; a kallelse signed name over role,
two signatures close together ("Gunilla Axelsson (M)" / "Ordförande" / "Emma Löfgren" /
"Nämndsekreterare"), gives no role to the name under it (the chair's "Ordförande" is not the secretary's)."""

from __future__ import annotations

from indexer.entities.doc_actions import title_authors
from indexer.entities.people import NameFinder, find_persons
from indexer.types import Item, Person


def test_a_matter_named_with_its_paragraph_alone_is_raised_there() -> None:
    mehmet = Person(name="Mehmet Arslan", party="V", roles=["ledamot"])
    text = "Föredragningslistan godkänns med tillägg av initiativärende från Mehmet Arslan (V), § 122.\n"
    here = Item(number="§119", title="Godkännande av föredragningslistan", text=text)
    assert not title_authors(here, NameFinder([mehmet]))
    there = Item(number="§122", title="Initiativärende om fritidsbanken", text=text)
    assert [a.person for a in title_authors(there, NameFinder([mehmet]))] == ["Mehmet Arslan"]


def test_two_signatures_with_the_role_under_each_name() -> None:
    text = (
        "KALLELSE\nSocialnämnden\n"
        "Ledamot som är förhindrad att delta anmäler detta till nämndsekreteraren.\n"
        "Gunilla Axelsson (M)\n"
        "Ordförande\n"
        "Emma Löfgren\n"
        "Nämndsekreterare\n"
        "Föredragningslista\n"
    )
    roles = {p.name: p.roles for p in find_persons(text)}
    assert "Emma Löfgren" in roles and "ordförande" not in roles["Emma Löfgren"]
