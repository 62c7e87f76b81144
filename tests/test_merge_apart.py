"""What keeps two alike reports apart (other doers, other countries), figures in words, and
what heads an event whose clause is a fragment."""

import json
from dataclasses import replace
from datetime import date

from click.testing import CliRunner
from helpers import day, mention

from timeline.cli import cli
from timeline.merge import find_conflicts, merge_mentions
from timeline.model import Place, TimeSpan
from timeline.numbers import figure_value, figure_values

NYSA = Place("Nysa", 50.47, 17.33, "Poland", "town")
GALATI = Place("Galati", 45.44, 28.05, "Romania", "town")
AUSTRIA = Place("Austria", 47.65, 14.43, "Austria", "country")


def _declared(who: str, text: str, document: str, predicate: str = "declared"):
    found = mention(text, day("2024-09-16"), document, actors=(who,), predicate=predicate)
    return replace(found, agents=(who,))


def test_the_same_act_by_two_doers_is_two_events():
    events = merge_mentions(
        [
            _declared("Donald Tusk", "Donald Tusk declared a state of natural disaster", "a.txt"),
            _declared("Petr Fiala", "Petr Fiala declared a state of emergency", "b.txt"),
            _declared("Donald Tusk", "Tusk declared a state of natural disaster", "c.txt"),
        ]
    )
    assert sorted(e.n_sources for e in events) == [1, 2]


def test_doers_named_on_both_sides_are_one_happening():
    call = mention(
        "Trump held a phone call with al-Sharaa",
        day("2024-09-16"),
        "a.txt",
        actors=("Donald Trump", "Ahmed al-Sharaa"),
        predicate="held",
    )
    told = mention(
        "al-Sharaa held a telephone call with Trump",
        day("2024-09-16"),
        "b.txt",
        actors=("Ahmed al-Sharaa", "Donald Trump"),
        predicate="held",
    )
    events = merge_mentions(
        [replace(call, agents=("Donald Trump",)), replace(told, agents=("Ahmed al-Sharaa",))]
    )
    assert [e.n_sources for e in events] == [2]


def test_the_speaker_of_a_report_is_no_doer():
    # "X said" tells who reports, not who did it
    a = _declared("Petr Fiala", "Fiala said floods killed people", "a.txt", predicate="said")
    b = _declared("Andrej Babis", "Babis said floods killed people", "b.txt", predicate="said")
    assert [e.n_sources for e in merge_mentions([a, b])] == [2]


def test_two_drownings_in_two_countries_told_alike_are_two_events():
    romania = mention(
        "five people drowned in Galati county", day("2024-09-14"), "a.txt", places=(GALATI,)
    )
    austria = mention("a firefighter drowned", day("2024-09-14"), "b.txt", places=(AUSTRIA,))
    assert len(merge_mentions([replace(romania, predicate="drowned"), austria])) == 2


def test_counts_in_words_are_figures():
    assert figure_value("Sixty-two") == 62
    assert figure_value("about three") == 3
    assert figure_value("more than 30,000") == 30000
    assert figure_value("hundreds") is None
    # millions and billions, as words or the press's short forms, are one scale
    assert figure_value("2.5 million") == figure_value("About 2.5m") == 2_500_000
    assert figure_value("3bn") == figure_value("3 billion") == 3e9
    assert figure_value("more than 900,000") == 900_000
    # a range states both its ends; a hyphen joins a range only between digits
    assert figure_values("18,000 to 20,000") == (18_000, 20_000)
    assert figure_values("100-300") == figure_values("between 100 and 300") == (100, 300)
    assert figure_values("Sixty-two") == (62,)
    assert figure_values("2 to 3 million") == (2_000_000, 3_000_000)  # the scale of both ends
    assert len(figure_values("one hundred and twenty")) == 1  # one number, no range
    assert figure_values("hundreds") == ()
    two = replace(mention("Two people drowned", day("2024-09-16")), figures=(("people", "Two"),))
    three = replace(
        mention("Three people drowned", day("2024-09-16"), "b.txt"),
        figures=(("people", "Three"),),
    )
    assert find_conflicts([two, three]) == (
        ("people", "Two", "a.txt"),
        ("people", "Three", "b.txt"),
    )


def test_two_leaders_two_acts_and_a_count_in_words_through_the_cli(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Published 16 September 2024\n\n"
        "Polish Prime Minister Donald Tusk declared a state of natural disaster on Monday.\n\n"
        "Czech Prime Minister Petr Fiala declared a state of emergency in three regions on "
        "Monday.\n\nTwo people drowned in Nysa on Monday.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Published 16 September 2024\n\n"
        "Donald Tusk declared a state of natural disaster in the south on Monday.\n\n"
        "Three people drowned in Nysa on Monday, police said.\n"
    )
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--format", "jsonl", "--no-cache"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    by_actor = {tuple(e["actors"]): e for e in events if e["actors"]}
    assert by_actor[("Donald Tusk",)]["n_sources"] == 2
    assert by_actor[("Petr Fiala",)]["n_sources"] == 1
    drowned = next(e for e in events if "drowned" in e["headline"])
    assert [c["figure"] for c in drowned["conflicts"]] == ["Two", "Three"]


