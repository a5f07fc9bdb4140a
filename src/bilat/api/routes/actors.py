"""Actors: people, organisations and countries, with their roles over time and counterparts."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Country, Limit, Offset, page
from bilat.api.schemas import ActorProfile, ActorSummary, Page

router = APIRouter(prefix="/actors", tags=["actors"], responses=ERROR_RESPONSES)


@router.get("", response_model=Page[ActorSummary], summary="Actors, those in most events first")
def list_actors(
    session: SessionDep,
    country: Country = None,
    kind: Annotated[Literal["person", "organisation", "country"] | None, Query()] = None,
    name: Annotated[str | None, Query(max_length=200, description="Part of a name or alias.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[ActorSummary]:
    rows = query.actors(session, country=country, kind=kind, name=name, limit=limit + 1, offset=offset)
    return page(rows, limit, offset)


@router.get(
    "/{ref}",
    response_model=ActorProfile,
    summary="One actor by id, key, name or alias: roles over time, events, counterparts",
)
def get_actor(session: SessionDep, ref: Annotated[str, Path(min_length=1, max_length=255)]) -> ActorProfile:
    return query.actor(session, ref)
