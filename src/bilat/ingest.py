"""Read articles from JSONL, JSON, plain text, HTML files and directories into ``Document`` records.

Every problem with one document becomes an ``InputError`` that names the file and line
or the document id; reading goes on with the next document. Nothing here touches the store.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bilat.errors import Errors, InputError
from bilat.records import Document
from bilat.settings import Settings, get_settings

SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
}

ReadResult = Document | InputError

#: Articles shipped with bilat so that it runs on a fresh machine (``bilat ingest --sample``).
SAMPLE_CORPUS = Path(__file__).parent / "data" / "sample"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The most frequent English function words: news prose runs at 30-45 % of its words; other
# languages written in Latin script stay well under 10 %.
_ENGLISH = frozenset(
    "the of and to in a is that for on was with as by at from it his he be are has have said were "
    "an which will its had not but this after their been who they two would also more than".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Bytes to text: an explicit encoding, else a BOM, else strict UTF-8."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(Errors.E103.format(doc=where, encodings=encoding)) from exc
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(Errors.E103.format(doc=where, encodings=codec)) from exc
    if b"\x00" in data[:8192]:
        raise InputError(Errors.E102.format(doc=where), doc_id=where)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E103.format(doc=where, encodings="utf-8, BOM"), doc_id=where) from exc


def check_text(doc_id: str, text: str, settings: Settings) -> None:
    """Raise ``InputError`` unless ``text`` is a plausible English article within the size limit."""
    if not text.strip():
        raise InputError(Errors.E101.format(doc=doc_id), doc_id=doc_id)
    if len(text) > settings.max_document_chars:
        raise InputError(
            Errors.E104.format(doc=doc_id, size=len(text), limit=settings.max_document_chars), doc_id=doc_id
        )
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise InputError(Errors.E102.format(doc=doc_id), doc_id=doc_id)
    words = _WORD.findall(sample)
    if len(words) >= 12:
        english = sum(1 for w in words if w.lower() in _ENGLISH)
        if english / len(words) < settings.min_english_ratio:
            raise InputError(Errors.E107.format(doc=doc_id), doc_id=doc_id)
    elif words and not any(w.isascii() for w in words):
        raise InputError(Errors.E107.format(doc=doc_id), doc_id=doc_id)


def parse_date(value: Any, doc_id: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise InputError(Errors.E110.format(doc=doc_id, value=value), doc_id=doc_id) from exc


def document_from_record(
    record: Any, where: str, default_id: str, settings: Settings, published: dt.date | None = None
) -> Document:
    """A JSON object in the sample corpus format (``id``, ``text``, ``published``, ...) to a Document."""
    if not isinstance(record, dict):
        raise InputError(
            Errors.E105.format(where=where, detail=f"expected an object, got {type(record).__name__}")
        )
    doc_id = str(record.get("id") or default_id)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(
            Errors.E106.format(where=f"{where} (document {doc_id!r})", field="text"), doc_id=doc_id
        )
    check_text(doc_id, text, settings)
    date = parse_date(record.get("published"), doc_id) or published
    title = record.get("title")
    source = record.get("source")
    url = record.get("url")
    return Document(
        id=doc_id,
        text=text,
        published=date,
        title=str(title) if title else None,
        source=str(source) if source else None,
        url=str(url) if url else None,
    )


def _read_jsonl(
    lines: Iterable[str | bytes], where: str, stem: str, settings: Settings, published: dt.date | None
) -> Iterator[ReadResult]:
    for lineno, line in enumerate(lines, start=1):
        at = f"{where}:{lineno}"
        if isinstance(line, bytes):
            if lineno == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield InputError(Errors.E103.format(doc=at, encodings="utf-8"))
                continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(Errors.E105.format(where=at, detail=exc.msg))
            continue
        try:
            yield document_from_record(record, at, f"{stem}-{lineno}", settings, published)
        except InputError as err:
            yield err


def _read_json(
    text: str, where: str, stem: str, settings: Settings, published: dt.date | None
) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(Errors.E105.format(where=f"{where}:{exc.lineno}", detail=exc.msg))
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, start=1):
        try:
            yield document_from_record(
                record, f"{where}[{i}]", f"{stem}-{i}" if len(records) > 1 else stem, settings, published
            )
        except InputError as err:
            yield err


def _read_html(text: str, where: str, stem: str, settings: Settings, published: dt.date | None) -> Document:
    import trafilatura

    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    if not body:
        raise InputError(Errors.E111.format(where=where), doc_id=stem)
    meta = trafilatura.extract_metadata(text)
    title = meta.title if meta is not None else None
    date = published
    if date is None and meta is not None and meta.date:
        date = parse_date(meta.date, stem)
    check_text(stem, body, settings)
    return Document(id=stem, text=body, published=date, title=title, source=meta.sitename if meta else None)


def _read_file(
    path: Path, settings: Settings, published: dt.date | None, encoding: str | None
) -> Iterator[ReadResult]:
    kind = SUFFIXES.get(path.suffix.lower())
    where = str(path)
    if kind is None:
        yield InputError(Errors.E109.format(where=where, suffix=path.suffix))
        return
    stem = path.stem
    if kind in ("txt", "html") and path.stat().st_size > settings.max_document_chars * 4:
        yield InputError(
            Errors.E104.format(doc=stem, size=path.stat().st_size, limit=settings.max_document_chars),
            doc_id=stem,
        )
        return
    try:
        if kind == "jsonl":
            yield from _read_jsonl_file(path, settings, published, encoding)
            return
        text = decode(path.read_bytes(), where, encoding)
        if kind == "json":
            yield from _read_json(text, where, stem, settings, published)
        elif kind == "html":
            yield _read_html(text, where, stem, settings, published)
        else:
            check_text(stem, text, settings)
            yield Document(id=stem, text=text, published=published)
    except InputError as err:
        yield err


def _read_jsonl_file(
    path: Path, settings: Settings, published: dt.date | None, encoding: str | None
) -> Iterator[ReadResult]:
    """Stream a JSONL file line by line: a corpus of any size in bounded memory."""
    with path.open("rb") as fh:
        head = fh.read(4)
    if encoding or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Rare enough to read whole; the codec handles the BOM.
        text = decode(path.read_bytes(), str(path), encoding)
        yield from _read_jsonl(text.splitlines(), str(path), path.stem, settings, published)
        return
    with path.open("rb") as fh:
        yield from _read_jsonl(fh, str(path), path.stem, settings, published)


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path | InputError]:
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path
        else:
            yield InputError(Errors.E108.format(where=str(path)))


def read(
    inputs: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    encoding: str | None = None,
    settings: Settings | None = None,
) -> Iterator[ReadResult]:
    """Yield a ``Document`` or an ``InputError`` for every document in ``inputs``, in order.

    ``-`` reads JSONL from standard input. ``published`` is the date of documents that do
    not carry one (plain text files).
    """
    settings = settings or get_settings()
    for raw in inputs:
        if str(raw) == "-":
            yield from _read_jsonl(sys.stdin, "<stdin>", "stdin", settings, published)
            continue
        for item in iter_paths([raw]):
            if isinstance(item, InputError):
                yield item
            else:
                yield from _read_file(item, settings, published, encoding)
