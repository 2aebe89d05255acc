"""Split a document into agenda items (ärenden, paragrafer, punkter).

Documents come in different shapes; the first shape that fits decides:

1. a document that is not minutes (a tjänsteskrivelse, motion, rapport, granskning, anvisning,
   delegationslista, skrivelse, bilaga: `indexer.meta.doctype`) is one item;
2. a protocol with ``§ 86`` headings (OCR ``$ 86`` too), its table of contents dropped
   (`indexer.segment.paragraphs`);
3. an agenda table in markdown (``| 3. | Ärende | Beteckning | Förslag |``) or
   tab-separated rows (``3<TAB>Title<TAB>Note``) (`indexer.segment.tables`);
4. label headings "Ärende 7", "Punkt 1: Title" (`indexer.segment.labels`);
5. numbered headings at the left margin ("1 Title", "5. **Title**"), plus any
   attached protocol extract ``§63`` with its own organ and date (`indexer.segment.lists`);
6. unnumbered headings: markdown ("## Trygghetslarm"), bold lines ("**Övriga frågor**", a PDF's
   lines set in bold), numbered by their order (`indexer.segment.headings`);
7. bullets of a scraped page, with numbered points inside a bullet as items of their own;
8. a protocol with a single ``§`` heading (an extract) is that paragraph;
9. otherwise the whole text is one item.

A list of decisions in cases (a delegationslista) is one item whose own case numbers are those of
every decision it lists (`indexer.segment.decisions`).
"""

from __future__ import annotations

from collections.abc import Sequence

from indexer.meta.doctype import MEETING_CUES, NOT_MEETING
from indexer.segment import decisions, extract_head
from indexer.segment import headings as seg_headings
from indexer.segment import labels as seg_labels
from indexer.segment import lists as seg_lists
from indexer.segment import paragraphs as seg_paragraphs
from indexer.segment import tables as seg_tables
from indexer.segment.after_table import points_after_list, points_after_table
from indexer.segment.cited_decisions import drop_decision_citations
from indexer.segment.common import cite_title_case, keep_labelled_bare, series_hint, settle_dnr
from indexer.segment.label_over import join_label_over_number
from indexer.segment.listed_numbers import cite_column_numbers, drop_reported_numbers
from indexer.types import DocMeta, Item

__all__ = ["segment"]


def segment(text: str, meta: DocMeta, bold: Sequence[str] = ()) -> list[Item]:
    """Split cleaned text into agenda items.

    Args:
        text: The document text after `indexer.read.clean.clean_text`.
        meta: The document's metadata (its type and organ guide the choice of shape
            and the series of bare diarienummer).
        bold: Lines the file sets wholly in bold (a PDF's headings without numbers).

    Returns:
        The items in document order; never empty for a non-empty text.
    """
    hint = series_hint(text, meta)
    # "Dnr" over its number read as one labelled line, for the headings only: the same length keeps
    # every item's offset, and a list's "Dnr" column header alone on its line stays one for `decisions`.
    items = _split(join_label_over_number(text), meta, hint, bold)
    cite_title_case(items, text)
    cite_column_numbers(items, hint)
    keep_labelled_bare(items, text, hint)
    settle_dnr(items)
    drop_decision_citations(items)
    drop_reported_numbers(items)
    decisions.keep_listed_decisions(items, text, meta, hint)
    return items


def _split(text: str, meta: DocMeta, hint: str | None, bold: Sequence[str] = ()) -> list[Item]:
    # A document that is not minutes, or that nothing shows to be minutes (a plan, a taxa, a strategy
    # without the word that types it), is one ärende or one text: never cut into invented agenda items.
    if meta.doc_type in NOT_MEETING or (meta.doc_type is None and not MEETING_CUES.search(text)):
        return [seg_lists.single_item(text, hint)]
    items = seg_paragraphs.split_paragraphs(text, hint)
    if not items and meta.doc_type == "protokoll":
        # A protokollsutdrag: one § with its case number; a numbered list in it is its decision.
        single = seg_paragraphs.split_paragraphs(text, hint, min_items=1)
        if single and len(single[0].diarienummer) > len(single[0].dnr_cited):
            items = single
        else:  # its case number printed in the head above the §, not with it (`extract_head`)
            items = extract_head.with_head_dnr(single, text, hint)
    if items:
        return items
    for splitter in (
        seg_tables.split_markdown_agenda,
        seg_tables.split_tab_rows,
        seg_labels.split_labelled,
        seg_lists.split_numbered,
        seg_headings.split_md_headings,
    ):
        items = (
            seg_headings.split_md_headings(text, hint, bold)
            if splitter is seg_headings.split_md_headings
            else splitter(text, hint)
        )
        if items and splitter in (seg_tables.split_markdown_agenda, seg_tables.split_tab_rows):
            merged = _sections_after_agenda(items, seg_labels.split_labelled(text, hint))
            if merged is items:  # no "Ärende 3" sections: numbered ones ("3. Title") after the table?
                merged = _sections_after_agenda(items, _numbered_after(text, items, hint))
            if merged is items:  # or unnumbered points under it ("Information" / a title, its presenter)
                merged = points_after_table(text, items, bold, hint)
            items = merged
        if items and splitter is seg_lists.split_numbered and meta.doc_type == "kallelse":
            items = points_after_list(text, items, bold, hint)  # "Information" under a numbered agenda
        if items:
            return items
    if meta.doc_type == "protokoll":  # a protokollsutdrag, or a protocol of one paragraph
        items = seg_paragraphs.split_paragraphs(text, hint, min_items=1)
        if items:
            return items
    items = seg_lists.split_bullets(text, hint)
    return items or [seg_lists.single_item(text, hint)]


def _numbered_after(text: str, rows: list[Item], hint: str | None) -> list[Item]:
    """The numbered headings ("3. Information om …" and its text) after an agenda table's last numbered
    row: the table's own lines blanked (offsets kept), so its rows do not start the chain."""
    numbered = [r.start for r in rows if r.number]
    if not numbered:
        return []
    eol = text.find("\n", max(numbered))
    if eol < 0:
        return []
    blank = "".join(c if c == "\n" else " " for c in text[:eol])
    return seg_lists.split_numbered(blank + text[eol:], hint)


def _sections_after_agenda(rows: list[Item], sections: list[Item]) -> list[Item]:
    """A kallelse whose agenda table ("Nr / Ärende / Dnr / Föredragande") is followed by a section per
    point ("Ärende 3  Information om …" and its text): the sections are the items, where each point's
    text is; the table's row gives its presenter and notes, put after the section's text, and its
    case numbers. Without such sections, or where they do not print every row's number, the rows are
    the items."""
    numbered = [r for r in rows if r.number]
    by_number = {s.number: s for s in sections}
    if len(sections) < 2 or not numbered or any(r.number not in by_number for r in numbered):
        return rows
    if min(s.start for s in sections) < max(r.start for r in numbered):
        return rows  # the "sections" are the table's own lines
    rows_by_number = {r.number: r for r in numbered}
    for sec in sections:
        row = rows_by_number.get(sec.number or "")
        if row is None:
            continue
        if row.text and row.text not in sec.text:
            sec.text = sec.text + "\n\n" + row.text
        for key in row.diarienummer:
            if key not in sec.diarienummer:
                sec.diarienummer.append(key)
                sec.dnr_printed.setdefault(key, row.dnr_printed.get(key, key))
    return sections
