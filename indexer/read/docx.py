"""Word documents (.docx) to text: paragraphs with their list numbers, tables as tab-separated rows."""

from __future__ import annotations

import io
import zipfile

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
            rows: list[str] = []
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = cell.text.replace("\n", " ").strip()
                    if not cells or cells[-1] != t:  # merged cells repeat their text
                        cells.append(t)
                rows.append("\t".join(cells))
            blocks.append("\n".join(rows))
    return "\n\n".join(blocks)
