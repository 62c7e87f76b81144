"""The terminal view: a rich table ordered by date."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from ..model import Event, Timeline
from .records import conflict_summary, is_inferred


def _sources(event: Event) -> str:
    lines = []
    for source in event.sources:
        who = source.outlet or source.document
        said = f' "{source.date_text}"' if source.date_text else " (publication day)"
        if is_inferred(source):  # the date its relative dates hang on is a guess: say so
            said += f", publication date inferred ({source.published.isoformat()})"
        lines.append(f"{who}{said}")
    return "\n".join(dict.fromkeys(lines))


# Width when the table goes to a file or a pipe (a terminal uses its own width).
PIPED_WIDTH = 160


def _date(event: Event) -> str:
    """The date as written in TIMEX3, an interval on two lines."""
    return event.span.value.replace("/", " to\n")


def _what(event: Event) -> str:
    if not event.conflicts:
        return event.headline
    return f"{event.headline}\n[!] figures differ: {conflict_summary(event)}"


def write_table(timeline: Timeline, stream: TextIO, width: int | None = None) -> None:
    console = Console(file=stream, width=width, soft_wrap=False, highlight=False)
    if width is None and not console.is_terminal:
        console.width = PIPED_WIDTH
    table = Table(show_lines=True, expand=True)
    table.add_column("Date", no_wrap=True, min_width=10)
    table.add_column("What happened", ratio=5)
    table.add_column("Where", ratio=1)
    table.add_column("Who", ratio=1)
    table.add_column("Sources", ratio=2)
    for event in timeline.events:
        table.add_row(
            _date(event),
            _what(event),
            ", ".join(p.name for p in event.places),
            ", ".join(event.actors),
            _sources(event),
        )
    console.print(table)
