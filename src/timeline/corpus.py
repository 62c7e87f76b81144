"""Find and read documents: files and folders (recursive), stdin, encodings, and the metadata
that comes with them.

Inputs: `.txt`; `.md` with YAML-style front matter (`date:`, `title:`, `source:`/`outlet:`,
`url:`); saved `.html`/`.htm` pages (main text, title, site name, URL and the page's own
publication date through trafilatura); `.jsonl`/`.csv` exports with one article a row (the
columns in `Fields`); and a `sources.csv` manifest beside the articles (a row names its file
exactly, or the one file whose name differs only in case; a row naming no file is a warning).

`Document.text` is the text the rest of the pipeline reads and every character offset refers
to: the file as decoded for `.txt`/`.md`, the extracted article text for HTML, the text field
of the row for exports.

Publication date precedence: `--doc-date` option > manifest > the document's own metadata
(front matter, HTML metadata, an export's date column) > a date line or dateline in the text >
inference over the corpus (published.py) > unknown. Outlet precedence: manifest > the
document's own metadata > the domain of its URL > the signs in its text of an outlet of
`OUTLETS` (dateline, byline, sign-off, copyright line; see `_text_outlet`) > unknown, never a
guess from its style or file name. A document that cannot be read becomes a
one-line warning naming it, never an exception. The same article saved twice is read once.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .cleanup import FRONT_MATTER, header, is_copyright_line, strip_header
from .model import Document
from .published import CONFIDENCE, UNDATED, find_text_date, parse_day

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
EXPORT_SUFFIXES = (".jsonl", ".ndjson", ".csv")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + EXPORT_SUFFIXES
MANIFEST_NAME = "sources.csv"
MAX_BYTES = 20 * 1024 * 1024  # one article; larger files are not articles (exports stream)

OnError = Callable[[str], None]


class CorpusError(Exception):
    """A document that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class Fields:
    """Column names of an export (and of a manifest), the first one present in a row wins."""

    text: tuple[str, ...] = ("text", "body", "content", "article", "full_text", "maintext")
    date: tuple[str, ...] = (
        "published", "date", "published_at", "publication_date", "pubdate", "date_publish",
        "datetime", "timestamp",
    )  # fmt: skip
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link", "source_url")
    outlet: tuple[str, ...] = ("outlet", "source", "publisher", "site", "sitename", "source_name")

    def with_names(self, **names: str | None) -> Fields:
        """These fields with some names given by the user (`--text-field body`)."""
        given = {key: tuple(v.strip() for v in value.split(",")) for key, value in names.items()}
        return replace(self, **{k: v for k, v in given.items() if v and v[0]})


