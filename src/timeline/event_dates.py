"""Which dates of a sentence date a happening, and the interval each one gives.

A date can be the day of its clause's happening ("the quake struck on Monday"), or only tell
something else: a bound ("not before July"), an earlier count ("down from 120 on Monday"),
the period a forecast is for, the start of a state ("the highest since 2008"), or the name
of another happening ("survivors of Monday's quake"). `sentence_dates` keeps the first kind,
gives each the interval it tells (a change "since Sunday" runs to the publication; "the
fiscal year ending in March 2025" is twelve months), joins ranges ("October 9-13") and keeps
one date per governing verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from .model import TimeSpan, Timex
from .temporal import NIGHT_OF, RANGE_OPENER
from .temporal_calendar import add_months, day_span, days_span
from .temporal_component import FUTURE_GOVERNORS
from .temporal_context import WARNED_OF
from .verbs import FUTURE_AUX, GRANTING, MODALS, TELLING, all_forms

if TYPE_CHECKING:
    # a date, the interval it tells, and the verb it dates
    Dated = tuple[Timex, TimeSpan, Token]

# Values that describe the present or an open past/future: never an event date.
_REFERENCE_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
# "the past 48 hours", "in the last 24 hours", "over the past two days": a span ending at the DCT.
_TRAILING = re.compile(r"\b(?:past|last|previous)\b", re.IGNORECASE)
_DURATION = re.compile(r"^PT?(\d+(?:\.\d+)?)([HDWMY])$")
_MAX_TRAILING_DAYS = 31


def trailing_interval(span: TimeSpan, text: str, dct: date | None) -> TimeSpan | None:
    """A duration such as 'the past 48 hours' as the interval of days it ends at the DCT."""
    if dct is None or span.type != "DURATION" or not _TRAILING.search(text):
        return None
    match = _DURATION.match(span.value)
    if not match:
        return None
    amount, unit = float(match.group(1)), match.group(2)
    if span.value.startswith("PT"):
        if unit != "H":
            return None
        days = int(-(-amount // 24))
    else:
        days = int(amount * {"D": 1, "W": 7, "M": 31, "Y": 366}[unit])
    if days > _MAX_TRAILING_DAYS:
        return None
    return days_span(dct - timedelta(days=max(days, 1)), dct, "publication")


def event_span(timex: Timex, dct: date | None, before: str = "") -> TimeSpan | None:
    """The interval an event dated by this expression lies in, or None if it is not a date.
    `before` is the text before it: "would last four hours" is how long, not the past four
    hours."""
    span = timex.span
    if span.type in ("DATE", "TIME") and span.is_calendar and span.value not in _REFERENCE_VALUES:
        return span
    if _VERB_LAST_BEFORE.search(before) and timex.text.lower().startswith("last"):
        return None
    return trailing_interval(span, timex.text, dct)


_VERB_LAST_BEFORE = re.compile(
    r"\b(?:would|will|could|may|might|can|should|must|to|did|does|do|'ll|won't|didn't)\s+$",
    re.IGNORECASE,
)


# "October 9-13", "from October 9 to 13", "between Monday and Wednesday": the two days a range
# joins. "to" and "and" make a range only after "from" and "between".
_RANGE_DASH = re.compile(r"\s*(?:[-\u2013\u2014]|through|thru|until|till)\s*", re.IGNORECASE)
# The word a range needs before it: "from ... to", "between ... and".
_RANGE_OPENS = {"to": "from", "and": "between"}
# "postponed the vote from Monday to Thursday", "extended the deadline from May 1 to May 15":
# a date changed, not a stretch of days.
_CHANGE_VERBS = all_forms(
    "adjourn", "advance", "change", "delay", "extend", "move", "postpone", "pull", "push",
    "reschedule", "shift", "switch",
) | {
    "bring", "brings", "bringing", "brought", "cut", "cuts", "cutting", "put", "puts",
    "putting", "set", "sets", "defer", "defers", "deferred", "deferring", "transfer",
    "transfers", "transferred", "transferring",
}  # fmt: skip
_MAX_RANGE_DAYS = 62
# Verbs that give a thing its day: "postponed the sentencing to Sept. 18", "called a general
# election for 4 July", "set sentencing for July 11"
_TARGETING = _CHANGE_VERBS | all_forms("schedule", "call", "slate", "fix")
_NEW_DATE_BEFORE = re.compile(r"\b(?:to|for|until|till|from)\s+(?:next\s+)?$", re.IGNORECASE)


def _sets_a_date(verb: Token) -> bool:
    """An active verb that gives its object a day ("postponed the vote to Friday"): the day is
    the object's, not the act's; a passive tells the thing's own day ("the vote was moved to
    Friday")."""
    return (
        verb.lower_ in _TARGETING
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _range_between(first: Timex, second: Timex, text: str, verb: Token) -> bool:
    """True when the text joins the two dates into one stretch of days."""
    between = text[first.end : second.start]
    if re.fullmatch(r"\s+[-\u2013\u2014]\s+", between) and not (
        any(c.isdigit() for c in first.text) and any(c.isdigit() for c in second.text)
    ):
        return False  # "expired on Friday - Saturday saw the heaviest bombardment": a dash
    if _RANGE_DASH.fullmatch(between):
        return between.strip().lower() not in ("until", "till") or not _changes(verb)
    word = between.strip().lower()
    if word == "to" and NIGHT_OF.search(text, max(0, first.start - 20), first.start):
        # "on the night of 23 to 24 July"; not "extended from the night of 5 July to 12 July"
        return (
            first.span.start is not None
            and second.span.start is not None
            and (second.span.start - first.span.start).days == 1
        )
    opener = RANGE_OPENER.search(text, max(0, first.start - 20), first.start)
    if opener is None or _RANGE_OPENS.get(word) != opener["w"].lower():
        return False
    return word == "and" or not _changes(verb)


def _changes(verb: Token) -> bool:
    """True for a verb that moves a date: 'postponed', 'extended', 'brought forward'."""
    return verb.text.lower() in _CHANGE_VERBS


def _is_range(first: Dated, second: Dated, text: str) -> bool:
    """Two days, months or years the text gives as a range: "from October 9 to 13", "between
    Monday and Wednesday", "between May 2022 and May 2023", "from 2019 to 2021"."""
    a, b = first[1], second[1]
    return (
        a.type == b.type == "DATE"
        and a.precision == b.precision
        and a.precision in ("day", "month", "year")
        and a.start < b.start
        and (a.precision != "day" or (b.end - a.start).days <= _MAX_RANGE_DAYS)
        and _range_between(first[0], second[0], text, first[2])
    )


# Between the days of a list: "Friday, Saturday and Sunday", "Friday and Saturday"
_LIST_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _is_next_day(first: Dated, second: Dated, text: str) -> bool:
    """A list of days that follow one another ("canceled 3,500 flights over Friday, Saturday
    and Sunday"); days apart ("on Monday and Thursday") stay apart."""
    a, b = first[1], second[1]
    return (
        a.type == b.type == "DATE"
        and a.precision in ("day", "days")
        and b.precision == "day"
        and a.end is not None
        and b.start is not None
        and (b.start - a.end).days == 1
        and _LIST_BETWEEN.fullmatch(text, first[0].end, second[0].start) is not None
    )


def _join_days(dated: list[Dated], text: str) -> list[Dated]:
    """Join neighbouring dates that make one stretch of days (a range of days, months or
    years, then a list of days that follow one another) into one span, dated by the first
    one's verb."""
    for joins in (_is_range, _is_next_day):
        joined: list[Dated] = []
        for item in dated:
            if joined and joined[-1][0].end <= item[0].start and joins(joined[-1], item, text):
                first, first_span, verb = joined[-1]
                second, second_span = item[0], item[1]
                span = days_span(first_span.start, second_span.end, first_span.anchor)
                timex = Timex(first.start, second.end, text[first.start : second.end], span)
                joined[-1] = (timex, span, verb)
                continue
            joined.append(item)
        dated = joined
    return dated


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?!(?:own|first|last)\b)[a-z]")


