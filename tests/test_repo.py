"""Look-ups: fuzzy persons, a person's actions, cases across documents, related items, stats."""

from __future__ import annotations

import pytest

from api import repo


def _uid(ctx, title: str) -> str:
    return ctx.conn.execute("SELECT uid FROM items WHERE title = ?", (title,)).fetchone()[0]


@pytest.mark.parametrize("q", ["hamberg", "Robert Hamberg", "robert hambreg", "HAMBERG"])
def test_find_persons_is_fuzzy(tiny_ctx, q: str) -> None:
    hits = repo.find_persons(tiny_ctx, q)
    assert hits and hits[0].name == "Robert Hamberg"


def test_find_persons_unknown_and_empty(tiny_ctx) -> None:
    assert repo.find_persons(tiny_ctx, "Zlatan Ibrahimović") == []
    assert repo.find_persons(tiny_ctx, "  ") == []
    assert repo.resolve_person(tiny_ctx, "Zlatan Ibrahimović") is None


def test_person_detail(tiny_ctx) -> None:
    p = repo.resolve_person(tiny_ctx, "hamberg")
    assert p is not None and p.parties == ["M"]
    assert [a.title for a in p.actions["proposed"]] == ["Skatteväxlingen mellan region och kommuner"]
    assert [a.title for a in p.actions["raised"]] == ["Skatteväxling, remiss"]
    assert (
        p.actions["raised"][0].organ == "Nämnden för Teknik" and p.actions["raised"][0].date == "2024-09-24"
    )
    assert p.mentions_per_year == {"2024": 1, "2025": 1}
    assert p.organizations == ["Kungsbacka kommun"]
    assert set(p.organs) == {"Kommunstyrelsen", "Nämnden för Teknik"}
    assert set(p.roles) == {"ledamot", "ersättare"}
    assert repo.get_person(tiny_ctx, 10_000) is None


def test_case_across_documents_by_date(tiny_ctx) -> None:
    for typed in ("KS-2025-00970", "ks-2025-00970", " KS-2025-00970 "):
        case = repo.get_case(tiny_ctx, typed)
        assert case is not None and case.dnr == "KS-2025-00970"
        assert [(i.date, i.organ) for i in case.items] == [
            ("2024-09-24", "Nämnden för Teknik"),
            ("2025-10-21", "Kommunstyrelsen"),
        ]
    assert repo.get_case(tiny_ctx, "KS-2025-99999") is None


def test_related_same_case_first_never_itself(tiny_ctx) -> None:
    uid = _uid(tiny_ctx, "Skatteväxlingen mellan region och kommuner")
    rel = repo.related(tiny_ctx, uid)
    assert rel, "no related items"
    assert rel[0].title == "Skatteväxling, remiss"
    assert rel[0].kind == "case" and rel[0].reason == "same diarienummer KS-2025-00970"
    assert uid not in {r.item_id for r in rel}
    kinds = [r.kind for r in rel]
    assert kinds == sorted(kinds)  # every "case" before every "semantic"
    own_doc = {r[0] for r in tiny_ctx.conn.execute(
        "SELECT uid FROM items WHERE doc_id = (SELECT doc_id FROM items WHERE uid = ?)", (uid,))}  # fmt: skip
    for r in rel:
        if r.kind == "semantic":
            assert r.item_id not in own_doc
            assert r.reason == f"similar content ({r.score:.2f})"
    assert repo.related(tiny_ctx, "no-such-item") is None


def test_an_archive_too_small_to_measure_lists_no_semantic_neighbours(tiny_ctx) -> None:
    # 11 vectors: no similarity statistics (api.vecstats.MIN_VECTORS), so nothing can stand out.
    uid = _uid(tiny_ctx, "Budget för år 2026")
    assert repo.related(tiny_ctx, uid, limit=20) == []


def test_get_item(tiny_ctx) -> None:
    uid = _uid(tiny_ctx, "Skatteväxlingen mellan region och kommuner")
    item = repo.get_item(tiny_ctx, uid)
    assert item is not None and item.diarienummer == ["KS-2025-00970"]
    assert {p.name for p in item.persons} == {"Robert Hamberg", "Anna Lind"}
    assert {(a.person, a.kind) for a in item.actions} == {
        ("Robert Hamberg", "proposed"),
        ("Anna Lind", "reserved"),
    }
    assert repo.get_item(tiny_ctx, "nope") is None


def test_stats_and_newest(tiny_ctx) -> None:
    s = repo.stats(tiny_ctx)
    assert (s.documents, s.items, s.persons, s.cases) == (3, 11, 3, 3)
    assert s.date_min == "2024-09-24" and s.date_max == "2025-10-21"
    assert s.model == "hash-64"
    newest = repo.newest_items(tiny_ctx, limit=3)
    assert [i.date for i in newest] == ["2025-10-21"] * 3


def test_corpus_case_hsf240207_and_related(ctx) -> None:
    case = repo.get_case(ctx, "HSF240207")
    assert case is not None and len(case.items) == 2
    first, second = case.items
    rel = repo.related(ctx, first.item_id)
    assert rel and rel[0].item_id == second.item_id and rel[0].kind == "case"


def test_corpus_kallelse_item_relates_to_its_protocol_paragraph(ctx) -> None:
    # KS kallelse 2025-10-21 prints "2025-00620" without the series; the protocol prints KS-2025-00620.
    case = repo.get_case(ctx, "KS-2025-00620")
    assert case is not None
    kallelse = [i for i in case.items if i.doc_type == "kallelse"]
    protocol = [i for i in case.items if i.doc_type == "protokoll"]
    assert kallelse and protocol
    rel = repo.related(ctx, kallelse[0].item_id)
    assert rel[0].item_id == protocol[0].item_id and rel[0].number == "§287"
    assert rel[0].reason == "same diarienummer KS-2025-00620"
