"""Helpers shared by the segmenters: titles, item bodies, diarienummer series."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from indexer.entities.officials import PRESENTER_TITLES, alternation
from indexer.entities.triggers import PRESENTING_VERBS
from indexer.segment.breaks import is_break
from indexer.segment.dnr import (
    DNR_LABEL,
    DNR_LABEL_WORD,
    Dnr,
    find_dnr,
    find_dnr_spans,
    is_ministry,
    label_starts,
    parse_dnr,
    title_case_series,
)
from indexer.segment.marks import MARK
from indexer.types import DocMeta, Item

_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|span|b|i|strong|em|u|li|ul|ol)\b[^>]*>", re.IGNORECASE)
_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*\d*\s*$")
_JOINERS = ("och", "eller", "samt", "respektive", "till", "som")
# A label in front of a title ("Ärende: Delårsrapport", "Rubrik: …").
_TITLE_LABEL = re.compile(r"^(?:ärende|rubrik|ämne|punkt)\s*:\s*(?=\S)", re.IGNORECASE)
# A case number printed at the end of a title line: "Budget 2025 Dnr KS 2024/55", "Motion … (KS 2024/12)".
_TRAILING_DNR = (
    # in a column of its own, set off by a run of spaces or a tab ("Budgetuppföljning      BUN 2024/12")
    re.compile(rf"(?:[ ]{{3,}}|\t+)(?:{DNR_LABEL_WORD}\.?:?\s*)?(?P<num>\S.{{0,30}}?)\s*$", re.IGNORECASE),
    re.compile(rf"\s+{DNR_LABEL_WORD}\.?:?\s*(?P<num>\S.{{0,30}}?)\s*$", re.IGNORECASE),
    re.compile(rf"\s*\((?:{DNR_LABEL_WORD}\.?:?\s*)?(?P<num>[^()]{{4,30}})\)\s*$", re.IGNORECASE),
    # after a dash: "Motion om lekplatser – KS 2026/11" (a number with its series; a bare one is no case)
    re.compile(r"\s+[–-]\s+(?P<num>[A-ZÅÄÖ0-9]\S*(?: \S+)?)\s*$"),
)

#: Section headings inside an item: a title never runs into them.
SECTION = re.compile(
    r"^\s*(?:\*\*)?(?:beslut|förslag till beslut.*|förslag(?: till (?:kommun|region)?fullmäktige)?"
    r"|beslutsförslag|sammanfattning(?: av ärendet)?"
    r"|underlag(?: för beslut)?|tidigare behandling|ärendets beredning"
    r"|ärendet(?: i korthet)?|beslutsunderlag|beslutsgång|bakgrund|ärendebeskrivning|yrkanden?"
    r"|propositionsordning|reservation(?:er)?|protokollsanteckning(?:ar)?|omröstning"
    r"|expedieras till|handlingar|arbetsutskottets förslag.*|förvaltningens (?:förslag|bedömning).*"
    r"|föredragande.*|beskrivning av ärendet|motivering|beredning|bedömning|fråga|interpellation"
    r"|anförande(?:n)?|jäv|skäl för beslut(?:et)?|ekonomiska konsekvenser|bilagor"
    # "Kommunfullmäktiges beslut", "SOCIALNÄMNDENS BESLUT", "Nämndens förslag till beslut", "Kommunstyrelsens
    # förslag till kommunfullmäktige" (a body's proposal to the body that decides)
    r"|[A-ZÅÄÖa-zåäö-]+s (?:beslut|förslag(?: till (?:beslut|(?:kommun|region)?fullmäktige"
    r"|[a-zåäö-]*(?:nämnden|styrelsen|utskottet)))?))(?:\*\*)?\s*:?\s*$",
    re.IGNORECASE,
)


def strip_tags(s: str) -> str:
    """Turn <br>/<p> into line breaks and drop other simple tags."""
    s = re.sub(r"<\s*br\s*/?\s*>", "\n", s, flags=re.IGNORECASE)
    s = re.sub(r"<\s*/\s*p\s*>\s*<\s*p\s*>", "\n\n", s, flags=re.IGNORECASE)
    return _TAG.sub("", s)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines the way a reader would.

    A word broken over a line by the typesetter loses its hyphen ('Kläppa-' +
    'vägen' -> 'Kläppavägen'); a hyphen that belongs to the word stays
    ('VA-' + 'lösningar' -> 'VA-lösningar'), and 'miljö-' + 'och' keeps the space.
    """
    out = ""
    for raw in lines:
        ln = raw.strip()
        if not ln:
            continue
        if not out:
            out = ln
        elif out.endswith("-") and not out.endswith(" -") and ln.split(" ")[0] not in _JOINERS:
            out = out[:-1] + ln if dehyphenate(out, ln) else out + ln
        else:
            out += " " + ln
    return out