def _non_finite(verb: Token) -> bool:
    """A gerund or participle with no auxiliary: "for finding survivors", no clause of its own."""
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _named_noun(doc: Doc, timex: Timex) -> Token | None:
    """The noun a day's possessive or a date before a noun names, when it is no subject: the
    happening other than its clause's ("survivors of Monday's quake", "apologized for the July
    outage", "surpassing the 2018 Camp fire"); None for a subject ("Monday's quake killed 100
    people") or a date that names nothing."""
    tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    noun = tokens.root.head
    # "Monday's quake", or a date naming a noun ("the New Year's Day quake", "the 2018 Camp
    # fire", "a 2021 deferred prosecution agreement": only names and modifiers between them)
    named = _POSSESSIVE_AFTER.match(doc.text, timex.end) or (
        tokens.root.dep_ in ("compound", "nmod", "poss", "nummod")
        and noun.pos_ == "NOUN"
        and noun.i >= tokens.end
        and all(doc[i].dep_ in ("compound", "amod") for i in range(tokens.end, noun.i))
    )
    if not named or noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    return noun


# Prepositions that put a clause inside the happening a date names: "killed in Monday's
# quake", "arrested during Saturday's protest", "an interim review at its June 2025 meeting".
_DURING = frozenset(["in", "during", "at", "amid", "amidst", "on", "through", "throughout"])
# "turned out for Sunday's election", "queued for Saturday's vote": for a happening, at it
_FOR_ONES_PART = frozenset(["turned", "turn", "turns", "turning", "queued", "lined", "showed"])
# Verbs that take part in the happening their object names, on its day: "attended Saturday's
# rally", "won Sunday's election", "survived Monday's quake", "boycotted the May 26 vote",
# "fled Saturday's fire"; or cause it ("a faulty update caused Friday's outage").
_PARTICIPATING = all_forms(
    "attend", "join", "host", "stage", "watch", "skip", "miss", "boycott", "survive",
    "witness", "chair", "play", "address", "mark", "commemorate", "celebrate", "cover",
    "open", "close", "launch", "conduct", "organise", "organize", "sign", "contest", "enter",
    "headline", "disrupt", "interrupt", "stop", "halt", "carry", "battle", "evacuate",
    "cause", "trigger", "spark", "escape",
) | {
    "flee", "flees", "fled", "fleeing", "fight", "fights", "fought", "fighting",
    "hold", "holds", "held", "holding", "win", "wins", "won", "winning", "lose", "loses",
    "lost", "losing", "lead", "leads", "led", "leading", "begin", "begins", "began", "begun",
    "beginning", "run", "runs", "ran", "running", "take", "takes", "took", "taken", "taking",
}  # fmt: skip


