"""Writers: records as the contract JSON (``../shared/eval/README.md``), CSV, GeoJSON, iCalendar.

The contract dicts are the one JSON shape of events and facts; the API and every export
start from them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from bilat.records import Event, EventActor, Evidence, Extraction, Fact, Interval, Place, Timex


def _evidence(ev: Evidence | None) -> dict[str, Any] | None:
    return None if ev is None else {"doc_id": ev.doc_id, "start": ev.start, "end": ev.end, "text": ev.text}


def _interval(iv: Interval | None) -> dict[str, str] | None:
    return None if iv is None else {"start": iv.start.isoformat(), "end": iv.end.isoformat()}


def place_record(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "feature": place.feature,
        "gazetteer_id": place.gazetteer_id,
        "evidence": _evidence(place.evidence),
    }


def actor_record(actor: EventActor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "role": actor.role,
        "role_text": actor.role_text,
        "side": actor.side,
        "evidence": _evidence(actor.evidence),
    }


def event_record(event: Event) -> dict[str, Any]:
    """An event as a contract record; ``evidence[0]`` is the sentence."""
    return {
        "kind": "event",
        "doc_id": event.doc_id,
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "date": _interval(event.date),
        "actors": [actor_record(a) for a in event.actors],
        "countries": list(event.countries),
        "location": place_record(event.location),
        "confidence": round(event.confidence, 3),
        "negated": event.negated,
        "trigger": _evidence(event.trigger),
        "date_evidence": _evidence(event.date_evidence),
        "evidence": [_evidence(event.sentence)],
    }


def fact_record(fact: Fact) -> dict[str, Any]:
    return {
        "kind": "fact",
        "doc_id": fact.doc_id,
        "metric": fact.metric,
        "value": fact.value,
        "unit": fact.unit,
        "change_pct": fact.change_pct,
        "period": _interval(fact.period),
        "flow": fact.flow,
        "reporter": fact.reporter,
        "partner": fact.partner,
        "value_evidence": _evidence(fact.value_evidence),
        "period_evidence": _evidence(fact.period_evidence),
        "evidence": [_evidence(fact.sentence)],
    }


def timex_record(doc_id: str, timex: Timex) -> dict[str, Any]:
    return {
        "kind": "timex",
        "doc_id": doc_id,
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "anchor": timex.anchor,
        "interval": _interval(timex.interval),
    }


def contract_records(extraction: Extraction, *, timexes: bool = False) -> Iterator[dict[str, Any]]:
    """The contract records of one document: events, facts, then (optionally) timexes."""
    for event in extraction.events:
        yield event_record(event)
    for fact in extraction.facts:
        yield fact_record(fact)
    if timexes:
        for timex in extraction.timexes:
            yield timex_record(extraction.document.id, timex)


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        n += 1
    return n
