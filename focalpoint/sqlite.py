"""SQLite connections as both stores (the mission's and the Secretariat's) need them.

Plain sqlite-utils plus two decisions: transactions are controlled only by ``atomic()``
(``isolation_level=None``), and the outermost ``atomic()`` takes the write lock up front.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import sqlite_utils


class WriterDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost ``atomic()`` is ``BEGIN IMMEDIATE``.

    With a plain (deferred) ``BEGIN``, a transaction that reads and then writes fails at
    once with "database is locked" if another connection (the sync worker, a second request)
    committed in between: SQLite cannot upgrade a stale read snapshot, and no busy timeout
    helps. Taking the write lock up front makes concurrent writers queue instead. Nested
    blocks are savepoints, as in sqlite-utils.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:  # type: ignore[override]
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
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


def connect(
    path: Path | str,
    *,
    busy_seconds: float = 15,
    driver: ModuleType = sqlite3,
    first: Sequence[str] = (),
) -> WriterDatabase:
    """Open ``path`` with foreign keys on and a busy timeout; raises ``driver.DatabaseError``
    (closing the connection) if the file is not a database.

    ``driver`` is a module with ``sqlite3``'s interface (the desktop store passes
    ``sqlcipher3.dbapi2``); ``first`` are statements run before anything reads the file
    (SQLCipher's key).
    """
    conn = driver.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=busy_seconds
    )
    try:
        for statement in first:
            conn.execute(statement)
        db = WriterDatabase(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(busy_seconds * 1000)}")
        db.execute("PRAGMA synchronous = NORMAL")
    except driver.DatabaseError:
        conn.close()
        raise
    return db
