"""The per-document caches the stages read instead of spaCy's Token objects must say what the
tokens say."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat import parse

TEXT = (
    "MOSCOW, March 3 (Reuters) - Soviet Foreign Minister Eduard Shevardnadze met  U.S. envoy "
    "Paul Nitze on Monday.\n\nThe two sides didn't agree; talks resume in Geneva's old town."
)


def _doc(nlp: Any) -> Any:
    return nlp(parse.make_doc(nlp, TEXT, "d1", dt.date(1987, 3, 3)))


def test_columns_hold_what_each_token_says(nlp: Any) -> None:
    doc = _doc(nlp)
    cols = parse.columns(doc)
    assert cols.words == [t.text for t in doc]
    assert cols.lower == [t.lower_ for t in doc]
    assert cols.starts == [t.idx for t in doc]
    assert cols.whitespace == [bool(t.whitespace_) for t in doc]
    assert cols.is_space == [t.is_space for t in doc]
    assert cols.is_punct == [t.is_punct for t in doc]
    assert cols.is_lower == [t.is_lower for t in doc]
    assert cols.lemma == [t.lemma_.lower() for t in doc]
    assert cols.pos == [t.pos_ for t in doc]
    assert cols.tag == [t.tag_ for t in doc]


def test_columns_of_an_empty_document_are_empty(nlp: Any) -> None:
    assert parse.columns(nlp("")).words == []


def test_text_is_the_input_text_without_rejoining_tokens(nlp: Any) -> None:
    doc = _doc(nlp)
    assert parse.doc_text(doc) == TEXT == doc.text


def test_ents_are_the_documents_entities_built_once(nlp: Any) -> None:
    doc = _doc(nlp)
    assert [(e.start, e.end, e.label_) for e in parse.ents(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    assert parse.ents(doc) is parse.ents(doc)


def test_tokens_with_finds_the_tokens_of_a_span_by_word_lower_case_or_lemma(nlp: Any) -> None:
    doc = _doc(nlp)
    second = list(doc.sents)[-1]
    assert [t.text for t in parse.tokens_with(doc, {"moscow", "geneva"})] == ["MOSCOW", "Geneva"]
    assert [t.text for t in parse.tokens_with(second, {"moscow", "geneva"})] == ["Geneva"]
    assert [t.text for t in parse.tokens_with(doc, {"side"}, "lemma")] == ["sides"]
    assert [t.text for t in parse.tokens_with(doc, {"Paul"}, "words")] == ["Paul"]
    assert [t.text for t in parse.tokens_with(doc, {"meet"}, "lower", "lemma")] == ["met"]


def test_token_sent_after_the_stages_is_the_sentence_spacy_gives(bilat_nlp: Any) -> None:
    doc = _doc(bilat_nlp)
    assert "sent" in doc.user_token_hooks  # installed by the first of bilat's stages
    starts = [t.i for t in doc if t.is_sent_start] + [len(doc)]
    for tok in doc:
        k = max(j for j, s in enumerate(starts[:-1]) if s <= tok.i)
        assert (tok.sent.start, tok.sent.end) == (starts[k], starts[k + 1])
        assert tok.sent.text == doc[starts[k] : starts[k + 1]].text


def test_release_drops_the_caches_that_refer_back_to_the_doc(bilat_nlp: Any) -> None:
    doc = _doc(bilat_nlp)
    parse.ents(doc)
    parse.children(doc[0])
    first = doc[0].sent
    parse.release(doc)
    assert "sent" not in doc.user_token_hooks

    def spans_or_tokens(value: Any) -> bool:
        items = value if isinstance(value, list | tuple) else ()
        return any(hasattr(x, "doc") or (isinstance(x, tuple) and spans_or_tokens(x)) for x in items)

    assert not any(spans_or_tokens(v) for v in doc.user_data.values())
    assert (doc[0].sent.start, doc[0].sent.end) == (first.start, first.end)  # spaCy's own answer now


def test_loaded_pipeline_has_its_stage_tables_loaded_and_out_of_the_collectors_reach(bilat_nlp: Any) -> None:
    import gc

    from bilat.actors import gazetteer

    assert gazetteer.load.cache_info().currsize == 1  # loaded by the warm-up, not by a first document
    phrases = gazetteer.load().phrases
    # frozen: in no generation a collection walks
    assert not any(o is phrases for gen in range(3) for o in gc.get_objects(generation=gen))


def test_token_range_is_the_expanded_char_span(nlp: Any) -> None:
    doc = parse.make_doc(nlp, "  Talks in  Doha\n\nended on Friday.  ", "d", None)
    n = len(doc.text)
    for start in range(-1, n + 2):
        for end in range(start, n + 2):
            span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start <= end <= n + 1 else None
            expected = None if span is None else range(span.start, span.end)
            assert parse.token_range(doc, start, end) == expected, (start, end)


def test_children_are_the_children_spacy_gives_in_its_order(nlp: Any) -> None:
    doc = nlp(
        "The foreign ministers of Iran and Russia, who met in Moscow on Monday, signed a memorandum "
        "that both said would expand trade. Talks will resume in Tehran next month, officials said."
    )
    for tok in doc:
        assert [c.i for c in parse.children(tok)] == [c.i for c in tok.children]


def test_char_span_is_spacys_expanded_char_span(nlp: Any) -> None:
    doc = parse.make_doc(nlp, "Talks in Doha ended on Friday.", "d", None)

    def bounds(span: Any) -> tuple[int, int] | None:
        return None if span is None else (span.start, span.end)

    for start, end in [(0, 5), (2, 12), (5, 6), (14, 30), (29, 30), (30, 31)]:
        expected = bounds(doc.char_span(start, end, alignment_mode="expand"))
        assert bounds(parse.char_span(doc, start, end)) == expected
