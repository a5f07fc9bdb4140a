"""Relations of a pair of countries at a glance."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.schemas import RelationsView

router = APIRouter(prefix="/relations", tags=["relations"], responses=ERROR_RESPONSES)

Code = Annotated[str, Path(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 code.")]


@router.get(
    "/{a}/{b}",
    response_model=RelationsView,
    summary="A pair: events by type per month, latest meetings, trade figures, open commitments",
)
def get_relations(
    session: SessionDep,
    a: Code,
    b: Code,
    as_of: Annotated[
        dt.date | None, Query(description="Judge deadlines as of this day (default today).")
    ] = None,
    latest: Annotated[int, Query(ge=1, le=100, description="How many recent meetings to list.")] = 10,
) -> RelationsView:
    return query.relations(session, a, b, as_of=as_of, latest=latest)
