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
from shiboken6 import isValid

from focalpoint.storage import Store, StoreError
from focalpoint.sync.config import (
    MAX_INTERVAL_MINUTES,
    MAX_TIMEOUT_SECONDS,
    MIN_INTERVAL_MINUTES,
    MIN_TIMEOUT_SECONDS,
    SyncConfig,
    SyncConfigError,
    check_server_url,
    load_sync_config,
    save_sync_config,
)
from focalpoint.sync.credentials import (
    CredentialsUnavailable,
    InvalidToken,
    SessionTokens,
    get_token,
)
from focalpoint.sync.engine import SyncEngine
from focalpoint.sync.http import RetryPolicy
from focalpoint.sync.safety import UnsyncedChanges, guard_unsynced, unsynced_count
from focalpoint.ui.dialogs.ca_bundle_field import CaBundleField
from focalpoint.ui.dialogs.token_keeping import keep_token
from focalpoint.ui.tasks import Job, TaskManager
from focalpoint.ui.window_size import remember_dialog_size

translate = QCoreApplication.translate
TEST_POLICY = RetryPolicy(attempts=1, connect_timeout=10.0, read_timeout=20.0)


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
        tasks: TaskManager | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.session_tokens = session_tokens
        self.ask_session = ask_session
        self.tasks = tasks or TaskManager(self)
        self._test_job: Job | None = None
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
        self.timeout = QSpinBox()
        self.timeout.setRange(int(MIN_TIMEOUT_SECONDS), int(MAX_TIMEOUT_SECONDS))
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setValue(round(config.timeout_seconds))
        self.timeout.setAccessibleName(self.tr("Sync timeout in seconds"))
        self.timeout.setToolTip(self.tr(
            "How long a sync waits for the Secretariat's server, retries included, before "
            "it stops and says the connection is down. Raise it on a slow satellite link."))
        form.addRow(self.tr("Wait for the server &up to:"), self.timeout)
        self.ca_field = CaBundleField(config.ca_bundle)
        self.ca_bundle = self.ca_field.edit
        form.addRow(self.ca_field.label, self.ca_field)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test co&nnection"))
        self.test_button.setToolTip(self.tr("Ask the Secretariat's server whether it answers "
                                            "and accepts this mission's token (nothing is "
                                            "sent)"))
        self.test_button.clicked.connect(lambda _checked=False: self.test_connection())
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
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

    def save(self) -> bool:
        config = SyncConfig(
            self.server_url.text(),
            self.mission_code.text(),
            self.interval.value(),
            self.ca_bundle.text().strip(),
            float(self.timeout.value()),
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
            problem = keep_token(self, saved.server_url, saved.mission_code, token,
                                 self.session_tokens, self.ask_session)
            if problem is not None:  # the message never shows the token
                self._show_error(problem)
                return False
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

    # --- Test connection ------------------------------------------------------------------

    def test_connection(self) -> Job | None:
        """Run the sync handshake with what the form holds now, in a worker; the answer
        appears under the button in plain words. Nothing is saved or sent."""
        try:
            url = check_server_url(self.server_url.text()) if self.server_url.text().strip() \
                else ""
        except SyncConfigError as error:
            self._tested_message(self.tr("The server address is not usable: %1")
                                 .replace("%1", str(error)), ok=False)
            return None
        code = self.mission_code.text().strip().upper()
        if not url or not code:
            self._tested_message(self.tr("Enter the server address and the mission code "
                                         "first (the Secretariat gives you both)."), ok=False)
            return None
        ca_file = self.ca_bundle.text().strip()
        if ca_file and not Path(ca_file).is_file():
            self._tested_message(self.tr("The certificate authority file does not exist: %1")
                                 .replace("%1", ca_file), ok=False)
            return None
        token = self.token.text().strip() or self._known_token(url, code)
        if not token:
            self._tested_message(self.tr("Enter the access token first (the Secretariat "
                                         "gives it to your mission)."), ok=False)
            return None
        config = SyncConfig(url, code, ca_bundle=ca_file, timeout_seconds=20.0)
        store = self.store

        def work(_job: Job) -> tuple[str, str]:
            reader = store.reopen()
            try:
                # One quick try: the person is waiting for an answer, not for a back-off.
                return SyncEngine(reader, config, token, policy=TEST_POLICY).check_connection()
            finally:
                reader.close()

        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Testing the connection…"))
        self._test_job = self.tasks.run(
            work, name="test connection",
            on_done=lambda answer: self._tested(*answer),
            on_error=lambda error, _details: self._tested("error", str(error)))
        return self._test_job

    def _known_token(self, url: str, code: str) -> str:
        try:
            return get_token(url, code) or self.session_tokens.get(url, code) or ""
        except (InvalidToken, CredentialsUnavailable):
            return self.session_tokens.get(url, code) or ""

    def _tested(self, kind: str, detail: str) -> None:
        if not isValid(self):
            return  # the dialog was closed while the server was being asked
        self._test_job = None
        self.test_button.setEnabled(True)
        texts = {
            "ok": self.tr("Connected. The Secretariat's server answered and accepts this "
                          "mission's access token."),
            "offline": self.tr("The server could not be reached. Check the address and that "
                               "this computer is online, then try again."),
            "auth": self.tr("The server answered but refused the access token or the mission "
                            "code. Check both; if they are right, ask the Secretariat for a "
                            "new token."),
            "certificate": self.tr("The server's certificate could not be checked. If your IT "
                                   "department gave you a certificate authority file, choose "
                                   "it above; otherwise tell the Secretariat."),
            "upgrade": self.tr("The server asks for a newer version of FocalPoint."),
            "halt": self.tr("The Secretariat has paused syncing for now."),
        }
        text = texts.get(kind, self.tr("The server answered with a problem."))
        if detail:
            text += "\n" + self.tr("Details: %1").replace("%1", detail)
        self._tested_message(text, ok=kind == "ok")

    def _tested_message(self, text: str, *, ok: bool) -> None:
        self.test_result.setStyleSheet("color: #1b5e20;" if ok else "color: #b3261e;")
        self.test_result.setText(text)
        self.adjustSize()  # room for the answer without cutting it off

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.adjustSize()  # room for the message without squeezing the form
