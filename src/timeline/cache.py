"""A persistent per-document cache of analyses, keyed by content, DCT, model and code.

An entry is written to a temporary file and renamed into place, and carries a SHA-256 of its
payload: a half-written or corrupted entry fails the check, is deleted and rebuilt, never
trusted. The cache directory is the user's own storage (entries are pickles).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .model import Document

_MAGIC = b"timeline-analysis-1\n"


def default_cache_dir() -> Path:
    """$TIMELINE_ANALYSIS_CACHE, else <user cache dir>/timeline/analysis."""
    override = os.environ.get("TIMELINE_ANALYSIS_CACHE")
    if override:
        return Path(override)
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home())) / "Cache"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "timeline" / "analysis"


# Modules that only run after the per-document analysis (merge, filters, rendering, the
# command line): a change to them cannot change an analysis, so it leaves the cache valid.
# A test checks that analysing a document imports none of them.
AFTER_ANALYSIS = (
    "__main__.py",
    "cli.py",
    "commands/",
    "diff.py",
    "distributed.py",
    "explain.py",
    "filters.py",
    "merge.py",
    "pipeline.py",
    "render/",
    "watch.py",
)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The tool's version plus a hash of the source the analysis runs: a change to that code
    invalidates entries (a change to the merge or the renderers does not)."""
    digest = hashlib.sha256()
    try:
        digest.update(metadata.version("timeline").encode())
    except metadata.PackageNotFoundError:
        pass
    package_dir = Path(__file__).resolve().parent
    for path in sorted(package_dir.rglob("*.py")):
        relative = path.relative_to(package_dir).as_posix()
        if relative.startswith(AFTER_ANALYSIS):
            continue
        digest.update(relative.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=8)
def model_fingerprint(model: str) -> str:
    """Name and installed version of a spaCy pipeline package, or a path's modification time."""
    path = Path(model)
    if path.exists():
        meta = path / "meta.json"
        stamp = (meta if meta.exists() else path).stat().st_mtime_ns
        return f"{path.resolve()}@{stamp}"
    for name in (model, model.replace("_", "-")):
        try:
            return f"{model}@{metadata.version(name)}"
        except metadata.PackageNotFoundError:
            continue
    return model


def text_key(text: str, purpose: str) -> str:
    """A key for something computed from a text alone by this version of the code."""
    digest = hashlib.sha256()
    digest.update(f"{code_fingerprint()}\0{purpose}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def analysis_key(document: Document, model: str) -> str:
    """What an analysis depends on: the text, its publication date, the model, the code."""
    digest = hashlib.sha256()
    for part in (code_fingerprint(), model_fingerprint(model), str(document.published)):
        digest.update(part.encode() + b"\0")
    digest.update(document.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class AnalysisCache:
    """Analyses on disk, one file per key, under directory/<2 hex>/<key>."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory else default_cache_dir()
        self.hits = 0
        self.misses = 0
        self.rebuilt = 0

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def has(self, key: str) -> bool:
        """Is there an entry (not yet checked: get() checks it)?"""
        return self._path(key).is_file()

    def get(self, key: str):
        """The cached analysis, or None when absent or not intact (then the entry is removed)."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        header_end = len(_MAGIC) + 64
        checksum, payload = data[len(_MAGIC) : header_end], data[header_end:]
        intact = (
            data.startswith(_MAGIC) and hashlib.sha256(payload).hexdigest().encode() == checksum
        )
        if intact:
            try:
                value = pickle.loads(payload)
            except Exception:  # noqa: BLE001 - any unpickling failure means a bad entry
                intact = False
        if not intact:
            self.rebuilt += 1
            self.misses += 1
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        """Store an analysis atomically; a cache that cannot be written is skipped silently."""
        path = self._path(key)
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        checksum = hashlib.sha256(payload).hexdigest().encode()
        handle = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - renamed after close
                "wb", dir=path.parent, prefix=".tmp-", delete=False
            )
            with handle:
                handle.write(_MAGIC + checksum + payload)
            os.replace(handle.name, path)
        except OSError:
            if handle is not None:
                with contextlib.suppress(OSError):
                    os.unlink(handle.name)
