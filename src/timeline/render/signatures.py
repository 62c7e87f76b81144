"""Recognising a file `timeline build` wrote, by how its output formats begin, so that a build
never reads its own earlier output (an events.csv left in the corpus folder) as articles."""

from __future__ import annotations

import re
from pathlib import Path

from .records import COLUMNS, FIELDS

HEAD_BYTES = 64 * 1024  # the HTML page's data block starts after its style, some 7 KB in

_CSV = re.compile("id([,\t])" + r"\1".join(re.escape(c) for c in COLUMNS[1:6]) + r"\1")
_JSON_VALUE = r'(?:"(?:[^"\\]|\\.)*"|null)'
_JSONL = re.compile(
    r"\{" + ", ".join(f'"{name}": {_JSON_VALUE}' for name in FIELDS[:5]) + r', "headline": '
)
_MARKDOWN = re.compile(r"# Chronology\r?\n\r?\n\d+ events from \d+ documents\b")
_HTML = '<script type="application/json" id="timeline-data">'
_TABLE = re.compile(r"┏[━┳]+┓\r?\n┃ Date\b")


def output_format(head: str) -> str | None:
    """'csv', 'tsv', 'jsonl', 'markdown', 'html' or 'table' when the text begins as that output
    of `timeline build` does, else None."""
    head = head.lstrip("\ufeff")
    csv = _CSV.match(head)
    if csv:
        return "tsv" if csv.group(1) == "\t" else "csv"
    if _JSONL.match(head):
        return "jsonl"
    if _MARKDOWN.match(head):
        return "markdown"
    if head.startswith("<!DOCTYPE html>") and _HTML in head:
        return "html"
    if _TABLE.match(head):
        return "table"
    return None


def build_output_format(path: Path) -> str | None:
    """output_format of the beginning of a file; None too if it cannot be read."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return None  # reading it as an article will say why
    return output_format(head.decode("utf-8", errors="replace"))
