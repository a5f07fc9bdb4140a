"""Actors: file the names of a document under actors, with the whole family of each name.

``resolve_actors`` upserts the names, gathers every stored name that can share an actor with
them (``family``: same surname, skeleton, compound part or ending, in a compatible country;
names of the same actors; names the user's overrides tie to them), re-clusters that family
with ``resolve.cluster_names`` and writes back only what changed: actor rows, the actor of
each name and of the mentions that use it, aliases. Each of those is one statement for the
whole family, not one per actor.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bilat import resolve
from bilat.errors import Errors, NotFound
from bilat.store.repository.base import (
    MAX_COMPONENT,
    chunks,
    ensure_keys,
    execute_many,
    insert,
    lock_knowledge_base,
    table_of,
    update_where,
)
from bilat.store.schema import (
    ActorAliasRow,
    ActorNameRow,
    ActorOverrideRow,
    ActorRow,
    DocumentRow,
    EventActorRow,
    MentionRow,
)

NAMES = table_of(ActorNameRow)
ACTORS = table_of(ActorRow)
ALIASES = table_of(ActorAliasRow)
OVERRIDES = table_of(ActorOverrideRow)
MENTIONS = table_of(MentionRow)
EVENT_ACTORS = table_of(EventActorRow)


@lru_cache(maxsize=65536)
def name_info(name: str, kind: str, country: str | None) -> resolve.NameInfo:
    """``resolve.name_info``, remembered: a family's stored names are re-read by every document."""
    return resolve.name_info(name, kind, country)


@dataclass(frozen=True)
class StoredName:
    key: str
    name: str
    kind: str
    country: str | None
    actor_id: int | None

    @property
    def info(self) -> resolve.NameInfo:
        return name_info(self.name, self.kind, self.country)


_NAME_COLUMNS = (NAMES.c.key, NAMES.c.name, NAMES.c.kind, NAMES.c.country, NAMES.c.actor_id)


def _name_values(info: resolve.NameInfo) -> dict[str, object]:
    return {
        "key": info.key,
        "name": info.name,
        "kind": info.kind,
        "country": info.country,
        "surname": info.surname,
        "sketch": resolve.skeleton(info.surname),
        "tokens": len(info.tokens),
        "surname_last": info.last,
        "surname_tail": info.tail,
    }


def upsert_names(session: Session, infos: Iterable[resolve.NameInfo]) -> None:
    """Store the names, one statement; a name already stored keeps the smallest spelling seen
    (so that the display form does not depend on order), with the columns derived from it."""
    rows = [_name_values(info) for info in sorted(infos, key=lambda n: n.key)]
    if not rows:
        return
    stmt = insert(session, NAMES)
    derived = ("name", "surname", "sketch", "tokens", "surname_last", "surname_tail")
    stmt = stmt.on_conflict_do_update(
        index_elements=["key"],
        set_={c: stmt.excluded[c] for c in derived},
        where=NAMES.c.name > stmt.excluded.name,
    )
    execute_many(session, stmt, rows)


def _select_names(session: Session, where: sa.ColumnElement[bool]) -> list[StoredName]:
    return [StoredName(*r) for r in session.connection().execute(sa.select(*_NAME_COLUMNS).where(where))]


def _related(a: resolve.NameInfo, b: resolve.NameInfo) -> bool:
    """Can ``cluster_names`` file ``a`` and ``b`` under one actor (overrides aside)? Its every
    rule joins two names of one kind, in compatible countries, whose surnames (people) or
    words (organisations) match."""
    if a.kind != b.kind or a.kind == "country" or not resolve.countries_compatible(a.country, b.country):
        return False
    return resolve.surnames_match(a, b) if a.kind == "person" else a.tokens == b.tokens


def _look_alikes(infos: list[resolve.NameInfo]) -> sa.ColumnElement[bool] | None:
    """Stored names that may be ``_related`` to one of ``infos``, by indexed equalities only
    (a superset: the caller keeps the related ones)."""
    people = [n for n in infos if n.kind == "person"]
    others = [n for n in infos if n.kind not in ("person", "country")]
    conds = []
    if people:
        surnames = {n.surname for n in people} | {n.last for n in people}
        tails = {n.tail for n in people if n.tail}
        terms = [
            NAMES.c.surname.in_(sorted(surnames)),
            NAMES.c.sketch.in_(sorted({resolve.skeleton(n.surname) for n in people})),
            NAMES.c.surname_last.in_(sorted({n.surname for n in people})),
        ]
        if tails:
            terms.append(NAMES.c.surname_tail.in_(sorted(tails)))
        conds.append(sa.and_(NAMES.c.kind == "person", sa.or_(*terms)))
    if others:
        conds.append(
            sa.and_(
                NAMES.c.kind.in_(sorted({n.kind for n in others})),
                NAMES.c.surname.in_(sorted({n.surname for n in others})),
            )
        )
    return sa.or_(*conds) if conds else None


