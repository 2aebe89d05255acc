# Generator for kommuner55 (blind forecast set). Run: nice /work/main/.venv/bin/python build.py
import json, os, subprocess
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
GOLD = []


class P(FPDF):
    def __init__(self, hdr=None, ftr=None, **kw):
        super().__init__(format="A4", **kw)
        self.add_font("S", "", FD + "DejaVuSans.ttf")
        self.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", FD + "DejaVuSans-Oblique.ttf")
        self.add_font("Se", "", FD + "DejaVuSerif.ttf")
        self.add_font("Se", "B", FD + "DejaVuSerif-Bold.ttf")
        self.add_font("Se", "I", FD + "DejaVuSerif-Italic.ttf")
        self.hdr, self.ftr, self.cont = hdr, ftr, None
        self.set_auto_page_break(True, 28)

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    def para(self, text, size=10, style="", h=5, font="S", after=1.5):
        self.set_font(font, style, size)
        self.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


def pers(name, party=None, roles=("ledamot",), title=None):
    d = {"name": name, "party": party, "roles": list(roles)}
    if title:
        d["title"] = title
    return d


def act(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party:
        d["party"] = party
    return d


# ---------------------------------------------------------------- 1 Hultsfred KF (Ciceron-like, § + Dnr in left column)
def hultsfred():
    fn = "hultsfred_kommunfullmaktige_2026-03-23_protokoll.pdf"

    def hdr(p):
        p.set_xy(15, 10)
        p.set_font("S", "B", 11); p.cell(62, 5, "HULTSFREDS KOMMUN")
        p.set_font("S", "", 10); p.cell(70, 5, "SAMMANTRÄDESPROTOKOLL")
        p.cell(48, 5, f"Sida {p.page_no()} ({{nb}})", align="R")
        p.set_xy(15, 15.5); p.set_font("S", "", 8)
        p.cell(62, 4, ""); p.cell(70, 4, "Sammanträdesdatum")
        p.set_xy(15, 19.5); p.set_font("S", "", 10)
        p.cell(62, 5, "Kommunfullmäktige"); p.cell(70, 5, "2026-03-23")
        p.line(15, 25.5, 195, 25.5)
        if p.cont:
            p.set_xy(15, 29); p.set_font("S", "B", 10); p.cell(33, 5, p.cont + " forts.")
            p.set_xy(50, 29)
        else:
            p.set_y(29)

    def ftr(p):
        p.set_y(-22); p.line(15, p.get_y(), 195, p.get_y())
        p.set_font("S", "", 7)
        p.set_xy(15, p.get_y() + 1); p.cell(60, 4, "Justerandes sign"); p.cell(60, 4, ""); p.cell(60, 4, "Utdragsbestyrkande")
        p.rect(15, p.get_y() + 5, 55, 9); p.rect(140, p.get_y() + 5, 55, 9)

    p = P(hdr, ftr)
    p.set_left_margin(15)
    items, acts, votes = [], [], []
    p.add_page()
    # cover page
    rows = [
        ("Plats och tid", "Kulturhuset Metropol, Hultsfred, måndagen den 23 mars 2026 kl. 18.30–21.05"),
        ("Beslutande", "Se närvarolista, sidan 2"),
        ("Övriga närvarande", "Karin Lundmark, kommunsekreterare\nPeter Sandgren, kommundirektör\nMatilda Öhrn, planarkitekt, § 32"),
        ("Utses att justera", "Ingrid Pålsson-Berg (S) och Tomas Lind (M)"),
        ("Justeringens\nplats och tid", "Kommunkansliet, fredagen den 27 mars 2026"),
    ]
    for lab, txt in rows:
        y = p.get_y()
        p.set_font("S", "B", 9); p.multi_cell(42, 5, lab)
        y2 = p.get_y()
        p.set_xy(60, y); p.set_font("S", "", 10); p.multi_cell(135, 5, txt, new_x="LMARGIN", new_y="NEXT")
        p.set_y(max(y2, p.get_y()) + 3)
    p.ln(4)
    p.set_font("S", "B", 9); p.cell(42, 6, "Underskrifter"); p.ln(8)
    for lab, nm, extra in [("Sekreterare", "Karin Lundmark", "Paragrafer   §§ 28–37"),
                           ("Ordförande", "Leif Carlsson", ""),
                           ("Justerande", "Ingrid Pålsson-Berg                         Tomas Lind", "")]:
        p.set_font("S", "", 9); p.cell(42, 6, lab)
        p.cell(90, 6, "……………………………………………………"); p.cell(0, 6, extra); p.ln(6)
        p.set_x(57); p.set_font("S", "", 10); p.cell(0, 5, nm); p.ln(10)
    p.ln(4)
    p.set_font("S", "B", 10); p.cell(0, 6, "ANSLAG/BEVIS"); p.ln(6)
    p.set_font("S", "", 9)
    p.multi_cell(0, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", new_x="LMARGIN", new_y="NEXT")
    for lab, v in [("Organ", "Kommunfullmäktige"), ("Sammanträdesdatum", "2026-03-23"),
                   ("Datum då anslaget sätts upp", "2026-03-30          Datum då anslaget tas ned   2026-04-21"),
                   ("Förvaringsplats för protokollet", "Kommunkansliet, Hultsfred"),
                   ("Underskrift", "……………………………………………   Karin Lundmark")]:
        p.cell(58, 5, lab); p.cell(0, 5, v); p.ln(5)

    # page 2 attendance
    S = [("Leif Carlsson", "C", "ordförande"), ("Helena Gustavsson", "M", "1:e vice ordförande"),
         ("Gunnel Strand", "S", "2:e vice ordförande"),
         ("Marie Fransson", "S", ""), ("Anders Johnsson", "S", ""), ("Ingrid Pålsson-Berg", "S", ""),
         ("Roger Sundin", "S", ""), ("Maja Eklund", "S", ""), ("Kent Holmqvist", "S", ""),
         ("Sanna Wikström", "S", ""), ("Jonas Åberg", "S", ""),
         ("Tomas Lind", "M", ""), ("Per-Olof Dahl", "M", ""), ("Magnus Ekvall", "M", ""),
         ("Ulrika Sandell", "M", ""), ("Patrik Hjort", "M", ""),
         ("Kenneth Wallin", "SD", ""), ("Jessica Ström", "SD", ""), ("Mikael Forsberg", "SD", ""),
         ("Lena Axelsson", "SD", ""), ("Daniel Berglöf", "SD", ""), ("Therese Almgren", "SD", ""),
         ("Anneli Nord", "C", ""), ("Erik Hallberg", "C", ""), ("Sofie Granath", "C", ""),
         ("Lars-Gunnar Ek", "KD", ""), ("Monica Lövgren", "KD", ""),
         ("Elin Sjö", "V", ""), ("Stefan Nilsson", "L", ""),
         ("Björn Oskarsson", "FH", ""), ("Camilla Oskarsson Rydh", "FH", "")]
    TJG = {"Roger Sundin": "Bengt Ahlström", "Per-Olof Dahl": "Johanna Kvist", "Lena Axelsson": "Ronny Blad"}
    p.add_page()
    p.set_font("S", "B", 12); p.cell(0, 7, "Närvarolista"); p.ln(9)
    p.set_font("S", "", 9)
    with p.table(col_widths=(62, 16, 30, 62), text_align="LEFT", line_height=4.6,
                 headings_style=FontFace(emphasis="BOLD")) as t:
        t.row(["Ledamöter", "Parti", "Närvarande", "Tjänstgörande ersättare"])
        for nm, pa, r in S:
            if nm in TJG:
                t.row([nm, pa, "–", TJG[nm] + " (" + pa + ")"])
            else:
                t.row([nm + (", " + r if r else ""), pa, "x", ""])
    p.ln(3)
    p.set_font("S", "B", 9); p.cell(0, 5, "Ersättare, ej tjänstgörande"); p.ln(5)
    p.set_font("S", "", 9); p.multi_cell(0, 4.6, "Ann-Britt Holm (S), Oskar Fält (M), Nils Rosén (FH)", new_x="LMARGIN", new_y="NEXT")

    persons = []
    for nm, pa, r in S:
        if nm in TJG:
            persons.append(pers(TJG[nm], pa, ["tjänstgörande ersättare"]))
        elif r == "ordförande":
            persons.append(pers(nm, pa, ["ordförande", "ledamot"]))
        elif "vice" in r:
            persons.append(pers(nm, pa, ["vice ordförande", "ledamot"]))
        else:
            persons.append(pers(nm, pa, ["ledamot"]))
    for nm, pa in [("Ann-Britt Holm", "S"), ("Oskar Fält", "M"), ("Nils Rosén", "FH")]:
        persons.append(pers(nm, pa, ["ersättare"]))
    persons += [pers("Karin Lundmark", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
                pers("Peter Sandgren", None, ["tjänsteperson"], "kommundirektör"),
                pers("Matilda Öhrn", None, ["tjänsteperson", "föredragande"], "planarkitekt"),
                pers("Agneta Fromholtz", None, ["närvarande"])]
    for x in persons:
        if x["name"] in ("Ingrid Pålsson-Berg", "Tomas Lind"):
            x["roles"].append("justerare")

    def sect(num, title, dnr=None):
        p.cont = None
        p.set_left_margin(15)
        if p.get_y() > 225:
            p.add_page()
        else:
            p.ln(3)
        y = p.get_y()
        p.set_font("S", "B", 11); p.set_xy(15, y); p.cell(33, 6, num)
        if dnr:
            p.set_xy(15, y + 6); p.set_font("S", "", 8); p.multi_cell(33, 4, dnr)
        ybot = p.get_y()
        p.set_left_margin(50); p.set_xy(50, y)
        p.set_font("S", "B", 11); p.multi_cell(145, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        p.set_y(max(p.get_y(), ybot) + 2)
        pg = p.page_no()
        p.cont = num
        it = {"number": num.replace(" ", ""), "title": title.replace("\n", " "), "diarienummer": [dnr[4:]] if dnr else [], "page": pg}
        items.append(it)
        return it

    def sub(h):
        p.set_font("S", "B", 10); p.cell(0, 6, h); p.ln(6)

    p.add_page()
    sect("§ 28", "Val av justerare")
    p.para("Kommunfullmäktige beslutar\n\natt utse Ingrid Pålsson-Berg (S) och Tomas Lind (M) att jämte ordföranden justera dagens protokoll,\n\natt justering sker på kommunkansliet fredagen den 27 mars 2026.")
    acts += [act("Ingrid Pålsson-Berg", "§28", "justerare"), act("Tomas Lind", "§28", "justerare")]

    sect("§ 29", "Fastställande av dagordning")
    p.para("Ordföranden föreslår att ett extra valärende, fyllnadsval av ersättare i socialnämnden, tas upp som § 36 och att anmälningsärendena behandlas sist.")
    sub("Beslut")
    p.para("Kommunfullmäktige fastställer dagordningen med ordförandens ändring.")

    it = sect("§ 30", "Anmälan av nya motioner, interpellationer och frågor")
    p.para("Följande motioner, interpellationer och frågor har kommit in sedan föregående sammanträde:")
    for t in ["Motion från Elin Sjö (V) om fri entré till Hultsfreds simhall för barn och unga under 18 år, Dnr KS 2026/088",
              "Motion från Stefan Nilsson (L) och Sofie Granath (C) om en kommunal handlingsplan mot ofrivillig ensamhet bland äldre, Dnr KS 2026/090",
              "Interpellation från Björn Oskarsson (FH) till kommunstyrelsens ordförande om tomställda kommunala lokaler i Mörlunda, Dnr KS 2026/094",
              "Fråga från Lars-Gunnar Ek (KD) till barn- och utbildningsnämndens ordförande om skolskjutsarnas restider, Dnr KS 2026/095"]:
        p.para("–  " + t, after=1)
    sub("Beslut")
    p.para("Kommunfullmäktige beslutar\n\natt remittera motionerna till kommunstyrelsen för beredning,\n\natt interpellationen får ställas och besvaras vid fullmäktiges sammanträde den 27 april 2026,\n\natt frågan får ställas och besvaras vid dagens sammanträde, se § 35.")
    it["diarienummer"] = ["KS 2026/088", "KS 2026/090", "KS 2026/094", "KS 2026/095"]
    acts += [act("Elin Sjö", "§30", "raised"), act("Stefan Nilsson", "§30", "raised"), act("Sofie Granath", "§30", "raised"),
             act("Björn Oskarsson", "§30", "raised"), act("Lars-Gunnar Ek", "§30", "raised")]

    sect("§ 31", "Svar på interpellation från Kenneth Wallin (SD) om hemtjänstens nyckelhantering", "Dnr KS 2026/041")
    p.para("Kenneth Wallin (SD) har i en interpellation till kommunstyrelsens ordförande frågat hur hemtjänsten säkerställer att nycklar till brukarnas bostäder inte kommer på avvägar, och om digitala lås kommer att införas i hela kommunen.")
    p.para("Kommunstyrelsens ordförande Marie Fransson (S) besvarar interpellationen. Av svaret framgår bland annat att digitala lås har installerats hos 412 brukare och att resterande installationer beräknas vara klara under hösten 2026.")
    p.para("I debatten deltar Kenneth Wallin (SD) och Marie Fransson (S).")
    sub("Beslut")
    p.para("Interpellationen anses besvarad.")
    acts += [act("Kenneth Wallin", "§31", "raised"), act("Marie Fransson", "§31", "presented")]

    sect("§ 32", "Detaljplan för del av Målilla 4:12 m.fl., verksamhetsområde vid Rallarvägen i Målilla – antagande", "Dnr KS 2024/203")
    sub("Ärendebeskrivning")
    p.para("Syftet med detaljplanen är att möjliggöra ett nytt verksamhetsområde om cirka 9 hektar öster om Rallarvägen i Målilla. Planen har varit utställd för granskning under tiden 2025-11-03–2025-12-01. Inkomna synpunkter har sammanställts i ett granskningsutlåtande. Planarkitekt Matilda Öhrn föredrar ärendet.")
    sub("Beslutsunderlag")
    p.para("Kommunstyrelsens beslut 2026-03-03, § 41\nPlankarta med bestämmelser, planbeskrivning och granskningsutlåtande, daterade 2026-01-20")
    sub("Kommunstyrelsens förslag")
    p.para("Kommunfullmäktige antar detaljplan för del av Målilla 4:12 m.fl.")
    sub("Yrkanden")
    p.para("Marie Fransson (S), Tomas Lind (M) och Anneli Nord (C) yrkar bifall till kommunstyrelsens förslag.")
    p.para("Björn Oskarsson (FH) yrkar att ärendet återremitteras till kommunstyrelsen för att trafiksäkerheten vid korsningen Rallarvägen–Storgatan ska utredas.")
    p.para("Kenneth Wallin (SD) instämmer i Björn Oskarssons återremissyrkande.")
    p.para("Camilla Oskarsson Rydh (FH) yrkar i andra hand avslag till kommunstyrelsens förslag.")
    sub("Propositionsordning")
    p.para("Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att kommunfullmäktige beslutar att ärendet ska avgöras i dag. Votering begärs.")
    sub("Votering")
    p.para("Följande voteringsproposition godkänns:\nJa – ärendet avgörs i dag.\nNej – ärendet återremitteras.")
    p.para("Med 22 ja-röster mot 8 nej-röster, 1 ledamot avstår, beslutar kommunfullmäktige att ärendet ska avgöras i dag. Hur var och en har röstat framgår av voteringslistan.")
    p.set_font("S", "B", 10); p.cell(0, 6, "Voteringslista nr 1, § 32"); p.ln(7)
    p.set_font("S", "", 8.5)
    tally = {"ja": 0, "nej": 0, "avstår": 0}
    with p.table(col_widths=(45, 12, 46, 14, 14, 14), align="LEFT", text_align=("LEFT", "CENTER", "LEFT", "CENTER", "CENTER", "CENTER"),
                 line_height=4.2, headings_style=FontFace(emphasis="BOLD")) as t:
        t.row(["Ledamot", "Parti", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"])
        for nm, pa, r in S:
            v = "nej" if pa in ("FH", "SD") else ("avstår" if pa == "V" else "ja")
            tally[v] += 1
            voter = TJG.get(nm, nm)
            votes.append({"item": "§32", "round": 1, "person": voter, "vote": v})
            t.row([nm, pa, TJG.get(nm, ""), "X" if v == "ja" else "", "X" if v == "nej" else "", "X" if v == "avstår" else ""])
        t.row(["Summa", "", "", str(tally["ja"]), str(tally["nej"]), str(tally["avstår"])])
    assert tally == {"ja": 22, "nej": 8, "avstår": 1}, tally
    p.ln(3)
    p.para("Därefter ställer ordföranden proposition på bifall mot avslag till kommunstyrelsens förslag och finner att kommunfullmäktige bifaller kommunstyrelsens förslag.")
    sub("Beslut")
    p.para("Kommunfullmäktige antar detaljplan för del av Målilla 4:12 m.fl., verksamhetsområde vid Rallarvägen i Målilla.")
    sub("Reservationer")
    p.para("Framtid Hultsfreds ledamöter reserverar sig mot beslutet till förmån för återremissyrkandet.")
    p.para("Kenneth Wallin (SD) reserverar sig mot beslutet.")
    sub("Protokollsanteckning")
    p.para("Elin Sjö (V) lämnar följande protokollsanteckning: ”Vänsterpartiet delar oron för trafiksäkerheten men anser att den kan hanteras i genomförandet. Därför avstod vi i voteringen.”")
    p.para("Expedieras till: Samhällsbyggnadsförvaltningen, Lantmäterimyndigheten", size=8.5)
    acts += [act("Matilda Öhrn", "§32", "presented"),
             act("Marie Fransson", "§32", "proposed"), act("Tomas Lind", "§32", "proposed"), act("Anneli Nord", "§32", "proposed"),
             act("Björn Oskarsson", "§32", "proposed"), act("Kenneth Wallin", "§32", "proposed"),
             act("Camilla Oskarsson Rydh", "§32", "proposed"),
             act(None, "§32", "reserved", "FH"), act("Kenneth Wallin", "§32", "reserved"),
             act("Elin Sjö", "§32", "protocol_note")]
    items[-1]["votes_summary"] = "22 ja-röster mot 8 nej-röster, 1 ledamot avstår"

    sect("§ 33", "Svar på motion från Elin Sjö (V) om gratis mensskydd på kommunens skolor och fritidsgårdar", "Dnr KS 2025/318")
    p.para("Elin Sjö (V) föreslår i en motion att kommunen ska erbjuda gratis mensskydd på samtliga grundskolor, på gymnasieskolan och på kommunens fritidsgårdar. Barn- och utbildningsnämnden har yttrat sig och konstaterar att skolsköterskorna redan i dag tillhandahåller mensskydd vid behov.")
    sub("Kommunstyrelsens förslag")
    p.para("Motionen anses besvarad.")
    sub("Yrkanden")
    p.para("Elin Sjö (V) yrkar bifall till motionen.")
    p.para("Maja Eklund (S) och Helena Gustavsson (M) yrkar bifall till kommunstyrelsens förslag.")
    sub("Propositionsordning")
    p.para("Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att kommunfullmäktige bifaller kommunstyrelsens förslag.")
    sub("Beslut")
    p.para("Motionen anses besvarad.")
    sub("Reservation")
    p.para("Elin Sjö (V) reserverar sig mot beslutet till förmån för eget yrkande och lämnar en skriftlig reservation, se nedan.")
    sub("Protokollsanteckning")
    p.para("Jessica Ström (SD) och Therese Almgren (SD) lämnar en protokollsanteckning om att frågan bör följas upp i barn- och utbildningsnämnden.")
    p.set_font("S", "B", 10); p.cell(0, 6, "Reservation – KF § 33"); p.ln(6)
    p.para("Vänsterpartiet anser att tillgång till mensskydd inte ska behöva gå via ett besök hos skolsköterskan. Det handlar om elevernas värdighet och om en kostnad som för kommunen är liten. Vi reserverar oss därför mot beslutet.", font="Se", style="I")
    p.para("Hultsfred den 23 mars 2026\n\n…………………………………\nElin Sjö (V)", font="Se")
    acts += [act("Elin Sjö", "§33", "raised"), act("Elin Sjö", "§33", "proposed"), act("Maja Eklund", "§33", "proposed"),
             act("Helena Gustavsson", "§33", "proposed"), act("Elin Sjö", "§33", "reserved"),
             act("Jessica Ström", "§33", "protocol_note"), act("Therese Almgren", "§33", "protocol_note")]

    sect("§ 34", "Medborgarförslag om hundrastgård i Virserum", "Dnr KS 2025/377")
    p.para("Agneta Fromholtz, Virserum, föreslår i ett medborgarförslag att kommunen anlägger en inhägnad hundrastgård i Virserum. Förslagsställaren är närvarande och presenterar förslaget under allmänhetens frågestund. Tekniska kontoret bedömer att en hundrastgård kan anläggas på kommunens mark vid Hjortöns camping inom befintlig budget.")
    sub("Kommunstyrelsens förslag")
    p.para("Medborgarförslaget bifalls.")
    sub("Yrkande")
    p.para("Sofie Granath (C) yrkar bifall till kommunstyrelsens förslag.")
    sub("Beslut")
    p.para("Medborgarförslaget bifalls. Tekniska kontoret får i uppdrag att anlägga hundrastgården under 2026.")
    acts += [act("Agneta Fromholtz", "§34", "raised"), act("Agneta Fromholtz", "§34", "presented"),
             act("Sofie Granath", "§34", "proposed")]

    sect("§ 35", "Svar på fråga från Lars-Gunnar Ek (KD) om skolskjutsarnas restider", "Dnr KS 2026/095")
    p.para("Lars-Gunnar Ek (KD) har ställt en fråga till barn- och utbildningsnämndens ordförande om hur lång den längsta restiden med skolskjuts är för elever i årskurs 1–3. Barn- och utbildningsnämndens ordförande Anneli Nord (C) besvarar frågan.")
    sub("Beslut")
    p.para("Frågan anses besvarad.")
    acts += [act("Lars-Gunnar Ek", "§35", "raised"), act("Anneli Nord", "§35", "presented")]

    sect("§ 36", "Fyllnadsval av ersättare i socialnämnden", "Dnr KS 2026/021")
    p.para("En ersättare i socialnämnden (M) har avsagt sig sitt uppdrag, se kommunfullmäktiges beslut 2026-02-23, § 14. Valberedningens ordförande Gunnel Strand (S) redovisar valberedningens förslag.")
    sub("Beslut")
    p.para("Kommunfullmäktige väljer Oskar Fält (M) till ersättare i socialnämnden för tiden till och med 2026-12-31.")
    acts += [act("Gunnel Strand", "§36", "presented")]

    sect("§ 37", "Anmälningsärenden")
    p.para("–  Protokoll från kommunala pensionärsrådet 2026-02-18\n–  Region Kalmar läns beslut om ändrad linjedragning för linje 330 Hultsfred–Vimmerby\n–  Revisorernas granskningsrapport om kommunens upphandlingsverksamhet")
    sub("Beslut")
    p.para("Anmälningarna läggs till handlingarna.")

    p.output(os.path.join(OUT, fn))
    for x in persons:
        x["roles"] = list(dict.fromkeys(x["roles"]))
    persons = [x for x in persons]
    GOLD.append({"file": fn, "organization": "Hultsfreds kommun", "organ": "Kommunfullmäktige", "date": "2026-03-23",
                 "doc_type": "protokoll", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts,
                 "votes": votes, "diarienummer": sorted({d for i in items for d in i["diarienummer"]}),
                 "kommuner": ["Hultsfred", "Vimmerby"], "regions": ["Region Kalmar län"],
                 "notes": "Ciceron-like layout: § number and 'Dnr …' stacked in a left column, title to the right; continuation pages print '§ 32 forts.' in the left column. "
                          "Absent members replaced by tjänstgörande ersättare (Bengt Ahlström for Roger Sundin, Johanna Kvist for Per-Olof Dahl, Ronny Blad for Lena Axelsson) are not persons; the ersättare vote in the voteringslista. "
                          "§30 lists the Dnr given to the new motions/interpellation/fråga. Agneta Fromholtz is a private person but authors the medborgarförslag and presents it at the meeting, so listed (role närvarande). "
                          "§36: the resigning ersättare is not named; Oskar Fält is elected (no action kind). 'Framtid Hultsfreds ledamöter reserverar sig' = party FH reserved. "
                          "Kenneth Wallin 'instämmer i återremissyrkandet' counted as proposed. Vimmerby named only in a bus line name in §37 (kept as kommun named). regions written as printed ('Region Kalmar län')."})


# ---------------------------------------------------------------- 2 Region Gotland RS (Platina/Meetings Plus-like, decision part in table)
def gotland():
    fn = "gotland_regionstyrelsen_2026-02-26_protokoll.pdf"

    def hdr(p):
        p.set_xy(15, 9); p.set_font("S", "B", 13); p.cell(90, 7, "Region Gotland")
        p.set_font("S", "B", 11); p.cell(0, 7, "PROTOKOLL", align="R")
        p.set_xy(15, 16); p.set_font("S", "", 9); p.cell(90, 5, "Regionstyrelsen")
        p.cell(0, 5, f"Sammanträdesdatum 2026-02-26    {p.page_no()} ({{nb}})", align="R")
        p.line(15, 22, 195, 22)
        p.set_y(27)

    def ftr(p):
        p.set_y(-20); p.set_font("S", "", 7.5)
        p.line(15, p.get_y(), 195, p.get_y()); p.ln(1)
        p.cell(55, 4, "Justerare ________  ________"); p.cell(70, 4, "Utdragsbestyrkande ______________", align="C")
        p.cell(0, 4, "Region Gotland, 621 81 Visby", align="R")

    p = P(hdr, ftr); p.set_left_margin(15)
    items, acts = [], []
    p.add_page()
    p.set_font("S", "B", 11)
    ledam = [("Karin Thorsell", "S", "ordförande"), ("Erik Lindroth", "C", "1:e vice ordförande"),
             ("Agneta Rydberg-Hall", "M", "2:e vice ordförande"), ("Johan Pettersson Klint", "S", ""),
             ("Lisa Hägg", "S", ""), ("Mats Kullander", "S", ""), ("Elsa Nyman", "V", ""), ("Tobias Hedvall", "MP", ""),
             ("Fredrik Ljunggren", "C", ""), ("Peter Sjöstedt", "M", ""), ("Rickard Lundin", "SD", ""),
             ("Anna Kvarnström", "SD", ""), ("Olle Bodin", "KD", ""), ("Ingela Möller", "GL", "")]
    blocks = [
        ("Plats och tid", "Regionens hus, sal Visborg, Visby, torsdag 26 februari 2026 kl. 09.00–12.20"),
        ("Beslutande", "\n".join(f"{n} ({pa}){', ' + r if r else ''}" for n, pa, r in ledam) +
         "\nStaffan Gahnström (C), tjänstgörande ersättare för Maud Bergman (C)"),
        ("Ersättare", "Hanna Ödberg (S)\nSven-Erik Ahlsell (L)"),
        ("Övriga deltagande", "Per-Anders Hallin, regiondirektör\nAnnika Stål, ekonomidirektör, § 43\nKlas Grund, planeringschef, § 45\nLena Östman, nämndsekreterare"),
        ("Justerare", "Agneta Rydberg-Hall (M), Elsa Nyman (V)"),
        ("Justeringens plats och tid", "Regionstyrelseförvaltningen, 2026-03-03"),
        ("Paragrafer", "§§ 41–47"),
    ]
    with p.table(col_widths=(45, 135), text_align="LEFT", line_height=5, first_row_as_headings=False,
                 borders_layout="HORIZONTAL_LINES") as t:
        for lab, txt in blocks:
            r = t.row(); r.cell(lab, style=FontFace(emphasis="BOLD")); r.cell(txt)
    p.ln(6)
    p.set_font("S", "", 9)
    for lab, nm in [("Sekreterare", "Lena Östman"), ("Ordförande", "Karin Thorsell"), ("Justerare", "Agneta Rydberg-Hall"), ("", "Elsa Nyman")]:
        p.cell(40, 5, lab); p.cell(0, 5, "_______________________________"); p.ln(5); p.set_x(55); p.cell(0, 5, nm); p.ln(7)

    persons = []
    for n, pa, r in ledam:
        roles = ["ordförande", "ledamot"] if r == "ordförande" else (["vice ordförande", "ledamot"] if r else ["ledamot"])
        if n in ("Agneta Rydberg-Hall", "Elsa Nyman"):
            roles.append("justerare")
        persons.append(pers(n, pa, roles))
    persons += [pers("Staffan Gahnström", "C", ["tjänstgörande ersättare"]), pers("Hanna Ödberg", "S", ["ersättare"]),
                pers("Sven-Erik Ahlsell", "L", ["ersättare"]),
                pers("Per-Anders Hallin", None, ["tjänsteperson", "föredragande"], "regiondirektör"),
                pers("Annika Stål", None, ["tjänsteperson", "föredragande"], "ekonomidirektör"),
                pers("Klas Grund", None, ["tjänsteperson", "föredragande"], "planeringschef"),
                pers("Lena Östman", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    acts += [act("Agneta Rydberg-Hall", None, "justerare"), act("Elsa Nyman", None, "justerare")]

    def item(num, title, dnr, rows, text=None):
        if p.get_y() > 220:
            p.add_page()
        else:
            p.ln(5)
        pg = p.page_no()
        p.set_font("S", "B", 12); p.cell(25, 7, num)
        p.set_font("S", "", 9); p.cell(0, 7, dnr or "", align="R"); p.ln(8)
        p.set_font("S", "B", 12); p.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT"); p.ln(2)
        p.set_font("S", "", 9.5)
        with p.table(col_widths=(38, 142), text_align="LEFT", line_height=4.8, first_row_as_headings=False,
                     cell_fill_color=(238, 238, 238), cell_fill_mode="COLUMNS") as t:
            for lab, txt in rows:
                r = t.row(); r.cell(lab, style=FontFace(emphasis="BOLD")); r.cell(txt)
        p.ln(3)
        if text:
            p.para("Sammanfattning", style="B", size=10, after=0.5)
            p.para(text, size=9.5)
        it = {"number": num.replace(" ", ""), "title": title, "diarienummer": [dnr.split(": ")[-1]] if dnr else [], "page": pg}
        items.append(it)
        return it

    p.add_page()
    item("§ 41", "Godkännande av dagordning", None, [("Beslut", "Regionstyrelsen godkänner dagordningen.")])
    item("§ 42", "Regiondirektörens information", None,
         [("Beslut", "Informationen noteras."),
          ("Information", "Regiondirektör Per-Anders Hallin informerar om läget i förhandlingarna med staten om regionala utvecklingsmedel, om rekryteringen av ny hälso- och sjukvårdsdirektör samt om vinterns störningar i färjetrafiken.")])
    acts.append(act("Per-Anders Hallin", "§42", "presented"))
    item("§ 43", "Ekonomisk uppföljning januari 2026", "Ärendenummer: RS 2026/57",
         [("Beslut", "Regionstyrelsen lägger den ekonomiska uppföljningen till handlingarna."),
          ("Föredragande", "Ekonomidirektör Annika Stål redogör för utfallet.")],
         "Utfallet för januari visar ett överskott på 14 mnkr för regionen som helhet. Hälso- och sjukvårdsnämnden redovisar ett underskott som främst beror på kostnader för inhyrd personal.")
    acts.append(act("Annika Stål", "§43", "presented"))
    it = item("§ 44", "Svar på motion – Laddinfrastruktur vid regionens besöksparkeringar", "Ärendenummer: RS 2025/889",
              [("Beslut", "Regionstyrelsen föreslår regionfullmäktige besluta att motionen avslås."),
               ("Yrkanden", "Tobias Hedvall (MP) yrkar bifall till motionen.\nElsa Nyman (V) yrkar bifall till Tobias Hedvalls yrkande.\nKarin Thorsell (S) och Peter Sjöstedt (M) yrkar bifall till arbetsutskottets förslag."),
               ("Propositions-\nordning", "Ordföranden ställer arbetsutskottets förslag mot Tobias Hedvalls yrkande och finner att regionstyrelsen bifaller arbetsutskottets förslag. Omröstning begärs och verkställs.\nJa för arbetsutskottets förslag, nej för Tobias Hedvalls yrkande."),
               ("Omröstning", "Ja 12, Nej 2, Avstår 1\nRegionstyrelsen har beslutat enligt arbetsutskottets förslag."),
               ("Reservation", "Tobias Hedvall (MP) och Elsa Nyman (V) reserverar sig till förmån för eget yrkande.")],
              "Tobias Hedvall (MP) föreslår i en motion att regionen ska bygga ut laddplatser för elbil vid besöksparkeringarna vid Visby lasarett och regionens hus. Regionstyrelseförvaltningen bedömer att utbyggnaden bör ske i takt med ordinarie investeringsplan och att motionens intentioner delvis redan omhändertas.")
    it["votes_summary"] = "Ja 12, Nej 2, Avstår 1"
    acts += [act("Tobias Hedvall", "§44", "raised"), act("Tobias Hedvall", "§44", "proposed"), act("Elsa Nyman", "§44", "proposed"),
             act("Karin Thorsell", "§44", "proposed"), act("Peter Sjöstedt", "§44", "proposed"),
             act("Tobias Hedvall", "§44", "reserved"), act("Elsa Nyman", "§44", "reserved")]
    item("§ 45", "Översiktsplan för Gotland – Bygga och bo på Gotland 2040, godkännande av samrådshandling och beslut om samråd", "Ärendenummer: RS 2024/1102",
         [("Beslut", "1. Regionstyrelsen godkänner samrådshandlingen för översiktsplan Gotland 2040.\n2. Samråd genomförs under perioden 2026-03-16–2026-06-12."),
          ("Föredragande", "Planeringschef Klas Grund presenterar samrådshandlingen och tidplanen."),
          ("Yrkanden", "Erik Lindroth (C) yrkar bifall till arbetsutskottets förslag.\nRickard Lundin (SD) yrkar tillägg om att samrådet även ska omfatta ett särskilt möte på Fårö.\nIngela Möller (GL) yrkar att avsnittet om vindkraft i södra Gotland stryks ur samrådshandlingen.\nAnna Kvarnström (SD) instämmer i Rickard Lundins tilläggsyrkande."),
          ("Propositions-\nordning", "Ordföranden ställer först proposition på arbetsutskottets förslag mot Ingela Möllers ändringsyrkande och finner att regionstyrelsen bifaller arbetsutskottets förslag. Därefter ställer ordföranden proposition på Rickard Lundins tilläggsyrkande och finner att det avslås."),
          ("Reservation", "Ingela Möller (GL) reserverar sig mot beslutet till förmån för eget yrkande."),
          ("Protokolls-\nanteckning", "Sverigedemokraterna lämnar en protokollsanteckning: ”Vi beklagar att de boende på Fårö inte får ett eget samrådsmöte.”")],
         "Regionfullmäktige gav 2023 regionstyrelsen i uppdrag att ta fram en ny översiktsplan. Förslaget har tagits fram i dialog med näringsliv och föreningar och redovisar mark- och vattenanvändningen för hela Gotland, inklusive Fårö och Gotska Sandön. I arbetet har grannkommunerna på fastlandet, bland andra Oskarshamns kommun och Nynäshamns kommun, informerats om planeringen av hamnar och färjelägen. Handlingen omfattar även utvecklingen av Visby hamn, Slite och Klintehamn samt riktlinjer för bebyggelse på landsbygden.\n\nUnder samrådet kommer handlingarna att finnas tillgängliga på regionens webbplats och i regionens servicecenter. Samrådsmöten hålls i Visby, Hemse och Slite.")
    acts += [act("Klas Grund", "§45", "presented"), act("Erik Lindroth", "§45", "proposed"), act("Rickard Lundin", "§45", "proposed"),
             act("Ingela Möller", "§45", "proposed"), act("Anna Kvarnström", "§45", "proposed"),
             act("Ingela Möller", "§45", "reserved"), act(None, "§45", "protocol_note", "SD")]
    item("§ 46", "Remiss – Trafikverkets underlag inför upphandling av den allmänna färjetrafiken till och från Gotland 2027–2037", "Ärendenummer: RS 2025/1310",
         [("Beslut", "Regionstyrelsen antar förvaltningens förslag till yttrande som sitt eget och översänder det till Trafikverket."),
          ("Yrkande", "Olle Bodin (KD) yrkar bifall till förvaltningens förslag.")],
         "Trafikverket har remitterat sitt underlag inför upphandlingen. Region Gotland framhåller i yttrandet behovet av fler avgångar till Oskarshamn under lågsäsong och av att ersättningstonnage finns tillgängligt vid driftstörningar i Nynäshamn.")
    acts.append(act("Olle Bodin", "§46", "proposed"))
    item("§ 47", "Anmälan av delegationsbeslut", None,
         [("Beslut", "Anmälan av delegationsbeslut noteras."),
          ("Anmälda beslut", "Regiondirektörens beslut om tillförordnad hälso- och sjukvårdsdirektör, RS 2026/31\nOrdförandebeslut om yttrande över förslag till nationell färjestrategi, RS 2026/48\nBeslut om attesträtt för regionstyrelseförvaltningen 2026, RS 2025/1288")])
    p.output(os.path.join(OUT, fn))
    GOLD.append({"file": fn, "organization": "Region Gotland", "organ": "Regionstyrelsen", "date": "2026-02-26",
                 "doc_type": "protokoll", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": ["RS 2024/1102", "RS 2025/1310", "RS 2025/889", "RS 2026/57"],
                 "kommuner": ["Gotland", "Oskarshamn", "Nynäshamn"], "regions": ["Region Gotland"],
                 "notes": "Platina/Meetings Plus-like: § number with 'Ärendenummer: RS …' on the same line right-aligned, title below, decision part in a two-column table (Beslut/Yrkanden/Propositionsordning/Omröstning/Reservation/Protokollsanteckning). "
                          "Justerare named in the head block without a 'Val av justerare' § → item null. Maud Bergman (C) is only the member replaced by Staffan Gahnström: not a person. "
                          "§44 omröstning printed as a bare count only → votes_summary, no per-person votes. 'Sverigedemokraterna lämnar en protokollsanteckning' → party SD protocol_note. "
                          "§47 lists dnr of delegation decisions: references, not the item's own numbers (kept out of diarienummer). "
                          "Region Gotland is legally a kommun with regional responsibility: listed as kommun 'Gotland' and region 'Region Gotland'. "
                          "Oskarshamn and Nynäshamn named as kommuner (and as ports). Presenters in 'Övriga deltagande' with § references given role föredragande."})


# ---------------------------------------------------------------- 3 Torsby BUN (plain Word template, DOCX)
def torsby():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_BREAK
    fn = "torsby_barn-och-utbildningsnamnden_2026-04-15_protokoll.docx"
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "TORSBY KOMMUN\tPROTOKOLL\nBarn- och utbildningsnämnden\t2026-04-15"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur ____  ____\t\tUtdragsbestyrkande ____"
    page = [1]
    items, acts = [], []

    def pb():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        page[0] += 1

    def h(num, title, dnr=None, title_docx=None):
        para = d.add_paragraph()
        r = para.add_run(num + "\t" + (title_docx or title)); r.bold = True; r.font.size = Pt(13)
        if dnr:
            d.add_paragraph(dnr)
        items.append({"number": num.replace(" ", ""), "title": title, "diarienummer": [dnr[4:]] if dnr else [], "page": page[0]})

    def t(text, bold=False):
        para = d.add_paragraph(); r = para.add_run(text); r.bold = bold

    d.add_heading("Protokoll", level=1)
    t("Barn- och utbildningsnämnden", bold=True)
    t("Sammanträdesdatum: 2026-04-15\nPlats och tid: Kommunhuset, sammanträdesrum Klarälven, kl. 13.00–16.40\nParagrafer: §§ 22–28")
    tab = d.add_table(rows=1, cols=3); tab.style = "Table Grid"
    hdr = tab.rows[0].cells; hdr[0].text = "Beslutande"; hdr[1].text = "Parti"; hdr[2].text = "Anmärkning"
    mem = [("Elisabeth Nygård", "S", "ordförande"), ("Robin Kjellberg", "C", "vice ordförande"), ("Siv Andersson", "S", ""),
           ("Mohammed Yousef", "S", ""), ("Göran Svedin", "M", ""), ("Linnea Brodin", "M", ""), ("Peter Holmberg", "SD", ""),
           ("Ann-Sofie Wester", "KD", ""), ("Lisa Bäckström", "FP", "tjänstgörande ersättare för Kaj Fröding (FP)")]
    for n, pa, r in mem:
        c = tab.add_row().cells; c[0].text = n; c[1].text = pa; c[2].text = r
    c = tab.add_row().cells  # empty row as in many templates
    t("")
    t("Ersättare: Arne Höök (S), Malin Ågren (M)")
    t("Övriga närvarande: Maria Ekroth, förvaltningschef; Sune Wikner, controller, § 25; Jenny Tall, nämndsekreterare")
    t("Justerare: Göran Svedin (M)\nJusteringens plats och tid: Kommunhuset, 2026-04-20")
    t("Underskrifter")
    t("Sekreterare ………………………………  Jenny Tall\nOrdförande ………………………………  Elisabeth Nygård\nJusterare ………………………………  Göran Svedin")
    persons = [pers("Elisabeth Nygård", "S", ["ordförande", "ledamot"]), pers("Robin Kjellberg", "C", ["vice ordförande", "ledamot"]),
               pers("Siv Andersson", "S"), pers("Mohammed Yousef", "S"), pers("Göran Svedin", "M", ["ledamot", "justerare"]),
               pers("Linnea Brodin", "M"), pers("Peter Holmberg", "SD"), pers("Ann-Sofie Wester", "KD"),
               pers("Lisa Bäckström", "FP", ["tjänstgörande ersättare"]),
               pers("Arne Höök", "S", ["ersättare"]), pers("Malin Ågren", "M", ["ersättare"]),
               pers("Maria Ekroth", None, ["tjänsteperson"], "förvaltningschef"),
               pers("Sune Wikner", None, ["tjänsteperson", "föredragande"], "controller"),
               pers("Jenny Tall", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    pb()
    h("§ 22", "Val av justerare")
    t("Barn- och utbildningsnämnden utser Göran Svedin (M) att jämte ordföranden justera protokollet.")
    acts.append(act("Göran Svedin", "§22", "justerare"))
    h("§ 23", "Godkännande av föredragningslista")
    t("Föredragningslistan godkänns.")
    h("§ 24", "Information från förvaltningschefen")
    t("Förvaltningschef Maria Ekroth informerar om elevantalet inför läsåret 2026/27, om rekryteringsläget för behöriga lärare och om det nya samarbetet med Malung-Sälens kommun kring gymnasiesärskolan.")
    t("Beslut", bold=True); t("Informationen noteras.")
    acts.append(act("Maria Ekroth", "§24", "presented"))
    h("§ 25", "Ekonomisk uppföljning mars 2026", "Dnr BUN 2026/14")
    t("Controller Sune Wikner redogör för den ekonomiska uppföljningen. Nämnden prognostiserar ett underskott om 2,1 mnkr, främst inom skolskjutsar och tilläggsbelopp.")
    t("Beslut", bold=True); t("Barn- och utbildningsnämnden godkänner uppföljningen och uppdrar åt förvaltningschefen att redovisa åtgärder vid nästa sammanträde.")
    acts.append(act("Sune Wikner", "§25", "presented"))
    pb()
    h("§ 26", "Förslag till ny skolorganisation för F–6 i norra kommundelen (Sysslebäck, Ambjörby och Höljes skolor)",
      "Dnr BUN 2025/88",
      title_docx="Förslag till ny skol\u00adorganisation för F–6 i norra kommundelen (Sysslebäck, Ambjörby och Höljes skolor)")
    t("Ärendebeskrivning", bold=True)
    t("Elevunderlaget i norra kommundelen har minskat med en tredjedel sedan 2018. Förvaltningen föreslår att undervisningen för årskurs 4–6 samlas i Sysslebäcks skola från och med höstterminen 2027, medan Ambjörby och Höljes skolor behålls som F–3-skolor. Förslaget har remitterats till skolråden och till de fackliga organisationerna. Skolskjutsarna påverkas för cirka 40 elever.")
    t("Förvaltningens förslag", bold=True)
    t("Barn- och utbildningsnämnden beslutar att årskurs 4–6 i norra kommundelen samlas i Sysslebäcks skola från och med höstterminen 2027.")
    t("Yrkanden", bold=True)
    t("Elisabeth Nygård (S) och Robin Kjellberg (C) yrkar bifall till förvaltningens förslag.")
    t("Göran Svedin (M) yrkar att ärendet återremitteras för att konsekvenserna för skolskjutsarna ska utredas närmare. Ann-Sofie Wester (KD) och Linnea Brodin (M) instämmer.")
    t("Peter Holmberg (SD) yrkar avslag till förvaltningens förslag.")
    pb()
    t("§ 26 forts.", bold=True)
    t("Beslutsgång", bold=True)
    t("Ordföranden frågar först om ärendet ska avgöras i dag och finner att nämnden beslutar så. Därefter ställer ordföranden förvaltningens förslag mot avslagsyrkandet och finner att nämnden bifaller förvaltningens förslag.")
    t("Beslut", bold=True)
    t("Barn- och utbildningsnämnden beslutar att årskurs 4–6 i norra kommundelen samlas i Sysslebäcks skola från och med höstterminen 2027.")
    t("Reservationer", bold=True)
    t("Göran Svedin (M), Linnea Brodin (M) och Ann-Sofie Wester (KD) reserverar sig mot beslutet till förmån för återremissyrkandet.")
    t("Peter Holmberg (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    t("Protokollsanteckning", bold=True)
    t("Lisa Bäckström (FP) lämnar en protokollsanteckning: ”Fryksdalspartiet förutsätter att Höljes skola finns kvar som F–3-skola under hela mandatperioden.”")
    t("Expedieras: Rektorer i norra kommundelen, Skolskjutsenheten")
    acts += [act("Elisabeth Nygård", "§26", "proposed"), act("Robin Kjellberg", "§26", "proposed"), act("Göran Svedin", "§26", "proposed"),
             act("Ann-Sofie Wester", "§26", "proposed"), act("Linnea Brodin", "§26", "proposed"), act("Peter Holmberg", "§26", "proposed"),
             act("Göran Svedin", "§26", "reserved"), act("Linnea Brodin", "§26", "reserved"), act("Ann-Sofie Wester", "§26", "reserved"),
             act("Peter Holmberg", "§26", "reserved"), act("Lisa Bäckström", "§26", "protocol_note")]
    h("§ 27", "Medborgarförslag om fler öppetkvällar på fritidsgården i Torsby centrum", "Dnr BUN 2026/21")
    t("Ett medborgarförslag från Tilde Sandström har överlämnats av kommunfullmäktige till nämnden för beslut. Förslaget innebär att fritidsgården ska ha öppet även på söndagskvällar. Förvaltningen föreslår att förslaget bifalls som en försöksverksamhet under hösten 2026.")
    t("Yrkande", bold=True); t("Mohammed Yousef (S) yrkar bifall till förvaltningens förslag.")
    t("Beslut", bold=True); t("Medborgarförslaget bifalls som försöksverksamhet under höstterminen 2026.")
    acts += [act("Tilde Sandström", "§27", "raised"), act("Mohammed Yousef", "§27", "proposed")]
    persons.append(pers("Tilde Sandström", None, []))
    h("§ 28", "Redovisning av delegationsbeslut")
    t("Redovisas delegationsbeslut fattade under perioden 2026-03-01–2026-03-31 enligt bilaga, bland annat beslut om skolskjuts i särskilda fall (BUN 2026/9) och beslut om mottagande i grundsärskolan (BUN 2026/17).")
    t("Beslut", bold=True); t("Redovisningen läggs till handlingarna.")
    d.save(os.path.join(OUT, fn))
    GOLD.append({"file": fn, "organization": "Torsby kommun", "organ": "Barn- och utbildningsnämnden", "date": "2026-04-15",
                 "doc_type": "protokoll", "pages": page[0], "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": ["BUN 2025/88", "BUN 2026/14", "BUN 2026/21"], "kommuner": ["Torsby", "Malung-Sälen"],
                 "notes": "Plain Word template, pages counted from the three manual page breaks (4 pages). The § 26 title contains a soft hyphen (U+00AD) in 'skolorganisation'; gold title without it. "
                          "§ 26 continues on page 4 under '§ 26 forts.'. Kaj Fröding (FP) only named as the member Lisa Bäckström replaces: not a person. FP = Fryksdalspartiet (local party). "
                          "'Ann-Sofie Wester (KD) och Linnea Brodin (M) instämmer' (in the återremiss) counted as proposed. Justerare chosen in § 22 (head block also names him). "
                          "Tilde Sandström authors the medborgarförslag handled in § 27 (raised); listed as person with empty roles (not said to attend; no role in the fixed list fits). "
                          "§ 28 dnr BUN 2026/9 and 2026/17 are delegation-decision references, not the item's numbers. An empty row ends the attendance table."})


# ---------------------------------------------------------------- 4 Lessebo KS (Lex-like PDF → pdftotext -layout TXT export)
def lessebo():
    fn = "lessebo_kommunstyrelsen_2026-05-05_protokoll.txt"
    pdfpath = "/tmp/k55_lessebo.pdf"

    def hdr(p):
        p.set_xy(15, 10); p.set_font("S", "B", 10); p.cell(80, 5, "LESSEBO KOMMUN"); p.set_font("S", "", 10)
        p.cell(60, 5, "PROTOKOLL"); p.cell(0, 5, f"{p.page_no()}({{nb}})", align="R")
        p.set_xy(15, 15); p.cell(80, 5, "Kommunstyrelsen"); p.cell(60, 5, "2026-05-05")
        p.set_y(26)

    def ftr(p):
        p.set_y(-18); p.set_font("S", "", 7.5)
        p.cell(60, 4, "Ordförandes sign"); p.cell(60, 4, "Justerandes sign"); p.cell(0, 4, "Utdragsbestyrkande")

    p = P(hdr, ftr); p.set_left_margin(15)
    items, acts, votes = [], [], []
    p.add_page()
    p.set_font("S", "B", 14); p.cell(0, 8, "Kommunstyrelsen"); p.ln(10)
    p.para("Plats och tid       Kommunhuset i Lessebo, sammanträdesrum Kosta, tisdagen den 5 maj 2026 kl. 08.30–11.45")
    p.para("Beslutande          Anders Bergqvist (S), ordförande\n"
           "                    Margareta Lundqvist (C), 1:e vice ordförande\n"
           "                    Karin Mörk (S)\n                    Olof Fagerström (S)\n"
           "                    Mustafa Haidari (S), tjänstgörande ersättare för Pia Hellsing (S)\n"
           "                    Rune Ståhl (M)\n                    Viveka Brandt (M)\n                    Jimmy Granqvist (SD)\n"
           "                    Sara-Li Modig (SD)\n                    Britt Sandahl (KD), tjänstgörande ersättare för Kjell Backlund (KD)\n"
           "                    Ulla Jern (BL)", font="S")
    p.para("Ersättare           Mattias Rehn (V)\n                    Frida Lövkvist (L)")
    p.para("Övriga              Tove Liljegren, kommunchef\n                    Rasmus Hjelm, ekonomichef, § 88\n                    Sofia Brink, kommunsekreterare")
    p.para("Justerare           Ulla Jern (BL)\nJusteringens       Kommunhuset, 2026-05-08\nplats och tid")
    p.ln(4)
    p.para("Underskrifter       Sekreterare  ………………………………   Paragrafer §§ 85–92\n"
           "                                 Sofia Brink\n\n"
           "                    Ordförande   ………………………………\n                                 Anders Bergqvist\n\n"
           "                    Justerare    ………………………………\n                                 Ulla Jern")
    persons = [pers("Anders Bergqvist", "S", ["ordförande", "ledamot"]), pers("Margareta Lundqvist", "C", ["vice ordförande", "ledamot"]),
               pers("Karin Mörk", "S"), pers("Olof Fagerström", "S"), pers("Mustafa Haidari", "S", ["tjänstgörande ersättare"]),
               pers("Rune Ståhl", "M"), pers("Viveka Brandt", "M"), pers("Jimmy Granqvist", "SD"), pers("Sara-Li Modig", "SD"),
               pers("Britt Sandahl", "KD", ["tjänstgörande ersättare"]), pers("Ulla Jern", "BL", ["ledamot", "justerare"]),
               pers("Mattias Rehn", "V", ["ersättare"]), pers("Frida Lövkvist", "L", ["ersättare"]),
               pers("Tove Liljegren", None, ["tjänsteperson"], "kommunchef"),
               pers("Rasmus Hjelm", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
               pers("Sofia Brink", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare")]

    def sect(num, title, dnr=None):
        if p.get_y() > 225:
            p.add_page()
        else:
            p.ln(4)
        pg = p.page_no()
        p.set_font("S", "B", 12); p.cell(0, 7, num); p.ln(8)
        y = p.get_y(); p.set_font("S", "B", 11); p.multi_cell(130, 5.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        y2 = p.get_y()
        if dnr:
            p.set_xy(150, y); p.set_font("S", "", 9); p.cell(45, 5.5, dnr, align="R")
        p.set_y(y2 + 2)
        it = {"number": num.replace(" ", ""), "title": title, "diarienummer": [dnr] if dnr else [], "page": pg}
        items.append(it)
        return it

    p.add_page()
    sect("§ 85", "Val av justerare och tid för justering")
    p.para("Ulla Jern (BL) utses att jämte ordföranden justera protokollet. Justering sker fredagen den 8 maj 2026.")
    acts.append(act("Ulla Jern", "§85", "justerare"))
    sect("§ 86", "Godkännande av dagordning")
    p.para("Dagordningen godkänns.")
    sect("§ 87", "Kommunchefen informerar")
    p.para("Kommunchef Tove Liljegren informerar om arbetet med den nya servicepunkten i Kosta, om rekryteringen av ny miljöchef och om samverkansavtalet med Växjö kommun om räddningstjänst.")
    acts.append(act("Tove Liljegren", "§87", "presented"))
    sect("§ 88", "Budgetuppföljning april 2026", "KS/2026:41")
    p.para("Ekonomichef Rasmus Hjelm föredrar ärendet. Prognosen för helåret visar ett underskott om 6,4 miljoner kronor, varav socialnämnden står för 5,1 miljoner kronor.")
    p.para("Beslut", style="B"); p.para("Kommunstyrelsen godkänner budgetuppföljningen och uppmanar socialnämnden att vidta åtgärder för en budget i balans.")
    acts.append(act("Rasmus Hjelm", "§88", "presented"))
    it = sect("§ 89", "Försäljning av del av fastigheten Hovmanshyttan 1:7 till Smålandsbygg AB för\nbostadsändamål", "KS/2025:318")
    it["title"] = "Försäljning av del av fastigheten Hovmanshyttan 1:7 till Smålandsbygg AB för bostadsändamål"
    p.para("Kommunstyrelsens arbetsutskott föreslår att cirka 11 000 kvadratmeter av fastigheten Hovmanshyttan 1:7 i Hovmantorp säljs för 1 650 000 kronor för uppförande av cirka 30 hyresbostäder.")
    p.para("Yrkanden", style="B")
    p.para("Olof Fagerström (S) yrkar bifall till arbetsutskottets förslag. Rune Ståhl (M) instämmer.\n"
           "Ulla Jern (BL) yrkar avslag med motiveringen att marken bör reserveras för en framtida förskola.\n"
           "Jimmy Granqvist (SD) yrkar bifall till Ulla Jerns avslagsyrkande.")
    p.para("Propositionsordning", style="B")
    p.para("Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller arbetsutskottets förslag. Omröstning begärs.")
    p.para("Omröstning", style="B")
    p.para("Kommunstyrelsen godkänner följande propositionsordning: den som bifaller arbetsutskottets förslag röstar ja, den som bifaller Ulla Jerns avslagsyrkande röstar nej.")
    ja = ["Anders Bergqvist (S)", "Karin Mörk (S)", "Olof Fagerström (S)", "Mustafa Haidari (S)", "Rune Ståhl (M)", "Viveka Brandt (M)"]
    nej = ["Jimmy Granqvist (SD)", "Sara-Li Modig (SD)", "Ulla Jern (BL)", "Britt Sandahl (KD)"]
    av = ["Margareta Lundqvist (C)"]
    p.para("Ja-röster: " + ", ".join(ja) + ".\nNej-röster: " + ", ".join(nej) + ".\nAvstår: " + ", ".join(av) + ".")
    p.para("Omröstningsresultat: 6 ja, 4 nej, 1 avstår. Kommunstyrelsen har alltså beslutat enligt arbetsutskottets förslag.")
    for lst, v in [(ja, "ja"), (nej, "nej"), (av, "avstår")]:
        for x in lst:
            votes.append({"item": "§89", "round": 1, "person": x.rsplit(" (", 1)[0], "vote": v})
    it["votes_summary"] = "6 ja, 4 nej, 1 avstår"
    p.para("Beslut", style="B")
    p.para("Kommunstyrelsen beslutar att sälja del av fastigheten Hovmanshyttan 1:7 till Smålandsbygg AB enligt upprättat köpeavtal och uppdrar åt kommunchefen att underteckna avtalet.")
    p.para("Reservation", style="B")
    p.para("Ulla Jern (BL), Jimmy Granqvist (SD), Sara-Li Modig (SD) och Britt Sandahl (KD) reserverar sig mot beslutet.")
    p.para("Protokollsanteckning", style="B")
    p.para("Margareta Lund-\nqvist (C) lämnar en protokollsanteckning om att Centerpartiet vill se en samlad plan för markreserven i Hovmantorp innan fler försäljningar görs.")
    acts += [act("Olof Fagerström", "§89", "proposed"), act("Rune Ståhl", "§89", "proposed"), act("Ulla Jern", "§89", "proposed"),
             act("Jimmy Granqvist", "§89", "proposed"), act("Ulla Jern", "§89", "reserved"), act("Jimmy Granqvist", "§89", "reserved"),
             act("Sara-Li Modig", "§89", "reserved"), act("Britt Sandahl", "§89", "reserved"), act("Margareta Lundqvist", "§89", "protocol_note")]
    sect("§ 90", "Motion från Mattias Rehn (V) om solceller på kommunens förskolor", "KS/2025:402")
    p.para("Mattias Rehn (V) föreslår i en motion att solceller installeras på taken till samtliga kommunala förskolor senast 2028. Lessebo Fastigheter AB har yttrat sig och bedömer att fyra av sju förskolor har lämpliga tak.")
    p.para("Yrkande", style="B"); p.para("Karin Mörk (S) yrkar att kommunfullmäktige föreslås besluta att motionen ska anses besvarad.")
    p.para("Beslut", style="B"); p.para("Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen anses besvarad.")
    acts += [act("Mattias Rehn", "§90", "raised"), act("Karin Mörk", "§90", "proposed")]
    sect("§ 91", "Medborgarförslag om belysning längs gång- och cykelvägen mellan Hovmantorp och Lessebo", "KS/2026:12")
    p.para("Gunnar Wass har i ett medborgarförslag föreslagit att gång- och cykelvägen mellan Hovmantorp och Lessebo förses med belysning på hela sträckan. Trafikverket äger delar av sträckan.")
    p.para("Beslut", style="B"); p.para("Kommunstyrelsen föreslår kommunfullmäktige besluta att medborgarförslaget bifalls i den del som avser kommunens väghållning.")
    acts.append(act("Gunnar Wass", "§91", "raised"))
    persons.append(pers("Gunnar Wass", None, []))
    sect("§ 92", "Delegationsbeslut och meddelanden")
    p.para("Redovisas delegationsbeslut enligt förteckning daterad 2026-04-28 samt meddelanden från Region Kronoberg och Sveriges Kommuner och Regioner.")
    p.para("Beslut", style="B"); p.para("Redovisningen godkänns.")
    p.output(pdfpath)
    subprocess.run(["pdftotext", "-layout", pdfpath, os.path.join(OUT, fn)], check=True)
    GOLD.append({"file": fn, "organization": "Lessebo kommun", "organ": "Kommunstyrelsen", "date": "2026-05-05",
                 "doc_type": "protokoll", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts, "votes": votes,
                 "diarienummer": ["KS/2025:318", "KS/2025:402", "KS/2026:12", "KS/2026:41"],
                 "kommuner": ["Lessebo", "Växjö"], "regions": ["Region Kronoberg"],
                 "notes": "pdftotext -layout export of a Lex-like protocol; pages = form-feed separated pages. Diarienummer right-aligned on the title line. "
                          "§ 89 title wraps onto a second line (joined). Voting printed as named lists of Ja-röster/Nej-röster/Avstår incl. the tjänstgörande ersättare Mustafa Haidari and Britt Sandahl; "
                          "Pia Hellsing and Kjell Backlund are only the replaced members: not persons. 'Rune Ståhl (M) instämmer' counted as proposed. "
                          "The protokollsanteckning name is hyphenated across a line break ('Lund-/qvist'): Margareta Lundqvist. "
                          "Gunnar Wass authors the medborgarförslag in § 91 (raised); listed with empty roles (not said to attend). "
                          "Hovmantorp, Kosta are localities in Lessebo, not kommuner. Smålandsbygg AB is a company, not a person."})


# ---------------------------------------------------------------- 5 Dals-Ed KS kallelse (Netpublicator-like)
def dalsed():
    fn = "dals-ed_kommunstyrelsen_2026-06-03_kallelse.pdf"

    def hdr(p):
        p.set_xy(15, 10); p.set_font("S", "B", 11); p.cell(90, 5, "Dals-Eds kommun")
        p.set_font("S", "", 9); p.cell(0, 5, f"Kallelse  {p.page_no()} (" + "{nb}" + ")", align="R")
        p.set_xy(15, 15); p.cell(90, 5, "Kommunstyrelsen"); p.cell(0, 5, "2026-05-27", align="R")
        p.set_y(25)

    def ftr(p):
        p.set_y(-16); p.set_font("S", "", 7.5)
        p.cell(0, 4, "Dals-Eds kommun · Kommunstyrelsen · Box 31 · 668 21 Ed · www.dalsed.se", align="C")

    p = P(hdr, ftr); p.set_left_margin(15)
    p.add_page()
    p.set_font("S", "B", 16); p.cell(0, 9, "Kallelse till sammanträde"); p.ln(12)
    for lab, v in [("Organ", "Kommunstyrelsen"), ("Tid", "Onsdag 3 juni 2026 kl. 08.30"),
                   ("Plats", "Kommunhuset, Sessionssalen, Ed"), ("Ordförande", "Martin Carlsson (C)"),
                   ("Sekreterare", "Annika Sandberg"), ("Justerare", "Kjell Ivarsson (DL)"),
                   ("Justering", "Kommunhuset, fredag 5 juni 2026 kl. 13.00")]:
        p.set_font("S", "B", 10); p.cell(35, 6, lab); p.set_font("S", "", 10); p.cell(0, 6, v); p.ln(6)
    p.ln(3)
    p.para("Förhinder anmäls till sekreteraren som kallar ersättare. Handlingarna finns tillgängliga i läsplattans app från och med torsdag 28 maj.", size=9)
    p.set_font("S", "B", 11); p.cell(0, 7, "Föredragningslista"); p.ln(8)
    rows = [
        ("1", "Val av justerare", "", ""),
        ("2", "Godkännande av dagordning", "", ""),
        ("3", "Information från kommunchefen", "", "Lars Bergström, kommunchef"),
        ("4", "Ekonomisk uppföljning per april 2026", "KS 2026-000031", "Anette Lind, ekonomichef"),
        ("5", "Revidering av taxa för prövning och tillsyn enligt miljöbalken inom Dalslands miljö- och energiförbund 2027", "KS 2026-000064", "Björn Ljung, förbundschef"),
        ("6", "Motion från Ewa Kjell (S) om feriepraktik för alla ungdomar som avslutat årskurs 9 och 1 på gymnasiet", "KS 2025-000212", ""),
        ("7", "Medborgarförslag om upprustning av badplatsen vid Lilla Le", "KS 2026-000019", ""),
        ("8", "Yttrande över revisionsrapport – Granskning av kommunens arbete med intern kontroll", "KS 2026-000045", "Annika Sandberg, kanslichef"),
        ("9", "Förslag till reviderade riktlinjer för bostadsanpassningsbidrag", "KS 2026-000052", ""),
        ("10", "Investeringsbudget 2027–2029 för kommunens fastigheter – förslag till prioriteringsordning", "KS 2026-000071", "Anette Lind, ekonomichef"),
        ("11", "Rapporter från ordföranden och ledamöter med uppdrag i kommunalförbund och bolag", "", ""),
        ("12", "Anmälan av delegationsbeslut", "", ""),
        ("13", "Meddelanden", "", ""),
    ]
    p.set_font("S", "", 9.5)
    with p.table(col_widths=(10, 95, 32, 43), text_align="LEFT", line_height=5,
                 headings_style=FontFace(emphasis="BOLD"), borders_layout="HORIZONTAL_LINES") as t:
        t.row(["Nr", "Ärende", "Dnr", "Föredragande"])
        for r in rows:
            t.row(list(r))
    p.ln(8)
    p.para("Martin Carlsson\nOrdförande\n\nAnnika Sandberg\nSekreterare")
    # page numbers of rows: whole list fits on p1? compute by render; we record final pages.
    pages_total = p.page_no()
    p.output(os.path.join(OUT, fn))
    items = [{"number": n, "title": ti, "diarienummer": [dn] if dn else [], "page": 1} for n, ti, dn, _ in rows]
    acts = [act("Kjell Ivarsson", "1", "justerare"), act("Lars Bergström", "3", "presented"), act("Anette Lind", "4", "presented"),
            act("Björn Ljung", "5", "presented"), act("Ewa Kjell", "6", "raised"), act("Annika Sandberg", "8", "presented"),
            act("Anette Lind", "10", "presented")]
    persons = [pers("Martin Carlsson", "C", ["ordförande", "ledamot"]), pers("Annika Sandberg", None, ["sekreterare", "tjänsteperson", "föredragande"], "kanslichef"),
               pers("Kjell Ivarsson", "DL", ["ledamot", "justerare"]),
               pers("Lars Bergström", None, ["tjänsteperson", "föredragande"], "kommunchef"),
               pers("Anette Lind", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
               pers("Björn Ljung", None, ["tjänsteperson", "föredragande"], "förbundschef"),
               pers("Ewa Kjell", "S", [])]
    GOLD.append({"file": fn, "organization": "Dals-Eds kommun", "organ": "Kommunstyrelsen", "date": "2026-06-03",
                 "doc_type": "kallelse", "pages": pages_total, "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": sorted({r[2] for r in rows if r[2]}), "kommuner": ["Dals-Ed"],
                 "notes": "Netpublicator-like kallelse; the page header's date 2026-05-27 is the sending date, the meeting date is 2026-06-03. Items = numbered rows of the föredragningslista table (Nr | Ärende | Dnr | Föredragande), long titles wrap in the cell. "
                          "Justerare named in the head block → action on row 1 'Val av justerare'. Names in the Föredragande column counted as presented on that row and given role föredragande. "
                          "Ewa Kjell (S) is named in a motion title → raised; her roles are left empty (the kallelse only gives her party, not whether she sits in KS). Kjell Ivarsson's role ledamot is inferred from being justerare. "
                          "Annika Sandberg is both sekreterare and föredragande on row 8 (kanslichef). DL = Dalslandslistan (local party, invented). "
                          "Dalslands miljö- och energiförbund named; no other kommun named by name."})


# ---------------------------------------------------------------- 6 Ödeshög KPR minnesanteckningar
def odeshog():
    fn = "odeshog_kommunala-pensionarsradet_2026-03-12_minnesanteckningar.pdf"

    def hdr(p):
        p.set_xy(15, 10); p.set_font("Se", "B", 10); p.cell(100, 5, "ÖDESHÖGS KOMMUN")
        p.set_font("Se", "", 9); p.cell(0, 5, f"Sida {p.page_no()} av " + "{nb}", align="R")
        p.set_y(22)

    p = P(hdr, None); p.set_left_margin(20); p.set_right_margin(20)
    p.add_page()
    p.set_font("Se", "B", 15); p.cell(0, 8, "Minnesanteckningar"); p.ln(9)
    p.set_font("Se", "", 11); p.cell(0, 6, "Kommunala pensionärsrådet (KPR), 2026-03-12, kl. 09.30–11.40, Ödeshögs kommunhus, Aulan"); p.ln(10)
    p.set_font("Se", "B", 11); p.cell(0, 6, "Närvarande"); p.ln(6)
    p.set_font("Se", "", 10.5)
    p.multi_cell(0, 5.2, "Anders Sjöblom (KD), ordförande, kommunstyrelsen\nGun-Britt Åkesson, vice ordförande, PRO Ödeshög\n"
                 "Inger Lantz (S), socialnämnden\nPer-Ola Granlund (ÖF), kommunstyrelsen\nLennart Söder, SPF Seniorerna Ödeshög\n"
                 "Kerstin Mård-Ljung, PRO Rök\nOla Frisk, SKPF avd. 162\nSonja Berg, SPF Seniorerna Ödeshög, ersättare", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("Se", "B", 11); p.cell(0, 6, "Tjänstepersoner"); p.ln(6)
    p.set_font("Se", "", 10.5)
    p.multi_cell(0, 5.2, "Helena Tisell, verksamhetschef äldreomsorg\nMats Ryd, fastighetschef, punkt Trygghetsboende\nMona Blom, nämndsekreterare", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    heads = []

    def head(t):
        if p.get_y() > 240:
            p.add_page()
        p.ln(2); p.set_font("Se", "B", 11.5); p.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        heads.append((t, p.page_no()))

    def tx(t):
        p.set_font("Se", "", 10.5); p.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)

    head("Mötets öppnande")
    tx("Ordföranden Anders Sjöblom hälsade alla välkomna och öppnade mötet.")
    head("Föregående minnesanteckningar")
    tx("Minnesanteckningarna från 2025-12-04 gicks igenom och lades till handlingarna.")
    head("Information från äldreomsorgen")
    tx("Helena Tisell berättade om läget i hemtjänsten. Sjukfrånvaron har minskat under vintern och två nya undersköterskor har anställts. Arbetet med digital tillsyn nattetid fortsätter och utvärderas i maj. Helena berättade också om det nya samarbetet med Vadstena kommun kring korttidsplatser.")
    head("Trygghetsboende på Höjden – lägesrapport")
    tx("Mats Ryd informerade om att upphandlingen av ombyggnaden är klar och att byggstart planeras till september. Boendet beräknas kunna tas i bruk under hösten 2027. Gun-Britt Åkesson framförde önskemål om att KPR får se ritningarna innan bygglov söks, vilket Mats lovade.")
    head("Kollektivtrafik och färdtjänst")
    tx("Lennart Söder ställde en fråga om varför linje 610 mot Gränna dragits in på söndagar och om kommunen har framfört synpunkter till Region Östergötland. Inger Lantz svarade att kommunen har lämnat synpunkter i regionens remiss om trafikförsörjningsprogrammet och att frågan kommer att tas upp i länets färdtjänstgrupp. Ola Frisk påpekade att många äldre i Rök och Hästholmen saknar alternativ.")
    head("Övriga frågor")
    tx("Kerstin Mård-\nLjung frågade om snöröjningen av gångvägarna vid vårdcentralen. Anders Sjöblom svarade att frågan lämnas vidare till tekniska enheten och återkommer på nästa möte.\n"
       "Per-Ola Granlund tog upp önskemål om fler bänkar längs Storgatan.")
    head("Nästa möte")
    tx("Nästa möte hålls torsdag 21 maj 2026 kl. 09.30 i kommunhuset.")
    p.ln(6)
    p.set_font("Se", "", 10.5)
    p.cell(0, 6, "Vid anteckningarna"); p.ln(12); p.cell(0, 6, "Mona Blom"); p.ln(12)
    p.cell(0, 6, "Justeras"); p.ln(12)
    p.cell(85, 6, "Anders Sjöblom"); p.cell(0, 6, "Gun-Britt Åkesson"); p.ln(6)
    p.cell(85, 6, "ordförande"); p.cell(0, 6, "vice ordförande")
    p.output(os.path.join(OUT, fn))
    items = [{"number": str(i + 1), "title": t, "diarienummer": [], "page": pg} for i, (t, pg) in enumerate(heads)]
    persons = [pers("Anders Sjöblom", "KD", ["ordförande", "ledamot", "justerare"]),
               pers("Gun-Britt Åkesson", None, ["vice ordförande", "ledamot", "justerare"]),
               pers("Inger Lantz", "S"), pers("Per-Ola Granlund", "ÖF"), pers("Lennart Söder", None), pers("Kerstin Mård-Ljung", None),
               pers("Ola Frisk", None), pers("Sonja Berg", None, ["ersättare"]),
               pers("Helena Tisell", None, ["tjänsteperson"], "verksamhetschef äldreomsorg"),
               pers("Mats Ryd", None, ["tjänsteperson"], "fastighetschef"),
               pers("Mona Blom", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    acts = [act("Anders Sjöblom", None, "justerare"), act("Gun-Britt Åkesson", None, "justerare"),
            act("Helena Tisell", "3", "presented"), act("Mats Ryd", "4", "presented"),
            act("Lennart Söder", "5", "raised"), act("Inger Lantz", "5", "presented"),
            act("Kerstin Mård-Ljung", "6", "raised"), act("Anders Sjöblom", "6", "presented"), act("Per-Ola Granlund", "6", "raised")]
    GOLD.append({"file": fn, "organization": "Ödeshögs kommun", "organ": "Kommunala pensionärsrådet", "date": "2026-03-12",
                 "doc_type": "minnesanteckningar", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": [], "kommuner": ["Ödeshög", "Vadstena"], "regions": ["Region Östergötland"],
                 "notes": "Unnumbered bold headings → items numbered 1–7 by order. No justerare chosen; the two signing under 'Justeras' (chair and vice chair) are justerare (item null). "
                          "Pensioners' organisation representatives have no party (null) and are given role ledamot as council members; Sonja Berg is ersättare. "
                          "Answers to questions ('svarade') counted as presented (Inger Lantz § 5, Anders Sjöblom § 6); questions asked ('ställde en fråga', 'frågade') as raised; Per-Ola Granlund 'tog upp önskemål' judged raised (raises a new matter). "
                          "Gun-Britt Åkesson 'framförde önskemål' in 4 and Ola Frisk 'påpekade' in 5 are not given actions (comments, not a new matter). Kerstin Mård-Ljung's name breaks at its own hyphen across a line. "
                          "Gränna, Rök and Hästholmen are localities, not kommuner. Organ taken as 'Kommunala pensionärsrådet' (printed with abbreviation KPR)."})


# ---------------------------------------------------------------- 7 Valdemarsvik SBN protokollsutdrag (W3D3-like)
def valdemarsvik():
    fn = "valdemarsvik_samhallsbyggnadsnamnden_2026-09-17_protokollsutdrag.pdf"

    def hdr(p):
        p.set_xy(15, 9); p.set_font("S", "B", 10); p.cell(70, 5, "VALDEMARSVIKS KOMMUN")
        p.set_font("S", "", 9); p.cell(60, 5, "PROTOKOLLSUTDRAG", align="C"); p.cell(0, 5, f"{p.page_no()}/" + "{nb}", align="R")
        p.set_xy(15, 14); p.cell(70, 5, "Samhällsbyggnadsnämnden"); p.cell(60, 5, "Sammanträdesdatum 2026-09-17", align="C")
        p.line(15, 20, 195, 20); p.set_y(25)

    def ftr(p):
        p.set_y(-18); p.set_font("S", "", 7.5)
        p.cell(90, 4, "Justerandes signatur"); p.cell(0, 4, "Utdragsbestyrkande", align="R")

    p = P(hdr, ftr); p.set_left_margin(15)
    p.add_page()
    acts, votes = [], []
    p.set_font("S", "", 9)
    p.multi_cell(0, 4.6, "Justerat 2026-09-22: ordförande Kristina Holm (M), justerare Roland Kvist (KD)\nAnslag om justering 2026-09-23", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_font("S", "B", 12); p.cell(20, 7, "§ 87"); p.set_font("S", "", 9); p.cell(0, 7, "Dnr SBN-2026-000412", align="R"); p.ln(8)
    p.set_font("S", "B", 12)
    p.multi_cell(0, 6.2, "Ansökan om strandskyddsdispens för nybyggnad av brygga och båthus på\nfastigheten Fågelvik 2:14, Gryts skärgård", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    title = "Ansökan om strandskyddsdispens för nybyggnad av brygga och båthus på fastigheten Fågelvik 2:14, Gryts skärgård"
    for h_, t_ in [
        ("Ärendebeskrivning", "Sökanden ansöker om dispens från strandskyddet för en brygga om 24 kvadratmeter och ett båthus om 30 kvadratmeter inom ett område som omfattas av förordnande om utvidgat strandskydd. Platsen ligger inom riksintresse för det rörliga friluftslivet. Bygglovshandläggare Sanna Lilja föredrar ärendet."),
        ("Förvaltningens förslag till beslut", "Samhällsbyggnadsnämnden avslår ansökan om strandskyddsdispens med stöd av 7 kap. 18 c § miljöbalken, eftersom särskilda skäl saknas för båthuset."),
        ("Yrkanden", "Kristina Holm (M) yrkar bifall till förvaltningens förslag.\nJan-Erik Sjöberg (S) yrkar att dispens ska medges för bryggan men inte för båthuset.\nAnneli Ros (VF) instämmer i Jan-Erik Sjöbergs yrkande.\nMats Grip (SD) yrkar som tillägg att nämnden ska uppdra åt förvaltningen att ta fram riktlinjer för bryggor i skärgården."),
        ("Propositionsordning", "Ordföranden ställer först förvaltningens förslag mot Jan-Erik Sjöbergs yrkande och finner att nämnden bifaller förvaltningens förslag. Votering begärs. Därefter ställer ordföranden proposition på Mats Grips tilläggsyrkande och finner att det bifalls."),
        ("Omröstning", "Nämnden godkänner följande voteringsproposition: Ja för förvaltningens förslag, Nej för Jan-Erik Sjöbergs yrkande. Omröstningen utfaller med 4 ja-röster och 3 nej-röster enligt omröstningslistan nedan."),
    ]:
        p.para(h_, style="B", size=10, after=0.5); p.para(t_, size=10)
    p.set_font("S", "B", 10); p.cell(0, 6, "Omröstningslista § 87"); p.ln(7)
    rows = [("Kristina Holm (M), ordförande", "", "ja"), ("Jan-Erik Sjöberg (S), vice ordförande", "", "nej"),
            ("Lena Dufva (S)", "", "nej"), ("Anneli Ros (VF)", "", "nej"), ("Mats Grip (SD)", "", "ja"),
            ("Bertil Åhs (C)", "Eva Tornberg (C)", "ja"), ("Roland Kvist (KD)", "", "ja")]
    p.set_font("S", "", 9)
    with p.table(col_widths=(62, 50, 20, 20, 20), text_align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER"), line_height=5,
                 headings_style=FontFace(emphasis="BOLD")) as t:
        t.row(["Ordinarie ledamot", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"])
        for who, tjg, v in rows:
            t.row([who, tjg, "1" if v == "ja" else "", "1" if v == "nej" else "", ""])
            name = tjg.split(" (")[0] if tjg else who.split(" (")[0]
            votes.append({"item": "§87", "round": 1, "person": name, "vote": v})
        t.row(["Summa", "", "4", "3", "0"])
    p.ln(4)
    for h_, t_ in [
        ("Beslut", "1. Samhällsbyggnadsnämnden avslår ansökan om strandskyddsdispens med stöd av 7 kap. 18 c § miljöbalken.\n2. Förvaltningen får i uppdrag att ta fram riktlinjer för bryggor i skärgården och redovisa dem för nämnden senast i mars 2027."),
        ("Reservation", "Jan-Erik Sjöberg (S) och Lena Dufva (S) reserverar sig mot beslutspunkt 1 och lämnar en skriftlig reservation, se nedan. Anneli Ros (VF) reserverar sig till förmån för Jan-Erik Sjöbergs yrkande."),
        ("Protokollsanteckning", "Mats Grip (SD) antecknar till protokollet att Sverigedemokraterna anser att prövningen av bryggor i Gryts skärgård tar för lång tid."),
        ("Hur man överklagar", "Beslutet kan överklagas till Länsstyrelsen i Östergötlands län. Överklagandet ska ha kommit in till samhällsbyggnadsnämnden inom tre veckor från den dag klaganden fick del av beslutet. Länsstyrelsens beslut kan i sin tur överklagas till mark- och miljödomstolen vid Växjö tingsrätt."),
        ("Beslutet skickas till", "Sökanden (delgivningskvitto)\nLänsstyrelsen Östergötland\nSöderköpings kommun för kännedom (gränsar till fastigheten via Ämtöfjärden)"),
    ]:
        p.para(h_, style="B", size=10, after=0.5); p.para(t_, size=10)
    if p.get_y() > 200:
        p.add_page()
    p.ln(4)
    p.set_font("S", "B", 11); p.cell(0, 7, "Reservation"); p.ln(7)
    p.set_font("Se", "", 10)
    p.multi_cell(0, 5, "Samhällsbyggnadsnämnden 2026-09-17, § 87, Fågelvik 2:14\n\nVi socialdemokrater anser att en mindre brygga för eget båtbehov är ett särskilt skäl enligt miljöbalken när fastigheten saknar annan tillgång till vatten. Att avslå även bryggan går längre än praxis i länet. Vi reserverar oss därför mot beslutspunkt 1.\n\nValdemarsvik 2026-09-17", new_x="LMARGIN", new_y="NEXT")
    p.ln(10)
    p.cell(85, 5, "……………………………………"); p.cell(0, 5, "……………………………………"); p.ln(5)
    p.cell(85, 5, "Jan-Erik Sjöberg (S)"); p.cell(0, 5, "Lena Dufva (S)"); p.ln(14)
    p.set_font("S", "", 9)
    p.multi_cell(0, 4.6, "Rätt utdraget intygar\n\n……………………………………\nPeter Wahlund, nämndsekreterare", new_x="LMARGIN", new_y="NEXT")
    p.output(os.path.join(OUT, fn))
    items = [{"number": "§87", "title": title, "diarienummer": ["SBN-2026-000412"], "page": 1, "votes_summary": "4 ja-röster och 3 nej-röster"}]
    persons = [pers("Kristina Holm", "M", ["ordförande", "ledamot"]), pers("Jan-Erik Sjöberg", "S", ["vice ordförande", "ledamot"]),
               pers("Lena Dufva", "S"), pers("Anneli Ros", "VF"), pers("Mats Grip", "SD"),
               pers("Eva Tornberg", "C", ["tjänstgörande ersättare"]), pers("Roland Kvist", "KD", ["ledamot", "justerare"]),
               pers("Sanna Lilja", None, ["tjänsteperson", "föredragande"], "bygglovshandläggare"),
               pers("Peter Wahlund", None, ["tjänsteperson"], "nämndsekreterare")]
    acts += [act("Roland Kvist", None, "justerare"), act("Sanna Lilja", "§87", "presented"),
             act("Kristina Holm", "§87", "proposed"), act("Jan-Erik Sjöberg", "§87", "proposed"), act("Anneli Ros", "§87", "proposed"),
             act("Mats Grip", "§87", "proposed"), act("Jan-Erik Sjöberg", "§87", "reserved"), act("Lena Dufva", "§87", "reserved"),
             act("Anneli Ros", "§87", "reserved"), act("Mats Grip", "§87", "protocol_note")]
    GOLD.append({"file": fn, "organization": "Valdemarsviks kommun", "organ": "Samhällsbyggnadsnämnden", "date": "2026-09-17",
                 "doc_type": "protokoll", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts, "votes": votes,
                 "diarienummer": ["SBN-2026-000412"], "kommuner": ["Valdemarsvik", "Söderköping"],
                 "notes": "Protokollsutdrag (extract of one §) → doc_type protokoll. Title wraps over two lines (joined). No attendance list: persons are those in the omröstningslista, the head block and the §. "
                          "Bertil Åhs (C) appears only in the 'Ordinarie ledamot' column beside his tjänstgörande ersättare Eva Tornberg (who votes): not a person. "
                          "Head block 'justerare Roland Kvist (KD)' → justerare, item null (the chair signs by office). Peter Wahlund certifies the extract (tjänsteperson, not sekreterare since the text does not say he kept the minutes). "
                          "Mats Grip's 'antecknar till protokollet' = protocol_note. Written reservation signed by Sjöberg and Dufva; Anneli Ros reserves separately. "
                          "Växjö named only as seat of the court → not a kommun. Länsstyrelsen i Östergötlands län is not a region → regions empty. Söderköpings kommun named → kommun."})


# ---------------------------------------------------------------- 8 Norsjö SN delegationslista
def norsjo():
    fn = "norsjo_socialnamnden_2026-10-21_delegationslista.pdf"

    def hdr(p):
        p.set_xy(12, 8); p.set_font("S", "B", 10); p.cell(100, 5, "Norsjö kommun – Socialnämnden")
        p.set_font("S", "", 8); p.cell(0, 5, f"Utskriftsdatum 2026-10-06    Sida {p.page_no()} av " + "{nb}", align="R")
        p.set_y(18)

    p = P(hdr, None, orientation="L")
    p.set_left_margin(12); p.set_right_margin(12)
    p.add_page()
    p.set_font("S", "B", 14); p.cell(0, 8, "Delegationslista – beslut fattade med stöd av delegation"); p.ln(9)
    p.set_font("S", "", 9.5)
    p.multi_cell(0, 5, "Period: 2026-09-01 – 2026-09-30\nAnmäls till socialnämndens sammanträde 2026-10-21", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    rows = [
        ("2026-09-02", "SN 2026/211", "Bistånd enligt 4 kap. 1 § SoL – hemtjänst", "Beviljat", "Emma Lidström, biståndshandläggare", "A 3.1"),
        ("2026-09-03", "SN 2026/212", "Bistånd enligt 4 kap. 1 § SoL – trygghetslarm", "Beviljat", "Emma Lidström, biståndshandläggare", "A 3.4"),
        ("2026-09-07", "", "Ekonomiskt bistånd, försörjningsstöd", "Avslag", "Jonas Pettersson, socialsekreterare", "B 1.2"),
        ("2026-09-09", "SN 2026/198", "Beslut om att inleda utredning enligt 11 kap. 1 § SoL", "Inledd", "Malin Hedström, 1:e socialsekreterare", "C 2.1"),
        ("2026-09-11", "SN 2026/219", "Placering i jourhem enligt avtal med Skellefteå kommun", "Beviljat", "Åsa Nordlund, enhetschef IFO", "C 4.3"),
        ("2026-09-15", "SN 2026/221", "Bostadsanpassningsbidrag – ramp och dörröppnare", "Beviljat delvis", "Emma Lidström, biståndshandläggare", "D 1.1"),
        ("2026-09-16", "", "Ekonomiskt bistånd, tandvård", "Beviljat", "Jonas Pettersson, socialsekreterare", "B 1.5"),
        ("2026-09-18", "SN 2026/164", "Yttrande till Förvaltningsrätten i Umeå i mål om bistånd", "Yttrande avgivet", "Åsa Nordlund, enhetschef IFO", "E 2"),
        ("2026-09-22", "SN 2026/225", "Tillfälligt serveringstillstånd – Skördefest i Norsjö centrum", "Beviljat", "Hans Öberg, alkoholhandläggare", "F 1.3"),
        ("2026-09-24", "SN 2026/226", "Färdtjänst inom kommunen", "Beviljat", "Emma Lidström, biståndshandläggare", "D 3.1"),
        ("2026-09-29", "SN 2026/148", "Avslut av utredning utan insats", "Avslutad", "Malin Hedström, 1:e socialsekreterare", "C 2.4"),
        ("", "", "", "", "", ""),
    ]
    p.set_font("S", "", 8.5)
    with p.table(col_widths=(24, 28, 98, 30, 70, 23), text_align="LEFT", line_height=4.8,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220))) as t:
        t.row(["Beslutsdatum", "Dnr", "Ärende", "Beslut", "Delegat", "Punkt i deleg.ordn."])
        for r in rows:
            t.row(list(r))
    p.ln(5)
    p.set_font("S", "", 9)
    p.multi_cell(0, 5, "Beslut i enskilda ärenden redovisas utan personuppgifter. Akter finns tillgängliga hos socialkontoret.\nSammanställt av Ida Marklund, administratör", new_x="LMARGIN", new_y="NEXT")
    p.output(os.path.join(OUT, fn))
    persons = [pers("Emma Lidström", None, ["tjänsteperson"], "biståndshandläggare"),
               pers("Jonas Pettersson", None, ["tjänsteperson"], "socialsekreterare"),
               pers("Malin Hedström", None, ["tjänsteperson"], "1:e socialsekreterare"),
               pers("Åsa Nordlund", None, ["tjänsteperson"], "enhetschef IFO"),
               pers("Hans Öberg", None, ["tjänsteperson"], "alkoholhandläggare"),
               pers("Ida Marklund", None, ["tjänsteperson"], "administratör")]
    GOLD.append({"file": fn, "organization": "Norsjö kommun", "organ": "Socialnämnden", "date": "2026-10-21",
                 "doc_type": "delegationslista", "pages": p.page_no(), "items": [], "persons": persons, "actions": [], "votes": [],
                 "diarienummer": sorted({r[1] for r in rows if r[1]}), "kommuner": ["Norsjö", "Skellefteå"],
                 "notes": "Delegationslista (no meeting, no items). Date = the socialnämnd meeting it is reported to (2026-10-21); the list covers 2026-09-01–2026-09-30 and was printed 2026-10-06. "
                          "Every listed decision's Dnr is in document diarienummer; two rows (ekonomiskt bistånd) have no Dnr; the last table row is empty. "
                          "Delegates (officials who took the decisions) and the compiler listed as tjänsteperson with titles; no actions since no action kind fits a delegation decision. "
                          "Umeå named only as seat of Förvaltningsrätten → not a kommun. Norsjö named in the header and a row; Skellefteå kommun named in a row."})


hultsfred(); gotland(); torsby(); lessebo(); dalsed(); odeshog(); valdemarsvik(); norsjo()
with open(os.path.join(OUT, "gold.json"), "w") as f:
    json.dump({"format": "arkiv-gold/1", "documents": GOLD}, f, ensure_ascii=False, indent=1)
print("ok")
