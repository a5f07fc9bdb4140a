"""Keyword-only write and read helpers over one session (the caller owns the transaction).

``save_extraction`` stores one document and then re-derives the part of the knowledge base
it touches, in the same transaction:

- actors: the names of the document and every stored name of the same family (surname,
  transliteration) are re-clustered by ``resolve.cluster_names``; mentions follow their name;
- events: the connected component of ``resolve.candidate`` around the document's event
  mentions is re-clustered by ``resolve.cluster_mentions``; an event's key is that of its
  first member, its fields ``resolve.summarise`` of its members.

Both are functions of the stored set, so the order of ingest does not matter. On PostgreSQL
every knowledge-base write takes one transaction-scoped advisory lock first, so that two
writers never re-cluster the same neighbourhood at once (and cannot deadlock on it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bilat import resolve
from bilat.errors import Errors, NotFound
from bilat.records import Event, EventActor, Evidence, Extraction, Fact, Interval, Mention, Place
from bilat.store.engine import begin_write
from bilat.store.schema import (
    ActorAliasRow,
    ActorNameRow,
    ActorOverrideRow,
    ActorRow,
    DocumentRow,
    EventActorRow,
    EventCountryRow,
    EventMentionRow,
    EventRow,
    EvidenceRow,
    FactRow,
    MentionRow,
    PlaceRow,
    SearchPassageRow,
    TimexRow,
)

KB_LOCK = 0x62696C6174  # "bilat": the advisory lock every knowledge-base writer takes
MAX_COMPONENT = 5000  # a safety valve: re-clustering never reads more mentions than this


def _insert(session: Session, table: sa.Table) -> Any:
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"unsupported database dialect {name!r}")


def lock_knowledge_base(session: Session) -> None:
    """Serialise knowledge-base writers; the first thing every write transaction does.

    PostgreSQL: a transaction-scoped advisory lock. SQLite has one writer at a time anyway, but
    a transaction that read before it writes fails with "database is locked" when another
    writer committed in between: it begins IMMEDIATE instead (``bilat.store.engine``).
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": KB_LOCK})
    elif dialect == "sqlite":
        begin_write(session)


def get_or_create(session: Session, model: Any, *, key: str, values: dict[str, Any]) -> int:
    """The id of the row with ``key``, inserting it if missing; safe under concurrent writers."""
    table = model.__table__
    stmt = _insert(session, table).values(key=key, **values).on_conflict_do_nothing(index_elements=["key"])
    session.execute(stmt)
    return int(session.execute(sa.select(table.c.id).where(table.c.key == key)).scalar_one())


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


# --------------------------------------------------------------------------- actors


def _name_of(row: ActorNameRow) -> resolve.NameInfo:
    return resolve.name_info(row.name, row.kind, row.country)


def _upsert_names(session: Session, infos: Iterable[resolve.NameInfo]) -> None:
    table = ActorNameRow.__table__
    for info in sorted(infos, key=lambda n: n.key):
        session.execute(
            _insert(session, table)
            .values(
                key=info.key,
                name=info.name,
                kind=info.kind,
                country=info.country,
                surname=info.surname,
                sketch=resolve.skeleton(info.surname),
                tokens=len(info.tokens),
            )
            .on_conflict_do_nothing(index_elements=["key"])
        )
        # The display form is the smallest spelling seen, so that it does not depend on order.
        session.execute(
            sa.update(ActorNameRow)
            .where(ActorNameRow.key == info.key, ActorNameRow.name > info.name)
            .values(name=info.name)
        )


