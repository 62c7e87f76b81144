"""Sentences and clauses -> event candidates (Mentions): date, what happened, who, where.

A calendar date in a sentence dates the clause it governs: the subtree of its governing verb,
minus the parts that other dates govern ("Talks collapsed on January 4 and forces have since
launched an offensive over the past 48 hours" gives two mentions). The lead sentence of an
article, when it has no date of its own, reports the news of the publication day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from .cleanup import caption_lines, header, headline
from .model import Document, Mention, Place, TimeSpan, Timex
from .numbers import figure_value
from .similarity import (
    PEOPLE,
    WEAK_PREDICATES,
    bag_of_words,
    cosine,
    features,
    predicate_class,
    verb_class,
)
from .statements import statement_key
from .temporal import RANGE_OPENER
from .temporal_calendar import add_months, days_span
from .verbs import REPORTING

# Values that describe the present or an open past/future: never an event date.
_REFERENCE_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
# "the past 48 hours", "in the last 24 hours", "over the past two days": a span ending at the DCT.
_TRAILING = re.compile(r"\b(?:past|last|previous)\b", re.IGNORECASE)
_DURATION = re.compile(r"^PT?(\d+(?:\.\d+)?)([HDWMY])$")
_LEADING_CONNECTOR = re.compile(
    r"^(?:But|And|However,?|Meanwhile,?|Still,?|Yet|So|Also,?|Worryingly|Chillingly)\s+"
)
_SPACES = re.compile(r"\s+")
_DANGLING_END = re.compile(
    r"(?:[\s,;:–—-]+|\s+(?:and|but|or|however|while|as|with))+$", re.IGNORECASE
)
_MAX_TRAILING_DAYS = 31
ELABORATION_THRESHOLD = 0.1
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


class EntityLike(Protocol):
    """What events need of a recognized entity (see entities.EntityMention)."""

    start_char: int
    end_char: int
    kind: str
    canonical: str
    place: Place | None


def tidy(text: str) -> str:
    """Collapse whitespace and drop quote marks left dangling at either end."""
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_CONNECTOR.sub("", text)
    text = _DANGLING_END.sub("", text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


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


def event_span(timex: Timex, dct: date | None) -> TimeSpan | None:
    """The interval an event dated by this expression lies in, or None if it is not a date."""
    span = timex.span
    if span.type in ("DATE", "TIME") and span.is_calendar and span.value not in _REFERENCE_VALUES:
        return span
    return trailing_interval(span, timex.text, dct)


# "October 9-13", "from October 9 to 13", "between Monday and Wednesday": the two days a range
# joins. "to" and "and" make a range only after "from" and "between".
_RANGE_DASH = re.compile(r"\s*(?:[-\u2013\u2014]|through|thru|until|till)\s*", re.IGNORECASE)
# The word a range needs before it: "from ... to", "between ... and".
_RANGE_OPENS = {"to": "from", "and": "between"}
# "postponed the vote from Monday to Thursday", "extended the deadline from May 1 to May 15":
# a date changed, not a stretch of days.
_CHANGE_VERBS = frozenset(
    [
        "adjourn",
        "adjourned",
        "adjourning",
        "adjourns",
        "advance",
        "advanced",
        "advances",
        "advancing",
        "bring",
        "bringing",
        "brings",
        "brought",
        "change",
        "changed",
        "changes",
        "changing",
        "cut",
        "cuts",
        "cutting",
        "defer",
        "deferred",
        "deferring",
        "defers",
        "delay",
        "delayed",
        "delaying",
        "delays",
        "extend",
        "extended",
        "extending",
        "extends",
        "move",
        "moved",
        "moves",
        "moving",
        "postpone",
        "postponed",
        "postpones",
        "postponing",
        "pull",
        "pulled",
        "pulling",
        "pulls",
        "push",
        "pushed",
        "pushing",
        "pushs",
        "put",
        "puts",
        "putting",
        "reschedule",
        "rescheduled",
        "reschedules",
        "rescheduling",
        "set",
        "sets",
        "shift",
        "shifted",
        "shifting",
        "shifts",
        "switch",
        "switched",
        "switching",
        "switchs",
        "transfer",
        "transferred",
        "transferring",
        "transfers",
    ]
)
_MAX_RANGE_DAYS = 62


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
    opener = RANGE_OPENER.search(text, max(0, first.start - 20), first.start)
    if opener is None or _RANGE_OPENS.get(word) != opener["w"].lower():
        return False
    return word == "and" or not _changes(verb)


def _changes(verb: Token) -> bool:
    """True for a verb that moves a date: 'postponed', 'extended', 'brought forward'."""
    return verb.text.lower() in _CHANGE_VERBS


def _join_ranges(
    dated: list[tuple[Timex, TimeSpan, Token]], text: str
) -> list[tuple[Timex, TimeSpan, Token]]:
    """Join two days that the text gives as a range ("from October 9 to 13") into one span."""
    joined: list[tuple[Timex, TimeSpan, Token]] = []
    for item in dated:
        if joined:
            first, first_span, verb = joined[-1]
            second, second_span = item[0], item[1]
            if (
                first_span.type == second_span.type == "DATE"
                and first_span.precision == second_span.precision == "day"
                and first.end <= second.start
                and first_span.start < second_span.start
                and (second_span.end - first_span.start).days <= _MAX_RANGE_DAYS
                and _range_between(first, second, text, verb)
            ):
                span = days_span(first_span.start, second_span.end, first_span.anchor)
                timex = Timex(first.start, second.end, text[first.start : second.end], span)
                joined[-1] = (timex, span, verb)
                continue
        joined.append(item)
    return joined


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?!(?:own|first|last)\b)[a-z]")


def _non_finite(verb: Token) -> bool:
    """A gerund or participle with no auxiliary: "for finding survivors", no clause of its own."""
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _names_another(doc: Doc, timex: Timex) -> bool:
    """True for a day's possessive that names a happening other than its clause's
    ("survivors of Monday's quake"); not one whose happening is the subject ("Monday's quake
    killed 100 people")."""
    tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    noun = tokens.root.head
    # "Monday's quake", or a date naming a noun ("the New Year's Day quake")
    named = _POSSESSIVE_AFTER.match(doc.text, timex.end) or (
        tokens.root.dep_ in ("compound", "nmod", "poss")
        and noun.pos_ == "NOUN"
        and noun.i == tokens.end
    )
    return bool(named) and noun.dep_ not in ("nsubj", "nsubjpass")


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
    r"\b(?:fiscal|financial|business|calendar|the|its|a)\s+(?:\w+\s+)?(?P<unit>year|quarter)\s+(?:that\s+)?(?:ending|ended|ends)\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)
_PERIOD_MONTHS = {"year": 12, "quarter": 3}


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


def _width(span: TimeSpan) -> int:
    return (span.end - span.start).days if span.is_calendar else 10**6


def _clause_owners(sentence: Span, verbs: Sequence[Token]) -> dict[int, list[Token]]:
    """Assign each token of the sentence to the nearest governing verb among its ancestors."""
    verb_ids = {v.i for v in verbs}
    owned: dict[int, list[Token]] = {v.i: [] for v in verbs}
    for token in sentence:
        current = token
        while True:
            if current.i in verb_ids:
                owned[current.i].append(token)
                break
            if current.head.i == current.i:
                if len(verbs) == 1:
                    owned[verbs[0].i].append(token)
                break
            current = current.head
    for verb in verbs:
        if verb.dep_ in ("relcl", "acl") and verb.head.i not in verb_ids:
            # "the offensive [it launched last week]", "The European Union, [which granted
            # Georgia candidate status in December]": the noun with the words before it
            head = verb.head
            owned[verb.i].extend(
                t for t in sentence.doc[head.left_edge.i : head.i + 1] if t.i not in verb_ids
            )
    return owned


def _clause_text(doc: Doc, sentence: Span, tokens: list[Token], whole: bool) -> str:
    start, end = _bounds(sentence)
    if whole or not tokens:
        return tidy(doc.text[start:end])
    ordered = sorted(tokens, key=lambda t: t.i)
    first, last = ordered[0], ordered[-1]
    closed = _closing_end(doc.text, first.idx, last.idx + len(last), final=True)
    return tidy(doc.text[first.idx : min(closed, end)])


def _entities_in(
    entities: Sequence[EntityLike], start: int, end: int
) -> tuple[tuple[str, ...], tuple[Place, ...]]:
    actors: list[str] = []
    places: list[Place] = []
    for entity in entities:
        if entity.start_char < start or entity.end_char > end:
            continue
        if entity.kind == "place" and entity.place is not None:
            if all(p.name != entity.place.name for p in places):
                places.append(entity.place)
        elif entity.kind == "actor" and entity.canonical not in actors:
            actors.append(entity.canonical)
    return tuple(actors), tuple(places)


def _agents(verb: Token, entities: Sequence[EntityLike]) -> tuple[str, ...]:
    """The actors named in the verb's subject or by-agent ("Polish Prime Minister Donald Tusk
    declared"; "was declared by Fiala"); a verb joined to another ("and visited") shares its
    subject."""
    for _ in range(3):
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        if doers or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    found: list[str] = []
    for doer in doers:
        start, end = doer.left_edge.idx, doer.right_edge.idx + len(doer.right_edge)
        found += _entities_in(entities, start, end)[0]
    return tuple(dict.fromkeys(found))


_PRONOUN_REACH = 400  # characters back to look for the person a "he"/"she" refers to


def _pronoun_referent(
    tokens: Iterable[Token], entities: Sequence[EntityLike], start: int
) -> str | None:
    """'He told US broadcaster CBS...': a clause whose subject is he/she is about the last
    person named shortly before it as a subject (news names a speaker, then goes on with
    "he"); a person named only as an object or in passing is not taken, in the pronoun's own
    sentence either ("Putin told Macron that he would attend": Putin)."""
    subjects = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")]
    pronouns = [t for t in subjects if t.lower_ in ("he", "she")]
    if not pronouns:
        return None
    doc = subjects[0].doc
    sentence = pronouns[0].sent
    within = [
        e
        for e in entities
        if getattr(e, "role", "") == "person"
        and sentence.start_char <= e.start_char < pronouns[0].idx
    ]
    if within:
        # "Kelly Ortberg, who took the helm in August, said he was pleased": the person
        # named before the pronoun in its own sentence as a subject, not the one of the
        # sentence before. When the sentence names people only as objects ("The office of
        # al-Sharaa said during a call with Trump he affirmed"), "he" is left unresolved:
        # neither they nor the subject of the sentence before are safely him.
        named = [e for e in within if _is_subject(doc, e)]
        return named[-1].canonical if named else None
    before = [
        e
        for e in entities
        if getattr(e, "role", "") == "person"
        and start - _PRONOUN_REACH <= e.start_char < start
        and _is_subject(doc, e)
    ]
    return before[-1].canonical if before else None


def _speaker_of(token: Token, entities: Sequence[EntityLike], start: int) -> str | None:
    """The person a subject names: a person named in it, or the one "he"/"she" continues."""
    if token.lower_ in ("he", "she"):
        return _pronoun_referent([token], entities, start)
    first = token.left_edge.idx
    last = token.right_edge.idx + len(token.right_edge)
    for entity in entities:
        if getattr(entity, "role", "") == "person" and first <= entity.start_char < last:
            return entity.canonical
    return None


def _is_subject(doc: Doc, entity: EntityLike) -> bool:
    """A person named as the subject of a clause, or heading a sentence ('US Senator Lindsey
    Graham, a close ally of Trump, ...'): the one a following "he" continues with."""
    span = doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "ROOT")


