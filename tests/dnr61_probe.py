"""A probe: a document number in brackets after the case number, "PN 2026/17 (15)" (kommuner61).

Netpublicator and Platina print the number of the document within the case in brackets after it: "PN
2026/17 (15)", "RS 2026-00412 (3)", "Dnr 2026/41 (2)". A reader lists the whole as the item's number, as a
document number after a colon or a dash is kept ("KS 2024/123:12", "BUN 2026/0412-3"). Not one: a bracket
that holds a word, a year or a count ("KS 2026/41 (S)", "(2026)", "(2 st)"), a figure the sentence goes on
after ("KS 2026/41 (2) bilagor"), and the brackets of dates, phone numbers, page references ("Sida 2 (4)"),
SFS numbers, postal codes and kommun codes in an item's text. Every markup of `dnr60_probe`'s protocol and
`dnr_positions14_probe`'s agenda table. Every name, place and number is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import dnr_positions14_probe as p14
from dnr60_probe import _P, POSITIONS, protocol_docx, protocol_html, protocol_pdf
from dnr_positions14_probe import (
    _K,
    HEAD,
    SERIALS,
    TITLES,
    Heading,
    Variant,
    _file,
    agenda_want,
    kallelse_docx,
    kallelse_html,
    kallelse_pdf,
    kallelse_text,
    protocol_text,
    want,
)

from arkiv.evaluation.items import gold_dnr_key

Shape = Callable[[int], str]

#: The number with its document number in brackets, as a protocol prints it (label included).
SHAPES: dict[str, Shape] = {
    "slash": lambda n: f"PN 2026/{n} ({n % 9 + 1})",
    "dnr_slash": lambda n: f"Dnr PN 2026/{n} ({n % 9 + 10})",
    "dash": lambda n: f"RS 2026-{n:05d} ({n % 9 + 1})",
    "colon": lambda n: f"Dnr RUN/2026:{n} (4)",
    "series_after": lambda n: f"2026.{n:03d} KS (2)",
    "bare": lambda n: f"Dnr 2026/{n} (3)",
    "tight": lambda n: f"Dnr KS 2026/{n}(5)",
}
#: A bracket after the number that holds no document number: what the item keeps is the number alone.
NOT_DOCS: dict[str, tuple[Shape, Shape]] = {
    "party": (lambda n: f"KS 2026/{n} (S)", lambda n: f"KS 2026/{n}"),
    "year": (lambda n: f"KS 2026/{n} (2026)", lambda n: f"KS 2026/{n}"),
    "count": (lambda n: f"KS 2026/{n} (2 st)", lambda n: f"KS 2026/{n}"),
    "word": (lambda n: f"KS 2026/{n} (bilaga 2)", lambda n: f"KS 2026/{n}"),
    "sentence": (lambda n: f"KS 2026/{n} (2) bilagor", lambda n: f"KS 2026/{n}"),
    "pages": (lambda n: f"KS 2026/{n} (1/2)", lambda n: f"KS 2026/{n}"),
}
#: Brackets beside figures that are no case number, in an item's text.
LOOKALIKES = [
    "Ärendebeskrivning",
    "Beslutet fattades 2026-10-12 (3) med stöd av SFS 2017:725 (15) och lagen (2017:725).",
    "Frågor till 060-19 10 00 (växel) eller 851 80 Sundsvall (post), kommunkod 2281 (Sundsvall).",
    "Kostnaden är 2 026 000 kr (15 procent). Se sida 4 (6) och bilaga 2 (3).",
    "Tidigare beslut KS 2025/77 (4) gäller fortfarande.",
    "",
    "Beslut",
    "Nämnden beslutar att godkänna rapporten.",
]


def _bare(printed: str) -> str:
    """The number as a reader lists it (the label is dropped, as the scorer drops it)."""
    return printed.removeprefix("Dnr ")


def lookalike_text(heading: Heading, printed: Shape) -> str:
    out = list(HEAD)
    for i, title in enumerate(TITLES):
        own = printed(SERIALS[i]) if i < len(SERIALS) else ""
        out += [*heading(12 + i, title, own), "", *LOOKALIKES, ""]
    return "\n".join(out) + "\nJusterare: Per Holm\n"


def variants() -> list[Variant]:
    out: list[Variant] = []
    for sname, printed in SHAPES.items():
        w = want(lambda n, p=printed: _bare(p(n)))
        for pos in ("right", "below"):
            heading = POSITIONS[pos]
            out.append(Variant(f"txt/{pos}/{sname}", _file(_P, "txt", protocol_text(heading, printed)), w))
            out.append(Variant(f"pdf/{pos}/{sname}", _file(_P, "pdf", protocol_pdf(pos, printed)), w))
        for layout in ("table", "tab", "para"):
            write = _file(_P, "docx", lambda p, s=printed, la=layout: protocol_docx(p, s, la))
            out.append(Variant(f"docx/{layout}/{sname}", write, w))
        for layout in ("para", "table"):
            write = _file(_P, "html", lambda p, s=printed, la=layout: protocol_html(p, s, la))
            out.append(Variant(f"html/{layout}/{sname}", write, w))
        column = _bare_shape(printed)
        aw = agenda_want(column)
        out.append(Variant(f"kallelse-txt/{sname}", _file(_K, "txt", kallelse_text("Dnr", column)), aw))
        out.append(Variant(f"kallelse-pdf/{sname}", _file(_K, "pdf", kallelse_pdf("Dnr", column)), aw))
        write = _file(_K, "docx", lambda p, s=column: kallelse_docx(p, "Dnr", s))
        out.append(Variant(f"kallelse-docx/{sname}", write, aw))
        write = _file(_K, "html", lambda p, s=column: kallelse_html(p, "Dnr", s))
        out.append(Variant(f"kallelse-html/{sname}", write, aw))
        data = lookalike_text(POSITIONS["right"], printed)
        out.append(Variant(f"txt/lookalikes/{sname}", _file(_P, "txt", data), [*w[:3], []]))
    # every position of a text export `dnr_positions14_probe` knows (a bare number only where it reads one)
    for pos, heading in p14.POSITIONS.items():
        for sname in ("slash", "dash", "bare"):
            bare_ok = pos.startswith("label") or pos in (
                "layout_right",
                "layout_gap",
                "below_title",
                "sline_end",
            )
            if sname == "bare" and not bare_ok:
                continue
            shape = _bare_shape(SHAPES[sname])
            data = protocol_text(heading, shape)
            out.append(Variant(f"txt14/{pos}/{sname}", _file(_P, "txt", data), want(shape)))
    for sname, (printed, reader) in NOT_DOCS.items():
        w = want(reader)
        for pos in ("right", "below"):
            data = protocol_text(POSITIONS[pos], printed)
            out.append(Variant(f"txt/{pos}/not/{sname}", _file(_P, "txt", data), w))
    return out


def _bare_shape(printed: Shape) -> Shape:
    return lambda n: _bare(printed(n))


if __name__ == "__main__":  # count: PYTHONPATH=$PWD:tests python tests/dnr61_probe.py
    import tempfile

    from dnr_positions14_probe import result

    ok = 0
    vs = variants()
    with tempfile.TemporaryDirectory() as tmp:
        for v in vs:
            good, got, _ = result(v, Path(tmp))
            ok += good
            if not good:
                print("MISS", v.name, got, v.want)
    print(f"{ok}/{len(vs)}")
    print({k: gold_dnr_key(_bare(s(41))) for k, s in SHAPES.items()})
