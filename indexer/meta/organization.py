"""The organization (kommun or region) a document belongs to.

A short private list of the 21 regioner and the name forms that point at them
(the län, a kommunalförbund inside the region). It is kept here rather than in
`models/data/` so metadata does not depend on the entity gazetteers.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

__all__ = ["REGIONS", "detect_organization"]

#: canonical name -> printed forms that name the region or point into it.
REGIONS: dict[str, tuple[str, ...]] = {
    "Region Stockholm": ("Region Stockholm", "Stockholms län"),
    "Region Uppsala": ("Region Uppsala", "Uppsala län"),
    "Region Sörmland": ("Region Sörmland", "Södermanlands län"),
    "Region Östergötland": ("Region Östergötland", "Östergötlands län"),
    "Region Jönköpings län": ("Region Jönköpings län", "Jönköpings län"),
    "Region Kronoberg": ("Region Kronoberg", "Kronobergs län"),
    "Region Kalmar län": ("Region Kalmar län", "Kalmar län"),
    "Region Gotland": ("Region Gotland", "Gotlands län"),
    "Region Blekinge": ("Region Blekinge", "Blekinge län"),
    "Region Skåne": ("Region Skåne", "Skåne län"),
    "Region Halland": ("Region Halland", "Hallands län"),
    "Västra Götalandsregionen": (
        "Västra Götalandsregionen",
        "Region Västra Götaland",
        "Västra Götalands län",
        "VGR",
        "Boråsregionen",
        "Boråsregionens kommunalförbund",
        "Skaraborgs kommunalförbund",
        "Fyrbodals kommunalförbund",
        "GR:s kommunalförbund",
    ),
    "Region Värmland": ("Region Värmland", "Värmlands län"),
    "Region Örebro län": ("Region Örebro län", "Örebro län"),
    "Region Västmanland": ("Region Västmanland", "Västmanlands län"),
    "Region Dalarna": ("Region Dalarna", "Dalarnas län"),
    "Region Gävleborg": ("Region Gävleborg", "Gävleborgs län"),
    "Region Västernorrland": ("Region Västernorrland", "Västernorrlands län"),
    "Region Jämtland Härjedalen": ("Region Jämtland Härjedalen", "Jämtland Härjedalen", "Jämtlands län"),
    "Region Västerbotten": ("Region Västerbotten", "Västerbottens län"),
    "Region Norrbotten": ("Region Norrbotten", "Norrbottens län"),
}

_KOMMUN = re.compile(
    r"\b([A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?|[A-ZÅÄÖ]{3,}(?:-[A-ZÅÄÖ]+)?)\s+(kommun|KOMMUN)\b"
)
_HEAD_LINES = 15  # non-blank lines that count as the letterhead / cover
_NOT_KOMMUN = {"Region", "Varje", "Vilken", "Denna", "Samma", "Hela", "Annan", "Egen"}


def _is_own_name(form: str, name: str) -> bool:
    """A form that is the region's own name (not a län or a kommunalförbund inside it)."""
    return form == name or form.startswith("Region ")


@lru_cache(maxsize=256)
def _form_re(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")


def _region_counts(text: str, *, own_names_only: bool = False) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name, all_forms in REGIONS.items():
        forms = [f for f in all_forms if _is_own_name(f, name)] if own_names_only else list(all_forms)
        # Longest forms first; each span counted once ("Region Jämtland Härjedalen" vs "Jämtland Härjedalen").
        # A form's own matches never overlap, so each is checked against the spans of the longer forms
        # only, by bisection (a membership scan over all spans was quadratic in a region's mentions).
        spans: list[tuple[int, int]] = []
        for form in sorted(forms, key=len, reverse=True):
            if form not in text:  # a substring test is far cheaper than the regex scan
                continue
            starts = [s for s, _ in spans]
            reach = list(itertools.accumulate((e for _, e in spans), max))
            new = []
            for m in _form_re(form).finditer(text):
                i = bisect_right(starts, m.start())
                if not (i and reach[i - 1] > m.start()):
                    new.append((m.start(), m.end()))
            spans = sorted(spans + new)
        if spans:
            counts[name] = len(spans)
    return counts


def _kommun_in(line: str) -> str | None:
    for m in _KOMMUN.finditer(line):
        name = m.group(1)
        if name.title() in _NOT_KOMMUN:
            continue
        return f"{name.title() if name.isupper() else name} kommun"
    return None


def detect_organization(text: str, lines: list[str]) -> tuple[str | None, bool]:
    """Find the kommun or region that produced the document.

    Args:
        text: The cleaned document text.
        lines: Its lines, markdown emphasis removed.

    Returns:
        (organization, inferred): inferred is True when the name is not printed
        as the document's own (only implied by places, a län, a kommunalförbund,
        or a region named in passing fewer than three times).
    """
    head = [ln for ln in lines if ln][:_HEAD_LINES]
    for ln in head:
        if len(ln) > 80 and not _KOMMUN.match(ln):  # a sentence, unless the kommun is its subject
            continue
        kommun = _kommun_in(ln if len(ln) <= 80 else ln[:40])
        if kommun:
            return kommun, False
        counts = _region_counts(ln, own_names_only=True)  # "Jämtlands län" is a place, not a letterhead
        if counts:
            return counts.most_common(1)[0][0], False
    regions = _region_counts(text)
    if regions:
        name = regions.most_common(1)[0][0]
        # Printed three times or more under its own name: the document's own organization.
        return name, _region_counts(text, own_names_only=True)[name] < 3
    kommuner = Counter(k for ln in lines if (k := _kommun_in(ln)))
    if kommuner:
        name = kommuner.most_common(1)[0][0]
        return name, True
    return None, False
