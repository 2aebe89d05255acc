# Gold for kommuner58, written by hand from reading the documents (pdftotext, page renders, docx/html text).
import json, os
OUT = os.path.dirname(os.path.abspath(__file__))

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

# 1 ---------------------------------------------------------------- Region Jönköpings län
L, O, V, J, T, E, S, F = "ledamot", "ordförande", "vice ordförande", "justerare", "tjänsteperson", "ersättare", "sekreterare", "föredragande"
TJ = "tjänstgörande ersättare"
items = [
    I("§201", "Val av justerare och tid för justering", [], 2),
    I("§202", "Fastställande av dagordning", [], 2),
    I("§203", "Regiondirektören informerar", [], 2),
    I("§204", "Delårsrapport per oktober 2026 med helårsprognos", ["RJL 2026/0982"], 2),
    I("§205", "Revidering av riktlinjer för resor och möten inom Region Jönköpings län samt hantering av "
      "klimatkompensation för tjänsteresor", ["RJL 2026/1187"], 3),
    I("§206", "Avtal om samverkan kring ambulanssjukvård i gränsområdet mot Region Kronoberg", ["RJL 2026/1034"], 3),
    I("§207", "Svar på motion – Avgiftsfria mensskydd på länets vårdcentraler", ["RJL 2025/2210"], 4,
      votes_summary="Ja 11, Nej 2"),
    I("§208", "Anmälan av meddelanden", [], 4),
    I("§209", "Anmälan av delegationsbeslut", ["RJL 2026/0051"], 5),
]
persons = [
    P("Malin Ekelund", "KD", [O, L]), P("Johan Strandqvist", "M", [V, L]), P("Rebecka Lindahl", "S", [V, L, J]),
    P("Andreas Forsgren", "C", [L, J]), P("Kerstin Malmgren", "SD", [L]), P("Nils-Erik Söderbom", "S", [L]),
    P("Louise Bergh Karlsson", "KD", [L]), P("Tomas Wikander", "L", [L]), P("Sabina Ekström", "V", [L]),
    P("Ingrid Holmqvist", "M", [L]), P("Kristoffer Sjölin", "SD", [L]),
    P("Håkan Fridell", "S", [TJ]), P("Emma Roos", "MP", [TJ]),
    P("Gunnel Ahl", "KD", [E]), P("Ola Berggren", "S", [E]), P("Jenny Sahlin", "M", [E]),
    P("Lena Haraldsson", None, [T, F], "regiondirektör"), P("Mikael Örn", None, [T, F], "ekonomidirektör"),
    P("Cecilia Wallin", None, [T, F], "hälso- och sjukvårdsdirektör"),
    P("Patrik Nyström", None, [T, F], "ambulanschef"), P("Anneli Thunberg", None, [S, T], "nämndsekreterare"),
]
actions = [
    A("Rebecka Lindahl", "§201", "justerare"), A("Andreas Forsgren", "§201", "justerare"),
    A("Lena Haraldsson", "§203", "presented"),
    A("Mikael Örn", "§204", "presented"), A("Malin Ekelund", "§204", "proposed"), A("Rebecka Lindahl", "§204", "proposed"),
    A("Johan Strandqvist", "§204", "proposed"), A(None, "§204", "reserved", "S"),
    A("Sabina Ekström", "§205", "protocol_note"),
    A("Patrik Nyström", "§206", "presented"),
    A("Sabina Ekström", "§207", "raised"), A("Cecilia Wallin", "§207", "presented"),
    A("Sabina Ekström", "§207", "proposed"), A("Emma Roos", "§207", "proposed"), A("Malin Ekelund", "§207", "proposed"),
    A("Sabina Ekström", "§207", "reserved"), A("Emma Roos", "§207", "reserved"),
]
docs.append({"file": "region-jonkopings-lan_regionstyrelsen_2026-11-17_protokoll.pdf",
             "organization": "Region Jönköpings län", "organ": "Regionstyrelsen", "date": "2026-11-17",
             "doc_type": "protokoll", "pages": 5, "items": items, "persons": persons, "actions": actions, "votes": [],
             "kommuner": ["Värnamo", "Ljungby"], "regions": ["Region Jönköpings län", "Region Kronoberg"],
             "notes": "Platina-style. Page 1 is the attendance page; §§ start on page 2. §204 continues from page 2 to 3 "
                      "and §206 from page 3 to 4 (no 'forts.' marker). §207 title is printed justified with wide gaps and "
                      "wraps. Case numbers printed under the title as 'Diarienummer: RJL …'; the label is not part of the "
                      "number. §209 cites RJL 2026/1122 and RJL 2026/1140 for listed delegation decisions: references, "
                      "not item numbers. §207 omröstning is a bare count (no names): only votes_summary. "
                      "Håkan Fridell replaces Amra Ljungberg (S) and Emma Roos replaces Magnus Åhl (MP): the replaced "
                      "members are not persons. Cecilia Wallin 'redogör för förvaltningens bedömning' in §207: presented. "
                      "'Socialdemokraternas ledamöter reserverar sig' in §204: party action S. Emma Roos 'instämmer' in "
                      "§207: proposed. Chair's propositionsordning is not proposed. 'Jönköping' appears only as the "
                      "town of the meeting place and inside the region's name: not listed as a kommun."})

