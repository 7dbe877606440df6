"""Edit history: a version per change, written in the change's own transaction, with who,
where and old -> new per field; restoring a version is a normal change."""

from __future__ import annotations

import json
from typing import Any

import pytest

from focalpoint.storage import NotFound, Store
from focalpoint.storage import history as history_module
from focalpoint.storage import outbox as outbox_module
from focalpoint.storage.history import COALESCE_SECONDS, flatten_response, unflatten_response
from focalpoint.storage.responses import ResponseLocked

BASE = {
    "title": "Training for border police on victim identification",
    "activity_type": "training",
    "partners": ["IOM"],
    "task_codes": ["III.12.1", "V.11.1"],
}


def activity(store: Store, **changes: Any) -> str:
    return store.activities.save({**BASE, **changes}).id


def edit(store: Store, activity_id: str, **changes: Any) -> None:
    current = store.activities.get(activity_id).model_dump(mode="json")
    store.activities.save({**current, **changes})


def test_every_change_keeps_the_previous_version_with_who_and_where(store: Store) -> None:
    store.mission.save({"code": "OMIK", "name": "Kosovo", "focal_point_name": "Arta Krasniqi"})
    aid = activity(store)
    edit(store, aid, title="Training for border police (Pristina)", partners=["IOM", "UNHCR"])
    versions = store.activities.versions(aid)
    assert [v.op for v in versions] == ["update", "create"]
    latest = versions[0]
    assert latest.changes == {
        "title": [BASE["title"], "Training for border police (Pristina)"],
        "partners": [["IOM"], ["IOM", "UNHCR"]],
    }
    assert latest.user == "Arta Krasniqi" and latest.os_user and latest.device
    assert latest.device_id == store.meta.device_id()
    assert latest.at >= versions[1].at


def test_a_save_that_changes_nothing_adds_no_version(store: Store) -> None:
    aid = activity(store)
    edit(store, aid)  # the same values
    edit(store, aid, task_codes=["V.11.1", "III.12.1"])  # the same tasks, another order
    assert [v.op for v in store.activities.versions(aid)] == ["create"]