def test_a_fragment_clause_is_headed_by_its_whole_sentence():
    sentence = "Workers could return as soon as Wednesday and must be back by Nov. 12."
    fragment = replace(mention("Must be back by Nov. 12", day("2024-11-12")), sentence=sentence)
    assert merge_mentions([fragment])[0].headline == sentence
    sentence = "The rain began last Thursday and was expected to ease by Tuesday, officials said."
    fragment = replace(mention("To ease by Tuesday", day("2024-09-17")), sentence=sentence)
    assert merge_mentions([fragment])[0].headline == sentence
    # a clause that tells what happened heads its event
    whole = replace(
        mention("Boeing machinists voted to end the strike", day("2024-11-04")),
        sentence="Boeing machinists voted to end the strike, and shares rose on Tuesday.",
    )
    assert merge_mentions([whole])[0].headline == "Boeing machinists voted to end the strike"


def test_a_clause_after_a_comma_is_headed_by_itself():
    sentence = "Dan won the runoff on Sunday, official results showed on Monday."
    clause = replace(
        mention(", official results showed on Monday.", day("2025-05-19")), sentence=sentence
    )
    assert merge_mentions([clause])[0].headline == "Official results showed on Monday."


def _lead(text: str, published: str, document: str, predicate: str = "won"):
    return replace(mention(text, day(published), document, predicate=predicate), dated_by="lead")


def test_a_lead_joins_the_happening_of_the_day_before_it_tells_of():
    won = mention(
        "Nicusor Dan won Romania's presidential election runoff on Sunday",
        day("2025-05-18"),
        "reuters.txt",
        predicate="won",
    )
    lead = _lead("Nicusor Dan has won Romania's presidential election", "2025-05-19", "bbc.md")
    events = merge_mentions([won, lead])
    assert [(str(e.span.start), e.n_sources) for e in events] == [("2025-05-18", 2)]
    # a lead of something else stays on its publication day, and so does one that no
    # happening of the two days before tells of
    other = _lead("Flood waters reached Wroclaw overnight", "2025-05-19", "ap.txt", "reached")
    events = merge_mentions([won, other])
    assert sorted(str(e.span.start) for e in events) == ["2025-05-18", "2025-05-19"]
    old = replace(won, span=day("2025-05-14"))
    assert len(merge_mentions([old, lead])) == 2


def test_a_state_and_its_leader_may_do_one_act():
    erdogan = mention(
        "Recep Tayyip Erdogan launched an offensive in Syria", day("2019-10-09"), "a.txt",
        actors=("Recep Tayyip Erdogan",), predicate="launched",
    )  # fmt: skip
    turkey = mention(
        "Turkey launched an offensive in Syria", day("2019-10-09"), "b.txt",
        actors=("Turkey",), predicate="launched",
    )  # fmt: skip
    events = merge_mentions(
        [replace(erdogan, agents=("Recep Tayyip Erdogan",)), replace(turkey, agents=("Turkey",))]
    )
    assert [e.n_sources for e in events] == [2]


def test_two_companies_reporting_results_on_one_day_are_two_happenings():
    apple = mention(
        "Apple reported quarterly revenue above estimates on Thursday", day("2024-08-01"),
        "a.txt", actors=("Apple",), predicate="results",
    )  # fmt: skip
    amazon = mention(
        "Amazon reported quarterly revenue below estimates on Thursday", day("2024-08-01"),
        "a.txt", actors=("Amazon",), predicate="results",
    )  # fmt: skip
    apple = replace(apple, agents=("Apple",), organisations=("Apple",))
    amazon = replace(amazon, agents=("Amazon",), organisations=("Amazon",))
    apple_too = replace(apple, document="b.txt", text="Apple on Thursday reported revenue")
    events = merge_mentions([apple, amazon, apple_too])
    assert sorted(e.n_sources for e in events) == [1, 2]


def test_one_organisation_told_by_its_short_or_long_name_does_one_happening():
    wednesday = day("2023-07-26")
    for short, long in (("Fed", "Federal Reserve"), ("ECB", "European Central Bank")):
        a = mention(
            f"The {short} raised interest rates by a quarter point on Wednesday", wednesday,
            "reuters.txt", actors=(short,), predicate="raised",
        )  # fmt: skip
        b = mention(
            f"The {long} raised its key interest rate by a quarter point on Wednesday",
            wednesday, "ap.txt", actors=(long,), predicate="raised",
        )  # fmt: skip
        a = replace(a, agents=(short,), organisations=(short,))
        b = replace(b, agents=(long,), organisations=(long,))
        assert [e.n_sources for e in merge_mentions([a, b])] == [2], short


