"""Plain data shapes that flow through the write path.

parse -> (SourceText) -> meta + segment -> (DocMeta, Item list) -> entities -> Extraction.
They are storage-agnostic: `indexer.store.rows` maps them to SQLite, the CLI maps
them to the JSON contract of `arkiv extract --json`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Entity labels used in `Entity.label`.
ENTITY_LABELS = ("PERSON", "PARTY", "KOMMUN", "REGION", "ORGAN", "DNR")

#: Action kinds used in `Action.kind` (see DESIGN.md).
ACTION_KINDS = ("raised", "proposed", "reserved", "protocol_note", "presented", "justerare")

#: Document types recognised by `indexer.meta.doctype`: minutes of meetings, then documents that are not.
DOC_TYPES = (
    *("protokoll", "kallelse", "minnesanteckningar", "mötesanteckningar", "tjänsteskrivelse"),
    *("motion", "rapport", "granskning", "anvisning", "delegationslista", "skrivelse", "bilaga"),
)


@dataclass
class PageCues:
    """What a document says about itself outside its text: metadata cues, never item text.

    A portal page may name its kommun, organ and date only in its <title>
    ("Kommunstyrelsen 2026-11-09 - Protokoll - Köpings kommun"), its breadcrumb trail ("Köpings kommun ›
    Politik › Möten och protokoll") and its site header (the home link, the logo's text), all of which the
    HTML reader keeps out of the text. A Word document may name them only in its page headers and
    footers (`indexer.read.docx_pages.page_part_lines`), read as a PDF's running lines are.
    """

    title: list[str] = field(default_factory=list)  # the <title> cut at its separators, in order
    trail: list[str] = field(default_factory=list)  # the breadcrumb's steps, the current page last
    site: list[str] = field(default_factory=list)  # the site's name: og:site_name, the home link, the logo
    running: list[str] = field(default_factory=list)  # a Word file's page headers' and footers' lines

    def __bool__(self) -> bool:
        return bool(self.title or self.trail or self.site or self.running)


@dataclass
class SourceText:
    """The text of one file, as read by `indexer.read.parse`."""

    path: str
    sha256: str
    fmt: str  # "txt", "md", "html", "pdf", "docx"
    text: str
    encoding: str | None = None
    n_bytes: int = 0
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None  # physical pages, for formats that have them (pdf)
    #: OCR'd pages (1-based) -> mean word confidence (0-100); empty when nothing was OCR'd.
    ocr_confidence: dict[int, float] = field(default_factory=dict)
    #: Running header/footer lines removed from the pages (set by `indexer.extract` after cleaning).
    running: list[str] = field(default_factory=list)
    #: A web page's title, breadcrumb and site name (HTML only): cues for the metadata, not text.
    cues: PageCues = field(default_factory=PageCues)
    #: Lines a PDF sets wholly in bold, a Word document's headings (a heading style or a paragraph set
    #: wholly in bold): headings without numbers, a cue for segmentation.
    bold: list[str] = field(default_factory=list)


@dataclass
class DocMeta:
    """Meeting metadata of a document."""

    organization: str | None = None  # "Kungsbacka kommun", "Region Västmanland"
    organ: str | None = None  # the body that met: "Kommunstyrelsen"
    date: str | None = None  # ISO date of the meeting
    doc_type: str | None = None  # one of DOC_TYPES
    year: int | None = None  # when only the year is known
    organization_inferred: bool = False  # True when not printed but inferred (places, names)
    #: How each field was decided: {"organ": "page header", "organization": "anslag", ...}.
    meta_source: dict[str, str] = field(default_factory=dict)


@dataclass
class Entity:
    """A span in an item's text. Offsets are into `Item.text`."""

    label: str
    text: str
    norm: str
    start: int
    end: int


@dataclass
class Action:
    """Something a person (or a party as a whole) did in an item: raised, proposed, reserved, ..."""

    person: str  # the person's full name as resolved in the document; "" for a party's action
    kind: str  # one of ACTION_KINDS
    evidence: str | None = None  # the sentence it was read from
    party: str | None = None  # set for a party's action ("Ledamöterna från SD reserverar sig")


#: Vote values in `Vote.vote`.
VOTE_VALUES = ("ja", "nej", "avstår")


@dataclass
class Vote:
    """One person's vote in a printed omröstning of an item."""

    person: str
    vote: str  # one of VOTE_VALUES
    round: int = 1  # the omröstning within the item, 1 first
    party: str | None = None


@dataclass
class Item:
    """One agenda item (ärende, paragraf, punkt)."""

    number: str | None  # "§86", "3" or None
    title: str
    text: str  # the item's body, page chrome removed; the title is not repeated here
    organ: str | None = None  # only where it differs from the document's
    date: str | None = None  # only where it differs from the document's
    diarienummer: list[str] = field(default_factory=list)  # normalised case keys: the item's own case(s)
    dnr_printed: dict[str, str] = field(default_factory=dict)  # case key -> the form printed ("2026.016 KS")
    dnr_cited: list[str] = field(default_factory=list)  # other case numbers its text quotes (references)
    entities: list[Entity] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    start: int = 0  # offset of the item in the cleaned document text
    page: int | None = None  # physical page (1-based) where the item starts, where the format has pages
    page_end: int | None = None  # physical page where it ends
    ocr_confidence: float | None = None  # mean OCR word confidence (0-100) of its pages; None: not OCR'd


@dataclass
class Person:
    """A person appearing in a document."""

    name: str
    party: str | None = None  # normalised: S, M, SD, C, V, KD, L, MP or a local abbreviation
    roles: list[str] = field(default_factory=list)
    title: str | None = None  # "kommunsekreterare"
    affiliation: str | None = None  # kommun, region or organisation printed with the name
    items: list[int] = field(default_factory=list)  # indexes into Extraction.items where mentioned
    spellings: list[str] = field(default_factory=list)
    replaces: str | None = None  # a serving substitute: whom they replaced (indexer.entities.substitutes)


@dataclass
class Extraction:
    """Everything read from one file, before it is stored."""

    source: str
    sha256: str
    fmt: str
    meta: DocMeta
    items: list[Item]
    persons: list[Person] = field(default_factory=list)
    kommuner: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    masked_personnummer: int = 0
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None  # physical pages of the original, where the format has pages
    ocr_pages: list[int] = field(default_factory=list)  # pages whose text comes from OCR
    ocr_confidence: float | None = None  # mean word confidence (0-100) over the OCR'd pages
    encoding: str | None = None  # of a text file, as detected
    #: Case keys the document's head prints for the whole document, not an item's (`indexer.segment.doc_dnr`).
    own_dnr: list[str] = field(default_factory=list)
    own_dnr_printed: dict[str, str] = field(default_factory=dict)  # case key -> the form printed

    @property
    def diarienummer(self) -> list[str]:
        """All case keys in the document: its own (its head's) first, then its items', in order."""
        seen: dict[str, None] = dict.fromkeys(self.own_dnr)
        for item in self.items:
            for dnr in item.diarienummer:
                seen.setdefault(dnr, None)
        return list(seen)

    def item_id(self, index: int) -> str:
        """Stable id of the item at `index`: document hash prefix + position."""
        return f"{self.sha256[:12]}-{index + 1}"

    def to_json(self) -> dict[str, Any]:
        """The `arkiv extract --json` contract (DESIGN.md)."""
        items = []
        for i, it in enumerate(self.items):
            items.append(
                {
                    "id": self.item_id(i),
                    "number": it.number,
                    "title": it.title,
                    "organ": it.organ,
                    "date": it.date,
                    "page": it.page,
                    "page_end": it.page_end,
                    "ocr": it.ocr_confidence is not None,
                    "ocr_confidence": it.ocr_confidence,
                    "text": it.text,
                    "diarienummer": it.diarienummer,
                    "diarienummer_printed": [it.dnr_printed.get(k, k) for k in it.diarienummer],
                    "entities": [asdict(e) for e in it.entities],
                    "actions": [_action_json(a) for a in it.actions],
                    "votes": [asdict(v) for v in it.votes],
                }
            )
        return {
            "source": self.source,
            "sha256": self.sha256,
            "format": self.fmt,
            "organization": self.meta.organization,
            "organ": self.meta.organ,
            "date": self.meta.date,
            "year": self.meta.year,
            "doc_type": self.meta.doc_type,
            "meta_source": self.meta.meta_source,
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "ocr_confidence": self.ocr_confidence,
            "items": items,
            "persons": [
                {
                    "name": p.name,
                    "party": p.party,
                    "roles": p.roles,
                    "title": p.title,
                    "affiliation": p.affiliation,
                    "replaces": p.replaces,
                }
                for p in self.persons
            ],
            "diarienummer": self.diarienummer,
            "document_diarienummer": self.own_dnr,
            "document_diarienummer_printed": [self.own_dnr_printed.get(k, k) for k in self.own_dnr],
            "kommuner": self.kommuner,
            "regions": self.regions,
            "masked_personnummer": self.masked_personnummer,
            "warnings": self.warnings,
        }


def _action_json(a: Action) -> dict[str, Any]:
    """An action in `arkiv extract --json`: person and kind; a party's action: person null, its party."""
    if a.person:
        return {"person": a.person, "kind": a.kind}
    return {"person": None, "party": a.party, "kind": a.kind}
