# Rendering helpers for build.py (text PDF via fpdf2, scanned PDF via Pillow).
import random
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/dejavu/"
PAGE_W, PAGE_H, MARG = 210, 297, 20

# Page spec: list of pages; page = list of lines:
#  ("H", text) heading 14 bold | ("B", text) bold 11 | ("N", text) normal wrapping | ("I", text) indented
#  ("G",) gap | ("C", [(x_mm, text, bold), ...]) one line with columns | ("T", widths_mm, rows, bold_first_row)
# header(i, n) -> list of ("C", ...) lines printed at the top of every page; footer likewise.

SIZES = {"H": 14, "B": 11, "N": 10.5, "I": 10.5, "C": 10.5, "T": 10}


def pdf_text(path, pages, header, footer=None, serif=False):
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    fam = "S"
    pdf.add_font(fam, "", FD + ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf"))
    pdf.add_font(fam, "B", FD + ("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf"))
    pdf.set_margins(MARG, MARG, MARG)
    n = len(pages)
    for i, page in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_y(12)
        for ln in header(i, n):
            _pdf_line(pdf, fam, ln)
        pdf.set_y(max(pdf.get_y(), 30))
        for ln in page:
            _pdf_line(pdf, fam, ln)
            if pdf.get_y() > PAGE_H - 18:
                raise SystemExit(f"overflow {path} page {i}: {ln}")
        if footer:
            pdf.set_y(PAGE_H - 14)
            for ln in footer(i, n):
                _pdf_line(pdf, fam, ln)
    pdf.output(path)


def _pdf_line(pdf, fam, ln):
    k = ln[0]
    W = PAGE_W - 2 * MARG
    if k == "G":
        pdf.ln(4)
        return
    if k in ("H", "B", "N", "I"):
        pdf.set_font(fam, "B" if k in ("H", "B") else "", SIZES[k])
        h = SIZES[k] * 0.5
        x = MARG + (10 if k == "I" else 0)
        pdf.set_x(x)
        pdf.multi_cell(W - (x - MARG), h, ln[1], new_x="LMARGIN", new_y="NEXT")
        return
    if k == "C":
        y = pdf.get_y()
        for x, t, b in ln[1]:
            pdf.set_font(fam, "B" if b else "", SIZES["C"])
            pdf.set_xy(MARG + x, y)
            pdf.cell(0, 5.5, t)
        pdf.set_xy(MARG, y + 5.5)
        return
    if k == "T":
        widths, rows, bold_first = ln[1], ln[2], ln[3]
        for r, row in enumerate(rows):
            y = pdf.get_y()
            pdf.set_font(fam, "B" if (bold_first and r == 0) else "", SIZES["T"])
            # row height from the tallest cell
            hs = []
            for w, t in zip(widths, row):
                lines = pdf.multi_cell(w, 5, t, dry_run=True, output="LINES")
                hs.append(max(1, len(lines)) * 5)
            h = max(hs) + 1
            x = MARG
            for w, t in zip(widths, row):
                pdf.rect(x, y, w, h)
                pdf.set_xy(x + 0.5, y + 0.5)
                pdf.multi_cell(w - 1, 5, t)
                x += w
            pdf.set_xy(MARG, y + h)
        return
    raise ValueError(k)


# ---------------------------------------------------------------- scanned
DPI = 300
MM = DPI / 25.4


def _font(pt, bold=False):
    return ImageFont.truetype(FD + ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"), int(pt * DPI / 72))


def _wrap(draw, text, font, width):
    words, out, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def pdf_scanned(path, pages, header, footer=None, seed=1):
    rnd = random.Random(seed)
    imgs = []
    n = len(pages)
    Wpx, Hpx = int(PAGE_W * MM), int(PAGE_H * MM)
    for i, page in enumerate(pages, 1):
        img = Image.new("L", (Wpx, Hpx), 255)
        d = ImageDraw.Draw(img)
        y = [12 * MM]

        def line(ln):
            k = ln[0]
            W = (PAGE_W - 2 * MARG) * MM
            if k == "G":
                y[0] += 4 * MM
                return
            if k in ("H", "B", "N", "I"):
                f = _font(SIZES[k] + 0.5, k in ("H", "B"))
                x = (MARG + (10 if k == "I" else 0)) * MM
                for t in _wrap(d, ln[1], f, W - (x - MARG * MM)):
                    d.text((x, y[0]), t, font=f, fill=20)
                    y[0] += SIZES[k] * 0.52 * MM
                return
            if k == "C":
                for x, t, b in ln[1]:
                    d.text(((MARG + x) * MM, y[0]), t, font=_font(SIZES["C"] + 0.5, b), fill=20)
                y[0] += 5.8 * MM
                return
            if k == "T":
                widths, rows, bold_first = ln[1], ln[2], ln[3]
                for r, row in enumerate(rows):
                    f = _font(SIZES["T"] + 1, bold_first and r == 0)
                    cells = [_wrap(d, t, f, (w - 2) * MM) if t else [""] for w, t in zip(widths, row)]
                    h = max(len(c) for c in cells) * 5.4 * MM + 1.5 * MM
                    x = MARG * MM
                    for w, c in zip(widths, cells):
                        d.rectangle([x, y[0], x + w * MM, y[0] + h], outline=40, width=3)
                        yy = y[0] + 0.8 * MM
                        for t in c:
                            d.text((x + 1 * MM, yy), t, font=f, fill=20)
                            yy += 5.4 * MM
                        x += w * MM
                    y[0] += h
                return
            raise ValueError(k)

        for ln in header(i, n):
            line(ln)
        y[0] = max(y[0], 30 * MM)
        for ln in page:
            line(ln)
            if y[0] > (PAGE_H - 18) * MM:
                raise SystemExit(f"overflow {path} page {i}: {ln}")
        if footer:
            y[0] = (PAGE_H - 14) * MM
            for ln in footer(i, n):
                line(ln)
        # speckle
        px = img.load()
        for _ in range(2500):
            sx, sy = rnd.randrange(Wpx), rnd.randrange(Hpx)
            px[sx, sy] = rnd.randrange(150, 215)
        for _ in range(60):
            sx, sy = rnd.randrange(Wpx - 4), rnd.randrange(Hpx - 4)
            d.ellipse([sx, sy, sx + rnd.randrange(2, 5), sy + rnd.randrange(2, 5)], fill=rnd.randrange(160, 210))
        ang = rnd.uniform(-0.7, 0.7)
        img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
        imgs.append(img.convert("RGB"))
    imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=DPI)

OUT = "/work/gold/kommuner63/"
def A(person, item, kind):
    return dict(person=person, item=item, kind=kind)
def AP(party, item, kind):
    return dict(person=None, party=party, item=item, kind=kind)
def union(items):
    out = []
    for it in items:
        for d in it["diarienummer"]:
            if d not in out:
                out.append(d)
    return out
# ---------------------------------------------------------------- 1 Täby KF (Ciceron-like, text PDF)
def taby():
    fn = "taby_kommunfullmaktige_2026-05-18_protokoll.pdf"
    def header(i, n):
        return [("C", [(0, "TÄBY KOMMUN", True), (70, "SAMMANTRÄDESPROTOKOLL", True), (148, f"Sida {i}({n})", False)]),
                ("C", [(0, "Kommunfullmäktige", False), (70, "Sammanträdesdatum", False), (148, "", False)]),
                ("C", [(70, "2026-05-18", False)])]
    def footer(i, n):
        return [("C", [(0, "Justerandes sign", False), (60, "Utdragsbestyrkande", False)])]
    p1 = [
        ("C", [(0, "Plats och tid", True), (45, "Kommunfullmäktigesalen, Täby kommunhus, kl. 18.00–21.40", False)]),
        ("G",),
        ("B", "Beslutande"),
        ("T", [62, 18, 62, 18], [
            ["Ledamot", "Parti", "Ledamot", "Parti"],
            ["Gunnar Widell, ordförande", "M", "Tove Lind", "SD"],
            ["Lena Forsberg, 1:e vice ordf.", "S", "Jonas Falk", "SD"],
            ["Anna-Karin Ekström", "M", "Omar Haddad", "S"],
            ["Karin Ledin", "M", "Peter Ahlgren", "S"],
            ["Fredrik Holm", "M", "Maria Quist", "S"],
            ["Mikael Strand", "L", "Sara Nyholm", "V"],
            ["Erik Sandell", "C", "Linnea Berg", "MP"],
            ["Henrik Olofsson", "KD", "", ""],
        ], True),
        ("G",),
        ("C", [(0, "Övriga deltagande", True), (45, "Johan Mårtensson, kommundirektör", False)]),
        ("C", [(45, "Helena Sjöberg, kommunsekreterare", False)]),
        ("G",),
        ("C", [(0, "Utses att justera", True), (45, "Karin Ledin (M) och Omar Haddad (S)", False)]),
        ("C", [(0, "Justeringens plats", True), (45, "Kommunhuset, 2026-05-25", False)]),
        ("C", [(0, "och tid", True)]),
        ("C", [(0, "Paragrafer", True), (45, "§§ 84–90", False)]),
        ("G",),
        ("C", [(0, "Sekreterare", False), (45, "..............................................", False)]),
        ("C", [(45, "Helena Sjöberg", False)]),
        ("G",),
        ("C", [(0, "Ordförande", False), (45, "..............................................", False)]),
        ("C", [(45, "Gunnar Widell", False)]),
        ("G",),
        ("C", [(0, "Justerande", False), (45, "....................................    ....................................", False)]),
        ("C", [(45, "Karin Ledin", False), (105, "Omar Haddad", False)]),
        ("G",),
        ("B", "ANSLAG/BEVIS"),
        ("N", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla."),
        ("C", [(0, "Organ", False), (45, "Kommunfullmäktige", False)]),
        ("C", [(0, "Sammanträdesdatum", False), (45, "2026-05-18", False)]),
        ("C", [(0, "Datum då anslaget", False), (45, "2026-05-26", False), (80, "Datum då anslaget", False), (125, "2026-06-17", False)]),
        ("C", [(0, "sätts upp", False), (80, "tas ned", False)]),
    ]
    p2 = [
        ("C", [(0, "§ 84", True), (20, "Val av justerare", True)]),
        ("G",),
        ("B", "Beslut"),
        ("N", "Kommunfullmäktige utser Karin Ledin (M) och Omar Haddad (S) att jämte ordföranden justera dagens protokoll. Justering sker i kommunhuset måndagen den 25 maj 2026."),
        ("G",), ("G",),
        ("C", [(0, "§ 85", True), (20, "Anmälan av nya motioner och interpellationer", True)]),
        ("C", [(20, "KS 2026/0455, KS 2026/0461", False)]),
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "Följande motion och interpellation har inkommit sedan föregående sammanträde och anmäls till fullmäktige:"),
        ("I", "Motion från Sara Nyholm (V) om gratis sommarlovskort för unga, KS 2026/0455."),
        ("I", "Interpellation från Peter Ahlgren (S) till kommunstyrelsens ordförande om hemtjänstens kontinuitet, KS 2026/0461."),
        ("G",),
        ("B", "Beslut"),
        ("N", "Motionen remitteras till kommunstyrelsen för beredning. Interpellationen får ställas och besvaras vid fullmäktiges sammanträde i juni."),
        ("G",), ("G",),
        ("C", [(0, "§ 86", True), (20, "Svar på motion från Omar Haddad (S) om fler", True), (145, "KS 2025/0388", False)]),
        ("C", [(20, "laddplatser vid kommunens infartsparkeringar", True)]),
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "Omar Haddad (S) föreslår i en motion att kommunen ska bygga minst 60 nya laddplatser vid infartsparkeringarna i Roslags Näsby och Arninge. Kommunstyrelsen har i yttrande konstaterat att utbyggnaden behöver samordnas med Region Stockholm, som ansvarar för kollektivtrafiken, och att en plan för laddinfrastruktur tas fram under 2026."),
        ("G",),
        ("B", "Kommunstyrelsens förslag"),
        ("N", "Motionen anses besvarad."),
        ("G",),
        ("B", "Yrkanden"),
        ("N", "Omar Haddad (S) yrkar bifall till motionen."),
        ("N", "Anna-Karin Ekström (M) yrkar bifall till kommunstyrelsens förslag."),
        ("G",),
        ("B", "Propositionsordning"),
        ("N", "Ordföranden ställer förslagen mot varandra och finner att fullmäktige beslutat i enlighet med kommunstyrelsens förslag."),
        ("G",),
        ("B", "Beslut"),
        ("N", "Motionen anses besvarad."),
        ("G",),
        ("B", "Reservation"),
        ("N", "Socialdemokraternas ledamöter reserverar sig mot beslutet."),
    ]
    p3 = [
        ("C", [(0, "§ 87", True), (20, "Svar på motion från Sara Nyholm (V) och", True), (145, "KS 2025/0502", False)]),
        ("C", [(20, "Linnea Berg (MP) om en plan för giftfria förskolor", True)]),
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "I motionen föreslås att kommunen tar fram en handlingsplan för att fasa ut leksaker, madrasser och byggmaterial med hormonstörande ämnen i förskolorna. Barn- och grundskolenämnden har yttrat sig och anser att nuvarande arbete med upphandlingskrav är tillräckligt. Danderyds kommun har en liknande plan sedan 2023."),
        ("G",),
        ("B", "Kommunstyrelsens förslag"),
        ("N", "Motionen avslås."),
        ("G",),
        ("B", "Yrkanden"),
        ("N", "Sara Nyholm (V) yrkar bifall till motionen. Linnea Berg (MP) instämmer i Sara Nyholms yrkande."),
        ("N", "Mikael Strand (L) yrkar bifall till kommunstyrelsens förslag."),
        ("G",),
        ("B", "Propositionsordning"),
        ("N", "Ordföranden ställer förslagen mot varandra och finner att fullmäktige beslutat enligt Mikael Strands yrkande."),
        ("G",),
        ("B", "Beslut"),
        ("N", "Motionen avslås."),
        ("G",),
        ("B", "Reservationer"),
        ("N", "Vänsterpartiet reserverar sig till förmån för eget yrkande."),
        ("N", "Linnea Berg (MP) reserverar sig mot beslutet."),
        ("G",), ("G",),
        ("C", [(0, "§ 88", True), (20, "Svar på motion från Tove Lind (SD) om", True), (145, "KS 2025/0611", False)]),
        ("C", [(20, "trygghetsvärdar i Täby centrum", True)]),
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "Tove Lind (SD) föreslår att kommunen anställer trygghetsvärdar som patrullerar i Täby centrum kvällar och helger. Kommunstyrelsen föreslår att motionen avslås med hänvisning till det pågående samarbetet med polisen och fastighetsägarna i området."),
        ("G",),
        ("B", "Kommunstyrelsens förslag"),
        ("N", "Motionen avslås."),
        ("G",),
        ("B", "Yrkanden"),
        ("N", "Tove Lind (SD) och Jonas Falk (SD) yrkar bifall till motionen."),
        ("N", "Erik Sandell (C) yrkar bifall till kommunstyrelsens förslag."),
    ]
    p4 = [
        ("C", [(0, "§ 88 forts.", True)]),
        ("G",),
        ("B", "Propositionsordning"),
        ("N", "Ordföranden ställer förslagen mot varandra och finner att fullmäktige beslutat i enlighet med Erik Sandells yrkande. Omröstning begärs."),
        ("G",),
        ("B", "Omröstning"),
        ("N", "Fullmäktige godkänner följande propositionsordning: Den som vill bifalla kommunstyrelsens förslag röstar ja, den som vill bifalla motionen röstar nej. Omröstningen utfaller med 41 ja-röster mot 14 nej-röster, 6 avstår. Omröstningslista bifogas inte; röstningen skedde med voteringsanläggning."),
        ("G",),
        ("B", "Beslut"),
        ("N", "Motionen avslås."),
        ("G",),
        ("B", "Reservation"),
        ("N", "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
        ("G",), ("G",),
        ("C", [(0, "§ 89", True), (20, "Svar på interpellation från Peter Ahlgren (S)", True), (145, "KS 2026/0219", False)]),
        ("C", [(20, "till kommunstyrelsens ordförande om lokalför-", True)]),
        ("C", [(20, "sörjning för äldreomsorgen", True)]),
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "Peter Ahlgren (S) har i en interpellation ställd till kommunstyrelsens ordförande frågat hur kommunen ska klara behovet av nya platser i särskilt boende fram till 2030."),
        ("N", "Kommunstyrelsens ordförande Anna-Karin Ekström (M) besvarar interpellationen. Peter Ahlgren (S) ställer följdfrågor som besvaras av Anna-Karin Ekström."),
        ("G",),
        ("B", "Beslut"),
        ("N", "Interpellationen anses besvarad och interpellationsdebatten förklaras avslutad."),
    ]
    p5 = [
        ("C", [(0, "§ 90", True), (20, "Svar på motion från Henrik Olofsson (KD) om", True), (145, "KS 2026/0097", False)]),
        ("C", [(20, "sommarjobb för alla gymnasieelever", True)]),
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "Henrik Olofsson (KD) föreslår att alla elever i gymnasiets årskurs 1 och 2 som är folkbokförda i kommunen ska erbjudas minst tre veckors feriearbete. Kommunstyrelsen föreslår att motionen bifalls och att finansiering sker inom ram."),
        ("G",),
        ("B", "Kommunstyrelsens förslag"),
        ("N", "Motionen bifalls."),
        ("G",),
        ("B", "Yrkanden"),
        ("N", "Henrik Olofsson (KD) och Maria Quist (S) yrkar bifall till kommunstyrelsens förslag."),
        ("G",),
        ("B", "Beslut"),
        ("N", "Motionen bifalls."),
        ("G",),
        ("B", "Protokollsanteckning"),
        ("N", "Jonas Falk (SD) lämnar följande protokollsanteckning: ”Vi ställer oss bakom beslutet men vill att feriearbetet i första hand erbjuds inom äldreomsorgen.”"),
        ("G",),
        ("N", "Vid protokollet"),
        ("N", "Helena Sjöberg"),
    ]
    pdf_text(OUT + fn, [p1, p2, p3, p4, p5], header, footer)
    P = lambda n, p, r, **k: dict(name=n, party=p, roles=r, **k)
    L = ["ledamot"]
    gold = dict(file=fn, organization="Täby kommun", organ="Kommunfullmäktige", date="2026-05-18", doc_type="protokoll", pages=5,
        items=[
            dict(number="§84", title="Val av justerare", diarienummer=[], page=2),
            dict(number="§85", title="Anmälan av nya motioner och interpellationer", diarienummer=["KS 2026/0455", "KS 2026/0461"], page=2),
            dict(number="§86", title="Svar på motion från Omar Haddad (S) om fler laddplatser vid kommunens infartsparkeringar", diarienummer=["KS 2025/0388"], page=2),
            dict(number="§87", title="Svar på motion från Sara Nyholm (V) och Linnea Berg (MP) om en plan för giftfria förskolor", diarienummer=["KS 2025/0502"], page=3),
            dict(number="§88", title="Svar på motion från Tove Lind (SD) om trygghetsvärdar i Täby centrum", diarienummer=["KS 2025/0611"], page=3,
                 votes_summary=[dict(round=1, ja=41, nej=14, avstår=6)]),
            dict(number="§89", title="Svar på interpellation från Peter Ahlgren (S) till kommunstyrelsens ordförande om lokalförsörjning för äldreomsorgen", diarienummer=["KS 2026/0219"], page=4),
            dict(number="§90", title="Svar på motion från Henrik Olofsson (KD) om sommarjobb för alla gymnasieelever", diarienummer=["KS 2026/0097"], page=5),
        ],
        persons=[
            P("Gunnar Widell", "M", ["ordförande", "ledamot"]),
            P("Lena Forsberg", "S", ["vice ordförande", "ledamot"]),
            P("Anna-Karin Ekström", "M", L), P("Karin Ledin", "M", ["ledamot", "justerare"]),
            P("Fredrik Holm", "M", L), P("Mikael Strand", "L", L), P("Erik Sandell", "C", L),
            P("Henrik Olofsson", "KD", L), P("Tove Lind", "SD", L), P("Jonas Falk", "SD", L),
            P("Omar Haddad", "S", ["ledamot", "justerare"]), P("Peter Ahlgren", "S", L), P("Maria Quist", "S", L),
            P("Sara Nyholm", "V", L), P("Linnea Berg", "MP", L),
            P("Johan Mårtensson", None, ["tjänsteperson"], title="kommundirektör"),
            P("Helena Sjöberg", None, ["sekreterare", "tjänsteperson"], title="kommunsekreterare"),
        ],
        actions=[
            A("Karin Ledin", "§84", "justerare"), A("Omar Haddad", "§84", "justerare"),
            A("Sara Nyholm", "§85", "raised"), A("Peter Ahlgren", "§85", "raised"),
            A("Omar Haddad", "§86", "raised"), A("Omar Haddad", "§86", "proposed"), A("Anna-Karin Ekström", "§86", "proposed"),
            AP("S", "§86", "reserved"),
            A("Sara Nyholm", "§87", "raised"), A("Linnea Berg", "§87", "raised"),
            A("Sara Nyholm", "§87", "proposed"), A("Linnea Berg", "§87", "proposed"), A("Mikael Strand", "§87", "proposed"),
            AP("V", "§87", "reserved"), A("Linnea Berg", "§87", "reserved"),
            A("Tove Lind", "§88", "raised"), A("Tove Lind", "§88", "proposed"), A("Jonas Falk", "§88", "proposed"), A("Erik Sandell", "§88", "proposed"),
            AP("SD", "§88", "reserved"),
            A("Peter Ahlgren", "§89", "raised"), A("Anna-Karin Ekström", "§89", "presented"),
            A("Henrik Olofsson", "§90", "raised"), A("Henrik Olofsson", "§90", "proposed"), A("Maria Quist", "§90", "proposed"),
            A("Jonas Falk", "§90", "protocol_note"),
        ],
        votes=[], kommuner=["Täby", "Danderyd"], regions=["Region Stockholm"],
        notes="Ciceron-like KF protocol. Attendance table lists 15 beslutande (a short KF). §88 continues on p.4 with '§ 88 forts.'; its vote is only a count (41/14/6), no per-person votes. §89 title runs over three lines with 'lokalför-' / 'sörjning' hyphenated at a line break; joined as 'lokalförsörjning' (hyphen removed, no space), other line breaks joined with a space. §85 lists the numbers it gives the newly announced motion and interpellation; their authors are 'raised'. 'Vänsterpartiet reserverar sig' = party V reserved; 'Socialdemokraternas ledamöter' = party S; 'Sverigedemokraternas ledamöter' = party SD. Anna-Karin Ekström answering the interpellation = presented. Roslags Näsby/Arninge are places, not kommuner; Danderyds kommun is named in §87.")
    gold["diarienummer"] = union(gold["items"])
    return gold
