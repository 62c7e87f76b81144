"""`timeline diff` and `build --check/--update`, on real outputs of the seeds."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.diff import diff_events, parse_events

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "golden" / "seeds.jsonl"
BBC = "001_f74e99542dbee671.txt"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seeds_jsonl() -> str:
    result = run("build", str(SEEDS), "--format", "jsonl", "-q")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def records(seeds_jsonl) -> list[dict]:
    return [json.loads(line) for line in seeds_jsonl.splitlines()]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def multi_source(records: list[dict]) -> int:
    return next(i for i, r in enumerate(records) if len({s["document"] for s in r["sources"]}) > 1)


@pytest.fixture
def edited(tmp_path, records) -> dict[str, object]:
    """The seeds' output with one event removed, one added, one re-dated and one re-sourced."""
    new = copy.deepcopy(records)
    resourced = multi_source(new)
    kept = new[resourced]["sources"][:1]
    new[resourced]["sources"] = kept
    new[resourced]["n_sources"] = 1
    redated = next(i for i, r in enumerate(new) if r["precision"] == "day" and i != resourced)
    new[redated].update(date="2019-10-01", start="2019-10-01", end="2019-10-01", id="0000redated0")
    removed = next(i for i in range(len(new)) if i not in (resourced, redated))
    removed_id = new[removed]["id"]
    del new[removed]
    added = copy.deepcopy(new[0])
    added.update(id="0000added000", headline="Protesters gathered outside parliament in Oslo.")
    added["sources"] = [
        dict(added["sources"][0], sentence="Protesters gathered in Oslo.", start=1, end=30)
    ]
    new.append(added)
    old_path = write_jsonl(tmp_path / "old.jsonl", records)
    new_path = write_jsonl(tmp_path / "new.jsonl", new)
    return {
        "old": old_path,
        "new": new_path,
        "removed": removed_id,
        "redated": records[redated]["id"],
        "resourced": records[resourced]["id"],
    }


