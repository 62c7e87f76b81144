"""Plain, frozen data passed between the stages: documents, time spans, mentions, events.

Nothing here knows about spaCy, files or output formats, so every stage after `nlp` can be
tested on these objects alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Where a publication date came from (issue 4 adds "metadata" and "inferred").
PUBLISHED_BY = ("option", "manifest", "metadata", "text", "inferred", "none")

# How a temporal expression was anchored.
ANCHORS = ("absolute", "publication", "previous", "unanchored", "none")


@dataclass(frozen=True)
class TimeSpan:
    """A normalized temporal expression: TIMEX3 type and value, plus a calendar interval.

    `start`/`end` are inclusive days and are None when the value is not a calendar interval
    (durations, sets, PAST_REF, unanchored relative dates). `precision` is one of
    day, week, weekend, month, quarter, half, season, year, decade, century, or None.
    `anchor` says what the value was computed from (see ANCHORS).
    """

    type: str
    value: str
    start: date | None = None
    end: date | None = None
    precision: str | None = None
    anchor: str = "absolute"
    # A SET's TIMEX3 frequency and quantifier: "twice a year" freq 2X, "every week" quant EVERY
    freq: str | None = None
    quant: str | None = None

    @property
    def is_calendar(self) -> bool:
        """True when the span is a usable event date (a closed interval of days)."""
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text: character offsets, surface text, normalization."""

    start: int
    end: int
    text: str
    span: TimeSpan


@dataclass(frozen=True)
class Document:
    """One article as read from disk (or stdin), with its publication date (DCT) if known."""

    name: str
    text: str
    published: date | None = None
    published_by: str = "none"
    outlet: str | None = None
    title: str | None = None
    path: str | None = None
    warnings: tuple[str, ...] = ()
    url: str | None = None
    # How sure the publication date is (1.0 given by the user, 0 unknown) and why we hold it.
    published_confidence: float = 0.0
    published_evidence: str = ""


@dataclass(frozen=True)
class Place:
    """A canonical place, with coordinates where the gazetteer knows them."""

    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    geo_precision: str | None = None  # town, region, country
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One dated report of a happening in one sentence of one document (an event candidate)."""

    document: str
    text: str  # what happened: the clause that the date governs, cleaned
    sentence: str
    sentence_start: int
    sentence_end: int
    span: TimeSpan
    date_text: str
    date_start: int | None = None
    date_end: int | None = None
    actors: tuple[str, ...] = ()
    places: tuple[Place, ...] = ()
    figures: tuple[tuple[str, str], ...] = ()  # (what, figure as written)
    predicate: str = ""  # the verb the date governs, lower case ("launched", "escaped")
    outlet: str | None = None
    published: date | None = None
    # "text" (a date in the sentence), "lead" (an article's lead with no date of its own) or
    # "report" ("X says N have fled": news of the publication day)
    dated_by: str = "text"
    published_by: str = "none"
    # (speaker, *outlet words) when the mention reports an interview ("Esper told CBS News")
    statement: tuple[str, ...] = ()
    # the actors that do what the predicate says: its subject ("Tusk declared"), not its
    # object nor the speaker of a quote
    agents: tuple[str, ...] = ()
    # which of the agents are organisations ("Apple reported revenue"): a one-word name of a
    # company tells happenings apart, a one-word state or surname does not (merge)
    organisations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """Where a merged event was reported: one mention, reduced to its provenance."""

    document: str
    outlet: str | None
    published: date | None
    date_text: str
    sentence: str
    start: int
    end: int
    dated_by: str = "text"
    published_by: str = "none"  # where the document's publication date came from
    date_value: str = ""  # the TIMEX3 value this source's own date expression has
    anchor: str = ""  # how that value was anchored (see ANCHORS)
    statement: tuple[str, ...] = ()  # the interview it reports: (speaker, *outlet words)


@dataclass(frozen=True)
class Event:
    """One happening, merged across documents, with every source that reported it."""

    id: str
    span: TimeSpan
    headline: str
    actors: tuple[str, ...]
    places: tuple[Place, ...]
    sources: tuple[Source, ...]
    conflicts: tuple[tuple[str, str, str], ...] = ()  # (what, figure, document)

    @property
    def n_sources(self) -> int:
        """Distinct outlets (or documents, when the outlet is unknown) that reported it."""
        return len({s.outlet or s.document for s in self.sources})


@dataclass
class Timeline:
    """The result of a build: events in chronological order, plus what was read and said."""

    events: list[Event]
    documents: list[Document]
    warnings: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    # How many documents got their publication date each way (published.DATED_BY).
    dating: dict[str, int] = field(default_factory=dict)
    # How many events the date window left out (before `since` or after `until`).
    outside_window: int = 0
