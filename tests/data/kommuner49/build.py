# Generator for the kommuner49 development set (diarienummer, presenters, attendance shapes).
# All people, matters and case numbers are invented.
import os
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Doc(FPDF):
    def __init__(self, head, foot=None, serif=False):
        super().__init__(format="A4")
        self.head = head
        self.foot = foot
        self.add_font("F", "", FD + ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf"))
        self.add_font("F", "B", FD + ("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf"))
        self.add_font("S", "", FD + "DejaVuSans.ttf")
        self.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
        self.set_auto_page_break(True, 22)
        self.set_margins(22, 18, 20)
        self.alias_nb_pages()

    def multi_cell(self, *a, **k):
        k.setdefault("align", "L")
        return super().multi_cell(*a, **k)

    def header(self):
        self.head(self)

    def footer(self):
        if self.foot:
            self.foot(self)

    def p(self, text, h=5.5, bold=False, size=10, indent=0, gap=1.5):
        self.set_font("F", "B" if bold else "", size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.r_margin - self.l_margin - indent, h, text, **NL)
        self.ln(gap)


# ---------------------------------------------------------------- 1. Berg (Ciceron-like)
def berg():
    def head(pdf):
        pdf.set_font("S", "B", 11)
        pdf.set_xy(22, 10)
        pdf.cell(80, 5, "BERGS KOMMUN")
        pdf.set_font("S", "", 9)
        pdf.cell(50, 5, "SAMMANTRÄDESPROTOKOLL")
        pdf.cell(0, 5, f"Sida {pdf.page_no()}({{nb}})", align="R", **NL)
        pdf.set_x(22)
        pdf.cell(80, 5, "Kommunstyrelsen")
        pdf.cell(50, 5, "Sammanträdesdatum")
        pdf.cell(0, 5, "", **NL)
        pdf.set_x(102)
        pdf.cell(50, 5, "2026-03-10", **NL)
        pdf.line(22, 27, 190, 27)
        pdf.set_y(32)

    def foot(pdf):
        pdf.set_y(-16)
        pdf.set_font("S", "", 7)
        pdf.cell(60, 4, "Justerandes sign")
        pdf.cell(60, 4, "")
        pdf.cell(0, 4, "Utdragsbestyrkande", align="R")

    pdf = Doc(head, foot)
    pdf.add_page()
    rows = [
        ("Plats och tid", "Kommunhuset, Svenstavik, sammanträdesrum Storsjön, kl. 09.00–15.10\nAjournering kl. 12.00–13.00"),
        ("Beslutande", "Anders Holmlund (C), ordförande\nMaria Sundqvist (S), 1:e vice ordförande\n"
                       "Per-Erik Jonsson (M)\nKatarina Öhman (S)\nGöran Lif (BP)\nLisa Wallin (SD)\n"
                       "Henrik Strand (C), §§ 12–16, 18–19\n"
                       "Eva Mårtensson (S), tjänstgörande ersättare för Jonny Berglund (S)\n"
                       "Nils Persson (V), tjänstgörande ersättare för Sara Lund (V)\n"
                       "Ingrid Nord (C), tjänstgörande ersättare för Henrik Strand (C), § 17"),
        ("Ersättare", "Jan Ek (M)\nÅsa Brandt (BP)"),
        ("Övriga närvarande", "Helena Falk, kommundirektör\nMikael Rydén, ekonomichef\n"
                              "Stina Lidén, folkhälsostrateg, § 15\nJohanna Berg, kommunsekreterare"),
        ("Utses att justera", "Maria Sundqvist (S) och Göran Lif (BP)"),
        ("Justeringens plats och tid", "Kommunhuset, Svenstavik, 2026-03-13"),
    ]
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("S", "B", 9)
        pdf.set_xy(22, y)
        pdf.multi_cell(48, 5, k)
        pdf.set_font("F", "", 10)
        pdf.set_xy(72, y)
        pdf.multi_cell(118, 5.2, v, **NL)
        pdf.ln(3)
    pdf.ln(2)
    pdf.set_font("S", "B", 9)
    pdf.cell(48, 5, "Underskrifter")
    pdf.set_font("F", "", 10)
    pdf.cell(40, 5, "Sekreterare")
    pdf.cell(0, 5, "................................................    Paragrafer 12–19", **NL)
    pdf.set_x(112)
    pdf.cell(0, 5, "Johanna Berg", **NL)
    pdf.ln(4)
    pdf.set_x(70)
    pdf.cell(40, 5, "Ordförande")
    pdf.cell(0, 5, "................................................", **NL)
    pdf.set_x(112)
    pdf.cell(0, 5, "Anders Holmlund", **NL)
    pdf.ln(4)
    pdf.set_x(70)
    pdf.cell(40, 5, "Justerande")
    pdf.cell(0, 5, "........................................     ........................................", **NL)
    pdf.set_x(112)
    pdf.cell(45, 5, "Maria Sundqvist")
    pdf.cell(0, 5, "Göran Lif", **NL)

    def par(no, dnr, title):
        pdf.ln(3)
        pdf.set_font("F", "B", 12)
        pdf.cell(40, 7, f"§ {no}")
        pdf.set_font("F", "", 10)
        pdf.cell(0, 7, dnr, align="R", **NL)
        pdf.set_font("F", "B", 12)
        pdf.set_x(47)
        pdf.multi_cell(143, 6, title, **NL)
        pdf.ln(2)

    def t(text, bold=False):
        pdf.p(text, indent=25, bold=bold)

    pdf.add_page()
    par(12, "", "Val av justerare och godkännande av dagordning")
    t("Beslut", True)
    t("Kommunstyrelsen utser Maria Sundqvist (S) och Göran Lif (BP) att jämte ordföranden justera "
      "dagens protokoll. Dagordningen godkänns med ändringen att ärendet om försäljning av fastighet "
      "behandlas som § 17.")
    par(13, "KS 2026/3", "Informationsärenden")
    t("Helena Falk, kommundirektör, informerar om arbetet med den nya förvaltningsorganisationen och "
      "om rekryteringen av en ny socialchef.")
    t("Mikael Rydén lämnar information om arbetet med bokslutet för 2025 och om tidplanen för "
      "revisionens granskning.")
    t("Beslut", True)
    t("Kommunstyrelsen tackar för informationen och lägger den till handlingarna.")
    par(14, "KS 2026/123", "Budgetuppföljning per februari 2026")
    t("Ekonomichef Mikael Rydén föredrar ärendet. Prognosen för helåret visar ett underskott om "
      "3,2 mnkr, främst inom individ- och familjeomsorgen. Kommunstyrelsen beslutade 2025-11-18, § 201 "
      "(KS 2025/301), att ge förvaltningen i uppdrag att ta fram åtgärder vid negativ prognos.")
    t("Yrkanden", True)
    t("Per-Erik Jonsson (M) yrkar bifall till förvaltningens förslag.\n"
      "Lisa Wallin (SD) yrkar att ärendet återremitteras för en fördjupad analys av placeringskostnaderna.")
    t("Propositionsordning", True)
    t("Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att så ska ske. "
      "Därefter ställer ordföranden proposition på Per-Erik Jonssons yrkande och finner det bifallet.")
    t("Beslut", True)
    t("Kommunstyrelsen godkänner budgetuppföljningen per februari 2026.")
    t("Reservation", True)
    t("Lisa Wallin (SD) reserverar sig mot beslutet.")
    pdf.add_page()
    par(15, "KS 2025/210",
        "Samverkansavtal om folkhälsoarbete med Region Jämtland Härjedalen och Bräcke kommun")
    t("Stina Lidén, folkhälsostrateg, och kommundirektör Helena Falk redogör för förslaget. Avtalet "
      "ersätter den överenskommelse som kommunstyrelsen godkände 2024-05-14, § 88, dnr KS 2024/88. "
      "Bergs kommun, Bräcke kommun och Region Jämtland Härjedalen delar på kostnaden för en gemensam "
      "tjänst som folkhälsosamordnare med placering i Svenstavik.")
    t("Beslut", True)
    t("Kommunstyrelsen godkänner samverkansavtalet för perioden 2026–2028.")
    par(16, "KS 2025/77",
        "Svar på motion från Göran Lif (BP) om utbyggnad av fiberbredband till byarna runt Hackås och Oviken")
    t("Göran Lif (BP) föreslår i en motion att kommunen ska ta fram en plan för att alla byar runt Hackås "
      "och Oviken ska kunna anslutas till fiber före 2028. Kommunstyrelsens förslag är att motionen "
      "ska anses besvarad, eftersom arbetet redan pågår inom ramen för den regionala bredbandsstrategin.")
    t("Yrkanden", True)
    t("Göran Lif (BP) yrkar bifall till motionen.\n"
      "Anders Holmlund (C) yrkar att motionen ska anses besvarad.")
    t("Propositionsordning", True)
    t("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar enligt "
      "Anders Holmlunds yrkande. Omröstning begärs.")
    t("Omröstning", True)
    t("Kommunstyrelsen godkänner följande propositionsordning: Ja-röst för Anders Holmlunds yrkande, "
      "nej-röst för Göran Lifs yrkande. Omröstningen utfaller med 6 ja-röster och 3 nej-röster, se "
      "voteringslista.")
    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "§ 16 (forts.)", **NL)
    pdf.ln(2)
    t("Voteringslista § 16", True)
    cols = [(48, "Ledamot"), (48, "Tjänstgörande ersättare"), (16, "Ja"), (16, "Nej"), (17, "Avstår")]
    vl = [("Anders Holmlund (C)", "", "X", "", ""), ("Maria Sundqvist (S)", "", "X", "", ""),
          ("Per-Erik Jonsson (M)", "", "X", "", ""), ("Katarina Öhman (S)", "", "X", "", ""),
          ("Göran Lif (BP)", "", "", "X", ""), ("Lisa Wallin (SD)", "", "", "X", ""),
          ("Henrik Strand (C)", "", "X", "", ""), ("Jonny Berglund (S)", "Eva Mårtensson (S)", "X", "", ""),
          ("Sara Lund (V)", "Nils Persson (V)", "", "X", ""), ("Summa", "", "6", "3", "0")]
    pdf.set_font("S", "B", 8.5)
    pdf.set_x(47)
    for w, c in cols:
        pdf.cell(w, 6, c, border=1)
    pdf.ln(6)
    pdf.set_font("S", "", 8.5)
    for r in vl:
        pdf.set_x(47)
        for (w, _), c in zip(cols, r):
            pdf.cell(w, 6, c, border=1, align="C" if len(c) <= 2 else "L")
        pdf.ln(6)
    pdf.ln(3)
    t("Beslut", True)
    t("Kommunfullmäktige föreslås besluta att motionen ska anses besvarad.")
    t("Reservation", True)
    t("Göran Lif (BP) och Nils Persson (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    t("Protokollsanteckning", True)
    t("Lisa Wallin (SD) lämnar en protokollsanteckning: ”Sverigedemokraterna vill att bredbandsplanen "
      "redovisas för kommunstyrelsen två gånger per år.”")
    par(17, "KS 2026/19", "Försäljning av fastigheten Svenstavik 4:12")
    t("Henrik Strand (C) anmäler jäv och deltar inte i handläggningen. Ingrid Nord (C) tjänstgör i hans "
      "ställe under paragrafen.")
    t("Mark- och exploateringsingenjören har förhandlat fram ett köpeavtal om 1 250 000 kronor för "
      "fastigheten Svenstavik 4:12.")
    t("Beslut", True)
    t("Kommunstyrelsen godkänner köpeavtalet och ger kommundirektören i uppdrag att underteckna det.")
    pdf.add_page()
    par(18, "KS 2026/5", "Anmälan av delegationsbeslut")
    t("Följande delegationsbeslut anmäls:")
    t("– Tilldelningsbeslut, upphandling av snöröjning 2026–2029, KS 2026/28, beslutat av "
      "upphandlingschefen 2026-02-12.\n"
      "– Yttrande över ansökan om serveringstillstånd, KS 2026/33, beslutat av kommundirektören "
      "2026-02-20.")
    t("Beslut", True)
    t("Kommunstyrelsen lägger redovisningen av delegationsbesluten till handlingarna.")
    par(19, "", "Anmälan av nya motioner och medborgarförslag")
    t("Följande nya ärenden har kommit in och anmäls:")
    t("– Motion från Lisa Wallin (SD) om trygghetskameror i Svenstavik centrum, KS 2026/131.\n"
      "– Medborgarförslag om en hundrastgård i Myrviken, KS 2026/134.")
    t("Beslut", True)
    t("Kommunstyrelsen noterar anmälan. Motionen överlämnas till kommunfullmäktige för beslut om "
      "remiss.")
    pdf.output(os.path.join(OUT, "berg_kommunstyrelsen_2026-03-10_protokoll.pdf"))


# ---------------------------------------------------------------- 3. Färgelanda (Meetings Plus-like)
def fargelanda():
    def head(pdf):
        pdf.set_font("S", "", 8)
        pdf.set_xy(22, 9)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(90, 4, "FÄRGELANDA KOMMUN")
        pdf.cell(0, 4, "Sammanträdesprotokoll", align="R", **NL)
        pdf.set_x(22)
        pdf.cell(90, 4, "Barn- och utbildningsnämnden")
        pdf.cell(0, 4, f"2026-04-15   {pdf.page_no()} av {{nb}}", align="R", **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(24)

    def foot(pdf):
        pdf.set_y(-14)
        pdf.set_font("S", "", 7)
        pdf.cell(0, 4, "Ordförandes signatur ______    Justerares signatur ______    Utdragsbestyrkande ______",
                 align="C")

    pdf = Doc(head, foot)
    pdf.add_page()
    pdf.set_font("S", "B", 16)
    pdf.cell(0, 9, "Protokoll", **NL)
    pdf.set_font("S", "", 10)
    pdf.cell(0, 6, "Barn- och utbildningsnämnden, 2026-04-15, kl. 13:00–16:30", **NL)
    pdf.cell(0, 6, "Plats: Kommunhuset Färgelanda, sammanträdesrum Valbo", **NL)
    pdf.ln(4)

    def blk(label, lines):
        pdf.set_font("S", "B", 9)
        pdf.cell(0, 6, label, **NL)
        pdf.set_font("S", "", 9.5)
        for ln_ in lines:
            pdf.set_x(30)
            pdf.cell(0, 5, ln_, **NL)
        pdf.ln(2)

    blk("Beslutande ledamöter", ["Karlsson, Ann-Sofie (S), ordförande", "Hedlund, Tomas (M), vice ordförande",
                                 "Bergkvist, Linnea (C)", "Ahmadi, Reza (S)", "Olsson, Gunnel (SD)"])
    blk("Tjänstgörande ersättare", ["Lindahl, Björn (KD), ersätter Pettersson, Mona (KD)"])
    blk("Ersättare", ["Nyström, Frida (S)"])
    blk("Tjänstepersoner", ["Maria Lindqvist-", "Öberg, förvaltningschef", "Johan Säll, rektor Valboskolan, § 24",
                            "Anneli Roos, controller", "Petra Ljung, nämndsekreterare"])
    blk("Justerare", ["Tomas Hedlund (M)"])
    blk("Justeringsdatum", ["2026-04-20"])
    blk("Paragrafer", ["§§ 22–28"])
    pdf.set_font("S", "", 9.5)
    pdf.ln(4)
    for lab, nm in [("Sekreterare", "Petra Ljung"), ("Ordförande", "Ann-Sofie Karlsson"),
                    ("Justerare", "Tomas Hedlund")]:
        pdf.cell(40, 5, lab)
        pdf.cell(0, 5, "_______________________________", **NL)
        pdf.set_x(62)
        pdf.cell(0, 5, nm, **NL)
        pdf.ln(3)

    def par(no, title, dnr):
        pdf.ln(3)
        pdf.set_fill_color(214, 230, 244)
        pdf.set_draw_color(70, 110, 160)
        y = pdf.get_y()
        pdf.set_font("S", "B", 10.5)
        lines = pdf.multi_cell(110, 6, title, dry_run=True, output="LINES")
        h = 6 * len(lines) + 2
        pdf.rect(22, y, 168, h, style="DF")
        pdf.set_xy(23, y + 1)
        pdf.cell(14, 6, f"§ {no}")
        pdf.set_xy(37, y + 1)
        pdf.multi_cell(110, 6, title)
        if dnr:
            pdf.set_font("S", "", 8.5)
            pdf.set_xy(148, y + 1)
            pdf.cell(41, 6, f"Diarienr {dnr}", align="R")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(y + h + 2)

    def t(text, bold=False):
        pdf.p(text, bold=bold, size=9.5, h=5)

    pdf.add_page()
    par(22, "Val av justerare", "")
    t("Barn- och utbildningsnämnden utser Tomas Hedlund (M) att jämte ordföranden justera protokollet.")
    par(23, "Ekonomisk uppföljning mars 2026", "BUN 2026/0077-3")
    t("Controller Anneli Roos presenterar den ekonomiska uppföljningen efter mars. Nämnden prognostiserar "
      "ett överskott om 0,4 mnkr, främst till följd av vakanta tjänster inom förskolan.")
    t("Beslut", True)
    t("Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen.")
    par(24, "Information om skolskjuts och elevresor inom Valboskolans upptagningsområde", "BUN 2026/0012")
    t("Förvaltningschef Maria Lindqvist-Öberg och rektor Johan Säll redogör för hur skolskjutsarna "
      "fungerat under vintern. En ny linje planeras tillsammans med Vänersborgs kommun och "
      "Västtrafik, som ägs av Västra Götalandsregionen.")
    t("Beslut", True)
    t("Barn- och utbildningsnämnden tackar för informationen.")
    par(25, "Revidering av riktlinjer för modersmålsundervisning och studiehandledning på modersmål i grundskolan",
        "BUN 2025/0141-7")
    t("Förvaltningen har reviderat riktlinjerna efter de ändringar i skolförordningen som trädde i "
      "kraft den 1 januari 2026.")
    t("Yrkanden", True)
    t("Reza Ahmadi (S) yrkar bifall till förvaltningens förslag. Gunnel Olsson (SD) yrkar avslag.")
    t("Propositionsordning", True)
    t("Ordföranden ställer bifall mot avslag och finner att nämnden bifaller förslaget.")
    t("Beslut", True)
    t("Barn- och utbildningsnämnden antar de reviderade riktlinjerna.")
    t("Reservation", True)
    t("Gunnel Olsson (SD) reserverar sig mot beslutet.")
    par(26, "Återkoppling efter Skolinspektionens tillsyn av Höjdenskolan", "BUN 2025/0188")
    t("Maria Lindqvist-Öberg återkopplar kring de åtgärder som vidtagits efter Skolinspektionens "
      "beslut i november 2025. Samtliga brister bedöms nu vara åtgärdade.")
    t("Linnea Bergkvist (C) ställer en fråga om elevhälsans bemanning, som förvaltningschefen besvarar "
      "under sammanträdet.")
    t("Beslut", True)
    t("Barn- och utbildningsnämnden tackar för återkopplingen.")
    par(27, "Redovisning av delegationsbeslut", "BUN 2026/0002")
    t("Följande delegationsbeslut redovisas: beslut om skolskjuts på grund av särskilda skäl, "
      "BUN 2026/0031, och beslut om mottagande i anpassad grundskola, BUN 2026/0044.")
    t("Beslut", True)
    t("Redovisningen läggs till handlingarna.")
    par(28, "Meddelanden", "BUN 2026/0003")
    t("Protokoll från Fyrbodals kommunalförbunds styrelse 2026-03-19 och cirkulär från Sveriges Kommuner "
      "och Regioner anmäls.")
    t("Beslut", True)
    t("Meddelandena läggs till handlingarna.")
    pdf.output(os.path.join(OUT, "fargelanda_barn-och-utbildningsnamnden_2026-04-15_protokoll.pdf"))


# ---------------------------------------------------------------- 6. Norsjö (Platina-like kallelse)
def norsjo():
    def head(pdf):
        pdf.set_font("S", "B", 10)
        pdf.set_xy(22, 10)
        pdf.cell(100, 5, "Norsjö kommun")
        pdf.set_font("S", "", 8.5)
        pdf.cell(0, 5, "KALLELSE/UNDERRÄTTELSE", align="R", **NL)
        pdf.set_x(22)
        pdf.cell(100, 5, "Kommunstyrelsens arbetsutskott")
        pdf.cell(0, 5, f"Datum 2026-03-30   Sida {pdf.page_no()}/{{nb}}", align="R", **NL)
        pdf.set_y(26)

    pdf = Doc(head)
    pdf.add_page()
    pdf.set_font("S", "B", 14)
    pdf.cell(0, 8, "Kallelse till sammanträde", **NL)
    pdf.set_font("S", "", 10)
    pdf.cell(30, 6, "Organ")
    pdf.cell(0, 6, "Kommunstyrelsens arbetsutskott", **NL)
    pdf.cell(30, 6, "Tid")
    pdf.cell(0, 6, "Tisdag 7 april 2026 kl. 08.30", **NL)
    pdf.cell(30, 6, "Plats")
    pdf.cell(0, 6, "Kommunkontoret, sammanträdesrum Storberget", **NL)
    pdf.cell(30, 6, "Justerare")
    pdf.cell(0, 6, "Förslag: Erik Holmström (C)", **NL)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Kallade: ledamöter och ersättare enligt sändlista. Förhinder anmäls till "
                         "sekreteraren senast dagen före sammanträdet.", **NL)
    pdf.ln(4)
    W = [10, 78, 26, 54]

    def row(cells, bold=False, fill=False):
        pdf.set_font("S", "B" if bold else "", 9)
        y = pdf.get_y()
        hs = []
        for w, c in zip(W, cells):
            hs.append(len(pdf.multi_cell(w - 2, 5, c, dry_run=True, output="LINES")))
        h = max(hs) * 5 + 2
        x = 22
        if fill:
            pdf.set_fill_color(230, 230, 230)
        for w, c in zip(W, cells):
            pdf.rect(x, y, w, h, style="DF" if fill else "D")
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, 5, c)
            x += w
        pdf.set_xy(22, y + h)

    row(["Nr", "Ärende", "Ärendenr", "Föredragande"], True, True)
    rows = [
        ("1", "Val av justerare", "", ""),
        ("2", "Godkännande av dagordning", "", ""),
        ("3", "Information från kommundirektören", "KS/2026:2", "Thomas Lindgren, kommundirektör"),
        ("4", "Ekonomisk månadsrapport mars 2026", "KS/2026:31", "Ekonomichef Sara Burström"),
        ("5", "Yttrande över Region Västerbottens förslag till länsplan för regional transportinfrastruktur 2026–2037",
         "KS/2026:44", "Näringslivsutvecklare Ola Marklund och Thomas Lindgren"),
        ("6", "Motion från Åsa Nordlund (V) om fria resor i kollektivtrafiken för personer över 75 år",
         "KS/2025:118", "Sara Burström"),
    ]
    for r in rows:
        row(r)
    pdf.add_page()
    pdf.set_font("S", "", 8.5)
    pdf.cell(0, 5, "Ärendelista (forts.)", **NL)
    pdf.ln(1)
    row(["Nr", "Ärende", "Ärendenr", "Föredragande"], True, True)
    for r in [("7", "Medborgarförslag om belysning längs gång- och cykelvägen mot Bastuträsk", "KS/2026:12",
               "Samhällsbyggnadschef Pär Lindmark"),
              ("8", "Samverkan med Skellefteå kommun och Malå kommun om gemensam överförmyndare", "KS/2026:20",
               "Thomas Lindgren"),
              ("9", "Redovisning av delegationsbeslut", "KS/2026:5", ""),
              ("10", "Övriga frågor", "", "")]:
        row(r)
    pdf.ln(6)
    pdf.set_font("S", "", 9.5)
    pdf.multi_cell(0, 5, "Handlingar finns tillgängliga i Netpublicator senast sex dagar före sammanträdet. "
                         "Ärende 8 avser även samråd med Region Västerbotten om gemensam statistik.", **NL)
    pdf.ln(10)
    pdf.cell(85, 5, "Camilla Sandberg (S)")
    pdf.cell(0, 5, "Linnea Eriksson", **NL)
    pdf.cell(85, 5, "Ordförande")
    pdf.cell(0, 5, "Sekreterare", **NL)
    pdf.output(os.path.join(OUT, "norsjo_kommunstyrelsens-arbetsutskott_2026-04-07_kallelse.pdf"))


