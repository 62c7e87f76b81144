"""Compare two chronologies as written by `timeline build` (JSONL, JSON or CSV/TSV).

Events are matched by id first; events left over are matched by what they say (headline words
and source sentences) where their dates overlap, or by near-identical content when they do
not (a re-dated event). Every pair is then compared field by field, on the CSV columns (so a
JSONL file can be compared with a CSV one) plus the exact source sentences when both inputs
carry them.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from .model import Event, Place, Source, TimeSpan
from .render.records import COLUMNS, event_row
from .similarity import bag_of_words, cosine

KINDS = ("added", "removed", "changed")
# The fields compared, in report order: the CSV columns, then the exact sources (JSON only).
COMPARED = tuple(c for c in COLUMNS if c != "id") + ("sources",)

# Content similarity needed to pair two events whose dates overlap, and whose dates do not.
SAME_DATE_SIMILARITY = 0.5
REDATED_SIMILARITY = 0.8


class DiffInputError(ValueError):
    """An input that is not a chronology written by `timeline build`; the message names it."""


@dataclass(frozen=True)
class DiffEvent:
    """One event as read from a file, reduced to what the diff compares."""

    id: str
    fields: Mapping[str, str]  # the CSV columns except id, each a string
    record: Mapping[str, Any]  # the event as read (a JSON record, or a CSV row)
    source_keys: frozenset[str] = frozenset()  # "document:start-end", when the input has them

    @property
    def date(self) -> str:
        return self.fields.get("date", "")

    @property
    def headline(self) -> str:
        return self.fields.get("headline", "")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class EventDiff:
    """One difference: an added or removed event, or a matched pair whose fields differ."""

    kind: str  # added, removed, changed
    old: DiffEvent | None
    new: DiffEvent | None
    changes: tuple[FieldChange, ...] = ()
    matched_by: str | None = None  # "id" or "content" for a changed pair

    @property
    def event(self) -> DiffEvent:
        """The event as it is now (the old one for a removed event)."""
        return self.new or self.old  # type: ignore[return-value]


@dataclass
class TimelineDiff:
    differences: list[EventDiff] = field(default_factory=list)
    unchanged: int = 0

    def count(self, kind: str) -> int:
        return sum(1 for d in self.differences if d.kind == kind)

    @property
    def kinds(self) -> set[str]:
        return {d.kind for d in self.differences}

    def summary(self) -> str:
        counts = ", ".join(f"{self.count(kind)} {kind}" for kind in KINDS)
        return f"{counts}, {self.unchanged} unchanged"


# Reading ------------------------------------------------------------------------------------


def read_events(path: str | Path, text: str | None = None) -> list[DiffEvent]:
    """The events of a file written by `build` (format sniffed from its content)."""
    name = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise DiffInputError(f"{name}: cannot read: {error}") from None
    return parse_events(text, name)


def parse_events(text: str, name: str = "<input>") -> list[DiffEvent]:
    """Events from the text of a JSONL, JSON or CSV/TSV output of `build`."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        return []
    if stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise DiffInputError(f"{name}: not valid JSON: {error}") from None
        return [_from_record(r, f"{name}: event {i + 1}") for i, r in enumerate(records)]
    if stripped.startswith("{"):
        events = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise DiffInputError(f"{name}:{number}: not valid JSON: {error}") from None
            events.append(_from_record(record, f"{name}:{number}"))
        return events
    return _from_delimited(stripped, name)


def _from_record(record: Any, where: str) -> DiffEvent:
    if not isinstance(record, dict) or "id" not in record or "date" not in record:
        raise DiffInputError(f"{where}: not an event written by `timeline build` (no id/date)")
    try:
        event = event_from_record(record)
    except (KeyError, TypeError, ValueError) as error:
        raise DiffInputError(f"{where}: malformed event: {error}") from None
    row = event_row(event)
    keys = frozenset(f"{s.document}:{s.start}-{s.end}" for s in event.sources)
    return DiffEvent(id=event.id, fields=_compared(row), record=record, source_keys=keys)


def _from_delimited(text: str, name: str) -> list[DiffEvent]:
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if not reader.fieldnames or "id" not in reader.fieldnames or "date" not in reader.fieldnames:
        raise DiffInputError(f"{name}: not JSONL, JSON or CSV written by `timeline build`")
    events = []
    for row in reader:
        clean = {k: (v or "") for k, v in row.items() if k is not None}
        events.append(DiffEvent(id=clean["id"], fields=_compared(clean), record=clean))
    return events