@dataclass(frozen=True)
class Metadata:
    """What a file or row says about itself, apart from its text."""

    published: str | None = None  # as written
    evidence: str = ""  # where the date was found, e.g. "front matter date:"
    confidence: float = CONFIDENCE["metadata"]
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ManifestEntry:
    """One row of a sources.csv manifest: what the user knows about a file."""

    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str = field(default="", compare=False)  # "sources.csv line 3", for evidence
    line: int = field(default=0, compare=False)  # its line in the manifest


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
    '-' is passed through (stdin). Hidden files and folders and manifests are skipped in walks.
    """
    for raw in paths:
        if str(raw) == "-":
            yield "-", "<stdin>"
            continue
        path = Path(raw)
        if path.is_dir():
            for root, names in walk_folder(str(path)):
                for name in names:
                    found = Path(root) / name
                    yield found, found.relative_to(path).as_posix()
        else:
            yield path, path.name


# Files being written by this run (build's -o): never read as articles, even in a folder read.
# A context variable, so that the library API (pipeline.build) needs no argument for it.
_WRITING: ContextVar[frozenset[str]] = ContextVar("timeline_writing", default=frozenset())


@contextlib.contextmanager
def writing(*outputs: str | Path | None) -> Iterator[None]:
    """Within this block, read_documents skips these files: the output the run writes."""
    real = {os.path.realpath(p) for p in outputs if p and str(p) != "-"}
    token = _WRITING.set(_WRITING.get() | real)
    try:
        yield
    finally:
        _WRITING.reset(token)


@dataclass(frozen=True)
class FoundFile:
    """A file to read, and the name its documents go by."""

    path: Path | str  # "-" for stdin
    name: str  # unique among the files of one read
    local_name: str  # relative to the folder given, or the file name of a file given


def list_files(paths: Iterable[str | Path], on_error: OnError | None = None) -> list[FoundFile]:
    """The files to read under paths, each named as find_files does, unless two files would
    share a name (reuters.txt in two folders): then those files are named by their path from
    the deepest folder that holds all the inputs (floods/reuters.txt, romania/reuters.txt),
    and the others keep their names, so that their event ids do not change.
    Skipped: the files being written (`writing`) and earlier outputs of `timeline build`
    (silently in a folder; one given itself is a warning)."""
    from .render.signatures import build_output_format

    writing_to = _WRITING.get()
    found: list[tuple[str, FoundFile]] = []  # (the input it was found under, the file)
    for raw in paths:
        walked = str(raw) != "-" and Path(raw).is_dir()
        before = len(found)
        for item, name in find_files([raw]):
            if item != "-" and writing_to and os.path.realpath(item) in writing_to:
                continue
            written = build_output_format(Path(item)) if item != "-" else None
            if written:
                if not walked and on_error is not None:
                    on_error(f"{name}: a {written} output of timeline build, not articles; skipped")
                continue
            found.append((str(raw), FoundFile(item, name, name)))
        if len(found) == before and walked and on_error is not None:
            on_error(f"{raw}: no article files in this folder (looked for {', '.join(SUFFIXES)})")
    files_named: dict[str, set[str]] = {}
    for _, file in found:
        if file.path != "-":
            files_named.setdefault(file.name, set()).add(str(file.path))
    if all(
        len(same) == 1 or len(set(map(os.path.realpath, same))) == 1
        for same in files_named.values()
    ):
        return [file for _, file in found]
    anchors = {os.path.dirname(os.path.abspath(raw)) for raw, file in found if file.path != "-"}
    try:
        common = os.path.commonpath(anchors)
    except ValueError:  # on two drives: nothing in common, the absolute paths tell them apart
        common = None

    def path_name(file: FoundFile) -> str:
        absolute = os.path.abspath(file.path)
        return Path(os.path.relpath(absolute, common) if common else absolute).as_posix()

    clashing = {
        name for name, same in files_named.items() if len(set(map(os.path.realpath, same))) > 1
    }
    renamed = [
        replace(file, name=path_name(file)) if file.name in clashing else file for _, file in found
    ]
    reaches: dict[str, set[str]] = {}
    for file in renamed:
        if file.path != "-":
            reaches.setdefault(file.name, set()).add(os.path.realpath(file.path))
    if all(len(files) == 1 for files in reaches.values()):
        return renamed
    # A path name is another file's name too (romania/floods/reuters.txt read from romania):
    # every file by its path then.
    return [file if file.path == "-" else replace(file, name=path_name(file)) for _, file in found]


class DocDateError(ValueError):
    """A --doc-date key that names several files; the message names them."""


def doc_date_keys(
    doc_dates: Mapping[str, date], files: Iterable[FoundFile]
) -> dict[str, list[str]]:
    """The --doc-date keys naming each file (by real path), most exact first: its name or its
    path, then its name in its folder or its file name. A key naming several files is a
    DocDateError, unless it is the name or path of exactly one of them."""
    by_real_path = {os.path.realpath(k): k for k in doc_dates if k != "-"}
    keys_of: dict[str, list[str]] = {}
    named: dict[str, dict[str, tuple[str, bool]]] = {}  # key -> real path -> (name, exact)
    for file in files:
        if file.path == "-":
            continue
        real = os.path.realpath(file.path)
        exact = [k for k in (file.name, str(Path(file.path).resolve())) if k in doc_dates]
        exact += [by_real_path[real]] if real in by_real_path else []
        loose = [k for k in (file.local_name, Path(file.path).name) if k in doc_dates]
        keys_of[real] = list(dict.fromkeys(exact + loose))
        for key in keys_of[real]:
            named.setdefault(key, {})[real] = (file.name, key in exact)
    for key, files_named in named.items():
        precise = [real for real, (_, is_exact) in files_named.items() if is_exact]
        if len(files_named) < 2:
            continue
        if len(precise) != 1:
            names = [name for name, _ in files_named.values()]
            example = f"--doc-date {names[0]}={doc_dates[key].isoformat()}"
            raise DocDateError(
                f"--doc-date {key}: {len(names)} files have that name ({', '.join(names)}); "
                f"name one by its path, e.g. {example}"
            )
        for real in files_named:
            if real != precise[0]:
                keys_of[real].remove(key)
    return keys_of


def walk_folder(folder: str) -> Iterator[tuple[str, list[str]]]:
    """(folder, sorted article file names) for a folder and its subfolders, sorted; hidden
    files and folders and manifests are left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        names = [
            name
            for name in sorted(files)
            if not name.startswith(".")
            and name.lower().endswith(SUFFIXES)
            and name != MANIFEST_NAME
        ]
        yield root, names


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as error:
            raise CorpusError(f"{name}: invalid UTF-16 ({error.reason}), skipped") from None
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{name}: binary file, skipped")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise CorpusError(f"{name}: not UTF-8, UTF-16 or cp1252 text, skipped") from None
    if _looks_binary(text):
        raise CorpusError(f"{name}: binary file, skipped")
    return text, [f"{name}: not UTF-8, read as cp1252"]


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return controls > len(sample) // 20


