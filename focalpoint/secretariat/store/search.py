"""Searching the activities the missions sent: full text plus filters, one page at a time.

Full text uses the engine's own index (see revision 0003): every word typed must match, as
a prefix, in the title, description, partners, locations or outcome, whatever its case and
accents — the desktop's rule, so a Secretariat officer finds what the focal point finds.
The only engine-specific pieces are the two match clauses below; filters, counting,
ordering and paging are Core.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, TextClause, and_, func, select, text

from focalpoint.secretariat.store.search_text import words
from focalpoint.secretariat.store.sql import binary
from focalpoint.secretariat.store.tables import activities, activity_tasks

MAX_PAGE_SIZE = 500


@dataclass(frozen=True)
class ActivityFilters:
    """Narrow a search; empty fields do not filter. ``task`` is a full code (``III.10.2``),
    ``section``/``chapter`` a prefix of one (``III.10``, ``IV``)."""

    task: str = ""
    section: str = ""
    chapter: str = ""
    status: str = ""
    activity_type: str = ""
    form: str = ""
    year: int | None = None


@dataclass(frozen=True)
class FoundActivity:
    mission_code: str
    activity: dict[str, Any]


@dataclass(frozen=True)
class ActivityPage:
    items: list[FoundActivity]
    total: int
    page: int
    page_size: int
    pages: int = field(default=0)


def _match(connection: Connection, typed: str) -> TextClause | None:
    found = words(typed)
    if not found:
        return None
    if connection.dialect.name == "postgresql":
        query = " & ".join(f"{word}:*" for word in found)  # \\w+ words: no tsquery syntax
        return text("activities.search_vector @@ "
                    "to_tsquery('simple', focalpoint_unaccent(:fts_query))"
                    ).bindparams(fts_query=query)
    query = " ".join(f'"{word}"*' for word in found)
    return text("activities.rowid IN (SELECT rowid FROM activities_fts "
                "WHERE activities_fts MATCH :fts_query)").bindparams(fts_query=query)


def _task_clause(filters: ActivityFilters) -> ColumnElement[bool] | None:
    tasks = select(activity_tasks.c.activity_id).where(
        activity_tasks.c.mission_code == activities.c.mission_code,
        activity_tasks.c.activity_id == activities.c.id)
    if filters.task:
        return tasks.where(activity_tasks.c.task_code == filters.task).exists()
    prefix = filters.section or filters.chapter
    if prefix:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return tasks.where(activity_tasks.c.task_code.like(f"{escaped}.%", escape="\\")
                           ).exists()
    return None


def search_activities(connection: Connection, mission: str | None, typed: str = "",
                      filters: ActivityFilters | None = None, page: int = 1,
                      page_size: int = 50) -> ActivityPage:
    """One page (1-based) of the activities of ``mission`` (None: every mission) that
    match ``typed`` and ``filters``, newest start date first, undated last."""
    filters = filters or ActivityFilters()
    page = max(1, page)
    page_size = min(max(1, page_size), MAX_PAGE_SIZE)
    clauses: list[ColumnElement[bool] | TextClause] = []
    if mission is not None:
        clauses.append(activities.c.mission_code == mission.upper())
    for clause in (_match(connection, typed), _task_clause(filters)):
        if clause is not None:
            clauses.append(clause)
    if filters.status:
        clauses.append(activities.c.status == filters.status)
    if filters.activity_type:
        clauses.append(activities.c.activity_type == filters.activity_type)
    if filters.form:
        clauses.append(activities.c.forms.contains(json.dumps(filters.form), autoescape=True))
    if filters.year is not None:
        clauses.append(and_(activities.c.start_date >= f"{filters.year:04d}-01-01",
                            activities.c.start_date <= f"{filters.year:04d}-12-31"))
    where = and_(*clauses) if clauses else None
    counted = select(func.count()).select_from(activities)
    total = int(connection.execute(counted.where(where) if where is not None else counted
                                   ).scalar_one())
    listed = (select(activities.c.mission_code, activities.c.data)
              .order_by(activities.c.start_date.is_(None),
                        binary(connection, activities.c.start_date).desc(),
                        binary(connection, activities.c.mission_code),
                        binary(connection, activities.c.id))
              .limit(page_size).offset((page - 1) * page_size))
    if where is not None:
        listed = listed.where(where)
    items = [FoundActivity(row[0], json.loads(row[1])) for row in connection.execute(listed)]
    return ActivityPage(items, total, page, page_size, max(1, math.ceil(total / page_size)))