def _family(session: Session, keys: set[str]) -> dict[str, ActorNameRow]:
    """The stored names that can share an actor with ``keys``, transitively."""
    found: dict[str, ActorNameRow] = {}
    frontier = set(keys)
    while frontier and len(found) < MAX_COMPONENT:
        rows = (
            session.execute(sa.select(ActorNameRow).where(ActorNameRow.key.in_(sorted(frontier))))
            .scalars()
            .all()
        )
        frontier = set()
        conds = []
        actor_ids = set()
        for row in rows:
            found[row.key] = row
            if row.actor_id is not None:
                actor_ids.add(row.actor_id)
            info = _name_of(row)
            if row.kind == "person":
                conds.append(
                    sa.and_(
                        ActorNameRow.kind == "person",
                        sa.or_(
                            ActorNameRow.surname == info.surname,
                            ActorNameRow.sketch == resolve.skeleton(info.surname),
                            ActorNameRow.surname.in_(_suffixes(info)),
                            ActorNameRow.surname.like("%" + info.surname),
                        ),
                    )
                )
            elif row.kind != "country":
                conds.append(sa.and_(ActorNameRow.kind == row.kind, ActorNameRow.surname == info.surname))
        if actor_ids:
            conds.append(ActorNameRow.actor_id.in_(sorted(actor_ids)))
        known = sorted(found)
        overrides = session.execute(
            sa.select(ActorOverrideRow.key_a, ActorOverrideRow.key_b).where(
                sa.or_(ActorOverrideRow.key_a.in_(known), ActorOverrideRow.key_b.in_(known))
            )
        ).all()
        frontier |= {k for pair in overrides for k in pair}
        if conds:
            frontier |= set(session.execute(sa.select(ActorNameRow.key).where(sa.or_(*conds))).scalars())
        frontier -= set(found)
    return found


def _suffixes(info: resolve.NameInfo) -> list[str]:
    s = info.surname
    out = {s[i:] for i in range(1, len(s) - 5)}
    if info.surname_parts:
        out.add(info.surname_parts[-1])
    return sorted(out)


def _used_name_keys(session: Session, keys: list[str]) -> set[str]:
    used = set(session.execute(sa.select(MentionRow.name_key).where(MentionRow.name_key.in_(keys))).scalars())
    used |= set(
        session.execute(sa.select(EventActorRow.name_key).where(EventActorRow.name_key.in_(keys))).scalars()
    )
    return used


def resolve_actors(
    session: Session, infos: Iterable[resolve.NameInfo], *, also: Iterable[str] = ()
) -> dict[str, int]:
    """File ``infos`` (and the stored names ``also``) under actors; return name key -> actor id.

    Re-clusters the whole family of the names, re-points the mentions of any name whose actor
    changed, drops names nothing uses any more and actors without names.
    """
    infos = list(infos)
    _upsert_names(session, infos)
    fresh = {n.key for n in infos}
    rows = _family(session, fresh | set(also))
    unused = set(rows) - fresh - _used_name_keys(session, sorted(set(rows) - fresh))
    if unused:
        session.execute(sa.delete(ActorNameRow).where(ActorNameRow.key.in_(sorted(unused))))
    rows = {k: r for k, r in rows.items() if k not in unused}
    overrides = session.execute(
        sa.select(ActorOverrideRow.action, ActorOverrideRow.key_a, ActorOverrideRow.key_b).where(
            sa.or_(ActorOverrideRow.key_a.in_(sorted(rows)), ActorOverrideRow.key_b.in_(sorted(rows)))
        )
    ).all()
    names = {k: _name_of(r) for k, r in rows.items()}
    mapping = resolve.cluster_names(
        names.values(),
        merges=[(a, b) for action, a, b in overrides if action == "merge"],
        splits=[(a, b) for action, a, b in overrides if action == "split"],
    )
    members: dict[str, list[str]] = defaultdict(list)
    for k, canon in mapping.items():
        members[canon].append(k)
    actor_of: dict[str, int] = {}
    old_actors = {r.actor_id for r in rows.values() if r.actor_id is not None}
    for canon, keys in sorted(members.items()):
        c = rows[canon]
        countries = {rows[k].country for k in keys if rows[k].country}
        country = c.country or (countries.pop() if len(countries) == 1 else None)
        ident = get_or_create(
            session, ActorRow, key=canon, values={"name": c.name, "kind": c.kind, "country": country}
        )
        session.execute(
            sa.update(ActorRow)
            .where(
                ActorRow.id == ident,
                sa.or_(ActorRow.name != c.name, ActorRow.country.is_distinct_from(country)),
            )
            .values(name=c.name, country=country)
        )
        changed = sorted(k for k in keys if rows[k].actor_id != ident)
        if changed:
            session.execute(
                sa.update(ActorNameRow).where(ActorNameRow.key.in_(changed)).values(actor_id=ident)
            )
            session.execute(
                sa.update(MentionRow).where(MentionRow.name_key.in_(changed)).values(actor_id=ident)
            )
            session.execute(
                sa.update(EventActorRow).where(EventActorRow.name_key.in_(changed)).values(actor_id=ident)
            )
        for k in keys:
            actor_of[k] = ident
        _sync_aliases(session, ident, sorted({rows[k].name for k in keys}))
    gone = old_actors - set(actor_of.values())
    if gone:
        still = set(
            session.execute(
                sa.select(ActorNameRow.actor_id).where(ActorNameRow.actor_id.in_(sorted(gone)))
            ).scalars()
        )
        if gone - still:
            session.execute(sa.delete(ActorRow).where(ActorRow.id.in_(sorted(gone - still))))
    return actor_of


