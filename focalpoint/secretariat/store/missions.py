"""Missions and their access tokens (hashes only), halts, and what a handshake reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, update

from focalpoint.secretariat.store.clock import utc_now
from focalpoint.secretariat.store.errors import ServiceStoreError
from focalpoint.secretariat.store.tables import (
    activities,
    activity_tasks,
    devices,
    missions,
    responses,
    tokens,
)

if TYPE_CHECKING:  # auth needs this module for its look-up; no import cycle at run time
    from focalpoint.secretariat.auth import IssuedToken


@dataclass(frozen=True)
class MissionRow:
    code: str
    name: str
    halt_message: str
    last_sync_at: str | None
    pending_count: int | None
    activities: int
    active_tokens: int


def exists(connection: Connection, code: str) -> bool:
    return connection.execute(select(missions.c.code).where(missions.c.code == code)
                              ).first() is not None


def require(connection: Connection, code: str) -> None:
    if not exists(connection, code):
        raise ServiceStoreError(f"there is no mission {code} on this service")


def insert(connection: Connection, code: str, name: str) -> None:
    connection.execute(missions.insert().values(code=code, name=name, created_at=utc_now()))


def insert_token(connection: Connection, code: str, issued: IssuedToken) -> None:
    connection.execute(tokens.insert().values(token_id=issued.token_id, mission_code=code,
                                              token_hash=issued.token_hash,
                                              created_at=utc_now()))


def token_row(connection: Connection, token_id: str) -> tuple[str, str, str | None] | None:
    """(mission_code, token_hash, revoked_at) of a token id, or None."""
    row = connection.execute(select(tokens.c.mission_code, tokens.c.token_hash,
                                    tokens.c.revoked_at).where(tokens.c.token_id == token_id)
                             ).first()
    return (row[0], row[1], row[2]) if row else None


def revoke_tokens(connection: Connection, code: str) -> int:
    result = connection.execute(update(tokens).where(tokens.c.mission_code == code,
                                                     tokens.c.revoked_at.is_(None))
                                .values(revoked_at=utc_now()).returning(tokens.c.token_id))
    return len(result.all())


def revoke_token(connection: Connection, code: str, token_id: str) -> int:
    """Revoke one active token of the mission (0: no such active token)."""
    result = connection.execute(update(tokens).where(tokens.c.mission_code == code,
                                                     tokens.c.token_id == token_id,
                                                     tokens.c.revoked_at.is_(None))
                                .values(revoked_at=utc_now()))
    return result.rowcount


def set_halt(connection: Connection, code: str, message: str) -> None:
    connection.execute(update(missions).where(missions.c.code == code)
                       .values(halt_message=message))


def halt_message(connection: Connection, code: str) -> str:
    """The mission's halt message ('' when it may sync)."""
    return connection.execute(select(missions.c.halt_message)
                              .where(missions.c.code == code)).scalar() or ""


def record_handshake(connection: Connection, code: str, values: dict[str, Any]) -> None:
    connection.execute(update(missions).where(missions.c.code == code)
                       .values(last_handshake_at=utc_now(), **values))


def device_highest_seq(connection: Connection, code: str, device_id: str) -> int | None:
    value = connection.execute(select(devices.c.highest_seq).where(
        devices.c.mission_code == code, devices.c.device_id == device_id)).scalar()
    return int(value) if value is not None else None


def profile_row(connection: Connection, code: str) -> tuple[str, str, str | None]:
    row = connection.execute(select(missions.c.code, missions.c.name, missions.c.profile)
                             .where(missions.c.code == code)).one()
    return row[0], row[1], row[2]


def listing(connection: Connection) -> list[MissionRow]:
    activity_count = (select(func.count()).select_from(activities)
                      .where(activities.c.mission_code == missions.c.code).scalar_subquery())
    token_count = (select(func.count()).select_from(tokens)
                   .where(tokens.c.mission_code == missions.c.code,
                          tokens.c.revoked_at.is_(None)).scalar_subquery())
    rows = connection.execute(select(missions.c.code, missions.c.name, missions.c.halt_message,
                                     missions.c.last_sync_at, missions.c.pending_count,
                                     activity_count, token_count).order_by(missions.c.code))
    return [MissionRow(*row) for row in rows]


def overview_rows(connection: Connection) -> list[tuple[Any, ...]]:
    """(code, name, last_sync_at, pending_count, halt_message, activities, latest response
    JSON or None) per mission, for the staff overview."""
    activity_count = (select(func.count()).select_from(activities)
                      .where(activities.c.mission_code == missions.c.code).scalar_subquery())
    latest = (select(responses.c.data).where(responses.c.mission_code == missions.c.code)
              .order_by(responses.c.period_end.desc(), responses.c.updated_at.desc())
              .limit(1).scalar_subquery())
    rows = connection.execute(select(missions.c.code, missions.c.name, missions.c.last_sync_at,
                                     missions.c.pending_count, missions.c.halt_message,
                                     activity_count, latest).order_by(missions.c.code))
    return [tuple(row) for row in rows]


def count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(missions)).scalar_one())


def task_coverage(connection: Connection) -> dict[str, int]:
    """How many missions report at least one activity under each task code."""
    rows = connection.execute(
        select(activity_tasks.c.task_code, func.count(activity_tasks.c.mission_code.distinct()))
        .group_by(activity_tasks.c.task_code))
    return {row[0]: int(row[1]) for row in rows}
