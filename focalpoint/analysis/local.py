"""The analysis of this mission's own store (the desktop view, the CLI and the PDF annex)."""

from __future__ import annotations

from focalpoint.analysis.analysis import Analysis, analyse
from focalpoint.analysis.coverage import TaskCoverage, task_coverage
from focalpoint.analysis.figures import Period
from focalpoint.storage import ActivityFilter, Store


def period_filter(period: Period | None) -> ActivityFilter:
    """The activity-list filter for a period (all activities when None)."""
    if period is None:
        return ActivityFilter()
    return ActivityFilter(period_start=period.start.isoformat(),
                          period_end=period.end.isoformat())


def store_task_coverage(store: Store, period: Period | None = None) -> TaskCoverage:
    """Distinct activities per task, section and chapter, every task of the catalogue.

    The store filters the period in SQL and hands over only ids and task codes, so this
    stays quick at 50,000 activities; the counting is the Analysis view's own.
    """
    return task_coverage(store.activities.task_mappings(period_filter(period)),
                         store.catalogue, field_operation=False)


def analyse_store(store: Store, period: Period | None = None) -> Analysis:
    """Load the period's activities (filtered in SQL) and analyse them.

    The store's period filter and :meth:`Period.contains` apply the same overlap rule; the
    analysis applies it again, so the figures never depend on how the caller loaded them.
    """
    flt = period_filter(period)
    mission = store.mission.get()
    return analyse(store.activities.list(flt), store.catalogue, period=period,
                   field_operation=mission.is_field_operation if mission else True)
