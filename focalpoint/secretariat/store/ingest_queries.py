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
from focalpoint.secretariat.store.sql import MAX_INTEGER, insert_ignore, upsert
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
_CHANGE_BATCHES = select(received_changes.c.change_id, received_changes.c.batch_id).where(
    received_changes.c.mission_code == bindparam("m"),
    received_changes.c.change_id.in_(bindparam("ids", expanding=True)))
_ENTITY_HEADS = select(entity_heads.c.entity_type, entity_heads.c.entity_id,
                       entity_heads.c.device_id, entity_heads.c.seq).where(
    entity_heads.c.mission_code == bindparam("m"),
    entity_heads.c.entity_id.in_(bindparam("ids", expanding=True)))
_DELETE_ACTIVITIES = delete(activities).where(
    activities.c.mission_code == bindparam("m"),
    activities.c.id.in_(bindparam("ids", expanding=True)))
_CLEAR_TASKS = delete(activity_tasks).where(
    activity_tasks.c.mission_code == bindparam("m"),
    activity_tasks.c.activity_id.in_(bindparam("ids", expanding=True)))


def batches_of_changes(connection: Connection, mission: str, change_ids: list[str]
                   ) -> dict[str, str]:
    """The batch each of these change ids was received in before (known ones only)."""
    rows = connection.execute(_CHANGE_BATCHES, {"m": mission, "ids": change_ids})
    return {row[0]: row[1] for row in rows}


def changes_at_seqs(connection: Connection, mission: str, device_id: str, seqs: list[int]
                    ) -> dict[int, str]:
    """seq -> change id of the changes this device sent under these numbers before."""
    rows = connection.execute(select(received_changes.c.seq, received_changes.c.change_id)
                              .where(received_changes.c.mission_code == mission,
                                     received_changes.c.device_id == device_id,
                                     received_changes.c.seq.in_(sorted(
                                         {s for s in seqs if s <= MAX_INTEGER}))))
    return {int(row[0]): row[1] for row in rows}


def heads_of(connection: Connection, mission: str, entities: list[tuple[str, str]]
                 ) -> dict[tuple[str, str], tuple[str, int]]:
    """(device_id, seq) of the last change applied to each (entity_type, entity_id)."""
    wanted = set(entities)
    rows = connection.execute(_ENTITY_HEADS, {"m": mission,
                                              "ids": sorted({e[1] for e in wanted})})
    return {(row[0], row[1]): (row[2], int(row[3])) for row in rows
            if (row[0], row[1]) in wanted}


def set_entity_heads(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Upsert the heads (one statement for all: the server gets one round trip)."""
    if rows:
        upsert(connection, entity_heads, rows,
               keys=["mission_code", "entity_type", "entity_id"])


def record_changes(connection: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        insert_ignore(connection, received_changes, rows)


def write_activities(connection: Connection, mission: str,
                     final: dict[str, dict[str, Any] | None], now: str) -> None:
    """Bring the given activities to their final state of this batch: a document is
    inserted or replaced (with its search columns — the engine's full-text index follows —
    and its task rows), None deletes. Four statements whatever the number of activities."""
    if not final:
        return
    ids = sorted(final)
    connection.execute(_CLEAR_TASKS, {"m": mission, "ids": ids})
    deleted = [i for i in ids if final[i] is None]
    if deleted:
        connection.execute(_DELETE_ACTIVITIES, {"m": mission, "ids": deleted})
    saved = [(i, data) for i, data in final.items() if data is not None]
    if saved:
        upsert(connection, activities, [
            {"mission_code": mission, "id": i, "start_date": data.get("start_date"),
             "data": json.dumps(data), "updated_at": now, **columns_of(data)}
            for i, data in saved], keys=["mission_code", "id"])
        tasks = [{"mission_code": mission, "activity_id": i, "task_code": code}
                 for i, data in saved for code in dict.fromkeys(data["task_codes"])]
        if tasks:
            insert_ignore(connection, activity_tasks, tasks)


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
