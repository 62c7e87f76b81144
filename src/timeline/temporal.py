"""Temporal expressions in English news: find them and normalize them to TIMEX3 + a day interval.

`tag(text, dct)` finds every expression in reading order; `normalize(expression, dct)` does one.
Relative expressions anchor on the publication date (DCT), except those that refer back to the
last date the text mentioned ("the next day", "that week", "two days later"). The governing
clause's tense picks the direction of bare weekdays, months and month-days: a past clause means
the most recent one (the DCT itself included), a future clause the next one. Without a DCT,
relative expressions stay unanchored (never the wall clock). Weeks are ISO weeks, Monday to
Sunday: "last week" is the Monday-Sunday week before the DCT's week. Pure functions, no spaCy.

This module holds the calendar-date handlers and the search; the patterns are in
`temporal_patterns`, the anchoring context in `temporal_context`, durations, sets and vague
references in `temporal_durations`, calendar arithmetic in `temporal_calendar`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import pairwise

from timeline import temporal_calendar as cal
from timeline.model import TimeSpan, Timex
from timeline.numbers import number_value
from timeline.temporal_context import (
    DEFINITE_FUTURE,
    DEFINITE_PAST,
    PAST_EVENT_AFTER,
    REPORTED_PLAN,
    TITLE,
    Context,
    TenseAt,
    clause_direction,
    in_prose,
    moved_to,
    norm_rel,
    pick,
    previous_day,
    told_in_sentence,
    unanchored,
)
from timeline.temporal_durations import (
    duration_value,
    h_duration,
    h_range_low,
    h_ref,
    h_set,
    h_unit_long,
    h_vague_duration,
    unit_name,
)
from timeline.temporal_patterns import (
    COUNT_AFTER,
    MONTH_ANY,
    MONTH_CONTEXT,
    MONTH_FULL,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    PATTERNS,
    SEASONS,
    SMALL_NUMBERS,
    TENS,
    WEEKDAY,
    WEEKDAY_NAME_AFTER,
    WEEKDAY_NAME_BEFORE,
    WEEKDAYS,
    WINDOW_AFTER,
    WINDOW_BEFORE,
    YEAR,
    YEAR_CONTEXT,
    ZONE_ABBR,
    ZONE_AFTER,
)
from timeline.verbs import ANNOUNCING_LEMMAS, REPORTING_LEMMAS, past_forms, present_forms

__all__ = ["normalize", "tag"]


def _weekday_date(dct: date, weekday: int, rel: str | None, direction: str) -> date:
    """The day of a weekday name seen from `dct`. "last Friday": the most recent one before it;
    "this coming Friday", "coming Friday": the first one after it; "next Friday": the Friday of
    the (ISO, Monday-Sunday) week after the DCT's, as "next week" is that week, so "next Monday"
    to "next Sunday" run in order, 1 to 13 days ahead, never before the bare "Friday" ahead
    ("next Thursday" written on a Tuesday is nine days ahead, "this Thursday" two). Internal
    `rel`s: "following" for "the following Friday" after a told day (the first one at least
    two days after it: the day after would be "the next day"), "after" for the first one after."""
    back = (dct.weekday() - weekday) % 7
    forward = (weekday - dct.weekday()) % 7
    if rel in ("last", "this past", "past"):
        return dct - timedelta(days=back or 7)
    if rel == "next":
        return dct + timedelta(days=7 - dct.weekday() + weekday)
    if rel == "following":
        return dct + timedelta(days=forward + 7 if forward <= 1 else forward)
    if rel in ("coming", "this coming", "after"):
        return dct + timedelta(days=forward or 7)
    if direction == "future":
        return dct + timedelta(days=forward)
    if direction == "present" and forward < back:
        return dct + timedelta(days=forward)
    return dct - timedelta(days=back)  # news default: the most recent such day


def _month_year(dct: date, month: int, rel: str | None, direction: str | None, reach: int) -> int:
    if rel in ("last", "this past", "past"):
        year = dct.year if month < dct.month else dct.year - 1
        if rel == "last" and month == dct.month - 1:
            # "crashed last February" written in March: the month just gone would be "last
            # month"; naming it means the February of the year before. ("last December" in
            # January is last year's, as "last" says.)
            return year - 1
        return year
    if rel in ("next", "coming", "this coming"):
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this":
        return dct.year
    firsts = [date(dct.year + k, month, 1) for k in (-1, 0, 1)]
    return pick(firsts, dct.replace(day=1), direction, reach).year


_MONTH_REACH = 245  # about eight months


def _month_reach(ctx: Context) -> int:
    """How far back or ahead a month without a year may lie: a year for a date that modifies
    a past verb directly or lies in a will/shall future, else about eight months (the tense of
    a looser clause may mislead)."""
    if ctx.tense in (DEFINITE_PAST, DEFINITE_FUTURE) or PAST_EVENT_AFTER.match(ctx.text, ctx.end):
        return 366  # also "the Jan. 6 attack", written on Dec. 30: the attack is behind
    return _MONTH_REACH


# -- handlers: one per pattern; each returns a TimeSpan or None (not a temporal expression) --


def _h_iso(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    suffix = f"T{m['th']}:{m['tm']}" if m["th"] else ""
    return cal.day_span(day, "absolute", suffix) if day else None


def _h_dotted(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return cal.day_span(day, "absolute") if day else None


def _h_slash(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    day = cal.safe_date(year, int(m["m"]), int(m["d"]))
    return cal.day_span(day, "absolute") if day else None


def _h_slash_md(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """ "on 8/31": the month/day, its year by tense; "9/11" names the 2001 attacks (in an
    article from before them, the nearest Sept. 11 like any other)."""
    if m["nine"]:
        attacks = _NAMED_DAYS[9, 11][0]
        if ctx.dct is None or ctx.dct > attacks:
            return cal.day_span(attacks, "absolute")
        month, number = 9, 11
    else:
        month, number = int(m["m"]), int(m["d"])
        if _fraction(ctx):
            return None
    if ctx.dct is None:
        return unanchored(f"XXXX-{month:02d}-{number:02d}", precision="day")
    found = _month_day_date(ctx, month, number)
    return cal.day_span(found, "publication") if found else None


# What a fraction or odds are of: "by 2/3 of lawmakers", "on 3/4 power", "a 5/1 shot"
_FRACTION_AFTER = re.compile(
    r"\s*(?:[-\u2013]\s*)?(?:of|odds|shot|chance|favou?rites?|power|majority"
    r"|majorities|vote|stake|split|margin|ratio|scale|speed|throttle"
    r"|capacity|strength|length|lengths|full|empty|point|points|percent|per\s+cent|inch|inches"
    r"|mile|miles|cups?|teaspoons?|tablespoons?|pounds?|ounces?|gallons?|lit(?:er|re)s?"
    r"|acres?|million|billion|times|more|less|fewer|as\s+(?:many|much)|the\s+size)\b",
    re.IGNORECASE,
)
# "rose by 2/3", "cut by 1/2", "after 1/2 of": an amount changed by a fraction
_FRACTION_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|falls?|fallen|falling|grew|grows?|grown|growing"
    r"|(?:in|de)creas(?:e[sd]?|ing)|cut(?:s|ting)?|reduc(?:e[sd]?|ing)|drop(?:s|ped|ping)?"
    r"|declin(?:e[sd]?|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|slash(?:es|ed|ing)?"
    r"|shr[aiu]nk(?:s|ing)?|shrinks?|gain(?:s|ed|ing)?|los[et]s?|losing|up|down|short"
    r"|outnumbered|multiplied|divided|beaten|won|lost|leads?|led|trail(?:s|ed|ing)?)"
    r"\s+by\s+$",
    re.IGNORECASE,
)
# "odds shortened from 5/1", "backed at 5/1": betting
_ODDS_NEAR = re.compile(
    r"\b(?:odds|bookmakers?|bookies|betting|bet|wager|punters|favou?rite|outsider|shortened"
    r"|drifted|priced\s+at)\b",
    re.IGNORECASE,
)
# "moving from 6/1 to 2/1", "slashed from 10/1 to 4/1": a pair of odds
_ODDS_PAIR_AFTER = re.compile(r"\s+to\s+\d{1,3}/\d{1,3}\b")
_ODDS_PAIR_BEFORE = re.compile(r"\b\d{1,3}/\d{1,3}\s+to\s+$")


def _fraction(ctx: Context) -> bool:
    """True when a month/day after a preposition is a fraction or odds: "by 2/3 of lawmakers",
    "after 1/2 of the board resigned", "on 3/4 power", "grew by 2/3", "from 5/1 to 3/1" in a
    betting story; "on 12/26", "since 12/26, when" and "by 12/31." stay dates."""
    text = ctx.text
    if _FRACTION_AFTER.match(text, ctx.end) or _FRACTION_BEFORE.search(
        text, max(0, ctx.start - 30), ctx.start
    ):
        return True
    # betting words right before the figure ("odds of 5/1", "backed at 5/1"), or anywhere in
    # the sentence of a pair ("Bookmakers cut the odds, with a July poll moving from 6/1 to
    # 2/1"); not a lone figure elsewhere ("the favorite will debate on 9/10")
    if _ODDS_NEAR.search(text, max(0, ctx.start - 25), ctx.start) is not None:
        return True
    if not (
        _ODDS_PAIR_AFTER.match(text, ctx.end)
        or _ODDS_PAIR_BEFORE.search(text, max(0, ctx.start - 12), ctx.start)
    ):
        return False
    sentence = max(text.rfind(". ", 0, ctx.start), text.rfind("\n", 0, ctx.start)) + 1
    return _ODDS_NEAR.search(text, sentence, ctx.start) is not None


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _h_month_day(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    span = _month_day_span(m, ctx)
    if span is None or not m.groupdict().get("week"):  # day_month has no "the week of"
        return span
    if span.start is not None:
        return cal.granular_span(span.start, "week", span.anchor)  # "the week of March 6"
    return unanchored("XXXX-WXX", precision="week")


_MONTH_RANGE_AFTER = re.compile(
    rf"\s*[-\u2013]\s*(?P<mon2>{MONTH_FULL})\b(?P<period>\s+(?:period|quarter)\b)?"
)
_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _year_of_that_year(ctx: Context) -> int | None:
    """The year told last, where "of that year" / "of the same year" follows the expression
    (which then reaches over those words)."""
    previous = ctx.previous
    if previous is None or previous.start is None or not previous.is_calendar:
        return None
    if (same := _OF_THAT_YEAR.match(ctx.text, ctx.end)) is None:
        return None
    ctx.end = same.end()
    return previous.start.year


def _month_day_span(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    month, day = _month_number(m["mon"]), int(m["d"])
    if not 1 <= day <= 31:
        return None
    year = m["y"] or ((pair := _PAIR_YEAR.match(ctx.text, m.end())) and pair["y"])
    if year:
        found = cal.safe_date(int(year), month, day)
        return cal.day_span(found, "absolute") if found else None
    if (told := _year_of_that_year(ctx)) is not None:
        # "collapsed in November 2022 and filed on Nov. 11 of that year": the year told last
        found = cal.safe_date(told, month, day)
        return cal.day_span(found, "previous") if found else None
    previous = ctx.previous
    if (
        previous is not None
        and previous.precision == "quarter"
        and previous.end is not None
        and (previous.end.month, previous.end.day) == (month, day)
        and _ENDED_BETWEEN.fullmatch(ctx.text, ctx.previous_end, ctx.start)
    ):
        return cal.day_span(previous.end, previous.anchor)  # "the quarter ended Oct. 31"
    if (
        previous is not None
        and previous.precision == "day"
        and previous.start is not None
        and previous.start.month == month
        and previous.start.day < day
        and _RANGE_BETWEEN.fullmatch(ctx.text, ctx.previous_end, ctx.start)
    ):
        # "12-14 October", "between 29 and 31 December": the year the range starts in
        found = cal.safe_date(previous.start.year, month, day)
        return cal.day_span(found, previous.anchor) if found else None
    if (named := _named_day(ctx, month, day)) is not None:
        return cal.day_span(named, "absolute")
    if ctx.dct is None:
        return unanchored(f"XXXX-{month:02d}-{day:02d}", precision="day")
    if m.groupdict().get("yrel"):
        shift = {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
        found = cal.safe_date(ctx.dct.year + shift, month, day)
        return cal.day_span(found, "publication") if found else None
    weekday = WEEKDAYS[m["wd"].lower()] if m.groupdict().get("wd") else None
    found = _month_day_date(ctx, month, day, weekday)
    return cal.day_span(found, "publication") if found else None


# Days that name a happening in English news, with the nouns of the happening that follow the
# day in its name: "the Sept. 11 attacks", "the Jan. 6 riot", "Jan. 6 committee" (written after
# it; "the Jan. 6 hearings" are the committee's). Any other noun is a day like another: "set a
# Jan. 6 hearing on the motion" is ahead.
_NAMED_DAYS = {
    (9, 11): (
        date(2001, 9, 11),
        re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks|hijackers|hijackings)\b", re.IGNORECASE),
    ),
    (1, 6): (
        date(2021, 1, 6),
        re.compile(
            r"\s+(?:(?:Capitol\s+)?(?:riot|rioters|insurrection|insurrectionists)"
            r"|Capitol\s+(?:attack|breach|siege)|(?:select\s+)?committee|panel|hearings"
            r"|defendants|investigation|attack\s+on\s+the\s+(?:U\.S\.\s+)?Capitol)\b",
            re.IGNORECASE,
        ),
    ),
}


def _named_day(ctx: Context, month: int, day: int) -> date | None:
    """The day of a named happening ("22 years since the Sept. 11 attacks"), in an article
    written after it; None otherwise."""
    named = _NAMED_DAYS.get((month, day))
    if named is None or (ctx.dct is not None and ctx.dct <= named[0]):
        return None
    return named[0] if named[1].match(ctx.text, ctx.end) else None


_RANGE_BETWEEN = re.compile(
    r"(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)", re.IGNORECASE
)
_ENDED_BETWEEN = re.compile(r"\s*,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?")

# "April 24 and 25, 1998": the year after the second day is the first day's too.
# "October 9-13, 2018", "from Oct. 9 to Oct. 12, 2022": the year after the second day
_PAIR_YEAR = re.compile(
    rf"(?:st|nd|rd|th)?\s*(?:and|or|to|through|until|till|-|–)\s*(?:{MONTH_ANY}\s*)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})"
)


# "In 1991, ...": a year that opens its sentence, the time of all of it
_FRONTED_IN = re.compile(r"(?:^|[.!?\n]\s*)In\s+$")


def _month_day_date(ctx: Context, month: int, day: int, weekday: int | None = None) -> date | None:
    """The date of "Nov. 17" without a year: the clause's tense picks among the DCT's year
    and the years either side; None if no such day exists. A weekday written with it
    ("Friday, March 17") keeps the years in which the day is that weekday, when one is."""
    assert ctx.dct is not None
    told = told_in_sentence(ctx)
    fronted = _FRONTED_IN.search(ctx.text, max(0, ctx.previous_start - 6), ctx.previous_start)
    if told is not None and told.precision == "year" and told.start is not None and fronted:
        # "In 1991, Operation Desert Storm began on January 17": of the year its sentence told
        return cal.safe_date(told.start.year, month, day)
    candidates = [d for k in (-1, 0, 1) if (d := cal.safe_date(ctx.dct.year + k, month, day))]
    if weekday is not None:
        tense = clause_direction(ctx)
        agree = [
            d
            for d in candidates
            if d.weekday() == weekday
            and not (tense == "past" and (d - ctx.dct).days > _DAYS_AHEAD)
            and not (tense == "future" and (ctx.dct - d).days > _DAYS_AHEAD)
        ]
        candidates = agree or candidates
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    # "postponed to Dec. 5": the nearest Dec. 5 (a weekday put off is the next one)
    direction = (
        None
        if moved_to(ctx) and not PAST_EVENT_AFTER.match(ctx.text, ctx.end)
        else (clause_direction(ctx))
    )
    if direction == "past" and _FROM_BEFORE.search(ctx.text, max(0, ctx.start - 50), ctx.start):
        soon = [d for d in candidates if 0 < (d - ctx.dct).days <= _DAYS_AHEAD]
        if soon:
            # "imposed a curfew from March 10 to midnight on March 12", written on March 9:
            # a stretch decided in the past may start and end in the days ahead
            return soon[0]
    return pick(candidates, ctx.dct, direction, _month_reach(ctx))


_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:[\w.,:]+\s+){1,4}?(?:to|until|till|through)\s+(?:[\w:.]+\s+){0,3})?$",
    re.IGNORECASE,
)
_DAYS_AHEAD = 7


_MONTH_DAY_BEFORE = re.compile(rf"\b(?P<mon>{MONTH_ANY})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?$")


def _h_and_day(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """The second day of "April 24 and 25", "Oct. 9-13", "October 9 to 13", in the month (and
    year) of the first."""
    first = _MONTH_DAY_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    if first is None:
        return None
    before = ctx.text[max(0, first.start() - 20) : first.start()]
    if not _day_pair(int(first["d"]), int(m["d"]), m, before):
        return None  # not "He died on April 24 and 25 others were hurt", "rose on Oct. 9 to 21"
    month, number = _month_number(first["mon"]), int(m["d"])
    if cal.safe_date(2000, month, number) is None:
        return None  # "February 28-31"
    if m["y"]:
        found = cal.safe_date(int(m["y"]), month, number)
        return cal.day_span(found, "absolute") if found else None
    previous = ctx.previous
    if (
        previous is not None
        and previous.precision == "day"
        and m.start() <= ctx.previous_end <= m.start("d")
    ):
        assert previous.start is not None
        found = cal.safe_date(previous.start.year, month, number)
        return cal.day_span(found, previous.anchor) if found else None
    if ctx.dct is None:
        return unanchored(f"XXXX-{month:02d}-{number:02d}", precision="day")
    return None


# "from October 9 to 13", "between Monday and Wednesday": the word that opens a range
RANGE_OPENER = re.compile(r"\b(?P<w>from|between)\s+(?:the\s+)?$", re.IGNORECASE)


NIGHT_OF = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _day_pair(first: int, second: int, m: re.Match[str], before: str) -> bool:
    """True when two day numbers make a pair or a range of days. `before` is the text before
    the first day. "24 and 25" lie within a week ("between 1 and 15" need not); "9-13" and
    "9 through 30" within the month; "9 to 13" only after "from" or "between" ("rose on Oct.
    9 to 21" is an amount)."""
    if not 1 <= first < second <= 31:
        return False
    opener = RANGE_OPENER.search(before)
    if m["conj"] in ("and", "or"):
        return second <= first + 7 or (opener is not None and opener["w"].lower() == "between")
    if m["conj"] in ("to", "until", "till"):
        # "on the night of 23 to 24 July": a night from one day to the next
        return opener is not None or (second == first + 1 and NIGHT_OF.search(before) is not None)
    return True


def _h_day_before(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """The first day of "9-13 October 2019", "between 9 and 13 October": in the month of the
    second, and in the year the range starts (the second day then takes the same one)."""
    first, second = int(m["d"]), int(m["d2"])
    month = _month_number(m["mon"])
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    if not _day_pair(first, second, m, before) or cal.safe_date(2000, month, second) is None:
        return None
    if m["y"]:
        found = cal.safe_date(int(m["y"]), month, first)
        return cal.day_span(found, "absolute") if found else None
    if ctx.dct is None:
        return unanchored(f"XXXX-{month:02d}-{first:02d}", precision="day")
    found = _month_day_date(ctx, month, first)
    return cal.day_span(found, "publication") if found else None


_OF_MONTH = re.compile(
    r"(?P<pair>\s+(?:and|to|through|until|till|-|–)\s+the\s+[1-3]?\d(?:st|nd|rd|th))?"
    r"\s+of\s+(?P<rel>this|next|last)\s+month\b",
    re.IGNORECASE,
)
_MONTH_STEP = {"this": 0, "next": 1, "last": -1}
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


# "the 1st and 2nd Brigades", "the 3rd and 4th quarters": two ordinals before a noun are
# ranks or units, not days; "from the 2nd to the 10th of next month", "until the 5th and the
# 6th, when" are days (a function word or punctuation after the pair).
# a word that may follow a day ("the 2nd of", "the 10th, when"), not a noun the ordinal ranks
_NOT_A_NOUN = (
    r"(?:of|at|and|or|in|to|when|while|but|until|through|on|for|as|after|before|from|this"
    r"|next|last|the|a|an|with|by|is|was|will|would|are|were|he|she|it|they|we|respectively)\b"
)
_PAIR_AFTER = re.compile(
    r"\s+(?:and|or|to|through|until|till|&)\s+(?:the\s+)?(?P<d2>[1-3]?\d)(?:st|nd|rd|th)\b"
    rf"(?P<noun>\s+(?!{_NOT_A_NOUN})[A-Za-z])?",
    re.IGNORECASE,
)
_PAIR_BEFORE = re.compile(
    r"\bthe\s+(?P<d1>[1-3]?\d)(?:st|nd|rd|th)\s+(?:and|or|to|through|until|till|&)\s+$",
    re.IGNORECASE,
)
_PAIR_NOUN_AFTER = re.compile(rf"\s+(?!{_NOT_A_NOUN})[A-Za-z]", re.IGNORECASE)
# "from the 5th to the 3rd in the standings", "the 2nd place": a rank
_RANK_AFTER = re.compile(
    r"(?:\s+(?:and|or|to)\s+the\s+[1-3]?\d(?:st|nd|rd|th))?\s*,?\s+"
    r"(?:(?:in|on|of)\s+the\s+(?:[\w'\u2019]+\s+)?(?:standings|rankings?|table|polls?|league|charts?"
    r"|leaderboard|grid|draft|list|field|order|queue|ballot)|place|position|spot|seed|ranking"
    r"|ranked)\b",
    re.IGNORECASE,
)
_RANK_BEFORE = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|place[ds]?|finish(?:es|ed|ing)?|slipp(?:ed|ing)|slips?|fell|falls?"
    r"|dropp(?:ed|ing)|drops?|climb(?:s|ed|ing)?|rose|rises?|jump(?:s|ed|ing)?)"
    r"\s+(?:\w+\s+){0,2}(?:from|to)\s+$",
    re.IGNORECASE,
)


def _not_a_day(number: int, ctx: Context) -> bool:
    """True for an ordinal that is a rank or a unit: "the 1st and 2nd Brigades", "fell from
    the 5th to the 3rd in the standings". A range of days runs forward, or over a month's end
    from late in one month ("from the 28th to the 3rd")."""
    text = ctx.text
    if _RANK_AFTER.match(text, ctx.end) or _RANK_BEFORE.search(
        text, max(0, ctx.start - 40), ctx.start
    ):
        return True
    if (pair := _PAIR_AFTER.match(text, ctx.end)) is not None:
        return bool(pair["noun"]) or not _day_range(number, int(pair["d2"]))
    if (pair := _PAIR_BEFORE.search(text, max(0, ctx.start - 20), ctx.start)) is not None:
        if _PAIR_NOUN_AFTER.match(text, ctx.end):
            return True
        return not _day_range(int(pair["d1"]), number)
    return False


# "October 28 until the 2nd", "from March 30 to the 2nd": a range running on to the next
# month; elsewhere a smaller day is in the month told ("On March 20, police said she had
# disappeared on the 2nd")
_RANGE_TO = re.compile(
    r"\s*(?:,\s*)?(?:until|till|to|through|and|-|\u2013)\s+(?:the\s+)?", re.IGNORECASE
)


def _day_range(first: int, second: int) -> bool:
    return first < second or (first >= 15 and second < 15)


def _next_month(first: date) -> tuple[int, int]:
    following = cal.add_months(first, 1)
    return following.year, following.month


def _h_ordinal_day(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """ "on the 23rd": that day of the month of the last date told in its paragraph, when it
    named one (a day or a month; after a day, a smaller number is in the month after: "from
    October 28 until the 2nd" ends on November 2); else of the publication month, ahead or
    behind by tense."""
    number = int(m["d"])
    if not 1 <= number <= 31 or m["suffix"].lower() != _ORDINAL_SUFFIX.get(number, "th"):
        return None
    if _not_a_day(number, ctx):
        return None
    which = _OF_MONTH.match(ctx.text, ctx.end)
    if which and ctx.dct is not None:
        # "on the 23rd of next month"; "from the 2nd to the 10th of next month"
        if not which["pair"]:
            ctx.end = which.end()
        first = cal.add_months(ctx.dct.replace(day=1), _MONTH_STEP[which["rel"].lower()])
        found = cal.safe_date(first.year, first.month, number)
        return cal.day_span(found, "publication") if found else None
    previous = ctx.previous
    if (
        previous is not None
        and previous.start is not None
        and previous.precision in ("day", "month")
        and not _PARAGRAPH_BREAK.search(ctx.text, ctx.previous_end, ctx.start)
    ):
        first = previous.start.replace(day=1)
        direction = clause_direction(ctx) if previous.precision == "day" else None
        if (
            previous.precision == "day"
            and number < previous.start.day
            and (
                _RANGE_TO.fullmatch(ctx.text, ctx.previous_end, ctx.start)
                or direction not in ("past", None)
            )
        ):
            # "October 28 until the 2nd", "walked out on June 28 and will stay out until the
            # 3rd", "first set for June 28, was moved to the 3rd": the month after
            first = cal.add_months(first, 1)
        elif (
            direction == "past"
            and number > previous.start.day
            and ctx.dct is not None
            and cal.safe_date(first.year, first.month, number) is not None
            and cal.safe_date(first.year, first.month, number) > ctx.dct
        ):
            # "On June 2, police said a worker had disappeared on the 28th": May 28, before
            first = cal.add_months(first, -1)
        found = cal.safe_date(first.year, first.month, number)
        if (
            found is not None
            and ctx.dct is not None
            and found < ctx.dct
            and found <= previous.start
            and moved_to(ctx)
            and (later := cal.safe_date(*_next_month(first), number)) is not None
        ):
            # "The final was due on Saturday, Nov. 4. It was moved to the 4th.": a day put
            # off is a new date, after the one told and ahead of the publication
            found = later
        return cal.day_span(found, "previous") if found else None
    if ctx.dct is None:
        return unanchored("XXXX-XX-" + f"{number:02d}", precision="day")
    months = [cal.add_months(ctx.dct.replace(day=1), k) for k in (-1, 0, 1)]
    candidates = [d for first in months if (d := cal.safe_date(first.year, first.month, number))]
    if not candidates:
        return None
    return cal.day_span(pick(candidates, ctx.dct, clause_direction(ctx), 40), "publication")


def _h_month_year(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    return cal.month_span(_year_of(m), _month_number(m["mon"]), "absolute")


# A capitalized word before a month makes it part of a name, unless it is a determiner that
# starts a sentence.
_NAME_BEFORE = re.compile(
    r"(?<![\w.])(?!(?:The|A|An|Its|His|Her|Their|Our|This|That|Each|Every)\s)[A-Z][\w.]*\s+$"
)
# Words before "June's", "May's" that make them months ("since June's vote", not "a tribute
# to June's husband").
_POSSESSIVE_MONTH_CONTEXT = re.compile(
    r"\b(?:in|since|until|by|from|through|during|before|after|early|late|mid|last|next|this)\s+$",
    re.IGNORECASE,
)
# "the March accession", "the May elections": a month naming the time of a noun after it (the
# text before and after the month, joined by "|"); not "the March on Washington".
_MONTH_BEFORE_NOUN = re.compile(
    r"\bthe\s+\|\s+(?!(?:on|of|to|for|from|in|into|through|toward|towards|against|at|by|with"
    r"|and|or|was|is|were|are|has|had|will|government|administration|family|cabinet|ministry"
    r"|era|years|team|camp|deal|premiership|leadership|doctrine|plan)\b)[a-z]+\b",
    re.IGNORECASE,
)


# "January-March", "Feb.–May": the end of a range of months
_MONTH_RANGE_BEFORE = re.compile(rf"\b{MONTH_ANY}\s*[-–]\s*$", re.IGNORECASE)


def _h_month(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    word = m["mon"]
    if not m["rel"] and not m["mod"]:
        before = ctx.text[max(0, m.start() - 30) : m.start()]
        after = ctx.text[m.end() : m.end() + 30]
        if word.lower() in ("may", "march") and not (
            MONTH_CONTEXT.search(before)
            or _MONTH_BEFORE_NOUN.search(before + "|" + after)
            or _MONTH_RANGE_BEFORE.search(before)
        ):
            return None
        if (
            re.match(r"['’]s\b", after)
            and word.lower() in ("april", "may", "june", "august")
            and not _POSSESSIVE_MONTH_CONTEXT.search(before)
        ):
            return None  # "June's husband": a name; "to December's figures" is the month
        if re.match(r"\s+[A-Z][a-z]", after) and not MONTH_CONTEXT.search(before):
            return None  # "August Wilson"
        if _NAME_BEFORE.search(before) and not MONTH_CONTEXT.search(before):
            return None  # "Theresa May", "Operation November"; not "The September report"
    month = _month_number(word)
    if ctx.dct is None:
        return unanchored(f"XXXX-{month:02d}", precision="month")
    if m["yrel"]:  # "February this year", "June of last year"
        shift = {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        return cal.month_span(ctx.dct.year + shift, month, "publication")
    if until := _MONTH_RANGE_AFTER.match(ctx.text, ctx.end):
        # "the July-September period": the months up to the range's last, whose year the
        # range takes; a calendar quarter's three months are that quarter
        last = _month_number(until["mon2"])
        direction, reach = clause_direction(ctx), _month_reach(ctx)
        year = _month_year(ctx.dct, last, norm_rel(m["rel"]), direction, reach) - (month > last)
        if month % 3 == 1 and last == month + 2 and until["period"]:
            ctx.end = until.end()
            return cal.quarter_span(year, month // 3 + 1, "publication")
        return cal.month_span(year, month, "publication")
    if (told := _year_of_that_year(ctx)) is not None:
        return cal.month_span(told, month, "previous")  # "in 2019 ... March of that year"
    year = _month_year(ctx.dct, month, norm_rel(m["rel"]), clause_direction(ctx), _month_reach(ctx))
    return cal.month_span(year, month, "publication")


# "Flight 2019", "Room 2019-20": a number, no year
_NUMBERED_BEFORE = re.compile(r"(?:No\.|#|Flight|Route|Room|[Nn]umber)\s*$")
# A year written into a name: after a name word inside a sentence ("Saudi Arabia's Vision
# 2030", "the Orion 1980 project", "Tokyo 2020"), or before the head of an organisation's
# name ("the 1922 Committee"). Not after a time word ("Christmas 2023", "Spring 2024", "Q3
# 2024") nor a sentence's first word ("Since 1985"); "the 1996 Olympic Games" stays a year.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w.])(?P<w>[A-Z][a-z]+)\s+$")
# What ends a sentence or opens a quote, before its first word
_OPENING_BEFORE = re.compile(r"(?:^|[.!?:;(\"“‘\n])\s*$")
_TIME_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, *SEASONS, "christmas", "easter", "eid", "ramadan", "hanukkah", "diwali",
     "passover", "thanksgiving", "halloween", "lent", "advent", "new", "year", "years", "day",
     "eve", "week", "weekend", "early", "late", "mid", "end", "fiscal", "calendar", "hajj",
     # words that open a phrase after a dateline, a bullet or a dash ("(CNN) — In 2019")
     "in", "since", "by", "from", "until", "till", "before", "after", "during", "through",
     "between", "for", "of", "and", "but", "as", "at", "on", "to", "around", "about", "circa",
     "throughout", "within"]
)  # fmt: skip
_OWNED_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")
_ORGANISATION_AFTER = re.compile(
    r"\s+(?-i:Committee|Club|Group|Society|Foundation|Movement|Network|Initiative)\b"
)


def _h_year(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    year = int(m["y"])
    before = ctx.text[max(0, m.start("y") - 12) : m.start("y")]
    if not m["mod"] and not m["fiscal"]:
        if COUNT_AFTER.match(ctx.text, m.end()):
            return None
        if year < 1900 and not YEAR_CONTEXT.search(before):
            return None
        if _NUMBERED_BEFORE.search(before):
            return None
        if _OWNED_BEFORE.search(before) and _ORGANISATION_AFTER.match(ctx.text, m.end()):
            return None  # "the party's 1922 Committee"; not "In 2014 Group of Seven leaders"
        name = _NAME_WORD_BEFORE.search(ctx.text, max(0, m.start("y") - 30), m.start("y"))
        if (
            name
            and name["w"].lower() not in _TIME_WORDS
            and not _OPENING_BEFORE.search(ctx.text, max(0, name.start() - 3), name.start())
        ):
            return None  # "Vision 2030"
        if ZONE_AFTER.match(ctx.text, m.end()):
            return None  # "(2040 GMT)": a clock time
    mod = (m["mod"] or "").lower()
    if "half of" in mod:
        return cal.half_span(year, 1 if mod.startswith("the first") else 2, "absolute")
    return cal.year_span(year, "absolute")


def _years_of_range(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """(first, last) of "2023-24", "2019-2021", "1998/99": the last after the first, a
    shortened one within a decade ("2019-2011", "2019-35" and "1990-91-92" are no range of
    years; "Room 2019-20" is a number)."""
    if _NUMBERED_BEFORE.search(ctx.text, max(0, m.start("y") - 12), m.start("y")):
        return None
    first, second = int(m["y"]), m["y2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if len(second) == 2 and last <= first:
        last += 100  # "1999-00"
    reach = 10 if len(second) == 2 else 99  # "2023-24"; "1914-1918", "2001-2019 data"
    return (first, last) if 0 < last - first <= reach else None


def _h_year_range(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """The first year of "the 2023-24 season"."""
    years = _years_of_range(m, ctx)
    return cal.year_span(years[0], "absolute") if years else None


def _h_year_range_end(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """The last year of "the 2023-24 season": 2024."""
    years = _years_of_range(m, ctx)
    return cal.year_span(years[1], "absolute") if years else None


def _nineteen(tens: str, ones: str | None) -> int:
    """1997 for "nineteen" + "ninety" + "seven"."""
    return 1900 + TENS[tens.lower()] + (SMALL_NUMBERS[ones.lower()] if ones else 0)


def _spelled_year(words: str) -> int:
    """1997 for "nineteen ninety-seven" (a match of `SPELLED_YEAR`)."""
    parts = re.split(r"[- \s]+", words)[1:]
    return _nineteen(parts[0], parts[1] if len(parts) > 1 else None)


def _year_of(m: re.Match[str]) -> int | None:
    """The year a pattern's `y` (digits) or `sy` (words) group names, if any."""
    if m["y"]:
        return int(m["y"])
    return _spelled_year(m["sy"]) if m["sy"] else None


def _h_spelled_year(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    if m["t"]:
        year = _nineteen(m["t"], m["o"])
    else:
        year = 2000 + (SMALL_NUMBERS[m["o2"].lower()] if m["o2"] else 0)
    return cal.year_span(year, "absolute")


_DECADE_WORDS = {w: i for i, w in enumerate(
    ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"],
    start=2,
)}  # fmt: skip


def _h_decade(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    if m["dec"]:
        return cal.decade_span(int(m["dec"]), "absolute")
    digit = int(m["short"]) if m["short"] else _DECADE_WORDS[m["word"].lower()]
    if m["word"] and not m.group(0).lower().startswith("the"):
        return None  # "in his forties" is an age
    if ctx.dct is None:
        return cal.decade_span(190 + digit, "absolute")
    century = ctx.dct.year // 100
    decade = century * 10 + digit
    if decade * 10 > ctx.dct.year:
        decade -= 10
    return cal.decade_span(decade, "publication")


_CENTURY_WORDS = {
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip


def _h_century(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    if m["n"] or m["word"]:
        ordinal = int(m["n"]) if m["n"] else _CENTURY_WORDS[m["word"].lower()]
        return cal.century_span(ordinal - 1, "absolute") if 0 < ordinal < 30 else None
    rel = norm_rel(m["rel"])
    if rel in ("the past", "the last"):
        return TimeSpan("DURATION", "P100Y", anchor="none")
    if ctx.dct is None:
        return unanchored("XX", precision="century")
    shift = {"this": 0, "last": -1, "the previous": -1, "next": 1, "the next": 1}[rel]
    return cal.century_span(ctx.dct.year // 100 + shift, "publication")


def _reporting_quarter(dct: date, direction: str) -> tuple[int, int]:
    """'The quarter' of a company report: the last one completed, unless the clause is future."""
    year, quarter = cal.quarter_of(dct)
    if direction == "future" or (dct.month - 1) % 3 == 2:
        return year, quarter
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def _h_quarter(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    q = (m["q"] or "").lower().replace("-", " ")
    q = re.sub(r"\s+", " ", q)
    ago = (m["ago"] or "").lower()
    if m["ago2"] and not (m["y"] or m["fy"] or m["y0"]):
        ago = "year-ago"  # "the quarter a year ago": that quarter, a year before
    has_the = m.group(0).lower().startswith("the") or m["yrel"]
    if m["unit"].lower() == "quarters":
        if q not in ORDINALS:
            return None  # "recent quarters", "three quarters"
        if (every := _habitual_quarter(ORDINALS[q], ctx)) is not None:
            return every
    if m["unit"].lower() == "period" and m["y0"] and not (q or ago) and _recent_period(ctx):
        # "net rose in the third quarter ... in the 1988 period": that quarter, in 1988
        ctx.comparison = True
        shift = int(m["y0"]) - ctx.period.end.year
        return cal.shift_span(ctx.period, shift, "year", "previous")
    if m["unit"].lower() == "period" and not (ago or q in ("latest", "most recent", "recent")):
        return None
    if not (q or ago or has_the):
        return None
    if q in ("past", "recent") and not has_the:
        return None
    if q == "that" and (
        m["unit"].lower() != "quarter"
        or ctx.period is None
        or ctx.period.precision != "quarter"
        or re.match(r"\s+of\s+(?!(?:fiscal\s+)?\d)", ctx.text[m.end() :])
    ):
        return None  # "that quarter" with no quarter named before; "that quarter of the city"
    year = m["y"] or m["fy"]
    yrel = (m["yrel"] or m["yrel2"] or "").lower()
    if m["q"] and m.group(0)[:4].lower() == "the " and ctx.text.startswith("-", m.end("q")):
        ctx.start = m.start() + 4  # "the third-quarter results": the extent is "third-quarter"
    year = year or m["y0"]
    ends = None if (year or yrel or ago or q in ("that", "next")) else _period_end(ctx, m.end())
    if q in ORDINALS or q == "final":
        number = 4 if q == "final" else ORDINALS[q]
        if ends is not None:
            return _fiscal_quarter(ends, number)  # "its fourth quarter ended Aug. 26"
        span = _ordinal_quarter(number, ctx, year, yrel)
        if year or ctx.dct is None:
            return span
        period = ctx.period
        if period is not None and period.value == span.value and period.precision == "quarter":
            # "Fourth-quarter sales" after "its fourth quarter ended Aug. 26": that quarter's
            # months, not the calendar's
            span = TimeSpan("DATE", span.value, period.start, period.end, "quarter", span.anchor)
    elif ends is not None:
        return _fiscal_quarter(ends, None)  # "the quarter ended July 31"
    elif q == "that":
        # "Results for that quarter included a charge": the quarter named last
        period = ctx.period
        span = TimeSpan("DATE", period.value, period.start, period.end, "quarter", "previous")
    else:
        if ctx.dct is None and not (ctx.previous and ctx.previous.precision == "quarter"):
            return unanchored("XXXX-QX", precision="quarter")
        if ago and _recent_period(ctx) and ctx.period.precision == "quarter":
            span = ctx.period
            ctx.comparison = True
        elif ctx.dct is None:
            return unanchored("XXXX-QX", precision="quarter")
        elif q in ("this", "current"):
            span = cal.quarter_span(*cal.quarter_of(ctx.dct), "publication")
        elif q in ("last", "previous", "past"):
            y, n = cal.quarter_of(ctx.dct)
            span = cal.quarter_span(*((y, n - 1) if n > 1 else (y - 1, 4)), "publication")
        elif q == "next":
            y, n = cal.quarter_of(ctx.dct)
            span = cal.quarter_span(*((y, n + 1) if n < 4 else (y + 1, 1)), "publication")
        else:
            span = cal.quarter_span(
                *_reporting_quarter(ctx.dct, clause_direction(ctx)), "publication"
            )
    if year and not (q in ORDINALS or q == "final"):
        # "the 1988 quarter": the same reporting quarter, in the year the text names
        span = cal.shift_span(span, int(year) - int(span.value[:4]), "year", "absolute")
    if ago.startswith("year") or (yrel == "last" and not (q in ORDINALS or q == "final")):
        # "the year-ago quarter", "the corresponding period last year": a comparison; the
        # report's own quarter stays the anchor of the next one ("the year-ago results")
        ctx.comparison = True
        return cal.shift_span(span, -1, "year", span.anchor)
    if yrel == "next" and not (q in ORDINALS or q == "final"):
        return cal.shift_span(span, 1, "year", span.anchor)  # "that quarter next year"
    return span


def _h_quarter_pair(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """The first of "the first and second quarters [of 1990]", read as "the first quarter"."""
    number = ORDINALS[m["q"].lower()]
    if (every := _habitual_quarter(number, ctx)) is not None:
        return every
    year = _QUARTERS_YEAR.match(ctx.text, m.end())
    return _ordinal_quarter(number, ctx, year["y"] if year else None)


def _h_month_quarter(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """ "the October-December quarter": the quarter of those months (this year's, or last
    year's in a past clause for one still ahead), only when they span one."""
    first, last = _month_number(m["m1"]), _month_number(m["m2"])
    if last != first + 2:
        return None
    return _ordinal_quarter((first - 1) // 3 + 1, ctx, m["y"])


_QUARTERS_YEAR = re.compile(rf"[^.;\n]{{0,40}}?quarters\s+(?:of\s+|in\s+)?(?P<y>{YEAR})")
# Words that make a clause habitual: "is usually conducted in the second and fourth quarters".
_HABITUAL = re.compile(
    r"\b(?:usually|typically|generally|normally|traditionally|always|often|tends?\s+to)\b",
    re.IGNORECASE,
)


def _habitual_quarter(number: int, ctx: Context) -> TimeSpan | None:
    """Every such quarter, in a habitual clause: "is usually conducted in the second and fourth
    quarters" (XXXX-Q2, XXXX-Q4); None otherwise."""
    before = ctx.text[max(0, ctx.start - 200) : ctx.start]
    sentence = re.split(r"[.!?;\n]\s", before)[-1]
    if _HABITUAL.search(sentence):
        return TimeSpan("SET", f"XXXX-Q{number}", anchor="none")
    return None


# "the quarter ended July 31", "its fourth quarter ending Sept. 30, 1989": the day a fiscal
# quarter ends. After a bare comma the day must close its phrase ("the quarter, ended Sept. 30,")
# or it may be a price's ("the stock rose in the quarter, ended May 5 at $30")
_PERIOD_END = re.compile(
    r"(?:\s+(?:that\s+|which\s+)?|\s*,\s+(?:that|which)\s+)"
    rf"(?P<verb>ended|ending|ends)\s+(?:on\s+)?"
    rf"(?P<mon>{MONTH_ANY})\s*(?P<d>\d{{1,2}})\b(?!\s*(?:%|percent\b|points?\b))"
    rf"(?:,?\s+(?P<y>{YEAR})\b)?"
    r"|\s*,\s+(?P<verb2>ended|ending)\s+(?:on\s+)?"
    rf"(?P<mon2>{MONTH_ANY})\s*(?P<d2>\d{{1,2}})(?:,?\s+(?P<y2>{YEAR}))?(?=\s*[,.;)]|\s*$)"
)


def _period_end(ctx: Context, after: int) -> tuple[date, str] | None:
    """The last day of the period whose name ends at `after`, and its anchor, when the text
    gives it. A quarter that "ended Oct. 31" ended by the publication date; one "ending" it
    ended before in a past clause, lies ahead in a future one, else is the nearest one. None if
    the text gives no day or no year."""
    m = _PERIOD_END.match(ctx.text, after)
    if m is None:
        return None
    verb, mon, day_text, year = (
        (m["verb"], m["mon"], m["d"], m["y"])
        if m["verb"]
        else (m["verb2"], m["mon2"], m["d2"], m["y2"])
    )
    month, day = _month_number(mon), int(day_text)
    if year:
        found = cal.safe_date(int(year), month, day)
        anchor = "absolute"
    elif ctx.dct is None:
        return None
    else:
        dct = ctx.dct
        candidates = [d for k in (-1, 0, 1) if (d := cal.safe_date(dct.year + k, month, day))]
        direction = "past" if verb == "ended" else clause_direction(ctx)
        found = pick(candidates, dct, direction) if candidates else None
        anchor = "publication"
    if found is None or found.year < 2:
        return None  # no such day, or a quarter that would begin before the calendar does
    return found, anchor


def _fiscal_quarter(ends: tuple[date, str], number: int | None) -> TimeSpan:
    """The three months that end on `end`, in the year that holds most of them. Its value keeps
    the quarter the text numbers ("the fourth quarter ended Aug. 26" is the fiscal 4th quarter
    of 1989; "the fourth quarter ended Jan. 31, 1990", Nov. to Jan., that of 1989); an
    unnumbered one is the calendar quarter that holds most of it ("the quarter ended July 31",
    May to July, is Q2). The interval is the three months themselves."""
    end, anchor = ends
    start = cal.add_months(end + timedelta(days=1), -3)
    year, calendar_number = cal.quarter_of(end - timedelta(days=45))
    number = number or calendar_number
    return TimeSpan("DATE", f"{year:04d}-Q{number}", start, end, "quarter", anchor)


def _ordinal_quarter(number: int, ctx: Context, year: str | None, yrel: str = "") -> TimeSpan:
    """ "the third quarter [of 1990 | of last year]": this year's, unless a past clause puts it
    in a quarter still ahead, which makes it last year's."""
    if year:
        return cal.quarter_span(int(year), number, "absolute")
    if ctx.dct is None:
        return unanchored(f"XXXX-Q{number}", precision="quarter")
    base_year = ctx.dct.year + {"": 0, "this": 0, "last": -1, "next": 1}[yrel]
    ahead = number > cal.quarter_of(ctx.dct)[1]
    if not yrel and ahead and (clause_direction(ctx) == "past" or _reported_quarter(ctx)):
        base_year -= 1
    return cal.quarter_span(base_year, number, "publication")


# "Inflation data for the fourth quarter will be published", "will report fourth-quarter
# earnings": figures are reported for a quarter that has begun, in January last year's fourth.
_REPORT_NOUNS = (
    r"(?:results|data|figures|earnings|GDP|profits?|sales|revenues?|loss(?:es)?|numbers|report"
    r"|statistics|output)"
)
_REPORT_BEFORE = re.compile(
    rf"\b{_REPORT_NOUNS}\s+(?:for|from|of)\s+(?:the\s+|its\s+)?$", re.IGNORECASE
)
_REPORT_AFTER = re.compile(rf"[\s-]*(?:quarter\s+)?{_REPORT_NOUNS}\b", re.IGNORECASE)


# "expects a loss for the third quarter", "forecast fourth-quarter sales": a quarter ahead
_FORECAST_BEFORE = re.compile(
    r"\b(?:expect\w*|forecast\w*|project\w*|predict\w*|sees|guidance|outlook|estimat\w*"
    r"|anticipat\w*|target\w*)\b[^.;!?\n]*$",
    re.IGNORECASE,
)


def _reported_quarter(ctx: Context) -> bool:
    """True for figures reported for a quarter ("data for the fourth quarter")."""
    if _FORECAST_BEFORE.search(ctx.text, max(0, ctx.start - 60), ctx.start):
        return False
    return bool(
        _REPORT_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        or _REPORT_AFTER.match(ctx.text, ctx.end)
    )


# Words before a bare "Q3" that make it a quarter ("in Q3", "the Q3 results"); "the Audi Q3" is
# a car
_PERIOD_ABBR_BEFORE = re.compile(
    r"\b(?P<w>in|during|for|of|by|since|until|through|from|to|this|last|next|the|its|their|our"
    r"|fiscal|a|each)\s+$",
    re.IGNORECASE,
)


def _two_digit_year(digits: str, dct: date | None) -> int:
    """'22 in "FY22": the year ending in those digits nearest the publication year (2000s
    without one)."""
    base = dct.year if dct is not None else 2000
    century = base // 100
    return min(
        (100 * c + int(digits) for c in (century - 1, century, century + 1)),
        key=lambda year: abs(year - base),
    )


_FINANCE_NEAR = re.compile(
    r"\b(?:results?|earnings|revenues?|sales|profits?|loss(?:es)?|income|GDP|growth|guidance"
    r"|output|figures|numbers|margins?|forecasts?|deliveries|shipments|quarter|fiscal|reported)\b",
    re.IGNORECASE,
)


def _h_period_abbr(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """Business shorthand: "Q3 2021" and "2021-Q3" (quarters), "H1 2023" (halves), "FY2022" and
    "FY22" (fiscal years, named by the calendar year they end in), "Q4 of last year", "the Q3
    results". Not a model name ("the Audi Q3", "an Audi Q3 2021 model") nor, without a year,
    a round of qualifying ("knocked out in Q1")."""
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    opener = _PERIOD_ABBR_BEFORE.search(before)
    if opener is None and re.search(r"[A-Z][\w-]*\s+$", before):
        return None  # "the Audi Q3", "Audi unveiled the Q4 e-tron" is caught below
    if m["y2"]:
        return cal.quarter_span(int(m["y2"]), int(m["q2"]), "absolute")
    year = None
    if m["y"]:
        year = int(m["y"])
    elif m["yy"] or m["yyfy"]:
        year = _two_digit_year(m["yy"] or m["yyfy"], ctx.dct)  # "FY22", "Q4'22"
    if m["fy"]:
        if year is None or re.match(r"[-/–]\d", ctx.text[m.end() : m.end() + 2]):
            return None  # "FY2022-23" spans two calendar years; which one ends it is unsaid
        return cal.year_span(year, "absolute")
    if m["h"]:
        return cal.half_span(year, int(m["h"]), "absolute") if year is not None else None
    number = int(m["q"])
    if year is not None:
        return cal.quarter_span(year, number, "absolute")
    # a bare "Q3": a quarter where the sentence is about business ("in Q3", "the Q3 results")
    window = ctx.text[max(0, m.start() - 150) : m.end() + 150]
    at = min(m.start(), 150)
    sentence = re.split(r"\.\s|\n", window[:at])[-1] + re.split(r"\.\s|\n", window[at:])[0]
    if opener is None or not _FINANCE_NEAR.search(sentence):
        return None  # "knocked out in Q1 at Suzuka", "The Q3 is a compact SUV"
    rel = (m["yrel"] or opener["w"]).lower()
    return _ordinal_quarter(number, ctx, None, rel if rel in ("this", "last", "next") else "")


def _h_half(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    # "the last half of 1989" and "the first two quarters of 1990" are halves too
    number = 1 if (m["h"] or m["hq"]).lower() == "first" else 2
    if (
        m["h"]
        and m["h"].lower() in ("last", "latter")
        and not (m["y"] or m["yrel"] or "of" in m.group(0))
    ):
        return None  # "the last half" alone is a stretch of time just gone, not H2
    if m["y"]:
        return cal.half_span(int(m["y"]), number, "absolute")
    if ctx.dct is None:
        return unanchored(f"XXXX-H{number}", precision="half")
    shift = {"last": -1, "next": 1}.get((m["yrel"] or "").lower(), 0)
    return cal.half_span(ctx.dct.year + shift, number, "publication")


# "over the summer", "well into the summer": "the summer" after one of these is a date.
_SEASON_PREPOSITION = re.compile(
    r"\b(?:in|during|over|this|by|until|till|into|through|throughout|since)\s+$", re.IGNORECASE
)


def _h_season(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    season = SEASONS[m["s"].lower()]
    rel = norm_rel(m["rel"])
    if m["y"] or m["sy"]:
        return cal.season_span(_year_of(m), season, "absolute")
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if not rel and not (m["the"] and _SEASON_PREPOSITION.search(before)):
        return None
    if m["s"].lower() == "fall" and re.match(r"\s+of\b", ctx.text[m.end() :]):
        return None  # "the fall of Baghdad"
    if ctx.dct is None:
        return unanchored(f"XXXX-{season}", precision="season")
    cur_year, cur_season = cal.season_of(ctx.dct)
    # two years back too: in January the last winter began in the December before last
    candidates = [cal.season_span(ctx.dct.year + k, season, "publication") for k in (-2, -1, 0, 1)]
    current = cal.season_span(cur_year, cur_season, "publication")
    if rel in ("this", "early", "late", "mid", "mid-") or (not rel and season == cur_season):
        if season == cur_season:
            return current
        if rel == "this":  # "this summer" is the summer of the DCT's year, gone or to come
            return cal.season_span(ctx.dct.year, season, "publication")
        direction = clause_direction(ctx)
    elif rel in ("last", "this past"):
        direction = "strict-past"
    elif rel in ("next", "this coming"):
        direction = "strict-future"
    else:
        direction = clause_direction(ctx)
    if direction == "strict-past":
        return max((c for c in candidates if c.end < current.start), key=lambda c: c.start)
    if direction == "strict-future":
        return min((c for c in candidates if c.start > current.end), key=lambda c: c.start)
    return min(
        candidates,
        key=lambda c: (
            (c.start > ctx.dct) if direction == "past" else (c.end < ctx.dct),
            abs((c.start - ctx.dct).days),
        ),
    )


_SHARED_PLURAL_PART = re.compile(
    rf"\s+(?:and|or|&)\s+{WEEKDAY}\s+(?P<part>morning|afternoon|evening|night)s\b"
)


def _h_weekday(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    part = PARTS_OF_DAY.get((m["part"] or "").lower(), "")
    if WEEKDAY_NAME_AFTER.match(ctx.text, m.end("wd")):
        return None
    if not m["rel"] and WEEKDAY_NAME_BEFORE.search(ctx.text[max(0, m.start() - 8) : m.start()]):
        return None
    # "on Sundays"; "flights leave on Tuesday nights", but "rebels attacked Monday and
    # Tuesday nights" names two nights that are gone
    # "on Monday and Tuesday nights": Monday night too, every week or that once
    shared = None if part else _SHARED_PLURAL_PART.match(ctx.text, m.end())
    if shared:
        part = PARTS_OF_DAY[shared["part"].lower()]
    repeated = not m["rel"] and clause_direction(ctx) != "past"
    if m["pl"] or ((m["pl2"] or shared) and repeated):
        return TimeSpan("SET", f"XXXX-WXX-{weekday + 1}" + part, anchor="none")
    rel = norm_rel(m["rel"])
    if rel in ("early", "late"):
        rel = None
    if rel in ("the previous", "the preceding", "the following"):
        # "down from the previous Friday": the weekday before (after) the last date mentioned
        base = previous_day(ctx)
        if base is None:
            return unanchored(f"XXXX-WXX-{weekday + 1}" + part, "TIME" if part else "DATE", "day")
        day = _weekday_date(base[0], weekday, "last" if rel != "the following" else "following", "")
        return cal.day_span(day, base[1], part)
    if ctx.dct is None:
        return unanchored(f"XXXX-WXX-{weekday + 1}" + part, "TIME" if part else "DATE", "day")
    if not rel and (first := _range_first_day(ctx, m.start())) is not None:
        # "from Monday to Thursday next week", "postponed the vote from Monday to Thursday":
        # a range's end is the first such weekday after its start
        return cal.day_span(_weekday_date(first, weekday, "after", ""), "previous", part)
    direction = clause_direction(ctx)
    if not rel and (ahead := _AHEAD_OF.search(ctx.text, max(0, m.start() - 30), m.start())):
        # "Campaigning ended on Friday ahead of Sunday's vote": the Sunday after that Friday,
        # when that day dates the same clause (no comma between); else a day to come, unless
        # the clause tells of what had happened before it ("turnout had surged ahead of")
        told = told_in_sentence(ctx)
        if _PLUPERFECT.search(ctx.text, max(0, ahead.start() - 60), ahead.start()):
            pass
        elif (
            told is not None
            and told.start is not None
            and told.precision == "day"
            and _SAME_CLAUSE.fullmatch(ctx.text, ctx.previous_end, ahead.start())
        ):
            return cal.day_span(_weekday_date(told.start, weekday, "after", ""), "previous", part)
        else:
            direction = "future"
    told = told_in_sentence(ctx)
    if (
        not rel
        and ctx.tense == REPORTED_PLAN
        and told is not None
        and told.start is not None
        and told.precision == "day"
    ):
        # "said on Friday it was sending a team on Saturday": the Saturday after that Friday
        return cal.day_span(_weekday_date(told.start, weekday, "after", ""), "previous", part)
    day = _weekday_date(ctx.dct, weekday, rel, direction)
    return cal.day_span(day, "publication", part)


_RANGE_TO = re.compile(r"\s*(?:to|until|till|through|thru|and|[-\u2013\u2014])\s*", re.IGNORECASE)
# "brought the vote forward from Thursday to Monday": a range's end that comes first
_MOVED_EARLIER = re.compile(
    r"\b(?:forward|advanced?|advancing|earlier)\b|\b(?:mov|bump|brought|br)\w*\s+up\b",
    re.IGNORECASE,
)


def _range_first_day(ctx: Context, start: int) -> date | None:
    """The first day of the range of weekdays a weekday ends ("from Monday to Thursday",
    "between Monday and Wednesday"): the day told just before it, after "from" or "between";
    None otherwise."""
    told = told_in_sentence(ctx)
    if told is None or told.precision != "day" or told.start is None:
        return None
    if not re.search(WEEKDAY, ctx.text[ctx.previous_start : ctx.previous_end]):
        return None  # "extended the offer from Sept. 14 to Thursday": this Thursday
    if not _RANGE_TO.fullmatch(ctx.text, ctx.previous_end, start):
        return None
    if re.fullmatch(r"\s+[-\u2013\u2014]\s+", ctx.text[ctx.previous_end : start]):
        return None  # "Thursday — Wednesday's rally drew thousands": a dash between clauses
    joint = ctx.text[ctx.previous_end : start].strip().lower()
    if joint in ("to", "and"):  # "from ... to", "between ... and"
        opener = RANGE_OPENER.search(ctx.text, max(0, ctx.previous_start - 20), ctx.previous_start)
        if opener is None or opener["w"].lower() != ("from" if joint == "to" else "between"):
            return None
    sentence_start = max(ctx.text.rfind(c, 0, start) for c in ".!?\n") + 1
    if _MOVED_EARLIER.search(ctx.text, sentence_start, start):
        return None
    return told.start


_SAME_CLAUSE = re.compile(r"(?:(?!\bthat\b)[^,;.!?\n]){0,40}")
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?\w+(?:ed|en)\b(?![^,;.!?\n]*[,;])", re.IGNORECASE)
# "ahead of Sunday's vote", "in the run-up to Monday's summit": a day still to come
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[\s-]up\s+to|in\s+preparation\s+for)\s+$",
    re.IGNORECASE,
)


_DAYWORD_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


# "USA Today", "VOA Today": a title-case "Today" right after a name, on the same line, in
# running text (a headline capitalizes every word; "... in Geneva. Today" starts a sentence)
_TODAY_TITLE = re.compile(
    r"(?<![.!?:;\"“(])\s*\b(?!(?:The|And|But|So|Until|From|As|On|In)\b)[A-Z][\w&'’-]*[A-Za-z][ \t]+$"
)


# A show's or a paper's name: "Today" in its quotes before a lowercase word, or before "show"
_TITLE_AFTER = re.compile(r"[\"”’'](?=\s+[a-z])|\s+(?:show|programme|program|newspaper)\b")


def _h_dayword(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    if m.group(0).startswith("Today") and (
        _TODAY_TITLE.search(ctx.text, max(0, m.start() - 30), m.start())
        and in_prose(ctx, m)
        or _TITLE_AFTER.match(ctx.text, m.end())
    ):
        return None  # "USA Today", NBC's "Today" show, the Today programme
    if m["same"]:
        # "He arrived on Tuesday and spoke later in the day": the day told last (else the
        # publication day); after "in 1990" no day is known
        base = previous_day(ctx, day_level=True)
        if base is None:
            return unanchored("XXXX-XX-XX", precision="day")
        return cal.day_span(base[0], base[1])
    if m["rel"]:
        shift, part = (-2 if m["rel"].lower().startswith("before") else 2), ""
    else:
        word = m["w"].lower()
        shift = _DAYWORD_SHIFT[word]
        part = PARTS_OF_DAY.get((m["part"] or "").lower(), "TNI" if word == "tonight" else "")
    if ctx.dct is None:
        return unanchored("XXXX-XX-XX" + part, "TIME" if part else "DATE", "day")
    return cal.day_span(ctx.dct + timedelta(days=shift), "publication", part)


# "shortly after midnight on Friday": as Friday begins; not "went on after midnight on
# Thursday" (its end) nor "just after midnight on Friday night" (as Saturday begins)
_AFTER_BEFORE = re.compile(r"\b(?:shortly|just|soon|minutes|moments)\s+after\s+$", re.IGNORECASE)
_NIGHT_AFTER = re.compile(r"\s+night\b", re.IGNORECASE)


def _h_partday(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    if m["noon"] and re.search(
        r"\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.IGNORECASE
    ):
        return None  # "High Noon", "high noon comes today": a film, an idiom
    if m["noon"]:
        suffix = {"midday": "T12:00", "noon": "T12:00", "midnight": "T24:00"}[m["noon"].lower()]
        if (
            suffix == "T24:00"
            and _AFTER_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
            and not _NIGHT_AFTER.match(ctx.text, m.end())
        ):
            suffix = "T00:00"  # "shortly after midnight on Friday": as Friday begins, not ends
        offset = _CLOCK_OFFSET.search(ctx.text, max(0, m.start() - 30), m.start())
        if offset and (moved := _offset_time(suffix, offset)) != suffix:
            # "a quarter to midnight on Tuesday": 23:45 on Tuesday; "ten past noon": 12:10
            suffix, ctx.start = moved, offset.start()
        if m["mon"]:  # "midnight on Tuesday, March 26"
            span = _month_day_span(m, ctx)
            if span is None or span.start is None:
                return span
            return cal.day_span(span.start, span.anchor, suffix)
        if m["wd"]:
            if ctx.dct is None:
                return unanchored(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}{suffix}", "TIME")
            weekday = WEEKDAYS[m["wd"].lower()]
            day = _weekday_date(ctx.dct, weekday, None, clause_direction(ctx))
            return cal.day_span(day, "publication", suffix)
        # "at noon", "by midnight": an hour that names no day, like "at 10 p.m."
        return _bare_hour(suffix, ctx)
    elif m["part2"]:
        # "mid-afternoon yesterday", "late night today"
        suffix = PARTS_OF_DAY[m["part2"].lower()]
        shift = _DAYWORD_SHIFT[m["dw"].lower()]
    elif m["small"]:
        return _bare_hour("TMO", ctx)  # "conceded defeat in the early hours"
    elif m["part3"]:
        # "by mid afternoon", "in the morning": the part of the day the text is on, like a
        # bare clock time
        return _bare_hour(PARTS_OF_DAY[m["part3"].lower()], ctx)
    else:
        rel = norm_rel(m["rel"])
        part = m["part"].lower()
        suffix = PARTS_OF_DAY[part]
        shift = -1 if "last" in rel else 0
        if "last" in rel and part != "night":
            return None  # "last evening" is rare and often "the last evening of ..."
    if ctx.dct is None:
        return unanchored("XXXX-XX-XX" + suffix, "TIME", "day")
    return cal.day_span(ctx.dct + timedelta(days=shift), "publication", suffix)


_REL_SHIFT = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "the past": -1,
    "this past": -1, "next": 1, "coming": 1, "the coming": 1, "this coming": 1,
}  # fmt: skip
_PREV_SHIFT = {
    "that": 0, "the": 0, "that same": 0, "the same": 0, "the very same": 0, "the previous": -1,
    "previous": -1, "the following": 1, "following": 1, "the next": 1,
}  # fmt: skip


_UNKNOWN_UNIT = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "year": "XXXX",
}
# The dates fine enough to place "later in the week / month / year"
_WITHIN = {
    "week": ("day", "week", "weekend"),
    "month": ("day", "week", "weekend", "month"),
    "year": ("day", "week", "weekend", "month", "quarter", "half", "season", "year"),
}


def _h_in_the_unit(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """ "He arrived on Oct. 9 and left later in the week": in a past clause, the week (month,
    year) of a date told in the same sentence; after a coarser one ("in 1990 ... later in the
    month") the month is unknown. Otherwise the publication's: "Russia last struck on June 26.
    Earlier in the week, Moscow blamed Kyiv" is this week, and so is "will visit China later
    in the year"."""
    unit = m["unit"].lower()
    previous = told_in_sentence(ctx)
    if (
        previous is not None
        and previous.start is not None
        and clause_direction(ctx) in ("past", None)
    ):
        if previous.precision in _WITHIN[unit]:
            return _unit_span(previous.start, unit, "previous")
        return unanchored(_UNKNOWN_UNIT[unit], precision=unit)
    if ctx.dct is None:
        return unanchored(_UNKNOWN_UNIT[unit], precision=unit)
    return _unit_span(ctx.dct, unit, "publication")


def _unit_span(day: date, unit: str, anchor: str) -> TimeSpan | None:
    if unit == "weekend":
        return cal.weekend_span(day, anchor)
    if unit == "decade":
        return cal.decade_span(day.year // 10, anchor)
    if unit in ("night", "morning", "evening", "afternoon"):
        return cal.day_span(day, anchor, PARTS_OF_DAY[unit])
    return cal.granular_span(day, unit, anchor)


def _same_day_within(previous: TimeSpan | None) -> TimeSpan:
    """ "that same day" after "in October 1998": some day of that month, 1998-10-XX. The
    value keeps the known year and month; the interval is the whole month or year."""
    if previous is not None and previous.is_calendar and previous.precision in ("month", "year"):
        year, month = previous.start.year, previous.start.month
        value = (
            f"{year:04d}-{month:02d}-XX" if previous.precision == "month" else f"{year:04d}-XX-XX"
        )
        return TimeSpan(
            "DATE", value, previous.start, previous.end,
            previous.precision, "previous",
        )  # fmt: skip
    return unanchored("XXXX-XX-XX", precision="day")


_FORTNIGHT_REL = {
    "the past",
    "past",
    "last",
    "the next",
    "next",
    "the coming",
    "coming",
    "this",
    "this past",
    "this coming",
    "the following",
    "following",
}


def _h_relunit(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    rel = norm_rel(m["rel"])
    unit = m["unit"].lower()
    if TITLE.match(m["unit"]) and in_prose(ctx, m):
        return None  # ABC's "This Week": a title in running text
    if unit == "fortnight":
        # "over the past fortnight": the two weeks up to now (or ahead), as "the past 14
        # days" is; a fortnight is no calendar unit
        if rel not in _FORTNIGHT_REL or re.match(r"\s+of\b", ctx.text[m.end() :]):
            return None  # "that fortnight": which one is unsaid; "the last fortnight of October"
        if rel == "last" and ctx.text[max(0, m.start() - 4) : m.start()].lower() == "the ":
            ctx.start = m.start() - 4  # "the last fortnight"
        return TimeSpan("DURATION", "P2W", anchor="none")
    if rel == "the":
        # "by the end of the month": the month of a day or month told in the same sentence
        # ("In March, it said it would close by the end of the month") or, in a past story,
        # before it; else the publication's ("A deal will be signed by the end of the month")
        told, in_sentence = ctx.previous, told_in_sentence(ctx)
        if in_sentence is not None and in_sentence.precision not in ("day", "week", "month"):
            return unanchored(_UNKNOWN_UNIT.get(unit, "XXXX"), precision=unit)
        if not (
            told is not None
            and told.precision in ("day", "week", "month")
            and (in_sentence is not None or clause_direction(ctx) == "past")
        ):
            rel = "this"
    if rel in _PREV_SHIFT:
        base = previous_day(ctx, day_level=unit in ("day", "night", "morning", "evening"))
        if base is not None and not _fine_enough(ctx.previous, unit):
            base = None  # "In March ... the following week": which week is unsaid
        if base is None:
            if unit == "day" and _PREV_SHIFT[rel] == 0:
                return _same_day_within(ctx.previous)
            return unanchored(_UNKNOWN_UNIT.get(unit, "XXXX"), precision=unit)
        day, anchor = base
        shift = _PREV_SHIFT[rel]
        if rel == "the next" and unit != "day" and ctx.previous is None:
            return None  # "the next year" without a date before it is a span of time
    else:
        if unit in ("day", "night", "morning", "evening", "afternoon"):
            return None  # "this day", "last night" are handled elsewhere
        if unit == "decade" and rel in ("the past", "past", "this past"):
            return TimeSpan("DURATION", "P10Y", anchor="none")
        if ctx.dct is None:
            return unanchored(_UNKNOWN_UNIT.get(unit, "XXXX"), precision=unit)
        day, anchor, shift = ctx.dct, "publication", _REL_SHIFT[rel]
    if unit in ("week", "weekend"):
        day = day + timedelta(weeks=shift)
    elif unit in ("day", "night", "morning", "evening", "afternoon"):
        day = day + timedelta(days=shift)
    elif unit == "month":
        day = cal.add_months(day, shift)
    elif unit == "year":
        day = cal.add_years(day, shift)
    elif unit == "decade":
        day = cal.add_years(day, 10 * shift)
    return _unit_span(day, unit, anchor)


def _h_beyond(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """ "the week before last" (two weeks back), "the year after next" (two years ahead)."""
    unit = m["unit"].lower()
    if ctx.dct is None:
        return unanchored(_UNKNOWN_UNIT.get(unit, "XXXX"), precision=unit)
    shift = -2 if m["dir"].lower().startswith("before") else 2
    if unit == "month":
        day = cal.add_months(ctx.dct, shift)
    elif unit == "year":
        day = cal.add_years(ctx.dct, shift)
    else:
        day = ctx.dct + timedelta(weeks=shift)
    return _unit_span(day, unit, "publication")


# "did not happen overnight", "won't change overnight", "can't be fixed overnight", "almost
# overnight", "rose to fame overnight": "overnight" that means "suddenly", no night. A change
# denied right before it, a hedge, or fame or success ("did not say how many were killed
# overnight" is a night).
_SUDDENLY_BEFORE = re.compile(
    r"(?:\b(?:not|never|cannot)|n['\u2019]t)\s+(?:(?:be|been|have\s+been|get|got)\s+)?"
    r"(?:happen|occur|chang|come|came|go|went|gone|disappear|vanish|fix|solv|turn|transform"
    r"|improv|heal|end|stop|recover|rebuil|buil|shift|emerg|appear|develop|materiali[sz]"
    r"|evaporat|becom|became|creat|achiev|resolv|repair|revers|undo|undone|win|won|learn|grow"
    r"|grew|rise|rose|fall|fell|collaps|fade|made|make|mend|cure)\w*\s+(?:[\w'-]+\s+){0,3}$"
    r"|\b(?:almost|virtually|practically|seemingly|literally|nearly|all\s+but|just\s+about"
    r"|as\s+if|as\s+though)\s+$"
    r"|\b(?:fame|famous|stardom|success|successful|sensation|celebrity|millionaires?"
    r"|billionaires?|household\s+name)\b[^.,;:!?\n]{0,20}$",
    re.IGNORECASE,
)


# Verbs of saying: a day told right by one is the day of a report ("said on Monday", "told
# reporters Monday", "On Monday, officials said", "Officials on Monday said").
# The -s forms that are as often plural nouns ("insurance claims on Monday") are left out.
_SAYING_LEMMAS = (*REPORTING_LEMMAS, *ANNOUNCING_LEMMAS)
_SAYING_FORMS = past_forms(*_SAYING_LEMMAS) | (
    present_forms(*_SAYING_LEMMAS) - set(_SAYING_LEMMAS) - {"claims", "posts", "tweets"}
)
_SAYING = rf"(?:{'|'.join(sorted(_SAYING_FORMS))})"
_SAID_BEFORE = re.compile(rf"\b{_SAYING}\s+(?:[\w'\u2019-]+\s+){{0,2}}$", re.IGNORECASE)
_SAID_AFTER = re.compile(
    rf"[\s,]*(?:(?!(?:and|then|but|before)\b)[\w'\u2019-]+\s+){{0,3}}?{_SAYING}\b",
    re.IGNORECASE,
)
# "made landfall on Friday afternoon and weakened overnight": a happening joined after the
# day's one ("and", "then", "before"), not a relative clause or a participle telling of the
# night before it ("returned on Friday to homes that flooded overnight", "damaged overnight").
_THEN_TO_OVERNIGHT = re.compile(
    r"(?:(?!\b(?:who|which|that|where|whose)\b)[^.!?;:\n])*?(?:\b(?:and|then|before)\s+"
    r"|,\s+(?!(?:adding|saying|telling|noting|warning|according)\b)[a-z]+ing\s+)"
    r"(?:(?!\b(?:who|which|that|where|whose)\b)[^.!?;:\n])*",
    re.IGNORECASE,
)


def _night_after_told_day(ctx: Context) -> bool:
    """True when the day told in the sentence is that of a happening that the one "overnight"
    follows ("made landfall near Georgetown on Friday afternoon and weakened overnight", "hit
    on Friday, knocking out power overnight": the
    night of Friday to Saturday); not when it is the day of a report ("said on Monday that
    patients were moved overnight": the night before the Monday)."""
    text = ctx.text
    if _SAID_BEFORE.search(text, max(0, ctx.previous_start - 40), ctx.previous_start):
        return False
    if _SAID_AFTER.match(text, ctx.previous_end, ctx.start):
        return False
    return _THEN_TO_OVERNIGHT.fullmatch(text, ctx.previous_end, ctx.start) is not None


def _h_overnight(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """ "overnight": in a past clause the night that ended on the publication day (or on the
    day its sentence told: "said on Monday that patients were moved overnight"), written as
    the evening's day, TNI; ahead, the coming night. After a happening told on a day and
    joined to it ("made landfall on Friday afternoon and weakened overnight"), the night that
    followed that day. A background date before it ("The war began in February 2022. Drones
    struck Odesa overnight") does not move it: in news copy it is last night; a date of its own
    sentence that ended before then does ("In 2015, the terminal caught fire overnight": a
    night of 2015, unknown). "did not happen overnight" is no night at all."""
    if _SUDDENLY_BEFORE.search(ctx.text, max(0, ctx.start - 60), ctx.start):
        return None
    told = told_in_sentence(ctx)
    direction = clause_direction(ctx)
    ahead = direction == "future"
    if told is not None and told.start is not None and told.precision == "day":
        after = ahead or _night_after_told_day(ctx)
        return cal.day_span(told.start - timedelta(days=0 if after else 1), "previous", "TNI")
    since = re.search(
        r"\bsince\s+(?:the\s+)?$", ctx.text[max(0, ctx.previous_start - 12) : ctx.previous_start]
    )
    if ctx.dct is None or (
        told is not None
        and told.end is not None
        and told.end < ctx.dct - timedelta(days=1)
        and not since  # "In the largest attack since 2022, Russia struck Lviv overnight"
    ):
        return unanchored("XXXX-XX-XXTNI", "TIME", "day")
    return cal.day_span(ctx.dct - timedelta(days=0 if ahead else 1), "publication", "TNI")


# How fine a date or a unit of time is: a count of units from a date is a date only when the
# date is as fine as the unit ("a day later" after "earlier in the week" could be any of eight
# days, "a week later" after "in March" any of five weeks).
_FINENESS = {
    "second": 0, "minute": 0, "hour": 0, "day": 0, "night": 0, "morning": 0, "afternoon": 0,
    "evening": 0, "week": 1, "weekend": 1, "fortnight": 1, "month": 2, "quarter": 3, "season": 3,
    "half": 4, "year": 5, "decade": 6, "century": 7,
}  # fmt: skip
_UNKNOWN_OF_UNIT = {"week": "XXXX-WXX", "fortnight": "XXXX-WXX", "month": "XXXX-XX"}


def _fine_enough(told: TimeSpan | None, unit: str) -> bool:
    """True when no date was told (the count is from the DCT) or the date told is as fine as
    `unit`: a day, then "two days later"; not a week, then "a day later"."""
    if told is None or told.start is None:
        return True
    return _FINENESS.get(told.precision or "", 99) <= _FINENESS.get(unit, 0)


def _unknown_unit(unit: str) -> TimeSpan:
    """A date some `unit`s from a coarser one: unknown, at the unit's precision."""
    if unit in ("second", "minute", "hour", "day", "night", "morning", "afternoon", "evening"):
        return unanchored("XXXX-XX-XX", precision="day")
    if unit == "quarter":
        return unanchored("XXXX-QX", precision=unit)
    if unit in _UNKNOWN_UNIT or unit in _UNKNOWN_OF_UNIT:
        return unanchored(_UNKNOWN_UNIT.get(unit) or _UNKNOWN_OF_UNIT[unit], precision=unit)
    return unanchored("XXXX", precision="year")


def _h_unit_before(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """ "Lawmakers returned the week before.": the week before the last date told (the DCT's
    when none was), as "the day before" is; unknown after a date coarser than the unit."""
    unit = m["unit"].lower()
    shift = -1 if m["dir"].lower() == "before" else 1
    previous = ctx.previous
    if previous is not None and previous.start is not None:
        if not _fine_enough(previous, unit):
            return unanchored(_UNKNOWN_UNIT[unit], precision=unit)
        base, anchor = previous.start, "previous"
    elif ctx.dct is not None:
        base, anchor = ctx.dct, "publication"
    else:
        return unanchored(_UNKNOWN_UNIT[unit], precision=unit)
    if unit == "month":
        day = cal.add_months(base, shift)
    elif unit == "year":
        day = cal.add_years(base, shift)
    else:
        day = base + timedelta(weeks=shift)
    return _unit_span(day, unit, anchor)


def _h_the_weekend(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    if ctx.dct is None:
        return unanchored("XXXX-WXX-WE", precision="weekend")
    weekday, direction = ctx.dct.weekday(), clause_direction(ctx)
    # "present" is the nearest: from Thursday on, the weekend ahead
    if direction == "future" or weekday >= 5 or (direction == "present" and weekday >= 3):
        return cal.weekend_span(ctx.dct, "publication")
    return cal.weekend_span(ctx.dct - timedelta(weeks=1), "publication")


def _h_relday(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    shift = 1 if m["rel"].lower() == "after" else -1
    suffix = "TNI" if m["w"].lower() == "night" else ""
    told = ctx.previous
    if (
        told is not None
        and told.precision == "day"
        and told.start is not None
        and re.fullmatch(r",\s*", ctx.text[ctx.previous_end : m.start()])
    ):
        # "He was last seen Nov. 3, the day before a warrant was issued": an apposition names
        # the date just told again; it is not a day counted from it
        return cal.day_span(told.start, "previous", suffix)
    after = ctx.text[m.end() : m.end() + 60].lstrip()
    target = _first_span(after, ctx.dct, ctx.tense, ctx.previous, at_start=True)
    if target is not None and target.precision == "day" and target.start is not None:
        # "the day before last Tuesday's primary": a day counted from the date that follows
        return cal.day_span(target.start + timedelta(days=shift), target.anchor, suffix)
    # "the day after" (his death): a day counted from the last date, like "the next day"; but
    # "the day after the funeral" counts from the funeral, whose day the last date is only
    # when the funeral was told with it
    base = previous_day(ctx, day_level=True)
    event = _EVENT_AFTER.match(after)
    if event and not _told_near_previous(ctx, event["noun"]):
        base = None
    if base is None:
        return unanchored("XXXX-XX-XX" + suffix, "TIME" if suffix else "DATE", "day")
    day, anchor = base
    return cal.day_span(day + timedelta(days=shift), anchor, suffix)


_EVENT_AFTER = re.compile(
    r"(?:the|his|her|their|its|this|that|a|an)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{3,})\b"
    r"(?!\s+(?:day|week|month|year)s?\b)"
)
# Nouns whose verb is spelt otherwise: "the day after his death" when "he died on Sunday".
_NOUN_VERBS = {
    "death": r"di|dead|kill|shot|murder|slain|stabb",
    "arrival": r"arriv",
    "departure": r"depart|left",
}
# A sentence ends at a stop before a capital ("Oct. 23" goes on) or at a line end.
_SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d]?\s+(?=[A-Z\"\u201c])|\n")


def _told_near_previous(ctx: Context, noun: str) -> bool:
    """Was the happening `noun` names told in the sentence of the last date?"""
    if ctx.previous is None:
        return False
    text, at = ctx.text, ctx.previous_end
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
    opening = ends[-1] if ends else max(0, at - 300)
    closing = _SENTENCE_END.search(text, at)
    word = _NOUN_VERBS.get(noun.lower(), re.escape(noun[:4]))
    sentence = text[opening : closing.start() if closing else len(text)]
    return re.search(rf"\b(?:{word})", sentence, re.IGNORECASE) is not None


# The unit a count of minutes or seconds goes on from ("an hour and 45 minutes"), and the
# units half of which is a clock's count ("an hour and a half")
_NEXT_UNIT = {"minute": "hour", "second": "minute"}


def _h_ago(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """ "three days ago" (from the DCT), "two days later" (from the last date told, else the
    DCT). A count from a date coarser than its unit is unknown at the unit's precision: "a day
    later" after "earlier in the week" is XXXX-XX-XX, not a day of that week, nor the week
    itself (the day after a Sunday is in the next week), and "two weeks later" after "in
    March" is no week."""
    unit = unit_name(m["unit"])
    count = m["n"] or ""
    amount = number_value(count) if count else None
    if m["half"] or m["n2"]:
        # "an hour and 45 minutes later", "an hour and a half later": one count of hours or
        # minutes; not "a month and 25 days", "a day and a half" (no whole unit to count)
        part = 0.5 if m["half"] else number_value(m["n2"])
        fits = (
            unit in _NEXT_UNIT.values()
            if m["half"]
            else _NEXT_UNIT.get(unit_name(m["unit2"])) == unit
        )
        if amount is None or part is None or not fits:
            return None
        amount += part if m["half"] else part / 60
    direction = m["dir"].lower()
    if count.lower() in ("a", "an") and unit == "second":
        return None
    if direction in ("before", "after", "prior") and not re.match(
        r"\s*[.,;:)\"']", ctx.text[m.end() :]
    ):
        return None  # "two days before the vote" is a duration and a signal
    back = direction in ("ago", "earlier", "before", "prior")
    from_dct = direction in ("ago", "from now", "hence")
    if not from_dct and (amount is None or unit in ("second", "minute", "hour")):
        # "Just over an hour later, he was declared dead": hours after a moment the text told,
        # on the day its paragraph is on. Without that day, or with no number ("A few days
        # later"), no calendar value can say when: the span of time is what the text gives
        # ("later" is a signal, as in TimeML).
        if amount is not None and (clock := _clock_told(ctx)) is not None:
            # "struck at 04:17 ... about nine hours later": that hour moved, a time
            step = timedelta(**{unit + "s": -amount if back else amount})
            moved = clock + step
            seconds = f":{moved:%S}" if moved.second else ""  # "two minutes and 30 seconds"
            return cal.day_span(moved.date(), "previous", f"T{moved:%H:%M}{seconds}")
        if unit in ("second", "minute", "hour") and (told := _hours_day(ctx)) is not None:
            # "Hours later, a second temblor struck", "A few hours later": that day still; "A
            # few weeks later" is no day
            return cal.day_span(told, "previous")
        # "a minute and a half later": the span of time, without the signal
        ctx.end = max(m.end("unit"), m.end("half"), m.end("unit2"))
        return TimeSpan("DURATION", duration_value(amount, unit), anchor="none")
    if from_dct:
        if ctx.dct is None:
            return unanchored("XXXX", precision="year")
        day, anchor = ctx.dct, "publication"
    else:
        base = previous_day(ctx)
        if base is None:
            return unanchored("XXXX", precision="year")
        if amount is not None and not _fine_enough(ctx.previous, unit):
            # "Earlier in the week, Binance agreed to buy FTX, only to back out a day later":
            # a count of days from a week (of weeks from a month...) names no day
            return _unknown_unit(unit)
        if base[1] == "publication" and not back and clause_direction(ctx) == "past":
            # "The firm collapsed. Two days later, it was sold.": later than an untold day; from
            # the publication day it would be a past happening in the future
            return _unknown_unit(unit)
        day, anchor = base
    if amount is None:
        return TimeSpan("DATE", "PAST_REF" if back else "FUTURE_REF", None, None, None, anchor)
    moved = cal.move(day, -amount if back else amount, unit)
    if back and not from_dct and ctx.dct and moved > ctx.dct and clause_direction(ctx) == "past":
        # "hoped services would be restored by Wednesday morning. / Modi, who surveyed the
        # wreckage a day earlier": a past happening is not counted from a day still to come;
        # the story's day is the publication's
        day, anchor = ctx.dct, "publication"
        moved = cal.move(day, -amount, unit)
    if (
        not back
        and not from_dct
        and ctx.dct is not None
        and moved > ctx.dct
        and clause_direction(ctx) == "past"
    ):
        # "... announced strikes for March 21. Two days later, ministers met": a past
        # happening after a day still to come is counted from some other day
        return _unknown_unit(unit)
    if unit == "year" and amount == 1 and _recent_period(ctx):
        # "profit rose in the third quarter from a year ago": the same quarter, a year before
        ctx.comparison = True
        return cal.shift_span(ctx.period, int(-amount if back else amount), "year", "previous")
    if unit == "year" and amount == 1 and back:
        # "from $9 a year ago ... compared with $8 a year earlier": both compare with the
        # report's period; the first is not the anchor of the second.
        ctx.comparison = True
    if unit in ("second", "minute", "hour"):
        return cal.day_span(moved, anchor)
    return cal.granular_span(moved, unit, anchor)


_CLOCK_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)")


def _clock_told(ctx: Context) -> datetime | None:
    """The clock time last told, when it is in the expression's paragraph."""
    previous = ctx.previous
    if previous is None or _PARAGRAPH_BREAK.search(ctx.text, ctx.previous_end, ctx.start):
        return None
    found = _CLOCK_VALUE.fullmatch(previous.value)
    if found is None:
        return None
    year, month, day, hour, minute = map(int, found.groups())
    return datetime(year, month, day, hour, minute)


def _recent_period(ctx: Context) -> bool:
    """True when the text has just named a quarter or half (`Context.period`) that a
    comparison can shift."""
    period = ctx.period
    if not ctx.period_open or period is None:
        return False
    ahead = ctx.dct is not None and period.start is not None and period.start > ctx.dct
    # a forecast ("losses through the third quarter of 1990") is compared with only in its
    # own sentence ("... is expected to fall from a year earlier"), not in the next report
    return not ahead or not re.search(r"[.!?\n]", ctx.text[ctx.period_end : ctx.start])


# "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)": the weekday after
# or at the end of an aside is the day of the time before it
_WEEKDAY_AFTER_ASIDE = re.compile(
    rf"\s*\((?:[^()\n]{{1,25}}\),?\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b"
    rf"|[^()\n]{{0,25}}?\b(?P<wd2>{WEEKDAY})\s*\))"
)


def _hours_day(ctx: Context) -> date | None:
    """The day hours counted from a moment told are on: the day its paragraph named, or, when
    the count opens the next paragraph, the day the paragraph before ended on if that is the
    publication day or the day before ("rocked Turkey early Monday." / "Hours later, a second
    temblor struck"). A count after another sentence of the new paragraph counts from that
    sentence's moment, on no day told."""
    direction = clause_direction(ctx)
    told = _day_told(ctx, direction)
    if told is None and direction not in ("future", "present"):
        between = ctx.text[ctx.previous_end : ctx.start]
        if "\n" in between and not between[between.rfind("\n") :].strip():
            return _day_told_before_break(ctx)
    return told


def _day_told(ctx: Context, direction: str | None) -> date | None:
    """The day a past hour is on: "The blast hit on Friday ... at 10:35 a.m." takes the last
    day its paragraph named (its sentence's, when the tense is unknown). None for an hour
    ahead ("will speak at 10 a.m." is today) or when no day was named."""
    previous = ctx.previous
    if direction in ("future", "present") or previous is None or previous.precision != "day":
        return None
    between = ctx.text[ctx.previous_end : ctx.start]
    if re.search(r"\n" if direction == "past" else r"[.!?;\n]|\bwill\b", between):
        return None
    return previous.start


_HOURS_COUNT_BEFORE = re.compile(
    r"\b(?:for|lasted|lasting|logged|of|to|about|over|some|nearly|than|almost|took)\s+$",
    re.IGNORECASE,
)
_RESTATED = re.compile(r"(?:\b[aApP]\.?[mM]\.?|\b[A-Z]{2,4}|\btime)\s*\(\s*$")


def _h_time(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    if _RESTATED.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None  # the same time restated in another zone: "10:35 a.m. (0735 GMT) Friday"
    if m["h"] is None:
        # a 24-hour time: "1530 GMT", "2330 hrs", "at 15:30"; not a count of hours
        # ("logged 1500 hrs", "lasted 2:30 hrs")
        if (m["tz"] or "").lower() == "hrs" and _HOURS_COUNT_BEFORE.search(
            ctx.text, max(0, m.start() - 12), m.start()
        ):
            return None
        hour = int(m["h24"] or m["h24b"] or m["h24c"])
        minute = int(m["m24"] or m["m24b"] or m["m24c"])
    else:
        hour, minute = int(m["h"]), int(m["min"] or 0)
        marker = m["ap"].lower()
        if hour > 12 or minute > 59 or (hour == 0 and not marker.startswith("o")):
            return None
        if marker.startswith("p") or "afternoon" in marker or "evening" in marker:
            hour = hour % 12 + 12
        elif marker.startswith("a") or "morning" in marker:
            hour = hour % 12
    suffix = f"T{hour:02d}:{minute:02d}"
    if m["iso"]:  # "14:00 UTC on 2023-10-02"
        found = cal.safe_date(*map(int, m["iso"].split("-")))
        return cal.day_span(found, "absolute", suffix) if found else None
    if m["mon"]:
        # "5 p.m. EST Nov. 9": the hour of that day
        month, number = _month_number(m["mon"]), int(m["d"])
        if m["y"]:
            found = cal.safe_date(int(m["y"]), month, number)
            return cal.day_span(found, "absolute", suffix) if found else None
        if ctx.dct is None:
            return unanchored(f"XXXX-{month:02d}-{number:02d}{suffix}", "TIME", "day")
        found = _month_day_date(ctx, month, number)
        return cal.day_span(found, "publication", suffix) if found else None
    # "at 10:35 a.m. (0735 GMT) Friday": the weekday after the aside is the time's day
    aside = _WEEKDAY_AFTER_ASIDE.match(ctx.text, m.end())
    weekday = m["wd"] or (aside and (aside["wd"] or aside["wd2"]))
    if not (weekday or m["dw"]):
        return _bare_hour(suffix, ctx)
    if ctx.dct is None:
        return unanchored("XXXX-XX-XX" + suffix, "TIME", "day")
    if weekday:
        day = _weekday_date(ctx.dct, WEEKDAYS[weekday.lower()], None, clause_direction(ctx))
    else:
        word = " ".join(m["dw"].lower().split())
        shift = _DAYWORD_SHIFT.get(word, 0)
        if word.startswith("last") and hour >= 12:
            shift = -1  # "at 10pm last night"; "at 2am last night" is the small hours of today
        day = ctx.dct + timedelta(days=shift)
    return cal.day_span(day, "publication", suffix)


# "a quarter to midnight", "half past noon", "ten minutes before midnight", "five to noon"
# (not "open from 10 to midnight": a range of hours)
_CLOCK_OFFSET = re.compile(
    r"(?<!\bfrom\s)(?<!\bbetween\s)\b(?:(?P<quarter>a\s+quarter)|(?P<half>half)"
    r"|(?P<n>\d{1,2}|five|ten|twenty|twenty-five)(?P<minutes>\s+minutes)?)"
    r"\s+(?P<dir>to|before|past|after)\s+$",
    re.IGNORECASE,
)
_OFFSET_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


def _offset_time(suffix: str, offset: re.Match[str]) -> str:
    """The clock time `offset` minutes before or after noon or midnight (`suffix`)."""
    if offset["quarter"]:
        minutes = 15
    elif offset["half"]:
        minutes = 30
    elif offset["n"].isdigit():
        if not offset["minutes"]:
            return suffix  # "the 10 to midnight shift": no clock time told
        minutes = int(offset["n"])
    else:
        minutes = _OFFSET_WORDS[offset["n"].lower()]
    ahead = offset["dir"].lower() in ("past", "after")
    if not 0 < minutes < 60 or (offset["half"] and not ahead):
        return suffix
    base = int(suffix[1:3]) * 60
    total = (0 if base == 24 * 60 else base) + minutes if ahead else base - minutes
    return f"T{total // 60:02d}:{total % 60:02d}"


def small_hours(suffix: str) -> bool:
    """A clock time from midnight to before 6 a.m. ("T01:30")."""
    return suffix[1:3].isdigit() and int(suffix[1:3]) < 6


def _bare_hour(suffix: str, ctx: Context) -> TimeSpan:
    """An hour or part of day that names no day ("at 10 p.m.", "by mid afternoon"): in a past
    clause the day its paragraph is on, or unknown; ahead or in the present, today."""
    if (shift := _DAY_AFTER_HOUR.match(ctx.text, ctx.end)) and (
        base := previous_day(ctx, day_level=True)
    ):
        # "declared at 2 a.m. the next day": the day after the last one told
        step = _DAY_SHIFT[shift["which"].lower()]
        ctx.end = shift.end()  # one expression: "2 a.m. the next day"
        return cal.day_span(base[0] + timedelta(days=step), "previous", suffix)
    if ctx.dct is None:
        return unanchored("XXXX-XX-XX" + suffix, "TIME", "day")
    direction = clause_direction(ctx)
    if (day := _day_just_before(ctx)) is not None:
        return cal.day_span(day, "previous", suffix)  # "on Tuesday at 10 a.m."
    if later := _RANGE_END_DAY.match(ctx.text, ctx.end):
        # "from 4:09 a.m. until 5:27 a.m. UTC on Friday": the day the range ends on; "from 10
        # p.m. to 6 a.m. on Saturday" starts the evening before
        day = _weekday_date(ctx.dct, WEEKDAYS[later["wd"].lower()], None, direction)
        if (end_hour := _clock_hour(later["end"])) is not None and end_hour < int(suffix[1:3]):
            day -= timedelta(days=1)
        return cal.day_span(day, "publication", suffix)
    if _DAYS_FROM_EVENT_AFTER.match(ctx.text, ctx.end):
        # "spotted at 6 a.m. ten days before the shooting": a day counted from a happening
        return unanchored("XXXX-XX-XX" + suffix, "TIME", "day")
    if (told := _day_told(ctx, direction)) is not None or (
        direction == "past" and (told := _day_told_before_break(ctx)) is not None
    ):
        # "The attack happened on Saturday.\n\nThe gunman fled at 10 p.m.": Saturday's; but
        # "They saved lives last night.\n\nThe crash happened at about 1:30 a.m.": the small
        # hours after a night are the next day's
        if small_hours(suffix) and ctx.previous is not None and ctx.previous.value.endswith("TNI"):
            told += timedelta(days=1)
        return cal.day_span(told, "previous", suffix)
    if direction == "past" and not _told_of_today(ctx):
        # "was shot at 10 p.m." in a story of a day long gone: the text does not give the day
        return unanchored("XXXX-XX-XX" + suffix, "TIME", "day")
    # "starts at 10 a.m.": today; "The ban was lifted at 0915 GMT" in news of the day: today
    return cal.day_span(ctx.dct, "publication", suffix)


# "from 7 a.m. to 10 p.m. on Thursday", "between 0409 and 0527 UTC Friday": the second clock
# time of a range, and the weekday it is on
_RANGE_END_DAY = re.compile(
    r"\s*(?:[-\u2013\u2014]|to|until|till|through|and)\s*"
    r"(?P<end>\d{1,2}(?:[:.]?\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|noon|midnight)"
    rf"(?:\s*\(?(?:{ZONE_ABBR})\)?)?,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b",
    re.IGNORECASE,
)


def _clock_hour(text: str) -> int | None:
    """The hour of a clock time as a range's end writes it ("6 a.m.", "0527", "noon")."""
    word = text.strip().lower()
    if word in ("noon", "midnight"):
        return 12 if word == "noon" else 24
    digits = re.match(r"(\d{1,2})(?:[:.]?(\d{2}))?", word)
    if digits is None:
        return None
    hour = int(digits.group(1)) if digits.group(2) or len(word) <= 5 or "m" in word else None
    if hour is None:
        return None
    if "p" in word and hour < 12:
        hour += 12
    elif "a" in word and hour == 12:
        hour = 0
    return hour


_COARSER_THAN_DAY = frozenset(["week", "month", "quarter", "half", "season", "year"])


def _day_told_before_break(ctx: Context) -> date | None:
    """The day a past hour is on when a paragraph break lies after the last day told: that day
    when it is the publication day or the day before (news of yesterday goes on with
    yesterday's hours, not today's); else None (another paragraph's day long gone does not
    carry over)."""
    previous = ctx.previous
    if (
        previous is not None
        and _POSSESSIVE_NEXT.match(ctx.text, ctx.previous_end)
        and ctx.day_told is not None
        and "\n" not in ctx.text[ctx.day_told_end : ctx.previous_end]
    ):
        # "set fire to the house on Monday night, after ... the deaths in last week's floods."
        # / "Hours later, ...": the paragraph's own day, not the happening it names
        previous = ctx.day_told
    elif previous is not None and _POSSESSIVE_NEXT.match(ctx.text, ctx.previous_end):
        return None  # "in Thursday's election": a happening named, not the day told of
    elif (
        previous is not None
        and previous.precision in _COARSER_THAN_DAY
        and ctx.day_told is not None
        and "\n" not in ctx.text[ctx.day_told_end : ctx.previous_end]
    ):
        # "detained Yoon on Wednesday over his imposition of martial law last month." / "Yoon
        # was detained at 10:33 a.m.": the paragraph's day, not the month it looked back to
        previous = ctx.day_told
    if previous is None or previous.start is None or previous.precision != "day":
        return None
    if ctx.dct is not None and 0 <= (ctx.dct - previous.start).days <= 1:
        return previous.start
    return None


_POSSESSIVE_NEXT = re.compile(r"['\u2019]s?\s")


# "at 2 a.m. the next day", "at noon the following day", "at 9 p.m. the previous day"
_DAY_AFTER_HOUR = re.compile(
    r"\s+(?:on\s+)?the\s+(?P<which>next|following|previous|same)\s+day\b", re.IGNORECASE
)
_DAY_SHIFT = {"next": 1, "following": 1, "previous": -1, "same": 0}
_DAYS_FROM_EVENT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){1,2}?(?:days?|weeks?|months?|years?)\s+(?:before|after|earlier|later"
    r"|ago|prior)\b",
    re.IGNORECASE,
)
# "on Tuesday at 10 a.m.", "Friday, at noon", "Sept. 3 from 9 a.m.": the hour of that day
_HOUR_OF_DAY_BEFORE = re.compile(r"\s*,?\s*(?:at|from|around|about|by|until|between)?\s*")


def _day_just_before(ctx: Context) -> date | None:
    previous = ctx.previous
    if previous is None or previous.start is None or previous.precision != "day":
        return None
    if not _HOUR_OF_DAY_BEFORE.fullmatch(ctx.text, ctx.previous_end, ctx.start):
        return None
    return previous.start


def _told_of_today(ctx: Context) -> bool:
    """Is the text so far news of the publication day: no date before, or the last one within
    a day of it? A feature telling of a shooting months ago is not."""
    previous = ctx.previous
    if previous is None or previous.start is None or ctx.dct is None:
        return previous is None
    return abs((previous.start - ctx.dct).days) <= 1 and previous.precision == "day"


def _h_holiday(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    name = m["h"]
    if ctx.dct is None:
        return unanchored("XXXX", precision="day")
    candidates = [d for k in (-1, 0, 1) if (d := cal.holiday_date(name, ctx.dct.year + k))]
    rel = norm_rel(m["rel"])
    if rel == "last":
        day = max(c for c in candidates if c < ctx.dct)
    elif rel == "next":
        day = min(c for c in candidates if c > ctx.dct)
    elif rel == "this":
        day = cal.holiday_date(name, ctx.dct.year) or candidates[0]
    else:
        day = pick(candidates, ctx.dct, clause_direction(ctx))
    if name.endswith(("week", "Week")):  # "Easter week", "Holy Week": the week Easter ends
        return cal.week_span(day, "publication")
    if part := _PART_AFTER_HOLIDAY.match(ctx.text, m.end()):
        ctx.end = part.end()  # "Thanksgiving night", like "Saturday night"
        return cal.day_span(day, "publication", PARTS_OF_DAY[part["part"].lower()])
    return cal.day_span(day, "publication")


_PART_AFTER_HOLIDAY = re.compile(r"\s+(?P<part>morning|afternoon|evening|night)\b", re.IGNORECASE)


def _h_year_adj(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    word = m["w"].lower()
    if word in ("year-earlier", "year-ago"):
        if _recent_period(ctx):
            ctx.comparison = True
            return cal.shift_span(ctx.period, -1, "year", "previous")
        # Otherwise a financial comparison with the year before the report's: the DCT's year.
        if ctx.dct is None:
            return unanchored("XXXX", precision="year")
        return cal.year_span(ctx.dct.year - 1, "publication")
    if ctx.dct is None:
        return unanchored("XXXX", precision="year")
    if (
        "full" not in word
        and word != "year-to-date"
        and _SINCE.search(ctx.text, max(0, m.start() - 20), m.start())
    ):
        # "The percentage change is since year-end": the last year-end gone, last year's (in
        # the year of a date told in the same sentence: "In 1987, shares had risen 20% since
        # year-end" is 1986's)
        told = told_in_sentence(ctx)
        if told is not None and told.start is not None:
            return cal.year_span(told.start.year - 1, "previous")
        return cal.year_span(ctx.dct.year - 1, "publication")
    return cal.year_span(ctx.dct.year, "publication")


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:fiscal\s+)?$", re.IGNORECASE)


def _h_the_year(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """'For the year, sales rose', 'earnings for the fiscal year': the report's year (the
    DCT's); 'the latest fiscal year' is the last one completed, the year before; 'the year
    ended June 30', 'the fiscal year ended Jan. 31' is a fiscal year, a duration."""
    if re.match(
        r",?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to|began|begins|beginning|started"
        r"|starting)\b",
        ctx.text[m.end() :],
    ):
        return TimeSpan("DURATION", "P1Y", anchor="none")
    if ctx.dct is None:
        return unanchored("XXXX", precision="year")
    if m["latest"]:
        return cal.year_span(ctx.dct.year - 1, "publication")  # the last year completed
    return cal.year_span(ctx.dct.year, "publication")


_HANDLERS: dict[str, Callable[[re.Match[str], Context], TimeSpan | None]] = {
    "iso": _h_iso, "slash": _h_slash, "slash_md": _h_slash_md, "dotted": _h_dotted, "month_day": _h_month_day, "day_month": _h_month_day,
    "month_year": _h_month_year, "month": _h_month, "year": _h_year, "year_range": _h_year_range, "year_range_end": _h_year_range_end,
    "spelled_year": _h_spelled_year, "decade": _h_decade, "century": _h_century,
    "quarter": _h_quarter, "period_abbr": _h_period_abbr, "half": _h_half, "season": _h_season, "weekday": _h_weekday,
    "dayword": _h_dayword, "in_the_unit": _h_in_the_unit, "partday": _h_partday, "relunit": _h_relunit,
    "the_weekend": _h_the_weekend, "relday": _h_relday, "ago": _h_ago, "duration": h_duration,
    "range_low": h_range_low,
    "unit_long": h_unit_long, "vague_duration": h_vague_duration, "set": h_set,
    "ref": h_ref, "time": _h_time, "holiday": _h_holiday, "year_adj": _h_year_adj,
    "the_year": _h_the_year, "beyond": _h_beyond, "unit_before": _h_unit_before, "overnight": _h_overnight, "ordinal_day": _h_ordinal_day, "and_day": _h_and_day, "day_before": _h_day_before, "quarter_pair": _h_quarter_pair, "month_quarter": _h_month_quarter,
}  # fmt: skip
_PRIORITY = {name: i for i, (name, _, _) in enumerate(PATTERNS)}


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    found = []
    for name, pattern, trigger in PATTERNS:
        windows: list[list[int]] = []
        for hit in trigger.finditer(text):
            low, high = max(0, hit.start() - WINDOW_BEFORE), hit.end() + WINDOW_AFTER
            if windows and low <= windows[-1][1]:
                windows[-1][1] = high
            else:
                windows.append([low, high])
        seen = set()
        for low, high in windows:
            for m in pattern.finditer(text, low, min(high, len(text))):
                start, end = _extent(m)
                if _PARAGRAPH_BREAK.search(text, start, end):
                    continue  # "victims number 12\n\nMARCH ..." is no date
                if end > start and (start, end) not in seen:
                    seen.add((start, end))
                    found.append((start, end, name, m))
    found.sort(key=lambda c: (c[0], c[0] - c[1], _PRIORITY[c[2]]))
    return found


def _extent(m: re.Match[str]) -> tuple[int, int]:
    """The part of a match that is the expression: group `x` or `x2` when the pattern has one
    (a preposition that only triggers it stays out), else the whole match."""
    for group in ("x", "x2"):
        if group in m.re.groupindex and m.start(group) >= 0:
            return m.span(group)
    return m.span()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing spaces and sentence punctuation a pattern may have swallowed."""
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return start, end


_MONTHS_SPAN = re.compile(r"P\d+M$")


# "After a flat second quarter, ...": a quarter that a time preposition introduces is a point of
# reference, not the period the report compares ("a year ago") with.
_BACKGROUND = re.compile(
    r"\b(?:after|following|since|before)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


def _background_period(text: str, start: int, period: TimeSpan | None, span: TimeSpan) -> bool:
    """True for a quarter or half named as a point of reference once a period is reported."""
    return (
        period is not None
        and span.precision in ("quarter", "half")
        and _BACKGROUND.search(text, max(0, start - 40), start) is not None
    )


def _period_after(period: TimeSpan | None, span: TimeSpan) -> TimeSpan | None:
    """The quarter or half a report is about, after `span`: a new quarter or half replaces it,
    a day inside it ("the quarter ended Sept. 30") keeps it, any other date ends it."""
    if span.precision in ("quarter", "half"):
        return span
    inside = (
        period is not None
        and span.precision == "day"
        and span.start is not None
        and period.start is not None
        and period.end is not None
        and period.start <= span.start <= period.end
    )
    return period if inside else None


def tag(text: str, dct: date | None, tense_at: TenseAt | None = None) -> list[Timex]:
    """Every temporal expression in `text`, in reading order, normalized against `dct`."""
    timexes: list[Timex] = []
    previous: TimeSpan | None = None
    period: TimeSpan | None = None
    period_open = True
    previous_start = previous_end = period_end = day_told_end = 0
    day_told: TimeSpan | None = None
    taken_until = 0
    for start, end, name, m in _candidates(text):
        if start < taken_until:
            continue
        tense = tense_at(start, end) if tense_at is not None else None
        ctx = Context(
            text, start, end, dct, tense, previous,
            period=period, period_open=period_open, previous_end=previous_end,
            period_end=period_end, previous_start=previous_start, day_told=day_told,
            day_told_end=day_told_end,
        )  # fmt: skip
        span = _call(name, m, ctx)
        if span is None:
            continue
        start, end = _trim(text, ctx.start, ctx.end)
        while timexes and timexes[-1].start >= start:
            timexes.pop()  # "ten minutes past midnight": the clock time reaches back over them
        timexes.append(Timex(start, end, text[start:end], span))
        taken_until = end
        if _attribution_after(text, start, end, previous, previous_end):
            pass  # "struck late Friday night, ..., the ministry said Saturday": Friday stays
        elif (
            previous is not None
            and previous.type == span.type == "TIME"
            and _ASIDE.fullmatch(text, previous_end, start)
        ):
            pass  # "at 5:07 p.m. on Friday (0107 GMT Saturday)": the story goes on from Friday
        elif span.is_calendar and not span.value.endswith("_REF") and not ctx.comparison:
            kept = period
            if not _background_period(text, start, period, span):
                period = _period_after(period, span)
            if period is not kept:
                period_end = end
            previous, period_open, previous_start, previous_end = span, True, start, end
            if span.precision == "day" and not _POSSESSIVE_NEXT.match(text, end):
                day_told, day_told_end = span, end
        elif _MONTHS_SPAN.match(span.value) and span.type == "DURATION":
            period_open = False
    return _hours_on_days_after(text, timexes)


# Between an expression and one in the brackets right after it, which tells the same time
# another way (in another zone, another calendar)
_ASIDE = re.compile(r"\s*\([^()\n]{0,30}")


def _attribution_after(
    text: str, start: int, end: int, previous: TimeSpan | None, previous_end: int
) -> bool:
    """Whether the expression at `start` dates the telling of a happening its sentence has
    already dated: the narrative goes on from the happening's day, not the day it was told
    ("The quake hit at 11:11 p.m." is Friday's 11:11 p.m.): "A quake struck late Friday
    night, killing 1,000, the ministry said Saturday"."""
    if previous is None or previous.precision != "day":
        return False  # "Algeria, which cut ties in 2021, said on Sunday": no day told before
    if not _SAID_BEFORE.search(text, max(0, start - 40), start):
        return False
    if re.match(r"\s+that\b", text[end:]):
        return False  # "said on Sunday that it had opened its airspace the previous day"
    return not re.search(r"[.!?\n]", text[previous_end:start])


# "at 16:10 local time (07:10 GMT) on New Year's Day": between a clock time and the day after
# it, only its zone, an aside and "on"
_HOUR_TO_DAY = re.compile(r"\s*(?:local\s+time\s*)?(?:\([^()\n]{0,30}\)\s*)?,?\s*on\s+")


def _hours_on_days_after(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time followed by the day it is on ("at 4:10 p.m. on New Year's Day", "at 16:10
    local time on 1 January") is on that day, whatever its own words gave it."""
    for i, (hour, day) in enumerate(pairwise(timexes)):
        clock = re.search(r"T\d\d:\d\d$", hour.span.value)
        if (
            hour.span.type != "TIME"
            or clock is None
            or day.span.type != "DATE"
            or day.span.precision != "day"
            or day.span.start is None
            or _HOUR_TO_DAY.fullmatch(text, hour.end, day.start) is None
        ):
            continue
        span = cal.day_span(day.span.start, day.span.anchor, clock.group())
        timexes[i] = Timex(hour.start, hour.end, hour.text, span)
    return timexes


def normalize(
    expression: str,
    dct: date | None,
    tense: str | None = None,
    previous: TimeSpan | None = None,
) -> TimeSpan | None:
    """The TimeSpan of one expression ("last week", "on Sunday"), or None if it is not one."""
    period = _period_after(None, previous) if previous is not None else None
    return _first_span(expression, dct, tense, previous, period)


def _first_span(
    text: str,
    dct: date | None,
    tense: str | None,
    previous: TimeSpan | None,
    period: TimeSpan | None = None,
    at_start: bool = False,
) -> TimeSpan | None:
    """The first expression in `text` (or only one that starts it) that is a temporal one."""
    for start, end, name, m in _candidates(text):
        if at_start and start > 0:
            break
        span = _call(name, m, Context(text, start, end, dct, tense, previous, period))
        if span is not None:
            return span
    return None


def _call(name: str, m: re.Match[str], ctx: Context) -> TimeSpan | None:
    """The handler's TimeSpan; None when the date falls outside the calendar's years (a
    shift of thousands of years, a week after Dec. 31, 9999)."""
    try:
        return _HANDLERS[name](m, ctx)
    except (ValueError, OverflowError):
        return None
