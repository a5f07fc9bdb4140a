"""Helpers for the event tests: annotate a parsed sentence the way the time and actors stages would.

The fixture sentences carry a small table of their actors, places and dates, so the events
grammar is tested on its own, whatever the state of the other stages.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from bilat.records import Interval, Mention, Place, Timex, evidence

FIXTURES = Path(__file__).parent / "fixtures" / "events"


def load_items(name: str = "sentences.jsonl") -> list[dict[str, Any]]:
    with open(FIXTURES / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]


def annotate(doc: Any, item: dict[str, Any]) -> Any:
    text, doc_id = doc.text, doc._.bilat_doc_id
    mentions: list[Mention] = []
    for name, (kind, country, *sector) in item.get("actors", {}).items():
        # an optional third element is the sector; a body with no country is an IGO, as the
        # actors stage tags it
        sec = sector[0] if sector else ("igo" if kind == "organisation" and country is None else None)
        for s, e in _spans(text, name):
            mentions.append(
                Mention(
                    name=name, kind=kind, country=country, sector=sec, evidence=evidence(doc_id, text, s, e)
                )
            )
    places: list[Place] = []
    for name, spec in item.get("places", {}).items():
        # a country code, or [country, feature] ("city", "country", ...)
        country, feature = (spec[0], spec[1]) if isinstance(spec, list) else (spec, None)
        for s, e in _spans(text, name):
            places.append(
                Place(name=name, country=country, feature=feature, evidence=evidence(doc_id, text, s, e))
            )
    timexes: list[Timex] = []
    for phrase, (start, end, *kind) in item.get("timexes", {}).items():
        # an optional third element is the TIMEX3 type ("DURATION" for "the first nine months of 2021")
        for s, e in _spans(text, phrase):
            iv = Interval(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end))
            ttype = kind[0] if kind else "DATE"
            timexes.append(Timex(start=s, end=e, text=phrase, type=ttype, value=start, interval=iv))
    mentions.sort(key=lambda m: m.evidence.start)
    doc._.bilat_mentions = mentions
    doc._.bilat_places = places
    doc._.bilat_timexes = timexes
    return doc


def matches(expected: dict[str, Any], event: Any) -> bool:
    if event.type != expected["type"]:
        return False
    names = [a.name.lower() for a in event.actors]
    if expected.get("actors"):
        if not any(any(last.lower().split()[-1] in n.split() for n in names) for last in expected["actors"]):
            return False
    if expected.get("countries"):
        have = set(event.countries) | {a.country for a in event.actors if a.country}
        if not set(expected["countries"]) <= have:
            return False
    return True


def score(results: list[tuple[dict[str, Any], list[Any]]]) -> dict[str, float]:
    """Event-type precision, recall and F1 over (item, predicted events) pairs, and status accuracy."""
    tp = npred = ngold = status_ok = 0
    for item, events in results:
        expected = item["expect"]
        ngold += len(expected)
        npred += len(events)
        used: set[int] = set()
        for exp in expected:
            for j, ev in enumerate(events):
                if j not in used and matches(exp, ev):
                    used.add(j)
                    tp += 1
                    status_ok += ev.status == exp.get("status", ev.status)
                    break
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": p,
        "r": r,
        "f1": f,
        "status": status_ok / tp if tp else 0.0,
        "tp": tp,
        "npred": npred,
        "ngold": ngold,
    }
