"""A server that accepts the connection and never answers: the sync gives up within its
time budget (default 30 s, ``--timeout`` or the sync settings) and says what happened.

Before, urllib3's retries waited a full read timeout for each of five attempts plus the
backoff: 196 s before ``focalpoint sync`` gave up. The server here counts the connections
it accepted, so the test sees that no retry was started after the budget ran out, without
measuring any time.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import configure

from focalpoint.cli import main as focalpoint_main
from focalpoint.storage import Store
from focalpoint.sync.config import DEFAULT_TIMEOUT_SECONDS, SyncConfig, load_sync_config
from focalpoint.sync.config import save_sync_config as save
from focalpoint.sync.engine import SyncEngine
from focalpoint.sync.http import RetryPolicy

TOKEN = "fp1_0123456789abcdef_" + "a" * 43


class SilentServer:
    """Accepts every connection, reads what arrives, and never sends a byte."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = 0
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            if self._stop.is_set():
                conn.close()
                return
            self.accepted += 1
            self._held.append(conn)

    def close(self) -> None:
        self._stop.set()
        socket.create_connection(("127.0.0.1", self.port)).close()  # wakes accept()
        self._thread.join(10)
        self.listener.close()
        for conn in self._held:
            conn.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def test_sync_gives_up_after_its_timeout_and_says_why(
        demo_store: Store, store_path: Path, silent: SilentServer,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    configure(demo_store, f"http://127.0.0.1:{silent.port}")
    pending = demo_store.outbox.pending_count()
    monkeypatch.setenv("FOCALPOINT_TOKEN", TOKEN)
    assert focalpoint_main(["--db", str(store_path), "sync", "--timeout", "5"]) == 1
    err = capsys.readouterr().err
    assert "sync failed (offline)" in err
    assert "accepted the connection but sent no answer within 5 s" in err
    assert silent.accepted == 1  # no retry was started once the 5 s were used up
    assert demo_store.outbox.pending_count() == pending  # nothing lost, all still queued


def test_the_timeout_is_a_setting(demo_store: Store, store_path: Path, silent: SilentServer,
                                  monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{silent.port}"
    assert load_sync_config(demo_store).timeout_seconds == DEFAULT_TIMEOUT_SECONDS == 30
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(TOKEN + "\n"))
    assert focalpoint_main(["--db", str(store_path), "login", "--server", url,
                            "--mission-code", "DEMO", "--timeout", "6"]) == 0
    err = capsys.readouterr().err
    assert "could not reach the server" in err and "within 6 s" in err  # the token check
    assert load_sync_config(demo_store).timeout_seconds == 6
    monkeypatch.setenv("FOCALPOINT_TOKEN", TOKEN)
    accepted = silent.accepted
    assert focalpoint_main(["--db", str(store_path), "sync"]) == 1
    assert "no answer within 6 s" in capsys.readouterr().err
    assert silent.accepted == accepted + 1


@pytest.mark.parametrize("bad", ["0", "4", "601", "nan"])
def test_a_timeout_out_of_bounds_is_a_usage_error(
        demo_store: Store, store_path: Path, silent: SilentServer, bad: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    configure(demo_store, f"http://127.0.0.1:{silent.port}")
    monkeypatch.setenv("FOCALPOINT_TOKEN", TOKEN)
    assert focalpoint_main(["--db", str(store_path), "sync", "--timeout", bad]) == 2
    assert "timeout must be between 5 and 600 seconds" in capsys.readouterr().err
    assert silent.accepted == 0
    with pytest.raises(ValueError, match="timeout"):
        save(demo_store, SyncConfig(f"http://127.0.0.1:{silent.port}", "DEMO",
                                    timeout_seconds=float(bad)), force=True)


def test_the_engine_uses_the_configured_budget(demo_store: Store, silent: SilentServer) -> None:
    """What the GUI runs: the same budget from the same settings."""
    config = configure(demo_store, f"http://127.0.0.1:{silent.port}")
    config = save(demo_store, SyncConfig(config.server_url, "DEMO", timeout_seconds=5),
                  force=True)
    result = SyncEngine(demo_store, load_sync_config(demo_store), TOKEN).run()
    assert result.kind == "offline" and "no answer within 5 s" in result.message
    assert silent.accepted == 1


def test_retries_still_happen_within_the_budget(demo_store: Store) -> None:
    """A refused connection is retried with backoff while the budget lasts."""
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now: connections are refused at once
    config = configure(demo_store, f"http://127.0.0.1:{port}")
    policy = RetryPolicy(attempts=3, backoff_factor=0.01, backoff_max=0.02,
                         backoff_jitter=0.0, total_timeout=30)
    result = SyncEngine(demo_store, config, TOKEN, policy=policy).run()
    assert result.kind == "offline" and "refused" in result.message
