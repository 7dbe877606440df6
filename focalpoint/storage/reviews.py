"""The Secretariat's review decisions as the mission received them, read-only here.

A decision is kept beside the submitted response it concerns, never written into it (a
submitted response is immutable). A response returned for revision is reopened by
:meth:`ResponseRepository.reopen` as a new draft that names it in ``revises``; the
comments of the returned version are shown beside the draft's tasks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from focalpoint.storage.database import utc_now


@dataclass(frozen=True)
class StoredReview:
    id: int
    response_id: str
    decision: str
    created_at: str
    author: str
    comment: str
    task_comments: dict[str, str] = field(default_factory=dict)

    @property
    def returned(self) -> bool:
        return self.decision == "returned"


class ReviewRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def last_id(self, server_url: str) -> int:
        row = self.db.execute("SELECT max(id) FROM reviews WHERE server_url = ?",
                              [server_url]).fetchone()
        return int(row[0] or 0)

    def store(self, server_url: str, items: list[dict[str, Any]]) -> list[StoredReview]:
        """Keep the pulled decisions (a known one is ignored); returns the new ones."""
        now = utc_now()
        added = []
        with self.db.atomic():
            for item in items:
                comments = {c["task_code"]: c["comment"] for c in item.get("task_comments", [])}
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO reviews (id, server_url, response_id, decision, "
                    "created_at, author, comment, task_comments, received_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [item["id"], server_url, item["response_id"], item["decision"],
                     item["created_at"], item.get("author", ""), item.get("comment", ""),
                     json.dumps(comments, ensure_ascii=False), now])
                if cursor.rowcount:
                    added.append(StoredReview(item["id"], item["response_id"], item["decision"],
                                              item["created_at"], item.get("author", ""),
                                              item.get("comment", ""), comments))
        return added

    def of(self, response_id: str) -> list[StoredReview]:
        """Decisions on one response, oldest first."""
        return [StoredReview(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]))
                for r in self.db.execute(
                    "SELECT id, response_id, decision, created_at, author, comment, "
                    "task_comments FROM reviews WHERE response_id = ? ORDER BY created_at, id",
                    [response_id])]
