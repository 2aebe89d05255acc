"""The probe of first names common in Sweden today (tests/test_names_today.py): an invented protocol and
kallelse as text (tests/data/names_today/) and a socialnämnd protocol built here as DOCX, with the people
each should give (name, party) and the capitalised words that are no person (months, weekdays, streets,
places, first names used as words)."""

from __future__ import annotations

from pathlib import Path

import docx

DATA = Path(__file__).parent / "data" / "names_today"
PROTOCOL = DATA / "testby_kommunstyrelsen_2026-06-09_protokoll.txt"
KALLELSE = DATA / "testby_kommunstyrelsen_2026-11-03_kallelse.txt"
DOCX_NAME = "testby_socialnamnden_2026-05-20_protokoll.docx"

#: (document, name, party or None) that must be found.
PERSONS: list[tuple[str, str, str | None]] = [
    # protocol: attendance with party, a member's role after the party
    ("protokoll", "Abdirahman Hassan", "S"),
    ("protokoll", "Katarzyna Nowak", "M"),
    ("protokoll", "Mehdi Rezaei", "V"),
    ("protokoll", "Nova Lindqvist", "C"),
    ("protokoll", "Fadumo Ali", "MP"),
    ("protokoll", "Juni Bergström", "L"),
    ("protokoll", "Vilgot Hansson", "KD"),
    ("protokoll", "Aino Korhonen", "S"),
    ("protokoll", "Zeynep Yılmaz", "SD"),
    ("protokoll", "Dženana Hodžić", "S"),
    ("protokoll", "Tomasz Wiśniewski", "M"),
    ("protokoll", "Dilan Baran", "V"),
    ("protokoll", "Semhar Gebremedhin", "S"),
    ("protokoll", "Sol Hedlund", "C"),
    ("protokoll", "Ask Nyberg", "M"),
    ("protokoll", "Rut Holm", "KD"),
    ("protokoll", "Shirin Moradi", "S"),
    ("protokoll", "Yonas Tesfay", "S"),
    # protocol: officials without party, in the attendance block and in running text
    ("protokoll", "Hodan Warsame", None),
    ("protokoll", "Farhad Karimi", None),
    ("protokoll", "Piotr Kowalski", None),
    ("protokoll", "Luwam Tekle", None),
    ("protokoll", "Kian Ahmadi", None),
    ("protokoll", "Milo Sandberg", None),
    ("protokoll", "Mirsad Begović", None),
    ("protokoll", "Agnieszka Zielińska", None),
    ("protokoll", "Behrouz Tehrani", None),
    ("protokoll", "Hamdi Nur", None),
    ("protokoll", "Golnar Sadeghi", None),
    # kallelse: officials named in the agenda, motions' authors, lists printed surname first
    ("kallelse", "Abdirahman Hassan", "S"),
    ("kallelse", "Hodan Warsame", None),
    ("kallelse", "Farhad Karimi", None),
    ("kallelse", "Jukka Mäkinen", None),
    ("kallelse", "Abdullahi Mohamed", None),
    ("kallelse", "Ayan Jama", "S"),
    ("kallelse", "Nasra Osman", "V"),
    ("kallelse", "Katarzyna Nowak", "M"),
    ("kallelse", "Mehdi Rezaei", "V"),
    ("kallelse", "Pirjo Virtanen", "S"),
    ("kallelse", "Emre Karadağ", "M"),
    ("kallelse", "Senait Haile", "S"),
    ("kallelse", "Linh Nguyen", "C"),
    ("kallelse", "Roya Ahmadi", "V"),
    ("kallelse", "Abdi Said", "S"),
    ("kallelse", "Dragana Jovanović", "KD"),
    ("kallelse", "Elif Sahin", "SD"),
    # DOCX: a table of members, officials in a list and in running text, a justerare, signatures
    ("docx", "Saga Lindberg", "S"),
    ("docx", "Rojda Kaya", "V"),
    ("docx", "Nermin Mehmedović", "S"),
    ("docx", "Eino Lahtinen", "SD"),
    ("docx", "Maj Andersson", "C"),
    ("docx", "Luna Ekström", "MP"),
    ("docx", "Noah Berglund", "M"),
    ("docx", "Merhawi Tekle", "S"),
    ("docx", "Azad Doski", "V"),
    ("docx", "Vide Sjöberg", None),
    ("docx", "Tuula Lahti", None),
    ("docx", "Hevi Rashid", None),
    ("docx", "Mustafa Yousef", None),
    ("docx", "Majvor Ekholm", None),
    ("docx", "Özlem Demir", None),
    ("docx", "Filmon Habte", None),
    ("docx", "Kaveh Rostami", None),
    ("docx", "Ilir Krasniqi", None),
]

