"""The events API over a hand-built knowledge base: filters, pagination, one event with its evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
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


def _events(client: Any, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_api_events_lists_every_event_in_date_order(client: Any) -> None:
    items = _events(client, limit=500)
    dates = [e["date_start"] for e in items if e["date_start"]]
    assert len(items) >= 10
    assert dates == sorted(dates)
    assert items[0]["type"] == "ACCUSE" and items[0]["countries"] == ["GRC", "TUR"]


def test_api_events_filters_by_country_pair_type_status_and_dates(client: Any) -> None:
    pair = _events(client, country=["USA", "CHN"])
    assert pair and all({"USA", "CHN"} <= set(e["countries"]) for e in pair)
    assert not any("IRN" in e["countries"] for e in pair)
    planned = _events(client, country=["IRN"], status="planned")
    assert {e["type"] for e in planned} == {"COOPERATE", "CONSULT"}
    assert all(e["status"] == "planned" for e in planned)
    agree = _events(client, type="AGREE")
    assert {tuple(e["countries"]) for e in agree} == {("CHN", "USA"), ("IRN", "RUS")}
    window = _events(client, since="2019-05-01", until="2019-05-31")
    assert window and all(e["date_start"].startswith("2019-05") for e in window)


def test_api_events_country_filter_is_case_insensitive(client: Any) -> None:
    assert _events(client, country="usa") == _events(client, country="USA")


def test_api_events_paginate_with_next_offset_until_the_last_page(client: Any) -> None:
    everything = _events(client, limit=500)
    seen: list[int] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get("/api/events", params={"limit": 4, "offset": offset}).json()
        assert page["limit"] == 4 and page["offset"] == offset
        seen += [e["id"] for e in page["items"]]
        offset = page["next_offset"]
    assert seen == [e["id"] for e in everything]


def test_api_event_detail_has_every_report_with_all_its_evidence_spans(client: Any) -> None:
    (event,) = _events(client, country=["IND", "PAK"])
    detail = client.get(f"/api/events/{event['id']}").json()
    assert detail["place"]["name"] == "Lahore"
    assert {a["name"] for a in detail["actors"]} == {"Atal Bihari Vajpayee", "Nawaz Sharif"}
    (mention,) = detail["mentions"]
    assert mention["doc_id"] == "indpak-1999-02-21"
    fields = {s["field"] for s in mention["evidence"]}
    assert {"sentence", "trigger", "date", "location", "actor"} <= fields
    text = kbdata.ARTICLES[3].text
    for span in mention["evidence"]:
        assert text[span["start"] : span["end"]] == span["text"]


def test_api_event_reported_by_two_articles_lists_both_reports(client: Any) -> None:
    talks = [
        e for e in _events(client, country=["USA", "CHN"], type="CONSULT") if e["date_start"] == "2019-05-09"
    ]
    assert len(talks) == 1, "two reports of the Washington talks are one event"
    detail = client.get(f"/api/events/{talks[0]['id']}").json()
    assert detail["reports"] == 2
    assert {m["doc_id"] for m in detail["mentions"]} == {"usc-wire-2019-05-10", "usc-daily-2019-05-11"}


def test_api_event_evidence_offsets_point_into_the_stored_document(client: Any) -> None:
    for event in _events(client, limit=500):
        for ev in event["evidence"]:
            doc = client.get(f"/api/documents/{ev['doc_id']}").json()
            assert doc["text"][ev["start"] : ev["end"]] == ev["text"]


def test_api_unknown_event_is_404_with_code_e801(client: Any) -> None:
    response = client.get("/api/events/987654")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "E801"


def test_api_binds_untrusted_filter_values_as_parameters(client: Any, tmp_path: Path) -> None:
    # A quote in a filter is data, never SQL: the server answers 422 (not a code) or an empty page.
    response = client.get("/api/events", params={"country": "U'S"})
    assert response.status_code == 422
    assert client.get("/api/documents/x' OR '1'='1").status_code == 404
    assert len(_events(client, limit=500)) >= 10


def test_api_events_sort_newest_first_by_type_and_by_reports(client: Any) -> None:
    oldest = _events(client, limit=500)
    newest = _events(client, limit=500, sort="-date")
    dated = [e["date_start"] for e in newest if e["date_start"]]
    assert dated == sorted(dated, reverse=True) and {e["id"] for e in newest} == {e["id"] for e in oldest}
    by_type = [e["type"] for e in _events(client, limit=500, sort="type")]
    assert by_type == sorted(by_type) and by_type[0] == "ACCUSE"
    most = _events(client, limit=500, sort="-reports")
    assert most[0]["reports"] == 2 and most[0]["date_start"] == "2019-05-09"
    # the sort carries over the pages
    first = client.get("/api/events", params={"sort": "-date", "limit": 3}).json()
    second = client.get("/api/events", params={"sort": "-date", "limit": 3, "offset": 3}).json()
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in newest[:6]]


def test_api_events_unknown_sort_is_422_e802(client: Any) -> None:
    response = client.get("/api/events", params={"sort": "random"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "E802" and "sort" in error["message"]


@pytest.mark.parametrize("ref", ["987654", "2147483648", "99999999999999999999", "²"])
def test_api_unknown_place_id_is_404_e801(client: Any, ref: str) -> None:
    response = client.get(f"/api/places/{ref}")
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "E801"
    assert client.get("/api/events", params={"place": ref}).status_code == 404
