# Generator for set kommuner60 (case-number shapes). Run with /work/main/.venv/bin/python build.py
import os, subprocess, json, re
from fpdf import FPDF
import docx
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
DJ = '/usr/share/fonts/truetype/dejavu/'


class Doc(FPDF):
    def __init__(self, head=None, foot=None):
        super().__init__(format='A4')
        self.add_font('S', '', DJ + 'DejaVuSans.ttf')
        self.add_font('S', 'B', DJ + 'DejaVuSans-Bold.ttf')
        self.add_font('R', '', DJ + 'DejaVuSerif.ttf')
        self.hd = head
        self.ft = foot
        self.set_margins(20, 28, 20)
        self.set_auto_page_break(True, 24)

    def header(self):
        if self.hd:
            self.hd(self)
            self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        if self.ft:
            self.ft(self)


def T(p, text, size=10, style='', font='S', h=5, align='L', gap=1):
    p.set_font(font, style, size)
    p.multi_cell(0, h, text, align=align, new_x='LMARGIN', new_y='NEXT')
    if gap:
        p.ln(gap)


def H3(p, num, title, dnr=None, size=11):
    if p.get_y() > 245:
        p.add_page()
    y = p.get_y()
    p.set_font('S', 'B', size)
    p.set_xy(20, y)
    p.cell(18, 6, num)
    p.set_xy(38, y)
    p.multi_cell(108 if dnr else 152, 6, title, new_x='LMARGIN', new_y='NEXT')
    y2 = p.get_y()
    if dnr:
        p.set_font('S', '', 9)
        p.set_xy(146, y)
        p.cell(44, 6, dnr, align='R')
    p.set_y(max(y2, y + 6) + 1)


def rows(p, data, widths, size=9, h=5, bold_first=False):
    for i, r in enumerate(data):
        p.set_font('S', 'B' if (bold_first and i == 0) else '', size)
        for w, c in zip(widths, r):
            p.cell(w, h, c)
        p.ln(h)
    p.ln(1)