# 2 ---------------------------------------------------------------- Härjedalens kommun KF
KF = [("Birgitta Olofsson", "C", [O, L]), ("Stig Mårtensson", "S", [V, L]), ("Ingela Brandt", "M", [V, L]),
      ("Mikael Hallgren", "S", [L]), ("Maria Sjöholm", "S", [L, J]), ("Eva Thörnqvist", "S", [L]),
      ("Anders Nordlöf", "S", [L]), ("Karin Jonsson", "S", [L]), ("Marie Kallin", "S", [TJ]),
      ("Lena Persson", "S", [L]), ("Thomas Wiklund", "S", [L]), ("Annika Berg", "S", [L]),
      ("Per-Erik Dahl", "S", [L]), ("Sofie Mattsson", "S", [L]), ("Sofia Ring", "M", [L]), ("Gustav Ek", "M", [L]),
      ("Helena Ljung", "M", [L]), ("Martin Hedberg", "M", [L]), ("Therese Lund", "M", [L]),
      ("Lars-Göran Hedlund", "C", [L, J]), ("Sara Lindh", "C", [L]), ("Jan Ersson", "C", [L]),
      ("Anne-Charlotte Westerberg", "C", [L]), ("Jonas Åkerlind", "SD", [L]), ("Kenneth Ström", "SD", [L]),
      ("Camilla Björk", "SD", [L]), ("Bo Strömberg", "SD", [TJ]), ("Malin Sundqvist", "SD", [L]),
      ("Peter Haraldsson", "SD", [L]), ("Ulla-Britt Hägg", "V", [L]), ("Oskar Lindqvist", "V", [L]),
      ("Karl Nyberg", "KD", [L]), ("Elin Forsberg", "L", [L]), ("Patrik Lundmark", "HP", [L]),
      ("Gun Axelsson", "HP", [L])]
vote_of = {"S": "ja", "C": "ja", "M": "ja", "L": "ja", "SD": "nej", "V": "nej", "HP": "nej", "KD": "avstår"}
persons = [P(n, p, r) for n, p, r in KF] + [
    P("Lisa Norén", "M", [E, TJ]), P("Håkan Berglund", "S", [E]), P("Mona Eriksson", "C", [E]),
    P("Fredrik Alm", "SD", [E]),
    P("Anna-Karin Bäck", None, [T], "kommundirektör"), P("Lotta Eng", None, [T, F], "ekonomichef"),
    P("Henrik Olsson", None, [S, T], "kommunsekreterare"), P("Gunilla Persson", None, [])]
