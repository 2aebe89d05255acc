# Hand-written gold (kept as Python for comments); run to emit gold.json.
import json

def P(name, party, roles, title=None):
    d = {"name": name, "party": party, "roles": roles}
    if title:
        d["title"] = title
    return d

def A(person, item, kind, party=None):
    d = {"person": person, "item": item, "kind": kind}
    if party:
        d["party"] = party
    return d

def I(num, title, dnr, page, **kw):
    d = {"number": num, "title": title, "diarienummer": dnr, "page": page}
    d.update(kw)
    return d

docs = []

# ------------------------------------------------------------------ Vansbro KF
vm = [("Lars-Göran Myhr", "S"), ("Britt Sandberg", "C"), ("Gunnel Bäck", "M"), ("Karin Västlund", "S"),
      ("Maria Ek-Norling", "S"), ("Camilla Rydh", "S"), ("Anneli Djus", "S"), ("Tommy Backlund", "S"),
      ("Sofie Matsson", "S"), ("Rolf Ingels", "S"), ("Helena Persbo", "S"), ("Mikael Wiklund", "S"),
      ("Anders Grip", "C"), ("Malin Gäfvert", "C"), ("Lena Mårts", "C"), ("Jonas Hillbom", "C"),
      ("Fredrik Nääs", "M"), ("Ulrika Blomqvist", "M"), ("Stig Arnesson", "M"), ("Kjell Rask", "SD"),
      ("Therese Lund", "SD"), ("Bo Vestin", "SD"), ("Peter Frost", "SD"), ("Jenny Skoog", "SD"),
      ("Per-Erik Hed", "BR"), ("Kerstin Dalbom", "BR"), ("Ove Lindgren", "BR"), ("Lina Sjöberg", "V"),
      ("Arvid Holm", "V"), ("Erik Lindholm", "KD"), ("Agneta Wahlund", "L")]
tjg = {"Camilla Rydh", "Malin Gäfvert", "Bo Vestin"}
special = {"Lars-Göran Myhr": ["ordförande", "ledamot"], "Britt Sandberg": ["vice ordförande", "ledamot"],
           "Gunnel Bäck": ["vice ordförande", "ledamot", "föredragande"],
           "Karin Västlund": ["ledamot", "justerare"], "Per-Erik Hed": ["ledamot", "justerare"],
           "Anders Grip": ["ledamot", "föredragande"]}
persons = []
for n, p in vm:
    persons.append(P(n, p, special.get(n, ["tjänstgörande ersättare"] if n in tjg else ["ledamot"])))
