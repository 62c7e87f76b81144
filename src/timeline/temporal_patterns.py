"""Finding temporal expressions in English news text: the vocabulary and compiled patterns.

Each pattern is a regular expression whose match (or its group `x`) is the TimeML extent of an
expression ("on Sunday" -> "Sunday"; "the past 48 hours" whole). Month and weekday names must be
capitalized (or all capitals), so "march on" and "may" the verb never match; the handlers in
`timeline.temporal` reject the rest ("May" the name, "a second look"). Everything is compiled
once at import.
"""

from __future__ import annotations

import re

from .numbers import SMALL_NUMBERS, TENS

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
PARTS_OF_DAY = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "overnight": "TNI",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def _cap(words: list[str]) -> str:
    """Alternation of capitalized and upper-case forms, case-sensitive inside re.I patterns."""
    forms = []
    for word in sorted(words, key=len, reverse=True):
        forms += [word.capitalize(), word.upper()]
    return "(?-i:" + "|".join(forms) + ")"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
MONTH_FULL = _cap(_FULL_MONTHS)
# A month name is a whole word: "MAR" in "MARRAKECH" or "Jun" in "Junta" is none.
MONTH_ANY = (
    "(?:" + MONTH_FULL + r"|(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
    r"|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?))(?![A-Za-z])"
)
WEEKDAY = _cap(list(WEEKDAYS))
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SMALL = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_TENS = "|".join(TENS)
# Time zones after a clock time: "EST", "GMT", "local time", "Moscow time"
TIME_ZONES = (
    "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "GMT", "UTC", "BST", "CEST", "CET",
    "EEST", "EET", "WIB", "JST", "AEST", "AEDT",
)  # fmt: skip
ZONE_ABBR = r"(?-i:" + "|".join(TIME_ZONES) + r")\b|local\s+time\b"
# A zone named in words: "Eastern time", "Moscow time", "Pacific Daylight Time"; not "Some
# time", "This time", "Extra time"
ZONE_NAME = (
    r"(?-i:(?!(?:Some|This|That|Next|Last|Extra|Any|Every|Each|First|Second|Third|Half|Full"
    r"|Injury|Stoppage|Prime|Lunch|Dinner|Game|Screen|Question|Bed|Tea|Family|Other|Another"
    r"|Same|Long|Short|Real|Quality|Down|Face|Free|Record|Over|Part|Peak|Air)\b)[A-Z][a-z]+)"
    r"(?:\s+(?:Standard|Daylight|Summer))?\s+(?i:time)\b(?!\s+(?:zones?|limits?|frames?)\b)"
)
_ZONE = ZONE_ABBR + "|" + ZONE_NAME
# "2 p.m. ET": the short US zones, only after a 12-hour time ("2002 PT candidate" is a year)
_US_ZONE = r"(?-i:ET|PT|CT|MT)\b"
# "(2040 GMT)": a number before a time zone is a clock time, never a year.
ZONE_AFTER = re.compile(r"\s*(?:" + ZONE_ABBR + ")")
NUMBER = (
    rf"(?:(?<![\d,.])\d{{1,3}}(?:,\d{{3}})+(?![\d,])|(?<![\d,.])\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_TENS})(?:[- ](?:{_ONES}))?|{_SMALL}"
    r"|a\s+couple\s+of|a\s+few|a\s+dozen|a\s+hundred|a\s+number\s+of|dozens\s+of|hundreds\s+of"
    r"|several|many|half\s+an?|an?|few|couple\s+of)"
)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?"
    r"|century|centuries)"
)
APPROX = (
    r"(?:about|around|nearly|almost|roughly|approximately|at\s+least|at\s+most"
    r"|more\s+than|less\s+than|fewer\s+than|the\s+past"
    r"|the\s+last|the\s+next|the\s+first|the\s+previous|the\s+coming|the\s+latest|the\s+final"
    r"|the\s+following|the\s+remaining|the\s+initial|the\s+same|the\s+year-(?:earlier|ago)"
    r"|the|an\s+additional|another"
    r"|past|last|next|first)"
)
_EDGE_MOD = (
    r"(?:early|late|mid-|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+middle\s+of|end\s+of|end-|the\s+first\s+half\s+of|the\s+second\s+half\s+of)"
)
_YEAR = (
    r"(?<![\w$£€#.,/])(?<!\d-)(?:1[0-9]|20)\d{2}(?![\w%]|[.,]\d|-\d|/\d|\s*(?:percent|per\s+cent))"
)
YEAR = _YEAR  # a year in digits, not an amount or a part of a number
_YEAR_RANGE_FIRST = r"(?<![\w$£€#.,/-])(?P<y>(?:19|20)\d{2})"
_YEAR_RANGE_SECOND = r"(?P<y2>(?:19|20)\d{2}|\d{2})(?![\w%]|[.,]\d|[-/\u2013]\d)"