def _in_a_name(number: Span) -> bool:
    """ "737 Max 9", "Pixel 8", "Windows 11": a number that is part of a singular proper
    name, not a count ("25 Palestinians" counts: the noun is plural)."""
    head, before = number.root.head, number.doc[number.start - 1] if number.start else None
    return (head.tag_ == "NNP" and head.i != number.root.i and not head.ent_type_) or (
        before is not None and before.tag_ == "NNP" and before.ent_type_ not in ("DATE", "TIME")
    )


def _figures(doc: Doc, tokens: Iterable[Token]) -> tuple[tuple[str, str], ...]:
    """Counts and what they count: ('people', '859'), ('relatives', 'almost 800'), ('', '100'),
    ('people', 'Three'). Years, "one" and vague amounts ('hundreds', 'dozens') are left out."""
    found = []
    token_ids = {t.i for t in tokens}
    for entity in doc.ents:
        if entity.label_ != "CARDINAL" or entity.start not in token_ids:
            continue
        if _YEAR.fullmatch(entity.text) or (figure_value(entity.text) or 0) < 2:
            continue
        if _in_a_name(entity):
            continue
        before = doc.text[max(0, entity.start_char - 40) : entity.start_char]
        if _NOT_A_COUNT_BEFORE.search(before):
            continue  # "a woman in her 90s"; "102, down from 120 on Monday": an earlier count
        head = entity.root.head
        noun = head.text.lower() if head.pos_ in ("NOUN", "PROPN") else ""
        outcome = _outcome(entity.root)
        if outcome and noun and noun not in PEOPLE:
            outcome = f"{outcome} {noun}"  # "killed 25 militants" is not a count of civilians
        found.append((outcome or noun, entity.text))
    return tuple(found)


