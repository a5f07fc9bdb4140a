"""The stage order, run over a stream of documents.

``extract`` is the one entry point the CLI, the API, the store and Dask use: documents in,
``Extraction`` records out, in the same order, an ``InputError`` in place of any document
that could not be processed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from bilat.errors import BilatError, Errors, InputError
from bilat.records import Document, Extraction
from bilat.settings import get_settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Item = Document | InputError
Result = Extraction | InputError


def to_extraction(doc: Doc, document: Document) -> Extraction:
    """Collect what the stages wrote on ``doc._`` into one record."""
    return Extraction(
        document=document,
        timexes=tuple(doc._.bilat_timexes or ()),
        mentions=tuple(doc._.bilat_mentions or ()),
        places=tuple(doc._.bilat_places or ()),
        events=tuple(doc._.bilat_events or ()),
        facts=tuple(doc._.bilat_facts or ()),
    )


def _process_batch(nlp: Language, batch: list[Document], batch_size: int) -> Iterator[Result]:
    from bilat import parse

    docs = [parse.make_doc(nlp, d.text, d.id, d.published) for d in batch]
    try:
        processed = list(nlp.pipe(docs, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - find the document at fault, keep the others
        for document in batch:
            try:
                doc = nlp(parse.make_doc(nlp, document.text, document.id, document.published))
            except BilatError:
                raise
            except Exception as exc:  # noqa: BLE001
                yield InputError(Errors.E202.format(doc=document.id, detail=exc), doc_id=document.id)
            else:
                extraction = to_extraction(doc, document)
                parse.release(doc)
                yield extraction
        return
    for doc, document in zip(processed, batch, strict=True):
        extraction = to_extraction(doc, document)
        parse.release(doc)
        yield extraction


def extract(
    items: Iterable[Item],
    *,
    nlp: Language | None = None,
    batch_size: int | None = None,
) -> Iterator[Result]:
    """Run every stage over ``items`` lazily, in batches, keeping their order.

    ``InputError`` items (documents ``ingest`` could not read) pass through unchanged so that
    callers count and report them in place.
    """
    from bilat import parse

    settings = get_settings()
    nlp = nlp if nlp is not None else parse.load(settings.model)
    size = batch_size or settings.batch_size
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        pending: list[Document] = []
        order: list[Item] = []
        for item in chunk:
            order.append(item)
            if isinstance(item, Document):
                pending.append(item)
        done = iter(_process_batch(nlp, pending, size)) if pending else iter(())
        for item in order:
            yield item if isinstance(item, InputError) else next(done)


def extract_text(text: str, *, doc_id: str = "doc", published: str | None = None) -> Extraction:
    """Extract from one text: the shortest way in from Python.

    >>> ex = extract_text("Putin met Erdogan in Sochi on Monday.", published="2021-09-30")
    """
    import datetime as dt

    document = Document(
        id=doc_id, text=text, published=dt.date.fromisoformat(published) if published else None
    )
    (result,) = extract([document])
    if isinstance(result, InputError):
        raise result
    return result
