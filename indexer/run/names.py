"""File names as arkiv stores and prints them: personnummer masked, nothing unprintable.

A path may hold anything a file system allows: bytes that are not UTF-8 (Python keeps them as lone
surrogates, which SQLite and a UTF-8 terminal refuse), a newline that would break the one-line
report, control characters that move a terminal's cursor, a personnummer in a scanned letter's
file name. Every name that is stored in the archive or shown goes through `shown_name`, so it is
one printable line without a personnummer, and the same file always gets the same name (it is the
identity of "the same file" when a changed version replaces the old one).
"""

from __future__ import annotations

import os
from pathlib import Path

from indexer.read.privacy import mask_personnummer

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def escape(text: str) -> str:
    r"""One printable line: control, format and separator characters written as escapes.

    Bytes that were not valid UTF-8 (lone surrogates from the file system's decoding) become
    `\xNN`, the byte they were; other unprintable characters `\uNNNN`; a backslash is doubled, so
    an escape cannot be confused with a name that holds a backslash.
    """
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif 0xDC80 <= code <= 0xDCFF:  # surrogateescape: an undecodable byte
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return "".join(out)


def shown_name(path: Path | str) -> str:
    """The name of a file as arkiv stores and prints it (see the module docstring)."""
    return escape(mask_personnummer(os.fspath(path))[0])


def masked_in_name(path: Path | str) -> int:
    """How many personnummer the name of a file holds (they are masked in `shown_name`)."""
    return mask_personnummer(os.fspath(path))[1]
