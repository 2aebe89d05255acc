"""One file in, one `FileResult` out: the unit of work every engine runs.

The task is a small picklable object, so a process pool or a cluster can ship it to workers;
nothing in it touches the archive. It never raises for a file: whatever goes wrong — the name,
the file's status, its permissions, parsing, analysis, a limit — becomes the file's one-line reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from indexer.read.parse import OcrOptions, ParseError, read_document
from indexer.run.names import shown_name
from indexer.types import Extraction

#: Page breaks in read text: the PDF reader's markers, or form feeds.
_PAGE = re.compile(r"<!--\s*sida\s+\d+\s*-->|\f", re.IGNORECASE)


@dataclass
class FileResult:
    """What analysing one file gave: an extraction, or the reason it was skipped.

    `vectors` (item text hash -> vector blob) is filled by engines that embed where they analyse,
    with the cache key (model and passage window) they were embedded under in `vector_key`; the
    writer takes them only under its own key and embeds what is missing.
    """

    path: Path
    extraction: Extraction | None = None
    reason: str | None = None
    vectors: dict[str, bytes] | None = None
    vector_key: str | None = None


@dataclass(frozen=True)
class ExtractTask:
    """Analyse one file (parse, mask, clean, metadata, items, entities); never raises.

    Args:
        organization: Used when a document does not name its kommun or region.
        max_bytes: Larger files are refused.
        max_pages: Documents with more pages are refused (0: no limit).
        max_items: Documents split into more agenda items are refused (0: no limit).
    """

    organization: str | None = None
    max_bytes: int = 50_000_000
    max_pages: int = 0
    max_items: int = 0
    ocr: OcrOptions = field(default_factory=OcrOptions)

    def __call__(self, path: Path) -> FileResult:
        """Run the task on one file."""
        try:
            return self._run(path)
        except ParseError as e:
            return FileResult(path, reason=str(e))
        except RecursionError:
            return FileResult(path, reason="could not be analysed (structure nested too deeply)")
        except MemoryError:
            return FileResult(path, reason="could not be analysed (out of memory)")
        except Exception as e:  # a bug on one odd file must not lose the run
            return FileResult(path, reason=f"could not be analysed ({type(e).__name__}: {e})")

    def _run(self, path: Path) -> FileResult:
        # Imported here: the indexing process of a pool never analyses, so it never loads the analysis.
        from indexer.extract import extract_read

        source = read_document(path, max_bytes=self.max_bytes, ocr=self.ocr)
        if self.max_pages:
            pages = len(_PAGE.findall(source.text))
            if pages > self.max_pages:
                return FileResult(path, reason=f"too many pages ({pages:,}, limit {self.max_pages:,})")
        ex = extract_read(source, path, organization=self.organization)
        if not ex.items:
            return FileResult(path, reason="no agenda items or text found")
        if self.max_items and len(ex.items) > self.max_items:
            return FileResult(
                path, reason=f"too many agenda items ({len(ex.items):,}, limit {self.max_items:,})"
            )
        ex.source = shown_name(path)  # stored and shown: one printable line, no personnummer
        return FileResult(path, extraction=ex)
