# Generator for the kommuner47 blind gold set. All content invented.
import os, subprocess, json
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
FD = '/usr/share/fonts/truetype/dejavu/'
PAGES = {}

class Doc(FPDF):
    def __init__(self, head=None, foot=None, bottom=25):
        super().__init__(format='A4')
        for fam, f in (('S', 'DejaVuSans'), ('R', 'DejaVuSerif')):
            self.add_font(fam, '', FD + f + '.ttf')
            self.add_font(fam, 'B', FD + f + '-Bold.ttf')
        self.add_font('S', 'I', FD + 'DejaVuSans-Oblique.ttf')
        self.add_font('R', 'I', FD + 'DejaVuSerif-Italic.ttf')
        self.head, self.foot = head, foot
        self.set_auto_page_break(True, bottom)
        self.set_margins(22, 20, 20)
    def multi_cell(self, *a, **k):
        k.setdefault('align', 'L')
        return super().multi_cell(*a, **k)
    def header(self):
        if self.head: self.head(self)
    def footer(self):
        if self.foot: self.foot(self)
    def p(self, txt, fam='R', size=10.5, style='', h=5.2, gap=1.5, align='L'):
        self.set_font(fam, style, size)
        self.multi_cell(0, h, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align=align)
        self.ln(gap)
    def need(self, mm):
        if self.get_y() + mm > self.h - self.b_margin:
            self.add_page()

def rec(fname, num):
    PAGES.setdefault(fname, {})[num] = None
def recp(pdf, fname, num):
    PAGES.setdefault(fname, {})[num] = pdf.page_no()

