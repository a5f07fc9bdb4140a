"""Property tests of the OpenAPI schema (schemathesis): every GET answers as its schema says.

Bounded: a few examples per operation, GET only, one small knowledge base.
"""

from __future__ import annotations

from typing import Any

import kbdata
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from bilat.api import create_app


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    kbdata.build(url)
    app = create_app(url)
    return schemathesis.openapi.from_asgi("/openapi.json", app).include(method="GET")


def test_openapi_every_get_operation_conforms_to_its_schema(api_schema: Any) -> None:
    # Hypothesis drives each operation directly: schemathesis' pytest plugin does not run on pytest 9.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=8,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case: Any) -> None:
            # Schema-valid but meaningless requests (the pair USA/USA) are rightly a 422 E802.
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        conforms()


def test_openapi_schema_is_complete(api_schema: Any) -> None:
    spec = api_schema.raw_schema
    paths = spec["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/actors",
        "/api/actors/{ref}",
        "/api/places",
        "/api/places/{ref}",
        "/api/search",
        "/api/commitments",
        "/api/relations/{a}/{b}",
        "/api/facts",
        "/api/export.csv",
        "/api/export.geojson",
        "/api/export.ics",
        "/api/health",
    ):
        assert path in paths, path
    assert "post" in paths["/api/documents"]
    assert all(p.startswith("/api/") for p in paths), "pages are not part of the API schema"
    for path, ops in paths.items():
        for method, op in ops.items():
            assert op.get("summary"), f"{method.upper()} {path} has no summary"
            assert "404" in op["responses"] and "422" in op["responses"], f"{method.upper()} {path}"
    assert "ErrorResponse" in spec["components"]["schemas"]
