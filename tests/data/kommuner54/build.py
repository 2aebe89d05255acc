# Generator for kommuner54 (invented documents). Run with /work/main/.venv/bin/python build.py
import os, subprocess
from fpdf import FPDF
import docx
from docx.shared import Pt
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, hdr=None, ftr=None, serif=False):
        super().__init__(format="A4")
        self.add_font("S", "", FD + ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf"))
        self.add_font("S", "B", FD + ("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf"))
        self.add_font("S", "I", FD + ("DejaVuSerif-Italic.ttf" if serif else "DejaVuSans-Oblique.ttf"))
        self.hdr, self.ftr = hdr, ftr
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 25)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def P(pdf, text, size=10, style="", h=5, x=None, w=0, align="L", gap=0):
    pdf.set_font("S", style, size)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    if gap:
        pdf.ln(gap)


def row(pdf, cols, size=10, style="", h=5):
    """cols: list of (x, w, text, style)"""
    y = pdf.get_y()
    maxy = y
    for c in cols:
        x, w, t = c[0], c[1], c[2]
        st = c[3] if len(c) > 3 else style
        al = c[4] if len(c) > 4 else "L"
        pdf.set_xy(x, y)
        pdf.set_font("S", st, size)
        pdf.multi_cell(w, h, t, align=al, new_x="LMARGIN", new_y="NEXT")
        maxy = max(maxy, pdf.get_y())
    pdf.set_xy(20, maxy)