# An age ("in her 90s", "aged 90") or the earlier figure of a change the sentence tells
# ("102, down from 120", "rose to 202 from 168", "compared with 120"): no count to compare.
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?|\baged\s+"
    r"|\b(?:down|up)\s+from\s+|\bto\s+[\d,.]+\s+from\s+|\bcompared\s+(?:with|to)\s+)$",
    re.IGNORECASE,
)
# What happened to the people a figure counts: "2,122 people had died and 2,421 were injured"
# gives two measures (killed, injured), not two disagreeing counts of people.
_OUTCOMES = {
    "kill": "killed", "injur": "injured", "wound": "injured", "hurt": "injured",
    "escape": "escaped", "miss": "missing", "arrest": "arrested", "displace": "displaced",
    "rescu": "rescued",
}  # fmt: skip
_OUTCOME_NOUNS = {
    "deaths": "killed", "dead": "killed", "fatalities": "killed", "casualties": "casualties",
    "injuries": "injured", "injured": "injured", "wounded": "injured", "missing": "missing",
    "unaccounted": "missing",
}  # fmt: skip


# Outcomes that befall the subject ("800 relatives fled the camp"), not the object.
_SUBJECT_OUTCOMES = frozenset(["escaped", "missing"])


_COPULAS = frozenset(
    ["is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "stayed"]
)


def _subject_is(number: Token, verb: Token) -> bool:
    """Is the count (or the noun it counts) the subject of verb?"""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for t in (number, number.head)
    )


