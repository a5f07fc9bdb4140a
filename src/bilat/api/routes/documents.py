"""Documents: the articles in the knowledge base with what was read from them."""

from __future__ import annotations

from fastapi import APIRouter

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Limit, Offset, page
from bilat.api.schemas import DocumentSummary, DocumentView, Page

router = APIRouter(prefix="/documents", tags=["documents"], responses=ERROR_RESPONSES)


@router.get("", response_model=Page[DocumentSummary], summary="Documents, newest first")
def list_documents(session: SessionDep, limit: Limit = 50, offset: Offset = 0) -> Page[DocumentSummary]:
    return page(query.documents(session, limit=limit + 1, offset=offset), limit, offset)


@router.get(
    "/{doc_id:path}",
    response_model=DocumentView,
    summary="One document: its text, the events and facts read from it",
)
def get_document(session: SessionDep, doc_id: str) -> DocumentView:
    return query.document(session, doc_id)
