"""``bench/run --smoke``: the benchmark harness runs end to end at tiny sizes.

Figures are not checked (they are timings on a shared machine); what is checked is that
every figure of issue #12 is printed with a number, so the instrument cannot rot unseen.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FIGURES = [
    "first sync of 20 activities", "empty sync: round trips", "empty sync: bytes",
    "incremental sync, 3 edits: round trips", "incremental sync, 3 edits: bytes",
    "an edit of one field", "bytes with a cut every", "p95 exchange latency",
    "protocol 3): throughput", "protocol 3): errors", "bulk import of 200",
    "search, 200", "PDF with 20 activities", "start-up to populated window", "RSS with 200",
    "save in the editor", "longest GUI freeze", "search in the window",
]


@pytest.mark.slow
def test_bench_run_smoke_prints_every_figure(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FOCALPOINT_DATA_DIR=str(tmp_path))
    done = subprocess.run([str(ROOT / "bench" / "run"), "--smoke"], capture_output=True,
                          text=True, env=env, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    assert lines[0].startswith("| figure | value | baseline")
    for figure in FIGURES:
        matching = [line for line in lines if figure in line]
        assert matching, f"{figure!r} missing from:\n{done.stdout}"
        cells = [cell.strip() for cell in matching[0].split("|")[1:-1]]
        assert cells[1][0].isdigit(), matching[0]  # a measured number, not a blank
        assert cells[5] in {"met", "MISSED", "-"}, matching[0]
    # the cut figure really cut: the proxy counted at least one cut
    cut = next(line for line in lines if "bytes with a cut every" in line)
    assert "(0 cuts" not in cut, cut
