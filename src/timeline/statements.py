"""Interviews: which person told which outlet, as a key that ties reports of one interview.

"Esper told CBS News on Sunday that..." and "'We have American forces likely caught...,' he
told US broadcaster CBS in an interview which aired on Sunday" report one happening: a
person's interview with an outlet on a day. Their wordings may share little (one quotes the
interview, the other sums it up), so the merge takes a shared (speaker, outlet) on a
compatible date as evidence of its own.

A statement needs a named speaker (a person, or "he"/"she" resolved to the person last named
as a subject) and a named addressee ("told CBS", "said in an interview with Reuters",
"spoke to the BBC"). "told reporters" or "said in a statement" names no outlet: no key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .verbs import SPEAKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that name a news outlet or its people ("US broadcaster CBS", "BBC editor X").
MEDIA_NOUNS = frozenset(
    [
        "agency",
        "broadcaster",
        "newspaper",
        "channel",
        "television",
        "tv",
        "network",
        "outlet",
        "editor",
        "correspondent",
        "reporter",
        "journalist",
        "presenter",
        "columnist",
    ]
)
_INTERVIEWS = frozenset({"interview", "interviews"})
# Words of an outlet's name that do not tell outlets apart ("CBS News" is "CBS").
_GENERIC = MEDIA_NOUNS | {"news", "radio", "the"}
_NOT_OUTLETS = frozenset({"GPE", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "LOC"})
_MAX_CLIMB = 4  # a date's verb is at most this many heads below the speech verb


def _outlet_words(token: Token) -> frozenset[str]:
    """The distinctive proper-noun words of the outlet a token names (empty: no outlet)."""
    words = {
        t.text
        for t in token.subtree
        if t.pos_ == "PROPN" and t.ent_type_ not in _NOT_OUTLETS and t.lower_ not in _GENERIC
    }
    return frozenset(words)


def _addressee(verb: Token) -> frozenset[str]:
    """The outlet a speech verb addresses: its object ("told CBS"), "to the BBC", or "in an
    interview with/on CBS"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and (words := _outlet_words(child)):
            return words
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (words := _outlet_words(pobj)):
                    return words
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            for pobj in child.children:
                if pobj.dep_ != "pobj" or pobj.lower_ not in _INTERVIEWS:
                    continue
                for prep in pobj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("with", "on", "to"):
                        for outlet in prep.children:
                            if outlet.dep_ == "pobj" and (words := _outlet_words(outlet)):
                                return words
    return frozenset()


def _speech_verb(verb: Token) -> Token | None:
    """The speech verb whose clause holds the dated verb (itself, or one of its heads)."""
    current = verb
    for _ in range(_MAX_CLIMB):
        if current.pos_ in ("VERB", "AUX") and current.lower_ in SPEAKING:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def statement_key(
    verb: Token,
    speaker_of: Callable[[Token], str | None],
) -> tuple[str, ...]:
    """(speaker, *outlet words) of the interview that a dated verb reports, or () if it
    reports none. speaker_of names the person a subject token refers to."""
    speech = _speech_verb(verb)
    if speech is None:
        return ()
    outlet = _addressee(speech)
    if not outlet:
        return ()
    subjects = [c for c in speech.children if c.dep_ == "nsubj"]
    if not subjects:
        return ()
    speaker = speaker_of(subjects[0])
    if not speaker:
        return ()
    return (speaker, *sorted(outlet))


def same_statement(a: Sequence[str], b: Sequence[str]) -> bool:
    """One speaker and an outlet named alike ("CBS" / "CBS News")."""
    if not a or not b or a[0] != b[0]:
        return False
    return bool({w.lower() for w in a[1:]} & {w.lower() for w in b[1:]})


def describe(statement: Sequence[str]) -> str:
    """'Mark Esper to CBS'."""
    return f"{statement[0]} to {' '.join(statement[1:])}" if statement else ""
