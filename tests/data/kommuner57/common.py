# shared helpers for build.py (kommuner57)
import random, json
from fpdf import FPDF

FD = '/usr/share/fonts/truetype/dejavu/'
FIRST = """Anna Erik Maria Lars Karin Johan Eva Anders Kristina Per Sara Mikael Lena Magnus Emma Fredrik Ingrid Peter
Helena Jonas Camilla Niklas Sofia Stefan Malin Mats Linnéa Ola Birgitta Tomas Elin Henrik Ulrika Björn Jenny Patrik
Marie Daniel Åsa Gustav Ebba Kjell Agneta Ali Leila Hassan Amira Jan-Erik Eva-Lotta Ann-Sofie Per-Olof Gunnel Rolf
Siv Håkan Therese Viktor Matilda Göran Yvonne Roger Susanne Alexander Nadia Oskar Ida Conny Mona Lennart Pia Dragan
Zeynep Tove Kent Margareta Börje Annika Rasmus Hanna Sven Johanna Carina Lars-Göran Kerstin Ronny Jessica Torbjörn
Lisa Ulf Gunilla Emil Marcus Frida Bengt Sonja Mustafa Jörgen Maja Tobias Elisabeth Arvid Leif Mirja Samir Louise
Kenneth Cecilia Ove Sanna Christer Katarina Robin Vera""".split()
LAST = """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson
Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Lindqvist Lindgren Berg Axelsson Bergström
Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström
Eklund Danielsson Håkansson Lundin Björk Bergman Gunnarsson Holm Samuelsson Fransson Wikström Isaksson Bergqvist
Arvidsson Nyström Holmberg Löfgren Söderberg Nyberg Blomqvist Claesson Mårtensson Nordström Lundström Viklund
Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund
Dahlberg Hellström Sjögren Abrahamsson Falk Öberg Blom Ek Strand Hedberg Martinsson Åkesson Öhman Sundqvist
Nordqvist Yilmaz Rahimi Nieminen Korhonen Grönlund Wennerholm Ståhlberg Brännström Fahlén Rydén Qvarnström Tegnér
Ekelund Hallgren Lövgren Norrman Ågren Åström Karlström Bäckman Sörensen Hedin Stenberg Wiklund Granath Palmqvist
Edlund Backlund Westerlund Nordlund Rosén Kvist Ljungberg Östlund Mäkinen Kaya Jovanović Haddad""".split()

USED = set()
RNG = random.Random(5757)

def newname(allow_double=True):
    while True:
        f = RNG.choice(FIRST)
        l = RNG.choice(LAST)
        if allow_double and RNG.random() < 0.07:
            l2 = RNG.choice(LAST)
            if l2 != l:
                l = l + ' ' + l2
        n = f + ' ' + l
        if n not in USED and l not in [x.split(' ', 1)[1] for x in USED if x.startswith(f + ' ')]:
            USED.add(n)
            return (f, l)

class Seat:
    def __init__(self, first, last, party):
        self.first, self.last, self.party = first, last, party
        self.role = 'ledamot'
        self.ers = None        # (first,last) of tjänstgörande ersättare
        self.absent = False    # absent without ersättare
    @property
    def name(self): return self.first + ' ' + self.last
    @property
    def ersname(self): return self.ers[0] + ' ' + self.ers[1] if self.ers else None
    @property
    def voter(self):
        if self.ers: return self.ersname
        if self.absent: return None
        return self.name
    @property
    def vfirst(self): return self.ers[0] if self.ers else self.first
    @property
    def vlast(self): return self.ers[1] if self.ers else self.last

def make_seats(counts, allow_double=True):
    seats = []
    for p, n in counts:
        for _ in range(n):
            f, l = newname(allow_double)
            seats.append(Seat(f, l, p))
    return seats

def assign(seats, rule, over=None):
    """rule: party -> 'ja'/'nej'/'avstår'; over: voter name -> vote. returns list of (seat, vote or None)"""
    over = over or {}
    out = []
    for s in seats:
        if s.voter is None:
            out.append((s, None)); continue
        v = over.get(s.voter, rule[s.party])
        out.append((s, v))
    return out

def count(res):
    c = {'ja': 0, 'nej': 0, 'avstår': 0, 'frånvarande': 0}
    for s, v in res:
        c[v or 'frånvarande'] += 1
    return c

