"""Typed records that cross stage boundaries.

Every extracted field keeps its evidence: the document id and the character offsets into
the document's ``text``. The NLP stages produce these records from a spaCy ``Doc``
(``pipeline.extract``); resolve, store, query and the shells never see a spaCy object.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
ActorKind = Literal["person", "organisation", "country"]
Status = Literal["occurred", "planned", "proposed", "cancelled", "denied", "ongoing"]
Side = Literal["source", "target", "participant"]
Metric = Literal["trade_value", "trade_value_change", "trade_balance", "count", "capacity", "quantity"]
Flow = Literal["total", "export", "import"]

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
#: The 16 PLOVER event types, in the ontology's order.
EVENT_TYPES: tuple[str, ...] = get_args(EventType)


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Record):
    """One article as read by ``ingest``."""

    id: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of what extraction depends on: re-ingesting the same content is a no-op."""
        h = hashlib.sha256()
        h.update(self.text.encode("utf-8"))
        h.update(b"\x00" + (self.published.isoformat() if self.published else "").encode())
        return h.hexdigest()


class Evidence(Record):
    """A span of a document: where a field was read."""

    doc_id: str
    start: int
    end: int
    text: str


class Interval(Record):
    """A closed interval of days."""

    start: dt.date
    end: dt.date

    def overlaps(self, other: Interval) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class Timex(Record):
    """A temporal expression with its TIMEX3 type and value (``2019-06``, ``P3D``, ``PAST_REF``)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    interval: Interval | None = None
    # "absolute" when the text fixes it, "published" when resolved against the document date,
    # "anaphoric" when resolved against a date mentioned earlier, "none" when underspecified.
    anchor: Literal["absolute", "published", "anaphoric", "none"] = "none"
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ...


class Place(Record):
    """A location geocoded against the offline gazetteer."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # city, admin1, country, venue, region
    gazetteer_id: str | None = None
    evidence: Evidence | None = None


class Mention(Record):
    """An actor as mentioned in one document, resolved within that document.

    ``name`` is the fullest name the document gives (``"Vladimir Putin"`` for a later
    ``"the Russian leader"``); ``evidence`` is the mention itself.
    """

    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None  # normalised role: head_of_state, foreign_minister, ...
    role_text: str | None = None  # the role as written: "Energy Minister"
    title: str | None = None  # honorific or rank: "Rear Admiral", "Ayatollah", "Mr."
    sector: str | None = None  # government, military, business, media, igo, ...
    evidence: Evidence


class EventActor(Record):
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    role_text: str | None = None
    side: Side = "participant"
    evidence: Evidence | None = None


class Event(Record):
    """A PLOVER event as read from one sentence of one document."""

    doc_id: str
    type: str
    mode: str | None = None
    status: Status = "occurred"
    date: Interval | None = None
    date_evidence: Evidence | None = None
    actors: tuple[EventActor, ...] = ()
    countries: tuple[str, ...] = ()
    location: Place | None = None
    confidence: float = 0.5
    trigger: Evidence
    sentence: Evidence
    negated: bool = False


class Fact(Record):
    """A quantity the text states about a relationship."""

    doc_id: str
    metric: Metric
    value: float | None = None
    unit: str | None = None
    change_pct: float | None = None
    period: Interval | None = None
    period_evidence: Evidence | None = None
    flow: Flow = "total"
    reporter: str | None = None
    partner: str | None = None
    value_evidence: Evidence
    sentence: Evidence


class Extraction(Record):
    """Everything the NLP stages read from one document."""

    document: Document
    timexes: tuple[Timex, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    facts: tuple[Fact, ...] = ()
    warnings: tuple[str, ...] = Field(default=())


def evidence(doc_id: str, text: str, start: int, end: int) -> Evidence:
    """Build an ``Evidence`` for ``text[start:end]``."""
    return Evidence(doc_id=doc_id, start=start, end=end, text=text[start:end])
