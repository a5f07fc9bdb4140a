"""Keyword-only write and read helpers over one session (the caller owns the transaction).

``save_extraction`` stores one document and then re-derives the part of the knowledge base
it touches, in the same transaction:

- actors: the names of the document and every stored name of the same family (surname,
  transliteration) are re-clustered by ``resolve.cluster_names``; mentions follow their name
  (``repository.actors``);
- events: the connected component of ``resolve.candidate`` around the document's event
  mentions is re-clustered by ``resolve.cluster_mentions``; an event's key is that of its
  first member, its fields ``resolve.summarise`` of its members (``repository.events``).

Both are functions of the stored set, so the order of ingest does not matter. On PostgreSQL
every knowledge-base write takes one transaction-scoped advisory lock first, so that two
writers never re-cluster the same neighbourhood at once (and cannot deadlock on it).

Rows go in with one ``executemany`` per table and document, written through SQLAlchemy Core
(the ORM's unit of work and its session synchronisation cost more than the database here):
a document costs a few dozen statements, however many mentions it has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bilat import resolve
from bilat.records import EventActor, Evidence, Extraction, Mention
from bilat.store.repository.actors import (
    MAX_ID,
    file_names,
    find_actor,
    merge_actors,
    name_info,
    readable_ref,
    refresh_actor_roles,
    resolve_actors,
    row_id,
    split_actor,
)
from bilat.store.repository.base import (
    KB_LOCK,
    MAX_COMPONENT,
    chunks,
    execute_many,
    get_or_create,
    lock_knowledge_base,
    table_of,
)
from bilat.store.repository.events import (
    load_mention_facts,
    place_id,
    place_ids,
    recluster_events,
)
from bilat.store.schema import (
    DocumentRow,
    EventActorRow,
    EventMentionRow,
    EventRow,
    EvidenceRow,
    FactRow,
    MentionRow,
    SearchPassageRow,
    TimexRow,
)

DOCUMENTS = table_of(DocumentRow)
EVENT_MENTIONS = table_of(EventMentionRow)
EVENT_ACTORS = table_of(EventActorRow)
EVIDENCE = table_of(EvidenceRow)
FACTS = table_of(FactRow)
MENTIONS = table_of(MentionRow)
TIMEXES = table_of(TimexRow)
PASSAGES = table_of(SearchPassageRow)


# --------------------------------------------------------------------------- documents


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9])|\n\s*\n")
PASSAGE_CHARS = 1000


def passages(text: str) -> list[tuple[int, int]]:
    """Sentence-sized ``(start, end)`` spans of ``text`` for the full-text index (no empty ones)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        while end - start > PASSAGE_CHARS:
            cut = text.rfind(" ", start, start + PASSAGE_CHARS)
            cut = cut if cut > start else start + PASSAGE_CHARS
            spans.append((start, cut))
            start = cut
        spans.append((start, end))
        if m:
            start = m.end()
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _index_document(session: Session, doc_id: str, title: str | None, text: str) -> None:
    rows = [
        {"doc_id": doc_id, "field": "text", "start": s, "end": e, "text": text[s:e]}
        for s, e in passages(text)
    ]
    if title:
        rows.insert(0, {"doc_id": doc_id, "field": "title", "start": 0, "end": len(title), "text": title})
    execute_many(session, sa.insert(PASSAGES), rows)


@dataclass
class Removed:
    """What deleting a document's extractions left to re-resolve."""

    name_keys: set[str] = field(default_factory=set)
    mention_ids: set[int] = field(default_factory=set)  # surviving members of its events


