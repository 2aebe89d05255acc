"""Word documents (.docx) to text: paragraphs with their list numbers, tables as tab-separated rows (a
table that sets a protocol's § paragraphs as its paragraphs, `indexer.read.docx_paragraph_tables`); the
page header at the top of each page where the writer broke pages by hand (`indexer.read.docx_pages`).
The lines of all the page headers and footers Word prints come apart from the text, as cues for the
metadata (`docx_document`)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any, NamedTuple

from indexer.read.agenda_table import counted_numbers, is_header, number_and_title, title_and_notes
from indexer.read.errors import ParseError
from indexer.read.pdf import PAGE_MARKER
from indexer.segment.closing import is_signer_role

__all__ = ["DocxText", "docx_document", "docx_read", "docx_text"]


class DocxText(NamedTuple):
    """A Word document as read: its text, its headings, the lines of its page headers and footers."""

    text: str  # as `docx_text` gives it
    bold: list[str]  # the paragraphs that head its points (`docx_read`)
    parts: list[str]  # every header's and footer's lines (`indexer.read.docx_pages.page_part_lines`)


def docx_text(data: bytes) -> str:
    """The text of a .docx file: one block per paragraph or table, a blank line between.

    Raises:
        ParseError: Not a Word document, or a broken one.
    """
    return docx_read(data)[0]


def docx_read(data: bytes) -> tuple[str, list[str]]:
    """(the text of a .docx file as `docx_text` gives it, the paragraphs that head its points: those of
    a heading style or set wholly in bold, `indexer.read.docx_headings`, each on one line).

    Raises:
        ParseError: Not a Word document, or a broken one.
    """
    read = docx_document(data)
    return read.text, read.bold


def docx_document(data: bytes) -> DocxText:
    """A .docx file's text and headings (`docx_read`) and its page headers' and footers' lines.

    Raises:
        ParseError: Not a Word document, or a broken one.
    """
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from indexer.read.docx_headings import Para, heading_line, heading_paragraphs, para_of, run_in_paragraphs
    from indexer.read.docx_limits import docx_limit_reason
    from indexer.read.docx_notes_tables import notes_table_rows
    from indexer.read.docx_numbering import ListNumbers
    from indexer.read.docx_pages import breaks_after, breaks_before, header_lines, page_part_lines
    from indexer.read.docx_paragraph_tables import paragraph_table_text

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
    pages: list[list[str]] = [[]]
    paras: list[Para] = []  # the text paragraphs, how each is set
    at: list[tuple[int, int]] = []  # where each stands: (page, block)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            if breaks_before(child) and pages[-1]:
                pages.append([])
            paragraph = Paragraph(child, document)
            text = _joined(paragraph.text.strip())
            if text:
                marker = numbers.marker(paragraph)
                paras.append(para_of(paragraph) if not marker else Para(text, None, False))
                at.append((len(pages) - 1, len(pages[-1])))
                pages[-1].append(marker + text)
            if breaks_after(child):
                pages.append([])
        elif tag == "tbl":
            table = Table(child, document)
            set_as_table = paragraph_table_text(table, numbers.marker)  # each § a table: "§ 412" | title
            notes = notes_table_rows(table) if set_as_table is None else None
            if notes is not None:  # notes as a table: "Lägesbild från polisen" | "Polisen redogjorde …"
                header, points = notes
                if header:
                    pages[-1].append("\t".join(header))
                for title, said in points:
                    paras.append(Para(title, None, True))  # the title heads its point, as a bold paragraph
                    at.append((len(pages) - 1, len(pages[-1])))
                    pages[-1] += [title, *said]
                continue
            if set_as_table is None:
                set_as_table = "\n".join(_rows_text(table, numbers.bullet))
            pages[-1].append(set_as_table)
    bold = []
    heads = heading_paragraphs(paras)
    for k in sorted(heads):
        line = heading_line(paras[k])
        page, block = at[k]
        pages[page][block] = line
        bold.append(line)
    for k in sorted(run_in_paragraphs(paras) if not heads else ()):  # "Budget 2027. Förvaltningen …"
        line = " ".join(paras[k].lead.split())  # the title on a line of its own, the text under it
        page, block = at[k]
        pages[page][block] = line + "\n" + paras[k].rest
        bold.append(line)
    text = _with_header([p for p in pages if p], header_lines(document))
    return DocxText(text, bold, page_part_lines(document))


#: A title broken by a manual line break: a short paragraph, every line after the first going on in lower
#: case ("Information om" / "elevhälsan"), no label ("Plats:"), no cell gap, no sentence's end inside.
_BROKEN_TITLE = re.compile(r"^[^\t:\n]{1,100}[^\t:\n.!?](?:\n[a-zåäö][^\t:\n]*){1,2}$")


def _joined(text: str) -> str:
    """A paragraph's text, a title broken by a manual line break joined into one line (`_BROKEN_TITLE`)."""
    if "\n" not in text or len(text) > 150 or not _BROKEN_TITLE.match(text):
        return text
    if any(is_signer_role(ln, justerare=True) for ln in text.split("\n")[1:]):
        return text  # a role under a name ("Anna Ek" / "ordförande"): a signature's lines stay apart
    return " ".join(text.split())


