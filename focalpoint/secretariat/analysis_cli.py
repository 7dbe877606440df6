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
    from focalpoint.secretariat.analysis import UnknownMission, analyse_missions

    try:
        period = period_argument(args.period)
    except UsageError as error:
        print(f"focalpoint-secretariat: error: {error}", file=sys.stderr)
        return 2
    store = args.open_store(args)
    try:
        result = analyse_missions(store, period, args.mission or None)
    except UnknownMission as error:
        print(f"focalpoint-secretariat: error: --mission: {error}", file=sys.stderr)
        return 2
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


def _fail(message: str) -> int:
    print(f"focalpoint-secretariat: error: {message}", file=sys.stderr)
    return 2


def cmd_report(args: argparse.Namespace) -> int:
    from focalpoint.report.errors import ReportError
    from focalpoint.secretariat.analysis import UnknownMission, check_missions
    from focalpoint.secretariat.reporting.content import load_draft
    from focalpoint.secretariat.reporting.files import DraftFileError, check_target, write_draft

    out = Path(args.out)
    try:
        period = period_argument(args.period)
        if period is None:
            raise UsageError("--period: required (e.g. 2005-01-01:2005-12-31)")
        check_target(out)
    except (UsageError, DraftFileError) as error:
        print(f"focalpoint-secretariat: error: {error}", file=sys.stderr)
        return 2
    store = args.open_store(args)
    try:
        content = load_draft(store, period, check_missions(store, args.mission or None))
    except UnknownMission as error:
        print(f"focalpoint-secretariat: error: --mission: {error}", file=sys.stderr)
        return 2
    finally:
        store.close()
    try:
        write_draft(content, out)
    except ReportError as error:
        return _fail(str(error))
    except OSError as error:  # e.g. a read-only folder: nothing is left behind
        return _fail(f"{out}: cannot be written ({error.strerror or error})")
    unreported = sum(1 for t in content.tasks if not t.reported)
    print(f"Wrote {out}: {len(content.missions)} missions, "
          f"{content.analysis.activities.count} activities, {unreported} tasks no mission "
          f"reports on, {len(content.not_submitted)} missions without a submitted "
          "questionnaire")
    return 0


def register_report(add: AddCommand, open_store: OpenStore) -> None:
    p: Any = add("report", "draft the consolidated report (.docx to edit, .pdf to circulate) "
                 "for a period", cmd_report)
    p.set_defaults(open_store=open_store)
    p.add_argument("out", metavar="OUT.docx|OUT.pdf",
                   help="the file to write: .docx (Word, the editable draft) or .pdf")
    p.add_argument("--period", metavar="START:END", required=True,
                   help="the reporting period, YYYY-MM-DD:YYYY-MM-DD")
    p.add_argument("--mission", action="append", metavar="CODE",
                   help="only these missions (repeat for several; default: all)")
