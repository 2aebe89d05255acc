"""Trigger words of who did what: the verbs and phrases of each action kind in Swedish minutes.

Matched on the lower-cased item text; a space in a pattern matches any whitespace, as a PDF breaks a
sentence's lines anywhere, and a word hyphenated over a line break ("infor-\nmerar") is read whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.entities.keys import soft_joined

#: Trigger patterns per action kind (case-insensitive, whole words; a space matches any whitespace, as a
#: sentence of a PDF breaks lines anywhere: "lämnar följande\nprotokollsanteckning").
#: Words of a proposition the chair puts to the meeting ("… om nämnden kan bifalla", "… ska avgöras idag").
#: The chair's proposition after "frågar om": the meeting's body as the subject of "kan", "ska" ("frågar om
#: nämnden kan …"), or a decision's verb ("… ska bifallas", "… kan läggas till handlingarna"); a member's
#: question may hold a "ska" of its own ("frågade om dagverksamheten ska läggas ned").
_PROPOSITION = (
    r"\w*(?:nämnden|styrelsen|fullmäktige|utskottet|beredningen|rådet|mötet|sammanträdet)"
    r" (?:\S+ )?(?:kan|ska|skall|vill)"
    r"|bifall\w*|beslut\w*|antar|anta|godkänn\w*|avgör\w*|återremitt\w*|bordl\w*|avslå\w*|tillstyrk\w*"
    r"|fastställ\w*|handlingarna|ställa sig bakom"
)
#: "i en motion", "i ett medborgarförslag": a proposal made by authoring a matter (raised, not proposed).
_AUTHORED_IN = (
    r"i (?:en |ett |sin |sitt )?(?:motion|medborgarförslag|politikerinitiativ|initiativärende|e-förslag"
    r"|medborgarinitiativ)"
)
#: What justerare check: a protocol, or the notes of a meeting without one ("valdes att justera dagens
#: minnesanteckningar").
_MINUTES = r"protokoll(?:et)?|(?:minnes|mötes)?anteckningar(?:na)?"
#: A question word after "frågade": a member's own question ("frågade hur satsningen ska finansieras"),
#: not the chair's proposition however many "ska" and "kan" follow — unless it asks which proposal wins
#: ("frågar vilket förslag nämnden bifaller").
_QUESTION_WORD = r"hur|vilka|vilken|vilket|varför|när|vad|vem|vems|var|vart|huruvida"
#: The verbs by which someone sets out a matter to the meeting, present and past ("informerar",
#: "redogjorde"): presented triggers, and what marks a name before them as a person's
#: (`indexer.entities.people`).
PRESENTING_VERBS = (
    r"föredrar|föredrog|redogör|redogjorde|informerar|informerade|presenterar(?! sig)|presenterade(?! sig)"
    r"|återkopplar|återkopplade"
)
TRIGGERS: tuple[tuple[str, str], ...] = (
    (
        "justerare",
        # "Till justerare jämte ordföranden utsågs Anna Ek" (before the shorter "till justerare")
        r"till justerare jämte ordföranden (?:utses|utsågs|väljs|valdes)"
        r"|(?:utses|utsågs|väljs|valdes|utsedd|utsedda)(?: till| som| att vara)? justerare|utses att justera"
        r"|(?:till|som) justerare"
        rf"|att (?:(?:jämte|tillsammans med) ordföranden )?justera (?:dagens |detta |mötets )?(?:{_MINUTES})"
        rf"|justerar (?:dagens |detta |mötets )?(?:{_MINUTES})"
        # "Anteckningarna justeras av Anna Ek"
        rf"|(?:{_MINUTES}) justeras (?:jämte ordföranden )?av",
    ),
    (
        "reserved",
        r"reserverar sig|reserverade sig|reserverat sig|reserverar vi oss"
        # "Sigrid Blom (MP) instämde i reservationen": joining someone's reservation is reserving
        r"|(?:instämmer|instämde|ansluter sig|anslöt sig) (?:i|till) (?:\w+s )?reservation(?:en)?"
        r"|(?:lämnar|lämnade|avger|avgav|anmäler|anmälde|inkommer med|inkom med)"
        r"(?: (?:en|ett|följande|sin|sina|gemensam|gemensamma|skriftlig|skriftliga)){0,3} reservation(?:er)?"
        # "Reservation mot beslutet anmäls av X (M)": the reserver follows
        r"|reservation(?:er)? (?:mot beslutet )?(?:anmäls|anmäldes|lämnas|lämnades|avges|anförs|anfördes|görs"
        r"|gjordes) av",
    ),
    (
        "protocol_note",
        r"(?:lämnar|lämnade|lämnat|lämna|avger|avgav|anmäler|anmälde|inkommer med|inkom med|lägger|gör"
        r"|begär att få|får lämna|får göra)"
        r"(?: (?:en|ett|följande|sin|sina|gemensam|gemensamma|skriftlig|skriftligt|skriftliga|muntlig"
        r"|särskild|särskilt|gemensamt|var|varsin|varsina|likalydande)){0,3}"
        # "särskilt yttrande", "särskilt uttalande": a region's word for a note to the protocol
        r" (?:protokollsanteckning(?:ar)?|anteckning(?:ar)? till protokollet"
        r"|särskil[dt] (?:yttrande|uttalande))"
        r"|antecknar (?:följande )?(?:till|i) protokollet|får (?:en )?(?:särskild )?anteckning"
        # "Eva Ek (MP) antecknar att …": a member, printed with the party, has a view noted
        r"|(?<=\)\s)(?:antecknar|antecknade) att"
        r"|(?:lät|låter|får|fick) (?:till protokollet )?anteckna|lämna(?:r|de) följande anteckning"
        r"|(?:vill|önskar) (?:ha|få) (?:en |ett |följande )?"
        r"(?:protokollsanteckning|anteckning (?:till|i) protokollet)"
        r"|(?:instämmer|instämde|ansluter sig|anslöt sig) (?:i|till) (?:\w+s )?protokollsanteckning(?:en)?"
        r"|vill (?:få )?(?:följande )?(?:antecknat|anteckna|ha antecknat) (?:till|i) protokollet"
        r"|(?:får|fick|önskar få) (?:följande )?antecknat (?:till|i) protokollet"
        # "Till protokollet antecknas på begäran av X (M) att …", "antecknas följande från X (V):"
        r"|antecknas (?:(?:till|i) protokollet )?(?:på begäran av|följande från|från)"
        r"|(?:protokollsanteckning(?:ar)?|särskil[dt] (?:yttrande|uttalande)"
        r"|särskilda (?:yttranden|uttalanden))"
        r" (?:anmäls|anmäldes|lämnas|lämnades|avges|anförs|anfördes|görs|gjordes) av"
        r"|(?:begär|begärde|vill|ville) att (?:det )?(?:antecknas|noteras) (?:till|i) protokollet",
    ),
    (
        "proposed",
        rf"yrkar|yrkade|tilläggsyrkar|ändringsyrkar|föreslår(?! {_AUTHORED_IN})|föreslog(?! {_AUTHORED_IN})"
        r"|har föreslagit|föreslagit"
        r"|instämmer|instämde"
        # "biträder Carl Holms (M) yrkande": the proposer's name, maybe in full and with the party
        r"|(?:stödjer|stöder|biträder) (?:[\w()\-]+ ){0,3}?(?:\w*yrkande\w*|förslaget)"
        # "Joakim Dahl (V) och Elin Borg (C) bifaller Erik Lövgrens återremissyrkande": a member's support
        r"|(?:bifaller|biföll) (?:\S+ ){0,3}?\S+s \w*yrkande(?:n|t)?"
        r"|lämnar (?:ett )?(?:tilläggs|ändrings|återremiss)?yrkande|lägger (?:ett )?förslag"
        # "På förslag av ordföranden Anna Ek (S) beslutar nämnden": the proposer follows
        r"|på förslag (?:av|från)"
        # "Bifall till förslaget yrkas av Ivar Lund (S) och Bo Berg (V)": the proposers follow
        r"|(?:yrkas|yrkades|har yrkats) av",
    ),
    (
        "raised",
        r"lyfter|lyfte|väcker|väckte|ställer en fråga|ställer frågor|ställde en fråga|ställde frågor"
        # a question put to the meeting ("Ordföranden ställer frågan om nämnden kan bifalla …") is the
        # chair's proposition, not a matter raised
        # "undrade hur …", "undrar om …": notes' word for a member's question, read like "frågade"
        r"|(?:ställer frågan|ställde frågan|frågar|frågade|undrar|undrade)(?![^.]{0,240}\bfinner\b)"
        rf"(?:(?= (?:{_QUESTION_WORD})\b)(?! \S+ (?:\S+ )?(?:förslag|yrkande|alternativ)\w*)"
        rf"|(?! (?:\S+ ){{0,8}}(?:{_PROPOSITION})\b))"
        r"|(?:ställer|ställde) följande (?:enkla )?(?:fråga|frågor|interpellation)"
        r"|anmäler(?! jäv)(?! sig)(?! protokollsanteckning)(?! reservation)|anmälde(?! jäv)"
        r"|(?:har )?ställt (?:en |följande )?(?:interpellation|enkel fråga|fråga)"
        r"|ställer (?:en )?(?:interpellation|enkel fråga)"
        r"|(?:har )?väckt (?:en |ett )?(?:motion|fråga|ärende|initiativärende)"
        # "En motion har lämnats in av X (SD)", "Ärendet väcks av X (S)": the author follows the passive verb
        r"|(?:motion|interpellation|fråga|initiativärende|medborgarförslag|ärende)(?:en|et|n|t)?"
        r" (?:har |hade )?(?:lämnats in|lämnats|väckts|väcks|väcktes|ställts) av"
        # "X (S) har till kommunfullmäktige den 11 juni 2025 lämnat en motion om ...": the author, however
        # much (a body, a date, a paragraph) stands between "har" and the verb
        r"|har (?:[^.;:]{0,80} )?(?:lämnat|väckt|ställt|inkommit med|lagt fram) (?:in )?(?:en |ett )?"
        r"(?:motion|interpellation|enkel fråga|fråga|frågor|följande frågor|initiativärende|initiativ"
        r"|medborgarförslag)"
        r"|(?:har |)(?:lämnat|lämnar) (?:in )?(?:en |ett )?(?:skriftlig )?"
        r"(?:motion|interpellation|initiativärende|politikerinitiativ|initiativ|fråga)"
        # "X (C) tar upp frågan om snöröjningen" under övriga frågor
        r"|(?:tar|tog) upp (?:en fråga|frågan|frågor)"
        # "Jonas Eklöf (C) har i en motion föreslagit att ...": the author raised the matter
        r"|har i (?:en )?motion(?: till (?:kommun|region)?fullmäktige)? föreslagit"
        # "Siv Pekkala har i ett medborgarförslag föreslagit", "X och Y (S) föreslår i ett politikerinitiativ"
        rf"|(?:har )?{_AUTHORED_IN}(?: \S+){{0,4}}? (?:föreslagit|föreslår|föreslog|begärt|begär)"
        rf"|(?:föreslår|föreslog) {_AUTHORED_IN}"
        # "Niklas Forsberg (C) har i en interpellation ställd till regionstyrelsens ordförande frågat
        # vilka åtgärder …": the author of an interpellation or a question raised it
        r"|(?:har )?i (?:en |sin )?(?:interpellation|enkel fråga|skriftlig fråga)(?: \S+){0,6}?"
        r" (?:frågat|frågar|frågade|undrat|undrar|undrade)",
    ),
    (
        "presented",
        rf"{PRESENTING_VERBS}|föredras av|föredrogs av|presenteras av|redovisade|redovisas av"
        # the chair setting out the order of voting is procedure, not a presentation
        r"|redovisar(?! (?:följande )?(?:propositions|omröstnings)ordning)"
        r"|lämnar information|lämnade information|information(?:en)? (?:lämnas|lämnades|ges|gavs) av"
        r"|informeras av|informerades av"
        # answering an interpellation or a question at the meeting sets out the matter to it
        # (not an answer promised for later: "besvarar frågan skriftligt till nästa möte")
        r"|(?:besvarar|besvarade)(?! (?:\S+ ){0,2}(?:skriftligt|skriftligen|senare) (?:till|vid|på))"
        r"|besvaras av|besvarades av|(?:svarar|svarade) på (?:interpellationen|frågan|frågorna|frågor)"
        r"|svar(?:et)? (?:lämnas|lämnades|ges|gavs) av"
        # "Kommundirektör Christer Holmgren svarar att …" (an answer to a question put in the item)
        r"|(?:svarar|svarade) att"
        r"|återrapporterar|rapporterar|rapporterade"
        r"|går igenom|gick igenom|sammanfattar|sammanfattade|inleder|inledde"
        # "Elin Ek berättade om inventeringen", "Sofie Lund berättar om dialogerna": telling the meeting
        # about the matter, in the past or (as minutes mostly write, "informerar") the present (GOLD_FORMAT)
        r"|berättade om|berättar om"
        # "Anna Ek beskriver budgetläget", "beskrev arbetet": setting out a matter at the meeting (a motion's
        # author "beskriver att …" or "beskriver i motionen" argues in writing)
        r"|(?:beskriver|beskrev)(?! att\b| i (?:sin|sitt|motionen|medborgarförslaget|skrivelsen))"
        r"|(?:ger|gav) (?:\w+ )?(?:en |ett )?(?:kort )?(?:information|lägesbild|lägesrapport|presentation"
        r"|redovisning|genomgång|återkoppling|rapport|dragning)"
        # "Sara Ek visade kartor över skadegörelsen": showing the meeting material (not a finding that
        # "visade att")
        r"|(?:visar|visade) (?:\w+ )?(?:bilder|kartor|statistik|diagram|siffror|en film|filmen|exempel)"
        # "Anna Ek drar ärendet", "håller en dragning om budgeten": the jargon of minutes for presenting
        r"|(?:drar|drog) (?:ärendet|frågan|förslaget)"
        r"|(?:kompletterar|kompletterade) med (?:information|en redogörelse|en presentation|en lägesbild)"
        r"|(?:håller|höll|har|hade) (?:en |ett )?(?:kort )?(?:dragning|presentation|genomgång|föredragning"
        r"|redogörelse)",
    ),
)
#: Matched against the lower-cased text (faster than IGNORECASE on every position).
_WS = r"\s+"
TRIGGER_RE = re.compile("|".join(rf"(?P<{kind}>\b(?:{pat.replace(' ', _WS)})\b)" for kind, pat in TRIGGERS))


@dataclass
class Trigger:
    """A trigger word's span in the item text (a verb broken by hyphenation spans the break)."""

    begin: int
    stop: int
    lastgroup: str
    word: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self, _: int = 0) -> str:
        return self.word


def find_triggers(text: str) -> list[Trigger]:
    """Trigger words in `text`, read on a copy with hyphenated line breaks joined, spans mapped back."""
    low = text.lower()
    if len(low) != len(text):
        low = text
    joined = soft_joined(low)
    if joined is None:
        return [Trigger(m.start(), m.end(), m.lastgroup or "", m.group(0)) for m in TRIGGER_RE.finditer(low)]
    flat, keep = joined
    return [
        Trigger(keep[m.start()], keep[m.end() - 1] + 1, m.lastgroup or "", m.group(0))
        for m in TRIGGER_RE.finditer(flat)
    ]
