"""An invented probe of how Swedish minutes print the body that met (session 16, written before the rules).

The same three-page protocol is printed under many organ lines: a cover in capitals, "Protokoll fört vid
sammanträde med X i Y kommun", "Sammanträdesprotokoll X", a running header "X | Protokoll | date", a
letterhead with the kommun above the organ, genitive bodies ("Kommunstyrelsens arbetsutskott"), an
abbreviation the document spells out once. Its pages open on decision lines naming other bodies
("Arbetsutskottet beslutar", "Arbetsutskottet föreslår kommunstyrelsen", "Kommunfullmäktige beslutar"),
which stand at the top of most pages as a running header does and are no organ.
"""

from __future__ import annotations

#: Each page's text below its header; {decision} stands near the top of page 2 and the foot of page 3, where
#: a header or footer would.
PAGE_ONE = (
    "Plats och tid: Kommunhuset, kl. 09.00–11.30\nBeslutande\nAnna Berg (S), ordförande\n"
    "Per Lind (M)\nKarin Sand (C)\nUtses att justera: Per Lind (M)\n"
    "Justeringens plats och tid: Kommunhuset 2026-03-06\nSekreterare\tLisa Ek\n"
)
PAGE_TWO = (
    "§ 12\tDnr 2026/14\nBudgetuppföljning mars 2026\n{decision}\nAtt notera informationen.\n"
    "§ 13\tDnr 2026/20\nTaxa för bygglov\nEkonomichef Ola Svensson föredrar ärendet.\n"
)
PAGE_THREE = (
    "Att anta taxan enligt förslaget.\n§ 14\tDnr 2026/31\nInformation från förvaltningen\n"
    "Förvaltningschefen informerar.\n{decision}\nAtt lägga informationen till handlingarna.\n"
)

