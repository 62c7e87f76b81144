from dataclasses import replace
from datetime import date, timedelta

from helpers import day, mention, week
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.merge import (
    _SLACK_DAYS,
    _Cluster,
    _fits,
    _kind,
    build_event,
    cluster_mentions,
    find_conflicts,
    merge_mentions,
)
from timeline.model import Place, TimeSpan
from timeline.similarity import stem

AIN_ISSA = Place("Ain Issa", 36.38, 38.86, "SY", "town")


def test_stem_matches_inflections():
    assert stem("launched") == stem("launch") == stem("launches")
    assert stem("escaped") == stem("escape")


def test_same_happening_from_three_outlets_is_one_event_with_all_sources():
    mentions = [
        mention(
            "Hundreds of ISIL supporters escaped from a camp in Ain Issa",
            day("2019-10-13"),
            "a.txt",
            "Al Jazeera",
            places=(AIN_ISSA,),
            predicate="escaped",
        ),
        mention(
            "Hundreds of foreigners affiliated with IS have escaped from a camp",
            day("2019-10-13"),
            "b.txt",
            "BBC",
            predicate="escaped",
        ),
        mention(
            "Hundreds of foreign women and children escaped from a camp in northeastern Syria",
            day("2019-10-13"),
            "c.txt",
            "WSJ",
            predicate="escaped",
        ),
    ]
    events = merge_mentions(mentions)
    assert len(events) == 1
    assert events[0].n_sources == 3
    assert [s.outlet for s in events[0].sources] == ["Al Jazeera", "BBC", "WSJ"]
    assert events[0].places == (AIN_ISSA,)


def test_different_happenings_of_the_same_day_stay_apart():
    mentions = [
        mention("Hundreds of supporters escaped from a camp", day("2019-10-13"), "a.txt"),
        mention(
            "France said it would suspend weapons exports to Turkey", day("2019-10-13"), "b.txt"
        ),
    ]
    assert len(merge_mentions(mentions)) == 2


def test_two_sayings_that_share_only_the_kind_of_verb_stay_apart():
    saturday = day("2023-09-09")
    mentions = [
        mention(
            "The Interior Ministry said in a statement early Saturday that at least 1,037 people"
            " had been killed.",
            saturday,
            "ap.txt",
            actors=("Interior Ministry",),
            predicate="said",
        ),
        mention(
            "King Mohammed VI declared three days of national mourning on Saturday.",
            saturday,
            "reuters.txt",
            actors=("Mohammed VI",),
            predicate="declared",
        ),
    ]
    assert len(merge_mentions(mentions)) == 2


def test_two_short_reports_of_one_kind_of_act_still_merge():
    saturday = day("2024-03-02")
    mentions = [
        mention("Hundreds of inmates escaped from the main prison on Saturday.", saturday,
                "a.txt", predicate="escaped"),
        mention("Thousands of prisoners fled the National Penitentiary on Saturday.", saturday,
                "b.txt", predicate="fled"),
    ]  # fmt: skip
    assert len(merge_mentions(mentions)) == 1


def test_earlier_that_day_is_another_happening_than_its_article_told_of_that_day():
    full_text = "The Ever Given was refloated on Monday."
    full = mention(full_text, day("2021-03-29"), "bbc.txt")
    # the next paragraph
    earlier_text = "Earlier on Monday, salvage crews had partially refloated the ship."
    start = len(full_text) + 2
    earlier = replace(
        mention(earlier_text, day("2021-03-29"), "bbc.txt", start=start),
        date_start=start + earlier_text.index("Monday"),
    )
    other = mention("The Ever Given was refloated on Monday.", day("2021-03-29"), "ap.txt")
    for ordered in ([full, earlier, other], [earlier, other, full]):
        events = merge_mentions(ordered)
        assert sorted(sorted(s.sentence for s in e.sources) for e in events) == [
            [earlier_text],
            [full_text, full_text],
        ]
    # "Later on Monday" with the same words tells the same happening again
    later_text = "Later on Monday, the Ever Given was refloated."
    later = replace(
        mention(later_text, day("2021-03-29"), "bbc.txt", start=start),
        date_start=start + later_text.index("Monday"),
    )
    assert len(merge_mentions([full, later, other])) == 1


def test_hours_later_is_another_happening_than_the_one_just_told():
    at = TimeSpan("TIME", "2023-02-06T04:17", date(2023, 2, 6), date(2023, 2, 6), "minute", "text")
    lead_text = "The quake struck at 4:17 a.m. on Monday, centred in Gaziantep province."
    later_text = "Hours later, a second quake struck to the north, in Kahramanmaras province."
    start = len(lead_text) + 2
    later = replace(
        mention(later_text, day("2023-02-06"), "ap.txt", start=start, date_text="Hours later"),
        date_start=start,
    )
    other = mention("The quake struck at 4:17 a.m. in Gaziantep province.", at, "bbc.txt")
    events = merge_mentions([mention(lead_text, at, "ap.txt"), later, other])
    assert sorted(len(e.sources) for e in events) == [1, 2]
    assert [e.sources[0].sentence for e in events if len(e.sources) == 1] == [later_text]


def test_same_words_on_distant_days_stay_apart():
    mentions = [
        mention("Turkey launched an offensive against the Kurds", day("2019-10-09"), "a.txt"),
        mention("Turkey launched an offensive against the Kurds", day("2019-11-20"), "b.txt"),
    ]
    assert len(merge_mentions(mentions)) == 2


