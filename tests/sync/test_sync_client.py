"""The client's behaviour: refused changes, halts, upgrades, clocks, pulls, sign-in safety."""

from __future__ import annotations

import io
import json
import threading
from datetime import timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import requests
from store_keys import TEST_PASSPHRASE, open_passphrase_store
from sync_helpers import (
    FAST,
    Service,
    assert_exactly_once,
    client_view,
    configure,
    query,
    run_sync,
    server_view,
)

from focalpoint.catalogue import Catalogue, load_catalogue
from focalpoint.cli import main as focalpoint_main
from focalpoint.demo import load_demo
from focalpoint.paths import backup_dir
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.storage.sync_state import SyncState
from focalpoint.sync import credentials
from focalpoint.sync import engine as engine_module
from focalpoint.sync.engine import (
    SyncEngine,
    feedback,
    rejected_changes,
    retry_rejected,
    sync_log,
    sync_status,
)
from focalpoint.sync.http import make_session


def test_refused_change_is_quarantined_and_the_queue_moves(
        demo_store: Store, service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    victim = demo_store.activities.list()[0]
    # As if this client's catalogue had a task the Secretariat does not know.
    demo_store.db.execute(
        "UPDATE outbox SET payload = json_set(payload, '$.task_codes', json('[\"IX.9.9\"]')) "
        "WHERE entity_id = ?", [victim.id])
    result = run_sync(demo_store, service.url, demo_token, batch_bytes=8192)
    assert not result.ok and result.kind == "rejected"
    assert result.rejected == 1 and result.pending == 0
    assert "refused" in result.message
    status = sync_status(demo_store)
    assert status.rejected == 1 and status.pending == 0
    refused = rejected_changes(demo_store)
    assert refused[0]["entity_id"] == victim.id
    assert "task_codes[0]" in refused[0]["error"] and "IX.9.9" in refused[0]["error"]
    received = {a["id"] for a in service_store.export_document("DEMO")["activities"]}
    assert victim.id not in received
    assert len(received) == demo_store.activities.total() - 1
    assert any("IX.9.9" in entry.message for entry in sync_log(demo_store))

    demo_store.activities.save(victim.model_copy(update={"title": victim.title + " (fixed)"}))
    fixed = run_sync(demo_store, service.url, demo_token)
    assert fixed.ok, fixed
    assert sync_status(demo_store).rejected == 0
    assert server_view(service_store) == client_view(demo_store)


def test_unknown_catalogue_version_then_published_and_retried(
        tmp_path: Path, service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    bundled = load_catalogue()
    newer = Catalogue.model_validate({**bundled.model_dump(), "version": "2099.1"})
    with Store.open(tmp_path / "newer.db", catalogue=newer) as store:
        load_demo(store)
        result = run_sync(store, service.url, demo_token, batch_bytes=16 * 1024)
        assert result.kind == "rejected" and result.acknowledged == 0
        assert result.rejected == sync_status(store).rejected > 50
        assert "2099.1" in rejected_changes(store)[0]["error"]
        assert service_store.export_document("DEMO")["activities"] == []

        assert service_store.publish_catalogue(newer)
        assert retry_rejected(store) == result.rejected
        again = run_sync(store, service.url, demo_token)
        assert again.ok, again
        assert server_view(service_store) == client_view(store)


def test_halt_and_resume(demo_store: Store, service: Service, demo_token: str,
                         service_store: ServiceStore) -> None:
    service_store.set_halt("DEMO", "Server maintenance until Monday")
    pending = demo_store.outbox.pending_count()
    result = run_sync(demo_store, service.url, demo_token)
    assert result.kind == "halt" and "maintenance" in result.message
    assert demo_store.outbox.pending_count() == pending
    service_store.set_halt("DEMO", "")
    assert run_sync(demo_store, service.url, demo_token).ok


def test_upgrade_required(demo_store: Store, service: Service, demo_token: str,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "PROTOCOL_VERSION", 0)
    result = run_sync(demo_store, service.url, demo_token)
    assert result.kind == "upgrade" and "Install the current FocalPoint" in result.message


def test_clock_skew_is_reported(demo_store: Store, service: Service, demo_token: str,
                                service_store: ServiceStore,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    real_now = engine_module._now
    monkeypatch.setattr(engine_module, "_now", lambda: real_now() + timedelta(hours=3))
    result = run_sync(demo_store, service.url, demo_token)
    assert result.ok
    assert "clock is 180 minutes ahead" in result.message
    assert any(e.level == "warning" and "clock" in e.message for e in sync_log(demo_store))
    skew = query(service_store, "SELECT clock_skew_seconds FROM missions")[0][0]
    assert skew > 3 * 3600 - 60


def test_catalogue_and_feedback_are_pulled(demo_store: Store, service: Service,
                                           demo_token: str, service_store: ServiceStore,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    newer = Catalogue.model_validate({**load_catalogue().model_dump(), "version": "2007.1"})
    service_store.publish_catalogue(newer)
    activity = demo_store.activities.list()[0]
    service_store.add_feedback("DEMO", "Please name the partners", author="TNTF",
                               entity_type="activity", entity_id=activity.id)
    assert run_sync(demo_store, service.url, demo_token).ok
    assert SyncState(demo_store.db).catalogue_versions() == ["2007.1"]
    assert SyncState(demo_store.db).catalogue_json("2007.1")
    comments = feedback(demo_store)
    assert [c.message for c in comments] == ["Please name the partners"]
    assert comments[0].entity_id == activity.id
    assert run_sync(demo_store, service.url, demo_token).ok
    assert len(feedback(demo_store)) == 1  # not stored twice
    assert focalpoint_main(["--db", str(demo_store.path), "sync-status", "--log", "5"]) == 0
    assert "Please name the partners" in capsys.readouterr().out


def test_wrong_token_is_auth_and_exit_3(demo_store: Store, service: Service,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    result = run_sync(demo_store, service.url, "fp1_0000000000000000_" + "a" * 43)
    assert result.kind == "auth" and "sign in again" in result.message
    monkeypatch.setenv("FOCALPOINT_TOKEN", "fp1_0000000000000000_" + "a" * 43)
    assert focalpoint_main(["--db", str(demo_store.path), "sync"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "auth" in err


def test_cancel_leaves_everything_queued(demo_store: Store, service: Service,
                                         demo_token: str) -> None:
    config = configure(demo_store, service.url)
    pending = demo_store.outbox.pending_count()
    engine = SyncEngine(demo_store, config, demo_token,
                        session_factory=lambda: make_session(FAST), policy=FAST)
    result = engine.run(cancelled=lambda: True)
    assert result.kind == "cancelled" and not result.ok
    assert demo_store.outbox.pending_count() == pending


def test_worker_thread_while_the_user_edits(demo_store: Store, service: Service,
                                            demo_token: str,
                                            service_store: ServiceStore) -> None:
    configure(demo_store, service.url)
    worker_store = demo_store.reopen()
    seen: list[tuple[int, int]] = []

    def work() -> None:
        try:
            engine = SyncEngine(worker_store, configure(worker_store, service.url), demo_token,
                                session_factory=lambda: make_session(FAST), policy=FAST,
                                batch_bytes=4096)
            engine.run(progress=lambda done, total, _msg: seen.append((done, total)))
        finally:
            worker_store.close()

    thread = threading.Thread(target=work)
    thread.start()
    for index, activity in enumerate(demo_store.activities.list()[:40]):
        demo_store.activities.save(activity.model_copy(update={"outcome": f"edit {index}"}))
    thread.join(timeout=60)
    assert seen and seen[-1][0] > 0
    assert run_sync(demo_store, service.url, demo_token).ok
    assert_exactly_once(demo_store, service_store)


def _login(store_path: Path, url: str, token: str, *extra: str,
           monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    return focalpoint_main(["--db", str(store_path), "login", "--server", url,
                            "--mission-code", "DEMO", *extra])


def test_logout_and_switch_with_pending_changes_are_guarded(
        demo_store: Store, store_path: Path, service: Service, demo_token: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        memory_keyring: keyring.backend.KeyringBackend) -> None:
    assert _login(store_path, service.url, demo_token, monkeypatch=monkeypatch) == 0
    assert focalpoint_main(["--db", str(store_path), "logout"]) == 2
    assert "refused" in capsys.readouterr().err
    other = "http://127.0.0.1:9"
    assert _login(store_path, other, demo_token, "--no-check", monkeypatch=monkeypatch) == 2
    assert "not lost" in capsys.readouterr().err
    assert focalpoint_main(["--db", str(store_path), "logout", "--force"]) == 0
    err = capsys.readouterr().err
    backups = list(backup_dir().glob("*before-signing-out*.db"))
    assert len(backups) == 1 and str(backups[0]) in err
    with Store.open(backups[0]) as copy:
        assert copy.outbox.pending_count() == demo_store.outbox.pending_count()
    assert demo_token not in memory_keyring.secrets.values()  # type: ignore[attr-defined]


def test_login_checks_the_token_and_never_takes_it_as_an_argument(
        demo_store: Store, store_path: Path, service: Service, demo_token: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        memory_keyring: keyring.backend.KeyringBackend) -> None:
    assert _login(store_path, service.url, "fp1_0000000000000000_" + "b" * 43,
                  monkeypatch=monkeypatch) == 2
    assert "refused this token" in capsys.readouterr().err
    secrets = memory_keyring.secrets  # type: ignore[attr-defined]
    assert [entry for entry in secrets if entry[0] == credentials.SERVICE] == []
    with pytest.raises(SystemExit) as exit_info:
        focalpoint_main(["--db", str(store_path), "login", "--server", service.url,
                         "--mission-code", "DEMO", "--token", demo_token])
    assert exit_info.value.code == 2
    assert _login(store_path, service.url, "", monkeypatch=monkeypatch) == 2
    assert "standard input" in capsys.readouterr().err


def test_no_keyring_says_what_to_do(store_path: Path, service: Service,
                                    demo_token: str, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", TEST_PASSPHRASE)
    demo_store = open_passphrase_store(store_path)  # no keyring: the store has a passphrase
    load_demo(demo_store)
    assert _login(store_path, service.url, demo_token, monkeypatch=monkeypatch) == 1
    err = capsys.readouterr().err
    assert "no system keyring" in err and "FOCALPOINT_TOKEN" in err
    configure(demo_store, service.url)
    assert focalpoint_main(["--db", str(store_path), "sync"]) == 2
    assert "no system keyring" in capsys.readouterr().err
    monkeypatch.setenv("FOCALPOINT_TOKEN", demo_token)
    assert focalpoint_main(["--db", str(store_path), "sync"]) == 0


def test_reset_settings_is_guarded(demo_store: Store, service: Service, demo_token: str,
                                   memory_keyring: keyring.backend.KeyringBackend) -> None:
    from focalpoint.sync import credentials
    from focalpoint.sync.config import load_sync_config
    from focalpoint.sync.safety import UnsyncedChanges, reset_sync_settings

    configure(demo_store, service.url)
    credentials.set_token(service.url, "DEMO", demo_token)
    with pytest.raises(UnsyncedChanges, match="not lost"):
        reset_sync_settings(demo_store)
    assert load_sync_config(demo_store).server_url == service.url
    assert run_sync(demo_store, service.url, demo_token).ok
    assert reset_sync_settings(demo_store) is None  # nothing unsynced: no backup needed
    assert load_sync_config(demo_store).server_url == ""
    assert credentials.get_token(service.url, "DEMO") is None
    assert demo_store.activities.total() > 0


def test_batch_protocol_mismatch_stops_without_quarantine(
        demo_store: Store, service_store: ServiceStore, demo_token: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An older service (no protocol 3) refuses a batch's protocol with 422: stop, queue."""
    from sync_helpers import start_service

    from focalpoint.sync import batching
    from focalpoint.sync.protocol import PROTOCOL_VERSION

    monkeypatch.setattr(batching, "LEGACY_PROTOCOL_VERSION", PROTOCOL_VERSION + 1)
    legacy = start_service(service_store, legacy=True)
    try:
        pending = demo_store.outbox.pending_count()
        result = run_sync(demo_store, legacy.url, demo_token)
    finally:
        legacy.stop()
    assert result.kind == "upgrade" and "protocol_version" in result.message
    assert demo_store.outbox.pending_count() == pending
    assert sync_status(demo_store).rejected == 0


def test_a_newer_client_than_the_service_stops_without_quarantine(
        demo_store: Store, service: Service, demo_token: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from focalpoint.sync.protocol import PROTOCOL_VERSION

    monkeypatch.setattr(engine_module, "PROTOCOL_VERSION", PROTOCOL_VERSION + 1)
    pending = demo_store.outbox.pending_count()
    result = run_sync(demo_store, service.url, demo_token)
    assert result.kind in ("halt", "upgrade"), result
    assert demo_store.outbox.pending_count() == pending
    assert sync_status(demo_store).rejected == 0


def test_an_older_service_gets_the_protocol_2_flow(
        demo_store: Store, service_store: ServiceStore, demo_token: str) -> None:
    from sync_helpers import start_service

    legacy = start_service(service_store, legacy=True)
    try:
        config = configure(demo_store, legacy.url)
        engine = SyncEngine(demo_store, config, demo_token,
                            session_factory=lambda: make_session(FAST), policy=FAST)
        assert engine.run().ok
        assert engine.protocol == 2
        assert engine.requests > 3  # /sync (404), handshake, batches, catalogue, feedback
    finally:
        legacy.stop()
    assert_exactly_once(demo_store, service_store)


def test_sync_without_login_says_what_to_do(demo_store: Store,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert focalpoint_main(["--db", str(demo_store.path), "sync"]) == 2
    assert "focalpoint login" in capsys.readouterr().err


def test_settings_cannot_switch_server_under_unsynced_changes(demo_store: Store) -> None:
    from focalpoint.sync.config import (
        SyncConfig,
        SyncConfigError,
        load_sync_config,
        save_sync_config,
    )

    save_sync_config(demo_store, SyncConfig("https://a.example.org", "DEMO"))
    save_sync_config(demo_store, SyncConfig("https://a.example.org", "DEMO", 30))  # same target
    with pytest.raises(SyncConfigError, match="not lost"):
        save_sync_config(demo_store, SyncConfig("https://b.example.org", "DEMO"))
    assert load_sync_config(demo_store).server_url == "https://a.example.org"
    save_sync_config(demo_store, SyncConfig("https://b.example.org", "DEMO"), force=True)


def test_a_store_restored_from_a_backup_loses_no_later_edit(
        demo_store: Store, tmp_path: Path, service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    """A copy restored from a backup reuses sequence numbers the service already applied;
    without care its new edits would be acknowledged as "superseded" and never applied."""
    assert run_sync(demo_store, service.url, demo_token).ok
    backup = demo_store.backup(tmp_path / "before-edits.db")
    activity = demo_store.activities.list()[0]
    for round_ in range(3):  # the original goes on: seqs the backup has never handed out
        demo_store.activities.save(activity.model_copy(update={"title": f"edit {round_}"}))
        assert run_sync(demo_store, service.url, demo_token).ok
    with Store.open(backup) as restored:
        old_device = restored.meta.device_id()
        restored.activities.save(activity.model_copy(update={"title": "after the restore"}))
        result = run_sync(restored, service.url, demo_token)
        assert result.ok, result
        assert restored.meta.device_id() != old_device
        assert any("restored from a backup" in e.message for e in sync_log(restored))
        assert server_view(service_store) == client_view(restored)
        # Protocol 3: the copy's edit was made on the version of the backup, concurrent
        # with the original's later edits, so it is not dropped but kept in a conflict.
        [conflict] = restored.conflicts.list_open()
        [clash] = conflict.fields
        assert clash.field == "title"
        assert clash.mine(restored.meta.device_id()) == "after the restore"
        restored.conflicts.resolve(conflict.id, "mine")
        assert run_sync(restored, service.url, demo_token).ok  # a second pass: no new rotation
        titles = {a["id"]: a["title"] for a in server_view(service_store)["activities"]}
        assert titles[activity.id] == "after the restore"
    device_again = demo_store.meta.device_id()
    assert device_again == old_device  # the original keeps its identity


class _CannedService(requests.adapters.BaseAdapter):
    """A protocol 2 "service" that answers the handshake and refuses every batch with a 422
    whose per-change results are garbage (a broken or impostor server)."""

    def send(self, request: requests.PreparedRequest, **_kwargs: object) -> requests.Response:
        response = requests.Response()
        response.request = request
        response.url = request.url or ""
        if (request.url or "").endswith("/sync"):  # a service from before protocol 3
            response.status_code = 404
            response._content = json.dumps({"detail": "Not Found"}).encode()
        elif (request.url or "").endswith("/handshake"):
            response.status_code = 200
            response._content = json.dumps({"status": "ok", "server_time":
                                             "2026-01-01T00:00:00Z"}).encode()
        else:
            response.status_code = 422
            response._content = json.dumps({"detail": "no", "results": [{"x": 1}]}).encode()
        response.headers["Content-Type"] = "application/json"
        return response

    def close(self) -> None:
        pass


def test_a_garbled_refusal_stops_the_pass_and_changes_nothing(demo_store: Store) -> None:
    config = configure(demo_store, "http://127.0.0.1:9")

    def session() -> requests.Session:
        canned = requests.Session()
        canned.mount("http://", _CannedService())
        return canned

    pending = demo_store.outbox.pending_count()
    result = SyncEngine(demo_store, config, "fp1_0000000000000000_" + "c" * 43,
                        session_factory=session, policy=FAST).run()
    assert result.kind == "server" and "not understood" in result.message
    assert demo_store.outbox.pending_count() == pending
    assert sync_status(demo_store).rejected == 0


def test_an_edit_while_its_batch_is_in_flight_goes_in_a_later_batch(
        demo_store: Store, service: Service, demo_token: str,
        service_store: ServiceStore) -> None:
    """The user edits an activity whose change sits in a batch the service is answering:
    the frozen row stays as sent, the edit is queued behind it and reaches the service."""
    from faults import Fault, FlakyProxy

    with FlakyProxy(service.port) as proxy:
        proxy.add(Fault(hold_response=True, after_bytes_up=1500))
        configure(demo_store, proxy.url)
        worker_store = demo_store.reopen()
        results = []

        def work() -> None:
            try:
                engine = SyncEngine(worker_store, configure(worker_store, proxy.url),
                                    demo_token, session_factory=lambda: make_session(FAST),
                                    policy=FAST, batch_bytes=4096)
                results.append(engine.run())
            finally:
                worker_store.close()

        thread = threading.Thread(target=work)
        thread.start()
        try:
            assert proxy.held.wait(timeout=60), "the batch never reached the service"
            batch_id, seq, entity_id, payload = demo_store.db.execute(
                "SELECT o.batch_id, o.seq, o.entity_id, o.payload FROM outbox o JOIN "
                "sync_batches b USING (batch_id) WHERE b.state = 'open' AND "
                "o.entity_type = 'activity' ORDER BY o.seq LIMIT 1").fetchone()
            activity = demo_store.activities.get(entity_id)
            demo_store.activities.save(activity.model_copy(update={"title": "Edited in flight"}))
            frozen = demo_store.db.execute(
                "SELECT batch_id, payload, state FROM outbox WHERE seq = ?", [seq]).fetchone()
            assert tuple(frozen) == (batch_id, payload, "pending")
            queued = demo_store.db.execute(
                "SELECT seq, batch_id FROM outbox WHERE entity_id = ? AND seq > ?",
                [entity_id, seq]).fetchall()
            assert len(queued) == 1 and queued[0][1] is None
        finally:
            proxy.release()
            thread.join(timeout=120)
    assert results and results[0].kind in ("ok", "offline", "server"), results
    assert run_sync(demo_store, service.url, demo_token).ok
    assert_exactly_once(demo_store, service_store)
    titles = {a["id"]: a["title"] for a in server_view(service_store)["activities"]}
    assert titles[entity_id] == "Edited in flight"


def test_a_conflicting_batch_is_quarantined_shown_and_not_retried(
        demo_store: Store, service: Service, demo_token: str,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from focalpoint.sync.batching import build_next_batch
    from focalpoint.sync.engine import decode_batch_body

    frozen = build_next_batch(SyncState(demo_store.db), mission_code="DEMO",
                              device_id=demo_store.meta.device_id(), pending_count=0,
                              last_sync=None, target_bytes=4096)
    assert frozen is not None and frozen.change_count > 1
    # Something else already used this batch id with other content (a cloned store, a bug).
    other = decode_batch_body(frozen.body)
    other["changes"] = other["changes"][:1]
    answer = requests.post(f"{service.url}/api/v1/batches", json=other, timeout=10,
                           headers={"Authorization": f"Bearer {demo_token}"})
    assert answer.status_code == 200
    configure(demo_store, service.url)
    monkeypatch.setenv("FOCALPOINT_TOKEN", demo_token)
    assert focalpoint_main(["--db", str(demo_store.path), "sync"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "(conflict)" in err and frozen.batch_id in err
    batch = SyncState(demo_store.db).batch(frozen.batch_id)
    assert batch is not None and (batch.state, batch.attempts) == ("conflict", 1)
    refused = rejected_changes(demo_store)
    assert len(refused) == frozen.change_count
    assert all("different content" in r["error"] for r in refused)