def _first(row: Mapping[str, str], names: Iterable[str]) -> tuple[str | None, str | None]:
    """The first non-empty value among names (case-insensitive keys), and its column name."""
    for name in names:
        value = row.get(name.lower())
        if value is not None and str(value).strip():
            return str(value).strip(), name
    return None, None


def read_manifest(
    folder: Path, on_error: OnError | None = None, fields: Fields | None = None
) -> dict[str, ManifestEntry]:
    """Read folder/sources.csv (columns file, outlet, published, title, url); {} if absent."""
    fields = fields or Fields()
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    entries: dict[str, ManifestEntry] = {}
    text, _ = decode(path.read_bytes(), str(path))
    for line_number, raw in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        name = row.get("file")
        if not name:
            continue
        published = None
        raw_date, _ = _first(row, fields.date)
        if raw_date:
            try:
                published = parse_day(raw_date)
            except ValueError as error:
                if on_error is not None:
                    on_error(f"{path}:{line_number}: {error}, ignored")
        entries[name] = ManifestEntry(
            outlet=_first(row, fields.outlet)[0],
            published=published,
            title=_first(row, fields.title)[0],
            url=_first(row, fields.url)[0],
            source=f"{MANIFEST_NAME} line {line_number}",
            line=line_number,
        )
    return entries


