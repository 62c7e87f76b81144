"""How long, how often, and vague references: durations ("two years", "the past 48 hours"),
sets ("every week", "daily", "$5 a year") and PRESENT_REF / PAST_REF / FUTURE_REF ("now",
"recently", "in the future"). None of them is a calendar date.
"""

from __future__ import annotations

import re

from timeline.model import TimeSpan
from timeline.numbers import number_value
from timeline.temporal_context import PAST, TITLE, Context, in_prose, open_ref
from timeline.temporal_patterns import (
    MONTHS,
    PARTS_OF_DAY,
    RATE_BEFORE,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
)

_UNIT_CODES = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1),
    "week": ("", "W", 1), "fortnight": ("", "W", 2), "month": ("", "M", 1),
    "quarter": ("", "Q", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10),
    "century": ("", "Y", 100),
}  # fmt: skip


_SET_VALUES = {
    "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P1Q",
}  # fmt: skip


def unit_name(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word.removesuffix("s")


# "a year after the crash": a span counted from something, not a rate. Not "since" nor "from"
# but "from now": "lost 1,000 soldiers a month since the invasion" is a rate from then on.
_COUNTED_FROM = re.compile(
    r"\s+(?:after|before|later|earlier|ago|hence|from\s+(?:now|today|then))\b", re.IGNORECASE
)


def duration_value(amount: float | None, unit: str) -> str:
    """P3D, PT48H, P10Y (a decade), PT5H30M, PXY (several years)."""
    time_part, code, factor = _UNIT_CODES[unit]
    prefix = "P" + time_part
    if amount is None:
        return prefix + ("X" + ("DE" if unit == "decade" else "CE" if unit == "century" else code))
    amount *= factor
    if amount != int(amount):
        smaller = {"D": ("TH", 24), "Y": ("M", 12), "M": ("D", 30), "W": ("D", 7)}
        if time_part:
            smaller = {"H": ("M", 60), "M": ("S", 60)}
        if code in smaller:
            sub, times = smaller[code]
            whole = int(amount)
            rest = round((amount - whole) * times)
            if sub == "TH":
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            if time_part:
                return f"PT{whole}{code}{rest}{sub}" if whole else f"PT{rest}{sub}"
            return f"P{whole}{code}{rest}{sub}" if whole else f"P{rest}{sub}"
    return f"{prefix}{int(amount)}{code}"


# "three-quarters", "three quarters of the seats": a fraction, unless of a year.
_FRACTION = re.compile(
    r"\w+-quarters\b|\w+\s+quarters\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+)?"
    r"(?:fiscal\s+|calendar\s+)?(?:year|[12]\d{3})\b)",
    re.IGNORECASE,
)


_AGE_AFTER = re.compile(r"[ \t]+(?:old|of\s+age)\b", re.IGNORECASE)
# "he one day follow", "they one day became": "one day" between a subject and its verb
# ("you" is left out: "gives you one day extra")
_SUBJECT_BEFORE = re.compile(r"(?<![\w'’])(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+$")
_VERB_AFTER = re.compile(
    r"\s+(?!(?:of|in|on|at|to|for|from|after|before|later|earlier|ago|and|or|a|an|the|with"
    r"|off|notice|extra|pass|trip|visit|shift|leave|delay|session|strike)\b)(?P<verb>[a-z]+)\b"
)
# A past verb after "she one day" when the parse does not say: "-ed" or a common irregular one
_PAST_VERB = re.compile(
    r"\w+ed|told|met|became|went|came|said|saw|found|left|took|got|gave|made|ran|wrote|knew"
    r"|thought|brought|began|fell|felt|heard|held|kept|lost|paid|sent|sat|stood|won"
)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|should|must|'ll|’ll"
    r"|(?:hope|hopes|hoped|hoping|want|wants|wanted|plan|plans|planned|aim|aims|expect|expects"
    r"|dream|dreams|dreamed|intend|intends|wish|wishes)\s+to)\s+$",
    re.IGNORECASE,
)


