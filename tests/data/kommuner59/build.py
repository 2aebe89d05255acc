# Generator for the kommuner59 blind gold set (invented documents, invented people).
import json, os, subprocess, re
from fpdf import FPDF

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
GOLD = []


class P(FPDF):
    def __init__(self, head=None, foot=None, **kw):
        super().__init__(format="A4", **kw)
        for fam, f in [("Sans", "DejaVuSans"), ("Serif", "DejaVuSerif"), ("Cond", "DejaVuSansCondensed")]:
            self.add_font(fam, "", FD + f + ".ttf")
            self.add_font(fam, "B", FD + f + "-Bold.ttf")
        self.add_font("Sans", "I", FD + "DejaVuSans-Oblique.ttf")
        self.add_font("Serif", "I", FD + "DejaVuSerif-Italic.ttf")
        self.head_fn, self.foot_fn = head, foot
        self.set_auto_page_break(True, 25)

    def header(self):
        if self.head_fn:
            self.head_fn(self)

    def footer(self):
        if self.foot_fn:
            self.foot_fn(self)

    def para(self, txt, x=None, w=0, h=5, font=None, style="", size=10, align="L", after=1.5):
        fam = font or self.fam
        self.set_font(fam, style, size)
        if x is not None:
            self.set_x(x)
        self.multi_cell(w, h, txt, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def ensure(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()


def item(number, title, dnr, page):
    return {"number": number, "title": title, "diarienummer": list(dnr), "page": page}


def doc_dnr(items, extra=()):
    out = []
    for it in items:
        for d in it["diarienummer"]:
            if d not in out:
                out.append(d)
    for d in extra:
        if d not in out:
            out.append(d)
    return out


def body(pdf, blocks, x=None, w=0, size=10):
    """blocks: list of (kind, text); kind h=subheading, p=paragraph, l=list line, q=italic quote"""
    for k, t in blocks:
        if k == "h":
            pdf.ensure(14)
            pdf.para(t, x=x, w=w, style="B", size=size, after=0.5)
        elif k == "p":
            pdf.para(t, x=x, w=w, size=size)
        elif k == "l":
            pdf.para("–  " + t, x=(x or pdf.l_margin) + 4, w=(w - 4 if w else 0), size=size, after=0.3)
        elif k == "q":
            pdf.para(t, x=(x or pdf.l_margin) + 6, w=(w - 6 if w else 0), style="I", size=size)
        elif k == "gap":
            pdf.ln(3)


# ---------------------------------------------------------------- 1 Sollefteå KS (Ciceron, margin column)
def doc1():
    fn = "solleftea_kommunstyrelsen_2026-11-03_protokoll.pdf"

    def head(p):
        p.set_font("Sans", "B", 11)
        p.set_xy(20, 10)
        p.cell(60, 5, "SOLLEFTEÅ KOMMUN")
        p.set_font("Sans", "B", 10)
        p.cell(70, 5, "SAMMANTRÄDESPROTOKOLL", align="C")
        p.set_font("Sans", "", 9)
        p.cell(40, 5, "Sida %d(%s)" % (p.page_no(), "{nb}"), align="R")
        p.set_xy(20, 15)
        p.set_font("Sans", "", 9)
        p.cell(60, 5, "Kommunstyrelsen")
        p.cell(70, 5, "den 3 november 2026", align="C")
        p.line(20, 21, 190, 21)
        p.set_y(26)

    def foot(p):
        p.set_y(-20)
        p.set_font("Sans", "", 7)
        p.cell(85, 4, "Justerandes sign", border="T")
        p.cell(10, 4, "")
        p.cell(75, 4, "Utdragsbestyrkande", border="T")

    p = P(head, foot)
    p.fam = "Sans"
    p.set_margins(20, 26, 20)
    p.add_page()

    def row(label, txt, after=2):
        y = p.get_y()
        p.set_font("Sans", "B", 9)
        p.set_xy(20, y)
        p.multi_cell(42, 4.6, label)
        ly = p.get_y()
        p.set_font("Sans", "", 9)
        p.set_xy(62, y)
        p.multi_cell(128, 4.6, txt, new_x="LMARGIN", new_y="NEXT")
        p.set_y(max(p.get_y(), ly))
        p.ln(after)

    row("Plats och tid", "Sessionssalen, Kommunhuset, Sollefteå, tisdagen den 3 november 2026 kl. 09.00–15.10\nAjournering kl. 12.00–13.00")
    row("Beslutande", "Maria Öhman (S), ordförande\nPer-Olof Strand (C), 1:e vice ordförande\nMikael Hägglund (M), 2:e vice ordförande\n"
        "Annika Wikström (S)\nJonas Lindgren (S)\nKerstin Bylund (S)\nBirgitta Nordlund (S), tjänstgörande ersättare för Tomas Granström (S)\n"
        "Oskar Lidström (C), tjänstgörande ersättare för Sara Åkerlund (C)\nFredrik Nyström (M)\nStig Edin (SD)\nLars Ågren (SD)\n"
        "Elin Norberg (V)\nHenrik Sjödin (KD)")
    row("Ersättare", "Ulla Berglund (S)\nLisa Holmgren (M)\nErik Sandström (SD)")
    row("Övriga närvarande", "Anders Westman, kommundirektör\nLena Hörnqvist, kommunsekreterare\nJohan Strömberg, ekonomichef, §§ 142–143\n"
        "Malin Edlund, samhällsbyggnadschef, § 145")
    row("Utses att justera", "Mikael Hägglund (M)")
    row("Justeringens\nplats och tid", "Kommunkansliet, fredagen den 6 november 2026", after=6)
    y = p.get_y()
    sig = [("Underskrifter", "Sekreterare", "Lena Hörnqvist", "Paragrafer 140–148"),
           ("", "Ordförande", "Maria Öhman", ""), ("", "Justerande", "Mikael Hägglund", "")]
    for a, b, c, d in sig:
        p.set_font("Sans", "B", 9)
        p.set_x(20)
        p.cell(42, 5, b)
        p.cell(80, 5, "", border="B")
        p.set_font("Sans", "", 9)
        p.cell(40, 5, d, new_x="LMARGIN", new_y="NEXT")
        p.set_x(62)
        p.cell(80, 5, c, new_x="LMARGIN", new_y="NEXT")
        p.ln(4)
    p.ln(4)
    p.set_font("Sans", "B", 10)
    p.cell(0, 6, "ANSLAG/BEVIS", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.5)
    p.multi_cell(0, 4.4, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                 "Organ: Kommunstyrelsen    Sammanträdesdatum: 2026-11-03\n"
                 "Datum då anslaget sätts upp: 2026-11-09    Datum då anslaget tas ned: 2026-12-01\n"
                 "Förvaringsplats för protokollet: Kommunkansliet, Sollefteå", border=1)

    items = []

    def para_item(num, title, dnr, blocks, newpage=False):
        if newpage:
            p.add_page()
        p.ensure(30)
        y = p.get_y()
        pg = p.page_no()
        p.set_font("Sans", "B", 12)
        p.set_xy(20, y)
        p.cell(22, 6, "§ " + num)
        p.set_font("Sans", "", 9)
        p.set_xy(150, y)
        p.cell(40, 6, dnr[0] if dnr else "", align="R")
        p.set_font("Sans", "B", 11)
        p.set_xy(42, y)
        p.multi_cell(104, 5.6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        body(p, blocks, x=42, w=148, size=10)
        p.ln(4)
        items.append(item("§" + num, title, [d.replace("Dnr ", "") for d in dnr], pg))

    para_item("140", "Godkännande av dagordning", [], [
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Dagordningen godkänns med tillägg av ärendet Revidering av delegationsordning för kommunstyrelsen som behandlas som § 146."),
    ], newpage=True)
    para_item("141", "Information från kommundirektören", [], [
        ("p", "Kommundirektör Anders Westman informerar om:"),
        ("l", "Arbetet med ny organisation för räddningstjänsten i samverkan med Kramfors och Härnösand."),
        ("l", "Region Västernorrlands beslut om öppettider för närakuten i Sollefteå."),
        ("l", "Rekrytering av ny socialchef; intervjuer pågår under november."),
        ("l", "Läget i arbetet med kommunens lokalförsörjningsplan."),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Informationen noteras till protokollet."),
    ])
    para_item("142", "Delårsrapport januari–augusti 2026 för Sollefteå kommun", ["Dnr KS 2026/318"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Ekonomichef Johan Strömberg föredrar ärendet. Delårsrapporten visar ett prognostiserat resultat för helåret om 14,2 mnkr, "
              "vilket är 6,8 mnkr bättre än budgeterat. Socialnämnden prognostiserar ett underskott om 11,5 mnkr, främst inom "
              "hemtjänsten och placeringar av barn och unga. Barn- och utbildningsnämnden prognostiserar ett överskott om 2,1 mnkr."),
        ("p", "Revisorerna ska lämna sitt utlåtande över delårsrapporten till kommunfullmäktiges sammanträde i november."),
        ("h", "Beslutsunderlag"),
        ("l", "Tjänsteskrivelse 2026-10-12"),
        ("l", "Delårsrapport januari–augusti 2026"),
        ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "Kommunfullmäktige godkänner delårsrapporten för januari–augusti 2026."),
    ])
    para_item("143", "Budget 2027 och verksamhetsplan med ekonomisk plan 2028–2029", ["Dnr KS 2026/201"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Ekonomichef Johan Strömberg föredrar ärendet. Arbetsutskottet har den 20 oktober 2026 lämnat förslag till budget 2027 "
              "och ekonomisk plan för 2028–2029. Förslaget bygger på oförändrad skattesats, 22,91 kronor, och på Sveriges Kommuner "
              "och Regioners skatteunderlagsprognos från oktober 2026. Befolkningen beräknas minska med 120 invånare per år under "
              "planperioden, vilket påverkar intäkterna från det kommunalekonomiska utjämningssystemet."),
        ("p", "Driftsramarna för nämnderna räknas upp med 2,4 procent för löner och 1,9 procent för övriga kostnader. Socialnämnden "
              "tillförs därutöver 9,0 mnkr för ökade volymer inom äldreomsorgen. Barn- och utbildningsnämndens ram minskas med 3,5 mnkr "
              "till följd av minskade elevtal. Investeringsbudgeten uppgår till 96 mnkr för 2027, varav 41 mnkr avser ny förskola i "
              "Sollefteå centrum och 18 mnkr avser reinvesteringar i VA-nätet i Långsele och Ramsele."),
        ("p", "Resultatmålet om 2 procent av skatter och generella statsbidrag nås inte under 2027 men beräknas nås 2029. "
              "Soliditeten inklusive pensionsåtaganden beräknas till 18 procent vid utgången av planperioden."),
        ("h", "Beslutsunderlag"),
        ("l", "Kommunstyrelsens arbetsutskott 2026-10-20, § 188"),
        ("l", "Förslag till budget 2027 och ekonomisk plan 2028–2029"),
        ("l", "Moderaternas budgetförslag, Sverigedemokraternas budgetförslag och Vänsterpartiets budgetförslag"),
        ("h", "Yrkanden"),
        ("p", "Maria Öhman (S), Per-Olof Strand (C) och Annika Wikström (S) yrkar bifall till arbetsutskottets förslag."),
        ("p", "Mikael Hägglund (M) yrkar bifall till Moderaternas budgetförslag."),
        ("p", "Stig Edin (SD) yrkar bifall till Sverigedemokraternas budgetförslag."),
        ("p", "Elin Norberg (V) yrkar bifall till Vänsterpartiets budgetförslag."),
        ("h", "Propositionsordning"),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag."),
        ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "1. Skattesatsen för 2027 fastställs till 22,91 kronor per skattekrona."),
        ("p", "2. Budget 2027 och verksamhetsplan med ekonomisk plan 2028–2029 fastställs enligt förslaget."),
        ("p", "3. Kommunstyrelsen får under 2027 nyupplåna, det vill säga öka kommunens skulder, med högst 40 mnkr."),
        ("p", "4. Nämnderna uppdras att senast den 28 februari 2027 redovisa internbudget till kommunstyrelsen."),
        ("h", "Reservation"),
        ("p", "Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för egna förslag."),
        ("h", "Protokollsanteckning"),
        ("p", "Elin Norberg (V) lämnar följande protokollsanteckning: ”Vänsterpartiet avstår från att reservera sig men vill "
              "understryka att neddragningen inom barn- och utbildningsnämnden riskerar att slå hårdast mot de mindre skolorna i "
              "Junsele och Ramsele.”"),
    ])
    para_item("144", "Svar på motion från Henrik Sjödin (KD) om solceller på kommunens fastigheter", ["Dnr KS 2025/412"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Henrik Sjödin (KD) har i en motion föreslagit att kommunen ska installera solceller på samtliga kommunägda fastigheter "
              "med lämpliga tak senast 2030. Fastighetsavdelningen har utrett frågan och bedömer att tolv fastigheter är lämpliga. "
              "Installationer på fyra av dessa ingår redan i investeringsplanen."),
        ("h", "Yrkanden"),
        ("p", "Henrik Sjödin (KD) yrkar bifall till motionen."),
        ("p", "Maria Öhman (S) yrkar bifall till arbetsutskottets förslag att motionen ska anses besvarad."),
        ("h", "Propositionsordning"),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar enligt Maria Öhmans yrkande."),
        ("h", "Kommunstyrelsens förslag till kommunfullmäktige"),
        ("p", "Motionen anses besvarad."),
        ("h", "Reservation"),
        ("p", "Henrik Sjödin (KD) reserverar sig mot beslutet."),
    ])
    para_item("145", "Detaljplan för del av Nipan 1:14 med flera, bostäder och verksamheter vid Hågesta, beslut om samråd",
              ["Dnr KS 2026/77"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Samhällsbyggnadschef Malin Edlund redogör för planförslaget. Syftet med detaljplanen är att möjliggöra cirka 40 nya "
              "bostäder i form av rad- och parhus samt ytor för icke störande verksamheter. Planen hanteras med standardförfarande."),
        ("h", "Yrkanden"),
        ("p", "Stig Edin (SD) yrkar att ärendet återremitteras för att utreda trafiksituationen på Hågestavägen."),
        ("p", "Annika Wikström (S) yrkar bifall till förvaltningens förslag."),
        ("h", "Propositionsordning"),
        ("p", "Ordföranden ställer först frågan om ärendet ska avgöras i dag och finner att så ska ske. Därefter ställer "
              "ordföranden proposition på förvaltningens förslag och finner det bifallet."),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Planförslaget godkänns för samråd."),
        ("h", "Reservation"),
        ("p", "Stig Edin (SD) och Lars Ågren (SD) reserverar sig mot beslutet till förmån för återremissyrkandet."),
    ])
    para_item("146", "Revidering av delegationsordning för kommunstyrelsen", ["Dnr KS 2026/290"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Delegationsordningen har setts över med anledning av den nya upphandlingsorganisationen. Beloppsgränser för "
              "direktupphandling justeras och avsnittet om personalärenden förtydligas."),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Reviderad delegationsordning antas att gälla från och med den 1 december 2026."),
    ])
    para_item("147", "Redovisning av delegationsbeslut", [], [
        ("p", "Följande delegationsbeslut redovisas:"),
        ("l", "Beslut om direktupphandling av konsultstöd, dnr KS 2026/301"),
        ("l", "Yttrande till Länsstyrelsen Västernorrland över tillstånd för vattenverksamhet, dnr KS 2026/266"),
        ("l", "Anställningsbeslut enligt förteckning, september–oktober 2026"),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Redovisningen godkänns."),
    ])
    para_item("148", "Meddelanden", [], [
        ("l", "Protokoll från kommunstyrelsens arbetsutskott 2026-10-06 och 2026-10-20"),
        ("l", "Protokoll från Höga Kustens Destinationsutveckling AB, styrelsemöte 2026-09-24"),
        ("h", "Kommunstyrelsens beslut"),
        ("p", "Meddelandena läggs till handlingarna."),
    ])
    # signature page
    p.add_page()
    p.set_font("Sans", "B", 11)
    p.cell(0, 8, "Kommunstyrelsen – underskrifter", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 9)
    for r, n in [("Ordförande", "Maria Öhman"), ("Justerande", "Mikael Hägglund"), ("Sekreterare", "Lena Hörnqvist")]:
        p.ln(10)
        p.cell(40, 5, r)
        p.cell(80, 5, "", border="B", new_x="LMARGIN", new_y="NEXT")
        p.set_x(60)
        p.cell(80, 5, n, new_x="LMARGIN", new_y="NEXT")
    p.output(os.path.join(OUT, fn))
    persons = [
        ("Maria Öhman", "S", ["ordförande", "ledamot"]),
        ("Per-Olof Strand", "C", ["vice ordförande", "ledamot"]),
        ("Mikael Hägglund", "M", ["vice ordförande", "ledamot", "justerare"]),
        ("Annika Wikström", "S", ["ledamot"]),
        ("Jonas Lindgren", "S", ["ledamot"]),
        ("Kerstin Bylund", "S", ["ledamot"]),
        ("Birgitta Nordlund", "S", ["tjänstgörande ersättare"]),
        ("Oskar Lidström", "C", ["tjänstgörande ersättare"]),
        ("Fredrik Nyström", "M", ["ledamot"]),
        ("Stig Edin", "SD", ["ledamot"]),
        ("Lars Ågren", "SD", ["ledamot"]),
        ("Elin Norberg", "V", ["ledamot"]),
        ("Henrik Sjödin", "KD", ["ledamot"]),
        ("Ulla Berglund", "S", ["ersättare"]),
        ("Lisa Holmgren", "M", ["ersättare"]),
        ("Erik Sandström", "SD", ["ersättare"]),
        ("Anders Westman", None, ["tjänsteperson"], "kommundirektör"),
        ("Lena Hörnqvist", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
        ("Johan Strömberg", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
        ("Malin Edlund", None, ["tjänsteperson", "föredragande"], "samhällsbyggnadschef"),
    ]
    actions = [
        ("Mikael Hägglund", None, "justerare"),
        ("Anders Westman", "§141", "presented"),
        ("Johan Strömberg", "§142", "presented"),
        ("Johan Strömberg", "§143", "presented"),
        ("Maria Öhman", "§143", "proposed"), ("Per-Olof Strand", "§143", "proposed"), ("Annika Wikström", "§143", "proposed"),
        ("Mikael Hägglund", "§143", "proposed"), ("Stig Edin", "§143", "proposed"), ("Elin Norberg", "§143", "proposed"),
        ({"party": "M"}, "§143", "reserved"), ({"party": "SD"}, "§143", "reserved"),
        ("Elin Norberg", "§143", "protocol_note"),
        ("Henrik Sjödin", "§144", "raised"), ("Henrik Sjödin", "§144", "proposed"), ("Maria Öhman", "§144", "proposed"),
        ("Henrik Sjödin", "§144", "reserved"),
        ("Malin Edlund", "§145", "presented"), ("Stig Edin", "§145", "proposed"), ("Annika Wikström", "§145", "proposed"),
        ("Stig Edin", "§145", "reserved"), ("Lars Ågren", "§145", "reserved"),
    ]
    return dict(file=fn, organization="Sollefteå kommun", organ="Kommunstyrelsen", date="2026-11-03", doc_type="protokoll",
                items=items, persons=persons, actions=actions, votes=[], kommuner=["Sollefteå", "Kramfors", "Härnösand"],
                regions=["Region Västernorrland"],
                notes="Ciceron-style: § number in a left margin column, title beside it, Dnr right ('Dnr KS 2026/318': the label 'Dnr' is "
                      "dropped, number written 'KS 2026/318'). Date only printed as "
                      "'den 3 november 2026' (and 2026-11-03 in the anslag box). Justerare chosen in head block ('Utses att justera'), "
                      "so item null; the chair signs by office. Tjänstgörande ersättare: Birgitta Nordlund for Tomas Granström, "
                      "Oskar Lidström for Sara Åkerlund (replaced members absent, not persons). §143 reservation is by party (M and SD). "
                      "§147 dnr are references of delegation decisions, not the item's own. 'Sveriges Kommuner och Regioner' is an organisation, "
                      "not a region. Länsstyrelsen Västernorrland is an authority, not a region.")


# ---------------------------------------------------------------- 2 Ljusnarsberg KF (Platina, dnr on own line under title)
KF_SEATS = [  # (ledamot, party, present, substitute or None, vote)
    ("Bengt Åslund", "S", True, None, "ja"), ("Lars-Göran Berg", "S", True, None, "ja"),
    ("Gunilla Persson", "S", True, None, "ja"), ("Marie Hellström", "S", True, None, "ja"),
    ("Tommy Karlberg", "S", True, None, "ja"), ("Anita Forsberg", "S", True, None, "ja"),
    ("Hans Ek", "S", False, ("Britt Lund", "S"), "ja"), ("Jessica Nyman", "S", True, None, "ja"),
    ("Kjell Ahlgren", "S", True, None, "ja"), ("Sofia Pettersson", "S", True, None, "ja"),
    ("Ulrika Staaf", "M", True, None, "ja"), ("Mats Jonsson", "M", True, None, "ja"),
    ("Eva Grahn", "M", True, None, "ja"), ("Nils Borg", "M", False, ("Anders Qvist", "M"), "ja"),
    ("Therese Alm", "M", True, None, "avstår"),
    ("Roger Falk", "SD", True, None, "nej"), ("Anneli Sjöberg", "SD", True, None, "nej"),
    ("Kent Wallin", "-", True, None, "nej"), ("Dennis Holm", "SD", True, None, "nej"),
    ("Maja Lundberg", "SD", False, ("Tobias Engström", "SD"), "nej"), ("Leif Rydén", "SD", True, None, "nej"),
    ("Elisabeth Nord", "C", True, None, "ja"), ("Göran Sahlin", "C", True, None, "ja"), ("Ida Modig", "C", True, None, "ja"),
    ("Ove Lindqvist", "V", True, None, "nej"), ("Hanna Brink", "V", True, None, "nej"),
    ("Rune Bäckman", "KD", True, None, "ja"), ("Agneta Stål", "L", True, None, "ja"),
    ("Peter Rask", "LBP", True, None, "nej"), ("Karin Eklund", "LBP", True, None, "nej"),
    ("Jan-Erik Mattsson", "LBP", True, None, "nej"),
]


def doc2():
    fn = "ljusnarsberg_kommunfullmaktige_2026-10-26_protokoll.pdf"

    def head(p):
        p.set_xy(18, 9)
        p.set_font("Serif", "B", 12)
        p.cell(90, 6, "Ljusnarsbergs kommun")
        p.set_font("Serif", "B", 11)
        p.cell(84, 6, "PROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_x(18)
        p.set_font("Serif", "", 9)
        p.cell(90, 4.5, "Kommunfullmäktige")
        p.cell(84, 4.5, "Sammanträdesdatum 2026-10-26", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_x(18)
        p.cell(174, 4.5, "Sida %d (%s)" % (p.page_no(), "{nb}"), align="R")
        p.line(18, 24, 192, 24)
        p.set_y(29)

    def foot(p):
        p.set_y(-18)
        p.set_font("Serif", "", 7.5)
        p.cell(60, 4, "Ordförandes sign: ........")
        p.cell(60, 4, "Justerandes sign: ........ ........")
        p.cell(54, 4, "Utdragsbestyrkande: ........", align="R")

    p = P(head, foot)
    p.fam = "Serif"
    p.set_margins(18, 29, 18)
    p.add_page()

    def row(label, txt, after=2.5):
        y = p.get_y()
        p.set_font("Serif", "B", 10)
        p.set_xy(18, y)
        p.multi_cell(46, 5, label)
        ly = p.get_y()
        p.set_font("Serif", "", 10)
        p.set_xy(66, y)
        p.multi_cell(126, 5, txt, new_x="LMARGIN", new_y="NEXT")
        p.set_y(max(p.get_y(), ly))
        p.ln(after)

    p.set_font("Serif", "B", 16)
    p.cell(0, 10, "Kommunfullmäktige", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    row("Plats och tid", "Kulturhuset, Kopparberg, måndagen 2026-10-26, kl. 18.30–21.45")
    row("Beslutande", "Se närvarolista, sida 2")
    row("Ersättare", "Se närvarolista, sida 2")
    row("Övriga närvarande", "Helena Sundin, kommunsekreterare\nCamilla Ros, ekonomichef, § 84")
    row("Justerare", "Gunilla Persson (S) och Roger Falk (SD)")
    row("Justeringens\nplats och tid", "Kommunhuset, Kopparberg, 2026-10-29 kl. 15.00", after=8)
    p.set_font("Serif", "B", 11)
    p.cell(0, 7, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    for role, names, extra in [("Sekreterare", ["Helena Sundin"], "Paragrafer 78–88"), ("Ordförande", ["Bengt Åslund"], ""),
                               ("Justerande", ["Gunilla Persson", "Roger Falk"], "")]:
        p.ln(7)
        p.set_font("Serif", "B", 10)
        p.cell(46, 5, role)
        for n in names:
            p.cell(60, 5, "", border="B")
            p.cell(4, 5, "")
        p.set_font("Serif", "", 9)
        if extra:
            p.cell(0, 5, extra)
        p.ln(5)
        p.set_x(64)
        p.set_font("Serif", "", 10)
        for n in names:
            p.cell(64, 5, n)
        p.ln(3)
    p.ln(10)
    p.set_font("Serif", "B", 10)
    p.cell(0, 6, "BEVIS OM ANSLAG", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Serif", "", 9)
    p.multi_cell(0, 4.5, "Protokollet är justerat och justeringen har tillkännagivits på kommunens anslagstavla.\n"
                 "Anslaget sätts upp 2026-10-30 och tas ned 2026-11-21.\nProtokollet förvaras på kommunkansliet, Kopparberg.", border=1)

    # page 2: närvarolista
    p.add_page()
    p.set_font("Serif", "B", 12)
    p.cell(0, 7, "Närvarolista", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Serif", "", 8.5)
    cols = [(52, "Ledamot"), (14, "Parti"), (52, "Tjänstgörande ersättare"), (14, "Parti"), (20, "Närvarande")]
    p.set_font("Serif", "B", 8.5)
    for w, t in cols:
        p.cell(w, 5, t, border=1)
    p.ln()
    p.set_font("Serif", "", 8.5)
    for n, party, pres, sub, v in KF_SEATS:
        label = n
        if n == "Bengt Åslund":
            label = n + ", ordf."
        if n == "Ulrika Staaf":
            label = n + ", 1:e vice ordf."
        vals = [label, party, sub[0] if sub else "", sub[1] if sub else "", "X" if (pres or sub) else ""]
        for (w, _), t in zip(cols, vals):
            p.cell(w, 4.6, t, border=1)
        p.ln()
    p.ln(3)
    p.set_font("Serif", "B", 9)
    p.cell(0, 5, "Närvarande ej tjänstgörande ersättare", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Serif", "", 9)
    p.cell(0, 5, "Lena Hammar (S), Sebastian Öst (SD)", new_x="LMARGIN", new_y="NEXT")

    items = []

    def para_item(num, title, dnr, blocks, newpage=False):
        if newpage:
            p.add_page()
        p.ensure(28)
        pg = p.page_no()
        y = p.get_y()
        p.set_font("Serif", "B", 12)
        p.set_xy(18, y)
        p.cell(18, 6, "§ " + num)
        p.set_xy(36, y)
        p.multi_cell(156, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        p.set_font("Serif", "", 10)
        if dnr:
            p.set_x(36)
            p.cell(0, 5, dnr[0], new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
        body(p, blocks, x=36, w=156, size=10)
        p.ln(4)
        items.append(item("§" + num, title, dnr if num != "80" else ["KS/2026:201", "KS/2026:202"], pg))

    para_item("78", "Val av justerare", [], [
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Kommunfullmäktige utser Gunilla Persson (S) och Roger Falk (SD) att jämte ordföranden justera dagens protokoll. "
              "Justeringen sker på kommunhuset torsdagen den 29 oktober 2026 kl. 15.00."),
    ], newpage=True)
    para_item("79", "Godkännande av dagordning", [], [
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Dagordningen godkänns."),
    ])
    para_item("80", "Anmälan av nya motioner, interpellationer och frågor", [], [
        ("p", "Följande har inkommit sedan föregående sammanträde:"),
        ("l", "Motion från Karin Eklund (LBP) om avgiftsfri kollektivtrafik för unga under 20 år, KS/2026:201"),
        ("l", "Interpellation från Mats Jonsson (M) till kommunstyrelsens ordförande om vinterväghållningen på "
              "landsbygden, KS/2026:202"),
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Motionen remitteras till kommunstyrelsen för beredning. Interpellationen får ställas och besvaras vid "
              "fullmäktiges sammanträde i november."),
    ])
    para_item("81", "Svar på interpellation från Anneli Sjöberg (SD) om skolskjutsarna i Ställdalen", ["KS/2026:170"], [
        ("p", "Anneli Sjöberg (SD) har ställt en interpellation till kommunstyrelsens ordförande om varför skolskjutsen från "
              "Ställdalen har ändrade tider sedan höstterminens start och vilka åtgärder som vidtas för att förkorta elevernas väntetider."),
        ("p", "Kommunstyrelsens ordförande Lars-Göran Berg (S) besvarar interpellationen. I den efterföljande debatten deltar "
              "Anneli Sjöberg (SD), Lars-Göran Berg (S) och Leif Rydén (SD)."),
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Interpellationen anses besvarad."),
    ])
    para_item("82", "Fråga från Ove Lindqvist (V) till barn- och utbildningsnämndens ordförande om fritidsgårdens öppettider",
              ["KS/2026:196"], [
        ("p", "Ove Lindqvist (V) frågar om barn- och utbildningsnämnden avser att återinföra öppethållande på fredagskvällar vid "
              "fritidsgården i Kopparberg."),
        ("p", "Barn- och utbildningsnämndens ordförande Marie Hellström (S) besvarar frågan."),
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Frågan anses besvarad."),
    ])
    vot = [("ja", "Ja"), ("nej", "Nej"), ("avstår", "Avstår")]
    para_item("83", "Svar på motion från Peter Rask (LBP) om närproducerade livsmedel i skolmåltiderna", ["KS/2025:288"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Peter Rask (LBP) föreslår i en motion att minst 40 procent av livsmedlen i kommunens skolmåltider ska vara "
              "närproducerade från Bergslagen senast 2028. Kostenheten konstaterar att lagen om offentlig upphandling inte medger "
              "krav på geografiskt ursprung, men att krav på färskhet, transportavstånd och säsongsanpassning kan ställas. "
              "Andelen svenska livsmedel är i dag 71 procent."),
        ("h", "Kommunstyrelsens förslag"),
        ("p", "Motionen anses besvarad."),
        ("h", "Yrkanden"),
        ("p", "Peter Rask (LBP), Karin Eklund (LBP) och Ove Lindqvist (V) yrkar bifall till motionen."),
        ("p", "Lars-Göran Berg (S) och Elisabeth Nord (C) yrkar bifall till kommunstyrelsens förslag."),
        ("h", "Propositionsordning"),
        ("p", "Ordföranden ställer kommunstyrelsens förslag mot bifall till motionen och finner att fullmäktige beslutar enligt "
              "kommunstyrelsens förslag. Omröstning begärs."),
        ("h", "Voteringsproposition"),
        ("p", "Den som vill bifalla kommunstyrelsens förslag röstar Ja. Den som vill bifalla motionen röstar Nej."),
        ("h", "Omröstningsresultat"),
        ("p", "Med 19 ja-röster mot 11 nej-röster, 1 ledamot avstår, beslutar kommunfullmäktige enligt kommunstyrelsens förslag. "
              "Voteringslista, se nedan."),
    ])
    # voteringslista table
    p.set_x(36)
    p.set_font("Serif", "B", 10)
    p.cell(0, 6, "Voteringslista § 83", new_x="LMARGIN", new_y="NEXT")
    cw = [44, 11, 44, 11, 12, 12, 14]
    hdr = ["Ledamot", "Parti", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"]

    def vhead():
        p.set_x(36)
        p.set_font("Serif", "B", 8.5)
        for w, t in zip(cw, hdr):
            p.cell(w, 5, t, border=1)
        p.ln()
    vhead()
    votes = []
    for n, party, pres, sub, v in KF_SEATS:
        if p.get_y() + 5 > p.page_break_trigger:
            p.add_page()
            vhead()
        p.set_x(36)
        p.set_font("Serif", "", 8.5)
        vals = [n, party, sub[0] if sub else "", sub[1] if sub else "", "X" if v == "ja" else "", "X" if v == "nej" else "",
                "X" if v == "avstår" else ""]
        for w, t in zip(cw, vals):
            p.cell(w, 4.6, t, border=1, align="C" if w <= 14 and t == "X" else "L")
        p.ln()
        votes.append({"item": "§83", "round": 1, "person": sub[0] if sub else n, "vote": v})
    p.set_x(36)
    p.set_font("Serif", "B", 8.5)
    for w, t in zip(cw, ["Summa", "", "", "", "19", "11", "1"]):
        p.cell(w, 5, t, border=1)
    p.ln(8)
    body(p, [
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Motionen anses besvarad."),
        ("h", "Reservationer"),
        ("p", "Ljusnarsbergs Bygdepartiets ledamöter reserverar sig mot beslutet till förmån för bifall till motionen. "
              "Ove Lindqvist (V) reserverar sig mot beslutet."),
    ], x=36, w=156)
    p.ln(4)
    para_item("84", "Delårsrapport januari–augusti 2026", ["KS/2026:140"], [
        ("p", "Ekonomichef Camilla Ros informerar om delårsrapporten. Kommunens prognos för helåret är ett överskott om 3,9 mnkr. "
              "Revisorernas bedömning är att resultatet är förenligt med de finansiella mål som fullmäktige beslutat."),
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Delårsrapporten godkänns."),
    ])
    para_item("85", "Taxa för prövning och tillsyn inom miljöbalkens område 2027", ["KS/2026:151"], [
        ("p", "Miljö- och byggnämnden föreslår att timavgiften höjs från 1 290 kronor till 1 360 kronor och att taxan i övrigt "
              "anpassas till Sveriges Kommuner och Regioners underlag för riskbaserad tillsyn."),
        ("h", "Yrkanden"),
        ("p", "Roger Falk (SD) yrkar avslag på kommunstyrelsens förslag. Lars-Göran Berg (S) yrkar bifall till kommunstyrelsens förslag."),
        ("h", "Propositionsordning"),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att fullmäktige bifaller kommunstyrelsens förslag."),
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Taxan antas att gälla från och med den 1 januari 2027."),
        ("h", "Reservation"),
        ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
    ])
    para_item("86", "Detaljplan för Kopparberg 5:12 med flera (Bergmästaregården), beslut om antagande", ["KS/2026:98"], [
        ("p", "Detaljplanen möjliggör att den kulturhistoriskt värdefulla Bergmästaregården kan användas för kontor, vandrarhem och "
              "samlingslokaler. Under granskningen har yttranden inkommit från Länsstyrelsen i Örebro län och Bergslagens "
              "Räddningstjänst. Planen har justerats avseende skyddsbestämmelser för huvudbyggnaden."),
        ("h", "Yrkanden"),
        ("p", "Elisabeth Nord (C) yrkar bifall till kommunstyrelsens förslag."),
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Detaljplanen för Kopparberg 5:12 med flera antas."),
        ("h", "Protokollsanteckning"),
        ("p", "Karin Eklund (LBP) får anteckna följande till protokollet: ”Vi välkomnar planen men förutsätter att föreningslivet "
              "även fortsatt får tillgång till lokalerna till rimlig hyra.”"),
    ])
    para_item("87", "Revisionens budget 2027", ["KS/2026:177"], [
        ("p", "Fullmäktiges presidium har berett revisorernas budgetframställan och föreslår en ram om 1 140 tkr för 2027."),
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Revisionens budget för 2027 fastställs till 1 140 tkr."),
    ])
    para_item("88", "Meddelanden", [], [
        ("l", "Länsstyrelsen i Örebro län: protokoll över granskning av överförmyndarverksamheten"),
        ("l", "Hällefors kommun: beslut om fortsatt samverkan inom Bergslagens miljö- och byggförvaltning"),
        ("h", "Kommunfullmäktiges beslut"),
        ("p", "Meddelandena läggs till handlingarna."),
    ])
    p.output(os.path.join(OUT, fn))
    persons = []
    for n, party, pres, sub, v in KF_SEATS:
        if sub:
            persons.append((sub[0], sub[1], ["tjänstgörande ersättare"]))
        else:
            roles = ["ledamot"]
            if n == "Bengt Åslund":
                roles = ["ordförande", "ledamot"]
            if n == "Ulrika Staaf":
                roles = ["vice ordförande", "ledamot"]
            if n in ("Gunilla Persson", "Roger Falk"):
                roles = ["ledamot", "justerare"]
            persons.append((n, None if party == "-" else party, roles))
    persons += [("Lena Hammar", "S", ["ersättare"]), ("Sebastian Öst", "SD", ["ersättare"]),
                ("Helena Sundin", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
                ("Camilla Ros", None, ["tjänsteperson", "föredragande"], "ekonomichef")]
    actions = [
        ("Gunilla Persson", "§78", "justerare"), ("Roger Falk", "§78", "justerare"),
        ("Karin Eklund", "§80", "raised"), ("Mats Jonsson", "§80", "raised"),
        ("Anneli Sjöberg", "§81", "raised"), ("Lars-Göran Berg", "§81", "presented"),
        ("Ove Lindqvist", "§82", "raised"), ("Marie Hellström", "§82", "presented"),
        ("Peter Rask", "§83", "raised"), ("Peter Rask", "§83", "proposed"), ("Karin Eklund", "§83", "proposed"),
        ("Ove Lindqvist", "§83", "proposed"), ("Lars-Göran Berg", "§83", "proposed"), ("Elisabeth Nord", "§83", "proposed"),
        ({"party": "LBP"}, "§83", "reserved"), ("Ove Lindqvist", "§83", "reserved"),
        ("Camilla Ros", "§84", "presented"),
        ("Roger Falk", "§85", "proposed"), ("Lars-Göran Berg", "§85", "proposed"), ({"party": "SD"}, "§85", "reserved"),
        ("Elisabeth Nord", "§86", "proposed"), ("Karin Eklund", "§86", "protocol_note"),
    ]
    for it in items:
        if it["number"] == "§83":
            it["votes_summary"] = "Ja 19, Nej 11, Avstår 1"
    return dict(file=fn, organization="Ljusnarsbergs kommun", organ="Kommunfullmäktige", date="2026-10-26", doc_type="protokoll",
                items=items, persons=persons, actions=actions, votes=votes, kommuner=["Ljusnarsberg", "Hällefors"], regions=[],
                notes="Platina-style: case number on its own line under the § title. Local party Ljusnarsbergs Bygdeparti, code LBP. "
                      "Kent Wallin is printed with party '-' (politician without party): party null. Tjänstgörande ersättare "
                      "(from the närvaro- och voteringslista): Britt Lund for Hans Ek, Anders Qvist for Nils Borg, Tobias Engström for "
                      "Maja Lundberg; the replaced members are absent and not persons; votes are recorded for the ersättare. "
                      "§80 announces a motion and an interpellation and lists the numbers it gives them (KS/2026:201, KS/2026:202) as its "
                      "diarienummer; their authors are 'raised' on §80. The interpellation is answered in §81 and the fråga in §82 "
                      "('besvarar' = presented). Leif Rydén only takes part in the debate in §81: no action. Justerare chosen in §78. "
                      "§83 party reservation 'Ljusnarsbergs Bygdepartiets ledamöter' -> party LBP. "
                      "Länsstyrelsen i Örebro län and Bergslagens Räddningstjänst are authorities/organisations, not regions/kommuner; "
                      "Hällefors kommun is named in §88.")


# ---------------------------------------------------------------- 3 Hultsfred BMN (Meetings Plus; organ only in header + signature page)
def doc3():
    fn = "hultsfred_bygg-och-miljonamnden_2026-11-03_protokoll.pdf"

    def head(p):
        p.set_xy(15, 8)
        p.set_font("Sans", "B", 13)
        p.set_text_color(0, 70, 120)
        p.cell(80, 7, "HULTSFREDS KOMMUN")
        p.set_text_color(0)
        p.set_font("Sans", "", 8)
        p.set_xy(120, 8)
        p.multi_cell(75, 3.8, "Bygg- och miljönämnden\nProtokoll\n3/11 2026\nSida %d av %s" % (p.page_no(), "{nb}"), align="R")
        p.set_draw_color(0, 70, 120)
        p.line(15, 26, 195, 26)
        p.set_draw_color(0)
        p.set_y(31)

    def foot(p):
        p.set_y(-16)
        p.set_font("Sans", "", 7)
        p.cell(0, 4, "Ordförande ____    Justerare ____    Utdragsbestyrkande ____", align="C")

    p = P(head, foot)
    p.fam = "Sans"
    p.set_margins(15, 31, 15)
    p.add_page()
    p.set_font("Sans", "B", 15)
    p.cell(0, 9, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)

    def row(label, txt, after=2):
        y = p.get_y()
        p.set_font("Sans", "B", 9)
        p.set_xy(15, y)
        p.multi_cell(42, 4.8, label)
        ly = p.get_y()
        p.set_font("Sans", "", 9)
        p.set_xy(60, y)
        p.multi_cell(135, 4.8, txt, new_x="LMARGIN", new_y="NEXT")
        p.set_y(max(p.get_y(), ly))
        p.ln(after)

    row("Plats och tid", "Kommunhuset Hultsfred, sammanträdesrum Virserum, 3/11 2026 kl. 08.30–12.15")
    p.set_font("Sans", "B", 9)
    p.cell(45, 5, "Beslutande ledamöter", new_x="LMARGIN", new_y="NEXT")
    rows = [("Anette Björk", "S", "Ordförande"), ("Jörgen Axelsson", "C", "Vice ordförande"), ("Maj Svensson", "S", "Ledamot"),
            ("Ronny Lindkvist", "S", "Tjänstgörande ersättare för Kristina Dahl (S)"), ("Gösta Wall", "M", "Ledamot"),
            ("Sven-Erik Lund", "KD", "Ledamot"), ("Patrik Hjort", "SD", "Ledamot")]
    p.set_font("Sans", "", 8.5)
    for n, pa, r in rows:
        p.set_x(20)
        p.cell(55, 4.8, n, border="B")
        p.cell(20, 4.8, pa, border="B")
        p.cell(0, 4.8, r, border="B", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    row("Ersättare", "Elin Fors (V)\nMorgan Ljung (M)")
    row("Övriga närvarande", "Emma Lindh, förvaltningschef\nLinus Ek, bygglovshandläggare, §§ 113–114\n"
        "Sara Nyqvist, miljöinspektör, § 116\nMona Sjöstedt, nämndsekreterare")
    row("Justerare", "Jörgen Axelsson")
    row("Justeringens plats och tid", "Samhällsbyggnadskontoret 5/11 2026")
    row("Paragrafer", "§§ 112–119")
    p.ln(3)
    p.set_font("Sans", "I", 8)
    p.multi_cell(0, 4, "Anslag: Protokollet har justerats 5/11 2026 och anslagits på kommunens digitala anslagstavla 6/11 2026. "
                 "Sista dag för överklagande 27/11 2026. Förvaringsplats: Samhällsbyggnadsförvaltningen.", border=1)

    items = []

    def para_item(num, title, dnr, blocks, newpage=False):
        if newpage:
            p.add_page()
        p.ensure(30)
        pg = p.page_no()
        p.set_font("Sans", "B", 10)
        p.cell(90, 5.5, "§ " + num)
        p.set_font("Sans", "", 9)
        p.cell(0, 5.5, dnr[0] if dnr else "", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_font("Sans", "B", 11)
        p.multi_cell(0, 5.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        body(p, blocks, size=9.5)
        p.ln(5)
        items.append(item("§" + num, title, [d.replace("Dnr ", "") for d in dnr], pg))

    para_item("112", "Val av justerare", [], [
        ("h", "Beslut"),
        ("p", "Jörgen Axelsson (C) utses att justera protokollet tillsammans med ordföranden."),
    ], newpage=True)
    para_item("113", "Information från förvaltningen", [], [
        ("p", "Förvaltningschef Emma Lindh informerar om rekryteringen av en ny miljöchef och om arbetet med den nya "
              "översiktsplanen för Hultsfreds kommun."),
        ("p", "Bygglovshandläggare Linus Ek informerar om ärendeläget: 41 ärenden har inkommit sedan föregående sammanträde och "
              "handläggningstiden för kompletta bygglovsansökningar är i genomsnitt 4,5 veckor."),
        ("h", "Beslut"),
        ("p", "Informationen noteras."),
    ])
    para_item("114", "Hultsfred Vena 3:21 – Ansökan om bygglov för nybyggnad av enbostadshus och garage", ["Dnr BMN-2026-000318"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Ansökan avser ett enbostadshus i ett plan om 148 kvm byggnadsarea samt ett fristående garage om 42 kvm. Fastigheten "
              "ligger utanför detaljplanelagt område och omfattas av förhandsbesked meddelat 2025. Linus Ek föredrar ärendet."),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Bygglov beviljas med stöd av 9 kap. 31 § plan- och bygglagen. Avgift 24 860 kronor."),
        ("h", "Beslut"),
        ("p", "Nämnden beslutar enligt förvaltningens förslag."),
    ])
    para_item("115", "Målilla 4:7 – Förhandsbesked för nybyggnad av två fritidshus", ["Dnr BMN-2026-000277"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Sökanden vill uppföra två fritidshus på en avstyckning från fastigheten. Platsen ligger inom strandskyddat område "
              "vid Hulingen och inom riksintresse för naturvård. Förvaltningen bedömer att särskilda skäl för dispens från "
              "strandskyddet saknas och att åtgärden inte är förenlig med 2 kap. plan- och bygglagen."),
        ("h", "Förvaltningens förslag till beslut"),
        ("p", "Ansökan om förhandsbesked avslås."),
        ("h", "Yrkanden"),
        ("p", "Jörgen Axelsson (C) och Sven-Erik Lund (KD) yrkar bifall till ansökan. Ordföranden Anette Björk (S) yrkar avslag "
              "enligt förvaltningens förslag."),
        ("h", "Beslutsgång"),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller förvaltningens förslag. Omröstning begärs "
              "och verkställs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller Jörgen Axelssons yrkande röstar nej. "
              "Med 4 ja-röster mot 3 nej-röster beslutar nämnden enligt förvaltningens förslag."),
        ("h", "Beslut"),
        ("p", "Ansökan om förhandsbesked avslås."),
        ("h", "Reservation"),
        ("p", "Jörgen Axelsson (C) och Sven-Erik Lund (KD) reserverar sig mot beslutet."),
        ("h", "Överklagande"),
        ("p", "Beslutet kan överklagas till Länsstyrelsen i Kalmar län. Se bifogad hänvisning."),
    ])
    para_item("116", "Tillsyn enligt miljöbalken – föreläggande om åtgärder för enskilt avlopp på fastigheten Virserum 12:4",
              ["Dnr BMN-2026-000190"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Miljöinspektör Sara Nyqvist redogör för ärendet. Vid inspektion den 14 augusti 2026 konstaterades att avloppsanordningen "
              "består av en slamavskiljare med efterföljande stenkista som inte uppfyller kraven på rening. Fastighetsägaren har "
              "kommunicerats och har inte inkommit med synpunkter."),
        ("h", "Beslut"),
        ("p", "Nämnden förelägger fastighetsägaren att senast den 30 juni 2027 ha åtgärdat avloppsanordningen så att den uppfyller "
              "normal skyddsnivå för miljöskydd och hälsoskydd. Föreläggandet förenas inte med vite."),
    ])
    para_item("117", "Ändring av taxa för offentlig kontroll av livsmedel 2027", ["Dnr BMN-2026-000301"], [
        ("p", "Förvaltningen föreslår att timavgiften för kontroll höjs till 1 420 kronor och att efterhandsdebitering införs "
              "från och med den 1 januari 2027 i enlighet med Livsmedelsverkets vägledning."),
        ("h", "Beslut"),
        ("p", "Nämnden föreslår kommunfullmäktige att anta taxan."),
        ("h", "Protokollsanteckning"),
        ("p", "Patrik Hjort (SD) lämnar en protokollsanteckning om att höjningen riskerar att drabba små livsmedelsföretag på "
              "landsbygden."),
    ])
    para_item("118", "Delegationsbeslut", [], [
        ("p", "Delegationsbeslut fattade under perioden 2026-09-25–2026-10-27 redovisas enligt lista, bland annat bygglov i "
              "ärende BMN-2026-000244 och avskrivning i ärende BMN-2026-000129."),
        ("h", "Beslut"),
        ("p", "Redovisningen läggs till handlingarna."),
    ])
    para_item("119", "Meddelanden", [], [
        ("l", "Länsstyrelsen i Kalmar län – beslut i överklagat ärende om strandskyddsdispens, Lönneberga 3:9"),
        ("l", "Mark- och miljödomstolen vid Växjö tingsrätt – dom i mål om föreläggande"),
        ("h", "Beslut"),
        ("p", "Meddelandena läggs till handlingarna."),
    ])
    # signature page: organ printed
    p.add_page()
    p.set_font("Sans", "B", 12)
    p.cell(0, 8, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 10)
    p.cell(0, 6, "Bygg- och miljönämnden, sammanträde 3/11 2026, §§ 112–119", new_x="LMARGIN", new_y="NEXT")
    for r, n in [("Sekreterare", "Mona Sjöstedt"), ("Ordförande", "Anette Björk"), ("Justerare", "Jörgen Axelsson")]:
        p.ln(12)
        p.set_font("Sans", "B", 9)
        p.cell(35, 5, r)
        p.cell(80, 5, "", border="B", new_x="LMARGIN", new_y="NEXT")
        p.set_x(50)
        p.set_font("Sans", "", 9)
        p.cell(80, 5, n, new_x="LMARGIN", new_y="NEXT")
    p.output(os.path.join(OUT, fn))
    persons = [
        ("Anette Björk", "S", ["ordförande", "ledamot"]), ("Jörgen Axelsson", "C", ["vice ordförande", "ledamot", "justerare"]),
        ("Maj Svensson", "S", ["ledamot"]), ("Ronny Lindkvist", "S", ["tjänstgörande ersättare"]), ("Gösta Wall", "M", ["ledamot"]),
        ("Sven-Erik Lund", "KD", ["ledamot"]), ("Patrik Hjort", "SD", ["ledamot"]),
        ("Elin Fors", "V", ["ersättare"]), ("Morgan Ljung", "M", ["ersättare"]),
        ("Emma Lindh", None, ["tjänsteperson"], "förvaltningschef"),
        ("Linus Ek", None, ["tjänsteperson", "föredragande"], "bygglovshandläggare"),
        ("Sara Nyqvist", None, ["tjänsteperson", "föredragande"], "miljöinspektör"),
        ("Mona Sjöstedt", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
    ]
    actions = [
        ("Jörgen Axelsson", "§112", "justerare"),
        ("Emma Lindh", "§113", "presented"), ("Linus Ek", "§113", "presented"), ("Linus Ek", "§114", "presented"),
        ("Jörgen Axelsson", "§115", "proposed"), ("Sven-Erik Lund", "§115", "proposed"), ("Anette Björk", "§115", "proposed"),
        ("Jörgen Axelsson", "§115", "reserved"), ("Sven-Erik Lund", "§115", "reserved"),
        ("Sara Nyqvist", "§116", "presented"), ("Patrik Hjort", "§117", "protocol_note"),
    ]
    for it in items:
        if it["number"] == "§115":
            it["votes_summary"] = "Ja 4, Nej 3"
    return dict(file=fn, organization="Hultsfreds kommun", organ="Bygg- och miljönämnden", date="2026-11-03", doc_type="protokoll",
                items=items, persons=persons, actions=actions, votes=[], kommuner=["Hultsfred"], regions=[],
                notes="Meetings Plus-style. Case numbers printed 'Dnr BMN-2026-000318': written without the 'Dnr' label. The organ is printed only in the running header and on the signature page; "
                      "the first page says only 'PROTOKOLL'. Dates printed as '3/11 2026'. Dnr on the § line at the right, title "
                      "below. Ronny Lindkvist is tjänstgörande ersättare for Kristina Dahl (absent, not a person). "
                      "§115: bare count (4-3) only, no names: votes_summary only; the chair's own avslag yrkande counts as proposed. "
                      "§118 case numbers are references to delegation decisions, not the item's own. Place names Vena, Målilla, "
                      "Virserum, Lönneberga are orter in Hultsfred, not kommuner; Växjö only as seat of a court.")


# ---------------------------------------------------------------- 4 Åstorp BUN (plain Word template, docx)
def doc4():
    from docx import Document
    from docx.shared import Pt
    fn = "astorp_barn-och-utbildningsnamnden_2026-09-17_protokoll.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "ÅSTORPS KOMMUN\tSammanträdesprotokoll\tBarn- och utbildningsnämnden 2026-09-17"
    sec.footer.paragraphs[0].text = "Justerandes signatur ________\t\tUtdragsbestyrkande ________"

    def para(t, bold=False, size=None):
        pr = d.add_paragraph()
        r = pr.add_run(t)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return pr

    page = 1
    items = []

    def pb():
        nonlocal page
        d.add_page_break()
        page += 1

    para("Barn- och utbildningsnämnden", True, 16)
    para("Sammanträdesprotokoll", True, 13)
    para("Plats och tid: Kommunhuset i Åstorp, sammanträdesrum Söderåsen, torsdagen 2026-09-17 kl. 13.30–16.40")
    para("Beslutande", True)
    for t in ["Karimi Hassan (S), ordförande", "Lindahl Ann-Sofie (M), 1:e vice ordförande", "Bengtsson Linnea (C), 2:e vice ordförande",
              "Nilsson Per (S)", "Kron Mattias (SD)", "Sjöholm Britt-Marie (SD)", "Månsson Erik (M)", "Andersson Kim (KD)",
              "Rahimi Fatima (V), tjänstgörande ersättare för Jönsson Ola (V)"]:
        para(t)
    para("Ersättare", True)
    for t in ["Olsson Tove (S)", "Persson Gustav (SD)"]:
        para(t)
    para("Övriga deltagare", True)
    for t in ["Mårtensson Patrik, förvaltningschef", "Berglund Johanna, utredare, § 64", "Holm Cecilia, controller, § 65",
              "Lund Sara, nämndsekreterare"]:
        para(t)
    para("Justerare: Lindahl Ann-Sofie (M)")
    para("Justeringens plats och tid: Barn- och utbildningsförvaltningen, 2026-09-22")
    para("Paragrafer: 62–69")
    pb()

    def sec_item(num, title, dnr, blocks):
        h = "§ %s  %s" % (num, title)
        para(h, True, 12)
        if dnr:
            para("Diarienummer: " + dnr[0])
        for k, t in blocks:
            if k == "h":
                para(t, True)
            elif k == "l":
                para("• " + t)
            else:
                para(t)
        items.append(item("§" + num, title, dnr, page))

    sec_item("62", "Val av justerare", [], [
        ("h", "Beslut"), ("p", "Barn- och utbildningsnämnden utser Ann-Sofie Lindahl (M) att jämte ordföranden justera protokollet."),
    ])
    sec_item("63", "Godkännande av dagordning", [], [
        ("h", "Beslut"), ("p", "Dagordningen godkänns."),
    ])
    sec_item("64", "Information om skolval och elevprognoser 2027–2031", [], [
        ("p", "Utredare Johanna Berglund presenterar elevprognosen. Antalet elever i förskoleklass beräknas öka med 8 procent till "
              "2031, främst i Kvidinge och Nyvång. Förvaltningschef Patrik Mårtensson informerar om utfallet av skolvalet inför "
              "läsåret 2027/28 och om samverkan med Bjuvs kommun kring gymnasieantagningen."),
        ("h", "Beslut"), ("p", "Informationen noteras."),
    ])
    sec_item("65", "Ekonomisk uppföljning augusti 2026", ["BUN 2026/88"], [
        ("p", "Controller Cecilia Holm redogör för den ekonomiska uppföljningen. Nämnden prognostiserar ett underskott om 3,2 mnkr, "
              "varav 2,6 mnkr avser tilläggsbelopp till fristående verksamheter och 0,9 mnkr skolskjutsar."),
        ("h", "Beslut"), ("p", "Nämnden godkänner den ekonomiska uppföljningen och uppdrar åt förvaltningschefen att redovisa "
                                "åtgärder för en budget i balans vid nämndens sammanträde i oktober."),
    ])
    pb()
    sec_item("66", "Yttrande över motion om kostnadsfria mensskydd på högstadiet", ["BUN 2026/61"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Fatima Rahimi (V) har i en motion till kommunfullmäktige föreslagit att kostnadsfria mensskydd ska finnas tillgängliga "
              "på samtliga toaletter på kommunens högstadieskolor. Kommunstyrelsen har remitterat motionen till nämnden för yttrande. "
              "Förvaltningen föreslår att mensskydd tillhandahålls via elevhälsan och skolsköterskan i stället för på toaletterna."),
        ("h", "Yrkanden"),
        ("p", "Hassan Karimi (S) och Linnea Bengtsson (C) yrkar bifall till förvaltningens förslag. Fatima Rahimi (V) yrkar att "
              "nämnden tillstyrker motionen."),
        ("h", "Beslutsgång"),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller förvaltningens förslag."),
        ("h", "Beslut"),
        ("p", "Nämnden antar förvaltningens förslag till yttrande och föreslår att motionen ska anses besvarad."),
        ("h", "Reservation"),
        ("p", "Fatima Rahimi (V) reserverar sig mot beslutet."),
    ])
    sec_item("67", "Lokalförsörjningsplan för förskolan 2027–2030 i Kvidinge och Nyvång", ["BUN 2026/74"], [
        ("p", "Förvaltningschef Patrik Mårtensson föredrar ärendet. Planen innebär att förskolan Solgläntan i Kvidinge ersätts av en "
              "ny förskola med sex avdelningar 2029 och att paviljongerna i Nyvång avvecklas."),
        ("h", "Yrkanden"),
        ("p", "Mattias Kron (SD) yrkar återremiss för att utreda renovering av befintliga lokaler. Ann-Sofie Lindahl (M) yrkar "
              "bifall till förvaltningens förslag."),
        ("h", "Beslutsgång"),
        ("p", "Ordföranden ställer frågan om ärendet ska avgöras i dag och finner att så ska ske."),
        ("h", "Beslut"),
        ("p", "Nämnden antar lokalförsörjningsplanen och överlämnar den till kommunstyrelsen."),
        ("h", "Reservation"),
        ("p", "Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för återremissyrkandet."),
        ("h", "Protokollsanteckning"),
        ("p", "Linnea Bengtsson (C) lämnar en protokollsanteckning om vikten av att utemiljön vid den nya förskolan prioriteras."),
    ])
    pb()
    sec_item("68", "Redovisning av delegationsbeslut", [], [
        ("p", "Delegationsbeslut för perioden 2026-08-10–2026-09-06 redovisas enligt bilaga."),
        ("h", "Beslut"), ("p", "Redovisningen godkänns."),
    ])
    sec_item("69", "Anmälningsärenden", [], [
        ("l", "Skolinspektionens beslut efter tillsyn av Hyllinge skola"),
        ("l", "Protokoll från samverkansgruppen 2026-09-01"),
        ("h", "Beslut"), ("p", "Anmälningsärendena läggs till handlingarna."),
    ])
    para("")
    para("Underskrifter", True)
    para("Sekreterare ____________________   Sara Lund")
    para("Ordförande ____________________   Hassan Karimi")
    para("Justerare ____________________   Ann-Sofie Lindahl")
    d.save(os.path.join(OUT, fn))
    persons = [
        ("Hassan Karimi", "S", ["ordförande", "ledamot"]), ("Ann-Sofie Lindahl", "M", ["vice ordförande", "ledamot", "justerare"]),
        ("Linnea Bengtsson", "C", ["vice ordförande", "ledamot"]), ("Per Nilsson", "S", ["ledamot"]),
        ("Mattias Kron", "SD", ["ledamot"]), ("Britt-Marie Sjöholm", "SD", ["ledamot"]), ("Erik Månsson", "M", ["ledamot"]),
        ("Kim Andersson", "KD", ["ledamot"]), ("Fatima Rahimi", "V", ["tjänstgörande ersättare"]),
        ("Tove Olsson", "S", ["ersättare"]), ("Gustav Persson", "SD", ["ersättare"]),
        ("Patrik Mårtensson", None, ["tjänsteperson", "föredragande"], "förvaltningschef"),
        ("Johanna Berglund", None, ["tjänsteperson", "föredragande"], "utredare"),
        ("Cecilia Holm", None, ["tjänsteperson", "föredragande"], "controller"),
        ("Sara Lund", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
    ]
    actions = [
        ("Ann-Sofie Lindahl", "§62", "justerare"),
        ("Johanna Berglund", "§64", "presented"), ("Patrik Mårtensson", "§64", "presented"),
        ("Cecilia Holm", "§65", "presented"),
        ("Fatima Rahimi", "§66", "raised"), ("Hassan Karimi", "§66", "proposed"), ("Linnea Bengtsson", "§66", "proposed"),
        ("Fatima Rahimi", "§66", "proposed"), ("Fatima Rahimi", "§66", "reserved"),
        ("Patrik Mårtensson", "§67", "presented"), ("Mattias Kron", "§67", "proposed"), ("Ann-Sofie Lindahl", "§67", "proposed"),
        ({"party": "SD"}, "§67", "reserved"), ("Linnea Bengtsson", "§67", "protocol_note"),
    ]
    return dict(file=fn, organization="Åstorps kommun", organ="Barn- och utbildningsnämnden", date="2026-09-17",
                doc_type="protokoll", items=items, persons=persons, actions=actions, votes=[], kommuner=["Åstorp", "Bjuv"], regions=[],
                notes="Plain Word template. Attendance list prints names 'Efternamn Förnamn (P)' (e.g. 'Sjöholm Britt-Marie (SD)'); "
                      "written in normal order. Pages counted from the 3 manual page breaks (4 pages). Fatima Rahimi is tjänstgörande "
                      "ersättare for Ola Jönsson (absent, not a person); she authored the motion the nämnd gives a yttrande on in §66, so "
                      "'raised' there. §67 reservation by party (SD: Mattias Kron and Britt-Marie Sjöholm). Kvidinge, Nyvång, Hyllinge "
                      "are orter in Åstorp; Bjuvs kommun named in §64.")


# ---------------------------------------------------------------- 5 Vilhelmina KSAU (Lex-style PDF exported with pdftotext -layout)
def doc5():
    fn = "vilhelmina_kommunstyrelsens-arbetsutskott_2026-10-13_protokoll.txt"
    tmp = "/tmp/kommuner59_vilhelmina_src.pdf"

    def head(p):
        p.set_xy(20, 10)
        p.set_font("Sans", "B", 10)
        p.cell(70, 5, "VILHELMINA KOMMUN")
        p.set_font("Sans", "", 9)
        p.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        p.cell(40, 5, "Sida %d" % p.page_no(), align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_x(20)
        p.cell(70, 5, "Kommunstyrelsens arbetsutskott")
        p.cell(60, 5, "Sammanträdesdatum 2026-10-13")
        p.set_y(27)

    def foot(p):
        p.set_y(-18)
        p.set_font("Sans", "", 7.5)
        p.cell(0, 4, "Justerandes sign            Utdragsbestyrkande")

    p = P(head, foot)
    p.fam = "Sans"
    p.set_margins(20, 27, 20)
    p.add_page()

    def row(label, txt):
        y = p.get_y()
        p.set_font("Sans", "", 9.5)
        p.set_xy(20, y)
        p.multi_cell(45, 5, label)
        ly = p.get_y()
        p.set_xy(65, y)
        p.multi_cell(125, 5, txt, new_x="LMARGIN", new_y="NEXT")
        p.set_y(max(p.get_y(), ly))
        p.ln(2)

    row("Plats och tid", "Kommunhuset, sammanträdesrum Marsfjäll, tisdagen den 13 oktober 2026 kl 08.15–11.50")
    row("Beslutande", "Ann Granberg (S), ordförande\nTord Nilsson (C), vice ordförande\nLena Wiklund (C)\nIngvar Dahl (M)\n"
        "Jenny Kemi (S), tjänstgörande ersättare för Roland Persson (S)")
    row("Övriga deltagande", "Maria Lindblom, kommunchef\nEmil Sundqvist, nämndsekreterare\nGustav Renberg, teknisk chef, § 202\n"
        "Sofie Lidén, arbetsmarknadschef, § 206")
    row("Justerare", "Ingvar Dahl")
    row("Justeringens\nplats och tid", "Kommunkansliet 2026-10-15")
    row("Underskrifter", "Sekreterare ...................................... Paragrafer 201–207\n              Emil Sundqvist\n\n"
        "Ordförande ......................................\n              Ann Granberg\n\n"
        "Justerare ......................................\n              Ingvar Dahl")
    p.ln(4)
    row("ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
        "Datum för anslags uppsättande 2026-10-16. Datum för anslags nedtagande 2026-11-07.")

    items = []

    def para_item(num, title, dnr, blocks, newpage=False):
        if newpage:
            p.add_page()
        p.ensure(30)
        pg = p.page_no()
        y = p.get_y()
        p.set_font("Sans", "B", 10.5)
        p.set_xy(20, y)
        p.cell(18, 5.5, "§ " + num)
        p.set_font("Sans", "", 9.5)
        p.set_xy(155, y)
        p.cell(35, 5.5, dnr[0] if dnr else "", align="R")
        p.set_font("Sans", "B", 10.5)
        p.set_xy(38, y)
        p.multi_cell(112, 5.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        body(p, blocks, x=38, w=152, size=9.5)
        p.ln(4)
        items.append(item("§" + num, title, dnr, pg))

    para_item("201", "Föregående protokoll", [], [
        ("p", "Protokollet från arbetsutskottets sammanträde 2026-09-29 gås igenom."),
        ("h", "Arbetsutskottets beslut"), ("p", "Protokollet läggs till handlingarna."),
    ], newpage=True)
    para_item("202", "Upphandling av vinterväghållning 2027–2031", ["KS26/198"], [
        ("p", "Teknisk chef Gustav Renberg föredrar ärendet. Nuvarande avtal för snöröjning och halkbekämpning på kommunala vägar "
              "i Vilhelmina tätort, Dikanäs, Saxnäs och Latikberg löper ut den 30 april 2027. Förvaltningen föreslår en upphandling "
              "uppdelad i fyra geografiska områden för att underlätta för lokala entreprenörer att lämna anbud."),
        ("h", "Arbetsutskottets beslut"),
        ("p", "Tekniska avdelningen får i uppdrag att genomföra upphandlingen enligt förslaget. Tilldelningsbeslut fattas av "
              "kommunstyrelsen."),
    ])
    para_item("203", "Ansökan om bidrag från Dikanäs byaförening för upprustning av badplatsen vid Kultsjön", ["KS26/204"], [
        ("p", "Dikanäs byaförening söker 85 000 kronor för ny brygga, grillplats och tillgänglighetsanpassad gångväg vid badplatsen. "
              "Föreningen bidrar med ideellt arbete motsvarande 60 000 kronor."),
        ("h", "Yrkanden"),
        ("p", "Ann Granberg (S), Tord Nilsson (C) och Lena Wiklund (C) yrkar bifall till ansökan med 70 000 kronor."),
        ("h", "Arbetsutskottets förslag till kommunstyrelsen"),
        ("p", "Dikanäs byaförening beviljas 70 000 kronor ur kommunstyrelsens utvecklingsmedel."),
    ])
    para_item("204", "Remiss – Länsplan för regional transportinfrastruktur i Västerbottens län 2026–2037", ["KS26/176"], [
        ("p", "Region Västerbotten har remitterat förslaget till länsplan. Vilhelmina kommun har lyft behovet av bärighetsåtgärder "
              "på väg 1067 och trafiksäkerhetsåtgärder på E45 genom tätorten. I förslaget finns åtgärder på E45 men inte på väg 1067. "
              "Ett gemensamt yttrande har samordnats med Storumans kommun och Dorotea kommun."),
        ("h", "Arbetsutskottets förslag till kommunstyrelsen"),
        ("p", "Kommunstyrelsen antar yttrandet som sitt eget och överlämnar det till Region Västerbotten."),
    ])
    para_item("205", "Försäljning av del av fastigheten Vilhelmina 2:143, industriområdet Tallbacken", ["KS26/150"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Ett lokalt åkeriföretag har anmält intresse av att förvärva cirka 8 400 kvadratmeter av fastigheten Vilhelmina 2:143 "
              "inom industriområdet Tallbacken för att uppföra en verkstads- och uppställningshall. Marken är detaljplanelagd för "
              "industriändamål och är i dag obebyggd. Enligt kommunens riktlinjer för markpriser ska industrimark inom området "
              "säljas för 45 kronor per kvadratmeter. Köparen står för kostnaderna för fastighetsbildning och anslutning till VA."),
        ("p", "Förvaltningen bedömer att försäljningen är förenlig med kommunens näringslivsstrategi och att den kan bidra till "
              "cirka tio nya arbetstillfällen. Ett köpeavtal har upprättats med villkor om att byggnation ska ha påbörjats inom två år "
              "från tillträdet; i annat fall har kommunen rätt att återköpa marken till samma pris."),
        ("p", "Under sommaren har boende längs Tallbacksvägen framfört synpunkter om ökad tung trafik. Förvaltningen föreslår att "
              "infarten till området läggs från Industrivägen och att en bullerutredning genomförs inom ramen för bygglovet."),
        ("h", "Yrkanden"),
        ("p", "Ingvar Dahl (M) yrkar att ärendet återremitteras för en oberoende värdering av marken."),
        ("p", "Tord Nilsson (C) yrkar bifall till förvaltningens förslag."),
        ("h", "Propositionsordning"),
        ("p", "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att det ska "
              "avgöras i dag. Därefter finner ordföranden att arbetsutskottet bifaller förvaltningens förslag."),
        ("h", "Arbetsutskottets förslag till kommunstyrelsen"),
        ("p", "1. Del av fastigheten Vilhelmina 2:143 om cirka 8 400 kvadratmeter säljs för 378 000 kronor enligt upprättat köpeavtal."),
        ("p", "2. Kommunchefen får i uppdrag att underteckna köpeavtalet."),
        ("h", "Reservation"),
        ("p", "Ingvar Dahl (M) reserverar sig mot beslutet till förmån för eget yrkande."),
    ])
    para_item("206", "Information om arbetsmarknadsläget", [], [
        ("p", "Arbetsmarknadschef Sofie Li-\ndén informerar om att den öppna arbetslösheten i kommunen uppgår till 5,1 procent och om "
              "utfallet av feriepraktiken sommaren 2026, då 84 ungdomar deltog."),
        ("h", "Arbetsutskottets beslut"), ("p", "Informationen noteras."),
    ])
    para_item("207", "Övriga frågor", [], [
        ("p", "Lena Wiklund (C) ställer en fråga om när gång- och cykelvägen vid Volgsjöskolan ska få belysning. Kommunchef Maria "
              "Lindblom besvarar frågan och meddelar att arbetet är planerat till november."),
    ])
    p.output(tmp)
    subprocess.run(["pdftotext", "-layout", tmp, os.path.join(OUT, fn)], check=True)
    persons = [
        ("Ann Granberg", "S", ["ordförande", "ledamot"]), ("Tord Nilsson", "C", ["vice ordförande", "ledamot"]),
        ("Lena Wiklund", "C", ["ledamot"]), ("Ingvar Dahl", "M", ["ledamot", "justerare"]),
        ("Jenny Kemi", "S", ["tjänstgörande ersättare"]),
        ("Maria Lindblom", None, ["tjänsteperson"], "kommunchef"),
        ("Emil Sundqvist", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
        ("Gustav Renberg", None, ["tjänsteperson", "föredragande"], "teknisk chef"),
        ("Sofie Lidén", None, ["tjänsteperson", "föredragande"], "arbetsmarknadschef"),
    ]
    actions = [
        ("Ingvar Dahl", None, "justerare"),
        ("Gustav Renberg", "§202", "presented"),
        ("Ann Granberg", "§203", "proposed"), ("Tord Nilsson", "§203", "proposed"), ("Lena Wiklund", "§203", "proposed"),
        ("Ingvar Dahl", "§205", "proposed"), ("Tord Nilsson", "§205", "proposed"), ("Ingvar Dahl", "§205", "reserved"),
        ("Sofie Lidén", "§206", "presented"),
        ("Lena Wiklund", "§207", "raised"), ("Maria Lindblom", "§207", "presented"),
    ]
    return dict(file=fn, organization="Vilhelmina kommun", organ="Kommunstyrelsens arbetsutskott", date="2026-10-13",
                doc_type="protokoll", items=items, persons=persons, actions=actions, votes=[],
                kommuner=["Vilhelmina", "Storuman", "Dorotea"], regions=["Region Västerbotten"],
                notes="Lex-style protocol given as a pdftotext -layout export; pages separated by form feeds. Justerare named in the head "
                      "block only (no 'Val av justerare' §): item null. Jenny Kemi is tjänstgörande ersättare for Roland Persson (absent, "
                      "not a person). In §206 the name is hyphenated over a line break ('Sofie Li-/dén'); "
                      "the name is written whole. In the text export the wrapped titles of §203–§205 have the case number on their first "
                      "line (right column), so the title's two lines are separated by it; the title is written joined without it. §207 'ställer en fråga' -> raised; the kommunchef 'besvarar frågan' "
                      "-> presented. §205 continues over a page break (one item). Västerbottens län is a län, Region Västerbotten the region.")


# ---------------------------------------------------------------- 6 Bräcke gemensam överförmyndarnämnd (Netpublicator)
def doc6():
    fn = "bracke_gemensamma-overformyndarnamnden_2026-10-21_protokoll.pdf"
    ORG = "Gemensamma överförmyndarnämnden för Bräcke och Ragunda"

    def head(p):
        p.set_xy(18, 9)
        p.set_font("Sans", "", 8)
        p.multi_cell(90, 4, "Bräcke kommun\n" + ORG, align="L")
        p.set_xy(120, 9)
        p.multi_cell(72, 4, "PROTOKOLL\nSammanträdesdatum: 2026-10-21\n%d av %s" % (p.page_no(), "{nb}"), align="R")
        p.set_y(28)

    def foot(p):
        p.set_y(-15)
        p.set_font("Sans", "", 7)
        p.cell(0, 4, "Justerare:                                    Utdragsbestyrkande:", align="L")

    p = P(head, foot)
    p.fam = "Sans"
    p.set_margins(18, 28, 18)
    p.add_page()
    p.set_font("Sans", "B", 14)
    p.multi_cell(0, 7, ORG, align="L", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)

    def row(label, txt):
        y = p.get_y()
        p.set_font("Sans", "B", 9)
        p.set_xy(18, y)
        p.multi_cell(42, 4.8, label)
        ly = p.get_y()
        p.set_font("Sans", "", 9)
        p.set_xy(62, y)
        p.multi_cell(130, 4.8, txt, new_x="LMARGIN", new_y="NEXT")
        p.set_y(max(p.get_y(), ly))
        p.ln(2)

    row("Plats och tid", "Kommunhuset i Bräcke, Vallhallen, onsdag 2026-10-21, kl. 13:00–15:30")
    row("Beslutande", "Annelie Jonsson (S), ordförande, Bräcke\nBertil Mörk (C), vice ordförande, Ragunda\n"
        "Kristoffer Ödlund (SD), Bräcke\nGun Hallberg (S), Ragunda\nRoland Backe (M), Ragunda, tjänstgörande ersättare för "
        "Ingrid Stenberg (M)")
    row("Ersättare", "Jan Sehlin (V), Bräcke")
    row("Övriga", "Lotta Ståhl, enhetschef\nKarin Moberg, handläggare\nPetra Nääs, sekreterare")
    row("Justerare", "Gun Hallberg (S)")
    row("Justeringens plats och tid", "Digital justering 2026-10-26")
    row("Paragrafer", "41–47")
    p.ln(4)
    for r, n in [("Sekreterare", "Petra Nääs"), ("Ordförande", "Annelie Jonsson"), ("Justerare", "Gun Hallberg")]:
        p.set_font("Sans", "", 9)
        p.ln(6)
        p.cell(44, 5, r)
        p.cell(70, 5, "", border="B", new_x="LMARGIN", new_y="NEXT")
        p.set_x(62)
        p.cell(70, 5, n, new_x="LMARGIN", new_y="NEXT")

    items = []

    def para_item(num, title, dnr, blocks, newpage=False):
        if newpage:
            p.add_page()
        p.ensure(32)
        pg = p.page_no()
        if dnr:
            p.set_font("Sans", "", 8.5)
            p.cell(0, 4.5, dnr[0], align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_font("Sans", "B", 12)
        p.multi_cell(0, 6, "§ %s %s" % (num, title), align="L", new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        body(p, blocks, size=9.5)
        p.ln(5)
        items.append(item("§" + num, title, [d for d in dnr], pg))

    para_item("41", "Val av justerare", [], [
        ("h", "Beslut"), ("p", "Gun Hallberg (S) väljs att justera protokollet tillsammans med ordföranden."),
    ], newpage=True)
    para_item("42", "Godkännande av föredragningslista", [], [
        ("h", "Beslut"), ("p", "Föredragningslistan godkänns."),
    ])
    para_item("43", "Verksamhetsrapport tredje kvartalet 2026", ["Dnr 2026/31"], [
        ("p", "Enhetschef Lotta Ståhl redogör för verksamheten. Vid utgången av september fanns 212 pågående ställföreträdarskap, "
              "varav 131 i Bräcke kommun och 81 i Ragunda kommun. Åtta ensamkommande barn har god man."),
        ("h", "Beslut"), ("p", "Rapporten läggs till handlingarna."),
    ])
    para_item("44", "Budget 2027 för den gemensamma överförmyndarnämnden", ["Dnr 2026/28"], [
        ("h", "Ärendebeskrivning"),
        ("p", "Enligt samverkansavtalet fördelas kostnaderna för den gemensamma nämnden mellan kommunerna efter antalet ärenden "
              "den 1 juli året före budgetåret. Fördelningen för 2027 blir Bräcke 62 procent och Ragunda 38 procent. Den totala "
              "budgeten föreslås till 3 480 tkr, en ökning med 4,2 procent jämfört med 2026, främst till följd av högre arvoden "
              "till ställföreträdare efter ändringen i föräldrabalken och ökade kostnader för verksamhetssystemet."),
        ("p", "Förvaltningen har prövat alternativet att fördela kostnaderna efter invånarantal. Det skulle innebära en fördelning "
              "om 57 respektive 43 procent. Förvaltningen förordar att nuvarande fördelningsnyckel behålls eftersom den bäst speglar "
              "den faktiska arbetsbelastningen."),
        ("p", "Karin Moberg, handläggare, presenterar en jämförelse med andra gemensamma överförmyndarnämnder i Jämtlands län "
              "och Västernorrlands län. Kostnaden per ärende ligger i nivå med jämförbara nämnder."),
        ("h", "Yrkanden"),
        ("p", "Bertil Mörk (C) yrkar att nämnden ska föreslå kommunerna att fördelningsnyckeln ses över inför 2028. "
              "Annelie Jonsson (S) yrkar bifall till förvaltningens förslag och till Bertil Mörks tilläggsyrkande."),
        ("h", "Beslut"),
        ("p", "1. Budget 2027 fastställs till 3 480 tkr med fördelningen Bräcke 62 procent och Ragunda 38 procent."),
        ("p", "2. Nämnden föreslår kommunstyrelserna i Bräcke och Ragunda att fördelningsnyckeln i samverkansavtalet ses över inför 2028."),
        ("h", "Protokollsanteckning"),
        ("p", "Kristoffer Ödlund (SD) antecknar till protokollet att arvodesnivåerna bör följas upp särskilt under 2027."),
    ])
    para_item("45", "Rekrytering och utbildning av gode män 2027", ["Dnr 2026/35"], [
        ("p", "Handläggare Karin Moberg föredrar förslaget till rekryteringsplan. Planen omfattar två informationskvällar per kommun "
              "och en grundutbildning i samarbete med Region Jämtland Härjedalen och Länsstyrelsen."),
        ("h", "Beslut"), ("p", "Rekryteringsplanen godkänns."),
    ])
    para_item("46", "Granskning av årsräkningar 2025 – lägesrapport", ["Dnr 2026/12"], [
        ("p", "Av 198 inkomna årsräkningar har 191 granskats. Sju återstår, varav tre har begärts kompletterade."),
        ("h", "Beslut"), ("p", "Lägesrapporten läggs till handlingarna."),
    ])
    para_item("47", "Delegationsbeslut och meddelanden", [], [
        ("p", "Förteckning över delegationsbeslut under perioden 2026-09-01–2026-09-30 samt inkomna meddelanden redovisas."),
        ("h", "Beslut"), ("p", "Redovisningen godkänns."),
    ])
    p.output(os.path.join(OUT, fn))
    persons = [
        ("Annelie Jonsson", "S", ["ordförande", "ledamot"]), ("Bertil Mörk", "C", ["vice ordförande", "ledamot"]),
        ("Kristoffer Ödlund", "SD", ["ledamot"]), ("Gun Hallberg", "S", ["ledamot", "justerare"]),
        ("Roland Backe", "M", ["tjänstgörande ersättare"]), ("Jan Sehlin", "V", ["ersättare"]),
        ("Lotta Ståhl", None, ["tjänsteperson", "föredragande"], "enhetschef"),
        ("Karin Moberg", None, ["tjänsteperson", "föredragande"], "handläggare"),
        ("Petra Nääs", None, ["sekreterare", "tjänsteperson"], "sekreterare"),
    ]
    actions = [
        ("Gun Hallberg", "§41", "justerare"), ("Lotta Ståhl", "§43", "presented"), ("Karin Moberg", "§44", "presented"),
        ("Bertil Mörk", "§44", "proposed"), ("Annelie Jonsson", "§44", "proposed"), ("Kristoffer Ödlund", "§44", "protocol_note"),
        ("Karin Moberg", "§45", "presented"),
    ]
    return dict(file=fn, organization="Bräcke kommun", organ=ORG, date="2026-10-21", doc_type="protokoll", items=items,
                persons=persons, actions=actions, votes=[], kommuner=["Bräcke", "Ragunda"], regions=["Region Jämtland Härjedalen"],
                notes="Netpublicator-style protocol of a gemensam nämnd of two kommuner; Bräcke is värdkommun (its name in the header), "
                      "so organization = Bräcke kommun. Case numbers printed 'Dnr 2026/31' with no series code: kept whole as 'Dnr 2026/31' "
                      "(like GOLD_FORMAT's 'Dnr 2024/1'). The Dnr stands right-aligned on its own line ABOVE the '§ nn Title' line. "
                      "Members print their home kommun after the party. Roland Backe is tjänstgörande ersättare for Ingrid Stenberg "
                      "(absent, not a person). "
                      "Petra Nääs: title 'sekreterare' as printed. 'Region Jämtland / Härjedalen' is broken over two lines in §45. Jämtlands län / Västernorrlands "
                      "län are län, not regions; Region Jämtland Härjedalen named in §45.")


# ---------------------------------------------------------------- 7 Tingsryd KPR mötesanteckningar (portal HTML)
def doc7():
    fn = "tingsryd_kommunala-pensionarsradet_2026-09-29_motesanteckningar.html"
    secs = [
        ("Mötets öppnande", ["Ordföranden Magnus Stridh hälsade välkommen och öppnade mötet. Dagordningen godkändes."]),
        ("Föregående mötesanteckningar", ["Anteckningarna från mötet den 2 juni 2026 gicks igenom och lades till handlingarna."]),
        ("Information från socialförvaltningen",
         ["Socialchef Malin Åberg berättade om läget inom äldreomsorgen. Beläggningen på kommunens särskilda boenden är 96 procent "
          "och kön till särskilt boende är i dag fyra personer. Hemtjänsten i Konga och Ryd har fått nya planeringsverktyg.",
          "Malin Åberg informerade också om att influensa- och covidvaccinationerna för personer över 65 år startar den 15 oktober."]),
        ("Trygghets\u00adboende i Urshult",
         ["Cecilia Wram (C) informerade om att ombyggnaden av det tidigare Urshults servicehus till trygghetsboende med 18 lägenheter "
          "beräknas vara klar i april 2027.",
          "Gert Rydh ställde en fråga om hyresnivåerna. Cecilia Wram svarade att hyran för en tvåa beräknas till cirka 7 900 kronor "
          "per månad och att bostadstillägg kan sökas."]),
        ("Kollektivtrafik och färdtjänst",
         ["Tobias Sjöö, trafikplanerare på Länstrafiken Kronoberg, presenterade förändringarna i tidtabellen från december. "
          "Region Kronoberg planerar att utöka närtrafiken på landsbygden i Tingsryds kommun.",
          "Barbro Kvist framförde att många äldre upplever det svårt att boka närtrafik via appen och efterfrågade ett bättre "
          "telefonstöd."]),
        ("Övriga frågor",
         ["Åke Nordin ställde en fråga om snöröjningen vid kommunens träffpunkter. Magnus Stridh lovade att återkomma vid nästa möte.",
          "Inga-Lill Sand tackade för studiebesöket på Tingsryds bibliotek i augusti."]),
        ("Nästa möte", ["Nästa möte hålls den 1 december 2026 kl. 13.30 i kommunhuset."]),
    ]
    h = ['<!DOCTYPE html>', '<html lang="sv"><head><meta charset="utf-8">',
         '<title>Mötesanteckningar Kommunala pensionärsrådet 29 september 2026 - Tingsryds kommun</title>',
         '<link rel="stylesheet" href="/styles/site.css"></head><body>',
         '<header class="site-header"><a class="logo" href="/">Tingsryds kommun</a>',
         '<nav><ul><li><a href="/omsorg">Omsorg och hjälp</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li>'
         '<li><a href="/kontakt">Kontakta oss</a></li></ul></nav></header>',
         '<div class="breadcrumbs"><a href="/">Start</a> &gt; <a href="/kommun-och-politik">Kommun och politik</a> &gt; '
         '<a href="/kommun-och-politik/rad">Kommunala råd</a> &gt; Kommunala pensionärsrådet</div>',
         '<main id="content"><article>',
         '<h1>Mötesanteckningar – Kommunala pensionärsrådet (KPR)</h1>',
         '<p class="meta">Datum: 29 september 2026, kl. 13.30–15.45<br>Plats: Kommunhuset, Sammanträdesrum Linnéa, Tingsryd</p>',
         '<h2>Närvarande</h2>',
         '<table class="attendance">',
         '<thead><tr><th>Namn</th><th>Uppdrag i rådet</th><th>Representerar</th></tr></thead><tbody>',
         '<tr><td>Magnus Stridh (S)</td><td>ordförande</td><td>kommunstyrelsen</td></tr>',
         '<tr><td>Cecilia Wram (C)</td><td>vice ordförande</td><td>omsorgsnämnden</td></tr>',
         '<tr><td>Hans Petersson (M)</td><td>ledamot</td><td>kommunstyrelsen</td></tr>',
         '<tr><td>Gert Rydh</td><td>ledamot</td><td>PRO Tingsryd</td></tr>',
         '<tr><td>Inga-Lill Sand</td><td>ledamot</td><td>PRO Tingsryd</td></tr>',
         '<tr><td>Åke Nordin</td><td>ledamot</td><td>SPF Seniorerna Urshult</td></tr>',
         '<tr><td>Barbro Kvist</td><td>ledamot</td><td>SPF Seniorerna Urshult</td></tr>',
         '<tr><td>Gunnel Ek</td><td>ersättare</td><td>SKPF Pensionärerna avd 33</td></tr>',
         '<tr><td></td><td></td></tr>',
         '</tbody></table>',
         '<h2>Övriga</h2>',
         '<p>Malin Åberg, socialchef<br>Tobias Sjöö, trafikplanerare, Länstrafiken Kronoberg (punkten Kollektivtrafik och färdtjänst)<br>'
         'Jessica Frid, nämndsekreterare (antecknare)</p>']
    for t, ps in secs:
        h.append('<p><strong>%s</strong></p>' % t.replace("\u00ad", "&shy;"))
        for x in ps:
            h.append('<p>%s</p>' % x)
    h += ['<h2>Justeras</h2>',
          '<p>Magnus Stridh, ordförande<br>Gert Rydh, PRO Tingsryd</p>',
          '<p>Vid anteckningarna: Jessica Frid</p>',
          '</article>',
          '<aside class="related"><h2>Relaterat</h2><ul><li><a href="/rad/kpr-2026-06-02">Mötesanteckningar 2 juni 2026</a></li>'
          '<li><a href="/rad/kfr">Kommunala funktionsrättsrådet</a></li></ul></aside></main>',
          '<footer><p>Tingsryds kommun, Box 88, 362 22 Tingsryd. Telefon 0477-441 00. Sidan uppdaterades 2026-10-06.</p></footer>',
          '</body></html>']
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write("\n".join(h) + "\n")
    items = [item(str(i + 1), t.replace("\u00ad", ""), [], 1) for i, (t, _) in enumerate(secs)]
    persons = [
        ("Magnus Stridh", "S", ["ordförande", "ledamot", "justerare"]),
        ("Cecilia Wram", "C", ["vice ordförande", "ledamot"]),
        ("Hans Petersson", "M", ["ledamot"]),
        ("Gert Rydh", None, ["ledamot", "justerare"]), ("Inga-Lill Sand", None, ["ledamot"]),
        ("Åke Nordin", None, ["ledamot"]), ("Barbro Kvist", None, ["ledamot"]), ("Gunnel Ek", None, ["ersättare"]),
        ("Malin Åberg", None, ["tjänsteperson", "föredragande"], "socialchef"),
        ("Tobias Sjöö", None, ["tjänsteperson", "föredragande"], "trafikplanerare"),
        ("Jessica Frid", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
    ]
    actions = [
        ("Magnus Stridh", None, "justerare"), ("Gert Rydh", None, "justerare"),
        ("Malin Åberg", "3", "presented"), ("Cecilia Wram", "4", "presented"), ("Gert Rydh", "4", "raised"),
        ("Tobias Sjöö", "5", "presented"), ("Åke Nordin", "6", "raised"),
    ]
    return dict(file=fn, organization="Tingsryds kommun", organ="Kommunala pensionärsrådet", date="2026-09-29",
                doc_type="mötesanteckningar", pages=1, items=items, persons=persons, actions=actions, votes=[],
                kommuner=["Tingsryd"], regions=["Region Kronoberg"],
                notes="Portal HTML page; no pages (page 1). The headings are bold paragraphs with no numbers: items numbered by order "
                      "1-7. One heading holds a soft hyphen (&shy;) in 'Trygghetsboende'; title written without it. "
                      "Organisation representatives print their pensioners' organisation (PRO, SPF Seniorerna, SKPF) where a party "
                      "would stand: that is not a party code, so party null; the table's 'Uppdrag i rådet' column gives ledamot/ersättare (Gunnel Ek is ersättare, present). The organ name "
                      "printed is 'Kommunala pensionärsrådet (KPR)'; organ without the abbreviation. No justerare chosen; the two "
                      "signing under 'Justeras' (chair Magnus Stridh and Gert Rydh) are justerare, item null. 'Gert Rydh ställde en fråga' "
                      "and 'Åke Nordin ställde en fråga' -> raised; Cecilia Wram 'svarade' on the item she informed on -> presented once. "
                      "Barbro Kvist 'framförde' a view (no action kind); Magnus Stridh only 'lovade att återkomma' (no action). "
                      "Tobias Sjöö is a guest from Länstrafiken Kronoberg (regional public transport), listed under Övriga: an official, so tjänsteperson + föredragande though not employed by the kommun; "
                      ""
                      "Konga, Ryd, Urshult are orter in Tingsryd.")


# ---------------------------------------------------------------- 8 Sjöbo delegationslista (W3D3, no items)
def doc8():
    fn = "sjobo_kultur-och-fritidsnamnden_2026-11-05_delegationslista.pdf"

    def head(p):
        p.set_xy(15, 8)
        p.set_font("Cond", "B", 11)
        p.cell(100, 5, "SJÖBO KOMMUN")
        p.set_font("Cond", "", 8)
        p.cell(82, 5, "Utskriftsdatum 2026-11-05   Sida %d (%s)" % (p.page_no(), "{nb}"), align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_x(15)
        p.cell(100, 4, "Kultur- och fritidsförvaltningen")
        p.set_y(20)

    p = P(head, None, orientation="L") if False else P(head, None)
    p.fam = "Cond"
    p.set_margins(15, 20, 13)
    p.set_auto_page_break(True, 15)
    p.add_page()
    p.set_font("Cond", "B", 15)
    p.cell(0, 8, "Delegationslista", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Cond", "", 9.5)
    p.multi_cell(0, 5, "Redovisning av delegationsbeslut till Kultur- och fritidsnämnden\nDatum: 2026-11-05\n"
                 "Period: 2026-10-01 – 2026-10-31\nUrval: Samtliga delegationsbeslut, sorterade på diarienummer",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    cw = [25, 58, 36, 21, 33, 9]
    hdr = ["Diarienr", "Ärendemening", "Beslut", "Beslutsdatum", "Delegat", "Pkt"]
    rows = [
        ("2026.031 KFN", "Föreningsbidrag 2026 – aktivitetsstöd höstterminen", "Beviljat enligt bilaga, 412 300 kr", "2026-10-02",
         "Anna Kjellberg, fritidschef", "4.2"),
        ("2026.038 KFN", "Ansökan om arrangemangsbidrag – Sjöbo Marknadsförening, julmarknad", "Beviljat 15 000 kr", "2026-10-05",
         "Anna Kjellberg, fritidschef", "4.4"),
        ("2026.041 KFN", "Ansökan om bidrag till Blentarps IF för ny belysning på konstgräsplanen", "Avslag", "2026-10-07",
         "Anna Kjellberg, fritidschef", "4.5"),
        ("2026.044 KFN", "Upplåtelse av Sjöbo Sporthall för regional innebandyturnering", "Beviljat, hyra enligt taxa", "2026-10-08",
         "Dragan Petrović, anläggningschef", "5.1"),
        ("", "", "", "", "", ""),
        ("2026.045 KFN", "Avtal med Ystads kommun om simskoleverksamhet sommaren 2027", "Avtal tecknat", "2026-10-12",
         "Eva Sköld, förvaltningschef", "2.3"),
        ("2026.047 KFN", "Ansökan till Region Skåne om kulturstöd för barn- och ungdomskultur 2027", "Ansökan inlämnad",
         "2026-10-14", "Jonas Tell, kulturchef", "3.1"),
        ("2026.049 KFN", "Inköp av konst till Sjöbo bibliotek – offentlig utsmyckning", "Inköp beslutat, 38 500 kr", "2026-10-15",
         "Jonas Tell, kulturchef", "3.4"),
        ("2026.050 KFN", "Yttrande över ansökan om serveringstillstånd, Vollsjö bygdegård", "Yttrande avgivet", "2026-10-16",
         "Eva Sköld, förvaltningschef", "1.6"),
        ("2026.052 KFN", "Ändrade öppettider Lövestads bibliotek under jul och nyår", "Beslutat enligt förslag", "2026-10-19",
         "Jonas Tell, kulturchef", "3.2"),
        ("2026.053 KFN", "Lokalbidrag 2026 – Sjöbo Ridklubb", "Beviljat 64 000 kr", "2026-10-20", "Anna Kjellberg, fritidschef", "4.3"),
        ("2026.055 KFN", "Direktupphandling av ljud- och ljusteknik till Sjöbo Folkets park", "Tilldelning beslutad",
         "2026-10-22", "Dragan Petrović, anläggningschef", "2.1"),
        ("2026.056 KFN", "Avskrivning av ärende – ansökan om startbidrag, återkallad", "Avskrivet", "2026-10-23",
         "Malin Ohlsson, nämndsekreterare", "1.9"),
        ("2026.058 KFN", "Ansökan om bidrag till fritidsgårdsverksamhet – Sjöbo Kyrkliga Ungdom", "Beviljat 22 000 kr", "2026-10-26",
         "Anna Kjellberg, fritidschef", "4.2"),
        ("2026.059 KFN", "Tillfällig avstängning av Sjöbo simhall för reparation av reningsverk", "Beslutat, v. 46–47", "2026-10-27",
         "Dragan Petrović, anläggningschef", "5.3"),
        ("2026.060 KFN", "Anställning av bibliotekarie, tillsvidare, Sjöbo bibliotek", "Anställning beslutad", "2026-10-29",
         "Jonas Tell, kulturchef", "6.1"),
        ("2026.061 KFN", "Utlåning av konstverk till Österlens museum, utställning 2027", "Beviljat", "2026-10-30",
         "Jonas Tell, kulturchef", "3.5"),
        ("2026.062 KFN", "Ansökan om bidrag till Sjöbo Schackklubb för ungdomsläger", "Beviljat 8 000 kr", "2026-10-30",
         "Anna Kjellberg, fritidschef", "4.4"),
        ("2026.063 KFN", "Hyresavtal för replokal i Sjöbo kulturhus, Östra Sjöbo musikförening", "Avtal tecknat", "2026-10-30",
         "Dragan Petrović, anläggningschef", "5.2"),
        ("2026.064 KFN", "Prisjustering av entréavgifter Sjöbo simhall 2027", "Beslutat enligt taxa", "2026-10-31",
         "Eva Sköld, förvaltningschef", "1.4"),
    ]

    def thead():
        p.set_font("Cond", "B", 8)
        p.set_fill_color(225, 225, 225)
        for w, t in zip(cw, hdr):
            p.cell(w, 6, t, border=1, fill=True)
        p.ln()
    thead()
    p.set_font("Cond", "", 9.5)
    for r in rows:
        # row height from longest wrapped cell
        lines = max(len(p.multi_cell(w, 5, t, align="L", dry_run=True, output="LINES")) for w, t in zip(cw, r)) if any(r) else 1
        hgt = 5 * lines + 2
        if p.get_y() + hgt > p.page_break_trigger:
            p.add_page()
            thead()
            p.set_font("Cond", "", 9.5)
        y = p.get_y()
        x = p.l_margin
        for w, t in zip(cw, r):
            p.rect(x, y, w, hgt)
            p.set_xy(x, y + 0.5)
            p.multi_cell(w, 5, t, align="L")
            x += w
        p.set_xy(p.l_margin, y + hgt)
    p.ln(6)
    p.set_font("Cond", "", 9)
    p.multi_cell(0, 5, "Delegationsbesluten anmäls till nämnden enligt 6 kap. 40 § kommunallagen. Besluten finns tillgängliga hos "
                 "nämndsekreteraren.\n\nUpprättad av: Malin Ohlsson, nämndsekreterare", new_x="LMARGIN", new_y="NEXT")
    p.output(os.path.join(OUT, fn))
    persons = [
        ("Anna Kjellberg", None, ["tjänsteperson"], "fritidschef"),
        ("Dragan Petrović", None, ["tjänsteperson"], "anläggningschef"),
        ("Eva Sköld", None, ["tjänsteperson"], "förvaltningschef"),
        ("Jonas Tell", None, ["tjänsteperson"], "kulturchef"),
        ("Malin Ohlsson", None, ["tjänsteperson"], "nämndsekreterare"),
    ]
    return dict(file=fn, organization="Sjöbo kommun", organ="Kultur- och fritidsnämnden", date="2026-11-05",
                doc_type="delegationslista", items=[], persons=persons, actions=[], votes=[], kommuner=["Sjöbo", "Ystad"],
                regions=["Region Skåne"], extra_dnr=[r[0] for r in rows if r[0]],
                notes="W3D3-style delegationslista (not a meeting): no items. Organ = the nämnd the decisions are reported to "
                      "('Redovisning av delegationsbeslut till Kultur- och fritidsnämnden'), not the förvaltning in the header. "
                      "date = the list's printed date 'Datum: 2026-11-05' (no meeting date printed; the period is 2026-10-01–10-31). "
                      "Every row's diarienummer is listed at document level. Dnr shape '2026.045 KFN'. Persons: the officials who took the decisions (Delegat "
                      "column) and the nämndsekreterare who drew up the list ('Upprättad av'), role tjänsteperson with their titles; "
                      "Malin Ohlsson is also delegat on one row. One empty table row. Österlens museum, Vollsjö, Blentarp, Lövestad "
                      "are not kommuner (orter in Sjöbo / a museum).")


def npages(path):
    if path.endswith(".pdf"):
        out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        return int(re.search(r"Pages:\s+(\d+)", out).group(1))
    if path.endswith(".txt"):
        t = open(path, encoding="utf-8").read()
        n = t.count("\f")
        return n if t.rstrip("\n").endswith("\f") or t.endswith("\f") else n + 1
    if path.endswith(".docx"):
        return 4
    return 1


def finish(g):
    path = os.path.join(OUT, g["file"])
    persons = []
    for t in g["persons"]:
        d = {"name": t[0], "party": t[1], "roles": t[2]}
        if len(t) > 3:
            d["title"] = t[3]
        persons.append(d)
    actions = []
    for who, it, kind in g["actions"]:
        if isinstance(who, dict):
            actions.append({"person": None, "party": who["party"], "item": it, "kind": kind})
        else:
            actions.append({"person": who, "item": it, "kind": kind})
    return {
        "file": g["file"], "organization": g["organization"], "organ": g["organ"], "date": g["date"],
        "doc_type": g["doc_type"], "pages": g.get("pages") or npages(path), "items": g["items"], "persons": persons,
        "actions": actions, "votes": g["votes"], "diarienummer": doc_dnr(g["items"], g.get("extra_dnr", [])),
        "kommuner": g["kommuner"], "regions": g["regions"], "notes": g["notes"],
    }


if __name__ == "__main__":
    docs = [finish(f()) for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8)]
    json.dump({"format": "arkiv-gold/1", "documents": docs}, open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    for d in docs:
        print(d["file"], d["pages"], len(d["items"]), [(i["number"], i["page"]) for i in d["items"]])
