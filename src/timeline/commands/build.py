"""`timeline build`: the merged, dated, sourced chronology of a corpus."""

from __future__ import annotations

import click
from rich.text import Text

from ..render import FORMATS, render
from .common import (
    choose_format,
    doc_dates_option,
    export_field_options,
    export_fields,
    iso_day_option,
    model_option,
    output_stream,
    paths_argument,
    stderr_console,
)
from .diff import guard_golden


@click.command()
@paths_argument
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
@model_option
@doc_dates_option
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
@click.option(
    "--check",
    type=click.Path(dir_okay=False),
    metavar="GOLDEN",
    help="Compare the events with GOLDEN (a JSONL/CSV output of build): exit 1 and the diff "
    "on stderr if they differ. Nothing on stdout unless -o or --format is given.",
)
@click.option(
    "--update",
    type=click.Path(dir_okay=False, writable=True),
    metavar="GOLDEN",
    help="Rewrite GOLDEN (atomically) with the events, showing on stderr what changed.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes analysing documents in parallel (default: the machine's cores). "
    "The output is the same whatever N is.",
)
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Directory of the per-document analysis cache (default: the user cache "
    "dir, or $TIMELINE_ANALYSIS_CACHE).",
)
@click.option("--no-cache", is_flag=True, help="Analyse every document again.")
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where documents are analysed: this machine, or a Dask "
    "cluster (pip install 'timeline[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (default: start a local cluster).",
)
@export_field_options
@click.option("--strict", is_flag=True, help="Exit 1 if there was any warning.")
@click.option("-q", "--quiet", is_flag=True, help="No progress, warnings or summary on stderr.")
@click.pass_context
def build(
    ctx,
    paths,
    format_,
    output,
    since,
    until,
    model,
    doc_dates,
    actors,
    places,
    min_sources,
    check,
    update,
    jobs,
    cache_dir,
    no_cache,
    executor,
    scheduler,
    strict,
    quiet,
):
    """Build the chronology of the articles under PATH... ('-' reads one from stdin).

    \b
    Examples:
      timeline build seeds/
      timeline build seeds/ --format csv > events.csv
      timeline build seeds/ --since 2020-01-01 -o events.jsonl
      timeline build seeds/ --actor ISIS --place "Ain Eissa" --min-sources 2
      cat article.txt | timeline build - --doc-date -=2019-10-13
      timeline build seeds/ --check tests/golden/seeds.jsonl
      timeline build seeds/ --update tests/golden/seeds.jsonl
    """
    from ..analysis import default_jobs
    from ..cache import AnalysisCache
    from ..distributed import DaskUnavailableError
    from ..models import ModelNotFoundError
    from ..pipeline import build as build_timeline
    from ..published import dating_summary

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}")
    if check and update:
        raise click.UsageError("--check and --update exclude each other")
    console = stderr_console()
    fmt = choose_format(format_, output)

    def warn(message: str) -> None:
        if not quiet:
            console.print(Text("warning: ", style="yellow") + Text(message), highlight=False)

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
            jobs=jobs or default_jobs(),
            cache=None if no_cache else AnalysisCache(cache_dir),
            executor=executor,
            scheduler=scheduler,
            fields=export_fields(ctx),
        )
    except (ModelNotFoundError, DaskUnavailableError) as error:
        raise click.ClickException(str(error)) from None
    finally:
        if progress:
            progress.stop()
    if not timeline.documents:
        raise click.ClickException("no document could be read (see the warnings above)")
    if not (check or update) or output or format_:
        with output_stream(output) as stream:
            render(timeline, fmt, stream)
    if not quiet:
        window = f"from {timeline.since}" if timeline.since else "no date window"
        if timeline.until:
            window += f" to {timeline.until}"
        console.print(
            f"{len(timeline.documents)} documents read ({dating_summary(timeline.dating)}), "
            f"{len(timeline.events)} events "
            f"({window}), {len(timeline.warnings)} warnings",
            highlight=False,
        )
    status = guard_golden(timeline, check, update, quiet) if check or update else 0
    ctx.exit(status or int(strict and bool(timeline.warnings)))
