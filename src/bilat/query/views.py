"""The typed views every query returns: what the CLI prints, the API serves and the web UI shows.

Every view that states something carries its evidence: the document, the character offsets
into its text and the text itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

CommitmentState = Literal["kept", "pending", "overdue", "cancelled"]


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class EvidenceView(View):
    doc_id: str
    start: int
    end: int
    text: str
    field: str = "sentence"  # sentence, trigger, date, location, actor, value, period, title, text, mention
    title: str | None = None
    published: dt.date | None = None


class PlaceView(View):
    id: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None


class ActorRef(View):
    id: int
    name: str
    kind: str
    country: str | None
    role: str | None = None
    side: str | None = None


class MentionView(View):
    """One document's report of an event (``event(...)`` lists them)."""

    doc_id: str
    ordinal: int
    status: str
    mode: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    number: int | None = None
    evidence: list[EvidenceView]  # sentence, trigger, date, location, actor spans


class EventView(View):
    """A knowledge-base event: one real-world event with the evidence of every report of it."""

    id: int
    key: str
    type: str
    mode: str | None
    status: str
    date_start: dt.date | None
    date_end: dt.date | None
    countries: list[str]
    place: PlaceView | None
    actors: list[ActorRef]
    confidence: float
    evidence: list[EvidenceView]  # the sentence of each report, oldest publication first
    reports: int = 1  # documents that report it
    summary: str = ""
    mentions: list[MentionView] = []  # filled by ``event()`` only


class RoleSpan(View):
    """A role an actor held, as the documents give it, from the first to the last report."""

    role: str | None
    role_text: str | None
    first: dt.date | None
    last: dt.date | None
    documents: int
    evidence: EvidenceView  # the earliest mention with this role


class ActorSummary(View):
    id: int
    key: str
    name: str
    kind: str
    country: str | None
    role: str | None
    aliases: list[str]
    mentions: int
    events: int
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


class Counterpart(View):
    actor: ActorRef
    events: int


class ActorProfile(View):
    actor: ActorSummary
    roles: list[RoleSpan]  # in order of first appearance
    events: list[EventView]  # in date order
    counterparts: list[Counterpart]  # actors of other countries in its events, most frequent first
    evidence: list[EvidenceView]  # a few mentions of it


class PlaceSummary(View):
    place: PlaceView
    events: int
    first: dt.date | None = None
    last: dt.date | None = None


class PlaceProfile(View):
    place: PlaceView
    events: list[EventView]


class SearchHit(View):
    """A ranked passage (a sentence or the title) of a document that matches the query."""

    kind: Literal["document", "event"]  # "event" when an event was read from the passage
    doc_id: str
    title: str | None
    published: dt.date | None
    score: float  # higher is better (BM25 on SQLite, ts_rank on PostgreSQL)
    snippet: str  # the passage with matched terms between « and »
    evidence: EvidenceView  # the passage: offsets into the document's text (field title: into the title)
    events: list[int] = []  # knowledge-base events read from this passage


class FactView(View):
    id: int
    doc_id: str
    metric: str
    value: float | None
    unit: str | None
    change_pct: float | None
    period_start: dt.date | None
    period_end: dt.date | None
    flow: str
    reporter: str | None
    partner: str | None
    evidence: list[EvidenceView]  # sentence, value, period


class CommitmentView(View):
    """An announced future meeting, visit, deadline or target, and what became of it."""

    event: EventView  # the announced event (status planned/proposed, or occurred when merged)
    state: CommitmentState
    announced: dt.date | None  # earliest publication announcing it
    due_start: dt.date | None
    due_end: dt.date | None
    announcement: list[EvidenceView]  # the sentences that announce it
    fulfilment: EventView | None = None  # the occurred event that kept it
    fulfilment_evidence: list[EvidenceView] = []
    cancellation: list[EvidenceView] = []


class DocumentSummary(View):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    chars: int
    events: int  # event mentions read from it


class DocumentView(View):
    """A document with its text and everything read from it."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    text: str
    events: list[EventView]  # in the order the document reports them
    facts: list[FactView]


class MonthCount(View):
    month: str  # YYYY-MM
    type: str
    count: int


class RelationsView(View):
    countries: list[str]
    events: int
    first: dt.date | None
    last: dt.date | None
    by_month: list[MonthCount]
    by_type: dict[str, int]
    latest_meetings: list[EventView]
    trade: list[FactView]  # trade figures in period order
    open_commitments: list[CommitmentView]


__all__ = [
    "ActorProfile",
    "ActorRef",
    "ActorSummary",
    "CommitmentState",
    "CommitmentView",
    "Counterpart",
    "DocumentSummary",
    "DocumentView",
    "EventView",
    "EvidenceView",
    "FactView",
    "MentionView",
    "MonthCount",
    "PlaceProfile",
    "PlaceSummary",
    "PlaceView",
    "RelationsView",
    "RoleSpan",
    "SearchHit",
    "View",
]
