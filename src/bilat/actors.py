"""Actors stage (placeholder until the actor grammar lands)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilat.records import Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class ActorsFound:
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)


def find_actors(doc: Doc, doc_id: str) -> ActorsFound:
    return ActorsFound()
