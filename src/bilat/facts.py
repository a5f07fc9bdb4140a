"""Facts stage (placeholder until the fact grammar lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilat.records import Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_facts(doc: Doc) -> list[Fact]:
    return []
