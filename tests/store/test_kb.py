"""The knowledge base over many documents, on SQLite and PostgreSQL: events and actors across
documents, independent of ingest order, incremental, correctable."""

from __future__ import annotations

import random
from pathlib import Path

import kbcorpus
import pytest
import sqlalchemy as sa
from kbbuild import A, E, day, doc, dump

from bilat import query
from bilat.errors import NotFound
from bilat.store import Store, repository
from bilat.store.schema import EventRow


def ingest(url: str, extractions: list) -> Store:
    store = Store(url)
    for ex in extractions:
        store.save(ex)
    return store


def events_of(store: Store, *countries: str) -> list[query.EventView]:
    with store.session() as s:
        return query.timeline(s, countries=countries)


def test_kb_five_reports_of_one_meeting_are_one_event_with_all_evidence(db_url: str) -> None:
    with ingest(db_url, kbcorpus.meeting_reports()[:5]) as store:
        events = [e for e in events_of(store, "RUS", "CHN") if e.status == "occurred"]
        assert len(events) == 1
        (e,) = events
        docs = [ev.doc_id for ev in e.evidence]
        assert sorted(set(docs)) == ["daily-0614", "tass-0616", "weekly-0620", "wire-0614", "xinhua-0615"]
        assert docs.count("weekly-0620") == 2  # reported twice in one article: both sentences are evidence
        assert (e.date_start, e.date_end, e.reports) == (day("2019-06-14"),) * 2 + (5,)
        assert e.place is not None and e.place.name == "Beijing"
        assert {a.name for a in e.actors if a.kind == "person"} == {"Sergei Lavrov", "Wang Yi"}


def test_kb_planned_meeting_that_took_place_is_occurred_and_keeps_the_announcement(db_url: str) -> None:
    with ingest(db_url, kbcorpus.meeting_reports()) as store:
        with store.session() as s:
            july = query.timeline(s, countries=["RUS"], since=day("2019-07-01"), until=day("2019-07-31"))
        assert len(july) == 1
        assert july[0].status == "occurred" and july[0].date_start == day("2019-07-18")
        assert {ev.doc_id for ev in july[0].evidence} == {"wire-0614", "wire-0719"}
        with store.session() as s:
            detail = query.event(s, july[0].id)
        assert {m.status for m in detail.mentions} == {"planned", "occurred"}


def test_kb_two_meetings_of_the_same_ministers_a_month_apart_stay_two(db_url: str) -> None:
    with ingest(db_url, kbcorpus.meeting_reports()) as store:
        dates = sorted(str(e.date_start) for e in events_of(store, "RUS", "CHN"))
        assert dates == ["2019-06-14", "2019-07-18", "2019-08-20"]


def test_kb_15th_and_16th_sessions_stay_apart_and_the_15th_merges(db_url: str) -> None:
    with ingest(db_url, kbcorpus.commission()) as store:
        events = events_of(store, "IRN", "RUS")
        assert [(e.status, e.reports) for e in events] == [("occurred", 2), ("planned", 1)]


