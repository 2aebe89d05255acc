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

from indexer.meta.federation import federation_name
from indexer.meta.header import PageHeads, running_cells
from indexer.types import PageCues
from models import gazetteers

__all__ = ["REGIONS", "detect_organization", "kommun_name"]

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
    r"\b([A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?|[A-ZÅÄÖ]{3,}(?:[- ][A-ZÅÄÖ]+)?)\s+(kommun|KOMMUN)\b"
)
_STAD = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?|[A-ZÅÄÖ]{3,})\s+(stad|Stad|STAD)\b")
_HEAD_LINES = 15  # non-blank lines that count as the letterhead / cover
_NOT_KOMMUN = {"Region", "Varje", "Vilken", "Denna", "Samma", "Hela", "Annan", "Egen"}
# "… har tillkännagivits på Alingsås kommuns digitala anslagstavla", "Anslagstavla: Lerums kommun".
_ANSLAG = re.compile(
    r"([A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?)\s+kommuns\s+(?:\w+\s+){0,2}anslagstavla"
    r"|anslagstavla\w*\s*(?::|på|i|hos)?\s*([A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?)\s+kommun\b",
    re.IGNORECASE,
)
# Where the meeting was held or the protocol is kept: "Plats och tid Grand Hotel, Alingsås",
# "Förvaringsplats för protokollet Rådhuset, Alingsås", "Sammanträdesplats: Kommunhuset i Lerum".
_PLACE_LINE = re.compile(
    r"^(?:plats(?:\s+och\s+tid)?|tid\s+och\s+plats|sammanträdesplats|mötesplats|lokal|förvaringsplats"
    r"(?:\s+för\s+protokollet)?|justeringens\s+plats(?:\s+och\s+tid)?)\b\s*:?\s*(.*)$",
    re.IGNORECASE,
)
# Kommuner whose own name does not follow the genitive rule (Orust: a consonant without an s).
_OWN_FORMS = {"Orust": "Orust kommun", **{k: f"{g} kommun" for k, g in gazetteers.IRREGULAR_GENITIVE.items()}}
_OWN_PRINTED = {form.removesuffix(" kommun"): name for name, form in _OWN_FORMS.items()}
# Kommuner that call themselves a stad in their own name ("Helsingborgs stad", "Göteborgs Stad").
_STÄDER = {
    "Borås": "Borås Stad",
    "Göteborg": "Göteborgs Stad",
    "Haparanda": "Haparanda stad",
    "Helsingborg": "Helsingborgs stad",
    "Landskrona": "Landskrona stad",
    "Lidingö": "Lidingö stad",
    "Malmö": "Malmö stad",
    "Mölndal": "Mölndals stad",
    "Solna": "Solna stad",
    "Stockholm": "Stockholms stad",
    "Sundbyberg": "Sundbybergs stad",
    "Trollhättan": "Trollhättans stad",
    "Vaxholm": "Vaxholms stad",
    "Västerås": "Västerås stad",
}


def kommun_name(name: str) -> str:
    """The organization's name of a kommun: "Alingsås" -> "Alingsås kommun", "Lerum" -> "Lerums kommun",
    "Härryda" -> "Härryda kommun" (a name ending in a vowel takes no s), "Helsingborg" -> "Helsingborgs
    stad" (a kommun whose own name is a stad)."""
    if name in _OWN_FORMS or name in _STÄDER:
        return _OWN_FORMS.get(name) or _STÄDER[name]
    if name[-1].lower() in "aeiouyåäösxz":
        return f"{name} kommun"
    return f"{name}s kommun"


def _kommun_of(printed: str) -> str | None:
    """The kommun a printed "X" of "X kommun" names, or None ("Om Alingsås" -> "Alingsås")."""
    names = gazetteers.kommuner()
    words = printed.split(" ")
    for k in range(len(words)):
        cand = " ".join(words[k:])
        cand = cand.title() if cand.isupper() else cand
        for form in (cand, cand[:-1] if cand.endswith("s") else ""):
            if form in names:
                return form
        if cand in _OWN_PRINTED:  # "Falu" of "Falu kommun"
            return _OWN_PRINTED[cand]
    return None


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
    """The kommun a line names as "X kommun" (printed form kept: "Orust kommun", "Lerums kommun")."""
    for m in _KOMMUN.finditer(line):
        name = m.group(1)
        if name.title() in _NOT_KOMMUN:
            continue
        kommun = _kommun_of(name)
        if kommun is None:
            continue
        printed = name.split(" ")[-len(kommun.split(" ")) :] if " " in name else [name]
        form = " ".join(printed)
        return f"{form.title() if form.isupper() else form} kommun"
    return None


