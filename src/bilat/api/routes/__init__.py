"""API routers, one module per resource; ``ROUTERS`` is what ``create_app`` mounts under ``/api``."""

from __future__ import annotations

from fastapi import APIRouter

from bilat.api.routes import (
    actors,
    commitments,
    documents,
    events,
    export,
    facts,
    ingest,
    meta,
    places,
    relations,
    search,
)

ROUTERS: tuple[APIRouter, ...] = (
    meta.router,
    events.router,
    documents.router,
    ingest.router,
    actors.router,
    places.router,
    search.router,
    commitments.router,
    relations.router,
    facts.router,
    export.router,
)
