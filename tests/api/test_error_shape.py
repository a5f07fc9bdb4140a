"""Every failure leaves the server as {"error": {"code", "message", "status"}}; pages get it as HTML."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import kbdata
import pytest
import sqlalchemy as sa

from bilat.api import create_app


@pytest.fixture
def app(tmp_path: Any) -> Any:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    kbdata.build(url)
    app = create_app(url)

    @app.get("/api/test-boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    return app


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    with kbdata.test_client(app) as c:
        yield c


def _error(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "status"}
    assert body["error"]["code"] == code and body["error"]["status"] == status
    message = body["error"]["message"]
    assert message and not message.startswith("["), "the code is a field, not a message prefix"
    return str(message)


def test_error_shape_unknown_path_and_item_are_404_e801(client: Any) -> None:
    assert "/api/no/such/path" in _error(client.get("/api/no/such/path"), 404, "E801")
    assert "event" in _error(client.get("/api/events/424242"), 404, "E801")
    assert "document" in _error(client.get("/api/documents/nope"), 404, "E801")


def test_error_shape_bad_parameter_is_422_e802_naming_it(client: Any) -> None:
    message = _error(client.get("/api/events", params={"since": "last tuesday"}), 422, "E802")
    assert "since" in message and "last tuesday" in message
    assert "limit" in _error(client.get("/api/events", params={"limit": 0}), 422, "E802")
    assert "type" in _error(client.get("/api/events", params={"type": "HUG"}), 422, "E802")
    assert "event_id" in _error(client.get("/api/events/abc"), 422, "E802")


def test_error_shape_wrong_method_is_405(client: Any) -> None:
    _error(client.delete("/api/events"), 405, "E805")


def test_error_shape_ingest_disabled_is_403_e803(client: Any) -> None:
    _error(client.post("/api/documents", json={"id": "x", "text": "Some text."}), 403, "E803")


def test_error_shape_database_failure_is_503_e701(client: Any, app: Any) -> None:
    with app.state.store.engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE event_actors"))
    message = _error(client.get("/api/events"), 503, "E701")
    assert "event_actors" in message


def test_error_shape_unexpected_error_is_500_without_internals(app: Any) -> None:
    with kbdata.test_client(app, raise_server_exceptions=False) as c:
        message = _error(c.get("/api/test-boom"), 500, "E000")
    assert "secret" not in message


def test_error_shape_pages_render_the_same_error_as_html(client: Any) -> None:
    response = client.get("/events/424242", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "E801" in response.text and "No event matches &#39;424242&#39;." in response.text
    bad = client.get("/?since=yesterday", headers={"Accept": "text/html"})
    assert bad.status_code == 422 and "E802" in bad.text and "since" in bad.text
