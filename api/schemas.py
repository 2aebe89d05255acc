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


class AlsoRef(BaseModel):
    """Another item of the same ärende in the same meeting, folded into one result (`api.dedup`)."""

    item_id: str
    number: str | None
    title: str
    doc_type: str | None = None


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
    meeting_id: str | None = None  # the meeting's public id (`/api/meetings/{id}`)
    also: list[AlsoRef] = Field(default_factory=list)  # the same ärende's other items of this meeting


class QueryExplained(BaseModel):
    """How the search box's syntax was read (`api.query_syntax`)."""

    required: list[str] = Field(default_factory=list)  # "exact phrases" every result holds
    excluded: list[str] = Field(default_factory=list)  # -words no result holds
    or_groups: list[list[str]] = Field(default_factory=list)  # alternatives joined by OR


class SearchResponse(BaseModel):
    """The `arkiv search --json` / `GET /api/search` contract (DESIGN.md)."""

    query: str
    mode: str
    total: int
    took_ms: float
    limit: int = 20
    offset: int = 0
    #: Active filters: a facet with one value as a string, with several as a list; date_from/date_to.
    filters: dict[str, str | list[str]] = Field(default_factory=dict)
    results: list[SearchResult] = Field(default_factory=list)
    facets: dict[str, list[FacetValue]] = Field(default_factory=dict)
    facets_meta: dict[str, Facet] = Field(default_factory=dict)  # the same facets with name/truncated
    sort: str = "relevance"  # "relevance", "newest" or "oldest"
    total_items: int | None = None  # matching items before one ärende's items were folded into one row
    query_syntax: QueryExplained | None = None
    no_match: bool = False  # True when none of the query's words occur anywhere in the archive
    #: When none of the query's words occur in the archive: close words that do (did-you-mean) ...
    suggestions: list[str] = Field(default_factory=list)
    #: ... and the items nearest in meaning, offered apart and never counted in `total`.
    neighbours: list[SearchResult] = Field(default_factory=list)


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


class PartyActionOut(BaseModel):
    """An action of a party as a whole in an item ("Ledamöterna från SD reserverar sig")."""

    party: str
    kind: str
    evidence: str | None = None


class VoteOut(BaseModel):
    """One person's vote in a printed omröstning of an item."""

    person_id: int
    person: str
    party: str | None = None
    round: int = 1  # the omröstning within the item, 1 first
    vote: str  # ja, nej, avstår


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
    meeting_id: str | None = None  # the meeting's public id (`/api/meetings/{id}`), when it has one


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
    party_actions: list[PartyActionOut] = Field(default_factory=list)
    votes: list[VoteOut] = Field(default_factory=list)  # by round, then as printed
    entities: list[dict[str, object]] = Field(default_factory=list)


class RelatedItem(ItemRef):
    """An item related to another, with the reason."""

    reason: str  # "same diarienummer KS-2025-00970" or "similar content (0.87)"
    kind: str  # "case" or "semantic"
    score: float | None = None


class ActionEntry(ItemRef):
    """One action of a person, with the item it happened in."""

    kind: str


class VoteEntry(ItemRef):
    """A person's vote in one omröstning of an item."""

    vote: str  # ja, nej, avstår
    round: int = 1


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
    votes: list[VoteEntry] = Field(default_factory=list)  # every printed vote, newest first
    mentions_per_year: dict[str, int] = Field(default_factory=dict)
    items: list[ItemRef] = Field(default_factory=list)  # every item they appear in, newest first


class CaseDecision(BaseModel):
    """A decision (protokoll) or a proposal (kallelse) printed in one of an ärende's items."""

    item_id: str
    date: str | None = None
    organ: str | None = None
    doc_type: str | None = None
    text: str


class CaseDetail(BaseModel):
    """An ärende (diarienummer) and its path through organs and meetings."""

    dnr: str  # as the ärende's documents print it
    title: str | None = None  # the newest protocol paragraph's title, else the newest item's
    decisions: list[CaseDecision] = Field(default_factory=list)  # oldest first
    items: list[ItemRef] = Field(default_factory=list)  # by date
    organs: list[str] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    printed: list[str] = Field(default_factory=list)  # every form its documents print ("2026.016 KS")
    others: list[str] = Field(default_factory=list)  # other ärenden with the same number (another kommun)


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


class MeetingRef(BaseModel):
    """A meeting: one organization's organ on one date."""

    meeting_id: str
    organization: str | None = None
    organ: str
    date: str
    doc_types: list[str] = Field(default_factory=list)  # the kinds of document the archive holds for it
    n_items: int = 0


class MeetingDocument(BaseModel):
    """A document of a meeting (kallelse, protokoll, bilaga, ...)."""

    doc_type: str | None = None
    file_name: str  # the original file's name (never a server path)
    n_items: int = 0
    first_item_id: str | None = None  # its first item (its page links the source file)
    original_url: str | None = None  # the original file, where the archive keeps it


class Attendee(BaseModel):
    """A person listed in a meeting's documents, with what they were there as."""

    person_id: int
    name: str
    party: str | None = None
    party_label: str = ""  # "Moderaterna (M)"
    roles: list[str] = Field(default_factory=list)
    title: str | None = None
    replaces: str | None = None  # a serving substitute (tjänstgörande ersättare): the member replaced


class AgendaItem(ItemRef):
    """A row of a meeting's agenda, with the same ärende's items in the meeting's other documents."""

    diarienummer: list[str] = Field(default_factory=list)
    also: list[AlsoRef] = Field(default_factory=list)


class MeetingDetail(MeetingRef):
    """A meeting with its documents, attendance and agenda, and the organ's previous and next meeting."""

    documents: list[MeetingDocument] = Field(default_factory=list)
    attendance: list[Attendee] = Field(default_factory=list)  # people listed with a role, in role order
    mentioned: list[Attendee] = Field(default_factory=list)  # people named without a role
    agenda: list[AgendaItem] = Field(default_factory=list)  # in the order of the main document
    previous: MeetingRef | None = None
    next: MeetingRef | None = None