def _another_time(noun: Token) -> bool:
    """True when the clause a named happening is in tells another time than the happening's:
    its object is not taken part in ("apologized for the July outage", "is investigating the
    March 26 collapse", "rejected Saturday's results", "struggled to recover from Friday's
    outage"), unlike "killed in Monday's quake" or "won Sunday's election"."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj":
        prep = noun.head
        if prep.lower_ == "for" and prep.head.lower_ in _FOR_ONES_PART:
            return False  # "Voters turned out in large numbers for Sunday's election"
        if (
            prep.head.pos_ in ("NOUN", "PROPN")
            and (
                prep.head.dep_ == "appos"
                or prep.head.dep_ == "pobj"
                and prep.head.head.lower_ in ("for", "of", "about")
            )
            and _governing_verb(prep.head).lower_ not in _PARTICIPATING
        ):
            # "accountability for the deaths of thousands in last week's floods", "a swing
            # state in next month's election": the happening tells of a noun told in passing,
            # not of the clause's verb (unlike "won 37 of the 57 seats in Thursday's vote",
            # "A spectator at Saturday's rally was killed", "injured in clashes at Friday's
            # protest")
            return True
        return prep.lower_ not in _DURING  # "a review at its June 2025 meeting": then
    if noun.dep_ == "dobj":
        return noun.head.lower_ not in _PARTICIPATING
    return False


# A date after "since" is where a state or a count began ("the highest level since the 2008
# crisis", "where it had been since 2016", "aftershocks have rattled the region since Monday's
# quake"), not the day of the clause's happening.
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:(?:the|a|an|its|their|his|her|last|early|late|mid)\s+|[\w-]+['’]s\s+)?$",
    re.IGNORECASE,
)


# The period a forecast, a target or a budget is for ("cut its growth forecast for the
# current fiscal year", "raised its outlook for 2025"): what the number is about, not when
# the happening was.
_TARGET_BEFORE = re.compile(
    r"\b(?:forecasts?|outlook|targets?|budgets?|estimates?|guidance|projections?|predictions?"
    r"|view)\s+(?:\w+\s+){0,2}?for\s+(?:the\s+|its\s+|this\s+)?$",
    re.IGNORECASE,
)
_PERIOD_END_BEFORE = re.compile(
    r"\b(?:fiscal|financial|business|calendar|the|its|a)\s+(?:\w+\s+)?(?P<unit>year|quarter)\s+(?:that\s+)?(?:ending|ended|ends)\s+(?:in\s+|on\s+)?$"
    # "grew by 0.1% in the three months to December": October to December
    r"|\b(?P<unit2>three|six|nine|twelve|3|6|9|12)\s+months\s+(?:to|ending|ended|ends|through)\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)
_PERIOD_MONTHS = {
    "year": 12, "quarter": 3, "three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6,
    "9": 9, "12": 12,
}  # fmt: skip
_LABEL_AFTER = re.compile(r"[ \t]*:")
# "whose fiscal year begins in April": a calendar convention, no happening
_PERIOD_START_BEFORE = re.compile(
    r"\b(?:fiscal|financial|business|tax)\s+years?\s+(?:that\s+|which\s+)?(?:begins|starts"
    r"|began|started|commences|runs\s+from|run\s+from|begin|start)\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)


def _period_ending(end: TimeSpan, unit: str) -> TimeSpan | None:
    """The months of a year or a quarter that ends with `end` (a month or a day)."""
    if end.end is None or end.precision not in ("month", "day"):
        return None
    first = add_months(end.end.replace(day=1), 1 - _PERIOD_MONTHS[unit.lower()])
    return days_span(first, end.end, end.anchor)


_EARLIER_COUNT_BEFORE = re.compile(
    r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\s+[\d,.]+\s+(?:\w+\s+)?(?:on|in|at)?\s*$",
    re.IGNORECASE,
)
_DECLARING = all_forms("declare", "announce", "impose", "order", "proclaim", "call")
# A spell counted in days and when it starts: "declared three days of national mourning
# starting Thursday", "a week of curfew from Monday"; the day is the spell's, not the act's
_SPELL_START_BEFORE = re.compile(
    r"\b(?:days|weeks|months|hours|day|week|month)\s+of\s+(?:[\w-]+\s+){1,3}"
    r"(?:starting|beginning|from)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "since Thursday, when PM Kobakhidze suspended talks": the date of the clause after it
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
_LOCAL_TIME_AFTER = re.compile(r"\s*local\s+time\b", re.IGNORECASE)
# What makes "since" tell a state rather than a change: "the highest level since", "the first
# time since", "where it had been since", "a record since".
_STATE_BEFORE_SINCE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|deadliest|fastest|slowest"
    r"|longest|shortest|sharpest|steepest|busiest|worst|best|most|least|first|record)\b"
    r"[^.;:!?]{0,40}$|\b(?:been|remained|stayed)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


def present_perfect(verb: Token) -> bool:
    """'has passed', 'have been displaced': a happening up to the telling."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in verb.children
    )


