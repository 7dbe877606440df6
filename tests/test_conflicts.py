"""Protocol 3 on the desktop store: server_state, feed pages, conflicts and their resolution,
and what the batch builder sends (base_version, resolves, patches). No service here: the
feed items and conflicts are built the way the service's models serialise them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from focalpoint.domain import new_id
from focalpoint.storage import NotFound, Store
from focalpoint.storage.conflicts import ResolutionError
from focalpoint.storage.feed import apply_page
from focalpoint.storage.sync_state import SyncState
from focalpoint.sync.batching import build_next_batch
from focalpoint.sync.engine import decode_batch_body
from focalpoint.sync.protocol import ConflictInfo, FeedItem
from focalpoint.validation import InvalidRecord

OTHER = "0b7c3a0e-5f7e-4a53-9d43-3c1d8d1e2f10"
BASE = {
    "title": "Training for border police on victim identification",
    "activity_type": "training",
    "partners": ["IOM"],
    "task_codes": ["III.12.1"],
}


def _activity(store: Store, **changes: Any) -> dict[str, Any]:
    return store.activities.save({**BASE, **changes}).model_dump(mode="json")


def _item(entity_id: str, version: int, payload: dict[str, Any], *, seq: int,
          op: str = "upsert", device: str = OTHER, entity_type: str = "activity",
          conflicts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A feed item exactly as the wire model serialises it."""
    item = FeedItem.model_validate({
        "server_seq": seq, "entity_type": entity_type, "entity_id": entity_id,
        "version": version, "op": op, "payload": payload, "device_id": device,
        "changed_at": "2026-12-01T10:00:00Z", "conflicts": conflicts or []})
    return item.model_dump(mode="json")


def _conflict(entity_id: str, values: list[dict[str, Any]], *, kind: str = "fields",
              status: str = "open", deleted_by: str = "", entity_type: str = "activity",
              conflict_id: str | None = None) -> dict[str, Any]:
    info = ConflictInfo.model_validate({
        "id": conflict_id or new_id(), "kind": kind, "entity_type": entity_type,
        "entity_id": entity_id, "opened_at": "2026-12-01T10:00:00Z", "opened_version": 2,
        "values": values, "deleted_by_device_id": deleted_by, "status": status})
    return info.model_dump(mode="json")


def _sync_all(store: Store) -> None:
    """As if every queued change had been acknowledged (the service has them)."""
    store.db.execute("UPDATE outbox SET state = 'synced'")


def _batch(store: Store, protocol: int = 3) -> dict[str, Any]:
    batch = build_next_batch(SyncState(store.db), mission_code="DEMO",
                             device_id=store.meta.device_id(), pending_count=0,
                             last_sync=None, protocol_version=protocol)
    assert batch is not None
    return decode_batch_body(batch.body)


def refuse_queued(store: Store, message: str, *, whole: bool = False) -> list[int]:
    """Send the queued changes in a batch and record the service's refusal of each (as an
    acknowledgement does); ``whole``: a refused patch is queued again whole (the first
    refusal of a patch whose base the service lacks)."""
    state = SyncState(store.db)
    batch = build_next_batch(state, mission_code="DEMO", device_id=store.meta.device_id(),
                             pending_count=0, last_sync=None, protocol_version=3)
    assert batch is not None
    seqs = state.batch_seqs(batch.batch_id)
    with store.db.atomic():
        if whole:
            state.requeue_copies(seqs, full_state=True)
        state.acknowledge(batch.batch_id, [], {seq: message for seq in seqs}, "{}")
    return seqs


# --- the feed ------------------------------------------------------------------------------


def test_a_feed_page_overwrites_rows_without_pending_changes_and_keeps_the_others(
        store: Store) -> None:
    quiet = _activity(store, title="Round table on the NRM")
    busy = _activity(store, title="Study tour")
    _sync_all(store)
    store.activities.save({**busy, "outcome": "edited here, not yet sent"})
    result = apply_page(store, [
        _item(quiet["id"], 2, {**quiet, "title": "Round table on the NRM (Pristina)"}, seq=5),
        _item(busy["id"], 2, {**busy, "title": "Study tour to Vienna"}, seq=6),
    ], cursor=6)
    assert (result.updated, result.kept_local) == (1, 1)
    assert store.activities.get(quiet["id"]).title == "Round table on the NRM (Pristina)"
    assert store.activities.get(busy["id"]).title == "Study tour"  # our edit stays
    assert store.activities.get(busy["id"]).outcome == "edited here, not yet sent"
    assert store.server_state.cursor() == 6
    assert store.server_state.version("activity", quiet["id"]) == 2
    # The busy one's change still goes with the base it was made on (none here).
    assert store.server_state.version("activity", busy["id"]) is None
    # Nothing queued for what came from the service; our edit is still queued once.
    queued = [(c.entity_id, c.state) for c in store.outbox.all() if c.state == "pending"]
    assert queued == [(busy["id"], "pending")]
    version = store.activities.versions(quiet["id"])[0]
    assert version.device_id == OTHER and "another device" in version.who
    assert version.changes["title"] == ["Round table on the NRM",
                                        "Round table on the NRM (Pristina)"]


