"""The Swedish spaCy pipeline: blank "sv" tokenizer and an
entity_ruler with gazetteer patterns for KOMMUN, REGION and PARTY; ORGAN spans come from a pattern over
the organ head words in `models/data/organ_words.txt`.

No Swedish pipeline is on PyPI, so everything here is rules and gazetteers that ship with the project
(`models/data/`) and with `spacy-lookups-data` (its lookup lemma table: `lemma_table`). The pipeline is
built once, lazily (`get_nlp`).
People and diarienummer are found by `indexer.entities.people` and `indexer.segment.dnr` on the raw
text (they need line structure that tokens lose); the orchestrator (`indexer.entities.annotate`) merges
the spans.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from indexer.entities.phrases import Match, PhraseIndex
from models import gazetteers


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """The Swedish lookup lemma table of spacy-lookups-data (lower-case word form -> lemma)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        table: dict[str, str] = json.load(f)
    return table


def lemma(word: str) -> str:
    """Lemma of a Swedish word form: the lookup table is keyed by lower-case forms, so lower-case first."""
    low = word.lower()
    return lemma_table().get(low, low)


def _patterns() -> list[dict[str, Any]]:
    pats: list[dict[str, Any]] = []
    for name in gazetteers.kommuner():
        gen = gazetteers.kommun_genitive(name)
        for form in {f"{gen} kommun", f"{name} kommun", f"{gen} stad", f"{gen} Stad"}:  # "Göteborgs Stad"
            pats.append({"label": "KOMMUN", "pattern": form, "id": name})
            pats.append({"label": "KOMMUN", "pattern": form.upper(), "id": name})
    for form, canon in gazetteers.region_forms().items():
        pats.append({"label": "REGION", "pattern": form, "id": canon})
    for p in gazetteers.parties():
        for form in {p.name, *(f for f in p.forms if len(f) > 3)}:
            pats.append({"label": "PARTY", "pattern": form, "id": p.code})
    return pats


def _import_spacy() -> Any:
    """spaCy, imported without torch.

    thinc (spaCy's machine-learning layer) imports torch whenever it is installed, which takes ~1.5 s
    of CPU (BENCHMARKS.md, "Indexing start-up"); this pipeline is rules only and never calls thinc's
    torch layers. An entry of None in `sys.modules` makes `import torch` raise ImportError, which
    thinc takes as "torch not installed"; the entry is removed at once, so whoever imports torch later
    (the e5 embedder) gets it. When torch is already loaded, nothing is blocked.
    """
    if "torch" in sys.modules or "spacy" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The pipeline (built on first use): the "sv" tokenizer + an entity_ruler.

    Only the tokenizer and the ruler's phrase matcher (on ORTH) run: no lemma component, as the
    patterns and the matching use the words as printed (a lemma step cost ~1 s at every start for
    the lemma table, and its output was never read).
    """
    spacy = _import_spacy()
    nlp = spacy.blank("sv")
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(_patterns())
    return nlp


@lru_cache(maxsize=1)
def _candidate_line() -> re.Pattern[str]:
    """Lines that may hold a kommun, region or party name: only these go through spaCy.

    spaCy's "sv" tokenizer runs at about 13,000 words/s on these documents (measured), too slow to take
    every line at the indexing speed we need (20,000 words/s for the whole pipeline); the gazetteer words
    are rare, so a cheap look-ahead for them keeps spaCy on a few percent of the lines.
    """
    words = {"kommun", "KOMMUN", "stad", "Region", "län"}
    words |= {f.split()[0] for f in gazetteers.region_forms()}
    words |= {
        w for p in gazetteers.parties() for f in (p.name, *p.forms) if len(f) > 3 for w in f.split()[:1]
    }
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\wåäöÅÄÖ])(?:{alt})(?![\wåäöÅÄÖ])")


#: How far around a candidate word a gazetteer form can reach ("Region Jämtland Härjedalen",
#: "Upplands Väsby kommun"); the window is widened to whole words.
_REACH = 45


def _candidate_lines(text: str) -> list[tuple[int, str]]:
    """(offset, snippet) around each candidate word, within its line and cut at spaces, overlaps merged."""
    spans: list[list[int]] = []
    for m in _candidate_line().finditer(text):
        # Line ends looked for only within reach (a 2 MB line without breaks must not be rescanned
        # for every candidate word); a line start or end beyond reach acts as one just out of it.
        lo, hi = max(0, m.start() - _REACH - 1), m.end() + _REACH
        nl = text.rfind("\n", lo, m.start())
        line_start = nl + 1 if nl >= 0 else (-1 if lo > 0 else 0)
        line_end = text.find("\n", m.end(), hi + 1)
        line_end = (len(text) if len(text) <= hi else hi + 1) if line_end < 0 else line_end
        start = max(line_start, m.start() - _REACH)
        if start > line_start:
            sp = text.find(" ", start, m.start())
            start = sp + 1 if sp >= 0 else m.start()
        end = min(line_end, m.end() + _REACH)
        if end < line_end:
            sp = text.rfind(" ", m.end(), end)
            end = sp if sp >= 0 else m.end()
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(s, text[s:e]) for s, e in spans]


@lru_cache(maxsize=1)
def _organ_re() -> re.Pattern[str]:
    heads = "|".join(gazetteers.organ_words())
    return re.compile(
        rf"(?<![\w])(?:[A-ZÅÄÖ][a-zåäö]*(?:{heads})(?:en|et|n|t)?(?![\wåäö])"
        rf"(?: för [A-ZÅÄÖ][\wåäö]+(?: (?:&|och) [A-ZÅÄÖ][\wåäö]+)?)?"
        rf"|[A-ZÅÄÖ][a-zåäö]+s (?:arbets)?utskott"
        rf"|[Nn]ämnden för [A-ZÅÄÖ][\wåäö]+(?: (?:&|och) [A-ZÅÄÖ][\wåäö]+)?)"
    )


GazEntity = tuple[str, str, str, int, int]


def gazetteer_entities(text: str) -> list[GazEntity]:
    """(label, text, norm, start, end) for KOMMUN, REGION, PARTY and ORGAN spans in `text`.

    `norm` is the short kommun name, the canonical region name, the party code or the organ as printed.
    KOMMUN/REGION/PARTY come from the spaCy entity_ruler (run on the candidate lines only); ORGAN from a
    pattern over the organ head words ("Byggnadsnämnden", "Kommunstyrelsens arbetsutskott",
    "Nämnden för Kultur & Fritid").
    """
    return gazetteer_entities_many([text])[0]


#: Characters per spaCy doc: a long document's candidate lines go in several docs (spaCy refuses a
#: text over 1,000,000 characters, and memory grows with the doc); an ordinary document needs one.
_CHUNK = 200_000


@lru_cache(maxsize=1)
def _phrases() -> PhraseIndex:
    return PhraseIndex(_patterns())


class _Span(NamedTuple):
    """A match found by `PhraseIndex`, with the attributes of a spaCy entity span that are read."""

    text: str
    label_: str
    ent_id_: str
    start_char: int
    end_char: int


class _Found:
    """The matches `PhraseIndex` found in a joined doc, shaped as a spaCy doc's `ents`."""

    def __init__(self, text: str, matches: list[Match]) -> None:
        self.ents = [_Span(text[s:e], label, ent_id, s, e) for s, e, label, ent_id in matches]


