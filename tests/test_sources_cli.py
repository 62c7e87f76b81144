"""`timeline sources` and the dating of documents end to end through `timeline build`."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.commands.sources import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"
AJ, BBC, WSJ, EXPRESS = (
    "000_830f3864e2a1ff46.txt",
    "001_f74e99542dbee671.txt",
    "002_9f8899a32a6ef314.txt",
    "003_87af4405ac1b461b.txt",
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def rows(result) -> dict[str, dict]:
    return {row["document"]: row for row in map(json.loads, result.stdout.splitlines())}


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory) -> Path:
    """The seeds as a user without our manifest has them."""
    folder = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def test_sources_of_the_seeds_one_row_per_document():
    result = run("sources", str(SEEDS), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    found = rows(result)
    assert sorted(found) == [AJ, BBC, WSJ, EXPRESS]
    for row in found.values():
        assert tuple(row) == COLUMNS
    assert (found[AJ]["published"], found[AJ]["published_by"]) == ("2019-10-13", "text")
    assert (found[BBC]["published"], found[BBC]["published_by"]) == ("2019-10-13", "inferred")
    assert found[BBC]["outlet"] == "BBC News" and "Ain Issa" in found[BBC]["evidence"]
    assert (found[EXPRESS]["published"], found[EXPRESS]["published_by"]) == (
        "2026-01-21",
        "manifest",
    )
    assert "1 by manifest, 0 by metadata, 2 by text, 1 inferred, 0 undated" in result.stderr


def test_sources_without_the_manifest_leave_the_express_unknown(seeds_copy):
    result = run("sources", str(seeds_copy), "--format", "jsonl")
    found = rows(result)
    assert found[BBC]["published"] == "2019-10-13"
    assert found[EXPRESS]["published"] is None and found[EXPRESS]["published_by"] == "none"
    assert found[EXPRESS]["confidence"] == 0
    assert any("relative dates left unanchored" in w for w in found[EXPRESS]["warnings"])
    assert result.exit_code == 0
    assert run("sources", str(seeds_copy), "--strict").exit_code == 1


def test_sources_csv_and_table():
    result = run("sources", str(FIXTURES), "--format", "csv")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(table[0]) == COLUMNS
    by_name = {row["document"]: row for row in table}
    assert by_name["page.html"]["published_by"] == "metadata"
    assert by_name["dateline.txt"]["outlet"] == "Reuters"
    result = run("sources", str(FIXTURES), "--format", "table")
    assert "page.html" in result.stdout and "inferred" in result.stdout


def test_every_input_type_through_sources():
    found = rows(run("sources", str(FIXTURES), "--format", "jsonl"))
    by = {name: (row["published"], row["published_by"]) for name, row in found.items()}
    assert by["page.html"] == ("2019-10-14", "metadata")
    assert by["notes.md"] == ("2019-10-15", "metadata")
    assert by["export.jsonl:1"] == ("2019-10-13", "metadata")
    assert by["export.csv:1"] == ("2019-10-15", "metadata")
    assert by["dateline.txt"] == ("2019-10-13", "text")
    assert by["undated.txt"] == ("2019-10-13", "inferred")
    assert by["export.jsonl:3"] == (None, "none")


def test_bad_input_gives_one_line_each_exit_0_and_1_with_strict(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2019-10-13 Troops moved.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin.txt").write_bytes(" date 2019-10-13 Café on Sunday.".encode("cp1252"))
    (tmp_path / "bad-date.txt").write_text(" date 2019-13-45 Troops left.", encoding="utf-8")
    (tmp_path / "twice.txt").write_text(" date 2019-10-13 Troops moved.", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    result = run("sources", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0
    assert "Traceback" not in result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    for name in ("empty.txt", "binary.txt", "latin.txt", "bad-date.txt", "twice.txt", "link.txt"):
        assert any(line.startswith(f"warning: {name}: ") for line in warnings), name
    assert sorted(rows(result)) == ["bad-date.txt", "good.txt", "latin.txt"]
    strict = run("sources", str(tmp_path), "--strict", "--format", "jsonl")
    assert strict.exit_code == 1 and "Traceback" not in strict.output


def test_10000_files_through_sources(tmp_path):
    for i in range(10_000):
        (tmp_path / f"{i:05d}.md").write_text(
            f"---\ndate: 2019-10-13\n---\nReport {i} from the front.", encoding="utf-8"
        )
    result = run("sources", str(tmp_path), "--format", "csv", "--strict")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 10_001
    assert "10000 documents (dated: 10000 by metadata" in result.stderr


# -- through build (the real model) ---------------------------------------------------------


def test_build_without_the_manifest_dates_001_by_inference_and_leaves_003_unanchored(seeds_copy):
    result = run("build", str(seeds_copy), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert "0 by metadata, 2 by text, 1 inferred, 1 undated" in result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    escape = [
        e
        for e in events
        if {AJ, BBC} <= {s["document"] for s in e["sources"]}
        and any("escaped" in s["sentence"] for s in e["sources"])
    ]
    assert escape and escape[0]["date"] == "2019-10-13"
    assert {s["published"] for s in escape[0]["sources"] if s["document"] == BBC} == {"2019-10-13"}
    # 003's relative dates ("on Tuesday", "yesterday") are not anchored to anything.
    express = [s for e in events for s in e["sources"] if s["document"] == EXPRESS]
    assert all(s["published"] is None for s in express)
    assert not any(s["date_text"].lower() in ("tuesday", "yesterday") for s in express)
    assert f"{EXPRESS}: no publication date" in result.stderr
    assert "'yesterday'" in result.stderr


def test_build_reads_html_jsonl_csv_markdown_and_datelines():
    result = run("build", str(FIXTURES), "--format", "jsonl", "--since", "2019-01-01")
    assert result.exit_code == 0, result.output
    documents = {
        s["document"] for line in result.stdout.splitlines() for s in json.loads(line)["sources"]
    }
    assert {"page.html", "notes.md", "dateline.txt", "export.jsonl:1", "export.csv:1"} <= documents
    assert "1 by text, 1 inferred, 1 undated" in result.stderr
    assert run("build", str(FIXTURES), "--format", "jsonl", "--strict").exit_code == 1
