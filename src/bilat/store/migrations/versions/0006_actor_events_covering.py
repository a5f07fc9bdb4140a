"""covering indexes for an actor's events: event_actors (actor_id, mention_id) replaces
(actor_id), event_mentions (id, event_id); the actor profile reads no table rows for them

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 10:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_actors_actor_mention", "event_actors", ["actor_id", "mention_id"])
    op.drop_index("ix_event_actors_actor_id", table_name="event_actors")  # a prefix of the new one
    op.create_index("ix_event_mentions_id_event", "event_mentions", ["id", "event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_mentions_id_event", table_name="event_mentions")
    op.create_index("ix_event_actors_actor_id", "event_actors", ["actor_id"])
    op.drop_index("ix_event_actors_actor_mention", table_name="event_actors")
