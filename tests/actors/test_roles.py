"""Titles and ranks: the quick test on a word's lead must not lose a title."""

from __future__ import annotations

from typing import Any

from bilat.actors import roles as R
from bilat.actors.gazetteer import normalise


def _title_at_by_trying_every_length(words: list[str], i: int) -> int:
    if not words[i][:1].isupper():
        return 0
    lex = R.lexicon()
    for n in range(min(lex.title_max, len(words) - i), 0, -1):
        if normalise(" ".join(words[i : i + n])) in lex.titles:
            return n
    return 0


def test_every_listed_title_is_found_where_it_starts(nlp: Any) -> None:
    titles = [t.written for t in R.lexicon().titles.values()]
    text = " ".join(f"{written} Smith met St. John and Vice - President Ortega." for written in titles)
    words = [t.text for t in nlp.make_doc(text)]
    found = [R.title_at(words, i) for i in range(len(words))]
    assert found == [_title_at_by_trying_every_length(words, i) for i in range(len(words))]
    assert sum(1 for n in found if n) >= len(titles)


def test_capitalised_word_that_starts_no_title_is_not_one() -> None:
    assert R.title_at(["Talks", "ended"], 0) == 0
    assert R.title_at(["Foreign", "Minister", "Lavrov"], 0) == 0
    assert R.title_at(["Sheikh", "Tamim"], 0) == 1
