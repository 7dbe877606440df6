"""Questionnaire PDF speed: pages per second, chunked tables against one long table.

Prints figures, asserts nothing (timings belong here, not in tests). Three measurements,
each with its baseline measured in the same run on the same machine:

1. the demo mission's PDF (what a focal point usually exports), against reportlab's plain
   ``multiBuild`` (three passes, all drawn: no contents seeding, no dry first pass);
2. a generated mission with ``--activities`` activities (default 5,000), rendered with
   tables in chunks of 90 rows (what the exporter does) and with one table per task (the
   baseline);
3. a table alone: ``--rows`` rows (default 5,000) as one ``LongTable`` against chunks.

Usage: ``.venv/bin/python bench/bench_pdf.py [--activities N] [--rows N] [--skip-full]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring

from focalpoint.demo import load_demo
from focalpoint.domain import QuestionnaireResponse
from focalpoint.report import export
from focalpoint.report.content import load_content
from focalpoint.report.export import render_pdf
from focalpoint.report.flowables import DryCanvas
from focalpoint.report.fonts import register_fonts
from focalpoint.report.styles import TABLE_CHUNK_ROWS, grid_style, make_styles
from focalpoint.report.tables import CellParagraph, data_table
from focalpoint.storage import Store
from focalpoint.sync.credentials import MemoryKeyring
from focalpoint.vocabularies import ActivityType, TargetAudience, TraffickingForm

FIXED = datetime(2026, 1, 1, tzinfo=UTC)
SINGLE = 10**9  # chunk size that never splits: one table per task
PERIOD_START = date(2005, 1, 1)

WORDS = ("training", "police", "prosecutors", "referral", "victims", "border", "labour",
         "children", "NGO", "shelter", "hotline", "judges", "awareness", "research")
TITLES = ("Тренинг для сотрудников полиции", "ტრენინგი პროკურორებისთვის",
          "Դասընթաց դատավորների համար", "Round table on victim referral",
          "Workshop on labour exploitation")
PARTNERS = ("IOM", "UNICEF", "UNODC", "La Strada", "Ministry of Interior", "Ministry of Justice",
            "ICMPD", "Council of Europe", "ODIHR", "Caritas")


def generated_activities(count: int, task_codes: list[str], seed: int = 42) -> list[dict[str, Any]]:
    """Plausible activities, deterministic for a seed, all within 2005-2006."""
    rng = random.Random(seed)
    activities = []
    for n in range(count):
        start = PERIOD_START + timedelta(days=rng.randrange(0, 540))
        activities.append({
            "title": f"{rng.choice(TITLES)} {n + 1}",
            "description": " ".join(rng.choice(WORDS) for _ in range(rng.randrange(10, 60))),
            "activity_type": rng.choice(list(ActivityType)).value,
            "status": "completed",
            "start_date": start.isoformat(),
            "end_date": (start + timedelta(days=rng.randrange(0, 5))).isoformat(),
            "locations": [rng.choice(("Tbilisi", "Yerevan", "Kyiv", "Chisinau", "Pristina"))],
            "partners": rng.sample(PARTNERS, rng.randrange(1, 4)),
            "audiences": [a.value for a in rng.sample(list(TargetAudience), 2)],
            "forms": [rng.choice(list(TraffickingForm)).value],
            "task_codes": rng.sample(task_codes, rng.randrange(1, 3)),
        })
    return activities


def timed(action: Callable[[], int]) -> tuple[int, float]:
    start = time.perf_counter()
    pages = action()
    return pages, time.perf_counter() - start


def report(label: str, pages: int, seconds: float) -> float:
    rate = pages / seconds
    print(f"  {label:<44} {pages:6d} pages  {seconds:8.2f} s  {rate:7.1f} pages/s")
    return rate


@contextmanager
def plain_multibuild() -> Iterator[None]:
    """Switch off the two layout speed-ups: contents seeding and the dry first pass.

    What is left is reportlab's usual multiBuild (three passes, each drawn in full): the
    baseline for the demo figure.
    """
    saved_seed, saved_dry = export.seed_contents, DryCanvas.dry_run
    export.seed_contents = lambda toc, story: None  # type: ignore[assignment]
    DryCanvas.dry_run = False
    try:
        yield
    finally:
        export.seed_contents = saved_seed  # type: ignore[assignment]
        DryCanvas.dry_run = saved_dry


def bench_store(store: Store, folder: Path, name: str, *, baseline: bool) -> None:
    response = store.responses.latest()
    assert response is not None
    content = load_content(store, response)

    def build(chunk_rows: int, suffix: str) -> Callable[[], int]:
        def run() -> int:
            return render_pdf(content, folder / f"{name}-{suffix}.pdf", creation_date=FIXED,
                              chunk_rows=chunk_rows).page_count
        return run

    print(f"{name}: {len(content.activities)} activities")
    chunked = report(f"chunks of {TABLE_CHUNK_ROWS} rows (exporter)",
                     *timed(build(TABLE_CHUNK_ROWS, "chunked")))
    if not baseline:
        with plain_multibuild():
            plain = report("plain multiBuild, 3 drawn passes (baseline)",
                           *timed(build(TABLE_CHUNK_ROWS, "plain")))
        print(f"  ratio exporter / baseline: {chunked / plain:.2f}x")
    else:
        single = report("one table per task (baseline)", *timed(build(SINGLE, "single")))
        print(f"  ratio chunked / baseline: {chunked / single:.2f}x")


def bench_table(rows: int, folder: Path) -> None:
    """A single long table against the same rows in chunks, nothing else on the pages."""
    styles = make_styles(register_fonts())
    P = CellParagraph
    data = [[P(f"{n}", styles.cell), P(f"Activity title number {n}", styles.cell),
             P("2005-01-01 – 2005-01-02", styles.cell),
             P("IOM, UNICEF, Ministry of Interior", styles.cell)] for n in range(rows)]
    header = [Paragraph(h, styles.head_cell) for h in ("No.", "Activity", "Dates", "Partners")]
    widths = [40, 200, 110, 160]

    def build(flowables: list[Any], path: Path) -> int:
        doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1)
        doc.build(flowables)
        return int(doc.page)

    def single() -> int:
        table = LongTable([header, *data], colWidths=widths, repeatRows=1,
                          style=grid_style(zebra_rows=rows))
        return build([table], folder / "table-single.pdf")

    def chunked() -> int:
        return build(data_table(header, data, widths), folder / "table-chunked.pdf")

    print(f"table alone: {rows} rows")
    base = report("one LongTable (baseline)", *timed(single))
    fast = report(f"chunks of {TABLE_CHUNK_ROWS} rows", *timed(chunked))
    print(f"  ratio chunked / baseline: {fast / base:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--skip-full", action="store_true",
                        help="skip the generated mission (the slowest measurement)")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # store keys and tokens: never the real keyring
    register_fonts()  # parse the TrueType files once, outside every timing
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Store.open(folder / "demo.db") as store:
            load_demo(store)
            bench_store(store, folder, "demo mission", baseline=False)
        bench_table(args.rows, folder)
        if not args.skip_full:
            with Store.open(folder / "big.db") as store:
                store.mission.save({"code": "BENCH", "name": "OSCE Benchmark Mission"})
                store.activities.save_many(
                    generated_activities(args.activities, store.catalogue.task_codes()))
                store.responses.save_draft(QuestionnaireResponse(
                    period_start=PERIOD_START, period_end=date(2006, 6, 30)))
                bench_store(store, folder, "generated mission", baseline=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
