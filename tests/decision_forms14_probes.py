"""Invented protocols for the decision14 probes: the same § printed with each form of yrkanden,
reservationer, protokollsanteckningar and named voteringslistor Swedish kommuner print, in three files —
a text export, a PDF with a § column beside a text column (fpdf2) and a Word file (python-docx). `check`
says whether `extract_file` read the §'s decision part as a reader does (GOLD_FORMAT's actions and votes);
`python -m tests.decision_forms14_probes` prints OK/BAD per case and format, and
`tests/test_decision_forms14.py` keeps each variant as a test. No text is copied from a test set.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from fpdf import FPDF

from indexer.extract import extract_file
from indexer.types import Extraction

_FONTS = "/usr/share/fonts/truetype/dejavu/"

#: A block of a § body: a paragraph (str, lines kept), a heading ("# Reservation"), a page break
#: (PAGE), or a table (a list of rows of cells).
Block = str | list[list[str]]
PAGE = "\f"
BILAGA = "\f(bilaga)"  # a voteringslista printed after the last §

HEAD = [
    "Testkommun",
    "PROTOKOLL",
    "Kommunstyrelsen",
    "Sammanträdesdatum 2026-05-12",
    "",
    "# Beslutande",
    "Anna Ek (S), ordförande",
    "Bo Berg (V), vice ordförande",
    "Carl Holm (M)",
    "Dora Lind (SD)",
    "Eva Sand (MP)",
    "Fredrik Ahl (C)",
    "Gustav Nord (KD)",
    "Helena Ström (L)",
    "Ivar Lund (S)",
    "Olle Sten (M)",
    "Karin Björk (SD), tjänstgörande ersättare för Lars Öst (SD)",
    "",
    "# Övriga deltagare",
    "Maria Wiberg, kommunsekreterare",
    "",
    "# Justerare",
    "Carl Holm (M)",
]

#: Each voter's seat (member, serving ersättare or ""), party and answers in round 1 and round 2.
VOTERS = [
    ("Anna Ek", "", "S", "ja", "ja"),
    ("Bo Berg", "", "V", "ja", "ja"),
    ("Carl Holm", "", "M", "nej", "nej"),
    ("Dora Lind", "", "SD", "nej", "nej"),
    ("Eva Sand", "", "MP", "ja", "ja"),
    ("Fredrik Ahl", "", "C", "ja", "ja"),
    ("Gustav Nord", "", "KD", "avstår", "ja"),
    ("Helena Ström", "", "L", "ja", "ja"),
    ("Ivar Lund", "", "S", "ja", "ja"),
    ("Olle Sten", "", "M", "nej", "nej"),
    ("Lars Öst", "Karin Björk", "SD", "nej", "nej"),
]
RESULT1 = (
    "Med 6 ja-röster mot 4 nej-röster, 1 avstår, beslutar kommunstyrelsen enligt arbetsutskottets förslag."
)
RESULT2 = "Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen att avslå motionen."


def _want_votes(*rounds: int) -> set[tuple[int, str, str]]:
    return {(r, sub or name, (v1, v2)[r - 1]) for r in rounds for name, sub, _p, v1, v2 in VOTERS}


def _table(rnd: int, *, substitute_column: bool = False) -> list[list[str]]:
    head = ["Ledamot", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"]
    rows = []
    for name, sub, party, v1, v2 in VOTERS:
        v = (v1, v2)[rnd - 1]
        marks = ["X" if v == k else "" for k in ("ja", "nej", "avstår")]
        if substitute_column:
            rows.append([name, sub, party, *marks])
        else:
            rows.append([sub or name, party, *marks])
    return [head if substitute_column else [head[0], *head[2:]], *rows]


def _names(vote: str, rnd: int = 1) -> list[str]:
    return [f"{sub or name} ({p})" for name, sub, p, v1, v2 in VOTERS if (v1, v2)[rnd - 1] == vote]


def _inverted(name: str) -> str:
    first, last = name.split(" ", 1)
    return f"{last}, {first}"


def _half(v: tuple[str, str, str, str, str]) -> list[str]:
    name, sub, party, v1, _v2 = v
    return [f"{sub or name} ({party})", *("X" if v1 == k else "" for k in ("ja", "nej", "avstår"))]


def _two_column_rows(ks: range) -> list[list[str]]:
    return [
        [*_half(VOTERS[k]), *(_half(VOTERS[k + 6]) if k + 6 < len(VOTERS) else ["", "", "", ""])] for k in ks
    ]


@dataclass
class Case:
    name: str
    body: list[Block]
    acts: set[tuple[str, str]]  # (person or "party:X", kind) of the § for proposed/reserved/protocol_note
    votes: set[tuple[int, str, str]] = field(default_factory=set)


BESLUT = ["# Beslut", "Kommunstyrelsen beslutar att bifalla arbetsutskottets förslag."]
PROPOSITION = (
    "Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller arbetsutskottets "
    "förslag. Votering begärs. Ja-röst för arbetsutskottets förslag, nej-röst för Carl Holms (M) yrkande."
)

CASES = [
    Case(
        "yrkar_verbs",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar bifall till motionen.",
            "Dora Lind (SD) yrkar avslag på arbetsutskottets förslag.",
            "Bo Berg (V) yrkar återremiss för att ärendet ska utredas vidare.",
            *BESLUT,
        ],
        {("Carl Holm", "proposed"), ("Dora Lind", "proposed"), ("Bo Berg", "proposed")},
    ),
    Case(
        "andrings_tillagg",
        [
            "# Yrkanden",
            "Eva Sand (MP) lämnar ett ändringsyrkande om att punkt 2 ska ändras till 2027.",
            "Fredrik Ahl (C) lämnar ett tilläggsyrkande enligt bilaga 1.",
            *BESLUT,
        ],
        {("Eva Sand", "proposed"), ("Fredrik Ahl", "proposed")},
    ),
    Case(
        "yrkanden_colon_lines",
        [
            "# Yrkanden",
            "Carl Holm (M): Bifall till motionen.",
            "Dora Lind (SD): Avslag på arbetsutskottets förslag.",
            "Ivar Lund (S): Bifall till arbetsutskottets förslag.",
            *BESLUT,
        ],
        {("Carl Holm", "proposed"), ("Dora Lind", "proposed"), ("Ivar Lund", "proposed")},
    ),
    Case(
        "yrkanden_bullets_instammer",
        [
            "# Yrkanden",
            "• Carl Holm (M) yrkar bifall till motionen.",
            "• Gustav Nord (KD) instämmer i Carl Holms yrkande.",
            "• Helena Ström (L) biträder Carl Holms (M) yrkande.",
            *BESLUT,
        ],
        {("Carl Holm", "proposed"), ("Gustav Nord", "proposed"), ("Helena Ström", "proposed")},
    ),
    Case(
        "several_proposers",
        [
            "# Yrkanden",
            "Ivar Lund (S), Bo Berg (V) och Eva Sand (MP) yrkar bifall till arbetsutskottets förslag.",
            *BESLUT,
        ],
        {("Ivar Lund", "proposed"), ("Bo Berg", "proposed"), ("Eva Sand", "proposed")},
    ),
    Case(
        "pa_forslag_av",
        ["# Beslut", "På förslag av ordföranden Anna Ek (S) beslutar kommunstyrelsen att bifalla motionen."],
        {("Anna Ek", "proposed")},
    ),
    Case(
        "yrkande_over_page_break",
        [
            "# Yrkanden",
            "Dora Lind (SD) yrkar avslag på motionen.",
            "Carl Holm (M) yrkar bifall till motionen och att kommunstyrelsen därutöver ger",
            PAGE,
            "förvaltningen i uppdrag att ta fram en plan för cykelvägar i hela kommunen.",
            *BESLUT,
        ],
        {("Dora Lind", "proposed"), ("Carl Holm", "proposed")},
    ),
    Case(
        "propositionsordning_not_proposed",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar bifall till motionen. Dora Lind (SD) yrkar avslag på motionen.",
            "# Propositionsordning",
            "Ordföranden ställer proposition på Carl Holms (M) yrkande mot Dora Linds (SD) yrkande och "
            "finner att kommunstyrelsen beslutar enligt Carl Holms yrkande.",
            *BESLUT,
        ],
        {("Carl Holm", "proposed"), ("Dora Lind", "proposed")},
    ),
    Case(
        "named_in_yrkande_text",
        [
            "# Yrkanden",
            "Ivar Lund (S) yrkar bifall till Fredrik Ahls (C) motion och till Anna Eks förslag om "
            "en utredning.",
            *BESLUT,
        ],
        {("Ivar Lund", "proposed")},
    ),
    Case(
        "reserverar_sig",
        [*BESLUT, "Dora Lind (SD) reserverar sig mot beslutet."],
        {("Dora Lind", "reserved")},
    ),
    Case(
        "reservation_heading",
        [*BESLUT, "# Reservation", "Carl Holm (M) och Gustav Nord (KD)"],
        {("Carl Holm", "reserved"), ("Gustav Nord", "reserved")},
    ),
    Case(
        "reservationer_heading_lines",
        [*BESLUT, "# Reservationer", "Carl Holm (M)", "Dora Lind (SD)"],
        {("Carl Holm", "reserved"), ("Dora Lind", "reserved")},
    ),
    Case(
        "skriftlig_reservation_bilaga",
        [*BESLUT, "Dora Lind (SD) lämnar en skriftlig reservation, bilaga 2."],
        {("Dora Lind", "reserved")},
    ),
    Case(
        "mot_beslutet_reserverar",
        [*BESLUT, "Mot beslutet reserverar sig Carl Holm (M) och Helena Ström (L)."],
        {("Carl Holm", "reserved"), ("Helena Ström", "reserved")},
    ),
    Case(
        "party_sd_ledamoter",
        [*BESLUT, "Sverigedemokraternas ledamöter reserverar sig mot beslutet."],
        {("party:SD", "reserved")},
    ),
    Case(
        "party_v_mp",
        [*BESLUT, "Ledamöterna från V och MP reserverar sig mot beslutet."],
        {("party:V", "reserved"), ("party:MP", "reserved")},
    ),
    Case(
        "party_m_gruppen",
        [*BESLUT, "(M)-gruppen reserverar sig mot beslutet."],
        {("party:M", "reserved")},
    ),
    Case(
        "reservation_next_page",
        [
            "# Yrkanden",
            "Dora Lind (SD) yrkar avslag på motionen.",
            *BESLUT,
            PAGE,
            "# Reservation",
            "Dora Lind (SD) reserverar sig mot beslutet till förmån för eget yrkande.",
        ],
        {("Dora Lind", "proposed"), ("Dora Lind", "reserved")},
    ),
    Case(
        "lamnar_protokollsanteckning",
        [*BESLUT, "Eva Sand (MP) lämnar en protokollsanteckning, bilaga 3."],
        {("Eva Sand", "protocol_note")},
    ),
    Case(
        "antecknar_till_protokollet",
        [*BESLUT, "Fredrik Ahl (C) antecknar till protokollet att frågan bör följas upp under hösten."],
        {("Fredrik Ahl", "protocol_note")},
    ),
    Case(
        "protokollsanteckning_heading_signed",
        [
            *BESLUT,
            "# Protokollsanteckning",
            "Vi välkomnar utredningen men anser att den borde ha kommit tidigare.",
            "Helena Ström (L)",
            "Gustav Nord (KD)",
        ],
        {("Helena Ström", "protocol_note"), ("Gustav Nord", "protocol_note")},
    ),
    Case(
        "party_note",
        [*BESLUT, "Vänsterpartiet lämnar följande protokollsanteckning: Vi vill se en snabbare utbyggnad."],
        {("party:V", "protocol_note")},
    ),
    Case(
        "vote_table",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            _table(1),
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
    Case(
        "vote_lists",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            "Ja-röster: " + ", ".join(_names("ja")) + ".",
            "Nej-röster: " + ", ".join(_names("nej")) + ".",
            "Avstår: " + ", ".join(_names("avstår")) + ".",
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
]


CASES += [
    Case(
        "vote_two_columns_over_page",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            [
                ["Ledamot", "Ja", "Nej", "Avstår", "Ledamot", "Ja", "Nej", "Avstår"],
                *_two_column_rows(range(3)),
            ],
            PAGE,
            _two_column_rows(range(3, 6)),
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    )
]
CASES += [
    Case(
        "vote_substitute_column",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            _table(1, substitute_column=True),
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
    Case(
        "vote_two_rounds",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag. Dora Lind (SD) yrkar återremiss.",
            "# Omröstning 1",
            "Först ställs proposition på om ärendet ska avgöras i dag. Ja-röst för att avgöra ärendet i dag, "
            "nej-röst för återremiss.",
            _table(1),
            RESULT1.replace(
                "beslutar kommunstyrelsen enligt arbetsutskottets förslag", "avgörs ärendet i dag"
            ),
            "# Omröstning 2",
            PROPOSITION,
            _table(2),
            RESULT2,
            *BESLUT,
        ],
        {("Carl Holm", "proposed"), ("Dora Lind", "proposed")},
        _want_votes(1, 2),
    ),
    Case(
        "vote_list_names_per_line",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            "# Ja-röster",
            *_names("ja"),
            "# Nej-röster",
            *_names("nej"),
            "# Avstår",
            *_names("avstår"),
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
]

#: Harder forms: word order after an adverbial, co-signers, nouns rather than verbs, a voteringslista
#: as a bilaga after the last §, vote words in a column, a totals row.
CASES += [
    Case(
        "yrkar_after_adverbial",
        [
            "# Överläggning",
            "Under överläggningen yrkar Carl Holm (M) bifall till motionen.",
            "I ärendet yrkar även Dora Lind (SD) avslag på arbetsutskottets förslag.",
            *BESLUT,
        ],
        {("Carl Holm", "proposed"), ("Dora Lind", "proposed")},
    ),
    Case(
        "med_instammande_av",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar, med instämmande av Olle Sten (M) och Gustav Nord (KD), "
            "bifall till motionen.",
            *BESLUT,
        ],
        {("Carl Holm", "proposed"), ("Olle Sten", "proposed"), ("Gustav Nord", "proposed")},
    ),
    Case(
        "ordforanden_yrkar",
        ["# Yrkanden", "Ordföranden Anna Ek (S) yrkar bifall till arbetsutskottets förslag.", *BESLUT],
        {("Anna Ek", "proposed")},
    ),
    Case(
        "passive_yrkas_av",
        [
            "# Yrkanden",
            "Bifall till arbetsutskottets förslag yrkas av Ivar Lund (S) och Bo Berg (V).",
            *BESLUT,
        ],
        {("Ivar Lund", "proposed"), ("Bo Berg", "proposed")},
    ),
    Case(
        "forsta_andra_hand",
        [
            "# Yrkanden",
            "Dora Lind (SD) yrkar i första hand återremiss och i andra hand avslag på motionen.",
            *BESLUT,
        ],
        {("Dora Lind", "proposed")},
    ),
    Case(
        "yrkanden_label_line",
        ["Yrkanden: Carl Holm (M) och Olle Sten (M) yrkar avslag. Ivar Lund (S) yrkar bifall.", *BESLUT],
        {("Carl Holm", "proposed"), ("Olle Sten", "proposed"), ("Ivar Lund", "proposed")},
    ),
    Case(
        "anmaler_reservation",
        [*BESLUT, "Carl Holm (M) anmäler reservation mot beslutet."],
        {("Carl Holm", "reserved")},
    ),
    Case(
        "foljande_reserverar",
        [*BESLUT, "Följande ledamöter reserverar sig mot beslutet: Carl Holm (M) och Dora Lind (SD)."],
        {("Carl Holm", "reserved"), ("Dora Lind", "reserved")},
    ),
    Case(
        "reservationer_colon_lines",
        [
            *BESLUT,
            "# Reservationer",
            "Carl Holm (M): Till förmån för eget yrkande.",
            "Dora Lind (SD): Skriftlig reservation, bilaga 2.",
        ],
        {("Carl Holm", "reserved"), ("Dora Lind", "reserved")},
    ),
    Case(
        "reservation_label_with_bilaga",
        [*BESLUT, "Reservation: Carl Holm (M) och Olle Sten (M), bilaga 2."],
        {("Carl Holm", "reserved"), ("Olle Sten", "reserved")},
    ),
    Case(
        "parties_by_name_reserve",
        [*BESLUT, "Moderaterna och Kristdemokraterna reserverar sig mot beslutet."],
        {("party:M", "reserved"), ("party:KD", "reserved")},
    ),
    Case(
        "ledamoterna_for_party_after_verb",
        [*BESLUT, "Mot beslutet reserverar sig ledamöterna för Sverigedemokraterna."],
        {("party:SD", "reserved")},
    ),
    Case(
        "reserverar_skriftligt",
        [*BESLUT, "Dora Lind (SD) reserverar sig skriftligt, se bilaga 2."],
        {("Dora Lind", "reserved")},
    ),
    Case(
        "gemensam_protokollsanteckning",
        [*BESLUT, "Carl Holm (M) och Dora Lind (SD) lämnar en gemensam protokollsanteckning, bilaga 3."],
        {("Carl Holm", "protocol_note"), ("Dora Lind", "protocol_note")},
    ),
    Case(
        "far_lamna_protokollsanteckning",
        [*BESLUT, "Eva Sand (MP) får lämna en protokollsanteckning till protokollet."],
        {("Eva Sand", "protocol_note")},
    ),
    Case(
        "protokollsanteckning_label",
        [*BESLUT, "Protokollsanteckning: Eva Sand (MP), bilaga 3."],
        {("Eva Sand", "protocol_note")},
    ),
    Case(
        "party_antecknar",
        [*BESLUT, "Sverigedemokraterna antecknar till protokollet att de inte deltar i beslutet."],
        {("party:SD", "protocol_note")},
    ),
    Case(
        "not_taking_part_is_no_note",
        [
            *BESLUT,
            "Fredrik Ahl (C) deltar inte i beslutet.",
            "Till protokollet antecknas att Bo Berg (V) lämnar sammanträdet.",
        ],
        set(),
    ),
    Case(
        "vote_word_column",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            [["Ledamot", "Parti", "Röst"], *[[sub or n, p, v1.capitalize()] for n, sub, p, v1, _ in VOTERS]],
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
    Case(
        "vote_table_inverted_with_totals",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            [
                ["Ledamot", "Parti", "Ja", "Nej", "Avstår"],
                *[
                    [_inverted(sub or n), *row[1:]]
                    for (n, sub, *_r), row in zip(VOTERS, _table(1)[1:], strict=True)
                ],
                ["Summa", "", "6", "4", "1"],
            ],
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
    Case(
        "vote_sentences",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            "Ja röstar " + ", ".join(_names("ja")[:-1]) + " och " + _names("ja")[-1] + ". "
            "Nej röstar "
            + ", ".join(_names("nej")[:-1])
            + " och "
            + _names("nej")[-1]
            + ". "
            + _names("avstår")[0]
            + " avstår från att rösta.",
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
    Case(
        "vote_rows_with_words",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            *[
                f"{sub} ({p}), tjänstgörande ersättare för {n} ({p}) – {v1}" if sub else f"{n} ({p}) – {v1}"
                for n, sub, p, v1, _ in VOTERS
            ],
            RESULT1,
            *BESLUT,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
]

#: Negatives a reader does not count, and a voteringslista printed as a bilaga after the last §.
CASES += [
    Case(
        "chair_changes_order",
        [
            "# Yrkanden",
            "Ordföranden föreslår att ärendet behandlas efter § 43. Kommunstyrelsen godkänner förslaget.",
            "Ivar Lund (S) yrkar bifall till arbetsutskottets förslag.",
            *BESLUT,
        ],
        {("Ivar Lund", "proposed")},
    ),
    Case(
        "no_reservations",
        [
            "# Yrkanden",
            "Ivar Lund (S) yrkar bifall.",
            *BESLUT,
            "# Reservationer",
            "Inga reservationer anmäls.",
        ],
        {("Ivar Lund", "proposed")},
    ),
    Case(
        "vote_list_in_bilaga",
        [
            "# Yrkanden",
            "Carl Holm (M) yrkar avslag på arbetsutskottets förslag.",
            "# Omröstning",
            PROPOSITION,
            "Omröstningen redovisas i bilaga 1. " + RESULT1,
            *BESLUT,
            BILAGA,
        ],
        {("Carl Holm", "proposed")},
        _want_votes(1),
    ),
]

#: Other people named in a reservation's or a note's text, the chair by office, an earlier body's yrkande.
CASES += [
    Case(
        "reservation_names_another",
        [
            *BESLUT,
            "# Reservation",
            "Dora Lind (SD) reserverar sig mot beslutet till förmån för Carl Holms (M) yrkande.",
        ],
        # "Carl Holms (M) yrkande" says he made one (`indexer.entities.actions`); he reserved nothing
        {("Dora Lind", "reserved"), ("Carl Holm", "proposed")},
    ),
    Case(
        "note_names_another",
        [
            *BESLUT,
            "# Protokollsanteckning",
            "Eva Sand (MP): Vi delar inte Carl Holms (M) bedömning av kostnaden.",
        ],
        {("Eva Sand", "protocol_note")},
    ),
    Case(
        "chair_by_office",
        [
            "# Yrkanden",
            "Ordföranden yrkar bifall till arbetsutskottets förslag.",
            "Vice ordföranden yrkar avslag.",
            *BESLUT,
        ],
        {("Anna Ek", "proposed"), ("Bo Berg", "proposed")},
    ),
    Case(
        "decision_names_people",
        [
            "# Beslut",
            "Kommunstyrelsen beslutar att ge Carl Holm (M) och Dora Lind (SD) i uppdrag att följa arbetet.",
            "Fredrik Ahl (C) anmäler jäv och deltar inte i handläggningen.",
        ],
        set(),
    ),
]

#: A proposer alone on a line under the heading, the yrkande's text below.
CASES += [
    Case(
        "yrkande_name_line_then_text",
        ["# Yrkande", "Carl Holm (M)", "Bifall till motionen.", *BESLUT],
        {("Carl Holm", "proposed")},
    ),
]

KINDS = ("proposed", "reserved", "protocol_note")
TITLE = "Motion om cykelvägar"
BEFORE = ["§ 41 Val av justerare", "Carl Holm (M) utses att justera protokollet."]
AFTER = [
    "§ 43 Anmälan av delegationsbeslut",
    "Kommunstyrelsen lägger delegationsbesluten till handlingarna.",
    "",
    "Justerandes signatur",
    "Anna Ek, ordförande          Carl Holm, justerare",
]
RUNNING = "Testkommun Protokoll Kommunstyrelsen 2026-05-12"


def _lines(case: Case) -> list[Block]:
    """The whole document as blocks: the head, § 41, the case's § 42, § 43 and the signatures (then a
    voteringslista in a bilaga, where the case's § says so)."""
    body = [b for b in case.body if b is not BILAGA]
    tail: list[Block] = (
        [PAGE, "# Bilaga 1 till § 42, voteringslista", _table(1)] if BILAGA in case.body else []
    )
    return [*HEAD, "", *BEFORE, "", f"§ 42 {TITLE}", "Dnr KS 2026/17", "", *body, "", *AFTER, *tail]