def test_last_week_joins_a_nearby_day_and_the_event_takes_the_precise_date():
    mentions = [
        mention(
            "Turkey launched an assault aimed at driving Kurdish forces from the region",
            week("2019-W40", "2019-09-30", "2019-10-06"),
            "b.txt",
            "BBC",
            date_text="last week",
            predicate="launched",
        ),
        mention(
            "Turkey launched its cross-border offensive into northeastern Syria",
            day("2019-10-09"),
            "a.txt",
            "Al Jazeera",
            date_text="on Wednesday",
            predicate="launched",
        ),
    ]
    events = merge_mentions(mentions)
    assert len(events) == 1
    assert events[0].span.value == "2019-10-09"
    assert {s.date_text for s in events[0].sources} == {"last week", "on Wednesday"}


def test_two_dates_of_one_sentence_are_two_events():
    mentions = [
        mention("Talks collapsed", day("2026-01-04"), "a.txt", start=10),
        mention("Talks collapsed again", day("2026-01-04"), "a.txt", start=10),
    ]
    assert len(merge_mentions(mentions)) == 2


def test_merge_is_independent_of_input_order():
    mentions = [
        mention("Hundreds escaped from a camp in Syria", day("2019-10-13"), "a.txt"),
        mention("Hundreds have escaped from the camp", day("2019-10-13"), "b.txt"),
        mention("France suspended weapons exports to Turkey", day("2019-10-12"), "b.txt", start=50),
    ]
    forward = merge_mentions(mentions)
    backward = merge_mentions(list(reversed(mentions)))
    assert forward == backward


def test_events_are_in_chronological_order():
    mentions = [
        mention("B happened", day("2019-10-13"), "a.txt"),
        mention("A happened before", day("2019-10-01"), "a.txt", start=20),
    ]
    assert [e.span.value for e in merge_mentions(mentions)] == ["2019-10-01", "2019-10-13"]
    # the events of a day: the day alone, then by the time of day told
    on = date(2019, 10, 13)
    times = ["T19:45", "T09:00", "", "TMO", "T24:00", "TAF", "T14:30"]
    texts = ["Rebels seized", "Ministers arrived", "Floods hit", "Markets fell", "Curfew began"]
    texts += ["Surgeons operated", "Police arrested"]
    mentions = [
        mention(
            f"{texts[i]} {'xyz' * i} in a town",
            TimeSpan("TIME" if t else "DATE", f"{on}{t}", on, on, "day", "publication"),
            "a.txt",
            start=i * 100,
        )
        for i, t in enumerate(times)
    ]
    assert [e.span.value[10:] for e in merge_mentions(mentions)] == [
        "", "TMO", "T09:00", "T14:30", "TAF", "T19:45", "T24:00"
    ]  # fmt: skip


def test_clusters_block_by_date():
    far = [
        mention(f"Same words here {i}", day(f"2019-{i:02d}-01"), "a.txt", start=i)
        for i in range(1, 13)
    ]
    assert len(cluster_mentions(far)) == 12


def test_disagreeing_figures_of_one_event_are_listed_with_their_documents():
    from dataclasses import replace

    mentions = [
        replace(
            mention(
                "Hundreds escaped from the camp", day("2019-10-13"), "a.txt", predicate="escaped"
            ),
            figures=(("people", "859"),),
        ),
        replace(
            mention(
                "Hundreds have escaped from the camp",
                day("2019-10-13"),
                "b.txt",
                predicate="escaped",
            ),
            figures=(("relatives", "almost 800"), ("", "100")),
        ),
        replace(
            mention("Hundreds escaped a camp", day("2019-10-13"), "c.txt", predicate="escaped"),
            figures=(("people", "785"),),
        ),
    ]
    events = merge_mentions(mentions)
    assert len(events) == 1
    assert set(events[0].conflicts) == {
        ("people", "859", "a.txt"),
        ("people", "almost 800", "b.txt"),
        ("people", "100", "b.txt"),
        ("people", "785", "c.txt"),
    }


def test_the_same_figure_everywhere_is_no_conflict():
    from dataclasses import replace

    mentions = [
        replace(
            mention("130,000 people displaced", day("2019-10-13"), "a.txt", predicate="displaced"),
            figures=(("people", "More than 130,000"),),
        ),
        replace(
            mention("130,000 people displaced", day("2019-10-13"), "b.txt", predicate="displaced"),
            figures=(("people", "130,000"),),
        ),
    ]
    assert merge_mentions(mentions)[0].conflicts == ()


_PRECISIONS = ["day", "week", "weekend", "month", "year", "interval"]


@st.composite
def spans(draw):
    start = date(2019, 1, 1) + timedelta(days=draw(st.integers(0, 60)))
    end = start + timedelta(days=draw(st.integers(0, 20)))
    precision = draw(st.sampled_from(_PRECISIONS))
    return TimeSpan("DATE", f"{start}/{end}", start, end, precision, "publication")


def _compatible(a: TimeSpan, b: TimeSpan) -> bool:
    """Two dates taken pairwise: same kind, intervals overlapping within the larger slack."""
    if _kind(a) != _kind(b):
        return False
    zero = timedelta(0)
    slack = max(_SLACK_DAYS.get(a.precision, zero), _SLACK_DAYS.get(b.precision, zero))
    return a.start <= b.end + slack and b.start <= a.end + slack


