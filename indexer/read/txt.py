"""Plain text bytes to text: byte-order marks, UTF-8, then cp1252; binary files refused."""

from __future__ import annotations

import re

from indexer.read.errors import ParseError

__all__ = ["decode_text"]


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes: BOMs, UTF-8, then cp1252 (a superset of latin-1 for printable text).

    Args:
        data: The raw bytes.

    Returns:
        (text, encoding name).

    Raises:
        ParseError: The bytes are binary, not text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="replace")), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as e:
            raise ParseError("binary file (invalid UTF-16)") from e
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16)), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise ParseError("binary file (not text)")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    # Bytes 0x80-0x9F are control characters in latin-1 but quotes and dashes in
    # cp1252; Swedish å ä ö are the same in both, so cp1252 reads either correctly.
    try:
        text = data.decode("cp1252")
        enc = "cp1252" if re.search(rb"[\x80-\x9f]", data) else "latin-1"
    except UnicodeDecodeError:
        text, enc = data.decode("latin-1"), "latin-1"
    return _checked(text), enc


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the bytes look like UTF-16 text without a byte-order mark.

    Latin text in UTF-16 has a zero as the high byte of almost every character: the zeros fall on
    odd offsets (little-endian) or even ones (big-endian), almost never on the other.
    """
    sample = data[:8192]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


#: Control characters other than tab, line feed, carriage return and form feed, and the C1 range: a
#: regex counts them ~20x faster than a loop over the characters.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x80-\x9f]")


def _checked(text: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file)."""
    sample = text[:20000]
    if not sample:
        return text
    ctrl = len(_CONTROL.findall(sample))
    if ctrl > max(2, len(sample) // 100):
        raise ParseError("binary file (not text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")
