"""The GUI and the encrypted store: the passphrase dialog, unlocking at start, the offer
to encrypt an older plain store, and the status bar saying a store is not encrypted."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import keyring.backends.fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from store_keys import TEST_PASSPHRASE

from focalpoint.domain import MissionProfile
from focalpoint.storage import PassphraseRequest, Store
from focalpoint.storage.encryption import is_plain_file, read_keyinfo
from focalpoint.ui.dialogs.passphrase_dialog import PassphraseDialog
from focalpoint.ui.startup import open_store_interactive

PROFILE = MissionProfile(code="OMIK", name="OSCE Mission in Kosovo")


def _never(*_args):
    raise AssertionError("not expected")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_passphrase_dialog_wants_it_twice_and_long_enough(qtbot, tmp_path: Path):
    dialog = PassphraseDialog(PassphraseRequest(tmp_path / "s.db", new=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "short")
    assert "At least 8" in dialog.error.text()
    qtbot.keyClicks(dialog.passphrase, " but now long")
    qtbot.keyClicks(dialog.repeat, "short but now")
    assert "differ" in dialog.error.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.repeat, " long")
    assert dialog.error.text() == "" and dialog.ok_button.isEnabled()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    qtbot.mouseClick(dialog.show_text, Qt.MouseButton.LeftButton,  # on the box itself
                     pos=QPoint(8, dialog.show_text.height() // 2))
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Normal
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.value() == "short but now long"


def test_unlock_dialog_says_the_last_one_was_wrong(qtbot, tmp_path: Path):
    dialog = PassphraseDialog(PassphraseRequest(tmp_path / "s.db", new=False, error="x"))
    qtbot.addWidget(dialog)
    assert "Wrong passphrase" in dialog.error.text() and not dialog.repeat.isVisible()
    qtbot.keyClicks(dialog.passphrase, "anything")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)


def test_first_start_without_keyring_creates_a_passphrase_store(tmp_path: Path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    path = tmp_path / "focalpoint.db"
    asked: list[PassphraseRequest] = []

    def passphrase(request: PassphraseRequest) -> str:
        asked.append(request)
        return TEST_PASSPHRASE

    store = open_store_interactive(path, setup=lambda _p: PROFILE, problem=_never,
                                   passphrase=passphrase, offer_encrypt=_never)
    assert store is not None
    with store:
        assert store.encrypted and store.mission.get() == PROFILE
    assert [r.new for r in asked] == [True]
    assert read_keyinfo(path).source == "passphrase" and not is_plain_file(path)


def test_first_start_with_keyring_needs_no_passphrase(tmp_path: Path):
    path = tmp_path / "focalpoint.db"
    store = open_store_interactive(path, setup=lambda _p: PROFILE, problem=_never,
                                   passphrase=_never, offer_encrypt=_never)
    assert store is not None and store.encrypted
    store.close()
    assert read_keyinfo(path).source == "keyring"


def test_wrong_passphrase_at_start_asks_again_and_leaves_the_file(tmp_path: Path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    path = tmp_path / "focalpoint.db"
    with Store.open(path, ask=lambda _r: TEST_PASSPHRASE) as store:
        store.mission.save(PROFILE)
    before = digest(path)
    answers = ["wrong one", "also wrong", TEST_PASSPHRASE]
    errors: list[str] = []

    def passphrase(request: PassphraseRequest) -> str:
        errors.append(request.error)
        return answers.pop(0)

    store = open_store_interactive(path, setup=_never, problem=_never, passphrase=passphrase,
                                   offer_encrypt=_never)
    assert store is not None
    store.close()
    assert errors[0] == "" and "passphrase does not open" in errors[1] and errors[2]
    cancelled = open_store_interactive(path, setup=_never, problem=_never,
                                       passphrase=lambda _r: None, offer_encrypt=_never)
    assert cancelled is None
    assert digest(path) == before


def test_plain_store_is_offered_encryption_and_encrypted_in_the_background(qtbot, tmp_path):
    path = tmp_path / "focalpoint.db"
    with Store.open(path, encrypt=False) as store:
        store.mission.save(PROFILE)
        store.activities.save({"title": "Hotline for victims", "activity_type": "hotline_support",
                               "task_codes": ["V.11.1"]})
    offers: list[Path] = []
    store = open_store_interactive(path, setup=_never, problem=_never, passphrase=_never,
                                   offer_encrypt=lambda p: offers.append(p) or True,
                                   message=_never)
    assert store is not None
    with store:
        assert offers == [path] and store.encrypted
        assert store.activities.list()[0].title == "Hotline for victims"
    assert b"Hotline" not in path.read_bytes()


def test_plain_store_declined_stays_plain_and_the_window_says_so(make_window, tmp_path):
    path = tmp_path / "focalpoint.db"
    with Store.open(path, encrypt=False) as store:
        store.mission.save(PROFILE)
    store = open_store_interactive(path, setup=_never, problem=_never, passphrase=_never,
                                   offer_encrypt=lambda _p: False)
    assert store is not None and not store.encrypted
    window = make_window(store)
    assert window.encryption_label.isVisible()
    assert window.encryption_label.text() == "Not encrypted"
    assert "focalpoint encrypt" in window.encryption_label.toolTip()


def test_encrypted_store_shows_no_warning(window):
    assert window.store.encrypted and not window.encryption_label.isVisible()
