"""Store figures at 50,000 activities, against a 1,000-activity baseline in the same run.

Prints import throughput, full-text search latency, the ordered id list a list view loads,
a page of summary rows, and the task counts of the Action Plan view. A second table shows
what encryption at rest costs: the same figures at the full size for an encrypted store
(SQLCipher, the default) against a plain one, and the time to open each. Run:
``.venv/bin/python bench/bench_store.py [--size 50000]``.

Then the cost of durability: single saves (one transaction each, as the editor saves), edit
saves and a bulk import with ``synchronous = FULL`` (what the store uses: every commit is
on disk before the user sees "saved") against ``NORMAL`` (what it used before: a power cut
could roll back the last commits), in the same run and folder. ``--durability`` runs only
that; ``--dir`` puts the files on the disk to measure (fsync costs nothing on a tmpfs).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring

from focalpoint.demo import demo_document
from focalpoint.storage import ActivityFilter, Store
from focalpoint.storage.encryption import Kdf
from focalpoint.sync.credentials import MemoryKeyring

QUERIES = ["тренинг", "police", "round table", "trafficking victims", "zzzz"]


def generated(count: int) -> list[dict[str, Any]]:
    """Demo activities repeated with distinct titles (real vocabulary, realistic texts)."""
    examples = demo_document()["activities"]
    records = []
    for index in range(count):
        record = dict(examples[index % len(examples)])
        record.pop("id")
        record["title"] = f"{record['title']} ({index + 1})"
        records.append(record)
    return records


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(size: int, folder: Path, encrypt: bool = True) -> dict[str, float]:
    figures: dict[str, float] = {}
    path = folder / f"bench-{size}-{'encrypted' if encrypt else 'plain'}.db"
    with Store.open(path, encrypt=encrypt) as store:
        records = generated(size)
        start = time.perf_counter()
        store.activities.save_many(records)
        figures["import activities/s"] = size / (time.perf_counter() - start)
        figures["search ms (median of queries)"] = 1000 * statistics.median(
            timed(lambda q=q: store.activities.ids(ActivityFilter(search=q), sort="title"))
            for q in QUERIES
        )
        figures["all ids sorted by title ms"] = 1000 * timed(
            lambda: store.activities.ids(sort="title")
        )
        ids = store.activities.ids()
        figures["page of 200 summaries ms"] = 1000 * timed(
            lambda: store.activities.summaries(ids[size // 2 : size // 2 + 200])
        )
        figures["filter by form count ms"] = 1000 * timed(
            lambda: store.activities.count(ActivityFilter(form="child_trafficking"))
        )
        figures["task counts ms"] = 1000 * timed(store.activities.task_counts)
        one = store.activities.get(ids[0])
        figures["save one activity ms"] = 1000 * timed(lambda: store.activities.save(one))
    figures["open store ms"] = 1000 * timed(lambda: Store.open(path, create=False).close())
    figures["file MB"] = path.stat().st_size / 1e6
    return figures


def measure_durability(folder: Path, level: str, saves: int) -> dict[str, float]:
    """Saves per second at one ``synchronous`` level (the store opens with FULL)."""
    figures: dict[str, float] = {}
    with Store.open(folder / f"durability-{level}.db") as store:
        store.db.execute(f"PRAGMA synchronous = {level}")
        records = generated(saves)
        start = time.perf_counter()
        for record in records:  # one transaction (activity + outbox row) per save
            store.activities.save(record)
        figures["single saves/s"] = saves / (time.perf_counter() - start)
        records = generated(20 * saves)
        start = time.perf_counter()
        store.activities.save_many(records)
        figures["bulk import activities/s"] = len(records) / (time.perf_counter() - start)
        activity = store.activities.list(limit=1)[0].model_dump(mode="json")
        start = time.perf_counter()
        for index in range(saves):  # the editor's and questionnaire's saves: an update
            store.activities.save(dict(activity, description=f"draft {index}"))
        figures["edit saves/s"] = saves / (time.perf_counter() - start)
    return figures


def durability(folder: Path, saves: int) -> None:
    normal = measure_durability(folder, "NORMAL", saves)
    full = measure_durability(folder, "FULL", saves)
    print(f"\ndurability ({saves} saves, encrypted store, folder {folder}):")
    print(f"{'figure':34} {'NORMAL':>10} {'FULL':>10}   FULL/NORMAL")
    for name in normal:
        ratio = full[name] / normal[name]
        print(f"{name:34} {normal[name]:10.1f} {full[name]:10.1f}   x{ratio:.2f}")
    per_save = 1000 / full["single saves/s"] - 1000 / normal["single saves/s"]
    print(f"extra time per save with FULL: {per_save:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--saves", type=int, default=300,
                        help="single saves per durability level (default: 300)")
    parser.add_argument("--durability", action="store_true",
                        help="measure only the cost of synchronous=FULL")
    parser.add_argument("--dir", type=Path, default=None,
                        help="folder for the benchmark files (default: the temp folder)")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # store keys and tokens: never the real keyring
    if args.durability:
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            durability(Path(tmp), args.saves)
        return
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        base = measure(args.baseline, Path(tmp))
        big = measure(args.size, Path(tmp))
        plain = measure(args.size, Path(tmp), encrypt=False)
        durability(Path(tmp), args.saves)
    scale = args.size / args.baseline
    print(f"{'figure':34} {args.baseline:>10,} {args.size:>10,}   ratio (data x{scale:g})")
    for name in base:
        print(f"{name:34} {base[name]:10.1f} {big[name]:10.1f}   x{big[name] / base[name]:.2f}")
    print()
    derive = timed(lambda: Kdf().derive("correct horse battery staple", b"0" * 16), repeat=3)
    print(f"encryption at {args.size:,} activities (key from the keyring; with a passphrase,")
    print(f"opening adds one Argon2id derivation: {1000 * derive:.0f} ms here)")
    print(f"{'figure':34} {'plain':>10} {'encrypted':>10}   encrypted/plain")
    for name in plain:
        print(f"{name:34} {plain[name]:10.1f} {big[name]:10.1f}   x{big[name] / plain[name]:.2f}")


if __name__ == "__main__":
    main()
