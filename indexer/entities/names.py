"""Recognising personal names in Swedish council text: name tokens, stop words, party brackets.

A name is two to four capitalised tokens ("Anna Eriksson", "Margareta Mahmoud Persson",
"Cecilia von Alten", "Anita Lilja-Stenholm"). What makes a capitalised run a *person* is decided by the
callers from context (a party in brackets, an attendance list, a first name from the gazetteer); this
module gives them the shared pieces and the words that are never part of a name ("Ordförande",
"Region", "Regiondirektör").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from indexer.entities.officials import NAMED_TITLES, alternation
from indexer.entities.swedish_words import is_swedish_word
from models import gazetteers

#: Letters of names besides a-z: Nordic, and the diacritics of names from the rest of Europe and the
#: Balkans ("Mirza Hodžić", "Łukasz Wójcik", "Ayşe Yıldız").
_UPPER = "A-ZÅÄÖÉÜØÆŠŽČĆĐŁŚŹŻŞÇÑÓÍÁÚÈİ"
_LOWER = "a-zåäöéüøæèáíóúñçëïšžčćđłśźżńěřůýťďőűğşıâêîôûàòãõ"
#: One capitalised name part: also after an elided particle or a patronymic prefix ("O'Brien", "D’Souza",
#: "McDonald", "MacLeod").
_PART = rf"(?:[{_UPPER}]['’]|Ma?c(?=[{_UPPER}]))?[{_UPPER}][{_LOWER}]+"
#: One capitalised name token; hyphenated parts ("Eva-Lena", "Lilja-Stenholm"); "Anna- Karin" is a
#: hyphenated name broken over a line whose newline was flattened to a space.
TOKEN = rf"{_PART}(?:-(?: ?){_PART})*"
#: Lower-case particles inside names: "Cecilia von Alten", "Malin de Verdier", two in "Jan van der Berg".
PARTICLE = r"(?:von|van|de|af|der|den|du|la|di|da)"
#: A run of name tokens on one line (single spaces only: a tab or two spaces separate table columns).
#: A run may hold a middle initial between two tokens: "Maria B Nilsson", "Anna K. Ek".
RUN = rf"{TOKEN}(?: (?:(?:{PARTICLE} ){{1,2}}|[A-ZÅÄÖ]\.? )?{TOKEN})*"

_PARTICLE_RE = re.compile(PARTICLE)
_INITIAL = re.compile(r"[A-ZÅÄÖ]\.?")
#: Street, square and place nouns after a genitive name: "Olof Palmes gata", "Gustav Adolfs torg".
STREET_NOUN = re.compile(
    r"[ \t]+(?:gata|gatan|väg|vägen|torg|torget|plats|platsen|allé|park|parken|gränd|backe|stig|led|kaj"
    r"|plan|skola|skolan|gymnasium|förskola|hus|huset|hall|hallen|bibliotek)(?![\wåäö])"
)
_RUN_RE = re.compile(rf"(?<![\w\-/]){RUN}")

#: Capitalised words that are never part of a person's name (roles, bodies, places, sentence words).
_STOP = frozenset(
    [
        "Ordförande",
        "Ordföranden",
        "Ordf",
        "Ordinarie",
        "Suppleant",
        "Suppleanter",
        "Ledamöterna",
        "Motionären",
        "Motionärerna",
        "Förslagsställaren",
        "Interpellanten",
        "Frågeställaren",
        "Vice",
        "Förste",
        "Andre",
        "Tredje",
        "Ledamot",
        "Ledamoten",
        "Ledamöter",
        "Ledamöterna",
        "Ersättare",
        "Ersättaren",
        "Tjänstgörande",
        "Sekreterare",
        "Sekreteraren",
        "Justerare",
        "Justerande",
        "Justerandes",
        "Protokolljusterare",
        "Mötessekreterare",
        "Nämndsekreterare",
        "Kommunsekreterare",
        "Föredragande",
        "Närvarande",
        "Övriga",
        "Beslutande",
        "Gäster",
        "Tjänstepersoner",
        "Tjänstemän",
        "Tjänsteperson",
        "Personalföreträdare",
        "Underskrifter",
        "Underskrift",
        "Utses",
        "Justerat",
        "Paragrafer",
        "Paragraf",
        "Plats",
        "Tid",
        "Datum",
        "Sammanträdesdatum",
        "Mötesdatum",
        "Organ",
        "Anslag",
        "Beslut",
        "Beslutsgång",
        "Beslutsunderlag",
        "Sammanfattning",
        "Reservation",
        "Reservationer",
        "Protokollsanteckning",
        "Yrkande",
        "Yrkanden",
        "Omröstning",
        "Region",
        "Regionen",
        "Regionstyrelsen",
        "Regionfullmäktige",
        "Kommun",
        "Kommunen",
        "Kommunstyrelsen",
        "Kommunfullmäktige",
        "Nämnden",
        "Nämnd",
        "Styrelsen",
        "Förvaltningen",
        "Förvaltning",
        "Division",
        "Service",
        "Sveriges",
        "Stad",
        "Staden",
        "Länsstyrelsen",
        "Riksdagen",
        "Regeringen",
        "Landstinget",
        "Sjukhus",
        "Sjukhuset",
        "Vård",
        "Omsorg",
        "Hälsoval",
        "Nära",
        "Mötet",
        "Möte",
        "Ärendet",
        "Ärende",
        "Information",
        "Rapport",
        "Svar",
        "Motion",
        "Initiativ",
        "Förslag",
        "Bilaga",
        "Bilagor",
        "Protokoll",
        "Kallelse",
        "Dnr",
        "Tfn",
        "Telefon",
        "Mobil",
        "Mail",
        "Epost",
        "Email",
        "Och",
        "Samt",
        "Eller",
        "Med",
        "Från",
        "För",
        "Till",
        "Vid",
        "Om",
        "Av",
        "Alla",
        "Inga",
        "Ingen",
        "Enligt",
        "Se",
        "Jag",
        "Vi",
        "Ja",
        "Nej",
        "Avstår",
        "Summa",
        "Totalt",
        "Januari",
        "Februari",
        "Mars",
        "April",
        # "Juni" and "Maj" are first names too ("Juni Bergström (L)"): a month's word before a name is
        # dropped by `trim_name`, and running text reads them as names only after a title or in a list
        "Juli",
        "Augusti",
        "September",
        "Oktober",
        "November",
        "December",
        "Föreningen",
        "Förening",
        "Föreningar",
        "Klubb",
        "Klubben",
        "Måndag",
        "Tisdag",
        "Onsdag",
        "Torsdag",
        "Fredag",
        "Lördag",
        "Söndag",
        "Digital",
        "Digitalt",
        "Teams",
        "Kl",
        "Klockan",
    ]
)

#: Lower-cased endings of titles and bodies: a token ending like this is not a name ("Regiondirektör").
_STOP_SUFFIXES = (
    "direktör",
    "chef",
    "chefen",
    "sekreterare",
    "ordförande",
    "handläggare",
    "skrivelse",  # "Tjänsteskrivelse, Nils Ekdahl, 2026-08-31": a document, then its author
    "nämnden",
    "nämnd",
    "styrelsen",
    "förvaltningen",
    "förvaltning",
    "kontoret",
    "utskottet",
    "utskott",
    "fullmäktige",
    "beredning",
    "beredningen",
    "förbund",
    "förbundet",
    "regionen",
    "kommun",
    "kommunen",
    "avdelningen",
    "enheten",
    "staben",
    "gruppen",
    "rådet",
    # political offices printed before a name ("Regionråd Anna Ek", "Oppositionsrådet Bo Ek")
    "kommunalråd",
    "kommunråd",
    "regionråd",
    "landstingsråd",
    "oppositionsråd",
    "borgarråd",
    "ledamot",
    "ledamoten",
    "ledare",
    "controller",
    "strateg",
    "samordnare",
    "inspektör",
    "arkitekt",
    "specialist",
    "jurist",
    "ekonom",
    "utvecklare",
    "planerare",
    "ingenjör",
    "assistent",
    "analytiker",
    "utredare",
    "koordinator",
    "kommunikatör",
    "rådgivare",
    # professions of a förvaltning's staff ("Kommunekolog Henrik Dahl", "Specialpedagog Eva Lund")
    "ekolog",
    "biolog",
    "psykolog",
    "pedagog",
    "logoped",
    "kurator",
    "antikvarie",
    "tekniker",
    "revisor",
    # health care's titles ("Chefläkare Sara Lund", "Smittskyddsläkare", "Medicinskt ansvarig sjuksköterska")
    "läkare",
    "sköterska",
    "barnmorska",
    "skolan",
    "gymnasium",
    "gymnasiet",
    "huset",
    "rummet",
    "gatan",
    "vägen",
    "torget",
    # streets, squares and places are named like people ("Erik Dahlbergsgatan", "Fredsallén")
    "gata",
    "allé",
    "allén",
    "gränd",
    "gränden",
    "stigen",
    "leden",
    "platsen",
    "parken",
    "backen",
    "kajen",
    "esplanaden",
    "promenaden",
    "stråket",
    "torg",
)


def is_stop_token(tok: str) -> bool:
    """True for a capitalised word that cannot be part of a person's name."""
    if tok in _STOP:
        return True
    low = tok.casefold()
    if low.endswith(_STOP_SUFFIXES) and _compound_of_suffix(low):
        return True
    return is_region(tok) or is_party_name(tok)


