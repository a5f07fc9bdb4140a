"""Stated acts told in other words than their usual verbs: a position against the other side's
offer, a verdict told as what a speaker said, praise or blame predicated of the other side's act.

Sentences written for these tests (other pairs and decades than the scored sets); the positive
cases name the event the grammar must find, the negative ones words that must not fire.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilat import parse
from bilat.events import find_events
from bilat.events import triggers as trig
from bilat.events.lexicon import load as load_lexicon
from events_harness import annotate

# Two-sentence stories: a one-sentence text is read for its own events whoever the parties are.
_LEAD = "The report follows weeks of tension. "


def _triggers(nlp: Any, text: str) -> list[tuple[str, str]]:
    doc = nlp(parse.make_doc(nlp, text, "t-stat", None))
    return [(t.token.text, t.type) for t in trig.find_triggers(doc, load_lexicon(), set(), set())]


def _events(nlp: Any, text: str, actors: dict[str, list[Any]]) -> list[tuple[str, list[str]]]:
    item = {"id": "s1", "text": _LEAD + text, "published": "1987-03-20", "actors": actors}
    doc = nlp(parse.make_doc(nlp, item["text"], "s1", dt.date(1987, 3, 20)))
    return [(e.type, sorted(e.countries)) for e in find_events(annotate(doc, item))]


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # a stated position that the other side's offer falls short
        ("Brussels said the Japanese concessions were not enough.", "were", "REJECT"),
        ("The commissioner said the Japanese concessions did not go far enough.", "go", "REJECT"),
        ("Seoul said Tokyo's offer was inadequate.", "was", "REJECT"),
        # refusing to accept, in whatever tense
        (
            "Dayan said Israel would not accept any link between the treaty and the West Bank.",
            "accept",
            "REJECT",
        ),
        ("Pakistan did not accept the Indian proposal for talks on Kashmir.", "accept", "REJECT"),
        # blame or praise predicated of the other side's act
        ("The Chinese minister named the American tariffs as protectionist behaviour.", "named", "ACCUSE"),
        # wire copy capitalises the word after "U.S." into a name
        ("Beijing named the textile quotas as U.S. Protectionist practice.", "named", "ACCUSE"),
        ("New Delhi described the Pakistani duties as discriminatory.", "described", "ACCUSE"),
        ("Moscow called the American initiative an attempt to undermine the ABM treaty.", "called", "ACCUSE"),
        (
            "Ankara said the Greek initiative was an attempt to circumvent the Lausanne treaty.",
            "was",
            "ACCUSE",
        ),
        ("Canberra said last night that the Indonesian decision was regrettable.", "was", "ACCUSE"),
        (
            "A TASS statement described the Bonn treaty as an important contribution to peace.",
            "described",
            "SUPPORT",
        ),
        ("The French president called the German proposal a breakthrough.", "called", "SUPPORT"),
    ],
)
def test_stated_positions_are_recognised(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "etype"),
    [
        # falling short is said of an offer, not of any quantity
        ("The minister said the harvest was not enough to feed the country.", "was", "REJECT"),
        ("The minister said the new measures were not enough to curb inflation.", "were", "REJECT"),
        # accepting a fact is no agreement, and not accepting it no refusal
        ("Seoul did not accept that the talks had failed.", "accept", "REJECT"),
        # a judgement nobody is reported to have said, or one that blames nothing
        ("The Greek initiative was an attempt to reach a compromise.", "was", "ACCUSE"),
        ("The minister said the food was delicious.", "was", "ACCUSE"),
        ("The Indian selectors named Kohli as captain.", "named", "ACCUSE"),
        ("The president called the German chancellor a friend.", "called", "SUPPORT"),
    ],
)
def test_words_near_a_stated_position_do_not_fire(nlp: Any, text: str, word: str, etype: str) -> None:
    assert (word, etype) not in _triggers(nlp, text)


def test_refusing_the_other_sides_offer_is_a_rejection_between_them(nlp: Any) -> None:
    events = _events(
        nlp,
        "Brussels said the Japanese concessions were not enough.",
        {"Brussels": ["country", "BEL"], "Japanese": ["country", "JPN"]},
    )
    assert ("REJECT", ["BEL", "JPN"]) in events
    assert not [e for e in events if e[0] == "CONCEDE"]


def test_not_accepting_a_proposal_is_a_rejection_not_an_agreement_denied(nlp: Any) -> None:
    events = _events(
        nlp,
        "Pakistan did not accept the Indian proposal for a plebiscite.",
        {"Pakistan": ["country", "PAK"], "Indian": ["country", "IND"]},
    )
    assert ("REJECT", ["IND", "PAK"]) in events
    assert not [e for e in events if e[0] == "AGREE"]


def test_a_verdict_said_of_the_other_sides_act_is_an_accusation(nlp: Any) -> None:
    events = _events(
        nlp,
        "Ankara said the Greek initiative was an attempt to circumvent the Lausanne treaty.",
        {"Ankara": ["country", "TUR"], "Greek": ["country", "GRC"]},
    )
    assert ("ACCUSE", ["GRC", "TUR"]) in events


def test_a_verdict_of_analysts_is_no_event(nlp: Any) -> None:
    events = _events(
        nlp,
        "Analysts said the American tariffs on Japanese chips were regrettable.",
        {"American": ["country", "USA"], "Japanese": ["country", "JPN"]},
    )
    assert not [e for e in events if e[0] == "ACCUSE"]