@given(st.lists(spans(), min_size=1, max_size=6), spans())
@settings(max_examples=300, deadline=None)
def test_a_clusters_date_bounds_agree_with_pairwise_compatibility(members, candidate):
    """The O(1) test of a date against a cluster equals testing it against every date."""
    cluster = _Cluster(kind=_kind(members[0]))
    members = [s for s in members if _kind(s) == cluster.kind]
    for span in members:
        cluster.add_span(span)
    assert _fits(cluster, candidate) == all(_compatible(s, candidate) for s in members)


def _syndicated() -> list:
    """Wire copies: the same sentences in several outlets, plus each outlet's own sentence."""
    wire = [
        ("Turkish jets struck Ras al-Ain on Sunday, the monitor said.", "2019-10-13"),
        ("Hundreds of ISIS families escaped from the Ain Issa camp on Sunday.", "2019-10-13"),
        (
            "Kurdish forces said they had lost contact with the prison guards on Sunday.",
            "2019-10-13",
        ),
        ("Washington said it would pull its troops out of northern Syria on Sunday.", "2019-10-13"),
    ]
    mentions = []
    for copy in range(6):
        document = f"{copy:02d}.txt"
        for i, (text, iso) in enumerate(wire):
            mentions.append(mention(text, day(iso), document=document, start=100 * i))
        own = f"Outlet {copy} reported shelling near Tal Abyad on Sunday, witness {copy} said."
        mentions.append(mention(own, day("2019-10-13"), document=document, start=900))
    return mentions


def test_merging_again_reusing_the_last_bags_gives_the_same_events():
    import timeline.merge as merge_module

    mentions = _syndicated()
    merge_module._last_bags = {}
    fresh = merge_mentions(mentions)
    assert merge_mentions(mentions) == fresh  # every bag from the last merge
    assert merge_mentions(mentions[::-1]) == fresh
    assert merge_mentions(mentions[:7]) == merge_mentions(mentions[:7])


def test_kept_products_of_repeated_wordings_change_no_score(monkeypatch):
    from timeline.merge import _Cluster as Cluster

    mentions = _syndicated()
    kept = merge_mentions(mentions)
    similarity = Cluster.similarity
    monkeypatch.setattr(
        Cluster, "similarity", lambda self, key, vector, dots: similarity(self, key, vector, None)
    )
    assert merge_mentions(mentions) == kept
    assert any(len(e.sources) == 6 for e in kept)  # the copies did merge


def test_the_dead_and_the_injured_are_two_measures_not_a_conflict():
    quake = day("2023-09-10")
    mentions = [
        mention("2,122 people had died and 2,421 were injured", quake, "a.txt", "Reuters"),
        mention("The quake killed 2,122 people", quake, "b.txt", "AP"),
    ]
    mentions[0] = replace(mentions[0], figures=(("killed", "2,122"), ("injured", "2,421")))
    mentions[1] = replace(mentions[1], figures=(("killed", "2,122"),))
    assert find_conflicts(mentions) == ()
    mentions[1] = replace(mentions[1], figures=(("killed", "2,000"),))
    assert [c[:2] for c in find_conflicts(mentions)] == [("killed", "2,122"), ("killed", "2,000")]


def test_figures_one_sentence_tells_together_are_no_conflict():
    verdict = day("2023-11-02")
    text = "He was convicted on two counts of wire fraud and five counts of conspiracy"
    counts = (("counts", "two"), ("counts", "five"))
    mentions = [
        replace(mention(text, verdict, "a.txt", "Reuters"), figures=counts),
        replace(mention(text, verdict, "b.txt", "Guardian"), figures=counts),
    ]
    assert find_conflicts(mentions) == ()
    assert find_conflicts(mentions[:1]) == ()
    # a toll told twice in one sentence is a dispute
    disputed = (("killed", "471"), ("killed", "100 to 300"))
    toll = replace(mention("471 killed, while U.S. intelligence estimated 100 to 300", verdict),
                   figures=disputed)  # fmt: skip
    assert {c[1] for c in find_conflicts([toll])} == {"471", "100 to 300"}
    # a range is one figure, no dispute with itself; another source telling one end of it
    # tells the measure otherwise
    ranged = replace(toll, figures=(("killed", "18,000 to 20,000"),))
    assert find_conflicts([ranged]) == ()
    other = replace(
        mention("could reach 20,000", verdict, "b.txt"), figures=(("killed", "20,000"),)
    )
    assert [c[1] for c in find_conflicts([ranged, other])] == ["18,000 to 20,000", "20,000"]
    # another sentence telling the measure otherwise still conflicts
    mentions[1] = replace(mentions[1], figures=(("counts", "seven"),))
    assert {c[1] for c in find_conflicts(mentions)} == {"two", "five", "seven"}


