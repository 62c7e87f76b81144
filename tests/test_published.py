"""Publication dates found in the text and inferred from the corpus (no spaCy needed)."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline.corpus import read_documents
from timeline.model import Document
from timeline.published import (
    AmbiguousDay,
    dating_counts,
    dating_summary,
    find_text_date,
    infer_publication_dates,
    parse_day,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"
BBC, EXPRESS = "001_f74e99542dbee671.txt", "003_87af4405ac1b461b.txt"


@pytest.fixture(scope="module")
def seeds_without_manifest(tmp_path_factory) -> dict[str, Document]:
    folder = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    documents = infer_publication_dates(list(read_documents([folder])))
    return {d.name: d for d in documents}


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2019-10-13", date(2019, 10, 13)),
        ("2019-10-13T23:30:00-05:00", date(2019, 10, 13)),
        ("13 October 2019", date(2019, 10, 13)),
        ("Sun, 13 Oct 2019 10:00:00 +0000", date(2019, 10, 13)),
        ("Tue Mar 15, 2011 4:57pm EDT", date(2011, 3, 15)),
        ("3:12 PM GMT+1, September 10, 2023", date(2023, 9, 10)),
        ("Wed, Feb 21 2024 2:02 PM EST", date(2024, 2, 21)),
        ("Sept. 10, 2023", date(2023, 9, 10)),
    ],
)
def test_parse_day_reads_full_dates(written, day):
    assert parse_day(written) == day


@pytest.mark.parametrize(
    "written",
    ["yesterday", "Oct 13", "October 2019", "2019-13-45", "", "30 February 2023 10:00 GMT"],
)
def test_parse_day_refuses_what_is_not_one_day(written):
    with pytest.raises(ValueError):
        parse_day(written)


def test_published_line_is_found_and_marked_text():
    found = find_text_date("Published: 13 October 2019\n\nBEIRUT (Reuters) - Text.", "a.txt")
    assert (found.published, found.published_by) == (date(2019, 10, 13), "text")
    assert "Published: 13 October 2019" in found.evidence


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Storm Babet: Three dead\n\n20 October 2023\n\nThree people have died.",
            date(2023, 10, 20),
        ),
        ("Headline\n\nFri 20 Oct 2023 14.30 BST\n\nBody.", date(2023, 10, 20)),
        ("Headline\nUpdated: October 20, 2023\n\nBody.", date(2023, 10, 20)),
        ("Wednesday, October 9, 2019\n\nThe offensive began.", date(2019, 10, 9)),
        ("Headline\n\nUpdated 10:32 AM EDT, Fri October 20, 2023\n\nBody.", date(2023, 10, 20)),
    ],
)
def test_a_line_that_is_a_whole_date_near_the_top_is_the_publication_date(text, day):
    found = find_text_date(text, "a.txt")
    assert (found.published, found.published_by) == (day, "text")


@pytest.mark.parametrize(
    "line, day",
    [
        ("Updated 3:12 PM GMT+1, September 10, 2023", date(2023, 9, 10)),  # AP
        ("Updated 9:47 PM GMT+2, November 24, 2023", date(2023, 11, 24)),
        ("September 10, 2023 6:48 PM GMT+1", date(2023, 9, 10)),  # Reuters
        ("September 10, 2023 6:48 PM GMT Updated 2 hours ago", date(2023, 9, 10)),
        ("March 27, 2024 11:54 PM GMT Updated", date(2024, 3, 27)),  # the age lost in a copy
        ("February 7, 2023\n3:42 PM GMT\nUpdated 2 hours ago", date(2023, 2, 7)),  # in three
        ("September 10, 2023 11:48 PM GMT-5", date(2023, 9, 10)),  # as written, not in UTC
        ("2023-09-10T15:12:00+01:00", date(2023, 9, 10)),
        ("2023-09-10T23:30:00-05:00", date(2023, 9, 10)),
        ("Last modified on Sun 10 Sep 2023 18.00 BST", date(2023, 9, 10)),  # Guardian
        ("10 September 2023 • 3:12pm", date(2023, 9, 10)),
        ("Published On 11 Sep 2023", date(2023, 9, 11)),  # Al Jazeera
        ("Published 3:12 PM GMT+1, September 10, 2023", date(2023, 9, 10)),
        ("Published Wed, Feb 21 2024 2:02 PM EST", date(2024, 2, 21)),  # CNBC
        ("KYODO NEWS - Dec 25, 2024 - 18:10 | All, Japan", date(2024, 12, 25)),  # Kyodo
        ("Issued on: 30/07/2024 - 16:04", date(2024, 7, 30)),  # France 24, day first
    ],
)
def test_timestamp_lines_of_2020s_news_sites_give_the_date_as_written(line, day):
    for text in (
        f"Quake hits Morocco\n\n{line}\n\nRescuers dug on Sunday.",
        f"Quake hits Morocco\n\nBy SAM METZ and TARIK EL-BARAKAH\n{line}\n\nShare\n\nBody.",
    ):
        found = find_text_date(text, "a.txt")
        assert (found.published, found.published_by, found.warning) == (day, "text", None)
        assert line.split("\n")[0] in found.evidence


@pytest.mark.parametrize(
    "text, day",
    [
        ("Quake\n\nMARRAKECH, Morocco, Sept. 10, 2023 (AP) — Rescuers dug.", date(2023, 9, 10)),
        ("MARRAKECH, Morocco, Sept. 10, 2023 (AP) — Rescuers dug.", date(2023, 9, 10)),
        # the dateline's own day, the year from the date line (a GMT time may be the next day)
        (
            (
                "Deal\n\nFebruary 20, 2024 1:14 AM GMT Updated 5 hours ago\n\n"
                "Feb 19 (Reuters) - Capital One agreed to buy Discover."
            ),
            date(2024, 2, 19),
        ),
        (
            (
                "Truce\n\nBy Maayan Lubell\n\nNovember 22, 2023 4:02 AM GMT+2\n\n"
                "DOHA/JERUSALEM, Nov 22 (Reuters) - Israel and Hamas agreed."
            ),
            date(2023, 11, 22),
        ),
        (
            "Year end\n\nJanuary 1, 2024 1:14 AM GMT\n\nNEW YORK, Dec 31 (Reuters) - Markets.",
            date(2023, 12, 31),
        ),
    ],
)
def test_a_dateline_gives_its_day(text, day):
    found = find_text_date(text, "a.txt")
    assert (found.published, found.published_by) == (day, "text")
    assert "dateline" in found.evidence


def test_a_dateline_without_a_year_takes_none_from_the_clock():
    assert find_text_date("Talks\n\nLONDON, March 14 (Reuters) - Talks began.", "a") is None
    # a date line far from the dateline's day does not lend it its year
    text = "Talks\n\nSeptember 10, 2023\n\nLONDON, March 14 (Reuters) - Talks began."
    assert find_text_date(text, "a").published == date(2023, 9, 10)


def test_a_yearless_dateline_takes_its_year_from_the_articles_reporting_the_same_news():
    undated = Document(
        "u.txt",
        "Detainees escape\n\nBEIRUT, Oct 14 (Reuters) - Detainees escaped from the Ain Issa camp, "
        "officials said.\n\nThe UN says 130,000 people have fled.\n\nMark Esper told CBS.",
    )
    result = infer_publication_dates([dated("d.txt", ESCAPE, date(2019, 10, 13)), undated])
    assert (result[1].published, result[1].published_by) == (date(2019, 10, 14), "inferred")
    assert "dateline" in result[1].published_evidence
    alone = infer_publication_dates([undated])[0]
    assert alone.published is None
    assert "Oct 14" in alone.published_evidence


@pytest.mark.parametrize(
    "text",
    [
        "20 October 2023\nTalks began.\n21 October 2023\nTalks ended.",  # a chronology's entry
        "20 October 2023 was the day it happened.\n\nMore.",  # a sentence
        "Headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n20 October 2023\n\nFive.",  # too far down
    ],
)
def test_a_date_line_must_stand_alone_near_the_top(text):
    assert find_text_date(text, "a.txt") is None


def test_malformed_date_line_is_one_warning_naming_the_file():
    found = find_text_date("date 2019-13-45 Text.", "bad.txt")
    assert found.published is None
    assert found.warning.startswith("bad.txt: malformed date line")


def test_a_sentence_is_not_a_date_line():
    assert find_text_date("Posted on Facebook by the ministry, the video spread.", "a") is None


def test_bbc_seed_is_inferred_from_the_2019_articles_it_shares_happenings_with(
    seeds_without_manifest,
):
    bbc = seeds_without_manifest[BBC]
    assert (bbc.published, bbc.published_by) == (date(2019, 10, 13), "inferred")
    assert 0.5 <= bbc.published_confidence < 1
    assert "Ain Issa" in bbc.published_evidence
    assert "130,000" in bbc.published_evidence
    assert "000" in bbc.published_evidence and "Sunday" in bbc.published_evidence
    assert not any("no publication date" in w for w in bbc.warnings)


def test_express_seed_stays_unknown_and_lists_its_unanchored_dates(seeds_without_manifest):
    express = seeds_without_manifest[EXPRESS]
    assert (express.published, express.published_by) == (None, "none")
    assert "does not fix the year" in express.published_evidence
    [warning] = [w for w in express.warnings if "no publication date" in w]
    assert warning.startswith(EXPRESS)
    for written in ("'Tuesday'", "'yesterday'", "'January 4'"):
        assert written in warning


def test_dated_documents_are_left_as_they_are(seeds_without_manifest):
    assert seeds_without_manifest["000_830f3864e2a1ff46.txt"].published_by == "text"


def dated(name: str, text: str, day: date) -> Document:
    return Document(name, text, published=day, published_by="text")


ESCAPE = (
    "Hundreds of detainees escaped from the Ain Issa camp on Sunday, Kurdish officials said.\n\n"
    "The United Nations said 130,000 people had fled their homes.\n\n"
    "Defence Secretary Mark Esper told CBS that about 1,000 troops would leave."
)


def test_weekdays_that_do_not_fit_the_shared_day_leave_it_unknown():
    undated = Document(
        "u.txt",
        "Detainees escaped from the Ain Issa camp on Thursday, officials said.\n\n"
        "The UN says 130,000 people have fled.\n\nMark Esper told CBS on Thursday that troops "
        "would leave.",
    )
    result = infer_publication_dates([dated("d.txt", ESCAPE, date(2019, 10, 13)), undated])
    assert result[1].published is None
    assert "do not fit" in result[1].published_evidence


def test_shared_background_without_the_lead_news_is_not_enough():
    undated = Document(
        "u.txt",
        "A ceasefire collapsed on Monday.\n\nTalks failed.\n\nTroops moved north.\n\n"
        "The Ain Issa camp once held 130,000 people, Mark Esper told CBS years ago.",
    )
    result = infer_publication_dates([dated("d.txt", ESCAPE, date(2019, 10, 13)), undated])
    assert result[1].published is None
    assert "not its lead" in result[1].published_evidence


def test_names_alone_tell_no_shared_happening():
    monitor = dated(
        "monitor.txt",
        "In a televised address, President Vladimir Putin called the mutiny treason.\n\n"
        "Wagner Group financier Yevgeny Prigozhin ordered his fighters to turn back from their "
        "advance on Moscow on Saturday evening.",
        date(2023, 6, 24),
    )
    undated = Document(
        "aljazeera.txt",
        "Wagner Group chief Yevgeny Prigozhin has arrived in Belarus, President Alexander "
        "Lukashenko said, days after the rebellion.\n\nLukashenko said he had persuaded Russian "
        "President Vladimir Putin not to wipe out Prigozhin during a phone call on Saturday.",
    )
    result = infer_publication_dates([monitor, undated])
    assert result[1].published is None  # the same people, but nothing else in common


def test_sentences_telling_other_figures_are_other_happenings():
    ap = dated(
        "ap.txt",
        "Rescue workers dug through the rubble on Wednesday.\n\n"
        "The magnitude 7.5 quake struck Monday afternoon near the tip of the Noto Peninsula.\n\n"
        "The coast guard aircraft was on its way to Niigata to deliver aid.",
        date(2024, 1, 3),
    )
    nhk = Document(
        "nhk.txt",
        "The number of people confirmed dead in the Noto Peninsula earthquake has risen to "
        "202, Ishikawa Prefecture said on Wednesday morning.\n\n"
        "The magnitude 6.0 aftershock struck on Tuesday off the coast of Niigata Prefecture.",
    )
    result = infer_publication_dates([ap, nhk])
    assert result[1].published is None


def test_a_later_past_date_rules_out_an_older_article():
    undated = Document(
        "u.txt",
        "Detainees escaped from the Ain Issa camp, officials said.\n\n"
        "The UN says 130,000 people have fled since March 2020.\n\nMark Esper told CBS.",
    )
    result = infer_publication_dates([dated("d.txt", ESCAPE, date(2019, 10, 13)), undated])
    assert result[1].published is None


def test_fixture_undated_text_is_dated_by_the_reuters_story():
    documents = {
        d.name: d for d in infer_publication_dates(list(read_documents([FIXTURES], on_error=print)))
    }
    undated = documents["undated.txt"]
    assert (undated.published, undated.published_by) == (date(2019, 10, 13), "inferred")
    assert "dateline.txt" in undated.published_evidence


def test_dating_counts_and_summary():
    documents = [
        Document("a", "x", published=date(2019, 1, 1), published_by="text"),
        Document("b", "x", published=date(2019, 1, 1), published_by="inferred"),
        Document("c", "x"),
    ]
    counts = dating_counts(documents)
    assert counts == {
        "option": 0, "manifest": 0, "metadata": 0, "text": 1, "inferred": 1, "none": 1
    }  # fmt: skip
    assert dating_summary(counts) == "dated: 0 by metadata, 1 by text, 1 inferred, 1 undated"


def test_a_year_a_sentence_looks_ahead_to_is_no_lower_bound():
    text = (
        "Capital One agreed to buy Discover in 2024, the company said.\n\n"
        "The deal is expected to close in late 2024 or early 2025, subject to approval."
    )
    alone = infer_publication_dates([Document("m.txt", text)])[0]
    assert alone.published is None
    assert "not before 2024" in alone.published_evidence
    assert "2025" not in alone.published_evidence


# -- dates in figures: day/month or month/day --------------------------------------------------


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("14/03/2024", date(2024, 3, 14)),  # 14 is no month: day first
        ("03/14/2024", date(2024, 3, 14)),  # 14 is no month: month first
        ("14/03/2024 - 18:02", date(2024, 3, 14)),
        ("14-03-2024", date(2024, 3, 14)),
        ("05/05/2024", date(2024, 5, 5)),  # either way the same day
        ("04.03.2024", date(2024, 3, 4)),  # dots: written day first
    ],
)
def test_a_day_in_figures_is_read_when_its_order_is_certain(written, day):
    assert parse_day(written) == day


def test_an_ambiguous_day_in_figures_is_refused_naming_both_readings():
    with pytest.raises(AmbiguousDay, match="3 April or 4 March"):
        parse_day("03/04/2024")
    found = find_text_date("Bridge collapses\n\n03/04/2024\n\nA bridge collapsed.", "a.txt")
    assert found.published is None
    assert found.warning.startswith("a.txt: ambiguous date line '03/04/2024'")


@pytest.mark.parametrize(
    "line",
    [
        "PUBLISHED THU, MAR 14 2024 6:02 PM EDT",
        "14.03.2024",
        "14/03/2024 - 18:02",
        "03/14/2024",
        "By Jane Doe | March 14, 2024",
        "14 March 2024 • Jane Doe",
        "By Jane Doe | CNN | March 14, 2024",  # the byline has a separator of its own
        "14 March 2024 • Jane Doe | CNN",
        "Published\n14 March 2024",  # BBC: the label over the date
    ],
)
def test_date_lines_of_other_layouts_give_the_publication_date(line):
    found = find_text_date(f"Bridge collapses\n\n{line}\n\nA bridge fell on Sunday.", "a.txt")
    assert (found.published, found.published_by, found.warning) == (date(2024, 3, 14), "text", None)
    assert line.split("\n")[-1] in found.evidence


# -- date lines as more sites are copied -------------------------------------------------------


@pytest.mark.parametrize(
    "line, day",
    [
        # NYT: "Updated" glued to the date: the publication day is the first
        ("Published June 25, 2021Updated June 26, 2021, 9:12 a.m. ET", date(2021, 6, 25)),
        ("September 29, 2022 7:52 PM UTC Updated 2 years ago", date(2022, 9, 29)),  # Reuters
        ("September 29, 2022 7:52 PM UTC Updated a year ago", date(2022, 9, 29)),
        ("April 20, 2021 / 5:30 PM / Updated 3 years ago", date(2021, 4, 20)),  # old Reuters
        ("Tuesday 20 April 2021 23:00, UK", date(2021, 4, 20)),  # Sky News
        ("Published On 20 Apr 202120 Apr 2021", date(2021, 4, 20)),  # Al Jazeera, twice
        ("Updated 0812 GMT (1612 HKT) March 24, 2021", date(2021, 3, 24)),  # CNN
    ],
)
def test_date_lines_as_copied_from_more_sites_give_the_publication_date(line, day):
    found = find_text_date(f"Chauvin\n\nBy Tim Arango\n{line}\n\nHe was convicted.", "a.txt")
    assert (found.published, found.published_by, found.warning) == (day, "text", None)
    assert line in found.evidence


# -- inference: weekdays named, unrelated documents (probe 17) ---------------------------------

VERDICT = (
    "Derek Chauvin was convicted on Tuesday of murdering George Floyd after 10 hours of "
    "deliberations by 12 jurors, 7,340 pages of evidence in hand.\n\n"
    'President Joe Biden said the verdict "can be a giant step forward in the march toward '
    'justice".'
)


def test_a_past_weekday_after_the_shared_news_day_dates_the_article_that_day():
    """An article reporting Tuesday's verdict that says "On Wednesday, ... announced" was
    written on the Wednesday (or later), not on the Tuesday, where its Wednesday would be
    six days before the news."""
    undated = Document(
        "bbc.txt",
        "Derek Chauvin has been found guilty of murdering George Floyd, with 7,340 pages of "
        "evidence before the jury.\n\nChauvin was convicted on Tuesday after the jury "
        'deliberated.\n\nPresident Joe Biden said the conviction was "a giant step forward in '
        'the march toward justice".\n\nOn Wednesday, Attorney General Merrick Garland '
        "announced a federal investigation.",
    )
    result = infer_publication_dates([dated("ap.txt", VERDICT, date(2021, 4, 20)), undated])
    assert (result[1].published, result[1].published_by) == (date(2021, 4, 21), "inferred")
    assert "its own day is a Wednesday" in result[1].published_evidence


def test_a_weekday_set_for_ahead_does_not_move_the_inferred_day():
    undated = Document(
        "bbc.txt",
        "Derek Chauvin has been found guilty of murdering George Floyd, with 7,340 pages of "
        "evidence before the jury.\n\nChauvin was convicted on Tuesday after the jury "
        'deliberated.\n\nPresident Joe Biden said the conviction was "a giant step forward in '
        'the march toward justice".\n\nA hearing on sentencing is set for Wednesday.',
    )
    result = infer_publication_dates([dated("ap.txt", VERDICT, date(2021, 4, 20)), undated])
    assert (result[1].published, result[1].published_by) == (date(2021, 4, 20), "inferred")


def test_unrelated_documents_change_no_inferred_date():
    """A name is rare among the articles that share a name, figure or quote with the one
    being dated: ten unrelated one-line articles made 'Derek Chauvin' rare in a corpus of
    fifteen, and the article was dated from names every story article uses."""
    documents = [
        dated(
            "ap.txt",
            "Former officer Derek Chauvin was convicted of murdering George Floyd in "
            "Minneapolis on Tuesday.\n\nAttorney General Keith Ellison thanked the jurors in "
            "Minneapolis.",
            date(2021, 4, 20),
        ),
        dated(
            "reuters.txt",
            "The jury in the trial of Derek Chauvin over the death of George Floyd began "
            "deliberating in Minneapolis on Monday.\n\nKeith Ellison gave the closing argument.",
            date(2021, 4, 19),
        ),
        Document(
            "bbc.txt",
            "Former officer Derek Chauvin has been found guilty of murdering George Floyd in "
            "Minneapolis.\n\nKeith Ellison, the attorney general, thanked the jurors.\n\n"
            "On Wednesday, Merrick Garland announced an inquiry.",
        ),
    ]
    unrelated = [
        Document(f"u{i}.txt", f"Unrelated {i}\n\nThe council of town {i} approved a budget.")
        for i in range(12)
    ]
    alone = infer_publication_dates(documents)[2]
    assert (alone.published, alone.published_by) == (None, "none")
    with_others = infer_publication_dates(documents + unrelated)[2]
    assert (with_others.published, with_others.published_evidence) == (
        alone.published,
        alone.published_evidence,
    )