def match_manifest(
    entries: Mapping[str, ManifestEntry], folder: Path, on_error: OnError | None = None
) -> tuple[dict[str, ManifestEntry], dict[str, ManifestEntry]]:
    """(rows by the name of the file each names, rows that name no file of the folder).

    A row names the file of its name; else the one file of the folder whose name differs
    only in case ("AP.txt" for ap.txt: a manifest typed by hand, or written on a system that
    ignores case). A row that fits several files that way names none (a warning naming
    them). A row that fits no file keeps its name (it may name a file by its path from the
    folder read) and is among the second dict, for read_documents to warn about if no
    document used it."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_file())
    except OSError:
        return dict(entries), {}
    present = set(names)
    by_case: dict[str, list[str]] = {}
    for name in names:
        by_case.setdefault(name.casefold(), []).append(name)
    matched = {
        name: entry
        for name, entry in entries.items()
        if name in present or (("/" in name or os.sep in name) and (folder / name).is_file())
    }
    unmatched: dict[str, ManifestEntry] = {}
    for name, entry in entries.items():
        if name in matched:
            continue
        fits = by_case.get(name.casefold(), [])
        if len(fits) == 1 and fits[0] not in matched and fits[0] not in entries:
            matched[fits[0]] = entry
        elif len(fits) > 1:
            if on_error is not None:
                on_error(
                    f"{folder / MANIFEST_NAME}:{entry.line}: {name!r} fits "
                    f"{len(fits)} files but for case ({', '.join(fits)}); name one exactly, "
                    "row not used"
                )
        elif not fits:
            matched[name] = unmatched[name] = entry
    return matched, unmatched


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


def _front_matter_metadata(text: str) -> Metadata | None:
    fields = _front_matter(text)
    if not fields:
        return None
    raw_date, column = _first(fields, Fields().date)
    return Metadata(
        published=raw_date,
        evidence=f"front matter {column}: {raw_date}" if raw_date else "",
        outlet=_first(fields, Fields().outlet)[0],
        title=fields.get("title") or None,
        url=fields.get("url") or None,
    )


def parse_document(
    name: str,
    text: str,
    manifest: ManifestEntry | None = None,
    doc_date: date | None = None,
    path: str | None = None,
    warnings: Iterable[str] = (),
    metadata: Metadata | None = None,
) -> Document:
    """Build a Document from text, finding its publication date by the precedence above.

    metadata is what the file format itself says (HTML, export row); for text files the
    front matter is read here.
    """
    warnings = list(warnings)
    manifest = manifest or ManifestEntry()
    if metadata is None:
        metadata = _front_matter_metadata(text) or Metadata()
    found: list[tuple[date, str, float, str]] = []  # (day, by, confidence, evidence)
    if doc_date is not None:
        found.append((doc_date, "option", CONFIDENCE["option"], f"--doc-date {doc_date}"))
    if manifest.published is not None:
        evidence = manifest.source or MANIFEST_NAME
        found.append((manifest.published, "manifest", CONFIDENCE["manifest"], evidence))
    if metadata.published:
        try:
            day = parse_day(metadata.published)
            found.append((day, "metadata", metadata.confidence, metadata.evidence))
        except ValueError as error:
            warnings.append(f"{name}: malformed date in its metadata ({error}), ignored")
    in_text = find_text_date(text, name)
    if in_text is not None:
        if in_text.warning:
            warnings.append(in_text.warning)
        if in_text.published is not None:
            found.append((in_text.published, "text", in_text.confidence, in_text.evidence))
    if found:
        published, published_by, confidence, evidence = found[0]
        others = sorted({f"{by} says {day}" for day, by, _, _ in found[1:] if day != published})
        if others:
            evidence += f" (over {', '.join(others)})"
    else:
        published, published_by, confidence, evidence = None, "none", 0.0, ""
        warnings.append(f"{name}: {UNDATED}; its relative dates are left unanchored")
    return Document(
        name=name,
        text=text,
        published=published,
        published_by=published_by,
        outlet=manifest.outlet
        or metadata.outlet
        or _url_outlet(manifest.url or metadata.url)
        or _text_outlet(text),
        title=manifest.title or metadata.title,
        path=path,
        warnings=tuple(warnings),
        url=manifest.url or metadata.url,
        published_confidence=confidence,
        published_evidence=evidence,
    )


# -- outlets ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    """A news outlet: the name we report, the names its own pages sign with (dateline, byline,
    copyright line; whole words, case as written: "AP", not "ap") and its web domains."""

    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...] = ()
    sign_off: str | None = None  # a house sign-off line (a regex)


# Well-known outlets. One name each, so that an AP story found by its dateline "(AP)" and
# another by "Copyright 2024 The Associated Press" count as one outlet.
OUTLETS = (
    Outlet(
        "AP",
        ("AP", "Associated Press"),
        ("apnews.com",),
        r"Associated Press (?:writers?|reporters?|journalists?)\b.{0,200}\bcontributed",
    ),
    Outlet(
        "Reuters",
        ("Reuters", "Thomson Reuters"),
        ("reuters.com",),
        r"\(?Reporting by\b.{0,300}\b(?:Editing|Writing) by\b",
    ),
    Outlet("AFP", ("AFP", "Agence France-Presse", "Agence France Presse"), ("afp.com",)),
    Outlet("Bloomberg", ("Bloomberg", "Bloomberg News"), ("bloomberg.com",)),
    Outlet("Anadolu", ("Anadolu", "Anadolu Agency"), ("aa.com.tr",)),
    Outlet("BBC News", ("BBC", "BBC News"), ("bbc.co.uk", "bbc.com")),
    Outlet(
        "The Guardian",
        ("Guardian", "The Guardian", "Guardian News & Media", "Guardian News and Media"),
        ("theguardian.com",),
    ),
    Outlet("Financial Times", ("Financial Times", "FT"), ("ft.com",)),
    Outlet(
        "Al Jazeera",
        ("Al Jazeera", "Al Jazeera Media Network"),
        ("aljazeera.com",),
        r"Source:\s+Al Jazeera(?:\s+and\s+news\s+agencies)?\s*$",
    ),
    Outlet("The Wall Street Journal", ("Wall Street Journal", "WSJ"), ("wsj.com",)),
    Outlet("The New York Times", ("New York Times",), ("nytimes.com",)),
    Outlet("The Washington Post", ("Washington Post",), ("washingtonpost.com",)),
    Outlet("CNN", ("CNN",), ("cnn.com",)),
    Outlet("CNBC", ("CNBC",), ("cnbc.com",)),
    Outlet("NPR", ("NPR",), ("npr.org",)),
    Outlet("Sky News", ("Sky News",), ("news.sky.com",)),
    Outlet("The Independent", ("The Independent",), ("independent.co.uk",)),
    Outlet("The Telegraph", ("The Telegraph", "Telegraph Media Group"), ("telegraph.co.uk",)),
    Outlet("The Seattle Times", ("Seattle Times",), ("seattletimes.com",)),
    Outlet("Daily Express", ("Daily Express", "Express.co.uk"), ("express.co.uk",)),
    Outlet("Deutsche Welle", ("Deutsche Welle", "DW"), ("dw.com",)),
    Outlet("Yonhap", ("Yonhap", "Yonhap News Agency"), ("yna.co.kr",)),
    Outlet("Kyodo News", ("Kyodo", "Kyodo News", "KYODO NEWS", "KYODO"), ("kyodonews.net",)),
    Outlet("NHK", ("NHK", "NHK World", "NHK WORLD", "NHK WORLD-JAPAN"), ("nhk.or.jp",)),
    Outlet("The Japan Times", ("The Japan Times", "Japan Times"), ("japantimes.co.jp",)),
    Outlet("Xinhua", ("Xinhua", "Xinhua News Agency"), ("xinhuanet.com", "news.cn")),
    Outlet("South China Morning Post", ("South China Morning Post", "SCMP"), ("scmp.com",)),
    Outlet("Le Monde", ("Le Monde",), ("lemonde.fr",)),
    Outlet("France 24", ("France 24", "FRANCE 24"), ("france24.com",)),
    Outlet("Euronews", ("Euronews",), ("euronews.com",)),
    Outlet("dpa", ("dpa", "Deutsche Presse-Agentur"), ("dpa.com",)),
    Outlet("EFE", ("EFE",), ("efe.com",)),
    Outlet("ANSA", ("ANSA",), ("ansa.it",)),
    Outlet("TASS", ("TASS",), ("tass.com",)),
    Outlet("Interfax", ("Interfax",), ("interfax.com",)),
    Outlet("PTI", ("PTI", "Press Trust of India"), ("ptinews.com",)),
    Outlet("The Times of India", ("Times of India",), ("timesofindia.indiatimes.com",)),
    Outlet("The Hindu", ("The Hindu",), ("thehindu.com",)),
    Outlet("NDTV", ("NDTV",), ("ndtv.com",)),
    Outlet("The Kyiv Independent", ("Kyiv Independent",), ("kyivindependent.com",)),
    Outlet("The Times of Israel", ("Times of Israel",), ("timesofisrael.com",)),
    Outlet("ABC News", ("ABC News",), ("abcnews.go.com",)),
    Outlet("CBS News", ("CBS News",), ("cbsnews.com",)),
    Outlet("NBC News", ("NBC News",), ("nbcnews.com",)),
    Outlet("Fox News", ("Fox News",), ("foxnews.com",)),
    Outlet("Politico", ("Politico", "POLITICO"), ("politico.com", "politico.eu")),
    Outlet("Axios", ("Axios",), ("axios.com",)),
)
_BY_ALIAS = {alias: outlet.name for outlet in OUTLETS for alias in outlet.aliases}
_ALIAS = re.compile(
    r"(?<![\w&.-])(?:"
    + "|".join(re.escape(a) for a in sorted(_BY_ALIAS, key=len, reverse=True))
    + r")(?![\w&-])"
)
_SIGN_OFFS = tuple((re.compile(o.sign_off), o.name) for o in OUTLETS if o.sign_off)


def _named_outlet(line: str) -> str | None:
    """The well-known outlet a byline or copyright line names, or None."""
    match = _ALIAS.search(line)
    return _BY_ALIAS[match.group()] if match else None


def _url_outlet(url: str | None) -> str | None:
    """The well-known outlet whose domain serves url ("https://www.bbc.co.uk/news/...")."""
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url.strip()).hostname or "") if url else ""
    except ValueError:  # "https://[www.bbc.co.uk/...": no host to read, no outlet
        return None
    for outlet in OUTLETS:
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet.name
    return None


def _text_outlet(text: str) -> str | None:
    """The outlet an article's own text names, by how news pages sign (first found wins):
    the agency of the dateline that starts its first paragraph ("BEIRUT (Reuters) -", "NEW
    YORK (AP) —") or that signs its date line ("KYODO NEWS - Dec 25, 2024"), a byline or the
    outlet line under it ("By Jane Doe, Reuters", "BBC News",
    "Seattle Times aerospace reporter"), a house sign-off ("(Reporting by ...; Editing by
    ...)", "Source: Al Jazeera and news agencies"), a copyright line ("Copyright The Financial Times Limited 2024"). Only outlets of
    OUTLETS: a name is never made up from a line's words."""
    top = header(text)
    agency = top.dateline.group("agency") if top.dateline is not None else None
    if agency in _BY_ALIAS:
        return _BY_ALIAS[agency]
    signed = top.date.groupdict().get("agency") if top.date is not None else None
    if signed in _BY_ALIAS:  # "KYODO NEWS - Dec 25, 2024 - 18:10"
        return _BY_ALIAS[signed]
    for start, end in top.bylines:
        if outlet := _named_outlet(text[start:end]):
            return outlet
    lines = text.splitlines()
    for line in lines:
        for sign_off, name in _SIGN_OFFS:
            if sign_off.match(line.strip()):
                return name
    for line in lines:
        if is_copyright_line(line) and (outlet := _named_outlet(line)):
            return outlet
    return None


# -- HTML ------------------------------------------------------------------------------------

# Meta tags that carry the publication date, in order of trust.
_DATE_META = (
    "article:published_time", "og:published_time", "datePublished", "date", "pubdate",
    "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date",
)  # fmt: skip
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _html_meta_date(html: str) -> tuple[str, str] | None:
    """(value, evidence) of the page's own publication-date metadata, if it has some."""
    found: dict[str, str] = {}
    for tag in _META_TAG.finditer(html):
        attributes = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
            for m in _ATTRIBUTE.finditer(tag.group(0))
        }
        key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
        if key and attributes.get("content"):
            found.setdefault(key.lower(), attributes["content"])
    for key in _DATE_META:
        if key.lower() in found:
            return found[key.lower()], f"HTML meta {key}={found[key.lower()]!r}"
    match = _JSON_LD_DATE.search(html)
    if match:
        return match.group(1), f"HTML JSON-LD datePublished={match.group(1)!r}"
    return None


