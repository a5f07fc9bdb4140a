"""Simple lookups the API and the web UI need that ``bilat.query`` does not offer yet.

Read-only, keyword filters, typed views, like ``bilat.query``; meant to move there.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bilat.errors import Errors, NotFound
from bilat.query import EventView, EvidenceView, View, event_views
from bilat.store.schema import DocumentRow, EventMentionRow, EventRow, EvidenceRow, FactRow


class DocumentSummary(View):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    chars: int
    events: int


class FactView(View):
    id: int
    doc_id: str
    metric: str
    value: float | None
    unit: str | None
    change_pct: float | None
    period_start: dt.date | None
    period_end: dt.date | None
    flow: str
    reporter: str | None
    partner: str | None
    evidence: list[EvidenceView]


class DocumentView(View):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    text: str
    events: list[EventView]
    facts: list[FactView]


def get_event(session: Session, event_id: int) -> EventView:
    row = session.get(EventRow, event_id)
    if row is None:
        raise NotFound(Errors.E801.format(what="event", key=event_id))
    return event_views(session, [row])[0]


def event_spans(session: Session, event_id: int) -> list[EvidenceView]:
    """Every evidence span of every report of the event: sentence, trigger, date, place, actors."""
    rows = session.execute(
        sa.select(EvidenceRow)
        .join(EventMentionRow, EventMentionRow.id == EvidenceRow.event_mention_id)
        .where(EventMentionRow.event_id == event_id)
        .order_by(EvidenceRow.doc_id, EvidenceRow.start, EvidenceRow.end)
    ).scalars()
    return [EvidenceView(doc_id=r.doc_id, start=r.start, end=r.end, text=r.text, field=r.field) for r in rows]


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


def _facts(session: Session, stmt: sa.Select[tuple[FactRow]]) -> list[FactView]:
    rows = session.execute(stmt).scalars().all()
    ids = [r.id for r in rows]
    evidence: dict[int, list[EvidenceView]] = {i: [] for i in ids}
    if ids:
        for ev in session.execute(
            sa.select(EvidenceRow).where(EvidenceRow.fact_id.in_(ids)).order_by(EvidenceRow.start)
        ).scalars():
            evidence[ev.fact_id or 0].append(
                EvidenceView(doc_id=ev.doc_id, start=ev.start, end=ev.end, text=ev.text, field=ev.field)
            )
    return [
        FactView(
            id=r.id,
            doc_id=r.doc_id,
            metric=r.metric,
            value=r.value,
            unit=r.unit,
            change_pct=r.change_pct,
            period_start=r.period_start,
            period_end=r.period_end,
            flow=r.flow,
            reporter=r.reporter,
            partner=r.partner,
            evidence=evidence[r.id],
        )
        for r in rows
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
    facts = _facts(session, sa.select(FactRow).where(FactRow.doc_id == doc_id).order_by(FactRow.ordinal))
    return DocumentView(
        id=row.id,
        title=row.title,
        source=row.source,
        url=row.url,
        published=row.published,
        text=row.text,
        events=event_views(session, events),
        facts=facts,
    )


def kb_counts(session: Session) -> tuple[int, int]:
    """(documents, events) in the knowledge base."""
    docs = session.execute(sa.select(sa.func.count()).select_from(DocumentRow)).scalar_one()
    events = session.execute(sa.select(sa.func.count()).select_from(EventRow)).scalar_one()
    return int(docs), int(events)


def event_countries(session: Session) -> list[str]:
    """Every ISO3 code that is a party to some event, sorted."""
    codes: set[str] = set()
    for (value,) in session.execute(sa.select(EventRow.countries).distinct()):
        codes.update(c for c in (value or "").split(",") if c)
    return sorted(codes)
