# Generator for set kommuner62 (invented documents). Run: /work/main/.venv/bin/python build.py
import os, html
from fpdf import FPDF
import docx
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
F = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def __init__(self, header_fn=None, footer_fn=None, serif=False):
        super().__init__(format="A4")
        self.add_font("S", "", F + ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf"))
        self.add_font("S", "B", F + ("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf"))
        self.hf, self.ff = header_fn, footer_fn
        self.set_auto_page_break(False)
        self.set_margins(20, 20, 20)

    def header(self):
        if self.hf:
            self.hf(self)

    def footer(self):
        if self.ff:
            self.ff(self)


def render(pdf, pages, lh=5.2):
    for page in pages:
        pdf.add_page()
        pdf.set_y(40)
        for op in page:
            k = op[0]
            if k == "t":  # single line
                _, txt, *rest = op
                size = rest[0] if rest else 10
                bold = rest[1] if len(rest) > 1 else False
                ind = rest[2] if len(rest) > 2 else 0
                pdf.set_font("S", "B" if bold else "", size)
                pdf.set_x(20 + ind)
                pdf.cell(170 - ind, lh * size / 10, txt, new_x="LMARGIN", new_y="NEXT")
            elif k == "p":  # wrapped paragraph
                _, txt, *rest = op
                ind = rest[0] if rest else 0
                pdf.set_font("S", "", 10)
                pdf.set_x(20 + ind)
                pdf.multi_cell(170 - ind, lh, txt, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif k == "sp":
                pdf.ln(op[1])
            elif k == "row":  # table row: list of (width, text, bold)
                y = pdf.get_y()
                x = 20
                for w, txt, b in op[1]:
                    pdf.set_font("S", "B" if b else "", 9)
                    pdf.set_xy(x, y)
                    pdf.cell(w, 5, txt, border=1 if len(op) > 2 and op[2] else 0)
                    x += w
                pdf.set_xy(20, y + 5)
            elif k == "item":  # number | wrapped title lines | dnr right column
                _, num, lines, dnr = op
                pdf.ln(2)
                y = pdf.get_y()
                pdf.set_font("S", "B", 11)
                pdf.set_xy(20, y)
                pdf.cell(22, 6, num)
                for i, ln in enumerate(lines):
                    pdf.set_xy(42, y + 6 * i)
                    pdf.cell(105, 6, ln)
                pdf.set_font("S", "", 9)
                if dnr:
                    pdf.set_xy(148, y)
                    pdf.cell(42, 6, dnr, align="R")
                pdf.set_xy(20, y + 6 * len(lines) + 2)
            elif k == "h":  # bold heading
                pdf.set_font("S", "B", op[2] if len(op) > 2 else 10)
                pdf.cell(170, 6, op[1], new_x="LMARGIN", new_y="NEXT")
    return pdf


# ---------------------------------------------------------------- 1 Tierp KF (Ciceron-like PDF)
KF_MEMBERS = [  # (ledamot, parti, tjänstgörande ersättare, vote)
    ("Anders Holmgren", "S", "", "ja"),
    ("Maria Lindqvist", "M", "", "ja"),
    ("Jonas Berglöf", "SD", "", "nej"),
    ("Karin Sjödin", "S", "", "ja"),
    ("Per-Erik Dahlström", "S", "", "ja"),
    ("Lena Öberg", "S", "Tomas Rask", "ja"),
    ("Hassan Jaber", "S", "", "ja"),
    ("Ingrid Westman", "S", "", "ja"),
    ("Ulla Norberg", "M", "", "ja"),
    ("Fredrik Wallin", "M", "", "ja"),
    ("Sofia Engström", "SD", "", "nej"),
    ("Mats Ekholm", "SD", "", "nej"),
    ("Leif Andersson", "SD", "Elin Marklund", "nej"),
    ("Britt-Marie Hägg", "C", "", "ja"),
    ("Erik Söderlund", "C", "", "ja"),
    ("Anneli Forsberg", "V", "", "ja"),
    ("Nils Gustavsson", "KD", "", "ja"),
    ("Camilla Ståhl", "L", "", "ja"),
    ("Johan Nyström", "MP", "", "ja"),
    ("Gunnel Åkerlund", "TL", "", "avstår"),
    ("Roger Palm", "TL", "", "avstår"),
]


def kf_header(p):
    p.set_font("S", "B", 12)
    p.set_xy(20, 12)
    p.cell(80, 6, "TIERPS KOMMUN")
    p.set_font("S", "B", 11)
    p.cell(90, 6, "SAMMANTRÄDESPROTOKOLL", align="R")
    p.set_font("S", "", 9)
    p.set_xy(20, 19)
    p.cell(80, 5, "Kommunfullmäktige")
    p.cell(90, 5, f"Sammanträdesdatum 2026-03-23        Sida {p.page_no()}({{nb}})", align="R")
    p.line(20, 26, 190, 26)


def kf_footer(p):
    p.set_y(-20)
    p.set_font("S", "", 8)
    p.cell(85, 5, "Justerandes signatur", border="T")
    p.cell(85, 5, "Utdragsbestyrkande", border="T", align="R")


def build_kf():
    pages = []
    pages.append([
        ("t", "Plats och tid      Tierpssalen, Kommunhuset i Tierp, kl. 18.00–21.10", 10),
        ("t", "                   Ajournering kl. 19.35–19.50", 10),
        ("sp", 3),
        ("t", "Beslutande         Se närvaro- och voteringslista, sidan 2", 10),
        ("sp", 3),
        ("t", "Övriga närvarande  Helena Strand, kommundirektör", 10),
        ("t", "                   Magnus Rydén, ekonomichef, § 23", 10),
        ("t", "                   Sara Eklund, kommunsekreterare", 10),
        ("sp", 3),
        ("t", "Utses att justera  Ulla Norberg (M) och Anneli Forsberg (V)", 10),
        ("sp", 3),
        ("t", "Justeringens       Kommunkansliet, Tierp, 2026-03-27 kl. 10.00", 10),
        ("t", "plats och tid", 10),
        ("sp", 6),
        ("t", "Underskrifter      Sekreterare ____________________________    Paragrafer §§ 20–27", 10),
        ("t", "                                Sara Eklund", 10),
        ("sp", 6),
        ("t", "                   Ordförande  ____________________________", 10),
        ("t", "                                Anders Holmgren", 10),
        ("sp", 6),
        ("t", "                   Justerande  ______________________   ______________________", 10),
        ("t", "                                Ulla Norberg             Anneli Forsberg", 10),
        ("sp", 10),
        ("h", "BEVIS/ANSLAG"),
        ("t", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", 9),
        ("t", "Organ                       Kommunfullmäktige", 9),
        ("t", "Sammanträdesdatum           2026-03-23", 9),
        ("t", "Datum då anslaget sätts upp 2026-03-30     Datum då anslaget tas ned 2026-04-21", 9),
        ("t", "Förvaringsplats för protokollet   Kommunkansliet, Tierp", 9),
    ])
    rows = [("row", [(52, "Ledamot", True), (14, "Parti", True), (52, "Tjänstgörande ersättare", True),
                     (17, "§ 23 Ja", True), (17, "Nej", True), (18, "Avstår", True)], True)]
    for n, pa, ers, v in KF_MEMBERS:
        label = n + (" (ordf.)" if n == "Anders Holmgren" else "")
        if ers:
            label = n
        rows.append(("row", [(52, label, False), (14, pa, False), (52, ers, False),
                             (17, "X" if v == "ja" else "", False), (17, "X" if v == "nej" else "", False),
                             (18, "X" if v == "avstår" else "", False)], True))
    rows.append(("row", [(52, "Summa", True), (14, "", False), (52, "", False), (17, "15", True),
                         (17, "4", True), (18, "2", True)], True))
    pages.append([("h", "Närvaro- och voteringslista", 12), ("sp", 2)] + rows + [
        ("sp", 4),
        ("t", "Närvarande ej tjänstgörande ersättare", 10, True),
        ("t", "Kerstin Blom (S), Oskar Lund (M), Malin Hedberg (TL)", 10),
    ])
    pages.append([
        ("item", "§ 20", ["Val av justerare och tid för justering"], "KS 2026/4"),
        ("p", "Kommunfullmäktige beslutar att utse Ulla Norberg (M) och Anneli Forsberg (V) att jämte "
              "ordföranden justera dagens protokoll. Justering sker den 27 mars 2026 kl. 10.00 på kommunkansliet."),
        ("item", "§ 21", ["Anmälan av nya motioner, interpellationer och", "frågor"], ""),
        ("p", "Följande har inkommit och anmäls vid dagens sammanträde:"),
        ("p", "Motion från Roger Palm (TL) om avgiftsfri kollektivtrafik för personer över 75 år, KS 2026/88.", 6),
        ("p", "Interpellation från Fredrik Wallin (M) till kommunstyrelsens ordförande om "
              "bemanningen i hemtjänsten i Karlholm, KS 2026/91.", 6),
        ("t", "Beslut", 10, True),
        ("p", "Kommunfullmäktige beslutar att motionen remitteras till kommunstyrelsen för beredning och att "
              "interpellationen får ställas och besvaras vid nästa sammanträde."),
        ("item", "§ 22", ["Svar på interpellation från Camilla Ståhl (L) om", "skolskjutsar på landsbygden"],
         "KS 2026/54"),
        ("t", "Ärendebeskrivning", 10, True),
        ("p", "Camilla Ståhl (L) har ställt en interpellation till barn- och utbildningsnämndens ordförande "
              "om väntetider och säkerhet vid skolskjutsar i Månkarbo och Söderfors. Interpellationen "
              "har överlämnats till kommunstyrelsens ordförande Karin Sjödin (S) för besvarande."),
        ("p", "Karin Sjödin (S) besvarar interpellationen. Svaret är skriftligt och biläggs handlingarna i "
              "ärendet. Camilla Ståhl (L) tackar för svaret och ställer en följdfråga om hållplatsen vid "
              "Ängskär. Debatten fortsätter på nästa sida."),
    ])
    pages.append([
        ("t", "§ 22 forts.", 10, True),
        ("p", "I debatten deltar Camilla Ståhl (L), Karin Sjödin (S) och Britt-Marie Hägg (C)."),
        ("t", "Beslut", 10, True),
        ("p", "Kommunfullmäktige beslutar att interpellationen är besvarad."),
        ("item", "§ 23", ["Investeringsram för ny förskola i Örbyhus"], "KS 2026/32"),
        ("t", "Ärendebeskrivning", 10, True),
        ("p", "Kommunstyrelsen föreslår att fullmäktige beviljar en investeringsram om 68 miljoner kronor "
              "för en ny förskola med åtta avdelningar i Örbyhus. Ekonomichef Magnus Rydén föredrar "
              "ärendet och redogör för kalkyl och driftkostnader."),
        ("t", "Yrkanden", 10, True),
        ("p", "Karin Sjödin (S) yrkar bifall till kommunstyrelsens förslag."),
        ("t", "Per-", 10),
        ("t", "Erik Dahlström (S) och Erik Söderlund (C) instämmer i Karin Sjödins yrkande.", 10),
        ("sp", 1.5),
        ("p", "Mats Ekholm (SD) yrkar avslag på kommunstyrelsens förslag."),
        ("p", "Gunnel Åkerlund (TL) yrkar att ärendet återremitteras till kommunstyrelsen för att utreda "
              "en förhyrningslösning."),
        ("t", "Propositionsordning", 10, True),
        ("p", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras "
              "och finner att fullmäktige beslutar att avgöra ärendet i dag."),
        ("p", "Ordföranden ställer därefter proposition på bifall till kommunstyrelsens förslag mot "
              "avslag och finner att fullmäktige bifaller kommunstyrelsens förslag. Votering begärs."),
    ])
    pages.append([
        ("t", "§ 23 forts.", 10, True),
        ("t", "Omröstning", 10, True),
        ("p", "Följande voteringsproposition godkänns: Ja-röst för bifall till kommunstyrelsens förslag, "
              "Nej-röst för avslag."),
        ("p", "Omröstningen utfaller med 15 ja-röster, 4 nej-röster och 2 som avstår, se närvaro- och "
              "voteringslista sidan 2. Kommunfullmäktige har därmed bifallit kommunstyrelsens förslag."),
        ("t", "Beslut", 10, True),
        ("p", "Kommunfullmäktige beviljar en investeringsram om 68 miljoner kronor för ny förskola i Örbyhus."),
        ("t", "Reservationer", 10, True),
        ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för Mats Ekholms "
              "yrkande, med en skriftlig reservation, bilaga 1."),
        ("t", "Protokollsanteckning", 10, True),
        ("p", "Gunnel Åkerlund (TL) lämnar en protokollsanteckning: Tierpslistan avstår då frågan om "
              "förhyrning inte har utretts."),
        ("item", "§ 24", ["Svar på medborgarförslag om utegym i", "Karlholmsbruk"], "KS 2025/301"),
        ("p", "Eva-Lotta Sandin har i ett medborgarförslag föreslagit att kommunen anlägger ett utegym vid "
              "badplatsen i Karlholmsbruk. Kommunstyrelsen föreslår att medborgarförslaget avslås med "
              "hänvisning till den pågående översynen av friluftsanläggningar."),
        ("t", "Yrkanden", 10, True),
        ("p", "Erik Söderlund (C) yrkar bifall till kommunstyrelsens förslag. Anneli Forsberg (V) yrkar "
              "bifall till medborgarförslaget."),
        ("p", "Ordföranden ställer proposition på de två yrkandena och finner att fullmäktige beslutar "
              "enligt Erik Söderlunds yrkande."),
        ("t", "Beslut", 10, True),
        ("p", "Medborgarförslaget avslås."),
        ("t", "Reservation", 10, True),
        ("p", "Anneli Forsberg (V) reserverar sig mot beslutet till förmån för eget yrkande."),
    ])
    pages.append([
        ("item", "§ 25", ["Motion från Johan Nyström (MP) om solceller på", "kommunens fastigheter"],
         "KS 2025/277"),
        ("p", "Johan Nyström (MP) föreslår i en motion att samtliga kommunägda tak som lämpar sig för "
              "solceller ska förses med sådana senast år 2030. Kommunstyrelsen föreslår att motionen anses "
              "besvarad då Tierpsbyggden redan har en plan för solenergi."),
        ("t", "Yrkanden", 10, True),
        ("p", "Johan Nyström (MP) yrkar bifall till motionen. Ingrid Westman (S) yrkar bifall till "
              "kommunstyrelsens förslag. Hassan Jaber (S) instämmer i Ingrid Westmans yrkande."),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller "
              "kommunstyrelsens förslag."),
        ("t", "Beslut", 10, True),
        ("p", "Motionen anses besvarad."),
        ("t", "Reservation", 10, True),
        ("p", "Johan Nyström (MP) reserverar sig mot beslutet."),
        ("item", "§ 26", ["Fråga från Nils Gustavsson (KD) om trygghetsvärdar", "i centrala Tierp"],
         "KS 2026/95"),
        ("p", "Nils Gustavsson (KD) har ställt en fråga till kommunstyrelsens ordförande om när de "
              "trygghetsvärdar som utlovades i budgeten ska börja arbeta. Karin Sjödin (S) besvarar "
              "frågan och uppger att rekryteringen pågår och att två trygghetsvärdar börjar den 1 maj."),
        ("t", "Beslut", 10, True),
        ("p", "Frågan är besvarad."),
        ("item", "§ 27", ["Meddelanden"], ""),
        ("p", "Protokoll från Tierps Energi & Miljö AB och beslut från Länsstyrelsen i Uppsala "
              "län om ersättare anmäls. Kommunfullmäktige lägger meddelandena till handlingarna."),
    ])
    pages.append([
        ("h", "Bilaga 1 till KF § 23, 2026-03-23", 11),
        ("h", "Reservation", 14),
        ("p", "Ärende: Investeringsram för ny förskola i Örbyhus (KS 2026/32)"),
        ("p", "Sverigedemokraterna anser att barnprognosen för Örbyhus inte motiverar en nybyggnation "
              "med åtta avdelningar. Befintliga lokaler i Vendel och Tobo har lediga platser och kostnaden "
              "om 68 miljoner kronor tränger undan underhåll av skolor i hela kommunen."),
        ("p", "Vi reserverar oss därför mot beslutet till förmån för Mats Ekholms avslagsyrkande."),
        ("sp", 8),
        ("t", "För Sverigedemokraterna i Tierps kommunfullmäktige", 10),
        ("sp", 6),
        ("t", "Jonas Berglöf (SD)", 10),
    ])
    pdf = P(kf_header, kf_footer)
    render(pdf, pages)
    pdf.output(os.path.join(OUT, "tierp_kommunfullmaktige_2026-03-23_protokoll.pdf"))


# ---------------------------------------------------------------- 2 Motala KS (plain Word template)
def build_ks():
    d = docx.Document()
    def para(t, bold=False, size=None):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        if size:
            from docx.shared import Pt
            r.font.size = Pt(size)
        return p
    def pb():
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    para("Motala kommun", True, 14)
    para("Protokoll fört vid Kommunstyrelsens sammanträde den 3 mars 2026", True, 12)
    para("Plats: Sessionssalen, Stadshuset, Motala. Tid: kl. 13.00–16.40.")
    para("Beslutande: Annika Falk (S), ordförande, Lars Wikström (M), förste vice ordförande, "
         "Mikael Frisk (SD), andre vice ordförande, Ahmed Nour (S), Kristina Lövgren (S), "
         "Sara Holm (V), Bertil Sandberg (C), Jenny Alm (KD), tjänstgörande ersättare för Olof Hed (KD), "
         "Ronja Ekstrand (M), Ove Granath (SD) och Pia Thorsell (L).")
    para("Ersättare: Gustav Öhman (S), Malin Kvist (M) och Hans Brodin (SD).")
    para("Övriga: Birgitta Lund, kommundirektör, Tobias Wennberg, stadsarkitekt, § 46, "
         "Johanna Sjöberg, sekreterare.")
    para("Utses att justera: Lars Wikström (M). Justeringen äger rum på kommunledningskontoret "
         "den 9 mars 2026.")
    para("Paragrafer: 45–49")
    para("45 §  Information från kommundirektören", True)
    para("Kommundirektör Birgitta Lund informerar om arbetet med den nya organisationen för "
         "samhällsbyggnad och om läget i förhandlingarna med Region Östergötland om kollektivtrafik.")
    para("Kommunstyrelsen tackar för informationen.")
    para("46 §  Riktlinjer för markanvisning och exploateringsavtal i Motala kommun", True)
    para("Dnr KS/2025:412")
    para("Stadsarkitekt Tobias Wennberg föredrar förslaget till reviderade riktlinjer. Riktlinjerna "
         "ersätter de riktlinjer som antogs 2019.")
    para("Yrkanden", True)
    para("Annika Falk (S) yrkar bifall till förvaltningens förslag. Lars Wikström (M) yrkar tillägg "
         "om att markanvisning genom direktanvisning ska redovisas för kommunstyrelsen två gånger per år. "
         "Pia Thorsell (L) instämmer i Lars Wikströms tilläggsyrkande.")
    para("Propositionsordning", True)
    para("Ordföranden ställer först proposition på huvudförslaget och finner det bifallet. Därefter "
         "ställer ordföranden proposition på Lars Wikströms tilläggsyrkande och finner det bifallet.")
    para("Beslut", True)
    para("Kommunstyrelsen föreslår kommunfullmäktige att anta riktlinjerna med Lars Wikströms tillägg.")
    pb()
    para("47 §  Motion från Kent Åberg (V) om en fritidsbank i Borensberg", True)
    para("Dnr KS/2025:388")
    para("Kent Åberg (V) har i en motion föreslagit att kommunen startar en fritidsbank i Borensberg. "
         "Kultur- och fritidsnämnden har yttrat sig och avstyrker motionen av kostnadsskäl.")
    para("Yrkanden", True)
    para("Sara Holm (V) yrkar bifall till motionen. Kristina Lövgren (S) yrkar avslag på motionen.")
    para("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar "
         "enligt Kristina Lövgrens yrkande.")
    para("Beslut", True)
    para("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    para("Reservation", True)
    para("Sara Holm (V) reserverar sig mot beslutet.")
    para("48 §  Yttrande över remiss av Regional transportplan för Östergötland 2026–2037", True)
    para("Dnr KS/2026:41")
    para("Region Östergötland har remitterat förslaget till regional transportplan. Förvaltningen "
         "föreslår ett yttrande som särskilt lyfter riksväg 50 och pendeltågstrafiken mellan Motala "
         "och Linköping samt samarbetet med Vadstena kommun.")
    para("Beslut", True)
    para("Kommunstyrelsen antar förvaltningens förslag till yttrande.")
    para("Protokollsanteckning", True)
    para("Mikael Frisk (SD) och Ove Granath (SD) lämnar en protokollsanteckning om att väg 32 borde "
         "ha prioriterats högre.")
    pb()
    para("49 §  Initiativärende från Mikael Frisk (SD) om belysning på gång- och cykelvägar", True)
    para("Dnr KS/2026:77")
    para("Mikael Frisk (SD) väcker ett initiativärende om att kommunen ska inventera belysningen på "
         "gång- och cykelvägar i tätorterna.")
    para("Beslut", True)
    para("Initiativärendet överlämnas till samhällsbyggnadsnämnden för beredning.")
    para("")
    para("Vid protokollet")
    para("Johanna Sjöberg")
    para("Justeras")
    para("Annika Falk                                    Lars Wikström")
    para("Ordförande                                     Justerare")
    d.save(os.path.join(OUT, "motala_kommunstyrelsen_2026-03-03_protokoll.docx"))


# ---------------------------------------------------------------- 3 Herrljunga KSAU (text export)
def build_ksau():
    W = 96
    def hdr(n):
        return ("HERRLJUNGA KOMMUN".ljust(40) + "SAMMANTRÄDESPROTOKOLL".rjust(W - 40) + "\n" +
                "Kommunstyrelsens arbetsutskott".ljust(40) + f"2026-02-10        Sida {n} av 4".rjust(W - 40)
                + "\n\n")
    def ftr():
        return "\n\n" + "Justerandes sign".ljust(48) + "Utdragsbestyrkande".rjust(W - 48) + "\n"
    p1 = """Plats och tid             Sammanträdesrum Östergården, Kommunhuset Herrljunga,
                          kl. 08.30–11.45

Beslutande                Ledamöter                       Parti
                          Stefan Ahlgren, ordförande      C
                          Marie Lundgren                  S
                          Anders Blomqvist                M
                          Therese Ek                      HELA
                          Kjell Åkesson, tjänstgörande    SD
                          ersättare för Gunnar Ros

Övriga närvarande         Ulf Hagström, kommunchef
                          Linnea Vik, ekonomichef, § 13
                          Emma Rydberg, nämndsekreterare

Justerare                 Marie Lundgren

Justeringens plats och    Kommunhuset, 2026-02-12
tid

Underskrifter             Sekreterare  .................................     Paragrafer 12–17
                                       Emma Rydberg

                          Ordförande   .................................
                                       Stefan Ahlgren

                          Justerare    .................................
                                       Marie Lundgren
"""
    p2 = """§ 12                                                                        Dnr 2026/3
Fastställande av dagordning

Arbetsutskottet fastställer dagordningen med tillägg av ett extra ärende under § 17.

§ 13                                                                       Dnr 2026/11
Ekonomisk uppföljning januari 2026 samt prognos för
helåret

Ekonomichef Linnea Vik redogör för utfallet per januari. Prognosen visar ett underskott
om 4,2 miljoner kronor, främst inom individ- och familjeomsorgen.

Arbetsutskottets beslut
Informationen noteras.

§ 14                                                                       Dnr 2025/198
Ansökan om medfinansiering av ny gång- och cykelväg
mellan Herrljunga och Eggvena

Trafikverket har inbjudit kommunen att medfinansiera en gång- och cykelväg. Kommunens andel
beräknas till 3,1 miljoner kronor.

Yrkanden
Anders Blomqvist (M) yrkar avslag på förvaltningens förslag.
Marie Lundgren (S) yrkar bifall till förvaltningens förslag.
"""
    p3 = """§ 14 forts.                                                                Dnr 2025/198

Propositionsordning
Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet beslutar enligt
Marie Lundgrens yrkande.

Arbetsutskottets förslag till kommunstyrelsen
Kommunen medfinansierar gång- och cykelvägen med högst 3,1 miljoner kronor.

Reservation
Anders Blomqvist (M) reserverar sig mot beslutet.

§ 15                                                                       Dnr 2026/19
Remiss – Avfallsplan för Sjuhärad 2027–2030

Avfallsplanen är gemensam för Borås, Herrljunga, Vårgårda, Ulricehamn, Bollebygd, Svenljunga,
Tranemo och Mark. Kommunchef Ulf Hagström informerar om remissen.

Arbetsutskottets förslag till kommunstyrelsen
Kommunstyrelsen tillstyrker förslaget till avfallsplan.

Protokollsanteckning
Therese Ek (HELA) antecknar att Hela Herrljunga vill att återvinningscentralen ska
hålla öppet även på lördagar.
"""
    p4 = """§ 16                                                                       Dnr 2026/22
Svar på medborgarförslag om hundrastgård i Ljung

Ett medborgarförslag har lämnats av Bo Nordin om en inhägnad hundrastgård i Ljung.
Förvaltningen föreslår att medborgarförslaget bifalls inom befintlig budget.

Arbetsutskottets förslag till kommunstyrelsen
Medborgarförslaget bifalls.

§ 17                                                                       Dnr 2026/30
Extra ärende: Yttrande till Länsstyrelsen Västra Götaland om
vattenskyddsområde vid Remmenedal

Kjell Åkesson (SD) yrkar att yttrandet kompletteras med krav på kompensation för
berörda markägare. Ordföranden finner att arbetsutskottet avslår yrkandet.

Arbetsutskottets beslut
Yttrandet antas enligt förvaltningens förslag.

Reservation
Kjell Åkesson (SD) reserverar sig till förmån för eget yrkande.
"""
    pages = [p1, p2, p3, p4]
    txt = "\f".join(hdr(i + 1) + pg + ftr() for i, pg in enumerate(pages))
    with open(os.path.join(OUT, "herrljunga_kommunstyrelsens-arbetsutskott_2026-02-10_protokoll.txt"),
              "w", encoding="utf-8") as f:
        f.write(txt)


# ---------------------------------------------------------------- 4 Olofström BUN (Platina-like PDF)
def bun_header(p):
    p.set_font("S", "B", 11)
    p.set_xy(20, 12)
    p.cell(100, 6, "Olofströms kommun")
    p.set_font("S", "", 9)
    p.cell(70, 6, f"Sammanträdesprotokoll   {p.page_no()} ({{nb}})", align="R")
    p.set_xy(20, 18)
    p.cell(100, 5, "Barn- och utbildningsnämnden")
    p.line(20, 25, 190, 25)


def bun_footer(p):
    p.set_y(-18)
    p.set_font("S", "", 8)
    p.cell(170, 5, "Justerare ____  ____        Utdragsbestyrkande ____", align="L")


def build_bun():
    pages = []
    att = [("row", [(60, "Ledamot", True), (20, "Parti", True), (60, "Ersättare", True),
                    (30, "Närvaro", True)], True)]
    for l, pa, e, n in [
        ("Jenny Persson, ordförande", "S", "", "Närvarande"),
        ("Mikael Hjort, 1:e vice ordf.", "M", "", "Närvarande"),
        ("Åsa Blom", "S", "", "Närvarande"),
        ("Dragan Ilić", "S", "", "Närvarande"),
        ("Kristina Möller", "S", "Anton Blad (S)", "Ersatt"),
        ("Rolf Ingvarsson", "SD", "", "Närvarande"),
        ("Lotta Berg-Nyman", "C", "", "Närvarande"),
        ("", "", "", ""),
        ("Henrik Sjöö", "KD", "", "Närvarande"),
    ]:
        att.append(("row", [(60, l, False), (20, pa, False), (60, e, False), (30, n, False)], True))
    pages.append([
        ("t", "Barn- och utbildningsnämnden", 16, True),
        ("sp", 4),
        ("t", "Datum och tid:  2026-02-18, kl. 13:30–16:15", 10),
        ("t", "Plats:          Rådhuset, sal Jämshög, Olofström", 10),
        ("sp", 3),
        ("t", "Beslutande", 10, True),
    ] + att + [
        ("sp", 3),
        ("t", "Övriga närvarande", 10, True),
        ("t", "Cecilia Wendt, förvaltningschef", 10),
        ("t", "Peter Axelsson, verksamhetscontroller, § 11", 10),
        ("t", "Hanna Lindh, nämndsekreterare", 10),
        ("sp", 3),
        ("t", "Justerare:      Lotta Berg-Nyman (C)", 10),
        ("t", "Paragrafer:     §§ 8–13", 10),
    ])
    pages.append([
        ("item", "§ 8", ["Val av justerare"], "BUN 2026/0002"),
        ("p", "Barn- och utbildningsnämnden utser Lotta Berg-Nyman (C) att jämte ordföranden justera "
              "protokollet."),
        ("item", "§ 9", ["Förvaltningschefen informerar"], "BUN 2026/0003"),
        ("p", "Förvaltningschef Cecilia Wendt informerar om elevantalet inför läsåret 2026/27, om "
              "rekryteringsläget för förskollärare och om samarbetet med Karlshamns kommun kring "
              "gymnasieintagningen."),
        ("item", "§ 10", ["Revidering av riktlinjer för skolskjuts och",
                          "elevresor i grundskola, grundsärskola och",
                          "gymnasieskola"], "BUN 2025/0187"),
        ("p", "Förvaltningen har reviderat riktlinjerna. Avståndsgränsen för skolskjuts i årskurs 4–6 "
              "föreslås ändras från 3 till 4 kilometer."),
        ("t", "Yrkanden", 10, True),
        ("p", "Mikael Hjort (M) yrkar bifall till förvaltningens förslag. Lotta Berg-Nyman (C) yrkar "
              "att avståndsgränsen för årskurs 4–6 ska vara oförändrad 3 kilometer."),
        ("t", "Propositionsordning", 10, True),
        ("p", "Ordföranden ställer proposition på förvaltningens förslag mot Lotta Berg-Nymans "
              "ändringsyrkande och finner att nämnden bifaller förvaltningens förslag."),
        ("t", "Beslut", 10, True),
        ("p", "Barn- och utbildningsnämnden antar de reviderade riktlinjerna."),
        ("t", "Reservation", 10, True),
        ("p", "Centerpartiet reserverar sig mot beslutet."),
    ])
    pages.append([
        ("item", "§ 11", ["Uppföljning av systematiskt kvalitetsarbete", "i förskolan 2025"], "BUN 2026/0009"),
        ("p", "Verksamhetscontroller Peter Axelsson presenterar uppföljningen. Resultaten visar "
              "förbättrad måluppfyllelse inom språkutveckling."),
        ("t", "Beslut", 10, True),
        ("p", "Nämnden godkänner uppföljningen."),
        ("t", "Protokollsanteckning", 10, True),
        ("p", "Rolf Ingvarsson (SD) lämnar en protokollsanteckning om personaltätheten i Kyrkhult."),
        ("item", "§ 12", ["Redovisning av delegationsbeslut"], "BUN 2026/0004"),
        ("p", "Delegationsbeslut för perioden 2026-01-01–2026-01-31 redovisas, bland annat beslut om "
              "skolskjuts i ärende BUN 2026/0015. Nämnden lägger redovisningen till handlingarna."),
        ("item", "§ 13", ["Anmälningsärenden"], "BUN 2026/0005"),
        ("p", "Skolinspektionens beslut efter tillsyn av Vilshultsskolan anmäls. Nämnden lägger "
              "anmälningsärendena till handlingarna."),
        ("sp", 10),
        ("t", "Vid protokollet:  Hanna Lindh", 10),
        ("t", "Ordförande:       Jenny Persson", 10),
        ("t", "Justerare:        Lotta Berg-Nyman", 10),
    ])
    pdf = P(bun_header, bun_footer)
    render(pdf, pages)
    pdf.output(os.path.join(OUT, "olofstrom_barn-och-utbildningsnamnden_2026-02-18_protokoll.pdf"))


# ---------------------------------------------------------------- 5 Strömsund SN kallelse (Meetings Plus-like)
def sn_header(p):
    p.set_font("S", "", 9)
    p.set_xy(20, 12)
    p.cell(85, 5, "Strömsunds kommun")
    p.cell(85, 5, f"Kallelse  {p.page_no()}/{{nb}}", align="R")
    p.set_xy(20, 17)
    p.cell(85, 5, "Socialnämnden")
    p.cell(85, 5, "2026-04-22", align="R")


def build_sn():
    pages = [[
        ("t", "Kallelse", 18, True),
        ("t", "Socialnämnden", 12, True),
        ("sp", 3),
        ("t", "Tid:     Onsdag 22 april 2026, kl. 09:00", 10),
        ("t", "Plats:   Kommunhuset, Hammerdal-rummet, Strömsund", 10),
        ("sp", 3),
        ("t", "Ordförande:    Maja Edström (S)", 10),
        ("t", "Sekreterare:   Jonas Pålsson", 10),
        ("t", "Förslag till justerare: Sven-Olof Granberg (C)", 10),
        ("sp", 3),
        ("p", "Förhinder anmäls till sekreteraren. Ersättare tjänstgör i den ordning som fullmäktige "
              "bestämt. Ärende 6 behandlas inom stängda dörrar."),
        ("sp", 2),
        ("t", "Ärenden", 12, True),
        ("row", [(25, "Nr", True), (100, "Ärende", True), (45, "Diarienummer", True)], True),
        ("row", [(25, "Ärende 1", False), (100, "Upprop och val av justerare", False), (45, "", False)], True),
        ("row", [(25, "Ärende 2", False), (100, "Godkännande av dagordning", False), (45, "", False)], True),
        ("row", [(25, "Ärende 3", False), (100, "Information: Läget inom hemtjänsten", False),
                 (45, "", False)], True),
        ("row", [(25, "Ärende 4", False), (100, "Månadsuppföljning mars 2026", False),
                 (45, "SN.2026.14", False)], True),
        ("row", [(25, "Ärende 5", False), (100, "Svar på motion om trygghetsboende i Hoting", False),
                 (45, "SN.2025.102", False)], True),
        ("row", [(25, "Ärende 6", False), (100, "Individärende enligt SoL (sekretess)", False),
                 (45, "SN.2026.31", False)], True),
        ("row", [(25, "Ärende 7", False), (100, "Delegationsbeslut mars 2026", False), (45, "", False)], True),
        ("sp", 8),
        ("t", "Maja Edström                 Jonas Pålsson", 10),
        ("t", "Ordförande                   Sekreterare", 10),
    ], [
        ("h", "Ärende 1   Upprop och val av justerare", 11),
        ("p", "Förslag till beslut: Sven-Olof Granberg (C) utses att justera protokollet."),
        ("h", "Ärende 2   Godkännande av dagordning", 11),
        ("p", "Förslag till beslut: Dagordningen godkänns."),
        ("h", "Ärende 3   Information: Läget inom hemtjänsten", 11),
        ("p", "Enhetschef Ida Forslund informerar om planeringssystemet och sjukfrånvaron i "
              "hemtjänstgrupperna i Backe och Gäddede."),
        ("h", "Ärende 4   Månadsuppföljning mars 2026", 11),
        ("t", "Diarienummer SN.2026.14", 9),
        ("p", "Föredragande: Anders Wiklund, ekonom"),
        ("p", "Förslag till beslut: Socialnämnden godkänner månadsuppföljningen."),
        ("h", "Ärende 5   Svar på motion om trygghetsboende i Hoting", 11),
        ("t", "Diarienummer SN.2025.102", 9),
        ("p", "Britt Lindahl (V) har i en motion till kommunfullmäktige föreslagit att ett "
              "trygghetsboende inrättas i Hoting. Motionen har remitterats till socialnämnden."),
        ("p", "Föredragande: Karin Jonsson, socialchef"),
        ("p", "Förslag till beslut: Socialnämnden föreslår fullmäktige att motionen avslås."),
    ], [
        ("h", "Ärende 6   Individärende enligt SoL (sekretess)", 11),
        ("t", "Diarienummer SN.2026.31", 9),
        ("p", "Handlingar delas ut på sammanträdet."),
        ("h", "Ärende 7   Delegationsbeslut mars 2026", 11),
        ("p", "Förslag till beslut: Redovisningen läggs till handlingarna."),
    ]]
    pdf = P(sn_header)
    render(pdf, pages)
    pdf.output(os.path.join(OUT, "stromsund_socialnamnden_2026-04-22_kallelse.pdf"))


# ---------------------------------------------------------------- 6 Smedjebacken MBN (Netpublicator-like)
def mbn_header(p):
    p.set_font("S", "B", 11)
    p.set_xy(20, 10)
    p.cell(85, 5, "SMEDJEBACKENS KOMMUN")
    p.set_font("S", "", 9)
    p.cell(85, 5, "PROTOKOLL", align="R")
    p.set_xy(20, 15)
    p.set_font("S", "B", 10)
    p.cell(85, 5, "MILJÖ- OCH")
    p.set_font("S", "", 9)
    p.cell(85, 5, "Sammanträdesdag 2026-04-15", align="R")
    p.set_xy(20, 20)
    p.set_font("S", "B", 10)
    p.cell(85, 5, "BYGGNADSNÄMNDEN")
    p.set_font("S", "", 9)
    p.cell(85, 5, f"{p.page_no()} av {{nb}}", align="R")
    p.line(20, 27, 190, 27)


def build_mbn():
    pages = [[
        ("t", "Plats och tid: Kommunhuset, sal Vanbo, kl. 09.00–12.10", 10),
        ("sp", 2),
        ("t", "Beslutande", 10, True),
        ("p", "Göran Backlund (S), ordförande, Emma Sundqvist (M), vice ordförande, Patrik Lind (S), "
              "Sonja Hedlund (SD), Arne Mattsson (C), Yvonne Dahl (S) tjänstgör för Bengt Ohlsson (S), "
              "Viktor Haraldsson (V)."),
        ("t", "Ersättare", 10, True),
        ("p", "Maria Ek (M), Olle Björk (SD)."),
        ("t", "Tjänstepersoner", 10, True),
        ("p", "Frida Wallén, miljö- och byggchef, Niklas Storm, bygglovhandläggare, §§ 34–35, "
              "Agnes Holmberg, miljöinspektör, § 36, Lena Kask, sekreterare."),
        ("sp", 2),
        ("item", "§ 32", ["Val av justerare"], ""),
        ("p", "Arne Mattsson (C) utses att jämte ordföranden justera protokollet. Justering sker "
              "2026-04-20."),
        ("item", "§ 33", ["Information från förvaltningen"], ""),
        ("p", "Miljö- och byggchef Frida Wallén informerar om handläggningstider och om samverkan med "
              "Ludvika kommun kring livsmedelskontroll."),
        ("item", "§ 34", ["Ansökan om bygglov för nybyggnad av", "enbostadshus, Söderbärke 4:112"],
         "MBN-2026-000087"),
        ("p", "Bygglovhandläggare Niklas Storm föredrar ärendet. Sökanden vill uppföra ett "
              "enbostadshus om 165 kvm inom område som saknar detaljplan."),
        ("t", "Yrkanden", 10, True),
        ("p", "Sonja Hedlund (SD) yrkar bifall till ansökan. Patrik Lind (S) yrkar avslag enligt "
              "förvaltningens förslag."),
        ("p", "Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt "
              "Patrik Linds yrkande."),
    ], [
        ("t", "§ 34 forts.", 10, True),
        ("t", "Beslut", 10, True),
        ("p", "Ansökan om bygglov avslås med stöd av 9 kap. 31 § plan- och bygglagen."),
        ("t", "Reservation", 10, True),
        ("p", "Sonja Hedlund (SD) reserverar sig mot beslutet."),
        ("item", "§ 35", ["Strandskyddsdispens för brygga,", "Hagge 7:23 vid sjön Barken"],
         "MBN-2026-000102"),
        ("p", "Niklas Storm redogör för ärendet. Förvaltningen föreslår att dispens ges med villkor om "
              "att allmänhetens tillträde till stranden inte begränsas."),
        ("t", "Beslut", 10, True),
        ("p", "Strandskyddsdispens beviljas med villkor enligt förvaltningens förslag."),
        ("t", "Protokollsanteckning", 10, True),
        ("p", "Viktor Haraldsson (V) lämnar en protokollsanteckning om att strandskyddet vid Barken "
              "behöver en samlad översyn."),
        ("item", "§ 36", ["Föreläggande om åtgärder för enskild", "avloppsanläggning, Vad 2:14"],
         "MBN-2025-000311"),
        ("p", "Miljöinspektör Agnes Holmberg presenterar ärendet. Fastighetens avloppsanläggning "
              "uppfyller inte kraven på rening."),
        ("t", "Beslut", 10, True),
        ("p", "Fastighetsägaren föreläggs att senast 2026-10-31 åtgärda avloppsanläggningen."),
        ("item", "§ 37", ["Delegationsbeslut och meddelanden"], ""),
        ("p", "Förteckning över delegationsbeslut mars 2026 och dom från Mark- och miljödomstolen vid "
              "Nacka tingsrätt i mål om bygglov anmäls. Nämnden lägger dessa till handlingarna."),
        ("sp", 8),
        ("t", "Underskrifter", 10, True),
        ("t", "Sekreterare   ..............................", 10),
        ("t", "              Lena Kask", 10),
        ("t", "Ordförande    ..............................", 10),
        ("t", "              Göran Backlund", 10),
        ("t", "Justerande    ..............................", 10),
        ("t", "              Arne Mattsson", 10),
    ]]
    pdf = P(mbn_header, serif=True)
    render(pdf, pages)
    pdf.output(os.path.join(OUT, "smedjebacken_miljo-och-byggnadsnamnden_2026-04-15_protokoll.pdf"))


# ---------------------------------------------------------------- 7 Säffle valnämnd (Word, inverted names)
def build_vn():
    d = docx.Document()
    def para(t, bold=False):
        p = d.add_paragraph()
        p.add_run(t).bold = bold
    para("SÄFFLE KOMMUN", True)
    para("Valnämnden", True)
    para("PROTOKOLL", True)
    para("Datum: 17/3 2026, kl. 17.00–18.30")
    para("Plats: Stadshuset, rum Byälven")
    para("Beslutande:")
    para("Ek, Margareta (S), ordförande")
    para("Falk, Bo (M), vice ordförande")
    para("Johansson-Ring, Tove (S)")
    para("Nordqvist, Leo (SD)")
    para("Ahl, Siv (C), tjänstgörande ersättare för Bergman, Kurt (C)")
    para("Övriga: Sandra Ivarsson, valsamordnare, sekreterare")
    para("§ 5 Val av justerare", True)
    para("Bo Falk (M) utses att justera protokollet tillsammans med ordföranden.")
    para("§ 6 Information om valorganisationen inför valen 2026", True)
    para("Valsamordnare Sandra Ivarsson informerar om tidsplanen för de allmänna valen den 13 "
         "september 2026 och om samverkan med Åmåls kommun om utbildning av röstmottagare.")
    para("§ 7 Arvoden till röstmottagare vid valen 2026", True)
    para("Dnr VN 2026/3")
    para("Leo Nordqvist (SD) yrkar att arvodet för ordförande i valdistrikt höjs till 3 500 kronor. "
         "Margareta Ek (S) yrkar bifall till förvaltningens förslag om 3 000 kronor. Ordföranden "
         "finner att nämnden bifaller förvaltningens förslag.")
    para("Beslut: Arvodena fastställs enligt förvaltningens förslag.")
    para("Leo Nordqvist (SD) reserverar sig mot beslutet.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    para("§ 8 Lokaler för förtidsröstning", True)
    para("Dnr VN 2026/4")
    para("Beslut: Förtidsröstning anordnas i Stadshuset, på biblioteket i Svanskog och i Värmlandsbro "
         "bygdegård.")
    para("Protokollsanteckning: Tove Johansson-Ring (S) önskar att möjligheten till röstning på "
         "särskilda boenden utreds.")
    para("Justeras")
    para("Margareta Ek, ordförande          Bo Falk, justerare")
    para("Sandra Ivarsson, sekreterare")
    d.save(os.path.join(OUT, "saffle_valnamnden_2026-03-17_protokoll.docx"))


# ---------------------------------------------------------------- 8 Region Gotland råd (portal HTML)
def build_rad():
    body = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Minnesanteckningar – Regionala funktionsrättsrådet 12 mars 2026 – Region Gotland</title></head>
<body><header><nav><a href="/">Start</a> &gt; <a href="/politik">Politik och demokrati</a> &gt;
<a href="/politik/rad">Råd</a></nav><p>Region Gotland</p></header>
<main><h1>Regionala funktionsrättsrådet</h1>
<h2>Minnesanteckningar</h2>
<p>Mötesdatum: torsdag 12 mars 2026, kl. 13.15–15.30<br>Plats: Visborgsgatan 23, Visby, lokal Hejdeby</p>
<p><strong>Närvarande:</strong> Stina Wahlgren (S), ordförande; Peder Lind (M); Aino Karlsson,
Synskadades Riksförbund Gotland, vice ordförande; Rune Bergvall, Hörselskadades förening;
Fatima Osmani, Autism- och Aspergerföreningen; Jakob Hellström, handläggare, sekreterare.</p>
<p><strong>Inbjudna:</strong> Märta Dahlin, fastighetschef, punkt Tillgänglighet i lokaler.</p>
<p><strong>Mötets öppnande</strong></p>
<p>Ordföranden hälsade alla välkomna och öppnade mötet.</p>
<p><strong>Tillgänglighet i regionens lokaler</strong></p>
<p>Märta Dahlin berättade om inventeringen av entréer och hissar i regionens lokaler i Visby,
Slite och Hemse. Ärendenummer RS 2025/1188. Rune Bergvall ställde en fråga om hörslingor i
sammanträdesrummen.</p>
<p><strong>Färdtjänst och sjukresor</strong></p>
<p>Aino Karlsson informerade om synpunkter från medlemmar på bokningssystemet.
Rådet önskar en återkoppling från trafikenheten vid nästa möte.</p>
<p><strong>Övriga frågor</strong></p>
<p>Fatima Osmani tog upp behovet av lugna rum på Visby lasarett.</p>
<p><strong>Nästa möte</strong></p>
<p>Nästa möte hålls den 4 juni 2026.</p>
<p>Justeras av<br>Stina Wahlgren, ordförande<br>Aino Karlsson, vice ordförande</p>
<p>Vid anteckningarna: Jakob Hellström</p>
</main><footer><p>Region Gotland, 621 81 Visby · Senast uppdaterad 2026-03-19</p></footer></body></html>
"""
    with open(os.path.join(OUT, "region-gotland_regionala-funktionsrattsradet_2026-03-12_minnesanteckningar.html"),
              "w", encoding="utf-8") as f:
        f.write(body)


if __name__ == "__main__":
    build_kf(); build_ks(); build_ksau(); build_bun(); build_sn(); build_mbn(); build_vn(); build_rad()
    print("ok")
