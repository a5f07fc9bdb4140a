"""Render rows as a Rich table, JSON or CSV: one place for every listing command."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from bilat.cli._options import Format

console = Console(highlight=False, soft_wrap=False)

#: Prose columns take the room that is left and end in an ellipsis; the full text is in
#: ``--format json`` and ``csv``. Everything else keeps one line per row.
FLEX_COLUMNS = frozenset({"evidence", "snippet", "sentence", "text", "title", "summary", "announcement"})


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def render(
    rows: Sequence[dict[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str],
    title: str | None = None,
    json_rows: Sequence[Any] | None = None,
) -> None:
    """``rows`` are flat dicts for table and CSV; ``json_rows`` (default ``rows``) is what JSON prints."""
    if fmt is Format.json:
        payload = list(json_rows if json_rows is not None else rows)
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if fmt is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    table = Table(title=title, show_lines=False, header_style="bold", expand=console.width > 100)
    for c in columns:
        if c in FLEX_COLUMNS:
            table.add_column(c, overflow="ellipsis", no_wrap=True, ratio=1, min_width=30)
        else:
            table.add_column(c, overflow="ellipsis", no_wrap=True, max_width=28, min_width=len(c))
    for row in rows:
        table.add_row(*(" ".join(_cell(row.get(c)).split()) for c in columns))
    console.print(table)
