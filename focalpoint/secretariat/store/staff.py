"""Staff accounts, their sessions and the failed logins that throttle them (queries only)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from focalpoint.secretariat.store.staff_tables import login_failures, staff, staff_sessions


@dataclass(frozen=True)
class StaffRow:
    id: int
    email: str
    name: str
    role: str
    active: bool
    created_at: str
    password_hash: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _row(row: sa.Row) -> StaffRow:
    return StaffRow(id=row.id, email=row.email, name=row.name, role=row.role,
                    active=bool(row.active), created_at=row.created_at,
                    password_hash=row.password_hash)


def insert_staff(conn: sa.Connection, email: str, name: str, role: str, password_hash: str,
                 now: str) -> int:
    result = conn.execute(staff.insert().values(
        email=email, name=name, role=role, password_hash=password_hash, active=True,
        created_at=now, password_changed_at=now))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def staff_by_email(conn: sa.Connection, email: str) -> StaffRow | None:
    row = conn.execute(sa.select(staff).where(staff.c.email == email)).first()
    return _row(row) if row else None


def staff_by_id(conn: sa.Connection, staff_id: int) -> StaffRow | None:
    row = conn.execute(sa.select(staff).where(staff.c.id == staff_id)).first()
    return _row(row) if row else None


def all_staff(conn: sa.Connection) -> list[StaffRow]:
    return [_row(r) for r in conn.execute(sa.select(staff).order_by(staff.c.email))]


def count_active_admins(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(staff).where(
        staff.c.role == "admin", staff.c.active.is_(True))).scalar_one())


def update_staff(conn: sa.Connection, staff_id: int, **values: object) -> None:
    conn.execute(staff.update().where(staff.c.id == staff_id).values(**values))


# --- sessions ------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    id_hash: str
    csrf_token: str
    last_seen_at: str
    created_at: str
    staff: StaffRow


def insert_session(conn: sa.Connection, id_hash: str, staff_id: int, csrf_token: str,
                   now: str, address: str) -> None:
    conn.execute(staff_sessions.insert().values(
        id_hash=id_hash, staff_id=staff_id, csrf_token=csrf_token, created_at=now,
        last_seen_at=now, address=address))


def live_session(conn: sa.Connection, id_hash: str) -> SessionRow | None:
    """The session if it is not revoked and its account is active (expiry is the caller's)."""
    row = conn.execute(
        sa.select(staff_sessions.c.id_hash, staff_sessions.c.csrf_token,
                  staff_sessions.c.last_seen_at, staff_sessions.c.created_at.label("s_created"),
                  staff)
        .join(staff, staff.c.id == staff_sessions.c.staff_id)
        .where(staff_sessions.c.id_hash == id_hash, staff_sessions.c.revoked_at.is_(None),
               staff.c.active.is_(True))).first()
    if row is None:
        return None
    return SessionRow(id_hash=row.id_hash, csrf_token=row.csrf_token,
                      last_seen_at=row.last_seen_at, created_at=row.s_created, staff=_row(row))


def touch_session(conn: sa.Connection, id_hash: str, now: str) -> None:
    conn.execute(staff_sessions.update().where(staff_sessions.c.id_hash == id_hash)
                 .values(last_seen_at=now))


def revoke_session(conn: sa.Connection, id_hash: str, now: str) -> int:
    return conn.execute(staff_sessions.update().where(
        staff_sessions.c.id_hash == id_hash, staff_sessions.c.revoked_at.is_(None))
        .values(revoked_at=now)).rowcount


def revoke_sessions_of(conn: sa.Connection, staff_id: int, now: str) -> int:
    return conn.execute(staff_sessions.update().where(
        staff_sessions.c.staff_id == staff_id, staff_sessions.c.revoked_at.is_(None))
        .values(revoked_at=now)).rowcount


# --- failed logins -------------------------------------------------------------------


def record_failure(conn: sa.Connection, email: str, address: str, now: str) -> None:
    conn.execute(login_failures.insert().values(at=now, email=email, address=address))


def failures_since(conn: sa.Connection, since: str, *, email: str = "",
                   address: str = "") -> tuple[int, str | None]:
    """How many failures for the account (or the address) since ``since``, and the oldest."""
    column = login_failures.c.email if email else login_failures.c.address
    row = conn.execute(sa.select(sa.func.count(), sa.func.min(login_failures.c.at)).where(
        column == (email or address), login_failures.c.at > since)).one()
    return int(row[0]), row[1]


def forget_failures(conn: sa.Connection, email: str) -> None:
    conn.execute(login_failures.delete().where(login_failures.c.email == email))
