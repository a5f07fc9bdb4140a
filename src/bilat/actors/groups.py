"""Intergovernmental groups named by a description, and their members over time.

News often names a group without its name: "the seven major industrial countries" (the G7), "the
six Gulf Arab states" (the GCC), "the Twelve" (the European Community of 1986-93), "the 28 allies"
in a NATO story. The descriptions are data (``group_descriptions.tsv``: word patterns per group);
the members of each group with their dates are data too (``igo_members.tsv``), so that a number can be
read against the size of the group at the publication date and an event with a group can list its
member countries (``igo_members``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from bilat.actors.gazetteer import _col, _rows, _split
from bilat.parse import columns
from bilat.temporal.lexicon import number_value as lexicon_number

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

#: Determiners before a bare "the six states" / "all 28 allies" reading of a group in the document.
_COUNT_DETERMINERS = frozenset({"the", "all", "its", "their", "these", "those"})
#: Nouns of "the six states", "the 28 allies": members of a group of that size named in the document.
_MEMBER_NOUNS = frozenset(
    "states countries nations members allies governments partners member-states member-nations "
    "economies monarchies".split()
)


@lru_cache(maxsize=4096)
def number_value(word: str) -> int | None:
    """The number a token writes ("seven", "7", "Twelve"), or None."""
    low = word.lower()
    if low.isdigit():
        return int(low) if len(low) <= 3 else None
    n = lexicon_number(low)  # "a"/"an" read as one: no group has one member
    return int(n) if n is not None and n >= 2 and float(n).is_integer() else None


@dataclass(frozen=True)
class _Element:
    words: frozenset[str]  # lower-case alternatives
    number: int | None = None  # "#7"
    members: str = ""  # "" | "any" | "cap": "#members" / "#Members"
    low: int = 1
    high: int = 1  # 1, or a large number for * and +


@dataclass(frozen=True)
class _Pattern:
    igo: str
    elements: tuple[_Element, ...]
    since: dt.date | None
    until: dt.date | None


@dataclass(frozen=True)
class GroupMatch:
    start: int  # token index
    end: int  # exclusive
    igo: str  # the group's name in igos.tsv


@dataclass(frozen=True)
class _Data:
    patterns: tuple[_Pattern, ...]
    by_first: dict[str, tuple[_Pattern, ...]]  # first literal word -> patterns
    numeric: tuple[_Pattern, ...]  # patterns starting with a number
    members: dict[str, tuple[tuple[str, dt.date | None, dt.date | None], ...]]


def _date(cell: str) -> dt.date | None:
    return dt.date.fromisoformat(cell) if cell else None


def _element(spec: str, classes: dict[str, frozenset[str]]) -> _Element:
    low, high = 1, 1
    if spec.endswith("?"):
        spec, low = spec[:-1], 0
    elif spec.endswith("*"):
        spec, low, high = spec[:-1], 0, 8
    elif spec.endswith("+"):
        spec, high = spec[:-1], 8
    if spec == "#members":
        return _Element(frozenset(), members="any", low=low, high=high)
    if spec == "#Members":
        return _Element(frozenset(), members="cap", low=low, high=high)
    if spec.startswith("#"):
        return _Element(frozenset(), number=int(spec[1:]), low=low, high=high)
    words: set[str] = set()
    for alt in spec.split("|"):
        words |= classes[alt[1:]] if alt.startswith("@") else {alt.lower()}
    return _Element(frozenset(words), low=low, high=high)


@lru_cache(maxsize=1)
def _load() -> _Data:
    classes: dict[str, frozenset[str]] = {}
    patterns: list[_Pattern] = []
    for row in _rows("group_descriptions.tsv"):
        if row[0] == "=":
            classes[row[1]] = frozenset(w.lower() for w in _split(row[2]))
            continue
        elements = tuple(_element(spec, classes) for spec in row[1].split())
        if not elements or elements[0].low == 0:
            raise ValueError(f"group_descriptions.tsv: a pattern must start with a required word: {row}")
        patterns.append(_Pattern(row[0], elements, _date(_col(row, 2)), _date(_col(row, 3))))
    by_first: dict[str, list[_Pattern]] = {}
    numeric: list[_Pattern] = []
    for p in patterns:
        first = p.elements[0]
        if first.words:
            for w in first.words:
                by_first.setdefault(w, []).append(p)
        else:
            numeric.append(p)
    members: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for row in _rows("igo_members.tsv"):
        since, until = _date(_col(row, 2)), _date(_col(row, 3))
        for iso3 in _split(row[1]):
            members.setdefault(row[0], []).append((iso3, since, until))
    return _Data(
        tuple(patterns),
        {k: tuple(v) for k, v in by_first.items()},
        tuple(numeric),
        {k: tuple(v) for k, v in members.items()},
    )


@lru_cache(maxsize=4096)  # asked for every number in a text ("the six states"): a few groups, a few dates
def igo_members(name: str, on: dt.date | None = None) -> tuple[str, ...]:
    """ISO3 codes of the members of an intergovernmental group (its name as in igos.tsv, e.g.
    ``"G7"``, ``"Gulf Cooperation Council"``) on a date, in the order of the data; the current
    members when ``on`` is None. Empty for a group whose members are not listed."""
    rows = _load().members.get(name, ())
    out: list[str] = []
    for iso3, since, until in rows:
        if on is None:
            if until is not None:
                continue
        elif (since is not None and on < since) or (until is not None and on >= until):
            continue
        if iso3 not in out:
            out.append(iso3)
    return tuple(out)


def _in_force(p: _Pattern, on: dt.date | None) -> bool:
    if on is None:
        return p.until is None
    return (p.since is None or on >= p.since) and (p.until is None or on < p.until)


def _fits(el: _Element, word: str, lower: str, igo: str, on: dt.date | None) -> bool:
    if el.words:
        return lower in el.words
    n = number_value(word)
    if n is None:
        return False
    if el.number is not None:
        return n == el.number
    if el.members == "cap" and not (word[:1].isupper() and not word.isdigit()):
        return False
    return n == len(igo_members(igo, on))


def _match(
    p: _Pattern, words: list[str], lower: list[str], i: int, on: dt.date | None, k: int = 0
) -> int | None:
    """End of the longest match of ``p.elements[k:]`` from token ``i``, or None."""
    if k == len(p.elements):
        return i
    el = p.elements[k]
    # Take as many tokens as the element allows, then give back (short patterns, no blow-up).
    taken = 0
    while (
        taken < el.high
        and i + taken < len(words)
        and _fits(el, words[i + taken], lower[i + taken], p.igo, on)
    ):
        taken += 1
    while taken >= el.low:
        end = _match(p, words, lower, i + taken, on, k + 1)
        if end is not None:
            return end
        taken -= 1
    return None


def find_groups(doc: Doc, published: dt.date | None, named: Iterable[str] = ()) -> list[GroupMatch]:
    """Group descriptions in a document, leftmost-longest, not overlapping.

    ``named`` are the groups the document names (from the gazetteer): "the six states" or "the 28
    allies" is the group of that size among them."""
    data = _load()
    cols = columns(doc)
    words, lower = cols.words, cols.lower
    named_sizes: dict[int, list[str]] = {}
    for igo in dict.fromkeys(named):
        size = len(igo_members(igo, published))
        if size:
            named_sizes.setdefault(size, []).append(igo)
    out: list[GroupMatch] = []
    i, n = 0, len(words)
    while i < n:
        number = number_value(words[i])
        candidates = data.by_first.get(lower[i], ())
        if number is not None:
            candidates = (*candidates, *data.numeric)
        best: GroupMatch | None = None
        for p in candidates:
            if not _in_force(p, published):
                continue
            end = _match(p, words, lower, i, published)
            if end is not None and (best is None or end > best.end):
                best = GroupMatch(i, end, p.igo)
        if best is None and number is not None:
            best = _counted(words, lower, i, number, named_sizes)
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.end
    return out


def _counted(
    words: list[str], lower: list[str], i: int, number: int, named_sizes: dict[int, list[str]]
) -> GroupMatch | None:
    """ "the six states", "all 28 allies", "the Twelve": a group of that size the document names."""
    igos = named_sizes.get(number, [])
    # "the three countries" is too often three countries just listed.
    if number < 4 or len(igos) != 1 or i == 0 or lower[i - 1] not in _COUNT_DETERMINERS:
        return None
    if i + 1 < len(words) and lower[i + 1] in _MEMBER_NOUNS:
        return GroupMatch(i, i + 2, igos[0])
    if (
        i + 2 < len(words)
        and lower[i + 1] in {"member", "-"}
        and lower[i + 2] in _MEMBER_NOUNS | {"member", "nation", "state"}
    ):
        return GroupMatch(i, i + 3, igos[0])
    capitalised_alone = (
        words[i][:1].isupper()
        and not words[i].isdigit()
        and lower[i - 1] == "the"
        and (i + 1 == len(words) or not words[i + 1][:1].isalnum() or words[i + 1].islower())
    )
    if capitalised_alone:
        return GroupMatch(i, i + 1, igos[0])
    return None
