"""Ärenden across documents and bodies (indexer.store.cases, api.repo.get_case/related): diarienummer
stored as printed and normalised, keyed within their organization, found by any printed form; and the
path of an Alingsås ärende from kommunfullmäktige through the arbetsutskott to kommunstyrelsen.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from api import repo
from api.context import ArchiveContext, open_archive
from arkiv.settings import Settings
from indexer.types import DocMeta, Extraction, Item
from tests.conftest import hash_settings, write_archive

ROOT = Path(__file__).resolve().parents[1]
ALINGSAS = ROOT / "corpus" / "alingsas"


def _doc(name: str, org: str, organ: str, date: str, items: list[Item]) -> Extraction:
    meta = DocMeta(organization=org, organ=organ, date=date, doc_type="protokoll")
    sha = (name.encode().hex() * 8)[:64]
    return Extraction(source=name, sha256=sha, fmt="txt", meta=meta, items=items)


def _item(number: str, title: str, printed: str, key: str | None = None) -> Item:
    key = key or printed
    return Item(number, title, f"{title}. Ärendet behandlas.", diarienummer=[key], dnr_printed={key: printed})


@pytest.fixture(scope="module")
def cases_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("cases")
    settings = hash_settings(root / "data", root / "cache")
    write_archive(
        settings,
        [
            # Alingsås prints the series after the number; kommunfullmäktige uses kommunstyrelsen's diarium.
            _doc("ks.txt", "Alingsås kommun", "Kommunstyrelsen", "2026-06-01", [
                _item("§95", "Fördjupad månadsuppföljning 2026", "2026.016 KS"),
                _item("§96", "Förskola vid Nolhaga allé", "2020.008 KS"),
            ]),
            _doc("kf.txt", "Alingsås kommun", "Kommunfullmäktige", "2026-06-10", [
                _item("§116", "Detaljplan för förskola vid Nolhaga allé", "2020.008 KS"),
            ]),
            # Another kommun with the same number in another form: another ärende.
            _doc("lerum.txt", "Lerums kommun", "Kommunstyrelsen", "2026-03-02", [
                _item("§12", "Markanvisning i Gråbo", "KS 2026/16"),
            ]),
            # Bare numbers: the same number in two bodies of one kommun; one subject matches, one not.
            _doc("sn.txt", "Hylte kommun", "Socialnämnden", "2024-02-01", [
                _item("§3", "Riktlinjer för ekonomiskt bistånd 2024", "2024/1"),
            ]),
            _doc("hks.txt", "Hylte kommun", "Kommunstyrelsen", "2024-03-05", [
                _item("§40", "Revidering av riktlinjer för ekonomiskt bistånd", "2024/1"),
                _item("§41", "Taxa för renhållning", "2024/2"),
            ]),
            _doc("tn.txt", "Hylte kommun", "Tekniska nämnden", "2024-01-15", [
                _item("§2", "Taxa för vatten och avlopp", "2024/1"),
            ]),
        ],
    )  # fmt: skip
    return settings


@pytest.fixture(scope="module")
def cases_ctx(cases_settings: Settings) -> Iterator[ArchiveContext]:
    c = open_archive(cases_settings)
    yield c
    c.close()


@pytest.mark.parametrize(
    "form", ["2026.016 KS", "KS 2026/16", "KS-2026-016", "Dnr KS 2026/0016", "ks/2026:16"]
)
def test_every_printed_form_finds_the_case(cases_ctx: ArchiveContext, form: str) -> None:
    case = repo.get_case(cases_ctx, form, "Alingsås kommun")
    assert case is not None and [i.number for i in case.items] == ["§95"]
    assert case.dnr == "2026.016 KS" and case.printed == ["2026.016 KS"]


def test_same_number_of_two_organizations_is_two_cases(cases_ctx: ArchiveContext) -> None:
    alingsas = repo.get_case(cases_ctx, "KS 2026/16", "Alingsås kommun")
    lerum = repo.get_case(cases_ctx, "KS 2026/16", "Lerums kommun")
    assert alingsas is not None and lerum is not None
    assert alingsas.organizations == ["Alingsås kommun"] and lerum.organizations == ["Lerums kommun"]
    either = repo.get_case(cases_ctx, "KS 2026/16")
    assert either is not None and len(either.items) == 1 and len(either.others) == 1
    ks95 = alingsas.items[0].item_id
    assert [r.kind for r in repo.related(cases_ctx, ks95) or []].count("case") == 0


def test_case_path_across_bodies_by_date(cases_ctx: ArchiveContext) -> None:
    case = repo.get_case(cases_ctx, "2020.008 KS")
    assert case is not None
    assert [(i.organ, i.date) for i in case.items] == [
        ("Kommunstyrelsen", "2026-06-01"),
        ("Kommunfullmäktige", "2026-06-10"),
    ]
    rel = repo.related(cases_ctx, case.items[0].item_id) or []
    assert rel[0].item_id == case.items[1].item_id and rel[0].reason == "same diarienummer 2020.008 KS"


def test_bare_number_links_bodies_only_on_a_matching_subject(cases_ctx: ArchiveContext) -> None:
    case = repo.get_case(cases_ctx, "Dnr 2024/1", "Hylte kommun")
    assert case is not None
    assert [i.organ for i in case.items] == ["Socialnämnden", "Kommunstyrelsen"]
    assert case.others == ["Hylte kommun, Tekniska nämnden (1)"]
    sn = case.items[0].item_id
    assert [r.organ for r in repo.related(cases_ctx, sn) or [] if r.kind == "case"] == ["Kommunstyrelsen"]


def test_api_case_by_any_form_and_organization(cases_settings: Settings) -> None:
    from fastapi.testclient import TestClient

    from api.main import create_app

    with TestClient(create_app(cases_settings)) as client:
        r = client.get("/api/cases/KS 2026/16", params={"organization": "Lerums kommun"})
        assert r.status_code == 200 and r.json()["organizations"] == ["Lerums kommun"]
        r = client.get("/api/cases/2026.016 KS")
        assert r.status_code == 200 and r.json()["dnr"] == "2026.016 KS" and r.json()["others"]
        assert client.get("/api/cases/KS 1999/1").status_code == 404


def test_stored_printed_and_normalised(cases_ctx: ArchiveContext) -> None:
    rows = cases_ctx.conn.execute(
        "SELECT dnr, printed, match, case_key FROM item_dnr WHERE printed = 'KS 2026/16'"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("KS 2026/16", "KS 2026/16", "KS|2026|16", "Lerums kommun|KS|2026|16")
    ]


@pytest.fixture(scope="module")
def alingsas_data(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A kommunstyrelse protocol and the extracts of kommunfullmäktige and the arbetsutskott it came with."""
    from indexer.pipeline import index_paths

    root = tmp_path_factory.mktemp("alingsas_case")
    docs = root / "docs"
    docs.mkdir()
    for name in (
        "kommunstyrelsen_2026-06-01_protokoll.pdf",
        "bilagor/kommunstyrelsen_2026-06-01_ss204-kf-motion-gallande-att-att-infora-laddstationer-for-alingsas"
        "-cyklister-amanda-andersson-mp.pdf",
        "bilagor/kommunstyrelsen_2026-06-01_ss76-ksau-svar-pa-motion-gallande-att-att-infora-laddstationer-for"
        "-alingsas-cyklister-amanda-andersson-mp.pdf",
    ):
        shutil.copy(ALINGSAS / name, docs / Path(name).name)
    settings = hash_settings(root / "data", root / "cache")
    report = index_paths([docs], settings)
    assert len(report.indexed) == 3, report.skipped
    return settings


