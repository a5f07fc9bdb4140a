"""The days of acts a story does not date in their own sentence.

A story tells an episode in order: the lede's news ("Japan and South Korea on Monday reached an
agreement"), a meeting's day and what was done at it ("The two presidents signed ..."), what
came "later" that day, and statements made on the day they are reported. These passes run
after the events are read and merged, each one pass over the candidates in text order.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from bilat.events import arguments, dates, lexicon, merge, status, triggers
from bilat.events.merge import Candidate
from bilat.parse import char_span, children, doc_text
from bilat.records import Interval, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["episode_dates", "lede_start", "narrative_dates", "offset_dates", "report_days", "unnamed_scene"]


#: How many sentences after a dated meeting an undated event is still read as part of it
#: (1: the next sentence; 2 and 3 gained nothing on the development sets).
_EPISODE_SENTENCES = 1
#: How far a sentence that recalls the meeting ("During the talks, ...") may come after it.
_RECALLED_SENTENCES = 4


def episode_dates(
    cands: list[Candidate],
    idx: arguments.DocIndex,
    lex: lexicon.Lexicon,
    published,  # noqa: ANN001
    lede: int,
    scene: Timex | None = None,
) -> list[Candidate]:
    """An undated event in a sentence without a date, reported just after a dated meeting,
    visit or call, took place during it ("Lula visited Buenos Aires on January 23. The two
    presidents signed a series of agreements."). ``lede`` is where the lede begins
    (``lede_start``); ``scene`` is the day of a meeting the lede tells of parties it does not
    name ("their successors met in Paris on Sunday")."""
    ordinal = {s.start: n for n, s in enumerate(idx.doc.sents)}
    # (sentence, a meeting's?, still ahead?, its date): the scenes told so far
    told: list[tuple[int, bool, bool, Timex]] = []
    lede_n = ordinal[lede]
    if scene is not None:
        told.append((lede_n, True, False, scene))
    day_scenes = _day_scenes(cands, idx, published)
    told.extend((ordinal[start], False, False, t) for start, t in day_scenes)
    scene_days = {id(t) for _, t in day_scenes}
    told.sort(key=lambda e: e[0])
    for c in sorted(cands, key=lambda c: c.token.i):
        n = ordinal[c.token.sent.start]
        if c.timex is not None and (c.type == "CONSULT" or _news_peg(c, n == lede_n, published, lex)):
            ahead = c.status != "occurred" or (
                published is not None and c.date is not None and c.date.start > published
            )
            told.append((n, c.type == "CONSULT", ahead, c.timex))
            if c.type == "CONSULT":
                # a meeting told again further on ("issued after a meeting yesterday. ... The
                # ministers met today.") goes on from its last telling
                told.extend(
                    (ordinal[m.sent.start], True, ahead, c.timex)
                    for m in c.mentions
                    if ordinal[m.sent.start] > n and (c.later is None or m.i != c.later[0].i)
                )
            if c.later is not None:
                # the talks of a visit told after its arrival date what follows them
                told.append((ordinal[c.later[0].sent.start], True, ahead, c.later[1]))
            continue
        before = [e for e in told if e[0] <= n]
        episode = max(reversed(before), key=lambda e: e[0]) if before else None
        if c.timex is not None or episode is None:
            continue
        if n - episode[0] > _EPISODE_SENTENCES and not (
            n - episode[0] <= _RECALLED_SENTENCES
            and (dates.recalls_meeting(c.token.sent) or _told_later(c.predicate))
        ):
            continue
        _, meeting, ahead, timex = episode
        if ahead and lex.is_verbal(c.type) and not c.nominal:
            continue  # a statement made is not dated by a meeting still ahead
        clause = not (c.nominal and c.predicate.i == c.token.i)
        if not meeting and clause and _told_before(c.predicate):
            continue  # "Pompeo said Washington had warned Turkey": before the news, not on its day
        if any(_dates_a_time(t) for t, _ in idx.sent_timexes.get(c.token.sent.start, ())):
            continue
        c.timex = timex
        if c.date is not None:
            c.status = status.date_status(c.status, c.date.start, published)
        if c.type == "CONSULT" or id(timex) in scene_days:
            # the scene goes on: "... chaired a joint meeting."; "The ministry summoned the envoy.
            # It accused Ottawa ..."
            told.append((n, meeting, ahead, timex))
    return cands


#: Nouns of a side's answer a sentence may only date ("New Delhi's answer came on Tuesday").
_RESPONSES = frozenset(
    {"answer", "response", "reply", "reaction", "retaliation", "riposte", "rebuff", "counter", "blow"}
)


def _day_scenes(cands: list[Candidate], idx: arguments.DocIndex, published) -> list[tuple[int, Timex]]:  # noqa: ANN001
    """Sentences that tell no act but date a side's answer in the story's week ("New Delhi's answer
    came on Tuesday."): the acts told next are that answer, made that day."""
    if published is None:
        return []
    with_acts = {c.token.sent.start for c in cands}
    out = []
    for start, found in idx.sent_timexes.items():
        if start in with_acts or len(found) != 1:
            continue
        t, anchor = found[0]
        if t.interval is None or t.interval.days != 1 or not _news_week(t.interval.start, published):
            continue
        root = idx.doc[start].sent.root
        if anchor != root.i:
            continue
        subj = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in _RESPONSES:
            out.append((start, t))  # not "the minister visited a plant on Tuesday": an act of its own
    return out


def lede_start(doc: Doc) -> int:
    """Where the story's lede begins: its first sentence with a verb, after a dateline a parse
    may split off ("PARIS –")."""
    for sent in itertools.islice(doc.sents, 3):
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return sent.start
    return 0


def unnamed_scene(
    trig: triggers.Trigger,
    idx: arguments.DocIndex,
    published,  # noqa: ANN001
    lede: int,
) -> Timex | None:
    """The day of a meeting a story's lede tells in its main clause without naming its parties
    ("Sixty years after the treaty, their successors met in Paris on Sunday"): the news the next
    sentences go on telling."""
    pred = trig.predicate
    if (
        published is None
        or trig.type != "CONSULT"
        or trig.nominal
        or pred.sent.start != lede
        or pred.dep_ != "ROOT"
        or status.clause_status(pred, verbal=False) != ("occurred", False)
        or not _several(pred)
    ):
        return None
    timex = arguments.attach_date(trig, idx)
    if timex is None or timex.interval is None or timex.interval.days != 1:
        return None
    return timex if _news_week(timex.interval.start, published) else None


def _several(pred: Token) -> bool:
    """A meeting told of more than one party: a plural or coordinated subject ("their
    successors met", "the envoys of both sides met"), or one met "with" another; not one
    person's trip ("the minister visited a power plant")."""
    kids = children(pred)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children(subj))):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)