def _outcome(number: Token) -> str:
    """The outcome a count tells of, from its noun or the verb above it ('' if none).

    Not the agent's: in "1,500 gunmen killed 1,200 people" the gunmen did the killing."""
    current = number
    for _ in range(3):
        word = current.text.lower()
        if current.i != number.i and word in _OUTCOME_NOUNS:
            return _OUTCOME_NOUNS[word]
        if current.pos_ in ("VERB", "ADJ") and (kind := _OUTCOMES.get(verb_class(word))):
            return kind
        if current.i != number.i and current.lower_ in _COPULAS and _subject_is(number, current):
            # "179 are still unaccounted for", "102 people remain unaccounted for": the state
            # after the copula of the count's own clause (not another clause's after "and")
            for child in current.children:
                if child.dep_ == "acomp" and child.lower_ in _OUTCOME_NOUNS:
                    return _OUTCOME_NOUNS[child.lower_]
        if current.head.i == current.i:
            break
        if (
            current.dep_ == "nsubj"
            and any(c.dep_ == "dobj" for c in current.head.children)
            and _OUTCOMES.get(verb_class(current.head.text.lower())) not in _SUBJECT_OUTCOMES
        ):
            return ""  # the subject of "killed 1,200 people" is who killed
        current = current.head
    return ""


def _attach_figures(
    mentions: list[Mention], elaborations: Sequence[tuple[Span, tuple[tuple[str, str], ...]]]
) -> list[Mention]:
    """Give a mention the figures of the undated sentences that elaborate it.

    "Jelal Ayaf told local media that 859 people successfully escaped" carries no date, but
    it counts the escape its article dated: an undated sentence with figures joins the most
    similar mention of its document that reports the same kind of happening (a verb of the
    sentence in the mention's predicate class).
    """
    if not elaborations or not mentions:
        return mentions
    bags = [features(m) for m in mentions]
    figures: dict[int, list[tuple[str, str]]] = {}
    for sentence, found in elaborations:
        kinds = {verb_class(t.text.lower()) for t in sentence if t.pos_ in ("VERB", "AUX")}
        kinds -= WEAK_PREDICATES
        bag = bag_of_words(sentence.text)
        scored = [
            (cosine(bag, bags[i]), -i)
            for i, mention in enumerate(mentions)
            if predicate_class(mention) in kinds
        ]
        if scored and max(scored)[0] >= ELABORATION_THRESHOLD:
            figures.setdefault(-max(scored)[1], []).extend(found)
    return [
        replace(m, figures=m.figures + tuple(figures[i])) if i in figures else m
        for i, m in enumerate(mentions)
    ]


