"""The item scorer's conventions (`arkiv.evaluation.items`)."""

from __future__ import annotations

from arkiv.evaluation.items import ItemScores, gold_dnr_key, score_document
from indexer.types import DocMeta, Extraction, Item


def _ex(doc_type: str, items: list[Item]) -> Extraction:
    return Extraction("x.txt", "0" * 64, "txt", DocMeta(doc_type=doc_type), items)


def test_a_gold_case_number_is_read_as_one_in_a_dnr_column() -> None:
    """Gold lists case numbers as printed; a series in title case has the key the extractor gives it."""
    assert gold_dnr_key("Bn 2026/14") == gold_dnr_key("BN 2026/14") == "BN 2026/14"
    assert gold_dnr_key("Dnr 2024/1") == "2024/1"
    assert gold_dnr_key("not a number") == "not a number"


def test_a_non_meeting_document_kept_whole_is_no_invented_item() -> None:
    whole = Item(None, "Taxa för tillsyn 2027", "Nämnden antar taxan.")
    gold = {"file": "x.txt", "doc_type": "tjänsteskrivelse", "items": []}
    scores = ItemScores()
    doc = score_document(gold, _ex("tjänsteskrivelse", [whole]), scores)
    assert (doc.n_pred, doc.extra, scores.n_pred) == (0, [], 0)
    # Minutes with no gold items: a predicted item is invented.
    doc = score_document({**gold, "doc_type": "protokoll"}, _ex("protokoll", [whole]), ItemScores())
    assert doc.n_pred == 1 and doc.extra
    # A numbered item in a tjänsteskrivelse is one too; so are two.
    numbered = Item("1", "Bakgrund", "Text.")
    assert score_document(gold, _ex("tjänsteskrivelse", [numbered]), ItemScores()).n_pred == 1
    assert score_document(gold, _ex("tjänsteskrivelse", [whole, whole]), ItemScores()).n_pred == 2


def test_pages_are_scored_where_the_format_has_pages() -> None:
    """A web page's items carry no page (gold writes "page 1"): counted apart, not as wrong pages."""
    gold = {"file": "x", "doc_type": "protokoll", "items": [{"number": "§1", "title": "Val", "page": 1}]}
    item = Item("§1", "Val", "Text.")
    html = Extraction("x.html", "0" * 64, "html", DocMeta(doc_type="protokoll"), [item])
    scores = ItemScores()
    score_document(gold, html, scores)
    assert (scores.page_n, scores.page_unpaged) == (0, 1)
    pdf = Extraction("x.pdf", "0" * 64, "pdf", DocMeta(doc_type="protokoll"), [Item("§1", "Val", "Text.")])
    scores = ItemScores()
    score_document(gold, pdf, scores)
    assert (scores.page_n, scores.page_right) == (1, 0)  # a PDF item without its page is wrong