_OPEN_END = (
    *("för", "av", "i", "om", "på", "med", "vid", "inom", "mellan", "från", "enligt", "gällande", "mot"),
    *("kring", "över", "under", "efter", "inför", "hos", "genom", "angående", "avseende", "rörande"),
    *("en", "ett", "&", "-", "–", "längs", "utmed", "runt", "bland", "via"),
)


def text_width(lines: list[str]) -> int | None:
    """The document's full line width: the 90th percentile length of its running-text lines.

    The longest such line in a short text; None when there are too few lines to
    tell (a title then simply runs to the blank line).
    """
    lengths = sorted(
        len(s)
        for ln in lines
        if len((s := ln.strip()).split()) >= 4 and not s.startswith("|") and "...." not in s
    )
    if len(lengths) >= 10:
        return lengths[int(len(lengths) * 0.9)]
    return lengths[-1] if len(lengths) >= 3 else None  # a short note: its longest line


#: The last part of an official's title, whatever comes before it: "ekonomi|chef", "chef|läkare".
OFFICIAL_HEADS = rf"(?:{alternation(PRESENTER_TITLES)})"
#: An official's title: "Chefläkare", "ekonomidirektör", "Hälso- och sjukvårdsdirektör", "HR-chef"; the
#: head may stand alone ("Ekonom", "controller", "Jurist"), capitalised as a line's first word.
_OFFICIAL = (
    rf"(?:[A-ZÅÄÖa-zåäö][a-zåäö]*-\s+och\s+)?(?:[A-ZÅÄÖ]{{2,4}}-)?"
    rf"(?:[A-ZÅÄÖa-zåäö][a-zåäö\-]*{OFFICIAL_HEADS}|(?i:{OFFICIAL_HEADS}))"
)
#: A word of a person's name: "Sara", "Eva-Lotta", "Sjödin".
NAME_WORD = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_PERSON = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}"
#: An official's title and name, in either order, as a presenter is set under the title in the Ärende cell
#: with no label: "Chefläkare Sara Lund", "Sara Lund, chefläkare", two joined by "och", perhaps a verb
#: after ("Smittskyddsläkare Olle Dahl informerar", "Kerstin Alm, kvalitetsstrateg, informerar"), or the
#: noun of a talk before ("Information av socialchef Maria Lund"). The title is required, the verb is not;
#: the other shape, a name and a verb ("Sara Lund informerar"), is
#: `indexer.segment.after_table._PRESENTER_SENTENCE`.
TITLE_AND_NAME = re.compile(
    r"^(?:(?:Information|Föredragning|Dragning|Presentation|Lägesrapport)\s+(?:av|från)\s+)?"
    rf"(?:{_OFFICIAL}\s+{_PERSON}|{_PERSON},\s+{_OFFICIAL})"
    rf"(?:\s*(?:,|och|samt)\s+(?:{_OFFICIAL}\s+{_PERSON}|{_PERSON},\s+{_OFFICIAL}))*"
    rf"(?:\s*,?\s+(?:{PRESENTING_VERBS})\b.*)?$"
)


#: A labelled line: "Justerare: Anna Ek (S)", "Ordinarie: …", "Tid: 10.30".
_LABELLED = re.compile(r"^\s*[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+){0,2}:\s+\S")
#: A line of people and their parties alone: "Anna Ek (S) och Bo Berg (M)".
_NAMES_WITH_PARTIES = re.compile(
    rf"{_PERSON}\s*\([A-ZÅÄÖ]{{1,4}}\)(?:\s*(?:,|och|samt)\s*{_PERSON}\s*\([A-ZÅÄÖ]{{1,4}}\))*\.?"
)


#: The agenda's own heading, alone on a line: "Föredragningslista", "Dagordning, forts.",
#: "KALLELSE/FÖREDRAGNINGSLISTA". An agenda over several pages repeats it at the top of each; where it is
#: printed on two pages only, nothing removes it as a running line, and it stands right under the page's
#: last title, which it never goes on (a title ending so wraps in lower case: "Godkännande av" /
#: "föredragningslista").
AGENDA_HEAD = re.compile(
    r"(?i)(?:kallelse\s*(?:/|och|&|med|samt)\s*)?(?:föredragningslista|dagordning|ärendelista|kallelse)"
    r"(?:\s*[,(–-]?\s*forts(?:\.|ättning|att)?\)?)?\s*:?"
)


