"""Dates for people: '13 October 2019', 'weekend of 5–6 October 2019', 'October 2019'.

Shared by the formats that are read rather than parsed (TimelineJS, Markdown, HTML).
"""

from __future__ import annotations

import re
from datetime import date

from ..model import TimeSpan

# TIMEX3 parts of the day.
_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
_CLOCK = re.compile(r"T(\d\d):(\d\d)")
_PART = re.compile(r"T(MO|MI|AF|EV|NI)\b")


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _days(start: date, end: date) -> str:
    if start == end:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{_day(start)} – {_day(end)}"


def _months(start: date, end: date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%B %Y}"
    if start.year == end.year:
        return f"{start:%B} – {end:%B %Y}"
    return f"{start:%B %Y} – {end:%B %Y}"


def time_of_day(value: str) -> str:
    """'14:30', 'night'... from a TIMEX3 value with a time part, else ''."""
    clock = _CLOCK.search(value)
    if clock:
        return f"{clock.group(1)}:{clock.group(2)}"
    part = _PART.search(value)
    return _PARTS_OF_DAY[part.group(1)] if part else ""


def display_date(span: TimeSpan) -> str:
    """The date as a reader would write it, as precise as the span and no more."""
    start, end, precision = span.start, span.end, span.precision
    if start is None or end is None:
        return span.value
    if precision == "day":
        when = time_of_day(span.value)
        return f"{_day(start)} ({when})" if when else _days(start, end)
    if precision == "week":
        return f"week of {_days(start, end)}"
    if precision == "weekend":
        return f"weekend of {_days(start, end)}"
    if precision in ("month", "quarter", "half", "season"):
        return _months(start, end)
    if precision in ("year", "decade", "century"):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return _days(start, end)
