"""Recognition: the regular grammar of temporal expressions in running news text.

Each rule is one compiled pattern over ``doc.text`` (compiled once per process) plus an
optional check that reads the spaCy tokens around a match ("May" the modal verb,
"Resolution 1929", "2000 troops", "Black Friday"). Every match of every rule becomes a
candidate; overlapping candidates are settled longest first (then by rule priority), which is
linear in the length of the text. Spans follow TimeML extent rules: no leading preposition,
determiners and modifiers included ("the first quarter of this year", "more than forty years").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from bilat.parse import char_span, doc_text
from bilat.temporal.lexicon import alternation, lexicon
from bilat.temporal.prefilter import guarded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Candidate:
    rule: str
    start: int
    end: int
    match: re.Match[str]
    mod: str | None = None  # from a part-of-period prefix ("early", "mid-", "the end of")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    priority: int
    check: Callable[[re.Match[str], Doc], bool] | None = None
    takes_part: bool = False  # may be preceded by "early"/"mid-"/"the end of"
    #: lowercase strings one of which every match contains: the rule is run only within reach
    #: of them, and not at all over a text without them (most have no "ago" or "weekend")
    needs: tuple[str, ...] = ()


# ------------------------------------------------------------------ fragments


def _frags() -> dict[str, str]:
    lx = lexicon()
    months = lx["months"]
    full = [m for m in months if len(m) > 4 or m in ("may", "june", "july")]
    abbr = [m for m in months if m not in full]
    wd_full = [w for w in lx["weekdays"] if w.endswith("day")]
    wd_abbr = [w for w in lx["weekdays"] if not w.endswith("day")]
    num_small = [w for w in lx["number_words"] if w not in ("hundred",)]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    return {
        "MONTHS": alternation(full, title=True),
        "MONABBR": alternation(abbr, title=True),
        "WDFULL": alternation(wd_full, title=True),
        "WDABBR": alternation(wd_abbr, title=True),
        "NUM": rf"\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{tens})[-\s](?:{ones})|{alternation(num_small)}",
        "VAGUE": alternation(lx["vague_quantities"]),
        "QMODS": alternation(list(lx["quantity_mods"])),
        "ORDS": alternation(list(lx["ordinals"])),
        "DECW": alternation(list(lx["decade_words"])),
        "HOLIDAYS": "|".join(_holiday_pattern(h) for h in sorted(lx["holidays"], key=len, reverse=True)),
        "UNITS": r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
        r"|century|centuries",
    }


def _holiday_pattern(name: str) -> str:
    """ "new year's day" -> New Year's Day, New Years Day, NEW YEAR'S DAY (names are capitalised)."""
    apostrophe = "['’]?"
    title = [re.escape(w[:1].upper() + w[1:]).replace("'", apostrophe) for w in name.split()]
    upper = [re.escape(w.upper()).replace("'", apostrophe) for w in name.split()]
    return "|".join(r"\s+".join(ws) for ws in (title, upper))


def _mon(f: dict[str, str], name: str) -> str:
    return rf"(?P<{name}>(?:{f['MONTHS']})\b|(?:{f['MONABBR']})(?:\.(?=\s*\d)|\b))"


def _wd(f: dict[str, str], name: str) -> str:
    return rf"(?P<{name}>(?:{f['WDFULL']})|(?:{f['WDABBR']})\.)"


def _wdopt(f: dict[str, str], name: str = "wd") -> str:
    return rf"(?:{_wd(f, name)},?\s+(?:(?i:the)\s+)?)?"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"


def _year(name: str) -> str:
    return rf"(?P<{name}>1\d{{3}}|20\d{{2}})(?!\d)(?!,\d)"


_DASH = r"\s*[-–—]\s*"
_TO = r"\s+(?i:to|until|till|through|thru|and)\s+"
_YREF = r"(?P<yref>that|the\s+same|this|last|next|the\s+previous|the\s+following|the\s+current)"
_YREFG = r"(?:{})"


# ------------------------------------------------------------------ token checks


def _tok_at(doc: Doc, char: int) -> Token | None:
    span = char_span(doc, char, char + 1)
    return doc[span.start] if span is not None and len(span) else None


def _prev_word(doc: Doc, m: re.Match[str]) -> Token | None:
    tok = _tok_at(doc, m.start())
    if tok is None or tok.i == 0:
        return None
    return doc[tok.i - 1]


def _next_word(doc: Doc, m: re.Match[str]) -> Token | None:
    tok = _tok_at(doc, m.end() - 1)
    if tok is None or tok.i + 1 >= len(doc):
        return None
    return doc[tok.i + 1]


_MONTH_CUES = frozenset(
    "in since until till by from to through during of before after between and or last this next "
    "early late mid end beginning start for each every - – until throughout within around about "
    "mid- the that same least as".split()
)


def _check_month(m: re.Match[str], doc: Doc) -> bool:
    tok = _tok_at(doc, m.start())
    if tok is not None and (tok.tag_ == "MD" or tok.ent_type_ == "PERSON"):
        return False
    prev = _prev_word(doc, m)
    if prev is None or prev.is_sent_start and prev.is_title and prev.lower_ not in _MONTH_CUES:
        nxt = _next_word(doc, m)
        return nxt is not None and nxt.lower_ in ("'s", "’s")
    if prev.lower_ not in _MONTH_CUES:
        nxt = _next_word(doc, m)
        return nxt is not None and nxt.lower_ in ("'s", "’s") and not prev.is_title
    if prev.lower_ in ("the", "and", "or", "to") and tok is not None:
        # "the May elections" is a date; "Theresa May and" / "to May" (a person) are not
        return tok.ent_type_ not in ("PERSON", "ORG") and not (prev.lower_ == "to" and tok.dep_ == "dobj")
    return True


def _check_ana_month(m: re.Match[str], doc: Doc) -> bool:
    tok = _tok_at(doc, m.start("m"))
    return tok is None or (tok.tag_ != "MD" and tok.ent_type_ != "PERSON")


def _check_year(m: re.Match[str], doc: Doc) -> bool:
    lx = lexicon()
    if m.group(0)[0].isalpha():  # "fiscal 1987", "the year 2000"
        return True
    before = doc_text(doc)[max(0, m.start() - 6) : m.start()]
    if before.endswith(("-", "–")) and not re.search(r"(?i)\b(mid|early|late)\s*[-–]$", before):
        return False  # "Vostok-2018", "Su-2000"
    prev = _prev_word(doc, m)
    nxt = _next_word(doc, m)
    if prev is not None:
        p = prev.lower_
        if p in lx["year_blockers"] or p in lx["quantity_words"] or prev.like_num:
            return False
        if any(ch.isdigit() for ch in p) or p in ("#", "-", "/"):
            return False
        if prev.is_title and not prev.is_sent_start and prev.pos_ == "PROPN" and p not in _MONTH_CUES:
            return False
    if nxt is not None:
        n = nxt.lower_
        if n in lx["unit_nouns"] or n in ("%", "percent", "per", "x", "-"):
            return False
        if nxt.tag_ == "NNS" and (
            prev is None or prev.lower_ not in ("the", "its", "their", "'s", "and", "of")
        ):
            return False
    return True


def _check_weekday(m: re.Match[str], doc: Doc) -> bool:
    prev = _prev_word(doc, m)
    return not (prev is not None and prev.is_title and prev.lower_ in lexicon()["weekday_name_blockers"])


_SEASON_CUES = frozenset(
    "in during since by until till through throughout over early late mid this last next of "
    "before after from that for".split()
)


def _check_season(m: re.Match[str], doc: Doc) -> bool:
    if m.group("rw") or m.group("y") or m.group("yref"):
        return True
    if re.match(r"\s+of\s+(?!\d)", doc_text(doc)[m.end() : m.end() + 8]):
        return False  # "the fall of the Berlin Wall"
    prev = _prev_word(doc, m)
    if prev is None:
        return False
    if m.group("the"):
        prev = _tok_at(doc, m.start())
        prev = doc[prev.i - 1] if prev is not None and prev.i > 0 else None
        if prev is None:
            return False
    return prev.lower_ in _SEASON_CUES


def _check_adverb(m: re.Match[str], doc: Doc) -> bool:
    if m.group("w") is None:
        return True
    tok = _tok_at(doc, m.start())
    if tok is None:
        return False
    if tok.lower_ in _SET_ADJECTIVES:
        # "the annual summit", "quarterly reviews": TimeML reads the adjective as a SET
        return tok.pos_ in ("ADJ", "ADV") or tok.dep_ in ("amod", "advmod")
    return (
        tok.pos_ == "ADV"
        and not tok.is_title
        or tok.lower_ in ("annually", "yearly", "biannually", "biennially")
    )


_SET_ADJECTIVES = frozenset({"annual", "biannual", "biennial", "semi-annual", "quarterly"})


def _check_set(m: re.Match[str], doc: Doc) -> bool:
    if not _check_adverb(m, doc):
        return False
    if m.group("u3") and m.group(0).lower().startswith("a"):
        return _is_rate(doc, m)  # "$5 billion a year", "12 flights a week"
    return True


def _is_rate(doc: Doc, m: re.Match[str]) -> bool:
    """ "a year" after a quantity: "$5 billion a year", "1.7 billion cubic metres of gas a year"."""
    prev = _prev_word(doc, m)
    if prev is None:
        return False
    if prev.like_num or prev.lower_ in ("%", "times", "once", "twice"):
        return True
    if prev.tag_ not in ("NN", "NNS"):
        return False
    lo = max(prev.sent.start, prev.i - 7)
    return any(t.like_num or t.tag_ == "$" for t in doc[lo : prev.i])


def _check_duration(m: re.Match[str], doc: Doc) -> bool:
    if m.group("u") is None:
        return True  # "for years", "week-long", "half an hour"
    n = (m.group("n") or m.group("art") or "").lower()
    u = m.group("u").lower()
    if u.startswith("second") and n in ("a", "an", "one"):
        return False  # "a second round"
    text = m.group(0)
    if m.group("u")[0].isupper() and not text.isupper():
        nxt = _next_word(doc, m)
        if nxt is not None and nxt.is_title:
            return False  # "the Six-Day War"
    if n in ("a", "an") and not m.group("rw") and not m.group("mod") and _is_rate(doc, m):
        return False  # a rate: "$5 billion a year" (the SET rule reads it)
    return True


def _check_time(m: re.Match[str], doc: Doc) -> bool:
    if m.group("h2") is not None and not m.group("zone"):
        return doc_text(doc)[max(0, m.start() - 3) : m.start()].lower() == "at "
    return True


def _check_ref(m: re.Match[str], doc: Doc) -> bool:
    w = m.group(0).lower()
    after = doc_text(doc)[m.end() : m.end() + 1]
    if w == "now" and after == "-":
        return False
    if w == "soon" and doc_text(doc)[max(0, m.start() - 3) : m.start()].lower() == "as ":
        return False
    if w in ("today", "now") and m.group(0)[0].isupper():
        prev = _prev_word(doc, m)
        if prev is not None and prev.is_title and prev.pos_ == "PROPN" and not prev.is_sent_start:
            return False  # "USA Today"
    return True


def _intro(doc: Doc, m: re.Match[str]) -> str:
    before = doc_text(doc)[max(0, m.start() - 9) : m.start()].lower().split()
    return before[-1] if before else ""


def _check_range_and(m: re.Match[str], doc: Doc) -> bool:
    """A range joined by "and" needs "between": "June 16 and 18" may be two days."""
    conn = (m.groupdict().get("conn") or "").strip().lower()
    if conn != "and":
        return True
    return _intro(doc, m) == "between"


def _check_range_words(m: re.Match[str], doc: Doc) -> bool:
    """Years and months joined by a word form a range only after "from"/"between"."""
    conn = (m.groupdict().get("conn") or "").strip().lower()
    if conn in ("", "-", "–", "—", "/", "through", "thru"):
        return True
    return _intro(doc, m) in ("from", "between")


# ------------------------------------------------------------------ rules


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    f = _frags()
    conn = r"(?P<conn>\s*[-–—]\s*|\s+(?i:to|until|till|through|thru|and)\s+)"
    yref = r"(?i:(?P<yref>that|the\s+same|this|last|next|the\s+previous|the\s+following|the\s+current))"
    units = f["UNITS"]
    num = f["NUM"]
    r: list[tuple[str, str, int, Callable[[re.Match[str], Doc], bool] | None, bool, int]] = [
        (
            "iso",
            r"(?<![\d-])(?P<y>1\d{3}|20\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
            r"(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d-])",
            0,
            None,
            False,
            0,
        ),
        (
            "md_md",
            rf"{_wdopt(f)}{_mon(f, 'm1')}\s+{_day('d1')}(?:,?\s+{_year('y1')})?{conn}"
            rf"{_mon(f, 'm2')}\s+{_day('d2')}(?:,?\s+{_year('y')})?",
            0,
            _check_range_and,
            False,
            0,
        ),
        (
            "dm_dm",
            rf"{_day('d1')}\s+(?:of\s+)?{_mon(f, 'm1')}(?:,?\s+{_year('y1')})?{conn}"
            rf"{_day('d2')}\s+(?:of\s+)?{_mon(f, 'm2')}(?:,?\s+{_year('y')})?",
            0,
            _check_range_and,
            False,
            0,
        ),
        (
            "md_d",
            rf"{_wdopt(f)}{_mon(f, 'm')}\s+{_day('d1')}{conn}{_day('d2')}(?:,?\s+{_year('y')})?",
            1,
            _check_range_and,
            False,
            0,
        ),
        (
            "d_dm",
            rf"(?<![\d.,])(?:{_wd(f, 'wd')},?\s+)?{_day('d1')}{conn}{_day('d2')}\s+(?:of\s+)?{_mon(f, 'm')}"
            rf"(?:,?\s+{_year('y')})?",
            1,
            _check_range_and,
            False,
            0,
        ),
        (
            "md",
            rf"{_wdopt(f)}{_mon(f, 'm')}\s+{_day('d')}(?:,?\s+{_year('y')}|\s+(?i:of)\s+{yref}\s+(?i:year)"
            r"|\s+(?P<rel>(?i:last|this|next))\s+(?i:year))?",
            2,
            None,
            True,
            0,
        ),
        (
            "dm",
            rf"(?<![\d.,])(?:{_wd(f, 'wd')},?\s+)?(?:(?i:the)\s+)?{_day('d')}\s+(?:(?i:of)\s+)?{_mon(f, 'm')}"
            rf"(?:,?\s+{_year('y')}|\s+(?i:of)\s+{yref}\s+(?i:year)|\s+(?P<rel>(?i:last|this|next))\s+(?i:year))?",
            2,
            None,
            True,
            0,
        ),
        (
            "mon_mon",
            rf"{_mon(f, 'm1')}{conn}{_mon(f, 'm2')}(?:,?\s+{_year('y')})?",
            2,
            _check_range_words,
            False,
            0,
        ),
        (
            "my",
            rf"{_mon(f, 'm')}(?:,?\s+(?:(?i:of)\s+)?{_year('y')}|\s+(?i:of)\s+{yref}\s+(?i:year)"
            rf"|\s+(?P<rel>(?i:last|this|next))\s+(?i:year))",
            2,
            None,
            True,
            0,
        ),
        (
            "rel_month",
            rf"(?P<rw>(?i:last|this|next|this\s+coming|this\s+past|the\s+coming|the\s+past|coming|past))\s+"
            rf"{_mon(f, 'm')}(?!\s*\d)",
            2,
            None,
            True,
            0,
        ),
        (
            # "that September", "the following March": a month of the narrative's year
            "ana_month",
            r"(?P<aw>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+"
            rf"{_mon(f, 'm')}(?![\s-]*\d)",
            2,
            _check_ana_month,
            True,
            0,
        ),
        ("month", rf"{_mon(f, 'm')}(?![\s-]*\d)", 5, _check_month, True, 0),
        (
            # "on Christmas Eve", "New Year's Day 1990": a holiday with a fixed date is a month-day
            "holiday",
            rf"(?P<h>{f['HOLIDAYS']})\b(?:,?\s+{_year('y')}|\s+(?P<rel>(?i:last|this|next))\s+(?i:year))?",
            1,
            None,
            False,
            0,
        ),
        (
            "year_range",
            rf"(?<![\d,.$€£])(?:(?i:fiscal|FY)\s*)?{_year('y1')}(?:{conn}|/)(?P<y2>1\d{{3}}|20\d{{2}}|\d{{2}})(?!\d)"
            r"(?!\s*(?:%|per|troops|people|km|tonnes|dollars))",
            3,
            _check_range_words,
            True,
            0,
        ),
        (
            "year",
            r"(?:(?i:the\s+year)\s+|(?i:fiscal(?:\s+year)?)\s+|FY\s*)?(?<![\d,.$€£¥#/])(?P<y>1[0-9]\d{2}|20\d{2})"
            r"(?!\d)(?!,\d)(?!\.\d)(?!\s*%)(?![''’]?s\b)(?!\s*[-–/]\s*\d)(?!:\d)",
            6,
            _check_year,
            True,
            0,
        ),
        (
            "decade",
            r"(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))[-\s]+)?"
            r"(?:(?P<y>1\d\d0|20\d0)|['’](?P<yy>\d0))['’]?s\b",
            2,
            None,
            True,
            0,
        ),
        (
            "decade_word",
            rf"(?i:the\s+(?:(?P<part>early|mid|late)[-\s]+)?(?P<w>{f['DECW']}))\b",
            2,
            None,
            True,
            0,
        ),
        (
            "century",
            rf"(?i:the\s+(?:(?P<part>early|mid|late)[-\s]+)?(?:(?P<ord>{f['ORDS']})|(?P<n>\d{{1,2}})"
            r"(?:st|nd|rd|th))[-\s]+century)\b",
            1,
            None,
            True,
            0,
        ),
        (
            "quarter",
            r"(?i:(?:(?P<the>the)\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+"
            r"(?P<u>quarter|half)(?!\s+of\s+(?!this|last|next|the\s+(?:current|previous|same|following|fiscal|year)|that|fiscal|\d))"
            r"(?:\s+of\s+(?:(?P<yref>this|last|next|the\s+current|the\s+previous|"
            r"the\s+same|that|the|the\s+following)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year|"
            rf"(?:fiscal\s+(?:year\s+)?)?{_year('y')}))?|\b(?P<q>[QH][1-4])(?:\s+|/)?(?:{_year('y2')}|"
            r"(?P<yy>\d\d)\b)?)",
            1,
            None,
            True,
            re.IGNORECASE,
        ),
        (
            "first_n",
            rf"(?i:(?:the\s+)?(?P<rw>first|last|final)\s+(?P<n>{num})\s+(?P<u>months|weeks|days|quarters)\s+of\s+"
            rf"(?:(?P<yref>this|last|next|the\s+current|the\s+previous|that|the)\s+year|{_year('y')}))",
            1,
            None,
            False,
            0,
        ),
        (
            # "the year to March 2020", "the 12 months ending June 30": the twelve months that
            # end then, not the end month
            "year_to",
            r"(?i:the\s+(?:(?:fiscal|financial|trade|business|marketing)\s+)?(?:year|(?:12|twelve)[-\s]+months"
            r"|(?:12|twelve)-month\s+period)\s+(?:to|ending|ended|through|until|till|up\s+to)\s+"
            r"(?:the\s+end\s+of\s+|end[-\s]+)?)"
            rf"(?:{_mon(f, 'm')}(?:\s+{_day('d')})?|{_day('d2')}\s+(?:of\s+)?{_mon(f, 'm2')})"
            rf"(?:,?\s+{_year('y')})?",
            1,
            None,
            False,
            0,
        ),
        (
            "same_period",
            r"(?i:(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|time|quarter|month|months|stretch)"
            r"\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)|"
            r"the\s+year\s+before|(?P<y>1\d{3}|20\d{2}))"
            # "over the same period": the period just stated ("at the same time" is no period)
            r"|the\s+(?P<bare>same|corresponding)\s+(?:period|months|quarter)\b(?!\s+(?:of|in|last|a)\b))",
            1,
            None,
            False,
            0,
        ),
        (
            "season",
            r"(?i:(?:(?P<rw>last|this|next|the\s+coming|the\s+past|the\s+previous|the\s+following|the\s+same|"
            r"that)\s+|(?P<the>the)\s+)?(?P<s>spring|summer|autumn|fall|winter)"
            r"(?!\s+(?:session|olympics|games|offensive|campaign|school|camp|palace)\b)"
            rf"(?:\s+(?:of\s+)?(?:{_year('y')}|(?P<yref>this|last|next|that|the\s+same|the\s+previous|"
            r"the\s+following)\s+year))?)\b",
            3,
            _check_season,
            True,
            0,
        ),
        (
            "part_unit",
            r"(?i:(?:the\s+)?(?:very\s+)?(?P<p>end|beginning|start|middle|close|turn|rest|remainder|balance)"
            r"\s+of\s+the\s+(?P<u>year|month|week|decade|century)|(?P<u2>year|month)[-\s](?P<p2>end|start))\b",
            1,
            None,
            False,
            0,
        ),
        (
            "rel_unit",
            r"(?i:(?P<pre>earlier|later)\s+(?P<rw0>this|that|in\s+the|last|next)\s+(?P<u0>week|month|year|decade)"
            r"|(?:(?P<the>the)\s+)?(?P<rw>last|this\s+past|this|next|past|coming|previous|following|current|"
            r"same|present|that|upcoming|preceding)\s+(?P<u>weekend|week|month|year|quarter|decade|century|"
            r"fortnight))\b",
            2,
            None,
            True,
            0,
        ),
        (
            "weekend",
            r"(?i:(?:(?<=\bover\s)|(?<=\bat\s)|(?<=\bduring\s)|(?<=\bon\s)|(?<=\bthroughout\s))the\s+weekend)\b",
            3,
            None,
            False,
            0,
        ),
        (
            "rel_day",
            r"(?i:(?:the\s+)?(?P<rw>same|next|following|previous|preceding|that|very\s+same)\s+"
            r"(?P<u>day|morning|evening|night|afternoon)|the\s+day\s+(?P<ba>before|after)"
            r"(?!\s+(?:the|a|an|his|her|its|their|yesterday|tomorrow|\w+['’]s)\b)"
            # "held talks earlier in the day", "later that evening": the day just told
            r"|(?:earlier|later)\s+(?:in\s+the|that|on\s+that|the\s+same)\s+(?P<u2>day|morning|evening|afternoon))\b",
            2,
            None,
            True,
            0,
        ),
        (
            "deictic",
            r"(?i:\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
            r"tomorrow|tonight)(?:\s+(?P<tod>morning|afternoon|evening|night))?"
            r"|\b(?P<w2>this|last)\s+(?P<tod2>morning|afternoon|evening|night))\b",
            2,
            _check_ref,
            True,
            0,
        ),
        (
            "weekday",
            rf"(?:(?P<rw>(?i:last|this|next|this\s+coming|this\s+past|coming|past))\s+)?"
            rf"{_wd(f, 'w')}(?P<pl>s)?\b(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?",
            3,
            _check_weekday,
            True,
            0,
        ),
        (
            "ago",
            rf"(?i:(?:(?P<mod>{f['QMODS']})\s+)?(?:(?P<n>{num}|{f['VAGUE']})\s+)?(?P<u>{units})\s+ago)\b",
            1,
            None,
            False,
            0,
        ),
        (
            "later",
            rf"(?i:(?:(?P<n>{num})\s+)?(?P<u>{units})\s+(?P<dir>later|earlier|afterwards?|"
            r"(?:before|after)(?=\s*[,.;:)]|\s*$|\s+(?:and|when|that|as|but)\b)))\b",
            1,
            None,
            False,
            0,
        ),
        (
            "the_time",
            r"(?i:(?<=\bat\s)the\s+time)\b(?!\s+(?:of|when|being|for|it|to|and)\b)",
            4,
            None,
            False,
            0,
        ),
        (
            "ref",
            r"(?i:\b(?:now|nowadays|currently|recently|lately|(?<!as\s)soon|(?<=\bat\s)present|"
            r"(?<=\bin\s)the\s+(?:distant\s+|recent\s+)?past|(?:the\s+)?(?:near|distant|foreseeable)\s+future|"
            r"(?<=\bin\s)the\s+future|these\s+days|(?<=\bat\s)the\s+moment|(?<=\bfor\s)the\s+moment|"
            r"recent\s+(?:years|months|weeks|days|decades|times)|"
            r"(?:the\s+)?(?:coming|upcoming)\s+(?:years|months|weeks|days|decades))\b)",
            4,
            _check_ref,
            False,
            0,
        ),
        (
            "set",
            r"(?i:\b(?P<w>annually|yearly|biannually|biennially|semi-annually|daily|weekly|monthly|quarterly|"
            r"annual|biannual|biennial|semi-annual|"
            r"fortnightly|hourly|nightly)\b|(?P<q>once|twice|three\s+times|four\s+times|\d+\s+times)\s+"
            r"(?:a|per|each|every)\s+(?P<u>year|month|week|day|decade)|(?:every|each)\s+(?:(?P<n>other|"
            rf"{num})\s+)?(?P<u2>years?|months?|weeks?|days?|decades?|mondays?|tuesdays?|wednesdays?|"
            r"thursdays?|fridays?|saturdays?|sundays?|spring|summer|autumn|winter|morning|evening|night)"
            r"|(?:per|a)\s+(?P<u3>year|annum|month|week|day))\b",
            1,
            _check_set,
            False,
            0,
        ),
        (
            "duration",
            rf"(?i:(?:(?P<mod>{f['QMODS']})\s+(?!the\s))?(?:the\s+(?:(?P<rw>past|last|next|coming|previous|following|"
            rf"first|final|latest|initial|preceding)\s+|(?=[^\s-]+\s)))?(?:(?P<art>an?)(?=\s)|(?!an?\s(?!few\b|couple\b|dozen\b|number\b|hundred\b))(?P<n>{num}|{f['VAGUE']})"
            rf"(?:\s*[-–]\s*(?:{num})(?=\s)|\s+(?:to|or)\s+(?:{num}))?)"
            rf"(?P<half2>\s+and\s+a\s+half)?[-\s]+(?P<u>{units})"
            r"(?P<half>\s+and\s+a\s+half)?(?(art)(?![-\s]*long)|(?:[-\s]+long)?(?:-old)?))\b"
            r"|(?i:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bafter\s))(?P<bare>(?i:years|"
            r"decades|months|weeks|days|hours|centuries))\b|(?<!\bthe\s)(?<!\bthose\s)(?<!\bthese\s)(?<!\bof\s)(?P<bare2>(?i:hours|days|weeks))(?=\s+(?i:after|before)\b)|(?i:(?P<long>week|month|year|day|decade)-?long)\b"
            r"|(?i:(?P<halfan>half\s+an\s+hour|half\s+a\s+(?:day|year|century|decade)))\b",
            5,
            _check_duration,
            False,
            0,
        ),
        (
            "time",
            r"(?i:(?<![\d:.])(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
            r"|(?<![\d:.])(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?![\d:])"
            r"|(?<![\d,.])(?P<hhmm>[0-2]\d[0-5]\d)(?=\s*(?:GMT|EST|EDT|UTC|CET|hrs)\b)"
            r"|\b(?P<noon>noon|midday|midnight))"
            r"(?:\s+(?P<zone>GMT|UTC|EST|EDT|CET|hrs|(?i:local\s+time|Moscow\s+time|Tehran\s+time)))?",
            1,
            _check_time,
            False,
            0,
        ),
    ]
    needs = _needs(f)
    out = []
    for name, pat, prio, check, part, flags in r:
        # no expression starts inside a word ("Iranian year" holds no "an year", "holidays
        # before" no "days before"): the group makes that hold for every alternative
        compiled = guarded(re.compile(r"(?<!\w)(?:" + pat + ")", flags))
        out.append(Rule(name, compiled, prio, check, part, needs.get(name, ())))
    return tuple(out)


def _needs(f: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """For each rule, lowercase strings one of which is in every match: the rule is only run
    near their occurrences (``_windows``). A string test is far cheaper than a regex walk."""
    lx = lexicon()
    months = tuple(m for m in lx["months"] if len(m) == 3)  # every form holds its first three
    units = tuple(lx["units"])
    digits = tuple("0123456789")
    years = ("1", "2")  # years are 1xxx or 20xx
    by_month = (
        "md_md",
        "dm_dm",
        "md_d",
        "d_dm",
        "md",
        "dm",
        "mon_mon",
        "my",
        "rel_month",
        "ana_month",
        "month",
    )
    return {
        **dict.fromkeys(by_month, months),
        "iso": years,
        "year_range": years,
        "year": years,
        "ago": ("ago",),
        # each name's longest word, up to an apostrophe ("year" of "new year's day")
        "holiday": tuple(
            sorted({max((w.split("'")[0] for w in h.split()), key=len) for h in lx["holidays"]})
        ),
        "later": ("later", "earlier", "after", "before"),
        "season": tuple(lx["seasons"]),
        "quarter": ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"),
        "decade": ("0s", "0's", "0’s"),
        "decade_word": tuple(lx["decade_words"]),
        "century": ("century",),
        "part_unit": ("year", "month", "week", "decade", "century"),
        "rel_unit": ("week", "month", "year", "decade", "quarter", "century", "fortnight"),
        "weekend": ("weekend",),
        "the_time": ("time",),
        "same_period": ("same", "corresponding", "comparable"),
        "year_to": ("year", "month"),
        "first_n": ("months", "weeks", "days", "quarters"),
        "rel_day": ("day", "morning", "evening", "night", "afternoon"),
        "deictic": ("yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"),
        "weekday": ("day", "mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        "ref": (
            "now",
            "current",
            "recent",
            "lately",
            "soon",
            "present",
            "past",
            "future",
            "days",
            "moment",
            "coming",
        ),
        "set": (
            *(
                "annual",
                "yearly",
                "daily",
                "weekly",
                "monthly",
                "quarterly",
                "fortnightly",
                "hourly",
                "nightly",
            ),
            *("biennial", "year", "month", "week", "day", "decade", "annum", "every", "each"),
        ),
        "duration": units,
        "time": (*digits, "noon", "midday", "midnight"),
    }


#: how far (in characters) a match may reach from the nearest needed word it holds: over twice
#: the farthest seen in thousands of expressions ("Wednesday, September 18, 2019" reaches 24),
#: so that a window never cuts one
_REACH = 64


def _windows(lowered: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of a text within reach of the words: every match of a rule that needs
    them lies inside one, so the rule's pattern is run only there."""
    hits: list[int] = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            hits.append(at)
            at = lowered.find(word, at + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    for at in hits:
        lo, hi = max(0, at - _REACH), min(len(lowered), at + _REACH)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


_PART_PREFIX = re.compile(
    r"(?i:\b(?:the\s+)?(?:very\s+)?(?P<p1>end|beginning|start|middle|close|dawn|latter\s+part|"
    r"first\s+half|second\s+half|latter\s+half)\s+of\s+"
    r"|\b(?P<p2>early|late|mid)(?:\s*-\s*|\s+))$"
)


@lru_cache(maxsize=1)
def part_mods() -> dict[str, str]:
    return {" ".join(k.split()): v for k, v in lexicon()["part_mods"].items()}


def scan(doc: Doc) -> list[Candidate]:
    """All non-overlapping candidates of ``doc.text``, in text order."""
    text = doc_text(doc)
    lowered = text.lower()
    found: list[tuple[int, int, int, Candidate, Rule]] = []
    whole = [(0, len(text))]
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # rules share words (month names)
    # a few characters lower-case to two ("İ"): then offsets in ``lowered`` are not the text's
    aligned = len(lowered) == len(text)
    for rule in rules():
        if rule.needs and not aligned:
            spans = whole if any(word in lowered for word in rule.needs) else []
        elif not rule.needs:
            spans = whole
        else:
            spans = windows.get(rule.needs) or windows.setdefault(rule.needs, _windows(lowered, rule.needs))
        for lo, hi in spans:
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() <= m.start():
                    continue
                cand = Candidate(rule.name, *m.span(), m)
                found.append((-(m.end() - m.start()), rule.priority, m.start(), cand, rule))
    found.sort(key=lambda t: t[:3])
    taken = bytearray(len(text) + 1)
    chosen: list[Candidate] = []
    for _, _, _, cand, rule in found:
        if any(taken[cand.start : cand.end]):
            continue
        if rule.check is not None and not rule.check(cand.match, doc):
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
        if rule.takes_part:
            _extend_part(cand, text, taken)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _extend_part(cand: Candidate, text: str, taken: bytearray) -> None:
    left = text[max(0, cand.start - 30) : cand.start]
    pm = _PART_PREFIX.search(left)
    if pm is None:
        return
    new_start = cand.start - (len(left) - pm.start())
    if any(taken[new_start : cand.start]):
        return
    word = " ".join((pm.group("p1") or pm.group("p2")).lower().split())
    cand.mod = part_mods().get(word)
    taken[new_start : cand.start] = b"\x01" * (cand.start - new_start)
    cand.start = new_start