# ---------------------------------------------------------------- A: Norrtälje MBN (Vision/ECOS style)
def doc_a():
    def head(p):
        p.set_font('S', 'B', 9)
        p.set_xy(20, 10)
        p.cell(85, 5, 'NORRTÄLJE KOMMUN')
        p.cell(85, 5, 'PROTOKOLL', align='R')
        p.set_xy(20, 15)
        p.set_font('S', '', 8)
        p.cell(85, 5, 'Miljö- och byggnadsnämnden')
        p.cell(85, 5, 'Sammanträdesdatum 2026-03-18', align='R')
        p.line(20, 21, 190, 21)

    def foot(p):
        p.set_y(-17)
        p.set_font('S', '', 7)
        p.cell(60, 4, 'Justerandes signatur ________')
        p.cell(60, 4, 'Utdragsbestyrkande ________')
        p.cell(50, 4, f'Sida {p.page_no()}/{{nb}}', align='R')

    p = Doc(head, foot)
    p.add_page()
    T(p, 'Protokoll', 16, 'B')
    T(p, 'Miljö- och byggnadsnämnden', 12, 'B')
    T(p, 'Plats och tid: Kommunhuset, Estunarummet, Norrtälje, onsdag 2026-03-18 kl. 09.00–12.15')
    T(p, 'Beslutande', 10, 'B', gap=0)
    rows(p, [
        ['Karin Eklöf (M)', 'ordförande'],
        ['Jonas Brandt (S)', 'vice ordförande'],
        ['Per Vestin (SD)', 'ledamot'],
        ['Ulla Hagström (C)', 'ledamot'],
        ['Mirja Lind (S)', 'ledamot'],
        ['Tomas Ekberg (KD)', 'ledamot'],
        ['Sofie Rask (V)', 'ledamot'],
        ['Hans Gryt (L)', 'tjänstgörande ersättare för Anders Moln (L)'],
    ], [60, 110])
    T(p, 'Ersättare', 10, 'B', gap=0)
    rows(p, [['Lena Åhs (MP)', ''], ['Bo Karlgren (S)', '']], [60, 110])
    T(p, 'Övriga närvarande', 10, 'B', gap=0)
    rows(p, [
        ['Maria Sundin', 'miljö- och byggchef'],
        ['Elias Norén', 'bygglovhandläggare §§ 32, 35'],
        ['Ida Forsberg', 'miljöinspektör §§ 33–34'],
        ['Fredrik Ahl', 'nämndsekreterare'],
    ], [60, 110])
    T(p, 'Justerare: Mirja Lind (S)')
    T(p, 'Justeringens plats och tid: Miljö- och byggförvaltningen, 2026-03-23 kl. 15.00')
    T(p, 'Justerade paragrafer: §§ 30–37')
    p.ln(2)
    rows(p, [
        ['Sekreterare', '_______________________', 'Fredrik Ahl'],
        ['Ordförande', '_______________________', 'Karin Eklöf'],
        ['Justerare', '_______________________', 'Mirja Lind'],
    ], [35, 70, 65], size=10, h=8)
    T(p, 'ANSLAG/BEVIS', 10, 'B', gap=0)
    T(p, 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala '
         'anslagstavla. Datum då anslaget sätts upp: 2026-03-24. Datum då anslaget tas ned: 2026-04-15.\n'
         'Förvaringsplats för protokollet: Miljö- och byggförvaltningen, Box 800, 761 28 Norrtälje. '
         'Tel. 0176-710 00.', 9)

    p.add_page()
    H3(p, '§ 30', 'Godkännande av dagordning')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Miljö- och byggnadsnämnden godkänner dagordningen.')
    p.ln(2)
    H3(p, '§ 31', 'Verksamhetsplan och internbudget 2026 för miljö- och byggnadsnämnden', 'Dnr MBN 2026-000412')
    T(p, 'Ärendebeskrivning', 10, 'B', gap=0)
    T(p, 'Kommunfullmäktige fastställde nämndens budgetram (KF 2025-11-24 § 187) till 48 312 000 kr '
         'netto för 2026. Förvaltningen har tagit fram en verksamhetsplan med internbudget som fördelar '
         'ramen på enheterna bygglov, miljö- och hälsoskydd, livsmedel samt kart och mät. Intäkterna '
         'beräknas till 2 026 000 kr högre än föregående år till följd av den nya taxan.')
    T(p, 'Miljö- och byggchef Maria Sundin föredrar ärendet.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Miljö- och byggnadsnämnden fastställer verksamhetsplan och internbudget 2026 enligt bilaga.')
    p.ln(2)
    H3(p, '§ 32', 'Rimbo-Norrby 1:23 – Ansökan om bygglov för nybyggnad av flerbostadshus med 24 lägenheter samt komplementbyggnad')
    T(p, 'Diarienummer: BYGG.2026.1187', 9)
    T(p, 'Ärendebeskrivning', 10, 'B', gap=0)
    T(p, 'Ansökan avser nybyggnad av ett flerbostadshus i tre våningar med 24 lägenheter samt en '
         'komplementbyggnad för cykelförvaring på fastigheten Rimbo-Norrby 1:23. För området gäller '
         'detaljplan för Norrby centrum, lagakraftvunnen 2019-06-11, akt 0188-P2019/12. Byggnadens höjd '
         'överskrider den i planen angivna högsta nockhöjden med 0,8 meter. Förvaltningen bedömer att '
         'avvikelsen är liten och förenlig med detaljplanens syfte enligt 9 kap. 31 b § plan- och '
         'bygglagen (2010:900). Grannar har hörts enligt 9 kap. 25 § PBL. Ägaren till Rimbo-Norrby 1:24 '
         'har lämnat synpunkter om skuggning, vilka förvaltningen bemöter i tjänsteskrivelsen.\n'
         'Avgiften för beslutet är 38 640 kr enligt kommunens plan- och bygglovtaxa, tabell 5.')
    T(p, 'Bygglovhandläggare Elias Norén föredrar ärendet.')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Per Vestin (SD) yrkar avslag på ansökan med motiveringen att avvikelsen från detaljplanen inte '
         'är liten.\nKarin Eklöf (M) yrkar bifall till förvaltningens förslag.\n'
         'Jonas Brandt (S) instämmer i Karin Eklöfs yrkande.')
    T(p, 'Propositionsordning', 10, 'B', gap=0)
    T(p, 'Ordföranden ställer förvaltningens förslag mot Per Vestins avslagsyrkande och finner att '
         'nämnden beslutar enligt förvaltningens förslag.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Miljö- och byggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen. '
         'Kontrollansvarig: Lars Wede, certifierad enligt SFS 2011:338. Tekniskt samråd ska hållas innan '
         'startbesked ges.')
    T(p, 'Reservation', 10, 'B', gap=0)
    T(p, 'Per Vestin (SD) reserverar sig mot beslutet till förmån för eget yrkande.')
    p.ln(2)
    # § 33 in a three-column row
    if p.get_y() > 235:
        p.add_page()
    y = p.get_y()
    p.set_font('S', 'B', 11)
    p.cell(18, 6, '§ 33')
    p.set_xy(38, y)
    p.multi_cell(110, 6, 'Hästen 2:14 – Föreläggande om åtgärder för enskild avloppsanordning', new_x='LMARGIN', new_y='NEXT')
    y2 = p.get_y()
    p.set_font('S', '', 9)
    p.set_xy(148, y)
    p.cell(42, 6, 'Ärende 2026-815', align='R')
    p.set_y(y2 + 1)
    T(p, 'Vid inspektion 2026-03-04 konstaterades att avloppsanordningen på fastigheten Hästen 2:14 '
         'saknar fungerande efterföljande rening. Enligt 26 kap. 9 § miljöbalken (SFS 1998:808) får '
         'nämnden meddela de förelägganden som behövs. Åtgärderna ska vara utförda senast 2027-03-31.')
    T(p, 'Miljöinspektör Ida Forsberg föredrar ärendet.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Miljö- och byggnadsnämnden förelägger fastighetsägaren att vidta åtgärder enligt bilaga.')
    T(p, 'Protokollsanteckning', 10, 'B', gap=0)
    T(p, 'Sofie Rask (V) lämnar en protokollsanteckning: "Kommunen bör erbjuda rådgivning till fler '
         'fastighetsägare i området innan förelägganden meddelas."')
    p.ln(2)
    H3(p, '§ 34', 'Strandskyddsdispens för brygga på fastigheten Norrö 3:7')
    T(p, 'Dnr 2026/MIL0095', 9)
    T(p, 'Sökanden vill anlägga en flytbrygga om 18 kvadratmeter. Länsstyrelsen i Stockholms län har '
         'tidigare prövat en ansökan på grannfastigheten (länsstyrelsens dnr 526-4567-2026). Särskilt skäl '
         'finns enligt 7 kap. 18 c § första stycket 3 miljöbalken.')
    T(p, 'Miljöinspektör Ida Forsberg föredrar ärendet.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Miljö- och byggnadsnämnden ger dispens från strandskyddet. Avgift 9 450 kr.')
    p.ln(2)
    H3(p, '§ 35', 'Solö 1:112 – Rättelseföreläggande med vite (B 2026-000734)')
    T(p, 'Fastigheten ägs av Solö Fastighets AB, org.nr 559123-4567. En tillbyggnad om 42 kvadratmeter '
         'har uppförts utan bygglov. Nämnden föreslås förelägga bolaget att ta bort tillbyggnaden vid ett '
         'vite om 50 000 kr enligt 11 kap. 20 och 37 §§ PBL.')
    T(p, 'Bygglovhandläggare Elias Norén föredrar ärendet.')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Tomas Ekberg (KD) yrkar att vitet bestäms till 25 000 kr.\nKarin Eklöf (M) yrkar bifall till '
         'förvaltningens förslag.')
    T(p, 'Propositionsordning', 10, 'B', gap=0)
    T(p, 'Ordföranden ställer förslagen mot varandra och finner att nämnden beslutar enligt Karin Eklöfs yrkande.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Miljö- och byggnadsnämnden förelägger Solö Fastighets AB att senast 2026-09-30 ta bort '
         'tillbyggnaden vid ett vite om 50 000 kr.')
    T(p, 'Reservation', 10, 'B', gap=0)
    T(p, 'Tomas Ekberg (KD) reserverar sig mot beslutet.')
    p.ln(2)
    H3(p, '§ 36', 'Ändring av taxa för prövning och tillsyn inom miljöbalkens område', 'MBN 26-0312')
    T(p, 'Nuvarande taxa antogs av kommunfullmäktige 2023-12-11 § 203. Förvaltningen föreslår att '
         'timavgiften höjs från 1 320 kr till 1 410 kr från 2027-01-01, med stöd av 27 kap. 1 § miljöbalken '
         'och förordningen (1998:940) om avgifter för prövning och tillsyn enligt miljöbalken.')
    T(p, 'Miljö- och byggchef Maria Sundin föredrar ärendet.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Miljö- och byggnadsnämnden föreslår kommunfullmäktige att anta reviderad taxa enligt bilaga.')
    p.ln(2)
    H3(p, '§ 37', 'Redovisning av delegationsbeslut', 'Dnr MBN 2026-000019')
    T(p, 'Följande beslut fattade med stöd av delegation under perioden 2026-02-01–2026-02-28 redovisas:')
    rows(p, [
        ['Ärende', 'Beslut', 'Fastighet', 'Datum'],
        ['BYGG.2026.1002', 'Bygglov, tillbyggnad fritidshus', 'Lilla Björnö 2:31', '2026-02-12'],
        ['BYGG.2026.1044', 'Startbesked', 'Åkersberg 4:2', '2026-02-19'],
        ['2026-774', 'Registrering av livsmedelsanläggning', 'Tälje 3:45', '2026-02-20'],
        ['2026/MIL0061', 'Beslut om avgift', 'Görla 9:8', '2026-02-27'],
    ], [32, 68, 40, 30], size=8, bold_first=True)
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Miljö- och byggnadsnämnden lägger redovisningen till handlingarna.')
    return p


