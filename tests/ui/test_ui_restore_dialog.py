"""The first start's "Restore this mission from the Secretariat", driven through its widgets
against a real Secretariat service on 127.0.0.1 holding a mission another device sent.

The service and the stolen laptop's store are the sync tests' own (``tests/sync``); the
dialog gets quick retries and small pages so a test sees several pages and a cut retried.
"""

from __future__ import annotations

import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "sync"))
sys.path.insert(0, str(ROOT / "scripts"))

pytest.importorskip("uvicorn")

import translations_ru_sync as ru_sync  # noqa: E402
from device_helpers import data, open_device, sync  # noqa: E402
from faults import Fault, FlakyProxy  # noqa: E402
from store_keys import TEST_PASSPHRASE  # noqa: E402
from sync_helpers import FAST, Service, start_service  # noqa: E402

from focalpoint.demo import load_demo  # noqa: E402
from focalpoint.secretariat.store import ServiceStore  # noqa: E402
from focalpoint.storage import PassphraseRequest, Store  # noqa: E402
from focalpoint.storage.encryption import read_keyinfo  # noqa: E402
from focalpoint.sync.config import load_sync_config  # noqa: E402
from focalpoint.sync.credentials import SessionTokens, get_token  # noqa: E402
from focalpoint.sync.http import make_session  # noqa: E402
from focalpoint.sync.restore import partial_path  # noqa: E402
from focalpoint.ui.dialogs.restore_dialog import RestoreDialog, restore_mission  # noqa: E402
from focalpoint.ui.dialogs.setup_dialog import SetupChoice, SetupDialog  # noqa: E402
from focalpoint.ui.startup import answered_once, open_store_interactive  # noqa: E402

WRONG_TOKEN = "fp1_0000000000000000_" + "a" * 43
TS = ROOT / "resources" / "translations" / "focalpoint_ru.ts"


def _never(*_args: object) -> Any:
    raise AssertionError("not expected")


#: What the tests give the dialog: quick retries, pages of 7 records.
OPTIONS: dict[str, Any] = {"session_factory": lambda: make_session(FAST), "policy": FAST,
                           "pull_limit": 7, "passphrase": _never}


@pytest.fixture
def service_store(tmp_path: Path) -> Iterator[ServiceStore]:
    """The Secretariat's store (SQLite; the restore itself is tested on both engines)."""
    store = ServiceStore.open(tmp_path / "secretariat.db")
    yield store
    store.close()


@pytest.fixture
def service(service_store: ServiceStore) -> Iterator[Service]:
    running = start_service(service_store)
    yield running
    running.stop()


@pytest.fixture
def token(service_store: ServiceStore) -> str:
    return service_store.add_mission("DEMO", "OSCE Demo Field Operation").token


@pytest.fixture
def original(tmp_path: Path, service: Service, token: str,
             service_store: ServiceStore) -> Iterator[Store]:
    """The stolen laptop: the demo mission, edited, with a comment from the Secretariat."""
    store = open_device(tmp_path, "stolen")
    load_demo(store)
    store.activities.delete(store.activities.list()[-1].id)
    sync(store, service.url, token)
    service_store.add_feedback("DEMO", "Please name the partners", author="TNTF")
    sync(store, service.url, token)
    yield store
    store.close()


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "new-laptop"
    folder.mkdir()
    return folder / "focalpoint.db"


