"""Engines for the two databases the service runs on, with the settings each needs.

SQLite (the default, one file): every connection gets foreign keys on, a busy timeout so
concurrent requests queue, and ``synchronous = FULL``: in WAL mode ``NORMAL`` lets a power
cut roll back the last commits, and the service acknowledges a batch only after its commit,
so a lost commit would break exactly-once delivery. Write transactions start with
``BEGIN IMMEDIATE`` (see :func:`write_options`): a deferred transaction that reads and then
writes fails at once with "database is locked" when another writer committed in between.

PostgreSQL (``postgresql://USER@HOST/DB``, psycopg 3): the same guarantee is
``synchronous_commit`` not being ``off``; every connection checks it and turns it back on
for its own session if the server's default is ``off``. Concurrency comes from the
server's own row locks (see ``ingest_queries.lock_mission``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError

SQLITE_BUSY_SECONDS = 30
DATABASE_URL_ENV = "FOCALPOINT_SECRETARIAT_DATABASE_URL"
_WRITE = "focalpoint_write"


class DatabaseUrlError(ValueError):
    """A database URL that cannot be used; the message never shows a password."""


def parse_database_url(text: str) -> URL:
    """A PostgreSQL URL for psycopg 3 (``postgresql://`` means psycopg here, not psycopg2)."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise DatabaseUrlError("the database URL is not of the form "
                               "postgresql://USER@HOST[:PORT]/DATABASE") from None
    if url.get_backend_name() != "postgresql":
        raise DatabaseUrlError(
            f"the database URL names {url.get_backend_name()!r}; only postgresql:// URLs are "
            "supported (for SQLite use --db PATH)")
    if url.get_driver_name() not in ("psycopg", "postgresql", "psycopg2"):
        raise DatabaseUrlError("use the psycopg 3 driver (postgresql:// or "
                               "postgresql+psycopg://)")
    if not url.database:
        raise DatabaseUrlError("the database URL names no database "
                               "(postgresql://USER@HOST/DATABASE)")
    return url.set(drivername="postgresql+psycopg")


def describe(url: URL) -> str:
    """The URL as it may be shown: never with its password (nor the driver's name)."""
    return without_password(url).render_as_string(hide_password=True)


def without_password(url: URL) -> URL:
    """``url`` with no password and the plain ``postgresql://`` scheme (as libpq reads it;
    ``URL.set(password=None)`` would keep the password)."""
    return URL.create(url.get_backend_name(), username=url.username, host=url.host,
                      port=url.port, database=url.database, query=url.query)


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)),
                           connect_args={"timeout": SQLITE_BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, not by sqlite3
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_SECONDS * 1000}")
            cursor.execute("PRAGMA journal_mode = WAL")  # kept in the file; a no-op after
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def postgresql_engine(url: URL, *, pool_size: int = 5) -> Engine:
    application = {"application_name": "focalpoint-secretariat"}
    engine = create_engine(url, pool_size=pool_size, max_overflow=10, pool_pre_ping=True,
                           connect_args=application)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            if cursor.fetchone()[0] == "off":
                cursor.execute("SET synchronous_commit = on")
        dbapi_connection.commit()

    return engine


def write_options() -> dict[str, Any]:
    """Execution options of a connection that will write (SQLite: ``BEGIN IMMEDIATE``)."""
    return {_WRITE: True}


def database_url_from_env() -> str | None:
    value = os.environ.get(DATABASE_URL_ENV, "").strip()
    return value or None
