# Generator for the kommuner45 development set (invented documents).
import os, subprocess
from fpdf import FPDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
F = '/usr/share/fonts/truetype/dejavu/'


def pdf_base(header=None, footer=None):
    class P(FPDF):
        def header(self):
            if header:
                header(self)

        def footer(self):
            if footer:
                footer(self)
    p = P(format='A4')
    p.add_font('S', '', F + 'DejaVuSans.ttf')
    p.add_font('S', 'B', F + 'DejaVuSans-Bold.ttf')
    p.add_font('R', '', F + 'DejaVuSerif.ttf')
    p.add_font('R', 'B', F + 'DejaVuSerif-Bold.ttf')
    p.set_auto_page_break(True, 25)
    p.alias_nb_pages()
    return p


def para(p, txt, font='S', style='', size=10, h=5, after=2):
    p.set_font(font, style, size)
    p.multi_cell(0, h, txt, new_x='LMARGIN', new_y='NEXT')
    p.ln(after)


def docx_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end'); r3._r.append(f2)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 1 Vindeln KPR docx, bold headings
def vindeln():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    p = d.add_paragraph(); r = p.add_run('VINDELNS KOMMUN'); r.bold = True; r.font.size = Pt(9)
    d.add_paragraph('Socialförvaltningen').runs[0].font.size = Pt(9)
    p = d.add_paragraph(); r = p.add_run('Minnesanteckningar'); r.bold = True; r.font.size = Pt(18)
    p = d.add_paragraph(); r = p.add_run('Kommunala pensionärsrådet (KPR)'); r.bold = True; r.font.size = Pt(13)
    d.add_paragraph('Datum: 2026-03-12, kl. 13.30–15.45\nPlats: Folkets hus, lilla salen, Vindeln')
    p = d.add_paragraph(); p.add_run('Närvarande').bold = True
    p = d.add_paragraph(); r = p.add_run('Förtroendevalda'); r.italic = True
    d.add_paragraph('Lena Åström (S), ordförande\nPer-Olof Lindgren (C)\nMaria Holmqvist (M)')
    p = d.add_paragraph(); r = p.add_run('Representanter för pensionärsorganisationerna'); r.italic = True
    d.add_paragraph('Gunnel Sandström, PRO Vindeln, vice ordförande\nBertil Nygren, PRO Vindeln\n'
                    'Karin Öberg, SPF Seniorerna Vindeln\nAlf Marklund, SPF Seniorerna Hällnäs')
    p = d.add_paragraph(); r = p.add_run('Tjänstepersoner'); r.italic = True
    d.add_paragraph('Annika Forsberg, socialchef\nJonas Edlund, enhetschef hemtjänsten\nSofia Lindqvist, nämndsekreterare')
    p = d.add_paragraph(); r = p.add_run('Övriga'); r.italic = True
    d.add_paragraph('Malin Grahn, folkhälsostrateg, Region Västerbotten (punkt 5)')
    d.add_paragraph('Förhinder: Stig Lundmark (SPF Seniorerna Vindeln), Eva Westerlund (V)')

    def h(t):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = True
    h('Mötets öppnande')
    d.add_paragraph('Ordföranden Lena Åström hälsade alla välkomna, särskilt Malin Grahn från regionen, och öppnade mötet.')
    h('Föregående minnesanteckningar')
    d.add_paragraph('Minnesanteckningarna från mötet 2025-11-20 gicks igenom. Inga synpunkter. Anteckningarna lades till handlingarna.')
    h('Information från socialtjänsten')
    d.add_paragraph('Socialchef Annika Forsberg berättade om arbetet med den nya äldreomsorgsplanen 2026–2030. '
                    'Ett första utkast ska skickas på remiss till KPR i september. Ombyggnaden av särskilda boendet '
                    'Klockarbacken beräknas vara klar i december.')
    d.add_paragraph('Bertil Nygren undrade hur många platser som ska finnas på Klockarbacken efter ombyggnaden. '
                    'Annika svarade att antalet blir 28, två fler än i dag.')
    h('Hemtjänsten – lägesbild')
    d.add_paragraph('Enhetschef Jonas Edlund gav en lägesbild av hemtjänsten i Vindeln och Åmsele. Sjukfrånvaron har '
                    'minskat under vintern, men det är fortfarande svårt att rekrytera undersköterskor till helger.')
    d.add_paragraph('Karin Öberg lyfte frågan om kontinuiteten – hur många olika personal en brukare möter under '
                    'två veckor. Jonas tar med sig frågan och återkommer med siffror till nästa möte.')
    page_break(d)
    h('Trygg och säker vinter – halkskydd för seniorer')
    d.add_paragraph('Malin Grahn presenterade regionens kampanj om fallprevention och halkskydd. Broddar delas ut '
                    'gratis till alla över 65 år via biblioteket och medborgarkontoret.')
    d.add_paragraph('Alf Marklund frågade om broddarna även kan hämtas i Hällnäs. Malin undersöker saken.')
    h('Kollektivtrafiken till Umeå')
    d.add_paragraph('Per-Olof Lindgren rapporterade från kommunstyrelsen att Länstrafiken planerar att dra in två '
                    'avgångar mellan Vindeln och Umeå från augusti. Kommunen har lämnat synpunkter till Region Västerbotten.')
    d.add_paragraph('Gunnel Sandström väckte frågan om rådet kan skriva ett eget yttrande. Rådet enades om att '
                    'Gunnel och Per-Olof tar fram ett förslag.')
    h('Frågor från organisationerna')
    d.add_paragraph('Karin Öberg ställde en fråga om när trygghetslarmen byts till digitala larm. Svar: bytet är '
                    'klart i maj.')
    d.add_paragraph('Maria Holmqvist tog upp behovet av fler bänkar längs gångvägen vid älven. Frågan lämnas till '
                    'tekniska förvaltningen.')
    h('Nästa möte')
    d.add_paragraph('Nästa möte hålls torsdag 2026-05-21 kl. 13.30 i Folkets hus.')
    h('Mötets avslutande')
    d.add_paragraph('Ordföranden tackade för ett bra möte och avslutade det.')
    d.add_paragraph('')
    d.add_paragraph('Vid anteckningarna')
    d.add_paragraph('Sofia Lindqvist\nnämndsekreterare')
    d.save(os.path.join(OUT, 'vindeln_kommunala-pensionarsradet_2026-03-12_minnesanteckningar.docx'))


