"""Unreliable links: cut requests, lost answers, slow answers. Nothing lost, nothing twice.

Each test checks that its faults really happened (the proxy counts them) and then checks
the invariant from both ends: the service holds exactly the client's data, every change the
client marked synced was received exactly once, and nothing is left pending.
"""

from __future__ import annotations

from dataclasses import replace

from faults import Fault, FlakyProxy
from sync_helpers import (
    FAST,
    Service,
    assert_exactly_once,
    configure,
    query,
    run_sync,
    sync_until_ok,
)

from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.engine import SyncEngine
from focalpoint.sync.http import make_session


def test_cut_requests_are_retried(demo_store: Store, service: Service, demo_token: str,
                                  proxy: FlakyProxy, service_store: ServiceStore) -> None:
    proxy.add(*[Fault(cut_request_after=n) for n in (100, 900, 2500, 4000, 6000, 9000)])
    results = sync_until_ok(demo_store, proxy.url, demo_token)
    assert len([f for f in proxy.faults_applied if f.startswith("cut request")]) == 6
    assert_exactly_once(demo_store, service_store)
    assert results[-1].ok


def test_lost_acknowledgements_are_not_applied_twice(
        demo_store: Store, service: Service, demo_token: str, proxy: FlakyProxy,
        service_store: ServiceStore) -> None:
    # Each faulty connection carries the handshake, then a batch the server commits but
    # whose answer never arrives; the retry must get the stored acknowledgement.
    proxy.add(*[Fault(drop_response=True, after_bytes_up=1500)] * 5,
              Fault(cut_response_after=40, after_bytes_up=1500))
    sync_until_ok(demo_store, proxy.url, demo_token)
    dropped = [f for f in proxy.faults_applied if f.startswith("dropped")]
    assert len(dropped) == 5
    assert any(f.startswith("cut response") for f in proxy.faults_applied)
    replayed = query(service_store, "SELECT count(*) FROM batches")[0][0]
    assert replayed >= 1
    assert_exactly_once(demo_store, service_store)


def test_slow_answers_time_out_and_are_retried(
        demo_store: Store, service: Service, demo_token: str, proxy: FlakyProxy,
        service_store: ServiceStore) -> None:
    policy = replace(FAST, read_timeout=0.5)
    proxy.add(Fault(delay_response=1.5, after_bytes_up=1500),
              Fault(delay_response=1.5, after_bytes_up=1500))
    config = configure(demo_store, proxy.url)
    results = []
    for _ in range(20):
        engine = SyncEngine(demo_store, config, demo_token, policy=policy,
                            session_factory=lambda: make_session(policy), batch_bytes=8192)
        results.append(engine.run())
        if results[-1].ok:
            break
    assert results[-1].ok, results
    assert sum(f.startswith("delayed") for f in proxy.faults_applied) == 2
    assert_exactly_once(demo_store, service_store)


def test_offline_then_back(demo_store: Store, service: Service, demo_token: str,
                           service_store: ServiceStore) -> None:
    proxy = FlakyProxy(service.port)
    url = proxy.url
    proxy.close()  # nothing listens on this port any more: the link is down
    result = run_sync(demo_store, url, demo_token)
    assert not result.ok and result.kind == "offline"
    assert "cannot reach" in result.message
    pending = demo_store.outbox.pending_count()
    assert pending > 0 and result.pending == pending
    assert run_sync(demo_store, service.url, demo_token).ok
    assert_exactly_once(demo_store, service_store)


def test_edits_between_interrupted_passes(demo_store: Store, service: Service,
                                          demo_token: str, proxy: FlakyProxy,
                                          service_store: ServiceStore) -> None:
    """A batch frozen before a failure is resent as is; later edits follow in order."""
    proxy.add(*[Fault(drop_response=True, after_bytes_up=1500)] * 7)
    first = run_sync(demo_store, proxy.url, demo_token, batch_bytes=8192)
    assert not first.ok and first.kind == "offline"
    frozen = demo_store.db.execute(
        "SELECT count(*) FROM sync_batches WHERE state = 'open'").fetchone()[0]
    assert frozen == 1
    victim = demo_store.activities.list()[0]
    demo_store.activities.save(victim.model_copy(update={"outcome": "Edited offline"}))
    demo_store.activities.delete(demo_store.activities.list()[1].id)
    sync_until_ok(demo_store, proxy.url, demo_token)
    assert_exactly_once(demo_store, service_store)
