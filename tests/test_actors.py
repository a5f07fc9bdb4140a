"""The actors stage on sentences written from news about many country pairs and decades."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from bilat.actors import find_actors

FIXTURES = Path(__file__).parent / "fixtures" / "actors" / "sentences.jsonl"


def _run(parse_text: Any, text: str, published: str | None = None):  # noqa: ANN202
    doc = parse_text(text, dt.date.fromisoformat(published) if published else None)
    return doc, find_actors(doc, "t1")


def _last(name: str) -> str:
    from bilat.actors.gazetteer import normalise

    return normalise(name).replace("-", " ").split()[-1]


def score_fixtures(parse_text: Any) -> dict[str, float]:
    """Precision and recall of people (by last name), their role and country, countries and places."""
    counts = {k: [0, 0, 0] for k in ("person", "person_role_country", "country", "place")}  # tp, pred, gold
    for line in FIXTURES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        _, found = _run(parse_text, case["text"], case["published"])
        named = {(_last(m.name), m.role, m.country) for m in found.mentions if m.kind == "person"}
        gold = {(_last(p["name"]), p["role"], p["country"]) for p in case["people"]}
        pred_people = {n for n, _, _ in named}
        gold_people = {n for n, _, _ in gold}
        sets = {
            "person": (pred_people, gold_people),
            "person_role_country": (named, gold),
            "country": ({m.country for m in found.mentions if m.kind == "country"}, set(case["countries"])),
            "place": (
                {(_last(p.name), p.country) for p in found.places if p.feature != "country"},
                {(_last(p["name"]), p["country"]) for p in case["places"]},
            ),
        }
        for k, (pred, gold_set) in sets.items():
            counts[k][0] += len(pred & gold_set)
            counts[k][1] += len(pred)
            counts[k][2] += len(gold_set)
    out = {}
    for k, (tp, npred, ngold) in counts.items():
        out[f"{k}_p"] = tp / npred if npred else 0.0
        out[f"{k}_r"] = tp / ngold if ngold else 0.0
    return out


def test_actors_fixture_sentences_reach_precision_and_recall(parse_text: Any) -> None:
    s = score_fixtures(parse_text)
    assert s["person_p"] >= 0.9 and s["person_r"] >= 0.9, s
    assert s["person_role_country_p"] >= 0.7 and s["person_role_country_r"] >= 0.7, s
    assert s["country_r"] >= 0.9, s
    assert s["place_r"] >= 0.7, s