votes = [{"item": "§146", "round": 1, "person": n, "vote": vote_of[p]} for n, p, r in KF]
items = [
    I("§140", "Val av justerare", [], 2),
    I("§141", "Godkännande av kungörelse och dagordning", [], 2),
    I("§142", "Anmälan av inkomna motioner, medborgarförslag, interpellationer och frågor",
      ["KS 2026/301", "KS 2026/298", "KS 2026/305", "KS 2026/312"], 2),
    I("§143", "Svar på interpellation från Jonas Åkerlind (SD) om skolskjutsar i Hede", ["KS 2026/244"], 2),
    I("§144", "Fråga om kommunens beredskap vid långvariga elavbrott", ["KS 2026/290"], 3),
    I("§145", "Delårsrapport januari–augusti 2026 för Härjedalens kommun", ["KS 2026/188"], 3),
    I("§146", "Svar på motion från Ulla-Britt Hägg (V) om fritidskort för barn och unga", ["KS 2025/412"], 3,
      votes_summary="Ja 24, Nej 10, Avstår 1"),
    I("§147", "Svar på medborgarförslag om hundrastgård i Sveg", ["KS 2026/97"], 5),
    I("§148", "Ändring av taxa för prövning och tillsyn enligt miljöbalken från och med 2027-01-01", ["KS 2026/156"], 5),
    I("§149", "Fyllnadsval av ersättare i socialnämnden efter Lena Sundin (L)", ["KS 2026/37"], 5),
    I("§150", "Meddelanden", [], 5),
]
actions = [
    A("Lars-Göran Hedlund", "§140", "justerare"), A("Maria Sjöholm", "§140", "justerare"),
    A("Patrik Lundmark", "§142", "raised"), A("Sofia Ring", "§142", "raised"), A("Elin Forsberg", "§142", "raised"),
    A("Jonas Åkerlind", "§143", "raised"), A("Eva Thörnqvist", "§143", "presented"),
    A("Karl Nyberg", "§144", "raised"), A("Mikael Hallgren", "§144", "presented"),
    A("Lotta Eng", "§145", "presented"), A("Mikael Hallgren", "§145", "proposed"), A("Ingela Brandt", "§145", "proposed"),
    A(None, "§145", "protocol_note", "V"),
    A("Ulla-Britt Hägg", "§146", "raised"), A("Ulla-Britt Hägg", "§146", "proposed"),
    A("Patrik Lundmark", "§146", "proposed"), A("Oskar Lindqvist", "§146", "proposed"),
    A("Mikael Hallgren", "§146", "proposed"),
    A("Ulla-Britt Hägg", "§146", "reserved"), A("Oskar Lindqvist", "§146", "reserved"),
    A("Patrik Lundmark", "§146", "reserved"), A("Gun Axelsson", "§146", "reserved"),
    A("Gunilla Persson", "§147", "raised"),
    A("Jonas Åkerlind", "§148", "proposed"), A("Sara Lindh", "§148", "proposed"), A(None, "§148", "reserved", "SD"),
    A("Elin Forsberg", "§149", "proposed"),
]
docs.append({"file": "harjedalen_kommunfullmaktige_2026-10-26_protokoll.pdf",
             "organization": "Härjedalens kommun", "organ": "Kommunfullmäktige", "date": "2026-10-26",
             "doc_type": "protokoll", "pages": 5, "items": items, "persons": persons, "actions": actions, "votes": votes,
             "kommuner": ["Härjedalen"], "regions": [],
             "notes": "Ciceron-style: '§ 143   Dnr KS 2026/244' on one line, title below; §§140–142 and §150 print no "
                      "Dnr. Case numbers written without the 'Dnr' label (organ-prefixed numbers). §142 announces new "
                      "matters and gets the four numbers it gives them; their authors (Patrik Lundmark, Sofia Ring, "
                      "Elin Forsberg) are 'raised' there; the medborgarförslag in §142 names no author. §146 spans pages "
                      "3–5: its voteringslista runs over page 4 and its 'Summa' row sits alone on top of page 5. "
                      "Voteringslista has a 'Ledamot' column beside 'Tjänstgörande ersättare': Roger Edin and Ronny Eklund "
                      "are replaced (absent, not persons); Marie Kallin and Bo Strömberg vote. Gustav Ek attends until "
                      "§146 (ledamot, votes in §146); Lisa Norén is listed as ersättare and serves for him from §147: "
                      "roles ersättare + tjänstgörande ersättare. 'Anne-Charlotte Wester-/berg' is hyphen-broken over two "
                      "lines in the attendance list (spelled whole in the voteringslista). Gunilla Persson is the private "
                      "author of the medborgarförslag in §147: listed (party null, no role) because GOLD_FORMAT makes "
                      "medborgarförslag authors 'raised'. Lena Sundin (entledigad) and Tove Bergkvist (elected) in §149 "
                      "do not act in the meeting: not persons; Elin Forsberg 'föreslår' Tove Bergkvist: proposed. "
                      "Eva Thörnqvist answers the interpellation (§143) and Mikael Hallgren the fråga (§144): presented. "
                      "Karl Nyberg only 'deltar i debatten' in §143: no action. 'Vänsterpartiets ledamöter' protocol note "
                      "(§145) and 'Sverigedemokraternas fullmäktigegrupp' reservation (§148) are party actions. "
                      "HP is the local party code. KS 2026/277 in §150 is a reference inside a meddelande, not the item's "
                      "number. Sveg, Hede, Funäsdalen are towns (tätorter), not kommuner."})