def _sync_aliases(session: Session, actor: int, aliases: list[str]) -> None:
    have = set(
        session.execute(sa.select(ActorAliasRow.alias).where(ActorAliasRow.actor_id == actor)).scalars()
    )
    if have == set(aliases):
        return
    session.execute(sa.delete(ActorAliasRow).where(ActorAliasRow.actor_id == actor))
    session.execute(sa.insert(ActorAliasRow), [{"actor_id": actor, "alias": a} for a in aliases])


def refresh_actor_roles(session: Session, actor_ids: Iterable[int]) -> None:
    """An actor's current role is the one its latest mention gives (latest publication, then doc id)."""
    for ident in sorted(set(actor_ids)):
        role = session.execute(
            sa.select(MentionRow.role)
            .join(DocumentRow, DocumentRow.id == MentionRow.doc_id)
            .where(MentionRow.actor_id == ident, MentionRow.role.is_not(None))
            .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id.desc(), MentionRow.start)
            .limit(1)
        ).scalar()
        session.execute(
            sa.update(ActorRow)
            .where(ActorRow.id == ident, ActorRow.role.is_distinct_from(role))
            .values(role=role)
        )


MAX_ID = 2**31 - 1  # ids are INTEGER columns: PostgreSQL rejects a larger literal outright


def row_id(ref: str | int) -> int | None:
    """``ref`` as a row id when it is written as one (ASCII digits within the column's range).

    ``str.isdigit`` is no test: "²" and "١٢" are digits to it, and ``int("²")`` fails.
    """
    if isinstance(ref, int):
        return ref if 0 <= ref <= MAX_ID else None
    text = ref.strip()
    if text.isascii() and text.isdigit() and int(text) <= MAX_ID:
        return int(text)
    return None


def readable_ref(ref: str | int) -> bool:
    """Whether ``ref`` can name a row at all: PostgreSQL text cannot hold NUL, so no row has one."""
    return isinstance(ref, int) or "\x00" not in ref


def find_actor(session: Session, ref: str | int) -> ActorRow:
    """An actor by id, key, name or alias (case and accents ignored); NotFound or ambiguous raise."""
    ident = row_id(ref)
    if ident is not None or isinstance(ref, int) or not readable_ref(ref) or not str(ref).strip():
        row = session.get(ActorRow, ident) if ident is not None else None
        if row is None:
            raise NotFound(Errors.E801.format(what="actor", key=str(ref)))
        return row
    ref = str(ref)
    row = session.execute(sa.select(ActorRow).where(ActorRow.key == ref)).scalar_one_or_none()
    if row is not None:
        return row
    candidates = (
        session.execute(
            sa.select(ActorRow)
            .join(ActorAliasRow, ActorAliasRow.actor_id == ActorRow.id, isouter=True)
            .where(
                sa.or_(
                    sa.func.lower(ActorRow.name) == ref.lower(),
                    sa.func.lower(ActorAliasRow.alias) == ref.lower(),
                )
            )
            .distinct()
        )
        .scalars()
        .all()
    )
    if not candidates:
        # titles, accents, punctuation, transliteration: compare names as resolve does
        info = resolve.name_info(ref, "person", None)
        rows = session.execute(
            sa.select(ActorNameRow, ActorRow)
            .join(ActorRow, ActorRow.id == ActorNameRow.actor_id)
            .where(sa.or_(ActorNameRow.surname == info.surname, ActorNameRow.surname == "".join(info.tokens)))
        ).all()
        exact = {a.id: a for n, a in rows if _name_of(n).tokens == info.tokens}
        candidates = list(exact.values()) or (
            list({a.id: a for _, a in rows}.values()) if len(info.tokens) == 1 else []
        )
    if not candidates:
        raise NotFound(Errors.E801.format(what="actor", key=ref))
    if len(candidates) > 1:
        # the same display name in several countries: the one with most mentions is meant
        counts = dict(
            session.execute(
                sa.select(MentionRow.actor_id, sa.func.count())
                .where(MentionRow.actor_id.in_([c.id for c in candidates]))
                .group_by(MentionRow.actor_id)
            ).all()
        )
        candidates = sorted(candidates, key=lambda c: (-counts.get(c.id, 0), c.key))
    return candidates[0]


