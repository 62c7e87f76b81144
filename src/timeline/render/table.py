"""The terminal view: a rich table ordered by date."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from ..model import Event, Timeline


def _sources(event: Event) -> str:
    lines = []
    for source in event.sources:
        who = source.outlet or source.document
        said = f' "{source.date_text}"' if source.date_text else " (publication day)"
        lines.append(f"{who}{said}")
    return "\n".join(dict.fromkeys(lines))


def write_table(timeline: Timeline, stream: TextIO, width: int | None = None) -> None:
    console = Console(file=stream, width=width, soft_wrap=False, highlight=False)
    table = Table(show_lines=True, expand=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("What happened", ratio=5)
    table.add_column("Where", ratio=1)
    table.add_column("Who", ratio=1)
    table.add_column("Sources", ratio=2)
    for event in timeline.events:
        table.add_row(
            event.span.value,
            event.headline,
            ", ".join(p.name for p in event.places),
            ", ".join(event.actors),
            _sources(event),
        )
    console.print(table)
