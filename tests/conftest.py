"""Shared fixtures: a fresh store per test, headless Qt, an in-memory keyring.

``QT_QPA_PLATFORM=offscreen`` is set here, before anything imports Qt, so the suite runs
without a display (CI has none) and never depends on the caller's environment. Its one
screen is 1280×720 (``ui/offscreen-1280x720.json``), the smallest laptop screen the windows
must fit, so every GUI test runs at that size and the layout test can check against it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen:configfile=" + os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "ui", "offscreen-1280x720.json"))
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from service_stores import (  # noqa: F401  (fixtures: the service store on both engines)
    engine_name,
    postgres_server,
    postgres_url,
    service_store,
    store_factory,
)

from focalpoint.storage import Store
from focalpoint.sync.credentials import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real per-user data directory or settings."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("FOCALPOINT_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return data


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store.open(store_path) as opened:
        yield opened


@pytest.fixture
def demo_store(store: Store) -> Store:
    from focalpoint.demo import load_demo

    load_demo(store)
    return store