# ---------------------------------------------------------------- 1 Älvkarleby KF (Ciceron-like)
def alvkarleby():
    fn = 'alvkarleby_kommunfullmaktige_2026-04-23_protokoll.pdf'
    def head(pdf):
        if pdf.page_no() == 1: return
        pdf.set_font('S', 'B', 9); pdf.set_xy(22, 10)
        pdf.cell(80, 4.5, 'ÄLVKARLEBY KOMMUN'); pdf.set_font('S', '', 9)
        pdf.cell(50, 4.5, 'SAMMANTRÄDESPROTOKOLL'); pdf.cell(0, 4.5, f'Sida {pdf.page_no()}({{nb}})', align='R')
        pdf.set_xy(22, 14.5)
        pdf.cell(80, 4.5, 'Kommunfullmäktige'); pdf.cell(50, 4.5, 'Sammanträdesdatum'); pdf.ln(4.5); pdf.set_x(102)
        pdf.cell(50, 4.5, '2026-04-23')
        pdf.line(22, 24, 190, 24); pdf.set_y(29)
    def foot(pdf):
        pdf.set_y(-20); pdf.set_font('S', '', 7.5)
        pdf.cell(60, 4, 'Justerandes signatur', border='T'); pdf.cell(30, 4, '')
        pdf.cell(0, 4, 'Utdragsbestyrkande', border='T')
    pdf = Doc(head, foot)
    pdf.add_page()
    pdf.set_font('S', 'B', 11); pdf.cell(90, 6, 'ÄLVKARLEBY KOMMUN'); pdf.set_font('S', '', 10)
    pdf.cell(0, 6, 'SAMMANTRÄDESPROTOKOLL', align='R'); pdf.ln(6)
    pdf.cell(90, 5, 'Kommunfullmäktige'); pdf.cell(0, 5, 'Sammanträdesdatum 2026-04-23', align='R'); pdf.ln(12)
    rows = [
        ('Plats och tid', 'Kommunhuset, sessionssalen, Skutskär, kl. 18.30–21.05\nAjournering kl. 19.40–19.55'),
        ('Beslutande', 'Se bifogad närvaro- och omröstningslista, sida 2'),
        ('Övriga närvarande', 'Maria Lindqvist, kommunsekreterare\nJohan Ekholm, kommundirektör\nKjell Sundin, förbundsdirektör Gästrike räddningstjänstförbund, § 33'),
        ('Utses att justera', 'Anneli Strand (M) och Per-Olof Wiik (S)'),
        ('Justeringens\nplats och tid', 'Kommunhuset, Skutskär, 2026-04-29 kl. 15.00'),
    ]
    for k, v in rows:
        y = pdf.get_y(); pdf.set_font('S', 'B', 9.5); pdf.multi_cell(45, 5, k)
        y2 = pdf.get_y(); pdf.set_xy(70, y); pdf.set_font('R', '', 10.5); pdf.multi_cell(0, 5, v)
        pdf.set_y(max(y2, pdf.get_y()) + 3)
    pdf.ln(4)
    sig = [('Underskrifter', 'Sekreterare', 'Maria Lindqvist', 'Paragrafer  31–40'),
           ('', 'Ordförande', 'Gunnar Backlund', ''),
           ('', 'Justerande', 'Anneli Strand                        Per-Olof Wiik', '')]
    for a, b, c, d in sig:
        pdf.set_font('S', 'B', 9.5); pdf.cell(28, 5, a); pdf.set_font('S', '', 9.5); pdf.cell(20, 5, b)
        pdf.cell(85, 5, '.' * 60); pdf.cell(0, 5, d); pdf.ln(5)
        pdf.set_x(70); pdf.set_font('R', '', 10); pdf.cell(0, 5, c); pdf.ln(9)
    pdf.ln(6); pdf.set_font('S', 'B', 10); pdf.cell(0, 6, 'ANSLAG/BEVIS'); pdf.ln(6)
    pdf.p('Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.', 'S', 9)
    for k, v in (('Organ', 'Kommunfullmäktige'), ('Sammanträdesdatum', '2026-04-23'), ('Datum för anslags uppsättande', '2026-04-30'),
                 ('Datum för anslags nedtagande', '2026-05-22'), ('Förvaringsplats för protokollet', 'Kommunkansliet, Skutskär')):
        pdf.set_font('S', '', 9); pdf.cell(60, 5, k); pdf.cell(0, 5, v); pdf.ln(5)

    # Närvaro- och voteringslista
    pdf.add_page()
    pdf.set_font('S', 'B', 11); pdf.cell(0, 6, 'NÄRVARO- OCH OMRÖSTNINGSLISTA'); pdf.ln(8)
    members = [
        ('Gunnar Backlund', 'S', 'ordf'), ('Anneli Strand', 'M', '1:e v ordf'), ('Mats Öhrn', 'SD', '2:e v ordf'),
        ('Karin Holm', 'S', ''), ('Per-Olof Wiik', 'S', ''), ('Ann-Christin Dahlberg', 'S', ''), ('Roger Sjöström', 'S', ''),
        ('Linnéa Öberg', 'S', ''), ('Håkan Envall', 'S', ''), ('Maj-Britt Forsgren', 'S', ''), ('Tobias Lindh', 'S', ''),
        ('Susanne Wahlgren', 'S', ''), ('Kent Axelsson', 'S', ''), ('Fredrik Nordqvist', 'M', ''), ('Camilla Rosén', 'M', ''),
        ('Jonas Tegnér', 'M', ''), ('Helena Bäck', 'M', ''), ('Stefan Gräns', 'M', ''), ('Birgitta Lund', 'SD', ''),
        ('Daniel Håkansson', 'SD', ''), ('Ronny Ekström', 'SD', ''), ('Jessica Norén', 'SD', ''), ('Leif Skoglund', 'SD', ''),
        ('Lars Nyström', 'C', ''), ('Ingela Frisk', 'C', ''), ('Eva Granlund', 'V', ''), ('Mikael Sundqvist', 'V', ''),
        ('Tomas Ahlin', 'KD', ''), ('Peter Malmberg', 'L', ''), ('Ulla Hedin', 'ÄL', ''), ('Bengt Åkerlund-Sandin', 'ÄL', ''),
    ]
    tjg = {'Kent Axelsson': 'Elin Rapp (S)', 'Stefan Gräns': 'Nils Blom (M)'}
    w = [62, 14, 46, 15, 15, 16]
    pdf.set_font('S', 'B', 8.5)
    for t, ww in zip(['Ledamot', 'Parti', 'Tjänstgörande ersättare', 'Ja', 'Nej', 'Avstår'], w):
        pdf.cell(ww, 6, t, border=1)
    pdf.ln(6); pdf.set_x(22 + sum(w[:3])); pdf.cell(sum(w[3:]), 5, '§ 36', border=1, align='C'); pdf.ln(5)
    ja = nej = av = 0
    for name, party, extra in members:
        v = 'ja'
        if party in ('SD', 'ÄL'): v = 'nej'
        if party == 'V': v = 'avstår'
        pdf.set_font('S', '', 8.5)
        pdf.cell(w[0], 5.2, name + (f', {extra}' if extra else ''), border=1)
        pdf.cell(w[1], 5.2, party, border=1)
        pdf.cell(w[2], 5.2, tjg.get(name, ''), border=1)
        for i, k in enumerate(('ja', 'nej', 'avstår')):
            pdf.cell(w[3 + i], 5.2, 'X' if v == k else '', border=1, align='C')
        ja += v == 'ja'; nej += v == 'nej'; av += v == 'avstår'
        pdf.ln(5.2)
    pdf.set_font('S', 'B', 8.5); pdf.cell(sum(w[:3]), 5.5, 'Summa', border=1)
    for n, ww in zip((ja, nej, av), w[3:]): pdf.cell(ww, 5.5, str(n), border=1, align='C')
    pdf.ln(9)
    pdf.p('Närvarande ej tjänstgörande ersättare: Anders Vik (S), Moa Lindgren (SD)', 'S', 9)
    assert (ja, nej, av) == (21, 8, 2), (ja, nej, av)

    def par(num, dnr, title):
        pdf.need(40)
        recp(pdf, fn, '§' + str(num))
        pdf.set_font('S', 'B', 10.5); pdf.cell(30, 6, f'§ {num}'); pdf.set_font('S', '', 9.5)
        pdf.cell(0, 6, dnr, align='R'); pdf.ln(7)
        pdf.p(title, 'S', 12, 'B', 6, 3)
    pdf.add_page()
    par(31, '', 'Val av justerare')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Kommunfullmäktige utser Anneli Strand (M) och Per-Olof Wiik (S) att jämte ordföranden justera dagens protokoll. Justering sker den 29 april 2026 kl. 15.00 i kommunhuset.')
    pdf.ln(3)
    par(32, '', 'Godkännande av dagordning')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Dagordningen godkänns med ändringen att ärendet om fyllnadsval (punkt 10 i kungörelsen) behandlas sist.')
    pdf.ln(3)
    par(33, 'KS 2026/70', 'Information från Gästrike räddningstjänstförbund')
    pdf.p('Förbundsdirektör Kjell Sundin informerar om förbundets verksamhetsberättelse för 2025, insatsstatistiken för Älvkarleby och Gävle kommuner samt pågående arbete med ny handlingsplan för förebyggande verksamhet. Antalet larm i Skutskär och Älvkarleby ökade med 6 procent jämfört med föregående år, främst automatlarm.')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Informationen noteras till protokollet.')
    pdf.ln(3)
    par(34, 'KS 2026/48', 'Årsredovisning 2025 för Älvkarleby kommun')
    pdf.p('Ärendebeskrivning', 'S', 10, 'B')
    pdf.p('Kommunstyrelsen har upprättat årsredovisning för 2025. Årets resultat uppgår till 18,4 miljoner kronor, vilket är 6,1 miljoner kronor bättre än budget. Balanskravsresultatet är positivt. Soliditeten inklusive pensions\u00adförpliktelser uppgår till 21 procent. Kommunstyrelsen beslutade den 31 mars 2026, § 52, att föreslå fullmäktige att godkänna årsredovisningen.')
    pdf.p('Yrkanden', 'S', 10, 'B')
    pdf.p('Karin Holm (S) och Fredrik Nordqvist (M) yrkar bifall till kommunstyrelsens förslag.')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Kommunfullmäktige godkänner årsredovisning 2025 för Älvkarleby kommun.')
    pdf.ln(3)
    par(35, 'KS 2026/61', 'Ansvarsfrihet för år 2025 för kommunstyrelsen, nämnder och enskilda förtroendevalda')
    pdf.p('Revisorerna tillstyrker i revisionsberättelsen för 2025 att kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ beviljas ansvarsfrihet. Ärendet behandlas styrelse för styrelse och nämnd för nämnd. Ledamöter som berörs deltar inte i beslutet om den egna nämnden (jäv).')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Kommunfullmäktige beviljar kommunstyrelsen, samtliga nämnder och de enskilda förtroendevalda i dessa organ ansvarsfrihet för verksamhetsåret 2025.')
    pdf.ln(3)
    par(36, 'KS 2024/203', 'Detaljplan för Rotskär 3:12 m.fl., bostäder och småbåtshamn vid Skutskärs hamn – beslut om antagande')
    pdf.p('Ärendebeskrivning', 'S', 10, 'B')
    pdf.p('Detaljplanen syftar till att möjliggöra cirka 140 bostäder i flerbostadshus och radhus samt en utvidgad småbåtshamn i anslutning till Skutskärs hamn. Planen har varit utställd för granskning under perioden 10 november–8 december 2025. Inkomna synpunkter har sammanställts i ett granskningsutlåtande. Länsstyrelsen har inte haft några invändningar enligt 5 kap. 22 § plan- och bygglagen. Kommunstyrelsen föreslår att planen antas.')
    pdf.p('Yrkanden', 'S', 10, 'B')
    pdf.p('Karin Holm (S), Anneli Strand (M) och Lars Nyström (C) yrkar bifall till kommunstyrelsens förslag.\n\nMats Öhrn (SD) yrkar avslag på kommunstyrelsens förslag.\n\nUlla Hedin (ÄL) instämmer i Mats Öhrns avslagsyrkande.\n\nEva Granlund (V) yrkar att ärendet återremitteras till kommunstyrelsen för att komplettera planen med en andel hyresrätter om minst 40 procent.')
    pdf.p('Propositionsordning', 'S', 10, 'B')
    pdf.p('Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att kommunfullmäktige beslutar att ärendet ska avgöras i dag.\n\nOrdföranden ställer därefter proposition på kommunstyrelsens förslag mot Mats Öhrns avslagsyrkande och finner att fullmäktige bifaller kommunstyrelsens förslag. Votering begärs.')
    pdf.p('Omröstning', 'S', 10, 'B')
    pdf.p('Följande voteringsordning godkänns:\nJa-röst för bifall till kommunstyrelsens förslag.\nNej-röst för bifall till Mats Öhrns avslagsyrkande.\n\nOmröstningsresultat\nMed 21 ja-röster mot 8 nej-röster beslutar kommunfullmäktige att bifalla kommunstyrelsens förslag. 2 ledamöter avstår från att rösta. Hur var och en har röstat framgår av närvaro- och omröstningslistan, sida 2.')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Kommunfullmäktige antar detaljplan för Rotskär 3:12 m.fl., bostäder och småbåtshamn vid Skutskärs hamn.')
    pdf.p('Reservationer', 'S', 10, 'B')
    pdf.p('Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för eget yrkande.\nUlla Hedin (ÄL) och Bengt Åkerlund-Sandin (ÄL) reserverar sig mot beslutet.')
    pdf.p('Protokollsanteckning', 'S', 10, 'B')
    pdf.p('Eva Granlund (V) lämnar en protokollsanteckning: ”Vänsterpartiet välkomnar nya bostäder i Skutskär men beklagar att planen inte säkrar hyresrätter.”')
    pdf.ln(3)
    par(37, 'KS 2025/142', 'Svar på motion från Lars Nyström (C) om solceller på kommunens fastigheter')
    pdf.p('Ärendebeskrivning', 'S', 10, 'B')
    pdf.p('Lars Nyström (C) föreslår i en motion, inlämnad den 12 juni 2025, att samtliga lämpliga tak på kommunens fastigheter ska förses med solceller senast 2030. Samhällsbyggnadsförvaltningen har inventerat fastighetsbeståndet och bedömer att elva byggnader är lämpliga. En första etapp ingår redan i investeringsbudgeten för 2027. Kommunstyrelsen föreslår att motionen anses besvarad.')
    pdf.p('Yrkanden', 'S', 10, 'B')
    pdf.p('Lars Nyström (C) yrkar bifall till motionen.\nIngela Frisk (C) instämmer i Lars Nyströms yrkande.\nKarin Holm (S) yrkar bifall till kommunstyrelsens förslag.')
    pdf.p('Propositionsordning', 'S', 10, 'B')
    pdf.p('Ordföranden ställer proposition på kommunstyrelsens förslag mot Lars Nyströms yrkande och finner att kommunfullmäktige bifaller kommunstyrelsens förslag.')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Motionen anses besvarad.')
    pdf.p('Reservation', 'S', 10, 'B')
    pdf.p('Centerpartiets ledamöter reserverar sig mot beslutet.')
    pdf.p('Protokollsanteckning', 'S', 10, 'B')
    pdf.p('Tomas Ahlin (KD) antecknar till protokollet att Kristdemokraterna vill se en tidsplan för etapp två.')
    pdf.ln(3)
    par(38, 'KS 2026/77', 'Interpellation från Mats Öhrn (SD) till kommunstyrelsens ordförande om trygghetsvärdar i Skutskär')
    pdf.p('Mats Öhrn (SD) har den 2 april 2026 lämnat en interpellation till kommunstyrelsens ordförande Karin Holm (S) om införande av trygghetsvärdar kvälls- och helgtid i Skutskärs centrum. Interpellationen har tillåtits ställas vid sammanträdet den 9 april 2026.\n\nKarin Holm (S) besvarar interpellationen. Därefter följer en debatt mellan interpellanten och den interpellerade.')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Interpellationen är besvarad.')
    pdf.ln(3)
    par(39, '', 'Anmälan av nya motioner och medborgarförslag')
    pdf.p('Följande har inkommit sedan föregående sammanträde:')
    pdf.p('1. Motion från Eva Granlund (V) om fritidskort för barn och unga, dnr KS 2026/95\n2. Medborgarförslag om hundrastgård i Gårdskär, dnr KS 2026/97', gap=2)
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Motionen och medborgarförslaget överlämnas till kommunstyrelsen för beredning.')
    pdf.ln(3)
    par(40, 'KS 2026/12', 'Fyllnadsval av ersättare i socialnämnden efter Sofia Berg (L)')
    pdf.p('Sofia Berg (L) har den 16 mars 2026 avsagt sig uppdraget som ersättare i socialnämnden. Fullmäktige beviljade avsägelsen den 26 mars 2026, § 24. Valberedningens ordförande Roger Sjöström (S) föredrar valberedningens förslag.')
    pdf.p('Beslut', 'S', 10, 'B')
    pdf.p('Kommunfullmäktige väljer Hanna Eld (L) till ersättare i socialnämnden för tiden till och med 2026-12-31.')
    pdf.output(os.path.join(OUT, fn))

