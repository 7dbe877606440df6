"""The service's tables as SQLAlchemy Core ``Table`` objects: the schema at the newest revision.

Queries everywhere in :mod:`focalpoint.secretariat.store` are built from these objects, so
one query text serves SQLite and PostgreSQL. The schema itself is created and changed only
by the Alembic revisions in ``migrations/versions`` (never by ``metadata.create_all``); a
test compares the two so they cannot drift apart. Another area adds its tables in a module
of its own on the same :data:`metadata` (and a revision of its own).

Times are ISO 8601 text in UTC (as the first SQLite version stored them), so they sort as
text on both engines and the legacy file needs no conversion.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

metadata = MetaData()

missions = Table(
    "missions", metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("halt_message", Text, nullable=False, server_default=""),
    Column("profile", Text),
    Column("last_sync_at", Text),
    Column("last_handshake_at", Text),
    Column("last_device_id", Text),
    Column("pending_count", Integer),
    Column("rejected_count", Integer),
    Column("client_last_sync", Text),
    Column("client_catalogue_version", Text),
    Column("clock_skew_seconds", Float),
    # Revision 0005: the last ``server_seq`` given to a version of this mission's entities.
    Column("server_seq", Integer, nullable=False, server_default="0"),
)

tokens = Table(
    "tokens", metadata,
    Column("token_id", Text, primary_key=True),
    Column("mission_code", Text, ForeignKey("missions.code"), nullable=False),
    Column("token_hash", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("revoked_at", Text),
)

# A batch id is unique per mission (revision 0002): another mission's ids are invisible.
batches = Table(
    "batches", metadata,
    Column("mission_code", Text, ForeignKey("missions.code"), nullable=False),
    Column("batch_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    Column("change_count", Integer, nullable=False),
    Column("ack", Text, nullable=False),
    PrimaryKeyConstraint("mission_code", "batch_id"),
)

received_changes = Table(
    "received_changes", metadata,
    Column("mission_code", Text, nullable=False),
    Column("change_id", Text, nullable=False),
    Column("batch_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("op", Text, nullable=False),
    Column("applied", Integer, nullable=False),
    Column("catalogue_version", Text, nullable=False),
    Column("client_created_at", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    PrimaryKeyConstraint("mission_code", "change_id"),
    ForeignKeyConstraint(["mission_code", "batch_id"],
                         ["batches.mission_code", "batches.batch_id"]),
    # Revision 0005: a device's earlier changes by number (a restored copy reuses them).
    Index("idx_received_changes_device", "mission_code", "device_id", "seq"),
)

entity_heads = Table(
    "entity_heads", metadata,
    Column("mission_code", Text, nullable=False),
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("deleted", Integer, nullable=False, server_default="0"),
    Column("updated_at", Text, nullable=False),
    # Revision 0005: the entity's newest version and its place in the mission's feed.
    Column("version", Integer, nullable=False, server_default="0"),
    Column("server_seq", Integer, nullable=False, server_default="0"),
    PrimaryKeyConstraint("mission_code", "entity_type", "entity_id"),
    Index("idx_entity_heads_feed", "mission_code", "server_seq"),
)

devices = Table(
    "devices", metadata,
    Column("mission_code", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("highest_seq", Integer, nullable=False),
    Column("last_batch_at", Text, nullable=False),
    PrimaryKeyConstraint("mission_code", "device_id"),
)

activities = Table(
    "activities", metadata,
    Column("mission_code", Text, nullable=False),
    Column("id", Text, nullable=False),
    Column("start_date", Text),
    Column("data", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    # Revision 0003: what search filters on (from ``data``, see ``search_text.py``). The
    # full-text index is the engine's own and not a Core object: SQLite's FTS5 table
    # ``activities_fts``, PostgreSQL's generated column ``search_vector``.
    Column("status", Text, nullable=False, server_default=""),
    Column("activity_type", Text, nullable=False, server_default=""),
    Column("forms", Text, nullable=False, server_default="[]"),
    Column("search_text", Text, nullable=False, server_default=""),
    PrimaryKeyConstraint("mission_code", "id"),
    Index("idx_activities_mission_start", "mission_code", "start_date"),
)

# Objects of the engines' own search indexes, which the tables above do not describe.
ENGINE_OWN_TABLES = frozenset({"activities_fts", "activities_fts_data", "activities_fts_idx",
                               "activities_fts_docsize", "activities_fts_config"})
ENGINE_OWN_COLUMNS = frozenset({("activities", "search_vector")})

activity_tasks = Table(
    "activity_tasks", metadata,
    Column("mission_code", Text, nullable=False),
    Column("activity_id", Text, nullable=False),
    Column("task_code", Text, nullable=False),
    PrimaryKeyConstraint("mission_code", "activity_id", "task_code"),
    Index("idx_activity_tasks_code", "task_code", "mission_code"),
)

responses = Table(
    "responses", metadata,
    Column("mission_code", Text, nullable=False),
    Column("id", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("period_start", Text, nullable=False),
    Column("period_end", Text, nullable=False),
    Column("submitted_at", Text),
    Column("data", Text, nullable=False),
    Column("snapshot", Text),
    Column("updated_at", Text, nullable=False),
    PrimaryKeyConstraint("mission_code", "id"),
)

# ``position`` (revision 0002) orders versions by publication; SQLite's rowid did before,
# and PostgreSQL has no rowid.
catalogue_versions = Table(
    "catalogue_versions", metadata,
    Column("version", Text, primary_key=True),
    Column("published_at", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("position", Integer, nullable=False, unique=True),
)

feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mission_code", Text, ForeignKey("missions.code"), nullable=False),
    Column("created_at", Text, nullable=False),
    Column("author", Text, nullable=False, server_default=""),
    Column("entity_type", Text, nullable=False, server_default=""),
    Column("entity_id", Text, nullable=False, server_default=""),
    Column("message", Text, nullable=False),
    # Revision 0004: the staff account that wrote it (NULL: the command line, or older).
    Column("staff_id", Integer, ForeignKey("staff.id")),
    sqlite_autoincrement=True,
)

# The staff workspace's tables live in their own module on this same metadata.
from focalpoint.secretariat.store import staff_tables as _staff_tables  # noqa: E402,F401
from focalpoint.secretariat.store import version_tables as _version_tables  # noqa: E402,F401