def continues_title(prev: str, nxt: str, width: int | None, *, shown: str | None = None) -> bool:
    """Whether line `nxt` goes on with the title whose last line is `prev` (no blank line between).

    A title wraps only at the full line width or inside a phrase (a line ending in
    "-", ",", "och", "för"…, or a next line in lower case); a line holding a
    sentence break ("… cykelväg. Kommunens") is body text, and so is a line longer than
    the title line with the next line's first word (that word would have fitted, so the
    title did not wrap there: "Information om samarbetet med Torneå stad" / "Utvecklingschef
    Sanna Pohjola informerar om läget i samarbetet …"). `shown` is the whole printed line
    when `prev` is part of it (the title on a § line, after the number and before a case
    number at the right margin): its length is what the width is measured on.
    """
    if (d := parse_dnr(nxt.strip())) is not None and d.series:
        return False  # "KS 2026/0077" alone: the point's case number set under its title
    if nxt[:1].isupper() and AGENDA_HEAD.fullmatch(nxt.strip()):
        return False  # "Föredragningslista" repeated at the top of the next page: a running head
    if TITLE_AND_NAME.match(nxt.strip()):
        return False  # "Chefläkare Sara Lund" under the title: who presents it, no words of it
    if is_break(nxt):
        return False  # "Lunch 12.00–12.45" under a point: the meeting's break, no words of its title
    if re.match(r"[a-zåäö(]", nxt) or ends_open(prev) or (_capitals(prev) and _capitals(nxt)):
        return True  # in a phrase, or a heading set in capitals going on in capitals
    if _open_bracket(prev) and re.match(r"[^()]*\)", nxt):
        return True  # "… m.fl. (kvarteret" / "Sockerbruket), beslut om granskning": the bracket closes here
    if _LABELLED.match(nxt) or (
        _NAMES_WITH_PARTIES.fullmatch(nxt.strip()) and not re.search(r"[A-ZÅÄÖ][a-zåäö-]+$", prev)
    ):
        # "Justerare: Anna Ek (S)", "Anna Ek (S) och Bo Berg (M)": the point's text — unless the title
        # broke inside a name ("… - Marita" / "Barkhage Foster (V)")
        return False
    if re.search(r"[a-zåäö0-9)]\.\s+[A-ZÅÄÖ]", nxt) or (nxt.endswith(".") and len(nxt.split()) >= 4):
        return False  # a sentence: body text
    if is_status_suffix(nxt):
        return True  # "Boendeplan 2027–2035" / "- beslut efter samråd": the stage the matter is at
    if re.match(rf"(?:[A-ZÅÄÖa-zåäö]{{1,2}}[/)]|{MARK}\s)", nxt):
        return False  # a list under the title ("A/ Övrigt", "• Potatisfestivalen")
    line = shown or prev
    if len(nxt) > len(line) + len(nxt.split()[0]) + 1:
        return False  # the next line's first word would have fitted on the title line
    if len(nxt.split()) <= 3 and not nxt.endswith(".") and (not nxt[0].isalpha() or _PARTY_END.search(nxt)):
        return True  # a wrapped remnant ("2026", "(Sörhaga 2:4)", "Ängberg (C)")
    return not (width and len(line) < 0.6 * width)


_RUN_IN = re.compile(r"^(?P<head>(?:\S+ ){0,5}[a-zåäö]{5,})\. (?P<tail>[A-ZÅÄÖ]\S*(?: \S+){2,}[.!?:])$")


def run_in_heading(line: str) -> tuple[str, str]:
    """A heading run into its first sentence on one line: ("Mötets öppnande", "Ordföranden öppnade
    mötet.") from "Mötets öppnande. Ordföranden öppnade mötet.", else (line, "").

    Minnesanteckningar and small protocols print a short title, a full stop and the text on one line.
    The title is at most six words ending in a lower-case word of five letters or more (so "kv. Eken",
    "ordf. Per Ek" and "m.fl." are no break) and the rest is a sentence of three words or more.
    """
    m = _RUN_IN.match(line.strip())
    return (m["head"], m["tail"]) if m else (line, "")


def _open_bracket(line: str) -> bool:
    """A line that ends inside a bracket: more opened than closed ("… 19:4 m.fl. (kvarteret")."""
    return line.count("(") > line.count(")")


