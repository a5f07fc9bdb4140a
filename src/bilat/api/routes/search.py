"""Full-text search over the articles: ranked passages with offsets and snippets."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Offset, page
from bilat.api.schemas import Page, SearchHit

router = APIRouter(prefix="/search", tags=["search"], responses=ERROR_RESPONSES)


@router.get("", response_model=Page[SearchHit], summary="Passages matching a web-search style query")
def search(
    session: SessionDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description='Words (all must match), "a phrase", -word to exclude, OR between alternatives.',
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
) -> Page[SearchHit]:
    return page(query.search(session, q, limit=limit + 1, offset=offset), limit, offset)
