"""The repositories: writes with their outbox rows, lists, filters, search, responses."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focalpoint.storage import ActivityFilter, NotFound, ResponseLocked, Store, database
from focalpoint.storage import activities as activities_module
from focalpoint.storage import outbox as outbox_module
from focalpoint.storage.sync_state import SyncState
from focalpoint.validation import InvalidRecord


def new(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Training for police investigators",
        "activity_type": "training",
        "status": "completed",
        "start_date": "2005-04-12",
        "end_date": "2005-04-14",
        "task_codes": ["III.12.1"],
    }
    data.update(changes)
    return data


def outbox_rows(store: Store) -> list[tuple[str, str, str]]:
    return [(c.entity_type, c.entity_id, c.op) for c in store.outbox.all()]


def test_save_get_update_delete_each_leave_one_outbox_change(store: Store) -> None:
    saved = store.activities.save(new(partners=["IOM"], forms=["labour_exploitation"]))
    assert store.activities.get(saved.id) == saved
    assert outbox_rows(store) == [("activity", saved.id, "upsert")]

    store.activities.save(saved.model_copy(update={"title": "Training for prosecutors"}))
    # the unsent upsert is replaced: only the newest full state travels
    assert outbox_rows(store) == [("activity", saved.id, "upsert")]
    assert store.outbox.all()[0].payload["title"] == "Training for prosecutors"

    store.activities.delete(saved.id)
    assert outbox_rows(store) == [("activity", saved.id, "delete")]
    with pytest.raises(NotFound):
        store.activities.get(saved.id)
    assert store.db.execute("SELECT count(*) FROM activity_tasks").fetchone()[0] == 0


def test_change_already_in_a_batch_is_frozen(store: Store) -> None:
    saved = store.activities.save(new())
    first = store.outbox.all()[0]
    with store.db.atomic():
        SyncState(store.db).freeze_batch("b1", [first.seq], b"body", "hash", 4)
    store.activities.delete(saved.id)
    changes = store.outbox.all()
    assert [(c.op, c.batch_id) for c in changes] == [("upsert", "b1"), ("delete", None)]
    assert changes[0].payload == first.payload


def test_entity_and_outbox_commit_together_or_not_at_all(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: the outbox write fails after the activity row was written."""
    kept = store.activities.save(new(title="Existing"))
    calls = []

    def failing_record_change(*args: Any, **kwargs: Any) -> None:
        calls.append(args)
        raise database.OperationalError("disk I/O error")

    monkeypatch.setattr(activities_module, "record_changes", failing_record_change)
    monkeypatch.setattr(outbox_module, "record_change", failing_record_change)
    with pytest.raises(database.OperationalError):
        store.activities.save(new(title="Lost?"))
    with pytest.raises(database.OperationalError):
        store.activities.save(kept.model_copy(update={"title": "Changed?"}))
    with pytest.raises(database.OperationalError):
        store.activities.delete(kept.id)
    assert len(calls) == 3  # the fault really happened, after each entity write
    assert [a.title for a in store.activities.list()] == ["Existing"]
    assert store.activities.get(kept.id).task_codes == ["III.12.1"]
    assert store.outbox.pending_count() == 1


def test_save_many_is_all_or_nothing(store: Store) -> None:
    records = [new(title=f"Activity {i}") for i in range(50)]
    records[31]["end_date"] = "2001-01-01"
    with pytest.raises(InvalidRecord, match=r"record 32: end_date"):
        store.activities.save_many(records)
    assert store.activities.total() == 0
    assert store.outbox.pending_count() == 0


def test_save_many_refuses_duplicate_ids(store: Store) -> None:
    one = new(id="0b6a4a36-6c55-4b47-9d4a-4a8b7b4fd9a1")
    with pytest.raises(InvalidRecord, match=r"record 2: id .* appears twice"):
        store.activities.save_many([one, dict(one)])
    assert store.activities.total() == 0


