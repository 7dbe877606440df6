"""Runs sync (by hand and periodically) and reports its state to the window.

Why a controller and not code in the window: the status bar, the Sync view, the menu
action and the periodic timer all need the same answers (is sync possible, what is waiting,
when did it last succeed) and must never start two runs at once. The figures come from the
sync engine's :func:`~focalpoint.sync.engine.sync_status`; a run is one
:class:`~focalpoint.sync.engine.SyncEngine` pass in a worker, and the next periodic pass
follows :class:`~focalpoint.sync.schedule.SyncSchedule`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from focalpoint.storage import Store
from focalpoint.sync import engine as sync_engine
from focalpoint.sync.config import SyncConfig, load_sync_config
from focalpoint.sync.credentials import (
    CredentialsUnavailable,
    InvalidToken,
    SessionTokens,
    get_token,
)
from focalpoint.sync.engine import SyncResult
from focalpoint.sync.schedule import SyncSchedule
from focalpoint.ui.events import Events
from focalpoint.ui.tasks import Job, TaskManager

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def local_time(iso: str) -> str:
    """An ISO timestamp (stored in UTC) as the laptop's local time, to the minute."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class SyncState:
    connection: str  # shown in the status bar
    pending: int
    rejected: int
    last_success: str | None
    last_error: str | None
    can_sync: bool
    why_not: str
    #: Syncing waits for the user (server, mission or token missing), not for a running sync.
    needs_setup: bool = False


class SyncController(QObject):
    started = Signal(object)  # Job
    finished = Signal(object)  # SyncResult
    state_changed = Signal(object)  # SyncState

    def __init__(
        self,
        store: Store,
        tasks: TaskManager,
        events: Events,
        session_tokens: SessionTokens,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.events = events
        self.session_tokens = session_tokens
        self.job: Job | None = None
        self.last_result: SyncResult | None = None
        self.paused = False  # after a failure only the user can fix (token, conflict…)
        self._token_known: tuple[tuple[str, str], bool] | None = None
        self.schedule = SyncSchedule()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._periodic)
        events.outbox_changed.connect(self.publish)
        events.settings_changed.connect(self._settings_changed)
        self._settings_changed()

    # --- state --------------------------------------------------------------------------

    def config(self) -> SyncConfig:
        return load_sync_config(self.store)

    def has_token(self, config: SyncConfig) -> bool:
        """Whether a token exists, asked of the keyring once per server and mission.

        The status is recomputed after every edit; asking the OS keyring each time could
        be slow or even prompt to unlock it, so the answer is cached until the settings
        change.
        """
        key = (config.server_url, config.mission_code)
        if self._token_known is None or self._token_known[0] != key:
            self._token_known = (key, bool(self.token(config)))
        return self._token_known[1]

    def token(self, config: SyncConfig) -> str | None:
        try:
            token = get_token(config.server_url, config.mission_code)
        except (CredentialsUnavailable, InvalidToken):  # unusable: the user signs in again
            token = None
        return token or self.session_tokens.get(config.server_url, config.mission_code)

    def state(self) -> SyncState:
        config = self.config()
        status = sync_engine.sync_status(self.store)
        why_not = ""
        if not config.configured:
            why_not = translate(
                "SyncController", "Sending needs the Secretariat's server address, your "
                "mission code and an access token. Ask the OSCE Secretariat's anti-trafficking "
                "team in Vienna (the office that receives your reports) for them, then enter "
                "them in Settings (Sync settings…). Until then everything is kept safely on "
                "this computer."
            )
            connection = translate("SyncController", "Not configured")
        elif not self.has_token(config):
            why_not = translate(
                "SyncController", "The access token is missing: enter the token the OSCE "
                "Secretariat gave your mission in Settings (Sync settings…). Lost it? Ask the "
                "Secretariat's anti-trafficking team for a new one."
            )
            connection = translate("SyncController", "No access token")
        elif self.job is not None:
            why_not = translate("SyncController", "A sync is running.")
            connection = translate("SyncController", "Syncing…")
        else:
            connection = self._connection_from_result()
        return SyncState(
            connection,
            status.pending,
            status.rejected,
            status.last_success,
            status.last_error,
            not why_not,
            why_not,
            needs_setup=not config.configured or not self.has_token(config),
        )

    def _connection_from_result(self) -> str:
        result = self.last_result
        if result is None:
            return translate("SyncController", "Ready — not synced yet in this session")
        kind = result.kind
        return {
            "ok": translate("SyncController", "Online"),
            "offline": translate("SyncController", "Offline"),
            "auth": translate("SyncController", "Token refused"),
            "conflict": translate("SyncController", "Conflict"),
            "rejected": translate("SyncController", "Changes rejected"),
            "halt": translate("SyncController", "Stopped by the Secretariat"),
            "upgrade": translate("SyncController", "Update FocalPoint"),
            "server": translate("SyncController", "Server error"),
            "cancelled": translate("SyncController", "Cancelled"),
        }.get(kind, kind)

    def publish(self) -> None:
        self.state_changed.emit(self.state())

    # --- running ------------------------------------------------------------------------

    def sync_now(self) -> Job | None:
        """Start a sync run in a worker unless one is running or sync is impossible."""
        state = self.state()
        if not state.can_sync:
            self.publish()
            return None
        config = self.config()
        token = self.token(config) or ""
        store = self.store

        def work(job: Job) -> SyncResult:
            reader = store.reopen()
            try:
                return sync_engine.SyncEngine(reader, config, token).run(
                    progress=job.progress, cancelled=job.cancelled
                )
            finally:
                reader.close()

        self.job = self.tasks.run(work, on_done=self._done, on_error=self._failed, name="sync")
        self.started.emit(self.job)
        self.publish()
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _done(self, result: SyncResult) -> None:
        self.job = None
        self.last_result = result
        self.finished.emit(result)
        self.events.sync_finished.emit(result)
        if result.received:  # other computers' work came in: the lists read it again
            self.events.activity_changed.emit("")
        self._schedule(result.kind)
        self.publish()

    def _failed(self, error: BaseException, details: str) -> None:
        self.job = None
        log.error("sync failed: %s\n%s", error, details)
        result = SyncResult(ok=False, sent=0, acknowledged=0, rejected=0,
                            pending=self.store.outbox.pending_count(), message=str(error),
                            kind="server")
        self.last_result = result
        self.finished.emit(result)
        self.events.sync_finished.emit(result)
        self._schedule("server")
        self.publish()

    def _settings_changed(self) -> None:
        self._token_known = None
        self.schedule.failures = 0
        self.paused = False
        self._schedule(None)
        self.publish()

    def _schedule(self, kind: str | None) -> None:
        """Next periodic pass: the interval, the sync package's back-off after transient
        failures, or none until the user acts after a failure only they can fix."""
        self.timer.stop()
        config = self.config()
        if not config.configured:
            return
        self.schedule.interval = config.interval_minutes * 60.0
        delay = self.schedule.after(kind) if kind is not None else self.schedule.interval
        self.paused = delay is None
        if delay is not None:
            self.timer.start(int(max(5.0, delay) * 1000))

    def _periodic(self) -> None:
        if self.job is None and self.sync_now() is None:
            self._schedule(None)
