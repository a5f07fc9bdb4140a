"""Heads of delegations: the people a story names as leading a side at talks it tells.

A wire tells talks in its lede and names who led each side further down ("John Smith, head of
the EC delegation, told Reuters ...", "said Ravi Kumar, who led the Indian delegation", "The
Indian delegation was led by X", "Pakistan's chief negotiator, Y, said ..."). Those people took
part in the talks; they are found once per document and given to a meeting of their side told
in the same sentence, earlier in the same paragraph, or in the story's first paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.events.arguments.index import _RELATIVE, DocIndex
from bilat.events.arguments.phrases import _explicit_subject, inherited_subject
from bilat.parse import children, columns, tokens_with

if TYPE_CHECKING:
    from spacy.tokens import Token

    from bilat.records import Mention

#: What one leads at talks.
_LED = frozenset({"delegation", "team", "talks", "negotiations", "side", "meeting", "session"})
#: Verbs of leading it ("led the delegation", "heads the East bloc side", "opening the meeting").
_LEADING = frozenset({"lead", "head", "chair", "co-chair", "cochair", "open"})
#: Nouns of who leads it ("head of the EC delegation").
_HEAD_NOUNS = frozenset({"head", "leader", "chief", "chairman"})
#: Nouns naming one who leads a side at talks by themselves ("Pakistan's chief negotiator, X").
_NEGOTIATORS = frozenset({"negotiator"})


def delegation_heads(idx: DocIndex) -> list[tuple[int, Mention, frozenset[str]]]:
    """(token, person, the parties their side is named by: country codes and body names) of
    each person the document names as leading a side, in text order. Built once per document."""
    if idx.delegation_heads is not None:
        return idx.delegation_heads
    out: list[tuple[int, Mention, frozenset[str]]] = []
    for tok in tokens_with(idx.doc, _LED | _NEGOTIATORS, "lemma"):
        low = tok.lemma_.lower()
        if low in _LED and tok.pos_ == "NOUN":
            found = _leader_of(tok, idx)
        elif low in _NEGOTIATORS and tok.pos_ == "NOUN":
            found = _named_negotiator(tok, idx)
        else:
            continue
        for at, person, parties in found:
            out.append((at, person, frozenset(parties)))
    out.sort(key=lambda x: x[0])
    idx.delegation_heads = out
    return out


def _leader_of(led: Token, idx: DocIndex) -> list[tuple[int, Mention, list[str]]]:
    parties = _parties(led, idx)
    head = led.head
    leader: Token | None = None
    if led.dep_ == "dobj" and head.lemma_.lower() in _LEADING:
        leader = _explicit_subject(head) or inherited_subject(head)
        if leader is not None and leader.lower_ in _RELATIVE and head.dep_ == "relcl":
            leader = head.head  # "X, who led the delegation"
    elif led.dep_ == "nsubjpass" and head.lemma_.lower() in _LEADING:
        leader = next(
            (o for c in children(head) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"), None
        )
    elif led.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _HEAD_NOUNS:
        noun = head.head  # "X, head of the EC delegation", "the head of the delegation, X"
        leader = (
            noun.head
            if noun.dep_ == "appos"
            else next((c for c in children(noun) if c.dep_ == "appos"), None)
        )
    else:
        # "talks between delegations led by X and Y"
        led_by = (c for c in children(led) if c.dep_ == "acl" and c.lemma_.lower() in _LEADING)
        leader = next(
            (o for c in led_by for a in children(c) if a.dep_ == "agent" for o in children(a)), None
        )
    if leader is None:
        return []
    # "led by X and Y", "led by X, Britain's envoy, and Y" (the parse may join Y to the title)
    named = [
        leader,
        *leader.conjuncts,
        *(c for a in children(leader) if a.dep_ == "appos" for c in a.conjuncts),
    ]
    return [p for t in named if (p := _person(t, idx, parties)) is not None]


def _named_negotiator(noun: Token, idx: DocIndex) -> list[tuple[int, Mention, list[str]]]:
    parties = _parties(noun, idx)
    named = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" else None  # "negotiator X"
    named = named or next((c for c in children(noun) if c.dep_ == "appos"), None)
    person = _person(named, idx, parties) if named is not None else None
    return [person] if person is not None else []


def _parties(noun: Token, idx: DocIndex) -> list[str]:
    """The countries and bodies named in a delegation phrase ("the EC delegation", "Pakistan's
    chief negotiator")."""
    out: list[str] = []
    for t in noun.subtree:
        if t.i == noun.i or t.dep_ in ("relcl", "acl", "appos"):
            continue
        for m in idx.tok_mentions.get(t.i, ()):
            if m.kind != "person":
                out.append(m.country if m.kind == "country" and m.country else m.name)
    return out


def _person(tok: Token, idx: DocIndex, parties: list[str]) -> tuple[int, Mention, list[str]] | None:
    """The person a leader phrase names. The parse may hang "who heads the delegation" on the body
    in the person's title ("X, deputy director of Comecon, who heads ..."): climb to the person,
    whose title's bodies name their side too."""
    node = tok
    for _ in range(5):
        persons = [m for m in idx.tok_mentions.get(node.i, ()) if m.kind == "person"]
        if persons:
            m = persons[0]
            side = [*parties, *([m.country] if m.country else [])]
            return node.i, m, side
        for m in idx.tok_mentions.get(node.i, ()):
            parties = [*parties, m.country if m.kind == "country" and m.country else m.name]
        if node.dep_ not in ("pobj", "prep", "appos") or node.head.i == node.i:
            return None
        node = node.head
    return None


def heads_at(sent_start: int, sent_end: int, idx: DocIndex, parties: set[str]) -> list[Mention]:
    """The heads of delegation of the given parties that a meeting told in the sentence from
    ``sent_start`` takes: named in its sentence (where a meeting of no named party takes them
    whatever their side), later in its paragraph, or anywhere after it when it is told in the
    story's first paragraph."""
    heads = delegation_heads(idx)
    if not heads:
        return []
    breaks = _paragraph_breaks(idx)
    lede = not any(b <= sent_start for b in breaks)
    out: list[Mention] = []
    for at, m, side in heads:
        if at < sent_start:
            continue
        same_sentence = at < sent_end
        if not (side & parties or (same_sentence and not parties)):
            continue
        same_paragraph = not any(sent_start < b <= at for b in breaks)
        if same_sentence or same_paragraph or lede:
            if all(o.name != m.name for o in out):
                out.append(m)
    return out


def _paragraph_breaks(idx: DocIndex) -> list[int]:
    """The first token of each paragraph after the first."""
    if idx.paragraph_breaks is None:
        # a token's trailing whitespace is at most one space: a blank line is a space token
        cols = columns(idx.doc)
        n = len(cols.words)
        idx.paragraph_breaks = [
            i + 1
            for i, (space, word) in enumerate(zip(cols.is_space, cols.words, strict=True))
            if space and "\n\n" in word and i + 1 < n
        ]
    return idx.paragraph_breaks
