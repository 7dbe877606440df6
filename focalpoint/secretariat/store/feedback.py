"""Secretariat comments for a mission, pulled by its clients on their next sync."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from focalpoint.secretariat.store.clock import utc_now
from focalpoint.secretariat.store.sql import clamp_integer
from focalpoint.secretariat.store.tables import feedback


def add(connection: Connection, code: str, message: str, author: str, entity_type: str,
        entity_id: str, *, staff_id: int | None = None) -> int:
    result = connection.execute(feedback.insert().values(
        mission_code=code, created_at=utc_now(), author=author, entity_type=entity_type,
        entity_id=entity_id, message=message, staff_id=staff_id).returning(feedback.c.id))
    return int(result.scalar_one())


def since(connection: Connection, code: str, after: int, limit: int = 1000
          ) -> list[tuple[Any, ...]]:
    """(id, created_at, author, entity_type, entity_id, message) with an id above ``after``."""
    after = clamp_integer(after)  # feedback.id is a 32-bit INTEGER on PostgreSQL
    rows = connection.execute(
        select(feedback.c.id, feedback.c.created_at, feedback.c.author, feedback.c.entity_type,
               feedback.c.entity_id, feedback.c.message)
        .where(feedback.c.mission_code == code, feedback.c.id > after)
        .order_by(feedback.c.id).limit(limit))
    return [tuple(row) for row in rows]
