"""Similarity of what two mentions say: word stems, predicate classes, figures, actors and
places, weighted by TF-IDF and compared by cosine. Used by the merge and by events (to attach
undated sentences to the mention they elaborate)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .model import Mention, Place
from .verbs import BE_FORMS

_WORD = re.compile(r"[a-z][a-z'’-]+|\d[\d,.]*")
_STOPWORD_TEXT = """
a about above after again against all almost also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers him his how i if in into is it its itself
just me more most my no nor not now of off on once only or other our out over own said same
say says she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will
with would you your told according added reported news statement sunday monday tuesday
wednesday thursday friday saturday week weekend last yesterday today day days year years month
january february march april may june july august september october november december hours
hour ago earlier since 's
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A deliberately small stemmer: enough to match launched/launch, escaped/escape."""
    word = word.lower().strip("'’-").replace("’", "'")
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


# News verbs that report the same kind of happening; a shared class is strong evidence.
_PREDICATE_CLASSES = {
    stem(word): group
    for group, words in {
        "escape": "escape escaped flee fled run ran break broke",
        "launch": "launch begin began begun start started invade",
        "kill": "kill die dies died dying dead",
        "displace": "displace displaced",
        "seize": "seize capture take took taken",
        "attack": "attack strike struck bomb shell landfall hit crash collide collision plough plow smash ram rammed derail derailed accident derailment",
        "call": "call phone telephone",
        "withdraw": "withdraw withdrew withdrawn pull leave left evacuate",
        "say": "say said tell told announce declare state warn",
        "publish": "publish published post posted",
        "shut": "shut shutter shuttered",
        "vanish": "vanish vanished disappear disappeared",
        "grounded": "grounded wedged stuck lodged beached",
    }.items()
    for word in words.split()
}
# Saying is how news reports everything: it does not tell two happenings apart.
WEAK_PREDICATES = frozenset({"", "say"})
_PLACE_WEIGHT = {"town": 2.0, "region": 1.0, "country": 0.5}


def verb_class(verb: str) -> str:
    """The kind of happening a verb reports: 'fled' and 'escaped' are one."""
    if not verb:
        return ""
    stemmed = stem(verb)
    return _PREDICATE_CLASSES.get(stemmed, stemmed)


# Being is no happening either ("The governor was in Tampa", "waters were 2C above average"):
# shared, it is no content; against another verb, it still tells another kind of news.
NO_CONTENT_PREDICATES = WEAK_PREDICATES | {verb_class(form) for form in BE_FORMS}


def predicate_class(mention: Mention) -> str:
    """The kind of happening the mention's verb reports."""
    return verb_class(mention.predicate)


def features(mention: Mention) -> Counter[str]:
    """Bag of stems of what the mention says, its predicate, actors and places as tokens."""
    return bag_of_words(mention.text, mention.predicate, mention.actors, mention.places)


def bag_of_words(
    text: str, predicate: str = "", actors: Sequence[str] = (), places: Sequence[Place] = ()
) -> Counter[str]:
    """The features of any text: stems, figures, the predicate's class, actors and places."""
    bag: Counter[str] = Counter()
    for word in _WORD.findall(text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        if word[0].isdigit():
            bag["=" + word.rstrip(".,").replace(",", "")] += 3  # a figure is strong evidence
        else:
            bag[stem(word)] += 1
    kind = verb_class(predicate)
    if kind:
        bag["^" + kind] += 3
    for actor in actors:
        bag["@" + actor.lower()] += 2
    for place in places:
        bag["#" + place.name.lower()] += _PLACE_WEIGHT.get(place.geo_precision or "", 1.0)
    return bag


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if not dot:
        return 0.0
    return dot / (
        math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    )


def unit(vector: dict[str, float]) -> dict[str, float]:
    """The vector scaled to length 1, so that cosine is a plain dot product."""
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {k: w / norm for k, w in vector.items()} if norm else dict(vector)


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors (cosine, for unit vectors)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[k] for k, w in a.items() if k in b)


def weighted(bags: Sequence[Counter[str]], copies: Sequence[int]) -> list[dict[str, float]]:
    """TF-IDF with smoothed IDF, so words shared by a small corpus still count. copies[i] is
    how many mentions have bags[i]: each counts in the document frequency."""
    document_frequency: Counter[str] = Counter()
    for bag, count in zip(bags, copies):
        for key in bag:
            document_frequency[key] += count
    total = sum(copies)
    idf = {k: 1 + math.log((1 + total) / (1 + n)) for k, n in document_frequency.items()}
    return [{k: c * idf[k] for k, c in bag.items()} for bag in bags]


# Nouns that count people: figures of any of them measure the same thing in one event.
_PEOPLE_NOUNS = """people persons civilians detainees prisoners inmates relatives members women
children foreigners escapees residents migrants refugees families affiliates supporters suspects"""
PEOPLE = frozenset(_PEOPLE_NOUNS.split())
