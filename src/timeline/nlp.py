"""Load the spaCy pipeline, add our components, and stream documents through it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import temporal_component  # noqa: F401  (registers the "timeline_dates" factory)
from .cleanup import CHRONOLOGY_ENTRY, clean
from .model import Document
from .models import ModelNotFoundError, missing_model  # noqa: F401  (ModelNotFoundError: re-exported)
from .settings import DEFAULT_MODEL
from .temporal_patterns import ZONE_NAME

# Components nothing downstream reads; dropping them is part of the speed budget.
UNUSED_COMPONENTS = ("lemmatizer",)


@Language.component("timeline_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: headings, captions and paragraphs never run together.

    The paragraph's second token is marked as no sentence start: told only where a paragraph
    starts, the parser split "Truce / Israel and Hamas agreed..." after "Israel". Nor is the
    word after a chronology entry's date ("June 20, 2019: Protests erupt")."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text or token.i == 0:
            first = doc[token.i + 1] if token.is_space else token
            first.is_sent_start = True
            if first.i + 1 < len(doc) and not first.is_punct and not first.is_space:
                second = doc[first.i + 1]
                if not second.is_space:
                    second.is_sent_start = False
            entry = CHRONOLOGY_ENTRY.match(doc.text, first.idx)
            if entry is not None:
                after = doc.char_span(entry.end(), entry.end() + 1, alignment_mode="expand")
                if after is not None and len(after) and after[0].i > first.i + 1:
                    after[0].is_sent_start = False
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if _CLOCK_ABBREVIATION.fullmatch(previous.text) and (
            _CLOCK_SEQUEL.fullmatch(token.text) or _zone_named(token)
        ):
            token.is_sent_start = False  # "at about 12:39 a.m. Tuesday bound for Colombo"
    return doc


# "a.m.", "p.m." end a sentence only before a new one: not before the day, the zone or the
# words that go on with the time ("12:39 a.m. Tuesday", "9 p.m. EST", "3 a.m. local time")
_CLOCK_ABBREVIATION = re.compile(r"[ap]\.m\.", re.IGNORECASE)
_CLOCK_SEQUEL = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|yesterday|tomorrow|on|local"
    r"|[A-Z]{2,4}T|GMT|UTC|ET|CT|PT|MT|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?|January|February"
    r"|March|April|May|June|July|August|September|October|November|December|and|or|to|until"
)


def _zone_named(token) -> bool:
    """ "Eastern time", "Pacific Daylight Time", "Moscow time": a zone's name after a clock."""
    return _ZONE_NAME.match(token.doc.text, token.idx) is not None


_ZONE_NAME = re.compile(ZONE_NAME)


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path and add our components."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError:
        raise missing_model(model) from None
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
