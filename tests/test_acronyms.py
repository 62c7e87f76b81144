"""An acronym one article spells out ("Silicon Valley Bank (SVB)") and another uses bare: one
actor across the corpus, on that evidence only."""

from __future__ import annotations

import json

from click.testing import CliRunner
from helpers import build_folder

from timeline.cli import cli
from timeline.entities import acronym_definitions, defined_acronyms
from timeline.filters import actor_matches
from timeline.pipeline import spelled_out

REUTERS = (
    "California regulators shut Silicon Valley Bank on Friday\n\n"
    "SAN FRANCISCO, March 10, 2023 (Reuters) - California regulators on Friday shut down "
    "Silicon Valley Bank (SVB) and appointed the Federal Deposit Insurance Corporation as "
    "receiver, in the largest U.S. bank failure since the 2008 financial crisis.\n"
)
AP = (
    "Regulators close SVB in biggest bank failure since 2008\n\n"
    "NEW YORK (AP) — Regulators closed SVB on Friday after a run on its deposits, the "
    "second-largest bank failure in U.S. history.\n\nPublished March 10, 2023\n"
)
MARKETS = (
    "Bank stocks slide\n\nNEW YORK (AP) — Shares of First Republic Bank closed 15% lower on "
    "Friday, as investors fled regional lenders.\n\nPublished March 10, 2023\n"
)


def test_an_acronym_is_learned_where_the_text_spells_it_out_as_its_initials():
    assert defined_acronyms("regulators shut down Silicon Valley Bank (SVB) and") == {
        "SVB": "Silicon Valley Bank"
    }
    assert defined_acronyms("fighting between the army and the Rapid Support Forces (RSF)") == {
        "RSF": "Rapid Support Forces"
    }
    # letters of the name's words, in order: the way most acronyms are made
    assert defined_acronyms("The Economic Community of West African States (Ecowas) gave") == {
        "Ecowas": "Economic Community of West African States"
    }
    assert defined_acronyms("The US Coast Guard (USCG) said") == {"USCG": "US Coast Guard"}
    # the owner is no part of the name
    assert defined_acronyms("Canada's Transportation Safety Board (TSB) said") == {
        "TSB": "Transportation Safety Board"
    }
    # a dateline's agency, and letters that are not the name's initials
    assert defined_acronyms("KYIV, Ukraine (AP) — Russia struck") == {}
    assert defined_acronyms("said Joe Biden (RNC) on Monday") == {}


def test_an_acronym_spelled_out_two_ways_in_the_corpus_is_left_as_written():
    meanings = spelled_out(
        [
            ("SVB", "Silicon Valley Bank"),
            ("RSF", "Rapid Support Forces"),
            ("SVB", "Silicon Valley Bank"),
            ("RSF", "Reporters Sans Frontieres"),
        ]
    )
    assert meanings == {"SVB": "Silicon Valley Bank"}


def test_a_bare_acronym_joins_the_name_another_outlet_spells_out(tmp_path):
    (tmp_path / "reuters.txt").write_text(REUTERS, encoding="utf-8")
    (tmp_path / "ap.txt").write_text(AP, encoding="utf-8")
    (tmp_path / "markets.txt").write_text(MARKETS, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--format", "jsonl", "--no-cache"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    closure = [e for e in events if {s["document"] for s in e["sources"]} >= {"ap.txt"}]
    shut = next(e for e in closure if "Silicon Valley Bank" in e["actors"])
    # "closed SVB" and "shut Silicon Valley Bank": one shutting, told by both outlets
    assert shut["date"] == "2023-03-10"
    assert {s["document"] for s in shut["sources"]} == {"ap.txt", "reuters.txt"}
    assert "SVB" not in shut["actors"]
    # a market's close that day is no shutting of a bank
    [stocks] = [e for e in events if "First Republic Bank" in e["actors"]]
    assert [s["document"] for s in stocks["sources"]] == ["markets.txt"]


def test_an_actor_query_finds_the_name_with_or_without_its_possessive_or_by_initials():
    assert actor_matches("Moody", "Moody's")
    assert actor_matches("Moody's", "Moody's")
    assert actor_matches("SVB", "Silicon Valley Bank")
    assert not actor_matches("Moody", "Apple")


def test_an_actor_query_by_an_acronym_one_article_spells_out(tmp_path):
    files = {
        "bbc.txt": " date 2023-06-22 Titan sub\n\nThe US Coast Guard (USCG) said on Thursday that "
        "debris had been found near the Titanic.\n",
        "ap.txt": " date 2023-06-22 Titan\n\nThe U.S. Coast Guard said on Thursday that all five "
        "aboard were dead.\n",
    }
    events = build_folder(tmp_path, files, "--actor", "uscg")
    # "U.S. Coast Guard" and "US Coast Guard" are one name; the query finds both reports
    assert {s["document"] for e in events for s in e["sources"]} == {"bbc.txt", "ap.txt"}
    assert all(e["actors"][0] == "US Coast Guard" for e in events)


def test_a_bare_national_body_is_the_one_another_article_names_with_its_country(tmp_path):
    files = {
        "ap.txt": " date 2023-06-19 Titan\n\nThe U.S. Coast Guard said on Monday that the "
        "submersible had 70 to 96 hours of oxygen.\n",
        "reuters.txt": "Noises heard\n\nBOSTON, June 21, 2023 (Reuters) - The Coast Guard "
        "estimated on Wednesday that the crew had about 20 hours of air left.\n",
        "israel.txt": "Boat stopped\n\nHAIFA, June 21, 2023 (Reuters) - The Coast Guard stopped "
        "a boat off Haifa on Wednesday.\n",
        "greek.txt": "Shipwreck\n\n14 June 2023\n\nThe Coast Guard estimated on Wednesday that "
        "the trawler had carried 750 people.\n",
    }
    events = build_folder(tmp_path, files)
    actors = {s["document"]: e["actors"] for e in events for s in e["sources"]}
    assert actors["reuters.txt"] == ["US Coast Guard"]
    # an article about places of another country keeps its own Coast Guard, and so does one
    # that tells no country at all
    assert actors["israel.txt"] == ["Coast Guard"]
    assert actors["greek.txt"] == ["Coast Guard"]


def test_review_regressions_of_acronyms(tmp_path):
    # the name starts where the letters do; an owner that is no country stays in the name
    assert defined_acronyms("Shares of Silicon Valley Bank (SVB) plunged") == {
        "SVB": "Silicon Valley Bank"
    }
    assert defined_acronyms("the Lord's Resistance Army (LRA) attacked") == {
        "LRA": "Lord's Resistance Army"
    }
    # letters that are not the name's make another meaning all the same: RSF is left alone
    assert acronym_definitions("Reporters Without Borders (RSF) said") == {"RSF": ""}
    assert spelled_out([("RSF", "Rapid Support Forces"), ("RSF", "")]) == {}
    # an article that shares nothing with the one that spells the acronym out keeps it bare
    files = {
        "icc.txt": " date 2023-03-17\n\nThe International Criminal Court (ICC) on Friday issued "
        "an arrest warrant for Russian President Vladimir Putin over the war in Ukraine.\n",
        "cricket.txt": " date 2023-03-17\n\nThe ICC said on Friday that Pakistan captain Babar "
        "Azam had accepted the sanction.\n",
    }
    events = build_folder(tmp_path, files)
    [cricket] = [e for e in events if e["sources"][0]["document"] == "cricket.txt"]
    assert "ICC" in cricket["actors"]
    assert "International Criminal Court" not in cricket["actors"]
