"""Commitments (announced meetings, visits, deadlines, targets) and the summary of one pair.

A commitment is a knowledge-base event that some report announced as planned or proposed.
Its state, as of a day (today by default):

- ``kept``: an occurred event reports it (resolve merged them: same dates), or a later occurred
  event fulfils it (``resolve.fulfils``: same type, parties, people, within the announced days
  or, undated, within a year of the announcement);
- ``cancelled``: a report says it was called off;
- ``overdue``: its announced days are over and nothing shows it happened;
- ``pending``: otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from bilat import resolve
from bilat.errors import Errors, InputError
from bilat.query.events import _codes, event_views, fact_views, with_countries
from bilat.query.views import (
    CommitmentState,
    CommitmentView,
    EventView,
    EvidenceView,
    MonthCount,
    RelationsView,
)
from bilat.records import Interval
from bilat.store.schema import (
    ActorNameRow,
    EventActorRow,
    EventCountryRow,
    EventMentionRow,
    EventRow,
    FactRow,
)


def pair_events(stmt: sa.Select[Any], codes: Sequence[str]) -> sa.Select[Any]:
    """``stmt`` over the events whose parties include both ``codes``, joined from the
    (country, event_id) index: the pair's events are found, not every event tested."""
    a, b = aliased(EventCountryRow), aliased(EventCountryRow)
    return (
        stmt.select_from(a)
        .join(b, sa.and_(b.event_id == a.event_id, b.country == codes[1]))
        .join(EventRow, EventRow.id == a.event_id)
        .where(a.country == codes[0])
    )


STATES: tuple[CommitmentState, ...] = ("kept", "pending", "overdue", "cancelled")
INTENDED = ("planned", "proposed")


def _summary(row: EventRow, first_reported: dt.date | None = None) -> resolve.EventSummary:
    place = row.place
    return resolve.EventSummary(
        key=row.key,
        type=row.type,
        mode=row.mode,
        status=row.status,
        date=Interval(start=row.date_start, end=row.date_end or row.date_start) if row.date_start else None,
        countries=tuple(c for c in row.countries.split(",") if c),
        place=resolve.PlaceFacts(key=place.key, country=place.country, feature=place.feature)
        if place
        else None,
        confidence=row.confidence,
        reports=row.reports,
        first_reported=first_reported if first_reported is not None else row.first_reported,
        summary=row.summary,
    )


def _persons(session: Session, event_id: int) -> list[resolve.NameInfo]:
    rows = session.execute(
        sa.select(ActorNameRow.name, ActorNameRow.kind, ActorNameRow.country)
        .join(EventActorRow, EventActorRow.name_key == ActorNameRow.key)
        .join(EventMentionRow, EventMentionRow.id == EventActorRow.mention_id)
        .where(EventMentionRow.event_id == event_id, ActorNameRow.kind == "person")
        .distinct()
    ).all()
    return [resolve.name_info(n, k, c) for n, k, c in sorted(rows)]


def _fulfilment(session: Session, row: EventRow, announced: dt.date | None) -> EventRow | None:
    """The earliest later occurred event that keeps the announcement ``row``, if any."""
    plan = _summary(row, announced)
    start = announced or row.date_start
    if start is None:
        return None
    end = row.date_end if row.date_end else start + dt.timedelta(days=366)
    codes = list(plan.countries)
    stmt = (
        sa.select(EventRow)
        .where(
            EventRow.type == row.type,
            EventRow.status.in_(("occurred", "ongoing")),
            EventRow.id != row.id,
            EventRow.date_start.is_not(None),
            EventRow.date_start <= end,
            sa.func.coalesce(EventRow.date_end, EventRow.date_start) >= start,
        )
        .order_by(EventRow.date_start, EventRow.key)
        .limit(20)
    )
    if 1 <= len(codes) <= 2:
        stmt = with_countries(stmt, codes)  # resolve.parties_compatible wants them all
    elif codes:
        stmt = stmt.where(
            sa.exists().where(EventCountryRow.event_id == EventRow.id, EventCountryRow.country.in_(codes))
        )
    plan_persons = None
    for done in session.execute(stmt).scalars():
        if plan_persons is None:
            plan_persons = _persons(session, row.id)
        if resolve.fulfils(plan, plan_persons, _summary(done), _persons(session, done.id)):
            return done
    return None


def _sentences(view: EventView, statuses: Sequence[str]) -> list[EvidenceView]:
    return [ev for m in view.mentions if m.status in statuses for ev in m.evidence if ev.field == "sentence"]