def test_version_and_change_commit_together_or_not_at_all(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection both ways: the version write fails, then the outbox write fails."""
    aid = activity(store)
    calls: list[str] = []

    def broken_record(self: Any, *args: Any, **kwargs: Any) -> None:
        calls.append("history")
        raise RuntimeError("disk full")

    monkeypatch.setattr(history_module.History, "record", broken_record)
    with pytest.raises(RuntimeError):
        edit(store, aid, title="Lost?")
    monkeypatch.undo()
    assert calls == ["history"]
    assert store.activities.get(aid).title == BASE["title"]
    assert len(store.outbox.all()) == 1  # only the creation's change

    def broken_outbox(*args: Any, **kwargs: Any) -> None:
        calls.append("outbox")
        raise RuntimeError("disk full")

    monkeypatch.setattr("focalpoint.storage.activities.record_changes", broken_outbox)
    with pytest.raises(RuntimeError):
        edit(store, aid, title="Lost too?")
    assert calls == ["history", "outbox"]
    assert [v.op for v in store.activities.versions(aid)] == ["create"]
    assert outbox_module  # (the module whose function was replaced)


def test_restore_a_version_is_a_normal_change(store: Store) -> None:
    aid = activity(store)
    edit(store, aid, title="Second title", status="completed")
    edit(store, aid, title="Third title", outcome="Forty officers trained")
    created, second, third = reversed(store.activities.versions(aid))
    pending_before = {c.entity_id: c for c in store.outbox.all()}
    restored = store.activities.restore_version(aid, second.id)
    assert (restored.title, restored.status.value, restored.outcome) == (
        "Second title", "completed", "")
    assert store.activities.get(aid) == restored
    newest = store.activities.versions(aid)[0]
    assert newest.op == "restore" and newest.restored_from == second.id
    assert newest.changes == {"title": ["Third title", "Second title"],
                              "outcome": ["Forty officers trained", ""]}
    change = [c for c in store.outbox.all() if c.entity_id == aid][-1]
    assert change.payload["title"] == "Second title" and change.op == "upsert"
    assert pending_before  # the edit went through the outbox like any other
    # and the restore can itself be undone: back to the third version
    assert store.activities.restore_version(aid, third.id).title == "Third title"
    with pytest.raises(NotFound):
        store.activities.restore_version(aid, 999_999)
    assert created.op == "create"


def test_activity_from_before_the_history_can_go_back_to_its_first_state(store: Store) -> None:
    aid = activity(store)
    store.db.execute("DELETE FROM versions")  # as if written before history existed
    edit(store, aid, title="Renamed")
    assert [v.op for v in store.activities.versions(aid)] == ["update"]
    assert store.activities.restore_version(aid, 0).title == BASE["title"]


def test_delete_and_undelete_are_versions_too(store: Store) -> None:
    aid = activity(store, outcome="Manual adopted")
    deletion = "d1"
    store.activities.delete_many([aid], deletion_id=deletion)
    gone = store.activities.versions(aid)[0]
    assert gone.op == "delete" and gone.changes["outcome"] == ["Manual adopted", None]
    store.activities.restore(deletion)
    back = store.activities.versions(aid)[0]
    assert back.op == "undelete" and back.changes["title"] == [None, BASE["title"]]


def test_import_of_many_records_each_change(store: Store) -> None:
    ids = [activity(store, title=f"Round table {n}") for n in range(3)]
    records = [store.activities.get(i).model_dump(mode="json") for i in ids]
    records[1]["title"] = "Round table 1 (revised)"
    store.activities.save_many(records)
    assert [len(store.activities.versions(i)) for i in ids] == [1, 2, 1]


# --- questionnaire responses ---------------------------------------------------------


def draft(store: Store, **changes: Any) -> Any:
    base: dict[str, Any] = {"period_start": "2006-01-01", "period_end": "2006-12-31"}
    return store.responses.save_draft({**base, **changes})


def test_questionnaire_entries_are_versioned_per_field_and_autosaves_fold(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    response = draft(store, priorities="NRM first")
    rid = response.id
    entry = {"task_code": "III.12.1", "status": "in_progress", "comment": "Two trainings"}
    draft(store, id=rid, priorities="NRM first", task_entries=[entry])
    draft(store, id=rid, priorities="NRM first",
          task_entries=[{**entry, "comment": "Two trainings, one round table"}])
    versions = store.responses.versions(rid)
    assert [v.op for v in versions] == ["update", "create"]  # two autosaves, one version
    changes = versions[0].changes
    assert changes["task_entries/III.12.1/comment"] == [None, "Two trainings, one round table"]
    assert changes["task_entries/III.12.1/status"] == [None, "in_progress"]
    # typed and then undone within the window: no change is left at all
    draft(store, id=rid, priorities="NRM first")
    assert [v.op for v in store.responses.versions(rid)] == ["create"]
    # someone else (another name in the mission profile) gets a version of their own
    draft(store, id=rid, priorities="Prevention first")
    store.mission.save({"code": "OMIK", "name": "Kosovo", "focal_point_name": "Assistant"})
    draft(store, id=rid, priorities="Prosecution first")
    assert [v.user for v in store.responses.versions(rid)][:2][0] == "Assistant"
    assert len(store.responses.versions(rid)) == 3
    # and after the window, the same person's next save is a new version
    monkeypatch.setattr(history_module, "COALESCE_SECONDS", -1)
    draft(store, id=rid, priorities="Protection first")
    assert len(store.responses.versions(rid)) == 4
    assert COALESCE_SECONDS == 600


def test_submission_and_deletion_of_a_draft_are_recorded(store: Store) -> None:
    response = draft(store)
    store.responses.submit(response.id)
    assert store.responses.versions(response.id)[0].changes["status"] == ["draft", "submitted"]
    other = draft(store, period_start="2007-01-01", period_end="2007-12-31", resources="x")
    store.responses.delete_draft(other.id)
    assert store.responses.versions(other.id)[0].op == "delete"


def test_response_flattening_round_trips() -> None:
    data = {"priorities": "p", "task_entries": [
        {"task_code": "V.11.1", "status": "done", "comment": "c"},
        {"task_code": "III.12.1", "status": "partly", "comment": ""}]}
    flat = flatten_response(data)
    assert flat["task_entries/III.12.1/status"] == "partly"
    back = unflatten_response(flat)
    assert back["priorities"] == "p"
    assert sorted(json.dumps(e, sort_keys=True) for e in back["task_entries"]) == sorted(
        json.dumps(e, sort_keys=True) for e in data["task_entries"])


def test_a_draft_goes_back_to_an_earlier_version_as_a_normal_save(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_module, "COALESCE_SECONDS", -1)  # every save a version
    entry = {"task_code": "III.12.1", "status": "in_progress", "comment": "Two trainings"}
    rid = draft(store, priorities="NRM first").id
    draft(store, id=rid, priorities="NRM first", task_entries=[entry])
    draft(store, id=rid, priorities="Prevention first",
          task_entries=[{**entry, "comment": "Two trainings, one round table"}])
    with_entry = store.responses.versions(rid)[1]
    sent_before = store.outbox.pending_count()

    restored = store.responses.restore_version(rid, with_entry.id)
    assert restored.priorities == "NRM first"
    assert [(e.task_code, e.comment) for e in restored.task_entries] == [
        ("III.12.1", "Two trainings")]
    assert store.responses.get(rid) == restored
    newest = store.responses.versions(rid)[0]
    assert (newest.op, newest.restored_from) == ("restore", with_entry.id)
    assert newest.changes["priorities"] == ["Prevention first", "NRM first"]
    assert store.outbox.pending_count() == sent_before  # the draft's one waiting upsert
    assert store.responses.restore_version(rid, 0).task_entries == []  # before any entry

    with pytest.raises(NotFound):
        store.responses.restore_version(rid, 999_999)
    store.responses.submit(rid)
    frozen = store.responses.get(rid)
    with pytest.raises(ResponseLocked):
        store.responses.restore_version(rid, with_entry.id)
    assert store.responses.get(rid) == frozen
