"""``bilat extract``: documents in, contract records out; no database."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from bilat.cli import err_console, report_error


def extract_cli(
    inputs: Annotated[
        list[str], typer.Argument(help="JSONL, JSON, .txt or .html files, directories, or - for stdin.")
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Where to write the JSONL records; - is stdout.")
    ] = "-",
    timexes: Annotated[
        bool, typer.Option("--timexes", help="Also write one timex record per time expression.")
    ] = False,
    published: Annotated[
        dt.datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"], help="Publication date of documents that carry none (.txt files)."
        ),
    ] = None,
    encoding: Annotated[str | None, typer.Option(help="Text encoding of the inputs when not UTF-8.")] = None,
) -> None:
    """Read documents and write their events and facts as contract JSONL records.

    Example: bilat extract articles.jsonl --output records.jsonl
    """
    from bilat import export, ingest, pipeline
    from bilat.cli._progress import count_documents, progress
    from bilat.errors import InputError

    failed = ok = written = 0
    total = count_documents(inputs)
    out = sys.stdout if output == "-" else Path(output).open("w", encoding="utf-8")  # noqa: SIM115
    try:
        with progress() as bar:
            task = bar.add_task("extracting", total=total)
            items = ingest.read(inputs, published=published.date() if published else None, encoding=encoding)
            for result in pipeline.extract(items):
                bar.advance(task)
                if isinstance(result, InputError):
                    failed += 1
                    report_error(result)
                    continue
                ok += 1
                written += export.write_jsonl(export.contract_records(result, timexes=timexes), out)
                out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    where = "stdout" if output == "-" else output
    err_console.print(f"{ok} documents read, {failed} failed, {written} records written to {where}")
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cli)
