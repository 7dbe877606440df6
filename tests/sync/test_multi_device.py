"""Two devices of one mission and one service (protocol 3): every merge and conflict case.

Device A holds the demo mission; device B starts empty and gets everything from the feed.
Each case: both devices change the same entity from the same version, sync, and then a
fault-free round must leave both devices and the service with the same data and the same
open conflicts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from device_helpers import (
    assert_converged,
    conflicts_at_service,
    conflicts_here,
    data,
    edit,
    open_device,
    settle,
    sync,
    sync_engine,
)
from sync_helpers import Service, server_view

from focalpoint.demo import load_demo
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import NotFound, Store


@pytest.fixture
def devices(tmp_path: Path, service: Service, demo_token: str) -> Iterator[tuple[Store, Store]]:
    a, b = open_device(tmp_path, "a"), open_device(tmp_path, "b")
    load_demo(a)
    sync(a, service.url, demo_token)
    sync(b, service.url, demo_token)
    yield a, b
    a.close()
    b.close()


def test_the_second_device_receives_everything_and_sends_nothing_back(
        devices: tuple[Store, Store], service_store: ServiceStore) -> None:
    a, b = devices
    assert data(b) == data(a) == server_view(service_store)
    assert b.outbox.pending_count() == 0 and b.outbox.all() == []
    activity = b.activities.list()[0]
    [version] = b.activities.versions(activity.id)
    assert version.device_id == a.meta.device_id()  # the history names the other device


def test_fields_changed_on_one_side_each_merge(devices: tuple[Store, Store], service: Service,
                                               demo_token: str,
                                               service_store: ServiceStore) -> None:
    a, b = devices
    target = a.activities.list()[0].id
    edit(a, target, title="Edited on A")
    edit(b, target, partners=["IOM", "Edited on B"])
    sync(a, service.url, demo_token)
    result = sync(b, service.url, demo_token)
    assert result.acknowledged == 1
    settle([a, b], service.url, demo_token)
    for device in (a, b):
        merged = device.activities.get(target)
        assert merged.title == "Edited on A" and merged.partners == ["IOM", "Edited on B"]
    assert conflicts_here(a) == conflicts_here(b) == []
    assert_converged([a, b], service_store)


def test_the_same_field_on_both_sides_is_a_conflict_resolved_on_either(
        devices: tuple[Store, Store], service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    a, b = devices
    target = a.activities.list()[0].id
    edit(a, target, title="Title from A", outcome="outcome from A")
    edit(b, target, title="Title from B")
    sync(a, service.url, demo_token)
    sync(b, service.url, demo_token)
    settle([a, b], service.url, demo_token)
    assert_converged([a, b], service_store)
    [conflict] = conflicts_here(a)
    assert conflict[1:] == (target, "fields", ("title",))
    assert a.activities.get(target).title == "Title from A"  # the first arrival stays
    assert b.activities.get(target).outcome == "outcome from A"  # the rest merged
    on_b = b.conflicts.get(conflict[0])
    me = b.meta.device_id()
    assert on_b.fields[0].mine(me) == "Title from B"
    assert on_b.fields[0].theirs(me) == "Title from A"
    b.conflicts.resolve(conflict[0], "mine")
    assert conflicts_here(b) == []
    settle([b, a], service.url, demo_token)
    assert conflicts_at_service(service_store) == []
    assert a.conflicts.get(conflict[0]).status == "resolved"
    assert a.activities.get(target).title == "Title from B"
    assert_converged([a, b], service_store)


def test_an_edit_against_a_deletion_keeps_the_entity_with_a_conflict(
        devices: tuple[Store, Store], service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    a, b = devices
    first, second = (x.id for x in a.activities.list()[:2])
    a.activities.delete(first)
    edit(b, first, outcome="B edited what A deleted")
    edit(a, second, outcome="A edited what B deletes")
    b.activities.delete(second)
    sync(a, service.url, demo_token)
    sync(b, service.url, demo_token)
    settle([a, b], service.url, demo_token)
    assert_converged([a, b], service_store)
    kinds = {c[1]: c[2] for c in conflicts_here(a)}
    assert kinds == {first: "delete", second: "delete"}
    for device in (a, b):  # nothing is lost: both stay, with the edits
        assert device.activities.get(first).outcome == "B edited what A deleted"
        assert device.activities.get(second).outcome == "A edited what B deletes"
    by_entity = {c.entity_id: c for c in a.conflicts.list_open()}
    a.conflicts.resolve(by_entity[first].id, "mine")  # A deleted it: delete after all
    b.conflicts.resolve(by_entity[second].id, "theirs")  # B deleted it; keep A's edit
    settle([a, b], service.url, demo_token)
    assert_converged([a, b], service_store)
    for device in (a, b):
        with pytest.raises(NotFound):
            device.activities.get(first)
        assert device.activities.get(second).outcome == "A edited what B deletes"
    assert conflicts_here(a) == [] and conflicts_at_service(service_store) == []


def test_a_questionnaire_draft_merges_per_entry_and_conflicts_per_field(
        devices: tuple[Store, Store], service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    a, b = devices
    draft = a.responses.latest()
    assert draft is not None and len(draft.task_entries) >= 2
    on_a = draft.model_dump(mode="json")
    on_b = b.responses.get(draft.id).model_dump(mode="json")
    on_a["task_entries"][0]["comment"] = "A's comment on the first task"
    on_a["task_entries"][1]["challenges"] = "A's challenges"
    on_b["task_entries"][0]["comment"] = "B's comment on the first task"
    on_b["task_entries"][1]["comment"] = "B's comment on the second task"
    a.responses.save_draft(on_a)
    b.responses.save_draft(on_b)
    sync(a, service.url, demo_token)
    sync(b, service.url, demo_token)
    settle([a, b], service.url, demo_token)
    assert_converged([a, b], service_store)
    code = draft.task_entries[0].task_code
    [conflict] = conflicts_here(b)
    assert conflict[1:] == (draft.id, "fields", (f"task_entries/{code}/comment",))
    merged = b.responses.get(draft.id).task_entries[1]
    assert (merged.comment, merged.challenges) == ("B's comment on the second task",
                                                   "A's challenges")
    b.conflicts.resolve(conflict[0], {f"task_entries/{code}/comment": "Both comments"})
    settle([b, a], service.url, demo_token)
    assert a.responses.get(draft.id).task_entries[0].comment == "Both comments"
    assert_converged([a, b], service_store)


def test_mission_profile_edits_merge(devices: tuple[Store, Store], service: Service,
                                     demo_token: str, service_store: ServiceStore) -> None:
    a, b = devices
    profile = b.mission.get()
    assert profile is not None
    b.mission.save({**profile.model_dump(mode="json"), "focal_point_name": "Assistant B"})
    sync(b, service.url, demo_token)
    settle([a, b], service.url, demo_token)
    mission = a.mission.get()
    assert mission is not None and mission.focal_point_name == "Assistant B"
    assert_converged([a, b], service_store)


def test_an_empty_sync_is_one_request_and_an_edit_of_one_field_is_a_patch(
        devices: tuple[Store, Store], service: Service, demo_token: str) -> None:
    a, _b = devices
    engine = sync_engine(a, service.url, demo_token)
    assert engine.run().ok
    assert engine.requests == 1
    target = a.activities.list()[0]
    edit(a, target.id, title=target.title + " (2)")
    body = a.db.execute("SELECT count(*) FROM sync_batches").fetchone()[0]
    assert engine.run().ok and engine.requests == 1
    from focalpoint.sync.engine import decode_batch_body

    newest = a.db.execute("SELECT body FROM sync_batches ORDER BY rowid DESC LIMIT 1"
                          ).fetchone()[0]
    assert a.db.execute("SELECT count(*) FROM sync_batches").fetchone()[0] == body + 1
    [change] = decode_batch_body(newest)["changes"]
    assert change["op"] == "patch" and change["payload"] == {"title": target.title + " (2)"}


def test_a_patch_whose_base_the_service_lacks_is_sent_whole(
        devices: tuple[Store, Store], service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    a, b = devices
    target = a.activities.list()[0].id
    # As if the device knew a version the service does not have (a service restored from
    # an older backup): the patch cannot be rebuilt there.
    a.db.execute("UPDATE server_state SET version = 99 WHERE entity_id = ?", [target])
    edit(a, target, title="Sent again whole")
    sync(a, service.url, demo_token)
    assert any("sent again whole" in (c.error or "") for c in a.outbox.all())
    settle([a, b], service.url, demo_token)
    assert b.activities.get(target).title == "Sent again whole"
    assert_converged([a, b], service_store)


def refuse_queued_change(store: Store, entity_id: str) -> None:
    """As if this device's catalogue had a task the Secretariat does not know: the queued
    change of the entity is refused there (every validation refusal goes the same way)."""
    cursor = store.db.execute(
        "UPDATE outbox SET payload = json_set(payload, '$.task_codes', json('[\"IX.9.9\"]')) "
        "WHERE entity_id = ? AND state = 'pending'", [entity_id])
    assert cursor.rowcount == 1


def test_a_refused_resolution_opens_the_conflict_again_with_the_reason(
        devices: tuple[Store, Store], service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    a, b = devices
    target = a.activities.list()[0].id
    edit(a, target, title="Title from A")
    edit(b, target, title="Title from B")
    settle([a, b], service.url, demo_token)
    [conflict] = conflicts_here(b)
    b.conflicts.resolve(conflict[0], "mine")
    assert b.conflicts.get(conflict[0]).status == "resolving"
    refuse_queued_change(b, target)
    refused = sync_engine(b, service.url, demo_token).run()
    assert refused.kind == "rejected"  # the patch, then the whole record: both refused
    again = b.conflicts.get(conflict[0])
    assert again.status == "open" and "IX.9.9" in again.refusal
    assert conflicts_here(b) == [conflict]  # listed again, to choose once more
    assert conflicts_at_service(service_store) == [conflict[0]]
    assert b.activities.get(target).title == "Title from B"  # the refused choice stays here

    b.conflicts.resolve(conflict[0], "theirs")
    settle([b, a], service.url, demo_token)
    assert conflicts_at_service(service_store) == []
    for device in (a, b):
        assert device.conflicts.get(conflict[0]).status == "resolved"
        assert device.activities.get(target).title == "Title from A"
        assert device.activities.get(target).task_codes != ["IX.9.9"]
    assert_converged([a, b], service_store)


def test_a_refused_edit_is_not_overwritten_by_another_devices_version(
        devices: tuple[Store, Store], service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    a, b = devices
    target = a.activities.list()[0].id
    edit(a, target, title="A's refused title", outcome="A's outcome")
    refuse_queued_change(a, target)
    assert sync_engine(a, service.url, demo_token).run().kind == "rejected"
    edit(b, target, partners=["IOM", "B's partner"], outcome="B's outcome")
    sync(b, service.url, demo_token)
    assert sync_engine(a, service.url, demo_token).run().kind == "rejected"  # still refused
    kept = a.activities.get(target)
    assert (kept.title, kept.outcome) == ("A's refused title", "A's outcome")  # not lost
    # The user fixes the refused edit: it goes with its old base, and the service merges
    # it with B's version (title: A's; partners: B's; outcome: both changed → conflict).
    edit(a, target, task_codes=["III.12.1"])
    settle([a, b], service.url, demo_token)
    assert_converged([a, b], service_store)
    [conflict] = conflicts_here(a)
    assert conflict[1:] == (target, "fields", ("outcome",))
    for device in (a, b):
        merged = device.activities.get(target)
        assert merged.title == "A's refused title"
        assert merged.partners == ["IOM", "B's partner"]
    me = a.meta.device_id()
    [clash] = a.conflicts.get(conflict[0]).fields
    assert (clash.mine(me), clash.theirs(me)) == ("A's outcome", "B's outcome")
