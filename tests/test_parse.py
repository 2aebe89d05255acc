"""Reading files: formats, encodings and every kind of bad input (indexer.read.parse, indexer.read.clean)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from indexer.read.clean import clean_text
from indexer.read.parse import ParseError, read_document

SWEDISH = "Sammanträde – ”Årsredovisning” för Älvsbyn, Öckerö och Åre: å ä ö Å Ä Ö é"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _minimal_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF with a Helvetica text layer (WinAnsi = cp1252 bytes)."""

    def esc(s: str) -> bytes:
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = b"BT /F1 12 Tf 72 720 Td 16 TL " + b" ".join(b"(" + esc(s) + b") Tj T*" for s in lines) + b" ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --- bad input: each kind has its own one-line reason -------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="empty file"):
        read_document(_write(tmp_path, "a.txt", b""))


def test_whitespace_only(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="empty"):
        read_document(_write(tmp_path, "a.txt", b" \n\t\r\n  "))


def test_binary_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="binary"):
        read_document(_write(tmp_path, "a.txt", bytes(range(256)) * 4))


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    data = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 50
    with pytest.raises(ParseError, match="binary"):
        read_document(_write(tmp_path, "a.txt", data))


def test_corrupt_pdf(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="truncated PDF"):
        read_document(_write(tmp_path, "a.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage"))
    with pytest.raises(ParseError, match="corrupt PDF"):
        read_document(_write(tmp_path, "c.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n"))
    with pytest.raises(ParseError, match="not a PDF"):
        read_document(_write(tmp_path, "b.pdf", b"this is not a pdf at all"))


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no text layer"):
        read_document(_write(tmp_path, "scan.pdf", _minimal_pdf([])))


def test_corrupt_docx(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="corrupt docx"):
        read_document(_write(tmp_path, "a.docx", b"PK\x03\x04 not really a zip"))


def test_too_large(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="too large"):
        read_document(_write(tmp_path, "a.txt", b"Protokoll " * 20), max_bytes=100)


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = _write(tmp_path, "a.txt", b"Protokoll")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)  # root ignores chmod, so simulate the OS refusing
    with pytest.raises(ParseError, match="permission denied"):
        read_document(p)


def test_not_a_file_and_missing(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="not a regular file"):
        read_document(tmp_path)
    with pytest.raises(ParseError, match="not found"):
        read_document(tmp_path / "nope.txt")


def test_unsupported_extension(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match=r"unsupported file type \.xlsx"):
        read_document(_write(tmp_path, "a.xlsx", b"PK\x03\x04"))
    with pytest.raises(ParseError, match=r"\.doc"):
        read_document(_write(tmp_path, "a.doc", b"\xd0\xcf\x11\xe0"))


def test_reason_is_one_line(tmp_path: Path) -> None:
    for name, data in [("a.txt", b""), ("a.pdf", b"junk"), ("a.docx", b"junk"), ("a.bin", b"x")]:
        with pytest.raises(ParseError) as e:
            read_document(_write(tmp_path, name, data))
        assert "\n" not in str(e.value) and str(e.value)


# --- encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SWEDISH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SWEDISH.encode("utf-8"), "utf-8-sig"),
        (SWEDISH.encode("cp1252"), "cp1252"),
        (SWEDISH.replace("–", "-").replace("”", '"').encode("latin-1"), "latin-1"),
        (SWEDISH.encode("utf-16"), "utf-16"),
    ],
)
def test_swedish_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    src = read_document(_write(tmp_path, "a.txt", data))
    assert src.encoding == encoding
    assert "Årsredovisning" in src.text and "å ä ö Å Ä Ö" in src.text and "Öckerö" in src.text
    if encoding != "latin-1":
        assert "–" in src.text and "”" in src.text
    assert src.sha256 == hashlib.sha256(data).hexdigest()
    assert src.n_bytes == len(data)


def test_markdown_kept_as_text(tmp_path: Path) -> None:
    src = read_document(_write(tmp_path, "a.md", "# Protokoll\n\n**Ärende:** Nämnden\n".encode()))
    assert src.fmt == "md" and "**Ärende:** Nämnden" in src.text