def _actor_name_keys(session: Session, actor: ActorRow) -> list[str]:
    return list(
        session.execute(sa.select(ActorNameRow.key).where(ActorNameRow.actor_id == actor.id)).scalars()
    )


def merge_actors(session: Session, *, a: str | int, b: str | int) -> ActorRow:
    """The user says ``a`` and ``b`` are one actor: recorded as an override that survives re-ingest."""
    lock_knowledge_base(session)
    first, second = find_actor(session, a), find_actor(session, b)
    if first.id == second.id:
        return first
    if first.kind != second.kind:
        raise NotFound(
            Errors.E601.format(name=second.name, detail=f"it is a {second.kind}, not a {first.kind}")
        )
    keys_a, keys_b = _actor_name_keys(session, first), _actor_name_keys(session, second)
    session.execute(
        sa.delete(ActorOverrideRow).where(
            ActorOverrideRow.action == "split", ActorOverrideRow.key_b.in_(keys_a + keys_b)
        )
    )
    session.execute(
        _insert(session, ActorOverrideRow.__table__)
        .values(
            action="merge",
            key_a=min(first.key, second.key),
            key_b=max(first.key, second.key),
            created=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        )
        .on_conflict_do_nothing()
    )
    mapping = resolve_actors(session, [], also=keys_a + keys_b)
    merged = session.get(ActorRow, mapping[first.key])
    assert merged is not None
    refresh_actor_roles(session, [merged.id])
    return merged


