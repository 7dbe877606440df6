"""Fixtures for sync tests: a Secretariat service in a thread, a flaky proxy in front.

``service_store`` comes from ``tests/service_stores.py``: every test that takes it (and so
``service``, ``demo_token``, ``proxy``) runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from faults import FlakyProxy
from sync_helpers import Service, start_service

from focalpoint.secretariat.store import ServiceStore


@pytest.fixture
def service(service_store: ServiceStore) -> Iterator[Service]:
    running = start_service(service_store)
    yield running
    running.stop()


@pytest.fixture
def demo_token(service_store: ServiceStore) -> str:
    return service_store.add_mission("DEMO", "OSCE Demo Field Operation").token


@pytest.fixture
def proxy(service: Service) -> Iterator[FlakyProxy]:
    with FlakyProxy(service.port) as flaky:
        yield flaky
