"""The publication date (DCT) of each document: found in its text, inferred with evidence, or
left unknown.

`find_text_date` reads a date line or dateline at the top of an article (" date 2019-10-13",
"Published: 13 October 2019", "LONDON | Tue Mar 15, 2011", "Updated 3:12 PM GMT+1, September
10, 2023", "MARRAKECH, Morocco, Sept. 10, 2023 (AP) —", "By Jane Doe | March 14, 2024"; see
cleanup.header): the calendar day as written, never converted to another time zone. A
dateline's own day ("DOHA/JERUSALEM, Nov 22 (Reuters) -") is the local day of the story;
without a year it takes the year of the date line beside it, or of the articles reporting the
same news, or stays unknown.

A date in figures ("14/03/2024", "03/14/2024", "14.03.2024") is read only when its order is
certain: one of its first two numbers is over 12, both are the same, or it is written with
dots (day-first writing uses them, 14.03.2024; month-first writing uses slashes). "03/04/2024"
may be 3 April (British) or 4 March (American): it is refused with a warning naming both
readings, never guessed, in a date line as in a manifest; `--doc-date` or a manifest with an
ISO date gives the day.

`infer_publication_dates` dates the documents that still have none, from what a reader would
use: the latest absolute date the text reports as past news, the weekdays it names ("on
Sunday"), a dateline's day, and the dated articles of the corpus that report the same
happenings (shared rare names, figures and quotes). It never guesses a year the evidence does
not fix, and never uses the wall clock.

Inference works on plain text features (regular expressions and `temporal.tag` without a DCT),
so it costs a few milliseconds per article and needs no spaCy pass.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .cache import text_key
from .cleanup import DATE_LINE, MONTH_NAME, NUMERIC_DAY, clean, header
from .model import Document
from .temporal import tag

# How sure we are of a date by where it came from; inference computes its own.
CONFIDENCE = {"option": 1.0, "manifest": 1.0, "metadata": 0.95, "text": 0.9, "none": 0.0}
# Counted in the summary of a build, in this order.
DATED_BY = ("option", "manifest", "metadata", "text", "inferred", "none")

UNDATED = "no publication date"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_DATEPARSER_SETTINGS = {
    # Only dates written out in full: "yesterday" or "Oct 13" must not become a day.
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
}
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?\s*")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The day inside a timestamp: "13 October 2019" in "Sun, 13 Oct 2019 10:00:00 +0000", "September
# 10, 2023" in "3:12 PM GMT+1, September 10, 2023", "Feb 21 2024" in "Wed, Feb 21 2024 2:02 PM".
_WRITTEN_DAY = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m1>{MONTH_NAME})\.?,?[ \t]+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH_NAME})\.?[ \t]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y2>\d{{4}}))\b"
)
DATELINE_DAYS = 2  # a dateline's day is within this many days of the date line beside it
# "14/03/2024 - 18:02": a day in figures at the start of a value (cleanup.NUMERIC_DAY)
_NUMERIC_DAY = re.compile(rf"\s*(?={NUMERIC_DAY})(\d+)([./-])(\d+)[./-](\d{{4}})")


class AmbiguousDay(ValueError):
    """A day in figures that may be day/month or month/day ("03/04/2024")."""


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


@dataclass(frozen=True)
class Dating:
    """A publication date (or None), where it came from, how sure, and why."""

    published: date | None
    published_by: str
    confidence: float
    evidence: str
    warning: str | None = None


def parse_day(value: str) -> date:
    """A day written in full: ISO ('2019-10-13', '2019-10-13T08:00Z') or English ('13 October
    2019', 'Tue Mar 15, 2011 4:57pm EDT'). Raise ValueError saying why otherwise."""
    text = (value or "").strip()
    iso = _ISO_DAY.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        try:
            return date(year, month, day)
        except ValueError as error:
            raise ValueError(f"{value!r} is not a valid date ({error})") from None
    numeric = _NUMERIC_DAY.match(text)
    if numeric:
        return _numeric_day(value, *numeric.groups())
    if re.fullmatch(r"[\d\s\-/.:]*", text) and re.search(r"\d{4}-", text):
        raise ValueError(f"{value!r} is not a valid date")
    written = _WRITTEN_DAY.search(text)
    if written:  # the day as written: a time and a zone after it change nothing
        day, month, year = written.group("d1", "m1", "y1")
        if day is None:
            day, month, year = written.group("d2", "m2", "y2")
        try:
            return date(int(year), _month(month), int(day))
        except ValueError as error:
            raise ValueError(f"{value!r} is not a valid date ({error})") from None
    import dateparser  # only for dates written in words: importing it takes 0.1 s

    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        raise ValueError(f"{value!r} is not a date")
    return parsed.date()


def _numeric_day(value: str, first: str, separator: str, second: str, year: str) -> date:
    """The day of "14/03/2024" or "03/14/2024" when the order is certain (see the module
    docstring); AmbiguousDay naming both readings otherwise."""
    one, two = int(first), int(second)
    if two > 12 >= one:
        day, month = two, one
    elif one > 12 or one == two or separator == ".":
        day, month = one, two
    elif one >= 1 and two >= 1:  # "00/05/2024" is no date: said below
        readings = f"{one} {calendar.month_name[two]} or {two} {calendar.month_name[one]}"
        raise AmbiguousDay(f"{value!r} may be day/month or month/day ({readings})")
    else:
        day, month = one, two
    try:
        return date(int(year), month, day)
    except ValueError as error:
        raise ValueError(f"{value!r} is not a valid date ({error})") from None


def dateline_day(
    text: str, dateline: re.Match[str] | None = None
) -> tuple[str, int, int, int | None] | None:
    """(dateline as written, month, day, year or None) of the dateline at the top of `text`
    (or of the given cleanup.header dateline) when it gives a day ("MARRAKECH, Sept 10
    (Reuters)"), else None."""
    dateline = dateline or header(text).dateline
    if dateline is None or not dateline.group("day"):
        return None
    month, day, year = dateline.group("month", "date", "year")
    written = dateline.group(2).strip()
    return written, _month(month), int(day), int(year) if year else None


def _near(month: int, day: int, around: date, days: int) -> date | None:
    """The day `month`/`day` within `days` days of `around` (in its year or the next or
    previous one), or None."""
    for year in (around.year, around.year - 1, around.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if abs((candidate - around).days) <= days:
            return candidate
    return None


def _whole_line(text: str, position: int) -> str:
    """The line of text that holds position, stripped."""
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : end if end >= 0 else len(text)].strip()


def find_text_date(text: str, name: str) -> Dating | None:
    """A date line or a dateline at the top of the text, or None. A malformed one gives a
    warning. A dateline's day wins over a date line's within DATELINE_DAYS of it (a GMT
    timestamp may be the next day); a dateline without a year needs a date line beside it."""
    line = DATE_LINE.match(text)
    if line:
        written = line.group(0).strip()
        try:
            day = parse_day(line.group(1))
        except ValueError as error:
            warning = f"{name}: malformed date line {written!r} ({error}), ignored"
            return Dating(None, "none", 0.0, "", warning)
        return Dating(day, "text", CONFIDENCE["text"], f"date line {written!r}")
    top = header(text)
    found = None
    if top.date is not None:
        written = _whole_line(text, top.date.start())  # "By Jane Doe | March 14, 2024"
        try:
            day = parse_day(top.date.group("value"))
        except ValueError as error:
            kind = "ambiguous" if isinstance(error, AmbiguousDay) else "malformed"
            warning = f"{name}: {kind} date line {written!r} ({error}), ignored"
            return Dating(None, "none", 0.0, "", warning)
        found = Dating(day, "text", CONFIDENCE["text"], f"date line {written!r}")
    dateline = dateline_day(text, top.dateline)
    if dateline is None:
        return found
    written, month, day, year = dateline
    if year is not None:
        try:
            local = date(year, month, day)
        except ValueError:
            return found
        if found is not None and abs((local - found.published).days) > DATELINE_DAYS:
            return found
    elif found is None or (local := _near(month, day, found.published, DATELINE_DAYS)) is None:
        return found
    if found is None:
        evidence = f"dateline {written!r}"
    elif found.published == local:
        evidence = f"{found.evidence} and dateline {written!r}"
    else:
        evidence = f"dateline {written!r} (its local day), beside the {found.evidence}"
    return Dating(local, "text", CONFIDENCE["text"], evidence)


# -- inference ------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"‘'])|\n\s*\n|\n")
_NAME = re.compile(r"\b(?:al-|el-|Al-)?[A-Z][\w’'-]*[\w]")
_WORD = re.compile(r"\b[a-z][a-z’'-]{3,}\b")
# 130,000 or 859, not 120km (a distance) nor 2019 (a year, left to the date tagger).
_FIGURE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{3,})(?!\d|\w|,\d)")
# "a magnitude 7.5 quake", "magnitude-6.0": a figure that tells one quake from another
_MAGNITUDE = re.compile(r"\bmagnitude[\s-]+(\d(?:\.\d)?)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[“\"]([^”\"\n]{20,400})[”\"]")
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|due|scheduled|expected|planned|plans?|set to|set for|until|by|before|"
    r"next|ahead of|from)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "The deal is expected to close in late 2024 or early 2025": a sentence that looks ahead
