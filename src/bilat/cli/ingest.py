"""``bilat ingest``: read, extract and store, one transaction per document."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated

import typer

from bilat.cli import err_console, report_error
from bilat.cli._options import DbOption, db_url


def ingest_cli(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="JSONL, JSON, .txt or .html files, directories, or - for stdin."),
    ] = None,
    db: DbOption = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="Also ingest the sample corpus bundled with bilat.")
    ] = False,
    published: Annotated[
        dt.datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"], help="Publication date of documents that carry none (.txt files)."
        ),
    ] = None,
    encoding: Annotated[str | None, typer.Option(help="Text encoding of the inputs when not UTF-8.")] = None,
) -> None:
    """Read documents, extract events and facts, and store them in the knowledge base.

    Re-ingesting an unchanged document changes nothing; a changed one replaces its extractions.

    Example: bilat ingest articles.jsonl --db sqlite:///kb.db

    Example: bilat ingest --sample
    """
    from bilat import ingest, pipeline
    from bilat.cli._progress import count_documents, progress
    from bilat.errors import BilatError, InputError
    from bilat.store import Store

    inputs = list(inputs or [])
    if sample:
        inputs.append(str(ingest.SAMPLE_CORPUS))
    if not inputs:
        raise typer.BadParameter("give at least one input, or --sample", param_hint="INPUTS")
    counts: Counter[str] = Counter()
    total = count_documents(inputs)
    with Store(db_url(db)) as store, progress() as bar:
        task = bar.add_task("ingesting", total=total)
        items = ingest.read(inputs, published=published.date() if published else None, encoding=encoding)
        for result in pipeline.extract(items):
            bar.advance(task)
            if isinstance(result, InputError):
                counts["failed"] += 1
                report_error(result)
                continue
            try:
                saved = store.save(result)
            except BilatError as err:
                counts["failed"] += 1
                report_error(err)
                continue
            counts[saved.outcome] += 1
            counts["events"] += saved.events
            counts["facts"] += saved.facts
    err_console.print(
        f"documents: {counts['new']} new, {counts['unchanged']} unchanged, {counts['updated']} updated, "
        f"{counts['failed']} failed; events: {counts['events']}, facts: {counts['facts']}"
    )
    if counts["failed"]:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cli)
