"""Sort the value errors of a TimeML run into classes, to see which are ours.

    python bench/timeml_errors.py GOLD_DIR SYSTEM.jsonl [--shared ../shared] [--examples 3]

A value error is a gold TIMEX3 whose relaxed match (the TE3 scorer's own one-to-one alignment)
has another value. Each is put in the first class that describes it, in three tiers:
- notation: the same time written two ways ("1968" / "1968-XX", "2000-W07" / "2000-W7");
- convention: the gold drops what the text says, by a habit of its annotators ("Thursday
  night" written as the plain day, "last week" or "the quarter" as an unknown one);
- gold slip: the gold value contradicts the words it annotates and ours agrees with them
  ("Tuesday" dated a Wednesday, "six months" written P6D, "July last year" written 1997-06);
- reading: a real difference (another day, another year, a date for a duration).
Prints a count per class, a few examples, and the value F1 the scorer would give with the
notation tier forgiven, then with the convention tier too, then with the gold slips too: a
diagnostic for deciding about annotation conventions, not a score to report as ours.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

from timeline.temporal_durations import duration_value, number_value
from timeline.temporal_patterns import MONTHS, WEEKDAYS

REPO = Path(__file__).resolve().parent.parent

_PART = re.compile(r"T(?:MO|AF|EV|NI|DT)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE|-\d)?$")


def _unpadded_week(gold: str, system: str) -> bool:
    g, s = _WEEK.match(gold), _WEEK.match(system)
    return bool(
        g and s and g[1] == s[1] and int(g[2]) == int(s[2]) and g[3] == s[3] and g[2] != s[2]
    )


def _padded(a: str, b: str) -> bool:
    """One is the other with unknown parts written out: 1968 / 1968-XX, 199 / 199X."""
    return any(x in (y + "-XX", y + "-XX-XX", y + "X") for x, y in ((a, b), (b, a)))


def _clock(value: str) -> str:
    """T17, T1700 and T17:00 written one way."""
    m = re.match(r"^(.*T)(\d\d):?(\d\d)?$", value)
    return f"{m[1]}{m[2]}:{m[3] or '00'}" if m else value


def _iso_day(value: str) -> tuple[int, int, int] | None:
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", value)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def _week_apart(gold: str, system: str) -> bool:
    g, s = _iso_day(gold), _iso_day(system)
    if not g or not s:
        return False
    try:
        return abs((date(*g) - date(*s)).days) == 7
    except ValueError:
        return False


_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# the month names and abbreviations the normalizer knows, longest first ("september", "sept")
_MONTH_WORD = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# Words that move a date off the one named ("the day after Tuesday", "two years after 1985",
# "fiscal 1988"): the gold may be right there, so no slip is claimed
_OFFSET = re.compile(
    r"\b(?:before|after|earlier|later|ago|following|prior|since|from|next|previous|fiscal)\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"^(?:for\s+)?(?P<n>\d+|[a-z]+)[\s-]+(?P<unit>day|week|month|year)s?$", re.IGNORECASE
)


def _weekday_of(value: str) -> int | None:
    day = _iso_day(value)
    try:
        return date(*day).weekday() if day else None
    except ValueError:
        return None


def _named_weekday(text: str) -> int | None:
    """The weekday the words name, when they name exactly one."""
    names = {m.lower() for m in _WEEKDAY_WORD.findall(text)}
    return WEEKDAYS[names.pop()] if len(names) == 1 else None


def _plain(text: str) -> bool:
    """True when the words name a date without moving off it: no offset word, at most one
    number (a day, a year), no second year ("the 1989-90 season")."""
    return (
        not _OFFSET.search(text)
        and len(re.findall(r"\d+", text)) <= 2
        and not re.search(r"\d{4}\s*[-–/]\s*\d", text)
    )


def _slip_weekday(g: str, s: str, text: str) -> bool:
    if not _plain(text):
        return False
    named = _named_weekday(text)
    return named is not None and _weekday_of(s) == named and _weekday_of(g) not in (None, named)


def _named_month(text: str) -> int | None:
    months = {MONTHS[m.lower()] for m in _MONTH_WORD.findall(text)}
    return months.pop() if len(months) == 1 else None


def _month_of(value: str) -> int | None:
    m = re.match(r"^(?:\d{4}|XXXX)-(\d\d)\b", value)
    return int(m[1]) if m else None


def _slip_month(g: str, s: str, text: str) -> bool:
    if not _plain(text):
        return False
    named = _named_month(text)
    return named is not None and _month_of(s) == named and _month_of(g) not in (None, named)


def _slip_year(g: str, s: str, text: str) -> bool:
    if not _plain(text):
        return False
    years = set(re.findall(r"\b(?:1[89]|20)\d\d\b", text))
    return (
        len(years) == 1 and s[:4] in years and bool(re.match(r"^\d{4}", g)) and g[:4] not in years
    )


def _slip_count(g: str, s: str, text: str) -> bool:
    """ "13 years" written P12Y, "six months" written P6D; ours says what the words say."""
    m = _COUNT.match(text.strip())
    if not m:
        return False
    number = number_value(m["n"])
    if number is None:
        return False
    return s == duration_value(number, m["unit"].lower()) and bool(re.match(r"^P\d+[DWMY]$", g))


def _same_length(g: str, s: str) -> bool:
    """P1Y and P12M, P2W and P14D: one length in other units."""

    def length(value: str) -> tuple[str, int] | None:
        m = re.fullmatch(r"P(\d+)([DWMY])", value)
        if not m:
            return None
        n, unit = int(m[1]), m[2]
        return (
            ("days", n * (7 if unit == "W" else 1))
            if unit in "DW"
            else ("months", n * (12 if unit == "Y" else 1))
        )

    a, b = length(g), length(s)
    return a is not None and a == b


NOTATION, CONVENTION, SLIP, READING = "notation", "convention", "gold slip", "reading"
# (name, tier, test(gold, system, text)); the first that holds names the error.
CLASSES: list[tuple[str, str, Callable[[str, str, str], bool]]] = [
    ("no value on one side", READING, lambda g, s, t: not g or not s),
    ("unknown parts written out (1968-XX, 199X)", NOTATION, lambda g, s, t: _padded(g, s)),
    ("week number without its zero", NOTATION, lambda g, s, t: _unpadded_week(g, s)),
    ("the same length in other units (P1Y, P12M)", NOTATION,
     lambda g, s, t: _same_length(g, s)),
    ("clock time written T17 or T1700", NOTATION, lambda g, s, t: _clock(g) == _clock(s)),
    ("part of day: gold writes the plain day", CONVENTION,
     lambda g, s, t: bool(_PART.search(s)) and _PART.sub("", s) == g),
    ("part of day: gold writes another part", CONVENTION,
     lambda g, s, t: bool(_PART.search(s) and _PART.search(g)) and g[:-2] == s[:-2]),
    ("gold gives an unknown week (WXX)", CONVENTION,
     lambda g, s, t: g.endswith("-WXX") and bool(re.match(r"^\d{4}-W\d\d$", s))),
    ("gold gives an unknown quarter (QX)", CONVENTION,
     lambda g, s, t: g.endswith("-QX") and bool(re.match(r"^\d{4}-Q\d$", s))),
    ("gold dates a weekday the text does not name", SLIP, _slip_weekday),
    ("gold gives a month the text does not name", SLIP, _slip_month),
    ("gold gives a year the text does not name", SLIP, _slip_year),
    ("gold counts other than the text (13 years: P12Y)", SLIP, _slip_count),
    ("year left unknown on one side (XXXX-10)", READING,
     lambda g, s, t: (g.startswith("XXXX") != s.startswith("XXXX")) and g[4:] == s[4:]),
    ("gold coarser: same time, less precise", READING,
     lambda g, s, t: not g.startswith("P") and len(g) < len(s) and s.startswith(g)),
    ("gold finer: same time, more precise", READING,
     lambda g, s, t: not s.startswith("P") and len(s) < len(g) and g.startswith(s)),
    ("a day a week apart (weekday read the other way)", READING, lambda g, s, t: _week_apart(g, s)),
    ("duration against date", READING,
     lambda g, s, t: g.startswith("P") != s.startswith("P")
     and not g.endswith("_REF") and not s.endswith("_REF")),
    ("PAST/PRESENT/FUTURE_REF against a value", READING,
     lambda g, s, t: g.endswith("_REF") or s.endswith("_REF")),
    ("another duration", READING, lambda g, s, t: g.startswith("P") and s.startswith("P")),
    ("another year", READING,
     lambda g, s, t: g[:4] != s[:4] and g[:1].isdigit() and s[:1].isdigit()),
    ("another date in the same year", READING, lambda g, s, t: True),
]  # fmt: skip


def load_scorer(shared: Path):
    """The shared TE3 scorer as a module: its loading and one-to-one alignment are reused so
    the counts here are the scorer's."""
    spec = importlib.util.spec_from_file_location("te3_eval", shared / "tools" / "te3_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def classify(gold: str, system: str, text: str = "") -> str:
    """The class of a value error; `text` is the annotated expression."""
    if gold == system:
        raise ValueError(f"not a value error: both {gold!r}")
    return next(name for name, _, test in CLASSES if test(gold, system, text))


def value_errors(scorer, gold: dict, system: dict) -> tuple[list[dict], int, int, int]:
    """(errors, gold count, system count, relaxed matches), matched as the scorer matches."""
    errors = []
    n_gold = n_system = matched = 0
    for key in sorted(gold):
        gold_tx = gold[key]["timexes"]
        system_tx = sorted(system.get(key, []), key=lambda t: (t["start"], -t["end"]))
        n_gold, n_system = n_gold + len(gold_tx), n_system + len(system_tx)
        for gi, si in scorer.align(gold_tx, system_tx):
            matched += 1
            g, s = gold_tx[gi], system_tx[si]
            if g["value"] != s["value"]:
                text = gold[key]["text"]
                words = text[g["start"] : g["end"]]
                errors.append(
                    {
                        "doc": key,
                        "gold": g["value"],
                        "system": s["value"],
                        "class": classify(g["value"], s["value"], words),
                        "context": text[max(0, g["start"] - 50) : g["end"] + 30],
                        "text": text[g["start"] : g["end"]],
                    }
                )
    return errors, n_gold, n_system, matched


def report(scorer, gold: dict, system: dict, examples: int = 3) -> str:
    errors, n_gold, n_system, matched = value_errors(scorer, gold, system)
    counts: dict[str, list[dict]] = defaultdict(list)
    for error in errors:
        counts[error["class"]].append(error)
    lines = [f"{len(errors)} value errors on {matched} relaxed matches", ""]
    lines.append(f"{'class':50s} {'tier':10s} {'errors':>6s}")
    for name, tier, _ in CLASSES:
        if counts[name]:
            lines.append(f"{name:50s} {tier:10s} {len(counts[name]):6d}")
    total = n_gold + n_system

    def f1(forgiven: int) -> float:
        return 200 * (matched - len(errors) + forgiven) / total if total else 0.0

    notation = sum(len(counts[n]) for n, tier, _ in CLASSES if tier == NOTATION)
    convention = sum(len(counts[n]) for n, tier, _ in CLASSES if tier == CONVENTION)
    slips = sum(len(counts[n]) for n, tier, _ in CLASSES if tier == SLIP)
    lines.append("")
    lines.append(
        f"value F1 {f1(0):.2f}; forgiving the {notation} notation differences {f1(notation):.2f};"
        f" and the {convention} convention differences too {f1(notation + convention):.2f};"
        f" and the {slips} gold slips too {f1(notation + convention + slips):.2f}"
    )
    if examples:
        lines.append("")
        for name, _, _ in CLASSES:
            for error in counts[name][:examples]:
                context = " ".join(error["context"].split())
                lines.append(
                    f"  [{name}] {error['doc']}: {error['text']!r} gold {error['gold']} "
                    f"ours {error['system']} | {context}"
                )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args()
    scorer = load_scorer(args.shared)
    gold = scorer.load_gold(str(args.gold))
    system = scorer.load_system(str(args.system), gold, lambda message: None)
    print(report(scorer, gold, system, args.examples))


if __name__ == "__main__":
    main()