def _capitals(line: str) -> bool:
    """A line set in capitals ("SVAR PÅ MOTION OM FLER"): three letters or more, none lower case."""
    return len(re.findall(r"[A-ZÅÄÖ]", line)) >= 3 and line == line.upper()


def ends_open(line: str) -> bool:
    """A line that breaks inside a phrase: it ends in "-", ",", "och", "för", "i" …"""
    last = line.rsplit(" ", 1)[-1].casefold()
    return line.endswith(("-", ",")) or last in _JOINERS or last in _OPEN_END


# A title's last part after a dash, in lower case and short: the stage of the matter ("– beslut",
# "- information", "– beslut efter samråd"); a list item under a title is one of several (see `titles`).
_STATUS_SUFFIX = re.compile(r"[–-]\s+[a-zåäö][\w ,-]*$")


def is_status_suffix(line: str) -> bool:
    """A line that is only a title's dash suffix ("- beslut efter samråd"), at most five words."""
    return bool(_STATUS_SUFFIX.match(line)) and len(line.split()) <= 6


_PARTY_END = re.compile(r"\([A-ZÅÄÖ]{1,3}\)$")


def dehyphenate(before: str, after: str) -> bool:
    """True when the '-' ending `before` is a typesetter's break, not part of the word.

    A break sits between two lower-case letters inside an ordinary word: at least
    two lower-case letters before it and a lower-case letter after it. An
    abbreviation ('VA-', 'e-') or a capital after it ('Nord-Europa') keeps it.
    """
    return bool(re.search(r"[a-zåäöéü]{2}-$", before)) and bool(re.match(r"[a-zåäöéü]", after))


def strip_trailing_dnr(title: str, hint: str | None = None) -> str:
    """The title without a case number printed at its end ("Budget 2025 Dnr KS 2024/55" -> "Budget 2025").

    Only a labelled ("Dnr …") or parenthesised number is cut: an unlabelled one,
    or a ministry's, may be what the title is about ("Remiss av promemoria Ju2024/00970").
    """
    for rx in _TRAILING_DNR:
        m = rx.search(title)
        labelled = bool(m and re.search(rf"(?i:{DNR_LABEL_WORD})", m.group(0)))
        keys = find_dnr(m.group("num"), series_hint=hint, bare=labelled) if m and m.start() > 0 else []
        # A ministry's number names the remiss the item answers: part of the title.
        if m and len(keys) == 1 and not is_ministry(keys[0]):
            return title[: m.start()].rstrip(" ,;:–-")
    return title


