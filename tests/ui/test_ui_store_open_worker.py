"""Opening the store at start runs in a worker: the key derivation and the integrity check
never freeze the screen, a busy dialog shows meanwhile, and the passphrase is still asked
on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring
import keyring.backends.fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from store_keys import TEST_PASSPHRASE

from focalpoint.domain import MissionProfile
from focalpoint.storage import CorruptStoreError, PassphraseRequest, Store
from focalpoint.ui.busy import BusyDialog
from focalpoint.ui.dialogs.store_problem_dialog import StoreChoice
from focalpoint.ui.startup import open_store_interactive

PROFILE = MissionProfile(code="OMIK", name="OSCE Mission in Kosovo")


def _never(*_args):
    raise AssertionError("not expected")


class HeldOpen:
    """Store.open held in its worker until the GUI thread has shown the busy dialog: the
    test only passes if the event loop keeps running while the store opens."""

    def __init__(self, monkeypatch) -> None:
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        self.busy_texts: list[str] = []
        original = Store.open.__func__  # type: ignore[attr-defined]

        def held(cls, *args, **kwargs):
            self.threads.append(threading.current_thread())
            if threading.current_thread() is not threading.main_thread():
                self.release.wait()  # on the GUI thread it would never be released
            return original(cls, *args, **kwargs)

        monkeypatch.setattr(Store, "open", classmethod(held))
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, BusyDialog) and modal.isVisible() and self.threads:
            self.busy_texts.append(modal.labelText())
            self.release.set()

    def stop(self) -> None:
        self.timer.stop()
        self.release.set()


def test_the_store_opens_in_a_worker_behind_a_busy_dialog(qapp, tmp_path: Path, monkeypatch):
    path = tmp_path / "focalpoint.db"
    with Store.open(path) as store:
        store.mission.save(PROFILE)
        store.activities.save({"title": "Hotline for victims",
                               "activity_type": "hotline_support", "task_codes": ["V.11.1"]})
    held = HeldOpen(monkeypatch)
    try:
        store = open_store_interactive(path, setup=_never, problem=_never, passphrase=_never)
    finally:
        held.stop()
    assert store is not None
    with store:
        assert store.activities.list()[0].title == "Hotline for victims"
    assert held.threads and held.threads[0] is not threading.main_thread()
    assert held.busy_texts and "Opening and checking the store" in held.busy_texts[0]


def test_a_new_demo_store_is_created_in_the_worker(qapp, tmp_path: Path, monkeypatch):
    from focalpoint.ui.dialogs.setup_dialog import SetupChoice

    held = HeldOpen(monkeypatch)
    try:
        store = open_store_interactive(tmp_path / "demo.db",
                                       setup=lambda _p: SetupChoice("demo", None),
                                       problem=_never)
    finally:
        held.stop()
    assert store is not None
    with store:
        assert len(store.activities.list()) == 59
    assert held.threads[0] is not threading.main_thread()
    assert "Creating the store" in held.busy_texts[0]


def test_the_passphrase_is_asked_on_the_gui_thread_and_asked_again_when_wrong(
        qapp, tmp_path: Path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    path = tmp_path / "focalpoint.db"
    with Store.open(path, ask=lambda _r: TEST_PASSPHRASE) as store:
        store.mission.save(PROFILE)
    answers = ["wrong passphrase", TEST_PASSPHRASE]
    asked: list[tuple[threading.Thread, str]] = []

    def passphrase(request: PassphraseRequest) -> str:
        asked.append((threading.current_thread(), request.error))
        return answers.pop(0)

    store = open_store_interactive(path, setup=_never, problem=_never, passphrase=passphrase,
                                   offer_encrypt=_never)
    assert store is not None
    store.close()
    assert [thread for thread, _ in asked] == [threading.main_thread()] * 2
    assert asked[0][1] == "" and "passphrase does not open" in asked[1][1]


def test_a_damaged_store_found_by_the_worker_is_reported_and_left_as_it_was(
        qapp, tmp_path: Path):
    path = tmp_path / "focalpoint.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    before = path.read_bytes()
    errors: list[Exception] = []

    def problem(_path, error, _backups):
        errors.append(error)
        return StoreChoice("quit")

    assert open_store_interactive(path, setup=_never, problem=problem) is None
    assert errors and isinstance(errors[0], CorruptStoreError)
    assert path.read_bytes() == before
