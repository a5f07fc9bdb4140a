"""Exports of knowledge-base events: contract JSONL with merged evidence, CSV, GeoJSON, iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from bilat import export
from bilat.query.views import ActorRef, EventView, EvidenceView, PlaceView

TEXT_A = "Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Friday; talks went on, late."
TEXT_B = "Wang Yi held talks with Sergey Lavrov in Beijing on June 14."


def view(**kw: object) -> EventView:
    base: dict[str, object] = {
        "id": 7,
        "key": "abc123",
        "type": "CONSULT",
        "mode": "meeting",
        "status": "planned",
        "date_start": dt.date(2019, 6, 14),
        "date_end": dt.date(2019, 6, 15),
        "countries": ["CHN", "RUS"],
        "place": PlaceView(id=1, name="Beijing", country="CHN", lat=39.9075, lon=116.39723, feature="city"),
        "actors": [
            ActorRef(id=1, name="Sergei Lavrov", kind="person", country="RUS", role="foreign_minister"),
            ActorRef(id=2, name="Wang Yi", kind="person", country="CHN"),
        ],
        "confidence": 0.8123,
        "evidence": [
            EvidenceView(doc_id="a", start=0, end=len(TEXT_A), text=TEXT_A),
            EvidenceView(doc_id="b", start=0, end=len(TEXT_B), text=TEXT_B),
        ],
        "reports": 2,
    }
    base.update(kw)
    return EventView(**base)  # type: ignore[arg-type]


def test_export_kb_event_record_is_a_contract_event_with_every_report_as_evidence() -> None:
    record = export.kb_event_record(view())
    assert record["kind"] == "event" and record["doc_id"] == "a"
    assert record["date"] == {"start": "2019-06-14", "end": "2019-06-15"}
    assert [e["doc_id"] for e in record["evidence"]] == ["a", "b"]
    assert record["location"]["lat"] == 39.9075 and record["confidence"] == 0.812
    json.dumps(record)


def test_export_csv_has_one_flat_row_per_event() -> None:
    out = io.StringIO()
    assert export.write_csv([view(), view(id=8, place=None, date_start=None, date_end=None)], out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["actors"] == "Sergei Lavrov; Wang Yi" and rows[0]["documents"] == "a; b"
    assert rows[1]["lat"] == "" and rows[1]["date_start"] == ""


def test_export_geojson_points_are_lon_lat_and_unlocated_events_are_left_out() -> None:
    collection = export.geojson([view(), view(id=8, place=None)])
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 1
    feature = collection["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [116.39723, 39.9075]}
    assert feature["properties"]["place"] == "Beijing"


def test_export_icalendar_follows_rfc5545() -> None:
    stamp = dt.datetime(2019, 6, 1, 12, 0, tzinfo=dt.UTC)
    text = export.icalendar([view(), view(id=8, key="undated", date_start=None, date_end=None)], stamp=stamp)
    lines = text.split("\r\n")
    assert text.endswith("\r\n") and lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert text.count("BEGIN:VEVENT") == 1  # an undated event has no place in a calendar
    assert "DTSTART;VALUE=DATE:20190614" in lines and "DTEND;VALUE=DATE:20190616" in lines  # DTEND exclusive
    assert "UID:abc123@bilat" in lines and "DTSTAMP:20190601T120000Z" in lines and "STATUS:TENTATIVE" in lines
    assert "SUMMARY:Consult (meeting): Sergei Lavrov\\, Wang Yi" in lines
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "talks went on\\, late." in unfolded and "\\nb: Wang Yi" in unfolded


def test_export_icalendar_folds_multibyte_text_on_character_boundaries() -> None:
    long = "Лавров и Ван И провели переговоры в Пекине, обсудив Корейский полуостров и торговлю. " * 3
    ev = EvidenceView(doc_id="ru", start=0, end=len(long), text=long)
    text = export.icalendar([view(evidence=[ev])], stamp=dt.datetime(2019, 6, 1, tzinfo=dt.UTC))
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert long.strip().replace(",", "\\,") in text.replace("\r\n ", "")
