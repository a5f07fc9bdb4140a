"""The same API answers on SQLite and on a real PostgreSQL server (search has one implementation each)."""

from __future__ import annotations

from typing import Any

import kbdata

from bilat.api import create_app


def test_api_answers_alike_on_every_database(db_url: str) -> None:
    kbdata.build(db_url)
    with kbdata.test_client(create_app(db_url)) as client:
        events = client.get("/api/events", params={"country": ["IND", "PAK"]}).json()["items"]
        assert [e["place"]["name"] for e in events] == ["Lahore"]
        detail: Any = client.get(f"/api/events/{events[0]['id']}").json()
        assert detail["mentions"][0]["doc_id"] == "indpak-1999-02-21"
        hits = client.get("/api/search", params={"q": "Bushehr"}).json()["items"]
        assert [h["doc_id"] for h in hits] == ["irnrus-2017-11-02"]
        assert "Bushehr" in hits[0]["evidence"]["text"]
        rel = client.get("/api/relations/USA/CHN", params={"as_of": "2019-07-01"}).json()
        assert rel["by_type"] == {"CONSULT": 3, "AGREE": 1}
        page = client.get("/", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "Vajpayee" in page.text
