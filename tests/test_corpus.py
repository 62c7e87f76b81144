from datetime import date
from pathlib import Path

import pytest

from timeline.corpus import parse_document, parse_iso_day, read_documents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_leading_date_line_gives_the_publication_date():
    document = parse_document("a.txt", " date 2019-10-13 Hundreds escaped.")
    assert document.published == date(2019, 10, 13)
    assert document.published_by == "text"


def test_front_matter_date_outlet_and_title():
    text = "---\ndate: 2020-02-03\ntitle: A title\noutlet: Reuters\n---\nBody text here."
    document = parse_document("a.md", text)
    assert (document.published, document.published_by) == (date(2020, 2, 3), "metadata")
    assert (document.outlet, document.title) == ("Reuters", "A title")


def test_option_wins_over_everything_else():
    document = parse_document("a.txt", " date 2019-10-13 Text.", doc_date=date(2020, 1, 1))
    assert (document.published, document.published_by) == (date(2020, 1, 1), "option")


def test_undated_document_warns_and_names_the_file():
    document = parse_document("undated.txt", "Turkey launched an assault last week.")
    assert document.published is None
    assert any("undated.txt" in w and "no publication date" in w for w in document.warnings)


def test_malformed_date_line_is_a_warning_not_a_date():
    document = parse_document("bad.txt", " date 2019-13-45 Text.")
    assert document.published is None
    assert any("bad.txt" in w and "malformed" in w for w in document.warnings)


@pytest.mark.parametrize("value", ["2019-13-01", "yesterday", "", "2019/10/13"])
def test_parse_iso_day_rejects_non_dates(value):
    with pytest.raises(ValueError):
        parse_iso_day(value)


def test_seeds_read_with_manifest_dates_and_outlets():
    documents = {d.name: d for d in read_documents([SEEDS])}
    assert sorted(documents) == [
        "000_830f3864e2a1ff46.txt",
        "001_f74e99542dbee671.txt",
        "002_9f8899a32a6ef314.txt",
        "003_87af4405ac1b461b.txt",
    ]
    assert documents["000_830f3864e2a1ff46.txt"].published_by == "text"
    assert documents["001_f74e99542dbee671.txt"].published == date(2019, 10, 13)
    assert documents["001_f74e99542dbee671.txt"].published_by == "manifest"
    assert documents["003_87af4405ac1b461b.txt"].published == date(2026, 1, 21)
    assert documents["003_87af4405ac1b461b.txt"].outlet == "Daily Express"


def test_unreadable_inputs_are_reported_and_the_rest_go_through(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2019-10-13 Fine.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 opened on Sunday.".encode("cp1252"))
    (tmp_path / "link.txt").symlink_to(tmp_path / "missing.txt")
    errors = []
    documents = list(read_documents([tmp_path], on_error=errors.append))
    names = sorted(d.name for d in documents)
    assert names == ["good.txt", "latin.txt"]
    latin = next(d for d in documents if d.name == "latin.txt")
    assert "Café" in latin.text and any("cp1252" in w for w in latin.warnings)
    assert len(errors) == 3
    assert all(len(e.splitlines()) == 1 for e in errors)
    assert any("empty.txt" in e for e in errors) and any("binary.txt" in e for e in errors)
    assert any("link.txt" in e for e in errors)


def test_stdin_is_one_document(tmp_path):
    import io

    documents = list(read_documents(["-"], stdin=io.StringIO(" date 2019-10-13 From stdin.")))
    assert [(d.name, d.published) for d in documents] == [("<stdin>", date(2019, 10, 13))]
