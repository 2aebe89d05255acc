"""Gazetteer phrases found without spaCy (`indexer.entities.phrases`) are exactly spaCy's entity_ruler
matches wherever the shortcut answers, and it leaves the rest to spaCy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from indexer.entities import nlp
from indexer.entities.phrases import SAFE_AFTER, SAFE_BEFORE, PhraseIndex
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]


def _spacy(text: str) -> list[tuple[int, int, str, str]]:
    return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in nlp.get_nlp()(text).ents]


@pytest.fixture(scope="module")
def phrases() -> list[str]:
    return [p["pattern"] for p in nlp._patterns()]


def test_every_phrase_is_one_token_a_word_and_names_one_thing(phrases: list[str]) -> None:
    tokenizer = nlp.get_nlp().tokenizer
    assert [len(tokenizer(p)) for p in phrases] == [p.count(" ") + 1 for p in phrases]
    seen: dict[str, tuple[str, str]] = {}
    for p in nlp._patterns():
        assert seen.setdefault(p["pattern"], (p["label"], p["id"])) == (p["label"], p["id"])
        assert p["id"]  # the entity's norm is its id


#: Around every phrase: the punctuation that is split off, whitespace of every kind, and words that
#: join it (no match).
AROUND = [("(", ")"), ("”", "”."), ("", ","), ("«", "»:"), ("–", "…"), ("\t", "\u00a0"), ("\n", ";"),
          ("x", ""), ("", "s"), ("1", ""), ("", "2"), ("", ":s"), ("(", ")."), ("[", "]."), ("", "!?"),
          ("§ ", " *"), ("‘", "’"), ("", "'"), ("x-", ""), ("", "-x")]  # fmt: skip


def test_every_phrase_in_every_context_is_found_as_spacy_finds_it(phrases: list[str]) -> None:
    index = PhraseIndex(nlp._patterns())
    for p in phrases:
        doc = " ".join(f"{before}{p}{after}" for before, after in AROUND)
        found = index.find(doc)
        assert found is not None, p
        assert found == _spacy(doc), p
        # joined to a letter or digit (":s", "-x" too): not the phrase
        assert sum(doc[s:e] == p for s, e, _, _ in found) == len(AROUND) - 7


def test_one_or_two_safe_characters_on_either_side_of_a_sample_of_phrases(phrases: list[str]) -> None:
    index = PhraseIndex(nlp._patterns())
    sample = phrases[::120] + [p for p in phrases if "-" in p]
    contexts = [(a + b, "") for a in SAFE_BEFORE for b in ["", *SAFE_BEFORE]]
    contexts += [("", a + b) for a in SAFE_AFTER for b in ["", *SAFE_AFTER]]
    for p in sample:
        doc = " ".join(f"{before}{p}{after}" for before, after in contexts)
        found = index.find(doc)
        assert found == _spacy(doc), p
        assert sum(doc[s:e] == p for s, e, _, _ in found) == len(contexts), p


@pytest.mark.parametrize(
    "text", ["<br>Region Skåne", "Se Alingsås kommun/Vårgårda", "-Moderaterna", "1(Alingsås kommun"]
)
def test_where_only_spacy_can_tell_it_is_asked(text: str) -> None:
    assert PhraseIndex(nlp._patterns()).find(text) is None
    want = [(label, text[s:e], ent_id, s, e) for s, e, label, ent_id in _spacy(text)]
    got = [e for e in nlp.gazetteer_entities(text) if e[0] != "ORGAN"]
    assert got == want


class _Never:
    def find(self, text: str) -> None:
        return None


def _texts() -> list[str]:
    from indexer.read.parse import read_document

    folders = [
        CORPUS / "seeds",
        CORPUS / "dev",
        ROOT / "tests" / "data" / "unseen",
        ROOT / "tests" / "data" / "unseen2",
    ]
    files = [f for d in folders for f in sorted(d.iterdir()) if f.suffix in (".txt", ".md", ".html")]
    files += sorted((CORPUS / "alingsas").glob("kommunstyrelsen_*_protokoll.pdf"))[:3]
    return [read_document(f).text for f in files]


def test_the_corpus_gets_the_entities_spacy_gives_and_spacy_is_rarely_needed(monkeypatch: Any) -> None:
    texts = _texts()
    fast = [nlp.gazetteer_entities_many([t]) for t in texts]
    decided = sum(
        nlp._phrases().find("\n".join(s for _, _, s in nlp._snippets([t]))) is not None for t in texts
    )
    monkeypatch.setattr(nlp, "_phrases", lambda: _Never())
    assert fast == [nlp.gazetteer_entities_many([t]) for t in texts]
    assert len(texts) > 30 and decided >= len(texts) - 3
