"""Sentences and clauses -> event candidates (Mentions): date, what happened, who, where.

A calendar date in a sentence dates the clause it governs: the subtree of its governing verb,
minus the parts that other dates govern ("Talks collapsed on January 4 and forces have since
launched an offensive over the past 48 hours" gives two mentions). The lead sentence of an
article, when it has no date of its own, reports the news of the publication day. Which
dates of a sentence date a happening is event_dates' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .event_dates import Dated

from .cleanup import CHRONOLOGY_ENTRY, caption_lines, header, headline
from .event_dates import participle_governor, present_perfect, sentence_dates
from .model import Document, Mention, Place, TimeSpan, Timex
from .numbers import RANGE_WORDS, figure_value
from .similarity import (
    PEOPLE,
    WEAK_PREDICATES,
    bag_of_words,
    cosine,
    features,
    predicate_class,
    verb_class,
)
from .statements import statement_key
from .temporal_component import verb_tense
from .verbs import REPORTING, SPEAKING, all_forms

_LEADING_CONNECTOR = re.compile(
    r"^(?:But|And|However,?|Meanwhile,?|Still,?|Yet|So|Also,?|Worryingly|Chillingly)\s+"
)
_SPACES = re.compile(r"\s+")
_DANGLING_END = re.compile(
    r"(?:[\s,;:–—-]+|\s+(?:and|but|or|however|while|as|with|before|after|when|until|because"
    r"|although|though|whereas))+$",
    re.IGNORECASE,
)
ELABORATION_THRESHOLD = 0.1
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


class EntityLike(Protocol):
    """What events need of a recognized entity (see entities.EntityMention)."""

    start_char: int
    end_char: int
    kind: str
    canonical: str
    place: Place | None
    role: str


def tidy(text: str) -> str:
    """Collapse whitespace and drop quote marks left dangling at either end."""
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_CONNECTOR.sub("", text)
    text = _DANGLING_END.sub("", text)
    text = _balanced_quotes(text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


# The end of a quotation left at the start of a clause: '" union leader Mick Lynch told
# reporters' (after '"We will strike again," '), '” he said'
_CLOSING_QUOTE_START = re.compile(r'^[\s,.;:]*(?:"(?=[\s,.;:])|\u201d)[\s,.;:]*')


def _balanced_quotes(text: str) -> str:
    """A clause cut out of a quoted sentence: the closing mark of the quotation before it
    dropped, the quotation it opens closed ('"We will strike again next Tuesday"')."""
    text = _CLOSING_QUOTE_START.sub("", text)
    if text.startswith('"') and text.count('"') % 2:
        text += '"'
    elif text.startswith("\u201c") and "\u201d" not in text:
        text += "\u201d"
    return text


def _clause_owners(sentence: Span, verbs: Sequence[Token]) -> dict[int, list[Token]]:
    """Assign each token of the sentence to the nearest governing verb among its ancestors."""
    verb_ids = {v.i for v in verbs}
    owned: dict[int, list[Token]] = {v.i: [] for v in verbs}
    # "and Alaska resumed flying the jets on Jan. 26": a dated verb's undated governor of its
    # infinitive or gerund ("resumed") and the governor's subject are its clause
    ruling = {v.i: v.i for v in verbs}
    for v in verbs:
        if v.head.i in verb_ids or v.head.pos_ not in ("VERB", "AUX"):
            continue
        # "HSBC said on Monday it had bought the British arm of SVB": an undated saying and
        # its subject are the clause of what it says
        if v.dep_ == "xcomp" or v.dep_ == "ccomp" and v.head.lower_ in REPORTING:
            ruling.pop(v.i)
            ruling.setdefault(v.head.i, v.i)
    for v in verbs:
        if (participle := _misread_participle(v)) is not None and participle.i not in verb_ids:
            ruling.pop(v.i)
            ruling.setdefault(participle.i, v.i)
        # "recovered the bodies from a pickup truck submerged in the river on Wednesday, a day
        # after a ship struck the bridge": the participle's date is its undated governor's
        elif (governor := participle_governor(v)).i != v.i and governor.i not in verb_ids:
            ruling.pop(v.i)
            ruling.setdefault(governor.i, v.i)
    for token in sentence:
        current = token
        while True:
            if current.i in ruling:
                owned[ruling[current.i]].append(token)
                break
            if current.head.i == current.i:
                if len(verbs) == 1 and not _told_aside(verbs[0]):
                    owned[verbs[0].i].append(token)
                break
            current = current.head
    for verb in verbs:
        if ruling.get(verb.i) != verb.i:
            continue  # its clause is its misread participle's, subject and all
        if verb.dep_ in ("relcl", "acl") and verb.head.i not in verb_ids:
            # "the offensive [it launched last week]", "The European Union, [which granted
            # Georgia candidate status in December]": the noun with the words before it
            head = verb.head
            owned[verb.i].extend(
                t for t in sentence.doc[head.left_edge.i : head.i + 1] if t.i not in verb_ids
            )
    return owned


def _told_aside(verb: Token) -> bool:
    """Is the verb of a relative clause on a noun of another clause ("Caroline Ellison, who
    pleaded guilty last December, testified ..."): its own news, not its sentence's?"""
    return verb.dep_ == "relcl" and verb.head.head.pos_ in ("VERB", "AUX")


def _one_day_once(by_verb: dict[int, Dated]) -> dict[int, Dated]:
    """One happening for a sentence whose dates all tell one day when one date is in what the
    other's clause reports: "Wes Moore told reporters on Thursday that the crane would arrive
    later in the day", "'He is in Belarus today,' Lukashenko was quoted as saying on Tuesday"
    are each one event of the whole sentence, dated by the date of the verb nearest its root,
    not two events with one headline. Two doers' acts stay two ("Binance agreed on Tuesday to
    buy FTX, while on Tuesday the Federal Reserve raised rates")."""
    if len(by_verb) < 2 or len({_day_of(item[1]) for item in by_verb.values()}) > 1:
        return by_verb
    item = min(by_verb.values(), key=lambda item: (_depth(item[2]), item[0].start))
    verb = item[2]
    if all(
        other[2].i == verb.i or _reports(verb, other[2]) or _reports(other[2], verb)
        for other in by_verb.values()
    ):
        return {verb.i: item}
    return by_verb


def _reports(said: Token, saying: Token) -> bool:
    """Is `said` in a clause that `saying` or a verb above it reports (a ccomp)?"""
    above = {saying.i} | {t.i for t in saying.ancestors}
    return any(t.dep_ == "ccomp" and t.head.i in above for t in (said, *said.ancestors))


def _day_of(span: TimeSpan) -> tuple[str, object, object]:
    """What a date tells, however it was anchored."""
    return (span.value, span.start, span.end)


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _strays(counted: Token) -> set[int]:
    """The verb with no subject that the parser joined after a comma to a clause counted from
    the main one: "surveyed the wreckage on Friday, 10 days after the ship crashed into it, and
    promised that ...": Biden promised, not the ship. Without the comma the verb shares the
    clause's subject ("after the bridge was struck by a ship and collapsed into the river")."""
    doc = counted.doc
    strays: set[int] = set()
    for conj in counted.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        if conj.i < 2 or doc[conj.i - 1].lower_ != "and" or doc[conj.i - 2].text != ",":
            continue
        strays |= {t.i for t in conj.subtree} | {conj.i - 1, conj.i - 2}
    return strays


def _misread_participle(verb: Token) -> Token | None:
    """The participle the parser took for the sentence's verb in "Wildfires fanned by high
    winds swept across Maui on Tuesday": "fanned" with a subject and an agent, "swept" a
    modifier of the agent's noun. A passive participle takes no subject of its own: the
    sentence is "Wildfires [fanned by high winds] swept", and "swept" has the whole of it."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or noun.dep_ != "pobj":
        return None
    if noun.head.dep_ != "agent" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    participle = noun.head.head
    if participle.tag_ != "VBN" or not any(c.dep_ == "nsubj" for c in participle.children):
        return None
    return participle


def _without_entry_label(text: str) -> str:
    """'SVB shares fall 60%.' of a chronology entry 'March 9 — SVB shares fall 60%.': the
    date is the mention's date, not its words."""
    label = CHRONOLOGY_ENTRY.match(text)
    return text[label.end() :] if label and label.end() < len(text) else text


def _extent(tokens: list[Token], verb: Token) -> list[Token]:
    """A clause's tokens that say how far it reaches: not the full stop of its sentence nor
    the white space after it, which the root's clause owns wherever the other clauses end; a
    saying's reach takes in what is said, even where another date dates that ("The Army Corps
    said Thursday it expects to reopen the channel by the end of May")."""
    reach = [
        t for t in tokens if not (t.is_space or t.text in (".", "!", "?") and _ends_sentence(t))
    ]
    # "Revised figures published on 11 March showed the economy grew": the saying whose
    # participle's date dates it reaches as far
    governor = participle_governor(verb)
    rulers = [verb] + ([governor] if governor.i != verb.i and governor in tokens else [])
    for child in (c for ruler in rulers for c in ruler.children):
        if child.dep_ == "ccomp":  # what was said, vowed, signalled, denied
            reach.extend(t for t in child.subtree if not t.is_space)
    return reach or tokens


def _ends_sentence(token: Token) -> bool:
    return all(t.is_space for t in token.doc[token.i + 1 : token.sent.end])


def _clause_text(
    doc: Doc, sentence: Span, tokens: list[Token], extent: list[Token], whole: bool
) -> str:
    """The words of a clause (its tokens, as far as `extent` reaches), or of the whole
    sentence."""
    start, end = _bounds(sentence)
    if whole or not tokens:
        return tidy(doc.text[start:end])
    ordered = sorted(extent, key=lambda t: t.i)
    first, last = ordered[0], ordered[-1]
    reach = last.idx + len(last)
    stop = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if stop is not None and stop in tokens and stop.text in (".", "!", "?"):
        reach = stop.idx + len(stop)  # the sentence's full stop, where the clause ends it
    closed = _closing_end(doc.text, first.idx, reach, final=True)
    return tidy(doc.text[first.idx : min(closed, end)])


def _entities_in(
    entities: Sequence[EntityLike], start: int, end: int
) -> tuple[tuple[str, ...], tuple[Place, ...]]:
    actors: list[str] = []
    places: list[Place] = []
    for entity in entities:
        if entity.start_char < start or entity.end_char > end:
            continue
        if entity.kind == "place" and entity.place is not None:
            if all(p.name != entity.place.name for p in places):
                places.append(entity.place)
        elif entity.kind == "actor" and entity.canonical not in actors:
            actors.append(entity.canonical)
    return tuple(actors), tuple(places)


def _agents(verb: Token, entities: Sequence[EntityLike]) -> tuple[str, ...]:
    """The actors named in the verb's subject or by-agent ("Polish Prime Minister Donald Tusk
    declared"; "was declared by Fiala"); a verb joined to another ("and visited") shares its
    subject."""
    for _ in range(3):
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
        if doers or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    found: list[str] = []
    for doer in doers:
        start, end = doer.left_edge.idx, doer.right_edge.idx + len(doer.right_edge)
        found += _entities_in(entities, start, end)[0]
    return tuple(dict.fromkeys(found))


def _organisations(names: tuple[str, ...], entities: Sequence[EntityLike]) -> tuple[str, ...]:
    """Which of these actors are organisations ("Apple", "Hamas"), not people or states."""
    known = {e.canonical for e in entities if e.kind == "actor" and e.role == "organisation"}
    return tuple(name for name in names if name in known)


_PRONOUN_REACH = 400  # characters back to look for the person a "he"/"she" refers to


def _pronoun_referent(
    tokens: Iterable[Token], entities: Sequence[EntityLike], start: int
) -> str | None:
    """'He told US broadcaster CBS...': a clause whose subject is he/she is about the last
    person named shortly before it as a subject (news names a speaker, then goes on with
    "he"); a person named only as an object or in passing is not taken, in the pronoun's own
    sentence either ("Putin told Macron that he would attend": Putin)."""
    subjects = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")]
    pronouns = [t for t in subjects if t.lower_ in ("he", "she")]
    if not pronouns:
        return None
    doc = subjects[0].doc
    sentence = pronouns[0].sent
    within = [
        e
        for e in entities
        if getattr(e, "role", "") == "person"
        and sentence.start_char <= e.start_char < pronouns[0].idx
    ]
    if within:
        # "Kelly Ortberg, who took the helm in August, said he was pleased": the person
        # named before the pronoun in its own sentence as a subject, not the one of the
        # sentence before. When the sentence names people only as objects ("The office of
        # al-Sharaa said during a call with Trump he affirmed"), "he" is left unresolved:
        # neither they nor the subject of the sentence before are safely him.
        named = [e for e in within if _is_subject(doc, e)]
        return named[-1].canonical if named else None
    return _last_main_subject(doc, sentence, pronouns[0].lower_, entities, start)


# Main subjects that cannot be the one a "he" or "she" looks for: the other of the two (a
# sentence whose main subject is the same pronoun is passed over before this is asked), and
# "I", "we", "you", "it", "they", never one man or woman told of
_NOT_HIM_OR_HER = frozenset(["he", "she", "i", "we", "you", "it", "they"])


def _last_main_subject(
    doc: Doc, sentence: Span, pronoun: str, entities: Sequence[EntityLike], start: int
) -> str | None:
    """The person "he"/"she" continues from the sentences before: the main subject of the
    nearest sentence whose main subject is not that same pronoun, where it is a person
    named ("Yulia Navalnaya has vowed ..., saying Putin killed her husband. She met ...":
    Navalnaya, not Putin, the subject of a clause within). Any other main subject between
    ("Navalny, 47, was serving ...", "Trump's campaign said ...") leaves the pronoun
    unresolved: no one named before it is safely the one it means."""
    persons = [e for e in entities if getattr(e, "role", "") == "person"]
    current = sentence
    while current.start > 0:
        current = doc[current.start - 1].sent
        if current.end_char < start - _PRONOUN_REACH:
            return None
        main = next((c for c in current.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is None and current.root.pos_ not in ("VERB", "AUX"):
            # "US Senator Lindsey Graham, a close ally of Trump, who visited Israel": a
            # sentence headed by a name
            main = current.root
        if main is None:
            continue  # a fragment: no subject to take or to pass
        if main.lower_ == pronoun:
            continue  # "He said ... He added": the same one goes on
        named = [e for e in persons if current.start_char <= e.start_char < current.end_char]
        subjects = {e.canonical for e in named if _is_subject(doc, e)}
        if main.lower_ in _NOT_HIM_OR_HER:
            # "She said Joe Biden would sign the bill. He signed it", "It is not the first
            # time Mr Kurtz has been at the centre of such an incident. He was": not that
            # pronoun's one, so the one person a clause within has as its subject
            return next(iter(subjects)) if len(subjects) == 1 else None
        heading = [e.canonical for e in named if _heads_as(doc, e, main)]
        if heading and subjects <= set(heading):
            return heading[0]
        # "Navalnaya has vowed ..., saying Putin killed her husband. She met", "Harris said
        # Trump was unfit. He hit back": two people either could be; "Navalny, 47, was
        # serving ...": a subject not known as a person. No one is safely the pronoun's.
        return None
    return None


def _heads_as(doc: Doc, entity: EntityLike, subject: Token) -> bool:
    """Whether the name is the subject, or in apposition to it ("The agency's director,
    Kimberly Cheatle, said")."""
    span = doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.i != subject.i and root.dep_ in ("compound", "appos", "flat"):
        if root.head.i == root.i:
            break
        root = root.head
    return root.i == subject.i


def _quoted_speaker(
    tokens: Iterable[Token], entities: Sequence[EntityLike], start: int
) -> str | None:
    """'"We will strike again next Tuesday," Mick Lynch said': a clause whose subject is "I" or
    "we" in a quotation is the speaker's, the subject of the saying it is the object of."""
    for subject in tokens:
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.lower_ not in ("i", "we"):
            continue
        for verb in subject.ancestors:
            if verb.lower_ in SPEAKING or verb.lower_ in REPORTING:
                said_by = [c for c in verb.children if c.dep_ == "nsubj"]
                if not said_by:
                    return None
                # '"We will appeal," Boeing said'; not Jordan Neely of "a lawyer for the
                # family of Jordan Neely told reporters"
                head = said_by[0]
                return next(
                    (
                        e.canonical
                        for e in entities
                        if e.kind == "actor" and e.start_char <= head.idx < e.end_char
                    ),
                    None,
                )
    return None


def _speaker_of(token: Token, entities: Sequence[EntityLike], start: int) -> str | None:
    """The person a subject names: a person named in it, or the one "he"/"she" continues."""
    if token.lower_ in ("he", "she"):
        return _pronoun_referent([token], entities, start)
    first = token.left_edge.idx
    last = token.right_edge.idx + len(token.right_edge)
    for entity in entities:
        if getattr(entity, "role", "") == "person" and first <= entity.start_char < last:
            return entity.canonical
    return None


def _is_subject(doc: Doc, entity: EntityLike) -> bool:
    """A person named as the subject of a clause, or heading a sentence ('US Senator Lindsey
    Graham, a close ally of Trump, ...'): the one a following "he" continues with."""
    span = doc.char_span(entity.start_char, entity.end_char, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "ROOT")


def _in_a_name(number: Span, root: Token) -> bool:
    """ "737 Max 9", "Pixel 8", "Windows 11": a number that is part of a singular proper
    name, not a count ("25 Palestinians" counts: the noun is plural). `root` is the number's
    last word ("m" of "2.5m people")."""
    head, before = root.head, number.doc[number.start - 1] if number.start else None
    return (head.tag_ == "NNP" and head.i != root.i and not head.ent_type_) or (
        before is not None and before.tag_ == "NNP" and before.ent_type_ not in ("DATE", "TIME")
    )


def _partitive_noun(number: Token) -> str:
    """What "411 of the 650 seats" counts: 'seats of 650', a part of that whole, which "37 of
    Scotland's 57 seats" is not a figure of; the noun alone with no whole told, or of people;
    else ''."""
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                    whole = next((c for c in noun.children if c.dep_ == "nummod"), None)
                    if whole is None or noun.lower_ in PEOPLE:
                        return noun.lower_  # "10 of the 100 passengers": the dead, counted
                    return f"{noun.lower_} of {whole.text}"
    return ""


def _total_of_a_part(number: Token) -> bool:
    """True for the whole in "411 of the 650 seats"."""
    noun = number.head
    prep = noun.head
    return (
        number.dep_ == "nummod"
        and noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.like_num
    )


def _figures(doc: Doc, tokens: Iterable[Token]) -> tuple[tuple[str, str], ...]:
    """Counts and what they count: ('people', '859'), ('relatives', 'almost 800'), ('', '100'),
    ('people', 'Three'). Years, "one" and vague amounts ('hundreds', 'dozens') are left out."""
    found = []
    token_ids = {t.i for t in tokens}
    cardinals = [e for e in doc.ents if e.label_ == "CARDINAL"]
    high_ends = set()
    for entity in cardinals:
        if entity.start not in token_ids or entity.start in high_ends:
            continue
        figure, root = entity.text, entity.root
        if high := _range_end(entity, cardinals):
            # "could reach 18,000 to 20,000": one figure, counted by its upper end's noun
            figure = doc.text[entity.start_char : high.end_char]
            root = high.root
            high_ends.add(high.start)
        if (scale := _scale_after(entity)) is not None:
            figure, root = figure + scale.text, scale  # "2.5m people": millions of people
        if _YEAR.fullmatch(entity.text) or (figure_value(figure) or 0) < 2:
            continue
        if _in_a_name(entity, root):
            continue
        before = doc.text[max(0, entity.start_char - 40) : entity.start_char]
        if _NOT_A_COUNT_BEFORE.search(before):
            continue  # "a woman in her 90s"; "102, down from 120 on Monday": an earlier count
        if scale is None and _UNIT_AFTER.match(doc.text, entity.end_char):
            continue  # "3,800m down", "1,600 feet": a measure
        head = root.head
        if _total_of_a_part(entity.root):
            continue  # "411 of the 650 seats": 650 is the whole, no count of its own
        if _in_another_time(entity.root):
            continue  # "two weeks after a devastating quake killed more than 47,000 people"
        noun = head.text.lower() if head.pos_ in ("NOUN", "PROPN") else ""
        if part_of := _partitive_noun(entity.root):
            noun = part_of  # "Labour won 411 of the 650 seats": 411 seats
        outcome = _outcome(root)
        if outcome and noun and noun not in PEOPLE:
            outcome = f"{outcome} {noun}"  # "killed 25 militants" is not a count of civilians
        if not outcome and not noun and head.pos_ == "VERB" and root.dep_ in ("nsubj", "conj"):
            noun = head.lower_  # "204 voted in favour and 85 against": votes, no toll
        found.append((outcome or noun, figure))
    return tuple(found)


_OTHER_TIME_MARKS = frozenset(["after", "before", "since", "until", "till"])
_SHORT_SCALES = frozenset(["m", "mn", "bn"])
# What the press counts in millions: people and their homes, animals, doses, jobs
_COUNTED_IN_MILLIONS = PEOPLE | frozenset(
    ["homes", "households", "houses", "customers", "passengers", "voters", "jobs", "animals",
     "sheep", "cattle", "livestock", "doses", "vaccines", "barrels", "tonnes", "users"]
)  # fmt: skip


def _range_end(entity: Span, cardinals: list[Span]) -> Span | None:
    """The upper end of a range the model tagged as two numbers ("18,000 | to | 20,000")."""
    doc = entity.doc
    if entity.end + 1 >= len(doc) or doc[entity.end].lower_ not in RANGE_WORDS:
        return None
    if doc[entity.end].lower_ == "and" and (
        entity.start == 0 or doc[entity.start - 1].lower_ != "between"
    ):
        return None  # "5,000 homes and 200 schools": two counts
    return next((e for e in cardinals if e.start == entity.end + 1), None)


def _scale_after(entity: Span) -> Token | None:
    """The "m" of "2.5m people" (British press for millions) when a plural noun follows it,
    unlike the metres of "488m (1,600ft)" or "3,800m down"."""
    doc = entity.doc
    if entity.end + 1 >= len(doc) or doc[entity.end - 1].whitespace_:
        return None
    scale, counted = doc[entity.end], doc[entity.end + 1]
    if scale.lower_ not in _SHORT_SCALES or counted.lower_ not in _COUNTED_IN_MILLIONS:
        return None  # "a 40m crane", "10m waves", "a 20m stretch": metres
    return scale


def _in_another_time(number: Token) -> bool:
    """Whether a count is told in a clause of another time than its sentence's: "struck on
    Monday, killing three people, two weeks after a devastating quake killed 47,000"."""
    for verb in number.ancestors:
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS for c in verb.children
        ):
            return True
    return False


# An age ("in her 90s", "aged 90") or the earlier figure of a change the sentence tells
# ("102, down from 120", "rose to 202 from 168", "compared with 120"): no count to compare.
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?|\baged\s+"
    r"|\b(?:down|up)\s+from\s+|\bto\s+[\d,.]+\s+from\s+|\bcompared\s+(?:with|to)\s+)$",
    re.IGNORECASE,
)
# A measure, not a count: "488m (1,600ft) from the bow", "3,800 metres down", "80 mph winds"
_UNIT_AFTER = re.compile(
    r"(?:\s*(?:m|km|cm|mm|ft|mi|kg|lb|lbs|mph|kph|km/h|sq|°|%)"
    r"|\s+(?:metres?|meters?|kilometres?|kilometers?|feet|foot|miles?|inches|yards?|tonnes?"
    r"|tons?|kilograms?|kilos?|pounds|knots?|degrees?|percent|per\s+cent|acres?|hectares?"
    r"|square|nautical|litres?|liters?|gallons?|barrels?))(?![\w])",
    re.IGNORECASE,
)
# What happened to the people a figure counts: "2,122 people had died and 2,421 were injured"
# gives two measures (killed, injured), not two disagreeing counts of people.
_OUTCOMES = {
    "kill": "killed", "injur": "injured", "wound": "injured", "hurt": "injured",
    "escape": "escaped", "miss": "missing", "arrest": "arrested", "displace": "displaced",
    "rescu": "rescued",
}  # fmt: skip
_OUTCOME_NOUNS = {
    "deaths": "killed", "dead": "killed", "fatalities": "killed", "casualties": "casualties",
    "injuries": "injured", "injured": "injured", "wounded": "injured", "missing": "missing",
    "unaccounted": "missing",
}  # fmt: skip


# Outcomes that befall the subject ("800 relatives fled the camp"), not the object.
_SUBJECT_OUTCOMES = frozenset(["escaped", "missing"])


# Verbs that tell a count as known, not foreseen: "are known to have died", "are feared dead";
# not "up to 20,000 people are expected to die"
_KNOWING = frozenset(
    ("known", "believed", "thought", "reported", "confirmed", "feared", "presumed", "said")
)
_COPULAS = frozenset(
    ["is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "stayed"]
)


def _subject_is(number: Token, verb: Token) -> bool:
    """Is the count (or the noun it counts) the subject of verb?"""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for t in (number, number.head)
    )


def _outcome(number: Token) -> str:
    """The outcome a count tells of, from its noun or the verb above it ('' if none).

    Not the agent's: in "1,500 gunmen killed 1,200 people" the gunmen did the killing."""
    current = number
    for _ in range(3):
        word = current.text.lower()
        if current.i != number.i and word in _OUTCOME_NOUNS:
            return _OUTCOME_NOUNS[word]
        if current.pos_ in ("VERB", "ADJ") and (kind := _OUTCOMES.get(verb_class(word))):
            return kind
        if current.lower_ in _KNOWING and _subject_is(number, current):
            # "7,800 people are known to have died", "12 are feared dead": what the count's
            # verb of knowing or fearing says of it
            for child in current.children:
                if child.dep_ == "xcomp" and (kind := _OUTCOMES.get(verb_class(child.lower_))):
                    return kind
                if child.dep_ in ("acomp", "oprd", "xcomp") and child.lower_ in _OUTCOME_NOUNS:
                    return _OUTCOME_NOUNS[child.lower_]
        if current.i != number.i and current.lower_ in _COPULAS and _subject_is(number, current):
            # "179 are still unaccounted for", "102 people remain unaccounted for": the state
            # after the copula of the count's own clause (not another clause's after "and")
            for child in current.children:
                if child.dep_ == "acomp" and child.lower_ in _OUTCOME_NOUNS:
                    return _OUTCOME_NOUNS[child.lower_]
        if current.head.i == current.i:
            break
        if (
            current.dep_ == "nsubj"
            and any(c.dep_ == "dobj" for c in current.head.children)
            and _OUTCOMES.get(verb_class(current.head.text.lower())) not in _SUBJECT_OUTCOMES
        ):
            return ""  # the subject of "killed 1,200 people" is who killed
        current = current.head
    return ""


def _attach_figures(
    mentions: list[Mention], elaborations: Sequence[tuple[Span, tuple[tuple[str, str], ...]]]
) -> list[Mention]:
    """Give a mention the figures of the undated sentences that elaborate it.

    "Jelal Ayaf told local media that 859 people successfully escaped" carries no date, but
    it counts the escape its article dated: an undated sentence with figures joins the most
    similar mention of its document that reports the same kind of happening (a verb of the
    sentence in the mention's predicate class).
    """
    if not elaborations or not mentions:
        return mentions
    bags = [features(m) for m in mentions]
    figures: dict[int, list[tuple[str, str]]] = {}
    for sentence, found in elaborations:
        kinds = {verb_class(t.text.lower()) for t in sentence if t.pos_ in ("VERB", "AUX")}
        kinds -= WEAK_PREDICATES
        bag = bag_of_words(sentence.text)
        scored = [
            (cosine(bag, bags[i]), -i)
            for i, mention in enumerate(mentions)
            if predicate_class(mention) in kinds
        ]
        if scored and max(scored)[0] >= ELABORATION_THRESHOLD:
            figures.setdefault(-max(scored)[1], []).extend(found)
    return [
        replace(m, figures=m.figures + tuple(figures[i])) if i in figures else m
        for i, m in enumerate(mentions)
    ]


def _as_written(sentence: Span) -> str:
    """The sentence as the source wrote it, white space collapsed (provenance, not a headline)."""
    start, end = _bounds(sentence)
    return " ".join(sentence.doc.text[start:end].split())


def _bounds(sentence: Span) -> tuple[int, int]:
    """Character offsets of the sentence's text, without the blanked or white space around;
    with the closing quote marks and brackets after it that close ones it opened (the parser
    may leave the '"' of '...justice in America."' to the next sentence), and without the
    ones at its start that close the previous sentence's."""
    text = sentence.doc.text
    start, end = _stripped(sentence)
    end = _closing_end(text, start, end)
    if sentence.start > 0:
        previous = sentence.doc[sentence.start - 1].sent
        adopted = _closing_end(text, *_stripped(previous))
        if adopted > start:
            start = adopted + len(text[adopted:end]) - len(text[adopted:end].lstrip())
    return start, max(start, end)


def _stripped(sentence: Span) -> tuple[int, int]:
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    return start, max(start, sentence.start_char + len(text.rstrip()))


_CLOSING = {"\u201d": "\u201c", ")": "(", "]": "["}


def _closing_end(text: str, start: int, end: int, final: bool = False) -> int:
    """end, moved over the quote marks and brackets right after text[start:end] that close
    ones opened in it (and, final, over the full stop before them: a clause ending on
    'America' of '...justice in America."'). Straight quotes close when the span holds an odd
    number of them; single quotes are left alone (apostrophes)."""

    def closes(position: int) -> bool:
        mark, span = text[position], text[start:position]
        if mark == '"':
            return span.count('"') % 2 == 1
        opening = _CLOSING.get(mark)
        return opening is not None and span.count(opening) > span.count(mark)

    while end < len(text):
        if closes(end):
            end += 1
        elif final and text[end] in ".!?" and end + 1 < len(text) and closes(end + 1):
            end += 2
        else:
            break
    return end


def _standfirst_end(text: str, headline_end: int, header_lines: Sequence[tuple[int, int]]) -> int:
    """Where a standfirst's photo ends, in an article with no byline or date line: one
    paragraph under the headline, then a caption of the header ("Centrist Nicusor Dan defeats
    ... runoff." / "Nicusor Dan celebrates ... Photograph: Andreea Alexandru/AP"): the body
    starts after the photo. 0 when the text is not laid out so."""
    if not header_lines:
        return 0
    start, end = header_lines[0]
    if not re.search(r"\bPhotograph:", text[start:end]):
        return 0  # an AP caption "(AP Photo/...)" comes under the lead, not a standfirst
    between = text[headline_end:start].strip()
    if not between or re.search(r"\n[ \t]*\n", between):
        return 0
    return end


def _lead_sentence(
    doc: Doc, captions: Sequence[tuple[int, int]], header_end: int = 0
) -> Span | None:
    """The article's first sentence of prose: not blank, not a headline, not a photo caption,
    not a standfirst above the byline and date lines (header_end: where they end; "Former
    police officer convicted on all three counts" above "Chris McGreal in Minneapolis / Wed 21
    Apr 2021 00.31 BST" is no lead: the body's first sentence is)."""
    for sentence in doc.sents:
        if not any(t.is_alpha for t in sentence):
            continue
        if any(start <= sentence.start_char < end for start, end in captions):
            continue
        if _stripped(sentence)[1] <= header_end:
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            continue  # "Timeline: key events": a heading, no news
        return sentence
    return None


def extract_mentions(
    document: Document, doc: Doc, entities: Sequence[EntityLike] = ()
) -> list[Mention]:
    """Every dated happening of one analysed document, in text order."""
    dct = document.published
    timexes: list[Timex] = list(doc._.timexes)
    skipped = caption_lines(document.text)
    if (title := headline(doc.text)) is not None:
        skipped.append(title)
    top = header(document.text)
    # the end of the byline and date lines (a caption or "Advertisement" under the lead is no
    # header line that the lead stands above)
    header_end = max(
        [end for _, end in top.bylines] + ([top.date.end()] if top.date is not None else []),
        default=0,
    )
    if not header_end and title is not None:
        header_end = _standfirst_end(document.text, title[1], top.spans)
    lead = _lead_sentence(doc, skipped, header_end)
    mentions: list[Mention] = []
    elaborations: list[tuple[Span, tuple[tuple[str, str], ...]]] = []
    entry: tuple[int, Timex, TimeSpan] | None = None  # the chronology entry a line opens
    for sentence in doc.sents:
        by_verb = sentence_dates(doc, sentence, timexes, dct)
        line_start = doc.text.rfind("\n", 0, sentence.start_char) + 1
        if by_verb and CHRONOLOGY_ENTRY.match(doc.text, line_start):
            timex, span, _ = min(by_verb.values(), key=lambda item: item[0].start)
            if timex.start == line_start:
                line_end = doc.text.find("\n", line_start)
                entry = (line_end if line_end >= 0 else len(doc.text), timex, span)
        elif not by_verb and entry is not None and sentence.start_char < entry[0]:
            # "March 9 — SVB shares fall 60%. Customers try to pull $42 billion.": each
            # sentence of a chronology entry is of the entry's day
            by_verb = {sentence.root.i: (entry[1], entry[2], sentence.root)}
        by_verb = _one_day_once(by_verb)
        if not by_verb:
            if dct is None or any(a <= sentence.start_char < b for a, b in skipped):
                continue  # a headline or a caption tells no news of the day on its own
            if lead is not None and sentence.start == lead.start:
                if any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in sentence):
                    # not "Here is how it happened.": a lead that names nothing tells nothing
                    mentions.append(_publication_mention(document, sentence, None, entities))
            elif (reported := _reported_happening(sentence)) is not None:
                mentions.append(_publication_mention(document, sentence, reported, entities))
            elif figures := _figures(doc, sentence):
                elaborations.append((sentence, figures))
            continue
        verbs = list({item[2].i: item[2] for item in by_verb.values()}.values())
        # "CrowdStrike has published its review of what went wrong on Friday": the date is of
        # a clause inside the object; the sentence's own happening is the day's news
        reporting = _undated_report(sentence, verbs) if dct is not None else None
        main = reporting or _lasting_since(sentence, verbs)
        owners = _clause_owners(sentence, verbs + ([main] if main else []))
        if reporting is not None:
            mentions.append(_publication_mention(document, sentence, reporting, entities))
        sentence_start, sentence_end = _bounds(sentence)
        for timex, span, verb in sorted(by_verb.values(), key=lambda item: item[0].start):
            if reporting is not None and _effect_since(timex, span, verb):
                continue
            # a verb whose clause another took whole ("He said Russia launched drones
            # overnight, the newspaper reported on Tuesday") is told by its own words
            tokens = owners[verb.i] or list(verb.subtree)
            counted = timex.span.type == "DURATION" and span.anchor == "previous"
            if counted:
                # "two days after his troops detained Bazoum": the detention, counted from
                # another date of the sentence (event_dates._counted_from), is told without
                # the count, and without a verb of the main clause joined to it
                strays = _strays(verb)
                tokens = [
                    t
                    for t in (tokens if verb.head.i in owners else list(verb.subtree))
                    if not timex.start <= t.idx < timex.end
                    and not (t.dep_ == "mark" and t.head.i == verb.i and t.idx >= timex.end)
                    and t.i not in strays
                ] or tokens
            # "The announcement came two days after ...": the clause counted is the news;
            # "Caroline Ellison, who pleaded guilty last December, testified ...": the relative
            # clause is the news of its date, not the undated testimony
            whole = len(by_verb) == 1 and main is None and not counted and not _told_aside(verb)
            if (begun := _begun_by(doc, timex, verb)) is not None:
                # "had been under pressure to resign since the shooting on 13 July": the date
                # is of the happening the state began with, told by its noun
                tokens, whole = list(begun.subtree), False
            start = sentence.start_char if whole else min(t.idx for t in tokens)
            extent = tokens if begun is not None else _extent(tokens, verb)
            end = sentence.end_char if whole else max(t.idx + len(t) for t in extent)
            actors, places = _entities_in(entities, start, end)
            clause = tokens if not whole else sentence
            referent = _pronoun_referent(clause, entities, start)
            speaker = referent or _quoted_speaker(clause, entities, start)
            if speaker and speaker not in actors:
                actors = (speaker, *actors)
            text = _without_entry_label(_clause_text(doc, sentence, tokens, extent, whole))
            doer = None if whole else _doer_left_out(verb, tokens)
            text = _with_doer(text, referent, doer, tokens)
            if not whole and (thing := _thing_it_stands_for(verb)) is not None:
                # "after it returned to port ...": "[the Polar Prince] returned to port ..."
                text = _IT_SUBJECT.sub(lambda m: f"{m[1] or ''}[{thing}]", text, count=1)
            if doer is not None:
                doers = _entities_in(entities, doer.start_char, doer.end_char)[0]
                actors = tuple(dict.fromkeys((*doers, *actors)))
            if begun is not None and (subject := _subject_of(verb)) is not None:
                # "Gershkovich has been held since his arrest ...": whose arrest it was
                first, last = (
                    subject.left_edge.idx,
                    subject.right_edge.idx + len(subject.right_edge),
                )
                actors = tuple(dict.fromkeys((*_entities_in(entities, first, last)[0], *actors)))
            mentions.append(
                Mention(
                    document=document.name,
                    text=text,
                    sentence=_as_written(sentence),
                    sentence_start=sentence_start,
                    sentence_end=sentence_end,
                    span=span,
                    date_text=timex.text,
                    date_start=timex.start,
                    date_end=timex.end,
                    actors=actors,
                    places=places,
                    figures=_figures(doc, tokens if not whole else sentence),
                    predicate=_predicate(verb),
                    outlet=document.outlet,
                    published=dct,
                    dated_by="text",
                    published_by=document.published_by,
                    statement=statement_key(
                        verb, lambda token, at=start: _speaker_of(token, entities, at)
                    ),
                    agents=(agents := _agents(verb, entities)),
                    organisations=_organisations(agents, entities),
                )
            )
    return _attach_figures(mentions, elaborations)