# ---------------------------------------------------------------- 2 Nykvarn MBN (Platina-like table header)
def nykvarn():
    fn = 'nykvarn_miljo-och-byggnamnden_2026-05-13_protokoll.pdf'
    def head(pdf):
        pdf.set_xy(22, 9); pdf.set_font('S', 'B', 10); pdf.cell(90, 5, 'Nykvarns kommun')
        pdf.set_font('S', '', 8.5); pdf.cell(0, 5, 'Protokoll', align='R'); pdf.ln(4.5)
        pdf.cell(90, 4.5, 'Miljö- och byggnämnden'); pdf.cell(0, 4.5, '2026-05-13', align='R'); pdf.ln(4.5)
        pdf.set_draw_color(0, 90, 60); pdf.set_line_width(0.6); pdf.line(22, 20, 190, 20)
        pdf.set_line_width(0.2); pdf.set_draw_color(0, 0, 0); pdf.set_y(26)
    def foot(pdf):
        pdf.set_y(-16); pdf.set_font('S', '', 7.5)
        pdf.cell(70, 4, 'Ordförandes sign.     Justerares sign.'); pdf.cell(0, 4, f'{pdf.page_no()} av {{nb}}', align='R')
    pdf = Doc(head, foot)
    pdf.add_page()
    pdf.p('Protokoll', 'S', 20, 'B', 9, 4)
    pdf.p('Miljö- och byggnämnden', 'S', 13, '', 7, 6)
    tbl = [('Tid', 'Onsdagen den 13 maj 2026, kl. 13.00–16.10'),
           ('Plats', 'Nykvarnsrummet, kommunhuset, Centrumvägen 14'),
           ('Beslutande', 'Marie Öst (S), ordförande\nKristina Ring (M), vice ordförande\nSven Alm (M)\nGun-Britt Edlund (S)\nLars Häll (SD)\nPeter Vinberg (NP)\nJenny Kvist (C), tjänstgörande ersättare för Ahmed Yusuf (C)'),
           ('Ersättare', 'Rolf Berglund (S)'),
           ('Tjänstepersoner', 'Hanna Lövgren, miljöchef\nOskar Dahl, bygglovschef\nAnna Westin, bygglovshandläggare, § 51\nEmil Sandberg, miljöinspektör, §§ 52–53\nTherese Kron, nämndsekreterare'),
           ('Justerare', 'Sven Alm (M)'),
           ('Justering', 'Kommunhuset, 2026-05-18'),
           ('Paragrafer', '§§ 48–55')]
    for k, v in tbl:
        y = pdf.get_y(); pdf.set_font('S', 'B', 9.5); pdf.set_fill_color(230, 240, 235)
        n = v.count('\n') + 1
        pdf.cell(40, 5.4 * n + 2, k, border=1, fill=True)
        pdf.set_xy(62, y); pdf.set_font('S', '', 9.5); pdf.multi_cell(0, 5.4, v, border=1, padding=(1, 2))
        pdf.set_y(max(y + 5.4 * n + 2, pdf.get_y()))
    pdf.ln(8)
    pdf.set_font('S', '', 9.5)
    for role, name in (('Sekreterare', 'Therese Kron'), ('Ordförande', 'Marie Öst'), ('Justerare', 'Sven Alm')):
        pdf.cell(35, 12, role); pdf.cell(70, 12, '', border='B'); pdf.ln(12); pdf.set_x(57); pdf.cell(0, 5, name); pdf.ln(7)
    pdf.ln(4)
    pdf.p('Tillkännagivande om justering: Protokollet anslås på kommunens digitala anslagstavla 2026-05-19 till och med 2026-06-10.', 'S', 8.5)

    def par(num, title, dnr):
        pdf.need(45)
        recp(pdf, fn, '§' + str(num))
        y = pdf.get_y(); pdf.set_fill_color(0, 90, 60); pdf.set_text_color(255, 255, 255)
        pdf.set_font('S', 'B', 10); pdf.cell(18, 7, f'§ {num}', border=1, fill=True, align='C')
        pdf.set_text_color(0, 0, 0); pdf.set_fill_color(230, 240, 235)
        pdf.set_xy(40, y); pdf.set_font('S', 'B', 10)
        pdf.multi_cell(105, 7 if len(title) < 55 else 5, title, border=1, fill=True)
        y2 = pdf.get_y(); pdf.set_xy(145, y); pdf.set_font('S', '', 8.5)
        pdf.multi_cell(0, 7 if len(title) < 55 else 5, dnr or ' ', border=1, fill=True)
        pdf.set_y(max(y2, pdf.get_y()) + 4)
    def sub(t): pdf.p(t, 'S', 9.5, 'B', 5, 1)
    def txt(t): pdf.p(t, 'R', 10, '', 5.1, 2)

    pdf.add_page()
    par(48, 'Val av justerare', '')
    sub('Beslut'); txt('Miljö- och byggnämnden utser Sven Alm (M) att tillsammans med ordföranden justera protokollet.')
    par(49, 'Godkännande av föredragningslistan', '')
    sub('Beslut'); txt('Föredragningslistan godkänns. Ärende 7 på föredragningslistan, Delegationsbeslut och meddelanden, behandlas före tillsynsplanen.')
    par(50, 'Information från förvaltningen', '')
    txt('Miljöchef Hanna Lövgren informerar om bemanningen inom miljöenheten och om kommande livsmedelskontroller under sommaren.\n\nBygglovschef Oskar Dahl redogör för handläggningstider för bygglov under första kvartalet; mediantiden är 4,2 veckor från komplett ansökan.')
    sub('Beslut'); txt('Informationen noteras.')
    par(51, 'Bygglov för nybyggnad av enbostadshus och garage, Lillsjö 4:18', 'Dnr\nMBN-2026-000214')
    sub('Sammanfattning')
    txt('Ansökan avser nybyggnad av ett enbostadshus i ett och ett halvt plan med en byggnadsarea om 162 kvm samt ett fristående garage om 48 kvm. Fastigheten ligger utanför detaljplanelagt område och omfattas av områdesbestämmelser för Lillsjö. Byggnaden placeras delvis på mark som i översiktsplanen anges som jordbruksmark. Grannar har beretts tillfälle att yttra sig; två har inkommit med erinringar om trafik på den enskilda vägen.\n\nBygglovshandläggare Anna Westin föredrar ärendet.')
    sub('Förvaltningens förslag till beslut'); txt('Bygglov beviljas med stöd av 9 kap. 31 § plan- och bygglagen.')
    sub('Yrkanden')
    txt('Kristina Ring (M) yrkar bifall till förvaltningens förslag.\nLars Häll (SD) yrkar avslag med motiveringen att placeringen tar brukningsvärd jordbruksmark i anspråk.')
    sub('Beslutsgång')
    txt('Ordföranden ställer förvaltningens förslag mot Lars Hälls avslagsyrkande och finner att nämnden bifaller förvaltningens förslag. Omröstning begärs och verkställs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller avslagsyrkandet röstar nej. Med 5 ja-röster mot 2 nej-röster bifaller nämnden förvaltningens förslag.')
    sub('Beslut'); txt('Bygglov beviljas med stöd av 9 kap. 31 § plan- och bygglagen. Avgift för lovet tas ut med 38 420 kronor enligt gällande taxa.')
    sub('Reservation'); txt('Lars Häll (SD) reserverar sig skriftligt, bilaga 1.')
    par(52, 'Föreläggande om åtgärder vid enskild avloppsanläggning, Sandviken 1:7', 'Dnr\nMBN-2025-001102')
    sub('Jäv'); txt('Gun-Britt Edlund (S) anmäler jäv och deltar inte i handläggningen av ärendet. Rolf Berglund (S) tjänstgör i hennes ställe under paragrafen.')
    sub('Sammanfattning')
    txt('Vid inspektion den 4 september 2025 konstaterades att slamavskiljaren på fastigheten är otät och att infiltrationen saknar fungerande spridningsledningar. Fastighetsägaren har inte åtgärdat bristerna trots påminnelse. Miljöinspektör Emil Sandberg föredrar ärendet.')
    sub('Beslut'); txt('Miljö- och byggnämnden förelägger ägaren till fastigheten Sandviken 1:7 att senast den 30 november 2026 åtgärda avloppsanläggningen. Föreläggandet förenas med ett vite om 25 000 kronor.')
    par(53, 'Ansökan om strandskyddsdispens för ersättningsbrygga, båtupplag och en mindre förrådsbyggnad inom fastigheten Tomtholmen 2:31 vid sjön Yngern', 'Dnr\nMBN-2026-000167')
    sub('Sammanfattning')
    txt('Sökanden vill ersätta en befintlig brygga om 14 kvm med en ny brygga om 22 kvm samt anordna båtupplag och uppföra en förrådsbyggnad om 9 kvm. Platsen ligger inom strandskyddat område, 35 meter från strandlinjen, och omfattas av landskapsbildsskydd. Området är redan ianspråktaget genom befintlig brygga och gräsmatta. Förrådsbyggnaden bedöms inte rymmas inom den redan ianspråktagna ytan.\n\nMiljöinspektör Emil Sandberg föredrar ärendet.')
    sub('Förvaltningens bedömning')
    txt('Det särskilda skälet i 7 kap. 18 c § punkt 1 miljöbalken är uppfyllt för bryggan och båtupplaget men inte för förrådsbyggnaden, som skulle medföra att allmänheten avhålls från ett område som i dag är tillgängligt. Dispensen ska därför delvis avslås. Tomtplatsen avgränsas enligt bifogad karta.')
    sub('Yrkanden')
    txt('Peter Vinberg (NP) yrkar att dispens beviljas även för förrådsbyggnaden.\nMarie Öst (S) yrkar bifall till förvaltningens förslag.')
    sub('Beslutsgång')
    txt('Ordföranden ställer proposition på förvaltningens förslag mot Peter Vinbergs yrkande och finner att nämnden beslutar enligt förvaltningens förslag.')
    sub('Beslut')
    txt('Strandskyddsdispens beviljas för ersättningsbrygga och båtupplag. Ansökan om dispens för förrådsbyggnaden avslås.')
    par(54, 'Delegationsbeslut och meddelanden', '')
    txt('Förteckning över delegationsbeslut fattade under perioden 2026-04-01–2026-04-30 (bygglov, anmälningsärenden, livsmedelsregistreringar) samt inkomna meddelanden redovisas. Bland meddelandena märks Länsstyrelsens beslut i överklagat ärende MBN-2025-000933.')
    sub('Beslut'); txt('Redovisningen av delegationsbeslut och meddelanden läggs till handlingarna.')
    par(55, 'Tillsynsplan 2026–2028 enligt miljöbalken och livsmedelslagstiftningen', 'Dnr\nMBN-2026-000087')
    txt('Förvaltningen har tagit fram en treårig tillsynsplan med behovsutredning. Planen omfattar 1 140 timmar tillsyn per år och utgår från nämndens riskklassning. Miljöchef Hanna Lövgren presenterar planen.')
    sub('Beslut'); txt('Miljö- och byggnämnden fastställer tillsynsplanen för 2026–2028.')
    sub('Protokollsanteckning')
    txt('Peter Vinberg (NP) lämnar följande protokollsanteckning: ”Nykvarnspartiet anser att tillsynen av enskilda avlopp bör prioriteras i Taxinge och Turinge.”')
    pdf.output(os.path.join(OUT, fn))