# ---------------------------------------------------------------- 2 Falkenberg BMN kallelse (plain Word template, DOCX)
def falkenberg():
    from docx import Document
    from docx.shared import Pt, Cm
    fn = "falkenberg_bygg-och-miljonamnden_2026-06-11_kallelse.docx"
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "FALKENBERGS KOMMUN\tKALLELSE\tBygg- och miljönämnden 2026-06-11"
    doc.add_paragraph().add_run("Kallelse").bold = True
    doc.add_paragraph().add_run("Bygg- och miljönämnden").bold = True
    t0 = doc.add_table(rows=0, cols=2)
    for a, b in [("Tid", "Torsdagen den 11 juni 2026 kl. 08.30"),
                 ("Plats", "Stadshuset, sammanträdesrum Tröingeberg"),
                 ("Ordförande", "Mats Engström (C)"),
                 ("Sekreterare", "Lisa Håkansson"),
                 ("Förslag till justerare", "Ingrid Alm (S)"),
                 ("Justering", "Bygg- och miljöförvaltningen, tisdag 16 juni 2026 kl. 10.00")]:
        r = t0.add_row().cells; r[0].text = a; r[1].text = b
    doc.add_paragraph("Förhinder anmäls till nämndsekreteraren senast dagen före sammanträdet. Ersättare kallas av förvaltningen.")
    doc.add_paragraph().add_run("Ärendelista").bold = True
    rows = [
        ("Nr", "Ärende", "Diarienummer", "Föredragande"),
        ("1", "Val av justerare", "", ""),
        ("2", "Godkännande av dagordning", "", ""),
        ("3", "Information från förvaltningen – aktuella frågor", "", "Per Lundin, förvaltningschef"),
        ("4", "Redovisning av delegationsbeslut 2026-05-01 – 2026-05-31", "BMN-2026-000010", ""),
        ("5", "Ansökan om bygglov för nybyggnad av flerbostadshus, Skrea 12:4", "BMN-2026-000214", "Anna Wikström, bygglovshandläggare"),
        ("6", "Föreläggande om åtgärder för enskild avloppsanläggning på fastigheten Ätran 3:17", "BMN-2025-001563", "Oskar Berg, miljöinspektör"),
        ("7", "Detaljplan för Arvidstorp, del av Falkenberg 4:1 – yttrande under granskning", "BMN-2026-000301", "Anna Wikström, bygglovshandläggare"),
        ("8", "Tillsynsplan enligt miljöbalken 2026–2027, revidering", "BMN-2026-000122", "Hanna Sjödin, miljöchef"),
        ("9", "Medborgarförslag från Göran Pettersson om hundrastgård i Ullared", "BMN-2026-000199", ""),
        ("10", "Samråd om förslag till översiktsplan för Varbergs kommun – yttrande", "BMN-2026-000233", "Hanna Sjödin, miljöchef"),
        ("11", "Meddelanden", "", ""),
        ("", "", "", ""),
    ]
    t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"
    for i, row in enumerate(rows):
        c = t.add_row().cells
        for j, v in enumerate(row):
            c[j].text = v
            if i == 0:
                c[j].paragraphs[0].runs[0].bold = True
    for row in t.rows:
        for j, w in enumerate([Cm(1.2), Cm(8.5), Cm(3.6), Cm(4.2)]):
            row.cells[j].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Handlingar till ärendena finns tillgängliga i nämndens digitala mötesrum.")
    doc.add_paragraph("Mats Engström\nOrdförande")
    doc.add_paragraph("Lisa Håkansson\nNämndsekreterare")
    doc.save(OUT + fn)
    P = lambda n, p, r, **k: dict(name=n, party=p, roles=r, **k)
    items = [
        dict(number="1", title="Val av justerare", diarienummer=[], page=1),
        dict(number="2", title="Godkännande av dagordning", diarienummer=[], page=1),
        dict(number="3", title="Information från förvaltningen – aktuella frågor", diarienummer=[], page=1),
        dict(number="4", title="Redovisning av delegationsbeslut 2026-05-01 – 2026-05-31", diarienummer=["BMN-2026-000010"], page=1),
        dict(number="5", title="Ansökan om bygglov för nybyggnad av flerbostadshus, Skrea 12:4", diarienummer=["BMN-2026-000214"], page=1),
        dict(number="6", title="Föreläggande om åtgärder för enskild avloppsanläggning på fastigheten Ätran 3:17", diarienummer=["BMN-2025-001563"], page=1),
        dict(number="7", title="Detaljplan för Arvidstorp, del av Falkenberg 4:1 – yttrande under granskning", diarienummer=["BMN-2026-000301"], page=1),
        dict(number="8", title="Tillsynsplan enligt miljöbalken 2026–2027, revidering", diarienummer=["BMN-2026-000122"], page=1),
        dict(number="9", title="Medborgarförslag från Göran Pettersson om hundrastgård i Ullared", diarienummer=["BMN-2026-000199"], page=1),
        dict(number="10", title="Samråd om förslag till översiktsplan för Varbergs kommun – yttrande", diarienummer=["BMN-2026-000233"], page=1),
        dict(number="11", title="Meddelanden", diarienummer=[], page=1),
    ]
    gold = dict(file=fn, organization="Falkenbergs kommun", organ="Bygg- och miljönämnden", date="2026-06-11", doc_type="kallelse", pages=1,
        items=items,
        persons=[
            P("Mats Engström", "C", ["ordförande", "ledamot"]),
            P("Lisa Håkansson", None, ["sekreterare", "tjänsteperson"], title="nämndsekreterare"),
            P("Ingrid Alm", "S", ["justerare"]),
            P("Per Lundin", None, ["föredragande", "tjänsteperson"], title="förvaltningschef"),
            P("Anna Wikström", None, ["föredragande", "tjänsteperson"], title="bygglovshandläggare"),
            P("Oskar Berg", None, ["föredragande", "tjänsteperson"], title="miljöinspektör"),
            P("Hanna Sjödin", None, ["föredragande", "tjänsteperson"], title="miljöchef"),
            P("Göran Pettersson", None, []),
        ],
        actions=[
            A("Ingrid Alm", "1", "justerare"),
            A("Per Lundin", "3", "presented"), A("Anna Wikström", "5", "presented"), A("Oskar Berg", "6", "presented"),
            A("Anna Wikström", "7", "presented"), A("Hanna Sjödin", "8", "presented"), A("Göran Pettersson", "9", "raised"),
            A("Hanna Sjödin", "10", "presented"),
        ],
        votes=[], kommuner=["Falkenberg", "Varberg"], regions=[],
        notes="Plain Word kallelse; agenda is a Word table (Nr | Ärende | Diarienummer | Föredragande) ending with an empty row, which is not an item. No manual page breaks, so pages=1 and all items page 1. The 'Föredragande' column names the officials who will present: taken as presented (kallelse programme). 'Förslag till justerare: Ingrid Alm (S)' -> justerare on row 1 'Val av justerare'; she has no other printed role. Göran Pettersson is the author of a medborgarförslag (raised); a private person with no role from the fixed list, roles []. Mats Engström printed as Ordförande with party, roles ordförande+ledamot. Ullared is a locality in Falkenberg, not a kommun; 'Falkenberg 4:1' is a fastighet, Falkenberg is also the kommun itself.")
    gold["diarienummer"] = union(items)
    return gold
