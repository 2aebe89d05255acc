# Hand-written gold for kommuner47 (read from the documents); writes gold.json
import json
def P(name, party, roles, title=None):
    d = {"name": name, "party": party, "roles": roles}
    if title: d["title"] = title
    return d
def A(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party: d["party"] = party
    return d
def I(num, title, dnr, page, **kw):
    d = {"number": num, "title": title, "diarienummer": dnr, "page": page}; d.update(kw); return d
docs = []

# 1 Älvkarleby
members = [('Gunnar Backlund','S'),('Anneli Strand','M'),('Mats Öhrn','SD'),('Karin Holm','S'),('Per-Olof Wiik','S'),
 ('Ann-Christin Dahlberg','S'),('Roger Sjöström','S'),('Linnéa Öberg','S'),('Håkan Envall','S'),('Maj-Britt Forsgren','S'),
 ('Tobias Lindh','S'),('Susanne Wahlgren','S'),('Elin Rapp','S'),('Fredrik Nordqvist','M'),('Camilla Rosén','M'),('Jonas Tegnér','M'),
 ('Helena Bäck','M'),('Nils Blom','M'),('Birgitta Lund','SD'),('Daniel Håkansson','SD'),('Ronny Ekström','SD'),('Jessica Norén','SD'),
 ('Leif Skoglund','SD'),('Lars Nyström','C'),('Ingela Frisk','C'),('Eva Granlund','V'),('Mikael Sundqvist','V'),('Tomas Ahlin','KD'),
 ('Peter Malmberg','L'),('Ulla Hedin','ÄL'),('Bengt Åkerlund-Sandin','ÄL')]
roles = {'Gunnar Backlund':['ordförande','ledamot'],'Anneli Strand':['vice ordförande','ledamot','justerare'],
         'Mats Öhrn':['vice ordförande','ledamot'],'Per-Olof Wiik':['ledamot','justerare'],
         'Elin Rapp':['tjänstgörande ersättare'],'Nils Blom':['tjänstgörande ersättare']}
pers = [P(n, p, roles.get(n, ['ledamot'])) for n, p in members]
pers += [P('Anders Vik','S',['ersättare']), P('Moa Lindgren','SD',['ersättare']),
         P('Maria Lindqvist',None,['sekreterare','tjänsteperson'],'kommunsekreterare'),
         P('Johan Ekholm',None,['tjänsteperson'],'kommundirektör'),
         P('Kjell Sundin',None,['tjänsteperson'],'förbundsdirektör Gästrike räddningstjänstförbund')]
def v(p):
    return 'nej' if p in ('SD','ÄL') else 'avstår' if p == 'V' else 'ja'
votes = [{"item":"§36","round":1,"person":n,"vote":v(p)} for n, p in members]
items = [I('§31','Val av justerare',[],3), I('§32','Godkännande av dagordning',[],3),
 I('§33','Information från Gästrike räddningstjänstförbund',['KS 2026/70'],3),
 I('§34','Årsredovisning 2025 för Älvkarleby kommun',['KS 2026/48'],3),
 I('§35','Ansvarsfrihet för år 2025 för kommunstyrelsen, nämnder och enskilda förtroendevalda',['KS 2026/61'],4),
 I('§36','Detaljplan för Rotskär 3:12 m.fl., bostäder och småbåtshamn vid Skutskärs hamn – beslut om antagande',['KS 2024/203'],4, votes_summary='Ja 21, Nej 8, Avstår 2'),
 I('§37','Svar på motion från Lars Nyström (C) om solceller på kommunens fastigheter',['KS 2025/142'],5),
 I('§38','Interpellation från Mats Öhrn (SD) till kommunstyrelsens ordförande om trygghetsvärdar i Skutskär',['KS 2026/77'],6),
 I('§39','Anmälan av nya motioner och medborgarförslag',['KS 2026/95','KS 2026/97'],6),
 I('§40','Fyllnadsval av ersättare i socialnämnden efter Sofia Berg (L)',['KS 2026/12'],6)]
acts = [A('Anneli Strand','§31','justerare'),A('Per-Olof Wiik','§31','justerare'),A('Kjell Sundin','§33','presented'),
 A('Karin Holm','§34','proposed'),A('Fredrik Nordqvist','§34','proposed'),
 A('Karin Holm','§36','proposed'),A('Anneli Strand','§36','proposed'),A('Lars Nyström','§36','proposed'),A('Mats Öhrn','§36','proposed'),
 A('Ulla Hedin','§36','proposed'),A('Eva Granlund','§36','proposed'),A(None,'§36','reserved','SD'),A('Ulla Hedin','§36','reserved'),
 A('Bengt Åkerlund-Sandin','§36','reserved'),A('Eva Granlund','§36','protocol_note'),
 A('Lars Nyström','§37','raised'),A('Lars Nyström','§37','proposed'),A('Ingela Frisk','§37','proposed'),A('Karin Holm','§37','proposed'),
 A(None,'§37','reserved','C'),A('Tomas Ahlin','§37','protocol_note'),
 A('Mats Öhrn','§38','raised'),A('Karin Holm','§38','presented'),A('Eva Granlund','§39','raised'),A('Roger Sjöström','§40','presented')]
docs.append({"file":"alvkarleby_kommunfullmaktige_2026-04-23_protokoll.pdf","organization":"Älvkarleby kommun","organ":"Kommunfullmäktige",
 "date":"2026-04-23","doc_type":"protokoll","pages":6,"items":items,"persons":pers,"actions":acts,"votes":votes,
 "kommuner":["Älvkarleby","Gävle"],"regions":[],
 "notes":"Beslutande only in the närvaro- och omröstningslista on p.2 (the voteringslista for § 36 is printed there, before the paragraphs). Kent Axelsson (S) and Stefan Gräns (M) appear only in the Ledamot column beside tjänstgörande ersättare Elin Rapp (S) and Nils Blom (M): absent, not persons; the votes are recorded for the ersättare. ÄL = local party Älvkarlebylistan (code only). § 36: Eva Granlund's återremiss yrkande counted as proposed; the återremiss question was decided by acclamation (no omröstning), so the roll call is round 1. Ulla Hedin 'instämmer' = proposed. Sofia Berg (resigned) and Hanna Eld (elected) in § 40 are not acting: not persons. Karin Holm is named in § 38 answering the interpellation (presented). Roger Sjöström 'föredrar valberedningens förslag' = presented. Skutskär/Gårdskär are tätorter, not kommuner."})

# 2 Nykvarn
pers = [P('Marie Öst','S',['ordförande','ledamot']),P('Kristina Ring','M',['vice ordförande','ledamot']),P('Sven Alm','M',['ledamot','justerare']),
 P('Gun-Britt Edlund','S',['ledamot']),P('Lars Häll','SD',['ledamot']),P('Peter Vinberg','NP',['ledamot']),P('Jenny Kvist','C',['tjänstgörande ersättare']),
 P('Rolf Berglund','S',['ersättare','tjänstgörande ersättare']),
 P('Hanna Lövgren',None,['tjänsteperson'],'miljöchef'),P('Oskar Dahl',None,['tjänsteperson'],'bygglovschef'),
 P('Anna Westin',None,['tjänsteperson','föredragande'],'bygglovshandläggare'),P('Emil Sandberg',None,['tjänsteperson','föredragande'],'miljöinspektör'),
 P('Therese Kron',None,['sekreterare','tjänsteperson'],'nämndsekreterare')]
items = [I('§48','Val av justerare',[],2),I('§49','Godkännande av föredragningslistan',[],2),I('§50','Information från förvaltningen',[],2),
 I('§51','Bygglov för nybyggnad av enbostadshus och garage, Lillsjö 4:18',['MBN-2026-000214'],2, votes_summary='Ja 5, Nej 2'),
 I('§52','Föreläggande om åtgärder vid enskild avloppsanläggning, Sandviken 1:7',['MBN-2025-001102'],3),
 I('§53','Ansökan om strandskyddsdispens för ersättningsbrygga, båtupplag och en mindre förrådsbyggnad inom fastigheten Tomtholmen 2:31 vid sjön Yngern',['MBN-2026-000167'],3),
 I('§54','Delegationsbeslut och meddelanden',[],4),
 I('§55','Tillsynsplan 2026–2028 enligt miljöbalken och livsmedelslagstiftningen',['MBN-2026-000087'],4)]
acts = [A('Sven Alm','§48','justerare'),A('Hanna Lövgren','§50','presented'),A('Oskar Dahl','§50','presented'),
 A('Anna Westin','§51','presented'),A('Kristina Ring','§51','proposed'),A('Lars Häll','§51','proposed'),A('Lars Häll','§51','reserved'),
 A('Emil Sandberg','§52','presented'),A('Emil Sandberg','§53','presented'),A('Peter Vinberg','§53','proposed'),A('Marie Öst','§53','proposed'),
 A('Hanna Lövgren','§55','presented'),A('Peter Vinberg','§55','protocol_note')]
docs.append({"file":"nykvarn_miljo-och-byggnamnden_2026-05-13_protokoll.pdf","organization":"Nykvarns kommun","organ":"Miljö- och byggnämnden",
 "date":"2026-05-13","doc_type":"protokoll","pages":4,"items":items,"persons":pers,"actions":acts,"votes":[],
 "kommuner":["Nykvarn"],"regions":[],
 "notes":"Each § has a coloured table header: [§ nr | title | 'Dnr' above the number]; diarienummer recorded without the 'Dnr' label. § 51 omröstning gives only a count (5–2), no names: votes_summary only. MBN-2025-000933 in § 54 is a reference to another ärende (Länsstyrelsen decision), not listed. Ahmed Yusuf (C) only named as replaced by Jenny Kvist: not a person. Rolf Berglund is ersättare and serves in § 52 (jäv of Gun-Britt Edlund): both roles. NP = local party (Nykvarnspartiet, named in § 55 quote). Sandviken 1:7 is a fastighet, not Sandvikens kommun. § 54 is printed before § 55 (order changed in § 49). 'Beslut' heading of § 51 and § 53 orphaned at page bottom; the decision text continues on the next page."})

# 3 Habo
pers = [P('Magnus Ekdahl','M',['ordförande','ledamot']),P('Lena Ståhl','S',['vice ordförande','ledamot']),P('Jonas Ek','C',['vice ordförande','ledamot']),
 P('Ida Fransson','M',['ledamot','justerare']),P('Per Wallin','KD',['ledamot']),P('Carl Nyholm','L',['ledamot']),P('Henrik Falk','SD',['ledamot']),
 P('Åsa Grimberg','SD',['ledamot']),P('Birgitta Nord','HF',['ledamot']),P('Kjell Dahlin','S',['ledamot']),P('Mattias Roos','S',['tjänstgörande ersättare']),
 P('Helén Ask','M',['ersättare']),P('Oskar Brink','C',['ersättare']),
 P('Robert Ljung',None,['tjänsteperson'],'kommundirektör'),P('Sanna Wik',None,['tjänsteperson'],'ekonomichef'),
 P('Josefin Alm',None,['sekreterare','tjänsteperson'],'kommunsekreterare'),P('Sara Lind','V',[])]
items = [I('§40','Val av justerare',[],2),I('§41','Fastställande av dagordning',[],2),I('§42','Kommundirektören informerar',[],2),
 I('§43','Ekonomisk uppföljning per februari 2026',['KS/2026:31'],2),
 I('§44','Medborgarförslag om belysning längs gång- och cykelvägen mellan Bränninge och Habo centrum',['KS/2025:312'],2),
 I('§45','Motion om simskola för vuxna',['KS/2025:288'],3),
 I('§46','Yttrande över remiss – Regional transportplan för Jönköpings län 2026–2037',['KS/2026:52'],3),
 I('§47','Redovisning av delegationsbeslut',['KS/2026:4'],3)]
acts = [A('Ida Fransson','§40','justerare'),A('Robert Ljung','§42','presented'),A('Sanna Wik','§43','presented'),
 A('Jonas Ek','§44','proposed'),A('Lena Ståhl','§44','proposed'),A('Per Wallin','§44','proposed'),A('Jonas Ek','§44','reserved'),
 A('Sara Lind','§45','raised'),A('Ida Fransson','§45','proposed'),A('Birgitta Nord','§46','protocol_note')]
docs.append({"file":"habo_kommunstyrelsen_2026-03-09_protokoll.docx","organization":"Habo kommun","organ":"Kommunstyrelsen",
 "date":"2026-03-09","doc_type":"protokoll","pages":3,"items":items,"persons":pers,"actions":acts,"votes":[],
 "kommuner":["Habo","Jönköping","Mullsjö"],"regions":["Region Jönköpings län"],
 "notes":"DOCX with 2 manual page breaks -> 3 pages (front page; §§ 40–44; '§ 44 forts.' and §§ 45–47). '§ 44 forts.' repeats the title and is not a new item. Diarienummer 'Dnr KS/2026:31' recorded without the 'Dnr' label. Mattias Roos (S) 'ersätter Ulrika Stenberg (S)': Stenberg absent, not a person. HF = local party Habos Framtid. Sara Lind (V) is only named as motion author (not present): person with empty roles, action raised. 'På förslag av Ida Fransson' = proposed. The medborgarförslag in § 44 has no named author. 'Jönköpings län' in the § 46 title is part of the plan name; Region Jönköpings län listed under regions."})

# 4 Heby
pers = [P('Roland Kvist','S',['ordförande','ledamot']),P('Gunilla Sand','C',['vice ordförande','ledamot','justerare']),P('Britt Wester','SD',['vice ordförande','ledamot']),
 P('Per Hultman','S',['ledamot']),P('Sara Ekvall','S',['ledamot']),P('Maria Engström','KD',['ledamot']),P('Tony Lindell','SD',['ledamot']),
 P('Kent Grahn','ÖP',['ledamot']),P('Lisa Berggren','M',['tjänstgörande ersättare']),P('Lena Mårdh','S',['ersättare']),
 P('Karolina Häggström',None,['tjänsteperson'],'socialchef'),P('Jimmy Olsson',None,['tjänsteperson'],'enhetschef hemtjänst'),
 P('Therese Wiklund',None,['sekreterare','tjänsteperson'],'nämndsekreterare')]
items = [I('§10','Upprop och val av justerare',[],2),I('§11','Godkännande av dagordning',[],2),
 I('§12','Verksamhetsinformation från socialförvaltningen',[],2),I('§13','Uppföljning av intern kontrollplan 2025',['2025.101 SN'],2),
 I('§14','Riktlinjer för ekonomiskt bistånd 2026',['2026.008 SN'],2, votes_summary='Ja 6, Nej 3'),
 I('§15','Yttrande över medborgarförslag om träffpunkt för äldre i Östervåla',['2025.214 SN'],3),
 I('§16','Anmälan av delegationsbeslut',['2026.002 SN'],3),I('§17','Övrig fråga – väntetider för insatser i hemtjänsten',[],3)]
acts = [A('Gunilla Sand','§10','justerare'),A('Karolina Häggström','§12','presented'),A('Jimmy Olsson','§12','presented'),
 A('Per Hultman','§14','proposed'),A('Britt Wester','§14','proposed'),A('Kent Grahn','§14','proposed'),A(None,'§14','reserved','SD'),
 A('Kent Grahn','§14','reserved'),A('Maria Engström','§17','raised'),A('Karolina Häggström','§17','presented')]
docs.append({"file":"heby_socialnamnden_2026-02-18_protokoll.txt","organization":"Heby kommun","organ":"Socialnämnden",
 "date":"2026-02-18","doc_type":"protokoll","pages":3,"items":items,"persons":pers,"actions":acts,"votes":[],
 "kommuner":["Heby"],"regions":[],
 "notes":"pdftotext -layout export; pages separated by form feeds (3 pages). § number alone on its line with 'Dnr 2025.101 SN' right-aligned; title indented on the next line. Diarienummer recorded without 'Dnr'. § 14 continues over the page break (omröstning on p.3); omröstning printed only as a count. Lisa Berggren (M) is 'tjg. ersättare' without naming whom she replaces. ÖP = local party (code only). Maria Engström announces her övrig fråga in § 11 but asks it in § 17: raised recorded on § 17 only. Karolina Häggström 'besvarar frågan' = presented. The medborgarförslag in § 15 has no named author. Morgongåva/Östervåla are tätorter in Heby."})

# 5 Hofors
pers = [P('Kjell Borg','S',['ordförande','ledamot']),P('Ewa Lind','M',['vice ordförande','ledamot','justerare']),P('Torbjörn Sandell','V',['ledamot']),
 P('Annelie Öhman','S',['ledamot']),P('Göran Hjort','S',['ledamot']),P('Sofie Nääs','S',['ledamot']),P('Patrik Wallén','SD',['ledamot']),
 P('Maja Eriksson','SD',['ledamot']),P('Bo Strömgren','HS',['ledamot']),P('Leo Karlsson','C',['ledamot']),P('Ingrid Svahn','KD',['ledamot']),
 P('Jan Mörk','S',['ersättare']),P('Elsa Hedberg','M',['ersättare']),
 P('Anna Sjölund',None,['sekreterare','tjänsteperson','föredragande'],'nämndsekreterare'),
 P('Mikael Persson',None,['föredragande'],'vd Hoforshus AB'),P('Maria Sjöberg',None,['tjänsteperson','föredragande'],'ekonomichef'),
 P('Erik Holmqvist',None,['tjänsteperson','föredragande'],'planarkitekt'),P('Lars Gustafsson',None,['tjänsteperson','föredragande'],'säkerhetssamordnare')]
items = [I('1','Val av justerare',[],1),I('2','Godkännande av dagordning',[],1),
 I('3','Information: Hoforshus AB – lägesrapport om renoveringen av kvarteret Granen',[],1),
 I('4','Månadsuppföljning april 2026',['KS26/41'],1),I('5','Investeringsbudget 2027–2029 – ramar och prioriteringar',['KS26/144'],1),
 I('6','Detaljplan för del av Hofors 5:1 (Kvarnbacken) – beslut om samråd',['KS26/87'],1),
 I('7','Motion från Torbjörn Sandell (V) om avgiftsfri kollektivtrafik för pensionärer',['KS25/311'],1),
 I('8','Medborgarförslag om utegym vid Hammarn',['KS26/22'],1),I('9','Revidering av kommunstyrelsens delegationsordning',['KS26/119'],1),
 I('10','Samverkansavtal med Sandvikens kommun om gemensam räddningstjänst',['KS26/130'],1),
 I('11','Delegationsbeslut',['KS26/5'],1),I('12','Meddelanden',['KS26/6'],1)]
acts = [A('Ewa Lind','1','justerare'),A('Mikael Persson','3','presented'),A('Maria Sjöberg','4','presented'),A('Maria Sjöberg','5','presented'),
 A('Erik Holmqvist','6','presented'),A('Torbjörn Sandell','7','raised'),A('Anna Sjölund','9','presented'),A('Lars Gustafsson','10','presented')]
docs.append({"file":"hofors_kommunstyrelsen_2026-05-05_kallelse.html","organization":"Hofors kommun","organ":"Kommunstyrelsen",
 "date":"2026-05-05","doc_type":"kallelse","pages":1,"items":items,"persons":pers,"actions":acts,"votes":[],
 "kommuner":["Hofors","Sandviken"],"regions":[],
 "notes":"Portal page (HTML): all item pages 1. An empty spacer row without number sits between rows 10 and 11: not an item. 'Förslag till justerare: Ewa Lind (M)' in the head block, recorded on row 1 (Val av justerare). Members come from the portal's 'Ledamöter och ersättare' sidebar (role as listed; it is a kallelse, so nobody is confirmed present). Föredragande column -> presented on that row (planned presenters of the kallelse). Mikael Persson is vd of the municipal housing company, not a kommun official: roles föredragande only. HS = local party (code only). Hofors 5:1 is a fastighet; Hofors counted as kommun anyway (own kommun)."})

# 6 Ockelbo
pers = [P('Lennart Ring','S',['ordförande','ledamot']),P('Malin Ohlsson',None,['sekreterare','tjänsteperson']),P('Mona Fält','C',['justerare']),
 P('Tomas Hedlund',None,['tjänsteperson','föredragande'],'bildningschef'),P('Cecilia Berglöf',None,['tjänsteperson','föredragande'],'controller'),
 P('Hans Vikström','SD',[])]
items = [I('1','Upprop',[],1),I('2','Val av justerare',[],1),I('3','Godkännande av dagordningen',[],1),I('4','Verksamhetsinformation',[],1),
 I('5','Ekonomisk uppföljning februari 2026',['Dnr 2026/41'],1),
 I('6','Resultat av Skolinspektionens regelbundna tillsyn av Perslundaskolan och åtgärdsplan med anledning av tillsynsbeslutet',['Dnr 2025/198'],1),
 I('7','Skolskjutsriktlinjer för förskoleklass, grundskola och anpassad grundskola i Ockelbo kommun',['Dnr 2026/17'],1),
 I('8','Förskolans lokalbehov 2027–2030 – Åbyggeby och Lingbo',['Dnr 2026/29'],1),
 I('9','Svar på motion från Hans Vikström (SD) om mobilfri skoldag',['Dnr 2025/231'],2),
 I('10','Yttrande till Gävle kommun över förslag om samordnad gymnasieantagning i Gävleborg',['Dnr 2026/33'],2),
 I('11','Redovisning av delegationsbeslut',['Dnr 2026/3'],2),I('12','Anmälningsärenden',['Dnr 2026/4'],2),I('13','Övriga frågor',[],2)]
acts = [A('Mona Fält','2','justerare'),A('Tomas Hedlund','4','presented'),A('Cecilia Berglöf','5','presented'),A('Hans Vikström','9','raised')]
docs.append({"file":"ockelbo_bildningsnamnden_2026-03-24_kallelse.pdf","organization":"Ockelbo kommun","organ":"Bildningsnämnden",
 "date":"2026-03-24","doc_type":"kallelse","pages":2,"items":items,"persons":pers,"actions":acts,"votes":[],
 "kommuner":["Ockelbo","Gävle"],"regions":[],
 "notes":"Header 'Datum 2026-03-13' is the issue date; the meeting date 2026-03-24 is used. Diarienummer printed as bare 'Dnr 2026/41' in a 'Beteckning' column; kept with the 'Dnr' prefix as in the format's example 'Dnr 2024/1'. 'Föredragande: …' lines under rows 4–5 are not part of the title. Head block 'Justerare: Mona Fält (C)' recorded on row 2 (Val av justerare). Page 2 starts with 'Ärenden, forts.'. Hans Vikström (SD) only named as motion author: person with empty roles. 'Gävleborg' (no 'Region') not listed as a region."})

# 7 Norberg
pers = [P('Annika Wennberg','S',['ordförande','ledamot']),P('Lars Eklund','M',['ledamot']),P('Helena Strid','NS',['ledamot']),
 P('Gösta Fahlén',None,['ledamot','justerare']),P('Ingrid Moberg',None,['ledamot']),P('Leila Karimi',None,['ledamot']),P('Roger Thörn',None,['ledamot']),
 P('Jenny Falk',None,['tjänsteperson'],'enhetschef biståndsenheten'),P('Mats Forsberg',None,['tjänsteperson'],'ekonomichef'),
 P('Petra Lundin',None,['sekreterare','tjänsteperson'],'nämndsekreterare')]
items = [I('1','Mötets öppnande',[],1),I('2','Föregående minnesanteckningar',[],1),I('3','Biståndsbedömning och hemtjänst – aktuellt läge',[],1),
 I('4','Tillgänglighet i Norbergs centrum',[],1),I('5','Budget 2027 – rådets synpunkter',[],1),I('6','Frågor från organisationerna',[],2),
 I('7','Nästa möte',[],2)]
acts = [A('Gösta Fahlén',None,'justerare'),A('Jenny Falk','3','presented'),A('Roger Thörn','4','raised'),A('Mats Forsberg','5','presented'),
 A('Ingrid Moberg','6','raised'),A('Lars Eklund','6','presented')]
docs.append({"file":"norberg_kommunala-radet-for-aldre-och-funktionshinderfragor_2026-04-14_minnesanteckningar.pdf","organization":"Norbergs kommun",
 "organ":"Kommunala rådet för äldre- och funktionshinderfrågor","date":"2026-04-14","doc_type":"minnesanteckningar","pages":2,
 "items":items,"persons":pers,"actions":acts,"votes":[],"kommuner":["Norberg","Fagersta","Avesta"],"regions":["Region Västmanland"],
 "notes":"Titled 'Minnesanteckningar'. Headings are bold and unnumbered: numbered 1–7 by order. Organ printed with abbreviation '(KRÄF)', recorded without it. Organisation representatives (PRO, SPF, DHR, FUB) listed under 'Närvarande' without party: recorded as ledamot of the råd, party null. NS = local party code (unexplained). 'Justeras av Gösta Fahlén' at the end, no Val av justerare point: justerare with item null. Roger Thörn 'väckte frågan' and Ingrid Moberg 'ställde en fråga' = raised; Lars Eklund 'svarade' = presented; Helena Strid only promises to take the question on (no action). 'Norberg–Fagersta' in FUB's name and 'Fagersta lasarett' — Fagersta also named as destination kommun."})

# 8 Vännäs
docs.append({"file":"vannas_kommunstyrelsen_2026-04-02_tjansteskrivelse.docx","organization":"Vännäs kommun","organ":"Kommunstyrelsen",
 "date":"2026-04-02","doc_type":"tjansteskrivelse".replace('tjansteskrivelse','tjänsteskrivelse'),"pages":1,"items":[],
 "persons":[P('Elin Marklund',None,['tjänsteperson'],'miljöstrateg'),P('Jörgen Nyberg',None,['tjänsteperson'],'samhällsbyggnadschef')],
 "actions":[],"votes":[],"diarienummer":["KS 2026-000412"],"kommuner":["Vännäs","Umeå","Bjurholm"],"regions":[],
 "notes":"Tjänsteskrivelse, no meeting: date is the document date in the header; organ is the addressee 'Till Kommunstyrelsen' (also the body in 'Förslag till beslut'), not Samhällsbyggnadsförvaltningen. Diarienummer only in the Word header ('Diarienummer KS 2026-000412'). No items. The KF decision 2022 § 88 is a reference only."})

for d in docs:
    if 'diarienummer' not in d:
        s = []
        for it in d['items']:
            for x in it['diarienummer']:
                if x not in s: s.append(x)
        d['diarienummer'] = s
    order = ["file","organization","organ","date","doc_type","pages","items","persons","actions","votes","diarienummer","kommuner","regions","notes"]
    d2 = {k: d[k] for k in order}
    d.clear(); d.update(d2)
json.dump({"format":"arkiv-gold/1","documents":docs}, open('gold.json','w'), ensure_ascii=False, indent=1)
print(len(docs))
