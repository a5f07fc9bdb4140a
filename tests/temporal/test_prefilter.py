"""The time grammar's speed-ups must not change what it finds."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from bilat.temporal import grammar
from bilat.temporal.lexicon import alternation
from bilat.temporal.prefilter import guarded

# Written for these tests: every rule of the grammar, upper and lower case, digits of other
# scripts, and words that end in a unit ("holidays") or start like a month ("Mayor").
TEXTS = [
    "On Wednesday, June 16 to June 18, 2019, the talks ran; on 3-5 March they resumed.",
    "THE MINISTERS MET ON MONDAY, JANUARY 5, 1987 AND AGAIN IN THE SPRING OF THAT YEAR.",
    "Trade rose 11 percent in the first nine months of 2025 from the same period last year.",
    "Two years ago, and three days later, the envoy returned; a week-long visit followed.",
    "The Mayor of Marchmont said the holidays before Easter were quiet; Augusta agreed.",
    "In the 1980s and the early nineties, in the 20th century, the fiscal year 2019/20 ...",
    "The deal takes effect in Q3 2024, by the end of the year, at 10:30 a.m. GMT on Friday.",
    "Talks are held twice a year, every other month, and the committee meets annually.",
    "Yesterday morning and the day after tomorrow; the following March; last weekend.",
    "At the time, for the moment, in the near future and in recent years nothing moved.",
    "He served for more than forty years, over the past two decades, within hours after.",
    "In the year to March 2020 and THE TWELVE MONTHS ENDING June 30, over the same period, rose.",
    "Le 14 juillet, ٢٠١٩ and ２０２０ are digits of other scripts; 1st-3rd May 1999.",
    "On Christmas Eve, NEW YEARS DAY 1990 and Boxing Day last year; on New Year’s Eve; Hallowe'en.",
]


def _sample_texts() -> list[str]:
    data = resources.files("bilat.data").joinpath("sample/articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line)["text"] for line in data.splitlines() if line.strip()]


@pytest.mark.parametrize("rule", grammar.rules(), ids=lambda r: r.name)
def test_guarded_rule_finds_exactly_what_the_bare_pattern_finds(rule: grammar.Rule) -> None:
    # the rule's pattern without its guard: the part after the leading lookahead
    bare = re.compile(rule.pattern.pattern[rule.pattern.pattern.index("(?<!\\w)") :], rule.pattern.flags)
    for text in TEXTS + _sample_texts():
        assert [m.span() for m in rule.pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_guard_names_the_characters_a_match_can_start_with() -> None:
    pattern = guarded(re.compile(r"(?:(?i:last|next)\s+)?(?:May|June)\b|\d+ days"))
    assert pattern.pattern.startswith("(?=")
    assert pattern.search("It ends in june.") is None
    assert pattern.search("next June").group() == "next June"
    assert pattern.search("NEXT June").group() == "NEXT June"
    assert pattern.search("in ٣ days").group() == "٣ days"


def test_pattern_that_can_start_anywhere_is_left_unguarded() -> None:
    for raw in (r"[^a]b", r".x", r"x*", r"(?:a|)b?"):
        pattern = re.compile(raw)
        assert guarded(pattern) is pattern


def test_rule_never_starts_inside_a_word_in_any_alternative(nlp) -> None:  # noqa: ANN001
    doc = nlp("Shops closed for the holidays before the vote, and trains ran hourly.")
    found = [doc.text[c.start : c.end] for c in grammar.scan(doc)]
    assert "days before" not in found
    assert "hourly" in found


def test_rule_whose_words_are_absent_is_skipped_without_losing_matches(nlp) -> None:  # noqa: ANN001
    doc = nlp("The accord was signed two years ago in the third quarter.")
    found = [doc.text[c.start : c.end] for c in grammar.scan(doc)]
    assert "two years ago" in found
    assert "the third quarter" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [("once more", "once"), ("one more", "one"), ("on time", "on"), ("a few days", "a few"), ("an", None)],
)
def test_alternation_as_a_trie_prefers_the_longest_word(text: str, expected: str | None) -> None:
    words = ["on", "one", "once", "a few", "a", "few"]
    trie = re.compile(rf"(?:{alternation(words)})\b")
    listed = "|".join(sorted(words, key=len, reverse=True)).replace(" ", r"\s+")
    for pattern in (trie, re.compile(rf"(?:{listed})\b")):
        found = pattern.match(text)
        assert (found.group() if found else None) == expected


# Expressions spread over a long text, so that they fall at the edges of the scan's windows.
_SPREAD = (" The delegation waited while aides argued over wording. " * 3).join(TEXTS)


@pytest.mark.parametrize("rule", [r for r in grammar.rules() if r.needs], ids=lambda r: r.name)
def test_rule_run_only_near_its_words_finds_what_a_whole_text_run_finds(rule: grammar.Rule) -> None:
    for text in [*TEXTS, _SPREAD, *_sample_texts()]:
        lowered = text.lower()
        whole = [m.span() for m in rule.pattern.finditer(text)]
        for start, end in whole:  # the stated invariant: every match holds a needed word
            assert any(word in lowered[start:end] for word in rule.needs), text[start:end]
        windowed = [
            m.span()
            for lo, hi in grammar._windows(lowered, rule.needs)
            for m in rule.pattern.finditer(text, lo, hi)
        ]
        assert windowed == whole


def test_text_whose_lowercase_is_longer_is_scanned_whole(nlp) -> None:  # noqa: ANN001
    # "İ" lowercases to two characters: past a run of them, offsets in the lowered text point
    # well beyond the words a window should hold
    doc = nlp("İ" * 80 + " talks ended on Monday, and the envoys will meet again in two weeks.")
    found = [doc.text[c.start : c.end] for c in grammar.scan(doc)]
    assert found == ["Monday", "two weeks"]