# ---------------------------------------------------------------- B: Härnösand KS (Ciceron style)
def doc_b():
    def head(p):
        p.set_font('S', 'B', 9)
        p.set_xy(20, 10)
        p.cell(85, 5, 'HÄRNÖSANDS KOMMUN')
        p.cell(85, 5, 'SAMMANTRÄDESPROTOKOLL', align='R')
        p.set_xy(20, 15)
        p.set_font('S', '', 8)
        p.cell(60, 5, 'Kommunstyrelsen')
        p.cell(60, 5, 'Sammanträdesdatum 2026-04-07', align='C')
        p.cell(50, 5, f'Sida {p.page_no()}({{nb}})', align='R')
        p.line(20, 21, 190, 21)

    def foot(p):
        p.set_y(-17)
        p.set_font('S', '', 7)
        p.cell(85, 4, 'Justerandes sign')
        p.cell(85, 4, 'Utdragsbestyrkande', align='R')

    p = Doc(head, foot)
    p.add_page()
    T(p, 'Plats och tid: Sessionssalen, Rådhuset, Härnösand, tisdagen den 7 april 2026, kl. 13.00–16.40')
    T(p, 'Beslutande', 10, 'B', gap=0)
    rows(p, [
        ['Anna-Karin Holm (S), ordförande', ''],
        ['Mats Öberg (M), 1:e vice ordförande', ''],
        ['Jenny Strand (C), 2:e vice ordförande', ''],
        ['Olle Frid (S)', ''],
        ['Lisa Nordmark (SD)', ''],
        ['Peter Kvist (V)', ''],
        ['Birgitta Alm (KD)', ''],
        ['Erik Lundh (LPH)', ''],
        ['Maria Byström (S), tjg ersättare för Kent Wallin (S)', ''],
    ], [120, 50])
    T(p, 'Ersättare', 10, 'B', gap=0)
    rows(p, [['Gunnar Hed (M)', ''], ['Amira Haddad (S)', '']], [120, 50])
    T(p, 'Övriga deltagare', 10, 'B', gap=0)
    rows(p, [['Ida Ståhl, kommundirektör', ''], ['Robert Eng, ekonomichef, § 59', ''],
             ['Sara Holmqvist, kommunsekreterare', '']], [120, 50])
    T(p, '(LPH = Lokalpartiet Härnösand)', 8)
    T(p, 'Utses att justera: Mats Öberg (M)')
    T(p, 'Justeringens plats och tid: Kommunkansliet, 2026-04-10')
    rows(p, [
        ['Underskrifter', 'Sekreterare ____________', 'Paragrafer 58–65'],
        ['', 'Sara Holmqvist', ''],
        ['', 'Ordförande ____________', ''],
        ['', 'Anna-Karin Holm', ''],
        ['', 'Justerande ____________', ''],
        ['', 'Mats Öberg', ''],
    ], [35, 80, 55], size=10, h=7)
    T(p, 'ANSLAG/BEVIS – Protokollet är justerat. Justeringen har tillkännagivits genom anslag. '
         'Sammanträdesdatum 2026-04-07. Anslaget sätts upp 2026-04-13 och tas ned 2026-05-05. '
         'Förvaringsplats: Kommunkansliet, Universitetsbacken 1, 871 80 Härnösand.', 8)

    p.add_page()
    H3(p, '§ 58', 'Val av justerare')
    T(p, 'Kommunstyrelsen beslutar att utse Mats Öberg (M) att jämte ordföranden justera dagens protokoll.')
    p.ln(2)
    H3(p, '§ 59', 'Budget 2027 och flerårsplan 2028–2029 (KS 2026/123)')
    T(p, 'Ekonomichef Robert Eng redogör för förslaget till budget 2027 och flerårsplan 2028–2029. '
         'Skatteunderlaget beräknas enligt SKR:s prognos från februari. Förslaget innehåller ett '
         'utvecklingsutrymme om 2 026 000 kr och ett resultatmål om 2 procent av skatter och bidrag i '
         'enlighet med riktlinjerna för god ekonomisk hushållning (KF 2025-05-12 § 45) och 11 kap. 5 § '
         'kommunallagen (2017:725).')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Anna-Karin Holm (S) yrkar bifall till arbetsutskottets förslag.\n'
         'Mats Öberg (M) yrkar att ärendet återremitteras för att komplettera investeringsplanen.\n'
         'Lisa Nordmark (SD) instämmer i Mats Öbergs yrkande.')
    T(p, 'Propositionsordning', 10, 'B', gap=0)
    T(p, 'Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att det ska '
         'avgöras i dag. Votering begärs och ska genomföras. Den som vill att ärendet avgörs i dag röstar '
         'ja, den som vill att ärendet återremitteras röstar nej.')
    T(p, 'Omröstning', 10, 'B', gap=0)
    rows(p, [
        ['Ledamot', 'Tjänstgörande ersättare', 'Ja', 'Nej', 'Avstår'],
        ['Anna-Karin Holm (S)', '', 'X', '', ''],
        ['Mats Öberg (M)', '', '', 'X', ''],
        ['Jenny Strand (C)', '', 'X', '', ''],
        ['Olle Frid (S)', '', 'X', '', ''],
        ['Lisa Nordmark (SD)', '', '', 'X', ''],
        ['Peter Kvist (V)', '', '', '', 'X'],
        ['Birgitta Alm (KD)', '', '', 'X', ''],
        ['Erik Lundh (LPH)', '', 'X', '', ''],
        ['Kent Wallin (S)', 'Maria Byström (S)', 'X', '', ''],
        ['Summa', '', '5', '3', '1'],
    ], [55, 55, 20, 20, 20], size=9, bold_first=True)
    T(p, 'Med 5 ja-röster mot 3 nej-röster, 1 avstår, beslutar kommunstyrelsen att ärendet ska avgöras i dag. '
         'Ordföranden ställer därefter proposition på arbetsutskottets förslag och finner att det bifalls.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2027 och flerårsplan 2028–2029 '
         'enligt bilaga.')
    T(p, 'Reservation', 10, 'B', gap=0)
    T(p, 'Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet.')
    T(p, 'Protokollsanteckning', 10, 'B', gap=0)
    T(p, 'Birgitta Alm (KD) antecknar till protokollet att Kristdemokraterna återkommer med eget '
         'budgetförslag i fullmäktige.')
    p.ln(2)
    H3(p, '§ 60', 'Motion från Peter Kvist (V) om fritidskort för unga', 'KS2026/0231')
    T(p, 'Peter Kvist (V) föreslår i en motion inlämnad 2026-01-19 att kommunen inför ett fritidskort för '
         'unga mellan 8 och 16 år. Kultur- och fritidsnämnden har yttrat sig i ärendet (KFN 2026/14) och '
         'bedömer kostnaden till 1 400 000 kr per år.')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Peter Kvist (V) yrkar bifall till motionen.\nOlle Frid (S) yrkar bifall till arbetsutskottets '
         'förslag att motionen avslås.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.')
    T(p, 'Reservation', 10, 'B', gap=0)
    T(p, 'Peter Kvist (V) reserverar sig mot beslutet till förmån för eget yrkande.')
    p.ln(2)
    H3(p, '§ 61', 'Försäljning av del av fastigheten Vägmästaren 3:11')
    T(p, 'Dnr KS 2026/0045-3', 9)
    T(p, 'Nordkust Bygg AB, org.nr 556901-2345, har inkommit med en begäran om att förvärva cirka 4 200 '
         'kvadratmeter av fastigheten Vägmästaren 3:11 för uppförande av radhus. Köpeskillingen är '
         '1 850 000 kr. Marken är planlagd för bostadsändamål.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunstyrelsen godkänner köpeavtalet och uppdrar åt kommundirektören att underteckna det.')
    p.ln(2)
    H3(p, '§ 62', 'Svar på revisionsrapport – Granskning av intern kontroll', 'Dnr KS 2025/318:12')
    T(p, 'De förtroendevalda revisorerna har i en rapport daterad 2026-02-14 granskat om kommunstyrelsen '
         'har en tillräcklig intern kontroll enligt 6 kap. 6 § kommunallagen. Förvaltningen har tagit fram '
         'ett svar med åtgärder.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunstyrelsen antar förvaltningens svar som sitt eget och överlämnar det till revisorerna.')
    p.ln(2)
    H3(p, '§ 63', 'Arkivreglemente för Härnösands kommun', 'Dnr KS 2026/0412 023')
    T(p, 'Nuvarande arkivreglemente antogs av kommunfullmäktige 2019-03-25 § 31. Ett nytt reglemente '
         'föreslås med anledning av ändringar i arkivlagen (SFS 1990:782). Kommunarkivet nås på '
         '0611-34 80 00.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunstyrelsen föreslår kommunfullmäktige att anta arkivreglemente för Härnösands kommun.')
    p.ln(2)
    H3(p, '§ 64', 'Anmälan av delegationsbeslut', 'KS26/198')
    T(p, 'Följande delegationsbeslut anmäls:')
    rows(p, [
        ['KS 2026/101', 'Yttrande över remiss om regional transportplan, kommundirektören, 2026-03-02'],
        ['KS 2026/117', 'Förordnande av tillförordnad förvaltningschef, kommundirektören, 2026-03-09'],
        ['KS 2025/412', 'Avskrivning av ärende, kommunsekreteraren, 2026-03-16'],
    ], [32, 138], size=8)
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunstyrelsen lägger anmälan till handlingarna.')
    p.ln(2)
    H3(p, '§ 65', 'Kommundirektören informerar')
    T(p, 'Kommundirektör Ida Ståhl informerar om samverkan med Sundsvalls kommun och Region Västernorrland '
         'kring kollektivtrafiken samt om läget i rekryteringen av ny samhällsbyggnadschef.')
    T(p, 'Erik Lundh (LPH) ställer en fråga om vinterväghållningen på Härnön. Ida Ståhl svarar att en '
         'redovisning lämnas vid nästa sammanträde.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunstyrelsen tackar för informationen.')
    return p


