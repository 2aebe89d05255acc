# Generator for kommuner57: roll-call votes in many printings. Run: nice /work/main/.venv/bin/python build.py
import os, sys, json, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
OUT = os.path.dirname(os.path.abspath(__file__))
GOLD = []

def pn(s, p=True):
    return f"{s.name} ({s.party})" if p else s.name

def by(seats, party):
    return [s for s in seats if s.party == party]

def plist(names):
    names = list(names)
    if len(names) == 1: return names[0]
    return ', '.join(names[:-1]) + ' och ' + names[-1]

# ---------------------------------------------------------------- D1 Falköping KF (Ciceron)
def d1():
    file = 'falkoping_kommunfullmaktige_2026-03-30_protokoll.pdf'
    G = Gold(file, 'Falköpings kommun', 'Kommunfullmäktige', '2026-03-30')
    seats = make_seats([('S', 16), ('M', 10), ('SD', 10), ('C', 5), ('KD', 3), ('L', 2), ('V', 3), ('MP', 2)])
    S, M, SD, C, KD, L, V, MP = [by(seats, p) for p in ['S', 'M', 'SD', 'C', 'KD', 'L', 'V', 'MP']]
    C[0].role = 'ordförande'; S[1].role = 'vice ordförande'; SD[1].role = 'andre vice ordförande'
    for s in [S[5], M[3], SD[2], V[1]]:
        s.ers = newname()
    SD[7].absent = True
    ers_present = [(newname(), 'S'), (newname(), 'C'), (newname(), 'MP')]
    kd = newname(); ks = newname(); plan = newname()
    kdn, ksn, plann = ' '.join(kd), ' '.join(ks), ' '.join(plan)

    def hdr(p):
        p.set_font('S', 'B', 9); p.set_xy(20, 10)
        p.cell(85, 4.5, 'FALKÖPINGS KOMMUN'); p.cell(0, 4.5, 'SAMMANTRÄDESPROTOKOLL', align='R'); p.ln(4.5)
        p.set_font('S', '', 8.5)
        p.cell(85, 4.5, 'Kommunfullmäktige'); p.cell(55, 4.5, 'Sammanträdesdatum 2026-03-30')
        p.cell(0, 4.5, f'Sida {p.page_no()} ({{nb}})', align='R'); p.ln(5)
        p.line(20, p.get_y(), 190, p.get_y()); p.set_y(p.get_y() + 5)
    def ftr(p):
        p.set_y(-17); p.set_font('S', '', 7)
        p.cell(40, 8, 'Justerandes sign', border=1); p.cell(40, 8, '', border=1)
        p.cell(50, 8, 'Utdragsbestyrkande', border=1)
    pdf = PDF(hdr, ftr); pdf.add_page()
    pdf.t('Plats och tid', 9, 'B'); pdf.t('Stadshuset, Fullmäktigesalen, Falköping, måndagen den 30 mars 2026 kl. 18.30–22.05', 10)
    pdf.ln(2); pdf.t('Beslutande', 9, 'B'); pdf.t('Enligt närvarolista, sidan 2', 10)
    pdf.ln(2); pdf.t('Övriga närvarande', 9, 'B')
    pdf.t(f'{kdn}, kommundirektör\n{ksn}, kommunsekreterare\n{plann}, planchef, § 33', 10)
    pdf.ln(2); pdf.t('Utses att justera', 9, 'B'); pdf.t(f'{pn(S[2])} och {pn(KD[0])}', 10)
    pdf.ln(2); pdf.t('Justeringens plats och tid', 9, 'B'); pdf.t('Kommunledningskontoret, 2026-04-02', 10)
    pdf.ln(4)
    pdf.set_font('S', '', 9)
    for lab, val in [('Underskrifter   Sekreterare', ksn + '                Paragrafer 30–35'),
                     ('Ordförande', C[0].name), ('Justerande', S[2].name + '          ' + KD[0].name)]:
        pdf.cell(50, 12, lab); pdf.cell(0, 12, '……………………………………  ' + val); pdf.ln(12)
    pdf.ln(4); pdf.t('ANSLAG/BEVIS', 10, 'B')
    pdf.t('Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\nOrgan: Kommunfullmäktige   Sammanträdesdatum: 2026-03-30\nDatum då anslaget sätts upp: 2026-04-03   Datum då anslaget tas ned: 2026-04-27\nFörvaringsplats för protokollet: Kommunledningskontoret', 9)
    # närvarolista page 2
    pdf.add_page()
    pdf.t('Närvarolista', 12, 'B'); pdf.ln(1)
    pdf.t('Beslutande ledamöter', 9, 'B')
    lines = []
    for s in seats:
        if s.ers: lines.append(f'{s.ersname} ({s.party}), tjg ers. för {s.name}')
        elif s.absent: continue
        elif s.role == 'ordförande': lines.append(f'{pn(s)}, ordförande')
        elif s.role == 'vice ordförande': lines.append(f'{pn(s)}, 1:e vice ordförande')
        elif s.role == 'andre vice ordförande': lines.append(f'{pn(s)}, 2:e vice ordförande')
        else: lines.append(pn(s))
    half = (len(lines) + 1) // 2
    pdf.set_font('S', '', 8.5)
    for i in range(half):
        pdf.cell(85, 4.6, lines[i])
        if i + half < len(lines): pdf.cell(85, 4.6, lines[i + half])
        pdf.ln(4.6)
    pdf.ln(2); pdf.t('Frånvarande utan ersättare', 9, 'B'); pdf.t(pn(SD[7]), 9)
    pdf.ln(1); pdf.t('Närvarande ersättare (ej tjänstgörande)', 9, 'B')
    pdf.t(', '.join(f'{f} {l} ({p})' for (f, l), p in ers_present), 9)
    G.seats(seats)
    for (f, l), p in ers_present: G.person(f + ' ' + l, p, 'ersättare')
    G.person(kdn, None, 'tjänsteperson', title='kommundirektör')
    G.person(ksn, None, 'sekreterare', 'tjänsteperson', title='kommunsekreterare')
    G.person(plann, None, 'tjänsteperson', 'föredragande', title='planchef')
    G.person(S[2].name, 'S', 'justerare'); G.person(KD[0].name, 'KD', 'justerare')

    def head(num, title, dnr):
        pdf.need(30); pdf.ln(3)
        page = pdf.page_no()
        pdf.set_font('S', 'B', 11); pdf.cell(18, 6, f'§ {num}'); pdf.cell(0, 6, dnr, align='R'); pdf.ln(7)
        pdf.t(title, 11, 'B', 5.5); pdf.ln(2)
        return G.item(f'§{num}', title.replace('\n', ' '), [dnr] if dnr else [], page)

    pdf.add_page()
    head(30, 'Val av justerare', '')
    pdf.t(f'Kommunfullmäktige utser {pn(S[2])} och {pn(KD[0])} att jämte ordföranden justera dagens protokoll. '
          'Justeringen sker på kommunledningskontoret torsdagen den 2 april 2026.')
    G.act(S[2].name, '§30', 'justerare'); G.act(KD[0].name, '§30', 'justerare')
    head(31, 'Godkännande av dagordning', '')
    pdf.t('Kommunfullmäktige godkänner dagordningen med den ändringen att ärendet Meddelanden behandlas sist.')
    t32 = f'Svar på interpellation från {pn(V[0])} till kommunstyrelsens ordförande {pn(S[0])} om väntetider till särskilt boende'
    head(32, t32, 'Dnr 2026/61')
    pdf.t(f'{pn(V[0])} har i en interpellation ställd till kommunstyrelsens ordförande {pn(S[0])} frågat hur lång den '
          'genomsnittliga väntetiden till särskilt boende är i Falköpings kommun och vilka åtgärder som planeras för att korta den.')
    pdf.ln(1); pdf.t(f'{S[0].name} besvarar interpellationen. Svaret biläggs protokollet. I den efterföljande debatten deltar '
          f'{V[0].name} och {S[0].name}.')
    pdf.ln(1); pdf.t('Beslut', 10, 'B'); pdf.t('Kommunfullmäktige förklarar interpellationen besvarad.')
    G.act(V[0].name, '§32', 'raised'); G.act(S[0].name, '§32', 'presented')

    t33 = 'Detaljplan för Mösseberg, del av Sandtorp 1:4 m.fl., antagande'
    head(33, t33, 'Dnr 2024/233')
    pdf.t('Ärendebeskrivning', 10, 'B')
    pdf.t('Detaljplanen syftar till att möjlig\u00adgöra cirka 120 nya bostäder i form av radhus och flerbostadshus samt en förskola '
          'med sex avdelningar på Mösseberg. Planförslaget har varit utställt för granskning under tiden 3 november–1 december 2025. '
          f'Planchef {plann} föredrar ärendet.')
    G.act(plann, '§33', 'presented')
    pdf.ln(1); pdf.t('Kommunstyrelsens förslag', 10, 'B')
    pdf.t('Kommunstyrelsen föreslår kommunfullmäktige besluta att anta detaljplan för Mösseberg, del av Sandtorp 1:4 m.fl.')
    pdf.ln(1); pdf.t('Yrkanden', 10, 'B')
    pdf.t(f'{pn(S[0])} yrkar bifall till kommunstyrelsens förslag.\n'
          f'{pn(M[0])} yrkar att ärendet återremitteras till kommunstyrelsen för en ny trafikutredning av Sandtorpsvägen.\n'
          f'{pn(SD[0])} instämmer i {M[0].name}s återremissyrkande och yrkar i andra hand avslag på kommunstyrelsens förslag.\n'
          f'{pn(C[1])} och {pn(MP[0])} yrkar bifall till kommunstyrelsens förslag.')
    for s in [S[0], M[0], SD[0], C[1], MP[0]]: G.act(s.name, '§33', 'proposed')
    pdf.ln(1); pdf.t('Propositionsordning', 10, 'B')
    pdf.t('Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att det ska '
          'avgöras i dag. Omröstning begärs.\n'
          'Kommunfullmäktige godkänner följande voteringsproposition: Den som vill att ärendet ska avgöras i dag röstar ja. '
          'Den som vill att ärendet ska återremitteras röstar nej.')
    r1 = assign(seats, {'S': 'ja', 'C': 'ja', 'L': 'ja', 'MP': 'ja', 'V': 'ja', 'M': 'nej', 'SD': 'nej', 'KD': 'nej'},
                {KD[2].voter: 'ja', L[1].voter: 'avstår'})
    r2 = assign(seats, {'S': 'ja', 'C': 'ja', 'L': 'ja', 'MP': 'ja', 'V': 'ja', 'KD': 'ja', 'M': 'avstår', 'SD': 'nej'},
                {M[4].voter: 'ja', V[2].voter: 'avstår'})
    def vlist(res, label):
        pdf.need(25); pdf.ln(2); pdf.t(label, 10, 'B'); pdf.ln(1)
        rows = []
        for s, v in res:
            rows.append([s.name, s.party, s.ersname or '', 'X' if v == 'ja' else '', 'X' if v == 'nej' else '',
                         'X' if v == 'avstår' else '', 'X' if v is None else ''])
        c = count(res)
        rows.append(['Summa', '', '', str(c['ja']), str(c['nej']), str(c['avstår']), str(c['frånvarande'])])
        pdf.table([48, 12, 48, 14, 14, 16, 18], ['Ledamot', 'Parti', 'Tjänstgörande ersättare', 'Ja', 'Nej', 'Avstår', 'Frånvarande'],
                  rows, row_h=5.2, size=8, aligns=['L', 'C', 'L', 'C', 'C', 'C', 'C'])
        return c
    c1 = vlist(r1, 'Voteringslista 1, § 33 – återremiss')
    pdf.ln(2)
    pdf.t(f'Omröstningsresultat: Med {c1["ja"]} ja-röster mot {c1["nej"]} nej-röster beslutar kommunfullmäktige att ärendet ska '
          f'avgöras i dag. {c1["avstår"]} ledamot avstår från att rösta och {c1["frånvarande"]} ledamot är frånvarande.')
    pdf.ln(1)
    pdf.t(f'Ordföranden ställer därefter proposition på bifall till kommunstyrelsens förslag mot {SD[0].name}s avslagsyrkande '
          'och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Omröstning begärs.\n'
          'Kommunfullmäktige godkänner följande voteringsproposition: Den som bifaller kommunstyrelsens förslag röstar ja. '
          f'Den som bifaller {SD[0].name}s avslagsyrkande röstar nej.')
    c2 = vlist(r2, 'Voteringslista 2, § 33 – huvudvotering')
    pdf.ln(2)
    pdf.t(f'Omröstningsresultat: Med {c2["ja"]} ja-röster mot {c2["nej"]} nej-röster, {c2["avstår"]} avstår, beslutar '
          'kommunfullmäktige att bifalla kommunstyrelsens förslag.')
    pdf.ln(1); pdf.t('Beslut', 10, 'B')
    pdf.t('Kommunfullmäktige beslutar att anta detaljplan för Mösseberg, del av Sandtorp 1:4 m.fl.')
    pdf.ln(1); pdf.t('Reservation', 10, 'B'); pdf.t('Sverigedemokraternas ledamöter reserverar sig mot beslutet.')
    pdf.ln(1); pdf.t('Protokollsanteckning', 10, 'B')
    pdf.t(f'{pn(M[0])} lämnar följande protokollsanteckning: ”Moderaterna ser positivt på fler bostäder på Mösseberg men anser '
          'att trafikfrågan borde ha utretts innan planen antogs.”')
    pdf.ln(1); pdf.t('Expediera till', 9, 'B'); pdf.t('Samhällsbyggnadsnämnden\nLantmäteriet', 9)
    G.votes('§33', 1, r1); G.votes('§33', 2, r2)
    G.summary('§33', 1, c1['ja'], c1['nej'], c1['avstår'], c1['frånvarande'])
    G.summary('§33', 2, c2['ja'], c2['nej'], c2['avstår'], c2['frånvarande'])
    G.act(None, '§33', 'reserved', 'SD'); G.act(M[0].name, '§33', 'protocol_note')

    head(34, 'Anmälan av nya motioner', '')
    pdf.t('Följande motioner har inkommit och anmäls:')
    pdf.t(f'1. Motion från {pn(KD[1])} om trygghetsvärdar i centrala Falköping, Dnr 2026/98\n'
          f'2. Motion från {pn(L[0])} om läxhjälp på stadsbiblioteket, Dnr 2026/101')
    pdf.ln(1); pdf.t('Beslut', 10, 'B'); pdf.t('Motionerna remitteras till kommunstyrelsen för beredning.')
    G.d['items'][-1]['diarienummer'] = ['Dnr 2026/98', 'Dnr 2026/101']
    G.d['diarienummer'] += ['Dnr 2026/98', 'Dnr 2026/101']
    G.act(KD[1].name, '§34', 'raised'); G.act(L[0].name, '§34', 'raised')
    head(35, 'Meddelanden', '')
    pdf.t('Revisionsrapport avseende granskning av kommunens investeringsprocess har inkommit och anmäls.\n'
          'Beslut från Länsstyrelsen i Västra Götalands län om tillsyn av överförmyndarverksamheten anmäls.')
    pdf.ln(1); pdf.t('Beslut', 10, 'B'); pdf.t('Kommunfullmäktige lägger meddelandena till handlingarna.')
    pdf.output(os.path.join(OUT, file))
    G.d['pages'] = pdf.page_no()
    G.d['kommuner'] = ['Falköping']
    G.d['notes'] = ('Ciceron-style protocol. Två omröstningar i § 33: round 1 = återremiss (ja = avgöras i dag), round 2 = huvudvotering. '
        'Voteringslistor have columns Ledamot | Parti | Tjänstgörande ersättare | Ja | Nej | Avstår | Frånvarande; where a '
        'tjänstgörande ersättare is printed the vote belongs to the ersättare and the ordinarie ledamot in that row is absent (not a person). '
        f'{SD[7].name} (SD) is frånvarande utan ersättare: not a person, no vote. votes_summary holds both rounds '
        '(list of {round, ja, nej, avstår, frånvarande}) from the Summa rows. Tjänstgörande ersättare replace: ' +
        '; '.join(f'{s.ersname} för {s.name}' for s in seats if s.ers) +
        '. § 34 lists the two new motions\' Dnr. "Länsstyrelsen i Västra Götalands län" in § 35 is an authority, not a region named.')
    G.d.setdefault('regions', [])
    GOLD.append(G.d)


