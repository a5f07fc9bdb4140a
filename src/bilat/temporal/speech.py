"""Deictic words inside a dated quotation: "today" is the day the words were spoken.

A wire story of Thursday reads "..., the ministers said in a statement issued yesterday.
'We agreed today to resume talks.'" The statement's "today" is Wednesday. Only a quotation
the text ties to a dated act of speech is re-read: the date follows a speech verb or a
statement noun ("said on Tuesday", "a communique issued yesterday") and sits in the sentence
that opens or closes the quotation. Deictic and calendar-relative expressions inside it are
then resolved against that day instead of the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilat.temporal.grammar import Candidate
    from bilat.temporal.resolve import Reading

# the rules whose value depends on the speaker's "now"
SPEAKER_RELATIVE = frozenset({"deictic", "rel_unit", "weekday", "weekend", "rel_month", "ago", "part_unit"})

_SPEECH = re.compile(
    r"(?:\b(?:said|says|announced|declared|stated|told\s+\w+(?:\s+\w+)?|added|wrote|"
    r"(?:statement|communiqu[eé]|declaration|letter|message|speech|address|interview)"
    r"(?:\s+(?:was\s+)?(?:issued|released|published|made|delivered|given|sent|dated|broadcast))?)"
    r"(?:\s+(?:late|early))?\s+(?:on\s+)?)$",
    re.IGNORECASE,
)
# a quotation: straight or curly double quotes; single quotes only where they cannot be an
# apostrophe (an opening one before a capital, a closing one after punctuation)
_QUOTE = re.compile(
    r"[\"“](?P<d>[^\"“”\n]{3,}?)[\"”]"
    r"|(?<!\w)['‘](?=[A-Z])(?P<s>[^\n]{3,}?[.,!?;:…])['’](?!\w)"
)
_WINDOW = 160  # the attribution is next to its quotation
# a wire's preamble to a document it gives whole: "Following is the text of a statement by the
# Group of Seven issued after a Washington meeting yesterday." (its first paragraph)
_TEXT_OF = re.compile(
    r"\s*(?:following|here|below) (?:is|are) (?:the |a )?(?:full |unofficial |partial |official )?"
    r"(?:text|transcript|excerpts?)\b[^\n]*",
    re.IGNORECASE,
)


def _speech_days(text: str, days: Sequence[tuple[int, int, dt.date]]) -> list[tuple[int, int, dt.date]]:
    return [(s, e, d) for s, e, d in days if _SPEECH.search(text[max(0, s - 70) : s])]


def requote(
    text: str,
    published: dt.date | None,
    found: list[tuple[int, int, Reading]],
    cands: dict[int, Candidate],
    reread: Callable[[Candidate, dt.date], Reading | None],
) -> None:
    """Re-read, in place, the speaker-relative expressions of quotations dated by their
    attribution (``reread`` resolves a candidate against another "now")."""
    if published is None:
        return
    days = [
        (s, e, r.interval.start)
        for s, e, r in found
        if r.type == "DATE" and r.interval is not None and r.interval.start == r.interval.end
    ]
    starts = [s for s, _, _ in found]
    if (text_of := _TEXT_OF.match(text)) is not None:
        day = next((d for s, _, d in days if s < text_of.end()), None)
        if day is not None and day != published:
            # "Following is the text of a statement issued yesterday.": the rest is the statement
            _reread_between(found, cands, starts, text_of.end(), len(text), day, reread)
    speech = [t for t in _speech_days(text, days) if t[2] != published]
    if not speech:
        return
    last: tuple[int, dt.date] | None = None  # end and day of the last dated quotation
    for q in _QUOTE.finditer(text):
        qs, qe = q.span()
        day = _attributed_day(text, qs, qe, speech)
        if day is None and last is not None and _continues(text, last[0], qs, days):
            day = last[1]  # the same statement quoted on: "... the statement said. 'Today ...'"
        if day is None:
            last = None
            continue
        last = (qe, day)
        _reread_between(found, cands, starts, qs, qe, day, reread)


def _reread_between(
    found: list[tuple[int, int, Reading]],
    cands: dict[int, Candidate],
    starts: list[int],
    qs: int,
    qe: int,
    day: dt.date,
    reread: Callable[[Candidate, dt.date], Reading | None],
) -> None:
    """Re-read the speaker-relative expressions between ``qs`` and ``qe`` against ``day``."""
    lo, hi = bisect_right(starts, qs - 1), bisect_right(starts, qe)
    for i in range(lo, hi):
        s, e, r = found[i]
        cand = cands.get(s)
        if e > qe or cand is None or cand.rule not in SPEAKER_RELATIVE or r.anchor != "published":
            continue
        new = reread(cand, day)
        if new is not None:
            new.anchor = "anaphoric"
            found[i] = (s, e, new)


_GAP_BEFORE = re.compile(r"^[^.!?\n\"“”‘]{0,80}[.:,]?\s*$")
_GAP_AFTER = re.compile(r"^[^.!?\n\"“”‘]{0,80}$")


def _continues(text: str, prev_end: int, qs: int, days: Sequence[tuple[int, int, dt.date]]) -> bool:
    gap = text[prev_end:qs]
    return (
        len(gap) <= _WINDOW
        and "\n" not in gap
        and not _QUOTE.search(gap)
        and not any(prev_end <= s < qs for s, _, _ in days)
    )


def _attributed_day(text: str, qs: int, qe: int, speech: list[tuple[int, int, dt.date]]) -> dt.date | None:
    for s, e, d in speech:
        if e <= qs and _GAP_BEFORE.match(text[e:qs]):
            # "..., the ministers said in a statement issued yesterday. 'We agreed today ...'"
            return d
        if s >= qe and _GAP_AFTER.match(text[qe:s]):
            # "'We agreed today,' the minister said on Tuesday."
            return d
    return None