#: (cover lines, running header of every page, the decision line, the organ the document is of).
CASES: list[tuple[str, str, str, str]] = [
    # A cover in capitals; the pages' own header names only the kommun.
    (
        "Bräcke kommun\nKOMMUNSTYRELSENS ARBETSUTSKOTT\nProtokoll\n2026-03-04",
        "Bräcke kommun\tPROTOKOLL\t{page} (3)\n2026-03-04",
        "Arbetsutskottet beslutar",
        "Kommunstyrelsens arbetsutskott",
    ),
    (
        "Bräcke kommun\nKOMMUNSTYRELSENS ARBETSUTSKOTT\nProtokoll\n2026-03-04",
        "Bräcke kommun\tPROTOKOLL\t{page} (3)\n2026-03-04",
        "Arbetsutskottet föreslår kommunstyrelsen",
        "Kommunstyrelsens arbetsutskott",
    ),
    (
        "SOCIALNÄMNDEN\nSammanträdesprotokoll\n2026-03-04",
        "Hylte kommun\tSida {page}(3)",
        "Socialnämnden beslutar",
        "Socialnämnden",
    ),
    # "Protokoll fört vid sammanträde med X i Y kommun" and its kin.
    (
        "HYLTE KOMMUN\tPROTOKOLL\tSida 1( 3 )\nSammanträdesdatum\n2026-03-04\n"
        "Protokoll fört vid sammanträde med socialnämnden i Hylte kommun",
        "HYLTE KOMMUN\tPROTOKOLL\tSida {page}( 3 )\nSammanträdesdatum\n2026-03-04",
        "Nämnden beslutar",
        "Socialnämnden",
    ),
    (
        "Ånge kommun\nProtokoll fört vid sammanträde med kommunfullmäktige i Ånge kommun\n2026-03-04",
        "Ånge kommun\tSida {page} av 3",
        "Kommunfullmäktige beslutar",
        "Kommunfullmäktige",
    ),
    (
        "Protokoll från sammanträde med barn- och utbildningsnämnden\n2026-03-04",
        "Emmaboda kommun\t{page} (3)",
        "Nämnden beslutar",
        "Barn- och utbildningsnämnden",
    ),
    (
        "Protokoll fört vid kommunstyrelsens sammanträde\n2026-03-04",
        "Töreboda kommun\t{page} (3)",
        "Kommunstyrelsen beslutar",
        "Kommunstyrelsen",
    ),
    (
        "Utdrag ur protokoll fört vid sammanträde med tekniska nämnden\n2026-03-04",
        "Sida {page} av 3",
        "Tekniska nämnden beslutar",
        "Tekniska nämnden",
    ),
    # "Sammanträdesprotokoll X", with and without the kommun above.
    (
        "Sammanträdesprotokoll Kultur- och fritidsnämnden\n2026-03-04",
        "{page} (3)",
        "Kultur- och fritidsnämnden beslutar",
        "Kultur- och fritidsnämnden",
    ),
    (
        "TORSÅS KOMMUN\nMiljö- och byggnadsnämnden\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2026-03-04",
        "TORSÅS KOMMUN\tSAMMANTRÄDESPROTOKOLL\t{page} (3)",
        "Miljö- och byggnadsnämnden beslutar",
        "Miljö- och byggnadsnämnden",
    ),
    # A running header "X | Protokoll | date" on every page.
    (
        "Miljö- och byggnadsnämnden | Protokoll | 2026-03-04",
        "Miljö- och byggnadsnämnden | Protokoll | 2026-03-04\t{page} (3)",
        "Kommunfullmäktige beslutar",
        "Miljö- och byggnadsnämnden",
    ),
    (
        "Kommunstyrelsen\tSammanträdesprotokoll\t2026-03-04",
        "Kommunstyrelsen\tSammanträdesprotokoll\t2026-03-04\tSida {page} av 3",
        "Kommunstyrelsens arbetsutskott föreslår kommunfullmäktige",
        "Kommunstyrelsen",
    ),
    # Genitive bodies, and regioner.
    (
        "Region Värmland\nRegionstyrelsens arbetsutskott\nProtokoll 2026-03-04",
        "Region Värmland\tProtokoll\t{page}(3)",
        "Arbetsutskottet föreslår regionstyrelsen",
        "Regionstyrelsens arbetsutskott",
    ),
    (
        "REGION VÄRMLAND\nREGIONSTYRELSEN\nProtokoll\n2026-03-04",
        "Region Värmland\tProtokoll\t{page}(3)",
        "Regionstyrelsen föreslår regionfullmäktige",
        "Regionstyrelsen",
    ),
    (
        "Protokoll från regionstyrelsens sammanträde 2026-03-04",
        "Region Jämtland Härjedalen\t{page} (3)",
        "Regionstyrelsen beslutar",
        "Regionstyrelsen",
    ),
    (
        "Gemensamma nämnden för hjälpmedel\nProtokoll\n2026-03-04",
        "Region Dalarna\t{page} (3)",
        "Nämnden beslutar",
        "Gemensamma nämnden för hjälpmedel",
    ),
    (
        "Kommunala pensionärsrådet (KPR), Högsby kommun\nProtokoll\n2026-03-04",
        "Högsby kommun\t{page} (3)",
        "Rådet beslutar",
        "Kommunala pensionärsrådet",
    ),
    (
        "Hjo kommun\nSocialnämndens arbetsutskott\nProtokoll\n2026-03-04",
        "Hjo kommun\tProtokoll\t{page} (3)",
        "Arbetsutskottet föreslår socialnämnden",
        "Socialnämndens arbetsutskott",
    ),
    (
        "Hjo kommun\nKommunstyrelsen\nProtokoll\n2026-03-04",
        "Hjo kommun\tProtokoll\t{page} (3)",
        "Arbetsutskottets förslag till beslut",
        "Kommunstyrelsen",
    ),
    (
        "Tibro kommun\nKOMMUNFULLMÄKTIGE\nProtokoll\n2026-03-04",
        "Tibro kommun\t{page} (3)",
        "Kommunstyrelsens förslag",
        "Kommunfullmäktige",
    ),
    (
        "Tibro kommun\nUtdrag ur protokoll\nKommunfullmäktige\n2026-03-04",
        "Tibro kommun\t{page} (3)",
        "Kommunfullmäktiges beslut",
        "Kommunfullmäktige",
    ),
    # An abbreviation, spelled out once by the document itself.
    (
        "Emmaboda kommun\nProtokoll\nBarn- och utbildningsnämnden (BUN)\n2026-03-04",
        "BUN\tProtokoll\t2026-03-04\t{page} (3)",
        "BUN beslutar",
        "Barn- och utbildningsnämnden",
    ),
    # A letterhead in columns: the kommun beside the organ, the type and date in a column of their own.
    (
        "Ydre kommun\tKommunstyrelsen\tSAMMANTRÄDESPROTOKOLL\n\t\t2026-03-04",
        "Ydre kommun\tKommunstyrelsen\tSAMMANTRÄDESPROTOKOLL\t{page} (3)",
        "Kommunstyrelsen beslutar",
        "Kommunstyrelsen",
    ),
    (
        "ÖSTHAMMARS KOMMUN\nBygg- och miljönämnden\nProtokoll\n2026-03-04",
        "Östhammars kommun\tBygg- och miljönämnden\t{page}(3)",
        "Nämnden beslutar",
        "Bygg- och miljönämnden",
    ),
    (
        "Sammanträdesprotokoll\nValnämnden\n2026-03-04",
        "Justerandes sign\tUtdragsbestyrkande\t{page} (3)",
        "Valnämnden föreslår kommunfullmäktige",
        "Valnämnden",
    ),
    # A nämnd's protocol opening its pages on another body's decision.
    (
        "Vansbro kommun\nKommunstyrelsen\nSammanträdesprotokoll\n2026-03-04",
        "Vansbro kommun\t{page} (3)",
        "Kommunfullmäktige beslutar",
        "Kommunstyrelsen",
    ),
]


def document(cover: str, running: str, decision: str) -> str:
    """The three pages with their page markers, each headed by the running header."""
    pages = [
        cover + "\n" + PAGE_ONE,
        running.format(page=2) + "\n" + PAGE_TWO.format(decision=decision),
        running.format(page=3) + "\n" + PAGE_THREE.format(decision=decision),
    ]
    return "\n".join(f"<!-- sida {n} -->\n\n{p}" for n, p in enumerate(pages, 1))
