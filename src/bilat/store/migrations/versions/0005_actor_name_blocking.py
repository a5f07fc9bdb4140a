"""actor_names surname_last/surname_tail (indexed equalities replace the LIKE '%x' scan);
mentions (actor_id) WHERE role IS NOT NULL; derived name columns re-derived from the display name

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from bilat import resolve

    op.add_column("actor_names", sa.Column("surname_last", sa.String(length=255), nullable=True))
    op.add_column("actor_names", sa.Column("surname_tail", sa.String(length=16), nullable=True))
    # Every derived column from the stored display name: before, surname/sketch/tokens kept the
    # spelling that arrived first while the name became the smallest one seen.
    conn = op.get_bind()
    names = sa.table(
        "actor_names",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("kind", sa.String),
        sa.column("country", sa.String),
        sa.column("surname", sa.String),
        sa.column("sketch", sa.String),
        sa.column("tokens", sa.Integer),
        sa.column("surname_last", sa.String),
        sa.column("surname_tail", sa.String),
    )
    rows = conn.execute(sa.select(names.c.id, names.c.name, names.c.kind, names.c.country)).all()
    updates = []
    for ident, name, kind, country in rows:
        info = resolve.name_info(name, kind, country)
        updates.append(
            {
                "b_id": ident,
                "b_surname": info.surname,
                "b_sketch": resolve.skeleton(info.surname),
                "b_tokens": len(info.tokens),
                "b_last": info.last,
                "b_tail": info.tail,
            }
        )
    if updates:
        conn.execute(
            sa.update(names)
            .where(names.c.id == sa.bindparam("b_id"))
            .values(
                surname=sa.bindparam("b_surname"),
                sketch=sa.bindparam("b_sketch"),
                tokens=sa.bindparam("b_tokens"),
                surname_last=sa.bindparam("b_last"),
                surname_tail=sa.bindparam("b_tail"),
            ),
            updates,
        )
    op.create_index("ix_actor_names_surname_last", "actor_names", ["surname_last"])
    op.create_index("ix_actor_names_surname_tail", "actor_names", ["surname_tail"])
    op.create_index(
        "ix_mentions_actor_role",
        "mentions",
        ["actor_id"],
        sqlite_where=sa.text("role IS NOT NULL"),
        postgresql_where=sa.text("role IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_mentions_actor_role", table_name="mentions")
    op.drop_index("ix_actor_names_surname_tail", table_name="actor_names")
    op.drop_index("ix_actor_names_surname_last", table_name="actor_names")
    with op.batch_alter_table("actor_names") as batch:
        batch.drop_column("surname_tail")
        batch.drop_column("surname_last")
