"""`timeline tag` through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from timeline.commands.tag import tag

SEED_LIKE = " date 2019-10-13 The fighters escaped on Sunday after clashes last week.\n"


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    return path


def rows(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_jsonl_uses_the_leading_date_line_and_file_offsets(article):
    result = CliRunner().invoke(tag, [str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    found = rows(result.stdout)
    assert [(r["text"], r["value"]) for r in found] == [
        ("Sunday", "2019-10-13"),
        ("last week", "2019-W40"),
    ]
    for r in found:
        assert SEED_LIKE[r["start"] : r["end"]] == r["text"]
        assert r["document"] == "article.txt"
    assert (found[1]["timespan_start"], found[1]["timespan_end"]) == ("2019-09-30", "2019-10-06")
    assert found[1]["precision"] == "week" and found[1]["anchor"] == "publication"


def test_the_date_line_itself_is_not_tagged(article):
    result = CliRunner().invoke(tag, [str(article), "--format", "jsonl"])
    assert all(r["start"] > 16 for r in rows(result.stdout))


def test_dct_option_overrides_the_date_line(article):
    result = CliRunner().invoke(tag, [str(article), "--dct", "2026-01-21", "--format", "jsonl"])
    assert rows(result.stdout)[0]["value"] == "2026-01-18"


def test_stdin_with_dash():
    result = CliRunner().invoke(
        tag, ["-", "--dct", "2019-10-13", "--format", "jsonl"], input="It rained yesterday."
    )
    assert [(r["document"], r["value"]) for r in rows(result.stdout)] == [("<stdin>", "2019-10-12")]


def test_undated_text_is_unanchored():
    result = CliRunner().invoke(
        tag, ["-", "--format", "jsonl"], input="It rained on Sunday, in 2019."
    )
    found = rows(result.stdout)
    assert [(r["text"], r["anchor"]) for r in found] == [
        ("Sunday", "unanchored"),
        ("2019", "absolute"),
    ]


def test_piped_output_defaults_to_jsonl(article):
    result = CliRunner().invoke(tag, [str(article)])
    assert result.exit_code == 0
    assert len(rows(result.stdout)) == 2


def test_tml_output_inlines_timex3(article):
    result = CliRunner().invoke(tag, [str(article), "--format", "tml"])
    assert '<TIMEX3 tid="t1" type="DATE" value="2019-10-13">Sunday</TIMEX3>' in result.output
    assert '<TIMEX3 tid="t2" type="DATE" value="2019-W40">last week</TIMEX3>' in result.output


def test_a_sets_frequency_and_quantifier_are_in_jsonl_and_tml():
    text = "The board meets twice a year and visits every Monday."
    result = CliRunner().invoke(tag, ["-", "--dct", "2024-06-05"], input=text)
    assert [(r["text"], r["freq"], r["quant"]) for r in rows(result.stdout)] == [
        ("a year", "2X", None),
        ("every Monday", None, "EVERY"),
    ]
    result = CliRunner().invoke(tag, ["-", "--dct", "2024-06-05", "--format", "tml"], input=text)
    assert '<TIMEX3 tid="t1" type="SET" value="P1Y" freq="2X">a year</TIMEX3>' in result.output
    assert 'value="XXXX-WXX-1" quant="EVERY">every Monday</TIMEX3>' in result.output


def test_table_output(article):
    result = CliRunner().invoke(tag, [str(article), "--format", "table"])
    assert result.exit_code == 0
    assert "2019-W40" in result.output


def test_missing_file_is_one_line_naming_it_and_exit_1_when_nothing_is_left(tmp_path):
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(tag, [str(missing)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert [line for line in result.stderr.splitlines() if "nope.txt" in line] == [
        f"warning: {missing.name}: no such file (or a broken link)"
    ]


def test_places_and_actors_are_listed_with_canonical_names(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        " date 2019-10-13 Detainees escaped from the camp in Ain Issa in northern Syria on Sunday, "
        "Turkish President Recep Tayyip Erdogan said.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(tag, [str(path), "--places", "--actors", "--format", "jsonl"])
    found = rows(result.stdout)
    kinds = {r["type"] for r in found}
    assert {"DATE", "PLACE", "ACTOR"} <= kinds
    place = next(r for r in found if r["type"] == "PLACE" and r["text"] == "Ain Issa")
    assert place["country"] and 35 < place["lat"] < 38
    assert any(r["type"] == "ACTOR" and "Erdogan" in r["value"] for r in found)
    assert [r["start"] for r in found] == sorted(r["start"] for r in found)


def test_bad_dct_is_a_usage_error(article):
    result = CliRunner().invoke(tag, [str(article), "--dct", "13/10/2019"])
    assert result.exit_code == 2
    assert "--dct" in result.output


def test_missing_model_is_one_line_error(article):
    result = CliRunner().invoke(tag, [str(article), "--model", "no_such_model_xyz"])
    assert result.exit_code == 1
    assert "no_such_model_xyz" in result.output and "Traceback" not in result.output


def test_non_utf8_file_is_read_as_cp1252_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b" date 2019-10-13 caf\xe9 opened on Sunday")
    result = CliRunner().invoke(tag, [str(path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert "latin.txt" in result.stderr and "cp1252" in result.stderr
    assert [r["value"] for r in rows(result.stdout)] == ["2019-10-13"]


def test_two_files_with_the_same_text_are_both_tagged(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Rain fell on Sunday.\n")
    result = CliRunner().invoke(
        tag,
        [
            str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "jsonl",
            "--doc-date", "a.txt=2024-09-16", "--doc-date", "b.txt=2024-09-23",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["document"], r["value"]) for r in rows] == [
        ("a.txt", "2024-09-15"), ("b.txt", "2024-09-22"),
    ]  # fmt: skip
