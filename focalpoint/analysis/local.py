"""The analysis of this mission's own store (the desktop view, the CLI and the PDF annex)."""

from __future__ import annotations

from focalpoint.analysis.analysis import Analysis, analyse
from focalpoint.analysis.figures import Period
from focalpoint.storage import ActivityFilter, Store


def analyse_store(store: Store, period: Period | None = None) -> Analysis:
    """Load the period's activities (filtered in SQL) and analyse them.

    The store's period filter and :meth:`Period.contains` apply the same overlap rule; the
    analysis applies it again, so the figures never depend on how the caller loaded them.
    """
    flt = ActivityFilter()
    if period is not None:
        flt = ActivityFilter(period_start=period.start.isoformat(),
                             period_end=period.end.isoformat())
    mission = store.mission.get()
    return analyse(store.activities.list(flt), store.catalogue, period=period,
                   field_operation=mission.is_field_operation if mission else True)