def _dates_a_time(t: Timex) -> bool:
    """A point or period in time, which dates the sentence's own acts ("on Tuesday", "in 2019");
    a length ("the talks lasted four hours") or a frequency does not."""
    return t.type in ("DATE", "TIME") and t.interval is not None


def _news_peg(c: Candidate, in_lede: bool, published, lex: lexicon.Lexicon) -> bool:  # noqa: ANN001
    """The act a story's lede reports as done in the days before it was published ("Japan and
    South Korea on Monday reached an agreement ..."): the news the next sentences go on telling,
    so it dates their undated acts as a dated meeting does."""
    return (
        in_lede
        and published is not None
        and c.status == "occurred"
        and not lex.is_verbal(c.type)
        and c.date is not None
        and c.date.days == 1
        and _news_week(c.date.start, published)
    )


#: How many days before publication a lede's act is still the story's news.
_PEG_DAYS = 7


def _news_week(day: dt.date, published: dt.date) -> bool:
    """A day in the week before publication, when a story's news happened."""
    return 0 <= (published - day).days <= _PEG_DAYS


def _days_at(idx: arguments.DocIndex, tok: Token) -> list[Timex]:
    """The one-day dates of ``tok``'s sentence that the time stage hung on ``tok``."""
    return [
        t
        for t, anchor in idx.sent_timexes.get(tok.sent.start, ())
        if anchor == tok.i and _dates_a_time(t) and t.interval.days == 1  # type: ignore[union-attr]
    ]