def _compound_of_suffix(low: str) -> bool:
    """A word that is a stop ending alone ("allén") or a compound of one ("fredsallén", "regiondirektör"):
    a compound's first part has two letters or more, while a surname may end like one after a single letter
    ("Wallén", "Hallén")."""
    return any(low == s or (low.endswith(s) and len(low) - len(s) >= 2) for s in _STOP_SUFFIXES)


@lru_cache(maxsize=4096)
def is_party_name(tok: str) -> bool:
    """A party's name written out ("Centerpartiet", "Moderaterna", a local "Landsbygdsparti"): a party-group
    heading or a party column next to a name ("Arvid Pettersson Centerpartiet"), never a surname."""
    if tok.casefold().endswith(("parti", "partiet", "partiets")):
        return True  # no Swedish surname ends so ("DLP = Dorotea Landsbygdsparti", "Håbopartiets")
    # the genitive too: "Moderaternas", "Liberalernas"
    forms = (tok, tok.removesuffix("s"))
    return len(tok) > 5 and any(gazetteers.normalize_party(t) is not None for t in forms)


@lru_cache(maxsize=4096)
def is_region(tok: str) -> bool:
    """True when the word is an unambiguous region name form ("Västmanland"), never a surname here.

    Kommun names are not stop words: many are surnames too ("Stellan Lund", "Jan Berg").
    """
    return tok in gazetteers.region_forms()