@dataclass
class Family:
    names: dict[str, StoredName] = field(default_factory=dict)
    overrides: set[tuple[str, str, str]] = field(default_factory=set)  # (action, key_a, key_b)


def family(session: Session, keys: Iterable[str]) -> Family:
    """The stored names that can share an actor with ``keys``, transitively, and the overrides
    that tie any of them."""
    out = Family()
    new: list[StoredName] = []
    for chunk in chunks(set(keys)):
        new += _select_names(session, NAMES.c.key.in_(chunk))
    while new and len(out.names) < MAX_COMPONENT:
        for n in new:
            out.names[n.key] = n
        wanted: set[str] = set()
        for chunk in chunks([n.key for n in new]):
            rows = session.connection().execute(
                sa.select(OVERRIDES.c.action, OVERRIDES.c.key_a, OVERRIDES.c.key_b).where(
                    sa.or_(OVERRIDES.c.key_a.in_(chunk), OVERRIDES.c.key_b.in_(chunk))
                )
            )
            for action, a, b in rows:
                out.overrides.add((action, a, b))
                wanted |= {a, b}
        actor_ids = {n.actor_id for n in new if n.actor_id is not None}
        wanted -= set(out.names)
        blocks = resolve.NameBlocks(n.info for n in new)
        found: dict[str, StoredName] = {}
        for i in range(0, len(new), 200):
            part = new[i : i + 200]
            ids = sorted({n.actor_id for n in part if n.actor_id is not None})
            conds = [c for c in (_look_alikes([n.info for n in part]),) if c is not None]
            if ids:
                conds.append(NAMES.c.actor_id.in_(ids))
            if i == 0 and wanted:
                conds.append(NAMES.c.key.in_(sorted(wanted)))
            if not conds:
                continue
            for row in _select_names(session, sa.or_(*conds)):
                if row.key in out.names or row.key in found:
                    continue
                if (
                    row.key in wanted
                    or row.actor_id in actor_ids
                    or any(_related(n, row.info) for n in blocks.candidates(row.info))
                ):
                    found[row.key] = row
        new = [found[k] for k in sorted(found)]
    return out


def _used_name_keys(session: Session, keys: Iterable[str]) -> set[str]:
    used: set[str] = set()
    for chunk in chunks(set(keys)):
        for table in (MENTIONS, EVENT_ACTORS):
            used |= set(
                session.connection()
                .execute(sa.select(table.c.name_key).where(table.c.name_key.in_(chunk)).distinct())
                .scalars()
            )
    return used


@dataclass
class Filed:
    actor_of: dict[str, int]  # name key -> actor id, for the whole family
    touched: set[int]  # actors whose set of mentions may have changed (their role is re-derived)


def file_names(session: Session, infos: Iterable[resolve.NameInfo], *, also: Iterable[str] = ()) -> Filed:
    """File ``infos`` (and the stored names ``also``) under actors.

    Re-clusters the whole family of the names, re-points the mentions of any name whose actor
    changed, drops the names of ``also`` nothing uses any more and actors left without names.
    Names become unused only when a document goes, and its names come back as ``also``.
    """
    infos = list(infos)
    also = set(also)
    upsert_names(session, infos)
    fresh = {n.key for n in infos}
    fam = family(session, fresh | also)
    rows = fam.names
    unused = (also & set(rows)) - fresh
    unused -= _used_name_keys(session, unused)
    for chunk in chunks(unused):
        session.connection().execute(sa.delete(NAMES).where(NAMES.c.key.in_(chunk)))
    rows = {k: r for k, r in rows.items() if k not in unused}
    mapping = resolve.cluster_names(
        (r.info for r in rows.values()),
        merges=[(a, b) for action, a, b in fam.overrides if action == "merge"],
        splits=[(a, b) for action, a, b in fam.overrides if action == "split"],
    )
    members: dict[str, list[str]] = defaultdict(list)
    for k, canon in mapping.items():
        members[canon].append(k)
    wanted: dict[str, dict[str, object]] = {}
    for canon, keys in members.items():
        c = rows[canon]
        countries = {rows[k].country for k in keys if rows[k].country}
        country = c.country or (countries.pop() if len(countries) == 1 else None)
        wanted[canon] = {"name": c.name, "kind": c.kind, "country": country}
    ident = ensure_keys(session, ACTORS, wanted)
    stored: dict[int, tuple[str, str | None]] = {}
    for ids in chunks(list(ident.values())):
        stored.update(
            {
                i: (name, country)
                for i, name, country in session.connection().execute(
                    sa.select(ACTORS.c.id, ACTORS.c.name, ACTORS.c.country).where(ACTORS.c.id.in_(ids))
                )
            }
        )
    update_where(
        session,
        ACTORS,
        "id",
        [
            {"b_id": ident[canon], "b_name": v["name"], "b_country": v["country"]}
            for canon, v in sorted(wanted.items())
            if stored[ident[canon]] != (v["name"], v["country"])
        ],
    )
    actor_of = {k: ident[canon] for k, canon in mapping.items()}
    changed = sorted(k for k in actor_of if rows[k].actor_id != actor_of[k])
    update_where(session, NAMES, "key", [{"b_key": k, "b_actor_id": actor_of[k]} for k in changed])
    # A name without an actor was stored just now: no mention uses it yet.
    moved = [{"b_name_key": k, "b_actor_id": actor_of[k]} for k in changed if rows[k].actor_id is not None]
    update_where(session, MENTIONS, "name_key", moved)
    update_where(session, EVENT_ACTORS, "name_key", moved)
    _sync_aliases(
        session, {ident[canon]: sorted({rows[k].name for k in keys}) for canon, keys in members.items()}
    )
    old_actors = {r.actor_id for r in rows.values() if r.actor_id is not None}
    gone = old_actors - set(actor_of.values())
    if gone:
        still = set(
            session.connection()
            .execute(sa.select(NAMES.c.actor_id).where(NAMES.c.actor_id.in_(sorted(gone))))
            .scalars()
        )
        if gone - still:
            session.connection().execute(sa.delete(ACTORS).where(ACTORS.c.id.in_(sorted(gone - still))))
    touched = {actor_of[k] for k in (fresh | also) if k in actor_of}
    touched |= {actor_of[k] for k in changed}
    touched |= {a for k in changed if (a := rows[k].actor_id) is not None} - gone
    return Filed(actor_of=actor_of, touched=touched)


