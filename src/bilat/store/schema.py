"""The knowledge base tables (SQLAlchemy 2 declarative).

Per-document extractions (``mentions``, ``timexes``, ``event_mentions``, ``facts``,
``evidence``, ``search_passages``) belong to their document and go with it: a changed
document replaces them in one transaction. ``events``, ``actors`` and ``places`` are the
knowledge base that the resolve stage builds over all documents: an event lists the event
mentions that report it, an actor the names (``actor_names``) and aliases that name it.

Everything in the knowledge base is a function of the stored documents (and the user's
``actor_overrides``), never of the order they came in: resolve re-derives the affected
part after each write.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))

    event_mentions: Mapped[list[EventMentionRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class ActorRow(Base):
    __tablename__ = "actors"
    __table_args__ = (UniqueConstraint("key", name="uq_actors_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255))  # kind:country:normalised name; stable across runs
    name: Mapped[str] = mapped_column(String(255), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    role: Mapped[str | None] = mapped_column(String(64))
    sector: Mapped[str | None] = mapped_column(String(32))

    aliases: Mapped[list[ActorAliasRow]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", passive_deletes=True
    )


class ActorNameRow(Base):
    """One way documents write an actor (``person:IRN:hosseinamirabdollahian``), filed under its actor.

    ``actor_id`` is re-derived by resolve whenever a name of the same family arrives or goes.
    """

    __tablename__ = "actor_names"
    __table_args__ = (UniqueConstraint("key", name="uq_actor_names_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255))  # resolve.actor_key of the name
    name: Mapped[str] = mapped_column(String(255))  # as first written (display only)
    kind: Mapped[str] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(8))
    surname: Mapped[str] = mapped_column(String(255), index=True)  # NameInfo.surname, for blocking
    sketch: Mapped[str] = mapped_column(String(255), index=True)  # resolve.skeleton(surname)
    # NameInfo.last and .tail: a compound's last part and the last letters, so that finding the
    # surnames one ends ("Abdollahian" in "Amirabdollahian") is an equality, not a LIKE '%x' scan.
    surname_last: Mapped[str | None] = mapped_column(String(255), index=True)
    surname_tail: Mapped[str | None] = mapped_column(String(16), index=True)
    tokens: Mapped[int] = mapped_column(Integer, default=1)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"), index=True)


class ActorOverrideRow(Base):
    """A user's correction (``bilat actors merge/split``), by name keys so that it survives re-ingest."""

    __tablename__ = "actor_overrides"
    __table_args__ = (UniqueConstraint("action", "key_a", "key_b", name="uq_actor_override"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(8))  # merge | split
    key_a: Mapped[str] = mapped_column(String(255))
    key_b: Mapped[str] = mapped_column(String(255))
    created: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ActorAliasRow(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "alias", name="uq_actor_alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(255), index=True)

    actor: Mapped[ActorRow] = relationship(back_populates="aliases")


class PlaceRow(Base):
    __tablename__ = "places"
    __table_args__ = (UniqueConstraint("key", name="uq_places_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255))  # gazetteer id, else country:name
    name: Mapped[str] = mapped_column(String(255), index=True)
    country: Mapped[str | None] = mapped_column(String(8))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    feature: Mapped[str | None] = mapped_column(String(32))
    gazetteer_id: Mapped[str | None] = mapped_column(String(64))


class EventRow(Base):
    """One real-world event: the resolved cluster of its event mentions."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("key", name="uq_events_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # stable id derived from its first mention
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), index=True)
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"), index=True)
    countries: Mapped[str] = mapped_column(String(255), default="")  # sorted ISO3 codes, comma-separated
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    summary: Mapped[str] = mapped_column(Text, default="")
    reports: Mapped[int] = mapped_column(Integer, default=1)  # documents that report it
    first_reported: Mapped[dt.date | None] = mapped_column(Date)  # earliest publication among them

    # Loaded with the events, in one query per batch: a list of events shows every place.
    place: Mapped[PlaceRow | None] = relationship(lazy="selectin")
    mentions: Mapped[list[EventMentionRow]] = relationship(back_populates="event")


class EventCountryRow(Base):
    """The parties of an event, one row each, so that country filters use an index."""

    __tablename__ = "event_countries"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(8), primary_key=True)


class EventMentionRow(Base):
    """An event as one document reports it."""

    __tablename__ = "event_mentions"
    __table_args__ = (UniqueConstraint("doc_id", "ordinal", name="uq_event_mention_ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    type: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"))
    countries: Mapped[str] = mapped_column(String(255), default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    # What resolve compares across documents (derived at save time, see resolve.mention_window):
    number: Mapped[int | None] = mapped_column(Integer)  # "15th session" -> 15
    window_start: Mapped[dt.date | None] = mapped_column(Date)
    window_end: Mapped[dt.date | None] = mapped_column(Date)

    document: Mapped[DocumentRow] = relationship(back_populates="event_mentions")
    event: Mapped[EventRow | None] = relationship(back_populates="mentions")
    place: Mapped[PlaceRow | None] = relationship()
    actors: Mapped[list[EventActorRow]] = relationship(
        back_populates="mention", cascade="all, delete-orphan", passive_deletes=True
    )
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="event_mention", cascade="all, delete-orphan", passive_deletes=True
    )


class EventActorRow(Base):
    __tablename__ = "event_actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("event_mentions.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))  # indexed below
    side: Mapped[str] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(String(64))
    role_text: Mapped[str | None] = mapped_column(String(255))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    name_key: Mapped[str | None] = mapped_column(String(255), index=True)  # actor_names.key

    mention: Mapped[EventMentionRow] = relationship(back_populates="actors")
    actor: Mapped[ActorRow] = relationship()


class MentionRow(Base):
    """An actor mentioned in a document (every mention, with or without an event)."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(512))
    role: Mapped[str | None] = mapped_column(String(64))
    role_text: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(String(128))
    name_key: Mapped[str | None] = mapped_column(String(255), index=True)  # actor_names.key


class TimexRow(Base):
    __tablename__ = "timexes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(512))
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))
    interval_start: Mapped[dt.date | None] = mapped_column(Date)
    interval_end: Mapped[dt.date | None] = mapped_column(Date)


class FactRow(Base):
    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("doc_id", "ordinal", name="uq_fact_ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(String(32), index=True)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))
    change_pct: Mapped[float | None] = mapped_column(Float)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    flow: Mapped[str] = mapped_column(String(16))
    reporter: Mapped[str | None] = mapped_column(String(8), index=True)
    partner: Mapped[str | None] = mapped_column(String(8), index=True)

    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="fact", cascade="all, delete-orphan", passive_deletes=True
    )


class EvidenceRow(Base):
    """A span of a document that supports one field of an event mention or a fact."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(32))  # sentence, trigger, date, location, actor, value, period
    event_mention_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_mentions.id", ondelete="CASCADE"), index=True
    )
    fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)

    event_mention: Mapped[EventMentionRow | None] = relationship(back_populates="evidence")
    fact: Mapped[FactRow | None] = relationship(back_populates="evidence")


class SearchPassageRow(Base):
    """A sentence (or the title) of a document, as the full-text index sees it.

    SQLite indexes ``text`` with the FTS5 table ``search_fts`` (kept in sync by triggers);
    PostgreSQL with the generated ``tsv`` column and a GIN index (both made in migration 0002).
    """

    __tablename__ = "search_passages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(8))  # title | text
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


Index("ix_events_date_type", EventRow.date_start, EventRow.type)
Index("ix_events_type_status_date", EventRow.type, EventRow.status, EventRow.date_start)
Index("ix_event_countries_country", EventCountryRow.country, EventCountryRow.event_id)
Index("ix_event_mentions_type_window", EventMentionRow.type, EventMentionRow.window_start)
Index("ix_event_mentions_status_event", EventMentionRow.status, EventMentionRow.event_id)
Index("ix_facts_pair", FactRow.reporter, FactRow.partner)
Index("ix_actors_kind_country", ActorRow.kind, ActorRow.country)
# An actor's current role is its latest mention with one: country actors have thousands of
# mentions and no role, so only the mentions with a role are indexed.
Index(
    "ix_mentions_actor_role",
    MentionRow.actor_id,
    sqlite_where=MentionRow.role.is_not(None),
    postgresql_where=MentionRow.role.is_not(None),
)
