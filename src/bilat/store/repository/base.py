"""What every writer shares: the knowledge-base lock, dialect upserts, statements in bulk.

A document's write costs a few dozen statements whatever it holds: rows go in with one
``executemany`` per table, keys are looked up with one ``IN`` per table (in chunks that stay
under every driver's parameter limit), and rows are updated only where a value changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bilat.store.engine import begin_write

KB_LOCK = 0x62696C6174  # "bilat": the advisory lock every knowledge-base writer takes
MAX_COMPONENT = 5000  # a safety valve: re-clustering never reads more mentions than this
CHUNK = 500  # keys per IN list: far below SQLite's and PostgreSQL's parameter limits

T = TypeVar("T")


def table_of(model: Any) -> sa.Table:
    """The Core table of a mapped class (its ``__table__`` is typed as any FromClause)."""
    return cast(sa.Table, model.__table__)


def insert(session: Session, table: sa.Table) -> Any:
    """The dialect's INSERT, which has ON CONFLICT."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"unsupported database dialect {name!r}")


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in lists of ``size``: a sequence in its order, any other collection sorted."""
    ordered: list[T] = list(items) if isinstance(items, Sequence) else sorted(items)  # type: ignore[type-var]
    for i in range(0, len(ordered), size):
        yield ordered[i : i + size]


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


def execute_many(session: Session, stmt: Any, rows: list[dict[str, Any]]) -> None:
    """One ``executemany`` (a single round trip with psycopg's pipeline), nothing when no rows."""
    if rows:
        session.connection().execute(stmt, rows)


def ensure_keys(session: Session, table: sa.Table, rows: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Ids of the rows with these ``key``s, inserting the missing ones with their values.

    Safe under concurrent writers (ON CONFLICT DO NOTHING, then read back); an existing row
    keeps its values.
    """
    if not rows:
        return {}
    ids = ids_by_key(session, table, rows)
    missing = [{"key": k, **rows[k]} for k in sorted(rows) if k not in ids]
    if missing:
        execute_many(session, insert(session, table).on_conflict_do_nothing(index_elements=["key"]), missing)
        ids.update(ids_by_key(session, table, [r["key"] for r in missing]))
    return ids


def ids_by_key(session: Session, table: sa.Table, keys: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in chunks(keys):
        rows = session.connection().execute(sa.select(table.c.key, table.c.id).where(table.c.key.in_(chunk)))
        out.update((key, ident) for key, ident in rows)
    return out


def update_where(session: Session, table: sa.Table, match: str, rows: list[dict[str, Any]]) -> None:
    """``UPDATE table SET ... WHERE match = :match`` for every row (one executemany).

    Each row carries ``b_<match>`` and ``b_<column>`` for the columns to set; all rows set the
    same columns.
    """
    if not rows:
        return
    columns = [k[2:] for k in rows[0] if k != f"b_{match}"]
    stmt = (
        sa.update(table)
        .where(table.c[match] == sa.bindparam(f"b_{match}"))
        .values({c: sa.bindparam(f"b_{c}") for c in columns})
    )
    execute_many(session, stmt, rows)


def get_or_create(session: Session, model: Any, *, key: str, values: dict[str, Any]) -> int:
    """The id of the row with ``key``, inserting it if missing; safe under concurrent writers."""
    return ensure_keys(session, table_of(model), {key: values})[key]
