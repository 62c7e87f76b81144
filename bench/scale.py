"""How `timeline build` scales: peak memory and merge time at 1x, 10x and 100x the seeds,
a warm re-run after adding one document to a ~1,000-document corpus, and a Dask local
cluster run checked byte for byte against the local run.

    python bench/scale.py [--sizes 1,10,100] [--rerun-docs 1000] [--jobs 2] [--no-dask]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import SEEDS, corpus_mentions, replicate_seeds

TIMELINE = [sys.executable, "-m", "timeline"]


def run(args: list[str]) -> tuple[float, float, bytes]:
    """Seconds, peak RSS (MB) and stdout of one `timeline` run in a fresh process."""
    wrapper = (
        "import resource, runpy, sys, json;"
        "sys.argv = ['timeline'] + sys.argv[1:];"
        "code = 0\n"
        "try:\n runpy.run_module('timeline', run_name='__main__')\n"
        "except SystemExit as e:\n code = e.code or 0\n"
        "sys.stderr.write(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        " + '\\n'); sys.exit(code)"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, check=True)
    seconds = time.perf_counter() - started
    rss = json.loads(done.stderr.decode().strip().splitlines()[-1]) / 1024
    return seconds, rss, done.stdout


def build_args(folder: Path, *options: str) -> list[str]:
    """`timeline build FOLDER --format jsonl -q OPTIONS...`."""
    return ["build", str(folder), "--format", "jsonl", "-q", *options]


def merge_seconds(folder: Path, cache: Path) -> tuple[int, float]:
    """Mentions of a (cached) corpus and the time the merge takes on them."""
    from timeline.merge import merge_mentions

    mentions = corpus_mentions(folder, cache)
    started = time.perf_counter()
    merge_mentions(mentions)
    return len(mentions), time.perf_counter() - started


def watch_rerun(folder: Path, rerun: list[str], output: Path) -> tuple[float, float, bool]:
    """Start `build --watch`, add one article once it has built, and time the rebuild: the
    tool's own figure, and from the file appearing to the output being rewritten."""
    log = output.with_suffix(".log")
    loud = [arg for arg in rerun if arg != "-q"]  # its progress lines are what is timed
    command = [*TIMELINE, *loud, "--watch", "-o", str(output), "--interval", "0.2"]
    with log.open("w") as stderr:
        process = subprocess.Popen(command, stderr=stderr, stdout=subprocess.DEVNULL)
        try:
            _wait_for(log, "watching", 1, process)
            article = folder / "zz_new_article_2.txt"
            started = time.perf_counter()
            article.write_text(
                " date 2019-10-15 " + (folder / "zz_new_article.txt").read_text()[17:],
                encoding="utf-8",
            )
            _wait_for(log, "watching", 2, process)
            latency = time.perf_counter() - started
        finally:
            process.terminate()
            process.wait(timeout=60)
    rebuilt = float(re.search(r"rebuilt in ([\d.]+) s", log.read_text()).group(1))
    _, _, fresh = run(rerun)
    return rebuilt, latency, fresh == output.read_bytes()


def _wait_for(log: Path, text: str, times: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 900
    while log.read_text().count(text) < times:
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"build --watch stopped or stalled:\n{log.read_text()}")
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100")
    parser.add_argument("--rerun-docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument(
        "--rerun-all-dated",
        action="store_true",
        help="give every document of the re-run corpus a publication date (no inference)",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="timeline-scale-"))
    seeds_per_copy = len(list(SEEDS.glob("*.txt")))
    try:
        cache = work / "cache"
        print("size   docs   words     build s  peak RSS MB  mentions  merge s  events")
        rss_by_size = {}
        for size in [int(s) for s in args.sizes.split(",")]:
            folder = work / f"x{size}"
            words = replicate_seeds(folder, size)
            seconds, rss, out = run(build_args(folder, "--jobs", "1", "--cache", str(cache)))
            mentions, merging = merge_seconds(folder, cache)
            rss_by_size[size] = rss
            print(
                f"{size:>4}x {size * seeds_per_copy:6,} {words:9,} {seconds:9.1f} {rss:11.0f} "
                f"{mentions:9,} {merging:8.3f} {len(out.splitlines()):7,}"
            )
        if 10 in rss_by_size and 100 in rss_by_size:
            print(f"peak RSS 100x / 10x: {rss_by_size[100] / rss_by_size[10]:.2f}")

        copies = -(-args.rerun_docs // seeds_per_copy)
        folder = work / "rerun"
        replicate_seeds(folder, copies, all_dated=args.rerun_all_dated)
        rerun_cache = work / "rerun-cache"
        rerun = build_args(folder, "--jobs", str(args.jobs), "--cache", str(rerun_cache))
        cold, _, _ = run(rerun)
        extra = folder / "zz_new_article.txt"
        extra.write_text(
            " date 2019-10-14 "
            + (SEEDS / "000_830f3864e2a1ff46.txt")
            .read_text(encoding="utf-8")
            .split(" ", 3)[3]
            .replace("Sunday", "Monday"),
            encoding="utf-8",
        )
        warm, _, _ = run(rerun)
        dated = "every one dated" if args.rerun_all_dated else "a quarter inferred"
        print(
            f"re-run: {copies * seeds_per_copy + 1:,} documents ({dated}), cold {cold:.1f} s "
            f"(--jobs {args.jobs}), warm with one new document {warm:.1f} s"
        )
        rebuilt, latency, same = watch_rerun(folder, rerun, work / "watched.jsonl")
        print(
            f"--watch: one more new document rebuilt in {rebuilt:.1f} s (seen and written "
            f"{latency:.1f} s after it appeared, polling every 0.2 s); output identical to a "
            f"fresh build: {same}"
        )

        if not args.no_dask:
            folder = work / "x10"
            local_s, _, local = run(build_args(folder, "--no-cache", "--jobs", "1"))
            dask_s, _, remote = run(build_args(folder, "--no-cache", "--executor", "dask"))
            same = hashlib.sha256(local).hexdigest() == hashlib.sha256(remote).hexdigest()
            print(
                f"dask local cluster (10x): {dask_s:.1f} s vs local 1 proc {local_s:.1f} s, "
                f"output identical: {same}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
