"""Restore a mission's store from the Secretariat: entity by entity, resumable after kill -9,
never a half store, a new device that re-sends nothing and then syncs like any other."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from device_helpers import assert_converged, data, edit, open_device, sync
from faults import Fault, FlakyProxy
from store_keys import TEST_PASSPHRASE
from sync_helpers import FAST, Service, server_view, wait_for
from test_sync_crash import child_env

from focalpoint.cli import main as focalpoint_main
from focalpoint.demo import load_demo
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.storage.encryption import KEYINFO_SUFFIX
from focalpoint.storage.sync_state import SyncState
from focalpoint.sync.config import SyncConfig
from focalpoint.sync.http import make_session
from focalpoint.sync.restore import RestoreError, partial_path, restore_store


@pytest.fixture
def original(tmp_path: Path, service: Service, demo_token: str,
             service_store: ServiceStore) -> Store:
    """The stolen laptop: the demo mission, edited, with a comment from the Secretariat."""
    store = open_device(tmp_path, "stolen")
    load_demo(store)
    store.activities.delete(store.activities.list()[-1].id)
    sync(store, service.url, demo_token)
    service_store.add_feedback("DEMO", "Please name the partners", author="TNTF")
    sync(store, service.url, demo_token)
    return store


def _restore(target: Path, url: str, token: str, **kwargs: object) -> object:
    config = SyncConfig(server_url=url, mission_code="DEMO")
    return restore_store(target, config, token, session_factory=lambda: make_session(FAST),
                         policy=FAST, **kwargs)  # type: ignore[arg-type]


def test_restore_equals_the_original_entity_by_entity(
        original: Store, tmp_path: Path, service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    target = tmp_path / "new-laptop.db"
    seen: list[tuple[int, int]] = []
    result = _restore(target, service.url, demo_token, pull_limit=7,
                      progress=lambda pages, items, _m: seen.append((pages, items)))
    assert not partial_path(target).exists() and target.exists()
    assert (target.with_name(target.name + KEYINFO_SUFFIX)).exists()  # encrypted, key file
    assert len(seen) > 3 and seen[-1][1] >= original.activities.total()
    with Store.open(target) as restored:
        assert restored.encrypted
        assert data(restored) == data(original) == server_view(service_store)
        for activity in original.activities.list():
            assert restored.activities.get(activity.id) == activity
        assert restored.outbox.all() == []  # nothing to send back
        assert restored.meta.device_id() != original.meta.device_id()
        assert [f.message for f in SyncState(restored.db).feedback()] == [
            "Please name the partners"]
        assert result.activities == original.activities.total()  # type: ignore[attr-defined]


def test_a_restore_never_overwrites_a_store(original: Store, service: Service,
                                            demo_token: str) -> None:
    assert original.path is not None
    before = original.path.read_bytes()
    with pytest.raises(RestoreError, match="already exists"):
        _restore(original.path, service.url, demo_token)
    assert original.path.read_bytes() == before


def test_a_cut_restore_resumes_and_the_next_edit_reaches_everyone(
        original: Store, tmp_path: Path, service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    target = tmp_path / "new-laptop.db"
    with FlakyProxy(service.port) as proxy:
        # A page or two get through, then the link dies for longer than the retries last.
        proxy.add(Fault(cut_response_after=200, after_bytes_up=1500),
                  *[Fault(cut_response_after=200)] * 20)
        with pytest.raises(RestoreError) as stopped:
            _restore(target, proxy.url, demo_token, pull_limit=5)
        assert stopped.value.kind == "offline" and proxy.faults_applied
        assert not target.exists() and partial_path(target).exists()
        with Store.open(partial_path(target)) as half:
            assert half.server_state.cursor() > 0
            assert 0 < half.activities.total() < original.activities.total()
        proxy.plan.clear()  # the link is back
        result = _restore(target, proxy.url, demo_token, pull_limit=5)
        assert result.resumed  # type: ignore[attr-defined]
        with Store.open(target) as restored:
            assert data(restored) == data(original)
            target_id = restored.activities.list()[0].id
            edit(restored, target_id, title="Edited on the new laptop")
            for _ in range(2):
                sync(restored, proxy.url, demo_token)
                sync(original, service.url, demo_token)
            assert original.activities.get(target_id).title == "Edited on the new laptop"
            assert_converged([restored, original], service_store)


def test_kill_9_during_restore_then_restore_again(original: Store, tmp_path: Path,
                                                  service: Service, demo_token: str) -> None:
    target = tmp_path / "new-laptop.db"
    env = child_env(demo_token)
    env["FOCALPOINT_PASSPHRASE"] = TEST_PASSPHRASE
    env["FOCALPOINT_RESTORE_PAGE_SIZE"] = "5"

    def restore_command(url: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "focalpoint", "--db", str(target), "restore",
             "--server", url, "--mission-code", "DEMO"],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    with FlakyProxy(service.port) as proxy:
        proxy.add(Fault(hold_response=True, after_bytes_up=1500))  # a later page
        child = restore_command(proxy.url)
        assert child.stdin is not None
        child.stdin.write(demo_token.encode() + b"\n")
        child.stdin.close()
        try:
            wait_for(lambda: proxy.held.is_set() or child.poll() is not None, timeout=120,
                     what="the proxy to hold the restore")
            assert child.poll() is None, child.stderr and child.stderr.read()
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
            proxy.release()
        assert child.returncode == -signal.SIGKILL
        assert not target.exists(), "a killed restore left a store at the target"
        assert partial_path(target).exists()
        again = restore_command(proxy.url)  # the same address: it resumes
        out, err = again.communicate(demo_token.encode() + b"\n", timeout=180)
    assert again.returncode == 0, err.decode()
    assert b"Continuing the restore" in err and b"Restored" in out
    assert demo_token.encode() not in out + err
    with Store.open(target, ask=lambda _request: TEST_PASSPHRASE) as restored:
        assert data(restored) == data(original)
        assert restored.outbox.all() == []


def test_restore_command_errors_are_clear(original: Store, tmp_path: Path, service: Service,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert original.path is not None
    monkeypatch.setattr("sys.stdin", io.StringIO("fp1_0000000000000000_" + "a" * 43 + "\n"))
    assert focalpoint_main(["--db", str(original.path), "restore", "--server", service.url,
                            "--mission-code", "DEMO"]) == 2
    assert "already exists" in capsys.readouterr().err
    target = tmp_path / "x.db"
    monkeypatch.setattr("sys.stdin", io.StringIO("fp1_0000000000000000_" + "a" * 43 + "\n"))
    assert focalpoint_main(["--db", str(target), "restore", "--server", service.url,
                            "--mission-code", "DEMO"]) == 3
    assert "refused the access token" in capsys.readouterr().err
    assert not target.exists()
    assert not partial_path(target).exists()  # nothing came: no half store to resume
    assert not target.with_name(target.name + ".restoring" + KEYINFO_SUFFIX).exists()
    assert focalpoint_main(["--db", str(target), "restore", "--server", "ftp://x",
                            "--mission-code", "DEMO"]) == 2


class _Killed(Exception):
    """The process dies here (a fault injected between two steps)."""


def test_a_kill_while_an_empty_restore_is_discarded_leaves_no_keyless_half_store(
        original: Store, tmp_path: Path, service: Service, demo_token: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A first attempt refused before any page (a wrong token) discards its ``.restoring``;
    killed between deleting the database and its key, the next restore still starts
    afresh and completes (before, the key went first: the ``.restoring`` left without it
    was taken for an unfinished restore and could not be opened)."""
    import focalpoint.storage.discard as discard

    def killed(_path: Path) -> None:
        raise _Killed

    monkeypatch.setattr(discard, "forget_key", killed)
    target = tmp_path / "new-laptop.db"
    with pytest.raises(_Killed):
        _restore(target, service.url, "fp1_0000000000000000_" + "a" * 43)
    partial = partial_path(target)
    assert not any(partial.with_name(partial.name + s).exists()
                   for s in ("", "-wal", "-shm", "-journal"))
    monkeypatch.undo()
    result = _restore(target, service.url, demo_token)
    assert not result.resumed  # type: ignore[attr-defined]
    with Store.open(target, create=False) as restored:
        assert restored.activities.total() == original.activities.total()