def _told_later(pred: Token) -> bool:
    """A clause that goes on with the story's last scene: "Abe later telephoned Park", "the two
    men later met" (not "two years later", which tells of another time)."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "later" and not any(g.dep_ == "npadvmod" for g in children(c))
        for c in children(pred)
    )


_PRONOUN_SUBJECTS = frozenset({"he", "she", "they"})


def narrative_dates(cands: list[Candidate], idx: arguments.DocIndex, published) -> list[Candidate]:  # noqa: ANN001
    """An undated act told of a pronoun just after a sentence whose main clause is dated goes on
    its story ("Putin went on a tour of the region this week. On a surprise visit to an airbase,
    he embraced Assad": this week)."""
    sents = list(idx.doc.sents)
    ordinal = {s.start: n for n, s in enumerate(sents)}
    for c in cands:
        if c.timex is not None or c.status != "occurred" or c.type in merge.VERBAL:
            continue  # a statement is dated by its report
        n = ordinal[c.token.sent.start]
        if n == 0 or idx.sent_timexes.get(c.token.sent.start):
            continue
        clause = c.predicate if not (c.nominal and c.predicate.i == c.token.i) else _scene_of(c.token)
        if clause is None:
            continue
        subj = next((t for t in children(clause) if t.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in _PRONOUN_SUBJECTS:
            continue
        prev = sents[n - 1]
        dated = [t for t, a in idx.sent_timexes.get(prev.start, ()) if a == prev.root.i and t.interval]
        if len(dated) == 1 and len(idx.sent_timexes.get(prev.start, ())) == 1:
            c.timex = dated[0]
            c.status = status.date_status(c.status, dated[0].interval.start, published)
    return cands


def _scene_of(noun):  # noqa: ANN001, ANN202 - Token
    """The verb a meeting noun sets the scene for ("On a visit to X, he embraced Y")."""
    node = noun
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        gov = node.head.head
        return gov if gov.pos_ in ("VERB", "AUX") else None
    return None


def report_days(
    cands: list[Candidate],
    idx: arguments.DocIndex,
    lex: lexicon.Lexicon,
    published,  # noqa: ANN001
    lede: int,
) -> list[Candidate]:
    """A statement the text does not date was made on the day it is reported ("X said",
    "X urged Y to"): the day of the story's first dated saying ("announced on Tuesday"), else
    its publication day, as event data date verbal acts by their story. Not one told as done
    before ("had urged") or reported from an earlier time ("has long called for")."""
    if published is None:
        return cands
    day = _lede_day(idx) or _news_day(idx, published, lede) or Interval(start=published, end=published)
    for c in cands:
        if c.timex is not None or not lex.is_verbal(c.type) or c.status != "occurred":
            continue
        if c.nominal and c.predicate.i == c.token.i:
            continue  # a noun with no clause of its own ("the accusation") tells no report
        if _told_before(c.predicate):
            continue
        c.report_day = day
    return cands


def _news_day(idx: arguments.DocIndex, published, lede: int) -> Interval | None:  # noqa: ANN001
    """The day of the act the lede's main clause reports, in the days before publication ("The
    Cuban flag was raised in Washington on Monday"): the day its reactions were said."""
    days = [t.interval for t in _days_at(idx, idx.doc[lede].sent.root)]
    return next((iv for iv in days if iv is not None and _news_week(iv.start, published)), None)


#: How far into a story its first dated saying is looked for (the lede and the next sentence).
_LEDE_SENTENCES = 2


def _lede_day(idx: arguments.DocIndex) -> Interval | None:
    """The day of the story's first dated saying ("..., the minister announced on Tuesday")."""
    doc = idx.doc
    end = len(doc_text(doc))
    limit = next((s.end_char for n, s in enumerate(doc.sents) if n == _LEDE_SENTENCES - 1), end)
    for t in sorted(doc._.bilat_timexes or (), key=lambda t: t.start):
        if t.start >= limit:
            break
        iv = t.interval
        if iv is None or iv.days != 1 or t.type != "DATE":
            continue
        span = char_span(doc, t.start, t.end)
        if span is None:
            continue
        node = span.root
        for _ in range(3):
            if node.lemma_.lower() in arguments.SPEECH:
                return iv
            if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
                break  # the date of another clause ("will hold talks on May 3, X said")
            node = node.head
    return None


def _told_before(pred) -> bool:  # noqa: ANN001 - Token
    node = pred
    for _ in range(3):
        aux = {c.lower_ for c in children(node) if c.dep_ in ("aux", "auxpass")}
        if (
            "had" in aux
            or "'d" in aux
            or any(
                c.dep_ == "advmod"
                and c.lower_ in ("long", "repeatedly", "previously", "earlier", "already", "often")
                for c in children(node)
            )
        ):
            return True
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or node.head.i == node.i:
            break
        node = node.head
    return False


def offset_dates(cands: list[Candidate], idx: arguments.DocIndex, published) -> list[Candidate]:  # noqa: ANN001
    """An act told as so many days before or after a dated one ("Putin yesterday lifted the
    ban, two days after Erdogan expressed regret") is dated from it, unless its own clause
    dates it to the day."""
    for c in cands:
        pred = c.predicate
        offset = dates.offset_days(pred)
        if offset is None:
            continue
        told = _days_at(idx, pred.head)
        if len(told) != 1:
            continue
        own = c.timex is not None and c.timex.start != told[0].start
        if own and c.date is not None and c.date.days == 1:
            continue
        day = told[0].interval.start + dt.timedelta(days=offset)
        c.timex = told[0].model_copy(update={"interval": Interval(start=day, end=day)})
        c.status = status.date_status(c.status, day, published)
    return cands
