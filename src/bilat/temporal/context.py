"""The document context the readers resolve against, and helpers shared by them.

``Ctx`` carries the publication date, the reference time (the last date the text fixed,
for anaphora), the last period mentioned ("the same period last year") and the last dated
day ("on Thursday and Friday"); it computes the tense of a clause once per expression.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bilat.parse import char_span, doc_text
from bilat.records import Interval
from bilat.temporal.anchor import Tense, clause_tense
from bilat.temporal.calendar import Cal, of_date, valid_day
from bilat.temporal.lexicon import lexicon, number_value

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from bilat.temporal.grammar import Candidate


# "the ministry said in October": the time of the report, not of what it tells
REPORTED = re.compile(r"\b(?:said|says|announced|reported|told|added|stated)\s+(?:in|on)?\s*$", re.IGNORECASE)


@dataclass
class Reading:
    type: str
    value: str
    interval: Interval | None = None
    anchor: str = "none"
    mod: str | None = None
    cal: Cal | None = None  # the calendar unit, when the reading is one (kept as reference time)
    clock: tuple[int, int] | None = None  # a TIME that still needs its day


@dataclass
class Ctx:
    doc: Doc
    published: dt.date | None
    ref: Cal | None = None
    ref_at: int | None = None  # where ``ref`` was written
    period: Reading | None = None
    last_day: tuple[int, dt.date] | None = None  # end offset and day of the last dated day
    period_at: int | None = None  # where ``period`` was written
    # year and sentence of the last narrative frame, and whether it opened its sentence
    # ("In 2006, ...") or was only a background year ("last went to Seoul in 1977")
    frame: tuple[int, int, bool] | None = None
    _tenses: dict[tuple[int, int], Tense] = field(default_factory=dict)
    _sents: list[int] | None = None

    def _starts(self) -> list[int]:
        if self._sents is None:
            doc = self.doc
            self._sents = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        return self._sents or [0]

    def sent_of(self, char: int) -> int:
        """The index of the sentence holding character ``char`` (0 without sentences)."""
        return max(0, bisect_right(self._starts(), char) - 1)

    def sent_start(self, char: int) -> int:
        """The offset where the sentence holding ``char`` begins."""
        return self._starts()[self.sent_of(char)]

    def frame_year(self, cand: Candidate) -> tuple[int, bool] | None:
        """The year of a narrative frame ("In 2006, Russia cut ... on Sept. 27") that governs
        ``cand``: in the frame's sentence, or a past-tense sentence soon after it while the
        text has fixed no other year; with whether it is a background year told in an earlier
        sentence (a weaker cue, which a date of the last weeks outweighs)."""
        if self.frame is None:
            return None
        year, sent, opener = self.frame
        here = self.sent_of(cand.start)
        if not opener and (
            self.tense(cand.start, cand.end) != "past"
            or REPORTED.search(doc_text(self.doc)[max(0, cand.start - 60) : cand.start])
        ):
            # a background year dates only the events told with it, never the report itself
            return None
        if here == sent:
            return year, not opener
        if (
            0 < here - sent <= (2 if opener else 1)
            and self.ref is not None
            and self.ref.year == year
            and self.tense(cand.start, cand.end) == "past"
        ):
            return year, not opener
        return None

    def tense(self, start: int, end: int) -> Tense:
        key = (start, end)
        if key not in self._tenses:
            span = char_span(self.doc, start, end)
            self._tenses[key] = clause_tense(span) if span is not None and len(span) else None
        return self._tenses[key]

    @property
    def pub(self) -> Cal | None:
        return of_date(self.published, "day") if self.published else None


def _cal_reading(cal: Cal | None, anchor: str, type_: str = "DATE", mod: str | None = None) -> Reading | None:
    if cal is None:
        return None
    iv = cal.interval
    return Reading(type_, cal.value, iv, anchor if iv is not None else "none", mod, cal if iv else None)


def _month(word: str) -> int:
    return int(lexicon()["months"][word.lower().rstrip(".")])


def _weekday(word: str) -> int:
    return int(lexicon()["weekdays"][word.lower().rstrip(".")])


def _num(text: str | None) -> float | None:
    return number_value(text) if text else None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


_UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W"}
_UNIT_CODE |= {"month": "M", "year": "Y", "decade": "DE", "century": "CE"}


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def _duration_value(n: float | None, unit: str) -> str:
    if unit == "fortnight" and n is not None:
        n, unit = n * 2, "week"
    q = "X" if n is None else _fmt(n)
    code = _UNIT_CODE[unit]
    return f"PT{q}{code}" if unit in ("second", "minute", "hour") else f"P{q}{code}"


# ------------------------------------------------------------------ resolution helpers


def _base(ctx: Ctx) -> tuple[Cal | None, str]:
    """The reference time for anaphora, falling back to the publication day."""
    if ctx.ref is not None:
        return ctx.ref, "anaphoric"
    if ctx.pub is not None:
        return ctx.pub, "published"
    return None, "none"


def _year_ref(word: str | None, ctx: Ctx) -> tuple[int | None, str]:
    """The year meant by "that year", "this year", "last year", "the previous year" ..."""
    w = " ".join((word or "").lower().split())
    if w in ("this", "the current", "last", "next"):
        if ctx.published is None:
            return None, "none"
        off = {"this": 0, "the current": 0, "last": -1, "next": 1}[w]
        return ctx.published.year + off, "published"
    base, anchor = _base(ctx)
    if base is None or base.year is None:
        return None, "none"
    off = {"the previous": -1, "the following": 1}.get(w, 0)
    y = base.year if base.gran not in ("decade", "century") else None
    return (y + off, anchor) if y is not None else (None, "none")


#: Sentences back a year may be to be "the year" of a later expression ("In 2000 ... In the
#: first half of the year"); further on, "the year" of a news story is the current one.
_THE_YEAR_REACH = 1


def the_year(ctx: Ctx, start: int) -> str:
    """What "the" before "year" refers to: the year just told, or the story's own."""
    near = ctx.ref_at is not None and ctx.sent_of(start) - ctx.sent_of(ctx.ref_at) <= _THE_YEAR_REACH
    return "that" if near or ctx.published is None else "this"


