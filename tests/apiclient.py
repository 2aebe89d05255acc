"""Shared by the in-process API and web tests (tests/ is on sys.path under pytest's default import mode)."""

from __future__ import annotations

from fastapi.testclient import TestClient


def search_json(client: TestClient, **params: object) -> dict:
    """GET /api/search, asserting a 200, and return the JSON body."""
    r = client.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()