# ---------------------------------------------------------------- 8. Övertorneå (Lex-like)
def overtornea():
    def head(pdf):
        pdf.set_font("F", "B", 10)
        pdf.set_xy(22, 10)
        pdf.cell(70, 5, "ÖVERTORNEÅ KOMMUN")
        pdf.set_font("F", "", 9)
        pdf.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        pdf.cell(0, 5, f"Sida {pdf.page_no()} av {{nb}}", align="R", **NL)
        pdf.set_x(22)
        pdf.cell(70, 5, "Socialnämnden")
        pdf.cell(60, 5, "2026-05-20", **NL)
        pdf.line(22, 22, 190, 22)
        pdf.set_y(27)

    def foot(pdf):
        pdf.set_y(-15)
        pdf.set_font("F", "", 7)
        pdf.cell(0, 4, "Justerandes signatur                                  Utdragsbestyrkande", align="C")

    pdf = Doc(head, foot, serif=True)
    pdf.add_page()
    kv = [("Plats och tid", "Kommunhuset, Övertorneå, lokal Aapua, onsdag 20 maj 2026 kl. 09.00–14.30"),
          ("Beslutande", "Marja Keskitalo (S), ordförande\nLars-Erik Vaara (S)\nTuula Mäkinen (C), vice ordförande\n"
                         "Jan Pekkari (M)\nOskar Lantto (V)\nRitva Sandström (SD)\n"
                         "Sten Hannu (S), ersätter Pia Alatalo (S)"),
          ("Ersättare", "Elin Kero (C)"),
          ("Tjänstepersoner", "Anja Lehto, socialchef\nMats Pekkala, enhetschef äldreomsorg, § 45\n"
                              "Siv Tapio, nämndsekreterare"),
          ("Övriga närvarande", "Aila Rova, PRO Övertorneå, § 46\nKalle Niemi, SPF Seniorerna Tornedalen, § 46"),
          ("Justerare", "Jan Pekkari (M)"),
          ("Justeringens plats och tid", "Socialkontoret 2026-05-25"),
          ("Paragrafer", "44–49")]
    for k, v in kv:
        y = pdf.get_y()
        pdf.set_font("F", "B", 9.5)
        pdf.set_xy(22, y)
        pdf.multi_cell(45, 5.2, k)
        pdf.set_font("F", "", 10)
        pdf.set_xy(70, y)
        pdf.multi_cell(120, 5.2, v, **NL)
        pdf.ln(2.5)
    pdf.ln(4)
    for lab, nm in [("Sekreterare", "Siv Tapio"), ("Ordförande", "Marja Keskitalo"), ("Justerare", "Jan Pekkari")]:
        pdf.set_font("F", "B", 9.5)
        pdf.cell(48, 5, lab)
        pdf.set_font("F", "", 10)
        pdf.cell(0, 5, "..........................................................", **NL)
        pdf.set_x(70)
        pdf.cell(0, 5, nm, **NL)
        pdf.ln(3)

    def par(no, dnr, title):
        pdf.ln(4)
        pdf.set_font("F", "B", 11)
        pdf.cell(22, 6, f"§ {no}")
        pdf.set_font("F", "", 10)
        pdf.cell(0, 6, dnr, **NL)
        pdf.set_font("F", "B", 11)
        pdf.multi_cell(0, 6, title, **NL)
        pdf.ln(2)

    def t(text, bold=False):
        pdf.p(text, bold=bold, size=10, h=5.3)

    pdf.add_page()
    par(44, "", "Val av justerare")
    t("Socialnämnden utser Jan Pekkari (M) att justera protokollet tillsammans med ordföranden.")
    par(45, "Dnr 2026/41", "Verksamhetsuppföljning äldreomsorg första kvartalet 2026")
    t("Mats Pekkala, enhetschef, lämnar information om beläggningen på särskilt boende och om "
      "hemtjänstens planerade och utförda timmar under januari–mars.")
    t("Beslut", True)
    t("Socialnämnden noterar informationen.")
    par(46, "Dnr 2025/212:12",
        "Samverkan om trygg och säker hemgång från sluten vård med Region Norrbotten och Pajala kommun")
    t("Socialchef Anja Lehto informerar om läget i samverkan. Socialnämnden godkände en "
      "avsiktsförklaring 2025-09-17, § 88, Dnr 2025/212:7. Nu föreslås ett gemensamt hemgångsteam för "
      "Övertorneå och Pajala, finansierat till hälften av Region Norrbotten. Representanter för "
      "kommunala pensionärsrådet närvarar under paragrafen.")
    t("Beslut", True)
    t("Socialnämnden ställer sig bakom förslaget om gemensamt hemgångsteam och överlämnar ärendet till "
      "kommunstyrelsen.")
    par(47, "Dnr 2026/58", "Revidering av riktlinjer för biståndsbedömning inom äldreomsorgen")
    t("Yrkanden", True)
    t("Tuula Mäkinen (C) yrkar bifall till förvaltningens förslag.\n"
      "Jan Pekkari (M) yrkar tillägg om att riktlinjerna ska följas upp efter ett år.\n"
      "Oskar Lantto (V) instämmer i Tuula Mäkinens yrkande.")
    t("Propositionsordning", True)
    t("Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. "
      "Därefter ställer ordföranden proposition på Jan Pekkaris tilläggsyrkande och finner det avslaget. "
      "Omröstning begärs. Ja-röst för avslag på tilläggsyrkandet, nej-röst för bifall till det.")
    t("Omröstningsresultat: Ja 5, Nej 2, Avstår 0. Socialnämnden har därmed avslagit tilläggsyrkandet.")
    t("Beslut", True)
    t("Socialnämnden antar de reviderade riktlinjerna för biståndsbedömning.")
    t("Protokollsanteckning", True)
    t("Jan Pekkari (M) lämnar en protokollsanteckning om att uppföljning ändå bör ske inom ramen för "
      "nämndens internkontrollplan.")
    par(48, "", "Anmälan av motioner och medborgarförslag som remitterats till nämnden")
    t("Kommunfullmäktige har remitterat följande ärenden till socialnämnden för yttrande:")
    W = [98, 26, 44]
    pdf.set_font("F", "B", 9)
    for w, c in zip(W, ["Ärende", "Diarienr", "Inlämnad av"]):
        pdf.cell(w, 6, c, border=1)
    pdf.ln(6)
    pdf.set_font("F", "", 9)
    for r in [("Motion om fler platser på särskilt boende i Svanstein", "2026/104", "Ritva Sandström (SD)"),
              ("Medborgarförslag om seniorgym i Hedenäset", "2026/107", "Medborgare"),
              ("", "", "")]:
        for w, c in zip(W, r):
            pdf.cell(w, 6, c, border=1)
        pdf.ln(6)
    pdf.ln(2)
    t("Beslut", True)
    t("Socialnämnden uppdrar åt förvaltningen att ta fram förslag till yttranden.")
    par(49, "Dnr 2026/3", "Delegationsbeslut och meddelanden")
    t("Förteckning över delegationsbeslut fattade under april 2026 redovisas, bland annat beslut i "
      "ärendena Dnr 2026/61 och Dnr 2026/66 om avgiftsreduktion. Meddelande från Haparanda kommun om "
      "gemensam upphandling av trygghetslarm anmäls.")
    t("Beslut", True)
    t("Redovisningen läggs till handlingarna.")
    pdf.output(os.path.join(OUT, "overtornea_socialnamnden_2026-05-20_protokoll.pdf"))