# ---------------------------------------------------------------- 2 Osby KFR docx, Heading styles, organ only in header
def osby():
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'Osby kommun\tKommunala funktionshinderrådet\t'
    fp = sec.footer.paragraphs[0]
    fp.add_run('Mötesanteckningar 2026-02-18\t\tSida ')
    docx_field(fp, 'PAGE')
    fp.add_run(' av ')
    docx_field(fp, 'NUMPAGES')
    d.add_heading('Mötesanteckningar', level=1)
    d.add_paragraph('Datum: onsdag 18 februari 2026, kl. 09.00–11.30\nPlats: Kommunhuset, sammanträdesrum Hasslaröd')
    p = d.add_paragraph(); p.add_run('Närvarande').bold = True
    d.add_paragraph('Ledamöter, förtroendevalda:').runs[0].italic = True
    d.add_paragraph('Ingrid Bengtsson (C), ordförande\nTomas Hjalmarsson (S)\nElin Paulsson (SD)')
    d.add_paragraph('Föreningsrepresentanter:').runs[0].italic = True
    d.add_paragraph('Ove Strand, DHR Osby\nLisbeth Malmqvist, Reumatikerföreningen Osby\nCamilla Jeppsson, FUB Osby')
    d.add_paragraph('Tjänstepersoner:').runs[0].italic = True
    d.add_paragraph('Peter Ljung, förvaltningschef vård och omsorg\nHanna Olsson, tillgänglighetssamordnare\n'
                    'Rebecka Nord, nämndsekreterare')
    p = d.add_paragraph(); p.add_run('Frånvarande: ').bold = True
    p.add_run('Leif Åkesson, Hörselskadades förening; Mona Svensson (M)')
    d.add_heading('Välkommen och genomgång av dagordningen', level=2)
    d.add_paragraph('Ordföranden hälsade välkommen. Dagordningen godkändes med ett tillägg under övriga frågor.')
    d.add_heading('Föregående mötesanteckningar', level=2)
    d.add_paragraph('Anteckningarna från 2025-12-03 godkändes och lades till handlingarna.')
    d.add_heading('Tillgänglighetsinventering av lekplatser', level=2)
    d.add_paragraph('Hanna Olsson redogjorde för inventeringen av kommunens 14 lekplatser. Fyra av dem saknar '
                    'hårdgjord gång fram till lekredskapen, och ingen har en gunga för rullstol.')
    d.add_paragraph('Camilla Jeppsson undrade om föreningarna kan vara med när lekplatsen i Lönsboda rustas. '
                    'Hanna bjuder in FUB och DHR till ett platsbesök i april.')
    d.add_heading('Information från vård och omsorg', level=2)
    d.add_paragraph('Peter Ljung informerade om det nya LSS-boendet på Västra Storgatan som öppnar i oktober '
                    'med sex lägenheter. Daglig verksamhet flyttar till nya lokaler i Killeberg.')
    d.add_paragraph('Ove Strand frågade hur boendet har anpassats för personer med syn­nedsättning. '
                    'Peter återkommer skriftligt.')
    d.add_heading('Färdtjänst och riksfärdtjänst – nya regler från Skånetrafiken', level=2)
    d.add_paragraph('Tomas Hjalmarsson föredrog de ändrade reglerna för färdtjänst som Region Skåne har beslutat, '
                    'bland annat att resor över kommungränsen till Hässleholm och Kristianstad blir dyrare.')
    d.add_paragraph('Lisbeth Malmqvist lyfte frågan om hur medlemmar utan smarttelefon ska kunna boka resor i den '
                    'nya appen. Rådet vill att frågan tas upp i regionens brukarråd.')
    d.add_heading('Rapporter från föreningarna', level=2)
    d.add_paragraph('Ove Strand rapporterade att DHR Osby har fått 12 nya medlemmar. Camilla Jeppsson berättade om '
                    'FUB:s sommarläger som i år hålls vid Hjärsjön.')
    d.add_heading('Övriga frågor', level=2)
    d.add_paragraph('Elin Paulsson väckte frågan om hörslinga i biblioteket, som har varit trasig sedan november. '
                    'Ingrid Bengtsson tog upp att ledstången vid entrén till simhallen saknas. Båda frågorna lämnas '
                    'till fastighetsenheten.')
    d.add_heading('Nästa möte', level=2)
    d.add_paragraph('Onsdag 22 april 2026 kl. 09.00.')
    d.add_paragraph('')
    d.add_paragraph('Vid anteckningarna: Rebecka Nord')
    d.save(os.path.join(OUT, 'osby_kommunala-funktionshinderradet_2026-02-18_motesanteckningar.docx'))


# ---------------------------------------------------------------- 3 Tibro BRÅ PDF, bold headings
def tibro():
    def hdr(p):
        p.set_font('S', 'B', 9); p.cell(60, 5, 'TIBRO KOMMUN')
        p.set_font('S', '', 9); p.cell(70, 5, 'Anteckningar BRÅ 2026-04-09', align='C')
        p.cell(0, 5, f'Sida {p.page_no()} ({{nb}})', align='R', new_x='LMARGIN', new_y='NEXT')
        p.line(10, 16, 200, 16); p.ln(6)
    p = pdf_base(hdr)
    p.add_page()
    para(p, 'Anteckningar från möte i Brottsförebyggande rådet, BRÅ Tibro', 'S', 'B', 15, 7, 3)
    para(p, 'Datum: 2026-04-09, kl. 08.30–11.00\nPlats: Kommunhuset, Forum', size=10)
    para(p, 'Närvarande', 'S', 'B', 11, 6, 1)
    rows = [('Tibro kommun', ['Johan Qvist (M), ordförande, kommunstyrelsens ordförande',
                              'Anneli Fransson (S), kommunstyrelsens vice ordförande',
                              'Mikael Brink, kommundirektör', 'Sara Wiklund, säkerhetssamordnare',
                              'Emil Hedqvist, fritidschef', 'Therese Ahl, rektor Ribbingsfors skola']),
            ('Polisen', ['Jessica Larsson, kommunpolis, lokalpolisområde Norra Skaraborg']),
            ('Räddningstjänsten Östra Skaraborg', ['Niklas Falk, brandmästare']),
            ('Övriga', ['Göran Sjödin, AB Tibrobyggen'])]
    for g, names in rows:
        p.set_font('S', 'B', 9.5); p.cell(55, 5, g)
        p.set_font('S', '', 9.5)
        p.multi_cell(0, 5, '\n'.join(names), new_x='LMARGIN', new_y='NEXT'); p.ln(1)
    para(p, 'Förhinder: Kent Axelsson, Svenska kyrkan Tibro', size=9.5, after=4)

    def h(t):
        para(p, t, 'S', 'B', 11, 6, 1)
    h('Inledning och presentationsrunda')
    para(p, 'Ordföranden Johan Qvist hälsade välkommen. Therese Ahl deltog för första gången och presenterade sig.')
    h('Lägesbild från polisen')
    para(p, 'Kommunpolis Jessica Larsson gav en lägesbild för första kvartalet. Anmälda inbrott i bostad har minskat '
            'med en tredjedel jämfört med samma period 2025, medan bedrägerier mot äldre har ökat. Två öppna '
            'narkotikaplatser i centrum har störts genom riktade kontroller.')
    para(p, 'Anneli Fransson frågade om polisen ser någon koppling mellan bedrägerierna och de ungdomar som '
            'rekryterats till kriminella nätverk i regionen. Jessica svarade att utredningarna pågår.')
    h('Skadegörelse och nedskräpning vid resecentrum')
    para(p, 'Sara Wiklund visade kartor över anmäld skadegörelse under vintern. Merparten sker vid resecentrum och '
            'i gångtunneln under Hjovägen på fredagskvällar. Kameraövervakning prövas inte i nuläget; i stället '
            'förbättras belysningen under våren.')
    para(p, 'Göran Sjödin tog upp att Tibrobyggen har haft flera fall av klotter i trapphus på Rydsvägen och vill '
            'att bolaget får delta i trygghetsvandringen i maj.')
    h('Sommarlovet 2026 – aktiviteter för unga')
    para(p, 'Fritidschef Emil Hedqvist presenterade planeringen för sommarlovet: fritidsgården håller öppet hela '
            'sommaren, 60 feriejobb erbjuds och en ny aktivitetsbuss kör till badplatserna tre dagar i veckan. '
            'Satsningen finansieras delvis med statsbidrag för lovaktiviteter.')
    p.add_page()
    para(p, 'Johan Qvist undrade om aktivitetsbussen också kan stanna i Fagersanna. Emil svarade att en hållplats där '
            'ingår i den preliminära tidtabellen.')
    h('Räddningstjänsten informerar')
    para(p, 'Niklas Falk informerade om tre anlagda bränder i papperskorgar och en i en container vid Smörkullen '
            'under mars. Räddningstjänsten har haft samtal med två skolklasser.')
    para(p, 'Mikael Brink ställde en fråga om hur snabbt kommunen får information när en brand bedöms vara anlagd. '
            'Niklas lovade att se över rutinen tillsammans med Sara Wiklund.')
    h('Medborgarlöfte 2026–2027')
    para(p, 'Kommundirektör Mikael Brink föredrog förslaget till nytt medborgarlöfte mellan Tibro kommun och '
            'Polisen. Fokus blir trygghet i centrum och bedrägerier mot äldre. Erfarenheter från Karlsborgs '
            'kommun, som arbetat med liknande löfte, ska tas tillvara. Förslaget går vidare till kommunstyrelsen '
            'i juni.')
    h('Nästa möte')
    para(p, 'Torsdag 2026-06-11 kl. 08.30 i kommunhuset.', after=10)
    para(p, 'Vid anteckningarna\n\nSara Wiklund\nsäkerhetssamordnare')
    p.output(os.path.join(OUT, 'tibro_brottsforebyggande-radet_2026-04-09_anteckningar.pdf'))


