"""Every figure of issue #12 that the current protocol allows, in one table (``bench/run``).

Each figure has its baseline measured in the same run on the same machine. Sync figures go
through :class:`shaping_proxy.ShapingProxy` in front of a real Secretariat service (a
separate process on 127.0.0.1); link times (9.6 kbit/s, 32 KB/s) are computed from the
bytes and round trips the proxy counted, not waited for. GUI figures run offscreen in a
child process each (one QApplication per process; start-up is timed from the spawn).

    bench/run [--smoke] [--size 50000] [--first 500] [--pdf 2000] [--missions 50]
              [--only sync,missions,store,pdf]
"""

# ruff: noqa: E402  (the bench modules are imported from this folder, put on sys.path)
from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_pdf
import bench_store
import bench_sync
import keyring
import requests
from gui_parts import SECRETS_ENV
from shaping_proxy import ShapingProxy
from table import Row, format_table

from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import ActivityFilter, Store
from focalpoint.storage.encryption import KEYRING_SERVICE
from focalpoint.sync import engine as sync_engine
from focalpoint.sync import exchange_pass
from focalpoint.sync.config import SyncConfig
from focalpoint.sync.credentials import MemoryKeyring
from focalpoint.sync.engine import SyncEngine, SyncResult
from focalpoint.sync.exchange_pass import ExchangePass
from focalpoint.sync.http import SyncHttp, make_session
from focalpoint.sync.protocol import PROTOCOL_VERSION
from focalpoint.sync.stop import LegacyService

GSM_BPS, GSM_RTT = 9600.0, 0.6      # the slow link: 9.6 kbit/s, 600 ms round trips
CUT_BPS, CUT_RTT = 32_000 * 8, 0.3  # the cut link: 32 KB/s, 300 ms


def sizes(smoke: bool, args: argparse.Namespace) -> dict[str, int]:
    if smoke:
        return {"first": 20, "edits": 3, "cut_activities": 40, "cut_every": 6_000,
                "batch_bytes": 4096,
                "size": 200, "pdf": 20, "missions": 3, "mission_batches": 1,
                "mission_changes": 3}
    return {"first": args.first, "edits": 20, "cut_activities": 1500, "cut_every": 200_000,
            "batch_bytes": sync_engine.TARGET_BATCH_BYTES,
            "size": args.size, "pdf": args.pdf, "missions": args.missions,
            "mission_batches": 2, "mission_changes": 50}


# --- sync --------------------------------------------------------------------------------

class OpenRosaStyle(SyncEngine):
    """The baseline: one HTTP request per record, HEAD then a POST of the whole record.

    It is the engine's protocol 2 path (``POST /batches``) with one change per batch and
    a HEAD before each POST; the protocol 3 exchange is refused to it as by an older
    service, and it fetches no catalogue or feedback (form tools only post).
    """

    def _send(self, http: SyncHttp, batch: Any, counts: dict[str, int]) -> bool:
        http.session.head(http.base + "/batches", auth=http.auth, timeout=30)
        return super()._send(http, batch, counts)

    def _pull(self, http: SyncHttp) -> None:
        """Form tools only post; the baseline pays no catalogue or feedback fetch."""

    def run(self, *args: Any, **kwargs: Any) -> SyncResult:
        def legacy(_pass: ExchangePass) -> None:
            raise LegacyService()

        with mock.patch.object(sync_engine, "MAX_CHANGES_PER_BATCH", 1), \
                mock.patch.object(ExchangePass, "run", legacy):
            return super().run(*args, **kwargs)