PARTYNAME = {'S': 'Socialdemokraterna', 'M': 'Moderaterna', 'SD': 'Sverigedemokraterna', 'C': 'Centerpartiet',
             'V': 'Vänsterpartiet', 'KD': 'Kristdemokraterna', 'L': 'Liberalerna', 'MP': 'Miljöpartiet',
             'SJVP': 'Sjukvårdspartiet Jämtland Härjedalen'}

# ---------------------------------------------------------------- D2 Region Jämtland Härjedalen RS (Platina)
def d2():
    file = 'regionjamtlandharjedalen_regionstyrelsen_2026-04-14_protokoll.pdf'
    G = Gold(file, 'Region Jämtland Härjedalen', 'Regionstyrelsen', '2026-04-14')
    seats = make_seats([('S', 5), ('C', 3), ('M', 3), ('SD', 2), ('V', 1), ('SJVP', 1)])
    S, C, M, SD, V, SJ = [by(seats, p) for p in ['S', 'C', 'M', 'SD', 'V', 'SJVP']]
    S[0].role = 'ordförande'; C[0].role = 'vice ordförande'; M[0].role = 'andre vice ordförande'
    S[3].ers = newname(); M[2].ers = newname()
    ers_present = [(newname(), 'S'), (newname(), 'C')]
    rd, ed, hsd, sek = [' '.join(newname()) for _ in range(4)]

    def hdr(p):
        p.set_xy(20, 10); p.set_font('S', 'B', 10)
        p.cell(60, 5, 'REGIONSTYRELSEN'); p.cell(50, 5, 'PROTOKOLL', align='C'); p.cell(0, 5, '2026-04-14', align='R'); p.ln(5)
        p.set_font('S', '', 8); p.cell(0, 4, 'Region Jämtland Härjedalen'); p.ln(4)
        p.set_draw_color(0, 90, 60); p.line(20, p.get_y() + 1, 190, p.get_y() + 1); p.set_y(p.get_y() + 6)
    def ftr(p):
        p.set_y(-15); p.set_font('S', '', 7.5)
        p.cell(100, 4, 'Ordförandes signatur ________   Justerares signatur ________   ________')
        p.cell(0, 4, f'Sida {p.page_no()} av {{nb}}', align='R')
    pdf = PDF(hdr, ftr); pdf.add_page()
    pdf.t('Protokoll från sammanträde med regionstyrelsen', 15, 'B', 8)
    pdf.t('Tid: 2026-04-14, kl. 09:00–15:40\nPlats: Regionens hus, sammanträdesrum Storsjön, Östersund', 10)
    pdf.ln(3); pdf.t('Närvarande beslutande', 10, 'B')
    rows = []
    for s in seats:
        if s.ers: rows.append([s.ersname, s.party, f'Tjänstgörande ersättare för {s.name}'])
        elif s.role == 'ordförande': rows.append([s.name, s.party, 'Ordförande'])
        elif s.role == 'vice ordförande': rows.append([s.name, s.party, '1:e vice ordförande'])
        elif s.role == 'andre vice ordförande': rows.append([s.name, s.party, '2:e vice ordförande'])
        else: rows.append([s.name, s.party, 'Ledamot'])
    pdf.table([60, 20, 90], ['Namn', 'Parti', 'Funktion'], rows, row_h=5, size=8.5, border='B', fill_head=False)
    pdf.ln(3); pdf.t('Övriga närvarande', 10, 'B')
    pdf.t(f'Ersättare: {", ".join(f"{f} {l} ({p})" for (f, l), p in ers_present)}\n'
          f'Tjänstepersoner: {rd}, regiondirektör; {ed}, ekonomidirektör, § 42; {hsd}, hälso- och sjukvårdsdirektör, § 43; '
          f'{sek}, regionsekreterare', 9.5)
    pdf.ln(3)
    pdf.t(f'Ordförande: {S[0].name}\nSekreterare: {sek}\nJusterare: {pn(C[1])}, {pn(SD[0])}\nParagrafer: §§ 40–45', 9.5)
    G.seats(seats)
    for (f, l), p in ers_present: G.person(f + ' ' + l, p, 'ersättare')
    G.person(rd, None, 'tjänsteperson', title='regiondirektör')
    G.person(ed, None, 'tjänsteperson', 'föredragande', title='ekonomidirektör')
    G.person(hsd, None, 'tjänsteperson', 'föredragande', title='hälso- och sjukvårdsdirektör')
    G.person(sek, None, 'sekreterare', 'tjänsteperson', title='regionsekreterare')
    G.person(C[1].name, 'C', 'justerare'); G.person(SD[0].name, 'SD', 'justerare')

    def head(num, title, dnr):
        pdf.need(28); pdf.ln(4); page = pdf.page_no()
        pdf.set_font('S', 'B', 12); pdf.multi_cell(0, 6, f'§ {num} {title}', new_x='LMARGIN', new_y='NEXT')
        if dnr: pdf.t(f'Ärendenr: {dnr}', 9)
        pdf.ln(1.5)
        return G.item(f'§{num}', title, [dnr] if dnr else [], page)
    pdf.add_page()
    head(40, 'Val av justerare', '')
    pdf.t('Beslut', 10, 'B'); pdf.t(f'Regionstyrelsen utser {pn(C[1])} och {pn(SD[0])} att tillsammans med ordföranden justera protokollet.')
    G.act(C[1].name, '§40', 'justerare'); G.act(SD[0].name, '§40', 'justerare')
    head(41, 'Fastställande av föredragningslista', '')
    pdf.t('Beslut', 10, 'B'); pdf.t('Föredragningslistan fastställs.')
    head(42, 'Ekonomisk lägesrapport per mars 2026', 'RS/214/2026')
    pdf.t(f'Ekonomidirektör {ed} redogör för det ekonomiska läget. Prognosen för helåret visar ett underskott om 212 miljoner kronor, '
          f'främst inom hälso- och sjukvården. Regiondirektör {rd} informerar om pågående åtgärdsplaner.')
    pdf.ln(1); pdf.t('Beslut', 10, 'B'); pdf.t('Informationen noteras till protokollet.')
    G.act(ed, '§42', 'presented'); G.act(rd, '§42', 'presented')
    G.person(rd, None, 'föredragande')
    t43 = 'Ny vårdcentral i Brunflo, beslut om genomförande av investering i egna lokaler'
    head(43, t43, 'RS/512/2025')
    pdf.t('Sammanfattning', 10, 'B')
    pdf.t('Region Jämtland Härjedalen hyr i dag lokaler för Brunflo hälsocentral. Hyresavtalet löper ut 2027. Förvaltningen föreslår '
          'att regionen uppför en ny byggnad på egen tomt i Brunflo, Östersunds kommun, till en investeringsutgift om högst '
          f'86 miljoner kronor. Hälso- och sjukvårdsdirektör {hsd} föredrar ärendet.')
    G.act(hsd, '§43', 'presented')
    pdf.ln(1); pdf.t('Yrkanden', 10, 'B')
    pdf.t(f'{pn(S[0])} yrkar bifall till förvaltningens förslag.\n{pn(M[0])} yrkar avslag på förslaget.\n'
          f'{pn(SD[1])} instämmer i {M[0].name}s yrkande.\n{pn(V[0])} yrkar bifall till förvaltningens förslag.')
    for s in [S[0], M[0], SD[1], V[0]]: G.act(s.name, '§43', 'proposed')
    pdf.ln(1); pdf.t('Proposition och votering', 10, 'B')
    pdf.t('Ordföranden ställer förvaltningens förslag mot avslagsyrkandet och finner att regionstyrelsen bifaller förvaltningens '
          'förslag. Votering begärs. Regionstyrelsen godkänner följande voteringsproposition: Ja-röst för bifall till förvaltningens '
          'förslag, nej-röst för avslag. Voteringen utfaller enligt nedanstående lista.')
    r = assign(seats, {'S': 'ja', 'C': 'ja', 'V': 'ja', 'M': 'nej', 'SD': 'nej', 'SJVP': 'avstår'})
    rows = []
    for p in ['S', 'C', 'M', 'SD', 'V', 'SJVP']:
        rows.append({'group': f'{PARTYNAME[p]} ({p})'})
        for s, v in r:
            if s.party != p: continue
            nm = f'    {s.ersname}, tjg ers.' if s.ers else '    ' + s.name
            rows.append([nm, '1' if v == 'ja' else '', '1' if v == 'nej' else '', '1' if v == 'avstår' else ''])
    c = count(r)
    rows.append(['Summa', str(c['ja']), str(c['nej']), str(c['avstår'])])
    pdf.ln(1); pdf.t('Voteringslista § 43', 10, 'B')
    pdf.table([90, 20, 20, 20], ['Ledamot / tjänstgörande ersättare', 'Ja', 'Nej', 'Avstår'], rows, row_h=5.4, size=8.5,
              aligns=['L', 'C', 'C', 'C'])
    pdf.ln(2); pdf.t(f'Med {c["ja"]} ja-röster mot {c["nej"]} nej-röster beslutar regionstyrelsen att bifalla förvaltningens förslag. '
                     f'{c["avstår"]} ledamot avstår.')
    G.votes('§43', 1, r); G.summary('§43', 1, c['ja'], c['nej'], c['avstår'])
    pdf.ln(1); pdf.t('Beslut', 10, 'B')
    pdf.t('1. Regionstyrelsen beslutar att genomföra investeringen i ny vårdcentral i Brunflo inom en ram om 86 miljoner kronor.\n'
          '2. Regiondirektören får i uppdrag att upphandla entreprenad.')
    pdf.ln(1); pdf.t('Reservationer', 10, 'B')
    mres = [M[0].name, M[1].name, M[2].ersname]
    pdf.t(f'{M[0].name} (M), {M[1].name} (M) och {M[2].ersname} (M) reserverar sig mot beslutet till förmån för eget yrkande.\n'
          'Sverigedemokraterna reserverar sig mot beslutet.')
    for n in mres: G.act(n, '§43', 'reserved')
    G.act(None, '§43', 'reserved', 'SD')
    t44 = f'Svar på motion från {pn(V[0])} om avgiftsfri tandvård för unga vuxna upp till 26 år'
    head(44, t44, 'RS/77/2026')
    G.act(V[0].name, '§44', 'raised')
    pdf.t(f'{pn(V[0])} föreslår i en motion att åldersgränsen för avgiftsfri tandvård höjs till 26 år. Förvaltningen bedömer '
          'kostnaden till cirka 14 miljoner kronor per år och föreslår att motionen avslås.')
    pdf.ln(1); pdf.t('Yrkanden', 10, 'B')
    pdf.t(f'{pn(S[1])} yrkar bifall till förvaltningens förslag.\n{pn(V[0])} yrkar bifall till motionen.')
    G.act(S[1].name, '§44', 'proposed'); G.act(V[0].name, '§44', 'proposed')
    pdf.ln(1); pdf.t('Proposition och votering', 10, 'B')
    pdf.t('Ordföranden ställer proposition på förvaltningens förslag mot bifall till motionen och finner att regionstyrelsen '
          'bifaller förvaltningens förslag. Votering begärs och verkställs. Voteringen utfaller med 12 ja-röster för '
          'förvaltningens förslag och 2 nej-röster för bifall till motionen. 1 ledamot avstår.')
    G.summary('§44', 1, 12, 2, 1)
    pdf.ln(1); pdf.t('Beslut', 10, 'B')
    pdf.t('Regionstyrelsen föreslår regionfullmäktige besluta att avslå motionen.')
    pdf.ln(1); pdf.t('Reservation', 10, 'B'); pdf.t(f'{V[0].name} (V) reserverar sig mot beslutet.')
    G.act(V[0].name, '§44', 'reserved')
    pdf.ln(1); pdf.t('Protokollsanteckning', 10, 'B')
    pdf.t(f'{pn(SJ[0])} antecknar till protokollet att Sjukvårdspartiet vill se en stegvis höjning av åldersgränsen.')
    G.act(SJ[0].name, '§44', 'protocol_note')
    head(45, 'Anmälan av delegationsbeslut', '')
    pdf.t('Följande delegationsbeslut anmäls:\n- Beslut om yttrande över remiss från Socialdepartementet, RS/88/2026\n'
          '- Ordförandebeslut om ändrat sammanträdesdatum, RS/101/2026')
    pdf.ln(1); pdf.t('Beslut', 10, 'B'); pdf.t('Anmälan av delegationsbesluten noteras.')
    pdf.output(os.path.join(OUT, file))
    G.d['pages'] = pdf.page_no()
    G.d['kommuner'] = ['Östersund']
    G.d['regions'] = ['Region Jämtland Härjedalen']
    G.d['notes'] = ('Platina-style regionstyrelse protocol; running header in capitals. § 43 voteringslista grouped by party '
        '(party as row heading, names indented below; party of each voter taken from the heading), marks "1", Summa row. '
        '§ 44 vote is a bare count (12-2-1): only votes_summary, no per-person votes. Tjänstgörande ersättare: ' +
        '; '.join(f'{s.ersname} för {s.name}' for s in seats if s.ers) +
        '. § 45 delegation decision numbers are references, not item numbers. Regiondirektören presents in § 42 (informerar), '
        'so has role föredragande too. votes_summary is a list of {round, ja, nej, avstår}.')
    G.d.setdefault('regions', [])
    GOLD.append(G.d)

