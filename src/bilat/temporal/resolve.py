"""Normalisation: from a recognised expression to a TIMEX3 type, value and interval.

Each grammar rule has a reader here. Readers resolve against the ``Ctx`` of the document:
the publication date (deictic and relative expressions), the tense of the governing clause
(weekdays, months and days without a year) and the reference time, the last date the text
fixed (anaphora: "that year", "at the time", "two months later", "the same period last year").

Conventions (documented for downstream stages):
- Ranges ("June 16-18", "from June 16 to 18", "between 2015 and 2018") are ONE DATE whose
  value is the value of the range's start and whose interval covers the whole range.
- A part-of-period modifier ("mid-June", "early 2024", "late last year") sets ``mod``
  (START/MID/END) and leaves the interval the whole unit: a date only known to be "late
  2018" still overlaps every event of late 2018.
- PRESENT_REF ("now", "currently") has the publication day as its interval; PAST_REF and
  FUTURE_REF have none. DURATIONs have an interval only when anchored by the text ("the past
  two years" ends on the publication day; "the first nine months of 2025" is January–September).
- Without a publication date, what only the date could fix stays underspecified
  (``XXXX-06-16``, ``XXXX-WXX-1``) with no interval; nothing is guessed from today's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bilat.parse import doc_text
from bilat.records import Interval
from bilat.temporal.calendar import Cal, add, of_date, shift, valid_day
from bilat.temporal.context import (
    _SEASON_OF,
    _TOD,
    Ctx,
    Reading,
    _base,
    _cal_reading,
    _date_with_year,
    _day_cal,
    _duration_value,
    _infer,
    _month,
    _num,
    _pick,
    _unit,
    _unknown_year,
    _weekday,
    _year_ref,
    the_year,
)
from bilat.temporal.lexicon import lexicon
from bilat.temporal.quantities import _read_duration, _read_ref, _read_set, _read_time

if TYPE_CHECKING:
    from bilat.temporal.grammar import Candidate

__all__ = ["READERS", "Ctx", "Reading"]


def _read_iso(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match
    cal = _day_cal(int(g["y"]), int(g["m"]), int(g["d"]))
    if cal is None:
        return None
    if g["hh"]:
        cal = replace(cal, tod=f"{g['hh']}:{g['mi']}")
        return _cal_reading(cal, "absolute", "TIME")
    return _cal_reading(cal, "absolute")


def _read_md(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    cal, anchor = _date_with_year(g, _month(g["m"] or ""), int(g["d"] or 0), c, ctx)
    return _cal_reading(cal, anchor)


def _read_holiday(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    name = " ".join((g["h"] or "").lower().replace("’", "'").replace("'", "").split())
    day = {k.replace("'", ""): v for k, v in lexicon()["holidays"].items()}.get(name)
    if day is None:
        return None
    cal, anchor = _date_with_year(g, day[0], day[1], c, ctx)
    return _cal_reading(cal, anchor)


def _range(a: Cal | None, b: Cal | None, anchor: str) -> Reading | None:
    if a is None or b is None:
        return None
    ia, ib = a.interval, b.interval
    if ia is None or ib is None:
        return Reading("DATE", a.value, None, "none")
    if ib.end < ia.start:
        return None
    return Reading("DATE", a.value, Interval(start=ia.start, end=ib.end), anchor, None, b)


def _read_day_range(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    m = _month(g["m"] or "")
    d1, d2 = int(g["d1"] or 0), int(g["d2"] or 0)
    if d2 <= d1:
        return None
    first, anchor = _date_with_year(g | {"wd": None}, m, d1, c, ctx)
    if first is None:
        return None
    last = _day_cal(first.year or 2000, m, d2)
    if last is not None and first.year is None:
        last = replace(last, year=None)
    return _range(first, last, anchor)


def _read_two_days(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    m1, m2 = _month(g["m1"] or ""), _month(g["m2"] or "")
    d1, d2 = int(g["d1"] or 0), int(g["d2"] or 0)
    last, anchor = _date_with_year(g, m2, d2, c, ctx)
    if last is None:
        return None
    if g.get("y1"):
        y1: int | None = int(g["y1"] or 0)
    elif last.year is None:
        y1 = None
    else:
        y1 = last.year - 1 if (m1, d1) > (m2, d2) else last.year
    first = _day_cal(y1 if y1 is not None else 2000, m1, d1)
    if first is not None and y1 is None:
        first = replace(first, year=None)
    return _range(first, last, anchor)


def _read_mon_mon(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    m1, m2 = _month(g["m1"] or ""), _month(g["m2"] or "")
    if g.get("y"):
        y2 = int(g["y"] or 0)
        anchor = "absolute"
    else:
        cal, anchor = _infer(lambda y: Cal("month", y, m1) if y else Cal("month", 0, m1), c, ctx)
        if cal is None or cal.year in (None, 0):
            return Reading("DATE", Cal("month", None, m1).value)
        y2 = cal.year + (1 if m2 < m1 else 0)
    y1 = y2 - 1 if m2 < m1 else y2
    return _range(Cal("month", y1, m1), Cal("month", y2, m2), anchor)


def _read_my(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    m = _month(g["m"] or "")
    if g.get("y"):
        return _cal_reading(Cal("month", int(g["y"] or 0), m), "absolute")
    y, anchor = _year_ref(g.get("yref") or g.get("rel"), ctx)
    return _cal_reading(Cal("month", y, m), anchor)


def _read_rel_month(c: Candidate, ctx: Ctx) -> Reading | None:
    m = _month(c.match["m"])
    p = ctx.published
    if p is None:
        return _cal_reading(Cal("month", None, m), "none")
    rw = " ".join(c.match["rw"].lower().split())
    if rw in ("last", "past", "this past", "the past"):
        y = p.year if m < p.month else p.year - 1
    elif rw == "this":
        y = p.year
    else:
        y = p.year if m > p.month else p.year + 1
    return _cal_reading(Cal("month", y, m), "published")


def _read_month(c: Candidate, ctx: Ctx) -> Reading | None:
    m = _month(c.match["m"])
    cal, anchor = _infer(lambda y: Cal("month", y, m), c, ctx)
    return _cal_reading(_unknown_year(cal), anchor)


def _read_ana_month(c: Candidate, ctx: Ctx) -> Reading | None:
    """ "that September" is the September of the year the narrative is in (the last date it
    fixed), "the following March" the first March after that date."""
    m = _month(c.match["m"])
    aw = " ".join(c.match["aw"].lower().split())
    base, anchor = _base(ctx)
    if base is None or base.interval is None or base.gran in ("decade", "century"):
        return Reading("DATE", Cal("month", None, m).value)
    ref = base.interval.start
    y = ref.year
    known = base.gran != "year"  # a year alone does not say which of its months came first
    if aw in ("the following", "the next") and not (known and m > ref.month):
        y += 1
    elif aw in ("the previous", "the preceding") and not (known and m < ref.month):
        y -= 1
    return _cal_reading(Cal("month", y, m), anchor)


def _read_year(c: Candidate, ctx: Ctx) -> Reading | None:
    return _cal_reading(Cal("year", int(c.match["y"])), "absolute")


def _read_year_range(c: Candidate, ctx: Ctx) -> Reading | None:
    y1 = int(c.match["y1"])
    raw = c.match["y2"]
    if len(raw) == 2:
        y2 = y1 - y1 % 100 + int(raw)
        if y2 < y1:
            y2 += 100
    else:
        y2 = int(raw)
    if not 0 < y2 - y1 <= 100:
        return None
    return _range(Cal("year", y1), Cal("year", y2), "absolute")


def _read_decade(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    if g.get("y"):
        y = int(g["y"] or 0)
    elif g.get("yy"):
        yy = int(g["yy"] or 0)
        y = 2000 + yy if ctx.published and yy < 30 and 2000 + yy <= ctx.published.year else 1900 + yy
    else:
        y = 1900 + 10 * int(lexicon()["decade_words"][(g.get("w") or "").lower()])
    gran = "century" if y % 100 == 0 and y != 2000 else "decade"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("part") or "").lower())
    return _cal_reading(Cal(gran, y), "absolute", mod=mod)


def _read_century(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    n = int(g["n"]) if g.get("n") else int(lexicon()["ordinals"][(g.get("ord") or "").lower()])
    if not 1 <= n <= 21:
        return None
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("part") or "").lower())
    return _cal_reading(Cal("century", (n - 1) * 100), "absolute", mod=mod)


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _read_quarter(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    if g.get("q"):
        gran = "quarter" if g["q"][0] in "Qq" else "half"
        n = int(g["q"][1])
        if gran == "half" and n > 2:
            return None
        if g.get("y2") or g.get("yy"):
            y = int(g["y2"]) if g.get("y2") else 2000 + int(g["yy"] or 0)
            return _cal_reading(Cal(gran, y, n), "absolute")
        cal, anchor = _infer(lambda y: Cal(gran, y, n), c, ctx)
        return _cal_reading(_unknown_year(cal), anchor)
    gran = g["u"].lower()
    word = g["ord"].lower()
    last = 4 if gran == "quarter" else 2
    n = last if word in ("final", "last") else _ORD[word]
    if n > last:
        return None
    if g.get("y"):
        return _cal_reading(Cal(gran, int(g["y"] or 0), n), "absolute")
    if g.get("yref"):
        yr = " ".join((g["yref"] or "").lower().split())
        yr = the_year(ctx, c.start) if yr == "the" else "that" if yr == "the same" else yr
        y, anchor = _year_ref(yr, ctx)
        return _cal_reading(Cal(gran, y, n), anchor)
    if word == "last" and ctx.published is not None:
        # "last quarter" with no year: the one before the publication's
        prev = of_date(add(ctx.published, -(3 if gran == "quarter" else 6), "month"), gran)
        return _cal_reading(prev, "published")
    cal, anchor = _infer(lambda y: Cal(gran, y, n), c, ctx)
    return _cal_reading(_unknown_year(cal), anchor)


def _read_first_n(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    n = _num(g["n"])
    unit = _unit(g["u"] or "")
    if unit == "quarter" and n is not None:
        n, unit = n * 3, "month"
    value = _duration_value(n, unit)
    if g.get("y"):
        y: int | None = int(g["y"] or 0)
        anchor = "absolute"
    else:
        yr = " ".join((g.get("yref") or "").lower().split())
        y, anchor = _year_ref(the_year(ctx, c.start) if yr == "the" else yr, ctx)
    if y is None or n is None or n != int(n):
        return Reading("DURATION", value)
    if (g.get("rw") or "").lower() == "first":
        start = dt.date(y, 1, 1)
        end = add(start, n, unit) - dt.timedelta(days=1)
    else:
        end = dt.date(y, 12, 31)
        start = add(end + dt.timedelta(days=1), -n, unit)
    return Reading("DURATION", value, Interval(start=start, end=end), anchor)


def _read_year_to(c: Candidate, ctx: Ctx) -> Reading | None:
    """ "the year to March 2020": April 2019 to March 2020; without a year, the last such
    twelve months before publication (figures are published after the period closes)."""
    g = c.match.groupdict()
    m = _month(g.get("m") or g.get("m2") or "")
    day = int(g.get("d") or g.get("d2") or 0)
    if g.get("y"):
        y, anchor = int(g["y"] or 0), "absolute"
    elif ctx.published is not None:
        p = ctx.published
        y, anchor = (p.year if (m, day) < (p.month, p.day or 0) else p.year - 1), "published"
    else:
        return Reading("DURATION", "P1Y")
    month = Cal("month", y, m).interval
    if month is None:
        return Reading("DURATION", "P1Y")
    end = month.end
    if day and valid_day(y, m, day):
        end = dt.date(y, m, day)
    start = add(end + dt.timedelta(days=1), -12, "month")
    return Reading("DURATION", "P1Y", Interval(start=start, end=end), anchor)


def _read_same_period(c: Candidate, ctx: Ctx) -> Reading | None:
    y = int(c.match["y"]) if c.match["y"] else None
    per = ctx.period
    bare = bool(c.match["bare"])
    if bare and (per is None or per.interval is None):
        return None
    if per is not None and per.interval is not None:
        iv = per.interval
        years = (y - iv.start.year) if y is not None else (0 if bare else -1)
        start = add(iv.start, years, "year")
        end = add(iv.end, years, "year")
        cal = per.cal
        value = replace(cal, year=cal.year + years).value if cal is not None and cal.year else per.value
        return Reading(per.type, value, Interval(start=start, end=end), "anaphoric")
    if y is not None:
        return _cal_reading(Cal("year", y), "absolute")
    if ctx.published is not None:
        return _cal_reading(Cal("year", ctx.published.year - 1), "published")
    return Reading("DATE", "XXXX")


def _read_season(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    s = _SEASON_OF[(g["s"] or "").lower()]
    if g.get("y"):
        return _cal_reading(Cal("season", int(g["y"] or 0), s), "absolute")
    if g.get("yref"):
        y, anchor = _year_ref(g["yref"], ctx)
        return _cal_reading(Cal("season", y, s), anchor)
    rw = " ".join((g.get("rw") or "").lower().split())
    if rw in ("the previous", "the following", "that", "the same"):
        base, anchor = _base(ctx)
        if base is None or base.interval is None:
            return Reading("DATE", Cal("season", None, s).value)
        y = base.interval.start.year + {"the previous": -1, "the following": 1}.get(rw, 0)
        return _cal_reading(Cal("season", y, s), anchor)
    p = ctx.published
    if p is None:
        return _cal_reading(Cal("season", None, s), "none")
    cands = [Cal("season", y, s) for y in (p.year - 2, p.year - 1, p.year, p.year + 1)]
    now = of_date(p, "season")
    now_iv = now.interval
    assert now_iv is not None
    ivs = [(cal, cal.interval) for cal in cands]
    if rw in ("last", "the past"):
        pick = [cal for cal, iv in ivs if iv is not None and iv.end < now_iv.start][-1]
    elif rw in ("next", "the coming"):
        pick = [cal for cal, iv in ivs if iv is not None and iv.start > now_iv.end][0]
    elif rw == "this" or (now.num == s):
        pick = now if now.num == s else Cal("season", p.year, s)
    else:
        got = _pick(cands, ctx, ctx.tense(c.start, c.end))
        if got is None:
            return None
        pick = got
    return _cal_reading(pick, "published")


_REL_OFFSET = {"last": -1, "this past": -1, "past": -1, "this": 0, "current": 0, "present": 0}
_REL_OFFSET |= {"next": 1, "coming": 1, "upcoming": 1}


def _read_rel_unit(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    if g.get("pre"):
        rw = " ".join((g["rw0"] or "").lower().split())
        unit = (g["u0"] or "").lower()
        if rw == "that":
            base, anchor = _base(ctx)
            return (
                _cal_reading(of_date(base.interval.start, unit), anchor) if base and base.interval else None
            )
        off = {"last": -1, "next": 1}.get(rw, 0)
        if ctx.published is None:
            return _cal_reading(Cal(unit, None), "none")
        return _cal_reading(of_date(add(ctx.published, off, unit), unit), "published")
    rw = " ".join((g["rw"] or "").lower().split())
    unit = (g["u"] or "").lower()
    has_the = bool(g.get("the"))
    if unit == "fortnight":
        return Reading("DURATION", "P2W")
    if rw in ("past", "last", "preceding") and (has_the or rw == "past"):
        # "the past year", "over the last week": a stretch of time ending now
        value = _duration_value(1, unit)
        if ctx.published is None:
            return Reading("DURATION", value)
        start = add(ctx.published, -1, unit) + dt.timedelta(days=1)
        return Reading("DURATION", value, Interval(start=start, end=ctx.published), "published")
    if rw in ("previous", "following", "same", "that", "preceding"):
        base, anchor = _base(ctx)
        if base is None or base.interval is None:
            return Reading(
                "DATE", Cal("year" if unit not in ("week", "weekend", "month") else unit, None).value
            )
        off = {"previous": -1, "following": 1, "preceding": -1}.get(rw, 0)
        gran = "week" if unit == "weekend" else unit
        return _cal_reading(of_date(add(base.interval.start, off, gran), unit), anchor)
    off = _REL_OFFSET.get(rw, 0)
    p = ctx.published
    if p is None:
        return _cal_reading(Cal(unit, None), "none")
    if unit == "weekend":
        return _weekend(c, ctx, off)
    return _cal_reading(of_date(add(p, off, unit), unit), "published")


def _weekend(c: Candidate, ctx: Ctx, off: int) -> Reading | None:
    p = ctx.published
    assert p is not None
    if off < 0:
        day = p - dt.timedelta(days=7)
    elif off > 0:
        day = p if p.weekday() < 5 else p + dt.timedelta(days=7)
    else:
        day = p
        if p.weekday() < 5 and ctx.tense(c.start, c.end) == "past":
            day = p - dt.timedelta(days=7)
    return _cal_reading(of_date(day, "weekend"), "published")


def _read_weekend(c: Candidate, ctx: Ctx) -> Reading | None:
    if ctx.published is None:
        return _cal_reading(Cal("weekend", None), "none")
    tense = ctx.tense(c.start, c.end)
    return _weekend(
        c, ctx, 0 if tense in ("future", "progressive") else (-1 if ctx.published.weekday() < 5 else 0)
    )


def _read_part_unit(c: Candidate, ctx: Ctx) -> Reading | None:
    p = (c.match["p"] or c.match["p2"] or "").lower()
    unit = (c.match["u"] or c.match["u2"]).lower()
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}.get(p)
    if ctx.published is None:
        return _cal_reading(Cal(unit, None), "none", mod=mod)
    return _cal_reading(of_date(ctx.published, unit), "published", mod=mod)


def _with_tod(cal: Cal | None, tod: str | None, anchor: str) -> Reading | None:
    if cal is None:
        return None
    if tod:
        cal = replace(cal, tod=_TOD[tod.lower()])
        return _cal_reading(cal, anchor, "TIME")
    return _cal_reading(cal, anchor)


#: Sentences back the day "the following day" counts from may be told.
_DAY_REACH = 2


def _read_rel_day(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    rw = " ".join((g.get("rw") or g.get("ba") or "").lower().split())
    off = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(rw, 0)
    unit = (g.get("u") or g.get("u2") or "day").lower()
    base, anchor = _base(ctx)
    if (
        base is not None
        and base.gran != "day"
        and ctx.last_day is not None
        and ctx.sent_of(c.start) - ctx.sent_of(ctx.last_day[0]) <= _DAY_REACH
        and not (ctx.frame is not None and ctx.frame[1] >= ctx.sent_of(ctx.last_day[0]))
    ):
        # "made public on March 18 ... Rabat's 2007 plan ... the following day": the day told, not
        # a year named since
        base, anchor = of_date(ctx.last_day[1], "day"), "anaphoric"
    if base is None or base.interval is None:
        return Reading("DATE", "XXXX-XX-XX")
    if base.gran != "day":
        return _cal_reading(base, anchor)
    day = of_date(base.interval.start + dt.timedelta(days=off), "day")
    return _with_tod(day, unit if unit != "day" else None, anchor)


def _read_deictic(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    w = " ".join((g.get("w") or g.get("w2") or "").lower().split())
    tod = g.get("tod") or g.get("tod2")
    off = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(
        w, 0
    )
    if w == "last":
        off = -1 if (tod or "").lower() == "night" else 0
    if w == "tonight":
        tod = "tonight"
    if ctx.published is None:
        cal = Cal("day", None)
        return _with_tod(cal, tod, "none") if tod else Reading("DATE", cal.value)
    return _with_tod(of_date(ctx.published + dt.timedelta(days=off), "day"), tod, "published")


def _read_weekday(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    wd = _weekday(g["w"] or "")
    if g.get("pl"):
        return Reading("SET", f"XXXX-WXX-{wd + 1}")
    tod = g.get("tod")
    p = ctx.published
    if p is None:
        value = f"XXXX-WXX-{wd + 1}" + (f"T{_TOD[tod.lower()]}" if tod else "")
        return Reading("TIME" if tod else "DATE", value)
    rw = " ".join((g.get("rw") or "").lower().split())
    back = (p.weekday() - wd) % 7
    fwd = (wd - p.weekday()) % 7
    if rw in ("last", "past", "this past"):
        day = p - dt.timedelta(days=back or 7)
    elif rw in ("next", "coming", "this coming"):
        day = p + dt.timedelta(days=fwd or 7)
    elif rw == "this":
        day = p + dt.timedelta(days=wd - p.weekday())
    elif ctx.last_day is not None and _COORD.match(doc_text(ctx.doc)[ctx.last_day[0] : c.start]):
        # "on Thursday and Friday", "next Monday and Tuesday": the day after the first
        first = ctx.last_day[1]
        day = first + dt.timedelta(days=(wd - first.weekday()) % 7 or 7)
    else:
        tense = ctx.tense(c.start, c.end)
        if tense in ("future", "progressive"):
            day = p + dt.timedelta(days=fwd)
        elif tense == "present":
            day = p + dt.timedelta(days=fwd) if fwd < back else p - dt.timedelta(days=back)
        else:
            day = p - dt.timedelta(days=back)
    return _with_tod(of_date(day, "day"), tod, "published")


_COORD = re.compile(r"^\s*(?:and|or|,|to|-|–|through)\s*$", re.IGNORECASE)


def _read_ago(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    n = _num(g.get("n"))
    unit = _unit(g["u"] or "")
    mod = lexicon()["quantity_mods"].get(" ".join((g.get("mod") or "").lower().split()))
    if n is None or ctx.published is None:
        return Reading("DATE", "PAST_REF")
    if unit in ("second", "minute", "hour"):
        return _cal_reading(of_date(ctx.published, "day"), "published")
    gran = {"week": "day", "fortnight": "day", "decade": "year", "century": "year"}.get(unit, unit)
    return _cal_reading(of_date(add(ctx.published, -n, unit), gran), "published", mod=mod)


def _read_later(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    n = _num(g.get("n"))
    unit = _unit(g["u"] or "")
    sign = -1 if (g.get("dir") or "").lower() in ("earlier", "before") else 1
    base, anchor = _base(ctx)
    if g.get("n") is None and unit not in ("second", "minute", "hour"):
        return None  # "months later": too vague to date
    if base is None or (n is None and g.get("n") is not None):
        return Reading("DATE", "XXXX")
    if n is None:
        n = 1.0
    if unit in ("second", "minute", "hour"):
        return _cal_reading(base, anchor)
    per = ctx.period
    if (
        unit == "year"
        and n == 1
        and per is not None
        and ctx.period_at is not None
        and 0 <= ctx.sent_of(c.start) - ctx.sent_of(ctx.period_at) <= 2
    ):
        # "rose 10% in the first 11 months of 2012, the ministry said on Friday, from a year
        # earlier": measured from the period compared (not a report's date or a baseline
        # month, which never become ``period``), not from the last date written
        if per.cal is not None and per.cal.year:
            return _cal_reading(replace(per.cal, year=per.cal.year + sign), "anaphoric")
        if per.interval is not None:
            return _cal_reading(Cal("year", per.interval.start.year + sign), "anaphoric")
    gran = {"week": "day", "fortnight": "day", "decade": "year", "century": "year"}.get(unit, unit)
    if gran == "day" and base.gran == "week":
        gran = "week"
    if unit == "year" and base.gran in ("month", "quarter", "half", "season") and n == 1:
        # "a year earlier" after "in February": the same month of the year before
        return _cal_reading(replace(base, year=(base.year or 0) + sign * int(n)), anchor)
    return _cal_reading(shift(base, sign * n, unit, gran), anchor)


def _read_the_time(c: Candidate, ctx: Ctx) -> Reading | None:
    if ctx.ref is None:
        return Reading("DATE", "PAST_REF")
    return _cal_reading(ctx.ref, "anaphoric")


READERS: dict[str, Callable[[Candidate, Ctx], Reading | None]] = {
    "iso": _read_iso,
    "md_md": _read_two_days,
    "dm_dm": _read_two_days,
    "md_d": _read_day_range,
    "d_dm": _read_day_range,
    "md": _read_md,
    "holiday": _read_holiday,
    "dm": _read_md,
    "mon_mon": _read_mon_mon,
    "my": _read_my,
    "rel_month": _read_rel_month,
    "month": _read_month,
    "ana_month": _read_ana_month,
    "year_range": _read_year_range,
    "year": _read_year,
    "decade": _read_decade,
    "decade_word": _read_decade,
    "century": _read_century,
    "quarter": _read_quarter,
    "first_n": _read_first_n,
    "same_period": _read_same_period,
    "year_to": _read_year_to,
    "season": _read_season,
    "part_unit": _read_part_unit,
    "rel_unit": _read_rel_unit,
    "weekend": _read_weekend,
    "rel_day": _read_rel_day,
    "deictic": _read_deictic,
    "weekday": _read_weekday,
    "ago": _read_ago,
    "later": _read_later,
    "the_time": _read_the_time,
    "ref": _read_ref,
    "set": _read_set,
    "duration": _read_duration,
    "time": _read_time,
}
