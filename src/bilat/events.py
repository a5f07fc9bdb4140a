"""Events stage (placeholder until the event grammar lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_events(doc: Doc) -> list[Event]:
    return []