# ---------------------------------------------------------------- C: Region Jämtland Härjedalen RS (Platina-like)
def doc_c():
    def head(p):
        p.set_font('S', '', 8)
        p.set_xy(20, 10)
        p.cell(70, 5, 'Region Jämtland Härjedalen')
        p.cell(50, 5, 'PROTOKOLL', align='C')
        p.cell(50, 5, 'Regionstyrelsen 2026-02-24', align='R')
        p.line(20, 16, 190, 16)

    def foot(p):
        p.set_y(-15)
        p.set_font('S', '', 7)
        p.cell(120, 4, 'Region Jämtland Härjedalen • Box 654 • Tel 063-14 75 00 • Org.nr 232100-0214')
        p.cell(50, 4, f'Sida {p.page_no()} av {{nb}}', align='R')

    p = Doc(head, foot)
    p.add_page()
    T(p, 'Protokoll Regionstyrelsen', 15, 'B')
    T(p, 'Datum: 2026-02-24, kl. 08.30–15.10\nPlats: Regionens hus, Östersund, sammanträdesrum Storsjön')
    T(p, 'Närvarande', 11, 'B', gap=0)
    rows(p, [
        ['Namn', 'Parti', 'Funktion'],
        ['Håkan Vidlund', 'C', 'Ordförande'],
        ['Elin Aspgren', 'S', '1:e vice ordförande'],
        ['Mikael Thorén', 'M', '2:e vice ordförande'],
        ['Ann-Sofie Krång', 'SD', 'Ledamot'],
        ['Jonas Frösö', 'V', 'Ledamot'],
        ['Kerstin Berg', 'KD', 'Ledamot'],
        ['Lars Svedje', 'S', 'Ledamot'],
        ['Petra Ring', 'MP', 'Tjänstgörande ersättare för Ola Kall (MP)'],
        ['Sven Backe', 'S', 'Ersättare'],
    ], [55, 20, 95], size=9, bold_first=True)
    T(p, 'Tjänstepersoner', 11, 'B', gap=0)
    rows(p, [
        ['Göran Sjödin', 'regiondirektör'],
        ['Linnea Falk', 'ekonomidirektör'],
        ['Johan Ede', 'utvecklingsdirektör, § 14'],
        ['Maja Öst', 'nämndsekreterare'],
    ], [55, 115], size=9)
    T(p, 'Justerare: Jonas Frösö (V)\nJustering: 2026-03-02, Regionens hus')
    rows(p, [['Sekreterare', 'Maja Öst'], ['Ordförande', 'Håkan Vidlund'], ['Justerare', 'Jonas Frösö']],
         [40, 130], size=10, h=8)
    p.add_page()
    T(p, 'Ärendelista', 12, 'B')
    rows(p, [
        ['§', 'Ärende', 'Ärendenummer'],
        ['12', 'Val av justerare', ''],
        ['13', 'Fastställande av dagordning', ''],
        ['14', 'Regional utvecklingsstrategi 2026–2035', 'RS/312/2026'],
        ['15', 'Hyresavtal för Hammarstrands hälsocentral', 'RS/88/2026'],
        ['16', 'Motion från Jonas Frösö (V) om avgiftsfri mammografi', 'RS/455/2026'],
        ['17', 'Yttrande över remissen Framtidens primärvård (SOU 2025:87)', 'RS/501/2026'],
        ['18', 'Anmälningsärenden', ''],
    ], [12, 118, 40], size=9, bold_first=True)
    p.add_page()
    T(p, '§ 12 Val av justerare', 12, 'B')
    T(p, 'Regionstyrelsen beslutar att utse Jonas Frösö (V) att jämte ordföranden justera protokollet.')
    p.ln(3)
    T(p, '§ 13 Fastställande av dagordning', 12, 'B')
    T(p, 'Dagordningen fastställs.')
    p.ln(3)
    T(p, '§ 14 Regional utvecklingsstrategi 2026–2035', 12, 'B', gap=0)
    T(p, 'Ärendenummer RS/312/2026', 9)
    T(p, 'Utvecklingsdirektör Johan Ede presenterar förslaget till regional utvecklingsstrategi, som tagits '
         'fram i dialog med länets åtta kommuner: Berg, Bräcke, Härjedalen, Krokom, Ragunda, Strömsund, '
         'Åre och Östersund. Strategin ersätter den strategi som regionfullmäktige antog 2019-06-18 § 88.')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Elin Aspgren (S) yrkar bifall till förslaget.\nAnn-Sofie Krång (SD) yrkar tillägg om ett '
         'särskilt mål för landsbygdens vägar.')
    T(p, 'Propositionsordning', 10, 'B', gap=0)
    T(p, 'Ordföranden ställer först proposition på förslaget och finner det bifallet, därefter på '
         'tilläggsyrkandet och finner det avslaget.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Regionstyrelsen föreslår regionfullmäktige att anta regional utvecklingsstrategi 2026–2035.')
    T(p, 'Reservation', 10, 'B', gap=0)
    T(p, 'Ann-Sofie Krång (SD) reserverar sig till förmån för eget tilläggsyrkande.')
    p.ln(3)
    T(p, '§ 15 Hyresavtal för Hammarstrands hälsocentral', 12, 'B', gap=0)
    T(p, 'Ärendenummer RS/88/2026 (tidigare 25RS1048)', 9)
    T(p, 'Ekonomidirektör Linnea Falk föredrar ärendet. Hälsocentralen i Hammarstrand, Ragunda kommun, '
         'hyr lokaler på fastigheten Hammarstrand 4:112. Det nya avtalet löper i tio år med en årshyra om '
         '1 240 000 kr. Avtalet överstiger regiondirektörens delegation enligt punkt 4.3 i '
         'delegationsordningen.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Regionstyrelsen godkänner hyresavtalet.')
    p.ln(3)
    T(p, '§ 16 Motion från Jonas Frösö (V) om avgiftsfri mammografi', 12, 'B', gap=0)
    T(p, 'Ärendenummer RS/455/2026', 9)
    T(p, 'Jonas Frösö (V) föreslår att mammografi ska vara avgiftsfri för alla som kallas. Regionfullmäktige '
         'beslutade om patientavgifter 2025-10-15 § 142. Kostnaden beräknas till 2 100 000 kr per år.')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Jonas Frösö (V) yrkar bifall till motionen.\nHåkan Vidlund (C) yrkar att motionen avslås.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Regionstyrelsen föreslår regionfullmäktige att avslå motionen.')
    T(p, 'Reservation', 10, 'B', gap=0)
    T(p, 'Jonas Frösö (V) reserverar sig mot beslutet.')
    p.ln(3)
    T(p, '§ 17 Yttrande över remissen Framtidens primärvård (SOU 2025:87)', 12, 'B', gap=0)
    T(p, 'Ärendenummer RS/501/2026', 9)
    T(p, 'Regionen har fått remissen från Socialdepartementet (Socialdepartementets diarienummer '
         'S2026/01234) med svar senast 2026-04-30. Regiondirektör Göran Sjödin föredrar förslaget till '
         'yttrande.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Regionstyrelsen antar yttrandet och översänder det till Socialdepartementet.')
    T(p, 'Protokollsanteckning', 10, 'B', gap=0)
    T(p, 'Mikael Thorén (M) lämnar en protokollsanteckning om behovet av fler privata vårdgivare.')
    p.ln(3)
    T(p, '§ 18 Anmälningsärenden', 12, 'B', gap=0)
    T(p, 'Följande handlingar anmäls:')
    rows(p, [
        ['RS/77/2026', 'Protokoll från samverkansnämnden 2026-01-30'],
        ['RS/12/2026', 'Beslut från Inspektionen för vård och omsorg'],
        ['RS/1210/2025', 'Delegationsbeslut om tillfällig stängning av vårdplatser'],
    ], [35, 135], size=9)
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Anmälningsärendena läggs till handlingarna.')
    return p