def _cell_widths(table: list[list[str]]) -> list[int]:
    return [max(len(row[k]) if k < len(row) else 0 for row in table) + 3 for k in range(len(table[0]))]


def render_txt(case: Case) -> str:
    """A text export: headings as plain lines, tables as columns aligned with spaces, a form feed and the
    running header at each page break."""
    out: list[str] = [RUNNING, ""]
    widths: list[int] = []
    for block in _lines(case):
        if isinstance(block, list):
            # a table going on after a page break keeps its columns where they were (set for all its rows)
            if block[0][0] == "Ledamot" or not widths:
                rows = [
                    r for b in _lines(case) if isinstance(b, list) and len(b[0]) == len(block[0]) for r in b
                ]
                widths = _cell_widths(rows)
            out += ["".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in block]
        elif block == PAGE:
            out.append(f"\f{RUNNING}\n")
        else:
            out.append(block.removeprefix("# "))
    return "\n".join(out).replace("\n\f", "\f") + "\n"


class _Pdf:
    """A two-column protocol page: the § number in a narrow left column, its title and text to the right."""

    LEFT, RIGHT, WIDTH = 15.0, 45.0, 150.0

    def __init__(self) -> None:
        self.pdf = FPDF(unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
        self.pdf.add_font("S", "B", _FONTS + "DejaVuSans-Bold.ttf")
        self.page = 0
        self.y = 0.0
        self.widths: list[float] = []
        self.new_page()

    def new_page(self) -> None:
        self.pdf.add_page()
        self.page += 1
        self.pdf.set_font("S", "", 8)
        self.pdf.text(self.LEFT, 12, RUNNING)
        self.pdf.text(190, 12, str(self.page))
        self.y = 25.0

    def room(self, h: float) -> None:
        if self.y + h > 280:
            self.new_page()

    def text(self, x: float, s: str, *, bold: bool = False, width: float | None = None) -> None:
        self.pdf.set_font("S", "B" if bold else "", 10)
        self.pdf.set_xy(x, self.y)
        self.pdf.multi_cell(width or self.WIDTH, 5, s, new_x="LMARGIN", new_y="NEXT")
        self.y = self.pdf.get_y()

    def table(self, rows: list[list[str]]) -> None:
        # a table going on after a page break keeps its columns where they were
        if rows[0][0] == "Ledamot" or not self.widths:
            self.widths = [max(len(r[k]) for r in rows) * 2.0 + 4 for k in range(len(rows[0]))]
        widths = self.widths
        for row in rows:
            self.room(6)
            x = self.RIGHT
            for cell, w in zip(row, widths, strict=False):
                if cell:
                    self.pdf.set_font(
                        "S", "B" if row is rows[0] and cell[:1].isupper() and cell in _LABELS else "", 9
                    )
                    self.pdf.text(x + (w / 2 - 1 if cell == "X" else 0), self.y + 4, cell)
                x += w
            self.y += 6


_LABELS = {"Ledamot", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"}


def render_pdf(case: Case) -> bytes:
    doc = _Pdf()
    head = True
    for block in _lines(case):
        if isinstance(block, list):
            doc.table(block)
        elif block == PAGE:
            doc.new_page()
        elif not block:
            doc.y += 3
        elif block.startswith("§ "):
            head = False
            doc.room(20)
            number, title = block.split(" ", 2)[1], block.split(" ", 2)[2]
            doc.pdf.set_font("S", "B", 11)
            doc.pdf.text(doc.LEFT, doc.y + 4, f"§ {number}")
            doc.text(doc.RIGHT, title, bold=True)
        else:
            doc.room(10)
            x = doc.LEFT if head else doc.RIGHT
            doc.text(
                x, block.removeprefix("# "), bold=block.startswith("# "), width=None if not head else 180
            )
    return bytes(doc.pdf.output())


def render_docx(case: Case, path: Path) -> None:
    doc = Document()
    for block in _lines(case):
        if isinstance(block, list):
            table = doc.add_table(rows=len(block), cols=len(block[0]))
            for r, row in enumerate(block):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif block == PAGE:
            doc.add_page_break()
        elif block.startswith(("# ", "§ ")):
            doc.add_paragraph().add_run(block.removeprefix("# ")).bold = True
        else:
            doc.add_paragraph(block)
    doc.save(str(path))


FORMATS = ("txt", "pdf", "docx")


def extract(case: Case, fmt: str, tmp: Path) -> Extraction:
    path = tmp / f"testkommun_kommunstyrelsen_2026-05-12_protokoll_{case.name}.{fmt}"
    if fmt == "txt":
        path.write_text(render_txt(case), encoding="utf-8")
    elif fmt == "pdf":
        path.write_bytes(render_pdf(case))
    else:
        render_docx(case, path)
    return extract_file(path)


def got(ex: Extraction) -> tuple[dict[str | None, set[tuple[str, str]]], set[tuple[int, str, str]]]:
    """The decision actions per item number, and the votes of § 42."""
    acts = {
        it.number: {(a.person or f"party:{a.party}", a.kind) for a in it.actions if a.kind in KINDS}
        for it in ex.items
    }
    votes = {(v.round, v.person, v.vote) for it in ex.items if it.number == "§42" for v in it.votes}
    return acts, votes


def check(case: Case, ex: Extraction) -> bool:
    acts, votes = got(ex)
    want = {"§41": set(), "§42": case.acts, "§43": set()}
    return acts == want and votes == case.votes


def main() -> None:
    names = sys.argv[1:]
    ok = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            if names and case.name not in names:
                continue
            for fmt in FORMATS:
                ex = extract(case, fmt, Path(tmp))
                good = check(case, ex)
                ok += good
                total += 1
                print(f"{'OK ' if good else 'BAD'} {case.name:38} {fmt}")
                if not good:
                    acts, votes = got(ex)
                    print(f"      acts {acts}")
                    if votes != case.votes:
                        print(
                            f"      votes missing {sorted(case.votes - votes)[:6]}"
                            f" extra {sorted(votes - case.votes)[:6]}"
                        )
    print(f"{ok}/{total}")


if __name__ == "__main__":
    main()
