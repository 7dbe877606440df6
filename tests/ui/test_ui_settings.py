"""Settings: the token goes only to the keyring; language switching translates the window."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt

from focalpoint.storage import Store
from focalpoint.sync.config import load_sync_config
from focalpoint.sync.credentials import get_token
from focalpoint.ui.app import Translations
from focalpoint.ui.dialogs.settings_dialog import LANGUAGE_KEY
from focalpoint.ui.main_window import MainWindow

TOKEN = "fp-secret-token-0123456789"
URL = "https://secretariat.example.org"


def _fill(qtbot, dialog, token: str = TOKEN) -> None:
    dialog.server_url.clear()
    qtbot.keyClicks(dialog.server_url, URL)
    dialog.mission_code.clear()
    qtbot.keyClicks(dialog.mission_code, "demo")
    qtbot.keyClicks(dialog.token, token)


def test_token_is_stored_in_the_keyring_only(qtbot, window: MainWindow, demo_store: Store,
                                             memory_keyring, store_path):
    dialog = window.open_settings()
    _fill(qtbot, dialog)
    with qtbot.waitSignal(window.events.settings_changed):
        assert dialog.save()
    assert get_token(URL, "DEMO") == TOKEN
    tokens = [v for (service, _), v in memory_keyring.secrets.items() if service == "FocalPoint"]
    assert tokens == [TOKEN]  # (the store's own encryption key is the other entry)
    config = load_sync_config(demo_store)
    assert (config.server_url, config.mission_code) == (URL, "DEMO")
    demo_store.db.execute("PRAGMA wal_checkpoint(FULL)")
    assert TOKEN.encode() not in store_path.read_bytes()
    window.settings.sync()
    settings_file = Path(window.settings.fileName())
    assert not settings_file.exists() or TOKEN.encode() not in settings_file.read_bytes()

    again = window.open_settings()
    assert again.token.text() == ""  # never shown back
    assert "stored" in again.token.placeholderText()
    assert "keyring" in again.token_state.text()
    again.reject()


def test_invalid_url_is_refused_with_a_message(qtbot, window: MainWindow, demo_store: Store):
    dialog = window.open_settings()
    qtbot.keyClicks(dialog.server_url, "ftp://nowhere")
    assert not dialog.save()
    assert "https://" in dialog.error.text()
    assert load_sync_config(demo_store).server_url == ""
    dialog.reject()


def test_without_a_keyring_the_token_can_stay_for_the_session(qtbot, window: MainWindow):
    keyring.set_keyring(FailKeyring())
    dialog = window.open_settings()
    asked: list[str] = []
    dialog.ask_session = lambda _parent, message: asked.append(message) or True
    _fill(qtbot, dialog)
    assert dialog.save()
    assert asked and "keyring" in asked[0]
    assert window.session_tokens.get(URL, "DEMO") == TOKEN
    assert window.sync.token(window.sync.config()) == TOKEN


def test_switching_to_russian_translates_the_window(qtbot, make_window, demo_store: Store,
                                                   translations: Translations):
    window = make_window(demo_store, set_language=translations.install)
    assert window.nav.item(0).text() == "Activities"
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.save()
    assert window.settings.value(LANGUAGE_KEY) == "ru"
    qtbot.waitUntil(lambda: window.nav.item(0).text() != "Activities")  # LanguageChange
    assert [window.nav.item(i).text() for i in range(4)] == [
        "Мероприятия", "План действий", "Вопросник", "Синхронизация"]
    assert window.file_menu.title() == "&Файл"
    assert window.connection_label.text().startswith("Соединение:")
    assert "ожида" in window.pending_label.text()
    # The views are rebuilt in the new language (drafts are saved first).
    qtbot.waitUntil(lambda: window.activities.new_button.text() == "&Новое мероприятие")
    qtbot.waitUntil(lambda: not window.activities.model.is_loading())
    assert window.activities.model.headerData(0, Qt.Orientation.Horizontal) == "Название"
    assert window.activities.model.rowCount() == demo_store.activities.total()
    translations.install("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Activities")
    assert "waiting to be sent" in window.pending_label.text()


def test_russian_reaches_every_view(qtbot, make_window, demo_store: Store,
                                    translations: Translations):
    """Strings from menus, filters, the editor, the questionnaire, the sync view and the
    status bar are Russian: a translation lost from ``focalpoint_ru.ts`` fails here."""
    window = make_window(demo_store, set_language=translations.install)
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.save()
    qtbot.waitUntil(lambda: window.activities.new_button.text() == "&Новое мероприятие")
    qtbot.waitUntil(lambda: not window.activities.model.is_loading())

    menus = [window.file_menu, window.edit_menu, window.view_menu, window.sync_menu,
             window.help_menu]
    assert [menu.title() for menu in menus] == [
        "&Файл", "&Правка", "&Вид", "Син&хронизация", "&Справка"]
    mnemonics = [title[title.index("&") + 1].casefold() for title in
                 (menu.title() for menu in menus)]
    assert len(set(mnemonics)) == len(mnemonics)
    assert window.settings_action.text() == "Н&астройки…"

    activities = window.activities
    assert activities.task_filter.itemText(0) == "Все задачи Плана действий"
    assert activities.status_filter.itemText(0) == "Все статусы"
    assert activities.form_filter.itemText(0) == "Все формы торговли людьми"
    assert activities.count_label.text().endswith("мероприятий")

    editor = activities.open_editor()
    assert editor is not None
    assert editor.windowTitle() == "Новое мероприятие"
    assert editor.save_button.text() == "Сохранить"  # Qt's own translation (qtbase_ru)
    # Disabled on a fresh form: the tooltip says what to fill in first.
    assert editor.save_button.toolTip().startswith("Чтобы сохранить, исправьте:")
    assert editor.funding.add_button.text() == "Добавить строку"
    editor.reject()

    assert window.questionnaire.tabs.tabText(0) == "Часть 1: цели, приоритеты и ресурсы"
    assert window.sync_view.sync_button.text() == "Синхронизировать с&ейчас"
    assert window.connection_label.text().startswith("Соединение: ")
    assert window.last_sync_label.text() == "Последняя синхронизация: никогда"


def test_changing_server_with_unsynced_changes_keeps_the_dialog_open(
        qtbot, window: MainWindow, demo_store: Store):
    """save_sync_config refuses (UnsyncedChanges); the dialog says so in words, keeps the
    input, and only goes ahead after the user chose a backup of the store."""
    first = window.open_settings()
    _fill(qtbot, first)
    assert first.save()
    assert demo_store.outbox.pending_count() > 0

    dialog = window.open_settings()
    asked: list[int] = []
    dialog.ask_backup = lambda _parent, waiting: asked.append(waiting) or False
    told: list[Path] = []
    dialog.tell_backup = lambda _parent, path: told.append(path)
    other = "https://other.example.org"
    dialog.server_url.clear()
    qtbot.keyClicks(dialog.server_url, other)
    qtbot.keyClicks(dialog.token, "fp-other-token")
    assert not dialog.save()
    assert asked and asked[0] > 0
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.server_url.text() == other and dialog.token.text() == "fp-other-token"
    assert "not reached the Secretariat" in dialog.error.text()
    assert "--force" not in dialog.error.text()  # no command-line advice in the window
    assert load_sync_config(demo_store).server_url == URL
    assert get_token(other, "DEMO") is None and told == []

    dialog.ask_backup = lambda _parent, _waiting: True
    with qtbot.waitSignal(window.events.settings_changed):
        assert dialog.save()
    assert load_sync_config(demo_store).server_url == other
    assert get_token(other, "DEMO") == "fp-other-token"
    assert len(told) == 1 and told[0].is_file()
    with Store.open(told[0]) as backup:
        assert backup.outbox.pending_count() == demo_store.outbox.pending_count()


def test_the_sync_timeout_is_set_in_settings_and_kept(qtbot, window: MainWindow,
                                                      demo_store: Store):
    from PySide6.QtWidgets import QDialogButtonBox

    from focalpoint.sync.config import SyncConfig, save_sync_config

    save_sync_config(demo_store, SyncConfig(timeout_seconds=90))
    dialog = window.open_settings()
    assert dialog.timeout.value() == 90  # the stored value, not the default
    assert (dialog.timeout.minimum(), dialog.timeout.maximum()) == (5, 600)
    dialog.timeout.lineEdit().selectAll()
    qtbot.keyClicks(dialog.timeout, "240")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert load_sync_config(demo_store).timeout_seconds == 240

    # Saving the other settings again keeps the timeout (it used to fall back to 30 s).
    again = window.open_settings()
    assert again.timeout.value() == 240
    again.interval.setValue(30)
    with qtbot.waitSignal(again.accepted):
        qtbot.mouseClick(again.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert load_sync_config(demo_store).timeout_seconds == 240
    assert load_sync_config(demo_store).interval_minutes == 30


def test_enter_in_the_certificate_field_saves_and_the_hint_is_under_it(
        qtbot, window: MainWindow, demo_store: Store, memory_keyring, monkeypatch, tmp_path):
    browsed: list[object] = []
    monkeypatch.setattr("focalpoint.ui.dialogs.ca_bundle_field.choose_ca_bundle",
                        lambda parent: browsed.append(parent))
    ca_file = tmp_path / "ministry-ca.pem"
    ca_file.write_text("not checked before a sync")
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    assert "\n" not in dialog.ca_field.label.text()  # one line, the hint is under the field
    assert dialog.ca_field.hint.isVisible() and "IT department" in dialog.ca_field.hint.text()
    assert not dialog.ca_field.browse_button.autoDefault()
    _fill(qtbot, dialog)
    qtbot.keyClicks(dialog.ca_bundle, str(ca_file))
    with qtbot.waitSignal(window.events.settings_changed):
        qtbot.keyClick(dialog.ca_bundle, Qt.Key.Key_Return)  # Enter saves, never browses
    assert browsed == [] and load_sync_config(demo_store).ca_bundle == str(ca_file)
