"""The organ and date of documents that are no protocol (session 12).

A delegationslista's organ is the body its decisions are reported to and its date that meeting's, however
the cover words it ("anmälda till", "redovisning … till", "anmäls vid …s sammanträde", "Anmälan av
delegationsbeslut – X", "som anmäls till X den …"), not the förvaltning heading its first page, the period
its decisions cover, or the day it was printed. Notes of a råd name their organ in a title with or without
a dash, by its abbreviation with the full name elsewhere, or as "möte med …". Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from indexer.extract import extract_file

_ROWS = """Datum       Dnr              Ärende                                         Delegat
2026-10-02  SN 2026/0412-3   Beslut om bistånd enligt 4 kap. 1 § SoL        Anna Ek, handläggare
2026-10-09  SN.2026.0419     Avslag på ansökan om färdtjänst                Bo Lind, enhetschef
2026-10-20  SN 2025/0991-12  Yttrande till förvaltningsrätten               Eva Berg, socialchef
"""

_COVERS = {
    "anmalda_till": (
        "Delegationsbeslut anmälda till socialnämnden 2026-11-25\nPeriod: 2026-10-01 – 2026-10-31\n",
        "Socialnämnden",
    ),
    "redovisning_till": (
        "SIGBY KOMMUN                                   Utskriftsdatum: 2026-11-02\n"
        "Redovisning av delegationsbeslut till socialnämnden\nBeslut fattade 2026-10-01 - 2026-10-31\n"
        "Redovisas vid sammanträdet 2026-11-25\n",
        "Socialnämnden",
    ),
    "anmals_vid_genitive": (
        "Delegationslista\nBeslutsdatum 2026-10-01 -- 2026-10-31\n"
        "Anmäls vid socialnämndens sammanträde den 25 november 2026\n",
        "Socialnämnden",
    ),
    "anmalan_av_dash": (
        "Anmälan av delegationsbeslut – Miljö- och byggnadsnämnden\nSammanträdesdatum: 2026-11-25\n",
        "Miljö- och byggnadsnämnden",
    ),
    "forteckning_som_anmals": (
        "Förteckning över delegationsbeslut som anmäls till Bygg- och miljönämnden den 25 november 2026\n",
        "Bygg- och miljönämnden",
    ),
    "forvaltning_heading": (
        "Socialförvaltningen                   Delegationsbeslut           2026-11-02\n"
        "Delegationsbeslut för anmälan till socialnämnden 2026-11-25\nUtskrift 2026-11-02 av Eva Ek\n",
        "Socialnämnden",
    ),
    "meeting_label": (
        "Delegationslista\nNämnd: Kommunstyrelsen\nSammanträde: 2026-11-25\nPeriod 2026-10-01 – 2026-10-31\n",
        "Kommunstyrelsen",
    ),
    "reported_for": (
        "Utskriftsdatum: 2026-11-02\nDelegationsbeslut 2026-10-01 – 2026-10-31\n"
        "Redovisas för socialnämnden 2026-11-25\n",
        "Socialnämnden",
    ),
    "type_word_then_body": (
        "Delegationslista Socialnämnden\nPeriod 2026-10-01--2026-10-31\nNämndsammanträde 2026-11-25\n",
        "Socialnämnden",
    ),
    "type_word_comma_body": (
        "Delegationsbeslut, socialnämnden\nBeslutsperiod: 2026-10-01 - 2026-10-31\n"
        "Datum för anmälan: 2026-11-25\n",
        "Socialnämnden",
    ),
    "for_information_to": (
        "Delegationsbeslut för kännedom till socialnämnden den 25 november 2026\nUtskriven 2026-11-02\n",
        "Socialnämnden",
    ),
    "generic_body_in_a_sentence": (
        "Anmälan av delegationsbeslut\nSocialnämnden\nSammanträdesdatum 2026-11-25\n"
        "Besluten anmäls till nämnden enligt 6 kap. 40 § kommunallagen.\n",
        "Socialnämnden",
    ),
}


@pytest.mark.parametrize("case", sorted(_COVERS))
def test_delegationslista_reported_to(tmp_path: Path, case: str) -> None:
    cover, organ = _COVERS[case]
    path = tmp_path / f"sigby_x_2026-01-01_delegationslista_{case}.txt"
    path.write_text(f"Sigby kommun\n{cover}\n{_ROWS}\n\fSigby kommun\n{_ROWS}\n", encoding="utf-8")
    ex = extract_file(path)
    assert (ex.meta.organ, ex.meta.date, ex.meta.doc_type) == (organ, "2026-11-25", "delegationslista")
    assert [it for it in ex.items if it.number] == []


_NOTES = {
    "title_no_dash": (
        [("h", "Minnesanteckningar Kommunala pensionärsrådet"), ("p", "Datum: 2026-11-18")],
        None,
    ),
    "abbreviation_full_name_later": (
        [
            ("h", "Minnesanteckningar från KPR"),
            ("p", "2026-11-18, Kommunhuset"),
            ("p", "Närvarande ledamöter i kommunala pensionärsrådet:"),
        ],
        None,
    ),
    "abbreviation_dash_name": (
        [
            ("b", "KPR – Kommunala pensionärsrådet"),
            ("h", "Minnesanteckningar"),
            ("p", "Tid: 2026-11-18 kl. 13.30"),
        ],
        None,
    ),
    "meeting_with": (
        [
            ("h", "Anteckningar från möte med Rådet för funktionshinderfrågor"),
            ("p", "Datum 18 november 2026"),
        ],
        "Rådet för funktionshinderfrågor",
    ),
    "label": (
        [("h", "Minnesanteckningar"), ("p", "Möte: Kommunala pensionärsrådet"), ("p", "Datum: 2026-11-18")],
        None,
    ),
    "genitive_before_meeting_word": (
        [("h", "Minnesanteckningar från kommunala pensionärsrådets möte 2026-11-18")],
        None,
    ),
    "genitive_before_sammantrade": (
        [("h", "Anteckningar från Kommunala pensionärsrådets sammanträde"), ("p", "Datum: 2026-11-18")],
        None,
    ),
    "comma_abbreviation": (
        [
            ("h", "Minnesanteckningar, KPR"),
            ("p", "2026-11-18"),
            ("p", "Kommunala pensionärsrådet sammanträdde."),
        ],
        None,
    ),
    "meeting_with_as_title": (
        [("h", "Möte med kommunala funktionshinderrådet"), ("p", "Minnesanteckningar 2026-11-18")],
        "Kommunala funktionshinderrådet",
    ),
    # the body's abbreviation in brackets after its name (kommuner39's Håbo): the name alone
    "bracketed_abbreviation": (
        [("h", "Minnesanteckningar"), ("p", "Kommunala pensionärsrådet (KPR)"), ("p", "Datum: 2026-11-18")],
        None,
    ),
    "bracketed_abbreviation_in_title": (
        [("h", "Minnesanteckningar från Kommunala pensionärsrådet (KPR) 2026-11-18")],
        None,
    ),
    "organ_above_title": (
        [("b", "Kommunala rådet för funktionshinderfrågor"), ("p", "Minnesanteckningar 2026-11-18")],
        "Kommunala rådet för funktionshinderfrågor",
    ),
}


@pytest.mark.parametrize("case", sorted(_NOTES))
def test_notes_of_a_council_name_their_organ(tmp_path: Path, case: str) -> None:
    head, organ = _NOTES[case]
    document = docx.Document()
    for kind, text in head:
        if kind == "h":
            document.add_heading(text, level=1)
        elif kind == "b":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text)
    for member in ("Närvarande", "Anna Ek, PRO", "Karl Berg, SPF Seniorerna", "Lena Holm (S), ordförande"):
        document.add_paragraph(member)
    for title, text in (("Mötets öppnande", "Ordföranden hälsade välkommen."), ("Övriga frågor", "Inga.")):
        run = document.add_paragraph().add_run(title)
        run.bold = run.underline = True
        document.add_paragraph(text)
    path = tmp_path / f"testby_kpr_2026-11-18_minnesanteckningar_{case}.docx"
    document.save(str(path))
    meta = extract_file(path).meta
    want = organ or "Kommunala pensionärsrådet"
    assert (meta.organ, meta.date, meta.doc_type) == (want, "2026-11-18", "minnesanteckningar")


def test_underlined_headings_among_bold_ones_are_points(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("Minnesanteckningar från KPR").bold = True
    document.add_paragraph("Datum: 2026-11-12. Närvarande: Kerstin Holm (S), ordförande, Anna Ek, PRO.")
    heads = [("Mötets öppnande", "b"), ("Information från socialförvaltningen", "u"), ("Budget 2027", "b")]
    heads += [("Frågor från föreningarna", "u"), ("Nästa möte", "b")]
    for title, how in heads:
        run = document.add_paragraph().add_run(title)
        run.bold, run.underline = how == "b", how == "u"
        document.add_paragraph(f"Rådet samtalade om {title.lower()}.")
    document.add_paragraph("Kommunala pensionärsrådet träffas igen i februari.")
    path = tmp_path / "testby_kpr_2026-11-12_minnesanteckningar.docx"
    document.save(str(path))
    ex = extract_file(path)
    assert [(it.number, it.title) for it in ex.items] == [(str(k + 1), t) for k, (t, _) in enumerate(heads)]
    assert ex.meta.organ == "Kommunala pensionärsrådet"
