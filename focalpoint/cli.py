"""The ``focalpoint`` command line.

``focalpoint`` alone starts the desktop application; the sub-commands serve scripting,
support and tests. Exit codes: 0 success, 1 the store or the system failed, 2 bad input
(usage, invalid values, an invalid import file) — in which case nothing was written.
Areas with their own commands (PDF export, sync) register them from their own package via
``COMMAND_MODULES``, so this module stays small.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from focalpoint import __version__
from focalpoint.catalogue import CatalogueError, load_catalogue
from focalpoint.console import print_json, reader_went_away
from focalpoint.passphrase import ENV as PASSPHRASE_ENV
from focalpoint.passphrase import terminal_passphrase
from focalpoint.paths import default_store_path
from focalpoint.storage import ActivityFilter, NotFound, Store, StoreError, WrongKeyError
from focalpoint.storage.encryption import read_keyinfo
from focalpoint.validation import InvalidRecord
from focalpoint.vocabularies import (
    ActivityStatus,
    ActivityType,
    TargetAudience,
    TraffickingForm,
)

#: Modules that add sub-commands: each has ``register(subparsers)``.
COMMAND_MODULES: list[str] = [
    "focalpoint.report.cli",
    "focalpoint.sync.cli",
    "focalpoint.sync.conflicts_cli",
    "focalpoint.analysis.cli",
    "focalpoint.storage.cli",
    "focalpoint.storage.recovery_cli",
]

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad input from the command line: reported with exit code 2."""


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    path = Path(args.db) if args.db else default_store_path()
    if not create and not path.exists():
        raise StoreError(
            f"there is no store at {path}; create one with 'focalpoint --db {path} init' "
            "or 'focalpoint --db PATH demo'"
        )
    error = ""
    for attempt in range(3):
        try:
            return Store.open(path, create=create, ask=terminal_passphrase, error=error)
        except WrongKeyError as wrong:
            if attempt == 2 or os.environ.get(PASSPHRASE_ENV) or not sys.stdin.isatty():
                raise
            error = str(wrong)
    raise AssertionError("unreachable")


# --- commands --------------------------------------------------------------------------


