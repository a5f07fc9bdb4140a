"""Places where events happened, with their coordinates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Country, Limit, Offset, page
from bilat.api.schemas import Page, PlaceProfile, PlaceSummary

router = APIRouter(prefix="/places", tags=["places"], responses=ERROR_RESPONSES)


@router.get("", response_model=Page[PlaceSummary], summary="Places, most events first")
def list_places(
    session: SessionDep,
    country: Country = None,
    name: Annotated[str | None, Query(max_length=200, description="Part of the place name.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[PlaceSummary]:
    rows = query.places(session, country=country, name=name, limit=limit + 1, offset=offset)
    return page(rows, limit, offset)


@router.get("/{ref}", response_model=PlaceProfile, summary="One place by id or name, with its events")
def get_place(session: SessionDep, ref: Annotated[str, Path(min_length=1, max_length=255)]) -> PlaceProfile:
    return query.place(session, ref)
