"""`timeline tag`: every temporal expression of each document, normalized to TIMEX3.

With --places / --actors it also shows the places and actors the pipeline recognized: how a
user sees why an event got its date, place and participants. Documents are read, dated and
cleaned exactly as `timeline build` does; offsets are into the file as read.
"""

from __future__ import annotations

import json
import sys
from xml.sax.saxutils import escape, quoteattr

import click

from ..model import Document, Timex
from .common import (
    OneLineUsageError,
    doc_dates_option,
    iso_day_option,
    model_option,
    paths_argument,
    stderr_console,
)

JSONL_FIELDS = (
    "document", "start", "end", "text", "type", "value",
    "timespan_start", "timespan_end", "precision", "anchor", "freq", "quant",
)  # fmt: skip


def timex_row(name: str, timex: Timex) -> dict:
    span = timex.span
    return {
        "document": name,
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": span.type,
        "value": span.value,
        "timespan_start": span.start.isoformat() if span.start else None,
        "timespan_end": span.end.isoformat() if span.end else None,
        "precision": span.precision,
        "anchor": span.anchor,
        "freq": span.freq,
        "quant": span.quant,
    }


def entity_row(name: str, entity) -> dict:
    row = {
        "document": name,
        "start": entity.start_char,
        "end": entity.end_char,
        "text": entity.text,
        "type": entity.kind.upper(),
        "value": entity.canonical,
    }
    place = entity.place
    if place is not None and place.lat is not None:
        row.update(
            lat=round(place.lat, 5),
            lon=round(place.lon, 5),
            country=place.country,
            geo_precision=place.geo_precision,
        )
    return row


def timeml(document: Document, timexes: list[Timex]) -> str:
    """The document as TimeML, with <TIMEX3> inline and the DCT in <DCT>."""
    parts, position = [], 0
    for number, timex in enumerate(timexes, start=1):
        parts.append(escape(document.text[position : timex.start]))
        attributes = " ".join(
            f"{key}={quoteattr(value)}"
            for key, value in (
                ("tid", f"t{number}"),
                ("type", timex.span.type),
                ("value", timex.span.value),
                ("freq", timex.span.freq),
                ("quant", timex.span.quant),
            )
            if value is not None
        )
        parts.append(f"<TIMEX3 {attributes}>{escape(timex.text)}</TIMEX3>")
        position = timex.end
    parts.append(escape(document.text[position:]))
    dct = ""
    if document.published:
        day = document.published.isoformat()
        dct = (
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" '
            f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>\n'
        )
    return (
        f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{escape(document.name)}</DOCID>\n{dct}'
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )


def write_table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("document", "start", "end", "text", "type", "value", "interval", "anchor")
    for row in rows:
        start, end = row.get("timespan_start"), row.get("timespan_end")
        interval = "" if not start else start if start == end else f"{start} .. {end}"
        if "lat" in row:
            interval = f"{row['lat']}, {row['lon']}"
        table.add_row(
            row["document"],
            str(row["start"]),
            str(row["end"]),
            row["text"],
            row["type"],
            row["value"],
            interval,
            row.get("anchor") or "",
        )
    Console(width=None if sys.stdout.isatty() else 160).print(table)


@click.command("tag")
@paths_argument
@click.option(
    "--dct",
    callback=iso_day_option,
    metavar="YYYY-MM-DD",
    help="Publication date of every document (default: each one's own).",
)
@doc_dates_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "table", "tml"]),
    help="Output format (default: table on a terminal, jsonl when piped).",
)
@click.option("--places", is_flag=True, help="Also list the places recognized.")
@click.option("--actors", is_flag=True, help="Also list the actors recognized.")
@model_option
def tag(paths, dct, doc_dates, output_format, places, actors, model) -> None:
    """Print every temporal expression of PATH... with its TIMEX3 type and value.

    \b
    Examples:
      timeline tag seeds/000_830f3864e2a1ff46.txt
      timeline tag seeds/ --places --actors --format table
      cat article.txt | timeline tag - --dct 2019-10-13 --format tml
    """
    from ..corpus import DocDateError, read_documents, with_published
    from ..nlp import ModelNotFoundError, analyse, load_pipeline
    from ..published import infer_publication_dates

    output_format = output_format or ("table" if sys.stdout.isatty() else "jsonl")
    console = stderr_console()
    problems: list[str] = []

    def warn(message: str) -> None:
        problems.append(message)
        console.print(f"warning: {message}", markup=False)

    def documents():
        # every file given is tagged, even one with the same text as another
        read = read_documents(paths, doc_dates=doc_dates, on_error=warn, once=False)
        try:
            listed = list(read)
        except DocDateError as error:  # "--doc-date reuters.txt" names several files
            raise OneLineUsageError(str(error)) from None
        for document in infer_publication_dates(listed):
            if dct is not None:
                document = with_published(document, dct, "option")
            for message in document.warnings:
                if dct is None or "publication date" not in message:
                    warn(message)
            yield document

    try:
        nlp = load_pipeline(model)
    except ModelNotFoundError as error:
        raise click.ClickException(str(error)) from None
    if places or actors:
        from ..entities import find_entities
    rows: list[dict] = []
    read = 0
    for document, doc in analyse(nlp, documents()):
        read += 1
        timexes = list(doc._.timexes)
        if output_format == "tml":
            sys.stdout.write(timeml(document, timexes))
            continue
        found = [timex_row(document.name, t) for t in timexes]
        if places or actors:
            kinds = {"place"} if places else set()
            kinds |= {"actor"} if actors else set()
            found += [entity_row(document.name, e) for e in find_entities(doc) if e.kind in kinds]
            found.sort(key=lambda r: (r["start"], r["end"]))
        if output_format == "jsonl":
            for row in found:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            rows.extend(found)
    if output_format == "table":
        write_table(rows)
    if read == 0:
        raise click.ClickException("no document could be read")