def sync(store: Store, config: SyncConfig, token: str,
         engine: type[SyncEngine] = SyncEngine, attempts: int = 1,
         batch_bytes: int = sync_engine.TARGET_BATCH_BYTES) -> SyncResult:
    """Sync until done (a cut link needs several passes); raise if it never succeeds.

    The engine as users run it: protocol 3, one ``POST /sync`` exchange per batch.
    """
    result = None
    for _ in range(attempts):
        runner = engine(store, config, token, batch_bytes=batch_bytes)
        result = runner.run()
        if result.ok:
            if engine is SyncEngine and runner.protocol != PROTOCOL_VERSION:
                raise SystemExit(f"the bench spoke protocol {runner.protocol}, not "
                                 f"{PROTOCOL_VERSION}")
            return result
    raise SystemExit(f"sync failed: {result}")


def edit(store: Store, count: int, stamp: str) -> None:
    ids = store.activities.ids()[:count]
    store.activities.save_many(
        [dict(store.activities.get(i).model_dump(mode="json"), outcome=stamp) for i in ids])


def measured(proxy: ShapingProxy, action: Callable[[], object]) -> tuple[int, int, int]:
    """(bytes up, bytes down, round trips) of ``action`` through ``proxy``."""
    proxy.reset()
    action()
    return proxy.bytes_up, proxy.bytes_down, proxy.round_trips