# ---------------------------------------------------------------- 2. Dorotea (plain Word template)
def dorotea():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    def shade(cell, color="D9D9D9"):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), color)
        tcPr.append(sh)

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "DOROTEA KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\t2026-02-23"
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = "Justerandes signatur\t\tUtdragsbestyrkande"
    d.add_heading("Kommunfullmäktige", level=1)
    d.add_paragraph("Sammanträdesdatum: 2026-02-23\nPlats och tid: Kommunhuset, Dorotea, kl. 13.00–16.40")
    d.add_paragraph().add_run("Närvarande").bold = True
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, txt in zip(tb.rows[0].cells, ["Namn", "Parti", "Anteckning"]):
        c.text = txt
        shade(c)
    rows = [("Ingela Strömberg", "S", "ordförande"), ("Olof Persson", "DLP", "1:e vice ordförande"),
            ("Anna-Greta Hjelm", "C", "2:e vice ordförande"), ("Mats Eriksson", "S", ""),
            ("Jenny Wiklund", "S", ""), ("Torbjörn Lind", "M", ""), ("Karin Sjödin", "DLP", ""),
            ("Erik Mattsson", "SD", ""), ("Lotta Holmberg", "V", ""), ("", "", ""),
            ("Bo Nordin", "S", "tjänstgörande ersättare för Hans Åkerlund (S)"),
            ("Sanna Lilja", "C", "tjänstgörande ersättare för Gunnar Öberg (C)"),
            ("", "", ""),
            ("Pekka Jonsson", "DLP", "ersättare, ej tjänstgörande")]
    for r in rows:
        cells = tb.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    d.add_paragraph("DLP = Dorotea Landsbygdsparti")
    p = d.add_paragraph()
    p.add_run("Övriga deltagare: ").bold = True
    p.add_run("Stefan Wikström, kommunchef; Annika Ström, ekonomichef; Håkan Backlund, vd Dorotea Energi AB, "
              "§ 3; Linda Jakobsson, kommunsekreterare")
    p = d.add_paragraph()
    p.add_run("Utses att justera: ").bold = True
    p.add_run("Torbjörn Lind (M) och Lotta Holmberg (V)")
    p = d.add_paragraph()
    p.add_run("Justeringens plats och tid: ").bold = True
    p.add_run("Kommunkontoret 2026-02-26")
    d.add_paragraph("Paragrafer 1–7")
    d.add_paragraph("Sekreterare ..........................................  Linda Jakobsson")
    d.add_paragraph("Ordförande ..........................................  Ingela Strömberg")
    d.add_paragraph("Justerare ..........................................  Torbjörn Lind     "
                    "..........................................  Lotta Holmberg")
    d.add_page_break()

    def par(no, title, bet):
        t = d.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["Paragraf", "Ärende", "Beteckning"]):
            c.text = txt
            shade(c)
        for c, txt in zip(t.rows[1].cells, [f"§ {no}", title, bet]):
            c.text = txt
            for r_ in c.paragraphs[0].runs:
                r_.bold = True
        for row_ in t.rows:
            row_.cells[0].width = Cm(2.2)
            row_.cells[1].width = Cm(10.5)
            row_.cells[2].width = Cm(3.3)
        d.add_paragraph()

    def t(text, bold=False):
        p = d.add_paragraph()
        p.add_run(text).bold = bold

    par(1, "Val av justerare", "")
    t("Kommunfullmäktige utser Torbjörn Lind (M) och Lotta Holmberg (V) att jämte ordföranden justera "
      "protokollet.")
    par(2, "Godkännande av kungörelse och dagordning", "")
    t("Kungörelsen har anslagits på kommunens anslagstavla 2026-02-12. Dagordningen godkänns.")
    par(3, "Information om Dorotea Energi AB:s verksamhet", "2026.009 KS")
    t("Föredragande: Håkan Backlund, vd Dorotea Energi AB")
    t("Håkan Backlund informerar om bolagets investeringar i fjärrvärmenätet och om elpriset under vintern.")
    t("Beslut", True)
    t("Kommunfullmäktige tackar för informationen.")
    par(4, "Budgetuppföljning 2026 och prognos efter januari", "2026.016 KS")
    t("Föredragande: Annika Ström, ekonomichef")
    t("Ekonomichef Annika Ström och kommunchef Stefan Wikström föredrar ärendet. Prognosen visar ett "
      "resultat i balans.")
    t("Beslut", True)
    t("Kommunfullmäktige godkänner budgetuppföljningen.")
    par(5, "Samverkansavtal om gemensam överförmyndarnämnd med Vilhelmina kommun och Åsele kommun", "2025.144 KS")
    t("Föredragande: Stefan Wikström, kommunchef")
    t("Dorotea, Vilhelmina och Åsele kommuner föreslås inrätta en gemensam överförmyndarnämnd med "
      "Vilhelmina kommun som värdkommun från den 1 januari 2027. Region Västerbotten har erbjudit stöd "
      "med utbildning av ställföreträdare.")
    t("Yrkanden", True)
    t("Olof Persson (DLP) yrkar bifall till kommunstyrelsens förslag.")
    t("Erik Mattsson (SD) yrkar avslag.")
    d.add_page_break()
    t("§ 5 forts.", True)
    t("Propositionsordning", True)
    t("Ordföranden ställer proposition på bifall mot avslag och finner att kommunfullmäktige bifaller "
      "kommunstyrelsens förslag.")
    t("Beslut", True)
    t("Kommunfullmäktige godkänner samverkansavtalet och reglementet för den gemensamma "
      "överförmyndarnämnden.")
    t("Reservation", True)
    t("Erik Mattsson (SD) reserverar sig mot beslutet.")
    par(6, "Svar på motion från Lotta Holmberg (V) om en fritidsbank i Dorotea", "2025.098 KS")
    t("Föredragande: Mats Eriksson (S), kommunstyrelsens ordförande")
    t("Mats Eriksson redogör för kommunstyrelsens förslag. Kommunfullmäktige beslutade 2024-06-17, "
      "§ 44 (2024.061 KS), att ge fritidsenheten i uppdrag att utreda utlåning av sportutrustning. "
      "Utredningen visar att en fritidsbank kan startas inom befintlig budget först 2028.")
    t("Yrkanden", True)
    t("Lotta Holmberg (V) yrkar bifall till motionen. Mats Eriksson (S) yrkar att motionen ska anses "
      "besvarad. Karin Sjödin (DLP) instämmer i Lotta Holmbergs yrkande.")
    t("Propositionsordning", True)
    t("Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige beslutar enligt "
      "Mats Erikssons yrkande.")
    t("Beslut", True)
    t("Motionen anses besvarad.")
    t("Reservationer", True)
    t("Lotta Holmberg (V) och Karin Sjödin (DLP) reserverar sig till förmån för eget yrkande.")
    par(7, "Anmälan av nya motioner och interpellationer", "")
    t("Följande motion och interpellation har lämnats in:")
    t("Motion från Karin Sjödin (DLP) om snöröjning av gång- och cykelvägar före kl. 07.00, 2026.021 KS")
    t("Interpellation från Erik Mattsson (SD) till kommunstyrelsens ordförande om kommunens "
      "lokalförsörjning, 2026.024 KS")
    t("Beslut", True)
    t("Motionen remitteras till kommunstyrelsen. Interpellationen får ställas och besvaras vid nästa "
      "sammanträde.")
    d.save(os.path.join(OUT, "dorotea_kommunfullmaktige_2026-02-23_protokoll.docx"))


