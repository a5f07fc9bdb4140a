"""The store: open a database by URL, migrate it, save extractions one document per transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bilat.errors import Errors, StoreError
from bilat.records import Extraction
from bilat.store import repository

MIGRATIONS = Path(__file__).parent / "migrations"

Outcome = Literal["new", "unchanged", "updated"]


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
            return engine
        return sa.create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(Errors.E704.format(url=_safe_url(url))) from exc


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the latest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
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
        try:
            with self._sessions() as session, session.begin():
                outcome = repository.save_extraction(session, extraction)
        except SQLAlchemyError as exc:
            detail = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0]
            raise StoreError(Errors.E702.format(doc=document.id, detail=detail), doc_id=document.id) from exc
        counted = outcome != "unchanged"
        return Saved(
            doc_id=document.id,
            outcome=outcome,
            events=len(extraction.events) if counted else 0,
            facts=len(extraction.facts) if counted else 0,
        )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Saved", "Store", "create_engine", "migrate"]
