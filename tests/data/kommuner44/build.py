# Generator for the kommuner44 blind gold set. All people, matters and numbers invented.
import json, os
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
GOLD = []


def P(name, party=None, roles=None, title=None):
    d = {"name": name, "party": party, "roles": roles or []}
    if title:
        d["title"] = title
    return d


def A(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party:
        d["party"] = party
    return d


class Pdf(FPDF):
    def __init__(self, head=None, foot=None):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            self.add_font("S", st, FD + f)
        self.add_font("Serif", "", FD + "DejaVuSerif.ttf")
        self.set_auto_page_break(True, 25)
        self.set_margins(20, 20, 20)

    def multi_cell(self, *a, **k):
        k.setdefault("align", "L")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.head:
            self.head(self)

    def footer(self):
        if self.foot:
            self.foot(self)

    def ln_text(self, txt, size=10, style="", h=5, x=None, w=0, font="S"):
        self.set_font(font, style, size)
        if x is not None:
            self.set_x(x)
        self.multi_cell(w, h, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# ---------------------------------------------------------------- 1 Stenungsund KF protokoll (PDF, columns)
def stenungsund():
    fn = "stenungsund_kommunfullmaktige_2026-02-19_protokoll.pdf"

    def head(p):
        if p.page_no() == 1:
            return
        p.set_font("S", "B", 9)
        p.set_xy(20, 10)
        p.cell(70, 4, "STENUNGSUNDS KOMMUN")
        p.cell(60, 4, "SAMMANTRÄDESPROTOKOLL")
        p.cell(40, 4, f"{p.page_no()} ({{nb}})", align="R")
        p.set_font("S", "", 9)
        p.set_xy(20, 14)
        p.cell(70, 4, "Kommunfullmäktige")
        p.cell(60, 4, "Sammanträdesdatum 2026-02-19")
        p.line(20, 19, 190, 19)
        p.set_y(24)

    def foot(p):
        p.set_y(-20)
        p.set_font("S", "", 7)
        p.line(20, p.get_y(), 190, p.get_y())
        p.cell(60, 5, "Justerandes sign")
        p.cell(60, 5, "")
        p.cell(50, 5, "Utdragsbestyrkande", align="R")

    pdf = Pdf(head, foot)
    pdf.alias_nb_pages()
    pages = {}
    pdf.add_page()
    pdf.set_font("S", "B", 16)
    pdf.cell(100, 8, "STENUNGSUNDS KOMMUN")
    pdf.set_font("S", "", 11)
    pdf.cell(70, 8, "PROTOKOLL  1 ({nb})", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "B", 13)
    pdf.cell(0, 8, "Kommunfullmäktige", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "", 10)
    pdf.cell(0, 6, "Sammanträdesdatum 2026-02-19", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    rows = [
        ("Plats och tid", "Fullmäktigesalen, Kommunhuset Stenungsund, torsdag 19 februari 2026 kl. 18.00–21.35"),
        ("Beslutande", "Se närvaro- och tjänstgöringslista, sida 2"),
        ("Övriga deltagande", "Karin Strömdahl, kommunsekreterare\nPer-Ola Wikander, kommundirektör\n"
                              "Therese Holm, miljö- och hälsoskyddschef, § 4"),
        ("Utses att justera", "Lena Brandt (S) och Jonas Eklöf (M)"),
        ("Justeringens plats och tid", "Kommunhuset, tisdag 24 februari 2026 kl. 15.00"),
        ("Justerade paragrafer", "§§ 1–8"),
    ]
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("S", "B", 10)
        pdf.set_xy(20, y)
        pdf.multi_cell(50, 5, k)
        pdf.set_font("S", "", 10)
        pdf.set_xy(72, y)
        pdf.multi_cell(118, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    pdf.ln(6)
    for role, name in (("Sekreterare", "Karin Strömdahl"), ("Ordförande", "Anders Holmqvist"),
                       ("Justerare", "Lena Brandt                                Jonas Eklöf")):
        pdf.set_font("S", "B", 10)
        pdf.cell(40, 12, role)
        pdf.set_font("S", "", 10)
        pdf.cell(0, 12, "……………………………………………………", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(60)
        pdf.cell(0, 5, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("S", "B", 9)
    pdf.cell(0, 6, "ANSLAG/BEVIS", border="T", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "", 9)
    pdf.multi_cell(0, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                           "Organ: Kommunfullmäktige   Sammanträdesdatum: 2026-02-19\n"
                           "Datum då anslaget sätts upp: 2026-02-25   Datum då anslaget tas ned: 2026-03-19\n"
                           "Förvaringsplats för protokollet: Kommunledningskontoret\n"
                           "Underskrift: ………………………………  Karin Strömdahl")

    # page 2 attendance
    pdf.add_page()
    pdf.set_font("S", "B", 12)
    pdf.cell(0, 7, "Närvaro- och tjänstgöringslista", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "B", 9)
    cols = (62, 16, 62, 30)
    for w, t in zip(cols, ("Ledamot", "Parti", "Tjänstgörande ersättare", "Anm.")):
        pdf.cell(w, 6, t, border="B")
    pdf.ln()
    members = [
        ("Anders Holmqvist", "M", "", "ordförande"),
        ("Eva Rask", "S", "", "1:e vice ordf."),
        ("Henrik Sjöö", "SD", "", "2:e vice ordf."),
        ("Ulrika Nordell", "M", "", ""),
        ("Jonas Eklöf", "M", "", ""),
        ("Camilla Berg", "M", "", ""),
        ("Johan Sköld", "M", "Hanna Strid (M)", ""),
        ("Lena Brandt", "S", "", ""),
        ("Mikael Ståhl", "S", "", ""),
        ("Fatima Haddad", "S", "", ""),
        ("Ronny Ekholm", "S", "", ""),
        ("Birgitta Lövgren", "S", "Kent Axelsson (S)", ""),
        ("Mattias Nord", "SD", "", ""),
        ("Jessica Krantz", "SD", "", ""),
        ("Tobias Rehn", "VfS", "", ""),
        ("Annelie Sund", "VfS", "", ""),
        ("Per Gustavsson", "C", "", ""),
        ("Bengt Öhrn", "KD", "", ""),
        ("Lars-Erik Wahl", "L", "", "§§ 1–8"),
        ("Maria Fält", "V", "", ""),
        ("Åsa Lindqvist", "MP", "", ""),
    ]
    pdf.set_font("S", "", 9)
    for r in members:
        for w, t in zip(cols, r):
            pdf.cell(w, 5.2, t)
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("S", "B", 9)
    pdf.cell(0, 6, "Närvarande ej tjänstgörande ersättare", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "", 9)
    pdf.multi_cell(90, 5, "Nils Ohlin (C), Gunnel Björk (SD), Sara Persson-\nWik (V)",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "VfS = Vi för Stenungsund (lokalt parti)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.add_page()

    def par(num, dnr, title):
        if pdf.get_y() > 235:
            pdf.add_page()
        pdf.ln(3)
        y = pdf.get_y()
        pages[num] = pdf.page_no()
        pdf.set_font("S", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(16, 6, num.replace("§", "§ "))
        pdf.set_font("S", "", 9)
        pdf.set_xy(36, y + 0.6)
        pdf.cell(38, 5, dnr)
        pdf.set_font("S", "B", 11)
        pdf.set_xy(75, y)
        pdf.multi_cell(115, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    def body(t, style=""):
        pdf.set_x(75)
        pdf.set_font("S", style, 10)
        pdf.multi_cell(115, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    def sub(t):
        body(t, "B")

    par("§1", "", "Val av justerare")
    body("Kommunfullmäktige beslutar att utse Lena Brandt (S) och Jonas Eklöf (M) att jämte "
         "ordföranden justera dagens protokoll. Justering sker tisdag 24 februari 2026 kl. 15.00 i kommunhuset.")
    par("§2", "", "Anmälan av nya motioner")
    body("Följande motioner har inkommit sedan föregående sammanträde och anmäls:")
    body("– Motion från Maria Fält (V) om fri kollektivtrafik för pensionärer under lågtrafik, dnr KS 2026/031\n"
         "– Motion från Tobias Rehn (VfS) om belysning längs Hallerna-slingan, dnr KS 2026/044")
    sub("Beslut")
    body("Motionerna remitteras till kommunstyrelsen för beredning.")
    par("§3", "Dnr KS 2025/389",
        "Interpellation från Henrik Sjöö (SD) till kommunstyrelsens ordförande om kostnader för inhyrd personal")
    body("Henrik Sjöö (SD) har den 12 januari 2026 lämnat in en interpellation till kommunstyrelsens "
         "ordförande om hur kostnaderna för inhyrd personal inom äldreomsorgen har utvecklats sedan 2023. "
         "Fullmäktige beslutade den 22 januari 2026, § 9, att interpellationen fick ställas.")
    body("Kommunstyrelsens ordförande Ulrika Nordell (M) besvarar interpellationen. I den efterföljande "
         "debatten deltar även Mikael Ståhl (S).")
    sub("Beslut")
    body("Interpellationen är besvarad.")

    par("§4", "Dnr KS 2025/412",
        "Revidering av taxa för offentlig kontroll inom livsmedelslagstiftningen och tillhörande områden")
    sub("Sammanfattning av ärendet")
    body("Miljö- och hälsoskyddsnämnden har föreslagit att taxan för offentlig kontroll inom "
         "livsmedels\u00adlagstiftningen revideras. Timavgiften föreslås höjas från 1 390 kronor till 1 480 "
         "kronor och avgiften för registrering av livsmedelsanläggning föreslås tas ut som en fast avgift. "
         "Taxan har jämförts med motsvarande taxor i Kungälvs kommun och Tjörns kommun.")
    body("Miljö- och hälsoskyddschef Therese Holm redogör för ärendet och för hur taxan har "
         "beräknats utifrån Sveriges Kommuner och Regioners underlag.")
    sub("Beslutsunderlag")
    body("Kommunstyrelsens protokoll 2026-02-02, § 18\nMiljö- och hälsoskyddsnämndens protokoll 2025-12-10, § 141\n"
         "Tjänsteskrivelse 2025-11-20")
    sub("Yrkanden")
    body("Ulrika Nordell (M), Bengt Öhrn (KD) och Lars-Erik Wahl (L) yrkar bifall till kommunstyrelsens förslag.")
    body("Lena Brandt (S) yrkar, med instämmande av Maria Fält (V), att ärendet ska återremitteras till "
         "kommunstyrelsen för att konsekvenserna för små livsmedelsföretag ska utredas.")
    sub("Propositionsordning")
    body("Ordföranden ställer först proposition på om ärendet ska avgöras idag eller återremitteras "
         "och finner att fullmäktige beslutar att ärendet ska avgöras idag. Votering begärs.")
    body("Följande voteringsproposition godkänns: Den som vill att ärendet ska avgöras idag röstar ja. "
         "Den som vill att ärendet ska återremitteras röstar nej.")
    # force continuation on next page
    pdf.add_page()
    pdf.set_font("S", "B", 11)
    pdf.cell(16, 6, "§ 4")
    pdf.cell(0, 6, "forts.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    sub("Omröstningsresultat")
    body("Med 11 ja-röster mot 9 nej-röster beslutar kommunfullmäktige att ärendet ska avgöras idag. "
         "1 ledamot avstår från att rösta.")
    pdf.set_font("S", "B", 8.5)
    vc = (48, 14, 48, 15, 15, 15)
    pdf.set_x(20)
    for w, t in zip(vc, ("Ledamot", "Parti", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår")):
        pdf.cell(w, 5.5, t, border=1)
    pdf.ln()
    pdf.set_font("S", "", 8.5)
    ja_parties = {"M", "SD", "KD", "L", "C"}
    votes = []
    for name, party, tjg, _ in members:
        voter = tjg.split(" (")[0] if tjg else name
        if voter == "Annelie Sund":
            v = "avstår"
        elif party in ja_parties:
            v = "ja"
        else:
            v = "nej"
        votes.append({"item": "§4", "round": 1, "person": voter, "vote": v})
        pdf.set_x(20)
        cells = (name, party, tjg.split(" (")[0] if tjg else "", "X" if v == "ja" else "",
                 "X" if v == "nej" else "", "X" if v == "avstår" else "")
        for w, t in zip(vc, cells):
            pdf.cell(w, 5, t, border=1, align="C" if w == 15 else "L")
        pdf.ln()
    pdf.set_x(20)
    pdf.set_font("S", "B", 8.5)
    for w, t in zip(vc, ("Summa", "", "", "11", "9", "1")):
        pdf.cell(w, 5.5, t, border=1, align="C" if w == 15 else "L")
    pdf.ln(8)
    sub("Beslut")
    body("Kommunfullmäktige beslutar att anta reviderad taxa för offentlig kontroll inom "
         "livsmedelslagstiftningen och tillhörande områden att gälla från och med den 1 april 2026.")
    sub("Reservation")
    body("Socialdemokraternas ledamöter reserverar sig mot beslutet.\n"
         "Maria Fält (V) reserverar sig till förmån för Lena Brandts yrkande.")

    par("§5", "Dnr KS 2025/377", "Motion från Maria Fält (V) om solceller på kommunens fastigheter – besvarande")
    body("Maria Fält (V) föreslår i en motion att kommunen ska installera solceller på samtliga "
         "kommunägda fastigheter med lämpliga tak senast 2030. Kommunstyrelsen föreslår att motionen "
         "avslås med hänvisning till att fastighetsavdelningens energiplan redan omfattar åtgärden.")
    sub("Yrkanden")
    body("Maria Fält (V) och Åsa Lindqvist (MP) yrkar bifall till motionen.\n"
         "Camilla Berg (M) yrkar bifall till kommunstyrelsens förslag, det vill säga att motionen avslås.")
    sub("Propositionsordning")
    body("Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller "
         "kommunstyrelsens förslag.")
    sub("Beslut")
    body("Motionen avslås.")
    sub("Reservation")
    body("Maria Fält (V) reserverar sig mot beslutet.")
    sub("Protokollsanteckning")
    body("Åsa Lindqvist (MP) lämnar följande protokollsanteckning: ”Miljöpartiet ser positivt på "
         "energiplanen men anser att takten är för låg.”")

    par("§6", "Dnr KS 2026/007", "Fyllnadsval av ersättare i barn- och utbildningsnämnden")
    body("Ida Karlberg (C) har avsagt sig uppdraget som ersättare i barn- och utbildningsnämnden. "
         "Kommunfullmäktige beviljade avsägelsen den 22 januari 2026, § 11.")
    body("Valberedningens ordförande Per Gustavsson (C) redogör för valberedningens förslag att "
         "välja Sofie Alm (C) som ny ersättare för tiden till och med 2026-12-31.")
    sub("Beslut")
    body("Kommunfullmäktige väljer Sofie Alm (C) till ersättare i barn- och utbildningsnämnden för "
         "återstående del av mandatperioden.")

    par("§7", "Dnr KS 2025/455", "Detaljplan för Stora Höga centrum, del av Höga 2:1 m.fl., antagande")
    body("Detaljplanen syftar till att möjliggöra cirka 140 nya bostäder, en förskola och en ny "
         "torgyta i Stora Höga. Planen har varit utställd för granskning under hösten 2025.")
    sub("Yrkanden")
    body("Jonas Eklöf (M) yrkar bifall till kommunstyrelsens förslag.\n"
         "Henrik Sjöö (SD) yrkar avslag på kommunstyrelsens förslag.")
    sub("Propositionsordning")
    body("Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller "
         "Jonas Eklöfs yrkande.")
    sub("Beslut")
    body("Kommunfullmäktige antar detaljplanen för Stora Höga centrum, del av Höga 2:1 m.fl.")
    sub("Reservation")
    body("Henrik Sjöö (SD), Mattias Nord (SD) och Jessica Krantz (SD) reserverar sig mot beslutet.")

    par("§8", "Dnr KS 2026/052",
        "Fråga från Åsa Lindqvist (MP) till samhällsbyggnadsnämndens ordförande om skyddsvärda träd i centrala Stenungsund")
    body("Åsa Lindqvist (MP) har ställt en fråga om hur kommunen inventerar och skyddar äldre träd i "
         "samband med exploatering i centrala Stenungsund.")
    body("Samhällsbyggnadsnämndens ordförande Bengt Öhrn (KD) besvarar frågan.")
    sub("Beslut")
    body("Frågan är besvarad.")
    pdf.output(os.path.join(OUT, fn))

    items = [
        {"number": "§1", "title": "Val av justerare", "diarienummer": [], "page": pages["§1"]},
        {"number": "§2", "title": "Anmälan av nya motioner", "diarienummer": ["KS 2026/031", "KS 2026/044"],
         "page": pages["§2"]},
        {"number": "§3", "title": "Interpellation från Henrik Sjöö (SD) till kommunstyrelsens ordförande om kostnader för inhyrd personal",
         "diarienummer": ["KS 2025/389"], "page": pages["§3"]},
        {"number": "§4", "title": "Revidering av taxa för offentlig kontroll inom livsmedelslagstiftningen och tillhörande områden",
         "diarienummer": ["KS 2025/412"], "page": pages["§4"], "votes_summary": "Ja 11, Nej 9, Avstår 1"},
        {"number": "§5", "title": "Motion från Maria Fält (V) om solceller på kommunens fastigheter – besvarande",
         "diarienummer": ["KS 2025/377"], "page": pages["§5"]},
        {"number": "§6", "title": "Fyllnadsval av ersättare i barn- och utbildningsnämnden",
         "diarienummer": ["KS 2026/007"], "page": pages["§6"]},
        {"number": "§7", "title": "Detaljplan för Stora Höga centrum, del av Höga 2:1 m.fl., antagande",
         "diarienummer": ["KS 2025/455"], "page": pages["§7"]},
        {"number": "§8", "title": "Fråga från Åsa Lindqvist (MP) till samhällsbyggnadsnämndens ordförande om skyddsvärda träd i centrala Stenungsund",
         "diarienummer": ["KS 2026/052"], "page": pages["§8"]},
    ]
    persons = []
    for name, party, tjg, anm in members:
        if tjg:
            persons.append(P(tjg.split(" (")[0], party, ["tjänstgörande ersättare"]))
            continue
        roles = ["ledamot"]
        if anm == "ordförande":
            roles = ["ordförande", "ledamot"]
        elif "vice" in anm:
            roles = ["vice ordförande", "ledamot"]
        if name in ("Lena Brandt", "Jonas Eklöf"):
            roles.append("justerare")
        persons.append(P(name, party, roles))
    persons += [P("Nils Ohlin", "C", ["ersättare"]), P("Gunnel Björk", "SD", ["ersättare"]),
                P("Sara Persson-Wik", "V", ["ersättare"]),
                P("Karin Strömdahl", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
                P("Per-Ola Wikander", None, ["tjänsteperson"], "kommundirektör"),
                P("Therese Holm", None, ["tjänsteperson"], "miljö- och hälsoskyddschef")]
    actions = [
        A("Lena Brandt", "§1", "justerare"), A("Jonas Eklöf", "§1", "justerare"),
        A("Maria Fält", "§2", "raised"), A("Tobias Rehn", "§2", "raised"),
        A("Henrik Sjöö", "§3", "raised"), A("Ulrika Nordell", "§3", "presented"),
        A("Therese Holm", "§4", "presented"),
        A("Ulrika Nordell", "§4", "proposed"), A("Bengt Öhrn", "§4", "proposed"),
        A("Lars-Erik Wahl", "§4", "proposed"), A("Lena Brandt", "§4", "proposed"),
        A("Maria Fält", "§4", "proposed"),
        A(None, "§4", "reserved", "S"), A("Maria Fält", "§4", "reserved"),
        A("Maria Fält", "§5", "raised"), A("Maria Fält", "§5", "proposed"),
        A("Åsa Lindqvist", "§5", "proposed"), A("Camilla Berg", "§5", "proposed"),
        A("Maria Fält", "§5", "reserved"), A("Åsa Lindqvist", "§5", "protocol_note"),
        A("Per Gustavsson", "§6", "presented"),
        A("Jonas Eklöf", "§7", "proposed"), A("Henrik Sjöö", "§7", "proposed"),
        A("Henrik Sjöö", "§7", "reserved"), A("Mattias Nord", "§7", "reserved"),
        A("Jessica Krantz", "§7", "reserved"),
        A("Åsa Lindqvist", "§8", "raised"), A("Bengt Öhrn", "§8", "presented"),
    ]
    GOLD.append({
        "file": fn, "organization": "Stenungsunds kommun", "organ": "Kommunfullmäktige",
        "date": "2026-02-19", "doc_type": "protokoll", "pages": pdf.page_no(), "items": items,
        "persons": persons, "actions": actions, "votes": votes,
        "diarienummer": sorted({d for i in items for d in i["diarienummer"]}),
        "kommuner": ["Stenungsund", "Kungälv", "Tjörn"],
        "notes": "Ciceron-like columns: § number, Dnr and title on one line. §2 lists the new motions' dnr as its "
                 "own (their ärenden begin there). §4 continues on the next page ('§ 4 forts.') with the "
                 "voteringslista; Johan Sköld (M) and Birgitta Lövgren (S) are absent members only named as "
                 "replaced (Hanna Strid resp. Kent Axelsson tjänstgör and vote) - not persons. Mikael Ståhl only "
                 "'deltar i debatten' in §3: no action. Ida Karlberg (resigning) and Sofie Alm (elected) in §6 "
                 "do not act in the meeting: not listed. 'Socialdemokraternas ledamöter reserverar sig' = party "
                 "action S. VfS = local party Vi för Stenungsund. Lena Brandt/Maria Fält's återremiss yrkande "
                 "(Fält by 'instämmande') counted as proposed. References to earlier decisions (KS 2026-02-02 § 18 etc.) are "
                 "not item diarienummer.",
    })


# ---------------------------------------------------------------- 2 Skara socialnämnd (plain text export)
def skara():
    fn = "skara_socialnamnden_2026-01-28_protokoll.txt"

    def hdr(n):
        return ("SKARA KOMMUN                         SAMMANTRÄDESPROTOKOLL                 Sida %d av 4\n"
                "Socialnämnden                        Sammanträdesdatum 2026-01-28\n"
                "--------------------------------------------------------------------------------------\n\n" % n)

    ftr = ("\n\n--------------------------------------------------------------------------------------\n"
           "Justerandes sign: ____________  ____________            Utdragsbestyrkande: ____________\n")
    p1 = hdr(1) + """Plats och tid        Sammanträdesrummet Valle, Stadshuset, Skara
                     onsdagen den 28 januari 2026, kl. 13.15–16.05

Beslutande           Gunilla Ahl (C), ordförande
                     Ola Wiklund (M), vice ordförande
                     Emma Kask (V)
                     Roger Hedin (SD)
                     Lisa Ferm (M)
                     Göran Ljungqvist (KD)
                     Stefan Moberg (S), tjänstgörande ersättare för Anita Ros (S)
                     Hussein Omar (S)
                     Jenny Blom (SkP)

Ersättare            Lind, Karin (M)
                     Yilmaz, Deniz (S)
                     Åkesson, Bror (SkP)

Övriga närvarande    Sofia Bengtsson, socialchef
                     Peter Nyström, nämndsekreterare
                     Malin Öst, enhetschef, § 8
                     Johan Lilja, ekonom, § 9

Utses att justera    Ola Wiklund (M)

Justeringens         Stadshuset, 2026-02-03
plats och tid

Underskrifter        Sekreterare   ..............................   Paragrafer §§ 5–11
                                   Peter Nyström

                     Ordförande    ..............................
                                   Gunilla Ahl

                     Justerande    ..............................
                                   Ola Wiklund

SkP = Skarapartiet
""" + ftr
    p2 = hdr(2) + """§ 5
Val av justerare

Beslut
Socialnämnden utser Ola Wiklund (M) att jämte ordföranden justera
protokollet.

§ 6
Godkännande av dagordning

Beslut
Dagordningen godkänns med tillägget att ärende 9 behandlas före ärende 8.

§ 7                                                      Dnr SN/2025:214
Yttrande över revisionsrapport – granskning av
hemtjänstens bemanningsplanering

Ärendebeskrivning
Kommunens revisorer har granskat hur hemtjänsten planerar sin bemanning och
lämnat fem rekommendationer. Förvaltningen har tagit fram ett förslag till
yttrande som beskriver pågående och planerade åtgärder inom arbets\u00admarknads-
och hemtjänst\u00adenheterna.

Socialchef Sofia Bengtsson föredrar ärendet.

Förslag till beslut
Socialnämnden antar förvaltningens yttrande som sitt eget och översänder det
till kommunens revisorer.

Beslut
Socialnämnden beslutar enligt förslaget.

§ 8                                                      Dnr SN/2025:198
Yttrande över medborgarförslag om aktivitetshus för
unga vuxna i centrala Skara

Ärendebeskrivning
Lina Forsberg har i ett medborgarförslag föreslagit att kommunen öppnar ett
aktivitetshus för unga vuxna mellan 18 och 25 år. Kommunstyrelsen har
remitterat förslaget till socialnämnden. Enhetschef Malin Öst redogör för
befintliga verksamheter för målgruppen.
""" + ftr
    p3 = hdr(3) + """§ 8 (forts.)

Yrkanden
Ordföranden yrkar bifall till förvaltningens förslag att föreslå
kommunfullmäktige att avslå medborgarförslaget.
Stefan Moberg (S) yrkar bifall till medborgarförslaget.

Propositionsordning
Ordföranden ställer förslagen mot varandra och finner att nämnden beslutar
enligt ordförandens yrkande.

Beslut
Socialnämnden föreslår kommunfullmäktige att avslå medborgarförslaget.

Reservation
Stefan Moberg (S) och Emma Kask (V) reserverar sig till förmån för Stefan
Mobergs yrkande.

§ 9                                                      Dnr SN/2026:012
Budgetuppföljning januari 2026

Ekonom Johan Lilja informerar om utfallet för januari och prognosen för
helåret. Prognosen visar ett underskott om 3,2 miljoner kronor, främst inom
placeringar av barn och unga.

Beslut
Informationen noteras till protokollet.

Protokollsanteckning
Sverigedemokraterna lämnar följande protokollsanteckning: "Vi vill se en
åtgärdsplan för placeringskostnaderna redan till februarisammanträdet."

§ 10                                                     Dnr SN/2026:004
Riktlinje för ekonomiskt bistånd 2026

Ärendebeskrivning
Förvaltningen har reviderat riktlinjen för ekonomiskt bistånd utifrån
Socialstyrelsens nya riksnormer och praxis från Förvaltningsrätten i
Jönköping.
""" + ftr
    p4 = hdr(4) + """§ 10 forts.

Yrkanden
Emma Kask (V) yrkar att ärendet återremitteras för att förvaltningen ska
belysa konsekvenserna för barnfamiljer.
Lisa Ferm (M) yrkar bifall till förvaltningens förslag.

Propositionsordning
Ordföranden frågar om ärendet ska avgöras idag eller återremitteras och
finner att det ska avgöras idag. Omröstning begärs.
Den som vill att ärendet avgörs idag röstar ja, den som vill att ärendet
återremitteras röstar nej.

Omröstningsresultat
Ja-röster 5, Nej-röster 4. Ärendet ska därmed avgöras idag.

Beslut
Socialnämnden antar riktlinje för ekonomiskt bistånd 2026 att gälla från
och med 2026-02-15.

Reservation
Emma Kask (V) reserverar sig mot beslutet.

§ 11
Delegationsbeslut och meddelanden

Följande delegationsbeslut anmäls:
- Beslut om förlängd placering, dnr SN/2025:301
- Beslut om avskrivning av fordran, dnr SN/2026:009
Meddelande från Inspektionen för vård och omsorg, dnr SN/2026:015

Beslut
Delegationsbesluten och meddelandena läggs till handlingarna.
""" + ftr
    txt = "\f".join([p1, p2, p3, p4])
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        f.write(txt)
    items = [
        {"number": "§5", "title": "Val av justerare", "diarienummer": [], "page": 2},
        {"number": "§6", "title": "Godkännande av dagordning", "diarienummer": [], "page": 2},
        {"number": "§7", "title": "Yttrande över revisionsrapport – granskning av hemtjänstens bemanningsplanering",
         "diarienummer": ["SN/2025:214"], "page": 2},
        {"number": "§8", "title": "Yttrande över medborgarförslag om aktivitetshus för unga vuxna i centrala Skara",
         "diarienummer": ["SN/2025:198"], "page": 2},
        {"number": "§9", "title": "Budgetuppföljning januari 2026", "diarienummer": ["SN/2026:012"], "page": 3},
        {"number": "§10", "title": "Riktlinje för ekonomiskt bistånd 2026", "diarienummer": ["SN/2026:004"],
         "page": 3, "votes_summary": "Ja 5, Nej 4"},
        {"number": "§11", "title": "Delegationsbeslut och meddelanden", "diarienummer": [], "page": 4},
    ]
    persons = [
        P("Gunilla Ahl", "C", ["ordförande", "ledamot"]),
        P("Ola Wiklund", "M", ["vice ordförande", "ledamot", "justerare"]),
        P("Emma Kask", "V", ["ledamot"]), P("Roger Hedin", "SD", ["ledamot"]),
        P("Lisa Ferm", "M", ["ledamot"]), P("Göran Ljungqvist", "KD", ["ledamot"]),
        P("Stefan Moberg", "S", ["tjänstgörande ersättare"]), P("Hussein Omar", "S", ["ledamot"]),
        P("Jenny Blom", "SkP", ["ledamot"]),
        P("Karin Lind", "M", ["ersättare"]), P("Deniz Yilmaz", "S", ["ersättare"]),
        P("Bror Åkesson", "SkP", ["ersättare"]),
        P("Sofia Bengtsson", None, ["tjänsteperson"], "socialchef"),
        P("Peter Nyström", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
        P("Malin Öst", None, ["tjänsteperson"], "enhetschef"),
        P("Johan Lilja", None, ["tjänsteperson"], "ekonom"),
        P("Lina Forsberg", None, []),
    ]
    actions = [
        A("Ola Wiklund", "§5", "justerare"),
        A("Sofia Bengtsson", "§7", "presented"),
        A("Lina Forsberg", "§8", "raised"), A("Malin Öst", "§8", "presented"),
        A("Gunilla Ahl", "§8", "proposed"), A("Stefan Moberg", "§8", "proposed"),
        A("Stefan Moberg", "§8", "reserved"), A("Emma Kask", "§8", "reserved"),
        A("Johan Lilja", "§9", "presented"), A(None, "§9", "protocol_note", "SD"),
        A("Emma Kask", "§10", "proposed"), A("Lisa Ferm", "§10", "proposed"),
        A("Emma Kask", "§10", "reserved"),
    ]
    GOLD.append({
        "file": fn, "organization": "Skara kommun", "organ": "Socialnämnden", "date": "2026-01-28",
        "doc_type": "protokoll", "pages": 4, "items": items, "persons": persons, "actions": actions,
        "votes": [], "diarienummer": ["SN/2025:198", "SN/2025:214", "SN/2026:004", "SN/2026:012"],
        "kommuner": ["Skara"],
        "notes": "Plain-text export, pages separated by form feeds (4 pages). Ersättare listed inverted "
                 "('Lind, Karin') -> normal order. Stefan Moberg tjänstgör for Anita Ros (absent, not a person). "
                 "SkP = Skarapartiet (local). §8 and §10 continue over page breaks ('forts.'). In §8 'Ordföranden yrkar' "
                 "= Gunilla Ahl proposed (a yrkande on the matter, not procedure). Lina Forsberg (medborgarförslag "
                 "author) is listed with raised, roles empty. §9 protocol note by SD as party. §10 vote only as count "
                 "-> votes_summary. §11 delegation dnr are references, not item numbers. Förvaltningsrätten i "
                 "Jönköping = court seat, not a kommun. Soft hyphens appear in running text of §7.",
    })


# ---------------------------------------------------------------- 3 Trosa KSAU (HTML portal)
def trosa():
    fn = "trosa_kommunstyrelsens-arbetsutskott_2026-03-10_protokoll.html"
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Protokoll – Kommunstyrelsens arbetsutskott 2026-03-10 – Trosa kommun mötesportal</title>
<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto} .dnr{color:#555;font-size:90%} nav a{margin-right:1em}
.paragraf{border-top:1px solid #ccc;padding-top:.5em} dt{font-weight:bold}</style></head>
<body>
<header><a href="/" class="logo">Trosa kommun</a> <span>Mötesportal</span>
<nav><a href="/meetings">Sammanträden</a><a href="/organs">Organ</a><a href="/search">Sök</a><a href="/help">Hjälp</a></nav></header>
<div class="breadcrumbs"><a href="/">Start</a> › <a href="/organs/ksau">Kommunstyrelsens arbetsutskott</a> › 2026-03-10 › Protokoll</div>
<main>
<h1>Kommunstyrelsens arbetsutskott</h1>
<p class="meta">Protokoll från sammanträde <time datetime="2026-03-10">tisdag 10 mars 2026</time>, kl. 08:30–11:50, Sammanträdesrum Ankaret, Stadshuset Trosa<br>
Status: <strong>Justerat</strong> 2026-03-13 · Anslaget 2026-03-13 – 2026-04-04</p>

<section class="attendance"><h2>Närvarande</h2>
<dl>
<dt>Beslutande</dt>
<dd>Daniel Ljung (M), ordförande</dd>
<dd>Helena Roos (S), vice ordförande</dd>
<dd>Jan-Olof Brink (C)</dd>
<dd>Mirja Haapala (SD)</dd>
<dd>Oskar Lindh (KD), ersätter Emil Stam (KD)</dd>
<dt>Övriga politiker</dt>
<dd>Birgitta Ohlsson (S), ersättare</dd>
<dd>Rikard Sved (TBF), ersättare, § 34</dd>
<dt>Tjänstepersoner</dt>
<dd>Annika Hjort, kommundirektör</dd>
<dd>Erik Malm, kommunsekreterare</dd>
<dd>Linnea Svärd, ekonomichef, § 33</dd>
<dd>Tomas Bergvall, planchef, § 35</dd>
<dt>Justerare</dt>
<dd>Helena Roos (S)</dd>
<dt>Sekreterare</dt>
<dd>Erik Malm</dd>
</dl>
<p><small>TBF = Trosabygdens Framtid</small></p>
</section>

<section class="paragrafer"><h2>Paragrafer</h2>
<ol class="toc"><li><a href="#p31">§ 31 Godkännande av föredragningslistan</a></li><li><a href="#p32">§ 32 Kommundirektörens information</a></li>
<li><a href="#p33">§ 33 Ekonomisk månadsuppföljning februari 2026</a></li><li><a href="#p34">§ 34 Motion från Rikard Sved (TBF) om avgiftsfria sommarlovsbad…</a></li>
<li><a href="#p35">§ 35 Planbesked för Trosa Ängen 1:4 och 1:5</a></li><li><a href="#p36">§ 36 Initiativärende om översyn av skolskjuts­reglerna</a></li></ol>

<article class="paragraf" id="p31"><h3><span class="nr">§ 31</span> Godkännande av föredragningslistan</h3>
<p>Föredragningslistan godkänns med tillägg av § 36, initiativärende från Jan-Olof Brink (C).</p></article>

<article class="paragraf" id="p32"><h3><span class="nr">§ 32</span> Kommundirektörens information</h3>
<p class="dnr">Ärendenummer: KS-2026-000041</p>
<p>Kommundirektör Annika Hjort informerar om rekryteringen av ny skolchef, läget i arbetet med
den nya översiktsplanen och samverkan med Nyköpings kommun och Gnesta kommun om räddningstjänst.</p>
<h4>Arbetsutskottets beslut</h4><p>Informationen noteras.</p></article>

<article class="paragraf" id="p33"><h3><span class="nr">§ 33</span> Ekonomisk månadsuppföljning februari 2026</h3>
<p class="dnr">Ärendenummer: KS-2026-000058</p>
<p>Ekonomichef Linnea Svärd redogör för kommunens ekonomiska utfall per februari. Prognosen för helåret
visar ett överskott på 6,1 miljoner kronor.</p>
<h4>Arbetsutskottets förslag till kommunstyrelsen</h4><p>Kommunstyrelsen godkänner månadsuppföljningen.</p></article>

<article class="paragraf" id="p34"><h3><span class="nr">§ 34</span> Motion från Rikard Sved (TBF) om avgiftsfria sommarlovsbad för barn i Vagnhärad</h3>
<p class="dnr">Ärendenummer: KS-2026-000023</p>
<h4>Sammanfattning</h4>
<p>Rikard Sved (TBF) föreslår i en motion att barn och unga under 16 år ska kunna bada gratis i
Vagnhärads utomhusbad under sommarlovet. Kultur- och fritidsnämnden har yttrat sig och avstyrker motionen.</p>
<h4>Yrkanden</h4>
<p>Daniel Ljung (M) yrkar att motionen ska avslås.<br>Helena Roos (S) yrkar bifall till motionen.</p>
<h4>Beslutsgång</h4>
<p>Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet beslutar enligt Daniel Ljungs yrkande.</p>
<h4>Arbetsutskottets förslag till kommunstyrelsen</h4>
<p>Kommunfullmäktige avslår motionen.</p>
<h4>Reservation</h4><p>Helena Roos (S) reserverar sig mot beslutet till förmån för eget yrkande.</p>
<h4>Protokollsanteckning</h4><p>Mirja Haapala (SD) antecknar till protokollet att Sverigedemokraterna
återkommer i ärendet i kommunstyrelsen.</p></article>

<article class="paragraf" id="p35"><h3><span class="nr">§ 35</span> Planbesked för Trosa Ängen 1:4 och 1:5</h3>
<p class="dnr">Ärendenummer: KS-2025-000377, KS-2025-000378</p>
<p>Planchef Tomas Bergvall presenterar två ansökningar om planbesked för bostäder på fastigheterna
Trosa Ängen 1:4 och 1:5. Förvaltningen bedömer att ansökningarna bör prövas i en gemensam detaljplan.</p>
<h4>Arbetsutskottets beslut</h4><p>Positivt planbesked lämnas för Trosa Ängen 1:4 och 1:5.</p></article>

<article class="paragraf" id="p36"><h3><span class="nr">§ 36</span> Initiativärende om översyn av skolskjutsreglerna</h3>
<p class="dnr">Ärendenummer: KS-2026-000066</p>
<p>Jan-Olof Brink (C) väcker ett initiativärende om att skolskjutsreglerna ses över för elever som bor
längs väg 218.</p>
<h4>Arbetsutskottets beslut</h4><p>Initiativärendet överlämnas till bildningsförvaltningen för beredning.</p></article>
</section>
</main>
<footer><p>Trosa kommun · 619 80 Trosa · Vi använder kakor för att förbättra webbplatsen. <a href="/cookies">Läs mer</a></p>
<p>Publicerad 2026-03-13 av Erik Malm</p></footer>
</body></html>
"""
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        f.write(html)
    items = [
        {"number": "§31", "title": "Godkännande av föredragningslistan", "diarienummer": [], "page": 1},
        {"number": "§32", "title": "Kommundirektörens information", "diarienummer": ["KS-2026-000041"], "page": 1},
        {"number": "§33", "title": "Ekonomisk månadsuppföljning februari 2026", "diarienummer": ["KS-2026-000058"], "page": 1},
        {"number": "§34", "title": "Motion från Rikard Sved (TBF) om avgiftsfria sommarlovsbad för barn i Vagnhärad",
         "diarienummer": ["KS-2026-000023"], "page": 1},
        {"number": "§35", "title": "Planbesked för Trosa Ängen 1:4 och 1:5",
         "diarienummer": ["KS-2025-000377", "KS-2025-000378"], "page": 1},
        {"number": "§36", "title": "Initiativärende om översyn av skolskjutsreglerna",
         "diarienummer": ["KS-2026-000066"], "page": 1},
    ]
    persons = [
        P("Daniel Ljung", "M", ["ordförande", "ledamot"]),
        P("Helena Roos", "S", ["vice ordförande", "ledamot", "justerare"]),
        P("Jan-Olof Brink", "C", ["ledamot"]), P("Mirja Haapala", "SD", ["ledamot"]),
        P("Oskar Lindh", "KD", ["tjänstgörande ersättare"]),
        P("Birgitta Ohlsson", "S", ["ersättare"]), P("Rikard Sved", "TBF", ["ersättare"]),
        P("Annika Hjort", None, ["tjänsteperson"], "kommundirektör"),
        P("Erik Malm", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
        P("Linnea Svärd", None, ["tjänsteperson"], "ekonomichef"),
        P("Tomas Bergvall", None, ["tjänsteperson"], "planchef"),
    ]
    actions = [
        A("Helena Roos", None, "justerare"),
        A("Annika Hjort", "§32", "presented"), A("Linnea Svärd", "§33", "presented"),
        A("Rikard Sved", "§34", "raised"), A("Daniel Ljung", "§34", "proposed"),
        A("Helena Roos", "§34", "proposed"), A("Helena Roos", "§34", "reserved"),
        A("Mirja Haapala", "§34", "protocol_note"),
        A("Tomas Bergvall", "§35", "presented"), A("Jan-Olof Brink", "§36", "raised"),
    ]
    GOLD.append({
        "file": fn, "organization": "Trosa kommun", "organ": "Kommunstyrelsens arbetsutskott",
        "date": "2026-03-10", "doc_type": "protokoll", "pages": 1, "items": items, "persons": persons,
        "actions": actions, "votes": [],
        "diarienummer": sorted({d for i in items for d in i["diarienummer"]}),
        "kommuner": ["Trosa", "Nyköping", "Gnesta"],
        "notes": "HTML portal page: all items page 1. A table of contents repeats § numbers and a truncated §34 title "
                 "('…'); the items are taken from the article headings. Oskar Lindh tjänstgör for Emil Stam "
                 "(absent, not a person). Justerare named in the head block only -> item null. §31 mentions Jan-Olof "
                 "Brink's initiative only as agenda addition; his raising action is on §36. TBF = local party. "
                 "'Publicerad av Erik Malm' in footer is the secretary already listed. Vagnhärad is a locality "
                 "in Trosa, not a kommun.",
    })


# ---------------------------------------------------------------- 4 Vårgårda BUN kallelse (docx table)
def vargarda():
    fn = "vargarda_barn-och-utbildningsnamnden_2026-04-14_kallelse.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "VÅRGÅRDA KOMMUN\tKALLELSE\tBarn- och utbildningsnämnden"
    sec.footer.paragraphs[0].text = "Vårgårda kommun · Kommunhuset, Kungsgatan 1 · 447 80 Vårgårda · Växel 0322-60 00 00"
    d.add_heading("Kallelse till sammanträde med barn- och utbildningsnämnden", level=1)
    for t in ("Tid: Tisdag 14 april 2026 kl. 08.30",
              "Plats: Kommunhuset, sammanträdesrum Tärnan",
              "Förslag till justerare: Emelie Grahn (KD)",
              "Ersättare: Ersättare kallas endast vid förhinder för ordinarie ledamot.",
              "Förhinder anmäls snarast till nämndsekreterare Ylva Sand, ylva.sand@exempel.vargarda.se"):
        d.add_paragraph(t)
    d.add_heading("Beslutsärenden", level=2)
    rows = [
        ("1", "Val av justerare och tid för justering", "", ""),
        ("2", "Godkännande av dagordning", "", ""),
        ("3", "Månadsrapport mars 2026", "BUN 2026-012", "Ahmed Karimi, controller"),
        ("4", "Yttrande över motion från Sanna Öberg (S) om läxhjälp på fritidshemmen", "BUN 2026-019",
         "Lotta Ring, förvaltningschef"),
        ("5", "Skolskjutsregler för grundskola och gymnasieskola – revidering efter remissvar", "BUN 2025-144",
         "Nils Bäckström, skolskjutssamordnare"),
        ("6", "Lokalförsörjningsplan för förskolan 2027–2031", "BUN 2026-027", "Lotta Ring, förvaltningschef"),
        ("", "", "", ""),
    ]

    def table(rows):
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Nr", "Ärende", "Dnr", "Föredragande")):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = v
        for row in t.rows:
            row.cells[0].width = Cm(1.2)
            row.cells[1].width = Cm(8.8)
            row.cells[2].width = Cm(2.8)
            row.cells[3].width = Cm(4.2)

    table(rows)
    d.add_paragraph("")
    d.add_paragraph("Mats Dahlqvist (M)\nOrdförande")
    d.add_paragraph("Ylva Sand\nNämndsekreterare")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Informationsärenden", level=2)
    table([
        ("7", "Information från förvaltningschefen", "", "Lotta Ring, förvaltningschef"),
        ("8", "Redovisning av delegationsbeslut", "BUN 2026-003", ""),
        ("9", "Meddelanden", "", ""),
    ])
    d.add_paragraph("Handlingarna finns tillgängliga i nämndens läsplatta senast en vecka före sammanträdet.")
    d.save(os.path.join(OUT, fn))
    items = [
        {"number": "1", "title": "Val av justerare och tid för justering", "diarienummer": [], "page": 1},
        {"number": "2", "title": "Godkännande av dagordning", "diarienummer": [], "page": 1},
        {"number": "3", "title": "Månadsrapport mars 2026", "diarienummer": ["BUN 2026-012"], "page": 1},
        {"number": "4", "title": "Yttrande över motion från Sanna Öberg (S) om läxhjälp på fritidshemmen",
         "diarienummer": ["BUN 2026-019"], "page": 1},
        {"number": "5", "title": "Skolskjutsregler för grundskola och gymnasieskola – revidering efter remissvar",
         "diarienummer": ["BUN 2025-144"], "page": 1},
        {"number": "6", "title": "Lokalförsörjningsplan för förskolan 2027–2031", "diarienummer": ["BUN 2026-027"],
         "page": 1},
        {"number": "7", "title": "Information från förvaltningschefen", "diarienummer": [], "page": 2},
        {"number": "8", "title": "Redovisning av delegationsbeslut", "diarienummer": ["BUN 2026-003"], "page": 2},
        {"number": "9", "title": "Meddelanden", "diarienummer": [], "page": 2},
    ]
    persons = [
        P("Mats Dahlqvist", "M", ["ordförande", "ledamot"]),
        P("Ylva Sand", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
        P("Emelie Grahn", "KD", ["justerare"]),
        P("Ahmed Karimi", None, ["tjänsteperson", "föredragande"], "controller"),
        P("Lotta Ring", None, ["tjänsteperson", "föredragande"], "förvaltningschef"),
        P("Nils Bäckström", None, ["tjänsteperson", "föredragande"], "skolskjutssamordnare"),
        P("Sanna Öberg", "S", []),
    ]
    actions = [
        A("Emelie Grahn", "1", "justerare"),
        A("Ahmed Karimi", "3", "presented"), A("Sanna Öberg", "4", "raised"), A("Lotta Ring", "4", "presented"),
        A("Nils Bäckström", "5", "presented"), A("Lotta Ring", "6", "presented"), A("Lotta Ring", "7", "presented"),
    ]
    GOLD.append({
        "file": fn, "organization": "Vårgårda kommun", "organ": "Barn- och utbildningsnämnden",
        "date": "2026-04-14", "doc_type": "kallelse", "pages": 2, "items": items, "persons": persons,
        "actions": actions, "votes": [], "diarienummer": sorted({x for i in items for x in i["diarienummer"]}),
        "kommuner": ["Vårgårda"],
        "notes": "Word kallelse with two tables (Beslutsärenden p.1, Informationsärenden p.2 after one manual page "
                 "break). Table ends with an empty row (not an item). Justerare named in the head block "
                 "('Förslag till justerare') -> action on row 1 'Val av justerare'. The 'Föredragande' column is read "
                 "as presented actions on the rows where a person is named, and role föredragande. Sanna Öberg (S) "
                 "is motion author in row 4 title -> raised, roles empty (not attending). Mats Dahlqvist signs as "
                 "Ordförande. Organ name from the header/heading: Barn- och utbildningsnämnden.",
    })


# ---------------------------------------------------------------- 5 Pajala KF kallelse (PDF)
def pajala():
    fn = "pajala_kommunfullmaktige_2026-04-27_kallelse.pdf"

    def head(p):
        p.set_font("S", "B", 12)
        p.set_xy(20, 10)
        p.cell(90, 6, "PAJALA KOMMUN")
        p.set_font("S", "", 9)
        p.cell(80, 6, f"KUNGÖRELSE/KALLELSE   Sida {p.page_no()} av {{nb}}", align="R")
        p.set_xy(20, 16)
        p.cell(90, 5, "Kommunfullmäktige")
        p.cell(80, 5, "2026-04-27", align="R")
        p.set_draw_color(0, 90, 60)
        p.set_line_width(0.8)
        p.line(20, 22, 190, 22)
        p.set_line_width(0.2)
        p.set_y(28)

    def foot(p):
        p.set_y(-15)
        p.set_font("S", "", 7)
        p.cell(0, 4, "Postadress: 984 85 Pajala · Besöksadress: Soukolovägen 14 · www.pajala.se · Netpublicator",
               align="C")

    pdf = Pdf(head, foot)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.ln_text("Kommunfullmäktige sammanträder", 13, "B", 7)
    pdf.ln(1)
    pdf.ln_text("Tid: måndag 27 april 2026, kl. 09.00\nPlats: Folkets hus, Pajala\n"
                "Justerare: Kerstin Niva (S) och Tord Alatalo (TL), ersättare Lars Mäki (SD)\n"
                "Sammanträdet är öppet för allmänheten och direktsänds på kommunens webbplats.", 10)
    pdf.ln(4)
    pdf.set_font("S", "B", 9)
    cw = (10, 112, 28, 20)
    for w, t in zip(cw, ("Nr", "Ärende", "Dnr", "Bilaga")):
        pdf.cell(w, 6, t, border="B")
    pdf.ln(7)
    rows = [
        ("1", "Upprop", "", ""),
        ("2", "Val av justerare samt tid och plats för justering", "", ""),
        ("3", "Godkännande av dagordning", "", ""),
        ("4", "Allmänhetens frågestund", "", ""),
        ("5", "Årsredovisning 2025 för Pajala kommun\nFöredragande: ekonomichef Sara Keinänen", "KS 2026/45", "1"),
        ("6", "Revisionsberättelse 2025 och fråga om ansvarsfrihet för kommunstyrelsen och övriga nämnder", "KS 2026/51", "2"),
        ("7", "Avtal om gemensam överförmyndarnämnd med Övertorneå kommun och Haparanda stad", "KS 2025/301", "3"),
        ("8", "Interpellation från Jouni Palo (TL) till kommunstyrelsens ordförande om vinterväghållningen i byarna", "KS 2026/60", "4"),
        ("9", "Svar på motion från Eva Lantto (V) om inrättande av ett ungdomsråd", "KS 2025/219", "5"),
        ("10", "Fråga från Lars Mäki (SD) om lokalerna vid Korpilombolo skola", "KS 2026/71", "6"),
        ("11", "Avsägelser och fyllnadsval", "", ""),
        ("12", "Meddelanden", "", ""),
    ]
    pages = {}
    for r in rows:
        if pdf.get_y() > 250:
            pdf.add_page()
            pdf.set_font("S", "B", 9)
            for w, t in zip(cw, ("Nr", "Ärende (forts.)", "Dnr", "Bilaga")):
                pdf.cell(w, 6, t, border="B")
            pdf.ln(7)
        y = pdf.get_y()
        pages[r[0]] = pdf.page_no()
        pdf.set_font("S", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(cw[0], 5.5, r[0])
        pdf.set_font("S", "", 10)
        pdf.set_xy(30, y)
        pdf.multi_cell(cw[1] - 4, 5.5, r[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y2 = pdf.get_y()
        pdf.set_xy(142, y)
        pdf.set_font("S", "", 9)
        pdf.cell(cw[2], 5.5, r[2])
        pdf.cell(cw[3], 5.5, r[3])
        pdf.set_y(y2 + 7)
    pdf.ln(6)
    pdf.ln_text("Pajala 2026-04-08", 10)
    pdf.ln(8)
    pdf.ln_text("Maj-Britt Ylinenpää (S)\nOrdförande", 10)
    pdf.ln(4)
    pdf.ln_text("Anders Tuoma\nKommunsekreterare", 10)
    pdf.ln(6)
    pdf.ln_text("Handlingarna finns tillgängliga på kommunens webbplats och i kommunhusets reception. "
                "Frågor under allmänhetens frågestund lämnas skriftligt senast 2026-04-20. Region Norrbotten "
                "informerar om hälsocentralens sommaröppettider i anslutning till sammanträdet.", 9)
    pdf.output(os.path.join(OUT, fn))
    titles = {r[0]: r[1].split("\n")[0] for r in rows}
    items = [{"number": r[0], "title": titles[r[0]], "diarienummer": [r[2]] if r[2] else [], "page": pages[r[0]]}
             for r in rows]
    persons = [
        P("Kerstin Niva", "S", ["justerare"]), P("Tord Alatalo", "TL", ["justerare"]),
        P("Lars Mäki", "SD", []),
        P("Sara Keinänen", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
        P("Jouni Palo", "TL", []), P("Eva Lantto", "V", []),
        P("Maj-Britt Ylinenpää", "S", ["ordförande", "ledamot"]),
        P("Anders Tuoma", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
    ]
    actions = [
        A("Kerstin Niva", "2", "justerare"), A("Tord Alatalo", "2", "justerare"),
        A("Sara Keinänen", "5", "presented"), A("Jouni Palo", "8", "raised"),
        A("Eva Lantto", "9", "raised"), A("Lars Mäki", "10", "raised"),
    ]
    GOLD.append({
        "file": fn, "organization": "Pajala kommun", "organ": "Kommunfullmäktige", "date": "2026-04-27",
        "doc_type": "kallelse", "pages": pdf.page_no(), "items": items, "persons": persons, "actions": actions,
        "votes": [], "diarienummer": sorted({x for i in items for x in i["diarienummer"]}),
        "kommuner": ["Pajala", "Övertorneå", "Haparanda"], "regions": ["Region Norrbotten"],
        "notes": "Kungörelse/kallelse, Netpublicator-like with Dnr and Bilaga columns. Row 5 has a second line "
                 "'Föredragande: ekonomichef Sara Keinänen' which is not part of the title -> presented. Head block "
                 "names justerare Kerstin Niva and Tord Alatalo, plus 'ersättare Lars Mäki' as reserve justerare: "
                 "decided NOT a justerare action (only a substitute); Lars Mäki listed for raising the fråga in row 10. "
                 "TL = Tornedalslistan (local party). Signed by ordförande Maj-Britt Ylinenpää and kommunsekreterare "
                 "Anders Tuoma (assumed sekreterare role). Korpilombolo is a village in Pajala. Haparanda is printed as "
                 "'Haparanda stad' (still a kommun).",
    })


# ---------------------------------------------------------------- 6 Öckerö KPR minnesanteckningar (docx)
def ockero():
    fn = "ockero_kommunala-pensionarsradet_2026-05-06_minnesanteckningar.docx"
    d = docx.Document()
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(12)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Öckerö kommun\t\tMinnesanteckningar"
    sec.footer.paragraphs[0].text = "Kommunala pensionärsrådet 2026-05-06"
    p = d.add_paragraph()
    r = p.add_run("Minnesanteckningar\nKommunala pensionärsrådet (KPR)")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Datum: 2026-05-06, kl. 13.30–15.30\nPlats: Kommunhuset, Öckerö, sal Hönö")
    d.add_paragraph("Närvarande:").runs[0].bold = True
    for t in ("Lars Göransson (S), ordförande, kommunstyrelsen",
              "Elsa Kihlberg (M), socialnämnden",
              "Britt Hermansson, PRO Hönö",
              "Kjell Olausson, SPF Seniorerna Öckerö",
              "Gun-Marie Ek, PRO Björkö–Knippla"):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Från förvaltningen:").runs[0].bold = True
    for t in ("Maria Kristensson, socialchef", "Anders Pihl, fastighetschef (punkt 4)",
              "Jonas Ahlberg, nämndsekreterare (antecknare)"):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Förhinder: Solveig Lund, SPF Seniorerna Öckerö")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def h(t):
        d.add_paragraph().add_run(t).bold = True

    h("Mötets öppnande")
    d.add_paragraph("Ordföranden hälsade alla välkomna och öppnade mötet. Britt Hermansson valdes att "
                    "justera anteckningarna.")
    h("Föregående minnesanteckningar")
    d.add_paragraph("Anteckningarna från 2026-02-18 gicks igenom och lades till handlingarna.")
    h("Information från socialförvaltningen")
    d.add_paragraph("Maria Kristensson berättade om sommarplaneringen inom äldreomsorgen, om rekrytering av "
                    "sommarvikarier och om att hemtjänsten från hösten kommer att använda digitala "
                    "nyckelsystem. Hon berättade också att samarbetet med Göteborgs Stad kring korttidsplatser "
                    "förlängs.")
    h("Trygghetsboende på Hönö – lägesrapport")
    d.add_paragraph("Anders Pihl presenterade tidplanen för trygghetsboendet vid Hönö Klåva. Byggstart "
                    "beräknas till mars 2027. Gun-Marie Ek undrade hur många lägenheter som blir tillgängliga "
                    "för boende från de norra öarna; frågan tas med till nästa möte.")
    h("Frågor från föreningarna")
    d.add_paragraph("Kjell Olausson ställde en fråga om färjetrafiken till Björkö kvällstid och om rådet kan "
                    "lämna synpunkter till Västra Götalandsregionen och Trafikverket. Ordföranden tar med frågan "
                    "till kommunstyrelsens arbetsutskott.")
    d.add_paragraph("Britt Hermansson frågade om seniorernas möjlighet att boka kommunens lokaler utan "
                    "kostnad. Elsa Kihlberg återkopplar till nästa möte.")
    h("Nästa möte")
    d.add_paragraph("Nästa möte hålls 2026-09-09 kl. 13.30.")
    d.add_paragraph("\nVid anteckningarna\nJonas Ahlberg\n\nJusteras\nBritt Hermansson")
    d.save(os.path.join(OUT, fn))
    titles = ["Mötets öppnande", "Föregående minnesanteckningar", "Information från socialförvaltningen",
              "Trygghetsboende på Hönö – lägesrapport", "Frågor från föreningarna", "Nästa möte"]
    items = [{"number": str(i + 1), "title": t, "diarienummer": [], "page": 2} for i, t in enumerate(titles)]
    persons = [
        P("Lars Göransson", "S", ["ordförande", "ledamot"]),
        P("Elsa Kihlberg", "M", ["ledamot"]),
        P("Britt Hermansson", None, ["ledamot", "justerare"]),
        P("Kjell Olausson", None, ["ledamot"]),
        P("Gun-Marie Ek", None, ["ledamot"]),
        P("Maria Kristensson", None, ["tjänsteperson"], "socialchef"),
        P("Anders Pihl", None, ["tjänsteperson"], "fastighetschef"),
        P("Jonas Ahlberg", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
    ]
    actions = [
        A("Britt Hermansson", "1", "justerare"),
        A("Maria Kristensson", "3", "presented"), A("Anders Pihl", "4", "presented"),
        A("Gun-Marie Ek", "4", "raised"),
        A("Kjell Olausson", "5", "raised"), A("Britt Hermansson", "5", "raised"),
        A("Elsa Kihlberg", "5", "presented"),
    ]
    GOLD.append({
        "file": fn, "organization": "Öckerö kommun", "organ": "Kommunala pensionärsrådet",
        "date": "2026-05-06", "doc_type": "minnesanteckningar", "pages": 2, "items": items, "persons": persons,
        "actions": actions, "votes": [], "diarienummer": [],
        "kommuner": ["Öckerö", "Göteborg"], "regions": ["Västra Götalandsregionen"],
        "notes": "Unnumbered bold headings -> items numbered 1-6 in order; all on page 2 after one manual page break "
                 "(page 1 is the attendance). Pensioner-organisation representatives have no party -> party null, "
                 "role ledamot (members of the råd). Solveig Lund had förhinder (absent) -> not a person. Justerare "
                 "chosen under point 1 ('valdes att justera') -> action on item 1. Gun-Marie Ek 'undrade' (asked a "
                 "question) under 4 and Britt Hermansson 'frågade' under 5 counted as raised (ställer en fråga). "
                 "Elsa Kihlberg 'återkopplar till nästa möte' is a future promise; counted as presented since "
                 "'återkopplar' is listed, but this is borderline. Organ printed 'Kommunala pensionärsrådet (KPR)'; "
                 "abbreviation dropped. Göteborgs Stad -> Göteborg.",
    })


# ---------------------------------------------------------------- 7 Sävsjö delegationslista (PDF, W3D3-like)
def savsjo():
    fn = "savsjo_miljo-och-byggnamnden_2026-03-18_delegationslista.pdf"

    def head(p):
        p.set_font("S", "", 8)
        p.set_xy(15, 8)
        p.cell(90, 4, "Sävsjö kommun")
        p.cell(0, 4, f"Utskriftsdatum: 2026-03-04    Sida {p.page_no()}({{nb}})", align="R")
        p.set_xy(15, 12)
        p.cell(0, 4, "W3D3 – Delegationsbeslut per nämnd")
        p.set_y(20)

    pdf = Pdf(head, None)
    pdf.set_margins(15, 15, 15)
    pdf.alias_nb_pages()
    pdf.add_page("L")
    pdf.ln_text("Delegationslista – Miljö- och byggnämnden", 14, "B", 7)
    pdf.ln_text("Beslut fattade med stöd av delegation under perioden 2026-02-01 – 2026-02-28.\n"
                "Anmäls vid miljö- och byggnämndens sammanträde 2026-03-18.", 9)
    pdf.ln(3)
    cw = (24, 28, 92, 55, 48, 20)
    hd = ("Beslutsdatum", "Dnr", "Ärende / fastighet", "Beslut", "Delegat", "Del.punkt")

    def header_row():
        pdf.set_font("S", "B", 8)
        pdf.set_fill_color(220, 220, 220)
        for w, t in zip(cw, hd):
            pdf.cell(w, 6, t, border=1, fill=True)
        pdf.ln()

    header_row()
    rows = [
        ("2026-02-02", "MB 2026/12", "Anmälan om installation av värmepump, Hjälmserum 1:14", "Föreläggande med försiktighetsmått", "Hanna Lövdahl, miljöinspektör", "M 4.2"),
        ("2026-02-03", "MB 2026/15", "Ansökan om bygglov för tillbyggnad av enbostadshus, Vrigstad 3:27", "Bygglov beviljas", "Mikael Ström, bygglovshandläggare", "B 1.1"),
        ("2026-02-05", "MB 2025/388", "Avloppsanordning, Stockaryd 2:9 – förlängd handläggningstid", "Beslut om förlängning", "Hanna Lövdahl, miljöinspektör", "M 2.5"),
        ("", "", "", "", "", ""),
        ("2026-02-09", "MB 2026/21", "Registrering av livsmedelsanläggning, Torget 4, Sävsjö", "Registrering", "Sebastian Wik, livsmedelsinspektör", "L 1.1"),
        ("2026-02-11", "MB 2026/22", "Ansökan om strandskyddsdispens för brygga vid Rusken, Ryd 1:3", "Dispens beviljas", "Amra Begić, miljöstrateg", "M 6.1"),
        ("2026-02-12", "MB 2026/08", "Remissvar till Vetlanda kommun angående vattenskyddsområde Nävelsjö", "Yttrande lämnat", "Amra Begić, miljöstrateg", "M 9.3"),
        ("2026-02-16", "MB 2026/27", "Ansökan om rivningslov, Hylletofta 5:2", "Rivningslov beviljas", "Mikael Ström, bygglovshandläggare", "B 1.4"),
        ("2026-02-17", "MB 2026/29", "Tillsyn enligt strålskyddslagen, solarium, Järnvägsgatan 8", "Avgift för tillsyn", "Sebastian Wik, livsmedelsinspektör", "M 11.2"),
        ("2026-02-19", "MB 2026/31", "Startbesked för nybyggnad av garage, Rörvik 4:56", "Startbesked", "Mikael Ström, bygglovshandläggare", "B 3.1"),
        ("2026-02-20", "MB 2025/402", "Klagomål på buller från kylaggregat, Storgatan 19", "Ärendet avskrivs", "Hanna Lövdahl, miljöinspektör", "M 1.3"),
        ("2026-02-23", "MB 2026/33", "Ansökan om marklov för schaktning, Vallsjö 7:1", "Marklov beviljas", "Thomas Fröjd, byggnadsinspektör", "B 1.6"),
        ("2026-02-24", "MB 2026/34", "Slutbesked, fritidshus, Bredestad 2:11", "Slutbesked", "Thomas Fröjd, byggnadsinspektör", "B 3.4"),
        ("2026-02-25", "MB 2026/36", "Anmälan om cistern för eldningsolja, Hultet 1:8", "Föreläggande", "Hanna Lövdahl, miljöinspektör", "M 4.6"),
        ("2026-02-26", "MB 2026/37", "Ansökan om förhandsbesked för enbostadshus, Skepperstad 6:3", "Överlämnas till nämnden", "Mikael Ström, bygglovshandläggare", "–"),
        ("2026-02-27", "MB 2026/38", "Anmälan om ändrad verksamhet, förskolan Eken, Sävsjö", "Föreläggande om egenkontroll", "Sebastian Wik, livsmedelsinspektör", "M 8.2"),
        ("2026-02-27", "MB 2026/39", "Ansökan om bygglov för skylt, Hägnevägen 2", "Bygglov beviljas", "Mikael Ström, bygglovshandläggare", "B 1.2"),
        ("", "", "", "", "", ""),
    ]
    pdf.set_font("S", "", 8)
    for r in rows:
        if pdf.get_y() > 180:
            pdf.add_page("L")
            header_row()
            pdf.set_font("S", "", 8)
        nl = max(len(pdf.multi_cell(w - 1, 4, t, dry_run=True, output="LINES")) for w, t in zip(cw, r))
        h = max(6, nl * 4 + 1.5)
        y = pdf.get_y()
        x = 15
        for w, t in zip(cw, r):
            pdf.set_xy(x, y)
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 0.5, y + 0.5)
            pdf.multi_cell(w - 1, 4, t)
            x += w
        pdf.set_y(y + h)
    pdf.ln(5)
    pdf.set_font("S", "", 8)
    pdf.multi_cell(0, 4, "Antal beslut: 16. Förteckningen är upprättad av miljö- och byggförvaltningen, "
                          "handläggare Petra Glas, administratör.\nDelegationsbesluten kan överklagas hos "
                          "Länsstyrelsen i Jönköpings län inom tre veckor från beslutsdagen.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(os.path.join(OUT, fn))
    dnrs = sorted({r[1] for r in rows if r[1]})
    persons = [
        P("Hanna Lövdahl", None, ["tjänsteperson"], "miljöinspektör"),
        P("Mikael Ström", None, ["tjänsteperson"], "bygglovshandläggare"),
        P("Sebastian Wik", None, ["tjänsteperson"], "livsmedelsinspektör"),
        P("Amra Begić", None, ["tjänsteperson"], "miljöstrateg"),
        P("Thomas Fröjd", None, ["tjänsteperson"], "byggnadsinspektör"),
        P("Petra Glas", None, ["tjänsteperson"], "administratör"),
    ]
    GOLD.append({
        "file": fn, "organization": "Sävsjö kommun", "organ": "Miljö- och byggnämnden", "date": "2026-03-18",
        "doc_type": "delegationslista", "pages": pdf.page_no(), "items": [], "persons": persons, "actions": [],
        "votes": [], "diarienummer": dnrs, "kommuner": ["Sävsjö", "Vetlanda"],
        "notes": "W3D3-like delegation list, landscape, table with empty rows and repeated header on page 2. No items "
                 "(not a meeting). date = the nämnd meeting where the list is anmäld (2026-03-18); the decision "
                 "period is Feb 2026. Document diarienummer = every row's Dnr. Delegates are officials who "
                 "decided (persons, tjänsteperson, no actions). Petra Glas compiled the list (handläggare). "
                 "Property names (Vrigstad, Stockaryd …) are localities in Sävsjö, not kommuner. Länsstyrelsen i "
                 "Jönköpings län = authority, not a region.",
    })


# ---------------------------------------------------------------- 8 Överkalix motion (PDF, plain Word template)
def overkalix():
    fn = "overkalix_kommunfullmaktige_2026-02-03_motion.pdf"
    pdf = Pdf(None, None)
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    # receipt stamp
    pdf.set_draw_color(30, 60, 160)
    pdf.set_text_color(30, 60, 160)
    pdf.rect(135, 15, 55, 22)
    pdf.set_font("S", "B", 8)
    pdf.set_xy(136, 16)
    pdf.multi_cell(53, 4.5, "ÖVERKALIX KOMMUN\nInkom: 2026-02-03\nDnr KS 2026/0034\nAkt: 1.2.4", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(25, 45)
    pdf.ln_text("MOTION", 16, "B", 8, font="S")
    pdf.ln_text("Till kommunfullmäktige i Överkalix kommun", 11, "", 6, font="Serif")
    pdf.ln(4)
    pdf.ln_text("Utbyggnad av laddinfrastruktur och fiberanslutning i Överkalix byar", 13, "B", 7)
    pdf.ln(3)
    body = (
        "Många hushåll i byarna längs Kalixälven saknar fortfarande en stabil fiberanslutning, och avståndet "
        "till närmaste publika laddstation för elbil är för många boende i Rödupp, Lansjärv och Tallvik flera "
        "mil. Samtidigt planerar Region Norrbotten för en regional laddinfrastrukturplan där kommunerna "
        "förväntas peka ut lämpliga platser.\n\n"
        "Grannkommunen Kalix har genom ett samverkansavtal med ett kommunalt bolag byggt ut både fiber och "
        "laddplatser vid bygdegårdar. Vi menar att Överkalix kommun bör pröva en liknande modell, gärna i "
        "samverkan med Kalix kommun och Övertorneå kommun.\n\n"
        "Med anledning av ovanstående föreslår vi kommunfullmäktige besluta\n\n"
        "att   kommunstyrelsen får i uppdrag att ta fram en plan för fiberanslutning av de byar som i dag "
        "saknar stabil anslutning,\n\n"
        "att   kommunstyrelsen får i uppdrag att i dialog med Region Norrbotten peka ut minst fem platser för "
        "publik laddning i kommunens byar, samt\n\n"
        "att   planen redovisas för kommunfullmäktige senast december 2026."
    )
    pdf.ln_text(body, 11, "", 6, font="Serif")
    pdf.ln(10)
    pdf.ln_text("Överkalix den 3 februari 2026", 11, "", 6, font="Serif")
    pdf.ln(12)
    pdf.set_font("Serif", "", 11)
    pdf.cell(80, 6, "………………………………………")
    pdf.cell(80, 6, "………………………………………", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(80, 6, "Ann-Sofi Lindbäck (KD)")
    pdf.cell(80, 6, "Tommy Björk (KD)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(80, 6, "ledamot i kommunfullmäktige")
    pdf.cell(80, 6, "ledamot i kommunfullmäktige", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(os.path.join(OUT, fn))
    GOLD.append({
        "file": fn, "organization": "Överkalix kommun", "organ": "Kommunfullmäktige", "date": "2026-02-03",
        "doc_type": "motion", "pages": 1, "items": [],
        "persons": [P("Ann-Sofi Lindbäck", "KD", ["ledamot"]), P("Tommy Björk", "KD", ["ledamot"])],
        "actions": [A("Ann-Sofi Lindbäck", None, "raised"), A("Tommy Björk", None, "raised")],
        "votes": [], "diarienummer": ["KS 2026/0034"], "kommuner": ["Överkalix", "Kalix", "Övertorneå"],
        "regions": ["Region Norrbotten"],
        "notes": "A motion (doc_type motion, the 'other common form'). No meeting: organ = the body it is addressed to "
                 "(Kommunfullmäktige), date = the motion's date which equals the receipt stamp date. No items; the "
                 "receipt stamp's Dnr KS 2026/0034 is the document's number. Both signatories are authors -> raised "
                 "with item null; roles ledamot as printed under their names. Rödupp, Lansjärv, Tallvik are villages "
                 "in Överkalix, not kommuner.",
    })


if __name__ == "__main__":
    for f in (stenungsund, skara, trosa, vargarda, pajala, ockero, savsjo, overkalix):
        f()
    for g in GOLD:
        g.setdefault("regions", [])
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump({"format": "arkiv-gold/1", "set": "kommuner44", "documents": GOLD}, f, ensure_ascii=False, indent=1)
    print("ok", len(GOLD))
