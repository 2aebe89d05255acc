#!/usr/bin/env python3
"""Regenerates the five invented documents of set kommuner15a. Run: python build.py"""
import os
from fpdf import FPDF

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class Base(FPDF):
    def setup_fonts(self):
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONTB)
        self.add_font("DV", "I", FONTI)
        self.set_creation_date(__import__("datetime").datetime(2026, 10, 20, 12, 0, 0,
                               tzinfo=__import__("datetime").timezone.utc))

    def para(self, text, size=10, style="", h=5, indent=0):
        self.set_font("DV", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, h, text, align="L",
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def sub(self, text, indent=0):
        self.ln(1)
        self.para(text, 10, "B", indent=indent)


# ---------------------------------------------------------------- 1. Danderyd
class Danderyd(Base):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(20, 10)
        self.cell(0, 5, f"Danderyds kommun | Kommunstyrelsens arbetsutskott | 2026-10-05 | Sida {self.page_no()} av {{nb}}",
                  align="R")
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-18)
        self.set_font("DV", "", 8)
        self.line(20, self.get_y(), 190, self.get_y())
        self.cell(60, 6, "Justerandes signatur")
        self.cell(0, 6, "Utdragsbestyrkande", align="R")

    def item(self, num, dnr, title):
        # Platina-like: § + title on same bold line, Dnr under it
        self.ln(3)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, f"§ {num} {title}", align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 9)
        if dnr:
            self.cell(0, 5, f"Dnr {dnr}", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def build_danderyd():
    p = Danderyd(format="A4")
    p.setup_fonts()
    p.set_margins(20, 24, 20)
    p.set_auto_page_break(True, 22)
    p.add_page()
    p.set_font("DV", "B", 18)
    p.cell(0, 10, "Sammanträdesprotokoll", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Plats och tid: Kommunhuset Mörby, sammanträdesrum Ekudden, kl. 13.00–15.20")
    p.sub("Närvarande ledamöter")
    rows = [("Olle Bergfors (M)", "ordförande"), ("Karin Sjölander (L)", "vice ordförande"),
            ("Per-Erik Hallin (M)", ""), ("Ingrid Tovesson (C)", ""), ("Mats Granqvist (S)", "")]
    p.set_font("DV", "", 10)
    for n, r in rows:
        p.cell(70, 6, n, border="B")
        p.cell(60, 6, r, border="B", new_x="LMARGIN", new_y="NEXT")
    p.sub("Närvarande ersättare")
    p.para("Sofia Ahlm (KD)")
    p.sub("Övriga närvarande")
    p.para("Lena Vikström, kommundirektör\nAnnika Runfors, ekonomichef, § 85\nHelena Moberg, trafikstrateg, § 87\n"
           "Johan Ekdal, kommunsekreterare")
    p.sub("Utses att justera")
    p.para("Karin Sjölander (L)")
    p.sub("Paragrafer")
    p.para("§§ 84–89")
    p.ln(4)
    p.set_font("DV", "", 10)
    sig = [("Sekreterare", "Johan Ekdal"), ("Ordförande", "Olle Bergfors"), ("Justerare", "Karin Sjölander")]
    for role, name in sig:
        p.cell(35, 12, role)
        p.cell(80, 12, "", border="B", new_x="LMARGIN", new_y="NEXT")
        p.cell(35, 6, "")
        p.cell(80, 6, name, new_x="LMARGIN", new_y="NEXT")

    p.add_page()
    p.item(84, None, "Val av justerare")
    p.sub("Beslut")
    p.para("Arbetsutskottet utser Karin Sjölander (L) att tillsammans med ordföranden justera dagens protokoll.")

    p.item(85, "KS 2026/0412", "Delårsrapport januari–augusti 2026")
    p.sub("Arbetsutskottets förslag till kommunstyrelsen")
    p.para("1. Delårsrapporten för perioden januari–augusti 2026 godkänns.\n"
           "2. Nämnder med prognostiserat underskott uppdras att redovisa åtgärder till kommunstyrelsen i december 2026.")
    p.sub("Ärendet")
    p.para("Delårsrapporten visar ett resultat för perioden om 61,4 mnkr. Helårsprognosen uppgår till 38,0 mnkr, "
           "vilket är 9,5 mnkr lägre än budget. Socialnämnden prognostiserar ett underskott om 14,2 mnkr, främst "
           "hänförligt till placeringar inom individ- och familjeomsorgen. Investeringsutfallet uppgår till 52 procent "
           "av årets budget. Ekonomichef Annika Runfors föredrar ärendet.")
    p.sub("Beslutsunderlag")
    p.para("Tjänsteskrivelse från ekonomienheten, 2026-09-24\nDelårsrapport januari–augusti 2026, bilaga 1")
    p.sub("Yrkanden")
    p.para("Olle Bergfors (M) yrkar bifall till förvaltningens förslag.\n"
           "Mats Granqvist (S) yrkar att ärendet återremitteras för en fördjupad analys av socialnämndens underskott.")
    p.sub("Beslutsgång")
    p.para("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att "
           "arbetsutskottet beslutar att avgöra ärendet i dag. Därefter ställer ordföranden proposition på "
           "förvaltningens förslag och finner att arbetsutskottet bifaller detta.")
    p.sub("Reservation")
    p.para("Mats Granqvist (S) reserverar sig mot beslutet.")
    p.para("Skickas till: Kommunstyrelsen, samtliga nämnder", 9)

    p.item(86, "KS 2025/0876", "Motion från Mats Granqvist (S) om fler infartsparkeringar vid Mörby centrum")
    p.sub("Arbetsutskottets förslag till kommunstyrelsen")
    p.para("Kommunfullmäktige avslår motionen.")
    p.sub("Ärendet")
    p.para("Mats Granqvist (S) föreslår i en motion inkommen 2025-11-03 att kommunen ska utreda möjligheten att "
           "anordna minst 150 nya infartsparkeringsplatser i anslutning till Mörby centrum. Förvaltningen konstaterar att "
           "befintliga infartsparkeringar vid Danderyds sjukhus har en genomsnittlig beläggning om 64 procent och att "
           "markreserven i området är ianspråktagen av pågående detaljplanearbete. Förvaltningen bedömer därför att "
           "motionen bör avslås.")
    p.sub("Beslutsunderlag")
    p.para("Tjänsteskrivelse från trafikenheten, 2026-09-10\nMotion från Mats Granqvist (S), 2025-11-03")
    p.sub("Yrkanden")
    p.para("Mats Granqvist (S) yrkar bifall till motionen.\n"
           "Per-Erik Hallin (M) yrkar bifall till förvaltningens förslag om avslag.")
    p.sub("Beslutsgång")
    p.para("Ordföranden ställer förslagen mot varandra och finner att arbetsutskottet beslutar enligt Per-Erik Hallins "
           "(M) yrkande.")
    p.sub("Reservation")
    p.para("Mats Granqvist (S) reserverar sig till förmån för eget yrkande.")

    p.item(87, "KS 2026/0533", "Yttrande över remiss från Region Stockholm – Trafikförsörjningsprogram 2027–2030")
    p.sub("Arbetsutskottets beslut")
    p.para("Arbetsutskottet antar förvaltningens förslag till yttrande och överlämnar det som sitt eget till Region "
           "Stockholm.")
    p.sub("Ärendet")
    p.para("Region Stockholm har remitterat förslag till trafikförsörjningsprogram för perioden 2027–2030. I yttrandet "
           "framhålls behovet av tätare turer på Roslagsbanan och en stombusslinje mellan Danderyds sjukhus och Täby "
           "centrum. Yttrandet har samordnats med Täby kommun. Trafikstrateg Helena Moberg föredrar ärendet. "
           "Arbetsutskottet har delegation att yttra sig enligt kommunstyrelsens delegationsordning punkt 1.4.")
    p.sub("Protokollsanteckning")
    p.para("Ingrid Tovesson (C) lämnar en protokollsanteckning: ”Centerpartiet vill att yttrandet tydligare lyfter "
           "behovet av pendelbåtstrafik från Stocksundet.”")
    p.para("Skickas till: Region Stockholm, trafikförvaltningen", 9)

    p.item(88, "KS 2026/0198", "Medborgarförslag om utegym i Enebybergs centrum")
    p.sub("Arbetsutskottets förslag till kommunstyrelsen")
    p.para("Kommunfullmäktige bifaller medborgarförslaget och uppdrar åt fritidsnämnden att anlägga ett utegym "
           "inom ramen för 2027 års investeringsbudget.")
    p.sub("Ärendet")
    p.para("I ett medborgarförslag inkommet 2026-03-18 föreslås att ett utegym anläggs i parken vid Enebybergs centrum. "
           "Fritidsnämnden har i yttrande 2026-08-27 ställt sig positiv till förslaget och beräknat kostnaden till "
           "cirka 650 tkr.")
    p.sub("Beslutsgång")
    p.para("Arbetsutskottet beslutar enligt förvaltningens förslag.")

    p.item(89, "KS 2026/0021", "Information från kommundirektören")
    p.para("Kommundirektör Lena Vikström informerar om arbetet med den nya organisationen för kommunledningskontoret, "
           "om rekryteringen av ny samhällsbyggnadschef samt om läget i förhandlingarna om lokalhyror med "
           "Danderyds Fastighets AB.")
    p.sub("Beslut")
    p.para("Arbetsutskottet tackar för informationen.")
    p.output(os.path.join(OUT, "danderyd_kommunstyrelsens-arbetsutskott_2026-10-05_protokoll.pdf"))


# ---------------------------------------------------------------- 2. Vellinge
class Vellinge(Base):
    def header(self):
        self.set_xy(20, 10)
        self.set_font("DV", "B", 15)
        self.cell(90, 8, "VELLINGE KOMMUN")
        self.set_font("DV", "B", 10)
        self.cell(0, 8, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 9)
        if self.page_no() == 1:
            self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            self.cell(60, 5, "MBN")
            self.cell(60, 5, "Sammanträdesdatum 2026-10-21")
            self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
        self.set_y(self.get_y() + 5)

    def footer(self):
        self.set_y(-20)
        self.set_font("DV", "", 8)
        self.cell(85, 5, "Justerandes sign", border="T")
        self.cell(0, 5, "Utdragsbestyrkande", border="T", align="R")

    def item(self, num, dnr, title):
        # Ciceron-like: "§ 102" left, Dnr right on same line, bold title below
        self.ln(3)
        self.set_font("DV", "B", 11)
        self.cell(40, 6, f"§ {num}")
        self.set_font("DV", "", 9)
        self.cell(0, 6, f"Dnr {dnr}" if dnr else "", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def build_vellinge():
    p = Vellinge(format="A4")
    p.setup_fonts()
    p.set_margins(20, 30, 20)
    p.set_auto_page_break(True, 24)
    p.add_page()
    p.set_font("DV", "B", 14)
    p.cell(0, 8, "Miljö- och byggnadsnämnden", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("DV", "", 10)
    for k, v in [("Sammanträdesdatum", "2026-10-21"),
                 ("Plats och tid", "Kommunhuset Vellinge, sammanträdesrum Falsterbo, kl. 17.00–19.40")]:
        p.set_font("DV", "B", 10)
        p.cell(45, 7, k)
        p.set_font("DV", "", 10)
        p.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("DV", "B", 10)
    p.cell(0, 7, "Beslutande", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "B", 9)
    p.cell(70, 6, "Namn", border=1)
    p.cell(20, 6, "Parti", border=1)
    p.cell(60, 6, "Funktion", border=1, new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 9)
    for n, pa, f in [("Lundqvist, Henrik", "M", "ordförande"), ("Ståhl, Birgitta", "M", "1:e vice ordförande"),
                     ("Ehrling, Tomas", "S", "2:e vice ordförande"), ("Mörk, Cecilia", "M", "ledamot"),
                     ("Rydholm, Anders", "SD", "ledamot"), ("Nordell, Erik", "KD", "ledamot"),
                     ("Falk, Jenny", "L", "tjänstgörande ersättare")]:
        p.cell(70, 6, n, border=1)
        p.cell(20, 6, pa, border=1)
        p.cell(60, 6, f, border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("DV", "B", 10)
    p.cell(45, 6, "Övriga närvarande")
    p.set_font("DV", "", 10)
    p.multi_cell(0, 6, "Pia Sundin (M), ersättare\nSara Lindahl, miljö- och byggchef\n"
                 "Mikael Brandt, bygglovshandläggare, § 102\nLouise Akterberg, nämndsekreterare")
    p.ln(2)
    p.set_font("DV", "B", 10)
    p.cell(45, 6, "Utses att justera")
    p.set_font("DV", "", 10)
    p.cell(0, 6, "Tomas Ehrling (S)", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "B", 10)
    p.cell(45, 6, "Paragrafer")
    p.set_font("DV", "", 10)
    p.cell(0, 6, "101–107", new_x="LMARGIN", new_y="NEXT")

    p.add_page()
    p.item(101, None, "Val av justerare och fastställande av dagordning")
    p.sub("Beslut")
    p.para("Miljö- och byggnadsnämnden utser Tomas Ehrling (S) att justera protokollet. Dagordningen fastställs "
           "med tillägget att ärende 7 behandlas före ärende 6.")

    p.item(102, "MBN 2026-000311", "Ljunghusen 12:45 – Ansökan om bygglov för nybyggnad av enbostadshus")
    p.sub("Beslut")
    p.para("Miljö- och byggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen. "
           "Avgift: 38 420 kr.")
    p.sub("Ärendebeskrivning")
    p.para("Ansökan avser nybyggnad av ett enbostadshus i två plan med en byggnadsarea om 186 kvm. Åtgärden avviker "
           "från detaljplanen genom att takfoten överskrider högsta tillåtna höjd med 0,4 meter. Förvaltningen bedömer "
           "avvikelsen som liten och förenlig med planens syfte. Bygglovshandläggare Mikael Brandt föredrar ärendet.")
    p.sub("Yrkanden")
    p.para("Henrik Lundqvist (M) yrkar bifall till förvaltningens förslag.\n"
           "Anders Rydholm (SD) yrkar avslag på ansökan.")
    p.sub("Propositionsordning")
    p.para("Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Henrik Lundqvists (M) yrkande. "
           "Omröstning begärs och verkställs.")
    p.sub("Omröstning")
    p.para("Den som bifaller Henrik Lundqvists yrkande röstar ja, den det ej vill röstar nej.")
    p.set_font("DV", "B", 9)
    for c, w in [("Ledamot", 70), ("Ja", 20), ("Nej", 20), ("Avstår", 20)]:
        p.cell(w, 6, c, border=1)
    p.ln()
    p.set_font("DV", "", 9)
    for n, v in [("Henrik Lundqvist (M)", "ja"), ("Birgitta Ståhl (M)", "ja"), ("Tomas Ehrling (S)", "ja"),
                 ("Cecilia Mörk (M)", "ja"), ("Anders Rydholm (SD)", "nej"), ("Erik Nordell (KD)", "ja"),
                 ("Jenny Falk (L)", "ja")]:
        p.cell(70, 6, n, border=1)
        for opt in ("ja", "nej", "avstår"):
            p.cell(20, 6, "X" if v == opt else "", border=1, align="C")
        p.ln()
    p.set_font("DV", "B", 9)
    p.cell(70, 6, "Summa", border=1)
    for s in ("6", "1", "0"):
        p.cell(20, 6, s, border=1, align="C")
    p.ln(8)
    p.para("Med 6 ja-röster mot 1 nej-röst beslutar nämnden enligt Henrik Lundqvists yrkande.")
    p.sub("Reservation")
    p.para("Anders Rydholm (SD) reserverar sig mot beslutet.")
    p.para("Expedieras: Sökanden, Lantmäteriet", 9)

    p.item(103, "MBN 2026-000198", "HÖLLVIKEN 4:102 – FÖRELÄGGANDE OM ÅTGÄRDER AVSEENDE ENSKILT AVLOPP")
    p.sub("Beslut")
    p.para("Miljö- och byggnadsnämnden förelägger fastighetsägaren att senast 2027-04-30 åtgärda den enskilda "
           "avloppsanläggningen så att den uppfyller kraven i 12 § förordningen om miljöfarlig verksamhet och "
           "hälsoskydd. Föreläggandet förenas med ett vite om 40 000 kr.")
    p.sub("Ärendebeskrivning")
    p.para("Vid tillsyn 2026-05-12 konstaterades att slamavskiljaren saknar efterföljande rening. Fastighetsägaren har "
           "inte inkommit med ansökan om ny anläggning trots påminnelse. Miljö- och byggchef Sara Lindahl redogör "
           "för ärendet.")
    p.sub("Beslutsgång")
    p.para("Nämnden beslutar enligt förvaltningens förslag.")

    p.item(104, "MBN 2026-000245", "Yttrande över motion från Tomas Ehrling (S) om laddinfrastruktur\nvid "
           "kommunens parkeringar")
    p.sub("Beslut")
    p.para("Miljö- och byggnadsnämnden antar förvaltningens förslag till yttrande och överlämnar det till "
           "kommunstyrelsen.")
    p.sub("Ärendebeskrivning")
    p.para("Tomas Ehrling (S) föreslår i en motion att kommunen ska installera publika laddplatser vid samtliga "
           "kommunala parkeringar senast 2028. Förvaltningen anser att frågan bör samordnas med den regionala "
           "laddinfrastrukturplanen och föreslår att motionen ska anses besvarad.")
    p.sub("Yrkanden")
    p.para("Tomas Ehrling (S) yrkar att nämnden tillstyrker motionen.\n"
           "Birgitta Ståhl (M) yrkar bifall till förvaltningens förslag till yttrande.")
    p.sub("Propositionsordning")
    p.para("Ordföranden ställer proposition på förslagen och finner att nämnden beslutar enligt Birgitta Ståhls (M) "
           "yrkande.")
    p.sub("Protokollsanteckning")
    p.para("Socialdemokraternas ledamot lämnar en protokollsanteckning: ”Vi beklagar att nämnden inte tar "
           "ställning i sak.”")

    p.item(105, "MBN 2026-000287", "Taxa för miljö- och hälsoskyddsområdet 2027")
    p.sub("Beslut")
    p.para("Miljö- och byggnadsnämnden föreslår kommunfullmäktige att anta taxa för miljö- och hälsoskyddsområdet "
           "2027 med en timavgift om 1 420 kr för tillsyn och prövning.")
    p.sub("Ärendebeskrivning")
    p.para("Förvaltningen har sett över taxan utifrån Sveriges Kommuner och Regioners underlag och jämfört med "
           "timavgifterna i Trelleborgs, Lomma och Svedala kommuner, där avgiften 2026 ligger mellan 1 310 och "
           "1 480 kr. Den föreslagna höjningen motsvarar 4,4 procent och bedöms ge en kostnadstäckningsgrad om "
           "78 procent. Miljö- och byggchef Sara Lindahl föredrar ärendet.")
    p.sub("Beslutsunderlag")
    p.para("Tjänsteskrivelse, miljöenheten, 2026-09-29\nFörslag till taxa för miljö- och hälsoskyddsområdet 2027\n"
           "Jämförelse av timavgifter, bilaga 2")
    p.sub("Beslutsgång")
    p.para("På förslag av ordföranden beslutar nämnden enligt förvaltningens förslag.")
    p.para("Expedieras: Kommunfullmäktige", 9)

    p.item(106, "MBN 2026-000012", "Redovisning av delegationsbeslut")
    p.sub("Beslut")
    p.para("Redovisningen läggs till handlingarna.")
    p.sub("Ärendebeskrivning")
    p.para("Redovisning av beslut fattade med stöd av delegation under perioden 2026-09-01–2026-09-30:\n"
           "– Bygglov, startbesked och slutbesked, beslut B 412–B 468\n"
           "– Beslut inom livsmedelskontrollen, beslut L 77–L 92\n"
           "– Beslut om enskilda avlopp, beslut A 31–A 36")

    p.item(107, "MBN 2026-000013", "Meddelanden")
    p.sub("Beslut")
    p.para("Meddelandena läggs till handlingarna.")
    p.para("– Länsstyrelsen Skåne, beslut om överprövning av strandskyddsdispens, 2026-09-18\n"
           "– Mark- och miljödomstolen vid Växjö tingsrätt, dom i mål om förhandsbesked, 2026-10-02")

    p.ln(6)
    p.set_font("DV", "B", 11)
    p.cell(0, 7, "Justering", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 10)
    p.cell(50, 7, "Justeringens plats och tid")
    p.cell(0, 7, "Kommunhuset Vellinge, 2026-10-26 kl. 09.00", new_x="LMARGIN", new_y="NEXT")
    for role, name in [("Sekreterare", "Louise Akterberg"), ("Ordförande", "Henrik Lundqvist"),
                       ("Justerande", "Tomas Ehrling")]:
        p.cell(50, 11, role)
        p.cell(80, 11, "", border="B", new_x="LMARGIN", new_y="NEXT")
        p.cell(50, 5, "")
        p.cell(80, 5, name, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("DV", "", 9)
    p.multi_cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
                 "digitala anslagstavla 2026-10-27. Anslaget tas ned 2026-11-18.")
    p.output(os.path.join(OUT, "vellinge_miljo-och-byggnadsnamnden_2026-10-21_protokoll.pdf"))


# ---------------------------------------------------------------- 3. Kinda (HTML)
KINDA_HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Protokoll – Möten och handlingar – Kinda kommun</title>
<link rel="stylesheet" href="/css/meetings.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/img/kinda-logo.svg" alt="Kinda kommun"></a>
  <nav><ul>
    <li><a href="/moten">Möten</a></li><li><a href="/organ">Organ</a></li><li><a href="/sok">Sök handlingar</a></li>
  </ul></nav>
</header>
<main class="meeting-document">
<nav class="breadcrumb"><a href="/moten">Möten</a> › <a href="/moten/dokument">Dokument</a> › Protokoll</nav>
<div class="protocol-head">
<table class="head">
<tr><td class="org">KINDA KOMMUN</td><td class="doctype">SAMMANTRÄDESPROTOKOLL</td></tr>
<tr><td class="organ">Samhällsbyggnads-<br>nämnden</td>
<td class="when">tisdagen den 13 oktober 2026 kl. 18.30<br>Kommunhuset Kisa, sammanträdesrummet Kinda</td></tr>
</table>
</div>
<section class="attendance">
<h2>Beslutande</h2>
<table>
<tr><th>Ledamot</th><th>Parti</th><th></th></tr>
<tr><td>Lars-Göran Hedin</td><td>C</td><td>ordförande</td></tr>
<tr><td>Marita Ek</td><td>S</td><td>vice ordförande</td></tr>
<tr><td>Niklas Stjärnborg</td><td>M</td><td></td></tr>
<tr><td>Annelie Bergkvist</td><td>KD</td><td></td></tr>
<tr><td>Roger Almqvist</td><td>SD</td><td></td></tr>
<tr><td>Susanne Törn</td><td>S</td><td>tjänstgörande ersättare</td></tr>
</table>
<h2>Övriga deltagare</h2>
<p>Kjell Forsgren (C), ersättare<br>
Åsa Hultman, samhällsbyggnadschef<br>
Peter Nylén, planarkitekt, § 78<br>
Malin Roos, nämndsekreterare</p>
<p><strong>Utses att justera:</strong> Niklas Stjärnborg (M)<br>
<strong>Paragrafer:</strong> §§ 77–82</p>
</section>

<article class="paragraph" id="p77">
<h3>§ 77 Val av justerare</h3>
<p>Samhällsbyggnadsnämnden utser Niklas Stjärnborg (M) att justera protokollet.</p>
</article>

<article class="paragraph" id="p78">
<h3>§ 78 Detaljplan för Rimforsa, del av Hycklinge 3:1 (bostäder vid Strålsjön) – beslut om granskning</h3>
<p class="dnr">Dnr 2026.088 SBN</p>
<h4>Beslut</h4>
<p>Samhällsbyggnadsnämnden godkänner planförslaget för granskning.</p>
<h4>Ärendebeskrivning</h4>
<p>Planförslaget möjliggör cirka 24 bostäder i form av radhus och friliggande villor norr om Strålsjön.
Samrådet pågick 2026-05-04–2026-06-01 och elva yttranden kom in, bland annat från Länsstyrelsen Östergötland
och Trafikverket. Planarkitekt Peter Nylén föredrar ärendet.</p>
<h4>Beslutsunderlag</h4>
<ul><li>Tjänsteskrivelse från planenheten, 2026-09-22</li><li>Samrådsredogörelse, 2026-09-15</li>
<li>Plankarta och planbeskrivning, granskningshandling</li></ul>
<h4>Yrkanden</h4>
<p>Roger Almqvist (SD) yrkar att ärendet återremitteras för att utreda trafiksituationen på Strålsjövägen.<br>
Lars-Göran Hedin (C) yrkar bifall till förvaltningens förslag.</p>
<h4>Propositionsordning</h4>
<p>Ordföranden ställer proposition på om ärendet ska avgöras i dag och finner att så sker. Därefter beslutar
nämnden enligt förvaltningens förslag.</p>
<h4>Reservation</h4>
<p>Roger Almqvist (SD) reserverar sig mot beslutet.</p>
</article>

<article class="paragraph" id="p79">
<h3>§ 79 Ekonomisk uppföljning per september 2026</h3>
<p class="dnr">Dnr 2026.012 SBN</p>
<h4>Beslut</h4>
<p>Samhällsbyggnadsnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen.</p>
<h4>Ärendebeskrivning</h4>
<p>Samhällsbyggnadschef Åsa Hultman redogör för uppföljningen. Nämnden prognostiserar ett överskott om 1,1 mnkr,
främst till följd av vakanta tjänster inom bygglovsenheten. Vinterväghållningen bedöms överskrida budget
med 0,6 mnkr.</p>
</article>

<article class="paragraph" id="p80">
<h3>§ 80 Medborgarförslag om gångbro över Kisaån</h3>
<p class="dnr">Dnr 2026.131 SBN</p>
<h4>Beslut</h4>
<p>Samhällsbyggnadsnämnden föreslår kommunfullmäktige att avslå medborgarförslaget.</p>
<h4>Ärendebeskrivning</h4>
<p>I ett medborgarförslag föreslås en gångbro över Kisaån mellan Storgatan och Ådalsparken. Förvaltningen
har beräknat kostnaden till 3,2 mnkr och bedömer att befintlig gångväg via Järnvägsgatan ger tillräcklig
tillgänglighet.</p>
<h4>Beslutsgång</h4>
<p>Nämnden beslutar enligt förvaltningens förslag.</p>
</article>

<article class="paragraph" id="p81">
<h3>§ 81 Fråga från Annelie Bergkvist (KD) om vinterväghållning i Horn</h3>
<p class="dnr">Dnr 2026.140 SBN</p>
<h4>Ärendebeskrivning</h4>
<p>Annelie Bergkvist (KD) har ställt en fråga till nämndens ordförande om varför snöröjningen av
gång- och cykelvägarna i Horn prioriterades ned vintern 2025/2026. Ordföranden Lars-Göran Hedin (C)
besvarar frågan och redogör för den nya prioriteringsordningen som gäller från 2026-11-01.</p>
<h4>Beslut</h4>
<p>Frågan anses besvarad.</p>
</article>

<article class="paragraph" id="p82">
<h3>§ 82 Yttrande till Region Östergötland över förslag till länstransportplan 2026–2037</h3>
<p class="dnr">Dnr 2026.102 SBN</p>
<h4>Beslut</h4>
<p>Samhällsbyggnadsnämnden antar förvaltningens förslag till yttrande.</p>
<h4>Ärendebeskrivning</h4>
<p>Region Östergötland har remitterat förslag till länstransportplan. Förvaltningen föreslår att nämnden
särskilt lyfter behovet av trafiksäkerhetsåtgärder på riksväg 23/34 genom Kisa och ökad turtäthet på
Stångådalsbanan, i likhet med vad Ydre kommun och Vimmerby kommun framfört.</p>
<h4>Protokollsanteckning</h4>
<p>Marita Ek (S) lämnar en protokollsanteckning om att kollektivtrafiken till Horn och Hycklinge bör
prioriteras i regionens fortsatta arbete.</p>
</article>

<section class="signatures">
<p>Vid protokollet<br>Malin Roos</p>
<p>Ordförande<br>Lars-Göran Hedin</p>
<p>Justerare<br>Niklas Stjärnborg</p>
</section>
</main>
<footer class="site-footer"><p>Kommunhuset, Stora Torget 4, 590 40 Kisa · 0494-190 00</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- 4. Tidaholm (TXT)
W = 92


def lr(left, right, width=W):
    return left + " " * max(1, width - len(left) - len(right)) + right


def tidaholm_pages():
    head = lambda n: [lr("SAMMANTRÄDESPROTOKOLL", f"Sida {n}(4)"),
                      lr("Kommunstyrelsen", "2026-10-07"), ""]
    foot = ["", "", lr("  Justerandes sign", "Utdragsbestyrkande   "), ""]
    pages = []
    p1 = head(1) + [
        "",
        "  Plats och tid            Stadshuset, Hellidsrummet, kl. 08.30–11.45",
        "",
        "  Beslutande               Marie Lindqvist (S), ordförande",
        "                           Anders Fröjd (M), 1:e vice ordförande",
        "                           Kent Östberg (V)",
        "                           Sara Ekwall (C)",
        "                           Peter Hallberg (SD)",
        "                           Johanna Sund (S)",
        "                           Gunnar Bäck (KD), tjänstgörande ersättare",
        "",
        "  Övriga närvarande        Eva Rudén (L), ersättare",
        "                           Ulrika Strand, kanslichef",
        "                           Henrik Dahl, ekonomichef, § 146",
        "                           Elin Sjöberg, kommunsekreterare",
        "",
        "  Utses att justera        Anders Fröjd (M)",
        "",
        "  Paragrafer               §§ 142–147",
        "",
        "",
        "  § 142                                                              Dnr KS 2026/214",
        "",
        "  Samverkansavtal om gemensam överförmyndarnämnd med Falköpings",
        "  och Hjo kommuner",
        "",
        "  Kommunstyrelsens förslag till kommunfullmäktige",
        "  1. Samverkansavtalet med Falköpings kommun och Hjo kommun om gemensam",
        "     överförmyndarnämnd godkänns att gälla från 2027-01-01.",
        "  2. Falköpings kommun är värdkommun och den gemensamma nämnden ingår i",
        "     Falköpings kommuns organisation.",
        "",
        "  Ärendebeskrivning",
        "  Falköpings kommun och Hjo kommun har sedan 2019 en gemensam överförmyndar-",
        "  nämnd. Falköpings kommun har i skrivelse 2026-04-14 erbjudit kommunen att",
        "  ansluta sig. Hjo kommun har ställt sig positiv. Kostnaderna fördelas efter",
        "  antalet ärenden, vilket enligt Falköpings kommuns beräkning ger en årlig",
        "  kostnad om 1,9 mnkr. Skövde kommun har valt att stå utanför samarbetet.",
        "  Kanslichef Ulrika Strand föredrar ärendet.",
    ] + foot
    pages.append(p1)
    p2 = head(2) + [
        "  § 142 (forts.)",
        "",
        "  Yrkanden",
        "  Marie Lindqvist (S) yrkar bifall till förvaltningens förslag.",
        "  Anders Fröjd (M) yrkar bifall till förvaltningens förslag med tillägget att",
        "  avtalet ska utvärderas efter två år.",
        "",
        "  Beslutsgång",
        "  Ordföranden finner att kommunstyrelsen bifaller förvaltningens förslag med",
        "  Anders Fröjds (M) tilläggsyrkande.",
        "",
        "",
        "  § 143                                                              Dnr KS 2026/188",
        "",
        "  Överenskommelse med Region Västra Götaland om samverkan kring barn och",
        "  unga – Skaraborgsmodellen",
        "",
        "  Kommunstyrelsens beslut",
        "  Kommunstyrelsen godkänner överenskommelsen med Region Västra Götaland.",
        "",
        "  Ärendebeskrivning",
        "  Region Västra Götaland och Skaraborgs Kommunalförbund har tagit fram en",
        "  överenskommelse om samverkan kring barn och unga med psykisk ohälsa. Skövde",
        "  kommun, Falköpings kommun och Hjo kommun har redan antagit överenskommelsen.",
        "  Region Västra Götaland ansvarar för den specialiserade barn- och ungdoms-",
        "  psykiatrin, och kommunerna för elevhälsa och socialtjänst. Kanslichef",
        "  Ulrika Strand informerar om ärendet.",
        "",
        "  Beslutsgång",
        "  Kommunstyrelsen beslutar enligt förvaltningens förslag.",
        "",
        "",
        "  § 144                                                              Dnr KS 2026/201",
        "",
        "  Avsiktsförklaring om gemensam upphandling av livsmedel med Skövde kommun",
        "",
        "  Ärendebeskrivning",
        "  Skövde kommuns upphandlingsenhet har erbjudit Hjo, Falköping och Töreboda",
        "  kommuner att delta i en gemensam upphandling av livsmedel för perioden",
        "  2027–2030. En avsiktsförklaring ska undertecknas senast 2026-11-15.",
    ] + foot
    pages.append(p2)
    p3 = head(3) + [
        "  § 144 (forts.)",
        "",
        "  Yrkanden",
        "  Marie Lindqvist (S) yrkar bifall till förvaltningens förslag.",
        "  Peter Hallberg (SD) yrkar avslag med hänvisning till lokala leverantörer.",
        "",
        "  Omröstning",
        "  Omröstning begärs. Kommunstyrelsen godkänner följande propositionsordning:",
        "  Ja för bifall till Marie Lindqvists yrkande, nej för bifall till Peter",
        "  Hallbergs yrkande.",
        "",
        "     Ledamot                          Ja     Nej    Avstår",
        "     Marie Lindqvist (S)              X",
        "     Anders Fröjd (M)                 X",
        "     Kent Östberg (V)                        X",
        "     Sara Ekwall (C)                  X",
        "     Peter Hallberg (SD)                     X",
        "     Johanna Sund (S)                 X",
        "     Gunnar Bäck (KD)                               X",
        "     Summa                            4      2      1",
        "",
        "  Kommunstyrelsen beslutar således enligt Marie Lindqvists (S) yrkande.",
        "",
        "  Reservationer",
        "  Peter Hallberg (SD) och Kent Östberg (V) reserverar sig mot beslutet.",
        "",
        "",
        "  § 145                                                              Dnr KS 2025/377",
        "",
        "  Motion från Kent Östberg (V) om friskvårdstimme för kommunens medarbetare",
        "",
        "  Kommunstyrelsens förslag till kommunfullmäktige",
        "  Motionen avslås.",
        "",
        "  Yrkanden",
        "  Kent Östberg (V) yrkar bifall till motionen. Sara Ekwall (C) yrkar bifall",
        "  till förvaltningens förslag.",
        "",
        "  Beslutsgång",
        "  Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen",
        "  beslutar enligt Sara Ekwalls (C) yrkande.",
    ] + foot
    pages.append(p3)
    p4 = head(4) + [
        "  § 146                                                              Dnr KS 2026/019",
        "",
        "  Budgetuppföljning per augusti 2026",
        "",
        "  Ekonomichef Henrik Dahl redogör för budgetuppföljningen. Helårsprognosen",
        "  visar ett underskott om 6,3 mnkr, varav socialnämnden 8,9 mnkr.",
        "",
        "  Kommunstyrelsens beslut",
        "  Budgetuppföljningen godkänns.",
        "",
        "  Protokollsanteckning",
        "  Johanna Sund (S) lämnar en protokollsanteckning.",
        "",
        "",
        "  § 147                                                              Dnr KS 2026/006",
        "",
        "  Anmälan av delegationsbeslut",
        "",
        "  Kommunstyrelsens beslut",
        "  Redovisningen av delegationsbeslut för september 2026 läggs till handlingarna.",
        "",
        "",
        "  Justerandes signatur",
        "",
        "  Sekreterare       ..........................................",
        "                    Elin Sjöberg",
        "  Ordförande        ..........................................",
        "                    Marie Lindqvist",
        "  Justerande        ..........................................",
        "                    Anders Fröjd",
        "",
        "  ANSLAG/BEVIS",
        "  Protokollet är justerat 2026-10-12. Justeringen har tillkännagivits genom anslag.",
        "  Datum då anslaget sätts upp   2026-10-13     Datum då anslaget tas ned   2026-11-04",
        "  Förvaringsplats för protokollet   Kommunledningsförvaltningen, Tidaholms kommun",
    ] + foot
    pages.append(p4)
    return pages


def build_tidaholm():
    pages = tidaholm_pages()
    txt = "".join("\n".join(pg) + "\n\f" for pg in pages)
    with open(os.path.join(OUT, "tidaholm_kommunstyrelsen_2026-10-07_protokoll.txt"), "w", encoding="utf-8") as f:
        f.write(txt)


# ---------------------------------------------------------------- 5. Ulricehamn (HTML kallelse)
ULRICEHAMN_HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kallelse/underrättelse – Ulricehamns kommun</title>
</head>
<body>
<div id="top"><a href="/"><span class="brand">Ulricehamns kommun</span></a>
<ul class="mainnav"><li><a href="/politik">Kommun och politik</a></li><li><a href="/moten">Sammanträden</a></li>
<li><a href="/kontakt">Kontakt</a></li></ul></div>
<div id="content">
<p class="published">Publicerad 2026-10-16</p>
<h1>Kallelse/underrättelse</h1>
<p>Ledamöter kallas och ersättare underrättas till sammanträde med kommunfullmäktige torsdagen den
29 oktober 2026 kl. 18.00 i stadshusets sessionssal, Nygatan 1. Sammanträdet är öppet för allmänheten
och sänds på webben.</p>
<p>Ledamot som är förhindrad att delta ska snarast anmäla detta till kommunsekreteraren.</p>
<table class="agenda">
<tr><th>Nr</th><th>Ärende</th><th>Diarienummer</th></tr>
<tr><td>1</td><td>Val av justerare samt tid för justering</td><td></td></tr>
<tr><td>2</td><td>Allmänhetens frågestund</td><td></td></tr>
<tr><td>3</td><td>Delårsrapport januari–augusti 2026</td><td>KS 2026/311</td></tr>
<tr><td>4</td><td>Motion från Helena Forsberg (C) om solceller på kommunens fastigheter</td><td>KS 2025/402</td></tr>
<tr><td>5</td><td>Interpellation från Magnus Ek (SD) till kommunstyrelsens ordförande om trygghetsvärdar</td><td>KS 2026/355</td></tr>
<tr><td>6</td><td>Fyllnadsval av ersättare i barn- och utbildningsnämnden</td><td>KS 2026/017</td></tr>
<tr><td>7</td><td>Anmälan av inkomna motioner och medborgarförslag</td><td></td></tr>
</table>
<p>Annika Wahlberg (M)<br>ordförande</p>
<p>Jonas Lind<br>kommunsekreterare</p>
</div>
<div id="footer">Stadshuset, Nygatan 1, 523 86 · 0321-59 50 00</div>
</body>
</html>
"""


def main():
    build_danderyd()
    build_vellinge()
    with open(os.path.join(OUT, "kinda_samhallsbyggnadsnamnden_2026-10-13_protokoll.html"), "w", encoding="utf-8") as f:
        f.write(KINDA_HTML)
    build_tidaholm()
    with open(os.path.join(OUT, "ulricehamn_kommunfullmaktige_2026-10-29_kallelse.html"), "w", encoding="utf-8") as f:
        f.write(ULRICEHAMN_HTML)


if __name__ == "__main__":
    main()
