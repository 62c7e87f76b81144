"""Output formats: one module each, chosen by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model import Timeline
from .delimited import write_csv, write_tsv
from .geojson import write_geojson
from .html import write_html
from .jsonlines import write_json, write_jsonl
from .markdown import write_markdown
from .table import write_table
from .timelinejs import write_timelinejs

WRITERS: dict[str, Callable[[Timeline, TextIO], None]] = {
    "table": write_table,
    "csv": write_csv,
    "tsv": write_tsv,
    "jsonl": write_jsonl,
    "json": write_json,
    "timelinejs": write_timelinejs,
    "html": write_html,
    "markdown": write_markdown,
    "geojson": write_geojson,
}
FORMATS = tuple(WRITERS)


def render(timeline: Timeline, format: str, stream: TextIO) -> None:
    """Write the timeline to stream in the named format."""
    WRITERS[format](timeline, stream)