# ---------------------------------------------------------------- 4 Jokkmokk ungdomsråd HTML
def jokkmokk():
    html = '''<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>Minnesanteckningar ungdomsrådet 6 maj 2026 - Jokkmokks kommun</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body>
<header class="site-header"><a class="logo" href="/">Jokkmokks kommun</a>
<nav><ul><li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/uppleva">Uppleva och göra</a></li>
<li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>
<form class="search"><input type="text" placeholder="Sök"><button>Sök</button></form></header>
<nav class="breadcrumb">Du är här: <a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> /
<a href="/kommun-och-politik/rad">Råd och nätverk</a> / <a href="/kommun-och-politik/rad/ungdomsradet">Ungdomsrådet</a> /
Minnesanteckningar 6 maj 2026</nav>
<main>
<article>
<h1>Minnesanteckningar ungdomsrådet 6 maj 2026</h1>
<p class="meta">Tid: onsdag 6 maj 2026 kl. 16.00–18.00<br>Plats: Ájtte-salen, kommunhuset</p>
<h2>Närvarande</h2>
<h3>Ledamöter i ungdomsrådet</h3>
<ul><li>Ella Kuoljok, ordförande</li><li>Noah Blind</li><li>Saga Pavval</li><li>Liam Nutti</li><li>Moa Grönlund</li></ul>
<h3>Från kommunen</h3>
<ul><li>Robert Sandberg (S), kommunalråd</li><li>Anders Rimpi, kultur- och fritidschef</li>
<li>Kristina Spik, ungdomssamordnare</li></ul>
<h3>Övriga</h3>
<ul><li>Hanna Länta, barnmorska, ungdomsmottagningen, Region Norrbotten</li></ul>
<p><strong>Frånvarande:</strong> Elias Holmberg</p>
<h2>Mötet öppnas</h2>
<p>Ella Kuoljok öppnade mötet och hälsade alla välkomna.</p>
<h2>Val av justerare</h2>
<p>Moa Grönlund valdes att justera anteckningarna tillsammans med ordföranden.</p>
<h2>Ungdomsmottagningen</h2>
<p>Hanna Länta berättade om ungdomsmottagningens arbete och nya öppettider. Från hösten finns det drop-in
varje tisdag eftermiddag, och det går att chatta med en kurator.</p>
<p>Moa Grönlund undrade om man kan få hjälp på samiska. Hanna svarade att det finns tolk, men att mottagningen
gärna vill anställa någon med språket.</p>
<h2>Sommarjobb för unga 2026</h2>
<p>Anders Rimpi informerade om sommarjobben. 85 platser erbjuds i år, bland annat under Jokkmokks marknad
och på Ájtte.</p>
<p>Liam Nutti frågade varför man måste vara 16 år för att söka. Anders förklarade att det beror på
arbetsmiljöreglerna, men att 15-åringar kan söka platser i föreningslivet.</p>
<h2>Skatepark vid Hembygdsområdet – återkoppling</h2>
<p>Robert Sandberg redogjorde för vad som hänt sedan rådets förslag i höstas. Kommunstyrelsen har avsatt
400&nbsp;000 kronor och bygget startar i augusti.</p>
<p>Noah Blind lyfte frågan om belysning, så att parken kan användas även under mörka månader. Robert tar med
sig frågan.</p>
<h2>Ungdomsrådets egna frågor</h2>
<p>Ella Kuoljok tog upp att det saknas en sen buss hem från aktiviteter i Gällivare på fredagar.
Saga Pavval väckte frågan om gratis mensskydd på högstadieskolans toaletter. Kristina Spik
skickar båda frågorna vidare till berörda förvaltningar.</p>
<h2>Övrigt</h2>
<p>Inga övriga frågor.</p>
<h2>Nästa möte och avslutning</h2>
<p>Nästa möte blir i september. Ordföranden avslutade mötet.</p>
<p>Vid anteckningarna<br>Kristina Spik, ungdomssamordnare</p>
<p>Justeras<br>Ella Kuoljok &nbsp;&nbsp; Moa Grönlund</p>
</article>
<aside><h2>Kontakt</h2><p>Ungdomssamordnare<br>Kristina Spik<br>0971-170 00</p>
<h2>Relaterade sidor</h2><ul><li><a href="#">Ungdomsrådets uppdrag</a></li><li><a href="#">Tidigare anteckningar</a></li></ul></aside>
</main>
<footer><p>Sidan uppdaterades 2026-05-12</p><p>Jokkmokks kommun, Box 124, 962 23 Jokkmokk. Telefon 0971-170 00</p></footer>
</body></html>
'''
    open(os.path.join(OUT, 'jokkmokk_ungdomsradet_2026-05-06_anteckningar.html'), 'w', encoding='utf-8').write(html)


