"""``bilat export``: the knowledge base as contract JSONL, CSV, GeoJSON or iCalendar."""

from __future__ import annotations

import enum
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Any

import typer

from bilat.cli._options import CountryOption, DbOption, SinceOption, UntilOption, day, db_url
from bilat.cli.query import ActorOption, PlaceOption, StatusOption, TypeOption

PAGE = 1000


class ExportFormat(enum.StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    ics = "ics"


def export_cli(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
    db: DbOption = None,
    country: CountryOption = None,
    actor: ActorOption = None,
    type_: TypeOption = None,
    status: StatusOption = None,
    place: PlaceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    facts: Annotated[bool, typer.Option("--facts/--no-facts", help="JSONL: also write the facts.")] = True,
) -> None:
    """Export events (JSONL also facts), filtered like ``bilat timeline``.

    jsonl: contract records, each event with the evidence of every document that reports it;
    csv: one row per event for spreadsheets; geojson: a FeatureCollection of located events;
    ics: an iCalendar of planned and proposed events (or of --status).

    Example: bilat export --format geojson --country IRN --output events.geojson

    Example: bilat export --format ics --country IRN --country RUS > meetings.ics
    """
    from bilat import export, query
    from bilat.cli import err_console
    from bilat.store import Store

    statuses = status or (["planned", "proposed"] if fmt is ExportFormat.ics else [])
    filters: dict[str, Any] = {
        "countries": country or (),
        "actor": actor,
        "types": type_ or (),
        "statuses": statuses,
        "place": place,
        "since": day(since),
        "until": day(until),
    }
    with Store(db_url(db)) as store, store.session() as session:

        def views() -> Any:
            offset = 0
            while page := query.timeline(session, limit=PAGE, offset=offset, **filters):
                yield from page
                offset += len(page)

        sink = output.open("w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout)
        with sink as out:
            if fmt is ExportFormat.jsonl:
                n = export.write_jsonl((export.kb_event_record(v) for v in views()), out)
                if facts and actor is None and place is None and not type_ and not status:
                    fact_views = query.facts(
                        session, countries=country or (), since=day(since), until=day(until)
                    )
                    n += export.write_jsonl((export.kb_fact_record(f) for f in fact_views), out)
            elif fmt is ExportFormat.csv:
                n = export.write_csv(views(), out)
            elif fmt is ExportFormat.geojson:
                n = export.write_geojson(views(), out)
            else:
                text = export.icalendar(views())
                out.write(text)
                n = text.count("BEGIN:VEVENT")
    err_console.print(f"{n} records written" + (f" to {output}" if output else ""))


def register(app: typer.Typer) -> None:
    app.command("export")(export_cli)
