"""Health: is the knowledge base readable, how big is it, is ingest on."""

from __future__ import annotations

from fastapi import APIRouter, Request

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.schemas import Health

router = APIRouter(tags=["meta"], responses=ERROR_RESPONSES)


@router.get("/health", response_model=Health, summary="Knowledge base status")
def health(session: SessionDep, request: Request) -> Health:
    documents, events = query.kb_counts(session)
    return Health(documents=documents, events=events, ingest_enabled=bool(request.app.state.token))
