"""`timeline build`: the merged, dated, sourced chronology of a corpus."""

from __future__ import annotations

import click

from ..render import FORMATS, render
from ..settings import DEFAULT_MODEL
from .common import choose_format, doc_dates_option, iso_day_option, output_stream, stderr_console


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(FORMATS),
    help="Output format "
    "(default: a table on a terminal, jsonl when piped, or from -o's extension).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to FILE (atomically) instead of stdout.",
)
@click.option(
    "--since",
    callback=iso_day_option,
    metavar="YYYY-MM-DD",
    help="Drop events that end before this day (default: 1 January of the year of "
    "the oldest publication date).",
)
@click.option(
    "--until",
    callback=iso_day_option,
    metavar="YYYY-MM-DD",
    help="Drop events that start after this day.",
)
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="Any installed spaCy pipeline (package name or path).",
)
@click.option(
    "--doc-date",
    "doc_dates",
    multiple=True,
    callback=doc_dates_option,
    metavar="FILE=YYYY-MM-DD",
    help="Publication date of FILE (repeatable); wins over the manifest and the text.",
)
@click.option(
    "--actor",
    "actors",
    multiple=True,
    metavar="NAME",
    help="Only events with this actor (aliases match: ISIS = Islamic State). Repeatable.",
)
@click.option(
    "--place",
    "places",
    multiple=True,
    metavar="NAME",
    help="Only events at this place (spellings match: Ain Eissa = Ain Issa). Repeatable.",
)
@click.option(
    "--min-sources",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Only events reported by at least N outlets.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress, warnings or summary on stderr.")
def build(
    paths, format_, output, since, until, model, doc_dates, actors, places, min_sources, quiet
):
    """Build the chronology of the articles under PATH... ('-' reads one from stdin).

    \b
    Examples:
      timeline build seeds/
      timeline build seeds/ --format csv > events.csv
      timeline build seeds/ --since 2020-01-01 -o events.jsonl
      timeline build seeds/ --actor ISIS --place "Ain Eissa" --min-sources 2
      cat article.txt | timeline build - --doc-date -=2019-10-13
    """
    from ..nlp import ModelNotFoundError
    from ..pipeline import build as build_timeline

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}")
    console = stderr_console()
    fmt = choose_format(format_, output)

    def warn(message: str) -> None:
        if not quiet:
            console.print(f"[yellow]warning:[/] {message}", markup=True, highlight=False)

    progress = None
    if not quiet and console.is_terminal:
        from rich.progress import Progress, SpinnerColumn, TextColumn

        progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), console=console, transient=True
        )
    try:
        if progress:
            progress.start()
            task = progress.add_task("loading model", total=None)
        count = 0

        def advanced(name: str) -> None:
            nonlocal count
            count += 1
            if progress:
                progress.update(task, description=f"{count} documents analysed ({name})")

        timeline = build_timeline(
            paths,
            since=since,
            until=until,
            model=model,
            doc_dates=doc_dates,
            on_warning=warn,
            on_document=advanced,
            actors=actors,
            places=places,
            min_sources=min_sources,
        )
    except ModelNotFoundError as error:
        raise click.ClickException(str(error)) from None
    finally:
        if progress:
            progress.stop()
    with output_stream(output) as stream:
        render(timeline, fmt, stream)
    if not quiet:
        window = f"from {timeline.since}" if timeline.since else "no date window"
        if timeline.until:
            window += f" to {timeline.until}"
        console.print(
            f"{len(timeline.documents)} documents read, {len(timeline.events)} events "
            f"({window}), {len(timeline.warnings)} warnings",
            highlight=False,
        )
