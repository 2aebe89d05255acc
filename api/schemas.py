"""API shapes, separate from storage: what the JSON API, the web pages and `--json` return."""

from __future__ import annotations

from pydantic import BaseModel, Field


class FacetValue(BaseModel):
    """One value of a facet, Datasette-shaped."""

    value: str
    label: str
    count: int
    selected: bool = False
    toggle_url: str = ""


class Facet(BaseModel):
    """A facet: its values with counts over all matches of the query and filters."""

    name: str
    results: list[FacetValue] = Field(default_factory=list)
    truncated: bool = False  # more values than shown, or the time budget ran out


class SearchResult(BaseModel):
    """One hit of a search."""

    item_id: str
    source: str
    number: str | None
    title: str
    snippet: str
    score: float
    organization: str | None
    organ: str | None
    date: str | None
    doc_type: str | None = None
    diarienummer: list[str] = Field(default_factory=list)
    found_by: list[str] = Field(default_factory=list)  # "lexical", "semantic"


class SearchResponse(BaseModel):
    """The `arkiv search --json` / `GET /api/search` contract (DESIGN.md)."""

    query: str
    mode: str
    total: int
    took_ms: float
    limit: int = 20
    offset: int = 0
    filters: dict[str, str] = Field(default_factory=dict)
    results: list[SearchResult] = Field(default_factory=list)
    facets: dict[str, list[FacetValue]] = Field(default_factory=dict)
    facets_meta: dict[str, Facet] = Field(default_factory=dict)  # the same facets with name/truncated


class PersonRef(BaseModel):
    """A person as linked from an item."""

    person_id: int
    name: str
    party: str | None = None


class ActionOut(BaseModel):
    """Who did what in an item."""

    person_id: int
    person: str
    kind: str
    evidence: str | None = None


class ItemRef(BaseModel):
    """A short reference to an item (lists, timelines, cases)."""

    item_id: str
    number: str | None
    title: str
    organization: str | None
    organ: str | None
    date: str | None
    doc_type: str | None = None
    source: str
    year: int | None = None  # known even when the exact date is not (a scraped page)


class ItemDetail(ItemRef):
    """An item with its whole text and what was read from it."""

    text: str
    page: int | None = None  # physical page (1-based) of the original where the item starts
    page_end: int | None = None  # and where it ends
    ocr_confidence: float | None = None  # mean OCR word confidence (0-100) of its pages; None: not OCR'd
    original_url: str | None = (
        None  # the original file, at the item's page: /dokument/{doc_id}/original#page=5
    )
    original_format: str | None = None  # "PDF", "Word", "HTML", "text"
    public_url: str | None = None  # where the original is published (arkiv index --sources)
    diarienummer: list[str] = Field(default_factory=list)
    persons: list[PersonRef] = Field(default_factory=list)
    actions: list[ActionOut] = Field(default_factory=list)
    entities: list[dict[str, object]] = Field(default_factory=list)


class RelatedItem(ItemRef):
    """An item related to another, with the reason."""

    reason: str  # "same diarienummer KS-2025-00970" or "similar content (0.87)"
    kind: str  # "case" or "semantic"
    score: float | None = None


class ActionEntry(ItemRef):
    """One action of a person, with the item it happened in."""

    kind: str


class PersonSummary(BaseModel):
    """A person in a list of look-up results."""

    person_id: int
    name: str
    party: str | None = None
    parties: list[str] = Field(default_factory=list)
    n_items: int = 0
    score: float | None = None  # fuzzy-match score of a look-up


class PersonDetail(PersonSummary):
    """Everything known about a person."""

    spellings: list[str] = Field(default_factory=list)
    organs: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    actions: dict[str, list[ActionEntry]] = Field(default_factory=dict)  # kind -> entries, newest first
    mentions_per_year: dict[str, int] = Field(default_factory=dict)
    items: list[ItemRef] = Field(default_factory=list)  # every item they appear in, newest first


class CaseDetail(BaseModel):
    """An ärende (diarienummer) and its path through organs and meetings."""

    dnr: str
    items: list[ItemRef] = Field(default_factory=list)  # by date
    organs: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)


class Stats(BaseModel):
    """What the archive holds."""

    documents: int
    items: int
    persons: int
    cases: int
    organizations: dict[str, int] = Field(default_factory=dict)
    organs: dict[str, int] = Field(default_factory=dict)
    years: dict[str, int] = Field(default_factory=dict)
    doc_types: dict[str, int] = Field(default_factory=dict)
    date_min: str | None = None
    date_max: str | None = None
    model: str | None = None
    built_at: str | None = None
