"""Profile the writer alone: SQL statements and seconds per document as the knowledge base grows.

    python benchmarks/profile_store.py 400                      # SQLite, 400 synthetic documents
    python benchmarks/profile_store.py 400 --pg URL --cprofile  # also PostgreSQL; top functions

Extraction runs once and is cached (``--cache``, a pickle of the ``Extraction`` records), so that
repeated runs measure the store only. Statements are counted with SQLAlchemy's
``before_cursor_execute`` event (one ``executemany`` counts once, as it is one round trip).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pickle
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from run import scratch_pg  # noqa: E402


def extractions(n: int, cache: Path) -> list[Any]:
    if cache.exists():
        cached = pickle.loads(cache.read_bytes())
        if len(cached) >= n:
            return cached[:n]
    from bilat import ingest, pipeline
    from bilat.records import Extraction

    with tempfile.TemporaryDirectory() as tmp:
        path = corpus.write(Path(tmp) / "corpus.jsonl", n)
        out = [r for r in pipeline.extract(ingest.read([path])) if isinstance(r, Extraction)]
    cache.write_bytes(pickle.dumps(out))
    return out


def profile(url: str, exs: list[Any], *, cprofile: bool, label: str) -> dict[str, Any]:
    import sqlalchemy as sa

    from bilat.store import Store

    counts = {"n": 0}

    def count(*_args: Any) -> None:
        counts["n"] += 1

    per_doc: list[tuple[float, int]] = []
    prof = cProfile.Profile() if cprofile else None
    with Store(url) as store:
        sa.event.listen(store.engine, "before_cursor_execute", count)
        t0 = time.perf_counter()
        for ex in exs:
            before = counts["n"]
            t = time.perf_counter()
            if prof:
                prof.enable()
            store.save(ex)
            if prof:
                prof.disable()
            per_doc.append((time.perf_counter() - t, counts["n"] - before))
        total = time.perf_counter() - t0
    q = max(1, len(per_doc) // 4)
    first, last = per_doc[:q], per_doc[-q:]
    result = {
        "docs": len(per_doc),
        "docs_per_s": len(per_doc) / total,
        "stmts_per_doc": statistics.mean(s for _, s in per_doc),
        "stmts_median": statistics.median(s for _, s in per_doc),
        "first_quarter_ms": 1000 * statistics.mean(t for t, _ in first),
        "last_quarter_ms": 1000 * statistics.mean(t for t, _ in last),
        "events_per_doc": statistics.mean(len(e.events) for e in exs),
        "mentions_per_doc": statistics.mean(len(e.mentions) for e in exs),
    }
    print(
        f"{label}: {result['docs']} docs, {result['docs_per_s']:.1f} docs/s (writer only), "
        f"{result['stmts_per_doc']:.0f} statements/doc (median {result['stmts_median']:.0f}), "
        f"first quarter {result['first_quarter_ms']:.0f} ms/doc, "
        f"last {result['last_quarter_ms']:.0f} ms/doc; "
        f"{result['events_per_doc']:.1f} events, {result['mentions_per_doc']:.1f} mentions per doc",
        flush=True,
    )
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(40)
        print(buf.getvalue())
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", type=int, nargs="?", default=400)
    parser.add_argument("--pg", help="also profile PostgreSQL (a scratch database on this server)")
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bilat-extractions.pkl")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args(argv)
    exs = extractions(args.docs, args.cache)
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            profile(f"sqlite:///{tmp}/kb.db", exs, cprofile=args.cprofile, label="SQLite")
    if args.pg:
        with scratch_pg(args.pg, keep=False) as url:
            profile(url, exs, cprofile=args.cprofile, label="PostgreSQL")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
