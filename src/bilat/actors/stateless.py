"""Peoples without a state ("Kurdish authorities", "Baloch militants") counted to a country.

The gold conventions count Syrian opposition groups and Kurdish authorities to Syria; in general a
stateless people's parties and fighters act within some country, and a story says which: a country
word right before the mention ("Iraqi Kurds"), or, failing that, the candidate country the document
names most often. The peoples and their candidate countries are data (``stateless.tsv``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from bilat.actors.gazetteer import _rows, _split
from bilat.parse import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class StatelessMention:
    start: int
    end: int
    country: str


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for row in _rows("stateless.tsv"):
        countries = tuple(_split(row[1]))
        for written in _split(row[0]):
            out[written] = countries
    return out


def find_stateless(
    doc: Doc, country_at: dict[int, str], taken: set[int] | frozenset[int], counts: Counter[str]
) -> list[StatelessMention]:
    """Capitalised people words outside other matches, each with the country it is counted to.

    ``country_at`` maps tokens of country words to their code; ``counts`` says how often the
    document names each country."""
    table = _table()
    out: list[StatelessMention] = []
    for i, word in enumerate(columns(doc).words):
        candidates = table.get(word)
        if candidates is None or i in taken:
            continue
        tok = doc[i]
        before = tok.i - 1
        while before >= 0 and doc[before].text in {"-", "the"}:
            before -= 1
        if before >= 0 and country_at.get(before) in candidates:
            out.append(StatelessMention(tok.i, tok.i + 1, country_at[before]))
            continue
        if len(candidates) == 1:
            out.append(StatelessMention(tok.i, tok.i + 1, candidates[0]))
            continue
        # Most named first; a tie goes to the earlier candidate of the data.
        best = max(candidates, key=lambda c: (counts.get(c, 0), -candidates.index(c)))
        if counts.get(best, 0):
            out.append(StatelessMention(tok.i, tok.i + 1, best))
    return out
