"""``bilat ingest`` stopped at any point (kill -9, kill, Ctrl-C) leaves only whole documents,
and running it again finishes the job: the knowledge base equals an uninterrupted run's."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from kbbuild import dump

from bilat import ingest, pipeline, query
from bilat.records import Extraction
from bilat.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BILAT = Path(sys.executable).with_name("bilat")
N = 60
PER_DOCUMENT = ("event_mentions", "mentions", "timexes", "facts", "evidence", "search_passages")


def bench_corpus() -> Any:
    if "bench_corpus" in sys.modules:
        return sys.modules["bench_corpus"]
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


def strip_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: strip_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [strip_ids(v) for v in value]
    return value


def canonical(url: str) -> dict[str, Any]:
    with Store(url) as store, store.session() as s:
        return {"kb": dump(s), "timeline": [strip_ids(e.model_dump(mode="json")) for e in query.timeline(s)]}


def per_document(url: str) -> dict[str, tuple[int, ...]]:
    """For every stored document, how many rows of each kind it owns."""
    with Store(url) as store, store.session() as s:
        ids = s.execute(sa.text("SELECT id FROM documents")).scalars().all()
        counts = {
            t: dict(s.execute(sa.text(f"SELECT doc_id, count(*) FROM {t} GROUP BY doc_id")).all())
            for t in PER_DOCUMENT
        }
    return {d: tuple(counts[t].get(d, 0) for t in PER_DOCUMENT) for d in ids}


def stored_ids(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return set(conn.execute(sa.text("SELECT id FROM documents")).scalars())
    except sa.exc.SQLAlchemyError:  # the schema is not there yet
        return set()
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: Any) -> Path:
    path = tmp_path_factory.mktemp("resume") / "corpus.jsonl"
    return bench_corpus().write(path, N, seed=3)


@pytest.fixture(scope="module")
def extractions(corpus: Path, bilat_nlp: Any) -> list[Extraction]:
    out = [r for r in pipeline.extract(ingest.read([corpus]), nlp=bilat_nlp) if isinstance(r, Extraction)]
    assert len(out) == N
    return out


@pytest.fixture(scope="module")
def clean_run(extractions: list[Extraction], tmp_path_factory: Any) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('clean') / 'kb.db'}"
    with Store(url) as store:
        for ex in extractions:
            store.save(ex)
    return url


def start_ingest(corpus: Path, db_url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(BILAT), "ingest", str(corpus), "--db", db_url],
        env={**os.environ, "BILAT_BATCH_SIZE": "4"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(db_url: str, proc: subprocess.Popen[str], documents: int) -> None:
    deadline = time.monotonic() + 150
    while len(stored_ids(db_url)) < documents:
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.1)


def assert_whole_documents(
    db_url: str, clean_run: str, extractions: list[Extraction], tmp_path: Path
) -> set[str]:
    """Every stored document has all its rows, and the knowledge base over them is the one a
    clean run of exactly those documents builds."""
    stored = per_document(db_url)
    clean = per_document(clean_run)
    assert 0 < len(stored) < N
    assert stored == {d: clean[d] for d in stored}
    subset = f"sqlite:///{tmp_path / 'subset.db'}"
    with Store(subset) as store:
        for ex in extractions:
            if ex.document.id in stored:
                store.save(ex)
    assert canonical(db_url) == canonical(subset)
    return set(stored)


def test_ingest_killed_with_sigkill_leaves_whole_documents_and_a_rerun_completes_it(
    db_url: str, tmp_path: Path, corpus: Path, extractions: list[Extraction], clean_run: str
) -> None:
    proc = start_ingest(corpus, db_url)
    wait_for(db_url, proc, 15)
    proc.kill()  # no handler, no rollback by the client: the server must discard the open transaction
    proc.communicate(timeout=30)
    stored = assert_whole_documents(db_url, clean_run, extractions, tmp_path)

    rerun = subprocess.run(
        [str(BILAT), "ingest", str(corpus), "--db", db_url],
        env={**os.environ, "BILAT_BATCH_SIZE": "4"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"documents: {N - len(stored)} new, {len(stored)} unchanged, 0 updated, 0 failed" in rerun.stderr
    assert canonical(db_url) == canonical(clean_run)
    assert per_document(db_url) == per_document(clean_run)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_ingest_stopped_by_kill_or_ctrl_c_exits_130_with_whole_documents_and_says_how_to_resume(
    signum: int, tmp_path: Path, corpus: Path, extractions: list[Extraction], clean_run: str
) -> None:
    db_url = f"sqlite:///{tmp_path / 'kb.db'}"
    proc = start_ingest(corpus, db_url)
    wait_for(db_url, proc, 6)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Interrupted" in err and "run the same command again to resume" in err
    assert "Traceback" not in err
    stored = assert_whole_documents(db_url, clean_run, extractions, tmp_path)
    assert f"documents: {len(stored)} new, 0 unchanged" in err


def test_ingest_again_skips_stored_documents_before_extracting_them(
    tmp_path: Path, corpus: Path, clean_run: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(sa.make_url(clean_run).database or "", tmp_path / "kb.db")
    db_url = f"sqlite:///{tmp_path / 'kb.db'}"
    changed = tmp_path / "changed.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[5])
    record["text"] += "\n\nThe two sides agreed to meet again in the autumn."
    lines[5] = json.dumps(record)
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from typer.testing import CliRunner

    from bilat.cli import app

    seen: list[str] = []
    real = pipeline.extract

    def spy(items: Any, **kw: Any) -> Any:
        def tap() -> Any:
            for item in items:
                seen.append(getattr(item, "id", "?"))
                yield item

        return real(tap(), **kw)

    monkeypatch.setattr(pipeline, "extract", spy)
    result = CliRunner().invoke(app, ["ingest", str(changed), "--db", db_url])
    assert result.exit_code == 0, result.stderr
    assert f"documents: 0 new, {N - 1} unchanged, 1 updated" in result.stderr
    assert seen == [record["id"]]