def test_the_headline_tells_what_happened_not_a_fragment_or_a_hedge():
    friday = day("2023-11-24")
    fragment = mention("To be released in the afternoon", friday, "g.txt", "Guardian", start=10)
    hedged = mention("The truce would not start before Friday", friday, "g.txt", start=20)
    told = mention(
        "Hamas freed 24 hostages on Friday, including 13 Israelis", friday, "ap.txt", start=900
    )
    event = build_event([fragment, hedged, told])
    assert event.headline == "Hamas freed 24 hostages on Friday, including 13 Israelis"
    assert build_event([fragment, hedged]).headline == "The truce would not start before Friday"
    # a short clause that is whole is its own headline, not its sentence of another day
    weekend = replace(
        mention("Travelers stranded over the weekend", friday, "ap.txt"),
        sentence="Delta canceled flights on Monday, leaving travelers stranded over the weekend.",
    )
    assert build_event([weekend]).headline == "Travelers stranded over the weekend"
    # a gerund or a noun with its relative clause leans on its sentence
    for fragment in ("Weakening over North Carolina overnight", "Deposits that began last weekend"):
        leaning = replace(mention(fragment, friday, "g.txt"), sentence=f"FTX filed. {fragment}.")
        assert build_event([leaning]).headline == f"FTX filed. {fragment}."
    # a subordinate clause is told without its conjunction
    update = replace(
        mention("After the faulty update on July 19 crippled its systems", friday, "ft.txt"),
        sentence="Bastian told CNBC on Wednesday that flights were canceled after the faulty "
        "update on July 19 crippled its systems.",
    )
    assert build_event([update]).headline == "The faulty update on July 19 crippled its systems"
    # "Until now," opens a whole clause: no conjunction to drop
    text = "Until now, the UN has been allowed to use only one crossing"
    assert build_event([mention(text, friday, "aj.txt")]).headline == text


def test_a_country_filter_keeps_the_events_in_its_towns():
    from timeline.filters import select_events

    wroclaw = Place("Wroclaw", 51.10286, 17.03006, "Poland", "town")
    opava = Place("Opava", 49.93866, 17.90257, "Czechia", "town")
    river = Place("Biala river")  # no coordinates, no country
    events = merge_mentions(
        [
            mention(
                "Floodwaters threatened the city of Wroclaw",
                day("2024-09-17"),
                "ap.txt",
                places=(wroclaw,),
                predicate="threatened",
            ),
            mention(
                "About 7,000 residents of Opava were evacuated",
                day("2024-09-14"),
                "reuters.txt",
                places=(opava,),
                predicate="evacuated",
            ),
            mention(
                "A bridge was swept away by the Biala river",
                day("2024-09-15"),
                "bbc.txt",
                places=(river,),
                predicate="swept",
            ),
        ]
    )
    assert [e.places for e in select_events(events, places=["Poland"])] == [(wroclaw,)]
    assert [e.places for e in select_events(events, places=["Czech Republic"])] == [(opava,)]
    assert len(select_events(events, places=["Europe"])) == 2
    assert [e.places for e in select_events(events, places=["Biala"])] == [(river,)]
    assert select_events(events, places=["Wroclaw"]) == select_events(events, places=["Poland"])


def test_an_acronym_finds_the_name_it_is_the_initials_of():
    from timeline.filters import actor_matches

    assert actor_matches("SVB", "Silicon Valley Bank")
    assert actor_matches("FAA", "U.S. Federal Aviation Administration")
    assert not actor_matches("SVB", "Signature Bank")
    assert not actor_matches("Svb", "Silicon Valley Bank")  # initials are written in capitals


def test_a_name_with_particles_is_found_whole_or_by_its_surname():
    from timeline.filters import actor_matches

    for query in ("Ursula von der Leyen", "von der Leyen", "Von der Leyen"):
        assert actor_matches(query, "Ursula von der Leyen"), query
    assert not actor_matches("Ursula von der Leyen", "Ursula")
    # a name of two words written family name first
    assert actor_matches("Fumio Kishida", "Kishida Fumio")
    assert not actor_matches("Fumio Kishida", "Fumio Sato")


def _lead(text: str, published: str, document: str, **fields):
    return replace(mention(text, day(published), document, **fields), dated_by="lead")


def test_a_lead_does_not_join_a_happening_of_other_places():
    kharkiv = replace(
        mention(
            "A Russian missile strike on Kharkiv killed five people on Monday, Ukrainian "
            "officials said.",
            day("2024-03-11"),
            "b.txt",
            actors=("Kharkiv",),
            predicate="killed",
        ),
        figures=(("killed", "five"),),
    )
    kyiv = replace(
        _lead(
            "A Russian missile strike on Kyiv killed three people and damaged apartment "
            "buildings, Ukrainian officials said.",
            "2024-03-13",
            "a.txt",
            actors=("Kyiv",),
            predicate="killed",
        ),
        figures=(("killed", "three"),),
    )
    events = merge_mentions([kharkiv, kyiv])
    assert sorted(str(e.span.start) for e in events) == ["2024-03-11", "2024-03-13"]
    assert all(not e.conflicts for e in events)
    # other towns keep them apart even when both name the same country as actor
    towns = [
        replace(kharkiv, actors=("Russia",), places=(Place("Kharkiv", 50.0, 36.2, "UA", "town"),)),
        replace(kyiv, actors=("Russia",), places=(Place("Kyiv", 50.5, 30.5, "UA", "town"),)),
    ]
    assert len(merge_mentions(towns)) == 2
    # a lead telling of the same strike still joins it
    same = replace(
        kyiv,
        text=kharkiv.text.replace(" on Monday", ""),
        actors=("Kharkiv",),
        figures=kharkiv.figures,
    )
    assert [e.n_sources for e in merge_mentions([kharkiv, same])] == [2]


