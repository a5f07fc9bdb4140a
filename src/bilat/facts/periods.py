"""When a trade figure is for: the date in its phrase or nearest in the parse, the base of a
change kept apart from its period, and fiscal years read as the reporter's."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from bilat.facts.amounts import _Amount, _Words
from bilat.facts.sides import _path, _span_root
from bilat.parse import char_span, children, doc_text
from bilat.records import Interval, Timex
from bilat.temporal.lexicon import number_value

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# ---------------------------------------------------------------- periods


def _timex_index(doc: Doc, timexes: list[Timex]) -> list[tuple[Timex, Token]]:
    out = []
    for t in timexes:
        # "the first nine months of 2025" is a DURATION with the interval it covers
        if t.interval is None or t.type not in ("DATE", "TIME", "DURATION"):
            continue
        root = _span_root(doc, t.start, t.end)
        if root is not None:
            out.append((t, root))
    return out


_BASE_RE = re.compile(
    r"(?:\bfrom|\bthan|\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?)(?:\s+(?:in|the|a))?\s*$", re.I
)
# "up 27.3 percent on the same period of 2007", "over the same months last year": a period of
# an earlier year after "on"/"over" is the base; a bare "over the same period" is the period
_EARLIER_RE = re.compile(
    r"^(?:the\s+)?(?:same|corresponding|comparable)\s+\w+\s+(?:of\s+|in\s+)?"
    r"(?:last|the\s+previous|a\s+year|the\s+year|the\s+prior|\d{4})",
    re.I,
)
_ON_RE = re.compile(r"\b(?:on|over)\s*$", re.I)
#: "up 29 percent on 2020", "down 3 percent on last year": a year after "on" is the base too
_YEAR_RE = re.compile(
    r"^(?:\d{4}|last year|the previous year|the year before|a year (?:earlier|ago|before))$", re.IGNORECASE
)


def _is_base(doc: Doc, t: Timex) -> bool:
    """Whether a date is the comparison base of a change ("from a year earlier", "than 2012")."""
    before = doc_text(doc)[max(0, t.start - 20) : t.start]
    return bool(
        _BASE_RE.search(before)
        or (_ON_RE.search(before) and (_EARLIER_RE.match(t.text) or _YEAR_RE.match(t.text.strip())))
    )


def _after_base(t: Timex) -> Interval | None:
    """The period a change is measured over when only its base is stated: "up 15 percent
    compared with the same period of 2005" is about those months of the following year."""
    if t.interval is None or not _EARLIER_RE.match(t.text):
        return None
    iv = t.interval
    try:
        return Interval(start=iv.start.replace(year=iv.start.year + 1), end=_next_year_end(iv.end))
    except ValueError:
        return None


def _next_year_end(d: dt.date) -> dt.date:
    if d.month == 2 and d.day >= 28:  # the end of February moves with leap years
        return dt.date(d.year + 1, 3, 1) - dt.timedelta(days=1)
    return d.replace(year=d.year + 1)


def _period(
    root: Token, sent: Span, tindex: list[tuple[Timex, Token]], *, change: bool = False
) -> Timex | None:
    """The period of an amount: a date inside its own phrase or right after it ("5.1 billion for
    the whole of 1985") first, then the nearest in the tree; one that refers back ("at the time")
    last."""
    cands = [(t, r) for t, r in tindex if sent.start <= r.i < sent.end]
    doc = sent.doc
    if change:
        # "up 11 percent from a year earlier", "than in 2012": the base of a change is not its period
        cands = [(t, r) for t, r in cands if not _is_base(doc, t)] or cands
    if not cands:
        return None

    def follows(t: Timex) -> bool:
        # "6.0 billion for the whole of 1988": the date right after the amount, nothing between
        first = char_span(doc, t.start, t.end)
        if first is None or not 0 < first.start - root.i <= 5:
            return False
        return not any(x.is_punct or x.like_num for x in doc[root.i + 1 : first.start])

    return min(
        cands,
        key=lambda tr: (
            not (any(a.i == root.i for a in tr[1].ancestors) or follows(tr[0])),
            _path(root, tr[1]),
            tr[0].anchor == "anaphoric",
            abs(tr[1].i - root.i),
        ),
    )[0]


