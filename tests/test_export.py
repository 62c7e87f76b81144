"""Exports: TimelineJS JSON, GeoJSON, Markdown and the HTML page (without a browser)."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.model import Event, Place, Source, Timeline, TimeSpan
from timeline.render import render
from timeline.render.html import script_json
from timeline.render.timelinejs import date_object

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

HOSTILE = (
    'Rebels said <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=2"> '
    "&amp; \"quoted\" 'single' </script><!-- -->]]> \u2028 *bold* [link](http://x.test)"
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    """The seeds rendered in every export format, through the CLI."""
    result = {}
    for fmt in ("timelinejs", "geojson", "markdown", "html", "jsonl"):
        built = run("build", str(SEEDS), "--format", fmt, "-q")
        assert built.exit_code == 0, built.output
        result[fmt] = built.stdout
    return result


def span(value: str, start: str, end: str, precision: str) -> TimeSpan:
    return TimeSpan("DATE", value, date.fromisoformat(start), date.fromisoformat(end), precision)


def hostile_timeline() -> Timeline:
    source = Source(
        document='<b>doc</b>"&.txt',
        outlet="<i>Outlet</i> & Co",
        published=date(2019, 10, 13),
        date_text="<u>Sunday</u>",
        sentence=HOSTILE,
        start=0,
        end=len(HOSTILE),
    )
    event = Event(
        id="abc123def456",
        span=span("2019-10-13", "2019-10-13", "2019-10-13", "day"),
        headline=HOSTILE,
        actors=("<script>alert(1)</script>",),
        places=(Place("Raqqa <svg onload=alert(1)>", 35.95, 39.01, "Syria", "town"),),
        sources=(source,),
        conflicts=(("people", "<b>100</b>", source.document),),
    )
    return Timeline(events=[event], documents=[])


def rendered(timeline: Timeline, fmt: str) -> str:
    stream = io.StringIO()
    render(timeline, fmt, stream)
    return stream.getvalue()


# TimelineJS ---------------------------------------------------------------------------------
# The field rules of https://timeline.knightlab.com/docs/json-format.html

TOP_LEVEL = {"events", "title", "eras", "scale"}
SLIDE = {
    "start_date", "end_date", "text", "media", "group", "display_date", "background",
    "autolink", "unique_id",
}  # fmt: skip
DATE_RANGES = {
    "month": (1, 12),
    "day": (1, 31),
    "hour": (0, 23),
    "minute": (0, 59),
    "second": (0, 59),
    "millisecond": (0, 999),
}
DATE_KEYS = {"year", *DATE_RANGES, "display_date", "format"}


def check_date(value: dict, where: str) -> tuple[int, ...]:
    assert isinstance(value, dict), where
    assert set(value) <= DATE_KEYS, f"{where}: unknown keys {set(value) - DATE_KEYS}"
    assert isinstance(value.get("year"), int), f"{where}: year is required and a number"
    for part, (low, high) in DATE_RANGES.items():
        if part in value:
            assert isinstance(value[part], int) and low <= value[part] <= high, (where, part)
    # Only known parts: no day without a month, no time without a day.
    order = ["year", "month", "day", "hour", "minute", "second", "millisecond"]
    present = [p for p in order if p in value]
    assert present == order[: len(present)], f"{where}: parts {present} leave a gap"
    if "day" in value:
        date(value["year"], value["month"], value["day"])  # a real calendar day
    return tuple(value.get(p, 0) for p in order)


def validate_timelinejs(document: dict) -> None:
    assert set(document) <= TOP_LEVEL
    assert isinstance(document["events"], list)
    assert document.get("scale", "human") in ("human", "cosmological")
    if "title" in document:
        assert set(document["title"]) <= SLIDE
    ids = [s["unique_id"] for s in document["events"] if "unique_id" in s]
    assert len(ids) == len(set(ids)), "unique_id must be unique"
    for number, slide in enumerate(document["events"]):
        where = f"events[{number}]"
        assert set(slide) <= SLIDE, f"{where}: unknown keys {set(slide) - SLIDE}"
        start = check_date(slide["start_date"], f"{where}.start_date")
        if "end_date" in slide:
            end = check_date(slide["end_date"], f"{where}.end_date")
            assert end >= start, f"{where}: ends before it starts"
        text = slide.get("text", {})
        assert set(text) <= {"headline", "text"}
        assert all(isinstance(v, str) for v in text.values())
        for key in ("group", "display_date", "unique_id"):
            assert isinstance(slide.get(key, ""), str), (where, key)
        assert isinstance(slide.get("autolink", True), bool)


def test_timelinejs_follows_the_published_field_rules(outputs):
    document = json.loads(outputs["timelinejs"])
    validate_timelinejs(document)
    events = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    assert len(document["events"]) == len(events)


def test_timelinejs_dates_carry_only_the_known_parts(outputs):
    events = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    slides = {
        s["unique_id"].removeprefix("event-"): s
        for s in json.loads(outputs["timelinejs"])["events"]
    }
    for event in events:
        slide = slides[event["id"]]
        if event["precision"] == "year":
            assert set(slide["start_date"]) == {"year"} and "end_date" not in slide
        if event["precision"] == "day" and event["start"] == event["end"]:
            assert set(slide["start_date"]) == {"year", "month", "day"} and "end_date" not in slide
        if event["start"] != event["end"] and event["precision"] in ("days", "weekend", "week"):
            assert slide["end_date"]["day"] == int(event["end"][8:])
        assert slide["display_date"]
        assert all(s["outlet"] in slide["text"]["text"] for s in event["sources"] if s["outlet"])


@pytest.mark.parametrize(
    ("precision", "parts"),
    [("day", {"year", "month", "day"}), ("month", {"year", "month"}), ("quarter", {"year", "month"}),
     ("year", {"year"}), ("decade", {"year"})],
)  # fmt: skip
def test_timelinejs_date_object_per_precision(precision, parts):
    assert set(date_object(date(2019, 10, 13), precision)) == parts


def test_timelinejs_groups_by_place_then_actor(outputs):
    events = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    slides = {
        s["unique_id"].removeprefix("event-"): s
        for s in json.loads(outputs["timelinejs"])["events"]
    }
    for event in events:
        expected = (event["places"] and event["places"][0]["name"]) or (
            event["actors"] and event["actors"][0]
        )
        assert slides[event["id"]].get("group") == (expected or None)


def test_timelinejs_escapes_article_text_because_it_renders_html():
    document = json.loads(rendered(hostile_timeline(), "timelinejs"))
    validate_timelinejs(document)
    slide = document["events"][0]
    assert "<script>" not in slide["text"]["headline"] + slide["text"]["text"]
    assert "<img" not in slide["text"]["text"] and "&lt;img src=x" in slide["text"]["text"]
    assert slide["autolink"] is False


# GeoJSON ------------------------------------------------------------------------------------


def test_geojson_has_one_point_per_geocoded_place_with_its_events(outputs):
    collection = json.loads(outputs["geojson"])
    assert collection["type"] == "FeatureCollection"
    events = {json.loads(line)["id"]: json.loads(line) for line in outputs["jsonl"].splitlines()}
    geocoded = {p["name"] for e in events.values() for p in e["places"] if "lat" in p}
    assert {f["properties"]["name"] for f in collection["features"]} == geocoded
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        lon, lat = feature["geometry"]["coordinates"]  # RFC 7946: longitude first
        assert feature["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
        name = feature["properties"]["name"]
        for summary in feature["properties"]["events"]:
            place = next(p for p in events[summary["id"]]["places"] if p["name"] == name)
            assert (place["lon"], place["lat"]) == (lon, lat)
        assert feature["properties"]["n_events"] == len(feature["properties"]["events"])


# Markdown -----------------------------------------------------------------------------------


def test_markdown_has_every_event_under_its_year_with_sources(outputs):
    text = outputs["markdown"]
    events = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    assert text.startswith("# Chronology\n")
    assert "## 2019" in text and "## 2026" in text
    assert text.count("- Sources (") == len(events)
    assert "### 13 October 2019" in text
    assert "Al Jazeera" in text and "BBC News" in text


def test_markdown_escapes_html_and_markdown_syntax():
    text = rendered(hostile_timeline(), "markdown")
    assert "<script>" not in text and "<img" not in text and "<svg" not in text
    assert "&lt;script&gt;" in text
    assert "\\*bold\\*" in text and "\\[link\\]" in text


# HTML (static checks; the browser test is tests/test_html_browser.py) ---------------------


def test_html_is_one_offline_file(outputs):
    page = outputs["html"]
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "<link" not in page
    assert "default-src 'none'" in page


def test_html_embeds_every_event_as_json(outputs):
    page = outputs["html"]
    match = re.search(
        r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.DOTALL
    )
    data = json.loads(match.group(1))
    events = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    assert [e["id"] for e in data["events"]] == [e["id"] for e in events]


def test_html_data_block_cannot_be_broken_out_of():
    page = rendered(hostile_timeline(), "html")
    # Only the page's own two script elements; the input's tags are JSON escapes.
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<img" not in page and "onerror" in page  # present only as escaped text
    match = re.search(
        r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.DOTALL
    )
    block = match.group(1)
    assert not set("<>&") & set(block)
    assert json.loads(block)["events"][0]["headline"] == HOSTILE


def test_script_json_escapes_markup_characters():
    assert script_json("</script>&\u2028") == '"\\u003c/script\\u003e\\u0026\\u2028"'


@pytest.mark.parametrize(
    ("suffix", "start"),
    [(".html", "<!DOCTYPE html>"), (".md", "# Chronology"), (".geojson", "{")],
)
def test_output_extension_picks_the_export_format(tmp_path, suffix, start):
    target = tmp_path / f"out{suffix}"
    assert run("build", str(SEEDS), "-o", str(target), "-q").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith(start)


# Inferred publication dates, and recognising our own outputs ------------------------------


def inferred_timeline() -> Timeline:
    """One event told by a dated article and by one whose publication date was inferred."""
    dated = Source(
        document="floods/bbc.txt",
        outlet="BBC News",
        published=date(2024, 9, 16),
        published_by="text",
        date_text="Sunday",
        sentence="The river burst its banks on Sunday.",
        start=0,
        end=36,
    )
    inferred = Source(
        document="floods/undated.txt",
        outlet=None,
        published=date(2024, 9, 17),
        published_by="inferred",
        date_text="Sunday",
        sentence="The river had burst its banks on Sunday.",
        start=0,
        end=40,
    )
    event = Event(
        id="0123456789ab",
        span=span("2024-09-15", "2024-09-15", "2024-09-15", "day"),
        headline="The river burst its banks on Sunday.",
        actors=(),
        places=(Place("Nysa", 50.47, 17.33, "Poland", "town"),),
        sources=(dated, inferred),
    )
    return Timeline(events=[event], documents=[])


def test_csv_and_tsv_give_each_documents_publication_date_and_where_it_came_from():
    import csv

    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        text = rendered(inferred_timeline(), fmt)
        [row] = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
        assert list(row)[-2:] == ["published", "published_by"]
        assert row["documents"] == "floods/bbc.txt; floods/undated.txt"
        assert row["published"] == "2024-09-16; 2024-09-17"
        assert row["published_by"] == "text; inferred"


def test_table_markdown_and_timelinejs_mark_only_the_inferred_publication_date():
    from timeline.render.table import write_table

    stream = io.StringIO()
    write_table(inferred_timeline(), stream, width=600)
    table = stream.getvalue()
    assert 'floods/undated.txt "Sunday", publication date inferred (2024-09-17)' in table
    assert table.count("inferred") == 1
    markdown = rendered(inferred_timeline(), "markdown")
    assert (
        "  - floods/undated.txt (2024-09-17, publication date inferred, “Sunday”, floods/undated.txt)"
        in markdown
    )
    assert markdown.count("inferred") == 1
    slide = json.loads(rendered(inferred_timeline(), "timelinejs"))["events"][0]
    assert "2024-09-17, publication date inferred" in slide["text"]["text"]
    assert slide["text"]["text"].count("inferred") == 1
    # JSON keeps its fields: published and published_by on each source.
    [record] = [json.loads(line) for line in rendered(inferred_timeline(), "jsonl").splitlines()]
    assert [(s["published"], s["published_by"]) for s in record["sources"]] == [
        ("2024-09-16", "text"),
        ("2024-09-17", "inferred"),
    ]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "markdown", "html", "table"])
def test_every_output_build_writes_is_recognised_as_one(fmt):
    from timeline.render.signatures import HEAD_BYTES, output_format

    for timeline in (inferred_timeline(), hostile_timeline(), Timeline(events=[], documents=[])):
        text = rendered(timeline, fmt)
        if text.strip():
            assert output_format(text[:HEAD_BYTES]) == fmt


@pytest.mark.parametrize(
    "text",
    [
        "id,date,headline,text\n1,2019-10-13,Escape,Hundreds escaped on Sunday.\n",
        '{"id": "1", "date": "2019-10-13", "text": "Hundreds escaped on Sunday."}\n',
        "# Chronology\n\nHundreds escaped from the camp on Sunday.\n",
        "<!DOCTYPE html><html><body><p>Hundreds escaped on Sunday.</p></body></html>",
        "13 October 2019\n\nHundreds escaped from the camp on Sunday.\n",
    ],
)
def test_articles_and_exports_are_not_taken_for_outputs(text):
    from timeline.render.signatures import output_format

    assert output_format(text) is None
