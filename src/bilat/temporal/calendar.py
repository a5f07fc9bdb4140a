"""Calendar units: a TIMEX3 value and the closed interval of days it covers.

A ``Cal`` is a point on the calendar at some granularity (a day, an ISO week, a month, a
quarter, a year, a decade ...). Its ``value`` is the TIMEX3 string (``2019-06-16``,
``2019-W25``, ``2019-Q1``, ``199`` for the 1990s, ``15`` for the 16th century) and its
``interval`` the days covered (a month is its first to last day, a week ISO Monday to Sunday,
a season the meteorological months: spring March–May, summer June–August, autumn
September–November, winter December–February of the next year). A unit whose year is not
known has a value with ``X`` placeholders (``XXXX-06-16``) and no interval.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from bilat.records import Interval

SEASON_CODES = ("SP", "SU", "FA", "WI")
# first month of each season (winter starts in December of its year)
_SEASON_START = (3, 6, 9, 12)

GRANS = ("day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century")


@dataclass(frozen=True)
class Cal:
    gran: str
    year: int | None
    num: int | None = None  # month 1-12, ISO week, quarter 1-4, half 1-2, season 0-3
    day: int | None = None
    tod: str | None = None  # TIMEX3 part of day (MO, AF, EV, NI) or "HH:MM"

    @property
    def value(self) -> str:
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        n = f"{self.num:02d}" if self.num is not None else "XX"
        g = self.gran
        if g == "day":
            d = f"{self.day:02d}" if self.day is not None else "XX"
            base = f"{y}-{n}-{d}"
            if self.tod:
                base += "T" + self.tod
            return base
        if g == "week":
            return f"{y}-W{n}"
        if g == "weekend":
            return f"{y}-W{n}-WE"
        if g == "month":
            return f"{y}-{n}"
        if g == "season":
            return f"{y}-{SEASON_CODES[self.num or 0]}"
        if g == "quarter":
            return f"{y}-Q{self.num if self.num else 'X'}"
        if g == "half":
            return f"{y}-H{self.num if self.num else 'X'}"
        if g == "year":
            return y
        if g == "decade":
            return y[:3]
        if g == "century":
            return y[:2]
        raise ValueError(g)

    @property
    def interval(self) -> Interval | None:
        if self.year is None:
            return None
        y, n, g = self.year, self.num, self.gran
        try:
            if g == "day":
                if n is None or self.day is None:
                    return None
                d = dt.date(y, n, self.day)
                return Interval(start=d, end=d)
            if g in ("week", "weekend"):
                if n is None:
                    return None
                monday = dt.date.fromisocalendar(y, n, 1)
                if g == "weekend":
                    return Interval(start=monday + dt.timedelta(days=5), end=monday + dt.timedelta(days=6))
                return Interval(start=monday, end=monday + dt.timedelta(days=6))
            if g == "month":
                if n is None:
                    return None
                return Interval(start=dt.date(y, n, 1), end=_month_end(y, n))
            if g == "season":
                first = dt.date(y, _SEASON_START[n or 0], 1)
                last = first + relativedelta(months=3) - dt.timedelta(days=1)
                return Interval(start=first, end=last)
            if g == "quarter":
                if n is None:
                    return None
                return Interval(start=dt.date(y, 3 * n - 2, 1), end=_month_end(y, 3 * n))
            if g == "half":
                if n is None:
                    return None
                return Interval(start=dt.date(y, 6 * n - 5, 1), end=_month_end(y, 6 * n))
            if g == "year":
                return Interval(start=dt.date(y, 1, 1), end=dt.date(y, 12, 31))
            if g == "decade":
                y0 = y - y % 10
                return Interval(start=dt.date(y0, 1, 1), end=dt.date(y0 + 9, 12, 31))
            if g == "century":
                y0 = y - y % 100
                return Interval(start=dt.date(max(y0, 1), 1, 1), end=dt.date(y0 + 99, 12, 31))
        except ValueError:
            return None
        raise ValueError(g)

    @property
    def known(self) -> bool:
        return self.interval is not None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, _calendar.monthrange(y, m)[1])


def valid_day(y: int | None, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or d < 1:
        return False
    return d <= _calendar.monthrange(y if y is not None else 2000, m)[1]


def of_date(d: dt.date, gran: str) -> Cal:
    """The unit of granularity ``gran`` containing day ``d``."""
    if gran == "day":
        return Cal("day", d.year, d.month, d.day)
    if gran in ("week", "weekend"):
        iy, iw, _ = d.isocalendar()
        return Cal(gran, iy, iw)
    if gran == "month":
        return Cal("month", d.year, d.month)
    if gran == "season":
        if d.month in (1, 2):
            return Cal("season", d.year - 1, 3)
        return Cal("season", d.year, (d.month - 3) // 3)
    if gran == "quarter":
        return Cal("quarter", d.year, (d.month - 1) // 3 + 1)
    if gran == "half":
        return Cal("half", d.year, (d.month - 1) // 6 + 1)
    if gran == "year":
        return Cal("year", d.year)
    if gran == "decade":
        return Cal("decade", d.year - d.year % 10)
    if gran == "century":
        return Cal("century", d.year - d.year % 100)
    raise ValueError(gran)


_STEP = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "weekend": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "season": relativedelta(months=3),
    "quarter": relativedelta(months=3),
    "half": relativedelta(months=6),
    "year": relativedelta(years=1),
    "decade": relativedelta(years=10),
    "century": relativedelta(years=100),
}


def add(d: dt.date, n: float, unit: str) -> dt.date:
    """Day ``d`` moved by ``n`` units (day, week, fortnight, month, year, decade, century)."""
    if unit == "fortnight":
        n, unit = n * 2, "week"
    step = _STEP[unit]
    whole = int(n)
    out: dt.date = d + step * whole
    if n != whole and unit in ("year", "month"):
        out = out + relativedelta(months=round((n - whole) * (12 if unit == "year" else 1)))
    return out


def shift(cal: Cal, n: float, unit: str, gran: str | None = None) -> Cal | None:
    """``cal`` moved by ``n`` units, expressed at granularity ``gran`` (default: ``cal``'s)."""
    iv = cal.interval
    if iv is None:
        return None
    target = gran or cal.gran
    if _rank(target) < _rank(cal.gran):
        target = cal.gran  # "two days later" after "in 2015" can only say 2015
    out = of_date(add(iv.start, n, unit), target)
    return replace(out, tod=None)


def _rank(gran: str) -> int:
    order = {"day": 0, "weekend": 1, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4}
    return order.get(gran, {"year": 5, "decade": 6, "century": 7}.get(gran, 0))


def span_interval(a: Interval, b: Interval) -> Interval | None:
    if b.end < a.start:
        return None
    return Interval(start=a.start, end=b.end)