def delete_document_extractions(session: Session, *, doc_id: str) -> Removed:
    """Remove everything read from ``doc_id``; events left without a mention go too.

    Returns the names and the other documents' event mentions whose knowledge-base
    entries must be re-derived (``save_extraction`` does it; so must any other caller).
    """
    conn = session.connection()
    removed = Removed()
    affected = set(
        conn.execute(
            sa.select(EVENT_MENTIONS.c.event_id).where(
                EVENT_MENTIONS.c.doc_id == doc_id, EVENT_MENTIONS.c.event_id.is_not(None)
            )
        ).scalars()
    )
    own = sa.select(EVENT_MENTIONS.c.id).where(EVENT_MENTIONS.c.doc_id == doc_id)
    removed.name_keys = set(
        conn.execute(sa.select(MENTIONS.c.name_key).where(MENTIONS.c.doc_id == doc_id)).scalars()
    ) | set(
        conn.execute(sa.select(EVENT_ACTORS.c.name_key).where(EVENT_ACTORS.c.mention_id.in_(own))).scalars()
    )
    removed.name_keys.discard(None)  # type: ignore[arg-type,unused-ignore]
    conn.execute(sa.delete(EVENT_ACTORS).where(EVENT_ACTORS.c.mention_id.in_(own)))
    for table in (EVIDENCE, EVENT_MENTIONS, FACTS, MENTIONS, TIMEXES, PASSAGES):
        conn.execute(sa.delete(table).where(table.c.doc_id == doc_id))
    if affected:
        survivors = conn.execute(
            sa.select(EVENT_MENTIONS.c.id, EVENT_MENTIONS.c.event_id).where(
                EVENT_MENTIONS.c.event_id.in_(sorted(affected))
            )
        ).all()
        removed.mention_ids = {i for i, _ in survivors}
        orphans = affected - {e for _, e in survivors}
        if orphans:
            conn.execute(sa.delete(table_of(EventRow)).where(table_of(EventRow).c.id.in_(sorted(orphans))))
    return removed


def assign_events(session: Session, mention_ids: Iterable[int], *, also: Iterable[int] = ()) -> None:
    """File new event mentions (and the stored mentions ``also``) under knowledge-base events."""
    recluster_events(session, [*mention_ids, *also])


def _names(extraction: Extraction) -> dict[str, resolve.NameInfo]:
    out: dict[str, resolve.NameInfo] = {}
    actors: list[Any] = [*extraction.mentions, *(a for e in extraction.events for a in e.actors)]
    for a in actors:
        info = name_info(a.name, a.kind, a.country)
        if info.key not in out or info.name < out[info.key].name:
            out[info.key] = info
    return out


def _evidence(ev: Evidence, field: str, **owner: int) -> dict[str, Any]:
    return {"doc_id": ev.doc_id, "start": ev.start, "end": ev.end, "text": ev.text, "field": field, **owner}


def _ids_by_ordinal(session: Session, table: sa.Table, doc_id: str) -> dict[int, int]:
    rows = session.connection().execute(
        sa.select(table.c.ordinal, table.c.id).where(table.c.doc_id == doc_id)
    )
    return dict(rows.all())


def _mention_row(doc_id: str, mention: Mention, key: str, actor: int) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "actor_id": actor,
        "name_key": key,
        "start": mention.evidence.start,
        "end": mention.evidence.end,
        "text": mention.evidence.text[:512],
        "role": mention.role,
        "role_text": mention.role_text,
        "title": mention.title,
    }


def _save_events(
    session: Session, extraction: Extraction, actors: dict[str, int], names: dict[int, str]
) -> list[int]:
    """Insert the document's event mentions with their actors and evidence; their ids."""
    document = extraction.document
    places = place_ids(session, [e.location for e in extraction.events if e.location is not None])
    rows = []
    for ordinal, event in enumerate(extraction.events):
        window = resolve.mention_window(event.status, event.date, document.published)
        rows.append(
            {
                "doc_id": event.doc_id,
                "ordinal": ordinal,
                "type": event.type,
                "mode": event.mode,
                "status": event.status,
                "negated": event.negated,
                "date_start": event.date.start if event.date else None,
                "date_end": event.date.end if event.date else None,
                "place_id": places[resolve.place_key(event.location)] if event.location else None,
                "countries": ",".join(sorted(set(event.countries))),
                "confidence": event.confidence,
                "sentence_start": event.sentence.start,
                "sentence_end": event.sentence.end,
                "number": resolve.event_number(
                    event.sentence.text, event.trigger.start - event.sentence.start
                ),
                "window_start": window.start if window else None,
                "window_end": window.end if window else None,
            }
        )
    if not rows:
        return []
    execute_many(session, sa.insert(EVENT_MENTIONS), rows)
    ids = _ids_by_ordinal(session, EVENT_MENTIONS, document.id)
    actor_rows, evidence = [], []
    for ordinal, event in enumerate(extraction.events):
        own = {"event_mention_id": ids[ordinal]}
        evidence.append(_evidence(event.sentence, "sentence", **own))
        evidence.append(_evidence(event.trigger, "trigger", **own))
        if event.date_evidence is not None:
            evidence.append(_evidence(event.date_evidence, "date", **own))
        if event.location is not None and event.location.evidence is not None:
            evidence.append(_evidence(event.location.evidence, "location", **own))
        for actor in event.actors:
            key = names[id(actor)]
            actor_rows.append(
                {
                    "mention_id": ids[ordinal],
                    "actor_id": actors[key],
                    "name_key": key,
                    "side": actor.side,
                    "role": actor.role,
                    "role_text": actor.role_text,
                    "start": actor.evidence.start if actor.evidence else None,
                    "end": actor.evidence.end if actor.evidence else None,
                }
            )
            if actor.evidence is not None:
                evidence.append(_evidence(actor.evidence, "actor", **own))
    execute_many(session, sa.insert(EVENT_ACTORS), actor_rows)
    execute_many(session, sa.insert(EVIDENCE), evidence)
    return [ids[i] for i in range(len(extraction.events))]


