"""The flattened records of the CSV / TSV exports."""

from __future__ import annotations

import csv
import io
from datetime import date

from timeline.model import Event, Place, Source, Timeline, TimeSpan
from timeline.render import render
from timeline.render.records import event_row


def _source(document: str, outlet: str | None) -> Source:
    return Source(
        document=document,
        outlet=outlet,
        published=date(2022, 11, 13),
        date_text="Friday",
        sentence="FTX filed for bankruptcy protection Friday.",
        start=0,
        end=43,
    )


def _event() -> Event:
    return Event(
        id="0123456789ab",
        span=TimeSpan("DATE", "2022-11-11", date(2022, 11, 11), date(2022, 11, 11), "day"),
        headline="FTX filed for bankruptcy protection Friday.",
        actors=("FTX",),
        places=(Place("Nassau", 25.06, -77.34, "Bahamas", "town"),),
        sources=(
            _source("ap.txt", "AP"),
            _source("notes/c.txt", None),
            _source("ap2.txt", "AP"),
        ),
    )


def test_outlets_column_names_every_source_n_sources_counts():
    row = event_row(_event())
    assert row["n_sources"] == "2"
    # a source with no known outlet is listed by its document's name
    assert row["outlets"] == "AP; notes/c.txt"
    assert len(row["outlets"].split("; ")) == int(row["n_sources"])


def test_csv_export_lists_the_document_of_a_source_without_outlet():
    stream = io.StringIO()
    render(Timeline(events=[_event()], documents=[]), "csv", stream)
    [row] = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert (row["n_sources"], row["outlets"]) == ("2", "AP; notes/c.txt")