def _stad_in(line: str) -> str | None:
    """A kommun that calls itself a stad in its letterhead: "Malmö stad", "Göteborgs Stad"."""
    for m in _STAD.finditer(line):
        if _kommun_of(m.group(1)):
            name = m.group(1).title() if m.group(1).isupper() else m.group(1)
            return f"{name} {m.group(2).lower() if m.group(2).isupper() else m.group(2)}"
    return None


# A kommun or region named as a party to something ("Avtal med Ludvika kommun", "Överenskommelse med Region
# Västra Götaland", "Samverkan mellan Hjo och Tidaholms kommuner"), not as the document's own letterhead.
_PASSING = re.compile(
    r"\b(?:med|till|från|mellan|och|om|mot|av|inom|åt|hos)\s+(?:(?:[A-ZÅÄÖ][\wåäöé-]*\s+){1,3}"
    r"(?:kommuns?|kommuner|stad)\b|Region\s|Västra Götalandsregionen)"
)
# The first agenda item ("§ 12", "3. Val av justerare") or the agenda's heading: the letterhead is above.
_ITEM = re.compile(
    r"^\s*(?:(?:§|\d{1,3}\.?\s+§)\s*\d|\d{1,2}[.)]\s+[A-ZÅÄÖ]"
    r"|(?:ärenden|ärendelista|dagordning|föredragningslista)\s*:?\s*$)",
    re.IGNORECASE,
)


def _letterhead(lines: list[str]) -> str | None:
    for ln in lines:
        if _ITEM.match(ln):
            break
        if len(ln) > 80 and not _KOMMUN.match(ln):  # a sentence, unless the kommun is its subject
            continue
        if _PASSING.search(ln):
            continue
        if ln.endswith(".") or (len(ln.split()) > 6 and not _KOMMUN.match(ln)):
            continue  # "Lerums kommun och Vårgårda kommun har informerats." names others
        part = ln if len(ln) <= 80 else ln[:40]
        kommun = _kommun_in(part) or _stad_in(part)
        if kommun:
            return kommun
        counts = _region_counts(ln, own_names_only=True)  # "Jämtlands län" is a place, not a letterhead
        if counts:
            return counts.most_common(1)[0][0]
        if ln.isupper():  # "VÄSTRA GÖTALANDSREGIONEN", "REGION SKÅNE"
            region = next((n for n in REGIONS if n.casefold() == ln.casefold()), None)
            if region:
                return region
    return None


def _logo(lines: list[str]) -> str | None:
    """The kommun a letterhead names by its name alone, the logo's text: "helsingborg", "KIRUNA"."""
    names = gazetteers.kommuner()
    for ln in lines:
        for col in re.split(r"\t+|\s{3,}", ln):  # a header line's columns: the logo is one of them
            name = col.strip()
            for form in (name, name.title(), name.capitalize()):
                if form in names:
                    return kommun_name(form)
    return None


_DOMAIN = re.compile(r"(?i)(?:\bwww\.|@|https?://)([a-z0-9-]+)\.se\b")
_FOLD = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuAAOEU")


def _fold(name: str) -> str:
    return re.sub(r"[\s-]+", "", name.translate(_FOLD)).casefold()


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    """A kommun's or region's own web domain -> its name: "ulricehamn" -> "Ulricehamns kommun",
    "upplandsvasby", "alekommun", "regionhalland" -> "Region Halland", "vgregion"."""
    out: dict[str, str] = {}
    region_of = {k: r for r, k in gazetteers.REGION_KOMMUNER.items()}  # "gotland.se": Region Gotland
    for name in gazetteers.kommuner():
        own = region_of.get(name) or kommun_name(name)
        for label in (_fold(name), _fold(name) + "kommun", _fold(kommun_name(name).replace(" ", ""))):
            out.setdefault(label, own)
    for region in REGIONS:
        out[_fold(region)] = region
    out["vgregion"] = "Västra Götalandsregionen"
    return out


