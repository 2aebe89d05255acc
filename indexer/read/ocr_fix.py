"""Tesseract's typical misreadings in minutes, resolved where the document's structure confirms them.

A list bullet "•" comes out as "e", "o", "." or "°" before a capitalised word: put back. So are a
range "§§94-98" read as "8894-98", a decision cited by date "2016, 8 273", and "(S) 894" after a
name when 94 is one of the document's paragraphs.

The paragraph sign is the one that matters: "§ 93" comes out as "8 93", "893", "S 93", "$ 93" or
"$&", and a paragraph heading that does not start with § is not a paragraph to segmentation. A "$"
is always a § (no dollar amounts in Swedish minutes). An "8" or "S" is a § only at the start of a
line that is a heading ("8 93", "S 94 2026.016 KS", "895 2026.016 KS", "893" alone) and only when
the structure says so: it belongs to the longest run of headings whose numbers go up by one to
three in document order (the paragraphs of a protocol follow each other; a list of cited
"§68 KSAU" decisions forms a shorter run), or it is the one paragraph of a protocol extract. A
table of contents ("894⇥Information och överläggningar", a title a tab away) is a second such run
of the same numbers, and is put back too; a case number a tab away ("§ 116⇥Dnr KS 2026/061") is
the heading's own, not a contents line's title. A sign read as "3" ("389⇥Interpellation från …")
is a candidate only with a title or case number on its line. A sign Tesseract was unsure of comes as "S"
(`indexer.read.ocr`). A § lost altogether ("113" alone over its title) is put back only in a gap of
that run, between the headings around it.

The words that tell who did what ("yrkar", "reserverar sig", "instämmer", "Reservation") are put back
where a letter of them was read as one Tesseract confuses it with ("vrkar", "rescrverar", "slg",
"instammer") or their space was lost ("reserverarsig"): a misread one loses the action. A word of its
own ("yrkat", "avslog") is never changed.

A member list's party column loses its codes to a noisy scan ("Annika Sjödin⇥5", "Erik Grahn⇥(&",
"S ordf." for the code and the role in one cell, a bold "S" read as "Ss"): put back on a page where
three or more names stand beside a code that reads right, so the column is known to be one of parties.
A code still unreadable there ("Bengt Axelsson⇥Lå") is the one the same name has in the document's
other party columns or after it in brackets, where that is one code.

A name whose capital OCR lost ("ulla Sterner (M) yrkar", "ingrid Nyqvist⇥S⇥X" in a vote list) is
capitalised again where the document prints the same name capitalised beside a party code (its
attendance list, "Ulla Sterner (M)"): a lower-case word is otherwise never taken for a first name.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from indexer.cues.continued import OCR_CONTINUED
from models import gazetteers

__all__ = ["fix_minutes_words", "fix_name_case", "fix_names", "fix_paragraph_signs", "fix_party_column"]

# A bullet read as a letter or a dot: "e Tjänsteskrivelse", ". Beslut": never a word of its own.
_BULLET = re.compile(r"^(\s*)(?:e|o|\.|°|\*|«)\s+(?=[A-ZÅÄÖ§0-9])")
# "§§94-98" read as "8894-98": a paragraph range.
_RANGE = re.compile(r"(?<![\w§])(?:88|8§|§8)\s?(?=\d{1,3}\s?[-–]\s?\d{1,3}\b)")
# "(S) §94" read as "(S) 894": a paragraph after a name's party, checked against the headings.
_AFTER_PARTY = re.compile(r"(?<=\)\s)8\s?(\d{1,3})(?=\s*$|\s+ersätter\b)")
# "den 12 december 2016, § 273" read as "2016, 8 273": a decision cited by date and paragraph.
_CITED = re.compile(r"(?<=\b(?:19|20)\d\d,\s)8\s?(?=\d{1,3}\b)")
# What follows a number that is an amount, not a paragraph: "8 500 kr", "2026 8 000".
_NO_AMOUNT = r"(?!\s?(?:\d{3}\b|%|kr\b|tkr\b|mnkr\b|st\b|procent\b|miljon))"
# A board's abbreviation after a cited paragraph: "SBN", "KSAU", "TEN" (not a capitalised word).
_ORGAN = r"[A-ZÅÄÖ]{2,4}\b(?![a-zåäö])"
#: Where a law or a decision is cited, an "8" next to a number is a § (the text layer's own shapes):
#: "4 kap. § 20", "kap 5 § 4", "4 kap. 3 § skollagen", "(2013:801, § 17)", "2013-02-27 § 69",
#: "11 december 2024 § 185", "KF § 241", "§ 174 SBN", "Paragrafer §59".
_REFERENCES = [
    (re.compile(r"(\bkap\.?\s\d{1,2}\s)8(?=\s+[a-zåäö(]|[,.;)]|$)"), r"\1§"),
    (re.compile(r"(\bkap\.?\s(?:\d{1,2}\s)?)8\s(?=\d{1,3}\b)"), r"\1§ "),
    (re.compile(r"(\(\d{4}:\d{1,4},\s)8\s?(?=\d)"), r"\1§ "),
    (re.compile(r"(\b(?:19|20)\d\d-\d\d-\d\d,?\s)8\s?(?=[1-9]\d{0,2}\b" + _NO_AMOUNT + ")"), r"\1§ "),
    (re.compile(r"(\b(?:19|20)\d\d\s)8\s(?=[1-9]\d{0,2}\b" + _NO_AMOUNT + ")"), r"\1§ "),
    (re.compile(r"(\b(?:KF|KS|KSAU|[A-ZÅÄÖ]{1,3}N)\s)8\s?(?=[1-9]\d{0,2}\b" + _NO_AMOUNT + ")"), r"\1§ "),
    (re.compile(r"(?<![\w§,.])8\s?(?=[1-9]\d{0,2}\s+(?:\d{4}[.:-]\d+\s+)?" + _ORGAN + ")"), "§ "),
    (re.compile(r"(\bParagrafer\s)8(?=\d)"), r"\1§"),
]
_DOLLAR = re.compile(r"\$&|&\$|\$")  # "$&": one § read as two characters
# A case number's label: "Dnr KS 2026/061" a tab away from the § is the heading's, not a contents line.
_DNR_LABEL = r"(?i:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\b"
# A number, a tab, a title: a contents line.
_LISTED = re.compile(r"^\s*(?:§\s?|[38S&]\s?)\d{1,3}\t(?!" + _DNR_LABEL + r")\S")
_REAL = re.compile(r"^\s*§\s?(\d{1,3})\b")
# "8 93", "S 93", "S93" then nothing, a diarienummer or a title; "893" alone or before a diarienummer
# or a title a tab away; "393" (§ read as 3) before a diarienummer or a title.
_CANDIDATE = re.compile(
    r"^(?P<lead>\s*)(?:(?:8\s|S\s?|&\s?)(?P<num>\d{1,3})(?P<rest>(?:\s.{0,100})?)"
    r"|(?P<glyph>[38&])(?P<bare>\d{1,3})"
    r"(?:(?P<dnr>\s+(?:\d{4}[./:-]\d{1,5}\b.{0,30}|" + _DNR_LABEL + r".{0,40}))"
    r"|(?P<toc>\t[A-ZÅÄÖ].{0,120})"
    r"|(?P<title> (?:[=.:|-]{1,2} )?(?P<words>[A-ZÅÄÖ][a-zåäö]+(?: .{0,120})?)))?\s*)$"
)

# A heading whose § OCR lost altogether: "113" alone on its line, or "113⇥Dnr KS 2026/098".
_SIGNLESS = re.compile(r"^(?P<lead>\s*)(?P<num>\d{1,3})(?P<dnr>[ \t]+" + _DNR_LABEL + r".{0,40})?\s*$")


def _heading_rest(rest: str) -> bool:
    """What may follow the number on a heading line: nothing, a case number or a title, not an amount."""
    rest = rest.strip()
    return not rest or not re.match(r"^(?:\d{3}\b|%|kr\b|tkr\b|mnkr\b|st\b)", rest)


def _title_follows(lines: list[str], k: int) -> bool:
    """The next non-blank line starts like a heading's title (a capital letter)."""
    for line in lines[k + 1 : k + 3]:
        if line.strip():
            return line.strip()[0].isupper()
    return False


