"""Tables of the staff workspace (revision 0004), on the store's one ``metadata``.

Staff accounts (argon2 hashes only), server-side sessions (the SHA-256 of the cookie only),
failed logins (for throttling), the append-only audit log, and review decisions with their
comments per task. ``feedback.staff_id`` (who wrote a comment) is in :mod:`.tables`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    Table,
    Text,
)

from focalpoint.secretariat.store.tables import metadata

staff = Table(
    "staff", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("password_changed_at", Text, nullable=False),
    CheckConstraint("role IN ('admin', 'analyst')", name="staff_role"),
)

staff_sessions = Table(
    "staff_sessions", metadata,
    Column("id_hash", Text, primary_key=True),
    Column("staff_id", Integer, ForeignKey("staff.id"), nullable=False),
    Column("csrf_token", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("last_seen_at", Text, nullable=False),
    Column("revoked_at", Text),
    Column("address", Text, nullable=False),
    Index("idx_staff_sessions_staff", "staff_id"),
)

login_failures = Table(
    "login_failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("email", Text, nullable=False),
    Column("address", Text, nullable=False),
    Index("idx_login_failures_email", "email", "at"),
    Index("idx_login_failures_address", "address", "at"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("staff_id", Integer),
    Column("actor", Text, nullable=False),
    Column("address", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Index("idx_audit_log_at", "at"),
    sqlite_autoincrement=True,
)

reviews = Table(
    "reviews", metadata,
    # The id is also the missions' pull cursor: a client asks for reviews above its last.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mission_code", Text, ForeignKey("missions.code"), nullable=False),
    Column("response_id", Text, nullable=False),
    Column("decision", Text, nullable=False),
    Column("comment", Text, nullable=False),
    Column("staff_id", Integer, ForeignKey("staff.id"), nullable=False),
    Column("author", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    CheckConstraint("decision IN ('accepted', 'returned')", name="review_decision"),
    Index("idx_reviews_response", "mission_code", "response_id"),
    sqlite_autoincrement=True,
)

review_task_comments = Table(
    "review_task_comments", metadata,
    Column("review_id", Integer, ForeignKey("reviews.id"), nullable=False),
    Column("task_code", Text, nullable=False),
    Column("comment", Text, nullable=False),
    PrimaryKeyConstraint("review_id", "task_code"),
)