# A year said in words, as broadcast transcripts write it: "nineteen ninety-seven".
SPELLED_YEAR = rf"nineteen[- ](?:{_TENS})(?:[- ](?:{_ONES}))?\b"

_F = re.IGNORECASE
# (name, regex); longer matches win, then earlier patterns.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",  # "2023-10-13", "2023-10-13T08:00:00Z" (the time as written, zone dropped)
        re.compile(
            r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<th>[01]\d|2[0-3]):(?P<tm>[0-5]\d)"
            r"(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])"
        ),
    ),
    # "13.10.2023": day first, as Europe writes it
    ("dotted", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d|\.\d)")),
    ("slash", re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")),
    (
        # "on 8/31", "since 12/26": a US month/day after a preposition; "9/11", the attacks
        "slash_md",
        re.compile(
            r"(?<![\d/.,$])(?<!\d-)(?P<nine>9/11)(?![\d/])"
            r"|(?:(?<=\bon\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bfrom\s)"
            r"|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bthrough\s))"
            r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/%.,]\d|[\d/%])",
        ),
    ),
    (
        "month_day",
        re.compile(
            r"(?P<week>the\s+week\s+of\s+)?"
            # "early Tuesday, March 26": the day the date names, not the weekday alone
            rf"(?:(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mod>early|late|mid-?)\s*)?"
            rf"(?P<mon>{MONTH_ANY})\s*"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d|\.\d|,\d)(?:,?\s+(?P<y>{_YEAR})"
            # "October 7 last year": the day, in the year said
            r"|\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b)?",
            _F,
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"(?:(?:(?:early|late)\s+)?(?P<wd>{WEEKDAY}),?\s+)?(?<![\d.,$])\b(?P<d>\d{{1,2}})"
            r"(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?(?P<mon>{MONTH_ANY})(?:,?\s+(?P<y>{_YEAR})"
            r"|\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b)?",
            _F,
        ),
    ),
    (
        "month_year",
        re.compile(
            rf"(?:(?P<mod>{_EDGE_MOD})\s*)?(?P<mon>{MONTH_ANY}),?\s+(?:of\s+)?"
            rf"(?:(?P<y>{_YEAR})|(?P<sy>{SPELLED_YEAR}))",
            _F,
        ),
    ),
    (
        "month",
        re.compile(
            r"(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past)\s+"
            rf"|(?P<mod>{_EDGE_MOD})\s*)?\b(?P<mon>{MONTH_FULL})\b(?!\s*\d)"
            r"(?:,?\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b)?",
            _F,
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?:(?P<mod>{_EDGE_MOD})\s*)?(?:(?P<fiscal>fiscal\s+year|fiscal|calendar\s+year"
            rf"|calendar|the\s+year|FY)\s*)?(?P<y>{_YEAR})",
            _F,
        ),
    ),
    # "the 2023-24 season", "2019-2021", "the 2023/24 budget": two years, each its own
    # expression (as TimeML tags "9-13 October" as two days); the second may be shortened
    (
        "year_range",
        re.compile(rf"(?P<x>{_YEAR_RANGE_FIRST})(?=\s*[-\u2013/]\s*{_YEAR_RANGE_SECOND})", _F),
    ),
    (
        "year_range_end",
        re.compile(rf"{_YEAR_RANGE_FIRST}\s*[-\u2013/]\s*(?P<x>{_YEAR_RANGE_SECOND})", _F),
    ),
    (
        "spelled_year",
        re.compile(
            rf"(?:the\s+year\s+)?nineteen[- ](?P<t>{_TENS})(?:[- ](?P<o>{_ONES}))?\b"
            r"|the\s+year\s+two\s+thousand(?:\s+and\s+(?P<o2>" + _ONES + r"))?\b",
            _F,
        ),
    ),
    (
        "decade",
        re.compile(
            r"(?:the\s+)?(?:(?P<mod>early|late|mid-|mid)\s*)?"
            r"(?:(?<![\w$])(?P<dec>1[0-9]\d|20\d)0['’]?s\b|['’](?P<short>\d)0s\b"
            r"|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)",
            _F,
        ),
    ),
    (
        "century",
        re.compile(
            r"(?:the\s+)?(?:(?P<mod>early|late|mid-|mid)\s*)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)"
            r"|(?P<word>nineteenth|twentieth|twenty-first|eighteenth|seventeenth))[- ]century\b"
            r"|(?P<rel>this|last|next|the\s+last|the\s+past|the\s+previous|the\s+next)\s+century\b",
            _F,
        ),
    ),
    (
        "quarter",
        re.compile(
            r"(?:(?P<yrel>this|last|next)\s+year['’]s\s+|the\s+)?(?:(?P<y0>(?:1[0-9]|20)\d{2})\s+)?"
            r"(?:(?:fiscal|calendar)\s+)?"
            r"(?:(?P<ago>year-earlier|year-ago|year\s+earlier|same|comparable|corresponding)\s+)?"
            r"(?:(?:fiscal|calendar)\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final"
            r"|last|latest|current|past|previous|most\s+recent|this|that|next|recent|just-ended"
            r"|just\s+ended)[- ])?(?:(?:fiscal|calendar)\s+)?(?P<unit>quarters|quarter|period)\b(?!-(?:to|over|on)-quarter)"
            r"(?:\s+(?:of\s+|in\s+)?(?:(?P<y>(?:1[0-9]|20)\d{2})\b|(?P<yrel2>this|last|next)\s+year"
            r"|fiscal\s+(?P<fy>(?:1[0-9]|20)\d{2})\b))?(?:\s+(?P<ago2>a\s+year\s+(?:ago|earlier))\b)?",
            _F,
        ),
    ),
    (
        # business shorthand: "Q3 2021", "Q3 of 2021", "Q4'22", "H1 2023", "FY2022", "FY22",
        # "the Q3 results"
        "period_abbr",
        re.compile(
            r"(?-i:\b(?:Q(?P<q>[1-4])\b|H(?P<h>[12])\b|(?P<fy>FY)(?=\s*['’]?\d)))"
            r"(?:\s*,?\s*(?:of\s+)?(?P<y>(?:19|20)\d{2})\b|\s*['’](?P<yy>\d{2})\b"
            r"|(?<=FY)(?P<yyfy>\d{2})\b|(?:\s+of)?\s+(?P<yrel>this|last|next)\s+year\b)?"
            r"|(?-i:\b(?P<y2>(?:19|20)\d{2})[\s-]?Q(?P<q2>[1-4])\b)",
            _F,
        ),
    ),
    (
        "half",
        re.compile(
            r"(?:the\s+)?(?:(?P<h>first|second|last|latter)\s+half\b"
            r"|(?P<hq>first|last)\s+two\s+quarters\b"
            r"(?=\s+of\s+(?:[12]\d{3}|(?:the|this|last|next)\s+(?:fiscal\s+)?year)\b))"
            r"(?:\s+of\s+(?:(?P<y>(?:1[0-9]|20)\d{2})\b"
            r"|(?:the|this)\s+year|(?P<yrel>last|next)\s+year))?",
            _F,
        ),
    ),
    (
        "season",
        re.compile(
            r"(?:(?P<rel>last|next|this\s+past|this\s+coming|this|early|late|mid-?)\s*"
            r"|(?P<the>the)\s+)?\b(?P<s>spring|summer|fall|autumn|winter)\b"
            rf"(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})|(?P<sy>{SPELLED_YEAR})))?",
            _F,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|early|late"
            r"|the\s+previous|the\s+preceding|the\s+following)\s+)?"
            rf"\b(?P<wd>{WEEKDAY})(?P<pl>s)?\b(?:\s+(?P<part>morning|afternoon|evening|night"
            r"|overnight)(?P<pl2>s\b)?)?",
            _F,
        ),
    ),
    (
        "dayword",
        re.compile(
            r"(?:(?P<mod>early|late)\s+)?\b(?P<w>today|yesterday|tomorrow|tonight)\b"
            r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
            r"|the\s+day\s+(?P<rel>before\s+yesterday|after\s+tomorrow)"
            # "later in the day": the day told last
            r"|(?:(?<=\blater\sin\s)|(?<=\bearlier\sin\s))(?P<same>the\s+(?-i:day))\b(?!-)",
            _F,
        ),
    ),
    (
        # "later in the week", "earlier in the year": the week or year of the date told last
        "in_the_unit",
        re.compile(
            r"(?:(?<=\blater\sin\s)|(?<=\bearlier\sin\s))(?P<x>the\s+(?P<unit>week|month|year))\b"
            r"(?![-'’]|\s+(?:before|after|of|ended|ending)\b)",
            _F,
        ),
    ),
    (
        "partday",
        re.compile(
            r"\b(?P<rel>this|last|early\s+this|late\s+last|late\s+this|early\s+last)\s+"
            r"(?P<part>morning|afternoon|evening|night)\b"
            rf"|\b(?P<noon>midday|noon|midnight)\b(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b"
            # "midnight on Tuesday, March 26": that Tuesday
            rf"(?:,?\s+(?P<mon>{MONTH_ANY})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d|\.\d|,\d)"
            rf"(?:,?\s+(?P<y>{_YEAR}))?)?)?"
            r"|\b(?:early\s+|late\s+|mid-?)?(?P<part2>morning|afternoon|evening|night)"
            r"\s+(?P<dw>yesterday|today|tomorrow)\b"
            r"|(?:(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s))the\s+|\bmid[- ]?)"
            r"(?P<part3>(?-i:morning|afternoon|evening))\b"
            r"(?!['’]|\s+(?:of|yesterday|today|tomorrow|paper|papers|news|show|edition|session)\b)"
            # "in the early hours": the small hours of the day the text is on ("the early hours
            # of Thursday" is Thursday)
            r"|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\buntil\s)|(?<=\binto\s))the\s+"
            r"(?P<small>(?:early|small|wee)\s+hours)\b"
            rf"(?!\s+(?:of|after|before|following)\b|,?\s+(?:on\s+)?(?:{WEEKDAY}|{MONTH_ANY}))",
            _F,
        ),
    ),
    (
        "relunit",
        re.compile(
            r"(?:(?P<mod>early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
            r"|the\s+middle\s+of|end\s+of)\s+)?\b(?P<rel>this\s+past|this\s+coming|this|last|next"
            r"|the\s+coming|coming|the\s+past|past|the\s+previous|previous|the\s+following|following"
            r"|the\s+next|that\s+same|that|the\s+same|the\s+current|current|the\s+very\s+same"
            # "by the end of the month": the month of the last date told, like "that month"
            r"|(?(mod)(?<=of\s)the(?=\s+(?:month|week)\b)|(?!)))\s+"
            r"(?:fiscal\s+(?=year))?(?P<unit>week|weekend|fortnight|month|year|decade|day|night|morning"
            r"|evening|afternoon)\b"
            r"(?!-|\s+(?:old|of\s+the)\b)",
            _F,
        ),
    ),
    (
        "beyond",  # "the week before last", "the year after next"
        re.compile(
            r"\bthe\s+(?P<unit>week|weekend|month|year)\s+(?P<dir>before\s+last|after\s+next)\b"
            # not "the week before last Sunday's election"
            rf"(?!\s+(?:{WEEKDAY}|week|weekend|month|year|night|(?-i:[A-Z])\w*|\w+['’]s)\b)",
            _F,
        ),
    ),
    (
        # "Russia launched drones overnight, officials said": the night just gone; not "an
        # overnight curfew", "overnight success", "overnight Tuesday" (the weekday's own)
        "overnight",
        re.compile(
            r"(?<!\ban\s)(?<!\bthe\s)\bovernight\b"
            r"(?=\s*(?:$|[.,;:)!?\n\u2014]|(?:after|as|when|in|on|at|and|but|to|from|with|while"
            r"|amid|before|until|into|across|near|along|around|over|under|by|for|following)\b))",
            _F,
        ),
    ),
    (
        "unit_before",  # "returned the week before.", "the year before, when": no event named
        re.compile(
            r"\bthe\s+(?P<unit>week|month|year)\s+(?P<dir>before|after)\b"
            r"(?=\s*(?:[.,;:!?)\"\u201d]|$)|\s+(?:and|but|when|while)\b)",
            _F,
        ),
    ),
    (
        "the_weekend",
        re.compile(r"\b(?:over\s+|during\s+|at\s+)?(?P<x>the\s+weekend)\b", _F),
    ),
    (
        "relday",
        re.compile(
            # not "two months to the day after he launched a mutiny": exactly that long after
            r"(?<!\bto\s)\bthe\s+(?P<w>day|night)\s+(?P<rel>before|after|earlier)\b"
            r"(?!\s+(?-i:[a-z])\w*ing\b)",
            _F,
        ),
    ),
    (
        "ago",
        re.compile(
            # "Hours later, a second temblor struck": hours with no count, after a moment told
            rf"(?:(?P<mod>{APPROX})\s+)?\b(?:(?P<n>{NUMBER})\s+|(?=(?:hours|minutes)\s+(?:later|earlier)\b))"
            # "an hour and 45 minutes later", "an hour and a half earlier"
            rf"(?P<unit>{UNIT})(?:\s+and\s+(?:(?P<half>a\s+half)|(?P<n2>{NUMBER})\s+(?P<unit2>{UNIT})))?"
            r"\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|before|after|from\s+now|hence|prior)\b",
            _F,
        ),
    ),
    (
        "duration",
        re.compile(
            rf"(?:(?P<mod>{APPROX})\s+)?\b(?P<n>{NUMBER})(?P<half>\s+and\s+a\s+half)?"
            r"(?:\s+(?:more|additional|further|extra))?[\s-]+(?:(?:trading|business|working)\s+)?"
            rf"(?P<unit>{UNIT})(?:(?P<adj>-long|-old)\b|\b(?!-)(?P<half2>\s+and\s+a\s+half\b(?!-))?)",
            _F,
        ),
    ),
    (
        # "two to three weeks", "10 or 12 days": the first number of a range borrows the unit
        # of the second and is its own duration, as TimeML annotates a range
        "range_low",
        re.compile(
            rf"(?:(?P<mod>{APPROX})\s+)?\b(?P<n>{NUMBER})(?=\s*(?:to|or|-|–|(?P<and>and))\s*"
            rf"(?P<n2>{NUMBER})[\s-]+(?P<unit>{UNIT})\b)",
            _F,
        ),
    ),
    (
        "unit_long",
        re.compile(r"\b(?P<unit>hour|day|week|month|year|decade)s?-long\b", _F),
    ),
    (
        "vague_duration",
        re.compile(
            r"\b(?P<prep>for|in|over|within|during|of)\s+(?P<x>(?:(?P<adj>recent|past|the\s+coming"
            r"|coming|the\s+past|the\s+last|the\s+next|several|many)\s+)?(?P<unit>days|weeks"
            r"|months|quarters|years|decades|centuries))\b(?!-|\s+(?:of|ago|before|after|later|earlier|old)\b)"
            # "in the weeks ahead", "over the months to come"
            r"|\b(?:in|over|during|for|through)\s+(?P<x2>the\s+(?P<unit2>days|weeks|months|years|decades)"
            r"\s+(?:ahead(?!\s+of\b)|to\s+come)|the\s+(?P<unit3>years|decades|centuries)(?![-\w]|\s+(?:ago|earlier|later|before|ended|ending|\d)))\b"
            # "in the first hours of the ground war", "in the early years"
            # ("the early hours of Sunday" is a time of night, not a span)
            r"|\bthe\s+(?!early\s+hours)(?:first|early|opening|final|closing)\s+"
            r"(?P<unit4>hours|days|weeks|months|years)"
            r"\b(?!\s+(?:ago|earlier|later|before|after|since)\b)"
            # "for a while", "for some time": a span of time of no stated length
            r"|(?<=\bfor\s)(?:quite\s+)?a\s+while\b|(?<=\bfor\s)some\s+time\b(?!\s+(?:to|now|off|out|before|after|ago|later|earlier)\b)",
            _F,
        ),
    ),
    (
        "set",
        re.compile(
            r"\b(?:(?P<every>every|each)\s+(?:(?P<other>other)\s+)?(?P<unit>day|week|month|year"
            rf"|morning|night|evening|afternoon|weekend|quarter|summer|winter|spring|{WEEKDAY}"
            rf"|(?P<month>{MONTH_FULL}))"
            r"|(?P<ly>daily|weekly|monthly|annually|yearly|nightly|hourly)"
            r"|(?P<per>per|a)\s+(?P<unit2>day|week|month|year|hour))\b",
            _F,
        ),
    ),
    (
        "ref",
        re.compile(
            r"\b(?P<present>now|currently|nowadays|these\s+days|at\s+present"
            r"|for\s+the\s+time\s+being)\b(?!-)|(?<=at\s)(?P<moment>the\s+moment)\b"
            # "current market conditions": at present (not "current account", "current dollars")
            r"|(?<!then\s)(?<!electric\s)(?<!electrical\s)(?<!ocean\s)(?<!strong\s)"
            r"\b(?P<current>(?-i:current))(?=\s+(?!(?:account|accounts|assets|liabilities|dollars"
            r"|prices|affairs|events|yield|ratio|of|is|was|has|had|that|which|and|or|carried|swept"
            r"|pulled|flows|flowed|runs|ran)\b)[a-z])"
            r"|\b(?P<past>recently|lately|more\s+recently|formerly|then[\s-]+current)\b"
            r"|(?<=in\s)(?P<past2>the\s+(?:recent\s+|distant\s+)?past)\b(?!\s+(?:\d|few|several))"
            r"|(?P<future>the\s+(?:near\s+|foreseeable\s+|distant\s+|immediate\s+)?future"
            r"|a\s+later\s+date|the\s+near\s+term|the\s+long\s+term|the\s+short\s+term)\b",
            _F,
        ),
    ),
    (
        "time",
        re.compile(
            r"(?:\b(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b"
            r"|o['’]clock|in\s+the\s+(?:morning|afternoon|evening))"
            # a 24-hour time: with its zone or "hrs" ("1530 GMT", "15:30 local time"), or
            # after "at" with a colon ("at 15:30")
            rf"|(?<![\d:.,$£€])\b(?P<h24>[01]?\d|2[0-3])[:.h](?P<m24>[0-5]\d)\b(?![:.]\d)"
            rf"(?=\s*(?:{_ZONE}))"
            rf"|(?<![\d:.,$£€])\b(?P<h24c>[01]\d|2[0-3])(?P<m24c>[0-5]\d)\b"
            # "0800 Moscow time" (not "the 2000 Census time": hours no year begins with)
            rf"(?=\s*(?:{ZONE_ABBR}|(?<=\b(?:0\d|1[0-8])\d\d)\s*{ZONE_NAME}"
            rf"|hrs\b(?!\s+(?:of|a\s+day|per|a\s+week)\b)"
            rf"|(?<=\b0\d\d\d)\s*{_US_ZONE}|(?-i:ET)\b))"  # "0930 ET", "1600 ET"
            # "at 15:30", "at 09:00" (a 12-hour reading would need a.m. or p.m.: "at 3:30" is
            # left alone); not a game clock ("at 12:45 of the third period")
            r"|(?:(?<=\bat\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\bbefore\s)"
            r"|(?<=\bafter\s)|(?<=\bsince\s)|(?<=\babout\s)|(?<=\bbetween\s)|(?<=\d\sto\s)"
            r"|(?<=\d\sand\s))"
            r"(?P<h24b>0\d|1[2-9]|2[0-3]):(?P<m24b>[0-5]\d)\b(?![:.]\d)"
            r"(?!\s+(?:of\s+the|left|remaining|into)\b))"
            rf"(?:\s*(?P<tz>{_ZONE}|hrs\b|(?<=[mM]\.)\s*{_US_ZONE}|(?<=[mM])\s*{_US_ZONE}"
            rf"|(?<=\d\d\d\d)\s*{_US_ZONE}))?"
            # its day: "on Saturday, Oct. 7", "Nov. 9, 2023", "on 2023-10-02", "on Saturday"
            rf"(?:,?\s+(?:on\s+)?(?:(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH_ANY})\s+"
            rf"(?P<d>[1-9]|[12]\d|3[01])\b(?:,\s+(?P<y>{_YEAR}))?"
            r"|(?P<iso>\d{4}-\d\d-\d\d)(?![\d-])"
            rf"|(?P<wd>{WEEKDAY})|(?P<dw>today|yesterday|tomorrow|tonight|last\s+night"
            r"|last\s+evening|this\s+(?:morning|afternoon|evening))))?",
            _F,
        ),
    ),
    (
        "holiday",
        re.compile(
            # not "Christmas Island", a place
            r"(?:(?P<rel>last|next|this)\s+)?(?-i:(?P<h>Christmas\s+Day|Christmas\s+Eve"
            r"|Christmas(?!\s+Islands?\b)"
            r"|New\s+Year['’]s\s+Day|New\s+Year['’]s\s+Eve|New\s+Year['’]s|Thanksgiving\s+Day"
            r"|Thanksgiving|Independence\s+Day|Election\s+Day|Halloween|Valentine['’]s\s+Day"
            r"|Boxing\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day"
            # Easter and the days it fixes; not "Easter Island", "the Easter Rising", "Easter egg"
            r"|Orthodox\s+Easter(?:\s+Sunday)?|Easter\s+Sunday|Easter\s+Monday|Easter\s+week|Holy\s+Week"
            r"|Easter(?!\s+(?:Island|Rising|[Ee]ggs?|[Bb]unny|Parade|Seals?)\b)"
            r"|Good\s+Friday(?!\s+(?:Agreement|[Aa]ccord|[Dd]eal|[Pp]eace)\b)"
            r"|Holy\s+Saturday|Maundy\s+Thursday|Palm\s+Sunday|Ash\s+Wednesday|Black\s+Friday"
            r"|Cyber\s+Monday)\b)",
            _F,
        ),
    ),
    (
        # "April 24 and 25": the second day of a month-day (the handler checks the first)
        "and_day",
        re.compile(
            r"(?<=\d)(?:st|nd|rd|th)?(?:\s+(?P<conj>and|or|to|through|until|till)\s+|\s*(?P<dash>[-–])\s*)"
            r"(?P<x>(?P<d>[1-3]?\d)(?:st|nd|rd|th)?\b(?![.,:]\d)"
            rf"(?:,?\s+(?P<y>{_YEAR}))?)"
            # after a dash any noun may follow ("its Sept. 17-18 meeting"), not a count
            r"(?(dash)(?!\s*(?:%|(?:percent|per\s+cent|points?|million|billion|thousand|hundred"
            r"|dozen|(?!(?:talks|meetings|elections|games|hearings|negotiations|visits|summits"
            r"|protests|strikes|celebrations|polls|races|matches|sessions)\b)[a-z]+s)\b))"
            r"|(?=\s*(?:$|[.,;:)!?\n]|(?:in|at|on|to|for|when|while|with|and"
            r"|but|as|after|before|during|by|from|respectively|will|would|were|was|are|is)\b)))",
            _F,
        ),
    ),
    (
        # "will take up the budget on the 23rd.", "from the 2nd to the 10th": a day of the month
        # of the last date told (or of the publication); not "the 21st century", "the 23rd
        # minute", "for the 10th time"
        "ordinal_day",
        re.compile(
            r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\bsince\s)"
            r"|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bto\s)|(?<=\band\s)|(?<=\bthrough\s))the\s+"
            r"(?P<d>[1-3]?\d)(?P<suffix>st|nd|rd|th)\b"
            r"(?=\s*(?:$|[.,;:)!?\n]|(?:of\s+(?:this|next|last)\s+month|and|or|at|in|to"
            r"|when|while|but|until|through)\b))",
            _F,
        ),
    ),
    (
        # "9-13 October 2019", "between 9 and 13 October": the first day, in the month after
        "day_before",
        re.compile(
            r"(?<![\d,.$£€/-])\b(?P<x>(?P<d>[1-3]?\d)(?:st|nd|rd|th)?)"
            r"(?:\s+(?P<conj>and|or|to|through|until|till)\s+|\s*(?P<dash>[-–])\s*)"
            r"(?=(?P<d2>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>"
            + MONTH_ANY
            + r")(?![\w.]\w)(?:,?\s+(?P<y>"
            + _YEAR
            + r"))?)",
            _F,
        ),
    ),
    (
        # "the October-December quarter", "the January-March quarter of 2026": a quarter
        # named by its months
        "month_quarter",
        re.compile(
            r"\b(?:the\s+)?(?P<m1>January|April|July|October|Jan|Apr|Jul|Oct)\.?\s*[-\u2013/]\s*"
            r"(?P<m2>March|June|September|December|Mar|Jun|Sept?|Dec)\.?\s+quarter\b"
            r"(?:\s+(?:of|in)\s+(?P<y>(?:19|20)\d\d)\b)?",
            _F,
        ),
    ),
    (
        # "the first and second quarters": the first of two ordinal quarters
        "quarter_pair",
        re.compile(
            r"\b(?P<q>first|second|third|fourth)(?=(?:\s*,\s*(?:first|second|third|fourth))*"
            r"\s*,?\s+(?:and|or)\s+(?:the\s+)?(?:first|second|third|fourth)[- ]quarters\b)",
            _F,
        ),
    ),
    (
        "year_adj",
        re.compile(
            r"\b(?P<w>year-earlier|year-ago|year-end|year['’]s\s+end|year\s+end|the\s+end\s+of\s+the"
            r"\s+year|the\s+full\s+year|the\s+year['’]s\s+end|year-to-date)\b",
            _F,
        ),
    ),
]