# ---------------------------------------------------------------- 5 Burlöv KS protokoll PDF (Ciceron-like)
def burlov():
    def hdr(p):
        p.set_font('S', 'B', 10); p.cell(70, 5, 'BURLÖVS KOMMUN')
        p.set_font('S', '', 9); p.cell(70, 5, 'SAMMANTRÄDESPROTOKOLL')
        p.cell(0, 5, f'Sida {p.page_no()} av {{nb}}', align='R', new_x='LMARGIN', new_y='NEXT')
        p.cell(70, 5, 'Kommunstyrelsen'); p.cell(70, 5, 'Sammanträdesdatum 2026-04-14', new_x='LMARGIN', new_y='NEXT')
        p.line(10, 21, 200, 21); p.ln(7)

    def ftr(p):
        p.set_y(-18); p.set_font('S', '', 7.5)
        p.cell(60, 4, 'Justerandes sign'); p.cell(60, 4, ''); p.cell(0, 4, 'Utdragsbestyrkande', align='R')
        p.set_y(-14); p.cell(30, 5, '________'); p.cell(30, 5, '________')
    p = pdf_base(hdr, ftr)
    p.add_page()
    p.set_font('S', '', 10)

    def kv(k, v, w=48):
        p.set_font('S', 'B', 9.5); x = p.get_y(); p.cell(w, 5, k)
        p.set_font('S', '', 9.5); p.multi_cell(0, 5, v, new_x='LMARGIN', new_y='NEXT'); p.ln(1.5)
    kv('Plats och tid', 'Kommunhuset, Arlöv, sessionssalen, kl. 15.00–18.10')
    kv('Beslutande', 'Katarina Holm (S), ordförande\nRasmus Ekdahl (M), 1:e vice ordförande\n'
       'Zeynep Kaya (S), 2:e vice ordförande\nHenrik Lindvall (SD)\nPernilla Strömberg (S)\nOla Bengtsson (M)\n'
       'Karin Nilsson (V)\nMagnus Törnqvist (SD)\nAhmed Said (S)\nLouise Franzén (L)\n'
       'Bo Jönsson (C), tjänstgörande ersättare för Helena Wik (C)')
    kv('Ersättare', 'Fredrik Ahlgren (S)\nSanna Kronvall (M)\nJan-Erik Pålsson (SD)\nTove Jeppsson (BF)')
    kv('Övriga deltagare', 'Patrik Wendel, kommundirektör\nYlva Hedström, kommunsekreterare\n'
       'Erik Carlsson, ekonomichef, § 47\nMaja Lundgren, planchef, § 49')
    kv('Justerare', 'Rasmus Ekdahl (M)')
    kv('Justeringens plats och tid', 'Kommunhuset, Arlöv, 2026-04-17')
    p.ln(3)
    kv('Underskrifter', '')
    for lab, n in [('Sekreterare', 'Ylva Hedström                                   Paragrafer §§ 44–52'),
                   ('Ordförande', 'Katarina Holm'), ('Justerare', 'Rasmus Ekdahl')]:
        p.set_font('S', '', 9.5); p.cell(48, 9, lab); p.cell(0, 9, '.' * 40, new_x='LMARGIN', new_y='NEXT')
        p.cell(48, 4, ''); p.cell(0, 4, n, new_x='LMARGIN', new_y='NEXT')
    p.ln(4)
    p.set_font('S', 'B', 9.5); p.cell(0, 6, 'ANSLAGSBEVIS', new_x='LMARGIN', new_y='NEXT')
    para(p, 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\nOrgan: Kommunstyrelsen\n'
            'Sammanträdesdatum: 2026-04-14\nDatum då anslaget sätts upp: 2026-04-18   Datum då anslaget tas ned: 2026-05-11\n'
            'Förvaringsplats för protokollet: Kommunkansliet, Arlöv', size=8.5, h=4.2)

    def par(num, dnr, title):
        p.set_font('S', 'B', 11); p.cell(100, 6, num); p.set_font('S', '', 9.5)
        p.cell(0, 6, dnr, align='R', new_x='LMARGIN', new_y='NEXT')
        p.set_font('S', 'B', 11); p.multi_cell(120, 6, title, align='L', new_x='LMARGIN', new_y='NEXT'); p.ln(2)

    def sub(t):
        para(p, t, 'S', 'B', 9.5, 5, 0.5)

    def txt(t):
        para(p, t, 'R', '', 9.5, 4.8, 2)
    p.add_page()
    par('§ 44', '', 'Val av justerare')
    sub('Beslut')
    txt('Kommunstyrelsen utser Rasmus Ekdahl (M) att jämte ordföranden justera dagens protokoll.')
    p.ln(3)
    par('§ 45', '', 'Godkännande av dagordning')
    sub('Beslut')
    txt('Dagordningen godkänns med den ändringen att ärende 8 behandlas före ärende 7.')
    p.ln(3)
    par('§ 46', 'Dnr KS 2026/9', 'Information från kommundirektören')
    sub('Ärendebeskrivning')
    txt('Kommundirektör Patrik Wendel informerar om arbetet med ny gemensam räddningstjänst tillsammans med '
        'Lomma kommun och om läget i förhandlingarna med Region Skåne om busstrafiken genom Åkarp. Han '
        'redogör även för samarbetet med Malmö stad kring vattenförsörjningen.')
    sub('Beslut')
    txt('Kommunstyrelsen tackar för informationen.')
    p.ln(3)
    par('§ 47', 'Dnr KS 2026/61', 'Årsredovisning 2025 för Burlövs kommun')
    sub('Ärendebeskrivning')
    txt('Ekonomichef Erik Carlsson föredrar ärendet. Kommunen redovisar ett resultat om 38,2 mnkr för 2025, '
        'vilket är 12,4 mnkr bättre än budget. Balanskravsresultatet är positivt. Nämnderna redovisar '
        'sammantaget ett underskott om 6,1 mnkr, främst inom socialnämnden.')
    sub('Yrkanden')
    txt('Katarina Holm (S) yrkar bifall till förvaltningens förslag.')
    sub('Beslut')
    txt('Kommunstyrelsen föreslår kommunfullmäktige besluta\natt godkänna årsredovisning 2025 för Burlövs kommun.')
    sub('Protokollsanteckning')
    txt('Vänsterpartiet lämnar följande protokollsanteckning: "Vi ställer oss bakom årsredovisningen men vill '
        'understryka att underskottet inom socialnämnden är en följd av för låga ramar."')
    p.add_page()
    par('§ 48', 'Dnr KS 2025/344', 'Revidering av plan- och bygglovstaxa 2026')
    sub('Ärendebeskrivning')
    txt('Samhällsbyggnadsförvaltningen föreslår att timtaxan i plan- och bygglovstaxan höjs från 1 240 kronor '
        'till 1 390 kronor och att en ny avgift införs för förhandsbesked. Förslaget har beretts i '
        'kommunstyrelsens arbetsutskott 2026-03-31, § 39.')
    sub('Yrkanden')
    txt('Pernilla Strömberg (S) yrkar bifall till arbetsutskottets förslag.\n'
        'Henrik Lindvall (SD) yrkar avslag.\n'
        'Rasmus Ekdahl (M) yrkar att ärendet återremitteras för att konsekvenserna för småföretagare ska belysas.')
    sub('Propositionsordning')
    txt('Ordföranden frågar först om ärendet ska avgöras i dag eller återremitteras och finner att det ska '
        'avgöras i dag. Omröstning begärs.')
    sub('Omröstning')
    txt('Kommunstyrelsen godkänner följande beslutsgång: Ja-röst för att ärendet ska avgöras i dag, nej-röst '
        'för återremiss. Omröstningen utfaller med 7 ja-röster och 4 nej-röster enligt bilagd voteringslista. '
        'Kommunstyrelsen har därmed beslutat att ärendet ska avgöras i dag.')
    p.set_font('S', 'B', 9); p.cell(70, 6, 'Voteringslista § 48', new_x='LMARGIN', new_y='NEXT')
    cols = [(62, 'Ledamot'), (62, 'Tjänstgörande ersättare'), (16, 'Ja'), (16, 'Nej'), (16, 'Avstår')]
    for w, t in cols:
        p.cell(w, 6, t, border=1)
    p.ln()
    vl = [('Katarina Holm (S)', '', 'X'), ('Rasmus Ekdahl (M)', '', 'N'), ('Zeynep Kaya (S)', '', 'X'),
          ('Henrik Lindvall (SD)', '', 'N'), ('Pernilla Strömberg (S)', '', 'X'), ('Ola Bengtsson (M)', '', 'N'),
          ('Karin Nilsson (V)', '', 'X'), ('Magnus Törnqvist (SD)', '', 'N'), ('Ahmed Said (S)', '', 'X'),
          ('Louise Franzén (L)', '', 'X'), ('Helena Wik (C)', 'Bo Jönsson (C)', 'X')]
    p.set_font('S', '', 9)
    for a, b, v in vl:
        p.cell(62, 5.5, a, border=1); p.cell(62, 5.5, b, border=1)
        p.cell(16, 5.5, 'X' if v == 'X' else '', border=1, align='C')
        p.cell(16, 5.5, 'X' if v == 'N' else '', border=1, align='C'); p.cell(16, 5.5, '', border=1)
        p.ln()
    p.set_font('S', 'B', 9)
    p.cell(124, 5.5, 'Summa', border=1); p.cell(16, 5.5, '7', border=1, align='C'); p.cell(16, 5.5, '4', border=1, align='C')
    p.cell(16, 5.5, '0', border=1, align='C'); p.ln(8)
    txt('Därefter ställer ordföranden proposition på bifall till respektive avslag på arbetsutskottets förslag och '
        'finner att kommunstyrelsen bifaller förslaget.')
    sub('Beslut')
    txt('Kommunstyrelsen föreslår kommunfullmäktige besluta\natt anta reviderad plan- och bygglovstaxa att gälla '
        'från och med 2026-07-01.')
    p.add_page()
    para(p, '§ 48 (forts.)', 'S', 'B', 11, 6, 2)
    sub('Reservationer')
    txt('Ledamöterna från SD reserverar sig till förmån för eget yrkande.\n'
        'Rasmus Ekdahl (M) och Ola Bengtsson (M) reserverar sig mot beslutet till förmån för '
        'återremissyrkandet med en skriftlig reservation, bilaga 1.')
    p.ln(3)
    par('§ 49', 'Dnr KS 2024/203', 'Detaljplan för del av Arlöv 19:4 m.fl. (kvarteret Sockerbruket), '
        'beslut om granskning')
    sub('Ärendebeskrivning')
    txt('Planchef Maja Lundgren föredrar ärendet. Planförslaget möjliggör cirka 220 bostäder, en förskola med '
        'sex avdelningar och en ny gångväg mot stationen. Samrådet har genomförts och synpunkterna redovisas i '
        'en samrådsredogörelse.')
    sub('Yrkanden')
    txt('Ahmed Said (S) yrkar bifall till förslaget.\nMagnus Törnqvist (SD) yrkar att antalet bostäder begränsas '
        'till 150 och i övrigt bifall.')
    sub('Beslut')
    txt('Kommunstyrelsen beslutar att ställa ut planförslaget för granskning.')
    sub('Reservation')
    txt('Magnus Törnqvist (SD) reserverar sig mot beslutet.')
    sub('Protokollsanteckning')
    txt('Louise Franzén (L) lämnar en protokollsanteckning om att trafiksäkerheten vid Kronetorpsvägen måste '
        'utredas innan planen antas.')
    p.ln(3)
    par('§ 50', 'Dnr KS 2025/120', 'Motion från Henrik Lindvall (SD) om kameraövervakning vid Arlövs station')
    sub('Ärendebeskrivning')
    txt('Henrik Lindvall (SD) föreslår i en motion att kommunen ansöker om tillstånd för kameraövervakning av '
        'stationsområdet. Förvaltningen bedömer att Polisen och Skånetrafiken har ansvaret.')
    sub('Yrkanden')
    txt('Katarina Holm (S) yrkar att motionen avslås.\nHenrik Lindvall (SD) yrkar bifall till motionen.\n'
        'Ola Bengtsson (M) instämmer i Henrik Lindvalls yrkande.')
    sub('Beslut')
    txt('Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå motionen.')
    sub('Reservation')
    txt('Moderaterna och Sverigedemokraterna reserverar sig mot beslutet.')
    p.add_page()
    par('§ 51', 'Dnr KS 2025/287', 'Medborgarförslag om utegym i Åkarp')
    sub('Ärendebeskrivning')
    txt('Linnea Ohlsson har i ett medborgarförslag föreslagit att ett utegym byggs vid Dalbyvägen i Åkarp. '
        'Kultur- och fritidsnämnden har i sitt yttrande (KFN 2025-12-09, § 88) meddelat att ett utegym ingår i '
        'investeringsplanen för 2027.')
    sub('Yrkanden')
    txt('Zeynep Kaya (S) yrkar att medborgarförslaget anses besvarat.')
    sub('Beslut')
    txt('Kommunstyrelsen föreslår kommunfullmäktige besluta att medborgarförslaget anses besvarat.')
    p.ln(3)
    par('§ 52', '', 'Anmälan av delegationsbeslut')
    txt('Förteckning över delegationsbeslut fattade under perioden 2026-03-01–2026-03-31 anmäls, bland annat '
        'beslut om förlängt anställningsavtal (KS 2026/77) och yttrande över serveringstillstånd (KS 2026/80).')
    sub('Beslut')
    txt('Kommunstyrelsen lägger anmälan till handlingarna.')
    p.add_page()
    para(p, 'Bilaga 1 till Kommunstyrelsens protokoll 2026-04-14, § 48', 'S', 'B', 11, 6, 3)
    para(p, 'Reservation', 'S', 'B', 13, 7, 2)
    txt('Vi anser att förslaget till ny plan- och bygglovstaxa borde ha återremitterats. Höjningen drabbar '
        'småföretagare och enskilda husägare hårt, och konsekvenserna har inte analyserats. Vi jämför med '
        'Lomma kommun, där timtaxan är lägre. Vi reserverar oss därför mot beslutet.')
    txt('Arlöv 2026-04-14\n\nRasmus Ekdahl (M)\nOla Bengtsson (M)')
    p.output(os.path.join(OUT, 'burlov_kommunstyrelsen_2026-04-14_protokoll.pdf'))


