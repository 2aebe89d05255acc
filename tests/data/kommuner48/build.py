# Generator for the kommuner48 blind gold set. All people, matters and numbers are invented.
import json, os, re
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
GOLD = []


def P(name, party=None, roles=(), title=None):
    d = {"name": name, "party": party, "roles": list(roles)}
    if title:
        d["title"] = title
    return d


def A(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party:
        d["party"] = party
    return d


class Pdf(FPDF):
    def __init__(self, **kw):
        super().__init__(format="A4", **kw)
        for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("SI", "DejaVuSans-Oblique.ttf"),
                     ("R", "DejaVuSerif.ttf"), ("RB", "DejaVuSerif-Bold.ttf"), ("RI", "DejaVuSerif-Italic.ttf"),
                     ("C", "DejaVuSansCondensed.ttf"), ("CB", "DejaVuSansCondensed-Bold.ttf")]:
            self.add_font(n, "", FD + f)
        self.cont = None
        self.hdr = None
        self.ftr = None
        self.alias_nb_pages()

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    def para(self, text, font="R", size=10.5, h=5.2, w=0, indent=None, after=2):
        self.set_font(font, "", size)
        if indent is not None:
            self.set_x(indent)
        self.multi_cell(w, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def need(self, mm):
        if self.get_y() > self.h - self.b_margin - mm:
            self.add_page()


# ---------------------------------------------------------------------------------------------
# 1. Fagersta kommun, Kommunfullmäktige, Ciceron-like PDF
# ---------------------------------------------------------------------------------------------
def fagersta():
    fn = "fagersta_kommunfullmaktige_2026-04-23_protokoll.pdf"
    members = [  # (ledamot, parti, tjg ersättare or None, role)
        ("Bengt Åkerlund", "S", None, "ordförande"),
        ("Kerstin Lundqvist", "M", None, "1:e vice ordförande"),
        ("Jonas Ek", "FF", None, "2:e vice ordförande"),
        ("Marie Lindfors", "S", None, ""), ("Ahmed Haddad", "S", None, ""), ("Eva Granqvist", "S", None, ""),
        ("Åsa Nyberg", "S", None, ""), ("Roger Pettersson", "S", None, ""), ("Lina Sundberg", "S", None, ""),
        ("Tove Lind", "S", "Nils Karlsson", ""), ("Mikael Öst", "S", None, ""), ("Birgitta Hägg", "S", None, ""),
        ("Stefan Johansson", "S", None, ""), ("Hanna Kallio", "S", None, ""),
        ("Björn Sandell", "M", None, ""), ("Fredrik Mård", "M", None, ""), ("Ylva Strömberg", "M", None, ""),
        ("Per-Olof Strand", "SD", None, ""), ("Helena Rask", "SD", None, ""), ("Tommy Wikström", "SD", None, ""),
        ("Daniel Ahlgren", "SD", None, ""), ("Mats Eriksson", "SD", "Agneta Borg", ""),
        ("Lena Öhman", "V", None, ""), ("Anna-Karin Björk", "V", None, ""), ("Erik Forsman", "V", None, ""),
        ("Karl Nordin", "C", None, ""), ("Sofia Engström", "L", None, ""), ("Ulf Berggren", "KD", None, ""),
        ("Sara Holm", "MP", None, ""), ("Ingela Moberg", "FF", None, ""), ("Kjell Åström", "FF", None, ""),
    ]
    pdf = Pdf()
    pdf.set_margins(22, 34, 20)
    pdf.set_auto_page_break(True, 28)

    def hdr(p):
        p.set_font("SB", "", 11)
        p.set_xy(22, 10)
        p.cell(80, 5, "FAGERSTA KOMMUN")
        p.set_font("S", "", 9)
        p.set_xy(110, 10)
        p.cell(50, 5, "SAMMANTRÄDESPROTOKOLL")
        p.set_xy(165, 10)
        p.cell(25, 5, f"Sida {p.page_no()}({{nb}})", align="R")
        p.set_xy(110, 15)
        p.cell(50, 5, "Sammanträdesdatum")
        p.set_xy(22, 15)
        p.cell(80, 5, "Kommunfullmäktige")
        p.set_xy(110, 20)
        p.cell(50, 5, "2026-04-23")
        p.line(22, 27, 190, 27)
        p.set_y(34)
        if p.cont:
            p.set_font("SB", "", 11)
            p.cell(0, 6, p.cont + " (forts.)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            p.ln(2)

    def ftr(p):
        p.set_y(-24)
        p.line(22, p.get_y(), 190, p.get_y())
        p.set_font("S", "", 7.5)
        p.cell(60, 4, "Justerandes sign")
        p.cell(60, 4, "")
        p.cell(48, 4, "Utdragsbestyrkande", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    # title page block (Ciceron table)
    rows = [
        ("Plats och tid", "Sessionssalen, Fagersta stadshus, torsdagen den 23 april 2026 kl. 18.30–21.15\nAjournering kl. 19.45–20.00"),
        ("Beslutande", "Se närvaro- och omröstningslista, sida 2"),
        ("Övriga deltagande", "Camilla Frost, kommundirektör\nJenny Ahlström, kommunsekreterare\n"
                              "Tobias Wennberg, ekonomichef, § 36\nGunnar Falk, revisorernas ordförande, § 37"),
        ("Utses att justera", "Kerstin Lundqvist (M) och Ahmed Haddad (S)"),
        ("Justeringens plats och tid", "Kommunkansliet, tisdagen den 28 april 2026"),
    ]
    pdf.set_font("SB", "", 15)
    pdf.cell(0, 9, "Kommunfullmäktige", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("SB", "", 9.5)
        pdf.multi_cell(45, 5, k)
        pdf.set_xy(70, y)
        pdf.set_font("S", "", 9.5)
        pdf.multi_cell(120, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.get_y(), y + 6) + 3)
    pdf.ln(4)
    sig = [("Underskrifter", "Sekreterare", "Paragrafer 31–41", ""),
           ("", "", "Jenny Ahlström", ""),
           ("", "Ordförande", "", ""), ("", "", "Bengt Åkerlund", ""),
           ("", "Justerande", "", ""), ("", "", "Kerstin Lundqvist                    Ahmed Haddad", "")]
    for a, b, c, _ in sig:
        pdf.set_font("SB", "", 9.5)
        pdf.cell(45, 7, a)
        pdf.set_font("S", "", 9.5)
        pdf.cell(25, 7, b)
        pdf.cell(0, 7, c, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("SB", "", 10)
    pdf.cell(0, 6, "ANSLAG/BEVIS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "", 8.5)
    pdf.multi_cell(0, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                   "Organ: Kommunfullmäktige          Sammanträdesdatum: 2026-04-23\n"
                   "Datum då anslaget sätts upp: 2026-04-29     Datum då anslaget tas ned: 2026-05-21\n"
                   "Förvaringsplats för protokollet: Kommunkansliet, Fagersta stadshus\n"
                   "Underskrift ...............................................  Jenny Ahlström",
                   border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # page 2: närvarolista
    pdf.add_page()
    pdf.set_font("SB", "", 11)
    pdf.cell(0, 6, "Närvaro- och omröstningslista", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("CB", "", 8.5)
    for w, t in [(52, "Ledamöter"), (14, "Parti"), (52, "Tjänstgörande ersättare"), (50, "Anmärkning")]:
        pdf.cell(w, 5, t, border="B")
    pdf.ln(5)
    pdf.set_font("C", "", 8.5)
    for n, pa, tj, role in members:
        pdf.cell(52, 4.6, n)
        pdf.cell(14, 4.6, pa)
        pdf.cell(52, 4.6, f"{tj} ({pa})" if tj else "")
        pdf.cell(50, 4.6, role, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("CB", "", 8.5)
    pdf.cell(0, 5, "Ej tjänstgörande ersättare", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("C", "", 8.5)
    pdf.multi_cell(0, 4.6, "Maja Lindgren (S), Oskar Berg (M), Ronja Hedin (V)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("C", "", 8.5)
    pdf.multi_cell(0, 4.6, "Omröstningslista för § 38 finns som bilaga sist i protokollet. Ledamöter markerade "
                   "med tjänstgörande ersättare var frånvarande hela sammanträdet.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    items = []

    def item(num, title, dnr=None, dnr_text=None):
        pdf.cont = None
        pdf.need(45)
        pg = pdf.page_no()
        pdf.set_font("SB", "", 12)
        y = pdf.get_y()
        pdf.cell(30, 7, f"§ {num}")
        if dnr_text:
            pdf.set_font("S", "", 9.5)
            pdf.set_xy(120, y)
            pdf.cell(70, 7, dnr_text, align="R")
        pdf.set_xy(22, y + 8)
        pdf.set_font("SB", "", 11.5)
        pdf.multi_cell(150, 6, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
        items.append({"number": f"§{num}", "title": title.replace("\n", " "), "diarienummer": dnr or [], "page": pg})
        pdf.cont = f"§ {num}"

    def sub(h):
        pdf.set_font("SB", "", 10.5)
        pdf.cell(0, 6, h, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.cont = None
    pdf.add_page()
    item(31, "Val av justerare")
    pdf.para("Kommunfullmäktige utser Kerstin Lundqvist (M) och Ahmed Haddad (S) att jämte ordföranden justera "
             "dagens protokoll. Justeringen sker på kommunkansliet tisdagen den 28 april 2026.")
    item(32, "Fastställande av dagordning")
    pdf.para("Kommunfullmäktige fastställer dagordningen med ändringen att § 40 behandlas före § 39 på grund av "
             "att valberedningens ordförande måste lämna sammanträdet tidigare. Protokollet följer dock "
             "kungörelsens numrering.")
    item(33, "Anmälan av nya motioner och interpellationer", ["KS 2026/118", "KS 2026/121"])
    sub("Beslut")
    pdf.para("Kommunfullmäktige beslutar att motionen remitteras till kommunstyrelsen för beredning samt att "
             "interpellationen får ställas och besvaras vid nästa sammanträde.")
    sub("Ärendet")
    pdf.para("Följande har inkommit sedan förra sammanträdet:")
    pdf.para("1. Motion från Per-Olof Strand (SD) om belysning längs gång- och cykelvägen vid Kolbäcksån, "
             "Dnr KS 2026/118.\n2. Interpellation från Lena Öhman (V) till kommunstyrelsens ordförande om "
             "vikarier i förskolan, Dnr KS 2026/121.", indent=28, w=160)

    item(34, "Svar på interpellation från Jonas Ek (FF) om snöröjning på enskilda vägar",
         ["KS 2026/64"], "Dnr KS 2026/64")
    pdf.para("Jonas Ek (Fagersta Framåt) har i en interpellation till kommunstyrelsens ordförande Marie Lindfors (S) "
             "frågat hur kommunen avser att hantera bidragen till vinterväghållning på enskilda vägar i Västanfors "
             "och Semla efter att Trafikverket ändrat sina regler.")
    pdf.para("Marie Lindfors (S) besvarar interpellationen. Svaret har delats ut till ledamöterna före sammanträdet.")
    pdf.para("I debatten deltar Jonas Ek (FF), Marie Lindfors (S) och Björn Sandell (M).")
    sub("Beslut")
    pdf.para("Interpellationen är besvarad.")

    item(35, "Svar på fråga från Björn Sandell (M) om kostnaderna för ombyggnaden av Västanforsbadet",
         ["KS 2026/88"], "Dnr KS 2026/88")
    pdf.para("Björn Sandell (M) har ställt en fråga till tekniska nämndens ordförande om hur stor del av "
             "projektbudgeten för Västanforsbadet som har förbrukats. Eva Granqvist (S), ordförande i tekniska "
             "nämnden, svarar på frågan. Av svaret framgår att 61 procent av budgeten är upparbetad.")
    sub("Beslut")
    pdf.para("Frågan är besvarad.")

    item(36, "Årsredovisning 2025 för Fagersta kommun", ["KS 2026/45"], "Dnr KS 2026/45")
    sub("Ärendebeskrivning")
    pdf.para("Kommunstyrelsen har upprättat årsredovisning för 2025. Resultatet uppgår till 18,4 mnkr, vilket "
             "är 6,1 mnkr bättre än budget. Balanskravsresultatet är positivt. Ekonomichef Tobias Wennberg föredrar "
             "ärendet och svarar på frågor från ledamöterna.")
    pdf.para("Kommunstyrelsen behandlade ärendet 2026-03-31, § 58. Årsredovisningen för det gemensamma "
             "räddningstjänstförbundet med Norbergs kommun och Skinnskattebergs kommun (förbundets dnr 2026/7) "
             "har tagits emot separat.")
    sub("Yrkande")
    pdf.para("Marie Lindfors (S) yrkar bifall till kommunstyrelsens förslag.")
    sub("Beslut")
    pdf.para("Kommunfullmäktige godkänner årsredovisning 2025 för Fagersta kommun.")

    item(37, "Ansvarsfrihet för kommunstyrelsen och nämnderna för verksamhetsåret 2025",
         ["KS 2026/46"], "Dnr KS 2026/46")
    pdf.para("Revisorernas ordförande Gunnar Falk redogör för revisionsberättelsen för 2025. Revisorerna "
             "tillstyrker att fullmäktige beviljar kommunstyrelsen, nämnderna och de enskilda ledamöterna i dessa "
             "organ ansvarsfrihet.")
    pdf.para("Ledamöter som varit ledamöter eller ersättare i den nämnd som prövas deltar inte i beslutet "
             "för den nämnden (jäv).")
    sub("Beslut")
    pdf.para("Kommunfullmäktige beviljar kommunstyrelsen, samtliga nämnder samt de enskilda förtroendevalda i "
             "dessa organ ansvarsfrihet för verksamhetsåret 2025.")

    item(38, "Motion från Anna-Karin Björk (V) om fria mensskydd i kommunens skolor",
         ["KS 2025/233"], "Dnr KS 2025/233")
    sub("Ärendebeskrivning")
    pdf.para("Anna-Karin Björk (V) föreslår i en motion att kommunen ska erbjuda fria mensskydd på samtliga "
             "skolor från årskurs 4. Barn- och utbildningsnämnden har yttrat sig och anför att skolorna redan i dag "
             "tillhandahåller mensskydd via elevhälsan. Motionen knyter an till kommunfullmäktiges beslut "
             "2024-11-21, § 142, om jämställdhetsstrategi (KS 2024/310).")
    pdf.para("Kommunstyrelsen föreslår att motionen avslås.")
    sub("Yrkanden")
    pdf.para("Anna-Karin Björk (V), Lena Öhman (V) och Sara Holm (MP) yrkar bifall till motionen.\n"
             "Marie Lindfors (S) och Kerstin Lundqvist (M) yrkar bifall till kommunstyrelsens förslag.")
    sub("Propositionsordning")
    pdf.para("Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att "
             "fullmäktige beslutar enligt kommunstyrelsens förslag. Omröstning begärs.")
    sub("Omröstning")
    pdf.para("Följande voteringsproposition godkänns: Ja-röst för kommunstyrelsens förslag, nej-röst för bifall "
             "till motionen. Omröstningen utfaller med 23 ja-röster, 5 nej-röster och 3 som avstår. "
             "Kommunfullmäktige har alltså beslutat enligt kommunstyrelsens förslag. Se omröstningslista, bilaga.")
    sub("Beslut")
    pdf.para("Motionen avslås.")
    sub("Reservationer")
    pdf.para("Vänsterpartiets ledamöter reserverar sig mot beslutet till förmån för bifall till motionen. "
             "Sara Holm (MP) reserverar sig mot beslutet.")

    item(40, "Val av ersättare i kultur- och fritidsnämnden efter Ulla Berglund (KD)",
         ["KS 2026/12"], "Dnr KS 2026/12")
    pdf.para("Ulla Berglund (KD) har avsagt sig uppdraget som ersättare i kultur- och fritidsnämnden. "
             "Avsägelsen godkändes av fullmäktige 2026-03-26, § 24. Valberedningens ordförande Åsa Nyberg (S) "
             "föredrar valberedningens förslag.")
    sub("Beslut")
    pdf.para("Kommunfullmäktige väljer Ulf Berggren (KD) till ny ersättare i kultur- och fritidsnämnden för "
             "tiden till och med 2026-12-31.")

    item(39, "Detaljplan för del av Västanfors 4:12 m.fl. (bostäder vid Hedkärrasjön), antagande",
         ["KS 2025/198", "SBN 2024/56"], "Dnr KS 2025/198, SBN 2024/56")
    sub("Ärendebeskrivning")
    pdf.para("Syftet med detaljplanen är att möjliggöra cirka 40 nya bostäder i form av radhus och flerbostadshus "
             "vid Hedkärrasjön. Planen har handlagts med standardförfarande. Under granskningen har synpunkter "
             "inkommit från Länsstyrelsen i Västmanlands län och från Region Västmanland om kollektivtrafik.")
    pdf.para("Samhällsbyggnadsnämnden godkände granskningsutlåtandet 2026-02-18 och föreslår att fullmäktige "
             "antar planen. Kommunstyrelsen har behandlat ärendet 2026-03-31, § 61.")
    pdf.para("Planen bedöms inte medföra betydande miljöpåverkan. Dagvatten omhändertas lokalt och leds via "
             "fördröjningsdammar till Kolbäcksån. En geoteknisk utredning visar att marken är lämplig för "
             "bebyggelse, med undantag av den sydvästra delen som planläggs som natur. Trafiken på Hedkärravägen "
             "beräknas öka med cirka 250 fordonsrörelser per dygn.")
    pdf.para("Exploateringsavtal med byggaktören har godkänts av kommunstyrelsen (KS 2025/341). "
             "Planens genomförandetid är tio år från den dag planen vinner laga kraft.")
    sub("Yrkanden")
    pdf.para("Karl Nordin (C) yrkar att ärendet återremitteras till kommunstyrelsen för att utreda en "
             "alternativ placering av infarten från Hedkärravägen. Ingela Moberg (FF) instämmer i "
             "Karl Nordins återremissyrkande.")
    pdf.para("Marie Lindfors (S) yrkar att ärendet ska avgöras i dag och bifall till kommunstyrelsens förslag.")
    sub("Propositionsordning")
    pdf.para("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och "
             "finner att ärendet ska avgöras i dag. Omröstning begärs och verkställs genom handuppräckning "
             "(rösträkning). Med 22 ja-röster för att avgöra ärendet i dag mot 9 nej-röster beslutar "
             "fullmäktige att ärendet ska avgöras i dag.")
    pdf.para("Därefter ställer ordföranden proposition på kommunstyrelsens förslag och finner att fullmäktige "
             "bifaller detta.")
    sub("Beslut")
    pdf.para("Kommunfullmäktige antar detaljplan för del av Västanfors 4:12 m.fl. (bostäder vid Hedkärrasjön).")
    sub("Reservation")
    pdf.para("Karl Nordin (C) och Ingela Moberg (FF) reserverar sig mot beslutet till förmån för "
             "återremissyrkandet.")
    sub("Protokollsanteckning")
    pdf.para("Helena Rask (SD) lämnar en protokollsanteckning: ”Vi välkomnar nya bostäder men förutsätter att "
             "skolkapaciteten i Västanfors säkras innan inflyttning.”")

    item(41, "Meddelanden")
    pdf.para("Följande meddelanden anmäls:\n"
             "– Länsstyrelsen i Västmanlands län, beslut om tillsyn av överförmyndarnämnden, "
             "länsstyrelsens dnr 203-4417-2026.\n"
             "– Norbergs kommun, protokollsutdrag KF 2026-03-16 § 19 om gemensam lönenämnd.\n"
             "– Revisionsrapport avseende granskning av intern kontroll (KS 2026/77).")
    sub("Beslut")
    pdf.para("Meddelandena läggs till handlingarna.")
    pdf.cont = None

    # omröstningslista
    pdf.add_page()
    pdf.set_font("SB", "", 11)
    pdf.cell(0, 6, "Bilaga – Omröstningslista § 38", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "", 8.5)
    pdf.cell(0, 5, "Ja = kommunstyrelsens förslag, Nej = bifall till motionen", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("CB", "", 8.5)
    for w, t in [(46, "Ledamot"), (12, "Parti"), (46, "Tjänstgörande ersättare"), (14, "Ja"), (14, "Nej"), (16, "Avstår")]:
        pdf.cell(w, 5, t, border="B", align="C" if len(t) < 7 else "L")
    pdf.ln(5)
    votes = []
    pdf.set_font("C", "", 8.5)
    ja_n = nej_n = av_n = 0
    for n, pa, tj, role in members:
        if pa in ("V", "MP") or n == "Karl Nordin":
            v = "nej"
        elif pa == "FF":
            v = "avstår"
        else:
            v = "ja"
        voter = tj or n
        votes.append({"item": "§38", "round": 1, "person": voter, "vote": v})
        ja_n += v == "ja"; nej_n += v == "nej"; av_n += v == "avstår"
        pdf.cell(46, 4.4, n)
        pdf.cell(12, 4.4, pa)
        pdf.cell(46, 4.4, tj or "")
        pdf.cell(14, 4.4, "X" if v == "ja" else "", align="C")
        pdf.cell(14, 4.4, "X" if v == "nej" else "", align="C")
        pdf.cell(16, 4.4, "X" if v == "avstår" else "", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("CB", "", 8.5)
    pdf.cell(104, 5, "Summa", border="T")
    pdf.cell(14, 5, str(ja_n), border="T", align="C")
    pdf.cell(14, 5, str(nej_n), border="T", align="C")
    pdf.cell(16, 5, str(av_n), border="T", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    assert (ja_n, nej_n, av_n) == (23, 5, 3), (ja_n, nej_n, av_n)
    pdf.output(os.path.join(OUT, fn))

    for it in items:
        if it["number"] == "§38":
            it["votes_summary"] = "Ja 23, Nej 5, Avstår 3"
        if it["number"] == "§39":
            it["votes_summary"] = "Ja 22, Nej 9"
    roles_extra = {"Bengt Åkerlund": ["ordförande", "ledamot"], "Kerstin Lundqvist": ["vice ordförande", "ledamot", "justerare"],
                   "Jonas Ek": ["vice ordförande", "ledamot"], "Ahmed Haddad": ["ledamot", "justerare"]}
    persons = []
    for n, pa, tj, role in members:
        if tj:
            persons.append(P(tj, pa, ["tjänstgörande ersättare"]))
        else:
            persons.append(P(n, pa, roles_extra.get(n, ["ledamot"])))
    persons += [P("Maja Lindgren", "S", ["ersättare"]), P("Oskar Berg", "M", ["ersättare"]), P("Ronja Hedin", "V", ["ersättare"]),
                P("Camilla Frost", None, ["tjänsteperson"], "kommundirektör"),
                P("Jenny Ahlström", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
                P("Tobias Wennberg", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
                P("Gunnar Falk", None, ["närvarande"], "revisorernas ordförande")]
    actions = [
        A("Kerstin Lundqvist", "§31", "justerare"), A("Ahmed Haddad", "§31", "justerare"),
        A("Per-Olof Strand", "§33", "raised"), A("Lena Öhman", "§33", "raised"),
        A("Jonas Ek", "§34", "raised"), A("Marie Lindfors", "§34", "presented"),
        A("Björn Sandell", "§35", "raised"), A("Eva Granqvist", "§35", "presented"),
        A("Tobias Wennberg", "§36", "presented"), A("Marie Lindfors", "§36", "proposed"),
        A("Gunnar Falk", "§37", "presented"),
        A("Anna-Karin Björk", "§38", "raised"), A("Anna-Karin Björk", "§38", "proposed"),
        A("Lena Öhman", "§38", "proposed"), A("Sara Holm", "§38", "proposed"),
        A("Marie Lindfors", "§38", "proposed"), A("Kerstin Lundqvist", "§38", "proposed"),
        A(None, "§38", "reserved", "V"), A("Sara Holm", "§38", "reserved"),
        A("Åsa Nyberg", "§40", "presented"),
        A("Karl Nordin", "§39", "proposed"), A("Ingela Moberg", "§39", "proposed"), A("Marie Lindfors", "§39", "proposed"),
        A("Karl Nordin", "§39", "reserved"), A("Ingela Moberg", "§39", "reserved"),
        A("Helena Rask", "§39", "protocol_note"),
    ]
    GOLD.append({
        "file": fn, "organization": "Fagersta kommun", "organ": "Kommunfullmäktige", "date": "2026-04-23",
        "doc_type": "protokoll", "pages": pdf.page_no(), "items": items, "persons": persons, "actions": actions,
        "votes": votes, "diarienummer": sorted({d for it in items for d in it["diarienummer"]}),
        "kommuner": ["Fagersta", "Norberg", "Skinnskatteberg"], "regions": ["Region Västmanland"],
        "notes": "Ciceron-style. § 40 is printed before § 39 (agenda order changed in § 32); items kept in document "
                 "order. § 33 lists the numbers given to the new motion and interpellation (KS 2026/118, KS 2026/121) "
                 "as its own diarienummer. References in running text (KS 2024/310, KS 2025/341, KS 2026/77, "
                 "länsstyrelsens dnr 203-4417-2026, förbundets dnr 2026/7) are not item numbers. § 39 prints two "
                 "numbers on its § line (KS + SBN); both are listed. Voteringslista for § 38 on the last page: "
                 "Tove Lind and Mats Eriksson are absent members replaced by Nils Karlsson and Agneta Borg (tjg "
                 "ersättare), who vote. § 39 vote is a count only (votes_summary). Fagersta Framåt (FF) is a local "
                 "party. Gunnar Falk (revisorernas ordförande) printed without party: party null, role närvarande. "
                 "Ulla Berglund (KD) only resigns (not acting): not a person. In § 34 Marie Lindfors answers the "
                 "interpellation -> presented; debate participation is not an action kind. 'Ordföranden' in "
                 "propositionsordning not recorded (procedural). Länsstyrelsen i Västmanlands län is an authority, "
                 "not a region.",
    })



# ---------------------------------------------------------------------------------------------
# 2. Filipstads kommun, Kommunstyrelsens arbetsutskott, Word template (Platina-like) DOCX
# ---------------------------------------------------------------------------------------------
def _field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def filipstad():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_TAB_ALIGNMENT
    fn = "filipstad_kommunstyrelsens-arbetsutskott_2026-03-10_protokoll.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "FILIPSTADS KOMMUN\tPROTOKOLL\t"
    hp.add_run("Sida ")
    _field(hp, "PAGE")
    hp.add_run(" (")
    _field(hp, "NUMPAGES")
    hp.add_run(")")
    h2 = sec.header.add_paragraph("Kommunstyrelsens arbetsutskott\tSammanträdesdatum 2026-03-10\t")
    for p in (hp, h2):
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur ____________        Utdragsbestyrkande ____________"
    sec.footer.add_paragraph("Filipstads kommun · Kommunledningsförvaltningen · Box 303, 682 27 Filipstad")

    page = [1]
    items = []

    def brk():
        doc.add_page_break()
        page[0] += 1

    def bold(text, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        return p

    def item(num, title, dnr=None):
        p = doc.add_paragraph()
        r = p.add_run(f"§ {num}")
        r.bold = True
        r.font.size = Pt(14)
        bold(title, 12.5)
        if dnr:
            doc.add_paragraph(f"Dnr {dnr}")
        items.append({"number": f"§{num}", "title": title, "diarienummer": [dnr] if dnr else [], "page": page[0]})

    def txt(t):
        doc.add_paragraph(t)

    # page 1
    t = doc.add_paragraph()
    r = t.add_run("Kommunstyrelsens arbetsutskott")
    r.bold = True
    r.font.size = Pt(18)
    tab = doc.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for k, v in [
        ("Plats och tid", "Sammanträdesrum Långban, Stadshuset, kl. 08.30–11.40"),
        ("Beslutande", "Tomas Lind (S), ordförande\nPatrik Hedlund (M), vice ordförande\nKarin Nyström (S)\n"
                       "Lars Persson (C)\nEva Brandt (S), tjänstgörande ersättare för Jan Sundqvist (S)"),
        ("Ersättare", "Leif Gustavsson (SD)"),
        ("Övriga närvarande", "Maria Sjöberg, kommundirektör\nAnnika Westin, kanslichef, sekreterare\n"
                              "Henrik Alm, ekonomichef, § 47\nJosefin Dahl, näringslivsutvecklare, § 51"),
        ("Justerare", "Lars Persson (C)"),
        ("Justeringens plats och tid", "Kommunkansliet, 2026-03-12 kl. 15.00"),
        ("Paragrafer", "45–52"),
    ]:
        c = tab.add_row().cells
        c[0].text = k
        c[1].text = v
    doc.add_paragraph()
    for k, v in [("Sekreterare", "Annika Westin"), ("Ordförande", "Tomas Lind"), ("Justerare", "Lars Persson")]:
        doc.add_paragraph(f"{k}\t\t.............................................................")
        doc.add_paragraph(f"\t\t{v}")
    bold("ANSLAG / BEVIS")
    txt("Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens anslagstavla "
        "2026-03-13. Anslaget tas ned 2026-04-04.")
    brk()
    # page 2
    item(45, "Fastställande av föredragningslista")
    txt("Arbetsutskottet fastställer föredragningslistan med tillägg av ett ärende under Övriga frågor.")
    item(46, "Information från kommundirektören")
    txt("Kommundirektör Maria Sjöberg informerar om")
    for s in ["– rekryteringen av ny socialchef,", "– läget i förhandlingarna om gemensam IT-drift med "
              "Storfors kommun och Hällefors kommun,", "– planeringen inför krisberedskapsveckan."]:
        txt(s)
    bold("Beslut")
    txt("Informationen noteras.")
    item(47, "Budgetuppföljning februari 2026", "KS/2026:31")
    txt("Ekonomichef Henrik Alm redovisar budgetuppföljningen per februari. Prognosen för helåret visar "
        "ett underskott om 4,2 mnkr, främst inom individ- och familjeomsorgen.")
    bold("Arbetsutskottets förslag till kommunstyrelsen")
    txt("Kommunstyrelsen godkänner budgetuppföljningen.")
    item(48, "Motion om avgiftsfri kollektivtrafik för personer över 75 år", "KS/2025:212")
    txt("Gun Eriksson (V) har i en motion föreslagit att kommunen inför avgiftsfria resor i länstrafiken för "
        "kommuninvånare över 75 år. Kommunledningsförvaltningen har i samråd med Region Värmland beräknat "
        "kostnaden till cirka 0,9 mnkr per år.")
    bold("Yrkanden")
    txt("Ordföranden Tomas Lind (S) yrkar att motionen ska anses besvarad.")
    txt("Patrik Hedlund (M) yrkar avslag på motionen.")
    bold("Beslutsgång")
    txt("Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet beslutar i enlighet med "
        "ordförandens yrkande.")
    bold("Arbetsutskottets förslag till kommunfullmäktige")
    txt("Motionen anses besvarad.")
    bold("Reservation")
    txt("Patrik Hedlund (M) reserverar sig mot beslutet till förmån för eget yrkande.")
    item(49, "Revidering av riktlinjer för representation och gåvor", "KS/2026:40")
    txt("Kanslichef Annika Westin föredrar ärendet. Riktlinjerna har uppdaterats med anledning av ny "
        "praxis om mutbrott. Gällande riktlinjer antogs av kommunstyrelsen 2019-05-14, § 88 (KS/2019:95).")
    bold("Arbetsutskottets förslag till kommunstyrelsen")
    txt("Kommunstyrelsen antar reviderade riktlinjer för representation och gåvor.")
    brk()
    # page 3
    item(50, "Yttrande över remiss från Region Värmland om förslag till länsplan för regional "
             "transportinfrastruktur 2026–2037", "KS/2026:22")
    txt("Region Värmland har remitterat förslag till länsplan. Förslaget berör bland annat riksväg 63 "
        "och väg 246 mellan Filipstad och Hagfors. Trafikverkets underlag (TRV 2025/98765) har beaktats i "
        "förvaltningens förslag till yttrande.")
    bold("Arbetsutskottets beslut")
    txt("Arbetsutskottet avger yttrande i enlighet med förvaltningens förslag.")
    bold("Protokollsanteckning")
    txt("Sverigedemokraterna lämnar en protokollsanteckning: ”Vi saknar en tydlig prioritering av "
        "bärighetsåtgärder på väg 63.”")
    item(51, "Ansökan om bidrag till Filipstads Bergslags hembygdsförening för renovering av "
             "Storbrohyttans kolhus", "KS/2026:49")
    txt("Näringslivsutvecklare Josefin Dahl presenterar ansökan. Föreningen söker 150 000 kronor ur "
        "kommunens landsbygdsfond för renovering av kolhuset vid Storbrohyttan.")
    txt("Ansökan har bedömts mot kriterierna i riktlinjerna för landsbygdsfonden. Projektet bedöms ha "
        "betydelse för besöksnäringen i Persberg och Nordmark.")
    brk()
    p = doc.add_paragraph()
    r = p.add_run("§ 51 forts.")
    r.bold = True
    txt("Medfinansiering finns från Länsstyrelsen Värmland och från Sparbanksstiftelsen.")
    bold("Arbetsutskottets beslut")
    txt("Arbetsutskottet beviljar Filipstads Bergslags hembygdsförening 150 000 kronor ur landsbygdsfonden.")
    item(52, "Övriga frågor")
    txt("Leif Gustavsson (SD) ställer en fråga om vinterväghållningen av gång- och cykelvägar i Nordmark.")
    txt("Kommundirektör Maria Sjöberg besvarar frågan och återkommer med en skriftlig redovisning till "
        "nästa sammanträde.")
    doc.save(os.path.join(OUT, fn))

    persons = [P("Tomas Lind", "S", ["ordförande", "ledamot"]), P("Patrik Hedlund", "M", ["vice ordförande", "ledamot"]),
               P("Karin Nyström", "S", ["ledamot"]), P("Lars Persson", "C", ["ledamot", "justerare"]),
               P("Eva Brandt", "S", ["tjänstgörande ersättare"]), P("Leif Gustavsson", "SD", ["ersättare"]),
               P("Maria Sjöberg", None, ["tjänsteperson"], "kommundirektör"),
               P("Annika Westin", None, ["sekreterare", "tjänsteperson", "föredragande"], "kanslichef"),
               P("Henrik Alm", None, ["tjänsteperson"], "ekonomichef"),
               P("Josefin Dahl", None, ["tjänsteperson"], "näringslivsutvecklare"),
               P("Gun Eriksson", "V", [])]
    actions = [A("Lars Persson", None, "justerare"), A("Maria Sjöberg", "§46", "presented"),
               A("Henrik Alm", "§47", "presented"), A("Gun Eriksson", "§48", "raised"),
               A("Tomas Lind", "§48", "proposed"), A("Patrik Hedlund", "§48", "proposed"),
               A("Patrik Hedlund", "§48", "reserved"), A("Annika Westin", "§49", "presented"),
               A(None, "§50", "protocol_note", "SD"), A("Josefin Dahl", "§51", "presented"),
               A("Leif Gustavsson", "§52", "raised"), A("Maria Sjöberg", "§52", "presented")]
    GOLD.append({
        "file": fn, "organization": "Filipstads kommun", "organ": "Kommunstyrelsens arbetsutskott",
        "date": "2026-03-10", "doc_type": "protokoll", "pages": page[0], "items": items, "persons": persons,
        "actions": actions, "votes": [], "diarienummer": sorted({d for it in items for d in it["diarienummer"]}),
        "kommuner": ["Filipstad", "Storfors", "Hällefors", "Hagfors"], "regions": ["Region Värmland"],
        "notes": "Word template with page header (kommun, PROTOKOLL, Sida PAGE (NUMPAGES), organ, date) and footer "
                 "(justerandes signatur / utdragsbestyrkande). Pages counted by manual page breaks (3 breaks, 4 pages). "
                 "Dnr printed on its own line under the title ('Dnr KS/2026:31'). Justerare named only in the "
                 "head table (no Val av justerare §): item null. Eva Brandt is tjänstgörande ersättare for "
                 "Jan Sundqvist (S), who is absent and not a person. Leif Gustavsson (SD) is a non-serving "
                 "ersättare who asks a question in § 52 (raised); the kommundirektör answers (presented). "
                 "'redovisar' (§ 47) counted as presented. § 50 protokollsanteckning by the SD party "
                 "(person null). § 51 continues after a page break ('§ 51 forts.'). References KS/2019:95 and "
                 "TRV 2025/98765 are not item numbers. Gun Eriksson (V) is the motion author, not present: "
                 "listed with empty roles. Länsstyrelsen Värmland is an authority, not a region.",
    })


# ---------------------------------------------------------------------------------------------
# 3. Årjängs kommun, Samhällsbyggnadsnämnden, Meetings Plus-like two-column PDF
# ---------------------------------------------------------------------------------------------
def arjang():
    fn = "arjang_samhallsbyggnadsnamnden_2026-05-06_protokoll.pdf"
    pdf = Pdf()
    L, R = 18, 52
    pdf.set_margins(R, 36, 18)
    pdf.set_auto_page_break(True, 26)

    def hdr(p):
        p.set_font("SB", "", 10)
        p.set_xy(L, 12)
        p.cell(80, 5, "ÅRJÄNGS KOMMUN")
        p.set_font("S", "", 9)
        p.set_xy(120, 12)
        p.cell(72, 5, "PROTOKOLL", align="R")
        p.set_xy(L, 17)
        p.cell(80, 5, "Samhällsbyggnadsnämnden")
        p.set_xy(120, 17)
        p.cell(72, 5, "Sammanträdesdatum 2026-05-06", align="R")
        p.set_xy(120, 22)
        p.cell(72, 5, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_draw_color(0, 90, 60)
        p.line(L, 29, 192, 29)
        p.set_y(36)
        if p.cont:
            p.set_font("SB", "", 10.5)
            p.set_x(L)
            p.cell(30, 5.5, p.cont)
            p.set_font("S", "", 8)
            p.set_x(L)
            p.set_y(p.get_y() + 5.5)
            p.set_x(L)
            p.cell(30, 4, "forts.")
            p.set_y(36)

    def ftr(p):
        p.set_y(-20)
        p.set_font("S", "", 7.5)
        p.set_x(L)
        p.cell(90, 4, "Justerares signatur")
        p.cell(84, 4, "Utdragsbestyrkande", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("SB", "", 16)
    pdf.set_x(L)
    pdf.cell(0, 9, "Samhällsbyggnadsnämnden", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    def kv(k, v):
        y = pdf.get_y()
        pdf.set_font("SB", "", 9)
        pdf.set_xy(L, y)
        pdf.multi_cell(32, 4.6, k, align="L")
        y2 = pdf.get_y()
        pdf.set_xy(R, y)
        pdf.set_font("S", "", 9)
        pdf.multi_cell(0, 4.6, v, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(y2, pdf.get_y()) + 2.5)

    kv("Tid och plats", "Onsdagen den 6 maj 2026, kl. 09.00–12.25, Kommunhuset, sal Glaskogen")
    kv("Beslutande", "Stefan Holm (S), ordförande\nOla Bengtsson (M), vice ordförande\nIngrid Kvist (C)\n"
                     "Per Nilsson (KD), ej § 66\nMarianne Dahl (S)\nKent Ljungberg (SD)\nSofie Ahl (S)\n"
                     "Lars-Göran Fjäll (SD)\nAnnika Rudh (V), tjänstgörande ersättare för Elin Bäck (V)\n"
                     "Björn Tallqvist (S), tjänstgörande ersättare för Per Nilsson (KD), § 66")
    kv("Ersättare", "Eva Sjödin (M)")
    kv("Övriga", "Jörgen Sand, samhällsbyggnadschef\nEmma Lindh, bygglovshandläggare\n"
                 "Roger Ek, miljöinspektör, § 66\nTherese Magnusson, nämndsekreterare")
    kv("Justerare", "Ingrid Kvist (C)")
    kv("Justering", "Samhällsbyggnadskontoret 2026-05-11")
    kv("Paragrafer", "§§ 61–69")
    pdf.ln(4)
    for k, v in [("Sekreterare", "Therese Magnusson"), ("Ordförande", "Stefan Holm"), ("Justerare", "Ingrid Kvist")]:
        pdf.set_x(L)
        pdf.set_font("SB", "", 9)
        pdf.cell(34, 9, k)
        pdf.set_font("S", "", 9)
        pdf.cell(0, 9, "..........................................................  " + v,
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_x(L)
    pdf.set_font("S", "", 8)
    pdf.multi_cell(174, 4, "BEVIS OM ANSLAG\nProtokollet är justerat. Justeringen har tillkännagivits genom "
                   "anslag på kommunens digitala anslagstavla.\nAnslaget publiceras 2026-05-12 och tas ned 2026-06-03.",
                   border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    items = []

    def item(num, title, dnr=None, dnr_label=None):
        pdf.cont = None
        pdf.need(40)
        pg = pdf.page_no()
        y = pdf.get_y() + 2
        pdf.set_xy(L, y)
        pdf.set_font("SB", "", 11)
        pdf.cell(30, 6, f"§ {num}")
        if dnr:
            pdf.set_xy(L, y + 6)
            pdf.set_font("C", "", 8)
            pdf.cell(32, 4, dnr_label or dnr)
        pdf.set_xy(R, y)
        pdf.set_font("SB", "", 11)
        pdf.multi_cell(0, 6, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.get_y(), y + 11) + 1)
        items.append({"number": f"§{num}", "title": title, "diarienummer": [dnr] if dnr else [], "page": pg})
        pdf.cont = f"§ {num}"

    def sub(h):
        pdf.set_font("SB", "", 9.5)
        pdf.cell(0, 5.5, h, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def t(x):
        pdf.para(x, font="S", size=9.5, h=4.8, after=2.2)

    pdf.cont = None
    pdf.add_page()
    item(61, "Upprop och val av justerare")
    t("Ordföranden förrättar upprop. Nämnden utser Ingrid Kvist (C) att justera protokollet, med Ola "
      "Bengtsson (M) som ersättare för justeraren om hon får förhinder.")
    item(62, "Godkännande av dagordning")
    t("Dagordningen godkänns med ändringen att ärendet om strandskyddsdispens för Västra Fågelvik 1:9 utgår "
      "på sökandens begäran.")
    item(63, "Verksamhetsinformation")
    t("Samhällsbyggnadschef Jörgen Sand informerar om rekryteringsläget och handläggningstiderna för bygglov "
      "under första kvartalet.")
    t("Bygglovshandläggare Emma Lindh berättar om den nya e-tjänsten för anmälan av eldstäder och om "
      "samarbetet med Eda kommun och Säffle kommun kring tillsyn av ovårdade tomter.")
    sub("Beslut")
    t("Informationen noteras.")
    item(64, "Strandskyddsdispens för nybyggnad av fritidshus på fastigheten Västra Fågelvik 1:23",
         "SBN 2026/98", "Dnr SBN 2026/98")
    sub("Ärendebeskrivning")
    t("Ansökan avser ett fritidshus om 95 kvm cirka 40 meter från strandlinjen vid Västra Silen. Förvaltningen "
      "bedömer att inget särskilt skäl enligt 7 kap. 18 c § miljöbalken föreligger och föreslår avslag. "
      "Länsstyrelsen Värmland har tidigare upphävt en dispens i närområdet (länsstyrelsens dnr 526-3341-2024).")
    sub("Yrkanden")
    t("Kent Ljungberg (SD) yrkar bifall till ansökan om dispens, med motiveringen att platsen redan är ianspråktagen. "
      "Ola Bengtsson (M) och Per Nilsson (KD) instämmer i Kent Ljungbergs yrkande.")
    t("Stefan Holm (S) yrkar bifall till förvaltningens förslag.")
    sub("Beslutsgång")
    t("Ordföranden ställer förvaltningens förslag mot Kent Ljungbergs yrkande och finner att nämnden bifaller "
      "förvaltningens förslag. Votering begärs.")
    t("Nämnden godkänner följande voteringsproposition: Den som bifaller förvaltningens förslag röstar Ja. "
      "Den som bifaller Kent Ljungbergs yrkande röstar Nej.")
    sub("Omröstningsresultat")
    votes = []
    pdf.set_font("CB", "", 8.5)
    for w, h in [(50, "Ledamot"), (14, "Ja"), (14, "Nej"), (18, "Avstår")]:
        pdf.cell(w, 5, h, border="B")
    pdf.ln(5)
    pdf.set_font("C", "", 8.5)
    vl = [("Stefan Holm (S)", "ja"), ("Ola Bengtsson (M)", "nej"), ("Ingrid Kvist (C)", "ja"),
          ("Per Nilsson (KD)", "nej"), ("Marianne Dahl (S)", "ja"), ("Kent Ljungberg (SD)", "nej"),
          ("Sofie Ahl (S)", "ja"), ("Lars-Göran Fjäll (SD)", "nej"), ("Annika Rudh (V)", "ja")]
    for n, v in vl:
        pdf.cell(50, 4.5, n)
        for k, w in [("ja", 14), ("nej", 14), ("avstår", 18)]:
            pdf.cell(w, 4.5, "X" if v == k else "")
        pdf.ln(4.5)
        votes.append({"item": "§64", "round": 1, "person": n.split(" (")[0], "vote": v})
    pdf.set_font("CB", "", 8.5)
    pdf.cell(50, 5, "Resultat", border="T")
    pdf.cell(14, 5, "5", border="T")
    pdf.cell(14, 5, "4", border="T")
    pdf.cell(18, 5, "0", border="T", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    t("Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt förvaltningens förslag.")
    sub("Beslut")
    t("Samhällsbyggnadsnämnden avslår ansökan om strandskyddsdispens.")
    sub("Reservation")
    t("Ola Bengtsson (M), Per Nilsson (KD), Kent Ljungberg (SD) och Lars-Göran Fjäll (SD) reserverar sig "
      "mot beslutet till förmån för Kent Ljungbergs yrkande.")
    item(65, "Bygglov för tillbyggnad av industribyggnad på fastigheten Silbodal 2:145",
         "SBN 2026/131", "Dnr SBN 2026/131")
    t("Bygglovshandläggare Emma Lindh föredrar ärendet. Tillbyggnaden om 1 200 kvm strider mot detaljplanens "
      "bestämmelse om största byggnadsarea. Avvikelsen bedöms som liten och förenlig med planens syfte.")
    sub("Beslut")
    t("Samhällsbyggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen.")
    sub("Protokollsanteckning")
    t("Marianne Dahl (S) antecknar till protokollet att nämnden bör se över detaljplanen för Silbodal "
      "industriområde.")
    item(66, "Föreläggande om åtgärder avseende enskild avloppsanläggning på fastigheten Lennartsfors 1:7",
         "SBN 2025/412", "Dnr SBN 2025/412")
    t("Per Nilsson (KD) anmäler jäv och deltar inte i handläggningen av ärendet. Björn Tallqvist (S) tjänstgör "
      "i hans ställe.")
    t("Miljöinspektör Roger Ek föredrar ärendet. Vid tillsynsbesök 2025-09-18 konstaterades att "
      "avloppsanläggningen saknar fungerande efterbehandling och att slamavskiljaren är skadad. "
      "Fastighetsägaren har getts tillfälle att yttra sig men har inte inkommit med någon åtgärdsplan.")
    t("Förvaltningen bedömer att utsläppet av otillräckligt renat avloppsvatten riskerar att förorena "
      "grundvattnet och vattentäkter i närområdet. Ett föreläggande med vite är därför motiverat. "
      "Vitet föreslås till 40 000 kronor.")
    t("Enligt miljöbalken 26 kap. 9 § får tillsynsmyndigheten meddela de förelägganden som behövs i enskilda fall. "
      "Föreläggandet bedöms vara skäligt och proportionerligt.")
    sub("Beslut")
    t("Samhällsbyggnadsnämnden förelägger ägaren av fastigheten Lennartsfors 1:7 att senast 2026-10-31 "
      "åtgärda avloppsanläggningen, vid ett vite om 40 000 kronor.")
    item(67, "Markanvisning för bostäder inom kvarteret Lokföraren i Årjängs tätort", "SBN 2026/77",
         "Dnr SBN 2026/77")
    t("Samhällsbyggnadschef Jörgen Sand redogör för inkomna intresseanmälningar. Två bolag har lämnat förslag.")
    sub("Yrkande")
    t("Sofie Ahl (S) yrkar bifall till förvaltningens förslag.")
    sub("Beslut")
    t("Samhällsbyggnadsnämnden föreslår kommunstyrelsen att teckna markanvisningsavtal med Silen Bostad AB.")
    item(68, "Redovisning av delegationsbeslut")
    t("Delegationsbeslut fattade under perioden 2026-04-01–2026-04-30 redovisas, bland annat:\n"
      "– Bygglov för nybyggnad av garage, Töcksfors 3:12 (SBN 2026/102)\n"
      "– Beslut om sanktionsavgift, Högeruds-Berg 1:4 (SBN 2026/88)\n"
      "– Startbesked, Sölje 2:31 (SBN 2026/115)")
    sub("Beslut")
    t("Redovisningen godkänns.")
    item(69, "Meddelanden")
    t("Mark- och miljödomstolen vid Vänersborgs tingsrätt, dom i mål M 1187-25 angående bygglov för "
      "vindkraftverk. Domen läggs till handlingarna.")
    pdf.cont = None
    pdf.output(os.path.join(OUT, fn))

    persons = [P("Stefan Holm", "S", ["ordförande", "ledamot"]), P("Ola Bengtsson", "M", ["vice ordförande", "ledamot"]),
               P("Ingrid Kvist", "C", ["ledamot", "justerare"]), P("Per Nilsson", "KD", ["ledamot"]),
               P("Marianne Dahl", "S", ["ledamot"]), P("Kent Ljungberg", "SD", ["ledamot"]),
               P("Sofie Ahl", "S", ["ledamot"]), P("Lars-Göran Fjäll", "SD", ["ledamot"]),
               P("Annika Rudh", "V", ["tjänstgörande ersättare"]),
               P("Björn Tallqvist", "S", ["tjänstgörande ersättare"]), P("Eva Sjödin", "M", ["ersättare"]),
               P("Jörgen Sand", None, ["tjänsteperson"], "samhällsbyggnadschef"),
               P("Emma Lindh", None, ["tjänsteperson", "föredragande"], "bygglovshandläggare"),
               P("Roger Ek", None, ["tjänsteperson", "föredragande"], "miljöinspektör"),
               P("Therese Magnusson", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    actions = [A("Ingrid Kvist", "§61", "justerare"),
               A("Jörgen Sand", "§63", "presented"), A("Emma Lindh", "§63", "presented"),
               A("Kent Ljungberg", "§64", "proposed"), A("Ola Bengtsson", "§64", "proposed"),
               A("Per Nilsson", "§64", "proposed"), A("Stefan Holm", "§64", "proposed"),
               A("Ola Bengtsson", "§64", "reserved"), A("Per Nilsson", "§64", "reserved"),
               A("Kent Ljungberg", "§64", "reserved"), A("Lars-Göran Fjäll", "§64", "reserved"),
               A("Emma Lindh", "§65", "presented"), A("Marianne Dahl", "§65", "protocol_note"),
               A("Roger Ek", "§66", "presented"), A("Jörgen Sand", "§67", "presented"),
               A("Sofie Ahl", "§67", "proposed")]
    for it in items:
        if it["number"] == "§64":
            it["votes_summary"] = "Ja 5, Nej 4, Avstår 0"
    GOLD.append({
        "file": fn, "organization": "Årjängs kommun", "organ": "Samhällsbyggnadsnämnden", "date": "2026-05-06",
        "doc_type": "protokoll", "pages": pdf.page_no(), "items": items, "persons": persons, "actions": actions,
        "votes": votes, "diarienummer": sorted({d for it in items for d in it["diarienummer"]}),
        "kommuner": ["Årjäng", "Eda", "Säffle"], "regions": [],
        "notes": "Meetings Plus-like two-column layout: § number and 'Dnr SBN …' in a narrow left column, title and "
                 "text in the right column; continuation pages repeat '§ NN / forts.' in the left column. "
                 "§ 61: Ingrid Kvist is justerare; Ola Bengtsson is only named as ersättare för justeraren, "
                 "so not a justerare. Per Nilsson (KD) is jävig in § 66 and Björn Tallqvist (S) serves for him "
                 "in that § only (tjänstgörande ersättare; Per Nilsson stays a person since he serves in other §§). "
                 "Annika Rudh (V) tjg ers för Elin Bäck (V), who is absent (not a person). Named voteringslista in "
                 "§ 64. 'instämmer i … yrkande' counted as proposed. Delegation decision numbers in § 68 and the "
                 "länsstyrelse / court numbers are references, not item numbers. Vänersborgs tingsrätt and "
                 "Länsstyrelsen Värmland are authorities: no kommun/region named by them.",
    })


# ---------------------------------------------------------------------------------------------
# 4. Region Västernorrland, Hälso- och sjukvårdsnämnden, pdftotext -layout export (TXT, form feeds)
# ---------------------------------------------------------------------------------------------
def vasternorrland():
    import textwrap
    fn = "region-vasternorrland_halso-och-sjukvardsnamnden_2026-02-25_protokoll.txt"
    NP = 5
    pages = []
    cur = []
    items = []

    def head(n):
        return ["    REGION VÄSTERNORRLAND                                   PROTOKOLL                        " + f"{n}({NP})",
                "    Hälso- och sjukvårdsnämnden                             Sammanträdesdatum",
                "                                                            2026-02-25",
                "", ""]

    foot = ["", "", "    Justerare                           Justerare                          Utdragsbestyrkande",
            "    ............................        ............................       ....................", ""]

    def newpage():
        if cur:
            pages.append(cur[:] + foot)
            cur.clear()
        cur.extend(head(len(pages) + 1))

    def w(text, ind=24, width=68):
        for para in text.split("\n"):
            for ln in textwrap.wrap(para, width) or [""]:
                cur.append(" " * ind + ln)
        cur.append("")

    def item(num, title_lines, dnr=None, dnr_print=None):
        first = f"    § {num}".ljust(24) + title_lines[0]
        if dnr_print:
            first = first.ljust(78) + dnr_print
        cur.append(first)
        for tl in title_lines[1:]:
            cur.append(" " * 24 + tl)
        cur.append("")
        items.append({"number": f"§{num}", "title": " ".join(title_lines),
                      "diarienummer": dnr or [], "page": len(pages) + 1})

    def sub(h):
        cur.append(" " * 24 + h)

    newpage()
    cur += ["    Hälso- och sjukvårdsnämnden, Region Västernorrland", "",
            "    Plats och tid           Regionens hus, Härnösand, sal Y-Salen, kl. 09.00–15.30",
            "                            Ajournering för lunch 12.00–13.00", "",
            "    Beslutande              Anders Hägglund (S), ordförande",
            "                            Cecilia Nordqvist (M), 1:e vice ordförande",
            "                            Hans Norberg (SJVP), 2:e vice ordförande",
            "                            Gunilla Strömqvist (S)",
            "                            Mohammed Al-Rashid (S)",
            "                            Per Edlund (S)",
            "                            Kristina Bergkvist (M)",
            "                            Ronny Lundmark (SD)",
            "                            Emelie Forslund (SD)",
            "                            Maria Ekholm (SJVP)",
            "                            Tor Wiklund (C)",
            "                            Malin Näslund (V)",
            "                            Jörgen Sundin (KD)",
            "                            Ingrid Holmlund (L), tjänstgörande ersättare för Bo Lidén (L)", "",
            "    Ersättare               Sven-Erik Hörnell (S), Annelie Byström (SJVP)", "",
            "    Övriga närvarande       Karin Wedin, hälso- och sjukvårdsdirektör",
            "                            Olof Berglund, chefläkare, § 14",
            "                            Jakob Strand, controller, § 16",
            "                            Linnéa Öberg, nämndsekreterare", "",
            "    Utses att justera       Cecilia Nordqvist (M) och Malin Näslund (V)", "",
            "    Justeringens            Digital justering 2026-03-04",
            "    plats och tid", "",
            "    Underskrifter           Sekreterare   ...................................   Paragrafer 12–19",
            "                                          Linnéa Öberg", "",
            "                            Ordförande    ...................................",
            "                                          Anders Hägglund", "",
            "                            Justerare     ...................................   ..................................",
            "                                          Cecilia Nordqvist                     Malin Näslund", ""]
    newpage()
    item(12, ["Val av justerare"], ["HSN 2026/2"], "HSN 2026/2")
    w("Att jämte ordföranden justera dagens protokoll utses Cecilia Nordqvist (M) och Malin Näslund (V). "
      "Justeringen sker digitalt den 4 mars 2026.")
    item(13, ["Fastställande av föredragningslista"], ["HSN 2026/3"], "HSN 2026/3")
    w("Föredragningslistan fastställs.")
    item(14, ["Information om vårdplatsläget och", "överbeläggningar vintern 2025/2026"])
    w("Hälso- och sjukvårdsdirektör Karin Wedin och chefläkare Olof Berglund informerar om vårdplatsläget vid "
      "länets tre sjukhus i Sundsvall, Örnsköldsvik och Sollefteå. Antalet överbeläggningar har minskat med "
      "18 procent jämfört med föregående vinter. Samverkan med Region Jämtland Härjedalen om intensivvårds"
      "platser fortsätter.")
    sub("Beslut")
    w("Informationen läggs till handlingarna.")
    item(15, ["Svar på motion från Hans Norberg (SJVP) och Maria", "Ekholm (SJVP) om dygnet runt-öppen akutmottagning",
              "vid Sollefteå sjukhus"], ["HSN 2025/412", "RS 2025/1180"], "HSN 2025/412")
    cur[-3] = cur[-3].ljust(78) + "(RS 2025/1180)"
    sub("Sammanfattning")
    w("Hans Norberg och Maria Ekholm (SJVP) föreslår i en motion till regionfullmäktige att akutmottagningen vid "
      "Sollefteå sjukhus åter ska hållas öppen dygnet runt. Regionfullmäktige har remitterat motionen till "
      "nämnden. Förvaltningen bedömer att bemanningen inte medger dygnet runt-öppet och föreslår att motionen "
      "avslås. Nuvarande öppettider beslutades av nämnden 2023-09-27, § 141 (HSN 2023/289).")
    sub("Yrkanden")
    cur += [" " * 24 + "Hans Norberg (SJVP) yrkar bifall till motionen. Maria Ek-",
            " " * 24 + "holm (SJVP) och Ronny Lundmark (SD) instämmer i Hans Norbergs",
            " " * 24 + "yrkande.", ""]
    newpage()
    cur.append("    § 15 (forts.)")
    cur.append("")
    w("Anders Hägglund (S) yrkar att nämnden föreslår regionfullmäktige att avslå motionen i enlighet med "
      "förvaltningens förslag. Cecilia Nordqvist (M) yrkar bifall till Anders Hägglunds yrkande.")
    sub("Propositionsordning")
    w("Ordföranden ställer proposition på de två förslagen och finner att nämnden beslutar enligt Anders "
      "Hägglunds yrkande. Votering begärs och verkställs. Den som vill bifalla Anders Hägglunds yrkande röstar "
      "ja, den som vill bifalla Hans Norbergs yrkande röstar nej. Omröstningen utfaller med 8 ja-röster mot "
      "6 nej-röster. En ledamot avstår.")
    sub("Beslut")
    w("Hälso- och sjukvårdsnämnden föreslår regionfullmäktige att avslå motionen.")
    sub("Reservationer")
    w("Sjukvårdspartiet Västernorrlands ledamöter reserverar sig mot beslutet till förmån för eget yrkande. "
      "Ronny Lundmark (SD) reserverar sig mot beslutet.")
    item(16, ["Budgetuppföljning januari 2026"], ["HSN 2026/19"], "HSN 2026/19")
    w("Controller Jakob Strand redogör för utfallet per januari. Nämnden redovisar ett underskott på 31 mnkr, "
      "varav hyrpersonal svarar för 22 mnkr.")
    sub("Beslut")
    w("Hälso- och sjukvårdsnämnden godkänner budgetuppföljningen och överlämnar den till regionstyrelsen.")
    item(17, ["Yttrande över revisionsrapport – Granskning av", "nämndens styrning av hyrpersonal"],
         ["HSN 2026/33"], "HSN 2026/33")
    w("Regionens revisorer har granskat nämndens styrning av hyrpersonal (revisionsrapport REV 2025/77). "
      "Förvaltningen har tagit fram ett förslag till yttrande.")
    sub("Beslut")
    w("Nämnden antar förvaltningens förslag till yttrande som sitt eget.")
    sub("Protokollsanteckning")
    w("Tor Wiklund (C) lämnar följande protokollsanteckning: ”Centerpartiet vill se en tydligare tidplan för "
      "att avveckla beroendet av hyrläkare i Kramfors och Sollefteå.”")
    newpage()
    item(18, ["Fråga från Malin Näslund (V) om hyrpersonal inom", "psykiatrin"], ["HSN 2026/41"], "HSN 2026/41")
    w("Malin Näslund (V) har ställt en skriftlig fråga till nämndens ordförande om hur stor andel av "
      "läkartimmarna inom vuxenpsykiatrin som utförts av hyrläkare under 2025.")
    w("Ordföranden Anders Hägglund (S) besvarar frågan muntligt. Andelen uppgick till 27 procent.")
    sub("Beslut")
    w("Frågan anses besvarad.")
    item(19, ["Delegationsbeslut och meddelanden"], ["HSN 2026/4"], "HSN 2026/4")
    w("Följande delegationsbeslut och meddelanden anmäls:")
    cur += [" " * 24 + "Beslut om tillfälligt stängda vårdplatser, ortopedi Sundsvall      HSN 2026/27",
            " " * 24 + "Avtal om ambulanssjukvård, tilläggsavtal 3                      HSN 2025/388",
            " " * 24 + "Protokollsutdrag regionstyrelsen 2026-02-03 § 14                RS 2026/58",
            " " * 24 + "Skrivelse från Härnösands kommun om närvårdssamverkan           HSN 2026/36", ""]
    sub("Beslut")
    w("Delegationsbesluten och meddelandena läggs till handlingarna.")
    newpage()
    cur += ["    Bilaga till § 15", "",
            "    Omröstningen i § 15 redovisas endast till antal i protokollet:", "",
            "                            Ja           8",
            "                            Nej          6",
            "                            Avstår       1", ""]
    pages.append(cur[:] + foot)
    assert len(pages) == NP, len(pages)
    with open(os.path.join(OUT, fn), "w") as fh:
        fh.write("\f".join("\n".join(p) + "\n" for p in pages))
    for it in items:
        if it["number"] == "§15":
            it["votes_summary"] = "Ja 8, Nej 6, Avstår 1"

    persons = [P("Anders Hägglund", "S", ["ordförande", "ledamot"]),
               P("Cecilia Nordqvist", "M", ["vice ordförande", "ledamot", "justerare"]),
               P("Hans Norberg", "SJVP", ["vice ordförande", "ledamot"]),
               P("Gunilla Strömqvist", "S", ["ledamot"]), P("Mohammed Al-Rashid", "S", ["ledamot"]),
               P("Per Edlund", "S", ["ledamot"]), P("Kristina Bergkvist", "M", ["ledamot"]),
               P("Ronny Lundmark", "SD", ["ledamot"]), P("Emelie Forslund", "SD", ["ledamot"]),
               P("Maria Ekholm", "SJVP", ["ledamot"]), P("Tor Wiklund", "C", ["ledamot"]),
               P("Malin Näslund", "V", ["ledamot", "justerare"]), P("Jörgen Sundin", "KD", ["ledamot"]),
               P("Ingrid Holmlund", "L", ["tjänstgörande ersättare"]),
               P("Sven-Erik Hörnell", "S", ["ersättare"]), P("Annelie Byström", "SJVP", ["ersättare"]),
               P("Karin Wedin", None, ["tjänsteperson"], "hälso- och sjukvårdsdirektör"),
               P("Olof Berglund", None, ["tjänsteperson"], "chefläkare"),
               P("Jakob Strand", None, ["tjänsteperson"], "controller"),
               P("Linnéa Öberg", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    actions = [A("Cecilia Nordqvist", "§12", "justerare"), A("Malin Näslund", "§12", "justerare"),
               A("Karin Wedin", "§14", "presented"), A("Olof Berglund", "§14", "presented"),
               A("Hans Norberg", "§15", "raised"), A("Maria Ekholm", "§15", "raised"),
               A("Hans Norberg", "§15", "proposed"), A("Maria Ekholm", "§15", "proposed"),
               A("Ronny Lundmark", "§15", "proposed"), A("Anders Hägglund", "§15", "proposed"),
               A("Cecilia Nordqvist", "§15", "proposed"),
               A(None, "§15", "reserved", "SJVP"), A("Ronny Lundmark", "§15", "reserved"),
               A("Jakob Strand", "§16", "presented"), A("Tor Wiklund", "§17", "protocol_note"),
               A("Malin Näslund", "§18", "raised"), A("Anders Hägglund", "§18", "presented")]
    GOLD.append({
        "file": fn, "organization": "Region Västernorrland", "organ": "Hälso- och sjukvårdsnämnden",
        "date": "2026-02-25", "doc_type": "protokoll", "pages": NP, "items": items, "persons": persons,
        "actions": actions, "votes": [], "diarienummer": sorted({d for it in items for d in it["diarienummer"]}),
        "kommuner": ["Härnösand", "Sundsvall", "Örnsköldsvik", "Sollefteå", "Kramfors"],
        "regions": ["Region Västernorrland", "Region Jämtland Härjedalen"],
        "notes": "pdftotext -layout style export; pages separated by form feeds (5 pages). Dnr printed at the right "
                 "end of the § line; § 15 also prints the regionfullmäktige number '(RS 2025/1180)' on the line "
                 "below, both listed as the item's numbers. § 15 title wraps over three lines. § 15 continues on "
                 "page 3 ('§ 15 (forts.)'). Maria Ekholm's name is hyphenated across a line in § 15 ('Ek-' / 'holm') "
                 "but printed whole in the attendance list. SJVP = Sjukvårdspartiet Västernorrland, a regional "
                 "party; its reservation is a party action. Vote in § 15 is a count only (votes_summary). "
                 "References HSN 2023/289, REV 2025/77 and the numbers in the § 19 list of delegationsbeslut are "
                 "not item numbers. Ingrid Holmlund tjg ers för Bo Lidén (L), absent. Region Västernorrland "
                 "itself is named in the page header; regions written with their full names. Härnösand counted "
                 "as named (meeting place 'Härnösand' and 'Härnösands kommun' in § 19).",
    })


# ---------------------------------------------------------------------------------------------
# 5. Mörbylånga kommun, Kommunstyrelsen, kallelse (Netpublicator-like PDF)
# ---------------------------------------------------------------------------------------------
def morbylanga():
    fn = "morbylanga_kommunstyrelsen_2026-05-26_kallelse.pdf"
    pdf = Pdf()
    pdf.set_margins(20, 38, 18)
    pdf.set_auto_page_break(True, 22)

    def hdr(p):
        p.set_fill_color(0, 84, 130)
        p.rect(0, 0, 210, 6, "F")
        p.set_font("SB", "", 13)
        p.set_xy(20, 11)
        p.cell(90, 6, "MÖRBYLÅNGA KOMMUN")
        p.set_font("S", "", 8.5)
        p.set_xy(120, 10)
        p.multi_cell(72, 4.2, "KALLELSE\nKommunstyrelsen\nDatum: 2026-05-19", align="R")
        p.set_y(38)

    def ftr(p):
        p.set_y(-14)
        p.set_font("S", "", 7.5)
        p.cell(120, 4, "Mörbylånga kommun, 386 80 Mörbylånga · www.morbylanga.se")
        p.cell(52, 4, f"{p.page_no()} (av {{nb}})", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("SB", "", 16)
    pdf.cell(0, 8, "Kallelse till Kommunstyrelsen", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("S", "", 9.5)
    for k, v in [("Tid", "Tisdagen den 26 maj 2026, kl. 08.30"),
                 ("Plats", "Kommunhuset i Mörbylånga, sammanträdesrum Ottenby"),
                 ("Förslag till justerare", "Anders Lindqvist (C)"),
                 ("Justering", "Kommunkansliet fredag 2026-05-29 kl. 10.00")]:
        pdf.set_font("SB", "", 9.5)
        pdf.cell(45, 5.5, k)
        pdf.set_font("S", "", 9.5)
        pdf.cell(0, 5.5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.multi_cell(0, 4.8, "Förhinder anmäls till kommunkansliet senast dagen före sammanträdet. Ersättare "
                   "kallas av sekreteraren. Handlingarna finns tillgängliga i Netpublicator.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.cell(85, 5, "Ulrika Pålsson (M)")
    pdf.cell(0, 5, "Sara Kvist", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("SI", "", 9)
    pdf.cell(85, 5, "Ordförande")
    pdf.cell(0, 5, "Sekreterare", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("SB", "", 11)
    pdf.cell(0, 6, "Föredragningslista", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    W = [10, 86, 34, 42]

    def thead():
        pdf.set_font("CB", "", 8.5)
        pdf.set_fill_color(225, 235, 242)
        for w, t in zip(W, ["Nr", "Ärende", "Dnr", "Föredragande"]):
            pdf.cell(w, 6, t, border=1, fill=True)
        pdf.ln(6)

    items = []

    def row(nr, title, dnr="", fored=""):
        pdf.set_font("C", "", 9)
        lines = max(len(pdf.multi_cell(W[1] - 2, 4.6, title, dry_run=True, output="LINES")),
                    len(pdf.multi_cell(W[3] - 2, 4.6, fored, dry_run=True, output="LINES")) if fored else 1)
        h = lines * 4.6 + 2
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, W[0], h); pdf.rect(x + W[0], y, W[1], h)
        pdf.rect(x + W[0] + W[1], y, W[2], h); pdf.rect(x + W[0] + W[1] + W[2], y, W[3], h)
        pdf.set_xy(x + 1, y + 1); pdf.cell(W[0] - 2, 4.6, nr)
        pdf.set_xy(x + W[0] + 1, y + 1); pdf.multi_cell(W[1] - 2, 4.6, title, align="L")
        pdf.set_xy(x + W[0] + W[1] + 1, y + 1); pdf.cell(W[2] - 2, 4.6, dnr)
        pdf.set_xy(x + W[0] + W[1] + W[2] + 1, y + 1); pdf.multi_cell(W[3] - 2, 4.6, fored, align="L")
        pdf.set_xy(x, y + h)
        if nr:
            items.append({"number": nr, "title": title, "diarienummer": [dnr] if dnr else [], "page": pdf.page_no()})

    thead()
    row("1", "Val av justerare")
    row("2", "Godkännande av föredragningslista")
    row("3", "Information från kommundirektören", "", "Kommundirektör Christer Wahlund")
    row("4", "Ekonomisk uppföljning april 2026", "KS 2026/000187", "Ekonomichef Linda Sjöstedt")
    row("5", "Motion från Erik Gustafsson (SD) om solceller på kommunens fastigheter", "KS 2025/000412")
    row("6", "Medborgarförslag från Karin Ahlqvist om utegym vid Färjestadens strandpromenad", "KS 2026/000031")
    row("7", "Detaljplan för Färjestaden 7:41 m.fl. (Stora Rörs hamnområde), beslut om samråd",
        "KS 2024/000298", "Planarkitekt Mikael Rosén")
    pdf.add_page()
    pdf.set_font("SB", "", 10)
    pdf.cell(0, 6, "Föredragningslista, forts.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    thead()
    row("8", "Revidering av taxa för allmänna vattentjänster 2027", "KS 2026/000156", "VA-chef Helena Stjärnkvist")
    row("9", "Yttrande över Region Kalmar läns förslag till regional utvecklingsstrategi 2026–2040",
        "KS 2026/000102", "Utvecklingsstrateg Oskar Lindahl")
    row("10", "Samverkansavtal med Borgholms kommun om gemensam överförmyndarnämnd", "KS 2026/000140")
    row("", "")
    row("11", "Redovisning av delegationsbeslut")
    row("12", "Meddelanden")
    row("13", "Övriga frågor")
    pdf.ln(4)
    pdf.set_font("SI", "", 8.5)
    pdf.multi_cell(0, 4.4, "Ärende 7 har tidigare återremitterats av kommunstyrelsen 2026-02-24, § 31 "
                   "(KS 2023/000512 avser det tidigare planuppdraget). Underlag till ärende 9 har tagits fram i "
                   "samverkan med Kalmar kommun och Torsås kommun.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(os.path.join(OUT, fn))

    persons = [P("Ulrika Pålsson", "M", ["ordförande", "ledamot"]), P("Sara Kvist", None, ["sekreterare", "tjänsteperson"]),
               P("Anders Lindqvist", "C", ["justerare"]),
               P("Christer Wahlund", None, ["tjänsteperson", "föredragande"], "kommundirektör"),
               P("Linda Sjöstedt", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
               P("Mikael Rosén", None, ["tjänsteperson", "föredragande"], "planarkitekt"),
               P("Helena Stjärnkvist", None, ["tjänsteperson", "föredragande"], "VA-chef"),
               P("Oskar Lindahl", None, ["tjänsteperson", "föredragande"], "utvecklingsstrateg"),
               P("Erik Gustafsson", "SD", []), P("Karin Ahlqvist", None, [])]
    actions = [A("Anders Lindqvist", "1", "justerare"), A("Christer Wahlund", "3", "presented"),
               A("Linda Sjöstedt", "4", "presented"), A("Erik Gustafsson", "5", "raised"),
               A("Karin Ahlqvist", "6", "raised"), A("Mikael Rosén", "7", "presented"),
               A("Helena Stjärnkvist", "8", "presented"), A("Oskar Lindahl", "9", "presented")]
    GOLD.append({
        "file": fn, "organization": "Mörbylånga kommun", "organ": "Kommunstyrelsen", "date": "2026-05-26",
        "doc_type": "kallelse", "pages": pdf.page_no(), "items": items, "persons": persons, "actions": actions,
        "votes": [], "diarienummer": sorted({d for it in items for d in it["diarienummer"]}),
        "kommuner": ["Mörbylånga", "Borgholm", "Kalmar", "Torsås"], "regions": ["Region Kalmar län"],
        "notes": "Netpublicator-like kallelse with a föredragningslista table (Nr | Ärende | Dnr | Föredragande); "
                 "the list continues on page 2 under 'Föredragningslista, forts.' and has one empty row between "
                 "10 and 11 (not an item). Kallelse dated 2026-05-19 in the page header; meeting date 2026-05-26 "
                 "used. 'Förslag till justerare: Anders Lindqvist (C)' -> justerare on row 1 (Val av justerare); "
                 "his role given as justerare only since the kallelse does not say whether he is ledamot. "
                 "Ulrika Pålsson (M) signs as ordförande -> ordförande + ledamot. Names in the Föredragande column "
                 "are recorded as presented on their row (planned presenters) with role föredragande. Motion "
                 "author and medborgarförslag author (private person Karin Ahlqvist) named in titles -> raised, "
                 "empty roles. Dnr in padded form 'KS 2026/000187'. KS 2023/000512 in the footnote is a reference.",
    })


# ---------------------------------------------------------------------------------------------
# 6. Högsby kommun, Kommunala pensionärsrådet, minnesanteckningar (plain Word DOCX)
# ---------------------------------------------------------------------------------------------
def hogsby():
    from docx import Document
    from docx.shared import Pt
    fn = "hogsby_kommunala-pensionarsradet_2026-03-18_minnesanteckningar.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    page = [1]
    items = []

    def h(title):
        p = doc.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        items.append({"number": str(len(items) + 1), "title": title, "diarienummer": [], "page": page[0]})

    def t(x):
        doc.add_paragraph(x)

    p = doc.add_paragraph()
    r = p.add_run("Minnesanteckningar")
    r.bold = True
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    r = p.add_run("Kommunala pensionärsrådet (KPR), Högsby kommun")
    r.font.size = Pt(13)
    t("Datum: 18 mars 2026, kl. 13.30–15.45\nPlats: Medborgarhuset, Högsby, lokal Emån")
    p = doc.add_paragraph()
    p.add_run("Närvarande").bold = True
    t("Håkan Lind (C), ordförande, kommunstyrelsen\n"
      "Monica Bäckström (S), vård- och omsorgsnämnden\n"
      "Gösta Ljung, PRO Högsby, vice ordförande\n"
      "Birgitta Almqvist, PRO Fågelfors\n"
      "Sven Rydh, SPF Seniorerna Berga\n"
      "Elsa Nyqvist, SKPF avdelning Högsby")
    p = doc.add_paragraph()
    p.add_run("Övriga").bold = True
    t("Anna Lövgren, äldreomsorgschef\nJohan Brink, fritidssamordnare\n"
      "Malin Stål, nämndsekreterare (antecknare)")
    p = doc.add_paragraph()
    p.add_run("Frånvarande: ").bold = True
    p.add_run("Roland Kjell, SPF Seniorerna Högsby")

    h("Mötets öppnande")
    t("Ordföranden hälsade alla välkomna och öppnade mötet. Dagordningen godkändes.")
    h("Föregående minnesanteckningar")
    t("Anteckningarna från mötet den 26 november 2025 gicks igenom och lades till handlingarna.")
    h("Information från äldreomsorgen")
    t("Äldreomsorgschef Anna Lövgren berättade om läget i hemtjänsten. Sjukfrånvaron har minskat och två nya "
      "nattpatruller startar i april. Samarbetet med Region Kalmar län kring mobila vårdteam fortsätter, "
      "liksom samverkan med Mönsterås kommun om utbildning av undersköterskor.")
    t("Monica Bäckström (S) informerade om att vård- och omsorgsnämnden beslutat om ny värdighetsgaranti.")
    h("Trygghetsboendet i Berga")
    t("Rådet diskuterade den planerade ombyggnaden. Frågan har behandlats av kommunstyrelsen "
      "2025-10-14, § 156 (dnr KS 2025/88). Birgitta Almqvist framförde att det är viktigt att de boende "
      "får information i god tid.")
    doc.add_page_break()
    page[0] += 1
    h("Fritidsaktiviteter och träffpunkter sommaren 2026")
    t("Fritidssamordnare Johan Brink presenterade sommarens program med bland annat boule, stavgång och "
      "utflykt till Virum. Anmälan sker via respektive förening.")
    h("Frågor från organisationerna")
    t("Gösta Ljung, PRO Högsby, ställde en fråga om varför färdtjänsten inte längre kan beställas på helger. "
      "Håkan Lind svarade att frågan ligger hos Kalmar Länstrafik och att han tar med den till nästa "
      "samrådsmöte.")
    t("Sven Rydh, SPF Seniorerna Berga, frågade om kommunen planerar fler parkbänkar längs Emån. "
      "Johan Brink svarade att det finns medel avsatta i år.")
    h("Nästa möte")
    t("Nästa möte hålls den 10 juni 2026 i Fågelfors bygdegård.")
    t("Vid anteckningarna\nMalin Stål")
    doc.save(os.path.join(OUT, fn))

    persons = [P("Håkan Lind", "C", ["ordförande", "ledamot"]), P("Monica Bäckström", "S", ["ledamot"]),
               P("Gösta Ljung", None, ["vice ordförande", "ledamot"]), P("Birgitta Almqvist", None, ["ledamot"]),
               P("Sven Rydh", None, ["ledamot"]), P("Elsa Nyqvist", None, ["ledamot"]),
               P("Anna Lövgren", None, ["tjänsteperson"], "äldreomsorgschef"),
               P("Johan Brink", None, ["tjänsteperson"], "fritidssamordnare"),
               P("Malin Stål", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    actions = [A("Anna Lövgren", "3", "presented"), A("Monica Bäckström", "3", "presented"),
               A("Johan Brink", "5", "presented"),
               A("Gösta Ljung", "6", "raised"), A("Håkan Lind", "6", "presented"),
               A("Sven Rydh", "6", "raised"), A("Johan Brink", "6", "presented")]
    GOLD.append({
        "file": fn, "organization": "Högsby kommun", "organ": "Kommunala pensionärsrådet", "date": "2026-03-18",
        "doc_type": "minnesanteckningar", "pages": page[0], "items": items, "persons": persons,
        "actions": actions, "votes": [], "diarienummer": [],
        "kommuner": ["Högsby", "Mönsterås"], "regions": ["Region Kalmar län"],
        "notes": "Plain Word minnesanteckningar without header; one manual page break (2 pages). Headings are bold "
                 "and unnumbered: items numbered by order 1–7. Organ printed as 'Kommunala pensionärsrådet (KPR)'; "
                 "written without the abbreviation. Organisation representatives (PRO, SPF, SKPF) have no party: "
                 "party null, role ledamot. Gösta Ljung is printed as vice ordförande. Malin Stål 'antecknare' / "
                 "'Vid anteckningarna' -> sekreterare. Roland Kjell is listed as frånvarande: not a person. "
                 "'informerade om' (Monica Bäckström) counted as presented; Birgitta Almqvist only 'framförde' an "
                 "opinion in item 4 (no action kind). Questions asked in item 6 -> raised; answers -> presented. "
                 "KS 2025/88 in item 4 is a reference to a KS decision, not the item's number; notes have no "
                 "diarienummer. Kalmar Länstrafik is a company, not a region.",
    })


# ---------------------------------------------------------------------------------------------
# 7. Torsås kommun, delegationslista to Miljö- och byggnadsnämnden (W3D3-like PDF list, no items)
# ---------------------------------------------------------------------------------------------
def torsas():
    fn = "torsas_miljo-och-byggnadsnamnden_2026-05-20_delegationslista.pdf"
    pdf = Pdf(orientation="L")
    pdf.set_margins(14, 30, 14)
    pdf.set_auto_page_break(True, 18)

    def hdr(p):
        p.set_font("C", "", 8)
        p.set_xy(14, 8)
        p.cell(90, 4, "Torsås kommun")
        p.cell(90, 4, "Delegationslista", align="C")
        p.cell(89, 4, f"Utskriftsdatum 2026-05-08   Sida {p.page_no()}/{{nb}}", align="R")
        p.set_xy(14, 13)
        p.set_font("CB", "", 11)
        p.cell(0, 6, "Delegationsbeslut till Miljö- och byggnadsnämnden 2026-05-20")
        p.set_xy(14, 19)
        p.set_font("C", "", 8)
        p.cell(0, 4, "Urval: Beslutsdatum 2026-04-01 – 2026-04-30, Diarium MB, Beslutstyp Delegationsbeslut")
        p.set_y(26)
        W = [32, 22, 104, 52, 59]
        p.set_font("CB", "", 8)
        for w, t in zip(W, ["Diarienr", "Beslutsdatum", "Ärendemening / Beslut", "Delegat", "Delegationspunkt"]):
            p.cell(w, 5, t, border="B")
        p.ln(6)

    pdf.hdr = hdr
    pdf.add_page()
    W = [32, 22, 104, 52, 59]
    rows = [
        ("MB 2026-000231", "2026-04-02", "Bygglov för nybyggnad av enbostadshus, Gunnabo 3:14. Beviljas.",
         "Erik Holmgren, byggnadsinspektör", "B 2.1 Bygglov, PBL 9 kap 31 §"),
        ("MB 2026-000198", "2026-04-03", "Startbesked för tillbyggnad av fritidshus, Bergkvara 5:61.",
         "Erik Holmgren, byggnadsinspektör", "B 4.2 Startbesked, PBL 10 kap 23 §"),
        ("MB 2026-000240", "2026-04-07", "Tillstånd till inrättande av enskild avloppsanordning, Söderåkra 12:3.",
         "Lisa Fransson, miljöinspektör", "M 3.4 Avlopp, FMH 13 §"),
        ("MB 2025-000877", "2026-04-09", "Föreläggande om försiktighetsmått vid hästhållning, Torsås-Kvarnholmen "
         "1:9.", "Lisa Fransson, miljöinspektör", "M 1.7 Föreläggande, MB 26 kap 9 §"),
        ("MB 2026-000255", "2026-04-14", "Rivningslov för ekonomibyggnad, Ragnabo 2:6. Beviljas.",
         "Ann-Sofie Lund, bygglovshandläggare", "B 2.5 Rivningslov"),
        ("", "", "", "", ""),
        ("MB 2026-000261", "2026-04-15", "Registrering av livsmedelsanläggning, kiosk vid Bergkvara hamn.",
         "Lisa Fransson, miljöinspektör", "L 1.1 Registrering"),
        ("MB 2026-000270", "2026-04-21", "Bygglov för skylt, Torsås 4:120 (Ica Torsås). Beviljas med villkor.",
         "Ann-Sofie Lund, bygglovshandläggare", "B 2.3 Skyltlov"),
        ("MB 2026-000203", "2026-04-22", "Avskrivning av ärende om klagomål på buller från värmepump, "
         "Gullabo 2:40. Ingen åtgärd.", "Lisa Fransson, miljöinspektör", "M 1.2 Avskrivning"),
        ("MB 2026-000274", "2026-04-24", "Slutbesked för nybyggnad av carport, Torsås 6:33.",
         "Erik Holmgren, byggnadsinspektör", "B 4.4 Slutbesked, PBL 10 kap 34 §"),
        ("MB 2026-000281", "2026-04-28", "Beslut om avgift för tillsyn enligt miljöbalken, årlig avgift 2026, "
         "Torsås Mekaniska AB.", "Bo Ekstrand, miljöchef", "M 6.1 Avgifter"),
        ("MB 2026-000283", "2026-04-29", "Anstånd med inlämnande av kontrollprogram, vindkraftpark Kvarnåsen. "
         "Samråd har skett med Emmaboda kommun.", "Bo Ekstrand, miljöchef", "M 1.9 Anstånd"),
        ("MB 2026-000290", "2026-04-30", "Bygglov för tillbyggnad av flerbostadshus, Torsås 3:88. Avslag.",
         "Ann-Sofie Lund, bygglovshandläggare", "B 2.1 Bygglov, PBL 9 kap 30 §"),
    ]
    pdf.set_font("C", "", 8.3)
    for r in rows:
        n = max(len(pdf.multi_cell(W[i] - 1, 4.2, r[i], dry_run=True, output="LINES")) for i in range(5))
        h = n * 4.2 + 2
        if pdf.get_y() + h > pdf.h - 18:
            pdf.add_page()
            pdf.set_font("C", "", 8.3)
        x, y = pdf.get_x(), pdf.get_y()
        for i in range(5):
            pdf.set_xy(x + sum(W[:i]), y)
            pdf.multi_cell(W[i] - 1, 4.2, r[i], align="L")
        pdf.set_xy(x, y + h)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(x, y + h - 0.5, x + sum(W), y + h - 0.5)
    pdf.ln(3)
    pdf.set_font("C", "", 8)
    pdf.cell(0, 4, "Antal beslut: 12", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4, "Listan redovisas för nämnden i enlighet med 6 kap. 40 § kommunallagen.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(os.path.join(OUT, fn))
    dn = [r[0] for r in rows if r[0]]
    persons = [P("Erik Holmgren", None, ["tjänsteperson"], "byggnadsinspektör"),
               P("Lisa Fransson", None, ["tjänsteperson"], "miljöinspektör"),
               P("Ann-Sofie Lund", None, ["tjänsteperson"], "bygglovshandläggare"),
               P("Bo Ekstrand", None, ["tjänsteperson"], "miljöchef")]
    GOLD.append({
        "file": fn, "organization": "Torsås kommun", "organ": "Miljö- och byggnadsnämnden", "date": "2026-05-20",
        "doc_type": "delegationslista", "pages": pdf.page_no(), "items": [], "persons": persons, "actions": [],
        "votes": [], "diarienummer": sorted(dn), "kommuner": ["Torsås", "Emmaboda"], "regions": [],
        "notes": "W3D3-like landscape diarium print of delegationsbeslut (no meeting, so no items). Date: the "
                 "nämnd meeting it is reported to (2026-05-20, printed in the title); the list was printed "
                 "2026-05-08 and covers decisions 2026-04-01–04-30. Every listed row's dnr is in the document "
                 "diarienummer. One empty table row. Delegater (officials who took the decisions) listed as "
                 "tjänsteperson with title. Bergkvara, Söderåkra, Gullabo etc. are localities in Torsås, not "
                 "kommuner; Emmaboda kommun is named in a row.",
    })


# ---------------------------------------------------------------------------------------------
# 8. Karlsborgs kommun, Socialnämnden, protokoll as a portal web page (HTML)
# ---------------------------------------------------------------------------------------------
def karlsborg():
    fn = "karlsborg_socialnamnden_2026-04-15_protokoll.html"
    html = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Protokoll Socialnämnden 2026-04-15 - Karlsborgs kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/portal.css">
</head>
<body>
<div id="cookie-banner" class="cookie">Vi använder kakor för att förbättra webbplatsen. <button>Godkänn</button> <button>Endast nödvändiga</button></div>
<header class="site-header">
  <a class="logo" href="/">Karlsborgs kommun</a>
  <nav class="main-nav"><ul>
    <li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/skola">Förskola och skola</a></li>
    <li><a href="/bo">Bygga, bo och miljö</a></li><li class="active"><a href="/politik">Kommun och politik</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="breadcrumbs">Start &gt; Kommun och politik &gt; Sammanträden och protokoll &gt; Socialnämnden &gt; 2026-04-15</nav>
<main id="content">
<article class="meeting">
<h1>Socialnämnden – protokoll 2026-04-15</h1>
<p class="meta">Publicerad 2026-04-22 · Anslaget tas ned 2026-05-14 · <a href="protokoll.pdf">Ladda ner protokollet som PDF (412 kB)</a></p>

<section class="meeting-facts">
<h2>Sammanträdesuppgifter</h2>
<dl>
  <dt>Plats och tid</dt><dd>Stadshuset, Karlsborg, sammanträdesrum Vanäs, onsdag 15 april 2026 kl. 13.00–16.10</dd>
  <dt>Beslutande</dt>
  <dd><ul>
    <li>Carina Lundh (M), ordförande</li>
    <li>Göran Fält (S), vice ordförande</li>
    <li>Hussein Omar (S)</li>
    <li>Britt Sandgren (KD)</li>
    <li>Magnus Thor (SD)</li>
    <li>Ingemar Wall (C), tjänstgörande ersättare för Sofia Kron (C)</li>
    <li>Jenny Åberg (S), tjänstgörande ersättare för Leif Holst (S)</li>
  </ul></dd>
  <dt>Ersättare (ej tjänstgörande)</dt><dd>Robert Ny&shy;man (M)</dd>
  <dt>Tjänstepersoner</dt>
  <dd>Petra Holmberg, socialchef<br>Lars Ekwall, enhetschef individ- och familjeomsorgen, §§ 30–32<br>Nina Sund, nämndsekreterare</dd>
  <dt>Justerare</dt><dd>Göran Fält (S)</dd>
  <dt>Justeringens plats och tid</dt><dd>Socialförvaltningen 2026-04-21</dd>
  <dt>Paragrafer</dt><dd>§§ 28–34</dd>
  <dt>Underskrifter</dt><dd>Sekreterare Nina Sund · Ordförande Carina Lundh · Justerare Göran Fält</dd>
</dl>
</section>

<section class="paragraphs">
<h2>Ärenden</h2>

<div class="paragraf" id="p28">
<h3><span class="nr">§ 28</span> Godkännande av dagordning</h3>
<p>Dagordningen godkänns.</p>
</div>

<div class="paragraf" id="p29">
<h3><span class="nr">§ 29</span> Information från socialchefen</h3>
<p>Socialchef Petra Holmberg informerar om arbetet med den nya organisationen för individ- och familjeomsorgen och om
samverkan med Hjo kommun och Tibro kommun om gemensam socialjour. Västra Götalandsregionen har aviserat förändringar i
närvårdssamverkan Skaraborg.</p>
<p><strong>Beslut</strong><br>Informationen läggs till handlingarna.</p>
</div>

<div class="paragraf" id="p30">
<h3><span class="nr">§ 30</span> Uppföljning av internkontrollplan 2026, första tertialet</h3>
<p class="dnr">Diarienummer: 2026.022 SN</p>
<p>Enhetschef Lars Ekwall presenterar uppföljningen. Två kontrollmoment visar avvikelser: dokumentation av
genomförandeplaner och handläggningstider för försörjnings&shy;stöd.</p>
<p><strong>Beslut</strong><br>Socialnämnden godkänner uppföljningen.</p>
<p><strong>Protokollsanteckning</strong><br>Hussein Omar (S) lämnar följande protokollsanteckning: ”Vi förutsätter att
nämnden får en åtgärdsplan för handläggningstiderna senast i juni.”</p>
</div>

<div class="paragraf" id="p31">
<h3><span class="nr">§ 31</span> Yttrande över motion från Magnus Thor (SD) om trygghetskameror i kommunens
särskilda boenden</h3>
<p class="dnr">Diarienummer: 2025.118 SN</p>
<p>Kommunstyrelsen har remitterat motionen (kommunstyrelsens dnr KS 2025/203) till socialnämnden för yttrande.
Förvaltningen bedömer att kamerabevakning i gemensamma utrymmen kräver tillstånd från Integritetsskyddsmyndigheten och
föreslår att nämnden avstyrker motionen.</p>
<p><strong>Yrkanden</strong><br>Magnus Thor (SD) yrkar att nämnden tillstyrker motionen.<br>
Carina Lundh (M) yrkar bifall till förvaltningens förslag. Britt Sandgren (KD) biträder ordförandens yrkande.</p>
<p><strong>Propositionsordning</strong><br>Ordföranden ställer förslagen mot varandra och finner att nämnden beslutar
enligt förvaltningens förslag.</p>
<p><strong>Beslut</strong><br>Socialnämnden avstyrker motionen och överlämnar förvaltningens yttrande till kommunstyrelsen.</p>
<p><strong>Reservation</strong><br>Magnus Thor (SD) reserverar sig mot beslutet.</p>
</div>

<div class="paragraf" id="p32">
<h3><span class="nr">§ 32</span> Individärenden</h3>
<p class="dnr">Diarienummer: 2026.009 SN</p>
<p>Ärendet behandlas enligt 26 kap. 1 § offentlighets- och sekretesslagen. Enhetschef Lars Ekwall föredrar ärendena.
Beslut redovisas i separat sekretessprotokoll.</p>
</div>

<div class="paragraf" id="p33">
<h3><span class="nr">§ 33</span> Redovisning av delegationsbeslut</h3>
<p>Delegationsbeslut för perioden 2026-03-01–2026-03-31 redovisas enligt lista (2026.004 SN). Beslut om
bostadsanpassningsbidrag redovisas med ärendenummer BAB 2026-017 och BAB 2026-021.</p>
<p><strong>Beslut</strong><br>Redovisningen godkänns.</p>
</div>

<div class="paragraf" id="p34">
<h3><span class="nr">§ 34</span> Övriga frågor</h3>
<p>Britt Sandgren (KD) väcker ett ärende om att förvaltningen ska utreda möjligheten att inrätta en träffpunkt för
anhöriga till personer med demenssjukdom. Ordföranden föreslår att ärendet tas upp på nämndens sammanträde i maj,
vilket nämnden bifaller.</p>
</div>
</section>
</article>
<aside class="related">
  <h2>Relaterat</h2>
  <ul><li><a href="#">Kallelse Socialnämnden 2026-04-15</a></li><li><a href="#">Protokoll Socialnämnden 2026-03-18</a></li>
  <li><a href="#">Sammanträdesdagar 2026</a></li></ul>
</aside>
</main>
<footer class="site-footer">
  <p>Karlsborgs kommun · 546 82 Karlsborg · Telefon 0505-170 00 · <a href="#">Tillgänglighetsredogörelse</a> · <a href="#">Om kakor</a></p>
</footer>
</body>
</html>
"""
    with open(os.path.join(OUT, fn), "w") as fh:
        fh.write(html)
    items = [
        {"number": "§28", "title": "Godkännande av dagordning", "diarienummer": [], "page": 1},
        {"number": "§29", "title": "Information från socialchefen", "diarienummer": [], "page": 1},
        {"number": "§30", "title": "Uppföljning av internkontrollplan 2026, första tertialet",
         "diarienummer": ["2026.022 SN"], "page": 1},
        {"number": "§31", "title": "Yttrande över motion från Magnus Thor (SD) om trygghetskameror i kommunens "
                                   "särskilda boenden", "diarienummer": ["2025.118 SN"], "page": 1},
        {"number": "§32", "title": "Individärenden", "diarienummer": ["2026.009 SN"], "page": 1},
        {"number": "§33", "title": "Redovisning av delegationsbeslut", "diarienummer": [], "page": 1},
        {"number": "§34", "title": "Övriga frågor", "diarienummer": [], "page": 1},
    ]
    persons = [P("Carina Lundh", "M", ["ordförande", "ledamot"]), P("Göran Fält", "S", ["vice ordförande", "ledamot", "justerare"]),
               P("Hussein Omar", "S", ["ledamot"]), P("Britt Sandgren", "KD", ["ledamot"]),
               P("Magnus Thor", "SD", ["ledamot"]), P("Ingemar Wall", "C", ["tjänstgörande ersättare"]),
               P("Jenny Åberg", "S", ["tjänstgörande ersättare"]), P("Robert Nyman", "M", ["ersättare"]),
               P("Petra Holmberg", None, ["tjänsteperson"], "socialchef"),
               P("Lars Ekwall", None, ["tjänsteperson", "föredragande"], "enhetschef individ- och familjeomsorgen"),
               P("Nina Sund", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    actions = [A("Göran Fält", None, "justerare"), A("Petra Holmberg", "§29", "presented"),
               A("Lars Ekwall", "§30", "presented"), A("Hussein Omar", "§30", "protocol_note"),
               A("Magnus Thor", "§31", "raised"), A("Magnus Thor", "§31", "proposed"),
               A("Carina Lundh", "§31", "proposed"), A("Britt Sandgren", "§31", "proposed"),
               A("Magnus Thor", "§31", "reserved"), A("Lars Ekwall", "§32", "presented"),
               A("Britt Sandgren", "§34", "raised")]
    GOLD.append({
        "file": fn, "organization": "Karlsborgs kommun", "organ": "Socialnämnden", "date": "2026-04-15",
        "doc_type": "protokoll", "pages": 1, "items": items, "persons": persons, "actions": actions, "votes": [],
        "diarienummer": sorted({d for it in items for d in it["diarienummer"]}),
        "kommuner": ["Karlsborg", "Hjo", "Tibro"], "regions": ["Västra Götalandsregionen"],
        "notes": "Municipal web portal page with cookie banner, navigation, breadcrumbs, related links and footer "
                 "around the protocol; HTML has no pages (page 1). Dnr shape '2026.022 SN' on a 'Diarienummer:' "
                 "line under the § heading. § 31 title wraps in the source HTML (joined with a space). Justerare "
                 "only in the facts list (no Val av justerare §): item null. Robert Nyman is printed with a soft "
                 "hyphen (Ny&shy;man). Ingemar Wall and Jenny Åberg are tjänstgörande ersättare for Sofia Kron "
                 "and Leif Holst (absent, not persons). 'biträder ordförandens yrkande' (Britt Sandgren, § 31) "
                 "counted as proposed. 'väcker ett ärende' (§ 34) -> raised; the chair's suggestion to take it up "
                 "in May is procedural, not proposed. KS 2025/203, 2026.004 SN and BAB numbers are references. "
                 "Integritetsskyddsmyndigheten is an authority.",
    })

if __name__ == "__main__":
    import sys
    todo = sys.argv[1:] or ["fagersta", "filipstad", "arjang", "vasternorrland", "morbylanga", "hogsby", "torsas", "karlsborg"]
    for f in todo:
        globals()[f]()
    if not sys.argv[1:]:
        with open(os.path.join(OUT, "gold.json"), "w") as fh:
            json.dump({"format": "arkiv-gold/1", "documents": GOLD}, fh, ensure_ascii=False, indent=1)
