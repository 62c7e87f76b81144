"""CSV and TSV: one row per event, the columns of records.COLUMNS."""

from __future__ import annotations

import csv
from typing import TextIO

from ..model import Timeline
from .records import COLUMNS, event_row


def write_delimited(timeline: Timeline, stream: TextIO, delimiter: str = ",") -> None:
    writer = csv.DictWriter(
        stream,
        fieldnames=COLUMNS,
        delimiter=delimiter,
        lineterminator="\r\n" if delimiter == "," else "\n",
    )
    writer.writeheader()
    for event in timeline.events:
        row = event_row(event)
        if delimiter == "\t":
            row = {k: v.replace("\t", " ").replace("\n", " ") for k, v in row.items()}
        writer.writerow(row)


def write_csv(timeline: Timeline, stream: TextIO) -> None:
    write_delimited(timeline, stream, ",")


def write_tsv(timeline: Timeline, stream: TextIO) -> None:
    write_delimited(timeline, stream, "\t")