def _as_written(sentence: Span) -> str:
    """The sentence as the source wrote it, white space collapsed (provenance, not a headline)."""
    start, end = _bounds(sentence)
    return " ".join(sentence.doc.text[start:end].split())


def _bounds(sentence: Span) -> tuple[int, int]:
    """Character offsets of the sentence's text, without the blanked or white space around;
    with the closing quote marks and brackets after it that close ones it opened (the parser
    may leave the '"' of '...justice in America."' to the next sentence), and without the
    ones at its start that close the previous sentence's."""
    text = sentence.doc.text
    start, end = _stripped(sentence)
    end = _closing_end(text, start, end)
    if sentence.start > 0:
        previous = sentence.doc[sentence.start - 1].sent
        adopted = _closing_end(text, *_stripped(previous))
        if adopted > start:
            start = adopted + len(text[adopted:end]) - len(text[adopted:end].lstrip())
    return start, max(start, end)


def _stripped(sentence: Span) -> tuple[int, int]:
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    return start, max(start, sentence.start_char + len(text.rstrip()))


_CLOSING = {"\u201d": "\u201c", ")": "(", "]": "["}


def _closing_end(text: str, start: int, end: int, final: bool = False) -> int:
    """end, moved over the quote marks and brackets right after text[start:end] that close
    ones opened in it (and, final, over the full stop before them: a clause ending on
    'America' of '...justice in America."'). Straight quotes close when the span holds an odd
    number of them; single quotes are left alone (apostrophes)."""

    def closes(position: int) -> bool:
        mark, span = text[position], text[start:position]
        if mark == '"':
            return span.count('"') % 2 == 1
        opening = _CLOSING.get(mark)
        return opening is not None and span.count(opening) > span.count(mark)

    while end < len(text):
        if closes(end):
            end += 1
        elif final and text[end] in ".!?" and end + 1 < len(text) and closes(end + 1):
            end += 2
        else:
            break
    return end


def _standfirst_end(text: str, headline_end: int, header_lines: Sequence[tuple[int, int]]) -> int:
    """Where a standfirst's photo ends, in an article with no byline or date line: one
    paragraph under the headline, then a caption of the header ("Centrist Nicusor Dan defeats
    ... runoff." / "Nicusor Dan celebrates ... Photograph: Andreea Alexandru/AP"): the body
    starts after the photo. 0 when the text is not laid out so."""
    if not header_lines:
        return 0
    start, end = header_lines[0]
    if not re.search(r"\bPhotograph:", text[start:end]):
        return 0  # an AP caption "(AP Photo/...)" comes under the lead, not a standfirst
    between = text[headline_end:start].strip()
    if not between or re.search(r"\n[ \t]*\n", between):
        return 0
    return end


def _lead_sentence(
    doc: Doc, captions: Sequence[tuple[int, int]], header_end: int = 0
) -> Span | None:
    """The article's first sentence of prose: not blank, not a headline, not a photo caption,
    not a standfirst above the byline and date lines (header_end: where they end; "Former
    police officer convicted on all three counts" above "Chris McGreal in Minneapolis / Wed 21
    Apr 2021 00.31 BST" is no lead: the body's first sentence is)."""
    for sentence in doc.sents:
        if not any(t.is_alpha for t in sentence):
            continue
        if any(start <= sentence.start_char < end for start, end in captions):
            continue
        if _stripped(sentence)[1] <= header_end:
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            continue  # "Timeline: key events": a heading, no news
        return sentence
    return None


