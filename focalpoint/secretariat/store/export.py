"""A mission's data as received, read back in the client's ``focalpoint export`` format."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from focalpoint.secretariat.store.sql import binary
from focalpoint.secretariat.store.tables import activities, responses


def activity_documents(connection: Connection, mission: str) -> list[dict[str, Any]]:
    """In the client's export order: start date, then id; undated last."""
    rows = connection.execute(
        select(activities.c.data).where(activities.c.mission_code == mission)
        .order_by(activities.c.start_date.is_(None), binary(connection, activities.c.start_date),
                  binary(connection, activities.c.id)))
    return [json.loads(row[0]) for row in rows]


def response_documents(connection: Connection, mission: str) -> list[dict[str, Any]]:
    rows = connection.execute(
        select(responses.c.data).where(responses.c.mission_code == mission)
        .order_by(binary(connection, responses.c.period_start).desc(),
                  binary(connection, responses.c.id)))
    return [json.loads(row[0]) for row in rows]
