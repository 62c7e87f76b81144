"""TimelineJS (Knight Lab) JSON: one slide per event, dates carrying only their known parts.

https://timeline.knightlab.com/docs/json-format.html: `events` of slides with `start_date`
(and `end_date` when the event lasts), `display_date`, `text.headline`/`text.text` (HTML, so
every piece of article text is escaped), `group` and `unique_id`.
"""

from __future__ import annotations

import json
from datetime import date
from html import escape as _escape
from typing import Any, TextIO

from ..model import Event, Timeline, TimeSpan
from .display import display_date
from .records import conflict_summary, is_inferred


def escape(text: str) -> str:
    """Text as HTML content (TimelineJS renders headline and text as HTML)."""
    return _escape(text, quote=False)


# Which date parts a precision knows: a year-precision event has no month.
_DAY_PARTS = ("year", "month", "day")
_PARTS = {
    "day": _DAY_PARTS,
    "days": _DAY_PARTS,
    "week": _DAY_PARTS,
    "weekend": _DAY_PARTS,
    "month": ("year", "month"),
    "quarter": ("year", "month"),
    "half": ("year", "month"),
    "season": ("year", "month"),
    "year": ("year",),
    "decade": ("year",),
    "century": ("year",),
}


def date_object(day: date, precision: str | None) -> dict[str, int]:
    """A TimelineJS date object with the parts the precision knows."""
    parts = _PARTS.get(precision or "", _DAY_PARTS)
    return {part: getattr(day, part) for part in parts}


def slide_dates(span: TimeSpan) -> dict[str, Any]:
    """start_date, and end_date when the event spans more than its start's known parts."""
    assert span.start is not None and span.end is not None
    start = date_object(span.start, span.precision)
    end = date_object(span.end, span.precision)
    dates: dict[str, Any] = {"start_date": start}
    if end != start:
        dates["end_date"] = end
    return dates


def group(event: Event) -> str | None:
    """The row an event goes in: its first place, else its first actor."""
    if event.places:
        return event.places[0].name
    if event.actors:
        return event.actors[0]
    return None


def _text(event: Event) -> str:
    """The slide body: where, who, figures that differ, then every source with its sentence."""
    lines = []
    if event.places:
        lines.append(f"<p><b>Where:</b> {escape(', '.join(p.name for p in event.places))}</p>")
    if event.actors:
        lines.append(f"<p><b>Who:</b> {escape(', '.join(event.actors))}</p>")
    if event.conflicts:
        figures = conflict_summary(event)
        lines.append(f"<p><b>Figures differ:</b> {escape(figures)}</p>")
    items = []
    for source in event.sources:
        said = f", “{source.date_text}”" if source.date_text else ""
        published = f", {source.published.isoformat()}" if source.published else ""
        if is_inferred(source):
            published += ", publication date inferred"
        items.append(
            f"<li><b>{escape(source.outlet or source.document)}</b>{escape(published + said)}: "
            f"{escape(source.sentence)} <i>({escape(source.document)})</i></li>"
        )
    lines.append(f"<p><b>Sources:</b></p><ul>{''.join(items)}</ul>")
    return "".join(lines)


def slide(event: Event) -> dict[str, Any]:
    """One TimelineJS slide for an event with a calendar date."""
    result: dict[str, Any] = slide_dates(event.span)
    result["display_date"] = display_date(event.span)
    result["text"] = {"headline": escape(event.headline), "text": _text(event)}
    where = group(event)
    if where:
        result["group"] = where
    result["unique_id"] = f"event-{event.id}"
    result["autolink"] = False  # article text is not ours to turn into links
    return result


def timelinejs_document(timeline: Timeline) -> dict[str, Any]:
    """The whole TimelineJS JSON object: a title slide and one slide per dated event."""
    events = [e for e in timeline.events if e.span.is_calendar]
    summary = f"{len(events)} events from {len(timeline.documents)} documents"
    return {
        "title": {"text": {"headline": "Chronology", "text": escape(summary)}},
        "events": [slide(e) for e in events],
        "scale": "human",
    }


def write_timelinejs(timeline: Timeline, stream: TextIO) -> None:
    stream.write(json.dumps(timelinejs_document(timeline), ensure_ascii=False, indent=2) + "\n")