# 3 ---------------------------------------------------------------- Lerum MBN
items = [
    I("§81", "Information från förvaltningschefen", [], 2),
    I("§82", "Ekonomisk uppföljning per augusti 2026", ["MBN 2026-000012"], 2),
    I("§83", "Ansökan om bygglov för nybyggnad av flerbostadshus samt rivning av komplementbyggnad på fastigheten "
      "Aspen 1:145", ["B 2026-000512"], 2),
    I("§84", "Föreläggande om åtgärder för enskild avloppsanläggning, Hjällsnäs 3:12", ["M 2026-000877"], 3),
    I("§85", "Yttrande över samrådsförslag till detaljplan för Stenkullen centrum, etapp 2", ["MBN 2026-000401"], 3),
    I("§86", "Redovisning av delegationsbeslut", ["MBN 2026-000003"], 3),
    I("§87", "Meddelanden", [], 3),
]
persons = [
    P("Ulrika Frick", "M", [O, L]), P("Johan Dahlgren", "S", [V, L]), P("Bengt Gullberg", "L", [L, J]),
    P("Lisbeth Kron", "C", [L]), P("Maria Öhrn", "MP", [L]), P("Per Ahlberg", "SD", [L]), P("Anders Thulin", "S", [L]),
    P("Vera Nilsson", "KD", [TJ]), P("Hanna Berglöf", "S", [TJ]),
    P("Mats Enqvist", "M", [E]), P("Linnea Bodin", "SD", [E]),
    P("Henrik Ståhl", None, [T, F], "förvaltningschef"), P("Nina Lund", None, [T, F], "controller"),
    P("Josefin Hermansson", None, [T, F], "bygglovshandläggare"), P("Sanna Kvist", None, [T, F], "miljöinspektör"),
    P("Amir Hadžić", None, [T, F], "planarkitekt"), P("Therese Alm", None, [S, T], "nämndsekreterare"),
]
actions = [
    A("Bengt Gullberg", None, "justerare"),
    A("Henrik Ståhl", "§81", "presented"), A("Nina Lund", "§82", "presented"),
    A("Josefin Hermansson", "§83", "presented"), A("Per Ahlberg", "§83", "proposed"), A("Johan Dahlgren", "§83", "proposed"),
    A("Per Ahlberg", "§83", "reserved"),
    A("Sanna Kvist", "§84", "presented"), A("Amir Hadžić", "§85", "presented"), A("Maria Öhrn", "§85", "protocol_note"),
]
docs.append({"file": "lerum_miljo-och-byggnamnden_2026-09-15_protokoll.pdf",
             "organization": "Lerums kommun", "organ": "Miljö- och byggnämnden", "date": "2026-09-15",
             "doc_type": "protokoll", "pages": 3, "items": items, "persons": persons, "actions": actions, "votes": [],
             "kommuner": ["Lerum", "Partille"], "regions": [],
             "notes": "Meetings Plus-style: the case number is printed right-aligned on the line ABOVE the '§ 83 Title' "
                      "line, so in text extraction it follows the previous §'s text. Three case-number series: MBN-, B- "
                      "(bygglov) and M- (miljö) with six-digit serials. §83 continues from page 2 to 3. Justerare is "
                      "named only in the head block ('Utses att justera'), no Val av justerare §: item null. "
                      "Vera Nilsson and Hanna Berglöf replace Rolf Magnusson and Ahmed Yusuf (not persons). "
                      "B 2025-000933 in §87 is a reference in a meddelande, not an item number."})