def _chain(heads: list[tuple[int, bool]], listed: list[bool] | None = None) -> set[int]:
    """Indexes of the longest run of headings, in document order, whose numbers go up by 1 to 3.

    `heads` are (number, printed with §) in document order. The paragraphs of a protocol form such
    a run; misread references ("§68 KSAU" in a list of documents) form shorter ones beside it.
    A heading printed with § counts double, so the run through them wins a tie. With `listed` (a
    head is a contents line: its title a tab away on its line) a run is all contents lines or none,
    so a protocol's list of its paragraphs never joins its headings ("§ 34" listed, then "§ 35").
    """
    n = len(heads)
    best = [2 if real else 1 for _, real in heads]
    prev = [-1] * n
    for j in range(n):
        for i in range(max(0, j - 200), j):
            if listed is not None and listed[i] != listed[j]:
                continue
            if 1 <= heads[j][0] - heads[i][0] <= 3 and best[i] + (2 if heads[j][1] else 1) > best[j]:
                best[j], prev[j] = best[i] + (2 if heads[j][1] else 1), i
    k = max(range(n), key=lambda x: best[x]) if n else -1
    out: set[int] = set()
    while k >= 0:
        out.add(k)
        k = prev[k]
    return out if len(out) >= 2 else set()


def _contents(heads: list[tuple[int, bool]], listed: list[bool], chosen: set[int]) -> set[int]:
    """A table of contents: a second run of headings (three or more), every number one of the run's.

    A protocol's list of its paragraphs ("894⇥Information och överläggningar") repeats the numbers
    of its headings; cited decisions do not form such a run of the same numbers.
    """
    rest = [i for i in range(len(heads)) if i not in chosen]
    second = _chain([heads[i] for i in rest], [listed[i] for i in rest])
    numbers = {heads[i][0] for i in chosen}
    found = {rest[j] for j in second}
    return found if len(found) >= 3 and all(heads[i][0] in numbers for i in found) else set()


