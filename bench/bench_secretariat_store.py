"""Ingestion throughput of the Secretariat's store on SQLite and PostgreSQL, side by side.

Prints figures, not verdicts; every ratio is against SQLite measured in the same run on the
same machine. Three measurements per engine:

1. the store alone: ``ingest()`` of batches of one mission, one after the other;
2. the service over HTTP (``focalpoint-secretariat serve`` as a separate process on
   127.0.0.1): 8 missions posting gzip batches at once — SQLite with its one worker,
   PostgreSQL with 1 and with 2 workers (``--workers``);
3. for SQLite, the cost of ``synchronous=FULL`` (what the service runs with, so an
   acknowledged batch survives a power cut) against ``NORMAL``.

PostgreSQL is a throw-away server started here (``tests/postgres_server.py``, fsync ON as
in production) unless ``$FOCALPOINT_SECRETARIAT_DATABASE_URL`` names an empty database.

    .venv/bin/python bench/bench_secretariat_store.py [--batches 20] [--changes 200]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import URL, event, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from postgres_server import PostgresServer  # noqa: E402

from focalpoint.demo import demo_document  # noqa: E402
from focalpoint.secretariat.ingest import ingest  # noqa: E402
from focalpoint.secretariat.store import ServiceStore  # noqa: E402
from focalpoint.secretariat.store.engine import (  # noqa: E402
    DATABASE_URL_ENV,
    parse_database_url,
    without_password,
)
from focalpoint.secretariat.store.tables import metadata  # noqa: E402
from focalpoint.sync.protocol import Batch  # noqa: E402

MISSIONS = 8
TEMPLATE = demo_document()["activities"]


def batch_dict(mission: str, start: int, count: int, device: str) -> dict[str, Any]:
    changes = []
    for i in range(count):
        activity = dict(TEMPLATE[(start + i) % len(TEMPLATE)], id=str(uuid.uuid4()),
                        title=f"{mission} activity {start + i}")
        changes.append({"seq": start + i, "change_id": str(uuid.uuid4()),
                        "entity_type": "activity", "entity_id": activity["id"],
                        "op": "upsert", "payload": activity, "catalogue_version": "2006.1",
                        "created_at": "2026-01-01T00:00:00+00:00"})
    return {"protocol_version": 1, "batch_id": str(uuid.uuid4()), "mission_code": mission,
            "device_id": device, "changes": changes}


def empty(store: ServiceStore) -> None:
    names = ", ".join(f'"{t.name}"' for t in reversed(metadata.sorted_tables)
                      if t.name != "catalogue_versions")
    with store.write() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(metadata.sorted_tables):
                if table.name != "catalogue_versions":
                    connection.execute(table.delete())


def store_alone(open_store: Callable[[], ServiceStore], batches: int, changes: int) -> float:
    store = open_store()
    try:
        empty(store)
        store.add_mission("SOLO", "Solo")
        device = str(uuid.uuid4())
        prepared = [Batch.model_validate(batch_dict("SOLO", 1 + b * changes, changes, device))
                    for b in range(batches)]
        start = time.perf_counter()
        for batch in prepared:
            assert ingest(store, "SOLO", batch).status_code == 200
        return batches * changes / (time.perf_counter() - start)
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(where: list[str], env: dict[str, str], workers: int) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "focalpoint.secretariat.cli", "serve", *where,
         "--workers", str(workers), "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(url + "/api/v1/health", timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit("the Secretariat service did not start")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def over_http(store: ServiceStore, where: list[str], env: dict[str, str], workers: int,
              batches: int, changes: int) -> float:
    empty(store)
    tokens = {f"M{i}": store.add_mission(f"M{i}", f"Mission {i}").token
              for i in range(MISSIONS)}
    bodies = {code: [gzip.compress(json.dumps(batch_dict(code, 1 + b * changes, changes,
                                                         str(uuid.uuid4()))).encode())
                     for b in range(batches)] for code in tokens}
    with serving(where, env, workers) as url:
        barrier = threading.Barrier(MISSIONS + 1)
        failures: list[str] = []

        def send(code: str) -> None:
            session = requests.Session()
            barrier.wait()
            for data in bodies[code]:
                answer = session.post(f"{url}/api/v1/batches", data=data, timeout=300,
                                      headers={"Authorization": f"Bearer {tokens[code]}",
                                               "Content-Type": "application/json",
                                               "Content-Encoding": "gzip"})
                if answer.status_code != 200:
                    failures.append(f"{code}: {answer.status_code} {answer.text[:200]}")

        threads = [threading.Thread(target=send, args=(code,)) for code in tokens]
        for thread in threads:
            thread.start()
        barrier.wait()
        start = time.perf_counter()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
    if failures:
        raise SystemExit(f"posting failed: {failures[0]}")
    return MISSIONS * batches * changes / elapsed


def sqlite_normal(path: Path) -> Callable[[], ServiceStore]:
    """The SQLite store with synchronous=NORMAL (the setting before #13), for comparison."""
    def open_store() -> ServiceStore:
        store = ServiceStore.open(path)

        @event.listens_for(store.engine, "connect")
        def _normal(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA synchronous = NORMAL")

        store.engine.dispose()  # new connections get the listener
        return store
    return open_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=20, help="batches per mission")
    parser.add_argument("--changes", type=int, default=200, help="changes per batch")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FOCALPOINT_DATA_DIR"] = str(Path(tmp) / "data")
        given = os.environ.get(DATABASE_URL_ENV)
        server = None if given else PostgresServer.start(fsync=True)
        try:
            if server is not None:
                url: URL = server.create_database("focalpoint_bench")
            else:
                url = parse_database_url(given or "")
            sqlite_path = Path(tmp) / "secretariat.db"
            print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; "
                  f"PostgreSQL at {without_password(url).render_as_string()}"
                  f"{' (fsync on, started here)' if server else ''}")
            print(f"{args.batches} batches x {args.changes} changes per mission\n")

            print("1. the store alone, one mission, batches one after the other (changes/s)")
            sqlite_full = store_alone(lambda: ServiceStore.open(sqlite_path), args.batches,
                                      args.changes)
            sqlite_norm = store_alone(sqlite_normal(sqlite_path), args.batches, args.changes)
            pg_alone = store_alone(lambda: ServiceStore.open_url(url), args.batches,
                                   args.changes)
            print(f"   SQLite synchronous=FULL   {sqlite_full:9.0f}")
            print(f"   SQLite synchronous=NORMAL {sqlite_norm:9.0f}   "
                  f"FULL costs {100 * (1 - sqlite_full / sqlite_norm):4.1f} %")
            print(f"   PostgreSQL                {pg_alone:9.0f}   "
                  f"x{pg_alone / sqlite_full:4.2f} of SQLite")

            print(f"\n2. the service over HTTP, {MISSIONS} missions posting at once (changes/s)")
            env = {k: v for k, v in os.environ.items() if k != DATABASE_URL_ENV}
            env["PYTHONPATH"] = str(ROOT)
            sqlite_store = ServiceStore.open(sqlite_path)
            sqlite_http = over_http(sqlite_store, ["--db", str(sqlite_path)], env, 1,
                                    args.batches, args.changes)
            sqlite_store.close()
            print(f"   SQLite, 1 worker          {sqlite_http:9.0f}")
            pg_env = dict(env, **{DATABASE_URL_ENV: url.render_as_string(hide_password=False)})
            pg_store = ServiceStore.open_url(url)
            for workers in (1, 2):
                figure = over_http(pg_store, [], pg_env, workers, args.batches, args.changes)
                print(f"   PostgreSQL, {workers} worker{'s' if workers > 1 else ' '}     "
                      f"{figure:9.0f}   x{figure / sqlite_http:4.2f} of SQLite")
            pg_store.close()
        finally:
            if server is not None:
                server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