# --- formats -------------------------------------------------------------------------------------


def test_html_chrome_removed(tmp_path: Path) -> None:
    html = """<html><head><title>t</title><style>p {color: red}</style><script>var x=1;</script></head>
    <body><a class="skip-link" href="#main">Hoppa över navigering</a>
    <header><nav><ul><li>Start</li><li>Politik</li></ul></nav></header>
    <main><h1>Protokoll SVOM</h1>
    <ul><li>Ordföranden öppnar mötet.</li><li><p>§ 29</p><p>Val av justerare</p></li></ul>
    <table><tr><td>1</td><td>Mötet öppnas</td></tr></table></main>
    <div id="cookie-banner">Vi använder cookies för att förbättra webbplatsen.</div>
    <footer>Kontakta regionen</footer><p>Hoppa över navigering</p></body></html>"""
    src = read_document(_write(tmp_path, "a.html", html.encode()))
    text = src.text
    assert src.fmt == "html"
    for chrome in ("Hoppa över", "cookies", "Kontakta regionen", "Politik", "var x", "color"):
        assert chrome not in text
    assert "Protokoll SVOM" in text
    assert "• Ordföranden öppnar mötet." in text  # list items stay bullet lines
    assert "• § 29" in text and "Val av justerare" in text
    assert "1\tMötet öppnas" in text


def test_pdf_text_layer(tmp_path: Path) -> None:
    lines = ["KUNGSBACKA KOMMUN", "§ 12 Dnr MH-2026-00037", "Förändring av ärendelista (Åsa)"]
    src = read_document(_write(tmp_path, "p.pdf", _minimal_pdf(lines)))
    assert src.fmt == "pdf"
    assert "<!-- sida 1 -->" in src.text
    for ln in lines:
        assert ln in src.text
    assert "<!-- sida" not in clean_text(src.text, fmt="pdf")


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Protokoll – Nämnden för Miljö & Hälsoskydd")
    d.add_paragraph("§ 12 Förändring av ärendelista")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "1", "Val av justerare"
    t.cell(1, 0).text, t.cell(1, 1).text = "2", "Årsredovisning"
    p = tmp_path / "a.docx"
    d.save(str(p))
    src = read_document(p)
    assert src.fmt == "docx"
    assert "Protokoll – Nämnden för Miljö & Hälsoskydd" in src.text
    assert "§ 12 Förändring av ärendelista" in src.text
    assert "1\tVal av justerare" in src.text and "2\tÅrsredovisning" in src.text


def test_sniffs_format_without_extension(tmp_path: Path) -> None:
    assert read_document(_write(tmp_path, "noext", _minimal_pdf(["Hej"]))).fmt == "pdf"
    assert read_document(_write(tmp_path, "noext2", b"<html><body><p>Hej</p></body></html>")).fmt == "html"
    assert read_document(_write(tmp_path, "noext3", "Protokoll å".encode())).fmt == "txt"


# --- page chrome ---------------------------------------------------------------------------------


def test_clean_removes_running_headers_and_signature_lines() -> None:
    pages = []
    for n in range(1, 5):
        pages.append(
            f"<!-- sida {n} -->\n\nKOMMUN X  SAMMANTRÄDESPROTOKOLL  {n} (4)\n"
            "Nämnden för Test\nDatum\n2025-01-01\n\n"
            f"§ {n} Dnr T-2025-0000{n}\nRubrik nummer {n}\n\nText {n}.\n\n"
            "Justerandes signatur\nUtdragsbestyrkande\n"
            "Det här dokumentet är digitalt signerat\nTransaktionsidentitet: ABC123\n"
            "[Tabell 1-1](x.tabeller/1-1.csv)\n"
        )
    out = clean_text("".join(pages))
    assert out.count("Nämnden för Test") == 1  # kept once, on the cover, for the metadata
    assert out.count("2025-01-01") == 1
    assert out.count("SAMMANTRÄDESPROTOKOLL") == 1
    for gone in (
        "2 (4)",
        "3 (4)",
        "Justerandes",
        "Utdragsbestyrkande",
        "digitalt signerat",
        "Transaktion",
        "Tabell",
        "sida",
    ):
        assert gone not in out
    for n in range(1, 5):  # headings at page tops differ per page: not headers
        assert f"§ {n} Dnr T-2025-0000{n}" in out and f"Text {n}." in out


