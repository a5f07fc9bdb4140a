"""A large knowledge base for query latency, inserted in bulk through bilat's schema (no NLP).

``build(url, events=100_000)`` fills an empty database with that many events, reported by
about 1.3 event mentions each from documents of about four mentions, with their parties,
actors, evidence sentences and the full-text passages of every document, the way
``Store.save`` lays them out. Rows go in chunks of a few thousand: memory stays flat.
Deterministic for a given size and seed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

import sqlalchemy as sa
from corpus import COUNTRIES, FAMILY, GIVEN, document

from bilat import resolve
from bilat.records import EVENT_TYPES
from bilat.store import Store
from bilat.store import repository as repo
from bilat.store.schema import (
    ActorNameRow,
    ActorRow,
    DocumentRow,
    EventActorRow,
    EventCountryRow,
    EventMentionRow,
    EventRow,
    EvidenceRow,
    MentionRow,
    PlaceRow,
    SearchPassageRow,
)

CODES = dict(
    zip(
        (c.name for c in COUNTRIES),
        "IRN RUS CHN IND PAK JPN KOR FRA DEU GRC TUR EGY ISR BRA ARG MEX NGA IDN POL CAN KEN VNM SAU".split(),
        strict=True,
    )
)
STATUSES = ("occurred",) * 6 + ("planned", "planned", "proposed", "cancelled", "denied", "ongoing")
MODES = (None, "visit", "meeting", "phone", "summit", "talks")
CHUNK = 5000
TEXTS = 400  # distinct article texts; documents beyond that reuse them under their own id


@dataclass(frozen=True)
class Built:
    events: int
    mentions: int
    documents: int
    actors: int
    passages: int
    pair: tuple[str, str]  # the busiest country pair
    busiest_actor: int
    words: tuple[str, ...]  # search terms that occur in the passages


def _chunks(rows: Iterator[dict], size: int = CHUNK) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(url: str, *, events: int = 100_000, seed: int = 0) -> Built:
    """Fill the empty knowledge base at ``url`` with ``events`` synthetic events."""
    rng = random.Random(f"bilat-bench-kb:{seed}")
    codes = list(CODES.values())
    # A few pairs dominate the news, as in reality: pair weights fall off as 1/rank.
    pairs = sorted({tuple(sorted(rng.sample(codes, 2))) for _ in range(120)})
    rng.shuffle(pairs)
    weights = [1 / (r + 1) for r in range(len(pairs))]
    n_mentions = int(events * 1.3)
    n_docs = max(1, n_mentions // 4)
    per_country = max(8, events // 50 // len(codes))

    texts = [document(i, seed)["text"] for i in range(min(TEXTS, n_docs))]
    spans = [repo.passages(t) for t in texts]

    with Store(url) as store, store.engine.begin() as conn:
        places = [
            {"id": i + 1, "key": f"bench:{i}", "name": f"Town {i}", "country": rng.choice(codes)}
            for i in range(500)
        ]
        conn.execute(sa.insert(PlaceRow), places)

        actor_rows, name_rows, by_country = [], [], {c: [] for c in codes}
        for code in codes:
            for _ in range(per_country):
                name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {len(actor_rows)}"
                info = resolve.name_info(name, "person", code)
                ident = len(actor_rows) + 1
                actor_rows.append(
                    {"id": ident, "key": info.key, "name": name, "kind": "person", "country": code}
                )
                name_rows.append(
                    {
                        "key": info.key,
                        "name": name,
                        "kind": "person",
                        "country": code,
                        "surname": info.surname,
                        "sketch": resolve.skeleton(info.surname),
                        "tokens": len(info.tokens),
                        "surname_last": info.last,
                        "surname_tail": info.tail,
                        "actor_id": ident,
                    }
                )
                by_country[code].append((ident, info.key))
        conn.execute(sa.insert(ActorRow), actor_rows)
        conn.execute(sa.insert(ActorNameRow), name_rows)

        def doc_rows() -> Iterator[dict]:
            for d in range(n_docs):
                published = dt.date(1980, 1, 1) + dt.timedelta(days=rng.randrange(45 * 365))
                yield {
                    "id": f"kb-{d:07d}",
                    "title": f"Report {d}",
                    "source": "bilat benchmark",
                    "published": published,
                    "text": texts[d % len(texts)],
                    "content_hash": f"{d:064d}",
                }

        for batch in _chunks(doc_rows()):
            conn.execute(sa.insert(DocumentRow), batch)

        def passage_rows() -> Iterator[dict]:
            for d in range(n_docs):
                text = texts[d % len(texts)]
                for s, e in spans[d % len(texts)]:
                    yield {"doc_id": f"kb-{d:07d}", "field": "text", "start": s, "end": e, "text": text[s:e]}

        n_passages = 0
        for batch in _chunks(passage_rows()):
            conn.execute(sa.insert(SearchPassageRow), batch)
            n_passages += len(batch)

        pair_of: list[tuple[str, str]] = []
        actor_count: dict[int, int] = {}

        def event_rows() -> Iterator[tuple[dict, list[dict]]]:
            for e in range(events):
                pair = rng.choices(pairs, weights)[0]
                pair_of.append(pair)
                start = dt.date(1980, 1, 1) + dt.timedelta(days=rng.randrange(45 * 365))
                yield (
                    {
                        "id": e + 1,
                        "key": f"bench-ev-{e:07d}",
                        "type": rng.choice(EVENT_TYPES),
                        "mode": rng.choice(MODES),
                        "status": rng.choice(STATUSES),
                        "date_start": start,
                        "date_end": start + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2))),
                        "place_id": rng.randint(1, len(places)) if rng.random() < 0.6 else None,
                        "countries": ",".join(pair),
                        "confidence": round(rng.uniform(0.3, 0.95), 2),
                        "summary": f"{pair[0]} and {pair[1]}: event {e}",
                        "reports": 1,
                        "first_reported": start,
                    },
                    [{"event_id": e + 1, "country": c} for c in pair],
                )

        for batch in _chunks(event_rows()):
            conn.execute(sa.insert(EventRow), [r for r, _ in batch])
            conn.execute(sa.insert(EventCountryRow), [c for _, cs in batch for c in cs])

        def mention_rows() -> Iterator[tuple[dict, list[dict], list[dict]]]:
            ordinal: dict[int, int] = {}
            for m in range(n_mentions):
                event = m if m < events else rng.randrange(events)
                doc = rng.randrange(n_docs)
                ordinal[doc] = ordinal.get(doc, -1) + 1
                s, t = rng.choice(spans[doc % len(texts)])
                pair = pair_of[event]
                text = texts[doc % len(texts)][s:t]
                doc_id = f"kb-{doc:07d}"
                ident = m + 1
                actors = []
                for side, code in zip(("source", "target"), pair, strict=True):
                    actor, key = rng.choice(by_country[code])
                    actor_count[actor] = actor_count.get(actor, 0) + 1
                    actors.append({"mention_id": ident, "actor_id": actor, "side": side, "name_key": key})
                evidence = [
                    {
                        "doc_id": doc_id,
                        "start": s,
                        "end": t,
                        "text": text,
                        "field": "sentence",
                        "event_mention_id": ident,
                    },
                    {
                        "doc_id": doc_id,
                        "start": s,
                        "end": min(t, s + 6),
                        "text": text[:6],
                        "field": "trigger",
                        "event_mention_id": ident,
                    },
                ]
                yield (
                    {
                        "id": ident,
                        "doc_id": doc_id,
                        "ordinal": ordinal[doc],
                        "event_id": event + 1,
                        "type": "CONSULT",
                        "status": "occurred",
                        "negated": False,
                        "countries": ",".join(pair),
                        "confidence": 0.6,
                        "sentence_start": s,
                        "sentence_end": t,
                    },
                    actors,
                    evidence,
                )

        for batch in _chunks(mention_rows()):
            conn.execute(sa.insert(EventMentionRow), [r for r, _, _ in batch])
            conn.execute(sa.insert(EventActorRow), [a for _, acts, _ in batch for a in acts])
            conn.execute(sa.insert(EvidenceRow), [v for _, _, evs in batch for v in evs])

        def actor_mentions() -> Iterator[dict]:
            for d in range(n_docs):
                for _ in range(3):
                    code = rng.choice(codes)
                    actor, key = rng.choice(by_country[code])
                    yield {
                        "doc_id": f"kb-{d:07d}",
                        "actor_id": actor,
                        "name_key": key,
                        "start": 0,
                        "end": 5,
                        "text": "named",
                        "role": "foreign_minister",
                    }

        for batch in _chunks(actor_mentions()):
            conn.execute(sa.insert(MentionRow), batch)

        if conn.dialect.name == "postgresql":
            # Explicit ids leave the sequences behind; later writers must not collide with them.
            for table in ("places", "actors", "events", "event_mentions"):
                conn.execute(
                    sa.text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
        if conn.dialect.name == "sqlite":
            conn.execute(sa.text("ANALYZE"))
    if store.engine.dialect.name == "postgresql":
        with Store(url) as store, store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(sa.text("VACUUM ANALYZE"))

    busiest = max(actor_count, key=lambda a: actor_count[a])
    return Built(
        events=events,
        mentions=n_mentions,
        documents=n_docs,
        actors=len(actor_rows),
        passages=n_passages,
        pair=pairs[0],
        busiest_actor=busiest,
        words=("minister", "energy cooperation", "trade", "sanctions", "talks"),
    )
