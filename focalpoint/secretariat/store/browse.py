"""What the staff pages read: missions, devices, tokens, activities, responses.

Filtering, search and pagination of activities happen in SQL, so a mission with tens of
thousands of activities costs one page of rows per request.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from focalpoint.secretariat.store import search
from focalpoint.secretariat.store import tables as t


@dataclass(frozen=True)
class MissionSummary:
    code: str
    name: str
    halt_message: str
    last_sync_at: str | None
    last_handshake_at: str | None
    pending_count: int | None
    rejected_count: int | None
    activities: int
    latest_response_id: str | None
    latest_response_status: str | None
    latest_period: str | None


def missions(conn: sa.Connection) -> list[MissionSummary]:
    m = t.missions
    activity_count = (sa.select(sa.func.count()).select_from(t.activities)
                      .where(t.activities.c.mission_code == t.missions.c.code).scalar_subquery())
    latest_id = (sa.select(t.responses.c.id).where(t.responses.c.mission_code == t.missions.c.code)
                 .order_by(t.responses.c.period_end.desc(), t.responses.c.updated_at.desc())
                 .limit(1).scalar_subquery())
    r = t.responses.alias("latest")
    rows = conn.execute(
        sa.select(m.c.code, m.c.name, m.c.halt_message, m.c.last_sync_at, m.c.last_handshake_at,
                  m.c.pending_count, m.c.rejected_count, activity_count.label("activities"),
                  r.c.id.label("rid"), r.c.status.label("rstatus"),
                  r.c.period_start.label("ps"), r.c.period_end.label("pe"))
        .select_from(t.missions.outerjoin(r, sa.and_(r.c.mission_code == t.missions.c.code,
                                            r.c.id == latest_id)))
        .order_by(t.missions.c.code))
    return [MissionSummary(row.code, row.name, row.halt_message or "", row.last_sync_at,
                           row.last_handshake_at, row.pending_count, row.rejected_count,
                           int(row.activities), row.rid, row.rstatus,
                           f"{row.ps} – {row.pe}" if row.rid else None) for row in rows]


@dataclass(frozen=True)
class MissionDetail:
    code: str
    name: str
    created_at: str
    halt_message: str
    profile: dict[str, Any]
    last_sync_at: str | None
    last_handshake_at: str | None
    last_device_id: str | None
    pending_count: int | None
    rejected_count: int | None
    client_catalogue_version: str | None
    clock_skew_seconds: float | None


def mission(conn: sa.Connection, code: str) -> MissionDetail | None:
    r = conn.execute(sa.select(t.missions).where(t.missions.c.code == code)).first()
    if r is None:
        return None
    profile = json.loads(r.profile) if r.profile else {"code": r.code, "name": r.name}
    return MissionDetail(r.code, r.name, r.created_at, r.halt_message or "", profile,
                         r.last_sync_at, r.last_handshake_at, r.last_device_id, r.pending_count,
                         r.rejected_count, r.client_catalogue_version, r.clock_skew_seconds)


@dataclass(frozen=True)
class Device:
    device_id: str
    highest_seq: int
    last_batch_at: str


def devices(conn: sa.Connection, code: str) -> list[Device]:
    return [Device(r.device_id, int(r.highest_seq), r.last_batch_at) for r in conn.execute(
        sa.select(t.devices).where(t.devices.c.mission_code == code)
        .order_by(t.devices.c.last_batch_at.desc()))]


@dataclass(frozen=True)
class Token:
    token_id: str
    created_at: str
    revoked_at: str | None


def tokens(conn: sa.Connection, code: str) -> list[Token]:
    return [Token(r.token_id, r.created_at, r.revoked_at) for r in conn.execute(
        sa.select(t.tokens).where(t.tokens.c.mission_code == code)
        .order_by(t.tokens.c.created_at.desc(), t.tokens.c.token_id))]


@dataclass(frozen=True)
class ActivityQuery:
    """Search words (each a prefix, all required) and filters of the activities list."""

    text: str = ""
    task: str = ""
    chapter: str = ""
    status: str = ""
    year: str = ""
    activity_type: str = ""
    form: str = ""
    page: int = 1
    per_page: int = 25


@dataclass(frozen=True)
class ActivityPage:
    rows: list[dict[str, Any]]
    total: int
    page: int
    pages: int
    facets: dict[str, list[str]] = field(default_factory=dict)


def search_activities(conn: sa.Connection, code: str, query: ActivityQuery) -> ActivityPage:
    """One page of the mission's activities matching ``query``: the store's full-text
    search (FTS5 / ``tsvector``) and filters, all in SQL; plus the years to filter by."""
    year = int(query.year) if query.year.isdigit() else None
    found = search.search_activities(
        conn, code, query.text, search.ActivityFilters(
            task=query.task, chapter=query.chapter, status=query.status,
            activity_type=query.activity_type, form=query.form, year=year),
        page=query.page, page_size=query.per_page)
    starts = sa.func.substr(t.activities.c.start_date, 1, 4)
    years = [str(r[0]) for r in conn.execute(
        sa.select(starts).distinct().where(t.activities.c.mission_code == code,
                                           t.activities.c.start_date.is_not(None))
        .order_by(starts.desc()))]
    return ActivityPage([item.activity for item in found.items], found.total, found.page,
                        found.pages, {"years": years})


#: Ids per ``IN (...)`` list: well under every engine's limit of bound parameters.
_IDS_PER_QUERY = 500


def activities_by_id(conn: sa.Connection, code: str, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The mission's activities with these ids (unknown ids are skipped), newest start date
    first and undated last, as the mission page lists them."""
    wanted = sorted(set(ids))
    found: list[dict[str, Any]] = []
    for first in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[first:first + _IDS_PER_QUERY]
        found += [json.loads(row[0]) for row in conn.execute(
            sa.select(t.activities.c.data).where(t.activities.c.mission_code == code,
                                                 t.activities.c.id.in_(chunk)))]
    found.sort(key=lambda a: (a.get("start_date") or "", a.get("title") or ""), reverse=True)
    found.sort(key=lambda a: not a.get("start_date"))  # stable: undated last
    return found


