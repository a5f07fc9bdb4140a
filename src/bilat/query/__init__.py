"""The read side: every listing the CLI, the API and the web UI show comes from here.

Functions take a session and keyword filters and return typed views (``bilat.query.views``);
none of them writes. ``from bilat import query; query.timeline(session, countries=["IRN", "RUS"])``.

Errors: ``NotFound`` (E801) for an unknown actor, place, event or document; ``InputError``
(E802) for a bad filter or sort value.
"""

from __future__ import annotations

from bilat.query.actors import actor, actors
from bilat.query.commitments import commitments, relations
from bilat.query.documents import (
    country_pairs,
    document,
    document_texts,
    documents,
    event_countries,
    kb_counts,
)
from bilat.query.events import SORTS, event, event_views, fact_views, facts, timeline
from bilat.query.places import place, places
from bilat.query.search import search
from bilat.query.views import (
    ActorProfile,
    ActorRef,
    ActorSummary,
    CommitmentState,
    CommitmentView,
    Counterpart,
    DocumentSummary,
    DocumentView,
    EventView,
    EvidenceView,
    FactView,
    MentionView,
    MonthCount,
    PlaceProfile,
    PlaceSummary,
    PlaceView,
    RelationsView,
    RoleSpan,
    SearchHit,
    View,
)

__all__ = [
    "SORTS",
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
    "actor",
    "actors",
    "commitments",
    "country_pairs",
    "document",
    "document_texts",
    "documents",
    "event",
    "event_countries",
    "event_views",
    "fact_views",
    "facts",
    "kb_counts",
    "place",
    "places",
    "relations",
    "search",
    "timeline",
]