def fix_paragraph_signs(pages: list[list[str]], ocr: set[int]) -> int:
    """Put back the § that OCR misread on the OCR'd pages (lines are changed in place).

    Args:
        pages: Every page's lines (text-layer pages give the § headings that confirm a sequence).
        ocr: Indexes (0-based) of the pages whose lines come from OCR.

    Returns:
        How many paragraph signs were put back.
    """
    fixed = 0
    heads: list[tuple[int, bool]] = []  # (number, printed with §) in document order
    listed: list[bool] = []  # a contents line: "§ 34⇥Information", "894⇥Information"
    where: list[tuple[int, int] | None] = []  # (page, line) of a candidate; None for a real heading
    at: list[tuple[int, int]] = []  # (page, line) of every heading
    signless: list[tuple[int, int, int]] = []  # (page, line, number) of a number where a § may be lost
    for p, lines in enumerate(pages):
        filled = [k for k, line in enumerate(lines) if line.strip()]
        for k, line in enumerate(lines):
            if p in ocr:
                new = _RANGE.sub("§§", _BULLET.sub(r"\1• ", _DOLLAR.sub("§", line)))
                new = _CITED.sub("§ ", new)
                for shape, sign in _REFERENCES:
                    new = shape.sub(sign, new)
                fixed += new != line
                lines[k] = line = new
            if OCR_CONTINUED.match(line):  # "§ 143 forts.": a paragraph going on, not a heading
                # the run is of paragraphs: "§ 143 forts." after "S 143" (an unsure sign) would keep
                # the true heading out of it
                continue
            if m := _REAL.match(line):
                heads.append((int(m.group(1)), True))
                listed.append(bool(_LISTED.match(line)))
                where.append(None)
                at.append((p, k))
            elif (
                p in ocr
                and (c := _CANDIDATE.match(line))
                and _heading_rest(c.group("rest") or "")
                # "389": a § read as "3" only before a title or case number on its line, never alone
                and (c.group("glyph") != "3" or c.group("dnr") or c.group("toc"))
            ):
                # what follows the number on its line
                same_line = c.group("dnr") or c.group("toc") or c.group("title")
                if c.group("bare") and not same_line and not _title_follows(lines, k):
                    continue
                heads.append((int(c.group("num") or c.group("bare")), False))
                listed.append(bool(_LISTED.match(line)))
                where.append((p, k))
                at.append((p, k))
            elif (
                p in ocr
                and (b := _SIGNLESS.match(line))
                and k not in (filled[0], filled[-1])  # never a page's number at its top or foot
                and (b.group("dnr") or _title_follows(lines, k))
            ):
                signless.append((p, k, int(b.group("num"))))
    chosen = _chain(heads, listed)
    chosen |= _contents(heads, listed, chosen)
    # A protocol extract: one paragraph (on one or more pages), no other heading.
    if not any(real for _, real in heads) and len({n for n, _ in heads}) == 1:
        chosen = set(range(len(heads)))
    for idx in chosen:
        if where[idx] is None:
            continue
        p, k = where[idx]  # type: ignore[misc]
        c = _CANDIDATE.match(pages[p][k])
        assert c is not None
        title = f" {c.group('words')}" if c.group("words") else ""  # "8141 = Val av": the "=" was dirt
        rest = c.group("rest") or c.group("dnr") or c.group("toc") or title
        pages[p][k] = f"{c.group('lead')}§ {heads[idx][0]}{rest}"
        fixed += 1
    fixed += _fill_gaps(pages, sorted((at[i], heads[i][0]) for i in chosen), signless)
    return fixed + _fix_after_party(pages, ocr, {heads[i][0] for i in chosen})


