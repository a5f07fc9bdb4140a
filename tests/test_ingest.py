"""Reading documents: formats, and one clear error per bad document."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest

from bilat import ingest
from bilat.errors import InputError
from bilat.records import Document
from bilat.settings import Settings

ARTICLE = (
    "Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday for a two-day visit, "
    "the first by a Japanese leader in twelve years. He held talks with President Yoon Suk Yeol "
    "at the presidential office, and the two leaders agreed to resume regular security dialogue."
)


def read_all(paths: list[Path], **kw: object) -> list[Document | InputError]:
    return list(ingest.read(paths, **kw))  # type: ignore[arg-type]


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_ingest_reads_jsonl_records_with_their_dates(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [
            {
                "id": "k1",
                "text": ARTICLE,
                "published": "2023-05-08",
                "source": "Wire",
                "title": "Kishida in Seoul",
            }
        ],
    )
    (doc,) = read_all([path])
    assert isinstance(doc, Document)
    assert (doc.id, doc.published, doc.source, doc.title) == (
        "k1",
        dt.date(2023, 5, 8),
        "Wire",
        "Kishida in Seoul",
    )
    assert doc.text == ARTICLE


def test_ingest_reads_text_file_with_id_from_name_and_given_date(tmp_path: Path) -> None:
    path = tmp_path / "kishida-seoul.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = read_all([path], published=dt.date(2023, 5, 8))
    assert isinstance(doc, Document)
    assert doc.id == "kishida-seoul" and doc.published == dt.date(2023, 5, 8)


def test_ingest_text_file_without_date_has_no_date(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = read_all([path])
    assert isinstance(doc, Document) and doc.published is None


def test_ingest_extracts_article_text_from_html_page(tmp_path: Path) -> None:
    page = f"""<html><head><title>Kishida in Seoul</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Kishida in Seoul</h1><p>{ARTICLE}</p>
    <p>Officials said trade ministers would meet in Tokyo next month.</p></article>
    <footer>Copyright 2023 Example News</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = read_all([path])
    assert isinstance(doc, Document)
    assert "arrived in Seoul on Sunday" in doc.text
    assert "Copyright" not in doc.text


def test_ingest_walks_directories_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs = read_all([tmp_path])
    assert [d.id for d in docs if isinstance(d, Document)] == ["b", "a"]


def test_ingest_rejects_empty_file_naming_the_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("   \n", encoding="utf-8")
    (err,) = read_all([path])
    assert isinstance(err, InputError) and err.code == "E101" and "'empty'" in err.message


def test_ingest_rejects_binary_file_naming_the_document(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (err,) = read_all([path])
    assert isinstance(err, InputError) and err.code == "E102" and "photo" in err.message


def test_ingest_rejects_huge_document_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(50 * 1024):
            fh.write(("The ministers met again. " * 41)[:1023] + "\n")
    assert path.stat().st_size >= 50 * 1024 * 1024
    (err,) = read_all([path])
    assert isinstance(err, InputError) and err.code == "E104" and "huge" in err.message


def test_ingest_rejects_long_jsonl_document_by_character_limit(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl", [{"id": "long", "text": ARTICLE * 20}, {"id": "ok", "text": ARTICLE}]
    )
    results = read_all([path], settings=Settings(max_document_chars=len(ARTICLE) * 2))
    assert isinstance(results[0], InputError) and results[0].code == "E104" and "'long'" in results[0].message
    assert isinstance(results[1], Document) and results[1].id == "ok"


def test_ingest_malformed_json_line_names_file_and_line_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": ARTICLE})
        + "\n{not json\n"
        + json.dumps({"id": "c", "text": ARTICLE})
        + "\n",
        encoding="utf-8",
    )
    results = read_all([path])
    assert [type(r).__name__ for r in results] == ["Document", "InputError", "Document"]
    err = results[1]
    assert isinstance(err, InputError) and err.code == "E105" and f"{path}:2" in err.message


def test_ingest_record_without_text_is_an_error_naming_the_document(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "notext", "title": "Headline only"}])
    (err,) = read_all([path])
    assert isinstance(err, InputError) and err.code == "E106" and "'notext'" in err.message


def test_ingest_bad_published_date_is_an_error(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "d", "text": ARTICLE, "published": "last Tuesday"}])
    (err,) = read_all([path])
    assert isinstance(err, InputError) and err.code == "E110"


def test_ingest_latin1_file_fails_with_a_hint_unless_encoding_given(tmp_path: Path) -> None:
    text = ARTICLE.replace("Seoul", "Séoul") + " Le ministre a déclaré: « très bien »."
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    (err,) = read_all([path])
    assert isinstance(err, InputError) and err.code == "E103" and "--encoding" in err.message
    (doc,) = read_all([path], encoding="latin-1")
    assert isinstance(doc, Document) and "Séoul" in doc.text


def test_ingest_decodes_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    (doc,) = read_all([path])
    assert isinstance(doc, Document) and doc.text == ARTICLE


def test_ingest_decodes_utf16_jsonl_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.jsonl"
    path.write_bytes(
        codecs.BOM_UTF16_LE + (json.dumps({"id": "u", "text": ARTICLE}) + "\n").encode("utf-16-le")
    )
    (doc,) = read_all([path])
    assert isinstance(doc, Document) and doc.id == "u"


def test_ingest_rejects_non_english_text(tmp_path: Path) -> None:
    german = (
        "Der japanische Ministerpräsident ist am Sonntag zu einem zweitägigen Besuch in Seoul eingetroffen. "
        "Er führte Gespräche mit dem Präsidenten über die Sicherheit in der Region und die Wirtschaft."
    )
    russian = "Президент России провёл переговоры с премьер-министром Японии в Кремле во вторник."
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "de", "text": german}, {"id": "ru", "text": russian}])
    errors = read_all([path])
    assert all(isinstance(e, InputError) and e.code == "E107" for e in errors)
    assert "'de'" in errors[0].message and "'ru'" in errors[1].message  # type: ignore[union-attr]


def test_ingest_missing_path_is_an_error(tmp_path: Path) -> None:
    (err,) = read_all([tmp_path / "nope.jsonl"])
    assert isinstance(err, InputError) and err.code == "E108"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_ingest_unsupported_suffix_is_an_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_bytes(b"%PDF-1.4")
    (err,) = read_all([path])
    assert isinstance(err, InputError) and err.code == "E109"
