"""The read side: every listing the CLI, the API and the web UI show comes from here.

Functions take a session and keyword filters and return typed views (``bilat.query.views``);
none of them writes. ``from bilat import query; query.timeline(session, countries=["IRN", "RUS"])``.

Errors: ``NotFound`` (E801) for an unknown actor, place or event; ``InputError`` (E802) for a
bad filter value.
"""

from __future__ import annotations

from bilat.query.actors import actor, actors
from bilat.query.commitments import commitments, relations
from bilat.query.events import event, event_views, fact_views, facts, place, places, timeline
from bilat.query.search import search
from bilat.query.views import (
    ActorProfile,
    ActorRef,
    ActorSummary,
    CommitmentState,
    CommitmentView,
    Counterpart,
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
    "ActorProfile",
    "ActorRef",
    "ActorSummary",
    "CommitmentState",
    "CommitmentView",
    "Counterpart",
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
    "event",
    "event_views",
    "fact_views",
    "facts",
    "place",
    "places",
    "relations",
    "search",
    "timeline",
]