def _fill_gaps(
    pages: list[list[str]], chain: list[tuple[tuple[int, int], int]], signless: list[tuple[int, int, int]]
) -> int:
    """A § OCR lost altogether ("113" alone, a title under it): the number is a paragraph's where it
    stands in a gap of the run, between the headings just before and after it and in order ("§ 112" …
    "113" … "§ 114"), one more than the heading above or one less than the heading below. Not before
    the run's first heading or after its last: a vote's count ("Ja" / "14") may stand there."""
    if not chain:
        return 0
    fixed = 0
    for p, k, n in signless:
        before = [num for pos, num in chain if pos < (p, k)]
        after = [num for pos, num in chain if pos > (p, k)]
        prev, nxt = (before[-1] if before else None), (after[0] if after else None)
        if prev is not None and nxt is not None and prev < n < nxt and (prev == n - 1 or nxt == n + 1):
            b = _SIGNLESS.match(pages[p][k])
            assert b is not None
            pages[p][k] = f"{b.group('lead')}§ {n}{b.group('dnr') or ''}"
            chain = sorted([*chain, ((p, k), n)])
            fixed += 1
    return fixed


def _fix_after_party(pages: list[list[str]], ocr: set[int], headings: set[int]) -> int:
    """ "(S) 894" -> "(S) §94" where 94 is a paragraph of the document."""
    fixed = 0
    for p in ocr:
        for k, line in enumerate(pages[p]):
            new = _AFTER_PARTY.sub(
                lambda m: f"§{m.group(1)}" if int(m.group(1)) in headings else m.group(0), line
            )
            fixed += new != line
            pages[p][k] = new
    return fixed


