"""Batch ids unique per mission; catalogue versions ordered by an explicit position.

``batches.batch_id`` was a global PRIMARY KEY: a mission posting an id that another mission
had used got a 409 and so learned that the id existed. The key is now
``(mission_code, batch_id)`` (and ``received_changes`` refers to a batch by both).
``catalogue_versions.position`` replaces SQLite's ``rowid`` as the tie-break in publication
order, which PostgreSQL does not have.

Both engines rebuild the three tables the same way (create the new shape, copy, drop,
rename), with Core statements only: there is no unnamed constraint to find on SQLite.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    meta = sa.MetaData()
    old_batches = sa.Table("batches", meta, autoload_with=bind)
    old_changes = sa.Table("received_changes", meta, autoload_with=bind)
    old_catalogues = sa.Table("catalogue_versions", meta, autoload_with=bind)

    new_batches = op.create_table(
        "batches_v2",
        sa.Column("mission_code", sa.Text, sa.ForeignKey("missions.code"), nullable=False),
        sa.Column("batch_id", sa.Text, nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("received_at", sa.Text, nullable=False),
        sa.Column("change_count", sa.Integer, nullable=False),
        sa.Column("ack", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mission_code", "batch_id"),
    )
    columns = [c.name for c in new_batches.columns]
    op.execute(new_batches.insert().from_select(
        columns, sa.select(*[old_batches.c[name] for name in columns])))

    new_changes = op.create_table(
        "received_changes_v2",
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("change_id", sa.Text, nullable=False),
        sa.Column("batch_id", sa.Text, nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("entity_type", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("op", sa.Text, nullable=False),
        sa.Column("applied", sa.Integer, nullable=False),
        sa.Column("catalogue_version", sa.Text, nullable=False),
        sa.Column("client_created_at", sa.Text, nullable=False),
        sa.Column("received_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mission_code", "change_id"),
        sa.ForeignKeyConstraint(["mission_code", "batch_id"],
                                ["batches_v2.mission_code", "batches_v2.batch_id"]),
    )
    columns = [c.name for c in new_changes.columns]
    op.execute(new_changes.insert().from_select(
        columns, sa.select(*[old_changes.c[name] for name in columns])))

    new_catalogues = op.create_table(
        "catalogue_versions_v2",
        sa.Column("version", sa.Text, primary_key=True),
        sa.Column("published_at", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False, unique=True),
    )
    # Publication order as the old store read it: published_at, then insertion order.
    tie_break = (sa.literal_column("rowid") if bind.dialect.name == "sqlite"
                 else old_catalogues.c.version)
    rows = bind.execute(sa.select(old_catalogues.c.version, old_catalogues.c.published_at,
                                  old_catalogues.c.data)
                        .order_by(old_catalogues.c.published_at, tie_break)).all()
    if rows:
        bind.execute(new_catalogues.insert(), [
            {"version": v, "published_at": p, "data": d, "position": i}
            for i, (v, p, d) in enumerate(rows, start=1)])

    op.drop_table("received_changes")
    op.drop_table("batches")
    op.drop_table("catalogue_versions")
    op.rename_table("batches_v2", "batches")
    op.rename_table("received_changes_v2", "received_changes")
    op.rename_table("catalogue_versions_v2", "catalogue_versions")


def downgrade() -> None:
    raise NotImplementedError("the service store is never downgraded; restore the backup")