ODISHA = Place("Odisha", 20.5, 84.4, "India", "region")
STATION = Place("Bahanaga Bazar")  # not in the gazetteer: no country
KYIV = Place("Kyiv", 50.45, 30.52, "Ukraine", "town")
ODESA = Place("Odesa", 46.48, 30.73, "Ukraine", "town")


def _article(lead: str, detail: str, lead_places=(), detail_places=(), predicate="crashed"):
    friday = day("2023-06-02")
    first = mention(lead, friday, "reuters.txt", start=0, places=lead_places, predicate=predicate)
    second = mention(
        detail, friday, "reuters.txt", start=300, places=detail_places, predicate="derailed"
    )
    return [first, second]


def test_the_sentence_after_a_lead_of_its_day_and_kind_tells_the_lead_in_detail():
    lead = "At least 288 people were killed when a passenger train crashed in Odisha on Friday"
    detail = "The Coromandel Express came off the tracks near the station at 7 p.m. on Friday"
    told = _article(lead, detail, (ODISHA,), (STATION,))
    assert [len(e.sources) for e in merge_mentions(told)] == [2]
    # not another happening of the kind, nor one of another kind, nor on other ground
    another = _article(lead, "Another train derailed near Cuttack on Friday", (ODISHA,))
    assert len(merge_mentions(another)) == 2
    said = _article(lead, detail, (ODISHA,), (STATION,), predicate="said")
    assert len(merge_mentions(said)) == 2
    kyiv = "Russian missiles struck Kyiv on Friday, killing five people"
    odesa = "Drones hit the port of Odesa overnight into Friday"
    struck = _article(kyiv, odesa, (KYIV,), (ODESA,), predicate="struck")
    assert len(merge_mentions(struck)) == 2


def test_places_of_other_names_are_one_ground_when_one_may_hold_the_other():
    from timeline.merge import _other_grounds

    assert not _other_grounds({ODISHA}, {STATION})  # an unknown station may lie in a state
    assert not _other_grounds({ODISHA}, {Place("Balasore", 21.5, 86.9, "India", "town")})
    assert _other_grounds({KYIV}, {ODESA})  # two towns
    assert _other_grounds({ODISHA}, {GALATI})  # two countries
    thessaly = Place("Thessaly")  # unknown, but told with places of Greece
    greece = {thessaly, Place("Volos", 39.36, 22.94, "Greece", "town")}
    assert _other_grounds(greece, {Place("Libya", 27.0, 17.0, "Libya", "country")})


def test_a_new_one_of_a_later_time_is_not_the_one_told_before():
    first = mention(
        "The Seoul Western District Court issued the warrant on Tuesday",
        day("2024-12-31"),
        "yonhap.txt",
        predicate="issued",
    )
    new = mention(
        "The Seoul Western District Court issued a new warrant last week",
        TimeSpan("DATE", "2025-W02", date(2025, 1, 6), date(2025, 1, 12), "week", "publication"),
        "ap.txt",
        predicate="issued",
    )
    assert len(merge_mentions([first, new])) == 2
    # told of the same day, "a new law" is the law the other outlet tells of
    same = mention("Parliament passed a new law on Tuesday", day("2024-12-31"), "ap.txt")
    law = mention("Parliament passed the law on Tuesday", day("2024-12-31"), "bbc.txt")
    assert len(merge_mentions([same, law])) == 1


JAMMU = Place("Jammu", 32.73528, 74.86911, "India", "town")
RAJASTHAN = Place("Rajasthan", 26.6, 73.8, "India", "region")


def test_one_articles_two_crashes_far_apart_are_two_events_however_alike():
    sunday = day("2024-06-09")
    jammu = mention(
        "A bus carrying pilgrims crashed into a gorge in Jammu on Sunday, killing 22 people",
        sunday, "pti.txt", start=0, places=(JAMMU,), predicate="crashed",
    )  # fmt: skip
    rajasthan = mention(
        "A truck rammed into a bus on a highway in Rajasthan on Sunday, killing 12 people",
        sunday, "pti.txt", start=200, places=(RAJASTHAN,), predicate="rammed",
    )  # fmt: skip
    assert len(merge_mentions([jammu, rajasthan])) == 2


def test_another_witness_telling_the_happening_is_no_other_happening():
    friday = day("2023-06-02")
    lead = mention(
        "A passenger train derailed in Odisha on Friday evening, killing at least 50 people",
        friday, "reuters.txt", start=0, predicate="derailed",
    )  # fmt: skip
    told = mention(
        "Another survivor said the train derailed at about 7 p.m. on Friday",
        friday, "reuters.txt", start=300, predicate="derailed",
    )  # fmt: skip
    assert len(merge_mentions([lead, told])) == 1
