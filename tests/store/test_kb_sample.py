"""The bundled sample corpus through the real pipeline: ingesting it twice, or in reverse order,
gives the same knowledge base (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from kbbuild import dump

from bilat import ingest, pipeline, query
from bilat.records import Extraction
from bilat.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample(bilat_nlp: Any) -> list[Extraction]:
    docs = list(ingest.read([str(ingest.SAMPLE_CORPUS / "articles.jsonl")]))
    out = [r for r in pipeline.extract(docs, nlp=bilat_nlp) if isinstance(r, Extraction)]
    assert len(out) == len(docs) >= 5
    return out


def _empty(db_url: str, tmp_path: Path, n: int) -> str:
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / f'kb{n}.db'}"
    with Store(db_url) as store, store.session() as s, s.begin():
        s.execute(sa.text("TRUNCATE documents, actors, places, actor_names, actor_overrides, events CASCADE"))
    return db_url


def test_kb_sample_corpus_twice_or_reversed_gives_the_same_knowledge_base(
    db_url: str, tmp_path: Path, sample: list[Extraction]
) -> None:
    with Store(db_url) as store:
        for ex in sample:
            store.save(ex)
        with store.session() as s:
            first = dump(s)
            events = query.timeline(s)
        assert {store.save(ex).outcome for ex in sample} == {"unchanged"}
        with store.session() as s:
            assert dump(s) == first
    assert events and all(e.evidence for e in events)
    with Store(_empty(db_url, tmp_path, 2)) as store:
        for ex in reversed(sample):
            store.save(ex)
        with store.session() as s:
            assert dump(s) == first