def test_a_lead_is_compared_only_with_the_happenings_of_its_reach(monkeypatch):
    import timeline.merge as merge_module

    reads = [0]

    class Counted(dict):
        def __iter__(self):
            reads[0] += 1
            return super().__iter__()

    join = merge_module._join_leads

    def counted(clusters, ordered, threshold):
        for cluster in clusters:
            cluster.spans = Counted(cluster.spans)
        join(clusters, ordered, threshold)

    monkeypatch.setattr(merge_module, "_join_leads", counted)
    mentions = []
    for i in range(300):
        when = date(2020, 1, 1) + timedelta(days=3 * i)
        storm = f"Storm {i} flooded the town of Riverton {i} and cut power"
        mentions.append(mention(storm, day(str(when)), f"{i}.txt", predicate="flooded"))
        lead = f"Storm {i} has flooded the town of Riverton {i}"
        mentions.append(_lead(lead, str(when + timedelta(days=1)), f"lead{i}.txt"))
    events = merge_mentions(mentions)
    # every lead joins its own storm, the day before, and no other
    assert len(events) == 300 and all(e.n_sources == 2 for e in events)
    assert all(str(i) in e.headline.split() for i, e in enumerate(events))
    assert reads[0] < 5 * len(mentions)  # not one read per lead and happening (90,000)


# -- ids, date slack, unrelated stories, months (probe 17) -------------------------------------


def test_two_events_of_one_date_from_one_sentence_get_two_ids():
    """ "Binance had agreed to buy FTX, only to back out a day later": both happenings of
    one sentence, dated to one day, used to hash to one id (and `explain` failed)."""
    sentence = "Binance had agreed to buy FTX, only to back out a day later."
    agreed = replace(
        mention("Binance had agreed to buy FTX", day("2022-11-08"), "ap.txt"),
        sentence=sentence,
        date_start=5,
        date_text="earlier",
    )
    backed = replace(
        mention("Only to back out a day later", day("2022-11-08"), "ap.txt"),
        sentence=sentence,
        date_start=40,
        date_text="a day later",
    )
    events = merge_mentions([agreed, backed])
    assert len(events) == 2
    assert len({e.id for e in events}) == 2
    # stable: the same ids whatever the order, and with an unrelated story added
    unrelated = mention("Floods hit the town of Nysa", day("2024-09-15"), "bbc.txt")
    again = merge_mentions([unrelated, backed, agreed])
    assert {e.id for e in events} <= {e.id for e in again}
    assert len({e.id for e in again}) == 3


def test_a_weekend_does_not_join_a_day_outside_it():
    """ "a run on deposits that began last weekend" (5-6 November) is not "the crisis
    started on 2 November": a weekend has no week's slack."""
    weekend = TimeSpan(
        "DATE", "2022-W44-WE", date(2022, 11, 5), date(2022, 11, 6), "weekend", "publication"
    )
    run = mention(
        "A run on FTX deposits began last weekend",
        weekend,
        "g.txt",
        start=0,
        date_text="last weekend",
        predicate="began",
    )
    crisis = mention(
        "The FTX crisis began on 2 November with a run on deposits",
        day("2022-11-02"),
        "g.txt",
        start=200,
        date_text="2 November",
        predicate="began",
    )
    events = merge_mentions([run, crisis])
    assert [(e.span.value, [s.date_text for s in e.sources]) for e in events] == [
        ("2022-11-02", ["2 November"]),
        ("2022-W44-WE", ["last weekend"]),
    ]
    # a day inside the weekend still joins it
    saturday = replace(crisis, span=day("2022-11-05"), date_text="Saturday")
    [event] = merge_mentions([run, saturday])
    assert event.span.value == "2022-11-05" and len(event.sources) == 2


def _story(when: str) -> list:
    """Two reports of one deal, alike enough that the weights of their words decide."""
    return [
        mention(
            "Binance agreed on Tuesday to buy FTX, but pulled out the following day",
            day(when),
            "guardian.txt",
            actors=("Binance", "FTX"),
            predicate="agreed",
        ),
        mention(
            "Changpeng Zhao had announced that his company had signed a non-binding agreement "
            "to buy the non-US business of its struggling rival exchange, citing liquidity",
            day(when),
            "reuters.txt",
            actors=("Binance", "Changpeng Zhao", "FTX"),
            predicate="announced",
        ),
    ]


def _unrelated(count: int) -> list:
    return [
        mention(
            f"The council of town number {i} approved a new budget for roads and schools",
            day("2021-04-01"),
            f"u{i}.txt",
            predicate="approved",
        )
        for i in range(count)
    ]


def test_a_storys_merge_does_not_depend_on_unrelated_stories_of_other_dates():
    """Word weights are counted among the mentions whose dates can meet: unrelated articles
    of another year (which made the story's own words rarer) change neither how the story
    merges nor its ids."""
    story = _story("2022-11-08")
    alone = merge_mentions(story)
    assert len(alone) == 2  # alike, but not enough
    for count in (10, 20, 40):
        together = merge_mentions(story + _unrelated(count))
        assert [e for e in together if e.span.start.year == 2022] == alone