_SHOWING = all_forms("show", "suggest")


# A headline's subject pronoun, which the person it stands for replaces in brackets
_LEADING_PRONOUN = re.compile(r"(?:He|She)(?=\s)")


# A clause's leading "it", after its conjunction ("after it returned to port")
_IT_SUBJECT = re.compile(
    r"^((?:after|before|when|as|since|until|once|because)\s+)?it\b", re.IGNORECASE
)


def _thing_it_stands_for(verb: Token) -> str | None:
    """The one named thing an "it" subject of a time clause stands for in the clause it hangs
    from: "investigators had boarded the Polar Prince ... after it returned to port": the
    Polar Prince (the investigators are many); None when two things could be it."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != "it" or verb.dep_ != "advcl":
        return None
    main = verb.head
    candidates = [
        c
        for c in main.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and c.tag_ in ("NN", "NNP")
        and c.ent_type_ not in ("PERSON", "NORP")
        and c.i < subject.i
    ]
    if len(candidates) != 1 or candidates[0].tag_ != "NNP":
        return None
    noun = candidates[0]
    return noun.doc[noun.left_edge.i : noun.i + 1].text


def _with_doer(text: str, referent: str | None, doer: Span | None, tokens: Sequence[Token]) -> str:
    """A clause's words naming who does it: the person its subject pronoun stands for, in
    brackets ("[Yevgeny Prigozhin] called off the march on Saturday"), or the subject it
    shares, before an ellipsis ("Delta Air Lines … scrapping about 3,500 on Friday")."""
    if referent and (pronoun := _LEADING_PRONOUN.match(text)):
        return f"[{referent}]{text[pronoun.end() :]}"
    if doer is None:
        return text
    first = min(tokens, key=lambda t: t.i)
    return f"{doer.text} … {text[0].lower() if first.is_lower else text[0]}{text[1:]}"


def _doer_left_out(verb: Token, tokens: Sequence[Token]) -> Span | None:
    """The subject a clause with no subject of its own shares with the clause it hangs from
    ("after scrapping about 3,500 on Friday": Delta's), when the clause's words leave it out."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before", "since"):
        main = verb.head.head
    elif verb.dep_ == "advcl":
        main = verb.head
    else:
        return None
    if main.dep_ != "ROOT" or main.lower_ in REPORTING or main.lower_ in _SHOWING:
        return None  # "GDP grew ..., revised data showed, after shrinking": not the data's
    # not a passive's subject: "The suspect was arrested by police on Tuesday after searching
    # the area on Sunday" (who searched?)
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or any(t.i == subject.i for t in tokens):
        return None
    return verb.doc[subject.left_edge.i : subject.right_edge.i + 1]