# ---------------------------------------------------------------- D: Räddningstjänsten Syd direktion (Word)
def doc_d(path):
    d = docx.Document()

    def para(text, bold=False, size=None):
        pr = d.add_paragraph()
        r = pr.add_run(text)
        r.bold = bold
        if size:
            from docx.shared import Pt
            r.font.size = Pt(size)
        return pr

    def pb():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def itemrow(num, title, dnr):
        t = d.add_table(rows=1, cols=3)
        t.style = 'Table Grid'
        c = t.rows[0].cells
        c[0].text = num
        c[1].text = title
        c[2].text = dnr
        for cell in c[:2]:
            for r in cell.paragraphs[0].runs:
                r.bold = True

    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Räddningstjänsten Syd – Protokoll – Direktionen 2026-05-20'
    sec.footer.paragraphs[0].text = 'Räddningstjänsten Syd, org.nr 222000-1388, Carl Gustafs väg 48, 214 21 Malmö'
    para('PROTOKOLL', True, 16)
    para('Direktionen, Räddningstjänsten Syd', True, 13)
    para('Datum: 2026-05-20\nTid: 13.00–15.30\nPlats: Räddningsstation Lund, Kalkstensvägen 2, Lund')
    para('Närvarande', True)
    t = d.add_table(rows=1, cols=4)
    t.style = 'Table Grid'
    for i, h in enumerate(['Namn', 'Parti', 'Kommun', 'Funktion']):
        t.rows[0].cells[i].text = h
    for r in [
        ['Agneta Rolf', 'S', 'Malmö', 'Ordförande'],
        ['Johan Ekdahl', 'M', 'Lund', 'Vice ordförande'],
        ['Fredrik Ljung', 'S', 'Lund', 'Ledamot'],
        ['Sara Wendt', 'SD', 'Eslöv', 'Ledamot'],
        ['Ove Lindkvist', 'M', 'Kävlinge', 'Ledamot'],
        ['Hanna Pihl', 'S', 'Burlöv', 'Ledamot'],
        ['Karim Nasser', 'L', 'Malmö', 'Tjänstgörande ersättare för Pia Borg (L)'],
        ['Britt Ekstrand', 'C', 'Eslöv', 'Ersättare'],
        ['Kim Sahlberg', '', '', 'Förbundsdirektör'],
        ['Lotta Hed', '', '', 'Ekonomichef'],
        ['Nora Ekman', '', '', 'Direktionssekreterare'],
        ['', '', '', ''],
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    para('')
    para('Justerare: Fredrik Ljung (S)\nJusteringens plats och tid: Förbundskontoret, 2026-05-27\n'
         'Paragrafer: §§ 19–25')
    para('Sekreterare ……………………… Nora Ekman\nOrdförande ……………………… Agneta Rolf\n'
         'Justerare ……………………… Fredrik Ljung')
    pb()
    itemrow('§ 19', 'Val av justerare', '')
    para('Direktionen utser Fredrik Ljung (S) att jämte ordföranden justera protokollet.')
    itemrow('§ 20', 'Årsredovisning 2025', 'Diarienr: 0045/26')
    para('Ekonomichef Lotta Hed föredrar årsredovisningen. Förbundet redovisar ett resultat om 3 412 000 kr. '
         'Revisorernas granskning sker enligt 12 kap. 1 § kommunallagen.')
    para('Beslut', True)
    para('Direktionen godkänner årsredovisningen för 2025 och överlämnar den till medlemskommunerna Malmö, '
         'Lund, Burlöv, Eslöv och Kävlinge.')
    itemrow('§ 21', 'Handlingsprogram enligt lagen om skydd mot olyckor 2027–2030', 'Diarienr: DIR 2026:7')
    para('Förbundsdirektör Kim Sahlberg presenterar förslaget till handlingsprogram enligt 3 kap. 3 § och '
         '8 § lagen (2003:778) om skydd mot olyckor. Programmet ersätter handlingsprogrammet som direktionen '
         'antog 2022-12-08 § 88 (dnr 0211/22).')
    para('Yrkanden', True)
    para('Sara Wendt (SD) yrkar att målet för insatstid i Eslöv skärps till tio minuter.\n'
         'Agneta Rolf (S) yrkar bifall till förbundsledningens förslag.')
    para('Beslut', True)
    para('Ordföranden ställer förslagen mot varandra och finner att direktionen beslutar enligt Agneta Rolfs '
         'yrkande. Direktionen överlämnar handlingsprogrammet till medlemskommunerna för antagande.')
    para('Reservation', True)
    para('Sara Wendt (SD) reserverar sig mot beslutet.')
    pb()
    itemrow('§ 22', 'Investering i höjdfordon för station Eslöv', 'Diarienr: 2026-000112')
    para('Förbundet föreslås investera 9 400 000 kr i ett nytt höjdfordon till station Eslöv, Ystadvägen 12, '
         '241 38 Eslöv. Nuvarande fordon är från 2004.')
    para('Yrkanden', True)
    para('Ove Lindkvist (M) yrkar återremiss för att utreda samnyttjande med station Kävlinge.\n'
         'Johan Ekdahl (M) instämmer i Ove Lindkvists yrkande.')
    para('Beslut', True)
    para('Ordföranden finner att ärendet ska avgöras i dag. Direktionen beslutar att genomföra '
         'investeringen inom investeringsramen för 2026.')
    para('Reservation', True)
    para('Moderaternas ledamöter reserverar sig mot beslutet.')
    itemrow('§ 23', 'Avtal om tjänsteman i beredskap med Kävlinge kommun', 'Diarienr: 26/00131-2')
    para('Kävlinge kommun har begärt att förbundet ska tillhandahålla funktionen tjänsteman i beredskap. '
         'Tjänstemannen nås via larmnummer 040-603 50 00. Ersättningen är 285 000 kr per år.')
    para('Beslut', True)
    para('Direktionen godkänner avtalet.')
    itemrow('§ 24', 'Anmälan av delegationsbeslut', 'Dnr 2026/3')
    para('Följande delegationsbeslut anmäls:')
    t = d.add_table(rows=1, cols=3)
    t.style = 'Table Grid'
    for i, h in enumerate(['Diarienr', 'Beslut', 'Datum']):
        t.rows[0].cells[i].text = h
    for r in [['26/00098-1', 'Tillstånd för hantering av brandfarlig vara', '2026-04-03'],
              ['26/00102-3', 'Föreläggande efter tillsyn enligt LSO', '2026-04-17'],
              ['', '', '']]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    para('Beslut', True)
    para('Direktionen lägger anmälan till handlingarna.')
    itemrow('§ 25', 'Förbundsdirektören informerar', '')
    para('Förbundsdirektör Kim Sahlberg informerar om rekryteringen av deltidsbrandmän och om '
         'sommarens brandriskprognos.')
    para('Hanna Pihl (S) ställer en fråga om rekryteringsläget i Burlöv. Kim Sahlberg svarar att två '
         'tjänster tillsatts under våren.')
    para('Beslut', True)
    para('Direktionen tackar för informationen.')
    d.save(path)


# ---------------------------------------------------------------- E: Ånge KF (pdftotext export)
ANGE_MEMBERS = [
    ('Ingrid Nyström', 'S', 'ordförande'), ('Bertil Holm', 'C', '1:e vice ordförande'),
    ('Roger Sand', 'SD', '2:e vice ordförande'), ('Lars Wiklund', 'S', ''), ('Åsa Hed', 'S', ''),
    ('Kjell Ottosson', 'S', ''), ('Marie Bodin', 'S', ''), ('Tord Svahn', 'S', ''), ('Linda Ålund', 'S', ''),
    ('Gustav Rehn', 'S', ''), ('Eva Kron', 'S', ''), ('Jan Höglund', 'S', ''),
    ('Sigrid Mo', 'C', ''), ('Anders Ljusne', 'C', ''), ('Karin Fjäll', 'C', ''),
    ('Mikael Torp', 'SD', ''), ('Yvonne Dahl', 'SD', ''), ('Sten Ulf', 'SD', ''), ('Niklas Berg', 'SD', ''),
    ('Nils Grund', 'M', ''), ('Petra Lövgren', 'M', ''), ('Henrik Ås', 'M', ''),
    ('Klara Björk', 'V', ''), ('Emil Strand', 'V', ''),
    ('Ruth Enberg', 'KD', ''), ('Olof Rudin', 'L', ''), ('Tina Fors', 'ÅF', ''),
]
ANGE_TJG = [('Hugo Sjölander', 'S', 'Per Alnö (S)'), ('Dagmar Nord', 'C', 'Ivar Viks (C)'),
            ('Lena Sörby', 'SD', 'Bo Nyland (SD)'), ('Filip Ask', 'M', 'Göran Ede (M)')]


def doc_e():
    def head(p):
        p.set_font('S', '', 8)
        p.set_xy(20, 10)
        p.cell(60, 5, 'ÅNGE KOMMUN')
        p.cell(60, 5, 'Sammanträdesprotokoll', align='C')
        p.cell(50, 5, f'Sida {p.page_no()}({{nb}})', align='R')
        p.set_xy(20, 15)
        p.cell(85, 5, 'Kommunfullmäktige')
        p.cell(85, 5, 'Sammanträdesdatum 2026-04-27', align='R')

    p = Doc(head, None)
    p.add_page()
    T(p, 'Plats och tid: Folkets hus, Ånge, kl. 18.00–21.05')
    T(p, 'Beslutande ledamöter', 10, 'B', gap=0)
    data = [[f'{n} ({pa})', f] for n, pa, f in ANGE_MEMBERS]
    data += [[f'{n} ({pa})', f'tjänstgörande ersättare för {r}'] for n, pa, r in ANGE_TJG]
    rows(p, data, [60, 110], size=8, h=4.2)
    T(p, 'ÅF = Ånge Framåt', 8)
    T(p, 'Övriga närvarande: Helena Brink, ekonomichef, § 43; Gunilla Ek, revisorernas ordförande, § 44; '
         'Jonas Persson, kommunsekreterare', 9)
    T(p, 'Justerare: Åsa Hed (S) och Nils Grund (M)\nJustering: Kommunhuset, 2026-05-04\nParagrafer: §§ 41–46\n'
         'Sekreterare: Jonas Persson   Ordförande: Ingrid Nyström   Justerare: Åsa Hed, Nils Grund', 9)
    p.add_page()
    H3(p, '§ 41', 'Val av justerare')
    T(p, 'Kommunfullmäktige utser Åsa Hed (S) och Nils Grund (M) att jämte ordföranden justera protokollet.')
    p.ln(2)
    H3(p, '§ 42', 'Anmälan av motioner och interpellationer')
    T(p, 'Följande motioner, interpellationer och frågor har inkommit och anmäls:')
    rows(p, [
        ['KS-2026-00310', 'Motion från Klara Björk (V) om solceller på kommunala tak'],
        ['KS-2026-00311', 'Motion från Roger Sand (SD) om trygghetsvandringar'],
        ['2026/14 KF', 'Interpellation från Nils Grund (M) till kommunstyrelsens ordförande om bredband'],
        ['KF/2026/0005', 'Fråga från Emil Strand (V) till barn- och utbildningsnämndens ordförande om skolmaten'],
    ], [35, 135], size=8)
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Motionerna remitteras till kommunstyrelsen för beredning. Interpellationen och frågan får ställas och '
         'besvaras vid nästa sammanträde.')
    p.ln(2)
    H3(p, '§ 43', 'Årsredovisning 2025 för Ånge kommun')
    T(p, 'Dnr: KS-2026-00123', 9)
    T(p, 'Ekonomichef Helena Brink redogör för årsredovisningen. Årets resultat uppgår till 14 260 000 kr. '
         'Kommunstyrelsen föreslog 2026-04-07 § 61 att fullmäktige godkänner årsredovisningen.')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Lars Wiklund (S) yrkar bifall till kommunstyrelsens förslag.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunfullmäktige godkänner årsredovisningen 2025.')
    p.ln(2)
    H3(p, '§ 44', 'Revisionsberättelse och ansvarsfrihet för 2025', 'REV/2026:3')
    T(p, 'Revisorernas ordförande Gunilla Ek presenterar revisionsberättelsen. Revisorerna tillstyrker '
         'ansvarsfrihet för kommunstyrelsen och nämnderna. Ledamöter som är jäviga deltar inte i beslutet '
         'om den egna nämnden, 5 kap. 47 § kommunallagen.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunfullmäktige beviljar kommunstyrelsen och nämnderna ansvarsfrihet för 2025.')
    p.ln(2)
    H3(p, '§ 45', 'Svar på interpellation från Klara Björk (V) om skolskjutsar', '2026/9 KF')
    T(p, 'Kommunstyrelsens ordförande Lars Wiklund (S) besvarar interpellationen. I debatten deltar '
         'Klara Björk (V) och Lars Wiklund (S).')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Interpellationen är besvarad.')
    p.ln(2)
    H3(p, '§ 46', 'Motion från Nils Grund (M) om fler laddstolpar vid kommunens anläggningar', 'KS-2025-00981')
    T(p, 'Kommunstyrelsen föreslår (KS 2026-03-10 § 38) att motionen avslås med hänvisning till pågående '
         'arbete med laddinfrastruktur.')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Nils Grund (M) yrkar bifall till motionen.\nLars Wiklund (S) yrkar bifall till kommunstyrelsens '
         'förslag.\nRoger Sand (SD) instämmer i Nils Grunds yrkande.')
    T(p, 'Omröstning', 10, 'B', gap=0)
    T(p, 'Omröstning begärs. Ja-röst för kommunstyrelsens förslag, nej-röst för bifall till motionen. '
         'Med 18 ja-röster mot 13 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Motionen avslås.')
    T(p, 'Reservation', 10, 'B', gap=0)
    T(p, 'Moderaternas och Sverigedemokraternas fullmäktigegrupper reserverar sig mot beslutet.')
    return p