def _after_until_publication(span: TimeSpan, dct: date | None) -> TimeSpan | None:
    """The days after a named happening up to the publication ("dismissed Sunday's claims"
    in Sunday's paper is Sunday), within _MAX_TRAILING_DAYS; None when they are more."""
    if dct is None or span.start is None or not span.start <= dct:
        return None
    if span.start == dct:
        return span
    if (dct - span.start).days > _MAX_TRAILING_DAYS:
        return None
    return days_span(span.start, dct, "publication")


def _since_start(doc: Doc, timex: Timex, before: str) -> int | None:
    """Where the "since" a date counts from starts, just before it ("since Monday's quake");
    None when the date is no start of a "since". A date deeper in the phrase dates the
    happening it names ("held since his arrest in Yekaterinburg on 29 March 2023")."""
    if since := _SINCE_BEFORE.search(before):
        return timex.start - len(since.group())
    return None


def _since_interval(span: TimeSpan, dct: date | None, lead_in: str) -> TimeSpan | None:
    """What a change "since" a day tells: the days from then to the publication ("150
    aftershocks have rattled the region since Monday's quake", "FTT has collapsed by 80% since
    Sunday"), within _MAX_TRAILING_DAYS; None for a state or a record ("the highest level
    since the 2008 crisis", "where it had been since 2016"), whose date is no happening's."""
    if dct is None or span.start is None or _STATE_BEFORE_SINCE.search(lead_in):
        return None
    if _NEGATED.search(lead_in):
        return None  # "I have not heard from her since Monday": nothing happened
    if not span.start <= dct or (dct - span.start).days > _MAX_TRAILING_DAYS:
        return None
    return days_span(span.start, dct, "publication")


# "few see a hike before July", "not expected before 2026": a bound that says when something
# had not yet happened, never its day ("the day before" counts a day and is read as one);
# "shortly before 3:40 p.m. on Saturday", "just before midnight" tell the time.
_BOUND_BEFORE = re.compile(
    r"(?<!\bshortly\s)(?<!\bjust\s)(?<!\bright\s)(?<!\bsoon\s)(?<!\bonly\s)"
    r"(?<![\w-])before\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)


def _governing_verb(token: Token) -> Token:
    """The verb (or the sentence root) that a date token modifies."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
    return current


def _same_moment_of(verb: Token) -> Token:
    """Of a clause of the same moment, the verb it is the moment of: "was shot as he greeted
    supporters on Wednesday afternoon" (the shooting), where the clause goes on with the main
    clause's doer by a pronoun; not "Protests spread as police arrested 200 people on
    Monday", "while the president fled", "win Florida, as he did in 2020". Else the verb."""
    head = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        verb.dep_ == "advcl"
        and head.pos_ in ("VERB", "AUX")
        and head.i < verb.i
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children)
        and subject is not None
        and subject.lower_ in ("he", "she", "they")
        and verb.lower_ not in ("do", "does", "did")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return head
    return verb


_EXPECTED = frozenset(
    ["expected", "forecast", "forecasted", "predicted", "anticipated", "estimated", "planned",
     "feared", "thought", "scheduled", "usual", "normal"]
)  # fmt: skip


