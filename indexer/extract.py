"""One file in, one `Extraction` out: parse, mask, clean, metadata, items, entities.

Nothing is stored here; `indexer.pipeline` stores, `arkiv extract` prints.
"""

from __future__ import annotations

from pathlib import Path

from indexer.entities import annotate as entities
from indexer.meta import detect as meta
from indexer.read import clean, parse, privacy
from indexer.segment import split as segment
from indexer.types import Extraction


def extract_file(path: Path, *, organization: str | None = None, max_bytes: int = 50_000_000) -> Extraction:
    """Read and analyse one document.

    Args:
        path: The file to read (txt, md, html, pdf, docx).
        organization: Overrides the organization when the text does not name it.
        max_bytes: Files larger than this are refused.

    Returns:
        The extraction: metadata, agenda items, people, places, actions.

    Raises:
        parse.ParseError: The file is empty, binary, corrupt, unreadable or too large.
    """
    source = parse.read_document(path, max_bytes=max_bytes)
    return extract_text(source, organization=organization)


def extract_text(source: parse.SourceText, *, organization: str | None = None) -> Extraction:
    """Analyse an already-read document (see `extract_file`)."""
    text, n_masked = privacy.mask_personnummer(source.text)
    text = clean.clean_text(text, fmt=source.fmt)
    # Cleaning drops soft hyphens and joins lines and pages: a number split by them is whole now.
    text, n_joined = privacy.mask_personnummer(text)
    if not text.strip():
        raise parse.ParseError("no text left after removing page headers and footers")
    doc_meta = meta.detect_meta(text, source_name=Path(source.path).name)
    if organization and (not doc_meta.organization or doc_meta.organization_inferred):
        doc_meta.organization = organization
        doc_meta.organization_inferred = False
    items = segment.segment(text, doc_meta)
    n_items = privacy.mask_extraction(items)  # titles joined from several lines; before entity offsets
    ex = Extraction(
        source=source.path,
        sha256=source.sha256,
        fmt=source.fmt,
        meta=doc_meta,
        items=items,
        masked_personnummer=n_masked + n_joined + n_items,
        warnings=list(source.warnings),
    )
    entities.annotate(ex, text)
    ex.masked_personnummer += privacy.mask_extraction(ex)  # names, metadata, the file name
    return ex
