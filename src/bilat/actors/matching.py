"""Find gazetteer phrases in a Doc: a few dictionary look-ups per token, longest match first."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from bilat.actors.gazetteer import MAX_TOKENS, Entry, Gazetteer, case_ok, content_case, leading_key, normalise
from bilat.parse import columns, doc_text

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
    # the words a listed phrase may start with, found in one pass (most words start none)
    starts = [k for k, first in enumerate(toks.firsts) if first in gaz.max_words or toks.lower[k] == "the"]
    for k in starts:
        if k < i:
            continue  # inside the last match
        i = k
        best = _longest_at(toks, gaz, i)
        if toks.lower[i] == "the" and i + 1 < n:
            inner = _longest_at(toks, gaz, i + 1)
            if inner is not None and (best is None or inner.end > best.end):
                best = inner
        if best is not None:
            out.append(best)
            i = best.end
    return out


_JOINING = frozenset("-–'’‘`")  # characters whose normalisation reaches across token boundaries


@dataclass(frozen=True)
class _Tokens:
    """The token facts matching reads, taken from the Doc in one pass: a Token object per
    look-up made matching the costliest stage after the parse itself."""

    text: str
    words: list[str]
    lower: list[str]
    starts: list[int]
    ends: list[int]
    keys: list[str]  # each token's own index key, then its trailing space (if any)
    skip_end: list[bool]  # a space, or punctuation other than "."
    skip_start: list[bool]  # a space or punctuation
    newlines: list[int]  # prefix counts of tokens holding a line break
    gaps: list[int]  # prefix counts of tokens followed by whitespace (word breaks)
    joining: list[int]  # prefix counts of tokens whose key depends on their neighbours
    # prefix counts of words as ``case_ok`` sees them: a cased phrase needs a content word
    # in its span and no lower-case one ("the talks in" is none)
    content: list[int]
    lowercase: list[int]
    firsts: list[str]  # the first word of the key of a span each token starts ("St." -> "saint")

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        c = columns(doc)
        words, space, punct, ws = c.words, c.is_space, c.is_punct, c.whitespace
        per_word = list(zip(*map(_word, words), strict=True)) or [()] * 6  # one column per fact
        heads, firsts, content, lowercase, newlines, joining = (list(col) for col in per_word)
        keys = [" " if sp else (h + " " if w else h) for h, sp, w in zip(heads, space, ws, strict=True)]
        skip_end = [sp or (p and w != ".") for sp, p, w in zip(space, punct, words, strict=True)]
        skip_start = [sp or p for sp, p in zip(space, punct, strict=True)]
        gaps = [0, *accumulate(int(w and not sp) for w, sp in zip(ws, space, strict=True))]
        ends = [start + len(w) for start, w in zip(c.starts, c.words, strict=True)]
        counts = [[0, *accumulate(col)] for col in (newlines, joining, content, lowercase)]
        newlines, joining, content, lowercase = counts
        flags = (skip_end, skip_start, newlines, gaps, joining, content, lowercase, firsts)
        return cls(doc_text(doc), c.words, c.lower, c.starts, ends, keys, *flags)

    def key(self, i: int, j: int) -> str:
        """``normalise`` of the text of tokens i..j-1, built from the tokens' own keys where
        normalisation is token-local (no hyphen, apostrophe or "St." inside)."""
        if self.joining[j] != self.joining[i]:
            return normalise(self.text[self.starts[i] : self.ends[j - 1]])
        return " ".join("".join(self.keys[i:j]).split())


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> tuple[str, str, int, int, int, int]:
    """What matching reads of a word, once per distinct word: its key; the first word of the
    key of a phrase it starts (``leading_key``); whether ``case_ok`` counts it as a content
    word, and as a lower-case one; whether it holds a line break; whether its key may reach
    into its neighbours'."""
    case = content_case(word)
    joins = word.lower() in ("st", "st.") or not _JOINING.isdisjoint(word)
    return (
        normalise(word),
        leading_key(word),
        int(case is not None),
        int(case == "lower"),
        int("\n" in word),
        int(joins),
    )


def _longest_at(toks: _Tokens, gaz: Gazetteer, i: int) -> Match | None:
    if toks.skip_start[i]:
        return None
    any_case = toks.firsts[i] in gaz.any_case_firsts
    if not any_case and toks.lowercase[i + 1] > toks.lowercase[i]:
        return None  # a lower-case word ("talks") starts no cased phrase
    longest = gaz.max_words.get(toks.firsts[i])
    if longest is None:
        return None
    top = min(len(toks.words), i + MAX_TOKENS)
    if toks.joining[top] == toks.joining[i]:
        # no hyphen or apostrophe may join words here: a span of more words than the longest
        # phrase that starts so cannot match
        top = min(top, bisect_left(toks.gaps, toks.gaps[i] + longest, i))
    for j in range(top, i, -1):
        if toks.skip_end[j - 1] or toks.newlines[j] != toks.newlines[i]:
            continue
        cased = toks.lowercase[j] == toks.lowercase[i] and toks.content[j] > toks.content[i]
        if not cased and not any_case:
            continue  # only a phrase listed in any case could match here, and none starts so
        key = toks.key(i, j)
        found = gaz.lookup(key)
        city = gaz.lookup_city(key)
        if not found and not city:
            continue
        words = toks.words[i:j]
        ok = {case: case_ok(case, words) for case in {e.case for e in (*found, *city)}}
        entries = tuple(e for e in found if ok[e.case])
        cities = tuple(e for e in city if ok[e.case])
        if entries or cities:
            return Match(i, j, entries, cities)
    return None