# ---------------------------------------------------------------- 3 Habo KS (plain Word template)
def habo():
    fn = 'habo_kommunstyrelsen_2026-03-09_protokoll.docx'
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'HABO KOMMUN\tSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\t2026-03-09'
    fp = sec.footer.paragraphs[0]; fp.text = 'Justerare ____  ____\t\tUtdragsbestyrkande ____'
    def para(t, bold=False, size=None, italic=False):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        return p
    def pagebreak():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para('Kommunstyrelsen', True, 18)
    para('Protokoll från sammanträde måndagen den 9 mars 2026', False, 12)
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for k, v in (('Plats och tid', 'Kommunhuset, sammanträdesrum Furusjö, kl. 08.30–11.45'),
                 ('Beslutande', 'Magnus Ekdahl (M), ordförande\nLena Ståhl (S), 1:e vice ordförande\nJonas Ek (C), 2:e vice ordförande\nIda Fransson (M)\nPer Wallin (KD)\nCarl Nyholm (L)\nHenrik Falk (SD)\nÅsa Grimberg (SD)\nBirgitta Nord (HF)\nKjell Dahlin (S)\nMattias Roos (S) ersätter Ulrika Stenberg (S)'),
                 ('Ej tjänstgörande ersättare', 'Helén Ask (M)\nOskar Brink (C)'),
                 ('Övriga närvarande', 'Robert Ljung, kommundirektör\nSanna Wik, ekonomichef, § 43\nJosefin Alm, kommunsekreterare'),
                 ('Justerare', 'Ida Fransson (M)'),
                 ('Justeringens tid och plats', 'Kommunkansliet, 2026-03-12'),
                 ('Paragrafer', '40–47')):
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    para('')
    para('Underskrifter')
    para('Sekreterare ……………………………………… Josefin Alm')
    para('Ordförande ……………………………………… Magnus Ekdahl')
    para('Justerare ……………………………………… Ida Fransson')
    para('')
    para('Bevis om anslag: Protokollet har justerats. Justeringen har tillkännagivits genom anslag 2026-03-13. Anslaget tas ned 2026-04-04.', size=9, italic=True)
    pagebreak()
    def par(num, title, dnr=None):
        p = d.add_paragraph(); r = p.add_run(f'§ {num}\t{title}'); r.bold = True; r.font.size = Pt(13)
        if dnr: para(dnr, size=10)
    def h(t): para(t, True)
    par(40, 'Val av justerare')
    para('Kommunstyrelsen beslutar att utse Ida Fransson (M) att jämte ordföranden justera protokollet.')
    par(41, 'Fastställande av dagordning')
    para('Dagordningen fastställs med tillägg av ett informationsärende om vattenläckan i Bränninge under § 42.')
    par(42, 'Kommundirektören informerar')
    para('Kommundirektör Robert Ljung informerar om:\n– läget efter vattenläckan i Bränninge den 27 februari\n– rekryteringen av ny socialchef\n– arbetet med lokalförsörjningsplanen.')
    para('Kommunstyrelsen beslutar att informationen noteras.')
    par(43, 'Ekonomisk uppföljning per februari 2026', 'Dnr KS/2026:31')
    para('Ekonomichef Sanna Wik presenterar uppföljningen. Prognosen för helåret visar ett överskott om 9,2 mnkr, vilket är 3,8 mnkr sämre än budget. Avvikelsen förklaras av ökade kostnader för placeringar inom individ- och familjeomsorgen samt högre energikostnader.')
    h('Beslut')
    para('Kommunstyrelsen godkänner den ekonomiska uppföljningen per februari 2026.')
    par(44, 'Medborgarförslag om belysning längs gång- och cykelvägen mellan Bränninge och Habo centrum', 'Dnr KS/2025:312')
    h('Sammanfattning av ärendet')
    para('I ett medborgarförslag som inkom den 3 november 2025 föreslås att gång- och cykelvägen mellan Bränninge och Habo centrum förses med belysning längs hela sträckan, cirka 1,6 km. Tekniska avdelningen har gjort en kostnadsbedömning om 2,1 mnkr. Sträckan ingår inte i investeringsplanen för 2026–2028. Arbetsutskottet föreslår att medborgarförslaget avslås med hänvisning till att sträckan prövas i arbetet med nästa investeringsplan.')
    h('Yrkanden')
    para('Jonas Ek (C) yrkar bifall till medborgarförslaget.')
    para('Lena Ståhl (S) yrkar bifall till arbetsutskottets förslag. Per Wallin (KD) instämmer i Lena Ståhls yrkande.')
    pagebreak()
    par('44 forts.', 'Medborgarförslag om belysning längs gång- och cykelvägen mellan Bränninge och Habo centrum')
    h('Propositionsordning')
    para('Ordföranden ställer proposition på arbetsutskottets förslag mot Jonas Eks yrkande och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag.')
    h('Beslut')
    para('Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå medborgarförslaget.')
    h('Reservation')
    para('Jonas Ek (C) reserverar sig mot beslutet till förmån för eget yrkande.')
    par(45, 'Motion om simskola för vuxna', 'Dnr KS/2025:288')
    para('Sara Lind (V) har i en motion föreslagit att kommunen erbjuder avgiftsfri simskola för vuxna som inte kan simma, i samarbete med Habo simsällskap. Kultur- och fritidsavdelningen bedömer att två kurser per år ryms inom befintlig budget för badhuset.')
    h('Beslut')
    para('På förslag av Ida Fransson (M) föreslår kommunstyrelsen kommunfullmäktige besluta att bifalla motionen.')
    par(46, 'Yttrande över remiss – Regional transportplan för Jönköpings län 2026–2037', 'Dnr KS/2026:52')
    para('Region Jönköpings län har remitterat förslag till regional transportplan. Habo kommun framhåller i sitt förslag till yttrande behovet av åtgärder på väg 195 mellan Habo och Jönköping samt pendelparkering vid Habo station. Yttrandet har samordnats med Mullsjö kommun.')
    h('Beslut')
    para('Kommunstyrelsen antar förslaget till yttrande som sitt eget.')
    h('Protokollsanteckning')
    para('Birgitta Nord (HF) lämnar en protokollsanteckning om att Habos Framtid saknar skrivningar om cykelvägen till Baskarp.')
    par(47, 'Redovisning av delegationsbeslut', 'Dnr KS/2026:4')
    para('Delegationsbeslut fattade under perioden 2026-02-01–2026-02-28 enligt förteckning redovisas.')
    h('Beslut')
    para('Kommunstyrelsen godkänner redovisningen.')
    d.save(os.path.join(OUT, fn))