# ---------------------------------------------------------------- 6 Emmaboda SBN protokoll -> pdftotext -layout TXT
def emmaboda():
    def hdr(p):
        p.set_font('S', '', 9)
        p.cell(70, 4.5, 'EMMABODA KOMMUN'); p.cell(70, 4.5, 'PROTOKOLL')
        p.cell(0, 4.5, f'{p.page_no()}({{nb}})', align='R', new_x='LMARGIN', new_y='NEXT')
        p.cell(70, 4.5, 'Samhällsbyggnadsnämnden'); p.cell(70, 4.5, 'Sammanträdesdatum')
        p.ln(4.5); p.cell(70, 4.5, ''); p.cell(70, 4.5, '2026-05-12', new_x='LMARGIN', new_y='NEXT'); p.ln(6)

    def ftr(p):
        p.set_y(-15); p.set_font('S', '', 8)
        p.cell(95, 4, 'Justerare: ........   ........'); p.cell(0, 4, 'Utdragsbestyrkande: ........', align='R')
    p = pdf_base(hdr, ftr)
    p.add_page()

    def kv(k, v, w=45):
        p.set_font('S', 'B', 9.5); p.cell(w, 5, k)
        p.set_font('S', '', 9.5); p.multi_cell(0, 5, v, new_x='LMARGIN', new_y='NEXT'); p.ln(1.5)
    kv('Plats och tid', 'Kommunhuset, sammanträdesrum Lindås, tisdagen den 12 maj 2026 kl. 13.00–16.20')
    kv('Beslutande', 'Gunilla Åberg (C), ordförande\nStefan Holgersson (S), vice ordförande\nMarcus Fagerlund (M)\n'
       'Jenny Karlsson (SD)\nRoger Nyman (S)\nUlla Sjöstrand (M)\nDennis Hult (SD)\nAnnelie Berg (L)\n'
       'Kjell Petersson (LA), tjg ersättare för Ingela Rask (LA)')
    kv('Ersättare', 'Lotta Engström (S)\nSven-Åke Ljungqvist (KD)')
    kv('Övriga närvarande', 'Mattias Grön, samhällsbyggnadschef\nElisabeth Fors, nämndsekreterare\n'
       'Oskar Vik, bygglovshandläggare, § 34\nJohanna Ekelund, miljöstrateg, § 33')
    kv('Utses att justera', 'Stefan Holgersson (S)')
    kv('Justeringens plats och tid', 'Kommunhuset 2026-05-15 kl. 10.00')
    kv('Paragrafer', '§§ 31–38')
    p.ln(4)
    for lab, n in [('Underskrifter Sekreterare', 'Elisabeth Fors'), ('Ordförande', 'Gunilla Åberg'),
                   ('Justerare', 'Stefan Holgersson')]:
        p.set_font('S', '', 9.5); p.cell(45, 9, lab); p.cell(0, 9, '_' * 35, new_x='LMARGIN', new_y='NEXT')
        p.cell(45, 4, ''); p.cell(0, 4, n, new_x='LMARGIN', new_y='NEXT')

    def par(num, title, dnr=None):
        p.set_font('S', 'B', 10.5); p.cell(18, 6, num)
        p.multi_cell(120, 6, title, new_x='LMARGIN', new_y='NEXT')
        if dnr:
            p.set_font('S', '', 9); p.cell(18, 5, ''); p.cell(0, 5, dnr, new_x='LMARGIN', new_y='NEXT')
        p.ln(2)

    def txt(t, style=''):
        p.set_x(28); p.set_font('R', style, 9.5); p.multi_cell(0, 4.8, t, new_x='LMARGIN', new_y='NEXT'); p.ln(2)
    p.add_page()
    par('§ 31', 'Val av justerare och justeringens tid')
    txt('Samhällsbyggnadsnämnden beslutar att utse Stefan Holgersson (S) att justera protokollet. Justering sker '
        '2026-05-15 kl. 10.00.')
    par('§ 32', 'Godkännande av föredragningslista')
    txt('Föredragningslistan godkänns.')
    par('§ 33', 'Information från förvaltningen', 'SBN/2026:3')
    txt('Samhällsbyggnadschef Mattias Grön informerar om personalläget och om att bygglovshandläggningstiderna nu '
        'ligger på i snitt fem veckor. Miljöstrateg Johanna Eke-\nlund redogör för arbetet med klimatanpassningsplanen '
        'och för den gemensamma skyfallskartering som tas fram med Nybro kommun och Lessebo kommun.')
    txt('Beslut', 'B')
    txt('Samhällsbyggnadsnämnden tackar för informationen.')
    par('§ 34', 'Ansökan om bygglov för nybyggnad av flerbostadshus,\nEmmaboda Lindås 3:14', 'SBN/2026:45')
    txt('Bygglovshandläggare Oskar Vik föredrar ärendet. Sökanden vill uppföra ett flerbostadshus i tre våningar '
        'med 18 lägenheter. Byggnaden överskrider den tillåtna byggnadshöjden med 0,6 meter, vilket förvaltningen '
        'bedömer vara en liten avvikelse.')
    txt('Yrkanden', 'B')
    txt('Roger Nyman (S) yrkar bifall till förvaltningens förslag.\nMarcus Fagerlund (M) yrkar avslag på ansökan.')
    txt('Propositionsordning', 'B')
    txt('Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Roger Nymans yrkande.')
    txt('Beslut', 'B')
    txt('Samhällsbyggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen.')
    txt('Reservation', 'B')
    txt('M-gruppen reserverar sig mot beslutet.')
    p.add_page()
    par('§ 35', 'Dagvattenpolicy för Emmaboda kommun', 'SBN/2025:198')
    txt('Förvaltningen har tagit fram ett förslag till dagvattenpolicy som ska ersätta riktlinjerna från 2014.')
    txt('Yrkanden', 'B')
    txt('Gunilla Åberg (C) yrkar bifall till förslaget.\nJenny Karlsson (SD) yrkar att ärendet återremitteras '
        'för att kostnaderna för fastighetsägarna ska utredas.')
    txt('Omröstning', 'B')
    txt('Omröstning begärs om ärendet ska avgöras i dag. Ja för att avgöra i dag, nej för återremiss. '
        'Med 5 ja-röster mot 4 nej-röster beslutar nämnden att avgöra ärendet i dag.\nResultat: Ja 5, Nej 4, Avstår 0')
    txt('Beslut', 'B')
    txt('Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta dagvattenpolicyn.')
    txt('Reservation', 'B')
    txt('Moderaterna och Sverigedemokraterna reserverar sig till förmån för Jenny Karlssons yrkande.')
    txt('Protokollsanteckning', 'B')
    txt('Annelie Berg (L) antecknar till protokollet att policyn bör följas upp efter två år.')
    par('§ 36', 'Lokala trafikföreskrifter om hastighet 40 km/tim på Kyrkogatan i Vissefjärda', 'SBN/2026:27')
    txt('Yrkanden', 'B')
    txt('Stefan Holgersson (S) yrkar bifall till förslaget.\nAnnelie Berg (L) yrkar att hastigheten i stället '
        'sätts till 30 km/tim förbi skolan.')
    txt('Beslut', 'B')
    txt('Samhällsbyggnadsnämnden beslutar enligt förvaltningens förslag.')
    txt('Reservation: Liberalerna', 'B')
    txt('Dennis Hult (SD) reserverar sig mot beslutet.')
    p.add_page()
    par('§ 37', 'Yttrande över motion från Kjell Petersson (LA) om fler laddplatser i Långasjö', 'SBN/2025:310')
    txt('Kjell Petersson (LA) har i en motion föreslagit att kommunen bygger minst sex publika laddplatser vid '
        'Långasjö bygdegård. Kommunstyrelsen har begärt nämndens yttrande.')
    txt('Yrkanden', 'B')
    txt('Gunilla Åberg (C) yrkar bifall till förvaltningens förslag till yttrande.\nUlla Sjöstrand (M) yrkar '
        'att nämnden ska tillstyrka motionen.')
    txt('Beslut', 'B')
    txt('Samhällsbyggnadsnämnden lämnar förvaltningens yttrande som sitt eget och avstyrker motionen.')
    txt('Reservationer', 'B')
    txt('Ulla Sjöstrand (M) och Marcus Fagerlund (M) reserverar sig mot beslutet.')
    par('§ 38', 'Delegationsbeslut och meddelanden')
    txt('Förteckning över delegationsbeslut för april 2026 redovisas. Beslutet om strandskyddsdispens '
        '(SBN/2026:39) har överklagats till länsstyrelsen.')
    txt('Beslut', 'B')
    txt('Redovisningen läggs till handlingarna.')
    tmp = '/tmp/kommuner45_emmaboda.pdf'
    p.output(tmp)
    txt_out = os.path.join(OUT, 'emmaboda_samhallsbyggnadsnamnden_2026-05-12_protokoll.txt')
    subprocess.run(['pdftotext', '-layout', tmp, txt_out], check=True)


