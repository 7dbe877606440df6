"""The start-up integrity check, when it runs after the window is shown: writes wait for it.

Why: the design asks that start-up runs a quick integrity check and that a corrupt file is
never silently overwritten. ``PRAGMA quick_check`` reads and decrypts every page of the
file: 1.6-2.5 s at 50,000 activities, more than half of the start-up, before anything
could be shown. The desktop application therefore opens the store without it (the key is
still checked on the first page, the schema version and the application id still read)
and runs it in a worker right after the window shows (:meth:`Store.check_integrity`).

Until the check has passed, the store is read-only: every connection to it is opened
``PRAGMA query_only`` (SQLite refuses any write, whatever code path it comes from) and
every transaction (``atomic()``, which every save, import and sync goes through) waits
at an :class:`IntegrityGate`. When the check passes the waiting writes go ahead; when it
fails they raise :class:`CorruptStoreError` and nothing is ever written, and the window
hands over to the same store-problem dialog as a failure found before it was shown. A
store that must be written while it is opened (a migration, its journal mode, a new
file) is still checked first, before anything else.
"""

from __future__ import annotations

import threading

from focalpoint.sqlite import WriterDatabase
from focalpoint.storage.errors import CorruptStoreError


class IntegrityGate:
    """Whether the store's start-up integrity check has passed; writes wait here until then.

    Shared by every connection of one open store (:meth:`Store.reopen` hands it on).
    Thread-safe: the check ends in a worker while the GUI thread and others may wait.
    """

    def __init__(self, *, checked: bool = False) -> None:
        self._done = threading.Event()
        self._error: CorruptStoreError | None = None
        if checked:
            self._done.set()

    @property
    def pending(self) -> bool:
        """The check has not ended yet (writes are held)."""
        return not self._done.is_set()

    @property
    def error(self) -> CorruptStoreError | None:
        """Why the check failed (None while it runs and after it passed)."""
        return self._error

    def is_open(self) -> bool:
        return self._done.is_set() and self._error is None

    def wait(self) -> None:
        """Block until the check ends; raise :class:`CorruptStoreError` if it failed."""
        self._done.wait()
        if self._error is not None:
            # A new exception each time: several threads may be told at once.
            raise CorruptStoreError(f"{self._error}; nothing was written to the store")

    def attach(self, db: WriterDatabase) -> None:
        """Make ``db`` read-only until the check has passed (nothing to do after it has)."""
        if self.is_open():
            return
        db.conn.execute("PRAGMA query_only = ON")
        db.write_gate = self

    def passed(self) -> None:
        self._done.set()

    def failed(self, error: CorruptStoreError) -> None:
        self._error = error
        self._done.set()
