"""Which embedding model an archive is indexed and searched with: its own, unless one is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from arkiv.archive import ArchiveError, check_compatible, settings_for_archive
from arkiv.settings import get_settings
from indexer.embed.embedder import HashEmbedder, model_name
from models.e5 import MODEL_ID as E5_ID
from models.e5_int8 import MODEL_ID as INT8_ID


def _manifest(model: str) -> dict[str, object]:
    return {"embedding": {"model": model, "dim": 384}}


def test_new_archives_default_to_int8(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARKIV_EMBEDDING_MODEL", raising=False)
    s = get_settings()
    assert s.embedding_model == "e5-small-int8"
    assert settings_for_archive(s, None).embedding_model == "e5-small-int8"


def test_an_existing_archive_keeps_its_model_unless_one_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARKIV_EMBEDDING_MODEL", raising=False)
    assert settings_for_archive(get_settings(), _manifest(E5_ID)).embedding_model == "e5-small"
    assert (
        settings_for_archive(get_settings(data=Path("x")), _manifest(INT8_ID)).embedding_model
        == "e5-small-int8"
    )
    named = get_settings(embedding_model="hash")
    assert settings_for_archive(named, _manifest(E5_ID)).embedding_model == "hash"  # named: it wins
    monkeypatch.setenv("ARKIV_EMBEDDING_MODEL", "e5-small")
    assert settings_for_archive(get_settings(), _manifest(INT8_ID)).embedding_model == "e5-small"


def test_model_names_round_trip() -> None:
    assert model_name(E5_ID) == "e5-small"
    assert model_name(INT8_ID) == "e5-small-int8"
    assert model_name(HashEmbedder().model_id) == "hash"
    assert model_name("/models/my-sbert") == "/models/my-sbert"


def test_refusal_names_the_setting_that_opens_the_archive() -> None:
    with pytest.raises(ArchiveError, match="ARKIV_EMBEDDING_MODEL=e5-small-int8 "):
        check_compatible({"schema_version": _schema(), **_manifest(INT8_ID)}, model=E5_ID, dim=384)


def _schema() -> int:
    from indexer.store.schema import SCHEMA_VERSION

    return SCHEMA_VERSION
