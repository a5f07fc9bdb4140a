"""events (type, status, date_start) index: commitments look for the occurred event of a type in a window

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 08:45:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_type_status_date", "events", ["type", "status", "date_start"])


def downgrade() -> None:
    op.drop_index("ix_events_type_status_date", table_name="events")
