"""Verdicts on an act the story told before ("condemned the decision", "welcomed the
declaration"): one side's reaction to the other's act, and a third party's to the two sides'.

Stories written for these tests, each with the table of actors, places and dates the earlier
stages would give it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilat import parse
from bilat.events import find_events
from events_harness import annotate

_KENYA_SOMALIA = {
    "actors": {
        "Kenya": ["country", "KEN"],
        "Somalia": ["country", "SOM"],
        "Nairobi": ["country", "KEN"],
        "Mogadishu": ["country", "SOM"],
        "Ethiopia": ["country", "ETH"],
    },
}


def _events(nlp: Any, text: str, published: str, **table: Any) -> list[Any]:
    item = {"id": "v1", "text": text, "published": published, **table}
    doc = nlp(parse.make_doc(nlp, text, "v1", dt.date.fromisoformat(published)))
    return find_events(annotate(doc, item))


def test_one_sides_verdict_on_the_others_decision_answers_it(nlp: Any) -> None:
    # the other side is the author of "the decision", named only in the sentence before
    events = _events(
        nlp,
        "Kenya on Monday imposed a ban on flights to Somalia over a dispute about their sea border.\n\n"
        "Somalia's foreign ministry condemned the decision and urged Nairobi to reverse it.",
        "2019-02-19",
        timexes={"Monday": ["2019-02-18", "2019-02-18"]},
        **_KENYA_SOMALIA,
    )
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and set(accuse[0].countries) == {"SOM", "KEN"}


def test_a_verdict_on_an_act_described_afresh_needs_its_other_side(nlp: Any) -> None:
    # "a new tax on imports" is not an act the story told: no side of it is known
    events = _events(
        nlp,
        "Kenya on Monday imposed a ban on flights to Somalia over a dispute about their sea border.\n\n"
        "Somalia's finance ministry criticised a new tax on imports, saying Ethiopia would gain from it.",
        "2019-02-19",
        timexes={"Monday": ["2019-02-18", "2019-02-18"]},
        **_KENYA_SOMALIA,
    )
    assert not [e for e in events if e.type == "ACCUSE"]


def test_a_body_of_states_officers_verdict_on_the_story_act_is_passed_on_its_two_sides(nlp: Any) -> None:
    events = _events(
        nlp,
        "Kenya and Somalia on Monday signed an agreement on their sea border in Nairobi.\n\n"
        "African Union Commission chairman Moussa Faki welcomed the agreement on Tuesday.",
        "2019-02-20",
        timexes={"Monday": ["2019-02-18", "2019-02-18"], "Tuesday": ["2019-02-19", "2019-02-19"]},
        actors={
            **_KENYA_SOMALIA["actors"],
            "African Union": ["organisation", None],
            "Moussa Faki": ["person", None, "igo"],
        },
    )
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and set(support[0].countries) == {"KEN", "SOM"}
    assert "Moussa Faki" in {a.name for a in support[0].actors}