# ---------------------------------------------------------------- 7 Forshaga SN kallelse PDF (Word-made agenda table)
def forshaga():
    def hdr(p):
        p.set_font('S', 'B', 12); p.cell(95, 6, 'Forshaga kommun')
        p.set_font('S', 'B', 11); p.cell(0, 6, 'KALLELSE', align='R', new_x='LMARGIN', new_y='NEXT')
        p.set_font('S', '', 9); p.cell(95, 5, 'Socialnämnden')
        p.cell(0, 5, f'Sida {p.page_no()} av {{nb}}', align='R', new_x='LMARGIN', new_y='NEXT'); p.ln(5)
    p = pdf_base(hdr)
    p.add_page()
    para(p, 'Kallelse till sammanträde med socialnämnden', 'S', 'B', 14, 7, 3)
    para(p, 'Datum: Onsdag 2026-05-20\nTid: 08.30\nPlats: Kommunhuset, Sessionssalen\n\n'
            'Ordinarie ledamöter kallas. Ersättare för kännedom.\nFörhinder anmäls till nämndsekreteraren.\n'
            'Förslag till justerare: Lena Berglund (M)', size=10)
    W = [12, 88, 28, 62]

    def row(c, bold=False, fill=False):
        p.set_font('S', 'B' if bold else '', 9)
        lines = [len(p.multi_cell(W[i], 5, c[i], dry_run=True, output='LINES')) for i in range(4)]
        hh = 5 * max(lines); y = p.get_y(); x = 10
        for i in range(4):
            p.set_xy(x, y); p.multi_cell(W[i], 5 * max(lines) / lines[i], c[i], border=1, fill=fill)
            x += W[i]
        p.set_xy(10, y + hh)
    p.set_fill_color(220, 220, 220)
    head = ('Nr', 'Ärende', 'Dnr', 'Föredragande')
    row(head, True, True)
    rows = [('1', 'Val av justerare', '', ''),
            ('2', 'Godkännande av dagordning', '', ''),
            ('3', 'Information: Verksamhetsuppföljning individ- och familjeomsorgen, första tertialet 2026',
             'SN 2026/5', 'Camilla Rosén, IFO-chef'),
            ('4', 'Information: Hemsjukvården – lägesbild', '', 'Ulf Dahlberg, medicinskt ansvarig sjuksköterska'),
            ('', 'Paus 10.00–10.15', '', ''),
            ('5', 'Ekonomisk uppföljning april 2026', 'SN 2026/3', 'Therese Lund, ekonom'),
            ('6', 'Internkontrollplan 2026 för socialnämnden', 'SN 2025/201', 'Jan Olsson, kvalitetsutvecklare'),
            ('7', 'Riktlinjer för ekonomiskt bistånd – revidering 2026', 'SN 2026/44', 'Camilla Rosén, IFO-chef'),
            ('8', 'Svar på medborgarförslag om trygghetsboende i Deje', 'SN 2025/188',
             'Kristina Berg, förvaltningschef'),
            ]
    for r in rows:
        row(r)
    p.add_page()
    row(head, True, True)
    rows2 = [('9', 'Yttrande till Inspektionen för vård och omsorg (IVO) i tillsynsärende', 'SN 2026/51',
              'Kristina Berg, förvaltningschef'),
             ('10', 'Anmälan av delegationsbeslut', '', ''),
             ('11', 'Meddelanden', '', ''),
             ('12', 'Information från ordföranden', '', 'Ordförande')]
    for r in rows2:
        row(r)
    p.ln(10)
    para(p, 'Forshaga 2026-05-08', size=10, after=8)
    p.set_font('S', '', 10)
    p.cell(95, 5, 'Maria Ekström (S)'); p.cell(0, 5, 'Jenny Sandell', new_x='LMARGIN', new_y='NEXT')
    p.cell(95, 5, 'Ordförande'); p.cell(0, 5, 'Nämndsekreterare', new_x='LMARGIN', new_y='NEXT')
    p.ln(6)
    para(p, 'Handlingar finns tillgängliga i Netpublicator från 2026-05-13.', size=8.5)
    p.output(os.path.join(OUT, 'forshaga_socialnamnden_2026-05-20_kallelse.pdf'))


