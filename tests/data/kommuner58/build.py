# Generator for the kommuner58 forecast set. All people, matters and numbers invented.
import os, subprocess
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
PAGEMAP = {}


class Doc(FPDF):
    def __init__(self, head=None, foot=None, font="S"):
        super().__init__(format="A4")
        self.add_font("S", "", FD + "DejaVuSans.ttf")
        self.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", FD + "DejaVuSans-Oblique.ttf")
        self.add_font("R", "", FD + "DejaVuSerif.ttf")
        self.add_font("R", "B", FD + "DejaVuSerif-Bold.ttf")
        self.add_font("R", "I", FD + "DejaVuSerif-Italic.ttf")
        self.f = font
        self._head, self._foot = head, foot
        self.set_auto_page_break(True, margin=28)
        self.set_margins(22, 20, 20)

    def header(self):
        if self._head:
            self._head(self)

    def footer(self):
        if self._foot:
            self._foot(self)

    def p(self, txt, size=10, style="", indent=0, h=5, gap=2, font=None):
        self.set_font(font or self.f, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, h, txt,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)

    def need(self, mm):
        if self.get_y() + mm > self.h - self.b_margin:
            self.add_page()

    def mark(self, key, num):
        PAGEMAP.setdefault(key, {})[num] = self.page_no()


