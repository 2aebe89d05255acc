"""One file in, one `Extraction` out: parse, mask, clean, metadata, items, entities.

Nothing is stored here; `indexer.pipeline` stores, `arkiv extract` prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from indexer.entities import annotate as entities
from indexer.meta import detect as meta
from indexer.read import clean, parse, privacy
from indexer.segment import split as segment
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
        organization: Overrides the organization when the text does not name it.
        max_bytes: Files larger than this are refused.
        ocr: How PDF pages without a text layer are OCR'd (default: on, Swedish).

    Returns:
        The extraction: metadata, agenda items, people, places, actions.

    Raises:
        parse.ParseError: The file is empty, binary, corrupt, unreadable or too large.
    """
    source = parse.read_document(path, max_bytes=max_bytes, ocr=ocr)
    return extract_text(source, organization=organization)


def extract_text(source: parse.SourceText, *, organization: str | None = None) -> Extraction:
    """Analyse an already-read document (see `extract_file`)."""
    text, n_masked = privacy.mask_personnummer(source.text)
    cleaned = clean.clean_document(text, fmt=source.fmt)
    text = cleaned.text
    source.running = cleaned.running
    if not text.strip():
        raise parse.ParseError("no text left after removing page headers and footers")
    doc_meta = meta.detect_meta(text, source_name=Path(source.path).name)
    if organization and (not doc_meta.organization or doc_meta.organization_inferred):
        doc_meta.organization = organization
        doc_meta.organization_inferred = False
    items = segment.segment(text, doc_meta)
    _set_pages(items, text, cleaned, source.ocr_confidence)
    ex = Extraction(
        source=source.path,
        sha256=source.sha256,
        fmt=source.fmt,
        meta=doc_meta,
        items=items,
        masked_personnummer=n_masked,
        warnings=list(source.warnings),
        pages=source.pages,
        ocr_pages=sorted(source.ocr_confidence),
        ocr_confidence=_mean(source.ocr_confidence.values()),
        encoding=source.encoding,
    )
    entities.annotate(ex, text)
    return ex


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(sum(values) / len(values), 1) if values else None


def _set_pages(items: list[Item], text: str, cleaned: clean.Cleaned, ocr: dict[int, float]) -> None:
    """Give each item the physical pages it spans, from its offsets in the cleaned text, and the
    OCR confidence of those pages when they were OCR'd."""
    if not cleaned.page_starts:
        return
    for k, it in enumerate(items):
        nxt = items[k + 1].start if k + 1 < len(items) else len(text)
        body = text.find(it.text[:200], it.start, max(nxt, it.start) + 1) if it.text else -1
        end = body + len(it.text) if body >= 0 else nxt
        it.page = cleaned.page_at(it.start)
        it.page_end = max(it.page or 0, cleaned.page_at(max(it.start, min(end, nxt) - 1)) or 0) or None
        if it.page is not None:
            it.ocr_confidence = _mean(
                ocr[p] for p in range(it.page, (it.page_end or it.page) + 1) if p in ocr
            )
