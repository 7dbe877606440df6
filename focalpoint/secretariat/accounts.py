"""Staff accounts and sessions: the rules (hashing, throttling, expiry, audit), no HTTP.

Passwords are stored only as argon2id hashes (argon2-cffi). A session is a random value in
the browser's cookie and its SHA-256 in ``staff_sessions``: every worker process sees the
same sessions, and revoking one is one UPDATE. Failed logins are counted per account and per
address over a window; past the limit the login answers "too many attempts" until the
oldest failure leaves the window, whatever the password. Every login, failure, throttle and
account change writes its audit row in the same transaction as the change.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from focalpoint.secretariat.store import ServiceStore, audit
from focalpoint.secretariat.store import staff as q
from focalpoint.secretariat.store.staff import SessionRow, StaffRow

log = logging.getLogger(__name__)

ROLES = ("admin", "analyst")
MIN_PASSWORD_LENGTH = 10
_EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,189}\.[^@\s.]{1,63}$")


class AccountError(ValueError):
    """Bad input for an account command or a page; the message says what is wrong."""


class LoginThrottled(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed logins; try again in {retry_after // 60 + 1} minutes")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Actor:
    """Who does something, and from where: what every audit row records."""

    staff_id: int | None
    email: str
    name: str
    role: str
    address: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @classmethod
    def system(cls, what: str = "command line") -> Actor:
        return cls(None, what, what, "admin", "local")

    @classmethod
    def of(cls, staff: StaffRow, address: str) -> Actor:
        return cls(staff.id, staff.email, staff.name, staff.role, address)


@dataclass(frozen=True)
class SessionPolicy:
    idle: timedelta = timedelta(minutes=30)
    absolute: timedelta = timedelta(hours=12)
    max_failures: int = 5
    failure_window: timedelta = timedelta(minutes=15)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Session:
    """A live session: the cookie value only exists in the browser and at login."""

    actor: Actor
    csrf_token: str
    id_hash: str

    def csrf_ok(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf_token, token or "")


def _hash_session(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL_RE.match(email):
        raise AccountError(f"{email!r} is not an e-mail address")
    return email


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > 1024:
        raise AccountError("the password is longer than 1024 characters")
    return password


class StaffAccounts:
    """Accounts, logins and sessions over the service database."""

    def __init__(self, store: ServiceStore, policy: SessionPolicy | None = None,
                 hasher: PasswordHasher | None = None) -> None:
        self.store = store
        self.policy = policy or SessionPolicy()
        self.hasher = hasher or PasswordHasher()
        self._dummy_hash = self.hasher.hash(secrets.token_hex(16))

    # --- administration ----------------------------------------------------------------

    def add_staff(self, email: str, name: str, role: str, password: str, actor: Actor) -> int:
        email = normalise_email(email)
        name = " ".join(name.split())
        if not name or len(name) > 200:
            raise AccountError("the name must have 1 to 200 characters")
        if role not in ROLES:
            raise AccountError(f"the role must be one of {', '.join(ROLES)} (got {role!r})")
        password_hash = self.hasher.hash(check_password(password))
        now = self.policy.now()
        with self.store.write() as conn:
            if q.staff_by_email(conn, email):
                raise AccountError(f"there is already an account for {email}")
            staff_id = q.insert_staff(conn, email, name, role, password_hash, now)
            self._audit(conn, actor, "staff added", email, f"{name}, role {role}")
        return staff_id

    def staff(self) -> list[StaffRow]:
        with self.store.read() as conn:
            return q.all_staff(conn)

    def set_active(self, email: str, active: bool, actor: Actor) -> None:
        email = email.strip().lower()
        now = self.policy.now()
        with self.store.write() as conn:
            account = self._require(conn, email)
            if not active and account.is_admin and account.active \
                    and q.count_active_admins(conn) <= 1:
                raise AccountError(f"{email} is the last active admin; add another admin first")
            q.update_staff(conn, account.id, active=active)
            if not active:
                q.revoke_sessions_of(conn, account.id, now)
            self._audit(conn, actor, "staff enabled" if active else "staff disabled", email)

    def reset_password(self, email: str, password: str, actor: Actor) -> None:
        email = email.strip().lower()
        password_hash = self.hasher.hash(check_password(password))
        now = self.policy.now()
        with self.store.write() as conn:
            account = self._require(conn, email)
            q.update_staff(conn, account.id, password_hash=password_hash,
                           password_changed_at=now)
            q.revoke_sessions_of(conn, account.id, now)
            q.forget_failures(conn, email)
            self._audit(conn, actor, "password reset", email)

    @staticmethod
    def _require(conn: sa.Connection, email: str) -> StaffRow:
        account = q.staff_by_email(conn, email)
        if account is None:
            raise AccountError(f"there is no staff account {email}")
        return account

    # --- login and sessions ------------------------------------------------------------

    def login(self, email: str, password: str, address: str) -> tuple[str, Session] | None:
        """A new session (cookie value, session) or None for a wrong e-mail or password.

        Raises :class:`LoginThrottled` past the failure limit, before looking at the
        password, so a guesser learns nothing more.
        """
        email = email.strip().lower()[:254]
        address = address[:100]
        now = self.policy.now()
        since = (self.policy.clock() - self.policy.failure_window).astimezone(UTC).isoformat(
            timespec="seconds")
        with self.store.write() as conn:
            throttled = self._throttled(conn, email, address, since)
        if throttled:
            raise LoginThrottled(throttled)
        with self.store.write() as conn:
            account = q.staff_by_email(conn, email)
            if not self._verify(account, password) or account is None or not account.active:
                q.record_failure(conn, email, address, now)
                self._audit(conn, Actor(None, email, "", "", address), "login failed", email,
                            "disabled account" if account and not account.active else "")
                log.info("failed login for %s from %s", email, address)
                return None
            if self.hasher.check_needs_rehash(account.password_hash):
                q.update_staff(conn, account.id, password_hash=self.hasher.hash(password))
            cookie = secrets.token_urlsafe(32)
            csrf = secrets.token_urlsafe(32)
            q.insert_session(conn, _hash_session(cookie), account.id, csrf, now, address)
            actor = Actor.of(account, address)
            self._audit(conn, actor, "login", email)
        return cookie, Session(actor, csrf, _hash_session(cookie))

    def _throttled(self, conn: sa.Connection, email: str, address: str, since: str) -> int:
        """Seconds until a login may be tried again (0: now); a refusal is audited."""
        for by in ({"email": email}, {"address": address}):
            count, oldest = q.failures_since(conn, since, **by)
            if count >= self.policy.max_failures and oldest:
                retry = datetime.fromisoformat(oldest) + self.policy.failure_window
                seconds = max(1, int((retry - self.policy.clock()).total_seconds()))
                self._audit(conn, Actor(None, email, "", "", address), "login throttled",
                            email, f"{count} failures by {next(iter(by))}")
                log.warning("login throttled for %s from %s", email, address)
                return seconds
        return 0

    def _verify(self, account: StaffRow | None, password: str) -> bool:
        try:
            return self.hasher.verify(account.password_hash if account else self._dummy_hash,
                                      password) and account is not None
        except (VerificationError, InvalidHashError):
            return False

    def session(self, cookie: str | None, address: str) -> Session | None:
        """The live session of this cookie, or None (unknown, revoked, idle or too old)."""
        if not cookie or len(cookie) > 100:
            return None
        id_hash = _hash_session(cookie)
        clock = self.policy.clock()
        with self.store.read() as conn:
            row = q.live_session(conn, id_hash)
        if row is None or self._expired(row, clock):
            return None
        if clock - datetime.fromisoformat(row.last_seen_at) > timedelta(minutes=1):
            with self.store.write() as conn:
                q.touch_session(conn, id_hash, self.policy.now())
        return Session(Actor.of(row.staff, address), row.csrf_token, id_hash)

    def _expired(self, row: SessionRow, clock: datetime) -> bool:
        return (clock - datetime.fromisoformat(row.last_seen_at) > self.policy.idle
                or clock - datetime.fromisoformat(row.created_at) > self.policy.absolute)

    def logout(self, session: Session) -> None:
        with self.store.write() as conn:
            q.revoke_session(conn, session.id_hash, self.policy.now())
            self._audit(conn, session.actor, "logout", session.actor.email)

    def audit(self, *, limit: int = 100, offset: int = 0) -> tuple[list[audit.AuditRow], int]:
        """A page of the audit log, newest first, and how many entries it has in all."""
        with self.store.read() as conn:
            return audit.entries(conn, limit=limit, offset=offset)

    def _audit(self, conn: sa.Connection, actor: Actor, action: str, target: str = "",
               detail: str = "") -> None:
        record_audit(conn, actor, action, target, detail, now=self.policy.now())


def record_audit(conn: sa.Connection, actor: Actor, action: str, target: str = "",
                 detail: str = "", *, now: str) -> None:
    """The one way a service writes its audit row, on the connection of its change."""
    audit.append(conn, at=now, actor=actor.email, address=actor.address, action=action,
                 target=target, detail=detail, staff_id=actor.staff_id)
