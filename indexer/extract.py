"""One file in, one `Extraction` out: parse, mask, clean, metadata, items, entities.

Nothing is stored here; `indexer.pipeline` stores, `arkiv extract` prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from indexer.entities import annotate as entities
from indexer.meta import detect as meta
from indexer.meta import sources
from indexer.read import clean, parse, privacy
from indexer.segment import split as segment
from indexer.segment.common import series_hint
from indexer.segment.doc_dnr import document_numbers
from indexer.types import Extraction, Item


def extract_file(
    path: Path,
    *,
    organization: str | None = None,
    max_bytes: int = 50_000_000,
    ocr: parse.OcrOptions | None = None,
) -> Extraction:
    """Read and analyse one document.

    Args:
        path: The file to read (txt, md, html, pdf, docx).
        organization: Overrides the organization when the text does not name it; without it, the
            organization a `sources.json` beside the file names (`indexer.meta.sources`) does.
        max_bytes: Files larger than this are refused.
        ocr: How PDF pages without a text layer are OCR'd (default: on, Swedish).

    Returns:
        The extraction: metadata, agenda items, people, places, actions.

    Raises:
        parse.ParseError: The file is empty, binary, corrupt, unreadable or too large.
    """
    source = parse.read_document(path, max_bytes=max_bytes, ocr=ocr)
    return extract_read(source, path, organization=organization)


def extract_read(source: parse.SourceText, path: Path, *, organization: str | None = None) -> Extraction:
    """Analyse a file already read from `path`: `organization` if given, else a `sources.json` beside
    the file, names the organization where the text does not."""
    if organization:
        return extract_text(source, organization=organization)
    return extract_text(source, organization=sources.organization_for(path), given_by=sources.SOURCES_FILE)


def extract_text(
    source: parse.SourceText, *, organization: str | None = None, given_by: str = "--organization"
) -> Extraction:
    """Analyse a document already read (see `extract_file`); `given_by` names where `organization` is from."""
    text, n_masked = privacy.mask_personnummer(source.text)
    masked = text
    cleaned = clean.clean_document(text, fmt=source.fmt)
    text = cleaned.text
    source.running = cleaned.running
    # Cleaning drops soft hyphens and joins lines and pages: a number split by them is whole now.
    text, n_joined = privacy.mask_personnummer(text)
    if not text.strip():
        raise parse.ParseError("no text left after removing page headers and footers")
    doc_meta = meta.detect_meta(text, source_name=Path(source.path).name, raw=masked, cues=source.cues)
    if organization and (not doc_meta.organization or doc_meta.organization_inferred):
        doc_meta.organization = organization
        doc_meta.organization_inferred = False
        doc_meta.meta_source["organization"] = given_by
    items = segment.segment(text, doc_meta, bold=source.bold)
    _set_pages(items, text, cleaned, source.ocr_confidence)
    n_items = privacy.mask_extraction(items)  # titles joined from several lines; before entity offsets
    ex = Extraction(
        source=source.path,
        sha256=source.sha256,
        fmt=source.fmt,
        meta=doc_meta,
        items=items,
        masked_personnummer=n_masked + n_joined + n_items,
        warnings=list(source.warnings),
        pages=source.pages,
        ocr_pages=sorted(source.ocr_confidence),
        ocr_confidence=_mean(source.ocr_confidence.values()),
        encoding=source.encoding,
    )
    for d in document_numbers(text, items, series_hint(text, doc_meta)):
        ex.own_dnr.append(d.key)
        ex.own_dnr_printed[d.key] = d.printed
    entities.annotate(ex, text)
    ex.masked_personnummer += privacy.mask_extraction(ex)  # names, metadata, the file name
    return ex


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(sum(values) / len(values), 1) if values else None


def _heading_at(text: str, it: Item, body: int) -> int:
    """Where the item's § line stands: its page is the item's page, also where the title is printed
    above the § line and a page break fell between them (the title at the foot of one page, "§ 13" and
    the text on the next). Else the item's start."""
    number = (it.number or "").removeprefix("§")
    if not it.number or not it.number.startswith("§") or not number.isdigit():
        return it.start
    stop = body if body > it.start else it.start + 600
    m = _section_line(number).search(text, it.start, stop)
    return m.start() if m else it.start


@lru_cache(maxsize=1024)
def _section_line(number: str) -> re.Pattern[str]:
    """The line of § `number`, compiled once per number: a document's many patterns of this kind (one per
    item) would otherwise push each other out of `re`'s own cache and be compiled again for every document."""
    return re.compile(rf"^[^\S\n]*(?:\S+[^\S\n]+)?(?:§[^\S\n]*{number}\b|{number}[^\S\n]?§)", re.MULTILINE)


def _set_pages(items: list[Item], text: str, cleaned: clean.Cleaned, ocr: dict[int, float]) -> None:
    """Give each item the physical pages it spans, from its offsets in the cleaned text, and the
    OCR confidence of those pages when they were OCR'd."""
    if not cleaned.page_starts:
        return
    for k, it in enumerate(items):
        nxt = items[k + 1].start if k + 1 < len(items) else len(text)
        body = text.find(it.text[:200], it.start, max(nxt, it.start) + 1) if it.text else -1
        end = body + len(it.text) if body >= 0 else nxt
        it.page = cleaned.page_at(_heading_at(text, it, body))
        it.page_end = max(it.page or 0, cleaned.page_at(max(it.start, min(end, nxt) - 1)) or 0) or None
        if it.page is not None:
            it.ocr_confidence = _mean(
                ocr[p] for p in range(it.page, (it.page_end or it.page) + 1) if p in ocr
            )
