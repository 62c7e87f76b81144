"""`timeline build`: the merged, dated, sourced chronology of a corpus."""

from __future__ import annotations

import click
from rich.text import Text

from ..render import FORMATS, render
from .common import (
    OneLineUsageError,
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
@click.option(
    "--watch",
    is_flag=True,
    help="Keep running: rebuild -o FILE whenever articles under PATH are added, changed or "
    "removed (the model and the analyses stay loaded). Ctrl-C stops.",
)
@click.option(
    "--interval",
    type=click.FloatRange(min=0.05),
    default=1.0,
    show_default=True,
    metavar="SECONDS",
    help="With --watch: how often to look for changes.",
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
    watch,
    interval,
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
      timeline build seeds/ --watch -o events.csv
    """
    from ..analysis import Analyzer, default_jobs
    from ..cache import AnalysisCache
    from ..corpus import DocDateError, writing
    from ..distributed import DaskUnavailableError
    from ..models import ModelNotFoundError

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}")
    if check and update:
        raise click.UsageError("--check and --update exclude each other")
    if watch:
        _check_watch(paths, output, check or update)
    console = stderr_console()
    fmt = choose_format(format_, output)
    # What this run writes is never read back as an article, even inside a folder it reads.
    with writing(output, update):
        _check_inputs(paths, output, doc_dates)

    def warn(message: str) -> None:
        if not quiet:
            console.print(Text("warning: ", style="yellow") + Text(message), highlight=False)

    options = {
        "since": since,
        "until": until,
        "doc_dates": doc_dates,
        "on_warning": warn,
        "actors": actors,
        "places": places,
        "min_sources": min_sources,
        "fields": export_fields(ctx),
    }
    analysis = {
        "jobs": jobs or default_jobs(),
        "cache": None if no_cache else AnalysisCache(cache_dir),
        "executor": executor,
        "scheduler": scheduler,
    }
    try:
        with writing(output, update):
            if watch:
                with Analyzer(model, remember=True, **analysis) as analyzer:
                    _watch(paths, analyzer, options, fmt, output, interval, console, quiet)
                ctx.exit(0)
            timeline = _build_once(paths, {**options, **analysis, "model": model}, console, quiet)
    except (ModelNotFoundError, DaskUnavailableError) as error:
        raise click.ClickException(str(error)) from None
    except DocDateError as error:  # a file added since _check_inputs looked
        raise OneLineUsageError(str(error)) from None
    if not timeline.documents:
        raise click.ClickException("no document could be read (see the warnings above)")
    if not (check or update) or output or format_:
        with output_stream(output) as stream:
            render(timeline, fmt, stream)
    if not quiet:
        console.print(_summary(timeline), highlight=False)
    status = guard_golden(timeline, check, update, quiet) if check or update else 0
    ctx.exit(status or int(strict and bool(timeline.warnings)))


def _check_watch(paths, output: str | None, golden: bool) -> None:
    """--watch writes a file, never stdin or stdout, and never inside what it watches (the
    file would be read back as an article, and each write would trigger the next rebuild)."""
    from pathlib import Path

    if not output or output == "-":
        raise click.UsageError("--watch needs -o FILE: each rebuild rewrites that file")
    if golden:
        raise click.UsageError("--watch excludes --check and --update")
    if "-" in paths:
        raise click.UsageError("--watch cannot watch stdin ('-')")
    target = Path(output).resolve()
    for path in map(Path, paths):
        watched = path.resolve()
        if target == watched or (path.is_dir() and target.is_relative_to(watched)):
            raise click.UsageError(f"--watch: -o {output} is inside the watched {path}")


def _check_inputs(paths, output: str | None, doc_dates) -> None:
    """Before the model loads: -o goes into a folder that exists and is none of the files
    given (writing it would overwrite an article), and each --doc-date names one file."""
    import os
    from pathlib import Path

    from ..corpus import DocDateError, doc_date_keys, list_files

    if output and output != "-":
        folder = Path(output).parent
        if not folder.is_dir():
            raise OneLineUsageError(f"-o {output}: no such directory {folder}")
        target = os.path.realpath(output)
        for path in paths:
            if path != "-" and not Path(path).is_dir() and os.path.realpath(path) == target:
                raise OneLineUsageError(f"-o {output} is also an input (it would be overwritten)")
        _check_not_an_article(output, paths)
    if doc_dates:
        try:
            doc_date_keys(doc_dates, list_files(paths))
        except DocDateError as error:
            raise OneLineUsageError(str(error)) from None


def _check_not_an_article(output: str, paths) -> None:
    """-o onto a file that exists inside a folder read, of a kind read as articles (or the
    manifest), is refused unless it is an earlier output of timeline build: it is an article,
    a manifest or a note of the user's."""
    import os
    from pathlib import Path

    from ..corpus import MANIFEST_NAME, SUFFIXES
    from ..render.signatures import build_output_format

    target = os.path.realpath(output)
    readable = Path(target).suffix.lower() in SUFFIXES or Path(target).name == MANIFEST_NAME
    if not readable or not os.path.isfile(target) or build_output_format(Path(target)):
        return  # a .json or .geojson is never read as an article: replaced like any output
    for path in paths:
        if path != "-" and Path(path).is_dir():
            folder = os.path.realpath(path)
            if os.path.commonpath([folder, target]) == folder:
                raise OneLineUsageError(
                    f"-o {output}: a file of the input folder {path} that timeline build did "
                    "not write (it would be overwritten)"
                )


def _build_once(paths, options: dict, console, quiet: bool):
    """One build, with a spinner and a count of documents on a terminal."""
    from ..pipeline import build as build_timeline

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

        return build_timeline(paths, on_document=advanced, **options)
    finally:
        if progress:
            progress.stop()


def _summary(timeline) -> str:
    from ..published import dating_summary

    window = f"from {timeline.since}" if timeline.since else "no date window"
    if timeline.until:
        window += f" to {timeline.until}"
    if timeline.outside_window:
        # never silent: the default window starts with the oldest publication's year
        window += f"; {timeline.outside_window} outside it, --since/--until to see them"
    return (
        f"{len(timeline.documents)} documents read ({dating_summary(timeline.dating)}), "
        f"{len(timeline.events)} events ({window}), {len(timeline.warnings)} warnings"
    )


def _watch(paths, analyzer, options, fmt, output, interval, console, quiet) -> None:
    """Build and write output, then rebuild and rewrite it whenever the files change, until
    Ctrl-C or SIGTERM. Each rewrite is atomic: a reader never sees half a chronology. A
    rebuild that fails after the first is reported and the watch goes on."""
    import signal
    import time

    from ..distributed import DaskUnavailableError
    from ..models import ModelNotFoundError
    from ..watch import rebuild_on_change

    def say(message: str) -> None:
        if not quiet:
            console.print(Text(message), highlight=False)

    def rebuild(changes) -> None:
        started = time.perf_counter()
        try:
            timeline = _build_once(paths, {**options, "analyzer": analyzer}, console, quiet)
            if timeline.documents:
                with output_stream(output) as stream:
                    render(timeline, fmt, stream)
        except (ModelNotFoundError, DaskUnavailableError):
            raise
        except Exception as error:  # a watch outlives one failed rebuild
            if changes is None:
                raise  # the first build: nothing works yet, say so and stop
            say(f"error: rebuild failed ({type(error).__name__}: {error}); {output} unchanged")
            analyzer.close()  # a broken worker pool starts afresh on the next rebuild
        else:
            if not timeline.documents:
                say(f"no document could be read; {output} unchanged")
            else:
                seconds = time.perf_counter() - started
                done = f"rebuilt in {seconds:.1f} s ({changes.describe()}): " if changes else ""
                say(f"{done}{_summary(timeline)}; {output} written")
        say(f"watching {', '.join(map(str, paths))} for changes (Ctrl-C stops)")

    def stop(signum, frame) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)  # a service manager's stop is a Ctrl-C
    try:
        rebuild_on_change(paths, rebuild, interval)
    except KeyboardInterrupt:
        analyzer.close(abort=True)
        say("stopped watching")
    finally:
        signal.signal(signal.SIGTERM, previous)