def _pair_coordinated(amounts: list[tuple[_Amount, Token]], sent: Span, tindex: list[tuple[Timex, Token]]):  # noqa: ANN202
    """Coordinated periods and amounts pair up in order ("the 1986 and 1985 deficits at X and Y")."""
    times = [(t, r) for t, r in tindex if sent.start <= r.i < sent.end]
    if len(amounts) < 2 or len(times) != len(amounts):
        return None
    roots = [r for _, r in times]
    linked = all(r.dep_ == "conj" or any(c.dep_ == "conj" for c in children(r)) for r in roots)
    if not linked:
        return None
    times.sort(key=lambda tr: tr[0].start)
    return {id(a): t for (a, _), (t, _) in zip(amounts, times, strict=True)}


#: "in that year", "the same year": the period of the figure told before.
_SAME_PERIOD = re.compile(r"(?:in |during )?(?:that|the same) (?:year|period)", re.IGNORECASE)
#: "2013-14", "FY2013-14": a fiscal year written across two calendar years.
_FISCAL = re.compile(r"(?:FY\s?|fiscal (?:year )?)?(\d{4})\s?[-–/]\s?(\d{2})", re.IGNORECASE)


_YEARS_OFF = re.compile(r"(?P<n>\w+(?:-\w+)?|a) years? (?P<dir>earlier|before|later|after)", re.IGNORECASE)


def _years_off(text: str, base: Interval) -> Interval | None:
    """The period "N years earlier" than a stated period: the same months, N years off."""
    m = _YEARS_OFF.fullmatch(text.strip())
    n = None if m is None else 1.0 if m.group("n").lower() == "a" else number_value(m.group("n"))
    if m is None or n is None or n != int(n):
        return None
    sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    try:
        return Interval(
            start=base.start.replace(year=base.start.year + sign * int(n)),
            end=base.end.replace(year=base.end.year + sign * int(n)),
        )
    except ValueError:
        return None  # the 29th of February of another year


def _fiscal_year(timex: Timex, reporter: str | None, w: _Words) -> Interval | None:
    """A year written across two calendar years ("in 2013-14") is the reporter's fiscal year
    (India's from April, Pakistan's from July), not the two years."""
    m = _FISCAL.fullmatch(timex.text.strip())
    if m is None:
        return _fiscal_named(timex, reporter, w)
    first, second = int(m.group(1)), int(m.group(2))
    if (first + 1) % 100 != second:
        return None
    month = w.fiscal_start.get(reporter or "", w.fiscal_start.get("*", 4))
    start = dt.date(first, month, 1)
    end = dt.date(first + 1, month, 1) - dt.timedelta(days=1)
    return Interval(start=start, end=end)


#: "fiscal 2019", "fiscal year 2021", "FY2020", "FY19": a fiscal year named by one year.
_FISCAL_NAMED = re.compile(r"(?:fiscal(?:\s+year)?|FY)\s?'?(\d{4}|\d{2})", re.IGNORECASE)


def _fiscal_named(timex: Timex, reporter: str | None, w: _Words) -> Interval | None:
    """A fiscal year named by one year is the reporter's: Japan names it by the year it starts
    ("fiscal 2019" runs April 2019 to March 2020), the US, India or Pakistan by the year it ends
    (the US "fiscal 2019" ran from October 2018)."""
    m = _FISCAL_NAMED.fullmatch(timex.text.strip())
    month = w.fiscal_start.get(reporter or "")
    if m is None or month is None:
        return None
    year = int(m.group(1))
    year += 2000 if year < 100 else 0
    if reporter not in w.fiscal_by_start:
        year -= 1
    return Interval(start=dt.date(year, month, 1), end=dt.date(year + 1, month, 1) - dt.timedelta(days=1))
