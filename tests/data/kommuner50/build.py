"""Generator for gold set kommuner50 (blind dev set, decision part of a §). Run: python build.py"""
# Shared helpers for build.py (gold set kommuner50). All names are invented.
import random
from fpdf import FPDF

DV = "/usr/share/fonts/truetype/dejavu/"

FIRST = """Anna Erik Maria Lars Karin Per Eva Johan Lena Mikael Sara Anders Helena Magnus Ida Fredrik Sofia Jonas
Malin Henrik Emma Daniel Linnea Patrik Elin Tobias Hanna Mattias Josefin Niklas Therese Stefan Frida Oskar Jenny
Gustav Camilla Viktor Agneta Rasmus Ulrika Kristoffer Marie Joakim Annika Sebastian Åsa Pontus Ylva Björn Gunilla
Tommy Birgitta Ronny Lisa Jesper Maja Kent Elsa Roger Ebba Göran Tove Leif Signe Håkan Astrid Ola Klara Ingvar
Jessica Andreas Pia Mats Cecilia Petter Hedvig Arvid Louise Torbjörn Moa Åke Nora Dag Vera Stig Alva Rune Irma
Yusuf Amira Dragan Leila Ahmed Fatima Tarik Nadia Milan Zeynep Karl-Erik Eva-Lotta Ann-Sofie Per-Olof Lars-Göran
Anna-Karin Jan-Åke Mari-Louise Hans-Olov Britt-Marie""".split()
LAST = """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson
Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson
Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg
Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson
Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström
Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg Blom Ek Strand Ekberg Sundqvist
Hedberg Nordqvist Åkesson Lindholm Sundström Hallberg Kaya Hadžić Yilmaz Rahimi Haddad Karimi Novak Aalto
Niemi Rantakangas Labba Kuhmunen Sparrok Tuorda Blind Grahn Rydén Thörn Wester Almqvist Edlund Stenmark
Tapper Kihlberg Rosén Brodin Ljung Fagerlund Hammar Ståhl Vikström Borg Lilja Kvist Roos Sjödin Skoog""".split()

_rng = random.Random(5011)
_used = set()


def newname():
    while True:
        n = _rng.choice(FIRST) + " " + _rng.choice(LAST)
        if n not in _used:
            _used.add(n)
            return n


def P(party, name=None):
    return {"name": name or newname(), "party": party}


def f(p):
    """Name (P) form."""
    return f"{p['name']} ({p['party']})" if p.get("party") else p["name"]


def first(p):
    return p["name"].split()[0]


def gen(p):
    """Genitive of a person's full name (Swedish)."""
    n = p["name"]
    return n if n[-1] in "sxz" else n + "s"


class Gold:
    def __init__(self, file, organization, organ, date, doc_type, notes=""):
        self.d = {"file": file, "organization": organization, "organ": organ, "date": date,
                  "doc_type": doc_type, "pages": None, "items": [], "persons": [], "actions": [],
                  "votes": [], "diarienummer": [], "kommuner": [], "notes": notes}
        self._p = {}

    def person(self, p, roles, title=None, party="__"):
        name = p["name"]
        if name in self._p:
            e = self._p[name]
            for r in roles:
                if r not in e["roles"]:
                    e["roles"].append(r)
            if title and not e.get("title"):
                e["title"] = title
            return
        e = {"name": name, "party": (p.get("party") if party == "__" else party), "roles": list(roles)}
        if title:
            e["title"] = title
        self._p[name] = e
        self.d["persons"].append(e)

    def item(self, number, title, dnr, page, summary=None):
        it = {"number": number, "title": title, "diarienummer": list(dnr), "page": page}
        if summary:
            it["votes_summary"] = summary
        self.d["items"].append(it)
        for x in dnr:
            if x not in self.d["diarienummer"]:
                self.d["diarienummer"].append(x)

    def act(self, p, item, kind):
        assert kind in ("raised", "proposed", "reserved", "protocol_note", "presented", "justerare")
        assert p["name"] in self._p, p
        self.d["actions"].append({"person": p["name"], "item": item, "kind": kind})

    def party_act(self, party, item, kind):
        self.d["actions"].append({"person": None, "party": party, "item": item, "kind": kind})

    def vote(self, item, rnd, p, v):
        assert v in ("ja", "nej", "avstår")
        assert p["name"] in self._p, p
        self.d["votes"].append({"item": item, "round": rnd, "person": p["name"], "vote": v})


class PDF(FPDF):
    def __init__(self, hdr=None, ftr=None, **kw):
        super().__init__(format="A4", unit="mm", **kw)
        self.add_font("dv", "", DV + "DejaVuSans.ttf")
        self.add_font("dv", "B", DV + "DejaVuSans-Bold.ttf")
        self.add_font("dv", "I", DV + "DejaVuSans-Oblique.ttf")
        self.add_font("se", "", DV + "DejaVuSerif.ttf")
        self.add_font("se", "B", DV + "DejaVuSerif-Bold.ttf")
        self.add_font("se", "I", DV + "DejaVuSerif-Italic.ttf")
        self.set_auto_page_break(False)
        self._hdr, self._ftr = hdr, ftr
        self.alias_nb_pages()

    def header(self):
        if self._hdr:
            self._hdr(self)

    def footer(self):
        if self._ftr:
            self._ftr(self)


class Flow:
    """Manual text flow over 1..n columns, so that we know the page of every heading."""

    def __init__(self, pdf, left=20, right=190, top=35, bottom=272, ncols=1, gutter=8, font="dv"):
        self.pdf, self.left, self.right, self.top, self.bottom = pdf, left, right, top, bottom
        self.ncols, self.gutter, self.font = ncols, gutter, font
        self.col = 0
        self.colw = (right - left - gutter * (ncols - 1)) / ncols
        pdf.add_page()
        self.y = top

    @property
    def x(self):
        return self.left + self.col * (self.colw + self.gutter)

    def next_col(self):
        self.col += 1
        self.y = self.top
        if self.col >= self.ncols:
            self.new_page()

    def new_page(self):
        self.pdf.add_page()
        self.col = 0
        self.y = self.top

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.next_col()

    def page(self):
        return self.pdf.page_no()

    def space(self, h=3):
        self.y += h

    def text(self, s, size=10, style="", h=None, indent=0, font=None, keep=0, w=None, align="L"):
        pdf = self.pdf
        h = h or size * 0.5
        pdf.set_font(font or self.font, style, size)
        w = (w or self.colw) - indent
        for para in s.split("\n"):
            lines = pdf.multi_cell(w, h, para, dry_run=True, output="LINES") if para else [""]
            if keep:
                self.ensure(h * min(len(lines), keep))
            for ln in lines:
                self.ensure(h)
                pdf.set_xy(self.x + indent, self.y)
                pdf.cell(w, h, ln, align=align)
                self.y += h
        return self

    def row(self, cells, h=5.5, size=9, border=0, fill=False):
        """cells: list of (width, text, style, align)."""
        pdf = self.pdf
        self.ensure(h)
        x = self.x
        for w, t, st, al in cells:
            pdf.set_font(self.font, st, size)
            pdf.set_xy(x, self.y)
            pdf.cell(w, h, t, border=border, align=al, fill=fill)
            x += w
        self.y += h
# Doc 1: Upplands Väsby kommun, Kommunfullmäktige 2026-03-16, Ciceron-like PDF with X-table votering.


