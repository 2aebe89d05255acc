# Gold for kommuner45, written by reading the generated documents (hand-typed, not derived from build.py data).
import json


def P(name, party=None, roles=(), title=None):
    d = {'name': name, 'party': party, 'roles': list(roles)}
    if title:
        d['title'] = title
    return d


def A(person, item, kind, party=None):
    d = {'person': person, 'item': item, 'kind': kind}
    if party:
        d['party'] = party
    return d


def I(number, title, page, dnr=()):
    return {'number': number, 'title': title, 'diarienummer': list(dnr), 'page': page}


docs = []

# 1 Vindeln
docs.append({
    'file': 'vindeln_kommunala-pensionarsradet_2026-03-12_minnesanteckningar.docx',
    'organization': 'Vindelns kommun', 'organ': 'Kommunala pensionärsrådet', 'date': '2026-03-12',
    'doc_type': 'minnesanteckningar', 'pages': 2,
    'items': [I('1', 'Mötets öppnande', 1), I('2', 'Föregående minnesanteckningar', 1),
              I('3', 'Information från socialtjänsten', 1), I('4', 'Hemtjänsten – lägesbild', 1),
              I('5', 'Trygg och säker vinter – halkskydd för seniorer', 2), I('6', 'Kollektivtrafiken till Umeå', 2),
              I('7', 'Frågor från organisationerna', 2), I('8', 'Nästa möte', 2), I('9', 'Mötets avslutande', 2)],
    'persons': [P('Lena Åström', 'S', ['ordförande', 'ledamot']), P('Per-Olof Lindgren', 'C', ['ledamot']),
                P('Maria Holmqvist', 'M', ['ledamot']),
                P('Gunnel Sandström', None, ['vice ordförande', 'ledamot']), P('Bertil Nygren', None, ['ledamot']),
                P('Karin Öberg', None, ['ledamot']), P('Alf Marklund', None, ['ledamot']),
                P('Annika Forsberg', None, ['tjänsteperson', 'föredragande'], 'socialchef'),
                P('Jonas Edlund', None, ['tjänsteperson', 'föredragande'], 'enhetschef hemtjänsten'),
                P('Sofia Lindqvist', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare'),
                P('Malin Grahn', None, ['närvarande', 'föredragande'], 'folkhälsostrateg')],
    'actions': [A('Annika Forsberg', '3', 'presented'), A('Bertil Nygren', '3', 'raised'),
                A('Jonas Edlund', '4', 'presented'), A('Karin Öberg', '4', 'raised'),
                A('Malin Grahn', '5', 'presented'), A('Alf Marklund', '5', 'raised'),
                A('Per-Olof Lindgren', '6', 'presented'), A('Gunnel Sandström', '6', 'raised'),
                A('Karin Öberg', '7', 'raised'), A('Maria Holmqvist', '7', 'raised')],
    'votes': [], 'diarienummer': [], 'kommuner': ['Vindeln', 'Umeå'], 'regions': ['Region Västerbotten'],
    'notes': 'Unnumbered bold headings numbered 1-9 in order; the bold "Närvarande" and italic group headings are '
             'attendance, not items. One manual page break before item 5. Members from the pensioner organisations '
             'given role ledamot (members of the råd); Malin Grahn (Region Västerbotten, under "Övriga") närvarande. '
             '"Förhinder" persons (Stig Lundmark, Eva Westerlund) are absent and not listed. Question verbs '
             '(undrade, lyfte frågan, frågade, väckte frågan, ställde en fråga, tog upp) recorded as raised; '
             'berättade om / gav en lägesbild / presenterade / rapporterade as presented. "Föredragande" role given '
             'to officials/external presenters only, not to råd members who report. Sofia Lindqvist signs "Vid '
             'anteckningarna" -> sekreterare.'})

# 2 Osby
docs.append({
    'file': 'osby_kommunala-funktionshinderradet_2026-02-18_motesanteckningar.docx',
    'organization': 'Osby kommun', 'organ': 'Kommunala funktionshinderrådet', 'date': '2026-02-18',
    'doc_type': 'mötesanteckningar', 'pages': 1,
    'items': [I('1', 'Välkommen och genomgång av dagordningen', 1), I('2', 'Föregående mötesanteckningar', 1),
              I('3', 'Tillgänglighetsinventering av lekplatser', 1), I('4', 'Information från vård och omsorg', 1),
              I('5', 'Färdtjänst och riksfärdtjänst – nya regler från Skånetrafiken', 1),
              I('6', 'Rapporter från föreningarna', 1), I('7', 'Övriga frågor', 1), I('8', 'Nästa möte', 1)],
    'persons': [P('Ingrid Bengtsson', 'C', ['ordförande', 'ledamot']), P('Tomas Hjalmarsson', 'S', ['ledamot']),
                P('Elin Paulsson', 'SD', ['ledamot']), P('Ove Strand', None, ['ledamot']),
                P('Lisbeth Malmqvist', None, ['ledamot']), P('Camilla Jeppsson', None, ['ledamot']),
                P('Peter Ljung', None, ['tjänsteperson', 'föredragande'], 'förvaltningschef vård och omsorg'),
                P('Hanna Olsson', None, ['tjänsteperson', 'föredragande'], 'tillgänglighetssamordnare'),
                P('Rebecka Nord', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare')],
    'actions': [A('Hanna Olsson', '3', 'presented'), A('Camilla Jeppsson', '3', 'raised'),
                A('Peter Ljung', '4', 'presented'), A('Ove Strand', '4', 'raised'),
                A('Tomas Hjalmarsson', '5', 'presented'), A('Lisbeth Malmqvist', '5', 'raised'),
                A('Ove Strand', '6', 'presented'), A('Camilla Jeppsson', '6', 'presented'),
                A('Elin Paulsson', '7', 'raised'), A('Ingrid Bengtsson', '7', 'raised')],
    'votes': [], 'diarienummer': [], 'kommuner': ['Osby', 'Hässleholm', 'Kristianstad'], 'regions': ['Region Skåne'],
    'notes': 'The organ is printed ONLY in the Word page header ("Osby kommun <tab> Kommunala funktionshinderrådet"); '
             'the body says only "Mötesanteckningar" and "rådet". Points are Heading 2 paragraphs, unnumbered, '
             'numbered 1-8 in order; "Närvarande" (bold) and the italic group lines are attendance. No manual page '
             'breaks -> page 1. Föreningsrepresentanter given role ledamot (members of the råd). "Frånvarande" '
             '(Leif Åkesson, Mona Svensson) not listed. Tomas Hjalmarsson "föredrog" -> presented; rapporterade / '
             'berättade om in item 6 -> presented. Lönsboda, Killeberg are orter in Osby, Hjärsjön a lake. '
             'A soft hyphen sits inside "syn­nedsättning" in item 4.'})

# 3 Tibro
docs.append({
    'file': 'tibro_brottsforebyggande-radet_2026-04-09_anteckningar.pdf',
    'organization': 'Tibro kommun', 'organ': 'Brottsförebyggande rådet', 'date': '2026-04-09',
    'doc_type': 'minnesanteckningar', 'pages': 2,
    'items': [I('1', 'Inledning och presentationsrunda', 1), I('2', 'Lägesbild från polisen', 1),
              I('3', 'Skadegörelse och nedskräpning vid resecentrum', 1),
              I('4', 'Sommarlovet 2026 – aktiviteter för unga', 1), I('5', 'Räddningstjänsten informerar', 2),
              I('6', 'Medborgarlöfte 2026–2027', 2), I('7', 'Nästa möte', 2)],
    'persons': [P('Johan Qvist', 'M', ['ordförande', 'ledamot']), P('Anneli Fransson', 'S', ['ledamot']),
                P('Mikael Brink', None, ['tjänsteperson', 'föredragande'], 'kommundirektör'),
                P('Sara Wiklund', None, ['tjänsteperson', 'sekreterare', 'föredragande'], 'säkerhetssamordnare'),
                P('Emil Hedqvist', None, ['tjänsteperson', 'föredragande'], 'fritidschef'),
                P('Therese Ahl', None, ['tjänsteperson'], 'rektor'),
                P('Jessica Larsson', None, ['närvarande', 'föredragande'], 'kommunpolis'),
                P('Niklas Falk', None, ['närvarande', 'föredragande'], 'brandmästare'),
                P('Göran Sjödin', None, ['närvarande'])],
    'actions': [A('Jessica Larsson', '2', 'presented'), A('Anneli Fransson', '2', 'raised'),
                A('Sara Wiklund', '3', 'presented'), A('Göran Sjödin', '3', 'raised'),
                A('Emil Hedqvist', '4', 'presented'), A('Johan Qvist', '4', 'raised'),
                A('Niklas Falk', '5', 'presented'), A('Mikael Brink', '5', 'raised'),
                A('Mikael Brink', '6', 'presented')],
    'votes': [], 'diarienummer': [], 'kommuner': ['Tibro', 'Karlsborg'], 'regions': [],
    'notes': 'Title "Anteckningar från möte i Brottsförebyggande rådet, BRÅ Tibro" -> minnesanteckningar; organ '
             'written "Brottsförebyggande rådet" (BRÅ Tibro). Unnumbered bold headings numbered 1-7; the bold '
             '"Närvarande" and group labels (Tibro kommun, Polisen, Räddningstjänsten Östra Skaraborg, Övriga) are '
             'attendance. Item 4 continues on page 2 (Johan Qvist\'s question is on page 2 but belongs to item 4). '
             'Therese Ahl "presenterade sig" in item 1 = introduced herself, NOT presented. Police, räddningstjänst '
             'and the housing company are external participants -> närvarande; municipal staff -> tjänsteperson. '
             'Johan Qvist printed "ordförande" (of BRÅ) and "kommunstyrelsens ordförande". "Förhinder" Kent '
             'Axelsson not listed. "lokalpolisområde Norra Skaraborg" / "Östra Skaraborg" are no kommun or region. '
             'Sara Wiklund signs "Vid anteckningarna" -> sekreterare.'})

# 4 Jokkmokk
docs.append({
    'file': 'jokkmokk_ungdomsradet_2026-05-06_anteckningar.html',
    'organization': 'Jokkmokks kommun', 'organ': 'Ungdomsrådet', 'date': '2026-05-06',
    'doc_type': 'minnesanteckningar', 'pages': 1,
    'items': [I('1', 'Mötet öppnas', 1), I('2', 'Val av justerare', 1), I('3', 'Ungdomsmottagningen', 1),
              I('4', 'Sommarjobb för unga 2026', 1), I('5', 'Skatepark vid Hembygdsområdet – återkoppling', 1),
              I('6', 'Ungdomsrådets egna frågor', 1), I('7', 'Övrigt', 1), I('8', 'Nästa möte och avslutning', 1)],
    'persons': [P('Ella Kuoljok', None, ['ordförande', 'ledamot']), P('Noah Blind', None, ['ledamot']),
                P('Saga Pavval', None, ['ledamot']), P('Liam Nutti', None, ['ledamot']),
                P('Moa Grönlund', None, ['ledamot', 'justerare']), P('Robert Sandberg', 'S', ['närvarande']),
                P('Anders Rimpi', None, ['tjänsteperson', 'föredragande'], 'kultur- och fritidschef'),
                P('Kristina Spik', None, ['tjänsteperson', 'sekreterare'], 'ungdomssamordnare'),
                P('Hanna Länta', None, ['närvarande', 'föredragande'], 'barnmorska')],
    'actions': [A('Moa Grönlund', '2', 'justerare'),
                A('Hanna Länta', '3', 'presented'), A('Moa Grönlund', '3', 'raised'),
                A('Anders Rimpi', '4', 'presented'), A('Liam Nutti', '4', 'raised'),
                A('Robert Sandberg', '5', 'presented'), A('Noah Blind', '5', 'raised'),
                A('Ella Kuoljok', '6', 'raised'), A('Saga Pavval', '6', 'raised')],
    'votes': [], 'diarienummer': [], 'kommuner': ['Jokkmokk', 'Gällivare'], 'regions': ['Region Norrbotten'],
    'notes': 'Portal page; points are <h2> headings, unnumbered, numbered 1-8 in order. The <h2> "Närvarande" and '
             'the sidebar <h2> "Kontakt"/"Relaterade sidor" are not items; <h3> group headings are attendance. '
             'Organ from breadcrumb/title "ungdomsrådet". Youth members have no party. Robert Sandberg (S), '
             'kommunalråd, attends "Från kommunen" -> närvarande (political office, not given as title). Moa '
             'Grönlund chosen to justera in point 2 -> justerare on item 2. "Frånvarande" Elias Holmberg not listed. '
             'HTML: page 1 for all.'})

# 5 Burlöv
bv = [('Katarina Holm', 'ja'), ('Rasmus Ekdahl', 'nej'), ('Zeynep Kaya', 'ja'), ('Henrik Lindvall', 'nej'),
      ('Pernilla Strömberg', 'ja'), ('Ola Bengtsson', 'nej'), ('Karin Nilsson', 'ja'), ('Magnus Törnqvist', 'nej'),
      ('Ahmed Said', 'ja'), ('Louise Franzén', 'ja'), ('Bo Jönsson', 'ja')]
it48 = I('§48', 'Revidering av plan- och bygglovstaxa 2026', 3, ['KS 2025/344'])
it48['votes_summary'] = 'Ja 7, Nej 4, Avstår 0'
docs.append({
    'file': 'burlov_kommunstyrelsen_2026-04-14_protokoll.pdf',
    'organization': 'Burlövs kommun', 'organ': 'Kommunstyrelsen', 'date': '2026-04-14',
    'doc_type': 'protokoll', 'pages': 6,
    'items': [I('§44', 'Val av justerare', 2), I('§45', 'Godkännande av dagordning', 2),
              I('§46', 'Information från kommundirektören', 2, ['KS 2026/9']),
              I('§47', 'Årsredovisning 2025 för Burlövs kommun', 2, ['KS 2026/61']), it48,
              I('§49', 'Detaljplan för del av Arlöv 19:4 m.fl. (kvarteret Sockerbruket), beslut om granskning', 4,
                ['KS 2024/203']),
              I('§50', 'Motion från Henrik Lindvall (SD) om kameraövervakning vid Arlövs station', 4, ['KS 2025/120']),
              I('§51', 'Medborgarförslag om utegym i Åkarp', 5, ['KS 2025/287']),
              I('§52', 'Anmälan av delegationsbeslut', 5)],
    'persons': [P('Katarina Holm', 'S', ['ordförande', 'ledamot']),
                P('Rasmus Ekdahl', 'M', ['vice ordförande', 'ledamot', 'justerare']),
                P('Zeynep Kaya', 'S', ['vice ordförande', 'ledamot']), P('Henrik Lindvall', 'SD', ['ledamot']),
                P('Pernilla Strömberg', 'S', ['ledamot']), P('Ola Bengtsson', 'M', ['ledamot']),
                P('Karin Nilsson', 'V', ['ledamot']), P('Magnus Törnqvist', 'SD', ['ledamot']),
                P('Ahmed Said', 'S', ['ledamot']), P('Louise Franzén', 'L', ['ledamot']),
                P('Bo Jönsson', 'C', ['tjänstgörande ersättare']),
                P('Fredrik Ahlgren', 'S', ['ersättare']), P('Sanna Kronvall', 'M', ['ersättare']),
                P('Jan-Erik Pålsson', 'SD', ['ersättare']), P('Tove Jeppsson', 'BF', ['ersättare']),
                P('Patrik Wendel', None, ['tjänsteperson', 'föredragande'], 'kommundirektör'),
                P('Ylva Hedström', None, ['sekreterare', 'tjänsteperson'], 'kommunsekreterare'),
                P('Erik Carlsson', None, ['tjänsteperson', 'föredragande'], 'ekonomichef'),
                P('Maja Lundgren', None, ['tjänsteperson', 'föredragande'], 'planchef'),
                P('Linnea Ohlsson', None, [])],
    'actions': [A('Rasmus Ekdahl', '§44', 'justerare'),
                A('Patrik Wendel', '§46', 'presented'),
                A('Erik Carlsson', '§47', 'presented'), A('Katarina Holm', '§47', 'proposed'),
                A(None, '§47', 'protocol_note', 'V'),
                A('Pernilla Strömberg', '§48', 'proposed'), A('Henrik Lindvall', '§48', 'proposed'),
                A('Rasmus Ekdahl', '§48', 'proposed'),
                A(None, '§48', 'reserved', 'SD'), A('Rasmus Ekdahl', '§48', 'reserved'),
                A('Ola Bengtsson', '§48', 'reserved'),
                A('Maja Lundgren', '§49', 'presented'), A('Ahmed Said', '§49', 'proposed'),
                A('Magnus Törnqvist', '§49', 'proposed'), A('Magnus Törnqvist', '§49', 'reserved'),
                A('Louise Franzén', '§49', 'protocol_note'),
                A('Henrik Lindvall', '§50', 'raised'), A('Katarina Holm', '§50', 'proposed'),
                A('Henrik Lindvall', '§50', 'proposed'), A('Ola Bengtsson', '§50', 'proposed'),
                A(None, '§50', 'reserved', 'M'), A(None, '§50', 'reserved', 'SD'),
                A('Linnea Ohlsson', '§51', 'raised'), A('Zeynep Kaya', '§51', 'proposed')],
    'votes': [{'item': '§48', 'round': 1, 'person': n, 'vote': v} for n, v in bv],
    'diarienummer': ['KS 2026/9', 'KS 2026/61', 'KS 2025/344', 'KS 2024/203', 'KS 2025/120', 'KS 2025/287'],
    'kommuner': ['Burlöv', 'Lomma', 'Malmö'], 'regions': ['Region Skåne'],
    'notes': 'Ciceron-like: "§ 44" left and "Dnr KS ..." right on the same line, title in bold below. Diarienummer '
             'written without the "Dnr" label. Page 1 is the cover (attendance, signatures, anslagsbevis); page 6 is '
             'Bilaga 1, a written reservation from Rasmus Ekdahl and Ola Bengtsson (M) for § 48 (not an item). '
             '§ 48 continues on page 4 ("§ 48 (forts.)", reservations there). Reservations in § 48: "Ledamöterna '
             'från SD reserverar sig till förmån för eget yrkande" -> party SD; Ekdahl and Bengtsson individually. '
             '§ 50: "Moderaterna och Sverigedemokraterna reserverar sig" -> party M and party SD. § 47 '
             'protokollsanteckning by Vänsterpartiet -> party V. Ola Bengtsson "instämmer i Henrik Lindvalls '
             'yrkande" -> proposed. Voteringslista § 48 round 1 (återremiss vote): Helena Wik (C) is only in the '
             'Ledamot column beside tjänstgörande ersättare Bo Jönsson, so she is absent and Bo Jönsson votes. '
             'Ordförande\'s propositionsordning not proposed. Linnea Ohlsson = author of the medborgarförslag '
             '(roles empty, not attending). § 52 case numbers KS 2026/77 and KS 2026/80 are delegation decisions '
             '-> references, not item numbers; KFN 2025-12-09 § 88 and KSAU § 39 are references. BF = local party. '
             '§ 50 title is printed justified with wide gaps, and the "Justeringens plats och tid" label runs into '
             'its value in the text layer.'})

# 6 Emmaboda
docs.append({
    'file': 'emmaboda_samhallsbyggnadsnamnden_2026-05-12_protokoll.txt',
    'organization': 'Emmaboda kommun', 'organ': 'Samhällsbyggnadsnämnden', 'date': '2026-05-12',
    'doc_type': 'protokoll', 'pages': 4,
    'items': [I('§31', 'Val av justerare och justeringens tid', 2),
              I('§32', 'Godkännande av föredragningslista', 2),
              I('§33', 'Information från förvaltningen', 2, ['SBN/2026:3']),
              I('§34', 'Ansökan om bygglov för nybyggnad av flerbostadshus, Emmaboda Lindås 3:14', 2, ['SBN/2026:45']),
              dict(I('§35', 'Dagvattenpolicy för Emmaboda kommun', 3, ['SBN/2025:198']),
                   votes_summary='Ja 5, Nej 4, Avstår 0'),
              I('§36', 'Lokala trafikföreskrifter om hastighet 40 km/tim på Kyrkogatan i Vissefjärda', 3,
                ['SBN/2026:27']),
              I('§37', 'Yttrande över motion från Kjell Petersson (LA) om fler laddplatser i Långasjö', 4,
                ['SBN/2025:310']),
              I('§38', 'Delegationsbeslut och meddelanden', 4)],
    'persons': [P('Gunilla Åberg', 'C', ['ordförande', 'ledamot']),
                P('Stefan Holgersson', 'S', ['vice ordförande', 'ledamot', 'justerare']),
                P('Marcus Fagerlund', 'M', ['ledamot']), P('Jenny Karlsson', 'SD', ['ledamot']),
                P('Roger Nyman', 'S', ['ledamot']), P('Ulla Sjöstrand', 'M', ['ledamot']),
                P('Dennis Hult', 'SD', ['ledamot']), P('Annelie Berg', 'L', ['ledamot']),
                P('Kjell Petersson', 'LA', ['tjänstgörande ersättare']),
                P('Lotta Engström', 'S', ['ersättare']), P('Sven-Åke Ljungqvist', 'KD', ['ersättare']),
                P('Mattias Grön', None, ['tjänsteperson', 'föredragande'], 'samhällsbyggnadschef'),
                P('Elisabeth Fors', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare'),
                P('Oskar Vik', None, ['tjänsteperson', 'föredragande'], 'bygglovshandläggare'),
                P('Johanna Ekelund', None, ['tjänsteperson', 'föredragande'], 'miljöstrateg')],
    'actions': [A('Stefan Holgersson', '§31', 'justerare'),
                A('Mattias Grön', '§33', 'presented'), A('Johanna Ekelund', '§33', 'presented'),
                A('Oskar Vik', '§34', 'presented'), A('Roger Nyman', '§34', 'proposed'),
                A('Marcus Fagerlund', '§34', 'proposed'), A(None, '§34', 'reserved', 'M'),
                A('Gunilla Åberg', '§35', 'proposed'), A('Jenny Karlsson', '§35', 'proposed'),
                A(None, '§35', 'reserved', 'M'), A(None, '§35', 'reserved', 'SD'),
                A('Annelie Berg', '§35', 'protocol_note'),
                A('Stefan Holgersson', '§36', 'proposed'), A('Annelie Berg', '§36', 'proposed'),
                A(None, '§36', 'reserved', 'L'), A('Dennis Hult', '§36', 'reserved'),
                A('Kjell Petersson', '§37', 'raised'), A('Gunilla Åberg', '§37', 'proposed'),
                A('Ulla Sjöstrand', '§37', 'proposed'), A('Ulla Sjöstrand', '§37', 'reserved'),
                A('Marcus Fagerlund', '§37', 'reserved')],
    'votes': [],
    'diarienummer': ['SBN/2026:3', 'SBN/2026:45', 'SBN/2025:198', 'SBN/2026:27', 'SBN/2025:310'],
    'kommuner': ['Emmaboda', 'Nybro', 'Lessebo'], 'regions': [],
    'notes': 'pdftotext -layout export of a Platina/Meetings-Plus-like PDF; pages separated by form feeds (4). Page 1 '
             'cover. "§ 31" in a left column with the title beside it and the dnr (SBN/yyyy:n) on the line below. '
             '§ 34 and § 36 and § 37 titles wrap over two lines (joined). "M-gruppen reserverar sig" -> party M; '
             '"Moderaterna och Sverigedemokraterna reserverar sig" -> party M and SD; "Reservation: Liberalerna" (a '
             'bold sub-heading with only the party) -> party L, even though Annelie Berg is the only L member; Dennis '
             'Hult individually. § 35 omröstning printed only as counts -> votes_summary, no per-person votes. '
             '"Annelie Berg (L) antecknar till protokollet" -> protocol_note. Kjell Petersson (LA, local party) is '
             'tjänstgörande ersättare for Ingela Rask (absent, not listed) and author of the motion in § 37. '
             'Johanna Ekelund\'s surname is hyphen-broken over a line in § 33 ("Eke-/lund"). SBN/2026:39 in § 38 is a '
             'delegation decision reference, not the item\'s number.'})

# 7 Forshaga
docs.append({
    'file': 'forshaga_socialnamnden_2026-05-20_kallelse.pdf',
    'organization': 'Forshaga kommun', 'organ': 'Socialnämnden', 'date': '2026-05-20',
    'doc_type': 'kallelse', 'pages': 2,
    'items': [I('1', 'Val av justerare', 1), I('2', 'Godkännande av dagordning', 1),
              I('3', 'Information: Verksamhetsuppföljning individ- och familjeomsorgen, första tertialet 2026', 1,
                ['SN 2026/5']),
              I('4', 'Information: Hemsjukvården – lägesbild', 1),
              I('5', 'Ekonomisk uppföljning april 2026', 1, ['SN 2026/3']),
              I('6', 'Internkontrollplan 2026 för socialnämnden', 1, ['SN 2025/201']),
              I('7', 'Riktlinjer för ekonomiskt bistånd – revidering 2026', 1, ['SN 2026/44']),
              I('8', 'Svar på medborgarförslag om trygghetsboende i Deje', 1, ['SN 2025/188']),
              I('9', 'Yttrande till Inspektionen för vård och omsorg (IVO) i tillsynsärende', 2, ['SN 2026/51']),
              I('10', 'Anmälan av delegationsbeslut', 2), I('11', 'Meddelanden', 2),
              I('12', 'Information från ordföranden', 2)],
    'persons': [P('Lena Berglund', 'M', ['justerare']),
                P('Camilla Rosén', None, ['tjänsteperson', 'föredragande'], 'IFO-chef'),
                P('Ulf Dahlberg', None, ['tjänsteperson', 'föredragande'], 'medicinskt ansvarig sjuksköterska'),
                P('Therese Lund', None, ['tjänsteperson', 'föredragande'], 'ekonom'),
                P('Jan Olsson', None, ['tjänsteperson', 'föredragande'], 'kvalitetsutvecklare'),
                P('Kristina Berg', None, ['tjänsteperson', 'föredragande'], 'förvaltningschef'),
                P('Maria Ekström', 'S', ['ordförande', 'ledamot']),
                P('Jenny Sandell', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare')],
    'actions': [A('Lena Berglund', '1', 'justerare'),
                A('Camilla Rosén', '3', 'presented'), A('Ulf Dahlberg', '4', 'presented'),
                A('Therese Lund', '5', 'presented'), A('Jan Olsson', '6', 'presented'),
                A('Camilla Rosén', '7', 'presented'), A('Kristina Berg', '8', 'presented'),
                A('Kristina Berg', '9', 'presented'), A('Maria Ekström', '12', 'presented')],
    'votes': [],
    'diarienummer': ['SN 2026/5', 'SN 2026/3', 'SN 2025/201', 'SN 2026/44', 'SN 2025/188', 'SN 2026/51'],
    'kommuner': ['Forshaga'], 'regions': [],
    'notes': 'Word-made agenda table Nr | Ärende | Dnr | Föredragande, repeated header row on page 2. The '
             'unnumbered row "Paus 10.00–10.15" is not an ärende and not an item. Titles keep the printed '
             '"Information:" prefix. "Förslag till justerare: Lena Berglund (M)" in the head block -> justerare '
             'on row 1 (Val av justerare). Item 12 presenter column says only "Ordförande"; the kallelse is signed by '
             'Maria Ekström (S), Ordförande, so she is recorded as presenting item 12 (inference). Deje is an ort in '
             'Forshaga; IVO is an authority.'})

# 8 Gullspång
docs.append({
    'file': 'gullspang_barn-och-utbildningsnamnden_2026-06-03_kallelse.docx',
    'organization': 'Gullspångs kommun', 'organ': 'Barn- och utbildningsnämnden', 'date': '2026-06-03',
    'doc_type': 'kallelse', 'pages': 2,
    'items': [I('1', 'Upprop och val av justerare', 1), I('2', 'Godkännande av dagordningen', 1),
              I('3', 'Budgetuppföljning maj 2026', 1, ['BUN 2026/12']),
              I('4', 'Lokalförsörjningsplan för förskolan 2027–2030', 1, ['BUN 2025/88']),
              I('5', 'Svar på motion från Sandra Ek (V) om skolfrukost i Gullspångs grundskolor', 1, ['BUN 2026/7']),
              I('6', 'Riktlinjer för skolskjuts läsåret 2026/2027', 1, ['BUN 2026/19']),
              I('7', 'Delegationsbeslut', 1), I('8', 'Meddelanden', 1),
              I('9', 'Elevhälsans arbete med närvarofrämjande insatser', 2),
              I('10', 'Samverkan med Mariestad och Töreboda kring gymnasieskolan', 2, ['BUN 2026/2']),
              I('11', 'Kulturskolan – lägesbild', 2), I('12', 'Förvaltningschefen informerar', 2)],
    'persons': [P('Anders Blom', 'S', ['justerare']),
                P('Lina Berg', None, ['tjänsteperson', 'föredragande'], 'ekonom'),
                P('Peter Ahlin', None, ['tjänsteperson', 'föredragande'], 'fastighetsstrateg'),
                P('Mikaela Strand', None, ['tjänsteperson', 'föredragande'], 'förvaltningschef'),
                P('Kent Lööf', None, ['tjänsteperson', 'föredragande'], 'skolskjutssamordnare'),
                P('Johanna Lind', None, ['tjänsteperson', 'föredragande'], 'skolkurator'),
                P('Åsa Vinter', None, ['tjänsteperson', 'föredragande'], 'kulturskolechef'),
                P('Sandra Ek', 'V', []),
                P('Göran Alm', 'C', ['ordförande', 'ledamot']),
                P('Helena Rydberg', None, ['sekreterare', 'tjänsteperson'], 'nämndsekreterare')],
    'actions': [A('Anders Blom', '1', 'justerare'),
                A('Lina Berg', '3', 'presented'), A('Peter Ahlin', '4', 'presented'),
                A('Mikaela Strand', '4', 'presented'), A('Sandra Ek', '5', 'raised'),
                A('Mikaela Strand', '5', 'presented'), A('Kent Lööf', '6', 'presented'),
                A('Johanna Lind', '9', 'presented'), A('Mikaela Strand', '10', 'presented'),
                A('Åsa Vinter', '11', 'presented'), A('Mikaela Strand', '12', 'presented')],
    'votes': [],
    'diarienummer': ['BUN 2026/12', 'BUN 2025/88', 'BUN 2026/7', 'BUN 2026/19', 'BUN 2026/2'],
    'kommuner': ['Gullspång', 'Mariestad', 'Töreboda'], 'regions': [],
    'notes': 'Word table Nr | Ärende | Dnr; numbers printed "1." .. "12." -> "1".."12". Presenters sit in the title '
             'cell: on a second paragraph "Föredragande: titel Namn" (items 3, 4, 5, 10), as "Skolkurator Johanna '
             'Lind informerar" (9), or after the title with a dash (6 "– skolskjutssamordnare Kent Lööf", 11 "– '
             'kulturskolechef Åsa Vinter"); the presenter text is not part of the title. Unnumbered row "Lunch '
             '12.00–12.45" and the bold section label "Informationsärenden" are not items. One manual page break '
             'before "Informationsärenden" -> items 9-12 on page 2. Item 12 "Förvaltningschefen informerar": '
             'förvaltningschef is Mikaela Strand (named in items 4, 5, 10) -> presented (inference). Sandra Ek (V) '
             'is named as motion author in item 5 title -> raised, roles empty. Page header date 2026-05-22 is the '
             'sending date; meeting 2026-06-03. Hova is an ort in Gullspång.'})

# 9 Mullsjö
docs.append({
    'file': 'mullsjo_kommunfullmaktige_2026-03-02_motion.pdf',
    'organization': 'Mullsjö kommun', 'organ': 'Kommunfullmäktige', 'date': '2026-03-02',
    'doc_type': 'motion', 'pages': 1, 'items': [],
    'persons': [P('Helena Sjöberg', 'KD', ['ledamot']), P('Bengt Wallin', 'KD', ['ersättare'])],
    'actions': [A('Helena Sjöberg', None, 'raised'), A('Bengt Wallin', None, 'raised')],
    'votes': [], 'diarienummer': ['KS 2026/58'], 'kommuner': ['Mullsjö', 'Habo', 'Jönköping'],
    'regions': ['Region Jönköpings län'],
    'notes': 'doc_type motion (other document): a motion addressed "Till kommunfullmäktige i Mullsjö kommun" -> organ '
             'Kommunfullmäktige; date = the motion\'s own date "Mullsjö 2026-03-02" (the stamp says Inkom 2026-03-04). '
             'No meeting -> no items; the two signers are recorded as raised with item null. The received stamp '
             '"Dnr: KS 2026/58" is the number of the document as a whole. "yrkar vi att" in a motion is not a '
             'meeting yrkande. Helena Sjöberg signs "ledamot i kommunfullmäktige", Bengt Wallin "ersättare i '
             'kommunfullmäktige". Sandhem is an ort in Mullsjö; "Jönköpings län" as a county is covered '
             'by the region.'})

json.dump({'format': 'arkiv-gold/1', 'documents': docs}, open('gold.json', 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
print(len(docs))
