"""Why an event is what it is: its sources, how each was dated, what they share, conflicts."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Event, Timeline
from .similarity import bag_of_words, cosine
from .statements import describe, same_statement


class EventNotFoundError(LookupError):
    """No event, or more than one, has the id (or id prefix) asked for."""


@dataclass(frozen=True)
class SourceReason:
    """One source of an event and what ties it to the others."""

    index: int
    shared: tuple[str, ...]  # features it shares with the other sources: words, actors, places
    similarity: float  # best cosine with another source
    interview: str = ""  # the interview it reports with another source ("Mark Esper to CBS")


def find_event(timeline: Timeline, event_id: str) -> Event:
    """The event whose id is, or starts with, event_id."""
    matches = [e for e in timeline.events if e.id.startswith(event_id)]
    if len(matches) != 1:
        reason = "no event has" if not matches else f"{len(matches)} events have"
        raise EventNotFoundError(f"{reason} an id starting with {event_id!r}")
    return matches[0]


def _label(feature: str) -> str:
    prefixes = {"@": "actor ", "#": "place ", "^": "happening: ", "=": "figure "}
    return prefixes.get(feature[0], "") + feature.lstrip("@#^=") if feature else feature


def source_reasons(event: Event) -> list[SourceReason]:
    """For each source, the features it shares with the others and its closest similarity."""
    bags = [
        bag_of_words(
            source.sentence,
            actors=[a for a in event.actors if a.split()[-1].lower() in source.sentence.lower()],
        )
        for source in event.sources
    ]
    reasons = []
    for index, bag in enumerate(bags):
        others = [b for i, b in enumerate(bags) if i != index]
        shared = sorted({k for other in others for k in other if k in bag})
        best = max((cosine(bag, other) for other in others), default=0.0)
        source = event.sources[index]
        same = any(
            same_statement(source.statement, other.statement)
            for i, other in enumerate(event.sources)
            if i != index
        )
        reasons.append(
            SourceReason(
                index,
                tuple(_label(k) for k in shared),
                round(best, 3),
                describe(source.statement) if same else "",
            )
        )
    return reasons
