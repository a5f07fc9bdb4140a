"""Exports of the (filtered) timeline: CSV for spreadsheets, GeoJSON for maps, iCalendar for calendars."""

from __future__ import annotations

import io
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response

from bilat import export, query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Countries, Since, Statuses, Types, Until

router = APIRouter(prefix="/export", tags=["export"], responses=ERROR_RESPONSES)

MaxRows = Annotated[int, Query(ge=1, le=100_000, description="At most this many events.")]
Actor = Annotated[
    str | None, Query(min_length=1, max_length=255, description="Actor id, name or alias taking part.")
]


def _events(
    session: SessionDep,
    country: Countries = [],  # noqa: B006 - FastAPI copies defaults
    actor: Actor = None,
    type_: Types = [],  # noqa: B006
    status: Statuses = [],  # noqa: B006
    since: Since = None,
    until: Until = None,
    limit: MaxRows = 100_000,
) -> list[query.EventView]:
    """The timeline filters every export takes, declared once as a dependency."""
    return query.timeline(
        session,
        countries=country,
        actor=actor,
        types=type_,
        statuses=status,
        since=since,
        until=until,
        limit=limit,
    )


Events = Annotated[list[query.EventView], Depends(_events)]


def _download(body: str, media_type: str, filename: str) -> Response:
    return Response(
        body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


def _content(media_type: str, description: str, kind: str = "string") -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {media_type: {"schema": {"type": kind}}}, "description": description}}


@router.get(
    ".csv",
    response_class=Response,
    summary="Events as CSV (one row per event, evidence of the first report)",
    responses=_content("text/csv", "CSV with a header row."),
)
def export_csv(
    events: Events,
) -> Response:
    buf = io.StringIO()
    export.write_csv(events, buf)
    return _download(buf.getvalue(), "text/csv; charset=utf-8", "bilat-events.csv")


@router.get(
    ".geojson",
    response_class=Response,
    summary="Events with coordinates as a GeoJSON FeatureCollection",
    responses=_content("application/geo+json", "RFC 7946 FeatureCollection of Points.", "object"),
)
def export_geojson(
    events: Events,
) -> Response:
    collection = export.geojson(events)
    return _download(
        json.dumps(collection, ensure_ascii=False), "application/geo+json", "bilat-events.geojson"
    )


@router.get(
    ".ics",
    response_class=Response,
    summary="Dated events as an iCalendar file (all-day VEVENTs)",
    responses=_content("text/calendar", "RFC 5545 calendar."),
)
def export_ics(
    events: Events,
) -> Response:
    body = export.icalendar(events)
    return _download(body, "text/calendar; charset=utf-8", "bilat-events.ics")