def sync_rows(folder: Path, n: dict[str, int]) -> list[Row]:
    """The client as users run it (protocol 3) through the byte-counting proxy.

    Bytes are what crosses the TCP connection both ways, HTTP headers included; round
    trips count the turns from request to answer after the connection is made.
    """
    service = ServiceStore.open(folder / "secretariat.db")
    codes = ("FIRST", "ROSA", "CLEAN", "CUT")
    tokens = {code: service.add_mission(code, code).token for code in codes}
    service.close()
    rows: list[Row] = []
    with bench_sync.secretariat(folder / "secretariat.db") as url:
        port = int(url.rsplit(":", 1)[1])
        with ShapingProxy(port) as proxy:
            stores = {}
            for code in ("FIRST", "ROSA"):
                store, config = bench_sync.new_store(folder / f"{code}.db", code, proxy.url)
                records = bench_sync.activities(n["first"])
                store.activities.save_many(records)
                stores[code] = (store, config)
            store, config = stores["FIRST"]
            up, down, trips = measured(proxy, lambda: sync(store, config, tokens["FIRST"]))
            first_s = proxy.link_seconds(GSM_BPS, GSM_RTT)
            raw = json.dumps(records, ensure_ascii=False).encode()  # ROSA's records, same shape
            gz_raw = len(gzip.compress(raw))
            rows.append(Row(f"first sync of {n['first']} activities, 9.6 kbit/s 600 ms link "
                            f"(computed from {up:,} B up + {down:,} B down, {trips} round "
                            "trips)", first_s, "s", gz_raw * 8 / GSM_BPS + GSM_RTT,
                            "gzip of the raw JSON, 1 round trip", "< 60 s",
                            lambda v, r: v < 60))

            up, down, trips = measured(proxy, lambda: sync(store, config, tokens["FIRST"]))
            empty_up, empty_down = up, down
            rows.append(Row("empty sync: round trips", trips, "", target="1",
                            met=lambda v, r: v <= 1))
            rows.append(Row(f"empty sync: bytes both directions ({up} up, {down} down)",
                            up + down, "B", target="< 1 KB", met=lambda v, r: v < 1024))

            # 20 edits: FocalPoint against one HEAD + POST per record (OpenRosa-style).
            rosa, rosa_config = stores["ROSA"]
            sync(rosa, rosa_config, tokens["ROSA"], OpenRosaStyle)
            edit(store, n["edits"], "edited once")
            edit(rosa, n["edits"], "edited once")
            up, down, ours_rt = measured(proxy, lambda: sync(store, config, tokens["FIRST"]))
            ours_bytes = up + down
            _, _, rosa_rt = measured(
                proxy, lambda: sync(rosa, rosa_config, tokens["ROSA"], OpenRosaStyle))
            rosa_bytes = proxy.total
            rows.append(Row(f"incremental sync, {n['edits']} edits: round trips", ours_rt, "",
                            rosa_rt, "HEAD + POST per record", "1", lambda v, r: v <= 1))
            rows.append(Row(f"incremental sync, {n['edits']} edits: bytes both directions "
                            f"({up:,} up, {down:,} down)", ours_bytes, "B", rosa_bytes,
                            "HEAD + POST per record", "< 4 KB", lambda v, r: v < 4096))
            per_edit = (up - empty_up + down - empty_down) / n["edits"]

            # One field of one activity: what the exchange carrying it adds to an empty one.
            edit(store, 1, "a one-field edit")
            up, down, _ = measured(proxy, lambda: sync(store, config, tokens["FIRST"]))
            one = store.activities.get(store.activities.ids()[0]).model_dump(mode="json")
            whole = len(gzip.compress(json.dumps(one, ensure_ascii=False).encode()))
            rows.append(Row("an edit of one field: bytes it adds to the request (exchange "
                            "carrying it − empty exchange; its acknowledgement adds "
                            f"{down - empty_down} B to the answer)", up - empty_up, "B",
                            whole, "gzip of the whole record's JSON", "<= 80 B",
                            lambda v, r: v <= 80))
            rows.append(Row(f"an edit of one field among {n['edits']}: bytes per edit, both "
                            f"directions ({n['edits']}-edit exchange − empty one, ÷ "
                            f"{n['edits']})", per_edit, "B", whole,
                            "gzip of the whole record's JSON"))
            for s, _ in stores.values():
                s.close()

        # Cuts every ~200 KB against a clean run of the same records.
        records = bench_sync.activities(n["cut_activities"])
        totals = {}
        for code, cut_every in (("CLEAN", None), ("CUT", n["cut_every"])):
            with ShapingProxy(port, cut_every=cut_every) as proxy:
                store, config = bench_sync.new_store(folder / f"{code}.db", code, proxy.url)
                store.activities.save_many([dict(r, id=str(uuid.uuid4())) for r in records])
                sync(store, config, tokens[code], attempts=30, batch_bytes=n["batch_bytes"])
                totals[code] = (proxy.total, proxy.round_trips, proxy.cuts)
                store.close()
        cut_bytes, cut_rt, cuts = totals["CUT"]
        clean_bytes, clean_rt, _ = totals["CLEAN"]
        rows.append(Row(f"bytes with a cut every {n['cut_every'] // 1000} KB ({cuts} cuts, "
                        f"{n['cut_activities']} activities; 32 KB/s 300 ms link: "
                        f"{cut_bytes / 32_000 + cut_rt * CUT_RTT:.0f} s vs "
                        f"{clean_bytes / 32_000 + clean_rt * CUT_RTT:.0f} s computed)",
                        cut_bytes, "B", clean_bytes, "clean run", "<= 1.3x",
                        lambda v, r: r is not None and r <= 1.3))
    return rows