@pytest.mark.slow  # indexes three original PDFs (~15 s)
def test_alingsas_case_path_kf_ksau_ks(alingsas_data: Settings) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "arkiv.cli", "case", "KS 2025/446", "--data", str(alingsas_data.data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            "ARKIV_EMBEDDING_MODEL": "hash",
            "ARKIV_MODEL_CACHE": str(alingsas_data.model_cache),
            "PATH": "",
        },
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == (
        "2025.446 KS: 3 ärenden i Kommunfullmäktige, Kommunstyrelsens arbetsutskott, Kommunstyrelsen"
        " (Alingsås kommun)"
    )
    assert [ln.split()[0] for ln in lines[1:4]] == ["2025-09-24", "2026-05-20", "2026-06-01"]
    assert "§103 Svar på motion gällande att införa laddstationer för Alingsås cyklister" in lines[3]


def test_numbers_of_an_older_archive_get_case_keys(tmp_path: Path) -> None:
    from arkiv.archive import ArchivePaths, connect

    settings = hash_settings(tmp_path / "data", tmp_path / "cache")
    write_archive(
        settings,
        [
            _doc(
                "a.txt",
                "Alingsås kommun",
                "Kommunstyrelsen",
                "2026-06-01",
                [_item("§1", "Budget", "2026.016 KS")],
            )
        ],
    )
    db = ArchivePaths(settings.data).db
    conn = connect(db)
    conn.executescript(
        "DROP INDEX item_dnr_match; DROP INDEX item_dnr_case;"
        " ALTER TABLE item_dnr DROP COLUMN printed; ALTER TABLE item_dnr DROP COLUMN match;"
        " ALTER TABLE item_dnr DROP COLUMN case_key; PRAGMA user_version = 4;"
    )
    conn.close()
    conn = connect(db)  # the writer's connection migrates and fills the new columns
    row = conn.execute("SELECT dnr, printed, match, case_key FROM item_dnr").fetchone()
    conn.close()
    assert tuple(row) == ("2026.016 KS", "2026.016 KS", "KS|2026|16", "Alingsås kommun|KS|2026|16")