# 4 ---------------------------------------------------------------- Tranås KSAU docx
items = [
    I("§61", "Fastställande av dagordning", [], 2),
    I("§62", "Budgetdialog inför Mål och budget 2027–2029", ["Dnr 2026/87 041"], 2),
    I("§63", "Försäljning av del av fastigheten Ekhagen 4:1 till Tranås Energi AB", ["Dnr 2026/112 253"], 2),
    I("§64", "Motion från Ove Karlsson (FT) om belysning längs gång- och cykelvägen vid Svartån", ["Dnr 2025/298 008"], 3),
    I("§65", "Yttrande över remiss – Regional transportplan för Jönköpings län 2026–2037", ["Dnr 2026/131 310"], 4),
    I("§66", "Lägesrapport – nybyggnation av särskilt boende i Norrby", ["Dnr 2024/455 291"], 4),
]
persons = [
    P("Helene Ask", "M", [O, L]), P("Per-Arne Lind", "S", [V, L]), P("Anna Sjöberg", "C", [L, J]),
    P("Ove Karlsson", "FT", [L]), P("Lina Hellberg", "KD", [TJ]), P("Karl-Johan Strid", "S", [E]),
    P("Kristina Lönn", None, [T], "kommundirektör"), P("Fredrik Lövgren", None, [T, F], "ekonomichef"),
    P("Malin Djup", None, [T, F], "mark- och exploateringsingenjör"), P("Sven Aldén", None, [T, F], "projektledare"),
    P("Jessica Ahl", None, [S, T], "kommunsekreterare"),
]
actions = [
    A("Anna Sjöberg", None, "justerare"),
    A("Fredrik Lövgren", "§62", "presented"),
    A("Malin Djup", "§63", "presented"), A("Helene Ask", "§63", "proposed"), A("Ove Karlsson", "§63", "proposed"),
    A("Ove Karlsson", "§63", "reserved"),
    A("Ove Karlsson", "§64", "raised"), A("Per-Arne Lind", "§64", "proposed"), A("Helene Ask", "§64", "proposed"),
    A(None, "§64", "protocol_note", "S"),
    A("Sven Aldén", "§66", "presented"),
]
docs.append({"file": "tranas_kommunstyrelsens-arbetsutskott_2026-05-12_protokoll.docx",
             "organization": "Tranås kommun", "organ": "Kommunstyrelsens arbetsutskott", "date": "2026-05-12",
             "doc_type": "protokoll", "pages": 4, "items": items, "persons": persons, "actions": actions, "votes": [],
             "kommuner": ["Tranås", "Nässjö", "Aneby"], "regions": ["Region Jönköpings län"],
             "notes": "Plain Word template. Three manual page breaks -> 4 pages (after the attendance/signature page, "
                      "inside §63, before §65); page numbers counted from these breaks. Each § head is a 3-cell "
                      "borderless table row: '§ 62 | title | Dnr 2026/87 041'. Case numbers have no organ prefix and carry "
                      "a trailing archive code (' 041'); written with their 'Dnr' as printed since the bare number has no "
                      "other marker (GOLD_FORMAT's 'Dnr 2024/1' example). §63 continues on page 3 under '§ 63 (forts.)'. "
                      "Justerare only in the head table: item null. FT (Framtid Tranås) is an invented local party code. "
                      "'Socialdemokraterna lämnar en protokollsanteckning' (§64): party action S. Ove Karlsson's "
                      "återremiss yrkande (§63): proposed. Lina Hellberg replaces Robert Ek (not a person). "
                      "'Jönköpings län' in the §65 title is the county, the region is named as 'Region Jönköpings län' "
                      "in the text."})

# 5 ---------------------------------------------------------------- Vimmerby kallelse
rows = [("1", "Val av justerare", [], 1), ("2", "Godkännande av dagordning", [], 1),
        ("3", "Information från förvaltningschefen", [], 1),
        ("4", "Ekonomisk uppföljning november 2026", ["BUN.2026.12"], 1),
        ("5", "Internbudget 2027 för barn- och utbildningsnämnden", ["BUN.2026.88"], 1),
        ("6", "Revidering av riktlinjer för skolskjuts i Vimmerby kommun inklusive skolskjuts vid växelvis boende",
         ["BUN.2026.71"], 1),
        ("7", "Svar på motion från Elsa Brandt (V) om fri frukost i grundskolan", ["BUN.2026.54"], 1),
        ("8", "Svar på medborgarförslag om fler förskoleplatser i Södra Vi", ["BUN.2026.63"], 1),
        ("9", "Yttrande till Skolinspektionen angående anmälan avseende Tuna skola", ["BUN.2026.102"], 2),
        ("10", "Plan för systematiskt kvalitetsarbete 2027", ["BUN.2026.97"], 2),
        ("11", "Redovisning av delegationsbeslut", ["BUN.2026.2"], 2),
        ("12", "Anmälningsärenden", ["BUN.2026.3"], 2),
        ("13", "Övriga frågor", [], 2)]
