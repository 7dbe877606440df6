"""``focalpoint analysis``: the six questions for the mission's store, as text or JSON."""

from __future__ import annotations

import argparse
from typing import Any

from focalpoint.analysis.analysis import Analysis
from focalpoint.analysis.figures import Period, money
from focalpoint.cli import open_store
from focalpoint.console import print_json
from focalpoint.report.cli import parse_period
from focalpoint.vocabularies import (
    EvaluationKind,
    Rating,
    Recurrence,
    TargetAudience,
    TraffickingForm,
    Vocabulary,
)

FACTOR_NAMES = {"adequacy": "Adequacy to needs", "national_ownership": "National ownership",
                "infrastructure": "Infrastructure after donor funding"}
KIND_NAMES = {"osce": "OSCE structures", "international": "International organizations",
              "ngo": "NGOs", "state": "State bodies", "other": "Other / unclassified"}


def period_argument(text: str | None) -> Period | None:
    """``--period START:END`` as a :class:`Period` (a usage error names the bad part)."""
    if not text:
        return None
    start, end = parse_period(text)
    return Period(start, end)


def cmd_analysis(args: argparse.Namespace) -> int:
    from focalpoint.analysis.local import analyse_store

    period = period_argument(args.period)
    with open_store(args) as store:
        result = analyse_store(store, period)
    if args.json:
        print_json(result.to_json())
    else:
        print("\n".join(text_lines(result)))
    return 0


def _label(vocabulary: type[Vocabulary], key: str) -> str:
    try:
        return vocabulary(key).label
    except ValueError:
        return "Not recorded" if key == "not_recorded" else key


def text_lines(result: Analysis) -> list[str]:
    """A plain-text summary of every question (the same figures as ``--json``)."""
    period = (f"{result.period.start}:{result.period.end}" if result.period else "all dates")
    lines = [f"Analysis of {result.activities.count} activities ({period})", "",
             "1. Action Plan tasks",
             f"   covered ({len(result.tasks.covered)}): {', '.join(result.tasks.covered) or '-'}",
             f"   gaps ({len(result.tasks.gaps)}): {', '.join(result.tasks.gaps) or '-'}"]
    for section in result.tasks.sections:
        lines.append(f"   {section.code} {section.title}: {len(section.covered)} of "
                     f"{len(section.covered) + len(section.gaps)} tasks, "
                     f"{len(section.ids)} activities")
    lines += ["", "2. Forms of trafficking (all activities / awareness-raising)"]
    awareness = {t.key: t.count for t in result.forms.awareness.forms}
    for form in result.forms.overall.forms:
        lines.append(f"   {_label(TraffickingForm, form.key)}: {form.count} / "
                     f"{awareness[form.key]}")
    people = result.audiences.people
    lines += ["", "3. Audiences (activities)"]
    lines += [f"   {_label(TargetAudience, a.key)}: {a.count}"
              for a in result.audiences.audiences if a.count]
    lines.append(f"   people reached: {people.total} (women {people.women}, men {people.men}, "
                 f"not recorded {people.not_recorded}) in {people.recorded.count} activities; "
                 f"{people.missing.count} without a count")
    res = result.results
    lines += ["", "4. Results",
              "   " + ", ".join(f"{_label(Recurrence, t.key)} {t.count}" for t in res.recurrence),
              "   " + ", ".join(f"{_label(EvaluationKind, t.key)} {t.count}"
                                for t in res.evaluation)]
    for name, values in res.sustainability.items():
        lines.append(f"   {FACTOR_NAMES[name]}: "
                     + ", ".join(f"{_label(Rating, t.key)} {t.count}" for t in values))
    lines += ["", "5. Funding (per currency; never added across currencies)"]
    for share in result.funding.shares:
        ratio = share.extrabudgetary_share
        lines.append(f"   {share.year or 'undated'} {share.currency}: Unified Budget "
                     f"{money(share.unified_budget)}, extrabudgetary "
                     f"{money(share.extrabudgetary)}"
                     + (f" ({ratio * 100:.1f}% extrabudgetary)" if ratio is not None else ""))
    lines.append(f"   activities without funding: {result.funding.unfunded.count}")
    lines += ["", "6. Partners (activities with at least one partner of the kind)"]
    lines += [f"   {KIND_NAMES.get(t.key, t.key)}: {t.count}" for t in result.partners.kinds]
    return lines


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "analysis", help="the 2006 report's questions answered from the store",
        description="Task coverage and gaps, forms of trafficking, audiences and people "
        "reached, one-off/recurring, evaluation and sustainability, funding by source, year, "
        "donor and currency, and partners by kind and task area.")
    p.add_argument("--period", metavar="START:END",
                   help="only activities overlapping YYYY-MM-DD:YYYY-MM-DD (default: all)")
    p.add_argument("--json", action="store_true",
                   help="print JSON: one key per question, each figure with its activity ids")
    p.set_defaults(handler=cmd_analysis)
