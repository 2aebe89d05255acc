"""Jinja2 set-up for the web pages: Swedish labels, safe snippets and link helpers.

Autoescaping is on for every template; the only HTML that passes through
unescaped is what `safe_snippet` and `api.textmark` build themselves.
"""

from __future__ import annotations

import html
import re

from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from api.facets import party_label
from api.labels import ACTION_HEADINGS, ACTION_LABELS, VOTE_LABELS
from api.urls import case_path, meeting_path

#: Swedish names of the facets.
#: Swedish names of the facets, saying what each counts: who held the meeting (organization) is not
#: which kommuner an item's text names (kommun).
FACET_LABELS = {
    "year": "År (mötesdatum)",
    "organization": "Kommun eller region som höll mötet",
    "organ": "Organ (nämnd, styrelse, utskott)",
    "doc_type": "Dokumenttyp",
    "party": "Parti (personer i punkten)",
    "person": "Person som nämns",
    "kommun": "Kommun som nämns i texten",
    "from": "Från",
    "to": "Till",
}
#: Swedish names of the orders of a list.
SORT_LABELS = {"relevance": "Relevans", "newest": "Nyast först", "oldest": "Äldst först"}
#: Swedish names of the search modes.
MODE_LABELS = {"hybrid": "Kombinerad", "lexical": "Ord", "semantic": "Betydelse"}
MODE_HELP = {
    "hybrid": "ord och betydelse sammanvägda",
    "lexical": "exakta ord och böjningar",
    "semantic": "liknande innehåll, även med andra ord",
}
#: How a result was found.
FOUND_BY_LABELS = {"lexical": "ordsökning", "semantic": "betydelse"}
ACTION_ORDER = ("raised", "proposed", "reserved", "presented", "protocol_note", "justerare")

_MARK = re.compile(r"(</?mark>)")


def safe_snippet(snippet: str | None) -> Markup:
    """A search snippet with its `<mark>` highlights kept and everything else escaped.

    Works whether or not the search layer already escaped the text: each piece
    between marks is unescaped once and escaped again.
    """
    parts = _MARK.split(snippet or "")
    out = [p if p in ("<mark>", "</mark>") else str(escape(html.unescape(p))) for p in parts]
    opened = sum(1 for p in parts if p == "<mark>") - sum(1 for p in parts if p == "</mark>")
    return Markup("".join(out) + "</mark>" * max(opened, 0))


_CODE = re.compile(r"`([^`]+)`")


def code_spans(text: str | None) -> Markup:
    """Text from the OpenAPI document, escaped, with its `backtick` spans as <code>."""
    return Markup(_CODE.sub(lambda m: f"<code>{m.group(1)}</code>", str(escape(text or ""))))


def related_reason(kind: str, reason: str, score: float | None = None) -> str:
    """Why an item is related, in Swedish ("Samma ärende: KS-2025-00970", "Liknande innehåll (0,87)")."""
    if kind == "case":
        return "Samma ärende: " + reason.removeprefix("same diarienummer ").strip()
    if kind == "semantic":
        return "Liknande innehåll" + (f" (likhet {score:.2f})".replace(".", ",") if score is not None else "")
    return reason


def item_label(number: str | None, title: str) -> str:
    """The label of an item: "§86 Vatten & Avloppstaxa 2026", or only its title when no number is printed."""
    if not number:
        return title
    return f"{number} {title}" if number.startswith("§") else f"{number}. {title}"


def configure(templates: Jinja2Templates) -> Jinja2Templates:
    """Register arkiv's filters and globals on a Jinja2Templates."""
    env = templates.env
    env.filters["safe_snippet"] = safe_snippet
    env.filters["case_path"] = case_path
    env.filters["code_spans"] = code_spans
    env.filters["meeting_path"] = meeting_path
    env.globals.update(
        FACET_LABELS=FACET_LABELS,
        SORT_LABELS=SORT_LABELS,
        party_label=party_label,
        MODE_LABELS=MODE_LABELS,
        MODE_HELP=MODE_HELP,
        FOUND_BY_LABELS=FOUND_BY_LABELS,
        ACTION_LABELS=ACTION_LABELS,
        ACTION_HEADINGS=ACTION_HEADINGS,
        ACTION_ORDER=ACTION_ORDER,
        VOTE_LABELS=VOTE_LABELS,
        item_label=item_label,
        related_reason=related_reason,
        case_path=case_path,
    )
    return templates
