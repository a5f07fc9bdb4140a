"""The read side: every listing the CLI, the API and the web UI show comes from here.

Functions take a session and keyword filters and return typed views; none of them writes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from bilat.store.schema import (
    ActorRow,
    DocumentRow,
    EventActorRow,
    EventMentionRow,
    EventRow,
    EvidenceRow,
    PlaceRow,
)


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class EvidenceView(View):
    doc_id: str
    start: int
    end: int
    text: str
    field: str = "sentence"
    title: str | None = None
    published: dt.date | None = None


class PlaceView(View):
    id: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None


class ActorRef(View):
    id: int
    name: str
    kind: str
    country: str | None
    role: str | None = None
    side: str | None = None


class EventView(View):
    id: int
    key: str
    type: str
    mode: str | None
    status: str
    date_start: dt.date | None
    date_end: dt.date | None
    countries: list[str]
    place: PlaceView | None
    actors: list[ActorRef]
    confidence: float
    evidence: list[EvidenceView]


def _place(row: PlaceRow | None) -> PlaceView | None:
    if row is None:
        return None
    return PlaceView(
        id=row.id, name=row.name, country=row.country, lat=row.lat, lon=row.lon, feature=row.feature
    )


def event_views(session: Session, events: Sequence[EventRow]) -> list[EventView]:
    """Attach actors and sentence evidence to events in three queries, whatever their number."""
    ids = [e.id for e in events]
    if not ids:
        return []
    actors: dict[int, dict[int, ActorRef]] = defaultdict(dict)
    rows = session.execute(
        sa.select(EventMentionRow.event_id, EventActorRow.side, EventActorRow.role, ActorRow)
        .join(EventActorRow, EventActorRow.mention_id == EventMentionRow.id)
        .join(ActorRow, ActorRow.id == EventActorRow.actor_id)
        .where(EventMentionRow.event_id.in_(ids))
        .order_by(ActorRow.name)
    ).all()
    for event_id, side, role, actor in rows:
        actors[event_id].setdefault(
            actor.id,
            ActorRef(
                id=actor.id,
                name=actor.name,
                kind=actor.kind,
                country=actor.country,
                role=role or actor.role,
                side=side,
            ),
        )
    evidence: dict[int, list[EvidenceView]] = defaultdict(list)
    ev_rows = session.execute(
        sa.select(EventMentionRow.event_id, EvidenceRow, DocumentRow.title, DocumentRow.published)
        .join(EvidenceRow, EvidenceRow.event_mention_id == EventMentionRow.id)
        .join(DocumentRow, DocumentRow.id == EventMentionRow.doc_id)
        .where(EventMentionRow.event_id.in_(ids), EvidenceRow.field == "sentence")
        .order_by(DocumentRow.published, EvidenceRow.doc_id, EvidenceRow.start)
    ).all()
    for event_id, ev, title, published in ev_rows:
        evidence[event_id].append(
            EvidenceView(
                doc_id=ev.doc_id,
                start=ev.start,
                end=ev.end,
                text=ev.text,
                field=ev.field,
                title=title,
                published=published,
            )
        )
    return [
        EventView(
            id=e.id,
            key=e.key,
            type=e.type,
            mode=e.mode,
            status=e.status,
            date_start=e.date_start,
            date_end=e.date_end,
            countries=[c for c in e.countries.split(",") if c],
            place=_place(e.place),
            actors=list(actors[e.id].values()),
            confidence=e.confidence,
            evidence=evidence[e.id],
        )
        for e in events
    ]


def timeline(
    session: Session,
    *,
    countries: Sequence[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    types: Sequence[str] = (),
    statuses: Sequence[str] = (),
    limit: int | None = None,
    offset: int = 0,
) -> list[EventView]:
    """Events in date order (undated last), filtered; every country in ``countries`` must be a party."""
    stmt = sa.select(EventRow).outerjoin(PlaceRow, PlaceRow.id == EventRow.place_id)
    for code in countries:
        stmt = stmt.where(EventRow.countries.contains(code.upper()))
    if since is not None:
        stmt = stmt.where(sa.func.coalesce(EventRow.date_end, EventRow.date_start) >= since)
    if until is not None:
        stmt = stmt.where(EventRow.date_start <= until)
    if types:
        stmt = stmt.where(EventRow.type.in_([t.upper() for t in types]))
    if statuses:
        stmt = stmt.where(EventRow.status.in_(list(statuses)))
    stmt = stmt.order_by(EventRow.date_start.is_(None), EventRow.date_start, EventRow.type, EventRow.key)
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return event_views(session, session.execute(stmt).scalars().all())
