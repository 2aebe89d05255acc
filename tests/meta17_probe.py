"""An invented probe of metadata forms (session 17, written before the rules), each in PDF, Word, HTML, text.

- A date printed only as day/month and year: "3/11 2026" in the running header, the "Plats och tid" line,
  "Sammanträdesdatum"; never a case number ("Dnr 2026/31"), a fraction ("2/3 av ledamöterna") or a day
  and month without a year in running text ("mötet 3/11").
- An organ's name wrapping onto a second header line after "och"/"för": "Gemensamma överförmyndarnämnden
  för Vimby och" / "Dalby"; the organ is the whole name the document prints.
- A län named as a place ("nämnder i Jämtlands län och Västernorrlands län") is no region the document
  names; the region's own name ("Region Västernorrland") or a län as the subject of a sentence is.
- The organ on one line with its date, time and place: "Kommunala pensionärsrådet (KPR), 2026-03-12,
  kl. 09.30–11.40, Vimby kommunhus, Aulan".
- "Protokoll från direktionen i Räddningstjänsten X": a kommunalförbund's direktion, its organization the
  förbund (as kommuner60's gold: organ "Direktionen", organization the förbund's name).

The kommuner are real places (the gazetteer knows them); the bodies, people and förbund are invented.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from fpdf import FPDF

_FONTS = "/usr/share/fonts/truetype/dejavu/"
MARKUPS = ("txt", "pdf", "docx", "html")

#: A header line: one cell, or (left, right) printed as two columns.
Head = str | tuple[str, str]


@dataclass
class Case:
    """One document: its running header, its pages' text and what its metadata must be."""

    name: str
    head: list[Head]
    pages: list[list[str]]
    want: dict[str, object] = field(default_factory=dict)  # organ, date, organization, regions


PAGE_TWO = [
    "§ 2 Budgetuppföljning 2026",
    "Ekonomichef Ola Svensson föredrar ärendet.",
    "Beslut",
    "Informationen läggs till handlingarna.",
]
PAGE_THREE = [
    "§ 3 Delegationsbeslut",
    "Förteckning över delegationsbeslut anmäls.",
    "Beslut",
    "Delegationsbesluten läggs till handlingarna.",
]


def _attendance(place_time: str) -> list[str]:
    return [
        f"Plats och tid: {place_time}",
        "Beslutande",
        "Anna Berg (S), ordförande",
        "Per Lind (M)",
        "Karin Sand (C)",
        "Justerare: Per Lind (M)",
        "",
        "§ 1 Val av justerare",
        "Per Lind (M) utses att jämte ordföranden justera protokollet.",
    ]


def _slash_dates() -> list[Case]:
    organ = "Bygg- och miljönämnden"
    want = {"organ": organ, "date": "2026-11-03", "organization": "Hultsfreds kommun"}
    body = _attendance("Kommunhuset Hultsfred, 3/11 2026 kl. 08.30–12.15")
    case_nos = [*PAGE_TWO[:1], "Dnr 2026/31", *PAGE_TWO[1:], "Två tredjedelar (2/3) av ledamöterna deltog."]
    return [
        Case(
            "slash/running",
            [("HULTSFREDS KOMMUN", organ), ("", "Protokoll"), ("", "3/11 2026")],
            [body, case_nos, PAGE_THREE],
            want,
        ),
        Case(
            "slash/place-line",
            [("HULTSFREDS KOMMUN", "Protokoll"), organ],
            [body, case_nos, PAGE_THREE],
            want,
        ),
        Case(
            "slash/label",
            [("HULTSFREDS KOMMUN", "Protokoll"), (organ, "Sammanträdesdatum 3/11 2026")],
            [_attendance("Kommunhuset Hultsfred, kl. 08.30–12.15"), case_nos, PAGE_THREE],
            want,
        ),
        Case(
            "slash/one-digit",
            [("HULTSFREDS KOMMUN", organ), ("", "Protokoll 4/2 2026")],
            [_attendance("Kommunhuset Hultsfred, kl. 08.30"), case_nos, PAGE_THREE],
            {**want, "date": "2026-02-04"},
        ),
        # Against: the date is ISO; a day and month without a year in the text is another day.
        Case(
            "slash/iso-with-day-month",
            [("HULTSFREDS KOMMUN", organ), ("", "Protokoll 2026-11-03")],
            [
                _attendance("Kommunhuset Hultsfred, kl. 08.30"),
                [*case_nos, "Nämnden beslutade 3/11 att skjuta upp ärendet till mötet 24/11."],
                PAGE_THREE,
            ],
            want,
        ),
        # Against: only a day and month in running text and a case number: no date is printed.
        Case(
            "slash/no-year",
            [("HULTSFREDS KOMMUN", organ), ("", "Protokoll")],
            [
                [*_attendance("Kommunhuset Hultsfred, kl. 08.30"), "Nämnden träffades 3/11 på plats."],
                [
                    "§ 2 Budget",
                    "Dnr BMN 12/2026",
                    "Nämnden godkänner 3/4 av budgeten.",
                    "Beslut",
                    "Godkänns.",
                ],
                PAGE_THREE,
            ],
            {**want, "date": None},
        ),
    ]


