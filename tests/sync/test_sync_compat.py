"""The desktop client against protocol 3 services of other builds: the short change form
(no ``change_id``, no ``catalogue_version``) goes only to a service that said it takes it.

:class:`EarlierService` wraps today's service in the rules of the protocol 3 service from
before the short form: it never hears the client's ``FocalPoint-Features`` header (so it
never lists a feature) and it refuses, as its ``ExchangeBatch.changes: list[Change]`` did,
an exchange whose changes lack their id or catalogue version: 422 with a ``detail`` and no
per-change ``results``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import ValidationError
from starlette.responses import JSONResponse
from sync_helpers import Service, assert_exactly_once, run_sync, start_service

from focalpoint.demo import load_demo
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.exchange_pass import HELLO_OMITTED_AT, META_EXCHANGE_COMPACT, PULL_LIMIT
from focalpoint.sync.protocol import (
    API_PREFIX,
    DEFAULT_PULL_LIMIT,
    FEATURES_HEADER,
    Change,
    Exchange,
)

_HEADER = FEATURES_HEADER.lower().encode()


class EarlierService:
    """An ASGI wrapper: records each exchange (its header and body) and applies the
    earlier service's rules when ``earlier`` (or refuses every short form it is told to,
    while passing the header on, when ``refuse_short``)."""

    def __init__(self, app: Any, *, earlier: bool = True, refuse_short: bool = False) -> None:
        self.app, self.earlier, self.refuse_short = app, earlier, refuse_short
        #: Refuse every batch, whatever its form (as for a change the service finds invalid).
        self.refuse_all = False
        self.exchanges: list[tuple[bool, dict[str, Any]]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != f"{API_PREFIX}/sync":
            await self.app(scope, receive, send)
            return
        raw, more = b"", True
        while more:
            message = await receive()
            raw += message.get("body", b"")
            more = message.get("more_body", False)
        asked = any(key == _HEADER for key, _ in scope["headers"])
        document = json.loads(gzip.decompress(raw))
        self.exchanges.append((asked, document))
        if self.earlier:
            scope = {**scope, "headers": [(k, v) for k, v in scope["headers"] if k != _HEADER]}
        if self.refuse_all and document.get("batch"):
            await JSONResponse({"detail": "changes: change 1 appears twice in the batch"},
                               status_code=422)(scope, receive, send)
            return
        if self.earlier or self.refuse_short:
            try:
                for change in (document.get("batch") or {}).get("changes", []):
                    Change.model_validate(change)
            except ValidationError as error:
                where = ".".join(str(p) for p in error.errors()[0]["loc"])
                await JSONResponse({"detail": f"exchange: batch.changes.{where}: Field "
                                              "required"}, status_code=422)(scope, receive, send)
                return

        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": raw, "more_body": False}

        await self.app(scope, replay, send)

    def batches(self) -> list[tuple[bool, list[dict[str, Any]]]]:
        """(asked for features, the changes) of each exchange that carried a batch."""
        return [(asked, document["batch"]["changes"]) for asked, document in self.exchanges
                if document.get("batch")]


@pytest.fixture
def wrapper() -> EarlierService:
    return EarlierService(None)


@pytest.fixture
def wrapped(service_store: ServiceStore, wrapper: EarlierService) -> Iterator[Service]:
    def wrap(app: Any) -> EarlierService:
        wrapper.app = app
        return wrapper

    running = start_service(service_store, wrap=wrap)
    yield running
    running.stop()


def written_out(changes: list[dict[str, Any]]) -> bool:
    return all("change_id" in c and "catalogue_version" in c for c in changes)


def test_an_earlier_protocol_3_service_gets_the_written_out_form_and_refuses_nothing(
        demo_store: Store, wrapped: Service, wrapper: EarlierService, demo_token: str,
        service_store: ServiceStore) -> None:
    result = run_sync(demo_store, wrapped.url, demo_token, batch_bytes=16 * 1024)
    assert result.ok and result.kind == "ok", result
    assert result.rejected == 0 and result.acknowledged == result.sent
    batches = wrapper.batches()
    assert len(batches) > 1  # several exchanges, none in the short form
    assert all(asked and written_out(changes) for asked, changes in batches)
    demo_store.activities.save(demo_store.activities.list()[0].model_copy(
        update={"title": "Renamed at the mission"}))
    again = run_sync(demo_store, wrapped.url, demo_token)
    assert again.ok and again.acknowledged == 1, again
    assert written_out(wrapper.batches()[-1][1])
    assert demo_store.meta.get(META_EXCHANGE_COMPACT) is None
    assert_exactly_once(demo_store, service_store)


def test_the_current_service_gets_the_short_form_after_the_first_exchange(
        demo_store: Store, wrapped: Service, wrapper: EarlierService, demo_token: str,
        service_store: ServiceStore) -> None:
    wrapper.earlier = False
    assert run_sync(demo_store, wrapped.url, demo_token, batch_bytes=16 * 1024).ok
    asked, first = wrapper.exchanges[0]
    assert asked and "batch" not in first  # the probe asks; the service names the feature
    batches = wrapper.batches()
    assert len(batches) > 1
    assert all(not asked and not any("change_id" in c or "catalogue_version" in c
                                     for c in changes) for asked, changes in batches)
    assert demo_store.meta.get(META_EXCHANGE_COMPACT)
    assert_exactly_once(demo_store, service_store)


def test_a_store_from_before_the_feature_sends_one_batch_written_out_then_short(
        demo_store: Store, wrapped: Service, wrapper: EarlierService, demo_token: str,
        service_store: ServiceStore) -> None:
    """A store that already exchanged with this service but never heard of the feature
    (an upgraded client): its first batch goes written out with the question, the next
    ones short; the derived ids are the same in both forms."""
    wrapper.earlier = False
    assert run_sync(demo_store, wrapped.url, demo_token).ok  # probe, then one batch
    with demo_store.db.atomic():
        demo_store.db.execute("DELETE FROM meta WHERE key = ?", [META_EXCHANGE_COMPACT])
    for activity in demo_store.activities.list()[:30]:
        demo_store.activities.save(activity.model_copy(update={"title": activity.title + "!"}))
    before = len(wrapper.batches())
    assert run_sync(demo_store, wrapped.url, demo_token, batch_bytes=2 * 1024).ok
    batches = wrapper.batches()[before:]
    assert len(batches) > 1
    assert batches[0][0] and written_out(batches[0][1])
    assert all(not asked and not written_out(changes) for asked, changes in batches[1:])
    assert_exactly_once(demo_store, service_store)


def test_a_short_form_refused_as_a_whole_goes_once_more_written_out(
        store: Store, wrapped: Service, wrapper: EarlierService, demo_token: str,
        service_store: ServiceStore) -> None:
    """A service that listed the feature yet refuses the short form (downgraded, or a
    gateway in between): the same batch goes written out, nothing is quarantined."""
    load_demo(store)
    wrapper.earlier, wrapper.refuse_short = False, True
    result = run_sync(store, wrapped.url, demo_token)
    assert result.ok and result.rejected == 0, result
    forms = [written_out(changes) for _asked, changes in wrapper.batches()]
    assert forms[:2] == [False, True]
    assert all(forms[1:])  # not the short form again in this pass
    assert_exactly_once(store, service_store)


def test_a_batch_refused_in_both_forms_is_quarantined_not_resent_again(
        store: Store, wrapped: Service, wrapper: EarlierService, demo_token: str) -> None:
    """The second form is the only retry: refused again, the changes are quarantined with
    the service's message (a batch refused as invalid is never resent blindly)."""
    load_demo(store)
    wrapper.earlier = False
    assert run_sync(store, wrapped.url, demo_token).ok
    store.activities.save(store.activities.list()[0].model_copy(update={"title": "Again"}))
    wrapper.refuse_all = True
    before = len(wrapper.batches())
    result = run_sync(store, wrapped.url, demo_token)
    assert result.kind == "rejected" and result.rejected == 1, result
    assert [written_out(c) for _a, c in wrapper.batches()[before:]] == [False, True]
    assert "appears twice" in store.db.execute(
        "SELECT error FROM outbox WHERE state = 'rejected'").fetchone()[0]


def test_a_hello_always_carries_its_page_size_and_leaves_out_only_nothing(
        store: Store, wrapped: Service, wrapper: EarlierService, demo_token: str) -> None:
    """``pull_limit`` is the client's choice (a later service's default may differ); the
    left-out fields are the "nothing yet" values every service reads the same way."""
    wrapper.earlier = False
    assert run_sync(store, wrapped.url, demo_token).ok
    _asked, hello = wrapper.exchanges[0]
    assert set(hello) == {"protocol_version", "client_version", "mission_code", "device_id",
                          "catalogue_version", "client_time", "pull_limit"}
    assert hello["pull_limit"] == PULL_LIMIT == DEFAULT_PULL_LIMIT
    for name, value in HELLO_OMITTED_AT.items():  # the service's model reads them back so
        assert Exchange.model_fields[name].default == value
