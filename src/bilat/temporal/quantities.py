"""Readers of durations, sets, clock times and present/past/future references."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bilat.parse import doc_text
from bilat.records import Interval
from bilat.temporal.calendar import add
from bilat.temporal.context import (
    _SEASON_OF,
    _TOD,
    Ctx,
    Reading,
    _duration_value,
    _num,
    _unit,
    _weekday,
)
from bilat.temporal.lexicon import lexicon

if TYPE_CHECKING:
    from bilat.temporal.grammar import Candidate


def _read_ref(c: Candidate, ctx: Ctx) -> Reading | None:
    w = " ".join(c.match.group(0).lower().split())
    if any(k in w for k in ("future", "soon", "coming")):
        return Reading("DATE", "FUTURE_REF")
    if any(k in w for k in ("past", "recent", "lately")):
        return Reading("DATE", "PAST_REF")
    p = ctx.published
    return Reading(
        "DATE", "PRESENT_REF", Interval(start=p, end=p) if p else None, "published" if p else "none"
    )


_SET_WORD = {"annually": "P1Y", "yearly": "P1Y", "biannually": "P6M", "semi-annually": "P6M"}
_SET_WORD |= {"biennially": "P2Y", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M"}
_SET_WORD |= {"quarterly": "P3M", "fortnightly": "P2W", "hourly": "PT1H", "annual": "P1Y"}
_SET_WORD |= {"biannual": "P6M", "semi-annual": "P6M", "biennial": "P2Y"}


def _read_set(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    if g.get("w"):
        return Reading("SET", _SET_WORD[g["w"].lower()])
    u = (g.get("u") or g.get("u3") or "").lower()
    if u:
        return Reading("SET", _duration_value(1, "year" if u == "annum" else u))
    u2 = (g.get("u2") or "").lower()
    if u2.rstrip("s") in lexicon()["weekdays"]:
        return Reading("SET", f"XXXX-WXX-{_weekday(u2.rstrip('s')) + 1}")
    if u2 in _SEASON_OF:
        return Reading("SET", f"XXXX-{('SP', 'SU', 'FA', 'WI')[_SEASON_OF[u2]]}")
    if u2 in _TOD:
        return Reading("SET", f"XXXX-XX-XXT{_TOD[u2]}")
    nw = (g.get("n") or "").lower()
    n = 2.0 if nw == "other" else (_num(nw) if nw else 1.0)
    return Reading("SET", _duration_value(n, _unit(u2)))


def _read_duration(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    if g.get("halfan"):
        w = g["halfan"].lower().split()[-1]
        return Reading(
            "DURATION",
            {"hour": "PT30M", "day": "PT12H", "year": "P6M"}.get(w, "P5Y" if w == "decade" else "P50Y"),
        )
    if g.get("long"):
        return Reading("DURATION", _duration_value(1, g["long"].lower()))
    bare = g.get("bare") or g.get("bare2")
    if bare:
        return Reading("DURATION", _duration_value(None, _unit(bare)))
    unit = _unit(g["u"] or "")
    n = _num(g.get("n") or g.get("art"))
    if n is not None and (g.get("half") or g.get("half2")):
        n += 0.5
    if n is not None and n != int(n) and unit in _SMALLER and (n < 1 or unit == "year"):
        # "a year and a half" is P18M, "half a day" PT12H
        factor, unit = _SMALLER[unit]
        n = n * factor
    mod = lexicon()["quantity_mods"].get(" ".join((g.get("mod") or "").lower().split()))
    value = _duration_value(n, unit)
    rw = (g.get("rw") or "").lower()
    interval = None
    anchor = "none"
    p = ctx.published
    if n is not None and n == int(n) and unit not in ("second", "minute", "hour"):
        if rw in ("past", "last", "latest", "preceding") and p is not None:
            interval = Interval(start=add(p, -n, unit) + dt.timedelta(days=1), end=p)
            anchor = "published"
        elif p is not None and (rw in ("next", "coming") or _within_ahead(c, ctx)):
            # "in the next 30 days", "will meet within 30 days": from the story's day on
            interval = Interval(start=p, end=add(p, n, unit) - dt.timedelta(days=1))
            anchor = "published"
    return Reading("DURATION", value, interval, anchor, mod)


def _within_ahead(c: Candidate, ctx: Ctx) -> bool:
    """ "will meet within 30 days": a deadline still ahead, counted from the story's day."""
    before = doc_text(ctx.doc)[max(0, c.start - 8) : c.start].lower()
    return before.rstrip().endswith("within") and ctx.tense(c.start, c.end) == "future"


_SMALLER = {"year": (12, "month"), "day": (24, "hour"), "hour": (60, "minute"), "decade": (10, "year")}


def _read_time(c: Candidate, ctx: Ctx) -> Reading | None:
    g = c.match.groupdict()
    if g.get("noon"):
        # "at midnight" alone opens its day; "midnight Tuesday" (joined later) closes Tuesday
        hh, mm = (0, 0) if g["noon"].lower() == "midnight" else (12, 0)
    elif g.get("hhmm"):
        hh, mm = int(g["hhmm"][:2]), int(g["hhmm"][2:])
    elif g.get("h2") is not None:
        hh, mm = int(g["h2"]), int(g["mi2"])
    else:
        hh, mm = int(g["h"]), int(g["mi"] or 0)
        ap = (g.get("ap") or "").lower()
        if hh > 12 or hh == 0:
            return None
        if ap.startswith("p") and hh != 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
    if hh > 24 or mm > 59:
        return None
    return Reading("TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}", clock=(hh, mm))
