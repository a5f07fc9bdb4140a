"""Events: the timeline with its filters, and one event with all its evidence."""

from __future__ import annotations

from fastapi import APIRouter, Path

from bilat import query
from bilat.api import _lookups
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Countries, Limit, Offset, Since, Statuses, Types, Until, page
from bilat.api.schemas import EventDetail, EventView, Page

router = APIRouter(prefix="/events", tags=["events"], responses=ERROR_RESPONSES)


@router.get("", response_model=Page[EventView], summary="Events in date order, filtered")
def list_events(
    session: SessionDep,
    country: Countries = [],  # noqa: B006 - FastAPI copies defaults
    type_: Types = [],  # noqa: B006
    status: Statuses = [],  # noqa: B006
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EventView]:
    rows = query.timeline(
        session,
        countries=country,
        since=since,
        until=until,
        types=type_,
        statuses=status,
        limit=limit + 1,
        offset=offset,
    )
    return page(rows, limit, offset)


@router.get("/{event_id}", response_model=EventDetail, summary="One event with all its evidence")
def get_event(session: SessionDep, event_id: int = Path(ge=1, le=2**31 - 1)) -> EventDetail:
    event = _lookups.get_event(session, event_id)
    spans = _lookups.event_spans(session, event_id)
    doc_ids = sorted({s.doc_id for s in spans})
    documents = _lookups.list_documents(session, ids=doc_ids)
    return EventDetail(event=event, spans=spans, documents=documents)