items = [I(*r) for r in rows]
persons = [
    P("Linnéa Fagerström", "C", [O, L]), P("Tobias Wennerholm", None, [S, T]), P("Roger Malm", "SD", [J]),
    P("Helena Sköld", None, [T, F], "förvaltningschef"), P("Peter Lindgren", None, [T, F], "controller"),
    P("Jonas Ek", None, [T, F], "skolskjutssamordnare"), P("Maja Törnblom", None, [T, F], "förskolechef"),
    P("Ida Rosén", None, [T, F], "kvalitetsstrateg"), P("Elsa Brandt", "V", []),
]
actions = [A("Roger Malm", "1", "justerare"),
           A("Helena Sköld", "3", "presented"), A("Peter Lindgren", "4", "presented"), A("Helena Sköld", "5", "presented"),
           A("Jonas Ek", "6", "presented"), A("Elsa Brandt", "7", "raised"), A("Helena Sköld", "7", "presented"),
           A("Maja Törnblom", "8", "presented"), A("Helena Sköld", "9", "presented"), A("Ida Rosén", "10", "presented")]
docs.append({"file": "vimmerby_barn-och-utbildningsnamnden_2026-12-09_kallelse.pdf",
             "organization": "Vimmerby kommun", "organ": "Barn- och utbildningsnämnden", "date": "2026-12-09",
             "doc_type": "kallelse", "pages": 2, "items": items, "persons": persons, "actions": actions, "votes": [],
             "kommuner": ["Vimmerby"], "regions": [],
             "notes": "Netpublicator-style kallelse, dated 2026-12-01 for the meeting 2026-12-09 (date = meeting). Rows "
                      "numbered '1.'–'13.' with the case number right-aligned on the title line (shape BUN.2026.88), then "
                      "'Föredragande: …' and 'Förslag till beslut: …'. Rows 6–8 wrap. Page 2 header says '(forts.)'. "
                      "'Förslag till justerare: Roger Malm (SD)' in the head block is put on row 1 'Val av justerare'; he "
                      "gets role justerare only (the kallelse does not say he is ledamot). Named föredragande are "
                      "recorded as presented on their rows (planned presentation) with role föredragande. Elsa Brandt "
                      "(V) is the motion author in row 7's title: raised, no attendance role. Linnéa Fagerström is "
                      "named as ordförande: roles ordförande + ledamot."})

# 6 ---------------------------------------------------------------- Skövde KPR notes (txt)
items = [I("1", "Mötets öppnande", [], 1), I("2", "Godkännande av dagordning", [], 1),
         I("3", "Föregående mötesanteckningar", [], 2),
         I("4", "Information om budget 2027 för vård- och omsorgsförvaltningen", [], 2),
         I("5", "Trygghetsboende på Norrmalm – lägesrapport", [], 2),
         I("6", "Pensionärsorganisationernas frågor", [], 2),
         I("7", "Mat- och måltidsstrategi för äldreomsorgen, remiss", [], 2),
         I("8", "Övriga frågor", [], 2), I("9", "Nästa möte och mötets avslutande", [], 2)]
