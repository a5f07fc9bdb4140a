"""POST /api/documents: off without a token, 401/403 without the right one, extract and store with it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import kbdata
import pytest

from bilat.api import create_app

ARTICLE = {
    "id": "api-ingest-1",
    "published": "2019-01-31",
    "title": "Liu He and Lighthizer hold talks",
    "source": "Wire",
    "text": (
        "Chinese Vice Premier Liu He held talks with U.S. Trade Representative Robert Lighthizer in "
        "Washington on Thursday, and the two sides agreed to meet again in Beijing next month, "
        "officials said."
    ),
}


@pytest.fixture
def client_with_token(tmp_path: Any) -> Iterator[Any]:
    app = create_app(f"sqlite:///{tmp_path / 'kb.db'}", token="s3cret-token")
    with kbdata.test_client(app) as c:
        yield c


@pytest.fixture
def client_without_token(tmp_path: Any) -> Iterator[Any]:
    with kbdata.test_client(create_app(f"sqlite:///{tmp_path / 'kb.db'}")) as c:
        yield c


def test_api_ingest_is_disabled_without_a_server_token(client_without_token: Any) -> None:
    response = client_without_token.post(
        "/api/documents", json=ARTICLE, headers={"Authorization": "Bearer anything"}
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "E803"
    assert client_without_token.get("/api/health").json()["ingest_enabled"] is False


def test_api_ingest_needs_the_bearer_token(client_with_token: Any) -> None:
    missing = client_with_token.post("/api/documents", json=ARTICLE)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert missing.json()["error"]["code"] == "E804"
    wrong = client_with_token.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert wrong.json()["error"]["code"] == "E804"
    basic = client_with_token.post(
        "/api/documents", json=ARTICLE, headers={"Authorization": "Basic czNjcmV0"}
    )
    assert basic.status_code == 401
    assert client_with_token.get("/api/health").json()["documents"] == 0


@pytest.mark.slow
def test_api_ingest_extracts_stores_and_is_idempotent(client_with_token: Any, bilat_nlp: Any) -> None:
    client_with_token.app.state.nlp = bilat_nlp  # the session's pipeline, not a second load
    auth = {"Authorization": "Bearer s3cret-token"}
    first = client_with_token.post("/api/documents", json=ARTICLE, headers=auth)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["doc_id"] == "api-ingest-1" and body["outcome"] == "new" and body["events"] >= 1
    again = client_with_token.post("/api/documents", json=ARTICLE, headers=auth)
    assert again.status_code == 200 and again.json()["outcome"] == "unchanged"
    stored = client_with_token.get("/api/documents/api-ingest-1").json()
    assert stored["text"] == ARTICLE["text"] and stored["published"] == "2019-01-31"
    assert len(stored["events"]) >= 1
    for event in stored["events"]:
        for ev in event["evidence"]:
            assert stored["text"][ev["start"] : ev["end"]] == ev["text"]


def test_api_ingest_rejects_a_document_bilat_cannot_read_with_its_code(client_with_token: Any) -> None:
    auth = {"Authorization": "Bearer s3cret-token"}
    german = dict(
        ARTICLE,
        id="de-1",
        text="Der chinesische Vizepremier traf sich am Donnerstag in Washington mit dem Handelsbeauftragten "
        "der Vereinigten Staaten, und beide Seiten vereinbarten ein weiteres Treffen im nächsten Monat.",
    )
    response = client_with_token.post("/api/documents", json=german, headers=auth)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E107"
    bad_date = dict(ARTICLE, id="d-2", published="31/01/2019")
    response = client_with_token.post("/api/documents", json=bad_date, headers=auth)
    assert response.status_code == 422 and response.json()["error"]["code"] == "E802"
