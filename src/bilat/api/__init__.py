"""The HTTP face of bilat: a JSON API under ``/api`` and the web UI at ``/``, one process.

>>> app = create_app("sqlite:///kb.db", token=None)   # ingest over the API off

Both call the same query functions as the CLI; nothing here computes what ``bilat.query``
should.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI, Request, Response

from bilat.api import errors
from bilat.api.routes import ROUTERS
from bilat.store import Store

#: Pages and API answers are never framed, never sniffed, and load scripts and styles only from here.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def _version() -> str:
    try:
        return version("bilat")
    except PackageNotFoundError:
        return "0"


def create_app(db_url: str, *, token: str | None = None) -> FastAPI:
    """The app over the knowledge base at ``db_url``; POST ingest only with ``token`` set."""
    from bilat import web

    store = Store(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="bilat",
        version=_version(),
        description=(
            "Events and facts about relations between countries, read from news articles; "
            "every field with its evidence (document id and character offsets). "
            'Errors are JSON: `{"error": {"code", "message", "status"}}`.'
        ),
        lifespan=lifespan,
        openapi_url="/openapi.json",
        docs_url=None,  # the bundled Swagger page loads its assets from a CDN; /openapi.json is enough
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token or None
    for router in ROUTERS:
        app.include_router(router, prefix="/api")
    web.mount(app)
    errors.install(app, web.render_error)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


__all__ = ["create_app"]
