"""event_mentions (status, event_id) index: commitments find the announced events by lookup

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_mentions_status_event", "event_mentions", ["status", "event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_mentions_status_event", table_name="event_mentions")