# ---------------------------------------------------------------- 4. Laxå (tjänsteskrivelse, Word header)
def laxa():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    hdr = d.sections[0].header
    ht = hdr.add_table(rows=3, cols=2, width=d.sections[0].page_width - d.sections[0].left_margin
                       - d.sections[0].right_margin)
    vals = [("Laxå kommun", "TJÄNSTESKRIVELSE"), ("Socialförvaltningen", "Datum 2026-03-02"),
            ("Handläggare: Cecilia Wahlgren", "Vårt dnr SN 2026-000412")]
    for r, (a, b) in zip(ht.rows, vals):
        r.cells[0].text = a
        r.cells[1].text = b
    d.sections[0].footer.paragraphs[0].text = "Laxå kommun, Box 10, 695 21 Laxå  •  0584-47 30 00"
    d.add_paragraph("Till Socialnämnden")
    d.add_heading("Avtal om gemensam socialjour med Region Örebro län och kommunerna i södra länsdelen",
                  level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden föreslår kommunfullmäktige att godkänna avtalet om gemensam socialjour "
                    "för perioden 2026-07-01–2029-06-30.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Laxå kommun har sedan 2019 köpt socialjour av Örebro kommun. Avtalet löper ut den "
                    "30 juni 2026. Askersunds kommun, Hallsbergs kommun och Laxå kommun har tillsammans med "
                    "Region Örebro län tagit fram ett förslag till gemensam socialjour med placering i "
                    "Hallsberg. Regionen bidrar med lokaler och med samverkan med psykiatrins akutmottagning.")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph("Socialnämnden beslutade 2023-11-15, § 102 (SN 2023-000388), att ge förvaltningen i "
                    "uppdrag att utreda framtida former för socialjouren. Utredningen redovisades för "
                    "nämnden 2025-05-21, § 61. Kostnaden för Laxå kommun beräknas till 1,1 mnkr per år, "
                    "vilket är 0,2 mnkr lägre än i dag.")
    d.add_page_break()
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph("Kostnaden ryms inom socialnämndens budgetram för 2026 och 2027.")
    d.add_heading("Barnrättsperspektiv", level=2)
    d.add_paragraph("En jour med socialsekreterare som känner till lokala förhållanden stärker skyddet för "
                    "barn som far illa utanför kontorstid.")
    d.add_heading("Beslutet skickas till", level=2)
    d.add_paragraph("Askersunds kommun\nHallsbergs kommun\nRegion Örebro län\nKommunstyrelsen")
    d.add_paragraph("\nRoger Lindberg\nSocialchef\n\nCecilia Wahlgren\nEnhetschef, individ- och familjeomsorgen")
    d.save(os.path.join(OUT, "laxa_socialnamnden_2026-03-02_tjansteskrivelse.docx"))


