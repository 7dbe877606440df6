"""Sync throughput, compression and coalescing against a real local Secretariat service.

Prints figures, not verdicts: every ratio is against a baseline measured in the same run
on the same machine. The service runs as a separate process (``focalpoint-secretariat
serve``) on 127.0.0.1, as in production; nothing leaves the machine.

    .venv/bin/python bench/bench_sync.py [--activities 5000] [--edits 5]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring
import requests

from focalpoint.demo import demo_document
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.config import SyncConfig, save_sync_config
from focalpoint.sync.credentials import MemoryKeyring
from focalpoint.sync.engine import SyncEngine, SyncResult


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def secretariat(db: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "focalpoint.secretariat.cli", "serve", "--db", str(db),
         "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(url + "/api/v1/health", timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit("the Secretariat service did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def activities(count: int) -> list[dict[str, Any]]:
    base = demo_document()["activities"]
    out = []
    for index in range(count):
        record = dict(base[index % len(base)])
        record["id"] = str(uuid.uuid4())
        record["title"] = f"{record['title']} #{index}"[:300]
        out.append(record)
    return out


def new_store(path: Path, code: str, url: str) -> tuple[Store, SyncConfig]:
    store = Store.open(path)
    store.mission.save({"code": code, "name": f"Benchmark mission {code}"})
    return store, save_sync_config(store, SyncConfig(server_url=url, mission_code=code))


def bytes_of(store: Store) -> tuple[int, int]:
    gz, raw = store.db.execute(
        "SELECT coalesce(sum(length(body)), 0), coalesce(sum(raw_bytes), 0) "
        "FROM sync_batches").fetchone()
    return int(gz), int(raw)


def timed_sync(store: Store, config: SyncConfig, token: str) -> tuple[SyncResult, float]:
    start = time.perf_counter()
    result = SyncEngine(store, config, token).run()
    elapsed = time.perf_counter() - start
    if not result.ok:
        raise SystemExit(f"sync failed: {result}")
    return result, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=5, help="edits per activity (coalescing)")
    parser.add_argument("--edited", type=int, default=500, help="activities edited")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # store keys and tokens: never the real keyring

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["FOCALPOINT_DATA_DIR"] = str(folder / "data")
        service = ServiceStore.open(folder / "secretariat.db")
        tokens = {code: service.add_mission(code, code).token for code in ("BULK", "RAW", "COAL")}
        with secretariat(folder / "secretariat.db") as url:
            print(f"Secretariat service on {url} (separate process), Python "
                  f"{sys.version.split()[0]}")

            # 1. Throughput: N fresh activities in one sync.
            store, config = new_store(folder / "bulk.db", "BULK", url)
            store.activities.save_many(activities(args.activities))
            result, elapsed = timed_sync(store, config, tokens["BULK"])
            gz, raw = bytes_of(store)
            batches = store.db.execute("SELECT count(*) FROM sync_batches").fetchone()[0]
            print(f"\n1. initial sync of {args.activities} activities "
                  f"({result.acknowledged} changes, {batches} batches)")
            print(f"   {elapsed:8.2f} s   {result.acknowledged / elapsed:8.0f} changes/s")
            print(f"   raw JSON {raw / 1e6:7.2f} MB  gzip on the wire {gz / 1e6:7.2f} MB  "
                  f"ratio raw/gzip {raw / gz:4.1f}x")
            _, again = timed_sync(store, config, tokens["BULK"])
            print(f"   a second sync with nothing to send: {again * 1000:.0f} ms")
            store.close()

            # 2. Coalescing: E edits to each of M activities.
            edited = activities(args.edited)
            figures = {}
            for code, sync_every_round in (("RAW", True), ("COAL", False)):
                store, config = new_store(folder / f"{code}.db", code, url)
                store.activities.save_many(edited)
                timed_sync(store, config, tokens[code])
                before = bytes_of(store)
                total = 0.0
                sent = 0
                for round_ in range(args.edits):
                    store.activities.save_many(
                        [dict(a, outcome=f"revision {round_}") for a in edited])
                    if sync_every_round:
                        result, elapsed = timed_sync(store, config, tokens[code])
                        total += elapsed
                        sent += result.acknowledged
                if not sync_every_round:
                    result, total = timed_sync(store, config, tokens[code])
                    sent = result.acknowledged
                after = bytes_of(store)
                figures[code] = (total, sent, after[0] - before[0])
                store.close()
            raw_t, raw_n, raw_b = figures["RAW"]
            coal_t, coal_n, coal_b = figures["COAL"]
            print(f"\n2. {args.edits} edits to each of {args.edited} activities")
            print(f"   baseline, sync after every round: {raw_n:6} changes  {raw_b / 1e6:6.2f} MB"
                  f"  {raw_t:6.2f} s")
            print(f"   coalesced, one sync at the end:   {coal_n:6} changes  {coal_b / 1e6:6.2f} MB"
                  f"  {coal_t:6.2f} s")
            print(f"   coalescing sends {raw_n / max(coal_n, 1):.1f}x fewer changes, "
                  f"{raw_b / max(coal_b, 1):.1f}x fewer bytes, in {coal_t / raw_t:.2f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