# tells no date the article reports as past.
_FUTURE_IN_SENTENCE = re.compile(
    r"\b(?:will|would|shall|could|might|expected\s+to|due\s+to|scheduled\s+to|set\s+to"
    r"|plans?\s+to|planned|aims?\s+to|hopes?\s+to|intends?\s+to|is\s+to|are\s+to)\b",
    re.IGNORECASE,
)
# Capitalised words that are not names: sentence openers, titles, calendar words.
_NOT_NAMES = frozenset(
    (
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his", "however",
        "i", "if", "in", "it", "its", "mr", "mrs", "ms", "dr", "of", "on", "our", "she", "so",
        "that", "the", "their", "then", "there", "these", "they", "this", "those", "to", "we",
        "what", "when", "where", "which", "while", "who", "why", "with", "you", "your", "president",
        "minister", "secretary", "prime", "general", "officials", "official", "government", "state",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "sir", "image", "read", "more"
    )
)  # fmt: skip
_STOP_WORDS = frozenset(
    (
        "also", "been", "being", "could", "does", "from", "have", "into", "more", "most", "other",
        "over", "said", "says", "such", "than", "that", "their", "them", "then", "there", "these",
        "they", "this", "those", "very", "were", "what", "when", "where", "which", "while", "with",
        "would", "about", "after", "again", "against", "because", "before", "between", "during",
        "under", "until", "people", "year", "years", "week", "weeks"
    )
)  # fmt: skip


