"""The value-error classes of bench/timeml_errors.py (the diagnostic `make bench-timeml` prints)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import timeml_errors


@pytest.mark.parametrize(
    "gold, ours, name",
    [
        ("", "1989", "no value on one side"),
        ("1989", "", "no value on one side"),
        ("1968-XX", "1968", "unknown parts written out (1968-XX, 199X)"),
        ("1989", "1989-XX-XX", "unknown parts written out (1968-XX, 199X)"),
        ("199X", "199", "unknown parts written out (1968-XX, 199X)"),
        ("2000-W7", "2000-W07", "week number without its zero"),
        ("2000-W7-WE", "2000-W07-WE", "week number without its zero"),
        ("1989-11-06T17", "1989-11-06T17:00", "clock time written T17 or T1700"),
        ("1989-11-06T1700", "1989-11-06T17:00", "clock time written T17 or T1700"),
        ("XXXX-10", "1989-10", "year left unknown on one side (XXXX-10)"),
        ("2000-01-05", "2000-01-05TNI", "part of day: gold writes the plain day"),
        ("2000-01-05TEV", "2000-01-05TNI", "part of day: gold writes another part"),
        ("1989-WXX", "1989-W43", "gold gives an unknown week (WXX)"),
        ("1989-QX", "1989-Q3", "gold gives an unknown quarter (QX)"),
        ("1988", "1988-Q3", "gold coarser: same time, less precise"),
        ("1988-Q3", "1988", "gold finer: same time, more precise"),
        ("1990-08-10", "1990-08-17", "a day a week apart (weekday read the other way)"),
        ("P1D", "1990-08-15", "duration against date"),
        ("PXY", "PAST_REF", "PAST/PRESENT/FUTURE_REF against a value"),
        ("P12Y", "P13Y", "another duration"),
        ("1997-02", "1998-02", "another year"),
        ("1998-03-08", "1998-W10", "another date in the same year"),
    ],
)
def test_each_value_error_gets_the_first_class_that_describes_it(gold, ours, name):
    assert timeml_errors.classify(gold, ours) == name


@pytest.mark.parametrize(
    "gold, ours, text, name",
    [
        ("2000-04-05", "2000-04-04", "Tuesday", "gold dates a weekday the text does not name"),
        ("2000-04-03T09:00", "2000-04-04T09:00", "9 a.m. EST Tuesday",
         "gold dates a weekday the text does not name"),
        ("1997-06", "1997-07", "July last year", "gold gives a month the text does not name"),
        ("1989-11-27", "1989-09-27", "Sept. 27, 1989", "gold gives a month the text does not name"),
        ("1998", "1988-Q3", "1988", "gold gives a year the text does not name"),
        ("P12Y", "P13Y", "13 years", "gold counts other than the text (13 years: P12Y)"),
        ("P6D", "P6M", "six months", "gold counts other than the text (13 years: P12Y)"),
        # the gold's reading, not a slip: ours does not say what the words say either, or the
        # words hold more than one name or number
        ("1990-08-10", "1990-08-17", "Friday", "a day a week apart (weekday read the other way)"),
        ("2000-04-05", "2000-04-04", "Tuesday or Wednesday", "another date in the same year"),
        ("P1Y", "P3Y", "last three years", "another duration"),
        ("P12Y", "P14Y", "13 years", "another duration"),
        # the same length in other units is notation
        ("P1Y", "P12M", "12 months", "the same length in other units (P1Y, P12M)"),
        ("P2W", "P14D", "14 days", "the same length in other units (P1Y, P12M)"),
        # words that move off the date named, or name two: the gold may be right
        ("1998-01-07", "1998-01-06", "the day after Tuesday", "another date in the same year"),
        ("1989-07", "1989-10", "three months before October", "another date in the same year"),
        ("1987", "1985", "two years after 1985", "another year"),
        ("1990", "1989", "the 1989-90 season", "another year"),
        ("1989", "1988", "fiscal 1988", "another year"),
        ("1998-02-24", "1998-03-01", "Mardi Gras", "another date in the same year"),
    ],
)  # fmt: skip
def test_a_gold_value_that_contradicts_its_words_is_a_gold_slip(gold, ours, text, name):
    assert timeml_errors.classify(gold, ours, text) == name


def test_an_equal_value_is_not_an_error():
    with pytest.raises(ValueError):
        timeml_errors.classify("PRESENT_REF", "PRESENT_REF")


def _overlap_align(gold_tx, system_tx):
    pairs, used = [], set()
    for gi, g in enumerate(gold_tx):
        for si, s in enumerate(system_tx):
            if si not in used and s["start"] < g["end"] and g["start"] < s["end"]:
                pairs.append((gi, si))
                used.add(si)
                break
    return pairs


def test_report_counts_tiers_and_what_if_scores():
    text = "It happened Thursday night in 1968 and last week."
    timex = lambda a, b, value: {"start": a, "end": b, "type": "DATE", "value": value}
    gold = {
        "d": {
            "text": text,
            "timexes": [
                timex(12, 20, "1998-01-01"),
                timex(30, 34, "1968-XX"),
                timex(39, 48, "1998-W01"),
            ],
        }
    }
    system = {
        "d": [timex(12, 26, "1998-01-01TNI"), timex(30, 34, "1968"), timex(39, 48, "1998-W01")]
    }
    out = timeml_errors.report(SimpleNamespace(align=_overlap_align), gold, system, examples=1)
    assert "2 value errors on 3 relaxed matches" in out
    assert "unknown parts written out (1968-XX, 199X)          notation        1" in out
    # 6 timexes in all: 1 right value (33.33), +1 notation (66.67), +1 convention (100.00)
    assert "value F1 33.33; forgiving the 1 notation differences 66.67;" in out
    assert "and the 1 convention differences too 100.00; and the 0 gold slips too 100.00" in out
    assert "'Thursday' gold 1998-01-01 ours 1998-01-01TNI" in out