persons += [P("Gösta Brodin", "S", ["ersättare"]), P("Emma Säll", "M", ["ersättare"]),
            P("Mats Ekholm", None, ["tjänsteperson"], "kommunchef"),
            P("Johanna Lindvall", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
            P("Annika Frid", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
            P("Jonas Dahlkvist", None, ["tjänsteperson", "föredragande"], "vd Vansbro Energi AB"),
            P("Sven Blom", None, ["närvarande", "föredragande"], "revisorernas ordförande"),
            P("Ingrid Mases", None, [])]
def vvote(n, p):
    if n == "Erik Lindholm":
        return "avstår"
    return "nej" if p in ("S", "V", "L") else "ja"
docs.append({
    "file": "vansbro_kommunfullmaktige_2026-04-27_protokoll.pdf",
    "organization": "Vansbro kommun", "organ": "Kommunfullmäktige", "date": "2026-04-27",
    "doc_type": "protokoll", "pages": 7,
    "items": [
        I("§31", "Val av justerare", [], 3),
        I("§32", "Godkännande av dagordning", [], 3),
        I("§33", "Information från Vansbro Energi AB", [], 3),
        I("§34", "Årsredovisning 2025 för Vansbro kommun", ["KS 2026/45"], 3),
        I("§35", "Ansvarsfrihet för kommunstyrelsen, nämnderna och de förtroendevalda i dessa organ för verksamhetsåret 2025", ["KS 2026/46"], 3),
        I("§36", "Motion från Lina Sjöberg (V) om avgiftsfri simskola för alla barn i årskurs 1", ["KS 2025/188"], 4,
          votes_summary="Ja 17, Nej 13, Avstår 1"),
        I("§37", "Interpellation till kommunstyrelsens ordförande om gatubelysningen i Äppelbo", ["KS 2026/61"], 5),
        I("§38", "Entledigande och fyllnadsval av ersättare i barn- och utbildningsnämnden", ["KS 2026/70"], 5),
        I("§39", "Anmälan av nya motioner och medborgarförslag", ["KS 2026/77", "KS 2026/80", "KS 2026/79"], 6),
        I("§40", "Meddelanden", [], 6),
    ],
    "persons": persons,
    "actions": [
        A("Karin Västlund", "§31", "justerare"), A("Per-Erik Hed", "§31", "justerare"),
        A("Jonas Dahlkvist", "§33", "presented"),
        A("Annika Frid", "§34", "presented"), A("Anders Grip", "§34", "proposed"),
        A("Karin Västlund", "§34", "proposed"), A("Per-Erik Hed", "§34", "proposed"),
        A("Sven Blom", "§35", "presented"), A("Britt Sandberg", "§35", "proposed"),
        A(None, "§35", "protocol_note", "SD"),
        A("Lina Sjöberg", "§36", "raised"), A("Lina Sjöberg", "§36", "proposed"),
        A("Maria Ek-Norling", "§36", "proposed"), A("Anders Grip", "§36", "proposed"),
        A("Kjell Rask", "§36", "proposed"), A(None, "§36", "reserved", "S"),
        A("Lina Sjöberg", "§36", "reserved"), A("Arvid Holm", "§36", "reserved"),
        A("Agneta Wahlund", "§36", "protocol_note"),
        A("Kjell Rask", "§37", "raised"), A("Anders Grip", "§37", "presented"),
        A("Gunnel Bäck", "§38", "presented"),
        A("Erik Lindholm", "§39", "raised"), A("Therese Lund", "§39", "raised"), A("Ingrid Mases", "§39", "raised"),
    ],
    "votes": [{"item": "§36", "round": 1, "person": n, "vote": vvote(n, p)} for n, p in vm],
    "diarienummer": ["KS 2026/45", "KS 2026/46", "KS 2025/188", "KS 2026/61", "KS 2026/70", "KS 2026/77",
                     "KS 2026/80", "KS 2026/79"],
    "kommuner": ["Vansbro", "Malung-Sälen"], "regions": ["Region Dalarna"],
    "notes": "Ciceron-like. Page 2 is a närvarolista; absent members Hans Olsson, Olle Jäverling, Nils Ahlgren are printed "
             "'(frånv.)' beside their tjänstgörande ersättare (Camilla Rydh for Hans Olsson, Malin Gäfvert for Olle Jäverling, "
             "Bo Vestin for Nils Ahlgren) and are not persons. §36 continues on page 5 ('§ 36 (forts.)'); its named "
             "voteringslista is Bilaga 1 on page 7 (votes recorded under the tjänstgörande ersättare's names). "
             "Dnr printed 'Dnr KS 2026/45' right of the § line; gold drops 'Dnr'. References not listed: KS 2025/210 (§34), "
             "BUN 2025/96 (§36). §38: Sofia Nylund (resigns) and Emil Strand (elected) are only subjects of the decision, not "
             "persons. Ingrid Mases is the private author of a medborgarförslag (raised, no role from the fixed list fits: roles []). "
             "Sven Blom is a förtroendevald revisor, no party printed. BR is a local party code, not spelled out in the "
             "document. 'föredragande' role given to everyone with a presented action. Chair signs by office; justerare "
             "are the two chosen in §31.",
})

# ------------------------------------------------------------------ Ljusnarsberg KS
docs.append({
    "file": "ljusnarsberg_kommunstyrelsen_2026-05-12_protokoll.docx",
    "organization": "Ljusnarsbergs kommun", "organ": "Kommunstyrelsen", "date": "2026-05-12",
    "doc_type": "protokoll", "pages": 5,
    "items": [
        I("§60", "Val av justerare", [], 2),
        I("§61", "Godkännande av dagordning", [], 2),
        I("§62", "Kommundirektörens information", ["KS/2026:3"], 2),
        I("§63", "Ekonomisk uppföljning per april 2026", ["KS/2026:15"], 2),
        I("§64", "Renovering av Kopparbergs simhall – val av entreprenadform och beslut om fortsatt projektering",
          ["KS/2026:87"], 3, votes_summary="Ja 7, Nej 4"),
        I("§65", "Motion från Anna-Karin Sjöholm (V) om fria mensskydd i kommunens skolor", ["KS/2025:214"], 4),
        I("§66", "Medborgarförslag om utegym vid Kopparbergs skola", ["KS/2026:12"], 4),
        I("§67", "Yttrande över remiss från Region Örebro län om länstransportplan för Örebro län 2026–2037",
          ["KS/2026:101"], 5),
        I("§68", "Redovisning av delegationsbeslut", [], 5),
        I("§69", "Meddelanden", [], 5),
        I("§70", "Fråga om snöröjningen i Ställdalen", [], 5),
    ],
    "persons": [
        P("Stefan Berggren", "S", ["ordförande", "ledamot", "föredragande"]),
        P("Ulf Karlsson", "M", ["vice ordförande", "ledamot"]),
        P("Annika Lindh", "S", ["ledamot"]), P("Roger Ström", "S", ["ledamot"]),
        P("Patrik Hellman", "S", ["tjänstgörande ersättare"]),
        P("Birgitta Olofsson", "M", ["ledamot"]), P("Jörgen Lind", "SD", ["ledamot", "justerare"]),
        P("Monica Ekdahl", "SD", ["ledamot"]), P("Kenneth Öhman", "KL", ["ledamot"]),
        P("Sara Wennberg", "C", ["ledamot"]), P("Mattias Ring", "V", ["ledamot"]),
        P("Lisa Forsberg", "V", ["ersättare"]), P("Håkan Björk", "SD", ["ersättare"]),
        P("Susanne Falk", None, ["tjänsteperson", "föredragande"], "kommundirektör"),
        P("Tomas Nyqvist", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
        P("Daniel Hjelm", None, ["tjänsteperson", "föredragande"], "fastighetschef"),
        P("Maja Lundin", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
        P("Anna-Karin Sjöholm", "V", []), P("Hampus Eriksson", None, []),
    ],
    "actions": [
        A("Jörgen Lind", "§60", "justerare"),
        A("Susanne Falk", "§62", "presented"), A("Tomas Nyqvist", "§63", "presented"),
        A("Daniel Hjelm", "§64", "presented"), A("Ulf Karlsson", "§64", "proposed"),
        A("Jörgen Lind", "§64", "proposed"), A("Stefan Berggren", "§64", "proposed"),
        A("Sara Wennberg", "§64", "proposed"), A("Ulf Karlsson", "§64", "reserved"),
        A("Birgitta Olofsson", "§64", "reserved"),
        A("Anna-Karin Sjöholm", "§65", "raised"), A("Mattias Ring", "§65", "proposed"),
        A("Stefan Berggren", "§65", "proposed"), A("Mattias Ring", "§65", "reserved"),
        A(None, "§65", "protocol_note", "V"),
        A("Hampus Eriksson", "§66", "raised"), A("Sara Wennberg", "§66", "proposed"),
        A("Roger Ström", "§66", "proposed"), A("Sara Wennberg", "§66", "protocol_note"),
        A("Jörgen Lind", "§67", "protocol_note"),
        A("Kenneth Öhman", "§70", "raised"), A("Stefan Berggren", "§70", "presented"),
    ],
    "votes": [],
    "diarienummer": ["KS/2026:3", "KS/2026:15", "KS/2026:87", "KS/2025:214", "KS/2026:12", "KS/2026:101"],
    "kommuner": ["Ljusnarsberg", "Lindesberg", "Hällefors", "Nora"], "regions": ["Region Örebro län"],
    "notes": "Platina-like DOCX with Word header (organ, date, PAGE/NUMPAGES fields) and footer (signature boxes). "
             "Pages = 4 manual page breaks + 1 = 5; §64 is split by a manual break and continues under '§ 64 forts.' on page 4. "
             "§ number and 'Dnr KS/2026:87' sit in a two-cell table row above the bold title. Patrik Hellman is tjänstgörande "
             "ersättare for Elin Mattsson (S), who is absent and not a person. §64 omröstning printed only as counts "
             "(7 ja / 4 nej, on avgöras i dag vs återremiss) → votes_summary only. Jörgen Lind 'instämmer i Ulf Karlssons "
             "yrkande' = proposed. Sara Wennberg 'antecknar till protokollet' = protocol_note. Kenneth Öhman 'ställer en "
             "fråga' = raised; the chair's answer = presented. §68's KS/2026:33 and KS/2026:40 are listed delegation "
             "decisions (references), §63's in-text '(KS/2026:15)' is the item's own number. Authors Anna-Karin Sjöholm "
             "(V, not a KS member) and Hampus Eriksson (private) have roles []. KL = Kopparbergslistan (local party; the "
             "explanation line contains a soft hyphen).",
})

# ------------------------------------------------------------------ Skinnskatteberg SN (txt)
docs.append({
    "file": "skinnskatteberg_socialnamnden_2026-03-18_protokoll.txt",
    "organization": "Skinnskattebergs kommun", "organ": "Socialnämnden", "date": "2026-03-18",
    "doc_type": "protokoll", "pages": 5,
    "items": [
        I("§15", "Information från förvaltningen", [], 2),
        I("§16", "Månadsuppföljning februari 2026", ["SN26/5"], 2),
        I("§17", "Revidering av riktlinjer för handläggning av ekonomiskt bistånd och hemutrustning", ["SN26/31"], 2),
        I("§18", "Svar på revisionsrapport – granskning av placeringar av barn och unga", ["SN26/22"], 3),
        I("§19", "Yttrande över motion från Berit Dahl (L) om anhörigstöd dygnet runt", ["SN26/40"], 4),
        I("§20", "Ärende enligt socialtjänstlagen – sekretess", ["SN26/3"], 4),
        I("§21", "Redovisning av delegationsbeslut", [], 5),
        I("§22", "Meddelanden", [], 5),
    ],
    "persons": [
        P("Kristina Nyström", "S", ["ordförande", "ledamot"]),
        P("Margareta Johansson", "C", ["vice ordförande", "ledamot"]),
        P("Lars Öberg", "S", ["ledamot", "justerare"]), P("Eva-Lotta Berglund", "S", ["ledamot"]),
        P("Ingvar Hjort", "SD", ["ledamot"]), P("Rune Sandell", "SD", ["ledamot"]),
        P("Hanna Kvist", "M", ["ledamot"]), P("Birger Alm", "BSK", ["ledamot"]),
        P("Maj-Britt Roos", "V", ["tjänstgörande ersättare"]), P("Gun Lindqvist", "S", ["ersättare"]),
        P("Helena Vikström", None, ["tjänsteperson", "föredragande"], "socialchef"),
        P("Mats Grönberg", None, ["tjänsteperson", "föredragande"], "enhetschef"),
        P("Sara Lindgren", None, ["tjänsteperson", "föredragande"], "ekonom"),
        P("Anna-Lena Forsgren", None, ["tjänsteperson", "föredragande"], "IFO-chef"),
        P("Petra Holm", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
        P("Berit Dahl", "L", []),
    ],
    "actions": [
        A("Lars Öberg", None, "justerare"),
        A("Helena Vikström", "§15", "presented"), A("Mats Grönberg", "§15", "presented"),
        A("Sara Lindgren", "§16", "presented"),
        A("Kristina Nyström", "§17", "proposed"), A("Margareta Johansson", "§17", "proposed"),
        A("Ingvar Hjort", "§17", "proposed"), A("Ingvar Hjort", "§17", "reserved"), A("Rune Sandell", "§17", "reserved"),
        A("Anna-Lena Forsgren", "§18", "presented"),
        A("Berit Dahl", "§19", "raised"), A("Birger Alm", "§19", "proposed"), A("Kristina Nyström", "§19", "proposed"),
        A(None, "§19", "protocol_note", "S"),
        A("Anna-Lena Forsgren", "§20", "presented"),
    ],
    "votes": [],
    "diarienummer": ["SN26/5", "SN26/31", "SN26/22", "SN26/40", "SN26/3"],
    "kommuner": ["Skinnskatteberg", "Köping", "Fagersta"], "regions": [],
    "notes": "Lex-like protocol as a pdftotext -layout export; 5 pages separated by form feeds. Case number sits in a column "
             "between '§ 17' and the title; titles of §17, §18, §19 wrap onto a second line. §17 continues on page 3 "
             "('§ 17 (forts.)'), where 'Margareta Johans-/son' and (in §18) 'Anna-/Lena Forsgren' are hyphenated at line ends. "
             "Justerare only in the head block ('Utses att justera Lars Öberg (S)') → item null. Maj-Britt Roos is tjg "
             "ersättare for Kent Wahl (V), absent, not a person. §19 'Ordföranden yrkar bifall' = Kristina Nyström proposed "
             "(substantive, not procedural). Not item numbers: KS 2025/77 (revision's case), KS 2026/19 (KF's motion case), "
             "SN26/12 (delegation decision). 'Västmanlands kommuner' is not a kommun. BSK = Bygdelistan Skinnskatteberg "
             "(local party). Berit Dahl (L) is the motion's author only (roles []).",
})

# ------------------------------------------------------------------ Region JH RUN
rj = [("Göran Wiklander", "C"), ("Sanna Brodin", "S"), ("Henrik Öhlén", "M"), ("Jan-Erik Lövgren", "S"),
      ("Marita Hemmingsson", "S"), ("Emelie Norberg", "S"), ("Ida Flygare", "C"), ("Camilla Bredberg", "M"),
      ("Per Dahlgren", "SD"), ("Linnea Hård", "SD"), ("Maja Tolf", "V"), ("Birgitta Eng", "KD"),
      ("Gunnar Hedman", "HV")]
def rv(p):
    return ("nej" if p in ("M", "SD") else "ja"), ("nej" if p == "M" else "avstår" if p == "SD" else "ja")
rroles = {"Göran Wiklander": ["ordförande", "ledamot", "föredragande"], "Sanna Brodin": ["vice ordförande", "ledamot"],
          "Henrik Öhlén": ["vice ordförande", "ledamot"], "Emelie Norberg": ["tjänstgörande ersättare"],
          "Birgitta Eng": ["tjänstgörande ersättare"], "Gunnar Hedman": ["ledamot", "justerare"]}
votes = []
for r in (1, 2):
    for n, p in rj:
        votes.append({"item": "§4", "round": r, "person": n, "vote": rv(p)[r - 1]})
docs.append({
    "file": "region-jamtland-harjedalen_regionala-utvecklingsnamnden_2026-02-19_protokoll.pdf",
    "organization": "Region Jämtland Härjedalen", "organ": "Regionala utvecklingsnämnden", "date": "2026-02-19",
    "doc_type": "protokoll", "pages": 4,
    "items": [
        I("§1", "Val av justerare", [], 2),
        I("§2", "Godkännande av dagordning", [], 2),
        I("§3", "Regionala utvecklingsdirektören informerar", [], 2),
        I("§4", "Verksamhetsplan med budget 2026 för regional utveckling – revidering efter regionfullmäktiges budgetbeslut",
          ["RUN/12/2026"], 2, votes_summary="Omröstning 1: Ja 9, Nej 4, Avstår 0; Omröstning 2: Ja 9, Nej 2, Avstår 2"),
        I("§5", "Medfinansiering av projektet Digital infrastruktur i Bergs kommun och Härjedalens kommun 2026–2028",
          ["RUN/57/2026"], 3),
        I("§6", "Motion om nattågstrafik till Storlien och fortsatt trafik på Mittbanan från Per Dahlgren (SD)",
          ["RUN/201/2025"], 3),
        I("§7", "Fråga om bredbandsstödet i Härjedalen", [], 4),
        I("§8", "Anmälan av delegationsbeslut", [], 4),
        I("§9", "Meddelanden", [], 4),
    ],
    "persons": [P(n, p, rroles.get(n, ["ledamot"])) for n, p in rj] + [
        P("Roland Sjödin", "C", ["ersättare"]),
        P("Mikael Östlund", None, ["tjänsteperson", "föredragande"], "regional utvecklingsdirektör"),
        P("Karin Sundqvist", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
        P("Lars-Erik Nord", None, ["tjänsteperson", "föredragande"], "controller"),
        P("Frida Hallgren", None, ["tjänsteperson", "föredragande"], "projektledare"),
    ],
    "actions": [
        A("Gunnar Hedman", "§1", "justerare"),
        A("Mikael Östlund", "§3", "presented"),
        A("Lars-Erik Nord", "§4", "presented"), A("Henrik Öhlén", "§4", "proposed"), A("Per Dahlgren", "§4", "proposed"),
        A("Göran Wiklander", "§4", "proposed"), A("Sanna Brodin", "§4", "proposed"), A(None, "§4", "reserved", "M"),
        A("Per Dahlgren", "§4", "protocol_note"),
        A("Frida Hallgren", "§5", "presented"), A("Maja Tolf", "§5", "proposed"), A("Göran Wiklander", "§5", "proposed"),
        A("Maja Tolf", "§5", "reserved"),
        A("Per Dahlgren", "§6", "raised"), A("Per Dahlgren", "§6", "proposed"), A("Linnea Hård", "§6", "proposed"),
        A("Sanna Brodin", "§6", "proposed"), A(None, "§6", "reserved", "SD"),
        A("Gunnar Hedman", "§7", "raised"), A("Göran Wiklander", "§7", "presented"),
    ],
    "votes": votes,
    "diarienummer": ["RUN/12/2026", "RUN/57/2026", "RUN/201/2025"],
    "kommuner": ["Berg", "Härjedalen", "Åre", "Östersund"],
    "regions": ["Region Jämtland Härjedalen", "Region Västernorrland"],
    "notes": "Meetings Plus-like. Attendance list on page 1 prints names inverted ('Öhlén, Henrik'); gold uses normal order. "
             "Emelie Norberg replaces Ola Strid and Birgitta Eng replaces Anders Vinnars (both absent, not persons). "
             "Justerare chosen in §1 (Gunnar Hedman, 'jämte ordföranden'); the chair signs by office. §4 has two named "
             "omröstningar in one table that starts on page 2 and continues on page 3 (round 1: avgöra i dag = ja vs återremiss; "
             "round 2: förvaltningens förslag = ja vs avslag); the tjg ersättare vote under their own names. §5: 'Ordföranden "
             "yrkar bifall ... och avslag på tilläggsyrkandet' counted as Göran Wiklander proposed. §7 'ställer en fråga' = "
             "raised; the chair 'svarar' = presented. References not listed: RS/1187/2025, RUN/311/2025, RUN/4/2026. "
             "Östersund is also the meeting place; it is named as 'Östersunds kommun' in §6. HV = Härjedalens Väl (local party). "
             "votes_summary for §4 written for both rounds in one string.",
})

# ------------------------------------------------------------------ Gullspång kallelse (HTML)
docs.append({
    "file": "gullspang_kommunfullmaktige_2026-06-15_kallelse.html",
    "organization": "Gullspångs kommun", "organ": "Kommunfullmäktige", "date": "2026-06-15",
    "doc_type": "kallelse", "pages": 1,
    "items": [
        I("1", "Upprop", [], 1),
        I("2", "Val av justerare och tid för justering", [], 1),
        I("3", "Fråga om kungörelse skett i laga ordning", [], 1),
        I("4", "Godkännande av dagordning", [], 1),
        I("5", "Allmänhetens frågestund", [], 1),
        I("6", "Information om delårsprognos för Gullspångs kommun", [], 1),
        I("7", "Årsredovisning 2025 för Gullspångsbostäder AB", ["2026.098 KS"], 1),
        I("8", "Revidering av reglemente för kommunstyrelsen och nämnderna med anledning av ny nämndorganisation från den 1 januari 2027", ["2026.067 KS"], 1),
        I("9", "Motion från Tobias Hägg (SD) om fler laddstolpar i Otterbäcken", ["2025.211 KS"], 1),
        I("10", "Medborgarförslag om belysning på gång- och cykelvägen Hova–Älgarås", ["2026.044 KS"], 1),
        I("11", "Interpellation från Bengt Ivarsson (KV) till kommunstyrelsens ordförande om skolskjutsarna", ["2026.101 KS"], 1),
        I("12", "Fråga från Åsa Ahlgren (M) om samarbetet med Mariestads kommun kring räddningstjänsten", [], 1),
        I("13", "Anmälan av nya motioner", ["2026.120 KS", "2026.122 KS"], 1),
        I("14", "Meddelanden", [], 1),
    ],
    "persons": [
        P("Lena Strand", "S", ["ordförande", "ledamot"]),
        P("Åsa Ahlgren", "M", ["justerare"]), P("Bengt Ivarsson", "KV", ["justerare"]),
        P("Henrik Ljung", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
        P("Anders Karlén", "C", ["föredragande"]),
        P("Tobias Hägg", "SD", []), P("Lisa Åberg", None, []),
        P("Karin Nilsson", "V", []), P("Peter Falk", "KV", []),
        P("Malin Berg", None, ["tjänsteperson"], "kommunsekreterare"),
    ],
    "actions": [
        A("Åsa Ahlgren", "2", "justerare"), A("Bengt Ivarsson", "2", "justerare"),
        A("Henrik Ljung", "6", "presented"),
        A("Tobias Hägg", "9", "raised"), A("Lisa Åberg", "10", "raised"),
        A("Bengt Ivarsson", "11", "raised"), A("Anders Karlén", "11", "presented"),
        A("Åsa Ahlgren", "12", "raised"),
        A("Karin Nilsson", "13", "raised"), A("Peter Falk", "13", "raised"),
    ],
    "votes": [],
    "diarienummer": ["2026.098 KS", "2026.067 KS", "2025.211 KS", "2026.044 KS", "2026.101 KS", "2026.120 KS", "2026.122 KS"],
    "kommuner": ["Gullspång", "Mariestad", "Töreboda"], "regions": [],
    "notes": "Portal page (HTML) with the föredragningslista as a table Nr | Ärende | Dnr | Handlingar; no pages, so page 1. "
             "Justerare proposed both in the head ('Förslag till justerare') and on row 2 → actions on item '2'. Planned "
             "presenters counted as presented: row 6 'Föredragande: ekonomichef Henrik Ljung', row 11 'Svar lämnas av "
             "kommunstyrelsens ordförande Anders Karlén (C)'. Row 8's '2022.310 KS' is a reference to the old reglemente, "
             "not listed. Row 13 announces two new motions and lists their numbers. Malin Berg is only the contact person "
             "('Upplysningar'), given tjänsteperson, not sekreterare. Authors without another role have roles []. "
             "Tolkförmedling Väst is no region. KV = Kommunens Väl (local party).",
})

# ------------------------------------------------------------------ Bjurholm råd
docs.append({
    "file": "bjurholm_radet-for-funktionshinderfragor_2026-03-09_minnesanteckningar.docx",
    "organization": "Bjurholms kommun", "organ": "Rådet för funktionshinderfrågor", "date": "2026-03-09",
    "doc_type": "minnesanteckningar", "pages": 2,
    "items": [
        I("1", "Mötets öppnande", [], 1),
        I("2", "Föregående minnesanteckningar", [], 1),
        I("3", "Tillgänglighet i nya sporthallen", [], 1),
        I("4", "Färdtjänst och riksfärdtjänst – ändrade regler från 1 juli", [], 1),
        I("5", "Information från socialtjänsten", [], 2),
        I("6", "Övriga frågor", [], 2),
        I("7", "Nästa möte", [], 2),
    ],
    "persons": [
        P("Birgitta Näslund", "C", ["ordförande", "ledamot", "justerare"]),
        P("Jonas Lundgren", "S", ["ledamot"]), P("Elsa Marklund", "BjP", ["ledamot"]),
        P("Anders Öhman", None, ["ledamot", "justerare"]), P("Siv Grahn", None, ["ledamot"]),
        P("Kent Abrahamsson", None, ["ledamot"]),
        P("Jörgen Hellström", None, ["tjänsteperson", "föredragande"], "fritidskonsulent"),
        P("Elin Berglund", None, ["tjänsteperson", "föredragande"], "enhetschef LSS"),
        P("Lina Fahlgren", None, ["sekreterare", "tjänsteperson"], "nämndsekreterare"),
    ],
    "actions": [
        A("Jörgen Hellström", "3", "presented"), A("Anders Öhman", "3", "raised"),
        A("Elin Berglund", "4", "presented"), A("Elin Berglund", "5", "presented"),
        A("Siv Grahn", "6", "raised"),
        A("Birgitta Näslund", None, "justerare"), A("Anders Öhman", None, "justerare"),
    ],
    "votes": [],
    "diarienummer": [],
    "kommuner": ["Bjurholm", "Vindeln", "Umeå"], "regions": ["Region Västerbotten"],
    "notes": "Plain Word template; one manual page break (2 pages). Unnumbered bold headings → items numbered 1–7 by order. "
             "The 'Närvarande' bullet list does not say 'ledamot'; politicians and organisation representatives "
             "(Neuroförbundet, SRF, DHR) are the råd's members and given 'ledamot' (party null for organisation reps). "
             "Mona Kvist had 'Förhinder' → absent, not a person. Nobody is chosen to justera; both signing under 'Justeras' "
             "(incl. the chair) are justerare with item null. Lina Fahlgren signs 'Vid anteckningarna' = sekreterare. "
             "'ställde en fråga' (Anders Öhman, 3) and 'väckte frågan' (Siv Grahn, 6) = raised; 'berättade om', "
             "'informerade', 'redogjorde' = presented. Kent Abrahamsson's thanks is no action. 'DHR Umeå–Bjurholm' and "
             "'SRF Västerbotten' are organisation names, but Umeå is also named as a kommun in item 4. BjP = Bjurholmspartiet.",
})

# ------------------------------------------------------------------ Överkalix tjänsteskrivelse
docs.append({
    "file": "overkalix_socialnamnden_2026-04-02_tjansteskrivelse.pdf",
    "organization": "Överkalix kommun", "organ": "Socialnämnden", "date": "2026-04-02",
    "doc_type": "tjänsteskrivelse", "pages": 2,
    "items": [],
    "persons": [
        P("Jenny Rova", None, ["tjänsteperson"], "verksamhetschef äldreomsorg"),
        P("Ulrika Palo", None, ["tjänsteperson"], "socialchef"),
    ],
    "actions": [], "votes": [],
    "diarienummer": ["SOC.2026.43"],
    "kommuner": ["Överkalix", "Haparanda", "Övertorneå"], "regions": ["Region Norrbotten"],
    "notes": "W3D3-like tjänsteskrivelse from Socialförvaltningen; 'Förslag till beslut' names Socialnämnden, so organ = "
             "Socialnämnden; date = the document date. No meeting → no items. Document diarienummer 'SOC.2026.43' in the "
             "running header; SN 2024/118 and KS 2025/64 are references in the text and not listed. Haparanda is named as "
             "'Haparanda stad' (a kommun). Jenny Rova is handläggare and signs; Ulrika Palo signs as socialchef.",
})

# ------------------------------------------------------------------ Ydre KSAU
docs.append({
    "file": "ydre_kommunstyrelsens-arbetsutskott_2026-05-05_protokoll.pdf",
    "organization": "Ydre kommun", "organ": "Kommunstyrelsens arbetsutskott", "date": "2026-05-05",
    "doc_type": "protokoll", "pages": 4,
    "items": [
        I("§40", "Fastställande av föredragningslista", [], 2),
        I("§41", "Ekonomisk månadsrapport april 2026", ["Dnr 2026/12"], 2),
        I("§42", "Taxa för offentlig kontroll och tillsyn enligt miljöbalken och livsmedelslagstiftningen 2027", ["Dnr 2026/34"], 2),
        I("§43", "Motion från Tord Ekstam (SD) om solceller på kommunens fastigheter", ["Dnr 2025/201"], 3),
        I("§44", "Medborgarförslag om lekplats i Österbymo", ["Dnr 2026/19"], 3),
        I("§45", "Information om samverkan kring räddningstjänst med Tranås kommun", ["Dnr 2026/51"], 3),
        I("§46", "Övriga frågor", [], 4),
    ],
    "persons": [
        P("Magnus Holm", "M", ["ordförande", "ledamot"]),
        P("Ann-Sofie Karlsson", "C", ["vice ordförande", "ledamot"]),
        P("Lennart Fogel", "S", ["ledamot", "justerare"]), P("Eva Larsson", "YF", ["ledamot"]),
        P("Tord Ekstam", "SD", ["ledamot"]),
        P("Pernilla Strid", None, ["tjänsteperson", "föredragande"], "kommunchef"),
        P("Oskar Lund", None, ["sekreterare", "tjänsteperson"], "kommunsekreterare"),
        P("Johan Wessman", None, ["tjänsteperson", "föredragande"], "ekonomichef"),
        P("Kajsa Ring", None, ["tjänsteperson", "föredragande"], "miljö- och byggchef"),
        P("Sanna Ljung", None, []),
    ],
    "actions": [
        A("Lennart Fogel", None, "justerare"),
        A("Johan Wessman", "§41", "presented"),
        A("Kajsa Ring", "§42", "presented"), A("Eva Larsson", "§42", "proposed"), A("Magnus Holm", "§42", "proposed"),
        A("Eva Larsson", "§42", "reserved"),
        A("Tord Ekstam", "§43", "raised"), A("Tord Ekstam", "§43", "proposed"), A("Magnus Holm", "§43", "proposed"),
        A("Lennart Fogel", "§43", "proposed"), A("Tord Ekstam", "§43", "reserved"),
        A("Sanna Ljung", "§44", "raised"), A("Ann-Sofie Karlsson", "§44", "proposed"),
        A("Pernilla Strid", "§45", "presented"), A("Lennart Fogel", "§45", "protocol_note"),
        A("Eva Larsson", "§46", "raised"), A("Pernilla Strid", "§46", "presented"),
    ],
    "votes": [],
    "diarienummer": ["Dnr 2026/12", "Dnr 2026/34", "Dnr 2025/201", "Dnr 2026/19", "Dnr 2026/51"],
    "kommuner": ["Ydre", "Tranås", "Kinda"], "regions": ["Region Östergötland"],
    "notes": "Netpublicator-like. Page 1 has the head block and an 'Ärendelista' (table of contents); item pages are where "
             "each § text starts (pages 2–4). Each § is a shaded bar: '§ 42 | title | Dnr 2026/34' with the title wrapping "
             "inside the bar. Bare-year case numbers printed 'Dnr 2026/34' are kept with 'Dnr' (as GOLD_FORMAT's example "
             "'Dnr 2024/1'); dnr 2024/211 in §42 text is a reference. §42 runs over the page break from page 2 to 3 "
             "without any 'forts.' marker. Justerare only in the head block → item null. Yrkande phrasings: 'föreslår att' "
             "(Eva Larsson §42), 'yrkar bifall/avslag', 'instämmer i ordförandens yrkande' (Lennart Fogel §43), 'På förslag "
             "av Ann-Sofie Karlsson (C)' (§44). 'Under ärendet närvarar ... som redogör' = presented. §40 mentions Eva "
             "Larsson's övrig fråga only as an agenda change; the question itself is raised in §46. YF = Ydre Framåt "
             "(local party). Sanna Ljung is the medborgarförslag's private author (roles []).",
})

json.dump({"format": "arkiv-gold/1", "documents": docs}, open("gold.json", "w"), ensure_ascii=False, indent=1)
print("ok", len(docs))