def no_display_reason() -> str | None:
    """Why the desktop application cannot open a window here, if it cannot.

    On Linux without X11 or Wayland, Qt aborts the process with a message about plugins
    that sends people looking in the wrong place; say what is really missing instead.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the desktop application on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set). Run it in a desktop session, or under a virtual display "
        "(xvfb-run -a focalpoint ...), or use the commands: focalpoint --help"
    )


def cmd_gui(args: argparse.Namespace) -> int:
    reason = no_display_reason()
    if reason:
        print(f"focalpoint: {reason}", file=sys.stderr)
        return 1
    try:
        gui = importlib.import_module("focalpoint.ui.app")
    except ImportError as error:
        if error.name and error.name.startswith("focalpoint.ui"):
            print(
                "focalpoint: the desktop application is not available in this build; "
                "use the sub-commands (focalpoint --help)",
                file=sys.stderr,
            )
            return 1
        raise
    result: int = gui.run(Path(args.db) if args.db else None)
    return result


def cmd_init(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        existing = store.mission.get()
        if existing and existing.code != args.mission_code.strip().upper():
            raise UsageError(
                f"this store belongs to mission {existing.code}; a store holds one mission "
                "(use --db to create another file)"
            )
        profile = store.mission.save(
            {
                "code": args.mission_code,
                "name": args.mission_name,
                "focal_point_name": args.focal_point_name,
                "focal_point_post": args.focal_point_post,
            }
        )
        print(f"Store {store.path} ready for {profile.code} — {profile.name}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from focalpoint.demo import load_demo

    with open_store(args, create=True) as store:
        count = store.activities.total()
        if count:
            raise UsageError(
                f"{store.path} already holds {count} activities; the demo goes into an empty "
                "store (choose a new file with --db)"
            )
        written = load_demo(store)
        print(f"Demo mission written to {store.path}: {written} activities")
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    if args.json:
        print_json(json.loads(catalogue.to_json()))
        return 0
    print(f"{catalogue.title} (catalogue version {catalogue.version})")
    print("* = applies to field operations")
    for chapter in catalogue.chapters:
        print(f"\n{chapter.code}. {chapter.title}")
        for section in chapter.sections:
            print(f"  {section.code} {section.title}")
            for task in section.tasks:
                mark = "*" if task.field_operations else " "
                summary = textwrap.shorten(task.text, 72, placeholder="…")
                print(f"  {mark} {task.code:9} [{', '.join(task.bodies)}]  {summary}")
    return 0


def _filter(args: argparse.Namespace, store: Store) -> ActivityFilter:
    task = ""
    if args.task:
        resolved = store.catalogue.resolve(args.task)
        if resolved is None:
            raise UsageError(f"--task: unknown Action Plan task code {args.task!r}")
        task = resolved
    return ActivityFilter(
        search=args.search or "",
        task=task,
        status=args.status or "",
        year=args.year,
        activity_type=args.type or "",
        form=args.form or "",
        chapter=args.chapter or "",
        section=args.section or "",
        location=args.location or "",
        partner=args.partner or "",
        donor=args.donor or "",
        date_from=args.date_from.isoformat() if args.date_from else "",
        date_to=args.date_to.isoformat() if args.date_to else "",
    )


def cmd_activities_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        flt = _filter(args, store)
        activities = store.activities.list(
            flt, sort=args.sort, descending=args.desc, limit=args.limit
        )
        if args.json:
            print_json([a.model_dump(mode="json") for a in activities])
            return 0
        for a in activities:
            start = a.start_date.isoformat() if a.start_date else "—"
            print(
                f"{a.id}  {start:10}  {a.activity_type.label:22.22}  {a.status.label:9}  "
                f"{','.join(a.task_codes):16.16}  {a.title}"
            )
        total, stored = store.activities.count(flt), store.activities.total()
        print(
            f"{len(activities)} of {total} matching activities ({stored} in store)",
            file=sys.stderr,
        )
    return 0


def cmd_activities_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        activity = store.activities.get(args.id)
        print_json(activity.model_dump(mode="json"))
    return 0


def cmd_activities_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        activity = store.activities.save(
            {
                "title": args.title,
                "description": args.description,
                "activity_type": args.type,
                "status": args.status,
                "start_date": args.start,
                "end_date": args.end,
                "task_codes": args.task or [],
                "locations": args.location or [],
                "partners": args.partner or [],
                "audiences": args.audience or [],
                "forms": args.form or [],
            }
        )
        print(activity.id)
    return 0


def cmd_activities_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.activities.delete(args.id)
        print(f"Deleted {args.id}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from focalpoint import spreadsheets
    from focalpoint.exchange import import_file

    path = Path(args.file)
    if not spreadsheets.is_spreadsheet(path):
        if args.mapping or args.encoding:
            raise UsageError("--mapping and --encoding are for .xlsx and .csv files")
        with open_store(args) as store:
            imported = import_file(store, path)
            print(f"Imported {len(imported)} activities into {store.path}")
        return 0
    header_row = None
    mapping: spreadsheets.Mapping | None = None
    if args.mapping:
        mapping, header_row = spreadsheets.read_mapping_file(args.mapping)
    with open_store(args) as store:
        sheet = spreadsheets.read_sheet(path, header_row=header_row, encoding=args.encoding)
        if mapping is None:
            mapping = spreadsheets.guess_mapping(sheet.headers)
        imported = spreadsheets.import_sheet(store, sheet, mapping)
        print(f"Imported {len(imported)} activities from {path.name} into {store.path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from focalpoint import spreadsheets
    from focalpoint.exchange import export_file

    if not (spreadsheets.is_spreadsheet(args.file) or Path(args.file).suffix.lower() == ".json"):
        raise UsageError(f"{args.file}: the file name must end in .json, .xlsx or .csv "
                         "(the ending chooses the format)")
    with open_store(args) as store:
        flt = _filter(args, store)
        try:
            if spreadsheets.is_spreadsheet(args.file):
                count = spreadsheets.export_spreadsheet(store, Path(args.file), flt)
            else:
                count = export_file(store, Path(args.file), flt)
        except OSError as error:
            raise UsageError(f"{args.file}: cannot be written ({error.strerror})") from None
        print(f"Exported {count} activities to {args.file}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            dest = store.backup(Path(args.dest))
        except OSError as error:
            raise UsageError(f"{args.dest}: cannot be written ({error.strerror})") from None
        print(f"Backup written to {dest}")
        if store.encrypted:
            print(f"It is encrypted like the store; keep {dest.name}.keyinfo beside it.")
            if read_keyinfo(dest).source == "keyring":
                print("Elsewhere it opens only with the store's recovery key (focalpoint "
                      "recovery-key show): write it down, keep it apart from this laptop.")
    return 0


# --- parser ----------------------------------------------------------------------------


def _choices(vocabulary: Any) -> list[str]:
    return [member.value for member in vocabulary]


def _filter_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", help="full-text search (every word must match)")
    p.add_argument("--task", help="an Action Plan task code, e.g. III.12.1")
    p.add_argument("--chapter", help="a chapter code: III, IV or V")
    p.add_argument("--section", help="a section code, e.g. IV.8")
    p.add_argument("--status", choices=_choices(ActivityStatus))
    p.add_argument("--type", choices=_choices(ActivityType))
    p.add_argument("--form", choices=_choices(TraffickingForm))
    p.add_argument("--year", type=int)
    p.add_argument("--location", help="activities in this place (exact name, any case)")
    p.add_argument("--partner", help="activities with this partner (exact name, any case)")
    p.add_argument("--donor", help="activities funded by this donor (exact name, any case)")
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD",
                   help="activities still running on or after this day")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD",
                   help="activities started on or before this day")


def _iso_date(text: str) -> date:
    """argparse type: a bad date is a usage error (exit 2) that names the value."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="focalpoint",
        description="FocalPoint: record anti-trafficking activities, map them to the OSCE "
        "Action Plan, export the questionnaire and sync with the Secretariat. Without a "
        "command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"FocalPoint {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=f"the store file (default: {default_store_path()})"
    )
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("init", help="create a store for a mission")
    p.add_argument("--mission-code", required=True, help="e.g. OMIK")
    p.add_argument("--mission-name", required=True, help="e.g. 'OSCE Mission in Kosovo'")
    p.add_argument("--focal-point-name", default="")
    p.add_argument("--focal-point-post", default="")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="fill an empty store with the demo mission")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("catalogue", help="print the Action Plan catalogue")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_catalogue)

    acts = sub.add_parser("activities", help="list, show, add or delete activities")
    acts.set_defaults(handler=lambda _args: _usage(acts))
    asub = acts.add_subparsers(title="activity commands", metavar="ACTION")

    p = asub.add_parser("list", help="list activities")
    _filter_arguments(p)
    p.add_argument(
        "--sort",
        default="start_date",
        choices=["title", "activity_type", "status", "start_date", "end_date", "updated_at"],
    )
    p.add_argument("--desc", action="store_true", help="sort descending")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_activities_list)

    p = asub.add_parser("show", help="print one activity as JSON")
    p.add_argument("id")
    p.set_defaults(handler=cmd_activities_show)

    p = asub.add_parser("add", help="add an activity")
    p.add_argument("--title", required=True)
    p.add_argument("--type", required=True, choices=_choices(ActivityType))
    p.add_argument(
        "--task",
        action="append",
        required=True,
        metavar="CODE",
        help="Action Plan task code (repeat for several)",
    )
    p.add_argument("--status", default="planned", choices=_choices(ActivityStatus))
    p.add_argument("--start", metavar="YYYY-MM-DD")
    p.add_argument("--end", metavar="YYYY-MM-DD")
    p.add_argument("--description", default="")
    p.add_argument("--location", action="append")
    p.add_argument("--partner", action="append")
    p.add_argument("--audience", action="append", choices=_choices(TargetAudience))
    p.add_argument("--form", action="append", choices=_choices(TraffickingForm))
    p.set_defaults(handler=cmd_activities_add)

    p = asub.add_parser("delete", help="delete an activity")
    p.add_argument("id")
    p.set_defaults(handler=cmd_activities_delete)

    p = sub.add_parser(
        "import",
        help="import activities from a JSON, .xlsx or .csv file (all or nothing)",
        description="Import activities (all or nothing). Spreadsheet columns are matched "
        "to fields by their headers unless --mapping gives a column-mapping JSON file "
        '{"columns": {"Header": "field", ...}, "header_row": 1}; '
        "the fields and cell formats are in the README.",
    )
    p.add_argument("file", help="FILE.json, FILE.xlsx or FILE.csv")
    p.add_argument("--mapping", metavar="MAP.json", help="which column fills which field")
    p.add_argument("--encoding", help="text encoding of a .csv file (default UTF-8)")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "export", help="export activities (all, or those matching the filters) to a file"
    )
    p.add_argument("file", help="FILE.json, FILE.xlsx or FILE.csv")
    _filter_arguments(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "backup",
        help="write a consistent copy of the store (encrypted like the store, with its key "
        "file DEST.keyinfo beside it)",
    )
    p.add_argument("dest")
    p.set_defaults(handler=cmd_backup)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except (UsageError, InvalidRecord, CatalogueError, ValueError) as error:
        print(f"focalpoint: error: {error}", file=sys.stderr)
        return 2
    except NotFound as error:
        print(f"focalpoint: error: {error}", file=sys.stderr)
        return 2
    except StoreError as error:
        print(f"focalpoint: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("focalpoint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return reader_went_away()


if __name__ == "__main__":
    sys.exit(main())