persons = [
    P("Katarina Hjelm", "M", [O, L, J]), P("Leif Gunnarsson", None, [V, L, J]),
    P("Ann-Sofie Torstensson", "S", [L]), P("Bertil Olausson", None, [L]), P("Inga-Lill Sandberg", None, [L]),
    P("Göran Frisk", None, [L]), P("Margareta Lindblad", None, [L]),
    P("Kristina Thor", None, [T, F], "förvaltningschef vård och omsorg"), P("Erik Bergdahl", None, [T, F], "fastighetschef"),
    P("Sara Wahlin", None, [T, F], "dietist"), P("Jenny Karlberg", None, [S, T], "nämndsekreterare"),
]
actions = [
    A("Katarina Hjelm", None, "justerare"), A("Leif Gunnarsson", None, "justerare"),
    A("Kristina Thor", "4", "presented"), A("Erik Bergdahl", "5", "presented"),
    A("Leif Gunnarsson", "6", "raised"), A("Ann-Sofie Torstensson", "6", "presented"),
    A("Bertil Olausson", "6", "raised"), A("Kristina Thor", "6", "presented"),
    A("Sara Wahlin", "7", "presented"), A("Margareta Lindblad", "8", "raised"),
]
docs.append({"file": "skovde_kommunala-pensionarsradet_2026-10-08_motesanteckningar.txt",
             "organization": "Skövde kommun", "organ": "Kommunala pensionärsrådet", "date": "2026-10-08",
             "doc_type": "mötesanteckningar", "pages": 2, "items": items, "persons": persons, "actions": actions,
             "votes": [], "kommuner": ["Skövde"], "regions": ["Västra Götalandsregionen"],
             "notes": "pdftotext -layout export of a W3D3-style PDF; pages separated by a form feed (2 pages, running "
                      "header 'SKÖVDE KOMMUN  MÖTESANTECKNINGAR  1(2)'). Points are numbered '1.'–'9.'. Pensioner "
                      "organisation representatives (PRO, SPF, SKPF, RPG) have no party code: party null, role ledamot "
                      "(members of the råd). 'Ann-Sofie Torstens-/son' is hyphen-broken in the attendance list (whole in "
                      "point 6). No one is chosen to justera; 'Justeras' is signed by Katarina Hjelm and Leif Gunnarsson: "
                      "both justerare, item null. 'ställde en fråga', 'väckte frågan', 'tog upp' -> raised; "
                      "'svarade' on a question -> presented; 'berättade om' -> presented. Absent members "
                      "(Hans Wetterlind, Astrid Melin) are not persons."})

# 7 ---------------------------------------------------------------- Piteå delegationslista
dn = ["SN 2026/12-002", "SN 2026/345-750", "SN 2026/351-750", "SN 2026/298-706", "SN 2026/360-733",
      "SN 2026/372-739", "SN 2026/380-750", "SN 2026/391-007", "SN 2026/394-750", "SN 2026/233-041",
      "SN 2026/401-739"]
persons = [
    P("Lina Berg", None, [T], "nämndsekreterare"), P("Marie Holmgren", "S", [O]),
    P("Carina Öhman", None, [T], "socialchef"),
    P("Robert Nilsson", None, [T], "avdelningschef individ- och familjeomsorg"),
    P("Pia Lindström", None, [T], "verksamhetschef äldreomsorg"),
    P("Jessica Vikström", None, [T], "alkoholhandläggare"),
]
docs.append({"file": "pitea_socialnamnden_2026-10-21_delegationslista.pdf",
             "organization": "Piteå kommun", "organ": "Socialnämnden", "date": "2026-10-21",
             "doc_type": "delegationslista", "pages": 2, "items": [], "persons": persons, "actions": [], "votes": [],
             "diarienummer": dn, "kommuner": ["Piteå", "Luleå"], "regions": ["Region Norrbotten"],
             "notes": "Lex-style landscape report of delegation decisions for 2026-09-01–2026-09-30, addressed to the "
                      "socialnämnd meeting 2026-10-21 (used as date; the print date is 2026-10-09). No items. Every "
                      "row's case number is in the document diarienummer (SN 2026/12-002 and SN 2026/345-750 occur on two "
                      "rows each; listed once). Shape 'SN 2026/345-750' carries a document/class code after the dash. "
                      "Row 5 (ekonomiskt bistånd, 212 beslut) has no Dnr and an unnamed delegate; row 9 is empty. Column "
                      "headers are broken mid-word ('Beslutsdatu/m'). Delegates named per row are listed as persons "
                      "(officials as tjänsteperson with title; Marie Holmgren (S) acting as ordförande on an "
                      "ordförandebeslut); Lina Berg 'Upprättad av' as tjänsteperson. 'förvaltningsrätten' is a court, "
                      "no kommun."})

