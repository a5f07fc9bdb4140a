"""Actors, places, search, commitments, relations, facts and exports over the API."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import kbdata
import pytest

from bilat.api import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    kbdata.build(url)
    with kbdata.test_client(create_app(url)) as c:
        yield c


def _ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def test_api_actors_filter_by_country_and_profile_has_roles_events_counterparts(client: Any) -> None:
    people = _ok(client.get("/api/actors", params={"country": "PAK", "kind": "person"}))["items"]
    assert [a["name"] for a in people] == ["Nawaz Sharif"]
    profile = _ok(client.get(f"/api/actors/{people[0]['id']}"))
    assert profile["actor"]["name"] == "Nawaz Sharif"
    assert [r["role"] for r in profile["roles"]] == ["head_of_government"]
    assert [e["place"]["name"] for e in profile["events"]] == ["Lahore"]
    assert [c["actor"]["name"] for c in profile["counterparts"]] == ["Atal Bihari Vajpayee"]
    by_name = _ok(client.get("/api/actors/Nawaz Sharif"))
    assert by_name["actor"]["id"] == people[0]["id"]
    assert client.get("/api/actors/Nobody At All").status_code == 404


def test_api_places_have_coordinates_and_their_events(client: Any) -> None:
    places = _ok(client.get("/api/places", params={"country": "USA"}))["items"]
    assert [(p["place"]["name"], p["events"]) for p in places] == [("Washington", 1)]
    assert places[0]["place"]["lat"] == pytest.approx(38.895)
    lahore = _ok(client.get("/api/places/Lahore"))
    assert lahore["place"]["lon"] == pytest.approx(74.343)
    assert [e["type"] for e in lahore["events"]] == ["CONSULT"]


def test_api_search_finds_passages_with_offsets_and_marked_snippets(client: Any) -> None:
    hits = _ok(client.get("/api/search", params={"q": "Bushehr"}))["items"]
    assert [h["doc_id"] for h in hits] == ["irnrus-2017-11-02"]
    ev = hits[0]["evidence"]
    text = kbdata.ARTICLES[4].text
    assert text[ev["start"] : ev["end"]] == ev["text"] and "Bushehr" in ev["text"]
    assert "«Bushehr»" in hits[0]["snippet"]
    assert _ok(client.get("/api/search", params={"q": "zeppelin"}))["items"] == []
    assert client.get("/api/search").status_code == 422


def test_api_commitments_are_overdue_or_pending_as_of_a_day(client: Any) -> None:
    early = _ok(client.get("/api/commitments", params={"country": "CHN", "as_of": "2019-05-20"}))["items"]
    assert [(c["state"], c["event"]["place"]["name"]) for c in early] == [("pending", "Beijing")]
    late = _ok(client.get("/api/commitments", params={"country": "CHN", "as_of": "2019-08-01"}))["items"]
    assert [c["state"] for c in late] == ["overdue"]
    assert late[0]["announcement"][0]["text"].startswith("The two sides agreed to meet again")
    only = _ok(client.get("/api/commitments", params={"state": "kept", "as_of": "2019-08-01"}))["items"]
    assert all(c["state"] == "kept" for c in only)


def test_api_relations_of_a_pair_count_months_and_trade(client: Any) -> None:
    rel = _ok(client.get("/api/relations/USA/CHN", params={"as_of": "2019-07-01"}))
    assert rel["countries"] == ["USA", "CHN"]
    assert rel["by_type"] == {"CONSULT": 3, "AGREE": 1}
    assert sum(m["count"] for m in rel["by_month"]) == 4
    assert [f["value"] for f in rel["trade"]] == [636e9, 737e9]
    assert [e["place"]["name"] for e in rel["latest_meetings"]] == ["Osaka", "Washington"]
    assert client.get("/api/relations/USA/USA").status_code == 422


def test_api_facts_filter_by_country_and_metric(client: Any) -> None:
    facts = _ok(client.get("/api/facts", params={"country": ["IND", "PAK"], "metric": "trade_value"}))[
        "items"
    ]
    assert [(f["value"], f["period_start"]) for f in facts] == [(3e8, "1998-01-01")]


def test_api_exports_follow_the_timeline_filters(client: Any) -> None:
    response = client.get("/api/export.csv", params={"country": ["USA", "CHN"]})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 4 and all(r["countries"] == "CHN; USA" for r in rows)
    geo = client.get("/api/export.geojson", params={"country": "IND"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    (feature,) = geo.json()["features"]
    assert feature["geometry"]["coordinates"] == [74.343, 31.549]
    ics = client.get("/api/export.ics", params={"country": "GRC"})
    assert ics.headers["content-type"].startswith("text/calendar")
    assert "DTSTART;VALUE=DATE:19960130" in ics.text and ics.text.count("BEGIN:VEVENT") == 1