# ---------------------------------------------------------------- 8 Gullspång BUN kallelse docx
def gullspang():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'GULLSPÅNGS KOMMUN\tKALLELSE\t2026-05-22'
    p = d.add_paragraph(); r = p.add_run('Kallelse'); r.bold = True; r.font.size = Pt(20)
    p = d.add_paragraph(); r = p.add_run('Barn- och utbildningsnämnden'); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph('Tid: onsdag 3 juni 2026 kl. 09.00\nPlats: Kommunhuset Hova, sammanträdesrum Bredsjö\n'
                    'Justerare: Anders Blom (S)')

    def table(rows):
        t = d.add_table(rows=0, cols=3); t.style = 'Table Grid'
        hdr = t.add_row().cells
        for i, s in enumerate(('Nr', 'Ärende', 'Dnr')):
            hdr[i].text = ''; hdr[i].paragraphs[0].add_run(s).bold = True
        for nr, title, extra, dnr in rows:
            c = t.add_row().cells
            c[0].text = nr
            c[1].text = ''
            c[1].paragraphs[0].add_run(title).bold = bool(nr)
            if extra:
                c[1].add_paragraph(extra)
            c[2].text = dnr
        return t
    table([('1.', 'Upprop och val av justerare', '', ''),
           ('2.', 'Godkännande av dagordningen', '', ''),
           ('3.', 'Budgetuppföljning maj 2026', 'Föredragande: ekonom Lina Berg', 'BUN 2026/12'),
           ('4.', 'Lokalförsörjningsplan för förskolan 2027–2030',
            'Föredragande: fastighetsstrateg Peter Ahlin och förvaltningschef Mikaela Strand', 'BUN 2025/88'),
           ('', 'Lunch 12.00–12.45', '', ''),
           ('5.', 'Svar på motion från Sandra Ek (V) om skolfrukost i Gullspångs grundskolor',
            'Föredragande: förvaltningschef Mikaela Strand', 'BUN 2026/7'),
           ('6.', 'Riktlinjer för skolskjuts läsåret 2026/2027 – skolskjutssamordnare Kent Lööf', '', 'BUN 2026/19'),
           ('7.', 'Delegationsbeslut', '', ''),
           ('8.', 'Meddelanden', '', '')])
    page_break(d)
    p = d.add_paragraph(); p.add_run('Informationsärenden').bold = True
    table([('9.', 'Elevhälsans arbete med närvarofrämjande insatser', 'Skolkurator Johanna Lind informerar', ''),
           ('10.', 'Samverkan med Mariestad och Töreboda kring gymnasieskolan',
            'Föredragande: förvaltningschef Mikaela Strand', 'BUN 2026/2'),
           ('11.', 'Kulturskolan – lägesbild – kulturskolechef Åsa Vinter', '', ''),
           ('12.', 'Förvaltningschefen informerar', '', '')])
    d.add_paragraph('')
    d.add_paragraph('Välkomna!')
    d.add_paragraph('Göran Alm (C)\nOrdförande\t\t\t\tHelena Rydberg\n\t\t\t\t\tNämndsekreterare')
    d.save(os.path.join(OUT, 'gullspang_barn-och-utbildningsnamnden_2026-06-03_kallelse.docx'))


