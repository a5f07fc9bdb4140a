"""The body whose gathering is the occasion of an act ("agreed at an OPEC meeting")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.parse import children

if TYPE_CHECKING:
    from bilat.events.arguments.index import DocIndex
    from bilat.events.triggers import Trigger
    from bilat.records import Mention


#: Nouns of a gathering at which an act is done ("agreed at an OPEC meeting").
_OCCASIONS = frozenset("meeting summit session conference congress assembly".split())


def body_of_the_occasion(trig: Trigger, idx: DocIndex) -> list[Mention]:
    """ "Kuwait and the UAE agreed at an OPEC meeting to ...": the body whose gathering is the
    occasion of a country's act takes part in it; the countries stay the parties. A body only,
    no country ("at a US-China meeting" names the parties, not an occasion)."""
    pred = trig.predicate
    if trig.nominal or pred is None or pred.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for p in children(pred):
        if p.dep_ != "prep" or p.lower_ not in ("at", "during"):
            continue
        for o in children(p):
            if o.dep_ != "pobj" or o.lemma_.lower() not in _OCCASIONS:
                continue
            for c in children(o):
                if c.dep_ not in ("compound", "poss"):
                    continue
                for t in c.subtree:
                    out.extend(
                        m
                        for m in idx.tok_mentions.get(t.i, ())
                        if m.kind == "organisation" and m.country is None
                    )
    return out
