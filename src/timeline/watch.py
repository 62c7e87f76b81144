"""Watching a corpus: which articles were added, changed or removed since the last build.

`timeline build --watch` keeps the spaCy model and the analyses in memory (an `Analyzer` made
with remember=True) and rebuilds when the files under its paths change, so a re-run after a new
article pays for that article, the merge and the output, not for loading spaCy again.
Files are compared by modification time, size, change time and inode (polling: no extra
dependency, and it works on network and container mounts where change notifications do not).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .corpus import MANIFEST_NAME, walk_folder

Snapshot = dict[str, tuple[int, ...]]  # path -> (mtime ns, size, ctime ns, inode)
SETTLE_LOOKS = 10  # looks at most while files keep changing, before rebuilding anyway


def snapshot(paths: Iterable[str | Path]) -> Snapshot:
    """The files a build of paths would read, and the manifests beside them, by stamp."""
    stamps: Snapshot = {}
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            continue
        if os.path.isdir(path):
            for root, names in walk_folder(path):
                for name in [*names, MANIFEST_NAME]:
                    _stamp(os.path.join(root, name), stamps)
        else:
            _stamp(path, stamps)
            _stamp(os.path.join(os.path.dirname(path), MANIFEST_NAME), stamps)
    return stamps


def _stamp(path: str, stamps: Snapshot) -> None:
    try:
        status = os.stat(path)
    except OSError:  # not there, gone between listing and stat, or a broken link
        return
    # ctime and inode too: a copy that keeps the old time and size (cp -p, rsync -t, tar)
    stamps[path] = (status.st_mtime_ns, status.st_size, status.st_ctime_ns, status.st_ino)


@dataclass(frozen=True)
class Changes:
    """Files added, changed and removed between two snapshots (sorted paths)."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def describe(self) -> str:
        """'1 added, 0 changed, 2 removed'."""
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"


def compare(before: Snapshot, after: Snapshot) -> Changes:
    return Changes(
        added=tuple(sorted(after.keys() - before.keys())),
        changed=tuple(sorted(p for p in after.keys() & before.keys() if after[p] != before[p])),
        removed=tuple(sorted(before.keys() - after.keys())),
    )


def wait_for_changes(
    paths: Iterable[str | Path],
    before: Snapshot,
    interval: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[Snapshot, Changes]:
    """Poll every interval seconds until the files differ from before, then until they stay
    the same for one interval (a file still being copied is not read half-written), for at
    most SETTLE_LOOKS looks: articles arriving without a pause do not hold the rebuild back."""
    paths = list(paths)
    while True:
        sleep(interval)
        current = snapshot(paths)
        if current == before:
            continue
        for _ in range(SETTLE_LOOKS):
            sleep(interval)
            settled = snapshot(paths)
            if settled == current:
                break
            current = settled
        return current, compare(before, current)


def rebuild_on_change(
    paths: Iterable[str | Path],
    rebuild: Callable[[Changes | None], None],
    interval: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """rebuild(None) once, then rebuild(changes) whenever the files change; runs until
    interrupted (KeyboardInterrupt goes to the caller). The first look is taken before the
    first build, so an article that arrives during a build triggers the next one."""
    paths = list(paths)
    before = snapshot(paths)
    rebuild(None)
    while True:
        before, changes = wait_for_changes(paths, before, interval, sleep)
        rebuild(changes)
