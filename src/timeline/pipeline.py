"""The library API behind `timeline build`: documents in, a merged chronology out."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from .analysis import Analyzer
from .cache import AnalysisCache
from .cleanup import header
from .corpus import Fields, read_documents
from .entities import PlaceSpellings, unify_organisations, unify_people
from .filters import select_events
from .gazetteer import Gazetteer, fold
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
    return {
        a: name for a, names in meanings.items() if len(names) == 1 and (name := next(iter(names)))
    }


def _spelled_in(
    mentions: list[Mention],
    definitions: Sequence[tuple[str, str, str]],
    meanings: Mapping[str, str],
) -> dict[str, dict[str, str]]:
    """For each document, the acronyms spelled out in the corpus (meanings, from
    `spelled_out`) that it means: its own, and another article's where the two name
    something else alike (a person, organisation or place): the 'ICC' of a cricket report
    that shares nothing with the International Criminal Court's arrest warrant stays the
    ICC."""
    defined_in: dict[str, set[str]] = {}
    for document, acronym, _ in definitions:
        defined_in.setdefault(acronym, set()).add(document)
    named: dict[str, set[str]] = {}
    for mention in mentions:
        words = named.setdefault(mention.document, set())
        words.update(map(fold, mention.actors), (fold(p.name) for p in mention.places))
    found: dict[str, dict[str, str]] = {}
    for document, words in named.items():
        own: dict[str, str] = {}
        for acronym, name in meanings.items():
            others = words - {fold(acronym), fold(name)}
            if document in defined_in[acronym] or any(
                others & named.get(source, set()) for source in defined_in[acronym]
            ):
                own[acronym] = name
        found[document] = own
    return found


def dateline_country(text: str) -> str | None:
    """The country of the place a dateline names ("BOSTON, June 21 (Reuters) -": the United
    States), or None."""
    dateline = header(text).dateline
    place = dateline.group("place") if dateline is not None else None
    if not place:
        return None
    gazetteer = Gazetteer.load()
    for name in reversed([part.strip() for part in place.split(",") if part.strip()]):
        found = gazetteer.country_name(name) or (
            (candidate := gazetteer.resolve(name.title())) is not None and candidate.place.country
        )
        if found:
            return found
    return None


def _own_across(
    mentions: Sequence[Mention],
    renamed: dict[str, dict[str, str]],
    datelines: Mapping[str, str | None],
) -> None:
    """ "The Coast Guard" of an article told from the United States alone (its dateline and
    the places it dates) is the "US Coast Guard" another article of the corpus names, where
    the corpus names no other country's. An article that tells no country keeps its bare name
    (the Greek coast guard, the UK's Supreme Court)."""
    owned = unify_organisations(n for names in renamed.values() for n in names.values())
    if not owned:
        return
    countries: dict[str, set[str]] = {d: {c} for d, c in datelines.items() if c}
    for mention in mentions:
        countries.setdefault(mention.document, set()).update(
            p.country for p in mention.places if p.country
        )
    gazetteer = Gazetteer.load()
    for document, names in renamed.items():
        told = countries.get(document, set())
        for actor, name in names.items():
            longer = owned.get(name)
            if longer is None:
                continue
            country = gazetteer.country_name(longer.split(" ", 1)[0])
            if country is not None and told and told <= {country}:
                names[actor] = longer


def _unify_names(
    mentions: list[Mention],
    spellings: PlaceSpellings,
    definitions: Sequence[tuple[str, str, str]] = (),
    meanings: Mapping[str, str] | None = None,
    datelines: Mapping[str, str | None] | None = None,
) -> list[Mention]:
    """One name per person, organisation and town across the corpus: 'Erdogan' -> 'Recep
    Tayyip Erdogan', 'SVB' -> 'Silicon Valley Bank' where an article spells it out
    (definitions: (document, acronym, name); meanings: `spelled_out` of them; see
    `_spelled_in`), 'Ayn Isa' -> 'Ain Issa' (the spelling the articles use most)."""
    names = unify_people(a for m in mentions for a in m.actors)
    if meanings is None:
        meanings = spelled_out((acronym, name) for _, acronym, name in definitions)
    spelled = _spelled_in(mentions, definitions, meanings)
    # each document's renaming: its acronyms, then people across the corpus, then "the Coast
    # Guard" of an article that names the US Coast Guard, within that article only
    # ("Israel's Supreme Court" is not another article's US Supreme Court)
    told: dict[str, set[str]] = {}
    for mention in mentions:
        told.setdefault(mention.document, set()).update(
            mention.actors, mention.agents, mention.organisations
        )
    renamed: dict[str, dict[str, str]] = {}
    for document, actors in told.items():
        acronyms = spelled.get(document, {})
        named = {a: names.get(n, n) for a in actors for n in (acronyms.get(a, a),)}
        owned = unify_organisations(named.values())
        renamed[document] = {a: owned.get(n, n) for a, n in named.items()}
    _own_across(mentions, renamed, datelines or {})
    unified = []
    for mention in mentions:
        rename = renamed[mention.document]

        def name(actor: str, rename: dict[str, str] = rename) -> str:
            return rename.get(actor, names.get(actor, actor))

        actors = tuple(dict.fromkeys(map(name, mention.actors)))
        agents = tuple(dict.fromkeys(map(name, mention.agents)))
        organisations = tuple(dict.fromkeys(map(name, mention.organisations)))
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
    definitions: list[tuple[str, str, str]] = []
    datelines: dict[str, str | None] = {}
    try:
        for _document, analysis in analyzer.run(corpus, on_done=analysed):
            spellings.add_counts(analysis.spellings)
            definitions.extend((_document.name, a, name) for a, name in analysis.acronyms)
            datelines[_document.name] = dateline_country(_document.text)
            mentions.extend(analysis.mentions)
    except KeyboardInterrupt:
        if own_analyzer:
            analyzer.close(abort=True)  # Ctrl-C: stop the workers now
        raise
    finally:
        if own_analyzer:
            analyzer.close()
    meanings = spelled_out((acronym, name) for _, acronym, name in definitions)
    events = merge_mentions(_unify_names(mentions, spellings, definitions, meanings, datelines))
    if since is None:
        since = default_since(documents)
    merged = len(events)
    events = [e for e in events if in_window(e, since, until)]
    outside = merged - len(events)
    if actors or places or min_sources > 1:
        # "--actor USCG" where an article spells out "US Coast Guard (USCG)"
        spelled = {a.casefold(): name for a, name in meanings.items()}
        events = select_events(events, actors, places, min_sources, spelled)
    return Timeline(
        events=events,
        documents=documents,
        warnings=warnings,
        since=since,
        until=until,
        dating=dating_counts(documents),
        outside_window=outside,
    )
