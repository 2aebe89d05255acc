"""`arkiv export`: the archive's tables as NDJSON, CSV or Parquet files, one per table.

The tables and their columns are `api.export.TABLES` (items with their text, persons, actions,
cases, meetings). NDJSON and CSV are written as they are read, so memory stays flat on a large
archive; Parquet needs pyarrow (the `export` extra) and is written in row groups.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from api.export import TABLES, csv_lines, table_rows

ROW_GROUP = 50_000


def _write_parquet(path: Path, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise OSError("Parquet needs pyarrow: pip install 'arkiv[export]' (or pyarrow)") from e
    n = 0
    writer = None
    try:
        while batch := list(islice(rows, ROW_GROUP)):
            table = pa.table({c: [r[i] for r in batch] for i, c in enumerate(columns)})
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema)
            writer.write_table(table.cast(writer.schema))
            n += len(batch)
        if writer is None:  # an empty table still gets a file with its columns
            pq.write_table(pa.table({c: pa.array([], pa.string()) for c in columns}), path)
    finally:
        if writer is not None:
            writer.close()
    return n


def export_table(conn: sqlite3.Connection, table: str, out: Path, fmt: str) -> tuple[Path, int]:
    """Write one table to `out/<table>.<fmt>`; returns the file and its number of rows."""
    columns, rows = table_rows(conn, table)
    path = out / f"{table}.{fmt}"
    if fmt == "parquet":
        return path, _write_parquet(path, columns, rows)
    n = 0

    def counted() -> Iterator[tuple[Any, ...]]:
        nonlocal n
        for r in rows:
            n += 1
            yield r

    with path.open("w", encoding="utf-8", newline="") as f:
        if fmt == "csv":
            for chunk in csv_lines(columns, counted()):
                f.write(chunk)
        else:
            for r in counted():
                f.write(json.dumps(dict(zip(columns, r, strict=True)), ensure_ascii=False) + "\n")
    return path, n


def export_tables(
    conn: sqlite3.Connection, out: Path, fmt: str, tables: list[str] | None = None
) -> list[tuple[Path, int]]:
    """Write every table (or `tables`) into the folder `out` (created when missing)."""
    out.mkdir(parents=True, exist_ok=True)
    return [export_table(conn, t, out, fmt) for t in (tables or list(TABLES))]