def test_a_month_joins_the_day_inside_it_that_its_words_tell_of():
    """ "Chauvin was convicted in April of ..." (NYT, June) and "convicted Tuesday of ..."
    (AP, 20 April) are one happening: one event, dated to the day."""
    charges = (
        "second-degree murder, third-degree murder and second-degree manslaughter in the "
        "death of George Floyd"
    )
    actors = ("Derek Chauvin", "George Floyd")
    april = TimeSpan("DATE", "2021-04", date(2021, 4, 1), date(2021, 4, 30), "month", "publication")
    verdict = mention(
        f"Derek Chauvin was convicted Tuesday of {charges}.",
        day("2021-04-20"),
        "ap.txt",
        "AP",
        actors=actors,
        predicate="convicted",
        date_text="Tuesday",
    )
    background = mention(
        f"Mr. Chauvin was convicted in April of {charges}.",
        april,
        "nyt.txt",
        "NYT",
        start=300,
        actors=actors,
        predicate="convicted",
        date_text="April",
    )
    sentenced = mention(
        "Derek Chauvin was sentenced on Friday to 22 and a half years in prison.",
        day("2021-06-25"),
        "nyt.txt",
        "NYT",
        actors=("Derek Chauvin",),
        predicate="sentenced",
        date_text="Friday",
    )
    events = merge_mentions([verdict, background, sentenced])
    assert [(e.span.value, [s.date_text for s in e.sources]) for e in events] == [
        ("2021-04-20", ["Tuesday", "April"]),
        ("2021-06-25", ["Friday"]),
    ]
    # other words, or a day of another month, stay apart
    other = replace(
        background,
        text="Mr. Chauvin was hired by the Minneapolis police department in April.",
        actors=("Derek Chauvin",),
        predicate="hired",
    )
    assert len(merge_mentions([verdict, other])) == 2
    may = replace(verdict, span=day("2021-05-04"))
    assert len(merge_mentions([may, background])) == 2


def test_review_a_months_tally_joins_no_day_and_a_short_lead_joins_its_happening(tmp_path):
    from timeline.pipeline import build

    (tmp_path / "aj.txt").write_text(
        "Israeli air strikes killed more than 2,000 Palestinians in Gaza in March, the Gaza "
        "health ministry said on Monday.\n"
    )
    (tmp_path / "reuters.txt").write_text(
        "Israeli air strikes killed 12 Palestinians in Gaza on Tuesday, the Gaza health "
        "ministry said.\n"
    )
    (tmp_path / "sources.csv").write_text(
        "file,outlet,published\naj.txt,Al Jazeera,2024-04-01\nreuters.txt,Reuters,2024-03-06\n"
    )
    values = {e.span.value for e in build([tmp_path]).events}
    assert {"2024-03", "2024-03-05"} <= values
    # a figure the day does not tell, or tells alike, parts nothing
    quake = tmp_path / "quake"
    quake.mkdir()
    (quake / "ap.txt").write_text(
        "A magnitude 7.8 earthquake struck southern Turkey and northern Syria on Feb. 6, "
        "destroying tens of thousands of buildings in Antakya and Kahramanmaras.\n"
    )
    (quake / "guardian.txt").write_text(
        "The magnitude 7.8 earthquake that struck southern Turkey and northern Syria in "
        "February killed more than 50,000 people and destroyed buildings in Antakya and "
        "Kahramanmaras.\n"
    )
    (quake / "sources.csv").write_text(
        "file,outlet,published\nap.txt,AP,2023-03-30\nguardian.txt,The Guardian,2023-03-30\n"
    )
    [struck] = [e for e in build([quake]).events if "earthquake" in e.headline]
    assert (struck.span.value, len(struck.sources)) == ("2023-02-06", 2)
    rom = tmp_path / "rom"
    rom.mkdir()
    (rom / "guardian.txt").write_text(
        "Pro-EU mayor of Bucharest wins Romania's presidential election\n\n"
        "Nicusor Dan has defeated the far-right nationalist George Simion in Romania's "
        "presidential runoff.\n"
    )
    (rom / "reuters.txt").write_text(
        "Centrist Dan defeats nationalist Simion in Romania presidential runoff\n\n"
        "Centrist Bucharest mayor Nicusor Dan won Romania's presidential runoff on Sunday, "
        "beating hard-right nationalist George Simion with 53.6% of the vote.\n"
    )
    (rom / "sources.csv").write_text(
        "file,outlet,published\nguardian.txt,The Guardian,2025-05-19\nreuters.txt,Reuters,2025-05-18\n"
    )
    [win] = [e for e in build([rom]).events if "Nicusor Dan" in e.headline]
    assert (win.span.value, len(win.sources)) == ("2025-05-18", 2)


def test_a_lead_whose_count_disagrees_is_a_later_count_not_the_days_happening(tmp_path):
    from timeline.pipeline import build

    (tmp_path / "reuters.txt").write_text(
        "Israeli air strikes killed at least 25 Palestinians across the Gaza Strip on Tuesday, "
        "including children, the Gaza health ministry said.\n"
    )
    (tmp_path / "aljazeera.txt").write_text(
        "Israeli air strikes have killed at least 30 Palestinians across the Gaza Strip, "
        "including children, according to the Gaza health ministry.\n"
    )
    (tmp_path / "sources.csv").write_text(
        "file,outlet,published\nreuters.txt,Reuters,2024-03-05\naljazeera.txt,Al Jazeera,2024-03-06\n"
    )
    events = build([tmp_path]).events
    assert sorted((e.span.value, len(e.sources)) for e in events) == [
        ("2024-03-05", 1),
        ("2024-03-06", 1),
    ]


def test_a_running_total_since_a_day_is_not_that_days_count(tmp_path):
    from timeline.pipeline import build

    (tmp_path / "reuters.txt").write_text(
        "Georgian police have detained 293 protesters in Tbilisi since Thursday, the interior "
        "ministry said.\n"
    )
    (tmp_path / "aljaz.txt").write_text(
        "Georgian police detained 107 protesters in Tbilisi on Saturday, the interior ministry "
        "said.\n"
    )
    (tmp_path / "sources.csv").write_text(
        "file,outlet,published\nreuters.txt,Reuters,2024-12-04\naljaz.txt,Al Jazeera,2024-12-01\n"
    )
    events = build([tmp_path]).events
    assert sorted(e.span.value for e in events) == ["2024-11-28/2024-12-04", "2024-11-30"]
    assert all(not e.conflicts for e in events)