def build_uv(out):
    FILE = "upplandsvasby_kommunfullmaktige_2026-03-16_protokoll.pdf"
    seats = {"M": 12, "S": 13, "SD": 7, "L": 5, "C": 4, "KD": 3, "V": 4, "MP": 3}
    absent = {"M": 2, "S": 4, "SD": 2, "L": 1, "C": 1, "KD": 0, "V": 3, "MP": 1}
    replaced = {"M": 1, "S": 1, "SD": 1, "V": 1}
    order = ["M", "S", "SD", "L", "C", "KD", "V", "MP"]
    # seat rows: (member, ersättare or None, present_member?)
    rows = []
    mem = {k: [] for k in order}  # present ordinary members per party
    ers = {}
    for pa in order:
        n = seats[pa]
        for i in range(n):
            m = P(pa)
            is_abs = i >= n - absent[pa]
            if not is_abs:
                rows.append([m, None])
                mem[pa].append(m)
            else:
                idx_abs = i - (n - absent[pa])
                if idx_abs < replaced.get(pa, 0):
                    e = P(pa)
                    ers[pa] = e
                    rows.append([m, e])
                else:
                    rows.append([m, "EMPTY"])
    M, S, SD, L, C, KD, V, MP = (mem[k] for k in order)
    ordf, vice1, vice2 = M[0], S[0], SD[0]
    kso = M[2]
    nontjg = [P("S"), P("M"), P("C")]
    sekr = P(None, "Maria Lindholm-Ek")
    kdir = P(None, "Johan Ekberg")
    # votes for §24
    voteof = {}
    for r in rows:
        m, e = r
        if e == "EMPTY":
            continue
        v = e or m
        pa = v["party"]
        voteof[v["name"]] = {"M": "ja", "L": "ja", "C": "ja", "KD": "ja", "S": "nej", "V": "nej", "MP": "nej"}.get(pa)
    sd_voters = SD + [ers["SD"]]
    for i, p in enumerate(sd_voters):
        voteof[p["name"]] = "avstår" if p in (SD[3], SD[4]) else "ja"
    cnt = {k: list(voteof.values()).count(k) for k in ("ja", "nej", "avstår")}
    assert cnt == {"ja": 25, "nej": 14, "avstår": 2}, cnt

    def hdr(pdf):
        pdf.set_font("dv", "B", 11)
        pdf.set_xy(20, 10)
        pdf.cell(90, 5, "UPPLANDS VÄSBY KOMMUN")
        pdf.set_font("dv", "", 9)
        pdf.set_xy(20, 15)
        pdf.cell(90, 5, "Kommunfullmäktige")
        pdf.set_font("dv", "B", 10)
        pdf.set_xy(120, 10)
        pdf.cell(70, 5, "SAMMANTRÄDESPROTOKOLL", align="R")
        pdf.set_font("dv", "", 9)
        pdf.set_xy(120, 15)
        pdf.cell(70, 5, "Sammanträdesdatum 2026-03-16", align="R")
        pdf.set_xy(120, 20)
        pdf.cell(70, 5, f"Sida {pdf.page_no()} ({{nb}})", align="R")
        pdf.line(20, 27, 190, 27)

    def ftr(pdf):
        pdf.line(20, 280, 190, 280)
        pdf.set_font("dv", "", 7)
        pdf.set_xy(20, 281)
        pdf.cell(60, 4, "Justerandes sign")
        pdf.set_xy(80, 281)
        pdf.cell(60, 4, "")
        pdf.set_xy(140, 281)
        pdf.cell(50, 4, "Utdragsbestyrkande", align="R")

    pdf = PDF(hdr, ftr)
    fl = Flow(pdf, top=32, bottom=276)
    pages = {}
    g = Gold(FILE, "Upplands Väsby kommun", "Kommunfullmäktige", "2026-03-16", "protokoll")

    # ---- page 1: front page
    fl.text("Kommunfullmäktige", 16, "B", h=9)
    fl.space(4)
    def kv(k, v):
        y0 = fl.y
        fl.text(k, 9, "B", w=45)
        y1 = fl.y
        fl.y = y0
        fl.left += 45
        fl.colw -= 45
        fl.text(v, 10)
        fl.left -= 45
        fl.colw += 45
        fl.y = max(fl.y, y1) + 2
    kv("Plats och tid", "Fullmäktigesalen, Väsby Entré, Dragonvägen 86, måndag 16 mars 2026 kl. 18.00–21.40")
    kv("Beslutande", "Se närvarolista, sida 2")
    kv("Övriga närvarande", f"{sekr['name']}, kommunsekreterare\n{kdir['name']}, kommundirektör\nEj tjänstgörande ersättare, se sida 2")
    kv("Utses att justera", f"{f(S[1])} och {f(M[1])}")
    kv("Justeringens plats och tid", "Kommunledningskontoret, torsdag 19 mars 2026 kl. 15.00")
    kv("Paragrafer", "§§ 18–25")
    fl.space(6)
    kv("Underskrifter", "Sekreterare\n\n………………………………………………\n" + sekr["name"])
    kv("", "Ordförande\n\n………………………………………………\n" + ordf["name"])
    kv("", "Justerande\n\n………………………………………………            ………………………………………………\n"
       + S[1]["name"] + "                                            " + M[1]["name"])
    fl.space(6)
    fl.text("ANSLAG/BEVIS", 9, "B")
    fl.text("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.\n"
            "Organ: Kommunfullmäktige   Sammanträdesdatum: 2026-03-16\n"
            "Datum då anslaget sätts upp: 2026-03-20   Datum då anslaget tas ned: 2026-04-11\n"
            "Förvaringsplats för protokollet: Kommunledningskontoret", 8)

    # ---- page 2: närvarolista
    fl.new_page()
    fl.text("Närvarolista", 13, "B", h=7)
    fl.space(2)
    fl.row([(70, "Ledamöter", "B", "L"), (20, "Parti", "B", "L"), (80, "Anmärkning", "B", "L")], size=9)
    for m, e in rows:
        if e == "EMPTY":
            continue
        if e is None:
            note = ""
            if m is ordf:
                note = "ordförande"
            elif m is vice1:
                note = "1:e vice ordförande"
            elif m is vice2:
                note = "2:e vice ordförande"
            fl.row([(70, m["name"], "", "L"), (20, m["party"], "", "L"), (80, note, "", "L")], h=4.6, size=8.5)
    fl.space(3)
    fl.text("Tjänstgörande ersättare", 10, "B")
    for m, e in rows:
        if isinstance(e, dict):
            fl.text(f"{f(e)}, tjänstgör för {m['name']}", 8.5, h=4.6)
    fl.space(3)
    fl.text("Ej tjänstgörande ersättare", 10, "B")
    fl.text(", ".join(f(x) for x in nontjg), 8.5, h=4.6)

    # ---- paragraphs
    fl.new_page()

    def par(num, title, dnr):
        fl.ensure(30)
        fl.space(4)
        y0 = fl.y
        fl.text(f"§ {num}", 11, "B", w=30)
        if dnr:
            fl.y = y0
            fl.text(dnr, 9, "", align="R")
        fl.text(title, 11, "B", h=5.5)
        fl.space(2)
        pages[num] = fl.page()

    def sub(s):
        fl.space(2)
        fl.text(s, 10, "B", keep=2)

    def t(s):
        fl.text(s, 10)
        fl.space(1.5)

    par(18, "Upprop och val av justerare", "")
    t(f"Upprop förrättas och närvarolistan fastställs enligt sida 2.")
    sub("Beslut")
    t(f"Kommunfullmäktige beslutar\n\natt utse {f(S[1])} och {f(M[1])} att jämte ordföranden justera dagens protokoll, samt\n\n"
      "att justeringen äger rum torsdagen den 19 mars 2026 kl. 15.00 på kommunledningskontoret.")

    par(19, "Godkännande av dagordning", "")
    t("Ordföranden meddelar att ärendet Val av ombud till Käppalaförbundets förbundsstämma utgår från dagordningen.")
    sub("Beslut")
    t("Kommunfullmäktige godkänner dagordningen med ordförandens ändring.")

    mot_v, ip_s = V[0], S[3]
    par(20, "Anmälan av nya motioner, interpellationer och frågor", "")
    t("Följande har inkommit sedan föregående sammanträde och anmäls:")
    t(f"1. Motion från {f(mot_v)} om avgiftsfria sommarlovsaktiviteter för barn och unga, Dnr KS 2026/88")
    t(f"2. Interpellation från {f(ip_s)} till kommunstyrelsens ordförande om underhållet av Bollstanäs simhall, Dnr KS 2026/91")
    sub("Beslut")
    t("Kommunfullmäktige beslutar\n\natt motionen remitteras till kommunstyrelsen för beredning, samt\n\natt interpellationen får ställas och besvaras vid nästa sammanträde.")

    ip2 = S[4]
    par(21, "Svar på interpellation från " + f(ip2) + " om skolskjutsar i Runby", "Dnr KS 2026/34")
    t(f"{f(ip2)} har i en interpellation ställd till kommunstyrelsens ordförande {f(kso)} frågat om kommunen avser att "
      "se över reglerna för skolskjuts för elever i Runby efter att busslinje 527 har lagts ned.")
    t(f"Kommunstyrelsens ordförande {f(kso)} besvarar interpellationen. I debatten deltar {f(ip2)} och {f(kso)}.")
    sub("Beslut")
    t("Kommunfullmäktige beslutar\n\natt interpellationen är besvarad.")

    y22a, y22b, y22c, y22s = M[3], L[0], KD[0], S[5]
    par(22, "Revidering av föreskrifter om avfallshantering för Upplands Väsby kommun", "Dnr KS 2025/377")
    sub("Sammanfattning")
    t("Föreskrifterna om avfallshantering har setts över med anledning av nya nationella krav på separat insamling av "
      "matavfall och förpackningar. Revideringen har varit utställd för samråd under hösten 2025. Kommunstyrelsen "
      "föreslår att fullmäktige antar de reviderade föreskrifterna att gälla från den 1 juni 2026.")
    sub("Yrkanden")
    t(f"{f(y22a)}, {f(y22b)} och {f(y22c)} yrkar bifall till kommunstyrelsens förslag.")
    t(f"{f(y22s)} yrkar att ärendet ska återremitteras till kommunstyrelsen för att komplettera konsekvensanalysen för "
      "flerbostadshus med äldre avfallsutrymmen.")
    sub("Propositionsordning")
    t("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att "
      "kommunfullmäktige beslutar att avgöra ärendet i dag. Därefter ställer ordföranden proposition på "
      "kommunstyrelsens förslag och finner att kommunfullmäktige bifaller detta.")
    sub("Beslut")
    t("Kommunfullmäktige beslutar\n\natt anta reviderade föreskrifter om avfallshantering enligt bilaga, att gälla från och med den 1 juni 2026.")
    sub("Reservation")
    t("Socialdemokraternas ledamöter reserverar sig mot beslutet.")

    mp1 = MP[0]
    c1 = C[0]
    par(23, "Svar på motion från " + f(mp1) + " om fler laddstolpar vid kommunala arbetsplatser", "Dnr KS 2025/120")
    sub("Sammanfattning")
    t(f"{f(mp1)} föreslår i en motion att kommunen ska installera minst 60 nya laddpunkter vid kommunens "
      "arbetsplatser före utgången av 2027. Kommunstyrelsen föreslår att motionen avslås med hänvisning till "
      "pågående utredning om laddinfrastruktur i Infra City och Väsby centrum.")
    sub("Yrkanden")
    t(f"{f(mp1)} yrkar bifall till motionen.\n{f(mot_v)} instämmer i {gen(mp1)} yrkande.\n"
      f"{f(kso)} yrkar bifall till kommunstyrelsens förslag.")
    sub("Propositionsordning")
    t("Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att "
      "kommunfullmäktige bifaller kommunstyrelsens förslag.")
    sub("Beslut")
    t("Kommunfullmäktige beslutar\n\natt avslå motionen.")
    sub("Reservationer")
    t(f"Mot beslutet reserverar sig {f(mp1)} och {f(mot_v)}.")
    sub("Protokollsanteckning")
    t(f"{f(c1)} lämnar en protokollsanteckning: ”Centerpartiet delar motionens intention men anser att utredningen "
      "ska slutföras innan kommunen binder sig vid ett antal laddpunkter.”")

    y24a, y24b, y24c = kso, SD[1], vice1
    y24d, y24e, y24f = S[6], V[0], MP[1]
    par(24, "Detaljplan för Fyrklöverns skola och förskola, del av fastigheten Väsby 3:18 med flera, beslut om antagande",
        "Dnr KS 2024/219")
    sub("Sammanfattning")
    t("Detaljplanen möjliggör en ny F–6-skola för cirka 525 elever och en förskola med åtta avdelningar inom del av "
      "Väsby 3:18. Planen har varit utställd för granskning under perioden 2 oktober–6 november 2025. "
      "Kommunstyrelsen föreslår att kommunfullmäktige antar detaljplanen.")
    sub("Yrkanden")
    t(f"{f(y24a)} yrkar bifall till kommunstyrelsens förslag. {f(y24b)} instämmer i {gen(y24a)} yrkande.")
    t(f"{f(y24c)} yrkar avslag på kommunstyrelsens förslag. {f(y24d)}, {f(y24e)} och {f(y24f)} instämmer i "
      f"{gen(y24c)} avslagsyrkande.")
    sub("Propositionsordning")
    t("Ordföranden ställer proposition på bifall mot avslag och finner att kommunfullmäktige bifaller "
      "kommunstyrelsens förslag. Votering begärs.")
    sub("Voteringsproposition")
    t("Den som bifaller kommunstyrelsens förslag röstar ja. Den som bifaller avslagsyrkandet röstar nej.")
    sub("Omröstningsresultat")
    t("Med 25 ja-röster mot 14 nej-röster, 2 ledamöter avstår, beslutar kommunfullmäktige att bifalla "
      "kommunstyrelsens förslag. Hur var och en har röstat framgår av omröstningsbilagan nedan.")
    t("Ja 25, Nej 14, Avstår 2")
    sub("Beslut")
    t("Kommunfullmäktige beslutar\n\natt anta detaljplan för Fyrklöverns skola och förskola, del av Väsby 3:18 med flera.")
    sub("Reservation")
    t("Ledamöterna från S, V och MP reserverar sig mot beslutet.")
    fl.space(2)
    fl.text("Omröstningsbilaga § 24", 10, "B", keep=3)
    cols = [(58, "Ledamot"), (52, "Tjänstgörande ersättare"), (15, "Parti"), (15, "Ja"), (15, "Nej"), (15, "Avstår")]

    def thead():
        fl.row([(w, tt, "B", "L" if i < 3 else "C") for i, (w, tt) in enumerate(cols)], h=5.5, size=8.5, border=1)
    thead()
    for m, e in rows:
        fl.ensure(5)
        if fl.y < fl.top + 1:
            thead()
        voter = None if e == "EMPTY" else (e or m)
        vv = voteof[voter["name"]] if voter else None
        cells = [m["name"], e["name"] if isinstance(e, dict) else "", m["party"],
                 "X" if vv == "ja" else "", "X" if vv == "nej" else "", "X" if vv == "avstår" else ""]
        fl.row([(w, c, "", "L" if i < 3 else "C") for i, ((w, _), c) in enumerate(zip(cols, cells))],
               h=4.8, size=8.5, border=1)
    fl.row([(125, "Summa", "B", "L"), (15, "25", "B", "C"), (15, "14", "B", "C"), (15, "2", "B", "C")],
           h=5.5, size=8.5, border=1)

    vb = L[1]
    par(25, "Fyllnadsval av ersättare i kultur- och fritidsnämnden efter Ola Hedström (S)", "Dnr KS 2026/12")
    t("Ola Hedström (S) har den 14 januari 2026 entledigats från sitt uppdrag som ersättare i kultur- och "
      "fritidsnämnden. Fyllnadsval ska förrättas för tiden till och med den 31 december 2026.")
    sub("Beslut")
    t(f"På förslag av valberedningens ordförande {f(vb)} beslutar kommunfullmäktige\n\n"
      "att välja Sofie Grundström (S) till ny ersättare i kultur- och fritidsnämnden för tiden till och med "
      "den 31 december 2026.")
    fl.space(8)
    fl.text("Vid protokollet\n\n" + sekr["name"] + ", kommunsekreterare", 9)

    pdf.output(out + "/" + FILE)

    # ---------------- gold
    g.person(ordf, ["ordförande", "ledamot"])
    g.person(vice1, ["vice ordförande", "ledamot"])
    g.person(vice2, ["vice ordförande", "ledamot"])
    for m, e in rows:
        if e is None:
            g.person(m, ["ledamot"])
        elif isinstance(e, dict):
            g.person(e, ["tjänstgörande ersättare"])
    for x in nontjg:
        g.person(x, ["ersättare"])
    g.person(sekr, ["sekreterare", "tjänsteperson"], "kommunsekreterare")
    g.person(kdir, ["tjänsteperson"], "kommundirektör")
    g.person(S[1], ["justerare"])
    g.person(M[1], ["justerare"])
    g.item("§18", "Upprop och val av justerare", [], pages[18])
    g.item("§19", "Godkännande av dagordning", [], pages[19])
    g.item("§20", "Anmälan av nya motioner, interpellationer och frågor", ["KS 2026/88", "KS 2026/91"], pages[20])
    g.item("§21", "Svar på interpellation från " + f(ip2) + " om skolskjutsar i Runby", ["KS 2026/34"], pages[21])
    g.item("§22", "Revidering av föreskrifter om avfallshantering för Upplands Väsby kommun", ["KS 2025/377"], pages[22])
    g.item("§23", "Svar på motion från " + f(mp1) + " om fler laddstolpar vid kommunala arbetsplatser", ["KS 2025/120"], pages[23])
    g.item("§24", "Detaljplan för Fyrklöverns skola och förskola, del av fastigheten Väsby 3:18 med flera, beslut om antagande",
           ["KS 2024/219"], pages[24], "Ja 25, Nej 14, Avstår 2")
    g.item("§25", "Fyllnadsval av ersättare i kultur- och fritidsnämnden efter Ola Hedström (S)", ["KS 2026/12"], pages[25])
    g.act(S[1], "§18", "justerare")
    g.act(M[1], "§18", "justerare")
    g.act(mot_v, "§20", "raised")
    g.act(ip_s, "§20", "raised")
    g.act(ip2, "§21", "raised")
    g.act(kso, "§21", "presented")
    for p in (y22a, y22b, y22c, y22s):
        g.act(p, "§22", "proposed")
    g.party_act("S", "§22", "reserved")
    g.act(mp1, "§23", "raised")
    for p in (mp1, mot_v, kso):
        g.act(p, "§23", "proposed")
    g.act(mp1, "§23", "reserved")
    g.act(mot_v, "§23", "reserved")
    g.act(c1, "§23", "protocol_note")
    for p in (y24a, y24b, y24c, y24d, y24e, y24f):
        g.act(p, "§24", "proposed")
    for pa in ("S", "V", "MP"):
        g.party_act(pa, "§24", "reserved")
    g.act(vb, "§25", "proposed")
    for m, e in rows:
        if e == "EMPTY":
            continue
        v = e or m
        g.vote("§24", 1, v, voteof[v["name"]])
    g.d["pages"] = pdf.page_no()
    g.d["kommuner"] = ["Upplands Väsby"]
    g.d["notes"] = ("Närvarolista on page 2 (beslutande 41 incl. 4 tjänstgörande ersättare). Members named only in the "
                    "Ledamot column of the omröstningsbilaga beside a tjänstgörande ersättare, or with empty rows (absent, "
                    "no ersättare), are absent and not persons. 1:e and 2:e vice ordförande given role 'vice ordförande'. "
                    "§25: Ola Hedström (entledigad) and Sofie Grundström (elected) do not act in the meeting: not persons. "
                    "§24 'instämmer i … yrkande' counted as proposed for all who instämmer. Propositionsordning not proposed. "
                    "Party reservations §22 (S) and §24 (S, V, MP) as party actions. Justerare chosen in §18. "
                    "Käppalaförbundet (struck agenda item) is not an item.")
    return g.d
