"""Indexing: incremental, idempotent, changed files replaced everywhere, bad input skipped, crash-safe."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from arkiv.archive import ArchiveError, ArchivePaths, read_manifest
from arkiv.settings import get_settings
from indexer.pipeline import index_paths
from indexer.store import rows as store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"


def _settings(tmp: Path, **kw: object):
    return get_settings(data=tmp / "data", embedding_model="hash", model_cache=tmp / "cache", **kw)


def _counts(data: Path) -> dict[str, int]:
    conn = sqlite3.connect(data / "archive.sqlite")
    out = {
        t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("documents", "items", "items_fts", "items_tri", "item_dnr", "persons")
    }
    conn.close()
    return out


def _faiss_ids(data: Path) -> set[int]:
    from indexer.store.vectors import load_index

    return {int(i) for i in load_index(data / "vectors.faiss").item_ids()}


def _item_ids(data: Path) -> set[int]:
    conn = sqlite3.connect(data / "archive.sqlite")
    ids = {r[0] for r in conn.execute("SELECT id FROM items")}
    conn.close()
    return ids


def _lexicon_has(data: Path, word: str) -> bool:
    from api.lexicon import load_lexicon

    lx = load_lexicon(data / "lexicon.npz", sorted(_item_ids(data)))
    assert lx is not None, "the lexicon must describe the archive's items"
    return len(lx.word(word, prefix=False).ids) > 0


def test_index_twice_adds_nothing(tmp_path: Path) -> None:
    s = _settings(tmp_path)
    first = index_paths([SEEDS], s)
    assert len(first.indexed) == 5 and not first.skipped
    before = _counts(s.data)
    second = index_paths([SEEDS], s)
    assert second.indexed == [] and len(second.unchanged) == 5
    assert _counts(s.data) == before
    # the same bytes under another name are the same document
    copy = tmp_path / "copy.txt"
    shutil.copy(SEEDS / "003_d934c3f1dcc2c8b3.txt", copy)
    third = index_paths([copy], s)
    assert third.unchanged == [str(copy)] and _counts(s.data) == before


def test_manifest_and_vectors_describe_the_archive(tmp_path: Path) -> None:
    s = _settings(tmp_path)
    index_paths([SEEDS], s)
    m = read_manifest(ArchivePaths(s.data))
    assert m is not None
    assert m["embedding"]["model"].startswith("hash") and m["embedding"]["dim"] > 0
    assert m["items"] == _counts(s.data)["items"] == m["faiss"]["items"]
    from indexer.store.vectors import load_index

    # ntotal counts vectors (one per passage), as FAISS does, not items
    assert m["faiss"]["ntotal"] == load_index(s.data / "vectors.faiss").ntotal == m["faiss"]["passages"]
    assert _faiss_ids(s.data) == _item_ids(s.data)


def test_changed_file_replaces_its_items_everywhere(tmp_path: Path) -> None:
    s = _settings(tmp_path)
    doc = tmp_path / "notes.txt"
    original = (SEEDS / "004_88985e9704e87674.txt").read_text(encoding="utf-8")
    doc.write_text(original, encoding="utf-8")
    index_paths([doc], s)
    old_ids = _item_ids(s.data)
    assert _fts_hits(s.data, "Eskaleringsmodell") == 1

    doc.write_text(original.replace("Eskaleringsmodell", "Tvistlösningsmodell"), encoding="utf-8")
    report = index_paths([doc], s)
    assert report.replaced == [str(doc)]
    new_ids = _item_ids(s.data)
    assert _counts(s.data)["documents"] == 1
    assert not (old_ids & new_ids), "old items must be gone"
    assert _fts_hits(s.data, "Eskaleringsmodell") == 0 and _fts_hits(s.data, "Tvistlösningsmodell") == 1
    assert _faiss_ids(s.data) == new_ids, "no stale vectors"
    assert not _lexicon_has(s.data, "eskaleringsmodell") and _lexicon_has(s.data, "tvistlösningsmodell")
    m = read_manifest(ArchivePaths(s.data))
    assert m is not None and m["lexicon"]["items"] == len(new_ids)
    # unchanged items were not embedded again
    assert report.embedded < len(new_ids)


def _fts_hits(data: Path, word: str) -> int:
    conn = sqlite3.connect(data / "archive.sqlite")
    n = conn.execute("SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH ?", (f'"{word}"',)).fetchone()[0]
    n_tri = conn.execute("SELECT COUNT(*) FROM items_tri WHERE items_tri MATCH ?", (f'"{word}"',)).fetchone()[
        0
    ]
    conn.close()
    assert n == n_tri
    return int(n)


def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n this is not a pdf body")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "huge.txt").write_text("Kommunstyrelsen\n\n§ 1 Budget\n\n" + "skatt " * 5000, encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    shutil.copy(SEEDS / "000_3d44ddcbe33345b6.txt", folder / "good.txt")
    s = _settings(tmp_path, max_file_bytes=20_000)
    report = index_paths([folder], s)
    assert [Path(src).name for src, _ in report.indexed] == ["good.txt"]
    reasons = {Path(src).name: why for src, why in report.skipped}
    assert set(reasons) == {"empty.txt", "binary.txt", "broken.pdf", "broken.docx", "huge.txt", "notes.csv"}
    assert all(why and "\n" not in why for why in reasons.values())
    assert "empty" in reasons["empty.txt"].lower()
    assert "large" in reasons["huge.txt"].lower() or "big" in reasons["huge.txt"].lower()
    assert _counts(s.data)["documents"] == 1


def test_crash_mid_document_leaves_previous_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = _settings(tmp_path)
    index_paths([SEEDS / "000_3d44ddcbe33345b6.txt"], s)
    before = _counts(s.data)

    real = store.write_extraction

    def crash(conn, ex, **kw):  # type: ignore[no-untyped-def]
        real(conn, ex, **kw)  # everything written ... then the process "dies" before commit
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "write_extraction", crash)
    with pytest.raises(KeyboardInterrupt):
        index_paths([SEEDS / "003_d934c3f1dcc2c8b3.txt"], s)
    assert _counts(s.data) == before
    monkeypatch.setattr(store, "write_extraction", real)
    index_paths([SEEDS / "003_d934c3f1dcc2c8b3.txt"], s)
    assert _counts(s.data)["documents"] == 2
    assert _faiss_ids(s.data) == _item_ids(s.data)


def test_run_stopped_before_its_end_files_is_completed_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document committed, then the process dies before the lexicon, vectors and manifest are
    written: the next run has nothing new to index but still brings those files up to date."""
    import indexer.pipeline as pipeline

    s = _settings(tmp_path)
    index_paths([SEEDS / "000_3d44ddcbe33345b6.txt"], s)

    def die(*a, **kw):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "update_lexicon", die)
    with pytest.raises(KeyboardInterrupt):
        index_paths([SEEDS / "003_d934c3f1dcc2c8b3.txt"], s)
    assert _counts(s.data)["documents"] == 2  # committed
    assert _faiss_ids(s.data) != _item_ids(s.data)  # ... but the end-of-run files lag behind
    monkeypatch.undo()
    report = index_paths([SEEDS / "003_d934c3f1dcc2c8b3.txt"], s)
    assert report.unchanged and not report.indexed
    assert _faiss_ids(s.data) == _item_ids(s.data)
    assert _lexicon_has(s.data, "styrgruppen")  # a word of the second document only
    m = read_manifest(ArchivePaths(s.data))
    assert m is not None and m["items"] == len(_item_ids(s.data))


def test_archive_of_another_model_is_refused(tmp_path: Path) -> None:
    s = _settings(tmp_path)
    index_paths([SEEDS / "003_d934c3f1dcc2c8b3.txt"], s)
    m = read_manifest(ArchivePaths(s.data))
    assert m is not None
    m["embedding"]["model"] = "some-other-model"
    from arkiv.archive import write_manifest

    write_manifest(ArchivePaths(s.data), m)
    with pytest.raises(ArchiveError, match="some-other-model"):
        index_paths([SEEDS / "000_3d44ddcbe33345b6.txt"], s)


def test_archive_without_lexicon_gets_one_at_the_next_run(tmp_path: Path) -> None:
    """An archive indexed before the lexicon existed (or whose lexicon was deleted) is upgraded by the
    next `arkiv index`, even when no file changed."""
    s = _settings(tmp_path)
    index_paths([SEEDS / "003_d934c3f1dcc2c8b3.txt"], s)
    (s.data / "lexicon.npz").unlink()
    report = index_paths([SEEDS / "003_d934c3f1dcc2c8b3.txt"], s)
    assert report.unchanged and not report.indexed
    assert _lexicon_has(s.data, "styrgruppen")