def _comparison_base(tokens: Span, verb: Token) -> bool:
    """Is the date the base a comparison measures from, not the day of the happening:
    "fell more sharply than in 2008", "higher than the party won in 2019", "down from 48
    at the last election in 2019", "rose to 150.20 yen from 149.20 yen late Monday"?"""
    if verb.lower_ not in _EXPECTED and any(
        c.dep_ == "mark" and c.lower_ == "than" for c in verb.children
    ):
        return True  # not "made landfall earlier than forecast on Wednesday night"
    current = tokens.root
    while current.head.i != current.i and current.head.i != verb.i:
        current = current.head
        if current.lower_ == "than" and current.i < tokens.start:
            return True
        if (
            current.lower_ == "from"
            and current.i == tokens.root.head.i
            and any(
                c.dep_ == "pobj"
                and not tokens.start <= c.i < tokens.end  # "shut from March 26": the date itself
                and (c.like_num or any(n.dep_ == "nummod" for n in c.children))
                for c in current.children
            )
        ):
            return True  # "rose to 150.20 yen from 149.20 yen late Monday"
        if current.lower_ in ("down", "up") and any(
            c.lower_ == "from" and c.i < tokens.start for c in current.children
        ):
            return True
    return False


def _width(span: TimeSpan) -> int:
    return (span.end - span.start).days if span.is_calendar else 10**6


_COUNTED = re.compile(r"P(\d+)([DWMY])")
_TO_THE_DAY = re.compile(r"\s+to\s+the\s+day\b", re.IGNORECASE)
_UNIT_DAYS = {"D": 1, "W": 7}


def participle_governor(verb: Token) -> Token:
    """The verb whose clause a participle's date belongs to: "recovered the bodies from a
    pickup truck submerged in the river on Wednesday" tells the recovery's Wednesday."""
    while verb.dep_ == "acl" and _non_finite(verb) or _time_allowed(verb):
        head = verb.head
        while not _a_clause_verb(head) and head.dep_ != "ROOT":
            head = head.head
        if not _a_clause_verb(head):
            break
        verb = head
    return verb


# Verbs of what someone is told, asked or means to do by a day: the governors of a time ahead
# (`temporal_component.FUTURE_GOVERNORS`: "is due to", "plans to"), of time given ("gave them
# until"), and of orders and wishes in any tense ("ordered airlines to ground ... by 6 p.m.")
_DIRECTING = (
    FUTURE_GOVERNORS
    | GRANTING
    | all_forms(
        "order", "ask", "urge", "tell", "require", "direct", "instruct", "expect", "hope", "aim",
        "want", "seek", "agree", "promise", "vow", "pledge", "call", "schedule", "slate",
        "threaten", "need", "intend",
    )
    | {"sought"}
)  # fmt: skip