class Gold:
    def __init__(self, file, org, organ, date, doc_type='protokoll'):
        self.d = {'file': file, 'organization': org, 'organ': organ, 'date': date, 'doc_type': doc_type,
                  'pages': None, 'items': [], 'persons': [], 'actions': [], 'votes': [], 'diarienummer': [],
                  'kommuner': [], 'notes': ''}
        self.P = {}
    def person(self, name, party, *roles, title=None):
        if name in self.P:
            p = self.P[name]
            assert p['party'] == party, (name, party, p)
            for r in roles:
                if r not in p['roles']: p['roles'].append(r)
            if title and 'title' not in p: p['title'] = title
            return
        p = {'name': name, 'party': party, 'roles': list(roles)}
        if title: p['title'] = title
        self.P[name] = p
        self.d['persons'].append(p)
    def seats(self, seats):
        for s in seats:
            if s.ers:
                self.person(s.ersname, s.party, 'tjänstgörande ersättare')
            elif not s.absent:
                if s.role == 'ordförande': self.person(s.name, s.party, 'ordförande', 'ledamot')
                elif s.role == 'vice ordförande': self.person(s.name, s.party, 'vice ordförande', 'ledamot')
                elif s.role == 'andre vice ordförande': self.person(s.name, s.party, 'vice ordförande', 'ledamot')
                else: self.person(s.name, s.party, 'ledamot')
    def act(self, person, item, kind, party=None):
        a = {'person': person, 'item': item, 'kind': kind}
        if person is None: a['party'] = party
        else: assert person in self.P, ('action person not in persons', person)
        self.d['actions'].append(a)
    def item(self, number, title, dnr, page):
        it = {'number': number, 'title': title, 'diarienummer': list(dnr), 'page': page}
        self.d['items'].append(it)
        for x in dnr:
            if x not in self.d['diarienummer']: self.d['diarienummer'].append(x)
        return it
    def votes(self, item, rnd, res):
        for s, v in res:
            if v is None: continue
            assert s.voter in self.P, ('voter not person', s.voter)
            self.d['votes'].append({'item': item, 'round': rnd, 'person': s.voter, 'vote': v})
    def summary(self, item, rnd, ja, nej, avst=None, franv=None):
        it = [i for i in self.d['items'] if i['number'] == item][0]
        e = {'round': rnd, 'ja': ja, 'nej': nej}
        if avst is not None: e['avstår'] = avst
        if franv is not None: e['frånvarande'] = franv
        it.setdefault('votes_summary', []).append(e)

class PDF(FPDF):
    def __init__(self, hdr=None, ftr=None, base='S', margins=(20, 18, 20), bmargin=22):
        super().__init__(format='A4')
        self.hdr, self.ftr, self.base = hdr, ftr, base
        self.add_font('S', '', FD + 'DejaVuSans.ttf')
        self.add_font('S', 'B', FD + 'DejaVuSans-Bold.ttf')
        self.add_font('S', 'I', FD + 'DejaVuSans-Oblique.ttf')
        self.add_font('R', '', FD + 'DejaVuSerif.ttf')
        self.add_font('R', 'B', FD + 'DejaVuSerif-Bold.ttf')
        self.add_font('R', 'I', FD + 'DejaVuSerif-Italic.ttf')
        self.add_font('C', '', FD + 'DejaVuSansCondensed.ttf')
        self.add_font('C', 'B', FD + 'DejaVuSansCondensed-Bold.ttf')
        self.set_margins(*margins)
        self.set_auto_page_break(True, bmargin)
        self.alias_nb_pages()
    def header(self):
        if self.hdr: self.hdr(self)
    def footer(self):
        if self.ftr: self.ftr(self)
    def t(self, s, size=10, style='', h=5, font=None, align='L'):
        self.set_font(font or self.base, style, size)
        self.multi_cell(0, h, s, new_x='LMARGIN', new_y='NEXT', align=align)
    def need(self, mm):
        if self.get_y() + mm > self.page_break_trigger:
            self.add_page()
    def table(self, widths, head, rows, row_h=5.5, size=8.5, repeat_head=True, aligns=None, font=None,
              border=1, fill_head=True, x=None):
        font = font or self.base
        aligns = aligns or ['L'] * len(widths)
        x0 = self.l_margin if x is None else x
        def draw_head():
            self.set_x(x0)
            self.set_font(font, 'B', size)
            if fill_head: self.set_fill_color(225, 225, 225)
            for w, h in zip(widths, head):
                self.cell(w, row_h, h, border=border, align='C' if len(h) < 9 else 'L', fill=fill_head)
            self.ln(row_h)
        if head: draw_head()
        for r in rows:
            if self.get_y() + row_h > self.page_break_trigger:
                self.add_page()
                if head and repeat_head: draw_head()
            self.set_x(x0)
            if isinstance(r, dict):
                self.set_font(font, 'B', size)
                self.cell(sum(widths), row_h, r['group'], border=border)
                self.ln(row_h); continue
            bold = r and isinstance(r[0], str) and r[0].startswith('Summa')
            self.set_font(font, 'B' if bold else '', size)
            for w, c, a in zip(widths, r, aligns):
                self.cell(w, row_h, c, border=border, align=a)
            self.ln(row_h)
