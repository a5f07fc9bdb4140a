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
from bilat.temporal.lexicon import number_value

if TYPE_CHECKING:
    from bilat.events import arguments, triggers
    from bilat.events.merge import Candidate
    from bilat.records import Timex

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


# ---------------------------------------------------------------- stated lengths


#: Verbs that tell a meeting as over ("ended talks here", "the talks concluded", "collapsed").
_ENDING = ENDING | {"collapse"}


def told_ended(trig: triggers.Trigger) -> bool:
    pred = trig.predicate
    if pred.lemma_.lower() in _ENDING and pred.pos_ == "VERB":
        return True
    noun = length_phrase(trig.token)
    head = noun.head
    if noun.dep_ in ("dobj", "nsubj") and head.lemma_.lower() in _ENDING and head.pos_ == "VERB":
        return True
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _END_NOUNS:
        return True  # "announced at the end of five days of talks", "at the close of the summit"
    # "the talks, which lasted three days, ended on Friday": the noun's own clause ends it
    return any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _ENDING and c.pos_ == "VERB"
        for c in children(noun)
    )


#: Nouns of a meeting's last moment ("at the end of five days of talks").
_END_NOUNS = frozenset({"end", "close", "conclusion"})
_BEGINNING = frozenset({"begin", "start", "open"})


def begun_until_ended(trig: triggers.Trigger, timex: Timex, idx: arguments.DocIndex) -> Timex:
    """Talks dated by the clause that began them and ended by the act they ended with ("initialled
    the text on November 18 at the end of talks that had begun on November 12": November 12-18)."""
    noun, iv = trig.token, timex.interval
    if not trig.nominal or iv is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return timex
    began = [c for c in children(noun) if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _BEGINNING]
    end_noun = noun.head.head
    if not began or end_noun.lemma_.lower() not in _END_NOUNS or end_noun.dep_ != "pobj":
        return timex
    if not any(t is timex for t in idx.timex_anchor.get(began[0].i, ())):
        return timex
    verb = end_noun.head.head
    ends = [t for t in idx.timex_anchor.get(verb.i, ()) if t.interval is not None and t.type != "DURATION"]
    if len(ends) != 1 or not iv.start < ends[0].interval.end:
        return timex
    return timex.model_copy(update={"interval": Interval(start=iv.start, end=ends[0].interval.end)})


#: Nouns of a stay whose length a journey verb's purpose states ("arrived for a six-day visit").
_STAY_NOUNS = frozenset({"visit", "tour", "stay", "trip", "talks"})


def trip_noun(trig: triggers.Trigger):  # noqa: ANN202 - Token
    """The noun a journey told by a verb states its length in: "arrived in Beijing on Tuesday for
    a six-day official visit" (the visit's days from the arrival)."""
    pred = trig.predicate
    if trig.nominal or pred is None:
        return trig.token
    for p in children(pred):
        if p.dep_ == "prep" and p.lower_ == "for":
            for o in children(p):
                if o.dep_ == "pobj" and o.lemma_.lower() in _STAY_NOUNS and length_days(o):
                    return o
    return trig.token


def length_phrase(noun):  # noqa: ANN001, ANN202 - Token
    """The phrase a meeting noun is told in: "three days" of "concluded three days of talks"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _UNIT_DAYS:
        return noun.head.head
    return noun


def told_after(noun) -> bool:  # noqa: ANN001 - Token
    """ "after four days of talks", "after three-day talks": a meeting over by its sentence's act."""
    phrase = length_phrase(noun)
    return phrase.dep_ == "pobj" and phrase.head.lower_ == "after"


#: Days in a unit a meeting's length is stated in ("a three-day visit", "a two-week tour").
_UNIT_DAYS = {"day": 1, "week": 7}


def length_days(noun) -> int | None:  # noqa: ANN001 - Token
    """The length a meeting noun states: "the three-day talks", "a two-week tour", "a week-long
    visit", "a visit of three days", "after two days of talks"."""
    for c in children(noun):
        unit = _UNIT_DAYS.get(c.lemma_.lower())
        if c.dep_ in ("compound", "amod", "nmod") and unit and (days := _counted(c, unit)):
            return days
        if c.dep_ == "amod" and c.lower_ in ("weeklong", "week-long"):
            return 7
        if (
            c.dep_ == "amod"
            and c.lower_ == "long"
            and any(x.lower_ == "week" and x.dep_ in ("npadvmod", "compound") for x in children(c))
        ):
            return 7  # "week-long" parsed as "week" "-" "long"
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((x for x in children(c) if x.dep_ == "pobj"), None)
            unit = _UNIT_DAYS.get(obj.lemma_.lower()) if obj is not None else None
            if unit and (days := _counted(obj, unit)):
                return days
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "day":
        return _counted(noun.head.head, 1)
    return _lasted_days(noun)