def _rows_text(table: Any, bullet: Callable[[Any], bool]) -> list[str]:
    """A table's rows as lines (`_row_text`). In an agenda table (its first row a föredragningslista's
    header, `_agenda_title_column`) the Ärende cell's paragraphs are set apart by hand, so a labelled
    one, a sentence under the title ("Diarienr: KFN 2026/5", "Ingen beslutspunkt.") or a list of
    sub-points under it is the point's note, printed on a line of its own under the row, as a PDF's
    table is read (`indexer.read.agenda_table.title_and_notes`); a paragraph Word draws a bullet before
    is a sub-point ("• …")."""
    rows = [row.cells for row in table.rows]
    column = _agenda_title_column(rows)
    counted = _counted_numbers(rows)
    out = []
    for k, cells in enumerate(rows):
        notes: list[str] = []
        texts = dict(counted.get(k, {}))
        if k and column is not None and column < len(cells):
            parts: list[str] = []
            for p in cells[column].paragraphs:
                lines = [" ".join(line.split()) for line in p.text.split("\n") if line.strip()]
                if lines and parts and bullet(p):
                    lines[0] = "• " + lines[0]
                parts += lines
            title, notes = title_and_notes(parts, range(1, len(parts)))
            texts[column] = " ".join(title)
            for j, cell in enumerate(cells):  # a presenter cell's paragraphs: one person each
                if j != column and j not in texts:
                    texts[j] = _listed(cell.text)
        out.append(_row_text(cells, texts))
        out += notes
    return out


def _listed(text: str) -> str:
    """The lines of an agenda table's cell beside the title (a presenter, a case number) as one: each line
    an entry of its own ("Lena Hallberg" / "Oskar Bring" is two people), so a comma between them, unless
    the line ends in a phrase's punctuation already ("Anna Ljung," / "ekonomichef")."""
    out = ""
    for line in (" ".join(ln.split()) for ln in text.split("\n")):
        if line:
            out = f"{out}{' ' if out.endswith((',', ';', ':', '–', '-')) else ', '}{line}" if out else line
    return out


def _counted_numbers(rows: list[list[Any]]) -> dict[int, dict[int, str]]:
    """The numbers of an agenda table's rows that print none, below a numbered row (`indexer.read.
    agenda_table.counted_numbers`): {row: {number column: number}}."""
    if not rows:
        return {}
    head = [" ".join(c.text.split()) for c in rows[0]]
    cols = number_and_title(head) if is_header(head) else None
    if cols is None:
        return {}
    num, title = cols
    cells: list[tuple[str, str] | None] = []
    for r in rows:
        if max(num, title) >= len(r):
            cells.append(None)
        elif r[title]._tc is r[num]._tc:  # one cell merged across the table: a group's heading, no point
            cells.append((" ".join(r[num].text.split()), ""))
        else:
            cells.append((" ".join(r[num].text.split()), " ".join(r[title].text.split())))
    return {k: {num: n} for k, n in counted_numbers(cells).items() if k}


def _agenda_title_column(rows: list[list[Any]]) -> int | None:
    """The Ärende column of an agenda table ("Nr | Ärende | Föredragande", its header the first row;
    `indexer.read.agenda_table`), or None."""
    if not rows:
        return None
    texts = [" ".join(c.text.split()) for c in rows[0]]
    if not is_header(texts):
        return None
    cols = number_and_title(texts)
    return cols[1] if cols else None


def _row_text(cells: list[Any], texts: dict[int, str] | None = None) -> str:
    """A table row as tab-separated cells, one per grid column: a cell merged across columns is the same
    cell element in each (python-docx repeats it), so its text stands in the first and the columns it
    spans stay empty. Two empty cells side by side stay two cells (a vote table's X keeps its column).
    `texts` gives the text of some columns instead of their cells'."""
    out: list[str] = []
    for k, cell in enumerate(cells):
        spanned = k > 0 and cell._tc is cells[k - 1]._tc
        text = (texts or {}).get(k)
        out.append("" if spanned else text if text is not None else cell.text.replace("\n", " ").strip())
    return "\t".join(out)


def _with_header(pages: list[list[str]], header: list[str]) -> str:
    """The pages' blocks with the page header on top: once when the writer set no page break, else on
    every page, each page opened with its marker (``<!-- sida N -->``) as a PDF's are. A document without
    a break is one page as far as the file tells (pages are counted by the breaks set by hand): it opens
    with the marker of page 1, so its items are on page 1 as those before a first break are."""
    head = ["\n".join(header)] if header else []
    if not pages:
        return "\n\n".join(head)
    if len(pages) == 1:
        return "\n\n".join([PAGE_MARKER.format(n=1), *head, *pages[0]])
    return "\n\n".join(
        PAGE_MARKER.format(n=n) + "\n\n" + "\n\n".join(head + blocks)
        for n, blocks in enumerate(pages, start=1)
    )
