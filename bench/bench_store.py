"""Store figures at 50,000 activities, against a 1,000-activity baseline in the same run.

Prints import throughput, full-text search latency, the ordered id list a list view loads,
a page of summary rows, and the task counts of the Action Plan view. Run:
``.venv/bin/python bench/bench_store.py [--size 50000]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from focalpoint.demo import demo_document
from focalpoint.storage import ActivityFilter, Store

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


def measure(size: int, folder: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    with Store.open(folder / f"bench-{size}.db") as store:
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
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = measure(args.baseline, Path(tmp))
        big = measure(args.size, Path(tmp))
    scale = args.size / args.baseline
    print(f"{'figure':34} {args.baseline:>10,} {args.size:>10,}   ratio (data x{scale:g})")
    for name in base:
        print(f"{name:34} {base[name]:10.1f} {big[name]:10.1f}   x{big[name] / base[name]:.2f}")


if __name__ == "__main__":
    main()
