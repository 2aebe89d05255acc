"""The Swedish spaCy pipeline: blank "sv" tokenizer, a lower-case-first lookup lemmatizer, and an
entity_ruler with gazetteer patterns for KOMMUN, REGION, PARTY and ORGAN.

No Swedish pipeline is on PyPI, so everything here is rules and gazetteers that ship with the project
(`models/data/`) and with `spacy-lookups-data`. The pipeline is built once, lazily (`get_nlp`).
People and diarienummer are found by `indexer.people` and `indexer.dnr` on the raw text (they need line
structure that tokens lose); the orchestrator (`indexer.entities`) merges the spans.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from models import gazetteers

#: Organ names as single compound tokens: "Kommunstyrelsen", "Byggnadsnämnden", "Regionfullmäktige".
_ORGAN_TOKEN = (
    r"^[A-ZÅÄÖ][a-zåäö]*(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|beredning|"
    r"beredningen|referensgrupp|referensgruppen|samverkansgrupp|samverkansgruppen|presidium|presidiet|råd|rådet)$"
)


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        table: dict[str, str] = json.load(f)
    return table


def lemma(word: str) -> str:
    """Lemma of a Swedish word form: the lookup table is keyed by lower-case forms, so lower-case first."""
    low = word.lower()
    return _lemma_table().get(low, low)


def _patterns() -> list[dict[str, Any]]:
    pats: list[dict[str, Any]] = []
    for name in gazetteers.kommuner():
        gen = gazetteers.kommun_genitive(name)
        for form in {f"{gen} kommun", f"{name} kommun", f"{gen} stad"}:
            pats.append({"label": "KOMMUN", "pattern": form, "id": name})
            pats.append({"label": "KOMMUN", "pattern": form.upper(), "id": name})
    for form, canon in gazetteers.region_forms().items():
        pats.append({"label": "REGION", "pattern": form, "id": canon})
    for p in gazetteers.parties():
        for form in {p.name, *(f for f in p.forms if len(f) > 3)}:
            pats.append({"label": "PARTY", "pattern": form, "id": p.code})
    pats.append({"label": "ORGAN", "pattern": [{"TEXT": {"REGEX": _ORGAN_TOKEN}}]})
    pats.append(
        {
            "label": "ORGAN",
            "pattern": [
                {"TEXT": {"REGEX": r"^[A-ZÅÄÖ]\w+s$"}},
                {"LOWER": {"IN": ["arbetsutskott", "presidium", "utskott"]}},
            ],
        }
    )
    pats.append(
        {
            "label": "ORGAN",
            "pattern": [
                {"LOWER": {"IN": ["nämnden", "utskottet", "beredningen"]}},
                {"LOWER": "för"},
                {"IS_TITLE": True},
                {"ORTH": {"IN": ["&", "och"]}, "OP": "?"},
                {"IS_TITLE": True, "OP": "?"},
            ],
        }
    )
    return pats


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The pipeline (built on first use): tokenizer + lemma component + entity_ruler."""
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Language.has_factory("arkiv_lemma"):

        @Language.component("arkiv_lemma")
        def arkiv_lemma(doc: Doc) -> Doc:
            table = _lemma_table()
            for tok in doc:
                low = tok.lower_
                tok.lemma_ = table.get(low, low)
            return doc

    nlp = spacy.blank("sv")
    nlp.add_pipe("arkiv_lemma")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(_patterns())
    return nlp


def gazetteer_entities(text: str) -> list[tuple[str, str, str, int, int]]:
    """(label, text, norm, start, end) for KOMMUN, REGION, PARTY and ORGAN spans in `text`.

    `norm` is the short kommun name, the canonical region name, the party code or the organ as printed.
    """
    nlp = get_nlp()
    with nlp.select_pipes(disable=["arkiv_lemma"]):
        doc = nlp(text)
    out = []
    for ent in doc.ents:
        norm = ent.ent_id_ or " ".join(ent.text.split())
        out.append((ent.label_, ent.text, norm, ent.start_char, ent.end_char))
    return out
