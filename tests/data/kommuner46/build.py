# Generator for the kommuner46 blind gold set. All content invented.
import os
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, head=None, foot=None, serif=False):
        super().__init__(format="A4")
        self.add_font("S", "", DJ + "DejaVuSans.ttf")
        self.add_font("S", "B", DJ + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", DJ + "DejaVuSans-Oblique.ttf")
        self.add_font("R", "", DJ + "DejaVuSerif.ttf")
        self.add_font("R", "B", DJ + "DejaVuSerif-Bold.ttf")
        self.add_font("R", "I", DJ + "DejaVuSerif-Italic.ttf")
        self.fam = "R" if serif else "S"
        self.head = head
        self.foot = foot
        self.set_auto_page_break(True, 22)
        self.set_margins(22, 18, 20)
        self.alias_nb_pages()

    def header(self):
        if self.head:
            self.head(self)

    def footer(self):
        if self.foot:
            self.foot(self)

    def t(self, text, size=10, style="", h=5, align="L", fam=None, indent=0):
        self.set_font(fam or self.fam, style, size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0 if not indent else self.w - self.r_margin - self.l_margin - indent,
                        h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def gap(self, h=3):
        self.ln(h)

    def row(self, cells, widths, size=9, style="", h=5.5, border=0, fam=None):
        self.set_font(fam or self.fam, style, size)
        for c, w in zip(cells, widths):
            self.cell(w, h, c, border=border)
        self.ln(h)


# ---------------------------------------------------------------------------
# 1. Bromölla kommun, Kommunstyrelsen – Ciceron-like, table on page 1
# ---------------------------------------------------------------------------
def bromolla():
    def head(p):
        p.set_font("S", "B", 11)
        p.cell(95, 5, "BROMÖLLA KOMMUN")
        p.set_font("S", "", 9)
        p.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_font("S", "", 9)
        p.cell(95, 5, "Kommunstyrelsen")
        p.cell(0, 5, "Sammanträdesdatum 2026-03-10", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.line(22, p.get_y() + 1, 190, p.get_y() + 1)
        p.ln(6)

    def foot(p):
        p.set_y(-16)
        p.set_font("S", "", 7.5)
        p.cell(60, 4, "Justerandes sign  ........   ........")
        p.cell(60, 4, "Utdragsbestyrkande", align="C")
        p.cell(0, 4, f"Sida {p.page_no()} ({{nb}})", align="R")

    p = Doc(head, foot)
    p.add_page()
    W = [52, 116]
    def tr(a, b, h=6):
        y = p.get_y()
        p.set_font("S", "B", 8.5)
        p.multi_cell(W[0], 5, a, border=0, new_x=XPos.RIGHT, new_y=YPos.TOP)
        p.set_font("S", "", 8.5)
        p.set_xy(22 + W[0], y)
        p.multi_cell(W[1], 5, b, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y2 = p.get_y()
        # redraw left cell border to full height
        p.rect(22, y, W[0], y2 - y)
    tr("Plats och tid", "Kommunhuset, sammanträdesrum Ivösjön, kl. 09.00–11.45\nAjournering kl. 10.15–10.30")
    tr("Beslutande",
       "Jeppe Lindvall (S), ordförande          Nils-Erik Wahlund (FB)\n"
       "Marie Hägg (M), 1:e vice ordförande     Lena Ohlsson (KD)\n"
       "Agneta Holm (S)                          Tomas Berglund (SD)\n"
       "Kristoffer Ahl (S)                       Elin Sjögren (SD)\n"
       "Sara Björkén (M)                         Per Lindqvist (C)\n"
       "Hanna Strand (S), tjg ers för Rune Falk (S)")
    tr("Ersättare (ej tjg)", "Göran Ekdahl (M), Amira Haddad (V)")
    tr("Övriga närvarande",
       "Karin Melander, kommundirektör\nJohan Friis, kommunsekreterare\n"
       "Lotta Ek, ekonomichef, § 33\nMats Dahlberg, planarkitekt, § 35")
    tr("Utses att justera", "Per Lindqvist (C)")
    tr("Justeringens plats och tid", "Kommunkansliet, 2026-03-13 kl. 13.00")
    tr("Underskrifter", "Sekreterare  ...............................................      Paragrafer §§ 31–37\n"
       "                   Johan Friis\n\n"
       "Ordförande   ...............................................\n"
       "                   Jeppe Lindvall\n\n"
       "Justerande    ...............................................\n"
       "                   Per Lindqvist")
    p.gap(5)
    p.t("ANSLAG/BEVIS", 9, "B")
    p.t("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", 8.5)
    p.set_font("S", "", 8.5)
    for a, b in [("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2026-03-10"),
                 ("Datum då anslaget sätts upp", "2026-03-16"), ("Datum då anslaget tas ned", "2026-04-07"),
                 ("Förvaringsplats för protokollet", "Kommunkansliet, Bromölla"),
                 ("Underskrift", "...............................................  Johan Friis")]:
        p.cell(60, 5, a, border=1)
        p.cell(108, 5, b, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def par(no, title, dnr=None):
        p.gap(4)
        p.set_font("S", "B", 11)
        p.cell(18, 6, no)
        if dnr:
            p.set_font("S", "", 9)
            p.cell(0, 6, dnr, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            p.ln(6)
        p.set_x(40)
        p.set_font("S", "B", 11)
        p.multi_cell(150, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.gap(2)

    def body(text, style="", size=9.5):
        p.set_x(40)
        p.set_font("S", style, size)
        p.multi_cell(150, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    p.add_page()
    par("§ 31", "Godkännande av dagordningen")
    body("Kommunstyrelsens beslut", "B")
    body("Dagordningen godkänns med tillägget att ärendet om medfinansiering av leaderprojekt "
         "behandlas som § 36.")
    par("§ 32", "Information från kommundirektören")
    body("Kommundirektör Karin Melander informerar om läget i rekryteringen av ny socialchef, "
         "om arbetet med den nya lokalförsörjningsplanen och om samverkan med Kristianstads kommun "
         "och Sölvesborgs kommun kring räddningstjänsten.")
    body("Kommunstyrelsens beslut", "B")
    body("Informationen noteras.")
    par("§ 33", "Årsredovisning 2025 för Bromölla kommun", "KS 2026/18")
    body("Ärendebeskrivning", "B")
    body("Ekonomichef Lotta Ek föredrar ärendet. Kommunen redovisar ett resultat för 2025 om "
         "14,2 miljoner kronor, vilket är 6,1 miljoner kronor bättre än budget. Balanskravsresultatet "
         "är positivt. Soliditeten inklusive pensionsförpliktelser uppgår till 31 procent.")
    body("Yrkanden", "B")
    body("Jeppe Lindvall (S) yrkar bifall till förvaltningens förslag. Marie Hägg (M) instämmer i "
         "Jeppe Lindvalls yrkande.")
    body("Protokollsanteckning", "B")
    body("Sverigedemokraterna lämnar en protokollsanteckning, bilaga 1.")
    body("Kommunstyrelsens förslag till kommunfullmäktige", "B")
    body("Årsredovisning 2025 för Bromölla kommun godkänns.")
    par("§ 34", "Motion från Tomas Berglund (SD) om kameraövervakning vid Bromölla station",
        "KS 2025/211")
    body("Ärendebeskrivning", "B")
    body("Tomas Berglund (SD) har i en motion föreslagit att kommunen ansöker om tillstånd för "
         "kameraövervakning vid Bromölla station och pendelparkeringen. Kommunledningsförvaltningen "
         "bedömer att brottsstatistiken för platsen inte motiverar en ansökan i nuläget.")
    body("Yrkanden", "B")
    body("Tomas Berglund (SD) och Elin Sjögren (SD) yrkar bifall till motionen.\n"
         "Agneta Holm (S) yrkar avslag på motionen.")
    body("Propositionsordning", "B")
    body("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar "
         "enligt Agneta Holms yrkande.")
    body("Kommunstyrelsens förslag till kommunfullmäktige", "B")
    body("Motionen avslås.")
    body("Reservation", "B")
    body("Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för eget yrkande.")
    par("§ 35", "Detaljplan för del av Ivö 4:12 m.fl. (Ivö strand, bostäder och småbåtshamn), "
        "beslut om granskning", "KS 2024/301")
    body("Ärendebeskrivning", "B")
    body("Planarkitekt Mats Dahlberg redogör för planförslaget. Syftet med detaljplanen är att "
         "möjliggöra cirka 40 nya bostäder i form av radhus och parhus samt en utbyggd småbåtshamn "
         "med plats för 60 båtar. Samråd har genomförts under tiden 2025-09-01 till 2025-09-29. "
         "Under samrådet inkom 23 yttranden, varav 11 från privatpersoner. Länsstyrelsen har "
         "framfört synpunkter avseende strandskydd och risk för översvämning. Planförslaget har "
         "reviderats så att bebyggelsen placeras minst 2,5 meter över nuvarande medelvattenstånd "
         "och så att allmänhetens tillträde till strandlinjen säkerställs genom en 15 meter bred "
         "naturmark mellan tomterna och vattnet.\n\n"
         "Planförslaget bedöms vara förenligt med översiktsplanen (ÖP 2030) som pekar ut Ivö som "
         "utvecklingsområde för bostäder. Någon betydande miljöpåverkan bedöms inte uppstå. "
         "Kostnaderna för planarbetet regleras i planavtal med exploatören. Trafikverket har inte "
         "haft något att erinra. Räddningstjänsten har påpekat att tillgängligheten för "
         "räddningsfordon till hamnområdet måste säkras, vilket har tillgodosetts i plankartan "
         "genom en vändplan vid hamnplanen.\n\n"
         "Samhällsbyggnadsförvaltningen föreslår att planförslaget sänds ut på granskning. "
         "Granskningstiden föreslås bli tre veckor. Under granskningen kommer planhandlingarna "
         "att finnas tillgängliga i kommunhuset, på biblioteket i Bromölla och på kommunens "
         "webbplats. Samrådsredogörelsen bifogas handlingarna.")
    body("Yrkanden", "B")
    body("Nils-Erik Wahlund (FB) yrkar bifall till förvaltningens förslag med tillägget att "
         "gång- och cykelvägen längs Ivövägen ska utredas i samband med exploateringsavtalet.\n"
         "Jeppe Lindvall (S) yrkar bifall till förvaltningens förslag och avslag på tilläggsyrkandet.")
    body("Propositionsordning", "B")
    body("Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. "
         "Därefter ställer ordföranden proposition på Nils-Erik Wahlunds tilläggsyrkande och finner "
         "det avslaget.")
    body("Kommunstyrelsens beslut", "B")
    body("Planförslaget för del av Ivö 4:12 m.fl. godkänns för granskning.")
    body("Reservation", "B")
    body("Nils-Erik Wahlund (FB) reserverar sig mot beslutet att avslå tilläggsyrkandet.")
    par("§ 36", "Ansökan om medfinansiering av leaderprojektet ”Skånes Ess – besöksnäring "
        "i samverkan”", "KS 2026/52")
    body("Ärendebeskrivning", "B")
    body("Leaderföreningen Skånes Ess har ansökt om kommunal medfinansiering om 180 000 kronor "
         "fördelat på åren 2026–2028. Kommunstyrelsen beviljade 2023 medfinansiering av "
         "föregående projekt (KS 2023/77). Även Östra Göinge kommun och Osby kommun deltar.")
    body("Kommunstyrelsens beslut", "B")
    body("Medfinansiering beviljas med 60 000 kronor per år 2026–2028. Medlen tas ur "
         "kommunstyrelsens utvecklingsanslag.")
    par("§ 37", "Anmälan av delegationsbeslut", "KS 2026/7")
    body("Följande delegationsbeslut anmäls:")
    body("– Beslut om tillfälligt serveringstillstånd, KS 2026/31, kommunsekreteraren\n"
         "– Yttrande till Polismyndigheten om allmän sammankomst, KS 2026/40, kommundirektören\n"
         "– Tilldelningsbeslut för ramavtal kontorsmaterial, KS 2025/260, upphandlaren")
    body("Kommunstyrelsens beslut", "B")
    body("Anmälan av delegationsbeslut noteras.")
    p.output(os.path.join(OUT, "bromolla_kommunstyrelsen_2026-03-10_protokoll.pdf"))


# ---------------------------------------------------------------------------
# 2. Svenljunga kommun, Kommunfullmäktige – Platina-like, voteringslista
# ---------------------------------------------------------------------------
SV_MEMBERS = [  # name, party, role, replaces, vote
    ("Carina Holm", "S", "ordförande", None, "Ja"),
    ("Fredrik Nyhage", "M", "1:e vice ordförande", None, "Ja"),
    ("Bengt Ödman", "S", "", None, "Ja"),
    ("Sofia Bergqvist", "S", "", None, "Ja"),
    ("Ahmed Rashid", "S", "", None, "Ja"),
    ("Olle Brink", "S", "", None, "Ja"),
    ("Gun-Britt Alm", "S", "", "Kent Viberg", "Ja"),
    ("Anna Wikström", "M", "", None, "Ja"),
    ("Peter Bohlin", "M", "", None, "Ja"),
    ("Ebba Lönn", "M", "", None, "Ja"),
    ("Viktor Åkesson", "M", "", None, "Ja"),
    ("Ulrika Grahn", "C", "", None, "Ja"),
    ("Johan Asp", "C", "", None, "Ja"),
    ("Linnea Carlberg", "C", "", None, "Ja"),
    ("Sanna Ljung", "C", "", None, "Ja"),
    ("Lars Kjellberg", "SD", "", None, "Avstår"),
    ("Roger Tall", "SD", "", None, "Avstår"),
    ("Patrik Sund", "SD", "", None, "Avstår"),
    ("Mona Ek", "SD", "", None, "Avstår"),
    ("Henrik Lundh", "KD", "", None, "Ja"),
    ("Kerstin Fager", "L", "", None, "Ja"),
    ("Ingrid Sand", "V", "", None, "Nej"),
    ("Maja Törn", "MP", "", None, "Nej"),
    ("Tord Hallin", "LPS", "", None, "Nej"),
    ("Birgitta Moberg", "LPS", "", None, "Nej"),
]


def svenljunga():
    def head(p):
        p.set_font("S", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(60, 4, "Svenljunga kommun")
        p.cell(60, 4, "PROTOKOLL", align="C")
        p.cell(0, 4, f"{p.page_no()}(" + "{nb})", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.cell(60, 4, "Kommunfullmäktige")
        p.cell(60, 4, "Sammanträdesdatum: 2026-04-27", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_text_color(0, 0, 0)
        p.ln(5)

    def foot(p):
        p.set_y(-15)
        p.set_font("S", "", 7)
        p.cell(0, 4, "Ordförandes sign ____   Justerares sign ____  ____        Utdragsbestyrkande ____",
               align="C")

    p = Doc(head, foot, serif=True)
    p.add_page()
    p.t("Kommunfullmäktige", 18, "B", h=9)
    p.t("Tid och plats: måndag 27 april 2026, kl. 18.30–21.40, Kommunhuset, Fullmäktigesalen", 10)
    p.gap(3)
    p.t("Beslutande ledamöter", 10, "B")
    lines = []
    for n, party, role, rep, _ in SV_MEMBERS:
        if rep:
            lines.append(f"{rep} ({party}), tjg ers. för {n}")
        else:
            lines.append(f"{n} ({party})" + (f", {role}" if role else ""))
    half = (len(lines) + 1) // 2
    for a, b in zip(lines[:half], lines[half:] + [""]):
        p.row([a, b], [84, 84], size=9, h=4.8)
    p.gap(2)
    p.t("Ej tjänstgörande ersättare", 10, "B")
    p.t("Elsa Grön (C), Jonas Rehn (SD)", 9)
    p.gap(2)
    p.t("Övriga närvarande", 10, "B")
    p.t("Marianne Tåg, kommundirektör\nHelena Strid, kommunsekreterare", 9)
    p.gap(2)
    p.t("Justerare", 10, "B")
    p.t("Anna Wikström (M) och Bengt Ödman (S)", 9)
    p.t("Justeringens plats och tid: Kommunkansliet, torsdag 30 april 2026 kl. 15.00", 9)
    p.gap(3)
    p.row(["Underskrifter", "Sekreterare", "_______________________  Helena Strid", "§§ 40–47"],
          [30, 28, 90, 20], size=9, h=8)
    p.row(["", "Ordförande", "_______________________  Carina Holm", ""], [30, 28, 90, 20], size=9, h=8)
    p.row(["", "Justerare", "_______________________  Anna Wikström", ""], [30, 28, 90, 20], size=9, h=8)
    p.row(["", "", "_______________________  Bengt Ödman", ""], [30, 28, 90, 20], size=9, h=8)

    def par(no, dnr, title):
        p.gap(5)
        y = p.get_y()
        p.set_font("R", "B", 12)
        p.cell(22, 6, no)
        p.set_font("R", "", 9)
        p.cell(0, 6, dnr, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_font("R", "B", 12)
        p.multi_cell(120, 6, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.gap(2)

    def sec(s):
        p.gap(1)
        p.t(s, 10, "B")

    def body(s):
        p.t(s, 10)

    p.add_page()
    par("§ 40", "", "Val av justerare")
    sec("Beslut")
    body("Kommunfullmäktige utser Anna Wikström (M) och Bengt Ödman (S) att jämte ordföranden "
         "justera dagens protokoll.")
    par("§ 41", "", "Godkännande av föredragningslistan")
    sec("Beslut")
    body("Föredragningslistan godkänns.")
    par("§ 42", "Dnr KS/2026:61",
        "Interpellation från Lars Kjellberg (SD) till kommunstyrelsens ordförande om skolskjutsar i Mjöbäck")
    body("Lars Kjellberg (SD) har ställt en interpellation till kommunstyrelsens ordförande Ulrika "
         "Grahn (C) om varför skolskjutsen från Mjöbäck har ändrade hämtningstider från höstterminen. "
         "Ulrika Grahn (C) besvarar interpellationen. Lars Kjellberg (SD) tackar för svaret och "
         "ställer följdfrågor.")
    sec("Beslut")
    body("Interpellationen anses besvarad.")
    par("§ 43", "Dnr KS/2026:70", "Fråga från Ingrid Sand (V) om vattenförsörjningen i Överlida")
    body("Ingrid Sand (V) har ställt en fråga till tekniska nämndens ordförande Peter Bohlin (M) om "
         "när den nya reservvattentäkten i Överlida tas i drift. Peter Bohlin (M) besvarar frågan.")
    sec("Beslut")
    body("Frågan anses besvarad.")
    par("§ 44", "Dnr KS/2025:140", "Motion från Maja Törn (MP) om solceller på kommunens fastigheter")
    sec("Sammanfattning")
    body("Maja Törn (MP) föreslår i en motion att kommunen installerar solceller på samtliga "
         "lämpliga tak på kommunens fastigheter senast 2028. Kommunstyrelsen föreslår att motionen "
         "anses besvarad, eftersom en solcellsplan redan ingår i energi- och klimatstrategin.")
    sec("Yrkanden")
    body("Maja Törn (MP) yrkar bifall till motionen. Ingrid Sand (V) och Tord Hallin (LPS) "
         "instämmer i Maja Törns yrkande.\nUlrika Grahn (C) yrkar bifall till kommunstyrelsens förslag.")
    sec("Propositionsordning")
    body("Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige beslutar "
         "enligt kommunstyrelsens förslag. Votering begärs.")
    sec("Omröstning")
    body("Följande voteringsproposition godkänns: Den som vill bifalla kommunstyrelsens förslag "
         "röstar ja, den som vill bifalla motionen röstar nej.\n"
         "Omröstningen utfaller med 17 ja-röster, 4 nej-röster och 4 som avstår, se voteringslista.")
    p.gap(2)
    p.t("Voteringslista § 44", 10, "B")
    widths = [50, 14, 50, 14, 14, 16]
    p.row(["Ledamot", "Parti", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"], widths,
          size=8.5, style="B", h=5.5, border=1)
    for n, party, role, rep, vote in SV_MEMBERS:
        p.row([n, party, rep or "", "X" if vote == "Ja" else "", "X" if vote == "Nej" else "",
               "X" if vote == "Avstår" else ""], widths, size=8.5, h=5.2, border=1)
    p.row(["Summa", "", "", "17", "4", "4"], widths, size=8.5, style="B", h=5.5, border=1)
    sec("Beslut")
    body("Motionen anses besvarad.")
    sec("Reservation")
    body("Maja Törn (MP), Ingrid Sand (V), Tord Hallin (LPS) och Birgitta Moberg (LPS) reserverar "
         "sig mot beslutet till förmån för Maja Törns yrkande.")
    par("§ 45", "Dnr KS/2026:12",
        "Taxa för bygglov, anmälan och förhandsbesked enligt plan- och bygglagen (PBL-taxa) 2026")
    body("Miljö- och byggnämnden har föreslagit en reviderad taxa med en höjning av timavgiften "
         "från 1 180 kronor till 1 240 kronor.")
    sec("Beslut")
    body("Kommunfullmäktige antar PBL-taxa 2026 att gälla från och med 2026-07-01.")
    sec("Protokollsanteckning")
    body("Mona Ek (SD) lämnar en protokollsanteckning: ”Vi ser positivt på att handläggningstiderna "
         "ska kortas men anser att taxan borde ha jämförts med grannkommunerna.”")
    par("§ 46", "Dnr KS/2026:33", "Ny förbundsordning för Sjuhärads samordningsförbund")
    body("Samordningsförbundets medlemmar är Borås, Bollebygd, Herrljunga, Mark, Svenljunga, "
         "Tranemo och Ulricehamns kommuner, Västra Götalandsregionen, Försäkringskassan och "
         "Arbetsförmedlingen. Förbundsordningen revideras med anledning av ny beslutsordning för "
         "budget.")
    sec("Beslut")
    body("Kommunfullmäktige antar ny förbundsordning för Sjuhärads samordningsförbund.")
    par("§ 47", "", "Anmälan av nya motioner")
    body("Följande motioner har inkommit och anmäls:\n"
         "1. Motion från Henrik Lundh (KD) om fler parkbänkar i Svenljunga centrum, KS/2026:97\n"
         "2. Motion från Sofia Bergqvist (S) om sommarlovsentreprenörer, KS/2026:98")
    sec("Beslut")
    body("Motionerna överlämnas till kommunstyrelsen för beredning.")
    p.output(os.path.join(OUT, "svenljunga_kommunfullmaktige_2026-04-27_protokoll.pdf"))


# ---------------------------------------------------------------------------
# 3. Salems kommun, Kommunstyrelsens arbetsutskott – plain Word template (.docx)
# ---------------------------------------------------------------------------
def salem():
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Salems kommun\tPROTOKOLL\tKommunstyrelsens arbetsutskott 2026-02-17"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur:\t\tUtdragsbestyrkande:"

    def para(text, bold=False, size=None):
        pr = d.add_paragraph()
        r = pr.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return pr

    def pbreak():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para("Kommunstyrelsens arbetsutskott", True, 16)
    para("Sammanträdesprotokoll", False, 12)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Plats och tid", "Salems kommunhus, Rönninge, rum Uttran, tisdagen den 17 februari 2026 kl. 13.00–15.20"),
        ("Beslutande", "Karin Söderlund (M), ordförande\nMikael Ståhl (L), vice ordförande\n"
                       "Anders Lind (S)\nEwa Borgström (C)\nJamal Yousef (S), tjänstgörande ersättare"),
        ("Ersättare", "Britt Malmqvist (M)\nCarl-Johan Berg (M)"),
        ("Övriga deltagare", "Sven Aurell, kommundirektör\nTherese Nygård, sekreterare\n"
                             "Mirja Kallio, ekonomichef, § 14\nOskar Sjöberg, upphandlingschef, § 15"),
        ("Justerare", "Anders Lind (S)"),
        ("Justeringens tid och plats", "2026-02-19, kommunledningskontoret"),
        ("Paragrafer", "§§ 12–17"),
    ]:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = b
    para("")
    para("Underskrifter")
    para("Sekreterare ______________________________   Therese Nygård")
    para("Ordförande  ______________________________   Karin Söderlund")
    para("Justerare   ______________________________   Anders Lind")
    para("")
    para("BEVIS: Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla "
         "2026-02-20.")
    pbreak()

    def item(no, dnr, title):
        pr = d.add_paragraph()
        r = pr.add_run(f"§ {no}")
        r.bold = True
        pr.add_run(f"\t\t\t\t\t\t{dnr}" if dnr else "")
        para(title, True, 13)

    item(12, "KS26/19", "Medborgarförslag om hundrastgård i Rönninge")
    para("Förslag till beslut i kommunstyrelsen", True)
    para("Medborgarförslaget bifalls. Samhällsbyggnadsförvaltningen får i uppdrag att anlägga en "
         "hundrastgård vid Skogsängsvägen under 2026.")
    para("Ärendet")
    para("Kerstin Ahlgren har lämnat ett medborgarförslag om att kommunen ska anlägga en inhägnad "
         "hundrastgård i centrala Rönninge. Förvaltningen har identifierat en lämplig yta på "
         "kommunens mark vid Skogsängsvägen.")
    item(13, "KS25/288", "Revidering av riktlinjer för representation och gåvor")
    para("Förslag till beslut i kommunstyrelsen", True)
    para("Reviderade riktlinjer för representation och gåvor antas.")
    para("Yrkanden")
    para("Anders Lind (S) yrkar att beloppsgränsen för extern representation sänks från 600 till "
         "450 kronor per person.\nKarin Söderlund (M) yrkar bifall till förvaltningens förslag.")
    para("Proposition")
    para("Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet bifaller "
         "Karin Söderlunds yrkande.")
    para("Reservation")
    para("Anders Lind (S) och Jamal Yousef (S) reserverar sig mot beslutet.")
    item(14, "KS26/8", "Ekonomisk uppföljning per januari 2026")
    para("Ekonomichef Mirja Kallio redogör för utfallet per januari. Prognosen för helåret pekar "
         "på ett överskott om 3,5 miljoner kronor.")
    para("Arbetsutskottets beslut", True)
    para("Informationen läggs till handlingarna.")
    pbreak()
    item(15, "KS26/41", "Upphandling av skolskjutstrafik 2027–2031")
    para("Upphandlingschef Oskar Sjöberg föredrar ärendet.")
    para("Yrkanden")
    para("Ewa Borgström (C) yrkar att ärendet återremitteras för att utreda möjligheten till "
         "samordnad upphandling med Botkyrka kommun.\nMikael Ståhl (L) yrkar att ärendet ska "
         "avgöras i dag och bifall till förvaltningens förslag.")
    para("Proposition")
    para("Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och "
         "finner att det ska avgöras i dag.")
    para("Förslag till beslut i kommunstyrelsen", True)
    para("Förvaltningen får i uppdrag att genomföra upphandling av skolskjutstrafik för perioden "
         "2027–2031 enligt upphandlingsdokumenten.")
    para("Protokollsanteckning")
    para("Ewa Borgström (C) antecknar till protokollet att samordning med grannkommuner bör "
         "prövas vid nästa upphandling.")
    item(16, "KS26/22",
         "Yttrande över Region Stockholms remiss om regionalt trafikförsörjningsprogram 2027–2035")
    para("Region Stockholm har skickat programmet på remiss till bland annat Salems, Botkyrka och "
         "Södertälje kommuner. Kommundirektör Sven Aurell redogör för förslaget till yttrande, där "
         "kommunen särskilt lyfter behovet av tätare pendeltågstrafik till Rönninge.")
    para("Förslag till beslut i kommunstyrelsen", True)
    para("Kommunen yttrar sig i enlighet med förvaltningens förslag.")
    item(17, "", "Övriga frågor")
    para("Anders Lind (S) ställer en fråga om snöröjningen på gång- och cykelvägarna i Salems "
         "centrum. Kommundirektören återkommer med svar vid nästa sammanträde.")
    d.save(os.path.join(OUT, "salem_kommunstyrelsens-arbetsutskott_2026-02-17_protokoll.docx"))


# ---------------------------------------------------------------------------
# 4. Vansbro kommun, Socialnämnden – pdftotext -layout style text export
# ---------------------------------------------------------------------------
SHY = "\u00ad"


def vansbro():
    def hdr(n):
        return ("VANSBRO KOMMUN                                        SAMMANTRÄDESPROTOKOLL              Sida\n"
                "Socialnämnden                                         Sammanträdesdatum                  " + f"{n}(4)\n"
                "                                                      2026-05-20\n\n")
    ftr = ("\n\n\n  Justerandes sign               Utdragsbestyrkande\n"
           "  ____________  ____________     ____________________\n")
    p1 = hdr(1) + """
  Plats och tid              Kommunhuset i Vansbro, sammanträdesrum Västerdal, kl. 09.00–12.10

  Beslutande                 Gunnar Rask (C), ordförande
                             Lena Ahlberg (S), vice ordförande
                             Anna-Karin Svedberg (C)
                             Olof Mård (S)
                             Ulf Persson (S), tjänstgörande ersättare för Mona Back (S)
                             Eva Skoog (M)
                             Henrik Dahl (SD)
                             Sara Nyström (V)

  Ersättare                  Inger Lund (KD)

  Övriga deltagare           Maria Strömberg, socialchef
                             Petra Olsson, nämndsekreterare
                             Jonas Eklöf, enhetschef individ- och familjeomsorg, § 47
                             Lisa Bergman, medicinskt ansvarig sjuksköterska, § 50

  Utses att justera          Eva Skoog (M)

  Justeringens               Socialförvaltningen, 2026-05-25
  plats och tid

                                                                          Paragrafer  45–52
  Underskrifter   Sekreterare   ...........................................
                                Petra Olsson

                  Ordförande    ...........................................
                                Gunnar Rask

                  Justerande    ...........................................
                                Eva Skoog

  ────────────────────────────────────────────────────────────────────────────────────────────
                                        ANSLAG/BEVIS
                    Protokollet är justerat. Justeringen har tillkännagivits genom anslag

  Organ                      Socialnämnden
  Sammanträdesdatum          2026-05-20
  Datum då anslaget          2026-05-26        Datum då anslaget      2026-06-17
  sätts upp                                    tas ned
  Förvaringsplats            Socialförvaltningen, Vansbro
  för protokollet
""" + ftr
    p2 = hdr(2) + f"""
  § 45                                                                          2026.001 SN
  Val av justerare

  Socialnämndens beslut
  Eva Skoog (M) utses att justera dagens protokoll.


  § 46
  Godkännande av dagordning

  Socialnämndens beslut
  Dagordningen godkänns.


  § 47                                                                          2026.012 SN
  Verksamhetsinformation från individ- och familjeomsorgen

  Enhetschef Jonas Eklöf informerar om antalet orosanmälningar under första kvartalet,
  som har ökat med 18 procent jämfört med samma period 2025, och om arbetet med
  verksam{SHY}hetens nya tidiga insatser i samverkan med Malung-Sälens kommun.

  Socialnämndens beslut
  Informationen noteras.


  § 48                                                                          2026.034 SN
  Riktlinjer för handläggning av ekonomiskt bistånd 2026, revidering efter
  ändrad riksnorm

  Ärendebeskrivning
  Riktlinjerna för ekonomiskt bistånd behöver revideras med anledning av regeringens
  beslut om riksnormen för 2026 och ny praxis från Högsta förvaltningsdomstolen.
  Förvaltningen föreslår bland annat att nivån för skäliga boendekostnader justeras och
  att möjligheten att bevilja bistånd till hemutrustning förtydligas.

  Yrkanden
  Henrik Dahl (SD) yrkar att riktlinjerna kompletteras med ett krav på att den sökande
  ska delta i språkstudier för att ha rätt till bistånd.
  Lena Ahlberg (S) och Anna-Karin Sved-
  berg (C) yrkar bifall till förvaltningens förslag.
""" + ftr
    p3 = hdr(3) + f"""
  forts. § 48

  Propositionsordning
  Ordföranden ställer proposition på förvaltningens förslag mot Henrik Dahls
  ändringsyrkande och finner att socialnämnden bifaller förvaltningens förslag.

  Socialnämndens beslut
  Reviderade riktlinjer för handläggning av ekonomiskt bistånd antas att gälla från och
  med 2026-06-01.

  Reservation
  Henrik Dahl (SD) reserverar sig mot beslutet.


  § 49                                                                          2026.041 SN
  Ärende enligt socialtjänstlagen – sekretess

  Ärendet redovisas i separat protokoll som omfattas av sekretess enligt 26 kap. 1 §
  offentlighets- och sekretesslagen.


  § 50                                                                          2026.029 SN
  Patientsäkerhetsberättelse 2025 för kommunens hälso- och sjukvård

  Medicinskt ansvarig sjuksköterska Lisa Bergman föredrar patientsäkerhetsberättelsen.
  Antalet rapporterade avvikelser avseende läkemedel har minskat med 12 procent.

  Socialnämndens beslut
  Patientsäkerhetsberättelsen för 2025 godkänns.

  Protokollsanteckning
  Sara Nyström (V) lämnar följande protokollsanteckning: "Bemanningen av sjuksköterskor
  under sommaren måste säkras innan semesterperioden."
""" + ftr
    p4 = hdr(4) + f"""
  § 51                                                                          2026.037 SN
  Rapportering av ej verkställda beslut enligt SoL och LSS, kvartal 1 2026

  Socialchef Maria Strömberg redogör för att fyra beslut om särskilt boende och ett beslut
  om bostad med särskild service inte verkställts inom tre månader. Rapporten lämnas till
  Inspektionen för vård och omsorg och till kommunens revisorer.

  Socialnämndens beslut
  Rapporten godkänns och överlämnas till kommunfullmäktige.


  § 52                                                                          2026.002 SN
  Anmälan av delegationsbeslut

  Delegationsbeslut fattade under perioden 2026-04-01 – 2026-04-30 enligt bilagda
  förteckning anmäls. Olof Mård (S) ställer en fråga om besluten om färdtjänst och
  socialchefen besvarar frågan.

  Socialnämndens beslut
  Anmälan av delegationsbeslut noteras.
""" + ftr
    with open(os.path.join(OUT, "vansbro_socialnamnden_2026-05-20_protokoll.txt"), "w", encoding="utf-8") as f:
        f.write("\f".join([p1, p2, p3, p4]))


# ---------------------------------------------------------------------------
# 5. Uppvidinge kommun, Barn- och utbildningsnämnden – portal HTML kallelse
# ---------------------------------------------------------------------------
def uppvidinge():
    rows = [
        ("1", "Upprop", "", ""),
        ("2", "Val av justerare", "", "Förslag: Lena Krook (C)"),
        ("3", "Godkännande av dagordning", "", ""),
        ("4", "Information från förvaltningschefen", "", "Föredragande: Malin Tell, förvaltningschef"),
        ("5", "Månadsuppföljning februari 2026", "BUN 2026/14", "Föredragande: Robert Aho, controller"),
        ("6", "Regler för skolskjuts i Uppvidinge kommun läsåret 2026/2027", "BUN 2025/188",
         "Reglerna har tagits fram i samverkan med Lessebo kommun."),
        ("7", "Medborgarförslag om längre öppettider på fritidsgården i Åseda", "BUN 2026/9", ""),
        ("8", "Motion från Jenny Fält (SD) om mobilfria skolor", "BUN 2025/201", ""),
        ("9", "Barnomsorg på obekväm arbetstid – utvärdering efter försöksperiod", "BUN 2026/20",
         "Föredragande: Sofie Lindahl, verksamhetschef förskola"),
        ("10", "Anmälan av delegationsbeslut", "BUN 2026/3", ""),
        ("11", "Meddelanden", "", ""),
    ]
    trs = []
    for nr, title, dnr, note in rows:
        trs.append(f"""      <li class="agenda-item">
        <div class="agenda-item__number">{nr}</div>
        <div class="agenda-item__body">
          <h3 class="agenda-item__title"><a href="/meeting/4471/item/{nr}">{title}</a></h3>
          {'<span class="agenda-item__casenr">Diarienummer: ' + dnr + '</span>' if dnr else ''}
          {'<p class="agenda-item__note">' + note + '</p>' if note else ''}
          {'<ul class="docs"><li><a href="#">Tjänsteskrivelse.pdf</a></li></ul>' if dnr else ''}
        </div>
      </li>""")
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Barn- och utbildningsnämnden 2026-03-18 – Möten och handlingar – Uppvidinge kommun</title>
<link rel="stylesheet" href="/static/portal.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Uppvidinge kommun</a>
  <nav><a href="/moten">Möten</a> <a href="/organ">Organ</a> <a href="/sok">Sök</a></nav>
</header>
<nav class="breadcrumb">Start › Möten › Barn- och utbildningsnämnden › 2026-03-18</nav>
<main>
  <h1>Barn- och utbildningsnämnden</h1>
  <p class="meeting-type">Kallelse / föredragningslista</p>
  <dl class="meeting-meta">
    <dt>Datum</dt><dd>onsdag 18 mars 2026</dd>
    <dt>Tid</dt><dd>08:30</dd>
    <dt>Plats</dt><dd>Kommunhuset i Åseda, Sessionssalen</dd>
  </dl>
  <p>Ersättare som inte tjänstgör har rätt att närvara. Förhinder anmäls till nämndsekreteraren.</p>
  <section class="agenda">
    <h2>Ärenden</h2>
    <ol class="agenda-list">
{chr(10).join(trs)}
    </ol>
  </section>
  <section class="signature">
    <p>Per-Olof Svensson (M)<br>Ordförande</p>
    <p>Annika Lund<br>Nämndsekreterare</p>
  </section>
</main>
<footer class="site-footer">Uppvidinge kommun · 364 21 Åseda · Publicerad 2026-03-11</footer>
</body>
</html>
"""
    with open(os.path.join(OUT, "uppvidinge_barn-och-utbildningsnamnden_2026-03-18_kallelse.html"), "w",
              encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------------------
# 6. Älvdalens kommun, Kommunfullmäktige – Lex-like kallelse/kungörelse PDF
# ---------------------------------------------------------------------------
def alvdalen():
    def head(p):
        p.set_font("S", "B", 10)
        p.cell(100, 5, "ÄLVDALENS KOMMUN")
        p.set_font("S", "", 8)
        p.cell(0, 5, f"KALLELSE/KUNGÖRELSE   {p.page_no()} ({{nb}})", align="R",
               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_font("S", "", 8)
        p.cell(100, 4, "Kommunfullmäktige" + ("   forts." if p.page_no() > 1 else ""))
        p.cell(0, 4, "2026-06-04", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(6)

    p = Doc(head, None)
    p.add_page()
    p.t("Kommunfullmäktige", 15, "B", h=8)
    p.t("Tid: Måndagen den 15 juni 2026, kl. 13.00\nPlats: Medborgarhuset, Älvdalen", 10)
    p.gap(2)
    p.t("Ledamöter kallas. Ersättare underrättas. Förhinder anmäls snarast till kansliet. "
        "Sammanträdet sänds via kommunens webbplats.", 9, "I")
    p.gap(4)
    W = [10, 128, 30]
    p.row(["Nr", "Ärende", "Dnr"], W, size=9, style="B", h=6, border="B")
    rows = [
        ("1", "Upprop", ""),
        ("2", "Val av justerare\nFörslag: Eva Jonsson (C) och Mats Ekström (S)", ""),
        ("3", "Fastställande av föredragningslista", ""),
        ("4", "Allmänhetens frågestund", ""),
        ("5", "Årsredovisning 2025 för Älvdalens kommun", "2026/45"),
        ("6", "Revisionsberättelse för år 2025 och beslut om ansvarsfrihet för styrelser och "
              "nämnder", "2026/71"),
        ("7", "Budget 2027 och ekonomisk plan 2028–2029", "2026/88"),
        ("8", "Taxor för vatten och avlopp 2027", "2026/102"),
        ("9", "Motion från Kent Åhs (SD) om sänkt skattesats", "2025/230"),
        ("10", "Medborgarförslag om belysning längs Dalgatan i Älvdalen", "2026/19"),
        ("11", "Interpellation från Birgitta Nord (V) till kommunstyrelsens ordförande om Region "
               "Dalarnas planer för vårdcentralen i Särna", "2026/110"),
        ("12", "Avsägelse från Ingela Hed (M) som ersättare i socialnämnden samt fyllnadsval",
         "2026/115"),
        ("13", "Anmälan av nya motioner och medborgarförslag", ""),
        ("14", "Meddelanden", ""),
    ]
    for nr, title, dnr in rows:
        if nr == "11":
            p.add_page()
            p.row(["Nr", "Ärende", "Dnr"], W, size=9, style="B", h=6, border="B")
        y = p.get_y()
        p.set_font("S", "", 9.5)
        p.cell(W[0], 6, nr)
        p.set_xy(22 + W[0], y)
        p.multi_cell(W[1], 5.5, title, new_x=XPos.RIGHT, new_y=YPos.TOP)
        y2 = p.get_y()
        p.set_xy(22 + W[0] + W[1], y)
        p.cell(W[2], 6, dnr)
        # find bottom of multi_cell
        lines = len(p.multi_cell(W[1], 5.5, title, dry_run=True, output="LINES"))
        p.set_xy(22, y + 5.5 * lines + 2.5)
    p.gap(12)
    p.t("Kjell Höglund\nOrdförande", 10)
    p.gap(4)
    p.t("Lina Mattsson\nKommunsekreterare", 10)
    p.output(os.path.join(OUT, "alvdalen_kommunfullmaktige_2026-06-15_kallelse.pdf"))


# ---------------------------------------------------------------------------
# 7. Ragunda kommun, Kommunala pensionärsrådet – anteckningar, PDF
# ---------------------------------------------------------------------------
def ragunda():
    def foot(p):
        p.set_y(-14)
        p.set_font("S", "", 7.5)
        p.cell(0, 4, f"Ragunda kommun · Socialförvaltningen · Box 150, 840 70 Hammarstrand · sida {p.page_no()}",
               align="C")

    p = Doc(None, foot)
    p.add_page()
    p.set_font("S", "B", 9)
    p.set_text_color(30, 80, 120)
    p.cell(0, 5, "RAGUNDA KOMMUN", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_text_color(0, 0, 0)
    p.gap(6)
    p.t("Anteckningar", 16, "B", h=8)
    p.t("Kommunala pensionärsrådet (KPR)", 12, "B", h=6)
    p.t("Datum: 9 april 2026, kl. 13.30–15.30\nPlats: Kommunhuset, Hammarstrand, lokal Krångeån", 10)
    p.gap(4)
    p.t("Närvarande", 10, "B")
    W = [60, 108]
    for a, b in [
        ("Anneli Sjöström (S)", "ordförande, kommunstyrelsen"),
        ("Bo Hellgren (C)", "socialnämnden"),
        ("Gösta Edin", "PRO Hammarstrand"),
        ("Ingalill Norén", "SPF Seniorerna Stugun"),
        ("Rolf Lind", "PRO Bispgården"),
        ("Kristina Moe", "Region Jämtland Härjedalen, områdeschef hälsocentralen Hammarstrand"),
        ("Johanna Byström", "socialchef"),
        ("Erik Vallin", "nämndsekreterare, antecknar"),
    ]:
        p.row([a, b], W, size=9.5, h=5.2)
    p.gap(2)
    p.t("Justerare: Ingalill Norén", 10)
    p.gap(4)

    def h(s):
        p.gap(3)
        p.t(s, 11, "B", h=6)

    def b(s):
        p.t(s, 10)

    h("Mötets öppnande")
    b("Ordföranden hälsade alla välkomna och öppnade mötet. Dagordningen godkändes.")
    h("Föregående anteckningar")
    b("Anteckningarna från mötet 2026-02-12 gicks igenom och lades till handlingarna.")
    h("Information från socialförvaltningen")
    b("Johanna Byström berättade om det pågående arbetet med att samla hemtjänsten i Stugun och "
      "Hammarstrand i en gemensam organisation från hösten. Trygghetslarmen byts till digitala "
      "larm under maj. Rådet framförde att information om bytet bör gå ut per brev och inte "
      "enbart på webben.")
    h("Hälsocentralen i Hammarstrand – bemanning och öppettider")
    b("Kristina Moe informerade om att Region Jämtland Härjedalen har rekryterat två "
      "distriktsläkare till hälsocentralen. Under sommaren kommer hälsocentralen i Bispgården att "
      "ha begränsade öppettider, och patienter hänvisas då till Hammarstrand eller till "
      "hälsocentralen i Bräcke kommun.")
    p.add_page()
    h("Frågor från pensionärsorganisationerna")
    b("Gösta Edin ställde en fråga om varför färdtjänstresor till Östersunds kommun numera "
      "kräver förbeställning två dagar i förväg. Bo Hellgren svarade att frågan tas upp med "
      "kollektivtrafikmyndigheten och återkopplas vid nästa möte.\n"
      "Rolf Lind lyfte behovet av fler bänkar längs promenadstråket vid Döda fallet.")
    h("Nästa möte")
    b("Nästa möte hålls den 11 juni 2026 i Bispgården.")
    p.gap(8)
    b("Vid anteckningarna\n\nErik Vallin\n\nJusteras\n\nIngalill Norén")
    p.output(os.path.join(OUT, "ragunda_kommunala-pensionarsradet_2026-04-09_minnesanteckningar.pdf"))


# ---------------------------------------------------------------------------
# 8. Perstorps kommun, Bygg- och miljönämnden – delegationslista, PDF (landscape)
# ---------------------------------------------------------------------------
PE_ROWS = [
    ("BMN-2026-000143", "Bygglov för tillbyggnad av enbostadshus, Perstorp Åkarp 5:21", "2026-03-02",
     "Hanna Wendt", "PBL 9:31"),
    ("BMN-2026-000151", "Startbesked för nybyggnad av garage, Perstorp Centrum 9:3", "2026-03-04",
     "Hanna Wendt", "PBL 10:23"),
    ("BMN-2026-000090", "Föreläggande om att inkomma med uppgifter, enskilt avlopp, Oderljunga 3:14",
     "2026-03-05", "Emil Rosén", "MB 26:21"),
    ("BMN-2025-001212", "Slutbesked för nybyggnad av industribyggnad, Perstorp Industri 2:8",
     "2026-03-09", "Fatima Aziz", "PBL 10:34"),
    ("BMN-2026-000160", "Tillstånd att inrätta avloppsanordning, Ebbarp 1:6", "2026-03-11",
     "Emil Rosén", "FMH 13 §"),
    ("BMN-2026-000161", "Avgift för livsmedelskontroll, Kafé Lärkan", "2026-03-12",
     "Emil Rosén", "LF 2025:1234"),
    ("BMN-2026-000166", "Avvisning av ansökan om förhandsbesked, Spångabygget 1:2", "2026-03-16",
     "Fatima Aziz", "FL 20 §"),
    ("BMN-2026-000170", "Bygglov för skylt, Perstorp Centrum 4:1", "2026-03-18",
     "Hanna Wendt", "PBL 9:30"),
    ("BMN-2026-000094", "Beslut om sanktionsavgift, olovlig byggnation av plank, Perstorp Åkarp 2:40",
     "2026-03-20", "Tobias Lund", "PBL 11:51"),
    ("BMN-2026-000178", "Registrering av livsmedelsanläggning, Perstorps Pizzeria", "2026-03-24",
     "Emil Rosén", "LF 10 §"),
    ("BMN-2026-000181", "Yttrande till Länsstyrelsen Skåne över ansökan om tillstånd, vindkraft "
     "gränsande till Klippans kommun", "2026-03-27", "Tobias Lund", "Delegation 4.2"),
    ("BMN-2026-000185", "Rivningslov för ekonomibyggnad, Oderljunga 7:2", "2026-03-30",
     "Fatima Aziz", "PBL 9:34"),
    ("BMN-2026-000188", "Bygglov för nybyggnad av enbostadshus och garage, Hålsjö 2:17", "2026-03-30",
     "Hanna Wendt", "PBL 9:31"),
    ("BMN-2026-000102", "Föreläggande med vite om åtgärder vid hästgård, Bälinge 4:3", "2026-03-31",
     "Tobias Lund", "MB 26:9"),
    ("BMN-2026-000190", "Beslut om avgift för tillsyn enligt miljöbalken, drivmedelsstation Perstorp "
     "Centrum 1:10", "2026-03-31", "Emil Rosén", "Taxa 3 §"),
]


def perstorp():
    def head(p):
        p.set_font("S", "B", 10)
        p.cell(140, 5, "Perstorps kommun – Bygg- och miljönämnden")
        p.set_font("S", "", 8)
        p.cell(0, 5, f"Utskriftsdatum 2026-04-08   Sida {p.page_no()} av {{nb}}", align="R",
               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(3)
        if p.page_no() > 1:
            tablehead(p)

    W = [36, 120, 24, 32, 30]

    def tablehead(p):
        p.set_font("S", "B", 8.5)
        p.set_fill_color(220, 220, 220)
        for c, w in zip(["Ärendenummer", "Beslut", "Beslutsdatum", "Delegat", "Lagrum"], W):
            p.cell(w, 6, c, border=1, fill=True)
        p.ln(6)

    p = Doc(head, None)
    p.set_auto_page_break(True, 15)
    p.add_page(orientation="L")
    p.t("Delegationsbeslut", 15, "B", h=8)
    p.t("Beslut fattade med stöd av delegation under perioden 2026-03-01 – 2026-03-31. "
        "Redovisas vid bygg- och miljönämndens sammanträde 2026-04-22.", 9.5)
    p.gap(3)
    p.t("Delegater: Hanna Wendt, bygglovshandläggare · Fatima Aziz, bygglovsarkitekt · "
        "Emil Rosén, miljöinspektör · Tobias Lund, miljö- och byggchef", 8.5, "I")
    p.gap(3)
    tablehead(p)
    for i, (dnr, text, dat, dele, lag) in enumerate(PE_ROWS):
        p.set_font("S", "", 8.5)
        lines = p.multi_cell(W[1], 5, text, dry_run=True, output="LINES")
        h = 5 * len(lines) + 5
        if p.get_y() + h > p.h - 15:
            p.add_page(orientation="L")
        y = p.get_y()
        x = p.l_margin
        p.set_font("S", "", 8.5)
        p.cell(W[0], h, dnr, border=1)
        p.multi_cell(W[1], 5, text, border=0, new_x=XPos.RIGHT, new_y=YPos.TOP)
        p.rect(x + W[0], y, W[1], h)
        p.set_xy(x + W[0] + W[1], y)
        p.cell(W[2], h, dat, border=1)
        p.cell(W[3], h, dele, border=1)
        p.cell(W[4], h, lag, border=1)
        p.set_xy(x, y + h)
        if i == 5:
            # empty row as exported from the case system
            for w in W:
                p.cell(w, 6, "", border=1)
            p.ln(6)
    p.gap(4)
    p.t("Antal beslut: 15", 9, "B")
    p.output(os.path.join(OUT, "perstorp_bygg-och-miljonamnden_2026-04-22_delegationslista.pdf"))


if __name__ == "__main__":
    bromolla()
    svenljunga()
    salem()
    vansbro()
    uppvidinge()
    alvdalen()
    ragunda()
    perstorp()
