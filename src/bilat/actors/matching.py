"""Find gazetteer phrases in a Doc: a few dictionary look-ups per token, longest match first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilat.actors.gazetteer import MAX_TOKENS, Entry, Gazetteer, case_ok, normalise
from bilat.parse import doc_text

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


def find_matches(doc: Doc, gaz: Gazetteer) -> list[Match]:
    """Non-overlapping gazetteer matches, leftmost-longest. A "the" that starts a listed phrase
    ("the Kremlin") is part of the match; otherwise a match starts on a capitalised word."""
    toks = _Tokens.of(doc)
    out: list[Match] = []
    n = len(toks.words)
    i = 0
    while i < n:
        best = _longest_at(toks, gaz, i)
        if toks.lower[i] == "the" and i + 1 < n:
            inner = _longest_at(toks, gaz, i + 1)
            if inner is not None and (best is None or inner.end > best.end):
                best = inner
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.end
    return out


@dataclass(frozen=True)
class _Tokens:
    """The token facts matching reads, taken from the Doc once: a Token object per look-up
    made matching the costliest stage after the parse itself."""

    text: str
    words: list[str]
    lower: list[str]
    starts: list[int]
    ends: list[int]
    skip_end: list[bool]  # a space, or punctuation other than "."
    skip_start: list[bool]  # a space or punctuation
    newlines: list[int]  # prefix counts of tokens holding a line break

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        words = [t.text for t in doc]
        newlines = [0]
        for w in words:
            newlines.append(newlines[-1] + ("\n" in w))
        return cls(
            text=doc_text(doc),
            words=words,
            lower=[t.lower_ for t in doc],
            starts=[t.idx for t in doc],
            ends=[t.idx + len(t.text) for t in doc],
            skip_end=[t.is_space or (t.is_punct and t.text != ".") for t in doc],
            skip_start=[t.is_space or t.is_punct for t in doc],
            newlines=newlines,
        )


def _longest_at(toks: _Tokens, gaz: Gazetteer, i: int) -> Match | None:
    if toks.skip_start[i] or normalise(toks.words[i]) not in gaz.first_words:
        return None
    for j in range(min(len(toks.words), i + MAX_TOKENS), i, -1):
        if toks.skip_end[j - 1] or toks.newlines[j] != toks.newlines[i]:
            continue
        key = normalise(toks.text[toks.starts[i] : toks.ends[j - 1]])
        found = gaz.lookup(key)
        city = gaz.lookup_city(key)
        if not found and not city:
            continue
        words = toks.words[i:j]
        entries = tuple(e for e in found if case_ok(e.case, words))
        cities = tuple(e for e in city if case_ok(e.case, words))
        if entries or cities:
            return Match(i, j, entries, cities)
    return None