#: The words of the minutes that say who did what (`indexer.entities.triggers`) and the section words
#: around them: a misread one loses the action.
_MINUTES_WORDS = frozenset(
    (
        *("yrkar", "yrkade", "yrkat", "yrkande", "yrkanden", "yrkandet", "yrkandena", "yrkandes"),
        *("reserverar", "reserverade", "reserverat", "reservation", "reservationen", "reservationer"),
        *("instämmer", "instämde", "föreslår", "föreslog", "bifall", "bifaller", "avslag", "återremiss"),
        *("protokollsanteckning", "justerare", "justera", "ordförande", "ordföranden", "propositionsordning"),
        *("beslutar", "beslutade"),
    )
)
#: Letters Tesseract reads one for another in a printed word: (read, meant). "vrkar" (v for y),
#: "rescrverar" (c for e), "slg" / "s1g" / "sıg" (l, 1, dotless ı for i), "instammer" (a lost diaeresis).
_CONFUSED = frozenset(
    {
        *(("v", "y"), ("c", "e"), ("l", "i"), ("1", "i"), ("ı", "i"), ("í", "i"), ("j", "i"), ("!", "i")),
        *(("a", "ä"), ("o", "ö"), ("å", "ä"), ("ä", "a"), ("0", "o")),
    }
)
_WORD = re.compile(r"(?<![\w!])[A-Za-zÅÄÖåäöıí1!]{3,}(?![\w!])")
#: "sig" misread after the verb that takes it: "reserverar slg", "ansluter s1g".
_SIG = re.compile(r"(?i)\b(reserver\w*|ansluter|anslöt)([ \t]+)s[l1ıíj!]g\b")
#: A verb of the minutes run into the next word where OCR lost the space: "reserverarsig", "yrkarbifall".
_RUN_TOGETHER = re.compile(
    r"\b(yrkar|yrkade|reserverar|reserverade|instämmer|instämde)(sig|bifall|avslag|att|på)\b", re.IGNORECASE
)


def _meant(word: str) -> str | None:
    """The minutes' word `word` is a misreading of (one or two letters confused, `_CONFUSED`), or None."""
    low = word.lower()
    if low in _MINUTES_WORDS:
        return None
    for target in _MINUTES_WORDS:
        if len(target) != len(low) or (target[0] != low[0] and (low[0], target[0]) not in _CONFUSED):
            continue
        diffs = [(a, b) for a, b in zip(low, target, strict=True) if a != b]
        if 1 <= len(diffs) <= (1 if len(target) <= 5 else 2) and all(d in _CONFUSED for d in diffs):
            return target.capitalize() if word[:1].isupper() else target
    return None


def fix_minutes_words(pages: list[list[str]], ocr: set[int]) -> int:
    """Put back the words that tell who did what where OCR misread a letter of them ("Eva Lind (SD)
    vrkar avslag", "reserverar slg") or lost the space after them ("reserverarsig"), on the OCR'd pages
    only; a word of its own ("yrkat", "beslut") is left as it is.

    Returns:
        How many words were put back.
    """
    fixed = 0
    for p in ocr:
        for k, line in enumerate(pages[p]):
            new = _WORD.sub(lambda m: _meant(m.group(0)) or m.group(0), _RUN_TOGETHER.sub(r"\1 \2", line))
            new = _SIG.sub(r"\1\2sig", new)
            if new != line:
                fixed += 1
                pages[p][k] = new
    return fixed


#: What Tesseract reads a party column's lone code as on a noisy scan: "5" or "3" for S, "(&", "GC",
#: "Ec" or "Ce" for C, "Vv" for V.
_PARTY_MISREAD = {
    **dict.fromkeys(("5", "3", "$", "§", "s"), "S"),
    **dict.fromkeys(
        ("(&", "&", "(", "G", "GC", "Gc", "EC", "Ec", "Ce", "CE", "c", "(C", "C)", "(c", "©", "€"), "C"
    ),
    **dict.fromkeys(("Vv", "VV", "v"), "V"),
    **dict.fromkeys(("5D", "$D", "SO"), "SD"),
    **dict.fromkeys(("Mp", "MR"), "MP"),
}
_PART = r"[A-ZÅÄÖ][a-zåäöéü'-]+(?:[ -][A-ZÅÄÖ][a-zåäöéü'-]+)?"  # "Larsson Eng", "Jan-Erik"
#: A name in a cell of its own: two to four capitalised words ("Sofia Larsson Eng", "Jan-Erik Sahlin"),
#: or the surname first and a comma ("Dahlgren, Lena", "Larsson Eng, Sofia").
_NAME_CELL = re.compile(
    r"^[A-ZÅÄÖ][a-zåäöéüA-ZÅÄÖ'-]+(?: [A-ZÅÄÖ][a-zåäöéü'-]+(?:-[A-ZÅÄÖ][a-zåäöéü'-]+)?){1,3}$"
    r"|^" + _PART + ", " + _PART + "$"
)


