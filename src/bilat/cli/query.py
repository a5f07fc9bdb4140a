"""Listing commands over the knowledge base: timeline, places, documents, search, commitments, relations.

Each is a thin shell over one ``bilat.query`` function: options in, views out, rendered as a
table, JSON (the views, with all their evidence) or CSV.
"""

from __future__ import annotations

import datetime as dt
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

TypeOption = Annotated[list[str] | None, typer.Option("--type", "-t", help="PLOVER event type; repeatable.")]
StatusOption = Annotated[
    list[str] | None, typer.Option("--status", help="occurred, planned, proposed, ...; repeatable.")
]
ActorOption = Annotated[
    str | None, typer.Option("--actor", "-a", help="Actor id, name or alias taking part.")
]
SortOption = Annotated[
    str,
    typer.Option(
        "--sort",
        "-s",
        help="date, type, confidence or reports (documents reporting it); a leading - for descending: "
        "--sort=-reports.",
    ),
]
PlaceOption = Annotated[str | None, typer.Option("--place", "-p", help="Place id or name.")]
AsOfOption = Annotated[
    dt.datetime | None,
    typer.Option("--as-of", formats=["%Y-%m-%d"], help="Judge commitments as of this day (default: today)."),
]

EVENT_COLUMNS = [
    "id",
    "date",
    "type",
    "mode",
    "status",
    "countries",
    "actors",
    "place",
    "reports",
    "doc_id",
    "evidence",
]


def _date(start: Any, end: Any) -> str:
    if start is None:
        return ""
    return str(start) if end in (None, start) else f"{start}/{end}"


def event_row(e: Any) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": _date(e.date_start, e.date_end),
        "type": e.type,
        "mode": e.mode,
        "status": e.status,
        "countries": e.countries,
        "actors": [a.name for a in e.actors],
        "place": e.place.name if e.place else None,
        "reports": e.reports,
        "evidence": e.evidence[0].text if e.evidence else None,
        "doc_id": sorted({ev.doc_id for ev in e.evidence}),
    }