def _compared(row: Mapping[str, str]) -> dict[str, str]:
    return {column: row.get(column, "") or "" for column in COLUMNS if column != "id"}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def event_from_record(record: Mapping[str, Any]) -> Event:
    """An Event back from its JSON record (the inverse of render.records.event_record)."""
    span = TimeSpan(
        type="DATE",
        value=record["date"],
        start=_day(record.get("start")),
        end=_day(record.get("end")),
        precision=record.get("precision"),
    )
    places = tuple(
        Place(
            name=p["name"],
            lat=p.get("lat"),
            lon=p.get("lon"),
            country=p.get("country"),
            geo_precision=p.get("geo_precision"),
        )
        for p in record.get("places") or ()
    )
    sources = tuple(
        Source(
            document=s["document"],
            outlet=s.get("outlet"),
            published=_day(s.get("published")),
            date_text=s.get("date_text") or "",
            sentence=s.get("sentence") or "",
            start=s.get("start") or 0,
            end=s.get("end") or 0,
            dated_by=s.get("dated_by") or "text",
            published_by=s.get("published_by") or "none",
            date_value=s.get("date_value") or "",
            anchor=s.get("anchor") or "",
        )
        for s in record.get("sources") or ()
    )
    conflicts = tuple(
        (c["what"], c["figure"], c["document"]) for c in record.get("conflicts") or ()
    )
    return Event(
        id=record["id"],
        span=span,
        headline=record.get("headline") or "",
        actors=tuple(record.get("actors") or ()),
        places=places,
        sources=sources,
        conflicts=conflicts,
    )


# Matching -----------------------------------------------------------------------------------


def _overlap(a: DiffEvent, b: DiffEvent) -> bool:
    a_start, a_end = a.fields.get("start"), a.fields.get("end")
    b_start, b_end = b.fields.get("start"), b.fields.get("end")
    if not (a_start and a_end and b_start and b_end):
        return a.date == b.date
    return a_start <= b_end and b_start <= a_end  # ISO days compare as strings


def content_similarity(a: DiffEvent, b: DiffEvent) -> float:
    """How alike two events' contents are: headline words, or the very same source sentences."""
    words = cosine(bag_of_words(a.headline), bag_of_words(b.headline))
    if a.source_keys and b.source_keys:
        shared = len(a.source_keys & b.source_keys) / len(a.source_keys | b.source_keys)
        return max(words, shared)
    return words


def _candidates(old: Sequence[DiffEvent], new: Sequence[DiffEvent]) -> set[tuple[int, int]]:
    """Pairs that share a headline word or a source: the only ones worth scoring."""
    index: dict[str, list[int]] = defaultdict(list)
    for j, event in enumerate(new):
        for key in set(bag_of_words(event.headline)) | event.source_keys:
            index[key].append(j)
    pairs = set()
    for i, event in enumerate(old):
        for key in set(bag_of_words(event.headline)) | event.source_keys:
            pairs.update((i, j) for j in index.get(key, ()))
    return pairs


def match_events(
    old: Sequence[DiffEvent], new: Sequence[DiffEvent]
) -> tuple[list[tuple[DiffEvent, DiffEvent, str]], list[DiffEvent], list[DiffEvent]]:
    """Pairs (old, new, matched_by), then the unmatched old and new events."""
    new_by_id: dict[str, DiffEvent] = {}
    for event in new:
        new_by_id.setdefault(event.id, event)
    pairs: list[tuple[DiffEvent, DiffEvent, str]] = []
    paired_new: set[int] = set()
    rest_old = []
    for event in old:
        twin = new_by_id.get(event.id)
        if twin is not None and id(twin) not in paired_new:
            pairs.append((event, twin, "id"))
            paired_new.add(id(twin))
        else:
            rest_old.append(event)
    rest_new = [e for e in new if id(e) not in paired_new]

    scored = []
    for i, j in _candidates(rest_old, rest_new):
        a, b = rest_old[i], rest_new[j]
        similarity = content_similarity(a, b)
        same_time = _overlap(a, b)
        if similarity >= (SAME_DATE_SIMILARITY if same_time else REDATED_SIMILARITY):
            scored.append((-(similarity + (0.25 if same_time else 0.0)), a.id, b.id, i, j))
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, _, _, i, j in sorted(scored):  # best first; ids break ties deterministically
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((rest_old[i], rest_new[j], "content"))
    removed = [e for i, e in enumerate(rest_old) if i not in used_old]
    added = [e for j, e in enumerate(rest_new) if j not in used_new]
    return pairs, removed, added


