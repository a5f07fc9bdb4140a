"""Places where events happened: the list with coordinates, and one place with its events."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bilat.errors import Errors, NotFound
from bilat.query.events import _codes, place_ids, place_view, timeline
from bilat.query.views import PlaceProfile, PlaceSummary
from bilat.store.schema import EventRow, PlaceRow


def places(
    session: Session,
    *,
    country: str | None = None,
    name: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[PlaceSummary]:
    """Places where events happened, most events first, with coordinates."""
    n = sa.func.count(EventRow.id)
    stmt = (
        sa.select(PlaceRow, n, sa.func.min(EventRow.date_start), sa.func.max(EventRow.date_start))
        .join(EventRow, EventRow.place_id == PlaceRow.id)
        .group_by(PlaceRow.id)
        .order_by(n.desc(), PlaceRow.name, PlaceRow.id)
    )
    if country:
        stmt = stmt.where(PlaceRow.country == _codes([country])[0])
    if name:
        stmt = stmt.where(sa.func.lower(PlaceRow.name).contains(name.lower(), autoescape=True))
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        PlaceSummary(place=place_view(p), events=count, first=first, last=last)  # type: ignore[arg-type]
        for p, count, first, last in session.execute(stmt).all()
    ]


def place(session: Session, ref: str | int, *, sort: str = "date", limit: int | None = None) -> PlaceProfile:
    """A place by id, gazetteer id or name, and the events there (``sort`` as for ``timeline``).

    Unknown places, numeric ids included, raise ``NotFound`` (E801).
    """
    ids = place_ids(session, ref)
    # Several rows of one name (a city and its province): the one with most events is meant.
    counts = dict(
        session.execute(
            sa.select(EventRow.place_id, sa.func.count())
            .where(EventRow.place_id.in_(ids))
            .group_by(EventRow.place_id)
        ).all()
    )
    rows = {r.id: r for r in session.execute(sa.select(PlaceRow).where(PlaceRow.id.in_(ids))).scalars()}
    best = min(rows, key=lambda i: (-counts.get(i, 0), i), default=None)
    if best is None:
        raise NotFound(Errors.E801.format(what="place", key=str(ref)))
    return PlaceProfile(
        place=place_view(rows[best]),  # type: ignore[arg-type]
        events=timeline(session, place=best, sort=sort, limit=limit),
    )