# ---------------------------------------------------------------- 7. Robertsfors (portal page)
def robertsfors():
    H = []
    a = H.append
    a("""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Kommunfullmäktige 2026-03-30 – Protokoll – Robertsfors kommun</title>
<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto} .dnr{color:#555;font-size:90%}
nav,footer{background:#eef;padding:.5em} table{border-collapse:collapse} td,th{border:1px solid #bbb;padding:2px 6px}</style>
</head><body>
<nav><a href="/">Robertsfors kommun</a> › <a href="/politik">Politik och påverkan</a> › <a href="/moten">Möten och protokoll</a> › Kommunfullmäktige 2026-03-30</nav>
<main>
<h1>Kommunfullmäktige</h1>
<p><strong>Protokoll</strong> · Sammanträdesdatum 2026-03-30 · Kommunhuset, Sessionssalen, kl. 18.00–21.05</p>
<p>Protokollet justerades 2026-04-02 och har anslagits på kommunens digitala anslagstavla.</p>
<section id="narvaro"><h2>Närvarande</h2>
<h3>Beslutande</h3>
<table><thead><tr><th>Ledamot</th><th>Parti</th><th>Kommentar</th></tr></thead><tbody>
""")
    for n, pt, c in [("Inger Forsgren", "S", "ordförande"), ("Magnus Nyberg", "C", "vice ordförande"),
                     ("Britt-Marie Lundqvist", "S", "kommunstyrelsens ordförande"), ("Jörgen Nilsson", "S", ""),
                     ("Maria Lidström", "M", ""), ("Emil Berglund", "C", ""), ("Henrik Ek", "SD", ""),
                     ("Kim Åkerlund", "V", ""), ("Sofie Granlund", "V", ""), ("Anders Burman", "KD", ""),
                     ("Lena Sandin", "S", ""), ("Jonas Marklund", "M", ""),
                     ("Petra Öhlund", "S", "tjänstgör för Lars Wallin (S)"),
                     ("Rickard Åström", "SD", "tjänstgör för Ulla Nordenmark (SD), §§ 17–20")]:
        a(f"<tr><td>{n}</td><td>{pt}</td><td>{c}</td></tr>\n")
    a("""</tbody></table>
<h3>Övriga närvarande</h3>
<ul><li>Lena Holm, kommunchef</li><li>Peter Sjölund, ekonomichef, §§ 20–21</li>
<li>Gunnar Stål, revisorernas ordförande, § 21</li><li>Ylva Berglund, kommunsekreterare</li></ul>
<p><strong>Sekreterare:</strong> Ylva Berglund &nbsp; <strong>Ordförande:</strong> Inger Forsgren &nbsp;
<strong>Justerare:</strong> Jörgen Nilsson och Maria Lidström</p>
</section>
<section id="paragrafer"><h2>Paragrafer</h2>
""")

    def art(no, title, dnr, body):
        a(f'<article id="p{no}"><h3>§ {no} {title}</h3>\n')
        if dnr:
            a(f'<p class="dnr">Diarienummer: {dnr}</p>\n')
        for x in body:
            if x.startswith("#"):
                a(f"<h4>{x[1:]}</h4>\n")
            else:
                a(f"<p>{x}</p>\n")
        a("</article>\n")

    art(17, "Val av justerare", "", ["Kommunfullmäktige utser Jörgen Nilsson (S) och Maria Lidström (M) att "
                                      "jämte ordföranden justera protokollet."])
    art(18, "Interpellation från Henrik Ek (SD) till kommunstyrelsens ordförande om bemanningen i hemtjänsten",
        "KS26/41",
        ["Henrik Ek (SD) har ställt en interpellation om hur kommunen ska klara bemanningen i hemtjänsten "
         "under sommaren.",
         "Kommunstyrelsens ordförande Britt-Marie Lundqvist (S) besvarar interpellationen. Henrik Ek tackar "
         "för svaret. Debatt följer.",
         "#Beslut", "Interpellationen anses besvarad."])
    art(19, "Fråga från Kim Åkerlund (V) om skolskjutsen från Kusfors", "KS26/52",
        ["Kim Åkerlund (V) frågar när den nya skolskjutslinjen från Kusfors börjar trafikera.",
         "Britt-Marie Lundqvist (S) svarade att linjen startar vid höstterminens början och att "
         "Region Västerbotten står för en del av kostnaden.",
         "#Beslut", "Frågan anses besvarad."])
    art(20, "Årsredovisning 2025 för Robertsfors kommun", "KS26/12",
        ["Ekonomichef Peter Sjölund presenterar årsredovisningen. Årets resultat uppgår till 14,6 mnkr.",
         "#Yrkanden",
         "Britt-Marie Lundqvist (S) yrkar bifall till kommunstyrelsens förslag. Henrik Ek (SD) instämmer.",
         "#Beslut", "Kommunfullmäktige godkänner årsredovisningen för 2025."])
    art(21, "Revisionsberättelse och beslut om ansvarsfrihet för 2025", "KS26/13",
        ["Revisorernas ordförande Gunnar Stål redogör för revisionsberättelsen. Revisorerna tillstyrker att "
         "ansvarsfrihet beviljas.",
         "Ledamöter i kommunstyrelsen deltar inte i beslutet om ansvarsfrihet för kommunstyrelsen.",
         "#Beslut", "Kommunfullmäktige beviljar kommunstyrelsen, nämnderna och de enskilda förtroendevalda i "
         "dessa organ ansvarsfrihet för 2025."])
    art(22, "Samverkansavtal om räddningstjänst med Umeå kommun och Vindelns kommun", "KS25/188",
        ["Avtalet innebär att Umeå kommun från 2027 leder räddningstjänsten i Robertsfors, Umeå och Vindeln. "
         "Kommunfullmäktige beslutade 2025-06-16, § 61, KS25/102, om en avsiktsförklaring.",
         "#Yrkanden",
         "Kim Åkerlund (V) yrkar att ärendet återremitteras. Britt-Marie Lundqvist (S) yrkar avslag på "
         "återremissyrkandet och bifall till kommunstyrelsens förslag.",
         "#Propositionsordning",
         "Ordföranden finner att ärendet ska avgöras i dag och att kommunfullmäktige bifaller "
         "kommunstyrelsens förslag.",
         "#Beslut", "Kommunfullmäktige godkänner samverkansavtalet.",
         "#Reservation", "Vänsterpartiets ledamöter reserverar sig mot beslutet."])
    art(23, "Anmälan av nya motioner och medborgarförslag", "",
        ["Följande har lämnats in sedan förra sammanträdet:",
         "Motion från Maria Lidström (M) om fler laddstolpar i Robertsfors och Ånäset. Diarienummer: KS26/60",
         "Medborgarförslag om utegym i Bygdeå. Diarienummer: KS26/61",
         "Motion från Emil Berglund (C) om lokalt producerad mat i skolköken. Diarienummer: KS26/63",
         "#Beslut", "Motionerna och medborgarförslaget remitteras till kommunstyrelsen."])
    a("""</section></main>
<footer>Robertsfors kommun · 915 81 Robertsfors · Sidan uppdaterad 2026-04-03 · <a href="/kontakt">Kontakt</a></footer>
</body></html>
""")
    open(os.path.join(OUT, "robertsfors_kommunfullmaktige_2026-03-30_protokoll.html"), "w",
         encoding="utf-8").write("".join(H))


