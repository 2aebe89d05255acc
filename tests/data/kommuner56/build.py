# -*- coding: utf-8 -*-
"""Generator for kommuner56 (named votes; how a document names its organ). All content invented."""
import json, os, random, subprocess, html
from fpdf import FPDF
import docx
from docx.shared import Pt
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"

FIRST = ["Anna", "Per", "Karin", "Lars", "Maria", "Johan", "Eva", "Mikael", "Sofia", "Anders", "Lena", "Stefan",
         "Ingrid", "Mats", "Helena", "Tomas", "Britt-Marie", "Jonas", "Ulla", "Fredrik", "Emma", "Göran", "Sara",
         "Magnus", "Kerstin", "Ola", "Malin", "Henrik", "Annika", "Nils", "Åsa", "Bo", "Linnea", "Erik", "Marie-Louise",
         "Kjell", "Ylva", "Patrik", "Therese", "Leif", "Camilla", "Rune", "Hanna", "Roger", "Elin", "Jan-Erik", "Agneta",
         "Oskar", "Margareta", "Daniel", "Jessica", "Sven", "Ida", "Torbjörn", "Gunilla", "Arvid", "Birgitta", "Ali"]
LAST = ["Sundberg", "Holmström", "Wikström", "Östlund", "Nordin", "Hedlund", "Lindqvist", "Berglund", "Åkerman",
        "Sjödin", "Forsberg", "Engström", "Lundmark", "Strömberg", "Häggström", "Norberg", "Ekholm", "Jonsson",
        "Bäckström", "Granlund", "Söderberg", "Fransson", "Almqvist", "Lindholm", "Nyberg", "Wallin", "Ågren",
        "Dahlgren", "Edvinsson", "Hellström", "Magnusson", "Persson Krantz", "Olofsson", "Sandberg", "Tjärnberg",
        "Vikner", "Rosén", "Moberg", "Blomqvist", "Ljung", "Karlsson", "Mattsson", "Öberg", "Lundin", "Ekström",
        "Björklund", "Haddad", "Nyman", "Sjöberg", "Palm", "Kvist", "Lövgren", "Axelsson", "Bergman", "Falk"]


def make_members(spec, seed, used=None):
    rnd = random.Random(seed)
    used = set() if used is None else used
    out = []
    for party, n in spec:
        for _ in range(n):
            while True:
                nm = rnd.choice(FIRST) + " " + rnd.choice(LAST)
                if nm not in used:
                    used.add(nm)
                    break
            out.append([nm, party])
    return out


def inv(name):
    f, l = name.split(" ", 1)
    return l + ", " + f


# ---------------------------------------------------------------- gold helpers
class G:
    def __init__(self, file, org, organ, date, pages=None):
        self.d = {"file": file, "organization": org, "organ": organ, "date": date, "doc_type": "protokoll",
                  "pages": pages, "items": [], "persons": [], "actions": [], "votes": [], "diarienummer": [],
                  "kommuner": [], "regions": [], "notes": ""}

    def person(self, name, party, roles, title=None):
        for p in self.d["persons"]:
            if p["name"] == name:
                for r in roles:
                    if r not in p["roles"]:
                        p["roles"].append(r)
                if title and not p.get("title"):
                    p["title"] = title
                return
        p = {"name": name, "party": party, "roles": list(roles)}
        if title:
            p["title"] = title
        self.d["persons"].append(p)

    def item(self, num, title, dnr, page, summary=None):
        it = {"number": num, "title": title, "diarienummer": list(dnr), "page": page}
        if summary:
            it["votes_summary"] = summary
        self.d["items"].append(it)
        for x in dnr:
            if x not in self.d["diarienummer"]:
                self.d["diarienummer"].append(x)

    def act(self, person, item, kind, party=None):
        a = {"person": person, "item": item, "kind": kind}
        if person is None:
            a["party"] = party
        self.d["actions"].append(a)

    def vote(self, item, rnd, person, v):
        self.d["votes"].append({"item": item, "round": rnd, "person": person, "vote": v})


# ---------------------------------------------------------------- PDF helpers
class PDF(FPDF):
    hdr = None
    ftr = None

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def newpdf(serif=False):
    p = PDF(format="A4")
    p.add_font("S", "", FD + "DejaVuSans.ttf")
    p.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
    p.add_font("R", "", FD + "DejaVuSerif.ttf")
    p.add_font("R", "B", FD + "DejaVuSerif-Bold.ttf")
    p.body = "R" if serif else "S"
    p.set_auto_page_break(True, margin=22)
    p.set_margins(22, 30, 20)
    return p


