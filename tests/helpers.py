"""Small builders for plain-dataclass tests (no spaCy needed)."""

from __future__ import annotations

from datetime import date

from timeline.model import Mention, Place, TimeSpan


def day(iso: str, anchor: str = "publication") -> TimeSpan:
    value = date.fromisoformat(iso)
    return TimeSpan("DATE", iso, value, value, "day", anchor)


def week(value: str, start: str, end: str) -> TimeSpan:
    return TimeSpan(
        "DATE", value, date.fromisoformat(start), date.fromisoformat(end), "week", "publication"
    )


def mention(
    text: str,
    span: TimeSpan,
    document: str = "a.txt",
    outlet: str | None = None,
    start: int = 0,
    actors: tuple[str, ...] = (),
    places: tuple[Place, ...] = (),
    date_text: str = "on Sunday",
    predicate: str = "",
    statement: tuple[str, ...] = (),
) -> Mention:
    return Mention(
        document=document,
        text=text,
        sentence=text,
        sentence_start=start,
        sentence_end=start + len(text),
        span=span,
        date_text=date_text,
        actors=actors,
        places=places,
        predicate=predicate,
        outlet=outlet,
        published=date(2019, 10, 13),
        statement=statement,
    )
