# common helpers for build.py (kommuner52)
import random, json
from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT = '/usr/share/fonts/truetype/dejavu/'
FIRST = """Anna Per Karin Lars Eva Johan Maria Mikael Lena Anders Sofia Erik Helena Magnus Ulla Stefan Kristina Fredrik Birgitta Mats
Camilla Jonas Malin Henrik Annika Patrik Ingrid Tomas Linnea Ola Therese Göran Marie Daniel Agneta Björn Jenny Niklas Sara Gunnar
Elin Kent Ida Roger Josefin Håkan Frida Leif Emma Robert Hanna Bengt Petra Jörgen Cecilia Rasmus Åsa Tobias Louise Sven Maja Kjell
Ebba Joakim Susanne Oskar Karolina Hampus Gunilla Viktor Monica Axel Yvonne Jesper Tove Lennart Matilda Dragan Amira Ali Leila Hassan
Nadia Emil Pernilla Torbjörn Ylva Alf Marita Conny Inger Rune Jessica Kristoffer Lotta Pontus Vera Arvid Siv Ove Märta Gustav""".split()
LAST = """Andersson Berglund Lindqvist Holm Sjöberg Wallin Engström Eklund Danielsson Lundin Forsberg Björk Hedlund Nyström Sandberg
Fransson Blom Isaksson Lind Jakobsson Öberg Axelsson Gustafsson Bergman Strand Åberg Ek Hellström Sundqvist Mårtensson Nordin
Lindholm Berg Falk Söderberg Hägg Ahlgren Wikström Norberg Dahl Svensson Pettersson Bergkvist Åkesson Östlund Lundgren Sjögren
Hermansson Claesson Rydberg Carlsson Fält Grahn Hallberg Kvist Ljung Mattsson Nilsson Palm Ragnarsson Sellberg Tornberg Unger
Vestin Ytterberg Zetterlund Ågren Ärlig Ödman Brandt Cederholm Edvinsson Frisk Granath Hjort Ivarsson Jonsson Kask Lövgren Molin
Norén Olofsson Persson Qvarnström Rosén Sahlin Thörn Ulfsson Vikström Wernersson Yngvesson Ahmadi Hadžić Karlsson Lönn Moberg""".split()
_used = set()
_doc_ln = set()
def new_doc():
    _doc_ln.clear()
_rng = random.Random(5252)
def names(n):
    out = []
    while len(out) < n:
        nm = f"{_rng.choice(FIRST)} {_rng.choice(LAST)}"
        fn, ln = nm.split()
        if nm in _used or any(u.split()[-1] == ln and u.split()[0] == fn for u in _used):
            continue
        if ln in _doc_ln:  # keep surnames unique within a document
            continue
        _doc_ln.add(ln)
        _used.add(nm); out.append(nm)
    return out

class M:
    def __init__(self, name, party=None):
        self.name, self.party = name, party
    def __str__(self):
        return f"{self.name} ({self.party})" if self.party else self.name
    @property
    def n(self):
        return self.name

def members(parties):
    ns = names(len(parties))
    return [M(a, p) for a, p in zip(ns, parties)]

class Gold:
    def __init__(self, file, org, organ, date, doc_type, kommuner, regions=None):
        self.d = dict(file=file, organization=org, organ=organ, date=date, doc_type=doc_type, pages=None,
                      items=[], persons=[], actions=[], votes=[], diarienummer=[], kommuner=kommuner)
        if regions is not None:
            self.d['regions'] = regions
        self.pmap = {}
        self.refs = []
        self.notes = []
    def person(self, m, *roles, title=None, party='__'):
        name = m.name if isinstance(m, M) else m
        pty = (m.party if isinstance(m, M) else None) if party == '__' else party
        if name in self.pmap:
            p = self.pmap[name]
            for r in roles:
                if r not in p['roles']: p['roles'].append(r)
            if title and 'title' not in p: p['title'] = title
            return
        p = dict(name=name, party=pty, roles=list(roles))
        if title: p['title'] = title
        self.pmap[name] = p; self.d['persons'].append(p)
    def item(self, number, title, dnr, page, **kw):
        it = dict(number=number, title=title, diarienummer=list(dnr), page=page); it.update(kw)
        self.d['items'].append(it)
        for x in dnr:
            if x not in self.d['diarienummer']: self.d['diarienummer'].append(x)
        return it
    def act(self, who, item, kind, party=None):
        if who is None:
            self.d['actions'].append(dict(person=None, party=party, item=item, kind=kind))
        else:
            name = who.name if isinstance(who, M) else who
            assert name in self.pmap, name
            self.d['actions'].append(dict(person=name, item=item, kind=kind))
    def vote(self, item, rnd, who, v):
        name = who.name if isinstance(who, M) else who
        assert name in self.pmap, name
        self.d['votes'].append(dict(item=item, round=rnd, person=name, vote=v))
    def ref(self, x):
        self.refs.append(x)
    def note(self, s):
        self.notes.append(s)
    def out(self, pages):
        self.d['pages'] = pages
        if self.refs:
            self.d['diarienummer_referenced'] = self.refs
        self.d['notes'] = ' '.join(self.notes)
        return self.d

class Base(FPDF):
    def __init__(self, **kw):
        super().__init__(format='A4', **kw)
        for nm, f in [('S', 'DejaVuSans.ttf'), ('SB', 'DejaVuSans-Bold.ttf'), ('SI', 'DejaVuSans-Oblique.ttf'),
                      ('R', 'DejaVuSerif.ttf'), ('RB', 'DejaVuSerif-Bold.ttf'), ('RI', 'DejaVuSerif-Italic.ttf'),
                      ('C', 'DejaVuSansCondensed.ttf'), ('CB', 'DejaVuSansCondensed-Bold.ttf')]:
            self.add_font(nm, '', FONT + f)
        self.cur = None; self.cur_page = 0; self.cur_title = ''
        self.set_auto_page_break(True, margin=25)
    def font(self, f, size):
        self.set_font(f, '', size)
    def txt(self, x, w, text, f='S', size=10, h=5, align='L', after=1.5):
        self.font(f, size); self.set_x(x)
        self.multi_cell(w, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)
    def need(self, mm, reset=False):
        if self.get_y() + mm > self.h - 25:
            if reset: self.cur = None
            self.add_page()
    def forts(self):
        return self.cur is not None and self.page_no() > self.cur_page
    def table(self, x, widths, header, rows, f='S', fb='SB', size=9, h=5.5, fill_header=True, border=1, aligns=None):
        def row(cells, ff, filled):
            if self.get_y() + h > self.h - 25:
                self.add_page()
                if header is not None:
                    row(header, fb, fill_header)
            self.set_x(x)
            for i, (w, c) in enumerate(zip(widths, cells)):
                self.font(ff, size)
                if filled: self.set_fill_color(225, 225, 225)
                al = aligns[i] if aligns else 'L'
                self.cell(w, h, c, border=border, fill=filled, align=al)
            self.ln(h)
        if header is not None:
            row(header, fb, fill_header)
        for r in rows:
            row(r, f, False)
        self.ln(2)

