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


def is_field_operation(store: Store) -> bool:
    """Which tasks apply to this store's mission: a field operation's, unless its profile
    says it is an institution (a store without a profile yet counts as a field operation)."""
    mission = store.mission.get()
    return mission.is_field_operation if mission else True


def store_task_coverage(store: Store, period: Period | None = None) -> TaskCoverage:
    """Distinct activities per task, section and chapter, for the tasks that apply to the
    mission (:func:`~focalpoint.analysis.coverage.applies_to_mission`), as the Analysis.

    The store filters the period in SQL and hands over only ids and task codes, so this
    stays quick at 50,000 activities; the counting is the Analysis view's own.
    """
    return task_coverage(store.activities.task_mappings(period_filter(period)),
                         store.catalogue, field_operation=is_field_operation(store))


def analyse_store(store: Store, period: Period | None = None) -> Analysis:
    """Load the period's activities (filtered in SQL) and analyse them.

    The store's period filter and :meth:`Period.contains` apply the same overlap rule; the
    analysis applies it again, so the figures never depend on how the caller loaded them.
    """
    return analyse(store.activities.list(period_filter(period)), store.catalogue,
                   period=period, field_operation=is_field_operation(store))
