"""Events, places and facts: the timeline and what hangs off it."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bilat import resolve
from bilat.errors import Errors, InputError, NotFound
from bilat.query.views import (
    ActorRef,
    EventView,
    EvidenceView,
    FactView,
    MentionView,
    PlaceView,
)
from bilat.records import EVENT_TYPES
from bilat.store import repository
from bilat.store.schema import (
    ActorRow,
    DocumentRow,
    EventActorRow,
    EventCountryRow,
    EventMentionRow,
    EventRow,
    EvidenceRow,
    FactRow,
    PlaceRow,
)

STATUSES = ("occurred", "planned", "proposed", "cancelled", "denied", "ongoing")


def place_view(row: PlaceRow | None) -> PlaceView | None:
    if row is None:
        return None
    return PlaceView(
        id=row.id, name=row.name, country=row.country, lat=row.lat, lon=row.lon, feature=row.feature
    )


def _evidence(ev: EvidenceRow, title: str | None, published: dt.date | None) -> EvidenceView:
    return EvidenceView(
        doc_id=ev.doc_id,
        start=ev.start,
        end=ev.end,
        text=ev.text,
        field=ev.field,
        title=title,
        published=published,
    )


def event_views(session: Session, events: Sequence[EventRow], *, detail: bool = False) -> list[EventView]:
    """Attach actors and evidence to events in a fixed number of queries, whatever their number."""
    ids = [e.id for e in events]
    if not ids:
        return []
    actors: dict[int, dict[int, ActorRef]] = defaultdict(dict)
    rows = session.execute(
        sa.select(EventMentionRow.event_id, EventActorRow.side, EventActorRow.role, ActorRow)
        .join(EventActorRow, EventActorRow.mention_id == EventMentionRow.id)
        .join(ActorRow, ActorRow.id == EventActorRow.actor_id)
        .where(EventMentionRow.event_id.in_(ids))
        .order_by(ActorRow.name, ActorRow.id, EventActorRow.side)
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
    fields = None if detail else ("sentence",)
    stmt = (
        sa.select(EventMentionRow, EvidenceRow, DocumentRow.title, DocumentRow.published)
        .join(EvidenceRow, EvidenceRow.event_mention_id == EventMentionRow.id)
        .join(DocumentRow, DocumentRow.id == EventMentionRow.doc_id)
        .where(EventMentionRow.event_id.in_(ids))
        .order_by(
            DocumentRow.published.nulls_last(),
            EventMentionRow.doc_id,
            EventMentionRow.ordinal,
            EvidenceRow.start,
            EvidenceRow.field,
        )
    )
    if fields:
        stmt = stmt.where(EvidenceRow.field.in_(fields))
    evidence: dict[int, list[EvidenceView]] = defaultdict(list)
    mention_ev: dict[int, list[EvidenceView]] = defaultdict(list)
    mention_rows: dict[int, dict[int, EventMentionRow]] = defaultdict(dict)
    for mention, ev, title, published in session.execute(stmt).all():
        view = _evidence(ev, title, published)
        if ev.field == "sentence":
            evidence[mention.event_id].append(view)
        mention_ev[mention.id].append(view)
        mention_rows[mention.event_id][mention.id] = mention
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
            place=place_view(e.place),
            actors=list(actors[e.id].values()),
            confidence=e.confidence,
            evidence=evidence[e.id],
            reports=e.reports,
            summary=e.summary,
            mentions=[
                MentionView(
                    doc_id=m.doc_id,
                    ordinal=m.ordinal,
                    status=m.status,
                    mode=m.mode,
                    date_start=m.date_start,
                    date_end=m.date_end,
                    number=m.number,
                    evidence=mention_ev[m.id],
                )
                for m in mention_rows[e.id].values()
            ]
            if detail
            else [],
        )
        for e in events
    ]


def _codes(countries: Sequence[str]) -> list[str]:
    codes = []
    for c in countries:
        code = c.strip().upper()
        if not code.isalpha() or not 2 <= len(code) <= 3:
            raise InputError(
                Errors.E802.format(name="country", value=c, detail="use an ISO 3166-1 alpha-3 code")
            )
        codes.append(code)
    return codes


def with_countries(stmt: sa.Select, countries: Sequence[str]) -> sa.Select:
    """Keep events that have every one of ``countries`` among their parties (indexed lookups)."""
    for code in _codes(countries):
        stmt = stmt.where(
            sa.exists().where(EventCountryRow.event_id == EventRow.id, EventCountryRow.country == code)
        )
    return stmt


def place_ids(session: Session, ref: str | int) -> list[int]:
    """Places named ``ref`` (an id, a gazetteer id or a name, case and accents ignored)."""
    ident = repository.row_id(ref)
    if ident is not None:
        return [ident] if session.get(PlaceRow, ident) is not None else []
    ref = str(ref).strip()
    if not ref or not repository.readable_ref(ref):
        return []
    rows = session.execute(
        sa.select(PlaceRow.id, PlaceRow.name).where(
            sa.or_(
                sa.func.lower(PlaceRow.name) == ref.lower(),
                PlaceRow.key == ref,
                PlaceRow.gazetteer_id == ref,
            )
        )
    ).all()
    if not rows:
        folded = resolve.fold(ref)
        first = folded[:1]
        candidates = session.execute(
            sa.select(PlaceRow.id, PlaceRow.name).where(sa.func.lower(PlaceRow.name).like(f"{first}%"))
        ).all()
        rows = [r for r in candidates if resolve.fold(r.name) == folded]
    return sorted(r.id for r in rows)


#: ``timeline(sort=...)``: a key, ``-`` before it for descending. Undated events come last
#: either way, and ties always fall back to the date, then type and key (unique), so that
#: pages never overlap or skip.
SORT_KEYS = ("date", "type", "confidence", "reports")
SORTS = tuple(k for key in SORT_KEYS for k in (key, f"-{key}"))


def _undated() -> Any:
    return EventRow.date_start.is_(None)


def sort_order(sort: str) -> list[Any]:
    """The ORDER BY of ``timeline(sort=sort)``; InputError (E802) for an unknown sort."""
    descending = sort.startswith("-")
    key = sort[1:] if descending else sort
    if key not in SORT_KEYS:
        raise InputError(Errors.E802.format(name="sort", value=sort, detail="one of " + ", ".join(SORTS)))
    by_date = [_undated(), EventRow.date_start, EventRow.type, EventRow.key]
    if key == "date":
        if descending:
            return [_undated(), EventRow.date_start.desc(), EventRow.type, EventRow.key]
        return by_date
    column = {"type": EventRow.type, "confidence": EventRow.confidence, "reports": EventRow.reports}[key]
    return [column.desc() if descending else column, *by_date]


def timeline(
    session: Session,
    *,
    countries: Sequence[str] = (),
    actor: str | int | None = None,
    types: Sequence[str] = (),
    statuses: Sequence[str] = (),
    place: str | int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    sort: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> list[EventView]:
    """Events, filtered, in date order (undated last) or as ``sort`` says.

    ``countries``: every code must be a party (two for a pair); ``actor``: an actor id, name or
    alias taking part; ``place``: a place id or name; ``since``/``until``: the event's days
    overlap the range. Unknown actors or places raise ``NotFound``.

    ``sort``: ``date`` (the default), ``type``, ``confidence`` or ``reports`` (documents that
    report the event); ``-`` in front sorts descending (``-reports``: most reported first).
    """
    order = sort_order(sort)
    stmt = with_countries(sa.select(EventRow), countries)
    if actor is not None:
        ident = repository.find_actor(session, actor).id
        stmt = stmt.where(
            sa.exists()
            .where(EventMentionRow.event_id == EventRow.id)
            .where(EventActorRow.mention_id == EventMentionRow.id, EventActorRow.actor_id == ident)
        )
    if place is not None:
        ids = place_ids(session, place)
        if not ids:
            raise NotFound(Errors.E801.format(what="place", key=str(place)))
        stmt = stmt.where(EventRow.place_id.in_(ids))
    if since is not None:
        stmt = stmt.where(sa.func.coalesce(EventRow.date_end, EventRow.date_start) >= since)
    if until is not None:
        stmt = stmt.where(EventRow.date_start <= until)
    if types:
        wanted = [t.upper() for t in types]
        bad = [t for t in wanted if t not in EVENT_TYPES]
        if bad:
            raise InputError(
                Errors.E802.format(name="type", value=bad[0], detail="one of " + ", ".join(EVENT_TYPES))
            )
        stmt = stmt.where(EventRow.type.in_(wanted))
    if statuses:
        bad = [s for s in statuses if s not in STATUSES]
        if bad:
            raise InputError(
                Errors.E802.format(name="status", value=bad[0], detail="one of " + ", ".join(STATUSES))
            )
        stmt = stmt.where(EventRow.status.in_(list(statuses)))
    stmt = stmt.order_by(*order).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return event_views(session, session.execute(stmt).scalars().all())


def event(session: Session, ref: int | str) -> EventView:
    """One event by id or key, with every report of it (``mentions``) and all their evidence."""
    row: EventRow | None = None
    ident = repository.row_id(ref)
    if ident is not None:
        row = session.get(EventRow, ident)
    elif isinstance(ref, str) and ref.strip() and repository.readable_ref(ref):
        row = session.execute(sa.select(EventRow).where(EventRow.key == ref.strip())).scalar_one_or_none()
    if row is None:
        raise NotFound(Errors.E801.format(what="event", key=str(ref)))
    return event_views(session, [row], detail=True)[0]


def fact_views(session: Session, rows: Sequence[FactRow]) -> list[FactView]:
    ids = [f.id for f in rows]
    evidence: dict[int, list[EvidenceView]] = defaultdict(list)
    if ids:
        for ev, title, published in session.execute(
            sa.select(EvidenceRow, DocumentRow.title, DocumentRow.published)
            .join(DocumentRow, DocumentRow.id == EvidenceRow.doc_id)
            .where(EvidenceRow.fact_id.in_(ids))
            .order_by(EvidenceRow.start, EvidenceRow.field)
        ).all():
            evidence[ev.fact_id].append(_evidence(ev, title, published))
    return [
        FactView(
            id=f.id,
            doc_id=f.doc_id,
            metric=f.metric,
            value=f.value,
            unit=f.unit,
            change_pct=f.change_pct,
            period_start=f.period_start,
            period_end=f.period_end,
            flow=f.flow,
            reporter=f.reporter,
            partner=f.partner,
            evidence=evidence[f.id],
        )
        for f in rows
    ]


def facts(
    session: Session,
    *,
    countries: Sequence[str] = (),
    metrics: Sequence[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[FactView]:
    """Facts (trade figures, ...) in period order; ``countries`` must each be reporter or partner."""
    stmt = sa.select(FactRow)
    for code in _codes(countries):
        stmt = stmt.where(sa.or_(FactRow.reporter == code, FactRow.partner == code))
    if metrics:
        stmt = stmt.where(FactRow.metric.in_(list(metrics)))
    if since is not None:
        stmt = stmt.where(sa.func.coalesce(FactRow.period_end, FactRow.period_start) >= since)
    if until is not None:
        stmt = stmt.where(FactRow.period_start <= until)
    stmt = stmt.order_by(
        FactRow.period_start.is_(None), FactRow.period_start, FactRow.doc_id, FactRow.ordinal
    )
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return fact_views(session, session.execute(stmt).scalars().all())
