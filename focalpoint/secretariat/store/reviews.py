"""Review decisions on submitted questionnaire responses, with comments per task."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa

from focalpoint.secretariat.store.sql import clamp_integer
from focalpoint.secretariat.store.staff_tables import review_task_comments, reviews


@dataclass(frozen=True)
class ReviewRow:
    id: int
    mission_code: str
    response_id: str
    decision: str
    comment: str
    author: str
    created_at: str
    task_comments: dict[str, str] = field(default_factory=dict)


def insert_review(conn: sa.Connection, *, mission_code: str, response_id: str, decision: str,
                  comment: str, staff_id: int, author: str, now: str,
                  task_comments: dict[str, str]) -> int:
    result = conn.execute(reviews.insert().values(
        mission_code=mission_code, response_id=response_id, decision=decision,
        comment=comment, staff_id=staff_id, author=author, created_at=now))
    review_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    if task_comments:
        conn.execute(review_task_comments.insert(), [
            {"review_id": review_id, "task_code": code, "comment": text}
            for code, text in task_comments.items()])
    return review_id


def _with_comments(conn: sa.Connection, rows: list[sa.Row]) -> list[ReviewRow]:
    ids = [r.id for r in rows]
    comments: dict[int, dict[str, str]] = {}
    if ids:
        for c in conn.execute(sa.select(review_task_comments)
                              .where(review_task_comments.c.review_id.in_(ids))
                              .order_by(review_task_comments.c.task_code)):
            comments.setdefault(c.review_id, {})[c.task_code] = c.comment
    return [ReviewRow(r.id, r.mission_code, r.response_id, r.decision, r.comment, r.author,
                      r.created_at, comments.get(r.id, {})) for r in rows]


def reviews_of(conn: sa.Connection, mission_code: str,
               response_ids: Iterable[str]) -> list[ReviewRow]:
    """Every decision on these responses, oldest first."""
    rows = list(conn.execute(sa.select(reviews).where(
        reviews.c.mission_code == mission_code, reviews.c.response_id.in_(list(response_ids)))
        .order_by(reviews.c.id)))
    return _with_comments(conn, rows)


def reviews_since(conn: sa.Connection, mission_code: str, since_id: int,
                  limit: int = 200) -> list[ReviewRow]:
    """What a mission has not pulled yet (ids above its cursor), oldest first."""
    since_id = clamp_integer(since_id)  # reviews.id is a 32-bit INTEGER on PostgreSQL
    rows = list(conn.execute(sa.select(reviews).where(
        reviews.c.mission_code == mission_code, reviews.c.id > since_id)
        .order_by(reviews.c.id).limit(limit)))
    return _with_comments(conn, rows)


def latest_decisions(conn: sa.Connection) -> dict[tuple[str, str], str]:
    """(mission, response id) -> the newest decision on it."""
    newest = sa.select(sa.func.max(reviews.c.id)).group_by(
        reviews.c.mission_code, reviews.c.response_id)
    return {(r.mission_code, r.response_id): r.decision for r in conn.execute(
        sa.select(reviews.c.mission_code, reviews.c.response_id, reviews.c.decision)
        .where(reviews.c.id.in_(newest)))}