_ASHORE_VERBS = all_forms("come", "move", "roar", "crash", "sweep", "slam") | {"swept"}
_LIGHT_VERBS = frozenset(
    {"hold", "holds", "held", "holding", "have", "has", "had", "make", "makes", "made", "give"}
    | {"gives", "gave", "stage", "staged"}
)


_RESULTS = frozenset(
    [
        "revenue",
        "revenues",
        "profit",
        "profits",
        "loss",
        "losses",
        "earnings",
        "results",
        "sales",
        "income",
    ]
)


def _predicate(verb: Token) -> str:
    """What happened, as a verb: the reported clause's verb for 'X escaped, officials said'."""
    if verb.text.lower() in REPORTING:
        for child in verb.children:
            if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
                return _predicate(child)
            if child.dep_ == "dobj" and child.lower_ in _RESULTS:
                # "Apple reported quarterly revenue": a company's results are its own
                # happening, not a report of someone else's
                return "results"
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    word = verb.text.lower()
    if word in _ASPECTUAL:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                # "started offering gift cards": the happening is the offering
                return _predicate(child)
    if word in _LIGHT_VERBS:  # "held a phone call": the happening is the call
        for child in verb.children:
            # "made landfall": the parser may tag the noun an adjective; its role tells
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "ADJ"):
                return child.text.lower()
    if (
        word in _OCCUR_VERBS
        or word in _TAKE_VERBS
        and _has_child(verb, "dobj", "place")
        or word in _BEGIN_VERBS
        and any(c.dep_ == "nsubjpass" for c in verb.children)
    ) and (subject := _subject_noun(verb)):
        # "Friday night's crash happened when ...": the happening is the crash; "Fires were
        # started": the fires, no launch ("The invasion began" stays one)
        return subject
    if word in _LEAVE_VERBS and _off_the_rails(verb):
        return "derailed"  # "came off the tracks", "jumped the rails", "left the track"
    if word in _FIND_VERBS and (verdict := _verdict(verb)):
        return verdict
    if word in _CALL_VERBS and _calls_it_something(verb):
        return "branded"  # "Putin called the mutiny 'treason'": no phone call
    if _vanishes(verb):
        return "vanished"  # "went missing", "lost contact": one disappearance
    if word in _RUN_VERBS and any(c.lower_ == "aground" for c in verb.children):
        return "grounded"  # "ran aground" is no escape
    if (
        word in _ASHORE_VERBS
        and any(c.lower_ == "ashore" for c in verb.children)
        and not any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in verb.children)
    ):
        return "landfall"  # "The storm came ashore near Perry": it made landfall; not migrants
    if word in _CLOSE_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _DEALS for c in verb.children
    ):
        return "shut"  # "regulators closed SVB": a shutting, not "shares closed 15% lower"
    if word.startswith("fle") and any(c.text.lower() in ("home", "homes") for c in verb.children):
        return "displaced"  # to flee one's home is to be displaced, not to escape
    return word


