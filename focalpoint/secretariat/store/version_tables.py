"""Tables of sync protocol 3 (revision 0005), on the store's one ``metadata``.

``entity_versions``: every state an entity had at the Secretariat, one row per applied
change (the FULL state after it, so a feed item or a merge base is one row, never a replay
of deltas). ``server_seq`` numbers a mission's versions in the order they were stored (the
counter is ``missions.server_seq``, advanced under the mission lock the ingest holds); the
feed pages over it. ``conflicts``: clashes the merge found, open until a change resolves
them. ``entity_heads`` (in :mod:`.tables`) points at each entity's newest version.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Table, Text

from focalpoint.secretariat.store.tables import metadata

entity_versions = Table(
    "entity_versions", metadata,
    Column("mission_code", Text, nullable=False),
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("server_seq", Integer, nullable=False),
    Column("device_id", Text, nullable=False),
    # NULL for the versions revision 0005 made of what the store held before it.
    Column("change_id", Text),
    Column("op", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    PrimaryKeyConstraint("mission_code", "entity_type", "entity_id", "version"),
    Index("idx_entity_versions_seq", "mission_code", "server_seq", unique=True),
)

conflicts = Table(
    "conflicts", metadata,
    Column("id", Text, primary_key=True),
    Column("mission_code", Text, nullable=False),
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    # A JSON list of ConflictValue objects ("values" is an SQL keyword).
    Column("field_values", Text, nullable=False),
    Column("deleted_by_device_id", Text, nullable=False, server_default=""),
    Column("opened_version", Integer, nullable=False),
    Column("opened_seq", Integer, nullable=False),
    Column("opened_at", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("resolved_at", Text),
    Column("resolved_by_device_id", Text, nullable=False, server_default=""),
    Column("resolved_seq", Integer),
    Index("idx_conflicts_entity", "mission_code", "entity_type", "entity_id"),
)
