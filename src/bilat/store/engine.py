"""SQLite transactions that several writers can share: writers begin IMMEDIATE, readers DEFERRED.

Python's sqlite3 driver begins a transaction only before the first INSERT/UPDATE/DELETE, and
SQLite begins it as a reader. A knowledge-base write reads first (is the document stored? which
events are near?) and then writes; if another process committed in between, SQLite cannot
upgrade the stale read snapshot to a write and fails at once with "database is locked", without
waiting out ``busy_timeout``. ``BEGIN IMMEDIATE`` takes the write lock up front, where
``busy_timeout`` does wait for it, so two ``bilat ingest`` on one file take turns.

Only writers do that: a reader (the API, the CLI listings) still begins DEFERRED and, in WAL
mode, never waits for a writer. SQLAlchemy's recipe (dialects/sqlite "Enabling Non-Legacy
SQLite Transactional Modes"): turn the driver's own BEGIN off and emit ours from the "begin"
event, IMMEDIATE when the connection carries the execution option ``IMMEDIATE``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

#: Connection execution option: this transaction will write, begin it IMMEDIATE.
IMMEDIATE = "bilat_sqlite_immediate"


def _driver_begins_nothing(dbapi_connection: Any, _record: Any = None) -> None:
    # None turns off the driver's implicit BEGIN; COMMIT and ROLLBACK still work as before.
    if dbapi_connection.isolation_level is not None:
        dbapi_connection.isolation_level = None


def _begin(conn: sa.Connection) -> None:
    # Connections pooled before configure_sqlite ran did not see the connect event.
    _driver_begins_nothing(conn.connection.dbapi_connection)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(IMMEDIATE) else "BEGIN")


def configure_sqlite(engine: sa.Engine) -> sa.Engine:
    """Let ``begin_write`` start SQLite write transactions IMMEDIATE; other engines are left alone."""
    if engine.dialect.name != "sqlite" or sa_event.contains(engine, "begin", _begin):
        return engine
    sa_event.listen(engine, "connect", _driver_begins_nothing)
    sa_event.listen(engine, "begin", _begin)
    return engine


def begin_write(session: Session) -> None:
    """Begin the session's transaction as a writer (``BEGIN IMMEDIATE`` on a configured SQLite).

    Call it before anything else in the transaction: once the session has its connection the
    transaction has begun, and SQLAlchemy warns that the option came too late.
    """
    if session.get_bind().dialect.name != "sqlite":
        return
    transaction = session.get_transaction()
    if transaction is not None and session.info.get(IMMEDIATE) is transaction:
        return  # this transaction already began as a writer
    session.connection(execution_options={IMMEDIATE: True})
    session.info[IMMEDIATE] = session.get_transaction()


__all__ = ["IMMEDIATE", "begin_write", "configure_sqlite"]
