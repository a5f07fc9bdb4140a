"""Documents and what was read from them; counts and the countries and pairs the knowledge base knows."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from bilat.errors import Errors, NotFound
from bilat.query.events import event_views, fact_views
from bilat.query.views import DocumentSummary, DocumentView
from bilat.store import repository
from bilat.store.schema import DocumentRow, EventCountryRow, EventMentionRow, EventRow, FactRow


def documents(
    session: Session,
    *,
    ids: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[DocumentSummary]:
    """Documents (all, or those in ``ids``), newest first, undated last."""
    stmt = (
        sa.select(DocumentRow, sa.func.length(DocumentRow.text))
        .order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(), DocumentRow.id)
        .offset(offset)
    )
    if ids is not None:
        stmt = stmt.where(DocumentRow.id.in_([i for i in ids if repository.readable_ref(i)]))
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    # Count the event mentions of this page only: grouping the whole table first costs a scan of it.
    counts = dict(
        session.execute(
            sa.select(EventMentionRow.doc_id, sa.func.count())
            .where(EventMentionRow.doc_id.in_([d.id for d, _ in rows]))
            .group_by(EventMentionRow.doc_id)
        ).all()
    )
    return [
        DocumentSummary(
            id=d.id,
            title=d.title,
            source=d.source,
            url=d.url,
            published=d.published,
            chars=chars or 0,
            events=counts.get(d.id, 0),
        )
        for d, chars in rows
    ]


def document(session: Session, doc_id: str) -> DocumentView:
    """A document with its text and the events and facts read from it; NotFound (E801) if unknown."""
    row = session.get(DocumentRow, doc_id) if doc_id and repository.readable_ref(doc_id) else None
    if row is None:
        raise NotFound(Errors.E801.format(what="document", key=doc_id))
    first = sa.func.min(EventMentionRow.ordinal)
    events = (
        session.execute(
            sa.select(EventRow)
            .join(EventMentionRow, EventMentionRow.event_id == EventRow.id)
            .where(EventMentionRow.doc_id == doc_id)
            .group_by(EventRow.id)
            .order_by(first, EventRow.id)
        )
        .scalars()
        .all()
    )
    facts = (
        session.execute(sa.select(FactRow).where(FactRow.doc_id == doc_id).order_by(FactRow.ordinal))
        .scalars()
        .all()
    )
    return DocumentView(
        id=row.id,
        title=row.title,
        source=row.source,
        url=row.url,
        published=row.published,
        text=row.text,
        events=event_views(session, events),
        facts=fact_views(session, facts),
    )


def document_texts(session: Session, doc_ids: Sequence[str]) -> dict[str, str]:
    """The text of each document in ``doc_ids`` that exists."""
    wanted = [i for i in doc_ids if repository.readable_ref(i)]
    rows = session.execute(sa.select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(wanted)))
    return {str(doc_id): str(text) for doc_id, text in rows}  # noqa: C416 - typed


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
