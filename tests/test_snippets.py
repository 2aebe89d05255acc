"""Snippets of results: what a reader sees under each title."""

from __future__ import annotations

from api.fts import parse_query
from api.snippets import best_sentence, lexical_snippet

TEXT = (
    "Beslut\n\nKommunstyrelsen godkänner redovisningen av delegeringsbeslut fattade under perioden.\n\n"
    "Sammanfattning av ärendet\nBesluten gäller bland annat <skolskjuts> och avfallstaxan."
)


def test_semantic_snippet_skips_headings_when_no_word_is_shared() -> None:
    out = best_sentence(TEXT, parse_query("ekonomiskt stöd till föreningar"))
    assert out.startswith("Kommunstyrelsen godkänner redovisningen")


def test_semantic_snippet_prefers_the_sentence_sharing_words() -> None:
    out = best_sentence(TEXT, parse_query("skolskjuts"))
    assert "<mark>skolskjuts</mark>" in out and "&lt;" in out  # marked, and the text's own markup escaped


def test_lexical_snippet_marks_the_words_the_stem_prefix_matched() -> None:
    text = "Kommunerna och kommunen delar kostnaden; kommunstyrelsen beslutar. Kommunal vuxenutbildning."
    out = lexical_snippet(text, parse_query("kommuner"))  # stem "kommun": every word starting with it
    for word in ("Kommunerna", "kommunen", "kommunstyrelsen", "Kommunal"):
        assert f"<mark>{word}</mark>" in out
    assert "<mark>delar</mark>" not in out


def test_semantic_snippet_keeps_a_sentence_wrapped_over_lines_whole() -> None:
    text = (
        "Beslut\n\nKommunstyrelsen godkänner redovisningen av delegeringsbeslut fattade under\n"
        "perioden 2023-01-26."
    )
    out = best_sentence(text, parse_query("ekonomi"))
    assert (
        out
        == "Kommunstyrelsen godkänner redovisningen av delegeringsbeslut fattade under perioden 2023-01-26."
    )
