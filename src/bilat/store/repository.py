"""Keyword-only write and read helpers over one session (the caller owns the transaction)."""

from __future__ import annotations

from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bilat import resolve
from bilat.records import Event, EventActor, Evidence, Extraction, Fact, Mention, Place
from bilat.store.schema import (
    ActorAliasRow,
    ActorRow,
    DocumentRow,
    EventActorRow,
    EventMentionRow,
    EventRow,
    EvidenceRow,
    FactRow,
    MentionRow,
    PlaceRow,
    TimexRow,
)


def _insert(session: Session, table: sa.Table) -> Any:
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"unsupported database dialect {name!r}")


def get_or_create(session: Session, model: Any, *, key: str, values: dict[str, Any]) -> int:
    """The id of the row with ``key``, inserting it if missing; safe under concurrent writers."""
    table = model.__table__
    stmt = _insert(session, table).values(key=key, **values).on_conflict_do_nothing(index_elements=["key"])
    session.execute(stmt)
    return int(session.execute(sa.select(table.c.id).where(table.c.key == key)).scalar_one())


def actor_id(session: Session, actor: Mention | EventActor) -> int:
    key = resolve.actor_key(actor)
    ident = get_or_create(
        session,
        ActorRow,
        key=key,
        values={
            "name": actor.name,
            "kind": actor.kind,
            "country": actor.country,
            "role": actor.role,
            "sector": getattr(actor, "sector", None),
        },
    )
    add_alias(session, actor_id=ident, alias=actor.name)
    return ident


def add_alias(session: Session, *, actor_id: int, alias: str) -> None:
    table = ActorAliasRow.__table__
    stmt = (
        _insert(session, table)
        .values(actor_id=actor_id, alias=alias)
        .on_conflict_do_nothing(index_elements=["actor_id", "alias"])
    )
    session.execute(stmt)


def place_id(session: Session, place: Place | None) -> int | None:
    if place is None:
        return None
    return get_or_create(
        session,
        PlaceRow,
        key=resolve.place_key(place),
        values={
            "name": place.name,
            "country": place.country,
            "lat": place.lat,
            "lon": place.lon,
            "feature": place.feature,
            "gazetteer_id": place.gazetteer_id,
        },
    )


def _evidence_row(ev: Evidence, field: str) -> EvidenceRow:
    return EvidenceRow(doc_id=ev.doc_id, start=ev.start, end=ev.end, text=ev.text, field=field)


def _event_mention(session: Session, event: Event, ordinal: int) -> EventMentionRow:
    row = EventMentionRow(
        doc_id=event.doc_id,
        ordinal=ordinal,
        type=event.type,
        mode=event.mode,
        status=event.status,
        negated=event.negated,
        date_start=event.date.start if event.date else None,
        date_end=event.date.end if event.date else None,
        place_id=place_id(session, event.location),
        countries=",".join(sorted(set(event.countries))),
        confidence=event.confidence,
        sentence_start=event.sentence.start,
        sentence_end=event.sentence.end,
    )
    row.evidence.append(_evidence_row(event.sentence, "sentence"))
    row.evidence.append(_evidence_row(event.trigger, "trigger"))
    if event.date_evidence is not None:
        row.evidence.append(_evidence_row(event.date_evidence, "date"))
    if event.location is not None and event.location.evidence is not None:
        row.evidence.append(_evidence_row(event.location.evidence, "location"))
    for actor in event.actors:
        row.actors.append(
            EventActorRow(
                actor_id=actor_id(session, actor),
                side=actor.side,
                role=actor.role,
                role_text=actor.role_text,
                start=actor.evidence.start if actor.evidence else None,
                end=actor.evidence.end if actor.evidence else None,
            )
        )
        if actor.evidence is not None:
            row.evidence.append(_evidence_row(actor.evidence, "actor"))
    return row


