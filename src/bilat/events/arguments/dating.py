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
        if dep == "conj" and _ahead(node) and node.head.tag_ == "VBD":
            break  # "called on him in May, and the two are expected to meet again": May is past
        node = node.head
        out.append(node)
    return out


#: Aux and verbs of a clause that tells what is still ahead ("will meet", "are expected to meet").
_AHEAD_AUX = frozenset({"will", "'ll", "shall", "would"})
_AHEAD_VERBS = frozenset({"expect", "schedule", "plan", "due", "set", "slate"})


def _ahead(verb: Token) -> bool:
    aux = {c.lower_ for c in children(verb) if c.dep_ in ("aux", "auxpass")}
    return bool(aux & _AHEAD_AUX) or (
        verb.lemma_.lower() in _AHEAD_VERBS and "auxpass" in {c.dep_ for c in children(verb)}
    )


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
    """A timex that dates an act: a date, or a stretch counted from the story's day ("within 30
    days", "over the past two years"), not a bare length ("a two-day visit")."""
    return t.interval is not None and (t.type != "DURATION" or t.anchor == "published")


def attach_date(trig: Trigger, idx: DocIndex) -> Timex | None:
    """The timex attached to the event's trigger, predicate or governing clauses, else the
    sentence's only date."""
    verbal = _verbal(trig)
    doc = idx.doc
    deal = trig.type == "AGREE"
    chain = _chain(trig, through_speech=verbal)
    phrases = _pp_objects(trig.token) if trig.nominal else []
    chain[1:1] = phrases
    below = {n.i for n in phrases}
    for node in chain:
        cands = [
            t
            for t in idx.timex_anchor.get(node.i, ())
            if _usable(t) and not (deal and _term(t, doc)) and (node.i not in below or _date_phrase(t, doc))
        ]
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


#: How many prepositional phrases down from an event noun its date may hang.
_PP_DEPTH = 3


def _pp_objects(noun: Token) -> list[Token]:
    """ "the next meeting of the commission on trade and investment in mid-June": the parse hangs
    an event noun's date on a noun of its prepositional phrases; those nouns, nearest first."""
    out: list[Token] = []
    level = [noun]
    for _ in range(_PP_DEPTH):
        level = [
            o for n in level for c in children(n) if c.dep_ == "prep" for o in children(c) if o.dep_ == "pobj"
        ]
        level += [cj for o in level for cj in children(o) if cj.dep_ == "conj"]
        out.extend(level)
    return out


#: Prepositions that open a date phrase of an event ("in mid-June", "on May 5").
_DATE_PREPS = frozenset({"in", "on", "at", "during", "from", "between", "by"})


def _date_phrase(t: Timex, doc: Doc) -> bool:
    """A timex written as a date phrase ("in mid-June", "on May 5"), not a modifier ("the 2015 deal")."""
    span = char_span(doc, t.start, t.end)
    return span is not None and (
        span[0].lower_ in _DATE_PREPS or (span.start > 0 and doc[span.start - 1].lower_ in _DATE_PREPS)
    )


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
