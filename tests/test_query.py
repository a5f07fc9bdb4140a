"""The query layer over a knowledge base built from hand-made extractions, on SQLite and PostgreSQL."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "store"))  # the hand-made corpus lives beside the store tests

import kbcorpus  # noqa: E402
from kbbuild import day  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bilat import query  # noqa: E402
from bilat.errors import InputError, NotFound  # noqa: E402
from bilat.store import Store  # noqa: E402


@pytest.fixture
def kb(db_url: str) -> Iterator[Session]:
    with Store(db_url) as store:
        for ex in kbcorpus.everything():
            store.save(ex)
        with store.session() as session:
            yield session


def test_query_timeline_filters_by_pair_actor_type_status_place_and_dates(kb: Session) -> None:
    assert {e.countries[0] + e.countries[1] for e in query.timeline(kb, countries=["RUS", "CHN"])} == {
        "CHNRUS"
    }
    lavrov = query.timeline(kb, actor="Lavrov")
    assert len(lavrov) == 4 and all(any(a.name == "Sergei Lavrov" for a in e.actors) for e in lavrov)
    assert [e.type for e in query.timeline(kb, types=["cooperate"])] == ["COOPERATE"]
    planned = query.timeline(kb, statuses=["planned"])
    assert {e.type for e in planned} == {"CONSULT", "COOPERATE"} and all(
        e.status == "planned" for e in planned
    )
    assert [
        str(e.date_start)
        for e in query.timeline(kb, place="moscow", since=day("2019-07-01"), until=day("2019-12-31"))
    ] == [
        "2019-07-18",
        "2019-08-20",
    ]
    june = query.timeline(kb, since=day("2019-06-01"), until=day("2019-06-30"))
    assert [str(e.date_start) for e in june] == ["2019-06-14"]
    page = query.timeline(kb, limit=2, offset=1)
    assert [e.id for e in page] == [e.id for e in query.timeline(kb)][1:3]


def test_query_timeline_rejects_unknown_filters_with_their_codes(kb: Session) -> None:
    with pytest.raises(InputError) as bad:
        query.timeline(kb, types=["MEET"])
    assert bad.value.code == "E802"
    with pytest.raises(NotFound):
        query.timeline(kb, actor="Nobody Anywhere")
    with pytest.raises(NotFound):
        query.timeline(kb, place="Atlantis")


def test_query_every_event_carries_its_evidence(kb: Session) -> None:
    for e in query.timeline(kb):
        assert e.evidence, e
        for ev in e.evidence:
            assert ev.end > ev.start and ev.text and ev.doc_id


def test_query_places_with_coordinates_and_events(kb: Session) -> None:
    found = {p.place.name: p for p in query.places(kb)}
    assert found["Moscow"].events == 4 and found["Moscow"].place.lat == pytest.approx(55.75222)
    profile = query.place(kb, "Beijing")
    assert profile.place.country == "CHN" and len(profile.events) == 1 and profile.events[0].reports == 5


def test_query_actor_profile_has_events_and_counterparts(kb: Session) -> None:
    lavrov = query.actor(kb, "Sergey Lavrov")
    assert lavrov.actor.name == "Sergei Lavrov"
    names = [c.actor.name for c in lavrov.counterparts]
    assert names[0] == "Wang Yi" and "Hossein Amir-Abdollahian" in names
    assert lavrov.roles[0].role == "foreign_minister"
    listed = query.actors(kb, country="RUS", kind="person")
    assert listed[0].name == "Sergei Lavrov"  # most events first


def test_query_search_ranks_passages_with_snippets_and_offsets(db_url: str) -> None:
    with Store(db_url) as store:
        for ex in kbcorpus.everything():
            store.save(ex)
        with store.session() as s:
            hits = query.search(s, "joint economic commission")
            texts = {d.id: d.text for d in [ex.document for ex in kbcorpus.everything()]}
            assert hits and hits[0].doc_id == "irna-15"
            top = hits[0]
            assert texts[top.doc_id][top.evidence.start : top.evidence.end] == top.evidence.text
            assert "«" in top.snippet and top.kind == "event" and top.events
            assert query.search(s, '"Korean peninsula"')[0].doc_id == "wire-0614"
            excluded = query.search(s, "Lavrov -Beijing")
            assert excluded and all("Beijing" not in h.evidence.text for h in excluded)
            either = {h.doc_id for h in query.search(s, "Rosatom OR Zanganeh")}
            assert either == {"bushehr", "tass-15"}
            titled = query.search(s, "Lavrov Wang meet")
            assert any(h.evidence.field == "title" and h.doc_id == "wire-0614" for h in titled)
            assert query.search(s, "zzyzx") == []
            with pytest.raises(InputError):
                query.search(s, "   ")
        # the index follows a changed document in the same transaction
        changed = kbcorpus.commission()[0]
        store.save(
            changed.model_copy(update={"document": changed.document.model_copy(update={"text": "Nothing."})})
        )
        with store.session() as s:
            assert all(h.doc_id != "irna-15" for h in query.search(s, "joint economic commission"))


def test_query_commitments_kept_pending_overdue_cancelled(kb: Session) -> None:
    found = {(c.event.type, c.event.countries[0], c.event.countries[1], str(c.due_start)): c for c in
             query.commitments(kb, as_of=day("2023-01-01"))}  # fmt: skip
    july = found[("CONSULT", "CHN", "RUS", "2019-07-18")]
    assert july.state == "kept" and {e.doc_id for e in july.announcement} == {"wire-0614"}
    assert {e.doc_id for e in july.fulfilment_evidence} == {"wire-0719"}
    visit = found[("CONSULT", "RUS", "TUR", "None")]
    assert visit.state == "kept" and visit.fulfilment is not None
    assert (
        visit.fulfilment.date_start == day("2019-04-08")
        and visit.fulfilment_evidence[0].doc_id == "aa-ankara"
    )
    unit = found[("COOPERATE", "IRN", "RUS", "2024-01-01")]
    assert unit.state == "pending" and unit.announcement[0].text.startswith("The second unit")
    assert found[("CONSULT", "PAK", "TUR", "2019-12-16")].state == "cancelled"
    session16 = found[("CONSULT", "IRN", "RUS", "2020-01-01")]
    assert session16.state == "overdue"
    later = query.commitments(kb, states=["overdue"], as_of=day("2025-06-01"))
    assert {c.event.type for c in later} == {"CONSULT", "COOPERATE"}
    with pytest.raises(InputError):
        query.commitments(kb, states=["late"])


def test_query_relations_summarises_one_pair(kb: Session) -> None:
    rel = query.relations(kb, "irn", "RUS", as_of=day("2019-12-31"))
    assert rel.countries == ["IRN", "RUS"]
    assert rel.by_type["CONSULT"] >= 4
    assert ("2019-05", "CONSULT") in {(m.month, m.type) for m in rel.by_month}
    assert [f.value for f in rel.trade] == [1.7e9, 1.74e9]
    assert rel.trade[0].evidence[0].text.startswith("The Iran-Russia trade in 2017")
    assert rel.latest_meetings[0].date_start == day("2021-09-20")
    assert {c.state for c in rel.open_commitments} <= {"pending", "overdue"} and rel.open_commitments


def test_query_event_detail_lists_every_report_with_all_evidence(kb: Session) -> None:
    (june,) = query.timeline(kb, countries=["CHN"], until=day("2019-06-30"))
    detail = query.event(kb, june.key)
    assert len(detail.mentions) == 6
    fields = {ev.field for m in detail.mentions for ev in m.evidence}
    assert {"sentence", "trigger", "actor", "date"} - {"date"} <= fields
    with pytest.raises(NotFound):
        query.event(kb, 999999)