def _web_address(lines: list[str]) -> str | None:
    """The kommun or region whose own web address or e-mail a letterhead or footer prints
    ("www.ulricehamn.se", "kommunen@tidaholm.se", "regionhalland.se")."""
    domains = _domains()
    for ln in lines:
        for m in _DOMAIN.finditer(ln):
            found = domains.get(m.group(1).casefold().replace("-", ""))
            if found:
                return found
    return None


def _anslag(text: str) -> str | None:
    """The kommun on whose anslagstavla the protocol's justering was announced."""
    for m in _ANSLAG.finditer(text):
        kommun = _kommun_of(m.group(1) or m.group(2))
        if kommun:
            return kommun_name(kommun)
    return None


# "Förvaringsplats för protokollet   Kommunledningsförvaltningen, Tidaholms kommun", "Protokollet förvaras
# hos kommunkansliet, Hjo kommun": where the protocol is kept, printed in its justering block (often on the
# last page, after every neighbour the text names).
_KEPT = re.compile(
    r"^(?:förvaringsplats(?:\s+för\s+protokollet)?|protokollet\s+förvaras(?:\s+(?:på|hos|i|vid))?)\b\s*:?\s*(.*)$",
    re.IGNORECASE,
)


def _kept_at(text: str) -> str | None:
    """The kommun or region printed as the protocol's keeper ("Förvaringsplats … Tidaholms kommun")."""
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    for i, ln in enumerate(lines):
        m = _KEPT.match(ln)
        if not m:
            continue
        place = m.group(1) or (lines[i + 1] if i + 1 < len(lines) else "")
        found = _kommun_in(place) or _stad_in(place)
        if found:
            return found
        regions = _region_counts(place, own_names_only=True)
        if regions:
            return regions.most_common(1)[0][0]
    return None


_REGION_ORGAN = re.compile(r"(?i)(?:#+\s*)?region(?:fullmäktige|styrelsen?)\b")


def _meeting_place(lines: list[str]) -> str | None:
    """The kommun named in the meeting's place ("Plats och tid Grand Hotel, Alingsås")."""
    names = gazetteers.kommuner()
    for ln in lines[:60]:
        m = _PLACE_LINE.match(ln.strip())
        if not m:
            continue
        for word in re.findall(r"[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?", m.group(1)):
            for cand in (word, word.split(" ")[-1], word.split(" ")[0]):
                if cand in names:
                    return kommun_name(cand)
    return None


# The word before "X kommun" that makes it a party to something, not the place the text is about: "avtal
# med Skövde kommun", "Region Västra Götaland och Hjo kommun", "samverkan mellan …", "från Mora kommun".
_PARTY_TO = frozenset(["med", "och", "mellan", "från", "till", "mot", "samt", "eller"])


def _kommun_mentions(lines: list[str]) -> Counter[str]:
    """How often each kommun is named as the place the text is about ("i/inom/för Alingsås kommun", a
    subject), not as a party to an agreement or a letter ("med Skövde kommun", "och Hjo kommun")."""
    counts: Counter[str] = Counter()
    for ln in lines:
        for m in _KOMMUN.finditer(ln):
            before = ln[: m.start()].split() + m.group(1).split()[:-1]  # "Med Skövde" is one match
            if before and before[-1].casefold() in _PARTY_TO:
                continue
            kommun = _kommun_in(m.group(0))
            if kommun:
                counts[kommun] += 1
    return counts


def _organ_kind(organ: str | None) -> str | None:
    """ "kommun" for a kommun's own bodies (Kommunfullmäktige, Kommunstyrelsen and its utskott),
    "region" for a region's (Regionfullmäktige, Regionstyrelsen, Regionala utvecklingsnämnden), else None."""
    low = (organ or "").casefold()
    if low.startswith("kommun"):
        return "kommun"
    if low.startswith("region"):
        return "region"
    return None