def read_html(html: str, name: str) -> tuple[str, Metadata]:
    """The article text of a saved page and its metadata, through trafilatura (offline)."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # Only the page's own date information; "max_date" fixed so the wall clock
            # never decides.
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": "2099-12-31",
            },
        )
    except ValueError:
        extracted = None
    if extracted is None or not (extracted.text or "").strip():
        raise CorpusError(f"{name}: no article text found in the HTML page, skipped")
    meta = _html_meta_date(html)
    if meta is not None:
        published, evidence, confidence = meta[0], meta[1], CONFIDENCE["metadata"]
    elif extracted.date:
        published, confidence = extracted.date, 0.75
        evidence = f"HTML page date found by trafilatura ({extracted.date})"
    else:
        published, evidence, confidence = None, "", 0.0
    metadata = Metadata(
        published=published,
        evidence=evidence,
        confidence=confidence,
        outlet=extracted.sitename or None,
        title=extracted.title or None,
        url=extracted.url or None,
    )
    text = extracted.text
    # trafilatura puts the headline first; it is the title, not a sentence of the article.
    if extracted.title and text.startswith(extracted.title + "\n"):
        text = text[len(extracted.title) + 1 :]
    return text, metadata


# -- exports -----------------------------------------------------------------------------------


def _export_rows(path: Path, name: str) -> Iterator[tuple[int, dict | None, str]]:
    """(row number, row or None, problem) for each record of a JSONL or CSV export."""
    if path.suffix.lower() == ".csv":
        text, _ = decode(path.read_bytes(), name)
        csv.field_size_limit(MAX_BYTES)
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            for number, row in enumerate(reader, start=1):
                yield number, {(k or "").strip().lower(): v for k, v in row.items() if k}, ""
        except csv.Error as error:
            yield reader.line_num, None, f"malformed CSV ({error})"
        return
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                yield number, None, f"not a JSON object ({error.__class__.__name__})"
                continue
            if not isinstance(row, dict):
                yield number, None, "not a JSON object"
                continue
            yield number, {str(k).strip().lower(): v for k, v in row.items()}, ""


def read_export(path: Path, name: str, fields: Fields, on_error: OnError) -> Iterator[Document]:
    """One Document per row of a JSONL/CSV export, named 'file.jsonl:LINE' / 'file.csv:ROW'."""
    kind = "CSV" if path.suffix.lower() == ".csv" else "JSONL"
    for number, row, problem in _export_rows(path, name):
        row_name = f"{name}:{number}"
        if row is None:
            on_error(f"{row_name}: {problem}, skipped")
            continue
        text, _ = _first(row, fields.text)
        if not text:
            wanted = "/".join(fields.text[:3])
            on_error(f"{row_name}: no text ({wanted}...; see --text-field), skipped")
            continue
        raw_date, column = _first(row, fields.date)
        metadata = Metadata(
            published=raw_date,
            evidence=f"{kind} field {column}={raw_date!r}" if raw_date else "",
            outlet=_first(row, fields.outlet)[0],
            title=_first(row, fields.title)[0],
            url=_first(row, fields.url)[0],
        )
        yield parse_document(row_name, text, path=str(path), metadata=metadata)


# -- reading a corpus --------------------------------------------------------------------------


def content_key(text: str) -> str:
    """The same article saved twice (other spacing, a date line or not) has the same key."""
    body = " ".join(strip_header(text).split()).lower()
    return hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest()


def _read_file(path: Path, name: str) -> tuple[str, list[str]]:
    if not path.exists():
        raise CorpusError(f"{name}: no such file (or a broken link)")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise CorpusError(
            f"{name}: {size / 2**20:.0f} MB, larger than an article "
            f"({MAX_BYTES // 2**20} MB), skipped"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CorpusError(f"{name}: cannot read ({error.strerror or error}), skipped") from None
    if not data.strip():
        raise CorpusError(f"{name}: empty file, skipped")
    text, warnings = decode(data, name)
    if not text.strip():
        raise CorpusError(f"{name}: empty file, skipped")
    return text, warnings


def read_documents(
    paths: Iterable[str | Path],
    doc_dates: Mapping[str, date] | None = None,
    stdin: io.TextIOBase | None = None,
    on_error: OnError | None = None,
    fields: Fields | None = None,
    once: bool = True,
) -> Iterator[Document]:
    """Yield a Document per readable article; problems go to on_error(message), one line each.

    Files are named as list_files says. doc_dates maps a file name, relative path or absolute
    path to a publication date; a name several files have raises DocDateError (see
    doc_date_keys). The same article found twice (same text) is yielded once, with a warning
    naming both files: the first copy whose publication date could be read (a copy whose
    date line was mangled in the paste gives way), in the place of the first copy found;
    with once=False (tagging files one by one) each file is yielded, as it is read.
    Publication dates here are those found; `published.infer_publication_dates` adds the rest.
    """
    read = _read_each(paths, doc_dates, stdin, on_error, fields)
    if not once:
        yield from read
        return
    kept: dict[str, Document] = {}
    for document in read:
        key = content_key(document.text)
        first = kept.setdefault(key, document)
        if first is document:
            continue
        if first.published is None and document.published is not None:
            kept[key], document, first = document, first, document
        if on_error is not None:
            on_error(f"{document.name}: same text as {first.name}, counted once")
    yield from kept.values()


def _read_each(
    paths: Iterable[str | Path],
    doc_dates: Mapping[str, date] | None,
    stdin: io.TextIOBase | None,
    on_error: OnError | None,
    fields: Fields | None,
) -> Iterator[Document]:
    """Every readable article, in the order list_files gives, copies of one text included."""
    doc_dates = dict(doc_dates or {})
    used_dates: set[str] = set()
    fields = fields or Fields()
    manifests: dict[Path, dict[str, ManifestEntry]] = {}
    unmatched_rows: dict[Path, dict[str, ManifestEntry]] = {}  # rows naming no file there
    used_rows: set[tuple[Path, str]] = set()
    folders: dict[Path, Path] = {}  # as found -> resolved
    seen_paths: set[str] = set()

    def report(message: str) -> None:
        if on_error is not None:
            on_error(message)

    listed = list_files(paths, report)
    # A key given as a path ("docs/a.txt", "./docs/a.txt") also matches by its real path.
    keys_of = doc_date_keys(doc_dates, listed) if doc_dates else {}
    for found in listed:
        item, name = found.path, found.name
        if item == "-":
            source = stdin if stdin is not None else sys.stdin
            used_dates.add("-")
            document = parse_document("<stdin>", source.read(), doc_date=doc_dates.get("-"))
            if document.text.strip():
                yield document
            elif not document.text.strip():
                report("<stdin>: empty input, skipped")
            continue
        path = Path(item)
        key = os.path.realpath(path)
        if key in seen_paths:
            continue
        seen_paths.add(key)
        suffix = path.suffix.lower()
        try:
            if suffix in EXPORT_SUFFIXES:
                if not path.exists():
                    raise CorpusError(f"{name}: no such file (or a broken link)")
                yield from read_export(path, name, fields, report)
                continue
            text, warnings = _read_file(path, name)
            metadata = None
            if suffix in HTML_SUFFIXES:
                text, metadata = read_html(text, name)
        except CorpusError as error:
            report(str(error))
            continue
        except OSError as error:
            report(f"{name}: cannot read ({error.strerror or error}), skipped")
            continue
        folder = folders.get(path.parent)
        if folder is None:
            folder = folders[path.parent] = path.parent.resolve()
        if folder not in manifests:
            try:
                manifests[folder], unmatched_rows[folder] = match_manifest(
                    read_manifest(folder, report, fields), folder, report
                )
            except (OSError, csv.Error, CorpusError) as error:
                report(f"{folder / MANIFEST_NAME}: unreadable manifest ({error}), ignored")
                manifests[folder] = {}
        entry = None
        for row_name in (path.name, found.local_name):
            if (entry := manifests[folder].get(row_name)) is not None:
                used_rows.add((folder, row_name))
                break
        doc_date = None
        if doc_dates:
            keys = keys_of.get(key, [])
            if keys:
                doc_date = doc_dates[keys[0]]
                used_dates.update(keys)
                if len({doc_dates[k] for k in keys}) > 1:
                    told = ", ".join(f"{k}={doc_dates[k].isoformat()}" for k in dict.fromkeys(keys))
                    report(f"{name}: --doc-date given twice ({told}); {doc_date.isoformat()} used")
        document = parse_document(
            name, text, entry, doc_date, path=str(path), warnings=warnings, metadata=metadata
        )
        yield document
    for unused in sorted(set(doc_dates) - used_dates):
        report(f"--doc-date {unused}: no document of that name was read, date not used")
    for folder, rows in unmatched_rows.items():
        for row_name, row in rows.items():
            if (folder, row_name) not in used_rows:
                report(
                    f"{folder / MANIFEST_NAME}:{row.line}: no file named {row_name!r} in "
                    "that folder, row not used"
                )


def with_published(document: Document, published: date | None, by: str) -> Document:
    """A copy of document with another publication date."""
    confidence = CONFIDENCE.get(by, document.published_confidence)
    return replace(document, published=published, published_by=by, published_confidence=confidence)