def _counted(tok, unit: int) -> int | None:  # noqa: ANN001 - Token
    """The days of "three days" / "two weeks": the token's number times its unit, up to a month."""
    n = _number(next((x for x in children(tok) if x.dep_ == "nummod"), None))
    return n * unit if n and n * unit <= 31 else None


def _lasted_days(noun) -> int | None:  # noqa: ANN001 - Token
    """ "talks that lasted five days", "the talks, which lasted three days", "the talks lasted a
    week": the length a clause on the meeting or of its own states."""
    verbs = [c for c in children(noun) if c.dep_ in ("relcl", "acl")]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    for verb in verbs:
        if verb.lemma_.lower() != "last" or verb.pos_ != "VERB":
            continue
        for obj in children(verb):
            unit = _UNIT_DAYS.get(obj.lemma_.lower())
            if unit and obj.dep_ in ("npadvmod", "dobj", "obj", "advmod"):
                num = next((x for x in children(obj) if x.dep_ == "nummod"), None)
                n = (
                    1
                    if num is None and any(x.lower_ in ("a", "one") for x in children(obj))
                    else _number(num)
                )
                if n and n * unit <= 31:
                    return n * unit
    return None


def _number(tok) -> int | None:  # noqa: ANN001 - Token | None
    if tok is None:
        return None
    n = number_value(tok.text)
    return int(n) if n is not None and float(n).is_integer() and 1 < n <= 31 else None


def meeting_spans(cands: list[Candidate], published) -> list[Candidate]:  # noqa: ANN001
    """The days of a meeting from a stated length told in any of its mentions: a stated start
    runs forward ("a two-day visit starting Monday"); a meeting a wire's lede tells as ended
    with no date ("ended talks here") ended on the day of the report and runs back ("An EC
    negotiator taking part in the three-day talks")."""
    for c in cands:
        if c.type != "CONSULT" or c.status != "occurred":
            continue
        if c.timex is None and c.ended and published is not None and c.token.sent.start == 0:
            c.report_day = Interval(start=published, end=published)
        iv = c.date
        if iv is None or iv.days != 1 or not c.length_days or c.stated_length:
            continue
        span = dt.timedelta(days=c.length_days - 1)
        new = (
            Interval(start=iv.start - span, end=iv.end)
            if c.ended
            else Interval(start=iv.start, end=iv.start + span)
        )
        if c.timex is not None:
            c.timex = c.timex.model_copy(update={"interval": new})
        else:
            c.report_day = new
        c.stated_length = True
    return cands


def stated_length(noun, timex, *, ending: bool = False):  # noqa: ANN001, ANN202 - Token, Timex
    """A meeting of a stated length that starts on a stated day covers those days ("his
    three-day visit, which began on Nov. 19": Nov. 19-21)."""
    iv = timex.interval
    if iv is None or iv.days != 1:
        return timex
    n = length_days(noun) if ending or noun.dep_ != "pobj" or noun.head.lower_ != "of" else None
    if n is not None and ending:
        # "a three-day visit to Japan that ends Thursday": the stated day is its last
        return timex.model_copy(
            update={"interval": Interval(start=iv.start - dt.timedelta(days=n - 1), end=iv.end)}
        )
    if n is not None:
        end = iv.start + dt.timedelta(days=n - 1)
        return timex.model_copy(update={"interval": Interval(start=iv.start, end=end)})
    return timex


def offset_days(pred) -> int | None:  # noqa: ANN001 - Token
    """The days from the act of the clause ``pred`` heads to the act it is told against: -2 for
    "two days after Erdogan expressed regret" (the regret came two days earlier), +7 for "a week
    before the talks opened", 0 for "hours after"; None when the clause tells no such offset."""
    if pred.dep_ != "advcl":
        return None
    kids = children(pred)
    mark = next((c for c in kids if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    sign = -1 if mark.lower_ == "after" else 1
    # the parse hangs "two days" on the verb or on its "after"
    for c in (*kids, *children(mark)):
        if c.dep_ != "npadvmod":
            continue
        lemma = c.lemma_.lower()
        if lemma == "hour":
            return 0  # "hours after": the same day
        unit = _UNIT_DAYS.get(lemma)
        if unit is None:
            continue
        one = any(x.dep_ in ("det", "nummod") and x.lower_ in ("a", "the", "one", "1") for x in children(c))
        days = unit if one else _counted(c, unit)
        if days:
            return sign * days
    return None