# ---------------------------------------------------------------- 1 Nybro / Ciceron
def doc_nybro():
    new_doc()
    F = 'nybro_kommunstyrelsen_2026-02-03_protokoll.pdf'
    g = Gold(F, 'Nybro kommun', 'Kommunstyrelsen', '2026-02-03', 'protokoll', ['Nybro', 'Emmaboda'], ['Region Kalmar län'])
    L = members(['M', 'S', 'SD', 'S', 'M', 'S', 'C', 'KD', 'M', 'SD', 'V'])
    absent = names(2)
    T = members(['S', 'NL'])
    E = members(['M', 'SD', 'C', 'V'])
    O = names(4)
    chair, vice, just = L[0], L[1], L[3]

    class P(Base):
        def header(self):
            self.set_draw_color(0)
            self.rect(15, 10, 180, 16)
            self.line(75, 10, 75, 26); self.line(150, 10, 150, 26)
            self.font('SB', 12); self.set_xy(17, 12); self.cell(55, 6, 'Nybro kommun')
            self.font('S', 8); self.set_xy(17, 19); self.cell(55, 5, 'Kommunstyrelsen')
            self.font('SB', 10); self.set_xy(77, 12); self.cell(70, 6, 'SAMMANTRÄDESPROTOKOLL')
            self.font('S', 8); self.set_xy(77, 19); self.cell(70, 5, 'Sammanträdesdatum 2026-02-03')
            self.font('S', 9); self.set_xy(152, 12); self.cell(41, 6, f'Sida {self.page_no()}({{nb}})', align='R')
            self.set_y(30)
            if self.forts():
                self.font('SI', 8); self.set_x(15); self.cell(0, 4, f'KS § {self.cur} (forts.)')
                self.ln(6)
        def footer(self):
            self.set_y(-20)
            self.rect(15, self.h - 20, 60, 10); self.rect(135, self.h - 20, 60, 10)
            self.font('S', 7); self.set_xy(16, self.h - 19.5); self.cell(50, 3, 'Justerandes sign')
            self.set_xy(136, self.h - 19.5); self.cell(50, 3, 'Utdragsbestyrkande')
        def item(self, num, title, dnr):
            self.need(45, True)
            self.cur, self.cur_page = num, self.page_no()
            y = self.get_y(); self.ln(2); y = self.get_y()
            self.font('SB', 11); self.set_xy(15, y); self.cell(17, 6, f'§ {num}')
            self.font('S', 9); self.set_xy(140, y); self.cell(55, 6, ', '.join(dnr), align='R')
            self.set_xy(32, y); self.font('SB', 11); self.multi_cell(105, 6, title, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(3)
            g.item(f'§{num}', title, dnr, self.page_no())
        def sec(self, t):
            self.need(14); self.txt(32, 163, t, 'SB', 10, after=0.5)
        def p(self, t):
            self.txt(32, 163, t, 'S', 10)

    pdf = P(); pdf.set_margins(15, 30, 15); pdf.add_page()
    lab = lambda t, y=None: (pdf.font('SB', 9), pdf.set_x(15), pdf.cell(38, 5, t))
    def row(label, lines):
        y = pdf.get_y(); pdf.font('SB', 9); pdf.set_xy(15, y); pdf.cell(38, 5, label)
        pdf.set_xy(55, y); pdf.font('S', 9)
        pdf.multi_cell(140, 4.6, '\n'.join(lines), new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(2.5)
    row('Plats och tid', ['Stadshuset, Sammanträdesrum Kalmarsund, kl. 08.30–11.50'])
    bl = [f'{chair}, ordförande', f'{vice}, 1:e vice ordförande'] + [str(m) for m in L[2:]] + \
         [f'{T[0]}, tjg ers. för {absent[0]}', f'{T[1]}, tjg ers. för {absent[1]}']
    half = (len(bl) + 1) // 2
    y = pdf.get_y(); pdf.font('SB', 9); pdf.set_xy(15, y); pdf.cell(38, 5, 'Beslutande')
    pdf.font('S', 9); pdf.set_xy(55, y); pdf.multi_cell(70, 4.6, '\n'.join(bl[:half]))
    y2 = pdf.get_y(); pdf.set_xy(127, y); pdf.multi_cell(68, 4.6, '\n'.join(bl[half:])); pdf.set_y(max(y2, pdf.get_y()) + 2.5)
    row('Ersättare', [str(m) for m in E])
    row('Övriga deltagare', [f'{O[0]}, kommundirektör', f'{O[1]}, kommunsekreterare', f'{O[2]}, ekonomichef, § 3',
                             f'{O[3]}, planarkitekt, § 5'])
    row('Utses att justera', [str(just)])
    row('Justering', ['Stadshuset, 2026-02-06'])
    row('Underskrifter', [''])
    pdf.ln(2)
    for lbl, who, extra in [('Sekreterare', O[1], 'Paragrafer 1–8'), ('Ordförande', chair.n, ''), ('Justerande', just.n, '')]:
        y = pdf.get_y(); pdf.font('SB', 9); pdf.set_xy(15, y); pdf.cell(38, 5, lbl)
        pdf.font('S', 9); pdf.set_xy(55, y); pdf.cell(90, 5, '.' * 60); pdf.set_xy(150, y); pdf.cell(45, 5, extra)
        pdf.set_xy(55, y + 5); pdf.cell(90, 5, who); pdf.ln(9)
    pdf.ln(3); y = pdf.get_y(); pdf.rect(15, y, 180, 32)
    pdf.font('SB', 9); pdf.set_xy(17, y + 2); pdf.cell(0, 5, 'ANSLAG/BEVIS')
    pdf.font('S', 8.5); pdf.set_xy(17, y + 8)
    pdf.multi_cell(175, 4.4, 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\nOrgan: Kommunstyrelsen\n'
                   'Sammanträdesdatum: 2026-02-03\nDatum då anslaget sätts upp: 2026-02-09    Datum då anslaget tas ned: 2026-03-03\n'
                   'Förvaringsplats för protokollet: Kommunledningsförvaltningen, Stadshuset')
    for m in L:
        g.person(m, 'ledamot')
    g.person(chair, 'ordförande'); g.person(vice, 'vice ordförande')
    for t in T: g.person(t, 'tjänstgörande ersättare')
    for e in E: g.person(e, 'ersättare')
    g.person(O[0], 'tjänsteperson', title='kommundirektör', party=None)
    g.person(O[1], 'sekreterare', 'tjänsteperson', title='kommunsekreterare', party=None)
    g.person(O[2], 'tjänsteperson', title='ekonomichef', party=None)
    g.person(O[3], 'tjänsteperson', title='planarkitekt', party=None)
    g.person(just, 'justerare')
    g.note(f'Ciceron-style. Tjänstgörande ersättare: {T[0].n} for {absent[0]}, {T[1].n} for {absent[1]}; the replaced members are absent (not persons). '
           f'NL is a local party. Chair {chair.n} is named as ordförande in the attendance list; "Ordföranden yrkar" is attributed to him/her. '
           f'Vice chair printed "1:e vice ordförande" -> vice ordförande. Officials presenting an item got action presented but not the role föredragande (they are listed as övriga deltagare).')

    pdf.add_page()
    pdf.item(1, 'Val av justerare', [])
    pdf.sec('Kommunstyrelsens beslut')
    pdf.p(f'Kommunstyrelsen utser {just} att jämte ordföranden justera dagens protokoll. Justering sker i Stadshuset fredagen den 6 februari 2026.')
    g.act(just, '§1', 'justerare')

    pdf.item(2, 'Godkännande av dagordning', [])
    pdf.sec('Kommunstyrelsens beslut')
    pdf.p('Dagordningen godkänns med ändringen att ärendet ”Information om ny översiktsplan” utgår och behandlas vid sammanträdet i mars.')
    pdf.sec('Ärendebeskrivning')
    pdf.p('Ordföranden föreslår att informationsärendet om ny översiktsplan utgår från dagens sammanträde, eftersom samrådshandlingen inte är färdigställd. Kommunstyrelsen godkänner förslaget.')

    pdf.item(3, 'Budgetuppföljning per december 2025 för kommunstyrelsens verksamheter', ['KS 2026/12'])
    pdf.sec('Kommunstyrelsens beslut')
    pdf.p('Kommunstyrelsen godkänner budgetuppföljningen och lägger den till handlingarna.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Ekonomichef {O[2]} redogör för utfallet per december 2025. Kommunstyrelsens verksamheter visar ett överskott om 3,4 miljoner kronor, främst till följd av vakanser inom kommunledningsförvaltningen och lägre kapitalkostnader än budgeterat. Räddningstjänsten redovisar ett underskott om 0,6 miljoner kronor som förklaras av ökade kostnader för utbildning av deltidsbrandmän.')
    pdf.p('Prognosen för investeringsbudgeten visar att 62 procent av de budgeterade medlen har förbrukats. Ombudgetering av ej förbrukade medel behandlas i särskilt ärende i april.')
    pdf.sec('Beslutsunderlag')
    pdf.p('Tjänsteskrivelse 2026-01-19\nBudgetuppföljning december 2025, kommunstyrelsen')
    g.act(O[2], '§3', 'presented')

    t4 = f'Motion från {L[10].n} (V) om avgiftsfria arbetskläder för personal inom vård och omsorg samt inom förskolan'
    pdf.item(4, t4, ['KS 2025/311'])
    g.act(L[10], '§4', 'raised')
    pdf.sec('Kommunstyrelsens förslag till kommunfullmäktige')
    pdf.p('Motionen avslås.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'{L[10]} föreslår i en motion inkommen 2025-09-12 att kommunen ska tillhandahålla avgiftsfria arbetskläder, inklusive tvätt, för all personal inom vård och omsorg samt inom förskolan. Motionen remitterades till socialnämnden och barn- och utbildningsnämnden. Socialnämnden har i yttrande 2025-11-20, § 141 (SN 2025/88) avstyrkt motionen med hänvisning till att arbetskläder redan tillhandahålls inom hemtjänst och särskilt boende. Barn- och utbildningsnämnden har i yttrande 2025-12-04, § 97 (BUN 2025/204) framfört att kostnaden för förskolans del beräknas till cirka 1,9 miljoner kronor per år och att den inte ryms inom nämndens ram.')
    pdf.p('Kommunledningsförvaltningen bedömer att motionens syfte i huvudsak redan är uppfyllt för vård och omsorg och att en utökning till förskolan behöver prövas i budgetprocessen.')
    pdf.sec('Yrkanden')
    pdf.p(f'Ordföranden yrkar att kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.')
    pdf.p(f'{L[10]} och {L[1]} yrkar bifall till motionen. {T[1]} instämmer i {L[10].n}s yrkande.')
    pdf.sec('Propositionsordning')
    pdf.p('Ordföranden ställer proposition på avslag mot bifall till motionen och finner att kommunstyrelsen beslutar enligt ordförandens yrkande. Omröstning begärs.')
    pdf.sec('Omröstning')
    pdf.p('Kommunstyrelsen godkänner följande beslutsordning: Den som vill bifalla ordförandens yrkande röstar ja. Den som vill bifalla motionen röstar nej.')
    seats = [(L[0], None, 'ja'), (L[1], None, 'nej'), (L[2], None, 'ja'), (L[3], None, 'nej'), (L[4], None, 'ja'),
             (L[5], None, 'nej'), (L[6], None, 'avstår'), (L[7], None, 'ja'), (L[8], None, 'ja'), (L[9], None, 'ja'),
             (L[10], None, 'nej'), (M(absent[0], 'S'), T[0], 'nej'), (M(absent[1], 'NL'), T[1], 'nej')]
    rows = []
    for led, ers, v in seats:
        rows.append([str(led), str(ers) if ers else '', 'X' if v == 'ja' else '', 'X' if v == 'nej' else '', 'X' if v == 'avstår' else ''])
        g.vote('§4', 1, ers or led, v)
    rows.append(['Summa', '', '6', '6', '1'])
    pdf.need(90)
    pdf.table(32, [52, 52, 18, 18, 18], ['Ledamot', 'Tjänstgörande ersättare', 'Ja', 'Nej', 'Avstår'], rows, aligns=['L', 'L', 'C', 'C', 'C'])
    pdf.p('Med 6 ja-röster mot 6 nej-röster, 1 ledamot avstår, och med ordförandens utslagsröst beslutar kommunstyrelsen enligt ordförandens yrkande.')
    g.d['items'][-1]['votes_summary'] = 'Ja 6, Nej 6, Avstår 1'
    pdf.sec('Reservationer')
    pdf.p(f'{L[10]} och {T[1]} reserverar sig till förmån för eget yrkande. Socialdemokraternas ledamöter reserverar sig mot beslutet.')
    pdf.sec('Beslutsunderlag')
    pdf.p('Tjänsteskrivelse 2026-01-08\nMotion 2025-09-12\nSocialnämndens yttrande 2025-11-20, § 141\nBarn- och utbildningsnämndens yttrande 2025-12-04, § 97')
    for w in [chair, L[10], L[1], T[1]]: g.act(w, '§4', 'proposed')
    g.act(L[10], '§4', 'reserved'); g.act(T[1], '§4', 'reserved'); g.act(None, '§4', 'reserved', party='S')
    g.ref('SN 2025/88'); g.ref('BUN 2025/204')

    pdf.item(5, 'Detaljplan för Orrefors 1:234 m.fl., bostäder vid Glasbruksvägen – beslut om granskning', ['KS 2025/288', 'KS 2026/19'])
    pdf.sec('Kommunstyrelsens beslut')
    pdf.p('1. Planförslaget godkänns för granskning.\n2. Samhällsbyggnadsförvaltningen får i uppdrag att genomföra granskningen under perioden mars–april 2026.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Planarkitekt {O[3]} föredrar ärendet. Planens syfte är att möjliggöra cirka 40 nya bostäder i form av radhus och flerbostadshus vid Glasbruksvägen i Orrefors. Samråd har genomförts under hösten 2025 och inkomna synpunkter har sammanställts i en samrådsredogörelse. Ett exploateringsavtal ska träffas innan planen antas och diarieförs i ärende KS 2026/19.')
    pdf.sec('Yrkanden')
    pdf.p(f'Ordföranden yrkar bifall till samhällsbyggnadsförvaltningens förslag. {L[2]} yrkar avslag.')
    pdf.sec('Propositionsordning')
    pdf.p('Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller förvaltningens förslag.')
    pdf.sec('Reservation')
    pdf.p('Sverigedemokraternas ledamöter reserverar sig mot beslutet.')
    g.act(O[3], '§5', 'presented'); g.act(chair, '§5', 'proposed'); g.act(L[2], '§5', 'proposed'); g.act(None, '§5', 'reserved', party='SD')

    pdf.item(6, 'Revidering av riktlinjer för representation och gåvor', ['KS 2026/31'])
    pdf.sec('Kommunstyrelsens beslut')
    pdf.p('1. Kommunstyrelsen antar reviderade riktlinjer för representation och gåvor.\n2. Riktlinjerna kompletteras med att extern representation ska redovisas till kommunstyrelsen en gång per år.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Kommundirektör {O[0]} presenterar förslaget. Riktlinjerna har setts över mot bakgrund av Skatteverkets ändrade beloppsgränser och internrevisionens granskning 2025. Förslaget innebär bland annat en tydligare gräns för gåvor till anställda vid högtidsdagar och ett förbud mot alkohol vid intern representation.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[4]} yrkar bifall till förslaget med tilläggsyrkandet att extern representation ska redovisas till kommunstyrelsen en gång per år. {L[6]} instämmer i {L[4].n}s tilläggsyrkande.')
    pdf.sec('Beslutsgång')
    pdf.p('Ordföranden ställer först proposition på förvaltningens förslag och finner att kommunstyrelsen bifaller det. Därefter ställer ordföranden proposition på tilläggsyrkandet och finner att kommunstyrelsen bifaller även detta.')
    pdf.sec('Protokollsanteckning')
    pdf.p(f'{L[1].n}, {L[3].n} och {L[5].n}, samtliga (S), lämnar följande protokollsanteckning: ”Vi välkomnar de skärpta reglerna men anser att riktlinjerna även borde omfatta förtroendevaldas representation i kommunala bolag.”')
    g.act(O[0], '§6', 'presented'); g.act(L[4], '§6', 'proposed'); g.act(L[6], '§6', 'proposed')
    for w in (L[1], L[3], L[5]): g.act(w, '§6', 'protocol_note')

    pdf.item(7, 'Yttrande över remiss av förslag till regional transportinfrastrukturplan för Kalmar län 2026–2037', ['KS 2026/44'])
    pdf.sec('Kommunstyrelsens beslut')
    pdf.p('Kommunstyrelsen överlämnar samhällsbyggnadsförvaltningens yttrande som Nybro kommuns svar på remissen.')
    pdf.sec('Ärendebeskrivning')
    pdf.p('Region Kalmar län har remitterat förslag till regional transportinfrastrukturplan (Region Kalmar läns dnr RK 2025/1120). Förvaltningens förslag till yttrande lyfter särskilt behovet av ökad turtäthet på stråket Nybro–Emmaboda, trafiksäkerhetsåtgärder på väg 25 och medfinansiering av pendlarparkeringar. Yttrandet bygger vidare på kommunstyrelsens tidigare ställningstagande 2025-05-06, § 88 (KS 2025/140).')
    pdf.sec('Yrkanden')
    pdf.p(f'Ordföranden yrkar bifall till förvaltningens förslag till yttrande. {L[7]} yrkar att yttrandet ändras så att cykelvägen mellan Nybro och Orrefors prioriteras före pendlarparkeringarna.')
    pdf.sec('Propositionsordning')
    pdf.p(f'Ordföranden ställer proposition på förvaltningens förslag mot {L[7].n}s ändringsyrkande och finner att kommunstyrelsen bifaller förvaltningens förslag.')
    pdf.p(f'{L[7]} antecknar till protokollet att Kristdemokraterna fortsatt kommer att driva frågan om cykelvägen i budgetarbetet.')
    g.act(chair, '§7', 'proposed'); g.act(L[7], '§7', 'proposed'); g.act(L[7], '§7', 'protocol_note')
    g.ref('RK 2025/1120'); g.ref('KS 2025/140')

    pdf.item(8, 'Anmälan av delegationsbeslut', ['KS 2026/3'])
    pdf.sec('Kommunstyrelsens beslut')
    pdf.p('Redovisningen av delegationsbeslut godkänns.')
    pdf.sec('Ärendebeskrivning')
    pdf.p('Följande beslut fattade med stöd av delegation anmäls till kommunstyrelsen:')
    pdf.table(32, [30, 95, 35], ['Dnr', 'Beslut', 'Datum'],
              [['KS 2025/402', 'Yttrande över ansökan om serveringstillstånd', '2026-01-12'],
               ['KS 2026/7', 'Tilldelning av föreningsbidrag, förstärkt stöd', '2026-01-15'],
               ['KS 2026/9', 'Avtal om hyra av lokal för feriearbete', '2026-01-22']])
    g.ref('KS 2025/402'); g.ref('KS 2026/7'); g.ref('KS 2026/9')
    g.note('§8 lists delegation decisions with their own numbers: references, not the item\'s numbers (KS 2026/3 is printed on the § line). '
           'KS 2026/19 in §5 is printed on the § line and also in the text: it is the item\'s. "Kalmar län" only in the region name; Kalmar not counted as a kommun named. '
           '§2: the chair\'s proposal that an ärende utgår is procedural, not proposed.')
    return pdf, g

# ---------------------------------------------------------------- 2 Tranås / Platina
def doc_tranas():
    new_doc()
    F = 'tranas_omsorgsnamnden_2026-03-12_protokoll.pdf'
    g = Gold(F, 'Tranås kommun', 'Omsorgsnämnden', '2026-03-12', 'protokoll', ['Tranås'])
    L = members(['KD', 'S', 'M', 'S', 'SD', 'C', 'S', 'L', 'SD', 'M'])
    absent = names(1); T = members(['TF']); E = members(['S', 'M'])
    O = names(3)
    chair, vice, just = L[0], L[1], L[3]

    class P(Base):
        def header(self):
            self.font('SB', 13); self.set_xy(15, 10); self.cell(80, 7, 'TRANÅS KOMMUN')
            self.font('SB', 10); self.set_xy(120, 10); self.cell(75, 5, 'SAMMANTRÄDESPROTOKOLL', align='R')
            self.font('S', 9); self.set_xy(15, 17); self.cell(80, 5, 'Omsorgsnämnden')
            self.set_xy(120, 15); self.cell(75, 5, 'Sammanträdesdatum 2026-03-12', align='R')
            self.set_xy(120, 20); self.cell(75, 5, f'{self.page_no()} ({{nb}})', align='R')
            self.line(15, 26, 195, 26); self.set_y(30)
            if self.forts():
                self.font('SB', 10); self.set_x(15); self.cell(0, 5, f'§ {self.cur}, forts.'); self.ln(7)
        def footer(self):
            y = self.h - 19
            for i, t in enumerate(['Ordförandes sign', 'Justerandes sign', 'Utdragsbestyrkande']):
                self.rect(15 + i * 62, y, 56, 11); self.font('S', 7); self.set_xy(16 + i * 62, y + 0.5); self.cell(50, 3, t)
        def item(self, num, title, dnr):
            self.need(45, True); self.cur, self.cur_page = num, self.page_no()
            self.ln(3); self.font('SB', 14); self.set_x(15); self.cell(0, 8, f'§ {num}'); self.ln(9)
            self.font('SB', 11); self.set_x(15); self.multi_cell(150, 5.5, title, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if dnr:
                self.font('S', 9); self.set_x(15); self.cell(0, 5, 'Diarienummer: ' + ', '.join(dnr)); self.ln(5)
            self.ln(3); g.item(f'§{num}', title, dnr, self.page_no())
        def sec(self, t):
            self.need(14); self.txt(15, 150, t, 'SB', 10, after=0.5)
        def p(self, t):
            self.txt(15, 150, t, 'S', 10, after=2)

    pdf = P(); pdf.set_margins(15, 30, 15); pdf.add_page()
    pdf.font('SB', 10); pdf.cell(0, 6, 'Plats och tid'); pdf.ln(6)
    pdf.font('S', 10); pdf.cell(0, 5, 'Stadshuset, sammanträdesrum Sommen, kl. 13.00–16.20'); pdf.ln(9)
    pdf.font('SB', 10); pdf.cell(0, 6, 'Beslutande'); pdf.ln(7)
    rows = [[chair.n, chair.party, 'ordförande'], [vice.n, vice.party, 'vice ordförande']] + [[m.n, m.party, ''] for m in L[2:]] + \
           [[T[0].n, 'TF', f'tjänstgörande ersättare för {absent[0]}'], ['', '', '']]
    pdf.table(15, [55, 20, 95], ['Namn', 'Parti', 'Funktion'], rows)
    pdf.font('SB', 10); pdf.cell(0, 6, 'Ersättare'); pdf.ln(6); pdf.font('S', 10)
    pdf.multi_cell(150, 5, ', '.join(str(e) for e in E), new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(3)
    pdf.font('SB', 10); pdf.cell(0, 6, 'Tjänstepersoner'); pdf.ln(6); pdf.font('S', 10)
    pdf.multi_cell(150, 5, f'{O[0]}, förvaltningschef\n{O[1]}, nämndsekreterare\n{O[2]}, ekonom, § 25', new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(3)
    pdf.font('SB', 10); pdf.cell(45, 6, 'Justerare'); pdf.font('S', 10); pdf.cell(0, 6, str(just)); pdf.ln(6)
    pdf.font('SB', 10); pdf.cell(45, 6, 'Justeringens plats'); pdf.font('S', 10); pdf.cell(0, 6, 'Omsorgsförvaltningen, 2026-03-17'); pdf.ln(6)
    pdf.font('SB', 10); pdf.cell(45, 6, 'Paragrafer'); pdf.font('S', 10); pdf.cell(0, 6, '§§ 24–29'); pdf.ln(10)
    for lbl, who in [('Sekreterare', O[1]), ('Ordförande', chair.n), ('Justerare', just.n)]:
        pdf.font('S', 9); pdf.cell(30, 5, lbl); pdf.cell(80, 5, '_' * 40); pdf.ln(5); pdf.set_x(45); pdf.cell(80, 5, who); pdf.ln(8)
    for m in L: g.person(m, 'ledamot')
    g.person(chair, 'ordförande'); g.person(vice, 'vice ordförande')
    g.person(T[0], 'tjänstgörande ersättare')
    for e in E: g.person(e, 'ersättare')
    g.person(O[0], 'tjänsteperson', title='förvaltningschef', party=None)
    g.person(O[1], 'sekreterare', 'tjänsteperson', title='nämndsekreterare', party=None)
    g.person(O[2], 'tjänsteperson', title='ekonom', party=None)
    g.person(just, 'justerare')
    g.note(f'Platina-style; Diarienummer line under the title. {T[0].n} (TF, local party) serves for {absent[0]} (absent, not a person). '
           'Attendance table has an empty last row.')

    pdf.add_page()
    pdf.item(24, 'Upprop och val av justerare', [])
    pdf.sec('Beslut')
    pdf.p(f'Omsorgsnämnden utser {just} att jämte ordföranden justera dagens protokoll.')
    g.act(just, '§24', 'justerare')

    pdf.item(25, 'Ekonomisk uppföljning februari 2026', ['ON 2026/0042'])
    pdf.sec('Beslut'); pdf.p('Omsorgsnämnden godkänner den ekonomiska uppföljningen.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Ekonom {O[2]} redogör för utfallet till och med februari. Nämnden prognostiserar ett underskott om 4,1 miljoner kronor för helåret, huvudsakligen inom hemtjänsten där antalet beviljade timmar ökat med 9 procent jämfört med samma period föregående år. Förvaltningen arbetar med en åtgärdsplan som redovisas i april.')
    g.act(O[2], '§25', 'presented')

    pdf.item(26, 'Lokalförsörjningsplan för särskilda boenden i Tranås kommun 2027–2035', ['ON 2025/0198'])
    pdf.sec('Beslut')
    pdf.p('1. Omsorgsnämnden antar lokalförsörjningsplanen för särskilda boenden 2027–2035.\n2. Planen överlämnas till kommunstyrelsen som underlag för investeringsplaneringen.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Förvaltningschef {O[0]} presenterar förslaget. Behovet av platser i särskilt boende beräknas öka från 212 till 265 platser fram till 2035. Planen föreslår att Ekbacken byggs ut med 40 platser 2029 och att det äldre boendet Solgården avvecklas när ersättningsplatser finns. Pensionärsrådet har fått ta del av förslaget och lämnat synpunkter om vikten av närhet till centrum.')
    pdf.p('Förvaltningen bedömer att planen ger förutsättningar att möta behoven och samtidigt minska kostnaderna för inhyrda lokaler. Planen har stämts av med samhällsbyggnadsförvaltningen och med det kommunala bostadsbolaget, som äger fastigheten Ekbacken. En fördjupad kalkyl för tillbyggnaden ska tas fram under 2026.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[2].n} (M): bifall till förvaltningens förslag.\n{L[1].n} (S): återremiss för att utreda om Solgården kan renoveras i stället för att avvecklas.\n{T[0].n} (TF): bifall till {L[1].n}s återremissyrkande.')
    pdf.sec('Beslutsgång')
    pdf.p('Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag. Omröstning begärs och verkställs. Ja-röst för att avgöra ärendet i dag, nej-röst för återremiss.')
    pdf.p('Omröstningsresultat: 6 ja-röster, 5 nej-röster. Omsorgsnämnden har beslutat att avgöra ärendet i dag.')
    pdf.p('Ordföranden ställer därefter proposition på förvaltningens förslag och finner att omsorgsnämnden bifaller detta.')
    pdf.sec('Reservation')
    pdf.p(f'{L[1]}, {L[3]}, {L[6]} och {T[0]} reserverar sig mot beslutet.')
    g.d['items'][-1]['votes_summary'] = 'Ja 6, Nej 5'
    g.act(O[0], '§26', 'presented')
    for w in (L[2], L[1], T[0]): g.act(w, '§26', 'proposed')
    for w in (L[1], L[3], L[6], T[0]): g.act(w, '§26', 'reserved')

    pdf.item(27, f'Svar på motion från {L[7].n} (L) om fler trygghetsboenden i centrala Tranås', ['ON 2025/0311'])
    pdf.sec('Beslut'); pdf.p('Omsorgsnämnden föreslår kommunfullmäktige att motionen ska anses besvarad.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'{L[7]} har i en motion föreslagit att kommunen i samarbete med det kommunala bostadsbolaget ska tillskapa minst 30 trygghetsboendelägenheter i centrala Tranås. Kommunstyrelsen har remitterat motionen till omsorgsnämnden för yttrande (KS 2025/0277). Förvaltningen konstaterar att frågan hanteras i arbetet med bostadsförsörjningsprogrammet.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[7].n} (L): bifall till motionen.\n{chair.n} (KD): att motionen ska anses besvarad i enlighet med förvaltningens förslag.')
    pdf.sec('Beslutsgång')
    pdf.p('Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt ordförandens yrkande.')
    pdf.sec('Reservation'); pdf.p(f'{L[7]} reserverar sig till förmån för eget yrkande.')
    pdf.sec('Protokollsanteckning')
    pdf.p('Socialdemokraterna lämnar följande protokollsanteckning: ”Vi delar motionärens ambition och förutsätter att trygghetsboenden prioriteras i bostadsförsörjningsprogrammet.”')
    g.act(L[7], '§27', 'raised'); g.act(L[7], '§27', 'proposed'); g.act(chair, '§27', 'proposed')
    g.act(L[7], '§27', 'reserved'); g.act(None, '§27', 'protocol_note', party='S'); g.ref('KS 2025/0277')

    pdf.item(28, 'Avgifter inom hemtjänsten 2026 – justering av maxtaxa och timtaxa', ['ON 2026/0051'])
    pdf.sec('Beslut')
    pdf.p('1. Maxtaxan justeras enligt förändringen av prisbasbeloppet.\n2. Timtaxan för serviceinsatser fastställs till 420 kronor per timme från och med 2026-05-01.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[4].n} (SD): ändring av att-sats 2 så att timtaxan fastställs till 440 kronor per timme.\n{L[8].n} (SD): instämmer i {L[4].n}s ändringsyrkande.\n{L[9].n} (M): bifall till förvaltningens förslag.')
    pdf.sec('Beslutsgång')
    pdf.p(f'Ordföranden ställer proposition på förvaltningens förslag mot {L[4].n}s ändringsyrkande avseende att-sats 2 och finner att nämnden bifaller förvaltningens förslag.')
    pdf.p(f'{L[5]} antecknar till protokollet att taxorna bör ses över i sin helhet inför 2027.')
    for w in (L[4], L[8], L[9]): g.act(w, '§28', 'proposed')
    g.act(L[5], '§28', 'protocol_note')

    pdf.item(29, 'Delegationsbeslut och meddelanden', [])
    pdf.sec('Beslut'); pdf.p('Redovisningen läggs till handlingarna.')
    pdf.sec('Ärendebeskrivning')
    pdf.p('Delegationsbeslut fattade under perioden 2026-02-01–2026-02-28 enligt bilagd lista samt meddelanden från Inspektionen för vård och omsorg anmäls.')
    return pdf, g

# ---------------------------------------------------------------- 3 Ydre / W3D3 protokollsutdrag
def doc_ydre():
    new_doc()
    F = 'ydre_kommunstyrelsen_2026-04-07_protokollsutdrag.pdf'
    g = Gold(F, 'Ydre kommun', 'Kommunstyrelsen', '2026-04-07', 'protokoll', ['Ydre'])
    chair = members(['C'])[0]; just = members(['S'])[0]; sek = names(1)[0]; ing = names(1)[0]
    A = members(['M', 'YL', 'S', 'V', 'M'])
    DNR = 'KS/2026:118'

    class P(Base):
        def header(self):
            self.set_fill_color(235, 240, 245); self.rect(0, 0, 210, 24, style='F')
            self.font('SB', 12); self.set_xy(15, 7); self.cell(60, 6, 'YDRE KOMMUN')
            self.font('SB', 9); self.set_xy(80, 7); self.cell(60, 6, 'PROTOKOLLSUTDRAG', align='C')
            self.font('S', 9); self.set_xy(150, 7); self.cell(45, 6, f'Sida {self.page_no()}({{nb}})', align='R')
            self.font('S', 8); self.set_xy(15, 14); self.cell(60, 5, 'Kommunstyrelsen')
            self.set_xy(80, 14); self.cell(60, 5, 'Sammanträdesdatum 2026-04-07', align='C')
            self.set_xy(150, 14); self.cell(45, 5, 'Dnr ' + DNR, align='R')
            self.set_y(32)
            if self.forts():
                self.font('SI', 9); self.set_x(15); self.cell(0, 5, f'Ks § {self.cur} forts.'); self.ln(7)
        def footer(self):
            self.set_y(-18); self.line(15, self.h - 18, 195, self.h - 18)
            self.font('S', 7); self.set_x(15); self.cell(60, 4, 'Justerandes signatur'); self.cell(60, 4, ''); self.cell(60, 4, 'Utdragsbestyrkande', align='R')
        def sec(self, t):
            self.need(14); self.txt(15, 180, t, 'SB', 10, after=0.5)
        def p(self, t):
            self.txt(15, 180, t, 'R', 10, after=2)

    pdf = P(); pdf.set_margins(15, 32, 15); pdf.add_page()
    pdf.font('SB', 9)
    for a, b in [('Ordförande', str(chair)), ('Sekreterare', sek), ('Justerare', str(just)), ('Justerat', '2026-04-10'),
                 ('Beslutande', 'Se protokollet i dess helhet')]:
        pdf.font('SB', 9); pdf.set_x(15); pdf.cell(35, 5, a); pdf.font('S', 9); pdf.cell(0, 5, b); pdf.ln(5)
    pdf.ln(6)
    pdf.cur, pdf.cur_page = 67, pdf.page_no()
    title = 'Försäljning av fastigheten Österbymo 3:45 (f.d. Österbymo skola) samt upphävande av tidigare beslut om inriktning'
    pdf.font('RB', 13); pdf.set_x(15); pdf.cell(20, 7, '§ 67')
    pdf.multi_cell(150, 7, title, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(3)
    g.item('§67', title, [DNR], pdf.page_no())
    pdf.sec('Kommunstyrelsens beslut')
    pdf.p('1. Kommunstyrelsen godkänner försäljning av fastigheten Österbymo 3:45 till Österbymo Utveckling AB för 2 350 000 kronor enligt upprättat köpekontrakt.\n2. Kommunstyrelsens beslut 2024-11-12, § 201, om inriktning för fastighetens framtida användning upphävs.\n3. Kommundirektören får i uppdrag att underteckna köpekontrakt och köpebrev.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Mark- och exploateringsingenjör {ing} föredrar ärendet. Skolverksamheten i Österbymo flyttades till nya lokaler hösten 2024 och fastigheten har sedan dess stått tom. Kommunstyrelsen beslutade 2024-11-12, § 201 (KS/2024:301), att fastigheten i första hand skulle användas för kommunal verksamhet. Någon sådan verksamhet har inte kunnat lokaliseras dit.')
    for t in ['Fastigheten annonserades till försäljning under januari 2026. Fyra intressenter lämnade bud. Det högsta budet lämnades av Österbymo Utveckling AB, som avser att inrätta lokaler för småföretag, en fritidsgård i föreningsregi och sex hyreslägenheter. Köparen har förbundit sig att påbörja ombyggnaden inom två år.',
              'En oberoende värdering från februari 2026 anger marknadsvärdet till 2 100 000–2 400 000 kronor. Förvaltningen bedömer därmed att försäljningen sker till marknadsmässigt pris och att den inte innebär något otillåtet statsstöd. Driftkostnaden för den tomma byggnaden uppgår i dag till cirka 380 000 kronor per år, som kommunen slipper vid en försäljning.',
              'Fastigheten ligger inom detaljplanelagt område med användningen skola. Den tänkta användningen kräver tidsbegränsat bygglov eller en ändring av detaljplanen. Samhällsbyggnadsförvaltningen har bedömt att en planändring kan ske med standardförfarande.',
              'Byggnaden är uppförd 1962 och tillbyggd 1988. Ventilationen och taket behöver åtgärdas inom några år. Köparen har tagit del av besiktningsprotokollet och köpet sker i befintligt skick. Köpeskillingen ska erläggas på tillträdesdagen 2026-06-01.']:
        pdf.p(t)
    pdf.sec('Yrkanden')
    pdf.p(f'Ordföranden yrkar bifall till förvaltningens förslag. {A[0]} instämmer i ordförandens yrkande.')
    pdf.p(f'{A[1]} yrkar att ärendet återremitteras för att utreda om fastigheten kan upplåtas med tomträtt i stället för att säljas. {A[2]} och {A[3]} instämmer i {A[1].n}s återremissyrkande. {A[1].n} yrkar i andra hand avslag på förslaget.')
    pdf.sec('Beslutsgång')
    pdf.p('Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att kommunstyrelsen beslutar att avgöra ärendet i dag. Votering begärs.')
    pdf.p('Kommunstyrelsen godkänner följande voteringsproposition: Ja-röst för att avgöra ärendet i dag. Nej-röst för återremiss.')
    pdf.p('Voteringsresultat: 6 ja-röster och 5 nej-röster. Kommunstyrelsen har därmed beslutat att avgöra ärendet i dag.')
    pdf.p('Ordföranden ställer därefter proposition på bifall mot avslag till förvaltningens förslag och finner att kommunstyrelsen bifaller förslaget.')
    pdf.sec('Reservationer')
    pdf.p(f'{A[2].n} och {A[3].n} reserverar sig mot beslutet. {A[1].n} reserverar sig skriftligen, se nedan.')
    pdf.need(50)
    pdf.sec('Reservation')
    pdf.p('Jag reserverar mig mot beslutet till förmån för mitt återremissyrkande. En fastighet mitt i Österbymo är en strategisk tillgång för bygden. Genom tomträtt hade kommunen behållit rådigheten över marken även på lång sikt och ändå gett köparen möjlighet att utveckla byggnaden.')
    pdf.p(f'Österbymo den 7 april 2026\n\n{A[1].n} ({A[1].party})')
    pdf.sec('Protokollsanteckning')
    pdf.p('Moderaterna ställer sig bakom försäljningen men vill understryka att köpekontraktets villkor om påbörjad ombyggnad ska följas upp av kommunstyrelsen senast 2028.')
    pdf.p(f'{A[4].n}')
    pdf.sec('Beslutsunderlag')
    pdf.p('Tjänsteskrivelse 2026-03-18\nKöpekontrakt, utkast\nVärderingsutlåtande 2026-02-11')
    pdf.sec('Beslutet skickas till')
    pdf.p('Österbymo Utveckling AB\nKommundirektören\nEkonomiavdelningen')
    pdf.ln(4); pdf.font('S', 8); pdf.set_x(15)
    pdf.multi_cell(180, 4.5, f'Utdragsbestyrkande\nUtdraget överensstämmer med originalprotokollet.\n{sek}, sekreterare', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    g.item_votes = None
    g.d['items'][-1]['votes_summary'] = 'Ja 6, Nej 5'
    g.person(chair, 'ordförande', 'ledamot'); g.person(sek, 'sekreterare', 'tjänsteperson', party=None, title='sekreterare')
    g.person(just, 'ledamot', 'justerare'); g.person(ing, 'tjänsteperson', party=None, title='mark- och exploateringsingenjör')
    for a in A: g.person(a, 'ledamot')
    g.act(just, None, 'justerare'); g.act(ing, '§67', 'presented')
    for w in (chair, A[0], A[1], A[2], A[3]): g.act(w, '§67', 'proposed')
    for w in (A[2], A[3], A[1]): g.act(w, '§67', 'reserved')
    g.act(A[4], '§67', 'protocol_note')
    g.ref('KS/2024:301')
    g.note('W3D3-style protokollsutdrag of one §; doc_type protokoll (an extract). The case number is only in the running page header '
           '("Dnr KS/2026:118"), which is the number of the extract\'s single item. No attendance list (refers to the full protocol): the persons '
           'are the head block (ordförande, sekreterare, justerare) and those acting in the §; the actors\' role is assumed ledamot since they make yrkanden '
           '(may be ersättare in reality — not printed). Justerare named in the head block, no "Val av justerare" § -> item null. '
           'The written reservation is signed by ' + A[1].n + ' (YL, local party). The Moderate protokollsanteckning is signed by ' + A[4].n +
           ' under the text -> protocol_note by the person, not party M. Sekreterare title "sekreterare" as printed in the utdragsbestyrkande.')
    return pdf, g

# ---------------------------------------------------------------- 4 Åtvidaberg / Lex-style left column
def doc_atvidaberg():
    new_doc()
    F = 'atvidaberg_kommunfullmaktige_2026-03-30_protokoll.pdf'
    g = Gold(F, 'Åtvidabergs kommun', 'Kommunfullmäktige', '2026-03-30', 'protokoll', ['Åtvidaberg'])
    parties = ['S'] * 10 + ['M'] * 8 + ['SD'] * 6 + ['C'] * 3 + ['ÅF'] * 3 + ['KD'] * 2 + ['V'] * 2 + ['L']
    seats = members(parties)          # 35 seats (ordinary members)
    absent_idx = [4, 14, 28]          # one S, one M, one ÅF absent
    T = {i: members([parties[i]])[0] for i in absent_idx}
    voter = {i: (T[i] if i in absent_idx else seats[i]) for i in range(35)}
    chair, vice1, vice2 = seats[0], seats[10], seats[18]
    kso = seats[11]; sgrp = seats[1]; vmem = seats[33]; cmot = seats[24]; cmem2 = seats[25]
    afint = seats[27]; vmot = seats[32]; cint = seats[26]; valb = seats[2]
    just1, just2 = seats[3], seats[12]
    sek = names(1)[0]; kd = names(1)[0]
    gone = names(1)[0]; newkd = names(1)[0]

    class P(Base):
        def header(self):
            self.font('SB', 11); self.set_xy(15, 10); self.cell(70, 6, 'ÅTVIDABERGS KOMMUN')
            self.font('S', 10); self.set_xy(90, 10); self.cell(40, 6, 'Protokoll', align='C')
            self.font('S', 9); self.set_xy(150, 10); self.cell(45, 6, f'{self.page_no()}/{{nb}}', align='R')
            self.font('S', 9); self.set_xy(15, 16); self.cell(70, 5, 'Kommunfullmäktige')
            self.set_xy(150, 16); self.cell(45, 5, '2026-03-30', align='R')
            self.line(15, 22, 195, 22); self.set_y(27)
            if self.forts():
                self.font('SB', 10); self.set_x(15); self.cell(30, 5, f'§ {self.cur}'); self.font('SI', 9); self.cell(0, 5, '(forts.)'); self.ln(7)
        def footer(self):
            self.line(15, self.h - 17, 195, self.h - 17); self.font('S', 7.5); self.set_xy(15, self.h - 16)
            self.cell(90, 4, 'Justerandes signatur'); self.cell(90, 4, 'Utdragsbestyrkande', align='R')
        def item(self, num, title, dnr):
            self.need(45, True); self.cur, self.cur_page = num, self.page_no()
            self.ln(3); y = self.get_y()
            self.font('SB', 12); self.set_xy(15, y); self.cell(30, 6, f'§ {num}')
            self.font('S', 8.5)
            for k, d in enumerate(dnr):
                self.set_xy(15, y + 7 + 4.5 * k); self.cell(32, 4.5, d)
            self.set_xy(50, y); self.font('SB', 11); self.multi_cell(145, 6, title, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(max(self.get_y(), y + 7 + 4.5 * len(dnr)) + 2)
            g.item(f'§{num}', title, dnr, self.page_no())
        def sec(self, t):
            self.need(14); self.txt(50, 145, t, 'SB', 10, after=0.5)
        def p(self, t):
            self.txt(50, 145, t, 'S', 10, after=2)

    pdf = P(); pdf.set_margins(15, 27, 15); pdf.add_page()
    pdf.font('SB', 16); pdf.cell(0, 10, 'Kommunfullmäktige'); pdf.ln(12)
    for a, b in [('Plats och tid', 'Folkets hus, Stora salen, Åtvidaberg, kl. 18.30–21.05'),
                 ('Beslutande', 'Se närvarolista, sidan 2'),
                 ('Övriga', f'{sek}, kommunsekreterare\n{kd}, kommundirektör'),
                 ('Utses att justera', f'{just1}, {just2}'),
                 ('Justeringens plats och tid', 'Kommunkansliet, 2026-04-02'),
                 ('Paragrafer', '41–47')]:
        y = pdf.get_y(); pdf.font('SB', 10); pdf.set_xy(15, y); pdf.multi_cell(33, 5, a, align='L')
        y2 = pdf.get_y(); pdf.font('S', 10); pdf.set_xy(50, y); pdf.multi_cell(145, 5, b, align='L'); pdf.set_y(max(y2, pdf.get_y()) + 3)
    pdf.ln(6)
    for lbl, who in [('Sekreterare', sek), ('Ordförande', chair.n), ('Justerare', f'{just1.n}                       {just2.n}')]:
        pdf.font('SB', 10); pdf.set_x(15); pdf.cell(35, 5, lbl); pdf.font('S', 10); pdf.cell(0, 5, '.' * 80); pdf.ln(5)
        pdf.set_x(50); pdf.cell(0, 5, who); pdf.ln(10)
    pdf.add_page()
    pdf.font('SB', 12); pdf.cell(0, 7, 'Närvarolista'); pdf.ln(8)
    rows = []
    for i, m in enumerate(seats):
        fn = 'ordförande' if i == 0 else ('1:e vice ordf.' if i == 10 else ('2:e vice ordf.' if i == 18 else ''))
        rows.append([m.n, m.party, fn, str(T[i]) if i in absent_idx else ''])
    pdf.table(15, [55, 15, 35, 75], ['Ledamot', 'Parti', '', 'Tjänstgörande ersättare'], rows, size=8.5, h=5)
    for i, m in enumerate(seats):
        if i not in absent_idx: g.person(m, 'ledamot')
    g.person(chair, 'ordförande'); g.person(vice1, 'vice ordförande'); g.person(vice2, 'vice ordförande')
    for i in absent_idx: g.person(T[i], 'tjänstgörande ersättare')
    g.person(sek, 'sekreterare', 'tjänsteperson', party=None, title='kommunsekreterare')
    g.person(kd, 'tjänsteperson', party=None, title='kommundirektör')
    g.person(just1, 'justerare'); g.person(just2, 'justerare')
    g.note('Lex-style: § number and case number(s) in a left column beside the title. Attendance on page 2: members in a table whose '
           '"Tjänstgörande ersättare" column names who serves for absent members; absent members (' + ', '.join(seats[i].n for i in absent_idx) +
           ') are not persons. ÅF is a local party. 1:e and 2:e vice ordförande -> vice ordförande.')

    pdf.add_page()
    pdf.item(41, 'Val av justerare', [])
    pdf.sec('Beslut')
    pdf.p(f'Kommunfullmäktige utser {just1} och {just2} att jämte ordföranden justera dagens protokoll.')
    g.act(just1, '§41', 'justerare'); g.act(just2, '§41', 'justerare')

    pdf.item(42, 'Anmälan av nya motioner och interpellationer', ['2026.031 KS', '2026.033 KS'])
    pdf.sec('Beslut')
    pdf.p('1. Motionen remitteras till kommunstyrelsen för beredning.\n2. Interpellationen får ställas och besvaras vid fullmäktiges sammanträde i april.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Följande har inkommit sedan föregående sammanträde:\n– Motion från {vmot} om avgiftsfri kollektivtrafik för gymnasieelever, dnr 2026.031 KS.\n– Interpellation från {afint} till kommunstyrelsens ordförande om underhållet av kommunens gång- och cykelvägar, dnr 2026.033 KS.')
    g.act(vmot, '§42', 'raised'); g.act(afint, '§42', 'raised')

    pdf.item(43, f'Svar på interpellation från {cint.n} (C) om snöröjning på landsbygden', ['2026.019 KS'])
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'{cint} har ställt en interpellation till kommunstyrelsens ordförande om hur snöröjningen på enskilda vägar med kommunalt bidrag ska organiseras efter att entreprenadavtalet löpt ut.')
    pdf.p(f'Kommunstyrelsens ordförande {kso} besvarar interpellationen. {cint.n} tackar för svaret och ställer en följdfråga om tidplanen för den nya upphandlingen, som {kso.n} besvarar.')
    pdf.sec('Beslut'); pdf.p('Interpellationen är besvarad.')
    g.act(cint, '§43', 'raised'); g.act(kso, '§43', 'presented')

    pdf.item(44, 'Taxor för vatten och avlopp 2026–2027, ändring av brukningsavgift och anläggningsavgift för nya anslutningar', ['2026.016 KS', '2025.298 KS'])
    pdf.sec('Beslut')
    pdf.p('1. Brukningsavgiften höjs med 12 procent från och med 2026-07-01.\n2. Anläggningsavgiften för nya anslutningar fastställs enligt bilaga.')
    pdf.sec('Ärendebeskrivning')
    pdf.p('VA-verksamheten redovisar ett ackumulerat underskott och stora investeringsbehov i ledningsnätet. Kommunfullmäktige beslutade senast om taxan 2024-12-16, § 133 (2024.210 KS). Förslaget innebär att en normalvilla får en årlig kostnadsökning om cirka 1 150 kronor. Ärendet om anläggningsavgift har beretts i ärende 2025.298 KS och behandlas här tillsammans med brukningsavgiften.')
    pdf.sec('Yrkanden')
    pdf.p(f'{kso} yrkar bifall till kommunstyrelsens förslag. {sgrp} yrkar avslag på kommunstyrelsens förslag. {vmem} och {seats[29]} instämmer i {sgrp.n}s avslagsyrkande.')
    pdf.sec('Propositionsordning')
    pdf.p('Ordföranden ställer proposition på bifall mot avslag och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Votering begärs. Kommunfullmäktige godkänner följande voteringsproposition: Ja-röst för bifall till kommunstyrelsens förslag, nej-röst för avslag.')
    pdf.sec('Omröstningsresultat')
    ja = [i for i in range(35) if parties[i] in ('M', 'SD', 'KD', 'L')]
    nej = [i for i in range(35) if parties[i] in ('S', 'V', 'ÅF')]
    av = [i for i in range(35) if parties[i] == 'C']
    def lbl(i):
        return f'{voter[i]}, tjg ers.' if i in absent_idx else str(voter[i])
    pdf.p(f'Ja-röster ({len(ja)}): ' + '; '.join(lbl(i) for i in ja) + '.')
    pdf.p(f'Nej-röster ({len(nej)}): ' + '; '.join(lbl(i) for i in nej) + '.')
    pdf.p(f'Avstår ({len(av)}): ' + '; '.join(lbl(i) for i in av) + '.')
    pdf.p(f'Med {len(ja)} ja-röster mot {len(nej)} nej-röster, {len(av)} avstår, har kommunfullmäktige bifallit kommunstyrelsens förslag.')
    g.d['items'][-1]['votes_summary'] = f'Ja {len(ja)}, Nej {len(nej)}, Avstår {len(av)}'
    for lst, v in ((ja, 'ja'), (nej, 'nej'), (av, 'avstår')):
        for i in lst: g.vote('§44', 1, voter[i], v)
    pdf.sec('Reservationer')
    pdf.p('Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet. (ÅF) reserverar sig.')
    for w in (kso, sgrp, vmem, seats[29]): g.act(w, '§44', 'proposed')
    for pt in ('S', 'V', 'ÅF'): g.act(None, '§44', 'reserved', party=pt)
    g.ref('2024.210 KS')

    pdf.item(45, f'Motion från {cmot.n} (C) om solcellsanläggningar på kommunens fastigheter', ['2025.122 KS'])
    pdf.sec('Beslut'); pdf.p('Motionen anses besvarad.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'{cmot} föreslår att kommunen tar fram en plan för solcellsanläggningar på samtliga lämpliga kommunala fastigheter. Kommunstyrelsen föreslår att motionen anses besvarad med hänvisning till den energiplan som antas hösten 2026.')
    pdf.sec('Yrkanden')
    pdf.p(f'{cmot} och {cmem2} yrkar bifall till motionen. {kso} yrkar att motionen ska anses besvarad.')
    pdf.sec('Propositionsordning')
    pdf.p('Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige beslutar att motionen anses besvarad.')
    pdf.sec('Reservation'); pdf.p(f'{cmot.n} och {cmem2.n} (C) reserverar sig till förmån för sitt yrkande.')
    pdf.sec('Protokollsanteckning')
    pdf.p('Centerpartiets fullmäktigegrupp lämnar följande protokollsanteckning: ”Vi förväntar oss att energiplanen innehåller konkreta mål för egen elproduktion.”')
    g.act(cmot, '§45', 'raised')
    for w in (cmot, cmem2, kso): g.act(w, '§45', 'proposed')
    g.act(cmot, '§45', 'reserved'); g.act(cmem2, '§45', 'reserved'); g.act(None, '§45', 'protocol_note', party='C')

    pdf.item(46, f'Val av ersättare i barn- och utbildningsnämnden efter {gone} (KD)', ['2026.004 KS'])
    pdf.sec('Beslut')
    pdf.p(f'Kommunfullmäktige väljer {newkd} (KD) till ersättare i barn- och utbildningsnämnden för tiden intill 2026-12-31.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'{gone} (KD) har avsagt sig uppdraget som ersättare i barn- och utbildningsnämnden. Fullmäktige beviljade entledigandet 2026-02-23. Valberedningens ordförande {valb} föredrar valberedningens förslag.')
    g.act(valb, '§46', 'presented')

    pdf.item(47, 'Meddelanden', [])
    pdf.sec('Beslut'); pdf.p('Meddelandena läggs till handlingarna.')
    pdf.p('Revisionsrapport ”Granskning av kommunens krisberedskap”, 2026-03-04.\nKommunstyrelsens protokoll 2026-03-10, § 38, om ändrad sammanträdesplan.')
    g.note(f'§46: {gone} (resigned) and {newkd} (elected) are named but do not act in the meeting -> not persons. '
           '§43: the interpellant\'s follow-up question is part of the debate on her/his own interpellation (raised already); the answer is presented. '
           '§44 votes: the voteringslista is grouped Ja/Nej/Avstår as running lists; tjänstgörande ersättare are marked "tjg ers." and vote for the absent seats. '
           '"(ÅF) reserverar sig" -> party ÅF. §45: "X och Y (C) reserverar sig" -> two persons. §42 gives the new ärenden their numbers -> item numbers. '
           '2024.210 KS in §44 is a reference only.')
    return pdf, g

# ---------------------------------------------------------------- 5 Älmhult / Meetings Plus
def doc_almhult():
    new_doc()
    F = 'almhult_miljo-och-byggnadsnamnden_2026-05-13_protokoll.pdf'
    g = Gold(F, 'Älmhults kommun', 'Miljö- och byggnadsnämnden', '2026-05-13', 'protokoll', ['Älmhult'])
    L = members(['C', 'S', 'M', 'SD', 'S', 'M', 'KD', 'SD', 'ÄV'])
    E = members(['S', 'C', 'SD'])
    O = names(5)  # förvaltningschef, bygglovshandläggare, miljöinspektör, nämndsekreterare, bygglovschef
    chair, vice, just = L[0], L[1], L[4]

    class P(Base):
        def header(self):
            self.set_fill_color(0, 84, 136); self.rect(15, 10, 6, 12, style='F')
            self.font('SB', 12); self.set_xy(23, 10); self.cell(80, 6, 'Älmhults kommun')
            self.font('S', 9); self.set_xy(23, 16); self.cell(80, 5, 'Miljö- och byggnadsnämnden')
            self.font('SB', 10); self.set_xy(130, 10); self.cell(65, 6, 'Protokoll', align='R')
            self.font('S', 9); self.set_xy(130, 16); self.cell(65, 5, '2026-05-13', align='R')
            self.set_y(30)
            if self.forts():
                self.font('SI', 9); self.set_x(15); self.cell(0, 5, f'Forts. § {self.cur}'); self.ln(7)
        def footer(self):
            self.set_y(-16); self.font('S', 8)
            self.cell(120, 4, 'Justerandes signatur: ________________   ________________')
            self.cell(60, 4, f'Sida {self.page_no()} av {{nb}}', align='R')
        def item(self, num, title, dnr):
            self.need(50, True); self.cur, self.cur_page = num, self.page_no()
            self.ln(4)
            if dnr:
                self.font('S', 8); self.set_x(15); self.cell(0, 4, '   '.join(dnr)); self.ln(4.5)
            y = self.get_y(); self.font('SB', 12); self.set_xy(15, y); self.cell(18, 6.5, f'§ {num}')
            self.set_xy(33, y); self.multi_cell(150, 6.5, title, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT); self.ln(2)
            g.item(f'§{num}', title, dnr, self.page_no())
        def sec(self, t):
            self.need(14); self.txt(15, 180, t, 'SB', 10, after=0.5)
        def p(self, t):
            self.txt(15, 180, t, 'S', 10, after=2)

    pdf = P(); pdf.set_margins(15, 30, 15); pdf.add_page()
    pdf.font('SB', 18); pdf.cell(0, 10, 'Protokoll'); pdf.ln(11)
    pdf.font('S', 10); pdf.cell(0, 5, 'Miljö- och byggnadsnämnden'); pdf.ln(5); pdf.cell(0, 5, 'Sammanträdesdatum: 2026-05-13'); pdf.ln(5)
    pdf.cell(0, 5, 'Plats: Kommunhuset, sammanträdesrum Möckeln, kl. 08.30–12.10'); pdf.ln(9)
    def blk(h, lines):
        pdf.font('SB', 10); pdf.cell(0, 5, h); pdf.ln(5.5); pdf.font('S', 10)
        pdf.multi_cell(180, 5, '\n'.join(lines), new_x=XPos.LMARGIN, new_y=YPos.NEXT); pdf.ln(3)
    blk('Närvarande beslutande', [f'{chair.n} ({chair.party}), ordförande', f'{vice.n} ({vice.party}), vice ordförande'] + [f'{m.n} ({m.party})' for m in L[2:]])
    blk('Närvarande ersättare', [f'{m.n} ({m.party})' for m in E])
    blk('Övriga närvarande', [f'{O[0]}, förvaltningschef', f'{O[4]}, bygglovschef', f'{O[1]}, bygglovshandläggare, § 57–58', f'{O[2]}, miljöinspektör, § 59–60', f'{O[3]}, nämndsekreterare'])
    blk('Justerare', [f'{just.n} ({just.party})'])
    blk('Justeringens tid och plats', ['2026-05-18, Kommunhuset'])
    blk('Paragrafer', ['55–61'])
    for m in L: g.person(m, 'ledamot')
    g.person(chair, 'ordförande'); g.person(vice, 'vice ordförande')
    for e in E: g.person(e, 'ersättare')
    for o, t in zip(O, ['förvaltningschef', 'bygglovshandläggare', 'miljöinspektör', 'nämndsekreterare', 'bygglovschef']):
        g.person(o, 'tjänsteperson', party=None, title=t)
    g.person(O[3], 'sekreterare'); g.person(just, 'justerare')
    pdf.ln(4); pdf.font('S', 9)
    pdf.multi_cell(180, 5, f'Underskrifter\n\nSekreterare ______________________   {O[3]}\n\nOrdförande ______________________   {chair.n}\n\nJusterare ______________________   {just.n}', new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.add_page()
    pdf.item(55, 'Val av justerare', [])
    pdf.sec('Beslut'); pdf.p(f'Nämnden väljer {just} att tillsammans med ordföranden justera protokollet.')
    g.act(just, '§55', 'justerare')

    pdf.item(56, 'Information om handläggningstider och bemanning inom bygglovsenheten', [])
    pdf.p(f'Förvaltningschef {O[0]} och bygglovschef {O[4]} informerar om läget. Medianhandläggningstiden för kompletta bygglovsansökningar har minskat från sju till fyra veckor sedan december. Två tjänster som bygglovshandläggare är tillsatta och en tjänst som byggnadsinspektör är under rekrytering.')
    pdf.sec('Beslut'); pdf.p('Informationen noteras.')
    g.act(O[0], '§56', 'presented'); g.act(O[4], '§56', 'presented')

    pdf.item(57, 'Bygglov för nybyggnad av flerbostadshus samt rivning av förrådsbyggnad, Haganäs 3:17', ['BN-2026-001564'])
    pdf.sec('Beslut')
    pdf.p('Bygglov beviljas med stöd av 9 kap. 30 § plan- och bygglagen (2010:900). Rivningslov beviljas enligt 9 kap. 34 § samma lag.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Bygglovshandläggare {O[1]} föredrar ärendet. Ansökan avser ett flerbostadshus i fyra våningar med 24 lägenheter. Åtgärden överensstämmer med detaljplanen. Grannar har beretts tillfälle att yttra sig; två yttranden med invändningar mot byggnadshöjden har kommit in.')
    pdf.sec('Yrkanden')
    pdf.table(15, [60, 120], ['Yrkande av', 'Yrkande'],
              [[f'{chair.n} ({chair.party})', 'Bifall till förvaltningens förslag'],
               [f'{L[3].n} ({L[3].party})', 'Avslag på ansökan om bygglov'],
               [f'{L[7].n} ({L[7].party})', f'Instämmer i {L[3].n}s avslagsyrkande'],
               [f'{L[5].n} ({L[5].party})', 'Bifall till ordförandens yrkande']])
    pdf.sec('Propositionsordning')
    pdf.p('Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller förvaltningens förslag.')
    pdf.sec('Reservation'); pdf.p('(SD) reserverar sig mot beslutet.')
    pdf.sec('Upplysningar')
    pdf.p('Beslutet kan överklagas till Länsstyrelsen i Kronobergs län. Startbesked krävs innan åtgärden påbörjas.')
    g.act(O[1], '§57', 'presented')
    for w in (chair, L[3], L[7], L[5]): g.act(w, '§57', 'proposed')
    g.act(None, '§57', 'reserved', party='SD')

    pdf.item(58, 'Förhandsbesked för nybyggnad av enbostadshus på fastigheten Diö 4:22', ['BN-2026-000981'])
    pdf.sec('Beslut'); pdf.p('Ärendet återremitteras till förvaltningen för kompletterande utredning av vatten- och avloppsförsörjningen.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'{O[1]} föredrar ärendet. Förvaltningen föreslår negativt förhandsbesked eftersom platsen ligger inom område med höga naturvärden och det saknas utredning om vatten och avlopp.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[8]} yrkar att ärendet återremitteras för utredning av möjligheten till gemensam avloppslösning med grannfastigheterna. {L[2]}, {L[6]} och {L[1]} yrkar bifall till återremissyrkandet.')
    pdf.sec('Beslutsgång')
    pdf.p('Ordföranden frågar om ärendet ska avgöras i dag eller återremitteras och finner att nämnden beslutar att återremittera ärendet.')
    pdf.sec('Protokollsanteckning')
    pdf.p('Jag vill att förvaltningen i den kompletterande utredningen även belyser hur tillgängligheten för räddningstjänsten säkras på den enskilda vägen.')
    pdf.p(f'{L[6].n} ({L[6].party})')
    g.act(O[1], '§58', 'presented')
    for w in (L[8], L[2], L[6], L[1]): g.act(w, '§58', 'proposed')
    g.act(L[6], '§58', 'protocol_note')

    pdf.item(59, 'Tillsynsplan och behovsutredning för miljöbalkens område 2026–2028', ['MBN-2026-000044', 'MBN-2026-000045'])
    pdf.sec('Beslut')
    pdf.p('1. Nämnden antar behovsutredningen för 2026–2028.\n2. Nämnden antar tillsynsplanen för 2026.\n3. Förvaltningen ska redovisa hur tillsynen av lantbruk med djurhållning utvecklas vid nämndens sammanträde i november.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Miljöinspektör {O[2]} redogör för behovsutredningen och tillsynsplanen. Behovsutredningen visar ett resursbehov om 9,5 årsarbetskrafter, medan nuvarande bemanning motsvarar 7,8 årsarbetskrafter. Tillsynsplanen prioriterar förorenade områden och enskilda avlopp.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[1]} yrkar bifall till förvaltningens förslag med tillägget att förvaltningen ska redovisa hur tillsynen av lantbruk med djurhållning utvecklas vid nämndens sammanträde i november. Ordföranden yrkar bifall till tilläggsyrkandet.')
    pdf.sec('Beslutsgång')
    pdf.p('Ordföranden ställer proposition på förvaltningens förslag och därefter på tilläggsyrkandet och finner att nämnden bifaller båda.')
    g.act(O[2], '§59', 'presented'); g.act(L[1], '§59', 'proposed'); g.act(chair, '§59', 'proposed')

    pdf.item(60, 'Föreläggande om åtgärder – enskild avloppsanläggning på fastigheten Pjätteryd 2:9', ['MBN-2025-000877'])
    pdf.sec('Beslut')
    pdf.p('Nämnden förelägger fastighetsägaren att senast 2026-10-31 ansluta fastigheten till en avloppsanläggning som uppfyller kraven i 9 kap. 7 § miljöbalken. Föreläggandet förenas med ett vite om 20 000 kronor.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'{O[2]} föredrar ärendet. Vid inventering 2025 konstaterades att anläggningen saknar efterföljande rening. Mark- och miljödomstolen vid Växjö tingsrätt har i ett tidigare mål om en grannfastighet bedömt liknande brister som allvarliga. Fastighetsägaren har inte hörts av efter kommunicering.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[5]} yrkar att vitet sänks till 10 000 kronor. Ordföranden yrkar bifall till förvaltningens förslag.')
    pdf.sec('Propositionsordning')
    pdf.p(f'Ordföranden ställer proposition på förvaltningens förslag mot {L[5].n}s ändringsyrkande och finner att nämnden bifaller förvaltningens förslag.')
    g.act(O[2], '§60', 'presented'); g.act(L[5], '§60', 'proposed'); g.act(chair, '§60', 'proposed')

    pdf.item(61, 'Redovisning av delegationsbeslut april 2026', [])
    pdf.sec('Beslut'); pdf.p('Redovisningen godkänns.')
    pdf.table(15, [45, 95, 40], ['Ärende', 'Beslut', 'Delegat'],
              [['BN-2026-001102', 'Startbesked, tillbyggnad enbostadshus', 'Bygglovshandläggare'],
               ['BN-2026-001190', 'Bygglov, skärmtak', 'Bygglovshandläggare'],
               ['MBN-2026-000212', 'Tillstånd, värmepump', 'Miljöinspektör'],
               ['', '', '']])
    for r in ['BN-2026-001102', 'BN-2026-001190', 'MBN-2026-000212', 'MBN-2026-000102']:
        pass
    g.ref('BN-2026-001102'); g.ref('BN-2026-001190'); g.ref('MBN-2026-000212')
    g.note('Meetings Plus-style; the case number is printed on a small line ABOVE the § heading. §59 has two case numbers. '
           'ÄV is a local party. Yrkanden in §57 as a table "Yrkande av | Yrkande" (4 proposers incl. one "Instämmer"). '
           '"(SD) reserverar sig" -> party SD. §58 protokollsanteckning signed under the text -> that person. '
           'Växjö is only named as seat of a court -> not a kommun named. §61 delegation rows are references. '
           'Bygglovshandläggare and miljöinspektör who föredrar items got action presented; not role föredragande.')
    return pdf, g

# ---------------------------------------------------------------- 6 Ovanåker / Evolution (Formpipe), margin labels
def doc_ovanaker():
    new_doc()
    F = 'ovanaker_samhallsbyggnadsnamnden_2026-05-20_protokoll.pdf'
    g = Gold(F, 'Ovanåkers kommun', 'Samhällsbyggnadsnämnden', '2026-05-20', 'protokoll', ['Ovanåker', 'Bollnäs'])
    L = members(['S', 'M', 'SD', 'S', 'KD', 'OF', 'V', 'M'])
    absent = names(1); T = members(['C'])
    E = members(['S', 'OF'])
    O = names(4)  # samhällsbyggnadschef, planarkitekt, gatuchef, nämndsekreterare
    chair, vice, just = L[0], L[1], L[5]

    class P(Base):
        def header(self):
            self.font('SB', 10); self.set_xy(15, 10); self.cell(80, 5, 'OVANÅKERS KOMMUN')
            self.font('S', 8); self.set_xy(120, 10); self.cell(75, 4, 'SAMMANTRÄDESPROTOKOLL', align='R')
            self.set_xy(120, 14); self.cell(75, 4, 'Samhällsbyggnadsnämnden', align='R')
            self.set_xy(120, 18); self.cell(75, 4, 'Datum 2026-05-20', align='R')
            self.set_y(28)
            if self.forts():
                self.font('SB', 9); self.set_x(15); self.cell(0, 5, f'SBN § {self.cur} (fortsättning)'); self.ln(7)
        def footer(self):
            self.set_y(-15); self.font('S', 7.5)
            self.cell(60, 4, 'Justerandes sign'); self.cell(60, 4, 'Utdragsbestyrkande', align='C')
            self.cell(60, 4, f'{self.page_no()}/{{nb}}', align='R')
        def item(self, num, title, dnr):
            self.need(50, True); self.cur, self.cur_page = num, self.page_no()
            self.ln(4); y = self.get_y()
            self.font('SB', 11); self.set_xy(15, y); self.cell(35, 6, f'SBN § {num}')
            t = title + (f' ({", ".join(dnr)})' if dnr else '')
            self.set_xy(55, y); self.multi_cell(140, 6, t, align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT); self.ln(2)
            g.item(f'§{num}', title, dnr, self.page_no())
        def sec(self, t):
            self.need(14); self.pending = t
        def p(self, t):
            y = self.get_y()
            if getattr(self, 'pending', None):
                self.font('SI', 8.5); self.set_xy(15, y); self.multi_cell(37, 4.5, self.pending, align='L'); self.pending = None
            self.set_xy(55, y); self.txt(55, 140, t, 'S', 9.5, h=4.8, after=2.5)

    pdf = P(); pdf.set_margins(15, 28, 15); pdf.add_page()
    pdf.pending = None
    def row(label, text):
        pdf.sec(label); pdf.p(text)
    row('Plats och tid', 'Kommunhuset i Edsbyn, sammanträdesrum Voxnan, kl. 09.00–12.30')
    row('Beslutande', '\n'.join([f'{chair}, ordförande', f'{vice}, vice ordförande'] + [str(m) for m in L[2:]] + [f'{T[0]}, ersätter {absent[0]} (C)']))
    row('Ersättare', '\n'.join(str(e) for e in E))
    row('Övriga', f'{O[0]}, samhällsbyggnadschef\n{O[1]}, planarkitekt, §§ 85–86\n{O[2]}, gatuchef, § 88\n{O[3]}, nämndsekreterare')
    row('Utses att justera', str(just))
    row('Justeringens plats och tid', 'Kommunhuset, 2026-05-25')
    row('Underskrifter', f'Sekreterare ...............................  {O[3]}          Paragrafer 84–89\n\nOrdförande ...............................  {chair.n}\n\nJusterande ...............................  {just.n}')
    for m in L: g.person(m, 'ledamot')
    g.person(chair, 'ordförande'); g.person(vice, 'vice ordförande'); g.person(T[0], 'tjänstgörande ersättare')
    for e in E: g.person(e, 'ersättare')
    for o, t in zip(O, ['samhällsbyggnadschef', 'planarkitekt', 'gatuchef', 'nämndsekreterare']):
        g.person(o, 'tjänsteperson', party=None, title=t)
    g.person(O[3], 'sekreterare'); g.person(just, 'justerare')
    g.act(just, None, 'justerare')

    pdf.add_page()
    pdf.item(84, 'Godkännande av dagordning', [])
    pdf.sec('Beslut'); pdf.p('Dagordningen godkänns.')

    pdf.item(85, 'Detaljplan för del av Edsbyn 7:41 m.fl., verksamhetsområde vid Knådavägen – beslut om antagande', ['SBN 2026-000123'])
    pdf.sec('Beslut'); pdf.p('Samhällsbyggnadsnämnden antar detaljplanen enligt 5 kap. 27 § plan- och bygglagen.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Planarkitekt {O[1]} föredrar ärendet. Detaljplanen möjliggör cirka 6 hektar mark för verksamheter med industri- och lagerändamål. Under granskningen har Trafikverket och Bollnäs kommun yttrat sig, den senare om den regionala trafikföringen på väg 301. Synpunkterna har föranlett mindre justeringar av planbestämmelserna om dagvatten.')
    pdf.sec('Yrkanden')
    pdf.p(f'Ordföranden yrkar bifall till förvaltningens förslag. {L[6]} yrkar avslag. {L[2]} och {L[5]} instämmer i avslagsyrkandet.')
    pdf.sec('Propositionsordning')
    pdf.p('Ordföranden ställer proposition på bifall mot avslag och finner att nämnden bifaller förslaget. Omröstning begärs. Nämnden godkänner att ja-röst innebär bifall och nej-röst avslag.')
    pdf.sec('Omröstnings-\nresultat')
    pdf.p('Med 5 ja-röster mot 4 nej-röster beslutar nämnden att anta detaljplanen.')
    g.d['items'][-1]['votes_summary'] = 'Ja 5, Nej 4'
    pdf.sec('Reservation')
    pdf.p(f'{L[6]} reserverar sig till förmån för eget yrkande.\n(SD) reserverar sig mot beslutet.')
    g.act(O[1], '§85', 'presented')
    for w in (chair, L[6], L[2], L[5]): g.act(w, '§85', 'proposed')
    g.act(L[6], '§85', 'reserved'); g.act(None, '§85', 'reserved', party='SD')

    pdf.item(86, 'Ansökan om strandskyddsdispens för brygga och badflotte på fastigheten Alfta-Ösa 12:3', ['SBN 2026-000211'])
    pdf.sec('Beslut'); pdf.p('Ansökan om strandskyddsdispens avslås.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'{O[1]} redogör för ärendet. Förvaltningen bedömer att det saknas särskilda skäl enligt 7 kap. 18 c § miljöbalken, eftersom fastigheten redan har tillgång till en brygga vid samfällt område.')
    pdf.sec('Yrkanden')
    pdf.p(f'{T[0]} yrkar att dispens ska medges. Ordföranden yrkar bifall till förvaltningens förslag.')
    pdf.sec('Beslutsgång')
    pdf.p('Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt förvaltningens förslag.')
    pdf.sec('Reservation')
    pdf.p(f'{T[0]} reserverar sig till förmån för eget yrkande.')
    g.act(O[1], '§86', 'presented'); g.act(T[0], '§86', 'proposed'); g.act(chair, '§86', 'proposed'); g.act(T[0], '§86', 'reserved')

    pdf.item(87, 'Revidering av taxa för plan- och bygglovsverksamheten', ['SBN 2026-000098', 'KS 2026/155'])
    pdf.sec('Beslut')
    pdf.p('1. Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta reviderad taxa för plan- och bygglovsverksamheten från och med 2026-09-01.\n2. Nämnden begär att taxans effekter för små företag utvärderas efter ett år.')
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Samhällsbyggnadschef {O[0]} presenterar förslaget. Taxan bygger på Sveriges Kommuner och Regioners underlag och innebär en sänkning av avgiften för bygglov för komplementbyggnader. Kommunstyrelsen har begärt nämndens förslag i ärende KS 2026/155.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[5]} yrkar bifall till förslaget med tillägget att taxans effekter för små företag ska utvärderas efter ett år. {L[7]} instämmer i tilläggsyrkandet.')
    pdf.sec('Beslutsgång')
    pdf.p('Ordföranden ställer proposition på förslaget och på tilläggsyrkandet var för sig och finner att nämnden bifaller båda.')
    pdf.sec('Protokolls-\nanteckning')
    pdf.p('Centerpartiet lämnar följande protokollsanteckning: ”Vi anser att taxan för strandskyddsdispenser borde ha setts över samtidigt.”')
    g.act(O[0], '§87', 'presented'); g.act(L[5], '§87', 'proposed'); g.act(L[7], '§87', 'proposed'); g.act(None, '§87', 'protocol_note', party='C')

    pdf.item(88, 'Information om vinterväghållningen säsongen 2025/2026', [])
    pdf.sec('Ärendebeskrivning')
    pdf.p(f'Gatuchef {O[2]} återkopplar om vintersäsongen. Antalet plogtillfällen var 31, vilket är fler än ett normalår. Kostnaderna överstiger budget med 1,2 miljoner kronor. Klagomålen har främst gällt sandning av gång- och cykelvägar i Alfta.')
    pdf.sec('Beslut'); pdf.p('Informationen noteras till protokollet.')
    g.act(O[2], '§88', 'presented')

    pdf.item(89, 'Anmälan av delegationsbeslut', [])
    pdf.sec('Beslut'); pdf.p('Anmälan godkänns.')
    pdf.sec('Ärendebeskrivning')
    pdf.p('Förteckning över delegationsbeslut 2026-04-01–2026-04-30:\nSBN 2026-000301  Bygglov, fritidshus\nSBN 2026-000317  Slutbesked, garage\nSBN 2026-000322  Parkeringstillstånd för rörelsehindrad')
    for r in ['SBN 2026-000301', 'SBN 2026-000317', 'SBN 2026-000322', 'KS 2026/155']:
        pass
    g.ref('SBN 2026-000301'); g.ref('SBN 2026-000317'); g.ref('SBN 2026-000322')
    g.note(f'Evolution/Formpipe-style: section labels (Yrkanden, Reservation, Protokollsanteckning …) stand in a left margin column beside the text; '
           f'case numbers in parentheses at the end of the § heading ("SBN § 85") and are not part of the title. {T[0].n} (C) serves for {absent[0]} (absent, not a person). '
           'OF is a local party. §87 has two numbers (SBN and KS) on the § line; KS 2026/155 is also cited in the text but belongs to the item because it is on the § line. '
           '"(SD) reserverar sig" -> party SD. Justerare named only on the first page ("Utses att justera") -> item null. '
           'Bollnäs kommun named as remissinstans in §85 -> kommuner. §89 delegation rows are references.')
    return pdf, g

# ---------------------------------------------------------------- 7 Vimmerby / Word template exported to PDF
def doc_vimmerby():
    new_doc()
    F = 'vimmerby_socialnamnden_2026-06-09_protokoll.pdf'
    g = Gold(F, 'Vimmerby kommun', 'Socialnämnden', '2026-06-09', 'protokoll', ['Vimmerby', 'Hultsfred'])
    L = members(['S', 'M', 'C', 'SD', 'S', 'KD', 'KiV', 'M', 'V', 'SD'])
    absent = names(1); T = members(['S'])
    E = members(['M', 'KiV'])
    O = names(3)  # socialchef, controller, sekreterare
    chair, vice, just = L[0], L[1], L[7]

    class P(Base):
        def header(self):
            self.font('R', 9); self.set_xy(15, 10); self.cell(90, 4.5, 'VIMMERBY KOMMUN')
            self.set_xy(105, 10); self.cell(90, 4.5, 'PROTOKOLL', align='R')
            self.set_xy(15, 14.5); self.cell(90, 4.5, 'Socialnämnden')
            self.set_xy(105, 14.5); self.cell(90, 4.5, 'Sammanträdesdatum 2026-06-09', align='R')
            self.set_y(26)
            if self.forts():
                self.font('RB', 11); self.set_x(15); self.cell(0, 6, f'§ {self.cur} forts.'); self.ln(8)
        def footer(self):
            self.set_y(-18); self.font('R', 8)
            self.cell(0, 4, 'Justerandes signatur ____________    ____________', align='L'); self.ln(5)
            self.cell(0, 4, f'Sida {self.page_no()} av {{nb}}', align='C')
        def item(self, num, title, dnr):
            self.need(50, True); self.cur, self.cur_page = num, self.page_no()
            self.ln(5); self.font('RB', 12); self.set_x(15)
            self.multi_cell(180, 6, f'§ {num} {title}', align='L', new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for k, x in enumerate(dnr):
                self.font('R', 10); self.set_x(15); self.cell(0, 5, x if k == 0 else 'Kommunstyrelsens dnr ' + x); self.ln(5.5)
            self.ln(2); g.item(f'§{num}', title, dnr, self.page_no())
        def sec(self, t):
            self.need(14); self.txt(15, 180, t, 'RB', 11, h=5.5, after=0.5)
        def p(self, t):
            self.txt(15, 180, t, 'R', 11, h=5.5, after=3)

    pdf = P(); pdf.set_margins(15, 26, 15); pdf.add_page()
    pdf.font('RB', 20); pdf.cell(0, 12, 'Protokoll'); pdf.ln(14)
    def lab(a, b):
        y = pdf.get_y(); pdf.font('RB', 11); pdf.set_xy(15, y); pdf.multi_cell(45, 5.5, a, align='L'); y2 = pdf.get_y()
        pdf.font('R', 11); pdf.set_xy(62, y); pdf.multi_cell(133, 5.5, b, align='L'); pdf.set_y(max(y2, pdf.get_y()) + 3)
    lab('Plats och tid', 'Stadshuset, Rådhussalen, tisdagen den 9 juni 2026 kl. 13.15–16.40')
    lab('Beslutande', '\n'.join([f'{chair} ordförande', f'{vice} 1:e vice ordförande'] + [str(m) for m in L[2:]] + [f'{T[0]} tjänstgörande ersättare för {absent[0]} (S)']))
    lab('Ersättare', '\n'.join(str(e) for e in E))
    lab('Övriga', f'{O[0]}, socialchef\n{O[1]}, controller, § 73\n{O[2]}, nämndsekreterare')
    lab('Justerare', str(just))
    lab('Justering', 'Socialförvaltningen 2026-06-12')
    lab('Paragrafer', '72–77')
    pdf.ln(3)
    for a, b in [('Sekreterare', O[2]), ('Ordförande', chair.n), ('Justerare', just.n)]:
        lab(a, '\n' + '_' * 40 + '\n' + b)
    for m in L: g.person(m, 'ledamot')
    g.person(chair, 'ordförande'); g.person(vice, 'vice ordförande'); g.person(T[0], 'tjänstgörande ersättare')
    for e in E: g.person(e, 'ersättare')
    for o, t in zip(O, ['socialchef', 'controller', 'nämndsekreterare']):
        g.person(o, 'tjänsteperson', party=None, title=t)
    g.person(O[2], 'sekreterare'); g.person(just, 'justerare')

    pdf.add_page()
    pdf.item(72, 'Val av justerare', [])
    pdf.p(f'Socialnämnden beslutar att utse {just} att tillsammans med ordföranden justera protokollet.')
    g.act(just, '§72', 'justerare')

    pdf.item(73, 'Månadsrapport ekonomi maj 2026', ['Dnr 2026/14'])
    pdf.sec('Beslut'); pdf.p('Socialnämnden godkänner månadsrapporten.')
    pdf.sec('Ärendet')
    pdf.p(f'Controller {O[1]} redogör för utfallet. Nämnden prognostiserar ett underskott om 6,8 miljoner kronor, varav 4,2 miljoner kronor avser externa placeringar av barn och unga. Socialchef {O[0]} informerar om pågående åtgärder för att öka andelen placeringar i egen regi, bland annat i samverkan med Hultsfreds kommun.')
    g.act(O[1], '§73', 'presented'); g.act(O[0], '§73', 'presented')

    t74 = f'Yttrande över motion från {L[6].n} (KiV) om avgiftsfria trygghetslarm för personer över 85 år'
    pdf.item(74, t74, ['Dnr 2026/31', 'KS26/198'])
    pdf.sec('Beslut')
    pdf.p('Socialnämnden överlämnar förvaltningens yttrande till kommunstyrelsen och föreslår att motionen avslås.')
    pdf.sec('Ärendet')
    pdf.p(f'Kommunstyrelsen har remitterat motionen till socialnämnden. Motionären föreslår att trygghetslarm ska vara avgiftsfria för alla över 85 år. Kostnaden beräknas till 1,1 miljoner kronor per år i uteblivna avgifter. Förvaltningen bedömer att avgiften redan i dag är låg och att den inte utgör något hinder för att ansöka om larm. Frågan har tidigare behandlats av kommunfullmäktige 2023-04-24, § 52 (KS21/077).')
    pdf.sec('Yrkanden')
    pdf.p(f'{chair} yrkar bifall till förvaltningens förslag. {L[6]} yrkar att yttrandet ändras så att nämnden tillstyrker motionen. {L[8]} och {L[2]} instämmer i {L[6].n}s ändringsyrkande.')
    pdf.sec('Propositionsordning')
    pdf.p('Ordföranden ställer proposition på förvaltningens förslag mot ändringsyrkandet och finner att socialnämnden bifaller förvaltningens förslag. Omröstning begärs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller ändringsyrkandet röstar nej.')
    pdf.sec('Omröstning')
    seats = [(L[0], 'ja'), (L[1], 'ja'), (L[2], 'nej'), (L[3], 'avstår'), (L[4], 'ja'), (L[5], 'ja'), (L[6], 'nej'), (L[7], 'ja'), (L[8], 'nej'), (L[9], 'avstår'), (T[0], 'ja')]
    rows = []
    for m, v in seats:
        nm = f'{m.n}, tjg ersättare' if m is T[0] else m.n
        rows.append([nm, m.party, 'X' if v == 'ja' else '', 'X' if v == 'nej' else '', 'X' if v == 'avstår' else ''])
        g.vote('§74', 1, m, v)
    rows.append(['Summa', '', '6', '3', '2'])
    pdf.need(80)
    pdf.table(15, [75, 20, 20, 20, 20], ['Ledamot/tjänstgörande ersättare', 'Parti', 'Ja', 'Nej', 'Avstår'], rows, f='R', fb='RB', size=10, h=6, fill_header=False, aligns=['L', 'C', 'C', 'C', 'C'])
    pdf.p('Socialnämnden har med 6 ja-röster mot 3 nej-röster beslutat enligt förvaltningens förslag. 2 ledamöter avstod från att rösta.')
    g.d['items'][-1]['votes_summary'] = 'Ja 6, Nej 3, Avstår 2'
    pdf.sec('Reservation')
    pdf.p(f'{L[6].n} (KiV) och {L[8].n} (V) reserverar sig mot beslutet till förmån för ändringsyrkandet.')
    pdf.sec('Protokollsanteckning')
    pdf.p('Vi avstår från att delta i beslutet då vi anser att frågan om avgifter inom äldreomsorgen bör hanteras samlat i budgetarbetet och inte genom enskilda motioner.')
    pdf.p(f'{L[3].n} (SD)          {L[9].n} (SD)')
    g.act(L[6], '§74', 'raised')
    for w in (chair, L[6], L[8], L[2]): g.act(w, '§74', 'proposed')
    g.act(L[6], '§74', 'reserved'); g.act(L[8], '§74', 'reserved')
    g.act(L[3], '§74', 'protocol_note'); g.act(L[9], '§74', 'protocol_note')
    g.ref('KS21/077')

    pdf.item(75, 'Revidering av riktlinjer för handläggning av ekonomiskt bistånd', ['Dnr 2026/40'])
    pdf.sec('Beslut')
    pdf.p('1. Socialnämnden antar reviderade riktlinjer för handläggning av ekonomiskt bistånd.\n2. Riktlinjerna ska följas upp efter ett år med särskilt fokus på barnperspektivet.')
    pdf.sec('Ärendet')
    pdf.p(f'{O[0]} presenterar förslaget. Revideringen anpassar riktlinjerna till den nya socialtjänstlagen och förtydligar kraven på aktivitet för den som uppbär försörjningsstöd samt hur barns behov ska beaktas.')
    pdf.sec('Yrkanden')
    pdf.p(f'{L[4]} yrkar bifall till förslaget med tillägget att riktlinjerna ska följas upp efter ett år med särskilt fokus på barnperspektivet. {L[5]} och {L[1]} instämmer i tilläggsyrkandet. {L[3]} yrkar att kravet på aktivitet skärps till heltid.')
    pdf.sec('Propositionsordning')
    pdf.p(f'Ordföranden ställer först proposition på förvaltningens förslag mot {L[3].n}s ändringsyrkande och finner att nämnden bifaller förvaltningens förslag. Därefter ställs proposition på tilläggsyrkandet, som bifalls.')
    pdf.sec('Reservation'); pdf.p('Sverigedemokraterna reserverar sig till förmån för eget yrkande.')
    g.act(O[0], '§75', 'presented')
    for w in (L[4], L[5], L[1], L[3]): g.act(w, '§75', 'proposed')
    g.act(None, '§75', 'reserved', party='SD')

    pdf.item(76, 'Rapportering av ej verkställda gynnande beslut enligt socialtjänstlagen och LSS, kvartal 1 2026', ['Dnr 2026/52'])
    pdf.sec('Beslut')
    pdf.p('Socialnämnden godkänner rapporten och överlämnar den till kommunfullmäktige och revisorerna.')
    pdf.sec('Ärendet')
    pdf.p('Under kvartal 1 fanns sju ej verkställda beslut, varav fem avser bostad med särskild service enligt LSS. Rapporten har lämnats till Inspektionen för vård och omsorg.')

    pdf.item(77, 'Delegationsbeslut', [])
    pdf.p('Förteckning över delegationsbeslut för maj 2026 anmäls. Socialnämnden godkänner redovisningen.')
    g.note(f'Word template exported to PDF: "§ 72 Title" on one bold line, "Dnr 2026/14" under it; numbers without organ code are kept with their "Dnr" label as in GOLD_FORMAT example "Dnr 2024/1".  {T[0].n} serves for {absent[0]} (absent, not a person). '
           'KiV is a local party. §74 has two case numbers under the title (own "Dnr 2026/31" and "Kommunstyrelsens dnr KS26/198" on the next line); KS21/077 in the text is a reference. '
           '§74 voteringslista: a table with the tjänstgörande ersättare named in the Ledamot column. The protokollsanteckning in §74 is signed by two SD members under the text -> both persons protocol_note. '
           '§75 "Sverigedemokraterna reserverar sig" -> party SD (member ' + L[3].n + ' proposed). 1:e vice ordförande -> vice ordförande. Hultsfreds kommun named in §73.')
    return pdf, g

# ---------------------------------------------------------------- 8 Region Kronoberg / InfoMaker-style two columns
def doc_kronoberg():
    new_doc()
    F = 'region-kronoberg_regionstyrelsen_2026-04-21_protokoll.pdf'
    g = Gold(F, 'Region Kronoberg', 'Regionstyrelsen', '2026-04-21', 'protokoll', ['Ljungby', 'Markaryd', 'Halmstad'], ['Region Kronoberg', 'Region Halland'])
    L = members(['M', 'S', 'KD', 'SD', 'S', 'C', 'M', 'SD', 'L', 'S', 'V', 'KD', 'M', 'KVP'])
    absent = names(1); T = members(['S'])
    E = members(['M', 'S', 'SD', 'KVP'])
    O = names(4)  # regiondirektör, ekonomidirektör, regionjurist(sekreterare), fastighetschef
    chair, vice1, vice2 = L[0], L[1], L[2]
    just1, just2 = L[4], L[6]
    TOP, BOT = 30, 270
    COLS = [15, 108]; CW = 87

    class P(Base):
        def header(self):
            self.font('CB', 11); self.set_xy(15, 10); self.cell(60, 6, 'REGION KRONOBERG')
            self.font('C', 9); self.set_xy(80, 10); self.cell(50, 6, 'Protokoll', align='C')
            self.set_xy(150, 10); self.cell(45, 6, f'Sida {self.page_no()} ({{nb}})', align='R')
            self.set_xy(15, 16); self.cell(60, 5, 'Regionstyrelsen'); self.set_xy(150, 16); self.cell(45, 5, '2026-04-21', align='R')
            self.line(15, 22, 195, 22); self.line(105.5, 28, 105.5, 272)
            if self.forts():
                self.font('C', 7.5); self.set_xy(80, 22.5); self.cell(50, 4, f'§ {self.cur} forts.', align='C')
        def footer(self):
            self.font('C', 7); self.set_xy(15, self.h - 20); self.cell(90, 4, 'Justerare')
            self.cell(90, 4, 'Utdragsbestyrkande', align='R')
    pdf = P(); pdf.set_margins(15, 30, 15); pdf.set_auto_page_break(False)
    st = {'col': 0, 'y': TOP}
    def nxt():
        if st['col'] == 0:
            st['col'] = 1
        else:
            pdf.add_page(); st['col'] = 0
        st['y'] = TOP
    def ensure(h):
        if st['y'] + h > BOT: nxt()
    def text(t, f='C', size=9, lh=4.3, after=1.5):
        pdf.font(f, size)
        for para in t.split('\n'):
            lines = pdf.multi_cell(CW, lh, para, dry_run=True, output='LINES') if para else ['']
            for ln in lines:
                ensure(lh); pdf.set_xy(COLS[st['col']], st['y']); pdf.cell(CW, lh, ln); st['y'] += lh
        st['y'] += after
    def sec(t):
        ensure(14); text(t, 'CB', 9, after=0.3)
    def item(num, title, dnr):
        if st['y'] + 40 > BOT: 
            pdf.cur = None
            nxt()
        pdf.cur, pdf.cur_page = num, pdf.page_no()
        st['y'] += 3; x = COLS[st['col']]; y = st['y']
        pdf.set_fill_color(220, 220, 220); pdf.font('CB', 8)
        pdf.set_xy(x, y); pdf.cell(20, 5, 'Paragraf', border=1, fill=True); pdf.cell(CW - 20, 5, 'Dnr', border=1, fill=True)
        pdf.font('C', 8.5); pdf.set_xy(x, y + 5); pdf.cell(20, 5.5, f'§ {num}', border=1); pdf.cell(CW - 20, 5.5, ', '.join(dnr), border=1)
        st['y'] = y + 13
        text(title, 'CB', 10.5, lh=5, after=2)
        g.item(f'§{num}', title, dnr, pdf.page_no())

    pdf.add_page()
    text('Regionstyrelsen', 'CB', 14, lh=7, after=3)
    for a, b in [('Plats och tid', 'Regionhuset, sammanträdesrum Kronoberg, kl. 09.00–15.30'),
                 ('Ledamöter', '\n'.join([f'{chair}, ordförande', f'{vice1}, 1:e vice ordförande', f'{vice2}, 2:e vice ordförande'] + [str(m) for m in L[3:]] + [f'{T[0]}, tjänstgörande ersättare för {absent[0]}'])),
                 ('Ersättare', '\n'.join(str(e) for e in E)),
                 ('Övriga deltagande', f'{O[0]}, regiondirektör\n{O[1]}, ekonomidirektör, § 62\n{O[3]}, fastighetschef, § 65\n{O[2]}, regionjurist, sekreterare'),
                 ('Justerare', f'{just1} och {just2}'),
                 ('Justeringsdatum', '2026-04-24'),
                 ('Paragrafer', '§§ 61–66')]:
        text(a, 'CB', 9, after=0.3); text(b, 'C', 9, after=3)
    text('Underskrifter', 'CB', 9, after=2)
    text(f'Sekreterare\n\n..........................................\n{O[2]}\n\nOrdförande\n\n..........................................\n{chair.n}\n\nJusterare\n\n..........................................\n{just1.n}\n\n..........................................\n{just2.n}', 'C', 9)
    for m in L: g.person(m, 'ledamot')
    g.person(chair, 'ordförande'); g.person(vice1, 'vice ordförande'); g.person(vice2, 'vice ordförande')
    g.person(T[0], 'tjänstgörande ersättare')
    for e in E: g.person(e, 'ersättare')
    for o, t in zip(O, ['regiondirektör', 'ekonomidirektör', 'regionjurist', 'fastighetschef']):
        g.person(o, 'tjänsteperson', party=None, title=t)
    g.person(O[2], 'sekreterare'); g.person(just1, 'justerare'); g.person(just2, 'justerare')

    pdf.add_page(); st['col'] = 0; st['y'] = TOP
    item(61, 'Val av justerare och tid för justering', [])
    sec('Beslut'); text(f'Regionstyrelsen utser {just1} och {just2} att justera dagens protokoll. Justering sker 2026-04-24.')
    g.act(just1, '§61', 'justerare'); g.act(just2, '§61', 'justerare')

    item(62, 'Månadsrapport mars 2026 för Region Kronoberg', ['2026-00087'])
    sec('Beslut'); text('Regionstyrelsen godkänner månadsrapporten för mars 2026.')
    sec('Sammanfattning')
    text(f'Ekonomidirektör {O[1]} redogör för rapporten. Resultatet efter mars uppgår till minus 112 miljoner kronor, vilket är 64 miljoner kronor sämre än budget. Underskottet förklaras främst av ökade kostnader för inhyrd personal inom hälso- och sjukvården och för läkemedel. Nettokostnadsutvecklingen uppgår till 6,1 procent mot budgeterade 4,0 procent.')
    text('Skatteintäkterna bedöms bli 18 miljoner kronor lägre än budgeterat enligt Sveriges Kommuner och Regioners senaste prognos. Regiondirektören har beslutat om ett förstärkt arbete med kostnadskontroll inom samtliga förvaltningar.')
    sec('Yrkanden')
    text(f'Ordföranden yrkar bifall till förslaget. {L[1]} och {L[9]} yrkar att regionstyrelsen dessutom ska ge regiondirektören i uppdrag att redovisa en plan för minskat beroende av inhyrd personal senast i juni.')
    sec('Propositionsordning')
    text('Ordföranden ställer proposition på tilläggsyrkandet och finner att det avslås.')
    sec('Reservation')
    text('Socialdemokraterna reserverar sig mot beslutet till förmån för tilläggsyrkandet.')
    g.act(O[1], '§62', 'presented'); g.act(chair, '§62', 'proposed'); g.act(L[1], '§62', 'proposed'); g.act(L[9], '§62', 'proposed')
    g.act(None, '§62', 'reserved', party='S')

    item(63, 'Remissvar – gemensam strategi för kollektivtrafik i Kronobergs och Hallands län 2027–2035', ['2026-00112'])
    sec('Beslut'); text('Regionstyrelsen antar förslaget till remissvar.')
    sec('Sammanfattning')
    text('Region Halland har bjudit in Region Kronoberg att lämna synpunkter på en gemensam strategi för kollektivtrafiken över länsgränsen. Strategin omfattar bland annat ökad turtäthet på Kust till kust-banan och nya regionbusslinjer mellan Ljungby, Markaryd och Halmstad.')
    sec('Yrkanden')
    text(f'{L[10]} yrkar att remissvaret kompletteras med ett krav på att priset för periodbiljett över länsgräns inte ska höjas. {L[13]} instämmer i {L[10].n}s yrkande. {L[0]} yrkar bifall till förslaget.')
    sec('Beslutsgång')
    text('Ordföranden ställer proposition på förslaget och tilläggsyrkandet och finner att regionstyrelsen bifaller förslaget och avslår tilläggsyrkandet.')
    sec('Reservation')
    text(f'{L[10]} reserverar sig till förmån för eget yrkande. {L[13]} reserverar sig.')
    for w in (L[10], L[13], L[0]): g.act(w, '§63', 'proposed')
    g.act(L[10], '§63', 'reserved'); g.act(L[13], '§63', 'reserved')

    t64 = f'Motion från {L[10].n} (V) och {L[4].n} (S) om fria mensskydd för unga i regionens ungdomsmottagningar'
    item(64, t64, ['2025-01311'])
    sec('Förslag till regionfullmäktige'); text('Motionen avslås.')
    sec('Sammanfattning')
    text('Motionärerna föreslår att regionen ska erbjuda fria mensskydd vid samtliga ungdomsmottagningar. Hälso- och sjukvårdsnämnden har yttrat sig över motionen och avstyrkt den med hänvisning till kostnaden och att flera kommuner redan erbjuder mensskydd i skolan.')
    sec('Yrkanden')
    text(f'{L[4]} yrkar återremiss för att utreda kostnaden för ett försök vid två ungdomsmottagningar. {L[10]}, {T[0]} och {L[13]} instämmer i återremissyrkandet. Ordföranden yrkar att ärendet avgörs i dag och att motionen avslås.')
    sec('Beslutsgång')
    text('Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att det ska avgöras i dag. Omröstning begärs. Ja för att avgöra ärendet i dag, nej för återremiss.')
    text('Omröstningsresultat: Ja 9, Nej 6. Regionstyrelsen beslutar att avgöra ärendet i dag. Därefter finner ordföranden att regionstyrelsen föreslår regionfullmäktige att avslå motionen.')
    g.d['items'][-1]['votes_summary'] = 'Ja 9, Nej 6'
    sec('Reservationer')
    text(f'{L[4].n}, {L[1].n}, {L[9].n}, {T[0].n} (samtliga S) och {L[10].n} (V) reserverar sig mot beslutet.')
    g.act(L[10], '§64', 'raised'); g.act(L[4], '§64', 'raised')
    for w in (L[4], L[10], T[0], L[13], chair): g.act(w, '§64', 'proposed')
    for w in (L[4], L[1], L[9], T[0], L[10]): g.act(w, '§64', 'reserved')

    item(65, 'Investeringsbeslut – ny ambulansstation i Ljungby', ['2026-00140', '2025-01245'])
    sec('Beslut'); text('1. Regionstyrelsen godkänner investeringen om 68 miljoner kronor.\n2. Fastighetsförvaltningen får i uppdrag att genomföra upphandlingen.')
    sec('Sammanfattning')
    text(f'Fastighetschef {O[3]} föredrar ärendet. Den nuvarande stationen uppfyller inte arbetsmiljökraven. Den nya stationen placeras vid riksväg 25 med närhet till E4. Förstudien behandlades i ärende 2025-01245 och regionfullmäktiges investeringsram finns i budgetbeslutet 2025-11-25, § 142 (2025-00988).')
    sec('Yrkanden'); text('Ordföranden yrkar bifall till förslaget.')
    sec('Protokollsanteckningar')
    text(f'{L[3].n} (SD), {L[7].n} (SD) och {L[13].n} (KVP) lämnar följande gemensamma protokollsanteckning: ”Vi stödjer investeringen men vill att ambulansberedskapen i Markaryd säkras under byggtiden.”')
    g.act(O[3], '§65', 'presented'); g.act(chair, '§65', 'proposed')
    for w in (L[3], L[7], L[13]): g.act(w, '§65', 'protocol_note')
    g.ref('2025-00988')

    item(66, 'Anmälningsärenden', [])
    sec('Beslut'); text('Anmälningsärendena läggs till handlingarna.')
    text('Protokoll från Regionala samverkansrådet 2026-03-27.\nSkrivelse från Markaryds kommun om vårdcentralens öppettider, dnr 2026-00131.\nDelegationsbeslut enligt bilaga.')
    g.ref('2026-00131')
    g.note(f'InfoMaker-style page in two text columns; each § starts with a small table whose header row is "Paragraf | Dnr". '
           'Bare case numbers ("2026-00087"). pdftotext -layout interleaves the two columns; read column by column. '
           f'{T[0].n} (S) serves for {absent[0]} (absent, not a person). KVP is a regional local party. 1:e/2:e vice ordförande -> vice ordförande. '
           '§64 vote is a count only (summary). §65 has two numbers in its Dnr cell; 2025-01245 is also cited in the text. 2025-00988 and 2026-00131 are references. '
           'Kommuner named: Ljungby, Markaryd (also "Markaryds kommun"), Halmstad (in Halland, named in §63). "Kronobergs och Hallands län" are counties, not regions or kommuner; '
           'regions: Region Kronoberg, Region Halland.')
    return pdf, g

# ---------------------------------------------------------------- main
import sys, subprocess, os
DOCS = [doc_nybro, doc_tranas, doc_ydre, doc_atvidaberg, doc_almhult, doc_ovanaker, doc_vimmerby, doc_kronoberg]
if __name__ == '__main__':
    out = []
    here = os.path.dirname(os.path.abspath(__file__))
    for fn in DOCS:
        pdf, g = fn()
        path = os.path.join(here, g.d['file'])
        pdf.output(path)
        pages = pdf.pages_count
        out.append(g.out(pages))
    with open(os.path.join(here, 'gold.json'), 'w') as f:
        json.dump({'format': 'arkiv-gold/1', 'documents': out}, f, ensure_ascii=False, indent=1)
    print('ok', len(out))
