"""The cases of `tests.decision_parts15_probe`: each a § 12 and a § 13 of an invented protocol, with what
a reader takes from them. Every case holds one cue Swedish minutes share, as several systems print it."""

from __future__ import annotations

from tests.decision_parts15_probe import HEAD_TABLE, PAGE, Case

_BESLUT = ["# Beslut", "Nämnden beslutar enligt förvaltningens förslag."]
_S13 = ["§ 13 Trafiksäkerhetsplan 2026", "Dnr TN 2026/20", *_BESLUT]

CASES = [
    Case(
        "justerare_valjs_tillsammans",
        ["§ 12 Gatubelysning", "Dnr TN 2026/10", *_BESLUT, *_S13],
        {"§12": set(), "§13": set()},
        first=[
            "§ 11 Val av justerare",
            "Carl Holm (M) väljs att tillsammans med ordföranden justera protokollet.",
        ],
    ),
    Case(
        "chair_procedural_proposal",
        [
            "§ 12 Godkännande av dagordning",
            "Ordföranden föreslår att ärendet om gatubelysning utgår från dagens sammanträde.",
            "Nämnden godkänner förslaget.",
            *_S13,
        ],
        {"§12": set(), "§13": set()},
    ),
    Case(
        "yrkanden_table",
        [
            "§ 12 Gatubelysning",
            "Dnr TN 2026/10",
            "# Yrkanden",
            [
                ["Yrkande av", "Yrkande"],
                ["Carl Holm (M)", "Bifall till förvaltningens förslag"],
                ["Dora Lind (SD)", "Avslag på förslaget"],
                ["Eva Sand (C)", "Instämmer i Dora Linds avslagsyrkande"],
                ["Bo Berg (V)", "Bifall till förvaltningens förslag"],
            ],
            *_BESLUT,
            *_S13,
        ],
        {
            "§12": {
                ("Carl Holm", "proposed"),
                ("Dora Lind", "proposed"),
                ("Eva Sand", "proposed"),
                ("Bo Berg", "proposed"),
            },
            "§13": set(),
        },
    ),
    Case(
        "note_two_signers_one_line",
        [
            "§ 12 Gatubelysning",
            "Dnr TN 2026/10",
            *_BESLUT,
            "# Protokollsanteckning",
            "Vi deltar inte i beslutet eftersom frågan bör avgöras i budgetarbetet.",
            "Dora Lind (SD)     Fredrik Ahl (KD)",
            *_S13,
        ],
        {"§12": {("Dora Lind", "protocol_note"), ("Fredrik Ahl", "protocol_note")}, "§13": set()},
    ),
    Case(
        "organ_dnr_second_line",
        [
            "§ 12 Yttrande över motion om gatubelysning",
            "Dnr 2026/10",
            "Kommunstyrelsens dnr KS 2026/198",
            *_BESLUT,
            "Frågan behandlades av fullmäktige 2023-04-24, § 52 (KS 2021/77).",
            *_S13,
        ],
        {"§12": set(), "§13": set()},
        dnr={"§12": ["2026/10", "KS 2026/198"], "§13": ["TN 2026/20"]},
    ),
    Case(
        "dnr_above_heading_page_top",
        [
            "TN 2026/10",
            "§ 12 Gatubelysning",
            *_BESLUT,
            PAGE,
            "TN 2026/20",
            "§ 13 Trafiksäkerhetsplan 2026",
            *_BESLUT,
        ],
        {"§12": set(), "§13": set()},
        dnr={"§12": ["TN 2026/10"], "§13": ["TN 2026/20"]},
    ),
    Case(
        "local_party_in_party_column",
        ["§ 12 Gatubelysning", "Dnr TN 2026/10", *_BESLUT, *_S13],
        {"§12": set(), "§13": set()},
        parties={"Gun Frost": "TF", "Dora Lind": "SD"},
        head=list(HEAD_TABLE),
    ),
]