def test_a_page_applied_twice_or_an_older_version_changes_nothing(store: Store) -> None:
    row = _activity(store)
    _sync_all(store)
    page = [_item(row["id"], 3, {**row, "title": "Version 3"}, seq=9)]
    apply_page(store, page, cursor=9)
    versions = len(store.activities.versions(row["id"]))
    again = apply_page(store, [*page, _item(row["id"], 2, {**row, "title": "old"}, seq=4)],
                       cursor=9)
    assert again.updated == 0 and again.skipped == 2
    assert store.activities.get(row["id"]).title == "Version 3"
    assert len(store.activities.versions(row["id"])) == versions


def test_feed_deletes_and_new_entities(store: Store) -> None:
    gone = _activity(store)
    _sync_all(store)
    fresh = {**BASE, "id": new_id(), "title": "Awareness campaign in schools"}
    result = apply_page(store, [
        _item(gone["id"], 2, {"id": gone["id"]}, op="delete", seq=1),
        _item(fresh["id"], 1, fresh, seq=2),
    ], cursor=2)
    assert (result.deleted, result.updated) == (1, 1)
    with pytest.raises(NotFound):
        store.activities.get(gone["id"])
    assert store.activities.get(fresh["id"]).title == "Awareness campaign in schools"
    assert store.outbox.pending_count() == 0
    assert store.activities.versions(gone["id"])[0].op == "delete"