def test_a_months_death_toll_joins_no_day_that_tells_no_such_count(tmp_path):
    from timeline.pipeline import build

    (tmp_path / "reuters.txt").write_text(
        "Israeli strikes on Rafah killed more than 400 people in March, Palestinian health "
        "officials said.\n"
    )
    (tmp_path / "ap.txt").write_text(
        "An Israeli strike on Rafah killed a family on Tuesday, hospital officials said.\n"
    )
    (tmp_path / "sources.csv").write_text(
        "file,outlet,published\nreuters.txt,Reuters,2024-03-28\nap.txt,AP,2024-03-27\n"
    )
    assert sorted(e.span.value for e in build([tmp_path]).events) == ["2024-03", "2024-03-26"]


def test_a_ship_that_hit_or_struck_a_bridge_is_one_happening_dated_by_its_clock_time():
    from timeline.model import TimeSpan

    tuesday = day("2024-03-26")
    at_1_30 = TimeSpan("TIME", "2024-03-26T01:30", tuesday.start, tuesday.end, "day", "publication")
    hit = mention(
        "A container ship lost power and hit a support column of the Key Bridge in Baltimore",
        tuesday, "reuters.txt", predicate="hit",
    )  # fmt: skip
    struck = mention(
        "The Key Bridge in Baltimore was struck by the container ship Dali at 01:30",
        at_1_30, "bbc.txt", predicate="struck",
    )  # fmt: skip
    [event] = merge_mentions([hit, struck])
    assert event.n_sources == 2 and event.span.value == "2024-03-26T01:30"


def test_a_time_told_to_the_minute_dates_the_event_before_a_round_hour():
    from timeline.model import TimeSpan

    monday = day("2024-01-01")

    def at(clock: str) -> TimeSpan:
        return TimeSpan("TIME", f"2024-01-01T{clock}", monday.start, monday.end, "day")

    rounded = mention("The quake struck shortly after 4 p.m. Monday", at("16:00"), "ap.txt")
    exact = mention("The quake struck at 4:10 p.m. on Monday", at("16:10"), "reuters.txt")
    event = build_event([rounded, exact])
    assert event.span.value == "2024-01-01T16:10"
    assert build_event([exact, rounded]).span.value == "2024-01-01T16:10"


def test_verbs_of_one_kind_of_happening_share_a_class():
    from timeline.similarity import verb_class

    # "closed 15% lower" is a market's close, not a bank shut
    assert verb_class("shut") != verb_class("closed")
    assert verb_class("posts") == verb_class("published")
    assert verb_class("died") == verb_class("dying") == verb_class("killed")
    # a prisoner released is no video posted
    assert verb_class("released") != verb_class("posted")
    # a train or ship that crashed, ploughed, slammed, rammed or derailed: one kind of impact
    impacts = {"crashed", "ploughed", "rammed", "derailed", "collided", "struck"}
    assert {verb_class(verb) for verb in impacts} == {verb_class("crash")}
    assert verb_class("crashed") != verb_class("fled")
    assert verb_class("slammed") != verb_class("struck")  # "the UN slammed the response"


def test_a_headline_is_told_on_the_events_own_day_not_a_retelling_of_its_week():
    friday = day("2024-07-19")
    retold = mention(
        "The global IT outage that hit computers worldwide last week",
        week("2024-W29", "2024-07-15", "2024-07-21"),
        "bbc.txt",
        start=0,
    )
    told = mention(
        "A faulty update crashed computers running Microsoft Windows on Friday",
        friday,
        "ap.txt",
        start=400,
    )
    event = build_event([retold, told])
    assert event.headline.startswith("A faulty update crashed computers")
    assert event.span.value == "2024-07-19"


def test_a_lead_is_the_happening_the_next_sentence_names_back_and_dates():
    text = (
        "West African leaders have given Niger's military junta a week to hand back power and "
        "threatened to use force if it does not."
    )
    lead = replace(_lead(text, "2023-07-31", "bbc.txt", predicate="given"), sentence_end=len(text))
    summit = "Ecowas made the decision at an emergency summit in Abuja on Sunday."
    told = mention(summit, day("2023-07-30"), "bbc.txt", start=len(text) + 2, predicate="made")
    [event] = merge_mentions([lead, told])
    assert str(event.span.start) == "2023-07-30"
    # not a sentence further on, nor one that names nothing back, nor a day out of reach
    later = replace(told, sentence_start=len(text) + 80)
    assert len(merge_mentions([lead, later])) == 2
    unnamed = replace(told, sentence="Ecowas met at an emergency summit in Abuja on Sunday.")
    assert len(merge_mentions([lead, unnamed])) == 2
    old = replace(told, span=day("2023-07-20"))
    assert len(merge_mentions([lead, old])) == 2
    # "The move came after ... on Friday": the day of what the lead's happening came after
    came = "The move came after prosecutors recommended on Friday that he be removed."
    after = replace(
        told,
        sentence=came,
        text=came,
        date_start=told.sentence_start + came.index("Friday"),
        date_end=told.sentence_start + came.index("Friday") + len("Friday"),
    )
    assert len(merge_mentions([lead, after])) == 2
    # the noun of the lead's own verb names it back too
    lead = replace(lead, predicate="arrested")
    arrests = "The arrests were made early on Tuesday in Belo Horizonte."
    assert len(merge_mentions([lead, replace(told, sentence=arrests, text=arrests)])) == 1
    lead = replace(lead, predicate="given")
    follows = "The arrests follow disorder on Thursday night in the town centre."
    later = replace(
        told, sentence=follows, text=follows, date_start=told.sentence_start + follows.index("Thu")
    )
    assert len(merge_mentions([replace(lead, predicate="arrested"), later])) == 2
    named = replace(after, sentence=summit, text=summit)
    named = replace(named, date_start=named.sentence_start + summit.index("Sunday"))
    assert len(merge_mentions([lead, named])) == 1


