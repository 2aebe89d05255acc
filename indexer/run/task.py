"""One file in, one `FileResult` out: the unit of work every engine runs.

The task is a small picklable object, so a process pool or a cluster can ship it to workers;
nothing in it touches the archive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from indexer.extract import extract_file
from indexer.read.parse import OcrOptions, ParseError
from indexer.types import Extraction


@dataclass
class FileResult:
    """What analysing one file gave: an extraction, or the reason it was skipped.

    `vectors` (item text hash -> vector blob) is filled by engines that embed where they analyse;
    the writer embeds what is missing.
    """

    path: Path
    extraction: Extraction | None = None
    reason: str | None = None
    vectors: dict[str, bytes] | None = None


@dataclass(frozen=True)
class ExtractTask:
    """Analyse one file (parse, mask, clean, metadata, items, entities); never raises."""

    organization: str | None = None
    max_bytes: int = 50_000_000
    ocr: OcrOptions = field(default_factory=OcrOptions)

    def __call__(self, path: Path) -> FileResult:
        """Run the task on one file."""
        try:
            ex = extract_file(path, organization=self.organization, max_bytes=self.max_bytes, ocr=self.ocr)
        except ParseError as e:
            return FileResult(path, reason=str(e))
        except Exception as e:  # a bug on one odd file must not lose the run
            return FileResult(path, reason=f"could not be analysed ({type(e).__name__}: {e})")
        if not ex.items:
            return FileResult(path, reason="no agenda items or text found")
        return FileResult(path, extraction=ex)