# ---------------------------------------------------------------- 3 Eslöv KS protokollsutdrag (scanned)
def eslov():
    fn = "eslov_kommunstyrelsen_2026-04-07_protokollsutdrag.pdf"
    def header(i, n):
        return [("C", [(0, "ESLÖVS KOMMUN", True), (95, "PROTOKOLLSUTDRAG", True), (150, f"{i} ({n})", False)]),
                ("C", [(0, "Kommunstyrelsen", False), (95, "Sammanträdesdatum 2026-04-07", False)])]
    def footer(i, n):
        return [("C", [(0, "Justerare:  ______", False), (80, "Utdragsbestyrkande:  ______", False)])]
    p1 = [
        ("C", [(0, "§ 52", True), (130, "Dnr KS.2026.0117", False)]),
        ("G",),
        ("H", "Investeringsbudget 2026 för Eslövs vattenverk – tilläggsanslag för ny reservvattenledning"),
        ("G",),
        ("B", "Kommunstyrelsens beslut"),
        ("N", "Kommunstyrelsen föreslår kommunfullmäktige besluta att bevilja ett tilläggsanslag om 14,5 miljoner kronor till investeringsprojektet Reservvattenledning Eslöv–Marieholm, samt att finansiering sker genom upplåning."),
        ("G",),
        ("B", "Sammanfattning av ärendet"),
        ("N", "Eslövs vattenverk försörjs i dag från en enda huvudledning. Efter driftstörningarna hösten 2025 har Mittskåne Vatten utrett en reservledning som byggs i samverkan med Höörs kommun. Upphandlingen visar att kostnaden blir 14,5 miljoner kronor högre än budgeterat, främst på grund av ökade materialpriser och krav på schaktfri förläggning under väg 113."),
        ("N", "Ekonomichef Sofia Runesson föredrar ärendet."),
        ("G",),
        ("B", "Beslutsunderlag"),
        ("I", "Tjänsteskrivelse från ekonomiavdelningen, 2026-03-12"),
        ("I", "Projektkalkyl Reservvattenledning Eslöv–Marieholm, rev. 3"),
        ("G",),
        ("B", "Yrkanden"),
        ("N", "Johan Andersson (S) yrkar bifall till förvaltningens förslag."),
        ("N", "Per-Olof Nyberg (SD) yrkar avslag till förslaget och att investeringen i stället ska rymmas inom befintlig investeringsram."),
        ("G",),
        ("B", "Beslutsgång"),
        ("N", "Ordföranden ställer proposition på bifall respektive avslag och finner att kommunstyrelsen bifaller förvaltningens förslag."),
        ("G",),
        ("B", "Reservation"),
        ("N", "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
    ]
    p2 = [
        ("B", "§ 52 forts."),
        ("G",),
        ("B", "Beslutet skickas till"),
        ("I", "Kommunfullmäktige"), ("I", "Ekonomiavdelningen"), ("I", "Mittskåne Vatten"),
        ("G",), ("G",),
        ("C", [(0, "Justering", True)]),
        ("C", [(0, "Justerare", False), (45, "Cecilia Holm (C)", False)]),
        ("C", [(0, "Protokollet justerat", False), (45, "2026-04-10", False)]),
        ("G",),
        ("C", [(0, "Ordförande", False), (45, "..........................................", False)]),
        ("C", [(45, "Johan Andersson", False)]),
        ("G",),
        ("C", [(0, "Justerande", False), (45, "..........................................", False)]),
        ("C", [(45, "Cecilia Holm", False)]),
        ("G",),
        ("C", [(0, "Sekreterare", False), (45, "..........................................", False)]),
        ("C", [(45, "Maria Lundqvist", False)]),
        ("G",), ("G",),
        ("B", "Rätt utdraget intygar"),
        ("G",),
        ("C", [(0, "..........................................", False)]),
        ("C", [(0, "Maria Lundqvist, nämndsekreterare", False)]),
        ("C", [(0, "Eslöv 2026-04-13", False)]),
    ]
    pdf_scanned(OUT + fn, [p1, p2], header, footer, seed=3)
    P = lambda n, p, r, **k: dict(name=n, party=p, roles=r, **k)
    items = [dict(number="§52", title="Investeringsbudget 2026 för Eslövs vattenverk – tilläggsanslag för ny reservvattenledning", diarienummer=["Dnr KS.2026.0117"], page=1)]
    gold = dict(file=fn, organization="Eslövs kommun", organ="Kommunstyrelsen", date="2026-04-07", doc_type="protokoll", pages=2,
        items=items,
        persons=[
            P("Johan Andersson", "S", ["ordförande", "ledamot"]),
            P("Per-Olof Nyberg", "SD", ["ledamot"]),
            P("Cecilia Holm", "C", ["justerare"]),
            P("Maria Lundqvist", None, ["sekreterare", "tjänsteperson"], title="nämndsekreterare"),
            P("Sofia Runesson", None, ["föredragande", "tjänsteperson"], title="ekonomichef"),
        ],
        actions=[
            A("Cecilia Holm", None, "justerare"),
            A("Sofia Runesson", "§52", "presented"),
            A("Johan Andersson", "§52", "proposed"), A("Per-Olof Nyberg", "§52", "proposed"),
            AP("SD", "§52", "reserved"),
        ],
        votes=[], kommuner=["Eslöv", "Höör"], regions=[],
        notes="SCANNED: image-only PDF (no text layer), 2 pages. A protokollsutdrag: a single § (§ 52) with its own justering and 'Rätt utdraget intygar'. doc_type protokoll (an extract of a protocol). Diarienummer printed right of the § number as 'Dnr KS.2026.0117'. The extract names its justerare in the block 'Justerare Cecilia Holm (C)' and there is no 'Val av justerare' §, so justerare item null; the ordförande signs by office, not justerare. Johan Andersson signs as Ordförande and makes a yrkande: ordförande+ledamot. Per-Olof Nyberg makes a yrkande (so a ledamot; no attendance list in an extract). Maria Lundqvist signs as Sekreterare and certifies the extract. 'Sverigedemokraternas ledamöter reserverar sig' = party SD. Mittskåne Vatten is a company; Marieholm is a locality.")
    gold["diarienummer"] = union(items)
    return gold

# ---------------------------------------------------------------- 4 Kalix SN (Platina-like, Beslutsgång/Beslut)
def kalix():
    fn = "kalix_socialnamnden_2026-03-24_protokoll.pdf"
    def header(i, n):
        return [("C", [(0, "KALIX KOMMUN", True), (120, "PROTOKOLL", True)]),
                ("C", [(0, "Socialnämnden", False), (120, "Sammanträdesdatum", False)]),
                ("C", [(120, "2026-03-24", False)])]
    def footer(i, n):
        return [("C", [(0, "Justerare ______  ______", False), (130, f"Sida {i} av {n}", False)])]
    def par(num, dnr, title2):
        out = [("C", [(0, num, True), (25, dnr, False)])]
        out += [("B", t) for t in title2]
        return out
    p1 = [
        ("C", [(0, "Plats och tid", True), (40, "Kommunhuset, sammanträdesrum Rödkallen, kl. 13.00–15.45", False)]),
        ("G",),
        ("C", [(0, "Beslutande", True), (40, "Birgitta Lampa (S), ordförande", False)]),
        ("C", [(40, "Tommy Nordlund (KxL), vice ordförande", False)]),
        ("C", [(40, "Sven-Erik Mäkitalo (S)", False)]),
        ("C", [(40, "Annika Strömbäck (V)", False)]),
        ("C", [(40, "Jan Öhman (M)", False)]),
        ("C", [(40, "Lars Pekkari (SD)", False)]),
        ("C", [(40, "Marie Hedlund (C)", False)]),
        ("G",),
        ("C", [(0, "Ersättare", True), (40, "Ulla Vikström (S)", False)]),
        ("C", [(40, "Kent Rova (KxL)", False)]),
        ("G",),
        ("C", [(0, "Övriga", True), (40, "Eva Granström, socialchef", False)]),
        ("C", [(40, "Nils Lundgren, enhetschef, § 23", False)]),
        ("C", [(40, "Karin Björk, nämndsekreterare", False)]),
        ("G",),
        ("C", [(0, "Justerare", True), (40, "Jan Öhman (M)", False)]),
        ("C", [(0, "Justeringens", True), (40, "Socialkontoret 2026-03-27", False)]),
        ("C", [(0, "plats och tid", True)]),
        ("G",),
        ("C", [(0, "Underskrifter", True), (40, "Sekreterare", False), (75, "..................................", False), (135, "Paragrafer", False)]),
        ("C", [(75, "Karin Björk", False), (135, "21–26", False)]),
        ("G",),
        ("C", [(40, "Ordförande", False), (75, "..................................", False)]),
        ("C", [(75, "Birgitta Lampa", False)]),
        ("G",),
        ("C", [(40, "Justerare", False), (75, "..................................", False)]),
        ("C", [(75, "Jan Öhman", False)]),
        ("G",),
        ("B", "BEVIS"),
        ("N", "Justeringen har tillkännagivits genom anslag. Anslaget sätts upp 2026-03-30 och tas ned 2026-04-21. Förvaringsplats för protokollet: Socialkontoret, Kalix."),
    ]
    p2 = par("§ 21", "", ["Upprop och val av justerare"]) + [
        ("G",), ("B", "Beslutsgång"),
        ("N", "Ordföranden föreslår att Jan Öhman (M) utses att jämte ordföranden justera dagens protokoll. Nämnden godkänner förslaget."),
        ("B", "Beslut"),
        ("N", "Socialnämnden utser Jan Öhman (M) att justera protokollet."),
        ("G",), ("G",)] + par("§ 22", "", ["Godkännande av dagordning"]) + [
        ("G",), ("B", "Beslutsgång"),
        ("N", "Ordföranden föreslår att ärendet om ekonomisk uppföljning behandlas före ärendet om riktlinjer för ekonomiskt bistånd. Nämnden godkänner förslaget."),
        ("B", "Beslut"),
        ("N", "Dagordningen godkänns med föreslagen ändring."),
        ("G",), ("G",)] + par("§ 23", "Dnr SN/2026:12", ["Information om arbetet med trygg och effektiv utskrivning från", "slutenvård"]) + [
        ("G",),
        ("N", "Enhetschef Nils Lundgren informerar om samverkan med Region Norrbotten kring trygg och effektiv utskrivning. Medelvärdet för antal dagar från utskrivningsklar till hemgång har minskat från 3,1 till 1,8 dagar. Ett gemensamt hemgångsteam med Haparanda kommun startar i maj."),
        ("B", "Beslutsgång"),
        ("N", "Ordföranden frågar om informationen kan läggas till handlingarna och finner att så sker."),
        ("B", "Beslut"),
        ("N", "Informationen läggs till handlingarna."),
        ("G",), ("G",)] + par("§ 24", "Dnr SN/2026:3", ["Ekonomisk uppföljning februari 2026"]) + [
        ("G",),
        ("N", "Socialchef Eva Granström redogör för det ekonomiska utfallet efter februari. Nämnden prognostiserar ett underskott om 6,2 miljoner kronor, främst inom placeringar av barn och unga."),
        ("B", "Beslutsgång"),
        ("N", "Ordföranden frågar om nämnden kan godkänna uppföljningen och finner att så sker."),
        ("B", "Beslut"),
        ("N", "Socialnämnden godkänner den ekonomiska uppföljningen för februari 2026."),
    ]
    p3 = par("§ 25", "Dnr SN/2025:188", ["Revidering av riktlinjer för handläggning av ekonomiskt bistånd", "och försörjningsstöd"]) + [
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "Förvaltningen har reviderat riktlinjerna med anledning av ändringar i socialtjänstlagen. Bland annat förtydligas kraven på aktivt arbetssökande och hur barns fritidsaktiviteter ska bedömas som skäliga kostnader."),
        ("G",),
        ("B", "Beslutsgång"),
        ("N", "Sven-Erik Mäkitalo (S) yrkar bifall till förvaltningens förslag. Lars Pekkari (SD) instämmer i Sven-Erik Mäkitalos yrkande."),
        ("N", "Annika Strömbäck (V) yrkar att riktlinjernas belopp för barns fritidsaktiviteter höjs till 600 kronor per barn och månad."),
        ("N", "Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Sven-Erik Mäkitalos yrkande."),
    ]
    p4 = [("B", "§ 25 (forts.)"), ("G",),
        ("B", "Beslut"),
        ("N", "Socialnämnden antar reviderade riktlinjer för handläggning av ekonomiskt bistånd och försörjningsstöd att gälla från 1 maj 2026."),
        ("B", "Reservation"),
        ("N", "Vänsterpartiet reserverar sig till förmån för eget yrkande."),
        ("G",), ("G",)] + par("§ 26", "Dnr SN/2026:29", ["Yttrande över motion från Tommy Nordlund (KxL) om anhörigstöd", "på distans"]) + [
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "Kommunfullmäktige har remitterat en motion till socialnämnden för yttrande. I motionen föreslås att anhörigstödet ska erbjuda samtalsgrupper via video för anhöriga i byarna."),
        ("B", "Beslutsgång"),
        ("N", "Tommy Nordlund (KxL) yrkar att nämnden föreslår fullmäktige att bifalla motionen. Birgitta Lampa (S) yrkar att nämnden föreslår att motionen anses besvarad."),
        ("N", "Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Birgitta Lampas yrkande."),
        ("B", "Beslut"),
        ("N", "Socialnämnden föreslår kommunfullmäktige att motionen anses besvarad."),
        ("B", "Protokollsanteckning"),
        ("N", "Marie Hedlund (C) lämnar en protokollsanteckning: Centerpartiet vill att försöket med videosamtal utvärderas efter ett år."),
    ]
    pdf_text(OUT + fn, [p1, p2, p3, p4], header, footer)
    P = lambda n, p, r, **k: dict(name=n, party=p, roles=r, **k)
    items = [
        dict(number="§21", title="Upprop och val av justerare", diarienummer=[], page=2),
        dict(number="§22", title="Godkännande av dagordning", diarienummer=[], page=2),
        dict(number="§23", title="Information om arbetet med trygg och effektiv utskrivning från slutenvård", diarienummer=["Dnr SN/2026:12"], page=2),
        dict(number="§24", title="Ekonomisk uppföljning februari 2026", diarienummer=["Dnr SN/2026:3"], page=2),
        dict(number="§25", title="Revidering av riktlinjer för handläggning av ekonomiskt bistånd och försörjningsstöd", diarienummer=["Dnr SN/2025:188"], page=3),
        dict(number="§26", title="Yttrande över motion från Tommy Nordlund (KxL) om anhörigstöd på distans", diarienummer=["Dnr SN/2026:29"], page=4),
    ]
    gold = dict(file=fn, organization="Kalix kommun", organ="Socialnämnden", date="2026-03-24", doc_type="protokoll", pages=4,
        items=items,
        persons=[
            P("Birgitta Lampa", "S", ["ordförande", "ledamot"]),
            P("Tommy Nordlund", "KxL", ["vice ordförande", "ledamot"]),
            P("Sven-Erik Mäkitalo", "S", ["ledamot"]), P("Annika Strömbäck", "V", ["ledamot"]),
            P("Jan Öhman", "M", ["ledamot", "justerare"]), P("Lars Pekkari", "SD", ["ledamot"]), P("Marie Hedlund", "C", ["ledamot"]),
            P("Ulla Vikström", "S", ["ersättare"]), P("Kent Rova", "KxL", ["ersättare"]),
            P("Eva Granström", None, ["tjänsteperson"], title="socialchef"),
            P("Nils Lundgren", None, ["tjänsteperson"], title="enhetschef"),
            P("Karin Björk", None, ["sekreterare", "tjänsteperson"], title="nämndsekreterare"),
        ],
        actions=[
            A("Jan Öhman", "§21", "justerare"),
            A("Nils Lundgren", "§23", "presented"), A("Eva Granström", "§24", "presented"),
            A("Sven-Erik Mäkitalo", "§25", "proposed"), A("Lars Pekkari", "§25", "proposed"), A("Annika Strömbäck", "§25", "proposed"),
            AP("V", "§25", "reserved"),
            A("Tommy Nordlund", "§26", "raised"), A("Tommy Nordlund", "§26", "proposed"), A("Birgitta Lampa", "§26", "proposed"),
            A("Marie Hedlund", "§26", "protocol_note"),
        ],
        votes=[], kommuner=["Kalix", "Haparanda"], regions=["Region Norrbotten"],
        notes="Platina-like protocol; each § has 'Beslutsgång' then 'Beslut'. Diarienummer 'Dnr SN/2026:12' sits on the § line to the right of the number, title on the lines below (titles of §23, §25, §26 wrap, joined with a space). KxL = Kalixlistan, a local party (code as printed). §25 continues on p.4 ('§ 25 (forts.)'). 'Vänsterpartiet reserverar sig till förmån för eget yrkande' = party V reserved (Annika Strömbäck not added individually). Lars Pekkari 'instämmer' = proposed. §22: the chair's change of agenda order is procedural, not proposed. In §26 the chair's yrkande (motionen anses besvarad) is a real yrkande -> proposed. Ersättare listed separately (not tjänstgörande). §21 names Jan Öhman as justerare; the chair signs by office.")
    gold["diarienummer"] = union(items)
    return gold