# Doc 2: Region Gävleborg, Regionfullmäktige 2026-04-22, Netpublicator-like PDF, two-column voting list over a page break.

PNAME = {"S": "Socialdemokraterna", "M": "Moderaterna", "SD": "Sverigedemokraterna", "C": "Centerpartiet",
         "V": "Vänsterpartiet", "KD": "Kristdemokraterna", "L": "Liberalerna", "MP": "Miljöpartiet",
         "VG": "Vårdpartiet Gävleborg"}


def build_gvl(out):
    FILE = "regiongavleborg_regionfullmaktige_2026-04-22_protokoll.pdf"
    present = {"S": 22, "M": 13, "SD": 15, "C": 6, "V": 6, "KD": 4, "L": 3, "MP": 3, "VG": 1}
    tjg = {"S": 2, "SD": 1, "M": 1, "V": 1}
    order = list(present)
    mem, ers, absent_for = {}, [], {}
    for pa in order:
        n_ers = tjg.get(pa, 0)
        mem[pa] = [P(pa) for _ in range(present[pa] - n_ers)]
        for _ in range(n_ers):
            e = P(pa)
            ers.append(e)
            absent_for[e["name"]] = newname()
    S, M, SD, C, V, KD, L, MP, VG = (mem[k] for k in order)
    ordf, vice1, vice2 = S[0], M[0], SD[0]
    rso = S[1]
    hsn = C[1]
    nontjg = [P("S"), P("C"), P("M"), P("SD")]
    sekr = P(None, "Karin Öhman")
    rdir = P(None, "Anders Wiklander")
    jur = P(None, "Ylva Rosander")
    voters = [p for pa in order for p in mem[pa]] + ers
    assert len(voters) == 73
    vote = {}
    for p in voters:
        vote[p["name"]] = {"S": "ja", "C": "ja", "V": "ja", "MP": "ja", "VG": "ja", "M": "nej", "SD": "nej",
                           "KD": "nej", "L": "avstår"}[p["party"]]
    vote[L[0]["name"]] = "nej"
    cnt = {k: list(vote.values()).count(k) for k in ("ja", "nej", "avstår")}
    assert cnt == {"ja": 38, "nej": 33, "avstår": 2}, cnt

    def hdr(pdf):
        pdf.set_fill_color(0, 84, 125)
        pdf.rect(0, 0, 210, 4, "F")
        pdf.set_font("dv", "B", 12)
        pdf.set_xy(18, 9)
        pdf.cell(80, 6, "Region Gävleborg")
        pdf.set_font("dv", "", 8)
        pdf.set_xy(110, 8)
        pdf.cell(82, 4, "PROTOKOLL", align="R")
        pdf.set_xy(110, 12)
        pdf.cell(82, 4, "Regionfullmäktige", align="R")
        pdf.set_xy(110, 16)
        pdf.cell(82, 4, "Datum: 2026-04-22", align="R")
        pdf.set_draw_color(0, 84, 125)
        pdf.line(18, 23, 192, 23)

    def ftr(pdf):
        pdf.set_font("dv", "", 7)
        pdf.set_xy(18, 284)
        pdf.cell(100, 4, "Region Gävleborg · regiongavleborg.se")
        pdf.set_xy(140, 284)
        pdf.cell(52, 4, f"{pdf.page_no()} av {{nb}}", align="R")

    pdf = PDF(hdr, ftr)
    fl = Flow(pdf, left=18, right=192, top=29, bottom=278)
    pages = {}
    g = Gold(FILE, "Region Gävleborg", "Regionfullmäktige", "2026-04-22", "protokoll")

    def t(s, size=9.5):
        fl.text(s, size)
        fl.space(1.2)

    def sub(s):
        fl.space(1.5)
        fl.text(s, 9.5, "B", keep=2)

    fl.text("Protokoll Regionfullmäktige", 15, "B", h=8)
    fl.space(2)
    t("Tid: 22 april 2026, kl. 09.30–16.10 (ajournering 12.00–13.00)\nPlats: Regionens hus, sal Gästrikland")
    sub("Närvarande ledamöter")
    for pa in order:
        names = ", ".join(p["name"] for p in mem[pa])
        extra = ""
        if pa == "S":
            names = names.replace(ordf["name"], ordf["name"] + " (ordförande)", 1)
        if pa == "M":
            names = names.replace(vice1["name"], vice1["name"] + " (1:e vice ordförande)", 1)
        if pa == "SD":
            names = names.replace(vice2["name"], vice2["name"] + " (2:e vice ordförande)", 1)
        fl.text(f"{PNAME[pa]} ({pa}): {names}", 8.5)
        fl.space(0.8)
    sub("Tjänstgörande ersättare")
    for e in ers:
        fl.text(f"{f(e)} ersätter {absent_for[e['name']]}", 8.5)
    sub("Ej tjänstgörande ersättare")
    fl.text(", ".join(f(x) for x in nontjg), 8.5)
    sub("Övriga närvarande")
    t(f"{rdir['name']}, regiondirektör\n{jur['name']}, chefsjurist\n{sekr['name']}, sekreterare")
    sub("Justerare")
    t(f"{f(C[0])}, {f(KD[0])}")
    sub("Paragrafer")
    t("§ 38–45")
    sub("Underskrifter")
    t(f"Ordförande ……………………………… {ordf['name']}\nSekreterare ……………………………… {sekr['name']}\n"
      f"Justerare ……………………………… {C[0]['name']}     ……………………………… {KD[0]['name']}")

    def par(num, title, dnr):
        fl.ensure(28)
        fl.space(4)
        fl.text(f"§ {num} {title}", 11, "B", h=5.5)
        pages[num] = fl.page()
        if dnr:
            fl.text(f"Diarienummer: {dnr}", 8.5, "I")
        fl.space(1.5)

    fl.new_page()
    par(38, "Val av justerare och tid för justering", "")
    sub("Regionfullmäktiges beslut")
    t(f"1. {f(C[0])} och {f(KD[0])} utses att tillsammans med ordföranden justera dagens protokoll.\n"
      "2. Justering sker digitalt senast den 29 april 2026.")

    par(39, "Fastställande av föredragningslista", "")
    sub("Regionfullmäktiges beslut")
    t("Föredragningslistan fastställs.")

    ip = SD[1]
    par(40, "Interpellation till regionstyrelsens ordförande om väntetider i ambulanssjukvården", "RS 2026/77")
    sub("Sammanfattning")
    t(f"{f(ip)} har ställt en interpellation till regionstyrelsens ordförande {f(rso)} om insatstider för "
      "ambulans i Ljusdals kommun och Ovanåkers kommun under vintern 2025/26.")
    t(f"{f(rso)} besvarar interpellationen. Därefter följer debatt mellan {f(ip)} och {f(rso)}.")
    sub("Regionfullmäktiges beslut")
    t("Interpellationen är besvarad.")

    fq = M[1]
    par(41, "Fråga till hälso- och sjukvårdsnämndens ordförande om hyrpersonal", "RS 2026/102")
    t(f"{f(fq)} ställer en fråga till hälso- och sjukvårdsnämndens ordförande {f(hsn)} om kostnaderna för inhyrda "
      f"sjuksköterskor under första kvartalet 2026. {f(hsn)} besvarar frågan.")
    sub("Regionfullmäktiges beslut")
    t("Frågan är besvarad.")

    mv, mmp = V[0], MP[0]
    par(42, "Motion om avgiftsfri kollektivtrafik för personer över 75 år", "RS 2025/390")
    sub("Sammanfattning")
    t(f"{f(mv)} föreslår i en motion att X-trafik ska införa avgiftsfria resor för alla folkbokförda i länet som har "
      "fyllt 75 år. Regionstyrelsen föreslår att motionen anses besvarad med hänvisning till pågående översyn av "
      "taxesystemet, som görs i samråd med bland annat Sandvikens kommun.")
    sub("Yrkanden")
    t(f"{f(mv)} yrkar bifall till motionen. {f(mmp)} instämmer.\n{f(rso)} yrkar bifall till regionstyrelsens förslag.")
    sub("Beslutsgång")
    t("Ordföranden ställer proposition på regionstyrelsens förslag och på bifall till motionen och finner att "
      "regionfullmäktige beslutar enligt regionstyrelsens förslag.")
    sub("Regionfullmäktiges beslut")
    t("Motionen anses besvarad.")
    sub("Reservation")
    t(f"{f(mv)} reserverar sig till förmån för eget yrkande.")

    par(43, "Revidering av reglemente för patientnämnden", "RS 2026/15")
    t("Reglementet har anpassats till den nya nämndorganisationen och till lagen om stöd vid klagomål mot hälso- och "
      "sjukvården. Regionstyrelsen föreslår att regionfullmäktige fastställer det reviderade reglementet.")
    sub("Regionfullmäktiges beslut")
    t("Reviderat reglemente för patientnämnden fastställs att gälla från 1 juni 2026.")
    sub("Protokollsanteckning")
    t("Vårdpartiet Gävleborg lämnar följande protokollsanteckning: ”Vi välkomnar att patientnämnden får ett tydligare "
      "uppdrag men saknar en skrivning om återkoppling till vårdcentralerna.”")

    c3, sd3 = C[2], SD[2]
    par(44, "Ny psykiatribyggnad vid Hudiksvalls sjukhus, genomförandebeslut", "RS 2025/611")
    sub("Sammanfattning")
    t("Regionstyrelsen föreslår att regionfullmäktige fattar genomförandebeslut för en ny byggnad för psykiatrisk "
      "heldygnsvård i Hudiksvalls kommun med en investeringsutgift om högst 612 miljoner kronor. Projektet ersätter "
      "två vårdavdelningar som i dag inte uppfyller krav på arbetsmiljö och patientsäkerhet.")
    sub("Yrkanden")
    t(f"{f(rso)}: bifall till regionstyrelsens förslag.\n{f(c3)}: bifall till {gen(rso)} yrkande.\n"
      f"{f(vice1)}: avslag på regionstyrelsens förslag.\n{f(sd3)}: bifall till {gen(vice1)} avslagsyrkande.")
    sub("Beslutsgång")
    t("Ordföranden ställer proposition på bifall och avslag och finner att regionfullmäktige bifaller "
      "regionstyrelsens förslag. Votering begärs och ska genomföras.")
    t("Följande voteringsproposition godkänns: Ja för bifall till regionstyrelsens förslag. Nej för avslag.")
    t("Omröstningsresultat: Ja 38, Nej 33, Avstår 2. Regionfullmäktige har därmed beslutat enligt regionstyrelsens "
      "förslag. Omröstningslistan redovisas nedan.")
    sub("Regionfullmäktiges beslut")
    t("1. Genomförandebeslut fattas för ny psykiatribyggnad vid Hudiksvalls sjukhus.\n"
      "2. Investeringsutgiften får uppgå till högst 612 miljoner kronor.")
    sub("Reservation")
    t("Moderaternas, Sverigedemokraternas och Kristdemokraternas ledamöter reserverar sig mot beslutet.")
    fl.space(2)
    fl.text("Omröstningslista § 44", 9.5, "B", keep=3)
    fl.text("Ja = bifall till regionstyrelsens förslag, Nej = avslag", 8, "I")
    fl.space(1)
    # two-column list: inverted names, sorted by surname
    lst = sorted(voters, key=lambda p: (p["name"].split()[-1], p["name"]))
    rowh = 4.6
    half = (fl.right - fl.left) / 2
    i = 0
    def colhead(x):
        pdf.set_font("dv", "B", 8)
        pdf.set_xy(x, fl.y)
        pdf.cell(50, rowh, "Ledamot")
        pdf.set_xy(x + 52, fl.y)
        pdf.cell(14, rowh, "Parti")
        pdf.set_xy(x + 66, fl.y)
        pdf.cell(18, rowh, "Röst")
    while i < len(lst):
        y_start = fl.y
        rows_fit = int((fl.bottom - y_start - rowh) / rowh)
        rows_fit = min(rows_fit, -(-(len(lst) - i) // 2))
        ymax = y_start
        for c in range(2):
            x = fl.left + c * half
            fl.y = y_start
            colhead(x)
            fl.y += rowh
            for _ in range(rows_fit):
                if i >= len(lst):
                    break
                p = lst[i]
                nm = p["name"].split()
                inv = nm[-1] + ", " + " ".join(nm[:-1])
                if p in ers:
                    inv += " (ers.)"
                pdf.set_font("dv", "", 8)
                pdf.set_xy(x, fl.y)
                pdf.cell(50, rowh, inv)
                pdf.set_xy(x + 52, fl.y)
                pdf.cell(14, rowh, p["party"])
                pdf.set_xy(x + 66, fl.y)
                pdf.cell(18, rowh, {"ja": "Ja", "nej": "Nej", "avstår": "Avstår"}[vote[p["name"]]])
                fl.y += rowh
                i += 1
            ymax = max(ymax, fl.y)
        fl.y = ymax
        if i < len(lst):
            fl.new_page()
            fl.text("Omröstningslista § 44 (forts.)", 9, "B")
    fl.space(2)
    fl.text("Summa: Ja 38 · Nej 33 · Avstår 2", 8.5, "B")

    nk, nl = KD[1], L[1]
    par(45, "Anmälan av nya motioner", "")
    t("Följande motioner har inkommit och anmäls:")
    t(f"• Motion från {f(nk)} om trygghetskameror vid länets resecentrum, RS 2026/140\n"
      f"• Motion från {f(nl)} om digitala vårdbesök för personer med hörselnedsättning, RS 2026/141")
    sub("Regionfullmäktiges beslut")
    t("Motionerna överlämnas till regionstyrelsen för beredning.")

    pdf.output(out + "/" + FILE)

    g.person(ordf, ["ordförande", "ledamot"])
    g.person(vice1, ["vice ordförande", "ledamot"])
    g.person(vice2, ["vice ordförande", "ledamot"])
    for pa in order:
        for p in mem[pa]:
            g.person(p, ["ledamot"])
    for e in ers:
        g.person(e, ["tjänstgörande ersättare"])
    for x in nontjg:
        g.person(x, ["ersättare"])
    g.person(rdir, ["tjänsteperson"], "regiondirektör")
    g.person(jur, ["tjänsteperson"], "chefsjurist")
    g.person(sekr, ["sekreterare", "tjänsteperson"])
    g.person(C[0], ["justerare"])
    g.person(KD[0], ["justerare"])
    g.item("§38", "Val av justerare och tid för justering", [], pages[38])
    g.item("§39", "Fastställande av föredragningslista", [], pages[39])
    g.item("§40", "Interpellation till regionstyrelsens ordförande om väntetider i ambulanssjukvården", ["RS 2026/77"], pages[40])
    g.item("§41", "Fråga till hälso- och sjukvårdsnämndens ordförande om hyrpersonal", ["RS 2026/102"], pages[41])
    g.item("§42", "Motion om avgiftsfri kollektivtrafik för personer över 75 år", ["RS 2025/390"], pages[42])
    g.item("§43", "Revidering av reglemente för patientnämnden", ["RS 2026/15"], pages[43])
    g.item("§44", "Ny psykiatribyggnad vid Hudiksvalls sjukhus, genomförandebeslut", ["RS 2025/611"], pages[44],
           "Ja 38, Nej 33, Avstår 2")
    g.item("§45", "Anmälan av nya motioner", ["RS 2026/140", "RS 2026/141"], pages[45])
    g.act(C[0], "§38", "justerare")
    g.act(KD[0], "§38", "justerare")
    g.act(ip, "§40", "raised")
    g.act(rso, "§40", "presented")
    g.act(fq, "§41", "raised")
    g.act(hsn, "§41", "presented")
    g.act(mv, "§42", "raised")
    g.act(mv, "§42", "proposed")
    g.act(mmp, "§42", "proposed")
    g.act(rso, "§42", "proposed")
    g.act(mv, "§42", "reserved")
    g.party_act("VG", "§43", "protocol_note")
    for p in (rso, c3, vice1, sd3):
        g.act(p, "§44", "proposed")
    for pa in ("M", "SD", "KD"):
        g.party_act(pa, "§44", "reserved")
    g.act(nk, "§45", "raised")
    g.act(nl, "§45", "raised")
    for p in voters:
        g.vote("§44", 1, p, vote[p["name"]])
    g.d["pages"] = pdf.page_no()
    g.d["kommuner"] = ["Ljusdal", "Ovanåker", "Sandviken", "Hudiksvall"]
    g.d["regions"] = ["Region Gävleborg"]
    g.d["notes"] = ("Local party Vårdpartiet Gävleborg (VG, invented). Attendance printed per party as running lists. "
                    "Members replaced by a tjänstgörande ersättare ('X (P) ersätter Y') are absent: not persons. "
                    "§42: the motion author (V) raised it, proposed and reserved; the region's own motion title has "
                    "no author, author taken from the text. 'MP instämmer' counted proposed. §43 protocol note by "
                    "party VG as a whole. §44 omröstningslista is two columns of inverted names (Efternamn, Förnamn) "
                    "continuing onto the next page; names given in normal order; '(ers.)' marks tjänstgörande "
                    "ersättare. Hudiksvalls sjukhus and Hudiksvalls kommun are named -> Hudiksvall in kommuner. regions written as "
                    "'Region Gävleborg' (the region itself).")
    return g.d
# Doc 3: Hammarö kommun, Kommunstyrelsen 2026-02-10, two-column (newspaper) PDF, Platina-like dnr KS/2026:17.


def build_ham(out):
    FILE = "hammaro_kommunstyrelsen_2026-02-10_protokoll.pdf"
    S = [P("S") for _ in range(4)]
    M = [P("M") for _ in range(2)]
    SD = [P("SD") for _ in range(2)]
    C, V, MP = P("C"), P("V"), P("MP")
    ersS = P("S")
    ersM = P("M")
    absS, absM = newname(), newname()
    nontjg = [P("KD"), P("C")]
    ordf, vice = S[0], M[0]
    kdir = P(None, "Henrik Malmgren")
    ekch = P(None, "Åsa Tornberg")
    sekr = P(None, "Linda Rehnström")

    def hdr(pdf):
        pdf.set_font("se", "B", 13)
        pdf.set_xy(15, 10)
        pdf.cell(80, 6, "HAMMARÖ KOMMUN")
        pdf.set_font("se", "", 8.5)
        pdf.set_xy(110, 9)
        pdf.multi_cell(85, 4, f"SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen  2026-02-10\nSida {pdf.page_no()}", align="R")
        pdf.line(15, 24, 195, 24)

    def ftr(pdf):
        pdf.set_font("se", "I", 7)
        pdf.set_xy(15, 285)
        pdf.cell(90, 4, "Ordförandes sign ............   Justerandes sign ............")
        pdf.set_xy(120, 285)
        pdf.cell(75, 4, "Utdragsbestyrkande ............", align="R")

    pdf = PDF(hdr, ftr)
    fl = Flow(pdf, left=15, right=195, top=29, bottom=280, ncols=1, font="se")
    pages = {}
    g = Gold(FILE, "Hammarö kommun", "Kommunstyrelsen", "2026-02-10", "protokoll")

    def t(s, size=9):
        fl.text(s, size)
        fl.space(1.2)

    def sub(s):
        fl.space(1.2)
        fl.text(s, 9, "B", keep=2)

    # page 1: single column front page
    fl.text("Kommunstyrelsen", 15, "B", h=8)
    fl.space(2)
    t("Plats och tid: Sammanträdesrummet Mörmon, kommunhuset i Skoghall, tisdag 10 februari 2026 kl. 08.30–11.45")
    sub("Beslutande")
    bes = [(ordf, "ordförande"), (vice, "vice ordförande")] + [(p, "") for p in S[1:] + M[1:] + SD + [C, V, MP]]
    for p, r in bes:
        t(f"{f(p)}{', ' + r if r else ''}")
    t(f"{f(ersS)}, tjänstgörande ersättare för {absS} (S)\n{f(ersM)}, tjänstgörande ersättare för {absM} (M)")
    sub("Ersättare")
    t(", ".join(f(x) for x in nontjg))
    sub("Övriga deltagare")
    t(f"{kdir['name']}, kommundirektör\n{ekch['name']}, ekonomichef, § 14\n{sekr['name']}, kommunsekreterare")
    sub("Justerare")
    t(f"{f(M[0])}")
    sub("Justeringens tid och plats")
    t("Kommunhuset, 2026-02-13")
    sub("Underskrifter")
    t(f"Sekreterare ………………………… {sekr['name']}      Paragrafer §§ 12–18\n"
      f"Ordförande ………………………… {ordf['name']}\nJusterare ………………………… {M[0]['name']}")

    # two-column pages
    fl.new_page()
    fl.ncols = 2
    fl.colw = (fl.right - fl.left - fl.gutter) / 2

    def par(num, title, dnr):
        fl.ensure(30)
        fl.space(3)
        fl.text(f"§ {num}", 10, "B")
        pages[num] = fl.page()
        fl.text(title, 10, "B", h=5)
        if dnr:
            fl.text(dnr, 8.5)
        fl.space(1.5)

    par(12, "Val av justerare", "")
    t(f"Kommunstyrelsen utser {f(M[0])} att jämte ordföranden justera protokollet.")

    par(13, "Information från kommundirektören", "")
    t(f"Kommundirektör {kdir['name']} informerar om läget i rekryteringen av ny socialchef, om arbetet med "
      "lokalförsörjningsplanen samt om det pågående samarbetet med Karlstads kommun kring gemensam växel.")
    sub("Beslut")
    t("Kommunstyrelsen tackar för informationen.")

    par(14, "Budgetramar 2027–2029 för Hammarö kommun", "KS/2025:311")
    sub("Ärendebeskrivning")
    t(f"Ekonomichef {ekch['name']} föredrar ärendet. Arbetsutskottet har den 27 januari 2026 lämnat förslag till "
      "budgetramar för nämnderna för perioden 2027–2029. Förslaget bygger på ett skatteunderlag enligt SKR:s "
      "prognos i december 2025, oförändrad skattesats om 21,85 kronor och ett resultatmål om två procent av "
      "skatteintäkter och generella statsbidrag. Ramarna innebär en uppräkning för löner och priser om 2,9 procent "
      "samt en särskild förstärkning av socialnämndens ram med 6 miljoner kronor för placeringar.")
    sub("Yrkanden")
    t(f"Ordföranden {f(ordf)} yrkar bifall till arbetsutskottets förslag.")
    t(f"{f(M[0])} yrkar avslag på arbetsutskottets förslag och bifall till Moderaternas budgetförslag daterat "
      f"2026-02-06. {f(SD[0])} yrkar bifall till {gen(M[0])} yrkande.")
    t(f"{f(V)} lämnar ett tilläggsyrkande om att kommunstyrelsen ska ge kommundirektören i uppdrag att till "
      "budgetberedningen i april redovisa konsekvenserna av att införa avgiftsfri kollektivtrafik för elever på "
      "gymnasiet inom kommunen, inklusive kostnader för sommarlovskort, skolskjutsar och den samordning med "
      "Karlstadsbuss som skulle krävas, samt att redovisningen ska omfatta en jämförelse med hur andra "
      "kommuner i Värmland har finansierat motsvarande reformer under de senaste fem åren.")
    sub("Propositionsordning")
    t("Ordföranden ställer först arbetsutskottets förslag mot Moderaternas förslag och finner att kommunstyrelsen "
      "bifaller arbetsutskottets förslag. Omröstning begärs.")
    t("Kommunstyrelsen godkänner följande voteringsproposition: Ja för arbetsutskottets förslag, Nej för "
      "Moderaternas förslag.")
    sub("Omröstningsresultat")
    t("Ja 8, Nej 5. Kommunstyrelsen har beslutat enligt arbetsutskottets förslag.")
    t(f"Ordföranden ställer därefter proposition på {gen(V)} tilläggsyrkande och finner att det avslås.")
    sub("Beslut")
    t("Kommunstyrelsen föreslår kommunfullmäktige besluta\n\natt fastställa budgetramar för 2027–2029 enligt "
      "arbetsutskottets förslag.")
    fl.new_page()
    sub("Reservation")
    t(f"{f(M[0])}\n{f(M[1])}\n{f(ersM)}\n{f(SD[0])}\n{f(SD[1])}")
    t(f"reserverar sig mot beslutet till förmån för {gen(M[0])} yrkande. {f(M[0])} lämnar skriftlig "
      "reservation, bilaga 2.")
    t(f"{f(V)} reserverar sig mot beslutet att avslå tilläggsyrkandet.")

    par(15, "Revidering av förbundsordning för Räddningsförbundet Västra Värmland", "KS/2026:4")
    t("Förbundsordningen har reviderats efter att Grums kommun har anmält att den träder in som medlem den "
      "1 januari 2027. Medlemmar i förbundet är därefter Hammarö kommun, Kils kommun och Grums kommun. "
      "Kostnadsfördelningen bygger på invånarantal.")
    sub("Beslut")
    t("Kommunstyrelsen föreslår kommunfullmäktige besluta\n\natt anta reviderad förbundsordning enligt bilaga.")
    sub("Protokollsanteckning")
    t("Vi ställer oss bakom beslutet men vill att kommunstyrelsen följer upp insatstiderna på Hammarö efter "
      "utträdet ur det tidigare samarbetet.")
    t(f"{f(SD[0])}\n{f(SD[1])}")

    par(16, f"Initiativärende från {f(SD[1])} om trygghetsvärdar i Skoghall", "KS/2026:29")
    t(f"{f(SD[1])} har väckt ett initiativärende om att kommunen ska anställa trygghetsvärdar i Skoghalls centrum "
      "under kvällar och helger.")
    sub("Yrkanden")
    t(f"{f(SD[1])} yrkar att initiativet ska bifallas.")
    sub("Beslut")
    t(f"På förslag av ordföranden {f(ordf)} beslutar kommunstyrelsen\n\natt remittera initiativärendet till "
      "kommundirektören för beredning med redovisning senast i juni 2026.")
    sub("Reservation")
    t("(SD)-gruppen reserverar sig mot beslutet.")

    par(17, "Anmälan av delegationsbeslut", "")
    t("Följande delegationsbeslut anmäls:")
    t("Kommundirektören: Yttrande till Länsstyrelsen i Värmlands län över ansökan om tillstånd för "
      "kameraövervakning, KS/2026:8\nKommunsekreteraren: Beslut om utlämnande av allmän handling med förbehåll, "
      "KS/2026:21\nEkonomichefen: Upptagande av lån inom fastställd ram, KS/2025:402")
    sub("Beslut")
    t("Kommunstyrelsen noterar redovisningen av delegationsbesluten.")

    par(18, "Meddelanden", "")
    t("Protokoll från kommunstyrelsens arbetsutskott 2026-01-27 anmäls.")
    sub("Beslut")
    t("Meddelandena läggs till handlingarna.")

    pdf.output(out + "/" + FILE)

    g.person(ordf, ["ordförande", "ledamot"])
    g.person(vice, ["vice ordförande", "ledamot"])
    for p, r in bes[2:]:
        g.person(p, ["ledamot"])
    g.person(ersS, ["tjänstgörande ersättare"])
    g.person(ersM, ["tjänstgörande ersättare"])
    for x in nontjg:
        g.person(x, ["ersättare"])
    g.person(kdir, ["tjänsteperson"], "kommundirektör")
    g.person(ekch, ["tjänsteperson"], "ekonomichef")
    g.person(sekr, ["sekreterare", "tjänsteperson"], "kommunsekreterare")
    g.person(M[0], ["justerare"])
    g.item("§12", "Val av justerare", [], pages[12])
    g.item("§13", "Information från kommundirektören", [], pages[13])
    g.item("§14", "Budgetramar 2027–2029 för Hammarö kommun", ["KS/2025:311"], pages[14], "Ja 8, Nej 5")
    g.item("§15", "Revidering av förbundsordning för Räddningsförbundet Västra Värmland", ["KS/2026:4"], pages[15])
    g.item("§16", f"Initiativärende från {f(SD[1])} om trygghetsvärdar i Skoghall", ["KS/2026:29"], pages[16])
    g.item("§17", "Anmälan av delegationsbeslut", [], pages[17])
    g.item("§18", "Meddelanden", [], pages[18])
    g.act(M[0], "§12", "justerare")
    g.act(kdir, "§13", "presented")
    g.act(ekch, "§14", "presented")
    for p in (ordf, M[0], SD[0], V):
        g.act(p, "§14", "proposed")
    for p in (M[0], M[1], ersM, SD[0], SD[1], V):
        g.act(p, "§14", "reserved")
    g.act(SD[0], "§15", "protocol_note")
    g.act(SD[1], "§15", "protocol_note")
    g.act(SD[1], "§16", "raised")
    g.act(SD[1], "§16", "proposed")
    g.act(ordf, "§16", "proposed")
    g.party_act("SD", "§16", "reserved")
    g.d["pages"] = pdf.page_no()
    g.d["kommuner"] = ["Hammarö", "Karlstad", "Kil", "Grums"]
    g.d["notes"] = ("Pages 2+ are set in two newspaper columns; page 1 single column. §14 count-only vote "
                    "(votes_summary 'Ja 8, Nej 5', no per-person votes). §14 'Reservation' heading with names is "
                    "printed after the Beslut, at the top of the next page; V's tilläggsyrkande is proposed and V "
                    "also reserves. §14 ekonomichef 'föredrar ärendet' -> presented. §15 protokollsanteckning text "
                    "followed by two SD names -> protocol_note for both. §16 'På förslag av ordföranden' -> ordförande "
                    "proposed; '(SD)-gruppen reserverar sig' -> party action SD. §17: case numbers of listed "
                    "delegation decisions are references, not item diarienummer. Länsstyrelsen i Värmlands län "
                    "is an authority, not a region. Karlstadsbuss is a company name, Karlstad is separately named "
                    "('Karlstads kommun'). Absent members replaced by ersättare are not persons.")
    return g.d
# Docs 4 and 5: Hjo kommun BUN (plain Word template) and Jokkmokks kommun SN (Lex-like tables), DOCX.
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK


def _doc(header_text):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    return d


def _b(d, s, size=None):
    p = d.add_paragraph()
    r = p.add_run(s)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def _table(d, rows, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0 and bold_first:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


def build_hjo(out):
    FILE = "hjo_barn-och-utbildningsnamnden_2026-05-19_protokoll.docx"
    HjP = [P("HjP"), P("HjP")]
    S1 = P("S")
    M = [P("M"), P("M")]
    C, KD, SD = P("C"), P("KD"), P("SD")
    ersS, absS = P("S"), newname()
    ersM = P("M")
    ordf, vice = HjP[0], M[0]
    fch = P(None, "Kristina Ödmark")
    ekon = P(None, "Mattias Brink")
    rekt = P(None, "Sanna Widegren")
    sekr = P(None, "Jonna Alm")
    d = _doc("Hjo kommun\tSAMMANTRÄDESPROTOKOLL\nBarn- och utbildningsnämnden\t2026-05-19")
    _b(d, "Barn- och utbildningsnämnden", 16)
    d.add_paragraph("Sammanträdesdatum: 2026-05-19")
    _table(d, [["Plats och tid", "Stadshuset, sammanträdesrum Vättern, kl. 13.15–16.30"],
               ["Beslutande", f"{f(ordf)}, ordförande\n{f(vice)}, vice ordförande\n{f(HjP[1])}\n{f(S1)}\n"
                              f"{f(ersS)}, tjänstgörande ersättare för {absS} (S)\n{f(M[1])}\n{f(C)}\n{f(KD)}\n{f(SD)}"],
               ["Ersättare", f"{f(ersM)}"],
               ["Övriga närvarande", f"{fch['name']}, förvaltningschef\n{ekon['name']}, ekonom, § 31\n"
                                     f"{rekt['name']}, rektor, § 35\n{sekr['name']}, nämndsekreterare"],
               ["Justerare", f"{f(S1)}"],
               ["Justeringens plats och tid", "Stadshuset, 2026-05-22"],
               ["Paragrafer", "31–35"]], bold_first=False)
    d.add_paragraph("")
    d.add_paragraph(f"Sekreterare\t………………………………\t{sekr['name']}")
    d.add_paragraph(f"Ordförande\t………………………………\t{ordf['name']}")
    d.add_paragraph(f"Justerare\t………………………………\t{S1['name']}")
    d.add_page_break()

    def par(num, title, dnr):
        p = d.add_paragraph()
        r = p.add_run(f"§ {num}\t{title}")
        r.bold = True
        r.font.size = Pt(13)
        if dnr:
            d.add_paragraph(dnr)

    par(31, "Ekonomisk uppföljning april 2026", "Dnr BUN 2026/12")
    d.add_paragraph(f"Ekonom {ekon['name']} redogör för nämndens ekonomiska utfall till och med april. Prognosen "
                    "för helåret visar ett underskott om 1,4 miljoner kronor, främst inom grundsärskolan och "
                    "skolskjutsverksamheten.")
    _b(d, "Beslut")
    d.add_paragraph("Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen.")

    par(32, "Förändrat upptagningsområde för Sjöängsskolan och Ekedalsskolan från och med läsåret 2027/28",
        "Dnr BUN 2025/98")
    d.add_paragraph("Förvaltningen föreslår att gränsen mellan skolornas upptagningsområden flyttas så att elever "
                    "boende i området söder om Ekedalsvägen tillhör Ekedalsskolan. Förslaget har varit på remiss "
                    "till skolråden.")
    _b(d, "Yrkanden")
    _table(d, [["Ledamot", "Yrkande"],
               [f(HjP[1]), "Bifall till förvaltningens förslag."],
               [f(S1), "Återremiss för att utreda konsekvenserna för skolskjutsarna i Korsberga."],
               [f(C), f"Bifall till {gen(HjP[1])} yrkande."],
               ["", ""]])
    _b(d, "Propositionsordning")
    d.add_paragraph("Ordföranden frågar först om ärendet ska avgöras i dag och finner att så ska ske. Därefter ställer "
                    "ordföranden proposition på förvaltningens förslag och finner att nämnden bifaller det.")
    _b(d, "Beslut")
    d.add_paragraph("Barn- och utbildningsnämnden beslutar att fastställa förändrat upptagningsområde enligt "
                    "förvaltningens förslag från och med läsåret 2027/28.")
    _b(d, "Reservationer")
    d.add_paragraph(f"{f(S1)}\n{f(ersS)}")
    d.add_page_break()

    par(33, "Yttrande över motion om simundervisning i förskoleklass", "Dnr BUN 2026/30")
    d.add_paragraph(f"{f(C)} har i en motion till kommunfullmäktige föreslagit att alla barn i förskoleklass ska "
                    "erbjudas simundervisning i Hjo simhall. Motionen har remitterats till nämnden för yttrande.")
    _b(d, "Yrkande")
    d.add_paragraph(f"{f(M[0])} yrkar bifall till förvaltningens förslag till yttrande.")
    _b(d, "Beslut")
    d.add_paragraph("Barn- och utbildningsnämnden antar förvaltningens yttrande som sitt eget och överlämnar det till "
                    "kommunstyrelsen.")
    d.add_paragraph(f"{f(KD)} antecknar till protokollet att Kristdemokraterna vill att simundervisningen på sikt "
                    "ska omfatta även förskolans äldsta barn.")

    par(34, "Anmälan av delegationsbeslut", "")
    _table(d, [["Beslut", "Delegat", "Dnr"],
               ["Skolskjuts, särskilda skäl, avslag", "Skolskjutshandläggare", "BUN 2026/51"],
               ["Mottagande i grundsärskola", "Förvaltningschef", "BUN 2026/55"],
               ["Tillförordnad rektor under semester", "Förvaltningschef", "BUN 2026/60"]])
    _b(d, "Beslut")
    d.add_paragraph("Nämnden lägger anmälan av delegationsbesluten till handlingarna.")

    par(35, "Information från förvaltningen", "")
    d.add_paragraph(f"Rektor {rekt['name']} informerar om arbetet med ökad närvaro på högstadiet. "
                    f"Förvaltningschef {fch['name']} informerar om lokalsituationen inför hösten och om samverkan "
                    "med Tidaholms kommun och Skövde kommun kring gymnasieantagningen.")
    _b(d, "Beslut")
    d.add_paragraph("Nämnden tackar för informationen.")
    d.save(out + "/" + FILE)

    g = Gold(FILE, "Hjo kommun", "Barn- och utbildningsnämnden", "2026-05-19", "protokoll")
    g.person(ordf, ["ordförande", "ledamot"])
    g.person(vice, ["vice ordförande", "ledamot"])
    for p in (HjP[1], S1, M[1], C, KD, SD):
        g.person(p, ["ledamot"])
    g.person(ersS, ["tjänstgörande ersättare"])
    g.person(ersM, ["ersättare"])
    g.person(fch, ["tjänsteperson"], "förvaltningschef")
    g.person(ekon, ["tjänsteperson"], "ekonom")
    g.person(rekt, ["tjänsteperson"], "rektor")
    g.person(sekr, ["sekreterare", "tjänsteperson"], "nämndsekreterare")
    g.person(S1, ["justerare"])
    g.item("§31", "Ekonomisk uppföljning april 2026", ["BUN 2026/12"], 2)
    g.item("§32", "Förändrat upptagningsområde för Sjöängsskolan och Ekedalsskolan från och med läsåret 2027/28",
           ["BUN 2025/98"], 2)
    g.item("§33", "Yttrande över motion om simundervisning i förskoleklass", ["BUN 2026/30"], 3)
    g.item("§34", "Anmälan av delegationsbeslut", [], 3)
    g.item("§35", "Information från förvaltningen", [], 3)
    g.act(S1, None, "justerare")
    g.act(ekon, "§31", "presented")
    for p in (HjP[1], S1, C):
        g.act(p, "§32", "proposed")
    g.act(S1, "§32", "reserved")
    g.act(ersS, "§32", "reserved")
    g.act(C, "§33", "raised")
    g.act(M[0], "§33", "proposed")
    g.act(KD, "§33", "protocol_note")
    g.act(rekt, "§35", "presented")
    g.act(fch, "§35", "presented")
    g.d["pages"] = 3
    g.d["kommuner"] = ["Hjo", "Tidaholm", "Skövde"]
    g.d["notes"] = ("DOCX with two manual page breaks -> 3 pages. Local party Hjopartiet (HjP, invented) chairs. "
                    "No 'Val av justerare' §: justerare from the head table, item null. §32 yrkanden in a table "
                    "(Ledamot | Yrkande) with an empty last row; C's 'Bifall till …s yrkande' counted proposed; "
                    "'Reservationer' heading with two names below. §33: the motion author is a ledamot of the nämnd "
                    "-> raised (the nämnd gives a yttrande on the motion); 'antecknar till protokollet' -> "
                    "protocol_note. §34: delegation decisions' Dnr column are references, not item numbers "
                    "(and not in document diarienummer). Absent member replaced by the tjg ersättare is not a person.")
    return g.d


def build_jok(out):
    FILE = "jokkmokk_socialnamnden_2026-04-08_protokoll.docx"
    S = [P("S") for _ in range(3)]
    V, M, SD, C, KD = P("V"), P("M"), P("SD"), P("C"), P("KD")
    ersS, absS = P("S"), newname()
    ersV = P("V")
    ordf, vice = S[0], C
    sch = P(None, "Petra Labba-Nutti")
    ech = P(None, "Jon Henrik Stålka")
    vch = P(None, "Marit Lantto")
    alk = P(None, "Niclas Pirak")
    sekr = P(None, "Ellinor Sundin")
    d = _doc("JOKKMOKKS KOMMUN\tPROTOKOLL\tSida\nSocialnämnden\t2026-04-08")
    _table(d, [["Kommun", "Jokkmokks kommun"], ["Organ", "Socialnämnden"], ["Sammanträdesdatum", "2026-04-08"],
               ["Plats och tid", "Kommunhuset, sammanträdesrum Áhkká, kl. 09.00–14.20"]], bold_first=False)
    d.add_paragraph("")
    _b(d, "Beslutande ledamöter")
    _table(d, [["Namn", "Parti", "Anmärkning"],
               [ordf["name"], "S", "ordförande"], [vice["name"], "C", "vice ordförande"],
               [S[1]["name"], "S", ""], [S[2]["name"], "S", ""],
               [ersS["name"], "S", f"tjänstgörande ersättare för {absS}"],
               [V["name"], "V", ""], [M["name"], "M", ""], [SD["name"], "SD", ""], [KD["name"], "KD", ""]])
    _b(d, "Närvarande ersättare")
    d.add_paragraph(f(ersV))
    _b(d, "Övriga närvarande")
    d.add_paragraph(f"{sch['name']}, socialchef\n{ech['name']}, enhetschef ekonomiskt bistånd, § 41\n"
                    f"{alk['name']}, alkoholhandläggare, § 42\n{vch['name']}, verksamhetschef äldreomsorg, § 43\n"
                    f"{sekr['name']}, nämndsekreterare")
    _table(d, [["Utses att justera", f"{f(M)}"], ["Justeringens plats och tid", "Socialkontoret 2026-04-14"],
               ["Paragrafer", "40–45"]], bold_first=False)
    d.add_paragraph(f"Underskrifter\nSekreterare {sekr['name']}\nOrdförande {ordf['name']}\nJusterare {M['name']}")
    d.add_page_break()

    def par(num, title, dnr):
        _table(d, [[f"§ {num}", f"Dnr {dnr}" if dnr else ""]], bold_first=True)
        _b(d, title, 12)

    par(40, "Val av justerare", "")
    d.add_paragraph(f"Socialnämnden beslutar att utse {f(M)} att jämte ordföranden justera protokollet.")

    par(41, "Ändring av riktlinjer för ekonomiskt bistånd", "2026/57")
    d.add_paragraph(f"Enhetschef {ech['name']} föredrar ärendet. Förvaltningen föreslår att riktlinjerna ändras så att "
                    "kostnader för internetabonnemang ingår i skälig levnadsnivå och att riktvärdet för hemförsäkring "
                    "höjs.")
    _b(d, "Yrkanden")
    d.add_paragraph(f"{f(S[1])}, {f(V)} och {f(ersS)} yrkar bifall till förvaltningens förslag.")
    d.add_paragraph(f"{f(M)} yrkar avslag. {f(SD)} och {f(C)} instämmer i {gen(M)} yrkande.")
    _b(d, "Beslutsgång")
    d.add_paragraph("Ordföranden ställer proposition på förvaltningens förslag och avslagsyrkandet och finner att "
                    "nämnden bifaller förvaltningens förslag. Votering begärs. Ja-röst för bifall till förvaltningens "
                    "förslag, nej-röst för avslag.")
    _b(d, "Omröstning")
    ja = [ordf, S[1], S[2], ersS, V]
    nej = [M, SD, C]
    av = [KD]
    d.add_paragraph("Ja-röster: " + ", ".join(f(p) for p in ja))
    d.add_paragraph("Nej-röster: " + ", ".join(f(p) for p in nej))
    d.add_paragraph("Avstår: " + ", ".join(f(p) for p in av))
    d.add_paragraph("Ja 5, Nej 3, Avstår 1. Socialnämnden har beslutat enligt förvaltningens förslag.")
    _b(d, "Beslut")
    d.add_paragraph("Socialnämnden antar reviderade riktlinjer för ekonomiskt bistånd att gälla från 1 maj 2026.")
    _b(d, "Reservation")
    d.add_paragraph(f"{f(M)}, {f(SD)} och {f(C)} reserverar sig mot beslutet. {f(M)} lämnar skriftlig "
                    "reservation, bilaga 1.")
    d.add_page_break()

    par(42, "Återkallelse av serveringstillstånd för Restaurang Norrsken AB", "2026/61")
    d.add_paragraph(f"Alkoholhandläggare {alk['name']} föredrar ärendet. Vid tillsyn den 7 och 21 februari 2026 har "
                    "brister konstaterats i fråga om berusningskontroll och överservering.")
    _b(d, "Beslut")
    d.add_paragraph("Socialnämnden beslutar att återkalla serveringstillståndet med stöd av 9 kap. 18 § alkohollagen.")
    _b(d, "Protokollsanteckning")
    d.add_paragraph("Centerpartiet lämnar en protokollsanteckning om att tillsynen bör samordnas med Gällivare "
                    "kommun för att bli mer likvärdig i länet.")

    par(43, "Information om verksamheten vid Solbackens särskilda boende", "")
    d.add_paragraph(f"Verksamhetschef {vch['name']} informerar om bemanning, vakanser och det nya larmsystemet.")
    _b(d, "Beslut")
    d.add_paragraph("Informationen noteras.")

    par(44, "Rapportering av ej verkställda beslut enligt SoL och LSS, kvartal 1 2026", "2026/12")
    d.add_paragraph("Tre beslut om särskilt boende och ett beslut om kontaktperson enligt LSS har inte verkställts "
                    "inom tre månader. Rapporten lämnas till Inspektionen för vård och omsorg, kommunfullmäktige och "
                    "revisorerna.")
    _b(d, "Beslut")
    d.add_paragraph("Socialnämnden godkänner rapporten.")

    par(45, "Fråga om bemanning i hemtjänsten i Porjus", "")
    d.add_paragraph(f"{f(KD)} ställer en fråga om hur hemtjänsten i Porjus ska bemannas under sommaren. "
                    f"Socialchef {sch['name']} besvarar frågan.")
    _b(d, "Beslut")
    d.add_paragraph("Frågan anses besvarad.")
    d.save(out + "/" + FILE)

    g = Gold(FILE, "Jokkmokks kommun", "Socialnämnden", "2026-04-08", "protokoll")
    g.person(ordf, ["ordförande", "ledamot"])
    g.person(vice, ["vice ordförande", "ledamot"])
    for p in (S[1], S[2], V, M, SD, KD):
        g.person(p, ["ledamot"])
    g.person(ersS, ["tjänstgörande ersättare"])
    g.person(ersV, ["ersättare"])
    g.person(sch, ["tjänsteperson"], "socialchef")
    g.person(ech, ["tjänsteperson"], "enhetschef ekonomiskt bistånd")
    g.person(alk, ["tjänsteperson"], "alkoholhandläggare")
    g.person(vch, ["tjänsteperson"], "verksamhetschef äldreomsorg")
    g.person(sekr, ["sekreterare", "tjänsteperson"], "nämndsekreterare")
    g.person(M, ["justerare"])
    g.item("§40", "Val av justerare", [], 2)
    g.item("§41", "Ändring av riktlinjer för ekonomiskt bistånd", ["Dnr 2026/57"], 2, "Ja 5, Nej 3, Avstår 1")
    g.item("§42", "Återkallelse av serveringstillstånd för Restaurang Norrsken AB", ["Dnr 2026/61"], 3)
    g.item("§43", "Information om verksamheten vid Solbackens särskilda boende", [], 3)
    g.item("§44", "Rapportering av ej verkställda beslut enligt SoL och LSS, kvartal 1 2026", ["Dnr 2026/12"], 3)
    g.item("§45", "Fråga om bemanning i hemtjänsten i Porjus", [], 3)
    g.act(M, "§40", "justerare")
    g.act(ech, "§41", "presented")
    for p in (S[1], V, ersS, M, SD, C):
        g.act(p, "§41", "proposed")
    for p in (M, SD, C):
        g.act(p, "§41", "reserved")
    for p in ja:
        g.vote("§41", 1, p, "ja")
    for p in nej:
        g.vote("§41", 1, p, "nej")
    for p in av:
        g.vote("§41", 1, p, "avstår")
    g.act(alk, "§42", "presented")
    g.party_act("C", "§42", "protocol_note")
    g.act(vch, "§43", "presented")
    g.act(KD, "§45", "raised")
    g.act(sch, "§45", "presented")
    g.d["pages"] = 3
    g.d["kommuner"] = ["Jokkmokk", "Gällivare"]
    g.d["notes"] = ("DOCX, Lex-like: each § is a one-row table '§ 41 | Dnr 2026/57' with the title below; two manual "
                    "page breaks -> 3 pages. Diarienummer kept with the printed prefix 'Dnr 2026/57' (the bare form "
                    "'2026/57' is the same number). §41 named vote as 'Ja-röster: …, Nej-röster: …, Avstår: …'; a "
                    "tjänstgörande ersättare votes. 'instämmer i … yrkande' -> proposed. §42 'Centerpartiet lämnar en "
                    "protokollsanteckning' -> party action C. §45 'ställer en fråga' -> raised; socialchef "
                    "'besvarar frågan' -> presented. Porjus is a village, not a kommun. Absent member replaced by the "
                    "tjg ersättare is not a person.")
    return g.d
# Docs 6-8: Grästorp MBN portal HTML, Gnosjö TN pdftotext TXT, Härryda KFN protokollsutdrag PDF.
import html as H


def build_gra(out):
    FILE = "grastorp_miljo-och-byggnamnden_2026-03-04_protokoll.html"
    C = [P("C"), P("C")]
    S = [P("S"), P("S")]
    SD, KD = P("SD"), P("KD")
    ersM, absM = P("M"), newname()
    ersS = P("S")
    ordf, vice = C[0], S[0]
    chef = P(None, "Emil Fagerström")
    bygg = P(None, "Tove Ahlqvist")
    insp = P(None, "Rebecka Sand")
    sekr = P(None, "Lotta Hjelm")
    e = H.escape
    body = []
    A = body.append
    A('<nav class="mp-breadcrumb"><a href="/">Start</a> › <a href="/committees/mbn">Miljö- och byggnämnden</a> › '
      'Sammanträde 2026-03-04</nav>')
    A('<header class="mp-meeting"><h1>Miljö- och byggnämnden</h1><p class="mp-date">Protokoll · 4 mars 2026 '
      'kl. 13:00 · Kommunhuset, Sessionssalen</p><p><a href="#">Ladda ner protokoll (PDF)</a></p></header>')
    A('<section class="mp-attendance"><h2>Närvarande</h2><table><thead><tr><th>Namn</th><th>Parti</th><th>Roll</th>'
      '</tr></thead><tbody>')
    for p, r in [(ordf, "Ordförande"), (vice, "Vice ordförande"), (C[1], "Ledamot"), (S[1], "Ledamot"),
                 (SD, "Ledamot"), (KD, "Ledamot"), (ersM, f"Tjänstgörande ersättare för {absM}"),
                 (ersS, "Ersättare")]:
        A(f"<tr><td>{e(p['name'])}</td><td>{p['party']}</td><td>{e(r)}</td></tr>")
    A("</tbody></table><h3>Tjänstepersoner</h3><ul>")
    for p, r in [(chef, "miljö- och byggchef"), (bygg, "bygglovshandläggare"), (insp, "miljöinspektör"),
                 (sekr, "nämndsekreterare")]:
        A(f"<li>{e(p['name'])}, {e(r)}</li>")
    A("</ul></section>")

    def par(num, title, dnr, paras):
        A(f'<article class="mp-item" id="p{num}"><h2><span class="mp-para">§ {num}</span> {e(title)}</h2>')
        if dnr:
            A(f'<p class="mp-casenr">Ärendenummer: {dnr}</p>')
        for kind, txt in paras:
            if kind == "h":
                A(f"<h3>{e(txt)}</h3>")
            elif kind == "ul":
                A("<ul>" + "".join(f"<li>{e(x)}</li>" for x in txt) + "</ul>")
            else:
                A(f"<p>{e(txt)}</p>")
        A("</article>")

    par(21, "Val av justerare", "", [("p", f"Nämnden utser {f(S[1])} att justera protokollet tillsammans med "
                                          "ordföranden. Justering sker 2026-03-09.")])
    par(22, "Bygglov för nybyggnad av enbostadshus och garage, Tengene 4:12", "MBN-2026-000031", [
        ("p", f"Bygglovshandläggare {bygg['name']} föredrar ärendet. Åtgärden avviker från detaljplanen genom att "
              "garaget placeras 1,2 meter in på mark som inte får förses med byggnad."),
        ("h", "Yrkanden"),
        ("ul", [f"{f(C[1])}: bifall till förvaltningens förslag.",
                f"{f(SD)}: avslag på ansökan med motiveringen att avvikelsen inte är liten."]),
        ("p", f"{f(ersM)} biträder {gen(C[1])} yrkande."),
        ("h", "Propositionsordning"),
        ("p", "Ordföranden ställer förvaltningens förslag mot avslagsyrkandet och finner att nämnden beslutar enligt "
              "förvaltningens förslag."),
        ("h", "Beslut"),
        ("p", "Miljö- och byggnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen."),
        ("h", "Reservation"),
        ("p", f"Mot beslutet reserverar sig {f(SD)} och {f(KD)}.")])
    par(23, "Strandskyddsdispens för brygga vid Nossan, Sörby 2:7", "MBN-2025-000412", [
        ("p", "Sökanden vill uppföra en brygga om 12 kvadratmeter. Fastigheten gränsar mot Vara kommun i söder."),
        ("h", "Beslut"),
        ("p", f"På förslag av ordföranden {f(ordf)} beslutar nämnden att bevilja strandskyddsdispens med villkor "
              "om att bryggan inte får förses med skyltar som hindrar allmänhetens tillträde.")])
    par(24, "Föreläggande om åtgärder för enskilt avlopp, Flakeberg 1:9", "MBN-2026-000058", [
        ("p", f"Miljöinspektör {insp['name']} redogör för ärendet. Avlopps\u00adanläggningen saknar godkänd rening och "
              "fastighetsägaren har inte inkommit med ansökan trots påminnelser."),
        ("h", "Beslut"),
        ("p", "Nämnden förelägger fastighetsägaren att senast 2026-10-31 åtgärda avloppsanläggningen, vid vite om "
              "40 000 kronor."),
        ("h", "Protokollsanteckning"),
        ("p", "Vi stöder beslutet men anser att förvaltningen bör erbjuda rådgivning innan vite föreläggs i "
              "liknande ärenden."),
        ("p", f"{f(S[0])}, {f(S[1])}")])
    par(25, "Meddelanden", "", [
        ("ul", ["Länsstyrelsen Västra Götaland – beslut i överklagat ärende, MBN-2025-000377",
                "Mark- och miljödomstolen vid Vänersborgs tingsrätt – dom, MBN-2024-000190"]),
        ("h", "Beslut"), ("p", "Meddelandena läggs till handlingarna.")])
    A(f'<footer class="mp-sign"><p>Sekreterare: {e(sekr["name"])} · Ordförande: {e(ordf["name"])} · '
      f'Justerare: {e(S[1]["name"])}</p><p>Protokollet justerades 2026-03-09 och anslogs 2026-03-10.</p>'
      '<p>Grästorps kommun · Meetings Plus</p></footer>')
    doc = ('<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Miljö- och byggnämnden 2026-03-04 '
           '– Grästorps kommun</title></head><body><div class="site-header">Grästorps kommun – Möten och protokoll'
           '</div><main>' + "\n".join(body) + "</main></body></html>\n")
    open(out + "/" + FILE, "w", encoding="utf-8").write(doc)

    g = Gold(FILE, "Grästorps kommun", "Miljö- och byggnämnden", "2026-03-04", "protokoll")
    g.person(ordf, ["ordförande", "ledamot"])
    g.person(vice, ["vice ordförande", "ledamot"])
    for p in (C[1], S[1], SD, KD):
        g.person(p, ["ledamot"])
    g.person(ersM, ["tjänstgörande ersättare"])
    g.person(ersS, ["ersättare"])
    g.person(chef, ["tjänsteperson"], "miljö- och byggchef")
    g.person(bygg, ["tjänsteperson"], "bygglovshandläggare")
    g.person(insp, ["tjänsteperson"], "miljöinspektör")
    g.person(sekr, ["sekreterare", "tjänsteperson"], "nämndsekreterare")
    g.person(S[1], ["justerare"])
    g.item("§21", "Val av justerare", [], 1)
    g.item("§22", "Bygglov för nybyggnad av enbostadshus och garage, Tengene 4:12", ["MBN-2026-000031"], 1)
    g.item("§23", "Strandskyddsdispens för brygga vid Nossan, Sörby 2:7", ["MBN-2025-000412"], 1)
    g.item("§24", "Föreläggande om åtgärder för enskilt avlopp, Flakeberg 1:9", ["MBN-2026-000058"], 1)
    g.item("§25", "Meddelanden", [], 1)
    g.act(S[1], "§21", "justerare")
    g.act(bygg, "§22", "presented")
    for p in (C[1], SD, ersM):
        g.act(p, "§22", "proposed")
    g.act(SD, "§22", "reserved")
    g.act(KD, "§22", "reserved")
    g.act(ordf, "§23", "proposed")
    g.act(insp, "§24", "presented")
    g.act(S[0], "§24", "protocol_note")
    g.act(S[1], "§24", "protocol_note")
    g.d["pages"] = 1
    g.d["kommuner"] = ["Grästorp", "Vara"]
    g.d["notes"] = ("Portal HTML page (Meetings Plus style): pages = 1, item pages 1. Yrkanden as a bullet list "
                    "'Namn (P): bifall …' plus 'biträder …s yrkande' (counted proposed). §23 'På förslag av "
                    "ordföranden' -> proposed. §24 protokollsanteckning heading, text, then the names -> protocol_note. "
                    "§25 case numbers on meddelanden are references (not item/document diarienummer); Vänersborgs "
                    "tingsrätt is a court seat -> Vänersborg not a kommun named. 'Ersättare' (not serving) -> ersättare. "
                    "Miljö- och byggchef is listed but does not act. Absent member replaced by tjg ersättare not a person.")
    return g.d


def build_gno(out):
    FILE = "gnosjo_tekniska-namnden_2026-03-25_protokoll.txt"
    KD = [P("KD"), P("KD")]
    SD = [P("SD"), P("SD")]
    M1, C1 = P("M"), P("C")
    ersS, absS = P("S"), newname()
    ordf, vice = KD[0], M1
    tch = P(None, "Roland Wessman")
    gch = P(None, "Margareta Sjöberg-Lind")
    vach = P(None, "Peter Ahlgren")
    sekr = P(None, "Helén Moberg")
    W = 92

    def hdr(pn):
        return [f"{'GNOSJÖ KOMMUN':<40}{'SAMMANTRÄDESPROTOKOLL':>52}",
                f"{'Tekniska nämnden':<40}{'Sammanträdesdatum':>40}{'Sida':>12}",
                f"{'':<40}{'2026-03-25':>40}{str(pn):>12}", ""]

    def ftr():
        return ["", f"{'Justerandes sign':<30}{'':<32}{'Utdragsbestyrkande':>30}"]

    def sect(num, dnr):
        return [f"§ {num:<12}{'':<50}{dnr:>30}" if dnr else f"§ {num}"]

    def body(lines):
        return ["              " + ln if ln else "" for ln in lines]

    p1 = ["", "Plats och tid            Kommunhuset, sammanträdesrum Hören, kl. 08.30–12.15", "",
          f"Beslutande               {f(ordf)}, ordförande", f"                         {f(vice)}, vice ordförande",
          f"                         {f(KD[1])}", f"                         {f(SD[0])}",
          f"                         {f(SD[1])}", f"                         {f(C1)}",
          f"                         {f(ersS)}, tjg ersättare för {absS} (S)", "",
          f"Övriga närvarande        {tch['name']}, teknisk chef",
          f"                         {vach['name']}, VA-chef, § 49",
          f"                         {gch['name']}, gatuchef, § 51",
          f"                         {sekr['name']}, sekreterare", "",
          f"Justerare                {f(C1)}", "",
          "Justeringens             Tekniska kontoret 2026-03-30", "plats och tid", "",
          f"Underskrifter            Sekreterare   ...............................   Paragrafer 48–52",
          f"                                       {sekr['name']}", "",
          f"                         Ordförande    ...............................",
          f"                                       {ordf['name']}", "",
          f"                         Justerare     ...............................",
          f"                                       {C1['name']}"]
    p2 = (sect(48, "2026.003 TN") + ["", "  Ekonomisk uppföljning efter februari 2026", ""] + body([
        f"Teknisk chef {tch['name']} redogör för utfallet efter februari. Vinter-",
        "väghållningen har kostat 1,9 miljoner kronor mer än budgeterat på grund",
        "av de stora snömängderna i januari.", "", "Beslut", "",
        "Tekniska nämnden godkänner den ekonomiska uppföljningen."]) + ["", ""] +
        sect(49, "2026.014 TN") + ["", "  Taxor för vatten och avlopp 2027", ""] + body([
            f"VA-chef {vach['name']} föredrar ärendet. VA-kollektivet behöver öka sina",
            "intäkter med 9 procent för att finansiera det nya vattenverket som byggs i",
            "samverkan med Vaggeryds kommun.", "", "Yrkanden", "",
            f"{f(KD[1])} yrkar bifall till förvaltningens förslag med den ändringen",
            "att höjningen av brukningsavgiften för 2027 begränsas till högst 6 procent och att",
            "resterande kostnadsökning finansieras genom att investeringstakten i ledningsnätet"]))
    p3 = (["§ 49 (forts.)", ""] + body([
        "sänks under 2027 och 2028.", "",
        f"{f(SD[0])} yrkar avslag på förvaltningens förslag. {f(ersS)} instämmer",
        f"i {gen(SD[0])} yrkande.", "", "Propositionsordning", "",
        "Ordföranden ställer proposition på förslagen och finner att nämnden bifaller",
        f"{gen(KD[1])} yrkande.", "", "Beslut", "",
        "Tekniska nämnden föreslår kommunfullmäktige att anta VA-taxa för 2027 med en",
        "höjning av brukningsavgiften om 6 procent.", "", "Reservation", "",
        "Sverigedemokraternas ledamöter reserverar sig mot beslutet."]) + ["", ""] +
        sect(50, "2025.188 TN") + ["", "  Upphandling av vinterväghållning för perioden", "  2026–2030", ""] + body([
            "Förvaltningen föreslår ett avtal om fyra år med möjlighet till förlängning.", "",
            "Yrkanden", "",
            f"{f(vice)} lämnar ett ändringsyrkande om att avtalstiden ska vara två år",
            "med option på två plus två år.",
            f"{f(ordf)} yrkar bifall till förvaltningens förslag.", "",
            "Ordföranden ställer proposition på förvaltningens förslag och ändringsyrkandet",
            "och finner att nämnden bifaller förvaltningens förslag.", "", "Beslut", "",
            "Tekniska nämnden godkänner förfrågningsunderlaget för vinterväghållning 2026–2030.", "",
            "Protokollsanteckning", "",
            f"{f(ersS)} lämnar en protokollsanteckning om att entreprenörer i Hillerstorp",
            "och Kävsjö ska få information om upphandlingen i god tid."]))
    p4 = (sect(51, "") + ["", "  Information om gatubelysningen", ""] + body([
        "Gatuchef Margareta Sjöberg-",
        "Lind informerar om utbytet till LED-armaturer, där 60 procent nu är klart, och",
        "om nedsläckningen av belysning längs vissa gång- och cykelvägar.", "", "Beslut", "",
        "Informationen noteras."]) + ["", ""] +
        sect(52, "") + ["", "  Delegationsbeslut", ""] + body([
            "Följande delegationsbeslut anmäls:",
            "  Grävtillstånd, Storgatan, Gnosjö            2026.009 TN",
            "  Parkeringstillstånd för rörelsehindrade     2026.011 TN",
            "  Avtal om snöröjning, enskilda vägar         2025.201 TN", "", "Beslut", "",
            "Anmälan av delegationsbesluten godkänns."]))
    pages = [p1, p2, p3, p4]
    txt = "\f".join("\n".join(hdr(i + 1) + pg + ftr()) + "\n" for i, pg in enumerate(pages))
    open(out + "/" + FILE, "w", encoding="utf-8").write(txt)

    g = Gold(FILE, "Gnosjö kommun", "Tekniska nämnden", "2026-03-25", "protokoll")
    g.person(ordf, ["ordförande", "ledamot"])
    g.person(vice, ["vice ordförande", "ledamot"])
    for p in (KD[1], SD[0], SD[1], C1):
        g.person(p, ["ledamot"])
    g.person(ersS, ["tjänstgörande ersättare"])
    g.person(tch, ["tjänsteperson"], "teknisk chef")
    g.person(vach, ["tjänsteperson"], "VA-chef")
    g.person(gch, ["tjänsteperson"], "gatuchef")
    g.person(sekr, ["sekreterare", "tjänsteperson"], "sekreterare")
    g.person(C1, ["justerare"])
    g.item("§48", "Ekonomisk uppföljning efter februari 2026", ["2026.003 TN"], 2)
    g.item("§49", "Taxor för vatten och avlopp 2027", ["2026.014 TN"], 2)
    g.item("§50", "Upphandling av vinterväghållning för perioden 2026–2030", ["2025.188 TN"], 3)
    g.item("§51", "Information om gatubelysningen", [], 4)
    g.item("§52", "Delegationsbeslut", [], 4)
    g.act(C1, None, "justerare")
    g.act(tch, "§48", "presented")
    g.act(vach, "§49", "presented")
    for p in (KD[1], SD[0], ersS):
        g.act(p, "§49", "proposed")
    g.party_act("SD", "§49", "reserved")
    g.act(vice, "§50", "proposed")
    g.act(ordf, "§50", "proposed")
    g.act(ersS, "§50", "protocol_note")
    g.act(gch, "§51", "presented")
    g.d["pages"] = 4
    g.d["kommuner"] = ["Gnosjö", "Vaggeryd"]
    g.d["notes"] = ("pdftotext-style export, pages separated by form feeds (4 pages). §49's yrkande by KD continues "
                    "over the page break onto a '§ 49 (forts.)' page. §50 title wraps over two lines (joined). §51: the "
                    "gatuchef's double surname is broken at its hyphen over a line end ('Sjöberg-' / 'Lind') -> "
                    "'Margareta Sjöberg-Lind' as in the attendance list. 'Sverigedemokraternas ledamöter reserverar sig' "
                    "-> party action SD. §50 ändringsyrkande -> proposed. §52 delegation case numbers are references. "
                    "Hillerstorp, Kävsjö and Storgatan, Gnosjö are places, not separate kommuner (Gnosjö is the "
                    "kommun itself). No 'Val av justerare' §: justerare item null.")
    return g.d


def build_har(out):
    FILE = "harryda_kultur-och-fritidsnamnden_2026-05-27_protokollsutdrag.pdf"
    M1, M2 = P("M"), P("M")
    S1, V1 = P("S"), P("V")
    LH, KD, L1 = P("LH"), P("KD"), P("L")
    ersS, absS = P("S"), newname()
    ordf = M1
    kfch = P(None, "Gunnel Wärnberg")
    sekr = P(None, "Amanda Fröjd")

    def hdr(pdf):
        pdf.set_font("dv", "B", 10)
        pdf.set_xy(20, 10)
        pdf.cell(80, 5, "Härryda kommun")
        pdf.set_font("dv", "", 8)
        pdf.set_xy(100, 9)
        pdf.multi_cell(90, 4, "PROTOKOLLSUTDRAG\nKultur- och fritidsnämnden\nSammanträdesdatum 2026-05-27", align="R")
        pdf.set_xy(20, 22)
        pdf.cell(170, 4, f"{pdf.page_no()}({{nb}})", align="R")
        pdf.line(20, 27, 190, 27)

    def ftr(pdf):
        pdf.set_font("dv", "", 7)
        pdf.set_xy(20, 284)
        pdf.cell(170, 4, "Justerare ______    ______          Utdragsbestyrkande ______")

    pdf = PDF(hdr, ftr)
    fl = Flow(pdf, top=33, bottom=278)

    def t(s):
        fl.text(s, 10)
        fl.space(1.5)

    def sub(s):
        fl.space(1.5)
        fl.text(s, 10, "B", keep=2)

    fl.text("Utdrag ur protokoll", 14, "B", h=7)
    fl.space(2)
    t("Plats och tid: Kommunhuset i Mölnlycke, sammanträdesrum Råda, 2026-05-27 kl. 17.30–20.05")
    sub("Beslutande")
    t(f"{f(ordf)}, ordförande\n{f(S1)}, vice ordförande\n{f(M2)}\n{f(V1)}\n{f(LH)}\n{f(KD)}\n{f(L1)}\n"
      f"{f(ersS)}, tjänstgörande ersättare för {absS} (S)")
    sub("Övriga")
    t(f"{kfch['name']}, kultur- och fritidschef\n{sekr['name']}, nämndsekreterare")
    sub("Justerare")
    t(f(KD))
    fl.space(4)
    t("Protokollet justerades 2026-06-01. Utdraget avser § 57.")
    fl.new_page()
    fl.text("§ 57", 12, "B")
    fl.text("Revidering av riktlinjer för föreningsbidrag, gäller även bidrag till studieförbund", 12, "B", h=6)
    fl.text("Dnr KFN 2025/211", 9)
    fl.space(2)
    sub("Sammanfattning av ärendet")
    t(f"Kultur- och fritidschef {kfch['name']} föredrar ärendet. De reviderade riktlinjerna innebär att "
      "aktivitetsstödet räknas per deltagartillfälle i stället för per sammankomst och att lokalbidraget "
      "samordnas med Partille kommun för föreningar som verkar i båda kommunerna.")
    sub("Yrkanden")
    t(f"Ordföranden {f(ordf)} yrkar bifall till förvaltningens förslag. {f(L1)} biträder yrkandet.")
    t(f"{f(S1)} och {f(V1)} yrkar återremiss för att förvaltningen ska analysera konsekvenserna för "
      "små föreningar på landsbygden.")
    sub("Propositionsordning")
    t("Ordföranden ställer först proposition på återremissyrkandet och finner att ärendet ska avgöras i dag. "
      "Därefter ställer ordföranden proposition på förvaltningens förslag och finner det bifallet.")
    sub("Beslut")
    t("Kultur- och fritidsnämnden beslutar att anta reviderade riktlinjer för föreningsbidrag att gälla från "
      "den 1 januari 2027.")
    sub("Reservationer")
    t("Ledamöterna från S och V reserverar sig till förmån för eget yrkande.")
    sub("Protokollsanteckning")
    t(f"{f(LH)} antecknar till protokollet att Lokallistan Härryda vill att bidraget till "
      "studieförbunden följs upp efter ett år.")
    fl.space(4)
    t("Expedieras till: Kultur- och fritidsförvaltningen, föreningsregistret\n\nRätt utdraget intygar:\n\n"
      f"………………………………\n{sekr['name']}, nämndsekreterare")
    pdf.output(out + "/" + FILE)

    g = Gold(FILE, "Härryda kommun", "Kultur- och fritidsnämnden", "2026-05-27", "protokoll")
    g.person(ordf, ["ordförande", "ledamot"])
    g.person(S1, ["vice ordförande", "ledamot"])
    for p in (M2, V1, LH, KD, L1):
        g.person(p, ["ledamot"])
    g.person(ersS, ["tjänstgörande ersättare"])
    g.person(kfch, ["tjänsteperson"], "kultur- och fritidschef")
    g.person(sekr, ["sekreterare", "tjänsteperson"], "nämndsekreterare")
    g.person(KD, ["justerare"])
    g.item("§57", "Revidering av riktlinjer för föreningsbidrag, gäller även bidrag till studieförbund",
           ["KFN 2025/211"], 2)
    g.act(KD, None, "justerare")
    g.act(kfch, "§57", "presented")
    for p in (ordf, L1, S1, V1):
        g.act(p, "§57", "proposed")
    g.party_act("S", "§57", "reserved")
    g.party_act("V", "§57", "reserved")
    g.act(LH, "§57", "protocol_note")
    g.d["pages"] = pdf.page_no()
    g.d["kommuner"] = ["Härryda", "Partille"]
    g.d["notes"] = ("Protokollsutdrag (extract of one §, with the protocol's head block) -> doc_type protokoll. "
                    "Local party Lokallistan Härryda (LH, invented). Justerare from the head block, item null (no "
                    "'Val av justerare' § in the extract). 'biträder yrkandet' -> proposed. Two proposers in one "
                    "återremiss sentence -> both proposed. 'Ledamöterna från S och V reserverar sig' -> party actions S "
                    "and V. Mölnlycke (meeting place) is a tätort in Härryda, not a separate kommun. The absent member "
                    "replaced by the tjg ersättare is not a person.")
    return g.d


if __name__ == "__main__":
    import json, os
    OUT = os.path.dirname(os.path.abspath(__file__))
    docs = [build_uv(OUT), build_gvl(OUT), build_ham(OUT), build_hjo(OUT), build_jok(OUT), build_gra(OUT),
            build_gno(OUT), build_har(OUT)]
    with open(OUT + "/gold.json", "w", encoding="utf-8") as fh:
        json.dump({"format": "arkiv-gold/1", "documents": docs}, fh, ensure_ascii=False, indent=1)
