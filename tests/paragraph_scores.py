"""One score for the PDF layout probes of paragraphs (two text columns, columns under a header, margin
labels): how many of the expected paragraphs a reading found, titled, numbered and holding their own text."""

from __future__ import annotations

Got = list[tuple[str | None, str, list[str], str]]


def score_paragraphs(
    got: Got, expected: list[tuple[str, str, list[str]]], own_text: dict[str, str]
) -> tuple[int, int, int, int]:
    """(right numbers, right titles, right case numbers, items holding their own text and no other's).

    Args:
        got: per item read, its number, title, case numbers and text on one line.
        expected: per paragraph, its number, title and case numbers.
        own_text: a phrase per paragraph number that only that paragraph's text holds.
    """
    by = {g[0]: g for g in got}
    numbers = sum(1 for n, _, _ in expected if n in by)
    titles = sum(1 for n, t, _ in expected if n in by and by[n][1] == t)
    dnr = sum(1 for n, _, d in expected if n in by and by[n][2] == d)
    text = sum(
        1
        for n, _, _ in expected
        if n in by and all((phrase in by[n][3]) == (m == n) for m, phrase in own_text.items())
    )
    return numbers, titles, dnr, text
