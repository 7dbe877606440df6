"""Every statement about entity versions, the mission feed and conflicts (protocol 3).

The rules (which version a change makes, what conflicts) live in :mod:`focalpoint.merge`
and :mod:`focalpoint.secretariat.ingest`; the feed's shape in
:mod:`focalpoint.secretariat.exchange`. This module only reads and writes rows; the
writes run inside the ingest's one transaction, under the mission lock.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, or_, select, update

from focalpoint.secretariat.store.sql import clamp_integer, insert_ignore
from focalpoint.secretariat.store.tables import entity_heads, missions
from focalpoint.secretariat.store.version_tables import conflicts, entity_versions


@dataclass(frozen=True)
class VersionRow:
    """One stored version; ``state`` None for a delete."""

    entity_type: str
    entity_id: str
    version: int
    server_seq: int
    device_id: str
    change_id: str | None
    op: str
    payload: dict[str, Any]
    received_at: str

    @property
    def state(self) -> dict[str, Any] | None:
        return None if self.op == "delete" else self.payload


_V = entity_versions.c
_COLUMNS = (_V.entity_type, _V.entity_id, _V.version, _V.server_seq, _V.device_id,
            _V.change_id, _V.op, _V.payload, _V.received_at)


def _row(row: Sequence[Any]) -> VersionRow:
    return VersionRow(row[0], row[1], int(row[2]), int(row[3]), row[4], row[5], row[6],
                      json.loads(row[7]), row[8])


_JOIN = entity_heads.join(entity_versions, and_(
    _V.mission_code == entity_heads.c.mission_code,
    _V.entity_type == entity_heads.c.entity_type,
    _V.entity_id == entity_heads.c.entity_id,
    _V.version == entity_heads.c.version))
_NEWEST = select(*_COLUMNS).select_from(_JOIN).where(
    entity_heads.c.mission_code == bindparam("m"),
    entity_heads.c.entity_id.in_(bindparam("ids", expanding=True)))


def newest(connection: Connection, mission: str, entities: Sequence[tuple[str, str]]
           ) -> dict[tuple[str, str], VersionRow]:
    """The newest version of each of these (entity_type, entity_id) that has one."""
    wanted = set(entities)
    if not wanted:
        return {}
    rows = connection.execute(_NEWEST, {"m": mission, "ids": sorted({e[1] for e in wanted})})
    found = (_row(r) for r in rows)
    return {(v.entity_type, v.entity_id): v for v in found
            if (v.entity_type, v.entity_id) in wanted}


def deletions(connection: Connection, mission: str, entity_type: str
              ) -> list[tuple[VersionRow, dict[str, Any] | None]]:
    """The entities of this type whose newest version is a deletion, newest deletion
    first: that version and the state received just before it (None if none was)."""
    before = entity_versions.alias("before")
    rows = connection.execute(
        select(*_COLUMNS, before.c.op, before.c.payload)
        .select_from(_JOIN.outerjoin(before, and_(
            before.c.mission_code == _V.mission_code, before.c.entity_type == _V.entity_type,
            before.c.entity_id == _V.entity_id, before.c.version == _V.version - 1)))
        .where(entity_heads.c.mission_code == mission,
               entity_heads.c.entity_type == entity_type, _V.op == "delete")
        .order_by(_V.server_seq.desc()))
    return [(_row(r[:9]), json.loads(r[10]) if r[9] not in (None, "delete") else None)
            for r in rows]


def version_of(connection: Connection, mission: str, entity_type: str, entity_id: str,
               version: int) -> VersionRow | None:
    row = connection.execute(select(*_COLUMNS).where(
        _V.mission_code == mission, _V.entity_type == entity_type, _V.entity_id == entity_id,
        _V.version == clamp_integer(version))).first()
    return _row(row) if row else None


def devices_after(connection: Connection, mission: str, entity_type: str, entity_id: str,
                  version: int) -> list[str]:
    """The devices of the versions after ``version`` (oldest first)."""
    return [r[0] for r in connection.execute(select(_V.device_id).where(
        _V.mission_code == mission, _V.entity_type == entity_type, _V.entity_id == entity_id,
        _V.version > clamp_integer(version)).order_by(_V.version))]


def history(connection: Connection, mission: str, entity_type: str, entity_id: str
            ) -> list[VersionRow]:
    """Every version of one entity, oldest first (the activity page's history)."""
    return [_row(r) for r in connection.execute(select(*_COLUMNS).where(
        _V.mission_code == mission, _V.entity_type == entity_type,
        _V.entity_id == entity_id).order_by(_V.version))]


def set_server_seq(connection: Connection, mission: str, value: int) -> None:
    """The mission's counter after a batch (read with :func:`highest_server_seq` after the
    mission lock was taken, so two batches never hand out the same numbers)."""
    connection.execute(update(missions).where(missions.c.code == mission)
                       .values(server_seq=value))


def highest_server_seq(connection: Connection, mission: str) -> int:
    value = connection.execute(select(missions.c.server_seq).where(
        missions.c.code == mission)).scalar()
    return int(value or 0)


def insert_versions(connection: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(entity_versions.insert(), rows)


def feed_page(connection: Connection, mission: str, cursor: int, limit: int
              ) -> list[VersionRow]:
    """The newest version of each entity whose ``server_seq`` is above ``cursor``, in
    ``server_seq`` order, at most ``limit`` of them (the caller asks one more to learn
    whether more wait)."""
    rows = connection.execute(
        select(*_COLUMNS).select_from(_JOIN)
        .where(entity_heads.c.mission_code == mission,
               entity_heads.c.server_seq > clamp_integer(cursor))
        .order_by(entity_heads.c.server_seq).limit(limit))
    return [_row(r) for r in rows]


# --- conflicts ------------------------------------------------------------------------

@dataclass(frozen=True)
class ConflictRow:
    id: str
    entity_type: str
    entity_id: str
    kind: str
    values: list[dict[str, Any]]
    deleted_by_device_id: str
    opened_version: int
    opened_seq: int
    opened_at: str
    status: str
    resolved_at: str | None
    resolved_by_device_id: str
    resolved_seq: int | None


_C = conflicts.c
_CONFLICT_COLUMNS = (_C.id, _C.entity_type, _C.entity_id, _C.kind, _C.field_values,
                     _C.deleted_by_device_id, _C.opened_version, _C.opened_seq, _C.opened_at,
                     _C.status, _C.resolved_at, _C.resolved_by_device_id, _C.resolved_seq)


def _conflict(row: Sequence[Any]) -> ConflictRow:
    return ConflictRow(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5],
                       int(row[6]), int(row[7]), row[8], row[9], row[10], row[11],
                       None if row[12] is None else int(row[12]))


def insert_conflicts(connection: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        insert_ignore(connection, conflicts, rows)


def open_conflict(connection: Connection, mission: str, conflict_id: str
                  ) -> ConflictRow | None:
    """The mission's conflict with this id if it is still open (another mission's is
    never found)."""
    row = connection.execute(select(*_CONFLICT_COLUMNS).where(
        _C.mission_code == mission, _C.id == conflict_id, _C.status == "open")).first()
    return _conflict(row) if row else None


def resolve(connection: Connection, mission: str, conflict_id: str, device_id: str,
            now: str, server_seq: int) -> None:
    connection.execute(update(conflicts).where(
        _C.mission_code == mission, _C.id == conflict_id, _C.status == "open").values(
        status="resolved", resolved_at=now, resolved_by_device_id=device_id,
        resolved_seq=server_seq))


def conflicts_for_feed(connection: Connection, mission: str,
                       entities: Sequence[tuple[str, str]], cursor: int
                       ) -> dict[tuple[str, str], list[ConflictRow]]:
    """The open conflicts of these entities and those resolved after ``cursor``."""
    wanted = set(entities)
    if not wanted:
        return {}
    rows = connection.execute(select(*_CONFLICT_COLUMNS).where(
        _C.mission_code == mission,
        _C.entity_id.in_(sorted({e[1] for e in wanted})),
        or_(_C.status == "open", _C.resolved_seq > clamp_integer(cursor)))
        .order_by(_C.opened_seq))
    found: dict[tuple[str, str], list[ConflictRow]] = {}
    for row in rows:
        conflict = _conflict(row)
        key = (conflict.entity_type, conflict.entity_id)
        if key in wanted:
            found.setdefault(key, []).append(conflict)
    return found


def conflicts_of(connection: Connection, mission: str, entity_type: str, entity_id: str
                 ) -> list[ConflictRow]:
    """Every conflict of one entity, newest first (the activity page)."""
    return [_conflict(r) for r in connection.execute(select(*_CONFLICT_COLUMNS).where(
        _C.mission_code == mission, _C.entity_type == entity_type,
        _C.entity_id == entity_id).order_by(_C.opened_seq.desc()))]