def extract_mentions(
    document: Document, doc: Doc, entities: Sequence[EntityLike] = ()
) -> list[Mention]:
    """Every dated happening of one analysed document, in text order."""
    dct = document.published
    timexes: list[Timex] = list(doc._.timexes)
    skipped = caption_lines(document.text)
    if (title := headline(doc.text)) is not None:
        skipped.append(title)
    top = header(document.text)
    # the end of the byline and date lines (a caption or "Advertisement" under the lead is no
    # header line that the lead stands above)
    header_end = max(
        [end for _, end in top.bylines] + ([top.date.end()] if top.date is not None else []),
        default=0,
    )
    if not header_end and title is not None:
        header_end = _standfirst_end(document.text, title[1], top.spans)
    lead = _lead_sentence(doc, skipped, header_end)
    mentions: list[Mention] = []
    elaborations: list[tuple[Span, tuple[tuple[str, str], ...]]] = []
    for sentence in doc.sents:
        dated: list[tuple[Timex, TimeSpan, Token]] = []
        target_end = -(10**9)  # where the last date a forecast is "for" ends
        for timex in timexes:
            if timex.start < sentence.start_char or timex.end > sentence.end_char:
                continue
            before = doc.text[max(sentence.start_char, timex.start - 30) : timex.start]
            if _BOUND_BEFORE.search(before):
                continue  # "few see a hike before July": a bound, not the day of a happening
            if _EARLIER_COUNT_BEFORE.search(before):
                continue  # "102 remain missing, down from 120 on Monday": the earlier count's day
            ending = _PERIOD_END_BEFORE.search(before)
            if ending and timex.start - target_end <= len(ending.group()) + 2:
                continue  # "a forecast for the current fiscal year ending in March 2025"
            if _TARGET_BEFORE.search(before):
                target_end = timex.end
                continue  # "cut its growth forecast for the current fiscal year"
            period = _period_ending(timex.span, ending["unit"]) if ending else None
            if period is not None and ending is not None:
                # "the fiscal year ending in March 2025": April 2024 to March 2025, the
                # period's dates, not an event in March 2025
                if dated and timex.start - dated[-1][0].end <= len(ending.group()) + 2:
                    dated[-1] = (dated[-1][0], period, dated[-1][2])
                    continue
                span = period
            elif (since := _SINCE_BEFORE.search(before)) and not _WHEN_AFTER.match(
                doc.text, timex.end
            ):
                lead_in = doc.text[
                    max(sentence.start_char, timex.start - 90) : timex.start - len(since.group())
                ]
                span = _since_interval(timex.span, dct, lead_in)
                if span is None:
                    continue  # "the highest since the 2008 crisis", "had been since 2016"
            else:
                span = event_span(timex, dct)
            if span is None:
                continue
            tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if tokens is None or len(tokens) == 0:
                continue
            dated.append((timex, span, _governing_verb(tokens.root)))
        if not dated:
            if dct is None:
                continue
            if lead is not None and sentence.start == lead.start:
                mentions.append(_publication_mention(document, sentence, None, entities))
            elif (reported := _reported_happening(sentence)) is not None:
                mentions.append(_publication_mention(document, sentence, reported, entities))
            elif figures := _figures(doc, sentence):
                elaborations.append((sentence, figures))
            continue
        dated = _join_ranges(dated, doc.text)
        # "survivors of Monday's quake passed on Thursday afternoon": a day's possessive names
        # another happening; the sentence's own date tells when this one was
        # (only where the possessive's own clause tells no happening of its own: a gerund
        # like "finding", or a verb another date of the sentence dates)
        naming = {d[0].start for d in dated if _names_another(doc, d[0])}
        named = [
            d
            for d in dated
            if d[0].start in naming
            and (
                _non_finite(d[2])
                or any(o[2].i == d[2].i and o[0].start not in naming for o in dated)
            )
        ]
        if named and len(named) < len(dated):
            dated = [d for d in dated if d not in named]
        # One mention per governing verb: the most precise of its dates; of two as precise,
        # the local time ("at 2310 GMT on Tuesday (8:10 a.m. Wednesday local time)": the
        # day where it happened, the one other outlets tell)
        by_verb: dict[int, tuple[Timex, TimeSpan, Token]] = {}
        for timex, span, verb in dated:
            best = by_verb.get(verb.i)
            local = _LOCAL_TIME_AFTER.match(doc.text, timex.end) is not None
            if best is None or (_width(span), not local) < (_width(best[1]), True):
                by_verb[verb.i] = (timex, span, verb)
        verbs = [item[2] for item in by_verb.values()]
        owners = _clause_owners(sentence, verbs)
        sentence_start, sentence_end = _bounds(sentence)
        for timex, span, verb in sorted(by_verb.values(), key=lambda item: item[0].start):
            tokens = owners[verb.i]
            whole = len(by_verb) == 1
            start = sentence.start_char if whole else min(t.idx for t in tokens)
            end = sentence.end_char if whole else max(t.idx + len(t) for t in tokens)
            actors, places = _entities_in(entities, start, end)
            speaker = _pronoun_referent(tokens if not whole else sentence, entities, start)
            if speaker and speaker not in actors:
                actors = (speaker, *actors)
            mentions.append(
                Mention(
                    document=document.name,
                    text=_clause_text(doc, sentence, tokens, whole),
                    sentence=_as_written(sentence),
                    sentence_start=sentence_start,
                    sentence_end=sentence_end,
                    span=span,
                    date_text=timex.text,
                    date_start=timex.start,
                    date_end=timex.end,
                    actors=actors,
                    places=places,
                    figures=_figures(doc, tokens if not whole else sentence),
                    predicate=_predicate(verb),
                    outlet=document.outlet,
                    published=dct,
                    dated_by="text",
                    published_by=document.published_by,
                    statement=statement_key(
                        verb, lambda token, at=start: _speaker_of(token, entities, at)
                    ),
                    agents=_agents(verb, entities),
                )
            )
    return _attach_figures(mentions, elaborations)


