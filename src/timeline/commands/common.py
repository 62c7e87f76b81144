"""What every command shares: date options, choosing an output format, atomic output files."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console

from ..corpus import parse_iso_day
from ..settings import DEFAULT_MODEL

EXTENSION_FORMATS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".geojson": "geojson",
}


def stderr_console() -> Console:
    """Progress, warnings and summaries: never on stdout."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def iso_day_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """Click callback: a YYYY-MM-DD option value, or a usage error saying what is wrong."""
    if value is None:
        return None
    try:
        return parse_iso_day(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def parse_doc_dates(ctx: click.Context, param: click.Parameter, values) -> dict[str, date]:
    """Click callback for repeated FILE=YYYY-MM-DD values."""
    result = {}
    for value in values:
        name, sep, raw = value.rpartition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not FILE=YYYY-MM-DD")
        try:
            result[name] = parse_iso_day(raw)
        except ValueError as error:
            raise click.BadParameter(f"{name}: {error}") from None
    return result


def choose_format(requested: str | None, output: str | None, default_piped: str = "jsonl") -> str:
    """The format asked for; else from -o's extension; else a table on a terminal, jsonl piped."""
    if requested:
        return requested
    if output:
        return EXTENSION_FORMATS.get(Path(output).suffix.lower(), default_piped)
    return "table" if sys.stdout.isatty() else default_piped


@contextlib.contextmanager
def output_stream(output: str | None) -> Iterator[TextIO]:
    """stdout, or a file written atomically: a temporary file renamed into place on success."""
    if output is None or output == "-":
        yield sys.stdout
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
        "w", encoding="utf-8", newline="", dir=directory, prefix=f".{target.name}.", delete=False
    )
    try:
        with handle:
            yield handle
        os.replace(handle.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


def _remember_field(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:
        ctx.meta.setdefault("timeline_fields", {})[param.name.removesuffix("_field")] = value


def export_field_options(command):
    """--text-field, --date-field, ... : the column names of JSONL/CSV exports.

    Read them back with `export_fields(ctx)`; they are not passed to the command itself.
    """
    for name, example in reversed(
        [
            ("text", "body"),
            ("date", "published_at"),
            ("title", "headline"),
            ("url", "link"),
            ("outlet", "source"),
        ]
    ):
        command = click.option(
            f"--{name}-field",
            metavar="NAME[,NAME...]",
            expose_value=False,
            callback=_remember_field,
            help=f"Column of JSONL/CSV exports holding the {name} (e.g. {example}).",
        )(command)
    return command


def export_fields(ctx: click.Context):
    """The export column names given with export_field_options (defaults otherwise)."""
    from ..corpus import Fields

    return Fields().with_names(**ctx.meta.get("timeline_fields", {}))


# Options and arguments several commands share, so they read and behave the same everywhere.
paths_argument = click.argument("paths", nargs=-1, required=True, metavar="PATH...")
model_option = click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="Any installed spaCy pipeline (package name or path).",
)
doc_dates_option = click.option(
    "--doc-date",
    "doc_dates",
    multiple=True,
    callback=parse_doc_dates,
    metavar="FILE=YYYY-MM-DD",
    help="Publication date of FILE (repeatable); wins over the manifest and the text.",
)
