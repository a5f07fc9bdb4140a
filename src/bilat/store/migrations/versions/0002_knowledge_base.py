"""knowledge base: actor names and overrides, event countries, resolve columns, full-text search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 06:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    # External-content FTS5 over search_passages: the text is stored once, the triggers keep
    # the index in the same transaction as the rows (cascaded deletes fire them too).
    "CREATE VIRTUAL TABLE search_fts USING fts5(text, content='search_passages', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_passages_ai AFTER INSERT ON search_passages BEGIN "
    "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER search_passages_ad AFTER DELETE ON search_passages BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER search_passages_au AFTER UPDATE ON search_passages BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END",
]
_POSTGRES_FTS = [
    "ALTER TABLE search_passages ADD COLUMN tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX ix_search_passages_tsv ON search_passages USING gin (tsv)",
]


def upgrade() -> None:
    op.create_table(
        "actor_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("surname", sa.String(length=255), nullable=False),
        sa.Column("sketch", sa.String(length=255), nullable=False),
        sa.Column("tokens", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", name="uq_actor_names_key"),
    )
    op.create_index("ix_actor_names_surname", "actor_names", ["surname"])
    op.create_index("ix_actor_names_sketch", "actor_names", ["sketch"])
    op.create_index("ix_actor_names_actor_id", "actor_names", ["actor_id"])
    op.create_table(
        "actor_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("key_a", sa.String(length=255), nullable=False),
        sa.Column("key_b", sa.String(length=255), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("action", "key_a", "key_b", name="uq_actor_override"),
    )
    op.create_table(
        "event_countries",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "country"),
    )
    op.create_index("ix_event_countries_country", "event_countries", ["country", "event_id"])
    op.create_table(
        "search_passages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("field", sa.String(length=8), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_search_passages_doc_id", "search_passages", ["doc_id"])

    with op.batch_alter_table("events") as batch_op:
        batch_op.add_column(sa.Column("reports", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("first_reported", sa.Date(), nullable=True))
    with op.batch_alter_table("event_mentions") as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("window_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("window_end", sa.Date(), nullable=True))
        batch_op.create_index("ix_event_mentions_type_window", ["type", "window_start"])
    with op.batch_alter_table("event_actors") as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(length=255), nullable=True))
        batch_op.create_index("ix_event_actors_name_key", ["name_key"])
    with op.batch_alter_table("mentions") as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(length=255), nullable=True))
        batch_op.create_index("ix_mentions_name_key", ["name_key"])
    op.create_index("ix_facts_pair", "facts", ["reporter", "partner"])
    op.create_index("ix_actors_kind_country", "actors", ["kind", "country"])

    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_FTS if dialect == "sqlite" else _POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(statement)

    # Databases written by 0001 keep their events filterable by country.
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, countries FROM events")).all()
    pairs = [{"e": i, "c": c} for i, codes in rows for c in sorted(set((codes or "").split(","))) if c]
    if pairs:
        conn.execute(sa.text("INSERT INTO event_countries (event_id, country) VALUES (:e, :c)"), pairs)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("search_passages_ai", "search_passages_ad", "search_passages_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_index("ix_actors_kind_country", table_name="actors")
    op.drop_index("ix_facts_pair", table_name="facts")
    with op.batch_alter_table("mentions") as batch_op:
        batch_op.drop_index("ix_mentions_name_key")
        batch_op.drop_column("name_key")
    with op.batch_alter_table("event_actors") as batch_op:
        batch_op.drop_index("ix_event_actors_name_key")
        batch_op.drop_column("name_key")
    with op.batch_alter_table("event_mentions") as batch_op:
        batch_op.drop_index("ix_event_mentions_type_window")
        batch_op.drop_column("window_end")
        batch_op.drop_column("window_start")
        batch_op.drop_column("number")
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("first_reported")
        batch_op.drop_column("reports")
    op.drop_table("search_passages")
    op.drop_table("event_countries")
    op.drop_table("actor_overrides")
    op.drop_table("actor_names")