def activity(conn: sa.Connection, code: str, activity_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(t.activities.c.data).where(
        t.activities.c.mission_code == code, t.activities.c.id == activity_id)).first()
    return json.loads(row[0]) if row else None


@dataclass(frozen=True)
class ResponseRow:
    id: str
    status: str
    period_start: str
    period_end: str
    submitted_at: str | None
    updated_at: str
    data: dict[str, Any]
    snapshot: dict[str, Any] | None

    @property
    def revises(self) -> str | None:
        value = self.data.get("revises")
        return str(value) if value else None


def responses(conn: sa.Connection, code: str) -> list[ResponseRow]:
    return [ResponseRow(r.id, r.status, r.period_start, r.period_end, r.submitted_at,
                        r.updated_at, json.loads(r.data),
                        json.loads(r.snapshot) if r.snapshot else None)
            for r in conn.execute(
                sa.select(t.responses).where(t.responses.c.mission_code == code)
                .order_by(t.responses.c.period_end.desc(), t.responses.c.updated_at.desc()))]


def feedback_of(conn: sa.Connection, code: str, entity_id: str = "") -> list[dict[str, Any]]:
    """The comments written for the mission (or one of its entities), newest first."""
    where = [t.feedback.c.mission_code == code]
    if entity_id:
        where.append(t.feedback.c.entity_id == entity_id)
    return [dict(r._mapping) for r in conn.execute(
        sa.select(t.feedback.c.id, t.feedback.c.created_at, t.feedback.c.author,
                  t.feedback.c.entity_type, t.feedback.c.entity_id, t.feedback.c.message)
        .where(*where).order_by(t.feedback.c.id.desc()))]
