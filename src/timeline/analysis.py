"""Per-document analysis, the unit that is cached, parallelised and distributed.

A document goes in; its mentions (dated happenings) and place spellings come out, and the
spaCy Doc is dropped at once, so memory holds only what the merge needs. `Analyzer` runs
documents in order through the cache, then through one process, a pool of worker processes
(`jobs`), or a Dask cluster; the result is the same whichever runs it.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice
from typing import Self

from .cache import AnalysisCache, analysis_key
from .model import Document, Mention

# Documents per task sent to a worker; spaCy's own batch inside a worker.
TASK_SIZE = 16
SPACY_BATCH = 16


@dataclass(frozen=True)
class Analysis:
    """What the rest of the pipeline needs of one document."""

    mentions: tuple[Mention, ...]
    spellings: tuple[tuple[tuple, str, int], ...]
    # the acronyms the text spells out, with the names they stand for (entities.acronym_definitions)
    acronyms: tuple[tuple[str, str], ...] = ()

    def relabelled(self, document: Document) -> Analysis:
        """The analysis attributed to this copy of the text: its name, outlet and where its
        publication date came from (none of which the cache key covers)."""
        first = self.mentions[0] if self.mentions else None
        if first is None or (first.document, first.outlet, first.published_by) == (
            document.name,
            document.outlet,
            document.published_by,
        ):
            return self
        mentions = tuple(
            replace(
                m,
                document=document.name,
                outlet=document.outlet,
                published_by=document.published_by,
            )
            for m in self.mentions
        )
        return replace(self, mentions=mentions)


def analyse_batch(nlp, documents: Sequence[Document]) -> list[Analysis]:
    """Analyse documents with a loaded pipeline, in order."""
    from .cleanup import header
    from .entities import PlaceSpellings, acronym_definitions, find_entities
    from .events import extract_mentions
    from .nlp import analyse

    results = []
    for document, doc in analyse(nlp, documents, batch_size=SPACY_BATCH):
        dateline = header(document.text).dateline
        entities = find_entities(doc, dateline=dateline.group("place") if dateline else None)
        results.append(
            Analysis(
                mentions=tuple(extract_mentions(document, doc, entities)),
                spellings=PlaceSpellings.count(entities),
                acronyms=tuple(sorted(acronym_definitions(doc.text).items())),
            )
        )
    return results


_WORKER_NLP = {}


def worker_analyse(model: str, documents: Sequence[Document]) -> list[Analysis]:
    """In a worker process (or a Dask worker): load the pipeline once, then analyse."""
    from .nlp import load_pipeline

    nlp = _WORKER_NLP.get(model)
    if nlp is None:
        nlp = _WORKER_NLP[model] = load_pipeline(model)
    return analyse_batch(nlp, documents)


def _ignore_interrupts() -> None:
    """Worker initializer: Ctrl-C is the main process's to handle (it stops the pool), so a
    worker does not print a traceback of its own; SIGTERM (a service manager stopping the
    whole group) just ends it, whatever handler the main process had when it forked."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Analyzer:
    """Runs analyses: cache first, then locally (serial or a process pool) or on Dask."""

    def __init__(
        self,
        model: str,
        jobs: int = 1,
        cache: AnalysisCache | None = None,
        nlp=None,
        executor: str = "local",
        scheduler: str | None = None,
        remember: bool = False,
    ) -> None:
        self.model = model
        self.jobs = max(1, jobs)
        self.cache = cache
        self._nlp = nlp
        self.executor = executor
        self.scheduler = scheduler
        self._pool: ProcessPoolExecutor | None = None
        self._dask = None
        # With remember, the analyses of the last run stay in memory (a watch re-run reads
        # neither the disk cache nor the model for documents it has seen).
        self._memory: dict[str, Analysis] | None = {} if remember else None

    @property
    def nlp(self):
        from .nlp import load_pipeline

        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
        return self._nlp

    def prepare(self) -> None:
        """Fail now, before any work, if the model is missing (it loads on first use)."""
        if self._nlp is None:
            from .models import check_model

            check_model(self.model)

    def run(
        self, documents: Iterable[Document], on_done: Callable[[Document], None] | None = None
    ) -> Iterator[tuple[Document, Analysis]]:
        """(document, analysis) for every document, in input order."""
        remembered = self._memory
        if remembered is not None:
            self._memory = {}  # this run's analyses only: those of removed documents go
        if isinstance(documents, Sequence) and self._pooled():
            yield from self._run_ahead(documents, on_done, remembered or {})
            return
        keyed = self.cache is not None or remembered is not None
        for chunk in _chunks(documents, TASK_SIZE * self.jobs * 4):
            keys = [analysis_key(d, self.model) for d in chunk] if keyed else []
            results = (
                [self._known(key, remembered) for key in keys] if keyed else [None] * len(chunk)
            )
            todo = [i for i, result in enumerate(results) if result is None]
            fresh = dict(zip(todo, self._analyse([chunk[i] for i in todo])))
            for i, document in enumerate(chunk):
                analysis = fresh[i] if i in fresh else results[i]
                key = keys[i] if keyed else None
                yield document, self._deliver(document, key, analysis, i in fresh, on_done)

    def _deliver(
        self,
        document: Document,
        key: str | None,
        analysis: Analysis,
        fresh: bool,
        on_done: Callable[[Document], None] | None,
    ) -> Analysis:
        """Store a fresh analysis, remember it for the next run, report the document done,
        and give the analysis under this document's name."""
        if key is not None:
            if fresh and self.cache:
                self.cache.put(key, analysis)
            self._remember(key, analysis)
        if on_done is not None:
            on_done(document)
        return analysis.relabelled(document)

    def _known(self, key: str, remembered: dict[str, Analysis] | None) -> Analysis | None:
        """The analysis kept from the last run, else the cached one, else None."""
        analysis = remembered.get(key) if remembered else None
        if analysis is None and self.cache:
            analysis = self.cache.get(key)
        return analysis

    def _remember(self, key: str, analysis: Analysis) -> None:
        if self._memory is not None:
            self._memory[key] = analysis

    def _pooled(self) -> bool:
        return self.executor == "local" and self.jobs > 1 and self._nlp is None

    def _run_ahead(
        self,
        documents: Sequence[Document],
        on_done: Callable[[Document], None] | None,
        remembered: dict[str, Analysis],
    ) -> Iterator[tuple[Document, Analysis]]:
        """The documents the cache lacks go to the worker processes at once; the cached ones
        load meanwhile. A re-run with a few new documents overlaps loading the model (in a
        worker) with reading the cache (here)."""
        keys = [analysis_key(d, self.model) for d in documents]
        missing = [
            i
            for i, key in enumerate(keys)
            if key not in remembered and not (self.cache and self.cache.has(key))
        ]
        pending: dict[int, tuple[Future, int]] = {}
        if missing:
            size = max(1, min(TASK_SIZE, -(-len(missing) // self.jobs)))
            pool = self._get_pool()
            for task in _chunks(missing, size):
                future = pool.submit(worker_analyse, self.model, [documents[i] for i in task])
                for position, i in enumerate(task):
                    pending[i] = (future, position)
        for i, document in enumerate(documents):
            analysis = None if i in pending else self._known(keys[i], remembered)
            fresh = analysis is None
            if i in pending:
                future, position = pending.pop(i)
                analysis = future.result()[position]
            elif fresh:  # an entry found damaged on reading: analyse it here
                analysis = analyse_batch(self.nlp, [document])[0]
            yield document, self._deliver(document, keys[i], analysis, fresh, on_done)

    def _analyse(self, documents: list[Document]) -> list[Analysis]:
        if not documents:
            return []
        if self.executor == "dask":
            if self._dask is None:
                from .distributed import DaskRunner

                self._dask = DaskRunner(self.scheduler)
            return self._dask.analyse(self.model, list(_chunks(documents, TASK_SIZE)))
        if self.jobs == 1 or len(documents) <= TASK_SIZE:
            return analyse_batch(self.nlp, documents)
        return self._analyse_in_pool(documents)

    def _get_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_ignore_interrupts)
        return self._pool

    def _analyse_in_pool(self, documents: list[Document]) -> list[Analysis]:
        tasks = list(_chunks(documents, max(1, min(TASK_SIZE, len(documents) // self.jobs))))
        results: list[Analysis] = []
        for batch in self._get_pool().map(worker_analyse, [self.model] * len(tasks), tasks):
            results.extend(batch)
        return results

    def close(self, abort: bool = False) -> None:
        """Stop the workers: once their current task is done, or at once when abort (Ctrl-C)."""
        if self._pool is not None:
            if abort:
                _stop_workers(self._pool)
            else:
                self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._dask is not None:
            self._dask.close()
            self._dask = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self.close(abort=kind is not None and issubclass(kind, KeyboardInterrupt))


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now rather than after the documents they are analysing."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public API < 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
