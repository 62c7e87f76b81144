"""Pairwise precision and recall of the merge against hand-made gold links, plus merge time.

Gold: the happenings the seeds report more than once (written by hand from reading the four
articles; every other mention is its own happening). The larger set replicates the seeds with
publication dates shifted by 45 days per copy (more than any relative date's reach): the gold
links stay within a copy, so a link across copies is counted as an over-merge. (Sentences
with an absolute date, such as "in 2019", name the same year in every copy; their links
across copies are counted as errors too, so the replicated precision is a lower bound.)

    python bench/merge_quality.py [--copies 10]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import SEEDS, corpus_mentions, replicate_seeds

# Each happening: (seed file prefix, words of the sentence that reports it).
GOLD = {
    "camp escape": [
        ("000", "Hundreds of supporters of the Islamic State"),
        ("000", "The ISIL affiliates fled the detention facility"),
        ("001", "Hundreds of foreigners affiliated with the Islamic State"),
        ("001", "Details of the escape are still emerging"),
        ("002", "Hundreds of foreign women and children linked to Islamic State"),
    ],
    "offensive launched": [
        ("000", "Turkey launched its cross-border offensive"),
        ("001", "Turkey launched an assault last week"),
        ("002", "The incident occurred at the camp of Ain Eissa"),
    ],
    "130,000 displaced": [
        ("000", "More than 130,000 people have been displaced"),
        ("001", "The UN says 130,000 people have fled"),
        ("002", "had risen to 130,000 people by Sunday"),
    ],
    "US troop evacuation (Esper on CBS)": [
        ("000", "prompting the US to prepare the evacuation"),
        ("000", "We have American forces likely caught"),
        ("001", "Mark Esper told CBS News on Sunday"),
    ],
    "Trump-al-Sharaa call": [
        ("003", "held a phone call with President al-Sharaa"),
        ("003", "said during a telephone call on Monday"),
    ],
}


def gold_label(document: str, sentence: str) -> str | None:
    seed = Path(document).name.split("_")[-2] if "_" in Path(document).name else document
    copy = Path(document).name.split("_")[0] if Path(document).name.count("_") >= 2 else ""
    for label, reports in GOLD.items():
        for prefix, words in reports:
            if seed.startswith(prefix) and words in sentence:
                return f"{copy}:{label}"
    return None


def pairwise(clusters: list[list], label_of) -> tuple[float, float, int, int]:
    """Pairwise precision/recall of predicted clusters against gold labels."""
    predicted = set()
    items = []
    for number, cluster in enumerate(clusters):
        for mention in cluster:
            items.append((number, mention))
    for (c1, m1), (c2, m2) in combinations(items, 2):
        if c1 == c2:
            predicted.add((id(m1), id(m2)))
    gold = set()
    for (_, m1), (_, m2) in combinations(items, 2):
        l1, l2 = label_of(m1), label_of(m2)
        if l1 is not None and l1 == l2:
            gold.add((id(m1), id(m2)))
    correct = len(predicted & gold)
    precision = correct / len(predicted) if predicted else 1.0
    recall = correct / len(gold) if gold else 1.0
    return precision, recall, len(predicted), len(gold)


def evaluate(folder: Path, label: str) -> None:
    from timeline.merge import cluster_mentions

    mentions = corpus_mentions(folder)
    started = time.perf_counter()
    clusters = cluster_mentions(mentions)
    seconds = time.perf_counter() - started
    precision, recall, n_predicted, n_gold = pairwise(
        clusters, lambda m: gold_label(m.document, m.sentence)
    )
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"{label:28s} mentions {len(mentions):6,}  events {len(clusters):6,}  "
        f"pairs predicted {n_predicted:7,} gold {n_gold:7,}  "
        f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}  merge {seconds:.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    evaluate(SEEDS, "seeds")
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "copies"
        replicate_seeds(folder, args.copies, shift_days=45)
        evaluate(folder, f"seeds x{args.copies}, shifted 45 d")


if __name__ == "__main__":
    main()
