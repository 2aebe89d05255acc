"""Who did what and who took part in documents besides full protocols (issue 9): a kallelse's presenter
column shared with the time, notes signed by a justerare, a signature row under a row of labels, a first
name run into an abstract noun of a table's next cell, kommuner named in the genitive or beside another."""

from __future__ import annotations

from pathlib import Path

from indexer.entities.doc_actions import column_presenters
from indexer.entities.people import NameFinder, find_persons
from indexer.entities.places import kommuner
from indexer.entities.signatures import label_row_mentions
from indexer.extract import extract_file
from indexer.types import Item

AGENDA = (
    "Nr\tÄrende\tDnr\tFöredragande/Tid\n"
    "1\tVal av justerare\n"
    "2\tInformation från kommundirektören\t\tKommundirektör Anna Wiberg 08.35–08.50\n"
    "3\tOmbyggnad av förskola\tKS 000544/2026 - 291\tFastighetschef Mats Holm, projektledare Elin Berg "
    "09.10–09.40\n"
    "4\tMarkanvisning\tKS 2026/12\tMark- och exploateringschef Karl Ström\n"
    "5\tBudget\tKS 2026/13\tBudgeten ska antas av Karl Ström senare\n"
)


def _agenda_items() -> list[Item]:
    return [
        Item(number="1", title="Val av justerare", text=""),
        Item(
            number="2",
            title="Information från kommundirektören",
            text="Kommundirektör Anna Wiberg 08.35–08.50",
        ),
        Item(
            number="3",
            title="Ombyggnad av förskola",
            text="KS 000544/2026 - 291\nFastighetschef Mats Holm, projektledare Elin Berg 09.10–09.40",
        ),
        Item(number="4", title="Markanvisning", text="KS 2026/12\nMark- och exploateringschef Karl Ström"),
        Item(number="5", title="Budget", text="KS 2026/13\nBudgeten ska antas av Karl Ström senare"),
    ]


def test_presenters_in_a_column_shared_with_the_time() -> None:
    items = _agenda_items()
    finder = NameFinder(find_persons(AGENDA))
    column_presenters(items, AGENDA, finder)
    got = {(it.number, a.person) for it in items for a in it.actions if a.kind == "presented"}
    # titles before the names, two officials in one cell, the case number's line above: a sentence is no cell
    assert got == {("2", "Anna Wiberg"), ("3", "Mats Holm"), ("3", "Elin Berg"), ("4", "Karl Ström")}


def test_no_presenters_without_a_presenter_column() -> None:
    items = _agenda_items()
    text = AGENDA.replace("Föredragande/Tid", "Tid")
    column_presenters(items, text, NameFinder(find_persons(AGENDA)))
    assert not any(it.actions for it in items)


def test_signatures_under_a_row_of_labels() -> None:
    text = "Justerat 2026-11-03\n\nOrdförande\tJusterare\nLars-Göran Hedin (M)\tPernilla Åkesson (S)\n"
    got = {(m.name, m.party, tuple(m.roles)) for m in label_row_mentions(text)}
    assert got == {("Lars-Göran Hedin", "M", ("ordförande",)), ("Pernilla Åkesson", "S", ("justerare",))}
    # a row of cells that are not all labels, or names that do not fill the row, give nothing
    assert label_row_mentions("Ordförande\tBeslut\nLars Hedin (M)\tAvslag\n") == []
    assert label_row_mentions("Ordförande\tJusterare\nLars Hedin (M)\n") == []


def test_notes_signed_by_a_justerare(tmp_path: Path) -> None:
    text = (
        "MÖTESANTECKNINGAR\nTestkommun\nBeredningen för hållbar utveckling\n\n"
        "Närvarande:   Annika Grönlund (C), ordförande\n              Tomas Hedh (S)\n\n"
        "1. Mötets öppnande\n   Ordföranden hälsade välkommen.\n\n"
        "2. Arbetsplan\n   Tomas Hedh (S) informerade om arbetsplanen.\n\n"
        "Vid anteckningarna\n\nEmma Jonsson\nNämndsekreterare\n\nJusteras\n\nAnnika Grönlund\nOrdförande\n"
    )
    path = tmp_path / "testkommun_beredningen_2026-11-10_motesanteckningar.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    assert ex.meta.doc_type == "mötesanteckningar"
    got = {a.person for it in ex.items for a in it.actions if a.kind == "justerare"}
    assert got == {"Annika Grönlund"}