@pytest.fixture
def varied(store: Store) -> Store:
    store.activities.save_many(
        [
            new(
                title="Тренинг для сотрудников милиции",
                start_date="2005-03-01",
                end_date="2005-03-02",
                locations=["Бишкек"],
                task_codes=["III.12.1"],
                forms=["sexual_exploitation"],
            ),
            new(
                title="Monitorimi i proceseve gjyqësore",
                activity_type="trial_monitoring",
                status="ongoing",
                start_date="2006-01-10",
                end_date="2006-12-31",
                locations=["Tirana"],
                task_codes=["III.9.1", "V.15.1"],
                forms=["sexual_exploitation", "labour_exploitation"],
            ),
            new(
                title="Awareness campaign for students",
                activity_type="awareness_campaign",
                start_date="2004-09-01",
                end_date="2004-11-30",
                partners=["La Strada"],
                task_codes=["IV.8.1"],
                forms=["child_trafficking"],
            ),
            new(
                title="Undated research plan",
                activity_type="research",
                status="planned",
                start_date=None,
                end_date=None,
                task_codes=["IV.6.1"],
            ),
        ]
    )
    return store


@pytest.mark.parametrize(
    ("flt", "titles"),
    [
        (ActivityFilter(search="трен"), ["Тренинг для сотрудников милиции"]),
        (ActivityFilter(search="ТРЕНИНГ милиции"), ["Тренинг для сотрудников милиции"]),
        (ActivityFilter(search="gjyqesore"), ["Monitorimi i proceseve gjyqësore"]),
        (ActivityFilter(search="strada"), ["Awareness campaign for students"]),
        (ActivityFilter(search='"unbalanced NEAR( -quote'), []),
        (
            ActivityFilter(chapter="III"),
            ["Тренинг для сотрудников милиции", "Monitorimi i proceseve gjyqësore"],
        ),
        (ActivityFilter(section="V.15"), ["Monitorimi i proceseve gjyqësore"]),
        (ActivityFilter(task="IV.8.1"), ["Awareness campaign for students"]),
        (ActivityFilter(status="planned"), ["Undated research plan"]),
        (ActivityFilter(year=2006), ["Monitorimi i proceseve gjyqësore"]),
        (ActivityFilter(activity_type="trial_monitoring"), ["Monitorimi i proceseve gjyqësore"]),
        (ActivityFilter(form="labour_exploitation"), ["Monitorimi i proceseve gjyqësore"]),
        (
            ActivityFilter(period_start="2005-01-01", period_end="2006-06-30"),
            ["Тренинг для сотрудников милиции", "Monitorimi i proceseve gjyqësore"],
        ),
        (ActivityFilter(search="тренинг", chapter="IV"), []),
    ],
)
def test_filters(varied: Store, flt: ActivityFilter, titles: list[str]) -> None:
    found = [a.title for a in varied.activities.list(flt, sort="start_date")]
    assert found == titles
    assert varied.activities.count(flt) == len(titles)


def test_sorting_ids_and_summaries(varied: Store) -> None:
    ids = varied.activities.ids(sort="title")
    summaries = varied.activities.summaries(ids)
    titles = [summaries[i].title for i in ids]
    assert titles == sorted(titles, key=str.casefold)
    newest_first = varied.activities.ids(sort="start_date", descending=True)
    dates = [summaries[i].start_date for i in newest_first]
    assert dates == ["2006-01-10", "2005-03-01", "2004-09-01", None]  # undated last
    assert summaries[newest_first[0]].task_codes == ["III.9.1", "V.15.1"]
    with pytest.raises(ValueError, match="cannot sort by"):
        varied.activities.ids(sort="title; DROP TABLE activities")


def test_task_counts_and_years(varied: Store) -> None:
    assert varied.activities.task_counts() == {
        "III.12.1": 1,
        "III.9.1": 1,
        "V.15.1": 1,
        "IV.8.1": 1,
        "IV.6.1": 1,
    }
    assert varied.activities.years() == [2004, 2005, 2006]


printable = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    min_size=1,
    max_size=120,
).filter(lambda s: s.strip())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=printable, partner=printable)
def test_any_unicode_text_round_trips(store: Store, title: str, partner: str) -> None:
    saved = store.activities.save(new(title=title, partners=[partner], description=title))
    loaded = store.activities.get(saved.id)
    assert loaded.title == title.strip()
    assert loaded.description == title.strip()
    assert loaded.partners == [partner.strip()]


@pytest.mark.parametrize(
    "title",
    [
        "Тренинг для сотрудников милиции по выявлению жертв торговли людьми",
        "Monitorimi i proceseve gjyqësore në çështjet e trafikimit",
        "ტრეფიკინგის წინააღმდეგ ცნობიერების ამაღლების კამპანია",
        "Մարդկանց թրաֆիքինգի դեմ պայքարի օրենսդրության վերանայում",
    ],
)
def test_scripts_round_trip_and_are_searchable(store: Store, title: str) -> None:
    saved = store.activities.save(new(title=title))
    assert store.activities.get(saved.id).title == title
    first_word = title.split()[0]
    assert store.activities.ids(ActivityFilter(search=first_word[:4])) == [saved.id]