def fresh(db_url: str, tmp_path: Path, n: int) -> str:
    """An empty database of the same backend: a new SQLite file, or the PostgreSQL one emptied."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / f'kb{n}.db'}"
    with Store(db_url) as store, store.session() as s, s.begin():
        s.execute(sa.text("TRUNCATE documents, actors, places, actor_names, actor_overrides, events CASCADE"))
    return db_url


def test_kb_ingest_order_does_not_matter(db_url: str, tmp_path: Path) -> None:
    corpus = kbcorpus.everything()
    with ingest(db_url, corpus) as store, store.session() as s:
        forward = dump(s)
    assert len(forward["events"]) > 10 and len(forward["actors"]) > 10
    shuffled = corpus[:]
    random.Random(7).shuffle(shuffled)
    for n, order in enumerate((corpus[::-1], shuffled), start=1):
        with ingest(fresh(db_url, tmp_path, n), order) as store, store.session() as s:
            assert dump(s) == forward


def test_kb_ingesting_twice_changes_nothing(db_url: str) -> None:
    corpus = kbcorpus.everything()
    with ingest(db_url, corpus) as store:
        with store.session() as s:
            before = dump(s)
        assert {store.save(ex).outcome for ex in corpus} == {"unchanged"}
        with store.session() as s:
            assert dump(s) == before


def test_kb_a_changed_document_leaves_the_event_it_no_longer_reports(db_url: str) -> None:
    reports = kbcorpus.meeting_reports()
    with ingest(db_url, reports[:2]) as store:
        assert [e.reports for e in events_of(store, "CHN") if e.status == "occurred"] == [2]
        changed = doc("xinhua-0615", "2019-06-15", "Chinese officials declined to comment on the visit.")
        assert store.save(changed).outcome == "updated"
        occurred = [e for e in events_of(store, "CHN") if e.status == "occurred"]
        assert [(e.reports, e.evidence[0].doc_id) for e in occurred] == [(1, "wire-0614")]
        with store.session() as s:
            remaining = s.execute(sa.select(EventRow.key)).scalars().all()
        assert len(remaining) == 2  # the June talks and the July plan


def test_kb_actor_written_with_rank_full_name_and_surname_is_one_actor(db_url: str) -> None:
    with ingest(db_url, kbcorpus.people()) as store, store.session() as s:
        profile = query.actor(s, "Shamkhani")
        assert profile.actor.name == "Ali Shamkhani"
        assert profile.actor.mentions == 3
        assert {"Ali Shamkhani", "Shamkhani"} <= set(profile.actor.aliases)
        assert query.actor(s, "Rear Admiral Ali Shamkhani").actor.id == profile.actor.id
        assert [c.actor.name for c in profile.counterparts] == ["Nikolai Patrushev"]


def test_kb_transliteration_variants_are_one_actor(db_url: str) -> None:
    with ingest(db_url, kbcorpus.people()) as store, store.session() as s:
        a = query.actor(s, "Amirabdollahian").actor
        assert a.name == "Hossein Amir-Abdollahian" and a.country == "IRN"
        assert query.actor(s, "Abdollahian").actor.id == a.id
        assert a.mentions == 3
        assert query.actor(s, "Hasan Rohani").actor.id == query.actor(s, "Hassan Rouhani").actor.id


def test_kb_people_sharing_a_surname_are_not_merged_without_evidence(db_url: str) -> None:
    with ingest(db_url, kbcorpus.people()) as store, store.session() as s:
        khans = {a.name: a.country for a in query.actors(s, name="khan") if a.name.split()[-1] == "Khan"}
        assert khans == {"Imran Khan": "PAK", "Shahzad Akbar Khan": "PAK", "Khan": "PAK", "Sadiq Khan": "GBR"}


def test_kb_roles_over_time_in_order(db_url: str) -> None:
    with ingest(db_url, kbcorpus.people()) as store, store.session() as s:
        profile = query.actor(s, "Rouhani")
        assert [(r.role, str(r.first)) for r in profile.roles] == [
            ("chief_negotiator", "2005-03-01"),
            ("head_of_state", "2014-09-12"),
        ]
        assert profile.actor.role == "head_of_state"
        assert all(r.evidence.text in ("Hassan Rouhani", "Hasan Rohani") for r in profile.roles)


def test_kb_user_merge_and_split_survive_reingest(db_url: str) -> None:
    corpus = kbcorpus.people()
    with ingest(db_url, corpus) as store:
        with store.session() as s, s.begin():
            repository.merge_actors(s, a="Imran Khan", b="Khan")
        with store.session() as s:
            assert query.actor(s, "Khan").actor.name == "Imran Khan"
            s.rollback()
        with store.session() as s, s.begin():
            repository.split_actor(s, actor="Ali Shamkhani", alias="Shamkhani")
        # re-ingest the documents with changed text: the corrections hold
        for ex in corpus:
            store.save(
                ex.model_copy(
                    update={"document": ex.document.model_copy(update={"text": ex.document.text + " "})}
                )
            )
        with store.session() as s:
            assert query.actor(s, "Khan").actor.name == "Imran Khan"
            shamkhanis = {a.name for a in query.actors(s, name="shamkhani")}
            assert shamkhanis == {"Ali Shamkhani", "Shamkhani"}


def test_kb_merging_unknown_actor_is_not_found(db_url: str) -> None:
    with ingest(db_url, kbcorpus.people()[:1]) as store, store.session() as s, s.begin():
        with pytest.raises(NotFound) as info:
            repository.merge_actors(s, a="Ali Shamkhani", b="Nobody Atall")
        assert info.value.code == "E801"


def test_kb_same_document_duplicates_merge_but_an_undated_plan_does_not(db_url: str) -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Pakistani Prime Minister Nawaz Sharif in Lahore. "
        "The meeting of Modi and Sharif was the first in a decade. "
        "Modi will meet Sharif again, officials said."
    )
    modi, sharif = A("Narendra Modi", "IND"), A("Nawaz Sharif", "PAK")
    ex = doc(
        "lahore",
        "2015-12-26",
        text,
        events=[
            E("CONSULT", "Modi met", "met", [modi, sharif], ("IND", "PAK")),
            E("CONSULT", "The meeting of", "meeting", [A("Narendra Modi", "IND", words="Modi and"),
              A("Nawaz Sharif", "PAK", words="Sharif was")], ("IND", "PAK")),
            E("CONSULT", "will meet", "meet", [A("Narendra Modi", "IND", words="Modi will"),
              A("Nawaz Sharif", "PAK", words="Sharif again")], ("IND", "PAK"), status="planned"),
        ],
    )  # fmt: skip
    with ingest(db_url, [ex]) as store:
        assert sorted((e.status, len(e.evidence)) for e in events_of(store, "IND")) == [
            ("occurred", 2),
            ("planned", 1),
        ]
