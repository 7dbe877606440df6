"""Sync protocol 3: entity versions, the per-mission feed counter, conflicts.

``entity_versions`` keeps every state an entity had at the Secretariat (the feed pages over
its ``server_seq``; the activity page shows it as the history), ``missions.server_seq`` is
the mission's counter, ``entity_heads`` gains each entity's newest ``version`` and its
``server_seq``, and ``conflicts`` holds the clashes of concurrent edits.

What the store already held becomes version 1 of each entity (the newest state, or a
delete), numbered per mission in the order the entities were last changed — so a device
that restores from the Secretariat gets everything received before this revision too.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("missions", sa.Column("server_seq", sa.Integer, nullable=False,
                                        server_default="0"))
    op.add_column("entity_heads", sa.Column("version", sa.Integer, nullable=False,
                                            server_default="0"))
    op.add_column("entity_heads", sa.Column("server_seq", sa.Integer, nullable=False,
                                            server_default="0"))
    op.create_index("idx_entity_heads_feed", "entity_heads", ["mission_code", "server_seq"])
    op.create_index("idx_received_changes_device", "received_changes",
                    ["mission_code", "device_id", "seq"])
    op.create_table(
        "entity_versions",
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("entity_type", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("server_seq", sa.Integer, nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("change_id", sa.Text),
        sa.Column("op", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("received_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("mission_code", "entity_type", "entity_id", "version"),
    )
    op.create_index("idx_entity_versions_seq", "entity_versions",
                    ["mission_code", "server_seq"], unique=True)
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("mission_code", sa.Text, nullable=False),
        sa.Column("entity_type", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("field_values", sa.Text, nullable=False),
        sa.Column("deleted_by_device_id", sa.Text, nullable=False, server_default=""),
        sa.Column("opened_version", sa.Integer, nullable=False),
        sa.Column("opened_seq", sa.Integer, nullable=False),
        sa.Column("opened_at", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("resolved_at", sa.Text),
        sa.Column("resolved_by_device_id", sa.Text, nullable=False, server_default=""),
        sa.Column("resolved_seq", sa.Integer),
    )
    op.create_index("idx_conflicts_entity", "conflicts",
                    ["mission_code", "entity_type", "entity_id"])
    _first_versions(op.get_bind())


def _first_versions(bind: sa.Connection) -> None:
    """Version 1 of every entity the store holds, from its current state (and of every
    deletion it remembers); an entity stored without a head row gets one."""
    heads = sa.table("entity_heads", *(sa.column(name) for name in (
        "mission_code", "entity_type", "entity_id", "device_id", "seq", "deleted",
        "updated_at", "version", "server_seq")))
    activities = sa.table("activities", sa.column("mission_code"), sa.column("id"),
                          sa.column("data"), sa.column("updated_at"))
    responses = sa.table("responses", sa.column("mission_code"), sa.column("id"),
                         sa.column("data"), sa.column("snapshot"), sa.column("updated_at"))
    missions = sa.table("missions", sa.column("code"), sa.column("profile"),
                        sa.column("created_at"), sa.column("last_sync_at"),
                        sa.column("server_seq"))
    versions = sa.table("entity_versions", *(sa.column(name) for name in (
        "mission_code", "entity_type", "entity_id", "version", "server_seq", "device_id",
        "change_id", "op", "payload", "received_at")))
    # (mission, type, id) -> (payload JSON, when); a deletion has no payload
    states: dict[tuple[str, str, str], tuple[str | None, str]] = {}
    for code, entity_id, data, at in bind.execute(sa.select(activities)):
        states[(code, "activity", entity_id)] = (data, at)
    for code, entity_id, data, snapshot, at in bind.execute(sa.select(responses)):
        states[(code, "response", entity_id)] = (
            snapshot or json.dumps({"response": json.loads(data)}), at)
    for code, profile, created, synced, _seq in bind.execute(sa.select(missions)):
        if profile:
            states[(code, "mission", code)] = (profile, synced or created)
    known: dict[tuple[str, str, str], tuple[str, str]] = {}
    for code, entity_type, entity_id, device, _s, deleted, at, _v, _q in bind.execute(
            sa.select(heads)):
        key = (code, entity_type, entity_id)
        known[key] = (device, at)
        if deleted and key not in states:
            states[key] = (None, at)
    counters: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    new_heads: list[dict[str, Any]] = []
    for key in sorted(states, key=lambda k: (k[0], known.get(k, ("", states[k][1]))[1], k)):
        code, entity_type, entity_id = key
        payload, at = states[key]
        device = known.get(key, ("", at))[0]
        seq = counters[code] = counters.get(code, 0) + 1
        rows.append({"mission_code": code, "entity_type": entity_type, "entity_id": entity_id,
                     "version": 1, "server_seq": seq, "device_id": device, "change_id": None,
                     "op": "upsert" if payload is not None else "delete",
                     "payload": payload if payload is not None else json.dumps(
                         {"id": entity_id}), "received_at": at})
        if key not in known:
            new_heads.append({"mission_code": code, "entity_type": entity_type,
                              "entity_id": entity_id, "device_id": "", "seq": 0,
                              "deleted": 0, "updated_at": at, "version": 1,
                              "server_seq": seq})
    if not rows:
        return
    bind.execute(versions.insert(), rows)
    bind.execute(heads.update().where(
        heads.c.mission_code == sa.bindparam("m"), heads.c.entity_type == sa.bindparam("t"),
        heads.c.entity_id == sa.bindparam("i")).values(version=1,
                                                       server_seq=sa.bindparam("s")),
        [{"m": r["mission_code"], "t": r["entity_type"], "i": r["entity_id"],
          "s": r["server_seq"]} for r in rows])
    if new_heads:
        bind.execute(heads.insert(), new_heads)
    bind.execute(missions.update().where(missions.c.code == sa.bindparam("c")).values(
        server_seq=sa.bindparam("n")), [{"c": c, "n": n} for c, n in counters.items()])


def downgrade() -> None:
    raise NotImplementedError("the service store is never downgraded; restore the backup")
