"""Request dependencies: a read session on the app's store, the ingest token check."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from bilat.api.errors import Unauthorized
from bilat.errors import Errors, Forbidden
from bilat.store import Store


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_session(request: Request) -> Iterator[Session]:
    with get_store(request).session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
StoreDep = Annotated[Store, Depends(get_store)]


def require_token(request: Request) -> None:
    """Writes are off unless the server has a token, and then need ``Authorization: Bearer <token>``."""
    token: str | None = request.app.state.token
    if not token:
        raise Forbidden(Errors.E803)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise Unauthorized(Errors.E804)
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Forbidden(Errors.E804)


TokenDep = Depends(require_token)
