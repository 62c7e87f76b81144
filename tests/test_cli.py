"""End to end through the real CLI, on the real seeds and the real spaCy model."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import build_folder

from timeline.cli import cli
from timeline.render.records import COLUMNS, FIELDS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
AJ, BBC, WSJ, EXPRESS = (
    "000_830f3864e2a1ff46.txt",
    "001_f74e99542dbee671.txt",
    "002_9f8899a32a6ef314.txt",
    "003_87af4405ac1b461b.txt",
)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seeds_jsonl() -> str:
    result = run("build", str(SEEDS), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def events(seeds_jsonl) -> list[dict]:
    return [json.loads(line) for line in seeds_jsonl.splitlines()]


def find(events, *words, document=None):
    """Events whose headline or a source sentence holds all the words (case-insensitive)."""
    found = []
    for event in events:
        texts = [event["headline"]] + [s["sentence"] for s in event["sources"]]
        if document and document not in {s["document"] for s in event["sources"]}:
            continue
        if any(all(w.lower() in t.lower() for w in words) for t in texts):
            found.append(event)
    return found


def documents(event) -> set[str]:
    return {s["document"] for s in event["sources"]}


def test_every_event_has_the_contract_fields_and_a_source(events):
    assert events
    for event in events:
        assert tuple(event) == FIELDS
        assert event["sources"] and event["n_sources"] >= 1
        for source in event["sources"]:
            assert source["document"] in {AJ, BBC, WSJ, EXPRESS}
            assert source["sentence"]


def test_events_are_in_chronological_order(events):
    starts = [e["start"] for e in events]
    assert starts == sorted(starts)


def test_camp_escape_is_one_event_from_three_outlets_on_sunday(events):
    escapes = [e for e in find(events, "escaped") if {AJ, BBC, WSJ} <= documents(e)]
    assert len(escapes) == 1
    escape = escapes[0]
    assert escape["date"] == "2019-10-13"
    assert {"Al Jazeera", "BBC News", "The Wall Street Journal"} <= {
        s["outlet"] for s in escape["sources"]
    }
    assert any(p["name"] == "Ain Issa" and "lat" in p for p in escape["places"])


def test_offensive_launch_merges_last_week_and_wednesday(events):
    launches = [e for e in find(events, "launched") if {AJ, BBC, WSJ} <= documents(e)]
    assert len(launches) == 1
    launch = launches[0]
    assert launch["date"] == "2019-10-09"
    assert {"last week", "on Wednesday"} <= {s["date_text"] for s in launch["sources"]} | {
        "on " + s["date_text"] for s in launch["sources"]
    }


def test_displacement_of_130000_is_merged(events):
    displaced = [e for e in find(events, "130,000") if len(documents(e)) >= 2]
    assert len(displaced) == 1
    assert displaced[0]["date"] == "2019-10-13"


def test_chronology_starts_in_2019_and_drops_older_events(events):
    assert all(e["end"] >= "2019-01-01" for e in events)
    assert not find(events, "2014 campaign")
    assert not find(events, "nearly two years ago")
    defeated = find(events, "defeated", "in 2019")
    assert defeated and defeated[0]["date"] == "2019"


def test_daily_express_dates_anchor_on_wednesday_21_january_2026(events):
    withdrew = find(events, "withdrew on Tuesday", document=EXPRESS)
    assert withdrew and withdrew[0]["date"] == "2026-01-20"
    talks = find(events, "Talks collapsed", document=EXPRESS)
    assert talks and talks[0]["date"] == "2026-01-04"


def test_us_troop_evacuation_esper_on_cbs_is_one_event_from_two_outlets(events):
    evacuations = find(events, "evacuat")
    assert len(evacuations) == 1
    evacuation = evacuations[0]
    assert evacuation["date"] == "2019-10-13"
    assert "Mark Esper" in evacuation["actors"]
    sentences = [s["sentence"] for s in evacuation["sources"]]
    # The BBC's summary of the interview, and Al Jazeera's quote from it and its summary.
    assert any(s.startswith("US Defence Secretary Mark Esper told CBS News") for s in sentences)
    assert any("he told US broadcaster CBS" in s for s in sentences)
    assert any("prompting the US to prepare the evacuation" in s for s in sentences)
    assert evacuation["n_sources"] == 2
    assert not [e for e in find(events, "CBS") if e is not evacuation]
    result = run("explain", evacuation["id"], str(SEEDS))
    assert result.exit_code == 0, result.output
    assert result.stdout.count("reports the same interview: Mark Esper to CBS") == 2


def test_one_phone_call_told_twice_in_one_article_is_one_event(events):
    calls = [e for e in find(events, "call", document=EXPRESS) if e["start"] == "2026-01-19"]
    calls = [e for e in calls if any("al-Sharaa" in s["sentence"] for s in e["sources"])]
    assert len(calls) == 1
    assert len(calls[0]["sources"]) == 2


def test_same_input_gives_byte_identical_output(seeds_jsonl):
    again = run("build", str(SEEDS), "--format", "jsonl")
    assert again.stdout == seeds_jsonl


def test_csv_has_the_stable_columns_and_the_same_events(events):
    result = run("build", str(SEEDS), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == COLUMNS
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    assert all(r["date"] and r["documents"] for r in rows)


def test_output_file_is_written_and_format_follows_its_extension(tmp_path, events):
    target = tmp_path / "events.csv"
    result = run("build", str(SEEDS), "-o", str(target))
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith(",".join(COLUMNS))
    assert not [p for p in tmp_path.iterdir() if p.name != "events.csv"]


def test_table_shows_dates_places_and_outlets():
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--format", "table"], terminal_width=200)
    assert result.exit_code == 0
    assert "2019-10-13" in result.stdout and "Ain Issa" in result.stdout
    assert "Al Jazeera" in result.stdout


def test_summary_goes_to_stderr_not_stdout(seeds_jsonl):
    result = run("build", str(SEEDS), "--format", "jsonl")
    assert "documents read" in result.stderr
    assert "documents read" not in result.stdout


def test_undated_file_warns_naming_it_and_leaves_relative_dates_unanchored(tmp_path):
    (tmp_path / "undated.txt").write_text(
        "Turkey launched an assault on Sunday. Talks collapsed on January 4, 2020.",
        encoding="utf-8",
    )
    result = run("build", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0
    assert "undated.txt" in result.stderr and "no publication date" in result.stderr
    dates = [json.loads(line)["date"] for line in result.stdout.splitlines()]
    assert dates == ["2020-01-04"]


def test_doc_date_option_anchors_stdin():
    text = "Turkey launched an assault on Sunday against Kurdish forces in Syria."
    result = run("build", "-", "--doc-date", "-=2019-10-15", "--format", "jsonl", input=text)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["date"] for line in result.stdout.splitlines()] == ["2019-10-13"]


def test_since_and_until_filter(events):
    result = run(
        "build", str(SEEDS), "--since", "2026-01-01", "--until", "2026-01-19", "--format", "jsonl"
    )
    dates = [json.loads(line)["start"] for line in result.stdout.splitlines()]
    assert dates and all("2026-01-01" <= d <= "2026-01-19" for d in dates)


@pytest.mark.parametrize("value", ["2019-13-01", "last week", "20191013"])
def test_bad_since_is_a_usage_error(value):
    result = run("build", str(SEEDS), "--since", value)
    assert result.exit_code == 2
    assert "--since" in result.output


def test_missing_model_is_one_clear_line():
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "build", str(SEEDS), "--model", "no_such_model_xyz"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no_such_model_xyz" in lines[0] and "install" in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_path_is_reported_and_exit_is_zero_with_other_documents(tmp_path):
    result = run("build", str(SEEDS / AJ), str(tmp_path / "nope.txt"), "--format", "jsonl")
    assert result.exit_code == 0
    assert "nope.txt" in result.stderr
    assert result.stdout.strip()


def test_camp_escape_lists_the_disagreeing_figures_with_their_outlets(events):
    escape = next(e for e in find(events, "escaped") if {AJ, BBC, WSJ} <= documents(e))
    figures = {(c["figure"], c["outlet"]) for c in escape["conflicts"]}
    assert figures == {
        ("859", "Al Jazeera"),
        ("almost 800", "BBC News"),
        ("100", "BBC News"),
        ("785", "The Wall Street Journal"),
    }


def test_displacement_figure_agrees_so_no_conflict(events):
    displaced = next(e for e in find(events, "130,000") if len(documents(e)) >= 2)
    assert displaced["conflicts"] == []


def _ids(*args: str) -> list[dict]:
    result = run("build", str(SEEDS), "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_actor_filter_matches_aliases():
    selected = _ids("--actor", "ISIL")
    assert selected and all("Islamic State" in e["actors"] for e in selected)
    assert _ids("--actor", "Daesh") == selected


def test_actor_filter_matches_a_surname():
    selected = _ids("--actor", "Erdogan")
    assert selected and all("Recep Tayyip Erdogan" in e["actors"] for e in selected)


def test_place_filter_matches_another_spelling():
    selected = _ids("--place", "Ain Eissa")
    assert any({AJ, BBC, WSJ} <= documents(e) for e in selected)


def test_place_filter_with_a_region_finds_its_towns(tmp_path):
    files = {
        "glasgow.txt": "Flooding in Glasgow\n\nGLASGOW (Reuters) - Flooding forced hundreds of "
        "people from their homes in Glasgow on Monday, officials said.\n",
        "cardiff.txt": "Fire in Cardiff\n\nCARDIFF (Reuters) - A fire destroyed a warehouse in "
        "Cardiff on Tuesday, officials said.\n",
    }
    dates = ("--doc-date", "glasgow.txt=2023-10-11", "--doc-date", "cardiff.txt=2023-10-11")
    selected = build_folder(tmp_path, files, *dates, "--place", "Scotland")
    assert selected and {p["name"] for e in selected for p in e["places"]} == {"Glasgow"}
    wales = build_folder(tmp_path, {}, *dates, "--place", "Wales")
    assert wales and all(p["name"] == "Cardiff" for e in wales for p in e["places"])


def test_min_sources_keeps_events_reported_by_that_many_outlets():
    selected = _ids("--min-sources", "3")
    assert selected and all(e["n_sources"] >= 3 for e in selected)


def test_explain_shows_sources_dates_and_conflicts(events):
    escape = next(e for e in find(events, "escaped") if {AJ, BBC, WSJ} <= documents(e))
    result = run("explain", escape["id"][:8], str(SEEDS))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert escape["id"] in out
    assert '"Sunday" -> 2019-10-13' in out
    assert "the article's lead, dated by the publication day" in out
    assert "merged: similarity" in out
    assert "859 (Al Jazeera)" in out and "785 (The Wall Street Journal)" in out


def test_explain_finds_an_event_outside_the_default_window():
    # the seeds' 2017 event is printed by `build --since 2000-01-01` only
    built = run("build", str(SEEDS), "-f", "jsonl", "--since", "2000-01-01").stdout
    wide = [json.loads(line) for line in built.splitlines()]
    old = next(e for e in wide if e["date"] < "2019")
    result = run("explain", old["id"], str(SEEDS))
    assert result.exit_code == 0, result.output
    assert old["id"] in result.stdout and f"Date {old['date']}" in result.stdout


def test_explain_unknown_id_is_one_clear_error():
    result = run("explain", "ffffffffffff", str(SEEDS))
    assert result.exit_code == 1
    assert "no event has an id starting with 'ffffffffffff'" in result.output


def test_source_offsets_point_at_the_sentence_in_the_file_as_read(events):
    for event in events:
        for source in event["sources"]:
            text = (SEEDS / source["document"]).read_text(encoding="utf-8")
            quoted = text[source["start"] : source["end"]]
            assert " ".join(quoted.split()) == source["sentence"]


def test_nothing_readable_is_an_error_not_an_empty_chronology(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("build", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "no document could be read" in result.stderr
    assert result.stdout == ""


def test_he_is_the_person_last_named_as_a_subject(events):
    added = find(events, "He added that he was unable", document=AJ)
    assert added and added[0]["actors"][0] == "Mark Esper"
    warning = find(events, "He posted an apparent warning", document=EXPRESS)
    assert warning and warning[0]["actors"][0] == "Lindsey Graham"


def build_article(folder: Path, text: str) -> list[dict]:
    """The events `timeline build --format jsonl` gives for one article written to folder."""
    (folder / "article.txt").write_text(text)
    result = run("build", str(folder), "--format", "jsonl", "--no-cache")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_headline_is_not_the_lead_event(tmp_path):
    events = build_article(
        tmp_path,
        "Israel-Hamas war: aid convoy enters Gaza through Rafah crossing\n\n"
        "21 October 2023\n\n"
        "The first aid trucks entered Gaza through the Rafah crossing from Egypt on Saturday.\n\n"
        "Twenty lorries carrying medicine and food crossed into the territory, the UN said.\n",
    )
    assert [(e["date"], e["sources"][0]["date_text"]) for e in events] == [
        ("2023-10-21", "Saturday")
    ]
    assert all("Israel-Hamas war" not in s["sentence"] for e in events for s in e["sources"])


def test_a_range_of_days_dates_its_event_by_the_whole_range(tmp_path):
    events = build_article(
        tmp_path,
        "Talks in Geneva\n\n14 October 2023\n\n"
        "The summit ran from October 9 to 13 in Geneva, officials said.\n\n"
        "Delegates met again on October 9-10 in Vienna.\n\n"
        "Fighting raged between Monday and Wednesday in Gaza.\n\n"
        "The vote was postponed from October 9 to October 12.\n\n"
        "The deadline was extended from Monday until Wednesday.\n",
    )
    dates = {
        e["sources"][0]["sentence"].split()[1]: (e["date"], e["precision"], e["start"], e["end"])
        for e in events
    }
    assert dates["summit"] == ("2023-10-09/2023-10-13", "days", "2023-10-09", "2023-10-13")
    assert dates["met"] == ("2023-10-09/2023-10-10", "days", "2023-10-09", "2023-10-10")
    assert dates["raged"][0] == "2023-10-09/2023-10-11"  # Monday to Wednesday before Oct 14
    # A date moved from one day to another is no stretch of days.
    assert dates["vote"] == ("2023-10-09", "day", "2023-10-09", "2023-10-09")
    assert dates["deadline"][1] == "day"


def test_the_dead_and_the_injured_of_one_sentence_are_no_conflict(tmp_path):
    events = build_article(
        tmp_path,
        "10 September 2023\n\n"
        "By Sunday, 2,122 people had died in the earthquake in Morocco and 2,421 were injured, "
        "the interior ministry said on Sunday.\n",
    )
    assert events and all(e["conflicts"] == [] for e in events)


def test_the_attackers_count_is_no_count_of_the_dead(tmp_path):
    events = build_article(
        tmp_path,
        "14 October 2023\n\nSome 1,500 Hamas gunmen killed 1,200 people in southern Israel on "
        "Saturday, officials said.\n",
    )
    assert events and all(e["conflicts"] == [] for e in events)


def test_a_dash_between_two_clauses_is_no_range_and_a_range_takes_its_year(tmp_path):
    events = build_article(
        tmp_path,
        "20 November 2023\n\n"
        "The truce expired on Friday - Saturday saw the heaviest bombardment, medics said.\n\n"
        "Talks ran from Oct. 9 to Oct. 12, 2023 in Doha.\n",
    )
    dates = sorted(e["date"] for e in events)
    assert "2023-11-17/2023-11-18" not in dates
    assert "2023-10-09/2023-10-12" in dates


def test_a_paragraph_after_a_headline_is_one_sentence(tmp_path):
    # told only where the paragraph starts, the parser split it after its first word
    events = build_article(
        tmp_path,
        "Truce\n\n22 November 2023\n\nIsrael and Hamas agreed on Wednesday to a four-day truce.\n",
    )
    sentences = [s["sentence"] for e in events for s in e["sources"]]
    assert sentences == ["Israel and Hamas agreed on Wednesday to a four-day truce."]
    assert events[0]["date"] == "2023-11-22"


# -o: formats, permissions, and never reading back what a build wrote -------------------------


def one_error_line(result) -> str:
    """The one line a usage error prints on stderr (no banner, no traceback)."""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: ") and "Traceback" not in result.output
    return line


@pytest.mark.parametrize(("name", "told"), [("x.xlsx", "'.xlsx'"), ("events", "no extension")])
def test_an_output_extension_no_format_knows_is_a_one_line_usage_error(tmp_path, name, told):
    result = run("build", str(SEEDS), "-o", str(tmp_path / name))
    assert result.exit_code == 2
    line = one_error_line(result)
    assert told in line and "csv (.csv)" in line and "markdown (.md, .markdown)" in line
    assert "--format" in line
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_output_extension_with_format_writes_that_format(tmp_path):
    target = tmp_path / "x.xlsx"
    result = run("build", str(SEEDS), "-o", str(target), "--format", "csv", "-q")
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(",".join(COLUMNS).encode() + b"\r\n")


def test_output_file_has_the_umask_mode_and_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "events.csv"
    previous = os.umask(0o022)
    try:
        assert run("build", str(SEEDS), "-o", str(target), "-q").exit_code == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o640)
        assert run("build", str(SEEDS), "-o", str(target), "-q").exit_code == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
        os.umask(0o027)
        other = tmp_path / "other.jsonl"
        assert run("build", str(SEEDS), "-o", str(other), "-q").exit_code == 0
        assert stat.S_IMODE(other.stat().st_mode) == 0o640
    finally:
        os.umask(previous)
    assert target.read_text(encoding="utf-8").startswith("id,date")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "other.jsonl"]


def corpus_of_two_seeds(folder: Path) -> Path:
    folder.mkdir()
    for name in (AJ, WSJ):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    return folder


def test_output_written_into_the_input_folder_is_not_read_back(tmp_path):
    corpus = corpus_of_two_seeds(tmp_path / "corpus")
    target = corpus / "events.csv"
    first = run("build", str(corpus), "-o", str(target))
    assert first.exit_code == 0, first.output
    written = target.read_text(encoding="utf-8")
    again = run("build", str(corpus), "-o", str(target), "--strict")
    assert again.exit_code == 0, again.output
    assert "events.csv" not in again.stderr and "2 documents read" in again.stderr
    assert "0 warnings" in again.stderr
    assert target.read_text(encoding="utf-8") == written
    # Other outputs left in the folder by earlier runs are no articles either.
    for name in ("events.jsonl", "events.md", "events.html"):
        assert run("build", str(corpus), "-o", str(corpus / name), "-q").exit_code == 0
    (corpus / "table.txt").write_text(
        run("build", str(corpus), "--format", "table", "-q").stdout, encoding="utf-8"
    )
    result = run("build", str(corpus), "--format", "csv", "--strict")
    assert result.exit_code == 0, result.output
    assert "2 documents read" in result.stderr and "0 warnings" in result.stderr
    assert result.stdout == written


def test_an_output_of_build_named_as_input_is_one_warning_not_many(tmp_path):
    corpus = corpus_of_two_seeds(tmp_path / "corpus")
    target = tmp_path / "events.csv"
    assert run("build", str(corpus), "-o", str(target), "-q").exit_code == 0
    result = run("build", str(corpus / AJ), str(target), "--format", "jsonl")
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: events.csv: a csv output of timeline build, not articles; skipped"
    ]
    assert {s["document"] for line in result.stdout.splitlines()
            for s in json.loads(line)["sources"]} == {AJ}  # fmt: skip


def test_output_that_is_one_of_the_input_files_is_a_usage_error(tmp_path):
    corpus = corpus_of_two_seeds(tmp_path / "corpus")
    before = (corpus / AJ).read_bytes()
    result = run("build", str(corpus / AJ), "-o", str(corpus / AJ), "--format", "csv")
    assert result.exit_code == 2
    assert AJ in one_error_line(result) and "also an input" in result.stderr
    assert (corpus / AJ).read_bytes() == before


def test_output_onto_an_article_or_manifest_inside_a_folder_read_is_a_usage_error(tmp_path):
    corpus = corpus_of_two_seeds(tmp_path / "corpus")
    (corpus / "sources.csv").write_text("file,outlet\n" + AJ + ",Al Jazeera\n")
    for victim in (corpus / AJ, corpus / "sources.csv"):
        before = victim.read_bytes()
        result = run("build", str(corpus), "-o", str(victim), "--format", "csv")
        assert result.exit_code == 2
        assert "did not write" in one_error_line(result) and str(victim) in result.stderr
        assert victim.read_bytes() == before
    ours = corpus / "events.csv"  # an earlier output in the folder is replaced, not read
    assert run("build", str(corpus), "-o", str(ours), "-q").exit_code == 0
    first = ours.read_bytes()
    assert run("build", str(corpus), "-o", str(ours), "-q").exit_code == 0
    assert ours.read_bytes() == first
    for name in ("events.geojson", "events.json"):  # never read as articles: replaced again
        assert run("build", str(corpus), "-o", str(corpus / name), "-q").exit_code == 0
        assert run("build", str(corpus), "-o", str(corpus / name), "-q").exit_code == 0


# Documents of the same name in several folders --------------------------------------------

FLOODS = (
    "16 September 2024\n\n"
    "The river Nysa Klodzka burst its banks in the Polish town of Nysa on Sunday, forcing "
    "the evacuation of the hospital, the mayor said.\n"
)
ROMANIA = (
    "7 December 2024\n\n"
    "Calin Georgescu, who won the first round of Romania's presidential election last year, "
    "was barred from the rerun on Sunday by the electoral bureau.\n"
)


@pytest.fixture
def two_folders(tmp_path, monkeypatch) -> Path:
    """floods/reuters.txt, floods/ap.txt and romania/reuters.txt, the cwd their parent."""
    for folder, text in (("floods", FLOODS), ("romania", ROMANIA)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "reuters.txt").write_text(text, encoding="utf-8")
    (tmp_path / "floods" / "ap.txt").write_text(
        "17 September 2024\n\nRescuers searched the flooded town of Glucholazy on Monday.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sources_by_document(stdout: str) -> dict[str, dict]:
    return {s["document"]: s for line in stdout.splitlines() for s in json.loads(line)["sources"]}


def test_same_file_name_in_two_folders_is_named_by_its_folder(two_folders):
    result = run("build", "floods", "romania", "--format", "jsonl", "--since", "2000-01-01")
    assert result.exit_code == 0, result.output
    names = set(sources_by_document(result.stdout))
    assert names == {"floods/reuters.txt", "ap.txt", "romania/reuters.txt"}
    csv_result = run("build", "floods", "romania", "--format", "csv", "--since", "2000-01-01")
    documents = {d for r in csv.DictReader(io.StringIO(csv_result.stdout))
                 for d in r["documents"].split("; ")}  # fmt: skip
    assert documents == names
    # One folder alone: names inside it, as before.
    alone = run("build", "floods", "--format", "jsonl")
    assert set(sources_by_document(alone.stdout)) == {"reuters.txt", "ap.txt"}


def test_doc_date_for_a_name_several_files_have_is_a_one_line_error(two_folders):
    result = run("build", "floods", "romania", "--doc-date", "reuters.txt=2024-09-20")
    assert result.exit_code == 2
    line = one_error_line(result)
    assert "--doc-date reuters.txt" in line
    assert "floods/reuters.txt" in line and "romania/reuters.txt" in line
    assert result.stdout == ""


@pytest.mark.parametrize("key", ["romania/reuters.txt", "./romania/reuters.txt"])
def test_doc_date_by_path_dates_only_that_file(two_folders, key):
    result = run(
        "build", "floods", "romania", "--doc-date", f"{key}=2024-12-08", "--format", "jsonl"
    )
    assert result.exit_code == 0, result.output
    sources = sources_by_document(result.stdout)
    assert (sources["romania/reuters.txt"]["published"], sources["romania/reuters.txt"][
        "published_by"]) == ("2024-12-08", "option")  # fmt: skip
    assert sources["floods/reuters.txt"]["published_by"] != "option"
    assert "warning:" not in result.stderr


# Inferred publication dates are marked in every format ------------------------------------


def table_column(table: str, heading: str) -> list[str]:
    """The text of one column of a rich table, a string per row (wrapped lines joined)."""
    lines = table.splitlines()
    index = next(i for i, cell in enumerate(lines[1].split("┃")) if cell.strip() == heading)
    cells, current = [], []
    for line in lines[3:]:
        if line.startswith(("├", "└")):
            cells.append(" ".join(current))
            current = []
        else:
            current.append(line.split("│")[index].strip())
    return [" ".join(cell.split()) for cell in cells]


def test_inferred_publication_date_is_marked_in_csv_table_and_markdown(events):
    inferred = {
        s["document"] for e in events for s in e["sources"] if s["published_by"] == "inferred"
    }
    assert inferred == {BBC}
    rows = list(csv.DictReader(io.StringIO(run("build", str(SEEDS), "--format", "csv").stdout)))
    assert tuple(rows[0])[-2:] == ("published", "published_by")
    for row, event in zip(rows, events, strict=True):
        documents = row["documents"].split("; ")
        published = dict(zip(documents, row["published"].split("; "), strict=True))
        by = dict(zip(documents, row["published_by"].split("; "), strict=True))
        for source in event["sources"]:
            assert published[source["document"]] == source["published"]
            assert by[source["document"]] == source["published_by"]
    cells = table_column(run("build", str(SEEDS), "--format", "table").stdout, "Sources")
    marked = [cell for cell in cells if "publication date inferred" in cell]
    assert marked and marked == [cell for cell in cells if "BBC News" in cell]
    assert all("publication date inferred (2019-10-13)" in cell for cell in marked)
    markdown = run("build", str(SEEDS), "--format", "markdown").stdout
    marked = [line for line in markdown.splitlines() if "publication date inferred" in line]
    assert marked and all(line.startswith("  - BBC News (2019-10-") for line in marked)
    bbc_lines = [line for line in markdown.splitlines() if line.startswith("  - BBC News")]
    assert len(marked) == len(bbc_lines)


def test_output_into_a_missing_folder_is_one_line_before_any_work(tmp_path):
    target = tmp_path / "nowhere" / "events.csv"
    result = run("build", str(SEEDS), "-o", str(target))
    assert result.exit_code == 2
    assert "no such directory" in one_error_line(result) and str(target) in result.stderr
    assert "documents read" not in result.stderr


def test_the_summary_counts_the_events_the_date_window_left_out(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Published 19 May 2025\n\nDan won the runoff on Sunday.\n\n"
        "The first round, on Nov. 24, 2024, was won by Georgescu.\n"
    )
    result = run("build", str(tmp_path), "--format", "jsonl", "--no-cache")
    assert [json.loads(line)["date"] for line in result.stdout.splitlines()] == ["2025-05-18"]
    assert "(from 2025-01-01; 1 outside it, --since/--until to see them)" in result.stderr
    result = run("build", str(tmp_path), "--format", "jsonl", "--no-cache", "--since", "2024-01-01")
    assert len(result.stdout.splitlines()) == 2
    assert "outside it" not in result.stderr


def test_an_ambiguous_doc_date_is_one_line_in_sources_and_tag(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "r.txt").write_text("Rain fell on Sunday.\n")
    for command in ("sources", "tag"):
        result = CliRunner().invoke(
            cli,
            [command, str(tmp_path / "a"), str(tmp_path / "b"), "--doc-date", "r.txt=2024-09-20"],
        )
        assert result.exit_code == 2, (command, result.output)
        assert "2 files have that name" in result.output
        assert "Traceback" not in result.output


def test_a_number_in_a_name_is_no_figure(tmp_path):
    events = build_article(
        tmp_path,
        "5 November 2024\n\nShares have fallen 40% since a door plug blew out of an Alaska "
        "Airlines 737 Max 9 in January, and 25 workers were hurt.\n",
    )
    assert events and all(e["conflicts"] == [] for e in events)


def test_he_is_the_person_named_before_him_in_his_own_sentence(tmp_path):
    events = build_article(
        tmp_path,
        "5 November 2024\n\nUnion leader Jon Holden said the vote was close.\n\n"
        "Chief Executive Kelly Ortberg, who took the helm in August, said he was pleased.\n",
    )
    helm = next(e for e in events if "helm" in e["headline"])
    assert "Jon Holden" not in helm["actors"] and "Kelly Ortberg" in helm["actors"]


def test_one_articles_two_happenings_of_a_day_with_no_doer_in_common_stay_two(tmp_path):
    text = (
        "Airlines cancel more Max 9 flights\n\nWed 10 Jan 2024 09.00 GMT\n\n"
        "Alaska Airlines said on Tuesday it was cancelling all flights on its Max 9s through "
        "Thursday, affecting about 23,000 passengers. United said it had cancelled 225 flights "
        "on Tuesday.\n"
    )
    events = build_folder(tmp_path, {"guardian.txt": text}, "--since", "2024-01-01")
    tuesday = [e for e in events if e["start"] == "2024-01-09"]
    assert len(tuesday) == 2, [e["headline"] for e in events]
    assert {tuple(e["actors"]) for e in tuesday} >= {("United",)}


def test_an_article_that_tells_its_lead_again_with_no_other_doer_or_place_is_one_event(tmp_path):
    quake = (
        "Earthquake kills thousands in Turkey and Syria\nTue 7 Feb 2023 06.00 GMT\n\n"
        "A magnitude 7.8 earthquake struck southern Turkey and northern Syria on Monday, killing "
        "more than 4,000 people.\n\nThe tremor, which hit at 4.17am local time on Monday while "
        "people slept, was felt as far away as Cyprus and Lebanon.\n\nRescuers worked through "
        "the night in Gaziantep, where dozens of buildings collapsed on Monday.\n"
    )
    events = build_folder(tmp_path, {"quake.txt": quake}, "--since", "2023-01-01")
    [struck] = [e for e in events if "magnitude 7.8" in e["headline"]]
    assert struck["date"] == "2023-02-06T04:17"
    assert len(struck["sources"]) == 2


def test_a_decision_named_back_and_dated_dates_the_lead_whatever_it_came_after(tmp_path):
    niger = (
        "Niger junta closes airspace\nMon 7 Aug 2023 08.00 BST\n\n"
        "Niger's military junta has closed the country's airspace, citing the threat of military "
        "intervention.\n\nThe decision, announced after an ultimatum from West African leaders "
        "expired, was read out on state television on Sunday night.\n"
    )
    events = build_folder(tmp_path, {"niger.txt": niger}, "--since", "2023-01-01")
    [closed] = [e for e in events if "closed the country's airspace" in str(e["sources"])]
    assert closed["date"] == "2023-08-06TNI"


def test_one_train_crash_told_with_other_verbs_by_three_outlets_is_one_event(tmp_path):
    reuters = (
        "India train crash kills 288\n\nJune 3, 2023 6:41 PM GMT+1\n\n"
        "BALASORE, India, June 3 (Reuters) - At least 288 people were killed when a passenger "
        "train derailed and crashed into a freight train in the eastern Indian state of Odisha "
        "on Friday evening, officials said.\n\nThe Coromandel Express came off the tracks near "
        "Bahanaga Bazar station at about 7 p.m. on Friday and hit a goods train, railway "
        "officials said.\n"
    )
    ap = (
        "India lowers train crash death toll to 275\n\nUpdated 4:18 PM GMT+1, June 4, 2023\n\n"
        "BALASORE, India (AP) — Indian officials on Sunday lowered the death toll from the "
        "country's deadliest train crash in decades to 275.\n\nFriday night's crash happened "
        "when the Coromandel Express was wrongly sent onto a side track at Bahanaga Bazar "
        "station and slammed into a parked freight train.\n"
    )
    guardian = (
        "Three Indian railway officials arrested over Odisha train crash\n\n"
        "Sat 8 Jul 2023 09.14 BST\n\n"
        "Indian investigators have arrested three railway employees over last month's train "
        "crash in Odisha.\n\nThe Central Bureau of Investigation said on Friday that it had "
        "detained a section engineer working in Balasore district, where the Coromandel Express "
        "ploughed into a stationary goods train on 2 June.\n"
    )
    files = {"reuters.txt": reuters, "ap.txt": ap, "guardian.txt": guardian}
    events = build_folder(tmp_path, files, "--since", "2023-01-01")
    crash = [e for e in events if e["start"] == "2023-06-02"]
    assert len(crash) == 1, [e["headline"] for e in crash]
    assert crash[0]["date"] == "2023-06-02T19:00"
    assert {s["document"] for s in crash[0]["sources"]} == set(files)


def test_a_plural_common_noun_opening_a_sentence_or_a_runway_is_no_actor(tmp_path):
    # "Transcripts released by the ministry showed": no organisation; a people's name
    # ("Kurds", "Socialists", and so "Arsonists") stays one
    reuters = (
        "France's high-speed rail network hit by arson attacks\n\n"
        "July 26, 2024 12:47 PM GMT+1\n\n"
        "PARIS, July 26 (Reuters) - Arsonists attacked France's high-speed rail network in a "
        "series of coordinated strikes overnight, paralysing traffic on Friday.\n\n"
        "Shell said on Friday it had moved staff by road.\n"
    )
    nhk = (
        "Five dead after JAL plane collides with coast guard aircraft\n\n"
        "Jan. 2, 2024 22:40 JST\n\nNHK WORLD-JAPAN\n\n"
        "The collision happened at around 5:47 p.m. on the airport's Runway C. The JAL plane "
        "burst into flames.\n\nTranscripts released by the ministry on Wednesday showed the "
        "plane was told to wait.\n"
    )
    events = build_folder(
        tmp_path, {"reuters.txt": reuters, "nhk.txt": nhk}, "--since", "2024-01-01"
    )
    actors = {a for e in events for a in e["actors"]}
    assert not actors & {"Transcripts", "Runway C."}, actors
    assert "Shell" in actors
    places = {p["name"] for e in events for p in e["places"]}
    assert "Runway C." in places


def test_earlier_that_day_after_a_lead_is_no_detail_of_it(tmp_path):
    bbc = (
        " date 2021-03-29 Suez Canal: Ever Given freed\n\n"
        "The Ever Given was refloated at about 15:05 local time (13:05 GMT) on Monday, after "
        "days of efforts by tugboats and dredgers.\n\n"
        "Earlier on Monday, salvage crews had partially refloated the ship by shifting its "
        "stern from the western bank of the canal.\n"
    )
    events = build_folder(tmp_path, {"bbc.txt": bbc}, "--since", "2021-01-01")
    assert sorted(e["date"] for e in events) == ["2021-03-29", "2021-03-29T15:05"]
