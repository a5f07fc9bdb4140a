"""Parse and extract on a Dask distributed cluster; store in the client, in input order.

The client reads the documents (``bilat.ingest.read``), cuts the stream into batches and submits
one task per batch: ``extract_batch`` runs ``bilat.pipeline.extract`` on a worker, which loads
the spaCy pipeline once per worker process (``bilat.parse.load`` is cached per process). At most
``in_flight`` batches are out at a time, so a corpus of any size streams through in bounded
memory on both sides. Results come back in the order the documents were read, whatever order
the workers finish in, and the caller stores them through the one transactional writer
(``Store.save``): the knowledge base is the one a single process builds.

What crosses the network: each batch's ``Document`` records (text and metadata) to a worker,
its ``Extraction`` records back. Documents ``ingest`` could not read never leave the client.

>>> with scale.connect(workers=2) as client:
...     for result in scale.extract(ingest.read(["corpus.jsonl"]), client):
...         store.save(result)
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from bilat.errors import ConfigError, Errors, InputError
from bilat.records import Document
from bilat.settings import get_settings

if TYPE_CHECKING:
    from distributed import Client, Future

    from bilat.pipeline import Item, Result

#: How long to wait for a scheduler given by address before giving up.
CONNECT_TIMEOUT = "20s"


def extract_batch(batch: list[Document], model: str, batch_size: int) -> list[Result]:
    """On a worker: every stage over one batch, with the worker's cached pipeline."""
    from bilat import parse, pipeline

    return list(pipeline.extract(batch, nlp=parse.load(model), batch_size=batch_size))


@contextmanager
def connect(address: str | None = None, *, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a local cluster of ``workers`` processes.

    A local cluster runs one single-threaded worker process per core asked for: spaCy holds the
    GIL in Python code, so processes, not threads, are what run parses side by side.
    """
    from distributed import Client, LocalCluster

    if address:
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            raise ConfigError(
                Errors.E901.format(name="--dask", detail=f"no Dask scheduler at {address!r} ({exc})")
            ) from exc
        with client:
            yield client
        return
    if workers is not None and workers < 1:
        raise ConfigError(Errors.E901.format(name="--workers", detail="give at least 1 worker"))
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def _workers(client: Client) -> int:
    try:
        return len(client.scheduler_info().get("workers", {}))
    except Exception:  # noqa: BLE001 - only a sizing hint
        return 1


def extract(
    items: Iterable[Item],
    client: Client,
    *,
    batch_size: int | None = None,
    in_flight: int | None = None,
) -> Iterator[Result]:
    """``bilat.pipeline.extract`` on the cluster: the same results in the same order.

    ``in_flight`` bounds the batches submitted and not yet consumed (default: two per worker,
    so that every worker has the next batch waiting while the client stores the last one).
    """
    settings = get_settings()
    size = batch_size or settings.batch_size
    iterator = iter(items)
    pending: deque[tuple[list[Item], Future[list[Result]] | None]] = deque()

    def limit() -> int:
        return in_flight or max(2, 2 * _workers(client))

    def submit(chunk: list[Item]) -> tuple[list[Item], Future[list[Result]] | None]:
        docs = [item for item in chunk if isinstance(item, Document)]
        if not docs:
            return chunk, None
        # pure=False: two identical batches (a file given twice) are still two tasks, in order.
        return chunk, client.submit(extract_batch, docs, settings.model, size, pure=False, retries=2)

    try:
        while True:
            while len(pending) < limit() and (chunk := list(itertools.islice(iterator, size))):
                pending.append(submit(chunk))
            if not pending:
                return
            chunk, future = pending.popleft()
            done = iter(future.result() if future is not None else ())
            if future is not None:
                future.release()  # type: ignore[no-untyped-call]
            for item in chunk:
                yield item if isinstance(item, InputError) else next(done)
    finally:
        for _, future in pending:
            if future is not None:
                future.cancel()  # type: ignore[no-untyped-call]


__all__ = ["connect", "extract", "extract_batch"]