def _fact(fact: Fact, ordinal: int) -> FactRow:
    row = FactRow(
        doc_id=fact.doc_id,
        ordinal=ordinal,
        metric=fact.metric,
        value=fact.value,
        unit=fact.unit,
        change_pct=fact.change_pct,
        period_start=fact.period.start if fact.period else None,
        period_end=fact.period.end if fact.period else None,
        flow=fact.flow,
        reporter=fact.reporter,
        partner=fact.partner,
    )
    row.evidence.append(_evidence_row(fact.sentence, "sentence"))
    row.evidence.append(_evidence_row(fact.value_evidence, "value"))
    if fact.period_evidence is not None:
        row.evidence.append(_evidence_row(fact.period_evidence, "period"))
    return row


def delete_document_extractions(session: Session, *, doc_id: str) -> None:
    """Remove everything read from ``doc_id``; events left without a mention go too."""
    affected = set(
        session.execute(
            sa.select(EventMentionRow.event_id).where(
                EventMentionRow.doc_id == doc_id, EventMentionRow.event_id.is_not(None)
            )
        ).scalars()
    )
    for model in (EvidenceRow, EventMentionRow, FactRow, MentionRow, TimexRow):
        session.execute(sa.delete(model).where(model.doc_id == doc_id))
    if affected:
        still_used = set(
            session.execute(
                sa.select(EventMentionRow.event_id).where(EventMentionRow.event_id.in_(affected))
            ).scalars()
        )
        orphans = affected - still_used
        if orphans:
            session.execute(sa.delete(EventRow).where(EventRow.id.in_(orphans)))


def assign_events(session: Session, mentions: list[EventMentionRow]) -> None:
    """File each new event mention under a knowledge-base event (one event per mention for now)."""
    for row in mentions:
        event = EventRow(
            key=resolve.mention_key(row.doc_id, row.ordinal),
            type=row.type,
            mode=row.mode,
            status=row.status,
            date_start=row.date_start,
            date_end=row.date_end,
            place_id=row.place_id,
            countries=row.countries,
            confidence=row.confidence,
        )
        session.add(event)
        session.flush()
        row.event_id = event.id


def save_extraction(session: Session, extraction: Extraction) -> Literal["new", "unchanged", "updated"]:
    document = extraction.document
    content_hash = document.content_hash
    existing = session.get(DocumentRow, document.id)
    if existing is not None and existing.content_hash == content_hash:
        return "unchanged"
    outcome: Literal["new", "updated"] = "new" if existing is None else "updated"
    if existing is not None:
        delete_document_extractions(session, doc_id=document.id)
        existing.title = document.title
        existing.source = document.source
        existing.url = document.url
        existing.published = document.published
        existing.text = document.text
        existing.content_hash = content_hash
    else:
        session.add(
            DocumentRow(
                id=document.id,
                title=document.title,
                source=document.source,
                url=document.url,
                published=document.published,
                text=document.text,
                content_hash=content_hash,
            )
        )
    session.flush()

    for mention in extraction.mentions:
        session.add(
            MentionRow(
                doc_id=document.id,
                actor_id=actor_id(session, mention),
                start=mention.evidence.start,
                end=mention.evidence.end,
                text=mention.evidence.text[:512],
                role=mention.role,
                role_text=mention.role_text,
                title=mention.title,
            )
        )
    for timex in extraction.timexes:
        session.add(
            TimexRow(
                doc_id=document.id,
                start=timex.start,
                end=timex.end,
                text=timex.text[:512],
                type=timex.type,
                value=timex.value,
                interval_start=timex.interval.start if timex.interval else None,
                interval_end=timex.interval.end if timex.interval else None,
            )
        )
    rows = [_event_mention(session, event, i) for i, event in enumerate(extraction.events)]
    session.add_all(rows)
    session.add_all(_fact(fact, i) for i, fact in enumerate(extraction.facts))
    session.flush()
    assign_events(session, rows)
    return outcome