@lru_cache(maxsize=1)
def _party_codes() -> frozenset[str]:
    """The Riksdag parties' codes of the gazetteer (models/data/parties.csv): what a party column holds."""
    return frozenset(p.code for p in gazetteers.parties() if not p.local)


@lru_cache(maxsize=1)
def _code_and_role() -> re.Pattern[str]:
    """A code run into the role cell beside it: "S ordf.", "M 1:e v. ordf.", "C ledamot"."""
    codes = "|".join(sorted(_party_codes(), key=lambda c: (-len(c), c)))
    return re.compile(rf"^(?P<code>{codes}) (?P<role>(?:\d:e )?[a-zåäö][\w.: ]*)$")


def fix_party_column(pages: list[list[str]], ocr: set[int]) -> int:
    """Put back the party codes OCR misread in a member list's party column, on the OCR'd pages.

    A page has such a column where three or more of its tab-separated lines have a name cell followed
    by a party code ("Karl Nyberg⇥M"); there a cell after a name that reads as a known misreading of a
    code ("Annika Sjödin⇥5", "Erik Grahn⇥(&") is that code, and a code run into its role ("S ordf.")
    is parted from it by a tab. A page without that column is left as it is.

    Returns:
        How many cells were changed.
    """
    fixed, columns = _fix_columns(pages, ocr)
    return fixed + _party_from_document(pages, columns, _names_with_codes(pages))


def fix_names(pages: list[list[str]], ocr: set[int]) -> int:
    """`fix_party_column` then `fix_name_case`, with the document's names beside a party code read once.

    Both go by the names the document prints beside a code (`_names_with_codes`), read after the party
    columns are put back: a code `_party_from_document` then fills in is one the name already has, so
    the names and their codes are the same for the capitals.

    Returns:
        How many cells and lines were changed.
    """
    fixed, columns = _fix_columns(pages, ocr)
    known = _names_with_codes(pages)
    return fixed + _party_from_document(pages, columns, known) + fix_name_case(pages, ocr, known)


def _fix_columns(pages: list[list[str]], ocr: set[int]) -> tuple[int, list[int]]:
    """The misread codes of the party columns on the OCR'd pages put back (`fix_party_column`): how many
    cells were changed, and the pages with a party column."""
    fixed = 0
    columns: list[int] = []  # the pages with a party column
    for p in sorted(ocr):
        rows = [(k, line.split("\t")) for k, line in enumerate(pages[p]) if "\t" in line]
        pairs = sum(
            1
            for _, cells in rows
            for a, b in itertools.pairwise(cells)
            if _NAME_CELL.match(a.strip()) and b.strip() in _party_codes()
        )
        if pairs < 3:
            continue
        for k, cells in rows:
            new = list(cells)
            for i in range(1, len(cells)):
                if not _NAME_CELL.match(cells[i - 1].strip()):
                    continue
                cell = cells[i].strip()
                if cell in _PARTY_MISREAD:
                    new[i] = _PARTY_MISREAD[cell]
                elif len(cell) == 2 and cell[0] in _party_codes() and cell[1] == cell[0].lower():
                    new[i] = cell[0]  # "Ss", "Cc": a bold capital read twice
                elif m := _code_and_role().match(cell):
                    new[i] = f"{m['code']}\t{m['role']}"
            if new != cells:
                fixed += 1
                pages[p][k] = "\t".join(new)
        columns.append(p)
    return fixed, columns