def _wrapped_organs() -> list[Case]:
    out = []
    for k, (first, second, kommun) in enumerate(
        [
            ("Gemensamma överförmyndarnämnden för Bräcke och", "Ragunda", "Bräcke kommun"),
            ("Gemensamma lönenämnden för Vimmerby, Hultsfred och", "Kinda", "Vimmerby kommun"),
            ("Gemensamma nämnden för familjerätt i", "Östersund och Krokom", "Östersunds kommun"),
        ]
    ):
        organ = f"{first} {second}"
        want = {"organ": organ, "date": "2026-10-21", "organization": kommun}
        body = _attendance("Kommunhuset, onsdag 2026-10-21, kl. 13:00–15:30")
        out.append(
            Case(
                f"wrap/{k}/beside-date",
                [(kommun, "PROTOKOLL"), (first, "Sammanträdesdatum: 2026-10-21"), second],
                [[first, second, *body], PAGE_TWO, PAGE_THREE],
                want,
            )
        )
        out.append(Case(f"wrap/{k}/alone", [kommun, first, second], [body, PAGE_TWO, PAGE_THREE], want))
    # Against: an attendance label ending on "och" above a name is no organ.
    out.append(
        Case(
            "wrap/against-label",
            [("Bräcke kommun", "PROTOKOLL"), ("Kommunstyrelsen", "2026-10-21")],
            [
                ["Närvarande ledamöter och", "Anna Berg (S), ordförande", *_attendance("Kommunhuset")[2:]],
                PAGE_TWO,
                PAGE_THREE,
            ],
            {"organ": "Kommunstyrelsen", "date": "2026-10-21", "organization": "Bräcke kommun"},
        )
    )
    return out


def _regions() -> list[Case]:
    head: list[Head] = [("Bräcke kommun", "PROTOKOLL"), ("Kommunstyrelsen", "2026-10-21")]
    base = {"organ": "Kommunstyrelsen", "date": "2026-10-21", "organization": "Bräcke kommun"}
    body = _attendance("Kommunhuset, 2026-10-21, kl. 13:00")
    place = [
        "§ 2 Jämförelse av kostnader",
        "Kostnaden jämförs med överförmyndarnämnder i Jämtlands län och Västernorrlands län.",
        "Beslut",
        "Informationen läggs till handlingarna.",
    ]
    named = [
        "§ 2 Avtal om hjälpmedel",
        "Avtalet tecknas med Region Jämtland Härjedalen och Region Västernorrland.",
        "Beslut",
        "Avtalet godkänns.",
    ]
    subject = [
        "§ 2 Remiss om länsplan",
        "Västernorrlands län har remitterat en plan för kollektivtrafik till kommunen.",
        "Beslut",
        "Kommunstyrelsen yttrar sig enligt förslaget.",
    ]
    return [
        Case("region/in-lan", head, [body, place, PAGE_THREE], {**base, "regions": []}),
        Case(
            "region/named",
            head,
            [body, named, PAGE_THREE],
            {**base, "regions": ["Region Jämtland Härjedalen", "Region Västernorrland"]},
        ),
        Case(
            "region/subject",
            head,
            [body, subject, PAGE_THREE],
            {**base, "regions": ["Region Västernorrland"]},
        ),
    ]


def _organ_lines() -> list[Case]:
    out = []
    for k, (line, organ) in enumerate(
        [
            (
                "Kommunala pensionärsrådet (KPR), 2026-03-12, kl. 09.30–11.40, Ödeshögs kommunhus, Aulan",
                "Kommunala pensionärsrådet",
            ),
            (
                "Kommunala funktionshinderrådet, 2026-03-12 kl. 13.00, Stadshuset",
                "Kommunala funktionshinderrådet",
            ),
            ("Socialnämnden 12 mars 2026, kl. 09.00–12.00, Kommunhuset", "Socialnämnden"),
        ]
    ):
        want = {"organ": organ, "date": "2026-03-12", "organization": "Ödeshögs kommun"}
        notes = [
            "Närvarande",
            "Anna Berg (S), ordförande",
            "Per Lind, PRO Ödeshög",
            "",
            "Mötets öppnande",
            "Ordföranden hälsade alla välkomna och öppnade mötet.",
        ]
        doc_word = "Minnesanteckningar" if "råd" in organ else "Protokoll"
        out.append(
            Case(
                f"organ-line/{k}",
                [("ÖDESHÖGS KOMMUN", "Sida")],
                [
                    [doc_word, line, "", *notes],
                    ["Information", "Helena Tisell informerade."],
                    ["Nästa möte", "Nästa möte hålls i juni."],
                ],
                want,
            )
        )
    return out


