import io
import os
import time
from datetime import date
from pathlib import Path

import pytest

from timeline.cleanup import clean, strip_header
from timeline.corpus import (
    MAX_BYTES,
    DocDateError,
    Fields,
    parse_document,
    parse_iso_day,
    read_documents,
    writing,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"


def read(paths, **options):
    """(documents by name, warnings) of read_documents."""
    errors: list[str] = []
    documents = {d.name: d for d in read_documents(paths, on_error=errors.append, **options)}
    return documents, errors


# -- publication dates found in the document ------------------------------------------------


@pytest.mark.parametrize(
    "text", ["2019-10-13\n\nHundreds escaped.", " 2019-10-13 \n \nHundreds escaped."]
)
def test_a_first_line_that_is_only_an_iso_date_is_the_publication_date(text):
    document = parse_document("a.txt", text)
    assert (document.published, document.published_by) == (date(2019, 10, 13), "text")
    assert strip_header(text).strip() == "Hundreds escaped."


@pytest.mark.parametrize(
    "text",
    [
        "2019-10-13 was the day hundreds escaped.",
        "2011-03-15\nProtests began in Deraa.\n2011-04-25\nThe army entered the city.",
    ],
)
def test_an_iso_date_opening_a_sentence_or_a_chronology_is_not_a_date_line(text):
    assert parse_document("a.txt", text).published is None


def test_leading_date_line_gives_the_publication_date():
    document = parse_document("a.txt", " date 2019-10-13 Hundreds escaped.")
    assert document.published == date(2019, 10, 13)
    assert document.published_by == "text"
    assert "date 2019-10-13" in document.published_evidence


def test_front_matter_date_outlet_and_title():
    text = "---\ndate: 2020-02-03\ntitle: A title\noutlet: Reuters\n---\nBody text here."
    document = parse_document("a.md", text)
    assert (document.published, document.published_by) == (date(2020, 2, 3), "metadata")
    assert (document.outlet, document.title) == ("Reuters", "A title")


def test_option_wins_over_everything_else():
    document = parse_document("a.txt", " date 2019-10-13 Text.", doc_date=date(2020, 1, 1))
    assert (document.published, document.published_by) == (date(2020, 1, 1), "option")
    assert document.published_confidence == 1.0
    assert "text says 2019-10-13" in document.published_evidence


def test_published_line_and_reuters_dateline():
    document = parse_document(
        "r.txt", "Published: 13 October 2019\n\nBEIRUT (Reuters) - Kurdish forces said..."
    )
    assert (document.published, document.published_by) == (date(2019, 10, 13), "text")
    assert document.outlet == "Reuters"


def test_pipe_dateline_of_old_reuters_pages():
    document = parse_document(
        "r.txt", "LONDON | Tue Mar 15, 2011 4:57pm EDT\n\nOil rose on Tuesday."
    )
    assert document.published == date(2011, 3, 15)


@pytest.mark.parametrize(
    "text, outlet",
    [
        (
            (
                "Bridge collapses in Morocco town seven\n\nBy Jane Doe\n\n"
                "Published 10 September 2023\n\n"
                "MARRAKECH, Sept 10 (Reuters) - Officials said on Sunday the bridge collapsed."
            ),
            "Reuters",
        ),
        (
            (
                "Truce agreed\n\nBy Maayan Lubell and Nidal al-Mughrabi\n\n"
                "November 22, 2023 4:02 AM GMT+2\n\n"
                "DOHA/JERUSALEM, Nov 22 (Reuters) - Israel and Hamas agreed on Wednesday."
            ),
            "Reuters",
        ),
        (
            (
                "Discover shares soar\n\nBy KEN SWEET\nUpdated 4:51 PM GMT, February 20, 2024\n\n"
                "NEW YORK (AP) — Shares of Discover jumped on Tuesday."
            ),
            "AP",
        ),
        (
            (
                "Quake\n\nBy SAM METZ\nUpdated 3:12 PM GMT+1, September 10, 2023\n\nShare\n\n"
                "A man walks past houses. (AP Photo/Mosa'ab Elshamy)\n\n"
                "MARRAKECH, Morocco (AP) — Rescuers dug on Sunday."
            ),
            "AP",
        ),
        ("Feb 19 (Reuters) - Capital One agreed to buy Discover.", "Reuters"),
        ("RABAT, Morocco, Sept 10 (AFP) - Officials said.", "AFP"),
        # no agency, or a dateline further down than the first paragraph of prose
        ("Ain Issa    -     Hundreds escaped.", None),
        ("Headline\n\nRescuers dug.\n\nLONDON (Reuters) - Later.", None),
    ],
)
def test_outlet_from_the_dateline_after_the_header_lines(text, outlet):
    assert parse_document("a.txt", text).outlet == outlet


def test_dated_by_the_timestamp_and_the_dateline_of_browser_copy():
    document = parse_document(
        "ap.txt",
        "Morocco earthquake kills more than 2,000\n\nBy SAM METZ and TARIK EL-BARAKAH\n"
        "Updated 3:12 PM GMT+1, September 10, 2023\n\nShare\n\n"
        "MARRAKECH, Morocco (AP) — Rescuers dug through rubble on Sunday.",
    )
    assert (document.published, document.published_by, document.outlet) == (
        date(2023, 9, 10),
        "text",
        "AP",
    )
    assert not document.warnings


def test_undated_document_warns_and_names_the_file():
    document = parse_document("undated.txt", "Turkey launched an assault last week.")
    assert document.published is None and document.published_by == "none"
    assert any("undated.txt" in w and "no publication date" in w for w in document.warnings)


def test_malformed_date_line_is_a_warning_not_a_date():
    document = parse_document("bad.txt", " date 2019-13-45 Text.")
    assert document.published is None
    [warning] = [w for w in document.warnings if "malformed" in w]
    assert "bad.txt" in warning and "2019-13-45" in warning and "\n" not in warning


@pytest.mark.parametrize("value", ["2019-13-01", "yesterday", "", "2019/10/13"])
def test_parse_iso_day_rejects_non_dates(value):
    with pytest.raises(ValueError):
        parse_iso_day(value)


# -- the seeds and their manifest ---------------------------------------------------------


def test_seeds_manifest_keeps_only_what_the_text_cannot_tell():
    documents, errors = read([SEEDS])
    assert errors == []
    assert sorted(documents) == [
        "000_830f3864e2a1ff46.txt",
        "001_f74e99542dbee671.txt",
        "002_9f8899a32a6ef314.txt",
        "003_87af4405ac1b461b.txt",
    ]
    assert documents["000_830f3864e2a1ff46.txt"].published_by == "text"
    assert documents["000_830f3864e2a1ff46.txt"].outlet == "Al Jazeera"
    # 001's date is left to inference (published.py), the manifest only names its outlet.
    assert documents["001_f74e99542dbee671.txt"].published is None
    assert documents["001_f74e99542dbee671.txt"].outlet == "BBC News"
    assert documents["003_87af4405ac1b461b.txt"].published == date(2026, 1, 21)
    assert documents["003_87af4405ac1b461b.txt"].published_by == "manifest"
    assert documents["003_87af4405ac1b461b.txt"].outlet == "Daily Express"


# -- input formats ----------------------------------------------------------------------------


def test_html_page_text_title_outlet_and_published_time():
    documents, _ = read([FIXTURES / "page.html"])
    page = documents["page.html"]
    assert (page.published, page.published_by) == (date(2019, 10, 14), "metadata")
    assert "article:published_time" in page.published_evidence
    assert page.title == "Turkish forces besiege Ras al-Ain as talks stall"
    assert page.outlet == "Example Post"
    assert page.url == "https://example.org/world/2019/10/14/ras-al-ain-siege"
    # The text is the article, without navigation or footer, and offsets refer to it.
    assert page.text.startswith("Turkish troops and allied Syrian fighters surrounded")
    assert "Subscribe" not in page.text and "Sport" not in page.text
    assert len(clean(page.text)) == len(page.text)


def test_html_without_date_metadata_is_undated_not_dated_by_the_clock(tmp_path):
    body = "<p>" + "Shelling continued near the border town through the night. " * 8 + "</p>"
    (tmp_path / "p.html").write_text(f"<html><body><article>{body}</article></body></html>")
    documents, _ = read([tmp_path])
    assert documents["p.html"].published is None


def test_jsonl_export_one_document_per_row():
    documents, errors = read([FIXTURES / "export.jsonl"])
    assert sorted(documents) == ["export.jsonl:1", "export.jsonl:2", "export.jsonl:3"]
    first = documents["export.jsonl:1"]
    assert (first.published, first.published_by) == (date(2019, 10, 13), "metadata")
    assert (first.title, first.outlet, first.url) == (
        "Trump orders US troops out of northern Syria",
        "Example Wire",
        "https://example.com/a1",
    )
    assert first.text.startswith("Defense Secretary Mark Esper")
    assert documents["export.jsonl:2"].published == date(2019, 10, 14)  # "14 October 2019"
    assert documents["export.jsonl:3"].published is None  # "2019-13-45"
    assert any("malformed" in w for w in documents["export.jsonl:3"].warnings)
    assert any(e.startswith("export.jsonl:4: not a JSON object") for e in errors)
    assert any(e.startswith("export.jsonl:5: no text") for e in errors)


def test_csv_export_with_other_column_names():
    documents, errors = read([FIXTURES / "export.csv"])
    assert errors == []
    assert sorted(documents) == ["export.csv:1", "export.csv:2"]
    second = documents["export.csv:2"]
    assert second.published == date(2019, 10, 15)  # "Tue, 15 Oct 2019 11:05:00 +0000"
    assert (second.outlet, second.url) == ("Example Daily", "https://example.org/russia-manbij")
    assert second.title == "Russia patrols between Turkish and Syrian forces"


def test_export_field_names_are_configurable(tmp_path):
    (tmp_path / "x.jsonl").write_text(
        '{"story": "Troops moved north on Monday.", "when": "2019-10-14", "paper": "P"}\n'
    )
    fields = Fields().with_names(text="story", date="when", outlet="paper")
    documents, errors = read([tmp_path], fields=fields)
    assert errors == []
    assert documents["x.jsonl:1"].published == date(2019, 10, 14)
    assert documents["x.jsonl:1"].outlet == "P"


def test_markdown_front_matter_fixture():
    documents, _ = read([FIXTURES / "notes.md"])
    notes = documents["notes.md"]
    assert (notes.published, notes.published_by) == (date(2019, 10, 15), "metadata")
    assert (notes.outlet, notes.url) == (
        "Example Weekly",
        "https://example.net/europe-arms-embargo",
    )


def test_precedence_option_manifest_metadata_text(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: 2019-10-15\n---\nText of a.", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2019-10-15\n---\nText of b.", encoding="utf-8")
    (tmp_path / "c.md").write_text("---\ndate: 2019-10-15\n---\nText of c.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,outlet,published\na.md,A,2019-10-14\nb.md,B,2019-10-14\n", encoding="utf-8"
    )
    documents, _ = read([tmp_path], doc_dates={"a.md": date(2019, 10, 13)})
    assert (documents["a.md"].published, documents["a.md"].published_by) == (
        date(2019, 10, 13),
        "option",
    )
    assert documents["b.md"].published_by == "manifest"
    assert documents["b.md"].published == date(2019, 10, 14)
    assert documents["c.md"].published_by == "metadata"


def test_stdin_is_one_document():
    documents = list(read_documents(["-"], stdin=io.StringIO(" date 2019-10-13 From stdin.")))
    assert [(d.name, d.published) for d in documents] == [("<stdin>", date(2019, 10, 13))]


# -- bad input: one warning naming the file, the rest goes through -------------------------


def one_line_naming(errors: list[str], name: str) -> str:
    [error] = [e for e in errors if e.startswith(name + ":")]
    assert "\n" not in error
    return error


def test_empty_binary_and_broken_link_are_skipped_with_a_warning(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2019-10-13 Fine.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    (tmp_path / "link.txt").symlink_to(tmp_path / "missing.txt")
    documents, errors = read([tmp_path])
    assert sorted(documents) == ["good.txt"]
    assert "empty" in one_line_naming(errors, "empty.txt")
    assert "empty" in one_line_naming(errors, "blank.md")
    assert "binary" in one_line_naming(errors, "binary.txt")
    assert "broken link" in one_line_naming(errors, "link.txt")


@pytest.mark.parametrize(
    "encoded",
    [
        "Café opened on Sunday.".encode(),
        b"\xef\xbb\xbf" + "Café opened on Sunday.".encode(),
        "Café opened on Sunday.".encode("utf-16"),  # with its BOM
        b"\xfe\xff" + "Café opened on Sunday.".encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_encodings_are_read_without_warning(tmp_path, encoded):
    (tmp_path / "a.txt").write_bytes(encoded)
    documents, _ = read([tmp_path])
    assert documents["a.txt"].text == "Café opened on Sunday."
    assert not [w for w in documents["a.txt"].warnings if "cp1252" in w]


def test_undecodable_bytes_fall_back_to_cp1252_with_a_warning(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Café opened on Sunday – late.".encode("cp1252"))
    documents, _ = read([tmp_path])
    latin = documents["latin.txt"]
    assert latin.text == "Café opened on Sunday – late."
    assert any(w.startswith("latin.txt:") and "cp1252" in w for w in latin.warnings)


def test_file_of_50_mb_is_skipped_without_reading_it(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2019-10-13 Fine.", encoding="utf-8")
    with (tmp_path / "huge.txt").open("wb") as handle:
        chunk = b"All work and no play makes a very long file. " * 20000
        while handle.tell() < 50 * 2**20:
            handle.write(chunk)
    assert (tmp_path / "huge.txt").stat().st_size > MAX_BYTES
    documents, errors = read([tmp_path])
    assert sorted(documents) == ["good.txt"]
    assert "MB" in one_line_naming(errors, "huge.txt")


def test_unreadable_file_is_a_warning(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(" date 2019-10-13 Fine.", encoding="utf-8")
    (tmp_path / "secret.txt").write_text(" date 2019-10-13 Secret.", encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    documents, errors = read([tmp_path])
    assert sorted(documents) == ["good.txt"]
    assert "Permission denied" in one_line_naming(errors, "secret.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission_is_a_warning(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(" date 2019-10-13 Secret.", encoding="utf-8")
    secret.chmod(0)
    try:
        documents, errors = read([tmp_path])
    finally:
        secret.chmod(0o644)
    assert documents == {}
    assert "cannot read" in one_line_naming(errors, "secret.txt")


def test_same_article_saved_twice_is_read_once(tmp_path):
    text = "Hundreds escaped from the camp on Sunday.\n\nThe UN said 130,000 had fled."
    (tmp_path / "a.txt").write_text(" date 2019-10-13 " + text, encoding="utf-8")
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "a (1).txt").write_text(text.replace("\n\n", "\n  \n"), encoding="utf-8")
    documents, errors = read([tmp_path])
    assert sorted(documents) == ["a.txt"]
    error = one_line_naming(errors, "copy/a (1).txt")
    assert "a.txt" in error and "counted once" in error


def test_a_folder_of_10000_files_reads_quickly(tmp_path):
    for i in range(10_000):
        (tmp_path / f"{i:05d}.txt").write_text(
            f" date 2019-10-13 Report number {i} from the front.", encoding="utf-8"
        )
    started = time.perf_counter()
    documents, errors = read([tmp_path])
    elapsed = time.perf_counter() - started
    assert len(documents) == 10_000 and errors == []
    assert elapsed < 60, f"reading 10,000 small files took {elapsed:.1f} s"


@pytest.mark.parametrize("key", ["docs/a.txt", "./docs/a.txt", "docs/../docs/a.txt", "a.txt"])
def test_doc_date_matches_the_path_as_typed(tmp_path, monkeypatch, key):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Turkey attacked on Wednesday.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    documents, errors = read(["docs/a.txt"], doc_dates={key: date(2023, 10, 16)})
    assert (documents["a.txt"].published, documents["a.txt"].published_by) == (
        date(2023, 10, 16),
        "option",
    )
    assert errors == []


def test_a_doc_date_for_no_document_read_is_one_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Turkey attacked on Wednesday.", encoding="utf-8")
    _, errors = read([tmp_path], doc_dates={"nope.txt": date(2023, 10, 16)})
    assert errors == ["--doc-date nope.txt: no document of that name was read, date not used"]


def test_a_folder_without_articles_is_one_warning(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "a.png").write_bytes(b"\x89PNG")
    documents, errors = read([tmp_path / "pictures"])
    assert documents == {}
    looked = ".txt, .md, .markdown, .html, .htm, .jsonl, .ndjson, .csv"
    assert errors == [
        f"{tmp_path / 'pictures'}: no article files in this folder (looked for {looked})"
    ]


def test_two_doc_dates_for_one_file_that_disagree_are_one_warning(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Turkey attacked on Wednesday.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    dates = {"./docs/a.txt": date(2023, 10, 10), "a.txt": date(2023, 10, 12)}
    documents, errors = read(["docs"], doc_dates=dates)
    assert documents["a.txt"].published == date(2023, 10, 12)
    assert errors == [
        "a.txt: --doc-date given twice (a.txt=2023-10-12, ./docs/a.txt=2023-10-10); 2023-10-12 used"
    ]


# -- outlets: how an article's own text says who published it ----------------------------------


@pytest.mark.parametrize(
    "text, outlet",
    [
        # the outlet line under a BBC byline
        (
            (
                "Floods\n\nPublished\n16 September 2024\n\nAdam Easton in Warsaw\nBBC News\n\n"
                "Poland declared a disaster."
            ),
            "BBC News",
        ),
        # a role line under a byline
        (
            (
                "Strike ends\n\nNov. 4, 2024 at 9:12 pm\n\nBy Dominic Gates\n"
                "Seattle Times aerospace reporter\n\nMachinists voted on Monday."
            ),
            "The Seattle Times",
        ),
        ("Deal\n\nBy Jane Doe, Reuters\n\nTalks began on Monday.", "Reuters"),
        ("Deal\n\nBy Jane Doe | CNN\n\nTalks began on Monday.", "CNN"),
        # a dateline agency, as the outlet table names it
        ("NEW YORK (Associated Press) — Shares rose.", "AP"),
        # house sign-offs and copyright lines, wherever they stand
        (
            (
                "Floods\n\nRain fell on Monday.\n\n"
                "(Reporting by Anna Koper in Nysa; Editing by Alex Richardson)"
            ),
            "Reuters",
        ),
        (
            (
                "Floods\n\nRain fell on Monday.\n\n"
                "Associated Press writer Monika Scislowska in Warsaw contributed to this report."
            ),
            "AP",
        ),
        (
            (
                "Strike ends\n\nWorkers returned on Wednesday.\n\n"
                "Copyright The Financial Times Limited 2024. All rights reserved."
            ),
            "Financial Times",
        ),
        (
            (
                "Floods\n\nRain fell on Monday.\n\n© 2024 Guardian News & Media Limited or its "
                "affiliated companies. All rights reserved."
            ),
            "The Guardian",
        ),
        (
            "Sudan clashes\n\nFighting resumed on Monday.\n\nSource: Al Jazeera and news agencies",
            "Al Jazeera",
        ),
        ("Sudan clashes\n\nFighting resumed on Monday.\n\nSource: Al Jazeera\n", "Al Jazeera"),
        # the page's address
        ("---\nurl: https://www.bbc.co.uk/news/articles/c1\n---\nRain fell.", "BBC News"),
        # the wire's dateline, the name that signs a date line, an outlet line "with" an agency
        ("CIO halts bid\n\n2025-01-03 14:27\n\nSEOUL, Jan. 3 (Yonhap) -- Talks began.", "Yonhap"),
        (
            "Crash report\n\nKYODO NEWS - Dec 25, 2024 - 18:10 | All, Japan\n\nIt said.",
            "Kyodo News",
        ),
        ("Trains back\n\nLe Monde with AFP\n\nPublished on July 29, 2024\n\nIt ran.", "Le Monde"),
        ("Five dead\n\nJan. 2, 2024 22:40 JST\n\nNHK WORLD-JAPAN\n\nFive died.", "NHK"),
        # capitals before a date line that name no outlet
        ("Crash report\n\nTOKYO BUREAU - Dec 25, 2024 - 18:10\n\nIt said.", None),
        # an outlet named in the prose or a photo credit, a byline naming none: no sign
        ("Floods\n\nThe mayor told the BBC on Monday that rain fell.", None),
        ("Floods\n\nRain fell. Photograph: Sergei Gapon/AFP/Getty Images\n\nMore.", None),
        ("Floods\n\nKate Connolly in Berlin and agencies\n\nRain fell on Monday.", None),
        ("Floods\n\nRain fell on Monday.\n\nSource: News agencies", None),
        ("Floods\n\nSource: Al Jazeera reported that rain fell on Monday.", None),
    ],
)
def test_outlet_from_the_signs_news_pages_carry(text, outlet):
    assert parse_document("a.md", text).outlet == outlet


def test_an_outlet_given_by_the_user_wins_over_the_text(tmp_path):
    (tmp_path / "a.txt").write_text("Deal\n\nBy Jane Doe, Reuters\n\nTalks began.\n")
    (tmp_path / "sources.csv").write_text("file,outlet\na.txt,Example Wire\n")
    documents, _ = read([tmp_path])
    assert documents["a.txt"].outlet == "Example Wire"


def test_an_ambiguous_day_in_figures_in_a_manifest_is_a_warning_not_a_guess(tmp_path):
    (tmp_path / "a.txt").write_text("Talks began on Monday.\n")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,03/04/2024\n")
    documents, errors = read([tmp_path])
    assert documents["a.txt"].published is None
    assert any("sources.csv:2" in e and "3 April or 4 March" in e for e in errors)


# -- naming documents, --doc-date keys, and never reading a build's own output --------------


def two_folders_with_a_reuters_txt(root: Path) -> None:
    for folder in ("floods", "romania"):
        (root / folder).mkdir()
        (root / folder / "reuters.txt").write_text(
            f" date 2024-09-16 Report from {folder}.", encoding="utf-8"
        )
    (root / "floods" / "ap.txt").write_text(" date 2024-09-17 From AP.", encoding="utf-8")


def test_same_file_name_in_two_folders_names_those_documents_by_their_path(tmp_path):
    two_folders_with_a_reuters_txt(tmp_path)
    documents, errors = read([tmp_path / "floods", tmp_path / "romania"])
    # ap.txt keeps its name, and so the ids of its events, when romania/ is added
    assert sorted(documents) == ["ap.txt", "floods/reuters.txt", "romania/reuters.txt"]
    assert documents["romania/reuters.txt"].text.endswith("Report from romania.")
    assert errors == []
    # The files given themselves: named from the folder that holds both.
    documents, _ = read([tmp_path / "floods" / "reuters.txt", tmp_path / "romania"])
    assert sorted(documents) == ["floods/reuters.txt", "romania/reuters.txt"]


def test_a_path_name_that_is_another_files_name_names_every_document_by_its_path(tmp_path):
    two_folders_with_a_reuters_txt(tmp_path)
    (tmp_path / "romania" / "floods").mkdir()  # romania/floods/reuters.txt is "floods/reuters.txt"
    (tmp_path / "romania" / "floods" / "reuters.txt").write_text(" date 2024-09-18 Third.")
    documents, _ = read([tmp_path / "floods", tmp_path / "romania"])
    assert sorted(documents) == [
        "floods/ap.txt", "floods/reuters.txt", "romania/floods/reuters.txt", "romania/reuters.txt"
    ]  # fmt: skip
    assert documents["romania/floods/reuters.txt"].text.endswith("Third.")


def test_names_without_a_clash_are_as_before(tmp_path):
    two_folders_with_a_reuters_txt(tmp_path)
    documents, _ = read([tmp_path / "floods"])
    assert sorted(documents) == ["ap.txt", "reuters.txt"]
    # The same file reached twice is no clash: it is read once, under its first name.
    documents, _ = read([tmp_path / "floods", tmp_path / "floods" / "ap.txt"])
    assert sorted(documents) == ["ap.txt", "reuters.txt"]
    assert sorted(read([SEEDS])[0]) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_doc_date_for_a_name_several_files_have_is_an_error_naming_them(tmp_path):
    two_folders_with_a_reuters_txt(tmp_path)
    paths = [tmp_path / "floods", tmp_path / "romania"]
    with pytest.raises(DocDateError) as raised:
        read(paths, doc_dates={"reuters.txt": date(2024, 9, 20)})
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("--doc-date reuters.txt: 2 files have that name")
    assert "floods/reuters.txt, romania/reuters.txt" in message
    # Named by its name in the outputs, or by its path: that file only.
    for key in ("romania/reuters.txt", str(tmp_path / "romania" / "reuters.txt")):
        documents, errors = read(paths, doc_dates={key: date(2024, 9, 20)})
        assert documents["romania/reuters.txt"].published_by == "option"
        assert documents["floods/reuters.txt"].published_by == "text"
        assert errors == []
    # A file name only one file has still works.
    documents, _ = read(paths, doc_dates={"ap.txt": date(2024, 9, 20)})
    assert documents["ap.txt"].published == date(2024, 9, 20)


def test_doc_date_by_name_dates_the_file_of_that_name_not_one_deeper(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Turkey attacked on Wednesday.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("Turkey withdrew on Friday.", encoding="utf-8")
    documents, errors = read([tmp_path], doc_dates={"a.txt": date(2023, 10, 16)})
    assert documents["a.txt"].published_by == "option"
    assert documents["sub/a.txt"].published_by == "none"
    assert not [e for e in errors if "--doc-date" in e]


def test_the_file_being_written_is_not_read_even_inside_the_folder(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-09-16 Fine.", encoding="utf-8")
    (tmp_path / "events.csv").write_text("date,text\n2024-09-16,Not an article.\n", "utf-8")
    with writing(tmp_path / "events.csv"):
        documents, errors = read([tmp_path])
    assert sorted(documents) == ["a.txt"] and errors == []
    documents, _ = read([tmp_path])  # outside the block it is an export like any other
    assert sorted(documents) == ["a.txt", "events.csv:1"]


def test_earlier_outputs_of_build_are_skipped_in_folders_and_warned_when_given(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-09-16 Fine.", encoding="utf-8")
    header = "id,date,start,end,precision,headline,actors,places,coordinates,n_sources"
    (tmp_path / "old.csv").write_text(f"{header}\nab12,2024,,,year,x,,,,1\n", encoding="utf-8")
    (tmp_path / "old.jsonl").write_text(
        '{"id": "ab12", "date": "2024", "start": "2024-01-01", "end": "2024-12-31", '
        '"precision": "year", "headline": "x", "sources": []}\n',
        encoding="utf-8",
    )
    (tmp_path / "old.md").write_text("# Chronology\n\n1 events from 1 documents.\n", "utf-8")
    documents, errors = read([tmp_path])
    assert sorted(documents) == ["a.txt"] and errors == []
    documents, errors = read([tmp_path / "old.csv"])
    assert documents == {}
    assert errors == ["old.csv: a csv output of timeline build, not articles; skipped"]


# -- manifests: names as the user typed them ---------------------------------------------------


def test_a_manifest_row_names_a_file_whatever_the_case_when_only_one_fits(tmp_path):
    (tmp_path / "ap.txt").write_text("FTX files for bankruptcy\n\nFTX filed on Friday.\n")
    (tmp_path / "sources.csv").write_text("file,outlet,published\nAP.txt,AP,2022-11-11\n")
    documents, errors = read([tmp_path])
    assert (documents["ap.txt"].published, documents["ap.txt"].outlet) == (
        date(2022, 11, 11),
        "AP",
    )
    assert documents["ap.txt"].published_by == "manifest"
    assert errors == []


def test_a_manifest_row_that_names_no_file_is_a_warning(tmp_path):
    (tmp_path / "ap.txt").write_text("FTX files for bankruptcy\n\nFTX filed on Friday.\n")
    (tmp_path / "sources.csv").write_text("file,outlet,published\nreuters.txt,Reuters,2022-11-11\n")
    documents, errors = read([tmp_path])
    assert documents["ap.txt"].published is None
    assert any("sources.csv:2" in e and "'reuters.txt'" in e and "no file" in e for e in errors)


def test_a_manifest_row_that_fits_two_files_but_for_case_names_neither(tmp_path):
    if (tmp_path / "Ap.txt").exists() or os.path.exists(str(tmp_path / "AP.TXT")):
        pytest.skip("case-insensitive file system")
    (tmp_path / "ap.txt").write_text("FTX files for bankruptcy\n\nFTX filed on Friday.\n")
    (tmp_path / "aP.txt").write_text("FTX collapses\n\nFTX collapsed on Friday.\n")
    if len(os.listdir(tmp_path)) < 2:
        pytest.skip("case-insensitive file system")
    (tmp_path / "sources.csv").write_text("file,published\nAP.txt,2022-11-11\n")
    documents, errors = read([tmp_path])
    assert documents["ap.txt"].published is None and documents["aP.txt"].published is None
    assert any("'AP.txt'" in e and "ap.txt" in e and "aP.txt" in e for e in errors)


def test_a_manifest_row_naming_a_missing_file_in_a_subfolder_is_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Talks began on Monday.\n")
    (tmp_path / "sources.csv").write_text("file,outlet\na.txt,AP\nsub/b.txt,AP\n")
    documents, errors = read([tmp_path])
    assert documents["a.txt"].outlet == "AP"
    assert [e for e in errors if "no file named" in e] == [
        f"{tmp_path / 'sources.csv'}:3: no file named 'sub/b.txt' in that folder, row not used"
    ]


def test_the_outlet_of_a_dateline_on_lines_of_its_own(tmp_path):
    text = (
        "Biden tours Ian devastation in Florida\n\nBy Kevin Liptak\n\n"
        "Fort Myers, Florida\nCNN\n —\n\nPresident Joe Biden surveyed the damage on Wednesday."
    )
    document = parse_document("a.txt", text)
    assert document.outlet == "CNN"
    assert "Fort Myers" not in clean(text) and "CNN" not in clean(text)


def test_of_two_copies_the_one_whose_date_is_read_is_kept(tmp_path):
    body = "Japan quake toll rises\n\n{}\n\nThe death toll rose to 48 on Tuesday, officials said.\n"
    (tmp_path / "a_reuters.txt").write_text(
        body.format("January 2, 20249:14 AM GMT+9Updated 3 hours ago"), encoding="utf-8"
    )
    (tmp_path / "b_reuters.txt").write_text(
        body.format("January 2, 2024 9:14 AM GMT+9"), encoding="utf-8"
    )
    documents, errors = read([tmp_path])
    assert sorted(documents) == ["b_reuters.txt"]
    assert documents["b_reuters.txt"].published == date(2024, 1, 2)
    assert "same text as b_reuters.txt" in one_line_naming(errors, "a_reuters.txt")
