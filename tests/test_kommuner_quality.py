"""Extraction floors on the development sets of other kommuner (tests/data/kommuner, 2, 3, 5, 7, 9, 10, 12,
15, 17).

All were written blind, in layouts of 52 kommuner and regioner that no rule was written for; the extraction
rounds after their first sight read them (BENCHMARKS.md has the first-sight figures, the honest forecast).
These floors keep what those rounds reached from sliding back. tests/data/kommuner was the held-out set
until session 6, when it was retired into development (its misses read and fixed); the forecast sets
(kommuner4, 6, 14 and the newer ones) are scored by hand once per merge and have no floor here on purpose: a
floor would invite tuning on them. kommuner12 (named votes) joined once its one metadata miss, a portal page
naming its kommun only in its <title> and site header, was read from those; kommuner15 (where documents
print organization, organ and date) once its first-sight misses were fixed. kommuner8 (a forecast set until
session 7), kommuner11 (one until session 8), kommuner12 and kommuner13 are development sets for named
votes: they are held to the vote and people floors of `VOTE_SETS` (kommuner8's and kommuner13's metadata and
titles are below the floors above, which is not what they were made to measure).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arkiv.evaluation.entities import EntityScores, _locate
from arkiv.evaluation.entities import score_document as score_entities
from arkiv.evaluation.gold import load_gold
from arkiv.evaluation.items import ItemScores
from arkiv.evaluation.items import score_document as score_items
from indexer.extract import extract_file

ROOT = Path(__file__).resolve().parent.parent
SETS = (
    *("kommuner", "kommuner2", "kommuner3", "kommuner5", "kommuner7", "kommuner9", "kommuner10"),
    *("kommuner12", "kommuner15", "kommuner17"),
)
ITEM_FLOORS = {"f1": 0.97, "title_accuracy": 0.95, "item_dnr_f1": 0.95}
META_FLOOR = 0.9  # share of documents with each metadata field right
ENTITY_FLOORS = {"person_f1": 0.92, "party_accuracy": 0.95, "action_f1": 0.9, "kommun_f1": 0.8}
#: Sets written to vary one part get their own, higher floors on it: kommuner17 (people, parties, roles and
#: who did what; first sight persons 0.962, actions 0.956, reached 1.000 and 0.997 in the people10 round).
#: kommuner2 and kommuner3: document case numbers 0.989 and 0.992 -> 1.000 (docdnr17: a number printed for
#: the document as a whole in its head, "Diarienummer: RS 2026-00010", "Dnr KS 2025/00031").
SET_ENTITY_FLOORS = {
    "kommuner17": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.98},
    "kommuner2": {"diarienummer_f1": 1.0},
    "kommuner3": {"diarienummer_f1": 1.0},
}
#: Votes were the weak part (0.52-0.54 on kommuner2/3 and 0.76 on kommuner5 at first sight), 1.000 on
#: all three after the votes rounds.
VOTE_FLOOR = 0.95


@pytest.fixture(scope="module", params=SETS)
def scores(request: pytest.FixtureRequest) -> tuple[str, ItemScores, EntityScores]:
    folder = ROOT / "tests" / "data" / request.param
    items, entities = ItemScores(), EntityScores()
    for doc in load_gold(folder / "gold.json")["documents"]:
        ex = extract_file(_locate(doc, folder))
        score_items(doc, ex, items)
        score_entities(doc, ex, entities)
    return request.param, items, entities


def test_items_titles_and_case_numbers(scores: tuple[str, ItemScores, EntityScores]) -> None:
    name, items, _ = scores
    for metric, floor in ITEM_FLOORS.items():
        got = getattr(items, metric)
        assert got >= floor, (name, metric, got, [d.wrong_titles for d in items.docs if d.wrong_titles])


def test_metadata(scores: tuple[str, ItemScores, EntityScores]) -> None:
    name, items, _ = scores
    for field, share in items.meta_accuracy.items():
        assert share >= META_FLOOR, (name, field, share)


def test_people_actions_and_votes(scores: tuple[str, ItemScores, EntityScores]) -> None:
    name, _, entities = scores
    got = entities.summary()
    for metric, floor in {**ENTITY_FLOORS, "vote_f1": VOTE_FLOOR, **SET_ENTITY_FLOORS.get(name, {})}.items():
        assert got[metric] >= floor, (name, metric, got[metric])


#: Sets whose items, titles and case numbers have floors of their own (items11), at what the round reached
#: less a small margin: kommuner13 (blind, written for named votes; items 1.000, titles 1.000, item case
#: numbers 0.988; its votes and people are other rounds' work and have no floor here yet) and kommuner16
#: (blind, written for item numbering and title placement; first sight items 0.909, titles 0.819, item
#: case numbers 0.952; after items11 all 1.000, and persons, actions and votes 1.000 too).
ITEM_SET_FLOORS = {
    "kommuner13": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.97},
    "kommuner16": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # written for people and who did what; titles 0.983 -> 1.000, item case numbers 0.988 -> 1.000
    "kommuner17": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.97},
    # a forecast set until session 7 (first sight items 0.910, titles 0.792); items12: items F1
    # 0.910 -> 1.000, titles 0.806 -> 1.000, item case numbers 0.935 -> 1.000
    "kommuner14": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # documents besides protocols (a kallelse's agenda table, mötesanteckningar, a tjänsteskrivelse, a
    # delegationslista, a scanned protocol read by OCR, a protokollsutdrag); first sight items 0.917,
    # titles 0.808, item case numbers 0.947; kinds1: 1.000, 1.000, 1.000
    "kommuner21": {"f1": 0.97, "title_accuracy": 0.96, "item_dnr_f1": 0.95},
    # kommuner21's twin (a forecast until session 8); kinds2: items recall 0.941 -> 1.000 (a § OCR read as
    # "3", a title parted over a blank line on its § line), titles 0.941 -> 1.000, item case numbers 1.000
    "kommuner20": {"f1": 0.97, "title_accuracy": 0.96, "item_dnr_f1": 0.95},
    # a forecast set until session 8 (blind, two writers); items13: items 1.000 -> 1.000, titles 0.939 ->
    # 1.000 (a kallelse's description under its title), item case numbers 0.945 -> 0.978
    "kommuner18": {"f1": 0.99, "title_accuracy": 0.99, "item_dnr_f1": 0.97},
    # forecast sets until session 9, retired into development for people11 (items, titles and item case
    # numbers held at what they were: kommuner6 1.000 / 0.980 / 1.000, kommuner19 1.000 / 1.000 / 0.982)
    "kommuner6": {"f1": 0.99, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    "kommuner19": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.97},
    # kallelser and mötesanteckningar, written blind in session 9 for who did what (first sight items,
    # titles and item case numbers already 1.000)
    "kommuner28": {"f1": 0.99, "title_accuracy": 0.99, "item_dnr_f1": 0.99},
    # a forecast set until session 9 (blind, two writers); votes12: items 1.000 -> 1.000, titles 0.972 ->
    # 1.000 (a kallelse's description in its title's agenda cell), item case numbers 1.000 -> 1.000
    "kommuner22": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # a forecast set until session 9 (kinds besides protocols: a kallelse of numbered lines,
    # minnesanteckningar, a tjänsteskrivelse, a delegationslista, a scanned protocol, a portal protocol);
    # kinds3: items F1 0.966 -> 1.000 ("10. Övriga frågor" set with a space, a § OCR read as "$£82"),
    # titles 0.933 -> 1.000, item case numbers 1.000 -> 1.000
    "kommuner23": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # written blind in session 9 for development (two kallelser, minnesanteckningar, a tjänsteskrivelse, a
    # delegationslista, a scanned protocol); kinds3: items 0.899 -> 1.000, titles 0.622 -> 1.000 (a portal
    # row's case number and links under its title; the scanned protocol's §§)
    "kommuner26": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # four scanned protocols written blind in session 9 for branch ocr2: items 0.800 -> 1.000, titles 0.667 ->
    # 0.952, item case numbers 0.952 -> 0.970 (a speckled scan median-filtered, § signs read as "8141")
    "kommuner27": {"f1": 0.97, "title_accuracy": 0.92, "item_dnr_f1": 0.94},
    # written blind in session 9 for development (documents besides full protocols: a kungörelse, a
    # kallelse's agenda table with an empty § column, mötesanteckningar under bold headings, a
    # protokollsutdrag, a delegationslista, a pdftotext -layout kallelse); kinds4: items F1 0.467 -> 1.000,
    # titles 0.302 -> 1.000, item case numbers 1.000 -> 1.000
    "kommuner29": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # a forecast set in session 9 (documents besides full protocols), retired into development in session
    # 10; kinds5: items 0.968 -> 1.000, titles 0.935 -> 1.000 (a numbered row carrying its case number is no
    # table header), item case numbers 0.750 -> 1.000 ("KS 000871/2026 - 040", wrapped Dnr cells)
    "kommuner25": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # written blind in session 10 for development (a kungörelse, a kallelse table, a tjänsteskrivelse, notes
    # in capitals, a protokollsutdrag, a delegationslista); kinds5: items 0.857 -> 1.000, titles 0.657 ->
    # 1.000
    "kommuner32": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # written blind in session 10 for development (portal HTML kallelser, Word notes under heading styles and
    # bold runs, a Word agenda table with unnumbered rows); lead + html2: items 0.395 -> 1.000, titles 0.239
    # -> 1.000, item case numbers 0.842 -> 1.000
    "kommuner33": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # written blind in session 10 for development (a portal's definition list and accordion, information
    # points after a Word table, a voteringslista across a page); kinds6: items 0.750 -> 1.000, titles 0.733
    # -> 1.000, item case numbers 1.000 -> 1.000
    "kommuner34": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # six portal HTML pages written blind in session 11 for development; first sight items 1.000, titles
    # 0.950 (a decorative arrow glued to titles), item case numbers 1.000; lead: titles -> 1.000
    "kommuner35": {"f1": 0.98, "title_accuracy": 0.97, "item_dnr_f1": 0.97},
    # written blind in session 11 for development (named votes across page breaks); votes13: items 1.000 ->
    # 1.000, titles 0.960 -> 1.000 (a text layout's title wrapped beside a right-hand Dnr column), item case
    # numbers 0.987 -> 0.987 (an "Anmälan av motioner" §: this gold gives it none of the numbers it lists,
    # `settle_dnr` gives it them, as an earlier set's gold has it)
    "kommuner37": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.97},
    # forecast sets in session 10 (documents besides protocols, protocols of other systems), retired into
    # development in session 11; first sight as development sets: kommuner30 items 0.976, titles 0.929 (a
    # kallelse's signature read into the last row's title), kommuner31 items 1.000, titles 0.958, item case
    # numbers 0.960; kinds8: kommuner30 titles 0.929 -> 0.952 (its two missed items are information points
    # after a Word table), kommuner31 titles 0.958 -> 1.000 (place-and-date line, a title wrapped after
    # "längs" beside its far-right Dnr), item case numbers 0.960 -> 1.000
    "kommuner30": {"f1": 0.97, "title_accuracy": 0.95, "item_dnr_f1": 0.97},
    "kommuner31": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 12 for the kinds kommuner39's first sight named (portal presenters without a
    # label, titles under a running header band, wrapped titles, a broken case number, a delegationslista,
    # notes of a råd); first sight items 0.909, titles 0.875, item case numbers 0.985; lead12a and kinds9:
    # items 1.000, titles 0.982, item case numbers 1.000
    "kommuner41": {"f1": 0.99, "title_accuracy": 0.96, "item_dnr_f1": 0.98},
    # forecast sets until session 12 (every kind, written blind), retired into development for kinds10:
    # kommuner38 first sight items 1.000, titles 1.000, item case numbers 1.000 (session 11); kommuner40
    # first sight items 0.864, titles 0.773 (a portal <ol> of points read as one, Word information points
    # after a signature), item case numbers 1.000; kinds10: 1.000, 1.000, 1.000
    "kommuner38": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    "kommuner40": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # forecast sets until session 13 (every kind, written blind), retired into development by the lead:
    # kommuner42 first sight items 0.878, titles 0.855 (notes of a råd: a group of the attendance list read
    # as the first point), item case numbers 0.988; kommuner39 first sight items 1.000, titles 0.951, item
    # case numbers 0.987. lead13a: kommuner42 1.000, 1.000, 1.000; kommuner39 1.000, 0.984, 1.000
    "kommuner42": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    "kommuner39": {"f1": 0.99, "title_accuracy": 0.97, "item_dnr_f1": 0.98},
    # written blind in session 13 for the kinds first sights found weak (notes of råd in four markups,
    # reservation phrasings, presenters in kallelser, a motion); first sight items 0.993, titles 0.945;
    # session 13's rounds: 1.000, 1.000, item case numbers 1.000
    "kommuner45": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 14 (kommuner49: case numbers, presenters, attendance lists; kommuner50:
    # yrkanden, reservations, notes, voteringslistor); first sight items 1.000 / 0.955, titles 1.000 /
    # 0.911, item case numbers 0.977 / 0.952; session 14's rounds and lead15a (a Dnr column's bare numbers
    # in a §, a § reporting delegation decisions): 1.000 each
    "kommuner49": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    "kommuner50": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 15 (kommuner52: decision parts and case numbers in eight PDF systems;
    # kommuner54: items, titles, metadata, people in hard layouts); first sight items 0.867 / 0.937, titles
    # 0.809 / 0.945, item case numbers 0.906 / 1.000; session 15's merges (lead15a, seg15, k52): 1.000 each
    "kommuner52": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    "kommuner54": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 16 (kommuner57: roll-call votes in many printings); first sight items,
    # titles and item case numbers 1.000 each, and still at v57
    "kommuner57": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # a forecast set written blind in session 15 (every kind), retired into development in session 16;
    # first sight (session 15's final code) items 1.000, titles 1.000, item case numbers 1.000; v55 the same
    "kommuner55": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 15 (named votes in many printings; how a document names its organ); first
    # sight items, titles and item case numbers 1.000 each; organ16 (session 16): 1.000 each
    "kommuner56": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 13 as a forecast set, retired into development in session 16 (branch k43):
    # first sight there items 0.946, titles 0.911 (a PDF agenda table's group headings), item case numbers
    # 1.000 -> 1.000 each
    "kommuner43": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 16 for case numbers (26 shapes among lookalikes); first sight items 1.000,
    # titles 1.000, item case numbers 0.957 ("Ärende 2026-815", "KS 2026/0412 023"); k60: 1.000 each
    "kommuner60": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # a forecast set of every kind written blind in session 14, retired into development in session 16:
    # first sight items 0.992 (a § printed after a later one dropped), titles 0.968, item case numbers
    # 0.986; branch k48: 1.000 each (its organ 7/8 is helper organ16's and has no floor here)
    "kommuner48": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 16 as a forecast set (small kommuner), scored twice, retired into development
    # at the close for its votes: items 0.926, titles 0.877, item case numbers 1.000 at first sight and at
    # the close (its misses are listed in BENCHMARKS, "k59"; held where it stands until they are built)
    # notes17 (session 17): items 0.926 -> 1.000, titles 0.877 -> 1.000 (a web page's notes whose points are
    # bold paragraphs, tingsryd 0/7 -> 7/7)
    "kommuner59": {"f1": 0.99, "title_accuracy": 0.98, "item_dnr_f1": 0.98},
    # written blind in session 17 (regioner, large kommuner), retired into development for its case numbers:
    # first sight items 1.000, titles 1.000, item case numbers 0.818 ("PN 2026/17 (15)"); k61: 1.000 each
    "kommuner61": {"f1": 1.0, "title_accuracy": 1.0, "item_dnr_f1": 1.0},
}
#: Sets whose metadata (organization, organ, date, document type) is held to a share of its own.
#: kommuner23: organ 5/6 at kinds3, its gold naming the förvaltning that wrote the tjänsteskrivelse where
#: the other sets' golds name the nämnd it is written to; GOLD_FORMAT settled it for the nämnd (session 9).
META_SET_FLOORS = {
    "kommuner21": 1.0,
    "kommuner20": 1.0,
    "kommuner28": 1.0,
    "kommuner23": 1.0,
    "kommuner26": 1.0,
    "kommuner29": 1.0,  # kinds4: date and doc_type 5/6 -> 6/6 (a "Kungörelse" is a kallelse)
    "kommuner25": 1.0,
    "kommuner32": 1.0,  # lead, session 10: organ 5/6 -> 6/6 ("Delegationslista" is no body)
    "kommuner33": 1.0,
    "kommuner34": 1.0,  # kinds6: organ 5/6 -> 6/6 ("Kommunfullmäktige sammanträder …")
    "kommuner35": 1.0,  # lead, session 11: doc_type 5/6 -> 6/6 (a meeting page's agenda is a kallelse)
    "kommuner37": 1.0,  # 6/6 at first sight
    "kommuner30": 1.0,  # 6/6 at first sight
    "kommuner31": 1.0,  # kinds8: organ 5/6 -> 6/6 ("Kommunstyrelsen, sammanträde <date>")
    "kommuner41": 1.0,  # lead12a: organ 6/7 -> 7/7 (notes naming their råd as "KPR" in the title)
    "kommuner38": 1.0,  # organ 7/8 -> 8/8 (a delegationslista's organ is the body it is reported to)
    "kommuner40": 1.0,  # 8/8 at first sight
    "kommuner42": 1.0,  # 8/8 at first sight
    "kommuner39": 1.0,  # lead13a: organ and date 7/8 -> 8/8 ("(KPR)" after a name; a date at a list's foot)
    "kommuner45": 1.0,  # organ 6/9 -> 9/9, date and doc_type 8/9 -> 9/9 (notes' title lines, a motion)
    "kommuner49": 1.0,  # 8/8 at first sight
    "kommuner50": 1.0,  # 8/8 at first sight
    "kommuner52": 1.0,  # 8/8 at first sight
    "kommuner54": 1.0,  # 8/8 at first sight
    "kommuner57": 1.0,  # 7/7 at first sight
    # organ 7/8 at first sight and at v55: notes printing their body as "Kommunala pensionärsrådet (KPR),
    # <date>, kl. …, <place>" on one line read no organ (organization, date, doc_type 8/8) -> meta17: 8/8
    "kommuner55": 1.0,
    # organ16: organ 6/8 -> 8/8 ("Arbetsutskottet beslutar" at the pages' top and foot is no running header;
    # "Protokoll fört vid sammanträde med socialnämnden i Hylte kommun" names Socialnämnden)
    "kommuner56": 1.0,
    "kommuner43": 1.0,  # k43: date 7/8 -> 8/8 ("Anmäls till: Kommunstyrelsen 2026-04-15")
    "kommuner60": 1.0,  # k60: organization 7/8 -> 8/8 (a kommunalförbund is its own organization)
    # organ and date 7/8 (a header wrapping the organ's name; "3/11 2026") -> meta17: 8/8
    "kommuner59": 1.0,
    "kommuner61": 1.0,  # k61: organ 7/8 -> 8/8 (a tjänsteskrivelse's "Förslag till beslut" names its nämnd)
}
ENTITY_SET_FLOORS = {
    # session 17: kommuner61 first sight persons 0.988 (a tjänsteskrivelse's writers under its recipients),
    # actions 0.962 (Föredragande beside a "(15)" read as a page count; "med⏎instämmande av"), document case
    # numbers 0.818, kommun 0.893, votes 1.000 (16) -> k61: persons 1.000, actions 0.994 (a party named
    # "Demokraterna" noting: left), case numbers 1.000, kommun 0.967 (hospitals' towns: the gold's call),
    # votes 1.000; parties17b: actions 1.000 ("Demokraterna lämnar en protokollsanteckning" is the local D)
    "kommuner61": {
        "person_f1": 1.0,
        "party_accuracy": 1.0,
        "action_f1": 1.0,
        "diarienummer_f1": 1.0,
        "kommun_f1": 0.96,
        "region_f1": 1.0,
        "vote_f1": 1.0,
    },
    # session 16: kommuner59 first sight persons 0.967 (attendance "Efternamn Förnamn (P)" in Word kept in
    # both orders), actions 0.925 (notes' points in bold paragraphs unread), votes 0.300 (a narrow "Parti"
    # header label merged with the next) -> k59: votes 1.000 (31), the rest unchanged; session 17 (people17):
    # persons 1.000 (the list's order told by the items), actions 0.935 (the Bygdeparti's reservation);
    # region 0.909 -> meta17: 1.000 ("överförmyndarnämnder i Jämtlands län och Västernorrlands län" names
    # places, no region)
    "kommuner59": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.99,  # notes17: 0.925 -> 0.989 (the notes' points, their justerare); merged: 1.000
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
        "region_f1": 1.0,
    },
    # session 16 (branch k48): kommuner48 first sight persons 1.000, party 1.000, actions 0.917 (reserved
    # 0.783, protocol_note 0.800, proposed 0.857: the moved § 39; a compound party code SJVP), document case
    # numbers 0.958 (a serial beside a date masked as a samordningsnummer, a cited decision's number),
    # votes 0.889 (32 of 40: a vote table split by a page break), region 0.923 -> every figure 1.000
    "kommuner48": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
        "region_f1": 0.95,
    },
    # session 16: kommuner60 first sight persons 0.995 (a kontrollansvarig named in a decision), actions
    # 0.994 (an extract's chair under its reservation), document case numbers 0.958, kommun 0.977, votes
    # 1.000 (9) -> k60: persons 1.000, actions 1.000, case numbers 1.000, kommun 1.000, votes 1.000
    "kommuner60": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "kommun_f1": 0.97,
        "vote_f1": 0.99,
    },
    # session 16 (k43): kommuner43 first sight persons 0.996, actions 0.951 (justerare 0.857, presented
    # 0.920, raised 0.923), votes 0.971 -> persons 1.000, actions 0.994 (justerare 0.941: the chair signing
    # under "Justeras" in notes that chose no one, whom the gold, written before GOLD_FORMAT settled it, left
    # out; amended by the lead: actions 1.000), votes 0.971 (a wrapped name cell's mark: left) -> acts17:
    # votes 1.000 (35: "Lars Wennberg, 1:e vice" / "M  X  X" / "ordförande" read as one row)
    "kommuner43": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
    },
    # session 16: kommuner56 (a set of named votes: held to its votes here, as kommuner52 and kommuner54
    # are, not in VOTE_SETS) first sight persons 0.997, actions 0.989, kommun 0.963, votes 0.996 (Bertil
    # Wallén's "allén" read as a street's; "Tid och plats: …, Karlstad" unread) -> organ16: persons 1.000,
    # actions 1.000, kommun 1.000, case numbers 1.000, votes 1.000 (128)
    "kommuner56": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "kommun_f1": 0.95,
        "vote_f1": 0.99,
    },
    # session 16: kommuner57 first sight persons 1.000, actions 0.974 (proposed P 0.88: a voteringslista's
    # party rows after "Yrkanden" read as the parties' yrkanden), case numbers 1.000, votes 0.991 (349 of
    # 351: a PDF list in two halves, the right half's short names under the left half's "Avst") -> v57:
    # actions 1.000, votes 1.000 (351)
    "kommuner57": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
    },
    # session 16: kommuner55 first sight persons 0.992, party 0.992, actions 0.972, case numbers 1.000, votes
    # 0.585 (33 of 49: Hultsfred's voteringslista over a page break, "§ 32 forts." in the margin on its
    # repeated header's line read as a column) -> v55: votes 1.000 (49), the rest unchanged; session 17
    # (people17): persons 1.000, party 1.000 (FP kept as printed), actions 0.982 (medborgarförslag authors);
    # acts17: actions 0.991 (the chair's change of the agenda no yrkande, "Reservation – KF § 33" a block of
    # its own, "Förslagsställaren" the author presenting, an extract's certifier no reserver)
    "kommuner55": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.99,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.98,
    },
    # session 15: kommuner52 first sight persons 0.997, actions 0.816 (reserved 0.767, proposed 0.775: three
    # PDFs' §§ not found), document case numbers 0.800 -> persons 1.000, actions 0.994, case numbers 1.000,
    # votes 1.000 (59); kommuner54 first sight actions 0.963 (justerare 0.842) -> 0.981, persons 1.000,
    # case numbers 0.986 (a number printed for a notes document as a whole), votes 1.000 (11)
    "kommuner52": {
        "person_f1": 0.99,
        "party_accuracy": 0.98,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
    },
    # kommuner54 document case numbers 0.986 -> 1.000 (docdnr17: "Diarienummer: 26RK112" in the head)
    "kommuner54": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.97,
        "diarienummer_f1": 1.0,
        "vote_f1": 0.99,
    },
    # session 14: kommuner49 first sight persons 0.974, actions 0.958 (presented 0.918), document case
    # numbers 0.978 -> persons 1.000, actions 0.994, case numbers 1.000 (lead15a), votes 1.000 (9);
    # kommuner50 first sight persons 0.956, actions 0.844 (reserved, notes, proposed), case numbers 0.952
    # -> persons 0.995, actions 0.996, case numbers 1.000 (lead15a), votes 1.000 (123)
    "kommuner49": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
    },
    "kommuner50": {
        "person_f1": 0.98,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
    },
    # session 13: first sight persons 0.984, actions 0.912 (raised 0.791, presented 0.904) -> persons
    # 1.000, actions 0.986 (one chair signing under "Justeras" counted, which this gold does not), votes
    # 1.000 (11)
    "kommuner45": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.97,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
    },
    # lead13a (session 13): kommuner42 first sight persons 0.994, actions 0.855 (presented 0.800, raised
    # 0.750, reserved 0.769), document case numbers 0.991, votes 1.000 (61) -> persons 0.997, actions 1.000,
    # case numbers 1.000; kommuner39 first sight actions 0.968 -> 1.000 (session 12), persons 1.000, votes
    # 1.000 (70)
    "kommuner42": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.99,
    },
    "kommuner39": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.97,
        "vote_f1": 0.99,
    },
    # kinds10 (session 12): kommuner38 persons 0.984 -> 0.996, actions 0.947 (first sight) -> 0.994, votes
    # 1.000 (29); kommuner40 persons 0.985 -> 1.000, actions 0.871 -> 0.989, votes 1.000 (13)
    "kommuner38": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.97, "diarienummer_f1": 0.98},
    "kommuner40": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.97, "diarienummer_f1": 0.98},
    # session 12: first sight actions 0.830 (presented 0.612: two portal kallelser setting presenters
    # without a label), document case numbers 0.949; lead12a and kinds9: actions 1.000, case numbers 1.000
    "kommuner41": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.98,
    },
    # first sight as development sets (session 11): kommuner30 persons 0.979, party 0.957, actions 0.909;
    # kommuner31 persons 0.992, party 1.000, actions 0.978, votes 0.889 (a lone Nej after a page break read
    # as Ja). kinds8: kommuner30 persons 1.000, party 1.000, actions 0.975 (two presenters of information
    # points after a Word table left); kommuner31 persons 1.000, actions 1.000, votes 1.000
    "kommuner30": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.95, "diarienummer_f1": 0.98},
    "kommuner31": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.98,
    },
    # lead, session 11: persons 0.981 -> 1.000 (the content's own <header>), actions 0.980 -> 1.000 (the
    # meeting page's proposed justerare, "X (S), med instämmande av Y (S), yrkar"), votes 1.000 (9)
    "kommuner35": {
        "person_f1": 0.98,
        "party_accuracy": 0.98,
        "action_f1": 0.95,
        "diarienummer_f1": 0.97,
        "vote_f1": 0.98,
    },
    # votes13 (session 11): votes 0.917 -> 1.000 (a vote table going on without its header on the next page,
    # a text layout's marks set a few characters off after a page break), persons 0.993 -> 1.000 (who
    # resigns and is elected), actions 0.985 -> 1.000 (a local party named by its initials' words, a list of
    # new motions' authors, "antecknar att"), document case numbers 0.987 -> 0.987
    "kommuner37": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.97,
        "vote_f1": 0.99,
    },
    # kinds6 (session 10): persons 0.993 -> 1.000, actions 0.872 -> 1.000, document case numbers 0.987 ->
    # 1.000; votes 1.000 at first sight (62: a voteringslista broken across a page, and a second)
    "kommuner34": {
        "person_f1": 0.98,
        "party_accuracy": 0.98,
        "action_f1": 0.95,
        "diarienummer_f1": 0.97,
        "vote_f1": 0.98,
    },
    # actions13 (session 10): persons 0.902 -> 1.000 (a list of decisions' delegater read record by record),
    # actions 0.739 -> 1.000 with kinds5's items (presenters in a Föredragande column, notes' justerare),
    # document case numbers 0.866 -> 1.000
    "kommuner25": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.95, "diarienummer_f1": 0.97},
    # session 10: persons 1.000 at first sight, actions 0.746 -> 0.986 (items of the capitals notes,
    # "berättade om"), document case numbers 0.969 -> 1.000
    "kommuner32": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.95, "diarienummer_f1": 0.97},
    # session 10: persons 0.969 -> 1.000, actions 0.268 -> 0.989 (the points of Word and portal notes found,
    # presenters of a Word agenda table), document case numbers 0.947 -> 1.000
    "kommuner33": {"person_f1": 0.98, "party_accuracy": 0.97, "action_f1": 0.95, "diarienummer_f1": 0.97},
    # ocr2: persons 0.993 -> 0.961 and votes 1.000 -> 0.943 (the median reads a thin "f" as "t" in two
    # names), party 0.987 -> 0.959, actions 0.580 -> 1.000, document case numbers 0.741 -> 0.970; ocr3
    # (session 10, both readings, the surer kept): persons 0.987, votes 0.986; ocr4 (party cells and lost
    # capitals mended from the document's own names): party 0.960 -> 1.000, votes 1.000, case numbers 1.000
    "kommuner27": {
        "person_f1": 0.97,
        "party_accuracy": 0.98,
        "action_f1": 0.97,
        "diarienummer_f1": 0.97,
        "vote_f1": 0.97,
    },
    # kinds4: persons 1.000 -> 1.000, party 1.000 -> 1.000, actions 0.377 -> 0.984 (presented 0.080 ->
    # 1.000, raised 0.400 -> 1.000, justerare 0.000 -> 0.800), document case numbers 0.868 -> 1.000
    "kommuner29": {"person_f1": 0.99, "party_accuracy": 0.99, "action_f1": 0.95, "diarienummer_f1": 0.98},
    # kinds3: persons 0.970 -> 1.000, party 0.979 -> 1.000, actions 0.483 -> 1.000, document case numbers
    # 0.971 -> 1.000
    "kommuner26": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.97, "diarienummer_f1": 0.97},
    "kommuner16": {"person_f1": 0.97, "party_accuracy": 0.97, "action_f1": 0.95, "vote_f1": 0.97},
    # party11: a member list with its parties in a column of its own ("Jonas Ekdahl      M      ordförande")
    # and a kallelse's "Ordföranden föreslår att nämnden utser en justerare …": persons 0.988 -> 1.000,
    # party 0.936 -> 1.000, actions 0.986 -> 1.000, votes 0.994 -> 1.000
    "kommuner14": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.97, "vote_f1": 0.98},
    # kinds1: persons 0.990 -> 1.000, actions 0.828 -> 1.000 (proposed 0.600 and reserved 0.500 at first
    # sight: the scanned protocol's §§ were not found), document case numbers 0.917 -> 0.980 -> 1.000
    # (docdnr17: "Diarienummer: RS2026-01187" in a notes document's head)
    "kommuner21": {
        "person_f1": 0.98,
        "party_accuracy": 0.98,
        "action_f1": 0.97,
        "diarienummer_f1": 1.0,
        "vote_f1": 0.98,
    },
    # kinds2: persons 0.986 -> 0.993, party 0.915 -> 0.972 (party codes misread in an OCR'd member list),
    # actions 0.905 -> 1.000 (reserved 0.667 -> 1.000), document case numbers 0.966 -> 1.000
    "kommuner20": {
        "person_f1": 0.98,
        "party_accuracy": 0.95,
        "action_f1": 0.97,
        "diarienummer_f1": 0.95,
        "vote_f1": 0.98,
    },
    # items13: persons 0.976 -> 0.993, party 0.986 -> 0.986, actions 0.971 -> 0.988; its votes are held in
    # VOTE_SETS below
    "kommuner18": {"person_f1": 0.98, "party_accuracy": 0.98, "action_f1": 0.98},
    # people11: persons 0.972 -> 1.000 (inverted lists with a bare party code, tab-column signatures),
    # party 0.994 -> 0.994, actions 0.995 -> 0.995
    "kommuner6": {"person_f1": 0.99, "party_accuracy": 0.98, "action_f1": 0.98},
    # people11: persons 0.987 -> 1.000 (absence cues), party 0.997 -> 1.000, actions 0.987 -> 0.995
    "kommuner19": {"person_f1": 0.99, "party_accuracy": 0.99, "action_f1": 0.98, "vote_f1": 0.99},
    # lead, session 9: persons 0.992 -> 1.000 (first names of the former Yugoslavia), organ 5/6 -> 6/6 (a
    # comma inside an organ's name in a running header), actions 0.952 -> 0.992 (a kallelse's head-block
    # justerare, "frågade hur …", "valdes att justera dagens minnesanteckningar")
    "kommuner28": {"person_f1": 0.99, "party_accuracy": 0.99, "action_f1": 0.98},
    # votes12: votes 0.918 -> 1.000 (a voteringslista printed in two halves side by side), persons 0.994 ->
    # 1.000, party 1.000 -> 1.000, actions 0.992 -> 1.000, document case numbers 1.000 -> 1.000
    "kommuner22": {
        "person_f1": 0.99,
        "party_accuracy": 0.99,
        "action_f1": 0.98,
        "diarienummer_f1": 0.98,
        "vote_f1": 0.98,
    },
    # kinds3: persons 0.989 -> 0.989, party 1.000 -> 1.000, actions 0.954 -> 1.000 (protocol_note 0.500 ->
    # 1.000, raised 0.909 -> 1.000: "tar upp" under övriga frågor), document case numbers 0.508 -> 1.000 (a
    # delegationslista's rows, their Dnr column wrapped "BMN" / "2026/298"), votes 1.000
    "kommuner23": {
        "person_f1": 0.97,
        "party_accuracy": 0.98,
        "action_f1": 0.97,
        "diarienummer_f1": 0.97,
        "vote_f1": 0.98,
    },
}


@pytest.mark.parametrize("name", sorted(ITEM_SET_FLOORS))
def test_items_titles_and_case_numbers_of_more_sets(name: str) -> None:
    folder = ROOT / "tests" / "data" / name
    items, entities = ItemScores(), EntityScores()
    for doc in load_gold(folder / "gold.json")["documents"]:
        ex = extract_file(_locate(doc, folder))
        score_items(doc, ex, items)
        score_entities(doc, ex, entities)
    for metric, floor in ITEM_SET_FLOORS[name].items():
        got = getattr(items, metric)
        assert got >= floor, (name, metric, got, [d.wrong_titles for d in items.docs if d.wrong_titles])
    for field, share in items.meta_accuracy.items():
        assert share >= META_SET_FLOORS.get(name, 0.0), (name, field, share)
    summary = entities.summary()
    for metric, floor in ENTITY_SET_FLOORS.get(name, {}).items():
        assert summary[metric] >= floor, (name, metric, summary[metric])


#: Development sets written for named votes, and the votes F1 each is held to (reached 1.000 on each at
#: branch votes8; first sight 0.338 on kommuner8, 0.704 on kommuner12, 0.768 on kommuner13). kommuner11, a
#: forecast set until session 8 (votes 0.417 at its first sight as a development set), reached 1.000 at
#: branch votes9 (persons 1.000, party 1.000, actions 0.990). kommuner18, a forecast set until session 8
#: (votes 0.537 at first sight as a development set: a voteringslista before the items, its header "§ 41 Ja"),
#: reached 1.000 at branch votes10; here it is held to its votes only (its people and actions have their own
#: floors in ENTITY_SET_FLOORS, from branch items13).
VOTE_SETS = {"kommuner8": 0.98, "kommuner11": 0.97, "kommuner12": 0.98, "kommuner13": 0.98}
VOTE_SETS["kommuner18"] = 0.97
#: kommuner57 (session 16, blind: roll-call votes in many printings): first sight votes 0.991, persons
#: 1.000, actions 0.974; v57: votes 1.000, persons 1.000, actions 1.000.
VOTE_SETS["kommuner57"] = 0.99
#: People and actions on those sets (reached: persons 0.995 / 1.000 / 0.994, actions 0.990 / 1.000 / 0.989).
VOTE_SET_FLOORS = {"person_f1": 0.96, "party_accuracy": 0.98, "action_f1": 0.97}
#: Vote sets held to their votes floor alone.
VOTES_ONLY = {"kommuner18"}


@pytest.mark.parametrize("name", sorted(VOTE_SETS))
def test_votes_on_the_vote_sets(name: str) -> None:
    folder = ROOT / "tests" / "data" / name
    entities = EntityScores()
    for doc in load_gold(folder / "gold.json")["documents"]:
        score_entities(doc, extract_file(_locate(doc, folder)), entities)
    got = entities.summary()
    floors = {} if name in VOTES_ONLY else VOTE_SET_FLOORS
    for metric, floor in {**floors, "vote_f1": VOTE_SETS[name]}.items():
        assert got[metric] >= floor, (name, metric, got[metric])
