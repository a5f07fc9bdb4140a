"""Listing commands over the knowledge base: ``timeline`` and friends."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bilat.cli._options import (
    CountryOption,
    DbOption,
    Format,
    FormatOption,
    LimitOption,
    SinceOption,
    UntilOption,
    day,
    db_url,
)
from bilat.cli._output import render


def _date(start: Any, end: Any) -> str:
    if start is None:
        return ""
    return str(start) if end in (None, start) else f"{start}/{end}"


def timeline_cli(
    db: DbOption = None,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    type_: Annotated[
        list[str] | None, typer.Option("--type", "-t", help="PLOVER event type; repeatable.")
    ] = None,
    status: Annotated[
        list[str] | None, typer.Option("--status", help="occurred, planned, ...; repeatable.")
    ] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """Events in date order, with their parties, place and evidence.

    Example: bilat timeline --country IRN --country RUS --since 2019-01-01 --format csv
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        events = query.timeline(
            session,
            countries=country or (),
            since=day(since),
            until=day(until),
            types=type_ or (),
            statuses=status or (),
            limit=limit,
        )
    rows = [
        {
            "id": e.id,
            "date": _date(e.date_start, e.date_end),
            "type": e.type,
            "mode": e.mode,
            "status": e.status,
            "countries": e.countries,
            "actors": [a.name for a in e.actors],
            "place": e.place.name if e.place else None,
            "evidence": e.evidence[0].text if e.evidence else None,
            "doc_id": e.evidence[0].doc_id if e.evidence else None,
        }
        for e in events
    ]
    render(
        rows,
        fmt,
        columns=[
            "id",
            "date",
            "type",
            "mode",
            "status",
            "countries",
            "actors",
            "place",
            "doc_id",
            "evidence",
        ],
        title="Timeline",
        json_rows=[e.model_dump(mode="json") for e in events],
    )


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline_cli)
