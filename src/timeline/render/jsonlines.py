"""JSON Lines (one event per line) and JSON (one array)."""

from __future__ import annotations

import json
from typing import TextIO

from ..model import Timeline
from .records import event_record


def write_jsonl(timeline: Timeline, stream: TextIO) -> None:
    stream.writelines(
        json.dumps(event_record(event), ensure_ascii=False) + "\n" for event in timeline.events
    )


def write_json(timeline: Timeline, stream: TextIO) -> None:
    records = [event_record(event) for event in timeline.events]
    stream.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
