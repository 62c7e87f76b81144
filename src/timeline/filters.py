"""Select events by actor, place and number of sources; names match through their aliases."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .entities import canonical_actor, initials
from .gazetteer import Gazetteer
from .gazetteer import fold as fold_name
from .model import Event, Place


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold_name(name).split())


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return size > 0 and any(haystack[i : i + size] == needle for i in range(len(haystack)))


def actor_matches(query: str, actor: str) -> bool:
    """'ISIS' matches 'Islamic State'; 'Erdogan' matches 'Recep Tayyip Erdogan'; 'Fumio
    Kishida' matches 'Kishida Fumio' (a name of two words in the other order); 'SVB' matches
    'Silicon Valley Bank' (its initials); 'Moody' matches "Moody's"."""
    canonical = fold_name(canonical_actor(query))
    if canonical in (fold_name(actor), fold_name(canonical_actor(actor))):
        return True  # 'Moody' matches "Moody's" too
    if query.replace(".", "").isupper() and query.replace(".", "") in initials(actor):
        return True
    words, asked = _words(actor), _words(query)
    if len(words) == len(asked) == 2 and words[::-1] == asked:
        return True
    return _contains(words, asked)


def place_matches(query: str, place: Place) -> bool:
    """'Ain Eissa' matches the place named 'Ain Issa': an alias, or the same gazetteer entry
    when the query is looked up in the place's own country. A country or region ('Poland',
    'Oregon', 'Europe') matches every place the gazetteer puts in it ('Wroclaw')."""
    names = (place.name, *place.aliases)
    if any(fold_name(query) == fold_name(name) for name in names):
        return True
    area = _area(query)
    if area is not None and Gazetteer.load().lies_in(place, area):
        return True
    if place.lat is not None:
        resolved = _lookup(query, place.country or "")
        if resolved is not None and resolved.lat is not None:
            return (round(resolved.lat, 3), round(resolved.lon, 3)) == (
                round(place.lat, 3),
                round(place.lon, 3),
            )
    return any(_contains(_words(name), _words(query)) for name in names)


@lru_cache(maxsize=4096)
def _lookup(query: str, country: str) -> Place | None:
    return Gazetteer.load().lookup(query, [country] if country else [])


@lru_cache(maxsize=1024)
def _area(query: str) -> str | None:
    """The gazetteer's name of the country or region query names, else None (a town)."""
    place = _lookup(query, "")
    if place is None or place.geo_precision not in ("country", "region"):
        return None
    return place.name


def select_events(
    events: Iterable[Event],
    actors: Sequence[str] = (),
    places: Sequence[str] = (),
    min_sources: int = 1,
    spelled: Mapping[str, str] | None = None,
) -> list[Event]:
    """Events with at least min_sources outlets, naming every actor and place asked for.
    spelled: acronyms (case-folded) the corpus spells out, with their names: '--actor uscg'
    finds 'US Coast Guard' too."""
    spelled = spelled or {}
    asked = [(q, spelled.get(q.casefold())) for q in actors]
    selected = []
    for event in events:
        if event.n_sources < min_sources:
            continue
        if not all(
            any(actor_matches(q, a) or (full and actor_matches(full, a)) for a in event.actors)
            for q, full in asked
        ):
            continue
        if not all(any(place_matches(q, p) for p in event.places) for q in places):
            continue
        selected.append(event)
    return selected