def timeline_cli(
    db: DbOption = None,
    country: CountryOption = None,
    actor: ActorOption = None,
    type_: TypeOption = None,
    status: StatusOption = None,
    place: PlaceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    sort: SortOption = "date",
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """Events in date order (or --sort), each with its parties, place and the evidence of every report.

    Example: bilat timeline --country IRN --country RUS --since 2019-01-01 --format csv

    Example: bilat timeline --actor Lavrov --type CONSULT --status planned

    Example: bilat timeline --country CHN --sort=-reports --limit 10
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        events = query.timeline(
            session,
            countries=country or (),
            actor=actor,
            types=type_ or (),
            statuses=status or (),
            place=place,
            since=day(since),
            until=day(until),
            sort=sort,
            limit=limit,
        )
    render(
        [event_row(e) for e in events],
        fmt,
        columns=EVENT_COLUMNS,
        title="Timeline",
        json_rows=[e.model_dump(mode="json") for e in events],
    )


def event_cli(
    ref: Annotated[str, typer.Argument(help="Event id or key.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """One event with every report of it and all their evidence.

    Example: bilat event 12 --format json
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        e = query.event(session, ref)
    rows = [
        {
            "doc_id": m.doc_id,
            "status": m.status,
            "date": _date(m.date_start, m.date_end),
            "field": ev.field,
            "offsets": f"{ev.start}-{ev.end}",
            "text": ev.text,
        }
        for m in e.mentions
        for ev in m.evidence
    ]
    title = f"{e.summary} ({e.reports} report{'s' if e.reports != 1 else ''})"
    render(
        rows,
        fmt,
        columns=["doc_id", "status", "date", "field", "offsets", "text"],
        title=title,
        json_rows=[e.model_dump(mode="json")],
    )


def places_cli(
    db: DbOption = None,
    country: Annotated[
        str | None, typer.Option("--country", "-c", help="ISO3 code of the place's country.")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Part of the place name.")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """Places where events happened, most events first, with coordinates.

    Example: bilat places --country RUS
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        found = query.places(session, country=country, name=name, limit=limit)
    rows = [
        {
            "id": p.place.id,
            "name": p.place.name,
            "country": p.place.country,
            "lat": p.place.lat,
            "lon": p.place.lon,
            "feature": p.place.feature,
            "events": p.events,
            "first": p.first,
            "last": p.last,
        }
        for p in found
    ]
    render(
        rows,
        fmt,
        columns=["id", "name", "country", "lat", "lon", "feature", "events", "first", "last"],
        title="Places",
        json_rows=[p.model_dump(mode="json") for p in found],
    )


def place_cli(
    name: Annotated[str, typer.Argument(help="Place id or name.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """One place, with its coordinates and the events there.

    Example: bilat place Moscow
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        found = query.place(session, name, limit=limit)
    p = found.place
    title = f"{p.name} ({p.country or '?'}; {p.lat}, {p.lon})"
    render(
        [event_row(e) for e in found.events],
        fmt,
        columns=EVENT_COLUMNS,
        title=title,
        json_rows=[found.model_dump(mode="json")],
    )


def documents_cli(
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """Documents in the knowledge base, newest first, with the number of events read from each.

    Example: bilat documents --limit 20
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        found = query.documents(session, limit=limit)
    render(
        [d.model_dump() for d in found],
        fmt,
        columns=["id", "published", "source", "title", "chars", "events"],
        title="Documents",
        json_rows=[d.model_dump(mode="json") for d in found],
    )


def document_cli(
    doc_id: Annotated[str, typer.Argument(help="Document id.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """One document: the events and facts read from it, each with its evidence.

    Example: bilat document tass-2019-06-14 --format json
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        doc = query.document(session, doc_id)
    rows = [{"kind": "event", **event_row(e)} for e in doc.events]
    rows += [
        {
            "kind": "fact",
            "id": f.id,
            "date": _date(f.period_start, f.period_end),
            "type": f.metric,
            "countries": [c for c in (f.reporter, f.partner) if c],
            "evidence": f.evidence[0].text if f.evidence else None,
        }
        for f in doc.facts
    ]
    render(
        rows,
        fmt,
        columns=["kind", "id", "date", "type", "status", "countries", "actors", "place", "evidence"],
        title=f"{doc.id}: {doc.title or 'untitled'} ({doc.published or 'undated'})",
        json_rows=[doc.model_dump(mode="json")],
    )


def search_cli(
    text: Annotated[str, typer.Argument(help='Words (all must match), "a phrase", -excluded, a OR b.')],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many hits.")] = 20,
) -> None:
    """Full-text search over documents and event sentences: ranked passages with snippets and offsets.

    Example: bilat search "joint economic commission" --format json
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        hits = query.search(session, text, limit=limit)
    rows = [
        {
            "score": f"{h.score:.3f}",
            "kind": h.kind,
            "doc_id": h.doc_id,
            "published": h.published,
            "offsets": f"{h.evidence.start}-{h.evidence.end}"
            + (" (title)" if h.evidence.field == "title" else ""),
            "events": h.events,
            "snippet": h.snippet,
        }
        for h in hits
    ]
    render(
        rows,
        fmt,
        columns=["score", "kind", "doc_id", "published", "offsets", "events", "snippet"],
        title=f"Search: {text}",
        json_rows=[h.model_dump(mode="json") for h in hits],
    )


def commitment_row(c: Any) -> dict[str, Any]:
    e = c.event
    return {
        "id": e.id,
        "state": c.state,
        "type": e.type,
        "mode": e.mode,
        "due": _date(c.due_start, c.due_end),
        "announced": c.announced,
        "countries": e.countries,
        "actors": [a.name for a in e.actors],
        "announcement": c.announcement[0].text if c.announcement else None,
        "fulfilment": c.fulfilment_evidence[0].text if c.fulfilment_evidence else None,
    }


COMMITMENT_COLUMNS = [
    "id",
    "state",
    "type",
    "mode",
    "due",
    "announced",
    "countries",
    "actors",
    "announcement",
    "fulfilment",
]


def commitments_cli(
    db: DbOption = None,
    country: CountryOption = None,
    state: Annotated[
        list[str] | None, typer.Option("--state", help="kept, pending, overdue, cancelled; repeatable.")
    ] = None,
    type_: TypeOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """Announced meetings, visits, deadlines and targets: kept, pending, overdue or cancelled.

    Example: bilat commitments --country IRN --country RUS --state pending --as-of 2020-01-01
    """
    from bilat import query
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        found = query.commitments(
            session,
            countries=country or (),
            states=state or (),
            types=type_ or (),
            as_of=day(as_of),
            limit=limit,
        )
    render(
        [commitment_row(c) for c in found],
        fmt,
        columns=COMMITMENT_COLUMNS,
        title="Commitments",
        json_rows=[c.model_dump(mode="json") for c in found],
    )


def relations_cli(
    a: Annotated[str, typer.Argument(help="ISO3 code of one country.")],
    b: Annotated[str, typer.Argument(help="ISO3 code of the other.")],
    db: DbOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """One pair at a glance: events by type per month, latest meetings, trade, open commitments.

    Example: bilat relations IRN RUS
    """
    from bilat import query
    from bilat.cli._output import console
    from bilat.store import Store

    with Store(db_url(db)) as store, store.session() as session:
        rel = query.relations(session, a, b, as_of=day(as_of))
    if fmt is not Format.table:
        rows = [
            {"section": "by_month", "month": m.month, "type": m.type, "count": m.count} for m in rel.by_month
        ]
        rows += [
            {"section": "meeting", "month": _date(e.date_start, e.date_end), "type": e.type, "id": e.id,
             "text": e.evidence[0].text if e.evidence else None}
            for e in rel.latest_meetings
        ]  # fmt: skip
        rows += [
            {"section": "trade", "month": _date(f.period_start, f.period_end), "type": f.metric, "id": f.id,
             "value": f.value, "unit": f.unit, "text": f.evidence[0].text if f.evidence else None}
            for f in rel.trade
        ]  # fmt: skip
        rows += [
            {"section": "commitment", "month": _date(c.due_start, c.due_end), "type": c.event.type,
             "id": c.event.id, "value": c.state, "text": c.announcement[0].text if c.announcement else None}
            for c in rel.open_commitments
        ]  # fmt: skip
        render(
            rows,
            fmt,
            columns=["section", "month", "type", "count", "id", "value", "unit", "text"],
            json_rows=[rel.model_dump(mode="json")],
        )
        return
    pair = "–".join(rel.countries)
    console.print(f"[bold]{pair}[/]: {rel.events} events, {_date(rel.first, rel.last) or 'undated'}")
    console.print("by type: " + ", ".join(f"{t} {n}" for t, n in rel.by_type.items()))
    months: dict[str, dict[str, int]] = {}
    for m in rel.by_month:
        months.setdefault(m.month, {})[m.type] = m.count
    render(
        [
            {"month": k, **{"events": sum(v.values()), "types": [f"{t} {n}" for t, n in v.items()]}}
            for k, v in months.items()
        ],
        fmt,
        columns=["month", "events", "types"],
        title="Events per month",
    )
    render([event_row(e) for e in rel.latest_meetings], fmt, columns=EVENT_COLUMNS, title="Latest meetings")
    render(
        [
            {
                "period": _date(f.period_start, f.period_end),
                "metric": f.metric,
                "flow": f.flow,
                "reporter": f.reporter,
                "value": f.value,
                "unit": f.unit,
                "change_pct": f.change_pct,
                "doc_id": f.doc_id,
                "evidence": f.evidence[0].text if f.evidence else None,
            }
            for f in rel.trade
        ],
        fmt,
        columns=["period", "metric", "flow", "reporter", "value", "unit", "change_pct", "doc_id", "evidence"],
        title="Trade",
    )
    render(
        [commitment_row(c) for c in rel.open_commitments],
        fmt,
        columns=COMMITMENT_COLUMNS,
        title="Open commitments",
    )


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline_cli)
    app.command("event")(event_cli)
    app.command("places")(places_cli)
    app.command("place")(place_cli)
    app.command("documents")(documents_cli)
    app.command("document")(document_cli)
    app.command("search")(search_cli)
    app.command("commitments")(commitments_cli)
    app.command("relations")(relations_cli)