def _to_be_done(verb: Token) -> bool:
    """A verb of what is to be, will be or should be done ("ordered airlines to ground their
    jets", "would be restored"), whose "by" date is its deadline; not "had been identified by
    Sunday afternoon", a count as it stood that day."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in FUTURE_AUX | MODALS for a in auxes):
        return True
    # "ordered airlines to ground", "require Boeing to make": what one is told or means to
    # do; not "had to evacuate", "began to recede", "managed to restore" by a day, done
    return "to" in auxes and verb.head.lower_ in _DIRECTING


def _time_allowed(verb: Token) -> bool:
    """An infinitive on a span of time, the terms of an ultimatum: "gave Niger's junta a week
    to hand back power at a summit on Sunday" is the giving, on Sunday, not a handing back."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.tag_ == "VB"
        and verb.head.ent_type_ in ("DATE", "TIME")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _a_clause_verb(token: Token) -> bool:
    """A verb with a clause of its own: not "according" (to), a preposition by use."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("prep", "amod")


def _counted_from(
    doc: Doc, sentence: Span, timexes: Sequence[Timex], dated: list[Dated], dct: date | None
) -> list[Dated]:
    """The day of a clause counted from its sentence's dated happening: "declared himself
    leader on Friday, two days after his troops detained President Bazoum" dates the
    detention two days before Friday; "a week before the vote" a week after; "two months to
    the day after he launched a mutiny" two months before. Days and weeks, or months and years
    "to the day"; the clause must have no date of its own."""
    days = {verb.i: span for _, span, verb in dated if span.precision == "day" and span.start}
    for _, span, verb in dated:
        if span.precision == "day" and span.start:
            days.setdefault(participle_governor(verb).i, span)
    found: list[Dated] = []
    for timex in timexes:
        if not (sentence.start_char <= timex.start and timex.end <= sentence.end_char):
            continue
        count = _COUNTED.fullmatch(timex.span.value) if timex.span.type == "DURATION" else None
        tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if count is None or tokens is None or len(tokens) == 0:
            continue
        noun = tokens.root
        after = tokens.end
        exact = _TO_THE_DAY.match(doc.text, timex.end) is not None
        if exact:
            after += 3  # "two months to the day after he launched a mutiny"
        elif count[2] not in _UNIT_DAYS:
            continue  # "two months after": no day to count to
        mark = doc[after] if after < len(doc) else None
        if mark is None or mark.dep_ != "mark" or mark.lower_ not in ("after", "before"):
            continue
        verb = mark.head
        # "two days after his troops detained Bazoum" (the count on the clause), "crashed on
        # Wednesday, two months to the day after he launched a mutiny" (on the main verb)
        # (a "conj" with its "after" is the parser's misreading of such a clause: "arrived in
        # Milwaukee on Sunday evening, a day after a gunman opened fire")
        if noun.dep_ != "npadvmod" or verb.dep_ not in ("advcl", "ccomp", "conj"):
            continue
        if verb.i in days:
            continue
        if noun.head.i not in (verb.i, verb.head.i, mark.i):
            continue
        governor = verb.head
        if verb.dep_ == "ccomp":
            # "said on Saturday that practices were able to ..., a day after it went down": the
            # parser hangs the count on the saying; it is of the clause reported before it
            governor = next(
                (
                    c
                    for c in reversed(list(governor.children))
                    if c.dep_ == "ccomp" and c.i < verb.i
                ),
                governor,
            )
        anchor = days.get(governor.i) or _reported_day(governor, days)
        taken = anchor is None
        if taken:
            anchor = _taken_up_day(doc, sentence, timexes, governor)
        if anchor is None or anchor.start is None:
            continue
        amount = int(count[1]) if mark.lower_ == "before" else -int(count[1])
        if count[2] in _UNIT_DAYS:
            day = anchor.start + timedelta(days=amount * _UNIT_DAYS[count[2]])
        else:
            day = add_months(anchor.start, amount * (12 if count[2] == "Y" else 1))
        if taken and dct is not None and day > dct and verb.tag_ in ("VBD", "VBN"):
            continue  # "The court will rule on Friday. The ruling comes two days after lawyers
            # filed an appeal": a past act counted from an act ahead is no day ahead
        found.append((timex, day_span(day, "previous"), verb))
    return found


def _reported_day(clause: Token, days: dict[int, TimeSpan]) -> TimeSpan | None:
    """The day of the saying a dateless clause reports is the clause's own day to count from,
    where the clause tells a state at the saying ("said on Saturday that practices were able
    to use it again, a day after it went down"); not an act before it ("said on Sunday that
    it killed the commander", "said it had reopened": no day told)."""
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.i not in days or saying.lower_ not in TELLING:
        return None
    if clause.tag_ not in ("VBZ", "VBP") and clause.lower_ not in ("was", "were"):
        return None  # "said on Sunday that it killed the commander, two days after": an act
        # before the saying, of no day told; a state ("were able to") is the saying's
    return days[saying.i]


# "The announcement came two days after ...": a subject that takes up the act just told, so
# the act's day is the day of the sentence before
_TAKING_UP = frozenset(
    ["announcement", "move", "decision", "statement", "remarks", "comments", "ruling",
     "step", "pledge", "promise", "warning", "news", "apology", "admission", "order"]
)  # fmt: skip
_COME = all_forms("come")


def _taken_up_day(
    doc: Doc, sentence: Span, timexes: Sequence[Timex], main: Token
) -> TimeSpan | None:
    """The day of the act a dateless "The announcement came two days after ..." or "It comes a
    week after ..." takes up: the one day the sentence before tells (every date of it that
    day), or None. The subject takes it up as a pronoun, a noun of acts told ("The move") or
    a noun of the sentence before ("published a review ... The review came a day after")."""
    if main.dep_ != "ROOT" or main.lower_ not in _COME or sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    told = before.root
    if subject is None or not (
        subject.lower_ in ("it", "this")
        or (
            subject.lower_ in _TAKING_UP
            or any(
                t.lower_ == subject.lower_ and t.dep_ in ("dobj", "nsubj", "nsubjpass")
                for t in told.children
            )
        )
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children)
    ):
        return None
    # the dates of the sentence before, every one the day of its main verb ("Sánchez, who took
    # office on 2 June 2018, said ..." tells no day of the saying)
    spans = []
    for t in timexes:
        if not (before.start_char <= t.start and t.end <= before.end_char):
            continue
        tokens = doc.char_span(t.start, t.end, alignment_mode="expand")
        if t.span.start is None or tokens is None or _governing_verb(tokens.root).i != told.i:
            return None
        spans.append(t.span)
    if not spans or any(s.precision != "day" or s.start != spans[0].start for s in spans):
        return None
    return day_span(spans[0].start, "previous")


# The end a measure is set to last until: "has cancelled all flights through Tuesday",
# "schools will stay closed until Friday", not a range's end ("from Monday through Friday",
# which `_range_between` joins first)
_END_BEFORE = re.compile(r"(?<!\d)\b(?:until|till|through|thru)\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:next\s+)?$", re.IGNORECASE)
_MEASURES = all_forms(
    "cancel", "suspend", "close", "ban", "ground", "halt", "stop", "pause", "restrict",
    "extend", "shut", "bar", "block", "keep", "stay", "remain",
) | {"cancelled", "cancelling", "canceled", "canceling", "shut", "kept", "stayed"}  # fmt: skip


