"""Settings: where to sync, the access token, how often, and the interface language.

Why the token field is always empty: the token lives only in the OS keyring and is never
shown back (anyone at the laptop could read it off the screen). Typing a new one replaces
it; leaving the field empty keeps the stored one. Where no keyring exists, the user is
asked whether to keep the token for this session only, instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focalpoint.storage import Store, StoreError
from focalpoint.sync.config import (
    MAX_INTERVAL_MINUTES,
    MIN_INTERVAL_MINUTES,
    SyncConfig,
    SyncConfigError,
    load_sync_config,
    save_sync_config,
)
from focalpoint.sync.credentials import (
    CredentialsUnavailable,
    InvalidToken,
    SessionTokens,
    get_token,
    set_token,
)
from focalpoint.sync.safety import UnsyncedChanges, guard_unsynced, unsynced_count
from focalpoint.ui.window_size import remember_dialog_size

translate = QCoreApplication.translate


def _token_stored(config: SyncConfig) -> bool:
    """Whether a usable token is in the keyring (one that is not a token counts as none)."""
    try:
        return get_token(config.server_url, config.mission_code) is not None
    except InvalidToken:
        return False

LANGUAGE_KEY = "ui/language"
#: (code, name shown in its own language); "" follows the system.
LANGUAGES = [("", ""), ("en", "English"), ("ru", "Русский")]


def ask_session_only(parent: QWidget, message: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("SettingsDialog", "No keyring"),
        translate(
            "SettingsDialog",
            "%1\n\nKeep the token for this session only? You will have to enter it "
            "again after restarting FocalPoint.",
        ).replace("%1", message),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_backup_and_change(parent: QWidget, waiting: int) -> bool:
    """Changes wait for the old server or mission: back the store up and change anyway?"""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("SettingsDialog", "Changes not sent yet"),
        translate("SettingsDialog", "%n change(s) have not reached the Secretariat yet. If "
                  "the store now points at another server or mission, they may never reach "
                  "the right one.", "", waiting),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(translate(
        "SettingsDialog",
        "Best: cancel, sync with the current settings first (Sync now, F5), then change "
        "them. Or FocalPoint can first write a backup copy of the whole store (nothing is "
        "deleted) and then change the settings."))
    backup = box.addButton(translate("SettingsDialog", "&Back up and change"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is backup


def tell_backup(parent: QWidget, path: Path) -> None:
    QMessageBox.information(
        parent, translate("SettingsDialog", "Settings changed"),
        translate("SettingsDialog", "A backup of the store, with the changes that were "
                  "waiting, was written to:\n%1").replace("%1", str(path)))


class SettingsDialog(QDialog):
    language_changed = Signal(str)

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        session_tokens: SessionTokens,
        parent: QWidget | None = None,
        *,
        ask_session: Callable[[QWidget, str], bool] = ask_session_only,
        ask_backup: Callable[[QWidget, int], bool] = ask_backup_and_change,
        tell_backup: Callable[[QWidget, Path], None] = tell_backup,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.session_tokens = session_tokens
        self.ask_session = ask_session
        self.ask_backup = ask_backup
        self.tell_backup = tell_backup
        #: Where the store was backed up before a forced change of server or mission.
        self.backup_path: Path | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        config = load_sync_config(store)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.server_url = QLineEdit(config.server_url)
        self.server_url.setPlaceholderText("https://secretariat.example.org")
        self.server_url.setAccessibleName(self.tr("Secretariat server URL"))
        form.addRow(self.tr("Secretariat &server:"), self.server_url)
        self.mission_code = QLineEdit(config.mission_code)
        self.mission_code.setAccessibleName(self.tr("Mission code"))
        form.addRow(self.tr("&Mission code:"), self.mission_code)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Access token"))
        self.token_state = QLabel()
        self.token_state.setWordWrap(True)
        form.addRow(self.tr("Access &token:"), self.token)
        form.addRow("", self.token_state)
        self.interval = QSpinBox()
        self.interval.setRange(MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(config.interval_minutes)
        self.interval.setAccessibleName(self.tr("Sync interval in minutes"))
        form.addRow(self.tr("Sync &every:"), self.interval)
        ca_row = QHBoxLayout()
        self.ca_bundle = QLineEdit(config.ca_bundle)
        self.ca_bundle.setPlaceholderText(self.tr("Optional: a PEM file of trusted CAs"))
        self.ca_bundle.setAccessibleName(self.tr("CA bundle file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose a CA bundle file"))
        browse.clicked.connect(self._browse)
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(browse)
        ca_label = QLabel(self.tr("&CA bundle:"))
        ca_label.setBuddy(self.ca_bundle)
        form.addRow(ca_label, ca_row)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES:
            self.language.addItem(name or self.tr("System default"), code)
        current = str(settings.value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form.addRow(self.tr("Interface &language:"), self.language)

        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Settings problem"))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_token_state(config)
        remember_dialog_size(self, "settings", self.sizeHint())

    def _show_token_state(self, config: SyncConfig) -> None:
        placeholder = self.tr("Paste the token from the Secretariat")
        if not config.configured:
            state = self.tr(
                "Enter the server and mission code; the token is kept in the "
                "system keyring, never in the store."
            )
        else:
            try:
                stored = _token_stored(config)
            except CredentialsUnavailable:
                stored = False
                state = self.tr(
                    "No system keyring on this computer: a token can only be kept for this session."
                )
            else:
                state = (
                    self.tr(
                        "A token is stored in the system keyring. Leave the field "
                        "empty to keep it, or type a new one to replace it."
                    )
                    if stored
                    else self.tr("No token stored yet.")
                )
            if stored or self.session_tokens.get(config.server_url, config.mission_code):
                placeholder = self.tr("•••••• (stored — type to replace)")
        self.token.setPlaceholderText(placeholder)
        self.token_state.setText(state)

    def _browse(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle"), "", self.tr("Certificates (*.pem *.crt);;All (*)")
        )
        if name:
            self.ca_bundle.setText(name)

    def save(self) -> bool:
        config = SyncConfig(
            self.server_url.text(),
            self.mission_code.text(),
            self.interval.value(),
            self.ca_bundle.text().strip(),
        )
        try:
            saved = save_sync_config(self.store, config)
        except UnsyncedChanges:
            forced = self._backup_and_save(config)
            if forced is None:
                return False
            saved = forced
        except SyncConfigError as error:
            self._show_error(str(error))
            return False
        token = self.token.text().strip()
        if token:
            if not saved.configured:
                self._show_error(
                    self.tr("Enter the server URL and mission code before the access token.")
                )
                return False
            try:
                set_token(saved.server_url, saved.mission_code, token)
            except InvalidToken as error:  # its message never shows the token
                self._show_error(str(error))
                return False
            except CredentialsUnavailable as error:
                if not self.ask_session(self, str(error)):
                    self._show_error(str(error))
                    return False
                self.session_tokens.set(saved.server_url, saved.mission_code, token)
            self.token.clear()
        language = str(self.language.currentData() or "")
        if language != str(self.settings.value(LANGUAGE_KEY, "") or ""):
            self.settings.setValue(LANGUAGE_KEY, language)
            self.settings.sync()
            self.language_changed.emit(language)
        self.error.clear()
        if self.backup_path is not None:
            self.tell_backup(self, self.backup_path)
        self.accept()
        return True

    def _backup_and_save(self, config: SyncConfig) -> SyncConfig | None:
        """Another server or mission while changes wait: only after the user agrees and a
        backup of the store is written. None (the dialog stays open, input kept) otherwise."""
        waiting = unsynced_count(self.store)
        if not self.ask_backup(self, waiting):
            self._show_error(self.tr(
                "Not saved: %n change(s) have not reached the Secretariat yet. Sync first "
                "(Sync now, F5), or save again and choose to back up the store.", "", waiting))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.backup_path = guard_unsynced(
                self.store, "changing the server or mission", force=True)
            return save_sync_config(self.store, config, force=True)
        except (SyncConfigError, StoreError, OSError) as error:
            self._show_error(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.adjustSize()  # room for the message without squeezing the form
