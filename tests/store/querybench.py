"""Query latency on a large knowledge base: timeline (every sort), search, relations, place.

    .venv/bin/python tests/store/querybench.py sqlite:////tmp/kb100k.db [--events 100000]
    .venv/bin/python tests/store/querybench.py postgresql+psycopg://u:pw@host/bilat_bench

Builds the knowledge base with ``benchmarks/kb.py`` when the database has no events yet and
reuses it afterwards (every query is read-only), so that runs before and after a change time
the same data. Prints the median and p95 of each case in milliseconds.
"""

from __future__ import annotations

import argparse
import inspect
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import sqlalchemy as sa  # noqa: E402


def out(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _timed(fn: Callable[[int], Any], repeat: int) -> tuple[float, float]:
    fn(0)  # statement compilation and a cold cache
    times = []
    for i in range(repeat):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def _busiest_pair(session: Any) -> tuple[str, str]:
    from bilat.store.schema import EventRow

    countries, _n = session.execute(
        sa.select(EventRow.countries, sa.func.count())
        .group_by(EventRow.countries)
        .order_by(sa.func.count().desc())
        .limit(1)
    ).one()
    a, b = countries.split(",")
    return a, b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    parser.add_argument("--no-migrate", action="store_true", help="for an older checkout of bilat")
    args = parser.parse_args(argv)

    from bilat import query
    from bilat.store import Store
    from bilat.store.schema import EventRow

    with Store(args.url, migrate_schema=not args.no_migrate) as store, store.session() as s:
        have = s.execute(sa.select(sa.func.count()).select_from(EventRow)).scalar_one()
    if not have:
        import kb

        t = time.perf_counter()
        kb.build(args.url, events=args.events)
        out(f"built {args.events} events in {time.perf_counter() - t:.0f} s")

    with Store(args.url, migrate_schema=not args.no_migrate) as store, store.session() as s:
        pair = list(_busiest_pair(s))
        cases: dict[str, Callable[[int], Any]] = {
            "timeline pair (50)": lambda i: query.timeline(s, countries=pair, limit=50),
            "timeline (50)": lambda i: query.timeline(s, limit=50),
        }
        if "sort" in inspect.signature(query.timeline).parameters:  # after the change only
            for key in ("-date", "type", "confidence", "-confidence", "reports", "-reports"):
                cases[f"timeline sort={key} (50)"] = lambda i, k=key: query.timeline(s, sort=k, limit=50)
                cases[f"timeline pair sort={key} (50)"] = lambda i, k=key: query.timeline(
                    s, countries=pair, sort=k, limit=50
                )
        for word in ("minister", "said", "the", "talks", "energy cooperation", "sanctions"):
            cases[f"search {word!r} (20)"] = lambda i, w=word: query.search(s, w, limit=20)
        cases["search 'minister' page 5"] = lambda i: query.search(s, "minister", limit=20, offset=80)
        cases["relations busiest pair"] = lambda i: query.relations(s, pair[0], pair[1])
        cases["place 1 (500)"] = lambda i: query.place(s, 1, limit=500)
        out(f"busiest pair {'-'.join(pair)}")
        for name, fn in cases.items():
            if args.only and args.only not in name:
                continue
            median, p95 = _timed(fn, args.repeat)
            out(f"{name:40s} median {median:8.1f} ms   p95 {p95:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
