# Writes gold.json (hand-written truth) and checks it against the document text.
import json, re, subprocess, html, os, docx
os.chdir(os.path.dirname(os.path.abspath(__file__)))

def P(name, party, roles, title=None):
    d = {"name": name, "party": party, "roles": roles}
    if title: d["title"] = title
    return d
def I(num, title, dnr, page, **kw):
    d = {"number": num, "title": title, "diarienummer": dnr, "page": page}; d.update(kw); return d
def A(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party: d["party"] = party
    return d
L = ["ledamot"]; OL = ["ordförande", "ledamot"]; VL = ["vice ordförande", "ledamot"]
TJ = ["tjänstgörande ersättare"]; E = ["ersättare"]; TP = ["tjänsteperson"]; TF = ["tjänsteperson", "föredragande"]
SEK = ["sekreterare", "tjänsteperson"]

docs = []
# A
items = [I("§30", "Godkännande av dagordning", [], 2),
         I("§31", "Verksamhetsplan och internbudget 2026 för miljö- och byggnadsnämnden", ["MBN 2026-000412"], 2),
         I("§32", "Rimbo-Norrby 1:23 – Ansökan om bygglov för nybyggnad av flerbostadshus med 24 lägenheter samt komplementbyggnad", ["BYGG.2026.1187"], 2),
         I("§33", "Hästen 2:14 – Föreläggande om åtgärder för enskild avloppsanordning", ["2026-815"], 3),
         I("§34", "Strandskyddsdispens för brygga på fastigheten Norrö 3:7", ["2026/MIL0095"], 3),
         I("§35", "Solö 1:112 – Rättelseföreläggande med vite", ["B 2026-000734"], 3),
         I("§36", "Ändring av taxa för prövning och tillsyn inom miljöbalkens område", ["MBN 26-0312"], 3),
         I("§37", "Redovisning av delegationsbeslut", ["MBN 2026-000019"], 4)]
docs.append({"file": "norrtalje_miljo-och-byggnadsnamnden_2026-03-18_protokoll.pdf", "organization": "Norrtälje kommun",
  "organ": "Miljö- och byggnadsnämnden", "date": "2026-03-18", "doc_type": "protokoll", "pages": 4, "items": items,
  "persons": [P("Karin Eklöf", "M", OL), P("Jonas Brandt", "S", VL), P("Per Vestin", "SD", L), P("Ulla Hagström", "C", L),
    P("Mirja Lind", "S", ["ledamot", "justerare"]), P("Tomas Ekberg", "KD", L), P("Sofie Rask", "V", L), P("Hans Gryt", "L", TJ),
    P("Lena Åhs", "MP", E), P("Bo Karlgren", "S", E), P("Maria Sundin", None, TF, "miljö- och byggchef"),
    P("Elias Norén", None, TF, "bygglovhandläggare"), P("Ida Forsberg", None, TF, "miljöinspektör"),
    P("Fredrik Ahl", None, SEK, "nämndsekreterare")],
  "actions": [A("Mirja Lind", None, "justerare"), A("Maria Sundin", "§31", "presented"), A("Elias Norén", "§32", "presented"),
    A("Per Vestin", "§32", "proposed"), A("Karin Eklöf", "§32", "proposed"), A("Jonas Brandt", "§32", "proposed"),
    A("Per Vestin", "§32", "reserved"), A("Ida Forsberg", "§33", "presented"), A("Sofie Rask", "§33", "protocol_note"),
    A("Ida Forsberg", "§34", "presented"), A("Elias Norén", "§35", "presented"), A("Tomas Ekberg", "§35", "proposed"),
    A("Karin Eklöf", "§35", "proposed"), A("Tomas Ekberg", "§35", "reserved"), A("Maria Sundin", "§36", "presented")],
  "votes": [], "kommuner": ["Norrtälje"], "regions": [],
  "notes": "Vision/ECOS-style bygg- och miljöprotokoll. Case-number positions: right of the § line ('Dnr MBN 2026-000412', 'MBN 26-0312', 'Ärende 2026-815'), on a line under the title ('Diarienummer: BYGG.2026.1187', 'Dnr 2026/MIL0095'), and in brackets at the end of the title (§35 '(B 2026-000734)': the bracketed number is left out of the title and is the item's diarienummer). Labels 'Dnr', 'Diarienummer:', 'Ärende' are not part of the number. Not case numbers: KF 2025-11-24 § 187, 2023-12-11 § 203 (cited decisions), akt 0188-P2019/12 (detaljplan akt), länsstyrelsens dnr 526-4567-2026 (another authority's number, cited), fastighetsbeteckningar (Rimbo-Norrby 1:23, Hästen 2:14, Norrö 3:7, Solö 1:112 …), SFS 1998:808 / (2010:900) / SFS 2011:338, org.nr 559123-4567, amounts, dates 2026-03-04 etc., Tel. 0176-710 00, 761 28 Norrtälje, 'Sida 2/4'. §37's table of delegation decisions (BYGG.2026.1002, BYGG.2026.1044, 2026-774, 2026/MIL0061) are references, not §37's own numbers. Hans Gryt replaces Anders Moln (L), who is absent and not listed. Lars Wede (kontrollansvarig named in the decision) and property owners do not act: not persons. Mirja Lind is the only justerare (head block 'Justerare:'; no Val av justerare §). Jonas Brandt 'instämmer' = proposed."})
# B
items = [I("§58", "Val av justerare", [], 2),
         I("§59", "Budget 2027 och flerårsplan 2028–2029", ["KS 2026/123"], 2, votes_summary="Ja 5, Nej 3, Avstår 1"),
         I("§60", "Motion från Peter Kvist (V) om fritidskort för unga", ["KS2026/0231"], 2),
         I("§61", "Försäljning av del av fastigheten Vägmästaren 3:11", ["KS 2026/0045-3"], 3),
         I("§62", "Svar på revisionsrapport – Granskning av intern kontroll", ["KS 2025/318:12"], 3),
         I("§63", "Arkivreglemente för Härnösands kommun", ["KS 2026/0412 023"], 3),
         I("§64", "Anmälan av delegationsbeslut", ["KS26/198"], 3),
         I("§65", "Kommundirektören informerar", [], 3)]
v = [("Anna-Karin Holm", "ja"), ("Mats Öberg", "nej"), ("Jenny Strand", "ja"), ("Olle Frid", "ja"), ("Lisa Nordmark", "nej"),
     ("Peter Kvist", "avstår"), ("Birgitta Alm", "nej"), ("Erik Lundh", "ja"), ("Maria Byström", "ja")]
docs.append({"file": "harnosand_kommunstyrelsen_2026-04-07_protokoll.pdf", "organization": "Härnösands kommun",
  "organ": "Kommunstyrelsen", "date": "2026-04-07", "doc_type": "protokoll", "pages": 4, "items": items,
  "persons": [P("Anna-Karin Holm", "S", OL), P("Mats Öberg", "M", ["vice ordförande", "ledamot", "justerare"]),
    P("Jenny Strand", "C", VL), P("Olle Frid", "S", L), P("Lisa Nordmark", "SD", L), P("Peter Kvist", "V", L),
    P("Birgitta Alm", "KD", L), P("Erik Lundh", "LPH", L), P("Maria Byström", "S", TJ), P("Gunnar Hed", "M", E),
    P("Amira Haddad", "S", E), P("Ida Ståhl", None, TF, "kommundirektör"), P("Robert Eng", None, TF, "ekonomichef"),
    P("Sara Holmqvist", None, SEK, "kommunsekreterare")],
  "actions": [A("Mats Öberg", "§58", "justerare"), A("Robert Eng", "§59", "presented"), A("Anna-Karin Holm", "§59", "proposed"),
    A("Mats Öberg", "§59", "proposed"), A("Lisa Nordmark", "§59", "proposed"), A(None, "§59", "reserved", "M"),
    A(None, "§59", "reserved", "SD"), A("Birgitta Alm", "§59", "protocol_note"), A("Peter Kvist", "§60", "raised"),
    A("Peter Kvist", "§60", "proposed"), A("Olle Frid", "§60", "proposed"), A("Peter Kvist", "§60", "reserved"),
    A("Ida Ståhl", "§65", "presented"), A("Erik Lundh", "§65", "raised")],
  "votes": [{"item": "§59", "round": 1, "person": n, "vote": x} for n, x in v],
  "kommuner": ["Härnösand", "Sundsvall"], "regions": ["Region Västernorrland"],
  "notes": "Ciceron-style. Case-number shapes: title-end brackets '(KS 2026/123)' (§59; number left out of the title), right of the § line without label 'KS2026/0231', 'Dnr KS 2025/318:12' (handling/document number after colon kept), 'Dnr KS 2026/0412 023' (archive/klassificering code 023 after the number: kept as printed, as part of the number on the Dnr line), 'KS26/198' (two-digit year); under the title 'Dnr KS 2026/0045-3' (document number after dash kept). 'Dnr' label dropped. Not case numbers: KF 2025-05-12 § 45, KF 2019-03-25 § 31 (cited decisions), KFN 2026/14 (another nämnd's case cited in running text), §64's delegation rows KS 2026/101, KS 2026/117, KS 2025/412 (references), 11 kap. 5 § kommunallagen (2017:725), 6 kap. 6 §, SFS 1990:782, 2 026 000 kr, org.nr 556901-2345, Vägmästaren 3:11, 0611-34 80 00, 871 80 Härnösand, Sida 2(4). LPH = local party Lokalpartiet Härnösand. Maria Byström is tjänstgörande ersättare for Kent Wallin (S) (absent, not listed; in the voteringslista Kent Wallin is the Ledamot column and Maria Byström votes). Vote: ja = avgöra i dag, nej = återremiss. Party reservation 'Moderaternas och Sverigedemokraternas ledamöter' = party actions M and SD. Lisa Nordmark 'instämmer' = proposed. Erik Lundh 'ställer en fråga' in §65 = raised; Ida Ståhl informs and answers = presented."})
# C
items = [I("§12", "Val av justerare", [], 3), I("§13", "Fastställande av dagordning", [], 3),
         I("§14", "Regional utvecklingsstrategi 2026–2035", ["RS/312/2026"], 3),
         I("§15", "Hyresavtal för Hammarstrands hälsocentral", ["RS/88/2026", "25RS1048"], 3),
         I("§16", "Motion från Jonas Frösö (V) om avgiftsfri mammografi", ["RS/455/2026"], 3),
         I("§17", "Yttrande över remissen Framtidens primärvård (SOU 2025:87)", ["RS/501/2026"], 3),
         I("§18", "Anmälningsärenden", [], 4)]
docs.append({"file": "region-jamtland-harjedalen_regionstyrelsen_2026-02-24_protokoll.pdf", "organization": "Region Jämtland Härjedalen",
  "organ": "Regionstyrelsen", "date": "2026-02-24", "doc_type": "protokoll", "pages": 4, "items": items,
  "persons": [P("Håkan Vidlund", "C", OL), P("Elin Aspgren", "S", VL), P("Mikael Thorén", "M", VL), P("Ann-Sofie Krång", "SD", L),
    P("Jonas Frösö", "V", ["ledamot", "justerare"]), P("Kerstin Berg", "KD", L), P("Lars Svedje", "S", L), P("Petra Ring", "MP", TJ),
    P("Sven Backe", "S", E), P("Göran Sjödin", None, TF, "regiondirektör"), P("Linnea Falk", None, TF, "ekonomidirektör"),
    P("Johan Ede", None, TF, "utvecklingsdirektör"), P("Maja Öst", None, SEK, "nämndsekreterare")],
  "actions": [A("Jonas Frösö", "§12", "justerare"), A("Johan Ede", "§14", "presented"), A("Elin Aspgren", "§14", "proposed"),
    A("Ann-Sofie Krång", "§14", "proposed"), A("Ann-Sofie Krång", "§14", "reserved"), A("Linnea Falk", "§15", "presented"),
    A("Jonas Frösö", "§16", "raised"), A("Jonas Frösö", "§16", "proposed"), A("Håkan Vidlund", "§16", "proposed"),
    A("Jonas Frösö", "§16", "reserved"), A("Göran Sjödin", "§17", "presented"), A("Mikael Thorén", "§17", "protocol_note")],
  "votes": [], "kommuner": ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"],
  "regions": ["Region Jämtland Härjedalen"],
  "notes": "Platina-like: page 2 is an Ärendelista (table of contents with an Ärendenummer column); item pages are where each § text starts (page 3/4). Shape series/serial/year 'RS/312/2026'. §15 prints 'Ärendenummer RS/88/2026 (tidigare 25RS1048)': the earlier number of the same ärende (two-digit year + series + serial) is printed for this item, so both are listed. §17's title ends in '(SOU 2025:87)', which is part of the title (an SOU reference), not a case number; 'Socialdepartementets diarienummer S2026/01234' is another authority's number cited in running text: not listed. §18's rows (RS/77/2026, RS/12/2026, RS/1210/2025) are anmälda handlingar = references; §18 has no own number. Also not case numbers: 2019-06-18 § 88, 2025-10-15 § 142 (cited decisions), Hammarstrand 4:112, punkt 4.3, Tel 063-14 75 00, Org.nr 232100-0214, 'Sida 3 av 4'. Petra Ring replaces Ola Kall (MP) (absent, not listed). Kommuner: the eight listed in §14 (Östersund also as meeting place; Ragunda kommun in §15)."})
# D
items = [I("§19", "Val av justerare", [], 2), I("§20", "Årsredovisning 2025", ["0045/26"], 2),
         I("§21", "Handlingsprogram enligt lagen om skydd mot olyckor 2027–2030", ["DIR 2026:7"], 2),
         I("§22", "Investering i höjdfordon för station Eslöv", ["2026-000112"], 3),
         I("§23", "Avtal om tjänsteman i beredskap med Kävlinge kommun", ["26/00131-2"], 3),
         I("§24", "Anmälan av delegationsbeslut", ["Dnr 2026/3"], 3),
         I("§25", "Förbundsdirektören informerar", [], 3)]
docs.append({"file": "raddningstjansten-syd_direktionen_2026-05-20_protokoll.docx", "organization": "Räddningstjänsten Syd",
  "organ": "Direktionen", "date": "2026-05-20", "doc_type": "protokoll", "pages": 3, "items": items,
  "persons": [P("Agneta Rolf", "S", OL), P("Johan Ekdahl", "M", VL), P("Fredrik Ljung", "S", ["ledamot", "justerare"]),
    P("Sara Wendt", "SD", L), P("Ove Lindkvist", "M", L), P("Hanna Pihl", "S", L), P("Karim Nasser", "L", TJ),
    P("Britt Ekstrand", "C", E), P("Kim Sahlberg", None, TF, "förbundsdirektör"), P("Lotta Hed", None, TF, "ekonomichef"),
    P("Nora Ekman", None, SEK, "direktionssekreterare")],
  "actions": [A("Fredrik Ljung", "§19", "justerare"), A("Lotta Hed", "§20", "presented"), A("Kim Sahlberg", "§21", "presented"),
    A("Sara Wendt", "§21", "proposed"), A("Agneta Rolf", "§21", "proposed"), A("Sara Wendt", "§21", "reserved"),
    A("Ove Lindkvist", "§22", "proposed"), A("Johan Ekdahl", "§22", "proposed"), A(None, "§22", "reserved", "M"),
    A("Kim Sahlberg", "§25", "presented"), A("Hanna Pihl", "§25", "raised")],
  "votes": [], "kommuner": ["Malmö", "Lund", "Burlöv", "Eslöv", "Kävlinge"], "regions": [],
  "notes": "Kommunalförbund (räddningstjänstförbund); organization = the förbund's name. Word template, 2 manual page breaks (3 pages). Each § starts with a 3-cell table row [§ | title | number]. Labels 'Diarienr:' dropped ('0045/26' serial/two-digit year, 'DIR 2026:7', '2026-000112' bare year + 6-digit serial, '26/00131-2' Public 360 two-digit year/serial-document). §24 prints 'Dnr 2026/3' (bare year/serial): written as printed with 'Dnr', following GOLD_FORMAT's example 'Dnr 2024/1' (the number has no series of its own). Not case numbers: '(dnr 0211/22)' in §21 (cited earlier decision 2022-12-08 § 88), §24's delegation rows 26/00098-1, 26/00102-3 (references), lagen (2003:778), 3 kap. 3 §, 12 kap. 1 §, org.nr 222000-1388, 3 412 000 kr, 9 400 000 kr, 241 38 Eslöv, 214 21 Malmö, 040-603 50 00. Karim Nasser replaces Pia Borg (L) (absent, not listed). 'Moderaternas ledamöter reserverar sig' = party M reserved (both M members had proposed återremiss). Hanna Pihl 'ställer en fråga' = raised."})
# E
M = [("Ingrid Nyström", "S", OL), ("Bertil Holm", "C", VL), ("Roger Sand", "SD", VL)]
rest = ["Lars Wiklund S", "Åsa Hed S", "Kjell Ottosson S", "Marie Bodin S", "Tord Svahn S", "Linda Ålund S", "Gustav Rehn S",
        "Eva Kron S", "Jan Höglund S", "Sigrid Mo C", "Anders Ljusne C", "Karin Fjäll C", "Mikael Torp SD", "Yvonne Dahl SD",
        "Sten Ulf SD", "Niklas Berg SD", "Nils Grund M", "Petra Lövgren M", "Henrik Ås M", "Klara Björk V", "Emil Strand V",
        "Ruth Enberg KD", "Olof Rudin L", "Tina Fors ÅF"]
pers = [P(n, p, r) for n, p, r in M]
for s in rest:
    n, p = s.rsplit(" ", 1)
    pers.append(P(n, p, ["ledamot", "justerare"] if n in ("Åsa Hed", "Nils Grund") else L))
pers += [P("Hugo Sjölander", "S", TJ), P("Dagmar Nord", "C", TJ), P("Lena Sörby", "SD", TJ), P("Filip Ask", "M", TJ),
         P("Helena Brink", None, TF, "ekonomichef"), P("Gunilla Ek", None, ["närvarande", "föredragande"], "revisorernas ordförande"),
         P("Jonas Persson", None, SEK, "kommunsekreterare")]
items = [I("§41", "Val av justerare", [], 2),
         I("§42", "Anmälan av motioner och interpellationer", ["KS-2026-00310", "KS-2026-00311", "2026/14 KF", "KF/2026/0005"], 2),
         I("§43", "Årsredovisning 2025 för Ånge kommun", ["KS-2026-00123"], 2),
         I("§44", "Revisionsberättelse och ansvarsfrihet för 2025", ["REV/2026:3"], 2),
         I("§45", "Svar på interpellation från Klara Björk (V) om skolskjutsar", ["2026/9 KF"], 2),
         I("§46", "Motion från Nils Grund (M) om fler laddstolpar vid kommunens anläggningar", ["KS-2025-00981"], 2, votes_summary="Ja 18, Nej 13")]
docs.append({"file": "ange_kommunfullmaktige_2026-04-27_protokoll.txt", "organization": "Ånge kommun",
  "organ": "Kommunfullmäktige", "date": "2026-04-27", "doc_type": "protokoll", "pages": 3, "items": items, "persons": pers,
  "actions": [A("Åsa Hed", "§41", "justerare"), A("Nils Grund", "§41", "justerare"), A("Klara Björk", "§42", "raised"),
    A("Roger Sand", "§42", "raised"), A("Nils Grund", "§42", "raised"), A("Emil Strand", "§42", "raised"), A("Helena Brink", "§43", "presented"),
    A("Lars Wiklund", "§43", "proposed"), A("Gunilla Ek", "§44", "presented"), A("Klara Björk", "§45", "raised"),
    A("Lars Wiklund", "§45", "presented"), A("Nils Grund", "§46", "raised"), A("Nils Grund", "§46", "proposed"),
    A("Lars Wiklund", "§46", "proposed"), A("Roger Sand", "§46", "proposed"), A(None, "§46", "reserved", "M"),
    A(None, "§46", "reserved", "SD")],
  "votes": [], "kommuner": ["Ånge"], "regions": [],
  "notes": "pdftotext -layout export (pages split by form feeds; 3 pages). §46 continues over the page break (running header in the middle of the Omröstning sentence). §42 announces two motions, an interpellation and a fråga; per GOLD_FORMAT their numbers (KS-2026-00310, KS-2026-00311, '2026/14 KF' = year/serial with series after, 'KF/2026/0005' = series/year/serial) are §42's own, and their authors are 'raised' on §42. §45's number '2026/9 KF' and §44's 'REV/2026:3' sit right of the § line; §43's 'Dnr: KS-2026-00123' under the title (label dropped). Not case numbers: (KS 2026-03-10 § 38), 2026-04-07 § 61 (cited decisions), 5 kap. 47 § kommunallagen, 14 260 000 kr. ÅF = local party Ånge Framåt. The four tjänstgörande ersättare replace Per Alnö (S), Ivar Viks (C), Bo Nyland (SD), Göran Ede (M), absent and not listed. Vote §46 only as a count (18 ja, 13 nej): votes_summary, no per-person votes. Gunilla Ek (revisorernas ordförande, no party printed) presents the revisionsberättelse: party null, roles närvarande + föredragande. Lars Wiklund answers the interpellation = presented; 'I debatten deltar' is no action. Party reservation M and SD (fullmäktigegrupper)."})
# F
docs.append({"file": "gislaved_kommunstyrelsens-arbetsutskott_2026-03-10_protokollsutdrag.pdf", "organization": "Gislaveds kommun",
  "organ": "Kommunstyrelsens arbetsutskott", "date": "2026-03-10", "doc_type": "protokoll", "pages": 2,
  "items": [I("§38", "Ansökan om investeringsbidrag till Reftele bygdegårdsförening för ny ventilation", ["KS 2026.0231"], 1)],
  "persons": [P("Marie Holm", "M", OL), P("Anders Sjö", "S", ["ledamot", "justerare"]), P("Carina Ek", "C", L),
    P("Lars Bengtsson", "SD", L), P("Tommy Lund", "KD", L),
    P("Oskar Lundin", None, TF, "näringslivs- och föreningsstrateg"), P("Eva Nord", None, SEK)],
  "actions": [A("Anders Sjö", None, "justerare"), A("Oskar Lundin", "§38", "presented"), A("Marie Holm", "§38", "proposed"),
    A("Lars Bengtsson", "§38", "proposed"), A("Anders Sjö", "§38", "proposed"), A("Lars Bengtsson", "§38", "reserved")],
  "votes": [], "kommuner": ["Gislaved"], "regions": [],
  "notes": "Protokollsutdrag (extract of one §) → doc_type protokoll. The case number is printed only in the running header of every page ('Dnr KS 2026.0231', series + year.serial); it is §38's number. '§ 38 (forts.)' on page 2 is the same item. Justerare from the signature block 'Justerare: Anders Sjö (S)' (no Val av justerare § in the extract): item null. Eva Nord is listed under 'Övriga' as sekreterare (no job title printed); taken as tjänsteperson. Not case numbers: KF 2024-09-26 § 112, org.nr 802456-7788, Reftele 5:31, BFS 2011:6, 0371-81 00 00, amounts, dates."})
# G
docs.append({"file": "vellinge_tekniska-namnden_2026-03-02_tjansteskrivelse.pdf", "organization": "Vellinge kommun",
  "organ": "Tekniska nämnden", "date": "2026-03-02", "doc_type": "tjänsteskrivelse", "pages": 1, "items": [],
  "persons": [P("Hanna Ljungqvist", None, TP, "trafikingenjör"), P("Mattias Rehn", None, TP, "teknisk chef")],
  "actions": [], "votes": [], "diarienummer": ["2026-TN-0089"], "kommuner": ["Vellinge", "Trelleborg"], "regions": [],
  "notes": "Tjänsteskrivelse (no meeting, no items); organ = 'Till Tekniska nämnden'. date = the skrivelse's date (no meeting date printed). The document's own number is in the 'Vår beteckning' cell: '2026-TN-0089' (year-series-serial). Not case numbers: TN § 112 of 2025-09-17 (cited decision), 'ärende TN 2024/0412' (earlier case cited in running text), 'Polisens dnr A123.456/2026' (another authority's number), trafikförordningen (1998:1276), 10 kap. 14 §, projekt 7120, 235 81 Vellinge, Tel 040-42 50 00, Direkttelefon 040-425 123, Org.nr 212000-1124, 1 260 000 kr. Skanör med Falsterbo and Höllviken are localities in Vellinge, not kommuner."})
# H
items = [I("§70", "Val av justerare", [], 1), I("§71", "Uppföljning av budget per april 2026", ["UBN-2026-0456"], 1),
         I("§72", "Skolorganisation för Gottsunda och Valsätra från höstterminen 2027", ["UBN-2025-1102"], 1),
         I("§73", "Svar på medborgarförslag om fler cykelställ vid Fyrisskolan", ["KSN-2026-0398"], 1),
         I("§74", "Information om läsårsstart", [], 1)]
docs.append({"file": "uppsala_utbildningsnamnden_2026-05-13_protokoll.html", "organization": "Uppsala kommun",
  "organ": "Utbildningsnämnden", "date": "2026-05-13", "doc_type": "protokoll", "pages": 1, "items": items,
  "persons": [P("Cecilia Forsberg", "M", OL), P("Jonas Ek", "L", VL), P("Helena Rudin", "S", ["vice ordförande", "ledamot", "justerare"]),
    P("Oskar Dahl", "S", L), P("Tove Bergh", "V", L), P("Rikard Sjöö", "SD", L), P("Elsa Grip", "C", L), P("Mats Ahl", "KD", L),
    P("Nora Sundqvist", "MP", L), P("Kalle Ström", "S", TJ), P("Lina Ek", "M", E),
    P("Ulrika Tengvall", None, TF, "utbildningsdirektör"), P("Petter Hjorth", None, TF, "controller"),
    P("Sanna Frid", None, SEK, "nämndsekreterare"), P("Karin Olofsson", None, [])],
  "actions": [A("Helena Rudin", "§70", "justerare"), A("Petter Hjorth", "§71", "presented"), A("Helena Rudin", "§72", "proposed"),
    A("Tove Bergh", "§72", "proposed"), A("Cecilia Forsberg", "§72", "proposed"), A(None, "§72", "reserved", "S"),
    A(None, "§72", "reserved", "V"), A("Nora Sundqvist", "§72", "protocol_note"), A("Karin Olofsson", "§73", "raised"),
    A("Ulrika Tengvall", "§74", "presented")],
  "votes": [], "kommuner": ["Uppsala", "Knivsta"], "regions": [],
  "notes": "Portal page (HTML, page 1). Case numbers in a separate 'Diarienummer' column of the ärende table and again under each § heading. §73's number is in the kommunstyrelse series (KSN-2026-0398): still the item's own. '(UBN-2026-0021)' in §71 is the case of a cited earlier decision (2026-01-28 § 9): not listed. Not case numbers: 10 kap. 39 § skollagen (2010:800), 12 400 000 kr, 753 75 Uppsala, 018-727 00 00, org.nr 212000-3071. Kalle Ström replaces Ahmed Yusuf (S) (absent, not listed). Karin Olofsson is the private author of the medborgarförslag handled in §73: listed (GOLD_FORMAT: authors of medborgarförslag) with party null and no role from the fixed list (roles []), action raised. 'Socialdemokraterna och Vänsterpartiet reserverar sig' = party actions S, V. Knivsta named in §74 (kommun named). Soft hyphens in body text (till&shy;läggsbelopp, Gottsunda\u00adskolan)."})

for d in docs:
    if d["items"]:
        u = []
        for it in d["items"]:
            for n in it["diarienummer"]:
                if n not in u: u.append(n)
        d["diarienummer"] = u
    d.setdefault("regions", [])
gold = {"format": "arkiv-gold/1", "documents": docs}
json.dump(gold, open("gold.json", "w"), ensure_ascii=False, indent=1)

# ---- checks
def text_of(f):
    if f.endswith(".pdf"):
        pages = subprocess.run(["pdftotext", "-layout", f, "-"], capture_output=True, text=True).stdout.split("\f")
        raw = subprocess.run(["pdftotext", f, "-"], capture_output=True, text=True).stdout
        return pages, raw
    if f.endswith(".txt"):
        t = open(f).read(); return t.split("\f"), t
    if f.endswith(".docx"):
        d = docx.Document(f); parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        t = "\n".join(parts); return [t], t
    t = open(f).read(); t = html.unescape(re.sub(r"<[^>]+>", " ", t)).replace("\u00ad", ""); return [t], t
norm = lambda s: re.sub(r"\s+", " ", s)
bad = 0
for d in json.load(open("gold.json"))["documents"]:
    pages, raw = text_of(d["file"])
    allt = norm(" ".join(pages) + " " + raw)
    if d["file"].endswith(".pdf"):
        n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", d["file"]], capture_output=True, text=True).stdout).group(1))
        if n != d["pages"]: print("PAGES", d["file"], n); bad += 1
    for it in d["items"]:
        t2 = " ".join(pages) + " " + raw
        for x in it["diarienummer"]: t2 = t2.replace("Dnr " + x, " ").replace("Ärende " + x, " ").replace(x, " ")
        if norm(it["title"]) not in allt and norm(it["title"]) not in norm(t2): print("TITLE", d["file"], it["title"]); bad += 1
        for x in it["diarienummer"]:
            if x not in allt: print("DNR", d["file"], x); bad += 1
        if d["file"].endswith((".pdf", ".txt")):
            num = it["number"].replace("§", "§ ")
            pg = [i + 1 for i, p in enumerate(pages) if re.search(r"^\s*" + re.escape(num) + r"(?!\d)", p, re.M)]
            pg = [x for x in pg if not d["file"].startswith("region") or x >= 3]
            if not pg or pg[0] != it["page"]: print("PAGE", d["file"], it["number"], pg, it["page"]); bad += 1
    for x in d["diarienummer"]:
        if x not in allt: print("DNR-doc", d["file"], x); bad += 1
    names = {p["name"] for p in d["persons"]}
    for p in d["persons"]:
        if p["name"] not in allt: print("NAME", d["file"], p["name"]); bad += 1
    for a in d["actions"]:
        if a["person"] and a["person"] not in names: print("ACT", d["file"], a); bad += 1
        if a["item"] and a["item"] not in {i["number"] for i in d["items"]}: print("ACTITEM", a); bad += 1
    for v in d["votes"]:
        if v["person"] not in names: print("VOTE", v); bad += 1
    for k in d["kommuner"]:
        if k not in allt: print("KOMMUN", d["file"], k); bad += 1
print("problems:", bad, "docs:", len(d) and len(json.load(open('gold.json'))["documents"]))