_LIGHT_VERBS = frozenset(
    {"hold", "holds", "held", "holding", "have", "has", "had", "make", "makes", "made", "give"}
    | {"gives", "gave", "stage", "staged"}
)


def _predicate(verb: Token) -> str:
    """What happened, as a verb: the reported clause's verb for 'X escaped, officials said'."""
    if verb.text.lower() in REPORTING:
        for child in verb.children:
            if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
                return _predicate(child)
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    word = verb.text.lower()
    if word in _LIGHT_VERBS:  # "held a phone call": the happening is the call
        for child in verb.children:
            # "made landfall": the parser may tag the noun an adjective; its role tells
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "ADJ"):
                return child.text.lower()
    if word in _FIND_VERBS and (verdict := _verdict(verb)):
        return verdict
    if word.startswith("fle") and any(c.text.lower() in ("home", "homes") for c in verb.children):
        return "displaced"  # to flee one's home is to be displaced, not to escape
    return word


_FIND_VERBS = frozenset({"find", "finds", "found", "finding"})


def _verdict(verb: Token) -> str:
    """'has been found guilty' is 'convicted', 'found not guilty' 'acquitted': the verdict,
    not a finding ('' for any other use of the verb)."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and child.lower_ in _VERDICTS:
            negated = any(c.dep_ == "neg" for c in (*verb.children, *child.children))
            return "acquitted" if negated == (child.lower_ == "guilty") else "convicted"
    return ""


_VERDICTS = frozenset({"guilty", "innocent"})


def _is_perfect(verb: Token) -> bool:
    """'have fled', 'has been displaced': present perfect, a happening up to now."""
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c.text.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("has", "have", "'ve") for a in auxiliaries)


def _reported_happening(sentence: Span) -> Token | None:
    """'The UN says 130,000 people have fled': a present-tense report of a present-perfect
    happening, with no date of its own, is the news of the publication day. Returns the
    happening's verb ('fled'), or None."""
    for token in sentence:
        if token.text.lower() not in REPORTING or token.tag_ not in ("VBZ", "VBP"):
            continue
        for child in token.children:
            if child.dep_ == "ccomp" and _is_perfect(child):
                return child
        if token.dep_ in ("ccomp", "parataxis") and _is_perfect(token.head):
            return token.head
    return None


def _publication_mention(
    document: Document, sentence: Span, reported: Token | None, entities: Sequence[EntityLike]
) -> Mention:
    """A sentence with no date of its own that reports the news of the publication day:
    an article's lead (dated_by "lead"), or a present-tense report of a present-perfect
    happening (dated_by "report", with that happening's verb)."""
    dct = document.published
    assert dct is not None
    actors, places = _entities_in(entities, sentence.start_char, sentence.end_char)
    sentence_start, sentence_end = _bounds(sentence)
    return Mention(
        document=document.name,
        text=tidy(sentence.doc.text[sentence_start:sentence_end]),
        sentence=_as_written(sentence),
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        span=TimeSpan("DATE", dct.isoformat(), dct, dct, "day", "publication"),
        date_text="",
        actors=actors,
        places=places,
        figures=_figures(sentence.doc, sentence),
        predicate=_predicate(reported if reported is not None else sentence.root),
        outlet=document.outlet,
        published=dct,
        dated_by="lead" if reported is None else "report",
        published_by=document.published_by,
    )
