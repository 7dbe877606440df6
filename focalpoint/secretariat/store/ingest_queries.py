"""Every statement that applying a batch runs, written once for both engines.

The rules (what is applied, what is a replay) live in :mod:`focalpoint.secretariat.ingest`;
this module only reads and writes rows. All writes run inside the one transaction that
:func:`lock_mission` opens the way for, so a batch is stored whole or not at all.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, bindparam, case, delete, select, update

from focalpoint.secretariat.store.search_text import columns_of
from focalpoint.secretariat.store.sql import insert_ignore, upsert
from focalpoint.secretariat.store.tables import (
    activities,
    activity_tasks,
    batches,
    devices,
    entity_heads,
    missions,
    received_changes,
    responses,
)


def lock_mission(connection: Connection, mission: str) -> None:
    """Serialise the batches of one mission (others go on in parallel).

    PostgreSQL: a row lock on the mission, held to the end of the transaction, so two
    batches of a mission never interleave their per-entity checks (``FOR NO KEY UPDATE``
    does not block the foreign-key checks of other inserts). SQLite: the transaction began
    with ``BEGIN IMMEDIATE`` and already holds the only write lock.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(select(missions.c.code).where(missions.c.code == mission)
                           .with_for_update(key_share=True))  # FOR NO KEY UPDATE


def insert_batch(connection: Connection, mission: str, batch_id: str, device_id: str,
                 content_hash: str, now: str, change_count: int) -> None:
    """The first statement of a batch: the PRIMARY KEY ``(mission_code, batch_id)`` raises
    ``IntegrityError`` if this mission already has the batch."""
    connection.execute(batches.insert().values(
        mission_code=mission, batch_id=batch_id, device_id=device_id,
        content_hash=content_hash, received_at=now, change_count=change_count, ack=""))


def set_ack(connection: Connection, mission: str, batch_id: str, ack_json: str) -> None:
    connection.execute(update(batches).where(batches.c.mission_code == mission,
                                             batches.c.batch_id == batch_id)
                       .values(ack=ack_json))


def known_batch(connection: Connection, mission: str, batch_id: str) -> tuple[str, str] | None:
    """(content_hash, ack JSON) of this mission's batch, or None."""
    row = connection.execute(select(batches.c.content_hash, batches.c.ack).where(
        batches.c.mission_code == mission, batches.c.batch_id == batch_id)).first()
    return (row[0], row[1]) if row else None


# The per-change statements are built once (with bind parameters): building a Core
# statement costs more than SQLite takes to run it.
_CHANGE_BATCH = select(received_changes.c.batch_id).where(
    received_changes.c.mission_code == bindparam("m"),
    received_changes.c.change_id == bindparam("c"))
_ENTITY_HEAD = select(entity_heads.c.device_id, entity_heads.c.seq).where(
    entity_heads.c.mission_code == bindparam("m"), entity_heads.c.entity_type == bindparam("t"),
    entity_heads.c.entity_id == bindparam("e"))
_DELETE_ACTIVITY = delete(activities).where(activities.c.mission_code == bindparam("m"),
                                            activities.c.id == bindparam("a"))
_CLEAR_TASKS = delete(activity_tasks).where(activity_tasks.c.mission_code == bindparam("m"),
                                            activity_tasks.c.activity_id == bindparam("a"))


def change_batch(connection: Connection, mission: str, change_id: str) -> str | None:
    """The batch a change id was received in before, or None."""
    return connection.execute(_CHANGE_BATCH, {"m": mission, "c": change_id}).scalar()


def entity_head(connection: Connection, mission: str, entity_type: str, entity_id: str
                ) -> tuple[str, int] | None:
    """(device_id, seq) of the last change applied to an entity, or None."""
    row = connection.execute(_ENTITY_HEAD, {"m": mission, "t": entity_type,
                                            "e": entity_id}).first()
    return (row[0], int(row[1])) if row else None


def set_entity_head(connection: Connection, mission: str, entity_type: str, entity_id: str,
                    device_id: str, seq: int, deleted: bool, now: str) -> None:
    upsert(connection, entity_heads, {
        "mission_code": mission, "entity_type": entity_type, "entity_id": entity_id,
        "device_id": device_id, "seq": seq, "deleted": int(deleted), "updated_at": now},
        keys=["mission_code", "entity_type", "entity_id"])


def record_change(connection: Connection, values: dict[str, Any]) -> None:
    insert_ignore(connection, received_changes, values)


def delete_activity(connection: Connection, mission: str, activity_id: str) -> None:
    connection.execute(_DELETE_ACTIVITY, {"m": mission, "a": activity_id})


def clear_activity_tasks(connection: Connection, mission: str, activity_id: str) -> None:
    connection.execute(_CLEAR_TASKS, {"m": mission, "a": activity_id})


def save_activity(connection: Connection, mission: str, activity_id: str,
                  data: dict[str, Any], now: str) -> None:
    """Insert or replace the activity, its search columns (the engine's full-text index
    follows) and its task rows (tasks cleared by the caller)."""
    upsert(connection, activities, {"mission_code": mission, "id": activity_id,
                                    "start_date": data.get("start_date"),
                                    "data": json.dumps(data), "updated_at": now,
                                    **columns_of(data)}, keys=["mission_code", "id"])
    task_codes = list(data["task_codes"])
    if task_codes:
        insert_ignore(connection, activity_tasks, [
            {"mission_code": mission, "activity_id": activity_id, "task_code": code}
            for code in task_codes])


def set_profile(connection: Connection, mission: str, profile_json: str) -> None:
    connection.execute(update(missions).where(missions.c.code == mission)
                       .values(profile=profile_json))


def response_state(connection: Connection, mission: str, response_id: str
                   ) -> tuple[str, str | None] | None:
    """(status, snapshot JSON) of a stored questionnaire response, or None."""
    row = connection.execute(select(responses.c.status, responses.c.snapshot).where(
        responses.c.mission_code == mission, responses.c.id == response_id)).first()
    return (row[0], row[1]) if row else None


def delete_response(connection: Connection, mission: str, response_id: str) -> None:
    connection.execute(delete(responses).where(responses.c.mission_code == mission,
                                               responses.c.id == response_id))


def save_response(connection: Connection, values: dict[str, Any]) -> None:
    upsert(connection, responses, values, keys=["mission_code", "id"])


def record_backlog(connection: Connection, mission: str, device_id: str, highest: int,
                   pending_count: int | None, now: str) -> None:
    """The device's highest sequence seen (never lowered) and the mission's last sync."""
    upsert(connection, devices, {"mission_code": mission, "device_id": device_id,
                                 "highest_seq": highest, "last_batch_at": now},
           keys=["mission_code", "device_id"],
           update={"highest_seq": lambda excluded: case(
                       (devices.c.highest_seq > excluded.highest_seq, devices.c.highest_seq),
                       else_=excluded.highest_seq),
                   "last_batch_at": lambda excluded: excluded.last_batch_at})
    connection.execute(update(missions).where(missions.c.code == mission).values(
        last_sync_at=now, last_device_id=device_id, pending_count=pending_count))
