"""Reviewing questionnaire responses: versions of one response, and decisions on them.

A response that the Secretariat returns for revision comes back from the mission as a new
response whose ``revises`` names the one returned; the chain of them is "the response" as
staff see it, version 1, 2, ... with each version's decisions. A submitted version never
changes (on either side); a decision is added beside it, never written into it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from focalpoint.secretariat.accounts import Actor, record_audit
from focalpoint.secretariat.store import ServiceStore, browse, utc_now
from focalpoint.secretariat.store import reviews as q
from focalpoint.secretariat.store.browse import ResponseRow
from focalpoint.secretariat.store.reviews import ReviewRow
from focalpoint.sync.protocol import ReviewItem, ReviewTaskComment

DECISIONS = {"accepted": "Accepted", "returned": "Returned for revision"}
MAX_COMMENT = 10_000


class ReviewError(ValueError):
    """A decision that cannot be recorded; the message names the problem."""


@dataclass(frozen=True)
class Version:
    number: int
    response: ResponseRow
    decisions: list[ReviewRow]

    @property
    def state(self) -> str:
        """What staff see: draft, submitted (awaiting review), accepted or returned."""
        if self.decisions:
            return self.decisions[-1].decision
        return "submitted" if self.response.status == "submitted" else "draft"


@dataclass(frozen=True)
class History:
    mission_code: str
    versions: list[Version]

    def version_of(self, response_id: str) -> Version:
        return next(v for v in self.versions if v.response.id == response_id)

    @property
    def latest(self) -> Version:
        return self.versions[-1]


def chains(rows: list[ResponseRow]) -> list[list[ResponseRow]]:
    """The mission's responses grouped into version chains (oldest version first)."""
    by_id = {r.id: r for r in rows}
    children: dict[str, list[ResponseRow]] = {}
    roots = []
    for row in rows:
        parent = row.revises
        if parent and parent in by_id and parent != row.id:
            children.setdefault(parent, []).append(row)
        else:
            roots.append(row)
    result = []
    for root in roots:
        chain, seen, current = [root], {root.id}, root
        while children.get(current.id):
            current = sorted(children[current.id], key=lambda r: r.updated_at)[-1]
            if current.id in seen:
                break
            seen.add(current.id)
            chain.append(current)
        result.append(chain)
    return result


def pulled_reviews(conn: Connection, mission_code: str, since_id: int) -> list[ReviewItem]:
    """The decisions a mission's client has not pulled yet, on the wire."""
    rows = q.reviews_since(conn, mission_code, since_id)
    return [ReviewItem(id=r.id, response_id=r.response_id,
                       decision=r.decision,  # type: ignore[arg-type]
                       created_at=datetime.fromisoformat(r.created_at), author=r.author,
                       comment=r.comment,
                       task_comments=[ReviewTaskComment(task_code=c, comment=t)
                                      for c, t in r.task_comments.items()])
            for r in rows]


def review_state(version_state: str) -> str:
    return {"accepted": "accepted", "returned": "returned for revision",
            "submitted": "awaiting review", "draft": "draft"}[version_state]


class ReviewService:
    def __init__(self, store: ServiceStore) -> None:
        self.store = store

    def histories(self, mission_code: str) -> list[History]:
        """Every response of the mission as version chains, newest period first."""
        with self.store.read() as conn:
            rows = browse.responses(conn, mission_code)
            decisions = q.reviews_of(conn, mission_code, [r.id for r in rows])
        by_response: dict[str, list[ReviewRow]] = {}
        for decision in decisions:
            by_response.setdefault(decision.response_id, []).append(decision)
        return [History(mission_code, [Version(n, r, by_response.get(r.id, []))
                                       for n, r in enumerate(chain, start=1)])
                for chain in chains(rows)]

    def history(self, mission_code: str, response_id: str) -> History | None:
        for history in self.histories(mission_code):
            if any(v.response.id == response_id for v in history.versions):
                return history
        return None

    def decide(self, actor: Actor, mission_code: str, response_id: str, decision: str,
               comment: str, task_comments: dict[str, str], known_tasks: set[str]) -> int:
        """Record a decision on a submitted version; its audit row commits with it."""
        if decision not in DECISIONS:
            raise ReviewError("choose a decision: accepted or returned for revision")
        comment = comment.strip()
        cleaned = {code: text.strip() for code, text in task_comments.items() if text.strip()}
        unknown = sorted(set(cleaned) - known_tasks)
        if unknown:
            raise ReviewError(f"task {unknown[0]} is not a task of this questionnaire")
        for where, text in (("the overall comment", comment), *cleaned.items()):
            if len(text) > MAX_COMMENT:
                raise ReviewError(f"{where}: longer than {MAX_COMMENT} characters")
        if decision == "returned" and not comment and not cleaned:
            raise ReviewError("say what to revise: an overall comment or a comment on a task")
        history = self.history(mission_code, response_id)
        if history is None:
            raise ReviewError(f"mission {mission_code} has no questionnaire response "
                              f"{response_id}")
        version = history.version_of(response_id)
        if version.response.status != "submitted":
            raise ReviewError("only a submitted response can be reviewed; this one is a draft")
        if version is not history.latest:
            raise ReviewError(f"version {version.number} has been superseded by version "
                              f"{history.latest.number}; review the newest version")
        now = utc_now()
        with self.store.write() as conn:
            review_id = q.insert_review(
                conn, mission_code=mission_code, response_id=response_id, decision=decision,
                comment=comment, staff_id=actor.staff_id or 0, author=actor.name, now=now,
                task_comments=cleaned)
            record_audit(conn, actor, f"review {decision}", f"{mission_code} {response_id}",
                         f"version {version.number}; {len(cleaned)} task comment(s)", now=now)
        return review_id