# What joins the dates of a list: "Dec. 7, Jan. 3 and Jan. 4", "in 2018 and in 2019"
_LIST_JOIN = re.compile(_LIST_BETWEEN.pattern + r"(?:again\s+)?(?:(?:on|in)\s+)?")
# "on Tuesday and again on Wednesday": the same happening's second day, whatever the parse
_AGAIN = re.compile(r",?\s+and\s+again\s+(?:(?:on|in)\s+)?", re.IGNORECASE)
_RANGE_OPENING = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _grain(span: TimeSpan) -> str | None:
    """A span's precision, where days joined into a stretch ("Jan. 3 and Jan. 4") are days."""
    return "day" if span.precision == "days" else span.precision


def _on_verb(doc: Doc, timex: Timex, verb: Token) -> bool:
    """Does the date modify its verb itself ("crashed in 2018", "was attacked on Dec. 7"),
    not a noun of the clause ("the crashes in 2018 ... killed")?"""
    tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    head = tokens.root.head
    if head.dep_ == "prep" and head.i != verb.i:
        head = head.head
    return head.i == verb.i


def _listed_after(doc: Doc, first: Timex, previous: Timex, timex: Timex, verb: Token) -> bool:
    """Is timex the next date of a list (first its first date, previous its last so far):
    another date of the same precision, joined by a comma or "and" only, not the ends of a
    range ("between 2018 and 2019"), and the list modifying the verb itself ("crashed in
    2018 and 2019", not "the crashes in 2018 and 2019 killed 346": one toll of both)?"""
    text = doc.text
    if not (previous.span.is_calendar and timex.span.is_calendar):
        return False
    a, b = previous.span, timex.span
    if _grain(a) != _grain(b) or not (a.end < b.start or b.end < a.start):
        return False  # "on Wednesday morning, March 27": one day told twice
    if not _LIST_JOIN.fullmatch(text, previous.end, timex.start):
        return False
    if _RANGE_OPENING.search(text, max(0, previous.start - 12), previous.start):
        return False
    # "and again on Wednesday": a second time of the happening, however the list is parsed
    return _AGAIN.fullmatch(text, previous.end, timex.start) is not None or _on_verb(
        doc, first, verb
    )


