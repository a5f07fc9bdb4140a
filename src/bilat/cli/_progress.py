"""Progress over a stream of documents: Rich bar on a terminal, silent otherwise."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from bilat.cli import err_console
from bilat.ingest import SUFFIXES, iter_paths


def count_documents(inputs: Iterable[str]) -> int | None:
    """How many documents the inputs hold, counted cheaply (lines of JSONL, files otherwise)."""
    total = 0
    for item in iter_paths(i for i in inputs if i != "-"):
        if not isinstance(item, Path):
            continue
        kind = SUFFIXES.get(item.suffix.lower())
        if kind == "jsonl":
            with item.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif kind == "json":
            try:
                data = json.loads(item.read_bytes())
            except (ValueError, UnicodeDecodeError):
                total += 1
                continue
            total += len(data) if isinstance(data, list) else 1
        else:
            total += 1
    return total or None


def progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    )
