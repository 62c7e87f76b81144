"""Interviews as merge evidence: who told which outlet (statements.py), through the real model."""

from __future__ import annotations

import pytest
from helpers import day, mention

from timeline.merge import merge_mentions
from timeline.statements import same_statement, statement_key


@pytest.fixture(scope="module")
def nlp():
    from timeline.nlp import load_pipeline
    from timeline.settings import DEFAULT_MODEL

    return load_pipeline(DEFAULT_MODEL)


def _key(nlp, text: str, dated: str, people: dict[str, str]) -> tuple[str, ...]:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == dated)

    def speaker_of(token):
        if token.lower_ in ("he", "she"):
            return people.get(token.lower_)
        words = {t.text for t in token.subtree}
        return next((name for name in people.values() if name.split()[-1] in words), None)

    return statement_key(verb, speaker_of)


def test_told_an_outlet_on_a_day_is_an_interview(nlp):
    key = _key(
        nlp,
        "US Defence Secretary Mark Esper told CBS News on Sunday that troops would leave.",
        "told",
        {"esper": "Mark Esper"},
    )
    assert key == ("Mark Esper", "CBS")


def test_the_day_an_interview_aired_reports_it_too(nlp):
    key = _key(
        nlp,
        '"We are caught between two armies," he told US broadcaster CBS in a pre-taped '
        "interview which aired on Sunday.",
        "aired",
        {"he": "Mark Esper"},
    )
    assert key == ("Mark Esper", "CBS")


def test_reporters_or_a_statement_name_no_outlet(nlp):
    assert not _key(
        nlp,
        "President Erdogan told reporters on Sunday the measures would not stop the offensive.",
        "told",
        {"erdogan": "Recep Tayyip Erdogan"},
    )
    assert not _key(
        nlp,
        "The SDF said in a statement on Sunday that it had abandoned the camp.",
        "said",
        {},
    )


def test_an_unnamed_speaker_gives_no_key(nlp):
    assert not _key(
        nlp, "Two US officials told Reuters on Sunday that troops had left.", "told", {}
    )


def test_outlets_match_by_their_distinctive_words():
    assert same_statement(("Mark Esper", "CBS"), ("Mark Esper", "cbs"))
    assert not same_statement(("Mark Esper", "cbs"), ("Donald Trump", "cbs"))
    assert not same_statement(("Mark Esper", "cbs"), ("Mark Esper", "fox"))
    assert not same_statement((), ())


ESPER_ON_CBS = ("Mark Esper", "CBS")


def _quote(start: int = 0):
    """Al Jazeera's quote from the interview: nothing in it says 'evacuate'."""
    return mention(
        '"We have American forces likely caught between two opposing advancing armies," '
        "he told US broadcaster CBS",
        day("2019-10-13"),
        "a.txt",
        "Al Jazeera",
        start=start,
        actors=("Mark Esper",),
        predicate="aired",
        statement=ESPER_ON_CBS,
    )


def _summary():
    """The BBC's summary of the interview."""
    return mention(
        "Mark Esper told CBS News that the US was preparing to evacuate about 1,000 troops",
        day("2019-10-13"),
        "b.txt",
        "BBC",
        actors=("Mark Esper",),
        predicate="preparing",
        statement=ESPER_ON_CBS,
    )


def test_two_reports_of_one_interview_merge_even_in_different_words():
    events = merge_mentions([_quote(), _summary()])
    assert len(events) == 1 and events[0].n_sources == 2


def test_an_interview_joins_the_happening_its_summary_belongs_to():
    """The summary is both the interview and the evacuation: both sides come together."""
    happening = mention(
        "prompting the US to prepare the evacuation of about 1,000 of its troops",
        day("2019-10-13"),
        "a.txt",
        "Al Jazeera",
        start=0,
        predicate="prompting",
    )
    events = merge_mentions([happening, _quote(start=500), _summary()])
    assert len(events) == 1 and len(events[0].sources) == 3


def test_one_interview_on_different_days_is_two_happenings():
    first = mention(
        "Mark Esper told CBS that troops would leave",
        day("2019-10-13"),
        "a.txt",
        statement=ESPER_ON_CBS,
    )
    second = mention(
        "Mark Esper told CBS that talks had begun",
        day("2019-11-20"),
        "b.txt",
        statement=ESPER_ON_CBS,
    )
    assert len(merge_mentions([first, second])) == 2