# Verbs of a happening's phase, whose infinitive or gerund is the happening: "began
# withdrawing", "started to offer", "continued shelling".
_ASPECTUAL = all_forms("start", "begin", "continue", "resume", "stop", "keep", "finish") | {
    "beginning"  # all_forms doubles no stressed last syllable
}


# Verbs of occurring tell their subject's happening: "the crash happened", "the attack took place"
_OCCUR_VERBS = all_forms("happen", "occur")
_TAKE_VERBS = all_forms("take")
# Verbs that tell a train leaving its rails: "came off the tracks", "jumped the rails"
_LEAVE_VERBS = all_forms("come", "go", "jump", "leave")
_RAILS = frozenset(["track", "tracks", "rails"])


def _has_child(verb: Token, dep: str, word: str) -> bool:
    return any(c.dep_ == dep and c.lower_ == word for c in verb.children)


def _off_the_rails(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _RAILS:
            return True
        if child.lower_ == "off" and any(g.lower_ in _RAILS for g in child.children):
            return True
    return False


_BEGIN_VERBS = all_forms("start", "begin")


def _subject_noun(verb: Token) -> str:
    """The common noun that is the verb's subject ("crash" of "the crash happened"), or of
    the verb its infinitive completes ("meeting" of "the meeting was due to take place"), or
    ''."""
    for _ in range(3):  # take <xcomp due <acomp was
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
                return child.lower_
        if verb.dep_ not in ("xcomp", "acomp"):
            break
        verb = verb.head
    return ""


_FIND_VERBS = frozenset({"find", "finds", "found", "finding"})
_CALL_VERBS = frozenset({"call", "calls", "called", "calling"})
_CLOSE_VERBS = all_forms("close")
# "closed its acquisition of Activision": a deal done, no shutting
_DEALS = frozenset(
    ["deal", "deals", "acquisition", "purchase", "sale", "merger", "takeover", "transaction",
     "round", "offering", "agreement", "gap", "gaps", "case", "investigation", "probe"]
)  # fmt: skip
_GO_VERBS = frozenset(["go", "goes", "went", "gone", "going"])
_LOSE_VERBS = frozenset(["lose", "loses", "lost", "losing"])
_RUN_VERBS = frozenset(["run", "runs", "ran", "running"])
_OBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
_TIME_NOUNS = frozenset(
    ("second", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
     "months", "year", "years", "morning", "afternoon", "evening", "night", "while", "time")
)  # fmt: skip


def _vanishes(verb: Token) -> bool:
    """ "went missing" (the parser may take "missing" for the verb), "lost contact"."""
    word = verb.lower_
    if word == "missing":
        return verb.head.lower_ in _GO_VERBS
    if word in _GO_VERBS:
        return any(c.lower_ == "missing" for c in verb.children)
    return word in _LOSE_VERBS and any(
        c.dep_ == "dobj" and c.lower_ == "contact" for c in verb.children
    )


def _calls_it_something(verb: Token) -> bool:
    """'called the mutiny "treason"', 'called it a betrayal': the verb names its object as
    something (the object, then a quotation or another noun phrase), unlike 'called Zelensky
    on Monday'."""
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ in ("it", "him", "her", "them", "this", "that"):
        i += 1
    else:
        start, noun = i, False
        while i < len(doc) and i - start < 5 and doc[i].pos_ in _OBJECT_WORDS:
            if noun and doc[i].pos_ not in ("NOUN", "PROPN"):
                break  # "the vote | a sham"
            noun = noun or doc[i].pos_ in ("NOUN", "PROPN")
            i += 1
        if not noun:
            return False
    if i >= len(doc):
        return False
    after = doc[i]
    if after.text in ('"', "\u201c", "'", "\u2018"):
        return True
    if after.lower_ not in ("a", "an"):
        return False  # "called Prigozhin the next morning"
    noun = next((t for t in doc[i + 1 : i + 4] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lower_ not in _TIME_NOUNS  # not "an hour later"


def _verdict(verb: Token) -> str:
    """'has been found guilty' is 'convicted', 'found not guilty' 'acquitted': the verdict,
    not a finding ('' for any other use of the verb)."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and child.lower_ in _VERDICTS:
            negated = any(c.dep_ == "neg" for c in (*verb.children, *child.children))
            return "acquitted" if negated == (child.lower_ == "guilty") else "convicted"
    return ""


_VERDICTS = frozenset({"guilty", "innocent"})


def _is_present(verb: Token) -> bool:
    """'says', 'are now known': the present tense, a state as of the telling."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBN", "VBG") and any(a in ("is", "are", "am") for a in auxiliaries)


_SUBORDINATE_MARKS = frozenset(["after", "before", "since", "when"])
# a state or a frame, no happening of its own: "is the latest setback", "The move comes after",
_SAY_FORMS = all_forms("say")  # the bare saying, not "told employees"
# "Flights remain suspended after"
_STATIVE = all_forms("be", "come", "remain", "seem", "appear", "face", "follow")


def _undated_report(sentence: Span, verbs: Sequence[Token]) -> Token | None:
    """The sentence's present-perfect verb when the one dated verb lies in a clause inside its
    object ("has published its review of what went wrong on Friday"); or its present or
    present-perfect verb when the dated verb lies in a relative or a time clause ("217
    people are now known to have died in the floods, which began on Tuesday", "Calhoun has
    told employees ... after a panel blew out last week"); else None."""
    root = sentence.root
    if len(verbs) != 1 or verbs[0].i == root.i:
        return None
    perfect = present_perfect(root)
    if not perfect and not _is_present(root):
        return None
    # a state ("is the latest setback for Boeing, whose 737 Max was grounded ...") is no
    # happening of its own
    # nor is a report, present or perfect ("Police say a gunman who opened fire on Saturday
    # killed eight", "Officials have said the train entered a loop line, where a goods train
    # was parked, on Friday evening": the report tells the day's happening)
    # ("Calhoun has told employees ... after a panel blew out last week" tells them anew)
    if root.lower_ in _SAY_FORMS and not any(
        c.dep_ == "ccomp" and verb_tense(c) in ("present", "future") for c in root.children
    ):
        return None  # what was said of the past is told by its day; not "has said it will"
    stative = root.lower_ in _STATIVE or (root.lower_ in REPORTING and not perfect)
    current = verbs[0]
    while current.head.i != current.i and current.i != root.i:
        head = current.head
        if (_since(current, root) or _since(head, root)) and root.lower_ in _LASTING:
            return None  # a state lasting from that happening (`_lasting_since`)
        if not stative and (
            current.dep_ == "relcl"
            or current.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS for c in current.children)
        ):
            return root
        if (
            perfect
            and head.pos_ in ("NOUN", "PROPN")
            and head.dep_ in ("dobj", "pobj", "attr", "dative")
        ):
            return root
        current = head
    return None


# Verbs of a state that lasts ("has had no government since", "has been held since"), unlike
# a running total ("has killed more than 41,000 since the war began"), which is the day's news
_LASTING = _STATIVE | all_forms("stay", "live", "rule", "govern", "have", "hold", "lead")


def _lasting_since(sentence: Span, verbs: Sequence[Token]) -> Token | None:
    """ "Libya has had no stable government since an uprising toppled Gaddafi in 2011": the
    main verb of a state lasting from the one dated happening, which is no news of the
    publication day but no part of that happening either. Returns that verb, or None."""
    root = sentence.root
    if len(verbs) != 1 or verbs[0].i == root.i:
        return None
    if root.lower_ not in _LASTING:
        return None  # "has killed more than 41,000 since the war began": a running total
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verbs[0].children):
        return None  # "since they defeated ISIS in 2019": the sentence tells who they are
    current = verbs[0]
    while current.head.i != current.i and current.i != root.i:
        if _since(current, root) or _since(current.head, root):
            return root
        current = current.head
    return None


