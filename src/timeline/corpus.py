"""Find and read documents: files and folders (recursive), stdin, encodings, date headers,
YAML-style front matter, and a `sources.csv` manifest kept beside the articles.

Publication date precedence: `--doc-date` option > manifest > front matter > date line in
the text > none. A document that cannot be read becomes a warning, never an exception.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .cleanup import DATE_LINE, FRONT_MATTER
from .model import Document

SUFFIXES = (".txt", ".md")
MANIFEST_NAME = "sources.csv"
MAX_BYTES = 20 * 1024 * 1024


class CorpusError(Exception):
    """A document that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class ManifestEntry:
    """One row of a sources.csv manifest: what the user knows about a file."""

    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None


def parse_iso_day(value: str) -> date:
    """Parse YYYY-MM-DD (a datetime prefix is accepted); raise ValueError with a clear reason."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?\s*", value or "")
    if not match:
        raise ValueError(f"{value!r} is not a date in YYYY-MM-DD form")
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError as error:
        raise ValueError(f"{value!r} is not a valid date ({error})") from None


def find_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path | str, str]]:
    """Yield (path, name) of files to read, folders walked recursively in sorted order.

    A file inside a given folder is named by its path relative to that folder, a file given
    directly by its file name, so output does not depend on where the corpus lies.
    '-' is passed through (stdin). Hidden files and folders are skipped in walks.
    """
    for raw in paths:
        if str(raw) == "-":
            yield "-", "<stdin>"
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                        continue
                    if name == MANIFEST_NAME:
                        continue
                    found = Path(root) / name
                    yield found, found.relative_to(path).as_posix()
        else:
            yield path, path.name


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a warning."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(f"{name}: binary file, skipped")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as error:
            raise CorpusError(f"{name}: invalid UTF-16 ({error.reason})") from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise CorpusError(f"{name}: not UTF-8, UTF-16 or cp1252 text, skipped") from None
    return text, [f"{name}: not UTF-8, read as cp1252"]


def read_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """Read folder/sources.csv (columns file, outlet, published, title, url); {} if absent."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    entries: dict[str, ManifestEntry] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line_number, row in enumerate(csv.DictReader(handle), start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            name = row.get("file")
            if not name:
                continue
            published = None
            raw_date = row.get("published") or row.get("date")
            if raw_date:
                try:
                    published = parse_iso_day(raw_date)
                except ValueError as error:
                    print(f"{path}:{line_number}: {error}, ignored", file=sys.stderr)
            entries[name] = ManifestEntry(
                outlet=row.get("outlet") or row.get("source") or None,
                published=published,
                title=row.get("title") or None,
                url=row.get("url") or None,
            )
    return entries


def _front_matter(text: str) -> dict[str, str]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return fields


def parse_document(
    name: str,
    text: str,
    manifest: ManifestEntry | None = None,
    doc_date: date | None = None,
    path: str | None = None,
    warnings: Iterable[str] = (),
) -> Document:
    """Build a Document from text, finding its publication date by the precedence above."""
    warnings = list(warnings)
    manifest = manifest or ManifestEntry()
    fields = _front_matter(text)
    published, published_by = None, "none"
    if doc_date is not None:
        published, published_by = doc_date, "option"
    elif manifest.published is not None:
        published, published_by = manifest.published, "manifest"
    candidates = []
    if fields.get("date"):
        candidates.append(("metadata", fields["date"]))
    elif not fields:
        line = DATE_LINE.match(text)
        if line:
            candidates.append(("text", line.group(1)))
    for origin, raw in candidates:
        try:
            found = parse_iso_day(raw)
        except ValueError as error:
            warnings.append(f"{name}: malformed date header ({error}), ignored")
            continue
        if published is None:
            published, published_by = found, origin
    if published is None:
        warnings.append(f"{name}: no publication date; its relative dates are left unanchored")
    return Document(
        name=name,
        text=text,
        published=published,
        published_by=published_by,
        outlet=manifest.outlet or fields.get("outlet") or fields.get("source") or None,
        title=manifest.title or fields.get("title") or None,
        path=path,
        warnings=tuple(warnings),
    )


def read_documents(
    paths: Iterable[str | Path],
    doc_dates: Mapping[str, date] | None = None,
    stdin: io.TextIOBase | None = None,
    on_error=None,
) -> Iterator[Document]:
    """Yield a Document per readable file; unreadable ones go to on_error(message).

    doc_dates maps a file name, relative path or absolute path to a publication date.
    """
    doc_dates = dict(doc_dates or {})
    manifests: dict[Path, dict[str, ManifestEntry]] = {}
    seen: set[str] = set()
    for item, name in find_files(paths):
        if item == "-":
            source = stdin if stdin is not None else sys.stdin
            text = source.read()
            yield parse_document("<stdin>", text, doc_date=doc_dates.get("-"))
            continue
        path = Path(item)
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        try:
            if not path.exists():
                raise CorpusError(f"{name}: no such file (or a broken link)")
            if path.stat().st_size > MAX_BYTES:
                raise CorpusError(f"{name}: larger than {MAX_BYTES // 2**20} MB, skipped")
            try:
                data = path.read_bytes()
            except OSError as error:
                raise CorpusError(f"{name}: cannot read ({error.strerror})") from None
            text, warnings = decode(data, name)
            if not text.strip():
                raise CorpusError(f"{name}: empty file, skipped")
        except CorpusError as error:
            if on_error is not None:
                on_error(str(error))
            continue
        folder = path.parent.resolve()
        if folder not in manifests:
            try:
                manifests[folder] = read_manifest(folder)
            except (OSError, csv.Error, UnicodeDecodeError) as error:
                if on_error is not None:
                    on_error(f"{folder / MANIFEST_NAME}: unreadable manifest ({error})")
                manifests[folder] = {}
        entry = manifests[folder].get(path.name)
        doc_date = next(
            (doc_dates[k] for k in (name, path.name, str(path.resolve())) if k in doc_dates), None
        )
        yield parse_document(name, text, entry, doc_date, path=str(path), warnings=warnings)


def with_published(document: Document, published: date | None, by: str) -> Document:
    """A copy of document with another publication date."""
    return replace(document, published=published, published_by=by)
