"""The writer's cost and its indexed look-ups: a document costs a bounded number of statements,
the actor family is found by index, compound and inner surnames still meet their person, an
actor's role follows its latest mention, and migration 0005 fills the new name columns."""

from __future__ import annotations

import itertools
from pathlib import Path

import kbcorpus
import pytest
import sqlalchemy as sa
from kbbuild import A, E, doc

from bilat import query, resolve
from bilat.store import MIGRATIONS, Store, create_engine
from bilat.store.repository import actors as repo_actors

TEXT_PARIS = (
    "French Foreign Minister Jean-Yves Le Drian met German Foreign Minister Heiko Maas in Paris. "
    "Le Drian said the talks covered trade."
)


def statements_per_save(url: str, extractions: list) -> list[int]:
    counts: list[int] = []
    with Store(url) as store:
        seen = [0]

        def count(*_args: object) -> None:
            seen[0] += 1

        sa.event.listen(store.engine, "before_cursor_execute", count)
        for ex in extractions:
            seen[0] = 0
            store.save(ex)
            counts.append(seen[0])
    return counts


def crowded(doc_id: str, people: int) -> object:
    """A report naming ``people`` ministers, each in an event of their own."""
    names = [f"Minister{chr(65 + i // 26)}{chr(65 + i % 26)}ova" for i in range(people)]
    text = " ".join(f"Foreign Minister Anna {n} met Sergei Lavrov in Moscow." for n in names)
    return doc(
        doc_id,
        "2021-05-04",
        text,
        events=[
            E(
                "CONSULT",
                f"Anna {n} met",
                "met",
                [A(f"Anna {n}", "KAZ"), A("Sergei Lavrov", "RUS")],
                ("KAZ", "RUS"),
            )
            for n in names
        ],
    )


def test_write_a_document_costs_the_same_few_statements_however_many_people_it_names(db_url: str) -> None:
    small, large = crowded("small", 2), crowded("large", 30)
    counts = statements_per_save(db_url, [small, large])
    assert max(counts) <= 60
    assert counts[1] <= counts[0] + 4  # 15 times the mentions and events, about the same statements


def test_write_the_actor_family_is_found_by_index_without_scanning_the_names(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with Store(url) as store:
        store.save(kbcorpus.people()[0])
        infos = [resolve.name_info(n, "person", "IRN") for n in ("Hossein Amirabdollahian", "Assad", "Kim")]
        where = repo_actors._look_alikes(infos)
        assert where is not None
        stmt = sa.select(repo_actors.NAMES.c.key).where(where)
        with store.engine.connect() as conn:
            sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " | ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "actor_names" in plan and "SCAN actor_names" not in plan, plan


def person_doc(
    doc_id: str, published: str, text: str, name: str, words: str, role: str | None = None
) -> object:
    return doc(doc_id, published, text, mentions=[A(name, "SYR", words=words, role=role)])


ASSAD = [
    person_doc(
        "full", "2012-01-05", "President Bashar al-Assad spoke in Damascus.", "Bashar al-Assad", "Bashar"
    ),
    person_doc("bare", "2012-01-06", "Assad said the army would withdraw.", "Assad", "Assad"),
]
ABDOLLAHIAN = [
    doc(
        "compound",
        "2022-03-01",
        "Foreign Minister Hossein Amirabdollahian arrived in Moscow.",
        mentions=[A("Hossein Amirabdollahian", "IRN", words="Hossein")],
    ),
    doc(
        "inner",
        "2022-03-02",
        "Abdollahian told reporters the talks went well.",
        mentions=[A("Abdollahian", "IRN", words="Abdollahian")],
    ),
]


@pytest.mark.parametrize("corpus", [ASSAD, ABDOLLAHIAN], ids=["last-part", "inner-surname"])
def test_write_a_surname_alone_meets_its_compound_name_in_either_order(db_url: str, corpus: list) -> None:
    for n, order in enumerate(itertools.permutations(corpus)):
        if n:
            with Store(db_url) as store, store.session() as s, s.begin():
                s.execute(sa.text("DELETE FROM documents"))
                s.execute(sa.text("DELETE FROM actor_names"))
                s.execute(sa.text("DELETE FROM actors"))
        with Store(db_url) as store:
            for ex in order:
                store.save(ex)
            with store.session() as s:
                people = [a for a in query.actors(s) if a.kind == "person"]
        assert len(people) == 1, [a.name for a in people]
        assert people[0].mentions == 2


def test_write_an_actor_role_follows_its_latest_mention_and_reverts_when_that_goes(db_url: str) -> None:
    early = person_doc(
        "early",
        "2010-02-01",
        "Prime Minister Omar Haddad visited Aleppo.",
        "Omar Haddad",
        "Omar",
        "head_of_government",
    )
    late = person_doc(
        "late",
        "2015-02-01",
        "Defence Minister Omar Haddad visited Homs.",
        "Omar Haddad",
        "Omar",
        "defence_minister",
    )
    with Store(db_url) as store:
        for ex in (late, early):  # the older report, stored last, does not take over
            store.save(ex)
        with store.session() as s:
            assert query.actor(s, "Omar Haddad").actor.role == "defence_minister"
        untitled = late.model_copy(
            update={"mentions": tuple(m.model_copy(update={"role": None}) for m in late.mentions)}
        )
        untitled = untitled.model_copy(
            update={"document": late.document.model_copy(update={"text": late.document.text + " "})}
        )
        assert store.save(untitled).outcome == "updated"
        with store.session() as s:
            assert query.actor(s, "Omar Haddad").actor.role == "head_of_government"


def test_write_migration_0005_fills_the_surname_columns_of_stored_names(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.exec_driver_sql(
            "INSERT INTO actor_names (key, name, kind, country, surname, sketch, tokens) VALUES "
            "('person:SYR:basharalassad', 'Bashar al-Assad', 'person', 'SYR', 'stale', 'stl', 1), "
            "('person:IRN:hosseinamirabdollahian', 'Hossein Amirabdollahian', 'person', 'IRN', "
            "'amirabdollahian', 'amrbdlhn', 2)"
        )
        command.upgrade(cfg, "head")
        rows = conn.exec_driver_sql(
            "SELECT key, surname, surname_last, surname_tail FROM actor_names ORDER BY key"
        ).all()
    engine.dispose()
    assert rows == [
        ("person:IRN:hosseinamirabdollahian", "amirabdollahian", "amirabdollahian", "lahian"),
        ("person:SYR:basharalassad", "alassad", "assad", "lassad"),
    ]
