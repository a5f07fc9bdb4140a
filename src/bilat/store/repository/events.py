"""Events: re-derive the knowledge-base events of the candidate component around new mentions.

The component is found breadth-first, one indexed query per ring (the same document and type,
or the same type with an overlapping date window), and written back in bulk: events whose
fields changed, their parties, the event of each mention that moved, events left empty.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bilat import resolve
from bilat.records import Interval, Place
from bilat.store.repository.actors import name_info
from bilat.store.repository.base import (
    MAX_COMPONENT,
    chunks,
    ensure_keys,
    execute_many,
    table_of,
    update_where,
)
from bilat.store.schema import (
    ActorNameRow,
    DocumentRow,
    EventActorRow,
    EventCountryRow,
    EventMentionRow,
    EventRow,
    PlaceRow,
)

EVENTS = table_of(EventRow)
EVENT_COUNTRIES = table_of(EventCountryRow)
EVENT_MENTIONS = table_of(EventMentionRow)
PLACES = table_of(PlaceRow)
NEIGHBOUR_CHUNK = 50  # mentions whose neighbours one query looks for


def place_values(place: Place) -> dict[str, object]:
    return place.model_dump(exclude={"evidence"})


def place_ids(session: Session, places: Iterable[Place]) -> dict[str, int]:
    """Place key -> id for ``places``, storing the new ones (the first values seen win)."""
    wanted: dict[str, dict[str, object]] = {}
    for place in places:
        wanted.setdefault(resolve.place_key(place), place_values(place))
    return ensure_keys(session, PLACES, wanted)


def place_id(session: Session, place: Place | None) -> int | None:
    if place is None:
        return None
    return place_ids(session, [place])[resolve.place_key(place)]


def _person_infos(session: Session, mention_ids: list[int]) -> dict[int, list[resolve.NameInfo]]:
    out: dict[int, list[resolve.NameInfo]] = defaultdict(list)
    if not mention_ids:
        return out
    rows = session.connection().execute(
        sa.select(EventActorRow.mention_id, ActorNameRow.name, ActorNameRow.kind, ActorNameRow.country)
        .join(ActorNameRow, ActorNameRow.key == EventActorRow.name_key)
        .where(EventActorRow.mention_id.in_(mention_ids), ActorNameRow.kind == "person")
        .order_by(EventActorRow.mention_id, ActorNameRow.key)
    )
    for mid, name, kind, country in rows:
        out[mid].append(name_info(name, kind, country))
    return out


def _load(
    session: Session, mention_ids: Iterable[int]
) -> tuple[dict[int, resolve.MentionFacts], dict[int, int | None]]:
    """What resolve compares, for stored event mentions, and the event each is filed under."""
    out: dict[int, resolve.MentionFacts] = {}
    event_of: dict[int, int | None] = {}
    m, d, p = EVENT_MENTIONS.c, table_of(DocumentRow).c, PLACES.c
    for chunk in chunks(set(mention_ids)):
        rows = (
            session.connection()
            .execute(
                sa.select(
                    m.id,
                    m.doc_id,
                    m.ordinal,
                    m.type,
                    m.mode,
                    m.status,
                    m.negated,
                    m.date_start,
                    m.date_end,
                    m.countries,
                    m.number,
                    m.confidence,
                    m.event_id,
                    d.published,
                    p.id.label("place_id"),
                    p.key.label("place_key"),
                    p.country.label("place_country"),
                    p.feature,
                )  # fmt: skip
                .join(table_of(DocumentRow), d.id == m.doc_id)
                .outerjoin(PLACES, p.id == m.place_id)
                .where(m.id.in_(chunk))
            )
            .all()
        )
        persons = _person_infos(session, chunk)
        for r in rows:
            event_of[r.id] = r.event_id
            out[r.id] = resolve.MentionFacts(
                id=r.id,
                doc_id=r.doc_id,
                ordinal=r.ordinal,
                type=r.type,
                mode=r.mode,
                status=r.status,
                negated=bool(r.negated),
                date=Interval(start=r.date_start, end=r.date_end or r.date_start) if r.date_start else None,
                published=r.published,
                countries=frozenset(c for c in r.countries.split(",") if c),
                persons=tuple(persons.get(r.id, ())),
                place=resolve.PlaceFacts(
                    key=r.place_key, country=r.place_country, feature=r.feature, id=r.place_id
                )
                if r.place_id is not None
                else None,
                number=r.number,
                confidence=r.confidence,
            )
    return out, event_of


def load_mention_facts(session: Session, mention_ids: Iterable[int]) -> dict[int, resolve.MentionFacts]:
    """What resolve compares, for stored event mentions."""
    return _load(session, mention_ids)[0]


def _near(mentions: list[resolve.MentionFacts]) -> sa.ColumnElement[bool]:
    """The mentions that may be ``resolve.candidate`` of one of ``mentions``: the same document
    and type, or the same type with an overlapping window (a superset, by index)."""
    c = EVENT_MENTIONS.c
    same_doc = sorted({(m.doc_id, m.type) for m in mentions})
    windows = sorted({(m.type, w.start, w.end) for m in mentions if (w := m.window) is not None})
    reach = dt.timedelta(days=resolve.MAX_WINDOW_DAYS + 1)
    conds = [sa.and_(c.doc_id == doc, c.type == kind) for doc, kind in same_doc]
    conds += [
        sa.and_(
            c.type == kind,
            c.window_start <= end,
            c.window_start >= start - reach,
            c.window_end >= start,
        )
        for kind, start, end in windows
    ]
    return sa.or_(*conds)


def neighbours(session: Session, mentions: list[resolve.MentionFacts]) -> set[int]:
    """Stored mentions that may be ``resolve.candidate`` of one of ``mentions`` (a superset)."""
    found: set[int] = set()
    for i in range(0, len(mentions), NEIGHBOUR_CHUNK):
        near = _near(mentions[i : i + NEIGHBOUR_CHUNK])
        found |= set(session.connection().execute(sa.select(EVENT_MENTIONS.c.id).where(near)).scalars())
    return found


def recluster_events(session: Session, seeds: Iterable[int]) -> None:
    """Re-derive the events of the candidate component around the mentions ``seeds``."""
    facts, event_of = _load(session, seeds)
    frontier = sorted(facts)
    while frontier and len(facts) < MAX_COMPONENT:
        found = neighbours(session, [facts[mid] for mid in frontier])
        new, new_events = _load(session, found - set(facts))
        linked = {i for i, f in new.items() if any(resolve.candidate(f, facts[j]) for j in frontier)}
        # a neighbour that is no candidate of the frontier may still be one of a later member
        facts.update({i: new[i] for i in linked})
        event_of.update({i: new_events[i] for i in linked})
        frontier = sorted(linked)
    clusters = resolve.cluster_mentions(facts.values())
    old_events = {e for e in event_of.values() if e is not None}
    wanted: dict[str, dict[str, object]] = {}
    countries: dict[str, tuple[str, ...]] = {}
    members_of: dict[str, list[int]] = {}
    for members in clusters:
        s = resolve.summarise(members)
        wanted[s.key] = {
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
        countries[s.key] = s.countries
        members_of[s.key] = [m.id for m in members if m.id is not None]
    ident = ensure_keys(session, EVENTS, wanted)
    _write_changed_events(session, {ident[k]: v for k, v in wanted.items()})
    _sync_countries(session, {ident[k]: cs for k, cs in countries.items()})
    update_where(
        session,
        EVENT_MENTIONS,
        "id",
        [
            {"b_id": mid, "b_event_id": ident[k]}
            for k, mids in sorted(members_of.items())
            for mid in mids
            if event_of.get(mid) != ident[k]
        ],
    )
    stale = old_events - set(ident.values())
    for chunk in chunks(stale):
        session.connection().execute(sa.delete(EVENTS).where(EVENTS.c.id.in_(chunk)))


def _write_changed_events(session: Session, wanted: dict[int, dict[str, object]]) -> None:
    columns = sorted(next(iter(wanted.values()))) if wanted else []
    stored: dict[int, dict[str, object]] = {}
    for chunk in chunks(list(wanted)):
        for row in (
            session.connection()
            .execute(sa.select(EVENTS.c.id, *(EVENTS.c[c] for c in columns)).where(EVENTS.c.id.in_(chunk)))
            .mappings()
        ):
            stored[row["id"]] = {c: row[c] for c in columns}
    update_where(
        session,
        EVENTS,
        "id",
        [
            {"b_id": i, **{f"b_{c}": v for c, v in values.items()}}
            for i, values in sorted(wanted.items())
            if stored.get(i) != values
        ],
    )


def _sync_countries(session: Session, wanted: dict[int, tuple[str, ...]]) -> None:
    have: dict[int, set[str]] = defaultdict(set)
    for chunk in chunks(list(wanted)):
        for event, country in session.connection().execute(
            sa.select(EVENT_COUNTRIES.c.event_id, EVENT_COUNTRIES.c.country).where(
                EVENT_COUNTRIES.c.event_id.in_(chunk)
            )
        ):
            have[event].add(country)
    stale = sorted(e for e, cs in wanted.items() if have[e] != set(cs))
    for chunk in chunks(stale):
        session.connection().execute(sa.delete(EVENT_COUNTRIES).where(EVENT_COUNTRIES.c.event_id.in_(chunk)))
    execute_many(
        session,
        sa.insert(EVENT_COUNTRIES),
        [{"event_id": e, "country": c} for e in stale for c in wanted[e]],
    )