def para(p, text, size=10, bold=False, gap=1.5, indent=None):
    p.set_font(p.body, "B" if bold else "", size)
    if indent is not None:
        p.set_x(indent)
        w = p.w - p.r_margin - indent
    else:
        p.set_x(p.l_margin)
        w = 0
    text = text.replace("\t", "    ")
    p.multi_cell(w, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(gap)


def need(p, h):
    if p.get_y() + h > p.h - 25:
        p.add_page()


def table(p, headers, widths, rows, size=9, repeat=True, rh=5.2, bold_last=False, x0=None):
    x0 = p.l_margin if x0 is None else x0

    def head():
        p.set_font("S", "B", size)
        p.set_x(x0)
        for h, w in zip(headers, widths):
            p.cell(w, rh + 0.6, h, border="B")
        p.ln(rh + 0.6)
    head()
    for i, r in enumerate(rows):
        if p.get_y() + rh > p.h - 25:
            p.add_page()
            if repeat:
                head()
        p.set_font("S", "B" if (bold_last and i == len(rows) - 1) else "", size)
        p.set_x(x0)
        for c, w in zip(r, widths):
            p.cell(w, rh, c, align="C" if len(c) <= 2 and w < 20 else "L")
        p.ln(rh)
    p.ln(2)


def sig_block(p, labels):
    need(p, 40)
    p.ln(4)
    for lab, name in labels:
        p.set_font(p.body, "", 9)
        p.cell(35, 5, lab)
        p.cell(0, 5, "....................................................")
        p.ln(6)
        p.set_x(p.l_margin + 35)
        p.cell(0, 5, name)
        p.ln(8)


def tally(votes):
    return sum(1 for v in votes if v == "ja"), sum(1 for v in votes if v == "nej"), sum(1 for v in votes if v == "avstår")


WORD = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår"}
DOCS = []

# ===================================================================== 1 Ånge KF (Ciceron-like)
def doc_ange():
    fn = "ange_kommunfullmaktige_2026-04-20_protokoll.pdf"
    g = G(fn, "Ånge kommun", "Kommunfullmäktige", "2026-04-20")
    spec = [("S", 11), ("C", 5), ("SD", 6), ("M", 3), ("V", 2), ("KD", 1), ("L", 1), ("ÅL", 2)]
    mem = make_members(spec, 101)
    chair, vice = mem[0], mem[11]
    absent_blank = mem[4]                      # S, no ersättare -> blank row
    ers = make_members([("SD", 1), ("C", 1)], 102, set(m[0] for m in mem))
    replaced = {mem[17][0]: ers[0], mem[13][0]: ers[1]}   # SD #2, C #3
    extra_ers = make_members([("S", 1), ("M", 1), ("ÅL", 1)], 103, set(m[0] for m in mem + ers))
    sek, kc = "Lena Holmgren", "Per-Olof Sandin"
    party_vote = {"S": "ja", "V": "ja", "L": "ja", "ÅL": "ja", "SD": "nej", "M": "nej", "KD": "nej", "C": "avstår"}
    p = newpdf()
    p.alias_nb_pages()

    def hdr(pp):
        pp.set_font("S", "B", 9)
        pp.set_xy(22, 10)
        pp.cell(55, 5, "ÅNGE KOMMUN")
        pp.set_font("S", "", 9)
        pp.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        pp.cell(0, 5, "Sida %d(%s)" % (pp.page_no(), "{nb}"), align="R")
        pp.ln(5)
        pp.set_x(22)
        pp.cell(55, 5, "Kommunfullmäktige")
        pp.cell(60, 5, "Sammanträdesdatum 2026-04-20")
        pp.ln(6)
        pp.line(22, pp.get_y(), 190, pp.get_y())
        pp.set_y(30)

    def ftr(pp):
        pp.set_y(-16)
        pp.set_font("S", "", 7)
        pp.cell(60, 4, "Justerandes sign")
        pp.cell(60, 4, "Utdragsbestyrkande", align="C")
    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(p, "Plats och tid\tKommunhuset, sessionssalen, Ånge, kl. 18.00–20.40", 9)
    lines = []
    for m in mem:
        if m is absent_blank:
            continue
        if m[0] in replaced:
            e = replaced[m[0]]
            lines.append("%s (%s), tjänstgörande ersättare för %s (%s)" % (e[0], e[1], m[0], m[1]))
            continue
        r = ", ordförande" if m is chair else (", 1:e vice ordförande" if m is vice else "")
        lines.append("%s (%s)%s" % (m[0], m[1], r))
    para(p, "Beslutande", 9, bold=True, gap=0)
    para(p, "\n".join(lines), 8.5, gap=2, indent=50)
    para(p, "Ersättare (ej tjänstgörande)", 9, bold=True, gap=0)
    para(p, "\n".join("%s (%s)" % (e[0], e[1]) for e in extra_ers), 8.5, gap=2, indent=50)
    para(p, "Övriga deltagare", 9, bold=True, gap=0)
    para(p, "%s, kommunsekreterare\n%s, kommunchef" % (sek, kc), 8.5, gap=2, indent=50)
    jus = [mem[12], mem[19]]   # C, SD
    para(p, "Utses att justera\t%s (C) och %s (SD)" % (jus[0][0], jus[1][0]), 9)
    para(p, "Justeringens plats och tid\tKommunkansliet, 2026-04-24", 9)
    para(p, "Paragrafer\t§§ 30–34", 9)
    sig_block(p, [("Sekreterare", sek), ("Ordförande", chair[0]), ("Justerande", "%s    %s" % (jus[0][0], jus[1][0]))])
    for m in mem:
        if m is absent_blank:
            continue
        if m[0] in replaced:
            e = replaced[m[0]]
            g.person(e[0], e[1], ["tjänstgörande ersättare"])
        else:
            g.person(m[0], m[1], ["ordförande", "ledamot"] if m is chair else (["vice ordförande", "ledamot"] if m is vice else ["ledamot"]))
    for e in extra_ers:
        g.person(e[0], e[1], ["ersättare"])
    g.person(sek, None, ["sekreterare", "tjänsteperson"], "kommunsekreterare")
    g.person(kc, None, ["tjänsteperson"], "kommunchef")

    p.add_page()
    # § 30
    pg = p.page_no()
    para(p, "§ 30\tVal av justerare", 11, bold=True)
    para(p, "Beslut\nTill att jämte ordföranden justera dagens protokoll utses %s (C) och %s (SD). Justeringen sker "
            "på kommunkansliet fredagen den 24 april 2026." % (jus[0][0], jus[1][0]))
    g.item("§30", "Val av justerare", [], pg)
    for j in jus:
        g.act(j[0], "§30", "justerare")
        g.person(j[0], j[1], ["justerare"])
    # § 31
    v1 = mem[26]
    pg = p.page_no()
    p.ln(3)
    para(p, "§ 31\tDnr KS 2025/388", 11, bold=True, gap=0)
    t31 = "Motion från %s (V) om solceller på kommunens fastigheter" % v1[0]
    para(p, t31, 11, bold=True)
    para(p, "Sammanfattning\n%s (V) föreslår i en motion att kommunen ska installera solceller på samtliga lämpliga "
            "tak på kommunens fastigheter senast 2030. Kommunstyrelsen föreslår att motionen avslås med hänvisning till "
            "pågående energikartläggning." % v1[0])
    para(p, "Yrkanden\n%s (V) yrkar bifall till motionen.\n%s (S) yrkar bifall till kommunstyrelsens förslag." % (v1[0], chair[0]))
    para(p, "Propositionsordning\nOrdföranden ställer förslagen mot varandra och finner att kommunstyrelsens förslag "
            "har bifallits.")
    para(p, "Beslut\nMotionen avslås.")
    para(p, "Reservation\n%s (V) reserverar sig mot beslutet till förmån för eget yrkande." % v1[0])
    g.item("§31", t31, ["KS 2025/388"], pg)
    g.act(v1[0], "§31", "raised"); g.act(v1[0], "§31", "proposed"); g.act(chair[0], "§31", "proposed")
    g.act(v1[0], "§31", "reserved")
    # § 32
    sd1, c1, m1 = mem[16], mem[12], mem[22]
    need(p, 60)
    pg = p.page_no()
    p.ln(3)
    para(p, "§ 32\tDnr KS 2025/301", 11, bold=True, gap=0)
    t32 = ("Ny skolorganisation för årskurs F–6 i Ånge, Fränsta och Ljungaverk, beslut om sammanslagning av "
           "Ljungaverks skola och Fränsta skola")
    para(p, t32, 11, bold=True)
    para(p, "Sammanfattning\nBarn- och utbildningsnämnden har föreslagit att Ljungaverks skola och Fränsta skola slås "
            "samman från och med höstterminen 2027. Kommunchef %s redogör för ärendet och för de ekonomiska "
            "konsekvenserna." % kc)
    para(p, "Yrkanden\n%s (S) yrkar bifall till kommunstyrelsens förslag.\n%s (SD) yrkar avslag till "
            "kommunstyrelsens förslag.\n%s (M) instämmer i %ss yrkande." % (chair[0], sd1[0], m1[0], sd1[0]))
    para(p, "Propositionsordning\nOrdföranden ställer proposition på bifall mot avslag och finner att "
            "kommunstyrelsens förslag har bifallits. Votering begärs och verkställs. Den som vill bifalla "
            "kommunstyrelsens förslag röstar Ja. Den som vill bifalla avslagsyrkandet röstar Nej.")
    rows, vv = [], []
    for m in mem:
        if m is absent_blank:
            rows.append([m[0], m[1], "", "", ""])
            continue
        who = replaced.get(m[0], m)
        v = party_vote[who[1]]
        vv.append(v)
        g.vote("§32", 1, who[0], v)
        rows.append([who[0], who[1], "X" if v == "ja" else "", "X" if v == "nej" else "", "X" if v == "avstår" else ""])
    ja, nej, av = tally(vv)
    para(p, "Omröstningsresultat\nMed %d ja-röster mot %d nej-röster, %d avstår, beslutar sammanträdet enligt "
            "kommunstyrelsens förslag. Voteringslista:" % (ja, nej, av))
    rows.append(["Summa", "", str(ja), str(nej), str(av)])
    table(p, ["Ledamot", "Parti", "Ja", "Nej", "Avstår"], [70, 20, 18, 18, 18], rows, bold_last=True)
    para(p, "Beslut\n1. Ljungaverks skola och Fränsta skola slås samman till en skolenhet från och med "
            "höstterminen 2027.\n2. Barn- och utbildningsnämnden får i uppdrag att genomföra beslutet.")
    para(p, "Reservationer\nSverigedemokraternas ledamöter reserverar sig mot beslutet.\n%s (M) reserverar sig "
            "skriftligt, bilaga 1." % m1[0])
    para(p, "Protokollsanteckning\n%s (C) lämnar en protokollsanteckning: Centerpartiet avstår då "
            "landsbygdsanalysen saknas." % c1[0])
    g.item("§32", t32, ["KS 2025/301"], pg, "Ja %d, Nej %d, Avstår %d" % (ja, nej, av))
    g.act(kc, "§32", "presented"); g.act(chair[0], "§32", "proposed"); g.act(sd1[0], "§32", "proposed")
    g.act(m1[0], "§32", "proposed"); g.act(None, "§32", "reserved", "SD"); g.act(m1[0], "§32", "reserved")
    g.act(c1[0], "§32", "protocol_note")
    g.person(kc, None, ["föredragande"])
    # § 33
    m2 = mem[23]
    need(p, 50)
    pg = p.page_no()
    p.ln(3)
    para(p, "§ 33\tDnr KS 2026/54", 11, bold=True, gap=0)
    t33 = "Svar på interpellation från %s (M) om vinterväghållningen på landsbygden" % m2[0]
    para(p, t33, 11, bold=True)
    para(p, "%s (M) har ställt en interpellation till kommunstyrelsens ordförande om vinterväghållningen. "
            "Kommunstyrelsens ordförande %s (S) besvarar interpellationen. Efter överläggning förklaras "
            "interpellationen besvarad." % (m2[0], mem[1][0]))
    para(p, "Beslut\nInterpellationen är besvarad.")
    g.item("§33", t33, ["KS 2026/54"], pg)
    g.act(m2[0], "§33", "raised"); g.act(mem[1][0], "§33", "presented")
    # § 34
    sd2, al = mem[18], mem[29]
    need(p, 50)
    pg = p.page_no()
    p.ln(3)
    para(p, "§ 34\tAnmälan av nya motioner", 11, bold=True)
    para(p, "Följande motioner anmäls:\n– Dnr KS 2026/121: Motion från %s (SD) om kameraövervakning vid "
            "resecentrum i Ånge\n– Dnr KS 2026/122: Motion från %s (ÅL) om fler laddstolpar i Torpshammar" % (sd2[0], al[0]))
    para(p, "Beslut\nMotionerna remitteras till kommunstyrelsen för beredning.")
    g.item("§34", "Anmälan av nya motioner", ["KS 2026/121", "KS 2026/122"], pg)
    g.act(sd2[0], "§34", "raised"); g.act(al[0], "§34", "raised")
    p.add_page()
    para(p, "Bilaga 1 till § 32 – Reservation", 11, bold=True)
    para(p, "Moderaterna anser att sammanslagningen saknar tillräckligt underlag.\n\n%s (M)" % m1[0])
    p.output(os.path.join(OUT, fn))
    g.d["pages"] = p.page_no()
    g.d["kommuner"] = ["Ånge"]
    g.d["notes"] = ("Organ is printed only in the running page header ('Kommunfullmäktige' under 'ÅNGE KOMMUN'); the "
                    "body never names it. Voteringslista in §32 is a Ledamot|Parti|Ja|Nej|Avstår table with X marks, "
                    "continued over a page break with the header row repeated, ending with a Summa row. The row for "
                    "%s (S) is blank: that member is absent without ersättare (not in the attendance list) and is "
                    "not a person. The two ordinarie replaced by tjänstgörande ersättare (%s for %s, %s for %s) are "
                    "absent and not persons; the table prints only the ersättare. ÅL = local party. "
                    "Bilaga 1 is a written reservation, not an item." % (absent_blank[0], ers[0][0], mem[17][0], ers[1][0], mem[13][0]))
    DOCS.append(g.d)


# ===================================================================== 2 Bräcke KSAU (Platina-like, cover page)
def doc_bracke():
    fn = "bracke_kommunstyrelsens-arbetsutskott_2026-05-05_protokoll.pdf"
    g = G(fn, "Bräcke kommun", "Kommunstyrelsens arbetsutskott", "2026-05-05")
    p = newpdf(serif=True)
    p.alias_nb_pages()

    def hdr(pp):
        if pp.page_no() == 1:
            return
        pp.set_font("R", "", 8.5)
        pp.set_xy(22, 10)
        pp.cell(60, 4, "Bräcke kommun")
        pp.cell(60, 4, "PROTOKOLL", align="C")
        pp.cell(0, 4, "%d (%s)" % (pp.page_no(), "{nb}"), align="R")
        pp.ln(4)
        pp.set_x(22)
        pp.cell(60, 4, "")
        pp.cell(60, 4, "2026-05-05", align="C")
        pp.set_y(28)

    def ftr(pp):
        if pp.page_no() == 1:
            return
        pp.set_y(-15)
        pp.set_font("R", "", 7)
        pp.cell(0, 4, "Justerare ........   ........          Utdragsbestyrkande ........")
    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    p.set_font("R", "B", 14)
    p.set_y(40)
    p.cell(0, 8, "Bräcke kommun", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_y(100)
    p.set_font("R", "B", 22)
    p.cell(0, 12, "KOMMUNSTYRELSENS ARBETSUTSKOTT", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("R", "", 16)
    p.cell(0, 10, "Protokoll", align="C", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 10, "2026-05-05", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("R", "", 11)
    p.cell(0, 8, "Paragrafer §§ 61–65", align="C", new_x="LMARGIN", new_y="NEXT")
    ordf, vice, tjg, m, bkl = ("Ingela Sundqvist", "C"), ("Mikael Öhman", "S"), ("Jonas Falk", "S"), ("Henrik Dahlberg", "M"), ("Sara Lönnqvist", "BKL")
    absent = ("Karin Bergkvist", "S")
    ers = ("Göran Hedin", "SD")
    sek, eko, bib = "Agnes Frid", "Annika Wiklund", "Tove Rask"
    p.add_page()
    para(p, "Plats och tid: Kommunhuset, sammanträdesrum Gimån, Bräcke, kl. 09.00–12.15", 10)
    para(p, "Beslutande\n%s (C), ordförande\n%s (S), vice ordförande\n%s (S), tjänstgörande ersättare för %s (S)\n"
            "%s (M)\n%s (BKL)" % (ordf[0], vice[0], tjg[0], absent[0], m[0], bkl[0]), 10)
    para(p, "Övriga närvarande\n%s (SD), ersättare\n%s, nämndsekreterare\n%s, ekonomichef\n%s, bibliotekschef, § 63"
         % (ers[0], sek, eko, bib), 10)
    para(p, "Utses att justera: %s (M)\nJusteringens plats och tid: Kommunhuset, 2026-05-07" % m[0], 10)
    sig_block(p, [("Sekreterare", sek), ("Ordförande", ordf[0]), ("Justerare", m[0])])
    g.person(ordf[0], "C", ["ordförande", "ledamot"]); g.person(vice[0], "S", ["vice ordförande", "ledamot"])
    g.person(tjg[0], "S", ["tjänstgörande ersättare"]); g.person(m[0], "M", ["ledamot", "justerare"])
    g.person(bkl[0], "BKL", ["ledamot"]); g.person(ers[0], "SD", ["ersättare"])
    g.person(sek, None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")
    g.person(eko, None, ["tjänsteperson", "föredragande"], "ekonomichef")
    g.person(bib, None, ["tjänsteperson", "föredragande"], "bibliotekschef")
    p.add_page()

    def head(num, title, dnr):
        pg = p.page_no()
        p.set_font("R", "B", 11)
        p.cell(20, 6, "§ %d" % num)
        p.set_font("R", "", 9)
        p.cell(0, 6, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        para(p, title, 11, bold=True)
        return pg
    pg = head(61, "Val av justerare", "")
    para(p, "Arbetsutskottet beslutar\nAtt utse %s (M) att jämte ordföranden justera dagens protokoll." % m[0])
    g.item("§61", "Val av justerare", [], pg); g.act(m[0], "§61", "justerare")
    p.ln(3)
    pg = head(62, "Information om budgetuppföljning per april 2026", "KS/2026:12")
    para(p, "Ekonomichef %s informerar om budgetuppföljningen per april. Prognosen visar ett underskott om 4,2 "
            "miljoner kronor, främst inom socialtjänsten.\n\nArbetsutskottet beslutar\nAtt notera informationen." % eko)
    g.item("§62", "Information om budgetuppföljning per april 2026", ["KS/2026:12"], pg); g.act(eko, "§62", "presented")
    p.ln(3)
    t63 = "Förändrade öppettider på Bräcke bibliotek och filialen i Kälarne"
    pg = head(63, t63, "KS/2026:87")
    para(p, "Ärendebeskrivning\nBibliotekschef %s föredrar förslaget att minska de bemannade öppettiderna i "
            "Kälarne till två dagar per vecka och införa meröppet." % bib)
    para(p, "Yrkanden\n%s (BKL) yrkar att ärendet återremitteras för en konsekvensanalys.\n%s (C) yrkar bifall "
            "till förvaltningens förslag.\n%s (M) yrkar avslag till förvaltningens förslag." % (bkl[0], ordf[0], m[0]))
    vl = [ordf, vice, tjg, m, bkl]
    r1 = {ordf: "ja", vice: "ja", tjg: "ja", m: "nej", bkl: "nej"}
    r2 = {ordf: "ja", vice: "ja", tjg: "ja", m: "nej", bkl: "avstår"}
    para(p, "Omröstning 1\nOrdföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras "
            "och finner att det ska avgöras i dag. Omröstning begärs. Ja-röst för att avgöra ärendet i dag, "
            "Nej-röst för återremiss.")
    table(p, ["Ledamot", "Parti", "Röst"], [70, 25, 30], [[x[0], x[1], WORD[r1[x]]] for x in vl])
    j, n, a = tally(r1.values())
    para(p, "Resultat omröstning 1: %d ja-röster och %d nej-röster. Ärendet ska avgöras i dag." % (j, n))
    para(p, "Omröstning 2\nOrdföranden ställer därefter proposition på bifall mot avslag och finner bifall. "
            "Omröstning begärs. Ja-röst för bifall till förvaltningens förslag, Nej-röst för avslag.")
    table(p, ["Ledamot", "Parti", "Röst"], [70, 25, 30], [[x[0], x[1], WORD[r2[x]]] for x in vl])
    j2, n2, a2 = tally(r2.values())
    para(p, "Resultat omröstning 2: %d ja-röster, %d nej-röst och %d avstår." % (j2, n2, a2))
    for x in vl:
        g.vote("§63", 1, x[0], r1[x])
    for x in vl:
        g.vote("§63", 2, x[0], r2[x])
    para(p, "Arbetsutskottet beslutar\nAtt föreslå kommunstyrelsen besluta att öppettiderna ändras enligt "
            "förvaltningens förslag från och med 2026-09-01.")
    para(p, "Reservation\n%s (M) reserverar sig mot beslutet.\n\nProtokollsanteckning\n%s (BKL) lämnar en "
            "protokollsanteckning om att en konsekvensanalys för Kälarne borde ha gjorts." % (m[0], bkl[0]))
    g.item("§63", t63, ["KS/2026:87"], pg, "Omröstning 1: Ja %d, Nej %d; Omröstning 2: Ja %d, Nej %d, Avstår %d" % (j, n, j2, n2, a2))
    g.act(bib, "§63", "presented"); g.act(bkl[0], "§63", "proposed"); g.act(ordf[0], "§63", "proposed")
    g.act(m[0], "§63", "proposed"); g.act(m[0], "§63", "reserved"); g.act(bkl[0], "§63", "protocol_note")
    p.ln(3)
    need(p, 40)
    mf = "Maria Edlund"
    t64 = "Medborgarförslag om hundrastgård i Gällö"
    pg = head(64, t64, "KS/2026:41")
    para(p, "%s har lämnat ett medborgarförslag om att kommunen anlägger en inhägnad hundrastgård i Gällö. "
            "Tekniska avdelningen bedömer att förslaget kan genomföras inom befintlig budget.\n\n"
            "Arbetsutskottet beslutar\nAtt föreslå kommunstyrelsen att bifalla medborgarförslaget." % mf)
    g.item("§64", t64, ["KS/2026:41"], pg); g.act(mf, "§64", "raised"); g.person(mf, None, [])
    p.ln(3)
    need(p, 40)
    pg = head(65, "Anmälan av delegationsbeslut", "KS/2026:5")
    para(p, "Följande delegationsbeslut anmäls:\n– Beslut om tillfällig bilförsäljning, KS/2026:33\n"
            "– Yttrande till Polismyndigheten om offentlig tillställning, KS/2026:38\n\n"
            "Arbetsutskottet beslutar\nAtt lägga redovisningen till handlingarna.")
    g.item("§65", "Anmälan av delegationsbeslut", ["KS/2026:5"], pg)
    p.output(os.path.join(OUT, fn))
    g.d["pages"] = p.page_no()
    g.d["kommuner"] = ["Bräcke"]
    g.d["notes"] = ("Organ is named only on the cover page, in capitals: 'KOMMUNSTYRELSENS ARBETSUTSKOTT'; gold writes "
                    "it in normal case. Running headers say only 'Bräcke kommun PROTOKOLL'. §63 has two numbered "
                    "omröstningar (1: avgöra i dag vs återremiss; 2: bifall vs avslag), each with its own list with "
                    "the vote as a word; rounds 1 and 2. votes_summary for two rounds written as one string naming "
                    "both. %s (S) is tjänstgörande ersättare for %s (absent, not a person). Medborgarförslag author "
                    "%s is a private person who authored the medborgarförslag: listed in persons (GOLD_FORMAT lists authors of "
                    "initiatives) with party null and empty roles (no fixed role fits) and action 'raised'. Delegation-decision numbers KS/2026:33 and KS/2026:38 in §65 are "
                    "references, not item numbers. BKL = local party." % (tjg[0], absent[0], mf))
    DOCS.append(g.d)


# ===================================================================== 3 Hylte SN (Meetings Plus-like)
def doc_hylte():
    fn = "hylte_socialnamnden_2026-05-13_protokoll.pdf"
    g = G(fn, "Hylte kommun", "Socialnämnden", "2026-05-13")
    mem = [["Ulrika Nord", "S"], ["Bengt Åberg", "M"], ["Hassan Jaber", "S"], ["Lise-Lott Krantz", "S"],
           ["Camilla Ström", "M"], ["Patrik Holm", "SD"], ["Kjell Ragnarsson", "SD"], ["Elsa Gunnarsson", "C"],
           ["Mona Friberg", "HBP"]]
    repl = {"Lise-Lott Krantz": ["Olle Nyström", "S"], "Kjell Ragnarsson": ["Tina Borg", "SD"]}
    ersn = [["Sanna Vik", "M"], ["Rolf Axén", "HBP"]]
    sek, sc, ec = "Jenny Alm", "Marie Fredén", "Dragan Petrović"
    p = newpdf()
    p.alias_nb_pages()

    def hdr(pp):
        pp.set_xy(22, 10)
        pp.set_font("S", "B", 10)
        pp.cell(80, 5, "HYLTE KOMMUN")
        pp.set_font("S", "", 9)
        pp.cell(45, 5, "PROTOKOLL")
        pp.cell(0, 5, "Sida %d(%s)" % (pp.page_no(), "{nb}"), align="R")
        pp.ln(5)
        pp.set_x(102)
        pp.cell(45, 5, "Sammanträdesdatum")
        pp.ln(4)
        pp.set_x(102)
        pp.cell(45, 5, "2026-05-13")
        pp.set_y(32)

    def ftr(pp):
        pp.set_y(-15)
        pp.set_font("S", "", 7)
        pp.cell(0, 4, "Ordförandes sign ........   Justerandes sign ........   Utdragsbestyrkande ........")
    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(p, "Protokoll fört vid sammanträde med socialnämnden i Hylte kommun", 12, bold=True, gap=3)
    para(p, "Plats och tid: Kommunhuset, sammanträdesrum Nissan, Hyltebruk, kl. 13.30–16.05", 9.5)
    bl = []
    for mm in mem:
        if mm[0] in repl:
            e = repl[mm[0]]
            bl.append("%s (%s) tjänstgör för %s (%s)" % (e[0], e[1], mm[0], mm[1]))
            g.person(e[0], e[1], ["tjänstgörande ersättare"])
        else:
            r = ", ordförande" if mm[0] == "Ulrika Nord" else (", vice ordförande" if mm[0] == "Bengt Åberg" else "")
            bl.append("%s (%s)%s" % (mm[0], mm[1], r))
            g.person(mm[0], mm[1], ["ordförande", "ledamot"] if r == ", ordförande" else (["vice ordförande", "ledamot"] if r else ["ledamot"]))
    para(p, "Beslutande ledamöter", 9.5, bold=True, gap=0)
    para(p, "\n".join(bl), 9, indent=60)
    para(p, "Ersättare", 9.5, bold=True, gap=0)
    para(p, "\n".join("%s (%s)" % tuple(e) for e in ersn), 9, indent=60)
    for e in ersn:
        g.person(e[0], e[1], ["ersättare"])
    para(p, "Övriga närvarande", 9.5, bold=True, gap=0)
    para(p, "%s, socialchef\n%s, enhetschef, § 43\n%s, nämndsekreterare" % (sc, ec, sek), 9, indent=60)
    g.person(sc, None, ["tjänsteperson", "föredragande"], "socialchef")
    g.person(ec, None, ["tjänsteperson", "föredragande"], "enhetschef")
    g.person(sek, None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")
    para(p, "Justerare: Bengt Åberg (M)\nJusteringens plats och tid: Socialförvaltningen 2026-05-18\n"
            "Protokollet omfattar §§ 41–44", 9.5)
    g.person("Bengt Åberg", "M", ["justerare"]); g.act("Bengt Åberg", None, "justerare")
    sig_block(p, [("Sekreterare", sek), ("Ordförande", "Ulrika Nord"), ("Justerare", "Bengt Åberg")])
    p.add_page()

    def head(num, dnr, title):
        pg = p.page_no()
        p.set_font("S", "B", 11)
        p.cell(25, 6, "§ %d" % num)
        p.set_font("S", "", 9)
        p.cell(0, 6, ("Dnr " + dnr) if dnr else "", new_x="LMARGIN", new_y="NEXT")
        para(p, title, 11, bold=True)
        return pg
    pg = head(41, "SN 2026/3", "Information från socialchefen")
    para(p, "Socialchef %s informerar om rekryteringsläget, arbetet med den nya socialtjänstlagen och samverkan med "
            "Region Halland kring barn och unga.\n\nBeslut\nNämnden tackar för informationen." % sc)
    g.item("§41", "Information från socialchefen", ["SN 2026/3"], pg); g.act(sc, "§41", "presented")
    p.ln(3)
    t42 = "Riktlinjer för ekonomiskt bistånd 2027"
    pg = head(42, "SN 2026/45", t42)
    para(p, "Ärendebeskrivning\nFörvaltningen har reviderat riktlinjerna för ekonomiskt bistånd. Förslaget innebär "
            "bland annat en gemensam nivå för hemutrustning med Halmstads kommun.")
    para(p, "Yrkanden\nUlrika Nord (S) yrkar bifall till förvaltningens förslag.\nPatrik Holm (SD) yrkar att "
            "riktlinjerna ändras så att kravet på aktivitet skärps i avsnitt 4.\nMona Friberg (HBP) instämmer i "
            "Ulrika Nords yrkande.")
    para(p, "Propositionsordning\nOrdföranden ställer förslagen mot varandra och finner bifall till förvaltningens "
            "förslag. Omröstning begärs och följande propositionsordning godkänns: Ja-röst för förvaltningens förslag, "
            "Nej-röst för Patrik Holms ändringsyrkande.")
    vmap = {"Ulrika Nord": "ja", "Bengt Åberg": "ja", "Hassan Jaber": "ja", "Lise-Lott Krantz": "ja",
            "Camilla Ström": "nej", "Patrik Holm": "nej", "Kjell Ragnarsson": "nej", "Elsa Gunnarsson": "avstår",
            "Mona Friberg": "ja"}
    rows = []
    for mm in mem:
        e = repl.get(mm[0])
        v = vmap[mm[0]]
        g.vote("§42", 1, e[0] if e else mm[0], v)
        rows.append([mm[0], e[0] if e else "", mm[1], "X" if v == "ja" else "", "X" if v == "nej" else "", "X" if v == "avstår" else ""])
    ja, nej, av = tally(vmap.values())
    rows.append(["Summa", "", "", str(ja), str(nej), str(av)])
    para(p, "Omröstningslista", 10, bold=True, gap=0.5)
    table(p, ["Ledamot", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"], [40, 50, 16, 12, 12, 16], rows, bold_last=True)
    para(p, "Med %d ja-röster mot %d nej-röster beslutar nämnden enligt förvaltningens förslag. %d ledamot avstår."
         % (ja, nej, av))
    para(p, "Beslut\nNämnden antar Riktlinjer för ekonomiskt bistånd 2027 att gälla från och med 2027-01-01.")
    para(p, "Reservation\nSverigedemokraterna reserverar sig till förmån för eget yrkande.\n\nProtokollsanteckning\n"
            "Elsa Gunnarsson (C) lämnar en protokollsanteckning.")
    g.item("§42", t42, ["SN 2026/45"], pg, "Ja %d, Nej %d, Avstår %d" % (ja, nej, av))
    g.act("Ulrika Nord", "§42", "proposed"); g.act("Patrik Holm", "§42", "proposed"); g.act("Mona Friberg", "§42", "proposed")
    g.act(None, "§42", "reserved", "SD"); g.act("Elsa Gunnarsson", "§42", "protocol_note")
    p.ln(3)
    need(p, 40)
    t43 = "Rapportering av ej verkställda beslut enligt SoL och LSS, kvartal 1 2026"
    pg = head(43, "SN 2026/58", t43)
    para(p, "Enhetschef %s redogör för rapporteringen till Inspektionen för vård och omsorg. Fyra beslut om "
            "särskilt boende har inte verkställts inom tre månader.\n\nBeslut\nNämnden godkänner "
            "rapporteringen och överlämnar den till kommunfullmäktige och revisorerna." % ec)
    g.item("§43", t43, ["SN 2026/58"], pg); g.act(ec, "§43", "presented")
    p.ln(3)
    need(p, 40)
    t44 = "Yttrande över revisionsrapport om placeringar av barn och unga"
    pg = head(44, "SN 2026/61", t44)
    para(p, "Revisorerna har granskat nämndens styrning av placeringar. Förvaltningen har tagit fram ett förslag "
            "till yttrande.\n\nYrkande\nCamilla Ström (M) yrkar bifall till förslaget med tillägget att en uppföljning "
            "redovisas i december 2026.\n\nBeslut\nNämnden antar förvaltningens förslag till yttrande med "
            "Camilla Ströms tillägg.")
    g.item("§44", t44, ["SN 2026/61"], pg); g.act("Camilla Ström", "§44", "proposed")
    p.output(os.path.join(OUT, fn))
    g.d["pages"] = p.page_no()
    g.d["kommuner"] = ["Hylte", "Halmstad"]
    g.d["regions"] = ["Region Halland"]
    g.d["notes"] = ("Organ named only as 'Protokoll fört vid sammanträde med socialnämnden i Hylte kommun' (lower case "
                    "in the sentence); gold capitalises 'Socialnämnden'. Running header has no organ. Voteringslista has a "
                    "'Tjänstgörande ersättare' column: in the rows of Lise-Lott Krantz and Kjell Ragnarsson (absent, not "
                    "persons) the named ersättare Olle Nyström and Tina Borg cast the votes; votes are recorded for the "
                    "ersättare. Summa row gives the summary. Justerare named in the head block -> item null. "
                    "HBP = local party. 'kommunfullmäktige' in §43 is a recipient, not a kommun/organ.")
    DOCS.append(g.d)


# ===================================================================== 4 Emmaboda BUN (Netpublicator-like, abbreviation)
def doc_emmaboda():
    fn = "emmaboda_barn-och-utbildningsnamnden_2026-03-24_protokoll.pdf"
    g = G(fn, "Emmaboda kommun", "Barn- och utbildningsnämnden", "2026-03-24")
    mem = [["Therese Lind", "S"], ["Arvid Karlsson", "M"], ["Jan-Erik Sjöholm", "S"], ["Ali Haddad", "S"],
           ["Gunilla Petersson-Kron", "S"], ["Roger Nyman", "M"], ["Ida Sörensen", "SD"], ["Leif Wirén", "SD"],
           ["Kerstin Malmberg", "C"], ["Eva Thor", "V"], ["Oskar Lindblad", "EP"]]
    sek, sk = "Birgitta Ottosson", "Magnus Rehn"
    p = newpdf()
    p.alias_nb_pages()

    def hdr(pp):
        pp.set_xy(22, 10)
        pp.set_font("S", "B", 9)
        pp.cell(50, 5, "Emmaboda kommun")
        pp.set_font("S", "", 9)
        pp.cell(70, 5, "SAMMANTRÄDESPROTOKOLL" if pp.page_no() == 1 else "BUN  –  Sammanträdesprotokoll")
        pp.cell(0, 5, "%d (%s)" % (pp.page_no(), "{nb}"), align="R")
        pp.ln(4)
        pp.set_x(72)
        pp.cell(70, 5, "2026-03-24")
        pp.set_y(30)

    def ftr(pp):
        pp.set_y(-14)
        pp.set_font("S", "", 7)
        pp.cell(0, 4, "Justerare:   ______   ______            Utdragsbestyrkande: ______")
    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(p, "Barn- och utbildningsnämnden (BUN)", 14, bold=True, gap=3)
    para(p, "Sammanträdesdatum: 2026-03-24, kl. 15.00–18.10\nPlats: Kommunhuset, Emmaboda, lokal Lindåsen", 9.5)
    lines = []
    for i, mm in enumerate(mem):
        r = " ordförande" if i == 0 else (" vice ordförande" if i == 1 else "")
        lines.append("%s (%s)%s" % (mm[0], mm[1], r))
        g.person(mm[0], mm[1], ["ordförande", "ledamot"] if i == 0 else (["vice ordförande", "ledamot"] if i == 1 else ["ledamot"]))
    para(p, "Beslutande", 9.5, bold=True, gap=0)
    para(p, "\n".join(lines), 9, indent=60)
    para(p, "Ersättare", 9.5, bold=True, gap=0)
    para(p, "Hanna Strid (S)\nTorbjörn Ek (M)", 9, indent=60)
    g.person("Hanna Strid", "S", ["ersättare"]); g.person("Torbjörn Ek", "M", ["ersättare"])
    para(p, "Tjänstepersoner", 9.5, bold=True, gap=0)
    para(p, "%s, skolchef\n%s, nämndsekreterare" % (sk, sek), 9, indent=60)
    g.person(sk, None, ["tjänsteperson", "föredragande"], "skolchef")
    g.person(sek, None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")
    para(p, "Paragrafer: §§ 18–22", 9.5)
    sig_block(p, [("Sekreterare", sek), ("Ordförande", "Therese Lind"), ("Justerare", "Kerstin Malmberg")])
    p.add_page()

    def head(num, title, dnr):
        pg = p.page_no()
        p.set_font("S", "B", 11)
        p.multi_cell(140, 5.5, "§ %d   %s" % (num, title), new_x="RIGHT", new_y="TOP")
        p.set_font("S", "", 8.5)
        p.cell(0, 5.5, dnr, align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_y(max(p.get_y(), p.get_y()) + 6)
        return pg
    pg = head(18, "Val av justerare", "")
    para(p, "BUN beslutar att utse Kerstin Malmberg (C) att justera protokollet tillsammans med ordföranden.")
    g.item("§18", "Val av justerare", [], pg); g.act("Kerstin Malmberg", "§18", "justerare")
    g.person("Kerstin Malmberg", "C", ["justerare"])
    p.ln(2)
    pg = head(19, "Information om kunskapsresultat vårterminen", "BUN 2026/0012")
    para(p, "Skolchef %s redogör för kunskapsresultaten i årskurs 6 och 9 samt jämförelser med Nybro kommun.\n\n"
            "BUN beslutar\nAtt lägga informationen till handlingarna." % sk)
    g.item("§19", "Information om kunskapsresultat vårterminen", ["BUN 2026/0012"], pg); g.act(sk, "§19", "presented")
    p.ln(2)
    t20 = "Lokalprogram för ny förskola i Vissefjärda, beslut om att begära investeringsmedel"
    pg = head(20, t20, "BUN 2026/0031")
    para(p, "Ärendebeskrivning\nFörvaltningen föreslår en förskola med sex avdelningar i Vissefjärda som ersätter "
            "två paviljonger. Investeringen beräknas till 48 miljoner kronor.")
    para(p, "Yrkanden\nTherese Lind (S) yrkar bifall till förvaltningens förslag.\nRoger Nyman (M) yrkar avslag.\n"
            "Leif Wirén (SD) instämmer i Roger Nymans yrkande.")
    para(p, "Omröstning\nOrdföranden ställer proposition på förslagen och finner bifall. Omröstning begärs. "
            "Ja för bifall till förvaltningens förslag, Nej för avslag. Omröstningen utfaller enligt följande:")
    vmap = {"Therese Lind": "ja", "Arvid Karlsson": "nej", "Jan-Erik Sjöholm": "ja", "Ali Haddad": "ja",
            "Gunilla Petersson-Kron": "ja", "Roger Nyman": "nej", "Ida Sörensen": "nej", "Leif Wirén": "nej",
            "Kerstin Malmberg": "ja", "Eva Thor": "ja", "Oskar Lindblad": "avstår"}
    party = dict((m[0], m[1]) for m in mem)
    for lab, key in (("Ja-röster", "ja"), ("Nej-röster", "nej"), ("Avstår", "avstår")):
        names = [n for n in vmap if vmap[n] == key]
        para(p, "%s (%d): %s" % (lab, len(names), ", ".join("%s (%s)" % (n, party[n]) for n in names)), 10)
    for n in vmap:
        g.vote("§20", 1, n, vmap[n])
    ja, nej, av = tally(vmap.values())
    para(p, "BUN har därmed beslutat enligt förvaltningens förslag.\n\nBUN beslutar\nAtt hemställa hos "
            "kommunstyrelsen om investeringsmedel om 48 miljoner kronor för ny förskola i Vissefjärda.")
    para(p, "Reservation\nRoger Nyman (M) och Arvid Karlsson (M) reserverar sig mot beslutet.")
    g.item("§20", t20, ["BUN 2026/0031"], pg, "Ja %d, Nej %d, Avstår %d" % (ja, nej, av))
    g.act("Therese Lind", "§20", "proposed"); g.act("Roger Nyman", "§20", "proposed"); g.act("Leif Wirén", "§20", "proposed")
    g.act("Roger Nyman", "§20", "reserved"); g.act("Arvid Karlsson", "§20", "reserved")
    p.ln(2)
    need(p, 45)
    t21 = "Motion från Eva Thor (V) om avgiftsfri simskola för alla elever i årskurs 2"
    pg = head(21, t21, "BUN 2025/0140")
    para(p, "Kommunfullmäktige har remitterat motionen till BUN för yttrande. Eva Thor (V) yrkar bifall till "
            "motionen. Therese Lind (S) yrkar att motionen ska anses besvarad.\n\nOrdföranden ställer proposition "
            "och finner att BUN beslutar enligt Therese Linds yrkande.\n\nBUN beslutar\nAtt föreslå att motionen "
            "anses besvarad.\n\nReservation\nEva Thor (V) reserverar sig.")
    g.item("§21", t21, ["BUN 2025/0140"], pg)
    g.act("Eva Thor", "§21", "raised"); g.act("Eva Thor", "§21", "proposed"); g.act("Therese Lind", "§21", "proposed")
    g.act("Eva Thor", "§21", "reserved")
    p.ln(2)
    need(p, 35)
    pg = head(22, "Redovisning av delegationsbeslut", "BUN 2026/0002")
    para(p, "Delegationsbeslut för perioden 2026-02-01–2026-02-28 redovisas, bland annat skolskjuts i "
            "ärende BUN 2026/0019.\n\nBUN beslutar\nAtt godkänna redovisningen.")
    g.item("§22", "Redovisning av delegationsbeslut", ["BUN 2026/0002"], pg)
    p.output(os.path.join(OUT, fn))
    g.d["pages"] = p.page_no()
    g.d["kommuner"] = ["Emmaboda", "Nybro"]
    g.d["notes"] = ("Organ's full name is printed once on page 1 as 'Barn- och utbildningsnämnden (BUN)'; everywhere "
                    "else (headers from page 2, decisions) only 'BUN'. Voteringslista in §20 is grouped 'Ja-röster (6): …', "
                    "'Nej-röster (4): …', 'Avstår (1): …' running over lines; the counts give votes_summary. Justerare chosen "
                    "in §18. BUN 2026/0019 in §22 is a reference. EP = local party. Eva Thor (V) is the motion author and "
                    "a member.")
    DOCS.append(g.d)


# ===================================================================== 5 Tingsryd MBN (Lex-like, letterhead, bilaga)
def doc_tingsryd():
    fn = "tingsryd_miljo-och-byggnadsnamnden_2026-06-02_protokoll.pdf"
    g = G(fn, "Tingsryds kommun", "Miljö- och byggnadsnämnden", "2026-06-02")
    mem = [["Lars-Göran Bengtsson", "C"], ["Ylva Åström", "S"], ["Nils Kvist", "C"], ["Sofia Rydén", "S"],
           ["Magnus Eklöf", "M"], ["Britt-Marie Sandell", "M"], ["Stefan Orre", "SD"], ["Linnea Hjort", "SD"],
           ["Bo Anell", "TL"]]
    sek, bi, mi = "Emma Lundh", "Fredrik Sjöstrand", "Agneta Byström"
    p = newpdf()
    p.alias_nb_pages()

    def hdr(pp):
        pp.set_xy(22, 9)
        pp.set_font("S", "B", 10)
        pp.cell(90, 5, "Tingsryds kommun")
        pp.cell(0, 5, "Miljö- och byggnadsnämnden", align="R")
        pp.ln(5)
        pp.set_x(22)
        pp.set_font("S", "", 8.5)
        pp.cell(90, 4, "Samhällsbyggnadsförvaltningen")
        pp.cell(0, 4, "SAMMANTRÄDESPROTOKOLL  2026-06-02   Sida %d av %s" % (pp.page_no(), "{nb}"), align="R")
        pp.ln(5)
        pp.line(22, pp.get_y(), 190, pp.get_y())
        pp.set_y(30)
    p.hdr = hdr
    p.add_page()
    para(p, "Plats och tid\tStora sammanträdesrummet, Kommunhuset Tingsryd, kl. 08.30–11.45", 9.5)
    lines = []
    for i, mm in enumerate(mem):
        r = ", ordförande" if i == 0 else (", vice ordförande" if i == 1 else "")
        lines.append("%s (%s)%s" % (mm[0], mm[1], r))
        g.person(mm[0], mm[1], ["ordförande", "ledamot"] if i == 0 else (["vice ordförande", "ledamot"] if i == 1 else ["ledamot"]))
    para(p, "Beslutande", 9.5, bold=True, gap=0)
    para(p, "\n".join(lines), 9, indent=60)
    para(p, "Tjänstepersoner", 9.5, bold=True, gap=0)
    para(p, "%s, nämndsekreterare\n%s, bygglovshandläggare, §§ 46–47\n%s, miljöinspektör, § 47" % (sek, bi, mi), 9, indent=60)
    g.person(sek, None, ["sekreterare", "tjänsteperson"], "nämndsekreterare")
    g.person(bi, None, ["tjänsteperson", "föredragande"], "bygglovshandläggare")
    g.person(mi, None, ["tjänsteperson", "föredragande"], "miljöinspektör")
    para(p, "Justeringens plats och tid\tSamhällsbyggnadsförvaltningen 2026-06-05\nParagrafer\t§§ 45–48", 9.5)
    sig_block(p, [("Sekreterare", sek), ("Ordförande", mem[0][0]), ("Justerare", "Sofia Rydén")])
    p.add_page()

    def head(num, title, dnr):
        pg = p.page_no()
        p.set_font("S", "B", 11)
        p.cell(0, 6, "§ %d" % num, new_x="LMARGIN", new_y="NEXT")
        para(p, title, 11, bold=True, gap=0)
        if dnr:
            para(p, "Ärendenummer: " + dnr, 8.5)
        else:
            p.ln(1.5)
        return pg
    pg = head(45, "Val av justerare", "")
    para(p, "Sofia Rydén (S) utses att jämte ordföranden justera protokollet.")
    g.item("§45", "Val av justerare", [], pg); g.act("Sofia Rydén", "§45", "justerare"); g.person("Sofia Rydén", "S", ["justerare"])
    p.ln(2)
    t46 = "Bygglov för nybyggnad av enbostadshus och garage, Väckelsång 4:12"
    pg = head(46, t46, "MBN-2026-000388")
    para(p, "Bygglovshandläggare %s föredrar ärendet. Åtgärden strider inte mot detaljplanen.\n\nBeslut\n"
            "Bygglov beviljas med stöd av 9 kap. 30 § plan- och bygglagen." % bi)
    g.item("§46", t46, ["MBN-2026-000388"], pg); g.act(bi, "§46", "presented")
    p.ln(2)
    t47 = "Ansökan om strandskyddsdispens för brygga och badplats, Urshult 2:31"
    pg = head(47, t47, "MBN-2026-000412")
    para(p, "Miljöinspektör %s och bygglovshandläggare %s redogör för ärendet. Förvaltningen föreslår att "
            "dispens beviljas med villkor om fri passage längs stranden." % (mi, bi))
    para(p, "Yrkanden\nLars-Göran Bengtsson (C) yrkar bifall till förvaltningens förslag.\nMagnus Eklöf (M) yrkar "
            "avslag på ansökan.\nStefan Orre (SD) instämmer i Magnus Eklöfs yrkande.")
    para(p, "Omröstning\nOrdföranden ställer proposition på bifall och avslag och finner bifall. Omröstning begärs. "
            "Ja för förvaltningens förslag, Nej för avslag. Omröstningen redovisas i bilaga 1.")
    vmap = {"Lars-Göran Bengtsson": "ja", "Ylva Åström": "ja", "Nils Kvist": "ja", "Sofia Rydén": "ja",
            "Magnus Eklöf": "nej", "Britt-Marie Sandell": "nej", "Stefan Orre": "nej", "Linnea Hjort": "avstår",
            "Bo Anell": "ja"}
    ja, nej, av = tally(vmap.values())
    para(p, "Med %d ja-röster, %d nej-röster och %d som avstår har nämnden beslutat enligt förvaltningens förslag."
         % (ja, nej, av))
    para(p, "Beslut\nStrandskyddsdispens beviljas för brygga och badplats på fastigheten Urshult 2:31 med "
            "villkor enligt förvaltningens förslag.")
    para(p, "Reservation\nMagnus Eklöf (M) och Britt-Marie Sandell (M) reserverar sig mot beslutet.")
    g.item("§47", t47, ["MBN-2026-000412"], pg, "Ja %d, Nej %d, Avstår %d" % (ja, nej, av))
    g.act(mi, "§47", "presented"); g.act(bi, "§47", "presented")
    g.act("Lars-Göran Bengtsson", "§47", "proposed"); g.act("Magnus Eklöf", "§47", "proposed"); g.act("Stefan Orre", "§47", "proposed")
    g.act("Magnus Eklöf", "§47", "reserved"); g.act("Britt-Marie Sandell", "§47", "reserved")
    p.ln(2)
    need(p, 45)
    pg = head(48, "Meddelanden och delegationsbeslut", "MBN-2026-000010")
    para(p, "Följande delegationsbeslut redovisas:\nMBN-2026-000301  Startbesked, Tingsryd 7:4\n"
            "MBN-2026-000322  Föreläggande om avloppsanordning, Ryd 1:15\n\nBeslut\nRedovisningen läggs till handlingarna.")
    g.item("§48", "Meddelanden och delegationsbeslut", ["MBN-2026-000010"], pg)
    # bilaga
    p.add_page()
    para(p, "Bilaga 1 till protokoll 2026-06-02, § 47", 11, bold=True, gap=0)
    para(p, "Voteringslista – Ansökan om strandskyddsdispens, Urshult 2:31", 10, gap=3)
    rows = []
    for mm in mem:
        v = vmap[mm[0]]
        g.vote("§47", 1, mm[0], v)
        rows.append([mm[1], inv(mm[0]), WORD[v]])
    rows.append(["", "Summa", "Ja %d   Nej %d   Avstår %d" % (ja, nej, av)])
    table(p, ["Parti", "Ledamot", "Röst"], [18, 70, 60], rows, bold_last=True)
    p.output(os.path.join(OUT, fn))
    g.d["pages"] = p.page_no()
    g.d["kommuner"] = ["Tingsryd"]
    g.d["notes"] = ("Letterhead prints 'Samhällsbyggnadsförvaltningen' (the förvaltning) under 'Tingsryds kommun' and "
                    "'Miljö- och byggnadsnämnden' on the right: organ is the nämnd. The §47 voteringslista sits in "
                    "Bilaga 1 on the last page (referenced from §47), with the party code before the name and names "
                    "surname first ('Bengtsson, Lars-Göran'); written in normal order in gold; votes belong to §47. "
                    "Reference numbers MBN-2026-000301/000322 in §48 are delegation decisions, not item numbers. "
                    "TL = local party.")
    DOCS.append(g.d)


# ===================================================================== 6 Vansbro KF (HTML portal, organ only in <title>)
def doc_vansbro():
    fn = "vansbro_kommunfullmaktige_2026-04-27_protokoll.html"
    g = G(fn, "Vansbro kommun", "Kommunfullmäktige", "2026-04-27", pages=1)
    spec = [("S", 10), ("C", 5), ("SD", 6), ("M", 3), ("V", 2), ("KD", 1), ("L", 1), ("VBL", 3)]
    mem = make_members(spec, 606)
    chair = mem[0]
    ers = make_members([("M", 1)], 607, set(m[0] for m in mem))[0]
    repl_for = mem[22]       # M #2
    pv = {"S": "ja", "C": "ja", "V": "nej", "SD": "nej", "M": "ja", "KD": "ja", "L": "ja", "VBL": "avstår"}
    E = html.escape
    att = []
    for i, m in enumerate(mem):
        if m is repl_for:
            att.append("<li>%s (%s), tjänstgörande ersättare för %s (%s)</li>" % (E(ers[0]), ers[1], E(m[0]), m[1]))
            g.person(ers[0], ers[1], ["tjänstgörande ersättare"])
        else:
            r = ", ordförande" if i == 0 else (", 1:e vice ordförande" if i == 10 else "")
            att.append("<li>%s (%s)%s</li>" % (E(m[0]), m[1], r))
            g.person(m[0], m[1], ["ordförande", "ledamot"] if i == 0 else (["vice ordförande", "ledamot"] if i == 10 else ["ledamot"]))
    sek = "Hillevi Grahn"
    g.person(sek, None, ["sekreterare", "tjänsteperson"], "kommunsekreterare")
    jus = [mem[11], mem[16]]
    for j in jus:
        g.person(j[0], j[1], ["justerare"])
    rows, vv = [], []
    for m in mem:
        who = ers if m is repl_for else m
        v = pv[who[1]]
        vv.append(v)
        g.vote("§23", 1, who[0], v)
        rows.append("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (who[1], E(who[0]), WORD[v]))
    ja, nej, av = tally(vv)
    sd1, v1, sd2, vb = mem[15], mem[25], mem[17], mem[28]
    t23 = "Taxa för vatten och avlopp 2027"
    t24 = "Fråga från %s (SD) om trygghetsvandringar i Dala-Järna" % sd2[0]
    t25 = "Motion från %s (VBL) om ungdomsråd" % vb[0]
    body = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kommunfullmäktige 2026-04-27 – Protokoll – Vansbro kommun</title>
<link rel="stylesheet" href="/static/portal.css">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Vansbro kommun</a>
<nav><a href="/">Start</a> › <a href="/politik">Kommun och politik</a> › <a href="/politik/protokoll">Möten och protokoll</a> › 2026-04-27</nav>
</header>
<main>
<h1>Protokoll 2026-04-27</h1>
<p class="meta">Sammanträde måndag 27 april 2026 kl. 18.00–21.15, Folkets hus, Vansbro. Paragrafer §§ 22–25.</p>
<section class="attendance">
<h2>Närvarande</h2>
<h3>Beslutande</h3>
<ul>
{chr(10).join(att)}
</ul>
<h3>Övriga</h3>
<ul><li>{sek}, kommunsekreterare</li></ul>
<p>Justerare: {E(jus[0][0])} ({jus[0][1]}) och {E(jus[1][0])} ({jus[1][1]})<br>Justeringen sker 2026-04-30 i kommunhuset.</p>
</section>
<article class="paragraf" id="p22">
<h2>§ 22 Val av justerare</h2>
<p><strong>Beslut:</strong> {E(jus[0][0])} ({jus[0][1]}) och {E(jus[1][0])} ({jus[1][1]}) utses att jämte ordföranden justera protokollet.</p>
</article>
<article class="paragraf" id="p23">
<h2>§ 23 {t23}</h2>
<p class="dnr">Diarienummer: KS 2026/38</p>
<p>Vansbro Energi AB har föreslagit en höjning av brukningsavgiften med 9 procent. Kommunstyrelsen föreslår att taxan antas.</p>
<h3>Yrkanden</h3>
<p>{E(chair[0])} (S) yrkar bifall till kommunstyrelsens förslag.<br>{E(sd1[0])} (SD) yrkar avslag.<br>{E(v1[0])} (V) instämmer i {E(sd1[0])}s avslagsyrkande.</p>
<h3>Omröstning</h3>
<p>Votering begärs. Ja för bifall till kommunstyrelsens förslag, Nej för avslag.</p>
<table class="votering">
<thead><tr><th>Parti</th><th>Ledamot</th><th>Röst</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
<tfoot><tr><td></td><td>Summa</td><td>Ja {ja} – Nej {nej} – Avstår {av}</td></tr></tfoot>
</table>
<p><strong>Beslut:</strong> Taxan för vatten och avlopp 2027 antas enligt kommunstyrelsens förslag.</p>
<p><strong>Reservation:</strong> Sverigedemokraterna och Vänsterpartiet reserverar sig mot beslutet.</p>
</article>
<article class="paragraf" id="p24">
<h2>§ 24 {E(t24)}</h2>
<p class="dnr">Diarienummer: KS 2026/77</p>
<p>{E(sd2[0])} (SD) har ställt en fråga till kommunstyrelsens ordförande. {E(mem[1][0])} (S) besvarar frågan.</p>
<p><strong>Beslut:</strong> Frågan är besvarad.</p>
</article>
<article class="paragraf" id="p25">
<h2>§ 25 {E(t25)}</h2>
<p class="dnr">Diarienummer: KS 2026/80</p>
<p>{E(vb[0])} (VBL) föreslår att kommunen inrättar ett ungdomsråd.</p>
<p><strong>Beslut:</strong> Motionen remitteras till kommunstyrelsen.</p>
</article>
<p class="pub">Protokollet justerat 2026-04-30. Anslaget på den digitala anslagstavlan 2026-05-01.</p>
</main>
<footer>Vansbro kommun · 780 50 Vansbro · kommun@vansbro.example</footer>
</body></html>
"""
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(body)
    g.item("§22", "Val av justerare", [], 1)
    for j in jus:
        g.act(j[0], "§22", "justerare")
    g.item("§23", t23, ["KS 2026/38"], 1, "Ja %d, Nej %d, Avstår %d" % (ja, nej, av))
    g.act(chair[0], "§23", "proposed"); g.act(sd1[0], "§23", "proposed"); g.act(v1[0], "§23", "proposed")
    g.act(None, "§23", "reserved", "SD"); g.act(None, "§23", "reserved", "V")
    g.item("§24", t24, ["KS 2026/77"], 1)
    g.act(sd2[0], "§24", "raised"); g.act(mem[1][0], "§24", "presented")
    g.item("§25", t25, ["KS 2026/80"], 1); g.act(vb[0], "§25", "raised")
    g.d["kommuner"] = ["Vansbro"]
    g.d["notes"] = ("HTML portal page: the organ is named only in <title> ('Kommunfullmäktige 2026-04-27 – Protokoll – "
                    "Vansbro kommun'); the body says only 'Protokoll 2026-04-27'. Pages = 1, item pages 1. Voteringslista "
                    "in §23: table Parti | Ledamot | Röst (party code before the name, vote as a word), Summa in tfoot. "
                    "%s (M) is tjänstgörande ersättare for %s (absent, not a person) and votes in the list. Dala-Järna "
                    "is a tätort, not a kommun. VBL = local party. Reservation by SD and V as parties." % (ers[0], repl_for[0]))
    DOCS.append(g.d)


# ===================================================================== 7 Töreboda KS (plain Word template)
def doc_toreboda():
    fn = "toreboda_kommunstyrelsen_2026-05-19_protokoll.docx"
    g = G(fn, "Töreboda kommun", "Kommunstyrelsen", "2026-05-19")
    mem = [["Hans-Olof Rydberg", "S"], ["Pernilla Ask", "M"], ["Kent Vallin", "S"], ["Ann-Sofie Holm", "S"],
           ["Rasmus Ebbesson", "S"], ["Jörgen Lööw", "M"], ["Märta Ståhl", "M"], ["Dennis Kron", "SD"],
           ["Malin Friman", "SD"], ["Sven-Åke Ljung", "C"], ["Ebba Nordqvist", "C"], ["Liselott Fager", "KD"],
           ["Bertil Wallén", "TP"]]
    sek, kc = "Cecilia Borgström", "Anders Moberg"
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Töreboda kommun\tKommunstyrelsen\tSammanträdesprotokoll 2026-05-19"
    d.add_heading("SAMMANTRÄDESPROTOKOLL", level=1)
    d.add_paragraph("Kommunstyrelsen\nSammanträdesdatum: 2026-05-19\nPlats och tid: Kommunhuset, KS-salen, kl. 13.00–16.30")
    d.add_paragraph("Beslutande").runs[0].bold = True
    for i, mm in enumerate(mem):
        r = ", ordförande" if i == 0 else (", vice ordförande" if i == 1 else "")
        d.add_paragraph("%s (%s)%s" % (mm[0], mm[1], r))
        g.person(mm[0], mm[1], ["ordförande", "ledamot"] if i == 0 else (["vice ordförande", "ledamot"] if i == 1 else ["ledamot"]))
    d.add_paragraph("Övriga deltagare").runs[0].bold = True
    d.add_paragraph("%s, kommunchef\n%s, sekreterare" % (kc, sek))
    g.person(kc, None, ["tjänsteperson", "föredragande"], "kommunchef")
    g.person(sek, None, ["sekreterare", "tjänsteperson"], "sekreterare")
    d.add_paragraph("Justerare: Ebba Nordqvist (C)\nParagrafer: 78–81")
    g.person("Ebba Nordqvist", "C", ["justerare"])
    d.add_paragraph("Underskrifter\nSekreterare ............................ %s\nOrdförande ............................ %s\n"
                    "Justerare ............................ Ebba Nordqvist" % (sek, mem[0][0]))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("§ 78 Val av justerare").runs[0].bold = True
    d.add_paragraph("Kommunstyrelsen utser Ebba Nordqvist (C) att tillsammans med ordföranden justera protokollet.")
    g.item("§78", "Val av justerare", [], 2); g.act("Ebba Nordqvist", "§78", "justerare")
    t79 = "Försäljning av del av fastigheten Töreboda Bodarne 3:1 till Kanalstadens Logistik AB"
    d.add_paragraph("§ 79 %s" % t79).runs[0].bold = True
    d.add_paragraph("Dnr KS 2026/123")
    d.add_paragraph("Kommunchef %s redogör för förslaget till köpeavtal om 42 000 kvadratmeter industrimark."
                    "\n\nYrkanden\nHans-Olof Rydberg (S) yrkar bifall till förvaltningens förslag.\nDennis Kron (SD) "
                    "yrkar återremiss.\nBertil Wallén (TP) yrkar avslag." % kc)
    d.add_paragraph("Propositionsordning\nOrdföranden frågar först om ärendet ska avgöras i dag och finner att så "
                    "sker. Därefter ställs bifall mot avslag. Ordföranden finner bifall. Votering begärs. Ja för "
                    "bifall, Nej för avslag.")
    d.add_paragraph("Voteringslista").runs[0].bold = True
    vmap = {"Hans-Olof Rydberg": "ja", "Pernilla Ask": "ja", "Kent Vallin": "ja", "Ann-Sofie Holm": "ja",
            "Rasmus Ebbesson": "ja", "Jörgen Lööw": "ja", "Märta Ståhl": "avstår", "Dennis Kron": "nej",
            "Malin Friman": "nej", "Sven-Åke Ljung": "ja", "Ebba Nordqvist": "ja", "Liselott Fager": "ja",
            "Bertil Wallén": "nej"}
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Namn", "Parti", "Röst"]):
        c.text = h
    for mm in sorted(mem, key=lambda m: m[0].split(" ", 1)[1]):
        r = tb.add_row().cells
        r[0].text, r[1].text, r[2].text = inv(mm[0]), mm[1], WORD[vmap[mm[0]]]
    ja, nej, av = tally(vmap.values())
    r = tb.add_row().cells
    r[0].text, r[2].text = "Summa", "%d ja, %d nej, %d avstår" % (ja, nej, av)
    for mm in mem:
        g.vote("§79", 1, mm[0], vmap[mm[0]])
    d.add_paragraph("\nBeslut\nKommunstyrelsen godkänner köpeavtalet.\n\nReservation\nDennis Kron (SD), Malin "
                    "Friman (SD) och Bertil Wallén (TP) reserverar sig mot beslutet.")
    g.item("§79", t79, ["KS 2026/123"], 2, "Ja %d, Nej %d, Avstår %d" % (ja, nej, av))
    g.act(kc, "§79", "presented"); g.act("Hans-Olof Rydberg", "§79", "proposed"); g.act("Dennis Kron", "§79", "proposed")
    g.act("Bertil Wallén", "§79", "proposed")
    for n in ("Dennis Kron", "Malin Friman", "Bertil Wallén"):
        g.act(n, "§79", "reserved")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    t80 = "Initiativärende från Sven-Åke Ljung (C) om gång- och cykelväg mellan Töreboda och Moholm"
    d.add_paragraph("§ 80 %s" % t80).runs[0].bold = True
    d.add_paragraph("Dnr KS 2026/140")
    d.add_paragraph("Sven-Åke Ljung (C) väcker ett initiativärende om att kommunen tillsammans med Trafikverket "
                    "och Mariestads kommun utreder en gång- och cykelväg.\n\nBeslut\nÄrendet överlämnas till "
                    "förvaltningen för beredning.")
    g.item("§80", t80, ["KS 2026/140"], 3); g.act("Sven-Åke Ljung", "§80", "raised")
    d.add_paragraph("§ 81 Information om Göta kanal-projektet").runs[0].bold = True
    d.add_paragraph("Dnr KS 2025/310")
    d.add_paragraph("Kommunchef %s informerar om arbetet med besöksnäringen längs Göta kanal.\n\nProtokolls"
                    "anteckning\nMärta Ståhl (M) lämnar en protokollsanteckning.\n\nBeslut\nInformationen noteras." % kc)
    g.item("§81", "Information om Göta kanal-projektet", ["KS 2025/310"], 3)
    g.act(kc, "§81", "presented"); g.act("Märta Ståhl", "§81", "protocol_note")
    d.save(os.path.join(OUT, fn))
    g.d["pages"] = 3
    g.d["kommuner"] = ["Töreboda", "Mariestad"]
    g.d["notes"] = ("DOCX with two manual page breaks -> 3 pages (page 1 attendance, §78–79 page 2, §80–81 page 3). "
                    "Organ in the Word header and on page 1 ('Kommunstyrelsen'). Voteringslista in §79: table Namn | Parti | "
                    "Röst with names surname first ('Ask, Pernilla'), sorted by surname; gold uses normal order. "
                    "Justerare named in the head block and chosen in §78: action on §78. The återremiss question was "
                    "decided by acclamation (no named vote) so §79 has one round. TP = local party.")
    DOCS.append(g.d)


# ===================================================================== 8 Region Värmland RS (pdftotext -layout export)
def doc_varmland():
    fn = "region-varmland_regionstyrelsen_2026-06-09_protokoll.txt"
    g = G(fn, "Region Värmland", "Regionstyrelsen", "2026-06-09")
    mem = [["Marie-Louise Sand", "S"], ["Tobias Grahn", "M"], ["Henrik Alsén", "S"], ["Jessica Ryd", "S"],
           ["Kenneth Björk", "S"], ["Solveig Lantz", "S"], ["Gustav Ehn", "M"], ["Anneli Ström", "M"],
           ["Peter Udd", "SD"], ["Katarina Vallgren", "SD"], ["Roland Nääs", "SD"], ["Matilda Fors", "C"],
           ["Göte Sjögren", "KD"], ["Nadia Salem", "V"], ["Lennart Brodin", "SJV"]]
    sek, hd, hc = "Karolina Ekvall", "Johan Wester", "Maja Lindeborg"
    p = newpdf()
    p.alias_nb_pages()

    def hdr(pp):
        pp.set_xy(22, 10)
        pp.set_font("S", "B", 9)
        pp.cell(60, 5, "REGION VÄRMLAND")
        pp.set_font("S", "", 9)
        pp.cell(60, 5, "Regionstyrelsen")
        pp.cell(0, 5, "Protokoll 2026-06-09   %d (%s)" % (pp.page_no(), "{nb}"), align="R")
        pp.set_y(26)
    p.hdr = hdr
    p.add_page()
    para(p, "Regionstyrelsen – protokoll", 14, bold=True, gap=2)
    para(p, "Tid och plats: 2026-06-09 kl. 09.00–15.30, Regionens hus, Karlstad", 9.5)
    lines = []
    for i, mm in enumerate(mem):
        r = " ordförande" if i == 0 else (" 1:e vice ordförande" if i == 1 else "")
        lines.append("%-28s %-5s%s" % (mm[0], mm[1], r))
        g.person(mm[0], mm[1], ["ordförande", "ledamot"] if i == 0 else (["vice ordförande", "ledamot"] if i == 1 else ["ledamot"]))
    para(p, "Ledamöter", 9.5, bold=True, gap=0)
    para(p, "\n".join(lines), 9, indent=50)
    para(p, "Övriga", 9.5, bold=True, gap=0)
    para(p, "%s, regiondirektör\n%s, hälso- och sjukvårdsdirektör\n%s, sekreterare" % (hd, hc, sek), 9, indent=50)
    g.person(hd, None, ["tjänsteperson"], "regiondirektör")
    g.person(hc, None, ["tjänsteperson", "föredragande"], "hälso- och sjukvårdsdirektör")
    g.person(sek, None, ["sekreterare", "tjänsteperson"], "sekreterare")
    sig_block(p, [("Sekreterare", sek), ("Ordförande", mem[0][0]), ("Justerare", "Gustav Ehn    Nadia Salem")])
    p.add_page()

    def head(num, title, dnr):
        pg = p.page_no()
        p.set_font("S", "B", 11)
        p.cell(18, 6, "§%d" % num)
        p.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        if dnr:
            para(p, dnr, 8.5, indent=40)
        else:
            p.ln(1.5)
        return pg
    pg = head(101, "Val av justerare", "")
    para(p, "Gustav Ehn (M) och Nadia Salem (V) väljs att tillsammans med ordföranden justera protokollet.")
    g.item("§101", "Val av justerare", [], pg)
    for n, pa in (("Gustav Ehn", "M"), ("Nadia Salem", "V")):
        g.act(n, "§101", "justerare"); g.person(n, pa, ["justerare"])
    p.ln(2)
    t102 = "Ny struktur för närsjukvården i östra Värmland"
    pg = head(102, t102, "RS/2026/0233")
    para(p, "Hälso- och sjukvårdsdirektör %s redogör för förslaget att samla närsjukvården i Storfors och "
            "Kristinehamn till en enhet i Kristinehamn, med mobila team för Storfors kommun." % hc)
    para(p, "Yrkanden\nMarie-Louise Sand (S) yrkar bifall till förslaget.\nLennart Brodin (SJV) yrkar avslag.\n"
            "Peter Udd (SD) yrkar bifall till Lennart Brodins avslagsyrkande.")
    para(p, "Omröstning\nVotering begärs. Ja för bifall till förslaget, Nej för avslag. Voteringslista:")
    vmap = {"Marie-Louise Sand": "ja", "Tobias Grahn": "ja", "Henrik Alsén": "ja", "Jessica Ryd": "ja",
            "Kenneth Björk": "ja", "Solveig Lantz": "ja", "Gustav Ehn": "ja", "Anneli Ström": "ja",
            "Peter Udd": "nej", "Katarina Vallgren": "nej", "Roland Nääs": "nej", "Matilda Fors": "avstår",
            "Göte Sjögren": "ja", "Nadia Salem": "nej", "Lennart Brodin": "nej"}
    # two columns side by side
    half = 8
    left, right = mem[:half], mem[half:]
    p.set_font("S", "B", 8.5)
    cols = [(22, left), (108, right)]
    y0 = p.get_y()
    for x, _ in cols:
        p.set_xy(x, y0)
        for h, w in (("Ledamot", 38), ("Parti", 12), ("Ja", 9), ("Nej", 9), ("Avst", 10)):
            p.cell(w, 5, h, border="B")
    for x, lst in cols:
        y = y0 + 5.5
        p.set_font("S", "", 8.5)
        for mm in lst:
            v = vmap[mm[0]]
            p.set_xy(x, y)
            for c, w in ((mm[0], 38), (mm[1], 12), ("X" if v == "ja" else "", 9), ("X" if v == "nej" else "", 9), ("X" if v == "avstår" else "", 10)):
                p.cell(w, 5, c)
            y += 5
    p.set_y(y0 + 5.5 + 5 * half + 2)
    ja, nej, av = tally(vmap.values())
    para(p, "Summa: Ja %d   Nej %d   Avstår %d" % (ja, nej, av), 9.5, bold=True)
    for mm in mem:
        g.vote("§102", 1, mm[0], vmap[mm[0]])
    para(p, "Beslut\nRegionstyrelsen beslutar enligt förslaget.\n\nReservationer\nLennart Brodin (SJV) och "
            "Nadia Salem (V) reserverar sig. Sverigedemokraterna reserverar sig skriftligt.\n\n"
            "Protokollsanteckning\nMatilda Fors (C) anmäler en protokollsanteckning.")
    g.item("§102", t102, ["RS/2026/0233"], pg, "Ja %d, Nej %d, Avstår %d" % (ja, nej, av))
    g.act(hc, "§102", "presented"); g.act("Marie-Louise Sand", "§102", "proposed"); g.act("Lennart Brodin", "§102", "proposed")
    g.act("Peter Udd", "§102", "proposed"); g.act("Lennart Brodin", "§102", "reserved"); g.act("Nadia Salem", "§102", "reserved")
    g.act(None, "§102", "reserved", "SD"); g.act("Matilda Fors", "§102", "protocol_note")
    p.ln(2)
    need(p, 45)
    t103 = "Svar på motion från Katarina Vallgren (SD) om kortare väntetider i akutmottagningen i Arvika"
    pg = head(103, "Svar på motion från Katarina Vallgren (SD) om kortare", "RS/2025/0881")
    p.set_y(p.get_y() - 6)
    para(p, "väntetider i akutmottagningen i Arvika", 11, bold=True, indent=40)
    para(p, "Regionstyrelsen föreslår regionfullmäktige att anse motionen besvarad. Katarina Vallgren (SD) yrkar "
            "bifall till motionen. Ordföranden finner att regionstyrelsen beslutar enligt förslaget.\n\nBeslut\n"
            "Motionen föreslås anses besvarad.")
    g.item("§103", t103, ["RS/2025/0881"], pg)
    g.act("Katarina Vallgren", "§103", "raised"); g.act("Katarina Vallgren", "§103", "proposed")
    p.ln(2)
    need(p, 35)
    t104 = "Regiondirektörens rapport"
    pg = head(104, t104, "RS/2026/0012")
    para(p, "Regiondirektör %s informerar om kompetensförsörjning och läget i regionens ekonomi.\n\nBeslut\n"
            "Rapporten noteras." % hd)
    g.item("§104", t104, ["RS/2026/0012"], pg); g.act(hd, "§104", "presented"); g.person(hd, None, ["föredragande"])
    tmp = "/tmp/k56_varmland.pdf"
    p.output(tmp)
    g.d["pages"] = p.page_no()
    subprocess.run(["pdftotext", "-layout", tmp, os.path.join(OUT, fn)], check=True)
    g.d["kommuner"] = ["Karlstad", "Storfors", "Kristinehamn", "Arvika"]
    g.d["regions"] = ["Region Värmland"]
    g.d["notes"] = ("Text export made with pdftotext -layout; pages separated by form feeds. §102 voteringslista is "
                    "printed in two columns side by side (Ledamot Parti Ja Nej Avst with X marks), followed by a Summa "
                    "line. §103 title wraps onto a second line, joined in gold. Kristinehamn, Storfors, Arvika and "
                    "Karlstad named (Storfors explicitly as 'Storfors kommun'; the others as places) — listed all as "
                    "kommun names. SJV = local/regional party. 'regionfullmäktige' is a recipient, not an organ here.")
    DOCS.append(g.d)


for f in (doc_ange, doc_bracke, doc_hylte, doc_emmaboda, doc_tingsryd, doc_vansbro, doc_toreboda, doc_varmland):
    f()
json.dump({"format": "arkiv-gold/1", "documents": DOCS}, open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print("ok", [d["file"] for d in DOCS])