def compare(old: DiffEvent, new: DiffEvent) -> tuple[FieldChange, ...]:
    """The fields that differ between two versions of an event."""
    changes = []
    if old.id != new.id:
        changes.append(FieldChange("id", old.id, new.id))
    for name in COMPARED:
        if name == "sources":
            if not (old.source_keys and new.source_keys) or old.source_keys == new.source_keys:
                continue
            before, after = "; ".join(sorted(old.source_keys)), "; ".join(sorted(new.source_keys))
        else:
            before, after = old.fields.get(name, ""), new.fields.get(name, "")
        if before != after:
            changes.append(FieldChange(name, before, after))
    return tuple(changes)


def diff_events(old: Sequence[DiffEvent], new: Sequence[DiffEvent]) -> TimelineDiff:
    """Added, removed and changed events, in chronological order (then by id)."""
    pairs, removed, added = match_events(old, new)
    result = TimelineDiff()
    for before, after, matched_by in pairs:
        changes = compare(before, after)
        if changes:
            result.differences.append(EventDiff("changed", before, after, changes, matched_by))
        else:
            result.unchanged += 1
    result.differences += [EventDiff("removed", e, None) for e in removed]
    result.differences += [EventDiff("added", None, e) for e in added]
    result.differences.sort(
        key=lambda d: (d.event.fields.get("start", ""), d.event.id, KINDS.index(d.kind))
    )
    return result


def diff_files(old: str | Path, new: str | Path) -> TimelineDiff:
    """Compare two files written by `timeline build`."""
    return diff_events(read_events(old), read_events(new))


# Writing ------------------------------------------------------------------------------------

_MARKS = {"added": "+", "removed": "-", "changed": "~"}
HEADLINE_WIDTH = 90


def _short(text: str, width: int = HEADLINE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_text(result: TimelineDiff, stream: TextIO) -> None:
    """One line per added/removed/changed event; a changed event's fields indented below it."""
    for difference in result.differences:
        event = difference.event
        stream.write(
            f"{_MARKS[difference.kind]} {difference.kind:<8} {event.date:<12} {event.id}  "
            f"{_short(event.headline)}\n"
        )
        stream.writelines(
            f"    {change.field}: {change.old or '(none)'} -> {change.new or '(none)'}\n"
            for change in difference.changes
        )


def difference_record(difference: EventDiff) -> dict[str, Any]:
    """A difference as a JSON-ready dict: kind, id, date, headline, then what changed."""
    event = difference.event
    record: dict[str, Any] = {
        "kind": difference.kind,
        "id": event.id,
        "date": event.date,
        "headline": event.headline,
    }
    if difference.kind == "changed":
        assert difference.old is not None
        record["old_id"] = difference.old.id
        record["matched_by"] = difference.matched_by
        record["changes"] = [
            {"field": c.field, "old": c.old, "new": c.new} for c in difference.changes
        ]
    else:
        record["event"] = dict(event.record)
    return record


def write_jsonl(result: TimelineDiff, stream: TextIO) -> None:
    """One JSON object per difference (see difference_record)."""
    stream.writelines(
        json.dumps(difference_record(d), ensure_ascii=False) + "\n" for d in result.differences
    )


DIFF_WRITERS = {"text": write_text, "jsonl": write_jsonl}


def parse_kinds(values: Iterable[str]) -> set[str]:
    """'added,removed' (repeatable) -> {'added', 'removed'}; 'any' means all three."""
    kinds: set[str] = set()
    for value in values:
        for part in value.split(","):
            part = part.strip().lower()
            if not part:
                continue
            if part in ("any", "all"):
                kinds.update(KINDS)
            elif part in KINDS:
                kinds.add(part)
            else:
                raise ValueError(f"{part!r} is not one of {', '.join(KINDS)} (or any)")
    return kinds
