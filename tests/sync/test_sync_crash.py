"""kill -9 of the client in the middle of a sync, then a restart: nothing lost or doubled.

The client is a real ``focalpoint sync`` process (token from ``FOCALPOINT_TOKEN``, never
argv; a keyring backend that holds nothing). The proxy holds its connection at the chosen
moment and tells the test, which then kills the process — no sleeps, no timing guesses.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from faults import Fault, FlakyProxy
from store_keys import TEST_PASSPHRASE, open_passphrase_store
from sync_helpers import Service, assert_exactly_once, configure, wait_for

from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store

HERE = Path(__file__).resolve().parent


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """The child ``focalpoint sync`` opens this store: a passphrase, not the keyring."""
    with open_passphrase_store(store_path) as opened:
        yield opened
ROOT = HERE.parent.parent


def child_env(token: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        FOCALPOINT_TOKEN=token,
        FOCALPOINT_PASSPHRASE=TEST_PASSPHRASE,
        FOCALPOINT_SYNC_BATCH_BYTES="4096",
        PYTHON_KEYRING_BACKEND="child_keyring.NoSecrets",
        PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT)]),
    )
    return env


def start_sync(store_path: Path, token: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "focalpoint", "--db", str(store_path), "sync"],
        env=child_env(token), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
@pytest.mark.parametrize("fault", [
    Fault(hold_response=True, after_bytes_up=1500),  # the service committed, no answer yet
    Fault(hold_request_after=3000),                   # the batch is half sent
], ids=["after-commit", "mid-request"])
@pytest.mark.parametrize("batches_before", [0, 3])
def test_kill_9_mid_sync_then_restart(demo_store: Store, store_path: Path, service: Service,
                                      demo_token: str, service_store: ServiceStore,
                                      fault: Fault, batches_before: int) -> None:
    with FlakyProxy(service.port) as proxy:
        configure(demo_store, proxy.url)
        # Let the handshake connection and some batches through, then hold.
        if batches_before:
            proxy.add(Fault(hold_response=True, after_bytes_up=1500 + 4000 * batches_before)
                      if fault.hold_response else
                      Fault(hold_request_after=3000 + 4000 * batches_before))
        else:
            proxy.add(fault)
        child = start_sync(store_path, demo_token)
        try:
            wait_for(lambda: proxy.held.is_set() or child.poll() is not None, timeout=60,
                     what="the proxy to hold the sync")
            assert child.poll() is None, child.communicate()
            cmdline = Path(f"/proc/{child.pid}/cmdline")
            if cmdline.exists():  # Linux: the token is not in the process arguments
                assert demo_token.encode() not in cmdline.read_bytes()
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
            proxy.release()
        assert child.returncode == -signal.SIGKILL
        assert proxy.faults_applied and proxy.faults_applied[0].startswith("held")
        assert demo_store.outbox.pending_count() > 0
        open_batches = demo_store.db.execute(
            "SELECT batch_id FROM sync_batches WHERE state = 'open'").fetchall()
        assert len(open_batches) == 1, "the interrupted batch was persisted before sending"

        restarted = start_sync(store_path, demo_token)
        out, err = restarted.communicate(timeout=120)
        assert restarted.returncode == 0, err.decode()
    held = demo_store.db.execute("SELECT attempts, state FROM sync_batches WHERE batch_id = ?",
                                 [open_batches[0][0]]).fetchone()
    assert tuple(held) == (2, "acknowledged"), "the same batch id was resent and acknowledged"
    assert_exactly_once(demo_store, service_store)
    assert demo_token.encode() not in out + err
