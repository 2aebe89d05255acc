"""Swedish words for action kinds, shared by the web pages and the CLI's text output."""

from __future__ import annotations

#: What a person did, in Swedish (a verb phrase for timelines, a noun for headings).
ACTION_LABELS = {
    "raised": "väckte/lyfte",
    "proposed": "yrkade",
    "reserved": "reserverade sig",
    "protocol_note": "protokollsanteckning",
    "presented": "föredrog",
    "justerare": "justerade",
}
ACTION_HEADINGS = {
    "raised": "Väckt eller lyft",
    "proposed": "Yrkanden",
    "reserved": "Reservationer",
    "protocol_note": "Protokollsanteckningar",
    "presented": "Föredragit",
    "justerare": "Justerat",
}
#: A printed vote, in Swedish.
VOTE_LABELS = {"ja": "ja", "nej": "nej", "avstår": "avstod"}
