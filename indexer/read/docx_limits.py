"""Limits on what a .docx may unpack to, checked before python-docx unpacks it.

A .docx is a zip archive; a small one can hold XML that unpacks to hundreds of megabytes (a zip bomb,
or a generated document gone wrong): 290 KB that unpacked to 85 MB of XML took 6.5 minutes and 2 GB
of memory to index, as one item. The sizes and ratios come from the zip's directory, which
`zipfile` holds each member to when it unpacks it (a member that unpacks to more fails its check).
"""

from __future__ import annotations

import io
import zipfile

#: Everything in the archive, unpacked.
MAX_UNPACKED_BYTES = 200_000_000
#: Unpacked/packed size of one member of at least `_RATIO_FLOOR` bytes; Word's XML packs 5-20 times.
MAX_RATIO = 100
_RATIO_FLOOR = 1_000_000
MAX_MEMBERS = 10_000


def docx_limit_reason(data: bytes) -> str | None:
    """Why this .docx must not be unpacked, or None when it is within the limits.

    A file that is not a zip archive passes here; python-docx then says it is corrupt.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    if len(members) > MAX_MEMBERS:
        return f"docx holds {len(members):,} files (limit {MAX_MEMBERS:,})"
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_BYTES / 1e6
        return f"docx unpacks to {total / 1e6:,.0f} MB (limit {limit:,.0f} MB; a zip bomb?)"
    for m in members:
        if m.file_size >= _RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            ratio = m.file_size / max(m.compress_size, 1)
            return (
                f"docx part {m.filename} unpacks to {m.file_size / 1e6:,.0f} MB, {ratio:,.0f} times its "
                f"packed size (limit {MAX_RATIO}; a zip bomb?)"
            )
    return None