# ---------------------------------------------------------------- 5. Malå (pdftotext -layout export)
def mala():
    def head(n):
        return (f"MALÅ KOMMUN                                   SAMMANTRÄDESPROTOKOLL                  {n} (5)\n"
                "Miljö- och byggnadsnämnden                    Sammanträdesdatum\n"
                "                                              2026-05-06\n\n")
    foot = ("\n\n     Justerandes sign                                          Utdragsbestyrkande\n"
            "     ..............................                            ..............................\n")
    p1 = head(1) + """
Plats och tid              Kommunhuset, sammanträdesrum Tjärnen, kl. 09.00–12.15

Beslutande                 Ledamöter                               Tjänstgörande ersättare
                           Ulf Granström (S), ordförande           Kerstin Abra-
                           Sofia Nygren (M), vice ordförande       hamsson (S) för Leif Öst (S)
                           Bengt Lundmark (V)
                           Tove Isaksson (MLP)                     Ersättare
                           Rune Dahlberg (SD)                      Gustav Lindström (M)

Övriga deltagare           Marie Lundgren, förvaltningschef        Jonas Åström-
                           Elin Forsberg, byggnadsinspektör        Lidgren, miljöinspektör, § 32
                           Hanna Stenlund, sekreterare

Utses att justera          Sofia Nygren (M)

Justeringens               Kommunhuset 2026-05-11                  Paragrafer    30–36
plats och tid

Underskrifter   Sekreterare    ........................................
                               Hanna Stenlund

                Ordförande     ........................................
                               Ulf Granström

                Justerande     ........................................
                               Sofia Nygren

MLP = Malå Lokalparti
""" + foot
    p2 = head(2) + """
§ 30
Godkännande av dagordning

Beslut
Miljö- och byggnadsnämnden godkänner dagordningen.


§ 31
Val av justerare

Beslut
Miljö- och byggnadsnämnden utser Sofia Nygren (M) att justera protokollet.


§ 32      Tillsynsplan för miljö- och hälsoskydd 2026
          MBN-2026-000214

Jonas Åström-Lidgren, miljöinspektör, föredrar ärendet. Tillsynsplanen omfattar 212
objekt, varav 38 livsmedelsanläggningar. Planen bygger på behovsutredningen som
nämnden antog 2025-12-03, § 88, MBN-2025-000377.

Beslut
Miljö- och byggnadsnämnden antar tillsynsplanen för 2026.


§ 33      Ansökan om bygglov för nybyggnad av enbostadshus och garage
          på fastigheten Malå 5:17
          MBN-2026-000198

Byggnadsinspektör Elin Forsberg presenterar ärendet. Den sökta åtgärden avviker från
detaljplanen genom att garaget placeras 1,5 meter in på prickmark.
""" + foot
    p3 = head(3) + """
§ 33 (forts.)

Yrkanden
Bengt Lundmark (V) yrkar bifall till förvaltningens förslag om bygglov.
Rune Dahlberg (SD) yrkar avslag på ansökan.

Propositionsordning
Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt
Bengt Lundmarks yrkande.

Beslut
Miljö- och byggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och
bygglagen.

Reservation
Rune Dahlberg (SD) reserverar sig skriftligt, bilaga 1.


§ 34      Information om samverkan kring livsmedelskontroll med
          Norsjö kommun och Lycksele kommun
          MBN-2026-000057

Förvaltningschef Marie Lundgren berättade om den pågående utredningen om en gemensam
livsmedelskontroll för Malå, Norsjö och Lycksele. Region Västerbotten deltar som
rådgivare i frågor om smittskydd.

Beslut
Miljö- och byggnadsnämnden tackar för informationen.
""" + foot
    p4 = head(4) + """
§ 35      Redovisning av delegationsbeslut
          MBN-2026-000003

Följande delegationsbeslut redovisas:

  Datum        Ärendenummer         Beslut                                   Delegat
  2026-04-08   MBN-2026-000201      Föreläggande om avloppsanordning         E. Forsberg
  2026-04-22   MBN-2026-000205      Startbesked, tillbyggnad fritidshus      E. Forsberg

Beslut
Redovisningen läggs till handlingarna.


§ 36      Övriga frågor

Tove Isaksson (MLP) ställer en fråga om handläggningstiden för strandskydds-
dispenser. Elin Forsberg svarade att den genomsnittliga handläggningstiden under
2026 är fem veckor.

Beslut
Miljö- och byggnadsnämnden noterar informationen.
""" + foot
    p5 = head(5) + """
Bilaga 1 till § 33

Reservation

Jag reserverar mig mot beslutet att bevilja bygglov på fastigheten Malå 5:17,
eftersom avvikelsen från detaljplanen inte kan anses liten.

Rune Dahlberg (SD)
""" + foot
    txt = "\f".join([p1, p2, p3, p4, p5]) + "\f"
    open(os.path.join(OUT, "mala_miljo-och-byggnadsnamnden_2026-05-06_protokoll.txt"), "w",
         encoding="utf-8").write(txt)


if __name__ == "__main__":
    import sys
    which = sys.argv[1:] or ["berg", "fargelanda", "norsjo", "overtornea", "dorotea", "laxa", "robertsfors", "mala"]
    for w in which:
        globals()[w]()
        print("built", w)