def _map_entities(batch: list[tuple[int, int, str]], doc: Any, out: list[list[GazEntity]]) -> None:
    """The entities of one joined doc, with offsets into the texts their snippets came from."""
    starts, pos = [], 0
    for _, _, line in batch:
        starts.append(pos)
        pos += len(line) + 1
    for ent in doc.ents:
        k = bisect_right(starts, ent.start_char) - 1
        ti, offset = batch[k][0], batch[k][1]
        shift = offset - starts[k]
        norm = ent.ent_id_ or " ".join(ent.text.split())
        out[ti].append((ent.label_, ent.text, norm, ent.start_char + shift, ent.end_char + shift))


def _snippets(texts: list[str]) -> list[tuple[int, int, str]]:
    """(text index, offset, snippet) of every candidate line; a snippet over `_CHUNK` is cut at spaces."""
    out = []
    for ti, text in enumerate(texts):
        for offset, line in _candidate_lines(text):
            while len(line) > _CHUNK:  # one line of megabytes: cut (an entity at a cut may be lost)
                cut = line.rfind(" ", 0, _CHUNK)
                cut = cut if cut > 0 else _CHUNK
                out.append((ti, offset, line[:cut]))
                offset, line = offset + cut, line[cut:]
            out.append((ti, offset, line))
    return out


def gazetteer_entities_many(texts: list[str]) -> list[list[GazEntity]]:
    """`gazetteer_entities` for several texts with few spaCy calls: the candidate lines of all texts are
    joined into docs of up to `_CHUNK` characters and the offsets mapped back (a call has a fixed cost
    per doc). The phrases are looked up without spaCy where the answer is certain to be its own
    (`indexer.entities.phrases`); spaCy is started only for a doc where it is not."""
    out: list[list[GazEntity]] = [[] for _ in texts]
    batches: list[list[tuple[int, int, str]]] = [[]]
    size = 0
    for snip in _snippets(texts):
        if size + len(snip[2]) > _CHUNK and batches[-1]:
            batches.append([])
            size = 0
        batches[-1].append(snip)
        size += len(snip[2]) + 1
    if batches[0]:
        for batch in batches:
            text = "\n".join(line for _, _, line in batch)
            matches = _phrases().find(text)
            # None: a phrase stands where only spaCy's tokenizer can tell; spaCy reads this doc
            _map_entities(batch, get_nlp()(text) if matches is None else _Found(text, matches), out)
    for ti, text in enumerate(texts):
        for m in _organ_re().finditer(text):
            out[ti].append(("ORGAN", m.group(0), " ".join(m.group(0).split()), m.start(), m.end()))
        out[ti].sort(key=lambda t: t[3])
    return out
