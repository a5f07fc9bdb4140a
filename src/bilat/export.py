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
    return {**place.model_dump(exclude={"evidence"}), "evidence": _evidence(place.evidence)}


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


#: The fact metrics of the contract; other stated quantities (agreements signed, capacities)
#: are written as ``kind: "quantity"`` records so that consumers of the contract never see
#: a metric outside its vocabulary.
CONTRACT_METRICS = frozenset({"trade_value", "trade_value_change", "trade_balance"})


def fact_kind(metric: str) -> str:
    return "fact" if metric in CONTRACT_METRICS else "quantity"


def fact_record(fact: Fact) -> dict[str, Any]:
    return {
        "kind": fact_kind(fact.metric),
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


# --------------------------------------------------------------------------- the knowledge base
# Knowledge-base events (``bilat.query.EventView``) as records: the contract event with the
# evidence of every document that reports it, and the formats of other tools.

CSV_COLUMNS = (
    "id",
    "key",
    "type",
    "mode",
    "status",
    "date_start",
    "date_end",
    "countries",
    "actors",
    "place",
    "lat",
    "lon",
    "confidence",
    "reports",
    "documents",
    "evidence",
)


def _view_evidence(ev: Any) -> dict[str, Any]:
    return {"doc_id": ev.doc_id, "start": ev.start, "end": ev.end, "text": ev.text}


def kb_event_record(view: Any) -> dict[str, Any]:
    """A knowledge-base event as a contract record: ``evidence`` lists the sentence of every report."""
    date = (
        None
        if view.date_start is None
        else {"start": view.date_start.isoformat(), "end": (view.date_end or view.date_start).isoformat()}
    )
    place = view.place
    return {
        "kind": "event",
        "id": view.id,
        "key": view.key,
        "doc_id": view.evidence[0].doc_id if view.evidence else None,
        "type": view.type,
        "mode": view.mode,
        "status": view.status,
        "date": date,
        "actors": [
            {"name": a.name, "kind": a.kind, "country": a.country, "role": a.role, "side": a.side}
            for a in view.actors
        ],
        "countries": list(view.countries),
        "location": None
        if place is None
        else {
            "name": place.name,
            "country": place.country,
            "lat": place.lat,
            "lon": place.lon,
            "feature": place.feature,
        },
        "confidence": round(view.confidence, 3),
        "reports": view.reports,
        "evidence": [_view_evidence(ev) for ev in view.evidence],
    }


def kb_fact_record(view: Any) -> dict[str, Any]:
    def iv(start: Any, end: Any) -> dict[str, str] | None:
        return None if start is None else {"start": start.isoformat(), "end": (end or start).isoformat()}

    by_field = {ev.field: ev for ev in view.evidence}
    return {
        "kind": fact_kind(view.metric),
        "id": view.id,
        "doc_id": view.doc_id,
        "metric": view.metric,
        "value": view.value,
        "unit": view.unit,
        "change_pct": view.change_pct,
        "period": iv(view.period_start, view.period_end),
        "flow": view.flow,
        "reporter": view.reporter,
        "partner": view.partner,
        "value_evidence": _view_evidence(by_field["value"]) if "value" in by_field else None,
        "period_evidence": _view_evidence(by_field["period"]) if "period" in by_field else None,
        "evidence": [_view_evidence(ev) for ev in view.evidence if ev.field == "sentence"],
    }


def csv_row(view: Any) -> dict[str, Any]:
    """A flat row for spreadsheets: lists joined with "; "."""
    place = view.place
    return {
        "id": view.id,
        "key": view.key,
        "type": view.type,
        "mode": view.mode or "",
        "status": view.status,
        "date_start": view.date_start.isoformat() if view.date_start else "",
        "date_end": view.date_end.isoformat() if view.date_end else "",
        "countries": "; ".join(view.countries),
        "actors": "; ".join(a.name for a in view.actors),
        "place": place.name if place else "",
        "lat": "" if place is None or place.lat is None else place.lat,
        "lon": "" if place is None or place.lon is None else place.lon,
        "confidence": round(view.confidence, 3),
        "reports": view.reports,
        "documents": "; ".join(dict.fromkeys(ev.doc_id for ev in view.evidence)),
        "evidence": view.evidence[0].text if view.evidence else "",
    }


def write_csv(views: Iterable[Any], out: IO[str]) -> int:
    import csv

    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for view in views:
        writer.writerow(csv_row(view))
        n += 1
    return n


def geojson(views: Iterable[Any]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the events that have coordinates (RFC 7946: lon, lat)."""
    features = []
    for view in views:
        place = view.place
        if place is None or place.lat is None or place.lon is None:
            continue
        props = kb_event_record(view)
        props.pop("location")
        props["place"] = place.name
        props["place_country"] = place.country
        features.append(
            {
                "type": "Feature",
                "id": view.id,
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write_geojson(views: Iterable[Any], out: IO[str]) -> int:
    collection = geojson(views)
    out.write(json.dumps(collection, ensure_ascii=False) + "\n")
    return len(collection["features"])


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and a space."""
    out, chunk = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(chunk) + len(b) > (75 if not out else 74):
            out.append(chunk.decode("utf-8"))
            chunk = b""
        chunk += b
    out.append(chunk.decode("utf-8"))
    return "\r\n ".join(out)


_ICS_STATUS = {"cancelled": "CANCELLED", "planned": "TENTATIVE", "proposed": "TENTATIVE"}


def icalendar(views: Iterable[Any], *, stamp: Any = None) -> str:
    """An iCalendar (RFC 5545) calendar with one all-day VEVENT per dated event."""
    import datetime as dt

    stamp = stamp or dt.datetime.now(dt.UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bilat//knowledge base//EN", "CALSCALE:GREGORIAN"]
    for view in views:
        if view.date_start is None:
            continue
        end = (view.date_end or view.date_start) + dt.timedelta(days=1)  # DTEND is exclusive
        who = ", ".join(a.name for a in view.actors if a.kind != "country") or "-".join(view.countries)
        summary = f"{view.type.title()}{f' ({view.mode})' if view.mode else ''}: {who}"
        description = "\n".join(f"{ev.doc_id}: {ev.text}" for ev in view.evidence)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{view.key}@bilat",
            f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTART;VALUE=DATE:{view.date_start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(summary)}",
            f"STATUS:{_ICS_STATUS.get(view.status, 'CONFIRMED')}",
            f"CATEGORIES:{_ics_text(view.type)}",
        ]
        if view.place is not None:
            lines.append(f"LOCATION:{_ics_text(view.place.name)}")
            if view.place.lat is not None and view.place.lon is not None:
                lines.append(f"GEO:{view.place.lat:.6f};{view.place.lon:.6f}")
        if description:
            lines.append(f"DESCRIPTION:{_ics_text(description)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_ics_fold(line) + "\r\n" for line in lines)
