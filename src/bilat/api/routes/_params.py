"""Query parameters shared by several routes, declared once so that the schema says the same everywhere."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, TypeVar

from fastapi import Query

from bilat.api.schemas import Page
from bilat.records import EventType
from bilat.records import Status as StatusName

T = TypeVar("T")


Countries = Annotated[
    list[Annotated[str, Query(pattern=r"^[A-Za-z]{3}$")]],
    Query(
        alias="country",
        description="ISO 3166-1 alpha-3 code; repeat for a pair (every one must be a party).",
        max_length=4,
    ),
]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 code.")]
Types = Annotated[list[EventType], Query(alias="type", description="PLOVER event type; repeatable.")]
Statuses = Annotated[list[StatusName], Query(alias="status", description="Event status; repeatable.")]
Since = Annotated[dt.date | None, Query(description="Events ending on or after this day.")]
Until = Annotated[dt.date | None, Query(description="Events starting on or before this day.")]
SortName = Literal["date", "-date", "type", "-type", "confidence", "-confidence", "reports", "-reports"]
Sort = Annotated[
    SortName,
    Query(
        description="Order: date (default), type, confidence or reports (documents reporting the event); "
        "a leading - sorts descending. Undated events come last; ties go by date, type, key."
    ),
]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]


def page(rows: list[T], limit: int, offset: int) -> Page[T]:
    """A page from ``limit + 1`` fetched rows: the extra row only tells that there is a next page."""
    more = len(rows) > limit
    return Page[T](
        items=rows[:limit], limit=limit, offset=offset, next_offset=offset + limit if more else None
    )
