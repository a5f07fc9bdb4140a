"""``bilat ingest``: read, extract and store, one transaction per document.

The corpus streams through in batches (bounded memory at any size). A document is stored
whole or not at all, so an ingest stopped at any point (Ctrl-C, ``kill``, a crash) is resumed
by running the same command again: documents already stored with the same content are
skipped before extraction. ``--dask``/``--workers`` run the extraction on a Dask cluster
(``bilat.scale``) and store the results here, in input order, through the same writer.
"""

from __future__ import annotations

import datetime as dt
import itertools
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bilat.cli import err_console, report_error
from bilat.cli._options import DbOption, db_url

if TYPE_CHECKING:
    from bilat.pipeline import Item
    from bilat.store import Store


def skip_stored(
    items: Iterable[Item], store: Store, size: int, on_skip: Callable[[str], None]
) -> Iterator[Item]:
    """The items that still need extracting: documents stored with the same content are dropped
    (``on_skip`` is told of each), looked up one batch at a time."""
    from bilat.records import Document

    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        stored = store.stored(item for item in chunk if isinstance(item, Document))
        for item in chunk:
            if isinstance(item, Document) and item.id in stored:
                on_skip(item.id)
            else:
                yield item


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Let ``kill`` stop an ingest the way Ctrl-C does: between or inside a document's
    transaction, which is then rolled back."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _deferred_interrupts() -> Iterator[None]:
    """Hold Ctrl-C and ``kill`` while one document is saved and counted, then stop: the
    summary then counts exactly the documents the database holds."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: Any) -> None:
        caught.append(signum)

    previous = {sig: signal.signal(sig, hold) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if caught:
        raise KeyboardInterrupt


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
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786).",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Extract on a local Dask cluster of this many worker processes."
        ),
    ] = None,
) -> None:
    """Read documents, extract events and facts, and store them in the knowledge base.

    Re-ingesting an unchanged document changes nothing; a changed one replaces its extractions.
    An interrupted ingest resumes where it stopped when run again.

    Example: bilat ingest articles.jsonl --db sqlite:///kb.db

    Example: bilat ingest --sample

    Example: bilat ingest corpus/ --workers 4 --db postgresql+psycopg://bilat@db/bilat
    """
    from bilat import ingest
    from bilat.cli._progress import count_documents, progress
    from bilat.errors import BilatError, InputError
    from bilat.settings import get_settings
    from bilat.store import Store

    inputs = list(inputs or [])
    if sample:
        inputs.append(str(ingest.SAMPLE_CORPUS))
    if not inputs:
        raise typer.BadParameter("give at least one input, or --sample", param_hint="INPUTS")
    if dask and workers:
        raise typer.BadParameter("give --dask ADDRESS or --workers N, not both", param_hint="--workers")
    size = get_settings().batch_size
    counts: Counter[str] = Counter()
    total = count_documents(inputs)
    try:
        with (
            _sigterm_interrupts(),
            Store(db_url(db)) as store,
            _extractor(dask, workers) as extract,
            progress() as bar,
        ):
            task = bar.add_task("ingesting", total=total)

            def skipped(_doc_id: str) -> None:
                counts["unchanged"] += 1
                bar.advance(task)

            items = ingest.read(inputs, published=published.date() if published else None, encoding=encoding)
            for result in extract(skip_stored(items, store, size, skipped)):
                bar.advance(task)
                if isinstance(result, InputError):
                    counts["failed"] += 1
                    report_error(result)
                    continue
                with _deferred_interrupts():
                    try:
                        saved = store.save(result)
                    except BilatError as err:
                        counts["failed"] += 1
                        report_error(err)
                        continue
                    counts[saved.outcome] += 1
                    counts["events"] += saved.events
                    counts["facts"] += saved.facts
    except KeyboardInterrupt:
        _summary(counts)
        err_console.print(
            "[bold red]Interrupted[/]: every document above is stored whole, none in part; "
            "run the same command again to resume."
        )
        raise typer.Exit(130) from None
    _summary(counts)
    if counts["failed"]:
        raise typer.Exit(1)


def _summary(counts: Counter[str]) -> None:
    err_console.print(
        f"documents: {counts['new']} new, {counts['unchanged']} unchanged, {counts['updated']} updated, "
        f"{counts['failed']} failed; events: {counts['events']}, facts: {counts['facts']}"
    )


@contextmanager
def _extractor(
    address: str | None, workers: int | None
) -> Iterator[Callable[[Iterable[Item]], Iterator[Any]]]:
    """``pipeline.extract`` here, or ``scale.extract`` on a Dask cluster."""
    from bilat import pipeline

    if not address and not workers:
        yield pipeline.extract
        return
    from bilat import scale

    with scale.connect(address, workers=workers) as client:
        yield lambda items: scale.extract(items, client)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cli)