# 8 ---------------------------------------------------------------- Östersund KS html
items = [
    I("§231", "Val av justerare", [], 1), I("§232", "Godkännande av föredragningslista", [], 1),
    I("§233", "Kommundirektörens information", [], 1),
    I("§234", "Mål och budget 2027–2029 med verksamhetsplan", ["KS/2026:412"], 1),
    I("§235", "Medfinansiering av projektet Hållbar besöksnäring i Jämtland tillsammans med Region Jämtland Härjedalen "
      "och Krokoms kommun", ["KS/2026:355"], 1),
    I("§236", "Detaljplan för del av Lugnvik 2:1, verksamhetsområde vid trafikplats Lugnvik – antagande",
      ["KS/2026:287"], 1),
    I("§237", "Initiativärende från Linda Kemi (V) om kartläggning av hemlöshet bland unga vuxna", ["KS/2026:431"], 1),
    I("§238", "Anmälan av delegationsbeslut", [], 1),
]
persons = [
    P("Niklas Berglund", "S", [O, L]), P("Sara Holm", "C", [V, L]), P("Tobias Rehn", "M", [V, L, J]),
    P("Eva Lindgren", "S", [L]), P("Mats Dahl", "S", [L]), P("Linda Kemi", "V", [L]), P("Hans Öberg", "SD", [L]),
    P("Petra Söder", "SD", [L]), P("Björn Krantz", "M", [L]), P("Karin Nord", "ÖL", [L]), P("Lisa Åström", "MP", [L]),
    P("Jonas Tell", "KD", [TJ]), P("Elin Strand", "S", [TJ]), P("Rickard Moe", "S", [L]),
    P("Magnus Berg", "M", [E]), P("Frida Ålund", "SD", [E]),
    P("Hanna Modin", None, [T, F], "kommundirektör"), P("Ola Sjödin", None, [T, F], "ekonomichef"),
    P("Rasmus Kjell", None, [T, F], "näringslivschef"), P("Ida Fors", None, [S, T], "kommunsekreterare"),
]
actions = [
    A("Tobias Rehn", "§231", "justerare"), A("Hanna Modin", "§233", "presented"),
    A("Ola Sjödin", "§234", "presented"), A("Niklas Berglund", "§234", "proposed"), A("Tobias Rehn", "§234", "proposed"),
    A("Hans Öberg", "§234", "proposed"), A(None, "§234", "reserved", "M"), A(None, "§234", "reserved", "SD"),
    A("Karin Nord", "§234", "protocol_note"),
    A("Rasmus Kjell", "§235", "presented"),
    A("Lisa Åström", "§236", "proposed"), A("Sara Holm", "§236", "proposed"), A("Lisa Åström", "§236", "reserved"),
    A("Linda Kemi", "§237", "raised"), A("Linda Kemi", "§237", "proposed"), A("Eva Lindgren", "§237", "proposed"),
]
docs.append({"file": "ostersund_kommunstyrelsen_2026-11-03_protokoll.html",
             "organization": "Östersunds kommun", "organ": "Kommunstyrelsen", "date": "2026-11-03",
             "doc_type": "protokoll", "pages": 1, "items": items, "persons": persons, "actions": actions, "votes": [],
             "kommuner": ["Östersund", "Krokom"], "regions": ["Region Jämtland Härjedalen"],
             "notes": "Portal page (HTML) with site navigation, breadcrumbs and footer around the protocol; no pages, "
                      "so page 1 throughout. § number and title share an <h2> ('<span>§ 234</span> Mål och budget …'); "
                      "case numbers under it as 'Ärendenummer: KS/2026:412' (label not part of the number). §236's title "
                      "contains soft hyphens (&shy;) in 'Detalj-plan' and 'verksamhets-område': written without them. "
                      "§238's table cites KS/2026:398 and KS/2026:402 for delegation decisions: references, not the "
                      "item's numbers. Officials table has an empty last row. Elin Strand serves for Rickard Moe in "
                      "§§231–234; Moe attends §§235–238 and is therefore a person (ledamot). Jonas Tell replaces Anna Wik "
                      "(not a person). ÖL (Östersundslistan) is an invented local party. 'Moderaternas ledamöter' and "
                      "'Sverigedemokraternas ledamöter' reserve as parties (§234). Karin Nord 'antecknar' -> "
                      "protocol_note. 'Jämtland' in §235's project name is not a region name."})

for d in docs:
    if "diarienummer" not in d:
        u = []
        for it in d["items"]:
            for x in it["diarienummer"]:
                if x not in u:
                    u.append(x)
        d["diarienummer"] = u
order = ["file", "organization", "organ", "date", "doc_type", "pages", "items", "persons", "actions", "votes",
         "diarienummer", "kommuner", "regions", "notes"]
docs = [{k: d[k] for k in order} for d in docs]
json.dump({"format": "arkiv-gold/1", "documents": docs}, open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print("ok", len(docs))