def sentence_dates(
    doc: Doc, sentence: Span, timexes: Sequence[Timex], dct: date | None
) -> dict[int, Dated]:
    """The dates that date a happening in this sentence, one per governing verb (keyed by the
    verb's token index): each with the interval it tells and its verb."""
    dated: list[Dated] = []
    target_end = -(10**9)  # where the last date a forecast is "for" ends
    for timex in timexes:
        if timex.start < sentence.start_char or timex.end > sentence.end_char:
            continue
        before = doc.text[max(sentence.start_char, timex.start - 30) : timex.start]
        if _BOUND_BEFORE.search(before):
            continue  # "few see a hike before July": a bound, not the day of a happening
        if _EARLIER_COUNT_BEFORE.search(before):
            continue  # "102 remain missing, down from 120 on Monday": the earlier count's day
        if _PERIOD_START_BEFORE.search(before):
            continue  # "whose fiscal year begins in April"
        if timex.span.precision == "year" and _LABEL_AFTER.match(doc.text, timex.end):
            continue  # "General election 2024: Labour wins landslide": a label
        ending = _PERIOD_END_BEFORE.search(before)
        if ending and timex.start - target_end <= len(ending.group()) + 2:
            continue  # "a forecast for the current fiscal year ending in March 2025"
        if WARNED_OF.search(doc.text, max(sentence.start_char, timex.start - 80), timex.start):
            continue  # "warned of more heavy rain over the weekend": the rain's days
        if _TARGET_BEFORE.search(before):
            target_end = timex.end
            continue  # "cut its growth forecast for the current fiscal year"
        period = _period_ending(timex.span, ending["unit"] or ending["unit2"]) if ending else None
        if period is not None and ending is not None:
            # "the fiscal year ending in March 2025": April 2024 to March 2025, the
            # period's dates, not an event in March 2025
            if dated and timex.start - dated[-1][0].end <= len(ending.group()) + 2:
                dated[-1] = (dated[-1][0], period, dated[-1][2])
                continue
            span = period
        elif (since_at := _since_start(doc, timex, before)) is not None and not _WHEN_AFTER.match(
            doc.text, timex.end
        ):
            lead_in = doc.text[max(sentence.start_char, since_at - 90) : since_at]
            span = _since_interval(timex.span, dct, lead_in)
            if span is None:
                continue  # "the highest since the 2008 crisis", "had been since 2016"
        else:
            span = event_span(timex, dct, before)
        if span is None:
            continue
        tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if tokens is None or len(tokens) == 0:
            continue
        verb = _governing_verb(tokens.root)
        if dated and _AGAIN.fullmatch(doc.text, dated[-1][0].end, timex.start):
            verb = dated[-1][2]  # "detected noises on Tuesday and again on Wednesday"
        declared = any(a.lower_ in _DECLARING for a in tokens.root.ancestors)
        if declared and _SPELL_START_BEFORE.search(
            doc.text, max(sentence.start_char, timex.start - 70), timex.start
        ):
            continue  # "declared three days of mourning starting Thursday": when they begin
        if _comparison_base(tokens, verb):
            continue  # "fell more sharply than in 2008", "higher than the party won in 2019"
        if _NEW_DATE_BEFORE.search(before) and _sets_a_date(verb):
            continue  # "postponed the sentencing to Sept. 18": the act is not on that day
        if _END_BEFORE.search(before) and verb is not None and verb.lower_ in _MEASURES:
            continue  # "has cancelled all flights through Tuesday": how long, not when
        if (
            _BY_BEFORE.search(before)
            and verb is not None
            and _to_be_done(verb)
            and not _POSSESSIVE_AFTER.match(doc.text, timex.end)  # "by Saturday's convoy"
        ):
            continue  # "would be restored by Wednesday morning": the deadline, not the day
        if _UNTIL_BEFORE.search(before) and verb is not None and verb.lower_ in GRANTING:
            continue  # "gave the junta until Sunday to restore Bazoum": the deadline's day
        dated.append((timex, span, verb))
    dated = _join_days(dated, doc.text)
    # "was shot as he greeted supporters on Wednesday": the shooting's date, where the main
    # verb has none of its own ("agreed on Tuesday ..., while on Tuesday the Fed raised rates")
    own = {verb.i for _, _, verb in dated}
    mains = [_same_moment_of(verb).i for _, _, verb in dated]
    dated = [
        (timex, span, doc[main] if main not in own and mains.count(main) == 1 else verb)
        for (timex, span, verb), main in zip(dated, mains, strict=True)
    ]
    # "survivors of Monday's quake passed on Thursday afternoon": a day's possessive names
    # another happening; the sentence's own date tells when this one was
    # (only where the possessive's own clause tells no happening of its own: a gerund
    # like "finding", or a verb another date of the sentence dates)
    named_nouns = {d[0].start: n for d in dated if (n := _named_noun(doc, d[0])) is not None}
    naming = set(named_nouns)
    named = [
        d
        for d in dated
        if d[0].start in naming
        and (_non_finite(d[2]) or any(o[2].i == d[2].i and o[0].start not in naming for o in dated))
    ]
    if named and len(named) < len(dated):
        dated = [d for d in dated if d not in named]
    # "Opposition leaders, who rejected Saturday's results, called for protests", "Meyers
    # apologized for the July outage": what a clause does to a named happening comes after it
    # and by the publication; another date of the sentence tells when, else the days between
    # (within _MAX_TRAILING_DAYS) or no date
    later = [
        d
        for d in dated
        if d[0].start in naming
        and d[1] is d[0].span  # not an interval "since Monday's quake" to the publication
        and _another_time(named_nouns[d[0].start])
    ]
    if later:
        dated = [d for d in dated if d not in later]
        if not dated:
            # "The death toll from last Monday's earthquake has passed 37,000": a present
            # perfect is the news of the telling, left to the lead or the report it is
            dated = [
                (timex, after, verb)
                for timex, span, verb in later
                if not present_perfect(verb)
                and (after := _after_until_publication(span, dct)) is not None
            ]
    dated += _counted_from(doc, sentence, timexes, dated, dct)
    # One mention per governing verb: the most precise of its dates; of two as precise,
    # the local time ("at 2310 GMT on Tuesday (8:10 a.m. Wednesday local time)": the
    # day where it happened, the one other outlets tell)
    by_verb: dict[int, Dated] = {}
    listed: dict[int, Timex] = {}  # the last date of a list under each verb
    for timex, span, verb in dated:
        best = by_verb.get(verb.i)
        if best is not None and _listed_after(
            doc, best[0], listed.get(verb.i, best[0]), timex, verb
        ):
            # "on Dec. 7, Jan. 3 and Jan. 4", "crashed in 2018 and 2019": a list of dates
            # tells a happening on each (keyed apart from any verb)
            by_verb[-1 - timex.start] = (timex, span, verb)
            listed[verb.i] = timex
            continue
        local = _LOCAL_TIME_AFTER.match(doc.text, timex.end) is not None
        if best is None or (_width(span), not local) < (_width(best[1]), True):
            by_verb[verb.i] = (timex, span, verb)
    return by_verb