def test_clean_keeps_markdown_table_headers() -> None:
    page = (
        "<!-- sida {n} -->\nKOMMUN X\n\n| | Ärende | Beteckning |\n| --- | --- | --- |\n"
        "| {n}. | Titel {n} | 2025-0000{n} |\n"
    )
    out = clean_text("".join(page.format(n=n) for n in range(1, 4)))
    assert out.count("| | Ärende | Beteckning |") == 3
    assert out.count("KOMMUN X") == 1


def test_clean_finds_pages_without_markers() -> None:
    # Text copied from a PDF without page markers: pages start at the numbered running header.
    text = "".join(
        f"KOMMUN X  SAMMANTRÄDESPROTOKOLL  {n} (3)\nNämnden för Test\nDatum\n2025-01-01\n\n"
        f"§ {n} Dnr T-2025-0000{n}\nRubrik {n}\n\nText {n}.\n\n"
        for n in range(1, 4)
    )
    out = clean_text(text)
    assert out.count("Nämnden för Test") == 1 and out.count("SAMMANTRÄDESPROTOKOLL") == 1
    assert all(f"Text {n}." in out and f"§ {n} Dnr" in out for n in range(1, 4))


def test_clean_drops_e_signature_certificate_pages() -> None:
    text = (
        "<!-- sida 1 -->\nKOMMUN X PROTOKOLL\n\n§ 1 Dnr T-2025-00001\nRubrik\n\nBeslut om saken.\n"
        "<!-- sida 2 -->\nUndertecknat    av följande personer\n\nLISA ANDERSSON\n"
        "Datum:  2025-10-07 19:10:41\n"
        "Underskriftstjänst:     twoday Underskriftstjänst\n"
        "<!-- sida 3 -->\nDokumentet   är signerat av Ciceron\n\nOrganisation: Kommun X\n"
    )
    out = clean_text(text)
    assert "Beslut om saken." in out
    for gone in ("LISA ANDERSSON", "Underskriftstjänst", "Organisation: Kommun X"):
        assert gone not in out


