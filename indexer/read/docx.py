"""Word documents (.docx) to text: paragraphs with their list numbers, tables as tab-separated rows."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from indexer.read.errors import ParseError

__all__ = ["docx_text"]


def docx_text(data: bytes) -> str:
    """The text of a .docx file: one block per paragraph or table, a blank line between.

    Raises:
        ParseError: Not a Word document, or a broken one.
    """
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from indexer.read.docx_limits import docx_limit_reason
    from indexer.read.docx_numbering import ListNumbers

    if reason := docx_limit_reason(data):  # a zip bomb is refused before anything is unpacked
        raise ParseError(reason)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ParseError("corrupt docx (not a Word document)") from e
    except Exception as e:  # lxml and python-docx raise their own types for broken parts
        raise ParseError(f"corrupt docx ({e.__class__.__name__})") from e
    # One block per paragraph (a blank line between, as in text files) and one per table;
    # a list paragraph gets back the number Word draws in front of it.
    numbers = ListNumbers(document)
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text.strip()
            if text:
                blocks.append(numbers.marker(paragraph) + text)
        elif tag == "tbl":
            blocks.append("\n".join(_row_text(row.cells) for row in Table(child, document).rows))
    return "\n\n".join(blocks)


def _row_text(cells: list[Any]) -> str:
    """A table row as tab-separated cells, one per grid column: a cell merged across columns is the same
    cell element in each (python-docx repeats it), so its text stands in the first and the columns it
    spans stay empty. Two empty cells side by side stay two cells (a vote table's X keeps its column)."""
    out: list[str] = []
    for k, cell in enumerate(cells):
        spanned = k > 0 and cell._tc is cells[k - 1]._tc
        out.append("" if spanned else cell.text.replace("\n", " ").strip())
    return "\t".join(out)