def h_duration(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    unit = unit_name(m["unit"])
    word = m["n"].lower()
    amount = number_value(m["n"])
    if amount is not None and (m["half"] or m["half2"]):
        amount += 0.5  # "two and a half years", "a minute and a half"
    plural = m["unit"].lower().endswith("s") or unit == "century" and m["unit"].lower() != "century"
    if (
        (m["adj"] or "").lower() == "-old"
        or _AGE_AFTER.match(ctx.text, m.end())
        or _AGE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        return None  # an age ("a 6-year-old", "52 years old", "ages 18 to 24 years")
    if word in ("a", "an") and unit in ("second", "quarter"):
        return None  # "a second look", "a quarter of the vote"
    if word in ("a", "an", "one") and plural:
        if not m["adj"]:
            return None
        amount = None  # "a years-long fight": years, how many unknown
    if unit == "quarter" and amount is not None and amount == 1:
        return None
    if (
        unit == "quarter"
        and amount
        and plural
        and _FRACTION.match(ctx.text, m.start("n"), m.end() + 30)
    ):
        return None  # "about three-quarters of the vote" is a share, not nine months
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    if (
        word in ("a", "an")
        and not m["mod"]
        and RATE_BEFORE.search(before)
        and not _COUNTED_FROM.match(ctx.text, m.end())
    ):
        return None  # "$5 a year" is a rate: the set pattern takes it
    if m.start() > 0 and ctx.text[m.start() - 1] in "$£€#" and not m["mod"]:
        return None  # "$12 million" or "#19 seed"
    if TITLE.match(m["unit"]) and m["n"][0].isdigit() and not m["mod"] and in_prose(ctx, m):
        return None  # "CBS's ''60 Minutes''", "48 Hours": a title, not a span of time
    if word == "one" and unit == "day" and not m["mod"]:
        if _MODAL_BEFORE.search(before):
            return open_ref("FUTURE_REF", ctx)  # "Islam will one day be the largest religion"
        verb = _SUBJECT_BEFORE.search(before) and _VERB_AFTER.match(ctx.text, m.end())
        if verb:
            # "the hope he one day follow in the footsteps": some day; "she one day walked
            # out" tells of a day the text does not date
            past = ctx.tense in PAST or (ctx.tense is None and _PAST_VERB.fullmatch(verb["verb"]))
            return None if past else open_ref("FUTURE_REF", ctx)
    mod = (m["mod"] or "").lower()
    if mod in ("first", "last", "next", "past") and amount is None:
        return None
    if "-" in ctx.text[m.end("n") : m.start("unit")] and mod in ("the", "an additional", "another"):
        ctx.start = m.start("n")  # "the eight-year war": the extent is "eight-year"
    return TimeSpan("DURATION", duration_value(amount, unit), anchor="none")


def h_range_low(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    low, high = number_value(m["n"]), number_value(m["n2"])
    if low is None or high is None or not 0 < low < high or m["n"].lower() in ("a", "an"):
        return None  # "1990 or two years later", "a to b": not a range of spans
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    if m["and"] and not re.search(r"\bbetween\s+$", before, re.IGNORECASE):
        return None  # "two and six days" is a range only after "between"
    after = m.end("unit")
    if (
        _AGE_BEFORE.search(before)
        or _AGE_AFTER.match(ctx.text, after)
        or _RANGE_NOT_SPAN_AFTER.match(ctx.text, after)
    ):
        return None  # ages ("five to six years old", "ages 18 to 24 years"), or dates
    unit = unit_name(m["unit"])
    if (m["mod"] or "").lower().startswith("the"):
        # "the next 12 to 18 months" is one stretch of time whose length is vague, not "the
        # next 12" and "18 months"
        ctx.end = after
        return TimeSpan("DURATION", duration_value(None, unit), anchor="none")
    return TimeSpan("DURATION", duration_value(low, unit), anchor="none")


# An age named before either end of a range: "aged 18 to 24 years", "ages 18 to 24 years"
_AGE_BEFORE = re.compile(
    r"\b(?:ages?|aged)\s+(?:between\s+|from\s+)?(?:[\w.]+\s*(?:to|and|or|-|–)\s*)?$",
    re.IGNORECASE,
)
# After a range's unit, besides an age (`_AGE_AFTER`): "year-olds", or a count to a date ("two
# to three years ago", "later", "earlier"), which the date's own pattern tags
_RANGE_NOT_SPAN_AFTER = re.compile(
    r"-olds?\b|\s+(?:or\s+so\s+)?(?:ago|later|earlier|hence|from\s+now)\b", re.IGNORECASE
)


def h_unit_long(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    unit = unit_name(m["unit"])
    plural = m.group(0).lower().endswith("s-long")  # "decades-long": the s is outside `unit`
    return TimeSpan("DURATION", duration_value(None if plural else 1, unit), anchor="none")


def h_vague_duration(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]  # "over the years"
    if unit is None:  # "for a while"
        return TimeSpan("DURATION", "PXX", anchor="none")
    if m["x"] and not m["adj"]:
        prep = m["prep"].lower()
        if prep == "of" and not re.search(
            r"\bmatter\s+of\s+$", ctx.text[max(0, m.start() - 7) : m.start("x")]
        ):
            return None  # "the number of days", "the Book of Days"; not "a matter of months"
        if unit.lower() == "quarters":
            return None  # "confined in quarters": lodgings
    if (m["adj"] or "").lower() in ("recent", "past") and unit.lower() == "years":
        # "in recent years", "in past years": a vague past, PAST_REF like "recently" (the
        # TimeML corpora's use)
        return open_ref("PAST_REF", ctx)
    return TimeSpan("DURATION", duration_value(None, unit_name(unit)), anchor="none")


def h_set(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    if m["ly"]:
        if m["ly"][0].isupper() and _NAME_AFTER.match(ctx.text, m.end()):
            return None  # "the Daily Express"
        before = ctx.text[max(0, m.start() - 40) : m.start()]
        if _TITLE_AFTER.match(ctx.text, m.end()) and (
            _PUBLICATION_BEFORE.search(before)
            or _REPORTED_BY_BEFORE.search(before)
            or _REPORTS_AFTER.match(ctx.text, m.end())
        ):
            return None  # "the Communist Party daily Granma", "the daily Haaretz said": a paper
        return TimeSpan("SET", _SET_VALUES[m["ly"].lower()], anchor="none")
    if m["per"]:
        if m["per"].lower() == "a" and (
            not RATE_BEFORE.search(ctx.text[max(0, m.start() - 30) : m.start()])
            or _COUNTED_FROM.match(ctx.text, m.end())
        ):
            return None  # not a rate: "rose 5% a year after the crash" counts from the crash
        unit = m["unit2"].lower()
        freq = _times(ctx.text[max(0, m.start() - 30) : m.start()])
        return TimeSpan("SET", duration_value(1, unit), anchor="none", freq=freq)
    unit = m["unit"].lower()
    step = 2 if m["other"] else 1
    freq = _times(ctx.text[max(0, m.start() - 30) : m.start()])
    quant = m["every"].upper()

    def every(value: str) -> TimeSpan:
        return TimeSpan("SET", value, anchor="none", freq=freq, quant=quant)

    if m["month"]:  # "each July"
        return every(f"XXXX-{MONTHS[unit]:02d}")
    if unit in WEEKDAYS:
        return every(f"XXXX-WXX-{WEEKDAYS[unit] + 1}")
    if unit in PARTS_OF_DAY:
        return every("XXXX-XX-XX" + PARTS_OF_DAY[unit])
    if unit in SEASONS:
        return every("XXXX-" + SEASONS[unit])
    if unit == "weekend":
        return every("XXXX-WXX-WE")
    return every(duration_value(step, unit))


# "twice a year", "three times a week", "5 times a day", "once every month": how often
_TIMES_BEFORE = re.compile(
    r"\b(?:(?P<word>once|twice|thrice)|(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+times)\s+$", re.IGNORECASE
)
_TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}


def _times(before: str) -> str | None:
    """The TIMEX3 freq of the count before a set ("twice" -> "2X"), None without one."""
    match = _TIMES_BEFORE.search(before)
    if match is None:
        return None
    if match["word"]:
        return f"{_TIMES_WORDS[match['word'].lower()]}X"
    count = number_value(match["n"])
    return f"{int(count)}X" if count is not None and count == int(count) and count > 0 else None


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# "the Communist Party daily Granma", "the Israeli daily Haaretz", "the state-run daily
# Al-Ahram", "the business weekly Der Spiegel": a periodical, named after a word that sorts it
# (a name, a nationality, a hyphenated descriptor, "business"...). Not "the daily White House
# briefing", "a daily Mass", "its weekly Question Time".
_PUBLICATION_BEFORE = re.compile(
    r"(?:\b(?!(?:The|A|An|Its|Their|This|That|His|Her|Our)\b)[A-Z][\w.'’]*[a-zA-Z.]"
    r"|\b\w+-(?:run|owned|controlled|language|circulation|government|opposition|based|backed)"
    r"|\bpro-\w+|(?i:\b(?:business|financial|economic|news|evening|morning|national|official"
    r"|state|party|local|leading|popular|independent|liberal|conservative|influential"
    r"|tabloid|regional|provincial|sports)))\s+$"
)
# "told the daily Al-Hayat", "according to the daily Haaretz"; "the daily Haaretz reported"
_REPORTED_BY_BEFORE = re.compile(
    r"\b(?:told|according\s+to|quoted\s+by|quoted\s+in|interview\s+with)\s+the\s+$",
    re.IGNORECASE,
)
_REPORTS_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){1,3},?\s+(?:said|says|reported|reports|quoted|wrote|writes"
    r"|published|publishes|cited|added)\b"
)
_TITLE_AFTER = re.compile(rf"\s+(?!{WEEKDAY}\b)[A-Z]")


def h_ref(m: re.Match[str], ctx: Context) -> TimeSpan | None:
    anchor = "publication" if ctx.dct is not None else "unanchored"
    if m["present"] or m["moment"] or m["current"]:
        return TimeSpan("DATE", "PRESENT_REF", ctx.dct, ctx.dct, "day" if ctx.dct else None, anchor)
    if m["past"] or m["past2"]:
        return open_ref("PAST_REF", ctx)
    if "Future" in m["future"] or "Term" in m["future"]:
        return None  # "the Future Syria Party": a name
    return open_ref("FUTURE_REF", ctx)
