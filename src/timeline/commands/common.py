"""What every command shares: date options, choosing an output format, atomic output files."""

from __future__ import annotations

import contextlib
import os
import stat
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


class OneLineUsageError(click.ClickException):
    """A usage error told in one line ("Error: ..."), without the usage banner: exit status 2."""

    exit_code = 2


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


def known_extensions() -> str:
    """'csv (.csv), jsonl (.jsonl, .ndjson), ...': the formats -o picks by extension."""
    by_format: dict[str, list[str]] = {}
    for extension, fmt in EXTENSION_FORMATS.items():
        by_format.setdefault(fmt, []).append(extension)
    return ", ".join(f"{fmt} ({', '.join(exts)})" for fmt, exts in by_format.items())


def choose_format(requested: str | None, output: str | None, default_piped: str = "jsonl") -> str:
    """The format asked for; else from -o's extension; else a table on a terminal, jsonl piped.

    An -o extension that names no format is a usage error: writing JSON Lines into
    'events.xlsx' would only fail later, in the program that opens it.
    """
    if requested:
        return requested
    if output and output != "-":
        extension = Path(output).suffix
        if extension.lower() in EXTENSION_FORMATS:
            return EXTENSION_FORMATS[extension.lower()]
        what = f"unknown extension {extension!r}" if extension else "no extension"
        raise OneLineUsageError(
            f"-o {output}: {what}; known: {known_extensions()}; or give --format"
        )
    return "table" if sys.stdout.isatty() else default_piped


def _mode_for(target: Path) -> int:
    """The permission bits target gets: its own if it exists (a replaced file keeps its
    mode), else those of a new file under the umask, as open() would give it."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(target).st_mode)
    # Reading the umask means setting it; a restrictive value meanwhile, never a loose one.
    umask = os.umask(0o077)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def output_stream(output: str | None) -> Iterator[TextIO]:
    """stdout, or a file written atomically: a temporary file renamed into place on success,
    with the mode a file written in place would have (mkstemp's own is 0600)."""
    if output is None or output == "-":
        yield sys.stdout
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            "w",
            encoding="utf-8",
            newline="",
            dir=directory,
            prefix=f".{target.name}.",
            delete=False,
        )
    except OSError as error:  # the user's file, not our temporary one, is what to name
        raise click.ClickException(f"{output}: cannot write ({error.strerror or error})") from None
    try:
        with handle:
            os.chmod(handle.name, _mode_for(target))
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
