"""`timeline explain`: how one event of a build was put together."""

from __future__ import annotations

import re
import sys
from datetime import date

import click
from rich.console import Console
from rich.text import Text

from .common import doc_dates_option, model_option, paths_argument

_ANCHORS = {
    "absolute": "a calendar date written in full",
    "publication": "anchored to the publication date",
    "previous": "anchored to the previous date in the text",
    "unanchored": "no publication date to anchor it",
}
_DATED_BY = {
    "text": "dated by its own expression",
    "lead": "the article's lead, dated by the publication day",
    "report": "a present-tense report, dated by the publication day",
}


def _highlight(sentence: str, event, date_text: str) -> Text:
    text = Text(sentence)
    if date_text:
        text.highlight_regex(re.escape(date_text), "bold magenta")
    for actor in event.actors:
        for part in {actor, actor.split()[-1]}:
            text.highlight_regex(rf"\b{re.escape(part)}\b", "bold cyan")
    for place in event.places:
        for name in {place.name, *place.aliases}:
            text.highlight_regex(rf"\b{re.escape(name)}\b", "bold green")
    return text


@click.command("explain")
@click.argument("event_id")
@paths_argument
@model_option
@doc_dates_option
def explain(event_id, paths, model, doc_dates):
    """Show how event EVENT_ID (or an id prefix) of the build of PATH... was made: each source
    sentence with its date expression, actors and places highlighted, how the date was
    anchored, what the merged sources share, and any conflicting figures.

    \b
    Example:
      timeline explain afcba72f seeds/
    """
    from ..explain import EventNotFoundError, find_event, source_reasons
    from ..models import ModelNotFoundError
    from ..pipeline import build

    try:
        # every event of the build, whatever the window `build` shows by default: an id
        # printed by `build --since 2000-01-01` is explained too
        timeline = build(paths, model=model, doc_dates=doc_dates, since=date.min)
        event = find_event(timeline, event_id)
    except (ModelNotFoundError, EventNotFoundError) as error:
        raise click.ClickException(str(error)) from None
    console = Console(file=sys.stdout, highlight=False, width=None if sys.stdout.isatty() else 120)
    span = event.span
    console.print(Text(f"Event {event.id}: {event.headline}", style="bold"))
    interval = f"{span.start} to {span.end}" if span.start != span.end else f"{span.start}"
    console.print(
        f"Date {span.value} ({span.precision}, {interval}), "
        f"{_ANCHORS.get(span.anchor, span.anchor)}; "
        f"the most precise date among its {len(event.sources)} mentions."
    )
    if event.actors:
        console.print(Text("Actors: ") + Text(", ".join(event.actors), style="cyan"))
    if event.places:
        names = [
            f"{p.name} ({p.lat:.3f}, {p.lon:.3f})" if p.lat is not None else p.name
            for p in event.places
        ]
        console.print(Text("Places: ") + Text(", ".join(names), style="green"))
    reasons = source_reasons(event)
    for source, reason in zip(event.sources, reasons):
        console.print()
        who = source.outlet or "outlet unknown"
        console.print(
            Text(
                f"[{reason.index + 1}] {source.document} ({who}, published "
                f"{source.published or 'unknown'}), chars {source.start}-{source.end}",
                style="bold",
            )
        )
        console.print(_highlight(source.sentence, event, source.date_text))
        said = (
            f'"{source.date_text}" -> {source.date_value}'
            if source.date_text
            else source.date_value
        )
        console.print(
            f"    date: {said}, {_DATED_BY.get(source.dated_by, source.dated_by)}"
            + (f", {_ANCHORS[source.anchor]}" if source.anchor in _ANCHORS else "")
        )
        if len(event.sources) > 1:
            shared = ", ".join(reason.shared) or "nothing beyond the date"
            console.print(f"    merged: similarity {reason.similarity:.2f}; shares {shared}")
            if reason.interview:
                console.print(f"    merged: reports the same interview: {reason.interview}")
    if event.conflicts:
        console.print()
        console.print(Text("Figures differ:", style="bold red"))
        outlets = {s.document: s.outlet for s in event.sources}
        for what, figure, document in event.conflicts:
            console.print(f"    {what}: {figure} ({outlets.get(document) or document})")
