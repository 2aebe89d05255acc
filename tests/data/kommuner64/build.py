# Generates the kommuner64 blind gold set (documents + gold.json). All content invented.
import json, os, subprocess
from fpdf import FPDF
import docx
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
GOLD = []


def P(f):
    return os.path.join(OUT, f)


class Doc(FPDF):
    def __init__(self, head=None, foot=None):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        self.add_font("S", "", FD + "DejaVuSans.ttf")
        self.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("R", "", FD + "DejaVuSerif.ttf")
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        self.set_margins(20, 20, 20)

    def header(self):
        if self.head:
            self.head(self)

    def footer(self):
        if self.foot:
            self.foot(self)

    def t(self, text, size=10, style="", font="S", h=5, w=0, x=None, after=1.5, align="J"):
        if x is not None:
            self.set_x(x)
        self.set_font(font, style, size)
        self.multi_cell(w, h, text, new_x="LMARGIN", new_y="NEXT", align=align)
        self.ln(after)


def gold(file, org, organ, date, dt, pages, items, persons, actions, votes=None, dnr=None,
         kommuner=(), regions=(), notes=""):
    d = {"file": file, "organization": org, "organ": organ, "date": date, "doc_type": dt,
         "pages": pages, "items": items, "persons": persons, "actions": actions,
         "votes": votes or [],
         "diarienummer": dnr if dnr is not None else [n for i in items for n in i["diarienummer"]],
         "kommuner": list(kommuner), "regions": list(regions), "notes": notes}
    GOLD.append(d)


def pers(name, party=None, roles=(), title=None):
    d = {"name": name, "party": party, "roles": list(roles)}
    if title:
        d["title"] = title
    return d


