"""Commitments: announced meetings, visits and deadlines, and whether they were kept."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Countries, Limit, Offset, Types, page
from bilat.api.schemas import CommitmentView, Page

router = APIRouter(prefix="/commitments", tags=["commitments"], responses=ERROR_RESPONSES)

State = Literal["kept", "pending", "overdue", "cancelled"]


@router.get("", response_model=Page[CommitmentView], summary="Announced events and what became of them")
def list_commitments(
    session: SessionDep,
    country: Countries = [],  # noqa: B006 - FastAPI copies defaults
    state: Annotated[list[State], Query(description="kept, pending, overdue, cancelled; repeatable.")] = [],  # noqa: B006
    type_: Types = [],  # noqa: B006
    as_of: Annotated[
        dt.date | None, Query(description="Judge deadlines as of this day (default today).")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[CommitmentView]:
    rows = query.commitments(
        session, countries=country, states=state, types=type_, as_of=as_of, limit=limit + 1, offset=offset
    )
    return page(rows, limit, offset)
