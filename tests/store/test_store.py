"""The store on SQLite and on a real PostgreSQL server: whole documents, idempotent re-ingest."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from bilat.errors import StoreError
from bilat.records import Document, Event, EventActor, Extraction, Fact, Interval, Mention, Place, evidence
from bilat.store import Store, repository
from bilat.store.schema import DocumentRow, EventMentionRow, EventRow, EvidenceRow, FactRow

TEXT = (
    "Indian Prime Minister Narendra Modi met Pakistani Prime Minister Nawaz Sharif in Lahore on Friday. "
    "Trade between the two countries reached $2.6 billion last year."
)


def extraction(text: str = TEXT, doc_id: str = "d1") -> Extraction:
    doc = Document(id=doc_id, text=text, published=dt.date(2015, 12, 26), source="Wire")
    sent = evidence(doc_id, text, 0, text.index(".") + 1)
    modi = evidence(doc_id, text, text.index("Narendra"), text.index("Modi") + 4)
    sharif = evidence(doc_id, text, text.index("Nawaz"), text.index("Sharif") + 6)
    lahore = Place(
        name="Lahore", country="PAK", lat=31.55, lon=74.34, feature="city", gazetteer_id="geonames:1172451"
    )
    event = Event(
        doc_id=doc_id,
        type="CONSULT",
        mode="meeting",
        status="occurred",
        date=Interval(start=dt.date(2015, 12, 25), end=dt.date(2015, 12, 25)),
        actors=(
            EventActor(
                name="Narendra Modi", kind="person", country="IND", role="head_of_government", evidence=modi
            ),
            EventActor(
                name="Nawaz Sharif", kind="person", country="PAK", role="head_of_government", evidence=sharif
            ),
        ),
        countries=("IND", "PAK"),
        location=lahore,
        trigger=evidence(doc_id, text, text.index("met"), text.index("met") + 3),
        sentence=sent,
    )
    value = evidence(doc_id, text, text.index("$2.6"), text.index("billion") + 7)
    fact = Fact(
        doc_id=doc_id,
        metric="trade_value",
        value=2.6e9,
        unit="USD",
        period=Interval(start=dt.date(2014, 1, 1), end=dt.date(2014, 12, 31)),
        reporter="IND",
        partner="PAK",
        value_evidence=value,
        sentence=evidence(doc_id, text, sent.end + 1, len(text)),
    )
    mentions = (
        Mention(name="Narendra Modi", kind="person", country="IND", role="head_of_government", evidence=modi),
        Mention(
            name="Nawaz Sharif", kind="person", country="PAK", role="head_of_government", evidence=sharif
        ),
    )
    return Extraction(document=doc, mentions=mentions, places=(lahore,), events=(event,), facts=(fact,))


def counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {
            m.__tablename__: s.execute(sa.select(sa.func.count()).select_from(m)).scalar_one()
            for m in (DocumentRow, EventMentionRow, EventRow, FactRow, EvidenceRow)
        }


def test_store_saves_document_events_facts_and_evidence(db_url: str) -> None:
    with Store(db_url) as store:
        saved = store.save(extraction())
        assert (saved.outcome, saved.events, saved.facts) == ("new", 1, 1)
        with store.session() as s:
            row = s.execute(sa.select(EventMentionRow)).scalar_one()
            spans = {e.field: (e.start, e.end, e.text) for e in row.evidence}
        assert spans["trigger"][2] == "met"
        assert TEXT[spans["sentence"][0] : spans["sentence"][1]] == spans["sentence"][2]
        assert counts(store)["facts"] == 1


def test_store_reingest_is_idempotent(db_url: str) -> None:
    with Store(db_url) as store:
        store.save(extraction())
        before = counts(store)
        again = store.save(extraction())
        assert again.outcome == "unchanged"
        assert counts(store) == before


def test_store_changed_text_replaces_the_documents_extractions(db_url: str) -> None:
    with Store(db_url) as store:
        store.save(extraction())
        changed = extraction(TEXT.replace("on Friday", "on Friday afternoon"))
        assert store.save(changed).outcome == "updated"
        assert counts(store) == {"documents": 1, "event_mentions": 1, "events": 1, "facts": 1, "evidence": 6}


def test_store_failed_write_keeps_what_was_stored_before(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(db_url) as store:
        store.save(extraction())
        before = counts(store)

        def broken(*args: object, **kwargs: object) -> None:
            raise sa.exc.OperationalError("INSERT", {}, Exception("disk I/O error"))

        monkeypatch.setattr(repository, "assign_events", broken)
        with pytest.raises(StoreError) as info:
            store.save(extraction(TEXT + " The talks lasted two hours."))
        assert info.value.code == "E702" and "'d1'" in info.value.message
        with pytest.raises(StoreError):
            store.save(extraction(doc_id="d2"))
        assert counts(store) == before
        with store.session() as s:
            assert s.get(DocumentRow, "d1").text == TEXT  # type: ignore[union-attr]
            assert s.get(DocumentRow, "d2") is None


def test_store_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError) as info:
        Store("nosuchdb://x")
    assert info.value.code == "E704"


def test_store_unreachable_server_is_a_store_error_without_password() -> None:
    with pytest.raises(StoreError) as info:
        Store("postgresql+psycopg://bilat:secret@127.0.0.1:1/none?connect_timeout=2")
    assert info.value.code == "E701" and "secret" not in info.value.message
