"""Helpers for sync tests: a real Secretariat service on 127.0.0.1, stores wired to it.

The service runs in uvicorn in a daemon thread (ready in tens of milliseconds) on a port
the OS picks, so tests never collide; subprocess tests start their own clients. Retries
in tests use tiny backoffs so fault tests stay fast; the policy is the same code.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import uvicorn

from focalpoint.secretariat.app import create_app
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.config import SyncConfig, save_sync_config
from focalpoint.sync.engine import SyncEngine, SyncResult
from focalpoint.sync.http import RetryPolicy, make_session
from focalpoint.sync.protocol import Limits

FAST = RetryPolicy(attempts=6, backoff_factor=0.01, backoff_max=0.05, backoff_jitter=0.01,
                   connect_timeout=2.0, read_timeout=10.0)


@dataclass
class Service:
    store: ServiceStore
    url: str
    port: int
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def wait_for(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Poll ``condition`` until true or fail after ``timeout`` (never a bare sleep)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.005)


def start_service(store: ServiceStore, limits: Limits | None = None) -> Service:
    config = uvicorn.Config(create_app(store, limits=limits), host="127.0.0.1", port=0,
                            log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started or not thread.is_alive(), what="uvicorn to start")
    assert server.started, "the service did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    return Service(store, f"http://127.0.0.1:{port}", port, server, thread)


def configure(store: Store, url: str, code: str = "DEMO") -> SyncConfig:
    return save_sync_config(store, SyncConfig(server_url=url, mission_code=code))


def run_sync(store: Store, url: str, token: str, code: str = "DEMO",
             batch_bytes: int = 256 * 1024) -> SyncResult:
    config = configure(store, url, code)
    engine = SyncEngine(store, config, token, session_factory=lambda: make_session(FAST),
                        policy=FAST, batch_bytes=batch_bytes)
    return engine.run()
