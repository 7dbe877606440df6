"""The append-only audit log (queries only; the triggers refuse UPDATE and DELETE)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from focalpoint.secretariat.store.staff_tables import audit_log


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    actor: str
    address: str
    action: str
    target: str
    detail: str


def append(conn: sa.Connection, *, at: str, actor: str, address: str, action: str,
           target: str = "", detail: str = "", staff_id: int | None = None) -> None:
    conn.execute(audit_log.insert().values(at=at, staff_id=staff_id, actor=actor,
                                           address=address, action=action, target=target,
                                           detail=detail))


def entries(conn: sa.Connection, *, limit: int = 100, offset: int = 0,
            action: str = "") -> tuple[list[AuditRow], int]:
    """Newest first, a page of them, and how many there are in all."""
    where = [audit_log.c.action == action] if action else []
    total = int(conn.execute(sa.select(sa.func.count()).select_from(audit_log)
                             .where(*where)).scalar_one())
    rows = conn.execute(sa.select(audit_log).where(*where).order_by(audit_log.c.id.desc())
                        .limit(limit).offset(offset))
    return [AuditRow(r.id, r.at, r.actor, r.address, r.action, r.target, r.detail)
            for r in rows], total
