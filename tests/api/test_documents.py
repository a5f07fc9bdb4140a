"""Documents over the API: listing, one document with its text and extractions, health."""

from __future__ import annotations

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


def test_api_documents_list_newest_first_with_event_counts(client: Any) -> None:
    page = client.get("/api/documents").json()
    published = [d["published"] for d in page["items"]]
    assert published == sorted(published, reverse=True)
    counts = {d["id"]: d["events"] for d in page["items"]}
    assert counts["irnrus-2017-11-02"] == 3 and counts["grctur-1996-01-31"] == 1
    assert page["next_offset"] is None


def test_api_document_has_its_text_events_and_facts_with_evidence(client: Any) -> None:
    doc = client.get("/api/documents/irnrus-2017-11-02").json()
    assert doc["text"].startswith("TEHRAN - Iranian President Hassan Rouhani")
    assert [e["type"] for e in doc["events"]] == ["AGREE", "COOPERATE", "CONSULT"]
    (fact,) = doc["facts"]
    assert fact["value"] == 2.2e9 and fact["reporter"] == "IRN" and fact["partner"] == "RUS"
    value = next(e for e in fact["evidence"] if e["field"] == "value")
    assert doc["text"][value["start"] : value["end"]] == "$2.2 billion"


def test_api_document_returns_article_markup_verbatim_as_json_text(client: Any) -> None:
    doc = client.get("/api/documents/inject-1")
    assert doc.headers["content-type"].startswith("application/json")
    assert kbdata.INJECTION in doc.json()["text"]


def test_api_unknown_document_is_404(client: Any) -> None:
    response = client.get("/api/documents/no-such-doc")
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "E801", "message": "No document matches 'no-such-doc'.", "status": 404}
    }


def test_api_health_counts_the_knowledge_base(client: Any) -> None:
    health = client.get("/api/health").json()
    assert health == {
        "status": "ok",
        "documents": len(kbdata.ARTICLES),
        "events": health["events"],
        "ingest_enabled": False,
    }
    assert health["events"] >= 10


def test_api_responses_carry_security_headers(client: Any) -> None:
    response = client.get("/api/health")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
