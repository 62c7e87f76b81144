"""Numbers written in figures or words: "forty-eight", "a couple of", "almost 800". The
dates module reads counts of units with them ("three days"), the events and the merge compare
the figures that sources give ("Two people" against "Three people")."""

from __future__ import annotations

import re

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Vague quantities ("several days") give an X in the TIMEX3 value (PXD).
VAGUE = {"a few", "few", "several", "many", "some", "dozens of", "hundreds of", "a number of"}

_FIGURE_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A figure's scale, as a word or the press's short form: "2.5 million", "2.5m", "3bn"
_SCALE = re.compile(r"\s*(thousand|million|billion|m|mn|bn|k)\b", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
           "bn": 1e9}  # fmt: skip


def figure_value(figure: str) -> float | None:
    """The number a count states, in figures or words, past its hedge: "almost 800" -> 800,
    "2.5 million" and "2.5m" -> 2500000, "about three" -> 3, "Sixty-two" -> 62; None for a
    vague one ("hundreds", "dozens")."""
    digits = _FIGURE_DIGITS.search(figure)
    if digits:
        value = float(digits.group().replace(",", ""))
        scale = _SCALE.match(figure, digits.end())
        return value * _SCALES[scale.group(1).lower()] if scale else value
    words = figure.split()
    for start in range(len(words)):  # past "about", "more than", "at least"...
        value = number_value(" ".join(words[start:]))
        if value is not None:
            return value
    return None


# "18,000 to 20,000", "100-300", "between 5 and 10": one figure told as a range; a hyphen
# or "and" only between digits ("Sixty-two", "one hundred and twenty" are one number)
RANGE_WORDS = frozenset(["to", "and", "-", "\u2013"])
_RANGE = re.compile(r"\s+to\s+|(?<=\d)\s*[-\u2013]\s*(?=\d)|(?<=\d)\s+and\s+(?=\d)")


def figure_values(figure: str) -> tuple[float, ...]:
    """The numbers a figure states: (800.0,) for "almost 800", both ends of a range
    ("18,000 to 20,000" -> (18000.0, 20000.0)), () for a vague one ("hundreds")."""
    parts = _RANGE.split(figure, maxsplit=1)
    if len(parts) == 2:
        high_scale = _SCALE.search(parts[1])
        if high_scale and not _SCALE.search(parts[0]):
            parts[0] += high_scale.group()  # "2 to 3 million": two million to three
        low, high = figure_value(parts[0]), figure_value(parts[1])
        if low is not None and high is not None:
            return tuple(sorted({low, high}))
    value = figure_value(figure)
    return () if value is None else (value,)


def number_value(phrase: str) -> float | None:
    """The value of a number phrase ("forty-eight", "a couple of", "5 1/2"); None when vague."""
    phrase = re.sub(r"\s+", " ", phrase.lower().strip())
    if phrase in VAGUE:
        return None
    if phrase.endswith(" 1/2"):
        return float(phrase[:-4]) + 0.5
    if phrase[0].isdigit():
        return float(phrase.replace(",", ""))  # "1,000"
    if phrase in ("a", "an", "one"):
        return 1
    if phrase in ("a couple of", "couple of"):
        return 2
    if phrase == "a dozen":
        return 12
    if phrase in ("a hundred", "one hundred"):
        return 100
    if phrase.startswith("half"):
        return 0.5
    if phrase in SMALL_NUMBERS:
        return SMALL_NUMBERS[phrase]
    parts = re.split(r"[- ]", phrase)
    if parts[0] in TENS:
        return TENS[parts[0]] + (SMALL_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None
