"""The whole build (read, date, analyse, merge) through the library API, on the real model."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli
from timeline.pipeline import build

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Two happenings of one sentence, both dated to one Tuesday: they used to share an id.
ONE_SENTENCE = (
    "Binance agreed on Tuesday to buy FTX, while on Tuesday the Federal Reserve raised "
    "interest rates.\n"
)


def test_no_two_events_of_a_build_share_an_id_and_each_can_be_explained(tmp_path):
    (tmp_path / "ap.txt").write_text(ONE_SENTENCE, encoding="utf-8")
    for seed in SEEDS.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    timeline = build([tmp_path], doc_dates={"ap.txt": date(2022, 11, 11)}, since=date(2000, 1, 1))
    ids = [event.id for event in timeline.events]
    assert len(ids) == len(set(ids))
    tuesday = [e for e in timeline.events if {s.document for s in e.sources} == {"ap.txt"}]
    assert sorted(e.span.value for e in tuesday) == ["2022-11-08", "2022-11-08"]
    for event in tuesday:
        result = CliRunner().invoke(
            cli, ["explain", event.id, str(tmp_path), "--doc-date", "ap.txt=2022-11-11"]
        )
        assert result.exit_code == 0, result.output
        assert event.headline.split(",")[0] in " ".join(result.output.split())

    # stable: the same ids when the article is built alone
    (alone := tmp_path / "alone").mkdir()
    shutil.copy(tmp_path / "ap.txt", alone / "ap.txt")
    again = build([alone], doc_dates={"ap.txt": date(2022, 11, 11)})
    assert sorted(e.id for e in again.events) == sorted(e.id for e in tuesday)
