"""The store: open a database by URL, migrate it, save extractions one document per transaction.

Many writers may share one PostgreSQL database (several ``bilat ingest`` at once, a Dask
ingest, the API): migrations run under an advisory lock, a document's transaction is retried
when the server aborts it as a serialization failure or deadlock victim, and a document is
stored whole or not at all, so an ingest killed at any point can simply be run again.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bilat.errors import Errors, StoreError
from bilat.records import Document, Extraction
from bilat.store import repository
from bilat.store.engine import IMMEDIATE, configure_sqlite
from bilat.store.schema import DocumentRow

MIGRATIONS = Path(__file__).parent / "migrations"

Outcome = Literal["new", "unchanged", "updated"]

MIGRATION_LOCK = repository.KB_LOCK + 1  # migrations never wait on (or block) the writers
#: SQLSTATEs after which PostgreSQL expects the client to run the transaction again.
RETRYABLE = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
SAVE_ATTEMPTS = 5
_MIGRATING = threading.Lock()  # Alembic's context is process-global: one migration at a time


@dataclass(frozen=True)
class Saved:
    doc_id: str
    outcome: Outcome
    events: int
    facts: int


def _safe_url(url: str) -> str:
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def create_engine(url: str) -> sa.Engine:
    try:
        parsed = sa.make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(parsed)
            sa_event.listen(engine, "connect", _sqlite_pragmas)
            return configure_sqlite(engine)
        return sa.create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(Errors.E704.format(url=_safe_url(url))) from exc


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the latest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # Processes that open a fresh database at once would each create the same tables: the
    # first to take the database's lock migrates, the others then find the schema current.
    with _MIGRATING, engine.connect() as conn, conn.execution_options(**{IMMEDIATE: True}).begin():
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """The knowledge base at ``url``.

    >>> store = Store("sqlite:///kb.db")
    >>> store.save(extraction).outcome
    'new'
    """

    def __init__(self, url: str, *, migrate_schema: bool = True) -> None:
        self.url = url
        self.engine = create_engine(url)
        try:
            if migrate_schema:
                migrate(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(Errors.E701.format(url=_safe_url(url), detail=str(exc).splitlines()[0])) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; translate database errors at this edge."""
        try:
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(
                Errors.E701.format(url=_safe_url(self.url), detail=str(exc).splitlines()[0])
            ) from exc

    def save(self, extraction: Extraction) -> Saved:
        """Store one document and what was read from it, whole or not at all."""
        document = extraction.document
        for attempt in range(1, SAVE_ATTEMPTS + 1):
            try:
                with self._sessions() as session, session.begin():
                    outcome = repository.save_extraction(session, extraction)
                break
            except SQLAlchemyError as exc:
                if attempt < SAVE_ATTEMPTS and _retryable(exc):
                    # The transaction was rolled back whole; back off a little, with jitter, and redo it.
                    time.sleep(random.uniform(0, 0.05 * 2**attempt))
                    continue
                detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                raise StoreError(
                    Errors.E702.format(doc=document.id, detail=detail), doc_id=document.id
                ) from exc
        counted = outcome != "unchanged"
        return Saved(
            doc_id=document.id,
            outcome=outcome,
            events=len(extraction.events) if counted else 0,
            facts=len(extraction.facts) if counted else 0,
        )

    def stored(self, documents: Iterable[Document]) -> set[str]:
        """The ids among ``documents`` already stored with the same content.

        ``save`` would find them unchanged; asking first lets a resumed ingest skip their
        extraction, the expensive part, instead of redoing it to find nothing to write.
        """
        hashes = {d.id: d.content_hash for d in documents}
        if not hashes:
            return set()
        found: set[str] = set()
        ids = sorted(hashes)
        with self.session() as session:
            for i in range(0, len(ids), 500):
                rows = session.execute(
                    sa.select(DocumentRow.id, DocumentRow.content_hash).where(
                        DocumentRow.id.in_(ids[i : i + 500])
                    )
                )
                found.update(doc_id for doc_id, content_hash in rows if hashes[doc_id] == content_hash)
        return found

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _retryable(exc: SQLAlchemyError) -> bool:
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in RETRYABLE


__all__ = ["Saved", "Store", "create_engine", "migrate"]
