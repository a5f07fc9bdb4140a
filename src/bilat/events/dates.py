"""The days of an event beyond its one date: what its sentence states besides ("talks on
Thursday and Friday", "resumed on Friday", "a visit that ends on Tuesday", "arrived on March 8
and went on to Jerusalem two days later"), the days of the visit an act was told in, and when a
proposed meeting has its date set.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from bilat.events import merge
from bilat.parse import char_span, children, doc_text, tokens_with
from bilat.records import Interval

if TYPE_CHECKING:
    from bilat.events import arguments, triggers
    from bilat.events.merge import Candidate

__all__ = [
    "date_set",
    "during_visits",
    "ends",
    "next_occurrence",
    "recalls_meeting",
    "sentence_span",
    "told_of",
]

#: Verbs that end a meeting on a stated day ("a visit that ends on Thursday").
ENDING = frozenset({"end", "conclude", "close", "wind", "wrap", "complete", "finish"})

#: How far apart two days of one sentence may lie to be read as the days of one meeting.
_SPAN_GAP_DAYS = 3
#: How long after its first day a visit may be told as left ("arrived on March 8 and went on
#: to Jerusalem two days later").
_STAY_DAYS = 14
# "on Thursday and Friday", "in late April or early May"
_COORDINATION = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s*(?:and|or)\s+(\d{1,2})\b(?![.,]\d|\s*(?:%|per|percent|billion|million))")
#: Verbs that carry a meeting on to a later day ("the talks resumed on Friday").
_CONTINUING = frozenset({"resume", "continue", "end", "conclude", "close", "wrap", "finish"})
#: Verbs of moving on that end a visit ("arrived in Cairo on March 8 and left on March 10").
_MOVING_ON = frozenset({"leave", "depart", "go", "travel", "fly", "head", "proceed", "move", "return"})
# a year written in a date ("May 19, 2023", "May '23"): its year is not the reader's choice
_WRITTEN_YEAR = re.compile(r"\d{4}|'\d\d\b|’\d\d\b")


def sentence_span(trig: triggers.Trigger, timex, idx: arguments.DocIndex):  # noqa: ANN001, ANN202 - Timex
    """The days of a meeting its sentence states beside its one date: coordinated dates ("talks
    on Thursday and Friday", "late April or early May"), an earlier day of talks it continues
    ("met on Thursday evening, and the talks resumed on Friday morning"), the day a visit's
    party moved on ("arrived in Cairo on March 8 and went on to Jerusalem two days later")."""
    iv = timex.interval
    if iv is None or timex.type not in ("DATE", "TIME"):
        return timex
    text = doc_text(idx.doc)
    others = sorted(
        (
            t
            for t, _ in idx.sent_timexes.get(trig.token.sent.start, ())
            if t.interval is not None and t.type in ("DATE", "TIME")
        ),
        key=lambda t: t.start,
    )
    days = iv.days == 1
    for t in others:
        o = t.interval
        if t.start == timex.start or (o.days == 1) != days:
            continue
        first, last = (timex, t) if t.start > timex.start else (t, timex)
        if not _COORDINATION.match(text[first.end : last.start]) or not _coordinated(first, last, idx.doc):
            continue
        a, b = first.interval, last.interval
        gap = (b.start - a.end).days
        if (days and 0 < gap <= _SPAN_GAP_DAYS) or (not days and gap == 1 and a.days >= 28 and b.days >= 28):
            return _widened(timex, a.start, b.end)
    if not days:
        return timex
    # "on June 18 and 19": the second day is written as its number alone
    more = _DAY_AFTER.match(text, timex.end) if timex.text[-1:].isdigit() else None
    if more is not None and 0 < int(more.group(1)) - iv.start.day <= _SPAN_GAP_DAYS:
        return _widened(timex, iv.start, iv.start.replace(day=int(more.group(1))))
    pred = trig.predicate
    anchors = {t.start: a for t, a in idx.sent_timexes.get(trig.token.sent.start, ())}
    for t in others:
        if (
            t.start <= timex.end
            or t.interval.days != 1
            or not 0 < (t.interval.start - iv.start).days <= _STAY_DAYS
        ):
            continue
        verb = idx.doc[anchors[t.start]]
        if ends(verb) and told_of(verb, trig):
            # "began a visit to Pakistan on Monday that ends on Thursday"
            return _widened(timex, iv.start, t.interval.start)
    if trig.type == "CONSULT" and pred.lemma_.lower() in _CONTINUING and pred.pos_ == "VERB":
        before = [t for t in others if t.end <= timex.start and t.interval.days == 1]
        if before and 0 < (iv.start - before[-1].interval.start).days <= _SPAN_GAP_DAYS:
            return _widened(timex, before[-1].interval.start, iv.end)
    if trig.mode == "visit" and pred.pos_ == "VERB":
        for verb in children(pred):
            if verb.dep_ != "conj" or verb.lemma_.lower() not in _MOVING_ON or verb.pos_ != "VERB":
                continue
            lo, hi = idx.doc[verb.left_edge.i].idx, idx.doc[verb.right_edge.i].idx
            later = [t for t in others if timex.end < t.start and lo <= t.start <= hi and t.interval.days < 2]
            if later and 0 < (later[0].interval.start - iv.start).days <= _STAY_DAYS:
                return _widened(timex, iv.start, later[0].interval.start)
    return timex


def ends(verb) -> bool:  # noqa: ANN001 - Token
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ENDING


def told_of(verb, trig: triggers.Trigger) -> bool:  # noqa: ANN001 - Token
    """Whether a verb tells of the meeting itself: a clause on its noun ("a visit that ends
    Thursday") or a verb joined to its own ("arrived on Monday and leaves on Thursday")."""
    if verb.dep_ == "conj" and any(c.dep_ == "dobj" for c in children(verb)):
        return False  # "met on Monday and ended their dispute on Wednesday": another act
    node = verb
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in ("relcl", "acl", "conj", "advcl", "pobj", "prep"):
            return False
        if node.dep_ == "prep" and node.lower_ not in ("for", "on", "during"):
            return False  # "met on Monday, before a summit that ends on Wednesday"
        node = node.head
        if node.i in (trig.token.i, trig.predicate.i):
            return True
    return False


def _widened(timex, start: dt.date, end: dt.date):  # noqa: ANN001, ANN202 - Timex
    return timex.model_copy(update={"interval": Interval(start=start, end=end)})


def _coordinated(first, last, doc) -> bool:  # noqa: ANN001 - Timex, Timex, Doc
    """Whether the parse joins two dates as one ("on Thursday and Friday", "on Monday and on
    Tuesday"), not as the dates of two clauses ("on Monday and on Wednesday met X")."""
    a = char_span(doc, first.start, first.end)
    b = char_span(doc, last.start, last.end)
    if a is None or b is None:
        return False
    node = b.root
    for _ in range(2):
        if node.dep_ == "conj":
            return a.start <= node.head.i < a.end or (a.start > 0 and node.head.i == a.start - 1)
        node = node.head
    return False


#: The widest date a meeting's proposal may state and still have its date set (a month).
_SET_DATE_DAYS = 31


def date_set(c: Candidate, published) -> bool:  # noqa: ANN001
    """A meeting proposed or invited to with its date set ahead ("invited Yoon to attend the
    summit in Hiroshima on May 19-21"): only a call to meet with no date set is a proposal."""
    iv = c.date
    return (
        c.type == "CONSULT"
        and c.status == "proposed"
        and c.timex is not None
        and iv is not None
        and published is not None
        and iv.start > published
        and iv.days <= _SET_DATE_DAYS
    )


def during_visits(cands: list[Candidate]) -> list[Candidate]:
    """An act told in a clause on a visit of several days ("arrived for a two-day visit, during
    which he met Putin and signed documents") is dated by the visit's days, as one of its acts."""
    visits = {
        m.i: c
        for c in cands
        if c.type == "CONSULT" and c.mode == "visit" and c.date is not None and c.date.days > 1
        for m in c.mentions
    }
    if not visits:
        return cands
    for c in cands:
        iv = c.date
        if c.timex is None or iv is None or iv.days != 1 or c.type in merge.VERBAL:
            continue
        node = c.predicate
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        visit = visits.get(node.head.i) if node.dep_ == "relcl" else None
        if visit is None or visit is c or visit.timex is None:
            continue
        if visit.date.start <= iv.start <= visit.date.end:
            c.timex = visit.timex
    return cands


#: Nouns a sentence recalls the meeting just told of by ("During the talks, ...").
_MEETING_NOUNS = frozenset(
    {"talk", "talks", "meeting", "visit", "summit", "negotiation", "discussion", "session", "consultation"}
)
_RECALLING_PREPS = frozenset({"during", "at", "in"})
_RECALLING_DETS = frozenset({"the", "their", "these", "those", "that", "this"})


def recalls_meeting(sent) -> bool:  # noqa: ANN001 - Span
    """Whether a sentence sets its acts in the meeting told before it: "During the talks, the
    two presidents also agreed ...", "At the meeting, they signed ...", "In their talks, ..."."""
    for tok in tokens_with(sent, _MEETING_NOUNS, "lemma"):
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in _RECALLING_PREPS
            and any(c.dep_ in ("det", "poss") and c.lower_ in _RECALLING_DETS for c in children(tok))
            and not any(c.dep_ in ("amod", "compound", "nummod") and c.like_num for c in children(tok))
        ):
            return True
    return False


def next_occurrence(timex, published):  # noqa: ANN001, ANN201 - Timex, date | None
    """A meeting still to come dated by a day or month written without its year ("proposed a
    summit on May 19" in a story of March) is on its next occurrence when that is nearer than
    the last one the clause's tense first pointed to: the plan is told, not its time."""
    iv = timex.interval
    if (
        iv is None
        or published is None
        or timex.anchor != "published"
        or iv.end >= published
        or iv.days > 31
        or _WRITTEN_YEAR.search(timex.text)
    ):
        return timex
    try:
        start, end = iv.start.replace(year=iv.start.year + 1), iv.end.replace(year=iv.end.year + 1)
    except ValueError:
        return timex  # February 29
    if (start - published).days >= (published - iv.end).days:
        return timex
    value = str(start.year) + timex.value[4:] if timex.value[:4].isdigit() else timex.value
    return timex.model_copy(update={"interval": Interval(start=start, end=end), "value": value})