def split_actor(session: Session, *, actor: str | int, alias: str) -> ActorRow:
    """The user says the name ``alias`` does not name ``actor``: it becomes an actor of its own."""
    lock_knowledge_base(session)
    row = find_actor(session, actor)
    names = session.execute(sa.select(ActorNameRow).where(ActorNameRow.actor_id == row.id)).scalars().all()
    target = [n for n in names if resolve.fold(n.name) == resolve.fold(alias) or n.key == alias]
    if not target:
        raise NotFound(Errors.E601.format(name=row.name, detail=f"it has no alias {alias!r}"))
    if len(target) == len(names):
        raise NotFound(Errors.E601.format(name=row.name, detail=f"{alias!r} is its only name"))
    keys = [n.key for n in target]
    session.execute(
        sa.delete(ActorOverrideRow).where(
            ActorOverrideRow.action == "merge",
            sa.or_(ActorOverrideRow.key_a.in_(keys), ActorOverrideRow.key_b.in_(keys)),
        )
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for key in keys:
        session.execute(
            _insert(session, ActorOverrideRow.__table__)
            .values(action="split", key_a=row.key, key_b=key, created=now)
            .on_conflict_do_nothing()
        )
    mapping = resolve_actors(session, [], also=[n.key for n in names])
    refresh_actor_roles(session, set(mapping.values()))
    new = session.get(ActorRow, mapping[keys[0]])
    assert new is not None
    return new


# --------------------------------------------------------------------------- events


def _person_infos(session: Session, mention_ids: list[int]) -> dict[int, list[resolve.NameInfo]]:
    out: dict[int, list[resolve.NameInfo]] = defaultdict(list)
    if not mention_ids:
        return out
    rows = session.execute(
        sa.select(EventActorRow.mention_id, ActorNameRow.name, ActorNameRow.kind, ActorNameRow.country)
        .join(ActorNameRow, ActorNameRow.key == EventActorRow.name_key)
        .where(EventActorRow.mention_id.in_(mention_ids), ActorNameRow.kind == "person")
        .order_by(EventActorRow.mention_id, ActorNameRow.key)
    ).all()
    for mid, name, kind, country in rows:
        out[mid].append(resolve.name_info(name, kind, country))
    return out


def load_mention_facts(session: Session, mention_ids: Iterable[int]) -> dict[int, resolve.MentionFacts]:
    """What resolve compares, for stored event mentions."""
    ids = sorted(set(mention_ids))
    out: dict[int, resolve.MentionFacts] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = session.execute(
            sa.select(EventMentionRow, DocumentRow.published, PlaceRow)
            .join(DocumentRow, DocumentRow.id == EventMentionRow.doc_id)
            .outerjoin(PlaceRow, PlaceRow.id == EventMentionRow.place_id)
            .where(EventMentionRow.id.in_(chunk))
        ).all()
        persons = _person_infos(session, chunk)
        for m, published, place in rows:
            out[m.id] = resolve.MentionFacts(
                id=m.id,
                doc_id=m.doc_id,
                ordinal=m.ordinal,
                type=m.type,
                mode=m.mode,
                status=m.status,
                negated=bool(m.negated),
                date=Interval(start=m.date_start, end=m.date_end or m.date_start) if m.date_start else None,
                published=published,
                countries=frozenset(c for c in m.countries.split(",") if c),
                persons=tuple(persons.get(m.id, ())),
                place=resolve.PlaceFacts(
                    key=place.key, country=place.country, feature=place.feature, id=place.id
                )
                if place is not None
                else None,
                number=m.number,
                confidence=m.confidence,
            )
    return out


def _neighbours(session: Session, m: resolve.MentionFacts) -> set[int]:
    conds = [sa.and_(EventMentionRow.doc_id == m.doc_id, EventMentionRow.type == m.type)]
    w = m.window
    if w is not None:
        reach = dt.timedelta(days=resolve.MAX_WINDOW_DAYS + 1)
        conds.append(
            sa.and_(
                EventMentionRow.type == m.type,
                EventMentionRow.window_start <= w.end,
                EventMentionRow.window_start >= w.start - reach,
                EventMentionRow.window_end >= w.start,
            )
        )
    return set(session.execute(sa.select(EventMentionRow.id).where(sa.or_(*conds))).scalars())


def recluster_events(session: Session, seeds: Iterable[int]) -> None:
    """Re-derive the events of the candidate component around the mentions ``seeds``."""
    facts = load_mention_facts(session, seeds)
    frontier = sorted(facts)
    while frontier and len(facts) < MAX_COMPONENT:
        found: set[int] = set()
        for mid in frontier:
            found |= _neighbours(session, facts[mid])
        new = load_mention_facts(session, found - set(facts))
        linked = {i for i, f in new.items() if any(resolve.candidate(f, facts[j]) for j in frontier)}
        # a neighbour that is no candidate of the frontier may still be one of a later member
        facts.update({i: new[i] for i in linked})
        frontier = sorted(linked)
    clusters = resolve.cluster_mentions(facts.values())
    old_events = set(
        session.execute(
            sa.select(EventMentionRow.event_id).where(
                EventMentionRow.id.in_(sorted(facts)), EventMentionRow.event_id.is_not(None)
            )
        ).scalars()
    )
    keep: set[int] = set()
    for members in clusters:
        s = resolve.summarise(members)
        values = {
            "type": s.type,
            "mode": s.mode,
            "status": s.status,
            "date_start": s.date.start if s.date else None,
            "date_end": s.date.end if s.date else None,
            "place_id": s.place.id if s.place else None,
            "countries": ",".join(s.countries),
            "confidence": s.confidence,
            "summary": s.summary,
            "reports": s.reports,
            "first_reported": s.first_reported,
        }
        ident = get_or_create(session, EventRow, key=s.key, values=values)
        session.execute(sa.update(EventRow).where(EventRow.id == ident).values(**values))
        have = set(
            session.execute(
                sa.select(EventCountryRow.country).where(EventCountryRow.event_id == ident)
            ).scalars()
        )
        if have != set(s.countries):
            session.execute(sa.delete(EventCountryRow).where(EventCountryRow.event_id == ident))
            if s.countries:
                session.execute(
                    sa.insert(EventCountryRow), [{"event_id": ident, "country": c} for c in s.countries]
                )
        session.execute(
            sa.update(EventMentionRow)
            .where(
                EventMentionRow.id.in_([m.id for m in members]),
                EventMentionRow.event_id.is_distinct_from(ident),
            )
            .values(event_id=ident)
        )
        keep.add(ident)
    if old_events - keep:
        session.execute(sa.delete(EventRow).where(EventRow.id.in_(sorted(old_events - keep))))


# --------------------------------------------------------------------------- documents


def _evidence_row(ev: Evidence, field: str) -> EvidenceRow:
    return EvidenceRow(doc_id=ev.doc_id, start=ev.start, end=ev.end, text=ev.text, field=field)


def _event_mention(
    session: Session, event: Event, ordinal: int, published: dt.date | None, actors: dict[str, int]
) -> EventMentionRow:
    window = resolve.mention_window(event.status, event.date, published)
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
        number=resolve.event_number(event.sentence.text, event.trigger.start - event.sentence.start),
        window_start=window.start if window else None,
        window_end=window.end if window else None,
    )
    row.evidence.append(_evidence_row(event.sentence, "sentence"))
    row.evidence.append(_evidence_row(event.trigger, "trigger"))
    if event.date_evidence is not None:
        row.evidence.append(_evidence_row(event.date_evidence, "date"))
    if event.location is not None and event.location.evidence is not None:
        row.evidence.append(_evidence_row(event.location.evidence, "location"))
    for actor in event.actors:
        key = resolve.actor_key(actor)
        row.actors.append(
            EventActorRow(
                actor_id=actors[key],
                name_key=key,
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
    if rows:
        session.execute(sa.insert(SearchPassageRow), rows)


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
    removed = Removed()
    affected = set(
        session.execute(
            sa.select(EventMentionRow.event_id).where(
                EventMentionRow.doc_id == doc_id, EventMentionRow.event_id.is_not(None)
            )
        ).scalars()
    )
    removed.name_keys = set(
        session.execute(sa.select(MentionRow.name_key).where(MentionRow.doc_id == doc_id)).scalars()
    ) | set(
        session.execute(
            sa.select(EventActorRow.name_key)
            .join(EventMentionRow, EventMentionRow.id == EventActorRow.mention_id)
            .where(EventMentionRow.doc_id == doc_id)
        ).scalars()
    )
    removed.name_keys.discard(None)  # type: ignore[arg-type]
    own = sa.select(EventMentionRow.id).where(EventMentionRow.doc_id == doc_id)
    session.execute(sa.delete(EventActorRow).where(EventActorRow.mention_id.in_(own)))
    for model in (EvidenceRow, EventMentionRow, FactRow, MentionRow, TimexRow, SearchPassageRow):
        session.execute(sa.delete(model).where(model.doc_id == doc_id))
    if affected:
        survivors = session.execute(
            sa.select(EventMentionRow.id, EventMentionRow.event_id).where(
                EventMentionRow.event_id.in_(affected)
            )
        ).all()
        removed.mention_ids = {i for i, _ in survivors}
        orphans = affected - {e for _, e in survivors}
        if orphans:
            session.execute(sa.delete(EventRow).where(EventRow.id.in_(orphans)))
    return removed


def assign_events(session: Session, mentions: list[EventMentionRow], *, also: Iterable[int] = ()) -> None:
    """File new event mentions (and the stored mentions ``also``) under knowledge-base events."""
    recluster_events(session, [m.id for m in mentions] + list(also))


def _names(extraction: Extraction) -> dict[str, resolve.NameInfo]:
    out: dict[str, resolve.NameInfo] = {}
    actors: list[Mention | EventActor] = [
        *extraction.mentions,
        *(a for e in extraction.events for a in e.actors),
    ]
    for a in actors:
        info = resolve.name_info(a.name, a.kind, a.country)
        if info.key not in out or info.name < out[info.key].name:
            out[info.key] = info
    return out


def save_extraction(session: Session, extraction: Extraction) -> Literal["new", "unchanged", "updated"]:
    document = extraction.document
    content_hash = document.content_hash
    lock_knowledge_base(session)
    existing = session.get(DocumentRow, document.id)
    if existing is not None and existing.content_hash == content_hash:
        return "unchanged"
    outcome: Literal["new", "updated"] = "new" if existing is None else "updated"
    removed = Removed()
    if existing is not None:
        removed = delete_document_extractions(session, doc_id=document.id)
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
    _index_document(session, document.id, document.title, document.text)

    names = _names(extraction)
    actors = resolve_actors(session, names.values(), also=removed.name_keys)
    for mention in extraction.mentions:
        key = resolve.actor_key(mention)
        session.add(
            MentionRow(
                doc_id=document.id,
                actor_id=actors[key],
                name_key=key,
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
    rows = [
        _event_mention(session, event, i, document.published, actors)
        for i, event in enumerate(extraction.events)
    ]
    session.add_all(rows)
    session.add_all(_fact(fact, i) for i, fact in enumerate(extraction.facts))
    session.flush()
    assign_events(session, rows, also=removed.mention_ids)
    refresh_actor_roles(session, set(actors.values()))
    return outcome
