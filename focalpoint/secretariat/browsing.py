"""What staff read: missions and their health, activities, responses and their PDF.

Plain Python over the store; the pages and the tests call the same methods.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from focalpoint.catalogue import Catalogue
from focalpoint.domain import Activity, MissionProfile, QuestionnaireResponse
from focalpoint.report.content import ReportContent, build_content
from focalpoint.secretariat.review import ReviewService, review_state
from focalpoint.secretariat.store import ServiceStore, browse, missions
from focalpoint.secretariat.store.browse import (
    ActivityPage,
    ActivityQuery,
    Device,
    MissionDetail,
    MissionSummary,
    ResponseRow,
    Token,
)


class NotFoundError(LookupError):
    """The mission, activity or response does not exist (a 404 page names which)."""


@dataclass(frozen=True)
class MissionHealth:
    summary: MissionSummary
    silent: bool
    review_state: str


@dataclass(frozen=True)
class MissionPage:
    detail: MissionDetail
    devices: list[Device]
    tokens: list[Token]
    activities: ActivityPage


class Browsing:
    def __init__(self, store: ServiceStore, *, silent_days: int = 14) -> None:
        self.store = store
        self.silent_days = silent_days
        self.reviews = ReviewService(store)

    def missions(self, now: datetime | None = None) -> list[MissionHealth]:
        limit = (now or datetime.now(UTC)) - timedelta(days=self.silent_days)
        with self.store.read() as conn:
            rows = browse.missions(conn)
        result = []
        for row in rows:
            last = datetime.fromisoformat(row.last_sync_at) if row.last_sync_at else None
            state = "—"
            if row.latest_response_id:
                history = self.reviews.history(row.code, row.latest_response_id)
                if history is not None:
                    latest = history.latest
                    state = f"version {latest.number}: {review_state(latest.state)}"
            result.append(MissionHealth(row, silent=last is None or last < limit,
                                        review_state=state))
        return result

    def coverage(self) -> list[tuple[str, str, int]]:
        """(task code, text, missions reporting on it) for every task of the catalogue."""
        with self.store.read() as conn:
            counts = missions.task_coverage(conn)
        return [(t.code, t.text, counts.get(t.code, 0)) for t in self.catalogue().tasks()]

    def mission(self, code: str, query: ActivityQuery) -> MissionPage:
        with self.store.read() as conn:
            detail = browse.mission(conn, code)
            if detail is None:
                raise NotFoundError(f"there is no mission {code}")
            return MissionPage(detail, browse.devices(conn, code), browse.tokens(conn, code),
                               browse.search_activities(conn, code, query))

    def mission_detail(self, code: str) -> MissionDetail:
        with self.store.read() as conn:
            detail = browse.mission(conn, code)
        if detail is None:
            raise NotFoundError(f"there is no mission {code}")
        return detail

    def activity(self, code: str, activity_id: str) -> dict[str, Any]:
        with self.store.read() as conn:
            data = browse.activity(conn, code, activity_id)
        if data is None:
            raise NotFoundError(f"mission {code} has no activity {activity_id}")
        return data

    def feedback(self, code: str, activity_id: str = "") -> list[dict[str, Any]]:
        with self.store.read() as conn:
            return browse.feedback_of(conn, code, activity_id)

    def catalogue(self) -> Catalogue:
        with self.store.read() as db:
            return self.store.latest_catalogue(db)

    def content(self, code: str, row: ResponseRow) -> ReportContent:
        """The response as the report lays it out: the snapshot for a submitted one."""
        detail = self.mission_detail(code)
        try:
            mission = MissionProfile.model_validate(detail.profile)
        except ValidationError:
            mission = MissionProfile(code=detail.code, name=detail.name)
        source = row.snapshot if row.snapshot else {"response": row.data, "activities": []}
        response = QuestionnaireResponse.model_validate(source["response"])
        activities = [Activity.model_validate(a) for a in source.get("activities", [])]
        with self.store.read() as db:
            version = str(source.get("catalogue_version") or "")
            catalogue = (self.store.catalogue(db, version) if version else None) \
                or self.store.latest_catalogue(db)
        return build_content(mission, response, activities, catalogue,
                             from_snapshot=row.snapshot is not None,
                             data_catalogue_version=version)

    def pdf(self, code: str, row: ResponseRow) -> bytes:
        """The same PDF the mission exports (blocking: call it in a worker thread)."""
        from focalpoint.report.export import render_pdf

        content = self.content(code, row)
        with tempfile.TemporaryDirectory(prefix="focalpoint-pdf-") as folder:
            path = Path(folder) / "response.pdf"
            render_pdf(content, path)
            return path.read_bytes()
