"""Restore this mission from the Secretariat: the first start on a new laptop.

Why a dialog of its own: a focal point whose laptop was stolen types three things the
Secretariat gave (the server's address, the mission code, the access token) and waits
while the mission comes down, page by page, over a link that may be slow or cut. The pull
is :func:`focalpoint.sync.restore.restore_store`, run in a worker so the window stays
alive; its progress callback feeds the bar and the text, its cancel callback is the Stop
button. A cut, a Stop or a closed laptop keeps what was received in ``<db>.restoring``
and the next Restore continues from there; nothing is ever written at ``<db>`` until the
mission is complete. The token goes to the keyring only once the Secretariat accepted it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from focalpoint.paths import shown_path
from focalpoint.storage.encryption import AskPassphrase, PassphraseRequest
from focalpoint.sync.config import SyncConfig, SyncConfigError, check_server_url
from focalpoint.sync.credentials import InvalidToken, SessionTokens, clean_token
from focalpoint.sync.http import RetryPolicy, SessionFactory
from focalpoint.sync.protocol import DEFAULT_PULL_LIMIT
from focalpoint.sync.restore import RestoreError, RestoreResult, partial_path, restore_store
from focalpoint.ui.busy import OnGuiThread
from focalpoint.ui.contrast import style_as_hint
from focalpoint.ui.dialogs.ca_bundle_field import CaBundleField
from focalpoint.ui.dialogs.passphrase_dialog import ask_passphrase
from focalpoint.ui.dialogs.settings_dialog import ask_session_only
from focalpoint.ui.dialogs.token_keeping import AskSession, keep_token
from focalpoint.ui.tasks import Job, TaskManager

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b3261e;"


class RestoreDialog(QDialog):
    """Server, mission, token (and a CA file), then Restore; ``restored_path`` on success.

    ``session_factory``, ``policy`` and ``pull_limit`` are handed to the restore as they
    are (tests use quick retries and small pages)."""

    def __init__(self, target: Path, parent: QWidget | None = None, *,
                 session_tokens: SessionTokens | None = None,
                 tasks: TaskManager | None = None,
                 passphrase: AskPassphrase = ask_passphrase,
                 ask_session: AskSession = ask_session_only,
                 session_factory: SessionFactory | None = None,
                 policy: RetryPolicy | None = None,
                 pull_limit: int = DEFAULT_PULL_LIMIT) -> None:
        super().__init__(parent)
        self.target = Path(target)
        self.session_tokens = session_tokens or SessionTokens()
        self.tasks = tasks or TaskManager(self)
        self.passphrase = passphrase
        self.ask_session = ask_session
        self.session_factory = session_factory
        self.policy = policy
        self.pull_limit = pull_limit
        self.job: Job | None = None
        self.restored_path: Path | None = None
        #: The passphrase chosen for the new store (no keyring), kept in memory only so
        #: the start-up opens the restored store without asking for it a second time.
        self.chosen_passphrase: str | None = None
        self.restore_result: RestoreResult | None = None
        self._ask: object = None  # the passphrase question the worker may ask
        self.setWindowTitle(self.tr("Restore this mission from the Secretariat"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A new computer for a mission that already syncs: FocalPoint fetches the "
            "mission's activities, questionnaires (drafts too), mission profile and the "
            "Secretariat's feedback, and carries on from there as a new computer of the "
            "mission. The Secretariat gives you the address and the mission's access "
            "token."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._form())
        self.where = QLabel(self.tr("The restored store will be at: %1")
                            .replace("%1", shown_path(self.target)))
        style_as_hint(self.where)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.unfinished = QLabel(self.tr(
            "An unfinished restore was found: Restore continues it where it stopped (enter "
            "the same server and mission)."))
        self.unfinished.setWordWrap(True)
        self.unfinished.setVisible(partial_path(self.target).exists())
        layout.addWidget(self.unfinished)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Restore progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)  # an empty bar before Restore reads as a text field
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Restore status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("&Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button.clicked.connect(lambda _checked=False: self.reject())
        layout.addWidget(self.buttons)
        # Only once the button is in the dialog does Qt make it the dialog's default (set
        # before, the first auto-default button, Browse, took the role): Enter restores.
        self.restore_button.setDefault(True)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://secretariat.example.org")
        self.server_url.setAccessibleName(self.tr("Secretariat server URL"))
        form.addRow(self.tr("Secretariat &server:"), self.server_url)
        self.mission_code = QLineEdit()
        self.mission_code.setPlaceholderText(self.tr("e.g. OMIK"))
        self.mission_code.setAccessibleName(self.tr("Mission code"))
        form.addRow(self.tr("&Mission code:"), self.mission_code)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Access token"))
        self.token.setPlaceholderText(self.tr("Paste the token from the Secretariat"))
        form.addRow(self.tr("Access &token:"), self.token)
        self.ca_field = CaBundleField()
        self.ca_bundle = self.ca_field.edit
        self.browse_button = self.ca_field.browse_button
        form.addRow(self.ca_field.label, self.ca_field)
        self.fields: list[QWidget] = [self.server_url, self.mission_code, self.token,
                                      self.ca_bundle, self.browse_button]
        return form

    # --- the restore ----------------------------------------------------------------------

    def running(self) -> bool:
        return self.job is not None

    def _config(self) -> tuple[SyncConfig, str] | None:
        """What the form holds, checked; None (with the problem shown) when unusable."""
        url_text = self.server_url.text().strip()
        code = self.mission_code.text().strip().upper()
        if not url_text or not code or not self.token.text().strip():
            self._show(self.tr("Enter the server address, the mission code and the access "
                               "token first"), error=True)
            return None
        try:
            url = check_server_url(url_text)
        except SyncConfigError as error:
            self._show(self.tr("The server address is not usable: %1")
                       .replace("%1", str(error)), error=True)
            return None
        ca_file = self.ca_bundle.text().strip()
        if ca_file and not Path(ca_file).is_file():
            self._show(self.tr("The certificate authority file does not exist: %1")
                       .replace("%1", ca_file), error=True)
            return None
        try:
            token = clean_token(self.token.text(), "entered")
        except InvalidToken as error:  # its message never shows the token
            self._show(str(error), error=True)
            return None
        return SyncConfig(url, code, ca_bundle=ca_file), token

    def start(self) -> Job | None:
        """Restore (or continue the unfinished restore) in a worker; the GUI stays live."""
        if self.running():
            return self.job
        checked = self._config()
        if checked is None:
            return None
        config, token = checked
        target = self.target
        # Asked on the GUI thread when the new store wants a passphrase (no keyring).
        self._ask = ask = OnGuiThread(self._ask_passphrase)
        options = {"session_factory": self.session_factory, "policy": self.policy,
                   "pull_limit": self.pull_limit}

        def work(job: Job) -> RestoreResult:
            # (pages, records): the total is unknown until the last page says so.
            return restore_store(target, config, token, cancelled=job.cancelled, ask=ask,
                                 progress=lambda pages, items, _m: job.progress(pages, items),
                                 **options)  # type: ignore[arg-type]

        self._set_running(True)
        self._show(self.tr("Connecting to the Secretariat…"))
        self.job = self.tasks.run(
            work, name="restore mission", on_progress=self._progressed,
            on_done=lambda result: self._restored(result, config, token),
            on_error=lambda error, _details: self._failed(error))
        return self.job

    def _ask_passphrase(self, request: PassphraseRequest) -> str | None:
        answer = self.passphrase(request)
        if request.new:
            self.chosen_passphrase = answer
        return answer

    def _set_running(self, running: bool) -> None:
        for widget in self.fields:
            widget.setEnabled(not running)
        self.restore_button.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Stop") if running else self.tr("Cancel"))
        self.progress.setRange(0, 0 if running else 1)  # busy: the total is not known
        self.progress.setVisible(running)

    def _progressed(self, pages: int, items: int, _message: str) -> None:
        if not isValid(self) or self.job is None or self.job.cancelled():
            return
        self._show(self.tr("Received %1 records (%2 pages)…")
                   .replace("%1", str(items)).replace("%2", str(pages)))

    def reject(self) -> None:
        """Cancel before the restore closes the dialog; during it, stops the restore
        after the page on its way (what came is kept) and the dialog stays open."""
        if self.job is None:
            super().reject()
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self._show(self.tr("Stopping after the current page…"))

    def _restored(self, result: RestoreResult, config: SyncConfig, token: str) -> None:
        if not isValid(self):
            return
        self.job = None
        self.restore_result = result
        self.restored_path = result.path
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        problem = keep_token(self, config.server_url, config.mission_code, token,
                             self.session_tokens, self.ask_session)
        if problem is not None:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The mission was restored, but the access token could not be kept: %1\n\n"
                "Enter it again in Settings before the next sync.").replace("%1", problem))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.job = None
        self._set_running(False)
        kept = partial_path(self.target).exists()
        self.unfinished.setVisible(False)
        self._show(self.failure_text(error, kept), error=True)

    def failure_text(self, error: BaseException, kept: bool) -> str:
        """The stopped restore in words, by its kind; says that what came is kept."""
        kind = error.kind if isinstance(error, RestoreError) else ""
        detail = error.message if isinstance(error, RestoreError) else str(error)
        if kind == "auth":
            text = self.tr("The Secretariat refused the access token or the mission code. "
                           "Check both (the Secretariat gives them) and try again.")
            text += "\n" + self.tr("Details: %1").replace("%1", detail)
        elif kind == "offline":
            text = self.tr("The Secretariat's server cannot be reached: check the address "
                           "and the internet connection.")
        elif kind == "cancelled":
            text = self.tr("The restore was stopped.")
        elif kind == "upgrade":
            text = self.tr("This Secretariat cannot restore a mission yet, or needs a newer "
                           "FocalPoint: %1").replace("%1", detail)
        elif kind == "exists":
            text = self.tr("Not restored: %1").replace("%1", detail)
        else:
            text = self.tr("The restore stopped: %1").replace("%1", detail)
        if kept:
            text += "\n" + self.tr("What was already received is kept; Restore continues "
                                   "from there.")
        return text

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)


@dataclass(frozen=True)
class RestoredStore:
    """Where the restored store is, and the passphrase just chosen for it (None: its key
    is in the keyring) so that opening it does not ask again."""

    path: Path
    passphrase: str | None = field(default=None, repr=False)


def restore_mission(parent: QWidget, target: Path, session_tokens: SessionTokens | None = None,
                    **options: Any) -> RestoredStore | None:
    """Show the dialog over ``parent``; the restored store, or None. ``options`` go to
    :class:`RestoreDialog` as they are."""
    dialog = RestoreDialog(target, parent, session_tokens=session_tokens, **options)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    path = dialog.restored_path if accepted else None
    restored = RestoredStore(path, dialog.chosen_passphrase) if path is not None else None
    dialog.deleteLater()
    return restored
