"""Calendar arithmetic for the date normalizer: TIMEX3 values and their day intervals.

Weeks are ISO weeks, Monday to Sunday (`2019-W41` is 2019-10-07 .. 2019-10-13); a weekend is
the Saturday and Sunday of an ISO week (`2019-W40-WE`). Seasons are meteorological: spring
March-May, summer June-August, fall September-November, winter December-February (a winter
belongs to the year of its December). Every builder returns a `TimeSpan` with inclusive days.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline.model import TimeSpan

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years (29 February becomes 28 February)."""
    return add_months(day, 12 * years)


def day_span(day: date, anchor: str, suffix: str = "") -> TimeSpan:
    """One calendar day; a part-of-day suffix (TNI, TMO, T22:00) makes it a TIME."""
    kind = "TIME" if suffix else "DATE"
    return TimeSpan(kind, day.isoformat() + suffix, day, day, "day", anchor)


def days_span(start: date, end: date, anchor: str) -> TimeSpan:
    """The days from start to end, both included ("from October 9 to 13", "the past 48 hours")."""
    return TimeSpan("DATE", f"{start.isoformat()}/{end.isoformat()}", start, end, "days", anchor)


def week_span(day: date, anchor: str) -> TimeSpan:
    """The ISO week (Monday-Sunday) containing `day`."""
    year, week, weekday = day.isocalendar()
    monday = day - timedelta(days=weekday - 1)
    return TimeSpan(
        "DATE", f"{year}-W{week:02d}", monday, monday + timedelta(days=6), "week", anchor
    )


def weekend_span(day: date, anchor: str) -> TimeSpan:
    """The Saturday and Sunday of the ISO week containing `day`."""
    year, week, weekday = day.isocalendar()
    saturday = day + timedelta(days=6 - weekday)
    value = f"{year}-W{week:02d}-WE"
    return TimeSpan("DATE", value, saturday, saturday + timedelta(days=1), "weekend", anchor)


def month_span(year: int, month: int, anchor: str) -> TimeSpan:
    last = calendar.monthrange(year, month)[1]
    return TimeSpan(
        "DATE",
        f"{year:04d}-{month:02d}",
        date(year, month, 1),
        date(year, month, last),
        "month",
        anchor,
    )


def quarter_span(year: int, quarter: int, anchor: str) -> TimeSpan:
    first = date(year, 3 * quarter - 2, 1)
    end = add_months(first, 3) - timedelta(days=1)
    return TimeSpan("DATE", f"{year:04d}-Q{quarter}", first, end, "quarter", anchor)


def half_span(year: int, half: int, anchor: str) -> TimeSpan:
    first = date(year, 1 if half == 1 else 7, 1)
    end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return TimeSpan("DATE", f"{year:04d}-H{half}", first, end, "half", anchor)


def season_span(year: int, season: str, anchor: str) -> TimeSpan:
    first_month, last_month = SEASON_MONTHS[season]
    first = date(year, first_month, 1)
    end = add_months(date(year, 1, 1), last_month) - timedelta(days=1)
    return TimeSpan("DATE", f"{year:04d}-{season}", first, end, "season", anchor)


