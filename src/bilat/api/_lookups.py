"""Simple lookups the API and the web UI need that ``bilat.query`` does not offer yet.

Read-only, keyword filters, typed views, like ``bilat.query``; meant to move there.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from bilat import query
from bilat.errors import Errors, NotFound
from bilat.query.events import fact_views
from bilat.query.views import EventView, FactView, View
from bilat.store.schema import DocumentRow, EventCountryRow, EventMentionRow, EventRow, FactRow


class DocumentSummary(View):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    chars: int
    events: int


class DocumentView(View):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    text: str
    events: list[EventView]
    facts: list[FactView]


def document_texts(session: Session, doc_ids: list[str]) -> dict[str, str]:
    rows = session.execute(sa.select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(doc_ids)))
    return {str(doc_id): str(text) for doc_id, text in rows}  # noqa: C416 - typed


def list_documents(
    session: Session, *, ids: list[str] | None = None, limit: int | None = None, offset: int = 0
) -> list[DocumentSummary]:
    """Documents (all, or those in ``ids``), newest first."""
    counts = (
        sa.select(EventMentionRow.doc_id, sa.func.count().label("n"))
        .group_by(EventMentionRow.doc_id)
        .subquery()
    )
    stmt = (
        sa.select(DocumentRow, sa.func.length(DocumentRow.text), sa.func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.doc_id == DocumentRow.id)
        .order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(), DocumentRow.id)
        .offset(offset)
    )
    if ids is not None:
        stmt = stmt.where(DocumentRow.id.in_(ids))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        DocumentSummary(
            id=d.id,
            title=d.title,
            source=d.source,
            url=d.url,
            published=d.published,
            chars=chars or 0,
            events=n,
        )
        for d, chars, n in session.execute(stmt)
    ]


def get_document(session: Session, doc_id: str) -> DocumentView:
    """A document with its text and everything read from it."""
    row = session.get(DocumentRow, doc_id)
    if row is None:
        raise NotFound(Errors.E801.format(what="document", key=doc_id))
    events = (
        session.execute(
            sa.select(EventRow)
            .join(EventMentionRow, EventMentionRow.event_id == EventRow.id)
            .where(EventMentionRow.doc_id == doc_id)
            .order_by(EventMentionRow.ordinal)
        )
        .scalars()
        .unique()
        .all()
    )
    facts = fact_views(
        session,
        session.execute(sa.select(FactRow).where(FactRow.doc_id == doc_id).order_by(FactRow.ordinal))
        .scalars()
        .all(),
    )
    return DocumentView(
        id=row.id,
        title=row.title,
        source=row.source,
        url=row.url,
        published=row.published,
        text=row.text,
        events=query.event_views(session, events),
        facts=facts,
    )


def kb_counts(session: Session) -> tuple[int, int]:
    """(documents, events) in the knowledge base."""
    docs = session.execute(sa.select(sa.func.count()).select_from(DocumentRow)).scalar_one()
    events = session.execute(sa.select(sa.func.count()).select_from(EventRow)).scalar_one()
    return int(docs), int(events)


def event_countries(session: Session) -> list[str]:
    """Every ISO3 code that is a party to some event, sorted."""
    rows = session.execute(sa.select(EventCountryRow.country).distinct().order_by(EventCountryRow.country))
    return [str(code) for (code,) in rows]


def country_pairs(session: Session, *, limit: int = 30) -> list[tuple[str, str, int]]:
    """The pairs of countries with most events together: (a, b, events), a < b."""
    a, b = aliased(EventCountryRow), aliased(EventCountryRow)
    n = sa.func.count(sa.distinct(a.event_id))
    rows = session.execute(
        sa.select(a.country, b.country, n)
        .join(b, sa.and_(b.event_id == a.event_id, b.country > a.country))
        .group_by(a.country, b.country)
        .order_by(n.desc(), a.country, b.country)
        .limit(limit)
    )
    return [(str(x), str(y), int(k)) for x, y, k in rows]