def _effect_since(timex: Timex, span: TimeSpan, verb: Token) -> bool:
    """ "has promised to rebuild the communities devastated by the New Year's Day earthquake":
    a participle that qualifies a noun of the day's report, dated from the happening it names
    to the publication, tells no happening of its own."""
    return (
        span is not timex.span
        and span.anchor == "publication"
        and verb.dep_ in ("acl", "amod")
        and verb.tag_ in ("VBN", "VBG")
    )


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb an infinitive or participle hangs on."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "acomp", "advcl", "conj"):
            return subject
        verb = verb.head
    return None


def _begun_by(doc: Doc, timex: Timex, verb: Token) -> Token | None:
    """The noun of the happening a state began with, where the date is told inside it:
    "shooting" of "had been under pressure since the shooting on 13 July"; None when the date
    is the "since" phrase's own noun ("since 2011") or lies elsewhere."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for token in span.root.ancestors:
        if token.i == verb.i:
            return None
        if token.dep_ == "pobj" and token.head.lower_ == "since" and token.head.head.i == verb.i:
            return token if token.pos_ in ("NOUN", "PROPN") else None
    return None


def _since(token: Token, root: Token) -> bool:
    """A clause or noun the main verb tells after "since": "has had no government since an
    uprising toppled Gaddafi"; not "where the first convoy since the quake arrived"."""
    if token.dep_ == "pobj" and token.head.lower_ == "since":
        return token.head.head.i == root.i
    return token.head.i == root.i and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in token.children
    )