_PATTERNS.append(
    (
        "the_year",
        re.compile(
            r"\b(?P<x>the\s+(?:(?P<latest>latest|most\s+recent)\s+)?(?:fiscal\s+)?year)\b(?![-'’]|\s+\d)"
            r"(?!\s+(?:two|before|after|earlier|ago|later|of\s+the|in\s+which|when)\b)",
            _F,
        ),
    )
)

# Words before a bare "May" or "March" that make it a month ("in May", not "Theresa May").
MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|during|before|after|of|between|and|or|to"
    r"|early|late|mid|last|next|this|on|for|around|about|until|throughout|that|each|every"
    r"|end|beginning|start|middle|as\s+(?:early|late|soon)\s+as)\s+|mid-)$",
    re.IGNORECASE,
)
# Capitalized words after a weekday that make it a name: "Sunday Times", "Bloody Sunday".
WEEKDAY_NAME_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Independent|Star|Mail|People"
    r"|Sport|Night\s+Football|Service|School|Morning\s+Herald)\b"
)
WEEKDAY_NAME_BEFORE = re.compile(r"\b(?:Bloody|Black|Good|Ash|Palm|Holy|Super|Cyber)\s+$")
# A number, money or rate before "a year" makes it a rate (a SET), not a duration.
RATE_BEFORE = re.compile(
    r"(?:(?:\d|million|billion|trillion|thousand|percent|%|times|twice|once|dollars|cents|pounds"
    r"|euros|yen|shares|barrels|tons|tonnes)[^\w.!?;]{0,3}"
    # "31 jets a month", "1,200 new homes a year": a count of things
    r"|\b\d[\d,.]*\s+(?:[a-z]+\s+)?[a-z]+s\s+)$",  # not "on Oct. 7. A week after"
    re.IGNORECASE,
)
# Prepositions whose object year is a year even when it is below 1900 ("in 1848").
YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|of|from|until|till|by|before|after|during|between|and|to|year|circa|c\.)\s+$",
    re.IGNORECASE,
)
# Nouns after a four-digit number that make it a count ("2000 people"), not a year.
COUNT_AFTER = re.compile(
    r"\s+(?:people|persons|men|women|children|troops|soldiers|fighters|civilians|refugees"
    r"|workers|employees|jobs|shares|tons|tonnes|miles|kilometers|kilometres|km|meters|feet"
    r"|units|cars|homes|houses|members|votes|points|dollars|euros|pounds|cases|deaths|acres"
    r"|barrels|students|prisoners|vehicles|rounds|calories|pages|hrs|hours|minutes|mins)\b",
    re.IGNORECASE,
)