def commitments(
    session: Session,
    *,
    countries: Sequence[str] = (),
    states: Sequence[str] = (),
    types: Sequence[str] = (),
    as_of: dt.date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[CommitmentView]:
    """Every announced future event, with its state as of ``as_of`` (today) and the evidence of both."""
    bad = [s for s in states if s not in STATES]
    if bad:
        raise InputError(Errors.E802.format(name="state", value=bad[0], detail="one of " + ", ".join(STATES)))
    as_of = as_of or dt.date.today()
    # An index lookup per status (ix_event_mentions_status_event), not a scan of every report.
    intended = sa.exists().where(
        EventMentionRow.event_id == EventRow.id, EventMentionRow.status.in_(INTENDED)
    )
    stmt = with_countries(sa.select(EventRow).where(intended), countries)
    stmt = stmt.where(EventRow.status != "denied")
    if types:
        stmt = stmt.where(EventRow.type.in_([t.upper() for t in types]))
    stmt = stmt.order_by(
        EventRow.date_start.is_(None), EventRow.date_start, EventRow.first_reported, EventRow.key
    )
    rows = session.execute(stmt).scalars().all()
    out: list[CommitmentView] = []
    skip = offset
    batch = 200  # views in batches: a fixed number of queries per batch, not per commitment
    views: dict[int, EventView] = {}
    for i, row in enumerate(rows):
        if row.id not in views:
            views.update({v.id: v for v in event_views(session, rows[i : i + batch], detail=True)})
        view = views.pop(row.id)
        announcement = _sentences(view, INTENDED)
        announced_days = [ev.published for ev in announcement if ev.published]
        announced = min(announced_days) if announced_days else None
        fulfilment: EventView | None = None
        fulfilment_evidence: list[EvidenceView] = []
        cancellation: list[EvidenceView] = []
        if row.status in ("occurred", "ongoing"):
            state: CommitmentState = "kept"
            fulfilment_evidence = _sentences(view, ("occurred", "ongoing"))
        elif row.status == "cancelled":
            state = "cancelled"
            cancellation = _sentences(view, ("cancelled",))
        else:
            done = _fulfilment(session, row, announced)
            if done is not None:
                state = "kept"
                fulfilment = event_views(session, [done])[0]
                fulfilment_evidence = fulfilment.evidence
            elif row.date_end is not None and row.date_end < as_of:
                state = "overdue"
            else:
                state = "pending"
        if states and state not in states:
            continue
        if skip:
            skip -= 1
            continue
        out.append(
            CommitmentView(
                event=view,
                state=state,
                announced=announced,
                due_start=row.date_start,
                due_end=row.date_end,
                announcement=announcement,
                fulfilment=fulfilment,
                fulfilment_evidence=fulfilment_evidence,
                cancellation=cancellation,
            )
        )
        if limit is not None and len(out) >= limit:
            break
    return out


def relations(
    session: Session,
    a: str,
    b: str,
    *,
    as_of: dt.date | None = None,
    latest: int = 10,
) -> RelationsView:
    """One pair at a glance: events by type per month, latest meetings, trade figures, open commitments."""
    codes = _codes([a, b])
    if codes[0] == codes[1]:
        raise InputError(
            Errors.E802.format(name="pair", value=f"{a} {b}", detail="give two different countries")
        )
    # Counted in the database, grouped on the indexed (date_start, type) of the pair's events:
    # the pair's events never come to Python one by one.
    month = (
        sa.func.to_char(EventRow.date_start, "YYYY-MM")
        if session.get_bind().dialect.name == "postgresql"
        else sa.func.strftime("%Y-%m", EventRow.date_start)
    )
    counts = session.execute(
        pair_events(sa.select(month, EventRow.type, sa.func.count(), sa.func.min(EventRow.date_start),
                              sa.func.max(EventRow.date_start)), codes)
        .group_by(month, EventRow.type)
    ).all()  # fmt: skip
    by_month = [
        MonthCount.model_construct(month=m, type=t, count=int(n)) for m, t, n, _, _ in counts if m is not None
    ]
    by_type: Counter[str] = Counter()
    for _, type_, n, _, _ in counts:
        by_type[type_] += int(n)
    firsts = [first for *_, first, _ in counts if first is not None]
    lasts = [last for *_, last in counts if last is not None]
    meetings = (
        session.execute(
            with_countries(sa.select(EventRow), codes)
            .where(EventRow.type == "CONSULT", EventRow.status.in_(("occurred", "ongoing")))
            .order_by(EventRow.date_start.is_(None), EventRow.date_start.desc(), EventRow.key)
            .limit(latest)
        )
        .scalars()
        .all()
    )
    trade = (
        session.execute(
            sa.select(FactRow)
            .where(
                FactRow.metric.like("trade%"),
                sa.or_(
                    sa.and_(FactRow.reporter == codes[0], FactRow.partner == codes[1]),
                    sa.and_(FactRow.reporter == codes[1], FactRow.partner == codes[0]),
                ),
            )
            .order_by(FactRow.period_start.is_(None), FactRow.period_start, FactRow.doc_id, FactRow.ordinal)
        )
        .scalars()
        .all()
    )
    return RelationsView(
        countries=codes,
        events=sum(by_type.values()),
        first=min(firsts, default=None),
        last=max(lasts, default=None),
        by_month=sorted(by_month, key=lambda mc: (mc.month, mc.type)),
        by_type=dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        latest_meetings=event_views(session, meetings),
        trade=fact_views(session, trade),
        open_commitments=commitments(session, countries=codes, states=("pending", "overdue"), as_of=as_of),
    )
