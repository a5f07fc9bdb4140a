"""Options shared by several commands, defined once."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated

import typer


class Format(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLAlchemy URL of the knowledge base (default: $BILAT_DB, else a SQLite file in the data dir).",
        show_default=False,
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
LimitOption = Annotated[int | None, typer.Option("--limit", min=1, help="Show at most this many rows.")]
CountryOption = Annotated[
    list[str] | None,
    typer.Option("--country", "-c", help="ISO 3166-1 alpha-3 code; repeat for a pair (all must be parties)."),
]
SinceOption = Annotated[
    dt.datetime | None,
    typer.Option("--since", formats=["%Y-%m-%d"], help="Events ending on or after this day."),
]
UntilOption = Annotated[
    dt.datetime | None,
    typer.Option("--until", formats=["%Y-%m-%d"], help="Events starting on or before this day."),
]


def db_url(value: str | None) -> str:
    if value:
        return value
    from bilat.settings import get_settings

    return get_settings().db


def day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None
