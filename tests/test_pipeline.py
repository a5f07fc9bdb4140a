"""The stage order and the stream contract of ``pipeline.extract``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilat import parse, pipeline
from bilat.errors import Errors, InputError
from bilat.records import Document, Extraction

TEXT = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday."


def test_pipeline_registers_stages_in_order_with_declared_contracts(bilat_nlp: Any) -> None:
    assert bilat_nlp.pipe_names[-4:] == list(parse.STAGES)
    analysis = bilat_nlp.analyze_pipes()
    assert not any(analysis["problems"].values())
    assigns = {
        name: set(meta["assigns"]) for name, meta in analysis["summary"].items() if name in parse.STAGES
    }
    assert assigns["bilat_time"] == {"doc._.bilat_timexes"}
    assert assigns["bilat_events"] == {"doc._.bilat_events"}


def test_pipeline_register_is_idempotent() -> None:
    parse.register()
    parse.register()


def test_pipeline_keeps_order_and_passes_input_errors_through(bilat_nlp: Any) -> None:
    items: list[Document | InputError] = [
        Document(id="a", text=TEXT, published=dt.date(2022, 10, 26)),
        InputError(Errors.E101.format(doc="b"), doc_id="b"),
        Document(id="c", text=TEXT.replace("Paris", "Berlin"), published=None),
    ]
    results = list(pipeline.extract(items, nlp=bilat_nlp, batch_size=2))
    assert [type(r).__name__ for r in results] == ["Extraction", "InputError", "Extraction"]
    first, _, third = results
    assert isinstance(first, Extraction) and first.document.id == "a"
    assert isinstance(third, Extraction) and third.document.id == "c"


def test_pipeline_a_document_that_breaks_a_stage_fails_alone(
    bilat_nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bilat import facts

    real = facts.find_facts

    def fragile(doc: Any) -> Any:
        if "Berlin" in doc.text:
            raise ValueError("boom")
        return real(doc)

    monkeypatch.setattr(facts, "find_facts", fragile)
    docs = [Document(id=i, text=TEXT.replace("Paris", city)) for i, city in (("p", "Paris"), ("b", "Berlin"))]
    results = list(pipeline.extract(docs, nlp=bilat_nlp))
    assert isinstance(results[0], Extraction)
    assert isinstance(results[1], InputError) and results[1].code == "E202" and "'b'" in results[1].message


def test_pipeline_evidence_offsets_index_the_document_text(bilat_nlp: Any) -> None:
    (result,) = pipeline.extract(
        [Document(id="x", text=TEXT, published=dt.date(2022, 10, 26))], nlp=bilat_nlp
    )
    assert isinstance(result, Extraction)
    spans = list(result.timexes) + [m.evidence for m in result.mentions]
    for span in spans:
        assert TEXT[span.start : span.end] == span.text
    for event in result.events:
        for ev in (event.trigger, event.sentence):
            assert TEXT[ev.start : ev.end] == ev.text


def test_parse_doc_text_is_the_doc_text_joined_once(nlp: Any) -> None:
    doc = nlp.make_doc("Mr. Abe met  President Reagan\nin Washington.")
    first = parse.doc_text(doc)
    assert first == doc.text
    assert parse.doc_text(doc) is first


def test_actors_key_folds_diacritics_and_leaves_ascii_alone() -> None:
    from bilat.actors.gazetteer import normalise

    assert normalise("Zürich") == normalise("Zurich") == "zurich"
    assert normalise("Erdoğan’s  visit") == "erdogan's visit"
    assert normalise("St. Petersburg") == "saint petersburg"