def test_identical_outputs_have_no_difference_and_exit_zero(seeds_jsonl, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(seeds_jsonl, encoding="utf-8")
    result = run("diff", str(path), str(path), "--fail-on", "any")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "0 added, 0 removed, 0 changed" in result.stderr


def test_diff_reports_removed_added_redated_and_resourced_events(edited):
    result = run("diff", str(edited["old"]), str(edited["new"]), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_kind = {}
    for record in records:
        by_kind.setdefault(record["kind"], []).append(record)
    assert [r["id"] for r in by_kind["removed"]] == [edited["removed"]]
    assert [r["id"] for r in by_kind["added"]] == ["0000added000"]
    changed = {r["old_id"]: r for r in by_kind["changed"]}
    assert set(changed) == {edited["redated"], edited["resourced"]}
    redated = changed[edited["redated"]]
    assert redated["matched_by"] == "content" and redated["id"] == "0000redated0"
    fields = {c["field"]: c for c in redated["changes"]}
    assert fields["date"]["new"] == "2019-10-01"
    assert {"id", "date", "start", "end"} <= set(fields)
    resourced = changed[edited["resourced"]]
    assert resourced["matched_by"] == "id"
    assert {"n_sources", "documents", "sources"} <= {c["field"] for c in resourced["changes"]}


def test_text_diff_marks_each_kind_and_lists_changed_fields(edited):
    result = run("diff", str(edited["old"]), str(edited["new"]))
    lines = result.stdout.splitlines()
    assert any(line.startswith("- removed") and edited["removed"] in line for line in lines)
    assert any(line.startswith("+ added") and "0000added000" in line for line in lines)
    assert any(line.startswith("~ changed") and "0000redated0" in line for line in lines)
    assert any(line.strip().startswith("date: ") and "-> 2019-10-01" in line for line in lines)
    assert "1 added, 1 removed, 2 changed" in result.stderr


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [
        (None, 0),
        ("added", 1),
        ("removed", 1),
        ("changed", 1),
        ("added,removed", 1),
        ("any", 1),
    ],
)
def test_fail_on_sets_the_exit_status(edited, fail_on, code):
    args = ["diff", str(edited["old"]), str(edited["new"])]
    if fail_on:
        args += ["--fail-on", fail_on]
    assert run(*args).exit_code == code


def test_fail_on_a_kind_that_did_not_occur_exits_zero(records, tmp_path):
    fewer = write_jsonl(tmp_path / "fewer.jsonl", records[1:])
    full = write_jsonl(tmp_path / "full.jsonl", records)
    assert run("diff", str(full), str(fewer), "--fail-on", "added,changed").exit_code == 0
    assert run("diff", str(full), str(fewer), "--fail-on", "removed").exit_code == 1


def test_unknown_fail_on_kind_is_a_usage_error(edited):
    result = run("diff", str(edited["old"]), str(edited["new"]), "--fail-on", "moved")
    assert result.exit_code == 2
    assert "moved" in result.output


def test_not_a_build_output_is_one_line_error(tmp_path, edited):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "date": "2019"}\n{oops\n', encoding="utf-8")
    result = run("diff", str(edited["old"]), str(bad))
    assert result.exit_code == 1
    assert "bad.jsonl:2" in result.output


def test_csv_compares_with_jsonl(seeds_jsonl, tmp_path):
    csv_result = run("build", str(SEEDS), "--format", "csv", "-q")
    (tmp_path / "a.csv").write_text(csv_result.stdout, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(seeds_jsonl, encoding="utf-8")
    result = run("diff", str(tmp_path / "a.jsonl"), str(tmp_path / "a.csv"), "--fail-on", "any")
    assert result.exit_code == 0, result.stdout


def test_diff_reads_new_from_stdin(seeds_jsonl, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(seeds_jsonl, encoding="utf-8")
    lines = seeds_jsonl.splitlines(keepends=True)
    result = run("diff", str(path), "-", "--fail-on", "removed", input="".join(lines[1:]))
    assert result.exit_code == 1
    assert result.stdout.startswith("- removed")


def test_building_without_one_outlet_shows_its_events_removed_or_resourced(seeds_jsonl, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / BBC).unlink()
    without = run("build", str(corpus), "--format", "jsonl", "-q").stdout
    result = diff_events(parse_events(seeds_jsonl), parse_events(without))
    assert result.count("removed") >= 1
    resourced = [
        d for d in result.differences if d.kind == "changed" and BBC in d.old.fields["documents"]
    ]
    assert resourced
    for difference in resourced:
        fields = {c.field: c for c in difference.changes}
        assert BBC not in fields["documents"].new
    # Every event the BBC reported is either gone or re-sourced, never silently unchanged.
    bbc_events = [e for e in parse_events(seeds_jsonl) if BBC in e.fields["documents"]]
    gone_or_changed = {d.old.id for d in result.differences if d.old is not None}
    assert {e.id for e in bbc_events} <= gone_or_changed


def test_check_against_the_checked_in_golden_passes():
    result = run("build", str(SEEDS), "--check", str(GOLDEN))
    assert result.exit_code == 0, (
        f"{result.stderr}\nExtraction changed the seeds' events: if intended, run `make golden`."
    )
    assert result.stdout == ""
    assert "no difference" in result.stderr


def test_check_fails_with_the_diff_on_stderr(edited):
    result = run("build", str(SEEDS), "--check", str(edited["new"]))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "~ changed" in result.stderr and "0000added000" in result.stderr
    assert "--update" in result.stderr


def test_check_with_missing_golden_is_an_error(tmp_path):
    result = run("build", str(SEEDS), "--check", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1
    assert "nope.jsonl" in result.output and "--update" in result.output


def test_update_rewrites_the_golden_atomically_then_check_passes(edited, tmp_path):
    golden = edited["new"]
    result = run("build", str(SEEDS), "--update", str(golden))
    assert result.exit_code == 0
    assert "updated" in result.stderr and "0000added000" in result.stderr
    assert golden.read_text(encoding="utf-8") == edited["old"].read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jsonl", "old.jsonl"]
    assert run("build", str(SEEDS), "--check", str(golden)).exit_code == 0


def test_check_still_writes_output_when_asked(tmp_path):
    target = tmp_path / "events.csv"
    result = run("build", str(SEEDS), "--check", str(GOLDEN), "-o", str(target))
    assert target.read_text(encoding="utf-8").startswith("id,date")
    assert result.exit_code in (0, 1)


def test_check_and_update_together_is_a_usage_error(tmp_path):
    result = run("build", str(SEEDS), "--check", str(GOLDEN), "--update", str(tmp_path / "g.jsonl"))
    assert result.exit_code == 2


# Stable ids: what `diff` and every golden file rely on ------------------------------------

UNRELATED = """---
date: 2019-10-14
---
Norway's parliament approved a new fisheries budget on Monday after a long debate in Oslo.
The finance minister said on Friday that the budget would be published in November.
"""


def _ids(*paths: Path) -> list[str]:
    result = run("build", *map(str, paths), "--format", "jsonl", "-q")
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_event_ids_survive_an_unrelated_document_being_added(records, tmp_path):
    corpus = tmp_path / "elsewhere" / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "zz_unrelated.txt").write_text(UNRELATED, encoding="utf-8")
    (corpus / "000_aa_unrelated.txt").write_text(UNRELATED, encoding="utf-8")
    ids = set(_ids(corpus))
    assert len(ids) > len(records)  # the unrelated articles did add events
    assert {r["id"] for r in records} <= ids


def test_event_ids_do_not_depend_on_input_order_or_location(records, tmp_path):
    corpus = tmp_path / "another" / "machine"
    shutil.copytree(SEEDS, corpus)
    files = sorted(corpus.glob("*.txt"), reverse=True)
    assert sorted(_ids(*files)) == sorted(r["id"] for r in records)
