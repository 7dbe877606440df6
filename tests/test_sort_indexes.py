"""The activity list's id query reads only a covering index, in order, for every sort.

Why a test: at 50,000 activities the query that read the table for each row's id (and
sorted again for the ``id`` tie-break) took about a second of every start-up, sort and
search; an index dropped or a sort column added without its index would bring that back
without any test noticing the time.
"""

from __future__ import annotations

import pytest

from focalpoint.storage import ActivityFilter, Store
from focalpoint.storage.activities import SORT_COLUMNS, _order, _where
from focalpoint.storage.migrations import SORT_INDEXES


def plan(store: Store, sql: str, params: list[object]) -> list[str]:
    return [str(row[-1]) for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params)]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_the_id_query_scans_a_covering_index_without_sorting(
        store: Store, sort: str, descending: bool) -> None:
    sql = "SELECT a.id FROM activities a" + _order(sort, descending)
    steps = plan(store, sql, [])
    assert steps == [f"SCAN a USING COVERING INDEX idx_activities_sort_{sort}"], steps


def test_every_sort_column_has_its_index() -> None:
    assert set(SORT_INDEXES) == set(SORT_COLUMNS)
    for key, column in SORT_INDEXES.items():
        assert SORT_COLUMNS[key] == f"a.{column}"


def test_sorted_ids_come_in_the_same_order_as_before(store: Store) -> None:
    """The index changes how rows are found, not their order (NULLs last, id tie-break)."""
    for title, start in [("b", "2024-01-02"), ("B", None), ("a", "2024-01-02"), ("c", None)]:
        store.activities.save({"title": title, "activity_type": "training",
                               "start_date": start, "task_codes": ["III.10.2"]})
    rows = {row["id"]: row for row in store.db.query("SELECT * FROM activities")}
    for descending in (False, True):
        ids = store.activities.ids(None, "start_date", descending)
        dated = [i for i in ids if rows[i]["start_date"]]
        assert ids[:len(dated)] == dated  # undated last, in both directions
        ids = store.activities.ids(None, "title", descending)
        keys = [(rows[i]["title"].lower(), i) for i in ids]
        assert keys == sorted(keys, reverse=descending)


def test_years_are_the_distinct_years_in_order(store: Store) -> None:
    """``years`` seeks from year to year in the index; same answer as ``DISTINCT``."""
    assert store.activities.years() == []
    for start in ["2006-05-01", None, "2004-01-01", "2006-01-01", None, "2009-12-31"]:
        store.activities.save({"title": "t", "activity_type": "training",
                               "start_date": start, "task_codes": ["III.10.2"]})
    distinct = [row[0] for row in store.db.execute(
        "SELECT DISTINCT year FROM activities WHERE year IS NOT NULL ORDER BY year")]
    assert store.activities.years() == distinct == [2004, 2006, 2009]


def test_a_broad_search_reads_the_sort_index_and_finds_the_same_ids(
        store: Store) -> None:
    for number in range(40):
        store.activities.save({"title": f"Police training {number}" if number % 2 else
                               f"Round table {number}", "activity_type": "training",
                               "start_date": f"2005-01-{1 + number % 28:02d}",
                               "task_codes": ["III.10.2"]})
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    for sort in ("start_date", "title"):
        for descending in (False, True):
            flt = ActivityFilter(search="police")
            where, params = _where(flt)
            expected = [row[0] for row in store.db.execute(
                "SELECT a.id FROM activities a" + where + _order(sort, descending), params)]
            assert store.activities.ids(flt, sort, descending) == expected
            assert len(expected) == 20
            assert any(f"INDEXED BY idx_activities_sort_{sort}" in s for s in statements)
            statements.clear()
    # A search matching few activities, or with a filter the index cannot answer: as before.
    store.activities.ids(ActivityFilter(search="table 4"), "title")
    store.activities.ids(ActivityFilter(search="police", status="planned"), "title")
    assert not any("INDEXED BY" in s for s in statements)
