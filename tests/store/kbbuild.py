"""Build ``Extraction`` records by hand from texts written for the tests (no model needed).

Every span is found in the text by its words, so offsets are real: ``ev(..., sentence="Lavrov
met", trigger="met")`` takes the sentence that contains "Lavrov met" and the first "met" in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bilat.records import (
    Document,
    Event,
    EventActor,
    Extraction,
    Fact,
    Interval,
    Mention,
    Place,
    evidence,
)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass
class A:
    """An actor: its full name, kind, country, role, and the words of the text that name it."""

    name: str
    country: str | None
    words: str | None = None
    kind: str = "person"
    role: str | None = None
    role_text: str | None = None
    title: str | None = None
    side: str = "participant"


@dataclass
class P:
    name: str
    country: str
    lat: float
    lon: float
    feature: str = "city"


@dataclass
class E:
    type: str
    sentence: str  # words inside the sentence
    trigger: str
    actors: list[A] = field(default_factory=list)
    countries: tuple[str, ...] = ()
    date: tuple[str, str] | str | None = None
    place: P | None = None
    mode: str | None = None
    status: str = "occurred"
    confidence: float = 0.6


@dataclass
class F:
    metric: str
    sentence: str
    value_words: str
    value: float | None
    unit: str
    period: tuple[str, str]
    reporter: str
    partner: str
    flow: str = "total"


def _sentence(text: str, words: str) -> tuple[int, int]:
    at = text.index(words)
    start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    return start, (len(text) if end < 0 else end + 1)


def doc(
    doc_id: str,
    published: str | None,
    text: str,
    events: list[E] = (),  # type: ignore[assignment]
    facts: list[F] = (),  # type: ignore[assignment]
    mentions: list[A] = (),  # type: ignore[assignment]
    title: str | None = None,
) -> Extraction:
    document = Document(
        id=doc_id, text=text, published=day(published) if published else None, title=title, source="test"
    )
    out_events = []
    out_mentions: dict[tuple[str, int], Mention] = {}

    def span(words: str, within: tuple[int, int] = (0, len(text))) -> Any:
        at = text.index(words, within[0])
        return evidence(doc_id, text, at, at + len(words))

    for a in mentions:
        ev = span(a.words or a.name)
        out_mentions[(a.name, ev.start)] = Mention(
            name=a.name,
            kind=a.kind,
            country=a.country,
            role=a.role,
            role_text=a.role_text,
            title=a.title,
            evidence=ev,
        )  # type: ignore[arg-type]
    for e in events:
        s, t = _sentence(text, e.sentence)
        actors = []
        for a in e.actors:
            ev = span(a.words or a.name, (s, t))
            actors.append(
                EventActor(
                    name=a.name,
                    kind=a.kind,
                    country=a.country,
                    role=a.role,
                    role_text=a.role_text,
                    side=a.side,
                    evidence=ev,
                )  # type: ignore[arg-type]
            )
            out_mentions.setdefault(
                (a.name, ev.start),
                Mention(
                    name=a.name,
                    kind=a.kind,
                    country=a.country,
                    role=a.role,
                    role_text=a.role_text,
                    title=a.title,
                    evidence=ev,
                ),  # type: ignore[arg-type]
            )
        date = None
        if e.date is not None:
            lo, hi = (e.date, e.date) if isinstance(e.date, str) else e.date
            date = Interval(start=day(lo), end=day(hi))
        place = None
        if e.place is not None:
            place = Place(
                name=e.place.name,
                country=e.place.country,
                lat=e.place.lat,
                lon=e.place.lon,
                feature=e.place.feature,
                gazetteer_id=f"test:{e.place.name}",
                evidence=span(e.place.name, (s, t)) if e.place.name in text[s:t] else None,
            )
        out_events.append(
            Event(
                doc_id=doc_id,
                type=e.type,
                mode=e.mode,
                status=e.status,  # type: ignore[arg-type]
                date=date,
                actors=tuple(actors),
                countries=e.countries,
                location=place,
                confidence=e.confidence,
                trigger=span(e.trigger, (s, t)),
                sentence=evidence(doc_id, text, s, t),
            )
        )
    out_facts = []
    for f in facts:
        s, t = _sentence(text, f.sentence)
        out_facts.append(
            Fact(
                doc_id=doc_id,
                metric=f.metric,  # type: ignore[arg-type]
                value=f.value,
                unit=f.unit,
                period=Interval(start=day(f.period[0]), end=day(f.period[1])),
                flow=f.flow,  # type: ignore[arg-type]
                reporter=f.reporter,
                partner=f.partner,
                value_evidence=span(f.value_words, (s, t)),
                sentence=evidence(doc_id, text, s, t),
            )
        )
    return Extraction(
        document=document,
        mentions=tuple(out_mentions[k] for k in sorted(out_mentions, key=lambda k: k[1])),
        events=tuple(out_events),
        facts=tuple(out_facts),
    )


def dump(session: Any) -> dict[str, Any]:
    """The knowledge base without autoincrement ids: what must not depend on ingest order."""
    import sqlalchemy as sa

    from bilat.store.schema import ActorNameRow, ActorRow, EventMentionRow, EventRow, PlaceRow

    actors = {a.id: a.key for a in session.execute(sa.select(ActorRow)).scalars()}
    places = {p.id: p.key for p in session.execute(sa.select(PlaceRow)).scalars()}
    events = {}
    for e in session.execute(sa.select(EventRow)).scalars():
        members = sorted(
            (m.doc_id, m.ordinal)
            for m in session.execute(
                sa.select(EventMentionRow).where(EventMentionRow.event_id == e.id)
            ).scalars()
        )
        events[e.key] = (
            e.type,
            e.mode,
            e.status,
            e.date_start,
            e.date_end,
            e.countries,
            places.get(e.place_id),
            e.confidence,
            e.reports,
            e.first_reported,
            e.summary,
            tuple(members),
        )
    names = {
        n.key: (n.name, actors.get(n.actor_id)) for n in session.execute(sa.select(ActorNameRow)).scalars()
    }
    actor_rows = {
        a.key: (a.name, a.kind, a.country, a.role, tuple(sorted(x.alias for x in a.aliases)))
        for a in session.execute(sa.select(ActorRow)).scalars()
    }
    return {"events": events, "names": names, "actors": actor_rows}
