"""Personnummer in every written form, generated (hypothesis), are masked: none is left in what the
analysis of a document gives, nor anywhere in an archive directory after indexing.

The numbers are valid by an independent check (the `personnummer` package): real dates of every
birth year from 1900 on, samordningsnummer (day + 60), Luhn check digits, ten and twelve digits. The
forms: hyphens of every kind, a plus, "/", "_", spaces, line breaks (also where a PDF's page would
break), soft hyphens and zero-width spaces inside, after labels ("Pnr:", "nr."), in titles, in lists
of people, in file names; in txt, md, html and docx files.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from personnummer.personnummer import Personnummer

from indexer.read.privacy import MASK, mask_personnummer

SEPARATORS = ["-", "", " ", "/", "_", "\u2013", "\u2212", "\u2011", "\u00ad", "-\n", "\n", " - ", "\u00ad-"]
PREFIXES = [
    "",
    "Pnr: ",
    "Pnr:",
    "pnr ",
    "personnr ",
    "pers.nr ",
    "Personnummer ",
    "nr. ",
    "nr.",
    "född ",
    "(",
]
SUFFIXES = ["", ".", ",", ")", " bor i Alingsås", ";"]
INVISIBLE = ["\u00ad", "\u200b"]


def _luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 - i % 2)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


@st.composite
def personnummer(draw: st.DrawFn) -> tuple[str, str]:
    """(core YYMMDDNNNC, written form) of a valid personnummer or samordningsnummer."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date.today() - timedelta(days=1)))
    day = born.day + (60 if draw(st.booleans()) else 0)  # samordningsnummer
    serial = f"{draw(st.integers(1, 999)):03d}"
    yymmdd = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    core = yymmdd + serial + _luhn_digit(yymmdd + serial)
    twelve = draw(st.booleans())
    century = str(born.year // 100) if twelve else ""
    long_form = f"{born.year // 100}{core[:6]}-{core[6:]}"
    Personnummer(long_form)  # raises unless valid: the generator is checked by someone else's code
    sep = draw(st.sampled_from(SEPARATORS))
    if sep in ("-", "") and not twelve and date.today().year - born.year >= 100 and draw(st.booleans()):
        sep = "+"  # the form for people 100 years or older
    digits = list(century + core)
    for _ in range(draw(st.integers(0, 2))):  # invisible characters inside the digits
        digits.insert(draw(st.integers(1, len(digits) - 1)), draw(st.sampled_from(INVISIBLE)))
    written = "".join(digits)
    cut = [i for i, c in enumerate(written) if c.isdigit()][-4]  # where the last four digits begin
    return core, written[:cut] + sep + written[cut:]


def in_context(draw: st.DrawFn, written: str) -> str:
    return draw(st.sampled_from(PREFIXES)) + written + draw(st.sampled_from(SUFFIXES))


_RUN = re.compile(r"\d(?:[^\w]{0,4}\d|_{1,2}\d)*")


def digit_runs(text: str) -> set[str]:
    """Digits that stand together, whatever (up to four non-word characters) is between them."""
    return {re.sub(r"\D", "", m.group(0)) for m in _RUN.finditer(text)}


def leaked(cores: list[str], text: str) -> list[str]:
    """The cores found in `text` in any form (a run of digits that holds one)."""
    runs = digit_runs(text)
    return [c for c in cores if any(c in r for r in runs)]


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_every_written_form_is_masked(data: st.DataObject) -> None:
    core, written = data.draw(personnummer())
    text = "Beslut om bistånd. " + in_context(data.draw, written) + " Ärendet avslutas."
    masked, n = mask_personnummer(text)
    assert n == 1 and MASK in masked, (written, masked)
    assert not leaked([core], masked), (written, masked)


@given(st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_no_form_survives_the_analysis(data: st.DataObject) -> None:
    """Through parse, clean, segment and entities: titles, texts, people, evidence, metadata."""
    from indexer.extract import extract_text
    from indexer.types import SourceText

    numbers = [data.draw(personnummer()) for _ in range(5)]
    forms = [in_context(data.draw, w) for _, w in numbers]
    text = _protocol(forms)
    ex = extract_text(SourceText(f"ansökan {numbers[0][1]}.txt", "0" * 64, "txt", text))
    stored = repr(ex.to_json()) + repr([(p.name, p.spellings, p.title) for p in ex.persons])
    assert not leaked([c for c, _ in numbers], stored), forms
    assert ex.masked_personnummer >= len(numbers)


def _protocol(forms: list[str]) -> str:
    """A protocol holding the numbers in a title, a list of people, a body, across a page break."""
    a, b, c, d, e = forms
    return (
        "Kommunstyrelsen\nProtokoll\nSammanträdesdatum: 2023-11-07\n\n"
        f"Närvarande: Anna Ek (S), ordförande, {a}\nBo Lind (M)\n\n"
        f"§ 5 Ansökan om bistånd från {b}\n\nSökande {c} har ansökt om bistånd.\n\n"
        f"§ 6 Övrigt\n\nUppgifterna {d}\n<!-- sida 2 -->\nKommunstyrelsen\n\n{e} lämnas inte ut.\n"
    )


def _docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Sökande"
    table.rows[0].cells[1].text = paragraphs[-1]
    document.save(str(path))


def _html(forms: list[str]) -> str:
    body = "".join(f"<p>Sökande {f.replace(chr(0xAD), '&shy;')}</p>" for f in forms[:-1])
    return (
        "<html><body><h1>Kommunstyrelsen protokoll 2023-11-07</h1><h2>§ 5 Ansökan</h2>"
        f"{body}<table><tr><td>Pnr</td><td>{forms[-1].replace(chr(10), '<br>')}</td></tr></table>"
        "</body></html>"
    )


def archive_texts(data: Path) -> list[str]:
    """Every text the archive directory holds: each SQLite value (FTS vocabularies included), the
    lexicon's vocabulary, and every file's bytes read as text."""
    texts: list[str] = []
    conn = sqlite3.connect(data / "archive.sqlite")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            texts.extend(
                v if isinstance(v, str) else v.decode("utf-8", "ignore")
                for v in row
                if isinstance(v, str | bytes)
            )
    for fts in ("items_fts", "items_tri"):
        conn.execute(f"CREATE VIRTUAL TABLE temp.v_{fts} USING fts5vocab(main, {fts}, 'row')")
        texts.extend(t for (t,) in conn.execute(f"SELECT term FROM temp.v_{fts}"))
    conn.close()
    import numpy as np

    with np.load(data / "lexicon.npz") as z:
        texts.append(z["vocab"].tobytes().decode("utf-8"))
    for f in sorted(data.rglob("*")):  # the kept originals too
        if f.is_file():
            texts.append(f.read_bytes().decode("utf-8", "ignore"))
    return texts


@pytest.mark.slow
@given(data=st.data())
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_no_form_is_stored_anywhere_in_the_archive(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from conftest import hash_settings

    from indexer.pipeline import index_paths

    root = tmp_path_factory.mktemp("pnr")
    folder = root / "in"
    folder.mkdir()
    numbers = [data.draw(personnummer()) for _ in range(12)]
    forms = [in_context(data.draw, w) for _, w in numbers]
    (folder / "protokoll.txt").write_text(_protocol(forms[:5]), encoding="utf-8")
    (folder / "protokoll.html").write_text(_html(forms[5:8]), encoding="utf-8")
    _docx(folder / "protokoll.docx", ["Kommunstyrelsen", "Protokoll 2023-11-07", "§ 1 Ansökan", *forms[8:11]])
    name = numbers[11][1].replace("\n", " ").replace("/", "-")
    (folder / f"ansökan {name}.md").write_text(
        "# § 1 Ansökan\n\nSökande har ansökt om bistånd.\n", encoding="utf-8"
    )
    settings_ = hash_settings(root / "data", root / "cache", jobs=1)
    report = index_paths([folder], settings_)
    assert len(report.indexed) == 4, report.skipped
    cores = [c for c, _ in numbers]
    shown = repr((report.indexed, report.skipped, report.unchanged))
    assert not leaked(cores, shown)
    for text in archive_texts(settings_.data):
        assert not leaked(cores, text), forms
    assert report.masked_personnummer >= len(numbers)
