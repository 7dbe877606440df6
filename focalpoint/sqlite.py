"""SQLite connections as the mission's store needs them (sqlite-utils).

Plain sqlite-utils plus three decisions: transactions are controlled only by ``atomic()``
(``isolation_level=None``), the outermost ``atomic()`` takes the write lock up front, and
``synchronous`` is ``FULL`` unless a caller asks otherwise. In WAL mode ``NORMAL`` does not
sync the log on each commit, so a power cut can roll back the last transactions that had
already committed — an activity the user saw saved, or the outbox row behind it. ``FULL``
syncs the WAL on every commit (its cost is measured in ``bench/bench_store.py``). The
Secretariat's store has its own SQLAlchemy engine with the same setting.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, Protocol

import sqlite_utils


class WriteGate(Protocol):
    """What holds a connection's writes back until something has been checked (the
    desktop store's start-up integrity check: ``focalpoint.storage.integrity``)."""

    def wait(self) -> None:
        """Block until writes may go ahead; raise if they never may."""

    def is_open(self) -> bool:
        """Whether writes may go ahead now (never blocks)."""


class WriterDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost ``atomic()`` is ``BEGIN IMMEDIATE``.

    With a plain (deferred) ``BEGIN``, a transaction that reads and then writes fails at
    once with "database is locked" if another connection (the sync worker, a second request)
    committed in between: SQLite cannot upgrade a stale read snapshot, and no busy timeout
    helps. Taking the write lock up front makes concurrent writers queue instead. Nested
    blocks are savepoints, as in sqlite-utils.

    ``write_gate``, while set, means the connection was opened ``PRAGMA query_only`` (any
    write fails, nothing reaches the file): the outermost ``atomic()`` waits for the gate,
    and once it is open the connection may write again. :meth:`execute` lifts it without
    waiting as soon as the gate is open, so a write outside ``atomic()`` is refused only
    while the gate is closed.
    """

    write_gate: WriteGate | None = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:  # type: ignore[override]
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        if self.write_gate is not None:
            self.write_gate.wait()
            self._lift_gate()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.rollback()
                raise

    def execute(self, sql: str,
                parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if self.write_gate is not None and self.write_gate.is_open():
            self._lift_gate()
        return super().execute(sql, parameters)

    def _lift_gate(self) -> None:
        self.write_gate = None
        self.conn.execute("PRAGMA query_only = OFF")


Synchronous = Literal["OFF", "NORMAL", "FULL", "EXTRA"]
#: ``PRAGMA synchronous`` reads back as a number.
SYNCHRONOUS_LEVELS: dict[str, int] = {"OFF": 0, "NORMAL": 1, "FULL": 2, "EXTRA": 3}


def connect(
    path: Path | str,
    *,
    busy_seconds: float = 15,
    driver: ModuleType = sqlite3,
    first: Sequence[str] = (),
    synchronous: Synchronous = "FULL",
) -> WriterDatabase:
    """Open ``path`` with foreign keys on, a busy timeout and ``synchronous`` (FULL: every
    commit is on disk before it returns); raises ``driver.DatabaseError`` (closing the
    connection) if the file is not a database.

    ``driver`` is a module with ``sqlite3``'s interface (the desktop store passes
    ``sqlcipher3.dbapi2``); ``first`` are statements run before anything reads the file
    (SQLCipher's key).
    """
    if synchronous not in SYNCHRONOUS_LEVELS:
        raise ValueError(f"synchronous must be one of {', '.join(SYNCHRONOUS_LEVELS)}")
    conn = driver.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=busy_seconds
    )
    try:
        for statement in first:
            conn.execute(statement)
        db = WriterDatabase(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(busy_seconds * 1000)}")
        db.execute(f"PRAGMA synchronous = {synchronous}")
    except driver.DatabaseError:
        conn.close()
        raise
    return db
