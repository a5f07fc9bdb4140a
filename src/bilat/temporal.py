"""Time stage (placeholder until the time grammar lands)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bilat.records import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_timexes(doc: Doc, published: dt.date | None) -> list[Timex]:
    return []
