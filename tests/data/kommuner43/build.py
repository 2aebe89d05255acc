# Generator for the kommuner43 blind gold set. All people, matters and numbers invented.
import json, os, subprocess, re
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
FD = '/usr/share/fonts/truetype/dejavu/'
GOLD = []

def mkpdf(header=None, footer=None, margins=(20, 28, 20)):
    class P(FPDF):
        def header(self):
            if header: header(self)
        def footer(self):
            if footer: footer(self)
        def add_page(self, *a, **k):
            super().add_page(*a, **k)
            self.set_xy(self.l_margin, self.t_margin)
        def multi_cell(self, *a, **k):
            k.setdefault('align', 'L')
            return super().multi_cell(*a, **k)
    p = P(format='A4')
    p.add_font('S', '', FD + 'DejaVuSans.ttf'); p.add_font('S', 'B', FD + 'DejaVuSans-Bold.ttf')
    p.add_font('S', 'I', FD + 'DejaVuSans-Oblique.ttf')
    p.add_font('R', '', FD + 'DejaVuSerif.ttf'); p.add_font('R', 'B', FD + 'DejaVuSerif-Bold.ttf')
    p.add_font('R', 'I', FD + 'DejaVuSerif-Italic.ttf')
    p.set_margins(margins[0], margins[1], margins[2]); p.set_auto_page_break(True, 25)
    p.alias_nb_pages()
    return p

def per(name, party, roles, title=None):
    d = {"name": name, "party": party, "roles": roles}
    if title: d["title"] = title
    return d