# ---------------------------------------------------------------- F: Gislaved KSAU protokollsutdrag
def doc_f():
    def head(p):
        p.set_font('S', '', 8)
        p.set_xy(20, 8)
        p.cell(85, 4, 'Gislaveds kommun')
        p.set_font('S', 'B', 8)
        p.cell(85, 4, 'PROTOKOLLSUTDRAG', align='R')
        p.set_font('S', '', 8)
        p.set_xy(20, 12)
        p.cell(85, 4, 'Kommunstyrelsens arbetsutskott')
        p.cell(85, 4, f'Sida {p.page_no()}({{nb}})', align='R')
        p.set_xy(20, 16)
        p.cell(85, 4, 'Sammanträdesdatum 2026-03-10')
        p.cell(85, 4, 'Dnr KS 2026.0231', align='R')
        p.line(20, 21, 190, 21)

    def foot(p):
        p.set_y(-16)
        p.set_font('S', '', 7)
        p.cell(85, 4, 'Justerandes sign ______')
        p.cell(85, 4, 'Utdragsbestyrkande ______', align='R')

    p = Doc(head, foot)
    p.add_page()
    T(p, 'Närvarande beslutande: Marie Holm (M), ordförande; Anders Sjö (S); Carina Ek (C); '
         'Lars Bengtsson (SD); Tommy Lund (KD)', 9)
    T(p, 'Övriga: Oskar Lundin, näringslivs- och föreningsstrateg; Eva Nord, sekreterare', 9)
    p.ln(3)
    T(p, '§ 38', 12, 'B', gap=0)
    T(p, 'Ansökan om investeringsbidrag till Reftele bygdegårdsförening för ny ventilation', 12, 'B')
    T(p, 'Sammanfattning', 10, 'B', gap=0)
    T(p, 'Reftele bygdegårdsförening (org.nr 802456-7788) ansöker om investeringsbidrag om 425 000 kr för '
         'att byta ventilationen i bygdegården på fastigheten Reftele 5:31. Föreningen har själv avsatt '
         '180 000 kr och har sökt bidrag från Boverket. Enligt riktlinjerna för föreningsbidrag '
         '(KF 2024-09-26 § 112) kan kommunen bevilja högst 50 procent av kostnaden.\n\n'
         'Näringslivs- och föreningsstrateg Oskar Lundin föredrar ärendet och redogör för föreningens '
         'verksamhet, som under 2025 omfattade 146 arrangemang med sammanlagt 5 300 besökare. '
         'Bygdegården används även som vallokal och som samlingslokal vid kris. Ventilationen är från '
         '1978 och uppfyller inte kraven i Boverkets byggregler (BFS 2011:6). '
         'Förvaltningen bedömer att ansökan uppfyller kraven i riktlinjerna och föreslår att bidrag '
         'beviljas med 400 000 kr, motsvarande 45 procent av den beräknade kostnaden om 890 000 kr.\n\n'
         'Föreningen kontaktas via sin ordförande på telefon 0371-81 00 00. Beslutet följs upp i '
         'föreningsbidragsrapporten för 2026.')
    T(p, 'Beslutsunderlag', 10, 'B', gap=0)
    T(p, 'Tjänsteskrivelse 2026-02-20\nAnsökan från föreningen 2026-01-15\nOfferter från tre entreprenörer\n'
         'Föreningens verksamhetsberättelse 2025\nFöreningens årsredovisning 2025\nBesiktningsprotokoll '
         'för ventilationen 2025-11-03\nKarta över fastigheten Reftele 5:31')
    T(p, 'Yrkanden', 10, 'B', gap=0)
    T(p, 'Marie Holm (M) yrkar bifall till förvaltningens förslag.\n'
         'Lars Bengtsson (SD) yrkar avslag på ansökan.\n'
         'Anders Sjö (S) yrkar bifall till Marie Holms yrkande.')
    p.add_page()
    T(p, '§ 38 (forts.)', 11, 'B')
    T(p, 'Propositionsordning', 10, 'B', gap=0)
    T(p, 'Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet bifaller förvaltningens förslag.')
    T(p, 'Beslut', 10, 'B', gap=0)
    T(p, 'Kommunstyrelsens arbetsutskott beviljar Reftele bygdegårdsförening ett investeringsbidrag om '
         '400 000 kr, att finansieras ur kommunstyrelsens utvecklingsmedel.')
    T(p, 'Reservation', 10, 'B', gap=0)
    T(p, 'Lars Bengtsson (SD) reserverar sig mot beslutet.')
    T(p, 'Beslutet skickas till: Reftele bygdegårdsförening; Ekonomiavdelningen')
    p.ln(4)
    T(p, 'Vid protokollet\nSekreterare: Eva Nord\nOrdförande: Marie Holm (M)\nJusterare: Anders Sjö (S)\n\n'
         'Utdragsbestyrkande: Eva Nord, 2026-03-13', 9)
    return p