def clean_name(raw: str) -> str:
    """Whitespace-collapsed name; a hyphen broken over a line ("Anna- Karin") joined again."""
    s = re.sub(r"-\s+", "-", raw) if "- " in raw or "-\n" in raw else raw
    return " ".join(s.split())


def split_run(run: str) -> list[str]:
    """The words of a name run (particles kept as words)."""
    return clean_name(run).split(" ")


def trim_name(words: list[str], *, keep: str = "right", listed: bool = False) -> list[str]:
    """The longest stretch of `words` without stop words, taken from the right (before a party bracket)
    or from the left (at the start of a line); at most four words, never starting with a particle.

    `listed`: the words stand alone at the start of a list line ("Lady France Mulumba (KD)"), so a first
    word that is also an ordinary word is still part of the name."""
    out: list[str] = []
    if keep == "left":  # "Ordförande Lennart Torgeson": the role word before the name is not part of it
        while words and is_stop_token(words[0]):
            words = words[1:]
    seq = reversed(words) if keep == "right" else iter(words)
    for w in seq:
        if is_stop_token(w) or len(out) == 4:
            break
        out.append(w)
    if keep == "right":
        out.reverse()
    while out and (_PARTICLE_RE.fullmatch(out[0]) or _INITIAL.fullmatch(out[0])):
        out.pop(0)
    while out and (_PARTICLE_RE.fullmatch(out[-1]) or _INITIAL.fullmatch(out[-1])):
        out.pop()
    if (
        not listed
        and len(out) >= 3
        and (not is_first_name(out[0]) or out[0] in gazetteers.word_first_names())
        and is_first_name(out[1])
        and _is_common_word(out[0])
    ):
        out.pop(0)  # "Ordinarie Stefan Vilumsons", "9 Juni Anna Ek (S)": a word before the first name
    return out


def _is_common_word(word: str) -> bool:
    """True for an ordinary Swedish word (a form or a lemma of the lookup lemma table): "Ordinarie"."""
    return is_swedish_word(word.lower())


#: Entries of the first-name list that are ordinary Swedish words before a capitalised word ("Nöjd Kund
#: Index", "Norra Kyrkogatan").
_NOT_FIRST = frozenset(
    {
        "Nöjd",
        "Kund",
        "Bra",
        "Ny",
        "Nya",
        "Stor",
        "Stora",
        "Lilla",
        "Gamla",
        "Norra",
        "Södra",
        "Östra",
        "Västra",
        "Sankt",
        "Fru",
        "Herr",
        "Fröken",
        "Kapten",
        "Doktor",
        "Konung",
        "Kung",
    }
)


def is_first_name(word: str) -> bool:
    """True when the word (or the first part of a hyphenated one) is a known first name, printed with an
    accent the name list spells without or not ("Therése" as "Therese", "Désirée" as "Desiree")."""
    if word in _NOT_FIRST:
        return False
    names = gazetteers.first_names()
    if word in names or word.split("-")[0] in names:
        return True
    plain = _unaccented(word)
    return plain != word and (plain in names or plain.split("-")[0] in names)


def _unaccented(word: str) -> str:
    """`word` without its accents but å, ä and ö, which are letters of their own in Swedish."""
    if word.isascii():
        return word
    return "".join(
        ch
        if ch in "åäöÅÄÖ"
        else "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        for ch in word
    )


def name_runs(text: str) -> list[re.Match[str]]:
    """Every run of capitalised name tokens in `text` (on one line)."""
    return list(_RUN_RE.finditer(text))


@dataclass
class Mention:
    """One appearance of a person in a text, with what was printed around it."""

    name: str
    start: int
    end: int
    party: str | None = None
    roles: list[str] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    strong: bool = True  # False: a bare first name resolved later, or a weak running-text guess
    genitive: bool = False  # printed "Susanne Anderssons (SD) yrkande"
    replaced: bool = False  # named as the absent member an ersättare serves for ("X (S) ersätter Y (S)")
    printed: str | None = None  # the printed form when it is not the name's own ("Pamp, Eva-Lotta")
    listed: bool = False  # read from an attendance block


#: A title word: the lower-case head of "ekonom", "förvaltningsjurist", "biträdande kommundirektör".
TITLE_WORD = re.compile(rf"(?:\w+ )?\w*(?:{alternation(NAMED_TITLES)})\b")
