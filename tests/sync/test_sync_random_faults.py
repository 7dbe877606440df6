"""Seeded random walk: edits, deletes, submissions and syncs over a link that fails at random.

Deterministic per seed (the same faults and edits every run), so a failure reproduces.
Whatever happened on the way, once a sync succeeds the service must hold exactly the
client's data and every change exactly once.
"""

from __future__ import annotations

import random

import pytest
from faults import Fault, FlakyProxy
from sync_helpers import Service, assert_exactly_once, run_sync, sync_until_ok

from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store


def random_fault(rng: random.Random) -> Fault:
    kind = rng.choice(["cut", "drop", "cut-answer", "pass", "pass"])
    if kind == "cut":
        return Fault(cut_request_after=rng.randint(50, 6000))
    if kind == "drop":
        return Fault(drop_response=True, after_bytes_up=rng.randint(1500, 9000))
    if kind == "cut-answer":
        return Fault(cut_response_after=rng.randint(1, 300), after_bytes_up=1500)
    return Fault()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_and_faults(seed: int, demo_store: Store, service: Service,
                                 demo_token: str, service_store: ServiceStore,
                                 proxy: FlakyProxy) -> None:
    rng = random.Random(seed)
    proxy.add(*[random_fault(rng) for _ in range(40)])
    outcomes = []
    for _round in range(8):
        ids = demo_store.activities.ids()
        for _ in range(rng.randint(1, 8)):
            action = rng.random()
            if action < 0.6 and ids:
                activity = demo_store.activities.get(rng.choice(ids))
                demo_store.activities.save(activity.model_copy(
                    update={"outcome": f"seed {seed} edit {rng.random():.6f}"}))
            elif action < 0.8 and ids:
                victim = rng.choice(ids)
                demo_store.activities.delete(victim)
                ids.remove(victim)
            else:
                demo_store.activities.save({
                    "title": f"Round table {rng.randint(1, 10**6)}",
                    "activity_type": "round_table", "task_codes": ["III.10.2"]})
        outcomes.append(run_sync(demo_store, proxy.url, demo_token,
                                 batch_bytes=rng.choice([4096, 16384, 65536])).kind)
        assert set(outcomes) <= {"ok", "offline", "server"}, outcomes
    draft = demo_store.responses.latest()
    assert draft is not None
    demo_store.responses.submit(draft.id)
    sync_until_ok(demo_store, proxy.url, demo_token)
    assert proxy.faults_applied, "the link never failed: this run tested nothing"
    assert_exactly_once(demo_store, service_store)
