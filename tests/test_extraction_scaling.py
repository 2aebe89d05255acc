"""Extraction work grows with the text, not faster: big and pathological inputs finish, with right output.

Cost is compared as a ratio of CPU time between a small and a larger input (generous margins, as the
machine is shared); absolute seconds are for bench/bench_scaling.py.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from indexer.extract import extract_text
from indexer.read import clean
from indexer.segment.dnr import clear_scan_cache, find_dnr
from indexer.segment.paragraphs import _Cand, _heaviest_chain
from indexer.types import SourceText


def _cpu(fn: Callable[[], object]) -> float:
    """Best of three CPU times of fn() (the least disturbed by other work), each doing the whole work.

    Case-number scans are cached: a repeated call would time a lookup, not the scan, and the ratio of two
    lookups is noise (it failed a run under load at 33x).
    """
    times = []
    for _ in range(3):
        clear_scan_cache()
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return max(min(times), 1e-4)


def _linear(small: Callable[[], object], big: Callable[[], object], factor: int) -> None:
    """big (factor times the input of small) must cost well under factor² times small."""
    ratio = _cpu(big) / _cpu(small)
    assert ratio < factor * 3, f"cost grew {ratio:.1f}x for {factor}x the input"


def _protocol(n: int, pad: str = "") -> str:
    body = "§ {k}  Dnr KS-2025-{k:05d}\nÄrende {k} om skatteväxling\n\nAnna Andersson (S) yrkar bifall." + pad
    body += "\nBeslut i Varberg.\n\n"
    head = "Kommunstyrelsen\nSAMMANTRÄDESPROTOKOLL\n2025-10-21\n\nAnna Andersson (S), ordförande\n\n"
    return head + "".join(body.format(k=k) for k in range(1, n + 1))


def _extract(text: str):
    return extract_text(SourceText(path="x.txt", sha256="0", fmt="txt", text=text))


def test_many_pages_join_in_linear_time():
    pages = ["Kommunstyrelsen beslutar att godkänna förslaget,\nvilket\n" * 5 + "slut" for _ in range(4000)]
    joined = clean._join_pages(pages)
    assert joined.count("\n\n") == len(pages) - 1  # "slut" | "Kommunstyrelsen": a new paragraph
    assert clean._join_pages(["budget och", "ramar"]) == "budget och\nramar"  # a sentence runs on
    _linear(lambda: clean._join_pages(pages[:400]), lambda: clean._join_pages(pages), 10)


def test_many_case_numbers_found_in_linear_time():
    text = " ".join(f"Dnr KS-2025-{k:05d} och RS/{k}/2024 samt HSF{k:06d}." for k in range(3000))
    keys = find_dnr(text)
    assert len(keys) == 9000 and keys[:3] == ["KS-2025-00000", "RS/0/2024", "HSF000000"]
    _linear(lambda: find_dnr(text[: len(text) // 10]), lambda: find_dnr(text), 10)


def _chain_reference(cands: list[_Cand]) -> list[_Cand]:
    """The plain n² dynamic programme the Fenwick version must agree with."""
    n = len(cands)
    best, prev = [c.weight for c in cands], [-1] * n
    for j in range(n):
        for i in range(j):
            if cands[i].number < cands[j].number and best[i] + cands[j].weight > best[j]:
                best[j], prev[j] = best[i] + cands[j].weight, i
    if not n:
        return []
    k, chain = max(range(n), key=lambda x: best[x]), []
    while k >= 0:
        chain.append(cands[k])
        k = prev[k]
    return [c for c in reversed(chain) if c.weight >= 0.5]


def test_heaviest_chain_agrees_with_the_quadratic_programme():
    rng = random.Random(3)
    for _ in range(300):
        cands = [
            _Cand(i, rng.randint(1, 12), [], [], "t", rng.choice([0.02, 0.05, 0.1, 1.0, 2.0, 3.0]))
            for i in range(rng.randint(0, 25))
        ]
        assert [c.line for c in _heaviest_chain(cands)] == [c.line for c in _chain_reference(cands)]


def test_protocol_with_thousands_of_paragraphs_is_linear():
    small, big = _protocol(150), _protocol(1200)
    ex = _extract(big)
    assert [it.number for it in ex.items] == [f"§{k}" for k in range(1, 1201)]
    assert ex.items[-1].diarienummer == ["KS-2025-01200"]
    assert {a.kind for a in ex.items[-1].actions} == {"proposed"}
    _linear(lambda: _extract(small), lambda: _extract(big), 8)


def test_items_rewritten_by_the_segmenter_are_linear():
    # Trailing spaces are cut from item lines, so item texts are no slices of the document text.
    small, big = _protocol(150, pad="   "), _protocol(1200, pad="   ")
    ex = _extract(big)
    assert ex.items[-1].text == "Anna Andersson (S) yrkar bifall.\nBeslut i Varberg."
    assert [a.kind for a in ex.items[-1].actions] == ["proposed"]
    _linear(lambda: _extract(small), lambda: _extract(big), 8)


def test_one_long_line_without_breaks_is_linear():
    sentence = "Anna Andersson (S) yrkar bifall i Region Halland och Varberg, KS-2025-00970, "
    small, big = sentence * 150, sentence * 1200  # no full stop: one 95 kB "sentence" and line
    ex = _extract(big)
    assert len(ex.items) == 1 and ex.items[0].diarienummer == ["KS-2025-00970"]
    assert ex.regions == ["Region Halland"]
    _linear(lambda: _extract(small), lambda: _extract(big), 8)


def test_only_paragraph_signs_and_repeated_headers_finish():
    for text in ("§" * 50_000, "KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 3 (8)\n" * 5_000):
        ex = _extract(text)
        assert len(ex.items) == 1
    _linear(lambda: _extract("§" * 10_000), lambda: _extract("§" * 80_000), 8)
    header = "KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL 3 (8)\nText på sidan.\n"
    _linear(lambda: _extract(header * 1_000), lambda: _extract(header * 8_000), 8)


def test_many_short_lines_are_linear():
    small = "\n".join(f"rad {i} text" for i in range(5_000))
    big = "\n".join(f"rad {i} text" for i in range(40_000))
    assert _extract(big).items[0].text.count("\n") >= 39_000
    _linear(lambda: _extract(small), lambda: _extract(big), 8)


def test_gazetteer_docs_are_chunked_without_changing_entities(monkeypatch):
    # spaCy refuses a doc over 1,000,000 characters: a long document's candidate lines go in several.
    from indexer.entities.annotate import nlp

    texts = [_protocol(40), "Region Jämtland Härjedalen och Östersunds kommun.\n" * 30]
    whole = nlp.gazetteer_entities_many(texts)
    assert any(e[0] == "REGION" for e in whole[1]) and any(e[0] == "KOMMUN" for e in whole[1])
    monkeypatch.setattr(nlp, "_CHUNK", 300)
    assert nlp.gazetteer_entities_many(texts) == whole


def _surname(k: int) -> str:
    """A distinct made-up surname per number: "Bada", "Bade", ... (letters only, as names are)."""
    letters = ""
    for _ in range(3):
        k, r = divmod(k, 20)
        letters += "bcdfghjklmnprstvxzqw"[r] + "aeiou"[r % 5]
    return letters.capitalize() + "sson"


def test_votes_and_actions_of_a_long_roll_call_are_linear():
    def text(n: int) -> str:
        names = [f"Anna {_surname(k)}" for k in range(n)]
        members = "".join(f"{nm} (S)\n" for nm in names)
        votes = " ".join(f"{nm} (S) röstar nej." for nm in names)
        return (
            "Kommunfullmäktige\nProtokoll\n2025-10-21\n\nBeslutande\n" + members
            + "\n§ 1 Budget\n" + votes + "\nJa-röster: " + ", ".join(names) + "\n"
        )  # fmt: skip

    def run(t: str) -> Callable[[], object]:
        return lambda: extract_text(SourceText(path="x.txt", sha256="0" * 64, fmt="txt", text=t))

    ex = run(text(150))()
    assert sum(len(it.votes) for it in ex.items) == 150  # type: ignore[attr-defined]
    _linear(run(text(150)), run(text(1200)), 8)
