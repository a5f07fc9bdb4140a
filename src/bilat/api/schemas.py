"""Response and request models of the API; the query views are reused wherever they fit."""

from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from bilat.query.views import (
    ActorProfile,
    ActorRef,
    ActorSummary,
    CommitmentView,
    DocumentSummary,
    DocumentView,
    EventView,
    EvidenceView,
    FactView,
    PlaceProfile,
    PlaceSummary,
    PlaceView,
    RelationsView,
    SearchHit,
)

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a listing; ``next_offset`` is null on the last page."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = None


class ArticleIn(BaseModel):
    """An article to ingest, in the corpus format (the same fields ``bilat ingest`` reads from JSONL)."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1, max_length=255, examples=["wire-2019-06-14-1"])
    text: str = Field(min_length=1)
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


class IngestResult(BaseModel):
    doc_id: str
    outcome: Literal["new", "unchanged", "updated"]
    events: int
    facts: int


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    documents: int
    events: int
    ingest_enabled: bool


__all__ = [
    "ActorProfile",
    "ActorRef",
    "ActorSummary",
    "ArticleIn",
    "CommitmentView",
    "DocumentSummary",
    "DocumentView",
    "EventView",
    "EvidenceView",
    "FactView",
    "Health",
    "IngestResult",
    "Page",
    "PlaceProfile",
    "PlaceSummary",
    "PlaceView",
    "RelationsView",
    "SearchHit",
]