def detect_organization(
    text: str,
    lines: list[str],
    heads: PageHeads | None = None,
    cues: PageCues | None = None,
    organ: str | None = None,
) -> tuple[str | None, bool, str]:
    """Find the kommun or region that produced the document.

    Args:
        text: The cleaned document text.
        lines: Its lines, markdown emphasis removed.
        heads: The lines printed at the top of its pages (`indexer.meta.header`).
        cues: A web page's title, site name and breadcrumb (`indexer.read.html`).
        organ: The body that met, if known: a kommun's own body ("Kommunstyrelsen") is never a
            region's, nor a region's ("Regionfullmäktige") a kommun's, so a weak cue of the other kind
            (the places and bodies the text names) is not taken.

    Returns:
        (organization, inferred, source): inferred is True when the name is not printed as the
        document's own (only implied by places, a län, a kommunalförbund, or a region or kommun
        named in passing); source says where it was read: "page header", "letterhead", "anslag"
        (the justering's notice), "förvaringsplats" (where the protocol is kept), "footer" (the web
        address its last lines print), "page title", "site name", "breadcrumb", "meeting place",
        "mentions" (named most in the text), or "". A header's or footer's web address names its
        kommun too ("www.ulricehamn.se").
    """
    kind = _organ_kind(organ)
    # A kommunalförbund's body names the förbund in the head: its own organization, not a member kommun's.
    fed = federation_name([*(heads.lines if heads else []), *[ln for ln in lines if ln][:_HEAD_LINES]])
    if fed:
        return fed, False, "letterhead"
    if heads and heads.running:
        running = running_cells(heads.running)
        org = _letterhead(running) or _logo(running) or _web_address(running)
        if org:
            return org, False, "page header"
    cover = heads.cover if heads else []
    head = cover + [ln for ln in lines if ln][:_HEAD_LINES]
    # The cover as printed, then its lines cut into columns: each read down to the first agenda item.
    org = _letterhead(cover) or _letterhead(head[len(cover) :]) or _logo(head[:1]) or _web_address(head)
    if org:
        return org, False, "letterhead"
    org = _anslag(text)
    if org:
        return org, False, "anslag"
    org = _kept_at(text)
    if org:
        return org, False, "förvaringsplats"
    # A footer's address ("Box 1, 544 81 Hjo   www.hjo.se"), not a sentence pointing at a site.
    org = _web_address([ln for ln in [x for x in lines if x][-3:] if not ln.rstrip().endswith(".")])
    if org:
        return org, False, "footer"
    # A web page names its site's kommun in its title, its header's home link or logo, its breadcrumb.
    for source, group in (
        (("page title", cues.title), ("site name", cues.site), ("breadcrumb", cues.trail)) if cues else ()
    ):
        org = _letterhead(group) or _logo(group)
        if org:
            return org, False, source
    # A kommun's body (Kommunstyrelsen) names the region it deals with, not its own organization.
    regions = _region_counts(text) if kind != "kommun" else Counter()
    # A region's body (its cover names "Regionfullmäktige", "Regionstyrelsen") meets in a kommun's town:
    # the place names where it met, the region it names is whose it is.
    regional = kind == "region" or any(_REGION_ORGAN.match(ln.strip()) for ln in head)
    org = (
        None if regional and regions else _meeting_place([re.sub(r"\s+", " ", ln) for ln in text.split("\n")])
    )
    if org and kind != "region":
        return org, True, "meeting place"  # where it met, not who it is: a sources mapping wins
    if regions:
        name = regions.most_common(1)[0][0]
        # Named most, never printed as the document's own: inferred, so a sources mapping or
        # --organization wins over it (a kommun's body names the region it works with, too).
        return name, True, "mentions"
    if kind == "region":
        return None, False, ""  # the kommuner a region's body names are not its organization
    kommuner = _kommun_mentions(lines).most_common(2)
    # Named most and more than any other kommun, once is enough: the mention is marked inferred, so
    # a sources mapping or --organization wins; an extract of one paragraph ("… laddstationer för
    # elcyklar i Alingsås kommun") names its kommun once, and leaving it empty cut the ärende's path
    # across bodies (`arkiv case`). Kommuner named as parties ("avtal med Hjo kommun") do not count.
    if kommuner and (len(kommuner) == 1 or kommuner[0][1] > kommuner[1][1]):
        return kommuner[0][0], True, "mentions"
    return None, False, ""
