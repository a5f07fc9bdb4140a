"""A first-character guard for the time grammar's patterns.

Every rule is tried at every word start of a text, and most of its cost is walking long
alternations (number words, month names, modifiers) at positions where no match can begin.
``guarded`` prefixes a pattern with a lookahead for the characters its matches can start
with, computed from the pattern itself, so that those positions fail on one test. The
matches are the same: the guard only states a condition every match already meets.

The pattern is read with the standard library's own regex parser (``re._parser``); should
it be missing or change shape, ``guarded`` returns the pattern unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class _First:
    """What may start a match: class items matched as written, and under IGNORECASE."""

    exact: list[str] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)

    def add(self, item: str, *, ignorecase: bool) -> None:
        (self.folded if ignorecase else self.exact).append(item)

    def update(self, other: _First) -> None:
        self.exact += other.exact
        self.folded += other.folded

    def lookahead(self) -> str:
        parts = []
        if self.exact:
            parts.append("[" + "".join(dict.fromkeys(self.exact)) + "]")
        if self.folded:
            parts.append("(?i:[" + "".join(dict.fromkeys(self.folded)) + "])")
        return "(?=" + "|".join(parts) + ")"


class _Unknown(Exception):
    """Any character may start a match (or the pattern uses a construct not read here)."""


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead for the characters its matches can start with."""
    try:
        from re import _constants as sre_constants  # type: ignore[attr-defined]
        from re import _parser as sre_parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - a Python without these modules
        return pattern
    try:
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
        first, nullable = _first(parsed.data, parsed.state.flags, sre_constants)
    except (_Unknown, AttributeError, TypeError, ValueError):
        return pattern
    if nullable or not (first.exact or first.folded):
        return pattern
    return re.compile(first.lookahead() + pattern.pattern, pattern.flags)


def _first(items: Any, flags: int, c: Any) -> tuple[_First, bool]:  # the parser's own types
    """The first characters of a sequence of parsed items, and whether it can match empty."""
    out = _First()
    for op, av in items:
        first, nullable = _one(op, av, flags, c)
        out.update(first)
        if not nullable:
            return out, False
    return out, True


def _one(op: Any, av: Any, flags: int, c: Any) -> tuple[_First, bool]:  # noqa: PLR0911
    ignorecase = bool(flags & re.IGNORECASE)
    if op is c.LITERAL:
        out = _First()
        out.add(re.escape(chr(av)), ignorecase=ignorecase)
        return out, False
    if op is c.IN:
        out = _First()
        for item_op, item in av:
            if item_op is c.LITERAL:
                out.add(re.escape(chr(item)), ignorecase=ignorecase)
            elif item_op is c.RANGE:
                out.add(re.escape(chr(item[0])) + "-" + re.escape(chr(item[1])), ignorecase=ignorecase)
            elif item_op is c.CATEGORY and getattr(item, "name", None) in _CATEGORIES:
                out.add(_CATEGORIES[item.name], ignorecase=False)
            else:
                raise _Unknown
        return out, False
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _first(sub.data, (flags | add_flags) & ~del_flags, c)
    if op is c.BRANCH:
        out, nullable = _First(), False
        for sub in av[1]:
            first, empty = _first(sub.data, flags, c)
            out.update(first)
            nullable = nullable or empty
        return out, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        first, empty = _first(sub.data, flags, c)
        return first, low == 0 or empty
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _First(), True  # zero width: the next item starts the match
    raise _Unknown


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_SPACE": r"\s",
}