def _pick(cands: list[Cal], ctx: Ctx, tense: Tense) -> Cal | None:
    """Among the same unit in neighbouring years, the one the clause's tense points to."""
    p = ctx.published
    assert p is not None
    ivs = [(c, c.interval) for c in cands]
    ivs = [(c, iv) for c, iv in ivs if iv is not None]
    if not ivs:
        return None
    slack = dt.timedelta(days=7)
    if tense == "past":
        # TempEval: the most recent one on or before publication, unless that is over half
        # a year back while the next one begins within weeks (a plan: "from Nov. 1")
        before = [(c, iv) for c, iv in ivs if iv.start <= p + slack]
        after = [(c, iv) for c, iv in ivs if iv.start > p + slack]
        if before:
            c, iv = max(before, key=lambda t: t[1].start)
            if iv.end < p - dt.timedelta(days=183) and after:
                nc, niv = min(after, key=lambda t: t[1].start)
                if niv.start <= p + dt.timedelta(days=31):
                    return nc
            return c

    # a candidate against the clause's tense costs more: a day a few weeks ahead in a past
    # clause is usually a plan ("threatened a tariff from Nov. 1"), a month rarely is
    penalty = 8.0 if cands[0].gran == "day" else 20.0

    def cost(iv: Interval) -> float:
        if iv.start <= p <= iv.end:
            return 0.0
        d = min(abs((iv.start - p).days), abs((iv.end - p).days))
        against = (tense == "past" and iv.start > p + slack) or (
            tense in ("future", "progressive") and iv.end < p - slack
        )
        return d * penalty if against else float(d)

    return min(ivs, key=lambda t: cost(t[1]))[0]


# "In 2005 the talks began. On Jan. 10 they agreed ..." in a story of Jan. 15: a day of the
# last weeks is the news the story reports, not its background
_NEWS_DAYS = 21


def _infer(make: Callable[[int], Cal | None], cand: Candidate, ctx: Ctx) -> tuple[Cal | None, str]:
    """A unit written without its year ("June 16", "in November"): resolve the year."""
    frame = ctx.frame_year(cand)
    recent = None
    if ctx.published is not None:
        y = ctx.published.year
        cands = [c for c in (make(y - 1), make(y), make(y + 1)) if c is not None]
        recent = _pick(cands, ctx, ctx.tense(cand.start, cand.end))
    if frame is not None:
        year, weak = frame
        framed = make(year)
        iv = recent.interval if recent is not None else None
        news = (
            iv is not None and ctx.published is not None and _NEWS_DAYS >= (ctx.published - iv.end).days >= 0
        )
        if framed is not None and not (weak and news):
            return framed, "anaphoric"
    if ctx.published is not None:
        return recent, "published"
    # without a publication date the text does not fix the year: leave it underspecified
    return make(0), "none"


def _unknown_year(cal: Cal | None) -> Cal | None:
    return replace(cal, year=None) if cal is not None and cal.year == 0 else cal


def _day_cal(y: int, m: int, d: int) -> Cal | None:
    return Cal("day", y, m, d) if valid_day(y if y else 2000, m, d) else None


def _date_with_year(
    g: dict[str, str | None], m: int, d: int, cand: Candidate, ctx: Ctx
) -> tuple[Cal | None, str]:
    if g.get("y"):
        y = int(g["y"] or 0)
        return _day_cal(y, m, d), "absolute"
    if g.get("yref") or g.get("rel"):
        y, anchor = _year_ref(g.get("yref") or g.get("rel"), ctx)
        return (_day_cal(y, m, d) if y is not None else Cal("day", None, m, d)), anchor
    wd = g.get("wd")
    if wd and ctx.published is not None:
        # "Monday, June 17": the year in which June 17 is a Monday, if one is near
        want = _weekday(wd)
        for y in (ctx.published.year, ctx.published.year - 1, ctx.published.year + 1):
            if valid_day(y, m, d) and dt.date(y, m, d).weekday() == want:
                return Cal("day", y, m, d), "published"
    cal, anchor = _infer(lambda y: _day_cal(y, m, d), cand, ctx)
    if anchor == "none" and valid_day(None, m, d):
        cal = Cal("day", None, m, d)
    return cal, anchor


# ------------------------------------------------------------------ readers


_SEASON_OF = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}
_TOD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