@dataclass
class _Profile:
    """What inference reads in one document."""

    sentences: list[tuple[str, frozenset[str]]]
    not_before: date | None = None
    not_before_text: str = ""
    weekdays: Counter | None = None
    yearless: tuple[str, ...] = ()
    unanchored: tuple[str, ...] = ()
    dateline: tuple[str, int, int] | None = None  # a dateline's day without a year


def _features(sentence: str) -> frozenset[str]:
    keys: set[str] = set()
    for match in _NAME.finditer(sentence):
        word = match.group(0).lower().replace("’", "'")
        if word not in _NOT_NAMES and len(word) > 1:
            keys.add("n:" + word)
    for match in _WORD.finditer(sentence):
        word = match.group(0)
        if word not in _STOP_WORDS:
            keys.add("w:" + word[:5])
    for match in _FIGURE.finditer(sentence):
        figure = match.group(0).replace(",", "")
        if not (len(figure) == 4 and 1800 <= int(figure) <= 2100 and "," not in match.group(0)):
            keys.add("f:" + figure)
    for match in _MAGNITUDE.finditer(sentence):
        keys.add("f:magnitude " + match.group(1))
    for match in _QUOTE.finditer(sentence):
        words = re.findall(r"\w+", match.group(1).lower())
        keys.update("q:" + " ".join(words[i : i + 4]) for i in range(len(words) - 3))
    return frozenset(keys)


