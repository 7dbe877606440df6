"""Every connection the desktop store opens commits with ``synchronous = FULL``.

In WAL mode ``NORMAL`` lets a power cut roll back transactions that had committed: an
activity the user saw saved, with its outbox row, would be gone. The test records every
SQLite connection opened while the store is created, written, reopened (the worker
threads' connections), backed up, checked, restored and migrated, and reads
``PRAGMA synchronous`` on each before it closes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from sqlcipher3 import dbapi2 as driver

from focalpoint import sqlite as fp_sqlite
from focalpoint.demo import load_demo
from focalpoint.storage import Store, restore_file
from focalpoint.storage.database import open_database, run_migrations
from focalpoint.storage.store import check_backup

FULL = 2


class _Recorded(driver.Connection):  # type: ignore[misc]
    seen: ClassVar[list[tuple[str, int]]] = []

    def _record(self) -> None:
        try:
            level = int(self.execute("PRAGMA synchronous").fetchone()[0])
        except driver.ProgrammingError:  # already closed
            return
        _Recorded.seen.append((getattr(self, "name", "?"), level))

    def close(self) -> None:
        self._record()
        super().close()


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int]]]:
    real = driver.connect
    opened: list[_Recorded] = []
    _Recorded.seen = []

    def connect(database: Any, *args: Any, **kwargs: Any) -> driver.Connection:
        kwargs["factory"] = _Recorded
        conn = real(database, *args, **kwargs)
        conn.name = str(database)  # type: ignore[attr-defined]
        opened.append(conn)  # type: ignore[arg-type]
        return conn

    # Every store connection goes through SQLCipher's driver (plain files included).
    monkeypatch.setattr(driver, "connect", connect)
    yield _Recorded.seen
    for conn in opened:  # those still open at the end
        conn._record()


def test_every_connection_of_the_desktop_store_is_full(
        tmp_path: Path, recorded: list[tuple[str, int]]) -> None:
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        load_demo(store)
        store.activities.save({"title": "Round table on NRM", "activity_type": "round_table",
                               "task_codes": ["III.10.2"]})
        worker = store.reopen()
        worker.meta.set("sync.last_attempt", "now")
        worker.close()
        store.backup(tmp_path / "copy.db")
    check_backup(tmp_path / "copy.db")
    restore_file(tmp_path / "copy.db", tmp_path / "restored.db")
    db, _key = open_database(tmp_path / "restored.db")
    db.close()
    older = fp_sqlite.connect(tmp_path / "old.db", driver=driver)
    run_migrations(older, tmp_path / "old.db")  # a migration from scratch
    older.close()
    with Store.memory() as memory:
        memory.activities.total()
    with Store.open(tmp_path / "plain.db", encrypt=False) as plain:  # an older plain store
        plain.activities.total()
    names = {Path(name).name for name, _ in recorded}
    assert {"store.db", "copy.db.part", "copy.db", "restored.db", ":memory:",
            "plain.db"} <= names
    assert len(recorded) >= 8
    assert [(n, level) for n, level in recorded if level != FULL] == []


def test_the_helper_takes_the_level_as_a_parameter(tmp_path: Path) -> None:
    for level, number in fp_sqlite.SYNCHRONOUS_LEVELS.items():
        db = fp_sqlite.connect(tmp_path / "x.db", driver=driver,
                               synchronous=level)  # type: ignore[arg-type]
        assert db.execute("PRAGMA synchronous").fetchone()[0] == number
        db.close()
    default = fp_sqlite.connect(tmp_path / "x.db", driver=driver)
    assert default.execute("PRAGMA synchronous").fetchone()[0] == FULL
    default.close()
    with pytest.raises(ValueError, match="synchronous"):
        fp_sqlite.connect(tmp_path / "x.db", synchronous="NORMAL; DROP TABLE x")  # type: ignore[arg-type]