# ---------------------------------------------------------------- 5 Sala BIN (Meetings Plus-like, tjg ersättare, voteringslista)
def sala():
    fn = "sala_bildningsnamnden_2026-02-17_protokoll.pdf"
    def header(i, n):
        return [("C", [(0, "SALA KOMMUN", True), (100, "SAMMANTRÄDESPROTOKOLL", True)]),
                ("C", [(0, "Bildningsnämnden", False), (100, "2026-02-17", False), (150, f"{i} ({n})", False)])]
    def footer(i, n):
        return [("C", [(0, "Justerandes signatur", False), (70, "Utdragsbestyrkande", False)])]
    p1 = [
        ("C", [(0, "Tid och plats", True), (45, "Tisdag 17 februari 2026 kl. 08.30–11.50, Stadshuset, Kopparsalen", False)]),
        ("G",),
        ("B", "Beslutande"),
        ("T", [70, 100], [
            ["Ledamöter", "Tjänstgörande ersättare"],
            ["Annelie Bergqvist (S), ordförande", "Elsa Granqvist (S) ersätter Robert Lind (S)"],
            ["Thomas Grön (M), 1:e vice ordförande", "Mohammed Rahimi (M) ersätter Katarina Sjö (M)"],
            ["Nina Åberg (S)", ""],
            ["Kjell Ahlin (SD)", ""],
            ["Malin Östberg (C)", ""],
            ["Patrik Eld (V)", ""],
            ["Johanna Kullberg (KD)", ""],
        ], True),
        ("G",),
        ("C", [(0, "Ersättare", True), (45, "Gun Persson (C), Lennart Sand (SD)", False)]),
        ("G",),
        ("C", [(0, "Övriga närvarande", True), (45, "Sofia Enqvist, förvaltningschef", False)]),
        ("C", [(45, "Petter Wall, skolskjutssamordnare, § 13", False)]),
        ("C", [(45, "Malin Hed, nämndsekreterare", False)]),
        ("G",),
        ("C", [(0, "Justerare", True), (45, "Malin Östberg (C)", False)]),
        ("C", [(0, "Justeringens tid och plats", True), (75, "2026-02-20, Bildningsförvaltningen", False)]),
        ("C", [(0, "Paragrafer", True), (45, "§§ 11–16", False)]),
        ("G",),
        ("C", [(0, "Underskrifter", True)]),
        ("C", [(0, "Sekreterare", False), (45, "Malin Hed", False)]),
        ("C", [(0, "Ordförande", False), (45, "Annelie Bergqvist", False)]),
        ("C", [(0, "Justerare", False), (45, "Malin Östberg", False)]),
        ("G",),
        ("B", "Anslag"),
        ("N", "Protokollet är justerat och anslaget på kommunens anslagstavla 2026-02-23 till och med 2026-03-17."),
    ]
    p2 = [
        ("B", "§ 11 Val av justerare"), ("G",),
        ("B", "Beslut"),
        ("N", "Bildningsnämnden beslutar att utse Malin Östberg (C) att jämte ordföranden justera protokollet."),
        ("G",), ("G",),
        ("B", "§ 12 Förvaltningschefen informerar"), ("G",),
        ("N", "Förvaltningschef Sofia Enqvist informerar om rekryteringsläget för förskollärare, om ombyggnaden av Ekebyskolans kök och om den nya läsårsplaneringen."),
        ("B", "Beslut"),
        ("N", "Informationen noteras."),
        ("G",), ("G",),
        ("B", "§ 13 Skolskjutsregler för grundskola och anpassad grundskola från och med"),
        ("B", "läsåret 2026/27"),
        ("N", "Diarienummer: BIN 2026/87"),
        ("G",),
        ("B", "Ärendebeskrivning"),
        ("N", "Skolskjutssamordnare Petter Wall föredrar ärendet. Förslaget innebär att avståndsgränsen för rätt till skolskjuts för elever i årskurs 4–6 ändras från 3 till 3,5 kilometer och att särskilda regler införs för växelvis boende."),
        ("G",),
        ("B", "Yrkanden"),
        ("N", "Annelie Bergqvist (S) yrkar bifall till förvaltningens förslag."),
        ("N", "Thomas Grön (M) yrkar att ärendet återremitteras för att belysa trafiksäkerheten längs väg 56. Kjell Ahlin (SD) instämmer i Thomas Gröns yrkande."),
        ("G",),
        ("B", "Propositionsordning"),
        ("N", "Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag. Votering begärs."),
    ]
    p3 = [
        ("B", "§ 13 forts."), ("G",),
        ("B", "Voteringsproposition"),
        ("N", "Den som vill att ärendet avgörs i dag röstar ja. Den som vill att ärendet återremitteras röstar nej."),
        ("G",),
        ("B", "Voteringslista"),
        ("T", [55, 55, 15, 15, 20], [
            ["Ledamot", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"],
            ["Annelie Bergqvist (S)", "", "X", "", ""],
            ["Thomas Grön (M)", "", "", "X", ""],
            ["Robert Lind (S)", "Elsa Granqvist (S)", "X", "", ""],
            ["Nina Åberg (S)", "", "X", "", ""],
            ["Katarina Sjö (M)", "Mohammed Rahimi (M)", "", "X", ""],
            ["Kjell Ahlin (SD)", "", "", "X", ""],
            ["Malin Östberg (C)", "", "X", "", ""],
            ["Patrik Eld (V)", "", "X", "", ""],
            ["Johanna Kullberg (KD)", "", "", "", "X"],
            ["Summa", "", "5", "3", "1"],
        ], True),
        ("G",),
        ("N", "Med 5 ja-röster mot 3 nej-röster, 1 avstår, beslutar nämnden att ärendet ska avgöras i dag. Därefter finner ordföranden att nämnden bifaller förvaltningens förslag."),
        ("G",),
        ("B", "Beslut"),
        ("N", "Bildningsnämnden antar reviderade skolskjutsregler att gälla från och med läsåret 2026/27."),
        ("G",),
        ("B", "Reservation"),
        ("N", "Thomas Grön (M) och Mohammed Rahimi (M) reserverar sig till förmån för återremissyrkandet."),
        ("G",), ("G",),
        ("B", "§ 14 Svar på medborgarförslag om fler fritidsgårdsaktiviteter i Möklinta"),
        ("N", "Diarienummer: BIN 2025/214"),
        ("G",),
        ("N", "Ronja Bäck har i ett medborgarförslag föreslagit att fritidsgården i Möklinta ska hålla öppet även på lördagar. Förvaltningen föreslår att förslaget bifalls inom ramen för fritidsgårdens budget."),
        ("B", "Beslut"),
        ("N", "Medborgarförslaget bifalls."),
    ]
    p4 = [
        ("B", "§ 15 Redovisning av klagomål enligt skollagen, andra halvåret 2025"),
        ("N", "Diarienummer: BIN 2026/19"),
        ("G",),
        ("N", "Under perioden har 23 klagomål inkommit, varav 9 rörde kränkande behandling. Förvaltningschef Sofia Enqvist redogör för hanteringen."),
        ("B", "Protokollsanteckning"),
        ("N", "Patrik Eld (V) lämnar en protokollsanteckning om att nämnden bör få en fördjupad redovisning av klagomålen från Ekebyskolan."),
        ("B", "Beslut"),
        ("N", "Redovisningen läggs till handlingarna."),
        ("G",), ("G",),
        ("B", "§ 16 Anmälan av delegationsbeslut"),
        ("N", "Diarienummer: BIN 2026/3"),
        ("G",),
        ("N", "Följande delegationsbeslut anmäls:"),
        ("I", "Beslut om skolskjuts på grund av särskilda skäl, BIN 2026/41"),
        ("I", "Beslut om mottagande i anpassad grundskola, BIN 2026/52"),
        ("I", "Tillförordnad rektor vid Åkraskolan, BIN 2026/60"),
        ("B", "Beslut"),
        ("N", "Delegationsbesluten läggs till handlingarna."),
    ]
    pdf_text(OUT + fn, [p1, p2, p3, p4], header, footer)
    P = lambda n, p, r, **k: dict(name=n, party=p, roles=r, **k)
    items = [
        dict(number="§11", title="Val av justerare", diarienummer=[], page=2),
        dict(number="§12", title="Förvaltningschefen informerar", diarienummer=[], page=2),
        dict(number="§13", title="Skolskjutsregler för grundskola och anpassad grundskola från och med läsåret 2026/27", diarienummer=["BIN 2026/87"], page=2,
             votes_summary=[dict(round=1, ja=5, nej=3, avstår=1)]),
        dict(number="§14", title="Svar på medborgarförslag om fler fritidsgårdsaktiviteter i Möklinta", diarienummer=["BIN 2025/214"], page=3),
        dict(number="§15", title="Redovisning av klagomål enligt skollagen, andra halvåret 2025", diarienummer=["BIN 2026/19"], page=4),
        dict(number="§16", title="Anmälan av delegationsbeslut", diarienummer=["BIN 2026/3"], page=4),
    ]
    V = lambda n, v: dict(item="§13", round=1, person=n, vote=v)
    gold = dict(file=fn, organization="Sala kommun", organ="Bildningsnämnden", date="2026-02-17", doc_type="protokoll", pages=4,
        items=items,
        persons=[
            P("Annelie Bergqvist", "S", ["ordförande", "ledamot"]),
            P("Thomas Grön", "M", ["vice ordförande", "ledamot"]),
            P("Nina Åberg", "S", ["ledamot"]), P("Kjell Ahlin", "SD", ["ledamot"]),
            P("Malin Östberg", "C", ["ledamot", "justerare"]), P("Patrik Eld", "V", ["ledamot"]), P("Johanna Kullberg", "KD", ["ledamot"]),
            P("Elsa Granqvist", "S", ["tjänstgörande ersättare"]), P("Mohammed Rahimi", "M", ["tjänstgörande ersättare"]),
            P("Gun Persson", "C", ["ersättare"]), P("Lennart Sand", "SD", ["ersättare"]),
            P("Sofia Enqvist", None, ["tjänsteperson"], title="förvaltningschef"),
            P("Petter Wall", None, ["föredragande", "tjänsteperson"], title="skolskjutssamordnare"),
            P("Malin Hed", None, ["sekreterare", "tjänsteperson"], title="nämndsekreterare"),
            P("Ronja Bäck", None, []),
        ],
        actions=[
            A("Malin Östberg", "§11", "justerare"),
            A("Sofia Enqvist", "§12", "presented"),
            A("Petter Wall", "§13", "presented"),
            A("Annelie Bergqvist", "§13", "proposed"), A("Thomas Grön", "§13", "proposed"), A("Kjell Ahlin", "§13", "proposed"),
            A("Thomas Grön", "§13", "reserved"), A("Mohammed Rahimi", "§13", "reserved"),
            A("Ronja Bäck", "§14", "raised"),
            A("Sofia Enqvist", "§15", "presented"), A("Patrik Eld", "§15", "protocol_note"),
        ],
        votes=[V("Annelie Bergqvist", "ja"), V("Thomas Grön", "nej"), V("Elsa Granqvist", "ja"), V("Nina Åberg", "ja"),
               V("Mohammed Rahimi", "nej"), V("Kjell Ahlin", "nej"), V("Malin Östberg", "ja"), V("Patrik Eld", "ja"),
               V("Johanna Kullberg", "avstår")],
        kommuner=["Sala"], regions=[],
        notes="Meetings Plus-like: '§ 13 Title' on one bold line, 'Diarienummer: BIN 2026/87' on the line below the title. Attendance table: Elsa Granqvist (S) ersätter Robert Lind (S); Mohammed Rahimi (M) ersätter Katarina Sjö (M). Robert Lind and Katarina Sjö are only named as replaced members (also in the voteringslista's Ledamot column) -> not persons; the votes are recorded for the tjänstgörande ersättare. §13 title wraps over two bold lines. §13 continues on p.3 ('§ 13 forts.') with the named voteringslista (ja=avgöra i dag, nej=återremiss). Kjell Ahlin 'instämmer' = proposed. §16: the listed delegation decisions' numbers (BIN 2026/41, /52, /60) are references, not the item's own numbers; only 'BIN 2026/3' is. Ronja Bäck: author of a medborgarförslag (raised), private person, roles []. Möklinta is a locality in Sala, väg 56 a road.")
    gold["diarienummer"] = union(items)
    return gold

# ---------------------------------------------------------------- 6 Mönsterås KFN (scanned, Omröstningsresultat)
def monsteras():
    fn = "monsteras_kultur-och-fritidsnamnden_2026-09-02_protokoll.pdf"
    def header(i, n):
        return [("C", [(0, "MÖNSTERÅS KOMMUN", True), (85, "SAMMANTRÄDESPROTOKOLL", True), (158, f"Sida {i}", False)]),
                ("C", [(0, "Kultur- och fritidsnämnden", False), (85, "2026-09-02", False)])]
    p1 = [
        ("C", [(0, "Plats och tid", True), (42, "Kulturhuset, Mönsterås, kl. 17.30–19.40", False)]),
        ("G",),
        ("C", [(0, "Beslutande", True), (42, "Eva Lindkvist (S), ordförande", False)]),
        ("C", [(42, "Göran Fält (C), vice ordförande", False)]),
        ("C", [(42, "Anders Kvist (M)", False)]),
        ("C", [(42, "Sanna Holmgren (SD)", False)]),
        ("C", [(42, "Leif Nord (S)", False)]),
        ("C", [(42, "Ida Brandt (V)", False)]),
        ("C", [(42, "Oskar Lööf (KD)", False)]),
        ("G",),
        ("C", [(0, "Övriga deltagande", True), (42, "Jenny Palm, kultur- och fritidschef", False)]),
        ("C", [(42, "Henrik Stål, sekreterare", False)]),
        ("G",),
        ("C", [(0, "Utses att justera", True), (42, "Ida Brandt (V)", False)]),
        ("C", [(0, "Justeringens", True), (42, "Kommunhuset 2026-09-07", False)]),
        ("C", [(0, "plats och tid", True)]),
        ("C", [(0, "Paragrafer", True), (42, "41–44", False)]),
        ("G",),
        ("C", [(0, "Sekreterare", False), (42, "................................", False), (110, "Henrik Stål", False)]),
        ("G",),
        ("C", [(0, "Ordförande", False), (42, "................................", False), (110, "Eva Lindkvist", False)]),
        ("G",),
        ("C", [(0, "Justerande", False), (42, "................................", False), (110, "Ida Brandt", False)]),
        ("G",), ("G",),
        ("C", [(0, "§ 41", True), (20, "Val av justerare", True)]),
        ("N", "Ida Brandt (V) utses att jämte ordföranden justera protokollet."),
        ("G",),
        ("C", [(0, "§ 42", True), (20, "Föreningsbidrag 2027 – nya riktlinjer för", True), (140, "2026.031 KFN", False)]),
        ("C", [(20, "aktivitetsstöd", True)]),
        ("N", "Förvaltningen föreslår nya riktlinjer där aktivitetsstödet till föreningar räknas per deltagartillfälle i stället för per sammankomst, med ett tak om 180 000 kronor per förening. Jämförelser har gjorts med Oskarshamns kommun."),
    ]
    p2 = [
        ("B", "§ 42 forts."),
        ("B", "Yrkanden"),
        ("N", "Eva Lindkvist (S) yrkar bifall till förvaltningens förslag."),
        ("N", "Anders Kvist (M) yrkar avslag till förslaget. Sanna Holmgren (SD) instämmer i Anders Kvists yrkande."),
        ("B", "Propositionsordning"),
        ("N", "Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller förslaget. Omröstning begärs och verkställs. Ja-röst för bifall, nej-röst för avslag."),
        ("G",),
        ("B", "Omröstningsresultat"),
        ("T", [62, 22, 22, 22, 22], [
            ["Ledamot", "Parti", "Ja", "Nej", "Avstår"],
            ["Eva Lindkvist", "S", "X", "", ""],
            ["Göran Fält", "C", "X", "", ""],
            ["Anders Kvist", "M", "", "X", ""],
            ["Sanna Holmgren", "SD", "", "X", ""],
            ["Leif Nord", "S", "X", "", ""],
            ["Ida Brandt", "V", "", "", "X"],
            ["Oskar Lööf", "KD", "X", "", ""],
            ["Resultat", "", "4", "2", "1"],
        ], True),
        ("G",),
        ("N", "Med 4 ja-röster mot 2 nej-röster, 1 avstår, bifaller nämnden förvaltningens förslag."),
        ("B", "Beslut"),
        ("N", "Kultur- och fritidsnämnden antar riktlinjer för aktivitetsstöd att gälla från 1 januari 2027."),
        ("B", "Reservation"),
        ("N", "Moderaterna och Sverigedemokraterna reserverar sig mot beslutet."),
        ("G",),
        ("C", [(0, "§ 43", True), (20, "Medborgarförslag om belysning vid motionsspåret", True), (140, "2026.018 KFN", False)]),
        ("C", [(20, "i Timmernabben", True)]),
        ("N", "Lars Berglund har lämnat ett medborgarförslag om belysning längs det 2,5 kilometer långa motionsspåret. Kostnaden beräknas till 640 000 kronor."),
        ("B", "Beslut"),
        ("N", "Medborgarförslaget bifalls och finansieras inom investeringsramen 2027."),
    ]
    p3 = [
        ("C", [(0, "§ 44", True), (20, "Kultur- och fritidschefen informerar", True)]),
        ("N", "Jenny Palm informerar om sommarens besökssiffror på badplatserna, om biblioteksfilialen i Blomstermåla och om att simhallen stänger för renovering under november."),
        ("B", "Beslut"),
        ("N", "Informationen läggs till handlingarna."),
        ("G",),
        ("N", "Vid protokollet: Henrik Stål"),
    ]
    pdf_scanned(OUT + fn, [p1, p2, p3], header, None, seed=6)
    P = lambda n, p, r, **k: dict(name=n, party=p, roles=r, **k)
    items = [
        dict(number="§41", title="Val av justerare", diarienummer=[], page=1),
        dict(number="§42", title="Föreningsbidrag 2027 – nya riktlinjer för aktivitetsstöd", diarienummer=["2026.031 KFN"], page=1,
             votes_summary=[dict(round=1, ja=4, nej=2, avstår=1)]),
        dict(number="§43", title="Medborgarförslag om belysning vid motionsspåret i Timmernabben", diarienummer=["2026.018 KFN"], page=2),
        dict(number="§44", title="Kultur- och fritidschefen informerar", diarienummer=[], page=3),
    ]
    V = lambda n, v: dict(item="§42", round=1, person=n, vote=v)
    gold = dict(file=fn, organization="Mönsterås kommun", organ="Kultur- och fritidsnämnden", date="2026-09-02", doc_type="protokoll", pages=3,
        items=items,
        persons=[
            P("Eva Lindkvist", "S", ["ordförande", "ledamot"]), P("Göran Fält", "C", ["vice ordförande", "ledamot"]),
            P("Anders Kvist", "M", ["ledamot"]), P("Sanna Holmgren", "SD", ["ledamot"]), P("Leif Nord", "S", ["ledamot"]),
            P("Ida Brandt", "V", ["ledamot", "justerare"]), P("Oskar Lööf", "KD", ["ledamot"]),
            P("Jenny Palm", None, ["tjänsteperson"], title="kultur- och fritidschef"),
            P("Henrik Stål", None, ["sekreterare", "tjänsteperson"], title="sekreterare"),
            P("Lars Berglund", None, []),
        ],
        actions=[
            A("Ida Brandt", "§41", "justerare"),
            A("Eva Lindkvist", "§42", "proposed"), A("Anders Kvist", "§42", "proposed"), A("Sanna Holmgren", "§42", "proposed"),
            AP("M", "§42", "reserved"), AP("SD", "§42", "reserved"),
            A("Lars Berglund", "§43", "raised"),
            A("Jenny Palm", "§44", "presented"),
        ],
        votes=[V("Eva Lindkvist", "ja"), V("Göran Fält", "ja"), V("Anders Kvist", "nej"), V("Sanna Holmgren", "nej"),
               V("Leif Nord", "ja"), V("Ida Brandt", "avstår"), V("Oskar Lööf", "ja")],
        kommuner=["Mönsterås", "Oskarshamn"], regions=[],
        notes="SCANNED: image-only PDF (no text layer), 3 pages; the omröstning is an 'Omröstningsresultat' table (Ledamot | Parti | Ja | Nej | Avstår) on scanned page 2. §42's title wraps over two lines (joined with a space). §41 and §42 begin on page 1 below the signature block; §42 continues on p.2 ('§ 42 forts.'). Diarienummer shape '2026.031 KFN' to the right of the title. 'Moderaterna och Sverigedemokraterna reserverar sig' -> two party actions (M, SD). Henrik Stål's printed title is just 'sekreterare'. Lars Berglund: medborgarförslag author (raised), roles []. Timmernabben and Blomstermåla are localities in Mönsterås.")
    gold["diarienummer"] = union(items)
    return gold
# ---------------------------------------------------------------- 7 Kumla TN (pdftotext -layout export, .txt)
def kumla():
    fn = "kumla_tekniska-namnden_2026-10-21_protokoll.txt"
    SHY = "\u00ad"
    def head(i):
        return ("Kumla kommun                              PROTOKOLL                                 Sida " + f"{i} (3)\n"
                "Tekniska nämnden                          2026-10-21\n\n")
    foot = "\n\nJusterandes sign                          Utdragsbestyrkande\n"
    p1 = head(1) + """Plats och tid              Kumla kommunhus, sammanträdesrum Hardemo, kl. 09.00–12.15

Beslutande                 Ledamöter                              Parti
                           Roger Ekdahl, ordförande               S
                           Maja Lindholm, vice ordförande         M
                           Stig Arvidsson                         S
                           Helena Korpi                           SD
                           Björn Tegnér                           C
                           Amina Saleh                            V
                           Ulf Brandberg                          KuL

Ersättare                  Gustav Ohlsson (L)

Övriga deltagare           Tobias Melin, teknisk chef
                           Linus Åkesson, gatuingenjör, § 73
                           Sara Fors, nämndsekreterare

Justerare                  Björn Tegnér (C)

Justeringens               Kommunhuset 2026-10-26
plats och tid

Underskrifter              Sekreterare    ..................................      Paragrafer 71–75
                                          Sara Fors
                           Ordförande     ..................................
                                          Roger Ekdahl
                           Justerare      ..................................
                                          Björn Tegnér



§ 71                       Val av justerare

                           Tekniska nämnden utser Björn Tegnér (C) att jämte ordföranden
                           justera protokollet.
""" + foot
    p2 = head(2) + """§ 72       TN26/198      Taxa för upplåtelse av offentlig platsmark 2027

Ärendebeskrivning
Förvaltningen föreslår en ny taxa för upplåtelse av offentlig platsmark. Taxan för uteserveringar
höjs med 8 procent och en ny taxeklass för byggetableringar längre än sex månader införs.

Yrkanden
Stig Arvidsson (S) yrkar bifall till förvaltningens förslag.
Amina Saleh (V) yrkar att ideella föreningar undantas från taxan.
Björn Tegnér (C) yrkar att ärendet återremitteras för samråd med handlarföreningen.

Beslutsordning
Ordföranden ställer först proposition på återremiss och finner att ärendet ska avgöras i dag.
Därefter ställs förslagen mot varandra och nämnden bifaller Stig Arvidssons yrkande.

Beslut
Tekniska nämnden föreslår kommunfullmäktige att anta taxa för upplåtelse av offentlig platsmark
2027.

Reservationer
Vänsterpartiet reserverar sig till förmån för eget yrkande.
Centerpartiet reserverar sig till förmån för eget yrkande.


§ 73       TN26/204      Trafiksäkerhetsåtgärder vid Sannaskolan, gång- och cykelpassage
                         över Östra Vialundsvägen

Ärendebeskrivning
Gatuingenjör Linus Åkes-
son föredrar ärendet. En upphöjd gång""" + SHY + """passage med mittrefug föreslås vid Sanna-
skolan. Åtgärden samordnas med skolskjutsarna från Hallsbergs kommun som trafikerar sträckan.
Kostnaden beräknas till 1,2 miljoner kronor.

Beslut
Tekniska nämnden godkänner förslaget och uppdrar åt förvaltningen att genomföra åtgärden
under 2027.
""" + foot
    p3 = head(3) + """§ 74       TN26/231      Svar på fråga från Helena Korpi (SD) om vinterväghållning
                         på cykelvägar

Helena Korpi (SD) har vid nämndens sammanträde i september ställt en fråga om varför
cykelvägarna plogas efter bilvägarna. Teknisk chef Tobias Melin besvarar frågan och redogör
för den nya prioriteringsordningen.

Beslut
Frågan anses besvarad.

Protokollsanteckning
Ulf Brandberg (KuL) lämnar en protokollsanteckning om att Kumlalistan vill att
prioriteringsordningen utvärderas efter vintern.


§ 75       TN26/5        Anmälan av delegationsbeslut

Delegationsbeslut enligt förteckning:
  TN26/189   Tillfällig lokal trafikföreskrift, Storgatan
  TN26/207   Tillstånd att gräva i allmän mark, Skolvägen 4
  TN26/211   Avskrivning av parkeringsanmärkning

Beslut
Anmälan godkänns.
""" + foot
    with open(OUT + fn, "w", encoding="utf-8") as f:
        f.write("\f".join([p1, p2, p3]))
    P = lambda n, p, r, **k: dict(name=n, party=p, roles=r, **k)
    items = [
        dict(number="§71", title="Val av justerare", diarienummer=[], page=1),
        dict(number="§72", title="Taxa för upplåtelse av offentlig platsmark 2027", diarienummer=["TN26/198"], page=2),
        dict(number="§73", title="Trafiksäkerhetsåtgärder vid Sannaskolan, gång- och cykelpassage över Östra Vialundsvägen", diarienummer=["TN26/204"], page=2),
        dict(number="§74", title="Svar på fråga från Helena Korpi (SD) om vinterväghållning på cykelvägar", diarienummer=["TN26/231"], page=3),
        dict(number="§75", title="Anmälan av delegationsbeslut", diarienummer=["TN26/5"], page=3),
    ]
    gold = dict(file=fn, organization="Kumla kommun", organ="Tekniska nämnden", date="2026-10-21", doc_type="protokoll", pages=3,
        items=items,
        persons=[
            P("Roger Ekdahl", "S", ["ordförande", "ledamot"]), P("Maja Lindholm", "M", ["vice ordförande", "ledamot"]),
            P("Stig Arvidsson", "S", ["ledamot"]), P("Helena Korpi", "SD", ["ledamot"]),
            P("Björn Tegnér", "C", ["ledamot", "justerare"]), P("Amina Saleh", "V", ["ledamot"]), P("Ulf Brandberg", "KuL", ["ledamot"]),
            P("Gustav Ohlsson", "L", ["ersättare"]),
            P("Tobias Melin", None, ["tjänsteperson"], title="teknisk chef"),
            P("Linus Åkesson", None, ["föredragande", "tjänsteperson"], title="gatuingenjör"),
            P("Sara Fors", None, ["sekreterare", "tjänsteperson"], title="nämndsekreterare"),
        ],
        actions=[
            A("Björn Tegnér", "§71", "justerare"),
            A("Stig Arvidsson", "§72", "proposed"), A("Amina Saleh", "§72", "proposed"), A("Björn Tegnér", "§72", "proposed"),
            AP("V", "§72", "reserved"), AP("C", "§72", "reserved"),
            A("Linus Åkesson", "§73", "presented"),
            A("Helena Korpi", "§74", "raised"), A("Tobias Melin", "§74", "presented"),
            A("Ulf Brandberg", "§74", "protocol_note"),
        ],
        votes=[], kommuner=["Kumla", "Hallsberg"], regions=[],
        notes="A pdftotext -layout style text export; pages separated by form feeds (3 pages). Layout: '§ 72   TN26/198   Title' in columns on one line; §73 and §74 titles wrap to a second indented line (joined with a space). KuL = Kumlalistan, local party. In §73 the name 'Linus Åkes-/son' is hyphenated over a line break (still Linus Åkesson), and 'gång<soft hyphen>passage' contains U+00AD. 'Vänsterpartiet … / Centerpartiet reserverar sig till förmån för eget yrkande' -> party reservations V and C; Björn Tegnér's återremiss yrkande and Amina Saleh's yrkande are proposed. §74: Helena Korpi asked the fråga (raised), Tobias Melin answers it (presented). §75: TN26/189, /207, /211 are delegation decisions listed as references; only TN26/5 is the item's number.")
    gold["diarienummer"] = union(items)
    return gold

# ---------------------------------------------------------------- 8 Region Gävleborg HSN (portal page, HTML)
def gavleborg():
    fn = "region-gavleborg_halso-och-sjukvardsnamnden_2026-11-12_protokoll.html"
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Protokoll Hälso- och sjukvårdsnämnden 2026-11-12 – Region Gävleborg</title></head>
<body>
<nav><a href="/">Region Gävleborg</a> › <a href="/politik">Politik och påverkan</a> › <a href="/politik/moten">Möten och handlingar</a></nav>
<main>
<h1>Hälso- och sjukvårdsnämnden</h1>
<p class="meta">Protokoll från sammanträde 2026-11-12, kl. 09.00–14.30, Regionhuset, sal Gävle</p>
<section id="narvaro">
<h2>Närvarande</h2>
<table>
<tr><th>Roll</th><th>Namn</th><th>Parti</th></tr>
<tr><td>Ordförande</td><td>Åsa Lundmark</td><td>S</td></tr>
<tr><td>1:e vice ordförande</td><td>Per Hjalmarsson</td><td>M</td></tr>
<tr><td>Ledamot</td><td>Kenneth Åhl</td><td>SJVP</td></tr>
<tr><td>Ledamot</td><td>Inger Sundin</td><td>S</td></tr>
<tr><td>Ledamot</td><td>Dragan Ilić</td><td>SD</td></tr>
<tr><td>Ledamot</td><td>Britt-Marie Hägg</td><td>C</td></tr>
<tr><td>Tjänstgörande ersättare</td><td>Mats Wiklander (ersätter Jonna Ek, S)</td><td>S</td></tr>
<tr><td>Ersättare</td><td>Lotta Grip</td><td>SJVP</td></tr>
<tr><td></td><td></td><td></td></tr>
</table>
<p><strong>Tjänstepersoner:</strong> Karl Edvinsson, hälso- och sjukvårdsdirektör; Emma Norén, nämndsekreterare</p>
<p><strong>Justerare:</strong> Britt-Marie Hägg (C)</p>
</section>
<section class="paragraf">
<h3>§ 101 Val av justerare</h3>
<p>Nämnden utser Britt-Marie Hägg (C) att tillsammans med ordföranden justera protokollet.</p>
</section>
<section class="paragraf">
<h3>§ 102 Månadsrapport oktober 2026</h3>
<p class="arende">Ärendenummer: RG 2026-00412</p>
<p>Hälso- och sjukvårdsdirektör Karl Edvinsson redogör för månadsrapporten. Antalet disponibla vårdplatser har ökat med 14 sedan september.</p>
<h4>Beslut</h4>
<p>Månadsrapporten godkänns.</p>
</section>
<section class="paragraf">
<h3>§ 103 Yttrande över motion från Kenneth Åhl (SJVP) om akutmottagning dygnet runt vid Hudiksvalls sjukhus</h3>
<p class="arende">Ärendenummer: RG 2026-00377</p>
<p>Regionfullmäktige har remitterat motionen till nämnden. Motionären vill att akutmottagningen i Hudiksvalls kommun ska hållas öppen dygnet runt även sommartid. Förvaltningen bedömer att bemanningen inte medger det och hänvisar till samarbetet med Gävle kommun om ambulanssjukvård.</p>
<h4>Yrkanden</h4>
<p>Kenneth Åhl (SJVP) yrkar bifall till motionen.<br>Inger Sundin (S) yrkar att motionen ska anses besvarad.</p>
<h4>Beslut</h4>
<p>Nämnden föreslår regionfullmäktige att motionen anses besvarad.</p>
<h4>Protokollsanteckning</h4>
<p>Sjukvårdspartiets ledamöter lämnar en protokollsanteckning.</p>
</section>
<section class="paragraf">
<h3>§ 104 Information om vårdplatsläget inför vintern</h3>
<p>Karl Edvinsson informerar om planeringen för vintern, bland annat om förstärkt bemanning på infektionskliniken.</p>
<h4>Beslut</h4>
<p>Informationen noteras.</p>
<h4>Reservation</h4>
<p>Dragan Ilić (SD) reserverar sig mot att nämnden inte beslutar om en handlingsplan.</p>
</section>
<footer><p>Protokollet justerades 2026-11-17. Sidan uppdaterad 2026-11-18.</p></footer>
</main></body></html>
"""
    with open(OUT + fn, "w", encoding="utf-8") as f:
        f.write(html)
    P = lambda n, p, r, **k: dict(name=n, party=p, roles=r, **k)
    items = [
        dict(number="§101", title="Val av justerare", diarienummer=[], page=1),
        dict(number="§102", title="Månadsrapport oktober 2026", diarienummer=["RG 2026-00412"], page=1),
        dict(number="§103", title="Yttrande över motion från Kenneth Åhl (SJVP) om akutmottagning dygnet runt vid Hudiksvalls sjukhus", diarienummer=["RG 2026-00377"], page=1),
        dict(number="§104", title="Information om vårdplatsläget inför vintern", diarienummer=[], page=1),
    ]
    gold = dict(file=fn, organization="Region Gävleborg", organ="Hälso- och sjukvårdsnämnden", date="2026-11-12", doc_type="protokoll", pages=1,
        items=items,
        persons=[
            P("Åsa Lundmark", "S", ["ordförande", "ledamot"]), P("Per Hjalmarsson", "M", ["vice ordförande", "ledamot"]),
            P("Kenneth Åhl", "SJVP", ["ledamot"]), P("Inger Sundin", "S", ["ledamot"]), P("Dragan Ilić", "SD", ["ledamot"]),
            P("Britt-Marie Hägg", "C", ["ledamot", "justerare"]),
            P("Mats Wiklander", "S", ["tjänstgörande ersättare"]),
            P("Lotta Grip", "SJVP", ["ersättare"]),
            P("Karl Edvinsson", None, ["tjänsteperson"], title="hälso- och sjukvårdsdirektör"),
            P("Emma Norén", None, ["sekreterare", "tjänsteperson"], title="nämndsekreterare"),
        ],
        actions=[
            A("Britt-Marie Hägg", "§101", "justerare"),
            A("Karl Edvinsson", "§102", "presented"),
            A("Kenneth Åhl", "§103", "raised"), A("Kenneth Åhl", "§103", "proposed"), A("Inger Sundin", "§103", "proposed"),
            AP("SJVP", "§103", "protocol_note"),
            A("Karl Edvinsson", "§104", "presented"),
            A("Dragan Ilić", "§104", "reserved"),
        ],
        votes=[], kommuner=["Hudiksvall", "Gävle"], regions=["Region Gävleborg"],
        notes="Portal page (HTML): no pages, pages=1 and every item page 1. SJVP = Sjukvårdspartiet, local/regional party; 'Sjukvårdspartiets ledamöter lämnar en protokollsanteckning' -> party action SJVP protocol_note. Mats Wiklander is tjänstgörande ersättare replacing Jonna Ek (S), who is therefore not a person. Attendance table ends with an empty row. Hudiksvalls kommun and Gävle kommun are named in §103 text ('Hudiksvalls sjukhus' in the title; 'sal Gävle' is a room). Emma Norén is listed among tjänstepersoner as nämndsekreterare -> sekreterare.")
    gold["diarienummer"] = union(items)
    return gold
if __name__ == "__main__":
    import json
    docs = [taby(), falkenberg(), eslov(), kalix(), sala(), monsteras(), kumla(), gavleborg()]
    for d in docs:
        d.setdefault("votes", [])
        # key order as in GOLD_FORMAT
        order = ["file", "organization", "organ", "date", "doc_type", "pages", "items", "persons", "actions", "votes", "diarienummer", "kommuner", "regions", "notes"]
        d2 = {k: d[k] for k in order if k in d}
        d.clear(); d.update(d2)
    with open(OUT + "gold.json", "w", encoding="utf-8") as f:
        json.dump({"format": "arkiv-gold/1", "documents": docs}, f, ensure_ascii=False, indent=1)
    print("ok", len(docs))