def test_one_odd_clock_minute_of_one_day_is_one_happening():
    on = date(2024, 7, 19)

    def at(clock: str, anchor: str) -> TimeSpan:
        return TimeSpan("TIME", f"{on}T{clock}", on, on, "day", anchor)

    texts = (
        "The faulty update was deployed at that minute, the company said",
        "CrowdStrike said the faulty update was released overnight to customers worldwide",
    )
    for clock, events in (("04:09", 1), ("07:00", 2)):
        mentions = [
            mention(texts[0], at(clock, "absolute"), "guardian.txt", predicate="deploy"),
            mention(texts[1], at(clock, "publication"), "reuters.txt", predicate="releas"),
            mention("Flights were grounded around the world", day("2024-07-19"), "ap.txt"),
        ]
        timed = [e for e in merge_mentions(mentions) if "T" in e.span.value]
        assert len(timed) == events, clock
    # two outlets' 5:47 p.m. is one happening though they share no word
    on = date(2024, 1, 2)
    nhk = "The collision happened at around 5:47 p.m. on the airport's Runway C"
    reuters = "The JAL Airbus A350 burst into flames as it landed at about 5:47 p.m. on Tuesday"
    for clock, events in (("17:47", 1), ("17:00", 2)):
        mentions = [
            mention(nhk, TimeSpan("TIME", f"{on}T{clock}", on, on, "day", "previous"), "nhk.txt"),
            mention(reuters, TimeSpan("TIME", f"{on}T{clock}", on, on, "day", "publication")),
        ]
        assert len(merge_mentions(mentions)) == events, clock


def test_one_articles_two_acts_at_one_odd_minute_stay_two():
    on = date(2022, 5, 24)
    at = TimeSpan("TIME", f"{on}T11:33", on, on, "day", "publication")
    mentions = [
        mention("At 11:33 a.m. the gunman entered the school", at, "ap.txt", predicate="enter"),
        mention("At 11:33 a.m. a teacher called 911 about the gunman", at, "ap.txt", start=200,
                predicate="call"),
    ]  # fmt: skip
    assert len(merge_mentions(mentions)) == 2


def test_two_sentences_sharing_only_the_copula_are_two_events():
    friday = day("2024-09-27")
    governor = mention("The governor was in Tampa on Friday", friday, "ap.txt", predicate="was")
    mayor = mention(
        "The mayor of Charlotte was on holiday on Friday", friday, "bbc.txt", predicate="was"
    )
    assert len(merge_mentions([governor, mayor])) == 2


def test_a_lead_joins_no_plan_told_ahead_of_its_day():
    from datetime import date as day_of

    names = ("Kimberly Cheatle", "US Secret Service")
    lead = replace(
        mention(
            "The director of the US Secret Service, Kimberly Cheatle, has resigned",
            day("2024-07-23"), "bbc.txt", actors=names, predicate="resigned",
        ),
        dated_by="lead", published=day_of(2024, 7, 23), date_text="",
    )  # fmt: skip
    # told as done, by an article of that day, it is the happening the lead tells
    done = replace(
        mention(
            "Kimberly Cheatle, the director of the US Secret Service, resigned on Monday",
            day("2024-07-22"), "guardian.txt", actors=names, predicate="resigned",
        ),
        published=day_of(2024, 7, 22),
    )  # fmt: skip
    assert len(merge_mentions([lead, done])) == 1
    # told ahead, by an article of two days before, it is a plan the lead does not confirm
    plan = replace(done, published=day_of(2024, 7, 20))
    assert len(merge_mentions([lead, plan])) == 2


def test_a_night_reaches_the_small_hours_of_the_next_day_not_its_morning():
    def at(value: str) -> TimeSpan:
        day_value = date.fromisoformat(value[:10])
        return TimeSpan("TIME", value, day_value, day_value, "day", "publication")

    overnight = mention(
        "Arsonists attacked the high-speed rail network with fires overnight",
        at("2024-07-25TNI"),
        "reuters.txt",
        predicate="attacked",
    )
    early = mention(
        "Fires were set along the high-speed rail network in the early hours of Friday",
        day("2024-07-26"),
        "ap.txt",
        date_text="in the early hours of Friday",
        predicate="attacked",
    )
    [event] = merge_mentions([overnight, early])
    assert event.span.value == "2024-07-26"  # the night's small hours: Friday
    morning = replace(early, span=at("2024-07-26TMO"))
    assert len(merge_mentions([overnight, morning])) == 2
    two_days = replace(early, span=day("2024-07-27"))
    assert len(merge_mentions([overnight, two_days])) == 2
    # the next day told alone is no evidence of its small hours: Tuesday night's riots are
    # not Wednesday's
    wednesday = replace(early, date_text="on Wednesday")
    assert len(merge_mentions([overnight, wednesday])) == 2