# ---------------------------------------------------------------- 1. Region Jönköpings län, Platina
def region():
    key = "region"
    def head(d):
        d.set_font("S", "B", 9)
        d.set_xy(22, 10)
        d.cell(90, 4, "REGION JÖNKÖPINGS LÄN")
        d.set_font("S", "", 9)
        d.cell(0, 4, "PROTOKOLL", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_x(22)
        d.cell(90, 4, "Regionstyrelsen")
        d.cell(0, 4, f"{d.page_no()}(" + "{nb})", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_x(22)
        d.cell(90, 4, "Sammanträdesdatum 2026-11-17")
        d.line(22, 24, 190, 24)
        d.set_y(30)
    def foot(d):
        d.set_y(-20)
        d.set_font("S", "", 7.5)
        d.line(22, d.get_y(), 190, d.get_y())
        d.cell(60, 4, "Justerare")
        d.cell(60, 4, "Justerare")
        d.cell(0, 4, "Utdragsbestyrkande")
    d = Doc(head, foot)
    d.add_page()
    d.p("Protokoll från sammanträde med regionstyrelsen", 14, "B", gap=4)
    rows = [("Tid", "2026-11-17 kl. 09:00–12:10 och 13:00–15:25"),
            ("Plats", "Regionens hus, sammanträdesrum A, Jönköping"),
            ("Beslutande", "Malin Ekelund (KD), ordförande\nJohan Strandqvist (M), 1:e vice ordförande\n"
             "Rebecka Lindahl (S), 2:e vice ordförande\nAndreas Forsgren (C)\nKerstin Malmgren (SD)\n"
             "Nils-Erik Söderbom (S)\nLouise Bergh Karlsson (KD)\nTomas Wikander (L)\nSabina Ekström (V)\n"
             "Ingrid Holmqvist (M)\nKristoffer Sjölin (SD)\n"
             "Håkan Fridell (S), tjänstgörande ersättare för Amra Ljungberg (S)\n"
             "Emma Roos (MP), tjänstgörande ersättare för Magnus Åhl (MP)"),
            ("Närvarande ersättare", "Gunnel Ahl (KD)\nOla Berggren (S)\nJenny Sahlin (M)"),
            ("Övriga deltagande", "Lena Haraldsson, regiondirektör\nMikael Örn, ekonomidirektör, § 204\n"
             "Cecilia Wallin, hälso- och sjukvårdsdirektör\nPatrik Nyström, ambulanschef, § 206\n"
             "Anneli Thunberg, nämndsekreterare"),
            ("Justerare", "Rebecka Lindahl\nAndreas Forsgren"),
            ("Paragrafer", "§§ 201–209")]
    for k, v in rows:
        y = d.get_y()
        d.set_font("S", "B", 9.5)
        d.set_xy(22, y)
        d.cell(45, 5, k)
        d.set_font("S", "", 9.5)
        d.set_xy(67, y)
        d.multi_cell(120, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(2)

    def para(num, title, dnr=None):
        d.need(35)
        d.mark(key, num)
        y = d.get_y()
        d.set_font("S", "B", 11)
        d.set_xy(22, y)
        d.cell(22, 6, num)
        d.set_xy(50, y)
        d.multi_cell(140, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if dnr:
            d.set_font("S", "", 9)
            d.set_x(50)
            d.cell(0, 5, "Diarienummer: " + dnr, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(3)

    def sec(t):
        d.need(14)
        d.p(t, 10, "B", indent=28, gap=1)

    def tx(t):
        d.p(t, 10, indent=28, gap=3)

    d.add_page()
    para("§ 201", "Val av justerare och tid för justering")
    sec("Beslut")
    tx("Regionstyrelsen beslutar att utse Rebecka Lindahl (S) och Andreas Forsgren (C) att jämte ordföranden "
       "justera dagens protokoll. Justering sker digitalt senast 2026-11-20.")
    para("§ 202", "Fastställande av dagordning")
    sec("Beslut")
    tx("Regionstyrelsen fastställer dagordningen med den ändringen att ärende 9 behandlas före ärende 8.")
    para("§ 203", "Regiondirektören informerar")
    sec("Sammanfattning")
    tx("Regiondirektör Lena Haraldsson informerar om\n– läget i förhandlingarna om nytt huvudavtal för hyrpersonal,\n"
       "– arbetet med den nya organisationen för nära vård,\n– det nationella beredskapsuppdraget inför vintern.")
    sec("Beslut")
    tx("Regionstyrelsen tackar för informationen.")
    para("§ 204", "Delårsrapport per oktober 2026 med helårsprognos", "RJL 2026/0982")
    sec("Beslut")
    tx("Regionstyrelsen\n1. Godkänner delårsrapporten per oktober 2026.\n2. Överlämnar rapporten till regionfullmäktige.")
    sec("Sammanfattning")
    tx("Ekonomidirektör Mikael Örn föredrar ärendet. Prognosen för helåret visar ett resultat på 212 miljoner kronor, "
       "vilket är 38 miljoner kronor sämre än budget. Underskottet förklaras främst av ökade kostnader för inhyrd personal "
       "inom psykiatrin och för läkemedel. Verksamhetsområdena har sedan i våras arbetat med åtgärdsplaner enligt "
       "regionstyrelsens beslut, och effekterna av dessa beräknas till 19 miljoner kronor för innevarande år. "
       "Investeringsutgifterna prognostiseras till 1 140 miljoner kronor, vilket är lägre än budgeterat på grund av "
       "förskjutningar i byggprojekten vid Länssjukhuset Ryhov. Balanskravsresultatet bedöms bli positivt. "
       "Pensionskostnaderna blir högre än beräknat till följd av det nya prisbasbeloppet, och skatteintäkterna "
       "bedöms enligt den senaste prognosen från Sveriges Kommuner och Regioner bli något högre än budgeterat.")
    sec("Beslutsunderlag")
    tx("• Tjänsteskrivelse 2026-11-02\n• Delårsrapport per oktober 2026")
    sec("Yrkanden")
    tx("Malin Ekelund (KD) yrkar bifall till förslaget.\n\nRebecka Lindahl (S) yrkar tillägg av en tredje "
       "beslutspunkt: ”Regionstyrelsen uppdrar åt regiondirektören att till regionstyrelsens sammanträde i februari "
       "2027 redovisa en plan för att halvera kostnaderna för inhyrd personal.”\n\nJohan Strandqvist (M) yrkar avslag "
       "på tilläggsyrkandet.")
    sec("Propositionsordning")
    tx("Ordföranden ställer först proposition på förslaget och finner det bifallet. Därefter ställer ordföranden "
       "proposition på Rebecka Lindahls tilläggsyrkande och finner det avslaget.")
    sec("Reservation")
    tx("Socialdemokraternas ledamöter reserverar sig mot beslutet till förmån för eget tilläggsyrkande.")
    sec("Beslutet skickas till")
    tx("Regionfullmäktige\nEkonomiavdelningen")
    para("§ 205", "Revidering av riktlinjer för resor och möten inom Region Jönköpings län samt hantering av "
         "klimatkompensation för tjänsteresor", "RJL 2026/1187")
    sec("Beslut")
    tx("Regionstyrelsen fastställer reviderade riktlinjer för resor och möten att gälla från 2027-01-01.")
    sec("Sammanfattning")
    tx("Riktlinjerna har reviderats för att tydliggöra att digitala möten är förstahandsval och att flyg inom "
       "Sverige endast får användas när resan med tåg tar mer än fem timmar. Klimatkompensation ska ske centralt.")
    sec("Protokollsanteckning")
    tx("Sabina Ekström (V) lämnar följande protokollsanteckning: ”Vänsterpartiet välkomnar de skärpta "
       "riktlinjerna men anser att klimatkompensation inte ersätter faktiska utsläppsminskningar.”")
    para("§ 206", "Avtal om samverkan kring ambulanssjukvård i gränsområdet mot Region Kronoberg", "RJL 2026/1034")
    sec("Beslut")
    tx("Regionstyrelsen godkänner samverkansavtalet med Region Kronoberg för perioden 2027–2029.")
    sec("Sammanfattning")
    tx("Ambulanschef Patrik Nyström redogör för avtalet, som innebär att närmaste tillgängliga ambulans larmas "
       "oavsett regiongräns i området mellan Värnamo kommun och Ljungby kommun. Kostnaderna fördelas efter antal "
       "uppdrag och stäms av kvartalsvis.")
    para("§ 207", "Svar på motion – Avgiftsfria mensskydd på länets vårdcentraler", "RJL 2025/2210")
    sec("Beslut")
    tx("Regionstyrelsen föreslår regionfullmäktige att avslå motionen.")
    sec("Sammanfattning")
    tx("Sabina Ekström (V) har i en motion föreslagit att mensskydd ska erbjudas avgiftsfritt på samtliga "
       "vårdcentraler i länet. Hälso- och sjukvårdsdirektör Cecilia Wallin redogör för förvaltningens bedömning.")
    sec("Yrkanden")
    tx("Sabina Ekström (V) yrkar bifall till motionen. Emma Roos (MP) instämmer i Sabina Ekströms yrkande.\n"
       "Malin Ekelund (KD) yrkar bifall till förslaget att avslå motionen.")
    sec("Propositionsordning och omröstning")
    tx("Ordföranden ställer proposition på yrkandena och finner att regionstyrelsen beslutar enligt Malin Ekelunds "
       "yrkande. Omröstning begärs och verkställs. Den som vill bifalla Malin Ekelunds yrkande röstar ja, den som vill "
       "bifalla Sabina Ekströms yrkande röstar nej. Omröstningen utfaller med 11 ja-röster och 2 nej-röster. "
       "Regionstyrelsen har således beslutat enligt Malin Ekelunds yrkande.")
    sec("Reservation")
    tx("Sabina Ekström (V) och Emma Roos (MP) reserverar sig mot beslutet.")
    para("§ 208", "Anmälan av meddelanden")
    sec("Beslut")
    tx("Regionstyrelsen noterar meddelandena till protokollet.")
    tx("1. Protokoll från Regionala samverkansrådet 2026-10-23\n2. Skrivelse från Sveriges Kommuner och Regioner om "
       "överenskommelse om god och nära vård 2027")
    para("§ 209", "Anmälan av delegationsbeslut", "RJL 2026/0051")
    sec("Beslut")
    tx("Regionstyrelsen godkänner redovisningen av delegationsbeslut.")
    sec("Sammanfattning")
    tx("Följande beslut fattade med stöd av delegation redovisas:\n"
       "– Yttrande över remiss om ny läkemedelslag, beslut av ordföranden 2026-10-14, RJL 2026/1122\n"
       "– Avtal om hyra av lokaler för vårdcentralen Tenhult, beslut av regiondirektören 2026-10-20, RJL 2026/1140")
    d.need(60)
    d.ln(6)
    d.set_font("S", "", 10)
    d.set_x(50)
    d.cell(0, 6, "Vid protokollet", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(8)
    d.set_x(50)
    d.cell(0, 6, "Anneli Thunberg", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(6)
    d.set_x(50)
    d.cell(0, 6, "Justeras", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(8)
    d.set_x(50)
    d.cell(50, 6, "Malin Ekelund")
    d.cell(45, 6, "Rebecka Lindahl")
    d.cell(0, 6, "Andreas Forsgren", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_x(50)
    d.set_font("S", "", 8)
    d.cell(50, 4, "ordförande")
    d.output(os.path.join(OUT, "region-jonkopings-lan_regionstyrelsen_2026-11-17_protokoll.pdf"))


# ---------------------------------------------------------------- 2. Härjedalens kommun KF, Ciceron
KF = [("Birgitta Olofsson", "C", "ordförande"), ("Stig Mårtensson", "S", "1:e vice ordförande"),
      ("Ingela Brandt", "M", "2:e vice ordförande"), ("Mikael Hallgren", "S", ""), ("Maria Sjöholm", "S", ""),
      ("Eva Thörnqvist", "S", ""), ("Anders Nordlöf", "S", ""), ("Karin Jonsson", "S", ""),
      ("Roger Edin", "S", "TJG:Marie Kallin"), ("Lena Persson", "S", ""), ("Thomas Wiklund", "S", ""),
      ("Annika Berg", "S", ""), ("Per-Erik Dahl", "S", ""), ("Sofie Mattsson", "S", ""),
      ("Sofia Ring", "M", ""), ("Gustav Ek", "M", ""), ("Helena Ljung", "M", ""), ("Martin Hedberg", "M", ""),
      ("Therese Lund", "M", ""), ("Lars-Göran Hedlund", "C", ""), ("Sara Lindh", "C", ""),
      ("Jan Ersson", "C", ""), ("Anne-Charlotte Westerberg", "C", ""), ("Jonas Åkerlind", "SD", ""),
      ("Kenneth Ström", "SD", ""), ("Camilla Björk", "SD", ""), ("Ronny Eklund", "SD", "TJG:Bo Strömberg"),
      ("Malin Sundqvist", "SD", ""), ("Peter Haraldsson", "SD", ""), ("Ulla-Britt Hägg", "V", ""),
      ("Oskar Lindqvist", "V", ""), ("Karl Nyberg", "KD", ""), ("Elin Forsberg", "L", ""),
      ("Patrik Lundmark", "HP", ""), ("Gun Axelsson", "HP", "")]


def kf_vote(party):
    return {"S": "Ja", "C": "Ja", "M": "Ja", "L": "Ja", "SD": "Nej", "V": "Nej", "HP": "Nej", "KD": "Avstår"}[party]


def kf():
    key = "kf"
    def head(d):
        d.set_font("R", "B", 10)
        d.set_xy(22, 10)
        d.cell(85, 5, "HÄRJEDALENS KOMMUN")
        d.set_font("R", "", 9)
        d.cell(58, 5, "SAMMANTRÄDESPROTOKOLL")
        d.cell(0, 5, f"Sida {d.page_no()} av " + "{nb}", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_x(22)
        d.cell(85, 5, "Kommunfullmäktige")
        d.cell(0, 5, "Sammanträdesdatum 2026-10-26", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_y(26)
    def foot(d):
        d.set_y(-22)
        d.set_font("R", "", 7.5)
        d.cell(40, 4, "Justerandes sign", border="T")
        d.cell(5, 4, "")
        d.cell(40, 4, "", border="T")
        d.cell(5, 4, "")
        d.cell(40, 4, "Utdragsbestyrkande", border="T")
    d = Doc(head, foot, font="R")
    d.add_page()
    y = d.get_y()
    d.set_font("R", "B", 10)
    d.cell(38, 5, "Plats och tid")
    d.set_font("R", "", 10)
    d.multi_cell(0, 5, "Kommunhuset, Sveg, fullmäktigesalen, måndagen den 26 oktober 2026 kl. 18.00–21.40",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(2)
    d.set_font("R", "B", 10)
    d.cell(0, 5, "Beslutande", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font("R", "", 9)
    lines = []
    for n, p, r in KF:
        if r.startswith("TJG:"):
            lines.append(f"{r[4:]} ({p}), tjg ers. för {n}")
        elif n == "Anne-Charlotte Westerberg":
            lines.append("Anne-Charlotte Wester-\n   berg (C)")
        else:
            lines.append(f"{n} ({p})" + (f", {r}" if r else ""))
    # two columns
    half = 18
    y0 = d.get_y()
    d.set_xy(22, y0)
    d.multi_cell(84, 4.4, "\n".join(lines[:half]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y1 = d.get_y()
    d.set_xy(108, y0)
    d.multi_cell(84, 4.4, "\n".join(lines[half:]) + "\nLisa Norén (M), tjg ers. för Gustav Ek (M) fr.o.m. § 147",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_y(max(y1, d.get_y()) + 3)
    def lab(k, v):
        yy = d.get_y()
        d.set_font("R", "B", 10)
        d.set_xy(22, yy)
        d.multi_cell(44, 5, k, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        yk = d.get_y()
        d.set_font("R", "", 9.5)
        d.set_xy(68, yy)
        d.multi_cell(122, 4.6, v, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_y(max(yk, d.get_y()))
        d.ln(2)
    lab("Övriga närvarande", "Ersättare: Lisa Norén (M), Håkan Berglund (S), Mona Eriksson (C), Fredrik Alm (SD)\n"
        "Tjänstepersoner: Anna-Karin Bäck, kommundirektör, Lotta Eng, ekonomichef, §§ 145–146, "
        "Henrik Olsson, kommunsekreterare")
    lab("Justerare", "Lars-Göran Hedlund (C) och Maria Sjöholm (S)")
    lab("Justeringens plats och tid", "Kommunhuset, Sveg, 2026-10-30")
    lab("Underskrifter", "Sekreterare ..................................... Paragrafer 140–150\n"
        "                    Henrik Olsson\n\n"
        "Ordförande  .....................................\n                    Birgitta Olofsson\n\n"
        "Justerande  .....................................      .....................................\n"
        "                    Lars-Göran Hedlund                           Maria Sjöholm")
    d.set_font("R", "B", 10)
    d.cell(0, 6, "ANSLAG/BEVIS", border="T", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font("R", "", 9)
    d.multi_cell(0, 4.6, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                 "Organ: Kommunfullmäktige   Sammanträdesdatum: 2026-10-26\n"
                 "Datum då anslaget sätts upp: 2026-11-02   Datum då anslaget tas ned: 2026-11-24",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(num, dnr, title):
        d.need(40)
        d.mark(key, num.replace(" ", ""))
        d.set_font("R", "B", 11)
        d.cell(30, 6, num)
        d.set_font("R", "", 10)
        d.cell(0, 6, dnr, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(1)
        d.set_font("R", "B", 12)
        d.multi_cell(0, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(2)

    def sec(t):
        d.need(14)
        d.p(t, 10, "B", gap=1)

    def tx(t):
        d.p(t, 10, gap=3)

    d.add_page()
    para("§ 140", "", "Val av justerare")
    sec("Kommunfullmäktiges beslut")
    tx("Kommunfullmäktige utser Lars-Göran Hedlund (C) och Maria Sjöholm (S) att jämte ordföranden justera "
       "dagens protokoll.")
    para("§ 141", "", "Godkännande av kungörelse och dagordning")
    sec("Kommunfullmäktiges beslut")
    tx("Kungörelsen har skett i laga ordning. Dagordningen godkänns.")
    para("§ 142", "", "Anmälan av inkomna motioner, medborgarförslag, interpellationer och frågor")
    sec("Kommunfullmäktiges beslut")
    tx("1. Motionen remitteras till kommunstyrelsen för beredning.\n2. Medborgarförslaget remitteras till "
       "kommunstyrelsen för beredning.\n3. Interpellationen får ställas och besvaras vid nästa sammanträde.\n"
       "4. Frågan får ställas.")
    sec("Ärendet")
    tx("Följande har inkommit sedan föregående sammanträde:\n"
       "a) Motion från Patrik Lundmark (HP) om gratis kollektivtrafik för gymnasieelever under sommarlovet, "
       "Dnr KS 2026/301\n"
       "b) Medborgarförslag om utegym vid Svegs skola, Dnr KS 2026/298\n"
       "c) Interpellation från Sofia Ring (M) till kommunstyrelsens ordförande om väntetider i "
       "bygglovshanteringen, Dnr KS 2026/305\n"
       "d) Fråga från Elin Forsberg (L) till socialnämndens ordförande om bemanningen i hemtjänsten i Funäsdalen, "
       "Dnr KS 2026/312")
    para("§ 143", "Dnr KS 2026/244", "Svar på interpellation från Jonas Åkerlind (SD) om skolskjutsar i Hede")
    sec("Kommunfullmäktiges beslut")
    tx("Interpellationen är besvarad.")
    sec("Ärendet")
    tx("Jonas Åkerlind (SD) har till barn- och utbildningsnämndens ordförande ställt en interpellation om "
       "väntetider vid byten mellan skolskjutslinjer i Hede. Barn- och utbildningsnämndens ordförande Eva "
       "Thörnqvist (S) besvarar interpellationen.\n\nI debatten deltar Jonas Åkerlind (SD), Eva Thörnqvist (S) och "
       "Karl Nyberg (KD).")
    para("§ 144", "Dnr KS 2026/290", "Fråga om kommunens beredskap vid långvariga elavbrott")
    sec("Kommunfullmäktiges beslut")
    tx("Frågan är besvarad.")
    sec("Ärendet")
    tx("Karl Nyberg (KD) ställer en fråga till kommunstyrelsens ordförande om hur många reservkraftverk "
       "kommunen förfogar över. Kommunstyrelsens ordförande Mikael Hallgren (S) besvarar frågan.")
    para("§ 145", "Dnr KS 2026/188", "Delårsrapport januari–augusti 2026 för Härjedalens kommun")
    sec("Kommunfullmäktiges beslut")
    tx("Delårsrapporten för perioden januari–augusti 2026 godkänns.")
    sec("Ärendet")
    tx("Ekonomichef Lotta Eng föredrar delårsrapporten. Resultatet per augusti uppgår till 31,4 miljoner kronor och "
       "prognosen för helåret till 12,0 miljoner kronor. Socialnämnden och barn- och utbildningsnämnden prognostiserar "
       "underskott.")
    sec("Yrkanden")
    tx("Mikael Hallgren (S) yrkar bifall till kommunstyrelsens förslag. Ingela Brandt (M) instämmer i Mikael "
       "Hallgrens yrkande.")
    sec("Protokollsanteckning")
    tx("Vänsterpartiets ledamöter lämnar en protokollsanteckning: ”Underskotten inom socialnämnden beror på "
       "underfinansiering, inte på bristande kostnadskontroll.”")
    para("§ 146", "Dnr KS 2025/412", "Svar på motion från Ulla-Britt Hägg (V) om fritidskort för barn och unga")
    sec("Kommunfullmäktiges beslut")
    tx("Motionen avslås.")
    sec("Ärendet")
    tx("Ulla-Britt Hägg (V) föreslår i en motion att kommunen inför ett fritidskort som ger alla barn och unga "
       "mellan 8 och 16 år 2 000 kronor per år att använda till avgifter för föreningsaktiviteter. Kultur- och "
       "fritidsförvaltningen har beräknat kostnaden till drygt 3 miljoner kronor per år. Kommunstyrelsen föreslår "
       "att motionen avslås med hänvisning till det ekonomiska läget och till att föreningsbidragen höjdes 2026.")
    sec("Yrkanden")
    tx("Ulla-Britt Hägg (V) yrkar bifall till motionen. Patrik Lundmark (HP) och Oskar Lindqvist (V) instämmer i "
       "Ulla-Britt Häggs yrkande.\nMikael Hallgren (S) yrkar bifall till kommunstyrelsens förslag.")
    sec("Propositionsordning")
    tx("Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige beslutar enligt "
       "kommunstyrelsens förslag. Omröstning begärs.")
    sec("Omröstning")
    tx("Kommunfullmäktige godkänner följande propositionsordning: Ja-röst för bifall till kommunstyrelsens förslag, "
       "nej-röst för bifall till Ulla-Britt Häggs yrkande.\nOmröstningen utfaller med 24 ja-röster, 10 nej-röster och "
       "1 som avstår, se voteringslista. Kommunfullmäktige har således beslutat enligt kommunstyrelsens förslag.")
    sec("Reservation")
    tx("Ulla-Britt Hägg (V), Oskar Lindqvist (V), Patrik Lundmark (HP) och Gun Axelsson (HP) reserverar sig mot "
       "beslutet till förmån för eget yrkande.")
    # voteringslista
    d.need(20)
    d.set_font("R", "B", 10)
    d.cell(0, 6, "Voteringslista § 146", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    def vrow(a, b, c, e, f, bold=False):
        d.set_font("R", "B" if bold else "", 8.5)
        d.cell(62, 4.6, a, border=1)
        d.cell(52, 4.6, b, border=1)
        d.cell(18, 4.6, c, border=1, align="C")
        d.cell(18, 4.6, e, border=1, align="C")
        d.cell(18, 4.6, f, border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    vrow("Ledamot", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår", True)
    for n, p, r in KF:
        v = kf_vote(p)
        marks = ["X" if v == "Ja" else "", "X" if v == "Nej" else "", "X" if v == "Avstår" else ""]
        if d.get_y() > d.h - 34:
            d.add_page()
            d.set_font("R", "B", 10)
            d.cell(0, 6, "Voteringslista § 146, forts.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            vrow("Ledamot", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår", True)
        if r.startswith("TJG:"):
            vrow(f"{n} ({p})", f"{r[4:]} ({p})", *marks)
        else:
            vrow(f"{n} ({p})", "", *marks)
    vrow("Summa", "", "24", "10", "1", True)
    d.ln(4)
    para("§ 147", "Dnr KS 2026/97", "Svar på medborgarförslag om hundrastgård i Sveg")
    sec("Kommunfullmäktiges beslut")
    tx("Medborgarförslaget bifalls. Kommunstyrelsen får i uppdrag att anlägga en hundrastgård vid Ljusnans strand "
       "under 2027.")
    sec("Ärendet")
    tx("Gunilla Persson, Sveg, har i ett medborgarförslag föreslagit att kommunen anlägger en inhägnad "
       "hundrastgård i centrala Sveg. Samhällsbyggnadsförvaltningen bedömer att förslaget kan genomföras inom "
       "befintlig budget för parkunderhåll.")
    para("§ 148", "Dnr KS 2026/156", "Ändring av taxa för prövning och tillsyn enligt miljöbalken från och med "
         "2027-01-01")
    sec("Kommunfullmäktiges beslut")
    tx("Timavgiften för prövning och tillsyn enligt miljöbalken höjs från 1 150 kronor till 1 240 kronor från och "
       "med 2027-01-01.")
    sec("Yrkanden")
    tx("Jonas Åkerlind (SD) yrkar avslag till förslaget.\nSara Lindh (C) yrkar bifall till kommunstyrelsens förslag.")
    sec("Propositionsordning")
    tx("Ordföranden ställer proposition på bifall mot avslag och finner att kommunfullmäktige bifaller "
       "kommunstyrelsens förslag.")
    sec("Reservation")
    tx("Sverigedemokraternas fullmäktigegrupp reserverar sig mot beslutet.")
    para("§ 149", "Dnr KS 2026/37", "Fyllnadsval av ersättare i socialnämnden efter Lena Sundin (L)")
    sec("Kommunfullmäktiges beslut")
    tx("Till ny ersättare i socialnämnden för tiden till och med 2026-12-31 väljs Tove Bergkvist (L).")
    sec("Yrkanden")
    tx("Elin Forsberg (L) föreslår Tove Bergkvist (L).")
    para("§ 150", "", "Meddelanden")
    tx("Kommunfullmäktige noterar att revisorernas granskningsrapport om kommunens arbete med "
       "informationssäkerhet har inkommit, Dnr KS 2026/277.")
    d.output(os.path.join(OUT, "harjedalen_kommunfullmaktige_2026-10-26_protokoll.pdf"))


# ---------------------------------------------------------------- 3. Lerums kommun MBN, Meetings Plus
def lerum():
    key = "lerum"
    def head(d):
        d.set_font("S", "B", 12)
        d.set_xy(22, 10)
        d.cell(100, 6, "Lerums kommun")
        d.set_font("S", "B", 10)
        d.cell(0, 6, "PROTOKOLL", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_font("S", "", 8.5)
        d.set_x(22)
        d.cell(100, 4, "Miljö- och byggnämnden")
        d.cell(0, 4, "Sammanträdesdatum: 2026-09-15", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_y(28)
    def foot(d):
        d.set_y(-20)
        d.set_font("S", "", 7.5)
        d.set_draw_color(120)
        d.rect(22, d.get_y(), 30, 9)
        d.rect(55, d.get_y(), 30, 9)
        d.set_x(22)
        d.cell(33, 4, "Justerare sign")
        d.cell(33, 4, "Ordf sign")
        d.cell(0, 4, f"Sida {d.page_no()} av " + "{nb}", align="R")
    d = Doc(head, foot)
    d.add_page()
    d.p("Protokoll från miljö- och byggnämndens sammanträde", 13, "B", gap=3)
    def lab(k, v):
        yy = d.get_y()
        d.set_font("S", "B", 9)
        d.set_xy(22, yy)
        d.cell(42, 4.6, k)
        d.set_font("S", "", 9)
        d.set_xy(64, yy)
        d.multi_cell(126, 4.6, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(1.5)
    lab("Plats och tid", "Kommunhuset, Lerum, Sessionssalen, 2026-09-15 kl. 17:30–20:05")
    lab("Beslutande ledamöter", "Ulrika Frick (M), ordförande\nJohan Dahlgren (S), vice ordförande\n"
        "Bengt Gullberg (L)\nLisbeth Kron (C)\nMaria Öhrn (MP)\nPer Ahlberg (SD)\nAnders Thulin (S)\n"
        "Vera Nilsson (KD), tjänstgörande ersättare för Rolf Magnusson (KD)\n"
        "Hanna Berglöf (S), tjänstgörande ersättare för Ahmed Yusuf (S)")
    lab("Ej tjänstgörande ersättare", "Mats Enqvist (M)\nLinnea Bodin (SD)")
    lab("Övriga närvarande", "Henrik Ståhl, förvaltningschef\nNina Lund, controller, § 82\n"
        "Josefin Hermansson, bygglovshandläggare, § 83\nSanna Kvist, miljöinspektör, § 84\n"
        "Amir Hadžić, planarkitekt, § 85\nTherese Alm, nämndsekreterare")
    lab("Utses att justera", "Bengt Gullberg (L)")
    lab("Justeringens plats och tid", "Kommunhuset, Lerum, 2026-09-18")
    lab("Protokollet omfattar", "§§ 81–87")
    d.ln(4)
    lab("Underskrifter", "Sekreterare   ______________________\n                    Therese Alm\n\n"
        "Ordförande    ______________________\n                    Ulrika Frick\n\n"
        "Justerare       ______________________\n                    Bengt Gullberg")
    d.ln(2)
    d.set_font("S", "I", 8)
    d.multi_cell(0, 4, "Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2026-09-19. "
                 "Sista dag för överklagande är 2026-10-10.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para(num, title, dnr=None):
        d.need(38)
        d.mark(key, num.replace(" ", ""))
        if dnr:
            d.set_font("S", "", 8.5)
            d.cell(0, 4, dnr, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        yy = d.get_y()
        d.set_font("S", "B", 11)
        d.cell(16, 6, num)
        d.set_xy(38, yy)
        d.multi_cell(152, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(2)

    def sec(t):
        d.need(14)
        d.p(t, 9.5, "B", indent=16, gap=0.5)

    def tx(t):
        d.p(t, 9.5, indent=16, gap=3)

    d.add_page()
    para("§ 81", "Information från förvaltningschefen")
    tx("Förvaltningschef Henrik Ståhl informerar om rekryteringsläget på bygglovsenheten, om handläggningstider "
       "under sommaren samt om det nya e-tjänstesystemet för anmälan av värmepumpar.")
    sec("Beslut")
    tx("Miljö- och byggnämnden har tagit del av informationen.")
    para("§ 82", "Ekonomisk uppföljning per augusti 2026", "MBN 2026-000012")
    sec("Beslut")
    tx("Miljö- och byggnämnden godkänner den ekonomiska uppföljningen per augusti 2026.")
    sec("Sammanfattning av ärendet")
    tx("Controller Nina Lund föredrar ärendet. Nämnden prognostiserar ett överskott om 0,6 miljoner kronor, "
       "främst till följd av vakanser och högre intäkter från bygglovsavgifter än budgeterat.")
    para("§ 83", "Ansökan om bygglov för nybyggnad av flerbostadshus samt rivning av komplementbyggnad "
         "på fastigheten Aspen 1:145", "B 2026-000512")
    sec("Beslut")
    tx("Miljö- och byggnämnden beviljar bygglov med stöd av 9 kap. 30 § plan- och bygglagen (2010:900).\n"
       "Rivningslov beviljas med stöd av 9 kap. 34 § plan- och bygglagen.\n"
       "Avgiften för bygglovet är 84 312 kronor.")
    sec("Sammanfattning av ärendet")
    tx("Bygglovshandläggare Josefin Hermansson föredrar ärendet. Ansökan avser ett flerbostadshus i fyra "
       "våningar med 24 lägenheter. Åtgärden överensstämmer med gällande detaljplan. Grannar har hörts och två "
       "yttranden med erinran har inkommit, främst om skuggning och ökad trafik på Aspvägen. Förvaltningen bedömer "
       "att olägenheterna inte är betydande i plan- och bygglagens mening. Befintlig komplementbyggnad ska rivas "
       "och ersättas av ett miljöhus. Parkeringsbehovet löses inom fastigheten enligt kommunens parkeringsnorm. "
       "Dagvatten omhändertas lokalt genom fördröjningsmagasin under gården. Den tekniska nämnden har inget att "
       "erinra mot anslutningen till Aspvägen. Räddningstjänsten Storgöteborg har yttrat sig om framkomlighet för "
       "höjdfordon och förvaltningen föreslår att ett villkor om uppställningsplats förs in i startbeskedet.")
    sec("Yrkanden")
    tx("Per Ahlberg (SD) yrkar avslag på ansökan.\nJohan Dahlgren (S) yrkar bifall till förvaltningens förslag.")
    sec("Beslutsgång")
    tx("Ordföranden ställer förvaltningens förslag mot Per Ahlbergs avslagsyrkande och finner att nämnden beslutar "
       "enligt förvaltningens förslag.")
    sec("Reservation")
    tx("Per Ahlberg (SD) reserverar sig mot beslutet till förmån för eget yrkande.")
    sec("Beslutsunderlag")
    tx("Tjänsteskrivelse 2026-08-28\nSituationsplan, fasadritningar och planritningar inkomna 2026-06-30\n"
       "Grannars yttranden")
    para("§ 84", "Föreläggande om åtgärder för enskild avloppsanläggning, Hjällsnäs 3:12", "M 2026-000877")
    sec("Beslut")
    tx("Miljö- och byggnämnden förelägger fastighetsägaren att senast 2027-06-30 ha åtgärdat avloppsanläggningen "
       "så att den uppfyller kraven i 2 kap. 3 § miljöbalken.")
    sec("Sammanfattning av ärendet")
    tx("Miljöinspektör Sanna Kvist redogör för inspektionen 2026-05-12, som visade att slamavskiljaren saknar "
       "efterföljande rening.")
    para("§ 85", "Yttrande över samrådsförslag till detaljplan för Stenkullen centrum, etapp 2", "MBN 2026-000401")
    sec("Beslut")
    tx("Miljö- och byggnämnden antar förvaltningens förslag till yttrande som sitt eget.")
    sec("Sammanfattning av ärendet")
    tx("Planarkitekt Amir Hadžić redogör för planförslaget, som möjliggör cirka 180 bostäder och en ny förskola. "
       "Nämnden lyfter behovet av att dagvattenfrågan samordnas med Partille kommun eftersom Säveån berörs.")
    sec("Protokollsanteckning")
    tx("Maria Öhrn (MP) lämnar en protokollsanteckning om att grönstråket längs Säveån bör breddas.")
    para("§ 86", "Redovisning av delegationsbeslut", "MBN 2026-000003")
    sec("Beslut")
    tx("Redovisningen av delegationsbeslut för perioden 2026-08-01–2026-08-31 läggs till handlingarna.")
    para("§ 87", "Meddelanden")
    tx("Länsstyrelsens beslut 2026-08-20 att avslå överklagandet i ärende B 2025-000933 anmäls.\n"
       "Meddelandena läggs till handlingarna.")
    d.output(os.path.join(OUT, "lerum_miljo-och-byggnamnden_2026-09-15_protokoll.pdf"))


# ---------------------------------------------------------------- 5. Vimmerby BUN kallelse, Netpublicator
def vimmerby():
    key = "vimmerby"
    def head(d):
        d.set_font("S", "B", 16)
        d.set_xy(22, 12)
        d.cell(100, 8, "KALLELSE")
        d.set_font("S", "", 9)
        d.cell(0, 8, "Vimmerby kommun", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_x(22)
        d.set_font("S", "", 9)
        d.cell(0, 4, "Barn- och utbildningsnämnden" + ("  (forts.)" if d.page_no() > 1 else ""),
               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_y(32)
    def foot(d):
        d.set_y(-16)
        d.set_font("S", "", 7.5)
        d.cell(0, 4, f"Vimmerby kommun • Barn- och utbildningsnämnden • 2026-12-09 • Sida {d.page_no()} av " + "{nb}",
               align="C")
    d = Doc(head, foot)
    d.add_page()
    def lab(k, v):
        yy = d.get_y()
        d.set_font("S", "B", 9.5)
        d.set_xy(22, yy)
        d.cell(40, 5, k)
        d.set_font("S", "", 9.5)
        d.set_xy(62, yy)
        d.multi_cell(128, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(1)
    lab("Datum", "2026-12-01")
    lab("Tid", "Onsdagen den 9 december 2026 kl. 08:30")
    lab("Plats", "Vimmerby kommunhus, sammanträdesrum Astrid")
    lab("Ordförande", "Linnéa Fagerström (C)")
    lab("Sekreterare", "Tobias Wennerholm")
    lab("Förslag till justerare", "Roger Malm (SD)")
    lab("Justering", "Kommunhuset 2026-12-14 kl. 10:00")
    d.ln(2)
    d.set_font("S", "I", 8.5)
    d.multi_cell(0, 4.2, "Förhinder anmäls till nämndsekreteraren, som kallar ersättare. Handlingarna finns "
                 "tillgängliga i Netpublicator.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(4)
    d.set_font("S", "B", 12)
    d.cell(0, 7, "Ärenden", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(2)
    R = [("1", "Val av justerare", "", "", ""),
         ("2", "Godkännande av dagordning", "", "", ""),
         ("3", "Information från förvaltningschefen", "", "Helena Sköld, förvaltningschef",
          "Nämnden tar del av informationen."),
         ("4", "Ekonomisk uppföljning november 2026", "BUN.2026.12", "Peter Lindgren, controller",
          "Nämnden godkänner den ekonomiska uppföljningen per november 2026."),
         ("5", "Internbudget 2027 för barn- och utbildningsnämnden", "BUN.2026.88", "Helena Sköld",
          "Nämnden fastställer internbudget 2027 enligt förvaltningens förslag."),
         ("6", "Revidering av riktlinjer för skolskjuts i Vimmerby kommun inklusive skolskjuts vid växelvis boende",
          "BUN.2026.71", "Jonas Ek, skolskjutssamordnare",
          "Nämnden antar reviderade riktlinjer för skolskjuts att gälla från och med läsåret 2027/28."),
         ("7", "Svar på motion från Elsa Brandt (V) om fri frukost i grundskolan", "BUN.2026.54", "Helena Sköld",
          "Nämnden föreslår kommunfullmäktige att avslå motionen."),
         ("8", "Svar på medborgarförslag om fler förskoleplatser i Södra Vi", "BUN.2026.63",
          "Maja Törnblom, förskolechef", "Nämnden föreslår kommunfullmäktige att medborgarförslaget anses besvarat."),
         ("9", "Yttrande till Skolinspektionen angående anmälan avseende Tuna skola", "BUN.2026.102", "Helena Sköld",
          "Nämnden antar förvaltningens yttrande som sitt eget."),
         ("10", "Plan för systematiskt kvalitetsarbete 2027", "BUN.2026.97", "Ida Rosén, kvalitetsstrateg",
          "Nämnden fastställer planen."),
         ("11", "Redovisning av delegationsbeslut", "BUN.2026.2", "", "Redovisningen läggs till handlingarna."),
         ("12", "Anmälningsärenden", "BUN.2026.3", "", "Anmälningsärendena läggs till handlingarna."),
         ("13", "Övriga frågor", "", "", "")]
    for num, title, dnr, fd, fb in R:
        d.need(24)
        d.mark(key, num)
        y0 = d.get_y()
        d.set_font("S", "B", 10.5)
        d.set_xy(22, y0)
        d.cell(10, 5.5, num + ".")
        d.set_xy(32, y0)
        d.multi_cell(122, 5.5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y1 = d.get_y()
        if dnr:
            d.set_font("S", "", 9)
            d.set_xy(156, y0)
            d.cell(34, 5.5, dnr, align="R")
        d.set_y(y1)
        if fd:
            d.set_font("S", "I", 9)
            d.set_x(32)
            d.cell(0, 4.6, "Föredragande: " + fd, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if fb:
            d.set_font("S", "", 9)
            d.set_x(32)
            d.multi_cell(150, 4.6, "Förslag till beslut: " + fb, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.ln(4)
    d.ln(10)
    d.set_font("S", "", 9.5)
    d.cell(0, 5, "Linnéa Fagerström", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.cell(0, 5, "Ordförande", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.ln(3)
    d.cell(0, 5, "Tobias Wennerholm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.cell(0, 5, "Sekreterare", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.output(os.path.join(OUT, "vimmerby_barn-och-utbildningsnamnden_2026-12-09_kallelse.pdf"))


# ---------------------------------------------------------------- 6. Skövde KPR notes (W3D3) -> txt export
def skovde():
    key = "skovde"
    def head(d):
        d.set_font("S", "B", 10)
        d.set_xy(22, 10)
        d.cell(80, 5, "SKÖVDE KOMMUN")
        d.set_font("S", "", 9)
        d.cell(50, 5, "MÖTESANTECKNINGAR")
        d.cell(0, 5, f"{d.page_no()}(" + "{nb})", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_x(22)
        d.cell(80, 5, "Kommunala pensionärsrådet")
        d.cell(0, 5, "2026-10-08", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_y(28)
    def foot(d):
        d.set_y(-15)
        d.set_font("S", "", 7)
        d.cell(0, 4, "Skövde kommun, 541 83 Skövde   Växel 0500-49 80 00   www.skovde.se", align="C")
    d = Doc(head, foot)
    d.add_page()
    d.p("Mötesanteckningar – Kommunala pensionärsrådet", 13, "B", gap=3)
    d.p("Datum: 2026-10-08 kl. 13.30–15.45\nPlats: Stadshuset, rum Billingen", 10)
    d.p("Närvarande ledamöter", 10, "B", gap=0)
    d.p("Katarina Hjelm (M), ordförande, kommunstyrelsen\n"
        "Leif Gunnarsson, PRO Skövde, vice ordförande\n"
        "Ann-Sofie Torstens-\nson (S), vård- och omsorgsnämnden\n"
        "Bertil Olausson, SPF Seniorerna Skövde\n"
        "Inga-Lill Sandberg, PRO Skövde\n"
        "Göran Frisk, SKPF Pensionärerna avd. Skövde\n"
        "Margareta Lindblad, RPG Skövde", 10)
    d.p("Övriga närvarande", 10, "B", gap=0)
    d.p("Kristina Thor, förvaltningschef vård och omsorg\nErik Bergdahl, fastighetschef, punkt 5\n"
        "Sara Wahlin, dietist, punkt 7\nJenny Karlberg, nämndsekreterare", 10)
    d.p("Frånvarande", 10, "B", gap=0)
    d.p("Hans Wetterlind (KD), kommunstyrelsen\nAstrid Melin, SPF Seniorerna Skövde", 10, gap=5)

    def pt(num, title):
        d.need(30)
        d.mark(key, num)
        d.p(f"{num}. {title}", 11, "B", gap=1)

    def tx(t):
        d.p(t, 10, gap=3)
    pt("1", "Mötets öppnande")
    tx("Ordföranden Katarina Hjelm hälsade alla välkomna och förklarade mötet öppnat.")
    pt("2", "Godkännande av dagordning")
    tx("Dagordningen godkändes med tillägg av en fråga om nyckelhantering under punkt 6.")
    d.add_page()
    pt("3", "Föregående mötesanteckningar")
    tx("Mötesanteckningarna från 2026-06-04 lades till handlingarna.")
    pt("4", "Information om budget 2027 för vård- och omsorgsförvaltningen")
    tx("Förvaltningschef Kristina Thor informerade om förslaget till budget 2027. Förvaltningen behöver "
       "effektivisera med 14 miljoner kronor, bland annat genom att samordna nattpatrullerna i hemtjänsten. "
       "Rådet framförde oro för att effektiviseringarna ska påverka kontinuiteten i hemtjänsten.")
    pt("5", "Trygghetsboende på Norrmalm – lägesrapport")
    tx("Fastighetschef Erik Bergdahl berättade om byggnationen av trygghetsboendet med 42 lägenheter. "
       "Inflyttning beräknas till hösten 2027. Gemensamhetslokalen kommer att vara öppen även för andra "
       "seniorer i området.")
    pt("6", "Pensionärsorganisationernas frågor")
    tx("Leif Gunnarsson ställde en fråga om färdtjänstens bokningstider, som enligt flera medlemmar har blivit "
       "längre sedan Västra Götalandsregionen tog över beställningscentralen. Ann-Sofie Torstensson svarade att "
       "frågan har lyfts med regionen och att en uppföljning kommer till nästa möte.\n\nBertil Olausson väckte "
       "frågan om hemtjänstens hantering av nycklar och digitala lås. Kristina Thor svarade att samtliga "
       "brukare ska ha digitala lås senast i mars 2027.")
    pt("7", "Mat- och måltidsstrategi för äldreomsorgen, remiss")
    tx("Dietist Sara Wahlin presenterade remissförslaget till mat- och måltidsstrategi. Rådet lämnar sina "
       "synpunkter skriftligt senast 2026-11-06.")
    pt("8", "Övriga frågor")
    tx("Margareta Lindblad tog upp att tillgängligheten vid Skövde resecentrum brister, bland annat saknas "
       "ledstråk till bussterminalen. Frågan överlämnas till samhällsbyggnadsförvaltningen.")
    pt("9", "Nästa möte och mötets avslutande")
    tx("Nästa möte hålls 2026-12-03. Ordföranden tackade för visat intresse och avslutade mötet.")
    d.ln(6)
    d.p("Vid anteckningarna\n\n\nJenny Karlberg", 10, gap=6)
    d.p("Justeras\n\n\nKatarina Hjelm                                   Leif Gunnarsson\n"
        "Ordförande                                          Vice ordförande", 10)
    pdf = os.path.join(OUT, "_skovde_src.pdf")
    d.output(pdf)
    txt = os.path.join(OUT, "skovde_kommunala-pensionarsradet_2026-10-08_motesanteckningar.txt")
    subprocess.run(["pdftotext", "-layout", pdf, txt], check=True)
    os.remove(pdf)


# ---------------------------------------------------------------- 7. Piteå delegationslista, Lex
def pitea():
    def head(d):
        d.set_font("S", "B", 11)
        d.set_xy(15, 10)
        d.cell(90, 5, "PITEÅ KOMMUN")
        d.set_font("S", "", 9)
        d.cell(0, 5, "DELEGATIONSLISTA", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_x(15)
        d.cell(90, 4, "Socialnämnden")
        d.cell(0, 4, f"Sida {d.page_no()} ({{nb}})", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_x(15)
        d.cell(90, 4, "Utskriftsdatum 2026-10-09")
        d.set_y(30)
    def foot(d):
        d.set_y(-14)
        d.set_font("S", "I", 7)
        d.cell(0, 4, "Lex – Ärendehantering   Rapport: Delegationsbeslut per period", align="L")
    d = Doc(head, foot)
    d.set_margins(15, 20, 15)
    d.add_page(orientation="L")
    d.p("Redovisning av delegationsbeslut till socialnämndens sammanträde 2026-10-21", 12, "B", gap=1)
    d.p("Period: 2026-09-01 – 2026-09-30        Upprättad av: Lina Berg, nämndsekreterare", 9, gap=4)
    W = [10, 38, 24, 110, 58, 27]
    def row(cells, bold=False):
        d.set_font("S", "B" if bold else "", 8.3)
        lines = [len(d.multi_cell(W[i], 4.2, c, dry_run=True, output="LINES")) for i, c in enumerate(cells)]
        h = 4.2 * max(lines) + 1.5
        if d.get_y() + h > d.h - d.b_margin:
            d.add_page(orientation="L")
            row(["Nr", "Dnr", "Beslutsdatum", "Beslut", "Delegat", "Delegationspunkt"], True)
        x0, y0 = d.get_x(), d.get_y()
        for i, c in enumerate(cells):
            d.set_xy(x0 + sum(W[:i]), y0)
            d.multi_cell(W[i], 4.2, c, border=0, align="L")
        d.set_xy(x0, y0 + h)
        d.set_draw_color(170)
        d.line(x0, y0 + h, x0 + sum(W), y0 + h)
    row(["Nr", "Dnr", "Beslutsdatum", "Beslut", "Delegat", "Delegationspunkt"], True)
    R = [("1", "SN 2026/12-002", "2026-09-02", "Ordförandebeslut enligt 6 kap. 39 § kommunallagen: yttrande till "
          "förvaltningsrätten i mål om ekonomiskt bistånd", "Marie Holmgren (S), ordförande", "1.4"),
         ("2", "SN 2026/345-750", "2026-09-04", "Yttrande till Inspektionen för vård och omsorg (IVO) med "
          "anledning av klagomål på hemtjänsten i Norrfjärden", "Carina Öhman, socialchef", "2.3"),
         ("3", "SN 2026/351-750", "2026-09-08", "Tilldelningsbeslut i upphandling av jourhemsplatser",
          "Carina Öhman, socialchef", "6.1"),
         ("4", "SN 2026/298-706", "2026-09-10", "Samverkansavtal med Luleå kommun om jourhem för "
          "ensamkommande barn och unga, förlängning till 2027-12-31", "Robert Nilsson, avdelningschef individ- "
          "och familjeomsorg", "6.4"),
         ("5", "", "2026-09-01 – 2026-09-30", "Beslut om ekonomiskt bistånd enligt 4 kap. 1 § SoL, 212 beslut "
          "(sekretess, redovisas i verksamhetssystemet)", "Handläggare ekonomiskt bistånd", "3.1.1"),
         ("6", "SN 2026/360-733", "2026-09-15", "Överenskommelse med Region Norrbotten om samordnad individuell "
          "plan (SIP) – lokal rutin", "Carina Öhman, socialchef", "2.5"),
         ("7", "SN 2026/12-002", "2026-09-17", "Beslut om attesträtt för enhetschefer inom äldreomsorgen, hösten "
          "2026", "Carina Öhman, socialchef", "7.2"),
         ("8", "SN 2026/372-739", "2026-09-21", "Anställning av enhetschef för Öjebyns hemtjänst",
          "Pia Lindström, verksamhetschef äldreomsorg", "8.1"),
         ("9", "", "", "", "", ""),
         ("10", "SN 2026/380-750", "2026-09-24", "Yttrande till Polismyndigheten angående tillståndsansökan för "
          "servering av alkohol, Piteå Havsbad", "Jessica Vikström, alkoholhandläggare", "9.2"),
         ("11", "SN 2026/345-750", "2026-09-28", "Kompletterande yttrande till IVO, hemtjänsten i Norrfjärden",
          "Carina Öhman, socialchef", "2.3"),
         ("12", "SN 2026/391-007", "2026-09-30", "Beslut att avsluta tillfälligt förordnande av biträdande "
          "socialchef", "Carina Öhman, socialchef", "8.3"),
         ("13", "SN 2026/394-750", "2026-09-30", "Beslut om att inte inleda utredning efter anmälan enligt lex "
          "Sarah, Lindgårdens särskilda boende", "Pia Lindström, verksamhetschef äldreomsorg", "2.7"),
         ("14", "SN 2026/233-041", "2026-09-30", "Omdisponering av medel inom verksamhetsområde äldreomsorg, "
          "450 tkr från korttidsboende till hemtjänst", "Carina Öhman, socialchef", "7.5"),
         ("15", "SN 2026/401-739", "2026-09-30", "Förordnande av tillförordnad enhetschef under semesterperiod "
          "vecka 40–41, Hortlax hemtjänst", "Pia Lindström, verksamhetschef äldreomsorg", "8.2")]
    for r in R:
        row(list(r))
    d.ln(6)
    d.set_font("S", "", 8.5)
    d.cell(0, 4, "Antal beslut i listan: 14 (rad 9 tom i källsystemet)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.output(os.path.join(OUT, "pitea_socialnamnden_2026-10-21_delegationslista.pdf"))


# ---------------------------------------------------------------- 4. Tranås KSAU, plain Word template (docx)
def tranas():
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "TRANÅS KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunstyrelsens arbetsutskott\t2026-05-12"
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur ____________        Utdragsbestyrkande ____________"

    def P(t, bold=False, size=None, italic=False):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        return p

    P("Kommunstyrelsens arbetsutskott", True, 16)
    P("Sammanträdesprotokoll 2026-05-12", True, 12)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Plats och tid", "Stadshuset, sammanträdesrum Holaveden, kl. 08.30–11.50"),
                 ("Beslutande", "Helene Ask (M), ordförande\nPer-Arne Lind (S), vice ordförande\n"
                  "Anna Sjöberg (C)\nOve Karlsson (FT)\n"
                  "Lina Hellberg (KD), tjänstgörande ersättare för Robert Ek (KD)"),
                 ("Ersättare", "Karl-Johan Strid (S)"),
                 ("Övriga", "Kristina Lönn, kommundirektör\nFredrik Lövgren, ekonomichef, § 62\n"
                  "Malin Djup, mark- och exploateringsingenjör, § 63\nSven Aldén, projektledare, § 66\n"
                  "Jessica Ahl, kommunsekreterare"),
                 ("Justerare", "Anna Sjöberg (C)"),
                 ("Justeringens plats och tid", "Kommunledningskontoret 2026-05-15"),
                 ("Paragrafer", "61–66")]:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
    P("")
    P("Underskrifter")
    P("Sekreterare\t______________________\tJessica Ahl")
    P("Ordförande\t______________________\tHelene Ask")
    P("Justerare\t______________________\tAnna Sjöberg")
    doc.add_page_break()

    def para(num, title, dnr):
        tt = doc.add_table(rows=1, cols=3)
        c = tt.rows[0].cells
        c[0].width, c[1].width, c[2].width = Cm(2), Cm(10.5), Cm(4)
        c[0].text = num
        c[1].text = title
        c[2].text = dnr
        for cc in c[:2]:
            for r in cc.paragraphs[0].runs:
                r.bold = True
        c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para("§ 61", "Fastställande av dagordning", "")
    P("Arbetsutskottets beslut", True)
    P("Dagordningen fastställs med tillägg av ärendet Lägesrapport – nybyggnation av särskilt boende i Norrby.")
    para("§ 62", "Budgetdialog inför Mål och budget 2027–2029", "Dnr 2026/87 041")
    P("Arbetsutskottets beslut", True)
    P("Arbetsutskottet har tagit del av informationen.")
    P("Ärendebeskrivning", True)
    P("Ekonomichef Fredrik Lövgren föredrar ärendet och redogör för skatteunderlagsprognosen från april samt "
      "för nämndernas äskanden inför budgetarbetet. Äskandena överstiger den preliminära ramen med "
      "sammanlagt 41 miljoner kronor.")
    para("§ 63", "Försäljning av del av fastigheten Ekhagen 4:1 till Tranås Energi AB", "Dnr 2026/112 253")
    P("Arbetsutskottets förslag till kommunstyrelsen", True)
    P("Kommunstyrelsen godkänner förslaget till köpeavtal med Tranås Energi AB avseende cirka 6 400 kvadratmeter "
      "av fastigheten Ekhagen 4:1 till en köpeskilling om 1 920 000 kronor.")
    P("Ärendebeskrivning", True)
    P("Mark- och exploateringsingenjör Malin Djup redogör för ärendet. Tranås Energi AB behöver mark för en ny "
      "fördelningsstation i anslutning till befintligt ställverk. Priset motsvarar 300 kronor per kvadratmeter, "
      "vilket är i nivå med kommunens prissättning för verksamhetsmark.")
    doc.add_page_break()
    P("§ 63 (forts.)", True)
    P("Yrkanden", True)
    P("Helene Ask (M) yrkar bifall till förvaltningens förslag.\nOve Karlsson (FT) yrkar att ärendet återremitteras "
      "för att pröva en upplåtelse med tomträtt i stället för försäljning.")
    P("Propositionsordning", True)
    P("Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att så ska ske. "
      "Därefter ställer ordföranden proposition på Helene Asks yrkande och finner det bifallet.")
    P("Reservation", True)
    P("Ove Karlsson (FT) reserverar sig mot beslutet.")
    para("§ 64", "Motion från Ove Karlsson (FT) om belysning längs gång- och cykelvägen vid Svartån", "Dnr 2025/298 008")
    P("Arbetsutskottets förslag till kommunfullmäktige", True)
    P("Motionen anses besvarad.")
    P("Ärendebeskrivning", True)
    P("Ove Karlsson (FT) har i en motion föreslagit att gång- och cykelvägen längs Svartån mellan Storgatan och "
      "Junebergsgatan förses med belysning. Samhällsbyggnadsförvaltningen planerar att belysa sträckan 2028.")
    P("Yrkanden", True)
    P("Per-Arne Lind (S) yrkar bifall till motionen.\nHelene Ask (M) yrkar att motionen ska anses besvarad.")
    P("Propositionsordning", True)
    P("Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet beslutar enligt Helene Asks "
      "yrkande.")
    P("Protokollsanteckning", True)
    P("Socialdemokraterna lämnar en protokollsanteckning om att belysningen bör tidigareläggas till 2027.")
    doc.add_page_break()
    para("§ 65", "Yttrande över remiss – Regional transportplan för Jönköpings län 2026–2037", "Dnr 2026/131 310")
    P("Arbetsutskottets förslag till kommunstyrelsen", True)
    P("Kommunstyrelsen antar förvaltningens förslag till yttrande och överlämnar det till Region Jönköpings län.")
    P("Ärendebeskrivning", True)
    P("Region Jönköpings län har remitterat förslaget till regional transportplan. Tranås kommun framhåller, "
      "tillsammans med Nässjö kommun och Aneby kommun, behovet av mötesspår på Södra stambanan och en ny "
      "planskild korsning vid Tranås station.")
    para("§ 66", "Lägesrapport – nybyggnation av särskilt boende i Norrby", "Dnr 2024/455 291")
    P("Arbetsutskottets beslut", True)
    P("Arbetsutskottet har tagit del av lägesrapporten.")
    P("Ärendebeskrivning", True)
    P("Projektledare Sven Aldén informerar om att stommen är rest och att projektet följer tidplanen med "
      "inflyttning i oktober 2027. Den ekonomiska prognosen visar en överskridelse om 2,1 miljoner kronor.")
    P("")
    P("Vid protokollet\nJessica Ahl", italic=True)
    doc.save(os.path.join(OUT, "tranas_kommunstyrelsens-arbetsutskott_2026-05-12_protokoll.docx"))


# ---------------------------------------------------------------- 8. Östersund KS, portal page (html)
def ostersund():
    H = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kommunstyrelsen 2026-11-03 – Protokoll – Östersunds kommun</title>
<link rel="stylesheet" href="/static/portal.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Östersunds kommun</a>
  <nav><ul><li><a href="/kalender">Kalender</a></li><li><a href="/organ">Organ</a></li><li><a href="/sok">Sök</a></li></ul></nav>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> › <a href="/organ/ks">Kommunstyrelsen</a> › Sammanträde 2026-11-03 › Protokoll</nav>
<main>
<article class="protocol">
<h1>Kommunstyrelsen</h1>
<p class="meeting-meta">Protokoll från sammanträde tisdag 3 november 2026, kl. 09:00–14:30<br>
Plats: Rådhuset, Sammanträdesrum Storsjön</p>
<section class="attendance">
<h2>Närvarande</h2>
<h3>Beslutande</h3>
<ul>
<li>Niklas Berglund (S), ordförande</li>
<li>Sara Holm (C), 1:e vice ordförande</li>
<li>Tobias Rehn (M), 2:e vice ordförande</li>
<li>Eva Lindgren (S)</li>
<li>Mats Dahl (S)</li>
<li>Linda Kemi (V)</li>
<li>Hans Öberg (SD)</li>
<li>Petra Söder (SD)</li>
<li>Björn Krantz (M)</li>
<li>Karin Nord (ÖL)</li>
<li>Lisa Åström (MP)</li>
<li>Jonas Tell (KD), tjänstgörande ersättare för Anna Wik (KD)</li>
<li>Elin Strand (S), tjänstgörande ersättare för Rickard Moe (S) §§ 231–234</li>
<li>Rickard Moe (S) §§ 235–238</li>
</ul>
<h3>Ersättare</h3>
<ul>
<li>Magnus Berg (M)</li>
<li>Frida Ålund (SD)</li>
</ul>
<h3>Tjänstepersoner</h3>
<table class="officials">
<tr><th>Namn</th><th>Befattning</th><th>Närvarande</th></tr>
<tr><td>Hanna Modin</td><td>Kommundirektör</td><td>Hela mötet</td></tr>
<tr><td>Ola Sjödin</td><td>Ekonomichef</td><td>§ 234</td></tr>
<tr><td>Rasmus Kjell</td><td>Näringslivschef</td><td>§ 235</td></tr>
<tr><td>Ida Fors</td><td>Kommunsekreterare</td><td>Hela mötet</td></tr>
<tr><td></td><td></td><td></td></tr>
</table>
<p><strong>Utses att justera:</strong> Tobias Rehn (M)<br>
<strong>Justering:</strong> Digital justering 2026-11-06<br>
<strong>Paragrafer:</strong> 231–238</p>
</section>

<section class="paragraph" id="p231">
<h2><span class="num">§ 231</span> Val av justerare</h2>
<h4>Beslut</h4>
<p>Kommunstyrelsen utser Tobias Rehn (M) att jämte ordföranden justera protokollet.</p>
</section>

<section class="paragraph" id="p232">
<h2><span class="num">§ 232</span> Godkännande av föredragningslista</h2>
<h4>Beslut</h4>
<p>Föredragningslistan godkänns.</p>
</section>

<section class="paragraph" id="p233">
<h2><span class="num">§ 233</span> Kommundirektörens information</h2>
<p>Kommundirektör Hanna Modin informerar om arbetet med den nya översiktsplanen och om läget i
förhandlingarna med Trafikverket om Inlandsbanan.</p>
<h4>Beslut</h4>
<p>Informationen noteras.</p>
</section>

<section class="paragraph" id="p234">
<h2><span class="num">§ 234</span> Mål och budget 2027–2029 med verksamhetsplan</h2>
<p class="case">Ärendenummer: KS/2026:412</p>
<h4>Kommunstyrelsens förslag till kommunfullmäktige</h4>
<ol><li>Mål och budget 2027–2029 fastställs.</li><li>Skattesatsen för 2027 fastställs till 22,86 kronor.</li></ol>
<h4>Ärendet</h4>
<p>Ekonomichef Ola Sjödin föredrar förslaget till mål och budget. Förslaget innebär ett resultat om 2,1 procent av
skatter och generella statsbidrag 2027.</p>
<h4>Yrkanden</h4>
<p>Niklas Berglund (S) yrkar bifall till förslaget.<br>
Tobias Rehn (M) yrkar bifall till Moderaternas budgetförslag.<br>
Hans Öberg (SD) yrkar bifall till Sverigedemokraternas budgetförslag.</p>
<h4>Propositionsordning</h4>
<p>Ordföranden ställer de tre förslagen mot varandra och finner att kommunstyrelsen beslutar enligt Niklas
Berglunds yrkande.</p>
<h4>Reservationer</h4>
<p>Moderaternas ledamöter reserverar sig mot beslutet till förmån för eget förslag.<br>
Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för eget förslag.</p>
<h4>Protokollsanteckning</h4>
<p>Karin Nord (ÖL) antecknar att Östersundslistan avstår från att delta i beslutet och återkommer med eget förslag i
kommunfullmäktige.</p>
</section>

<section class="paragraph" id="p235">
<h2><span class="num">§ 235</span> Medfinansiering av projektet Hållbar besöksnäring i Jämtland tillsammans med Region Jämtland Härjedalen och Krokoms kommun</h2>
<p class="case">Ärendenummer: KS/2026:355</p>
<h4>Beslut</h4>
<p>Kommunstyrelsen beviljar medfinansiering med 450 000 kronor per år under 2027–2028.</p>
<h4>Ärendet</h4>
<p>Näringslivschef Rasmus Kjell redogör för projektet, som drivs av Region Jämtland Härjedalen med Krokoms kommun
och Östersunds kommun som medfinansiärer.</p>
</section>

<section class="paragraph" id="p236">
<h2><span class="num">§ 236</span> Detalj&shy;plan för del av Lugnvik 2:1, verksamhets&shy;område vid trafikplats Lugnvik – antagande</h2>
<p class="case">Ärendenummer: KS/2026:287</p>
<h4>Kommunstyrelsens förslag till kommunfullmäktige</h4>
<p>Detaljplanen antas.</p>
<h4>Yrkanden</h4>
<p>Lisa Åström (MP) yrkar avslag till förslaget.<br>Sara Holm (C) yrkar bifall till förslaget.</p>
<h4>Reservation</h4>
<p>Lisa Åström (MP) reserverar sig mot beslutet.</p>
</section>

<section class="paragraph" id="p237">
<h2><span class="num">§ 237</span> Initiativärende från Linda Kemi (V) om kartläggning av hemlöshet bland unga vuxna</h2>
<p class="case">Ärendenummer: KS/2026:431</p>
<h4>Beslut</h4>
<p>Initiativärendet överlämnas till socialnämnden för beredning.</p>
<h4>Yrkanden</h4>
<p>Linda Kemi (V) yrkar att kommunstyrelsen ger kommundirektören i uppdrag att genomföra en kartläggning.<br>
Eva Lindgren (S) yrkar att initiativärendet överlämnas till socialnämnden.</p>
<h4>Propositionsordning</h4>
<p>Ordföranden finner att kommunstyrelsen beslutar enligt Eva Lindgrens yrkande.</p>
</section>

<section class="paragraph" id="p238">
<h2><span class="num">§ 238</span> Anmälan av delegationsbeslut</h2>
<h4>Beslut</h4>
<p>Redovisningen godkänns.</p>
<table class="delegation">
<tr><th>Beslut</th><th>Delegat</th><th>Ärende</th></tr>
<tr><td>Avtal om konsulttjänster för översiktsplanen</td><td>Kommundirektören</td><td>KS/2026:398</td></tr>
<tr><td>Yttrande om tillfälliga trafikföreskrifter, Stortorget</td><td>Kommundirektören</td><td>KS/2026:402</td></tr>
</table>
</section>

<section class="signatures">
<p>Vid protokollet: Ida Fors<br>Ordförande: Niklas Berglund<br>Justerare: Tobias Rehn</p>
<p class="stamp">Protokollet är justerat. Anslaget 2026-11-06 – 2026-11-28.</p>
</section>
</article>
</main>
<footer class="site-footer">Östersunds kommun · 831 82 Östersund · Tel 063-14 30 00 · <a href="/kakor">Om kakor</a></footer>
</body>
</html>
"""
    open(os.path.join(OUT, "ostersund_kommunstyrelsen_2026-11-03_protokoll.html"), "w", encoding="utf-8").write(H)



if __name__ == "__main__":
    import sys
    region(); kf(); lerum(); vimmerby(); skovde(); pitea()
    tranas(); ostersund()
    import json
    print(json.dumps(PAGEMAP, ensure_ascii=False))