def _reported_happening(sentence: Span) -> Token | None:
    """'The UN says 130,000 people have fled': a present-tense report of a present-perfect
    happening, with no date of its own, is the news of the publication day. Returns the
    happening's verb ('fled'), or None."""
    for token in sentence:
        if token.text.lower() not in REPORTING or token.tag_ not in ("VBZ", "VBP"):
            continue
        for child in token.children:
            if child.dep_ == "ccomp" and present_perfect(child):
                return child
        if token.dep_ in ("ccomp", "parataxis") and present_perfect(token.head):
            return token.head
    return None


def _publication_mention(
    document: Document, sentence: Span, reported: Token | None, entities: Sequence[EntityLike]
) -> Mention:
    """A sentence with no date of its own that reports the news of the publication day:
    an article's lead (dated_by "lead"), or a present-tense report of a present-perfect
    happening (dated_by "report", with that happening's verb)."""
    dct = document.published
    assert dct is not None
    actors, places = _entities_in(entities, sentence.start_char, sentence.end_char)
    sentence_start, sentence_end = _bounds(sentence)
    return Mention(
        document=document.name,
        text=tidy(sentence.doc.text[sentence_start:sentence_end]),
        sentence=_as_written(sentence),
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        span=TimeSpan("DATE", dct.isoformat(), dct, dct, "day", "publication"),
        date_text="",
        actors=actors,
        places=places,
        figures=_figures(sentence.doc, sentence),
        predicate=_predicate(reported if reported is not None else sentence.root),
        outlet=document.outlet,
        published=dct,
        dated_by="lead" if reported is None else "report",
        published_by=document.published_by,
    )
