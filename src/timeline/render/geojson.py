"""GeoJSON (RFC 7946): a FeatureCollection with one Point per geocoded place and its events."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..model import Event, Place, Timeline
from .display import display_date
from .records import reporters


def _event_summary(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.span.value,
        "display_date": display_date(event.span),
        "start": event.span.start.isoformat() if event.span.start else None,
        "end": event.span.end.isoformat() if event.span.end else None,
        "headline": event.headline,
        "outlets": reporters(event),
    }


def place_features(timeline: Timeline) -> list[dict[str, Any]]:
    """One Feature per place with coordinates, its events in chronological order."""
    places: dict[tuple[str, float, float], Place] = {}
    events: dict[tuple[str, float, float], list[Event]] = {}
    for event in timeline.events:
        for place in event.places:
            if place.lat is None or place.lon is None:
                continue
            key = (place.name, round(place.lat, 5), round(place.lon, 5))
            places.setdefault(key, place)
            if event not in events.setdefault(key, []):
                events[key].append(event)
    features = []
    for key in sorted(places):
        name, lat, lon = key
        place = places[key]
        features.append(
            {
                "type": "Feature",
                "id": f"{name}@{lat},{lon}",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "name": name,
                    "country": place.country,
                    "geo_precision": place.geo_precision,
                    "n_events": len(events[key]),
                    "events": [_event_summary(e) for e in events[key]],
                },
            }
        )
    return features


def write_geojson(timeline: Timeline, stream: TextIO) -> None:
    collection = {"type": "FeatureCollection", "features": place_features(timeline)}
    stream.write(json.dumps(collection, ensure_ascii=False, indent=2) + "\n")
