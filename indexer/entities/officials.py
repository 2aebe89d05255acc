"""Officials' job titles: the one vocabulary of the last words of a title ("ekonomi|chef",
"förvaltnings|jurist", "verksamhets|utvecklare"), and the lists each rule reads it with.

Each list is the core (`OFFICIALS`, or `PURE_TITLES` where a wrong guess is costly) and the words its use
adds; the regex reading it puts its own prefix before (a compound, "biträdande", "tf") and its own
boundary after. A list is wider where a title only vouches for a person or marks a presenter (a wrong
word costs little), narrower where it decides how text is joined. The extras of the wider lists are as
the rules were written for their documents (a region's agenda sends doctors and the police, an
attendance list names a union's representative); widening one list to another's is a behaviour change,
to be made and measured as one.

Imports nothing, so the segmenters (`indexer.segment`) and the readers of people share it.
"""

from __future__ import annotations

__all__ = [
    "ATTENDANCE_TITLES",
    "BROKEN_NAME_TITLES",
    "LIST_TITLES",
    "NAMED_TITLES",
    "OFFICIALS",
    "PRESENTER_TITLES",
    "PURE_TITLES",
    "alternation",
]

#: Heads that are nothing but an official's job title, alone or compounded: "chef", "kommundirektör",
#: "nämndsekreterare", "planarkitekt", "verksamhetsutvecklare".
PURE_TITLES: tuple[str, ...] = (
    "chef",
    "direktör",
    "sekreterare",
    "handläggare",
    "strateg",
    "controller",
    "jurist",
    "samordnare",
    "utredare",
    "ekonom",
    "arkitekt",
    "inspektör",
    "specialist",
    "ingenjör",
    "rådgivare",
    "utvecklare",
    "analytiker",
)
#: Every official's title head: the pure ones and those that are also ordinary words ("ledare", "en
#: ledare i tidningen"; "assistent", "kommunikatör" of a firm).
OFFICIALS: tuple[str, ...] = (*PURE_TITLES, "ledare", "kommunikatör", "assistent")

#: `indexer.entities.people`: a title, a first name ending the line and the surname on the next ("av
#: utredare Johan⏎Claesson bedömt") are joined into one line. The narrowest: joining is the costliest
#: mistake, so only the heads that are nothing but a title.
BROKEN_NAME_TITLES: tuple[str, ...] = PURE_TITLES

#: `indexer.entities.names.TITLE_WORD`: a title word right before or after a name ("skolchef Per Ek",
#: "Somayeh Jamshidi, ekonom") vouches that the run is a person even when the first-name list lacks it.
#: Wider: the school's and the care's titles, and the elected ("kommunalråd" and any "-råd", "ordförande"),
#: who are named the same way.
NAMED_TITLES: tuple[str, ...] = (*OFFICIALS, "rektor", "läkare", "sjuksköterska", "råd", "ordförande")

#: `indexer.entities.action_groups.TITLE_BEFORE`: a title before the next name of a list of actors ("A,
#: ekonomichef B och kommunsekreterare C", "A och ledamoten B"). Wider: the principal, the auditor, the
#: elected by their title ("kommunalråd") and a member by the definite form ("ledamoten", "ersättaren"),
#: who stand in such lists as the officials do, and a region's care staff ("chefläkare", "medicinskt
#: ansvarig sjuksköterska") presenting beside a director.
LIST_TITLES: tuple[str, ...] = (
    *OFFICIALS,
    *("rektor", "revisor", "kommunalråd", "ledamoten", "ersättaren", "läkare", "sköterska"),
)

#: `indexer.entities.attendance`: a title in an attendance list, before or after a name ("Stadsdelsdirektör
#: Anna Ek", "Per Ek, revisor"): it marks the official's part of a bracket and lists title-first lines.
#: Wider: the auditor, and those attending for another body ("facklig representant", "företrädare").
ATTENDANCE_TITLES: tuple[str, ...] = (*OFFICIALS, "revisor", "representant", "företrädare")

#: `indexer.segment.common.OFFICIAL_HEADS`: a presenter's title under an agenda point ("Chefläkare Sara
#: Lund", "Sara Lund, elevhälsochef, informerar"). The widest: a line of title and name alone says
#: who presents, so any profession a region's or a school's agenda sends in counts (a doctor, a nurse, a
#: consultant, a planner, the police, "ansvarig", the school's "kurator").
PRESENTER_TITLES: tuple[str, ...] = (
    *OFFICIALS,
    "rektor",
    "revisor",
    "läkare",
    "sköterska",
    "kurator",
    "planerare",
    "konsult",
    "ansvarig",
    "polis",
)


def alternation(heads: tuple[str, ...]) -> str:
    """`heads` as a regex alternation, no group: "chef|direktör|…" (the words hold no metacharacter)."""
    return "|".join(heads)