def _click(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill(qtbot, dialog: RestoreDialog, url: str, token: str) -> None:  # type: ignore[no-untyped-def]
    for edit, text in ((dialog.server_url, url), (dialog.mission_code, "demo"),
                       (dialog.token, token)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def _open_dialog(qtbot, target: Path) -> RestoreDialog:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog(target, **OPTIONS)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _leftovers(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir())


def test_first_start_restores_the_mission_and_the_window_shows_it(
        qtbot, answer_modal, make_window, original: Store, service: Service, token: str,
        target: Path) -> None:
    typed: list[str] = []

    def fill_and_restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.token.echoMode() == dialog.token.EchoMode.Password
        assert str(target) in dialog.where.text()
        assert not dialog.unfinished.isVisible()
        _fill(qtbot, dialog, service.url, token)
        typed.append(dialog.mission_code.text())
        _click(qtbot, dialog.restore_button)

    def setup(path: Path) -> SetupChoice | None:
        dialog = SetupDialog(str(path), restore_mission=lambda parent, where: restore_mission(
            parent, where, **OPTIONS))
        qtbot.addWidget(dialog)
        dialog.show()
        answer_modal(fill_and_restore)
        _click(qtbot, dialog.restore_button)  # returns once the Restore dialog closed
        return dialog.choice

    store = open_store_interactive(target, setup=setup, problem=_never, passphrase=_never)
    assert store is not None and typed == ["demo"]
    with store:
        assert store.path == target and store.encrypted
        assert not partial_path(target).exists()
        assert data(store) == data(original)
        assert store.meta.device_id() != original.meta.device_id()
        assert store.outbox.all() == []  # nothing to send back
        config = load_sync_config(store)  # this new device syncs from now on
        assert (config.server_url, config.mission_code) == (service.url, "DEMO")
        assert get_token(service.url, "DEMO") == token  # kept in the keyring
        window = make_window(store)  # the start-up goes on: the main window
        assert sorted(window.activities.model.ids()) == sorted(original.activities.ids())
        window.show_view(3)  # and the next sync works, as a new device of the mission
        with qtbot.waitSignal(window.sync.finished, timeout=30_000) as finished:
            _click(qtbot, window.sync_view.sync_button)
        assert finished.args[0].ok, finished.args[0].message
        window.close()


def _first_start(qtbot, answer_modal, target: Path, url: str, token: str,  # type: ignore[no-untyped-def]
                 passphrase: Any, **options: Any) -> Store | None:
    """The first start as the person goes through it: set-up dialog → Restore → filled
    in → Restore pressed; the store :func:`open_store_interactive` then opens."""

    def fill_and_restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        _fill(qtbot, dialog, url, token)
        _click(qtbot, dialog.restore_button)

    def setup(path: Path) -> SetupChoice | None:
        dialog = SetupDialog(str(path), restore_mission=lambda parent, where: restore_mission(
            parent, where, **{**OPTIONS, "passphrase": passphrase, **options}))
        qtbot.addWidget(dialog)
        dialog.show()
        answer_modal(fill_and_restore)
        _click(qtbot, dialog.restore_button)
        return dialog.choice

    return open_store_interactive(target, setup=setup, problem=_never, passphrase=passphrase)


def test_without_a_keyring_the_passphrase_is_asked_on_the_gui_thread(
        qtbot, answer_modal, original: Store, service: Service, token: str,
        target: Path) -> None:
    """No keyring: the new store's passphrase is asked once (on the GUI thread, from the
    worker) and opens the restored store without a second question; the token is kept for
    the session in the object the main window's sync uses."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    asked: list[tuple[threading.Thread, bool]] = []
    session_only: list[str] = []
    tokens = SessionTokens()

    def passphrase(request: PassphraseRequest) -> str:
        asked.append((threading.current_thread(), request.new))
        return TEST_PASSPHRASE

    store = _first_start(qtbot, answer_modal, target, service.url, token, passphrase,
                         session_tokens=tokens,
                         ask_session=lambda _parent, why: session_only.append(why) or True)
    assert store is not None
    with store:
        assert data(store) == data(original)
    assert read_keyinfo(target).source == "passphrase"
    assert asked == [(threading.main_thread(), True)]
    assert session_only and "keyring" in session_only[0]
    assert tokens.get(service.url, "DEMO") == token


def test_a_wrong_token_says_so_leaves_no_store_and_the_dialog_works_on(
        qtbot, original: Store, service: Service, token: str, target: Path) -> None:
    dialog = _open_dialog(qtbot, target)
    _fill(qtbot, dialog, service.url, WRONG_TOKEN)
    _click(qtbot, dialog.restore_button)
    assert not dialog.restore_button.isEnabled()  # running, in a worker
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert "refused the access token" in dialog.status.text()
    assert "kept" not in dialog.status.text()  # nothing came, nothing is kept
    assert _leftovers(target) == []  # no store, no half store, no key file
    assert get_token(service.url, "DEMO") is None
    assert dialog.isVisible() and dialog.token.isEnabled() and dialog.restore_button.isEnabled()
    _fill(qtbot, dialog, service.url, token)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        _click(qtbot, dialog.restore_button)
    assert dialog.restored_path == target
    with Store.open(target) as restored:
        assert data(restored) == data(original)


@pytest.mark.parametrize("case", ["offline", "old service", "store exists"])
def test_each_failure_is_told_in_words_and_leaves_no_store(
        qtbot, service_store: ServiceStore, token: str, target: Path, case: str) -> None:
    legacy = start_service(service_store, legacy=True)  # before protocol 3: no restore
    try:
        url = {"offline": "http://127.0.0.1:9", "old service": legacy.url}.get(case,
                                                                               legacy.url)
        if case == "store exists":
            target.write_bytes(b"the store of another mission")
        dialog = _open_dialog(qtbot, target)
        _fill(qtbot, dialog, url, token)
        _click(qtbot, dialog.restore_button)
        qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    finally:
        legacy.stop()
    expected = {"offline": "cannot be reached: check the address",
                "old service": "cannot restore a mission yet, or needs a newer FocalPoint",
                "store exists": "Not restored: "}[case]
    assert expected in dialog.status.text()
    assert dialog.isVisible() and dialog.restore_button.isEnabled()
    if case == "store exists":
        assert target.read_bytes() == b"the store of another mission"
        assert _leftovers(target) == [target.name]
    else:
        assert _leftovers(target) == []


def test_checks_before_connecting(qtbot, target: Path) -> None:
    dialog = _open_dialog(qtbot, target)
    _click(qtbot, dialog.restore_button)
    assert "Enter the server address" in dialog.status.text()
    _fill(qtbot, dialog, "http://example.org", WRONG_TOKEN)
    _click(qtbot, dialog.restore_button)
    assert "https://" in dialog.status.text() and not dialog.running()
    _fill(qtbot, dialog, "http://127.0.0.1:9", "")
    # Pasted (Ctrl+V) from a message that carried a zero-width space along.
    QApplication.clipboard().setText(WRONG_TOKEN + "\u200b")
    dialog.token.setFocus()
    qtbot.keyClick(dialog.token, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _click(qtbot, dialog.restore_button)
    assert "not plain ASCII" in dialog.status.text() and "aaaaaaaa" not in dialog.status.text()
    assert _leftovers(target) == []


def test_stop_half_way_keeps_what_came_and_restore_continues(
        qtbot, original: Store, service: Service, token: str, target: Path) -> None:
    with FlakyProxy(service.port) as proxy:
        proxy.add(Fault(hold_response=True, after_bytes_up=1500))  # a later page waits
        dialog = _open_dialog(qtbot, target)
        _fill(qtbot, dialog, proxy.url, token)
        _click(qtbot, dialog.restore_button)
        qtbot.waitUntil(proxy.held.is_set, timeout=30_000)
        qtbot.waitUntil(lambda: "Received" in dialog.status.text())  # a page or more came
        assert dialog.cancel_button.text() == "Stop"
        _click(qtbot, dialog.cancel_button)
        assert dialog.isVisible() and "Stopping" in dialog.status.text()
        proxy.release()  # the held page is cut, retried, received; then the restore stops
        qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
        assert proxy.faults_applied == ["held response"]
    status = dialog.status.text()
    assert "The restore was stopped." in status
    assert "What was already received is kept; Restore continues from there." in status
    assert dialog.isVisible() and dialog.cancel_button.text() == "Cancel"
    assert not target.exists() and partial_path(target).exists()
    with Store.open(partial_path(target)) as half:
        assert 0 < half.activities.total() < original.activities.total()
    dialog.close()

    again = _open_dialog(qtbot, target)  # the next start: the unfinished restore is told
    assert again.unfinished.isVisible()
    _fill(qtbot, again, service.url, token)
    with qtbot.waitSignal(again.accepted, timeout=60_000):
        _click(qtbot, again.restore_button)
    assert again.restore_result is not None and again.restore_result.resumed
    assert not partial_path(target).exists()
    with Store.open(target) as restored:
        assert data(restored) == data(original)
        assert restored.outbox.all() == []


def test_enter_in_the_token_field_restores_and_never_browses(
        qtbot, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    browsed: list[QWidget] = []
    monkeypatch.setattr("focalpoint.ui.dialogs.ca_bundle_field.choose_ca_bundle",
                        lambda parent: browsed.append(parent))
    dialog = _open_dialog(qtbot, target)
    qtbot.waitExposed(dialog)
    assert dialog.restore_button.isDefault()  # drawn as the default, not Browse
    assert not dialog.browse_button.isDefault() and not dialog.browse_button.autoDefault()
    _fill(qtbot, dialog, "http://127.0.0.1:9", WRONG_TOKEN)  # nothing listens there
    dialog.token.setFocus()
    qtbot.keyClick(dialog.token, Qt.Key.Key_Return)
    assert dialog.running()  # Enter started the restore
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert "cannot be reached" in dialog.status.text()
    assert browsed == []
    _click(qtbot, dialog.browse_button)  # the button itself still browses
    assert browsed == [dialog.ca_field]


def test_the_certificate_field_reads_whole(qtbot, target: Path) -> None:
    dialog = _open_dialog(qtbot, target)
    qtbot.waitExposed(dialog)
    field = dialog.ca_bundle
    assert "\n" not in dialog.ca_field.label.text()  # one line: the field gets the width
    assert dialog.ca_field.hint.isVisible() and "IT department" in dialog.ca_field.hint.text()
    room = field.width() - 2 * field.style().pixelMetric(
        field.style().PixelMetric.PM_DefaultFrameWidth) - 8
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) < room


def test_cancel_before_restoring_closes_and_writes_nothing(qtbot, target: Path) -> None:
    dialog = _open_dialog(qtbot, target)
    with qtbot.waitSignal(dialog.rejected):
        _click(qtbot, dialog.cancel_button)
    assert _leftovers(target) == []


def test_every_restore_string_is_translated(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    done: set[tuple[str, str]] = set()
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                done.add((context.findtext("name") or "", message.findtext("source") or ""))
    for context in ("SetupDialog", "RestoreDialog", "CaBundleField"):
        for source, russian in ru_sync.RU[context].items():
            assert (context, source) in done, (context, source)
            assert translator.translate(context, source) == russian, (context, source)


def test_a_passphrase_chosen_a_moment_ago_answers_only_the_first_open() -> None:
    asked: list[PassphraseRequest] = []

    def ask(request: PassphraseRequest) -> str:
        asked.append(request)
        return "typed"

    once = answered_once("chosen", ask)
    opening = PassphraseRequest(Path("mission.db"), new=False)
    assert once(opening) == "chosen" and asked == []
    wrong = PassphraseRequest(Path("mission.db"), new=False, error="wrong passphrase")
    assert once(wrong) == "typed" and asked == [wrong]  # never the same wrong one again
    assert once(opening) == "typed"
    fresh = answered_once("chosen", ask)
    new = PassphraseRequest(Path("other.db"), new=True)
    assert fresh(new) == "typed" and fresh(opening) == "typed"  # a new store: always asked
