"""Fixtures for the staff workspace: a service store with a synced demo mission, a test
client on the same database, staff accounts and logged-in clients, a clock to move.

``service_store`` is the shared one (tests/service_stores.py): every workspace test runs on
SQLite and on the session's PostgreSQL server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from sync_helpers import Service, run_sync, start_service
from web_helpers import ADMIN, ANALYST, Clock, Workspace

from focalpoint.secretariat.accounts import SessionPolicy
from focalpoint.secretariat.app import create_app
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.web.services import WorkspaceSettings
from focalpoint.storage import Store


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def workspace(service_store: ServiceStore, clock: Clock) -> Iterator[Workspace]:
    settings = WorkspaceSettings(policy=SessionPolicy(clock=clock))
    app = create_app(service_store, workspace=settings)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        space = Workspace(service_store, client, clock)
        space.add_staff(ADMIN, "admin", "Ada Admin")
        space.add_staff(ANALYST, "analyst", "Anna Analyst")
        yield space


@pytest.fixture
def service(service_store: ServiceStore) -> Iterator[Service]:
    running = start_service(service_store)
    yield running
    running.stop()


@pytest.fixture
def demo_token(service_store: ServiceStore) -> str:
    return service_store.add_mission("DEMO", "OSCE Demo Field Operation").token


@pytest.fixture
def synced_demo(demo_store: Store, service: Service, demo_token: str) -> Store:
    """The demo mission with its questionnaire submitted, synced to the service."""
    draft = demo_store.responses.latest()
    assert draft is not None
    demo_store.responses.submit(draft.id)
    assert run_sync(demo_store, service.url, demo_token).ok
    return demo_store
