"""timeline: turn a folder of news articles into one merged, dated, sourced chronology.

    >>> import timeline
    >>> result = timeline.build(["seeds/"])
    >>> result.events[0].span.value, result.events[0].sources[0].document

`build` loads spaCy on first use, so `import timeline` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Document, Event, Mention, Place, Source, Timeline, TimeSpan, Timex

if TYPE_CHECKING:
    from .pipeline import build

__all__ = [
    "Document",
    "Event",
    "Mention",
    "Place",
    "Source",
    "TimeSpan",
    "Timeline",
    "Timex",
    "build",
]


def __getattr__(name: str):
    if name == "build":
        from .pipeline import build

        return build
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
