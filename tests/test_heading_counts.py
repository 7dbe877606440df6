"""Distinct activity counts per task, section and chapter: one implementation, from the store."""

from __future__ import annotations

from datetime import date

from focalpoint.analysis import Period
from focalpoint.analysis.coverage import task_coverage
from focalpoint.analysis.local import store_task_coverage
from focalpoint.storage import ActivityFilter, Store


def test_store_coverage_counts_each_activity_once_per_heading(store: Store) -> None:
    both = store.activities.save({"title": "Police training", "activity_type": "training",
                                  "start_date": "2025-03-01",
                                  "task_codes": ["III.12.1", "III.12.2", "IV.8.1"]})
    store.activities.save({"title": "Review", "activity_type": "research",
                           "start_date": "2024-03-01", "task_codes": ["III.12.1"]})
    coverage = store_task_coverage(store)
    sections = {area.code: area.ids for area in coverage.sections}
    chapters = {area.code: area.ids for area in coverage.chapters}
    assert len(sections["III.12"]) == 2
    assert len(chapters["III"]) == 2
    assert chapters["IV"] == (both.id,)
    assert {t.key: t.count for t in coverage.tasks}["III.12.2"] == 1

    in_2025 = store_task_coverage(store, Period(date(2025, 1, 1), date(2025, 12, 31)))
    assert {a.code: a.ids for a in in_2025.chapters}["III"] == (both.id,)


def test_store_mappings_and_whole_activities_count_alike(demo_store: Store) -> None:
    """The light store rows and the whole activities (as the PDF annex has them) agree."""
    light = task_coverage(demo_store.activities.task_mappings(), demo_store.catalogue, False)
    whole = task_coverage(demo_store.activities.list(), demo_store.catalogue, False)
    assert light == whole
    for area in light.chapters:
        assert len(area.ids) == demo_store.activities.count(ActivityFilter(chapter=area.code))
    flt = ActivityFilter(status="completed")
    assert {m.id for m in demo_store.activities.task_mappings(flt)} == set(
        demo_store.activities.ids(flt))