def mission_rows(folder: Path, n: dict[str, int]) -> list[Row]:
    """Several missions syncing at once, each with the engine as users run it (protocol 3:
    one exchange per batch); the latency of each exchange that carries a batch."""
    service = ServiceStore.open(folder / "many.db")
    tokens = {f"M{i}": service.add_mission(f"M{i}", f"Mission {i}").token
              for i in range(n["missions"])}
    service.close()
    per, batches = n["mission_changes"], n["mission_batches"]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def timed_session() -> requests.Session:
        session = make_session()

        def note(response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
            with lock:  # request sent → answer's headers in (requests' own clock)
                latencies.append(response.elapsed.total_seconds())

        session.hooks["response"].append(note)
        return session

    with bench_sync.secretariat(folder / "many.db") as url:
        stores = {}
        for code in tokens:
            store, config = bench_sync.new_store(folder / f"{code}.db", code, url)
            sync(store, config, tokens[code])  # the first contact (the probe), not timed
            store.activities.save_many(bench_sync.activities(per * batches))
            stores[code] = (store, config)
        latencies.clear()
        barrier = threading.Barrier(len(tokens) + 1)
        acknowledged: list[int] = []

        def run(code: str) -> None:
            store, config = stores[code]
            own = store.reopen()  # a connection of this thread, as the GUI's worker has
            barrier.wait()
            try:
                result = SyncEngine(own, config, tokens[code],
                                    session_factory=timed_session).run()
                failure = "" if result.ok else f"{code}: {result.kind}: {result.message}"
            except Exception as error:  # counted; the other missions go on
                failure = f"{code}: {type(error).__name__}: {error}"
            finally:
                own.close()
            with lock:
                if failure:
                    errors.append(failure)
                else:
                    acknowledged.append(result.acknowledged)

        threads = [threading.Thread(target=run, args=(code,)) for code in tokens]
        with mock.patch.object(exchange_pass, "MAX_CHANGES_PER_BATCH", per):
            for thread in threads:
                thread.start()
            barrier.wait()
            start = time.perf_counter()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - start
        for store, _ in stores.values():
            store.close()
    total = sum(acknowledged)
    if not latencies:
        raise SystemExit(f"no mission synced: {errors}")
    for failure in errors[:5]:
        print(f"mission sync failed: {failure}", file=sys.stderr)
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else latencies[0]
    label = (f"{n['missions']} missions at once ({batches} exchanges x {per} changes each, "
             "protocol 3)")
    return [Row(f"{label}: p95 exchange latency", 1000 * p95, "ms"),
            Row(f"{label}: throughput", total / elapsed, "changes/s"),
            Row(f"{label}: errors ({total:,} of {len(tokens) * per * batches:,} changes "
                "acknowledged)", len(errors), "", target="0", met=lambda v, r: v == 0)]


# --- store -------------------------------------------------------------------------------

def table_counts(store: Store) -> dict[str, int]:
    """Rows per ordinary table (FTS tables and their shadow tables are the triggers' job)."""
    names = [name for (name,) in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {name: store.db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}


def raw_copy_seconds(source: Store, target: Store, before: dict[str, int]) -> float:
    """The baseline: plain ``executemany`` of exactly the rows the import wrote.

    ``before`` is :func:`table_counts` of ``source`` just before the import. The rows the
    import added (activities, their task links, outbox rows, versions) are the rows of
    the tables whose count grew that ``target`` does not hold already. They go with a
    plain ``INSERT`` naming the columns, in one transaction, into ``target``: a fresh
    store of the same schema (same indexes, same FTS triggers, same encryption) holding
    what ``source`` held before the import (its mission and catalogue rows; compared
    outside the clock). The earlier copy ran in ``with conn:``, which on the store's
    autocommit connection (``isolation_level=None``) begins no transaction: every row was
    its own commit, each synced to disk, so that "baseline" came out 9x slower than the
    import itself.
    """
    after = table_counts(source)
    data: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    for name, count in after.items():
        if count == before.get(name, 0):
            continue
        cursor = source.db.execute(f'SELECT * FROM "{name}"')
        columns = [column[0] for column in cursor.description]
        rows = [tuple(row) for row in cursor]
        if before.get(name, 0):  # a table that had rows: keep those the import added
            old = {tuple(row) for row in target.db.execute(
                f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{name}"')}
            rows = [row for row in rows if row not in old]
        data[name] = (columns, rows)
    if table_counts(target) != before:
        raise SystemExit("the baseline store does not start where the import started")
    start = time.perf_counter()
    with target.db.atomic():  # one transaction, BEGIN IMMEDIATE, as the import's
        for name, (columns, rows) in data.items():
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            target.db.conn.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)
    seconds = time.perf_counter() - start
    if table_counts(target) != after:
        raise SystemExit("the baseline did not write the rows the import wrote")
    return seconds


def store_rows(folder: Path, size: int) -> tuple[list[Row], Path]:
    records = bench_store.generated(size)
    path = folder / "import.db"
    with Store.open(path) as store, Store.open(folder / "raw.db") as raw:
        before = table_counts(store)
        start = time.perf_counter()
        store.activities.save_many(records)
        ours = time.perf_counter() - start
        baseline = raw_copy_seconds(store, raw, before)
        searches, fts = [], []
        for query in bench_store.QUERIES:
            searches.append(bench_store.timed(lambda q=query: store.activities.ids(
                ActivityFilter(search=q))))
            fts.append(bench_store.timed(lambda q=query: store.db.execute(
                "SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?",
                ['"' + q.split()[0] + '"*']).fetchall()))
    rows = [Row(f"bulk import of {size:,} activities (with outbox, history)", ours, "s",
                baseline, "raw executemany, same rows, same schema", "<= 3x",
                lambda v, r: r is not None and r <= 3),
            Row(f"search, {size:,} activities (median of {len(searches)} queries)",
                1000 * statistics.median(searches), "ms", 1000 * statistics.median(fts),
                "raw FTS5 query")]
    return rows, path


def pdf_rows(folder: Path, count: int) -> list[Row]:
    """The questionnaire PDF against plain reportlab building its tables (``pdf_direct``).

    Both clocks run from the same loaded content to the saved file.
    """
    from pdf_direct import direct_pdf

    from focalpoint.domain import QuestionnaireResponse
    from focalpoint.report.content import load_content
    from focalpoint.report.export import render_pdf
    from focalpoint.report.fonts import register_fonts

    register_fonts()  # parse the TrueType files once, outside both clocks
    with Store.open(folder / "pdf.db") as store:
        store.mission.save({"code": "BENCH", "name": "OSCE Benchmark Mission"})
        store.activities.save_many(bench_pdf.generated_activities(
            count, store.catalogue.task_codes()))
        store.responses.save_draft(QuestionnaireResponse(
            period_start=bench_pdf.PERIOD_START, period_end=date(2006, 6, 30)))
        response = store.responses.latest()
        assert response is not None
        content = load_content(store, response)
    start = time.perf_counter()
    pages = render_pdf(content, folder / "ours.pdf", creation_date=bench_pdf.FIXED).page_count
    ours = time.perf_counter() - start
    start = time.perf_counter()
    direct_pages = direct_pdf(content, folder / "direct.pdf")
    direct = time.perf_counter() - start
    return [Row(f"PDF with {count:,} activities ({pages} pages; the tables alone "
                f"{direct_pages})", ours, "s", direct,
                "reportlab building the same tables directly", "< 10 s, <= 1.5x",
                lambda v, r: v < 10 and r is not None and r <= 1.5)]


# --- GUI (child processes) -----------------------------------------------------------------

def child(part: str, *args: str) -> dict[str, float]:
    """Run one GUI part (``gui_parts.py``) in its own process; start-up counts from just
    before the spawn.

    The child opens the stores this process built (encrypted, as users have them): their
    keys go along in the environment, since each process has its own in-memory keyring.
    """
    backend = keyring.get_keyring()
    secrets = [[service, user, secret] for (service, user), secret
               in getattr(backend, "secrets", {}).items() if service == KEYRING_SERVICE]
    spawned = time.time()
    out = subprocess.run([sys.executable, str(HERE / "gui_parts.py"), part, *args],
                         capture_output=True, text=True, timeout=900,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                  **{SECRETS_ENV: json.dumps(secrets)}))
    if out.returncode != 0:
        raise SystemExit(f"the {part} part failed:\n{out.stderr[-3000:]}")
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    if "shown_at" in figures:
        figures["startup s"] = figures.pop("shown_at") - spawned
    return figures


def gui_rows(store_path: Path, size: int) -> list[Row]:
    """The window over the store the import figure built (no second import of it)."""
    with Store.open(store_path) as source:
        source.mission.save({"code": "BENCH", "name": "Benchmark mission"})
    # Each start-up twice, the faster kept: the first spawn also warms the OS file cache.
    bare = min((child("bare") for _ in range(2)), key=lambda f: f["startup s"])
    ours = min((child("startup", str(store_path)) for _ in range(2)),
               key=lambda f: f["startup s"])
    gui = child("gui", str(store_path))
    freezes = {name: gui[f"longest GUI freeze during {name} ms"]
               for name in ("sort", "search", "page fetch")}
    worst = max(freezes, key=lambda name: freezes[name])
    busy = gui[f"  of which GUI thread busy ms ({worst})"]
    return [
        Row(f"start-up to populated window, {size:,} activities (process spawn → painted)",
            ours["startup s"], "s", bare["startup s"], "bare PySide6 QMainWindow shown",
            "<= 1.5x", lambda v, r: r is not None and r <= 1.5),
        Row(f"RSS with {size:,} activities open", ours["rss MB"], "MB", bare["rss MB"],
            "bare QMainWindow", "<= 250 MB", lambda v, r: v <= 250),
        Row(f"save in the editor → list updated, {size:,}",
            gui["save from the editor until the list is updated ms"], "ms", target="<= 50 ms",
            met=lambda v, r: v <= 50),
        Row(f"longest GUI freeze during sort / search / page fetch, {size:,} "
            f"(worst: {worst}; GUI thread busy {busy:.0f} ms of it)",
            freezes[worst], "ms", target="<= 16 ms", met=lambda v, r: v <= 16),
        Row(f"longest GUI freeze during a save and the re-reads after it, {size:,}",
            gui["longest GUI freeze during a save and the re-reads after it ms"], "ms"),
        Row(f"search in the window, first result, {size:,} (median)",
            gui["search first result ms (median)"], "ms"),
        Row(f"page scrolled into view filled, {size:,} (median of 10 jumps)",
            gui["page scrolled into view filled ms (median)"], "ms"),
    ]


# --- main --------------------------------------------------------------------------------

@contextmanager
def workspace() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="focalpoint-bench-") as temp:
        os.environ["FOCALPOINT_DATA_DIR"] = str(Path(temp) / "data")
        yield Path(temp)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes (the harness test)")
    parser.add_argument("--size", type=int, default=50_000, help="store / GUI activities")
    parser.add_argument("--first", type=int, default=500, help="activities of the first sync")
    parser.add_argument("--pdf", type=int, default=2_000, help="activities in the PDF")
    parser.add_argument("--missions", type=int, default=50, help="missions syncing at once")
    parser.add_argument("--only", default="", metavar="PARTS",
                        help="comma-separated: sync, missions, store (with the GUI), pdf; "
                             "default all (to re-measure one part while working on it)")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # store keys and tokens: never the real keyring
    n = sizes(args.smoke, args)
    started = time.perf_counter()
    rows: list[Row] = []
    with workspace() as folder:
        for name, step in (
                ("sync", lambda: sync_rows(folder, n)),
                ("missions", lambda: mission_rows(folder, n)),
                ("store, GUI", lambda: store_gui(folder, n["size"])),
                ("PDF", lambda: pdf_rows(folder, n["pdf"]))):
            if args.only and name.split(",")[0].lower() not in args.only.lower().split(","):
                continue
            print(f"measuring {name} …", file=sys.stderr, flush=True)
            rows.extend(step())
    print(f"FocalPoint bench/run{' --smoke' if args.smoke else ''}: Python "
          f"{sys.version.split()[0]}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}, {time.perf_counter() - started:.0f} s\n")
    print(format_table(rows))
    return 0


def store_gui(folder: Path, size: int) -> list[Row]:
    rows, path = store_rows(folder, size)
    return rows + gui_rows(path, size)


if __name__ == "__main__":
    sys.exit(main())
