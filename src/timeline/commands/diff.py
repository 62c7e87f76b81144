"""`timeline diff`: which events appeared, vanished or changed between two outputs of `build`.

Also the golden-file guard behind `timeline build --check/--update`.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from ..diff import (
    DIFF_WRITERS,
    KINDS,
    DiffInputError,
    diff_events,
    parse_events,
    parse_kinds,
    read_events,
    write_text,
)
from ..model import Timeline
from ..render import render
from .common import EXTENSION_FORMATS, output_stream, stderr_console


def _kinds_option(ctx: click.Context, param: click.Parameter, values) -> set[str]:
    try:
        return parse_kinds(values)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.command()
@click.argument("old", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option(
    "--fail-on",
    "fail_on",
    multiple=True,
    callback=_kinds_option,
    metavar="KINDS",
    help=f"Exit 1 when a difference of these kinds occurs: {','.join(KINDS)} or any "
    "(comma-separated, repeatable). Without it the exit status is 0.",
)
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(tuple(DIFF_WRITERS)),
    default="text",
    show_default=True,
    help="text for people, jsonl for machines (one object per difference).",
)
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
@click.pass_context
def diff(ctx: click.Context, old: str, new: str, fail_on: set[str], format_: str, quiet: bool):
    """Compare two outputs of `timeline build` (JSONL, JSON or CSV; '-' reads stdin).

    Events are matched by id, then by date and content; each added (+), removed (-) or
    changed (~) event is listed, a changed one with the fields that changed.

    \b
    Examples:
      timeline diff before.jsonl after.jsonl
      timeline diff golden.jsonl new.csv --fail-on removed,changed
      timeline build corpus/ | timeline diff golden.jsonl - --format jsonl
    """
    try:
        old_events = _read(old)
        new_events = _read(new)
    except DiffInputError as error:
        raise click.ClickException(str(error)) from None
    result = diff_events(old_events, new_events)
    DIFF_WRITERS[format_](result, sys.stdout)
    if not quiet:
        stderr_console().print(result.summary(), highlight=False)
    if result.kinds & fail_on:
        ctx.exit(1)


def _read(path: str):
    if path == "-":
        return parse_events(sys.stdin.read(), "<stdin>")
    return read_events(path)


GOLDEN_FORMATS = ("jsonl", "json", "csv", "tsv")


def golden_format(path: str) -> str:
    """The format a golden file is written in, from its extension (JSON Lines by default)."""
    fmt = EXTENSION_FORMATS.get(Path(path).suffix.lower(), "jsonl")
    return fmt if fmt in GOLDEN_FORMATS else "jsonl"


def guard_golden(
    timeline: Timeline, check: str | None, update: str | None, quiet: bool = False
) -> int:
    """`build --check GOLDEN`: 1 and the diff on stderr if the build differs from GOLDEN.

    `build --update GOLDEN`: rewrite GOLDEN atomically, showing on stderr what changed.
    """
    golden = check or update
    assert golden is not None
    fmt = golden_format(golden)
    built = io.StringIO()
    render(timeline, fmt, built)
    console = stderr_console()
    try:
        before = read_events(golden) if Path(golden).exists() else []
        result = diff_events(before, parse_events(built.getvalue(), "<build>"))
    except DiffInputError as error:
        raise click.ClickException(str(error)) from None
    if update:
        with output_stream(update) as stream:
            stream.write(built.getvalue())
        if not quiet:
            text = io.StringIO()
            write_text(result, text)
            sys.stderr.write(text.getvalue())
            console.print(f"updated {update}: {result.summary()}", highlight=False)
        return 0
    if not Path(golden).exists():
        raise click.ClickException(f"{golden}: no such golden file (create it with --update)")
    if not result.differences:
        if not quiet:
            console.print(f"{golden}: no difference ({result.summary()})", highlight=False)
        return 0
    text = io.StringIO()
    write_text(result, text)
    sys.stderr.write(text.getvalue())
    console.print(
        f"{golden}: the build differs: {result.summary()} "
        f"(if intended: timeline build ... --update {golden})",
        highlight=False,
    )
    return 1
