"""Imported once by the process pool's fork server: the analysis is warmed up there, so every worker
forked from it starts with the spaCy pipeline, the Swedish word list and the gazetteers already loaded
(~1.5 s of CPU each otherwise, again for every worker that replaces a stopped one)."""

from __future__ import annotations

import contextlib

from indexer.run.guard import die_with_parent

_SAMPLE = (
    "Kungsbacka kommun\nKommunstyrelsen\nProtokoll 2024-01-15\n\n"
    "Närvarande: Anna Andersson (S), ordförande\n\n"
    "§ 1 Val av justerare\nDnr KS-2024-00001\n\nAnna Andersson (S) yrkar bifall.\n"
)


def warm_up() -> None:
    """Analyse a small document, so every lazily built part of the analysis is built."""
    from indexer.entities.swedish_words import is_swedish_word
    from indexer.extract import extract_text
    from indexer.types import SourceText

    # A warm-up failure only costs time: each worker then builds what it needs itself.
    with contextlib.suppress(Exception):
        extract_text(SourceText("warm-up.txt", "0" * 64, "txt", _SAMPLE))
        is_swedish_word("nämnden")  # the word list mapped (written on a first run) once, not per worker


die_with_parent()  # first: the fork server goes when the indexer goes, even while it is warming up
warm_up()
