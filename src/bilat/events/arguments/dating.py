"""The date of an event: the timex attached to the trigger, its predicate or a clause that
governs it (never across reported speech, save for a verbal act), else the sentence's only date
when it dates neither the saying, the content of the act, another relative clause nor a state
begun ("since")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.events.arguments.index import _SPEECH, DocIndex
from bilat.events.arguments.phrases import _explicit_subject, _verbal
from bilat.events.triggers import Trigger
from bilat.parse import char_span, children

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from bilat.records import Timex


def _chain(trig: Trigger, *, through_speech: bool = False) -> list[Token]:
    """Trigger, predicate and the clauses that govern them, nearest first. A verbal act reported
    by a verb of saying ("said on Sunday they would not attend") takes the saying's clause too."""
    out: list[Token] = [trig.token]
    noun = trig.token if trig.nominal else None
    if noun is not None:
        if noun.dep_ in ("compound", "amod"):
            out.append(noun.head)
            noun = noun.head
        out.extend(c for c in children(noun) if c.dep_ in ("acl", "relcl"))
    pred = trig.predicate
    if pred is not None and all(pred.i != t.i for t in out):
        out.append(pred)
    node = pred if pred is not None else trig.token
    crossed = False
    for _ in range(6):
        if node.head.i == node.i:
            break
        dep = node.dep_
        speech = node.head.lemma_.lower() in _SPEECH
        if dep == "ccomp" or (dep == "xcomp" and speech) or (speech and dep not in ("conj", "advcl")):
            if not (through_speech and speech and not crossed):
                break
            crossed = True
            out.append(node.head)
            break
        node = node.head
        out.append(node)
    return out


def _in_content_of(anchor: Token, pred: Token) -> bool:
    """Whether a token lies in a to-/that-clause the predicate governs ("agreed to start flights
    on May 31"): that date is the content's, not the event's."""
    node = anchor
    for _ in range(8):
        if node.head.i == pred.i:
            return node.dep_ in ("xcomp", "ccomp")
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _usable(t: Timex) -> bool:
    return t.interval is not None and t.type != "DURATION"


def attach_date(trig: Trigger, idx: DocIndex) -> Timex | None:
    """The timex attached to the event's trigger, predicate or governing clauses, else the
    sentence's only date."""
    verbal = _verbal(trig)
    doc = idx.doc
    deal = trig.type == "AGREE"
    for node in _chain(trig, through_speech=verbal):
        cands = [t for t in idx.timex_anchor.get(node.i, ()) if _usable(t) and not (deal and _term(t, doc))]
        if cands:
            return min(cands, key=lambda t: abs(t.start - trig.token.idx))
    # The one date of the sentence, unless it dates a verb of saying the event is reported
    # under, or the content of the event ("agreed to start flights on May 31").
    cands = [
        (t, doc[a])
        for t, a in idx.sent_timexes.get(trig.token.sent.start, ())
        if _usable(t) and (verbal or doc[a].lemma_.lower() not in _SPEECH) and not (deal and _term(t, doc))
    ]
    if (
        len(cands) == 1
        and not _in_content_of(cands[0][1], trig.predicate)
        and not _in_other_relative(cands[0][1], trig.token, trig.predicate)
        and not _since(cands[0][0], doc)
        and not _since_clause(cands[0][1])
    ):
        return cands[0][0]
    return None


def _since_clause(anchor: Token) -> bool:
    """A date in a clause opened by "since" ("his first visit since he took office last year")
    dates the start of a state, not the act told beside it."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in children(anchor))


def _in_other_relative(anchor: Token, trigger: Token, pred: Token) -> bool:
    """Whether a date lies in a relative clause that does not hold the event ("met Sisi in a
    country that in 1970 had ties with the US"). One on the event noun or on the subject ("X,
    who spoke by telephone on Wednesday, agreed") dates the event."""
    subj = _explicit_subject(pred)
    node = anchor
    for _ in range(8):
        if (
            node.dep_ in ("relcl", "acl")
            and node.head.i != trigger.i
            and not (subj is not None and subj.left_edge.i <= node.head.i <= subj.right_edge.i)
            and not (node.left_edge.i <= trigger.i <= node.right_edge.i)
        ):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _since(t: Timex, doc: Doc) -> bool:
    """A date after "since" starts a state, it does not date an act reported beside it."""
    span = char_span(doc, t.start, t.end)
    if span is None:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ == "since" or (before is not None and before.lower_ == "since")


#: Words between a term's preposition and its dates ("for the period 2021-2025", "until the end of 2030").
_TERM_FILLER = frozenset(
    {"the", "period", "years", "year", "of", "from", "between", "end", "calendar", "fiscal"}
)
#: Words that open the term a deal runs for ("contracts for 2009-2019", "a treaty valid until 2030").
_TERM_OPENERS = frozenset({"for", "until", "till", "through", "thru"})


def _term(t: Timex, doc: Doc) -> bool:
    """A date that opens with "for/until/through" ("signed contracts for 2009-2019", "a treaty
    valid until 2030", "a plan for the period 1991-1995"): the term a deal runs, not the day it
    was made. ("expires in 2030" too.)"""
    span = char_span(doc, t.start, t.end)
    if span is None:
        return False
    k = span.start
    if span[0].lower_ in _TERM_OPENERS:
        return True
    while k > 0 and doc[k - 1].lower_ in _TERM_FILLER:
        k -= 1
    if k == 0:
        return False
    before = doc[k - 1]
    if before.lower_ in _TERM_OPENERS or before.lemma_.lower() in ("cover", "span"):
        return True  # "a trade agreement covering 1978-1985"
    # "which expires in 2030", "due to run out in 2025"
    return before.lower_ in ("in", "by") and k > 1 and doc[k - 2].lemma_.lower() in ("expire", "lapse", "out")