def _direktion() -> list[Case]:
    out = []
    for k, (line, org) in enumerate(
        [
            ("Protokoll från direktionen i Räddningstjänsten Vimbydalen", "Räddningstjänsten Vimbydalen"),
            (
                "Protokoll från direktionen för Samordningsförbundet Norra Vimby",
                "Samordningsförbundet Norra Vimby",
            ),
            (
                "Protokoll fört vid sammanträde med direktionen i Räddningstjänsten Vimbydalen",
                "Räddningstjänsten Vimbydalen",
            ),
        ]
    ):
        want = {"organ": "Direktionen", "date": "2026-05-20", "organization": org}
        out.append(
            Case(
                f"direktion/{k}",
                [("PROTOKOLL", "2026-05-20")],
                [[line, *_attendance("Brandstationen, Lund, 2026-05-20 kl. 13.00")], PAGE_TWO, PAGE_THREE],
                want,
            )
        )
    return out


def cases() -> list[Case]:
    return [*_slash_dates(), *_wrapped_organs(), *_regions(), *_organ_lines(), *_direktion()]


def _cells(h: Head, sep: str) -> str:
    return h if isinstance(h, str) else sep.join(c for c in h if c)


class _Pdf(FPDF):
    def __init__(self, head: list[Head]) -> None:
        super().__init__(unit="mm", format="A4")
        self.head = head

    def header(self) -> None:
        for h in self.head:
            left, right = (h, "") if isinstance(h, str) else h
            self.cell(110, 5, left)
            self.cell(
                0,
                5,
                right.replace("Sida", f"Sida {self.page_no()}"),
                align="R",
                new_x="LMARGIN",
                new_y="NEXT",
            )
        self.ln(6)


def write(case: Case, markup: str, tmp: Path) -> Path:
    """The case's document in `markup`, written under `tmp`."""
    stem = case.name.replace("/", "_")
    path = tmp / f"{stem}_2026_protokoll.{markup}"
    n = len(case.pages)
    if markup == "txt":
        pages = []
        for i, page in enumerate(case.pages, 1):
            head = [_cells(h, "      ").replace("Sida", f"Sida {i} av {n}") for h in case.head]
            pages.append("\n".join([*head, "", *page]))
        path.write_text("\n\f".join(pages) + "\n", encoding="utf-8")
    elif markup == "pdf":
        pdf = _Pdf(case.head)
        pdf.add_font("S", "", _FONTS + "DejaVuSans.ttf")
        pdf.set_font("S", size=10)
        for page in case.pages:
            pdf.add_page()
            for line in page:
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        path.write_bytes(bytes(pdf.output()))
    elif markup == "docx":
        d = docx.Document()
        hdr = d.sections[0].header
        for j, h in enumerate(case.head):
            par = hdr.paragraphs[0] if j == 0 else hdr.add_paragraph()
            par.text = _cells(h, "\t").replace("Sida", "").strip()
        for i, page in enumerate(case.pages):
            for line in page:
                d.add_paragraph(line)
            if i < n - 1:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.save(str(path))
    else:
        # A web page's head in two blocks: the left column's lines, then the right column's.
        left = [h if isinstance(h, str) else h[0] for h in case.head]
        right = [h[1] for h in case.head if not isinstance(h, str)]
        head = "".join(
            "<p>" + "<br>".join(html.escape(c) for c in col if c) + "</p>" for col in (left, right)
        )
        body = "".join(f"<p>{html.escape(x)}</p>" for page in case.pages for x in page if x)
        path.write_text(f"<html><body><main>{head}{body}</main></body></html>", encoding="utf-8")
    return path


def misses(case: Case, markup: str, tmp: Path) -> list[str]:
    """The fields extraction gets wrong for the case in `markup` ([] when all are right)."""
    from indexer.extract import extract_file

    ex = extract_file(write(case, markup, tmp))
    got = {
        "organ": ex.meta.organ,
        "date": ex.meta.date,
        "organization": ex.meta.organization,
        "regions": ex.regions,
    }
    return [f"{k}={got[k]!r} (want {v!r})" for k, v in case.want.items() if got[k] != v]


if __name__ == "__main__":  # count: PYTHONPATH=$PWD python tests/meta17_probe.py
    import sys
    import tempfile
    from collections import Counter

    ok: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for c in cases():
            for m in MARKUPS:
                form = c.name.split("/")[0]
                total[form] += 1
                bad = misses(c, m, Path(tmp))
                ok[form] += not bad
                if bad and "-v" in sys.argv:
                    print("MISS", m, c.name, "; ".join(bad))
    for form in total:
        print(f"{form}: {ok[form]}/{total[form]}")
    print(f"all: {sum(ok.values())}/{sum(total.values())}")
