"""The schema of the first Secretariat store (``PRAGMA user_version = 1`` files).

Exactly what ``focalpoint/secretariat/store.py`` created before the store moved to
SQLAlchemy and Alembic: such a file is stamped with this revision after its tables are
checked (see ``schema.py``) and upgraded from here.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "missions",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("halt_message", sa.Text, nullable=False, server_default=""),
        sa.Column("profile", sa.Text),
        sa.Column("last_sync_at", sa.Text),
        sa.Column("last_handshake_at", sa.Text),
        sa.Column("last_device_id", sa.Text),
        sa.Column("pending_count", sa.Integer),
        sa.Column("rejected_count", sa.Integer),
        sa.Column("client_last_sync", sa.Text),
        sa.Column("client_catalogue_version", sa.Text),
        sa.Column("clock_skew_seconds", sa.Float),
    )
    op.create_table(
        "tokens",
        sa.Column("token_id", sa.Text, primary_key=True),
        sa.Column("mission_code", sa.Text, sa.ForeignKey("missions.code"), nullable=False),
        sa.Column("token_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("revoked_at", sa.Text),
    )
    op.create_table(
        "batches",
        sa.Column("batch_id", sa.Text, primary_key=True),
        sa.Column("mission_code", sa.Text, sa.ForeignKey("missions.code"), nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("received_at", sa.Text, nullable=False),
        sa.Column("change_count", sa.Integer, nullable=False),
        sa.Column("ack", sa.Text, nullable=False),
    )
    op.create_table(
        "received_changes",
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("change_id", sa.Text, nullable=False),
        sa.Column("batch_id", sa.Text, sa.ForeignKey("batches.batch_id"), nullable=False),
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
    )
    op.create_table(
        "entity_heads",
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("entity_type", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("deleted", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mission_code", "entity_type", "entity_id"),
    )
    op.create_table(
        "devices",
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("highest_seq", sa.Integer, nullable=False),
        sa.Column("last_batch_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mission_code", "device_id"),
    )
    op.create_table(
        "activities",
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("start_date", sa.Text),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mission_code", "id"),
    )
    op.create_table(
        "activity_tasks",
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("activity_id", sa.Text, nullable=False),
        sa.Column("task_code", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mission_code", "activity_id", "task_code"),
    )
    op.create_index("idx_activity_tasks_code", "activity_tasks", ["task_code", "mission_code"])
    op.create_table(
        "responses",
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("period_start", sa.Text, nullable=False),
        sa.Column("period_end", sa.Text, nullable=False),
        sa.Column("submitted_at", sa.Text),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("snapshot", sa.Text),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mission_code", "id"),
    )
    op.create_table(
        "catalogue_versions",
        sa.Column("version", sa.Text, primary_key=True),
        sa.Column("published_at", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("mission_code", sa.Text, sa.ForeignKey("missions.code"), nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False, server_default=""),
        sa.Column("entity_type", sa.Text, nullable=False, server_default=""),
        sa.Column("entity_id", sa.Text, nullable=False, server_default=""),
        sa.Column("message", sa.Text, nullable=False),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    raise NotImplementedError("the service store is never downgraded; restore the backup")
