"""Who a trade figure is about: the trade word nearest an amount in the parse, its owner
("Russia's imports") and partner ("with the U.S.", "between X and Y"), and the story's pair
when the sentence names it only as "the two countries"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.facts.amounts import _Words
from bilat.parse import char_span, children, tokens_with
from bilat.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# ---------------------------------------------------------------- parse helpers


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = char_span(doc, start, end)
    return span.root if span is not None and len(span) else None


#: Arcs into another clause ("totalled X, while imports reached Y"): a trade word there is further.
_CLAUSES = frozenset({"advcl", "conj", "ccomp", "parataxis"})
_CLAUSE_COST = 3


def _path(a: Token, b: Token) -> int:
    """Arcs between an amount ``a`` and a trade word ``b`` of a sentence (linear in the depth of
    the tree); a trade word down in another clause than the amount's is further."""
    depth_a = {t.i: d for d, t in enumerate([a, *a.ancestors])}
    up_b = [b, *b.ancestors]
    for d, t in enumerate(up_b):
        if t.i in depth_a:
            crossings = sum(1 for x in up_b[:d] if x.dep_ in _CLAUSES and x.pos_ in ("VERB", "AUX"))
            return depth_a[t.i] + d + _CLAUSE_COST * crossings
    return 99


def _nearest(root: Token, sent: Span, words: frozenset[str]) -> tuple[Token | None, tuple[int, int]]:
    """The word of ``words`` nearest to ``root`` in the tree, then in the text."""
    best, best_d = None, (99, 999)
    for t in tokens_with(sent, words, "lower", "lemma"):
        d = (_path(root, t), abs(t.i - root.i))
        if d < best_d:
            best, best_d = t, d
    return best, best_d