_MONTH_TRIGGER = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_UNIT_TRIGGER = r"second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur"
# A cheap regex that every match of a pattern must contain: the full pattern only runs in a
# window around each hit, which keeps tagging a small fraction of spaCy's own time.
_TRIGGERS = {
    "iso": r"\d{4}-\d", "slash": r"\d/\d", "slash_md": r"\d/\d", "dotted": r"\d\.\d{1,2}\.\d{4}", "month_day": _MONTH_TRIGGER, "day_month": _MONTH_TRIGGER,
    "month_year": _MONTH_TRIGGER, "month": _MONTH_TRIGGER, "year": r"[12]\d{3}", "year_range": r"\d{4}\s*[-\u2013/]\s*\d\d", "year_range_end": r"\d{4}\s*[-\u2013/]\s*\d\d",
    "spelled_year": r"nineteen|thousand", "decade": r"0['’]?s\b|ties\b", "century": r"century",
    "quarter": r"quarter|period", "period_abbr": r"(?-i:\b(?:Q[1-4]\b|H[12]\b|FY))", "half": r"half|two\s+quarters", "season": r"spring|summer|fall|autumn|winter",
    "weekday": r"(?-i:[MTWFS][a-z]{2,5}day|[MTWFS][A-Z]{2,5}DAY)",
    "dayword": r"today|yesterday|tomorrow|tonight|the day",
    "partday": r"morning|afternoon|evening|night|noon|midday|midnight|hours",
    "in_the_unit": r"(?:later|earlier)\s+in\s+the\s+(?:week|month|year)",
    "relunit": r"week|fortnight|month|year|decade|day|night|morning|evening|afternoon",
    "beyond": r"before\s+last|after\s+next",
    "unit_before": r"(?:week|month|year)\s+(?:before|after)",
    "overnight": r"overnight",
    "ordinal_day": r"the\s+[1-3]?\d(?:st|nd|rd|th)\b",
    "the_weekend": r"weekend", "relday": r"day|night", "ago": rf"(?:{_UNIT_TRIGGER})\w*\s+(?:and\s+a\s+half\s+)?(?:or\s+so\s+)?(?:ago|earlier|later|before|after|from|hence|prior)",
    "duration": _UNIT_TRIGGER, "range_low": rf"\w\s*(?:\bto|\bor|\band|-|–)\s*[\w,]{{1,12}}[\s-]+(?:{_UNIT_TRIGGER})", "unit_long": r"-long", "vague_duration": r"hours|days|weeks|months|quarters|years|decades|centuries|while|some\s+time",
    "set": r"every|each|daily|weekly|monthly|annually|yearly|nightly|hourly|(?:per|a)\s+(?:day|week|month|year|hour)",
    "ref": r"now|current|these|present|moment|time\s+being|recent|lately|formerly|past|future|later\s+date|term",
    "time": r"\d\s*(?:[ap]\.?m|o['’]clock|in\s+the)|\d[:.]\d\d|\d\d\s*(?:[ecmp][sd]?t|gmt|utc|bst|e?cest?|eet|eest|wib|jst|aed?st|hrs|[a-z]+\s+time)\b",
    "holiday": r"(?-i:Christmas|New Year|Thanksgiving|Independence|Election|Halloween|Valentine|Boxing|Labor|Memorial|Veterans|Easter|Good|Holy|Maundy|Palm|Ash|Black|Cyber)",
    "year_adj": r"year", "the_year": r"the\s+(?:(?:latest|most\s+recent)\s+)?(?:fiscal\s+)?year", "and_day": r"\d(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)\d",
    "day_before": r"\d(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)\d", "quarter_pair": r"quarters",
    "month_quarter": r"quarter",
}  # fmt: skip
# (name, pattern, trigger)
PATTERNS: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (name, pattern, re.compile(_TRIGGERS[name], re.IGNORECASE)) for name, pattern in _PATTERNS
]
# How far a match may reach before and after its trigger.
WINDOW_BEFORE, WINDOW_AFTER = 60, 60