def test_mission_profile(store: Store) -> None:
    assert store.mission.get() is None
    store.mission.save({"code": "omik", "name": "OSCE Mission in Kosovo"})
    store.mission.save(
        {"code": "OMIK", "name": "OSCE Mission in Kosovo", "focal_point_name": "Arta Krasniqi"}
    )
    profile = store.mission.get()
    assert profile is not None and profile.focal_point_name == "Arta Krasniqi"
    assert store.db.execute("SELECT count(*) FROM mission").fetchone()[0] == 1
    assert [c.entity_type for c in store.outbox.all()] == ["mission"]


def test_device_id_is_stable(store: Store) -> None:
    assert store.meta.device_id() == store.meta.device_id()


def test_draft_response_then_submission_is_immutable(varied: Store) -> None:
    draft = varied.responses.save_draft(
        {
            "period_start": "2005-01-01",
            "period_end": "2006-06-30",
            "goal_setting": "Целеполагание",
            "task_entries": [
                {
                    "task_code": "III.12.1",
                    "status": "implemented",
                    "comment": "Trained 120 officers",
                }
            ],
        }
    )
    draft = varied.responses.save_draft(draft.model_copy(update={"priorities": "NRM first"}))
    assert varied.responses.get(draft.id).priorities == "NRM first"
    submitted = varied.responses.submit(draft.id)
    assert submitted.status == "submitted" and submitted.submitted_at is not None
    snapshot = varied.responses.snapshot(draft.id)
    assert snapshot is not None
    assert sorted(a["title"] for a in snapshot["activities"]) == [
        "Monitorimi i proceseve gjyqësore",
        "Тренинг для сотрудников милиции",
    ]
    with pytest.raises(ResponseLocked):
        varied.responses.save_draft(draft.model_copy(update={"priorities": "changed"}))
    with pytest.raises(ResponseLocked):
        varied.responses.submit(draft.id)
    with pytest.raises(ResponseLocked):
        varied.responses.delete_draft(draft.id)
    with pytest.raises(database.IntegrityError, match="cannot be changed"):
        varied.db.execute("UPDATE responses SET data = '{}' WHERE id = ?", [draft.id])
    assert varied.responses.get(draft.id).priorities == "NRM first"
    change = [c for c in varied.outbox.all() if c.entity_type == "response"][-1]
    assert change.payload["response"]["status"] == "submitted"
    assert len(change.payload["activities"]) == 2


def newer_catalogue(version: str) -> dict[str, Any]:
    """The bundled catalogue with one more task, as the Secretariat could publish it."""
    import json

    from focalpoint.catalogue import load_catalogue

    data: dict[str, Any] = json.loads(load_catalogue().to_json())
    data["version"] = version
    section = data["chapters"][1]["sections"][2]  # IV.8 Awareness-raising
    assert section["code"] == "IV.8"
    section["tasks"].append({**section["tasks"][-1], "code": "IV.8.6", "aliases": []})
    return data


def test_a_newer_pulled_catalogue_is_used_after_reopening(store_path: Any) -> None:
    from focalpoint.storage.sync_state import SyncState

    with Store.open(store_path) as store:
        assert store.catalogue.version == "2006.1"
        with pytest.raises(InvalidRecord, match=r"unknown Action Plan task code 'IV\.8\.6'"):
            store.activities.save(new(task_codes=["IV.8.6"]))
        state = SyncState(store.db)
        state.store_catalogue("2006.10", "2007-01-01T00:00:00+00:00", newer_catalogue("2006.10"))
        broken = newer_catalogue("2006.11")
        broken["chapters"] = "not a list"
        state.store_catalogue("2006.11", "2007-02-01T00:00:00+00:00", broken)
    with Store.open(store_path) as store:
        assert store.catalogue.version == "2006.10"  # newest that parses; 10 > 9 > 1
        saved = store.activities.save(new(task_codes=["IV.8.6"]))
        assert store.outbox.all()[-1].catalogue_version == "2006.10"
        assert store.activities.get(saved.id).task_codes == ["IV.8.6"]
