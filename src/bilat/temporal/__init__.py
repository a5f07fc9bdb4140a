"""The time stage: temporal expressions in news text, normalised to TIMEX3 and day intervals.

``find_timexes(doc, published)`` reads a parsed spaCy ``Doc`` and returns one ``Timex`` per
expression, in text order. Three steps:

1. recognition (``grammar``): a regular grammar over ``doc.text`` with parse-based checks;
2. normalisation (``resolve``): each expression to a TIMEX3 value and interval, resolved
   against the publication date, the tense of its clause (``anchor``) and the reference time
   (the last date the text fixed), which is carried through the document;
3. quotations dated by their attribution ("said in a statement issued yesterday") have
   their "today", "this week" re-read against the day of the statement (``speech``);
4. two passes over the result: ranges written as two dates ("from March 6 to March 10",
   "between 2015 and 2018") become one DATE, and clock times take the day of the date in
   their sentence (else the publication day).

The conventions (ranges, modifiers, PRESENT_REF, underspecified values) are in ``resolve``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from bilat.parse import doc_text
from bilat.records import Interval, Timex
from bilat.temporal.context import REPORTED
from bilat.temporal.grammar import scan
from bilat.temporal.resolve import READERS, Ctx, Reading
from bilat.temporal.speech import requote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from bilat.temporal.grammar import Candidate

__all__ = ["find_timexes"]

# a gran kept as the reference time for anaphora ("that year", "two months later")
_REF_GRANS = frozenset({"day", "week", "weekend", "month", "season", "quarter", "half", "year"})
_PERIOD_GRANS = frozenset({"month", "season", "quarter", "half", "year"})
_RANGE_GAP = re.compile(r"^\s*(?:[-–—]|to|until|till|through|thru|and)\s*$", re.IGNORECASE)


def find_timexes(doc: Doc, published: dt.date | None) -> list[Timex]:
    """The temporal expressions of ``doc``, normalised against ``published`` (may be None)."""
    ctx = Ctx(doc=doc, published=published)
    found: list[tuple[int, int, Reading]] = []
    cands: dict[int, Candidate] = {}
    for cand in scan(doc):
        reading = _read(cand, ctx)
        if reading is None:
            continue
        found.append((cand.start, cand.end, reading))
        cands[cand.start] = cand
        iv = reading.interval
        if iv is not None and iv.start == iv.end and reading.type in ("DATE", "TIME"):
            ctx.last_day = (cand.end, iv.start)
        cal = reading.cal
        if cal is not None and reading.type in ("DATE", "TIME") and cal.gran in _REF_GRANS:
            ctx.ref, ctx.ref_at = cal, cand.start
            before = doc_text(doc)[max(0, cand.start - 60) : cand.start]
            if cal.gran in _PERIOD_GRANS and not REPORTED.search(before) and not _BASELINE.search(before):
                ctx.period, ctx.period_at = reading, cand.start
            if cand.rule in ("year", "my") and reading.anchor == "absolute" and _is_frame(cand, ctx):
                ctx.frame = (cal.year or 0, ctx.sent_of(cand.start), True)
            elif _is_background(cand, reading, ctx, before):
                ctx.frame = (cal.year or 0, ctx.sent_of(cand.start), False)
        elif (
            reading.type == "DURATION"
            and reading.interval is not None
            and cand.rule in ("first_n", "year_to")
        ):
            ctx.period, ctx.period_at = reading, cand.start
    requote(doc_text(doc), published, found, cands, lambda c, day: _read(c, Ctx(doc=doc, published=day)))
    found = _merge_ranges(doc_text(doc), found)
    found = _merge_clock_day(doc_text(doc), found)
    _anchor_clocks(doc, found, published)
    text = doc_text(doc)
    return [
        Timex(
            start=s,
            end=e,
            text=text[s:e],
            type=r.type,  # type: ignore[arg-type]
            value=r.value,
            interval=r.interval,
            anchor=r.anchor,  # type: ignore[arg-type]
            mod=r.mod,
        )
        for s, e, r in found
    ]


# "rose to 4.6 billion from 3.9 billion in January": the baseline of a comparison
_BASELINE = re.compile(r"\bfrom\s+(?:(?!\.\s)[^,;:]){0,40}\s(?:in|on)\s+$", re.IGNORECASE)
# a sentence opening on its year: "In 2006, ...", "Back in March 1998, ..."
_FRAME_OPEN = re.compile(r"^\W*(?:(?:back|and|but|then|earlier|later|even)\s*,?\s+)*in\s+$", re.IGNORECASE)


def _is_frame(cand: Candidate, ctx: Ctx) -> bool:
    text = doc_text(ctx.doc)
    start = ctx.sent_start(cand.start)
    return bool(_FRAME_OPEN.match(text[start : cand.start])) and text[cand.end : cand.end + 1] == ","


def _read(cand: Candidate, ctx: Ctx) -> Reading | None:
    reading = READERS[cand.rule](cand, ctx)
    if reading is not None and cand.mod and reading.mod is None and reading.type in ("DATE", "TIME"):
        reading.mod = cand.mod
    return reading


# "went to Seoul in 1977", "back in 1991": a year the narrative is in, not a span measured
_IN_YEAR = re.compile(r"\bin\s+$", re.IGNORECASE)
_BACKGROUND_YEARS = 2  # a year this far before publication is history, not this year's news


def _is_background(cand: Candidate, reading: Reading, ctx: Ctx, before: str) -> bool:
    """A past year the story tells of ("He last went to Seoul in 1977.", "That year, ..."):
    it dates the year-less days and months of the past-tense clauses that follow it."""
    cal = reading.cal
    if cal is None or cal.gran not in ("year", "month") or not cal.year or ctx.published is None:
        return False
    if ctx.published.year - cal.year < _BACKGROUND_YEARS:
        return False
    if cal.gran == "month":
        # "began with Sadat's journey to Jerusalem in November 1977. During his visit, which
        # began on Nov. 19, ...": the month and year the story goes back to
        return (
            cand.rule == "my"
            and reading.anchor == "absolute"
            and bool(_IN_YEAR.search(before))
            and (ctx.tense(cand.start, cand.end) == "past")
        )
    if cand.rule == "year" and reading.anchor == "absolute":
        return bool(_IN_YEAR.search(before)) and ctx.tense(cand.start, cand.end) == "past"
    # "That year, Washington imposed sanctions", "The following year the leaders met ..."
    return cand.rule == "rel_unit" and reading.anchor == "anaphoric"


def _merge_ranges(text: str, found: list[tuple[int, int, Reading]]) -> list[tuple[int, int, Reading]]:
    out: list[tuple[int, int, Reading]] = []
    for s, e, r in found:
        if out:
            ps, pe, pr = out[-1]
            gap = text[pe:s]
            if (
                pr.type == "DATE"
                and r.type == "DATE"
                and pr.interval is not None
                and r.interval is not None
                and _RANGE_GAP.match(gap)
                and r.interval.end > pr.interval.end
                and _introduced(text, ps, gap)
            ):
                merged = Reading(
                    "DATE",
                    pr.value,
                    Interval(start=pr.interval.start, end=r.interval.end),
                    pr.anchor,
                    None,
                    r.cal,
                )
                out[-1] = (ps, e, merged)
                continue
        out.append((s, e, r))
    return out


def _introduced(text: str, start: int, gap: str) -> bool:
    """Two dates form a range after "from"/"between", or when joined by a dash or "through"."""
    word = gap.strip().lower()
    before = text[max(0, start - 9) : start].lower().split()
    intro = before[-1] if before else ""
    if word == "and":
        return intro == "between"
    if word in ("to", "till", "until"):
        return intro in ("from", "between")
    return True


def _merge_clock_day(text: str, found: list[tuple[int, int, Reading]]) -> list[tuple[int, int, Reading]]:
    """ "midnight Tuesday", "10 a.m. Monday": a clock time followed by its day is one TIME."""
    out: list[tuple[int, int, Reading]] = []
    for s, e, r in found:
        if out:
            ps, pe, pr = out[-1]
            iv = r.interval
            if (
                pr.clock is not None
                and r.type == "DATE"
                and iv is not None
                and iv.start == iv.end
                and text[pe:s].strip(" ,") == ""
            ):
                hh, mm = pr.clock
                if (hh, mm) == (0, 0) and text[ps:pe].lower() == "midnight":
                    hh = 24
                value = f"{iv.start.isoformat()}T{hh:02d}:{mm:02d}"
                out[-1] = (ps, e, Reading("TIME", value, iv, r.anchor))
                continue
        out.append((s, e, r))
    return out


#: How many sentences back the day a clock time is told on may be stated ("Vietnam and China
#: yesterday signed ... The two leaders held talks before signing shortly after 2 p.m.").
_CLOCK_BACK_SENTENCES = 3


def _anchor_clocks(doc: Doc, found: list[tuple[int, int, Reading]], published: dt.date | None) -> None:
    """Give each clock time ("at 10 a.m.", "1400 GMT") the day of its sentence's date, else the
    day the story last told of a few sentences back (its reference time), else the publication
    day: a morning paper's "shortly after 2 p.m." is the afternoon of "yesterday"."""
    if not any(r.clock is not None for _, _, r in found):
        return
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    days: list[tuple[int, int, dt.date]] = []
    for s, _, r in found:
        if r.interval is not None and r.interval.start == r.interval.end and r.type in ("DATE", "TIME"):
            days.append((s, bisect_right(starts, s), r.interval.start))
    for i, (s, e, r) in enumerate(found):
        if r.clock is None:
            continue
        sid = bisect_right(starts, s)
        near = [(abs(ds - s), d) for ds, dsid, d in days if dsid == sid]
        told = [(ds, d) for ds, dsid, d in days if ds < s and 0 < sid - dsid <= _CLOCK_BACK_SENTENCES]
        if near:
            day, anchor = min(near)[1], "absolute"
        elif told:
            day, anchor = max(told)[1], "anaphoric"
        else:
            day, anchor = published, "published"
        hh, mm = r.clock
        if day is None:
            continue
        found[i] = (
            s,
            e,
            Reading("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}", Interval(start=day, end=day), anchor),
        )