def _profile(text: str, with_dates: bool = True) -> _Profile:
    """What inference needs of a text: its sentences' features and, for a document to date,
    what its temporal expressions tell (with_dates)."""
    cleaned = clean(text)
    sentences = [
        (piece.strip(), _features(piece))
        for piece in _SENTENCE_END.split(cleaned)
        if piece and piece.strip()
    ]
    profile = _Profile(sentences=sentences, weekdays=Counter())
    dateline = dateline_day(text)
    if dateline is not None and dateline[3] is None:
        profile.dateline = dateline[:3]
    yearless, unanchored = [], []
    for timex in tag(cleaned, None) if with_dates else ():
        span = timex.span
        before = cleaned[max(0, timex.start - 40) : timex.start]
        opening = max(cleaned.rfind(end, 0, timex.start) for end in (". ", "! ", "? ", "\n"))
        clause = cleaned[opening + 1 : timex.start]
        future = bool(_FUTURE_BEFORE.search(before) or _FUTURE_IN_SENTENCE.search(clause))
        weekday = re.fullmatch(r"XXXX-WXX-([1-7])(?:T\w+)?", span.value)
        if weekday and not future:
            profile.weekdays[int(weekday.group(1)) - 1] += 1
        if span.anchor == "unanchored" and not span.value.endswith("_REF"):
            unanchored.append(timex.text)
            if re.fullmatch(r"XXXX-\d\d(?:-\d\d)?", span.value):
                yearless.append(timex.text)
        later = profile.not_before is None or (span.start and span.start > profile.not_before)
        if span.anchor == "absolute" and span.start is not None and not future and later:
            profile.not_before, profile.not_before_text = span.start, span.value
    profile.yearless = tuple(dict.fromkeys(yearless))
    profile.unanchored = tuple(dict.fromkeys(unanchored))
    return profile


_IDENTIFYING = ("n:", "f:", "q:")  # names, figures, quotes: what may tell a happening
# Words (beyond names) that two sentences sharing only names must share to tell one happening
_WORDS_WITH_NAMES = 2