def act(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party:
        d["party"] = party
    return d


# ---------------------------------------------------------------- 1 Härnösand KF
def harnosand():
    f = "harnosand_kommunfullmaktige_2026-03-30_protokoll.pdf"

    def head(p):
        p.set_font("S", "B", 11)
        p.cell(90, 5, "HÄRNÖSANDS KOMMUN")
        p.set_font("S", "", 9)
        p.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(90, 5, "Kommunfullmäktige")
        p.cell(0, 5, "Sammanträdesdatum 2026-03-30", align="R", new_x="LMARGIN", new_y="NEXT")
        p.line(20, p.get_y() + 1, 190, p.get_y() + 1)
        p.ln(6)

    def foot(p):
        p.set_y(-15)
        p.set_font("S", "", 8)
        p.cell(100, 5, "Justerandes sign ............  ............")
        p.cell(0, 5, f"Sida {p.page_no()} av {{nb}}", align="R")

    p = Doc(head, foot)
    pg = {}

    def item(num, title, dnr):
        # title at the left margin, § number at the right margin
        y = p.get_y()
        pg[num] = p.page_no()
        p.set_font("S", "B", 11)
        p.set_xy(20, y)
        p.multi_cell(135, 5.5, title, new_x="LMARGIN", new_y="NEXT", align="L")
        y2 = p.get_y()
        p.set_xy(160, y)
        p.cell(30, 5.5, num, align="R")
        p.set_xy(20, y2)
        p.set_font("S", "", 9)
        p.cell(0, 5, dnr, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)

    p.add_page()
    p.t("Plats och tid: Sessionssalen, Rådhuset, Härnösand, måndagen den 30 mars 2026 kl. 13.00–16.40")
    p.t("Beslutande", 11, "B", after=0.5)
    rows = [("Lars Erik Wikström", "S", "ordförande"), ("Helena Strand", "S", ""),
            ("Emil Berg", "S", "tjg ersättare för Ulla Sjödin (S)"), ("Johan Eriksson", "V", ""),
            ("Gunilla Forsberg", "MP", ""), ("Maria Holm", "C", ""), ("Sofia Lind", "L", ""),
            ("Anna de Wahl", "M", ""), ("Karin Öberg", "KD", ""), ("Peter Sundqvist", "SD", ""),
            ("Björn Nyström", "HP", "")]
    p.set_font("S", "", 10)
    for n, pa, r in rows:
        p.cell(60, 5, n)
        p.cell(15, 5, pa)
        p.cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.t("HP = Härnösandspartiet", 8)
    p.t("Övriga närvarande", 11, "B", after=0.5)
    p.t("Mats Olsson, kommundirektör\nTherese Backlund, miljöchef, § 23\nSusanne Ekman, kommunsekreterare")
    p.t("Utses att justera: Maria Holm (C) och Peter Sundqvist (SD)\nJusteringens plats och tid: "
        "Kommunkansliet, 2026-04-02\nParagrafer: §§ 21–25")
    p.t("Underskrifter", 11, "B", after=0.5)
    p.t("Sekreterare ..............................  Susanne Ekman\n"
        "Ordförande ..............................  Lars Erik Wikström\n"
        "Justerare ..............................  Maria Holm          ..............................  Peter Sundqvist")

    p.add_page()
    item("§ 21", "Val av justerare", "")
    p.t("Kommunfullmäktiges beslut", 10, "B", after=0.5)
    p.t("Maria Holm (C) och Peter Sundqvist (SD) utses att jämte ordföranden justera dagens protokoll. "
        "Justeringen sker på kommunkansliet torsdagen den 2 april 2026.")
    p.ln(4)
    item("§ 22", "Interpellation från Björn Nyström (HP) om vinterväghållningen på landsbygden",
         "Dnr KS 2026/041")
    p.t("Ärendet", 10, "B", after=0.5)
    p.t("Björn Nyström (HP) har i en interpellation till kommunstyrelsens ordförande frågat hur "
        "kommunen avser att säkra snöröjningen av de enskilda vägar som får kommunalt bidrag.")
    p.t("Kommunstyrelsens ordförande Helena Strand (S) besvarar interpellationen. Därefter följer en "
        "debatt mellan interpellanten och den svarande.")
    p.t("Kommunfullmäktiges beslut", 10, "B", after=0.5)
    p.t("Interpellationen anses besvarad.")

    p.add_page()
    item("§ 23", "Revidering av taxa för offentlig kontroll inom livsmedelsområdet samt "
         "kontroll av dricksvatten 2026", "Dnr KS 2025/312")
    p.t("Ärendet", 10, "B", after=0.5)
    p.t("Miljöchef Therese Backlund föredrar ärendet. Timavgiften föreslås höjas från 1 350 kronor till "
        "1 420 kronor per timme. Nämnden har i sitt beslut hänvisat till kommunfullmäktiges beslut "
        "2022-11-28, § 140 (Dnr KS 2022/455), om principer för taxesättning.")
    p.t("Yrkanden", 10, "B", after=0.5)
    p.t("Helena Strand (S) med bifall av Johan Eriksson (V) yrkar bifall till kommunstyrelsens förslag.\n"
        "Anna de Wahl (M) yrkar avslag till kommunstyrelsens förslag.\n"
        "Karin Öberg (KD) instämmer i Anna de Wahls yrkande.")
    p.t("Propositionsordning", 10, "B", after=0.5)
    p.t("Ordföranden ställer proposition på bifall mot avslag och finner att kommunfullmäktige bifaller "
        "kommunstyrelsens förslag. Votering begärs.")
    p.t("Voteringsproposition", 10, "B", after=0.5)
    p.t("Den som vill bifalla kommunstyrelsens förslag röstar ja. Den som vill avslå kommunstyrelsens "
        "förslag röstar nej.")
    p.add_page()
    p.set_font("S", "B", 11)
    p.cell(0, 6, "§ 23 (forts.)", align="R", new_x="LMARGIN", new_y="NEXT")
    p.t("Voteringslista", 10, "B", after=0.5)
    vote = {"Lars Erik Wikström": "Ja", "Helena Strand": "Ja", "Emil Berg": "Ja",
            "Johan Eriksson": "Ja", "Gunilla Forsberg": "Ja", "Maria Holm": "Ja", "Sofia Lind": "Ja",
            "Anna de Wahl": "Nej", "Karin Öberg": "Nej", "Peter Sundqvist": "Nej",
            "Björn Nyström": "Avstår"}
    party = {n: pa for n, pa, _ in rows}
    p.set_font("S", "B", 9)
    for h, w in (("Ledamot", 60), ("Parti", 15), ("Ja", 15), ("Nej", 15), ("Avstår", 15)):
        p.cell(w, 6, h, border=1)
    p.ln()
    p.set_font("S", "", 9)
    for n, pa, r in rows:
        p.cell(60, 5.5, n, border=1)
        p.cell(15, 5.5, pa, border=1)
        for k in ("Ja", "Nej", "Avstår"):
            p.cell(15, 5.5, "X" if vote[n] == k else "", border=1, align="C")
        p.ln()
    p.set_font("S", "B", 9)
    p.cell(75, 6, "Summa", border=1)
    p.cell(15, 6, "7", border=1, align="C")
    p.cell(15, 6, "3", border=1, align="C")
    p.cell(15, 6, "1", border=1, align="C")
    p.ln(9)
    p.t("Omröstningsresultat", 10, "B", after=0.5)
    p.t("Med 7 ja-röster mot 3 nej-röster, 1 avstår, beslutar kommunfullmäktige att bifalla "
        "kommunstyrelsens förslag.")
    p.t("Kommunfullmäktiges beslut", 10, "B", after=0.5)
    p.t("Taxan antas och gäller från och med 1 maj 2026.")
    p.t("Reservation", 10, "B", after=0.5)
    p.t("Ledamöterna för Moderaterna och Kristdemokraterna reserverar sig mot beslutet.")
    p.ln(3)
    item("§ 24", "Motion från Sofia Lind (L) om fler laddplatser vid kommunens arbetsplatser",
         "Dnr KS 2025/198")
    p.t("Ärendet", 10, "B", after=0.5)
    p.t("Sofia Lind (L) föreslår i en motion att kommunen bygger minst 40 nya laddplatser. "
        "Kommunstyrelsen föreslår att motionen ska anses besvarad.")
    p.t("Yrkanden", 10, "B", after=0.5)
    p.t("Sofia Lind (L) yrkar bifall till motionen.\nHelena Strand (S) yrkar bifall till "
        "kommunstyrelsens förslag.")
    p.t("Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller "
        "kommunstyrelsens förslag.")
    p.t("Kommunfullmäktiges beslut", 10, "B", after=0.5)
    p.t("Motionen anses besvarad.")
    p.t("Protokollsanteckning", 10, "B", after=0.5)
    p.t("Peter Sundqvist (SD) anmäler protokollsanteckning: ”Vi vill att laddplatserna prioriteras "
        "vid de kommunala förskolorna.”")

    p.add_page()
    item("§ 25", "Anmälan av nya motioner", "")
    p.t("Följande motioner har lämnats in och anmäls till dagens sammanträde:")
    p.t("Motion från Emil Berg (S) om ungdomsråd i Härnösands kommun, Dnr KS 2026/077\n"
        "Motion från Anna de Wahl (M) om fri entré till simhallen för pensionärer, Dnr KS 2026/081")
    p.t("Kommunfullmäktiges beslut", 10, "B", after=0.5)
    p.t("Motionerna överlämnas till kommunstyrelsen för beredning.")
    p.output(P(f))
    N = p.page_no()

    items = [
        {"number": "§21", "title": "Val av justerare", "diarienummer": [], "page": pg["§ 21"]},
        {"number": "§22", "title": "Interpellation från Björn Nyström (HP) om vinterväghållningen på landsbygden",
         "diarienummer": ["KS 2026/041"], "page": pg["§ 22"]},
        {"number": "§23", "title": "Revidering av taxa för offentlig kontroll inom livsmedelsområdet samt kontroll av dricksvatten 2026",
         "diarienummer": ["KS 2025/312"], "page": pg["§ 23"],
         "votes_summary": [{"round": 1, "ja": 7, "nej": 3, "avstår": 1}]},
        {"number": "§24", "title": "Motion från Sofia Lind (L) om fler laddplatser vid kommunens arbetsplatser",
         "diarienummer": ["KS 2025/198"], "page": pg["§ 24"]},
        {"number": "§25", "title": "Anmälan av nya motioner",
         "diarienummer": ["KS 2026/077", "KS 2026/081"], "page": pg["§ 25"]},
    ]
    persons = []
    for n, pa, r in rows:
        if n == "Lars Erik Wikström":
            persons.append(pers(n, pa, ["ordförande", "ledamot"]))
        elif n == "Emil Berg":
            persons.append(pers(n, pa, ["tjänstgörande ersättare"]))
        elif n in ("Maria Holm", "Peter Sundqvist"):
            persons.append(pers(n, pa, ["ledamot", "justerare"]))
        else:
            persons.append(pers(n, pa, ["ledamot"]))
    persons += [pers("Mats Olsson", None, ["tjänsteperson", "närvarande"], "kommundirektör"),
                pers("Therese Backlund", None, ["tjänsteperson", "föredragande"], "miljöchef"),
                pers("Susanne Ekman", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare")]
    actions = [act("Maria Holm", "§21", "justerare"), act("Peter Sundqvist", "§21", "justerare"),
               act("Björn Nyström", "§22", "raised"), act("Helena Strand", "§22", "presented"),
               act("Therese Backlund", "§23", "presented"),
               act("Helena Strand", "§23", "proposed"), act("Johan Eriksson", "§23", "proposed"),
               act("Anna de Wahl", "§23", "proposed"), act("Karin Öberg", "§23", "proposed"),
               act(None, "§23", "reserved", "M"), act(None, "§23", "reserved", "KD"),
               act("Sofia Lind", "§24", "raised"), act("Sofia Lind", "§24", "proposed"),
               act("Helena Strand", "§24", "proposed"), act("Peter Sundqvist", "§24", "protocol_note"),
               act("Emil Berg", "§25", "raised"), act("Anna de Wahl", "§25", "raised")]
    votes = [{"item": "§23", "round": 1, "person": n, "vote": v.lower()} for n, v in vote.items()]
    gold(f, "Härnösands kommun", "Kommunfullmäktige", "2026-03-30", "protokoll", N, items, persons,
         actions, votes, kommuner=["Härnösand"],
         notes="§ number printed at the right margin on the title's first line, title at the left. "
               "HP = Härnösandspartiet (local party). Emil Berg is tjänstgörande ersättare for Ulla Sjödin (S) "
               "(Ulla Sjödin not listed as a person). KS 2022/455 in §23 is only a reference to an old decision, "
               "not listed. §23 continues on the next page ('§ 23 (forts.)') with the voteringslista. "
               "'Med bifall av Johan Eriksson' = Eriksson supports the yrkande: proposed. "
               "Reservation by party (M, KD) as party actions. Chair's propositions not counted as proposed.")


# ---------------------------------------------------------------- 2 Flen kallelse
def flen():
    f = "flen_kultur-och-fritidsnamnden_2026-04-14_kallelse.pdf"

    def head(p):
        p.set_font("R", "", 9)
        p.cell(0, 5, "Flens kommun  |  Kultur- och fritidsnämnden  |  Kallelse", align="L")
        p.cell(0, 5, f"{p.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(4)

    p = Doc(head)
    pg = {}
    p.add_page()
    p.t("KALLELSE", 18, "B")
    p.t("Kultur- och fritidsnämnden", 13, "B")
    p.t("Tid: Tisdagen den 14 april 2026, kl. 13.30\nPlats: Sammanträdesrum Bryggaren, Stadshuset, Flen\n"
        "Förslag till justerare: Nils Hedman (C)\nJustering: 2026-04-17")
    p.t("Ersättare tjänstgör vid förhinder för ledamot. Anmäl förhinder till nämndsekreteraren.", 9)
    p.ln(3)
    its = [
        ("1", "Val av justerare", None, "Förslag: Nils Hedman (C)"),
        ("2", "Godkännande av dagordning", None, ""),
        ("3", "Information om sommarlovsaktiviteter 2026", "KFN 2026/31",
         "Föredragande: Fritidschef Oskar Mäkinen"),
        ("4", "Ansökan om investeringsbidrag för ny ridhusbelysning, Malmköpings ridklubb "
              "och Flens ryttarförening", "KFN 2026/18", "Föredragande: Handläggare Elin Sahlberg"),
        ("5", "Medborgarförslag om konstgräsplan i Hälleforsnäs", "KFN 2025/77",
         "Förslagsställare: Rolf Engqvist"),
        ("6", "Yttrande över motion från Tove Ahlin (V) om fritidsbank i Flen", "KFN 2026/09", ""),
        ("7", "Delegationsbeslut och meddelanden", "KFN 2026/2", ""),
    ]
    for i, (n, title, dnr, extra) in enumerate(its):
        if i == 5:
            p.add_page()
        pg[n] = p.page_no()
        y = p.get_y()
        p.set_font("S", "B", 11)
        p.cell(25, 6, f"Ärende {n}")
        p.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT", align="L")
        p.set_font("S", "", 9)
        if dnr:
            p.set_x(45)
            p.cell(0, 5, f"Ärendenr: {dnr}", new_x="LMARGIN", new_y="NEXT")
        if extra:
            p.set_x(45)
            p.cell(0, 5, extra, new_x="LMARGIN", new_y="NEXT")
        p.ln(4)
    p.ln(6)
    p.t("Kristina Johansson Ahl\nOrdförande", 10)
    p.t("Ida Rask\nNämndsekreterare", 10)
    p.output(P(f))
    N = p.page_no()
    items = [{"number": n, "title": t, "diarienummer": [d] if d else [], "page": pg[n]} for n, t, d, _ in its]
    persons = [pers("Kristina Johansson Ahl", None, ["ordförande", "ledamot"]),
               pers("Ida Rask", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
               pers("Nils Hedman", "C", ["justerare"]),
               pers("Oskar Mäkinen", None, ["tjänsteperson", "föredragande"], "fritidschef"),
               pers("Elin Sahlberg", None, ["tjänsteperson", "föredragande"], "handläggare"),
               pers("Rolf Engqvist", None, []),
               pers("Tove Ahlin", "V", [])]
    actions = [act("Nils Hedman", "1", "justerare"), act("Oskar Mäkinen", "3", "presented"),
               act("Elin Sahlberg", "4", "presented"), act("Rolf Engqvist", "5", "raised"),
               act("Tove Ahlin", "6", "raised")]
    gold(f, "Flens kommun", "Kultur- och fritidsnämnden", "2026-04-14", "kallelse", N, items, persons,
         actions, kommuner=["Flen"],
         notes="Kallelse whose rows are 'Ärende N' with 'Ärendenr:' on a line under the title; number = the "
               "printed number without the word 'Ärende'. The chair's party is not printed (party null). "
               "Föredragande named per row counted as presented. Rolf Engqvist (medborgarförslag author) and "
               "Tove Ahlin (motion author named in title) listed as persons with no role from the list (roles []), "
               "action raised. Malmköping and Hälleforsnäs are localities in Flen, not kommuner.")


# ---------------------------------------------------------------- 3 Vetlanda BUN (two columns)
def vetlanda():
    f = "vetlanda_barn-och-utbildningsnamnden_2026-05-19_protokoll.pdf"

    def head(p):
        p.set_font("S", "", 8)
        p.cell(85, 4, "VETLANDA KOMMUN")
        p.cell(0, 4, "PROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(85, 4, "Barn- och utbildningsnämnden")
        p.cell(0, 4, "2026-05-19", align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(6)

    def foot(p):
        p.set_y(-14)
        p.set_font("S", "", 8)
        p.cell(0, 4, f"{p.page_no()}/{{nb}}", align="C")

    p = Doc(head, foot)
    pg = {}
    L, R = 20, 60

    def block(label, text, bold=False):
        y = p.get_y()
        if y > 255:
            p.add_page()
            y = p.get_y()
        p.set_font("S", "B", 8)
        p.set_xy(L, y)
        p.multi_cell(36, 4.5, label)
        p.set_xy(R, y)
        p.set_font("S", "B" if bold else "", 10)
        p.multi_cell(130, 5, text, new_x="LMARGIN", new_y="NEXT")
        p.ln(2.5)

    def item(num, dnr, title):
        p.ln(2)
        pg[num] = p.page_no()
        y = p.get_y()
        p.set_font("S", "B", 12)
        p.set_xy(L, y)
        p.cell(36, 6, num)
        p.set_xy(R, y)
        p.multi_cell(130, 6, title, new_x="LMARGIN", new_y="NEXT", align="L")
        p.set_x(R)
        p.set_font("S", "", 8)
        p.cell(0, 4, dnr, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)

    p.add_page()
    block("Plats och tid", "Utbildningskontoret, Vetlanda, kl. 08.30–12.15")
    block("Beslutande", "Anders Grip (KD), ordförande\nLena Axelsson (S), vice ordförande\n"
          "Britt-Marie Hallin (S)\nJonas Persson (V)\nCamilla Öst (C)\nMikael Åkesson (M)\nRobert Lund (SD)\n"
          "Ann-Sofie Gustafsson (L), tjänstgörande ersättare för Per Widell (L)")
    block("Övriga deltagande", "Malin Ek, förvaltningschef\nPia Ström, controller, § 45\n"
          "Henrik Sjö, nämndsekreterare")
    block("Justerare", "Camilla Öst (C)")
    block("Justeringens plats och tid", "Utbildningskontoret 2026-05-22")
    block("Paragrafer", "44–48")
    block("Underskrifter", "Sekreterare   Henrik Sjö\n\nOrdförande   Anders Grip\n\nJusterare   Camilla Öst")

    p.add_page()
    item("§ 44", "Dnr BUN 2026/4", "Förvaltningschefens information")
    block("Ärendebeskrivning", "Förvaltningschef Malin Ek informerar om läget inför höstterminen, "
          "bland annat om lärarrekryteringen och om ombyggnaden av Njudungsgymnasiets kök.")
    block("Frågor", "Frågan ställs av Robert Lund (SD) om hur många elever som berörs av de ändrade "
          "skolskjutstiderna. Malin Ek svarar att uppgiften redovisas vid nästa sammanträde.")
    block("Beslut", "Barn- och utbildningsnämnden tackar för informationen.", True)
    item("§ 45", "Dnr BUN 2026/61", "Ekonomisk uppföljning per april 2026")
    block("Ärendebeskrivning", "Controller Pia Ström redogör för utfallet. Nämnden prognostiserar ett "
          "underskott om 3,2 miljoner kronor, främst inom grundsärskolan och skolskjutsverksamheten.")
    block("Beslut", "Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen.", True)
    p.add_page()
    item("§ 46", "Dnr BUN 2026/88", "Förändrad organisation för förskoleverksamheten i Holsby och "
         "Korsberga från och med höstterminen 2026")
    block("Ärendebeskrivning", "Barnantalet i Korsberga har minskat till 14 inskrivna barn. Förvaltningen "
          "föreslår att verksamheten samordnas med Holsby förskola under en gemensam rektor och att "
          "lokalen i Korsberga används fyra dagar i veckan.")
    block("Yrkanden", "Lena Axelsson (S) med bifall av Jonas Persson (V) yrkar att ärendet återremitteras "
          "för en konsekvensanalys ur barnperspektiv.\nAnders Grip (KD) yrkar bifall till förvaltningens "
          "förslag.\nMikael Åkesson (M) instämmer i Anders Grips yrkande.")
    block("Propositions-\nordning", "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller "
          "återremitteras och finner att nämnden beslutar att avgöra ärendet i dag. Därefter ställer "
          "ordföranden proposition på förvaltningens förslag och finner det bifallet.")
    p.add_page()
    y = p.get_y()
    p.set_font("S", "B", 10)
    p.set_xy(R, y)
    p.cell(0, 6, "§ 46 forts.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    block("Beslut", "Barn- och utbildningsnämnden beslutar att förskoleverksamheten i Holsby och "
          "Korsberga organiseras enligt förvaltningens förslag.", True)
    block("Reservation", "Lena Axelsson (S), Britt-Marie Hallin (S) och Jonas Persson (V) reserverar "
          "sig skriftligen (bilaga 3).")
    block("Protokolls-\nanteckning", "Ann-Sofie Gus-\ntafsson (L) anmäler protokollsanteckning om att "
          "lokalfrågan i Korsberga ska följas upp inom ett år.")
    item("§ 47", "Dnr BUN 2026/93", "Val av representant till samverkansrådet för skolorna i Landsbro")
    block("Beslut", "Camilla Öst (C) utses till nämndens representant.", True)
    item("§ 48", "Dnr BUN 2026/7", "Anmälan av delegationsbeslut")
    block("Ärendebeskrivning", "Förteckning över delegationsbeslut för perioden 2026-04-01–2026-04-30 "
          "redovisas, bland annat beslut om skolskjuts (BUN 2026/77) och om skolplacering (BUN 2026/80).")
    block("Beslut", "Anmälan läggs till handlingarna.", True)
    p.output(P(f))
    N = p.page_no()
    items = [
        {"number": "§44", "title": "Förvaltningschefens information", "diarienummer": ["BUN 2026/4"], "page": pg["§ 44"]},
        {"number": "§45", "title": "Ekonomisk uppföljning per april 2026", "diarienummer": ["BUN 2026/61"], "page": pg["§ 45"]},
        {"number": "§46", "title": "Förändrad organisation för förskoleverksamheten i Holsby och Korsberga från och med höstterminen 2026",
         "diarienummer": ["BUN 2026/88"], "page": pg["§ 46"]},
        {"number": "§47", "title": "Val av representant till samverkansrådet för skolorna i Landsbro",
         "diarienummer": ["BUN 2026/93"], "page": pg["§ 47"]},
        {"number": "§48", "title": "Anmälan av delegationsbeslut", "diarienummer": ["BUN 2026/7"], "page": pg["§ 48"]},
    ]
    persons = [pers("Anders Grip", "KD", ["ordförande", "ledamot"]),
               pers("Lena Axelsson", "S", ["vice ordförande", "ledamot"]),
               pers("Britt-Marie Hallin", "S", ["ledamot"]), pers("Jonas Persson", "V", ["ledamot"]),
               pers("Camilla Öst", "C", ["ledamot", "justerare"]), pers("Mikael Åkesson", "M", ["ledamot"]),
               pers("Robert Lund", "SD", ["ledamot"]),
               pers("Ann-Sofie Gustafsson", "L", ["tjänstgörande ersättare"]),
               pers("Malin Ek", None, ["tjänsteperson", "föredragande"], "förvaltningschef"),
               pers("Pia Ström", None, ["tjänsteperson", "föredragande"], "controller"),
               pers("Henrik Sjö", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")]
    actions = [act("Camilla Öst", None, "justerare"),
               act("Malin Ek", "§44", "presented"), act("Robert Lund", "§44", "raised"),
               act("Pia Ström", "§45", "presented"),
               act("Lena Axelsson", "§46", "proposed"), act("Jonas Persson", "§46", "proposed"),
               act("Anders Grip", "§46", "proposed"), act("Mikael Åkesson", "§46", "proposed"),
               act("Lena Axelsson", "§46", "reserved"), act("Britt-Marie Hallin", "§46", "reserved"),
               act("Jonas Persson", "§46", "reserved"), act("Ann-Sofie Gustafsson", "§46", "protocol_note")]
    gold(f, "Vetlanda kommun", "Barn- och utbildningsnämnden", "2026-05-19", "protokoll", N, items, persons,
         actions, kommuner=["Vetlanda"],
         notes="Two-column layout: narrow left column holds labels (Yrkanden, Reservation, Protokollsanteckning), "
               "text in the right column. Justerare from the head block (no Val av justerare §), item null. "
               "Ann-Sofie Gustafsson tjänstgörande ersättare for Per Widell (L) (not a person). Her surname is "
               "hyphenated over a line break in §46 ('Gus-/tafsson'). §46 continues on the next page ('§ 46 forts.'). "
               "Robert Lund asks a question in §44 ('Frågan ställs av') = raised. Malin Ek answering the question "
               "is part of her presented action. BUN 2026/77 and 2026/80 in §48 are delegation decisions "
               "cited: references, not listed. Holsby, Korsberga, Landsbro are localities in Vetlanda.")


# ---------------------------------------------------------------- 4 Ljungby SN (docx)
def ljungby():
    f = "ljungby_socialnamnden_2026-09-24_protokoll.docx"
    d = docx.Document()
    page = [1]
    pg = {}

    def br():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        page[0] += 1

    def h(num, title, dnr=None):
        pg[num] = page[0]
        d.add_heading(f"{num} {title}", level=1)
        if dnr:
            d.add_paragraph(f"Diarienummer: {dnr}")

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ljungby kommun\tSocialnämnden\tProtokoll 2026-09-24"
    d.add_heading("Protokoll", level=0)
    d.add_paragraph("Socialnämnden\nSammanträdesdatum: 2026-09-24\nPlats och tid: Kommunhuset, sal Lagan, "
                    "kl. 09.00–11.45")
    d.add_heading("Närvarande", level=2)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ("Namn", "Parti", "Funktion")):
        c.text = t
    rows = [("Eva Lindahl", "S", "Ordförande"), ("Gunnar Pettersson", "M", "Vice ordförande"),
            ("Hassan Ali", "S", "Ledamot"), ("Erik van Dijk", "MP", "Ledamot"),
            ("Åsa Fransson", "SD", "Ledamot"),
            ("Linnea Krantz", "C", "Tjänstgörande ersättare för Bo Ring (C)"),
            ("", "", ""), ("Moa Stenberg", "KD", "Ersättare"),
            ("", "", ""), ("Jenny Hallberg", "", "Socialchef"), ("Kajsa Nyberg", "", "Nämndsekreterare")]
    for r in rows:
        cells = tb.add_row().cells
        for c, t in zip(cells, r):
            c.text = t
    d.add_paragraph("Justerare: Gunnar Pettersson (M)\nParagrafer: §§ 87–91")
    h("§ 87", "Val av justerare")
    d.add_paragraph("Gunnar Pettersson (M) utses att jämte ordföranden justera protokollet.")
    h("§ 88", "Socialchefens information", "SN 2026/0010")
    d.add_paragraph("Socialchef Jenny Hallberg informerar om läget inom försörjningsstödet och om "
                    "rekryteringen av socialsekreterare till barn- och familjeenheten.")
    d.add_paragraph("Beslut: Socialnämnden tackar för informationen.")
    br()
    h("§ 89", "Internkontrollplan 2027 för socialnämnden", "SN 2026/0112")
    d.add_paragraph("Förvaltningen har tagit fram ett förslag till internkontrollplan med sex kontrollområden.")
    d.add_heading("Yrkanden", level=3)
    d.add_paragraph("Eva Lindahl (S) yrkar bifall till förvaltningens förslag.\nÅsa Fransson (SD) yrkar "
                    "tillägg om ett sjunde kontrollområde: kontroll av utbetalningar av försörjningsstöd.")
    d.add_heading("Propositionsordning", level=3)
    d.add_paragraph("Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet. "
                    "Därefter ställer ordföranden proposition på Åsa Franssons tilläggsyrkande och finner "
                    "att socialnämnden avslår det.")
    d.add_paragraph("Beslut: Socialnämnden antar internkontrollplan 2027.")
    d.add_heading("Reservation", level=3)
    d.add_paragraph("Åsa Fransson (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    h("§ 90", "Svar på medborgarförslag om trygghetsboende i Lagan", "SN 2026/0040")
    d.add_paragraph("Medborgarförslaget har lämnats av Sven-Åke Borg. Förvaltningen bedömer att behovet "
                    "täcks av befintliga platser.")
    d.add_paragraph("Beslut: Socialnämnden föreslår kommunfullmäktige att avslå medborgarförslaget.")
    d.add_paragraph("Erik van Dijk (MP) anmäler protokollsanteckning enligt bilaga.")
    br()
    h("§ 91", "Anmälan av delegationsbeslut", "SN 2026/0003")
    d.add_paragraph("Delegationsbeslut fattade under augusti 2026 anmäls enligt lista.")
    d.add_paragraph("Beslut: Anmälan läggs till handlingarna.")
    d.add_paragraph("\nUnderskrifter\nSekreterare: Kajsa Nyberg\nOrdförande: Eva Lindahl\n"
                    "Justerare: Gunnar Pettersson")
    d.save(P(f))
    items = [{"number": "§87", "title": "Val av justerare", "diarienummer": [], "page": pg["§ 87"]},
             {"number": "§88", "title": "Socialchefens information", "diarienummer": ["SN 2026/0010"], "page": pg["§ 88"]},
             {"number": "§89", "title": "Internkontrollplan 2027 för socialnämnden", "diarienummer": ["SN 2026/0112"], "page": pg["§ 89"]},
             {"number": "§90", "title": "Svar på medborgarförslag om trygghetsboende i Lagan", "diarienummer": ["SN 2026/0040"], "page": pg["§ 90"]},
             {"number": "§91", "title": "Anmälan av delegationsbeslut", "diarienummer": ["SN 2026/0003"], "page": pg["§ 91"]}]
    persons = [pers("Eva Lindahl", "S", ["ordförande", "ledamot"]),
               pers("Gunnar Pettersson", "M", ["vice ordförande", "ledamot", "justerare"]),
               pers("Hassan Ali", "S", ["ledamot"]), pers("Erik van Dijk", "MP", ["ledamot"]),
               pers("Åsa Fransson", "SD", ["ledamot"]),
               pers("Linnea Krantz", "C", ["tjänstgörande ersättare"]),
               pers("Moa Stenberg", "KD", ["ersättare"]),
               pers("Jenny Hallberg", None, ["tjänsteperson", "föredragande"], "socialchef"),
               pers("Kajsa Nyberg", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
               pers("Sven-Åke Borg", None, [])]
    actions = [act("Gunnar Pettersson", "§87", "justerare"), act("Jenny Hallberg", "§88", "presented"),
               act("Eva Lindahl", "§89", "proposed"), act("Åsa Fransson", "§89", "proposed"),
               act("Åsa Fransson", "§89", "reserved"), act("Sven-Åke Borg", "§90", "raised"),
               act("Erik van Dijk", "§90", "protocol_note")]
    gold(f, "Ljungby kommun", "Socialnämnden", "2026-09-24", "protokoll", page[0], items, persons, actions,
         kommuner=["Ljungby"],
         notes="Word document: items are Heading 1 paragraphs '§ NN Title', diarienummer on the next line "
               "'Diarienummer: …'; attendance in a table with empty rows. Pages counted by manual page breaks "
               f"({page[0] - 1} breaks). Linnea Krantz tjänstgörande ersättare for Bo Ring (C) (not a person). "
               "Sven-Åke Borg (author of the medborgarförslag) roles [] and raised. Lagan is a locality in Ljungby.")


# ---------------------------------------------------------------- 5 Arvika MBN (pdftotext export)
def arvika():
    f = "arvika_miljo-och-byggnamnden_2026-02-11_protokoll.txt"

    def head(p):
        p.set_font("S", "", 9)
        p.cell(60, 4.5, "ARVIKA KOMMUN")
        p.cell(70, 4.5, "SAMMANTRÄDESPROTOKOLL")
        p.cell(0, 4.5, f"Sida {p.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(60, 4.5, "Miljö- och byggnämnden")
        p.cell(70, 4.5, "Sammanträdesdatum 2026-02-11", new_x="LMARGIN", new_y="NEXT")
        p.ln(6)

    def foot(p):
        p.set_y(-14)
        p.set_font("S", "", 8)
        p.cell(0, 4, "Justerandes signatur                Utdragsbestyrkande")

    p = Doc(head, foot)
    pg = {}

    def item(num, title, dnr):
        pg[num] = p.page_no()
        p.set_font("S", "B", 11)
        p.cell(25, 6, num)
        p.set_font("S", "", 9)
        p.cell(0, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        p.t(title, 11, "B", align="L")

    p.add_page()
    p.t("Plats och tid: Stadshuset, Arvika, onsdagen den 11 februari 2026 kl. 09.00–12.30")
    p.t("Beslutande: Kjell Dahlberg (S), ordförande\nSara Wennberg (M), vice ordförande\n"
        "Tomas Lindgren (SD)\nIngrid Bäck (V)\nOlle Nord (KD)\n"
        "Fredrik Ahl (S), tjänstgörande ersättare för Maja Borg (S)")
    p.t("Ersättare: Lisa Kron (C)")
    p.t("Övriga: Annika Wall, bygglovschef\nJens Tapper, miljöinspektör\nKarin Sjöholm, sekreterare")
    p.t("Justerare: Sara Wennberg\nJusteringens plats och tid: Stadshuset 2026-02-13\nParagrafer: 12–16")
    p.t("Sekreterare  ...........................  Karin Sjöholm\nOrdförande  ...........................  "
        "Kjell Dahlberg\nJusterare  ...........................  Sara Wennberg")
    p.add_page()
    item("§ 12", "Val av justerare och justeringsdag", "")
    p.t("Sara Wennberg (M) utses att justera protokollet tillsammans med ordföranden. Justering sker "
        "2026-02-13.")
    p.ln(3)
    item("§ 13", "Ansökan om bygglov för nybyggnad av enbostadshus och garage, Glava 3:14",
         "MBN-2025-000412")
    p.t("Bygglovschef Annika Wall föredrar ärendet. Fastigheten ligger utanför detaljplanelagt område och "
        "inom område som omfattas av strandskydd enligt 7 kap. miljö\u00adbalken. Strandskyddsdispens "
        "meddelades 2025-10-02 (MBN-2025-000301).")
    p.t("Yrkanden", 10, "B", after=0.5)
    p.t("Kjell Dahlberg (S) yrkar bifall till förvaltningens förslag.\nTomas Lindgren (SD) yrkar avslag "
        "på ansökan.")
    p.t("Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag.")
    p.t("Beslut", 10, "B", after=0.5)
    p.t("Bygglov beviljas med stöd av 9 kap. 31 § plan- och bygglagen.")
    p.t("Reservation", 10, "B", after=0.5)
    p.t("Tomas Lindgren (SD) reserverar sig mot beslutet.")
    p.ln(3)
    item("§ 14", "Föreläggande om åtgärder för enskilt avlopp på fastigheten Högvalta 1:7",
         "MBN-2025-000388")
    p.t("Miljöinspektör Jens Tapper redogör för inspektionen 2025-09-18. Slamavskiljaren saknar "
        "efterföljande rening och anläggningen uppfyller inte kraven i Havs- och vattenmyndighetens "
        "allmänna råd. Vid inspektionen konstaterades att utloppet mynnar i ett dike som leder vidare "
        "till Glafsfjorden. Anläggningen uppskattas vara byggd under 1970-talet och saknar tillstånd.")
    p.t("Förvaltningens bedömning", 10, "B", after=0.5)
    p.t("Nämnden bedömer att ett föreläggande är nödvändigt och proportionerligt. Fastighetsägaren har "
        "getts tillfälle att yttra sig men har inte hörts av. Utsläpp av otillräckligt renat avloppsvatten "
        "riskerar att medföra olägenhet för människors hälsa och miljön, särskilt som flera fastigheter "
        "i området tar sitt dricksvatten från egna brunnar. Åtgärden bedöms rimlig i förhållande till "
        "nyttan för människors hälsa och miljön. Ett föreläggande utan vite bedöms i detta skede "
        "tillräckligt, eftersom fastighetsägaren tidigare har följt nämndens beslut.")
    if p.page_no() == pg["§ 14"]:
        p.add_page()
    p.set_font("S", "B", 10)
    p.cell(0, 6, "§ 14 forts.", new_x="LMARGIN", new_y="NEXT")
    p.t("Beslut", 10, "B", after=0.5)
    p.t("Miljö- och byggnämnden förelägger ägaren av Högvalta 1:7 att senast 2026-10-31 åtgärda "
        "avloppsanläggningen. Föreläggandet förenas inte med vite.")
    p.ln(3)
    item("§ 15", "Revidering av delegationsordning för miljö- och byggnämnden med anledning av "
         "ändringar i plan- och byggförordningen", "MBN-2026-000021")
    p.t("Beslut", 10, "B", after=0.5)
    p.t("Den reviderade delegationsordningen antas och gäller från 2026-03-01.")
    p.t("Protokollsanteckning", 10, "B", after=0.5)
    p.t("Ingrid Bäck (V) lämnar en protokollsanteckning om att delegationen på bygglov i strandnära lägen "
        "bör följas upp.")
    p.ln(3)
    item("§ 16", "Meddelanden", "MBN-2026-000003")
    p.t("Förteckning över meddelanden för perioden 2026-01-01–2026-01-31.\nBeslut: Meddelandena läggs "
        "till handlingarna.")
    tmp = "/tmp/kommuner64_arvika.pdf"
    p.output(tmp)
    N = p.page_no()
    subprocess.run(["pdftotext", "-layout", tmp, P(f)], check=True)
    items = [{"number": "§12", "title": "Val av justerare och justeringsdag", "diarienummer": [], "page": pg["§ 12"]},
             {"number": "§13", "title": "Ansökan om bygglov för nybyggnad av enbostadshus och garage, Glava 3:14",
              "diarienummer": ["MBN-2025-000412"], "page": pg["§ 13"]},
             {"number": "§14", "title": "Föreläggande om åtgärder för enskilt avlopp på fastigheten Högvalta 1:7",
              "diarienummer": ["MBN-2025-000388"], "page": pg["§ 14"]},
             {"number": "§15", "title": "Revidering av delegationsordning för miljö- och byggnämnden med anledning av ändringar i plan- och byggförordningen",
              "diarienummer": ["MBN-2026-000021"], "page": pg["§ 15"]},
             {"number": "§16", "title": "Meddelanden", "diarienummer": ["MBN-2026-000003"], "page": pg["§ 16"]}]
    persons = [pers("Kjell Dahlberg", "S", ["ordförande", "ledamot"]),
               pers("Sara Wennberg", "M", ["vice ordförande", "ledamot", "justerare"]),
               pers("Tomas Lindgren", "SD", ["ledamot"]), pers("Ingrid Bäck", "V", ["ledamot"]),
               pers("Olle Nord", "KD", ["ledamot"]), pers("Fredrik Ahl", "S", ["tjänstgörande ersättare"]),
               pers("Lisa Kron", "C", ["ersättare"]),
               pers("Annika Wall", None, ["tjänsteperson", "föredragande"], "bygglovschef"),
               pers("Jens Tapper", None, ["tjänsteperson", "föredragande"], "miljöinspektör"),
               pers("Karin Sjöholm", None, ["sekreterare", "tjänsteperson"], "sekreterare")]
    actions = [act("Sara Wennberg", "§12", "justerare"), act("Annika Wall", "§13", "presented"),
               act("Kjell Dahlberg", "§13", "proposed"), act("Tomas Lindgren", "§13", "proposed"),
               act("Tomas Lindgren", "§13", "reserved"), act("Jens Tapper", "§14", "presented"),
               act("Ingrid Bäck", "§15", "protocol_note")]
    gold(f, "Arvika kommun", "Miljö- och byggnämnden", "2026-02-11", "protokoll", N, items, persons, actions,
         kommuner=["Arvika"],
         notes="pdftotext -layout export; pages separated by form feeds; the running header repeats "
               "organ, date and 'Sida n(N)' on every page. §14 continues on the next page ('§ 14 forts.'). "
               "MBN-2025-000301 in §13 is a cited earlier decision (reference, not listed). A soft hyphen "
               "sits in 'miljöbalken'. Fredrik Ahl tjänstgörande ersättare for Maja Borg (S) (not a person). "
               "Glava and Högvalta are places/properties in Arvika, not kommuner.")


# ---------------------------------------------------------------- 6 Hudiksvall gemensam ÖFN
def hudiksvall():
    f = "hudiksvall_gemensamma-overformyndarnamnden_2026-10-08_protokoll.pdf"
    organ = "Gemensamma överförmyndarnämnden för Hudiksvall och Nordanstig"

    def head(p):
        p.set_font("S", "", 8)
        p.cell(120, 4, "HUDIKSVALLS KOMMUN – värdkommun")
        p.cell(0, 4, "Protokoll", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(120, 4, organ)
        p.cell(0, 4, "2026-10-08", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 4, f"Sida {p.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(4)

    p = Doc(head)
    pg = {}

    def item(num, dnr, title):
        pg[num] = p.page_no()
        p.set_font("S", "B", 10)
        p.set_fill_color(225, 225, 225)
        p.cell(40, 7, num, border=1, fill=True)
        p.cell(0, 7, dnr, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
        p.t(title, 11, "B", align="L")

    p.add_page()
    p.t("Plats och tid: Stadshuset, Hudiksvall, och via Teams från Nordanstigs kommunhus i Bergsjö, "
        "kl. 13.15–15.00")
    p.set_font("S", "B", 9)
    for h, w in (("Ledamöter", 70), ("Parti", 20), ("Kommun", 40), ("Uppdrag", 40)):
        p.cell(w, 6, h, border=1)
    p.ln()
    p.set_font("S", "", 9)
    for r in (("Margareta Hed", "S", "Hudiksvall", "ordförande"),
              ("Stefan Rönn", "C", "Nordanstig", "vice ordförande"),
              ("Ola Vik", "M", "Hudiksvall", "ledamot"),
              ("Jessica Tall", "SD", "Nordanstig", "ledamot")):
        for t, w in zip(r, (70, 20, 40, 40)):
            p.cell(w, 6, t, border=1)
        p.ln()
    p.ln(3)
    p.t("Tjänstepersoner: Anneli Björk, enhetschef överförmyndarenheten; Maja Sund, handläggare tillika "
        "sekreterare")
    p.t("Justerare: Stefan Rönn (C)      Paragrafer: 41–44")
    p.ln(2)
    item("§ 41", "", "Val av justerare")
    p.t("Stefan Rönn (C) väljs att justera protokollet tillsammans med ordföranden.")
    item("§ 42", "Dnr ÖFN 2026/5", "Verksamhetsinformation")
    p.t("Enhetschef Anneli Björk informerar om antalet pågående ställföreträdarskap i de båda kommunerna "
        "(Hudiksvall 612, Nordanstig 171) och om rekryteringen av nya gode män.")
    p.add_page()
    item("§ 43", "Dnr ÖFN 2026/58", "Budget 2027 för den gemensamma överförmyndarnämnden och "
         "kostnadsfördelning mellan kommunerna")
    p.t("Enligt samverkansavtalet fördelas kostnaderna efter antalet ärenden per kommun. Förvaltningen "
        "föreslår en budgetram om 8,4 miljoner kronor.")
    p.t("Yrkanden", 10, "B", after=0.5)
    p.t("Margareta Hed (S) yrkar bifall till förvaltningens förslag.\nOla Vik (M) yrkar att "
        "kostnadsfördelningen i stället ska göras efter invånarantal.\nJessica Tall (SD) instämmer i "
        "Ola Viks yrkande.")
    p.t("Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förvaltningens förslag.")
    p.t("Beslut", 10, "B", after=0.5)
    p.t("Nämnden fastställer budget 2027 och överlämnar den till kommunstyrelserna i Hudiksvall och "
        "Nordanstig.")
    p.t("Reservation", 10, "B", after=0.5)
    p.t("Ola Vik (M) och Jessica Tall (SD) reserverar sig mot beslutet till förmån för Ola Viks yrkande.")
    item("§ 44", "Dnr ÖFN 2026/2", "Redovisning av delegationsbeslut")
    p.t("Redovisning av delegationsbeslut för september 2026 enligt bilaga. Nämnden lägger redovisningen "
        "till handlingarna.")
    p.ln(6)
    p.t("Vid protokollet: Maja Sund\nOrdförande: Margareta Hed\nJusterare: Stefan Rönn")
    p.output(P(f))
    N = p.page_no()
    items = [{"number": "§41", "title": "Val av justerare", "diarienummer": [], "page": pg["§ 41"]},
             {"number": "§42", "title": "Verksamhetsinformation", "diarienummer": ["ÖFN 2026/5"], "page": pg["§ 42"]},
             {"number": "§43", "title": "Budget 2027 för den gemensamma överförmyndarnämnden och kostnadsfördelning mellan kommunerna",
              "diarienummer": ["ÖFN 2026/58"], "page": pg["§ 43"]},
             {"number": "§44", "title": "Redovisning av delegationsbeslut", "diarienummer": ["ÖFN 2026/2"], "page": pg["§ 44"]}]
    persons = [pers("Margareta Hed", "S", ["ordförande", "ledamot"]),
               pers("Stefan Rönn", "C", ["vice ordförande", "ledamot", "justerare"]),
               pers("Ola Vik", "M", ["ledamot"]), pers("Jessica Tall", "SD", ["ledamot"]),
               pers("Anneli Björk", None, ["tjänsteperson", "föredragande"], "enhetschef överförmyndarenheten"),
               pers("Maja Sund", None, ["sekreterare", "tjänsteperson"], "handläggare")]
    actions = [act("Stefan Rönn", "§41", "justerare"), act("Anneli Björk", "§42", "presented"),
               act("Margareta Hed", "§43", "proposed"), act("Ola Vik", "§43", "proposed"),
               act("Jessica Tall", "§43", "proposed"), act("Ola Vik", "§43", "reserved"),
               act("Jessica Tall", "§43", "reserved")]
    gold(f, "Hudiksvalls kommun", organ, "2026-10-08", "protokoll", N, items, persons, actions,
         kommuner=["Hudiksvall", "Nordanstig"],
         notes="Gemensam nämnd of Hudiksvall and Nordanstig; Hudiksvall is värdkommun, so organization = "
               "Hudiksvalls kommun. § number and Dnr in a shaded table row, title on the line below. "
               "Bergsjö is a locality in Nordanstig. Maja Sund's title printed as 'handläggare tillika sekreterare'.")


# ---------------------------------------------------------------- 7 Lidköping KS personalutskott
def lidkoping():
    f = "lidkoping_kommunstyrelsens-personalutskott_2026-06-03_protokoll.pdf"

    def head(p):
        p.set_font("S", "B", 10)
        p.cell(100, 5, "Lidköpings kommun")
        p.set_font("S", "", 8)
        p.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(100, 4, "Kommunstyrelsens personalutskott")
        p.cell(0, 4, "Sammanträdesdatum: 2026-06-03", align="R", new_x="LMARGIN", new_y="NEXT")
        p.line(20, p.get_y() + 1, 190, p.get_y() + 1)
        p.ln(6)

    def foot(p):
        p.set_y(-15)
        p.set_font("S", "", 7)
        p.cell(60, 4, "Ordförandes sign", border="T")
        p.cell(60, 4, "Justerandes sign", border="T")
        p.cell(0, 4, f"{p.page_no()} (av {{nb}})", align="R")

    p = Doc(head, foot)
    pg = {}

    def item(num, title, dnr):
        p.add_page()
        pg[num] = p.page_no()
        p.set_font("S", "B", 12)
        p.cell(0, 7, num, new_x="LMARGIN", new_y="NEXT")
        p.set_font("S", "", 8)
        p.cell(0, 5, dnr, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
        p.t(title, 12, "B", after=3, align="L")

    p.add_page()
    p.t("Plats och tid: Stadshuset, sammanträdesrum Kinnekulle, onsdagen den 3 juni 2026 kl. 08.15–10.00")
    p.t("Beslutande ledamöter: Jonas Holmqvist (M), ordförande; Marie Ljung (S); Lena Brattström (M); "
        "Annelie Strid (C); Kent Vidlund (L)")
    p.t("Övriga närvarande: Daniel Frisk, kommundirektör; Camilla Öhrn, HR-chef; Tove Lundh, "
        "kommunsekreterare")
    p.t("Justerare: Marie Ljung (S)\nJusteringens plats och tid: Stadshuset 2026-06-08 kl. 09.00")
    p.t("Underskrifter\nSekreterare ...................... Tove Lundh      Paragrafer 31–34\n"
        "Ordförande ...................... Jonas Holmqvist\nJusterare ...................... Marie Ljung")
    p.ln(4)
    p.t("ANSLAG/BEVIS\nProtokollet är justerat. Justeringen har tillkännagetts genom anslag.\n"
        "Datum då anslaget sätts upp 2026-06-09   Datum då anslaget tas ned 2026-07-01", 8)
    item("§ 31", "Information från HR-avdelningen", "Dnr KS/2026:12")
    p.t("HR-chef Camilla Öhrn informerar om sjukfrånvaron under första tertialen och om arbetet med "
        "heltid som norm.")
    p.t("Beslut\nPersonalutskottet tackar för informationen.")
    item("§ 32", "Lönekartläggning 2026", "Dnr KS/2026:145")
    p.t("Kommundirektör Daniel Frisk redogör för resultatet av lönekartläggningen. Inga osakliga "
        "löneskillnader har upptäckts mellan likvärdiga arbeten.")
    p.t("Beslut\nPersonalutskottet godkänner lönekartläggningen och överlämnar den till kommunstyrelsen.")
    item("§ 33", "Riktlinje för distansarbete i Lidköpings kommun", "Dnr KS/2026:160")
    p.t("Förslaget innebär att distansarbete kan beviljas högst en dag per vecka efter överenskommelse "
        "med chef.")
    p.t("Yrkanden\nAnnelie Strid (C) yrkar att riktlinjen ska medge distansarbete två dagar per vecka.\n"
        "Kent Vidlund (L) instämmer i Annelie Strids yrkande.\nMarie Ljung (S) yrkar bifall till "
        "förvaltningens förslag.")
    p.t("Propositionsordning\nOrdföranden ställer proposition på Marie Ljungs yrkande mot Annelie Strids "
        "yrkande och finner att personalutskottet bifaller Marie Ljungs yrkande.")
    p.t("Beslut\nPersonalutskottet föreslår kommunstyrelsen att anta riktlinjen.")
    p.t("Reservation\nLedamöterna för Centerpartiet och Liberalerna reserverar sig mot beslutet.")
    p.t("Protokollsanteckning\nLena Brattström (M) anmäler protokollsanteckning: riktlinjen bör "
        "utvärderas efter ett år.")
    item("§ 34", "Förhandlingsprotokoll för kännedom", "Dnr KS/2026:5")
    p.t("Förhandlingsprotokoll enligt 11 och 19 §§ MBL för perioden april–maj 2026 redovisas.")
    p.t("Beslut\nPersonalutskottet lägger förhandlingsprotokollen till handlingarna.")
    p.output(P(f))
    N = p.page_no()
    items = [{"number": "§31", "title": "Information från HR-avdelningen", "diarienummer": ["KS/2026:12"], "page": pg["§ 31"]},
             {"number": "§32", "title": "Lönekartläggning 2026", "diarienummer": ["KS/2026:145"], "page": pg["§ 32"]},
             {"number": "§33", "title": "Riktlinje för distansarbete i Lidköpings kommun", "diarienummer": ["KS/2026:160"], "page": pg["§ 33"]},
             {"number": "§34", "title": "Förhandlingsprotokoll för kännedom", "diarienummer": ["KS/2026:5"], "page": pg["§ 34"]}]
    persons = [pers("Jonas Holmqvist", "M", ["ordförande", "ledamot"]),
               pers("Marie Ljung", "S", ["ledamot", "justerare"]),
               pers("Lena Brattström", "M", ["ledamot"]), pers("Annelie Strid", "C", ["ledamot"]),
               pers("Kent Vidlund", "L", ["ledamot"]),
               pers("Daniel Frisk", None, ["tjänsteperson", "föredragande"], "kommundirektör"),
               pers("Camilla Öhrn", None, ["tjänsteperson", "föredragande"], "HR-chef"),
               pers("Tove Lundh", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare")]
    actions = [act("Marie Ljung", None, "justerare"), act("Camilla Öhrn", "§31", "presented"),
               act("Daniel Frisk", "§32", "presented"),
               act("Annelie Strid", "§33", "proposed"), act("Kent Vidlund", "§33", "proposed"),
               act("Marie Ljung", "§33", "proposed"),
               act(None, "§33", "reserved", "C"), act(None, "§33", "reserved", "L"),
               act("Lena Brattström", "§33", "protocol_note")]
    gold(f, "Lidköpings kommun", "Kommunstyrelsens personalutskott", "2026-06-03", "protokoll", N, items,
         persons, actions, kommuner=["Lidköping"],
         notes="Netpublicator-like: each § on its own page, § number, then 'Dnr KS/2026:NN', then title. "
               "Justerare from the head block (no Val av justerare §), item null. 'Ledamöterna för "
               "Centerpartiet och Liberalerna reserverar sig' recorded as party actions C and L (the "
               "individuals are Annelie Strid and Kent Vidlund, not named in the reservation).")


# ---------------------------------------------------------------- 8 Östhammar KF (HTML)
def osthammar():
    f = "osthammar_kommunfullmaktige_2026-11-17_protokoll.html"
    rows = [("Ewa Stål", "S", "ordförande"), ("Niklas Fors", "M", "1:e vice ordförande"),
            ("Ahmed Nasser", "S", ""), ("Ylva Ek", "S", "tjänstgörande ersättare för Jan Hed (S)"),
            ("Hanna Lund", "C", ""), ("Göran Spång", "SD", ""), ("Lotta Frid", "ÖP", ""),
            ("Mona Tapio", "V", ""), ("Kalle Brink", "KD", "")]
    tr = "\n".join(f"<tr><td>{n}</td><td>{pa}</td><td>{r}</td></tr>" for n, pa, r in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Protokoll Kommunfullmäktige 2026-11-17 – Östhammars kommun</title></head>
<body>
<nav><a href="/">Start</a> › <a href="/politik">Kommun och politik</a> › <a href="/politik/protokoll">Protokoll</a></nav>
<main>
<h1>Kommunfullmäktige – protokoll 17 november 2026</h1>
<p class="meta">Östhammars kommun · Kommunfullmäktige · Sammanträdesdatum 2026-11-17 · Plats: Storbrunn, Östhammar</p>
<h2>Närvarande</h2>
<table><thead><tr><th>Namn</th><th>Parti</th><th>Anmärkning</th></tr></thead>
<tbody>
{tr}
</tbody></table>
<p>ÖP = Östhammarspartiet</p>
<p><strong>Övriga:</strong> Tomas Högberg, kommundirektör; Linda Råberg, kommunsekreterare</p>

<article id="p101"><h3>§ 101 Val av justerare</h3>
<p>Hanna Lund (C) och Göran Spång (SD) väljs att jämte ordföranden justera protokollet.</p></article>

<article id="p102"><h3>§ 102 Interpellation från Lotta Frid (ÖP) till kommunstyrelsens ordförande om kollektivtrafiken i Gimo</h3>
<p class="dnr">KS26/188</p>
<p>Interpellationen gäller de indragna turerna på linje 811 som Region Uppsala beslutat om. Kommunstyrelsens ordförande Ahmed Nasser (S) besvarar interpellationen. I debatten deltar Lotta Frid (ÖP) och Kalle Brink (KD).</p>
<p><strong>Beslut:</strong> Interpellationen är besvarad.</p></article>

<article id="p103"><h3>§ 103 Fråga om snöröjning av gång- och cykelvägar i Öregrund</h3>
<p class="dnr">KS26/201</p>
<p>Frågan ställs av Göran Spång (SD). Ahmed Nasser (S) svarar på frågan.</p>
<p><strong>Beslut:</strong> Frågan är besvarad.</p></article>

<article id="p104"><h3>§ 104 Medborgarförslag om hundrastgård i Öregrund</h3>
<p class="dnr">KS26/145</p>
<p>Förslagsställare: Ingela Marklund. Kommunstyrelsen föreslår att medborgarförslaget bifalls.</p>
<p><strong>Beslut:</strong> Medborgarförslaget bifalls.</p></article>

<article id="p105"><h3>§ 105 Motion från Mona Tapio (V) och Kalle Brink (KD) om avgiftsfria&shy; sommar&shy;aktiviteter för barn</h3>
<p class="dnr">KS26/098</p>
<p><strong>Yrkanden:</strong> Mona Tapio (V) yrkar bifall till motionen. Kalle Brink (KD) instämmer i Mona Tapios yrkande. Niklas Fors (M) yrkar bifall till kommunstyrelsens förslag att avslå motionen.</p>
<p>Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller kommunstyrelsens förslag. Votering begärs. Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller motionen röstar nej.</p>
<p><strong>Omröstningsresultat:</strong> Ja 6, Nej 2, Avstår 1.</p>
<p><strong>Beslut:</strong> Motionen avslås.</p>
<p><strong>Reservation:</strong> Mona Tapio (V) och Kalle Brink (KD) reserverar sig till förmån för bifall till motionen.</p></article>

<article id="p106"><h3>§ 106 Anmälan av nya motioner och medborgarförslag</h3>
<ul>
<li>Motion från Hanna Lund (C) om solceller på kommunens fastigheter, KS26/230</li>
<li>Medborgarförslag från Per Nyman om belysning vid Norrskedika skola, KS26/231</li>
</ul>
<p><strong>Beslut:</strong> Motionen och medborgarförslaget överlämnas till kommunstyrelsen.</p></article>

<p class="sign">Justerat 2026-11-20 av Hanna Lund och Göran Spång. Ordförande Ewa Stål. Sekreterare Linda Råberg.</p>
</main>
<footer>Östhammars kommun · Box 66 · 742 21 Östhammar</footer>
</body></html>
"""
    open(P(f), "w", encoding="utf-8").write(html)
    items = [{"number": "§101", "title": "Val av justerare", "diarienummer": [], "page": 1},
             {"number": "§102", "title": "Interpellation från Lotta Frid (ÖP) till kommunstyrelsens ordförande om kollektivtrafiken i Gimo",
              "diarienummer": ["KS26/188"], "page": 1},
             {"number": "§103", "title": "Fråga om snöröjning av gång- och cykelvägar i Öregrund", "diarienummer": ["KS26/201"], "page": 1},
             {"number": "§104", "title": "Medborgarförslag om hundrastgård i Öregrund", "diarienummer": ["KS26/145"], "page": 1},
             {"number": "§105", "title": "Motion från Mona Tapio (V) och Kalle Brink (KD) om avgiftsfria sommaraktiviteter för barn",
              "diarienummer": ["KS26/098"], "page": 1,
              "votes_summary": [{"round": 1, "ja": 6, "nej": 2, "avstår": 1}]},
             {"number": "§106", "title": "Anmälan av nya motioner och medborgarförslag", "diarienummer": ["KS26/230", "KS26/231"], "page": 1}]
    persons = [pers("Ewa Stål", "S", ["ordförande", "ledamot"]),
               pers("Niklas Fors", "M", ["vice ordförande", "ledamot"]),
               pers("Ahmed Nasser", "S", ["ledamot"]), pers("Ylva Ek", "S", ["tjänstgörande ersättare"]),
               pers("Hanna Lund", "C", ["ledamot", "justerare"]),
               pers("Göran Spång", "SD", ["ledamot", "justerare"]),
               pers("Lotta Frid", "ÖP", ["ledamot"]), pers("Mona Tapio", "V", ["ledamot"]),
               pers("Kalle Brink", "KD", ["ledamot"]),
               pers("Tomas Högberg", None, ["tjänsteperson", "närvarande"], "kommundirektör"),
               pers("Linda Råberg", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
               pers("Ingela Marklund", None, []), pers("Per Nyman", None, [])]
    actions = [act("Hanna Lund", "§101", "justerare"), act("Göran Spång", "§101", "justerare"),
               act("Lotta Frid", "§102", "raised"), act("Ahmed Nasser", "§102", "presented"),
               act("Göran Spång", "§103", "raised"), act("Ahmed Nasser", "§103", "presented"),
               act("Ingela Marklund", "§104", "raised"),
               act("Mona Tapio", "§105", "raised"), act("Kalle Brink", "§105", "raised"),
               act("Mona Tapio", "§105", "proposed"), act("Kalle Brink", "§105", "proposed"),
               act("Niklas Fors", "§105", "proposed"),
               act("Mona Tapio", "§105", "reserved"), act("Kalle Brink", "§105", "reserved"),
               act("Hanna Lund", "§106", "raised"), act("Per Nyman", "§106", "raised")]
    gold(f, "Östhammars kommun", "Kommunfullmäktige", "2026-11-17", "protokoll", 1, items, persons, actions,
         kommuner=["Östhammar"], regions=["Region Uppsala"],
         notes="HTML portal page: page 1 for all items. ÖP = Östhammarspartiet (local party). Ylva Ek "
               "tjänstgörande ersättare for Jan Hed (S) (not a person). §105 title contains soft hyphens "
               "(&shy;) inside 'avgiftsfria sommaraktiviteter'; title written without them. §105 vote given only "
               "as a count (no per-person votes): votes_summary only. 'Ahmed Nasser svarar på frågan' (§103) = "
               "presented. Debate participation in §102 (Frid, Brink) is not an action kind. Medborgarförslag "
               "authors Ingela Marklund and Per Nyman listed with roles [] and raised. Gimo, Öregrund, "
               "Norrskedika are localities in Östhammar.")


for fn in (harnosand, flen, vetlanda, ljungby, arvika, hudiksvall, lidkoping, osthammar):
    fn()
with open(P("gold.json"), "w", encoding="utf-8") as fh:
    json.dump({"format": "arkiv-gold/1", "documents": GOLD}, fh, ensure_ascii=False, indent=1)
print("ok", len(GOLD))
