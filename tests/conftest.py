"""The one conftest: the spaCy pipeline (loaded once per session), databases, CLI runner."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The bare English pipeline with bilat's Doc extensions registered (no bilat stages)."""
    from bilat import parse

    return parse.load(with_stages=False)


@pytest.fixture(scope="session")
def bilat_nlp() -> Any:
    """The English pipeline with all bilat stages appended, as ``bilat extract`` runs it."""
    from bilat import parse

    return parse.load()


@pytest.fixture(scope="session")
def parse_text(nlp: Any) -> Callable[..., Any]:
    """Parse ``text`` (no bilat stages) with a document id and publication date."""
    from bilat import parse

    def _parse(text: str, published: dt.date | None = None, doc_id: str = "t1") -> Any:
        return nlp(parse.make_doc(nlp, text, doc_id, published))

    return _parse


def _postgres_url() -> str | None:
    return os.environ.get("BILAT_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, and a PostgreSQL database when the server is available."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kb.db'}"
        return
    base = _postgres_url()
    if not base:
        if os.environ.get("CI"):
            pytest.fail("BILAT_TEST_POSTGRES_URL is not set in CI; .ci/run must start PostgreSQL")
        pytest.skip("PostgreSQL not available (set BILAT_TEST_POSTGRES_URL)")
    import sqlalchemy as sa

    name = f"bilat_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
