"""Ingest at scale: a Dask cluster builds the knowledge base one process builds, and several
writers at once on one PostgreSQL database leave no duplicate and no deadlock."""

from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from kbbuild import dump
from typer.testing import CliRunner

from bilat import ingest, pipeline, query, scale
from bilat.cli import app
from bilat.errors import InputError
from bilat.records import Document, Extraction
from bilat.store import Store

ROOT = Path(__file__).resolve().parents[1]
BILAT = Path(sys.executable).with_name("bilat")


def bench_corpus() -> Any:
    """The benchmark's corpus generator (benchmarks/ is not a package)."""
    if "bench_corpus" in sys.modules:
        return sys.modules["bench_corpus"]
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


def write_corpus(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def strip_ids(value: Any) -> Any:
    """A view without autoincrement ids, which depend on the order rows were written."""
    if isinstance(value, dict):
        return {k: strip_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [strip_ids(v) for v in value]
    return value


def canonical(url: str) -> dict[str, Any]:
    """The knowledge base as a user sees it: resolved entities, the timeline, the row counts."""
    with Store(url) as store, store.session() as s:
        tables = ("documents", "events", "event_mentions", "actors", "actor_names", "places", "mentions")
        counts = {t: s.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}
        timeline = [strip_ids(e.model_dump(mode="json")) for e in query.timeline(s)]
        return {"kb": dump(s), "timeline": timeline, "counts": counts}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    """The sample corpus and synthetic articles recombined from it, with other countries and names."""
    sample = [json.loads(line) for line in (ingest.SAMPLE_CORPUS / "articles.jsonl").open(encoding="utf-8")]
    return sample + list(bench_corpus().documents(7, seed=7))


@pytest.fixture(scope="module")
def extractions(records: list[dict[str, Any]], bilat_nlp: Any, tmp_path_factory: Any) -> list[Extraction]:
    path = write_corpus(tmp_path_factory.mktemp("scale") / "corpus.jsonl", records)
    out = [r for r in pipeline.extract(ingest.read([path]), nlp=bilat_nlp) if isinstance(r, Extraction)]
    assert len(out) == len(records)
    return out


def test_scale_extract_keeps_input_order_and_passes_input_errors_through() -> None:
    class FakeFuture:
        def __init__(self, value: Any) -> None:
            self.value = value

        def result(self) -> Any:
            return self.value

        def release(self) -> None:
            pass

        def cancel(self) -> None:
            pass

    class FakeClient:
        """Runs each batch at once, like a cluster whose workers all finish instantly."""

        submitted = 0

        def submit(self, fn: Any, docs: list[Document], *args: Any, **kw: Any) -> FakeFuture:
            self.submitted += 1
            return FakeFuture([f"done:{d.id}" for d in docs])

        def scheduler_info(self) -> dict[str, Any]:
            return {"workers": {"a": {}, "b": {}}}

    text = "Officials of the two countries met in Geneva on Monday to discuss trade and energy."
    items: list[Any] = [Document(id=f"d{i}", text=text) for i in range(7)]
    items.insert(3, InputError("[E101] Document 'x' is empty.", doc_id="x"))
    client = FakeClient()
    out = list(scale.extract(items, client, batch_size=3))  # type: ignore[arg-type]
    assert out[:3] == ["done:d0", "done:d1", "done:d2"]
    assert out[3] is items[3]
    assert out[4:] == [f"done:d{i}" for i in range(3, 7)]
    assert client.submitted == 3  # the batch holding the error ships only its two documents


def test_scale_extract_bounds_the_batches_in_flight() -> None:
    in_flight: list[int] = []
    outstanding = 0

    class Future:
        def __init__(self, docs: list[Document]) -> None:
            self.docs = docs

        def result(self) -> list[str]:
            nonlocal outstanding
            outstanding -= 1
            return [d.id for d in self.docs]

        def release(self) -> None:
            pass

        def cancel(self) -> None:
            pass

    class Client:
        def submit(self, fn: Any, docs: list[Document], *args: Any, **kw: Any) -> Future:
            nonlocal outstanding
            outstanding += 1
            in_flight.append(outstanding)
            return Future(docs)

        def scheduler_info(self) -> dict[str, Any]:
            return {"workers": {}}

    def docs() -> Any:
        for i in range(100):
            yield Document(id=f"d{i}", text="The two ministers met in Vienna on Friday for talks.")

    ids = list(scale.extract(docs(), Client(), batch_size=2, in_flight=3))  # type: ignore[arg-type]
    assert ids == [f"d{i}" for i in range(100)]
    assert max(in_flight) == 3


@pytest.mark.slow
def test_scale_ingest_on_a_local_cluster_of_two_workers_equals_a_single_process(
    tmp_path: Path, records: list[dict[str, Any]], extractions: list[Extraction]
) -> None:
    single = f"sqlite:///{tmp_path / 'single.db'}"
    with Store(single) as store:
        for ex in extractions:
            store.save(ex)
    path = write_corpus(tmp_path / "corpus.jsonl", records)
    cluster = f"sqlite:///{tmp_path / 'cluster.db'}"
    env = {"BILAT_BATCH_SIZE": "4"}
    result = CliRunner().invoke(app, ["ingest", str(path), "--workers", "2", "--db", cluster], env=env)
    assert result.exit_code == 0, result.stderr
    assert f"documents: {len(records)} new" in result.stderr
    assert canonical(cluster) == canonical(single)


def test_scale_ingest_refuses_both_dask_and_workers(tmp_path: Path) -> None:
    path = write_corpus(tmp_path / "c.jsonl", [{"id": "a", "text": "Talks were held."}])
    result = CliRunner().invoke(app, ["ingest", str(path), "--dask", "tcp://127.0.0.1:1", "--workers", "2"])
    assert result.exit_code == 2
    assert "not both" in result.stderr


def test_scale_ingest_names_an_unreachable_scheduler(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(scale, "CONNECT_TIMEOUT", "1s")
    path = write_corpus(tmp_path / "c.jsonl", [{"id": "a", "text": "Talks were held."}])
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    result = CliRunner().invoke(app, ["ingest", str(path), "--dask", "tcp://127.0.0.1:9", "--db", db])
    assert result.exit_code == 2, result.stderr
    assert "[E901]" in result.stderr and "tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_scale_four_writers_at_once_leave_no_duplicate_and_no_deadlock(
    db_url: str, tmp_path: Path, extractions: list[Extraction]
) -> None:
    reference = f"sqlite:///{tmp_path / 'one.db'}"
    with Store(reference) as store:
        for ex in extractions:
            store.save(ex)
    # Each writer takes three quarters of the documents, in its own order: every document is
    # written by at least two of them, and they meet on the same actors, places and events.
    shares = []
    for w in range(4):
        rng = random.Random(w)
        share = [ex for i, ex in enumerate(extractions) if i % 4 != w]
        rng.shuffle(share)
        shares.append(share)
    start = threading.Barrier(4)
    errors: list[BaseException] = []
    outcomes: list[str] = []

    def writer(share: list[Extraction]) -> None:
        try:
            start.wait()
            with Store(db_url) as store:  # four migrations of one empty database at once
                for ex in share:
                    outcomes.append(store.save(ex).outcome)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(s,)) for s in shares]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    assert not any(t.is_alive() for t in threads), "a writer is stuck (deadlock?)"
    assert not errors, errors
    assert outcomes.count("new") == len(extractions)
    assert outcomes.count("unchanged") == sum(len(s) for s in shares) - len(extractions)
    with Store(db_url) as store, store.session() as s:
        for table, key in (
            ("documents", "id"),
            ("actors", "key"),
            ("actor_names", "key"),
            ("places", "key"),
            ("events", "key"),
            ("event_mentions", "doc_id, ordinal"),
            ("search_passages", "doc_id, start, field"),
        ):
            dupes = s.execute(
                sa.text(f"SELECT {key}, count(*) FROM {table} GROUP BY {key} HAVING count(*) > 1")
            ).all()
            assert not dupes, (table, dupes[:3])
    assert canonical(db_url) == canonical(reference)


@pytest.mark.slow
def test_scale_four_bilat_ingest_processes_on_one_postgresql_database(
    db_url: str, tmp_path: Path, records: list[dict[str, Any]], extractions: list[Extraction]
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("many writer processes are a PostgreSQL setup; the threaded test covers SQLite")
    small = records[:8]
    files = []
    for w in range(4):
        share = [r for i, r in enumerate(small) if i % 4 != w]
        random.Random(w).shuffle(share)
        files.append(write_corpus(tmp_path / f"part{w}.jsonl", share))
    env = {**os.environ, "BILAT_BATCH_SIZE": "2"}
    procs = [
        subprocess.Popen(
            [str(BILAT), "ingest", str(f), "--db", db_url],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    outputs = [p.communicate(timeout=240) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    reference = f"sqlite:///{tmp_path / 'one.db'}"
    ids = {r["id"] for r in small}
    with Store(reference) as store:
        for ex in extractions:
            if ex.document.id in ids:
                store.save(ex)
    assert canonical(db_url) == canonical(reference)