def test_a_page_is_one_transaction_with_its_cursor(store: Store,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _activity(store), _activity(store)
    _sync_all(store)
    from focalpoint.storage import feed

    real = feed._apply_item
    calls = []

    def crash_on_second(store_: Store, item: dict[str, Any], result: feed.PageResult) -> None:
        calls.append(item["entity_id"])
        if len(calls) == 2:
            raise RuntimeError("power cut")
        real(store_, item, result)

    monkeypatch.setattr(feed, "_apply_item", crash_on_second)
    with pytest.raises(RuntimeError):
        apply_page(store, [_item(first["id"], 2, {**first, "title": "A"}, seq=1),
                           _item(second["id"], 2, {**second, "title": "B"}, seq=2)], cursor=2)
    assert len(calls) == 2  # the fault fired after the first item was written
    assert store.activities.get(first["id"]).title == BASE["title"]
    assert store.server_state.cursor() == 0 and store.server_state.count() == 0


def test_server_state_is_reset_for_another_service(store: Store) -> None:
    row = _activity(store)
    assert not store.server_state.bind("https://a.example.org", "DEMO")
    apply_page(store, [_item(row["id"], 2, row, seq=3)], cursor=3)
    assert not store.server_state.bind("https://a.example.org/", "demo")
    assert store.server_state.bind("https://b.example.org", "DEMO")
    assert store.server_state.cursor() == 0 and store.server_state.count() == 0


# --- what is sent --------------------------------------------------------------------------


def test_changes_carry_the_base_version_and_edits_travel_as_patches(store: Store) -> None:
    row = _activity(store)
    new = _activity(store, title="Conference on labour exploitation")
    first = _batch(store)
    assert all("base_version" not in c for c in first["changes"])  # never had a version
    _sync_all(store)
    store.db.execute("UPDATE sync_batches SET state = 'acknowledged'")
    apply_page(store, [_item(row["id"], 4, row, seq=1), _item(new["id"], 1, new, seq=2)],
               cursor=2)
    store.activities.save({**row, "title": "Training for judges"})
    store.activities.save({**new, "partners": ["IOM", "UNODC"], "task_codes": ["III.12.1"]})
    changes = {c["entity_id"]: c for c in _batch(store)["changes"]}
    assert changes[row["id"]]["op"] == "patch" and changes[row["id"]]["base_version"] == 4
    assert changes[row["id"]]["payload"] == {"title": "Training for judges"}
    assert changes[new["id"]]["payload"] == {"partners": ["IOM", "UNODC"]}
    whole = len(json.dumps(store.activities.get(row["id"]).model_dump(mode="json")))
    assert len(json.dumps(changes[row["id"]])) < whole


def test_an_older_service_gets_whole_records_without_versions(store: Store) -> None:
    row = _activity(store)
    _sync_all(store)
    apply_page(store, [_item(row["id"], 4, row, seq=1)], cursor=1)
    store.activities.save({**row, "title": "Training for judges"})
    change = _batch(store, protocol=2)["changes"][0]
    assert change["op"] == "upsert" and "base_version" not in change
    assert change["payload"]["title"] == "Training for judges"


def test_a_full_state_row_is_never_a_patch(store: Store) -> None:
    row = _activity(store)
    _sync_all(store)
    apply_page(store, [_item(row["id"], 4, row, seq=1)], cursor=1)
    store.activities.save({**row, "title": "Training for judges"})
    store.db.execute("UPDATE outbox SET full_state = 1 WHERE state = 'pending'")
    change = _batch(store)["changes"][0]
    assert change["op"] == "upsert" and "base_version" not in change


# --- conflicts -----------------------------------------------------------------------------


def _fields_conflict(store: Store) -> tuple[dict[str, Any], str]:
    """Our device changed the title, another device too: the service kept theirs."""
    me = store.meta.device_id()
    row = _activity(store, title="Ours")
    _sync_all(store)
    conflict = _conflict(row["id"], [
        {"field": "title", "base": "Base", "current": "Theirs", "current_device_id": OTHER,
         "incoming": "Ours", "incoming_device_id": me},
        {"field": "partners", "base": [], "current": ["UNHCR"], "current_device_id": OTHER,
         "incoming": ["IOM"], "incoming_device_id": me}])
    merged = {**row, "title": "Theirs", "partners": ["UNHCR"]}
    apply_page(store, [_item(row["id"], 3, merged, seq=7, conflicts=[conflict])], cursor=7)
    return row, conflict["id"]


def test_conflicts_from_the_feed_are_listed(store: Store) -> None:
    row, conflict_id = _fields_conflict(store)
    [listed] = store.conflicts.list_open()
    assert listed.id == conflict_id and listed.entity_id == row["id"]
    assert [f.field for f in listed.fields] == ["title", "partners"]
    me = store.meta.device_id()
    assert listed.fields[0].mine(me) == "Ours" and listed.fields[0].theirs(me) == "Theirs"
    assert store.conflicts.label(listed) == "Theirs"
    assert store.conflicts.find(conflict_id[:8]).id == conflict_id
    assert store.activities.get(row["id"]).title == "Theirs"  # the service's state


@pytest.mark.parametrize(("keep", "title", "partners"), [
    ("mine", "Ours", ["IOM"]),
    ("theirs", "Theirs", ["UNHCR"]),
    ({"title": "Both: ours and theirs"}, "Both: ours and theirs", ["UNHCR"]),
])
def test_resolve_writes_the_entity_and_a_change_that_resolves(
        store: Store, keep: Any, title: str, partners: list[str]) -> None:
    row, conflict_id = _fields_conflict(store)
    resolved = store.conflicts.resolve(conflict_id, keep)
    assert resolved.status == "resolving" and store.conflicts.list_open() == []
    activity = store.activities.get(row["id"])
    assert (activity.title, activity.partners) == (title, partners)
    [queued] = [c for c in store.outbox.all() if c.state == "pending"]
    assert queued.resolves == conflict_id and queued.payload["title"] == title
    change = _batch(store)["changes"][0]
    assert change["resolves"] == conflict_id and change["base_version"] == 3


def test_an_edit_after_resolving_still_carries_the_resolution(store: Store) -> None:
    row, conflict_id = _fields_conflict(store)
    store.conflicts.resolve(conflict_id, "mine")
    store.activities.save({**store.activities.get(row["id"]).model_dump(mode="json"),
                           "outcome": "typed just after"})
    [queued] = [c for c in store.outbox.all() if c.state == "pending"]
    assert queued.resolves == conflict_id and queued.payload["outcome"] == "typed just after"


def test_a_bad_resolution_changes_nothing(store: Store) -> None:
    row, conflict_id = _fields_conflict(store)
    before = (store.activities.get(row["id"]), store.outbox.all())
    with pytest.raises(ResolutionError, match="description: not a field of this conflict"):
        store.conflicts.resolve(conflict_id, {"description": "x"})
    with pytest.raises(InvalidRecord, match="title"):
        store.conflicts.resolve(conflict_id, {"title": ""})
    with pytest.raises(ResolutionError, match="no conflict"):
        store.conflicts.resolve(new_id(), "mine")
    assert (store.activities.get(row["id"]), store.outbox.all()) == before
    assert [c.id for c in store.conflicts.list_open()] == [conflict_id]


def test_the_service_closing_a_conflict_closes_it_here(store: Store) -> None:
    row, conflict_id = _fields_conflict(store)
    store.conflicts.resolve(conflict_id, "mine")
    still_open = _conflict(row["id"], [], conflict_id=conflict_id)
    apply_page(store, [_item(row["id"], 3, row, seq=8, conflicts=[still_open])], cursor=8)
    assert store.conflicts.get(conflict_id).status == "resolving"  # our resolution is queued
    _sync_all(store)
    closed = {**still_open, "status": "resolved", "resolved_by_device_id": OTHER}
    apply_page(store, [_item(row["id"], 4, row, seq=9, conflicts=[closed])], cursor=9)
    assert store.conflicts.get(conflict_id).status == "resolved"
    with pytest.raises(ResolutionError, match="already resolved"):
        store.conflicts.resolve(conflict_id, "theirs")


def test_a_deletion_conflict_resolved_both_ways(store: Store) -> None:
    me = store.meta.device_id()
    kept, dropped = _activity(store, title="Kept"), _activity(store, title="Dropped")
    _sync_all(store)
    # We deleted both; another device edited both; the service kept them with the edits.
    one = _conflict(kept["id"], [], kind="delete", deleted_by=me)
    two = _conflict(dropped["id"], [], kind="delete", deleted_by=me)
    apply_page(store, [_item(kept["id"], 3, kept, seq=1, conflicts=[one]),
                       _item(dropped["id"], 3, dropped, seq=2, conflicts=[two])], cursor=2)
    store.conflicts.resolve(one["id"], "theirs")  # keep it after all
    store.conflicts.resolve(two["id"], "mine")  # our deletion stands
    assert store.activities.get(kept["id"]).title == "Kept"
    with pytest.raises(NotFound):
        store.activities.get(dropped["id"])
    changes = {c["entity_id"]: c for c in _batch(store)["changes"]}
    assert changes[kept["id"]]["resolves"] == one["id"]
    assert changes[dropped["id"]]["op"] == "delete"
    assert changes[dropped["id"]]["resolves"] == two["id"]


def test_a_questionnaire_entry_conflict_by_flattened_field(store: Store) -> None:
    me = store.meta.device_id()
    draft = store.responses.save_draft({
        "period_start": "2026-01-01", "period_end": "2026-06-30",
        "task_entries": [{"task_code": "III.12.1", "status": "in_progress",
                          "comment": "ours"}]})
    _sync_all(store)
    field = "task_entries/III.12.1/comment"
    data = draft.model_dump(mode="json")
    theirs = {**data, "task_entries": [{**data["task_entries"][0], "comment": "theirs"}]}
    conflict = _conflict(draft.id, [{"field": field, "base": "", "current": "theirs",
                                     "current_device_id": OTHER, "incoming": "ours",
                                     "incoming_device_id": me}], entity_type="response")
    apply_page(store, [_item(draft.id, 2, {"response": theirs}, seq=1, entity_type="response",
                             conflicts=[conflict])], cursor=1)
    assert store.responses.get(draft.id).task_entries[0].comment == "theirs"
    store.conflicts.resolve(conflict["id"], "mine")
    assert store.responses.get(draft.id).task_entries[0].comment == "ours"
    change = _batch(store)["changes"][0]
    assert change["op"] == "patch" and change["payload"] == {field: "ours"}
    assert change["resolves"] == conflict["id"]


def test_a_refused_resolution_is_open_again_with_the_reason_and_resolves_later(
        store: Store) -> None:
    _row, conflict_id = _fields_conflict(store)
    store.conflicts.resolve(conflict_id, "mine")
    refuse_queued(store, "sent again whole: base 2 unknown", whole=True)
    assert store.conflicts.get(conflict_id).status == "resolving"  # the copy still settles
    refuse_queued(store, "change 9: title: too long")
    refused = store.conflicts.get(conflict_id)
    assert (refused.status, refused.refusal) == ("open", "change 9: title: too long")
    assert [c.id for c in store.conflicts.list_open()] == [conflict_id]
    assert SyncState(store.db).requeue_rejected() == 1  # retried as it was: resolving again
    assert store.conflicts.get(conflict_id).status == "resolving"
    refuse_queued(store, "still refused")
    store.conflicts.resolve(conflict_id, "theirs")  # a later resolution works
    settled = store.conflicts.get(conflict_id)
    assert (settled.status, settled.refusal) == ("resolving", "")
    assert _batch(store)["changes"][0]["resolves"] == conflict_id
