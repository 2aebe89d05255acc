# build.py — generator for kommuner53 (blind forecast set). All content invented.
import json, os, subprocess, sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
GOLD = []

class P(FPDF):
    def __init__(self, hdr=None, ftr=None, **kw):
        super().__init__(format="A4", **kw)
        self.hdr, self.ftr = hdr, ftr
        for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("SI", "DejaVuSans-Oblique.ttf"),
                     ("Se", "DejaVuSerif.ttf"), ("SeB", "DejaVuSerif-Bold.ttf"), ("C", "DejaVuSansCondensed.ttf"),
                     ("CB", "DejaVuSansCondensed-Bold.ttf")]:
            self.add_font(n, "", FD + f)
        self.set_auto_page_break(False)
        self.alias_nb_pages()
    def header(self):
        if self.hdr: self.hdr(self)
    def footer(self):
        if self.ftr: self.ftr(self)
    def t(self, text, size=10, font="S", x=None, w=0, h=None, align="L"):
        self.set_font(font, size=size)
        if x is not None: self.set_x(x)
        if w == 0: w = self.w - self.r_margin - self.get_x()
        self.multi_cell(w, h or size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.get_y() > self.h - 18:
            raise SystemExit(f"overflow page {self.page}: {text[:40]}")
    def gap(self, g=3): self.ln(g)
    def cellrow(self, cols, size=9, font="S", h=5.5, border=0):
        self.set_font(font, size=size)
        for w, s in cols:
            self.cell(w, h, s, border=border)
        self.ln(h)

def add(g): GOLD.append(g)
def P_(name, party, roles, title=None):
    d = {"name": name, "party": party, "roles": roles}
    if title: d["title"] = title
    return d
def A(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party: d["party"] = party
    return d

# ------------------------------------------------------------------ 1 Ljusdal KF (Ciceron-like PDF)
def ljusdal():
    fn = "ljusdal_kommunfullmaktige_2026-03-30_protokoll.pdf"
    def hdr(p):
        p.set_font("SB", size=11); p.set_xy(15, 10); p.cell(60, 5, "LJUSDALS KOMMUN")
        p.set_font("S", size=10); p.set_xy(80, 10); p.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        p.set_xy(160, 10); p.cell(35, 5, f"Sida {p.page_no()} ({{nb}})", align="R")
        p.set_xy(80, 15); p.set_font("S", size=9); p.cell(60, 5, "Sammanträdesdatum")
        p.set_xy(80, 19.5); p.cell(60, 5, "2026-03-30")
        p.set_xy(15, 19.5); p.set_font("SB", size=10); p.cell(60, 5, "Kommunfullmäktige")
        p.line(15, 26, 195, 26); p.set_xy(15, 30)
    def ftr(p):
        p.line(15, 280, 195, 280); p.set_font("S", size=7); p.set_xy(15, 281)
        p.cell(60, 4, "Justerandes signatur"); p.cell(60, 4, ""); p.cell(60, 4, "Utdragsbestyrkande")
    p = P(hdr, ftr); p.set_margins(15, 30, 15)
    def para(num, dnr, title, forts=False):
        p.gap(2); p.set_font("SB", size=11); y = p.get_y()
        p.set_x(15); p.cell(25, 6, num + (" (forts.)" if forts else ""))
        if dnr: p.set_font("S", size=9); p.set_xy(140, y); p.cell(55, 6, dnr, align="R")
        p.set_xy(15, y + 6)
        if not forts: p.t(title, 11, "SB", x=40, h=5.5)
        p.gap(1)
    def body(s, size=10): p.t(s, size, "Se", x=40, h=4.8); p.gap(1.5)
    def head(s): p.t(s, 10, "SB", x=40, h=5)
    # p1
    p.add_page()
    p.t("Plats och tid", 9, "SB"); p.t("Folkets hus, Ljusdal, kl. 18.00–21.40 (ajournering 19.45–20.05)", 10, "Se", x=60)
    p.gap(2); p.t("Beslutande", 9, "SB"); p.t("Se närvaro- och voteringslista, sidan 2 och bilaga sidan 9", 10, "Se", x=60)
    p.gap(2); p.t("Övriga närvarande", 9, "SB")
    p.t("Anders Vikström, kommundirektör\nTherese Lindgren, kommunsekreterare\nElin Dahlgren-Ros, planarkitekt, § 33\nLennart Myhr (M), revisorernas ordförande, § 30", 10, "Se", x=60)
    p.gap(2); p.t("Utses att justera", 9, "SB"); p.t("Maj-Britt Sundqvist (C) och Olof Hedlund-Ståhl (LF)", 10, "Se", x=60)
    p.gap(2); p.t("Justeringens plats och tid", 9, "SB"); p.t("Kommunkansliet, Ljusdal, 2026-04-02 kl. 13.00", 10, "Se", x=60)
    p.gap(6)
    p.t("Underskrifter", 9, "SB")
    p.t("Sekreterare   ..............................................      Paragrafer  §§ 28–38", 10, "Se", x=40)
    p.t("                     Therese Lindgren", 9, "Se", x=40)
    p.gap(4)
    p.t("Ordförande    ..............................................", 10, "Se", x=40)
    p.t("                     Göran Berglund", 9, "Se", x=40)
    p.gap(4)
    p.t("Justerande     ..............................................        ..............................................", 10, "Se", x=40)
    p.t("                     Maj-Britt Sundqvist                                 Olof Hedlund-Ståhl", 9, "Se", x=40)
    p.gap(10); p.line(15, p.get_y(), 195, p.get_y()); p.gap(2)
    p.t("ANSLAG/BEVIS", 10, "SB")
    p.t("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", 9, "Se")
    p.t("Organ                        Kommunfullmäktige\nSammanträdesdatum    2026-03-30\nDatum för anslags uppsättande   2026-04-03      Datum för anslags nedtagande   2026-04-25\nFörvaringsplats för protokollet   Kommunkansliet, Ljusdal", 9, "Se")
    # members
    S = ["Göran Berglund", "Markus Lindahl", "Annika Fredriksson", "Lars-Erik Jonsson", "Helena Åkerlund", "Tomas Ljung",
         "Britt Olsson", "Jonas Sahlin", "Malin Eriksson-Dahl", "Rolf Hammar"]
    M = ["Per-Erik Nordin", "Cecilia Wiklander", "Johan Grip", "Ingrid Backman", "Fredrik Tall"]
    C = ["Maj-Britt Sundqvist", "Lisa Holm", "Anders Mård", "Sven Östlund"]
    SD = ["Sofia Pålsson", "Anneli Kvist", "Roger Falk", "Tommy Blom", "Kent Strand", "Monica Hed"]
    V = ["Erik Jon-Ersson", "Sara Alm"]; KD = ["Mikael Rönn"]; L = ["Karin Vallin"]; LF = ["Olof Hedlund-Ståhl", "Elsa Brink"]
    members = [(n, "S") for n in S] + [(n, "M") for n in M] + [(n, "C") for n in C] + [(n, "SD") for n in SD] + \
              [(n, "V") for n in V] + [(n, "KD") for n in KD] + [(n, "L") for n in L] + [(n, "LF") for n in LF]
    repl = {"Tomas Ljung": "Camilla Nord", "Johan Grip": "Hanna Sten", "Kent Strand": "Patrik Ekdahl"}
    nej = set(SD + LF + V + ["Lisa Holm"]); avst = {"Sven Östlund"}
    # p2 attendance
    p.add_page()
    p.t("Närvarolista", 12, "SB"); p.gap(2)
    p.cellrow([(70, "Ledamöter"), (15, "Parti"), (70, "Tjänstgörande ersättare"), (20, "Anm.")], 9, "SB", 5.5, "B")
    for n, pa in members:
        last, first = n.split(" ", 1)[1], n.split(" ", 1)[0]
        anm = "ordf." if n == "Göran Berglund" else ("1:e v ordf." if n == "Cecilia Wiklander" else "")
        if n in repl:
            p.cellrow([(70, f"{last}, {first}"), (15, pa), (70, repl[n] + " (" + pa + ")"), (20, "")], 8.5, "S", 5.2)
        else:
            p.cellrow([(70, f"{last}, {first}"), (15, pa), (70, ""), (20, anm)], 8.5, "S", 5.2)
    p.gap(3); p.t("Närvarande ej tjänstgörande ersättare", 9, "SB")
    p.t("Bo Lindqvist (S), Linnea Forsberg (C)", 9, "Se")
    p.gap(2); p.t("Partibeteckning LF = Ljusdals Framtid", 8, "SI")
    # p3
    p.add_page()
    para("§ 28", None, "Val av justerare")
    head("Beslut"); body("Kommunfullmäktige utser Maj-Britt Sundqvist (C) och Olof Hedlund-Ståhl (LF) att jämte ordföranden justera dagens protokoll. Justering sker på kommunkansliet torsdagen den 2 april 2026 kl. 13.00.")
    para("§ 29", None, "Godkännande av dagordning")
    head("Beslut"); body("Dagordningen godkänns med ändringen att ärende 9, Fråga om lokalförsörjningsplanen, behandlas sist.")
    para("§ 30", "Dnr KS 2026/15", "Information från de förtroendevalda revisorerna om granskningsplan 2026")
    head("Ärendebeskrivning"); body("Revisorernas ordförande Lennart Myhr (M) informerar om revisionens granskningsplan för 2026, med fördjupade granskningar av kommunens hantering av skolskjutsar, intern kontroll inom socialnämnden och samverkan med Hudiksvalls kommun kring räddningstjänsten.")
    head("Beslut"); body("Kommunfullmäktige tackar för informationen och lägger den till handlingarna.")
    # p4
    p.add_page()
    para("§ 31", "Dnr KS 2026/41", "Interpellation från Anneli Kvist (SD) till kommunstyrelsens ordförande om skolskjutsarna i Färila och Tallåsen – besvarande")
    head("Ärendebeskrivning"); body("Anneli Kvist (SD) har i en interpellation ställd till kommunstyrelsens ordförande Markus Lindahl (S) frågat hur kommunen säkerställer att elever i Färila och Tallåsen inte får väntetider över 45 minuter efter ändrad tidtabell. Interpellationen anmäldes i kommunfullmäktige 2026-02-23, § 14.")
    body("Markus Lindahl (S) besvarar interpellationen. I debatten deltar Anneli Kvist (SD), Markus Lindahl (S) och Roger Falk (SD).")
    head("Beslut"); body("Interpellationen är besvarad.")
    para("§ 32", "Dnr KS 2025/312", "Svar på motion om avgiftsfri simskola för alla barn i årskurs 2")
    head("Ärendebeskrivning"); body("Erik Jon-Ersson (V) föreslår i en motion att kommunen ska erbjuda avgiftsfri simskola för alla barn i årskurs 2, i samarbete med föreningslivet. Kultur- och fritidsförvaltningen bedömer att simundervisningen redan ingår i skolans kursplan i idrott och hälsa och att en utökad verksamhet skulle kosta cirka 450 000 kronor per år.")
    head("Kommunstyrelsens förslag"); body("Motionen avslås.")
    # p5
    p.add_page()
    para("§ 32", "Dnr KS 2025/312", "", forts=True)
    head("Yrkanden"); body("Erik Jon-Ersson (V) och Sara Alm (V) yrkar bifall till motionen.\nMarkus Lindahl (S) och Mikael Rönn (KD) yrkar bifall till kommunstyrelsens förslag.")
    head("Propositionsordning"); body("Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag.")
    head("Beslut"); body("Motionen avslås.")
    head("Reservation"); body("Vänsterpartiets ledamöter reserverar sig mot beslutet till förmån för eget yrkande.")
    para("§ 33", "Dnr KS 2024/219", "Detaljplan för del av Ljusdal 3:118 med flera, kvarteret Hamren och Östernäsvägen – beslut om antagande")
    head("Ärendebeskrivning"); body("Detaljplanen syftar till att möjliggöra cirka 60 nya bostäder i flerbostadshus samt en förskola med sex avdelningar. Planförslaget har varit utställt för granskning under tiden 2025-11-03 till 2025-11-24. Under granskningen inkom 14 yttranden, varav fem med erinringar från boende längs Östernäsvägen.")
    body("Planarkitekt Elin Dahlgren-Ros föredrar ärendet och redogör för de synpunkter som kommit in under granskningen.")
    head("Kommunstyrelsens förslag"); body("Kommunfullmäktige antar detaljplanen för del av Ljusdal 3:118 med flera.")
    # p6
    p.add_page()
    para("§ 33", "Dnr KS 2024/219", "", forts=True)
    head("Yrkanden"); body("Markus Lindahl (S) och Per-Erik Nordin (M) yrkar bifall till kommunstyrelsens förslag.\nSofia Pålsson (SD) yrkar avslag till kommunstyrelsens förslag.\nOlof Hedlund-Ståhl (LF) yrkar att ärendet återremitteras för att utreda trafiksäkerheten vid Östernäsvägen. Elsa Brink (LF) instämmer i återremissyrkandet.")
    head("Propositionsordning"); body("Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag.\nOrdföranden ställer därefter proposition på bifall mot avslag till kommunstyrelsens förslag och finner att kommunfullmäktige bifaller förslaget. Votering begärs.")
    head("Voteringsproposition"); body("Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill avslå förslaget röstar nej.")
    head("Omröstningsresultat"); body("Med 19 ja-röster mot 11 nej-röster, 1 ledamot avstår, beslutar kommunfullmäktige att bifalla kommunstyrelsens förslag. Hur var och en röstat framgår av voteringslistan, bilaga sidan 9.")
    head("Beslut"); body("Kommunfullmäktige antar detaljplanen för del av Ljusdal 3:118 med flera.")
    head("Reservationer"); body("Sverigedemokraternas ledamöter reserverar sig mot beslutet.\nOlof Hedlund-Ståhl (LF) och Erik Jon-Ersson (V) reserverar sig skriftligt, bilaga.")
    # p7
    p.add_page()
    para("§ 34", "Dnr KS 2026/102", "Medborgarförslag om hundrastgård i Järvsö")
    head("Ärendebeskrivning"); body("Gunilla Persson-Wik, Järvsö, föreslår i ett medborgarförslag att kommunen anlägger en inhägnad hundrastgård i anslutning till Öjeparken i Järvsö.")
    head("Beslut"); body("Medborgarförslaget överlämnas till kommunstyrelsen för beredning.")
    para("§ 35", "Dnr KS 2026/12", "Ändring i reglemente för kommunstyrelsen avseende personalutskottets uppdrag")
    head("Ärendebeskrivning"); body("Förslaget innebär att personalutskottet även ska bereda ärenden om arbetsmiljö och lönepolitik. Kommundirektör Anders Vikström redogör för förslaget.")
    head("Beslut"); body("Kommunfullmäktige antar reviderat reglemente för kommunstyrelsen att gälla från och med 2026-05-01.")
    head("Protokollsanteckning"); body("Maj-Britt Sundqvist (C) lämnar en protokollsanteckning: ”Centerpartiet anser att utskottets uppdrag bör utvärderas efter ett år.”")
    # p8
    p.add_page()
    para("§ 36", "Dnr KS 2026/95", "Fyllnadsval av ersättare i socialnämnden efter Karin Ås (KD)")
    head("Beslut"); body("Kommunfullmäktige väljer Ewa Grape (KD) till ersättare i socialnämnden för tiden till och med 2026-12-31.")
    para("§ 37", None, "Anmälan av nya motioner, interpellationer och frågor")
    head("Ärendebeskrivning"); body("Följande har inkommit och anmäls:")
    body("1. Motion från Lisa Holm (C) om solceller på kommunala fastigheter, Dnr KS 2026/118\n2. Interpellation från Sofia Pålsson (SD) till socialnämndens ordförande om hemtjänstens nyckelhantering, Dnr KS 2026/121\n3. Fråga från Olof Hedlund-Ståhl (LF) om vägbelysning längs riksväg 84, Dnr KS 2026/122")
    head("Beslut"); body("Motionen överlämnas till kommunstyrelsen för beredning. Interpellationen och frågan får ställas och besvaras vid nästa sammanträde.")
    para("§ 38", "Dnr KS 2026/99", "Fråga från Per-Erik Nordin (M) om lokalförsörjningsplanen")
    head("Ärendebeskrivning"); body("Per-Erik Nordin (M) ställer en fråga till kommunstyrelsens ordförande om när en reviderad lokalförsörjningsplan kommer att presenteras. Markus Lindahl (S) besvarar frågan och uppger att planen beräknas läggas fram i september.")
    head("Beslut"); body("Frågan är besvarad.")
    # p9 voteringslista
    p.add_page()
    p.t("Voteringslista § 33", 12, "SB"); p.t("Detaljplan för del av Ljusdal 3:118 med flera – Ja = bifall till kommunstyrelsens förslag", 9, "Se"); p.gap(2)
    p.cellrow([(55, "Ledamot"), (12, "Parti"), (50, "Tjänstgörande ersättare"), (15, "Ja"), (15, "Nej"), (15, "Avstår")], 8.5, "SB", 5, "B")
    votes = []
    for n, pa in members:
        v = n if n not in repl else repl[n]
        vote = "nej" if n in nej else ("avstår" if n in avst else "ja")
        votes.append({"item": "§33", "round": 1, "person": v, "vote": vote})
        p.cellrow([(55, n), (12, pa), (50, repl.get(n, "")), (15, "X" if vote == "ja" else ""), (15, "X" if vote == "nej" else ""), (15, "X" if vote == "avstår" else "")], 8, "S", 4.9)
    p.cellrow([(55, "Summa"), (12, ""), (50, ""), (15, "19"), (15, "11"), (15, "1")], 8.5, "SB", 5, "T")
    p.output(os.path.join(OUT, fn))
    assert sum(v["vote"] == "ja" for v in votes) == 19 and sum(v["vote"] == "nej" for v in votes) == 11
    persons = []
    for n, pa in members:
        if n in repl:
            persons.append(P_(repl[n], pa, ["tjänstgörande ersättare"]))
        elif n == "Göran Berglund": persons.append(P_(n, pa, ["ordförande", "ledamot"]))
        elif n == "Cecilia Wiklander": persons.append(P_(n, pa, ["vice ordförande", "ledamot"]))
        elif n in ("Maj-Britt Sundqvist", "Olof Hedlund-Ståhl"): persons.append(P_(n, pa, ["ledamot", "justerare"]))
        else: persons.append(P_(n, pa, ["ledamot"]))
    persons += [P_("Bo Lindqvist", "S", ["ersättare"]), P_("Linnea Forsberg", "C", ["ersättare"]),
                P_("Anders Vikström", None, ["tjänsteperson"], "kommundirektör"),
                P_("Therese Lindgren", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
                P_("Elin Dahlgren-Ros", None, ["tjänsteperson", "föredragande"], "planarkitekt"),
                P_("Lennart Myhr", "M", ["närvarande"], "revisorernas ordförande"),
                P_("Gunilla Persson-Wik", None, [])]
    items = [
        {"number": "§28", "title": "Val av justerare", "diarienummer": [], "page": 3},
        {"number": "§29", "title": "Godkännande av dagordning", "diarienummer": [], "page": 3},
        {"number": "§30", "title": "Information från de förtroendevalda revisorerna om granskningsplan 2026", "diarienummer": ["KS 2026/15"], "page": 3},
        {"number": "§31", "title": "Interpellation från Anneli Kvist (SD) till kommunstyrelsens ordförande om skolskjutsarna i Färila och Tallåsen – besvarande", "diarienummer": ["KS 2026/41"], "page": 4},
        {"number": "§32", "title": "Svar på motion om avgiftsfri simskola för alla barn i årskurs 2", "diarienummer": ["KS 2025/312"], "page": 4},
        {"number": "§33", "title": "Detaljplan för del av Ljusdal 3:118 med flera, kvarteret Hamren och Östernäsvägen – beslut om antagande", "diarienummer": ["KS 2024/219"], "page": 5, "votes_summary": "Ja 19, Nej 11, Avstår 1"},
        {"number": "§34", "title": "Medborgarförslag om hundrastgård i Järvsö", "diarienummer": ["KS 2026/102"], "page": 7},
        {"number": "§35", "title": "Ändring i reglemente för kommunstyrelsen avseende personalutskottets uppdrag", "diarienummer": ["KS 2026/12"], "page": 7},
        {"number": "§36", "title": "Fyllnadsval av ersättare i socialnämnden efter Karin Ås (KD)", "diarienummer": ["KS 2026/95"], "page": 8},
        {"number": "§37", "title": "Anmälan av nya motioner, interpellationer och frågor", "diarienummer": ["KS 2026/118", "KS 2026/121", "KS 2026/122"], "page": 8},
        {"number": "§38", "title": "Fråga från Per-Erik Nordin (M) om lokalförsörjningsplanen", "diarienummer": ["KS 2026/99"], "page": 8},
    ]
    actions = [
        A("Maj-Britt Sundqvist", "§28", "justerare"), A("Olof Hedlund-Ståhl", "§28", "justerare"),
        A("Lennart Myhr", "§30", "presented"),
        A("Anneli Kvist", "§31", "raised"), A("Markus Lindahl", "§31", "presented"),
        A("Erik Jon-Ersson", "§32", "raised"), A("Erik Jon-Ersson", "§32", "proposed"), A("Sara Alm", "§32", "proposed"),
        A("Markus Lindahl", "§32", "proposed"), A("Mikael Rönn", "§32", "proposed"), A(None, "§32", "reserved", "V"),
        A("Elin Dahlgren-Ros", "§33", "presented"),
        A("Markus Lindahl", "§33", "proposed"), A("Per-Erik Nordin", "§33", "proposed"), A("Sofia Pålsson", "§33", "proposed"),
        A("Olof Hedlund-Ståhl", "§33", "proposed"), A("Elsa Brink", "§33", "proposed"),
        A(None, "§33", "reserved", "SD"), A("Olof Hedlund-Ståhl", "§33", "reserved"), A("Erik Jon-Ersson", "§33", "reserved"),
        A("Gunilla Persson-Wik", "§34", "raised"),
        A("Anders Vikström", "§35", "presented"), A("Maj-Britt Sundqvist", "§35", "protocol_note"),
        A("Lisa Holm", "§37", "raised"), A("Sofia Pålsson", "§37", "raised"), A("Olof Hedlund-Ståhl", "§37", "raised"),
        A("Per-Erik Nordin", "§38", "raised"), A("Markus Lindahl", "§38", "presented"),
    ]
    dn = []
    for it in items:
        for d in it["diarienummer"]:
            if d not in dn: dn.append(d)
    add({"file": fn, "organization": "Ljusdals kommun", "organ": "Kommunfullmäktige", "date": "2026-03-30", "doc_type": "protokoll",
         "pages": 9, "items": items, "persons": persons, "actions": actions, "votes": votes, "diarienummer": dn,
         "kommuner": ["Ljusdal", "Hudiksvall"], "regions": [],
         "notes": "Ciceron-like layout: '§ N' left with 'Dnr ...' right on the same line, title below. §32 and §33 continue on the next page with '§ 3x (forts.)' headings; one item each. Voteringslista is on page 9 (bilaga); Tomas Ljung, Johan Grip and Kent Strand appear only as the members their tjänstgörande ersättare replace (Camilla Nord, Hanna Sten, Patrik Ekdahl), so they are not persons; votes are recorded for the ersättare. Justerare chosen in §28 (chair signs by office). §36: Karin Ås (resigning, named only in the title) and Ewa Grape (elected, does not act) are not listed as persons. Gunilla Persson-Wik is the private author of the medborgarförslag handled in §34: listed (roles empty) with 'raised'. Lennart Myhr (M) is the revisorernas ordförande, not a KF member: roles ['närvarande']. §37 lists the case numbers it gives the new motion/interpellation/fråga. §31 cites 'kommunfullmäktige 2026-02-23, § 14' as a reference only. 'Avstår' in the vote counted as vote 'avstår'. Hudiksvall is named in §30 (samverkan)."})

# ------------------------------------------------------------------ 2 Sotenäs KS (Meetings Plus-like PDF)
def sotenas():
    fn = "sotenas_kommunstyrelsen_2026-02-11_protokoll.pdf"
    def hdr(p):
        p.set_fill_color(230, 236, 242); p.rect(0, 0, 210, 22, "F")
        p.set_font("SB", size=12); p.set_xy(12, 6); p.cell(80, 5, "Sotenäs kommun")
        p.set_font("S", size=9); p.set_xy(12, 12); p.cell(80, 5, "Kommunstyrelsen")
        p.set_xy(110, 6); p.cell(50, 5, "PROTOKOLL"); p.set_xy(110, 12); p.cell(50, 5, "2026-02-11")
        p.set_xy(165, 6); p.cell(33, 5, f"{p.page_no()} av {{nb}}", align="R")
        p.set_xy(12, 30)
    def ftr(p):
        p.set_font("S", size=7); p.set_xy(12, 284)
        p.cell(100, 4, "Justerare: ______  ______"); p.cell(86, 4, "Utdragsbestyrkande: ______", align="R")
    p = P(hdr, ftr); p.set_margins(12, 30, 12)
    def para(num, title, dnr, forts=False):
        p.gap(3); y = p.get_y()
        p.set_font("SB", size=12); p.set_xy(12, y); p.cell(22, 6, num)
        p.set_xy(36, y)
        if forts:
            p.t(title + " (forts.)", 11, "SB", x=36, h=5.5)
        else:
            p.t(title, 11, "SB", x=36, h=5.5)
        if dnr: p.t("Diarienummer: " + dnr, 8, "S", x=36, h=4.5)
        p.gap(2)
    def body(s): p.t(s, 10, "S", x=36, h=4.8); p.gap(1.5)
    def head(s): p.t(s, 10, "SB", x=36, h=5)
    # p1
    p.add_page()
    p.t("Plats och tid: Kommunhuset, Kungshamn, Tumlaren, klockan 09.00–12.15", 10)
    p.gap(3); p.t("Beslutande", 10, "SB"); p.gap(1)
    att = [("Mats Abrahamsson", "M", "Ordförande"), ("Helene Sjöholm", "S", "1:e vice ordförande"), ("Roger Thorsell", "M", "Ledamot"),
           ("Jenny Krantz-Olsson", "M", "Ledamot"), ("Birgitta Rask", "SoF", "Ledamot"), ("Stig Oskarsson", "SoF", "Ledamot"),
           ("Lars Ek", "V", "Ledamot"), ("Therese Bergqvist", "S", "Ledamot"), ("Kjell Hultén", "C", "Ledamot"),
           ("Patrik Lund", "SD", "Ledamot"), ("Göran Wass", "L", "Tjänstgörande ersättare för Ann-Sofie Hög (L)")]
    p.cellrow([(70, "Namn"), (20, "Parti"), (90, "Funktion")], 9, "SB", 5.5, "B")
    for n, pa, f in att: p.cellrow([(70, n), (20, pa), (90, f)], 9, "S", 5.3)
    p.gap(3); p.t("Ersättare (ej tjänstgörande)", 10, "SB"); p.t("Monica Bäck (S)\nIngvar Kron (SD)", 9)
    p.gap(3); p.t("Övriga deltagare", 10, "SB")
    p.t("Henrik Salte, kommundirektör\nYlva Granath, ekonomichef, § 14\nNiklas Bro, mark- och exploateringsingenjör, § 15\nÅsa Lind-Ek, miljöchef, § 17\nCarina Frisk, nämndsekreterare", 9)
    p.gap(3); p.t("Justerare: Therese Bergqvist (S)", 10, "SB")
    p.t("Justeringens tid och plats: Kommunhuset, Kungshamn, 2026-02-16", 9)
    p.gap(4)
    p.t("Underskrifter", 10, "SB"); p.gap(5)
    p.t("Sekreterare ______________________     Paragrafer § 12–20\n                    Carina Frisk", 9)
    p.gap(5); p.t("Ordförande ______________________\n                    Mats Abrahamsson", 9)
    p.gap(5); p.t("Justerare   ______________________\n                    Therese Bergqvist", 9)
    p.gap(4); p.t("Partibeteckningar: SoF = Sotenäs Framtid", 7.5, "SI")
    # p2
    p.add_page()
    p.t("Innehållsförteckning", 11, "SB"); p.gap(1)
    toc = [("§ 12", "Val av justerare", "2"), ("§ 13", "Information från kommundirektören", "2"), ("§ 14", "Budgetuppföljning januari 2026", "3"),
           ("§ 15", "Försäljning av del av fastigheten Hunnebostrand 5:312", "3"), ("§ 16", "Motion om laddinfrastruktur vid kommunens hamnar", "5"),
           ("§ 17", "Revidering av taxa för tillsyn enligt miljöbalken", "6"), ("§ 18", "Remissvar – regional utvecklingsstrategi", "7"),
           ("§ 19", "Redovisning av delegationsbeslut", "8"), ("§ 20", "Meddelanden", "8")]
    for a, b, c in toc: p.cellrow([(15, a), (150, b), (15, c)], 8.5, "S", 4.6)
    para("§ 12", "Val av justerare", None)
    head("Beslut"); body("Kommunstyrelsen utser Therese Bergqvist (S) att jämte ordföranden justera protokollet.")
    para("§ 13", "Information från kommundirektören", None)
    body("Kommundirektör Henrik Salte informerar om arbetet med ny översiktsplan, rekryteringen av ny socialchef och läget i samverkan med Lysekils kommun och Tanums kommun om gemensam IT-drift.")
    head("Beslut"); body("Informationen noteras.")
    # p3
    p.add_page()
    para("§ 14", "Budgetuppföljning januari 2026", "KS/2026:18")
    body("Ekonomichef Ylva Granath redovisar budgetuppföljningen per januari 2026. Prognosen för helåret visar ett underskott om 4,2 mnkr, främst inom hemtjänst och försörjningsstöd.")
    head("Beslut"); body("Kommunstyrelsen godkänner budgetuppföljningen.")
    para("§ 15", "Försäljning av del av fastigheten Hunnebostrand 5:312, Hunnebostrands industriområde etapp 2", "KS/2026:45")
    head("Sammanfattning"); body("Ett lokalt verkstadsföretag har ansökt om att förvärva cirka 6 400 kvadratmeter av fastigheten Hunnebostrand 5:312 för att etablera en ny produktionshall. Mark- och exploateringsingenjör Niklas Bro föredrar ärendet. Köpeskillingen föreslås till 1 152 000 kronor enligt kommunens markprispolicy, beslutad av kommunfullmäktige 2024-06-13, § 71.")
    head("Förslag till beslut"); body("Kommunstyrelsen godkänner köpekontraktet och uppdrar åt kommundirektören att underteckna detsamma.")
    # p4
    p.add_page()
    para("§ 15", "Försäljning av del av fastigheten Hunnebostrand 5:312, Hunnebostrands industriområde etapp 2", "KS/2026:45", forts=True)
    head("Yrkanden"); body("Roger Thorsell (M) yrkar bifall till förslaget.\nLars Ek (V) yrkar avslag till förslaget.\nPatrik Lund (SD) yrkar bifall till förslaget med tillägget att köparen ska förbinda sig att anlägga en gång- och cykelväg längs tomtgränsen.")
    head("Propositionsordning"); body("Ordföranden ställer först proposition på bifall mot avslag och finner att kommunstyrelsen bifaller förslaget. Därefter ställer ordföranden proposition på Patrik Lunds tilläggsyrkande och finner att kommunstyrelsen avslår detta.")
    head("Beslut"); body("Kommunstyrelsen godkänner köpekontraktet och uppdrar åt kommundirektören att underteckna detsamma.")
    head("Reservation"); body("Lars Ek (V) reserverar sig mot beslutet.")
    head("Protokollsanteckning"); body("Patrik Lund (SD) lämnar följande protokollsanteckning: ”Vi ser positivt på etableringen men anser att trafiksäkerheten måste lösas innan bygglov ges.”")
    # p5
    p.add_page()
    para("§ 16", "Motion från Birgitta Rask (SoF) om laddinfrastruktur vid kommunens hamnar – besvarande", "KS/2025:214")
    head("Sammanfattning"); body("I motionen föreslås att kommunen ska installera laddstolpar för elbåtar i Kungshamns, Smögens och Bovallstrands hamnar. Hamnförvaltningen bedömer att åtgärden bör prövas inom ramen för hamnstrategin.")
    head("Yrkanden"); body("Birgitta Rask (SoF) yrkar bifall till motionen. Stig Oskarsson (SoF) instämmer.\nMats Abrahamsson (M) yrkar att motionen ska anses besvarad.")
    head("Propositionsordning"); body("Ordföranden ställer proposition på de båda yrkandena och finner att kommunstyrelsen bifaller eget yrkande. Omröstning begärs.\nOmröstning genomförs där ja-röst innebär bifall till ordförandens yrkande och nej-röst bifall till Birgitta Rasks yrkande.")
    head("Omröstningsresultat"); body("Ja 9, Nej 2. Kommunstyrelsen har således beslutat enligt ordförandens yrkande.")
    head("Beslut"); body("Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.")
    head("Reservation"); body("Sotenäs Framtids ledamöter reserverar sig mot beslutet.")
    # p6
    p.add_page()
    para("§ 17", "Revidering av taxa för tillsyn enligt miljöbalken och livsmedelslagstiftningen 2026", "KS/2025:388")
    head("Sammanfattning"); body("Miljöchef Åsa Lind-Ek föredrar förslaget till reviderad taxa. Timavgiften föreslås höjas från 1 240 kronor till 1 310 kronor. Förslaget har tagits fram tillsammans med Lysekils kommun och Munkedals kommun inom den gemensamma miljönämnden i mellersta Bohuslän.")
    body("Taxan har anpassats till Sveriges Kommuner och Regioners underlag för riskbaserad tillsyn. Nämnden för miljö och byggnation har tillstyrkt förslaget. Förändringen medför ökade intäkter om cirka 380 000 kronor per år.")
    body("Förvaltningen föreslår även att avgift för extra offentlig kontroll ska tas ut per påbörjad halvtimme.")
    # p7
    p.add_page()
    para("§ 17", "Revidering av taxa för tillsyn enligt miljöbalken och livsmedelslagstiftningen 2026", "KS/2025:388", forts=True)
    head("Beslut"); body("Kommunstyrelsen föreslår kommunfullmäktige att anta reviderad taxa att gälla från och med 2026-04-01.")
    head("Protokollsanteckning"); body("Kjell Hultén (C) antecknar till protokollet att Centerpartiet önskar en uppföljning av effekterna för små livsmedelsföretag.")
    para("§ 18", "Remissvar – Västra Götalandsregionens regionala utvecklingsstrategi 2026–2035", "KS/2026:7")
    body("Kommundirektör Henrik Salte redogör för förslaget till remissvar. Sotenäs kommun framhåller behovet av kollektivtrafik mellan Kungshamn och Uddevalla samt kustkommunernas särskilda förutsättningar.")
    head("Beslut"); body("Kommunstyrelsen antar förvaltningens förslag till remissvar och översänder det till Västra Götalandsregionen.")
    # p8
    p.add_page()
    para("§ 19", "Redovisning av delegationsbeslut", "KS/2026:3")
    body("Följande delegationsbeslut redovisas:\n– Beslut om förlängt arrende, Kungshamn 4:1, KS/2025:301\n– Beslut om tillfällig lokalupplåtelse, Smögen 1:208, KS/2026:12\n– Anställningsbeslut enligt delegationsordning, februari 2026")
    head("Beslut"); body("Redovisningen läggs till handlingarna.")
    para("§ 20", "Meddelanden", None)
    body("– Protokoll från Fyrbodals kommunalförbund 2026-01-22\n– Skrivelse från Länsstyrelsen i Västra Götalands län om krisberedskap")
    head("Beslut"); body("Meddelandena läggs till handlingarna.")
    p.output(os.path.join(OUT, fn))
    persons = [P_("Mats Abrahamsson", "M", ["ordförande", "ledamot"]), P_("Helene Sjöholm", "S", ["vice ordförande", "ledamot"]),
               P_("Roger Thorsell", "M", ["ledamot"]), P_("Jenny Krantz-Olsson", "M", ["ledamot"]), P_("Birgitta Rask", "SoF", ["ledamot"]),
               P_("Stig Oskarsson", "SoF", ["ledamot"]), P_("Lars Ek", "V", ["ledamot"]), P_("Therese Bergqvist", "S", ["ledamot", "justerare"]),
               P_("Kjell Hultén", "C", ["ledamot"]), P_("Patrik Lund", "SD", ["ledamot"]), P_("Göran Wass", "L", ["tjänstgörande ersättare"]),
               P_("Monica Bäck", "S", ["ersättare"]), P_("Ingvar Kron", "SD", ["ersättare"]),
               P_("Henrik Salte", None, ["tjänsteperson"], "kommundirektör"), P_("Ylva Granath", None, ["tjänsteperson"], "ekonomichef"),
               P_("Niklas Bro", None, ["tjänsteperson", "föredragande"], "mark- och exploateringsingenjör"),
               P_("Åsa Lind-Ek", None, ["tjänsteperson", "föredragande"], "miljöchef"),
               P_("Carina Frisk", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    items = [{"number": "§12", "title": "Val av justerare", "diarienummer": [], "page": 2},
             {"number": "§13", "title": "Information från kommundirektören", "diarienummer": [], "page": 2},
             {"number": "§14", "title": "Budgetuppföljning januari 2026", "diarienummer": ["KS/2026:18"], "page": 3},
             {"number": "§15", "title": "Försäljning av del av fastigheten Hunnebostrand 5:312, Hunnebostrands industriområde etapp 2", "diarienummer": ["KS/2026:45"], "page": 3},
             {"number": "§16", "title": "Motion från Birgitta Rask (SoF) om laddinfrastruktur vid kommunens hamnar – besvarande", "diarienummer": ["KS/2025:214"], "page": 5, "votes_summary": "Ja 9, Nej 2"},
             {"number": "§17", "title": "Revidering av taxa för tillsyn enligt miljöbalken och livsmedelslagstiftningen 2026", "diarienummer": ["KS/2025:388"], "page": 6},
             {"number": "§18", "title": "Remissvar – Västra Götalandsregionens regionala utvecklingsstrategi 2026–2035", "diarienummer": ["KS/2026:7"], "page": 7},
             {"number": "§19", "title": "Redovisning av delegationsbeslut", "diarienummer": ["KS/2026:3"], "page": 8},
             {"number": "§20", "title": "Meddelanden", "diarienummer": [], "page": 8}]
    actions = [A("Therese Bergqvist", "§12", "justerare"), A("Henrik Salte", "§13", "presented"), A("Ylva Granath", "§14", "presented"),
               A("Niklas Bro", "§15", "presented"), A("Roger Thorsell", "§15", "proposed"), A("Lars Ek", "§15", "proposed"),
               A("Patrik Lund", "§15", "proposed"), A("Lars Ek", "§15", "reserved"), A("Patrik Lund", "§15", "protocol_note"),
               A("Birgitta Rask", "§16", "raised"), A("Birgitta Rask", "§16", "proposed"), A("Stig Oskarsson", "§16", "proposed"),
               A("Mats Abrahamsson", "§16", "proposed"), A(None, "§16", "reserved", "SoF"),
               A("Åsa Lind-Ek", "§17", "presented"), A("Kjell Hultén", "§17", "protocol_note"), A("Henrik Salte", "§18", "presented")]
    dn = ["KS/2026:18", "KS/2026:45", "KS/2025:214", "KS/2025:388", "KS/2026:7", "KS/2026:3"]
    add({"file": fn, "organization": "Sotenäs kommun", "organ": "Kommunstyrelsen", "date": "2026-02-11", "doc_type": "protokoll",
         "pages": 8, "items": items, "persons": persons, "actions": actions, "votes": [], "diarienummer": dn,
         "kommuner": ["Sotenäs", "Lysekil", "Tanum", "Munkedal", "Uddevalla"], "regions": ["Västra Götalandsregionen"],
         "notes": "Meetings Plus-like: § number in a left column, bold title to its right, 'Diarienummer: KS/2026:NN' under the title. Page 2 has an innehållsförteckning before §12 (§12 and §13 themselves also start on page 2). §15 and §17 continue on the next page with '(forts.)'. §16 has only a counted vote (Ja 9, Nej 2): votes_summary, no per-person votes; 'Sotenäs Framtids ledamöter reserverar sig' = party SoF reserved. The chair Mats Abrahamsson's substantive yrkande in §16 is counted as proposed. Ann-Sofie Hög is named only as replaced by Göran Wass: not a person. §19 lists delegation decisions' case numbers (KS/2025:301, KS/2026:12) as references, not the item's; §15 cites KF 2024-06-13 § 71 as a reference. Uddevalla is named only as a destination town in §18 but it is a kommun name; listed. Länsstyrelsen i Västra Götalands län is an authority, not a region body."})

# ------------------------------------------------------------------ 3 Vindeln BUN (plain Word template DOCX)
def _pagefield(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = par.add_run()
    for typ, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if typ:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), typ); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)

def vindeln():
    fn = "vindeln_barn-och-utbildningsnamnden_2026-04-22_protokoll.docx"
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = "VINDELNS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida "; _pagefield(hp)
    hp2 = sec.header.add_paragraph("Barn- och utbildningsnämnden\t\t2026-04-22")
    fp = sec.footer.paragraphs[0]; fp.text = "Justerandes signatur ............     ............\t\tUtdragsbestyrkande ............"
    def br(): d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    def bold(s, size=11):
        pp = d.add_paragraph(); r = pp.add_run(s); r.bold = True; r.font.size = Pt(size); return pp
    def txt(s): return d.add_paragraph(s)
    def para(num, title, dnr):
        t = d.add_table(rows=1, cols=2); t.autofit = False
        c0, c1 = t.rows[0].cells; c0.width = Cm(2.5); c1.width = Cm(13)
        r = c0.paragraphs[0].add_run(num); r.bold = True; r.font.size = Pt(13)
        r = c1.paragraphs[0].add_run(title); r.bold = True; r.font.size = Pt(12)
        if dnr: c1.add_paragraph(dnr)
        d.add_paragraph()
    # p1
    bold("Barn- och utbildningsnämnden", 16)
    txt("Plats och tid\tKommunhuset, sammanträdesrum Älvdalen, kl. 13.15–16.30")
    bold("Beslutande")
    tb = d.add_table(rows=1, cols=3); tb.style = "Table Grid"
    for i, h in enumerate(["Ledamot", "Parti", "Anmärkning"]): tb.rows[0].cells[i].text = h
    for row in [("Karin Lundmark", "C", "ordförande"), ("Jonas Ek-Holmgren", "S", "vice ordförande"), ("Lena Öberg", "C", ""),
                ("Nils Wiklund", "VBP", ""), ("Åsa Rehn", "S", ""), ("Bertil Holm", "M", ""),
                ("Maria Vesterlund", "SD", "tjänstgörande ersättare för Tore Lidén (SD)"), ("", "", "")]:
        cs = tb.add_row().cells
        for i, v in enumerate(row): cs[i].text = v
    d.add_paragraph()
    txt("Övriga närvarande\tPia Stenlund (S), ersättare\n\tAnna Granberg, förvaltningschef\n\tMattias Sjödin, rektor, § 24\n\tSanna Olofsson, controller, § 25\n\tJessica Burman, nämndsekreterare")
    txt("Utses att justera\tNils Wiklund (VBP)")
    txt("Justeringens plats och tid\tKommunhuset 2026-04-27")
    txt("Paragrafer\t§§ 22–30")
    p_ = txt("VBP = Vindelbygdens parti"); p_.runs[0].italic = True
    br()
    # p2
    para("§ 22", "Val av justerare", None)
    txt("Barn- och utbildningsnämndens beslut"); txt("Nils Wiklund (VBP) utses att jämte ordföranden justera protokollet.")
    para("§ 23", "Godkännande av dagordning", None)
    txt("Barn- och utbildningsnämndens beslut"); txt("Dagordningen godkänns.")
    para("§ 24", "Information om elevhälsoarbetet på Hällnässkolan", "Dnr 2026/20")
    txt("Rektor Mattias Sjödin informerar om elevhälsoteamets arbete med närvarofrämjande insatser och om samarbetet med Region Västerbotten kring skolsköterskornas fortbildning.")
    txt("Barn- och utbildningsnämndens beslut"); txt("Informationen läggs till handlingarna.")
    para("§ 25", "Ekonomisk uppföljning mars 2026", "Dnr 2026/12")
    txt("Controller Sanna Olofsson redovisar den ekonomiska uppföljningen. Nämnden prognostiserar ett underskott om 1,1 miljoner kronor, främst inom skolskjuts och tilläggsbelopp.")
    txt("Barn- och utbildningsnämndens beslut"); txt("Uppföljningen godkänns.")
    br()
    # p3
    para("§ 26", "Medborgarförslag om utökad skolskjuts för elever i Tvärålund och Åmsele", "Dnr 2026/9")
    txt("Ärendebeskrivning")
    txt("Hugo Lindfors har lämnat ett medborgarförslag om att skolskjutsen ska gå även vid eftermiddagsaktiviteter för elever boende i Tvärålund och Åmsele. Förvaltningschef Anna Granberg föredrar förvaltningens yttrande.")
    txt("Förvaltningens förslag till beslut"); txt("Medborgarförslaget avslås.")
    txt("Yrkanden"); txt("Åsa Rehn (S) yrkar bifall till förvaltningens förslag.\nNils Wiklund (VBP) yrkar bifall till medborgarförslaget.")
    txt("Propositionsordning")
    txt("Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag. Omröstning begärs. Ja-röst för förvaltningens förslag, nej-röst för Nils Wiklunds yrkande.")
    txt("Omröstningsresultat")
    vt = d.add_table(rows=1, cols=5); vt.style = "Table Grid"
    for i, h in enumerate(["Ledamot", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"]): vt.rows[0].cells[i].text = h
    vrows = [("Karin Lundmark (C)", "", "X", "", ""), ("Jonas Ek-Holmgren (S)", "", "X", "", ""), ("Lena Öberg (C)", "", "X", "", ""),
             ("Nils Wiklund (VBP)", "", "", "X", ""), ("Åsa Rehn (S)", "", "X", "", ""), ("Bertil Holm (M)", "", "X", "", ""),
             ("Tore Lidén (SD)", "Maria Vesterlund (SD)", "", "X", ""), ("Summa", "", "5", "2", "0")]
    for row in vrows:
        cs = vt.add_row().cells
        for i, v in enumerate(row): cs[i].text = v
    txt("Nämnden har med 5 ja-röster mot 2 nej-röster beslutat enligt förvaltningens förslag.")
    txt("Barn- och utbildningsnämndens beslut"); txt("Medborgarförslaget avslås.")
    txt("Reservation"); txt("Nils Wiklund (VBP) reserverar sig mot beslutet.")
    br()
    # p4
    para("§ 27", "Revidering av delegations\u00adordning för barn- och utbildnings\u00adnämnden avseende beslut enligt skollagen", "Dnr 2026/31")
    txt("Förvaltningschef Anna Granberg redogör för förslaget. Ändringarna avser främst beslut om mottagande i grundsärskola och beslut om skolskjuts vid växelvis boende.")
    txt("Barn- och utbildningsnämndens beslut"); txt("Nämnden antar reviderad delegationsordning att gälla från och med 2026-05-01.")
    txt("Protokollsanteckning"); txt("Bertil Holm (M) får till protokollet anteckna att delegationen om skolskjuts bör följas upp efter ett läsår.")
    para("§ 28", "Fråga från Lena Öberg (C) om rutiner vid frånvaroanmälan", None)
    txt("Lena Öberg (C) ställer en fråga om hur vårdnadshavare informeras vid ogiltig frånvaro. Ordföranden Karin Lundmark (C) besvarar frågan och uppdrar åt förvaltningen att återkomma med en skriftlig redovisning.")
    txt("Barn- och utbildningsnämndens beslut"); txt("Frågan är besvarad.")
    br()
    # p5
    para("§ 29", "Redovisning av delegationsbeslut", "Dnr 2026/3")
    txt("Delegationsbeslut för perioden 2026-03-01 – 2026-03-31 redovisas, bland annat beslut om skolskjuts (Dnr 2026/15) och beslut om tilläggsbelopp (Dnr 2026/17).")
    txt("Barn- och utbildningsnämndens beslut"); txt("Redovisningen läggs till handlingarna.")
    para("§ 30", "Meddelanden", None)
    txt("– Skolinspektionens beslut efter tillsyn av Vindelns skola, 2026-03-18\n– Protokoll från samverkansgruppen 2026-04-08")
    txt("Barn- och utbildningsnämndens beslut"); txt("Meddelandena läggs till handlingarna.")
    d.add_paragraph(); txt("Justerandes underskrifter")
    txt("..................................\t..................................\nKarin Lundmark, ordförande\tNils Wiklund, justerare")
    txt("..................................\nJessica Burman, sekreterare")
    d.save(os.path.join(OUT, fn))
    persons = [P_("Karin Lundmark", "C", ["ordförande", "ledamot"]), P_("Jonas Ek-Holmgren", "S", ["vice ordförande", "ledamot"]),
               P_("Lena Öberg", "C", ["ledamot"]), P_("Nils Wiklund", "VBP", ["ledamot", "justerare"]), P_("Åsa Rehn", "S", ["ledamot"]),
               P_("Bertil Holm", "M", ["ledamot"]), P_("Maria Vesterlund", "SD", ["tjänstgörande ersättare"]),
               P_("Pia Stenlund", "S", ["ersättare"]), P_("Anna Granberg", None, ["tjänsteperson", "föredragande"], "förvaltningschef"),
               P_("Mattias Sjödin", None, ["tjänsteperson"], "rektor"), P_("Sanna Olofsson", None, ["tjänsteperson"], "controller"),
               P_("Jessica Burman", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"), P_("Hugo Lindfors", None, [])]
    items = [{"number": "§22", "title": "Val av justerare", "diarienummer": [], "page": 2},
             {"number": "§23", "title": "Godkännande av dagordning", "diarienummer": [], "page": 2},
             {"number": "§24", "title": "Information om elevhälsoarbetet på Hällnässkolan", "diarienummer": ["Dnr 2026/20"], "page": 2},
             {"number": "§25", "title": "Ekonomisk uppföljning mars 2026", "diarienummer": ["Dnr 2026/12"], "page": 2},
             {"number": "§26", "title": "Medborgarförslag om utökad skolskjuts för elever i Tvärålund och Åmsele", "diarienummer": ["Dnr 2026/9"], "page": 3, "votes_summary": "Ja 5, Nej 2, Avstår 0"},
             {"number": "§27", "title": "Revidering av delegationsordning för barn- och utbildningsnämnden avseende beslut enligt skollagen", "diarienummer": ["Dnr 2026/31"], "page": 4},
             {"number": "§28", "title": "Fråga från Lena Öberg (C) om rutiner vid frånvaroanmälan", "diarienummer": [], "page": 4},
             {"number": "§29", "title": "Redovisning av delegationsbeslut", "diarienummer": ["Dnr 2026/3"], "page": 5},
             {"number": "§30", "title": "Meddelanden", "diarienummer": [], "page": 5}]
    actions = [A("Nils Wiklund", "§22", "justerare"), A("Mattias Sjödin", "§24", "presented"), A("Sanna Olofsson", "§25", "presented"),
               A("Hugo Lindfors", "§26", "raised"), A("Anna Granberg", "§26", "presented"), A("Åsa Rehn", "§26", "proposed"),
               A("Nils Wiklund", "§26", "proposed"), A("Nils Wiklund", "§26", "reserved"),
               A("Anna Granberg", "§27", "presented"), A("Bertil Holm", "§27", "protocol_note"),
               A("Lena Öberg", "§28", "raised"), A("Karin Lundmark", "§28", "presented")]
    votes = [{"item": "§26", "round": 1, "person": n, "vote": v} for n, v in
             [("Karin Lundmark", "ja"), ("Jonas Ek-Holmgren", "ja"), ("Lena Öberg", "ja"), ("Nils Wiklund", "nej"),
              ("Åsa Rehn", "ja"), ("Bertil Holm", "ja"), ("Maria Vesterlund", "nej")]]
    add({"file": fn, "organization": "Vindelns kommun", "organ": "Barn- och utbildningsnämnden", "date": "2026-04-22", "doc_type": "protokoll",
         "pages": 5, "items": items, "persons": persons, "actions": actions, "votes": votes,
         "diarienummer": ["Dnr 2026/20", "Dnr 2026/12", "Dnr 2026/9", "Dnr 2026/31", "Dnr 2026/3"],
         "kommuner": ["Vindeln"], "regions": ["Region Västerbotten"],
         "notes": "Plain Word template; 4 manual page breaks = 5 pages. Each § is a borderless 2-column table (number | title with 'Dnr 2026/NN' below). The case numbers are printed bare ('Dnr 2026/20', no series prefix), so gold keeps 'Dnr ' as in GOLD_FORMAT's 'Dnr 2024/1' example. §27 title contains soft hyphens (U+00AD) in 'delegations\u00adordning' and 'utbildnings\u00adnämnden'; gold title is written without them. VBP = Vindelbygdens parti (local). Tore Lidén appears only as the member Maria Vesterlund replaces (attendance and voteringslista 'Ledamot' column): not a person. Hugo Lindfors authors the medborgarförslag in §26 (private person, roles empty, raised). §28: Karin Lundmark answering the question = presented. §29 cites Dnr 2026/15 and 2026/17 as delegation-decision references: not the item's numbers. votes_summary taken from the Summa row (5/2/0) plus text '5 ja-röster mot 2 nej-röster'. The empty last attendance row is intentional. The attendance list's 'Övriga närvarande' mixes an ersättare (Pia Stenlund (S)) with officials."})

# ------------------------------------------------------------------ 4 Östhammar BMN (Lex-like PDF, delivered as pdftotext -layout TXT)
def osthammar():
    fn = "osthammar_bygg-och-miljonamnden_2026-05-14_protokoll.txt"
    def hdr(p):
        p.set_font("S", size=9); p.set_xy(20, 10); p.cell(60, 4, "Östhammars kommun")
        p.set_xy(90, 10); p.cell(60, 4, "Sammanträdesprotokoll"); p.set_xy(160, 10); p.cell(30, 4, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_xy(90, 14); p.cell(60, 4, "Bygg- och miljönämnden"); p.set_xy(160, 14); p.cell(30, 4, "2026-05-14", align="R")
        p.set_xy(20, 28)
    def ftr(p):
        p.set_font("S", size=7); p.set_xy(20, 285); p.cell(80, 4, "Ordförandes sign.       Justerares sign.")
        p.cell(90, 4, "Utdragsbestyrkande", align="R")
    p = P(hdr, ftr); p.set_margins(20, 28, 20)
    def para(num, dnr, title, forts=False):
        p.gap(3); y = p.get_y(); p.set_font("SeB", size=11); p.set_xy(20, y)
        p.cell(20, 6, num); p.set_font("Se", size=10); p.cell(70, 6, dnr or "")
        p.set_xy(20, y + 6)
        p.t(title + (", forts." if forts else ""), 11, "SeB", h=5.5); p.gap(1)
    def body(s): p.t(s, 10, "Se", h=4.8); p.gap(1.5)
    def head(s): p.t(s, 10, "SB", h=5)
    p.add_page()
    p.t("Bygg- och miljönämnden", 14, "SeB"); p.gap(3)
    p.t("Plats och tid        Kommunhuset i Östhammar, Gräsörummet, 2026-05-14 kl. 09.00–11.50", 10, "Se")
    p.gap(2); p.t("Beslutande", 10, "SB")
    for a, b in [("Jan-Olof Sandberg (C), ordförande", ""), ("Ann-Charlotte Westerholm (KD), vice ordförande", ""),
                 ("Peter Lindh (S)", ""), ("Mona Hägg (S)", ""), ("Kenneth Åhl (SD)", ""), ("Gun Fält (M)", ""),
                 ("Berit Sjöö (KR)", ""), ("Robin Ström (S), tjänstgörande ersättare för Per Holm (S)", "")]:
        p.t(a, 10, "Se", x=30, h=4.8)
    p.gap(2); p.t("Ersättare", 10, "SB"); p.t("Lars Gräv (M)\nKristina Öhman (KR)", 10, "Se", x=30, h=4.8)
    p.gap(2); p.t("Tjänstepersoner", 10, "SB")
    p.t("Lina Strömgren, bygglovschef\nOskar Fahlén, bygglovshandläggare, § 63\nPetra Norberg-Ahl, miljöinspektör, §§ 64–65\nEmma Kjellin, nämndsekreterare", 10, "Se", x=30, h=4.8)
    p.gap(2); p.t("Utses att justera   Kenneth Åhl (SD)", 10, "Se")
    p.t("Justeringens plats och tid   Kommunhuset, 2026-05-19", 10, "Se")
    p.t("Justerade paragrafer   §§ 61–68", 10, "Se")
    p.gap(4); p.t("Sekreterare     .................................\n                        Emma Kjellin\n\nOrdförande      .................................\n                        Jan-Olof Sandberg\n\nJusterare         .................................\n                        Kenneth Åhl", 10, "Se")
    p.gap(3); p.t("KR = Kustbygdens Röst", 8, "SI")
    # p2
    p.add_page()
    para("§ 61", None, "Godkännande av föredragningslistan")
    head("Beslut"); body("Föredragningslistan godkänns.")
    para("§ 62", "BMN-2026-000021", "Information från förvaltningen")
    body("Bygglovschef Lina Strömgren informerar om handläggningstider under första kvartalet, om det nya e-tjänstflödet för bygglov och om rekryteringen av två miljöinspektörer.")
    head("Beslut"); body("Informationen noteras.")
    para("§ 63", "BMN-2026-000412", "Bygglov för nybyggnad av fritidshus och gäststuga på fastigheten Öregrund 3:45")
    head("Föredragande"); body("Oskar Fahlén, bygglovshandläggare")
    head("Ärendet"); body("Ansökan avser ett fritidshus om 118 kvadratmeter byggnadsarea samt en gäststuga om 24 kvadratmeter inom område som omfattas av detaljplan för Öregrunds södra delar. Åtgärden avviker från planens bestämmelse om högsta nockhöjd med 0,4 meter.")
    head("Yrkanden"); body("Peter Lindh (S) yrkar bifall till förvaltningens förslag.\nBerit Sjöö (KR) yrkar avslag med motiveringen att avvikelsen inte är liten.")
    head("Propositionsordning"); body("Ordföranden ställer förvaltningens förslag mot avslag och finner att nämnden beslutar enligt förvaltningens förslag.")
    head("Beslut"); body("Bygg- och miljönämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen.")
    head("Reservation"); body("Berit Sjöö (KR) reserverar sig mot beslutet.")
    # p3
    p.add_page()
    para("§ 64", "BMN-2026-000233, BMN-2026-000234", "Strandskyddsdispens för brygga och båthus på fastigheten Gräsö 1:87")
    head("Föredragande"); body("Petra Norberg-Ahl, miljöinspektör")
    head("Ärendet"); body("Sökanden ansöker om dispens från strandskyddet för en flytbrygga om 30\nkvadratmeter och ett båthus om 16 kvadratmeter. Området ingår i ett riksintresse\nför friluftslivet och det finns en befintlig samfälld brygga cirka 200 meter norr\nom platsen.")
    head("Yrkanden"); body("Kenneth Åhl (SD) yrkar avslag till förvaltningens förslag om avslag och att\ndispens ska medges för bryggan. Ledamoten Ann-Charlotte Wester-\nholm (KD) yrkar bifall till förvaltningens förslag.")
    head("Propositionsordning"); body("Ordföranden ställer proposition på de båda yrkandena och finner att nämnden bifaller förvaltningens förslag.")
    head("Beslut"); body("Ansökan om strandskyddsdispens avslås.")
    head("Reservation"); body("Sverigedemokraterna reserverar sig mot beslutet.")
    # p4
    p.add_page()
    para("§ 65", "BMN-2025-001871", "Föreläggande om åtgärder avseende enskild avloppsanläggning på fastigheten Alunda 12:4")
    head("Föredragande"); body("Petra Norberg-Ahl, miljöinspektör")
    head("Ärendet"); body("Vid inspektion 2025-09-16 konstaterades att avloppsanläggningen saknar fungerande efterföljande rening. Fastighetsägaren har inte inkommit med åtgärdsplan trots påminnelse.")
    head("Beslut"); body("Nämnden förelägger fastighetsägaren att senast 2026-10-31 ha åtgärdat avloppsanläggningen. Föreläggandet förenas med ett vite om 40 000 kronor.")
    head("Protokollsanteckning"); body("Gun Fält (M) lämnar en protokollsanteckning om att vitesbeloppet bör ses över generellt.")
    para("§ 66", "BMN-2026-000098", "Byggsanktionsavgift för påbörjad byggnation utan startbesked på fastigheten Östhammar Sund 2:19")
    head("Ärendet"); body("Förvaltningen har vid platsbesök 2026-02-04 konstaterat att en tillbyggnad om 35 kvadratmeter har påbörjats utan startbesked. Sanktionsavgiften beräknas enligt 9 kap. plan- och byggförordningen.")
    body("Fastighetsägaren har beretts tillfälle att yttra sig och har anfört att arbetet påbörjades av misstag av en anlitad entreprenör.")
    # p5
    p.add_page()
    para("§ 66", "BMN-2026-000098", "Byggsanktionsavgift för påbörjad byggnation utan startbesked på fastigheten Östhammar Sund 2:19", forts=True)
    head("Överväganden"); body("Förvaltningen bedömer att det inte finns skäl att sätta ned avgiften. Bygglovschef Lina Strömgren redogör för tidigare praxis i nämnden.")
    head("Beslut"); body("Bygg- och miljönämnden tar ut en byggsanktionsavgift om 21 616 kronor.")
    para("§ 67", "BMN-2026-000501", "Yttrande över samråd om detaljplan för Hargshamn 4:1, hamnverksamhet")
    body("Nämnden har fått tillfälle att yttra sig över samrådsförslaget. Planområdet gränsar till Tierps kommun via farleden, och Region Uppsala har lämnat synpunkter på kollektivtrafikförsörjningen.")
    head("Beslut"); body("Nämnden lämnar yttrande enligt förvaltningens förslag.")
    # p6
    p.add_page()
    para("§ 68", None, "Anmälan av delegationsbeslut")
    body("Delegationsbeslut fattade under perioden 2026-04-01 – 2026-04-30 anmäls enligt bilagd lista, bland annat BMN-2026-000311 (startbesked) och BMN-2026-000322 (slutbesked).")
    head("Beslut"); body("Anmälan noteras.")
    tmp = "/tmp/kommuner53_osthammar.pdf"; p.output(tmp)
    subprocess.run(["pdftotext", "-layout", tmp, os.path.join(OUT, fn)], check=True)
    persons = [P_("Jan-Olof Sandberg", "C", ["ordförande", "ledamot"]), P_("Ann-Charlotte Westerholm", "KD", ["vice ordförande", "ledamot"]),
               P_("Peter Lindh", "S", ["ledamot"]), P_("Mona Hägg", "S", ["ledamot"]), P_("Kenneth Åhl", "SD", ["ledamot", "justerare"]),
               P_("Gun Fält", "M", ["ledamot"]), P_("Berit Sjöö", "KR", ["ledamot"]), P_("Robin Ström", "S", ["tjänstgörande ersättare"]),
               P_("Lars Gräv", "M", ["ersättare"]), P_("Kristina Öhman", "KR", ["ersättare"]),
               P_("Lina Strömgren", None, ["tjänsteperson"], "bygglovschef"),
               P_("Oskar Fahlén", None, ["tjänsteperson", "föredragande"], "bygglovshandläggare"),
               P_("Petra Norberg-Ahl", None, ["tjänsteperson", "föredragande"], "miljöinspektör"),
               P_("Emma Kjellin", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    items = [{"number": "§61", "title": "Godkännande av föredragningslistan", "diarienummer": [], "page": 2},
             {"number": "§62", "title": "Information från förvaltningen", "diarienummer": ["BMN-2026-000021"], "page": 2},
             {"number": "§63", "title": "Bygglov för nybyggnad av fritidshus och gäststuga på fastigheten Öregrund 3:45", "diarienummer": ["BMN-2026-000412"], "page": 2},
             {"number": "§64", "title": "Strandskyddsdispens för brygga och båthus på fastigheten Gräsö 1:87", "diarienummer": ["BMN-2026-000233", "BMN-2026-000234"], "page": 3},
             {"number": "§65", "title": "Föreläggande om åtgärder avseende enskild avloppsanläggning på fastigheten Alunda 12:4", "diarienummer": ["BMN-2025-001871"], "page": 4},
             {"number": "§66", "title": "Byggsanktionsavgift för påbörjad byggnation utan startbesked på fastigheten Östhammar Sund 2:19", "diarienummer": ["BMN-2026-000098"], "page": 4},
             {"number": "§67", "title": "Yttrande över samråd om detaljplan för Hargshamn 4:1, hamnverksamhet", "diarienummer": ["BMN-2026-000501"], "page": 5},
             {"number": "§68", "title": "Anmälan av delegationsbeslut", "diarienummer": [], "page": 6}]
    actions = [A("Kenneth Åhl", None, "justerare"), A("Lina Strömgren", "§62", "presented"),
               A("Oskar Fahlén", "§63", "presented"), A("Peter Lindh", "§63", "proposed"), A("Berit Sjöö", "§63", "proposed"), A("Berit Sjöö", "§63", "reserved"),
               A("Petra Norberg-Ahl", "§64", "presented"), A("Kenneth Åhl", "§64", "proposed"), A("Ann-Charlotte Westerholm", "§64", "proposed"),
               A(None, "§64", "reserved", "SD"),
               A("Petra Norberg-Ahl", "§65", "presented"), A("Gun Fält", "§65", "protocol_note"), A("Lina Strömgren", "§66", "presented")]
    add({"file": fn, "organization": "Östhammars kommun", "organ": "Bygg- och miljönämnden", "date": "2026-05-14", "doc_type": "protokoll",
         "pages": 6, "items": items, "persons": persons, "actions": actions, "votes": [],
         "diarienummer": ["BMN-2026-000021", "BMN-2026-000412", "BMN-2026-000233", "BMN-2026-000234", "BMN-2025-001871", "BMN-2026-000098", "BMN-2026-000501"],
         "kommuner": ["Östhammar", "Tierp"], "regions": ["Region Uppsala"],
         "notes": "pdftotext -layout export (Lex-like source): 6 pages separated by form feeds. '§ NN' and the ärendenummer on one line, title below. No 'Val av justerare' §; head block 'Utses att justera Kenneth Åhl (SD)' so justerare has item null; the chair signs by office. §64 has two case numbers on the § line; the name 'Ann-Charlotte Westerholm' is hyphen-broken over a line ('Wester-' / 'holm') in the yrkande text (and printed whole in the attendance list). §64 'Sverigedemokraterna reserverar sig' = party SD reserved. §66 continues on page 5 ('..., forts.'). Per Holm is named only as replaced by Robin Ström: not a person. 'Föredragande' headings make Oskar Fahlén and Petra Norberg-Ahl presenters; Lina Strömgren 'redogör' in §66 counted as presented. §68 cites delegation-decision numbers BMN-2026-000311 and -000322 as references only. 'Östhammar Sund 2:19' and 'Alunda', 'Öregrund', 'Gräsö' are places within Östhammar; Tierp named in §67. KR = Kustbygdens Röst (local party)."})

# ------------------------------------------------------------------ 5 Boxholm KS kallelse (Netpublicator-like portal page, HTML)
def boxholm():
    fn = "boxholm_kommunstyrelsen_2026-05-05_kallelse.html"
    rows = [("1", "Val av justerare", "", ""),
            ("2", "Godkännande av dagordning", "", ""),
            ("3", "Information från kommundirektören", "", "Föredragande: kommundirektör Per Hedin"),
            ("4", "Ekonomisk uppföljning april 2026", "KS26/015", "Föredragande: ekonomichef Linn Adolfsson"),
            ("5", "Investeringsbudget 2027–2029 med plan för 2030", "KS26/144", "Föredragande: ekonomichef Linn Adolfsson"),
            ("6", "Motion från Jan Sjö (SD) om kameraövervakning vid resecentrum i Boxholm – besvarande", "KS25/301", ""),
            ("7", "Medborgarförslag om utegym vid Blåklinten", "KS26/088", "Förslagsställare: Maria Lund-Ek"),
            ("8", "Detaljplan för del av Boxholm 2:1, Strålsjö&shy;vägen – beslut om samråd", "KS26/198", "Föredragande: planarkitekt Johan Ahlm"),
            ("9", "Yttrande över Region Östergötlands trafikförsörjnings&shy;program 2027–2030", "KS26/176", ""),
            ("10", "Samverkansavtal om gemensam överförmyndarverksamhet med Mjölby och Ödeshögs kommuner", "KS26/160", ""),
            ("11", "Redovisning av delegationsbeslut", "", ""),
            ("12", "Anmälningsärenden", "", ""),
            ("13", "Övriga frågor", "", "")]
    tr = []
    for n, t, dn, extra in rows:
        ex = f'<div class="agenda-sub">{extra}</div>' if extra else ""
        docs = f'<a href="#" class="doc">Tjänsteskrivelse {dn}.pdf</a>' if dn else '<span class="nodoc">&nbsp;</span>'
        tr.append(f'''      <tr class="agenda-row">
        <td class="agenda-no">{n}</td>
        <td class="agenda-title"><span class="title">{t}</span>{ex}</td>
        <td class="agenda-dnr">{dn}</td>
        <td class="agenda-docs">{docs}</td>
      </tr>''')
    html = f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kommunstyrelsen 2026-05-05 – Kallelse – Boxholms kommun</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .top{{background:#1b4f72;color:#fff;padding:10px 24px}} .crumb{{font-size:12px;padding:6px 24px;color:#555}}
table{{border-collapse:collapse;width:100%}} td,th{{border-bottom:1px solid #ddd;padding:6px;vertical-align:top}} .agenda-sub{{font-size:12px;color:#555}}</style>
</head>
<body>
<div class="top"><span class="logo">Boxholms kommun</span> · <span>Politik och möten</span></div>
<nav class="crumb"><a href="#">Start</a> › <a href="#">Möten</a> › <a href="#">Kommunstyrelsen</a> › 2026-05-05</nav>
<main>
  <h1>Kommunstyrelsen</h1>
  <h2>Kallelse/föredragningslista</h2>
  <dl class="meeting-meta">
    <dt>Datum</dt><dd>2026-05-05</dd>
    <dt>Tid</dt><dd>08.30</dd>
    <dt>Plats</dt><dd>Kommunhuset, sammanträdesrum Malexander</dd>
    <dt>Förslag till justerare</dt><dd>Ulla-Karin Ek (M)</dd>
    <dt>Justering</dt><dd>Kommunkansliet 2026-05-08 kl. 10.00</dd>
  </dl>
  <p>Ledamöter som har förhinder kallar själva in sin ersättare via kommunkansliet.</p>
  <table class="agenda">
    <thead><tr><th>Nr</th><th>Ärende</th><th>Diarienr</th><th>Handlingar</th></tr></thead>
    <tbody>
{chr(10).join(tr)}
    </tbody>
  </table>
  <p class="sign">Malin Strand (S)<br>Ordförande</p>
  <p class="sign">Ida Brodd<br>Kommunsekreterare</p>
  <p class="published">Publicerad 2026-04-28 · <a href="#">Ladda ner hela kallelsen (PDF)</a></p>
</main>
<footer>Boxholms kommun · 142 80 Boxholm · Växel 0142-xxx xx</footer>
</body>
</html>
'''
    open(os.path.join(OUT, fn), "w").write(html)
    items = []
    dns = []
    for n, t, dn, extra in rows:
        items.append({"number": n, "title": t.replace("&shy;", ""), "diarienummer": [dn] if dn else [], "page": 1})
        if dn: dns.append(dn)
    persons = [P_("Malin Strand", "S", ["ordförande"]), P_("Ida Brodd", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
               P_("Ulla-Karin Ek", "M", ["justerare"]),
               P_("Per Hedin", None, ["tjänsteperson", "föredragande"], "kommundirektör"),
               P_("Linn Adolfsson", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
               P_("Johan Ahlm", None, ["tjänsteperson", "föredragande"], "planarkitekt"),
               P_("Jan Sjö", "SD", []), P_("Maria Lund-Ek", None, [])]
    actions = [A("Ulla-Karin Ek", "1", "justerare"), A("Per Hedin", "3", "presented"), A("Linn Adolfsson", "4", "presented"),
               A("Linn Adolfsson", "5", "presented"), A("Jan Sjö", "6", "raised"), A("Maria Lund-Ek", "7", "raised"),
               A("Johan Ahlm", "8", "presented")]
    add({"file": fn, "organization": "Boxholms kommun", "organ": "Kommunstyrelsen", "date": "2026-05-05", "doc_type": "kallelse",
         "pages": 1, "items": items, "persons": persons, "actions": actions, "votes": [], "diarienummer": dns,
         "kommuner": ["Boxholm", "Mjölby", "Ödeshög"], "regions": ["Region Östergötland"],
         "notes": "Netpublicator-like portal page (HTML, page 1 for all items). Kallelse rows numbered 1–13; case numbers in their own 'Diarienr' column in the KS26/NNN shape. Titles 8 and 9 contain &shy; soft hyphens; gold titles written without them. Justerare = 'Förslag till justerare: Ulla-Karin Ek (M)' in the head block, placed on row 1 'Val av justerare' per GOLD_FORMAT. Malin Strand signs the kallelse as ordförande: roles ['ordförande'] only (no attendance list says whether she is ledamot). 'Föredragande: …' lines under rows 3, 4, 5, 8 = presented (planned). Jan Sjö (SD) authors the motion in row 6 (named in the title) and Maria Lund-Ek the medborgarförslag in row 7: raised, roles empty. The links 'Tjänsteskrivelse KSnn/nnn.pdf' repeat the row's case number."})

# ------------------------------------------------------------------ 6 Mönsterås KPR minnesanteckningar (W3D3-like PDF, unnumbered headings)
def monsteras():
    fn = "monsteras_kommunala-pensionarsradet_2026-03-18_minnesanteckningar.pdf"
    def hdr(p):
        p.set_font("SB", size=10); p.set_xy(20, 12); p.cell(80, 5, "Mönsterås kommun")
        p.set_font("S", size=9); p.set_xy(120, 12); p.cell(70, 5, "MINNESANTECKNINGAR", align="R")
        p.set_xy(120, 17); p.cell(70, 5, "2026-03-18", align="R"); p.set_xy(20, 17); p.cell(80, 5, "Kommunala pensionärsrådet")
        p.set_xy(20, 30)
    def ftr(p):
        p.set_font("S", size=8); p.set_xy(20, 285); p.cell(170, 4, f"{p.page_no()}/{{nb}}", align="C")
    p = P(hdr, ftr); p.set_margins(20, 30, 20)
    def h(s): p.gap(3); p.t(s, 11, "SB", h=5.5); p.gap(0.5)
    def b(s): p.t(s, 10, "S", h=4.8); p.gap(1)
    p.add_page()
    p.t("Minnesanteckningar från Kommunala pensionärsrådet", 14, "SB"); p.gap(2)
    p.t("Tid: Onsdagen den 18 mars 2026, kl. 13.30–15.45\nPlats: Kommunhuset, sammanträdesrum Kronan", 10)
    p.gap(2); p.t("Närvarande ledamöter", 10, "SB")
    p.t("Anna-Lena Fors (S), ordförande\nGösta Ljung, SPF Seniorerna Mönsterås, vice ordförande\nTord Persson (M)\nSture Bengtsson, PRO Mönsterås\nIngegerd Svahn, PRO Timmernabben\nBirgit Hammar, SPF Seniorerna Mönsterås\nLennart Blom, SKPF avdelning 12", 10, x=30)
    p.gap(2); p.t("Övriga närvarande", 10, "SB")
    p.t("Mikael Ståhl (C), Region Kalmar län, punkten om vårdcentralerna\nRebecka Holmér, enhetschef hemtjänst\nKjell-Åke Roos, fastighetschef\nElin Sandqvist, nämndsekreterare, antecknare", 10, x=30)
    h("Mötets öppnande")
    b("Ordföranden hälsade välkommen och öppnade mötet. Dagordningen godkändes.")
    h("Föregående minnesanteckningar")
    b("Minnesanteckningarna från 2025-12-03 gicks igenom och lades till handlingarna.")
    h("Information om hemtjänstens nya planeringssystem och\nde digitala nycklarna")
    b("Rebecka Holmér berättade om införandet av det nya planeringssystemet i hemtjänsten, som tas i drift i hela kommunen under maj. Digitala nycklar ersätter successivt de fysiska nycklarna. Rådet framförde att information till brukare måste ges både muntligt och skriftligt.")
    h("Ombyggnaden av särskilda boendet Solgården – lägesrapport")
    b("Kjell-Åke Roos informerade om att ombyggnaden av Solgården ligger i fas. Inflyttning i de 24 nya lägenheterna beräknas till november 2026.")
    p.add_page()
    h("Region Kalmar läns information om vårdcentralernas öppettider")
    b("Mikael Ståhl (C) redogjorde för regionens beslut om ändrade öppettider vid vårdcentralerna i Mönsterås och Timmernabben. Kvällsmottagningen samordnas med Oskarshamn. Ingegerd Svahn framförde oro för längre resvägar för äldre utan bil.")
    h("Frågor från pensionärsorganisationerna")
    b("Sture Bengtsson ställde en fråga om varför färdtjänstresor till Kalmar numera kräver bokning två dagar i förväg. Ordföranden svarade att frågan handläggs av Kalmar länstrafik och lovade att ta upp den med regionen.")
    h("Övriga frågor")
    b("Birgit Hammar väckte frågan om fler parkbänkar längs strandpromenaden i Mönsterås. Frågan förs vidare till tekniska förvaltningen.")
    h("Nästa möte")
    b("Nästa möte hålls den 3 juni 2026 kl. 13.30.")
    p.gap(6); p.t("Vid anteckningarna", 10, "SB"); p.t("Elin Sandqvist", 10)
    p.gap(6); p.t("Justeras", 10, "SB"); p.gap(6)
    p.t(".................................................          .................................................", 10)
    p.t("Anna-Lena Fors, ordförande                              Gösta Ljung, vice ordförande", 10)
    p.output(os.path.join(OUT, fn))
    titles = ["Mötets öppnande", "Föregående minnesanteckningar", "Information om hemtjänstens nya planeringssystem och de digitala nycklarna",
              "Ombyggnaden av särskilda boendet Solgården – lägesrapport", "Region Kalmar läns information om vårdcentralernas öppettider",
              "Frågor från pensionärsorganisationerna", "Övriga frågor", "Nästa möte"]
    pages = [1, 1, 1, 1, 2, 2, 2, 2]
    items = [{"number": str(i + 1), "title": t, "diarienummer": [], "page": pg} for i, (t, pg) in enumerate(zip(titles, pages))]
    persons = [P_("Anna-Lena Fors", "S", ["ordförande", "ledamot", "justerare"]),
               P_("Gösta Ljung", None, ["vice ordförande", "ledamot", "justerare"]),
               P_("Tord Persson", "M", ["ledamot"]), P_("Sture Bengtsson", None, ["ledamot"]), P_("Ingegerd Svahn", None, ["ledamot"]),
               P_("Birgit Hammar", None, ["ledamot"]), P_("Lennart Blom", None, ["ledamot"]),
               P_("Mikael Ståhl", "C", ["närvarande"]), P_("Rebecka Holmér", None, ["tjänsteperson"], "enhetschef hemtjänst"),
               P_("Kjell-Åke Roos", None, ["tjänsteperson"], "fastighetschef"),
               P_("Elin Sandqvist", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    actions = [A("Anna-Lena Fors", None, "justerare"), A("Gösta Ljung", None, "justerare"),
               A("Rebecka Holmér", "3", "presented"), A("Kjell-Åke Roos", "4", "presented"), A("Mikael Ståhl", "5", "presented"),
               A("Sture Bengtsson", "6", "raised"), A("Anna-Lena Fors", "6", "presented"), A("Birgit Hammar", "7", "raised")]
    add({"file": fn, "organization": "Mönsterås kommun", "organ": "Kommunala pensionärsrådet", "date": "2026-03-18", "doc_type": "minnesanteckningar",
         "pages": 2, "items": items, "persons": persons, "actions": actions, "votes": [], "diarienummer": [],
         "kommuner": ["Mönsterås", "Oskarshamn", "Kalmar"], "regions": ["Region Kalmar län"],
         "notes": "Minnesanteckningar with unnumbered bold headings: items numbered by order 1–8. Heading 3 is printed over two lines (joined with a space). No justerare is chosen; Anna-Lena Fors (chair) and Gösta Ljung sign under 'Justeras', so both are justerare (item null). Pensioner-organisation representatives are listed with their organisation, no party: party null (they are not '-' politicians). Mikael Ståhl (C) attends for Region Kalmar län under 'Övriga närvarande': roles ['närvarande']. Item 6: Sture Bengtsson 'ställde en fråga' = raised; the chair 'svarade' = presented (answering a question). Item 7: Birgit Hammar 'väckte frågan' = raised. Ingegerd Svahn only comments in item 5 (no action kind). 'Kalmar länstrafik' is a body; Kalmar is named as a destination in item 6 and counted as a kommun name. Elin Sandqvist is the antecknare: sekreterare role."})

# ------------------------------------------------------------------ 7 Region Jämtland Härjedalen tjänsteskrivelse (Platina-like PDF)
def rjh():
    fn = "region-jamtland-harjedalen_regionstyrelsen_2026-04-08_tjansteskrivelse.pdf"
    def hdr(p):
        p.set_font("SB", size=11); p.set_xy(20, 12); p.cell(90, 5, "Region Jämtland Härjedalen")
        p.set_font("S", size=8); p.set_xy(130, 10); p.cell(60, 4, "TJÄNSTESKRIVELSE", align="R")
        p.set_xy(130, 14); p.cell(60, 4, "Datum: 2026-04-08", align="R")
        p.set_xy(130, 18); p.cell(60, 4, "Diarienummer: RS/412/2026", align="R")
        p.set_xy(130, 22); p.cell(60, 4, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_xy(20, 34)
    def ftr(p):
        p.set_font("S", size=7); p.set_xy(20, 284)
        p.cell(170, 4, "Region Jämtland Härjedalen · Box 654 · 831 27 Östersund · www.regionjh.se", align="C")
    p = P(hdr, ftr); p.set_margins(20, 34, 20)
    def h(s): p.gap(3); p.t(s, 11, "SB", h=5.5)
    def b(s): p.t(s, 10, "Se", h=4.9); p.gap(1)
    p.add_page()
    p.t("Regional utveckling\nAvdelningen för infrastruktur och kommunikationer\nMaja Fjällström", 9, "S", h=4.5)
    p.gap(3); p.t("Regionstyrelsen", 11, "SB")
    p.gap(4); p.t("Regional plan för laddinfrastruktur för tunga fordon\n2026–2030", 15, "SB", h=7)
    h("Förslag till beslut"); b("Regionstyrelsen föreslår regionfullmäktige besluta\n1. att anta Regional plan för laddinfrastruktur för tunga fordon 2026–2030,\n2. att uppdra åt regiondirektören att årligen följa upp planen.")
    h("Sammanfattning")
    b("Regionen har i uppdrag att samordna planeringen av laddinfrastruktur för tunga transporter längs E14, E45 och riksväg 84. Planen har tagits fram i dialog med samtliga åtta kommuner i länet: Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, Åre och Östersund.")
    b("Planen pekar ut tolv prioriterade laddnoder, varav fyra i Östersunds kommun. Arbetet bygger på regionfullmäktiges beslut 2024-06-12, § 87 (dnr RS/1150/2023), om en regional transportstrategi.")
    h("Bakgrund")
    b("Andelen eldrivna tunga fordon väntas öka kraftigt till 2030. Trafikverket och Energimyndigheten har pekat ut E14 som ett nationellt prioriterat stråk. Samverkan sker även med Region Västernorrland om stråket längs E14 mot Sundsvall.")
    p.add_page()
    h("Ekonomiska konsekvenser")
    b("Planen medför inga direkta kostnader för regionen. Medfinansiering av enskilda laddnoder prövas i särskild ordning inom ramen för länsplanen för regional transportinfrastruktur.")
    h("Konsekvensanalyser")
    b("Planen bedöms bidra till minskade utsläpp från transportsektorn och stärkt konkurrenskraft för länets näringsliv. Ingen särskild barnkonsekvensanalys har bedömts nödvändig.")
    h("Beslutsunderlag")
    b("Tjänsteskrivelse 2026-04-08\nRegional plan för laddinfrastruktur för tunga fordon 2026–2030, remissversion 2026-03-20\nSammanställning av kommunernas yttranden")
    p.gap(8)
    p.t("Ola Brandt                                                   Karolina Sund-Ek\nRegiondirektör                                              Avdelningschef regional utveckling", 10, "Se")
    p.gap(6); p.t("Handläggare: Maja Fjällström, utvecklingsstrateg, maja.fjallstrom@regionjh.se", 9, "S")
    p.gap(4); p.t("Beslutet skickas till\nSamtliga kommuner i Jämtlands län\nTrafikverket Region Mitt", 9, "S")
    p.output(os.path.join(OUT, fn))
    persons = [P_("Maja Fjällström", None, ["tjänsteperson"], "utvecklingsstrateg"),
               P_("Ola Brandt", None, ["tjänsteperson"], "regiondirektör"),
               P_("Karolina Sund-Ek", None, ["tjänsteperson"], "avdelningschef regional utveckling")]
    add({"file": fn, "organization": "Region Jämtland Härjedalen", "organ": "Regionstyrelsen", "date": "2026-04-08", "doc_type": "tjänsteskrivelse",
         "pages": 2, "items": [], "persons": persons, "actions": [], "votes": [], "diarienummer": ["RS/412/2026"],
         "kommuner": ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund", "Sundsvall"],
         "regions": ["Region Jämtland Härjedalen", "Region Västernorrland"],
         "notes": "Tjänsteskrivelse (no meeting, no items). Addressed to Regionstyrelsen (also the body in 'Förslag till beslut'), so organ = Regionstyrelsen; date = the document's Datum 2026-04-08 since there is no meeting. Document case number RS/412/2026 in the running header on both pages; 'dnr RS/1150/2023' in the Sammanfattning is a reference to an earlier decision and is not listed. Persons: the handläggare and the two signing officials. Sundsvall is named as the destination of the E14 stråk (a kommun name, listed). 'Trafikverket Region Mitt' is an authority's district, not a region; not listed. Region Jämtland Härjedalen listed in regions as it is named in the text (it is also the organization)."})

# ------------------------------------------------------------------ 8 Nordanstig delegationslista (Lex-like PDF table)
def nordanstig():
    fn = "nordanstig_miljo-och-byggnamnden_2026-06-17_delegationslista.pdf"
    def hdr(p):
        p.set_font("SB", size=10); p.set_xy(12, 8); p.cell(80, 5, "Nordanstigs kommun")
        p.set_font("S", size=8); p.set_xy(200, 8); p.cell(85, 5, f"Utskriftsdatum 2026-06-03   Sida {p.page_no()}/{{nb}}", align="R")
        p.set_xy(12, 13); p.cell(150, 5, "Delegationslista – Miljö- och byggnämnden")
        p.set_xy(12, 22)
        p.set_font("CB", size=8)
        for w, s in [(32, "Diarienummer"), (24, "Beslutsdatum"), (118, "Ärendemening / beslut"), (30, "Beslutstyp"), (25, "Lagrum"), (56, "Delegat")]:
            p.cell(w, 6, s, border="B")
        p.ln(6)
    p = P(hdr, None, orientation="L"); p.set_margins(12, 28, 12)
    rows = [("MBN 2026/145", "2026-05-04", "Bygglov för tillbyggnad av enbostadshus, Gnarp 4:12", "Bygglov beviljas", "PBL 9:30", "Sara Nyhus, bygglovshandläggare"),
            ("MBN 2026/145", "2026-05-04", "Startbesked för tillbyggnad av enbostadshus, Gnarp 4:12", "Startbesked", "PBL 10:23", "Sara Nyhus, bygglovshandläggare"),
            ("MBN 2026/151", "2026-05-06", "Anmälan om installation av eldstad och rökkanal, Bergsjö 8:31", "Startbesked", "PBL 10:23", "Hanna Öhrn, bygglovsarkitekt"),
            ("MBN 2026/098", "2026-05-07", "Slutbesked för nybyggnad av garage, Harmånger 2:77", "Slutbesked", "PBL 10:34", "Hanna Öhrn, bygglovsarkitekt"),
            ("MBN 2026/160", "2026-05-08", "Registrering av livsmedelsanläggning, café vid Mellanfjärden", "Registrering", "LF 2006:813", "Tobias Grelsson, miljöinspektör"),
            ("", "2026-05-11", "Avskrivning av anmälan om värmepumpsanläggning, ej diariefört (återkallad)", "Avskrivning", "", "Tobias Grelsson, miljöinspektör"),
            ("MBN 2026/122", "2026-05-12", "Föreläggande om försiktighetsmått vid hantering av gödsel, Jättendal 5:9", "Föreläggande", "MB 26:9", "Tobias Grelsson, miljöinspektör"),
            ("MBN 2026/163", "2026-05-13", "Tillstånd för inrättande av enskild avloppsanordning med WC, Ilsbo 11:4", "Tillstånd", "FMH 13 §", "Tobias Grelsson, miljöinspektör"),
            ("MBN 2026/167", "2026-05-15", "Bygglov för nybyggnad av fritidshus, Gnarpsbaden 1:112 – avvisning av ofullständig ansökan", "Avvisning", "PBL 9:22", "Sara Nyhus, bygglovshandläggare"),
            ("MBN 2025/411", "2026-05-18", "Beslut om avgift för tillsyn enligt miljöbalken 2026, fast årlig avgift, Bergsjö verkstäder", "Avgiftsbeslut", "Taxa", "Leif Sjödin, miljö- och byggchef"),
            ("MBN 2026/171", "2026-05-20", "Strandskyddsdispens för komplementbyggnad, Hårte 3:18", "Dispens", "MB 7:18 b", "Leif Sjödin, miljö- och byggchef"),
            ("MBN 2026/172", "2026-05-21", "Rivningslov för ekonomibyggnad, Stocka 1:54", "Rivningslov", "PBL 9:34", "Sara Nyhus, bygglovshandläggare"),
            ("MBN 2026/151", "2026-05-25", "Slutbesked för installation av eldstad, Bergsjö 8:31", "Slutbesked", "PBL 10:34", "Hanna Öhrn, bygglovsarkitekt"),
            ("MBN 2026/178", "2026-05-27", "Yttrande till Länsstyrelsen Gävleborg över anmälan om vattenverksamhet, Gnarpsån", "Yttrande", "", "Leif Sjödin, miljö- och byggchef"),
            ("MBN 2026/180", "2026-05-28", "Förbud vid vite mot fortsatt användning av avloppsanläggning, Bergsjö 14:2", "Förbud", "MB 26:9", "Tobias Grelsson, miljöinspektör"),
            ("MBN 2026/183", "2026-05-29", "Bygglov för ändrad användning från kontor till bostad, Harmånger 9:1", "Bygglov beviljas", "PBL 9:30", "Hanna Öhrn, bygglovsarkitekt"),
            ("MBN 2026/185", "2026-05-29", "Tidsbegränsat bygglov för byggbodar, Gnarp 4:40", "Bygglov beviljas", "PBL 9:33", "Sara Nyhus, bygglovshandläggare")]
    p.add_page()
    p.set_font("S", size=8.5); p.set_xy(12, 20)
    p.set_y(30)
    first = True
    for i, r in enumerate(rows):
        if i == 11:
            p.add_page(); p.set_y(30)
        y = p.get_y(); p.set_font("S", size=8.5)
        p.set_xy(12, y); p.cell(32, 5, r[0]); p.cell(24, 5, r[1])
        x = p.get_x(); p.multi_cell(118, 4.5, r[2], align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        y2 = max(p.get_y(), y + 9)
        p.set_xy(x + 118, y); p.cell(30, 5, r[3]); p.cell(25, 5, r[4]); p.cell(56, 5, r[5])
        p.set_y(y + 10)
    p.gap(4); p.set_font("S", size=8.5)
    p.cell(0, 5, "Antal beslut: 17. Listan redovisas för Miljö- och byggnämnden vid sammanträdet 2026-06-17. Period: 2026-05-01 – 2026-05-31.")
    p.output(os.path.join(OUT, fn))
    dn = []
    for r in rows:
        if r[0] and r[0] not in dn: dn.append(r[0])
    persons = [P_("Sara Nyhus", None, ["tjänsteperson"], "bygglovshandläggare"), P_("Hanna Öhrn", None, ["tjänsteperson"], "bygglovsarkitekt"),
               P_("Tobias Grelsson", None, ["tjänsteperson"], "miljöinspektör"), P_("Leif Sjödin", None, ["tjänsteperson"], "miljö- och byggchef")]
    add({"file": fn, "organization": "Nordanstigs kommun", "organ": "Miljö- och byggnämnden", "date": "2026-06-17", "doc_type": "delegationslista",
         "pages": 2, "items": [], "persons": persons, "actions": [], "votes": [], "diarienummer": dn,
         "kommuner": ["Nordanstig"], "regions": [],
         "notes": "Delegationslista (Lex-like landscape table, column header repeated on page 2): no items. Every listed decision's case number is in the document-level diarienummer, once each (MBN 2026/145 and MBN 2026/151 appear on two rows). One row has an empty Diarienummer cell ('ej diariefört'). Date: the list says it is reported to the nämnd at its meeting 2026-06-17 (utskriftsdatum 2026-06-03, period May 2026); gold uses 2026-06-17, the meeting it is written for. Delegates (officials who took the decisions) are listed as persons with their titles; they act by deciding. Länsstyrelsen Gävleborg is an authority, no region listed. Place names (Gnarp, Bergsjö, Harmånger, Jättendal, Ilsbo, Hårte, Stocka) are localities within Nordanstig."})

if __name__ == "__main__":
    ljusdal(); sotenas(); vindeln(); osthammar(); boxholm(); monsteras(); rjh(); nordanstig()
    json.dump({"format": "arkiv-gold/1", "documents": GOLD}, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    print("ok", len(GOLD))
