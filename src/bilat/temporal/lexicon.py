"""The word lists of the time grammar (``bilat/data/time/lexicon.json``), loaded once."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    text = resources.files("bilat.data").joinpath("time/lexicon.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def alternation(words: list[str] | dict[str, Any], *, title: bool = False) -> str:
    """A regex alternation of ``words`` that prefers the longest (spaces match any whitespace).

    With ``title`` each word is written Title-cased and UPPER-cased (month and weekday
    names are only names when capitalised: "may" and "march" are verbs).

    The words are laid out as a trie ("t(?:en|hree|w(?:elve|o))"), so that a position is
    tested against the few first letters rather than every word in turn; a word that is the
    prefix of another is tried after it, as in a longest-first list.
    """
    forms: set[str] = set()
    for w in words:
        if title:
            forms.update({w.title(), w.upper()})
        else:
            forms.add(w)
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=4096)
def number_value(text: str) -> float | None:
    """The number a quantity word or numeral stands for (``None`` for "several", "a few")."""
    t = " ".join(text.lower().replace(",", "").split())
    words: dict[str, float] = lexicon()["number_words"]
    if t in words:
        return float(words[t])
    try:
        return float(t)
    except ValueError:
        pass
    parts = re.split(r"[-\s]+", t)
    if len(parts) == 2 and parts[0] in words and parts[1] in words:
        return float(words[parts[0]] + words[parts[1]])
    return None