def test_a_first_name_run_into_an_abstract_noun_is_no_person() -> None:
    text = (
        "RS\tTilldelningsbeslut, upphandling Upphandlingschef Jessica Tilldelning enligt\n"
        "Inköp av bårar\tUpphandlingschef Jessica Wall\tAvrop\n"
    )
    names = {p.name for p in find_persons(text)}
    assert "Jessica Tilldelning" not in names and "Jessica Wall" in names
    assert "Anna Ström" in {p.name for p in find_persons("Beslut fattat av Anna Ström enligt delegation.")}


def test_kommuner_in_the_genitive_and_beside_a_known_kommun() -> None:
    assert kommuner([], [], "Yttrande över Borgholms kommuns förslag till översiktsplan") == ["Borgholm"]
    text = "Studiebesök hos Rättviks kommun. Ett samarbete kan inledas med Rättvik och Gagnef."
    assert kommuner([], [], text) == ["Rättvik", "Gagnef"]
    # without a kommun named as one, or a first name before it, a pair of names is no kommun
    assert kommuner([], [], "Ett samarbete kan inledas med Rättvik och Gagnef.") == []
    assert kommuner([], [], "Mora kommun yttrar sig. Per Mora och Falkenberg tackas.") == ["Mora"]
    assert kommuner([], [], "Region Stockholm och Huddinge kommun har yttrat sig.") == ["Huddinge"]


def test_telling_the_meeting_in_the_past_or_present_tense_is_presenting() -> None:
    from indexer.entities.actions import ActionContext, find_actions
    from indexer.entities.rolewords import RoleWords

    header = "Närvarande\nAnna Ek (S), ordförande\nElin Forsmark, fastighetsförvaltare\n\n"
    persons = find_persons(header + "Elin Forsmark berättade om inventeringen.")
    chair = next(p for p in persons if "ordförande" in p.roles)

    def acts(body: str, planned: bool = False) -> set[tuple[str, str]]:
        found = find_actions(
            body, ActionContext(NameFinder(persons), chair, RoleWords(persons), minutes=True, planned=planned)
        )
        return {(a.person, a.kind) for a in found}

    assert acts("Elin Forsmark berättade om inventeringen av lokalerna.") == {("Elin Forsmark", "presented")}
    # session 16: the present tells the meeting too, in minutes and in a kallelse's programme (GOLD_FORMAT)
    assert acts("Elin Forsmark berättar om sina erfarenheter.") == {("Elin Forsmark", "presented")}
    programme = acts("Elin Forsmark berättar om sina erfarenheter.", planned=True)
    assert programme == {("Elin Forsmark", "presented")}
    assert acts("Elin Forsmark berättar att lokalerna är fuktskadade.") == set()  # telling a fact, no matter


def test_a_facility_named_then_its_town() -> None:
    assert kommuner([], [], "Förlängning av hyresavtal, Vårdcentralen Kvarnholmen, Kalmar") == ["Kalmar"]
    assert kommuner([], [], "Hyresavtal, Vårdcentralen Kvarnholmen, Anna Ek") == []


def test_notes_signed_by_the_chair_and_a_justerare(tmp_path: Path) -> None:
    text = (
        "MINNESANTECKNINGAR\nTestkommun\nKommunala pensionärsrådet\n\n"
        "Närvarande ledamöter:\n  Birgitta Mattsson (C), ordförande\n  Gunnel Lindh, PRO\n\n"
        "1. Mötets öppnande\nOrdföranden Birgitta Mattsson hälsar alla välkomna.\n\n"
        "2. Val av justerare\nGunnel Lindh utses att justera dagens minnesanteckningar.\n\n"
        "Justeras\n\nBirgitta Mattsson, ordförande          Gunnel Lindh, justerare\n"
    )
    path = tmp_path / "testkommun_kommunala-pensionarsradet_2025-09-18_minnesanteckningar.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_file(path)
    assert {a.person for it in ex.items for a in it.actions if a.kind == "justerare"} == {"Gunnel Lindh"}
