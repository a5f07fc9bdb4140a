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


@pytest.mark.parametrize("ref", [999999, "999999", "²", "١٢", "99999999999999999999", "0", "", "a\x00b"])
def test_query_unknown_ids_raise_not_found_for_place_event_actor_and_document(
    kb: Session, ref: str | int
) -> None:
    calls = [
        lambda: query.place(kb, ref),
        lambda: query.timeline(kb, place=ref),
        lambda: query.event(kb, ref),
        lambda: query.actor(kb, ref),
        lambda: query.document(kb, str(ref)),
    ]
    for call in calls:
        with pytest.raises(NotFound) as err:
            call()
        assert err.value.code == "E801"


def test_query_place_by_its_numeric_id_and_as_a_string(kb: Session) -> None:
    moscow = query.place(kb, "Moscow")
    assert query.place(kb, moscow.place.id) == moscow == query.place(kb, str(moscow.place.id))
    newest = query.place(kb, moscow.place.id, sort="-date").events
    assert [e.id for e in _dated(newest)] == [e.id for e in reversed(_dated(moscow.events))]
    assert newest[-1].date_start is None, "undated last, whichever way the dates go"


def _dated(events: list[query.EventView]) -> list[query.EventView]:
    return [e for e in events if e.date_start is not None]


def test_query_timeline_sorts_by_date_type_confidence_and_reports_with_stable_ties(kb: Session) -> None:
    default = query.timeline(kb)
    assert query.timeline(kb, sort="date") == default
    newest = query.timeline(kb, sort="-date")
    assert [e.date_start for e in _dated(newest)] == sorted(
        (e.date_start for e in _dated(default)), reverse=True
    )
    assert {e.id for e in newest} == {e.id for e in default}
    assert all(e.date_start is None for e in newest[len(_dated(newest)) :]), "undated last"
    by_type = query.timeline(kb, sort="type")
    assert [e.type for e in by_type] == sorted(e.type for e in default)
    assert [e.type for e in query.timeline(kb, sort="-type")] == sorted(
        (e.type for e in default), reverse=True
    )
    most = query.timeline(kb, sort="-reports")
    assert most[0].reports == 5 and [e.reports for e in most] == sorted(
        (e.reports for e in most), reverse=True
    )
    assert [e.reports for e in query.timeline(kb, sort="reports")] == sorted(e.reports for e in default)
    sure = query.timeline(kb, sort="-confidence")
    assert [e.confidence for e in sure] == sorted((e.confidence for e in sure), reverse=True)
    # ties (equal reports) go by date: within each reports value the dated events are in date order
    for n in {e.reports for e in most}:
        same = [e.date_start for e in _dated(most) if e.reports == n]
        assert same == sorted(same)
    # pages of a sorted listing neither overlap nor skip
    for sort in query.SORTS:
        whole = [e.id for e in query.timeline(kb, sort=sort)]
        paged = [
            e.id
            for offset in range(0, len(whole), 3)
            for e in query.timeline(kb, sort=sort, limit=3, offset=offset)
        ]
        assert paged == whole, sort


@pytest.mark.parametrize("sort", ["when", "--date", "Date", "", "date,type", " -date"])
def test_query_timeline_rejects_an_unknown_sort_with_e802(kb: Session, sort: str) -> None:
    with pytest.raises(InputError) as bad:
        query.timeline(kb, sort=sort)
    assert bad.value.code == "E802" and "sort" in bad.value.message


def test_query_documents_newest_first_and_one_document_with_its_events_and_facts(kb: Session) -> None:
    listed = query.documents(kb)
    dated = [d.published for d in listed if d.published]
    assert dated == sorted(dated, reverse=True) and len(listed) == len(kbcorpus.everything())
    assert query.documents(kb, limit=2, offset=1) == listed[1:3]
    counts = {d.id: d.events for d in listed}
    doc = query.document(kb, "irna-15")
    assert doc.text.startswith(
        next(ex.document.text for ex in kbcorpus.everything() if ex.document.id == "irna-15")
    )
    assert counts["irna-15"] >= len(doc.events) > 0
    assert all(any(ev.doc_id == "irna-15" for ev in e.evidence) for e in doc.events)
    assert query.document_texts(kb, ["irna-15", "nope"]).keys() == {"irna-15"}
    assert query.kb_counts(kb)[0] == len(listed)
    assert {"IRN", "RUS", "CHN"} <= set(query.event_countries(kb))
    pairs = query.country_pairs(kb)
    assert all(a < b for a, b, _ in pairs) and [n for *_, n in pairs] == sorted(
        (n for *_, n in pairs), reverse=True
    )


def test_query_search_scores_only_the_newest_matches_of_a_very_common_query(
    kb: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    import sqlalchemy as sa

    search_module = importlib.import_module("bilat.query.search")  # bilat.query.search is the function
    everything = query.search(kb, "Lavrov", limit=100)
    assert len(everything) > 3
    monkeypatch.setattr(search_module, "SCORED", 3)
    capped = query.search(kb, "Lavrov", limit=2)
    assert len(capped) == 2 and capped[0].score >= capped[1].score
    if kb.get_bind().dialect.name == "sqlite":
        newest = kb.execute(
            sa.text(
                "SELECT p.doc_id, p.start FROM search_fts JOIN search_passages p ON p.id = search_fts.rowid "
                "WHERE search_fts MATCH 'Lavrov' ORDER BY search_fts.rowid DESC LIMIT 3"
            )
        ).all()
        assert {(h.doc_id, h.evidence.start) for h in capped} <= {tuple(r) for r in newest}
    # pages past the cap still answer the same: the cap grows with offset + limit
    assert [h.evidence for h in query.search(kb, "Lavrov", limit=100)] == [h.evidence for h in everything]
    last = query.search(kb, "Lavrov", limit=2, offset=len(everything) - 1)
    assert [h.evidence for h in last] == [everything[-1].evidence]