# ---------------------------------------------------------------- 4 Heby SN (Lex-like, exported with pdftotext -layout)
def heby():
    fn = 'heby_socialnamnden_2026-02-18_protokoll.txt'
    tmp = '/tmp/kommuner47_heby.pdf'
    def head(pdf):
        pdf.set_xy(22, 10); pdf.set_font('S', '', 8.5)
        pdf.cell(60, 4.5, 'HEBY KOMMUN'); pdf.cell(60, 4.5, 'PROTOKOLL', align='C'); pdf.cell(0, 4.5, f'{pdf.page_no()} ({{nb}})', align='R'); pdf.ln(4.5)
        pdf.cell(60, 4.5, 'Socialnämnden'); pdf.cell(60, 4.5, '2026-02-18', align='C'); pdf.set_y(26)
    def foot(pdf):
        pdf.set_y(-15); pdf.set_font('S', '', 7.5); pdf.cell(0, 4, 'Justerare:  ........   ........          Utdragsbestyrkande', align='L')
    pdf = Doc(head, foot)
    pdf.add_page()
    pdf.p('Socialnämnden', 'S', 16, 'B', 8, 2)
    pdf.p('Protokoll från sammanträde 2026-02-18', 'S', 11, '', 6, 5)
    pdf.p('Plats och tid: Kommunhuset i Heby, Nämndrummet, onsdagen den 18 februari 2026 kl. 09.00–12.20', 'S', 9.5)
    y0 = pdf.get_y()
    left = ('Beslutande\nRoland Kvist (S), ordförande\nGunilla Sand (C), 1:e vice ordf.\nBritt Wester (SD), 2:e vice ordf.\nPer Hultman (S)\nSara Ekvall (S)\nMaria Engström (KD)\nTony Lindell (SD)\nKent Grahn (ÖP)\nLisa Berggren (M), tjg. ersättare')
    right = ('Övriga deltagande\nLena Mårdh (S), ersättare\nKarolina Häggström, socialchef\nJimmy Olsson, enhetschef hemtjänst, § 12\nTherese Wiklund, nämndsekreterare\n\nUtses att justera\nGunilla Sand (C)\n\nJustering\nSocialkontoret 2026-02-23')
    pdf.set_font('S', '', 9.5); pdf.set_xy(22, y0); pdf.multi_cell(80, 5, left)
    y1 = pdf.get_y(); pdf.set_xy(110, y0); pdf.multi_cell(0, 5, right)
    pdf.set_y(max(y1, pdf.get_y()) + 8)
    pdf.p('Paragrafer  10–17', 'S', 9.5, 'B')
    pdf.p('Sekreterare   ......................................   Therese Wiklund\n\nOrdförande   ......................................   Roland Kvist\n\nJusterare    ......................................   Gunilla Sand', 'S', 9.5)

    def par(num, dnr, title):
        pdf.need(40)
        recp(pdf, fn, '§' + str(num))
        pdf.set_font('S', 'B', 10.5); pdf.cell(40, 6, f'§ {num}'); pdf.set_font('S', '', 9.5)
        pdf.cell(0, 6, dnr, align='R'); pdf.ln(7)
        pdf.set_x(45); pdf.set_font('S', 'B', 11); pdf.multi_cell(0, 5.5, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(2)
    def t(s):
        pdf.set_x(45); pdf.set_font('R', '', 10); pdf.multi_cell(0, 5, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(2)
    def h(s):
        pdf.set_x(45); pdf.set_font('S', 'I', 9.5); pdf.multi_cell(0, 5, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.add_page()
    par(10, '', 'Upprop och val av justerare')
    t('Upprop förrättas. Socialnämnden beslutar att utse Gunilla Sand (C) att jämte ordföranden justera dagens protokoll.')
    par(11, '', 'Godkännande av dagordning')
    t('Dagordningen godkänns. Maria Engström (KD) anmäler en övrig fråga, som behandlas under § 17.')
    par(12, '', 'Verksamhetsinformation från socialförvaltningen')
    t('Socialchef Karolina Häggström informerar om läget i verksamheterna, bland annat om rekrytering av sjuksköterskor till Åsgårdens särskilda boende.\n\nEnhetschef Jimmy Olsson berättade om införandet av digital nyckelhantering i hemtjänsten i Heby, Morgongåva och Östervåla.')
    h('Socialnämndens beslut'); t('Informationen antecknas.')
    par(13, 'Dnr 2025.101 SN', 'Uppföljning av intern kontrollplan 2025')
    t('Förvaltningen har följt upp de åtta kontrollmomenten i nämndens internkontrollplan för 2025. Två avvikelser har konstaterats: brister i dokumentation av genomförandeplaner och i uppföljningen av avtal med externa utförare.')
    h('Socialnämndens beslut'); t('Socialnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.')
    par(14, 'Dnr 2026.008 SN', 'Riktlinjer för ekonomiskt bistånd 2026')
    t('Förvaltningen har reviderat riktlinjerna för ekonomiskt bistånd med anledning av ändrad riksnorm och nya rättsfall. Bland ändringarna märks skärpta krav på aktivt arbetssökande och en höjd schablon för hemutrustning.')
    h('Yrkanden')
    t('Per Hultman (S) yrkar bifall till förvaltningens förslag.\n\nBritt Wester (SD) yrkar att riktlinjerna ändras så att försörjningsstöd i normalfallet beviljas för högst tre månader i taget.\n\nKent Grahn (ÖP) instämmer i Britt Westers yrkande.')
    h('Propositionsordning')
    t('Ordföranden ställer proposition på Per Hultmans yrkande mot Britt Westers ändringsyrkande och finner att nämnden bifaller Per Hultmans yrkande. Omröstning begärs.\n\nSocialnämnden godkänner följande propositionsordning: Ja-röst för bifall till Per Hultmans yrkande, nej-röst för bifall till Britt Westers ändringsyrkande.')
    h('Omröstningsresultat')
    t('Med 6 ja-röster och 3 nej-röster bifaller socialnämnden Per Hultmans yrkande.')
    h('Socialnämndens beslut')
    t('Socialnämnden antar riktlinjer för ekonomiskt bistånd 2026 att gälla från och med den 1 mars 2026.')
    h('Reservationer')
    t('Sverigedemokraternas ledamöter reserverar sig mot beslutet.\nKent Grahn (ÖP) reserverar sig mot beslutet.')
    par(15, 'Dnr 2025.214 SN', 'Yttrande över medborgarförslag om träffpunkt för äldre i Östervåla')
    t('Ett medborgarförslag om en öppen träffpunkt för äldre i Östervåla har remitterats till socialnämnden från kommunfullmäktige. Förvaltningen föreslår att träffpunkten inryms i lokalerna vid Östervåla bibliotek två dagar i veckan under en försöksperiod.')
    h('Socialnämndens beslut')
    t('Socialnämnden ställer sig bakom förvaltningens yttrande och överlämnar det till kommunstyrelsen.')
    par(16, 'Dnr 2026.002 SN', 'Anmälan av delegationsbeslut')
    t('Delegationsbeslut fattade under januari 2026 inom individ- och familjeomsorgen, äldreomsorgen och LSS anmäls enligt förteckning.')
    h('Socialnämndens beslut'); t('Anmälan av delegationsbeslut godkänns.')
    par(17, '', 'Övrig fråga – väntetider för insatser i hemtjänsten')
    t('Maria Engström (KD) ställer en fråga om hur lång tid det i genomsnitt tar från beviljat bistånd till att hemtjänstinsatsen startar. Socialchef Karolina Häggström besvarar frågan: mediantiden under 2025 var tre dagar, men i Östervåla har det i enstaka fall dröjt upp till två veckor.')
    h('Socialnämndens beslut'); t('Frågan är besvarad.')
    pdf.output(tmp)
    subprocess.run(['pdftotext', '-layout', tmp, os.path.join(OUT, fn)], check=True)

# ---------------------------------------------------------------- 5 Hofors KS kallelse (portal page)
def hofors():
    fn = 'hofors_kommunstyrelsen_2026-05-05_kallelse.html'
    rows = [
        ('1', 'Val av justerare', '', ''),
        ('2', 'Godkännande av dagordning', '', ''),
        ('3', 'Information: Hoforshus AB – lägesrapport om renoveringen av kvarteret Granen', '', 'Mikael Persson, vd Hoforshus AB'),
        ('4', 'Månadsuppföljning april 2026', 'KS26/41', 'Maria Sjöberg, ekonomichef'),
        ('5', 'Investeringsbudget 2027–2029 – ramar och prioriteringar', 'KS26/144', 'Maria Sjöberg, ekonomichef'),
        ('6', 'Detaljplan för del av Hofors 5:1 (Kvarnbacken) – beslut om samråd', 'KS26/87', 'Erik Holmqvist, planarkitekt'),
        ('7', 'Motion från Torbjörn Sandell (V) om avgiftsfri kollektivtrafik för pensionärer', 'KS25/311', ''),
        ('8', 'Medborgarförslag om utegym vid Hammarn', 'KS26/22', ''),
        ('9', 'Revidering av kommunstyrelsens delegationsordning', 'KS26/119', 'Anna Sjölund, nämndsekreterare'),
        ('10', 'Samverkansavtal med Sandvikens kommun om gemensam räddningstjänst', 'KS26/130', 'Lars Gustafsson, säkerhetssamordnare'),
        ('', '', '', ''),
        ('11', 'Delegationsbeslut', 'KS26/5', ''),
        ('12', 'Meddelanden', 'KS26/6', ''),
    ]
    trs = []
    for n, t, dnr, f in rows:
        if not t:
            trs.append('<tr class="empty"><td>&nbsp;</td><td></td><td></td><td></td></tr>')
            continue
        trs.append(f'<tr><td class="nr">{n}</td><td><a href="/meeting/ks-2026-05-05/item/{n}">{t}</a></td><td>{dnr}</td><td>{f}</td></tr>')
    members = [('Kjell Borg', 'S', 'Ordförande'), ('Ewa Lind', 'M', '1:e vice ordförande'), ('Torbjörn Sandell', 'V', 'Ledamot'),
               ('Annelie Öhman', 'S', 'Ledamot'), ('Göran Hjort', 'S', 'Ledamot'), ('Sofie Nääs', 'S', 'Ledamot'),
               ('Patrik Wallén', 'SD', 'Ledamot'), ('Maja Eriksson', 'SD', 'Ledamot'), ('Bo Strömgren', 'HS', 'Ledamot'),
               ('Leo Karlsson', 'C', 'Ledamot'), ('Ingrid Svahn', 'KD', 'Ledamot'),
               ('Jan Mörk', 'S', 'Ersättare'), ('Elsa Hedberg', 'M', 'Ersättare')]
    mem = '\n'.join(f'          <li><span class="name">{a}</span> <span class="party">({b})</span> <span class="role">{c}</span></li>' for a, b, c in members)
    html = f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kommunstyrelsen 2026-05-05 – Möten och handlingar – Hofors kommun</title>
<link rel="stylesheet" href="/static/portal.css">
</head>
<body>
<header class="site"><a class="logo" href="/">Hofors kommun</a>
  <nav><a href="/">Start</a> <a href="/organ">Organ</a> <a href="/sok">Sök handlingar</a> <a href="/en">In English</a></nav>
</header>
<div class="breadcrumb"><a href="/">Start</a> › <a href="/organ/ks">Kommunstyrelsen</a> › 2026-05-05</div>
<main>
  <h1>Kommunstyrelsen</h1>
  <p class="meeting-meta"><strong>Kallelse</strong> · Tisdag 5 maj 2026 kl. 09:00 · Sammanträdesrummet Bergslagen, Kommunhuset, Hofors</p>
  <div class="notice">Ledamot som är förhindrad att delta ska snarast anmäla detta till nämndsekreteraren, som kallar ersättare.</div>
  <p><strong>Förslag till justerare:</strong> Ewa Lind (M). Justering sker 2026-05-08 på kommunkansliet.</p>
  <section class="agenda">
    <h2>Ärendelista</h2>
    <table>
      <thead><tr><th>Nr</th><th>Ärende</th><th>Diarienr</th><th>Föredragande</th></tr></thead>
      <tbody>
      {chr(10).join('      ' + x for x in trs)}
      </tbody>
    </table>
    <p class="files">Handlingar: <a href="/files/ks-2026-05-05.pdf">Samlingsdokument (PDF, 14,2 MB)</a></p>
  </section>
  <aside class="members">
    <h2>Ledamöter och ersättare</h2>
    <ul>
{mem}
    </ul>
  </aside>
  <footer class="signature">
    <p>Kjell Borg<br>Ordförande</p>
    <p>Anna Sjölund<br>Nämndsekreterare, 0290-291 40</p>
  </footer>
</main>
<footer class="site">Hofors kommun · 813 81 Hofors · Växel 0290-291 00 · <a href="/cookies">Kakor</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a></footer>
</body>
</html>
'''
    open(os.path.join(OUT, fn), 'w', encoding='utf-8').write(html)

# ---------------------------------------------------------------- 6 Ockelbo BIN kallelse (W3D3-like PDF)
def ockelbo():
    fn = 'ockelbo_bildningsnamnden_2026-03-24_kallelse.pdf'
    def head(pdf):
        pdf.set_xy(22, 10); pdf.set_font('R', 'B', 12); pdf.cell(80, 6, 'OCKELBO KOMMUN')
        pdf.set_font('S', '', 8.5); pdf.cell(0, 6, f'KALLELSE/UNDERRÄTTELSE    Sida {pdf.page_no()} av {{nb}}', align='R'); pdf.ln(6)
        pdf.set_font('S', '', 8.5); pdf.cell(80, 4.5, 'Bildningsnämnden'); pdf.cell(0, 4.5, 'Datum 2026-03-13', align='R'); pdf.set_y(28)
    pdf = Doc(head, None)
    pdf.add_page()
    pdf.p('Bildningsnämnden kallas till sammanträde', 'R', 15, 'B', 7, 4)
    for k, v in (('Tid', 'Tisdagen den 24 mars 2026, kl. 13.15'), ('Plats', 'Wij Trädgårdar, konferensrummet Orangeriet'),
                 ('Ordförande', 'Lennart Ring (S)'), ('Sekreterare', 'Malin Ohlsson'), ('Justerare', 'Mona Fält (C)'),
                 ('Justeringsdag', 'Torsdagen den 26 mars 2026')):
        pdf.set_font('S', 'B', 9.5); pdf.cell(35, 5.5, k); pdf.set_font('S', '', 9.5); pdf.cell(0, 5.5, v); pdf.ln(5.5)
    pdf.ln(3)
    pdf.p('Gruppmöten: Socialdemokraterna kl. 12.00 i Orangeriet, Oppositionen kl. 12.00 i Lusthuset.', 'S', 8.5, 'I')
    pdf.ln(2)
    pdf.set_font('S', 'B', 9.5); pdf.cell(12, 7, 'Nr', border='B'); pdf.cell(118, 7, 'Ärende', border='B'); pdf.cell(0, 7, 'Beteckning', border='B'); pdf.ln(9)
    items = [
        ('1', 'Upprop', ''),
        ('2', 'Val av justerare', ''),
        ('3', 'Godkännande av dagordningen', ''),
        ('4', 'Verksamhetsinformation\nFöredragande: Tomas Hedlund, bildningschef', ''),
        ('5', 'Ekonomisk uppföljning februari 2026\nFöredragande: Cecilia Berglöf, controller', 'Dnr 2026/41'),
        ('6', 'Resultat av Skolinspektionens regelbundna tillsyn av Perslundaskolan och åtgärdsplan med anledning av tillsynsbeslutet', 'Dnr 2025/198'),
        ('7', 'Skolskjutsriktlinjer för förskoleklass, grundskola och anpassad grundskola i Ockelbo kommun', 'Dnr 2026/17'),
        ('8', 'Förskolans lokalbehov 2027–2030 – Åbyggeby och Lingbo', 'Dnr 2026/29'),
        ('9', 'Svar på motion från Hans Vikström (SD) om mobilfri skoldag', 'Dnr 2025/231'),
        ('10', 'Yttrande till Gävle kommun över förslag om samordnad gymnasieantagning i Gävleborg', 'Dnr 2026/33'),
        ('11', 'Redovisning av delegationsbeslut', 'Dnr 2026/3'),
        ('12', 'Anmälningsärenden', 'Dnr 2026/4'),
        ('13', 'Övriga frågor', ''),
    ]
    for n, t, dnr in items:
        if n == '9': pdf.add_page(); pdf.set_font('S', 'B', 9.5); pdf.cell(0, 6, 'Ärenden, forts.'); pdf.ln(8)
        recp(pdf, fn, n)
        y = pdf.get_y(); pdf.set_font('S', '', 10); pdf.cell(12, 5.5, n)
        pdf.set_xy(34, y); lines = t.split('\n')
        pdf.set_font('S', 'B' if n not in ('1', '2', '3') else '', 10); pdf.multi_cell(118, 5.5, lines[0])
        for l in lines[1:]:
            pdf.set_x(34); pdf.set_font('S', 'I', 8.5); pdf.multi_cell(118, 5, l)
        y2 = pdf.get_y(); pdf.set_xy(152, y); pdf.set_font('S', '', 9); pdf.cell(0, 5.5, dnr)
        pdf.set_y(y2 + 3)
    pdf.ln(10)
    pdf.p('Välkomna!', 'S', 10)
    pdf.p('Lennart Ring\nOrdförande\n\nMalin Ohlsson\nSekreterare', 'S', 10)
    pdf.p('Förhinder anmäls till sekreteraren på telefon 0297-555 21 eller via e-post.', 'S', 8.5, 'I')
    pdf.output(os.path.join(OUT, fn))

# ---------------------------------------------------------------- 7 Norberg råd minnesanteckningar (plain PDF)
def norberg():
    fn = 'norberg_kommunala-radet-for-aldre-och-funktionshinderfragor_2026-04-14_minnesanteckningar.pdf'
    def foot(pdf):
        pdf.set_y(-14); pdf.set_font('S', '', 8)
        pdf.cell(0, 4, f'Norbergs kommun · Minnesanteckningar KRÄF 2026-04-14 · sid {pdf.page_no()}', align='C')
    pdf = Doc(None, foot)
    pdf.add_page()
    pdf.set_font('S', 'B', 9); pdf.cell(0, 5, 'NORBERGS KOMMUN'); pdf.ln(10)
    pdf.p('Minnesanteckningar', 'S', 18, 'B', 8, 1)
    pdf.p('Kommunala rådet för äldre- och funktionshinderfrågor (KRÄF)', 'S', 12, '', 6, 1)
    pdf.p('Datum: 14 april 2026, kl. 14.00–16.00\nPlats: Kulturhuset Bergslagsgården, Norberg', 'S', 9.5, '', 5, 4)
    pdf.p('Närvarande', 'S', 10, 'B', 5, 0)
    pdf.p('Annika Wennberg (S), ordförande, kommunstyrelsen\nLars Eklund (M), vård- och omsorgsnämnden\nHelena Strid (NS), tekniska nämnden\n'
          'Gösta Fahlén, PRO Norberg\nIngrid Moberg, SPF Seniorerna Norberg\nLeila Karimi, DHR Västmanland\nRoger Thörn, FUB Norberg–Fagersta', 'S', 9.5, '', 5, 3)
    pdf.p('Övriga', 'S', 10, 'B', 5, 0)
    pdf.p('Jenny Falk, enhetschef biståndsenheten\nMats Forsberg, ekonomichef\nPetra Lundin, nämndsekreterare (antecknar)', 'S', 9.5, '', 5, 5)
    def hd(t, n):
        pdf.need(25); recp(pdf, fn, n)
        pdf.set_font('S', 'B', 11); pdf.cell(0, 6, t); pdf.ln(7)
    def tx(t): pdf.p(t, 'R', 10, '', 5, 4)
    hd('Mötets öppnande', '1')
    tx('Ordföranden Annika Wennberg hälsade alla välkomna, särskilt Leila Karimi som är ny representant för DHR.')
    hd('Föregående minnesanteckningar', '2')
    tx('Anteckningarna från mötet den 10 februari gicks igenom och lades till handlingarna. Frågan om bänkar längs Kyrkogatan är fortfarande öppen.')
    hd('Biståndsbedömning och hemtjänst – aktuellt läge', '3')
    tx('Jenny Falk berättade om hur biståndsenheten arbetar med den nya socialtjänstlagen och om att fler beslut nu fattas utan ansökan, så kallad förenklad handläggning för serviceinsatser. Väntetiden till korttidsboende är i dag cirka en vecka. Rådet ställde frågor om hur anhöriga informeras.')
    hd('Tillgänglighet i Norbergs centrum', '4')
    tx('Roger Thörn väckte frågan om de nya kantstenarna vid torget, som enligt FUB är svåra att ta sig över med rullator och rullstol. Helena Strid lovade att ta med frågan till tekniska nämnden och återkomma till rådet vid nästa möte.')
    hd('Budget 2027 – rådets synpunkter', '5')
    tx('Mats Forsberg presenterade tidplanen för budgetarbetet och de ekonomiska förutsättningarna för 2027. Rådet fick möjlighet att lämna synpunkter. PRO och SPF lyfte behovet av fler platser i dagverksamhet och av fortsatt avgiftsfri ledsagning. Synpunkterna förs vidare till budgetberedningen.')
    hd('Frågor från organisationerna', '6')
    tx('Ingrid Moberg ställde en fråga om färdtjänsten över kommungränsen till Fagersta och Avesta och om Region Västmanlands nya bokningssystem. Lars Eklund svarade att kommunen har begärt ett möte med regionen om resor till Fagersta lasarett och att frågan återrapporteras.')
    hd('Nästa möte', '7')
    tx('Nästa möte hålls den 9 juni 2026 kl. 14.00. Förslag till punkter skickas till sekreteraren senast två veckor innan.')
    pdf.ln(4)
    pdf.p('Vid anteckningarna\nPetra Lundin\n\nJusteras av\nGösta Fahlén', 'S', 9.5)
    pdf.output(os.path.join(OUT, fn))

# ---------------------------------------------------------------- 8 Vännäs tjänsteskrivelse (Word)
def vannas():
    fn = 'vannas_kommunstyrelsen_2026-04-02_tjansteskrivelse.docx'
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10.5)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = 'VÄNNÄS KOMMUN\tTJÄNSTESKRIVELSE\nSamhällsbyggnadsförvaltningen\t2026-04-02\n\tDiarienummer KS 2026-000412'
    def para(t, bold=False, size=None):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = bold
        if size: r.font.size = Pt(size)
    t = d.add_table(rows=0, cols=2)
    for k, v in (('Handläggare', 'Elin Marklund, miljöstrateg\n0935-141 62'), ('Till', 'Kommunstyrelsen')):
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    para('')
    para('Revidering av renhållningstaxa för Vännäs kommun från och med 2027', True, 14)
    para('Förslag till beslut', True)
    para('Kommunstyrelsen föreslår kommunfullmäktige besluta\natt anta reviderad renhållningstaxa enligt bilaga 1 att gälla från och med den 1 januari 2027,\natt grundavgiften för permanentboende höjs från 1 320 kronor till 1 410 kronor per år.')
    para('Sammanfattning', True)
    para('Kostnaderna för insamling och behandling av hushållsavfall har ökat, främst till följd av det nya insamlingsavtalet och högre förbränningsavgifter. Renhållningskollektivet redovisar ett underskott om 0,9 mnkr för 2025. För att avgiftsfinansieringen ska vara full föreslås en höjning av grundavgiften med 6,8 procent och en oförändrad rörlig avgift.')
    para('Bakgrund', True)
    para('Vännäs kommun samverkar sedan 2021 med Umeå kommun och Bjurholms kommun om behandling av matavfall. Det nuvarande avtalet om insamling löper ut den 31 december 2026 och har upphandlats på nytt. Den nya entreprenören har lämnat ett pris som är 11 procent högre än i tidigare avtal. Kommunfullmäktige antog nuvarande taxa den 14 november 2022, § 88.')
    para('Konsekvensanalys', True)
    para('För ett normalhushåll i villa med fyrfackskärl ökar den totala årsavgiften med 94 kronor. För fritidshus ökar avgiften med 41 kronor. Höjningen bedöms inte påverka möjligheten att ansöka om delat kärl eller förlängt hämtningsintervall.')
    para('Beslutsunderlag', True)
    para('Tjänsteskrivelse 2026-04-02\nBilaga 1. Förslag till renhållningstaxa 2027\nBilaga 2. Kostnadsredovisning renhållningskollektivet 2025')
    para('')
    para('Elin Marklund\nMiljöstrateg')
    para('Jörgen Nyberg\nSamhällsbyggnadschef')
    para('')
    para('Beslutet skickas till: Samhällsbyggnadsförvaltningen, Ekonomiavdelningen', size=9)
    d.save(os.path.join(OUT, fn))

if __name__ == '__main__':
    for f in (alvkarleby, nykvarn, habo, heby, hofors, ockelbo, norberg, vannas):
        f()
    for k, v in PAGES.items():
        print(k, v)
