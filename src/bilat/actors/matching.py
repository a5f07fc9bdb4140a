"""Find gazetteer phrases in a Doc: a few dictionary look-ups per token, longest match first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilat.actors.gazetteer import MAX_TOKENS, Entry, Gazetteer, case_ok, normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    entries: tuple[Entry, ...]
    cities: tuple[Entry, ...]

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}


def _key(doc: Doc, i: int, j: int) -> str:
    return normalise(doc[i:j].text)


def find_matches(doc: Doc, gaz: Gazetteer) -> list[Match]:
    """Non-overlapping gazetteer matches, leftmost-longest. A "the" that starts a listed phrase
    ("the Kremlin") is part of the match; otherwise a match starts on a capitalised word."""
    out: list[Match] = []
    n = len(doc)
    i = 0
    while i < n:
        best = _longest_at(doc, gaz, i)
        if doc[i].lower_ == "the" and i + 1 < n:
            inner = _longest_at(doc, gaz, i + 1)
            if inner is not None and (best is None or inner.end > best.end):
                best = inner
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.end
    return out


def _longest_at(doc: Doc, gaz: Gazetteer, i: int) -> Match | None:
    tok = doc[i]
    if tok.is_space or tok.is_punct or normalise(tok.text) not in gaz.first_words:
        return None
    for j in range(min(len(doc), i + MAX_TOKENS), i, -1):
        last = doc[j - 1]
        if last.is_space or (last.is_punct and last.text != "."):
            continue
        if any(t.text == "\n" or "\n" in t.text for t in doc[i:j]):
            continue
        key = _key(doc, i, j)
        words = [t.text for t in doc[i:j]]
        entries = tuple(e for e in gaz.lookup(key) if case_ok(e.case, words))
        cities = tuple(e for e in gaz.lookup_city(key) if case_ok(e.case, words))
        if entries or cities:
            return Match(i, j, entries, cities)
    return None
