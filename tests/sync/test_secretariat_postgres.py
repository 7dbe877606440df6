"""The service on PostgreSQL with several worker processes: the guarantees under load and
crashes, the command line's database options, and copying a SQLite store across.

The service runs as ``focalpoint-secretariat serve --workers 2`` in a real process (uvicorn's
supervisor with two worker processes), the password only in ``PGPASSWORD``.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from postgres_server import PostgresServer
from sqlalchemy import URL, create_engine, event, text
from sync_helpers import query, wait_for

from focalpoint.demo import demo_document
from focalpoint.secretariat.cli import main
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store.copy import copy_store
from focalpoint.secretariat.store.engine import DATABASE_URL_ENV, without_password
from focalpoint.storage import Store

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def no_password(url: URL) -> str:
    return without_password(url).render_as_string()


@dataclass
class Workers:
    process: subprocess.Popen[bytes]
    url: str
    store: ServiceStore
    log: Path

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        pids = [int(p) for p in children.read_text().split()]
        return [pid for pid in pids
                if b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes()]


def _up(workers: Workers) -> bool:
    assert workers.process.poll() is None, workers.log.read_text(errors="replace")
    try:
        return requests.get(workers.url + "/api/v1/health", timeout=5).ok
    except requests.RequestException:  # refused, or not yet accepted by a new worker
        return False


@pytest.fixture(scope="module")
def workers(postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Workers]:
    url = postgres_server.create_database("focalpoint_workers")
    store = ServiceStore.open_url(url)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = tmp_path_factory.mktemp("workers") / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != DATABASE_URL_ENV}
    env.update(PYTHONPATH=str(ROOT), PGPASSWORD=postgres_server.password)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "focalpoint.secretariat.cli", "serve", "--workers", "2",
             "--database-url", no_password(url), "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env=env)
    running = Workers(process, f"http://127.0.0.1:{port}", store, log)
    try:
        wait_for(lambda: _up(running), timeout=60, what="the worker processes")
        wait_for(lambda: len(running.worker_pids()) == 2, timeout=60, what="two workers")
        yield running
    finally:
        process.terminate()
        process.wait(timeout=30)
        store.close()
    assert postgres_server.password not in log.read_text(errors="replace")


def change(seq: int, activity: dict[str, Any]) -> dict[str, Any]:
    return {"seq": seq, "change_id": str(uuid.uuid4()), "entity_type": "activity",
            "entity_id": activity["id"], "op": "upsert", "payload": activity,
            "catalogue_version": "2006.1", "created_at": "2026-01-01T00:00:00+00:00"}


def new_activity(title: str) -> dict[str, Any]:
    return dict(demo_document()["activities"][2], id=str(uuid.uuid4()), title=title)


def body(mission: str, changes: list[dict[str, Any]], batch_id: str | None = None,
         device: str = "00000000-0000-4000-8000-000000000001") -> bytes:
    return gzip.compress(json.dumps({
        "protocol_version": 1, "batch_id": batch_id or str(uuid.uuid4()),
        "mission_code": mission, "device_id": device, "changes": changes}).encode())


def post(url: str, token: str, data: bytes, timeout: float = 60) -> requests.Response:
    return requests.post(f"{url}/api/v1/batches", data=data, timeout=timeout, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json",
        "Content-Encoding": "gzip"})


def at_once(count: int, action: Callable[[int], Any]) -> list[Any]:
    """Run ``action(i)`` in ``count`` threads released together; results in order."""
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = action(index)
        except BaseException as error:  # reported by the caller
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return results


def test_twenty_missions_post_at_once(workers: Workers) -> None:
    codes = [f"M{i:02d}" for i in range(20)]
    tokens = {code: workers.store.add_mission(code, code).token for code in codes}

    def send(index: int) -> list[int]:
        code = codes[index]
        statuses = []
        for round_ in range(3):
            changes = [change(round_ * 10 + i + 1, new_activity(f"{code} {round_} {i}"))
                       for i in range(10)]
            statuses.append(post(workers.url, tokens[code], body(code, changes)).status_code)
        return statuses

    results = at_once(20, send)
    assert results == [[200, 200, 200]] * 20
    counts = dict(query(workers.store, "SELECT mission_code, count(*) FROM activities "
                                       "WHERE mission_code LIKE 'M%' GROUP BY mission_code"))
    assert counts == {code: 30 for code in codes}
    assert query(workers.store, "SELECT count(*) FROM batches WHERE mission_code LIKE 'M%'"
                 )[0][0] == 60


def test_the_same_batch_from_ten_connections_is_applied_once(workers: Workers) -> None:
    token = workers.store.add_mission("SAME", "Same").token
    changes = [change(i + 1, new_activity(f"same {i}")) for i in range(30)]
    data = body("SAME", changes)
    responses = at_once(10, lambda _i: post(workers.url, token, data))
    assert [r.status_code for r in responses] == [200] * 10
    acks = {json.dumps(r.json(), sort_keys=True) for r in responses}
    assert len(acks) == 1  # every post got the one acknowledgement
    assert query(workers.store, "SELECT count(*) FROM batches WHERE mission_code = 'SAME'"
                 ) == [(1,)]
    assert query(workers.store, "SELECT count(*), count(DISTINCT change_id) FROM "
                                "received_changes WHERE mission_code = 'SAME'") == [(30, 30)]
    assert query(workers.store, "SELECT count(*) FROM activities WHERE mission_code = 'SAME'"
                 ) == [(30,)]


def test_a_worker_killed_mid_batch_leaves_nothing_half_applied(
        workers: Workers, postgres_server: PostgresServer) -> None:
    token = workers.store.add_mission("KILL", "Kill").token
    held = new_activity("held by the test")
    assert post(workers.url, token, body("KILL", [change(1, held)])).status_code == 200
    fresh = [change(i + 2, new_activity(f"fresh {i}")) for i in range(20)]
    batch = body("KILL", [*fresh, change(30, dict(held, title="edited"))])
    assert workers.store.url is not None
    engine = create_engine(workers.store.url)
    blocker = engine.connect()
    # Statistics views are a snapshot per transaction: watch from autocommit statements.
    watcher = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        # Hold the row the batch's LAST change updates: the worker writes the batch row and
        # the 20 new activities, then waits on this lock — mid-batch, for certain.
        blocker.execute(text("SELECT 1 FROM activities WHERE mission_code = 'KILL' AND id = "
                             ":id FOR UPDATE"), {"id": held["id"]})
        sent: list[Any] = []
        thread = threading.Thread(target=lambda: sent.append(
            _swallow(lambda: post(workers.url, token, batch, timeout=120))))
        thread.start()

        def waiting_backend() -> int | None:
            row = watcher.execute(text(
                "SELECT a.pid FROM pg_stat_activity a WHERE a.application_name = "
                "'focalpoint-secretariat' AND a.wait_event_type = 'Lock' AND EXISTS ("
                "SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                "WHERE l.pid = a.pid AND c.relname = 'batches' "
                "AND l.mode = 'RowExclusiveLock')")).first()
            return int(row[0]) if row else None

        wait_for(lambda: waiting_backend() is not None, timeout=60,
                 what="the worker to block mid-batch")
        backend = waiting_backend()
        for pid in workers.worker_pids():
            os.kill(pid, signal.SIGKILL)
        thread.join(timeout=120)
        assert isinstance(sent[0], Exception), sent  # the client saw the connection die
        blocker.rollback()  # release the row: the orphaned transaction can only roll back

        def gone() -> bool:
            return watcher.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = "
                                        ":pid"), {"pid": backend}).scalar() == 0
        wait_for(gone, timeout=60, what="the killed worker's transaction to end")
    finally:
        watcher.close()
        blocker.close()
        engine.dispose()
    assert query(workers.store, "SELECT count(*) FROM batches WHERE mission_code = 'KILL'"
                 ) == [(1,)]
    assert query(workers.store, "SELECT count(*) FROM activities WHERE mission_code = 'KILL'"
                 ) == [(1,)]
    assert query(workers.store, "SELECT count(*) FROM received_changes "
                                "WHERE mission_code = 'KILL'") == [(1,)]
    # The supervisor starts new workers; the client's retry is applied, once.
    wait_for(lambda: _up(workers) and len(workers.worker_pids()) == 2, timeout=60,
             what="replacement workers")
    assert post(workers.url, token, batch).status_code == 200
    assert post(workers.url, token, batch).status_code == 200
    assert query(workers.store, "SELECT count(*) FROM activities WHERE mission_code = 'KILL'"
                 ) == [(21,)]
    assert query(workers.store, "SELECT data FROM activities WHERE id = :id", id=held["id"]
                 )[0][0].count('"edited"') == 1


def _swallow(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except requests.RequestException as error:
        return error


# --- the command line -------------------------------------------------------------------


def test_a_password_on_the_command_line_is_refused_without_showing_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["missions", "--database-url", "postgresql://sec:S3cretPw@127.0.0.1/fp"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "password" in err and "S3cretPw" not in err and "PGPASSWORD" in err


@pytest.mark.parametrize("url", ["mysql://u@h/db", "postgresql://u@h", "not a url"])
def test_a_bad_database_url_is_a_usage_error(url: str, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["missions", "--database-url", url])
    assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_workers_need_postgresql(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    assert main(["serve", "--db", str(db), "--workers", "3"]) == 2
    err = capsys.readouterr().err
    assert "--workers 3 needs PostgreSQL" in err and "one writer" in err
    assert not db.exists()


def test_every_command_on_postgresql(postgres_server: PostgresServer,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    url = postgres_server.create_database("focalpoint_cli")
    monkeypatch.setenv("PGPASSWORD", postgres_server.password)
    where = ["--database-url", no_password(url)]
    assert main(["add-mission", "OMIK", "Kosovo", *where]) == 0
    assert capsys.readouterr().out.startswith("fp1_")
    assert main(["halt", "OMIK", "Wait", *where]) == 0
    assert main(["missions", *where]) == 0
    out = capsys.readouterr().out
    assert "OMIK" in out and "HALTED: Wait" in out
    assert main(["export", "--mission", "OMIK", "--json", *where]) == 0
    assert json.loads(capsys.readouterr().out)["mission"]["code"] == "OMIK"
    # The same database through the environment variable, password included there.
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv(DATABASE_URL_ENV, url.render_as_string(hide_password=False))
    assert main(["revoke-token", "OMIK"]) == 0
    assert "Revoked 1 token" in capsys.readouterr().out
    # A wrong password: one clear line, exit 2, no traceback, no password.
    monkeypatch.setenv(DATABASE_URL_ENV, url.set(password="wrong-one").render_as_string(
        hide_password=False))
    assert main(["missions"]) == 2
    err = capsys.readouterr().err
    assert "cannot use the database" in err and "wrong-one" not in err
    assert "Traceback" not in err


def test_every_connection_asserts_synchronous_commit(postgres_server: PostgresServer) -> None:
    """Even where the server's default is off, each connection of the store turns it on."""
    url = postgres_server.create_database("focalpoint_durable")
    admin = create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(
            "ALTER DATABASE focalpoint_durable SET synchronous_commit = off")
    admin.dispose()
    probe = create_engine(url)
    with probe.connect() as connection:  # the fault is in place for a plain connection
        assert connection.exec_driver_sql("SHOW synchronous_commit").scalar() == "off"
    probe.dispose()
    store = ServiceStore.open_url(url)
    seen: list[str] = []

    @event.listens_for(store.engine, "checkout")
    def _check(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            seen.append(cursor.fetchone()[0])

    try:
        store.add_mission("DUR", "Durable")
        at_once(4, lambda _i: store.missions())
        store.export_document("DUR")
    finally:
        store.close()
    assert len(seen) >= 6 and set(seen) == {"on"}, seen


# --- copy-to ----------------------------------------------------------------------------


def test_copy_to_moves_everything_and_refuses_a_filled_target(
        postgres_server: PostgresServer, demo_store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from sync_helpers import run_sync, start_service

    sqlite_path = tmp_path / "secretariat.db"
    source = ServiceStore.open(sqlite_path)
    token = source.add_mission("DEMO", "Demo").token
    source.add_feedback("DEMO", "Thank you")
    service = start_service(source)
    try:
        assert run_sync(demo_store, service.url, token, batch_bytes=16 * 1024).ok
    finally:
        service.stop()
    expected = source.export_document("DEMO")
    source.close()

    url = postgres_server.create_database("focalpoint_copy")
    monkeypatch.setenv("PGPASSWORD", postgres_server.password)
    assert main(["copy-to", "--db", str(sqlite_path), "--database-url", no_password(url)]) == 0
    out = capsys.readouterr().out
    assert "activities" in out and "received_changes" in out
    target = ServiceStore.open_url(url)
    try:
        copied = target.export_document("DEMO")
        assert copied["activities"] == expected["activities"]
        assert copied["responses"] == expected["responses"]
        assert target.search_activities("DEMO", "тренинг").total > 0  # the index follows
        assert target.add_feedback("DEMO", "next") == 2  # ids continue after the copied one
        # A token issued at the old store still works at the new one.
        from functools import partial

        from focalpoint.secretariat.auth import authenticate
        from focalpoint.secretariat.store.missions import token_row
        with target.read() as connection:
            assert authenticate(partial(token_row, connection), token) == "DEMO"
        before = query(target, "SELECT count(*) FROM activities")
    finally:
        target.close()
    # Again into the filled database: refused, nothing changed.
    assert main(["copy-to", "--db", str(sqlite_path), "--database-url", no_password(url)]) == 2
    assert "already holds data" in capsys.readouterr().err
    target = ServiceStore.open_url(url)
    try:
        assert query(target, "SELECT count(*) FROM activities") == before
    finally:
        target.close()


def test_copy_to_is_all_or_nothing(postgres_server: PostgresServer, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A count that does not match at the end (injected) leaves the target empty."""
    import focalpoint.secretariat.store.copy as copy_module

    source = ServiceStore.open(tmp_path / "s.db")
    source.add_mission("AAA", "A")
    source.add_feedback("AAA", "hello")
    target = ServiceStore.open_url(postgres_server.create_database("focalpoint_copy_fail"))
    real_count = copy_module._count
    lied: list[str] = []

    def lying_count(connection: Any, table_name: str) -> int:
        found = real_count(connection, table_name)
        if table_name == "feedback" and connection.dialect.name == "postgresql" and found:
            lied.append(table_name)
            return found - 1  # as if a row had been lost on the way
        return found

    monkeypatch.setattr(copy_module, "_count", lying_count)
    try:
        with pytest.raises(Exception, match="feedback: 1 rows in the source but 0"):
            copy_store(source, target)
        assert lied == ["feedback"]  # the fault fired
        assert query(target, "SELECT count(*) FROM missions") == [(0,)]
        assert query(target, "SELECT count(*) FROM feedback") == [(0,)]
        assert query(target, "SELECT count(*) FROM catalogue_versions") == [(1,)]
    finally:
        source.close()
        target.close()
