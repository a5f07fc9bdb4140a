"""Ingest over the API: off unless the server was started with a token, then only with that token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from bilat.api.deps import StoreDep, TokenDep
from bilat.api.errors import ERROR_RESPONSES, ErrorResponse
from bilat.api.schemas import ArticleIn, IngestResult
from bilat.records import Extraction
from bilat.store import Store

router = APIRouter(prefix="/documents", tags=["ingest"], responses=ERROR_RESPONSES)


def _extract_and_save(store: Store, article: ArticleIn, nlp: Any) -> IngestResult:
    from bilat import ingest, pipeline
    from bilat.errors import InputError
    from bilat.settings import get_settings

    document = ingest.document_from_record(
        article.model_dump(mode="json"), "request body", article.id, get_settings()
    )
    (result,) = pipeline.extract([document], nlp=nlp)
    if isinstance(result, InputError):
        raise result
    assert isinstance(result, Extraction)
    saved = store.save(result)
    return IngestResult(doc_id=saved.doc_id, outcome=saved.outcome, events=saved.events, facts=saved.facts)


@router.post(
    "",
    response_model=IngestResult,
    status_code=201,
    dependencies=[TokenDep],
    summary="Ingest one article (needs the server's bearer token)",
    responses={
        200: {"model": IngestResult, "description": "The document was already stored."},
        401: {"model": ErrorResponse, "description": "No bearer token was given."},
        403: {"model": ErrorResponse, "description": "Ingest is disabled, or the token is wrong."},
    },
)
async def ingest_document(
    article: ArticleIn, store: StoreDep, request: Request, response: Response
) -> IngestResult:
    # The spaCy pipeline is CPU-bound: keep it off the event loop. ``app.state.nlp`` lets an
    # embedding program (or a test) hand over a pipeline it has already loaded.
    nlp = getattr(request.app.state, "nlp", None)
    result = await run_in_threadpool(_extract_and_save, store, article, nlp)
    if result.outcome != "new":
        response.status_code = 200
    return result
