"""`timeline sources`: the documents of a corpus, each with its publication date and where
that date came from (option, manifest, metadata, text, inferred or none)."""

from __future__ import annotations

import csv
import json
from typing import TextIO

import click

from ..model import Document
from .common import (
    OneLineUsageError,
    choose_format,
    doc_dates_option,
    export_field_options,
    export_fields,
    output_stream,
    paths_argument,
    stderr_console,
)

COLUMNS = (
    "document",
    "outlet",
    "title",
    "url",
    "published",
    "published_by",
    "confidence",
    "evidence",
    "warnings",
)
FORMATS = ("table", "jsonl", "csv")


def source_row(document: Document) -> dict:
    """One row of `timeline sources` (see COLUMNS); warnings without the repeated file name."""
    prefix = f"{document.name}: "
    return {
        "document": document.name,
        "outlet": document.outlet,
        "title": document.title,
        "url": document.url,
        "published": document.published.isoformat() if document.published else None,
        "published_by": document.published_by,
        "confidence": round(document.published_confidence, 2),
        "evidence": document.published_evidence or None,
        "warnings": [w.removeprefix(prefix) for w in document.warnings],
    }


def write_jsonl(rows: list[dict], stream: TextIO) -> None:
    stream.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def write_csv(rows: list[dict], stream: TextIO) -> None:
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "warnings": "; ".join(row["warnings"])})


def write_table(rows: list[dict], stream: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=True)
    for column, style in (
        ("document", "bold"),
        ("outlet", ""),
        ("title", ""),
        ("published", "green"),
        ("by", "cyan"),
        ("conf.", ""),
        ("evidence / warnings", ""),
    ):
        table.add_column(column, style=style, overflow="fold")
    for row in rows:
        notes = row["evidence"] or ""
        # The undated warning repeats the evidence in parentheses: show it once.
        warnings = [w.replace(f" ({notes})", "") for w in row["warnings"]]
        if warnings:
            notes = "\n".join([notes, *(f"warning: {w}" for w in warnings)]).strip()
        table.add_row(
            row["document"],
            row["outlet"] or "",
            row["title"] or "",
            row["published"] or "unknown",
            row["published_by"],
            f"{row['confidence']:.2f}",
            notes,
        )
    Console(file=stream, highlight=False, soft_wrap=False).print(table)


@click.command()
@paths_argument
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(FORMATS),
    help="Output format (default: a table on a terminal, jsonl when piped).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to FILE (atomically) instead of stdout.",
)
@doc_dates_option
@export_field_options
@click.option("--strict", is_flag=True, help="Exit 1 if there was any warning.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings or summary on stderr.")
@click.pass_context
def sources(ctx, paths, format_, output, doc_dates, strict, quiet):
    """List the documents under PATH... with their publication dates and where each date
    came from: option, manifest, metadata, text, inferred (with its evidence) or none.

    \b
    Examples:
      timeline sources seeds/
      timeline sources exports/articles.jsonl --text-field body --format csv
      timeline sources saved-pages/ --strict
    """
    from ..corpus import DocDateError, read_documents
    from ..published import dating_counts, dating_summary, infer_publication_dates

    console = stderr_console()
    problems: list[str] = []

    def warn(message: str) -> None:
        problems.append(message)
        if not quiet:
            console.print(f"warning: {message}", markup=False, highlight=False)

    read = read_documents(paths, doc_dates=doc_dates, on_error=warn, fields=export_fields(ctx))
    try:
        documents = infer_publication_dates(list(read))
    except DocDateError as error:  # "--doc-date reuters.txt" names several files
        raise OneLineUsageError(str(error)) from None
    for document in documents:
        for message in document.warnings:
            warn(message)
    rows = [source_row(d) for d in documents]
    fmt = choose_format(format_, output)
    if fmt not in FORMATS:
        fmt = "jsonl"
    writer = {"table": write_table, "jsonl": write_jsonl, "csv": write_csv}[fmt]
    with output_stream(output) as stream:
        writer(rows, stream)
    if not quiet:
        console.print(
            f"{len(documents)} documents ({dating_summary(dating_counts(documents))}), "
            f"{len(problems)} warning{'' if len(problems) == 1 else 's'}",
            highlight=False,
        )
    ctx.exit(int(strict and bool(problems)))
