"""``focalpoint questionnaire export-pdf``: the questionnaire response as PDF from the shell.

Which response: ``--response ID``; else the one whose period is ``--period START:END``
(submitted first), or, when the store has none for that period, a blank draft for it (so a
focal point can print the activities of any period); else the latest response. Submitted
responses print from their submission snapshot.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from focalpoint.cli import UsageError, open_store
from focalpoint.domain import QuestionnaireResponse
from focalpoint.storage import Store
from focalpoint.vocabularies import ResponseStatus

#: Kept here rather than imported from ``styles`` so that registering the command does not
#: load reportlab: every ``focalpoint`` invocation builds the whole parser.
PAGE_SIZE_NAMES = ["a4", "letter"]


def parse_period(text: str) -> tuple[date, date]:
    """``YYYY-MM-DD:YYYY-MM-DD`` to two dates; the message says which part is wrong."""
    parts = text.strip().split(":")
    if len(parts) != 2 or not all(parts):
        raise UsageError(f"--period: {text!r} is not START:END (e.g. 2005-01-01:2005-12-31)")
    dates = []
    for name, part in zip(("start", "end"), parts, strict=True):
        try:
            dates.append(date.fromisoformat(part.strip()))
        except ValueError:
            raise UsageError(
                f"--period: the {name} {part!r} is not a date (use YYYY-MM-DD)"
            ) from None
    start, end = dates
    if end < start:
        raise UsageError(
            f"--period: the end {end.isoformat()} is before the start {start.isoformat()}"
        )
    return start, end


def parse_creation_date(text: str) -> datetime:
    """An ISO date or date-time; a naive value is taken as UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"--creation-date: {text!r} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def choose_response(store: Store, args: argparse.Namespace) -> QuestionnaireResponse:
    """The response the command exports (see the module docstring)."""
    if args.response and args.period:
        raise UsageError("give either --response or --period, not both")
    if args.response:
        return store.responses.get(args.response)
    if args.period:
        start, end = parse_period(args.period)
        matching = [r for r in store.responses.list()
                    if r.period_start == start and r.period_end == end]
        matching.sort(key=lambda r: r.status != ResponseStatus.SUBMITTED)
        if matching:
            return matching[0]
        mission = store.mission.get()
        return QuestionnaireResponse(
            period_start=start, period_end=end,
            respondent_name=mission.focal_point_name if mission else "",
            respondent_post=mission.focal_point_post if mission else "",
        )
    latest = store.responses.latest()
    if latest is None:
        raise UsageError(
            "this store has no questionnaire response; give --period START:END to export "
            "a draft for a period, or start the response in the application"
        )
    return latest


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from focalpoint.report.export import export_questionnaire_pdf

    out = Path(args.out)
    creation_date = parse_creation_date(args.creation_date) if args.creation_date else None
    if args.period:
        parse_period(args.period)  # a bad period is reported before the store is opened
    with open_store(args) as store:
        response = choose_response(store, args)
        result = export_questionnaire_pdf(
            store, response, out, page_size=args.page_size,
            include_not_applicable=not args.skip_not_applicable,
            creation_date=creation_date, with_self_assessment=args.self_assessment,
        )
    kind = response.status.label.lower()
    print(f"Wrote {result.path}: {result.page_count} pages, {result.activity_count} "
          f"activities ({kind} response {response.period_start}:{response.period_end})")
    return 0


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def register(subparsers: Any) -> None:
    """Add the ``questionnaire`` command group to the ``focalpoint`` parser."""
    group = subparsers.add_parser("questionnaire", help="export the questionnaire response")
    group.set_defaults(handler=lambda _args: _usage(group))
    actions = group.add_subparsers(title="questionnaire commands", metavar="ACTION")

    p = actions.add_parser(
        "export-pdf", help="write the questionnaire response as a PDF",
        description="Write the questionnaire response (cover, contents, Part 1, Part 2 "
        "task by task, Annex of activities) as a PDF. The file is written atomically.",
    )
    p.add_argument("out", metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument("--period", metavar="START:END",
                   help="the reporting period, YYYY-MM-DD:YYYY-MM-DD (default: the latest "
                   "response); without a response for it, a draft for that period")
    p.add_argument("--response", metavar="ID", help="the id of the response to export")
    p.add_argument("--page-size", default="a4", type=str.lower, choices=PAGE_SIZE_NAMES,
                   help="paper size (default: a4)")
    p.add_argument("--skip-not-applicable", action="store_true",
                   help="leave out the tasks that do not apply to the mission")
    p.add_argument("--self-assessment", action="store_true",
                   help="add the Self-assessment annex: the analysis figures of the period "
                   "with charts (see 'focalpoint analysis')")
    p.add_argument("--creation-date", metavar="DATE",
                   help="fix the creation date (ISO 8601) for a reproducible file")
    p.set_defaults(handler=cmd_export_pdf)