class _Countries:
    """Country mentions by token, from the actors stage."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self._doc = doc
        self.by_token: dict[int, str] = {}
        counts: dict[str, int] = {}
        for m in mentions:
            if not m.country or m.kind != "country":
                continue
            counts[m.country] = counts.get(m.country, 0) + 1
            span = char_span(doc, m.evidence.start, m.evidence.end)
            if span is None:
                continue
            for t in span:
                self.by_token.setdefault(t.i, m.country)
        ranked = sorted(counts, key=lambda c: -counts[c])
        self.dyad: tuple[str, ...] = tuple(ranked[:2])

    def forget_chars(self, ranges: list[tuple[int, int]]) -> None:
        for start, end in ranges:
            span = char_span(self._doc, start, end)
            for t in span if span is not None else ():
                self.by_token.pop(t.i, None)

    def in_tokens(self, toks) -> list[str]:  # noqa: ANN001
        out: list[str] = []
        for t in toks:
            c = self.by_token.get(t.i)
            if c and c not in out:
                out.append(c)
        return out


def _owner(word: Token, countries: _Countries) -> str | None:
    """The country a trade word belongs to: "Russia's imports", "Russian exports", "a French surplus"."""
    for c in children(word):
        if c.dep_ in ("poss", "amod", "compound", "nmod") or (c.dep_ == "det" and c.tag_ == "PRP$"):
            for t in c.subtree:
                code = countries.by_token.get(t.i)
                if code:
                    return code
    return None


def _subject_owner(word: Token, countries: _Countries) -> str | None:
    """ "South Korea ran a deficit", "with Brazil recording a surplus": the subject of the verb
    that takes the trade word as its object."""
    verb = word if word.pos_ == "VERB" else word.head if word.dep_ == "dobj" else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        # "South Korea ran a deficit", "Argentina sold goods worth ... to Uruguay"
        for c in children(verb):
            if c.dep_ in ("nsubj", "nsubjpass"):
                for t in c.subtree:
                    code = countries.by_token.get(t.i)
                    if code:
                        return code
    return None


#: What a trade word may be "in" or "of" before its parties ("trade in goods between X and Y").
_GOODS = frozenset({"goods", "services", "commodities", "merchandise", "products"})


def _and_goods(word: Token) -> list[Token]:
    """The trade word and, in "trade in goods between X and Y", the goods noun the parse hangs
    the parties on."""
    out = [word]
    for c in children(word):
        if c.dep_ == "prep" and c.lower_ in ("in", "of"):
            out.extend(o for o in children(c) if o.dep_ == "pobj" and o.lower_ in _GOODS)
    return out


def _between_preps(word: Token) -> list[Token]:
    return [c for h in _and_goods(word) for c in children(h) if c.dep_ == "prep" and c.lower_ == "between"]


def _between(word: Token, countries: _Countries) -> list[str]:
    """ "trade between X and Y": the countries in their order."""
    for c in _between_preps(word):
        return countries.in_tokens(sorted(c.subtree, key=lambda t: t.i))
    return []


def _partner(word: Token, countries: _Countries, exclude: str | None) -> str | None:
    """ "a deficit with the U.S.", and "ran a deficit of $24 billion with Japan" where the
    parse hangs the partner on the verb."""
    holders = _and_goods(word)
    if word.dep_ == "dobj" and word.head.pos_ in ("VERB", "AUX"):
        holders.append(word.head)
    if word.pos_ == "VERB":
        # "exported goods worth 9.3 billion shillings to Somalia": the parse hangs the partner
        # on the amount in the verb's object
        for obj in (c for c in children(word) if c.dep_ == "dobj"):
            holders.extend(t for t in obj.subtree if t.pos_ in ("NOUN", "ADJ"))
    for h in holders:
        for c in children(h):
            if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to", "from", "between", "against"):
                for t in c.subtree:
                    code = countries.by_token.get(t.i)
                    if code and code != exclude:
                        return code
    return None


_BILATERAL = frozenset({"bilateral", "two-way", "mutual", "reciprocal"})


def _reporter_partner(
    word: Token,
    sent_countries: list[str],
    countries: _Countries,
    context: tuple[str | None, str | None],
    *,
    context_here: bool = False,
) -> tuple[str | None, str | None]:
    """Reporter and partner of a trade word, or (None, None) when the statement is not bilateral.

    Read from the word's owner ("Russia's imports") and partner ("with the U.S.", "between X
    and Y"); a bilateral modifier or a named owner lets the sentence or the document's pair
    supply the other side; a sentence that names no country continues the last statement.
    """
    reporter = _owner(word, countries)
    by_subject = False
    if reporter is None:
        reporter = _subject_owner(word, countries)
        by_subject = reporter is not None
    partner = _partner(word, countries, reporter)
    pair = _between(word, countries)
    if reporter is None and len(pair) >= 2:
        reporter, partner = pair[0], pair[1]
    if reporter and partner:
        return reporter, partner
    mods = {c.lower_ for c in word.subtree if c.i < word.i + 3}
    # "two-way trade": the tokenizer splits the hyphenated modifier into three tokens
    mods |= {"".join(t.lower_ for t in word.doc[c.i - 1 : c.i + 2]) for c in word.subtree if c.text == "-"}
    # "trade between the two countries": a between-phrase naming fewer than two countries
    # refers to the document's pair
    unnamed_pair = bool(_between_preps(word))
    if mods & _BILATERAL or (pair and len(pair) < 2) or (unnamed_pair and len(pair) < 2) or _the_pairs(word):
        cands = [c for c in (*sent_countries, *countries.dyad) if c not in (reporter, partner)]
        reporter = reporter or (cands.pop(0) if cands else None)
        cands = [c for c in cands if c != reporter]
        partner = partner or (cands[0] if cands else None)
        return reporter, partner
    if partner and not reporter:
        others = [c for c in (*sent_countries, *countries.dyad) if c != partner]
        return (others[0] if others else None), partner
    if reporter and not partner:
        # a subject's own figure continues a statement of the same sentence only ("trade reached
        # $21.4 billion, with Brazil recording a surplus of $3.6 billion")
        if context[0] and reporter in context and (context_here or not by_subject):
            return reporter, context[1] if reporter == context[0] else context[0]
        # a subject's total ("the United States had a record deficit") is not bilateral
        if reporter in countries.dyad and len(countries.dyad) == 2 and not by_subject:
            return reporter, next(c for c in countries.dyad if c != reporter)
        return reporter, None
    if not sent_countries and context[0] and context[1]:
        return context[0], context[1]
    return None, None


#: Nouns that stand for the story's other country ("trade with the country", "its neighbour").
_PAIR_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor", "kingdom", "republic"})
#: Nouns of a border a trade flow crosses ("trade across the border", "border trade").
_BORDER_NOUNS = frozenset({"border", "frontier"})


def _the_pairs(word: Token) -> bool:
    """A trade word told of the story's two countries without naming them: "trade with the
    country" (the other one), "in that trade" (the trade just told), "trade across the border",
    "border trade"."""
    for c in children(word):
        if c.dep_ == "compound" and c.lower_ in _BORDER_NOUNS:
            return True
        if c.dep_ != "prep":
            continue
        for o in children(c):
            if o.dep_ != "pobj":
                continue
            dets = {d.lower_ for d in children(o) if d.dep_ in ("det", "poss")}
            if c.lower_ == "with" and o.lemma_.lower() in _PAIR_NOUNS and dets & {"the", "its", "that"}:
                return True
            if c.lower_ == "across" and o.lemma_.lower() in _BORDER_NOUNS:
                return True
    head = word.head
    # "Japan had a surplus of X in that trade": the trade just told
    return (
        word.dep_ == "pobj"
        and head.lower_ == "in"
        and any(d.dep_ == "det" and d.lower_ in ("that", "this") for d in children(word))
    )


def _sentence_pair(sent: Span, w: _Words, countries: _Countries) -> tuple[str | None, str | None]:
    """The two sides of a bilateral trade statement in the sentence, amounts or not."""
    words = w.trade
    sent_countries = countries.in_tokens(sent)
    for t in tokens_with(sent, words, "lower", "lemma"):
        r, p = _reporter_partner(t, sent_countries, countries, (None, None))
        if r and p and r != p:
            return r, p
    return None, None
