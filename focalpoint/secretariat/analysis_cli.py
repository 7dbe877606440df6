"""``focalpoint-secretariat analysis``: the analysis over all missions, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from focalpoint.analysis.cli import period_argument, text_lines
from focalpoint.cli import UsageError
from focalpoint.console import print_json


def cmd_analysis(args: argparse.Namespace) -> int:
    from focalpoint.secretariat.analysis import analyse_missions

    try:
        period = period_argument(args.period)
    except UsageError as error:
        print(f"focalpoint-secretariat: error: {error}", file=sys.stderr)
        return 2
    store = args.open_store(args)
    try:
        result = analyse_missions(store, period, args.mission or None)
    finally:
        store.close()
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Consolidated over {len(result.missions)} missions")
    print("\n".join(text_lines(result.all)))
    print("")
    print("Missions")
    for mission in result.missions:
        tasks = mission.analysis.tasks
        print(f"   {mission.code:12} {mission.analysis.activities.count:5} activities, "
              f"{len(tasks.covered)} of {len(tasks.tasks)} tasks covered  {mission.name}")
    orphans = [c for c, who in result.coverage_matrix().items() if not who]
    print(f"Tasks no mission reports on: {', '.join(orphans) or 'none'}")
    return 0


AddCommand = Callable[[str, str, object], argparse.ArgumentParser]
OpenStore = Callable[[argparse.Namespace], Any]


def register(add: AddCommand, open_store: OpenStore) -> None:
    """Add the command through the Secretariat parser's ``add`` helper (which adds --db and
    --database-url); ``open_store`` opens the store those options name."""
    p: Any = add("analysis", "the 2006 report's questions over all missions", cmd_analysis)
    p.set_defaults(open_store=open_store)
    p.add_argument("--period", metavar="START:END",
                   help="only activities overlapping YYYY-MM-DD:YYYY-MM-DD (default: all)")
    p.add_argument("--mission", action="append", metavar="CODE",
                   help="only these missions (repeat for several; default: all)")
    p.add_argument("--json", action="store_true",
                   help="print JSON: consolidated figures, each mission's, and the task × "
                   "mission coverage")


def cmd_report(args: argparse.Namespace) -> int:
    from focalpoint.secretariat.reporting.content import load_draft
    from focalpoint.secretariat.reporting.docx_draft import write_docx

    out = Path(args.out)
    try:
        period = period_argument(args.period)
        if period is None:
            raise UsageError("--period: required (e.g. 2005-01-01:2005-12-31)")
        if out.suffix.lower() != ".docx":
            raise UsageError(f"{out}: write a .docx file (the editable draft); a PDF of the "
                             "draft is not available yet")
        if not out.parent.is_dir():
            raise UsageError(f"{out}: the folder {out.parent} does not exist")
    except UsageError as error:
        print(f"focalpoint-secretariat: error: {error}", file=sys.stderr)
        return 2
    store = args.open_store(args)
    try:
        content = load_draft(store, period)
    finally:
        store.close()
    write_docx(content, out)
    unreported = sum(1 for t in content.tasks if not t.reported)
    print(f"Wrote {out}: {len(content.missions)} missions, "
          f"{content.analysis.activities.count} activities, {unreported} tasks no mission "
          f"reports on, {len(content.not_submitted)} missions without a submitted "
          "questionnaire")
    return 0


def register_report(add: AddCommand, open_store: OpenStore) -> None:
    p: Any = add("report", "draft the consolidated report (.docx) for a period", cmd_report)
    p.set_defaults(open_store=open_store)
    p.add_argument("out", metavar="OUT.docx", help="the Word file to write")
    p.add_argument("--period", metavar="START:END", required=True,
                   help="the reporting period, YYYY-MM-DD:YYYY-MM-DD")