def year_span(year: int, anchor: str) -> TimeSpan:
    return TimeSpan("DATE", f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year", anchor)


def decade_span(decade: int, anchor: str) -> TimeSpan:
    """`decade` is the year divided by ten: 199 is the 1990s."""
    start = date(decade * 10, 1, 1) if decade > 0 else None
    end = date(decade * 10 + 9, 12, 31) if decade > 0 else None
    return TimeSpan("DATE", f"{decade:03d}", start, end, "decade", anchor)


def century_span(century: int, anchor: str) -> TimeSpan:
    """`century` as TIMEX3 writes it: 19 is 1900-1999 (the 20th century)."""
    start = date(century * 100, 1, 1) if century > 0 else None
    end = date(century * 100 + 99, 12, 31) if century > 0 else None
    return TimeSpan("DATE", f"{century:02d}", start, end, "century", anchor)


def season_of(day: date) -> tuple[int, str]:
    """The (year, season) containing `day`; January and February belong to last year's winter."""
    month = day.month
    if month in (1, 2):
        return day.year - 1, "WI"
    for season, (first, last) in SEASON_MONTHS.items():
        if first <= month <= last:
            return day.year, season
    return day.year, "WI"


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def shift_span(span: TimeSpan, amount: int, unit: str, anchor: str) -> TimeSpan | None:
    """`span` moved by `amount` units, keeping its granularity (a quarter a year earlier)."""
    if span.start is None:
        return None
    start = span.start
    if unit == "day":
        start = start + timedelta(days=amount)
    elif unit == "week":
        start = start + timedelta(weeks=amount)
    elif unit == "month":
        start = add_months(start, amount)
    elif unit == "year":
        start = add_years(start, amount)
    else:
        return None
    precision = span.precision
    if precision == "day":
        suffix = span.value[10:] if len(span.value) > 10 and span.value[10] == "T" else ""
        return day_span(start, anchor, suffix)
    if precision == "week":
        return week_span(start, anchor)
    if precision == "weekend":
        return weekend_span(start, anchor)
    if precision == "month":
        return month_span(start.year, start.month, anchor)
    if precision == "quarter":
        if unit == "year" and span.end is not None and re.fullmatch(r"\d{4}-Q[1-4]", span.value):
            # a fiscal quarter ("the quarter ended Aug. 26") a year away keeps its number
            value = f"{int(span.value[:4]) + amount:04d}{span.value[4:]}"
            end = add_years(span.end, amount)
            if span.end.day == calendar.monthrange(span.end.year, span.end.month)[1]:
                end = end.replace(day=calendar.monthrange(end.year, end.month)[1])  # Feb. 29
            return TimeSpan("DATE", value, start, end, precision, anchor)
        return quarter_span(*quarter_of(start), anchor)
    if precision == "half":
        return half_span(start.year, 1 if start.month <= 6 else 2, anchor)
    if precision == "season":
        return season_span(*season_of(start), anchor)
    if precision == "year":
        return year_span(start.year, anchor)
    return None


def granular_span(day: date, unit: str, anchor: str) -> TimeSpan:
    """The period of the given unit containing `day` ("two weeks ago" is a week)."""
    if unit in ("week", "fortnight"):
        return week_span(day, anchor)
    if unit == "month":
        return month_span(day.year, day.month, anchor)
    if unit == "quarter":
        return quarter_span(*quarter_of(day), anchor)
    if unit in ("year", "decade", "century"):
        return year_span(day.year, anchor)
    return day_span(day, anchor)


def move(day: date, amount: float, unit: str) -> date:
    """`day` moved by `amount` units (negative moves back)."""
    whole = int(amount)
    if unit in ("second", "minute", "hour"):
        hours = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1}[unit] * amount
        return day + timedelta(days=int(hours // 24) if hours >= 0 else -int(-hours // 24))
    if unit == "day":
        return day + timedelta(days=whole)
    if unit == "week":
        return day + timedelta(weeks=whole)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * whole)
    if unit == "month":
        return add_months(day, whole)
    if unit == "quarter":
        return add_months(day, 3 * whole)
    if unit == "year":
        return add_years(day, whole)
    if unit == "decade":
        return add_years(day, 10 * whole)
    if unit == "century":
        return add_years(day, 100 * whole)
    return day


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _fourth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


_EASTER_OFFSETS = {
    "Easter": 0, "Easter Sunday": 0, "Easter Monday": 1, "Good Friday": -2, "Holy Saturday": -1,
    "Maundy Thursday": -3, "Palm Sunday": -7, "Ash Wednesday": -46, "Easter week": 0,
    "Holy Week": 0,
}  # fmt: skip


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, as a Gregorian date (1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def holiday_date(name: str, year: int) -> date | None:
    """The day of a named holiday in a year ("Thanksgiving", "New Year's Eve"), or None."""
    name = re.sub(r"\s+", " ", name.replace("’", "'"))
    fixed = {
        "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24),
        "New Year's Day": (1, 1), "New Year's": (1, 1), "New Year's Eve": (12, 31),
        "Independence Day": (7, 4), "Halloween": (10, 31), "Valentine's Day": (2, 14),
        "Boxing Day": (12, 26), "Veterans Day": (11, 11),
    }  # fmt: skip
    if name in fixed:
        return date(year, *fixed[name])
    if name in _EASTER_OFFSETS:
        return easter(year) + timedelta(days=_EASTER_OFFSETS[name])
    if name.startswith("Orthodox Easter"):
        return orthodox_easter(year)
    if name == "Black Friday":  # the day after Thanksgiving
        return _fourth_weekday(year, 11, 3, 4) + timedelta(days=1)
    if name == "Cyber Monday":  # the Monday after Thanksgiving
        return _fourth_weekday(year, 11, 3, 4) + timedelta(days=4)
    if name.startswith("Thanksgiving"):
        return _fourth_weekday(year, 11, 3, 4)
    if name == "Labor Day":
        return _fourth_weekday(year, 9, 0, 1)
    if name == "Memorial Day":
        return _last_weekday(year, 5, 0)
    if name == "Election Day":  # the Tuesday after the first Monday of November
        return _fourth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None
