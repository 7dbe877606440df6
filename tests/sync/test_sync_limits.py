"""The client against a service with small limits: it adapts, splits, and quarantines only
the change that can never fit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sync_helpers import Service, client_view, run_sync, server_view, start_service

from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.storage.sync_state import SyncState
from focalpoint.sync.batching import build_next_batch
from focalpoint.sync.engine import rejected_changes

SMALL = dict(max_body_bytes=64 * 1024, max_decompressed_bytes=40 * 1024,
             max_changes_per_batch=10)


@pytest.fixture
def small_service(service_store: ServiceStore) -> Iterator[Service]:
    from focalpoint.sync.protocol import Limits

    running = start_service(service_store, Limits(**SMALL))
    yield running
    running.stop()


def batch_sizes(store: Store) -> list[tuple[int, int, str]]:
    return [tuple(r) for r in store.db.execute(  # type: ignore[misc]
        "SELECT change_count, raw_bytes, state FROM sync_batches ORDER BY rowid")]


def test_client_follows_the_announced_limits(demo_store: Store, small_service: Service,
                                             demo_token: str,
                                             service_store: ServiceStore) -> None:
    result = run_sync(demo_store, small_service.url, demo_token, batch_bytes=256 * 1024)
    assert result.ok, result
    sizes = batch_sizes(demo_store)
    assert all(count <= 10 and raw <= 40 * 1024 for count, raw, _ in sizes)
    assert all(state == "acknowledged" for _, _, state in sizes)
    assert server_view(service_store) == client_view(demo_store)


def test_batch_frozen_too_large_is_split(demo_store: Store, small_service: Service,
                                         demo_token: str, service_store: ServiceStore) -> None:
    # A batch frozen before the limits were known (e.g. by an older client version).
    early = build_next_batch(SyncState(demo_store.db), mission_code="DEMO",
                             device_id=demo_store.meta.device_id(), pending_count=0,
                             last_sync=None, target_bytes=200 * 1024, max_changes=60)
    assert early is not None and early.raw_bytes > 40 * 1024
    result = run_sync(demo_store, small_service.url, demo_token)
    assert result.ok, result
    assert SyncState(demo_store.db).batch(early.batch_id).state == "refused"  # type: ignore[union-attr]
    assert server_view(service_store) == client_view(demo_store)


def test_a_change_that_can_never_fit_is_quarantined(demo_store: Store, small_service: Service,
                                                    demo_token: str,
                                                    service_store: ServiceStore) -> None:
    huge = demo_store.activities.list()[0]
    demo_store.activities.save(huge.model_copy(update={
        "description": "d" * 19_000, "outcome": "o" * 19_000,
        "partners": [f"partner {i:03}" * 10 for i in range(40)]}))
    result = run_sync(demo_store, small_service.url, demo_token)
    assert result.kind == "rejected" and result.pending == 0
    refused = rejected_changes(demo_store)
    assert [r["entity_id"] for r in refused] == [huge.id]
    assert "limit" in refused[0]["error"]
    received = {a["id"] for a in service_store.export_document("DEMO")["activities"]}
    assert huge.id not in received
    assert len(received) == demo_store.activities.total() - 1


def test_a_gzip_bomb_is_never_inflated_in_memory() -> None:
    """256 MiB of zeros, 256 KiB on the wire: refused after inflating just past the limit."""
    import tracemalloc
    import zlib

    from focalpoint.secretariat.bodies import BodyTooLarge, gunzip

    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    bomb = b"".join(packer.compress(block) for _ in range(256)) + packer.flush()
    assert len(bomb) < 512 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(BodyTooLarge, match="decompressed"):
            gunzip(bomb, 256 * 1024)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, f"{peak} bytes held while refusing the bomb"