def clean_title(s: str) -> str:
    """One clean line: no markdown emphasis, tags or dot leaders."""
    s = strip_tags(s).replace("**", "").replace("__", "")
    s = re.sub(r"\\([*_])", r"\1", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = _LEADER.sub("", s)
    s = _TITLE_LABEL.sub("", s)
    return s.strip(" ,;:–-").strip()


def clean_body(s: str) -> str:
    """Item body: tags to line breaks, runs of blank lines collapsed."""
    s = strip_tags(s)
    s = "\n".join(ln.rstrip() for ln in s.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", s).strip()


def make_item(
    number: str | None,
    title: str,
    body: str,
    start: int,
    hint: str | None,
    first_dnr: Sequence[Dnr] | None = None,
    *,
    more_cited: Sequence[Dnr] = (),
) -> Item:
    """An Item with its diarienummer: those printed with the heading (and in the title) are its own.

    Numbers found only in the body are kept apart as cited (`Item.dnr_cited`) and, for now, also
    listed as the item's; `settle_dnr` decides per document whether they stay (`indexer.segment.split`).
    `more_cited`: the body's numbers a reader found that `find_dnr_spans` alone does not (a list's Dnr
    column, `indexer.segment.dnr_column`), cited as the body's others are.
    """
    own: dict[str, str] = {d.key: d.printed for d in first_dnr or []}
    for d in find_dnr_spans(title):  # in the raw title: clean_title drops a trailing "(HSF240207)"
        own.setdefault(d.key, d.printed)
    cited: dict[str, str] = {}
    for d in [*find_dnr_spans(body), *more_cited]:
        if d.key not in own:
            cited.setdefault(d.key, d.printed)
    return Item(
        number=number,
        title=strip_trailing_dnr(clean_title(strip_trailing_dnr(title, hint)), hint),
        text=clean_body(body),
        diarienummer=[*own, *cited],
        dnr_printed={**cited, **own},
        dnr_cited=list(cited),
        start=start,
    )


# An item announcing new matters, each with its number: "Anmälan av inkomna motioner", "Nya medborgarförslag".
_NEW_MATTERS = re.compile(
    r"^(?:anmälan av |redovisning av )?(?:inkomna |nya |nyinkomna )?(?:motioner|medborgarförslag|e-förslag"
    r"|interpellationer|frågor|initiativärenden|motioner och (?:medborgarförslag|interpellationer|frågor))\b",
    re.IGNORECASE,
)


def settle_dnr(items: list[Item]) -> None:
    """Which numbers are an item's own: its heading's and title's; the body's only where headings have none.

    A number quoted in an item's text ("dnr 2026.115 TEN" in a report, the numbers of the documents a
    Meddelanden item lists) names another case. When an item's heading carries its number (on the §
    line, a "Dnr" line, a Dnr column, the end of the title), the body's are references; when most
    headings of the document carry one, an item without one has none of its own (the document's
    convention: a list of reported documents does not become the item's case). Only where headings
    carry no numbers are the text's numbers taken as the item's. A number the title's words name
    ("Remiss av promemorian … (Ju2024/00970)") stays the item's either way. An item that announces
    new matters ("Anmälan av motioner": "– Motion från … , dnr KS 2026/0501") and has no number of its
    own handles the cases it lists: their numbers are its own.

    An item without a number in its heading, in a document whose convention drops the body's, keeps the
    one number its body prints on a "Dnr" line of its own: the heading's line set apart (a scan read it
    after the decision). That line is decided here, after the convention, not counted as a heading: as
    one it would count towards the convention, and an item that keeps all its body's numbers as cited
    ones (no convention, or new matters) would keep only that line's, as its own.
    """

    def has_heading(it: Item) -> bool:
        named = set(find_dnr(it.title))
        cited = set(it.dnr_cited)
        return any(k not in cited and k not in named for k in it.diarienummer)

    with_heading = [has_heading(it) for it in items]
    convention = len(items) >= 2 and sum(with_heading) * 2 >= len(items)
    for it, heading in zip(items, with_heading, strict=True):
        if (heading or convention) and not (not heading and _NEW_MATTERS.match(it.title)):
            cited = set(it.dnr_cited)
            if not heading and len(labelled := _label_lines(it)) == 1:
                # the heading's "Dnr TN 2026/17" line set apart from it (a scan read it after the
                # decision): the one labelled number on a line of its own is the item's
                cited -= labelled
                it.dnr_cited = [k for k in it.dnr_cited if k not in labelled]
            it.diarienummer = [k for k in it.diarienummer if k not in cited]


#: A line that is only a labelled case number: "Dnr TN 2026/17", "Diarienummer: KS 2026/0214".
_LABEL_LINE = re.compile(rf"(?im)^[ \t]*{DNR_LABEL_WORD}\.?:?[ \t]+(?P<num>\S+(?: \S+){{0,2}})[ \t]*$")


def _label_lines(it: Item) -> set[str]:
    """The case keys of an item's body printed on lines of their own after a "Dnr" label."""
    return {k for m in _LABEL_LINE.finditer(it.text) for k in find_dnr(m["num"]) if k in it.dnr_cited}


def cite_title_case(items: list[Item], text: str) -> None:
    """Numbers in an item's text of a series the document prints in title case after its labels
    ("Ärendenummer: Ks 00401/2025"), found there without a label ("… (Ks 00701/2025)"): cited numbers
    like the others in the text (`settle_dnr` decides whether they are the item's)."""
    series = title_case_series(text)
    if not series:
        return
    for it in items:
        for d in find_dnr_spans(it.text, title_series=series):
            add_cited(it, d)


def add_cited(it: Item, d: Dnr) -> None:
    """Add a number found in an item's text as cited (`settle_dnr` decides whether it is the item's)."""
    if d.key not in it.diarienummer:
        it.diarienummer.append(d.key)
        it.dnr_cited.append(d.key)
        it.dnr_printed.setdefault(d.key, d.printed)


def keep_labelled_bare(items: list[Item], text: str, hint: str | None) -> None:
    """A bare number printed after its label ("Dnr: 2026-000123") stays bare when the series it would
    get is a guess: the document prints no number of that series itself.

    A bare "2025-00970" without a label is a case number only with a series (`series_hint`, which
    may derive it from the organ: "Kommunstyrelsen" -> KS); after a label it is one anyway, and
    the series an organ's name suggests need not be the one its diarium uses. Where the document
    prints "Dnr KS 2024/123" beside "Dnr 2024-000123", the series is the document's own and stays.
    """
    if not hint or any((d.series or "").upper() == hint.upper() for d in find_dnr_spans(text)):
        return
    labels: list[int] | None = None  # where a label starts: the label and the number match only there
    for it in items:
        renamed = {}
        for key in it.diarienummer:
            printed = it.dnr_printed.get(key, "")
            if key != f"{hint}-{printed}":
                continue
            labels = label_starts(text) if labels is None else labels
            labelled = re.compile(DNR_LABEL + re.escape(printed))
            if any(labelled.match(text, at) for at in labels):
                renamed[key] = printed
        if renamed:
            it.diarienummer = [renamed.get(k, k) for k in it.diarienummer]
            it.dnr_cited = [renamed.get(k, k) for k in it.dnr_cited]
            it.dnr_printed = {renamed.get(k, k): v for k, v in it.dnr_printed.items()}


_CLOSING = re.compile(
    r"^\s*(?:vid (?:anteckningarna|protokollet|pennan)|antecknat av|antecknare|justerat av|justeras"
    r"|underskrifter|kallade(?: ledamöter| ersättare)?|ersättare för kännedom|sändlista)\s*:?\s*$",
    re.IGNORECASE,
)


def is_closing_label(line: str) -> bool:
    """A signature block's heading on a line of its own: "Justeras", "Vid anteckningarna:"."""
    return bool(_CLOSING.match(line))


def cut_closing(body: str) -> str:
    """The last item's body without the document's signature block ("Vid anteckningarna:" and names), or
    a kallelse's list of those called ("Kallade ledamöter", "Ersättare för kännedom") and its signature.

    Cut only when everything after the label is short lines (names, titles, dates).
    """
    lines = body.split("\n")
    for k, ln in enumerate(lines):
        if _CLOSING.match(ln) and all(len(x.split()) <= 6 for x in lines[k + 1 :]):
            return "\n".join(lines[:k])
    return body


def is_dnr_line(line: str) -> bool:
    """A line that is only a case number, bare or in parentheses: "RS 2024/123", "(HSF240207)", also with
    its document number in brackets: "PN 2026/17 (15)" (`indexer.segment.dnr_forms.PAREN_DOC`)."""
    m = re.fullmatch(r"\s*\(?\s*([^()]{4,30}?(?: ?\(\d{1,3}\))?)\s*\)?\s*", line)
    return bool(m and parse_dnr(m.group(1)))


def is_paren_dnr(line: str) -> bool:
    """A line that is only a parenthesised case number: "(HSF240207)"."""
    m = re.fullmatch(r"\s*\(([^()]{4,30})\)\s*", line)
    return bool(m and find_dnr(m.group(1)) == [re.sub(r"\s+", "", m.group(1))])


def line_offsets(text: str) -> list[int]:
    """Start offset of every line of `text` (split on '\\n')."""
    offs, pos = [], 0
    for ln in text.split("\n"):
        offs.append(pos)
        pos += len(ln) + 1
    return offs


_ORGAN_SERIES = [
    (re.compile(r"kommunstyrelse|kommunfullmäktige", re.I), "KS"),
    (re.compile(r"byggnadsnämnd", re.I), "BN"),
]


def series_hint(text: str, meta: DocMeta) -> str | None:
    """The diarienummer series of this organ, for numbers printed without it ("2024-00444").

    The series most used in the document's own full numbers wins; then the
    organ's abbreviation printed after its name ("Nämnden för Kultur & Fritid
    (KFT)"); otherwise one is derived from the organ ("Kommunstyrelsen" -> KS,
    "Nämnden för Miljö & Hälsoskydd" -> MH) — a guess, since an organ may use
    any series.
    """
    series = Counter(k.split("-")[0] for k in find_dnr(text) if re.fullmatch(r"[A-ZÅÄÖ]+-\d{4}-\d+", k))
    if series:
        return series.most_common(1)[0][0]
    organ = meta.organ or ""
    # The organ's own abbreviation printed after its name: "Nämnden för Kultur & Fritid (KFT)".
    m = re.search(re.escape(organ) + r"\s*\(([A-ZÅÄÖ]{2,5})\)", text) if organ else None
    if m:
        return m.group(1)
    for rx, code in _ORGAN_SERIES:
        if rx.search(organ):
            return code
    m = re.match(r"nämnden för\s+(\w)\w*\s*(?:&|och)\s*(\w)", organ, re.IGNORECASE)
    if m:
        return (m.group(1) + m.group(2)).upper()
    return None
