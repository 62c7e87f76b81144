"""The date normalizer's rules (../shared/DATING.md), one small test per rule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import TimeSpan
from timeline.temporal import normalize, tag
from timeline.temporal_calendar import easter, orthodox_easter

SUNDAY = date(2019, 10, 13)  # seeds 000-002
WEDNESDAY = date(2026, 1, 21)  # seed 003


def only(text: str, dct: date | None, tense_at=None) -> TimeSpan:
    timexes = tag(text, dct, tense_at)
    assert len(timexes) == 1, timexes
    return timexes[0].span


def values(text: str, dct: date | None, tense_at=None) -> list[tuple[str, str]]:
    return [(t.text, t.span.value) for t in tag(text, dct, tense_at)]


def first(text: str, dct: date | None) -> TimeSpan:
    return tag(text, dct)[0].span


def past(start: int, end: int) -> str:
    return "past"


def future(start: int, end: int) -> str:
    return "future"


# -- seeds ------------------------------------------------------------------------------------


def test_seed_expressions_with_sunday_publication_date():
    text = (
        "The fighters fled on Sunday. On Saturday, guards left. Turkey launched it last week and "
        "last weekend, on Wednesday, in the last 24 hours; Iraq won nearly two years ago, in 2019."
    )
    assert values(text, SUNDAY, past) == [
        ("Sunday", "2019-10-13"),
        ("Saturday", "2019-10-12"),
        ("last week", "2019-W40"),
        ("last weekend", "2019-W40-WE"),
        ("Wednesday", "2019-10-09"),
        ("the last 24 hours", "PT24H"),
        ("nearly two years ago", "2017"),
        ("2019", "2019"),
    ]


def test_seed_expressions_with_wednesday_publication_date():
    text = (
        "They withdrew on Tuesday. On Monday, and Monday night, and on January 4, and yesterday; "
        "six years ago; in the past 48 hours; this week."
    )
    assert values(text, WEDNESDAY, past) == [
        ("Tuesday", "2026-01-20"),
        ("Monday", "2026-01-19"),
        ("Monday night", "2026-01-19TNI"),
        ("January 4", "2026-01-04"),
        ("yesterday", "2026-01-20"),
        ("six years ago", "2020"),
        ("the past 48 hours", "PT48H"),
        ("this week", "2026-W04"),
    ]


# -- weekdays ---------------------------------------------------------------------------------

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize("dct_offset", range(7))
@pytest.mark.parametrize("name", WEEKDAY_NAMES)
def test_bare_weekday_in_past_clause_is_most_recent_such_day_dct_included(dct_offset, name):
    dct = date(2019, 10, 7) + timedelta(days=dct_offset)  # Monday .. Sunday
    span = only(f"Clashes erupted on {name}.", dct, past)
    assert span.start.strftime("%A") == name
    assert 0 <= (dct - span.start).days <= 6


@pytest.mark.parametrize("dct_offset", range(7))
@pytest.mark.parametrize("name", WEEKDAY_NAMES)
def test_bare_weekday_in_future_clause_is_next_such_day_dct_included(dct_offset, name):
    dct = date(2019, 10, 7) + timedelta(days=dct_offset)
    span = only(f"Ministers will meet on {name}.", dct, future)
    assert span.start.strftime("%A") == name
    assert 0 <= (span.start - dct).days <= 6


def test_bare_weekday_on_publication_day_is_that_day():
    assert only("on Sunday", SUNDAY, past).value == "2019-10-13"


def test_bare_weekday_without_tense_defaults_to_the_past():
    assert only("on Saturday", SUNDAY).value == "2019-10-12"


def test_last_weekday_excludes_the_publication_day():
    assert only("last Sunday", SUNDAY).value == "2019-10-06"


def test_next_weekday_excludes_the_publication_day():
    assert only("next Sunday", SUNDAY).value == "2019-10-20"
    # "next Monday" is the Monday of next week, which a Sunday's next week starts with
    assert only("next Monday", SUNDAY).value == "2019-10-14"
    assert only("next Wednesday", SUNDAY).value == "2019-10-16"


@pytest.mark.parametrize("dct_offset", range(7))
def test_next_weekday_is_that_day_of_next_week_in_weekday_order(dct_offset):
    # "next Monday" .. "next Sunday": the days of the ISO week after the DCT's, as "next week"
    # is that week; never before the bare weekday ahead ("this Thursday")
    dct = date(2019, 10, 7) + timedelta(days=dct_offset)  # Monday .. Sunday
    days = [only(f"Talks will resume next {name}.", dct, future).start for name in WEEKDAY_NAMES]
    assert [d.strftime("%A") for d in days] == WEEKDAY_NAMES
    assert all(1 <= (d - dct).days <= 13 for d in days)
    assert days == sorted(days) and len(set(days)) == 7
    assert all(d.isocalendar()[:2] == (dct + timedelta(weeks=1)).isocalendar()[:2] for d in days)
    for name, day in zip(WEEKDAY_NAMES, days):
        assert day >= only(f"Talks will resume on {name}.", dct, future).start
        assert day >= only(f"Talks will resume this {name}.", dct, future).start
    # "next Thursday" written on a Tuesday is not two days ahead ("this Thursday") but nine
    tuesday = date(2019, 10, 8)
    assert only("next Thursday", tuesday).value == "2019-10-17"
    assert only("next Wednesday", tuesday).value == "2019-10-16"


def test_a_weekday_ahead_of_a_day_told_is_the_first_one_after_it():
    # the vote the day after, not a week later ("next Sunday" is another rule)
    text = "Campaigning ended on Saturday ahead of Sunday's vote."
    assert values(text, SUNDAY, past) == [("Saturday", "2019-10-12"), ("Sunday", "2019-10-13")]


def test_a_weekday_ending_a_range_of_weekdays_is_the_first_one_after_its_start():
    # written on Wednesday 21 January: the Thursday after that Monday, not tomorrow
    text = "Talks will run from Monday to Thursday next week."
    assert values(text, WEDNESDAY, future)[:2] == [
        ("Monday", "2026-01-26"),
        ("Thursday", "2026-01-29"),
    ]
    text = "The speaker postponed the vote from Monday to Thursday."
    assert values(text, WEDNESDAY, past) == [("Monday", "2026-01-19"), ("Thursday", "2026-01-22")]
    assert values("Strikes are planned between Friday and Monday.", WEDNESDAY, future) == [
        ("Friday", "2026-01-23"),
        ("Monday", "2026-01-26"),
    ]
    # not two days of a list, nor a day moved earlier, nor a weekday after a date
    assert (
        values("He met Putin on Monday and Xi on Thursday.", WEDNESDAY, past)[1][1] == "2026-01-15"
    )
    text = "The speaker brought the vote forward from Thursday to Monday."
    assert values(text, WEDNESDAY, past)[1] == ("Monday", "2026-01-19")
    text = "The offer was extended from Sept. 14 to Thursday."
    assert values(text, date(1989, 10, 26), past)[1] == ("Thursday", "1989-10-26")


def test_until_weekday_is_a_deadline_ahead():
    assert only("postponed until Tuesday", WEDNESDAY, past).value == "2026-01-27"


def test_weekday_interval_is_one_day_anchored_on_publication():
    span = only("Saturday", SUNDAY)
    assert (span.start, span.end, span.precision, span.anchor) == (
        date(2019, 10, 12), date(2019, 10, 12), "day", "publication",
    )  # fmt: skip


def test_plural_weekday_is_a_set():
    assert only("on Sundays", SUNDAY).value == "XXXX-WXX-7"


# -- parts of day -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "part, code", [("morning", "TMO"), ("afternoon", "TAF"), ("evening", "TEV"), ("night", "TNI")]
)
def test_weekday_part_of_day_is_a_time_on_that_day(part, code):
    span = only(f"Saturday {part}", SUNDAY, past)
    assert (span.type, span.value) == ("TIME", f"2019-10-12{code}")
    assert span.start == span.end == date(2019, 10, 12)


def test_last_night_is_the_night_before_publication():
    assert only("last night", SUNDAY).value == "2019-10-12TNI"


def test_this_morning_is_publication_morning():
    assert only("this morning", SUNDAY).value == "2019-10-13TMO"


def test_clock_time_with_weekday():
    assert only("at 10 p.m. Wednesday", SUNDAY, past).value == "2019-10-09T22:00"


def test_the_first_clock_time_of_a_range_is_on_the_day_the_range_ends_on():
    text = "The outage lasted from 4:09 a.m. until 5:27 a.m. UTC on Friday."
    assert values(text, WEDNESDAY, past) == [
        ("4:09 a.m.", "2026-01-16T04:09"),
        ("5:27 a.m. UTC on Friday", "2026-01-16T05:27"),
    ]
    text = "Polls are open from 7 a.m. to 10 p.m. on Thursday."
    assert values(text, WEDNESDAY, future)[0] == ("7 a.m.", "2026-01-22T07:00")
    assert values("Roads were closed between 9am and noon on Monday.", WEDNESDAY, past)[0] == (
        "9am",
        "2026-01-19T09:00",
    )


def test_a_bare_clock_time_takes_the_day_its_paragraph_is_on():
    text = "The bomb went off on Friday. It exploded at 10:35 a.m., police said."
    assert values(text, SUNDAY, past) == [
        ("Friday", "2019-10-11"), ("10:35 a.m.", "2019-10-11T10:35")
    ]  # fmt: skip
    # a weekday after an aside names the day: "10:35 a.m. (0735 GMT) Friday"
    assert values("at about 10:35 a.m. (0735 GMT) Friday", SUNDAY, past) == [
        ("10:35 a.m.", "2019-10-11T10:35"), ("Friday", "2019-10-11")
    ]  # fmt: skip


def test_a_bare_past_clock_time_is_today_only_in_news_of_the_day():
    # "was shot at 10 p.m." in an article that last told of a day long gone: the day is unknown
    text = "The doctor was killed in October 1998. He was shot at 10 p.m."
    assert values(text, SUNDAY, past)[1] == ("10 p.m.", "XXXX-XX-XXT22:00")
    # news of the day: no date told before, or the last one within a day of publication
    assert only("The ban was lifted at 0915 GMT.", SUNDAY, past).value == "2019-10-13T09:15"
    text = "Troops crossed on Saturday. Shelling stopped at 6 p.m., officials said."
    assert values(text, SUNDAY, past)[1] == ("6 p.m.", "2019-10-12T18:00")
    # another paragraph's day does not carry over
    text = "The rifle was found on Friday.\n\nHe was seen at 6 a.m. near the house."
    assert values(text, SUNDAY, past)[1] == ("6 a.m.", "XXXX-XX-XXT06:00")
    # a time ahead, or in a clause of unknown tense, is on the publication day
    assert only("The meeting starts at 10 a.m.", SUNDAY, future).value == "2019-10-13T10:00"
    assert only("at 10 a.m.", SUNDAY).value == "2019-10-13T10:00"


# -- day words --------------------------------------------------------------------------------


def test_yesterday_today_tomorrow():
    assert values("yesterday, today and tomorrow", SUNDAY) == [
        ("yesterday", "2019-10-12"), ("today", "2019-10-13"), ("tomorrow", "2019-10-14"),
    ]  # fmt: skip


def test_possessive_yesterday_is_tagged_without_the_s():
    assert values("yesterday's attack", SUNDAY) == [("yesterday", "2019-10-12")]


# -- month and day without a year -------------------------------------------------------------


def test_month_day_in_past_clause_earlier_in_the_year():
    assert only("on January 4", WEDNESDAY, past).value == "2026-01-04"


def test_month_day_in_past_clause_crosses_back_over_new_year():
    assert only("on December 28", date(2026, 1, 5), past).value == "2025-12-28"


def test_month_day_in_future_clause_crosses_forward_over_new_year():
    assert only("on January 3", date(2025, 12, 28), future).value == "2026-01-03"


def test_month_day_far_in_the_past_gives_way_to_the_nearest():
    # "payable Dec. 7" in an October article: not the December eleven months ago
    assert only("payable Dec. 7", date(1989, 10, 27), past).value == "1989-12-07"


def test_month_day_without_tense_is_the_nearest():
    assert only("Nov. 9", date(1989, 10, 27)).value == "1989-11-09"


def test_abbreviated_month_with_day_and_year():
    assert only("on Sept. 30, 1989", SUNDAY).value == "1989-09-30"


def test_day_month_year_order():
    assert only("on 13 October 2019", None).value == "2019-10-13"


def test_weekday_comma_date_is_one_expression():
    assert values("Monday, Oct. 26", date(1998, 10, 25)) == [("Monday, Oct. 26", "1998-10-26")]


def test_weekday_comma_date_before_a_colon():
    text = "said in an editorial on Monday, Oct. 26:"
    assert values(text, date(1998, 10, 25)) == [("Monday, Oct. 26", "1998-10-26")]


def test_iso_date():
    assert only("2019-10-13", None).value == "2019-10-13"


# -- months -----------------------------------------------------------------------------------


def test_month_in_past_clause_is_most_recent_one_dct_month_included():
    assert only("in October", SUNDAY, past).value == "2019-10"
    assert only("in March", SUNDAY, past).value == "2019-03"


def test_month_in_future_clause_is_next_one():
    assert only("in March", SUNDAY, future).value == "2020-03"


def test_month_without_tense_is_the_nearest():
    assert only("in January", date(1989, 10, 30)).value == "1990-01"


def test_last_month_name_is_before_the_dct_month():
    assert only("last April", date(1989, 10, 27)).value == "1989-04"
    assert only("last October", SUNDAY).value == "2018-10"


def test_last_month_name_for_the_month_just_gone_is_a_year_earlier():
    # written in March, the February just gone would be "last month"
    assert only("last February", date(1998, 3, 1)).value == "1997-02"
    # in January, "last December" is last year's, as "last" says
    assert only("last December", date(2020, 1, 15)).value == "2019-12"
    assert only("last January", date(1998, 3, 1)).value == "1998-01"


def test_month_and_year():
    span = only("in August 1988", SUNDAY)
    assert (span.value, span.start, span.end) == ("1988-08", date(1988, 8, 1), date(1988, 8, 31))


def test_early_and_mid_month_keep_the_modifier_in_the_extent():
    assert values("in mid-November", date(1989, 10, 30)) == [("mid-November", "1989-11")]


# -- years, decades, centuries ----------------------------------------------------------------


def test_year_is_a_year_not_a_day():
    span = only("since they defeated it in 2019", WEDNESDAY)
    assert (span.value, span.start, span.end, span.precision, span.anchor) == (
        "2019", date(2019, 1, 1), date(2019, 12, 31), "year", "absolute",
    )  # fmt: skip


def test_this_last_next_year():
    assert values("this year, last year, next year", SUNDAY) == [
        ("this year", "2019"), ("last year", "2018"), ("next year", "2020"),
    ]  # fmt: skip


def test_current_fiscal_year_is_the_dct_year():
    assert only("in the current fiscal year", date(1989, 11, 2)).value == "1989"


def test_fiscal_year():
    assert only("in fiscal 1989", SUNDAY).value == "1989"


def test_the_1990s_is_a_decade():
    span = only("in the 1990s", SUNDAY)
    assert (span.value, span.precision, span.start.year, span.end.year) == (
        "199",
        "decade",
        1990,
        1999,
    )


def test_century():
    assert only("the 20th century", SUNDAY).value == "19"


def test_spelled_out_year():
    assert only("in nineteen ninety-six", SUNDAY).value == "1996"


# -- weeks and weekends -----------------------------------------------------------------------


def test_last_week_is_the_iso_week_before_the_dct_week():
    span = only("last week", SUNDAY)
    assert (span.value, span.start, span.end) == ("2019-W40", date(2019, 9, 30), date(2019, 10, 6))


def test_this_week_and_earlier_this_week_are_the_dct_week():
    assert only("this week", SUNDAY).value == "2019-W41"
    assert only("earlier this week", SUNDAY).value == "2019-W41"


def test_last_weekend_is_saturday_and_sunday_of_previous_week():
    span = only("last weekend", SUNDAY)
    assert (span.value, span.start, span.end, span.precision) == (
        "2019-W40-WE", date(2019, 10, 5), date(2019, 10, 6), "weekend",
    )  # fmt: skip


def test_the_weekend_in_a_monday_article_is_the_one_just_past():
    assert only("over the weekend", date(2019, 10, 14), past).value == "2019-W41-WE"


def test_a_warning_is_of_the_nearest_weekend():
    # the weather warned of is ahead of the warning: from Thursday on, the weekend to come
    text = "AEMET warned of more heavy rain in Valencia over the weekend."
    assert values(text, date(2024, 11, 1), past) == [("the weekend", "2024-W44-WE")]
    assert values(text, date(2024, 10, 28), past) == [("the weekend", "2024-W43-WE")]
    # a warning told over the weekend is the weekend gone
    text = "Officials warned residents over the weekend to leave."
    assert values(text, date(2024, 11, 1), past) == [("the weekend", "2024-W43-WE")]


def test_to_the_day_after_is_no_day_after():
    text = "The jet crashed on Wednesday, two months to the day after he launched a mutiny."
    assert values(text, date(2023, 8, 24), past) == [
        ("Wednesday", "2023-08-23"),
        ("two months", "P2M"),
    ]


def test_a_day_declared_a_day_off_lies_ahead():
    saturday = date(2023, 6, 24)
    text = "Moscow Mayor Sergei Sobyanin had declared Monday a non-working day."
    assert values(text, saturday, past) == [("Monday", "2023-06-26")]
    text = "The government declared Friday a national day of mourning."
    assert values(text, saturday, past) == [("Friday", "2023-06-30")]
    # a day the declaring was made stays behind
    assert values("He declared Monday that the war was over.", saturday, past) == [
        ("Monday", "2023-06-19")
    ]


def test_the_small_hours_after_a_night_are_the_next_day():
    text = "Fighting raged on Monday night. At 2 a.m. troops entered the town."
    assert values(text, date(2024, 3, 27), past)[1] == ("2 a.m.", "2024-03-26T02:00")
    text = '"They saved lives last night," Moore said.\n\nThe crash happened at about 1:30 a.m.'
    assert values(text, date(2024, 3, 26), past)[1] == ("1:30 a.m.", "2024-03-26T01:30")
    # the evening of that night stays its day
    text = "The shooting happened on Saturday night. Police arrived at 11:40 p.m."
    assert values(text, date(2024, 3, 27), past)[1] == ("11:40 p.m.", "2024-03-23T23:40")


def test_an_hour_after_a_paragraph_that_looked_back_a_month_is_on_its_day():
    text = (
        "Investigators detained Yoon on Wednesday over his imposition of martial law last "
        "month.\n\nThe office said Yoon was detained at 10:33 a.m. and taken to Gwacheon."
    )
    assert values(text, date(2025, 1, 15), past)[2] == ("10:33 a.m.", "2025-01-15T10:33")
    # a day long gone before the month does not carry over
    text = "Police arrested him on March 3 over a fraud last year.\n\nHe was detained at 10:33 a.m."
    assert values(text, date(2025, 1, 15), past)[2] == ("10:33 a.m.", "XXXX-XX-XXT10:33")


def test_earlier_this_month():
    assert only("earlier this month", SUNDAY).value == "2019-10"


def test_later_in_the_day_is_the_day_told_last():
    text = "Albright arrives in Tanzania on Tuesday morning and flies to Nairobi later in the day."
    assert values(text, SUNDAY, future)[1] == ("the day", "2019-10-15")
    assert values("Later in the day, police arrived.", SUNDAY) == [("the day", "2019-10-13")]
    text = "The plan was drafted in 1990. Earlier in the day, talks broke down."
    assert values(text, SUNDAY, past)[1] == ("the day", "XXXX-XX-XX")
    assert values("the day was long", SUNDAY) == []
    assert values("He fasted later in the Day of Atonement.", SUNDAY) == []


def test_since_year_end_is_the_last_year_end_gone():
    dct = date(1989, 10, 30)
    assert values("The percentage change is since year-end.", dct) == [("year-end", "1988")]
    assert values("up 12% since the end of the year", dct) == [("the end of the year", "1988")]
    assert values("to close the deal by year-end", dct) == [("year-end", "1989")]
    assert values("since fiscal year-end", dct) == [("year-end", "1988")]
    # the year of a date told in the same sentence
    text = "In 1987, shares had risen 20% since year-end."
    assert values(text, dct, past) == [("1987", "1987"), ("year-end", "1986")]


def test_the_end_of_the_month_is_the_month_of_the_last_date_told():
    text = "The goal is to put troops in the region by the end of the month."
    assert values(text, SUNDAY) == [("the end of the month", "2019-10")]
    text = "In March, the firm said it would close the plant by the end of the month."
    assert values(text, SUNDAY, past) == [("March", "2019-03"), ("the end of the month", "2019-03")]
    assert values("at the start of the week", SUNDAY) == [("the start of the week", "2019-W41")]
    # ahead of the publication date, the deadline is in its month, not a month told before
    text = "Talks collapsed on Oct. 20. A deal will be signed by the end of the month."
    assert values(text, date(1998, 11, 10), future)[1] == ("the end of the month", "1998-11")
    text = "The firm was founded in 1990. It closed by the end of the month."
    assert values(text, date(1998, 11, 10), past)[1] == ("the end of the month", "1998-11")
    assert values("by the end of the month", None) == [("the end of the month", "XXXX-XX")]
    assert values("early the week", SUNDAY) == []
    # a month told in the same sentence, whatever the clause's tense
    text = "Talks resume in December; a deal is due by the end of the month."
    assert values(text, SUNDAY, future)[1] == ("the end of the month", "2019-12")
    text = "In 1990 the firm was founded; by the end of the month it had ten staff."
    assert values(text, SUNDAY, past)[1] == ("the end of the month", "XXXX-XX")
    # without "end of" or "start of", "the month" alone is not a date
    assert values("It was the month of Ramadan.", SUNDAY) == []


# -- quarters and halves ----------------------------------------------------------------------


def test_ordinal_quarter_takes_the_dct_year():
    span = only("the first quarter", SUNDAY)
    assert (span.value, span.start, span.end) == ("2019-Q1", date(2019, 1, 1), date(2019, 3, 31))


def test_adjectival_quarter_extent_drops_the_article():
    assert values("the third-quarter loss", date(1989, 10, 27)) == [("third-quarter", "1989-Q3")]


def test_the_quarter_in_a_report_is_the_last_completed_one():
    assert only("in the quarter", date(1989, 10, 27), past).value == "1989-Q3"


def test_a_year_ago_after_a_quarter_is_the_same_quarter_a_year_before():
    text = "Profit rose in the third quarter from a year ago and from a year earlier."
    assert values(text, date(1989, 10, 27)) == [
        ("the third quarter", "1989-Q3"), ("a year ago", "1988-Q3"), ("a year earlier", "1988-Q3"),
    ]  # fmt: skip


def test_a_quarter_ended_on_a_day_is_the_three_months_to_that_day():
    # a fiscal quarter: the interval is the three months the text gives; unnumbered, its value
    # is the calendar quarter holding most of it (May-July is Q2)
    span = first("In the quarter ended July 31, sales rose.", date(1989, 10, 30))
    assert (span.value, span.start, span.end) == ("1989-Q2", date(1989, 5, 1), date(1989, 7, 31))
    assert first("the quarter ended Jan. 31", date(1990, 3, 5)).value == "1989-Q4"
    assert first("the quarter ended Sept. 30", date(1989, 10, 30)).value == "1989-Q3"


def test_a_numbered_quarter_ended_on_a_day_keeps_its_number_and_takes_that_year():
    # "ended Oct. 31", written on Oct. 27: last year's Oct. 31
    span = first("the second quarter ended Oct. 31", date(1989, 10, 27))
    assert (span.value, span.start, span.end) == ("1988-Q2", date(1988, 8, 1), date(1988, 10, 31))
    span = first("its fourth quarter ended Aug. 26", date(1989, 11, 1))
    assert (span.value, span.start, span.end) == ("1989-Q4", date(1989, 5, 27), date(1989, 8, 26))
    span = first("the fiscal first quarter ending Sept. 30, 1990", date(1989, 11, 1))
    assert (span.value, span.anchor) == ("1990-Q1", "absolute")
    # "ending": the quarter still running
    assert first("the quarter ending Dec. 31", date(1989, 11, 1)).value == "1989-Q4"


def test_a_quarter_ending_on_a_day_follows_the_tense_else_the_nearest_day():
    span = first("Profit rose in the quarter ending July 31.", date(1989, 11, 1))
    assert (span.value, span.end) == ("1989-Q2", date(1989, 7, 31))
    text = "For the quarter ending June 30, the company lost $5 million."
    assert first(text, date(1989, 10, 30)).end == date(1989, 6, 30)
    assert first("the quarter ending Dec. 31", date(1989, 11, 1)).end == date(1989, 12, 31)
    # a fiscal fourth quarter that ends in January is the year before's
    span = first("the fourth quarter ended Jan. 31", date(1990, 3, 1))
    assert (span.value, span.start) == ("1989-Q4", date(1989, 11, 1))


def test_an_end_day_that_is_not_the_quarters_is_not_taken():
    # a price's day after a bare comma, a percentage
    assert first("the stock rose in the quarter, ended May 5 at $30", date(1989, 10, 30)).value == (
        "1989-Q3"
    )
    assert first("the quarter ended Sept. 3 percent higher", date(1989, 10, 30)).end == date(
        1989, 9, 30
    )
    span = first("for the fiscal first quarter, ended Sept. 30, net rose", date(1989, 11, 1))
    assert (span.value, span.end) == ("1989-Q1", date(1989, 9, 30))
    assert first("the quarter, which ended July 31, was weak", date(1989, 11, 1)).value == (
        "1989-Q2"
    )
    # at the calendar's start, the calendar quarter
    assert first("the quarter ended Jan. 31", date(1, 3, 5)).value == "0001-Q1"


def test_a_fiscal_quarter_named_again_or_compared_keeps_its_months():
    text = (
        "Net rose in its fourth quarter ended Aug. 26. Fourth-quarter sales rose. "
        "In the year-ago fourth quarter it lost."
    )
    spans = [(t.text, t.span.value, t.span.start, t.span.end) for t in tag(text, date(1989, 11, 1))]
    assert spans[2] == ("Fourth-quarter", "1989-Q4", date(1989, 5, 27), date(1989, 8, 26))
    assert spans[3][1:] == ("1988-Q4", date(1988, 5, 27), date(1988, 8, 26))
    text = "Net rose 5% in the quarter ended Jan. 31 from the 1989 period."
    span = tag(text, date(1990, 3, 1))[-1].span
    assert (span.value, span.start, span.end) == ("1988-Q4", date(1988, 11, 1), date(1989, 1, 31))
    text = "Net rose in the quarter ended Aug. 31, up from the comparable period of 1988."
    span = tag(text, date(1989, 11, 1))[-1].span
    assert (span.start, span.end) == (date(1988, 6, 1), date(1988, 8, 31))
    # a quarter that ends on the last day of February ends there in a leap year too
    span = tag("the quarter ended Feb. 28. A year earlier it lost.", date(1989, 3, 5))[-1].span
    assert (span.value, span.end) == ("1988-Q1", date(1988, 2, 29))


def test_a_year_earlier_than_a_fiscal_quarter_keeps_its_number():
    text = "Net rose in its fourth quarter ended Aug. 26. A year earlier it earned $2 million."
    assert values(text, date(1989, 11, 1)) == [
        ("fourth quarter", "1989-Q4"), ("Aug. 26", "1989-08-26"), ("A year earlier", "1988-Q4"),
    ]  # fmt: skip
    text = (
        "In the comparable year-ago quarter, the second quarter ended Oct. 31, it lost $5. "
        "Results for that quarter included a charge."
    )
    assert values(text, date(1989, 10, 27))[1:] == [
        ("the second quarter", "1988-Q2"), ("Oct. 31", "1988-10-31"), ("that quarter", "1988-Q2"),
    ]  # fmt: skip


def test_year_earlier_quarter():
    assert only("the year-earlier quarter", date(1989, 10, 27)).value == "1988-Q3"


def test_named_year_quarter_is_the_reporting_quarter_of_that_year():
    assert only("the 1988 quarter", date(1989, 10, 27)).value == "1988-Q3"


def test_corresponding_period_last_year():
    assert only("the corresponding period last year", date(1989, 10, 27)).value == "1988-Q3"


def test_year_earlier_adjective_without_a_quarter_is_the_year_before_the_dct():
    assert values("last year, year-earlier results", date(1989, 10, 27)) == [
        ("last year", "1988"), ("year-earlier", "1988"),
    ]  # fmt: skip


def test_first_half_of_a_year():
    assert only("the first half of 1990", SUNDAY).value == "1990-H1"


# -- seasons ----------------------------------------------------------------------------------


def test_this_summer_and_last_fall():
    assert only("this summer", date(1998, 3, 22)).value == "1998-SU"


def test_this_season_is_the_season_of_the_publication_year_gone_or_to_come():
    # "The stock began trading this summer", written in November: the summer just gone
    assert only("this summer", date(1989, 11, 2)).value == "1989-SU"
    assert only("this summer", date(1989, 11, 2), future).value == "1989-SU"
    assert only("this winter", date(1989, 11, 2)).value == "1989-WI"
    assert only("last fall", date(2000, 1, 7)).value == "1999-FA"


def test_the_fall_of_a_city_is_not_a_season():
    assert tag("after the fall of Baghdad", SUNDAY) == []


# -- ago, later, earlier ----------------------------------------------------------------------


def test_years_ago_is_the_year_not_a_day():
    span = only("six years ago", WEDNESDAY)
    assert (span.value, span.start, span.end, span.precision) == (
        "2020", date(2020, 1, 1), date(2020, 12, 31), "year",
    )  # fmt: skip


def test_months_ago_is_a_month():
    assert only("two months ago", SUNDAY).value == "2019-08"


def test_days_ago_is_a_day():
    assert only("10 days ago", date(1998, 3, 22)).value == "1998-03-12"


def test_two_days_later_anchors_on_the_previous_date():
    spans = tag("The siege began on March 3, 2015. Two days later the town fell.", SUNDAY)
    assert [(t.text, t.span.value, t.span.anchor) for t in spans] == [
        ("March 3, 2015", "2015-03-03", "absolute"), ("Two days later", "2015-03-05", "previous"),
    ]  # fmt: skip


def test_the_next_day_anchors_on_the_previous_date():
    spans = tag("They met on 4 May 2018 and signed the next day.", SUNDAY)
    assert spans[1].span.value == "2018-05-05"
    assert spans[1].span.anchor == "previous"


def test_the_same_day_and_that_week_anchor_on_the_previous_date():
    spans = tag("On June 1, 2017, it rained; the same day, and that week, it snowed.", SUNDAY)
    assert [t.span.value for t in spans] == ["2017-06-01", "2017-06-01", "2017-W22"]


def test_several_years_ago_is_vague_past():
    assert only("several years ago", SUNDAY).value == "PAST_REF"


# -- durations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("for two years", "P2Y"),
        ("the past 48 hours", "PT48H"),
        ("in the last 24 hours", "PT24H"),
        ("three days", "P3D"),
        ("the first nine months", "P9M"),
        ("a decade", "P10Y"),
        ("two weeks", "P2W"),
        ("a few days", "PXD"),
        ("5 1/2 hours", "PT5H30M"),
        ("forty-eight hours", "PT48H"),
    ],
)
def test_durations(text, value):
    span = only(text, SUNDAY)
    assert (span.type, span.value, span.start, span.end, span.anchor) == (
        "DURATION", value, None, None, "none",
    )  # fmt: skip


def test_eight_year_war_is_a_duration_not_a_date():
    assert values("the eight-year war", SUNDAY) == [("eight-year", "P8Y")]


def test_age_is_not_a_temporal_expression():
    assert tag("a 6-year-old boy", SUNDAY) == []


# -- sets -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [("every Sunday", "XXXX-WXX-7"), ("weekly", "P1W"), ("daily", "P1D"), ("every week", "P1W"),
     ("$5 million a year", "P1Y")],
)  # fmt: skip
def test_sets(text, value):
    span = only(text, SUNDAY)
    assert (span.type, span.value, span.start) == ("SET", value, None)


# -- PRESENT_REF, PAST_REF, FUTURE_REF --------------------------------------------------------


def test_now_and_currently_are_present_ref_on_the_dct():
    for text in ("now", "currently", "at present"):
        span = only(text, SUNDAY)
        assert (span.value, span.start, span.end) == ("PRESENT_REF", SUNDAY, SUNDAY)


def test_at_the_moment_extent_leaves_out_the_preposition():
    assert values("at the moment", SUNDAY) == [("the moment", "PRESENT_REF")]


def test_recently_and_in_the_past_are_open_past_ref():
    assert values("recently, and in the past", SUNDAY) == [
        ("recently", "PAST_REF"), ("the past", "PAST_REF"),
    ]  # fmt: skip
    assert not only("recently", SUNDAY).is_calendar


def test_the_future_is_future_ref():
    assert only("in the future", SUNDAY).value == "FUTURE_REF"


# -- non-dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said it.",
        "The Sun reported it.",
        "Protesters March on the capital.",
        "They took a second look.",
        "It cost $12.",
        "Traffic on the M4 stopped.",
        "19 people died.",
        "191013083950643",
        "on the fifth day of the assault",
        "2000 people marched.",
        "the Sunday Times reported",
        "in his forties",
        "he told the Daily Express",
        "said the Communist Party daily Granma",
        "the business weekly Der Spiegel reported",
        "the Future Syria Party",
        "The party's 1922 Committee is expected to meet.",
        "The minister said that Saudi Arabia's Vision 2030 reforms worked.",
        "The Tokyo 2020 Games went ahead.",
    ],
)
def test_non_dates_are_not_tagged(text):
    assert tag(text, SUNDAY) == [], text


def test_a_year_after_a_time_word_or_a_sentences_first_word_is_a_year():
    for text, year in [
        ("Since 1985, prices rose.", "1985"),
        ("Sales fell, he said. In 2019 they rose.", "2019"),
        ("the 1996 Olympic Games", "1996"),
        ("a quiet Christmas 2023", "2023"),
        ('"2019 was hard," he said.', "2019"),
        ("In 2019 Network Rail spent 2 billion pounds.", "2019"),
        ("(CNN) — In 2019, the agency opened an investigation.", "2019"),
        ("- By 2022, it employed 500 people.", "2022"),
        ("More than 1,300 pilgrims died during Hajj 2024.", "2024"),
        ("In 2014 Group of Seven leaders suspended Russia.", "2014"),
    ]:
        assert (year, year) in values(text, SUNDAY), text
    assert values("sales in Spring 2024", SUNDAY) == [("Spring 2024", "2024-SP")]


def test_daily_before_a_name_is_still_a_set_when_it_is_not_a_newspaper():
    assert values("Flights leave daily Monday through Friday.", SUNDAY)[0] == ("daily", "P1D")
    assert values("Prices are checked daily. Analysts agree.", SUNDAY) == [("daily", "P1D")]
    for text in ("the daily White House briefing", "a daily Mass", "its weekly Question Time"):
        assert len(values(text, SUNDAY)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "the state-run daily Al-Ahram said",
        "the pro-government daily Sabah said",
        "the English-language daily Jordan Times said",
        "the Israeli daily Haaretz said",
        "the U.S. daily USA Today said",
        "This is VOA Today.",
        "the daily Haaretz reported",
        "he told the daily Al-Hayat.",
        "Britain's daily Guardian",
        'Kurtz apologized in an interview on NBC\'s "Today" show.',
        "He told the BBC's Today programme that it was over.",
    ],
)
def test_newspapers_and_programmes_are_not_sets_or_days(text):
    assert values(text, SUNDAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        '"Today we mourn," he said.',
        "The talks were held in Geneva. Today, the ministers meet again.",
        "He fled to the U.S. Today he lives in Miami.",
        "Clinton Heads to Asia\nToday the president left.",
        "WASHINGTON Today the president signs the bill.",
        "Clinton Visits China Today",
    ],
)
def test_today_after_a_capitalized_word_is_still_today_outside_a_name(text):
    assert ("Today", "2019-10-13") in values(text, SUNDAY), text


# -- no publication date ----------------------------------------------------------------------


def test_relative_expressions_without_dct_are_unanchored():
    for text in ("on Sunday", "last week", "yesterday", "six years ago", "in March", "now"):
        span = only(text, None)
        assert span.anchor == "unanchored", text
        assert span.start is None and span.end is None, text


def test_absolute_expressions_without_dct_are_resolved():
    assert only("January 4, 2019", None).value == "2019-01-04"
    span = only("in 2019", None)
    assert (span.value, span.anchor, span.start) == ("2019", "absolute", date(2019, 1, 1))


def test_unanchored_weekday_keeps_the_weekday_in_the_value():
    assert only("Monday night", None).value == "XXXX-WXX-1TNI"


# -- normalize() ------------------------------------------------------------------------------


def test_normalize_one_expression():
    assert normalize("last week", SUNDAY).value == "2019-W40"
    assert normalize("Sunday", SUNDAY, tense="past").value == "2019-10-13"
    assert normalize("Tuesday", SUNDAY, tense="future").value == "2019-10-15"


def test_normalize_uses_the_previous_date():
    previous = normalize("March 3, 2015", None)
    assert normalize("the next day", None, previous=previous).value == "2015-03-04"


def test_normalize_returns_none_for_a_non_date():
    assert normalize("The Sun", SUNDAY) is None


def test_offsets_point_into_the_text():
    text = "Hundreds escaped on Sunday after clashes last week."
    for timex in tag(text, SUNDAY):
        assert text[timex.start : timex.end] == timex.text


# -- properties -------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["on", "Sunday", "last", "week", "May", "2019", "ago", "two", "years", "the", "past", "48",
     "hours", "Nov.", "17", ",", "quarter", "third", "next", "day", "a", "year", "earlier", "-",
     "$", "19", "night", "every", "now", "the 1990s", "10 p.m.", "fiscal", "1/2", "weekend"]
)  # fmt: skip
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map(" ".join))
_DCT = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9998, 12, 31)))
_TENSE = st.sampled_from([None, "past", "future", "present"])


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, dct=_DCT, tense=_TENSE)
def test_tag_never_raises_and_spans_are_ordered(text, dct, tense):
    timexes = tag(text, dct, lambda s, e: tense)
    for timex in timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        span = timex.span
        if span.start is not None and span.end is not None:
            assert span.start <= span.end
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, dct=_DCT)
def test_tag_is_deterministic(text, dct):
    assert tag(text, dct) == tag(text, dct)


@settings(max_examples=150, deadline=None)
@given(text=_TEXT, dct=_DCT)
def test_normalize_never_raises(text, dct):
    span = normalize(text, dct)
    assert span is None or isinstance(span, TimeSpan)


# -- rules added from the TimeML error classes --------------------------------------------------


def test_month_with_this_or_last_year_is_one_expression():
    # "February this year" / "June of last year": the month in the DCT's year (or the one before)
    assert values("It began in February this year.", SUNDAY) == [("February this year", "2019-02")]
    assert values("It fell in June of last year.", SUNDAY) == [("June of last year", "2018-06")]


def test_the_last_half_and_the_first_two_quarters_of_a_year_are_halves():
    assert only("the last half of 1989", SUNDAY).value == "1989-H2"
    assert values("through the first two quarters of 1990", SUNDAY) == [
        ("the first two quarters of 1990", "1990-H1")
    ]
    # without a year, two quarters are a stretch of time
    assert only("the first two quarters", SUNDAY).value == "P2Q"


def test_a_year_ago_quarter_leaves_the_report_quarter_the_anchor():
    # "the year-ago quarter" compares with the third quarter; "the year-ago results" too,
    # even after the quarter's closing day, not with the year-ago quarter itself
    text = (
        "a loss for the quarter ended Sept. 30. It earned $10 in the year-ago quarter. "
        "The year-ago results were restated."
    )
    assert values(text, date(1989, 11, 1)) == [
        ("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30"),
        ("the year-ago quarter", "1988-Q3"), ("year-ago", "1988-Q3"),
    ]  # fmt: skip


def test_a_forecast_quarter_is_not_the_period_a_comparison_shifts():
    text = (
        "Losses will go on through the third quarter of 1990. "
        "In the year-ago period, Bethlehem earned $101 million."
    )
    assert values(text, date(1989, 10, 26)) == [
        ("the third quarter of 1990", "1990-Q3"), ("the year-ago period", "1988-Q3"),
    ]  # fmt: skip


def test_a_month_or_season_of_a_year_said_in_words():
    # broadcast transcripts spell years out
    assert only("January nineteen ninety-seven", SUNDAY).value == "1997-01"
    assert only("the winter of nineteen ninety-four", SUNDAY).value == "1994-WI"


def test_an_hour_on_a_month_day_is_that_day():
    dct = date(1989, 11, 2)
    assert values("The offer expires at 5 p.m. EST Nov. 9.", dct, future) == [
        ("5 p.m. EST Nov. 9", "1989-11-09T17:00")
    ]
    assert only("5 p.m. EST, Nov. 6, 1990", dct).value == "1990-11-06T17:00"


def test_a_part_of_day_before_yesterday_or_today():
    dct = date(1989, 11, 2)
    assert only("mid-afternoon yesterday", dct).value == "1989-11-01TAF"
    assert only("late night today", dct).value == "1989-11-02TNI"


def test_a_shift_beyond_the_calendar_is_not_a_date():
    # found by the property test: 2000 years before 1900 has no date
    assert tag("1900:2000 YEAR EARLIER", None)[0].text == "1900"
    assert values("In 1900, and 2000 years earlier", SUNDAY) == [
        ("1900", "1900"), ("2000 years", "P2000Y")
    ]  # fmt: skip


def test_plural_parts_of_weekdays_and_each_month_are_sets():
    assert only("flights on Tuesday nights", SUNDAY).value == "XXXX-WXX-2TNI"
    assert only("Sunday mornings are quiet", SUNDAY).type == "SET"
    assert only("Orangemen march each July", SUNDAY).value == "XXXX-07"
    assert only("every January", SUNDAY).value == "XXXX-01"
    # a weekday coordinated with a plural part of day is a set too
    assert values("flights leave on Monday and Tuesday nights", SUNDAY) == [
        ("Monday", "XXXX-WXX-1TNI"), ("Tuesday nights", "XXXX-WXX-2TNI")
    ]  # fmt: skip
    assert values("on Monday and Tuesday", SUNDAY, past) == [
        ("Monday", "2019-10-07"), ("Tuesday", "2019-10-08")
    ]  # fmt: skip


def test_the_quarter_a_year_ago_is_one_expression():
    text = "For the quarter a year ago, Columbia reported earnings of $16.3 million."
    assert values(text, date(1989, 10, 26)) == [("the quarter a year ago", "1988-Q3")]


def test_a_range_of_durations_gives_each_end_its_own_span():
    # TimeML tags both ends; the first borrows the unit of the second
    assert values("within two to three weeks", SUNDAY) == [("two", "P2W"), ("three weeks", "P3W")]
    assert values("It takes 10 or 12 days.", SUNDAY) == [("10", "P10D"), ("12 days", "P12D")]
    assert values("It is 2-3 days away.", SUNDAY) == [("2", "P2D"), ("3 days", "P3D")]
    assert values("between two and six days", SUNDAY) == [("two", "P2D"), ("six days", "P6D")]
    # not ranges: "and" without "between", ages, a year before a count
    assert values("He spent two and three days there.", SUNDAY) == [("three days", "P3D")]
    assert values("children five to six years old", SUNDAY) == []
    assert values("in 1990 or two years later", SUNDAY)[0] == ("1990", "1990")
    assert values("from six to two days", SUNDAY) == [("two days", "P2D")]
    assert values("Between two and six days passed.", SUNDAY)[0] == ("two", "P2D")
    # ages, and a count to a date, are not ranges of spans
    for text in ("adults ages 18 to 24 years", "men between 18 and 24 years of age"):
        assert values(text, SUNDAY) == [], text
    assert values("It is the 21st century.", SUNDAY) == [("the 21st century", "20")]
    assert values("five to six year-olds", SUNDAY) == []
    assert values("two to three years ago", SUNDAY) == [("three years ago", "2016")]


def test_a_range_after_the_next_or_the_past_is_one_vague_stretch():
    text = "acquisitions to be made during the next 12 to 18 months"
    assert values(text, SUNDAY) == [("the next 12 to 18 months", "PXM")]
    assert values("over the past two to three years", SUNDAY) == [
        ("the past two to three years", "PXY")
    ]
    assert values("in the coming two or three days", SUNDAY) == [
        ("the coming two or three days", "PXD")
    ]


def test_and_a_half_durations():
    assert only("a minute and a half", SUNDAY).value == "PT1M30S"
    assert only("two and a half years", SUNDAY).value == "P2Y6M"
    assert only("an hour and a half", SUNDAY).value == "PT1H30M"
    assert only("1 1/2 minutes", SUNDAY).value == "PT1M30S"


def test_three_quarters_of_something_is_a_share_not_a_duration():
    assert values("about three-quarters of the oil", SUNDAY) == []
    assert values("three quarters of the seats", SUNDAY) == []
    assert values("three quarters of 1989", SUNDAY)[0] == ("three quarters", "P3Q")
    assert only("several quarters of losses", SUNDAY).value == "PXQ"


def test_year_ago_comparison_is_not_the_anchor_of_the_next_one():
    # "from $9 a year ago ... from $8 a year earlier": both compare with the report's year
    text = "Sales rose from $9 a year ago. Profit rose from $8 a year earlier."
    assert values(text, SUNDAY) == [("a year ago", "2018"), ("a year earlier", "2018")]


def test_nine_month_period_ends_the_quarter_comparison():
    # after "the nine months", "a year earlier" compares with the year, not the third quarter
    text = (
        "Net rose in the third quarter from a year earlier. "
        "For the nine months, net rose from $5 a year earlier."
    )
    assert values(text, SUNDAY) == [
        ("the third quarter", "2019-Q3"),
        ("a year earlier", "2018-Q3"),
        ("the nine months", "P9M"),
        ("a year earlier", "2018"),
    ]


def test_previous_weekday_is_before_the_last_date_mentioned():
    # "the previous Friday": the Friday before the anchor (the last date, else the DCT)
    assert values("Shares fell from the previous Friday.", SUNDAY) == [
        ("the previous Friday", "2019-10-11")
    ]
    text = "Stocks closed lower on Oct. 11, down from the previous Friday."
    assert values(text, SUNDAY)[-1] == ("the previous Friday", "2019-10-04")
    text = "Talks began on Oct. 2. They ended the following Friday."
    assert values(text, SUNDAY)[-1] == ("the following Friday", "2019-10-04")


def test_year_named_period_after_a_quarter_is_that_quarter_in_that_year():
    # "net rose in the third quarter ... in the 2018 period": 2018-Q3
    text = "Net rose in the third quarter. In the 2018 period, net was $5 million."
    assert values(text, SUNDAY) == [
        ("the third quarter", "2019-Q3"),
        ("the 2018 period", "2018-Q3"),
    ]


def test_the_year_of_a_report_is_the_publication_year():
    # "For the year, sales rose": the DCT's year; "the year ended June 30" is a fiscal year
    assert values("For the year, sales rose 5%.", SUNDAY) == [("the year", "2019")]
    assert values("Revenue for the year ended June 30 rose.", SUNDAY)[0] == ("the year", "P1Y")
    # not "the year" of the report: the one before it
    assert values("Sales fell from the year before.", SUNDAY) == [("the year before", "2018")]
    # "the latest fiscal year": the last one completed
    text = "It had $7 billion in sales in the latest fiscal year."
    assert values(text, date(1989, 10, 26)) == [("the latest fiscal year", "1988")]
    assert values("the most recent year", SUNDAY) == [("the most recent year", "2018")]
    text = "It had sales in the most recent fiscal year, ended June 30."
    assert values(text, SUNDAY)[0] == ("the most recent fiscal year", "P1Y")


def test_recent_years_is_past_ref():
    assert values("Sales have grown in recent years.", SUNDAY) == [("recent years", "PAST_REF")]
    assert values("Sales have grown in recent months.", SUNDAY) == [("recent months", "PXM")]
    assert values("the takeover boom of recent years", SUNDAY) == [("recent years", "PAST_REF")]
    assert values("a tough business in recent quarters", SUNDAY) == [("recent quarters", "PXQ")]
    assert values("It should be completed in a matter of months.", SUNDAY) == [("months", "PXM")]
    # "of" with no time word before the unit: not a span of time
    for text in ("The number of days lost rose.", "the Book of Days", "millions of years old"):
        assert values(text, SUNDAY) == [], text
    assert values("It is the 21st century.", SUNDAY) == [("the 21st century", "20")]
    assert values("Troops were confined in quarters.", SUNDAY) == []


def test_quarters_as_durations_and_sets_use_the_quarter_unit():
    # TimeML writes a span of quarters in quarters (P2Q), as TimeBank does
    assert values("over the past two quarters", SUNDAY) == [("the past two quarters", "P2Q")]
    assert values("for several quarters", SUNDAY) == [("several quarters", "PXQ")]
    assert values("dividends paid every quarter", SUNDAY) == [("every quarter", "P1Q")]


def test_a_day_counted_from_a_coarser_date_is_unknown():
    # "the day before" after "in 1990" names no day: unknown, not Dec. 31 or a DCT day
    found = values("The plan was drafted in 1990. The day before, talks broke down.", SUNDAY)
    assert found == [("1990", "1990"), ("The day before", "XXXX-XX-XX")]
    found = values("On Oct. 10 the army moved in. The day before, talks broke down.", SUNDAY)
    assert found == [("Oct. 10", "2019-10-10"), ("The day before", "2019-10-09")]


def test_the_same_day_as_a_month_or_year_keeps_what_is_known():
    # "that same day" after "in October 1998": some day of October 1998, the month's interval
    found = tag("He was killed in October 1998. That same day, police sealed the road.", SUNDAY)
    assert [(t.text, t.span.value) for t in found] == [
        ("October 1998", "1998-10"), ("That same day", "1998-10-XX")
    ]  # fmt: skip
    assert (found[1].span.start, found[1].span.end) == (date(1998, 10, 1), date(1998, 10, 31))
    assert values("It began in 1990. That day, talks broke down.", SUNDAY)[1] == (
        "That day", "1990-XX-XX"
    )  # fmt: skip


def test_the_season_after_over_or_into_is_a_date():
    dct = date(1989, 10, 26)
    assert values("Over the summer, rivals offered deeper discounts.", dct, past) == [
        ("the summer", "1989-SU")
    ]  # fmt: skip
    assert values("demand stayed high well into the summer", dct, past) == [
        ("the summer", "1989-SU")
    ]  # fmt: skip
    assert values("the summer of our discontent", dct) == []


def test_the_week_of_a_day_is_that_day_s_week():
    found = only("during the week of March 6", date(2000, 2, 24))
    assert (found.value, found.start, found.end) == (
        "2000-W10",
        date(2000, 3, 6),
        date(2000, 3, 12),
    )


def test_titles_and_idioms_are_not_times():
    assert values("Gonzalez said on CBS's ''60 Minutes.''", SUNDAY) == []
    assert values("a picture of Gary Cooper from the film High Noon", SUNDAY) == []
    assert values("for the people of Poland, high noon comes today", SUNDAY) == [
        ("today", "2019-10-13")
    ]  # fmt: skip
    assert only("the talks lasted 60 minutes", SUNDAY).value == "PT60M"
    assert only("THE TALKS LASTED 60 MINUTES", SUNDAY).value == "PT60M"
    assert only("We met at noon.", SUNDAY).value == "2019-10-13T12:00"


def test_one_day_after_a_modal_is_some_day_ahead():
    assert only("Islam will one day be the second largest religion.", SUNDAY).value == "FUTURE_REF"
    assert only("He hopes to one day fly.", SUNDAY).value == "FUTURE_REF"
    assert only("The strike lasted one day.", SUNDAY).value == "P1D"


def test_one_day_between_a_subject_and_its_verb_is_some_day_not_a_day_long():
    text = "Farkas expressed the hope he one day follow in the footsteps of others."
    assert only(text, SUNDAY).value == "FUTURE_REF"
    assert values("She one day walked out.", SUNDAY, past) == []
    assert only("He was in the job one day.", SUNDAY).value == "P1D"
    assert only("They gave us one day to leave.", SUNDAY).value == "P1D"
    # "you" is an object as often as a subject; a noun after "one day" makes it a length
    assert only("They gave you one day notice.", SUNDAY).value == "P1D"
    assert only("The ticket gets you one day admission.", SUNDAY).value == "P1D"
    # without a parse, a past verb after it still means a day the text does not date
    for text in ("She one day walked out.", "Tom and I one day met in Paris."):
        assert values(text, SUNDAY) == [], text
    assert values("It is the 21st century.", SUNDAY) == [("the 21st century", "20")]


def test_or_so_before_ago_is_still_a_date():
    assert only("Then, a week or so ago, he decided.", date(1991, 2, 25)).value == "1991-W08"


def test_plural_long_adjectives_are_vague_durations():
    # "decades-long", "a years-long fight": how many is not said
    assert only("the decades-long conflict", SUNDAY).value == "PXDE"
    assert only("a years-long fight", SUNDAY).value == "PXY"
    assert only("a decade-long war", SUNDAY).value == "P10Y"


def test_a_month_day_with_last_year_is_one_date_in_that_year():
    dct = date(2024, 1, 15)
    text = "On October 7 last year, sirens sounded across the south from 06:29."
    assert values(text, dct, past) == [
        ("October 7 last year", "2023-10-07"), ("06:29", "2023-10-07T06:29"),
    ]  # fmt: skip
    assert values("on 7 October last year", dct) == [("7 October last year", "2023-10-07")]
    assert values("June 1 of next year", dct) == [("June 1 of next year", "2025-06-01")]
    assert values("on 7 October last year", None) == [("7 October last year", "XXXX-10-07")]


def test_later_in_the_week_is_the_week_of_the_date_told_last():
    dct = date(2019, 10, 13)
    text = "Talks began on Oct. 9 and collapsed later in the week."
    assert values(text, dct) == [("Oct. 9", "2019-10-09"), ("the week", "2019-W41")]
    text = "Talks began on Sept. 2 and collapsed later in the week."
    assert values(text, dct)[1] == ("the week", "2019-W36")
    assert values("Later in the week, he left.", dct) == [("the week", "2019-W41")]
    assert values("It was delayed earlier in the year by rain.", dct) == [("the year", "2019")]
    text = "It began in March 2018 and grew later in the year."
    assert values(text, dct)[1] == ("the year", "2018")
    # after a bare year the month is unknown; without a publication date too
    text = "In 1990, it grew; later in the month it shrank."
    assert values(text, dct)[1] == ("the month", "XXXX-XX")
    assert values("later in the week", None) == [("the week", "XXXX-WXX")]
    # ahead, or in another paragraph: the publication's week
    text = "Smith took office on Jan. 20, 2017, and will visit China later in the year."
    assert values(text, dct, future)[1] == ("the year", "2019")
    text = "The plant closed on Oct. 2.\n\nTalks resumed later in the week."
    assert values(text, dct, past)[1] == ("the week", "2019-W41")
    # a date told in an earlier sentence is background: the week is the publication's
    text = "Russia had last struck the capital on June 26. Earlier in the week, Moscow blamed Kyiv."
    assert values(text, dct, past)[1] == ("the week", "2019-W41")
    text = "Officials said earlier in the week that talks had failed."
    assert values(text, dct, past) == [("the week", "2019-W41")]


def test_the_past_fortnight_is_two_weeks_long():
    dct = date(2021, 11, 10)
    assert values("over the past fortnight", dct) == [("the past fortnight", "P2W")]
    assert values("The last fortnight was hard.", dct) == [("The last fortnight", "P2W")]
    assert values("next fortnight", dct) == [("next fortnight", "P2W")]
    assert values("that fortnight", dct) == []
    assert values("the last fortnight of October", dct) == [("October", "2021-10")]
    assert values("a fortnight later", dct) == [("a fortnight later", "2021-W47")]


def test_business_shorthand_for_quarters_halves_and_fiscal_years():
    dct = date(2021, 11, 10)
    span = only("revenue in Q3 2021", dct)
    assert (span.value, span.start, span.end) == ("2021-Q3", date(2021, 7, 1), date(2021, 9, 30))
    for text, value in (
        ("Q3 of 2021", "2021-Q3"),
        ("2021-Q3 revenue", "2021-Q3"),
        ("2021 Q3 revenue", "2021-Q3"),
        ("in Q4'22", "2022-Q4"),
        ("in H1 2023", "2023-H1"),
        ("the H2 2022 outlook", "2022-H2"),
        ("FY2022 results", "2022"),
        ("in FY 2022", "2022"),
        ("FY22 guidance", "2022"),
        ("the Q3 results", "2021-Q3"),
        ("Sales rose in Q3.", "2021-Q3"),
        ("Sales fell in Q4 of last year.", "2020-Q4"),
        ("Sales will rise in Q1 next year.", "2022-Q1"),
    ):
        assert only(text, dct).value == value, text
    assert only("FY'98", date(1998, 3, 1)).value == "1998"
    # names and ambiguities stay untagged: a car, a question, a visa, a two-year fiscal year,
    # a two-digit year after a space
    for text in (
        "the Audi Q3 sold well",
        "Q1 of the survey",
        "an H1 visa",
        "the FY2022-23 budget",
        "Q3 21 units",
        "FYI",
        # a bare Q outside business copy: qualifying rounds, car models
        "Vettel was knocked out in Q1 at Suzuka.",
        "The Q3 is a compact SUV.",
        "Audi unveiled the Q4 e-tron.",
        "In Q4 19 people died.",
    ):
        assert values(text, dct) == [], text
    assert values("an Audi Q3 2021 model", dct) == [("2021", "2021")]


def test_a_24_hour_time_with_its_zone_or_after_at_is_a_time():
    dct = date(2021, 11, 10)
    assert values("at 15:30 GMT", dct) == [("15:30 GMT", "2021-11-10T15:30")]
    text = "The blast hit at 1530 GMT on Sunday."
    assert values(text, dct) == [("1530 GMT on Sunday", "2021-11-07T15:30")]
    text = "The strike began at 0400 local time Tuesday."
    assert values(text, dct) == [("0400 local time Tuesday", "2021-11-09T04:00")]
    assert values("at 08:45 Moscow time", dct) == [("08:45 Moscow time", "2021-11-10T08:45")]
    assert values("at 2330 hrs", dct) == [("2330 hrs", "2021-11-10T23:30")]
    assert values("They met at 15:30.", dct) == [("15:30", "2021-11-10T15:30")]
    assert values("at 09:00", dct) == [("09:00", "2021-11-10T09:00")]
    assert values("warnings remain until 06:00 on Saturday.", dct) == [
        ("06:00 on Saturday", "2021-11-13T06:00")
    ]  # fmt: skip
    assert values("a curfew from 18:00 to 06:00", dct) == [
        ("18:00", "2021-11-10T18:00"), ("06:00", "2021-11-10T06:00"),
    ]  # fmt: skip
    assert values("The ratio rose to 12:30", dct) == []
    assert values("at 0000 GMT", dct) == [("0000 GMT", "2021-11-10T00:00")]
    # "at 3:30" is a 12-hour time without its a.m. or p.m.; a game clock; counts of hours
    for text in (
        "He met the president at 3:30.",
        "Ovechkin scored at 12:45 of the third period.",
        "Power was cut for 2:30 hrs",
        "logged 1500 hrs of flying",
        "sentenced to 1200 hrs of community service",
    ):
        assert values(text, dct) == [], text
    assert values("at 1530 GMT (11:30 a.m. EDT)", dct) == [("1530 GMT", "2021-11-10T15:30")]
    # not times: points, prices, counts, a year before a name, an hour that does not exist,
    # the same time restated in another zone
    for text in (
        "It rose 15.30 points.",
        "scored 1530 points",
        "a $15.30 GMT share",
        "at 25:30 GMT",
        "at 15:30:12",
    ):
        assert values(text, dct) == [], text
    assert values("the 2000 Census time", dct) == [("2000", "2000")]
    assert values("at 10:35 a.m. (0735 GMT) Friday", dct) == [
        ("10:35 a.m.", "2021-11-05T10:35"), ("Friday", "2021-11-05"),
    ]  # fmt: skip


def test_a_time_restated_in_parentheses_is_no_year_and_a_time_finds_its_day_after_it():
    dct = date(2023, 10, 16)  # a Monday
    # "(2040 GMT)" restates the local time: not the year 2040
    text = "The blast happened at 23:40 local time (2040 GMT) on Saturday."
    assert values(text, dct, past) == [
        ("23:40 local time", "2023-10-14T23:40"), ("Saturday", "2023-10-14"),
    ]  # fmt: skip
    assert values("at 1915 GMT.", dct) == [("1915 GMT", "2023-10-16T19:15")]
    assert values("In 2002 PT candidate Lula won.", dct) == [("2002", "2002")]  # no zone
    # a 24-hour time before a short US zone: "0930 ET", "1600 ET" (a year is never "0930")
    assert values("Trading opens at 0930 ET.", dct, future) == [("0930 ET", "2023-10-16T09:30")]
    assert values("at 1600 ET on Friday", dct, past) == [("1600 ET on Friday", "2023-10-13T16:00")]
    assert values("at 0600 PT", dct) == [("0600 PT", "2023-10-16T06:00")]
    assert values("The 1600 PT session", dct) == []  # no time: "PT" after 1600 may be a name
    # "ET" is a zone; the day after the aside is the time's day
    text = "The Fed will announce its decision at 2 p.m. ET (1800 GMT) on Wednesday."
    assert values(text, dct, future) == [
        ("2 p.m. ET", "2023-10-18T14:00"), ("Wednesday", "2023-10-18"),
    ]  # fmt: skip
    # a weekday and its date after the time; an ISO date after the time
    text = "Gunmen entered the kibbutz at around 7 a.m. on Saturday, Oct. 7."
    assert values(text, dct, past) == [("7 a.m. on Saturday, Oct. 7", "2023-10-07T07:00")]
    text = "The report was published on 2023-09-30 and updated at 14:00 UTC on 2023-10-02."
    assert values(text, dct, past) == [
        ("2023-09-30", "2023-09-30"), ("14:00 UTC on 2023-10-02", "2023-10-02T14:00"),
    ]  # fmt: skip


def test_an_iso_timestamp_is_a_time_as_written():
    assert only("The timestamp read 2023-10-13T08:00:00Z.", None).value == "2023-10-13T08:00"
    stamp = only("at 2023-09-10T15:12:00+01:00", None)
    assert (stamp.type, stamp.value, stamp.start) == ("TIME", "2023-09-10T15:12", date(2023, 9, 10))
    assert only("on 2023-10-13.", None).value == "2023-10-13"


def test_no_expression_runs_over_a_blank_line_or_into_a_word():
    # "victims number 12" then the dateline "MARRAKECH" was read as 12 March
    assert values("The victims number 12\n\nMARRAKECH, Morocco (AP) — It rose.", SUNDAY) == []
    assert values("He met the Junta on 12 Junta days", SUNDAY) == []
    assert values("on 12 MAR 2019", SUNDAY) == [("12 MAR 2019", "2019-03-12")]


def test_a_week_after_a_sentence_that_ends_in_a_number_is_no_rate():
    text = "Hamas attacked on Oct. 7. A week after the attack, Israel ordered an evacuation."
    assert values(text, date(2023, 10, 16), past) == [("Oct. 7", "2023-10-07"), ("A week", "P1W")]
    assert only("He earns $500 a week.", SUNDAY).type == "SET"


def test_a_number_with_thousands_separators_is_one_number():
    # "1,000-day" was read as "000-day", a duration of nothing
    assert values("the 1,000-day mark", SUNDAY) == [("1,000-day", "P1000D")]
    assert values("after 2,500 years of history", SUNDAY) == [("2,500 years", "P2500Y")]
    assert values("1,000 to 2,000 years", SUNDAY) == [
        ("1,000", "P1000Y"),
        ("2,000 years", "P2000Y"),
    ]
    assert values("1,5 days", SUNDAY) == []


def test_for_centuries_is_a_vague_duration_like_for_decades():
    assert values("ruled from Moscow for centuries.", SUNDAY) == [("centuries", "PXCE")]
    assert values("For decades, Cubans waited.", SUNDAY) == [("decades", "PXDE")]
    assert values("over the centuries", SUNDAY) == [("the centuries", "PXCE")]
    assert values("a tradition of centuries of craft", SUNDAY) == []


# -- found in review ----------------------------------------------------------------------


def test_normalize_shifts_a_quarter_given_as_previous():
    quarter = normalize("the third quarter", date(1989, 10, 26))
    assert normalize("a year earlier", date(1989, 10, 26), previous=quarter).value == "1988-Q3"


def test_a_quarter_a_year_earlier_shifts_the_quarter_just_named():
    text = "Profit rose in the second quarter, compared with the quarter a year earlier."
    assert values(text, date(1989, 10, 26))[1] == ("the quarter a year earlier", "1988-Q2")


def test_only_a_one_year_comparison_shifts_the_reported_quarter():
    text = "Net fell in the third quarter ended Sept. 30. The company was founded 10 years ago."
    assert values(text, date(1989, 10, 26))[-1] == ("10 years ago", "1979")
    # a forecast quarter is compared with in its own sentence
    text = "Net income for the third quarter of 1990 is expected to fall from a year earlier."
    assert values(text, date(1989, 10, 26))[-1] == ("a year earlier", "1989-Q3")


def test_sentenced_to_one_day_is_a_duration():
    assert only("He was sentenced to one day in jail.", SUNDAY).value == "P1D"


def test_and_a_half_is_not_a_half_dozen():
    assert values("six months and a half-dozen lawyers", SUNDAY) == [("six months", "P6M")]


def test_halves_of_a_game_are_not_halves_of_a_year():
    assert values("20 points in the first two quarters of the game", SUNDAY) == []
    assert values("In the latter half, they scored", SUNDAY) == []


def test_a_clock_time_with_a_date_and_no_publication_date():
    assert only("at 5 p.m. Nov. 9, 1988", None).value == "1988-11-09T17:00"
    assert only("at 5 p.m. Nov. 9", None).value == "XXXX-11-09T17:00"


def test_a_clock_time_ahead_is_today_not_an_earlier_day_of_its_sentence():
    text = "Smith, who was born Jan. 5, 1950, will speak at 10 a.m."
    assert values(text, SUNDAY, future)[-1] == ("10 a.m.", "2019-10-13T10:00")
    assert values(text, SUNDAY)[-1] == ("10 a.m.", "2019-10-13T10:00")


def test_plural_nights_in_a_past_clause_are_those_nights():
    text = "Rebels attacked the city Monday and Tuesday nights, officials said."
    assert values(text, SUNDAY, past) == [
        ("Monday", "2019-10-07TNI"), ("Tuesday nights", "2019-10-08TNI")
    ]  # fmt: skip


def test_last_winter_in_january_does_not_raise():
    assert only("He left last winter.", date(1990, 1, 15)).value == "1988-WI"


def test_dates_beyond_the_calendar_are_dropped_not_raised():
    assert values("the week of Dec. 31", date(9999, 12, 20)) == []


def test_ages_and_programme_titles_are_not_temporal_expressions():
    assert values("Mr. Reupke, 52 years old, said he would go.", SUNDAY) == []
    assert values("employees 55 years old or older", SUNDAY) == []
    assert only("He spent 52 years in jail.", SUNDAY).value == "P52Y"
    assert values('Baker, speaking on ABC News\' "This Week," said', SUNDAY) == []
    assert only("This week the talks resumed.", SUNDAY).value == "2019-W41"
    assert only("TALKS RESUME THIS WEEK", SUNDAY).value == "2019-W41"


def test_more_or_additional_units_are_durations():
    assert only("They will stay for at least two more weeks.", SUNDAY).value == "P2W"
    assert only("The loan may be extended for an additional year.", SUNDAY).value == "P1Y"
    assert only("It took a few more days.", SUNDAY).value == "PXD"
    assert values("He wants two more than that.", SUNDAY) == []


def test_a_bare_part_of_day_is_read_like_a_bare_clock_time():
    text = "Shares fell Friday. Dealers placed buy orders in the morning to start the day."
    assert values(text, SUNDAY, past) == [
        ("Friday", "2019-10-11"),
        ("the morning", "2019-10-11TMO"),
    ]
    # no day in its paragraph, past clause: the part of day is known; the day only in news
    # of the day
    assert (
        only("By mid afternoon, officials were saying it.", SUNDAY, past).value == "2019-10-13TAF"
    )
    text = "He left in 2015. By mid afternoon, officials were saying it."
    assert values(text, SUNDAY, past)[1] == ("mid afternoon", "XXXX-XX-XXTAF")
    assert only("He will speak in the evening.", SUNDAY, future).value == "2019-10-13TEV"
    # not a time: "the morning of the attack", "the morning paper"
    assert values("The morning of the attack was calm.", SUNDAY) == []
    assert values("He read it in the morning paper.", SUNDAY) == []


def test_the_early_hours_are_the_small_hours_of_the_day_the_text_is_on():
    friday = date(2024, 7, 5)
    assert only("Sunak conceded defeat in the early hours.", friday, past).value == "2024-07-05TMO"
    # "the early hours of Thursday": the weekday tells the day; the phrase alone is no span
    text = "A man was arrested in the early hours of Thursday."
    assert values(text, friday, past) == [("Thursday", "2024-07-04")]
    assert values("the early hours of the ground war", friday) == []
    # a day after it tells the day; "after a stroke" is no time of the day
    text = "A gunman opened fire in the early hours Sunday."
    assert values(text, date(2024, 3, 11), past) == [("Sunday", "2024-03-10")]
    assert values("Patients do best when treated in the early hours after a stroke.", friday) == []


def test_a_time_told_again_in_brackets_is_no_new_anchor():
    friday = date(2024, 1, 7)
    text = (
        "The flight departed at 5:07 p.m. on Friday (0107 GMT Saturday). The plane landed "
        "20 minutes later."
    )
    assert values(text, friday, past)[-1] == ("20 minutes later", "2024-01-05T17:27")
    # a finer date in brackets is the anchor
    text = "Earlier this year (on Jan. 12), the firm fired its chief. Two days later, shares fell."
    assert values(text, date(2024, 3, 20), past)[-1] == ("Two days later", "2024-01-14")


def test_of_that_year_is_the_year_told_last():
    text = "FTX collapsed in November 2022 and filed for bankruptcy on Nov. 11 of that year."
    assert values(text, date(2023, 11, 2))[-1] == ("Nov. 11 of that year", "2022-11-11")
    text = "It was founded in 2019. It collapsed in March of that year, and on June 3 of the same year."
    assert values(text, date(2024, 1, 10))[1:] == [
        ("March of that year", "2019-03"),
        ("June 3 of the same year", "2019-06-03"),
    ]


def test_a_range_of_months_takes_the_year_of_its_last_month():
    text = "The economy grew, after shrinking in the July-September period."
    assert values(text, date(2024, 3, 20)) == [("July-September period", "2023-Q3")]
    text = "Sales fell in the November-February season."
    assert values(text, date(2024, 3, 20)) == [("November", "2023-11"), ("February", "2024-02")]


def test_a_month_before_a_noun_and_a_possessive_month():
    assert only("The March accession will let them attend.", date(1999, 2, 10), future).value == (
        "1999-03"
    )
    assert only("The September report showed gains.", SUNDAY, past).value == "2019-09"
    assert only("a revision to December's figures", date(1998, 2, 6), past).value == "1997-12"
    # names stay names
    for text in ("June's husband left.", "It was the March on Washington.", "the March Hare"):
        assert values(text, SUNDAY) == [], text
    assert values("It is the 21st century.", SUNDAY) == [("the 21st century", "20")]
    assert values("Operation November began.", SUNDAY) == []


def test_the_second_day_of_a_month_day_pair():
    assert values("The summit will be held on April 24 and 25.", date(1999, 2, 10), future) == [
        ("April 24", "1999-04-24"), ("25", "1999-04-25")
    ]  # fmt: skip
    assert values("It met on April 24 and 25, 1998.", SUNDAY)[1] == ("25, 1998", "1998-04-25")
    assert values("Shares rose 3 and 4 percent.", SUNDAY) == []
    assert values("On April 24 and 25 people came.", SUNDAY, past) == [("April 24", "2019-04-24")]


def test_both_ends_of_a_range_of_days_in_one_month():
    # the second day takes the first's month, or the first the second's
    assert values("from October 9 to 13", SUNDAY) == [
        ("October 9", "2019-10-09"),
        ("13", "2019-10-13"),
    ]
    assert values("October 9-13", SUNDAY) == [("October 9", "2019-10-09"), ("13", "2019-10-13")]
    # a noun after a dashed range ("its Sept. 17-18 meeting"), but not a count
    assert values("at its Sept. 17-18 meeting", SUNDAY) == [
        ("Sept. 17", "2019-09-17"), ("18", "2019-09-18"),
    ]  # fmt: skip
    assert values("rose Oct. 9-13 percent", SUNDAY) == [("Oct. 9", "2019-10-09")]
    assert values("In October 5-10 soldiers died.", SUNDAY) == [("October 5", "2019-10-05")]
    assert values("By May 1-2 million people had fled.", SUNDAY)[-1][0] == "May 1"
    assert values("during the Sept. 17-18 talks", SUNDAY)[-1] == ("18", "2019-09-18")
    assert values("9-13 October 2019", SUNDAY) == [
        ("9", "2019-10-09"), ("13 October 2019", "2019-10-13"),
    ]  # fmt: skip
    assert values("between 9 and 13 October", SUNDAY) == [
        ("9", "2019-10-09"), ("13 October", "2019-10-13"),
    ]  # fmt: skip
    # across a year end, the second day's month says which year
    assert values("December 30 to January 2", SUNDAY) == [
        ("December 30", "2019-12-30"), ("January 2", "2020-01-02"),
    ]  # fmt: skip
    assert values("between 9 and 13 October", None)[0] == ("9", "XXXX-10-09")
    # not ranges of days: scores, a reversed pair, an address
    assert values("the 2-1 win on 13 October", SUNDAY) == [("13 October", "2019-10-13")]
    assert values("from 29 to 3 October", SUNDAY) == [("3 October", "2019-10-03")]
    assert values("10 to 12 Downing Street", SUNDAY) == []
    # one year for both ends, whichever comes first
    text = "Voting took place on 12-14 October."
    assert values(text, SUNDAY, past) == [("12", "2019-10-12"), ("14 October", "2019-10-14")]
    assert values("between 29 and 31 December", date(2019, 12, 30), past) == [
        ("29", "2019-12-29"), ("31 December", "2019-12-31"),
    ]  # fmt: skip
    text = "The show ran October 9–13, 2018."
    assert values(text, SUNDAY) == [("October 9", "2018-10-09"), ("13, 2018", "2018-10-13")]
    # "to" is a range only after "from" or "between"; an amount is no day; "between" may
    # span the month; no day past the month's end
    assert values("The death toll rose on October 9 to 21.", SUNDAY) == [
        ("October 9", "2019-10-09")
    ]
    text = "Inflation rose on October 9 to 12.5 percent."
    assert values(text, SUNDAY) == [("October 9", "2019-10-09")]
    assert values("between 1 and 15 October", SUNDAY)[0] == ("1", "2019-10-01")
    assert values("February 28-31", None) == [("February 28", "XXXX-02-28")]


def test_current_is_the_present():
    assert values("Kellogg's current share is small.", SUNDAY) == [("current", "PRESENT_REF")]
    assert values("at 50% of the then current market price", SUNDAY) == [
        ("then current", "PAST_REF")
    ]  # fmt: skip
    assert only("in the current quarter", SUNDAY).value == "2019-Q4"
    assert values("the current account deficit", SUNDAY) == []
    assert values("He was swept away by the current.", SUNDAY) == []


def test_the_weeks_ahead_and_past_years():
    assert only("Funds may sell in the weeks ahead.", SUNDAY).value == "PXW"
    assert only("in the years to come", SUNDAY).value == "PXY"
    assert only("There were sell programs in past years, too.", SUNDAY).value == "PAST_REF"


def test_the_fiscal_year_is_read_like_the_year():
    dct = date(1989, 11, 2)
    assert only("It expects lower earnings for the fiscal year.", dct).value == "1989"
    text = "In the fiscal year ended Jan. 31 sales rose."
    assert values(text, dct, past)[0] == ("the fiscal year", "P1Y")


def test_trading_and_business_days_are_durations():
    dct = date(1989, 10, 30)
    text = "Eight trading days after Oct. 12, the index fell."
    assert values(text, dct, past) == [("Eight trading days", "P8D"), ("Oct. 12", "1989-10-12")]
    assert only("within five business days", dct).value == "P5D"


def test_an_unknown_number_of_days_later_is_a_span_of_time_not_a_future():
    text = "He was named in May. A few days later, the company announced losses."
    assert values(text, date(1989, 10, 27), past) == [("May", "1989-05"), ("A few days", "PXD")]
    assert only("He left a few years ago.", SUNDAY, past).value == "PAST_REF"
    assert only("a few weeks from now", SUNDAY).value == "FUTURE_REF"


def test_year_earlier_months_and_the_extent_of_a_year_ago_quarter():
    dct = date(1989, 10, 26)
    assert values("Net for the year-earlier nine months rose.", dct) == [
        ("the year-earlier nine months", "P9M")
    ]  # fmt: skip
    # "the" belongs to "the year-earlier quarter", not to the adjective "third-quarter"
    assert values("In the year-earlier quarter, net rose.", dct) == [
        ("the year-earlier quarter", "1988-Q3")
    ]  # fmt: skip
    assert values("the third-quarter results", dct) == [("third-quarter", "1989-Q3")]


def test_for_a_while_is_a_duration_of_no_stated_length():
    assert values("They will live without it for a while.", SUNDAY) == [("a while", "PXX")]
    assert values("Forces could stay in the region for some time.", SUNDAY) == [
        ("some time", "PXX")
    ]  # fmt: skip
    assert values("It was a while ago.", SUNDAY) == []


def test_over_the_years_is_a_duration():
    assert values("Over the years many more patients died.", SUNDAY) == [("the years", "PXY")]
    assert values("In the years that followed, they won.", SUNDAY) == [("the years", "PXY")]
    assert values("in the years before the war", SUNDAY) == []
    assert [v for _, v in values("for the years 1995 and 1996", SUNDAY)] == ["1995", "1996"]


def test_quarter_to_quarter_is_not_a_quarter():
    assert values("The quarter-to-quarter comparison improved.", SUNDAY) == []


def test_a_quarter_named_as_a_point_of_reference_is_not_the_reported_period():
    text = (
        "Kimberly-Clark posted a 20% gain in third-quarter net income. "
        "After a flat second quarter, the company attributed the gain to prices. "
        "Net was hurt by charges taken in the year-earlier period."
    )
    assert values(text, date(1989, 11, 1)) == [
        ("third-quarter", "1989-Q3"), ("second quarter", "1989-Q2"),
        ("the year-earlier period", "1988-Q3"),
    ]  # fmt: skip


def test_the_day_before_a_date_counts_from_that_date():
    dct = date(2000, 2, 24)
    text = "The day before last Tuesday's primary, Manuel went to Miami."
    assert values(text, dct, past) == [
        ("The day before", "2000-02-21"),
        ("last Tuesday", "2000-02-22"),
    ]
    # without a date after it, it counts from the last date, like "the next day"
    text = "He died on Monday. Two men came the day after his death."
    assert values(text, dct, past) == [("Monday", "2000-02-21"), ("the day after", "2000-02-22")]
    text = "He arrived on Monday. The day before, police had searched the house."
    assert values(text, dct, past)[1] == ("The day before", "2000-02-20")


def test_the_day_before_in_apposition_to_a_date_is_that_date():
    text = "He was last seen Nov. 3, the day before a warrant was issued."
    assert values(text, date(1999, 5, 7), past) == [
        ("Nov. 3", "1998-11-03"),
        ("the day before", "1998-11-03"),
    ]
    # a holiday after "the day before" is not a verb ("the day before leaving")
    text = "They met Tuesday, the day before Thanksgiving."
    assert values(text, date(2019, 11, 30), past)[1] == ("the day before", "2019-11-26")
    assert values("the day before leaving", SUNDAY) == []
    # not an apposition: a new sentence counts a day back from the date told
    text = "He was last seen Nov. 3. The day before, a warrant was issued."
    assert values(text, date(1999, 5, 7), past)[1] == ("The day before", "1998-11-02")


def test_a_clock_time_takes_the_weekday_inside_its_aside():
    text = "The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said."
    assert values(text, date(2000, 4, 5), future)[0] == ("4 in the morning", "2000-04-06T04:00")


def test_review_fixes_for_the_new_rules():
    dct = date(2024, 5, 10)
    # a numbered fiscal year is that year; a fiscal year that began is a duration
    assert values("It reported profit for the fiscal year 2023.", dct) == [
        ("fiscal year 2023", "2023")
    ]  # fmt: skip
    assert values("for the fiscal year beginning July 1", dct)[0] == ("the fiscal year", "P1Y")
    # "current" the noun is not the present
    for text in (
        "The current carried him out to sea.", "The current is too strong.",
        "a current of anger", "Electric current flows", "the Current TV network",
    ):  # fmt: skip
        assert values(text, dct) == [], text
    # a number after "and" is a day only when it can be the next days of that month
    for text in (
        "He died on April 24 and 25 others were injured.",
        "Between March 3 and 4 more bodies were found.", "on April 24 and 2",
    ):  # fmt: skip
        assert len(values(text, dct, past)) == 1, text
    assert values("It was held on April 24th and 25th.", dct, past) == [
        ("April 24th", "2024-04-24"), ("25th", "2024-04-25")
    ]  # fmt: skip
    # the year after the second day is the first day's as well
    assert values("It met on April 24 and 25, 2023.", dct)[0] == ("April 24", "2023-04-24")
    # names and titles
    assert values("the May government fell", dct) == []
    assert values("A tribute to June's husband", dct) == []
    assert values("since April's vote", dct, past) == [("April", "2024-04")]
    assert values("in the Evening Standard", dct) == []
    assert values("In the morning's papers", dct) == []
    # earnings-release wording and phrases that are not spans of time
    assert [t for t, _ in values("for the years ended Dec. 31, 2023 and 2022", dct)] == [
        "Dec. 31, 2023", "2022"
    ]  # fmt: skip
    assert values("in the weeks ahead of the election", dct) == []
    assert values("He asked for some time off.", dct) == []
    # "A few days later" needs no anchor to be a span of time
    assert values("A few days later", None) == [("A few days", "PXD")]
    # "quarter-to-date" is still the quarter
    assert values("third quarter-to-date sales", dct) == [("third quarter", "2024-Q3")]


def test_two_ordinal_quarters_are_two_quarters_and_a_habit_is_a_set():
    dct = date(1989, 10, 26)
    assert values("Profit fell in the first and second quarters.", dct, past) == [
        ("first", "1989-Q1"), ("second quarters", "1989-Q2")
    ]  # fmt: skip
    assert values("Profit will rise in the third and fourth quarters of 1990.", dct) == [
        ("third", "1990-Q3"), ("fourth quarters of 1990", "1990-Q4")
    ]  # fmt: skip
    text = "Its business is usually conducted in the second and fourth quarters."
    assert values(text, dct) == [("second", "XXXX-Q2"), ("fourth quarters", "XXXX-Q4")]
    text = "Net fell in the second quarter. Results for that quarter included a charge."
    assert values(text, dct, past) == [
        ("the second quarter", "1989-Q2"), ("that quarter", "1989-Q2")
    ]  # fmt: skip
    text = "Net fell in the second quarter. That quarter a year ago, it lost $5 million."
    assert values(text, dct, past)[1] == ("That quarter a year ago", "1988-Q2")
    text = "Net fell in the second quarter. In that quarter last year, it lost."
    assert values(text, dct, past)[1] == ("that quarter last year", "1988-Q2")
    text = "Net fell in the third quarter. Violence erupted in that quarter of the city."
    assert len(values(text, dct, past)) == 1
    text = "Net fell in the second quarter of 1988. In that quarter, sales rose."
    assert values(text, None, past)[1] == ("that quarter", "1988-Q2")
    text = "Net fell in the third quarter. That quarter next year will be better."
    assert values(text, dct)[1] == ("That quarter next year", "1990-Q3")
    # "that quarter" with no quarter named before it says no quarter
    assert values("Results for that quarter included a charge.", dct, past) == []
    # not an ordinal: a span of quarters of no stated length
    assert values("in recent quarters", dct) == [("recent quarters", "PXQ")]


def test_the_first_hours_of_a_war_is_a_span_of_unknown_length():
    text = "5,500 prisoners were taken in the first hours of the ground war."
    assert values(text, SUNDAY, past) == [("the first hours", "PTXH")]
    assert values("lives saved in the early years", SUNDAY) == [("the early years", "PXY")]
    # "the early hours of Thursday" is a time of night, not a span
    assert values("He died in the early hours of Thursday morning.", SUNDAY, past) == [
        ("Thursday morning", "2019-10-10TMO")
    ]  # fmt: skip


def test_hours_later_take_the_day_their_paragraph_told_or_are_a_span():
    text = "Details emerged on Sunday.\n\nHis wife tried to revive him. Just over an hour later, he was declared dead."
    assert values(text, SUNDAY, past)[1] == ("an hour", "PT1H")
    text = "He was shot on Friday. An hour later, he died."
    assert values(text, SUNDAY, past)[1] == ("An hour later", "2019-10-11")
    assert only("Two hours ago, the rebels attacked.", SUNDAY, past).value == "2019-10-13"
    # hours with no count, or a vague one, after a day told: that day
    text = "A quake rocked Turkey early Sunday. Hours later, a second temblor struck."
    assert values(text, SUNDAY, past)[1] == ("Hours later", "2019-10-13")
    text = "He was shot on Friday. A few hours later, he died."
    assert values(text, SUNDAY, past)[1] == ("A few hours later", "2019-10-11")
    # a vague count of weeks or days after a day names no day
    text = "He was shot on Friday. A few weeks later, he died."
    assert values(text, SUNDAY, past)[1] == ("A few weeks", "PXW")
    # opening the next paragraph, from a day of the news (publication day or the day before)
    text = "A quake rocked Turkey early Sunday.\n\nMinutes later, a second temblor struck."
    assert values(text, SUNDAY, past)[1] == ("Minutes later", "2019-10-13")
    text = "A quake rocked Turkey on Tuesday.\n\nHours later, a second temblor struck."
    assert values(text, SUNDAY, past)[1] == ("Hours", "PTXH")
    assert values("Hours later, a second temblor struck.", SUNDAY, past) == [("Hours", "PTXH")]
    # a possessive naming a happening after the paragraph's day is no day of the story
    text = (
        "Protesters set fire to the mayor's house on Saturday, over the deaths in last week's "
        "floods.\n\nHours later, the prime minister dismissed the council."
    )
    assert values(text, SUNDAY, past)[2] == ("Hours later", "2019-10-12")


@pytest.mark.parametrize(
    ("year", "western", "orthodox"),
    [
        (2019, "2019-04-21", "2019-04-28"),
        (2021, "2021-04-04", "2021-05-02"),
        (2024, "2024-03-31", "2024-05-05"),
        (2025, "2025-04-20", "2025-04-20"),
    ],
)
def test_easter_by_the_computus(year, western, orthodox):
    assert (str(easter(year)), str(orthodox_easter(year))) == (western, orthodox)


def test_easter_and_the_days_it_fixes_and_shopping_days():
    monday = date(2024, 3, 25)
    text = "Christians will mark Good Friday this week and Easter Monday next week."
    assert values(text, monday, future) == [
        ("Good Friday", "2024-03-29"), ("this week", "2024-W13"),
        ("Easter Monday", "2024-04-01"), ("next week", "2024-W14"),
    ]  # fmt: skip
    assert values("Russia shelled Kharkiv on Orthodox Easter.", date(2022, 4, 26), past) == [
        ("Orthodox Easter", "2022-04-24")
    ]
    assert values("as Easter week began", date(2000, 4, 17), past) == [("Easter week", "2000-W16")]
    assert values("on Ash Wednesday", date(2024, 2, 20), past) == [("Ash Wednesday", "2024-02-14")]
    shopping = values("on Black Friday and Cyber Monday", date(2023, 12, 1), past)
    assert shopping == [("Black Friday", "2023-11-24"), ("Cyber Monday", "2023-11-27")]
    # not a day: an island, a rising, an egg, "Eastern"
    for text in (
        "on Easter Island",
        "to Christmas Island",
        "the Easter Rising",
        "an Easter egg",
        "Eastern Airlines",
        "the Good Friday Agreement",
    ):
        assert values(text, monday) == [], text


def test_the_week_before_last_and_the_year_after_next():
    monday = date(2023, 10, 16)
    assert values("The offensive began the week before last.", monday, past) == [
        ("the week before last", "2023-W40")
    ]
    assert values("the month before last", monday) == [("the month before last", "2023-08")]
    assert values("due the year after next", monday) == [("the year after next", "2025")]
    assert values("the week before last", None)[0][1] == "XXXX-WXX"
    # "the week before last Sunday's election": the week before that Sunday, not two weeks ago
    text = "Prices rose in the week before last Sunday's election."
    assert ("the week before last", "2023-W44") not in values(text, monday, past)


def test_a_dotted_date_is_day_first():
    assert values("The decree of 13.10.2023 took effect.", SUNDAY) == [("13.10.2023", "2023-10-13")]
    assert values("Version 1.2.2023.4 shipped", SUNDAY) == []
    assert values("It happened on 13.10.2023.", SUNDAY) == [("13.10.2023", "2023-10-13")]
    assert values("on 31.02.2023", SUNDAY) == []


def test_an_hour_takes_the_day_just_before_it_or_the_day_after_it():
    assert values("The talks resume on Tuesday at 10 a.m. in Geneva.", SUNDAY, future) == [
        ("Tuesday", "2019-10-15"), ("10 a.m.", "2019-10-15T10:00"),
    ]  # fmt: skip
    text = "Polls closed at 8 p.m. Friday and the result came at 2 a.m. the next day."
    assert values(text, SUNDAY, past) == [
        ("8 p.m. Friday", "2019-10-11T20:00"), ("2 a.m. the next day", "2019-10-12T02:00"),
    ]  # fmt: skip


def test_a_day_after_a_happening_counts_from_it_only_when_it_was_told_with_the_last_date():
    text = "He died on Friday. Protests broke out the day after his death."
    assert values(text, SUNDAY, past)[1] == ("the day after", "2019-10-12")
    # the funeral was not the last date told: its day is unknown
    text = (
        "The funeral is on Oct. 21. Parliament met on Friday. Visits end the day after the funeral."
    )
    assert values(text, SUNDAY)[2] == ("the day after", "XXXX-XX-XX")


def test_the_week_month_or_year_before_counts_from_the_last_date():
    assert values("Lawmakers returned the week before.", SUNDAY, past) == [
        ("the week before", "2019-W40")
    ]
    text = "The riot came on Jan. 6, 2021. The year before, the pandemic hit."
    assert values(text, SUNDAY, past)[1] == ("The year before", "2020")
    # after a year, "the month before" is some month
    text = "He was elected in 2018; the month before, he resigned."
    assert values(text, SUNDAY, past)[1] == ("the month before", "XXXX-XX")
    # "the week before the election" counts from the election: not this rule
    assert values("It began the week before the election.", SUNDAY, past) == []


def test_as_early_as_a_month_is_the_month():
    assert values("A vote could come as early as May.", SUNDAY, future) == [("May", "2020-05")]
    assert values("Writers such as May spoke.", SUNDAY) == []


def test_an_ordinal_day_is_a_day_of_the_month_told_or_of_the_publication():
    # Sunday 13 October 2019
    assert values("The council will vote on the 23rd.", SUNDAY, future) == [
        ("the 23rd", "2019-10-23")
    ]
    assert values("The sale ended on the 30th.", SUNDAY, past) == [("the 30th", "2019-09-30")]
    text = "In March, sales began on the 14th and ended on the 21st."
    assert values(text, SUNDAY, past)[1:] == [
        ("the 14th", "2019-03-14"),
        ("the 21st", "2019-03-21"),
    ]
    text = "The festival runs from the 2nd to the 10th of next month."
    assert values(text, SUNDAY, future) == [
        ("the 2nd", "2019-11-02"), ("the 10th of next month", "2019-11-10"),
    ]  # fmt: skip
    # not a day: centuries, minutes, counts, a recurring "1st of the month", a wrong suffix
    for text in (
        "He scored in the 23rd minute.",
        "It happened for the 10th time.", "Rent is due on the 1st of the month.",
        "It ended on the 23th.",
    ):  # fmt: skip
        assert values(text, SUNDAY) == [], text
    assert values("It is the 21st century.", SUNDAY) == [("the 21st century", "20")]


ORD = ("st", "nd", "rd", "th")


def test_ordinals_that_rank_or_number_units_are_no_days():
    for text in (
        "Troops from the 1st and 2nd Brigades will deploy in the spring.",
        "The team fell from the 5th to the 3rd in the standings.",
        "The club climbed from the 9th to the 4th.",
        "He was replaced by the 3rd and 4th battalions.",
    ):
        assert [t for t, _ in values(text, SUNDAY) if t[-2:] in ORD] == [], text
    # days of a range still are, over a month's end too
    assert values("Talks run from the 28th to the 3rd.", SUNDAY, future) == [
        ("the 28th", "2019-10-28"), ("the 3rd", "2019-11-03"),
    ]  # fmt: skip


def test_an_ordinal_day_smaller_than_the_day_told_is_in_the_month_after():
    text = "Voting runs from October 28 until the 2nd."
    assert values(text, SUNDAY, future) == [("October 28", "2019-10-28"), ("the 2nd", "2019-11-02")]
    # "since the 2nd" may look back within the month told
    text = "Traders said on October 10 that prices had risen since the 2nd."
    assert values(text, SUNDAY, past)[1] == ("the 2nd", "2019-10-02")


def test_a_month_and_day_with_a_slash_after_a_preposition_and_9_11():
    new_year = date(2024, 1, 2)
    assert values("Stores reopened on 12/26.", new_year, past) == [("12/26", "2023-12-26")]
    # "9/11" names the attacks, whatever the preposition
    assert values("Post-9/11 security rose.", new_year) == [("9/11", "2001-09-11")]
    assert values("The plane hit the tower on 9/11.", new_year, past) == [("9/11", "2001-09-11")]
    # fractions, phone numbers and slashes without a preposition are no dates
    for text in ("He ate 1/2 of the pie.", "Call 555-9/11.", "A 24/7 service.", "Rates of 3/4%."):
        assert values(text, new_year) == [], text


def test_a_fraction_or_odds_after_a_preposition_is_no_month_day():
    dct = date(2024, 12, 20)
    for text in (
        "The measure needed the support of more than 2/3 of the chamber.",
        "The bill was approved by 2/3 of lawmakers.",
        "Shares rose after 1/2 of the board resigned.",
        "The engine ran on 3/4 power.",
        "Sales grew by 2/3.",
        "The favourite's odds shortened from 5/1 to 3/1.",
    ):
        assert values(text, dct, past) == [], text
    # a month/day after a preposition, before a clock time, a range's end, stays a date
    assert values("Stores reopened on 12/26 at 9 a.m.", dct, past) == [
        ("12/26", "2024-12-26"), ("9 a.m.", "2024-12-26T09:00"),
    ]  # fmt: skip
    assert values("Sales were flat from 11/28 through 12/2.", dct, past) == [
        ("11/28", "2024-11-28"), ("12/2", "2024-12-02"),
    ]  # fmt: skip
    assert values("Returns are due by 12/31.", dct, future) == [("12/31", "2024-12-31")]


def test_a_day_that_names_a_happening_is_that_day():
    anniversary = date(2023, 9, 11)
    text = "Crowds marked 22 years since the Sept. 11 attacks."
    assert values(text, anniversary, past)[1] == ("Sept. 11", "2001-09-11")
    assert values("The Jan. 6 committee met.", anniversary, past) == [("Jan. 6", "2021-01-06")]
    # any other Jan. 6 is read as usual
    spring = date(2023, 3, 1)
    assert values("He was arrested on Jan. 6.", spring, past) == [("Jan. 6", "2023-01-06")]
    # only the happening's own nouns name it: a hearing set for Jan. 6 is a day ahead
    winter = date(2024, 12, 20)
    text = "The judge set a Jan. 6 hearing on the motion to dismiss."
    assert values(text, winter) == [("Jan. 6", "2025-01-06")]
    text = "The Jan. 6 panel and the Jan. 6 rioters."
    assert [v for _, v in values(text, winter, past)] == ["2021-01-06", "2021-01-06"]


def test_a_rate_of_things_per_unit_is_a_set_and_a_span_counted_from_something_is_not():
    assert [
        (t.text, t.span.type, t.span.value) for t in tag("Boeing builds 31 jets a month.", SUNDAY)
    ] == [("a month", "SET", "P1M")]
    assert values("Builders finished 1,200 new homes a year.", SUNDAY) == [("a year", "P1Y")]
    assert tag("Builders finished 1,200 new homes a year.", SUNDAY)[0].span.type == "SET"
    # "a year after the crash" counts from the crash
    assert tag("It rose 5% a year after the crash.", SUNDAY)[0].span.type == "DURATION"


def test_a_part_of_a_holiday_is_a_time():
    thanksgiving = date(2023, 11, 24)
    assert values("Families gathered on Thanksgiving night.", thanksgiving, past) == [
        ("Thanksgiving night", "2023-11-23TNI")
    ]


def test_the_night_of_one_day_to_the_next_names_both_days():
    text = "On the night of 12 to 13 October, drones struck Moscow."
    assert values(text, SUNDAY, past) == [("12", "2019-10-12"), ("13 October", "2019-10-13")]
    # "to" between two days is no pair elsewhere ("rose on Oct. 9 to 21" is an amount)
    assert values("Prices rose on 12 to 13 October.", SUNDAY, past) == [
        ("13 October", "2019-10-13")
    ]


def test_overnight_is_the_night_just_gone_or_the_one_ahead():
    # written on Sunday: the night of Saturday to Sunday
    assert values("Russia launched 40 drones overnight, officials said.", SUNDAY, past) == [
        ("overnight", "2019-10-12TNI")
    ]
    assert values("Rain will fall overnight.", SUNDAY, future) == [("overnight", "2019-10-13TNI")]
    text = "Officials said on Friday that patients were moved overnight."
    assert values(text, SUNDAY, past) == [("Friday", "2019-10-11"), ("overnight", "2019-10-10TNI")]
    # an adjective, or a noun's: no time
    assert values("An overnight curfew was imposed.", SUNDAY) == []
    assert values("It was an overnight success.", SUNDAY) == []


def test_overnight_after_a_happening_on_a_day_is_the_night_that_follows_it():
    saturday = date(2022, 10, 1)
    text = (
        "The storm made landfall near Georgetown on Friday afternoon and weakened over North "
        "Carolina overnight."
    )
    assert values(text, saturday, past) == [
        ("Friday afternoon", "2022-09-30TAF"),
        ("overnight", "2022-09-30TNI"),
    ]
    text = "Troops entered the city on Friday, then fought overnight."
    assert values(text, saturday, past)[1] == ("overnight", "2022-09-30TNI")
    text = "The storm hit on Friday, knocking out power overnight."  # a participle after it
    assert values(text, saturday, past)[1] == ("overnight", "2022-09-30TNI")
    text = "Police said on Friday, adding that patients were moved overnight."
    assert values(text, saturday, past)[1] == ("overnight", "2022-09-29TNI")
    # the day of a report, or of a relative clause, stays after the night
    for text in (
        "Officials said on Friday the storm made landfall and weakened overnight.",
        "On Friday, officials said the storm weakened and moved north overnight.",
        "Officials on Friday said crews worked and slept overnight.",
        "Residents on Friday returned to homes that flooded overnight.",
    ):
        assert values(text, saturday, past)[1] == ("overnight", "2022-09-29TNI"), text


def test_overnight_that_means_suddenly_is_no_night():
    for text in (
        "Senators said the deal did not happen overnight.",
        "Officials warned that prices won't change overnight.",
        "The singer rose to fame overnight.",
        "The town was transformed almost overnight.",
        "It became an overnight success.",
        "The problem cannot be fixed overnight.",
    ):
        assert values(text, SUNDAY, past) == [], text
    # a negation that does not deny a sudden change leaves the night
    text = "Officials did not say how many were killed overnight."
    assert values(text, SUNDAY, past) == [("overnight", "2019-10-12TNI")]


def test_overnight_after_a_background_date_is_still_last_night():
    text = "The war began in February 2022. Russian drones struck Odesa overnight."
    assert values(text, SUNDAY, past)[1] == ("overnight", "2019-10-12TNI")
    text = "Hezbollah has fired rockets since October 2023.\n\nJets struck Beirut overnight."
    assert values(text, SUNDAY, past)[1] == ("overnight", "2019-10-12TNI")
    # news of the day keeps the night just gone
    text = "Police said on Sunday that rebels fled. Troops moved in overnight."
    assert values(text, SUNDAY, past)[1] == ("overnight", "2019-10-12TNI")


def test_overnight_in_a_sentence_of_a_date_long_gone_is_an_unknown_night():
    # SUNDAY is 2019-10-13: the night of a sentence's own past date is no night of last week
    for text in (
        "In 2015, the old grain terminal caught fire overnight.",
        "In March 2019 the river burst its banks overnight.",
        "Two years ago, the dam failed overnight.",
    ):
        assert values(text, SUNDAY, past)[-1] == ("overnight", "XXXX-XX-XXTNI"), text
    # a date of the sentence that reaches the publication keeps the night just gone; so does
    # one a record is counted from
    text = "In the largest attack since 2022, Russia struck Lviv overnight."
    assert values(text, SUNDAY, past)[-1] == ("overnight", "2019-10-12TNI")
    text = "This week, drones struck Kyiv overnight."
    assert values(text, SUNDAY, past)[-1] == ("overnight", "2019-10-12TNI")


def test_a_clock_time_is_on_the_day_written_after_it():
    dct = date(2024, 1, 4)
    text = "The quake struck at 16:10 local time (07:10 GMT) on New Year's Day."
    assert values(text, dct, past)[0] == ("16:10 local time", "2024-01-01T16:10")
    text = "It struck at 4:10 p.m. on 1 January."
    assert values(text, dct, past)[0] == ("4:10 p.m.", "2024-01-01T16:10")
    # a day further on in the sentence is not the hour's
    text = "It struck at 4:10 p.m., officials said on Monday."
    assert values(text, dct, past)[0] != ("4:10 p.m.", "2024-01-01T16:10")


def test_a_quarter_named_by_its_months_is_that_quarter():
    dct = date(2024, 3, 19)
    text = "The economy escaped a recession in the October-December quarter."
    assert values(text, dct, past) == [("the October-December quarter", "2023-Q4")]
    text = "Purchases will slow in the January-March quarter of 2026."
    assert values(text, dct, future) == [("the January-March quarter of 2026", "2026-Q1")]
    # months that are no quarter are two months
    assert [v for _, v in values("in the March-May quarter", dct, past)] != ["2024-Q1"]


def test_a_month_day_in_a_sentence_opened_by_a_year_is_of_that_year():
    dct = date(2024, 3, 13)
    text = "In 1991, Operation Desert Storm began on January 17."
    assert values(text, dct, past)[1] == ("January 17", "1991-01-17")
    # a year of another clause does not carry
    text = "Under a program approved in 1987, Nashua had purchased shares through Sept. 29."
    assert values(text, date(1989, 10, 27), past)[1] == ("Sept. 29", "1989-09-29")


def test_a_count_of_units_from_a_coarser_date_is_unknown():
    friday = date(2022, 11, 11)
    text = (
        "Earlier in the week, rival exchange Binance had agreed to buy FTX, only to back out a "
        "day later after reviewing the company's books."
    )
    assert values(text, friday, past) == [("the week", "2022-W45"), ("a day later", "XXXX-XX-XX")]
    text = "In March, the firm collapsed. Two weeks later, it was sold."
    assert values(text, friday, past)[1] == ("Two weeks later", "XXXX-WXX")
    text = "In March, the firm collapsed. The following week, it was sold."
    assert values(text, friday, past)[1] == ("The following week", "XXXX-WXX")
    text = "In 2019, the firm collapsed. Two days later, it was sold."
    assert values(text, friday, past)[1] == ("Two days later", "XXXX-XX-XX")


def test_later_than_no_day_told_in_a_past_story_is_unknown_not_after_the_publication():
    friday = date(2022, 11, 11)
    text = "The firm collapsed. Two days later, it was sold."
    assert values(text, friday, past) == [("Two days later", "XXXX-XX-XX")]
    # ahead, it is counted from the publication day
    text = "Two days later, rescuers will arrive."
    assert values(text, friday, future) == [("Two days later", "2022-11-13")]
    # a date as fine as the unit, or finer, is counted from
    text = "In March, the firm collapsed. Two months later, it was sold."
    assert values(text, friday, past)[1] == ("Two months later", "2022-05")
    text = "Last week, the firm collapsed. A week later, it was sold."
    assert values(text, friday, past)[1] == ("A week later", "2022-W45")
    text = "On Nov. 2, the firm collapsed. Two days later, it was sold."
    assert values(text, friday, past)[1] == ("Two days later", "2022-11-04")
    # a past happening counted from a day still to come is after some other day
    text = "The union announced strikes for Nov. 21. Two days later, ministers met."
    assert values(text, friday, past)[1] == ("Two days later", "XXXX-XX-XX")


def test_the_end_of_a_dashed_range_of_months_is_a_month():
    spring = date(2023, 5, 20)
    assert values("Japan's economy grew 1.6% in January-March.", spring, past) == [
        ("January", "2023-01"), ("March", "2023-03"),
    ]  # fmt: skip


def test_noon_and_midnight_are_bare_hours():
    # the day of the paragraph, "on Tuesday at midnight", or none in a story long gone
    text = "Shares fell Friday. Trading halted at noon."
    assert values(text, SUNDAY, past) == [("Friday", "2019-10-11"), ("noon", "2019-10-11T12:00")]
    text = "Talks began on Tuesday at midnight."
    assert values(text, SUNDAY, past) == [
        ("Tuesday", "2019-10-08"),
        ("midnight", "2019-10-08T24:00"),
    ]
    text = "He left in 2015. The gunman fled at noon."
    assert values(text, SUNDAY, past)[1] == ("noon", "XXXX-XX-XXT12:00")
    text = "The attack happened on Saturday.\n\nThe gunman fled at midnight."
    assert values(text, SUNDAY, past)[1] == ("midnight", "2019-10-12T24:00")
    text = "The attack happened on Oct. 2.\n\nThe gunman fled at noon."
    assert values(text, SUNDAY, past)[1] == ("noon", "XXXX-XX-XXT12:00")
    # ahead: today
    assert values("The curfew will start at midnight.", SUNDAY, future) == [
        ("midnight", "2019-10-13T24:00")
    ]
    # after midnight of a day is as the day begins; until midnight, as it ends
    text = "The update was pushed shortly after midnight on Friday."
    assert values(text, SUNDAY, past) == [("midnight on Friday", "2019-10-11T00:00")]
    text = "The curfew ran until midnight on Friday."
    assert values(text, SUNDAY, past) == [("midnight on Friday", "2019-10-11T24:00")]
    # after midnight of a day's night, or going on after it: as the next day begins
    text = "Just after midnight on Friday night, a gunman opened fire."
    assert values(text, SUNDAY, past) == [("midnight on Friday", "2019-10-11T24:00")]
    text = "The talks went on after midnight on Thursday."
    assert values(text, SUNDAY, past) == [("midnight on Thursday", "2019-10-10T24:00")]


def test_a_past_hour_after_a_paragraph_break_is_never_the_publication_day_for_another():
    # written the next day (Sunday): Saturday's 10 p.m., not Sunday's
    text = "The attack happened on Saturday.\n\nThe gunman fled at 10 p.m."
    assert values(text, SUNDAY, past)[1] == ("10 p.m.", "2019-10-12T22:00")
    # two days on (Monday): another paragraph's day long gone does not carry over, and the
    # publication day is not the hour's either
    assert values(text, date(2019, 10, 14), past)[1] == ("10 p.m.", "XXXX-XX-XXT22:00")
    # an hour counted from a happening is not on the day told
    text = "The rifle was found on Oct. 8. A jogger saw his car at 6 a.m. ten days before."
    assert values(text, SUNDAY, past)[1] == ("6 a.m.", "XXXX-XX-XXT06:00")


def test_a_24_hour_clock_time_with_a_zone_named_in_words():
    text = "Troops crossed the border at 0800 Moscow time (0500 GMT) on Tuesday."
    assert values(text, SUNDAY, past)[0] == ("0800 Moscow time", "2019-10-08T08:00")
    # a year before a place's "time zones" is a year
    assert values("In 2015 Paris time zones changed.", SUNDAY, past) == [("2015", "2015")]


def test_hours_later_than_a_clock_time_told_are_a_time():
    text = "The first quake struck at 04:17 on Monday. A second hit about nine hours later."
    assert values(text, SUNDAY, past)[1] == ("about nine hours later", "2019-10-07T13:17")
    # across midnight, and back
    text = "Polls closed at 8 p.m. Friday. Results came five hours later."
    assert values(text, SUNDAY, past)[1] == ("five hours later", "2019-10-12T01:00")
    text = "Shelling began at 10 p.m. Friday. Sirens sounded 30 minutes earlier."
    assert values(text, SUNDAY, past)[1] == ("30 minutes earlier", "2019-10-11T21:30")
    # a count of hours and minutes is one count
    text = "The sub dived at 8 a.m. on Sunday. It lost contact an hour and 45 minutes later."
    assert values(text, SUNDAY, past)[1] == ("an hour and 45 minutes later", "2019-10-13T09:45")
    text = "The sub dived at 8 a.m. on Sunday. It surfaced an hour and a half later."
    assert values(text, SUNDAY, past)[1] == ("an hour and a half later", "2019-10-13T09:30")
    text = "The vote opened at 9 a.m. Friday. It was halted two minutes and 30 seconds later."
    assert values(text, SUNDAY, past)[1] == (
        "two minutes and 30 seconds later",
        "2019-10-11T09:02:30",
    )
    # with no clock time told, the span of time without its signal
    assert values("But a minute and a half later, a pilot called.", SUNDAY, past) == [
        ("a minute and a half", "PT1M30S")
    ]
    # not days and hours, months and days, a day and a half: no whole unit to count
    for text, count in (
        ("The vote opened at 9 a.m. Friday. He came two days and 5 hours later.", "two days"),
        ("He resigned a month and a half ago.", "a month"),
        ("It ended a year and 11 months ago.", "a year"),
        ("It struck at 11 p.m. on Friday and again a day and a half later.", "a day"),
    ):
        found = values(text, SUNDAY, past)
        assert not any(t.endswith(("later", "ago")) for t, _ in found), found
        assert any(t.startswith(count) for t, _ in found), found  # the count, a duration
    # another paragraph's hour is no anchor
    text = "Shelling began at 10 p.m. Friday.\n\nSirens sounded 30 minutes earlier."
    assert values(text, SUNDAY, past)[1][1] != "2019-10-11T21:30"


def test_a_range_of_years_is_two_years_the_second_maybe_shortened():
    dct = date(2024, 6, 5)
    for text, years in (
        ("The club won the 2023-24 season title.", [("2023", "2023"), ("24", "2024")]),
        ("the 2023/24 budget", [("2023", "2023"), ("24", "2024")]),
        ("Prices rose in 2019-2021.", [("2019", "2019"), ("2021", "2021")]),
        ("the 2022\u201323 campaign", [("2022", "2022"), ("23", "2023")]),
        ("the 1999-00 season", [("1999", "1999"), ("00", "2000")]),
        ("from 2001-2019 data", [("2001", "2001"), ("2019", "2019")]),
    ):
        assert values(text, dct) == years, text
    # not a range: backwards, too long, three parts, a numbered thing
    for text in ("Call 2019-2011.", "the 2019-35 plan", "Scores 2020-21-22.", "Room 2019-20"):
        assert values(text, dct) == [], text


def test_a_set_carries_how_often_and_its_quantifier():
    dct = date(2024, 6, 5)

    def sets(text):
        return [(t.text, t.span.value, t.span.freq, t.span.quant) for t in tag(text, dct)]

    assert sets("The board meets twice a year.") == [("a year", "P1Y", "2X", None)]
    assert sets("Trains run three times a week.") == [("a week", "P1W", "3X", None)]
    assert sets("Once a month, they meet.") == [("a month", "P1M", "1X", None)]
    assert sets("He visits every Monday.") == [("every Monday", "XXXX-WXX-1", None, "EVERY")]
    assert sets("It meets each quarter.") == [("each quarter", "P1Q", None, "EACH")]
    assert sets("Sales of 300 cars a day.") == [("a day", "P1D", None, None)]


def test_a_smaller_ordinal_after_a_day_lies_in_the_next_month_unless_the_clause_is_past():
    dct = date(2024, 6, 30)
    text = "They walked out on June 28 and will stay off the job until the 3rd."
    assert values(text, dct, future)[1] == ("the 3rd", "2024-07-03")
    text = "The hearing, first set for June 28, was moved to the 3rd."
    assert values(text, dct, past)[1] == ("the 3rd", "2024-07-03")
    text = "On June 20, police said a port worker had disappeared on the 2nd."
    assert values(text, dct, past)[1] == ("the 2nd", "2024-06-02")
    # a larger day told in the past that would lie after the publication is of the month before
    text = "On June 2, police said a port worker had disappeared on the 28th."
    assert values(text, date(2024, 6, 5), past)[1] == ("the 28th", "2024-05-28")
    # a rank in the standings is no day
    text = "Leclerc won on May 26 and moved to the 2nd in the drivers' standings."
    assert values(text, dct, past) == [("May 26", "2024-05-26")]


def test_a_day_of_the_month_something_is_moved_to_is_ahead_of_the_publication():
    # the day told before is November 4; "moved to the 4th" is a new date, so December 4
    text = "The final was due on Saturday, Nov. 4. It was moved to the 4th."
    assert values(text, date(2023, 11, 9), past)[-1] == ("the 4th", "2023-12-04")


def test_a_stretch_decided_in_the_past_may_start_in_the_days_ahead():
    text = "The army imposed a curfew from March 10 to midnight on March 12, officials said."
    assert values(text, date(2024, 3, 9), past) == [
        ("March 10", "2024-03-10"),
        ("midnight", "2024-03-12T24:00"),
        ("March 12", "2024-03-12"),
    ]
    # a year-ago comparison keeps its year
    text = "In the year-ago quarter, the second quarter ended Oct. 31."
    assert values(text, date(1989, 10, 27), past)[-1] == ("Oct. 31", "1988-10-31")


def test_a_plan_as_it_stood_before_is_the_nearest_day():
    assert values("The vote had been due on Nov. 14.", date(2024, 11, 12), past) == [
        ("Nov. 14", "2024-11-14")
    ]
    assert values("The vote had been due on Nov. 4.", date(2024, 11, 12), past) == [
        ("Nov. 4", "2024-11-04")
    ]


def test_a_clock_time_last_night_or_this_morning_is_of_that_day():
    dct = date(2024, 7, 5)
    text = "The exit poll published at 10pm last night predicted a landslide."
    assert values(text, dct, past) == [("10pm last night", "2024-07-04T22:00")]
    assert values("He left at 2am last night.", dct, past) == [
        ("2am last night", "2024-07-05T02:00")
    ]
    text = "Results came at 7 a.m. this morning."
    assert values(text, dct, past) == [("7 a.m. this morning", "2024-07-05T07:00")]


def test_a_clock_time_after_a_break_is_not_on_a_day_a_possessive_names():
    text = (
        "Labour won 411 seats in Thursday's election.\n\n"
        "Starmer was appointed by the King shortly after 12:20 p.m."
    )
    assert values(text, date(2024, 7, 5), past)[-1] == ("12:20 p.m.", "2024-07-05T12:20")


def test_minutes_to_or_past_noon_and_midnight_are_clock_times():
    dct = date(2023, 11, 9)
    text = "The vote was held at a quarter to midnight on Tuesday."
    assert values(text, dct, past) == [("a quarter to midnight on Tuesday", "2023-11-07T23:45")]
    text = "He left at ten minutes past midnight on Monday. It ended at half past noon on Sunday."
    assert values(text, dct, past) == [
        ("ten minutes past midnight on Monday", "2023-11-06T00:10"),
        ("half past noon on Sunday", "2023-11-05T12:30"),
    ]
    assert values("The blast came at five to noon on Wednesday.", dct, past) == [
        ("five to noon on Wednesday", "2023-11-08T11:55")
    ]
    # a range of hours is no clock time before midnight
    text = "The bars were open from 10 to midnight on Friday."
    assert values(text, dct, past) == [("midnight on Friday", "2023-11-03T24:00")]


def test_review_an_ordinal_after_a_day_told_and_a_slash_date_in_market_copy():
    dct = date(2024, 3, 21)
    # a smaller day is in the month told unless a range runs on to the next
    text = "On March 20, police said the woman had disappeared on the 2nd."
    assert values(text, dct, past)[1] == ("the 2nd", "2024-03-02")
    # a rescheduled day is no rank
    text = "The hearing was moved from the 12th to the 19th at the request of defence lawyers."
    assert values(text, dct, past) == [("the 12th", "2024-03-12"), ("the 19th", "2024-03-19")]
    assert values("The deadline was moved to the 31st.", dct, past) == [("the 31st", "2024-03-31")]
    # betting words next to the figure make odds; elsewhere in the sentence they do not
    text = "Fed funds futures have fully priced in a quarter-point cut on 9/18, CME data showed."
    assert values(text, date(2024, 9, 16), future) == [("9/18", "2024-09-18")]
    assert values("He was backed at odds of 5/1 to win.", date(2024, 9, 16)) == []
    # a pair of odds in a betting sentence, wherever its betting word is
    text = (
        "Bookmakers cut the odds on a summer election, with a July poll moving from 6/1 to 2/1 "
        "at William Hill."
    )
    assert values(text, date(2024, 5, 22), past) == [("July", "2024-07")]
    text = "Traders priced in a rate cut on 6/20, according to swaps data."
    assert values(text, date(2024, 5, 22), future) == [("6/20", "2024-06-20")]


def test_a_weekday_written_with_a_month_day_picks_its_year():
    # written late on Thursday 16 March 2023 (GMT): Friday, March 17 is of 2023, the one
    # year near it in which March 17 is a Friday, whatever the tense
    thursday = date(2023, 3, 16)
    text = "Japan's parliament approved the budget on Friday, March 17."
    assert values(text, thursday, past) == [("Friday, March 17", "2023-03-17")]
    assert values("It ended on Thursday 17 March.", thursday, past) == [
        ("Thursday 17 March", "2022-03-17")
    ]
    # a weekday that fits no year near it leaves the tense to choose
    bare = values("It ended on March 17.", thursday, past)[0][1]
    assert values("It ended on Monday, March 17.", thursday, past)[0][1] == bare


def test_a_weekday_with_a_modifier_and_a_month_day_is_that_day():
    # AP style, written on Tuesday 2 April 2024: the Tuesday of the date, a week back
    tuesday = date(2024, 4, 2)
    text = "The ship struck a pillar early Tuesday, March 26, bringing the span down."
    assert values(text, tuesday, past) == [("early Tuesday, March 26", "2024-03-26")]
    text = "It sank late Monday, 25 March, officials said."
    assert values(text, tuesday, past) == [("late Monday, 25 March", "2024-03-25")]
    text = "The Dali left shortly after midnight on Tuesday, March 26, bound for Sri Lanka."
    assert values(text, tuesday, past) == [("midnight on Tuesday, March 26", "2024-03-26T00:00")]
    # without the date, the weekday alone
    assert values("Talks resumed early Tuesday.", tuesday, past) == [
        ("early Tuesday", "2024-04-02")
    ]


def test_review_regressions_of_ranges_and_weekday_years():
    friday = date(2024, 7, 19)
    # an overnight curfew starts the evening before the day it ends on
    text = "A curfew will run from 10 p.m. to 6 a.m. on Saturday."
    assert values(text, friday, future)[0] == ("10 p.m.", "2024-07-19T22:00")
    # a day moved up comes before the one it was moved from
    text = "The vote will be moved up from Friday to Wednesday."
    assert values(text, date(2024, 3, 13), future)[1][1] != "2024-03-20"


def test_a_dash_between_clauses_makes_no_range_of_weekdays():
    text = "Protests grew on Thursday - Wednesday's rally drew thousands."
    assert values(text, date(2024, 3, 14), past)[1] == ("Wednesday", "2024-03-13")


def test_a_time_after_a_sentence_told_a_day_later_is_on_the_happenings_day():
    # "..., the ministry said Saturday" dates the telling; the narrative stays on Friday
    text = (
        "A rare, powerful earthquake struck Morocco late Friday night, killing more than 1,000 "
        "people, the Interior Ministry said Saturday.\n\nThe magnitude 6.8 quake hit at 11:11 "
        "p.m. local time."
    )

    def past(start: int, end: int) -> str:
        return "past"  # every clause in the past tense

    found = [(t.text, t.span.value) for t in tag(text, date(2023, 9, 9), past)]
    assert found[-1] == ("11:11 p.m. local time", "2023-09-08T23:11")
    # a saying with no happening dated before it in its sentence still anchors what follows
    text = "Police said on Sunday that the gunman was arrested. He was caught at 11:50 p.m."
    found = [(t.text, t.span.value) for t in tag(text, date(2023, 9, 11), past)]
    assert found[-1] == ("11:50 p.m.", "2023-09-10T23:50")


def test_a_past_clause_is_not_counted_from_a_day_still_to_come():
    # Sunday 2023-06-04: "a day earlier" of a visit told in the past is Saturday, not the day
    # before the deadline just told
    text = (
        "He hoped services would be restored by Wednesday morning. Modi, who surveyed the "
        "wreckage a day earlier, promised punishment."
    )
    split = text.index(".")

    def tense_at(start: int, end: int) -> str:
        return "future" if start < split else "past"

    assert values(text, date(2023, 6, 4), tense_at) == [
        ("Wednesday morning", "2023-06-07TMO"),
        ("a day earlier", "2023-06-03"),
    ]


def test_a_past_count_back_from_a_day_to_come_may_land_before_the_publication():
    # Friday 2023-05-12: the campaign ended three days before Sunday's vote, on Thursday
    text = "Turkey votes on Sunday, May 14. The campaign ended three days earlier."
    split = text.index(".")

    def tense_at(start: int, end: int) -> str:
        return "future" if start < split else "past"

    assert values(text, date(2023, 5, 12), tense_at)[-1] == ("three days earlier", "2023-05-11")