def act(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party: d["party"] = party
    return d

def txt(p, s, font='R', size=10.5, style='', h=5.2, w=0, indent=0, align='L'):
    p.set_font(font, style, size)
    if indent: p.set_x(p.l_margin + indent)
    p.multi_cell(w, h, s, new_x='LMARGIN', new_y='NEXT', align=align)

def gap(p, h=3): p.ln(h)

def keep(p, need=40):
    if p.get_y() > p.h - 25 - need: p.add_page()

# =====================================================================================
# 1. Hammarö kommun, Kommunfullmäktige, Ciceron-style protocol PDF with voteringslista
# =====================================================================================
def doc_hammaro():
    fn = 'hammaro_kommunfullmaktige_2026-03-23_protokoll.pdf'
    def hdr(p):
        p.set_font('S', 'B', 10); p.set_xy(20, 10); p.cell(60, 5, 'HAMMARÖ KOMMUN')
        p.set_font('S', 'B', 10); p.set_xy(95, 10); p.cell(60, 5, 'SAMMANTRÄDESPROTOKOLL')
        p.set_font('S', '', 9); p.set_xy(160, 10); p.cell(30, 5, f'Sida {p.page_no()}({{nb}})', align='R')
        p.set_font('S', '', 9); p.set_xy(95, 15); p.cell(60, 5, 'Sammanträdesdatum')
        p.set_xy(20, 15); p.cell(60, 5, '')
        p.set_xy(95, 19); p.cell(60, 5, '2026-03-23')
        if p.page_no() > 1:
            p.set_xy(20, 19); p.set_font('S', '', 9); p.cell(60, 5, 'Kommunfullmäktige')
        p.line(20, 25, 190, 25)
    def ftr(p):
        p.set_y(-20); p.line(20, p.get_y(), 190, p.get_y())
        p.set_font('S', '', 7.5)
        p.cell(35, 4, 'Justerandes sign', border='R'); p.cell(50, 4, '', border='R'); p.cell(0, 4, 'Utdragsbestyrkande', align='R')
    p = mkpdf(hdr, ftr, (20, 30, 20))
    p.add_page()
    p.set_font('S', 'B', 15); p.cell(0, 9, 'Kommunfullmäktige', new_x='LMARGIN', new_y='NEXT'); gap(p, 2)
    rows = [
        ('Plats och tid', 'Sessionssalen, Hammarö kommunhus, Skoghall, måndagen den 23 mars 2026 kl. 18.30–21.50\nAjournering kl. 20.05–20.20'),
        ('Beslutande', 'Se närvaro- och voteringslista, sida 2'),
        ('Övriga närvarande', 'Henrik Molander, kommundirektör\nJenny Alvén, kommunsekreterare\nTove Lindqvist, planarkitekt, § 16\nErsättare: Agneta Wall (S), Dan Frisk (SD)'),
        ('Utses att justera', 'Cecilia Bratt (M) och Ali Hassan (V)'),
        ('Justeringens plats och tid', 'Kommunhuset, Skoghall, 2026-03-27 kl. 10.00'),
    ]
    for a, b in rows:
        y = p.get_y(); p.set_font('S', 'B', 9.5); p.multi_cell(50, 5, a)
        p.set_xy(72, y); p.set_font('R', '', 10); p.multi_cell(118, 5, b, new_x='LMARGIN', new_y='NEXT'); gap(p, 2)
    gap(p, 4)
    p.set_font('S', '', 9.5)
    for lab, name in [('Sekreterare', 'Jenny Alvén'), ('Ordförande', 'Mats Fredriksson'), ('Justerande', 'Cecilia Bratt                              Ali Hassan')]:
        y = p.get_y(); p.set_font('S', 'B', 9.5); p.cell(50, 6, lab)
        if lab == 'Sekreterare':
            p.set_font('S', '', 9.5); p.cell(40, 6, 'Paragrafer 12–20')
        p.ln(9); p.set_x(72); p.set_font('R', '', 10); p.cell(0, 5, '.' * 40, new_x='LMARGIN', new_y='NEXT')
        p.set_x(72); p.cell(0, 5, name, new_x='LMARGIN', new_y='NEXT'); gap(p, 2)
    gap(p, 6)
    p.set_font('S', 'B', 11); p.cell(0, 7, 'ANSLAG/BEVIS', new_x='LMARGIN', new_y='NEXT')
    p.set_font('R', '', 9.5)
    p.multi_cell(0, 5, 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n'
                 'Organ: Kommunfullmäktige        Sammanträdesdatum: 2026-03-23\n'
                 'Datum då anslaget sätts upp: 2026-03-30        Datum då anslaget tas ned: 2026-04-21\n'
                 'Förvaringsplats för protokollet: Kommunledningskontoret\n'
                 'Underskrift ........................................  Jenny Alvén', new_x='LMARGIN', new_y='NEXT')

    # members
    S = ['Per Ahlström', 'Ulla Berg', 'Mats Fredriksson', 'Annika Sandell', 'Kjell Nordin', 'Therese Holmgren',
         'Björn Åkesson', 'Malin Kvist', 'Roger Lund', 'Helena Pihl', 'Tomas Engström', 'Siv Backlund']
    M = ['Lars Wennberg', 'Cecilia Bratt', 'Ola Jonsson', 'Karin Hed', 'Fredrik Lilja', 'Sofie Ahl', 'Niklas Grå']
    SD = ['Johan Sterner', 'Peter Alm', 'Linda Rask', 'Jimmy Berggren', 'Monica Falk', 'Stefan Öst']
    C = ['Maria Ek', 'Erik Sund']; V = ['Karin Lövgren', 'Ali Hassan']; KD = ['Anders Holm', 'Birgitta Roos']
    L = ['Eva Strand']; MP = ['Sara Nyberg']; HL = ['Göran Tjärn', 'Hanna Vik']
    order = [('S', S), ('M', M), ('SD', SD), ('C', C), ('V', V), ('KD', KD), ('L', L), ('MP', MP), ('HL', HL)]
    subs = {'Siv Backlund': 'Leif Mossberg', 'Fredrik Lilja': 'Jessica Bergkvist', 'Hanna Vik': 'Olle Tjärnström'}
    members = []
    for party, names in order:
        for n in names: members.append((n, party))
    # KF presidium first as in Ciceron lists
    pres = {'Mats Fredriksson': 'ordförande', 'Lars Wennberg': '1:e vice ordförande', 'Karin Lövgren': '2:e vice ordförande'}
    members.sort(key=lambda m: 0 if m[0] == 'Mats Fredriksson' else 1 if m[0] == 'Lars Wennberg' else 2 if m[0] == 'Karin Lövgren' else 3)
    p.add_page()
    p.set_font('S', 'B', 11); p.cell(0, 7, 'Närvaro- och voteringslista', new_x='LMARGIN', new_y='NEXT')
    p.set_font('S', '', 8.5); p.cell(0, 5, 'Omröstning 1 avser § 16, fråga om ärendet ska avgöras i dag. Ja = avgöras i dag, Nej = återremiss.', new_x='LMARGIN', new_y='NEXT'); gap(p, 1)
    def vote_of(party):
        return {'M': 'Nej', 'SD': 'Nej', 'KD': 'Nej', 'L': 'Avstår'}.get(party, 'Ja')
    votes = []
    p.set_font('S', '', 8.5)
    with p.table(col_widths=(52, 14, 48, 14, 14, 14, 14), line_height=4.6, text_align=('LEFT', 'CENTER', 'LEFT', 'CENTER', 'CENTER', 'CENTER', 'CENTER'),
                 headings_style=FontFace(emphasis='BOLD'), repeat_headings=1) as t:
        r = t.row()
        for h in ('Ledamot', 'Parti', 'Tjänstgörande ersättare', 'Närv', 'Ja', 'Nej', 'Avstår'): r.cell(h)
        for n, party in members:
            r = t.row()
            label = n + (f', {pres[n]}' if n in pres else '')
            r.cell(label); r.cell(party)
            e = subs.get(n, '')
            r.cell(e); r.cell('X')
            v = vote_of(party)
            r.cell('X' if v == 'Ja' else ''); r.cell('X' if v == 'Nej' else ''); r.cell('X' if v == 'Avstår' else '')
            votes.append({"item": "§16", "round": 1, "person": e or n, "vote": v.lower()})
        r = t.row(); r.cell('Summa'); r.cell(''); r.cell(''); r.cell('35'); r.cell('19'); r.cell('15'); r.cell('1')
    assert sum(1 for v in votes if v['vote'] == 'ja') == 19 and sum(1 for v in votes if v['vote'] == 'nej') == 15

    items = []; acts = []
    def para(num, dnr, title, body):
        keep(p, 45)
        gap(p, 4)
        pg = p.page_no()
        p.set_font('S', 'B', 11); p.cell(40, 6, f'§ {num}')
        p.set_font('S', '', 9.5); p.cell(0, 6, f'Dnr {dnr}' if dnr else '', align='R', new_x='LMARGIN', new_y='NEXT')
        p.set_font('S', 'B', 11.5); p.multi_cell(150, 6, title, new_x='LMARGIN', new_y='NEXT', align='L'); gap(p, 2)
        items.append({"number": f"§{num}", "title": title.replace('\n', ' '), "diarienummer": [dnr] if dnr else [], "page": pg})
        for kind, s in body:
            if kind == 'h': keep(p, 20); gap(p, 1); txt(p, s, 'S', 10, 'B')
            elif kind == 'br': p.add_page(); txt(p, s, 'S', 10.5, 'B'); gap(p, 2)
            else: txt(p, s, align='J'); gap(p, 1.5)
    p.add_page()
    para(12, None, 'Val av justerare och tid för justering', [
        ('h', 'Beslut'), ('t', 'Kommunfullmäktige beslutar att utse Cecilia Bratt (M) och Ali Hassan (V) att jämte ordföranden justera dagens protokoll.\n\nJusteringen sker i kommunhuset fredagen den 27 mars 2026 kl. 10.00.')])
    acts += [act('Cecilia Bratt', '§12', 'justerare'), act('Ali Hassan', '§12', 'justerare')]
    para(13, None, 'Fastställande av dagordning', [
        ('h', 'Beslut'), ('t', 'Dagordningen fastställs med ändringen att ärendet om avsägelser utgår, då inga avsägelser inkommit.')])
    para(14, 'KS 2026/41', 'Interpellation från Karin Lövgren (V) till kommunstyrelsens ordförande om skolskjutsar och kollektivtrafik på Hammarö – svar', [
        ('h', 'Ärendebeskrivning'),
        ('t', 'Karin Lövgren (V) har den 2 februari 2026 ställt en interpellation till kommunstyrelsens ordförande Per Ahlström (S) om hur kommunen avser att säkra skolskjutsarna när Region Värmland ser över busslinjerna mellan Skoghall och Karlstad.'),
        ('t', 'Per Ahlström (S) besvarar interpellationen. Svaret redovisas i bilaga 1 till protokollet.'),
        ('t', 'I debatten deltar Karin Lövgren (V) och Per Ahlström (S).'),
        ('h', 'Beslut'), ('t', 'Kommunfullmäktige förklarar interpellationsdebatten avslutad.')])
    acts += [act('Karin Lövgren', '§14', 'raised'), act('Per Ahlström', '§14', 'presented')]
    para(15, 'KS 2026/63', 'Fråga från Johan Sterner (SD) till barn- och utbildningsnämndens ordförande om vikariebristen i förskolan', [
        ('t', 'Johan Sterner (SD) har ställt en fråga om hur många förskoleavdelningar som under hösten 2025 har stängts på grund av vikariebrist.'),
        ('t', 'Barn- och utbildningsnämndens ordförande Maria Ek (C) besvarar frågan muntligt vid sammanträdet.'),
        ('h', 'Beslut'), ('t', 'Frågan anses besvarad.')])
    acts += [act('Johan Sterner', '§15', 'raised'), act('Maria Ek', '§15', 'presented')]
    para(16, 'KS 2024/318', 'Detaljplan för Skoghall, bostäder vid Mörmoviken (Mörmon 1:23 m.fl.), beslut om antagande', [
        ('h', 'Ärendebeskrivning'),
        ('t', 'Detaljplanen syftar till att möjliggöra cirka 120 bostäder i flerbostadshus och radhus samt en förskola med sex avdelningar vid Mörmoviken. Planen har varit utställd för granskning under tiden 2025-10-06 – 2025-11-03. Karlstads kommun har i sitt yttrande inte haft något att erinra. Länsstyrelsen har framfört synpunkter om dagvatten och översvämningsrisk som har arbetats in i planhandlingarna.'),
        ('t', 'Planarkitekt Tove Lindqvist föredrar ärendet.'),
        ('h', 'Kommunstyrelsens förslag'),
        ('t', 'Kommunfullmäktige antar detaljplan för Skoghall, bostäder vid Mörmoviken (Mörmon 1:23 m.fl.) enligt plankarta och planbeskrivning daterade 2026-01-20.'),
        ('h', 'Yrkanden'),
        ('t', 'Per Ahlström (S), Maria Ek (C) och Göran Tjärn (HL) yrkar bifall till kommunstyrelsens förslag.\n\nLars Wennberg (M) yrkar att ärendet återremitteras till kommunstyrelsen med motiveringen att trafiksituationen på Mörmovägen ska utredas vidare innan planen antas.\n\nJohan Sterner (SD) och Anders Holm (KD) instämmer i Lars Wennbergs återremissyrkande.'),
        ('h', 'Propositionsordning'),
        ('t', 'Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att fullmäktige beslutat att ärendet ska avgöras i dag. Votering begärs.'),
        ('br', '§ 16 forts.'),
        ('h', 'Voteringsproposition'),
        ('t', 'Den som vill att ärendet ska avgöras i dag röstar ja, den som vill att ärendet ska återremitteras röstar nej.'),
        ('h', 'Omröstningsresultat'),
        ('t', 'Med 19 ja-röster mot 15 nej-röster, 1 ledamot avstår, beslutar kommunfullmäktige att ärendet ska avgöras i dag. Hur var och en röstat framgår av närvaro- och voteringslistan, sida 2.\n\nOrdföranden ställer därefter proposition på bifall till kommunstyrelsens förslag och finner det bifallet.'),
        ('h', 'Beslut'),
        ('t', 'Kommunfullmäktige antar detaljplan för Skoghall, bostäder vid Mörmoviken (Mörmon 1:23 m.fl.) enligt plankarta och planbeskrivning daterade 2026-01-20.'),
        ('h', 'Reservation'),
        ('t', 'Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet till förmån för Lars Wennbergs yrkande om återremiss.'),
        ('h', 'Protokollsanteckning'),
        ('t', 'Eva Strand (L) lämnar följande protokollsanteckning: ”Liberalerna ser positivt på bostäderna men anser att frågan om trafiksäkerheten vid förskolan borde ha varit utredd innan planen gick till fullmäktige.”'),
        ('t', 'Beslutet skickas till\nSamhällsbyggnadsförvaltningen\nLantmäterimyndigheten')])
    items[-1]["votes_summary"] = "Ja 19, Nej 15, Avstår 1"
    acts += [act('Tove Lindqvist', '§16', 'presented'), act('Per Ahlström', '§16', 'proposed'), act('Maria Ek', '§16', 'proposed'),
             act('Göran Tjärn', '§16', 'proposed'), act('Lars Wennberg', '§16', 'proposed'), act('Johan Sterner', '§16', 'proposed'),
             act('Anders Holm', '§16', 'proposed'), act(None, '§16', 'reserved', 'M'), act(None, '§16', 'reserved', 'SD'),
             act('Eva Strand', '§16', 'protocol_note')]
    para(17, 'KS 2025/207', 'Svar på motion från Anders Holm (KD) om trygghetsvärdar i centrala Skoghall', [
        ('h', 'Ärendebeskrivning'),
        ('t', 'Anders Holm (KD) föreslår i en motion som inkom 2025-05-12 att kommunen ska anställa trygghetsvärdar som rör sig i Skoghalls centrum kvällstid under helger. Kommunstyrelsen föreslår att motionen ska anses besvarad med hänvisning till det pågående arbetet med medborgarlöften tillsammans med polisen.'),
        ('h', 'Yrkanden'),
        ('t', 'Ulla Berg (S) yrkar att motionen ska anses besvarad.\nAnders Holm (KD) yrkar bifall till motionen.'),
        ('t', 'Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller Ulla Bergs yrkande.'),
        ('h', 'Beslut'), ('t', 'Motionen anses besvarad.'),
        ('h', 'Reservation'),
        ('t', 'Anders Holm (KD) reserverar sig mot beslutet. Birgitta Roos (KD) instämmer i reservationen.')])
    acts += [act('Anders Holm', '§17', 'raised'), act('Ulla Berg', '§17', 'proposed'), act('Anders Holm', '§17', 'proposed'),
             act('Anders Holm', '§17', 'reserved'), act('Birgitta Roos', '§17', 'reserved')]
    para(18, 'KS 2025/377', 'Revidering av renhållningsordning med tillhörande föreskrifter om avfallshantering för Hammarö kommun 2026–2030', [
        ('t', 'Renhållningsordningen har reviderats med anledning av nya krav på separat insamling av matavfall och textil. Förslaget har varit utställt för synpunkter under fyra veckor.'),
        ('h', 'Yrkanden'), ('t', 'Erik Sund (C) yrkar bifall till kommunstyrelsens förslag.'),
        ('h', 'Beslut'), ('t', 'Kommunfullmäktige antar reviderad renhållningsordning med föreskrifter om avfallshantering för Hammarö kommun 2026–2030, att gälla från och med 2026-07-01.')])
    acts += [act('Erik Sund', '§18', 'proposed')]
    para(19, None, 'Anmälan av nya motioner', [
        ('t', 'Följande motioner har inkommit och anmäls till kommunfullmäktige:'),
        ('t', '–  Motion från Sara Nyberg (MP) om solceller på kommunala tak, Dnr KS 2026/88\n–  Motion från Johan Sterner (SD) om ordningsvakter vid Skoghalls centrum, Dnr KS 2026/91'),
        ('h', 'Beslut'), ('t', 'Motionerna remitteras till kommunstyrelsen för beredning.')])
    items[-1]["diarienummer"] = ['KS 2026/88', 'KS 2026/91']
    acts += [act('Sara Nyberg', '§19', 'raised'), act('Johan Sterner', '§19', 'raised')]
    para(20, None, 'Meddelanden', [
        ('t', '1. Revisionsrapport: Granskning av kommunens arbete med hållbar kompetensförsörjning.\n2. Protokoll från Värmlands kommunalförbunds förbundsmöte 2026-02-12.'),
        ('h', 'Beslut'), ('t', 'Meddelandena läggs till handlingarna.')])
    p.output(os.path.join(OUT, fn))
    persons = []
    for n, party in members:
        if n in subs:
            persons.append(per(subs[n], party, ['tjänstgörande ersättare']))
        else:
            roles = ['ledamot']
            if n == 'Mats Fredriksson': roles = ['ordförande', 'ledamot']
            if n in ('Lars Wennberg', 'Karin Lövgren'): roles = ['vice ordförande', 'ledamot']
            if n in ('Cecilia Bratt', 'Ali Hassan'): roles = ['ledamot', 'justerare']
            persons.append(per(n, party, roles))
    persons += [per('Agneta Wall', 'S', ['ersättare']), per('Dan Frisk', 'SD', ['ersättare']),
                per('Henrik Molander', None, ['tjänsteperson'], 'kommundirektör'),
                per('Jenny Alvén', None, ['sekreterare', 'tjänsteperson'], 'kommunsekreterare'),
                per('Tove Lindqvist', None, ['tjänsteperson', 'föredragande'], 'planarkitekt')]
    dn = []
    for it in items: dn += it['diarienummer']
    GOLD.append({"file": fn, "organization": "Hammarö kommun", "organ": "Kommunfullmäktige", "date": "2026-03-23",
                 "doc_type": "protokoll", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts,
                 "votes": votes, "diarienummer": dn, "kommuner": ["Hammarö", "Karlstad"], "regions": ["Region Värmland"],
                 "notes": "Ciceron-style. Beslutande only in the närvaro- och voteringslista (pages 2-3). Three tjänstgörande ersättare: Leif Mossberg (S) for Siv Backlund, Jessica Bergkvist (M) for Fredrik Lilja, Olle Tjärnström (HL) for Hanna Vik; the replaced members are absent and not persons, votes recorded under the ersättare. HL = Hammarölistan, invented local party. KF 1:e and 2:e vice ordförande given role 'vice ordförande'. Per Ahlström is KS ordförande (answers interpellation, presented). Party reservation in §16 by M and SD as parties (no names). Anders Holm and Johan Sterner instämmer in återremiss yrkande = proposed. 'Karlstads kommun' named in §16 -> Karlstad; Länsstyrelsen not a region. §19 lists the dnr given to the two new motions. §13 mentions that an agenda item was dropped; no § for it."})

# =====================================================================================
# 2. Grums kommun, Barn- och utbildningsnämnden, Platina-style -> pdftotext -layout TXT
# =====================================================================================
def doc_grums():
    fn = 'grums_barn-och-utbildningsnamnden_2026-02-17_protokoll.txt'
    def hdr(p):
        p.set_font('S', 'B', 12); p.set_xy(20, 10); p.cell(80, 6, 'Grums kommun')
        p.set_font('S', 'B', 10); p.set_xy(120, 10); p.cell(70, 5, 'PROTOKOLL')
        p.set_font('S', '', 9); p.set_xy(20, 16); p.cell(80, 5, 'Barn- och utbildningsnämnden')
        p.set_xy(120, 15); p.cell(70, 5, 'Sammanträdesdatum 2026-02-17')
        p.set_xy(120, 20); p.cell(70, 5, f'Sida {p.page_no()} av {{nb}}')
        p.line(20, 26, 190, 26)
    def ftr(p):
        p.set_y(-18); p.set_font('S', '', 7.5)
        p.cell(60, 4, 'Ordförandes sign ___________'); p.cell(60, 4, 'Justerares sign ___________'); p.cell(0, 4, 'Utdragsbestyrkande ________', align='R')
    p = mkpdf(hdr, ftr, (20, 30, 20))
    p.add_page()
    p.set_font('S', 'B', 14); p.cell(0, 8, 'Protokoll, Barn- och utbildningsnämnden', new_x='LMARGIN', new_y='NEXT'); gap(p, 2)
    def kv(k, v):
        y = p.get_y(); p.set_font('S', 'B', 9.5); p.multi_cell(45, 5, k); y2 = p.get_y()
        p.set_xy(67, y); p.set_font('S', '', 9.5); p.multi_cell(123, 5, v, new_x='LMARGIN', new_y='NEXT')
        p.set_y(max(y2, p.get_y()) + 1.5)
    kv('Plats och tid', 'Sammanträdesrummet Borgvik, kommunhuset i Grums, kl. 13.15–16.40')
    kv('Beslutande ledamöter', 'Kristina Bergh (S), ordförande\nMikael Dahl (C), vice ordförande\nTommy Axelsson (S)\nJonas Forsberg (S), tjänstgörande ersättare för Anneli Wik (S)\nEva Jansson (SD)\nRobin Eklund (SD)\nLisa Hjort (M)\nKent Olsson (V)\nKerstin Mård (GL)')
    kv('Ej tjänstgörande ersättare', 'Sanna Holm (M)\nMuhammed Karimi (S), §§ 8–11')
    kv('Övriga närvarande', 'Anna-Karin Sjöberg, förvaltningschef\nOskar Lind, controller, § 11\nHanna Berglund, rektor Västanåskolan, § 10\nPetra Nygren, nämndsekreterare')
    kv('Justerare', 'Mikael Dahl (C)')
    kv('Justeringens plats och tid', 'Kommunhuset, 2026-02-20')
    kv('Paragrafer', '§§ 8–15')
    gap(p, 4)
    for k, v in [('Sekreterare', 'Petra Nygren'), ('Ordförande', 'Kristina Bergh'), ('Justerare', 'Mikael Dahl')]:
        p.set_font('S', 'B', 9.5); p.cell(45, 10, k); p.set_font('S', '', 9.5); p.cell(0, 10, '_____________________________', new_x='LMARGIN', new_y='NEXT')
        p.set_x(67); p.cell(0, 4, v, new_x='LMARGIN', new_y='NEXT'); gap(p, 1)
    gap(p, 4)
    p.set_font('S', 'B', 9.5); p.cell(0, 5, 'BEVIS OM ANSLAG', new_x='LMARGIN', new_y='NEXT')
    p.set_font('S', '', 9); p.multi_cell(0, 4.5, 'Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2026-02-23 – 2026-03-17.\nFörvaringsplats: Barn- och utbildningsförvaltningen', new_x='LMARGIN', new_y='NEXT')
    p.add_page()
    items = []
    def para(num, dnr, title, body):
        keep(p, 45); gap(p, 3)
        pg = p.page_no(); y = p.get_y()
        p.set_font('S', 'B', 11); p.cell(22, 6, f'§ {num}')
        p.set_xy(42, y); p.multi_cell(148, 6, title, new_x='LMARGIN', new_y='NEXT', align='L')
        if dnr:
            p.set_x(42); p.set_font('S', '', 8.5); p.cell(0, 5, dnr, new_x='LMARGIN', new_y='NEXT')
        gap(p, 2)
        items.append({"number": f"§{num}", "title": title.replace('\n', ' '), "diarienummer": [dnr] if dnr else [], "page": pg})
        for kind, s in body:
            if kind == 'h': keep(p, 18); gap(p, 1); p.set_x(42); txt(p, s, 'S', 9.5, 'B', w=148, indent=22)
            else: txt(p, s, 'S', 9.5, w=148, indent=22, h=4.8); gap(p, 1.5)
    acts = []
    para(8, None, 'Val av justerare', [('h', 'Beslut'), ('t', 'Mikael Dahl (C) utses att jämte ordföranden justera protokollet.')])
    acts.append(act('Mikael Dahl', '§8', 'justerare'))
    para(9, None, 'Godkännande av dagordning', [('h', 'Beslut'), ('t', 'Dagordningen godkänns.')])
    para(10, None, 'Förvaltningschefen informerar', [
        ('t', 'Förvaltningschef Anna-Karin Sjö-\nberg informerar om läget i förvaltningen: sjukfrånvaron har minskat till\n6,1 procent, rekryteringen av två förskollärare till Segmons förskola pågår\noch arbetet med ny skolorganisation inför läsåret 2027/28 går enligt plan.'),
        ('t', 'Rektor Hanna Berglund redogör för Västanåskolans arbete med ökad närvaro\noch de insatser som gjorts för elever med hög frånvaro.'),
        ('h', 'Beslut'), ('t', 'Barn- och utbildningsnämnden tackar för informationen.')])
    acts += [act('Anna-Karin Sjöberg', '§10', 'presented'), act('Hanna Berglund', '§10', 'presented')]
    para(11, 'BUN/2026:9', 'Budgetuppföljning per januari 2026', [
        ('t', 'Controller Oskar Lind föredrar ärendet. Prognosen för helåret visar ett underskott om\n1,8 miljoner kronor, främst inom tilläggsbelopp och skolskjuts.'),
        ('h', 'Beslut'), ('t', 'Barn- och utbildningsnämnden godkänner budgetuppföljningen och uppdrar åt förvaltningschefen\natt återkomma med förslag till åtgärder vid nämndens sammanträde i april.'),
        ('h', 'Protokollsanteckning'),
        ('t', 'Kent Olsson (V) lämnar en protokollsanteckning: Vänsterpartiet vill se att åtgärderna inte\ndrabbar elevhälsan.')])
    acts += [act('Oskar Lind', '§11', 'presented'), act('Kent Olsson', '§11', 'protocol_note')]
    para(12, 'BUN/2025:112', 'Revidering av riktlinjer för skolskjuts i förskoleklass, grundskola, grundsärskola och gymnasiesärskola i Grums kommun', [
        ('h', 'Ärendebeskrivning'),
        ('t', 'Förvaltningen har sett över riktlinjerna för skolskjuts. Förslaget innebär bland annat att\navståndsgränsen för årskurs 4–6 ändras från 4 till 3,5 kilometer och att växelvis boende\nprövas även när vårdnadshavarna bor i olika kommuner, exempelvis Grums och Kil.'),
        ('h', 'Yrkanden'),
        ('t', 'Ordföranden Kristina Bergh (S) yrkar bifall till förvaltningens förslag.\n\nEva Jansson (SD) yrkar tillägg om att riktlinjerna ska utvärderas efter ett år.\n\nLisa Hjort (M) yrkar bifall till Eva Janssons tilläggsyrkande.'),
        ('h', 'Propositionsordning'),
        ('t', 'Ordföranden ställer först proposition på förvaltningens förslag och finner det bifallet.\nDärefter ställer ordföranden proposition på tilläggsyrkandet och finner det avslaget.'),
        ('h', 'Beslut'),
        ('t', 'Barn- och utbildningsnämnden antar reviderade riktlinjer för skolskjuts att gälla från\nhöstterminen 2026.'),
        ('h', 'Reservation'),
        ('t', 'Eva Jansson (SD) och Lisa Hjort (M) reserverar sig till förmån för tilläggsyrkandet.')])
    acts += [act('Kristina Bergh', '§12', 'proposed'), act('Eva Jansson', '§12', 'proposed'), act('Lisa Hjort', '§12', 'proposed'),
             act('Eva Jansson', '§12', 'reserved'), act('Lisa Hjort', '§12', 'reserved')]
    para(13, 'BUN/2025:140', 'Medborgarförslag från Lena Persson om utegym vid Västanåskolan', [
        ('t', 'Lena Persson har i ett medborgarförslag föreslagit att ett utegym byggs på skolgården\nvid Västanåskolan, öppet för allmänheten på kvällar och helger.\nFörvaltningen föreslår att medborgarförslaget bifalls i den del som avser skolans elever och\natt frågan om allmänhetens tillgång överlämnas till kommunstyrelsen.'),
        ('h', 'Yrkanden'),
        ('t', 'Kerstin Mård (GL) yrkar bifall till medborgarförslaget i sin helhet.\nTommy Axelsson (S) yrkar bifall till förvaltningens förslag.'),
        ('t', 'Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller\nTommy Axelssons yrkande.'),
        ('h', 'Beslut'),
        ('t', 'Medborgarförslaget bifalls i den del som avser skolans elever. Frågan om allmänhetens\ntillgång överlämnas till kommunstyrelsen.'),
        ('h', 'Reservation'), ('t', 'Kerstin Mård (GL) reserverar sig mot beslutet.')])
    acts += [act('Lena Persson', '§13', 'raised'), act('Kerstin Mård', '§13', 'proposed'), act('Tommy Axelsson', '§13', 'proposed'),
             act('Kerstin Mård', '§13', 'reserved')]
    para(14, None, 'Redovisning av delegationsbeslut', [
        ('t', 'Följande delegationsbeslut redovisas:\n'
              '  BUN/2026:3     Beslut om skolskjuts vid särskilda skäl, januari 2026\n'
              '  BUN/2026:5     Anställningsbeslut, förskollärare Segmons förskola\n'
              '  BUN/2025:131  Beslut om mottagande i grundsärskolan'),
        ('h', 'Beslut'), ('t', 'Redovisningen godkänns.')])
    para(15, None, 'Meddelanden', [
        ('t', 'Skolinspektionens beslut efter kvalitetsgranskning av Grums gymnasieskola.\nKommunfullmäktiges beslut 2026-01-26 § 4 om mål och budget 2026.'),
        ('h', 'Beslut'), ('t', 'Meddelandena läggs till handlingarna.')])
    pdfpath = '/tmp/kommuner43_grums.pdf'
    p.output(pdfpath)
    subprocess.run(['pdftotext', '-layout', pdfpath, os.path.join(OUT, fn)], check=True)
    os.remove(pdfpath)
    t = open(os.path.join(OUT, fn), encoding='utf-8').read()
    npages = t.count('\f') if t.endswith('\f') else t.count('\f') + 1
    persons = [per('Kristina Bergh', 'S', ['ordförande', 'ledamot']), per('Mikael Dahl', 'C', ['vice ordförande', 'ledamot', 'justerare']),
               per('Tommy Axelsson', 'S', ['ledamot']), per('Jonas Forsberg', 'S', ['tjänstgörande ersättare']),
               per('Eva Jansson', 'SD', ['ledamot']), per('Robin Eklund', 'SD', ['ledamot']), per('Lisa Hjort', 'M', ['ledamot']),
               per('Kent Olsson', 'V', ['ledamot']), per('Kerstin Mård', 'GL', ['ledamot']),
               per('Sanna Holm', 'M', ['ersättare']), per('Muhammed Karimi', 'S', ['ersättare']),
               per('Anna-Karin Sjöberg', None, ['tjänsteperson'], 'förvaltningschef'),
               per('Oskar Lind', None, ['tjänsteperson', 'föredragande'], 'controller'),
               per('Hanna Berglund', None, ['tjänsteperson'], 'rektor'),
               per('Petra Nygren', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare'),
               per('Lena Persson', None, [])]
    dn = []
    for it in items: dn += it['diarienummer']
    GOLD.append({"file": fn, "organization": "Grums kommun", "organ": "Barn- och utbildningsnämnden", "date": "2026-02-17",
                 "doc_type": "protokoll", "pages": npages, "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": dn, "kommuner": ["Grums", "Kil"], "regions": [],
                 "notes": "Platina-style PDF exported with pdftotext -layout; pages separated by form feeds. § number in a left column, title to the right, Dnr below the title. In §10 the name Anna-Karin Sjöberg is hyphenated over a line break ('Sjö-' / 'berg'); full name is in the attendance list. Jonas Forsberg (S) tjänstgörande ersättare for Anneli Wik (S) (absent, not a person). GL = Grums Lokala, invented local party. Lena Persson is the private author of the medborgarförslag in §13: listed as person with party null and empty roles, action raised. Case numbers in §14 are references to delegation decisions, not the item's own and not in the document list. Kristina Bergh's bifall to the förvaltning's proposal is a yrkande (proposed); her propositions are not."})

# =====================================================================================
# 3. Aneby kommun, Kommunstyrelsens arbetsutskott, plain Word template protocol .docx
# =====================================================================================
def doc_aneby():
    fn = 'aneby_kommunstyrelsens-arbetsutskott_2026-04-07_protokoll.docx'
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'Aneby kommun\tProtokoll\nKommunstyrelsens arbetsutskott\tSammanträdesdatum 2026-04-07'
    fp = sec.footer.paragraphs[0]; fp.text = 'Justerandes signatur: ____________    ____________                Utdragsbestyrkande: ____________'
    def P(s='', bold=False, size=None, italic=False):
        para = d.add_paragraph(); r = para.add_run(s); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        return para
    def brk(): d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    page = 1
    P('PROTOKOLL', True, 16); P('Kommunstyrelsens arbetsutskott', True, 13)
    t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
    for a, b in [('Tid och plats', 'Tisdagen den 7 april 2026 kl. 08.30–11.45, Kommunhuset, sammanträdesrum Furuhagen'),
                 ('Beslutande', 'Lena Höök (C), ordförande\nMaria Gustavsson (M), vice ordförande\nTorbjörn Ask (S)\nGunnar Ek (KD)\nBengt Sköld (SD)'),
                 ('Övriga deltagande', 'Karin Wallin, kommundirektör\nJonas Frid, näringslivsutvecklare, § 42\nEmelie Bäck, kommunstrateg, §§ 45–46\nSimon Nyqvist, kommunsekreterare'),
                 ('Justerare', 'Torbjörn Ask (S)'),
                 ('Justering', 'Kommunhuset 2026-04-09 kl. 15.00'),
                 ('Paragrafer', '41–47')]:
        c = t.add_row().cells; c[0].text = a; c[1].text = b
        c[0].paragraphs[0].runs[0].bold = True
    P()
    P('Underskrifter')
    P('Sekreterare\t\t_______________________\n\t\t\tSimon Nyqvist')
    P('Ordförande\t\t_______________________\n\t\t\tLena Höök')
    P('Justerare\t\t_______________________\n\t\t\tTorbjörn Ask')
    P()
    P('Anslag om justering: Protokollet justerades 2026-04-09 och har anslagits på kommunens webbplats 2026-04-10 – 2026-05-02.', italic=True, size=9)
    brk(); page += 1
    items = []; acts = []
    def para(num, dnr, title, body):
        h = d.add_paragraph(); r = h.add_run(f'§ {num}\t{title}'); r.bold = True; r.font.size = Pt(12)
        if dnr: P(dnr, size=9)
        items.append({"number": f"§{num}", "title": title, "diarienummer": [dnr] if dnr else [], "page": page})
        for kind, s in body:
            if kind == 'h': P(s, True)
            else: P(s)
    para(41, None, 'Godkännande av föredragningslista', [('t', 'Arbetsutskottet godkänner föredragningslistan med tillägget att ett initiativärende från Bengt Sköld (SD) behandlas som § 43.')])
    para(42, None, 'Information om näringslivsläget i Aneby', [('t', 'Näringslivsutvecklare Jonas Frid redogör för företagsklimatet, varslen inom tillverkningsindustrin och de etableringsförfrågningar som kommit in till kommunen under första kvartalet. Samarbetet med Tranås och Eksjö kring gemensam mark vid riksväg 32 fortsätter.'),
                                                                ('h', 'Arbetsutskottets beslut'), ('t', 'Informationen noteras.')])
    acts.append(act('Jonas Frid', '§42', 'presented'))
    para(43, 'Dnr 2026/112', 'Initiativärende från Bengt Sköld (SD) om belysning längs gång- och cykelvägen mellan Aneby och Frinnaryd', [
        ('t', 'Bengt Sköld (SD) väcker vid sammanträdet ett initiativärende om att kommunen ska utreda kostnaden för belysning längs gång- och cykelvägen mellan Aneby och Frinnaryd.'),
        ('h', 'Förslag till beslut på sammanträdet'),
        ('t', 'Bengt Sköld (SD) föreslår att arbetsutskottet ger samhällsbyggnadsförvaltningen i uppdrag att utreda frågan.\nOrdföranden Lena Höök (C) föreslår att initiativärendet överlämnas till budgetberedningen.'),
        ('t', 'Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet beslutar enligt hennes förslag.'),
        ('h', 'Arbetsutskottets beslut'), ('t', 'Initiativärendet överlämnas till budgetberedningen inför arbetet med budget 2027.'),
        ('h', 'Reservation'), ('t', 'Bengt Sköld (SD) reserverar sig mot beslutet.')])
    acts += [act('Bengt Sköld', '§43', 'raised'), act('Bengt Sköld', '§43', 'proposed'), act('Lena Höök', '§43', 'proposed'), act('Bengt Sköld', '§43', 'reserved')]
    para(44, 'Dnr 2025/398', 'Förvärv av fastigheten Aneby Prästgården 1:14', [
        ('h', 'Sammanfattning'),
        ('t', 'Fastighetsägaren har erbjudit kommunen att köpa fastigheten Aneby Prästgården 1:14 om cirka 4,2 hektar för 3 150 000 kronor. Fastigheten angränsar till kommunens planerade verksamhetsområde vid Bollebo. Kommundirektör Karin Wallin föredrar ärendet.'),
        ('h', 'Förslag till beslut på sammanträdet'),
        ('t', 'Maria Gustavsson (M) föreslår att ärendet återremitteras för att en oberoende värdering ska göras.\nGunnar Ek (KD) instämmer i Maria Gustavssons förslag.\nTorbjörn Ask (S) föreslår att ärendet avgörs i dag och att kommunstyrelsen föreslås godkänna köpet.')])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE); page += 1
    P('§ 44 (forts.)', True)
    for kind, s in [('h', 'Beslutsgång'),
                    ('t', 'Ordföranden frågar om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag.'),
                    ('h', 'Arbetsutskottets förslag till kommunstyrelsen'),
                    ('t', 'Kommunstyrelsen godkänner köpeavtalet avseende Aneby Prästgården 1:14 till en köpeskilling om 3 150 000 kronor.'),
                    ('h', 'Reservation'), ('t', 'Maria Gustavsson (M) reserverar sig mot beslutet att inte återremittera ärendet.'),
                    ('h', 'Protokollsanteckning'), ('t', 'Kristdemokraterna lämnar en protokollsanteckning: ”Vi ser behovet av mark men kan inte ta ställning till priset utan en oberoende värdering.”')]:
        P(s, kind == 'h')
    acts += [act('Karin Wallin', '§44', 'presented'), act('Maria Gustavsson', '§44', 'proposed'), act('Gunnar Ek', '§44', 'proposed'),
             act('Torbjörn Ask', '§44', 'proposed'), act('Maria Gustavsson', '§44', 'reserved'), act(None, '§44', 'protocol_note', 'KD')]
    para(45, 'Dnr 2025/233', 'Svar på motion från Ulf Berg (L) om fri kollektivtrafik för personer över 75 år', [
        ('t', 'Ulf Berg (L) har i en motion föreslagit att personer över 75 år ska kunna resa avgiftsfritt med länstrafiken inom kommunen. Kommunstrateg Emelie Bäck föredrar förvaltningens utredning, som visar en årlig kostnad om cirka 410 000 kronor.'),
        ('h', 'Arbetsutskottets förslag till kommunfullmäktige'), ('t', 'Motionen avslås med hänvisning till det ekonomiska läget.')])
    acts += [act('Ulf Berg', '§45', 'raised'), act('Emelie Bäck', '§45', 'presented')]
    para(46, 'Dnr 2026/041', 'Yttrande över Region Jönköpings läns förslag till regionalt trafikförsörjningsprogram 2027–2030', [
        ('t', 'Region Jönköpings län har remitterat förslag till regionalt trafikförsörjningsprogram. Kommunstrateg Emelie Bäck informerar om förslaget till yttrande, där Aneby kommun särskilt lyfter behovet av fler avgångar mot Tranås och Jönköping.'),
        ('h', 'Arbetsutskottets förslag till kommunstyrelsen'), ('t', 'Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget.')])
    acts += [act('Emelie Bäck', '§46', 'presented')]
    para(47, None, 'Övriga frågor', [
        ('t', 'Torbjörn Ask (S) ställer en fråga om hur snöröjningen på kommunens gång- och cykelvägar har fungerat under vintern. Kommundirektör Karin Wallin svarar att en uppföljning redovisas för samhällsbyggnadsnämnden i maj.')])
    acts += [act('Torbjörn Ask', '§47', 'raised'), act('Karin Wallin', '§47', 'presented'), act('Torbjörn Ask', None, 'justerare')]
    d.save(os.path.join(OUT, fn))
    persons = [per('Lena Höök', 'C', ['ordförande', 'ledamot']), per('Maria Gustavsson', 'M', ['vice ordförande', 'ledamot']),
               per('Torbjörn Ask', 'S', ['ledamot', 'justerare']), per('Gunnar Ek', 'KD', ['ledamot']), per('Bengt Sköld', 'SD', ['ledamot']),
               per('Karin Wallin', None, ['tjänsteperson', 'föredragande'], 'kommundirektör'),
               per('Jonas Frid', None, ['tjänsteperson'], 'näringslivsutvecklare'),
               per('Emelie Bäck', None, ['tjänsteperson', 'föredragande'], 'kommunstrateg'),
               per('Simon Nyqvist', None, ['sekreterare', 'tjänsteperson'], 'kommunsekreterare'),
               per('Ulf Berg', 'L', [])]
    dn = []
    for it in items: dn += it['diarienummer']
    GOLD.append({"file": fn, "organization": "Aneby kommun", "organ": "Kommunstyrelsens arbetsutskott", "date": "2026-04-07",
                 "doc_type": "protokoll", "pages": page, "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": dn, "kommuner": ["Aneby", "Tranås", "Eksjö", "Jönköping"], "regions": ["Region Jönköpings län"],
                 "notes": "Plain Word template. Two manual page breaks -> 3 pages: page 1 front block, page 2 §§41-44, page 3 '§ 44 (forts.)' and §§45-47. Header/footer in Word header. No 'Val av justerare' §: justerare from the head table, action item null. Proposals phrased 'föreslår' (AU wording) counted as proposed; Lena Höök's counter-proposal in §43 is a proposal on the matter, so proposed. KD protocol note as party. Ulf Berg (L) is only the motion author (not a member of AU): person with empty roles, raised. 'Jönköping' in §46 is named as a destination town; listed among kommuner. Torbjörn Ask's question in Övriga frågor counted as raised, the kommundirektör's answer as presented."})

# =====================================================================================
# 4. Malung-Sälens kommun, Kommunstyrelsen, kallelse as portal HTML (Meetings Plus-like)
# =====================================================================================
def doc_malung():
    fn = 'malung-salen_kommunstyrelsen_2026-05-12_kallelse.html'
    SH = '\u00ad'
    rows = [
        ('1', 'Upprop', None, None),
        ('2', 'Val av justerare', None, None),
        ('3', 'Godkännande av dagordning', None, None),
        ('4', 'Information: trafikläget vid Sälenfjällens flygplats', 'KS 2026-0093', 'Martin Öhrn, vd Sälenfjällens flygplats AB'),
        ('5', 'Ekonomisk uppföljning per april 2026', 'KS 2026-0031', 'Therese Lind, ekonomichef'),
        ('6', 'Motion från Per-Erik Sand (SäP) om avgiftsfri skidbuss mellan Sälens by och fjället', 'KS 2025-0412', 'Therese Lind, ekonomichef'),
        ('7', 'Detaljplan för del av Sälens-Östfjället 1:98 m.fl., Lindvallen centrum – antagande', 'KS 2024-0288', 'Jakob Malm, planchef'),
        ('8', 'Gemensam överförmyndarnämnd med Vansbro kommun – revidering av samverkansavtal', 'KS 2026-0104', None),
        ('9', 'Yttrande över Region Dalarnas förslag till länsplan för regional transportinfrastruktur 2026–2037', 'KS 2026-0077', 'Jakob Malm, planchef'),
        ('10', 'Medborgarförslag om hundrastgård i Malung', 'KS 2026-0012', None),
        ('11', 'Redovisning av delegationsbeslut', None, None),
        ('12', 'Meddelanden', None, None),
    ]
    disp = {'7': f'Detalj{SH}plan för del av Sälens-Östfjället 1:98 m.fl., Lindvallen centrum – antagande',
            '9': f'Yttrande över Region Dalarnas förslag till läns{SH}plan för regional transport{SH}infrastruktur 2026–2037'}
    lis = []
    for n, t, dnr, f in rows:
        tt = disp.get(n, t).replace(SH, '&shy;')
        extra = ''
        if n == '2': extra = '<div class="desc">Förslag: Anders Tjäder (M)</div>'
        if dnr: extra += f'<div class="meta"><span class="lbl">Diarienummer:</span> {dnr}</div>'
        if f: extra += f'<div class="meta"><span class="lbl">Föredragande:</span> {f}</div>'
        if n in ('4', '5', '6', '7', '9'): extra += '<ul class="docs"><li><a href="#">Tjänsteskrivelse.pdf</a></li></ul>'
        lis.append(f'''      <li class="agenda-item" id="item-{n}">
        <span class="num">{n}.</span> <span class="title">{tt}</span>
        {extra}
      </li>''')
    members = [('Britt-Marie Frost', 'S', 'Ordförande'), ('Anders Tjäder', 'M', '1:e vice ordförande'), ('Lina Hedlund', 'C', '2:e vice ordförande'),
               ('Per-Erik Sand', 'SäP', 'Ledamot'), ('Mona Lindkvist', 'S', 'Ledamot'), ('Ulf Björk', 'SD', 'Ledamot'), ('Jan Ersson', 'S', 'Ledamot'),
               ('Karin Mattsson', 'V', 'Ledamot'), ('Sven-Olof Haglund', 'KD', 'Ledamot'), ('Emma Nordqvist', 'S', 'Ledamot'), ('Tord Elfving', 'SD', 'Ledamot')]
    ers = [('Ingrid Back', 'S'), ('Mattias Rönnqvist', 'M'), ('Sara Wik', 'SD')]
    mrows = '\n'.join(f'          <tr><td>{n}</td><td>{p}</td><td>{r}</td></tr>' for n, p, r in members)
    erows = '\n'.join(f'          <tr><td>{n}</td><td>{p}</td><td>Ersättare</td></tr>' for n, p in ers)
    html = f'''<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kommunstyrelsen 2026-05-12 – Möten och handlingar – Malung-Sälens kommun</title>
<style>body{{font-family:Arial,sans-serif;max-width:960px;margin:auto}} .num{{font-weight:bold}} .lbl{{color:#555}} .meta{{font-size:90%}}</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Malung-Sälens kommun</a>
  <nav><a href="/">Start</a> › <a href="/meetings">Möten och handlingar</a> › <a href="/meetings/ks">Kommunstyrelsen</a> › 2026-05-12</nav>
  <form class="search"><input type="search" placeholder="Sök i möteshandlingar"></form>
</header>
<main>
  <h1>Kommunstyrelsen</h1>
  <div class="meeting-info">
    <dl>
      <dt>Datum</dt><dd>tisdag 12 maj 2026</dd>
      <dt>Tid</dt><dd>09:00</dd>
      <dt>Plats</dt><dd>Kommunstyrelsens sammanträdesrum, Centralgatan 10, Malung</dd>
      <dt>Status</dt><dd>Kallelse publicerad</dd>
    </dl>
    <p>Ledamöter kallas härmed till sammanträde. Ersättare för kännedom. Förhinder anmäls till sekreteraren Lotta Barkman, kommunsekreterare.</p>
    <p>Britt-Marie Frost (S)<br>Ordförande</p>
    <p><a href="#">Ladda ner hela kallelsen (PDF)</a> · <a href="#">Ladda ner alla handlingar (ZIP)</a></p>
  </div>
  <section class="agenda">
    <h2>Ärendelista</h2>
    <ol class="agenda-list">
{chr(10).join(lis)}
    </ol>
  </section>
  <section class="members">
    <h2>Ledamöter och ersättare</h2>
    <table>
      <thead><tr><th>Namn</th><th>Parti</th><th>Roll</th></tr></thead>
      <tbody>
{mrows}
{erows}
      </tbody>
    </table>
  </section>
</main>
<footer>
  <p>Malung-Sälens kommun · 782 82 Malung · Telefon 0280-181 00</p>
  <p><a href="#">Tillgänglighetsredogörelse</a> · <a href="#">Om kakor</a></p>
</footer>
</body>
</html>
'''
    open(os.path.join(OUT, fn), 'w', encoding='utf-8').write(html)
    items = [{"number": n, "title": t, "diarienummer": [dnr] if dnr else [], "page": 1} for n, t, dnr, f in rows]
    persons = []
    for n, p_, r in members:
        roles = ['ledamot']
        if r == 'Ordförande': roles = ['ordförande', 'ledamot']
        elif 'vice' in r: roles = ['vice ordförande', 'ledamot']
        if n == 'Anders Tjäder': roles = roles + ['justerare']
        persons.append(per(n, p_, roles))
    persons += [per(n, p_, ['ersättare']) for n, p_ in ers]
    persons += [per('Lotta Barkman', None, ['sekreterare', 'tjänsteperson'], 'kommunsekreterare'),
                per('Martin Öhrn', None, ['föredragande'], 'vd Sälenfjällens flygplats AB'),
                per('Therese Lind', None, ['tjänsteperson', 'föredragande'], 'ekonomichef'),
                per('Jakob Malm', None, ['tjänsteperson', 'föredragande'], 'planchef')]
    acts = [act('Anders Tjäder', '2', 'justerare'), act('Martin Öhrn', '4', 'presented'), act('Therese Lind', '5', 'presented'),
            act('Per-Erik Sand', '6', 'raised'), act('Therese Lind', '6', 'presented'), act('Jakob Malm', '7', 'presented'),
            act('Jakob Malm', '9', 'presented')]
    dn = [d for _, _, d, _ in rows if d]
    GOLD.append({"file": fn, "organization": "Malung-Sälens kommun", "organ": "Kommunstyrelsen", "date": "2026-05-12",
                 "doc_type": "kallelse", "pages": 1, "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": dn, "kommuner": ["Malung-Sälen", "Vansbro"], "regions": ["Region Dalarna"],
                 "notes": "Portal page (Meetings Plus-like) HTML, no pages -> page 1. Items are the numbered <ol> rows. Titles of rows 7 and 9 contain soft hyphens (&shy;) in the HTML; gold titles are written without them. 'Förslag: Anders Tjäder (M)' under row 2 Val av justerare -> justerare on item 2. Föredragande listed per row -> presented (planned). Member table lists ledamöter and ersättare (invited, kallelse); included with roles ledamot/ersättare; 1:e/2:e vice ordförande as vice ordförande. SäP = Sälenpartiet, invented local party. Martin Öhrn is vd of a municipal company, not a kommun official: roles ['föredragande'] with title. Sälen, Malung, Lindvallen are places within Malung-Sälen, not separate kommuner."})

# =====================================================================================
# 5. Bjuvs kommun, Socialnämnden, kallelse PDF from Word with agenda table
# =====================================================================================
def doc_bjuv():
    fn = 'bjuv_socialnamnden_2026-03-25_kallelse.pdf'
    def hdr(p):
        p.set_font('S', 'B', 13); p.set_xy(20, 12); p.cell(80, 6, 'BJUVS KOMMUN')
        p.set_font('S', '', 9); p.set_xy(120, 12); p.cell(70, 5, 'KALLELSE/FÖREDRAGNINGSLISTA', align='R')
        p.set_xy(120, 17); p.cell(70, 5, 'Socialnämnden 2026-03-25', align='R')
        p.set_xy(120, 22); p.cell(70, 5, f'{p.page_no()} ({{nb}})', align='R')
    def ftr(p):
        p.set_y(-16); p.set_font('S', '', 7); p.set_text_color(110)
        p.cell(0, 4, 'Bjuvs kommun · Socialförvaltningen · Box 501 · 267 25 Bjuv · www.bjuv.se', align='C'); p.set_text_color(0)
    p = mkpdf(hdr, ftr, (20, 32, 20))
    p.add_page()
    p.set_font('S', 'B', 14); p.cell(0, 8, 'Socialnämnden', new_x='LMARGIN', new_y='NEXT')
    p.set_font('S', '', 10)
    p.multi_cell(0, 5.5, 'Tid: Onsdagen den 25 mars 2026, kl. 14.00\nPlats: Sammanträdesrum Skromberga, Kommunhuset, Bjuv\n'
                 'Justerare: Rasmus Ek (SD)\nJusteringsdag: Måndagen den 30 mars 2026 kl. 13.00\n\n'
                 'Gruppmöten kl. 13.00. Ersättare kallas för kännedom. Vid förhinder, meddela nämndsekreteraren så att ersättare kan kallas in.',
                 new_x='LMARGIN', new_y='NEXT')
    gap(p, 4)
    rows = [
        ('sec', 'Inledande ärenden'),
        ('1', 'Val av justerare och justeringsdag', '', ''),
        ('2', 'Godkännande av dagordning', '', ''),
        ('sec', 'Informationsärenden'),
        ('3', 'Förvaltningschefen informerar', '', 'Marie Kvist, förvaltningschef'),
        ('4', 'Ekonomisk uppföljning februari 2026', 'SN 2026/0031', 'Adam Holm, ekonom'),
        ('sec', 'Beslutsärenden'),
        ('5', 'Internkontrollplan 2026 för socialnämnden', 'SN 2025/0214', 'Adam Holm, ekonom'),
        ('6', 'Riktlinjer för handläggning av ekonomiskt bistånd – revidering med anledning av ny socialtjänstlag', 'SN 2025/0188', 'Sara Månsson, enhetschef'),
        ('7', 'Svar på medborgarförslag om mötesplats för unga i Ekeby', 'SN 2025/0240', 'Marie Kvist, förvaltningschef'),
        ('8', 'Yttrande till Inspektionen för vård och omsorg (IVO) avseende tillsyn av LSS-bostaden Solgården', 'SN 2026/0019', 'Sara Månsson, enhetschef'),
        ('9', 'Rapportering av ej verkställda beslut enligt SoL och LSS, kvartal 4 2025', 'SN 2026/0007', ''),
        ('empty',),
        ('sec', 'Anmälningsärenden'),
        ('10', 'Redovisning av delegationsbeslut februari 2026', '', ''),
        ('11', 'Meddelanden', '', ''),
        ('sec', 'Sekretessärenden (behandlas inom stängda dörrar)'),
        ('12', 'Individärenden – beslut enligt LVU och LVM', '', 'Individ- och familjeomsorgen'),
    ]
    p.set_font('S', '', 9.5)
    with p.table(col_widths=(10, 90, 30, 40), line_height=5, text_align=('LEFT', 'LEFT', 'LEFT', 'LEFT'),
                 headings_style=FontFace(emphasis='BOLD', fill_color=(220, 228, 240)), repeat_headings=1) as t:
        r = t.row()
        for h in ('Nr', 'Ärende', 'Dnr', 'Föredragande'): r.cell(h)
        for row in rows:
            r = t.row()
            if row[0] == 'sec':
                r.cell(row[1], colspan=4, style=FontFace(emphasis='BOLD'))
            elif row[0] == 'empty':
                for _ in range(4): r.cell('')
            else:
                for c in row: r.cell(c)
    gap(p, 8)
    p.set_font('S', '', 10)
    p.multi_cell(0, 5.5, 'Johanna Lönn (M)\nOrdförande\n\nElin Sjöstrand\nNämndsekreterare', new_x='LMARGIN', new_y='NEXT')
    p.output(os.path.join(OUT, fn))
    items = [{"number": r[0], "title": r[1], "diarienummer": [r[2]] if r[2] else [], "page": 1} for r in rows if r[0] not in ('sec', 'empty')]
    persons = [per('Johanna Lönn', 'M', ['ordförande', 'ledamot']), per('Rasmus Ek', 'SD', ['justerare', 'ledamot']),
               per('Elin Sjöstrand', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare'),
               per('Marie Kvist', None, ['tjänsteperson', 'föredragande'], 'förvaltningschef'),
               per('Adam Holm', None, ['tjänsteperson', 'föredragande'], 'ekonom'),
               per('Sara Månsson', None, ['tjänsteperson', 'föredragande'], 'enhetschef')]
    acts = [act('Rasmus Ek', '1', 'justerare'), act('Marie Kvist', '3', 'presented'), act('Adam Holm', '4', 'presented'),
            act('Adam Holm', '5', 'presented'), act('Sara Månsson', '6', 'presented'), act('Marie Kvist', '7', 'presented'),
            act('Sara Månsson', '8', 'presented')]
    dn = [i['diarienummer'][0] for i in items if i['diarienummer']]
    GOLD.append({"file": fn, "organization": "Bjuvs kommun", "organ": "Socialnämnden", "date": "2026-03-25",
                 "doc_type": "kallelse", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": dn, "kommuner": ["Bjuv"], "regions": [],
                 "notes": "Word-generated kallelse with agenda table Nr | Ärende | Dnr | Föredragande. Unnumbered section rows (Inledande ärenden, Informationsärenden, Beslutsärenden, Anmälningsärenden, Sekretessärenden) and one empty row are not items. Head block 'Justerare: Rasmus Ek (SD)' -> justerare on row 1 'Val av justerare och justeringsdag'. Rasmus Ek and Johanna Lönn given role ledamot in addition (nämnd member as justerare/ordförande). Row 12 föredragande is a unit (Individ- och familjeomsorgen), not a person. Medborgarförslag author not named. One page, all rows page 1. Long titles wrap inside table cells (rows 6-9); a plain pdftotext without -layout may interleave them with the Dnr/Föredragande columns. Ekeby and Skromberga are localities in Bjuv."})

# =====================================================================================
# 6. Munkfors kommun, Kommunala pensionärsrådet, minnesanteckningar PDF (unnumbered headings)
# =====================================================================================
def doc_munkfors():
    fn = 'munkfors_kommunala-pensionarsradet_2026-02-05_minnesanteckningar.pdf'
    def hdr(p):
        p.set_font('R', '', 9); p.set_xy(20, 10); p.cell(90, 5, 'Munkfors kommun'); p.set_xy(110, 10)
        p.cell(80, 5, 'MINNESANTECKNINGAR', align='R'); p.set_xy(110, 15); p.cell(80, 5, '2026-02-05', align='R')
    def ftr(p):
        p.set_y(-15); p.set_font('R', 'I', 8); p.cell(0, 5, f'Kommunala pensionärsrådet – sida {p.page_no()} av {{nb}}', align='C')
    p = mkpdf(hdr, ftr, (22, 26, 22))
    p.add_page()
    p.set_font('R', 'B', 16); p.cell(0, 9, 'Minnesanteckningar', new_x='LMARGIN', new_y='NEXT')
    p.set_font('R', '', 12); p.cell(0, 7, 'Kommunala pensionärsrådet (KPR)', new_x='LMARGIN', new_y='NEXT'); gap(p, 2)
    txt(p, 'Datum: torsdag 5 februari 2026, kl. 10.00–12.15\nPlats: Träffpunkten, Storgatan 5, Munkfors', size=10.5)
    gap(p, 3)
    txt(p, 'Närvarande', 'R', 11, 'B')
    txt(p, 'Lars-Göran Ståhl (S), ordförande, kommunstyrelsen\nKerstin Nordh (M), socialnämnden\n'
           'Britt Olsson, PRO Munkfors\nArne Pettersson, PRO Munkfors\nGunvor Eng, SPF Seniorerna Klarälvdalen\nBo Lindahl, SKPF avd 12 Munkfors', size=10.5)
    gap(p, 2); txt(p, 'Övriga', 'R', 11, 'B')
    txt(p, 'Ingela Frank, socialchef\nMattias Rönn, enhetschef hemtjänsten\nMaja Sundin, nämndsekreterare (antecknare)', size=10.5)
    gap(p, 2); txt(p, 'Frånvarande: SPF:s andra representant.', size=10.5)
    items = []; acts = []
    def head(title, body):
        keep(p, 30); gap(p, 4); pg = p.page_no()
        p.set_font('R', 'B', 11.5); p.multi_cell(0, 6, title, new_x='LMARGIN', new_y='NEXT', align='L'); gap(p, 1)
        items.append({"number": str(len(items) + 1), "title": title, "diarienummer": [], "page": pg})
        for s in body: txt(p, s, size=10.5); gap(p, 1.5)
    head('Mötets öppnande', ['Ordföranden Lars-Göran Ståhl hälsade alla välkomna och öppnade mötet. Dagordningen godkändes.'])
    head('Föregående minnesanteckningar', ['Minnesanteckningarna från 2025-11-20 gicks igenom och lades till handlingarna.'])
    head('Information om äldreomsorgens budget 2026', [
        'Socialchef Ingela Frank informerade om socialnämndens budget för 2026. Äldreomsorgen får ett tillskott om 2,4 miljoner kronor, men kostnaderna för hemtjänsten ökar snabbare än väntat. Rådet ställde frågor om bemanningen på Berglunda äldreboende.'])
    acts.append(act('Ingela Frank', '3', 'presented'))
    head('Trygghetsboende i Munkfors – läget', [
        'Lars-Göran Ståhl redogjorde för kommunstyrelsens beslut att utreda ett trygghetsboende i det gamla kommunförrådet. Utredningen görs tillsammans med det kommunala bostadsbolaget och ska vara klar till sommaren. Arne Pettersson framförde att PRO vill vara med i referensgruppen.'])
    acts.append(act('Lars-Göran Ståhl', '4', 'presented'))
    head('Hemtjänstens nya planeringssystem', [
        'Mattias Rönn berättade om det nya planeringssystemet för hemtjänsten som införs i april. Brukarna får en fast kontaktperson och besökstiderna ska kunna ses i en app. Samma system används redan i Hagfors kommun.'])
    acts.append(act('Mattias Rönn', '5', 'presented'))
    head('Frågor från pensionärsorganisationerna', [
        'Gunvor Eng (SPF) ställde en fråga om varför färdtjänstresor till vårdcentralen i Hagfors numera måste beställas två dagar i förväg. Ingela Frank svarade att regeln kommer från Region Värmland, som ansvarar för den särskilda kollektivtrafiken, och lovade att ta upp frågan i samverkansgruppen.',
        'Britt Olsson (PRO) lyfte frågan om fallprevention och efterfrågade fler kurser i balansträning. Frågan tas med till nästa möte.'])
    acts += [act('Gunvor Eng', '6', 'raised'), act('Ingela Frank', '6', 'presented'), act('Britt Olsson', '6', 'raised')]
    head('Nästa möte', ['Nästa möte hålls torsdag 16 april 2026 kl. 10.00 på Träffpunkten.'])
    gap(p, 8)
    txt(p, 'Vid anteckningarna\n\nMaja Sundin\n\nJusteras\n\nLars-Göran Ståhl, ordförande                    Britt Olsson, PRO', size=10.5)
    acts.append(act('Britt Olsson', None, 'justerare'))
    p.output(os.path.join(OUT, fn))
    persons = [per('Lars-Göran Ståhl', 'S', ['ordförande', 'ledamot']), per('Kerstin Nordh', 'M', ['ledamot']),
               per('Britt Olsson', None, ['ledamot', 'justerare']), per('Arne Pettersson', None, ['ledamot']),
               per('Gunvor Eng', None, ['ledamot']), per('Bo Lindahl', None, ['ledamot']),
               per('Ingela Frank', None, ['tjänsteperson'], 'socialchef'),
               per('Mattias Rönn', None, ['tjänsteperson'], 'enhetschef hemtjänsten'),
               per('Maja Sundin', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare')]
    GOLD.append({"file": fn, "organization": "Munkfors kommun", "organ": "Kommunala pensionärsrådet", "date": "2026-02-05",
                 "doc_type": "minnesanteckningar", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": [], "kommuner": ["Munkfors", "Hagfors"], "regions": ["Region Värmland"],
                 "notes": "Unnumbered bold headings -> items numbered by order 1..7. Organisation representatives (PRO, SPF, SKPF) are members of the råd: role ledamot, party null (organisation in place of party). Antecknare Maja Sundin -> sekreterare. 'Justeras' by the ordförande and Britt Olsson: only Britt Olsson recorded as justerare (the ordförande signs as chair), item null. Arne Pettersson 'framförde att PRO vill vara med i referensgruppen' is a remark, not recorded as an action. Organ printed 'Kommunala pensionärsrådet (KPR)'; gold without the abbreviation. Hagfors named as kommun ('Hagfors kommun'; 'vårdcentralen i Hagfors')."})

# =====================================================================================
# 7. Essunga kommun, delegationslista to Kommunstyrelsen (Lex-style list), no items
# =====================================================================================
def doc_essunga():
    fn = 'essunga_kommunstyrelsen_2026-04-15_delegationslista.pdf'
    def hdr(p):
        p.set_font('S', '', 8.5); p.set_xy(15, 8); p.cell(90, 4, 'Essunga kommun')
        p.set_xy(105, 8); p.cell(90, 4, 'Utskriftsdatum: 2026-04-02', align='R')
        p.set_xy(15, 12); p.set_font('S', 'B', 10); p.cell(120, 5, 'Delegationsbeslut – Kommunstyrelsen')
        p.set_font('S', '', 8.5); p.set_xy(135, 12); p.cell(60, 5, f'Sida {p.page_no()} / {{nb}}', align='R')
        p.set_xy(15, 17); p.cell(180, 4, 'Beslutsdatum: 2026-03-01 – 2026-03-31     Anmäls till: Kommunstyrelsen 2026-04-15')
        p.line(15, 22.5, 195, 22.5)
    p = mkpdf(hdr, None, (15, 26, 15))
    p.add_page()
    rows = [
        ('KS26/031', '2026-03-02', 'Tilldelningsbeslut, upphandling av vinterväghållning 2026–2029', 'Tobias Hagberg', 'Kommunchef', '3.4'),
        ('KS26/044', '2026-03-03', 'Yttrande till Polismyndigheten över ansökan om tillstånd för offentlig tillställning, Nossebro marknad', 'Oscar Berg', 'Trafik- och säkerhetshandläggare', '7.2'),
        ('KS26/045', '2026-03-05', 'Lokala trafikföreskrifter om hastighetsbegränsning på Storgatan i Nossebro', 'Oscar Berg', 'Trafik- och säkerhetshandläggare', '7.5'),
        ('KS25/298', '2026-03-06', 'Avskrivning av fordran under 10 000 kr', 'Lina Carlsson', 'Ekonomichef', '4.6'),
        ('KS26/051', '2026-03-09', 'Brådskande beslut: yttrande till Länsstyrelsen över ansökan om vindkraftspark vid Jonslund', 'Peter Lindgren (C)', 'Kommunstyrelsens ordförande', '1.1'),
        ('KS26/052', '2026-03-10', 'Anställning av enhetschef, kost och lokalvård', 'Anneli Strand', 'Personalchef', '5.1'),
        ('KS26/052', '2026-03-10', 'Lönesättning vid nyanställning, enhetschef kost och lokalvård', 'Anneli Strand', 'Personalchef', '5.3'),
        ('KS26/057', '2026-03-12', 'Avtal om samverkan kring gemensam lönehandläggning med Vara kommun och Grästorps kommun, förlängning', 'Tobias Hagberg', 'Kommunchef', '2.3'),
        ('KS26/060', '2026-03-16', 'Parkeringstillstånd för rörelsehindrad', 'Oscar Berg', 'Trafik- och säkerhetshandläggare', '7.8'),
        ('KS26/061', '2026-03-17', 'Utlämnande av allmän handling – avslag', 'Tobias Hagberg', 'Kommunchef', '1.6'),
        ('KS26/066', '2026-03-20', 'Attestförteckning 2026, revidering', 'Lina Carlsson', 'Ekonomichef', '4.1'),
        ('KS26/070', '2026-03-24', 'Köp av tjänst, extern utredning av arbetsmiljön inom kommunledningskontoret', 'Tobias Hagberg', 'Kommunchef', '3.2'),
        ('KS26/071', '2026-03-26', 'Bidrag till föreningen Nossebro Hembygdsförening för kulturarvsdag', 'Peter Lindgren (C)', 'Kommunstyrelsens ordförande', '6.2'),
        ('KS26/074', '2026-03-30', 'Lokala trafikföreskrifter om tillfällig avstängning av Tumlehedsvägen, Essunga', 'Oscar Berg', 'Trafik- och säkerhetshandläggare', '7.5'),
        ('KS26/075', '2026-03-31', 'Avskrivning av fordran under 10 000 kr', 'Lina Carlsson', 'Ekonomichef', '4.6'),
    ]
    p.set_font('S', '', 8.5)
    with p.table(col_widths=(20, 20, 72, 40, 14), line_height=4.5, borders_layout='HORIZONTAL_LINES',
                 headings_style=FontFace(emphasis='BOLD'), repeat_headings=1, text_align='LEFT') as t:
        r = t.row()
        for h in ('Dnr', 'Beslutsdatum', 'Ärende/beslut', 'Delegat', 'Punkt'): r.cell(h)
        for dnr, dt, what, who, title, pt in rows:
            r = t.row(); r.cell(dnr); r.cell(dt); r.cell(what); r.cell(f'{who}\n{title}'); r.cell(pt)
        for _ in range(12):  # padding to push onto page 2 as these lists do with attachments listing
            pass
    gap(p, 6)
    p.set_font('S', '', 9)
    p.multi_cell(0, 5, 'Antal beslut: 15\nSammanställt av Frida Nilsson, registrator, kommunledningskontoret', new_x='LMARGIN', new_y='NEXT')
    p.output(os.path.join(OUT, fn))
    persons = [per('Tobias Hagberg', None, ['tjänsteperson'], 'kommunchef'),
               per('Oscar Berg', None, ['tjänsteperson'], 'trafik- och säkerhetshandläggare'),
               per('Lina Carlsson', None, ['tjänsteperson'], 'ekonomichef'),
               per('Peter Lindgren', 'C', ['ordförande']),
               per('Anneli Strand', None, ['tjänsteperson'], 'personalchef'),
               per('Frida Nilsson', None, ['tjänsteperson'], 'registrator')]
    dn = []
    for r in rows:
        if r[0] not in dn: dn.append(r[0])
    GOLD.append({"file": fn, "organization": "Essunga kommun", "organ": "Kommunstyrelsen", "date": "2026-04-15",
                 "doc_type": "delegationslista", "pages": p.page_no(), "items": [], "persons": persons, "actions": [], "votes": [],
                 "diarienummer": dn, "kommuner": ["Essunga", "Vara", "Grästorp"], "regions": [],
                 "notes": "Lex-style delegationslista, no meeting -> no items. Date = the Kommunstyrelsen meeting it is reported to (2026-04-15), printed 'Anmäls till'; decision period is March 2026, print date 2026-04-02. Every row's dnr in document diarienummer (KS26/052 appears twice, listed once; KS25/298 is an older ärende). Delegates are persons who acted (decided): officials with title; Peter Lindgren (C) decided as kommunstyrelsens ordförande -> roles ['ordförande'], party C. Registrator who compiled the list included as tjänsteperson. Nossebro, Jonslund are localities in Essunga. Länsstyrelsen/Polismyndigheten are authorities, not kommuner."})

# =====================================================================================
# 8. Region Värmland, Regionala utvecklingsnämnden, protokollsutdrag (Netpublicator-style)
# =====================================================================================
def doc_varmland():
    fn = 'region-varmland_regionala-utvecklingsnamnden_2026-04-22_protokollsutdrag.pdf'
    def hdr(p):
        p.set_fill_color(0, 84, 130); p.rect(0, 0, 210, 6, 'F')
        p.set_font('S', 'B', 11); p.set_xy(18, 10); p.cell(80, 6, 'Region Värmland')
        p.set_font('S', '', 8.5); p.set_xy(110, 9); p.cell(82, 4, 'PROTOKOLLSUTDRAG', align='R')
        p.set_xy(110, 13); p.cell(82, 4, 'Regionala utvecklingsnämnden', align='R')
        p.set_xy(110, 17); p.cell(82, 4, 'Datum: 2026-04-22', align='R')
        p.set_xy(110, 21); p.cell(82, 4, f'Sid {p.page_no()} ({{nb}})', align='R')
    def ftr(p):
        p.set_y(-20); p.set_font('S', '', 7.5)
        p.cell(60, 4, 'Ordförandes signatur'); p.cell(60, 4, 'Justerandes signatur'); p.cell(0, 4, 'Utdragsbestyrkande', align='R')
    p = mkpdf(hdr, ftr, (18, 32, 18))
    p.add_page()
    pg = p.page_no()
    p.set_font('S', 'B', 12); p.cell(0, 6, '§ 47', new_x='LMARGIN', new_y='NEXT')
    p.set_font('S', 'B', 12.5)
    title = 'Medfinansiering av förstudie om snabbladdningsinfrastruktur för tunga transporter i norra Värmland'
    p.multi_cell(0, 6.5, title, new_x='LMARGIN', new_y='NEXT', align='L')
    p.set_font('S', '', 9); p.cell(0, 5, 'Diarienummer: RUN-2026-000318', new_x='LMARGIN', new_y='NEXT'); gap(p, 3)
    def sec(h, s):
        keep(p, 18); p.set_font('S', 'B', 10); p.cell(0, 6, h, new_x='LMARGIN', new_y='NEXT')
        txt(p, s, 'R', 10.5); gap(p, 2)
    sec('Beslut', 'Regionala utvecklingsnämnden beslutar\n1. att bevilja Torsby kommun 850 000 kronor i medfinansiering ur anslaget för regionala tillväxtåtgärder (1:1) för förstudien,\n2. att medfinansieringen villkoras av att Hagfors kommun och Munkfors kommun deltar i förstudiens styrgrupp.')
    sec('Sammanfattning av ärendet', 'Torsby kommun har ansökt om medfinansiering av en förstudie om behovet av snabbladdning för tunga transporter längs E16 och riksväg 62. Förstudien genomförs i samverkan med Hagfors och Munkfors kommuner samt Region Dalarna, och ska ligga till grund för kommande ansökningar till Klimatklivet. Den totala budgeten är 1 700 000 kronor.\n\nUtvecklingsledare Jonas Åberg föredrar ärendet.')
    sec('Yrkanden', 'Anneli Grönberg (S) yrkar bifall till förvaltningens förslag.\n\nMikael Rydén (M) yrkar avslag med motiveringen att förstudien borde finansieras inom ramen för Klimatklivet. Tobias Ek (SD) yrkar detsamma.')
    sec('Propositionsordning', 'Ordföranden ställer förvaltningens förslag mot avslagsyrkandet och finner att nämnden bifaller förvaltningens förslag.')
    p.add_page()
    p.set_font('S', 'B', 10); p.cell(0, 6, '§ 47 forts.', new_x='LMARGIN', new_y='NEXT'); gap(p, 2)
    sec('Reservation', 'Moderaterna och Sverigedemokraterna reserverar sig mot beslutet till förmån för eget yrkande.')
    sec('Protokollsanteckning', 'Rosa Lindh (V) antecknar till protokollet att Vänsterpartiet vill att förstudien även ska omfatta laddning för regionens egna bussar.')
    sec('Beslutsunderlag', 'Tjänsteskrivelse 2026-03-30\nAnsökan från Torsby kommun 2026-02-14')
    sec('Beslutet skickas till', 'Torsby kommun\nHagfors kommun\nMunkfors kommun\nEnheten för regional tillväxt')
    gap(p, 10)
    p.set_font('S', '', 9.5)
    p.multi_cell(0, 5, 'Vid protokollet\nCamilla Rosén, nämndsekreterare\n\nOrdförande                                              Justerare\nAnneli Grönberg                                       Lars Öberg\n\n'
                 'Protokollet justerat 2026-04-28. Rätt utdraget betygar:\nCamilla Rosén', new_x='LMARGIN', new_y='NEXT')
    p.output(os.path.join(OUT, fn))
    items = [{"number": "§47", "title": title, "diarienummer": ["RUN-2026-000318"], "page": pg}]
    persons = [per('Anneli Grönberg', 'S', ['ordförande', 'ledamot']), per('Mikael Rydén', 'M', ['ledamot']),
               per('Tobias Ek', 'SD', ['ledamot']), per('Rosa Lindh', 'V', ['ledamot']), per('Lars Öberg', None, ['justerare']),
               per('Jonas Åberg', None, ['tjänsteperson', 'föredragande'], 'utvecklingsledare'),
               per('Camilla Rosén', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare')]
    acts = [act('Jonas Åberg', '§47', 'presented'), act('Anneli Grönberg', '§47', 'proposed'), act('Mikael Rydén', '§47', 'proposed'),
            act('Tobias Ek', '§47', 'proposed'), act(None, '§47', 'reserved', 'M'), act(None, '§47', 'reserved', 'SD'),
            act('Rosa Lindh', '§47', 'protocol_note'), act('Lars Öberg', None, 'justerare')]
    GOLD.append({"file": fn, "organization": "Region Värmland", "organ": "Regionala utvecklingsnämnden", "date": "2026-04-22",
                 "doc_type": "protokoll", "pages": p.page_no(), "items": items, "persons": persons, "actions": acts, "votes": [],
                 "diarienummer": ["RUN-2026-000318"], "kommuner": ["Torsby", "Hagfors", "Munkfors"], "regions": ["Region Värmland", "Region Dalarna"],
                 "notes": "Protokollsutdrag (extract of one § of a nämnd protocol), Netpublicator-style; doc_type protokoll. No attendance list is printed: the politicians who make yrkanden/protocol note are recorded as ledamot (inferred); the ordförande from the signature block. Justerare Lars Öberg printed without party -> party null; no Val av justerare § in the extract, item null. 'Tobias Ek (SD) yrkar detsamma' counted as proposed. Reservation by M and SD as parties. § 47 continues on page 2 ('§ 47 forts.'). Camilla Rosén certifies the extract (sekreterare). E16/riksväg 62 are roads; Klimatklivet a programme."})

for f in (doc_hammaro, doc_grums, doc_aneby, doc_malung, doc_bjuv, doc_munkfors, doc_essunga, doc_varmland):
    f()
json.dump(GOLD, open(os.path.join(OUT, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('ok', len(GOLD))
