"""Several writers on one SQLite file: writers begin IMMEDIATE and take turns, readers never wait."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from kbbuild import A, E, P, doc

from bilat.errors import StoreError
from bilat.records import Extraction
from bilat.store import Store, repository
from bilat.store import engine as engine_module
from bilat.store.engine import IMMEDIATE, begin_write, configure_sqlite
from bilat.store.schema import DocumentRow, EventRow

PAUSE = 0.002
MINISTER = "foreign_minister"
PAIRS = [
    (A("Wang Yi", "CHN", role=MINISTER), A("Sergei Lavrov", "RUS", role=MINISTER),
     P("Moscow", "RUS", 55.75, 37.62)),
    (A("Subrahmanyam Jaishankar", "IND", role=MINISTER), A("Bilawal Bhutto Zardari", "PAK", role=MINISTER),
     P("Goa", "IND", 15.49, 73.83)),
    (A("Annalena Baerbock", "DEU", role=MINISTER), A("Catherine Colonna", "FRA", role=MINISTER),
     P("Paris", "FRA", 48.85, 2.35)),
]  # fmt: skip


def _articles(writer: int, n: int) -> list[Extraction]:
    """Different documents per writer about the same people, so resolve reads what others wrote."""
    out = []
    for i in range(n):
        host, guest, place = PAIRS[(writer + i) % len(PAIRS)]
        day = dt.date(2022, 1, 3) + dt.timedelta(days=7 * i + writer)
        text = (
            f"{guest.name} met {host.name} in {place.name} on {day:%B} {day.day}, "
            f"the ministry said in a statement. Both sides agreed to keep talking."
        )
        out.append(
            doc(
                f"writer{writer}-{i:03d}",
                day.isoformat(),
                text,
                events=[
                    E(
                        "CONSULT",
                        f"{guest.name} met",
                        "met",
                        [guest, host],
                        tuple(sorted((host.country, guest.country))),
                        date=day.isoformat(),
                        place=place,
                        mode="meeting",
                    ),
                ],  # fmt: skip
            )
        )
    return out


def _write_at_once(url: str, writers: int, per_writer: int, configure: bool) -> list[BaseException]:
    Store(url).close()  # migrate once, before the writers start
    errors: list[BaseException] = []
    start = threading.Barrier(writers)

    def run(k: int) -> None:
        try:
            # Alembic's context is process-global: migrate once above, not in every thread.
            with Store(url, migrate_schema=False) as store:
                if configure:
                    configure_sqlite(store.engine)
                start.wait(30)
                for ex in _articles(k, per_writer):
                    store.save(ex)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return errors


def test_engine_writers_on_one_sqlite_file_take_turns_without_database_is_locked(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    errors = _write_at_once(url, writers=3, per_writer=15, configure=True)
    assert not errors, [str(e).splitlines()[0] for e in errors]
    with Store(url) as store, store.session() as s:
        assert s.execute(sa.select(sa.func.count()).select_from(DocumentRow)).scalar_one() == 45
        # every article was a distinct meeting: resolve saw the others' writes and kept them apart
        assert s.execute(sa.select(sa.func.count()).select_from(EventRow)).scalar_one() == 45


def _read_then_write(url: str, writers: int, rounds: int, configure: bool) -> tuple[list[int], list[str]]:
    """Writers that read the largest number, pause, write the next: lost or locked unless serialised."""
    with Store(url) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS counter (n INTEGER)")
    errors: list[str] = []

    def run() -> None:
        with Store(url, migrate_schema=False) as store:
            if configure:
                configure_sqlite(store.engine)
            for _ in range(rounds):
                try:
                    with store.session() as s, s.begin():
                        repository.lock_knowledge_base(s)
                        n = s.execute(sa.text("SELECT coalesce(max(n), 0) FROM counter")).scalar_one()
                        time.sleep(PAUSE)
                        s.execute(sa.text("INSERT INTO counter (n) VALUES (:n)"), {"n": n + 1})
                except StoreError as exc:  # the session's edge wraps "database is locked"
                    errors.append(exc.message)

    threads = [threading.Thread(target=run) for _ in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    with Store(url, migrate_schema=False) as store, store.session() as s:
        return list(s.execute(sa.text("SELECT n FROM counter ORDER BY n")).scalars()), errors


def test_engine_knowledge_base_writers_read_and_write_in_one_serialised_transaction(tmp_path: Path) -> None:
    numbers, errors = _read_then_write(
        f"sqlite:///{tmp_path / 'kb.db'}", writers=3, rounds=10, configure=True
    )
    assert not errors
    assert numbers == list(range(1, 31)), "no update lost: each writer read what the others committed"


def test_engine_write_transaction_begins_immediate_and_a_reader_does_not_wait_for_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with Store(url) as writer, Store(url) as reader:
        configure_sqlite(writer.engine)
        configure_sqlite(reader.engine)
        writer.save(_articles(0, 1)[0])
        with writer.session() as w, w.begin():
            repository.lock_knowledge_base(w)
            assert w.connection().get_execution_options().get(IMMEDIATE)
            repository.lock_knowledge_base(w)  # again in the same transaction: nothing more to do
            # the write lock is held from BEGIN on: another writer cannot take it meanwhile
            raw = sa.create_engine(url, connect_args={"timeout": 0})
            with raw.connect() as other, pytest.raises(sa.exc.OperationalError, match="locked"):
                other.exec_driver_sql("BEGIN IMMEDIATE")
            raw.dispose()
            t = time.perf_counter()
            with reader.session() as r:
                assert r.execute(sa.select(sa.func.count()).select_from(DocumentRow)).scalar_one() == 1
            assert time.perf_counter() - t < 1.0, "a reader does not wait for the writer"


def test_engine_begin_write_after_the_transaction_began_is_reported(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with Store(url) as store:
        configure_sqlite(store.engine)
        with store.session() as s, s.begin():
            s.execute(sa.select(sa.func.count()).select_from(DocumentRow))
            with pytest.warns(sa.exc.SAWarning, match="already established"):
                begin_write(s)


def test_engine_configure_sqlite_leaves_other_databases_alone_and_configures_once(tmp_path: Path) -> None:
    pg = sa.create_engine("postgresql+psycopg://u:p@127.0.0.1:1/none")
    assert configure_sqlite(pg) is pg and not sa.event.contains(pg, "begin", engine_module._begin)
    lite = sa.create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    configure_sqlite(configure_sqlite(lite))
    with lite.begin() as conn:  # one BEGIN, not two: a second listener would fail here
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    lite.dispose()