def resolve_actors(
    session: Session, infos: Iterable[resolve.NameInfo], *, also: Iterable[str] = ()
) -> dict[str, int]:
    """File ``infos`` (and the stored names ``also``) under actors; return name key -> actor id."""
    return file_names(session, infos, also=also).actor_of


def _sync_aliases(session: Session, wanted: dict[int, list[str]]) -> None:
    have: dict[int, set[str]] = defaultdict(set)
    for chunk in chunks(list(wanted)):
        for actor, alias in session.connection().execute(
            sa.select(ALIASES.c.actor_id, ALIASES.c.alias).where(ALIASES.c.actor_id.in_(chunk))
        ):
            have[actor].add(alias)
    stale = sorted(a for a, aliases in wanted.items() if have[a] != set(aliases))
    for chunk in chunks(stale):
        session.connection().execute(sa.delete(ALIASES).where(ALIASES.c.actor_id.in_(chunk)))
    execute_many(
        session, sa.insert(ALIASES), [{"actor_id": a, "alias": alias} for a in stale for alias in wanted[a]]
    )


def refresh_actor_roles(session: Session, actor_ids: Iterable[int]) -> None:
    """An actor's current role is the one its latest mention gives (latest publication, then doc id).

    One UPDATE per chunk of actors; rows whose role stays are not written.
    """
    latest = (
        sa.select(MENTIONS.c.role)
        .join(table_of(DocumentRow), table_of(DocumentRow).c.id == MENTIONS.c.doc_id)
        .where(MENTIONS.c.actor_id == ACTORS.c.id, MENTIONS.c.role.is_not(None))
        .order_by(
            table_of(DocumentRow).c.published.desc().nulls_last(),
            table_of(DocumentRow).c.id.desc(),
            MENTIONS.c.start,
            MENTIONS.c.role,
        )
        .limit(1)
        .correlate(ACTORS)
        .scalar_subquery()
    )
    for chunk in chunks(set(actor_ids)):
        session.connection().execute(
            sa.update(ACTORS)
            .where(ACTORS.c.id.in_(chunk), ACTORS.c.role.is_distinct_from(latest))
            .values(role=latest)
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
        exact = {a.id: a for n, a in rows if name_info(n.name, n.kind, n.country).tokens == info.tokens}
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
        insert(session, OVERRIDES)
        .values(
            action="merge",
            key_a=min(first.key, second.key),
            key_b=max(first.key, second.key),
            created=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        )
        .on_conflict_do_nothing()
    )
    filed = file_names(session, [], also=keys_a + keys_b)
    refresh_actor_roles(session, filed.touched | {filed.actor_of[first.key]})
    session.expire_all()  # the actors were written around the ORM
    merged = session.get(ActorRow, filed.actor_of[first.key])
    assert merged is not None
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
            insert(session, OVERRIDES)
            .values(action="split", key_a=row.key, key_b=key, created=now)
            .on_conflict_do_nothing()
        )
    filed = file_names(session, [], also=[n.key for n in names])
    refresh_actor_roles(session, filed.touched | set(filed.actor_of.values()))
    session.expire_all()
    new = session.get(ActorRow, filed.actor_of[keys[0]])
    assert new is not None
    return new