def _names_with_codes(pages: list[list[str]]) -> dict[str, set[str]]:
    """Every name the document prints beside a party code: in a party column ("Sara Holm⇥S") or with
    the code in brackets ("Sara Holm (S)", "Holm, Sara (S)"), with the codes seen for it."""
    codes = _party_codes()
    seen: dict[str, set[str]] = {}
    for lines in pages:
        for line in lines:
            cells = line.split("\t")
            for a, b in itertools.pairwise(cells):
                if _NAME_CELL.match(a.strip()) and b.strip() in codes:
                    seen.setdefault(a.strip(), set()).add(b.strip())
            for m in _BRACKETED.finditer(line):
                if m["code"] in codes:
                    name = m["name"]
                    if "," in name:
                        last, first = (w.strip() for w in name.split(",", 1))
                        name = f"{first} {last}"
                    words = name.split(" ")
                    # "Sedan Linnea Berg (V)": the name is one of the tails of the capitalised run
                    for j in range(len(words) - 1):
                        seen.setdefault(" ".join(words[j:]), set()).add(m["code"])
    return seen


#: A name and its party code in brackets: "Ulla Sterner (M)", "Häggqvist, Sofia (S)".
_BRACKETED = re.compile(
    r"(?<![\w-])(?P<name>" + _PART + r"(?:,)?(?: " + _PART + r")) \((?P<code>[A-ZÅÄÖ]{1,3})\)"
)


def _party_from_document(pages: list[list[str]], columns: list[int], known: dict[str, set[str]]) -> int:
    """A party column's cell after a name that is no code ("Bengt Axelsson⇥Lå", "Lars-Erik Dahlin⇥t"):
    the code the same name has everywhere else in the document (`known`: `_names_with_codes`), where that
    is one code. An empty cell is left as it is (the columns after it keep their places)."""
    codes = _party_codes()
    fixed = 0
    for p in columns:
        for k, line in enumerate(pages[p]):
            cells = line.split("\t")
            if len(cells) < 2:
                continue
            name, cell = cells[0].strip(), cells[1].strip()
            if (
                cell
                and len(cell) <= 3
                and cell not in codes
                and _NAME_CELL.match(name)
                and len(known.get(name, ())) == 1
            ):
                cells[1] = next(iter(known[name]))
                pages[p][k] = "\t".join(cells)
                fixed += 1
    return fixed


#: A lower-case word before one or two capitalised ones: "ulla Sterner", "per-Olof Svensson".
_LOWER_FIRST = re.compile(
    r"(?<![\w-])(?P<first>[a-zåäö][a-zåäöéü]+(?:-[A-ZÅÄÖa-zåäö][a-zåäöéü]+)?)"
    r"(?P<rest>(?: [A-ZÅÄÖ][a-zåäöéü'-]+){1,2})(?![\w-])"
)


def fix_name_case(pages: list[list[str]], ocr: set[int], known: dict[str, set[str]] | None = None) -> int:
    """Capitalise a name whose first letter OCR read in lower case ("ulla Sterner (M) yrkar", "ingrid
    Nyqvist⇥S⇥X") on the OCR'd pages, where the document prints that very name capitalised beside a
    party code (`_names_with_codes`: its attendance list or "Name (X)") and its first word is a first
    name of the gazetteer (`models.gazetteers.first_names()`: first_names.csv and first_names_today.txt).

    Args:
        pages: The document's pages, their lines (changed in place).
        ocr: The OCR'd pages.
        known: `_names_with_codes(pages)` when the caller has it (`fix_names`).

    Returns:
        How many lines were changed.
    """
    if known is None:
        known = _names_with_codes(pages)
    if not known:
        return 0
    fixed = 0

    def restore(m: re.Match[str]) -> str:
        first = m["first"][0].upper() + m["first"][1:]
        rest = m["rest"]
        if first.split("-")[0] not in gazetteers.first_names():
            return m.group(0)  # "ordförande Camilla Rehn": a word before the name, not its first name
        # the longest known name: "ulla Sterner Berg" may be "Ulla Sterner" and a word more
        for words in (rest, " ".join(rest.split(" ")[:2])):
            if f"{first}{words}" in known:
                return f"{first}{rest}"
        return m.group(0)

    for p in ocr:
        for k, line in enumerate(pages[p]):
            new = _LOWER_FIRST.sub(restore, line)
            if new != line:
                fixed += 1
                pages[p][k] = new
    return fixed