# ---------------------------------------------------------------- G: Vellinge tjänsteskrivelse
def doc_g():
    def foot(p):
        p.set_y(-18)
        p.set_font('S', '', 7)
        p.multi_cell(0, 3.5, 'Vellinge kommun • 235 81 Vellinge • Besök: Norrevångsgatan 3 • Tel 040-42 50 00 • '
                     f'Org.nr 212000-1124 • www.vellinge.se          Sida {p.page_no()}/{{nb}}', align='C')

    p = Doc(None, foot)
    p.set_margins(20, 15, 20)
    p.add_page()
    p.set_font('S', 'B', 14)
    p.cell(100, 8, 'Vellinge kommun')
    p.set_font('S', 'B', 11)
    p.cell(70, 8, 'TJÄNSTESKRIVELSE', align='R', new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
    rows(p, [
        ['Datum', '2026-03-02', 'Vår beteckning', '2026-TN-0089'],
        ['Förvaltning', 'Tekniska förvaltningen', 'Handläggare', 'Hanna Ljungqvist'],
        ['Till', 'Tekniska nämnden', 'Direkttelefon', '040-425 123'],
    ], [30, 55, 35, 50], size=9, h=6)
    p.ln(4)
    T(p, 'Hastighetsöversyn – nya hastighetsgränser i Skanör med Falsterbo och Höllviken', 13, 'B')
    T(p, 'Förslag till beslut', 11, 'B', gap=0)
    T(p, 'Tekniska nämnden beslutar\n1. att godkänna förslaget till nya hastighetsgränser enligt bilaga 1,\n'
         '2. att uppdra åt förvaltningen att ta fram lokala trafikföreskrifter enligt 10 kap. 14 § '
         'trafikförordningen (1998:1276).')
    T(p, 'Sammanfattning', 11, 'B', gap=0)
    T(p, 'Tekniska nämnden gav 2025-09-17, TN § 112, förvaltningen i uppdrag att se över hastighetsgränserna '
         'inom tätorterna. Uppdraget bygger på trafiksäkerhetsprogrammet (ärende TN 2024/0412). Förslaget '
         'innebär 40 km/tim på huvudgator och 30 km/tim i bostadsområden. Kostnaden för skyltning beräknas '
         'till 1 260 000 kr. Trelleborgs kommun har genomfört en motsvarande översyn 2024.')
    T(p, 'Ärendet', 11, 'B', gap=0)
    T(p, 'Förvaltningen har mätt hastigheter på 46 gator under perioden 2025-10-01–2025-11-30. Medelhastigheten '
         'på Falsterbovägen var 47 km/tim. Polismyndigheten har lämnat synpunkter i remissvar daterat '
         '2026-01-22 (Polisens dnr A123.456/2026). Förslaget har samråtts med räddningstjänsten och '
         'kollektivtrafikhuvudmannen.')
    T(p, 'Ekonomiska konsekvenser', 11, 'B', gap=0)
    T(p, 'Kostnaden ryms inom tekniska nämndens investeringsbudget 2026, projekt 7120.')
    p.ln(6)
    T(p, 'Mattias Rehn\nteknisk chef\n\nHanna Ljungqvist\ntrafikingenjör')
    T(p, 'Bilagor: 1. Karta med föreslagna hastighetsgränser  2. Mätresultat')
    T(p, 'Beslutet skickas till: Polismyndigheten, Trafikverket')
    return p


# ---------------------------------------------------------------- H: Uppsala UBN html
def doc_h(path):
    html = '''<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Protokoll Utbildningsnämnden 2026-05-13 – Uppsala kommun</title>
<style>body{font-family:sans-serif;max-width:60em} td,th{border:1px solid #ccc;padding:3px} .dnr{color:#555}</style></head>
<body>
<nav>Uppsala kommun › Politik och demokrati › Sammanträden › Utbildningsnämnden</nav>
<h1>Protokoll – Utbildningsnämnden</h1>
<dl>
<dt>Datum</dt><dd>2026-05-13, kl. 13.00–16.20</dd>
<dt>Plats</dt><dd>Stadshuset, sal A, Stationsgatan 12, 753 75 Uppsala</dd>
<dt>Justerat</dt><dd>2026-05-18, §§ 70–74</dd>
</dl>
<h2>Närvarande</h2>
<h3>Ledamöter</h3>
<ul>
<li>Cecilia Forsberg (M), ordförande</li>
<li>Jonas Ek (L), 1:e vice ordförande</li>
<li>Helena Rudin (S), 2:e vice ordförande</li>
<li>Oskar Dahl (S)</li>
<li>Tove Bergh (V)</li>
<li>Rikard Sjöö (SD)</li>
<li>Elsa Grip (C)</li>
<li>Mats Ahl (KD)</li>
<li>Nora Sundqvist (MP)</li>
<li>Kalle Ström (S), tjänstgörande ersättare för Ahmed Yusuf (S)</li>
</ul>
<h3>Ersättare</h3>
<ul><li>Lina Ek (M)</li></ul>
<h3>Övriga närvarande</h3>
<ul>
<li>Ulrika Tengvall, utbildningsdirektör</li>
<li>Petter Hjorth, controller</li>
<li>Sanna Frid, nämndsekreterare</li>
</ul>
<p>Justerare: Helena Rudin (S)</p>
<p>Underskrifter: Cecilia Forsberg, ordförande; Helena Rudin, justerare; Sanna Frid, sekreterare</p>
<h2>Ärenden</h2>
<table>
<tr><th>§</th><th>Ärende</th><th>Diarienummer</th></tr>
<tr><td>70</td><td><a href="#p70">Val av justerare</a></td><td></td></tr>
<tr><td>71</td><td><a href="#p71">Uppföljning av budget per april 2026</a></td><td>UBN-2026-0456</td></tr>
<tr><td>72</td><td><a href="#p72">Skolorganisation för Gottsunda och Valsätra från höstterminen 2027</a></td><td>UBN-2025-1102</td></tr>
<tr><td>73</td><td><a href="#p73">Svar på medborgarförslag om fler cykelställ vid Fyrisskolan</a></td><td>KSN-2026-0398</td></tr>
<tr><td>74</td><td><a href="#p74">Information om läsårsstart</a></td><td></td></tr>
</table>

<section id="p70"><h3>§ 70 Val av justerare</h3>
<p>Utbildningsnämnden utser Helena Rudin (S) att jämte ordföranden justera protokollet.</p></section>

<section id="p71"><h3>§ 71 Uppföljning av budget per april 2026</h3>
<p class="dnr">UBN-2026-0456</p>
<p>Controller Petter Hjorth föredrar uppföljningen. Nämnden prognostiserar ett underskott om 12 400 000 kr
mot den budget som nämnden fastställde 2026-01-28 § 9 (UBN-2026-0021). Underskottet beror främst på ökade
kostnader för till&shy;läggsbelopp enligt 10 kap. 39 § skollagen (2010:800).</p>
<p><strong>Beslut</strong><br>Utbildningsnämnden godkänner uppföljningen.</p></section>

<section id="p72"><h3>§ 72 Skolorganisation för Gottsunda och Valsätra från höstterminen 2027</h3>
<p class="dnr">UBN-2025-1102</p>
<p>Förslaget innebär att Valsätraskolan blir en F–3-skola och att årskurs 4–6 flyttar till Gottsunda­skolan.</p>
<p><strong>Yrkanden</strong><br>Helena Rudin (S) yrkar återremiss för att komplettera med en barnkonsekvensanalys.<br>
Tove Bergh (V) instämmer i Helena Rudins yrkande.<br>
Cecilia Forsberg (M) yrkar bifall till förvaltningens förslag.</p>
<p><strong>Propositionsordning</strong><br>Ordföranden finner att ärendet ska avgöras i dag och därefter att nämnden bifaller förvaltningens förslag.</p>
<p><strong>Beslut</strong><br>Utbildningsnämnden fastställer skolorganisationen enligt förslaget.</p>
<p><strong>Reservation</strong><br>Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet.</p>
<p><strong>Protokollsanteckning</strong><br>Nora Sundqvist (MP) lämnar en protokollsanteckning om skolvägarnas säkerhet.</p></section>

<section id="p73"><h3>§ 73 Svar på medborgarförslag om fler cykelställ vid Fyrisskolan</h3>
<p class="dnr">KSN-2026-0398</p>
<p>Karin Olofsson föreslår i ett medborgarförslag att fler cykelställ ska sättas upp vid Fyrisskolan.
Kommunstyrelsen har överlämnat förslaget till utbildningsnämnden för beslut.</p>
<p><strong>Beslut</strong><br>Utbildningsnämnden bifaller medborgarförslaget.</p></section>

<section id="p74"><h3>§ 74 Information om läsårsstart</h3>
<p>Utbildningsdirektör Ulrika Tengvall informerar om planeringen inför läsårsstarten, bland annat
skolskjutsar till Knivsta gräns och nya lärarlegitimationer.</p></section>
<footer>Uppsala kommun, 753 75 Uppsala, tel. 018-727 00 00, org.nr 212000-3071 · Publicerad 2026-05-19</footer>
</body></html>
'''
    open(path, 'w', encoding='utf-8').write(html)


if __name__ == '__main__':
    os.chdir(OUT)
    doc_a().output('norrtalje_miljo-och-byggnadsnamnden_2026-03-18_protokoll.pdf')
    doc_b().output('harnosand_kommunstyrelsen_2026-04-07_protokoll.pdf')
    doc_c().output('region-jamtland-harjedalen_regionstyrelsen_2026-02-24_protokoll.pdf')
    doc_d('raddningstjansten-syd_direktionen_2026-05-20_protokoll.docx')
    doc_e().output('/tmp/k60_ange.pdf')
    subprocess.run(['pdftotext', '-layout', '/tmp/k60_ange.pdf', 'ange_kommunfullmaktige_2026-04-27_protokoll.txt'], check=True)
    doc_f().output('gislaved_kommunstyrelsens-arbetsutskott_2026-03-10_protokollsutdrag.pdf')
    doc_g().output('vellinge_tekniska-namnden_2026-03-02_tjansteskrivelse.pdf')
    doc_h('uppsala_utbildningsnamnden_2026-05-13_protokoll.html')
    print('ok')
