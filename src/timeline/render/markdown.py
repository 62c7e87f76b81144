"""Markdown: the chronology as a document, by year and date, each event with its sources.

Article text is escaped: HTML in it shows as text, and Markdown syntax in it stays literal.
"""

from __future__ import annotations

import re
from html import escape
from typing import TextIO

from ..model import Event, Timeline
from .display import display_date
from .records import conflict_summary, is_inferred

_MARKDOWN_SYNTAX = re.compile(r"([\\`*_\[\]{}#|~!])")


def md_text(text: str) -> str:
    """Plain text made inert in Markdown: HTML escaped, syntax characters backslashed."""
    flat = " ".join(text.split())
    return _MARKDOWN_SYNTAX.sub(r"\\\1", escape(flat, quote=False))


def _event_lines(event: Event) -> list[str]:
    lines = [f"**{md_text(event.headline)}**", ""]
    if event.places:
        lines.append(f"- Where: {md_text(', '.join(p.name for p in event.places))}")
    if event.actors:
        lines.append(f"- Who: {md_text(', '.join(event.actors))}")
    if event.conflicts:
        figures = conflict_summary(event)
        lines.append(f"- Figures differ: {md_text(figures)}")
    lines.append(f"- Sources ({event.n_sources}):")
    for source in event.sources:
        details = [source.published.isoformat()] if source.published else []
        if is_inferred(source):
            details.append("publication date inferred")
        if source.date_text:
            details.append(f"“{source.date_text}”")
        details.append(source.document)
        lines.append(
            f"  - {md_text(source.outlet or source.document)} ({md_text(', '.join(details))}): "
            f"{md_text(source.sentence)}"
        )
    lines.append("")
    return lines


def write_markdown(timeline: Timeline, stream: TextIO) -> None:
    lines = ["# Chronology", ""]
    window = f", from {timeline.since}" if timeline.since else ""
    if timeline.until:
        window += f" to {timeline.until}"
    lines += [
        f"{len(timeline.events)} events from {len(timeline.documents)} documents{window}.",
        "",
    ]
    year = heading = None
    for event in timeline.events:
        start = event.span.start
        if start is not None and start.year != year:
            year = start.year
            lines += [f"## {year}", ""]
        when = display_date(event.span)
        if when != heading:
            heading = when
            lines += [f"### {md_text(when)}", ""]
        lines += _event_lines(event)
    stream.write("\n".join(lines).rstrip("\n") + "\n")