def test_docx_page_header_on_every_page_broken_by_hand(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    from indexer.extract import extract_file

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Sundsvalls kommun\tSAMMANTRÄDESPROTOKOLL"
    d.sections[0].header.add_paragraph("Barn- och utbildningsnämnden\tSammanträdesdatum 2026-06-10")
    d.add_paragraph("Sammanträdesprotokoll")
    d.add_paragraph("Plats och tid\tStadshuset, onsdagen den 10 juni 2026")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("§ 54\tVal av justerare")
    d.add_paragraph("Nämnden utser Johan Sund (M) att justera protokollet.")
    d.add_paragraph("§ 55\tInformation från förvaltningen")
    d.add_paragraph("Förvaltningschefen informerar.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("§ 56\tEkonomisk månadsrapport maj 2026\tBUN 2026/12 - 041")
    d.add_paragraph("Nämnden godkänner rapporten.")
    p = tmp_path / "protokoll.docx"
    d.save(str(p))
    src = read_document(p)
    assert src.text.startswith("<!-- sida 1 -->\n\nSundsvalls kommun\tSAMMANTRÄDESPROTOKOLL")
    assert src.text.count("Sundsvalls kommun") == 3 and "<!-- sida 3 -->" in src.text
    ex = extract_file(p)
    assert (ex.meta.organization, ex.meta.organ, ex.meta.date) == (
        "Sundsvalls kommun",
        "Barn- och utbildningsnämnden",
        "2026-06-10",
    )
    assert [(it.number, it.page) for it in ex.items] == [("§54", 2), ("§55", 2), ("§56", 3)]
    assert "Sundsvalls kommun" not in ex.items[-1].text  # the running header is not the body's


def test_docx_without_page_breaks_gets_its_header_once(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Tierps kommun\tProtokoll\tSida ()"
    d.add_paragraph("Samhällsbyggnadsnämnden")
    p = tmp_path / "a.docx"
    d.save(str(p))
    # one page as far as the file tells: its marker opens it, so its items are on page 1
    assert read_document(p).text == "<!-- sida 1 -->\n\nTierps kommun\tProtokoll\n\nSamhällsbyggnadsnämnden"


def test_the_items_of_a_docx_without_page_breaks_are_on_page_1(tmp_path: Path) -> None:
    import docx

    from indexer.extract import extract_file

    d = docx.Document()
    for line in ["Kallelse", "Kommunfullmäktige 2026-10-29", "§ 1 Val av justerare", "§ 2 Budget 2027"]:
        d.add_paragraph(line)
    p = tmp_path / "hoor_kommunfullmaktige_2026-10-29_kallelse.docx"
    d.save(str(p))
    assert [(it.number, it.page) for it in extract_file(p).items] == [("§1", 1), ("§2", 1)]
    empty = docx.Document()
    empty.save(str(tmp_path / "empty.docx"))
    with pytest.raises(ParseError):
        read_document(tmp_path / "empty.docx")  # an empty document stays empty: no page of its own


def test_html_letterhead_header_is_read_and_a_site_banner_is_not() -> None:
    """A <header> of plain lines is the minutes' letterhead; one with links is the site's banner."""
    from indexer.read.html import html_to_text

    page = (
        "<body><header><a href='/'>Start</a> <a href='/sok'>Sök</a></header>"
        "<header><p><strong>BOTKYRKA KOMMUN</strong><br>Samhällsbyggnadsnämnden</p>"
        "<p>PROTOKOLL<br>Sammanträdesdatum 2025-05-27</p></header><h1>Protokoll</h1></body>"
    )
    text = html_to_text(page)
    assert "BOTKYRKA KOMMUN\nSamhällsbyggnadsnämnden" in text
    assert "Sammanträdesdatum 2025-05-27" in text
    assert "Start" not in text


def test_html_label_value_rows_keep_their_br_lines() -> None:
    """An attendance cell with one person a <br> line stays one person a line."""
    from indexer.read.html import html_to_text

    page = (
        "<table><tr><th>Beslutande</th><td>Anna Ek (S), ordförande<br>Per Berg (M)</td></tr>"
        "<tr><td>1</td><td>Val<br>av justerare</td><td>KS 2025/1</td></tr></table>"
    )
    text = html_to_text(page)
    assert "Beslutande\tAnna Ek (S), ordförande\n\tPer Berg (M)" in text
    assert "1\tVal av justerare\tKS 2025/1" in text  # a wider row stays one line


def test_html_inline_element_set_apart_by_style_is_its_own_words() -> None:
    """A case number in a <small> a style sheet sets on a line of its own, glued in the markup to the
    title's last word, is read as words of its own (the title does not end in "…hamnenDiarienummer");
    a drop capital or a bold word inside a word stays one word."""
    from indexer.read.html import html_to_text

    page = (
        "<h3>Ärende 12. Detaljplan för Norra hamnen<small>Diarienummer BN 2026/44</small></h3>"
        "<p><b>K</b>ommunstyrelsen beslutar att <em>anta</em> planen.</p>"
    )
    text = html_to_text(page)
    assert "### Ärende 12. Detaljplan för Norra hamnen Diarienummer BN 2026/44" in text
    assert "Kommunstyrelsen beslutar att anta planen." in text
    cell = html_to_text("<table><tr><td>Ordförande</td><td> <span> Eva Lund</span> (C)</td></tr></table>")
    assert cell.strip() == "Ordförande\tEva Lund (C)"  # no space left at the cell's edge
