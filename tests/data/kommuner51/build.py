# Generator for the kommuner51 blind gold set. All people, matters and case numbers are invented.
import os
from fpdf import FPDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, head=None, foot=None):
        super().__init__(format="A4")
        self.add_font("S", "", FD + "DejaVuSans.ttf")
        self.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("R", "", FD + "DejaVuSerif.ttf")
        self.add_font("R", "B", FD + "DejaVuSerif-Bold.ttf")
        self._head = head
        self._foot = foot
        self.set_auto_page_break(True, 22)
        self.set_margins(22, 20, 20)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self._head:
            self._head(self)

    def footer(self):
        if self._foot:
            self._foot(self)

    def p(self, text, font="S", style="", size=10, h=5, indent=0, after=2):
        self.set_font(font, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, h, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


# ---------------------------------------------------------------- 1 Vansbro KF (Ciceron-like PDF)
V_MEMBERS = [
    ("Lars-Göran Myhr", "S", "ordförande"), ("Britt Sandberg", "C", "1:e vice ordförande"),
    ("Gunnel Bäck", "M", "2:e vice ordförande"),
    ("Karin Västlund", "S", ""), ("Maria Ek-Norling", "S", ""), ("Hans Olsson", "S", ""),
    ("Anneli Djus", "S", ""), ("Tommy Backlund", "S", ""), ("Sofie Matsson", "S", ""),
    ("Rolf Ingels", "S", ""), ("Helena Persbo", "S", ""), ("Mikael Wiklund", "S", ""),
    ("Anders Grip", "C", ""), ("Olle Jäverling", "C", ""), ("Lena Mårts", "C", ""),
    ("Jonas Hillbom", "C", ""), ("Fredrik Nääs", "M", ""), ("Ulrika Blomqvist", "M", ""),
    ("Stig Arnesson", "M", ""), ("Kjell Rask", "SD", ""), ("Therese Lund", "SD", ""),
    ("Nils Ahlgren", "SD", ""), ("Peter Frost", "SD", ""), ("Jenny Skoog", "SD", ""),
    ("Per-Erik Hed", "BR", ""), ("Kerstin Dalbom", "BR", ""), ("Ove Lindgren", "BR", ""),
    ("Lina Sjöberg", "V", ""), ("Arvid Holm", "V", ""), ("Erik Lindholm", "KD", ""),
    ("Agneta Wahlund", "L", ""),
]
V_SUBS = {"Hans Olsson": "Camilla Rydh", "Olle Jäverling": "Malin Gäfvert", "Nils Ahlgren": "Bo Vestin"}


def v_vote(party, name):
    if name == "Erik Lindholm":
        return "avstår"
    if party in ("S", "V", "L"):
        return "nej"
    return "ja"


def vansbro():
    def head(pdf):
        pdf.set_font("S", "B", 11)
        pdf.set_xy(22, 10)
        pdf.cell(80, 5, "VANSBRO KOMMUN")
        pdf.set_font("S", "B", 10)
        pdf.cell(50, 5, "PROTOKOLL")
        pdf.set_font("S", "", 9)
        pdf.cell(0, 5, f"Sida {pdf.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(22)
        pdf.cell(80, 4, "Kommunfullmäktige")
        pdf.cell(0, 4, "Sammanträdesdatum 2026-04-27", new_x="LMARGIN", new_y="NEXT")
        pdf.line(22, 20, 190, 20)
        pdf.set_y(24)

    def foot(pdf):
        pdf.set_y(-16)
        pdf.set_font("S", "", 7)
        pdf.cell(60, 4, "Justerandes sign")
        pdf.cell(60, 4, "")
        pdf.cell(0, 4, "Utdragsbestyrkande", new_x="LMARGIN", new_y="NEXT")

    pdf = Doc(head, foot)
    pdf.add_page()
    pdf.set_font("S", "B", 10)
    rows = [
        ("Plats och tid", "Folkets hus, Vansbro, kl. 18.30–21.05"),
        ("Beslutande", "Se närvarolista sida 2"),
        ("Övriga deltagare", "Mats Ekholm, kommunchef\nJohanna Lindvall, kommunsekreterare\n"
         "Annika Frid, ekonomichef, § 34\nJonas Dahlkvist, vd Vansbro Energi AB, § 33\n"
         "Sven Blom, revisorernas ordförande, § 35"),
        ("Utses att justera", "Karin Västlund (S) och Per-Erik Hed (BR)"),
        ("Justeringens plats och tid", "Kommunkansliet, Vansbro, 2026-04-30 kl. 14.00"),
    ]
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("S", "B", 9)
        pdf.multi_cell(50, 5, k)
        pdf.set_xy(75, y)
        pdf.set_font("S", "", 10)
        pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(4)
    for lab, name, extra in [("Sekreterare", "Johanna Lindvall", "Paragrafer §§ 31–40"),
                             ("Ordförande", "Lars-Göran Myhr", ""),
                             ("Justerande", "Karin Västlund                    Per-Erik Hed", "")]:
        pdf.set_font("S", "B", 9)
        pdf.cell(50, 12, lab)
        pdf.set_font("S", "", 10)
        pdf.cell(80, 12, "..............................................")
        pdf.cell(0, 12, extra, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(75)
        pdf.cell(0, 4, name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(8)
    pdf.set_font("S", "B", 10)
    pdf.cell(0, 6, "ANSLAG/BEVIS", border="LTR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9)
    pdf.multi_cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                   "Organ: Kommunfullmäktige     Sammanträdesdatum: 2026-04-27\n"
                   "Datum då anslaget sätts upp: 2026-05-01     Datum då anslaget tas ned: 2026-05-23\n"
                   "Förvaringsplats för protokollet: Kommunkansliet, Vansbro", border="LRB",
                   new_x="LMARGIN", new_y="NEXT")

    # page 2: närvarolista
    pdf.add_page()
    pdf.p("Närvarolista", style="B", size=12)
    pdf.set_font("S", "B", 8)
    w = [55, 14, 55, 40]
    for t, ww in zip(["Ledamot", "Parti", "Tjänstgörande ersättare", "Anm."], w):
        pdf.cell(ww, 5, t, border="B")
    pdf.ln(5)
    pdf.set_font("S", "", 8)
    for name, party, note in V_MEMBERS:
        sub = V_SUBS.get(name, "")
        pdf.cell(w[0], 4.6, name if not sub else name + " (frånv.)")
        pdf.cell(w[1], 4.6, party)
        pdf.cell(w[2], 4.6, sub)
        pdf.cell(w[3], 4.6, note, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.p("Närvarande ej tjänstgörande ersättare: Gösta Brodin (S), Emma Säll (M)", size=9)
    pdf.p("Antal tjänstgörande: 31", size=9)

    # page 3 onwards: paragraphs
    def par(num, title, dnr=None):
        pdf.ln(2)
        if pdf.get_y() + 30 > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("S", "B", 11)
        pdf.cell(30, 6, f"§ {num}")
        if dnr:
            pdf.set_font("S", "", 9)
            pdf.cell(0, 6, f"Dnr {dnr}", align="R")
        pdf.ln(7)
        pdf.set_font("S", "B", 11)
        pdf.multi_cell(120, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def sub(t):
        pdf.p(t, style="B", size=10, after=1)

    pdf.add_page()
    par(31, "Val av justerare")
    sub("Beslut")
    pdf.p("Kommunfullmäktige utser Karin Västlund (S) och Per-Erik Hed (BR) att jämte ordföranden justera "
          "dagens protokoll. Justering sker på kommunkansliet torsdagen den 30 april kl. 14.00.")
    par(32, "Godkännande av dagordning")
    sub("Beslut")
    pdf.p("Dagordningen godkänns med ändringen att ärendet om interpellationen behandlas före valärendena.")
    par(33, "Information från Vansbro Energi AB")
    sub("Sammanfattning")
    pdf.p("Verkställande direktören Jonas Dahlkvist informerar om bolagets resultat för 2025, det planerade "
          "bytet av fjärrvärmepannan i Dala-Järna och taxeutvecklingen för 2027. Ledamöterna ställer frågor "
          "som besvaras av Jonas Dahlkvist.")
    sub("Beslut")
    pdf.p("Kommunfullmäktige tackar för informationen.")
    par(34, "Årsredovisning 2025 för Vansbro kommun", "KS 2026/45")
    sub("Sammanfattning")
    pdf.p("Kommunens resultat för 2025 uppgår till 11,4 mnkr, vilket är 6,2 mnkr bättre än budget. "
          "Ekonomichef Annika Frid redogör för årsredovisningen, balanskravsutredningen och "
          "måluppfyllelsen. Budgeten fastställdes av kommunfullmäktige 2025-11-24, § 98 (dnr KS 2025/210).")
    sub("Yrkanden")
    pdf.p("Anders Grip (C), Karin Västlund (S) och Per-Erik Hed (BR) yrkar bifall till kommunstyrelsens förslag.")
    sub("Beslut")
    pdf.p("Kommunfullmäktige godkänner årsredovisningen för 2025.")
    par(35, "Ansvarsfrihet för kommunstyrelsen, nämnderna och de förtroendevalda i dessa organ för "
            "verksamhetsåret 2025", "KS 2026/46")
    sub("Sammanfattning")
    pdf.p("Revisorernas ordförande Sven Blom redogör för revisionsberättelsen. Revisorerna tillstyrker att "
          "ansvarsfrihet beviljas. Ansvarsfrågan prövas för varje organ för sig; ledamöter som är jäviga deltar "
          "inte i beslutet om det organ där de varit ledamot.")
    sub("Yrkanden")
    pdf.p("Britt Sandberg (C) yrkar att ansvarsfrihet beviljas samtliga organ och de förtroendevalda i dessa.")
    sub("Protokollsanteckning")
    pdf.p("Sverigedemokraternas fullmäktigegrupp lämnar en protokollsanteckning: ”Vi beviljar ansvarsfrihet "
          "men vill påtala att revisorernas synpunkter på intern kontroll inom socialtjänsten måste åtgärdas.”")
    sub("Beslut")
    pdf.p("Kommunfullmäktige beviljar kommunstyrelsen, nämnderna och de förtroendevalda i dessa organ "
          "ansvarsfrihet för verksamhetsåret 2025.")
    par(36, "Motion från Lina Sjöberg (V) om avgiftsfri simskola för alla barn i årskurs 1", "KS 2025/188")
    sub("Sammanfattning")
    pdf.p("Lina Sjöberg (V) föreslår i en motion att kommunen ska erbjuda avgiftsfri simskola för alla barn "
          "i årskurs 1. Barn- och utbildningsnämnden har yttrat sig (dnr BUN 2025/96) och bedömer kostnaden "
          "till 240 000 kronor per år. Kommunstyrelsen föreslår att motionen avslås med hänvisning till att "
          "simundervisning redan ingår i ämnet idrott och hälsa.")
    sub("Yrkanden")
    pdf.p("Lina Sjöberg (V) yrkar bifall till motionen.\n"
          "Maria Ek-Norling (S) instämmer i Lina Sjöbergs yrkande.\n"
          "Anders Grip (C) och Kjell Rask (SD) yrkar bifall till kommunstyrelsens förslag, det vill säga "
          "avslag på motionen.")
    pdf.add_page()
    pdf.set_font("S", "B", 11)
    pdf.cell(0, 6, "§ 36 (forts.)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    sub("Propositionsordning")
    pdf.p("Ordföranden ställer proposition på de båda yrkandena och finner att kommunfullmäktige bifaller "
          "kommunstyrelsens förslag. Votering begärs.")
    sub("Voteringsproposition")
    pdf.p("Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill bifalla Lina Sjöbergs "
          "yrkande röstar nej.")
    sub("Omröstningsresultat")
    pdf.p("Med 17 ja-röster mot 13 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag. "
          "1 ledamot avstår. Se omröstningsbilaga, bilaga 1.")
    sub("Beslut")
    pdf.p("Kommunfullmäktige avslår motionen.")
    sub("Reservationer")
    pdf.p("Socialdemokraternas ledamöter reserverar sig mot beslutet.\n"
          "Lina Sjöberg (V) och Arvid Holm (V) reserverar sig till förmån för Lina Sjöbergs yrkande.")
    sub("Protokollsanteckning")
    pdf.p("Agneta Wahlund (L) lämnar en protokollsanteckning: ”Liberalerna vill att frågan prövas på nytt i "
          "budgetberedningen inför 2027.”")
    par(37, "Interpellation till kommunstyrelsens ordförande om gatubelysningen i Äppelbo", "KS 2026/61")
    sub("Sammanfattning")
    pdf.p("Kjell Rask (SD) har ställt en interpellation till kommunstyrelsens ordförande Anders Grip (C) om "
          "varför gatubelysningen längs Äppelbovägen släcktes under vintern. Anders Grip (C) besvarar "
          "interpellationen. I debatten deltar Kjell Rask (SD), Anders Grip (C) och Ove Lindgren (BR).")
    sub("Beslut")
    pdf.p("Interpellationen anses besvarad och debatten förklaras avslutad.")
    par(38, "Entledigande och fyllnadsval av ersättare i barn- och utbildningsnämnden", "KS 2026/70")
    sub("Sammanfattning")
    pdf.p("Sofia Nylund (M) har begärt entledigande från sitt uppdrag som ersättare i barn- och "
          "utbildningsnämnden. Valberedningens ordförande Gunnel Bäck (M) föredrar valberedningens förslag.")
    sub("Beslut")
    pdf.p("Kommunfullmäktige beviljar Sofia Nylund (M) entledigande och väljer Emil Strand (M) till ny "
          "ersättare i barn- och utbildningsnämnden för tiden till och med 2026-12-31.")
    par(39, "Anmälan av nya motioner och medborgarförslag")
    sub("Sammanfattning")
    pdf.p("Följande har inkommit och anmäls:\n"
          "– Motion från Erik Lindholm (KD) om trygghetsboende i Dala-Järna, dnr KS 2026/77\n"
          "– Motion från Therese Lund (SD) om kameraövervakning vid resecentrum, dnr KS 2026/80\n"
          "– Medborgarförslag från Ingrid Mases om hundrastgård i Vansbro tätort, dnr KS 2026/79")
    sub("Beslut")
    pdf.p("Motionerna och medborgarförslaget remitteras till kommunstyrelsen för beredning.")
    par(40, "Meddelanden")
    pdf.p("– Protokoll från Region Dalarnas regionfullmäktige 2026-03-24, § 18, om kollektivtrafikplanen.\n"
          "– Samverkansavtal om överförmyndarverksamhet med Malung-Sälens kommun, undertecknat 2026-03-02.\n"
          "– Länsstyrelsens beslut om valdistrikt inför valet 2026.")
    sub("Beslut")
    pdf.p("Meddelandena läggs till handlingarna.")

    # voting appendix
    pdf.add_page()
    pdf.p("Bilaga 1 – Omröstningsbilaga § 36", style="B", size=12)
    pdf.p("Motion om avgiftsfri simskola. Ja = kommunstyrelsens förslag, Nej = Lina Sjöbergs yrkande.", size=9)
    pdf.set_font("S", "B", 8)
    w = [48, 12, 48, 14, 14, 14]
    for t, ww in zip(["Ledamot", "Parti", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"], w):
        pdf.cell(ww, 5, t, border=1)
    pdf.ln(5)
    pdf.set_font("S", "", 8)
    tot = {"ja": 0, "nej": 0, "avstår": 0}
    for name, party, _ in V_MEMBERS:
        subn = V_SUBS.get(name, "")
        vote = v_vote(party, subn or name)
        tot[vote] += 1
        pdf.cell(w[0], 4.6, name, border=1)
        pdf.cell(w[1], 4.6, party, border=1)
        pdf.cell(w[2], 4.6, subn, border=1)
        for k, ww in zip(["ja", "nej", "avstår"], w[3:]):
            pdf.cell(ww, 4.6, "X" if vote == k else "", border=1, align="C")
        pdf.ln(4.6)
    pdf.set_font("S", "B", 8)
    pdf.cell(w[0] + w[1] + w[2], 5, "Summa", border=1)
    for k, ww in zip(["ja", "nej", "avstår"], w[3:]):
        pdf.cell(ww, 5, str(tot[k]), border=1, align="C")
    pdf.ln(5)
    assert tot == {"ja": 17, "nej": 13, "avstår": 1}, tot
    pdf.output(os.path.join(OUT, "vansbro_kommunfullmaktige_2026-04-27_protokoll.pdf"))


# ---------------------------------------------------------------- 2 Ljusnarsberg KS (Platina-like DOCX)
def add_field(par, instr):
    r = par.add_run()
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    f.append(rr)
    r._r.append(f)


def ljusnarsberg():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "LJUSNARSBERGS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida "
    add_field(hp, "PAGE")
    hp.add_run(" av ")
    add_field(hp, "NUMPAGES")
    h2 = sec.header.add_paragraph("Kommunstyrelsen\tSammanträdesdatum\t")
    h2.add_run("2026-05-12")
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur ______   ______\t\tUtdragsbestyrkande ______"

    def pb():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def bold(t, size=None):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        return p

    def par(num, dnr, title):
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = f"§ {num}"
        t.cell(0, 1).text = f"Dnr {dnr}" if dnr else ""
        t.cell(0, 0).paragraphs[0].runs[0].bold = True
        bold(title, 12)

    bold("Kommunstyrelsen", 16)
    d.add_paragraph("Plats och tid\tSammanträdesrummet Bergsmannen, kommunhuset Kopparberg, "
                    "tisdagen den 12 maj 2026 kl. 09.00–12.10")
    bold("Beslutande")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Ledamot", "Parti", "Anmärkning"]):
        c.text = txt
    for row in [("Stefan Berggren", "S", "ordförande"), ("Ulf Karlsson", "M", "1:e vice ordförande"),
                ("Annika Lindh", "S", ""), ("Roger Ström", "S", ""),
                ("Patrik Hellman", "S", "tjänstgörande ersättare för Elin Mattsson (S)"),
                ("Birgitta Olofsson", "M", ""), ("Jörgen Lind", "SD", ""), ("Monica Ekdahl", "SD", ""),
                ("Kenneth Öhman", "KL", ""), ("Sara Wennberg", "C", ""), ("Mattias Ring", "V", "")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    d.add_paragraph("")
    d.add_paragraph("Ersättare\tLisa Forsberg (V), Håkan Björk (SD)")
    d.add_paragraph("Övriga närvarande\tSusanne Falk, kommundirektör\n\tTomas Nyqvist, ekonomichef, § 63\n"
                    "\tDaniel Hjelm, fastighetschef, § 64\n\tMaja Lundin, kommunsekreterare")
    d.add_paragraph("Justeringens plats och tid\tKommunhuset, 2026-05-15")
    d.add_paragraph("Underskrifter\nSekreterare ........................................  Paragrafer 60–70\n"
                    "\tMaja Lundin\nOrdförande ........................................\n\tStefan Berggren\n"
                    "Justerare ........................................\n\tJörgen Lind")
    d.add_paragraph("KL = Kopparbergs\u00adlistan, lokalt parti.")
    pb()
    par(60, None, "Val av justerare")
    bold("Beslut")
    d.add_paragraph("Kommunstyrelsen beslutar att utse Jörgen Lind (SD) att tillsammans med ordföranden "
                    "justera dagens protokoll.")
    par(61, None, "Godkännande av dagordning")
    bold("Beslut")
    d.add_paragraph("Dagordningen godkänns. Ärendet om försäljning av fastigheten Kopparberg 4:12 utgår.")
    par(62, "KS/2026:3", "Kommundirektörens information")
    d.add_paragraph("Kommundirektör Susanne Falk informerar om rekryteringen av ny socialchef, arbetet med "
                    "heltidsresan och läget i förhandlingarna med Lindesbergs kommun om gemensam "
                    "lönefunktion.")
    bold("Beslut")
    d.add_paragraph("Informationen noteras.")
    par(63, "KS/2026:15", "Ekonomisk uppföljning per april 2026")
    d.add_paragraph("Ekonomichef Tomas Nyqvist redogör för uppföljningen. Prognosen för helåret visar ett "
                    "underskott om 3,8 mnkr, främst inom individ- och familjeomsorgen. Kommunstyrelsen "
                    "beslutade 2026-03-10, § 31 (KS/2026:15) om åtgärdsplan för socialnämnden.")
    bold("Beslut")
    d.add_paragraph("Kommunstyrelsen godkänner uppföljningen och uppdrar åt socialnämnden att redovisa "
                    "åtgärder senast i juni.")
    pb()
    par(64, "KS/2026:87", "Renovering av Kopparbergs simhall – val av entreprenadform och "
                          "beslut om fortsatt projektering")
    d.add_paragraph("Fastighetschef Daniel Hjelm föredrar ärendet. Simhallens tekniska installationer är "
                    "uttjänta. Förvaltningen föreslår totalentreprenad med en kostnadsram om 38 mnkr. "
                    "Investerings\u00adbudgeten fastställdes i kommunfullmäktige 2025-11-27, § 112.")
    bold("Yrkanden")
    d.add_paragraph("Ulf Karlsson (M) yrkar att ärendet återremitteras för att utreda alternativet "
                    "samverkan med Hällefors kommun om en gemensam simhall.")
    d.add_paragraph("Jörgen Lind (SD) instämmer i Ulf Karlssons yrkande.")
    d.add_paragraph("Stefan Berggren (S) och Sara Wennberg (C) yrkar att ärendet ska avgöras i dag och "
                    "bifall till förvaltningens förslag.")
    pb()
    bold("§ 64 forts.")
    bold("Propositionsordning")
    d.add_paragraph("Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner "
                    "att det ska avgöras i dag. Omröstning begärs och verkställs. Med 7 ja-röster för att "
                    "avgöra ärendet i dag mot 4 nej-röster för återremiss beslutar kommunstyrelsen att "
                    "avgöra ärendet i dag. Därefter finner ordföranden att kommunstyrelsen bifaller "
                    "förvaltningens förslag.")
    bold("Beslut")
    d.add_paragraph("Kommunstyrelsen beslutar om totalentreprenad och uppdrar åt förvaltningen att "
                    "fortsätta projekteringen inom en ram om 38 mnkr.")
    bold("Reservation")
    d.add_paragraph("Ulf Karlsson (M) och Birgitta Olofsson (M) reserverar sig mot beslutet.")
    par(65, "KS/2025:214", "Motion från Anna-Karin Sjöholm (V) om fria mensskydd i kommunens skolor")
    d.add_paragraph("Anna-Karin Sjöholm (V) föreslår att kommunen ska tillhandahålla fria mensskydd på "
                    "samtliga skolor. Barn- och utbildningsförvaltningen konstaterar att skyddsartiklar "
                    "redan finns tillgängliga hos skolsköterskan.")
    bold("Yrkanden")
    d.add_paragraph("Mattias Ring (V) yrkar bifall till motionen. Stefan Berggren (S) yrkar att motionen "
                    "ska anses besvarad.")
    bold("Beslut")
    d.add_paragraph("Kommunstyrelsen föreslår kommunfullmäktige att motionen anses besvarad.")
    bold("Reservation")
    d.add_paragraph("Mattias Ring (V) reserverar sig till förmån för eget yrkande.")
    bold("Protokollsanteckning")
    d.add_paragraph("Vänsterpartiet lämnar följande protokollsanteckning: ”Att skydden finns hos "
                    "skolsköterskan räcker inte när hon är på plats en dag i veckan.”")
    par(66, "KS/2026:12", "Medborgarförslag om utegym vid Kopparbergs skola")
    d.add_paragraph("Hampus Eriksson har lämnat ett medborgarförslag om ett utegym vid Kopparbergs skola. "
                    "Kultur- och fritidsenheten bedömer att ett utegym redan finns vid Ljusnarsbergs IP.")
    bold("Yrkanden")
    d.add_paragraph("Sara Wennberg (C) yrkar bifall till medborgarförslaget.\nRoger Ström (S) yrkar avslag "
                    "i enlighet med förvaltningens förslag.")
    bold("Beslut")
    d.add_paragraph("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutar "
                    "enligt Roger Ströms yrkande. Kommunstyrelsen avslår medborgarförslaget.")
    bold("Protokollsanteckning")
    d.add_paragraph("Sara Wennberg (C) antecknar till protokollet att Centerpartiet vill återkomma i "
                    "budgetarbetet.")
    pb()
    par(67, "KS/2026:101", "Yttrande över remiss från Region Örebro län om länstransportplan för "
                           "Örebro län 2026–2037")
    d.add_paragraph("Region Örebro län har remitterat förslaget till länstransportplan. Förslaget till "
                    "yttrande lyfter behovet av bärighetsåtgärder på väg 63 mot Hällefors och av "
                    "pendlarparkeringar i samverkan med Nora kommun och Lindesbergs kommun.")
    bold("Beslut")
    d.add_paragraph("Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget.")
    bold("Protokollsanteckning")
    d.add_paragraph("Jörgen Lind (SD) lämnar en protokollsanteckning om att järnvägen Kopparberg–Frövi bör "
                    "prioriteras högre.")
    par(68, None, "Redovisning av delegationsbeslut")
    d.add_paragraph("Följande delegationsbeslut redovisas:\n– Beslut om tillfälligt serveringstillstånd, "
                    "KS/2026:33\n– Tilldelningsbeslut, snöröjning Ställdalen, KS/2026:40")
    bold("Beslut")
    d.add_paragraph("Redovisningen godkänns.")
    par(69, None, "Meddelanden")
    d.add_paragraph("Inga meddelanden föreligger.")
    par(70, None, "Fråga om snöröjningen i Ställdalen")
    d.add_paragraph("Kenneth Öhman (KL) ställer en fråga om varför snöröjningen i Ställdalen försenades i "
                    "februari. Ordföranden Stefan Berggren (S) besvarar frågan och hänvisar till "
                    "upphandlingen.")
    d.save(os.path.join(OUT, "ljusnarsberg_kommunstyrelsen_2026-05-12_protokoll.docx"))


# ---------------------------------------------------------------- 5 Gullspång kallelse (portal HTML)
def gullspang():
    rows = [
        ("1", "Upprop", "", ""),
        ("2", "Val av justerare och tid för justering", "", "Förslag: Åsa Ahlgren (M) och Bengt Ivarsson (KV), "
         "justering måndag 22 juni kl. 15.00"),
        ("3", "Fråga om kungörelse skett i laga ordning", "", ""),
        ("4", "Godkännande av dagordning", "", ""),
        ("5", "Allmänhetens frågestund", "", ""),
        ("6", "Information om delårsprognos för Gullspångs kommun", "", "Föredragande: ekonomichef Henrik Ljung"),
        ("7", "Årsredovisning 2025 för Gullspångsbostäder AB", "2026.098 KS", ""),
        ("8", "Revidering av reglemente för kommunstyrelsen och nämnderna med anledning av ny "
              "nämndorganisation från den 1 januari 2027", "2026.067 KS",
         "Ersätter reglementet antaget 2022-12-12, § 141 (2022.310 KS)."),
        ("9", "Motion från Tobias Hägg (SD) om fler laddstolpar i Otterbäcken", "2025.211 KS", ""),
        ("10", "Medborgarförslag om belysning på gång- och cykelvägen Hova–Älgarås", "2026.044 KS",
         "Förslagsställare: Lisa Åberg"),
        ("11", "Interpellation från Bengt Ivarsson (KV) till kommunstyrelsens ordförande om skolskjutsarna",
         "2026.101 KS", "Svar lämnas av kommunstyrelsens ordförande Anders Karlén (C)"),
        ("12", "Fråga från Åsa Ahlgren (M) om samarbetet med Mariestads kommun kring räddningstjänsten", "", ""),
        ("13", "Anmälan av nya motioner", "", "Motion från Karin Nilsson (V) om kommunal sommarsimskola, "
         "2026.120 KS<br>Motion från Peter Falk (KV) om bredband i Rud, 2026.122 KS"),
        ("14", "Meddelanden", "", "Protokoll från Tolkförmedling Väst; skrivelse från Töreboda kommun om "
         "gemensam IT-drift"),
    ]
    tr = []
    for n, t, dnr, extra in rows:
        ex = f'<div class="meta">{extra}</div>' if extra else ""
        link = f'<a href="/handlingar/{dnr.replace(" ", "_")}.pdf" class="doc">Handlingar (pdf)</a>' if dnr else ""
        tr.append(f'<tr><td class="nr">{n}</td><td class="title"><span class="arende">{t}</span>{ex}</td>'
                  f'<td class="dnr">{dnr}</td><td>{link}</td></tr>')
    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Kommunfullmäktige 2026-06-15 – Gullspångs kommun</title>
<style>body{{font-family:Arial,sans-serif;max-width:960px;margin:auto}} td{{vertical-align:top;padding:4px 8px;border-bottom:1px solid #ddd}} .meta{{font-size:85%;color:#555}}</style>
</head><body>
<header><div class="logo">Gullspångs kommun</div>
<nav><a href="/">Start</a> | <a href="/kommun-och-politik">Kommun och politik</a> | <a href="/sammantraden">Möteskalender</a> | <a href="/kontakt">Kontakt</a></nav>
<div class="breadcrumb">Start &gt; Kommun och politik &gt; Sammanträden &gt; Kommunfullmäktige</div></header>
<main>
<h1>Kommunfullmäktige</h1>
<h2>Kallelse och föredragningslista, 15 juni 2026</h2>
<dl class="motesinfo">
<dt>Tid</dt><dd>Måndag 2026-06-15 kl. 18.30</dd>
<dt>Plats</dt><dd>Medborgarhuset, Hova</dd>
<dt>Förslag till justerare</dt><dd>Åsa Ahlgren (M), Bengt Ivarsson (KV)</dd>
</dl>
<p>Ledamöterna kallas härmed till sammanträde. Ledamot som är förhindrad att delta meddelar detta till kansliet.
Sammanträdet sänds på webben. KV = Kommunens Väl.</p>
<table class="agenda">
<thead><tr><th>Nr</th><th>Ärende</th><th>Dnr</th><th>Handlingar</th></tr></thead>
<tbody>
{chr(10).join(tr)}
</tbody></table>
<p class="signatur">Lena Strand (S)<br>ordförande</p>
<p class="kontakt">Upplysningar: Malin Berg, kommunsekreterare, tfn 0551-360 00</p>
</main>
<footer>Gullspångs kommun · 548 81 Hova · <a href="/tillganglighet">Tillgänglighetsredogörelse</a> · Senast uppdaterad 2026-06-03</footer>
</body></html>
"""
    open(os.path.join(OUT, "gullspang_kommunfullmaktige_2026-06-15_kallelse.html"), "w").write(html)


# ---------------------------------------------------------------- 6 Bjurholm råd (plain Word DOCX)
def bjurholm():
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    def h(t):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = True

    p = d.add_paragraph()
    r = p.add_run("Minnesanteckningar")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Rådet för funktionshinderfrågor, Bjurholms kommun\nDatum: 9 mars 2026, kl. 13.30–15.45\n"
                    "Plats: Kommunhuset, sammanträdesrum Öreälven")
    d.add_paragraph("Närvarande")
    for line in ["Birgitta Näslund (C), ordförande", "Jonas Lundgren (S)", "Elsa Marklund (BjP)",
                 "Anders Öhman, Neuroförbundet Bjurholm", "Siv Grahn, SRF Västerbotten",
                 "Kent Abrahamsson, DHR Umeå–Bjurholm",
                 "Jörgen Hellström, fritidskonsulent", "Elin Berglund, enhetschef LSS",
                 "Lina Fahlgren, nämndsekreterare (antecknar)"]:
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Förhinder: Mona Kvist, PRO Bjurholm")
    d.add_paragraph("BjP = Bjurholmspartiet")
    h("Mötets öppnande")
    d.add_paragraph("Ordföranden hälsade välkommen och öppnade mötet. Dagordningen godkändes.")
    h("Föregående minnesanteckningar")
    d.add_paragraph("Anteckningarna från 2025-11-17 gicks igenom och lades till handlingarna.")
    h("Tillgänglighet i nya sporthallen")
    d.add_paragraph("Fritidskonsulent Jörgen Hellström berättade om ombyggnaden av sporthallen. Hörslinga "
                    "installeras i entrén och läktaren får två rullstolsplatser. Anders Öhman ställde en "
                    "fråga om lutningen på rampen vid norra entrén; Jörgen Hellström tar med frågan till "
                    "projektledaren.")
    h("Färdtjänst och riksfärdtjänst – ändrade regler från 1 juli")
    d.add_paragraph("Elin Berglund informerade om att Region Västerbotten tar över handläggningen av "
                    "färdtjänst för bland annat Bjurholm, Vindeln och Umeå. Ansökningar skickas efter "
                    "1 juli direkt till regionen. Rådet efterfrågade ett informationsblad på lättläst "
                    "svenska.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    h("Information från socialtjänsten")
    d.add_paragraph("Elin Berglund redogjorde för läget i LSS-verksamheten: en ny gruppbostad planeras i "
                    "Västergärde och daglig verksamhet har fått två nya platser.")
    h("Övriga frågor")
    d.add_paragraph("Siv Grahn väckte frågan om ledstråk vid busshållplatsen vid Konsum. Sekreteraren skickar "
                    "frågan vidare till tekniska enheten. Kent Abrahamsson tackade för samarbetet kring "
                    "Funktionsrättsdagen.")
    h("Nästa möte")
    d.add_paragraph("Nästa möte hålls måndag 18 maj 2026 kl. 13.30.")
    d.add_paragraph("\nVid anteckningarna\n\nLina Fahlgren")
    d.add_paragraph("\nJusteras\n\n....................................          ....................................\n"
                    "Birgitta Näslund                                  Anders Öhman")
    d.save(os.path.join(OUT, "bjurholm_radet-for-funktionshinderfragor_2026-03-09_minnesanteckningar.docx"))



# ---------------------------------------------------------------- 4 Region Jämtland Härjedalen RUN (Meetings Plus-like PDF)
RJH = [  # (efternamn, förnamn, parti, funktion, tjg for)
    ("Wiklander", "Göran", "C", "ordförande", None), ("Brodin", "Sanna", "S", "1:e vice ordförande", None),
    ("Öhlén", "Henrik", "M", "2:e vice ordförande", None), ("Lövgren", "Jan-Erik", "S", "ledamot", None),
    ("Hemmingsson", "Marita", "S", "ledamot", None), ("Norberg", "Emelie", "S", "tjänstgörande ersättare", "Ola Strid"),
    ("Flygare", "Ida", "C", "ledamot", None), ("Bredberg", "Camilla", "M", "ledamot", None),
    ("Dahlgren", "Per", "SD", "ledamot", None), ("Hård", "Linnea", "SD", "ledamot", None),
    ("Tolf", "Maja", "V", "ledamot", None), ("Eng", "Birgitta", "KD", "tjänstgörande ersättare", "Anders Vinnars"),
    ("Hedman", "Gunnar", "HV", "ledamot", None),
]


def rjh_votes(p):
    r1 = "nej" if p in ("M", "SD") else "ja"
    r2 = "nej" if p == "M" else ("avstår" if p == "SD" else "ja")
    return r1, r2


def region_jh():
    def head(pdf):
        pdf.set_font("S", "", 8)
        pdf.set_xy(22, 8)
        pdf.cell(90, 4, "Region Jämtland Härjedalen")
        pdf.cell(0, 4, "PROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(90, 4, "Regionala utvecklingsnämnden")
        pdf.cell(0, 4, "2026-02-19", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(22)

    def foot(pdf):
        pdf.set_y(-15)
        pdf.set_font("S", "", 7)
        pdf.cell(0, 4, f"Ordförandes sign ____   Justerares sign ____          {pdf.page_no()} (" + "{nb})",
                 align="R")

    pdf = Doc(head, foot)
    pdf.set_margins(22, 22, 22)
    pdf.add_page()
    pdf.p("Protokoll", style="B", size=20)
    pdf.p("Regionala utvecklingsnämnden", style="B", size=13)
    pdf.p("Tid: 2026-02-19, kl. 09:00–15:20 (ajournering 12:00–13:00)\nPlats: Regionens hus, Östersund, "
          "sal Storsjön", size=10)
    pdf.p("Närvarande beslutande", style="B", size=10, after=1)
    pdf.set_font("S", "B", 8.5)
    pdf.cell(70, 5, "Namn", border="B")
    pdf.cell(20, 5, "Parti", border="B")
    pdf.cell(0, 5, "Funktion", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.5)
    for ln, fn, p, f, tj in RJH:
        pdf.cell(70, 4.8, f"{ln}, {fn}")
        pdf.cell(20, 4.8, p)
        pdf.cell(0, 4.8, f + (f", ersätter {tj}" if tj else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.p("Närvarande ersättare", style="B", size=10, after=1)
    pdf.p("Sjödin, Roland (C)", size=8.5)
    pdf.p("Övriga närvarande", style="B", size=10, after=1)
    pdf.p("Östlund, Mikael, regional utvecklingsdirektör\nSundqvist, Karin, nämndsekreterare\n"
          "Nord, Lars-Erik, controller, § 4\nHallgren, Frida, projektledare, § 5", size=8.5)
    pdf.p("Justering", style="B", size=10, after=1)
    pdf.p("Justerat 2026-02-24. Paragrafer: §§ 1–9\n\nOrdförande: Göran Wiklander\nJusterare: Gunnar Hedman\n"
          "Sekreterare: Karin Sundqvist\n\nProtokollet är justerat med elektronisk underskrift.", size=9)
    pdf.p("HV = Härjedalens Väl", size=7.5)

    def par(n, title, dnr=None):
        pdf.ln(3)
        pdf.set_font("S", "B", 12)
        y = pdf.get_y()
        pdf.cell(16, 6, f"§ {n}")
        pdf.set_xy(38, y)
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        if dnr:
            pdf.set_x(38)
            pdf.set_font("S", "", 8.5)
            pdf.cell(0, 5, f"Dnr {dnr}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def t(txt, b=False):
        pdf.set_x(38)
        pdf.set_font("S", "B" if b else "", 9.5)
        pdf.multi_cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.add_page()
    par(1, "Val av justerare")
    t("Regionala utvecklingsnämndens beslut", True)
    t("Gunnar Hedman (HV) utses att jämte ordföranden justera protokollet.")
    par(2, "Godkännande av dagordning")
    t("Regionala utvecklingsnämndens beslut", True)
    t("Dagordningen godkänns med tillägget att en fråga från Gunnar Hedman (HV) behandlas som § 7.")
    par(3, "Regionala utvecklingsdirektören informerar")
    t("Mikael Östlund, regional utvecklingsdirektör, informerar om arbetet med den regionala "
      "utvecklingsstrategin, läget för Inlandsbanans upprustning och länets befolkningsprognos.")
    t("Regionala utvecklingsnämndens beslut", True)
    t("Informationen noteras.")
    par(4, "Verksamhetsplan med budget 2026 för regional utveckling – revidering efter "
           "regionfullmäktiges budgetbeslut", "RUN/12/2026")
    t("Ärendebeskrivning", True)
    t("Regionfullmäktige fastställde i november 2025 budgeten för 2026 (RS/1187/2025). Nämndens "
      "verksamhetsplan behöver därför revideras med en minskad ram om 4,5 mnkr. Controller Lars-Erik Nord "
      "föredrar ärendet.")
    t("Yrkanden", True)
    t("Henrik Öhlén (M) yrkar återremiss för att förvaltningen ska ta fram alternativa besparingar inom "
      "kulturområdet. Per Dahlgren (SD) instämmer i Henrik Öhléns återremissyrkande.\n"
      "Göran Wiklander (C) och Sanna Brodin (S) yrkar bifall till förvaltningens förslag.\n"
      "Henrik Öhlén (M) yrkar i andra hand avslag på förvaltningens förslag.")
    t("Propositionsordning och omröstningar", True)
    t("Ordföranden frågar först om ärendet ska avgöras i dag. Omröstning begärs. Ja-röst för att avgöra "
      "ärendet i dag, nej-röst för återremiss. Omröstning 1: 9 ja, 4 nej. Nämnden beslutar att avgöra "
      "ärendet i dag.\nOrdföranden ställer därefter förvaltningens förslag mot Henrik Öhléns avslagsyrkande. "
      "Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för avslag. Omröstning 2: 9 ja, "
      "2 nej, 2 avstår. Se omröstningslista nedan.")
    t("Omröstningslista § 4", True)
    pdf.set_font("S", "B", 8)
    pdf.set_x(38)
    for h, w in [("Namn", 52), ("Parti", 12), ("Omr 1 Ja", 16), ("Nej", 12), ("Avst", 12),
                 ("Omr 2 Ja", 16), ("Nej", 12), ("Avst", 12)]:
        pdf.cell(w, 5, h, border=1, align="C")
    pdf.ln(5)
    pdf.set_font("S", "", 8)
    tots = [{"ja": 0, "nej": 0, "avstår": 0}, {"ja": 0, "nej": 0, "avstår": 0}]
    for ln, fn, p, f, tj in RJH:
        pdf.set_x(38)
        pdf.cell(52, 4.6, f"{fn} {ln}" + (" (tjg ers)" if tj else ""), border=1)
        pdf.cell(12, 4.6, p, border=1, align="C")
        for i, v in enumerate(rjh_votes(p)):
            tots[i][v] += 1
            for k, w in zip(["ja", "nej", "avstår"], [16, 12, 12]):
                pdf.cell(w, 4.6, "X" if v == k else "", border=1, align="C")
        pdf.ln(4.6)
    pdf.set_x(38)
    pdf.set_font("S", "B", 8)
    pdf.cell(64, 5, "Summa", border=1)
    for tt in tots:
        for k, w in zip(["ja", "nej", "avstår"], [16, 12, 12]):
            pdf.cell(w, 5, str(tt[k]), border=1, align="C")
    pdf.ln(7)
    assert tots[0] == {"ja": 9, "nej": 4, "avstår": 0} and tots[1] == {"ja": 9, "nej": 2, "avstår": 2}
    t("Regionala utvecklingsnämndens beslut", True)
    t("Den reviderade verksamhetsplanen med budget 2026 fastställs.")
    t("Reservationer", True)
    t("Moderaternas ledamöter reserverar sig mot beslutet.")
    t("Protokollsanteckningar", True)
    t("Per Dahlgren (SD) lämnar en protokollsanteckning om att Sverigedemokraterna avstår i omröstning 2 "
      "eftersom partiet har ett eget budgetförslag i regionfullmäktige.")
    par(5, "Medfinansiering av projektet Digital infrastruktur i Bergs kommun och Härjedalens kommun "
           "2026–2028", "RUN/57/2026")
    t("Ärendebeskrivning", True)
    t("Bergs kommun och Härjedalens kommun söker regional medfinansiering om 2,1 mnkr för utbyggnad av "
      "fiber till fritidshusområden. Projektledare Frida Hallgren presenterar projektet.")
    t("Yrkanden", True)
    t("Maja Tolf (V) yrkar som tillägg att projektet ska redovisa effekter för jämställdheten.\n"
      "Ordföranden yrkar bifall till förvaltningens förslag och avslag på tilläggsyrkandet.")
    t("Regionala utvecklingsnämndens beslut", True)
    t("Ordföranden ställer proposition på tilläggsyrkandet och finner att nämnden avslår det. Nämnden "
      "beviljar medfinansiering om högst 2 100 000 kronor.")
    t("Reservation", True)
    t("Maja Tolf (V) reserverar sig mot beslutet till förmån för eget tilläggsyrkande.")
    par(6, "Motion om nattågstrafik till Storlien och fortsatt trafik på Mittbanan från Per Dahlgren (SD)",
        "RUN/201/2025")
    t("Ärendebeskrivning", True)
    t("Per Dahlgren (SD) föreslår att regionen ska verka för nattågstrafik Stockholm–Storlien året runt. "
      "Förvaltningen redovisar att trafiken till Åre kommun och Östersunds kommun redan upphandlas "
      "gemensamt med Region Västernorrland.")
    t("Yrkanden", True)
    t("Per Dahlgren (SD) och Linnea Hård (SD) yrkar bifall till motionen.\nSanna Brodin (S) yrkar att "
      "motionen ska anses besvarad.")
    t("Regionala utvecklingsnämndens beslut", True)
    t("Nämnden föreslår regionfullmäktige att motionen anses besvarad.")
    t("Reservation", True)
    t("Sverigedemokraternas ledamöter reserverar sig till förmån för Per Dahlgrens yrkande.")
    par(7, "Fråga om bredbandsstödet i Härjedalen")
    t("Gunnar Hedman (HV) ställer en fråga om varför bredbandsstödet till byarna runt Hede inte har betalats "
      "ut. Ordföranden Göran Wiklander (C) svarar att utbetalning sker i mars.")
    par(8, "Anmälan av delegationsbeslut")
    t("Delegationsbeslut enligt lista daterad 2026-02-10 anmäls, bland annat beslut om projektstöd i "
      "ärende RUN/311/2025 och RUN/4/2026.")
    t("Regionala utvecklingsnämndens beslut", True)
    t("Anmälan noteras.")
    par(9, "Meddelanden")
    t("Regionstyrelsens protokoll 2026-01-27 och skrivelse från Trafikverket om Mittbanan anmäls.")
    t("Regionala utvecklingsnämndens beslut", True)
    t("Meddelandena läggs till handlingarna.")
    pdf.output(os.path.join(OUT, "region-jamtland-harjedalen_regionala-utvecklingsnamnden_2026-02-19_protokoll.pdf"))


# ---------------------------------------------------------------- 7 Överkalix tjänsteskrivelse (W3D3-like PDF)
def overkalix():
    def head(pdf):
        pdf.set_font("S", "B", 10)
        pdf.set_xy(22, 10)
        pdf.cell(90, 5, "ÖVERKALIX KOMMUN")
        pdf.set_font("S", "", 8)
        pdf.cell(0, 4, "TJÄNSTESKRIVELSE", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(112)
        pdf.cell(0, 4, "Datum 2026-04-02", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(112)
        pdf.cell(0, 4, "Diarienummer SOC.2026.43", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(112)
        pdf.cell(0, 4, f"Sida {pdf.page_no()} av " + "{nb}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(34)

    pdf = Doc(head)
    pdf.add_page()
    pdf.p("Socialförvaltningen\nJenny Rova, verksamhetschef äldreomsorg\njenny.rova@exempel.overkalix.se",
          size=8.5)
    pdf.p("Socialnämnden", style="B", size=10)
    pdf.p("Införande av digital nattillsyn inom hemtjänsten i Överkalix kommun", font="R", style="B", size=15)
    pdf.p("Förslag till beslut", style="B", size=11, after=1)
    pdf.p("Socialnämnden beslutar att\n1. införa digital nattillsyn med kamera som ett komplement till "
          "fysisk nattillsyn från och med 2026-09-01,\n2. ge socialchefen i uppdrag att revidera "
          "riktlinjerna för biståndshandläggning inom äldreomsorgen.", font="R", size=10.5)
    pdf.p("Sammanfattning", style="B", size=11, after=1)
    pdf.p("Nattpatrullen i Överkalix täcker ett område om drygt 2 900 km². Digital tillsyn kan minska antalet "
          "störande nattbesök och frigöra tid. Införandet har utretts i samverkan med Haparanda stad och "
          "Övertorneå kommun, som båda infört tekniken 2025.", font="R", size=10.5)
    pdf.p("Ärendebeskrivning", style="B", size=11, after=1)
    pdf.p("Socialnämnden gav i beslut 2024-10-16, § 88 (SN 2024/118), förvaltningen i uppdrag att utreda "
          "välfärdsteknik i hemtjänsten. Kommunstyrelsen har i sin investeringsplan (KS 2025/64) avsatt "
          "medel för trygghetslarm och kameror. Region Norrbotten har lämnat synpunkter på "
          "informationssäkerheten och ansvarsfördelningen mot hemsjukvården.\n\n"
          "Digital nattillsyn beviljas som bistånd efter individuell prövning och kräver den enskildes "
          "samtycke. Kameran aktiveras endast vid de tider som anges i beslutet, och ingen bild sparas. "
          "Den regionala larmcentralen har ingen åtkomst; tillsynen sköts av kommunens egen "
          "nattpersonal från Tallbo.", font="R", size=10.5)
    pdf.add_page()
    pdf.p("Ekonomiska konsekvenser", style="B", size=11, after=1)
    pdf.set_font("R", "", 9.5)
    for a, b in [("Post", "Kostnad, kr"), ("Kameror och plattform, 20 enheter", "180 000"),
                 ("Licenser per år", "46 000"), ("Utbildning av personal", "25 000"), ("", ""),
                 ("Minskad kostnad för körning nattetid, per år", "-120 000")]:
        pdf.cell(110, 6, a, border=1)
        pdf.cell(40, 6, b, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.p("Samverkan", style="B", size=11, after=1)
    pdf.p("Ärendet har behandlats i förvaltningens samverkansgrupp 2026-03-24.", font="R", size=10.5)
    pdf.p("Beslutet ska skickas till", style="B", size=11, after=1)
    pdf.p("Verksamhetschef äldreomsorg\nBiståndshandläggarna\nKommunstyrelsen för kännedom", font="R",
          size=10.5)
    pdf.ln(8)
    pdf.set_font("R", "", 10.5)
    pdf.cell(85, 5, "Ulrika Palo")
    pdf.cell(0, 5, "Jenny Rova", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "", 9)
    pdf.cell(85, 5, "Socialchef")
    pdf.cell(0, 5, "Verksamhetschef äldreomsorg", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "overkalix_socialnamnden_2026-04-02_tjansteskrivelse.pdf"))


# ---------------------------------------------------------------- 8 Ydre KSAU (Netpublicator-like PDF)
def ydre():
    def head(pdf):
        pdf.set_font("S", "", 8.5)
        pdf.set_xy(20, 9)
        pdf.cell(60, 4, "Ydre kommun")
        pdf.set_font("S", "B", 8.5)
        pdf.cell(60, 4, "Sammanträdesprotokoll", align="C")
        pdf.set_font("S", "", 8.5)
        pdf.cell(0, 4, f"Sida {pdf.page_no()} av " + "{nb}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(20)
        pdf.cell(60, 4, "Kommunstyrelsens arbetsutskott")
        pdf.cell(60, 4, "2026-05-05", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 90, 140)
        pdf.line(20, 19, 190, 19)
        pdf.set_y(24)

    def foot(pdf):
        pdf.set_y(-14)
        pdf.set_font("S", "", 7)
        pdf.cell(85, 4, "Justerare signatur")
        pdf.cell(0, 4, "Utdragsbestyrkande", align="R")

    pdf = Doc(head, foot)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.p("Kommunstyrelsens arbetsutskott", style="B", size=16)
    kv = [("Plats och tid", "Kommunhuset, Österbymo, kl. 08:30–11:45"),
          ("Ledamöter", "Magnus Holm (M), ordförande\nAnn-Sofie Karlsson (C), vice ordförande\n"
           "Lennart Fogel (S)\nEva Larsson (YF)\nTord Ekstam (SD)"),
          ("Övriga", "Pernilla Strid, kommunchef\nOskar Lund, kommunsekreterare\n"
           "Johan Wessman, ekonomichef, § 41\nKajsa Ring, miljö- och byggchef, § 42"),
          ("Justerare", "Lennart Fogel (S)"),
          ("Justeringens plats och tid", "Kommunhuset, 2026-05-07"),
          ("Paragrafer", "§§ 40–46")]
    for k, v in kv:
        y = pdf.get_y()
        pdf.set_font("S", "B", 9)
        pdf.cell(50, 5, k)
        pdf.set_xy(72, y)
        pdf.set_font("S", "", 9.5)
        pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(3)
    for lab, nm in [("Sekreterare", "Oskar Lund"), ("Ordförande", "Magnus Holm"), ("Justerare", "Lennart Fogel")]:
        pdf.set_font("S", "B", 9)
        pdf.cell(50, 10, lab)
        pdf.set_font("S", "", 9.5)
        pdf.cell(0, 10, "_______________________________", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(72)
        pdf.cell(0, 4, nm, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.p("YF = Ydre Framåt", size=7.5)
    pdf.p("Ärendelista", style="B", size=11, after=1)
    toc = [(40, "Fastställande av föredragningslista"), (41, "Ekonomisk månadsrapport april 2026"),
           (42, "Taxa för offentlig kontroll och tillsyn enligt miljöbalken och livsmedelslagstiftningen 2027"),
           (43, "Motion från Tord Ekstam (SD) om solceller på kommunens fastigheter"),
           (44, "Medborgarförslag om lekplats i Österbymo"),
           (45, "Information om samverkan kring räddningstjänst med Tranås kommun"), (46, "Övriga frågor")]
    pdf.set_font("S", "", 8.5)
    for n, ti in toc:
        pdf.cell(14, 4.5, f"§ {n}")
        pdf.cell(0, 4.5, ti, new_x="LMARGIN", new_y="NEXT")

    def par(n, title, dnr=None):
        pdf.ln(3)
        if pdf.get_y() + 30 > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_fill_color(225, 236, 244)
        pdf.set_font("S", "B", 10.5)
        pdf.cell(16, 7, f"§ {n}", fill=True)
        pdf.set_xy(36, y)
        pdf.multi_cell(112, 7, title, fill=True, align="L", new_x="RIGHT", new_y="TOP")
        y2 = pdf.get_y()
        pdf.set_xy(148, y)
        pdf.set_font("S", "", 8.5)
        pdf.cell(0, 7, f"Dnr {dnr}" if dnr else "", fill=True, align="R")
        pdf.set_y(max(pdf.get_y() + 7, y + (14 if len(title) > 62 else 7)))
        pdf.ln(2)

    def b(t):
        pdf.p(t, style="B", size=9.5, after=0.5)

    def t(x):
        pdf.p(x, font="R", size=10)

    pdf.add_page()
    par(40, "Fastställande av föredragningslista")
    b("Arbetsutskottets beslut")
    t("Föredragningslistan fastställs med tillägg av en övrig fråga från Eva Larsson (YF).")
    par(41, "Ekonomisk månadsrapport april 2026", "2026/12")
    t("Ekonomichef Johan Wessman föredrar ärendet. Prognosen för 2026 pekar mot ett överskott om 1,9 mnkr. "
      "Löneökningarna i avtalet för Vision är inräknade.")
    b("Arbetsutskottets beslut")
    t("Arbetsutskottet lägger rapporten till handlingarna.")
    par(42, "Taxa för offentlig kontroll och tillsyn enligt miljöbalken och livsmedelslagstiftningen 2027",
        "2026/34")
    b("Sammanfattning av ärendet")
    t("Under ärendet närvarar miljö- och byggchef Kajsa Ring som redogör för förslaget. Taxan föreslås "
      "höjas från 1 180 till 1 240 kronor per timme. Nuvarande taxa antogs av kommunfullmäktige "
      "2024-12-16, § 97 (dnr 2024/211). Höjningen motsvarar kostnadsutvecklingen enligt "
      "Sveriges Kommuner och Regioners index för kommunal verksamhet.")
    b("Förslag på sammanträdet")
    t("Eva Larsson (YF) föreslår att timavgiften i stället ska vara oförändrad 2027.")
    pdf.add_page()
    t("Magnus Holm (M) yrkar bifall till förvaltningens förslag.")
    b("Propositionsordning")
    t("Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet bifaller förvaltningens "
      "förslag.")
    b("Arbetsutskottets förslag till kommunstyrelsen")
    t("Kommunstyrelsen föreslår kommunfullmäktige att anta taxa för offentlig kontroll och tillsyn enligt "
      "miljöbalken och livsmedelslagstiftningen att gälla från 2027-01-01.")
    b("Reservation")
    t("Eva Larsson (YF) reserverar sig mot beslutet till förmån för eget förslag.")
    par(43, "Motion från Tord Ekstam (SD) om solceller på kommunens fastigheter", "2025/201")
    t("Tord Ekstam (SD) föreslår i en motion att solceller installeras på samtliga kommunala fastigheter "
      "senast 2028. Förvaltningen har inventerat takytorna och bedömer att endast skolan i Österbymo och "
      "Ydregården är lämpliga.")
    b("Förslag på sammanträdet")
    t("Tord Ekstam (SD) yrkar bifall till motionen.\nMagnus Holm (M) yrkar avslag på motionen.\n"
      "Lennart Fogel (S) instämmer i ordförandens yrkande.")
    b("Arbetsutskottets förslag till kommunstyrelsen")
    t("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.")
    b("Reservation")
    t("Tord Ekstam (SD) reserverar sig mot beslutet.")
    par(44, "Medborgarförslag om lekplats i Österbymo", "2026/19")
    t("Sanna Ljung föreslår i ett medborgarförslag att en ny lekplats byggs vid Ydrehallen. På förslag av "
      "Ann-Sofie Karlsson (C) beslutar arbetsutskottet att även pröva platsen vid Sommens badplats.")
    b("Arbetsutskottets förslag till kommunstyrelsen")
    t("Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget och att placeringen "
      "utreds vidare.")
    par(45, "Information om samverkan kring räddningstjänst med Tranås kommun", "2026/51")
    t("Kommunchef Pernilla Strid informerar om förslaget till gemensam räddningsnämnd med Tranås kommun. "
      "Kinda kommun har avböjt att delta. Region Östergötland deltar som observatör.")
    b("Protokollsanteckning")
    t("Lennart Fogel (S) lämnar en protokollsanteckning om att deltidsbrandkårens villkor måste säkras.")
    b("Arbetsutskottets beslut")
    t("Informationen noteras.")
    par(46, "Övriga frågor")
    t("Eva Larsson (YF) ställer en fråga om vägunderhållet på väg 134 mot Rydsnäs. Pernilla Strid besvarar "
      "frågan och meddelar att Trafikverket planerar beläggning under hösten.")
    pdf.output(os.path.join(OUT, "ydre_kommunstyrelsens-arbetsutskott_2026-05-05_protokoll.pdf"))


# ---------------------------------------------------------------- 3 Skinnskatteberg SN (Lex-like, pdftotext -layout export)
def sk_head(n):
    return ("SKINNSKATTEBERGS KOMMUN                    SAMMANTRÄDESPROTOKOLL                         Sida\n"
            f"Socialnämnden                              2026-03-18                                    {n} (5)\n\n\n")


SK_FOOT = ("\n\n\n Justerandes sign              Utdragsbestyrkande\n")

SK_PAGES = [
"""
                                        Socialnämnden

Plats och tid                 Kommunhuset, sammanträdesrum Ulvsboda, onsdagen den 18 mars 2026
                              kl 13.15–16.40

Beslutande                    Ledamöter: Kristina Nyström (S), ordförande, Margareta Johansson (C),
                              vice ordförande, Lars Öberg (S), Eva-Lotta Berglund (S), Ingvar Hjort
                              (SD), Rune Sandell (SD), Hanna Kvist (M), Birger Alm (BSK)

                              Tjänstgörande ersättare: Maj-Britt Roos (V) för Kent Wahl (V)

Ersättare                     Gun Lindqvist (S)

Övriga deltagare              Helena Vikström, socialchef
                              Mats Grönberg, enhetschef, § 15
                              Sara Lindgren, ekonom, § 16
                              Anna-Lena Forsgren, IFO-chef, §§ 18, 20
                              Petra Holm, nämndsekreterare

Utses att justera             Lars Öberg (S)

Justeringens                  Socialkontoret 2026-03-23
plats och tid

Underskrifter     Sekreterare    ...........................................   Paragrafer 15–22
                                 Petra Holm

                  Ordförande     ...........................................
                                 Kristina Nyström

                  Justerande     ...........................................
                                 Lars Öberg

                                         ANSLAG/BEVIS
 Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
 Organ              Socialnämnden
 Sammanträdesdatum  2026-03-18
 Datum då anslaget sätts upp  2026-03-24        Datum då anslaget tas ned  2026-04-15

 BSK = Bygdelistan Skinnskatteberg
""",
"""
§ 15                         Information från förvaltningen

                             Socialchef Helena Vikström informerar om att rekryteringen av
                             biståndshandläggare är klar och att Västmanlands kommuner har
                             tecknat nytt avtal om jourverksamhet med Köpings kommun som
                             huvudman.

                             Enhetschef Mats Grönberg berättade om läget på Riddarhyttans
                             gruppboende, där två platser står tomma sedan januari.

                             Socialnämndens beslut
                             Informationen noteras.


§ 16          SN26/5         Månadsuppföljning februari 2026

                             Ekonom Sara Lindgren föredrar uppföljningen. Nämnden prognostiserar
                             ett underskott om 2,6 mnkr, varav 1,9 mnkr avser externa placeringar.

                             Socialnämndens beslut
                             Uppföljningen godkänns och överlämnas till kommunstyrelsen.


§ 17          SN26/31        Revidering av riktlinjer för handläggning av ekonomiskt
                             bistånd och hemutrustning

                             Ärendebeskrivning
                             Riktlinjerna antogs 2021 och behöver anpassas till ändringarna i
                             socialtjänstlagen. Förvaltningen föreslår bland annat att
                             schablonen för hemutrustning räknas upp till 2026 års nivå.

                             Yrkanden
                             Kristina Nyström (S) yrkar bifall till förvaltningens förslag.
""",
"""
§ 17 (forts.)

                             Margareta Johans-
                             son (C) instämmer i Kristina Nyströms yrkande.

                             Ingvar Hjort (SD) yrkar att schablonen för hemutrustning ska
                             ligga kvar på 2021 års nivå.

                             Propositionsordning
                             Ordföranden ställer proposition på yrkandena och finner att
                             socialnämnden beslutar enligt Kristina Nyströms yrkande.

                             Socialnämndens beslut
                             Socialnämnden antar reviderade riktlinjer för handläggning av
                             ekonomiskt bistånd att gälla från 2026-04-01.

                             Reservation
                             Ingvar Hjort (SD) och Rune Sandell (SD) reserverar sig mot
                             beslutet till förmån för Ingvar Hjorts yrkande.


§ 18          SN26/22        Svar på revisionsrapport – granskning av placeringar av
                             barn och unga

                             KPMG har på uppdrag av revisorerna granskat nämndens uppföljning
                             av placerade barn (revisionens dnr KS 2025/77). IFO-chef Anna-
                             Lena Forsgren redogör för förslaget till svar, som bland annat
                             innebär att rutinen för uppföljande besök skärps.

                             Socialnämndens beslut
                             Socialnämnden antar förvaltningens förslag till svar som sitt
                             eget och överlämnar det till revisorerna.
""",
"""
§ 19          SN26/40        Yttrande över motion från Berit Dahl (L) om anhörigstöd
                             dygnet runt

                             Kommunfullmäktige har remitterat motionen (KS 2026/19) till
                             socialnämnden för yttrande. Förvaltningen föreslår att motionen
                             anses besvarad eftersom anhöriglinjen redan utökats i samarbete
                             med Fagersta kommun.

                             Yrkanden
                             Birger Alm (BSK) yrkar bifall till motionen.
                             Ordföranden yrkar bifall till förvaltningens förslag.

                             Socialnämndens beslut
                             Ordföranden finner att nämnden beslutar enligt förvaltningens
                             förslag. Socialnämnden föreslår kommunfullmäktige att motionen
                             anses besvarad.

                             Protokollsanteckning
                             Socialdemokraternas ledamöter lämnar en protokollsanteckning
                             om att anhörigstödet bör följas upp under hösten.


§ 20          SN26/3         Ärende enligt socialtjänstlagen – sekretess

                             Ärendet omfattas av sekretess enligt 26 kap. 1 § offentlighets-
                             och sekretesslagen. IFO-chef Anna-Lena Forsgren föredrar
                             ärendet.

                             Socialnämndens beslut
                             Beslut enligt särskilt sekretessprotokoll.
""",
"""
§ 21                         Redovisning av delegationsbeslut

                             Delegationsbeslut för perioden 2026-02-01–2026-02-28 redovisas
                             enligt lista, bland annat beslut i ärende SN26/12 om
                             upphandling av skyddat boende.

                             Socialnämndens beslut
                             Redovisningen godkänns.


§ 22                         Meddelanden

                             – Inspektionen för vård och omsorg, beslut 2026-02-20 om
                               tillsyn av hemtjänsten i Skinnskatteberg.
                             – Protokollsutdrag från kommunfullmäktige 2026-02-23, § 9.

                             Socialnämndens beslut
                             Meddelandena läggs till handlingarna.
""",
]


def skinnskatteberg():
    pages = [sk_head(i + 1) + body + SK_FOOT for i, body in enumerate(SK_PAGES)]
    open(os.path.join(OUT, "skinnskatteberg_socialnamnden_2026-03-18_protokoll.txt"), "w").write("\f".join(pages))


if __name__ == "__main__":
    vansbro()
    ljusnarsberg()
    gullspang()
    bjurholm()
    region_jh()
    overkalix()
    ydre()
    skinnskatteberg()
