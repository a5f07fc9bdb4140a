"""Events: the timeline with its filters, and one event with every report of it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Countries, Limit, Offset, Since, Sort, Statuses, Types, Until, page
from bilat.api.schemas import EventView, Page

router = APIRouter(prefix="/events", tags=["events"], responses=ERROR_RESPONSES)


@router.get("", response_model=Page[EventView], summary="Events in date order (or another), filtered")
def list_events(
    session: SessionDep,
    country: Countries = [],  # noqa: B006 - FastAPI copies defaults
    actor: Annotated[
        str | None, Query(min_length=1, max_length=255, description="Actor id, name or alias taking part.")
    ] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=255, description="Place id or name.")] = None,
    type_: Types = [],  # noqa: B006
    status: Statuses = [],  # noqa: B006
    since: Since = None,
    until: Until = None,
    sort: Sort = "date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EventView]:
    rows = query.timeline(
        session,
        countries=country,
        actor=actor,
        place=place,
        since=since,
        until=until,
        types=type_,
        statuses=status,
        sort=sort,
        limit=limit + 1,
        offset=offset,
    )
    return page(rows, limit, offset)


@router.get(
    "/{event_id}",
    response_model=EventView,
    summary="One event with every report of it (mentions) and all their evidence spans",
)
def get_event(session: SessionDep, event_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> EventView:
    return query.event(session, event_id)
