"""Property: whatever replays arrive, the service ends with the newest state of each entity.

A device's changes (upserts and deletes of a few activities, increasing ``seq``) are cut
into batches and delivered in order, while old material is replayed at random points: the
same batch again (same id), or old changes re-sent in a new batch (a client restored from
a backup, with the original or fresh change ids). The final state must equal applying the
changes once, in ``seq`` order — and no replay may ever be applied.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focalpoint.demo import demo_document
from focalpoint.secretariat.ingest import ingest
from focalpoint.secretariat.store import ServiceStore
from focalpoint.sync.protocol import Batch

ENTITIES = [str(uuid.UUID(int=i + 1)) for i in range(4)]
DEVICE = str(uuid.uuid4())

operations = st.lists(st.tuples(st.integers(0, 3), st.booleans()), min_size=2, max_size=25)


def changes_for(ops: list[tuple[int, bool]]) -> list[dict[str, Any]]:
    template = demo_document()["activities"][0]
    changes = []
    for seq, (entity, delete) in enumerate(ops, start=1):
        entity_id = ENTITIES[entity]
        payload = {"id": entity_id} if delete else dict(template, id=entity_id,
                                                         title=f"version {seq}")
        changes.append({"seq": seq * 2, "change_id": str(uuid.uuid4()),  # gaps on purpose
                        "entity_type": "activity", "entity_id": entity_id,
                        "op": "delete" if delete else "upsert", "payload": payload,
                        "catalogue_version": "2006.1", "created_at": "2026-01-01T00:00:00Z"})
    return changes


def batch(changes: list[dict[str, Any]], batch_id: str | None = None) -> Batch:
    return Batch.model_validate({"protocol_version": 1, "batch_id": batch_id or str(uuid.uuid4()),
                                 "mission_code": "DEMO", "device_id": DEVICE,
                                 "changes": changes})


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=operations, cut=st.integers(1, 4),
       replays=st.lists(st.tuples(st.integers(0, 100), st.sampled_from(
           ["same-batch", "old-changes", "old-changes-new-ids"])), max_size=6))
def test_replays_never_change_the_outcome(store_factory: Callable[[], ServiceStore],
                                          ops: list[tuple[int, bool]], cut: int,
                                          replays: list[tuple[int, str]]) -> None:
    changes = changes_for(ops)
    batches = [batch(changes[i:i + cut]) for i in range(0, len(changes), cut)]
    store = store_factory()  # a fresh, empty one for each example
    store.add_mission("DEMO", "Demo")
    delivered: list[Batch] = []
    at: dict[int, list[tuple[int, str]]] = {}
    for where, kind in replays:  # before batch 1..n-1, i.e. after something was sent
        if len(batches) > 1:
            at.setdefault(1 + where % (len(batches) - 1), []).append((where, kind))
    for index, current in enumerate(batches):
        for where, kind in at.get(index, []):
            old = delivered[where % len(delivered)]
            if kind == "same-batch":
                replay = old
            elif kind == "old-changes":
                replay = batch([c.model_dump() for c in old.changes])
            else:
                replay = batch([dict(c.model_dump(), change_id=str(uuid.uuid4()))
                                for c in old.changes])
            outcome = ingest(store, "DEMO", replay)
            assert outcome.status_code == 200 and outcome.ack is not None
            if kind == "same-batch":  # the original acknowledgement, nothing applied
                assert outcome.replayed
            else:
                assert all(r.status == "accepted" and not r.applied
                           for r in outcome.ack.results), outcome.ack
        outcome = ingest(store, "DEMO", current)
        assert outcome.status_code == 200, outcome.detail
        delivered.append(current)
    expected: dict[str, str | None] = {}
    for change in changes:
        expected[change["entity_id"]] = (None if change["op"] == "delete"
                                         else change["payload"]["title"])
    exported = {a["id"]: a["title"] for a in store.export_document("DEMO")["activities"]}
    assert exported == {k: v for k, v in expected.items() if v is not None}
