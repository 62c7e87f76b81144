"""Merge mentions of the same happening into one Event that keeps every source.

Two mentions join when their dates are compatible (the intervals overlap; a week-precision
relative date such as "last week" may also join a day up to a week away, since news "last week"
and the ISO calendar often disagree; a weekend may not) and what they say is similar: TF-IDF
cosine over word stems, actors and places, the weights counted among the mentions whose dates
can meet (so unrelated stories of other dates change nothing); or they report one interview
(the same person telling the same outlet, see statements.py). A lead joins the happening of a
day or two before that it tells of, and a month ("convicted in April") the happening dated to
the day inside it. Candidates are blocked by date (a sweep over mentions sorted by start day),
so the merge never compares every pair of a large corpus.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise

from .entities import initials
from .gazetteer import distance_km
from .model import Event, Mention, Place, Source, TimeSpan
from .numbers import figure_values
from .similarity import (
    NO_CONTENT_PREDICATES,
    PEOPLE,
    WEAK_PREDICATES,
    bag_of_words,
    dot,
    predicate_class,
    stem,
    unit,
    verb_class,
    weighted,
)
from .statements import same_statement
from .temporal import small_hours
from .verbs import REPORTING

SIMILARITY_THRESHOLD = 0.22
PREDICATE_MISMATCH = 0.6
_COARSE = {"month", "quarter", "half", "season", "year", "decade", "century"}
# A week-precision date ("last week") may join a day up to a week away: news "last week" and
# the ISO calendar often disagree. A weekend is two named days, not a loose week: no slack.
_SLACK = {"week": 7}
_SLACK_DAYS = {precision: timedelta(days=days) for precision, days in _SLACK.items()}
_NO_SLACK = timedelta(0)
# Coarse dates that may join a happening dated to the day inside them ("convicted in April" and
# "convicted Tuesday"): a month names one happening closely enough, a year does not.
_JOINS_DAYS = frozenset({"month"})


def time_of_day(span: TimeSpan) -> str:
    """What a value tells after its day: '09:45', 'MO' (a morning), or ''."""
    return span.value.partition("T")[2]


_ONE_DAY = timedelta(days=1)


def _end(span: TimeSpan) -> date:
    """The last day a happening of the span may fall on: a night ("overnight", "Thursday
    night", TNI) runs into the small hours of the next day, which "the early hours of Friday"
    tells of."""
    return span.end + _ONE_DAY if time_of_day(span) == "NI" else span.end


# "in the early hours of Friday", "before dawn on Friday", "early Friday": the small hours
_SMALL_HOURS = re.compile(
    r"\b(?:early|small\s+hours|before\s+dawn|dawn|overnight)\b", re.IGNORECASE
)


def _small_hours(mention: Mention) -> bool:
    """Does the text tell the mention's day by its small hours: a clock time before 6 a.m., or
    "the early hours of Friday"? What a night before it may reach."""
    time = time_of_day(mention.span)
    if time[:2].isdigit():
        return small_hours("T" + time)
    return mention.dated_by == "text" and not time and bool(_SMALL_HOURS.search(mention.date_text))


def _across_a_night(cluster: _Cluster, mention: Mention) -> bool:
    """Does the mention meet a night of the cluster (or the cluster a night of the mention)
    only through the night's running into the next day, and that day is not told by its small
    hours? "They saved lives last night" is no "state of emergency on Tuesday morning", nor
    are Tuesday night's riots Wednesday's."""
    span = mention.span
    night = time_of_day(span) == "NI"
    for other in cluster.spans:
        if time_of_day(other) == "NI" and other.end + _ONE_DAY == span.start:
            if not _small_hours(mention):
                return True
        elif night and span.end + _ONE_DAY == other.start and other not in cluster.small_hours:
            return True
    return False


def _precise_first(mention: Mention) -> tuple:
    """Narrowest interval first; of one day, a clock time told to the minute ("4:10 p.m."),
    then a round hour ("shortly after 4 p.m.", often rounded), then a part of the day
    ("Tuesday night"), then the day."""
    span = mention.span
    width = (span.end - span.start).days
    time = time_of_day(span)
    if time[:1].isdigit():
        within = 1 if time[2:5] == ":00" else 0
    else:
        within = 2 if time else 3
    return (
        width,
        within,
        0 if mention.dated_by == "text" else 1,
        mention.document,
        mention.sentence_start,
    )


def _kind(span: TimeSpan) -> str:
    """Dates of one kind can match: all fine-grained dates (day, week...), or one coarse
    precision (a month only with months, a year only with years)."""
    return span.precision if span.precision in _COARSE else ""


@dataclass(eq=False)
class _Cluster:
    """A growing cluster: its members, and the distinct dates and wordings to compare with."""

    kind: str
    members: list[int] = field(default_factory=list)
    spans: dict[TimeSpan, None] = field(default_factory=dict)
    # the spans its members' text tells by their small hours (see _small_hours)
    small_hours: set[TimeSpan] = field(default_factory=set)
    # For the spans of each slack: the latest start and the earliest end. A date fits every
    # span of the cluster when it fits these bounds (see _fits).
    bounds: dict[timedelta, tuple[date, date]] = field(default_factory=dict)
    vectors: dict[int, dict[str, float]] = field(default_factory=dict)  # by wording id
    sentences: set[tuple[str, int]] = field(default_factory=set)
    predicates: set[str] = field(default_factory=set)
    statements: set[tuple[str, ...]] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    places: set[Place] = field(default_factory=set)  # the places told
    measures: dict[str, set[float]] = field(default_factory=dict)  # figures told, see _measures
    # the sentences a member is told apart from ("Earlier on Monday, ...": _told_apart)
    apart: set[tuple[str, int]] = field(default_factory=set)
    alive: bool = True

    def add_measures(self, measures: dict[str, set[float]]) -> None:
        for what, values in measures.items():
            self.measures.setdefault(what, set()).update(values)

    def add_span(self, span: TimeSpan) -> None:
        if span in self.spans:
            return
        self.spans[span] = None
        slack = _SLACK_DAYS.get(span.precision, _NO_SLACK)
        latest, earliest = self.bounds.get(slack, (date.min, date.max))
        self.bounds[slack] = (max(latest, span.start), min(earliest, _end(span)))

    def add_wording(self, key: int, vector: dict[str, float]) -> None:
        if len(self.vectors) < _MAX_WORDINGS:
            self.vectors.setdefault(key, vector)

    def similarity(
        self, key: int, vector: dict[str, float], dots: dict[tuple[int, int], float] | None
    ) -> float:
        """Between single and average link: one close wording is not enough to chain. dots,
        when given, keeps the products of wording pairs for the next copy of this wording."""
        if dots is None:
            scores = [dot(other_vector, vector) for other_vector in self.vectors.values()]
        else:
            scores = []
            for other, other_vector in self.vectors.items():
                score = dots.get((key, other))
                if score is None:
                    score = dots[key, other] = dot(other_vector, vector)
                scores.append(score)
        if len(scores) == 1:
            return scores[0]
        return (max(scores) + sum(scores) / len(scores)) / 2


def _fits(cluster: _Cluster, span: TimeSpan) -> bool:
    """Is the date compatible with every date of the cluster, in O(1)? Dates of one kind are
    compatible when their intervals overlap, widened by the larger of their slacks."""
    if cluster.kind != _kind(span):
        return False
    own = _SLACK_DAYS.get(span.precision, _NO_SLACK)
    for slack, (latest_start, earliest_end) in cluster.bounds.items():
        widest = max(slack, own)
        if latest_start > _end(span) + widest or span.start > earliest_end + widest:
            return False
    return True


_MAX_WORDINGS = 32  # a cluster compares with at most this many distinct wordings


def _named_in(predicate: str, cluster: _Cluster, vector: dict[str, float]) -> bool:
    """Does one side name the other's happening ('held a phone call' / 'during a call')?"""
    if any(predicate in words for words in cluster.vectors.values()):
        return True
    return any(p in vector for p in cluster.predicates)


def _shares_content(vector: dict[str, float], cluster: _Cluster) -> bool:
    """Does a wording share more than the class of saying with the cluster: a word, a
    figure, an actor, a place or a class of acting ("escaped" and "fled")? "The ministry said
    in a statement that 1,037 were killed" and "The king declared three days of mourning"
    share only the class of saying."""
    return any(
        key in other
        for other in cluster.vectors.values()
        for key in vector
        if key[0] != "^" or key[1:] not in NO_CONTENT_PREDICATES
    )


def _can_fuse(a: _Cluster, b: _Cluster) -> bool:
    """Clusters share no sentence and every date of one is compatible with the other's."""
    if a.sentences & b.sentences or a.apart & b.sentences or b.apart & a.sentences:
        return False
    return all(_fits(a, span) for span in b.spans)


# "Earlier on Monday, salvage crews had partially refloated the ship": another happening than
# the one the document told of that day
_APART_BEFORE = re.compile(
    r"\b(?:earlier|later)\s+(?:on\s+|that\s+|in\s+the\s+day\s+)?$", re.IGNORECASE
)


# "Hours later, a second temblor struck", "Minutes earlier": a count of hours from the
# happening just told is another happening of that day
_HOURS_APART = re.compile(
    r"\b(?:hours?|minutes?)\s+(?:or\s+so\s+)?(?:later|earlier)$", re.IGNORECASE
)


def _told_apart(mention: Mention) -> bool:
    if mention.date_start is None or mention.span.precision != "day":
        return False  # not "earlier this week", "later this year"
    if _HOURS_APART.search(mention.date_text):
        return True
    offset = mention.date_start - mention.sentence_start
    return 0 <= offset <= len(mention.sentence) and bool(
        _APART_BEFORE.search(mention.sentence[:offset])
    )


def _mentions_before(ordered: Sequence[Mention]) -> dict[int, int]:
    """For each mention, its document's mention told right before it (the happening an
    "Earlier on Monday" is told apart from)."""
    by_document: dict[str, list[int]] = {}
    for index, mention in enumerate(ordered):
        by_document.setdefault(mention.document, []).append(index)
    found: dict[int, int] = {}
    for indices in by_document.values():
        indices.sort(key=lambda i: (ordered[i].sentence_start, ordered[i].date_start or 0))
        for before, after in pairwise(indices):
            if ordered[before].sentence_start < ordered[after].sentence_start:
                found[after] = before
    return found


def _leads(ordered: Sequence[Mention]) -> set[int]:
    """Each document's first dated sentence's mentions: what its article leads with."""
    first: dict[str, int] = {}
    for mention in ordered:
        start = first.get(mention.document)
        if start is None or mention.sentence_start < start:
            first[mention.document] = mention.sentence_start
    return {i for i, m in enumerate(ordered) if m.sentence_start == first[m.document]}


# "Another bomb exploded", "In a separate attack": a happening like one the article told
# before (not "Another 50 people were injured")
_ANOTHER = re.compile(
    r"^\W*(?:in\s+)?(?:another|a\s+(?:second|third|separate|further))\s+(?!\d)"
    r"(?!\w+\s+(?:said|says|told|recalled|added|described)\b)",  # "Another survivor said"
    re.IGNORECASE,
)


# "a new warrant", "a second attempt", "another strike": not the one told of an earlier day
_RENEWED = re.compile(
    r"\b(?:an?\s+(?:new|second|third|fresh|further|renewed)|another)\s+(?!\d)\w+", re.IGNORECASE
)


def _another(mention: Mention) -> bool:
    """ "Another train derailed": not "Another survivor said the train derailed", a report."""
    if _speech(mention):
        return False
    return bool(_ANOTHER.match(mention.sentence) or _ANOTHER.match(mention.text))


def _tells_the_lead_again(mention: Mention, lead: Mention, predicate: str, another: bool) -> bool:
    """The sentence right after an article's lead, of the lead's day and kind of happening
    (not saying or being): the lead told in detail. "At least 288 people were killed when a
    passenger train derailed and crashed ... on Friday evening" / "The Coromandel Express ...
    came off the tracks ... at about 7 p.m. on Friday"."""
    return (
        predicate not in NO_CONTENT_PREDICATES
        and predicate == predicate_class(lead)
        and mention.span.start == lead.span.start == mention.span.end
        and not another
    )


# Above this likeness, "Later on Monday, the ship was fully refloated" tells again what the
# article told before ("The ship was fully refloated on Monday"), not another happening
_RETOLD = 0.65
# Below this likeness, two sentences of one article dated alike tell two happenings
_RETELLING = 0.35


def _speech(mention: Mention) -> bool:
    """A report of the happening: its subject is who tells of it, not who did it."""
    return bool(mention.statement) or mention.predicate in REPORTING


def _doers(mention: Mention) -> set[str]:
    """Who did it, as far as that tells happenings apart: people by their full names and
    organisations ("Apple reported" is not "Amazon reported"); not a one-word state or a
    surname alone, since "Turkey launched" and "Erdogan launched" may tell of one act."""
    if _speech(mention):
        return set()
    return {a for a in mention.agents if len(a.split()) >= 2 or a in mention.organisations}


def _others(cluster: _Cluster, mention: Mention, doers: set[str]) -> bool:
    """Do the cluster and a mention tell of other doers? "Donald Tusk declared a state of
    disaster on Monday" is not "Petr Fiala declared a state of emergency on Monday", however
    alike the words. Doers differ when neither side names the other's at all ("Trump held a
    call with al-Sharaa" and "al-Sharaa said during a call with Trump" are one call).
    Countries do not tell happenings apart: one crash is told "in Kazakhstan" and "in Russia"."""
    return bool(
        doers
        and cluster.agents
        and not _any_same(doers, cluster.actors)
        and not _any_same(cluster.agents, set(mention.actors))
    )


def _told_of_others(mention: Mention, cluster: _Cluster) -> bool:
    """Do both sides name doers and none in common, or places and none that may be one
    ground (_may_be_one)? A retelling that names none ("The tremor, which hit at 4.17am") does not."""
    actors = set(mention.actors)
    return bool(
        actors
        and cluster.actors
        and not _any_same(actors, cluster.actors)
        or mention.places
        and cluster.places
        and _other_grounds(set(mention.places), cluster.places)
    )


def _other_grounds(ours: set[Place], theirs: set[Place]) -> bool:
    """Are two sets of places two grounds: places of other countries, or no pair that may be
    one (_may_be_one)?"""
    if {p.name for p in ours} & {p.name for p in theirs}:
        return False
    our_countries = {p.country for p in ours if p.country}
    their_countries = {p.country for p in theirs if p.country}
    if our_countries and their_countries and not our_countries & their_countries:
        return True
    return not any(_may_be_one(a, b) for a in ours for b in theirs)


_REGION_REACH_KM = 500  # a town further from a region's point lies outside it


def _far_apart(ours: Iterable[Place], theirs: Iterable[Place]) -> bool:
    """Are two sets of located places (towns and regions) far apart: each pair in two
    countries or over _REGION_REACH_KM apart? Places with no point tell nothing."""
    ours = [p for p in ours if p.lat is not None and p.geo_precision in ("town", "region")]
    theirs = [p for p in theirs if p.lat is not None and p.geo_precision in ("town", "region")]
    return bool(ours and theirs) and all(
        a.country and b.country and a.country != b.country or _beyond_reach(a, b)
        for a in ours
        for b in theirs
    )


def _beyond_reach(a: Place, b: Place) -> bool:
    """Are two places with points over _REGION_REACH_KM apart (False when one has none)?"""
    located = None not in (a.lat, a.lon, b.lat, b.lon)
    return located and distance_km(a, b) > _REGION_REACH_KM


def _may_be_one(a: Place, b: Place) -> bool:
    """Could two places of other names be one ground: a region or country and a place of
    its country or an unknown place ("the state of Odisha" and "Balasore district")? Two
    towns, or places of two countries, are two."""
    wide = {"region", "country"}
    if a.geo_precision not in wide and b.geo_precision not in wide:
        return False
    if a.geo_precision == b.geo_precision == "region":
        return False  # "Jammu and Kashmir", "Rajasthan": two states
    if "region" in (a.geo_precision, b.geo_precision) and _beyond_reach(a, b):
        return False  # Jammu is no town of Rajasthan
    # a place the gazetteer does not know ("Bahanaga Bazar station") may lie in any region
    return a.country is None or b.country is None or a.country == b.country


def _same_name(a: str, b: str) -> bool:
    """One actor told by two names: the same, an acronym ("ECB", "European Central Bank"), a
    first word ("Wagner", "Wagner Group") or its short form ("Fed", "Federal Reserve")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short.isupper() and len(short) >= 2 and short in initials(long):
        return True
    if long.split()[: len(short.split())] == short.split():
        return True
    return " " not in short and len(short) >= 3 and long.split()[0].startswith(short)


def _any_same(names: set[str], others: set[str]) -> bool:
    return bool(names & others) or any(_same_name(a, b) for a in names for b in others)


def _fuse(into: _Cluster, other: _Cluster) -> None:
    into.members.extend(other.members)
    into.members.sort()
    for span in other.spans:
        into.add_span(span)
    for key, vector in other.vectors.items():
        into.add_wording(key, vector)
    into.small_hours |= other.small_hours
    into.sentences |= other.sentences
    into.apart |= other.apart
    into.predicates |= other.predicates
    into.statements |= other.statements
    into.agents |= other.agents
    into.actors |= other.actors
    into.places |= other.places
    into.add_measures(other.measures)
    other.alive = False


class _OpenClusters:
    """The clusters a date can still join, by kind of date and by the date's own slack, each
    dropped once the sweep (by start day) has passed the last day it could fit."""

    def __init__(self) -> None:
        self._lists: dict[tuple[str, timedelta], list[_Cluster]] = {}
        self._swept_to: dict[tuple[str, timedelta], date] = {}

    def for_span(self, span: TimeSpan) -> list[_Cluster]:
        own = _SLACK_DAYS.get(span.precision, _NO_SLACK)
        key = (_kind(span), own)
        found = self._lists.setdefault(key, [])
        if self._swept_to.get(key) != span.start:  # mentions come sorted by start day
            found[:] = [c for c in found if c.alive and _last_fit(c, own) >= span.start]
            self._swept_to[key] = span.start
        return found

    def add(self, cluster: _Cluster) -> None:
        for own in {_NO_SLACK, *_SLACK_DAYS.values()}:
            self._lists.setdefault((cluster.kind, own), []).append(cluster)


def _last_fit(cluster: _Cluster, own: timedelta) -> date:
    """The last start day a date with this slack can have and still fit the cluster."""
    return min(end + max(slack, own) for slack, (_, end) in cluster.bounds.items())


# The bags of words of the last merge, by wording: a re-build of a corpus (watch mode) computes
# only those of new wordings, and a wording repeated in a corpus (syndicated copies) is done once.
# Replaced at each merge, so it never holds more than one corpus's bags.
_last_bags: dict[tuple, Counter[str]] = {}


def _wording(mention: Mention) -> tuple:
    return (mention.text, mention.predicate, mention.actors, mention.places)


def _date_groups(mentions: Sequence[Mention]) -> list[int]:
    """The group of each mention: mentions whose dates can meet, directly or through a chain
    of mentions whose dates can (overlapping, with their slack; a lead reaching back to the
    happenings it may join; a month reaching the days in it), are one group. The merge
    compares mentions of one group only, so the weights of words are counted per group: a
    story's merge does not hang on the words of unrelated stories of other dates."""
    items = []
    for index, mention in enumerate(mentions):
        span = mention.span
        slack = _SLACK_DAYS.get(span.precision, _NO_SLACK)
        back = slack + (_LEAD_REACH if mention.dated_by in _UNDATED else _NO_SLACK)
        items.append((_family(span), span.start - back, _end(span) + slack, index))
    items.sort()
    groups = [0] * len(mentions)
    group, family, reach = -1, None, date.min
    for kind, start, end, index in items:
        if kind != family or start > reach:
            group, family, reach = group + 1, kind, end
        else:
            reach = max(reach, end)
        groups[index] = group
    return groups


def _family(span: TimeSpan) -> str:
    """Dates that the merge may compare: fine dates and months (a month joins the days in
    it, see _join_coarse), or one other coarse precision."""
    kind = _kind(span)
    return "" if kind in _JOINS_DAYS else kind


def _vectors(mentions: Sequence[Mention]) -> tuple[list[int], list[int], list[dict[str, float]]]:
    """The wording id of each mention, how many mentions have each wording, and the unit
    TF-IDF vector of each distinct wording. A wording is counted per date group
    (_date_groups): the same words in another group are another wording, weighted there."""
    global _last_bags
    groups = _date_groups(mentions)
    ids: dict[tuple, int] = {}
    wording_ids = [
        ids.setdefault((_wording(m), group), len(ids)) for m, group in zip(mentions, groups)
    ]
    copies = [0] * len(ids)
    for wording_id in wording_ids:
        copies[wording_id] += 1
    bags: list[Counter[str]] = []
    by_group: dict[int, list[int]] = {}
    last, _last_bags = _last_bags, {}
    for (wording, group), wording_id in ids.items():
        bag = _last_bags.get(wording)
        if bag is None:
            bag = _last_bags[wording] = last.get(wording) or _features_of(wording)
        bags.append(bag)
        by_group.setdefault(group, []).append(wording_id)
    vectors: list[dict[str, float]] = [{}] * len(ids)
    for members in by_group.values():
        weights = weighted([bags[i] for i in members], [copies[i] for i in members])
        for wording_id, vector in zip(members, weights):
            vectors[wording_id] = unit(vector)
    return wording_ids, copies, vectors


def _features_of(wording: tuple) -> Counter[str]:
    text, predicate, actors, places = wording
    return bag_of_words(text, predicate, actors, places)


def cluster_mentions(
    mentions: Sequence[Mention], threshold: float = SIMILARITY_THRESHOLD
) -> list[list[Mention]]:
    """Group mentions of the same happening (order-independent: mentions are sorted first)."""
    ordered = sorted(
        mentions,
        key=lambda m: (m.span.start, m.span.end, m.document, m.sentence_start, m.date_start or 0),
    )
    wording_ids, copies, vectors = _vectors(ordered)
    before = _mentions_before(ordered)
    leads = _leads(ordered)
    dots: dict[tuple[int, int], float] = {}  # only for wordings that come again
    clusters: list[_Cluster] = []
    open_clusters = _OpenClusters()
    for index, mention in enumerate(ordered):
        wording = wording_ids[index]
        vector = vectors[wording]
        sentence = (mention.document, mention.sentence_start)
        predicate = predicate_class(mention)
        doers = _doers(mention)
        best, best_score = None, threshold
        interviews: list[_Cluster] = []  # clusters reporting the interview this one reports
        candidates = open_clusters.for_span(mention.span)
        told = _measures([mention])
        apart = None
        other = before.get(index)
        if (
            other is not None
            and _told_apart(mention)
            and dot(vector, vectors[wording_ids[other]]) < _RETOLD
        ):
            apart = (ordered[other].document, ordered[other].sentence_start)
        another = _another(mention)
        renewed = bool(_RENEWED.search(mention.text))
        lead_cluster = None  # the cluster of the lead this sentence tells in detail
        if (
            other is not None
            and apart is None  # "Earlier on Monday, ...": told apart from the lead
            and other in leads
            and _tells_the_lead_again(mention, ordered[other], predicate, another)
        ):
            lead_cluster = next((c for c in candidates if c.alive and other in c.members), None)
            if lead_cluster is not None and _told_of_others(mention, lead_cluster):
                lead_cluster = None
        for cluster in candidates:
            if not cluster.alive or sentence in cluster.sentences:
                continue  # two dates of one sentence are two happenings
            if apart in cluster.sentences or sentence in cluster.apart:
                continue  # "Earlier on Monday, ...": not what the sentence before told
            if another and any(d == mention.document for d, _ in cluster.sentences):
                continue  # "Another train derailed": not what its article told before
            if renewed and all(s.end < mention.span.start for s in cluster.spans):
                continue  # "issued a new warrant last week": not the warrant issued before
            if not _fits(cluster, mention.span) or _others(cluster, mention, doers):
                continue
            if _across_a_night(cluster, mention):
                continue
            if (
                told
                and (
                    mention.span.precision == "days"
                    or any(s.precision == "days" for s in cluster.spans)
                )
                and _disagree(told, cluster.measures)
            ):
                continue  # "detained 293 since Thursday" is a running total, not Saturday's 107
            if mention.statement and any(
                same_statement(mention.statement, s) for s in cluster.statements
            ):
                interviews.append(cluster)
            score = cluster.similarity(wording, vector, dots if copies[wording] > 1 else None)
            # "released at 0409 UTC on Friday", "deployed at 04.09 UTC on Friday 19 July"
            same_minute = (
                _odd_minute(mention.span)
                and any(s.value == mention.span.value for s in cluster.spans)
                and all(document != mention.document for document, _ in cluster.sentences)
            )  # two outlets' minute; one article's two acts at 11:33 stay two
            if score <= best_score and not same_minute:
                continue  # the predicate check below can only lower it
            if not same_minute and not _shares_content(vector, cluster):
                continue  # "said" and "declared" alone: the kind of verb tells no happening
            if (
                predicate not in WEAK_PREDICATES
                and predicate not in cluster.predicates
                and not cluster.predicates <= WEAK_PREDICATES
                and not _named_in(predicate, cluster, vector)
            ):
                score *= PREDICATE_MISMATCH  # different kinds of happening need more evidence
            if same_minute or cluster is lead_cluster:
                score = max(score, threshold + _SAME_MINUTE)
            if (
                score < _RETELLING
                and all(d == mention.document for d, _ in cluster.sentences)
                and _told_of_others(mention, cluster)
            ):
                # one article's two sentences of a day about other doers or other places: two
                # happenings ("Alaska Airlines said on Tuesday it was cancelling ...", "United
                # said it had cancelled 225 flights on Tuesday"), unless the words tell it again
                continue
            if all(d == mention.document for d, _ in cluster.sentences) and _far_apart(
                mention.places, cluster.places
            ):
                continue  # one article's crash in Jammu and crash in Rajasthan, however alike
            if score > best_score:
                best, best_score = cluster, score
        if best is None and interviews:
            best = interviews[0]
        elif best is None:
            best = _Cluster(kind=_kind(mention.span))
            clusters.append(best)
            open_clusters.add(best)
        if lead_cluster is not None and lead_cluster is not best and _can_fuse(best, lead_cluster):
            _fuse(best, lead_cluster)  # the lead is what its detail joined
        # One interview, however each outlet sums it up: its reports join this happening.
        for other in interviews:
            if other is not best and _can_fuse(best, other):
                _fuse(best, other)
        best.members.append(index)
        if apart is not None:
            best.apart.add(apart)
        best.add_span(mention.span)
        if _small_hours(mention):
            best.small_hours.add(mention.span)
        best.sentences.add(sentence)
        if predicate:
            best.predicates.add(predicate)
        if mention.statement:
            best.statements.add(mention.statement)
        best.agents |= doers
        best.actors.update(mention.actors)
        best.places.update(mention.places)
        best.add_measures(told)
        best.add_wording(wording, vector)
    _join_leads(clusters, ordered, threshold)
    _join_coarse(clusters, ordered, threshold)
    return [[ordered[i] for i in cluster.members] for cluster in clusters if cluster.alive]


# A clock minute no one rounds to ("04:09", not "07:00" or "14:30") told of one day by two
# outlets is one happening, whatever their words: its score just over the threshold
_SAME_MINUTE = 0.01
_ROUND_MINUTES = frozenset(["00", "15", "30", "45"])


def _odd_minute(span: TimeSpan) -> bool:
    time = time_of_day(span)
    return len(time) >= 5 and time[2] == ":" and time[3:5] not in _ROUND_MINUTES


_UNDATED = ("lead", "report")
_LEAD_REACH = timedelta(days=2)  # "Dan has won the election": news of a day or two before


def _join_leads(clusters: list[_Cluster], ordered: Sequence[Mention], threshold: float) -> None:
    """A lead with no date of its own is dated by its publication ("Nicusor Dan has won
    Romania's presidential election", published the morning after): it joins the most
    similar happening its words tell of, dated within two days before the publication, when
    there is one that names no other places or actors; otherwise it stays the publication
    day's. Happenings are found by their first day, so a lead meets only those of its reach."""
    by_first_day: dict[date, list[tuple[int, _Cluster]]] = {}
    leads = []
    for position, cluster in enumerate(clusters):
        if not cluster.alive:
            continue
        if _all_undated(cluster, ordered):
            leads.append(cluster)
        elif not cluster.kind:
            first = min(span.start for span in cluster.spans)
            by_first_day.setdefault(first, []).append((position, cluster))
    if not leads:
        return
    owner = {i: c for c in clusters if c.alive for i in c.members}
    dated_in_text: dict[str, list[int]] = {}  # by document: the mentions dated by their text
    for j, mention in enumerate(ordered):
        if mention.dated_by == "text":
            dated_in_text.setdefault(mention.document, []).append(j)
    for cluster in leads:
        published = min(ordered[i].span.start for i in cluster.members)
        told_next = _told_next(cluster, ordered, owner, dated_in_text, published)
        if told_next is not None:
            _fuse(told_next, cluster)
            continue
        candidates = sorted(
            (
                found
                for back in range(1, _LEAD_REACH.days + 1)
                for found in by_first_day.get(published - timedelta(days=back), ())
            ),
            key=lambda found: found[0],
        )
        window = (published - _LEAD_REACH, published - timedelta(days=1))
        # a lead whose figures disagree is a later count ("30 killed" on Wednesday is not
        # Tuesday's 25)
        told = cluster.measures
        others = [
            c
            for _, c in candidates
            if not _disagree(told, c.measures) and not _only_ahead(c, ordered)
        ]
        best = _best_join(cluster, others, ordered, threshold, window, False, _lead_differs)
        if best is not None:
            _fuse(best, cluster)


def _only_ahead(cluster: _Cluster, ordered: Sequence[Mention]) -> bool:
    """Every source tells it ahead of its own publication ("has called Cheatle to testify on
    Monday", on Saturday): a plan, which no lead of a later day tells happened."""
    return all(
        (m := ordered[i]).published is not None and m.span.start > m.published
        for i in cluster.members
    )


# A sentence that names the happening before it by a definite noun: "West African leaders have
# given the junta a week ... Ecowas made the decision at a summit in Abuja on Sunday."
_NAMING_BACK = frozenset(
    ["decision", "move", "announcement", "ultimatum", "threat", "demand", "step"]
)
# A definite noun, which may name back the happening told before it
_DEFINITE_NOUN = re.compile(r"\b(?:the|that|this|these|those)\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)


def _names_back(mention: Mention, predicate: str) -> bool:
    """Does the sentence name the happening before it by a definite noun, and date it: "made
    the decision ... on Sunday", or the noun of the lead's own verb ("Police have arrested
    five ... / The arrests were made early on Tuesday")?"""
    key = stem(predicate) if predicate else None
    for found in _DEFINITE_NOUN.finditer(mention.sentence):
        noun = found["noun"].lower()
        if (noun in _NAMING_BACK or key is not None and stem(noun) == key) and not (
            _dates_what_came_before(mention, found.end())
        ):
            return True
    return False


# A word that opens a phrase of another happening, which a date after it in that phrase dates
_OTHER_HAPPENING = re.compile(
    r"\b(?:after|following|follows?|followed|since|from|amid|before|in\s+response\s+to)\b",
    re.IGNORECASE,
)


def _dates_what_came_before(mention: Mention, named_end: int) -> bool:
    """ "The move came after prosecutors recommended on Friday that he be removed": the date
    is of what the named happening came after (or since, or from), not of it."""
    if mention.date_start is None:
        return False
    date_at = mention.date_start - mention.sentence_start
    between = mention.sentence[named_end:date_at]
    opened = list(_OTHER_HAPPENING.finditer(between))
    # "The move came after prosecutors recommended on Friday", "The arrests follow disorder
    # on Thursday night"; not "The decision, announced after an ultimatum expired, was read
    # out on Sunday night", where the phrase closes before the date
    return bool(opened) and "," not in between[opened[-1].end() :]


# What may lie between a lead and the next sentence: the paragraph break
_NEXT_GAP = 4


def _told_next(
    lead: _Cluster,
    ordered: Sequence[Mention],
    owner: dict[int, _Cluster],
    dated_in_text: dict[str, list[int]],
    published: date,
) -> _Cluster | None:
    """The happening the sentence right after an undated lead dates, when it names the
    lead's happening by a definite noun ("made the decision ... on Sunday") and its day lies
    within the lead's reach."""
    for i in lead.members:
        mention = ordered[i]
        for j in dated_in_text.get(mention.document, ()):
            if not 0 <= ordered[j].sentence_start - mention.sentence_end <= _NEXT_GAP:
                continue
            if not _names_back(ordered[j], mention.predicate):
                continue
            cluster = owner.get(j)
            span = ordered[j].span
            if (
                cluster is not None
                and cluster.alive
                and cluster is not lead
                and not cluster.kind
                and published - _LEAD_REACH <= span.start <= span.end <= published
            ):
                return cluster
    return None


def _join_coarse(clusters: list[_Cluster], ordered: Sequence[Mention], threshold: float) -> None:
    """A happening told with a month only ("Chauvin was convicted in April of second-degree
    murder") joins the one happening dated to the day (or week) inside that month that its
    words tell of ("convicted Tuesday of second-degree murder"), when neither side names other
    places or doers; the event takes the day. A month whose figure disagrees with the day's
    is a tally ("killed more than 2,000 in March" is not Tuesday's 12 dead); a figure both
    tell ("convicted in April on all three counts") or the day does not tell ("the quake that
    struck in February killed 50,000") does not part them. Happenings are found by the month
    of their first day."""
    by_month: dict[tuple[int, int], list[_Cluster]] = {}
    coarse = []
    for cluster in clusters:
        if not cluster.alive:
            continue
        if cluster.kind in _JOINS_DAYS:
            coarse.append(cluster)
        elif not cluster.kind:
            first = min(span.start for span in cluster.spans)
            by_month.setdefault((first.year, first.month), []).append(cluster)
    for cluster in coarse:
        start = max(span.start for span in cluster.spans)
        end = min(span.end for span in cluster.spans)
        tally = cluster.measures
        counted = any(
            ordered[i].figures and verb_class(ordered[i].predicate) in _TALLY_VERBS
            for i in cluster.members
        )
        others = [
            other
            for other in by_month.get((start.year, start.month), [])
            if not _disagree(tally, other.measures)
            and not (counted and not _agree(tally, other.measures))
        ]
        best = _best_join(cluster, others, ordered, threshold, (start, end), True, _coarse_differs)
        if best is not None:
            _fuse(best, cluster)


def _measures(mentions: Iterable[Mention]) -> dict[str, set[float]]:
    """The figures mentions tell, by what they measure ("killed": {12.0})."""
    measures: dict[str, set[float]] = {}
    for mention in mentions:
        for what, figure in mention.figures:
            if values := figure_values(figure):
                measures.setdefault(_measure(what), set()).update(values)
    return measures


# Verbs whose count over a month is a tally ("air strikes killed more than 400 people in
# March"): such a month joins only a day that tells the same count.
_TALLY_VERBS = frozenset(["kill", "injur", "wound", "arrest", "detain", "displace"])


def _agree(a: dict[str, set[float]], b: dict[str, set[float]]) -> bool:
    """True when a measure both tell has a figure in common."""
    return any(a[m] & b[m] for m in a.keys() & b.keys())


def _disagree(a: dict[str, set[float]], b: dict[str, set[float]]) -> bool:
    """True when a measure both tell has no figure in common."""
    return any(not a[m] & b[m] for m in a.keys() & b.keys())


def _best_join(
    cluster: _Cluster,
    others: Sequence[_Cluster],
    ordered: Sequence[Mention],
    threshold: float,
    window: tuple[date, date],
    mutual: bool,
    differ: Callable[[set[str], set[str]], bool],
) -> _Cluster | None:
    """The happening among `others` that a lead or a month-only cluster joins: the most
    similar one above the threshold whose dates lie in `window`, with no other doer (either
    way when `mutual`) and no other places or actors named (a predicate of another kind, as
    `differ` says, costs PREDICATE_MISMATCH)."""
    names = _names(ordered[i] for i in cluster.members)
    best, best_score = None, threshold
    for other in others:
        if not other.alive or other.sentences & cluster.sentences:
            continue
        if not all(window[0] <= s.start <= s.end <= window[1] for s in other.spans):
            continue
        if any(_others(other, ordered[i], _doers(ordered[i])) for i in cluster.members):
            continue
        if mutual and any(_others(cluster, ordered[i], _doers(ordered[i])) for i in other.members):
            continue
        if _elsewhere(names, cluster, _names(ordered[i] for i in other.members), other):
            continue
        score = max(other.similarity(k, v, None) for k, v in cluster.vectors.items())
        if differ(cluster.predicates, other.predicates):
            score *= PREDICATE_MISMATCH
        if score > best_score:
            best, best_score = other, score
    return best


def _lead_differs(ours: set[str], theirs: set[str]) -> bool:
    return bool(ours) and not ours & theirs


def _coarse_differs(ours: set[str], theirs: set[str]) -> bool:
    return _strong(ours) and _strong(theirs) and not ours & theirs


def _strong(predicates: set[str]) -> bool:
    return bool(predicates - WEAK_PREDICATES)


def _names(mentions: Iterable[Mention]) -> tuple[set[str], set[str]]:
    """The places (below a country: countries do not tell happenings apart) and the actors
    and places that mentions name."""
    places: set[str] = set()
    actors: set[str] = set()
    for mention in mentions:
        places.update(p.name for p in mention.places if p.geo_precision != "country")
        actors.update(mention.actors)
    return places, actors | places


def _told(name: str, names: set[str], cluster: _Cluster) -> bool:
    """Does a side name this actor or place, or say all its words ("Kyiv" in "the Kyiv
    region", "Nicusor Dan" in "Nicusor Dan's victory")?"""
    if name in names:
        return True
    words = [k for k in bag_of_words(name) if k[0] not in "@#=^"]
    return bool(words) and any(all(w in v for w in words) for v in cluster.vectors.values())


def _elsewhere(
    names: tuple[set[str], set[str]],
    cluster: _Cluster,
    other_names: tuple[set[str], set[str]],
    other: _Cluster,
) -> bool:
    """Do two sides tell of other places, or of other actors altogether? "A missile strike
    on Kyiv killed three" is not "a missile strike on Kharkiv killed five on Monday": each
    names what the other does not name at all."""
    for own, theirs in zip(names, other_names):
        if (
            own
            and theirs
            and not any(_told(n, theirs, other) for n in own)
            and not any(_told(n, own, cluster) for n in theirs)
        ):
            return True
    return False


def _all_undated(cluster: _Cluster, ordered: Sequence[Mention]) -> bool:
    return all(ordered[i].dated_by in _UNDATED for i in cluster.members)


def _merge_places(mentions: Iterable[Mention]) -> tuple[Place, ...]:
    seen: dict[str, Place] = {}
    for mention in mentions:
        for place in mention.places:
            seen.setdefault(place.name, place)
    return tuple(seen.values())


def _merge_actors(mentions: Iterable[Mention]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for mention in mentions:
        for actor in mention.actors:
            counts[actor] += 1
            first_seen.setdefault(actor, len(first_seen))
    return tuple(sorted(counts, key=lambda a: (-counts[a], first_seen[a])))


def _measure(what: str) -> str:
    return "people" if not what or what in PEOPLE else what


_TOLLS = frozenset(["people", "killed", "dead", "injured", "wounded", "missing"])


def find_conflicts(mentions: Iterable[Mention]) -> tuple[tuple[str, str, str], ...]:
    """Figures that disagree across (or within) the sources of one event: (what, figure,
    document) for every figure of a measure that its sources tell differently. The figures
    one sentence tells together ("two counts of wire fraud and five counts of conspiracy",
    "200 flights on Saturday and another 230 on Sunday") are told as a set: they conflict
    with no one, unless another sentence tells that measure otherwise."""
    by_measure: dict[str, dict[tuple[str, str], tuple[float, ...]]] = {}
    told: dict[str, set[frozenset[float]]] = {}  # each sentence's values of a measure
    for mention in mentions:
        values: dict[str, set[frozenset[float]]] = {}
        for what, figure in mention.figures:
            if not (figure_range := figure_values(figure)):
                continue
            by_measure.setdefault(_measure(what), {})[(figure, mention.document)] = figure_range
            values.setdefault(_measure(what), set()).add(frozenset(figure_range))
        for measure, own in values.items():
            if measure in _TOLLS:
                # "471 killed according to the ministry, while U.S. intelligence estimated 100
                # to 300": a toll told twice in one sentence is a dispute, not a list; a range
                # ("could reach 18,000 to 20,000") is one figure
                told.setdefault(measure, set()).update(own)
            else:
                told.setdefault(measure, set()).add(frozenset().union(*own))
    conflicts = []
    for measure in sorted(by_measure):
        figures = by_measure[measure]
        if len(told[measure]) > 1:
            ordered = sorted(figures, key=lambda key: (key[1], [-v for v in figures[key]], key[0]))
            conflicts.extend((measure, figure, document) for figure, document in ordered)
    return tuple(conflicts)


def event_id(span: TimeSpan, sources: Sequence[Source], mention: str = "") -> str:
    """A short id from the date and the first source (by document and offset): stable per input.
    mention, when given, says which mention of that source's sentence the event starts from
    (see _ids): two happenings told in one sentence get two ids."""
    first = min(sources, key=lambda s: (s.document, s.start))
    key = f"{span.value}|{first.document}|{first.start}|{first.sentence}"
    if mention:
        key += f"|{mention}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _first(mentions: Iterable[Mention]) -> Mention:
    return min(
        mentions,
        key=lambda m: (
            m.document,
            m.sentence_start,
            -1 if m.date_start is None else m.date_start,
            m.dated_by,
        ),
    )


def _ids(events: list[Event], clusters: Sequence[Sequence[Mention]]) -> None:
    """Unique ids, in place. Events of one date starting from one sentence ("Binance had
    agreed to buy FTX, only to back out a day later", both dated by the merge to one day)
    are told apart by their own first mention's place in it: the offset of its date
    expression, or how it is dated. Only such events change id, and they depend on their
    documents and the story's merge alone: an id still does not change when unrelated
    documents are added. Should two ids still be equal, the events are numbered in the order
    of their sources, the first keeping its id."""
    for numbers in _same_id(events):
        for number in numbers:
            first = _first(clusters[number])
            at = f"{first.date_start}:{first.date_text}:{first.dated_by}"
            event = events[number]
            events[number] = replace(event, id=event_id(event.span, event.sources, at))
    taken = {event.id for event in events}
    for numbers in _same_id(events):
        numbers.sort(key=lambda n: (_source_keys(events[n]), events[n].headline))
        for copy, number in enumerate(numbers[1:], start=1):
            event, attempt = events[number], 0
            new = event.id
            while new in taken:
                new = hashlib.sha1(f"{event.id}|{copy}|{attempt}".encode()).hexdigest()[:12]
                attempt += 1
            taken.add(new)
            events[number] = replace(event, id=new)


def _same_id(events: Sequence[Event]) -> list[list[int]]:
    """The positions of the events that share an id, for each id shared."""
    by_id: dict[str, list[int]] = {}
    for number, event in enumerate(events):
        by_id.setdefault(event.id, []).append(number)
    return [numbers for numbers in by_id.values() if len(numbers) > 1]


def _source_keys(event: Event) -> tuple:
    return tuple(
        (s.document, s.start, s.date_value, s.date_text, s.dated_by) for s in event.sources
    )


# "Until now," and "Since then," open a whole clause: the time, not a subordinate clause
_TIME_OPENER = r"(?!\s+(?:now|then|today|recently|lately|yesterday)\b)"
_FRAGMENT_START = re.compile(
    r"[,;:\u2014-]|(?:to|and|or|but|which|who|that|with|as|while|after|before|when|because"
    rf"|since|until|although|though|if|once)\b{_TIME_OPENER}"
    # a clause without its subject: "Must be back by Nov. 12", "Was expected to ease"
    r"|(?:must|could|would|will|should|can|might|had|has|have|was|were|is|are)\s+(?-i:[a-z])",
    re.IGNORECASE,
)
# A clause that leans on its sentence: a gerund ("Weakening over North Carolina overnight") or
# a noun and its relative clause ("Deposits that began last weekend")
_DEPENDENT = re.compile(r"\w+ing\b|(?:\S+\s+){1,2}(?:that|which|who|whose)\b", re.IGNORECASE)
_SUBORDINATOR = re.compile(
    rf"^(?:after|before|when|because|since|until|although|though|once)\b{_TIME_OPENER}\s+",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:would|could|might|may|not|never|n['\u2019]t|cannot|unlikely|expected\s+to)\b",
    re.IGNORECASE,
)
_HEADLINE_MIN_WORDS = 6


def _weak_headline(text: str) -> int:
    """0 for a clause that tells what happened, 1 for a hedged one, 2 for a fragment."""
    if len(text.split()) < _HEADLINE_MIN_WORDS or _FRAGMENT_START.match(text):
        return 2
    return 1 if _HEDGED.search(text) else 0


def _headline_text(mention: Mention) -> str:
    """The mention's clause; its whole sentence when the clause is a fragment ("To ease by
    Tuesday" is the tail of "The rain began last Thursday and was expected to ease by
    Tuesday")."""
    text = mention.text
    if _weak_headline(text) < 2:
        return text
    if len(text.split()) >= 4 and not _FRAGMENT_START.match(text) and not _DEPENDENT.match(text):
        # "Travelers stranded over the weekend": short, but whole; its sentence may tell
        # another day's happening ("Delta canceled flights on Monday, leaving ...")
        return text
    clause = _SUBORDINATOR.sub("", text.lstrip(",;:\u2014- "), count=1)
    if clause != text and len(clause.split()) >= 4 and not _FRAGMENT_START.match(clause):
        # ", official results showed on Monday"; "After the faulty update on July 19 crippled
        # its systems": the clause without its conjunction
        return clause[0].upper() + clause[1:]
    if len(mention.sentence.split()) > _LONGEST_HEADLINE:
        return text
    return " ".join(mention.sentence.split())


_LONGEST_HEADLINE = 60  # words: a longer sentence is no headline either


def build_event(mentions: Sequence[Mention]) -> Event:
    """One Event from a cluster: the most precise date, the lead-most wording, every source."""
    best = min(mentions, key=_precise_first)
    if time_of_day(best.span) == "NI" and (
        after := [
            m
            for m in mentions
            if _small_hours(m) and m.span.start == m.span.end == best.span.end + _ONE_DAY
        ]
    ):
        # "attacked overnight" (Thursday night) and "in the early hours of Friday": Friday's
        best = min(after, key=_precise_first)
    # A lead is written to be a headline; otherwise the first dated sentence of a document
    # that says what happened: not a fragment ("To be released in the afternoon"), not what
    # would or would not happen ("The truce would not start before Friday").
    headline_source = min(
        mentions,
        key=lambda m: (
            m.dated_by != "lead",
            m.dated_by != "text",
            _weak_headline(m.text),
            m.span.end - m.span.start > best.span.end - best.span.start,  # "last week": a retelling
            m.sentence_start,
            m.document,
        ),
    )
    sources = tuple(
        sorted(
            (
                Source(
                    document=m.document,
                    outlet=m.outlet,
                    published=m.published,
                    date_text=m.date_text,
                    sentence=m.sentence,
                    start=m.sentence_start,
                    end=m.sentence_end,
                    dated_by=m.dated_by,
                    published_by=m.published_by,
                    date_value=m.span.value,
                    anchor=m.span.anchor,
                    statement=m.statement,
                )
                for m in mentions
            ),
            key=lambda s: (s.document, s.start),
        )
    )
    return Event(
        id=event_id(best.span, sources),
        span=best.span,
        headline=_headline_text(headline_source),
        actors=_merge_actors(mentions),
        places=_merge_places(mentions),
        sources=sources,
        conflicts=find_conflicts(mentions),
    )


def merge_mentions(mentions: Sequence[Mention]) -> list[Event]:
    """Cluster mentions and build events, in chronological order: by day, then by the time of
    day told (`clock_order`), then by id."""
    clusters = cluster_mentions(mentions)
    events = [build_event(cluster) for cluster in clusters]
    _ids(events, clusters)
    return sorted(events, key=lambda e: (e.span.start, e.span.end, clock_order(e.span), e.id))


# Where a part of the day falls among clock times ("Friday morning" before 9:30 a.m.)
_PART_CLOCK = {"TMO": "08", "TMI": "12", "TAF": "15", "TEV": "19", "TNI": "22"}


def clock_order(span: TimeSpan) -> str:
    """The time of day a one-day span tells, to order the events of a day: '' for the day
    alone (first), then the clock ('09:45', '24:00'), a part of the day where it usually is."""
    time = time_of_day(span)
    if span.start is None or span.start != span.end or not time:
        return ""
    return _PART_CLOCK.get("T" + time, time)
