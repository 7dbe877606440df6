"""Service-store fixtures for every test that needs the Secretariat's store, on both engines.

A test that takes ``service_store`` (or ``store_factory``) runs twice: on a SQLite file and
on the session's own PostgreSQL server (:mod:`postgres_server`; a fresh, emptied database
each time). Without a server the PostgreSQL half is skipped with the reason — except on CI
(``CI=true``), where it fails instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from postgres_server import PostgresServer, PostgresUnavailable
from sqlalchemy import URL, create_engine, text

from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store.tables import metadata

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer.start()
    except PostgresUnavailable as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs the PostgreSQL tests, and no server could start: {error}")
        pytest.skip(f"PostgreSQL half skipped: {error}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> URL:
    """The session's test database, migrated once (tests empty it, see ``reset``)."""
    url = postgres_server.create_database("focalpoint_test")
    ServiceStore.open_url(url).close()
    return url


def reset_postgres(url: URL) -> None:
    """Empty every table (faster than a new database per test; the schema stays)."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_factory(engine_name: str, tmp_path: Path,
                  request: pytest.FixtureRequest) -> Iterator[Callable[[], ServiceStore]]:
    """Makes an empty, ready service store on this test's engine (each call a fresh one)."""
    opened: list[ServiceStore] = []

    def make() -> ServiceStore:
        if engine_name == "sqlite":
            store = ServiceStore.open(tmp_path / f"secretariat-{len(opened)}.db")
        else:
            url: URL = request.getfixturevalue("postgres_url")
            for previous in opened:
                previous.close()
            reset_postgres(url)
            store = ServiceStore.open_url(url)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def service_store(store_factory: Callable[[], ServiceStore]) -> ServiceStore:
    return store_factory()
