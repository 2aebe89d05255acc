"""Space-aligned plain-text kommunfullmäktige protokoll with a vote table, built the ways kommuner print
them in .txt exports, for `tests.test_votes_party_cells`: each shape knows its votes and parties."""

from __future__ import annotations

from dataclasses import dataclass

_FIRST_TEXT = """
Anna Erik Karin Lars Maria Johan Eva Per Lena Anders Sara Mikael Emma Jonas Helena Peter Sofia
Magnus Linda Daniel Ulla Bengt Ingrid Stefan Marie Göran Malin Henrik Camilla Thomas Åsa Fredrik
Birgitta Patrik Kristina Mats Elin Björn Ida Ola Hanna Niklas Jenny Gunnar Therese Kjell Monica
Roger Susanne Leif Agneta Jan Gunilla Håkan
"""
_FIRST = tuple(_FIRST_TEXT.split())
_LAST_TEXT = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström
Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson
Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Sundberg Nyström
Holmberg Strand
"""
_LAST = tuple(_LAST_TEXT.split())
_PARTIES = ("S", "M", "SD", "C", "V", "KD", "L", "MP")
_LONG = (
    "Anna-Karin Lindqvist Berglund",
    "Karl-Johan Sjöberg Wikström",
    "Ann-Charlotte Holmberg Nyström",
    "Carl-Magnus Fredriksson Lundgren",
    "Eva-Lena Gustafsson Sandberg",
)


@dataclass
class Shape:
    """How one table is printed."""

    party: str = "after"  # the party column "after" or "before" the name, or "none"
    align: str = "left"  # party codes "left", "centre" or "right" under "Parti"
    marks: str = "centre"  # marks under the vote headers
    subs: bool = False  # a tjänstgörande ersättare column between name and party
    sub_head: str = "Tjänstgörande ersättare"  # its header ("Tjg ers.": narrower than the names under it)
    sub_width: int = 26  # the ersättare column's width
    inline: bool = False  # "Anna Ek (Bo Berg)": the ersättare replaces the member in the name cell
    two_lines: bool = False  # "Omröstning § 45" over the column headers
    wide: bool = False  # "Ja-röst Nej-röst Avstår"
    long_names: bool = False  # names longer than the name column
    attendance: str = "bare"  # "bare", "comma" ("Anna Ek, S") or "column" ("Anna Ek      S")
    name_width: int = 26
    rows: int = 45


@dataclass
class Built:
    """A document and what it holds."""

    text: str
    parties: dict[str, str]  # who votes -> the party the table prints
    votes: dict[str, str]  # who -> ja / nej / avstår
    shifted: set[str]  # whose row a name longer than its column pushed right (marks under the next header)


def _people(n: int, long_names: bool) -> list[tuple[str, str]]:
    out = []
    for k in range(n):
        name = f"{_FIRST[k % len(_FIRST)]} {_LAST[(k * 7) % len(_LAST)]}"
        if long_names and k % 9 == 4:
            name = _LONG[(k // 9) % len(_LONG)]
        out.append((name, _PARTIES[(k * 3) % len(_PARTIES)] if k % 5 else _PARTIES[k % 3]))
    return out


def _place(text: str, width: int, align: str) -> str:
    if align == "right":
        return text.rjust(width)
    if align == "centre":
        return text.center(width)
    return text.ljust(width)


def _attendance(people: list[tuple[str, str]], how: str) -> list[str]:
    lines = ["Beslutande", ""]
    for name, party in people:
        if how == "comma":
            lines.append(f"{name}, {party}")
        elif how == "column":
            lines.append(f"{name:<34}{party}")
        else:
            lines.append(name)
    return lines


def build(shape: Shape) -> Built:
    """A protokoll whose attendance lists `shape.rows` members and whose § 45 holds their votes."""
    people = _people(shape.rows, shape.long_names)
    subs = {k: (f"{_FIRST[(k + 11) % len(_FIRST)]} {_LAST[(k * 3 + 5) % len(_LAST)]}") for k in (3, 17, 30)}
    labels = ["Ja-röst", "Nej-röst", "Avstår"] if shape.wide else ["Ja", "Nej", "Avstår"]
    width = shape.name_width
    header = "Ledamot".ljust(width)
    if shape.subs:
        header += shape.sub_head.ljust(shape.sub_width)
    party_head = "Parti   "
    head = header + party_head if shape.party == "after" else header
    if shape.party == "before":
        head = party_head + header
    vote_at = [len(head)]
    for label in labels[:-1]:
        vote_at.append(vote_at[-1] + len(label) + 3)
    head += "".join(label.ljust(len(label) + 3) for label in labels).rstrip()
    rows, parties, votes, shifted = [], {}, {}, set()
    for k, (name, party) in enumerate(people):
        voter = name
        cell = name
        sub = ""
        if k in subs:
            voter = subs[k]
            if shape.inline:
                cell = f"{subs[k]} ({name})"
            elif shape.subs:
                sub = subs[k]
            else:
                cell = subs[k]
        vote = ("ja", "nej", "avstår")[0 if k % 4 < 2 else (1 if k % 4 == 2 else 2 - (k % 8 == 3))]
        line = cell.ljust(width) if len(cell) < width else cell + "  "
        if len(cell) >= width:
            shifted.add(voter)
        if shape.subs:
            line += sub.ljust(shape.sub_width) if len(sub) < shape.sub_width else sub + "  "
            if len(sub) >= shape.sub_width:
                shifted.add(voter)
        code = _place(party, len("Parti"), shape.align) + "   "
        if shape.party == "after":
            line += code
        elif shape.party == "before":
            line = code + line
        line = line.ljust(vote_at[0])
        j = ("ja", "nej", "avstår").index(vote)
        line = line.ljust(vote_at[j]) + _place("X", len(labels[j]), shape.marks)
        rows.append(line.rstrip())
        parties[voter], votes[voter] = party, vote
    above = ["Omröstning § 45", ""] if shape.two_lines else []
    text = "\n".join(
        [
            "PROTOKOLL",
            "Kommunfullmäktige",
            "Sammanträdesdatum 2026-03-25",
            "",
            "Plats och tid  Stadshuset, kl. 18.30–21.15",
            "",
            *_attendance(people, shape.attendance),
            "",
            "Tjänstgörande ersättare",
            "",
            *subs.values(),
            "",
            "Övriga närvarande  Ulrika Hedman, kommunsekreterare",
            "",
            "§ 44 Val av justerare",
            "",
            "Kommunfullmäktige beslutar att utse Lena Berg och Per Holm att justera protokollet.",
            "",
            "§ 45 Budget 2027 och plan 2028–2029",
            "",
            "Ordföranden ställer proposition på kommunstyrelsens förslag och finner det bifallet.",
            "Omröstning begärs. Ja-röst för kommunstyrelsens förslag, nej-röst för avslag.",
            "",
            *above,
            head,
            *rows,
            "",
            "Med 24 ja-röster mot 12 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag.",
            "",
            "§ 46 Avslutning",
            "",
            "Ordföranden förklarar sammanträdet avslutat.",
            "",
        ]
    )
    return Built(text, parties, votes, shifted)
