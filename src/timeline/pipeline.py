"""The library API behind `timeline build`: documents in, a merged chronology out."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from .analysis import Analyzer
from .cache import AnalysisCache
from .corpus import Fields, read_documents
from .entities import PlaceSpellings, unify_organisations, unify_people
from .filters import select_events
from .merge import merge_mentions
from .model import Document, Event, Mention, Timeline
from .published import dating_counts, infer_publication_dates
from .settings import DEFAULT_MODEL

Callback = Callable[[str], None]


def default_since(documents: Iterable[Document]) -> date | None:
    """1 January of the year of the oldest publication date, or None if nothing is dated."""
    days = [d.published for d in documents if d.published is not None]
    return date(min(days).year, 1, 1) if days else None


def in_window(event: Event, since: date | None, until: date | None) -> bool:
    """Keep an event whose interval reaches into [since, until]."""
    too_early = since is not None and event.span.end < since
    too_late = until is not None and event.span.start > until
    return not (too_early or too_late)


def spelled_out(definitions: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The acronyms the corpus spells out one way only: an article that writes 'SVB' bare
    means the 'Silicon Valley Bank (SVB)' of another. An acronym spelled out two ways
    (RSF: the Rapid Support Forces, Reporters Without Borders) is left as written."""
    meanings: dict[str, set[str]] = {}
    for acronym, name in definitions:
        meanings.setdefault(acronym, set()).add(name)
    return {a: next(iter(names)) for a, names in meanings.items() if len(names) == 1}


def _unify_names(
    mentions: list[Mention], spellings: PlaceSpellings, acronyms: Mapping[str, str] | None = None
) -> list[Mention]:
    """One name per person, organisation and town across the corpus: 'Erdogan' -> 'Recep
    Tayyip Erdogan', 'SVB' -> 'Silicon Valley Bank' where an article spells it out
    (`spelled_out`), 'Ayn Isa' -> 'Ain Issa' (the spelling the articles use most)."""
    names = unify_people(a for m in mentions for a in m.actors)
    names.update(unify_organisations(a for m in mentions for a in m.actors if a not in names))
    for acronym, name in (acronyms or {}).items():
        names[acronym] = names.get(name, name)
    unified = []
    for mention in mentions:
        actors = tuple(dict.fromkeys(names.get(a, a) for a in mention.actors))
        agents = tuple(dict.fromkeys(names.get(a, a) for a in mention.agents))
        organisations = tuple(dict.fromkeys(names.get(a, a) for a in mention.organisations))
        places = tuple(spellings.canonical(p) for p in mention.places)
        if (actors, agents, places, organisations) != (
            mention.actors,
            mention.agents,
            mention.places,
            mention.organisations,
        ):
            mention = replace(
                mention, actors=actors, agents=agents, places=places, organisations=organisations
            )
        unified.append(mention)
    return unified


def build(
    paths: Iterable[str | Path],
    *,
    since: date | None = None,
    until: date | None = None,
    model: str = DEFAULT_MODEL,
    doc_dates: Mapping[str, date] | None = None,
    on_warning: Callback | None = None,
    on_document: Callback | None = None,
    stdin: io.TextIOBase | None = None,
    nlp=None,
    jobs: int = 1,
    cache: AnalysisCache | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    actors: Sequence[str] = (),
    places: Sequence[str] = (),
    min_sources: int = 1,
    fields: Fields | None = None,
    analyzer: Analyzer | None = None,
) -> Timeline:
    """Read, analyse, extract and merge: the whole chronology of the documents under paths.

    Warnings (unreadable files, undated documents) go to on_warning and into the result;
    on_document is called with each document's name once it has been analysed. actors,
    places and min_sources keep only the events that name them (aliases match) and have
    that many outlets. jobs > 1 analyses documents in that many processes; cache reuses
    the analyses of documents seen before; executor="dask" runs them on a Dask cluster
    (scheduler address, or a local cluster). The result is the same in every case.
    fields names the columns of JSONL/CSV exports. Documents with no publication date get
    one inferred from the corpus where the evidence allows (published.py). An analyzer
    passed in (an `analysis.Analyzer`, as `build --watch` keeps one) replaces model, jobs,
    cache, nlp, executor and scheduler, and is left open: its loaded model and remembered
    analyses serve the next build.
    """
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        if on_warning is not None:
            on_warning(message)

    own_analyzer = analyzer is None
    if analyzer is None:
        analyzer = Analyzer(
            model, jobs=jobs, cache=cache, nlp=nlp, executor=executor, scheduler=scheduler
        )
    analyzer.prepare()
    documents: list[Document] = []

    # Inference needs the whole corpus: documents are read (cheap) before any analysis.
    read = read_documents(paths, doc_dates=doc_dates, stdin=stdin, on_error=warn, fields=fields)
    corpus = infer_publication_dates(list(read), cache=analyzer.cache)
    for document in corpus:
        for message in document.warnings:
            warn(message)

    def analysed(document: Document) -> None:
        documents.append(replace(document, text=""))  # keep the metadata, not the text
        if on_document is not None:
            on_document(document.name)

    mentions: list[Mention] = []
    spellings = PlaceSpellings()
    definitions: list[tuple[str, str]] = []
    try:
        for _document, analysis in analyzer.run(corpus, on_done=analysed):
            spellings.add_counts(analysis.spellings)
            definitions.extend(analysis.acronyms)
            mentions.extend(analysis.mentions)
    except KeyboardInterrupt:
        if own_analyzer:
            analyzer.close(abort=True)  # Ctrl-C: stop the workers now
        raise
    finally:
        if own_analyzer:
            analyzer.close()
    acronyms = spelled_out(definitions)
    events = merge_mentions(_unify_names(mentions, spellings, acronyms))
    if since is None:
        since = default_since(documents)
    merged = len(events)
    events = [e for e in events if in_window(e, since, until)]
    outside = merged - len(events)
    if actors or places or min_sources > 1:
        # "--actor USCG" where an article spells out "US Coast Guard (USCG)"
        spelled = {a.casefold(): name for a, name in acronyms.items()}
        actors = [spelled.get(q.casefold(), q) for q in actors]
        events = select_events(events, actors, places, min_sources)
    return Timeline(
        events=events,
        documents=documents,
        warnings=warnings,
        since=since,
        until=until,
        dating=dating_counts(documents),
        outside_window=outside,
    )
