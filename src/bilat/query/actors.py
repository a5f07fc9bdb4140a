"""Actors: who they are, the roles they held over time, their events and counterparts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bilat.query.events import _codes, event_views
from bilat.query.views import (
    ActorProfile,
    ActorRef,
    ActorSummary,
    Counterpart,
    EvidenceView,
    RoleSpan,
)
from bilat.store import repository
from bilat.store.schema import (
    ActorAliasRow,
    ActorRow,
    DocumentRow,
    EventActorRow,
    EventMentionRow,
    EventRow,
    MentionRow,
)


def _summaries(session: Session, rows: Sequence[ActorRow]) -> list[ActorSummary]:
    ids = [a.id for a in rows]
    if not ids:
        return []
    aliases: dict[int, list[str]] = defaultdict(list)
    for actor_id, alias in session.execute(
        sa.select(ActorAliasRow.actor_id, ActorAliasRow.alias)
        .where(ActorAliasRow.actor_id.in_(ids))
        .order_by(ActorAliasRow.alias)
    ).all():
        aliases[actor_id].append(alias)
    mentions = {
        a: (n, first, last)
        for a, n, first, last in session.execute(
            sa.select(
                MentionRow.actor_id,
                sa.func.count(sa.distinct(MentionRow.doc_id)),
                sa.func.min(DocumentRow.published),
                sa.func.max(DocumentRow.published),
            )
            .join(DocumentRow, DocumentRow.id == MentionRow.doc_id)
            .where(MentionRow.actor_id.in_(ids))
            .group_by(MentionRow.actor_id)
        ).all()
    }
    events = dict(
        session.execute(
            sa.select(EventActorRow.actor_id, sa.func.count(sa.distinct(EventMentionRow.event_id)))
            .join(EventMentionRow, EventMentionRow.id == EventActorRow.mention_id)
            .where(EventActorRow.actor_id.in_(ids))
            .group_by(EventActorRow.actor_id)
        ).all()
    )
    out = []
    for a in rows:
        n, first, last = mentions.get(a.id, (0, None, None))
        out.append(
            ActorSummary(
                id=a.id,
                key=a.key,
                name=a.name,
                kind=a.kind,
                country=a.country,
                role=a.role,
                aliases=aliases[a.id],
                mentions=n,
                events=events.get(a.id, 0),
                first_seen=first,
                last_seen=last,
            )
        )
    return out


def actors(
    session: Session,
    *,
    country: str | None = None,
    kind: str | None = None,
    name: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[ActorSummary]:
    """Actors, those in most events first; ``name`` matches any part of a name or alias."""
    n_events = (
        sa.select(sa.func.count(sa.distinct(EventMentionRow.event_id)))
        .join(EventActorRow, EventActorRow.mention_id == EventMentionRow.id)
        .where(EventActorRow.actor_id == ActorRow.id)
        .scalar_subquery()
    )
    stmt = sa.select(ActorRow).order_by(n_events.desc(), ActorRow.name, ActorRow.id)
    if country:
        stmt = stmt.where(ActorRow.country == _codes([country])[0])
    if kind:
        stmt = stmt.where(ActorRow.kind == kind)
    if name:
        like = f"%{name.lower()}%"
        stmt = stmt.where(
            sa.or_(
                sa.func.lower(ActorRow.name).like(like),
                sa.exists().where(
                    ActorAliasRow.actor_id == ActorRow.id, sa.func.lower(ActorAliasRow.alias).like(like)
                ),
            )
        )
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _summaries(session, session.execute(stmt).scalars().all())


def actor(session: Session, ref: str | int, *, limit: int | None = 200) -> ActorProfile:
    """One actor by id, key, name or alias: roles over time, events, counterparts, evidence."""
    row = repository.find_actor(session, ref)
    summary = _summaries(session, [row])[0]
    spans: dict[tuple[str | None, str | None], list] = {}
    for m, title, published in session.execute(
        sa.select(MentionRow, DocumentRow.title, DocumentRow.published)
        .join(DocumentRow, DocumentRow.id == MentionRow.doc_id)
        .where(
            MentionRow.actor_id == row.id,
            sa.or_(MentionRow.role.is_not(None), MentionRow.role_text.is_not(None)),
        )
        .order_by(DocumentRow.published.nulls_last(), MentionRow.doc_id, MentionRow.start)
    ).all():
        key = (m.role, m.role_text if m.role is None else None)
        ev = EvidenceView(
            doc_id=m.doc_id,
            start=m.start,
            end=m.end,
            text=m.text,
            field="mention",
            title=title,
            published=published,
        )
        span = spans.setdefault(key, [published, published, set(), ev, m.role_text])
        if published is not None:
            span[0] = published if span[0] is None else min(span[0], published)
            span[1] = published if span[1] is None else max(span[1], published)
        span[2].add(m.doc_id)
    roles = [
        RoleSpan(role=k[0], role_text=v[4], first=v[0], last=v[1], documents=len(v[2]), evidence=v[3])
        for k, v in spans.items()
    ]
    event_ids = (
        sa.select(EventMentionRow.event_id)
        .join(EventActorRow, EventActorRow.mention_id == EventMentionRow.id)
        .where(EventActorRow.actor_id == row.id)
    )
    stmt = (
        sa.select(EventRow)
        .where(EventRow.id.in_(event_ids))
        .order_by(EventRow.date_start.is_(None), EventRow.date_start, EventRow.type, EventRow.key)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    events = event_views(session, session.execute(stmt).scalars().all())
    partners: Counter[int] = Counter()
    refs: dict[int, ActorRef] = {}
    for e in events:
        for a in e.actors:
            if a.id != row.id and a.kind != "country" and (a.country != row.country or row.country is None):
                partners[a.id] += 1
                refs.setdefault(a.id, a.model_copy(update={"side": None}))
    counterparts = [
        Counterpart(actor=refs[i], events=n)
        for i, n in sorted(partners.items(), key=lambda kv: (-kv[1], refs[kv[0]].name))
    ]
    evidence = [
        EvidenceView(
            doc_id=m.doc_id,
            start=m.start,
            end=m.end,
            text=m.text,
            field="mention",
            title=title,
            published=published,
        )
        for m, title, published in session.execute(
            sa.select(MentionRow, DocumentRow.title, DocumentRow.published)
            .join(DocumentRow, DocumentRow.id == MentionRow.doc_id)
            .where(MentionRow.actor_id == row.id)
            .order_by(DocumentRow.published.nulls_last(), MentionRow.doc_id, MentionRow.start)
            .limit(20)
        ).all()
    ]
    return ActorProfile(
        actor=summary, roles=roles, events=events, counterparts=counterparts, evidence=evidence
    )
