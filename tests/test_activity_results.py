"""The results fields of an activity: people reached, outcome indicators, evaluation and
sustainability (2006 report, recommendation 8), their validation, storage and migration."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from focalpoint.domain import Activity
from focalpoint.exchange import export_file, import_file
from focalpoint.storage import Store
from focalpoint.storage.activities import ActivityFilter
from focalpoint.storage.database import schema_version
from focalpoint.validation import InvalidRecord, parse

FIXTURES = Path(__file__).parent / "fixtures"
OLD_STORE = FIXTURES / "store_schema2.db"
OLD_EXPORT = FIXTURES / "store_schema2_export.json"


def base(**extra: Any) -> dict[str, Any]:
    return {"title": "Training", "activity_type": "training", "task_codes": ["III.9.1"], **extra}


FULL = base(
    people_reached={"total": 120, "women": 45, "men": 60, "not_recorded": 15},
    outcome_indicators=[{"name": "materials published", "value": 5000},
                        {"name": "cases referred", "value": 12}],
    evaluation={"kind": "external", "date": "2005-06-30", "finding": "Trainees apply the SOP."},
    sustainability={
        "adequacy": {"rating": "yes", "note": "Asked for by the Ministry"},
        "national_ownership": {"rating": "partly", "note": ""},
        "infrastructure": {"rating": "no", "note": "No budget line after 2006"},
    },
)


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidRecord) as caught:
        parse(Activity, data)
    return [str(p) for p in caught.value.problems]


def test_defaults_mean_not_recorded() -> None:
    activity = parse(Activity, base())
    assert activity.people_reached.total is None and not activity.people_reached.recorded
    assert activity.outcome_indicators == []
    assert activity.evaluation.kind == "none"
    assert {activity.sustainability.factor(f).rating
            for f in activity.sustainability.FACTORS} == {"unknown"}


def test_full_record_round_trips_through_json() -> None:
    activity = parse(Activity, FULL)
    again = parse(Activity, json.loads(activity.model_dump_json()))
    assert again == activity
    assert again.evaluation.date is not None and again.evaluation.date.isoformat() == "2005-06-30"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"people_reached": {"total": 10, "women": 8, "men": 5}},
         "people_reached: women, men and not recorded add up to 13, more than the total 10"),
        ({"people_reached": {"women": 3}},
         "people_reached.total: is required when women, men or not recorded are given"),
        ({"people_reached": {"total": -1}}, "people_reached.total: must not be negative (got -1)"),
        ({"people_reached": {"total": "many"}},
         "people_reached.total: 'many' is not a number"),
        ({"outcome_indicators": [{"name": "cases", "value": 1}, {"name": "Cases", "value": 2}]},
         "outcome_indicators[1].name: 'Cases' appears more than once"),
        ({"outcome_indicators": [{"name": "", "value": 1}]},
         "outcome_indicators[0].name: must not be empty"),
        ({"evaluation": {"finding": "good"}},
         "evaluation.kind: is 'none' but a date or main finding is given (choose internal or "
         "external)"),
        ({"evaluation": {"kind": "peer"}},
         "evaluation.kind: 'peer' is not one of: 'none', 'internal' or 'external'"),
        ({"sustainability": {"adequacy": {"rating": "maybe"}}},
         "sustainability.adequacy.rating: 'maybe' is not one of: 'yes', 'partly', 'no' or "
         "'unknown'"),
        ({"sustainability": {"durability": {"rating": "yes"}}},
         "sustainability.durability: is not a known field"),
    ],
)
def test_bad_results_name_the_field(extra: dict[str, Any], expected: str) -> None:
    assert expected in problems(base(**extra))


def test_parts_may_equal_total_and_total_may_stand_alone() -> None:
    parse(Activity, base(people_reached={"total": 10, "women": 4, "men": 6}))
    parse(Activity, base(people_reached={"total": 10}))


def test_store_keeps_results(store: Store) -> None:
    saved = store.activities.save(FULL)
    assert store.activities.get(saved.id) == saved
    [change] = [c for c in store.outbox.all() if c.entity_id == saved.id]
    assert change.payload["people_reached"]["women"] == 45


def test_bad_results_leave_store_unchanged(store: Store) -> None:
    good = store.activities.save(FULL)
    with pytest.raises(InvalidRecord):
        store.activities.save({**FULL, "id": good.id,
                               "people_reached": {"total": 1, "women": 2}})
    assert store.activities.get(good.id) == good
    assert len(store.outbox.all()) == 1


def test_only_ids_filter(store: Store) -> None:
    first = store.activities.save(base(title="one"))
    store.activities.save(base(title="two"))
    third = store.activities.save(base(title="three"))
    flt = ActivityFilter(only_ids=frozenset({first.id, third.id}))
    assert sorted(store.activities.ids(flt)) == sorted([first.id, third.id])
    assert store.activities.count(ActivityFilter(only_ids=frozenset())) == 0
    assert store.activities.count(ActivityFilter()) == 3


def test_store_made_by_previous_version_migrates_unchanged(tmp_path: Path) -> None:
    """tests/fixtures/store_schema2.db was written by FocalPoint before the results fields
    (schema version 2, the demo mission); its export was taken by the same version."""
    path = tmp_path / "old.db"
    shutil.copy(OLD_STORE, path)
    before = {a["id"]: a for a in json.loads(OLD_EXPORT.read_text("utf-8"))["activities"]}
    with Store.open(path) as store:
        assert schema_version(store.db) >= 3
        after = {a.id: a.model_dump(mode="json") for a in store.activities.list()}
        pending = store.outbox.pending_count()
    assert set(after) == set(before) and len(before) == 59
    new_fields = {"people_reached", "outcome_indicators", "evaluation", "sustainability"}
    empty = parse(Activity, base()).model_dump(mode="json")
    for activity_id, old in before.items():
        new = after[activity_id]
        assert {k: v for k, v in new.items() if k not in new_fields} == old
        assert {k: new[k] for k in new_fields} == {k: empty[k] for k in new_fields}
    assert pending == 61  # the migration wrote no outbox rows (59 activities + mission + draft)
    assert list(tmp_path.glob("old.v2-*.backup.db")), "the old file was copied aside first"


def test_export_and_import_carry_results(store: Store, tmp_path: Path) -> None:
    saved = store.activities.save(FULL)
    out = tmp_path / "out.json"
    export_file(store, out)
    document = json.loads(out.read_text("utf-8"))
    assert document["activities"][0]["sustainability"]["infrastructure"]["rating"] == "no"
    with Store.open(tmp_path / "other.db") as other:
        import_file(other, out)
        assert other.activities.get(saved.id) == saved


def test_import_of_old_file_without_results_is_valid(store: Store) -> None:
    imported = import_file(store, OLD_EXPORT)
    assert len(imported) == 59
    assert all(a.evaluation.kind == "none" for a in imported)
