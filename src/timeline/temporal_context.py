"""What a temporal expression is normalized against: the publication date (DCT), the clause's
tense and the last date the text mentioned; and how they pick a year or a day.

Shared by the handlers of `temporal.py` (calendar dates) and `temporal_durations.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from timeline.model import TimeSpan

TenseAt = Callable[[int, int], "str | None"]

# A tense of "definite past": the expression modifies a past verb directly ("In January, X
# brought in", "the year ended Jan. 31"), not through a noun, an adjective or a deadline
# preposition ("a dividend payable Dec. 7", "extended to Nov. 20").
DEFINITE_PAST = "definite past"
PAST = ("past", DEFINITE_PAST)
# "will be named ... for a mission in December": a will/shall future not reported by a past
# verb ("said it will close the plant Oct. 20" is not one).
DEFINITE_FUTURE = "definite future"
# "The Senate votes Thursday", "City play Brighton on Saturday": a day or month hanging directly
# on a simple present verb that reports nothing is a timetable, ahead of the DCT.
SCHEDULED = "scheduled"
# "said on Friday it was sending a team on Saturday": an arrangement reported in the past
# progressive; the day after the saying's own day when the sentence tells it, else the nearest.
REPORTED_PLAN = "reported plan"


@dataclass
class Context:
    text: str
    start: int
    end: int
    dct: date | None
    tense: str | None
    previous: TimeSpan | None
    # The last quarter or half named ("the third quarter"), which a financial comparison ("a
    # year ago", "the year-ago period") shifts; see `temporal._period_after`.
    period: TimeSpan | None = None
    # Set by a handler when the value compares with the last period ("a year earlier"): the
    # period stays the anchor of the next comparison.
    comparison: bool = False
    # False once a span of months ("the nine months") follows the last quarter or half: a
    # comparison after it ("a year earlier") is with the year, not with that quarter.
    period_open: bool = True
    # Where the expression that set `previous` ends in `text`.
    previous_end: int = 0
    # Where the expression that set `previous` starts in `text`.
    previous_start: int = 0
    # Where the expression that set `period` ends in `text`.
    period_end: int = 0
    # The last day told as the story's own (not a possessive naming a happening: "last week's
    # floods"), and where it ends: the day hours counted after its paragraph are on.
    day_told: TimeSpan | None = None
    day_told_end: int = 0


def unanchored(value: str, kind: str = "DATE", precision: str | None = None) -> TimeSpan:
    return TimeSpan(kind, value, None, None, precision, "unanchored")


def open_ref(value: str, ctx: Context) -> TimeSpan:
    """PAST_REF or FUTURE_REF: a time before or after the DCT with no interval."""
    return TimeSpan("DATE", value, None, None, None, "publication" if ctx.dct else "unanchored")


# A capitalized word ("Minutes", "Week") ...
TITLE = re.compile(r"[A-Z][a-z]")


def in_prose(ctx: Context, m: re.Match[str]) -> bool:
    """... is a name ("60 Minutes", ABC's "This Week") when the words before the match are not
    all capitalized, as they are in a headline."""
    before = ctx.text[max(0, m.start() - 40) : m.start()].split()
    return any(w[:1].islower() for w in before[-4:])


# "until Tuesday", "as soon as Tuesday", "no later than Nov. 9": a deadline, ahead of the DCT.
_FRONTED_UNTIL = re.compile(r"(?:^|[.!?\n]\s*)(?:until|till)\s+(?:[\w.:]+\s+){0,3}$", re.IGNORECASE)


# A state set to last until a day, which may lie ahead however it is told: a passive ("was
# adjourned until Monday", "Talks were suspended until Monday", "was extended until Sunday")
# or a participle ("a strike lasting until Friday"); not an action that ran until then ("the
# fire burned until Tuesday morning").
_STATE_UNTIL = re.compile(
    r"\b(?:(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ut|et)|\w+ing"
    r"|closed|shut|open|suspended|extended|adjourned|postponed)\s+$",
    re.IGNORECASE,
)
_FUTURE_SIGNAL = re.compile(
    r"\b(?:until|till|through|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than"
    r"|deadline\s+of)\s+(?:[\w.:]+\s+){0,3}$",
    re.IGNORECASE,
)
# A measure in force: a present perfect ("has cancelled", "have suspended", "has been halted")
_IN_FORCE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en|ut|wn)\b", re.IGNORECASE)
# A gathering set for a day: "called an all-employee safety meeting for Tuesday", "a vote
# scheduled for Friday" (see _MOVED_TO): the day it is set for, before or after the telling
_SET_FOR = re.compile(
    r"\b(?:meeting|vote|hearing|session|summit|talks|ceremony|rally|briefing|conference"
    r"|appointment|debate|interview|match|game|trial)\s+for\s+$",
    re.IGNORECASE,
)


# What a warning or a forecast is of: "warned of more heavy rain in Valencia over the
# weekend", "predicted snow for Thursday" (not "warned residents over the weekend to
# leave"). The day is the weather's or the threat's, the nearest such day, not the day of the
# warning. ("warned of rain on Tuesday" may tell when the warning came, and is left alone.)
WARNED_OF = re.compile(
    r"\b(?:warn(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?(?:of|about)|forecasted|predicted|predicts)\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had|been|be)\b)[\w'’%-]+\s+){0,6}?"
    r"(?:over|for|through|into)\s+$",
    re.IGNORECASE,
)


# A day declared a day off or of mourning: "Sobyanin had declared Monday a non-working day",
# "declared Friday a national day of mourning": the day lies ahead of the declaring
_DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|declaring|made|named)\s+$", re.IGNORECASE)
_DAY_OFF_AFTER = re.compile(
    r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:holiday|day\s+off|non-working\s+day|day\s+of\s+"
    r"(?:national\s+)?(?:mourning|rest|prayer|remembrance))\b",
    re.IGNORECASE,
)


# "was postponed to Friday", "has been pushed back to Thursday", "moved the vote to Dec. 5",
# "was rescheduled for Sunday":
# the new date of something put off, ahead whatever the tense.
_MOVED_TO = re.compile(
    r"(?<!\bhad\s)(?<!\bhad\sbeen\s)\b(?:postponed|delayed|pushed\s+back|put\s+off|moved"
    r"|rescheduled|deferred|adjourned|bumped)\s+(?:[\w.,]+\s+){0,3}?(?:to|till|until)\s+"
    r"(?:next\s+)?$"
    # "was rescheduled for Sunday" (not "lawyers moved for a dismissal on Monday", nor "The
    # final, rescheduled for Sunday, ended in a draw")
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:postponed"
    r"|pushed\s+back|put\s+off|rescheduled|deferred)\s+(?:[\w.,]+\s+){0,3}?for\s+"
    r"(?:next\s+)?$"
    # "Judge Kaplan set sentencing for March 28", "set a hearing on his jail conditions for
    # Tuesday", "scheduled the vote for Friday": a date set, ahead of the setting
    r"|(?<!\bhad\s)\b(?:set|scheduled)\s+(?!for\b|off\b|out\b|up\b)(?:[\w.,'’]+\s+){1,6}?for\s+$",
    re.IGNORECASE,
)
# "... was pushed back to Saturday, when the rocket lifted off": the day is told as gone.
_WHEN_AFTER = re.compile(r"[^.!?\n]{0,12}?,\s+when\b")
# "the Oct. 7 attack", "Saturday's strike on a market", "victims of the Jan. 6 riot", "is
# investigating the March 26 collapse": an attack, a disaster or a failure named by its day
# has happened, whatever the tense of the clause.
PAST_EVENT_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:deadly|fatal|terrorist|terror|suicide|missile|drone|air|rocket"
    r"|bomb|car|mass|school|deadly|devastating|massive|major|twin|coordinated)\s+){0,2}"
    r"(?:attacks?|bombings?|shootings?|massacres?|killings?|crash|explosions?|blasts?|raids?"
    r"|earthquake|quake|assault|ambush|stabbing|murders?|shelling|invasion|coup|riots?"
    r"|insurrection|derailment|collision|landslide|airstrikes?"
    # a disaster or a failure ("the March 26 collapse", "the Aug. 8 fire", "the July 19 outage")
    # (not what may be planned or forecast: an outage, a blackout, a flood; not "fire drill")
    r"|collapse|(?:wild)?fires?(?!\s+(?:drill|alarm|safety|season|danger|risk|warning|ban))"
    r"|blazes?|spill|sinking|eruption|tsunami|stampede|mudslides?|avalanche|accident"
    r"|cyberattacks?|hack"
    # "the Jan. 6 committee": an inquiry is named after what it looks into
    r"|inquiry|investigation|probe|committee|panel|commission"
    # a strike that is an attack, not a walk-out ("Friday's strike at three plants")
    r"|(?:missile|drone|air|rocket|artillery|military)\s+strikes?)\b",
    re.IGNORECASE,
)


# "a premium of 26.6% to Discover's closing price on Friday": a market close is a price told
# after the fact, whatever the tense of the deal around it ("Friday's close" above).
_CLOSE_BEFORE = re.compile(
    r"(?:\bclosing\s+(?:share\s+|stock\s+)?(?:price|level|value)|\bthe\s+close)\s+on\s+$"
    r"|\bpremium\s+to\s+(?:\w+['\u2019]s\s+)?$",
    re.IGNORECASE,
)


# "The vote had been due on Nov. 14", "had been scheduled for": a plan as it stood before,
# whose day may be just behind or just ahead
_PLAN_THAT_WAS = re.compile(
    r"\bhad\s+been\s+(?:due|scheduled|set|slated|planned)\s+(?:on\s+|for\s+)?$", re.IGNORECASE
)


def moved_to(ctx: Context) -> bool:
    """True for the new date of something postponed or moved ("postponed to Friday")."""
    return _MOVED_TO.search(
        ctx.text, max(0, ctx.start - 60), ctx.start
    ) is not None and not _WHEN_AFTER.match(ctx.text, ctx.end)


def clause_direction(ctx: Context) -> str | None:
    """past, future, present, or None when the clause's tense is unknown."""
    if PAST_EVENT_AFTER.match(ctx.text, ctx.end) or _CLOSE_BEFORE.search(
        ctx.text, max(0, ctx.start - 40), ctx.start
    ):
        return "past"
    if _PLAN_THAT_WAS.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        return "present"  # "had been due on Nov. 14": a plan as it stood, the nearest day
    if moved_to(ctx):
        return "future"
    if _SET_FOR.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        return "present"
    if WARNED_OF.search(ctx.text, max(0, ctx.start - 80), ctx.start):
        return "present"
    if _DECLARED_BEFORE.search(ctx.text, max(0, ctx.start - 20), ctx.start) and (
        _DAY_OFF_AFTER.match(ctx.text, ctx.end)
    ):
        return "future"  # "had declared Monday a non-working day": a day off ahead
    # "talks run until Friday", "postponed until Tuesday": a deadline ahead; but a past clause
    # opened by "Until Thursday, they had not..." tells of the time before it
    fronted = ctx.tense in PAST and _FRONTED_UNTIL.search(
        ctx.text, max(0, ctx.start - 60), ctx.start
    )
    signal = None if fronted else _FUTURE_SIGNAL.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    if signal is not None:
        # in a past clause an end told may have passed ("the fire burned until Tuesday
        # morning") or lie ahead ("the airport was closed until Thursday"): the nearest day
        if signal.group().lower().startswith("through") and ctx.tense in PAST:
            # "has cancelled all flights through Tuesday": a measure in force, its end ahead;
            # "the fire burned through Tuesday morning": a past action's end
            told = ctx.text[: signal.start()]
            sentence = told[max(told.rfind("."), told.rfind("\n")) + 1 :]
            in_force = _IN_FORCE.search(sentence) or _STATE_UNTIL.search(sentence)
            return "future" if in_force else "past"
        until = signal.group().lower().startswith(("until", "till"))
        if (
            until
            and ctx.tense in PAST
            and not _STATE_UNTIL.search(ctx.text, max(0, signal.start() - 40), signal.start())
        ):
            return "present"
        return "future"
    if ctx.tense in PAST:
        return "past"
    if ctx.tense in (DEFINITE_FUTURE, SCHEDULED):
        return "future"
    if ctx.tense == REPORTED_PLAN:
        return "present"
    return ctx.tense if ctx.tense in ("future", "present") else None


def pick(candidates: list[date], dct: date, direction: str | None, reach: int = 366) -> date:
    """Most recent candidate not after the DCT (past), next not before it (future), or nearest.

    A candidate further than `reach` days from the DCT loses to the nearest one: a news article
    writes "Nov. 17" without a year only for a date within months of its publication.
    """
    if direction == "past":
        past = [c for c in candidates if c <= dct and (dct - c).days <= reach]
        if past:
            return max(past)
    elif direction == "future":
        future = [c for c in candidates if c >= dct and (c - dct).days <= reach]
        if future:
            return min(future)
    return min(candidates, key=lambda c: (abs((c - dct).days), c > dct))


def norm_rel(rel: str | None) -> str | None:
    return re.sub(r"\s+", " ", rel.lower()) if rel else None


def told_in_sentence(ctx: Context) -> TimeSpan | None:
    """The last date told, when it is in the expression's own sentence; else None."""
    if ctx.previous is None or re.search(r"[.!?\n]", ctx.text[ctx.previous_end : ctx.start]):
        return None
    return ctx.previous


def previous_day(ctx: Context, day_level: bool = False) -> tuple[date, str] | None:
    """The anchor of 'the next day', 'that week': the last date in the text, else the DCT.

    A day counted from the last date ("the day before", "the same day") needs that date to
    name a day: after "in 1990" or "in October" it is unknown (None), not a day of the DCT."""
    if ctx.previous is not None and ctx.previous.start is not None:
        if day_level and ctx.previous.precision != "day":
            return None
        return ctx.previous.start, "previous"
    if ctx.dct is not None:
        return ctx.dct, "publication"
    return None