def _specific(feature: str, document_frequency: Counter, corpus_size: int) -> bool:
    """Figures and quotes always identify a happening; a name only when few articles use it
    (of corpus_size: the articles related to the one being dated, see _related)."""
    if feature.startswith(("f:", "q:")):
        return True
    return feature.startswith("n:") and document_frequency[feature] <= max(2, corpus_size // 5)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _weekday_list(weekdays: Counter) -> str:
    return ", ".join(
        f"{WEEKDAY_NAMES[d]} ×{n}" if n > 1 else WEEKDAY_NAMES[d]
        for d, n in sorted(weekdays.items(), key=lambda item: (-item[1], item[0]))
    )


def _weekdays_told(day: date, weekdays: Counter) -> int:
    """How many of the weekdays named are this day's or the day before's (news names the
    weekday of its publication day or of the day before)."""
    return sum(1 for d in (day, day - timedelta(days=1)) if d.weekday() in weekdays)


def _weekday_day(day: date, weekdays: Counter) -> date | None:
    """The day of an article that reports the news of `day`: that day, the next or the one
    after, the first of them that tells the most of the weekdays it names as its own day or
    the day before (None if none tells any). An article naming Tuesday's verdict and a
    past "Wednesday" is Wednesday's, not Tuesday's: written on the Tuesday, its "Wednesday"
    would be six days before the news."""
    candidates = [day + timedelta(days=k) for k in range(3)]
    best = max(candidates, key=lambda d: (_weekdays_told(d, weekdays), -d.toordinal()))
    return best if _weekdays_told(best, weekdays) else None


@dataclass(frozen=True)
class _Match:
    """A sentence of the undated article and one of a dated article that share a happening."""

    document: str
    published: date
    anchors: frozenset[str]  # the rare names, figures and quote words both sentences hold
    strength: int
    sentence: str  # the undated article's sentence
    in_lead: bool  # that sentence is one of the article's first


LEAD_SENTENCES = 3  # an article's lead: the news of its publication day


def _figure_weight(key: str) -> int:
    """130,000 or 859 pin a happening down; a round 1,000 or 120 less so."""
    digits = key[2:].rstrip("0")
    return 3 if len(digits) >= 2 else 2


_NAME_RUN = re.compile(r"(?:(?:al-|el-)?[A-Z][\w'’-]*\w(?: of| al| bin)?[ -]?)+")


def _surface(key: str, sentence: str) -> tuple[int, str]:
    """Where a feature occurs in the sentence and how it is written there: the whole name
    ('Mark Esper' for esper), a figure with its noun ('130,000 people')."""
    kind, value = key.split(":", 1)
    if kind == "q":
        return (10**6, f"the quote '{value}…'")
    if kind == "f" and not value.isdigit():
        return (10**6, value)  # "magnitude 7.5"
    if kind == "f":
        written = f"{int(value):,}"
        noun = (
            r"(?: (?!(?:according|and|or|of|to|in|on|at|by|for|from|with|who|which|that)\b)[a-z]+)?"
        )
        match = re.search(re.escape(written) + noun, sentence) or re.search(
            re.escape(value) + noun, sentence
        )
    else:
        pattern = r"(?<![\w-])" + re.escape(value) + r"(?![\w-])"
        match = re.search(pattern, sentence.replace("’", "'"), re.IGNORECASE)
        if match:
            for run in _NAME_RUN.finditer(sentence):
                if run.start() <= match.start() < run.end():
                    return (run.start(), run.group(0).strip(" -"))
    return (match.start(), match.group(0)) if match else (10**6, value)


def _label(match: _Match) -> str:
    """'Ain Issa', 'Mark Esper', '130,000 people': the shared features as the article writes
    them."""
    parts = sorted({_surface(key, match.sentence) for key in match.anchors})
    return " / ".join(dict.fromkeys(text for _, text in parts))


def _short(name: str) -> str:
    """'001' for the seeds' '001_f74e99542dbee671.txt', else the name itself."""
    return name.split("_", 1)[0] if re.match(r"\d+_", name) else name


def _figures_differ(
    features: frozenset[str], other: frozenset[str], shared: frozenset[str]
) -> bool:
    """True when both sentences tell figures and share none: another count, another
    happening ("the toll has risen to 202" and "the quake killed 64")."""
    return (
        any(f.startswith("f:") for f in features)
        and any(f.startswith("f:") for f in other)
        and not any(f.startswith("f:") for f in shared)
    )


class _Index:
    """Which dated sentences hold each name, figure and quote, for cheap look-ups."""

    def __init__(self, dated: Sequence[tuple[Document, _Profile]], frequency):
        self.frequency = frequency
        self.sentences: list[tuple[Document, frozenset[str]]] = []
        self.by_feature: dict[str, list[int]] = defaultdict(list)
        for document, profile in dated:
            for _, features in profile.sentences:
                index = len(self.sentences)
                self.sentences.append((document, features))
                for feature in features:
                    if feature.startswith(_IDENTIFYING):
                        self.by_feature[feature].append(index)

    def matches(self, name: str, profile: _Profile, size: int) -> list[_Match]:
        """Sentence pairs sharing a rare feature and enough else to be the same happening.
        size: how many articles rarity is counted among (see _related)."""
        found: list[_Match] = []
        for number, (text, features) in enumerate(profile.sentences):
            rare = [f for f in features if _specific(f, self.frequency, size)]
            candidates = {i for f in rare for i in self.by_feature.get(f, ())}
            for index in sorted(candidates):
                document, other = self.sentences[index]
                if document.name == name:
                    continue
                shared = features & other
                if _figures_differ(features, other, shared):
                    continue  # "risen to 202" is not the quake of "64 dead"
                anchors = frozenset(f for f in shared if _specific(f, self.frequency, size))
                strength = len(shared - anchors) + sum(
                    _figure_weight(f) if f.startswith("f:") else 2 for f in anchors
                )
                said = anchors - {f for f in anchors if f.startswith("n:")}
                words = {f for f in shared if f.startswith("w:")}
                if not said and len(words) < _WORDS_WITH_NAMES:
                    continue  # names alone ("Prigozhin", "Putin") tell no one happening
                if strength >= 3:
                    found.append(
                        _Match(
                            document.name,
                            document.published,
                            anchors,
                            strength,
                            text,
                            number < LEAD_SENTENCES,
                        )
                    )
        return found


def _happenings(matches: Sequence[_Match]) -> list[list[_Match]]:
    """Group matches into distinct happenings: matches that share an anchor are one."""
    groups: list[tuple[set[str], list[_Match]]] = []
    for match in matches:
        anchors, members = set(match.anchors), [match]
        rest = []
        for group_anchors, group_members in groups:
            if group_anchors & anchors:
                anchors |= group_anchors
                members = group_members + members
            else:
                rest.append((group_anchors, group_members))
        groups = [*rest, (anchors, members)]
    return [members for _, members in groups]


def _figures(match: _Match) -> int:
    """How many telling figures (130,000, not 1,000) and quotes a match shares."""
    return sum(
        1
        for a in match.anchors
        if a.startswith("q:") or (a.startswith("f:") and _figure_weight(a) == 3)
    )


def _best(group: list[_Match]) -> _Match:
    """The match that names a happening best: a lead first, then figures, then strength."""
    return max(
        group,
        key=lambda m: (m.in_lead, any(a.startswith(("f:", "q:")) for a in m.anchors), m.strength),
    )


def _from_corpus(
    name: str, profile: _Profile, index: _Index, size: int
) -> tuple[Dating | None, str]:
    """A date from the dated articles that report the same happenings, or a reason why not.

    The undated article's lead must report a happening a dated article reports (what is
    shared elsewhere in the text may be background: the camp, the militia, the war), it must
    share at least two happenings, its past dates must not be later, and the weekdays it names
    must fit: news names its own day or the day before. A dateline without a year ("LONDON,
    March 14 (Reuters)") gives the day instead, when it lies within a few days of theirs.
    """
    by_day: dict[date, list[_Match]] = defaultdict(list)
    for match in index.matches(name, profile, size):
        by_day[match.published].append(match)
    if not by_day:
        return None, "no dated article reports the same happenings"

    def rank(item: tuple[date, list[_Match]]):
        day, matches = item
        return (-any(m.in_lead for m in matches), -len(_happenings(matches)), -day.toordinal())

    reasons = []
    weekdays = profile.weekdays or Counter()
    for day, matches in sorted(by_day.items(), key=rank):
        best = sorted(
            (_best(g) for g in _happenings(matches)),
            key=lambda m: (not m.in_lead, -_figures(m), -m.strength, _label(m)),
        )
        documents = ", ".join(_short(d) for d in sorted({m.document for m in matches}))
        shared = ", ".join(dict.fromkeys(_label(m) for m in best[:5]))
        if len(best) > 5:
            shared += f" and {len(best) - 5} more"
        told = f"{documents} (published {day})"
        if not best[0].in_lead:
            reasons.append(f"shares only background ({shared}) with {told}, not its lead news")
            continue
        if len(best) < 2:
            reasons.append(f"shares only {shared} with {told}")
            continue
        if profile.not_before and profile.not_before > day:
            reasons.append(
                f"shares {shared} with {told}, but reports {profile.not_before_text} as past"
            )
            continue
        chosen = day
        if profile.dateline:
            written, month, day_of_month = profile.dateline
            near = _near(month, day_of_month, day, DATELINE_DAYS + 1)
            if near is None or (profile.not_before and profile.not_before > near):
                reasons.append(f"shares {shared} with {told}, but its dateline is {written!r}")
                continue
            chosen = near
        elif weekdays:
            fitting = _weekday_day(day, weekdays)
            if fitting is None:
                reasons.append(
                    f"shares {shared} with {told}, but the weekdays it names "
                    f"({_weekday_list(weekdays)}) do not fit that day"
                )
                continue
            chosen = fitting
        confidence = 0.6 + 0.05 * min(len(best) - 2, 3)
        confidence += 0.05 * min(len({m.document for m in matches}) - 1, 2)
        evidence = f"reports the same happenings as {told}: {shared}"
        if profile.dateline:
            evidence += f"; its dateline {profile.dateline[0]!r} gives the day"
            confidence += 0.1
        elif weekdays:
            if chosen.weekday() in weekdays:
                fit = f"its own day is a {WEEKDAY_NAMES[chosen.weekday()]}"
                confidence += 0.1
            else:
                fit = f"the day before its own is a {WEEKDAY_NAMES[(chosen.weekday() - 1) % 7]}"
            evidence += f"; names {_weekday_list(weekdays)}: {fit}"
        else:
            evidence += "; names no weekday"
        if profile.not_before:
            evidence += f"; the latest date it reports, {profile.not_before_text}, fits"
        return Dating(chosen, "inferred", round(min(confidence, 0.9), 2), evidence), ""
    return None, "; ".join(reasons)


def _related(number: int, profile: _Profile, holders: dict[str, set[int]]) -> int:
    """How many articles share a name, a figure or a quote with this one (itself included):
    those a name's rarity is counted among. An article that shares none of them cannot tell
    of its happenings, so adding it changes no name's rarity and no inferred date (counted
    among the whole corpus, ten unrelated one-line articles would make 'Former US' rare)."""
    related = {number}
    for _, features in profile.sentences:
        for feature in features:
            if feature.startswith(_IDENTIFYING):
                related |= holders.get(feature, set())
    return len(related)


def _unknown(name: str, profile: _Profile, reason: str) -> Dating:
    notes = []
    if profile.not_before:
        notes.append(f"not before {profile.not_before_text}")
    if profile.weekdays:
        notes.append(f"names {_weekday_list(profile.weekdays)}")
    if profile.dateline:
        notes.append(f"dateline {profile.dateline[0]!r} without a year")
    if profile.yearless:
        notes.append("yearless " + ", ".join(repr(t) for t in profile.yearless[:3]))
    if reason:
        notes.append(reason)
    notes.append("the evidence does not fix the year" if notes else "no evidence of a date")
    evidence = "; ".join(notes)
    listed = ", ".join(repr(t) for t in profile.unanchored[:6])
    more = len(profile.unanchored) - 6
    if more > 0:
        listed += f" and {more} more"
    warning = f"{name}: {UNDATED} ({evidence})"
    if listed:
        warning += f"; relative dates left unanchored: {listed}"
    return Dating(None, "none", 0.0, evidence, warning)


def _profiles(
    documents: Sequence[Document], indexes: Iterable[int], with_dates: bool, cache
) -> dict[int, _Profile]:
    """Profiles of documents[i], from the cache when it holds them (keyed by text and code)."""
    profiles = {}
    for i in indexes:
        text = documents[i].text
        key = None
        if cache is not None:
            key = text_key(text, f"profile:{with_dates}")
            profiles[i] = cache.get(key)
        if profiles.get(i) is None:
            profiles[i] = _profile(text, with_dates)
            if key is not None:
                cache.put(key, profiles[i])
    return profiles


def infer_publication_dates(documents: Sequence[Document], cache=None) -> list[Document]:
    """Date the documents that have no publication date, where the evidence allows.

    Dated documents come back unchanged. cache (an AnalysisCache) keeps each text's profile
    between runs, so a re-run pays only for new texts. An inferred date has published_by "inferred", a
    confidence and its evidence; an undated document gets one warning naming it, saying what
    is known and listing the relative dates left unanchored.
    """
    undated = [i for i, d in enumerate(documents) if d.published is None]
    if not undated:
        return list(documents)
    profiles = _profiles(documents, undated, True, cache)
    known = [i for i, d in enumerate(documents) if d.published is not None]
    dated_profiles = _profiles(documents, known, False, cache)
    dated = [(documents[i], dated_profiles[i]) for i in known]
    frequency: Counter = Counter()
    holders: dict[str, set[int]] = defaultdict(set)  # who holds each name, figure and quote
    for i, profile in [*profiles.items(), *dated_profiles.items()]:
        features = {f for _, found in profile.sentences for f in found}
        frequency.update(features)
        for feature in features:
            if feature.startswith(_IDENTIFYING):
                holders[feature].add(i)
    index = _Index(dated, frequency)
    result = list(documents)
    for i in undated:
        document, profile = documents[i], profiles[i]
        size = _related(i, profile, holders)
        dating, reason = _from_corpus(document.name, profile, index, size)
        if dating is None:
            dating = _unknown(document.name, profile, reason)
        warnings = tuple(w for w in document.warnings if UNDATED not in w)
        if dating.warning:
            warnings += (dating.warning,)
        result[i] = replace(
            document,
            published=dating.published,
            published_by=dating.published_by,
            published_confidence=dating.confidence,
            published_evidence=dating.evidence,
            warnings=warnings,
        )
    return result


def dating_counts(documents: Iterable[Document]) -> dict[str, int]:
    """How many documents were dated each way (see DATED_BY), every key present."""
    counts = dict.fromkeys(DATED_BY, 0)
    for document in documents:
        counts[document.published_by if document.published_by in counts else "none"] += 1
    return counts


def dating_summary(counts: dict[str, int]) -> str:
    """'dated: 2 by text, 1 by metadata, 1 inferred, 0 undated' for a summary line."""
    labels = {"inferred": "inferred", "none": "undated"}
    parts = [
        f"{counts.get(by, 0)} {labels.get(by, 'by ' + by)}"
        for by in DATED_BY
        if counts.get(by) or by in ("metadata", "text", "inferred", "none")
    ]
    return "dated: " + ", ".join(parts)
