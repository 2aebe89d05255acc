# Generator for set kommuner61 (blind gold). Run: nice /work/main/.venv/bin/python build.py
import os, subprocess
from fpdf import FPDF
import docx
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
PAGES = {}  # file -> {item number: page}


class Doc(FPDF):
    def __init__(self, head=None, foot=None, font="S"):
        super().__init__(format="A4")
        self.add_font("S", "", FD + "DejaVuSans.ttf")
        self.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("R", "", FD + "DejaVuSerif.ttf")
        self.add_font("R", "B", FD + "DejaVuSerif-Bold.ttf")
        self.head, self.foot, self.bf = head, foot, font
        self.set_auto_page_break(True, 22)
        self.set_margins(22, 20, 20)
        self.alias_nb_pages()

    def header(self):
        if self.head:
            self.head(self)

    def footer(self):
        if self.foot:
            self.foot(self)

    def p(self, txt, size=10, style="", h=5, gap=1.5, font=None):
        self.set_font(font or self.bf, style, size)
        self.multi_cell(0, h, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def mark(fn, num, pdf):
    PAGES.setdefault(fn, {})[num] = pdf.page_no()


# ---------------------------------------------------------------- 1 Region Västerbotten RF (Ciceron-like)
def doc1():
    fn = "regionvasterbotten_regionfullmaktige_2026-11-24_protokoll.pdf"

    def head(d):
        d.set_font("S", "B", 11); d.set_xy(22, 10)
        d.cell(90, 5, "Region Västerbotten")
        d.set_font("S", "", 9); d.cell(0, 5, "PROTOKOLL", align="R")
        d.set_xy(22, 15); d.set_font("S", "", 9)
        d.cell(90, 4.5, "Regionfullmäktige"); d.cell(0, 4.5, f"Sida {d.page_no()} av {{nb}}", align="R")
        d.set_xy(22, 19.5); d.cell(90, 4.5, "Sammanträdesdatum 2026-11-24")
        d.line(22, 25, 190, 25); d.set_y(30)

    def foot(d):
        d.set_y(-16); d.set_font("S", "", 7.5)
        d.cell(0, 4, "Justerandes signatur  ______   ______          Utdragsbestyrkande  ______", align="L")

    d = Doc(head, foot)
    d.add_page()
    d.p("Regionfullmäktige", 16, "B", 8)
    d.p("Plats och tid: Regionfullmäktigesalen, Regionens hus, Umeå, tisdagen den 24 november 2026 kl. 09.00–12.05 och 13.15–16.40", 10)
    d.p("Beslutande: Se närvaro- och voteringslista, § 88", 10)
    d.p("Övriga deltagare: Peter Sundström, regiondirektör\nAnders Vikström, ekonomidirektör, § 88\nHelena Forsberg, regionsekreterare", 10)
    d.p("Utses att justera: Per Olof Hedlund (S) och Johanna von Platen (M)", 10)
    d.p("Justeringens plats och tid: Regionens hus, Umeå, 2026-11-30", 10)
    d.p("Paragrafer: 85–90", 10, gap=6)
    d.p("Underskrifter\n\nSekreterare ........................................  Helena Forsberg\n\n"
        "Ordförande ........................................  Anna Holmgren\n\n"
        "Justerande ........................................  Per Olof Hedlund        ........................................  Johanna von Platen", 10, gap=6)
    d.p("ANSLAG/BEVIS\nProtokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
        "Organ: Regionfullmäktige   Sammanträdesdatum: 2026-11-24\nDatum för anslags uppsättande: 2026-12-01   Datum för anslags nedtagande: 2026-12-23\n"
        "Förvaringsplats för protokollet: Regionens hus, Umeå", 8.5)

    def ph(num, title, dnr=None):
        d.set_font("S", "B", 11)
        d.cell(20, 6, num.replace("§", "§ ")); d.multi_cell(0, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        if dnr:
            d.set_font("S", "", 9); d.cell(20, 5, ""); d.cell(0, 5, dnr, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)

    d.add_page()
    mark(fn, "§85", d); ph("§85", "Val av justerare")
    d.p("Beslut\nRegionfullmäktige utser Per Olof Hedlund (S) och Johanna von Platen (M) att jämte ordföranden justera dagens protokoll.", gap=4)
    mark(fn, "§86", d); ph("§86", "Godkännande av föredragningslista")
    d.p("Beslut\nRegionfullmäktige godkänner föredragningslistan.", gap=4)
    mark(fn, "§87", d)
    ph("§87", "Interpellation från Sara Lind-Öberg (V) om väntetider till barn- och ungdomspsykiatrin i Skellefteå", "Dnr RS 2026-00371")
    d.p("Ärendebeskrivning\nSara Lind-Öberg (V) har till regionstyrelsens ordförande ställt en interpellation om de ökande väntetiderna till "
        "barn- och ungdomspsykiatrin i Skellefteå och frågar vilka åtgärder regionstyrelsen avser att vidta för att vårdgarantin ska hållas.")
    d.p("Interpellationsdebatt\nErik Bergström (S) besvarar interpellationen. I debatten deltar Sara Lind-Öberg (V), Erik Bergström (S) "
        "och Mats Nyberg (VSP).")
    d.p("Beslut\nRegionfullmäktige förklarar interpellationen besvarad.", gap=4)
    mark(fn, "§88", d)
    ph("§88", "Regionplan och budget 2027 med flerårsplan 2028–2029 samt skattesats för år 2027", "Dnr RS 2026-00412")
    d.p("Ärendebeskrivning\nRegionstyrelsen har lämnat förslag till regionplan och budget för 2027 med flerårsplan 2028–2029. "
        "Förslaget innebär en oförändrad skattesats om 11,35 kronor per skattekrona. Ekonomidirektör Anders Vikström "
        "föredrar ärendet och redogör för de ekonomiska förutsättningarna, bland annat skatteunderlagsprognosen och "
        "kostnadsutvecklingen inom hälso- och sjukvården i Umeå, Skellefteå och Lycksele.")
    d.p("Yrkanden\nErik Bergström (S) yrkar, med instämmande av Lina Marklund (C) och Mats Nyberg (VSP), bifall till regionstyrelsens förslag.\n"
        "Johanna von Platen (M) yrkar, med instämmande av Maria Lidström (KD) och Fredrik Sandberg (L), bifall till "
        "Moderaternas, Kristdemokraternas och Liberalernas gemensamma budgetförslag.\n"
        "Jonas Åhman (SD) yrkar bifall till Sverigedemokraternas budgetförslag.\n"
        "Sara Lind-Öberg (V) yrkar, med instämmande av Johan Eriksson (V), bifall till Vänsterpartiets budgetförslag.")
    d.p("Propositionsordning\nOrdföranden konstaterar att det finns fyra förslag till beslut: regionstyrelsens förslag, "
        "M, KD och L:s förslag, SD:s förslag och V:s förslag. Regionstyrelsens förslag är huvudförslag. Ordföranden ställer "
        "de tre övriga förslagen mot varandra och finner att regionfullmäktige utser M, KD och L:s förslag till motförslag.")
    d.add_page()
    d.set_font("S", "B", 11); d.cell(0, 6, "§ 88 forts.", new_x="LMARGIN", new_y="NEXT"); d.ln(2)
    d.p("Omröstning\nOmröstning begärs och verkställs. Den som bifaller regionstyrelsens förslag röstar ja. Den som bifaller "
        "M, KD och L:s förslag röstar nej.\nOmröstningen utfaller med 8 ja-röster, 4 nej-röster och 4 som avstår. "
        "Regionfullmäktige har därmed beslutat enligt regionstyrelsens förslag. Se voteringslista nedan.")
    d.set_font("S", "B", 9)
    cols = [40, 50, 16, 14, 14, 16]
    for w, t in zip(cols, ["Ledamot", "Tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"]):
        d.cell(w, 6, t, border=1)
    d.ln()
    rows = [("Anna Holmgren", "", "S", "X", "", ""), ("Per Olof Hedlund", "", "S", "X", "", ""),
            ("Erik Bergström", "", "S", "X", "", ""), ("Karin Wiklund", "", "S", "X", "", ""),
            ("Mats Nyberg", "", "VSP", "X", "", ""), ("Göran Strand", "Elin Lundström", "VSP", "X", "", ""),
            ("Lina Marklund", "", "C", "X", "", ""), ("Ylva Strömberg", "Oskar Lejon", "MP", "X", "", ""),
            ("Sara Lind-Öberg", "", "V", "", "", "X"), ("Johan Eriksson", "", "V", "", "", "X"),
            ("Johanna von Platen", "", "M", "", "X", ""), ("Henrik Öst", "", "M", "", "X", ""),
            ("Maria Lidström", "", "KD", "", "X", ""), ("Fredrik Sandberg", "", "L", "", "X", ""),
            ("Jonas Åhman", "", "SD", "", "", "X"), ("Camilla Burman", "", "SD", "", "", "X")]
    d.set_font("S", "", 9)
    for r in rows:
        for w, t in zip(cols, r):
            d.cell(w, 5.5, t, border=1, align="C" if t == "X" else "L")
        d.ln()
    d.set_font("S", "B", 9)
    for w, t in zip(cols, ["Summa", "", "", "8", "4", "4"]):
        d.cell(w, 6, t, border=1)
    d.ln(); d.ln(3)
    d.p("Beslut\nRegionfullmäktige fastställer regionplan och budget 2027 med flerårsplan 2028–2029 i enlighet med regionstyrelsens "
        "förslag samt fastställer skattesatsen för 2027 till 11,35 kronor per skattekrona.")
    d.p("Reservationer\nModeraternas, Kristdemokraternas och Liberalernas ledamöter reserverar sig mot beslutet till förmån för eget yrkande.\n"
        "Sverigedemokraternas ledamöter reserverar sig mot beslutet.")
    d.p("Protokollsanteckning\nSara Lind-Öberg (V) lämnar en protokollsanteckning, bilaga 1.", gap=4)
    mark(fn, "§89", d)
    ph("§89", "Motion från Mats Nyberg (VSP) om ambulansstation i Storuman", "Dnr RS 2025-01187")
    d.p("Ärendebeskrivning\nMats Nyberg (VSP) föreslår i en motion att regionen ska inrätta en bemannad ambulansstation i Storuman. "
        "Regionstyrelsen föreslår att motionen avslås med hänvisning till den pågående översynen av prehospital vård.")
    d.p("Yrkanden\nMats Nyberg (VSP) yrkar bifall till motionen.\nErik Bergström (S) yrkar bifall till regionstyrelsens förslag.")
    d.p("Propositionsordning\nOrdföranden ställer proposition på yrkandena och finner att regionfullmäktige beslutar i enlighet med Erik Bergströms yrkande.")
    d.p("Beslut\nMotionen avslås.")
    d.p("Reservation\nMats Nyberg (VSP) och Elin Lundström (VSP) reserverar sig mot beslutet.", gap=4)
    mark(fn, "§90", d); ph("§90", "Anmälan av nya motioner")
    d.p("Följande motioner har inkommit och anmäls:\n"
        "Motion från Lina Marklund (C) om hyrläkarfri primärvård i inlandet, Dnr RS 2026-00588\n"
        "Motion från Jonas Åhman (SD) om trygghetsvärdar på länssjukhusen, Dnr RS 2026-00591")
    d.p("Beslut\nMotionerna remitteras till regionstyrelsen för beredning.")
    d.output(os.path.join(OUT, fn))


# ---------------------------------------------------------------- 2 Region Skåne RS (Platina-like)
def doc2():
    fn = "regionskane_regionstyrelsen_2026-10-15_protokoll.pdf"

    def head(d):
        d.set_font("R", "B", 10); d.set_xy(22, 10); d.cell(100, 5, "REGION SKÅNE")
        d.set_font("R", "", 9); d.cell(0, 5, "PROTOKOLL", align="R")
        d.set_xy(22, 15); d.cell(100, 5, "Regionstyrelsen"); d.cell(0, 5, "2026-10-15", align="R")
        d.set_y(26)

    def foot(d):
        d.set_y(-15); d.set_font("R", "", 8)
        d.cell(0, 5, f"{d.page_no()} ({{nb}})", align="C")

    d = Doc(head, foot, font="R")
    d.add_page()
    d.p("Plats: Regionhuset, Dockplatsen 26, Malmö\nTid: Torsdagen den 15 oktober 2026 kl. 13.00–16.10", 10, gap=3)
    d.set_font("R", "B", 10); d.cell(85, 5, "Beslutande ledamöter"); d.cell(0, 5, "Ersättare", new_x="LMARGIN", new_y="NEXT")
    left = ["Carl-Johan af Klintberg (M), ordförande", "Birgitta Håkansson (KD), 1:e vice ordförande",
            "Zeynep Aksoy (S), 2:e vice ordförande", "Lars-Åke Nilsson (SD)", "Pernilla Grönwall (M)",
            "Mattias Borg (SD)", "Hanna Ljungqvist (L)", "Tomas Mellberg (C)", "Ronny Sjöholm (S)",
            "Jenny Wahlberg (V)", "Anders Pålsson (MP), tjänstgörande ersättare för Ida Hult (MP)"]
    right = ["Eva Lindblom (M)", "Kenneth Åberg (SD)", "Sofia Blom (S)", "Nils Ohlin (KD)", "", "", "", "", "", "", ""]
    d.set_font("R", "", 9.5)
    for a, b in zip(left, right):
        d.cell(85, 5, a); d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.p("Övriga deltagare\nLena Roos, regiondirektör\nStefan Berg, hälso- och sjukvårdsdirektör, § 144\n"
        "Malin Westergren, ekonomidirektör, § 141\nDaniel Korhonen, sekreterare", 9.5, gap=3)
    d.p("Justerare: Ronny Sjöholm (S)\nJusteringens plats och tid: Regionhuset, Malmö, 2026-10-20\nParagrafer: §§ 140–144", 9.5, gap=3)
    d.p("Underskrifter\nSekreterare ..............................  Daniel Korhonen\n\n"
        "Ordförande ..............................  Carl-Johan af Klintberg\n\nJusterare ..............................  Ronny Sjöholm", 9.5)

    def ph(num, title, dnr):
        if d.get_y() > 240:
            d.add_page()
        mark(fn, num, d)
        d.set_font("R", "B", 11); d.multi_cell(0, 6, num.replace("§", "§ ") + "\n" + title, align="L", new_x="LMARGIN", new_y="NEXT")
        if dnr:
            d.set_font("R", "", 9); d.cell(0, 5, "Diarienummer: " + dnr, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)

    d.add_page()
    mark(fn, "§140", d); ph("§140", "Val av justerare och tid för justering", None)
    d.p("Regionstyrelsen beslutar\natt utse Ronny Sjöholm (S) att jämte ordföranden justera protokollet tisdagen den 20 oktober 2026.", gap=4)
    mark(fn, "§141", d); ph("§141", "Delårsrapport per augusti 2026 för Region Skåne", "RS 2026/0311")
    d.p("Sammanfattning\nEkonomidirektör Malin Westergren redogör för delårsrapporten. Prognosen för helåret pekar på ett "
        "underskott om 412 miljoner kronor, främst till följd av kostnader för inhyrd personal vid sjukhusen i Lund, "
        "Malmö och Helsingborg.")
    d.p("Regionstyrelsen beslutar\natt godkänna delårsrapporten och överlämna den till regionfullmäktige.", gap=4)
    mark(fn, "§142", d)
    ph("§142", "Yttrande över remiss från Infrastrukturdepartementet om nationell plan för transportinfrastruktur 2026–2037", "RS 2026/0387")
    d.p("Sammanfattning\nRegion Skåne har beretts möjlighet att yttra sig över förslaget till nationell plan. Förvaltningen föreslår "
        "ett yttrande som särskilt lyfter behovet av fyrspår mellan Lund och Hässleholm samt Skånebanans upprustning "
        "genom Kristianstad. Regionstyrelse\u00adns arbetsutskott har behandlat ärendet den 1 oktober 2026.")
    d.p("Yrkanden\nCarl-Johan af Klintberg (M) yrkar, med instämmande av Birgitta Håkansson (KD) och Lars-Åke Nilsson (SD), "
        "bifall till förvaltningens förslag till yttrande. Bifall till att ärendet återremitteras för att yttrandet ska kompletteras "
        "med en analys av godstrafiken i nordöstra Skåne yrkas av Zeynep Aksoy (S), med instämmande av Ronny Sjöholm (S) och "
        "Anders Pålsson (MP). Jenny Wahlberg (V) yrkar därutöver att yttrandet tillförs ett avsnitt om kollektivtrafikens taxor.")
    d.p("Propositionsordning\nOrdföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
        "att ärendet ska avgöras i dag. Votering begärs. Den som vill att ärendet ska avgöras i dag röstar ja, den som vill "
        "återremittera ärendet röstar nej. Omröstningen utfaller med 7 ja-röster och 4 nej-röster. Regionstyrelsen har beslutat "
        "att avgöra ärendet i dag. Därefter ställer ordföranden proposition på Jenny Wahlbergs tilläggsyrkande och finner det avslaget.")
    d.p("Regionstyrelsen beslutar\natt avge yttrande i enlighet med förvaltningens förslag.")
    d.p("Reservationer\nSocialdemokraternas ledamöter reserverar sig mot beslutet att inte återremittera ärendet.\n"
        "Anders Pålsson (MP) och Jenny Wahlberg (V) reserverar sig mot beslutet.", gap=4)
    mark(fn, "§143", d)
    ph("§143", "Initiativärende från Jenny Wahlberg (V) om avgiftsfria mensskydd på ungdomsmottagningarna", "RS 2026/0402")
    d.p("Sammanfattning\nJenny Wahlberg (V) har väckt ett initiativärende om att mensskydd ska erbjudas avgiftsfritt på regionens ungdomsmottagningar.")
    d.p("Regionstyrelsen beslutar\natt överlämna initiativärendet till hälso- och sjukvårdsnämnden för beredning.")
    d.p("Protokollsanteckning\nTomas Mellberg (C) och Hanna Ljungqvist (L) lämnar en gemensam protokollsanteckning.", gap=4)
    mark(fn, "§144", d); ph("§144", "Information om vårdplatsläget inför vintern", "RS 2026/0015")
    d.p("Hälso- och sjukvårdsdirektör Stefan Berg informerar om vårdplatsläget och om beredskapen inför influensasäsongen.")
    d.p("Regionstyrelsen beslutar\natt lägga informationen till handlingarna.")
    d.output(os.path.join(OUT, fn))


# ---------------------------------------------------------------- 3 Stockholms stad, Skarpnäck (Meetings Plus-like, two-column § table)
def doc3():
    fn = "stockholm_skarpnacksstadsdelsnamnd_2026-09-17_protokoll.pdf"

    def head(d):
        d.set_font("S", "", 8.5); d.set_xy(22, 10)
        d.cell(80, 4.5, "STOCKHOLMS STAD"); d.cell(0, 4.5, "PROTOKOLL NR 8/2026", align="R")
        d.set_xy(22, 14.5); d.cell(80, 4.5, "Skarpnäcks stadsdelsnämnd"); d.cell(0, 4.5, "2026-09-17", align="R")
        d.set_y(24)

    def foot(d):
        d.set_y(-14); d.set_font("S", "", 8); d.cell(0, 4, f"Sida {d.page_no()} (av {{nb}})", align="R")

    d = Doc(head, foot)
    d.add_page()
    d.p("Protokoll fört vid sammanträde med Skarpnäcks stadsdelsnämnd torsdagen den 17 september 2026 kl. 18.30–20.05, "
        "stadsdelsförvaltningens lokaler, Skarpnäcks allé 11", 10, gap=3)
    d.set_font("S", "B", 9.5); d.cell(0, 5, "Ledamöter", new_x="LMARGIN", new_y="NEXT")
    d.p("Mona Ekblad (S), ordförande\nGustaf Wennerholm (M), vice ordförande\nAlva Törnqvist (S)\nAli Haddad (V)\n"
        "Jessica Norén (MP)\nPeter Sjöblom (M)\nUlla-Britt Karlsson (L)\nMikael Ek (SD)\nRasmus Lindh (S), tjänstgörande ersättare för Amir Sadeghi (S)", 9.5, h=4.6)
    d.set_font("S", "B", 9.5); d.cell(0, 5, "Ersättare", new_x="LMARGIN", new_y="NEXT")
    d.p("Kerstin Öhman (KD)\nJon Edlund (V)", 9.5, h=4.6)
    d.set_font("S", "B", 9.5); d.cell(0, 5, "Övriga", new_x="LMARGIN", new_y="NEXT")
    d.p("Kjell-Arne Fröberg, stadsdelsdirektör\nNadia Berglöf, avdelningschef äldreomsorg\nTherese Granqvist, nämndsekreterare", 9.5, h=4.6, gap=3)
    d.p("Justerat 2026-09-22\n\nMona Ekblad .....................    Alva Törnqvist .....................    Gustaf Wennerholm .....................\n\n"
        "Sekreterare: Therese Granqvist", 9.5)

    def row(num, title, dnr):
        y = d.get_y(); d.set_font("S", "B", 10.5)
        d.set_xy(22, y); d.cell(25, 6, num.replace("§", "§ "))
        d.set_xy(50, y); d.multi_cell(120, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        if dnr:
            d.set_x(50); d.set_font("S", "", 9); d.cell(0, 5, dnr, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)

    def body(t, gap=1.5):
        d.set_x(50); d.set_font("S", "", 9.5); d.multi_cell(140, 5, t, new_x="LMARGIN", new_y="NEXT"); d.ln(gap)

    d.add_page()
    mark(fn, "§101", d); row("§101", "Val av justerare och justeringsdag", None)
    body("Stadsdelsnämnden beslutade att utse Alva Törnqvist (S) och Gustaf Wennerholm (M) att jämte ordföranden justera "
         "dagens protokoll tisdagen den 22 september 2026.", 4)
    mark(fn, "§102", d); row("§102", "Anmälan av protokoll från pensionärsrådet och funktionsstödsrådet", None)
    body("Stadsdelsnämnden beslutade att lägga anmälan till handlingarna.", 4)
    mark(fn, "§103", d); row("§103", "Medborgarförslag om utegym vid Björkhagens skola", "Dnr SKA 2026/318")
    body("Inger Malm har lämnat ett medborgarförslag om att stadsdelsnämnden ska anlägga ett utegym i parken vid Björkhagens skola. "
         "Förvaltningen föreslår att medborgarförslaget besvaras med hänvisning till parkprogrammet.")
    body("Stadsdelsnämnden beslutade enligt förvaltningens förslag.", 4)
    mark(fn, "§104", d)
    row("§104", "Svar på skrivelse från Moderaterna om trygghetsskapande belysning och röjning av buskage i Bagarmossen och Kärrtorp",
        "Dnr SKA 2026/297")
    body("Ordföranden Mona Ekblad (S) föreslog att nämnden skulle besluta enligt förvaltningens förslag. Vice ordföranden "
         "Gustaf Wennerholm (M) föreslog, med instämmande av Peter Sjöblom (M) och Ulla-Britt Karlsson (L), bifall till ett "
         "eget förslag om att förvaltningen ska beställa belysning av gångstråket vid Kärrtorps torg under 2026.")
    body("Ordföranden ställde förslagen mot varandra och fann att nämnden beslutat enligt förvaltningens förslag.")
    body("Reservation\nModeraternas ledamöter reserverade sig mot beslutet till förmån för eget förslag. Ulla-Britt Karlsson (L) "
         "reserverade sig mot beslutet.", 4)
    mark(fn, "§105", d); row("§105", "Månadsrapport augusti 2026", "Dnr SKA 2026/42")
    body("Stadsdelsdirektör Kjell-Arne Fröberg och avdelningschef Nadia Berglöf föredrog ärendet. Prognosen visar ett "
         "underskott på 3,1 mnkr inom äldreomsorgen.")
    body("Stadsdelsnämnden beslutade att godkänna rapporten och överlämna den till kommunstyrelsen.", 4)
    mark(fn, "§106", d); row("§106", "Frågor från ledamöterna", None)
    body("Mikael Ek (SD) ställde en fråga om klottersaneringen vid Skarpnäcks centrum. Stadsdelsdirektör Kjell-Arne Fröberg "
         "besvarade frågan.")
    body("Stadsdelsnämnden beslutade att anteckna frågan och svaret.")
    d.output(os.path.join(OUT, fn))


# ---------------------------------------------------------------- 4 Region Östergötland RSAU (pdftotext -layout export)
def doc4():
    fn = "regionostergotland_regionstyrelsensarbetsutskott_2026-11-03_protokoll.txt"
    tmp = "/tmp/k61_doc4.pdf"

    def head(d):
        d.set_font("S", "B", 9.5); d.set_xy(20, 10); d.cell(90, 5, "REGION ÖSTERGÖTLAND")
        d.set_font("S", "", 9); d.cell(0, 5, "PROTOKOLL", align="R")
        d.set_xy(20, 15); d.cell(60, 5, "Regionstyrelsens arbetsutskott"); d.cell(50, 5, "2026-11-03")
        d.cell(0, 5, f"Sida {d.page_no()}({{nb}})", align="R"); d.set_y(25)

    d = Doc(head, None); d.set_margins(20, 20, 20)
    d.add_page()
    d.p("Tid och plats: 2026-11-03 kl. 08.30–11.45, Regionhuset, Linköping, rum Stångån", 9.5)
    d.p("Beslutande:\nMats Johansson (M), ordförande\nEbba Wennström (KD), vice ordförande\nJan-Olof Berg (L)\n"
        "Peter Dahl (SD)\nKristina Rask (S)", 9.5, h=4.6)
    d.p("Övriga närvarande:\nMarie Lindahl, regiondirektör\nJonas Waldén, fastighetsdirektör, § 202\nAgnes Holm, sekreterare", 9.5, h=4.6)
    d.p("Justerare: Kristina Rask (S)", 9.5, gap=4)
    d.p("Underskrifter\nSekreterare   Agnes Holm\nOrdförande    Mats Johansson\nJusterare     Kristina Rask", 9.5, h=4.6, gap=4)

    def ph(num, title, dnr):
        y = d.get_y(); d.set_font("S", "B", 10)
        d.set_xy(20, y); d.cell(18, 5.5, num.replace("§", "§ "))
        d.set_xy(38, y); d.multi_cell(110, 5.5, title, align="L")
        y2 = d.get_y()
        if dnr:
            d.set_font("S", "", 9); d.set_xy(150, y); d.cell(40, 5.5, dnr, align="R")
        d.set_xy(20, y2); d.ln(2)

    mark(fn, "§201", d); ph("§201", "Fastställande av dagordning", None)
    d.p("Dagordningen fastställs.", 9.5, gap=4)
    mark(fn, "§202", d)
    ph("§202", "Investeringsbeslut för ombyggnad av akutmottagningen vid Vrinnevisjukhuset i Norrköping", "Dnr: 26/00456")
    d.p("Fastighetsdirektör Jonas Waldén föredrar ärendet. Ombyggnaden beräknas kosta 148 miljoner kronor och genomföras "
        "etappvis under 2027–2029 med bibehållen verksamhet.", 9.5)
    d.p("Arbetsutskottet föreslår regionstyrelsen besluta\natt godkänna investeringen för ombyggnad av akutmottagningen.", 9.5, gap=4)
    d.add_page()
    mark(fn, "§203", d)
    ph("§203", "Förlängning av avtal om sjukresor med Östgötatrafiken AB", "Dnr: 26/00511")
    d.p("Yrkanden\nMats Johansson (M) yrkar bifall till förvaltningens förslag.\nKristina Rask (S) yrkar avslag på förslaget "
        "och att sjukresorna i stället upphandlas på nytt med krav på tillgänglighet i Finspång, Kinda och Ydre.", 9.5)
    d.p("Beslutsgång\nOrdföranden ställer proposition på yrkandena och finner att arbetsutskottet bifaller Mats Johanssons yrkande.", 9.5)
    d.p("Beslut\nAvtalet förlängs till och med 2028-06-30.\n\nReservation\nKristina Rask (S) reserverar sig mot beslutet.", 9.5, gap=4)
    mark(fn, "§204", d)
    ph("§204", "Remiss – Regional utvecklingsstrategi för Östergötland 2040", "Dnr: 25/02210")
    d.p("Arbetsutskottet föreslår regionstyrelsen besluta\natt skicka förslaget till regional utvecklingsstrategi på remiss till "
        "länets kommuner, bland dem Linköping, Norrköping och Motala.", 9.5, gap=4)
    mark(fn, "§205", d); ph("§205", "Övriga frågor", None)
    d.p("Kristina Rask (S) ställer en fråga om läget för ambulansstationen i Valdemarsvik. Regiondirektör Marie Lindahl "
        "besvarar frågan och uppger att den återkommer till arbetsutskottet i december.", 9.5)
    d.output(tmp)
    subprocess.run(["pdftotext", "-layout", tmp, os.path.join(OUT, fn)], check=True)


# ---------------------------------------------------------------- 5 Region Västernorrland patientnämnden kallelse (Netpublicator-like)
def doc5():
    fn = "regionvasternorrland_patientnamnden_2026-12-09_kallelse.pdf"

    def head(d):
        d.set_font("S", "", 8.5); d.set_xy(22, 10); d.cell(90, 4.5, "Region Västernorrland")
        d.cell(0, 4.5, "KALLELSE", align="R"); d.set_xy(22, 14.5); d.cell(90, 4.5, "Patientnämnden")
        d.cell(0, 4.5, "2026-12-01", align="R"); d.set_y(24)

    def foot(d):
        d.set_y(-14); d.set_font("S", "", 8); d.cell(0, 4, f"{d.page_no()}/{{nb}}", align="C")

    d = Doc(head, foot)
    d.add_page()
    d.p("Kallelse till sammanträde med Patientnämnden", 14, "B", 7, gap=3)
    d.p("Datum: onsdagen den 9 december 2026\nTid: kl. 09.30–15.00\nPlats: Regionens hus, Härnösand, sal Ådalen\n"
        "Förslag till justerare: Niklas Höglund (S)\nGruppmöten: kl. 08.30", 10, gap=5)
    cols = [10, 82, 34, 42]
    d.set_font("S", "B", 9); d.set_fill_color(220, 220, 220)
    for w, t in zip(cols, ["Nr", "Ärende", "Dnr", "Föredragande"]):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln()
    rows = [("1", "Sammanträdets öppnande", "", ""),
            ("2", "Val av justerare", "", ""),
            ("3", "Godkännande av dagordning", "", ""),
            ("4", "Patientnämndens verksamhetsrapport januari–oktober 2026", "PN 2026/17 (15)", "Maria Forsell, kanslichef"),
            ("5", "Internbudget och verksamhetsplan 2027 för patientnämndens kansli", "PN 2026/42 (3)", "Maria Forsell, kanslichef"),
            ("6", "Sammanträdesplan 2027", "PN 2026/51 (1)", "Lena Åkerlund, nämndsekreterare"),
            ("7", "Information från Inspektionen för vård och omsorg om klagomålshantering", "", "Hans-Erik Lundgren, inspektör IVO"),
            ("8", "Patientberättelser – fördjupad genomgång av ärenden från Sundsvalls sjukhus och Örnsköldsviks sjukhus", "", "Annika Sjödin, patientnämndshandläggare"),
            ("9", "Delegationsbeslut och meddelanden", "PN 2026/3 (22)", ""),
            ("10", "Övriga frågor", "", "")]
    d.set_font("S", "", 9)
    for r in rows:
        y = d.get_y(); x = 22; hmax = 0
        for w, t in zip(cols, r):
            d.set_xy(x, y); d.multi_cell(w, 5, t, border=0, align="L")
            hmax = max(hmax, d.get_y() - y); x += w
        x = 22
        for w in cols:
            d.rect(x, y, w, hmax); x += w
        d.set_xy(22, y + hmax)
    d.ln(6)
    d.p("Handlingar till sammanträdet publiceras i Netpublicator. Förhinder anmäls till nämndsekreteraren, som kallar ersättare.", 9.5, gap=6)
    d.p("Britt-Marie Sundin (SJVP)\nOrdförande\n\nLena Åkerlund\nNämndsekreterare", 10)
    d.output(os.path.join(OUT, fn))


# ---------------------------------------------------------------- 6 Region Gävleborg tjänsteskrivelse (Lex-like)
def doc6():
    fn = "regiongavleborg_regionalautvecklingsnamnden_2026-11-10_tjansteskrivelse.pdf"

    def head(d):
        d.set_font("S", "", 8.5); d.set_xy(22, 10); d.cell(90, 4.5, "Region Gävleborg")
        d.cell(0, 4.5, "TJÄNSTESKRIVELSE", align="R"); d.set_xy(22, 14.5)
        d.cell(90, 4.5, "Regional utveckling"); d.cell(0, 4.5, "Datum 2026-11-10", align="R")
        d.set_xy(22, 19); d.cell(90, 4.5, ""); d.cell(0, 4.5, "Ärendenr RUN/2026:118", align="R"); d.set_y(28)

    def foot(d):
        d.set_y(-14); d.set_font("S", "", 7.5)
        d.cell(0, 4, f"Region Gävleborg · Box 45 · 801 02 Gävle · Sida {d.page_no()} av {{nb}}", align="C")

    d = Doc(head, foot)
    d.add_page()
    d.p("Regionala utvecklingsnämnden", 10, gap=4)
    d.p("Regionala utvecklingsmedel till projektet Hållbar besöksnäring i Hälsingland 2027–2029", 13, "B", 6.5, gap=4)
    d.p("Förslag till beslut", 11, "B", gap=1)
    d.p("Regionala utvecklingsnämnden beslutar\n1. att bevilja Hudiksvalls kommun 2 400 000 kronor i regionala utvecklingsmedel för "
        "projektet Hållbar besöksnäring i Hälsingland 2027–2029,\n2. att medlen belastar anslaget 1:1 Regionala tillväxtåtgärder.", 10, gap=4)
    d.p("Sammanfattning", 11, "B", gap=1)
    d.p("Hudiksvalls kommun har, i samverkan med Bollnäs, Ljusdal, Nordanstig och Söderhamns kommuner, ansökt om medfinansiering "
        "av ett projekt som ska utveckla hållbara besöksmål längs Hälsingekusten och i Ljusnandalen. Projektets totala budget är "
        "6,8 miljoner kronor.", 10, gap=4)
    d.p("Ärendebeskrivning", 11, "B", gap=1)
    d.p(("Ansökan inkom 2026-09-14. Projektet bedöms ligga väl i linje med den regionala utvecklingsstrategin för Gävleborg och "
         "med Region Dalarnas och Region Jämtland Härjedalens pågående arbete med gränsöverskridande besöksnäring. "
         "Nämnden beviljade i beslut 2024-03-12, § 18, medel till en förstudie (RUN/2023:207), vars resultat ligger till grund "
         "för ansökan. Projektet omfattar även samverkan med Gävle kommun kring evenemangsturism."), 10, gap=4)
    d.p("Ekonomiska konsekvenser", 11, "B", gap=1)
    d.p("Medlen ryms inom nämndens budget för 2027. Utbetalning sker i efterskott mot redovisade kostnader.", 10, gap=4)
    d.p("Beslutsunderlag", 11, "B", gap=1)
    d.p("Tjänsteskrivelse 2026-11-10\nAnsökan från Hudiksvalls kommun, 2026-09-14\nBudget och aktivitetsplan", 10, gap=4)
    d.p("Beslutet skickas till", 11, "B", gap=1)
    d.p("Hudiksvalls kommun\nEkonomienheten, Region Gävleborg", 10, gap=8)
    d.p("Karin Lundh\nAvdelningschef regional utveckling\n\nViktor Engström\nUtvecklingsstrateg", 10)
    d.output(os.path.join(OUT, fn))


# ---------------------------------------------------------------- 7 Malmö stad pensionärsrådet mötesanteckningar (portal HTML)
def doc7():
    fn = "malmo_pensionarsradet_2026-10-07_motesanteckningar.html"
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Mötesanteckningar Pensionärsrådet 7 oktober 2026 - Malmö stad</title></head>
<body>
<header><nav><a href="/">Malmö stad</a> &gt; <a href="/politik">Politik och demokrati</a> &gt; <a href="/rad">Råd</a> &gt; Pensionärsrådet</nav></header>
<main>
<h1>Mötesanteckningar Pensionärsrådet</h1>
<p class="meta">Datum: 2026-10-07, kl. 13.30–15.45<br>Plats: Stadshuset, August Palms plats 1, rum Pildammen</p>
<h2>Närvarande</h2>
<table>
<tr><th>Namn</th><th>Representerar</th></tr>
<tr><td>Lotta Nordström (S), ordförande</td><td>Kommunstyrelsen</td></tr>
<tr><td>Birgitta Ahlgren (M), vice ordförande</td><td>Kommunstyrelsen</td></tr>
<tr><td>Said Omar (V)</td><td>Hälsa-, vård- och omsorgsnämnden</td></tr>
<tr><td>Göte Lind</td><td>PRO Malmö</td></tr>
<tr><td>Ulla Berglund</td><td>SPF Seniorerna Malmö</td></tr>
<tr><td>Rolf Ahl</td><td>SKPF Pensionärerna avd. 6</td></tr>
<tr><td></td><td></td></tr>
</table>
<h2>Tjänstepersoner</h2>
<ul>
<li>Oscar Ny, avdelningschef, hälsa-, vård- och omsorgsförvaltningen</li>
<li>Jessica Sandell, sekreterare, stadskontoret</li>
</ul>
<h3>Mötets öppnande</h3>
<p>Ordföranden hälsar välkommen och öppnar mötet. Dagordningen godkänns.</p>
<h3>Föregående mötesanteckningar</h3>
<p>Anteckningarna från 2026-06-03 läggs till handlingarna.</p>
<h3>Information om trygghetslarm och digital tillsyn</h3>
<p>Oscar Ny informerar om införandet av digitala trygghetslarm och kameratillsyn nattetid. Omkring 4&nbsp;800 Malmöbor har i dag trygghetslarm.
Frågor ställs om hur tekniken fungerar för personer med demenssjukdom.</p>
<h3>Budget 2027 för hälsa-, vård- och omsorgsnämnden</h3>
<p>Said Omar (V) berättar om nämndens budgetarbete inför 2027 och de prioriteringar som görs inom hemtjänsten.</p>
<h3>Frågor från organisationerna</h3>
<p>Ulla Berglund ställer en fråga om väntetiderna i färdtjänsten vid resor till Lund och Vellinge. Frågan tas med till
nästa möte, då representant från Skånetrafiken bjuds in.</p>
<h3>Nästa möte</h3>
<p>Nästa möte äger rum den 2 december 2026.</p>
<p>Vid anteckningarna<br>Jessica Sandell</p>
<p>Justeras<br>Lotta Nordström &nbsp;&nbsp; Göte Lind</p>
</main>
<footer>Malmö stad, 205 80 Malmö · Senast uppdaterad 2026-10-19</footer>
</body></html>
"""
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(html)


# ---------------------------------------------------------------- 8 Göteborgs Stad krisledningsnämnden (plain Word template)
def doc8():
    fn = "goteborg_krisledningsnamnden_2026-02-12_protokoll.docx"
    D = docx.Document()
    D.add_paragraph("Göteborgs Stad\nKrisledningsnämnden")
    D.add_heading("Protokoll från sammanträde", level=1)
    D.add_paragraph("Sammanträdesdatum: 2026-02-12\nTid: kl. 07.30–09.10\nPlats: Stadshuset, Gustaf Adolfs torg 6, "
                    "krisledningsrummet (deltagande på distans för Stina Wirén)")
    D.add_paragraph("Närvarande ledamöter", style="Heading 3")
    t = D.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Namn", "Parti", "Uppdrag"]):
        c.text = h
    for r in [("Ann-Christin Wessman", "S", "ordförande"), ("Hampus Lindvall", "M", "vice ordförande"),
              ("Kent Falk", "D", "ledamot"), ("Stina Wirén", "V", "ledamot"),
              ("Mikael Tillberg", "MP", "tjänstgörande ersättare för Sanna Rydén (MP)"), ("", "", "")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    D.add_paragraph("Övriga närvarande", style="Heading 3")
    D.add_paragraph("Eva Hellberg Nyström, stadsdirektör\nRikard Blomqvist, säkerhetschef\nPetra Isaksson, sekreterare")
    D.add_paragraph("Paragrafer: 1–5\n\nSekreterare: Petra Isaksson ____________\n\nOrdförande: Ann-Christin Wessman ____________\n\n"
                    "Justerare: Kent Falk ____________")
    D.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def item(num, title, dnr=None):
        D.add_paragraph(f"{num.replace('§', '§ ')}\t{title}", style="Heading 2")
        if dnr:
            D.add_paragraph(f"Diarienummer {dnr}")

    item("§1", "Val av justerare")
    D.add_paragraph("Krisledningsnämnden utser Kent Falk (D) att jämte ordföranden justera protokollet.")
    item("§2", "Beslut om att krisledningsnämnden träder i funktion", "SLK-2026-00087")
    D.add_paragraph("Ordföranden har den 11 februari 2026 beslutat att krisledningsnämnden ska träda i funktion med anledning "
                    "av ledningsbrottet på huvudvattenledningen i Gårda, som har lett till att stora delar av centrala Göteborg "
                    "och delar av Mölndal saknar dricksvatten.")
    D.add_paragraph("Beslut\nKrisledningsnämnden noterar ordförandens beslut.")
    p = D.add_paragraph("Stina Wirén (V) deltar på distans.")
    p.add_run().add_break(WD_BREAK.PAGE)
    item("§3", "Lägesbild avseende dricksvattenförsörjningen efter ledningsbrottet i Gårda", "SLK-2026-00087")
    D.add_paragraph("Säkerhetschef Rikard Blomqvist föredrar lägesbilden. Nödvatten delas ut vid tolv platser och "
                    "reparationen beräknas vara klar den 14 februari.")
    D.add_paragraph("Beslut\nKrisledningsnämnden lägger informationen till handlingarna.")
    item("§4", "Beslut om att tillfälligt överta kretslopp och vattennämndens beslutanderätt avseende nödvattenförsörjning",
         "SLK-2026-00091")
    D.add_paragraph("Yrkanden\nAnn-Christin Wessman (S) yrkar bifall till stadsledningskontorets förslag. Kent Falk (D) och "
                    "Hampus Lindvall (M) instämmer i ordförandens yrkande. Stina Wirén (V) yrkar tillägg om att avgiften för "
                    "vatten och avlopp ska sättas ned för februari för drabbade hushåll.")
    D.add_paragraph("Propositionsordning\nOrdföranden ställer proposition på tilläggsyrkandet och finner det avslaget.")
    D.add_paragraph("Beslut\nKrisledningsnämnden övertar tillfälligt beslutanderätten avseende nödvattenförsörjning till och med "
                    "den 28 februari 2026.")
    D.add_paragraph("Reservation\nVänsterpartiet reserverar sig mot beslutet att avslå tilläggsyrkandet.")
    D.add_paragraph("Protokollsanteckning\nDemokraterna lämnar en protokollsanteckning om behovet av en oberoende utredning av "
                    "ledningsnätets underhåll.")
    item("§5", "Anmälan av ordförandebeslut")
    D.add_paragraph("Ordförandebeslut 2026-02-11 om att träda i funktion anmäls.\nBeslut\nAnmälan läggs till handlingarna.")
    D.save(os.path.join(OUT, fn))


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8):
        f()
    import json
    json.dump(PAGES, open("/tmp/k61_pages.json", "w"), indent=1, ensure_ascii=False)
    print(json.dumps(PAGES, ensure_ascii=False))
