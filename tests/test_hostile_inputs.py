"""Odd and hostile input, as a new user's folder may hold it: every bad file is named with a one-line
reason, the good ones are indexed, and the run takes minutes, not hours.

Fast checks of each piece first; then one folder holding all of them, indexed by `arkiv index` with a
pool of two jobs and a short time limit (slow: it writes a 50 MB page and a zip bomb).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import hash_settings

from indexer.read.docx_limits import docx_limit_reason
from indexer.read.html import HtmlTooDeep, html_to_text
from indexer.read.parse import ParseError, decode_text
from indexer.run.files import discover
from indexer.run.names import escape, shown_name

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"
GOOD = (SEEDS / "003_d934c3f1dcc2c8b3.txt").read_text(encoding="utf-8")


def test_names_are_one_printable_line_without_personnummer() -> None:
    bad = os.fsdecode(b"protokoll-\xff\xfe.txt")  # not UTF-8: lone surrogates
    assert escape(bad) == "protokoll-\\xff\\xfe.txt"
    assert escape("a\nb\tc\x1b[31m") == "a\\nb\\tc\\x1b[31m"
    assert escape("back\\slash") == "back\\\\slash"
    assert escape("åäö – § ok.txt") == "åäö – § ok.txt"
    assert shown_name("/in/ansökan 811218-9876.pdf") == "/in/ansökan [personnummer].pdf"
    assert shown_name("/in/x\u00ad.txt") == "/in/x\\xad.txt"
    shown_name(bad).encode("utf-8")  # storable and printable


def test_the_walk_names_every_odd_entry(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink(tmp_path / "loop_a.txt", tmp_path / "loop_b.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "up")  # a folder that contains itself
    os.symlink(tmp_path / "good.txt", tmp_path / "sub" / "link.txt")  # a link to a document is one
    skipped: list[tuple[Path, str]] = []
    found = discover([tmp_path], lambda p, why: skipped.append((p, why)))
    assert [p.name for p in found] == ["good.txt", "link.txt"]
    reasons = {p.name: why for p, why in skipped}
    assert reasons == {
        "dangling.txt": "dangling symbolic link (its target does not exist)",
        "loop_a.txt": "symbolic link loop",
        "loop_b.txt": "symbolic link loop",
        "pipe.txt": "not a regular file (a named pipe)",
        "up": "symbolic link to a folder already searched (a loop?)",
    }


def test_utf16_without_bom_is_text() -> None:
    text = "Kommunstyrelsen\n§ 1 Budget för år 2025, Växjö\n" * 20
    for enc in ("utf-16-le", "utf-16-be"):
        decoded, used = decode_text(text.encode(enc))
        assert decoded == text and used == enc
    with pytest.raises(ParseError, match="binary"):
        decode_text(bytes(range(256)) * 40)


def _docx_bomb(unpacked: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:p>" + b"a" * unpacked + b"</w:p>")
    return buf.getvalue()


def test_docx_zip_bombs_are_refused_before_unpacking() -> None:
    bomb = _docx_bomb(20_000_000)
    assert len(bomb) < 100_000
    reason = docx_limit_reason(bomb)
    assert reason is not None and "zip bomb" in reason and "word/document.xml" in reason
    assert docx_limit_reason(b"not a zip") is None  # python-docx says what it is
    real = (ROOT / "tests/data/unseen/tierp_sbn_2024-05-07_protokoll.docx").read_bytes()
    assert docx_limit_reason(real) is None


def test_deep_html_is_refused_fast_and_moderately_deep_html_is_read() -> None:
    assert html_to_text("<html><body>" + "<div>" * 900 + "djup text" + "</div>" * 900) == "djup text\n"
    t0 = time.monotonic()
    with pytest.raises(HtmlTooDeep, match="nested deeper than 1,000 levels"):
        html_to_text("<html><body>" + "<div>" * 2_000_000 + "x")
    with pytest.raises(HtmlTooDeep):  # stray end tags close nothing
        html_to_text("<html><body>" + "<span></b>" * 5000 + "x")
    assert time.monotonic() - t0 < 5


def _write_folder(folder: Path) -> dict[str, str]:
    """The hostile folder; returns the expected reason (a fragment) per bad file name, as printed."""
    folder.mkdir()
    (folder / "bra.txt").write_text(GOOD, encoding="utf-8")
    (folder / "utf16.txt").write_bytes(GOOD.replace("Styrgruppen", "Utf16gruppen").encode("utf-16-le"))
    (folder / "ansökan 811218-9876.txt").write_text(GOOD.replace("Styrgruppen", "Ansökan"), encoding="utf-8")
    (folder / os.fsdecode(b"fel-\xff-kodning.txt")).write_text(GOOD + "\nBilaga 1\n", encoding="utf-8")
    (folder / "rad\nbrytning.txt").write_text(GOOD + "\nBilaga 2\n", encoding="utf-8")
    os.symlink(folder / "saknas.txt", folder / "dangling.txt")
    os.symlink(folder / "loop2.txt", folder / "loop1.txt")
    os.symlink(folder / "loop1.txt", folder / "loop2.txt")
    os.mkfifo(folder / "fifo.txt")
    (folder / "djup.html").write_text(
        "<html><body>" + "<div>" * 2000 + "x" + "</div>" * 2000, encoding="utf-8"
    )
    with open(folder / "jättedjup.html", "w", encoding="utf-8") as f:  # 49 MB of nested divs
        f.write("<html><body>")
        for _ in range(49):
            f.write("<div>" * 200_000)
    (folder / "bomb.docx").write_bytes(_docx_bomb(85_000_000))
    # A protocol (so its § lines are agenda items, not a reglemente's sections) with too many of them.
    (folder / "paragrafer.txt").write_text(
        "Kommunstyrelsen\nProtokoll\n2025-03-04\n\n"
        + "".join(f"§ {i} Ärende {i}\n\nNämnden beslutar att godkänna förslaget.\n\n" for i in range(1, 400)),
        encoding="utf-8",
    )
    (folder / "lång.txt").write_text(
        "Kommunstyrelsen\n\n§ 1 Budget\n\n" + "ord " * 3_000_000, encoding="utf-8"
    )
    return {
        "dangling.txt": "dangling symbolic link",
        "loop1.txt": "symbolic link loop",
        "loop2.txt": "symbolic link loop",
        "fifo.txt": "not a regular file",
        "djup.html": "nested deeper than 1,000 levels",
        "jättedjup.html": "nested deeper than 1,000 levels",
        "bomb.docx": "zip bomb",
        "paragrafer.txt": "too many agenda items",
        "lång.txt": "took longer than|too much text to embed",  # whichever limit it meets first
    }


@pytest.mark.slow
def test_a_hostile_folder_indexes_in_minutes_with_each_bad_file_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = _write_folder(folder)
    s = hash_settings(tmp_path / "data", tmp_path / "cache")
    env = {**os.environ, "ARKIV_EMBEDDING_MODEL": "hash", "ARKIV_MODEL_CACHE": str(s.model_cache),
           "ARKIV_MAX_ITEMS": "300", "ARKIV_FILE_TIME_LIMIT": "20"}  # fmt: skip
    t0 = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "arkiv.cli", "index", str(folder), "--data", str(s.data), "--jobs", "2"],
        capture_output=True, env=env, cwd=ROOT, timeout=600,
    )  # fmt: skip
    took = time.monotonic() - t0
    out = run.stdout.decode("utf-8")  # valid UTF-8 whatever the names were
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    assert took < 300, took
    assert "Traceback" not in run.stderr.decode("utf-8", "replace")
    skipped = out.split("skipped ", 1)[1].splitlines()[1:]
    lines = {ln.strip().split(": ", 1)[0].rsplit("/", 1)[-1]: ln for ln in skipped if ln.startswith("  ")}
    for name, why in expected.items():
        assert name in lines and re.search(why, lines[name]), (name, out)
    assert "indexed 5 documents" in out, out
    assert "fel-\\xff-kodning.txt" not in lines and "rad\\nbrytning.txt" not in lines
    assert "811218-9876" not in out
    from api.context import open_archive
    from api.search import search

    with open_archive(s) as ctx:
        sources = {
            r.source.rsplit("/", 1)[-1] for r in search(ctx, "styrgruppen", mode="lexical", limit=50).results
        }
        assert {"bra.txt", "fel-\\xff-kodning.txt", "rad\\nbrytning.txt"} <= sources
        assert search(ctx, "utf16gruppen", mode="lexical").total >= 1
        found = search(ctx, "ansökan", mode="lexical", limit=50).results
        assert any(r.source.endswith("ansökan [personnummer].txt") for r in found)