# ---------------------------------------------------------------- D3 Ljusdal KS (Meetings Plus) prose votes
def d3():
    file = 'ljusdal_kommunstyrelsen_2026-02-04_protokoll.pdf'
    G = Gold(file, 'Ljusdals kommun', 'Kommunstyrelsen', '2026-02-04')
    seats = make_seats([('S', 4), ('M', 2), ('SD', 3), ('C', 1), ('V', 1), ('LB', 1), ('KD', 1)])
    S, M, SD, C, V, LB, KD = [by(seats, p) for p in ['S', 'M', 'SD', 'C', 'V', 'LB', 'KD']]
    S[0].role = 'ordförande'; M[0].role = 'vice ordförande'
    SD[2].ers = newname(); S[3].ers = newname()
    ers_present = [(newname(), 'C'), (newname(), 'S')]
    kd, ek, sek = [' '.join(newname()) for _ in range(3)]
    mb = ' '.join(newname())
    def hdr(p):
        p.set_xy(20, 10); p.set_font('R', 'B', 13); p.cell(90, 6, 'Ljusdals kommun')
        p.set_font('S', 'B', 10); p.cell(0, 6, 'PROTOKOLL', align='R'); p.ln(6)
        p.set_font('S', '', 8.5); p.cell(90, 4.5, 'Kommunstyrelsen'); p.cell(0, 4.5, f'Sammanträdesdatum 2026-02-04    {p.page_no()}(' + '{nb})', align='R')
        p.ln(10)
    def ftr(p):
        p.set_y(-16); p.set_font('S', '', 7); p.cell(60, 6, 'Justerandes signatur', border='T'); p.cell(60, 6, 'Utdragsbestyrkande', border='T')
    pdf = PDF(hdr, ftr, base='S'); pdf.add_page()
    pdf.set_font('S', '', 9.5)
    def kv(k, v):
        pdf.set_font('S', 'B', 9); pdf.cell(52, 5, k); pdf.set_font('S', '', 9.5)
        pdf.multi_cell(0, 5, v, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
    kv('Plats och tid', 'Kommunhuset, Ljusdal, onsdagen den 4 februari 2026 kl. 08.30–12.15')
    bes = []
    for s in seats:
        if s.ers: bes.append(f'{s.ersname} ({s.party}) ersätter {s.name}')
        elif s.role == 'ordförande': bes.append(f'{pn(s)} ordförande')
        elif s.role == 'vice ordförande': bes.append(f'{pn(s)} vice ordförande')
        else: bes.append(pn(s))
    kv('Beslutande', '\n'.join(bes))
    kv('Övriga närvarande', 'Ersättare: ' + ', '.join(f'{f} {l} ({p})' for (f, l), p in ers_present) +
       f'\nKommunchef {kd}\nEkonomichef {ek}, § 13\nKommunsekreterare {sek}')
    kv('Justerare', pn(C[0]))
    kv('Justeringens plats och tid', 'Kommunkansliet 2026-02-09')
    kv('Paragrafer', '§§ 12–17')
    kv('Underskrifter', f'Sekreterare ......................... {sek}\nOrdförande ......................... {S[0].name}\n'
       f'Justerare ............................ {C[0].name}')
    G.seats(seats)
    for (f, l), p in ers_present: G.person(f + ' ' + l, p, 'ersättare')
    G.person(kd, None, 'tjänsteperson', title='kommunchef')
    G.person(ek, None, 'tjänsteperson', 'föredragande', title='ekonomichef')
    G.person(sek, None, 'sekreterare', 'tjänsteperson', title='kommunsekreterare')
    G.person(C[0].name, 'C', 'justerare'); G.act(C[0].name, None, 'justerare')

    def head(num, title, dnr):
        pdf.need(28); pdf.ln(4); page = pdf.page_no()
        pdf.set_font('S', 'B', 11.5); pdf.cell(16, 6, f'§ {num}')
        pdf.multi_cell(0, 6, title, new_x='LMARGIN', new_y='NEXT')
        if dnr: pdf.t(f'Diarienummer: {dnr}', 9)
        pdf.ln(1.5)
        return G.item(f'§{num}', title, [dnr] if dnr else [], page)
    def vprose(res, labels):
        for key, lab in labels:
            names = [f'{s.voter} ({s.party})' for s, v in res if v == key]
            if names: pdf.t(f'{lab} {", ".join(names)}.')
    pdf.add_page()
    head(12, 'Godkännande av dagordning', '')
    pdf.t('Kommunstyrelsens beslut', 10, 'B'); pdf.t('Dagordningen godkänns.')
    head(13, 'Budgetuppföljning januari 2026', 'KS 2026/0034')
    pdf.t(f'Ekonomichef {ek} redogör för budgetuppföljningen per januari. Socialnämnden prognostiserar ett underskott om 9,2 mnkr.')
    G.act(ek, '§13', 'presented')
    pdf.ln(1); pdf.t('Kommunstyrelsens beslut', 10, 'B'); pdf.t('Budgetuppföljningen läggs till handlingarna.')
    head(14, 'Försäljning av fastigheten Ljusdal Tallen 4 (Norrbergsgården)', 'KS 2025/0412')
    pdf.t('Ärendet', 10, 'B')
    pdf.t('Fastigheten Ljusdal Tallen 4 har stått tom sedan 2023. En köpare har lämnat ett bud om 3,4 mnkr. '
          'Arbetsutskottet behandlade ärendet 2026-01-21, § 8.')
    pdf.ln(1); pdf.t('Arbetsutskottets förslag', 10, 'B')
    pdf.t('Arbetsutskottet föreslår kommunstyrelsen att godkänna försäljning av fastigheten Ljusdal Tallen 4 för 3 400 000 kronor '
          'och att uppdra åt kommunchefen att underteckna köpeavtalet.')
    pdf.ln(1); pdf.t('Yrkanden', 10, 'B')
    pdf.t(f'{pn(S[0])} och {pn(M[0])} yrkar bifall till arbetsutskottets förslag. {pn(SD[0])} och {pn(LB[0])} yrkar avslag.')
    for s in [S[0], M[0], SD[0], LB[0]]: G.act(s.name, '§14', 'proposed')
    pdf.ln(1); pdf.t('Beslutsgång', 10, 'B')
    pdf.t('Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller arbetsutskottets förslag. '
          'Omröstning begärs. Den som bifaller arbetsutskottets förslag röstar ja, den som avslår röstar nej.')
    r = assign(seats, {'S': 'ja', 'M': 'ja', 'C': 'ja', 'KD': 'ja', 'SD': 'nej', 'LB': 'nej', 'V': 'avstår'})
    c = count(r)
    pdf.ln(1); vprose(r, [('ja', 'Ja-röster:'), ('nej', 'Nej-röster:'), ('avstår', 'Avstår:')])
    pdf.t(f'Omröstningsresultat: {c["ja"]} ja, {c["nej"]} nej, {c["avstår"]} avstår. Kommunstyrelsen har därmed bifallit '
          'arbetsutskottets förslag.')
    G.votes('§14', 1, r); G.summary('§14', 1, c['ja'], c['nej'], c['avstår'])
    pdf.ln(1); pdf.t('Kommunstyrelsens beslut', 10, 'B')
    pdf.t('1. Kommunstyrelsen godkänner försäljning av fastigheten Ljusdal Tallen 4 för 3 400 000 kronor.\n'
          '2. Kommunchefen uppdras att underteckna köpeavtalet.')
    pdf.ln(1); pdf.t('Reservation', 10, 'B')
    pdf.t(f'Sverigedemokraternas ledamöter samt {pn(LB[0])} reserverar sig mot beslutet.')
    G.act(None, '§14', 'reserved', 'SD'); G.act(LB[0].name, '§14', 'reserved')
    head(15, 'Medborgarförslag om utegym vid Färila skola', 'KS 2025/0377')
    pdf.t(f'{mb}, Färila, har i ett medborgarförslag föreslagit att kommunen anlägger ett utegym vid Färila skola. '
          'Fritidsavdelningen bedömer att ett enklare utegym kan anläggas inom befintlig budget.')
    G.person(mb, None); G.act(mb, '§15', 'raised')
    pdf.ln(1); pdf.t('Kommunstyrelsens beslut', 10, 'B')
    pdf.t('Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget.')
    t16 = f'Svar på motion från {pn(V[0])} om sex timmars arbetsdag inom hemtjänsten'
    head(16, t16, 'KS 2025/0288')
    G.act(V[0].name, '§16', 'raised')
    pdf.t(f'{pn(V[0])} föreslår i en motion att kommunen inför försök med sex timmars arbetsdag inom hemtjänsten i Järvsö. '
          'Socialnämnden har yttrat sig och avstyrker motionen av ekonomiska skäl. Arbetsutskottet föreslår kommunstyrelsen '
          'att föreslå kommunfullmäktige att avslå motionen.')
    pdf.ln(1); pdf.t('Yrkanden', 10, 'B')
    pdf.t(f'{pn(S[1])} yrkar bifall till arbetsutskottets förslag.\n{pn(V[0])} yrkar bifall till motionen.\n'
          f'{pn(M[1])} yrkar att ärendet återremitteras för att komplettera med kostnadsberäkning för ett mindre försök.\n'
          f'{pn(LB[0])} instämmer i {M[1].name}s yrkande om återremiss.')
    for s in [S[1], V[0], M[1], LB[0]]: G.act(s.name, '§16', 'proposed')
    pdf.ln(1); pdf.t('Beslutsgång', 10, 'B')
    pdf.t('Ordföranden frågar först om ärendet ska avgöras i dag och finner att så sker. Omröstning begärs. Ja för att avgöra '
          'ärendet i dag, nej för återremiss.')
    r1 = assign(seats, {'S': 'ja', 'SD': 'ja', 'C': 'ja', 'V': 'ja', 'KD': 'ja', 'M': 'nej', 'LB': 'nej'})
    c1 = count(r1)
    pdf.ln(1); pdf.t('Omröstning 1', 10, 'B')
    vprose(r1, [('ja', 'Följande ledamöter röstar ja:'), ('nej', 'Följande ledamöter röstar nej:')])
    pdf.t(f'Med {c1["ja"]} röster mot {c1["nej"]} beslutar kommunstyrelsen att ärendet ska avgöras i dag.')
    pdf.ln(1)
    pdf.t('Ordföranden ställer därefter arbetsutskottets förslag mot bifall till motionen och finner att kommunstyrelsen bifaller '
          'arbetsutskottets förslag. Omröstning begärs. Ja för arbetsutskottets förslag, nej för bifall till motionen.')
    r2 = assign(seats, {'S': 'ja', 'M': 'ja', 'C': 'ja', 'KD': 'ja', 'SD': 'avstår', 'V': 'nej', 'LB': 'nej'},
                {SD[0].voter: 'ja'})
    c2 = count(r2)
    pdf.ln(1); pdf.t('Omröstning 2', 10, 'B')
    vprose(r2, [('ja', 'Ja röstar:'), ('nej', 'Nej röstar:'), ('avstår', 'Avstår från att rösta:')])
    pdf.t(f'Resultat: {c2["ja"]} ja-röster, {c2["nej"]} nej-röster och {c2["avstår"]} som avstår.')
    G.votes('§16', 1, r1); G.votes('§16', 2, r2)
    G.summary('§16', 1, c1['ja'], c1['nej']); G.summary('§16', 2, c2['ja'], c2['nej'], c2['avstår'])
    pdf.ln(1); pdf.t('Kommunstyrelsens förslag till kommunfullmäktige', 10, 'B')
    pdf.t('Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.')
    pdf.ln(1); pdf.t('Reservation', 10, 'B'); pdf.t(f'{pn(V[0])} reserverar sig till förmån för eget yrkande.')
    G.act(V[0].name, '§16', 'reserved')
    head(17, 'Delegationsbeslut', 'KS 2026/0012')
    pdf.t('Förteckning över delegationsbeslut för perioden 2025-12-01–2026-01-31 redovisas. Bland annat: '
          'avtal om snöröjning, KS 2025/0399; yttrande till Länsstyrelsen Gävleborg om alkoholservering, KS 2026/0003.')
    pdf.ln(1); pdf.t('Kommunstyrelsens beslut', 10, 'B'); pdf.t('Redovisningen godkänns.')
    pdf.output(os.path.join(OUT, file))
    G.d['pages'] = pdf.page_no()
    G.d['kommuner'] = ['Ljusdal']
    G.d['notes'] = ('Meetings Plus style; letterhead "Ljusdals kommun" + "Kommunstyrelsen". The body repeatedly names '
        'Arbetsutskottet ("Arbetsutskottet föreslår kommunstyrelsen") and kommunfullmäktige; the organ is Kommunstyrelsen. '
        'Votes printed in running prose: § 14 "Ja-röster:/Nej-röster:/Avstår:"; § 16 two omröstningar (round 1 återremiss '
        '"Följande ledamöter röstar ja/nej", round 2 "Ja röstar/Nej röstar/Avstår från att rösta"). Round 1 of § 16 prints only '
        '"Med X röster mot Y" so its summary has no avstår. Justerare named in the head block (no Val av justerare §): item null. '
        'Medborgarförslag author ' + mb + ' is a private person listed as the author (raised), roles empty, party null. '
        'Tjänstgörande ersättare: ' + '; '.join(f'{s.ersname} för {s.name}' for s in seats if s.ers) +
        '. Case numbers in § 17 are delegation references; only KS 2026/0012 (printed as the § Diarienummer) is the item\'s.')
    G.d.setdefault('regions', [])
    GOLD.append(G.d)


def svkey(s):
    s = s.lower()
    return s.translate(str.maketrans({'å': '{', 'ä': '|', 'ö': '}', 'é': 'e', 'ü': 'y'}))

# ---------------------------------------------------------------- D4 Kungsbacka KF (Netpublicator) bilagor, two-column
def d4():
    file = 'kungsbacka_kommunfullmaktige_2026-06-11_protokoll.pdf'
    G = Gold(file, 'Kungsbacka kommun', 'Kommunfullmäktige', '2026-06-11')
    seats = make_seats([('M', 17), ('S', 13), ('SD', 10), ('C', 5), ('L', 5), ('KD', 4), ('KA', 3), ('V', 2), ('MP', 2)])
    M, S, SD, C, L, KD, KA, V, MP = [by(seats, p) for p in ['M', 'S', 'SD', 'C', 'L', 'KD', 'KA', 'V', 'MP']]
    M[0].role = 'ordförande'; S[0].role = 'vice ordförande'; SD[0].role = 'andre vice ordförande'
    for s in [M[5], M[12], S[4], SD[6], L[2], KA[1]]:
        s.ers = newname()
    kd, sek, ekon = [' '.join(newname()) for _ in range(3)]
    def hdr(p):
        if p.page_no() == 1: return
        p.set_xy(20, 9); p.set_font('S', '', 8)
        p.cell(0, 4, 'Kungsbacka kommun  |  Kommunfullmäktige  |  Protokoll  |  2026-06-11'); p.ln(4)
        p.set_draw_color(150, 150, 150); p.line(20, p.get_y() + 1, 190, p.get_y() + 1); p.set_y(p.get_y() + 7)
    def ftr(p):
        p.set_y(-14); p.set_font('S', '', 7.5)
        p.cell(120, 4, 'Justerare ____________  ____________        Utdragsbestyrkande')
        p.cell(0, 4, f'Sida {p.page_no()} av {{nb}}', align='R')
    pdf = PDF(hdr, ftr); pdf.add_page()
    pdf.set_font('S', 'B', 16); pdf.cell(0, 9, 'KUNGSBACKA KOMMUN'); pdf.ln(14)
    pdf.t('Protokoll', 22, 'B', 10)
    pdf.t('Protokoll fört vid sammanträde med kommunfullmäktige i Kungsbacka kommun', 12, '', 7)
    pdf.ln(4)
    for k, v in [('Datum', 'Torsdagen den 11 juni 2026'), ('Tid', '18:00–23:40'), ('Plats', 'Fullmäktigesalen, Stadshuset, Kungsbacka'),
                 ('Paragrafer', '§ 43–47'), ('Justeringens plats och tid', 'Stadshuset 2026-06-16')]:
        pdf.set_font('S', 'B', 10); pdf.cell(55, 6, k); pdf.set_font('S', '', 10); pdf.cell(0, 6, v); pdf.ln(6)
    pdf.ln(8)
    for k, v in [('Ordförande', M[0].name), ('Sekreterare', sek), ('Justerare', f'{S[2].name}                {L[0].name}')]:
        pdf.set_font('S', '', 10); pdf.cell(40, 14, k); pdf.cell(0, 14, '_______________________   ' + v); pdf.ln(14)
    pdf.ln(8); pdf.t('Bilagor: 1. Voteringslista § 45, omröstning 1   2. Voteringslista § 45, omröstning 2', 9, 'I')
    # närvaro page 2
    pdf.add_page()
    pdf.t('Närvarande', 13, 'B', 7)
    pdf.t('Beslutande ledamöter', 10, 'B')
    names = []
    for s in seats:
        if s.ers: continue
        suf = {'ordförande': ', ordf.', 'vice ordförande': ', 1:e v. ordf.', 'andre vice ordförande': ', 2:e v. ordf.'}.get(s.role, '')
        names.append(pn(s) + suf)
    per = (len(names) + 2) // 3
    pdf.set_font('S', '', 8.2)
    for i in range(per):
        for j in range(3):
            k = i + j * per
            pdf.cell(57, 4.4, names[k] if k < len(names) else '')
        pdf.ln(4.4)
    pdf.ln(2); pdf.t('Tjänstgörande ersättare', 10, 'B')
    pdf.t('\n'.join(f'{s.ersname} ({s.party}) för {s.name}' for s in seats if s.ers), 8.5, h=4.4)
    pdf.ln(2); pdf.t('Övriga', 10, 'B')
    pdf.t(f'{kd}, kommundirektör\n{ekon}, ekonomichef, § 45\n{sek}, kommunsekreterare', 8.5, h=4.4)
    G.seats(seats)
    G.person(kd, None, 'tjänsteperson', title='kommundirektör')
    G.person(ekon, None, 'tjänsteperson', 'föredragande', title='ekonomichef')
    G.person(sek, None, 'sekreterare', 'tjänsteperson', title='kommunsekreterare')
    G.person(S[2].name, 'S', 'justerare'); G.person(L[0].name, 'L', 'justerare')

    def head(num, title, dnr):
        pdf.need(30); pdf.ln(4); page = pdf.page_no()
        pdf.set_font('S', 'B', 12); pdf.multi_cell(150, 6, f'§ {num} {title}', new_x='LMARGIN', new_y='NEXT')
        if dnr:
            pdf.set_font('S', '', 8.5); pdf.cell(0, 4.5, dnr, align='R'); pdf.ln(5)
        pdf.ln(1)
        return G.item(f'§{num}', title, [dnr] if dnr else [], page)
    pdf.add_page()
    head(43, 'Val av justerare', '')
    pdf.t(f'Kommunfullmäktige utser {pn(S[2])} och {pn(L[0])} att justera protokollet tillsammans med ordföranden.')
    G.act(S[2].name, '§43', 'justerare'); G.act(L[0].name, '§43', 'justerare')
    t44 = f'Svar på interpellation från {pn(S[3])} till kommunstyrelsens ordförande {pn(M[1])} om barngruppernas storlek i förskolan'
    head(44, t44, 'KS 2026-00211')
    pdf.t(f'{S[3].name} (S) har ställt en interpellation om hur kommunen ska nå Skolverkets riktmärken för barngruppernas storlek. '
          f'{M[1].name} (M) besvarar interpellationen skriftligt och muntligt. {S[3].name} tackar för svaret.')
    pdf.ln(1); pdf.t('Beslut', 10, 'B'); pdf.t('Interpellationen är besvarad.')
    G.act(S[3].name, '§44', 'raised'); G.act(M[1].name, '§44', 'presented')
    head(45, 'Budget 2027 med plan för 2028–2029', 'KS 2026-00150')
    pdf.t('Beskrivning av ärendet', 10, 'B')
    pdf.t(f'Kommunstyrelsen har lämnat förslag till budget för 2027 med plan för 2028–2029. Ekonomichef {ekon} presenterar '
          'förslaget. Skattesatsen föreslås oförändrad, 19:87 kronor per skattekrona.')
    G.act(ekon, '§45', 'presented')
    pdf.ln(1); pdf.t('Kommunstyrelsens förslag till beslut', 10, 'B')
    pdf.t('Kommunstyrelsen föreslår kommunfullmäktige att fastställa budget 2027 med plan för 2028–2029 enligt kommunstyrelsens förslag.')
    pdf.ln(1); pdf.t('Yrkanden', 10, 'B')
    pdf.t(f'{pn(M[1])} yrkar bifall till kommunstyrelsens förslag. {pn(C[0])}, {pn(L[0])}, {pn(KD[0])} och {pn(KA[0])} instämmer '
          f'i {M[1].name}s yrkande.\n'
          f'{pn(S[0])} yrkar bifall till Socialdemokraternas budgetförslag. {pn(V[0])} och {pn(MP[0])} instämmer i {S[0].name}s yrkande.\n'
          f'{pn(SD[0])} yrkar bifall till Sverigedemokraternas budgetförslag.')
    for s in [M[1], C[0], L[0], KD[0], KA[0], S[0], V[0], MP[0], SD[0]]: G.act(s.name, '§45', 'proposed')
    pdf.ln(1); pdf.t('Beslutsgång', 10, 'B')
    pdf.t('Ordföranden konstaterar att det finns tre förslag till beslut: kommunstyrelsens förslag, Socialdemokraternas förslag '
          'och Sverigedemokraternas förslag. Kommunfullmäktige godkänner att motförslag till kommunstyrelsens förslag utses genom '
          'förberedande votering.')
    r1 = assign(seats, {'S': 'ja', 'V': 'ja', 'MP': 'ja', 'SD': 'nej', 'M': 'avstår', 'C': 'avstår', 'L': 'avstår', 'KD': 'avstår', 'KA': 'avstår'},
                {KA[2].voter: 'nej'})
    r2 = assign(seats, {'M': 'ja', 'C': 'ja', 'L': 'ja', 'KD': 'ja', 'KA': 'ja', 'S': 'nej', 'V': 'nej', 'MP': 'nej', 'SD': 'avstår'})
    c1, c2 = count(r1), count(r2)
    pdf.t(f'Omröstning 1 (förberedande votering): Den som vill att Socialdemokraternas förslag ska vara motförslag röstar ja, den som '
          f'vill att Sverigedemokraternas förslag ska vara motförslag röstar nej. Voteringen utfaller med {c1["ja"]} ja-röster, '
          f'{c1["nej"]} nej-röster och {c1["avstår"]} som avstår, se bilaga 1. Socialdemokraternas förslag är därmed motförslag.')
    pdf.ln(1)
    pdf.t(f'Omröstning 2 (huvudvotering): Den som bifaller kommunstyrelsens förslag röstar ja, den som bifaller Socialdemokraternas '
          f'förslag röstar nej. Voteringen utfaller med {c2["ja"]} ja-röster, {c2["nej"]} nej-röster och {c2["avstår"]} som avstår, '
          'se bilaga 2. Kommunfullmäktige har därmed bifallit kommunstyrelsens förslag.')
    G.votes('§45', 1, r1); G.votes('§45', 2, r2)
    pdf.ln(1); pdf.t('Beslut', 10, 'B')
    pdf.t('1. Kommunfullmäktige fastställer budget 2027 med plan för 2028–2029 enligt kommunstyrelsens förslag.\n'
          '2. Skattesatsen för 2027 fastställs till 19:87 kronor per skattekrona.')
    pdf.ln(1); pdf.t('Reservationer', 10, 'B')
    pdf.t('Socialdemokraternas och Vänsterpartiets ledamöter reserverar sig mot beslutet till förmån för Socialdemokraternas '
          'förslag. Sverigedemokraternas fullmäktigegrupp reserverar sig till förmån för eget förslag.')
    for p in ['S', 'V', 'SD']: G.act(None, '§45', 'reserved', p)
    pdf.ln(1); pdf.t('Protokollsanteckning', 10, 'B')
    pdf.t(f'{pn(MP[0])} anmäler en protokollsanteckning om att Miljöpartiet stödjer Socialdemokraternas förslag men vill se en '
          'högre klimatinvestering.')
    G.act(MP[0].name, '§45', 'protocol_note')
    t46 = f'Svar på motion från {pn(MP[1])} om solceller på kommunens förskolor'
    head(46, t46, 'KS 2025-00391')
    G.act(MP[1].name, '§46', 'raised')
    pdf.t('Kommunstyrelsen föreslår att motionen ska anses besvarad med hänvisning till pågående energiplan.')
    pdf.ln(1); pdf.t('Yrkanden', 10, 'B')
    pdf.t(f'{pn(C[1])} yrkar bifall till kommunstyrelsens förslag. {pn(MP[1])} och {pn(V[1])} yrkar bifall till motionen.')
    for s in [C[1], MP[1], V[1]]: G.act(s.name, '§46', 'proposed')
    pdf.ln(1); pdf.t('Beslutsgång', 10, 'B')
    pdf.t('Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att fullmäktige bifaller '
          'kommunstyrelsens förslag. Omröstning begärs och genomförs med voteringsanläggning.')
    pdf.t('Ja 44, Nej 15, Avstår 2', 10, 'B')
    G.summary('§46', 1, 44, 15, 2)
    pdf.t('Kommunfullmäktige har därmed bifallit kommunstyrelsens förslag.')
    pdf.ln(1); pdf.t('Beslut', 10, 'B'); pdf.t('Motionen anses besvarad.')
    pdf.ln(1); pdf.t('Reservation', 10, 'B'); pdf.t(f'{pn(MP[1])} och {pn(V[1])} reserverar sig mot beslutet.')
    G.act(MP[1].name, '§46', 'reserved'); G.act(V[1].name, '§46', 'reserved')
    head(47, 'Anmälan av inkomna motioner och interpellationer', '')
    pdf.t(f'- Interpellation från {pn(V[1])} till byggnadsnämndens ordförande om hyresrätter i Onsala, KS 2026-00310\n'
          f'- Motion från {pn(KA[0])} om gemensam pendelparkering med Varbergs kommun i Frillesås, KS 2026-00314')
    pdf.ln(1); pdf.t('Beslut', 10, 'B')
    pdf.t('Interpellationen får ställas och besvaras vid nästa sammanträde. Motionen överlämnas till kommunstyrelsen för beredning.')
    G.d['items'][-1]['diarienummer'] = ['KS 2026-00310', 'KS 2026-00314']
    G.d['diarienummer'] += ['KS 2026-00310', 'KS 2026-00314']
    G.act(V[1].name, '§47', 'raised'); G.act(KA[0].name, '§47', 'raised')
    # bilagor
    def bilaga(no, res, c, prop):
        pdf.add_page()
        pdf.t(f'Bilaga {no} till § 45, Omröstning {no}', 12, 'B', 6)
        pdf.t(prop, 9); pdf.ln(2)
        rows = []
        for s, v in sorted(res, key=lambda x: (svkey(x[0].vlast), svkey(x[0].vfirst))):
            nm = f'{s.vlast}, {s.vfirst}' + (' (ers.)' if s.ers else '')
            rows.append([nm, s.party, 'X' if v == 'ja' else '', 'X' if v == 'nej' else '', 'X' if v == 'avstår' else ''])
        half = (len(rows) + 1) // 2
        L_, R_ = rows[:half], rows[half:]
        R_.append(['Summa', '', str(c['ja']), str(c['nej']), str(c['avstår'])])
        w = [47, 11, 10, 10, 10]; head_ = ['Namn', 'Parti', 'Ja', 'Nej', 'Avst']
        pdf.set_font('C', 'B', 8)
        for side in range(2):
            pdf.set_x(20 + side * 90)
            for ww, hh in zip(w, head_): pdf.cell(ww, 5, hh, border=1, align='C')
        pdf.ln(5)
        for i in range(half + 1):
            for side, rr in enumerate([L_, R_]):
                pdf.set_x(20 + side * 90)
                if i < len(rr):
                    bold = rr[i][0] == 'Summa'
                    pdf.set_font('C', 'B' if bold else '', 8)
                    for ww, cc, a in zip(w, rr[i], 'LCCCC'): pdf.cell(ww, 5, cc, border=1, align=a)
            pdf.ln(5)
    bilaga(1, r1, c1, 'Förberedande votering. Ja = Socialdemokraternas förslag, Nej = Sverigedemokraternas förslag.')
    bilaga(2, r2, c2, 'Huvudvotering. Ja = kommunstyrelsens förslag, Nej = Socialdemokraternas förslag.')
    G.summary('§45', 1, c1['ja'], c1['nej'], c1['avstår']); G.summary('§45', 2, c2['ja'], c2['nej'], c2['avstår'])
    pdf.output(os.path.join(OUT, file))
    G.d['pages'] = pdf.page_no()
    G.d['kommuner'] = ['Kungsbacka', 'Varberg']
    G.d['notes'] = ('Netpublicator-style KF protocol with cover page ("Protokoll fört vid sammanträde med kommunfullmäktige i '
        'Kungsbacka kommun"); 61 members. § 45 has two omröstningar: round 1 förberedande votering (which förslag becomes '
        'motförslag), round 2 huvudvotering; both voteringslistor are printed as Bilaga 1 and Bilaga 2 at the end of the protocol '
        '(not items), each a two-column list sorted by surname printed "Efternamn, Förnamn", tjänstgörande ersättare marked '
        '"(ers.)", Summa row at the bottom of the right column. § 46 vote is a bare count "Ja 44, Nej 15, Avstår 2": summary only. '
        'Tjänstgörande ersättare: ' + '; '.join(f'{s.ersname} för {s.name}' for s in seats if s.ers) +
        '. § 47 announces one interpellation and one motion; their numbers are the item\'s diarienummer. Onsala and Frillesås '
        'are localities, not kommuner; Varbergs kommun is named.')
    G.d.setdefault('regions', [])
    GOLD.append(G.d)


# ---------------------------------------------------------------- D5 Sala BUN (plain Word template) docx
def d5():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    file = 'sala_barn-och-utbildningsnamnden_2026-05-20_protokoll.docx'
    G = Gold(file, 'Sala kommun', 'Barn- och utbildningsnämnden', '2026-05-20')
    seats = make_seats([('M', 2), ('S', 3), ('SD', 2), ('C', 1), ('KD', 1), ('V', 1), ('SBP', 1)])
    M, S, SD, C, KD, V, SBP = [by(seats, p) for p in ['M', 'S', 'SD', 'C', 'KD', 'V', 'SBP']]
    M[0].role = 'ordförande'; S[0].role = 'vice ordförande'
    S[2].ers = newname(); SD[1].ers = newname()
    ers_present = [(newname(), 'M')]
    fc, sek, rektor = [' '.join(newname()) for _ in range(3)]
    mb = ' '.join(newname())
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'SALA KOMMUN\tPROTOKOLL\nBarn- och utbildningsnämnden\tSammanträdesdatum 2026-05-20'
    fp = sec.footer.paragraphs[0]; fp.text = 'Justerandes signatur: ____________\tUtdragsbestyrkande: ____________'
    def P(text='', bold=False, size=None, style=None):
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
        return p
    P('Barn- och utbildningsnämnden', True, 16)
    P('Protokoll från sammanträde 2026-05-20', False, 12)
    P('Plats och tid: Stadshuset, sal Väsby, Sala, kl. 13.15–16.40')
    P('Beslutande', True)
    for s in seats:
        if s.ers: P(f'{s.ersname} ({s.party}), tjänstgörande ersättare för {s.name}')
        elif s.role == 'ordförande': P(f'{pn(s)}, ordförande')
        elif s.role == 'vice ordförande': P(f'{pn(s)}, vice ordförande')
        else: P(pn(s))
    P('Övriga närvarande', True)
    P(f'{ers_present[0][0][0]} {ers_present[0][0][1]} (M), ersättare\n{fc}, förvaltningschef\n{rektor}, rektor, § 44\n{sek}, nämndsekreterare')
    P(f'Justerare: {pn(KD[0])}')
    P(f'Underskrifter\nSekreterare ____________________ {sek}\nOrdförande ____________________ {M[0].name}\n'
      f'Justerare ____________________ {KD[0].name}')
    G.seats(seats)
    G.person(' '.join(ers_present[0][0]), 'M', 'ersättare')
    G.person(fc, None, 'tjänsteperson', 'föredragande', title='förvaltningschef')
    G.person(rektor, None, 'tjänsteperson', 'föredragande', title='rektor')
    G.person(sek, None, 'sekreterare', 'tjänsteperson', title='nämndsekreterare')
    G.person(KD[0].name, 'KD', 'justerare')
    page = [1]
    def head(num, title, dnr):
        p = doc.add_paragraph(); r = p.add_run(f'§ {num}\t{title}'); r.bold = True; r.font.size = Pt(13)
        if dnr: P(f'Dnr {dnr}', size=9)
        return G.item(f'§{num}', title, [dnr] if dnr else [], page[0])
    def pb():
        doc.add_page_break(); page[0] += 1
    head(41, 'Val av justerare', '')
    P(f'Barn- och utbildningsnämnden utser {pn(KD[0])} att jämte ordföranden justera protokollet.')
    G.act(KD[0].name, '§41', 'justerare')
    head(42, 'Godkännande av dagordningen', '')
    P('Dagordningen godkänns.')
    head(43, 'Förvaltningschefen informerar', 'BUN 2026/3')
    P(f'Förvaltningschef {fc} informerar om rekryteringsläget inför hösten och om resultatet av elevenkäten.')
    P('Beslut', True); P('Informationen noteras.')
    G.act(fc, '§43', 'presented')
    pb()
    t44 = 'Förändrad skolorganisation på landsbygden – avveckling av Möklinta skola årskurs F–6'
    head(44, t44, 'BUN 2025/301')
    P('Ärendebeskrivning', True)
    P('Elevantalet vid Möklinta skola har minskat till 31 elever. Förvaltningen föreslår att skolan avvecklas från höstterminen '
      '2027 och att eleverna erbjuds plats vid Ransta skola. Elever i norra delen av upptagningsområdet kan enligt samverkansavtal '
      f'erbjudas skolgång i Heby kommun. Rektor {rektor} föredrar ärendet.')
    G.act(rektor, '§44', 'presented')
    P('Förvaltningens förslag till beslut', True)
    P('Barn- och utbildningsnämnden beslutar att avveckla Möklinta skola årskurs F–6 från och med höstterminen 2027.')
    P('Yrkanden', True)
    P(f'{pn(M[0])} yrkar bifall till förvaltningens förslag. {pn(C[0])} instämmer.\n'
      f'{pn(S[0])} yrkar avslag på förvaltningens förslag. {pn(V[0])} instämmer i avslagsyrkandet.')
    for s in [M[0], C[0], S[0], V[0]]: G.act(s.name, '§44', 'proposed')
    P('Propositionsordning', True)
    P('Ordföranden ställer proposition på förvaltningens förslag mot avslag och finner att nämnden bifaller förvaltningens förslag. '
      'Votering begärs. Ja för bifall till förvaltningens förslag, nej för avslag.')
    r = assign(seats, {'M': 'ja', 'KD': 'ja', 'SD': 'ja', 'C': 'ja', 'S': 'nej', 'V': 'nej', 'SBP': 'avstår'})
    c = count(r)
    P('Voteringslista', True)
    t = doc.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(['Ledamot', 'Parti', 'Tjänstgörande ersättare', 'Nej', 'Ja', 'Avstod']):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for s, v in r:
        cells = t.add_row().cells
        vals = [s.name, s.party, s.ersname or '', 'x' if v == 'nej' else '', 'x' if v == 'ja' else '', 'x' if v == 'avstår' else '']
        for i, x in enumerate(vals): cells[i].text = x
    cells = t.add_row().cells
    for i, x in enumerate(['Summa', '', '', str(c['nej']), str(c['ja']), str(c['avstår'])]): cells[i].text = x
    P(f'Med {c["ja"]} ja-röster mot {c["nej"]} nej-röster, {c["avstår"]} avstod, har nämnden beslutat enligt förvaltningens förslag.')
    G.votes('§44', 1, r); G.summary('§44', 1, c['ja'], c['nej'], c['avstår'])
    P('Beslut', True)
    P('Barn- och utbildningsnämnden beslutar att avveckla Möklinta skola årskurs F–6 från och med höstterminen 2027.')
    P('Reservationer', True)
    P(f'Socialdemokraternas ledamöter reserverar sig mot beslutet. {pn(V[0])} reserverar sig skriftligt, bilaga 1.')
    G.act(None, '§44', 'reserved', 'S'); G.act(V[0].name, '§44', 'reserved')
    P('Protokollsanteckning', True)
    P(f'{pn(SBP[0])} antecknar att Salabygdens parti saknar en konsekvensanalys för landsbygden.')
    G.act(SBP[0].name, '§44', 'protocol_note')
    head(45, 'Medborgarförslag om gång- och cykelväg till Ransta skola', 'BUN 2026/14')
    P(f'{mb}, Ransta, föreslår i ett medborgarförslag att kommunen bygger en gång- och cykelväg längs väg 784 till Ransta skola. '
      'Kommunfullmäktige har överlämnat medborgarförslaget till nämnden för beredning.')
    G.person(mb, None); G.act(mb, '§45', 'raised')
    P('Beslut', True)
    P('Barn- och utbildningsnämnden föreslår kommunstyrelsen att överlämna frågan till Trafikverket och att medborgarförslaget därmed anses besvarat.')
    pb()
    head(46, 'Delegationsbeslut och meddelanden', 'BUN 2026/5')
    P('Delegationsbeslut fattade under april 2026 redovisas, bland annat skolskjuts i särskilda fall (BUN 2026/77) och '
      'beslut om mottagande i grundsärskolan (BUN 2026/81).')
    P('Beslut', True); P('Redovisningen läggs till handlingarna.')
    doc.save(os.path.join(OUT, file))
    G.d['pages'] = page[0]
    G.d['kommuner'] = ['Sala', 'Heby']
    G.d['notes'] = ('Plain Word template (.docx) with two manual page breaks (3 pages): §§ 41–43 on page 1, §§ 44–45 on page 2, '
        '§ 46 on page 3. Organ printed in the first heading and in the section header. § 44 voteringslista is a Word table with '
        'columns Ledamot | Parti | Tjänstgörande ersättare | Nej | Ja | Avstod (Nej before Ja), marks "x", Summa row. '
        'Tjänstgörande ersättare vote in place of the absent ordinarie: ' +
        '; '.join(f'{s.ersname} för {s.name}' for s in seats if s.ers) +
        '. Medborgarförslag author ' + mb + ' (private person) listed with empty roles as raised. SBP = Salabygdens parti (local). '
        'Decision line in § 45 names kommunstyrelsen; organ is the nämnd. Delegation case numbers in § 46 are references.')
    G.d.setdefault('regions', [])
    GOLD.append(G.d)

# ---------------------------------------------------------------- D6 Tidaholm KF (W3D3) -> pdftotext -layout .txt
def d6():
    file = 'tidaholm_kommunfullmaktige_2026-04-27_protokoll.txt'
    G = Gold(file, 'Tidaholms kommun', 'Kommunfullmäktige', '2026-04-27')
    seats = make_seats([('S', 12), ('M', 7), ('SD', 7), ('C', 3), ('KD', 2), ('V', 2), ('L', 1), ('MP', 1)], allow_double=False)
    S, M, SD, C, KD, V, L, MP = [by(seats, p) for p in ['S', 'M', 'SD', 'C', 'KD', 'V', 'L', 'MP']]
    S[0].role = 'ordförande'; M[0].role = 'vice ordförande'
    for s in [S[6], SD[3], C[2]]:
        s.ers = newname(False)
    M[5].absent = True
    kc, sek, rc = [' '.join(newname()) for _ in range(3)]
    def hdr(p):
        p.set_xy(15, 8); p.set_font('S', 'B', 9)
        p.cell(70, 4.5, 'TIDAHOLMS KOMMUN'); p.cell(60, 4.5, 'SAMMANTRÄDESPROTOKOLL', align='C')
        p.cell(0, 4.5, f'Sida {p.page_no()}({{nb}})', align='R'); p.ln(4.5)
        p.set_font('S', '', 8.5); p.cell(70, 4.5, 'Kommunfullmäktige'); p.cell(60, 4.5, 'Sammanträdesdatum', align='C')
        p.cell(0, 4.5, '2026-04-27', align='R'); p.ln(10)
    def ftr(p):
        p.set_y(-13); p.set_font('S', '', 7.5); p.cell(0, 4, 'Justerandes sign                    Utdragsbestyrkande')
    pdf = PDF(hdr, ftr, margins=(15, 18, 15)); pdf.add_page()
    pdf.t('Plats och tid: Tidaholms kommunhus, Hellidssalen, kl. 18.00–21.10', 10)
    pdf.ln(2); pdf.t('Beslutande: ledamöter enligt närvaro- och voteringslista, bilagd § 28', 10)
    pdf.ln(2)
    pdf.t(f'Övriga deltagare: {kc}, kommundirektör; {rc}, räddningschef, § 32; {sek}, kommunsekreterare', 10)
    pdf.ln(2); pdf.t(f'Sekreterare: {sek}      Paragrafer 28–33', 10)
    pdf.t(f'Ordförande: {S[0].name} (S)', 10)
    pdf.t(f'Justerande: {pn(C[0])}, {pn(SD[0])}', 10)
    G.person(kc, None, 'tjänsteperson', title='kommundirektör')
    G.person(rc, None, 'tjänsteperson', 'föredragande', title='räddningschef')
    G.person(sek, None, 'sekreterare', 'tjänsteperson', title='kommunsekreterare')
    def head(num, title, dnr):
        pdf.need(26); pdf.ln(4); page = pdf.page_no()
        pdf.set_font('S', 'B', 10.5); pdf.cell(25, 5.5, f'KF § {num}')
        pdf.cell(0, 5.5, dnr, align='R'); pdf.ln(6)
        pdf.t(title, 11, 'B', 5.5); pdf.ln(1)
        return G.item(f'§{num}', title, [dnr] if dnr else [], page)
    head(28, 'Upprop och närvarolista', '')
    pdf.t('Upprop förrättas. Närvarande ledamöter och tjänstgörande ersättare framgår av listan nedan, som också redovisar '
          'omröstningen i § 31 (kolumnen ”Röst § 31”). Listan är sorterad efter efternamn.')
    r = assign(seats, {'S': 'ja', 'C': 'ja', 'V': 'ja', 'MP': 'ja', 'L': 'ja', 'M': 'nej', 'SD': 'nej', 'KD': 'nej'},
               {KD[1].voter: 'avstår', S[9].voter: 'nej'})
    c = count(r)
    rows = []
    for s, v in sorted(r, key=lambda x: (svkey(x[0].vlast if x[1] else x[0].last), svkey(x[0].vfirst if x[1] else x[0].first))):
        if v is None:
            rows.append([f'{s.last} {s.first}', s.party, '', 'Frånvarande'])
        else:
            rows.append([f'{s.vlast} {s.vfirst}', s.party, f'{s.last} {s.first}' if s.ers else '',
                         {'ja': 'Ja', 'nej': 'Nej', 'avstår': 'Avstår'}[v]])
    pdf.ln(1)
    pdf.table([62, 16, 62, 30], ['Namn', 'Parti', 'Tjänstgör för', 'Röst § 31'], rows, row_h=5.6, size=8.5,
              repeat_head=False, border=0, fill_head=False)
    pdf.set_font('S', 'B', 9)
    pdf.cell(0, 6, f'Summa: Ja {c["ja"]}   Nej {c["nej"]}   Avstår {c["avstår"]}   Frånvarande {c["frånvarande"]}'); pdf.ln(6)
    pdf.set_font('S', '', 9)
    G.seats(seats)
    head(29, 'Val av justerare', '')
    pdf.t(f'Kommunfullmäktige utser {pn(C[0])} och {pn(SD[0])} att jämte ordföranden justera protokollet.')
    G.person(C[0].name, 'C', 'justerare'); G.person(SD[0].name, 'SD', 'justerare')
    G.act(C[0].name, '§29', 'justerare'); G.act(SD[0].name, '§29', 'justerare')
    t30 = f'Fråga från {pn(L[0])} till barn- och utbildningsnämndens ordförande {pn(S[1])} om skolskjutsar i Ekedalen'
    head(30, t30, 'KS/2026:61')
    pdf.t(f'{L[0].name} har ställt en fråga om varför skolskjutsturen i Ekedalen har dragits in. {S[1].name} besvarar frågan.')
    pdf.t('Beslut: Frågan är besvarad.')
    G.act(L[0].name, '§30', 'raised'); G.act(S[1].name, '§30', 'presented')
    head(31, 'Vindbruksplan för Tidaholms kommun, tematiskt tillägg till översiktsplanen', 'KS/2025:312')
    pdf.t('Kommunstyrelsen föreslår kommunfullmäktige att anta vindbruksplanen som tematiskt tillägg till översiktsplanen. '
          'Planen pekar ut två områden som lämpliga för vindkraft, varav ett gränsar mot Falköpings kommun.')
    pdf.ln(1); pdf.t('Yrkanden', 10, 'B')
    pdf.t(f'{pn(S[2])} och {pn(C[0])} yrkar bifall till kommunstyrelsens förslag. {pn(M[0])} yrkar avslag. '
          f'{pn(SD[1])} och {pn(KD[0])} instämmer i {M[0].name}s avslagsyrkande.')
    for s in [S[2], C[0], M[0], SD[1], KD[0]]: G.act(s.name, '§31', 'proposed')
    pdf.ln(1); pdf.t('Propositionsordning och omröstning', 10, 'B')
    pdf.t('Ordföranden ställer proposition på bifall mot avslag och finner att fullmäktige bifaller kommunstyrelsens förslag. '
          'Omröstning begärs. Ja-röst för bifall, nej-röst för avslag. Omröstningen redovisas per ledamot i närvaro- och '
          f'voteringslistan under § 28. Med {c["ja"]} ja-röster mot {c["nej"]} nej-röster, {c["avstår"]} avstår, bifaller '
          'fullmäktige kommunstyrelsens förslag.')
    G.votes('§31', 1, r); G.summary('§31', 1, c['ja'], c['nej'], c['avstår'], c['frånvarande'])
    pdf.ln(1); pdf.t('Beslut', 10, 'B'); pdf.t('Kommunfullmäktige antar vindbruksplanen.')
    pdf.ln(1); pdf.t('Reservationer', 10, 'B')
    pdf.t('Moderaternas och Sverigedemokraternas ledamöter reserverar sig mot beslutet.')
    G.act(None, '§31', 'reserved', 'M'); G.act(None, '§31', 'reserved', 'SD')
    head(32, 'Taxa för tillsyn enligt lagen om skydd mot olyckor 2027', 'KS/2026:45')
    pdf.t(f'Räddningschef {rc} redogör för förslaget. Taxan tas fram i samverkan med Hjo kommun inom det gemensamma '
          'räddningstjänstförbundet.')
    G.act(rc, '§32', 'presented')
    pdf.t('Beslut: Kommunfullmäktige fastställer taxan att gälla från 2027-01-01.')
    head(33, 'Anmälan av motion', 'KS/2026:88')
    pdf.t(f'Motion från {pn(V[0])} om fritidsbank i Tidaholm anmäls. Beslut: Motionen överlämnas till kommunstyrelsen för beredning.')
    G.act(V[0].name, '§33', 'raised')
    tmp = '/tmp/k57_tidaholm.pdf'
    pdf.output(tmp)
    G.d['pages'] = pdf.page_no()
    txt = subprocess.run(['pdftotext', '-layout', tmp, '-'], capture_output=True, text=True).stdout
    open(os.path.join(OUT, file), 'w').write(txt)
    os.remove(tmp)
    # item pages from form feeds
    pages = txt.split('\f')
    for it in G.d['items']:
        key = it['number'].replace('§', 'KF § ')
        it['page'] = [i + 1 for i, pg in enumerate(pages) if key in pg][0]
    G.d['kommuner'] = ['Tidaholm', 'Falköping', 'Hjo']
    G.d['notes'] = ('Plain-text export (pdftotext -layout) of a W3D3-style protocol; pages separated by form feeds. Paragraph '
        'headings print "KF § 31" → "§31". The närvaro- och voteringslista is printed inside § 28 but records the omröstning of '
        '§ 31 (column "Röst § 31"); votes are assigned to § 31 round 1. Names printed "Efternamn Förnamn" without comma, sorted by '
        'surname; the list breaks over a page without a repeated header. Column "Tjänstgör för" names the absent ordinarie '
        '(not a person). ' + f'{M[5].name} (M) is printed as Frånvarande: not a person, no vote. ' +
        'Tjänstgörande ersättare: ' + '; '.join(f'{s.ersname} för {s.name}' for s in seats if s.ers) +
        '. Persons in the attendance come only from that list (beslutande "enligt närvaro- och voteringslista").')
    G.d.setdefault('regions', [])
    GOLD.append(G.d)

# ---------------------------------------------------------------- D7 Region Kronoberg RS (portal HTML)
def d7():
    import html as H
    file = 'regionkronoberg_regionstyrelsen_2026-05-19_protokoll.html'
    G = Gold(file, 'Region Kronoberg', 'Regionstyrelsen', '2026-05-19')
    seats = make_seats([('M', 4), ('S', 4), ('SD', 3), ('C', 2), ('KD', 1), ('V', 1)])
    M, S, SD, C, KD, V = [by(seats, p) for p in ['M', 'S', 'SD', 'C', 'KD', 'V']]
    M[0].role = 'ordförande'; S[0].role = 'vice ordförande'
    KD[0].ers = newname(); S[3].ers = newname()
    ers_present = [(newname(), 'M'), (newname(), 'SD')]
    rd, sek, hsd = [' '.join(newname()) for _ in range(3)]
    e = H.escape
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
      '<title>Protokoll Regionstyrelsen 2026-05-19 - Region Kronoberg</title>\n'
      '<link rel="stylesheet" href="/static/portal.css">\n</head>\n<body>\n'
      '<header class="site-header"><a href="/" class="logo">Region Kronoberg</a>\n'
      '<nav><ul><li><a href="/moten">Möten och handlingar</a></li><li><a href="/organ">Politiska organ</a></li>'
      '<li><a href="/sok">Sök</a></li></ul></nav></header>\n'
      '<nav class="breadcrumbs"><a href="/">Start</a> › <a href="/moten">Möten</a> › <a href="/organ/rs">Regionstyrelsen</a> › 2026-05-19</nav>\n'
      '<main>\n<h1>Regionstyrelsen – protokoll 2026-05-19</h1>\n'
      '<p class="meta">Sammanträde: tisdag 19 maj 2026 kl. 09.00–14.30, Regionhuset Växjö, sal Kronoberg. '
      'Protokollet justerat 2026-05-22.</p>\n<section class="attendance">\n<h2>Närvarande</h2>\n<h3>Beslutande</h3>\n<ul>\n')
    for s in seats:
        if s.ers: w(f'<li>{e(s.ersname)} ({s.party}), tjänstgörande ersättare för {e(s.name)}</li>\n')
        elif s.role == 'ordförande': w(f'<li>{e(pn(s))}, ordförande</li>\n')
        elif s.role == 'vice ordförande': w(f'<li>{e(pn(s))}, förste vice ordförande</li>\n')
        else: w(f'<li>{e(pn(s))}</li>\n')
    w('</ul>\n<h3>Ersättare</h3>\n<ul>\n' + ''.join(f'<li>{f} {l} ({p})</li>\n' for (f, l), p in ers_present) + '</ul>\n')
    w(f'<h3>Tjänstepersoner</h3>\n<ul>\n<li>{rd}, regiondirektör</li>\n<li>{hsd}, hälso- och sjukvårdsdirektör, § 91</li>\n'
      f'<li>{sek}, nämndsekreterare</li>\n</ul>\n</section>\n')
    G.seats(seats)
    for (f, l), p in ers_present: G.person(f + ' ' + l, p, 'ersättare')
    G.person(rd, None, 'tjänsteperson', 'föredragande', title='regiondirektör')
    G.person(hsd, None, 'tjänsteperson', 'föredragande', title='hälso- och sjukvårdsdirektör')
    G.person(sek, None, 'sekreterare', 'tjänsteperson', title='nämndsekreterare')
    G.person(S[1].name, 'S', 'justerare')
    def head(num, title, dnr):
        w(f'<article class="paragraf" id="p{num}">\n<h2><span class="nr">§ {num}</span> {e(title)}</h2>\n')
        if dnr: w(f'<p class="dnr">Diarienummer: {dnr}</p>\n')
        return G.item(f'§{num}', title, [dnr] if dnr else [], 1)
    def p(t): w(f'<p>{e(t)}</p>\n')
    def h(t): w(f'<h3>{e(t)}</h3>\n')
    def end(): w('</article>\n')
    head(88, 'Val av protokollsjusterare', '')
    p(f'Regionstyrelsen utser {pn(S[1])} att tillsammans med ordföranden justera protokollet.'); end()
    G.act(S[1].name, '§88', 'justerare')
    head(89, 'Godkännande av dagordning', ''); p('Dagordningen godkänns.'); end()
    head(90, 'Regiondirektörens rapport', 'RS2026/5')
    p(f'Regiondirektör {rd} rapporterar om avtalsrörelsen och om läget i sjukvården inför sommaren.'); h('Beslut'); p('Rapporten noteras.'); end()
    G.act(rd, '§90', 'presented')
    head(91, 'Framtida akutsjukvård i Kronoberg – inriktningsbeslut för akutmottagningen vid Ljungby lasarett', 'RS2025/412')
    p(f'Hälso- och sjukvårdsdirektör {hsd} föredrar ärendet. Förslaget innebär att akutmottagningen i Ljungby hålls öppen dygnet runt '
      'med förstärkt bemanning av allmänmedicinare nattetid. Växjö kommun och Ljungby kommun har lämnat yttranden.')
    G.act(hsd, '§91', 'presented')
    h('Yrkanden')
    p(f'{pn(M[1])} yrkar bifall till förslaget. {pn(S[0])} yrkar att förslaget ändras så att akutmottagningen bemannas med '
      f'specialistläkare dygnet runt. {pn(V[0])} instämmer i {S[0].name}s ändringsyrkande.')
    for s in [M[1], S[0], V[0]]: G.act(s.name, '§91', 'proposed')
    h('Beslutsgång')
    p('Ordföranden ställer förslaget mot ändringsyrkandet och finner att regionstyrelsen bifaller förslaget. Omröstning begärs. '
      f'Ja-röst för förslaget, nej-röst för {S[0].name}s ändringsyrkande.')
    r = assign(seats, {'M': 'ja', 'C': 'ja', 'KD': 'ja', 'S': 'nej', 'V': 'nej', 'SD': 'avstår'}, {SD[2].voter: 'ja'})
    c = count(r)
    for key, lab in [('ja', 'Följande ledamöter röstar ja:'), ('nej', 'Nej röstar:'), ('avstår', 'Avstår från att rösta:')]:
        names = [f'{s.voter} ({s.party})' for s, v in r if v == key]
        p(f'{lab} {", ".join(names)}')
    p(f'Regionstyrelsen har med {c["ja"]} ja-röster mot {c["nej"]} nej-röster, {c["avstår"]} avstår, bifallit förslaget.')
    G.votes('§91', 1, r); G.summary('§91', 1, c['ja'], c['nej'], c['avstår'])
    h('Beslut'); p('Regionstyrelsen beslutar att akutmottagningen vid Ljungby lasarett ska vara öppen dygnet runt enligt förslaget.')
    h('Reservation'); p('Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till förmån för eget yrkande.')
    G.act(None, '§91', 'reserved', 'S'); G.act(None, '§91', 'reserved', 'V')
    h('Protokollsanteckning'); p(f'{pn(SD[0])} lämnar en protokollsanteckning, se bilaga.')
    G.act(SD[0].name, '§91', 'protocol_note')
    end()
    t92 = f'Svar på motion från {pn(C[1])} om fler vårdplatser för psykiatrisk slutenvård'
    head(92, t92, 'RS2026/40')
    G.act(C[1].name, '§92', 'raised')
    p('Regionfullmäktige har remitterat motionen till regionstyrelsen. Förvaltningen föreslår att motionen anses besvarad.')
    h('Yrkanden')
    p(f'{pn(M[2])} yrkar att motionen anses besvarad. {pn(C[1])} yrkar bifall till motionen. {pn(SD[1])} instämmer i {C[1].name}s yrkande.')
    for s in [M[2], C[1], SD[1]]: G.act(s.name, '§92', 'proposed')
    h('Beslutsgång')
    p('Ordföranden ställer proposition på förvaltningens förslag mot bifall till motionen och finner att förvaltningens förslag '
      'bifalls. Omröstning begärs. Den som vill att motionen anses besvarad röstar ja, den som vill bifalla motionen röstar nej.')
    r2 = assign(seats, {'M': 'ja', 'KD': 'ja', 'S': 'ja', 'C': 'nej', 'SD': 'nej', 'V': 'avstår'})
    c2 = count(r2)
    w('<table class="votering">\n<caption>Voteringslista § 92</caption>\n<thead><tr><th>Ledamot</th><th>Parti</th>'
      '<th>Tjänstgörande ersättare</th><th>Ja</th><th>Nej</th><th>Avstår</th></tr></thead>\n<tbody>\n')
    for s, v in r2:
        w(f'<tr><td>{e(s.name)}</td><td>{s.party}</td><td>{e(s.ersname or "")}</td><td>{"X" if v=="ja" else ""}</td>'
          f'<td>{"X" if v=="nej" else ""}</td><td>{"X" if v=="avstår" else ""}</td></tr>\n')
    w(f'<tr class="summa"><td>Summa</td><td></td><td></td><td>{c2["ja"]}</td><td>{c2["nej"]}</td><td>{c2["avstår"]}</td></tr>\n</tbody>\n</table>\n')
    G.votes('§92', 1, r2); G.summary('§92', 1, c2['ja'], c2['nej'], c2['avstår'])
    h('Beslut'); p('Regionstyrelsen föreslår regionfullmäktige att anse motionen besvarad.')
    h('Reservation'); p(f'{pn(C[1])} reserverar sig mot beslutet.'); G.act(C[1].name, '§92', 'reserved')
    end()
    head(93, 'Anmälan av delegationsbeslut', '')
    p('Delegationsbeslut enligt förteckning anmäls, bland annat yttrande till Socialstyrelsen (RS2026/151).'); h('Beslut'); p('Anmälan noteras.'); end()
    w(f'<section class="signatures"><h2>Justering</h2><p>Ordförande: {e(M[0].name)}<br>Justerare: {e(S[1].name)}<br>'
      f'Sekreterare: {e(sek)}</p></section>\n')
    w('</main>\n<footer class="site-footer"><p>Region Kronoberg, Box 1200, 351 12 Växjö · Publicerad 2026-05-25</p>'
      '<p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/cookies">Kakor</a></p></footer>\n</body>\n</html>\n')
    open(os.path.join(OUT, file), 'w').write(''.join(out))
    G.d['pages'] = 1
    G.d['kommuner'] = ['Växjö', 'Ljungby']
    G.d['regions'] = ['Region Kronoberg']
    G.d['notes'] = ('Portal HTML page (no pages: pages=1, every item page 1). § 91 votes printed in prose ("Följande ledamöter '
        'röstar ja:", "Nej röstar:", "Avstår från att rösta:"); § 92 votes in an HTML table Ledamot | Parti | Tjänstgörande '
        'ersättare | Ja | Nej | Avstår with Summa row. Tjänstgörande ersättare: ' +
        '; '.join(f'{s.ersname} för {s.name}' for s in seats if s.ers) +
        '. § 92 decision line names regionfullmäktige; organ is Regionstyrelsen. Växjö appears as meeting place and in '
        '"Växjö kommun ... har lämnat yttranden" (counted); Ljungby kommun named in § 91.')
    G.d.setdefault('regions', [])
    GOLD.append(G.d)

if __name__ == '__main__':
    d1(); d2(); d3(); d4(); d5(); d6(); d7()
    json.dump({'format': 'arkiv-gold/1', 'documents': GOLD}, open(os.path.join(OUT, 'gold.json'), 'w'), ensure_ascii=False, indent=1)