# ---------------------------------------------------------------- 9 Mullsjö motion PDF
def mullsjo():
    p = pdf_base()
    p.add_page()
    # received stamp
    p.set_draw_color(180, 30, 30); p.set_text_color(180, 30, 30)
    p.rect(140, 12, 58, 22); p.set_xy(142, 13); p.set_font('S', 'B', 8)
    p.multi_cell(54, 4, 'MULLSJÖ KOMMUN\nKommunstyrelsen\nInkom: 2026-03-04\nDnr: KS 2026/58', align='C')
    p.set_text_color(0, 0, 0)
    p.set_xy(10, 40)
    para(p, 'Kristdemokraterna i Mullsjö', 'S', '', 9, 5, 1)
    para(p, 'Mullsjö 2026-03-02', 'S', '', 10, 5, 8)
    para(p, 'Till kommunfullmäktige i Mullsjö kommun', 'S', 'B', 11, 6, 4)
    para(p, 'Motion om simskola för alla elever i förskoleklass', 'R', 'B', 15, 7, 4)
    body = ('Att kunna simma är en livsviktig färdighet. Enligt läroplanen ska alla elever kunna simma 200 meter '
            'i slutet av årskurs 6, men vi vet att allt fler barn börjar skolan utan att ha varit i en simhall. '
            'Under 2025 drunknade flera barn i Jönköpings län, och Region Jönköpings län har i sin folkhälsorapport '
            'pekat på att simkunnigheten skiljer sig kraftigt mellan olika bostadsområden.',
            'I dag erbjuder Mullsjö kommun simundervisning först i årskurs 3. Både Habo kommun och Jönköpings kommun '
            'har infört simskola redan i förskoleklass, i samarbete med de lokala simklubbarna. Erfarenheterna '
            'därifrån är goda: andelen elever som klarar simkunnighetskravet i årskurs 6 har ökat.',
            'Vi kristdemokrater anser att Mullsjö ska följa efter. Kostnaden bedöms bli måttlig, eftersom '
            'Mullsjö simhall redan har lediga tider på förmiddagarna och skolskjuts kan samordnas med de '
            'befintliga turerna till Sandhem.')
    for b in body:
        para(p, b, 'R', '', 10.5, 5.5, 3)
    para(p, 'Med anledning av ovanstående yrkar vi', 'R', '', 10.5, 5.5, 2)
    para(p, 'att kommunfullmäktige ger barn- och utbildningsnämnden i uppdrag att från och med höstterminen 2027 '
            'erbjuda simskola för alla elever i förskoleklass, samt\n'
            'att kommunfullmäktige ger kommunstyrelsen i uppdrag att utreda samordning av skolskjuts till simhallen.',
         'R', '', 10.5, 5.5, 12)
    p.set_font('R', '', 10.5)
    p.cell(95, 6, 'Helena Sjöberg (KD)'); p.cell(0, 6, 'Bengt Wallin (KD)', new_x='LMARGIN', new_y='NEXT')
    p.cell(95, 6, 'ledamot i kommunfullmäktige'); p.cell(0, 6, 'ersättare i kommunfullmäktige', new_x='LMARGIN', new_y='NEXT')
    p.output(os.path.join(OUT, 'mullsjo_kommunfullmaktige_2026-03-02_motion.pdf'))


if __name__ == '__main__':
    for f in (vindeln, osby, tibro, jokkmokk, burlov, emmaboda, forshaga, gullspang, mullsjo):
        f()
        print('ok', f.__name__)
