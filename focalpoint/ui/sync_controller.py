"""Runs sync (by hand and periodically) and reports its state to the window.

Why a controller and not code in the window: the status bar, the Sync view, the menu
action and the periodic timer all need the same answers (is sync possible, what is waiting,
when did it last succeed) and must never start two runs at once. The engine itself belongs
to the sync package and is imported lazily; until it is installed the figures come from the
store's outbox and "Sync now" is disabled with a tooltip saying why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from focalpoint.storage import Store
from focalpoint.sync.config import SyncConfig, load_sync_config
from focalpoint.sync.credentials import CredentialsUnavailable, SessionTokens, get_token
from focalpoint.ui.events import Events
from focalpoint.ui.integrations import (
    schedule_module,
    sync_engine_module,
    sync_unavailable_reason,
)
from focalpoint.ui.tasks import Job, TaskManager

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def _first(obj: Any, *names: str, default: Any = None) -> Any:
    """Read a field of the engine's status object, whatever its exact name."""
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


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


class SyncController(QObject):
    started = Signal(object)  # Job
    finished = Signal(object)  # engine result or None
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
        self.last_result: Any = None
        self.paused = False  # after a failure only the user can fix (token, conflict…)
        self._token_known: tuple[tuple[str, str], bool] | None = None
        schedule = schedule_module()
        self.schedule: Any = schedule.SyncSchedule() if schedule is not None else None
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
        except CredentialsUnavailable:
            token = None
        return token or self.session_tokens.get(config.server_url, config.mission_code)

    def state(self) -> SyncState:
        config = self.config()
        engine = sync_engine_module()
        pending = self.store.outbox.pending_count()
        rejected = self.store.outbox.rejected_count()
        last_success: str | None = None
        last_error: str | None = None
        if engine is not None:
            try:
                status = engine.sync_status(self.store)
            except Exception as error:  # status must never break the window
                log.warning("sync_status failed: %s", error)
            else:
                pending = int(_first(status, "pending", "pending_count", default=pending))
                rejected = int(_first(status, "rejected", "rejected_count", default=rejected))
                last_success = _first(
                    status, "last_success", "last_success_at", "last_successful_sync", "last_sync"
                )
                last_error = _first(status, "last_error", "error")
        why_not = ""
        if engine is None:
            why_not = sync_unavailable_reason()
            connection = translate("SyncController", "Sync not installed")
        elif not config.configured:
            why_not = translate(
                "SyncController", "Set the Secretariat server and mission code in Settings first."
            )
            connection = translate("SyncController", "Not configured")
        elif not self.has_token(config):
            why_not = translate("SyncController", "Enter the access token in Settings first.")
            connection = translate("SyncController", "No access token")
        elif self.job is not None:
            why_not = translate("SyncController", "A sync is running.")
            connection = translate("SyncController", "Syncing…")
        else:
            connection = self._connection_from_result()
        return SyncState(
            connection,
            pending,
            rejected,
            last_success and str(last_success),
            last_error and str(last_error),
            not why_not,
            why_not,
        )

    def _connection_from_result(self) -> str:
        result = self.last_result
        if result is None:
            return translate("SyncController", "Ready — not synced yet in this session")
        kind = str(_first(result, "kind", default="ok"))
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
        engine = sync_engine_module()
        if not state.can_sync or engine is None:
            self.publish()
            return None
        config = self.config()
        token = self.token(config) or ""
        store = self.store

        def work(job: Job) -> Any:
            reader = store.reopen()
            try:
                return engine.SyncEngine(reader, config, token).run(
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

    def _done(self, result: Any) -> None:
        self.job = None
        self.last_result = result
        self.finished.emit(result)
        self.events.sync_finished.emit(result)
        self._schedule(str(_first(result, "kind", default="ok")))
        self.publish()

    def _failed(self, error: BaseException, details: str) -> None:
        self.job = None
        log.error("sync failed: %s\n%s", error, details)
        self.last_result = {"ok": False, "kind": "server", "message": str(error)}
        self.finished.emit(self.last_result)
        self.events.sync_finished.emit(self.last_result)
        self._schedule("server")
        self.publish()

    def _settings_changed(self) -> None:
        self._token_known = None
        if self.schedule is not None:
            self.schedule.failures = 0
        self.paused = False
        self._schedule(None)
        self.publish()

    def _schedule(self, kind: str | None) -> None:
        """Next periodic pass: the interval, the sync package's back-off after transient
        failures, or none until the user acts after a failure only they can fix."""
        self.timer.stop()
        config = self.config()
        if self.schedule is None or sync_engine_module() is None or not config.configured:
            return
        self.schedule.interval = config.interval_minutes * 60.0
        delay = self.schedule.after(kind) if kind is not None else self.schedule.interval
        self.paused = delay is None
        if delay is not None:
            self.timer.start(int(max(5.0, float(delay)) * 1000))

    def _periodic(self) -> None:
        if self.job is None and self.sync_now() is None:
            self._schedule(None)