def _save_facts(session: Session, extraction: Extraction) -> None:
    doc_id = extraction.document.id
    rows = [
        {
            "doc_id": fact.doc_id,
            "ordinal": ordinal,
            "metric": fact.metric,
            "value": fact.value,
            "unit": fact.unit,
            "change_pct": fact.change_pct,
            "period_start": fact.period.start if fact.period else None,
            "period_end": fact.period.end if fact.period else None,
            "flow": fact.flow,
            "reporter": fact.reporter,
            "partner": fact.partner,
        }
        for ordinal, fact in enumerate(extraction.facts)
    ]
    if not rows:
        return
    execute_many(session, sa.insert(FACTS), rows)
    ids = _ids_by_ordinal(session, FACTS, doc_id)
    evidence = []
    for ordinal, fact in enumerate(extraction.facts):
        own = {"fact_id": ids[ordinal]}
        evidence.append(_evidence(fact.sentence, "sentence", **own))
        evidence.append(_evidence(fact.value_evidence, "value", **own))
        if fact.period_evidence is not None:
            evidence.append(_evidence(fact.period_evidence, "period", **own))
    execute_many(session, sa.insert(EVIDENCE), evidence)


def save_extraction(session: Session, extraction: Extraction) -> Literal["new", "unchanged", "updated"]:
    document = extraction.document
    content_hash = document.content_hash
    lock_knowledge_base(session)
    conn = session.connection()
    stored = conn.execute(
        sa.select(DOCUMENTS.c.content_hash).where(DOCUMENTS.c.id == document.id)
    ).scalar_one_or_none()
    if stored == content_hash:
        return "unchanged"
    values = {
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": document.published,
        "text": document.text,
        "content_hash": content_hash,
    }
    removed = Removed()
    if stored is not None:
        removed = delete_document_extractions(session, doc_id=document.id)
        conn.execute(sa.update(DOCUMENTS).where(DOCUMENTS.c.id == document.id).values(**values))
    else:
        conn.execute(sa.insert(DOCUMENTS).values(id=document.id, **values))
    _index_document(session, document.id, document.title, document.text)

    infos = _names(extraction)
    filed = file_names(session, infos.values(), also=removed.name_keys)
    actors = filed.actor_of
    # every actor of the document, keyed once (name_info is the costly part of a key)
    named: list[Mention | EventActor] = [
        *extraction.mentions,
        *(a for e in extraction.events for a in e.actors),
    ]
    names = {id(a): name_info(a.name, a.kind, a.country).key for a in named}
    execute_many(
        session,
        sa.insert(MENTIONS),
        [_mention_row(document.id, m, names[id(m)], actors[names[id(m)]]) for m in extraction.mentions],
    )
    execute_many(
        session,
        sa.insert(TIMEXES),
        [
            {
                "doc_id": document.id,
                "start": timex.start,
                "end": timex.end,
                "text": timex.text[:512],
                "type": timex.type,
                "value": timex.value,
                "interval_start": timex.interval.start if timex.interval else None,
                "interval_end": timex.interval.end if timex.interval else None,
            }
            for timex in extraction.timexes
        ],
    )
    mention_ids = _save_events(session, extraction, actors, names)
    _save_facts(session, extraction)
    assign_events(session, mention_ids, also=removed.mention_ids)
    refresh_actor_roles(session, filed.touched)
    return "new" if stored is None else "updated"


__all__ = [
    "KB_LOCK",
    "MAX_COMPONENT",
    "MAX_ID",
    "Removed",
    "assign_events",
    "chunks",
    "delete_document_extractions",
    "find_actor",
    "get_or_create",
    "load_mention_facts",
    "lock_knowledge_base",
    "merge_actors",
    "passages",
    "place_id",
    "readable_ref",
    "recluster_events",
    "refresh_actor_roles",
    "resolve_actors",
    "row_id",
    "save_extraction",
    "split_actor",
]
