"""Small builders for plain-dataclass tests (no spaCy needed)."""

from __future__ import annotations

from datetime import date

from timeline.model import Mention, Place, TimeSpan


def day(iso: str, anchor: str = "publication") -> TimeSpan:
    value = date.fromisoformat(iso)
    return TimeSpan("DATE", iso, value, value, "day", anchor)


def week(value: str, start: str, end: str) -> TimeSpan:
    return TimeSpan(
        "DATE", value, date.fromisoformat(start), date.fromisoformat(end), "week", "publication"
    )


def mention(
    text: str,
    span: TimeSpan,
    document: str = "a.txt",
    outlet: str | None = None,
    start: int = 0,
    actors: tuple[str, ...] = (),
    places: tuple[Place, ...] = (),
    date_text: str = "on Sunday",
    predicate: str = "",
    statement: tuple[str, ...] = (),
) -> Mention:
    return Mention(
        document=document,
        text=text,
        sentence=text,
        sentence_start=start,
        sentence_end=start + len(text),
        span=span,
        date_text=date_text,
        actors=actors,
        places=places,
        predicate=predicate,
        outlet=outlet,
        # told on or after its day, as news is, unless a test says otherwise
        published=max(date(2019, 10, 13), span.end or date.min),
        statement=statement,
    )


def build_folder(folder, files: dict[str, str], *options: str) -> list[dict]:
    """Write `files` (name -> text) into folder and run `timeline build` on it through the real
    CLI (JSON Lines, no cache): the events it prints."""
    import json

    from click.testing import CliRunner

    from timeline.cli import cli

    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["build", str(folder), "--format", "jsonl", "--no-cache", *options]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]