#: (document, printed words) that are no person: no person's name may contain them.
NOT_PERSONS: list[tuple[str, str]] = [
    ("protokoll", "Maj Lindgren"),  # served for by an ersättare: not at the meeting
    ("protokoll", "Storgatan"),
    ("protokoll", "Stadshuset"),
    ("protokoll", "Sessionssalen"),
    ("protokoll", "Dag Hammarskjöld"),  # a street named after someone
    ("protokoll", "Nova Park"),  # a place
    ("protokoll", "Vide"),  # only Vide backe, a street, in the protocol
    ("protokoll", "Saga"),  # kvarteret Saga
    ("kallelse", "Juni"),
    ("kallelse", "Maj"),
    ("kallelse", "Tisdag"),
    ("kallelse", "Storgatan"),
    ("docx", "Luna Dans"),  # a company
    ("docx", "Onsdag"),
    ("docx", "Maj Park"),
    ("docx", "Saga Bio"),
    ("docx", "Ask"),
    ("docx", "Sol"),
]


def build_docx(folder: Path) -> Path:
    """The socialnämnd protocol as DOCX: a member table, officials, running text, signatures."""
    d = docx.Document()
    d.add_paragraph("Testby kommun")
    d.add_heading("Protokoll", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph("Sammanträdesdatum 2026-05-20")
    d.add_paragraph("Plats och tid: Onsdag den 20 maj 2026 kl. 09.00–12.00, Maj Park, Saga Bio")
    d.add_paragraph("Beslutande")
    t = d.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ("Namn", "Parti", "Roll"), strict=True):
        cell.text = text
    rows = [
        ("Saga Lindberg", "S", "ordförande"),
        ("Rojda Kaya", "V", "vice ordförande"),
        ("Nermin Mehmedović", "S", "ledamot"),
        ("Eino Lahtinen", "SD", "ledamot"),
        ("Maj Andersson", "C", "ledamot"),
        ("Luna Ekström", "MP", "ledamot"),
        ("Noah Berglund", "M", "ledamot"),
        ("Merhawi Tekle", "S", "tjänstgörande ersättare"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Närvarande tjänstepersoner")
    staff = d.add_table(rows=0, cols=3)
    for row in (("Kaveh Rostami", "", "sekreterare"), ("Ilir Krasniqi", "", "ersättare")):
        cells = staff.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Tjänstepersoner")
    d.add_paragraph("Sjöberg, Vide")
    d.add_paragraph("Lahti, Tuula")
    d.add_paragraph("Justerare: Rojda Kaya")
    d.add_heading("§ 21 Ekonomisk uppföljning april", level=2)
    d.add_paragraph("Dnr SN 2026/31")
    d.add_paragraph(
        "Ekonom Hevi Rashid informerar om utfallet. Socialchef Vide Sjöberg redogör för prognosen. "
        "Azad Doski (V) yrkar bifall. Sol och vind nämns i energiplanen; Ask och björk planteras."
    )
    d.add_heading("§ 22 Avtal om dagverksamhet", level=2)
    d.add_paragraph("Dnr SN 2026/40")
    d.add_paragraph(
        "Mustafa Yousef, enhetschef, föredrar ärendet. Avtalet med Luna Dans AB löper ut i juni. "
        "Tuula Lahti och Majvor Ekholm går igenom avtalet."
    )
    d.add_heading("§ 23 Information", level=2)
    d.add_paragraph("Dnr SN 2026/41")
    d.add_paragraph("Verksamhetschef Özlem Demir och kurator Filmon Habte informerar om läget i maj.")
    d.add_paragraph("Underskrifter")
    d.add_paragraph("Sekreterare\tMajvor Ekholm")
    d.add_paragraph("Ordförande\tSaga Lindberg")
    d.add_paragraph("Justerare\tRojda Kaya")
    path = folder / DOCX_NAME
    d.save(str(path))
    return path
