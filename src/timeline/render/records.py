"""Events as plain records: the one place where output field names and order are defined."""

from __future__ import annotations

from typing import Any

from ..model import Event, Place, Source

# JSON Lines / JSON fields, in order.
FIELDS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "headline",
    "actors",
    "places",
    "sources",
    "n_sources",
    "conflicts",
)
# CSV / TSV columns, in order: the same fields flattened. New columns go at the end, so a
# column keeps its position from one version to the next.
COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "headline",
    "actors",
    "places",
    "coordinates",
    "n_sources",
    "outlets",
    "documents",
    "date_texts",
    "dated_by",
    "conflicts",
    "published",
    "published_by",
)
LIST_SEPARATOR = "; "


def place_record(place: Place) -> dict[str, Any]:
    record: dict[str, Any] = {"name": place.name}
    if place.lat is not None and place.lon is not None:
        record["lat"] = round(place.lat, 5)
        record["lon"] = round(place.lon, 5)
    if place.country:
        record["country"] = place.country
    if place.geo_precision:
        record["geo_precision"] = place.geo_precision
    return record


def source_record(source: Source) -> dict[str, Any]:
    return {
        "document": source.document,
        "outlet": source.outlet,
        "published": source.published.isoformat() if source.published else None,
        "published_by": source.published_by,
        "date_text": source.date_text,
        "date_value": source.date_value,
        "anchor": source.anchor,
        "dated_by": source.dated_by,
        "sentence": source.sentence,
        "start": source.start,
        "end": source.end,
    }


def event_record(event: Event) -> dict[str, Any]:
    """An event as a JSON-ready dict with the FIELDS keys, in order."""
    span = event.span
    return {
        "id": event.id,
        "date": span.value,
        "start": span.start.isoformat() if span.start else None,
        "end": span.end.isoformat() if span.end else None,
        "precision": span.precision,
        "headline": event.headline,
        "actors": list(event.actors),
        "places": [place_record(p) for p in event.places],
        "sources": [source_record(s) for s in event.sources],
        "n_sources": event.n_sources,
        "conflicts": conflict_records(event),
    }


def conflict_records(event: Event) -> list[dict[str, Any]]:
    """Disagreeing figures, each with the document and outlet that gave it."""
    outlets = {s.document: s.outlet for s in event.sources}
    return [
        {"what": what, "figure": figure, "document": document, "outlet": outlets.get(document)}
        for what, figure, document in event.conflicts
    ]


def conflict_summary(event: Event) -> str:
    """'people: 859 (Al Jazeera); 785 (The Wall Street Journal)' for one-line formats."""
    parts = []
    for record in conflict_records(event):
        who = record["outlet"] or record["document"]
        parts.append(f"{record['what']}: {record['figure']} ({who})")
    return LIST_SEPARATOR.join(parts)


def _unique(values):
    return list(dict.fromkeys(v for v in values if v))


def reporters(event: Event) -> list[str]:
    """Who reported the event, as n_sources counts them: each source's outlet, or its
    document's name when the outlet is unknown, so the list always has n_sources entries."""
    return _unique(s.outlet or s.document for s in event.sources)


def is_inferred(source: Source) -> bool:
    """The source's publication date was inferred from the corpus, not read or given."""
    return source.published is not None and source.published_by == "inferred"


def _publications(event: Event) -> tuple[list[str], list[str]]:
    """Each document's publication date ('' if unknown) and where it came from, in the order
    of the documents column."""
    first = {}
    for source in event.sources:
        first.setdefault(source.document, source)
    days = [s.published.isoformat() if s.published else "" for s in first.values()]
    return days, [s.published_by for s in first.values()]


def event_row(event: Event) -> dict[str, str]:
    """An event flattened to the COLUMNS, every value a string (lists joined by '; ')."""
    record = event_record(event)
    published, published_by = _publications(event)
    coordinates = [f"{p['lat']},{p['lon']}" if "lat" in p else "" for p in record["places"]]
    join = LIST_SEPARATOR.join
    return {
        "id": record["id"],
        "date": record["date"],
        "start": record["start"] or "",
        "end": record["end"] or "",
        "precision": record["precision"] or "",
        "headline": record["headline"],
        "actors": join(record["actors"]),
        "places": join(p["name"] for p in record["places"]),
        "coordinates": join(coordinates) if any(coordinates) else "",
        "n_sources": str(record["n_sources"]),
        "outlets": join(reporters(event)),
        "documents": join(_unique(s.document for s in event.sources)),
        "date_texts": join(_unique(s.date_text for s in event.sources)),
        "dated_by": join(_unique(s.dated_by for s in event.sources)),
        "conflicts": conflict_summary(event),
        "published": join(published),
        "published_by": join(published_by),
    }