# ---------------------------------------------------------------- 1 Härjedalen KS (Ciceron)
def harjedalen():
    def hdr(p):
        p.set_font("S", "B", 11)
        p.set_xy(20, 10)
        p.cell(90, 5, "Härjedalens kommun")
        p.set_font("S", "B", 11)
        p.cell(0, 5, "PROTOKOLL", align="R")
        p.set_xy(20, 15)
        p.set_font("S", "", 8)
        p.cell(60, 4, "Kommunstyrelsen")
        p.cell(50, 4, "Sammanträdesdatum")
        p.cell(0, 4, "Sida", align="R")
        p.set_xy(20, 19)
        p.set_font("S", "", 9)
        p.cell(60, 4, "")
        p.cell(50, 4, "2026-03-03")
        p.cell(0, 4, f"{p.page_no()} ({{nb}})", align="R")
        p.line(20, 24, 190, 24)
        p.set_xy(20, 30)

    def ftr(p):
        p.set_y(-18)
        p.set_font("S", "", 7)
        p.cell(40, 4, "Justerandes sign", border="T")
        p.cell(20, 4, "")
        p.cell(40, 4, "Utdragsbestyrkande", border="T")

    pdf = Doc(hdr, ftr, serif=True)
    pdf.add_page()
    P(pdf, "Kommunstyrelsen", 16, "B", 8, gap=3)
    P(pdf, "Plats och tid: Kommunhuset, Sveg, tisdagen den 3 mars 2026 kl. 13.00–15.30", 10, "B")
    pdf.ln(2)
    row(pdf, [(20, 45, "Beslutande", "B"), (65, 125, "Se närvarolista, sidan 2")])
    row(pdf, [(20, 45, "Övriga närvarande", "B"), (65, 125, "Se närvarolista, sidan 2")])
    pdf.ln(2)
    row(pdf, [(20, 45, "Utses att justera", "B"), (65, 125, "Karin Bergqvist (S) och Jonas Hedlund (M)")])
    row(pdf, [(20, 45, "Justeringens\nplats och tid", "B"), (65, 125, "Kommunkansliet, Sveg, fredagen den 6 mars 2026 kl. 10.00")])
    pdf.ln(6)
    row(pdf, [(20, 45, "Underskrifter", "B"), (65, 30, "Sekreterare"), (100, 60, "..................................."), (160, 30, "Paragrafer\n§§ 10–16")])
    row(pdf, [(100, 60, "Petra Lidén")])
    pdf.ln(4)
    row(pdf, [(65, 30, "Ordförande"), (100, 60, "...................................")])
    row(pdf, [(100, 60, "Anders Hellström")])
    pdf.ln(4)
    row(pdf, [(65, 30, "Justerande"), (100, 45, "........................."), (148, 45, ".........................")])
    row(pdf, [(100, 45, "Karin Bergqvist"), (148, 45, "Jonas Hedlund")])
    pdf.ln(8)
    P(pdf, "ANSLAG/BEVIS", 10, "B", 6)
    P(pdf, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", 9)
    pdf.ln(2)
    for a, b in [("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2026-03-03"),
                 ("Datum för anslags uppsättande", "2026-03-07"), ("Datum för anslags nedtagande", "2026-03-29"),
                 ("Förvaringsplats för protokollet", "Kommunkansliet, Sveg"),
                 ("Underskrift", "...................................  Petra Lidén")]:
        row(pdf, [(20, 65, a, "", "L"), (85, 105, b)], size=9)

    # page 2: närvarolista in two columns + § 10
    pdf.add_page()
    P(pdf, "Närvarolista", 13, "B", 7, gap=2)
    y0 = pdf.get_y()
    left = ["Ledamöter", "Anders Hellström (S), ordförande", "Maria Nyberg (C), 1:e vice ordförande",
            "Per-Olof Svensson (LPH), 2:e vice ordförande", "Karin Bergqvist (S)", "Birgitta Wallin (S)",
            "Jonas Hedlund (M)", "Elin Sjödin (SD)", "Lars Ek (C), §§ 10–14", "Mikael Oskarsson (LPH)"]
    right = ["Tjänstgörande ersättare", "Sofia Almqvist (M) för Rolf Persson (M)",
             "Henrik Forsberg (V) för Anna Lindgren (V)", "Ulla Berg (C) för Lars Ek (C), §§ 15–16", "",
             "Ersättare", "Tomas Jonsson (S)", "Lena Hägg (LPH)", "",
             "Övriga närvarande", "Camilla Sundberg, kommundirektör", "Johan Eriksson, ekonomichef, §§ 11–12",
             "Petra Lidén, kommunsekreterare"]
    heads = {"Ledamöter", "Tjänstgörande ersättare", "Ersättare", "Övriga närvarande"}
    for col, x in ((left, 20), (right, 108)):
        pdf.set_y(y0)
        for t in col:
            pdf.set_x(x)
            pdf.set_font("S", "B" if t in heads else "", 9.5)
            pdf.cell(85, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0 + 5 * len(right) + 3)
    P(pdf, "LPH = Lokalpartiet Härjedalen", 8, "I", 4, gap=6)

    def para_head(num, title_lines, dnr=None, forts=False):
        P(pdf, num + (" (forts.)" if forts else ""), 12, "B", 6)
        for t in title_lines:
            P(pdf, t, 12, "B", 6)
        if dnr:
            P(pdf, dnr, 9, "", 5)
        pdf.ln(3)

    para_head("§ 10", ["Godkännande av dagordning"])
    P(pdf, "Kommunstyrelsens beslut", 10, "B")
    P(pdf, "Dagordningen godkänns med tillägget att ärendet om samverkansavtal om räddningstjänst "
           "behandlas som § 16.", gap=6)
    para_head("§ 11", ["Information från kommundirektören"], "Dnr KS 2026/3")
    P(pdf, "Kommundirektör Camilla Sundberg informerar om arbetet med den nya förvaltningsorganisationen "
           "och om rekryteringen av ny socialchef. Ekonomichef Johan Eriksson redogör för det ekonomiska "
           "utfallet för januari 2026.", gap=2)
    P(pdf, "Kommunstyrelsens beslut", 10, "B")
    P(pdf, "Informationen noteras till protokollet.", gap=6)

    pdf.add_page()
    para_head("§ 12", ["Årsredovisning 2025 för Härjedalens kommun"], "Dnr KS 2026/58")
    P(pdf, "Ärendebeskrivning", 10, "B")
    P(pdf, "Ekonomiavdelningen har upprättat årsredovisning för 2025. Årets resultat uppgår till 14,2 "
           "miljoner kronor. Ekonomichef Johan Eriksson föredrar ärendet.", gap=2)
    P(pdf, "Yrkande", 10, "B")
    P(pdf, "Anders Hellström (S) yrkar bifall till förvaltningens förslag.", gap=2)
    P(pdf, "Kommunstyrelsens förslag till kommunfullmäktige", 10, "B")
    P(pdf, "Årsredovisning 2025 för Härjedalens kommun godkänns.", gap=6)

    para_head("§ 13", ["Detaljplan för del av Funäsdalen 3:112 m.fl.", "(Hotell Fjällgården), Funäsdalen, beslut om",
                       "samråd och granskning"], "Dnr KS 2025/412")
    P(pdf, "Jäv", 10, "B")
    P(pdf, "Mikael Oskarsson (LPH) anmäler jäv och deltar inte i handläggningen eller beslutet.", gap=2)
    P(pdf, "Ärendebeskrivning", 10, "B")
    P(pdf, "Planförslaget möjliggör en utbyggnad av hotellverksamheten med 40 nya rum. Planen har "
           "upprättats med standardförfarande.", gap=2)
    P(pdf, "Kommunstyrelsens beslut", 10, "B")
    P(pdf, "Planförslaget godkänns för samråd och därefter granskning.", gap=6)

    para_head("§ 14", ["Motion från Elin Sjödin (SD) om kameraövervakning vid", "resecentrum i Sveg"], "Dnr KS 2025/377")
    P(pdf, "Ärendebeskrivning", 10, "B")
    P(pdf, "Elin Sjödin (SD) föreslår i en motion att kommunen ansöker om tillstånd för kameraövervakning "
           "vid resecentrum i Sveg. Förvaltningen bedömer att förutsättningarna för tillstånd saknas och "
           "föreslår att motionen avslås.", gap=2)
    P(pdf, "Yrkanden", 10, "B")
    P(pdf, "Anders Hellström (S) yrkar bifall till förvaltningens förslag, det vill säga att motionen avslås.")
    P(pdf, "Elin Sjödin (SD) yrkar bifall till motionen.")
    P(pdf, "Jonas Hedlund (M) instämmer i Elin Sjödins yrkande.", gap=2)
    P(pdf, "Propositionsordning", 10, "B")
    P(pdf, "Ordföranden ställer proposition på de båda yrkandena och finner att kommunstyrelsen beslutar "
           "enligt Anders Hellströms yrkande. Omröstning begärs.")

    pdf.add_page()
    para_head("§ 14", ["Motion från Elin Sjödin (SD) om kameraövervakning vid", "resecentrum i Sveg"], forts=True)
    P(pdf, "Omröstning", 10, "B")
    P(pdf, "Kommunstyrelsen godkänner följande beslutsgång: Ja-röst för Anders Hellströms yrkande, "
           "nej-röst för Elin Sjödins yrkande.", gap=2)
    cols = [(20, 50), (70, 55), (125, 20), (145, 20), (165, 25)]
    hdrs = ["Ledamot", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"]
    pdf.set_font("S", "B", 9)
    for (x, w), t in zip(cols, hdrs):
        pdf.set_x(x)
        pdf.cell(w, 6, t, border=1)
    pdf.ln(6)
    vot = [("Anders Hellström (S)", "", 0), ("Maria Nyberg (C)", "", 0), ("Per-Olof Svensson (LPH)", "", 0),
           ("Karin Bergqvist (S)", "", 0), ("Birgitta Wallin (S)", "", 0), ("Rolf Persson (M)", "Sofia Almqvist (M)", 1),
           ("Jonas Hedlund (M)", "", 1), ("Elin Sjödin (SD)", "", 1), ("Lars Ek (C)", "", 0),
           ("Anna Lindgren (V)", "Henrik Forsberg (V)", 2), ("Mikael Oskarsson (LPH)", "", 0)]
    pdf.set_font("S", "", 9)
    for a, b, v in vot:
        vals = [a, b, "X" if v == 0 else "", "X" if v == 1 else "", "X" if v == 2 else ""]
        for (x, w), t in zip(cols, vals):
            pdf.set_x(x)
            pdf.cell(w, 6, t, border=1, align="C" if w <= 25 else "L")
        pdf.ln(6)
    pdf.set_font("S", "B", 9)
    for (x, w), t in zip(cols, ["Summa", "", "7", "3", "1"]):
        pdf.set_x(x)
        pdf.cell(w, 6, t, border=1, align="C" if w <= 25 else "L")
    pdf.ln(9)
    P(pdf, "Med 7 ja-röster mot 3 nej-röster beslutar kommunstyrelsen enligt Anders Hellströms yrkande. "
           "1 ledamot avstår från att rösta.", gap=2)
    P(pdf, "Kommunstyrelsens förslag till kommunfullmäktige", 10, "B")
    P(pdf, "Motionen avslås.", gap=2)
    P(pdf, "Reservationer", 10, "B")
    P(pdf, "Elin Sjödin (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    P(pdf, "Moderaternas ledamöter reserverar sig mot beslutet.", gap=3)
    P(pdf, "Lars Ek (C) lämnar sammanträdet kl. 15.10 efter § 14.", 10, "I", gap=6)

    para_head("§ 15", ["Taxa för offentlig kontroll inom livsmedelsområdet 2026"], "Dnr KS 2026/22")
    P(pdf, "Ulla Berg (C) tjänstgör från och med denna paragraf.", 10, "I", gap=2)
    P(pdf, "Yrkanden", 10, "B")
    P(pdf, "Maria Nyberg (C) yrkar bifall till förslaget med tillägget att taxan ska ses över inför 2027. "
           "Anders Hellström (S) yrkar bifall till Maria Nybergs tilläggsyrkande.", gap=2)
    P(pdf, "Kommunstyrelsens förslag till kommunfullmäktige", 10, "B")
    P(pdf, "Taxan antas att gälla från den 1 maj 2026. Taxan ses över inför 2027.", gap=2)
    P(pdf, "Protokollsanteckning", 10, "B")
    P(pdf, "Henrik Forsberg (V) lämnar följande protokollsanteckning: ”Vi vill att småskaliga "
           "livsmedelsproducenter får en lägre timtaxa.”", gap=6)

    para_head("§ 16", ["Samverkansavtal om räddningstjänst med Bergs kommun"], "Dnr KS 2026/37")
    P(pdf, "Ärendebeskrivning", 10, "B")
    P(pdf, "Härjedalens kommun och Bergs kommun har sedan 2019 samverkat om ledning av räddningstjänst. "
           "Ett nytt avtal föreslås som även omfattar samverkan i väntan på ambulans med Region Jämtland "
           "Härjedalen.", gap=2)
    P(pdf, "Yrkande", 10, "B")
    P(pdf, "Per-Olof Svensson (LPH) yrkar bifall till förslaget.", gap=2)
    P(pdf, "Kommunstyrelsens beslut", 10, "B")
    P(pdf, "Samverkansavtalet med Bergs kommun godkänns.")
    pdf.output(os.path.join(OUT, "harjedalen_kommunstyrelsen_2026-03-03_protokoll.pdf"))


# ---------------------------------------------------------------- 2 Kil BUN (Platina)
def kil():
    def hdr(p):
        p.set_xy(20, 10)
        p.set_font("S", "B", 14)
        p.cell(80, 7, "KILS KOMMUN")
        p.set_font("S", "", 9)
        p.cell(0, 7, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_xy(20, 17)
        p.set_font("S", "", 9)
        if p.page_no() == 1:
            p.cell(80, 4, "Barn- och utbildningsnämnden (BUN)")
        else:
            p.cell(80, 4, "BUN")
        p.cell(0, 4, "Protokoll  |  Datum för sammanträde: 2026-02-17", align="R")
        p.line(20, 23, 190, 23)
        p.set_xy(20, 28)

    def ftr(p):
        p.set_y(-15)
        p.set_font("S", "", 7)
        p.cell(0, 4, "Justerare: ______   ______        Utdragsbestyrkande: ______", align="L")

    pdf = Doc(hdr, ftr)
    pdf.add_page()
    P(pdf, "Protokoll", 18, "B", 9, gap=2)
    row(pdf, [(20, 40, "Plats", "B"), (60, 130, "Sannerudssalen, kommunhuset i Kil")])
    row(pdf, [(20, 40, "Tid", "B"), (60, 130, "13.15–16.40")])
    pdf.ln(3)
    P(pdf, "Beslutande", 10, "B", 6)
    t1 = [("Gustafsson, Annika", "S", "ordförande"), ("Brandt, Oskar", "M", "vice ordförande"),
          ("Nilsson, Peter", "S", "ledamot"), ("Holm, Linnea", "KD", "ledamot"), ("Ahlberg, Fredrik", "SD", "ledamot"),
          ("Lindqvist, Eva", "C", "ledamot"), ("Jakobsson, Roger", "S", "tjg ersättare för Berg, Ingela (S)")]
    pdf.set_font("S", "B", 9)
    for x, w, t in ((20, 60, "Namn"), (80, 20, "Parti"), (100, 90, "Funktion")):
        pdf.set_x(x); pdf.cell(w, 6, t, border="B")
    pdf.ln(6)
    pdf.set_font("S", "", 9)
    for a, b, c in t1:
        for x, w, t in ((20, 60, a), (80, 20, b), (100, 90, c)):
            pdf.set_x(x); pdf.cell(w, 5.5, t)
        pdf.ln(5.5)
    pdf.ln(3)
    P(pdf, "Övriga deltagare", 10, "B", 6)
    t2 = [("Karlsson, Maja", "L", "ersättare"), ("Öberg, Daniel", "V", "ersättare"),
          ("Olofsson, Mats", "", "förvaltningschef"), ("Björk, Sara", "", "controller, § 10"),
          ("Wennberg, Helena", "", "nämndsekreterare"), ("", "", "")]
    for a, b, c in t2:
        for x, w, t in ((20, 60, a), (80, 20, b), (100, 90, c)):
            pdf.set_x(x); pdf.cell(w, 5.5, t)
        pdf.ln(5.5)
    pdf.ln(3)
    row(pdf, [(20, 40, "Justerare", "B"), (60, 130, "Oskar Brandt (M)")])
    row(pdf, [(20, 40, "Justering", "B"), (60, 130, "Barn- och utbildningsförvaltningen, 2026-02-20")])
    row(pdf, [(20, 40, "Paragrafer", "B"), (60, 130, "8–14")])
    pdf.ln(6)
    for role, name in (("Sekreterare", "Helena Wennberg"), ("Ordförande", "Annika Gustafsson"), ("Justerare", "Oskar Brandt")):
        row(pdf, [(20, 40, role), (60, 80, "_______________________________")])
        row(pdf, [(60, 80, name)])
        pdf.ln(3)

    pdf.add_page()

    def item(num, title_lines, dnr=""):
        y = pdf.get_y()
        pdf.set_font("S", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(22, 6, num)
        for i, t in enumerate(title_lines):
            pdf.set_xy(42, y + 6 * i)
            pdf.cell(110, 6, t)
        if dnr:
            pdf.set_font("S", "", 9)
            pdf.set_xy(152, y)
            pdf.cell(38, 6, dnr, align="R")
        pdf.set_y(y + 6 * len(title_lines) + 3)

    def body(t, style="", gap=2):
        P(pdf, t, 10, style, 5, x=42, w=148, gap=gap)

    item("§ 8", ["Upprop och val av justerare"])
    body("Nämnden utser Oskar Brandt (M) att jämte ordföranden justera dagens protokoll.", gap=7)
    item("§ 9", ["Godkännande av föredragningslista"])
    body("Föredragningslistan godkänns.", gap=7)
    item("§ 10", ["Budgetuppföljning januari 2026"], "BUN 2026/9")
    body("Controller Sara Björk redogör för utfallet efter januari. Nämnden prognostiserar ett underskott "
         "om 1,8 miljoner kronor, främst inom fritidshem och tilläggsbelopp.")
    body("Beslut", "B", 0)
    body("Redovisningen läggs till handlingarna.", gap=7)
    item("§ 11", ["Skolskjutsregler för Kils kommun från och med", "läsåret 2026/2027, revidering efter synpunkter",
                  "från Arvika kommun och Forshaga kommun"], "BUN 2025/187")
    body("Ärendet", "B", 0)
    body("Förvaltningen har reviderat skolskjutsreglerna efter dialog med grannkommunerna om elever som "
         "går i skola över kommungränsen.")
    body("Yrkanden", "B", 0)
    body("Annika Gustafsson (S) yrkar bifall till förvaltningens förslag. Oskar Brandt (M) yrkar att "
         "ärendet återremitteras för att belysa kostnaderna. Linnea Holm (KD) instämmer i Oskar Brandts "
         "yrkande.")
    body("Propositionsordning", "B", 0)
    body("Ordföranden frågar först om ärendet ska avgöras i dag och finner att så ska ske. Därefter "
         "ställer ordföranden proposition på förvaltningens förslag och finner det bifallet.")
    body("Beslut", "B", 0)
    body("De reviderade skolskjutsreglerna antas att gälla från och med läsåret 2026/2027.")
    body("Reservation", "B", 0)
    body("Oskar Brandt (M) och Linnea Holm (KD) reserverar sig mot beslutet till förmån för eget yrkande.", gap=7)

    pdf.add_page()
    item("§ 12", ["Medborgarförslag om fler cykelställ vid", "Sannerudsskolan"], "BUN 2025/203")
    body("Kent Wiklund har i ett medborgarförslag föreslagit att fler cykelställ med tak sätts upp vid "
         "Sannerudsskolan.")
    body("Yrkande", "B", 0)
    body("Peter Nilsson (S) yrkar bifall till medborgarförslaget.")
    body("Beslut", "B", 0)
    body("Medborgarförslaget bifalls.", gap=7)
    item("§ 13", ["Delegationsbeslut och meddelanden"], "BUN 2026/2")
    body("Följande delegationsbeslut redovisas:")
    body("– Beslut om skolskjuts på grund av särskilda skäl, BUN 2026/11\n"
         "– Beslut om tilläggsbelopp, BUN 2026/14\n"
         "– Yttrande till Skolinspektionen, BUN 2026/6")
    body("Beslut", "B", 0)
    body("Redovisningen läggs till handlingarna.", gap=7)
    item("§ 14", ["Förvaltningschefen informerar"])
    body("Förvaltningschef Mats Olofsson informerar om samarbetet med Karlstads kommun om "
         "modersmålsundervisning och om läget i lokalfrågan för Frykenskolan.")
    body("Fredrik Ahlberg (SD) ställer en fråga om kostnaden för modersmålsundervisningen. Mats Olofsson "
         "besvarar frågan.")
    body("Beslut", "B", 0)
    body("Informationen noteras.")
    pdf.output(os.path.join(OUT, "kil_barn-och-utbildningsnamnden_2026-02-17_protokoll.pdf"))


# ---------------------------------------------------------------- 3 Laxå KF (Meetings Plus), organ/date only on cover
LAXA_LED = [("Göran Westin", "S", "ordförande"), ("Helena Kjellberg", "C", "1:e vice ordförande"),
            ("Roger Sundqvist", "SD", "2:e vice ordförande"), ("Tobias Granqvist", "S", ""),
            ("Birgitta Modig", "S", ""), ("Ali Hassan", "S", ""), ("Marita Jansson", "S", ""),
            ("Kenneth Åkesson", "S", ""), ("Susanne Holmgren", "S", ""), ("Patrik Nordin", "S", ""),
            ("Ingrid Lager", "S", ""), ("Hampus Lind", "M", ""), ("Daniel Rask", "M", ""),
            ("Camilla Ekström", "M", ""), ("Stefan Vik", "SD", ""), ("Monica Björklund", "SD", ""),
            ("Jörgen Tell", "SD", ""), ("Johanna Lundh", "C", ""), ("Annelie Fors", "C", ""),
            ("Bengt Hallin", "KD", ""), ("Sara Mörk", "KD", ""), ("Eva Sjöberg", "V", ""),
            ("Olle Wester", "V", ""), ("Nina Sandberg", "L", ""), ("Mats Ridderstad", "LxP", ""),
            ("Jenny Skog", "LxP", ""), ("Leif Ström", "MP", "")]
LAXA_TJG = [("Kristina Borg", "S", "Anders Lidholm (S)"), ("Erik Dahlén", "M", "Lotta Hed (M)"),
            ("Yvonne Pettersson", "SD", "Ronny Ek (SD)"), ("Lars-Göran Frid", "C", "Maja Alm (C)")]


def laxa():
    def hdr(p):
        if p.page_no() == 1:
            return
        p.set_xy(20, 10)
        p.set_font("S", "B", 12)
        p.cell(80, 6, "LAXÅ KOMMUN")
        p.set_font("S", "", 9)
        p.cell(0, 6, f"Protokoll    Sida {p.page_no()} av {{nb}}", align="R")
        p.line(20, 17, 190, 17)
        p.set_xy(20, 24)

    def ftr(p):
        if p.page_no() == 1:
            return
        p.set_y(-15)
        p.set_font("S", "", 7)
        p.cell(0, 4, "Justerandes signatur ________  ________  ________          Utdragsbestyrkande ________")

    pdf = Doc(hdr, ftr)
    pdf.add_page()
    pdf.set_font("S", "B", 20)
    pdf.set_xy(20, 20)
    pdf.cell(0, 10, "LAXÅ KOMMUN", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    P(pdf, "Protokoll", 26, "B", 12)
    P(pdf, "Kommunfullmäktige", 16, "", 9, gap=8)
    row(pdf, [(20, 40, "Tid", "B"), (60, 130, "Måndagen den 23 mars 2026 kl. 18.30–21.05")])
    row(pdf, [(20, 40, "Plats", "B"), (60, 130, "Sessionssalen, kommunhuset, Laxå")])
    row(pdf, [(20, 40, "Beslutande", "B"), (60, 130, "Se närvarolista")])
    row(pdf, [(20, 40, "Justering", "B"), (60, 130, "Kommunkansliet, torsdagen den 26 mars 2026")])
    row(pdf, [(20, 40, "Paragrafer", "B"), (60, 130, "§§ 20–27")])
    pdf.ln(14)
    for role, names in (("Sekreterare", ["LINDA ÅBERG"]), ("Ordförande", ["GÖRAN WESTIN"]),
                        ("Justerare", ["BIRGITTA MODIG", "HAMPUS LIND"])):
        cols = [(20, 40, role, "B")]
        cols2 = []
        for i, n in enumerate(names):
            cols.append((60 + 65 * i, 60, "_________________________"))
            cols2.append((60 + 65 * i, 60, n))
        row(pdf, cols)
        row(pdf, cols2)
        pdf.ln(6)

    pdf.add_page()
    P(pdf, "Närvarolista", 14, "B", 8, gap=2)
    P(pdf, "Beslutande ledamöter", 10, "B", 6)
    pdf.set_font("S", "", 9)
    half = (len(LAXA_LED) + 1) // 2
    for i in range(half):
        for j, x in ((i, 20), (i + half, 108)):
            if j < len(LAXA_LED):
                n, pa, r = LAXA_LED[j]
                pdf.set_xy(x, pdf.get_y())
                pdf.cell(85, 5, f"{n} ({pa})" + (f", {r}" if r else ""))
        pdf.ln(5)
    pdf.ln(3)
    P(pdf, "Tjänstgörande ersättare", 10, "B", 6)
    for n, pa, f in LAXA_TJG:
        P(pdf, f"{n} ({pa}) ersätter {f}", 9, "", 5)
    pdf.ln(3)
    P(pdf, "Närvarande ersättare", 10, "B", 6)
    P(pdf, "Hanna Linde (S), Tove Öhman (M)", 9, "", 5, gap=3)
    P(pdf, "Övriga närvarande", 10, "B", 6)
    P(pdf, "Magnus Hjort, kommundirektör\nLinda Åberg, kommunsekreterare", 9, "", 5)
    P(pdf, "LxP = Laxåpartiet", 8, "I", 5)

    def item(title_lines, num, dnr=""):
        for t in title_lines:
            P(pdf, t, 12, "B", 6)
        y = pdf.get_y()
        pdf.set_font("S", "", 10)
        pdf.cell(40, 6, num)
        if dnr:
            pdf.set_xy(120, y)
            pdf.cell(70, 6, dnr, align="R")
        pdf.ln(9)

    pdf.add_page()
    item(["Val av justerare"], "§ 20")
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Kommunfullmäktige väljer Birgitta Modig (S) och Hampus Lind (M) att jämte ordföranden justera "
           "dagens protokoll.", gap=7)
    item(["Anmälan av inkomna motioner"], "§ 21")
    P(pdf, "Följande motioner har inkommit och anmäls:")
    P(pdf, "1. Motion från Hampus Lind (M) om belysning längs gång- och cykelvägen till Ramundeboda, KS/2026:51\n"
           "2. Motion från Jenny Skog (LxP) om ett ungdomsråd i Laxå kommun, KS/2026:52", x=25, w=165, gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Motionerna överlämnas till kommunstyrelsen för beredning.", gap=7)
    item(["INTERPELLATION TILL KOMMUNSTYRELSENS ORDFÖRANDE OM", "LOKALERNA VID RAMUNDEBODA SKOLA"], "§ 22", "Dnr KS/2026:12")
    P(pdf, "Hampus Lind (M) har ställt en interpellation till kommunstyrelsens ordförande Tobias Granqvist (S) "
           "om fuktskadorna i lokalerna vid Ramundeboda skola. Tobias Granqvist besvarar interpellationen. "
           "I debatten yttrar sig Hampus Lind och Tobias Granqvist.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Interpellationen anses besvarad.", gap=7)
    item(["Tilläggsanslag för renovering av Laxå simhall"], "§ 23", "Dnr KS/2025:198")
    P(pdf, "Kommunstyrelsen föreslår att ett tilläggsanslag om 6,5 miljoner kronor beviljas för renovering "
           "av bassängen och reningsverket i Laxå simhall.", gap=2)
    P(pdf, "Yrkanden", 10, "B")
    P(pdf, "Tobias Granqvist (S) yrkar bifall till kommunstyrelsens förslag. Roger Sundqvist (SD) yrkar "
           "avslag på kommunstyrelsens förslag.", gap=2)
    P(pdf, "Propositionsordning och omröstning", 10, "B")
    P(pdf, "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller "
           "kommunstyrelsens förslag. Omröstning begärs och verkställs genom handuppräckning. Ja-röst för "
           "bifall, nej-röst för avslag. Omröstningen utfaller med 19 ja-röster mot 10 nej-röster; 2 ledamöter "
           "avstår.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Tilläggsanslag om 6,5 miljoner kronor beviljas.", gap=2)
    P(pdf, "Reservation", 10, "B")
    P(pdf, "Sverigedemokraternas ledamöter reserverar sig mot beslutet.", gap=7)

    pdf.add_page()
    item(["Avsägelse av uppdrag som ersättare i socialnämnden samt fyllnadsval"], "§ 24", "Dnr KS/2026:40")
    P(pdf, "Per Gran (KD) har avsagt sig sitt uppdrag som ersättare i socialnämnden.", gap=2)
    P(pdf, "Yrkande", 10, "B")
    P(pdf, "På förslag av valberedningens ordförande Bengt Hallin (KD) väljs Sara Mörk (KD) till ny ersättare.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Avsägelsen godkänns. Sara Mörk (KD) väljs till ersättare i socialnämnden för tiden till och med "
           "2026-12-31.", gap=7)
    item(["Svar på motion från Eva Sjöberg (V) om avgiftsfri kollektivtrafik",
          "för pensionärer över 75 år inom Laxå kommun"], "§ 25", "Dnr KS/2025:141")
    P(pdf, "Eva Sjöberg (V) föreslår att pensionärer över 75 år ska kunna resa avgiftsfritt med "
           "kollektivtrafiken inom kommunen. Kommunstyrelsen föreslår att motionen avslås.", gap=2)
    P(pdf, "Yrkanden", 10, "B")
    P(pdf, "Eva Sjöberg (V) yrkar bifall till motionen. Olle Wester (V) instämmer i Eva Sjöbergs yrkande. "
           "Tobias Granqvist (S) yrkar bifall till kommunstyrelsens förslag.", gap=2)
    P(pdf, "Propositionsordning", 10, "B")
    P(pdf, "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller "
           "kommunstyrelsens förslag.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Motionen avslås.", gap=2)
    P(pdf, "Reservationer", 10, "B")
    P(pdf, "Eva Sjöberg (V) och Olle Wester (V) reserverar sig mot beslutet.", gap=2)
    P(pdf, "Protokollsanteckning", 10, "B")
    P(pdf, "Johanna Lundh (C) antecknar till protokollet att Centerpartiet vill att frågan prövas igen "
           "när den nya trafikplanen är klar.", gap=7)

    pdf.add_page()
    item(["Avsiktsförklaring om Tivedensamarbetet med Askersunds", "kommun och Karlsborgs kommun"], "§ 26", "Dnr KS/2026:22")
    P(pdf, "Laxå kommun, Askersunds kommun och Karlsborgs kommun vill fördjupa samarbetet om besöksnäring "
           "kring Tiveden. Region Örebro län deltar med medel för projektledning. Kommundirektör Magnus Hjort "
           "redogör för ärendet.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Avsiktsförklaringen godkänns.", gap=7)
    item(["Meddelanden"], "§ 27")
    P(pdf, "Revisionsrapport om intern kontroll 2025 samt protokoll från kommunala pensionärsrådet anmäls.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Meddelandena läggs till handlingarna.")
    pdf.output(os.path.join(OUT, "laxa_kommunfullmaktige_2026-03-23_protokoll.pdf"))


# ---------------------------------------------------------------- 4 Munkfors SN (Lex), organ/date only in running header
def munkfors():
    def hdr(p):
        p.set_xy(20, 10)
        p.set_font("S", "B", 10)
        p.cell(65, 5, "MUNKFORS KOMMUN")
        p.cell(65, 5, "SAMMANTRÄDESPROTOKOLL")
        p.set_font("S", "", 8)
        p.cell(0, 5, "Sida", align="R")
        p.set_xy(20, 15)
        p.set_font("S", "", 9)
        p.cell(65, 5, "Socialnämnden")
        p.set_font("S", "", 8)
        p.cell(65, 5, "Sammanträdesdatum")
        p.set_font("S", "", 9)
        p.cell(0, 5, f"{p.page_no()}({{nb}})", align="R")
        p.set_xy(85, 20)
        p.cell(65, 5, "2026-04-14")
        p.line(20, 26, 190, 26)
        p.set_xy(20, 32)

    def ftr(p):
        p.set_y(-16)
        p.set_font("S", "", 7)
        p.cell(60, 4, "Justerandes sign", border=1)
        p.cell(50, 4, "")
        p.cell(60, 4, "Utdragsbestyrkande", border=1)

    pdf = Doc(hdr, ftr)
    pdf.add_page()
    row(pdf, [(20, 45, "Plats och tid", "B"), (65, 125, "Folkets hus, Munkfors, kl. 09.00–12.15")])
    pdf.ln(3)
    row(pdf, [(20, 45, "Beslutande", "B"), (65, 125, "Ledamöter\nKarin Persson (S), ordförande\nBo Lindahl (C), vice ordförande\n"
                                             "Eva Hammar (S)\nJimmy Nord (SD)\nAnn-Sofie Moberg (M)\n\n"
                                             "Tjänstgörande ersättare\nRoland Ekman (S) ersätter Lisa Frid (S)")])
    pdf.ln(3)
    row(pdf, [(20, 45, "Ersättare", "B"), (65, 125, "Gunnel Åström (V)")])
    pdf.ln(3)
    row(pdf, [(20, 45, "Övriga deltagare", "B"),
              (65, 125, "Lina Ask, nämndsekreterare, Jens Dahl, ekonom, § 31, Marie-\n"
                        "Louise Bergström, socialchef, samt enhetschefen Therese Fager-\n"
                        "lund, individ- och familjeomsorgen, § 34", "")], size=9)
    pdf.ln(3)
    row(pdf, [(20, 45, "Justeringens\nplats och tid", "B"), (65, 125, "Socialkontoret, 2026-04-16")])
    pdf.ln(8)
    row(pdf, [(20, 45, "Underskrifter", "B"), (65, 30, "Sekreterare"), (100, 60, "................................"), (160, 30, "§§ 30–35")])
    row(pdf, [(100, 60, "Lina Ask")])
    pdf.ln(5)
    row(pdf, [(65, 30, "Ordförande"), (100, 60, "................................")])
    row(pdf, [(100, 60, "Karin Persson")])
    pdf.ln(5)
    row(pdf, [(65, 30, "Justerande"), (100, 60, "................................")])
    row(pdf, [(100, 60, "Eva Hammar")])

    def item(num, title, dnr="", forts=False):
        P(pdf, f"{num} {title}" + (", forts." if forts else ""), 11, "B", 6)
        if dnr and not forts:
            P(pdf, dnr, 9, "", 5, align="R")
        pdf.ln(3)

    pdf.add_page()
    item("§ 30", "Val av justerare")
    P(pdf, "Eva Hammar (S) utses att jämte ordföranden justera protokollet.", gap=7)
    item("§ 31", "Ekonomisk uppföljning mars 2026", "SN26/9")
    P(pdf, "Ekonom Jens Dahl redovisar utfallet till och med mars. Försörjningsstödet ligger 0,9 miljoner "
           "kronor över budget.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Socialnämnden godkänner uppföljningen.", gap=7)
    item("§ 32", "Lokalförsörjningsplan för socialförvaltningen 2026–2030", "SN26/31")
    P(pdf, "Sammanfattning", 10, "B")
    P(pdf, "Socialchef Marie-Louise Bergström föredrar förslaget till lokalförsörjningsplan. Planen "
           "innebär att hemtjänstens lokaler samlas i Centrumhuset och att dagverksamheten flyttar till "
           "Hagalund. Samverkan om korttidsplatser med Hagfors kommun och Region Värmland har beaktats.", gap=2)
    P(pdf, "Planen har tagits fram i samråd med den kommunala fastighetsavdelningen och med "
           "skyddsombuden. Kostnaderna för ombyggnaden bedöms till 4,2 miljoner kronor, fördelat över "
           "åren 2027 och 2028. Hyreskostnaden för socialförvaltningen ökar med cirka 300 000 kronor per år "
           "från och med 2028. Förvaltningen bedömer att samlokaliseringen ger kortare restider för "
           "hemtjänsten och en bättre arbetsmiljö.", gap=2)
    P(pdf, "Yrkanden", 10, "B")
    P(pdf, "Karin Persson (S) yrkar bifall till förvaltningens förslag.")
    P(pdf, "Jimmy Nord (SD) yrkar avslag på förslaget.")
    P(pdf, "Ann-Sofie Moberg (M) yrkar att ärendet återremitteras.", gap=2)
    pdf.add_page()
    item("§ 32", "Lokalförsörjningsplan för socialförvaltningen 2026–2030", forts=True)
    P(pdf, "Propositionsordning", 10, "B")
    P(pdf, "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så sker. Därefter "
           "ställer ordföranden Karin Perssons yrkande mot Jimmy Nords yrkande och finner att nämnden "
           "bifaller Karin Perssons yrkande.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Socialnämnden antar lokalförsörjningsplanen för 2026–2030.", gap=2)
    P(pdf, "Reservationer", 10, "B")
    P(pdf, "Jimmy Nord (SD) reserverar sig mot beslutet. Ann-Sofie Moberg (M) reserverar sig till förmån "
           "för sitt återremissyrkande.", gap=7)
    item("§ 33", "Riktlinjer för ekonomiskt bistånd, revidering 2026", "SN26/18")
    P(pdf, "Riktlinjerna har reviderats med anledning av ändrade riksnormer.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "De reviderade riktlinjerna antas.", gap=2)
    P(pdf, "Protokollsanteckning", 10, "B")
    P(pdf, "Bo Lindahl (C) lämnar en protokollsanteckning om att riktlinjerna bör följas upp efter ett år.", gap=7)
    item("§ 34", "Ansökan om vård enligt LVU, sekretess", "SN26/44")
    P(pdf, "Enhetschef Therese Fagerlund föredrar ärendet. Protokoll förs i särskild ordning.", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Enligt särskilt protokoll.", gap=7)
    item("§ 35", "Delegationsbeslut mars 2026", "SN26/2")
    P(pdf, "Förteckning över delegationsbeslut fattade under mars 2026 redovisas, bland annat beslut om "
           "kontaktperson (SN26/40) och beslut om boendestöd (SN26/41).", gap=2)
    P(pdf, "Beslut", 10, "B")
    P(pdf, "Redovisningen godkänns.")
    pdf.output(os.path.join(OUT, "munkfors_socialnamnden_2026-04-14_protokoll.pdf"))


# ---------------------------------------------------------------- 5 Region Kronoberg notes (W3D3 letterhead), bold unnumbered heads
def kronoberg():
    def hdr(p):
        p.set_xy(20, 10)
        if p.page_no() == 1:
            p.set_font("S", "B", 16)
            p.cell(90, 8, "REGION KRONOBERG")
            p.set_font("S", "", 8)
            p.multi_cell(0, 4, "MINNESANTECKNINGAR\nDatum: 2026-02-09\nDiarienummer: 26RK112", align="R")
            p.set_xy(20, 34)
        else:
            p.set_font("S", "", 8)
            p.cell(0, 4, f"Region Kronoberg    {p.page_no()} (2)", align="R")
            p.set_xy(20, 22)

    pdf = Doc(hdr, None)
    pdf.add_page()
    P(pdf, "Minnesanteckningar från Folkhälsoberedningen", 16, "B", 8, gap=2)
    P(pdf, "Datum och tid: 9 februari 2026, kl. 09.00–11.30\nPlats: Regionhuset, sal Teleborg, Växjö", 10, "", 5, gap=3)
    P(pdf, "Närvarande", 10, "B", 5)
    P(pdf, "Jenny Arvidsson (M), ordförande; Sven-Erik Lindh (S), vice ordförande; Birgitta Ståhl (KD); "
           "Omar Said (S); Karolina Wendt (SD); Tove Hallberg (C); Peter Sunesson (L), ersättare", gap=2)
    P(pdf, "Tjänstepersoner", 10, "B", 5)
    P(pdf, "Sofie Lund, folkhälsostrateg; Ahmed Karimi, analytiker; Elsa Norén, nämndsekreterare, "
           "vid anteckningarna", gap=5)

    def h(t):
        P(pdf, t, 11, "B", 6)

    h("Mötets öppnande")
    P(pdf, "Ordföranden Jenny Arvidsson hälsar välkommen och öppnar mötet.", gap=4)
    h("Folkhälsopolitiskt program 2026–2030 – dialog med kommunerna")
    P(pdf, "Folkhälsostrateg Sofie Lund berättar om dialogerna med Växjö kommun, Alvesta kommun, Ljungby "
           "kommun och Markaryds kommun. Kommunerna efterfrågar gemensamma indikatorer och en tydligare "
           "ansvarsfördelning mellan region och kommun. Beredningen diskuterar hur programmet kan följas "
           "upp i de lokala folkhälsoråden.", gap=4)
    h("Rapport: Barns och ungas hälsa i Kronobergs län")
    P(pdf, "Analytiker Ahmed Karimi presenterar rapporten. Andelen unga som uppger god psykisk hälsa har "
           "minskat sedan 2022, mest bland flickor i årskurs 9. Jämförelser görs med Region Jönköpings län "
           "och Region Kalmar län.", gap=4)
    pdf.add_page()
    h("Övriga frågor")
    P(pdf, "Birgitta Ståhl (KD) ställer en fråga om hur regionen arbetar med ensamhet bland äldre. "
           "Sofie Lund återkommer vid nästa möte.", gap=4)
    h("Nästa möte")
    P(pdf, "Nästa möte hålls den 13 april 2026.", gap=10)
    P(pdf, "Justeras", 10, "B", 6, gap=6)
    row(pdf, [(20, 70, "..............................."), (105, 70, "...............................")])
    row(pdf, [(20, 70, "Jenny Arvidsson, ordförande"), (105, 70, "Sven-Erik Lindh, vice ordförande")])
    pdf.output(os.path.join(OUT, "region-kronoberg_folkhalsoberedningen_2026-02-09_minnesanteckningar.pdf"))


# ---------------------------------------------------------------- 6 Svalöv KS -> pdftotext -layout export (TXT)
def svalov():
    def hdr(p):
        p.set_xy(20, 10)
        p.set_font("S", "B", 10)
        p.cell(60, 5, "SVALÖVS KOMMUN")
        p.set_font("S", "", 9)
        p.cell(70, 5, "Kommunstyrelsen")
        p.cell(0, 5, f"{p.page_no()} ({{nb}})", align="R")
        p.set_xy(80, 15)
        p.cell(70, 5, "Sammanträdesdatum 2026-01-26")
        p.set_xy(20, 28)

    def ftr(p):
        p.set_y(-15)
        p.set_font("S", "", 7)
        p.cell(0, 4, "Justerare sign ........   ........                Utdragsbestyrkande ........")

    pdf = Doc(hdr, ftr)
    pdf.add_page()
    P(pdf, "SAMMANTRÄDESPROTOKOLL", 14, "B", 8, gap=2)
    row(pdf, [(20, 45, "Plats och tid"), (65, 125, "Kommunhuset, Svalöv, måndagen den 26 januari 2026 kl. 14.00–17.20")])
    pdf.ln(2)
    row(pdf, [(20, 45, "Beslutande"), (65, 62, "Jonas Löfgren (M), ordförande\nHelen Nordh (S), 1:e vice ordf.\n"
                                              "Christer Axelsson (SD), 2:e vice ordf.\nFredrik Ahl (M)\nPia Sjöström (S)\n"
                                              "Torbjörn Malm (S)\nLinda Sand (C)"),
              (128, 62, "Håkan Ottosson (SD)\nKerstin Bäck (L)\nMikael Fröberg (KD)\nAnnika Ryd (SvP)\n"
                        "Ebba Lundin (S), tjg ers. för Göran Roos (S)\nOla Krantz (SD), tjg ers. för Mona Ahlgren (SD)")])
    pdf.ln(2)
    row(pdf, [(20, 45, "Ersättare"), (65, 125, "Mattias Bodin (V)")])
    row(pdf, [(20, 45, "Tjänstepersoner"), (65, 125, "Cecilia Hjelm, kommundirektör\nPeder Lund, ekonomichef, § 3\nMalin Stridh, kommunsekreterare")])
    pdf.ln(2)
    row(pdf, [(20, 45, "Justerare"), (65, 125, "Helen Nordh (S)")])
    row(pdf, [(20, 45, "Justeringens plats och tid"), (65, 125, "Kommunhuset, 2026-01-29")])
    pdf.ln(5)
    for role, name, extra in (("Sekreterare", "Malin Stridh", "Paragrafer 1–7"), ("Ordförande", "Jonas Löfgren", ""), ("Justerare", "Helen Nordh", "")):
        row(pdf, [(20, 45, role), (65, 70, "..............................."), (150, 40, extra)])
        row(pdf, [(65, 70, name)])
        pdf.ln(3)
    P(pdf, "SvP = Svalövspartiet", 8, "I", 4)

    def item(num, title_lines, dnr="", forts=False):
        y = pdf.get_y()
        pdf.set_font("S", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(25, 6, num + (" forts." if forts else ""))
        for i, t in enumerate(title_lines):
            pdf.set_xy(50, y + 6 * i)
            pdf.cell(140, 6, t)
        yy = y + 6 * len(title_lines)
        if dnr:
            pdf.set_font("S", "", 9)
            pdf.set_xy(50, yy)
            pdf.cell(140, 5, dnr)
            yy += 5
        pdf.set_y(yy + 3)

    def body(t, st="", gap=2):
        P(pdf, t, 10, st, 5, x=50, w=140, gap=gap)

    pdf.add_page()
    item("KS § 1", ["Val av justerare"])
    body("Helen Nordh (S) utses att justera protokollet tillsammans med ordföranden.", gap=6)
    item("KS § 2", ["Godkännande av dagordningen"])
    body("Dagordningen godkänns.", gap=6)
    item("KS § 3", ["Budget 2026 och flerårsplan 2027–2028, justering", "efter beslut om generella statsbidrag"], "Dnr KS 2025/301")
    body("Ekonomichef Peder Lund redovisar förslaget. De generella statsbidragen blev 7,4 miljoner kronor "
         "högre än beräknat och föreslås fördelas till äldreomsorg och skola.")
    body("Yrkanden", "B", 0)
    body("Jonas Löfgren (M) yrkar bifall till förslaget. Helen Nordh (S) yrkar att 3 miljoner kronor "
         "i stället fördelas till förebyggande arbete för barn och unga.")
    body("Propositionsordning", "B", 0)
    body("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller Jonas "
         "Löfgrens yrkande.")
    pdf.add_page()
    item("KS § 3", [], forts=True)
    body("Beslut", "B", 0)
    body("Kommunstyrelsen föreslår kommunfullmäktige att justera budget 2026 enligt förslaget.")
    body("Reservation", "B", 0)
    body("Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för Helen Nordhs yrkande.")
    body("Protokollsanteckning", "B", 0)
    body("Annika Ryd (SvP) lämnar en protokollsanteckning.", gap=6)
    item("KS § 4", ["Yttrande över Region Skånes förslag till regional", "trafikförsörjningsprogram"], "Dnr KS 2025/355")
    body("Svalövs kommun har tillsammans med Landskrona stad och Bjuvs kommun lämnat synpunkter på "
         "turtätheten på linjen mellan Svalöv och Helsingborg. Kommundirektör Cecilia Hjelm redogör för "
         "förslaget till yttrande.")
    body("Beslut", "B", 0)
    body("Kommunstyrelsen antar yttrandet som sitt eget och överlämnar det till Region Skåne.", gap=6)
    item("KS § 5", ["Initiativärende från Mikael Fröberg (KD) om trygghets-", "vandringar i Teckomatorp"], "Dnr KS 2026/8")
    body("Vid sammanträdet den 15 december 2025 väckte ledamoten Mikael Frö-\n"
         "berg (KD) ett initiativärende om att kommunen tillsammans med polisen "
         "genomför trygghetsvandringar i Teckomatorp under våren.")
    body("Beslut", "B", 0)
    body("Initiativärendet överlämnas till kommundirektören för beredning.", gap=6)
    item("KS § 6", ["Firmatecknare för Svalövs kommun 2026"], "Dnr KS 2026/2")
    body("Beslut", "B", 0)
    body("Kommundirektören och ekonomichefen utses att två i förening teckna kommunens firma.", gap=6)
    item("KS § 7", ["Rapporter och meddelanden"])
    body("Protokoll från Söderåsens miljöförbund och cirkulär från Sveriges Kommuner och Regioner anmäls.")
    body("Beslut", "B", 0)
    body("Rapporterna och meddelandena läggs till handlingarna.")
    tmp = "/tmp/kommuner54_svalov.pdf"
    pdf.output(tmp)
    subprocess.run(["pdftotext", "-layout", tmp, os.path.join(OUT, "svalov_kommunstyrelsen_2026-01-26_protokoll.txt")], check=True)


# ---------------------------------------------------------------- 7 Orsa KSAU kallelse (plain Word template)
def orsa():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "ORSA KOMMUN\tKALLELSE"
    p = d.add_paragraph()
    r = p.add_run("ORSA KOMMUN")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Kommunstyrelsens arbetsutskott (KSAU)")
    d.add_paragraph("Kallelse till sammanträde")
    d.add_paragraph("Tid: tisdagen den 5 maj 2026, kl. 08.30\nPlats: Sammanträdesrum Orsasjön, kommunhuset, Orsa")
    d.add_paragraph("Ledamöter:\nIngrid Skoglund (C), ordförande\nAnders Fält (S), vice ordförande\nÅsa Lind (M)\nNils Backlund (SD)")
    d.add_paragraph("Ersättare:\nLena Danielsson (S)\nGösta Berg (C)")
    d.add_paragraph("Förhinder anmäls till sekreteraren Frida Nordqvist, kommunsekreterare.")
    d.add_paragraph("Förslag till justerare: Åsa Lind (M)")
    d.add_paragraph("Ingrid Skoglund\nOrdförande")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph()
    r = p.add_run("Föredragningslista")
    r.bold = True
    r.font.size = Pt(14)
    rows = [("Nr", "Ärende", "Dnr", "Föredragande"),
            ("1.", "Val av justerare", "", ""),
            ("2.", "Godkännande av dagordning", "", ""),
            ("3.", "Information från kommundirektören", "", "Jan Hed, kommundirektör"),
            ("4.", "Delårsbokslut per april 2026", "KS 2026/88", "Karin Åhs, ekonomichef"),
            ("5.", "Förslag till ny renhållningstaxa för Orsa kommun 2027,\ninklusive slamtömning och latrinhämtning",
             "KS 2026/61", "Olof Tapper, VA- och renhållningschef"),
            ("6.", "Motion från Lena Danielsson (S) om solceller på kommunens fastigheter", "KS 2025/214", "Jan Hed, kommundirektör"),
            ("", "", "", ""),
            ("7.", "Yttrande över remiss från Region Dalarna om regional transportplan 2026–2037", "KS 2026/70",
             "Per Ståhl, planeringschef"),
            ("8.", "Samverkan om överförmyndare med Mora kommun och Älvdalens kommun", "KS 2026/73", "Jan Hed, kommundirektör"),
            ("9.", "Övriga frågor", "", "")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, rw in enumerate(rows):
        for j, v in enumerate(rw):
            c = t.cell(i, j)
            c.text = v
            if i == 0:
                for rr in c.paragraphs[0].runs:
                    rr.bold = True
    d.add_paragraph("")
    d.add_paragraph("Handlingar finns i Netpublicator senast torsdagen den 30 april 2026.")
    d.save(os.path.join(OUT, "orsa_kommunstyrelsens-arbetsutskott_2026-05-05_kallelse.docx"))


# ---------------------------------------------------------------- 8 Robertsfors SBN portal page (HTML)
def robertsfors():
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Samhällsbyggnadsnämnden 2026-04-22 – Robertsfors kommun</title>
<style>body{font-family:Arial;max-width:900px;margin:auto} .dnr{color:#666;font-size:90%} nav a{margin-right:1em}
.para{border-top:1px solid #ccc;margin-top:2em} .sign{text-transform:none}</style></head>
<body>
<header><div class="logo">Robertsfors kommun</div>
<nav><a href="/">Start</a><a href="/politik">Kommun och politik</a><a href="/sammantraden">Sammanträden</a><a href="/kontakt">Kontakt</a></nav>
<div class="breadcrumbs">Start &gt; Kommun och politik &gt; Sammanträden &gt; Samhällsbyggnadsnämnden</div></header>
<main>
<h1>Samhällsbyggnadsnämnden</h1>
<p class="meta">Protokoll &middot; Sammanträde 22 april 2026 kl. 13.00–15.45 &middot; Kommunhuset, Robertsfors</p>
<p>Publicerat 2026-04-29. <a href="protokoll.pdf">Ladda ner protokollet som PDF</a></p>

<h2>Närvarande</h2>
<h3>Ledamöter</h3>
<ul><li>Östlund, Kjell (S), ordförande</li><li>Berglund, Tina (M), vice ordförande</li><li>Lindström, Monika (S)</li>
<li>Nilsson, Ove (C), §§ 41–42, 44–46</li><li>Vikström, Rasmus (SD)</li></ul>
<h3>Tjänstgörande ersättare</h3>
<ul><li>Markström, Ida (S) för Nygren, Jan (S)</li></ul>
<h3>Ersättare</h3>
<ul><li>Lidman, Björn (KD)</li></ul>
<h3>Tjänstepersoner</h3>
<ul><li>Sehlstedt, Hanna, miljö- och byggchef</li><li>Burman, Erik, bygglovshandläggare, § 43</li><li>Öberg, Sanna, nämndsekreterare</li></ul>

<div class="para"><h2>§ 41 Val av justerare</h2>
<p>Monika Lindström (S) väljs att tillsammans med ordföranden justera protokollet.</p></div>

<div class="para"><h2>§ 42 Godkännande av dagordning</h2>
<p>Dagordningen godkänns.</p></div>

<div class="para"><h2>§ 43 Bygglov för nybyggnad av enbostadshus, Ånäset 4:17</h2>
<p class="dnr">SBN-2026-000123</p>
<p><strong>Jäv:</strong> Ove Nilsson (C) anmäler jäv och deltar inte i handläggningen.</p>
<p>Bygglovshandläggare Erik Burman föredrar ärendet. Åtgärden bedöms förenlig med detaljplanen.</p>
<h3>Beslut</h3><p>Bygglov beviljas.</p></div>

<div class="para"><h2>§ 44 Detalj&shy;plan för Robertsfors 5:2 (Centrum&shy;huset), antagande</h2>
<p class="dnr">SBN-2025-000871</p>
<h3>Yrkanden</h3>
<p>Kjell Östlund (S) yrkar bifall till förvaltningens förslag. Tina Berglund (M) yrkar att planen ändras så att
byggnadshöjden sänks till 14 meter.</p>
<h3>Propositionsordning</h3><p>Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Kjell Östlunds yrkande.</p>
<h3>Beslut</h3><p>Samhällsbyggnadsnämnden antar detaljplanen.</p>
<h3>Reservation</h3><p>Tina Berglund (M) reserverar sig mot beslutet.</p></div>

<div class="para"><h2>§ 45 Information om samarbete kring miljötillsyn med Umeå kommun och Vindelns kommun</h2>
<p class="dnr">SBN-2026-000087</p>
<p>Miljö- och byggchef Hanna Sehlstedt informerar om förslaget till gemensam tillsynsplan med Umeå kommun och
Vindelns kommun.</p>
<h3>Beslut</h3><p>Informationen noteras.</p></div>

<div class="para"><h2>§ 46 Delegationsbeslut</h2>
<p>Förteckning över delegationsbeslut redovisas, bland annat bygglov SBN-2026-000098 och strandskyddsdispens SBN-2026-000104.</p>
<h3>Beslut</h3><p>Redovisningen godkänns.</p></div>

<h2>Justering</h2>
<p>Justerat 2026-04-28</p>
<p class="sign">KJELL ÖSTLUND, ordförande<br>MONIKA LINDSTRÖM, justerare<br>SANNA ÖBERG, sekreterare</p>
</main>
<footer>Robertsfors kommun &middot; 915 81 Robertsfors &middot; 0934-140 00 &middot; <a href="/kakor">Om kakor</a></footer>
</body></html>
"""
    with open(os.path.join(OUT, "robertsfors_samhallsbyggnadsnamnden_2026-04-22_protokoll.html"), "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    harjedalen(); kil(); laxa(); munkfors(); kronoberg(); svalov(); orsa(); robertsfors()
