"""Sort the value errors of a TimeML run into classes, to see which are ours.

    python bench/timeml_errors.py GOLD_DIR SYSTEM.jsonl [--shared ../shared] [--examples 3]

A value error is a gold TIMEX3 whose relaxed match (the TE3 scorer's own one-to-one alignment)
has another value. Each is put in the first class that describes it, in three tiers:
- notation: the same time written two ways ("1968" / "1968-XX", "2000-W07" / "2000-W7");
- convention: the gold drops what the text says, by a habit of its annotators ("Thursday
  night" written as the plain day, "last week" or "the quarter" as an unknown one);
- reading: a real difference (another day, another year, a date for a duration).
Prints a count per class, a few examples, and the value F1 the scorer would give with the
notation tier forgiven, then with the convention tier too: a diagnostic for deciding about
annotation conventions, not a score to report as ours.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

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


NOTATION, CONVENTION, READING = "notation", "convention", "reading"
# (name, tier, test(gold, system)); the first that holds names the error.
CLASSES: list[tuple[str, str, Callable[[str, str], bool]]] = [
    ("no value on one side", READING, lambda g, s: not g or not s),
    ("unknown parts written out (1968-XX, 199X)", NOTATION, _padded),
    ("week number without its zero", NOTATION, _unpadded_week),
    ("clock time written T17 or T1700", NOTATION, lambda g, s: _clock(g) == _clock(s)),
    ("part of day: gold writes the plain day", CONVENTION,
     lambda g, s: bool(_PART.search(s)) and _PART.sub("", s) == g),
    ("part of day: gold writes another part", CONVENTION,
     lambda g, s: bool(_PART.search(s) and _PART.search(g)) and g[:-2] == s[:-2]),
    ("gold gives an unknown week (WXX)", CONVENTION,
     lambda g, s: g.endswith("-WXX") and bool(re.match(r"^\d{4}-W\d\d$", s))),
    ("gold gives an unknown quarter (QX)", CONVENTION,
     lambda g, s: g.endswith("-QX") and bool(re.match(r"^\d{4}-Q\d$", s))),
    ("year left unknown on one side (XXXX-10)", READING,
     lambda g, s: (g.startswith("XXXX") != s.startswith("XXXX")) and g[4:] == s[4:]),
    ("gold coarser: same time, less precise", READING,
     lambda g, s: not g.startswith("P") and len(g) < len(s) and s.startswith(g)),
    ("gold finer: same time, more precise", READING,
     lambda g, s: not s.startswith("P") and len(s) < len(g) and g.startswith(s)),
    ("a day a week apart (weekday read the other way)", READING, _week_apart),
    ("duration against date", READING,
     lambda g, s: g.startswith("P") != s.startswith("P")
     and not g.endswith("_REF") and not s.endswith("_REF")),
    ("PAST/PRESENT/FUTURE_REF against a value", READING,
     lambda g, s: g.endswith("_REF") or s.endswith("_REF")),
    ("another duration", READING, lambda g, s: g.startswith("P") and s.startswith("P")),
    ("another year", READING,
     lambda g, s: g[:4] != s[:4] and g[:1].isdigit() and s[:1].isdigit()),
    ("another date in the same year", READING, lambda g, s: True),
]  # fmt: skip


def load_scorer(shared: Path):
    """The shared TE3 scorer as a module: its loading and one-to-one alignment are reused so
    the counts here are the scorer's."""
    spec = importlib.util.spec_from_file_location("te3_eval", shared / "tools" / "te3_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def classify(gold: str, system: str) -> str:
    if gold == system:
        raise ValueError(f"not a value error: both {gold!r}")
    return next(name for name, _, test in CLASSES if test(gold, system))


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
                errors.append(
                    {
                        "doc": key,
                        "gold": g["value"],
                        "system": s["value"],
                        "class": classify(g["value"], s["value"]),
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
    lines.append("")
    lines.append(
        f"value F1 {f1(0):.2f}; forgiving the {notation} notation differences {f1(notation):.2f};"
        f" and the {convention} convention differences too {f1(notation + convention):.2f}"
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
