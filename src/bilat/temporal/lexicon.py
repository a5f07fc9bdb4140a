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
    """A regex alternation of ``words`` (longest first; spaces match any whitespace).

    With ``title`` each word is written Title-cased and UPPER-cased (month and weekday
    names are only names when capitalised: "may" and "march" are verbs).
    """
    forms: set[str] = set()
    for w in words:
        if title:
            forms.update({w.title(), w.upper()})
        else:
            forms.add(w)
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


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
