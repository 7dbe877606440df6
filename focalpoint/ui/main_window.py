"""The main window: navigation between the four views, menus, shortcuts, status bar.

Why it is thin: each view owns its own work; the window wires them together through the
shared :class:`Events` and the services handed to its constructor (store, task manager,
settings), so there is no global application object and tests can build a window around a
temporary store.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from focalpoint import __version__
from focalpoint.domain import MissionProfile
from focalpoint.paths import log_dir
from focalpoint.storage import Store
from focalpoint.sync.credentials import SessionTokens
from focalpoint.ui.deletion_undo import DeletionUndo
from focalpoint.ui.dialogs.settings_dialog import SettingsDialog
from focalpoint.ui.events import Events
from focalpoint.ui.file_actions import FileActions
from focalpoint.ui.integrity_check import IntegrityCheck
from focalpoint.ui.numbers import format_count
from focalpoint.ui.sync_controller import SyncController, SyncState, local_time
from focalpoint.ui.tasks import Job, TaskManager
from focalpoint.ui.views.actionplan_view import ActionPlanView
from focalpoint.ui.views.activities_view import ActivitiesView
from focalpoint.ui.views.analysis_view import AnalysisView
from focalpoint.ui.views.conflicts_view import ConflictsView
from focalpoint.ui.views.questionnaire_view import QuestionnaireView
from focalpoint.ui.views.sync_view import SyncView
from focalpoint.ui.widgets.progress_panel import ProgressPanel
from focalpoint.ui.window_size import restore_size

VIEWS = ("activities", "actionplan", "questionnaire", "sync", "analysis", "conflicts")
#: Close although part of the questionnaire draft cannot be saved (the reason given)?
AskCloseUnsaved = Callable[[QWidget, str], bool]
GEOMETRY_KEY = "window/geometry"
CONFLICT_RED = "#b3261e"
STATE_KEY = "window/state"
VIEW_KEY = "window/view"


def ask_close_unsaved(parent: QWidget, problem: str) -> bool:
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("MainWindow", "Questionnaire not fully saved"),
        QCoreApplication.translate(
            "MainWindow", "Part of the questionnaire draft cannot be saved yet:\n\n%1\n\n"
            "Close anyway and lose it, or go back and correct it?").replace("%1", problem),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, tasks: TaskManager | None = None,
                 *, session_tokens: SessionTokens | None = None,
                 set_language: Callable[[str], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.tasks = tasks or TaskManager(self)
        # The store's integrity check, when it was left to the window (first of all the
        # background work: writes wait for it). What it found, if the store is damaged.
        self.integrity = IntegrityCheck(store, self.tasks, self)
        self.integrity.failed.connect(self._store_damaged)
        self.store_problem: BaseException | None = None
        self.integrity.start()
        self.session_tokens = session_tokens or SessionTokens()
        self._set_language = set_language
        self.ask_close_unsaved: AskCloseUnsaved = ask_close_unsaved
        self._closed = False
        self._mission = store.mission.get()
        self.events = Events(self)
        self.sync = SyncController(store, self.tasks, self.events, self.session_tokens, self)
        self.undo = DeletionUndo(store, self.tasks, self.events, self)
        self.files = FileActions(self)
        #: A backup to restore once the window has closed (see FileActions.restore_backup).
        self.restore_request: Path | None = None
        self.setMinimumSize(QSize(960, 600))

        self.stack = QStackedWidget()
        self._create_views()
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self._rebuild_views)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        style = self.style()
        for icon in (QStyle.StandardPixmap.SP_FileDialogDetailedView,
                     QStyle.StandardPixmap.SP_DirIcon,
                     QStyle.StandardPixmap.SP_FileDialogContentsView,
                     QStyle.StandardPixmap.SP_BrowserReload,
                     QStyle.StandardPixmap.SP_FileDialogInfoView,
                     QStyle.StandardPixmap.SP_MessageBoxWarning):
            QListWidgetItem(style.standardIcon(icon), "", self.nav)
        self.nav.currentRowChanged.connect(self._view_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 1240])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_actions()
        self._build_status_bar()
        self.sync.started.connect(lambda job: self.track_job(job, self.tr("Syncing…")))
        self.sync.state_changed.connect(self.show_sync_state)
        self.undo.changed.connect(self._update_undo_action)
        self.undo.job_started.connect(self.track_job)
        self.undo.restored.connect(lambda _ids: self.show_view(VIEWS.index("activities")))
        self.undo.redone.connect(lambda _ids: self.show_view(VIEWS.index("activities")))
        self.events.activity_changed.connect(lambda _id: self.sync.publish())
        self.events.sync_finished.connect(lambda _result: self.show_conflict_count())
        self.events.conflicts_changed.connect(self.show_conflict_count)
        self.retranslate_ui()
        self._restore()
        self.sync.publish()

    # --- building ------------------------------------------------------------------------

    def _create_views(self) -> None:
        store = self.store
        self.activities = ActivitiesView(store, self.tasks, self.events, undo=self.undo)
        self.actionplan = ActionPlanView(store, self.events, settings=self.settings,
                                         tasks=self.tasks)
        self.questionnaire = QuestionnaireView(store, self.tasks, self.events)
        self.sync_view = SyncView(store, self.sync)
        self.analysis = AnalysisView(store, self.tasks, self.events, self.settings)
        self.conflicts = ConflictsView(store, self.events)
        for view in self._views():
            self.stack.addWidget(view)
        self.actionplan.show_task_activities.connect(self.show_task_activities)
        self.actionplan.open_activity.connect(self.open_activity)
        self.activities.job_started.connect(self.track_job)
        self.activities.selection_changed.connect(self._selection_changed)
        self.questionnaire.job_started.connect(self.track_job)
        self.questionnaire.sync_requested.connect(self.sync.sync_now)
        self.sync_view.settings_requested.connect(self.open_settings)
        self.analysis.show_activities.connect(self.show_activities)

    def _views(self) -> list[QWidget]:
        """The views in navigation order (:data:`VIEWS`)."""
        return [self.activities, self.actionplan, self.questionnaire, self.sync_view,
                self.analysis, self.conflicts]

    def _rebuild_views(self) -> None:
        """Recreate the views so every text follows a new interface language.

        Everything a view shows lives in the store (the questionnaire saves on hide), so
        rebuilding loses nothing but the current filters.
        """
        if self._closed:
            return
        index = self.stack.currentIndex()
        old = self._views()
        for view in old:
            view.hide()  # the questionnaire saves its draft here
            dispose = getattr(view, "dispose", None)
            if dispose is not None:
                dispose()
            self.stack.removeWidget(view)
            view.deleteLater()
        self._create_views()
        self.stack.setCurrentIndex(max(0, index))

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_activity)
        self.find_action = self._action(QKeySequence.StandardKey.Find, self.search_activities)
        self.save_action = self._action(QKeySequence.StandardKey.Save, self.save)
        self.export_action = self._action("Ctrl+E", lambda: self.questionnaire.export_pdf())
        self.settings_action = self._action("Ctrl+,", self.open_settings)
        self.logs_action = self._action(None, self.open_log_folder)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.sync_action = self._action("F5", self.sync.sync_now)
        self.undo_action = self._action(QKeySequence.StandardKey.Undo, self.undo_delete)
        self.redo_action = self._action(None, self.redo_delete)
        # Both usual keys on every platform (the standard key is only one of them on Linux).
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.duplicate_action = self._action("Ctrl+D", self.duplicate_activity)
        self.view_actions = [
            self._action(f"Ctrl+{number}", functools.partial(self.show_view, number - 1))
            for number in range(1, len(VIEWS) + 1)
        ]
        self.about_action = self._action(None, self.about)
        files = self.files
        self.import_action = self._action("Ctrl+I", files.import_activities)
        self.export_list_action = self._action("Ctrl+Shift+E", files.export_activities)
        self.backup_action = self._action(None, files.back_up)
        self.restore_action = self._action(None, files.restore_backup)
        self.recovery_action = self._action(None, files.show_recovery_key)
        self.mission_action = self._action(None, files.edit_mission)
        self.guide_action = self._action(QKeySequence.StandardKey.HelpContents,
                                         files.show_guide)
        for file_action in (self.backup_action, self.restore_action, self.recovery_action):
            file_action.setEnabled(self.store.path is not None)
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        for action in (self.new_action, None, self.import_action, self.export_list_action,
                       self.export_action, None, self.backup_action, self.restore_action,
                       self.recovery_action, None, self.mission_action, self.settings_action,
                       self.logs_action, None, self.quit_action):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
        self.edit_menu = menu_bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.duplicate_action)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.save_action)
        self.view_menu = menu_bar.addMenu("")
        for action in self.view_actions:
            self.view_menu.addAction(action)
        self.sync_menu = menu_bar.addMenu("")
        self.sync_menu.setToolTipsVisible(True)  # a greyed-out "Sync now" says why
        self.sync_menu.addAction(self.sync_action)
        self.help_menu = menu_bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = ProgressPanel(self)
        self.connection_label = QLabel()
        self.pending_label = QLabel()
        self.last_sync_label = QLabel()
        for label in (self.connection_label, self.pending_label, self.last_sync_label):
            label.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.progress)
        self.encryption_label = QLabel()  # only for an older, plain store
        self.encryption_label.setStyleSheet("color: #b3261e;")
        self.encryption_label.setVisible(not self.store.encrypted)
        bar.addPermanentWidget(self.encryption_label)
        # The badge: how many conflicts wait for a decision (hidden when none); a click opens
        # the Conflicts view.
        self.conflicts_label = QLabel()
        self.conflicts_label.setContentsMargins(8, 0, 8, 0)
        self.conflicts_label.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts_label.linkActivated.connect(
            lambda _link: self.show_view(VIEWS.index("conflicts")))
        self.conflicts_label.hide()
        bar.addPermanentWidget(self.conflicts_label)
        bar.addPermanentWidget(self.connection_label)
        bar.addPermanentWidget(self.pending_label)
        bar.addPermanentWidget(self.last_sync_label)

    def retranslate_ui(self) -> None:
        """All window texts; called again when the interface language changes."""
        if self._closed:  # the store may already be closed
            return
        mission = self._mission
        title = self.tr("FocalPoint")
        self.setWindowTitle(f"{title} — {mission.code} {mission.name}" if mission else title)
        names = [self.tr("Activities"), self.tr("Action Plan"), self.tr("Questionnaire"),
                 self.tr("Sync"), self.tr("Analysis"), self.tr("Conflicts")]
        for row, name in enumerate(names):
            item = self.nav.item(row)
            if item is not None:
                item.setText(name)
        self.encryption_label.setText(self.tr("Not encrypted"))
        self.encryption_label.setToolTip(self.tr(
            "This store is not encrypted. Restart FocalPoint and choose Encrypt now, or run "
            "'focalpoint encrypt' while FocalPoint is closed."))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.sync_menu.setTitle(self.tr("&Sync"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New activity"))
        self.find_action.setText(self.tr("&Search activities"))
        self.save_action.setText(self.tr("&Save questionnaire now"))
        self.export_action.setText(self.tr("&Export questionnaire PDF…"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.logs_action.setText(self.tr("Open &log folder"))
        self.quit_action.setText(self.tr("&Quit"))
        self.sync_action.setText(self.tr("Sync &now"))
        self.about_action.setText(self.tr("&About FocalPoint"))
        self.import_action.setText(self.tr("&Import activities…"))
        self.export_list_action.setText(self.tr("E&xport activities…"))
        self.export_list_action.setToolTip(self.tr(
            "Export the activities the list shows (with its search and filters)"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.recovery_action.setText(self.tr("Recovery &key…"))
        self.recovery_action.setToolTip(self.tr(
            "The key that opens this store and its backups on another computer: write it "
            "down and keep it apart from the laptop"))
        self.mission_action.setText(self.tr("&Mission profile…"))
        self.guide_action.setText(self.tr("User &guide"))
        self.duplicate_action.setText(self.tr("&Duplicate activity…"))
        self._update_undo_action()
        self._selection_changed(bool(self.activities.selected_ids()))
        for action, name in zip(self.view_actions, names, strict=True):
            action.setText(name)
        self.show_sync_state(self.sync.state())
        self.show_conflict_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self.retranslate_ui()
            self._rebuild_timer.start()
        super().changeEvent(event)

    # --- navigation ----------------------------------------------------------------------

    def show_view(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def _view_changed(self, index: int) -> None:
        if 0 <= index < len(VIEWS):
            self.stack.setCurrentIndex(index)
            if VIEWS[index] == "sync":
                self.sync_view.refresh()

    def show_task_activities(self, code: str) -> None:
        period = self.actionplan.current_period()  # the Action Plan's period, if limited
        self.activities.show_task(code, period.start if period else None,
                                  period.end if period else None)
        self.show_view(VIEWS.index("activities"))

    def show_activities(self, ids: frozenset[str], description: str) -> None:
        """The activities an Analysis figure counted, in the Activities view."""
        self.activities.show_ids(ids, description)
        self.show_view(VIEWS.index("activities"))

    def open_activity(self, activity_id: str) -> None:
        self.activities.open_editor(activity_id)

    def new_activity(self) -> None:
        self.show_view(VIEWS.index("activities"))
        self.activities.open_editor()

    def undo_delete(self) -> None:
        self.undo.undo()

    def redo_delete(self) -> None:
        self.undo.redo()

    def _update_undo_action(self) -> None:
        self.undo_action.setEnabled(self.undo.can_undo())
        self.undo_action.setText(self.undo.action_text())
        self.redo_action.setEnabled(self.undo.can_redo())
        self.redo_action.setText(self.undo.redo_text())

    def duplicate_activity(self) -> None:
        self.show_view(VIEWS.index("activities"))
        self.activities.duplicate_current()

    def _selection_changed(self, selected: bool) -> None:
        self.duplicate_action.setEnabled(selected)

    def mission_saved(self, profile: MissionProfile) -> None:
        self._mission = profile
        self.retranslate_ui()
        self.events.outbox_changed.emit()
        # Field operation or institution decides which tasks apply (and so the gaps).
        self.actionplan.refresh()
        self.analysis.recompute()

    def search_activities(self) -> None:
        self.show_view(VIEWS.index("activities"))
        self.activities.focus_search()

    def save(self) -> None:
        self.questionnaire.save_now(wait=True)

    # --- status -------------------------------------------------------------------------

    def show_sync_state(self, state: SyncState) -> None:
        self.connection_label.setText(self.tr("Connection: %1").replace("%1", state.connection))
        self.connection_label.setToolTip(state.why_not or state.last_error or "")
        self.pending_label.setText(self.tr("%n change(s) waiting to be sent", "", state.pending))
        last = local_time(state.last_success) if state.last_success else self.tr("never")
        self.last_sync_label.setText(self.tr("Last sync: %1").replace("%1", last))
        self.sync_action.setEnabled(state.can_sync)
        self.sync_action.setToolTip(state.why_not)
        self.sync_action.setStatusTip(state.why_not)

    def show_conflict_count(self) -> None:
        """The conflicts badge: in the navigation ("Conflicts (2)", in red) and in the
        status bar; called after every sync and every resolution."""
        if self._closed:
            return
        count = self.store.conflicts.open_count()  # not the view's rows: after a language
        # change the rebuilt view may hear of the sync after the window
        item = self.nav.item(VIEWS.index("conflicts"))
        name = self.tr("Conflicts")
        item.setText(self.tr("%1 (%2)").replace("%1", name).replace("%2", format_count(count))
                     if count else name)
        font = item.font()
        font.setBold(bool(count))
        item.setFont(font)
        item.setForeground(QBrush(QColor(CONFLICT_RED)) if count else QBrush())
        item.setToolTip(self.tr("%n conflict(s) between computers of the mission to resolve",
                                "", count) if count else "")
        self.conflicts_label.setVisible(bool(count))
        self.conflicts_label.setText(
            f'<a href="conflicts" style="color: {CONFLICT_RED};">'
            + self.tr("%n conflict(s) to resolve", "", count) + "</a>")
        self.conflicts_label.setToolTip(self.tr("Open the Conflicts view (Ctrl+6)"))

    def track_job(self, job: Job, title: str) -> None:
        """Show a long job's progress and a Cancel button in the status bar."""
        self.progress.track(job, title)
        job.progress_listeners.append(self.progress.update_progress)
        job.finished_listeners.append(self.progress.finish)

    # --- dialogs ------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.store, self.settings, self.session_tokens, self,
                                tasks=self.tasks)
        dialog.accepted.connect(self.events.settings_changed.emit)
        dialog.language_changed.connect(self.set_language)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def set_language(self, code: str) -> bool:
        """Switch the interface language now (window texts follow at once)."""
        if self._set_language is None:
            return False
        return self._set_language(code)

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About FocalPoint"), self.tr(
            "<h3>FocalPoint %1</h3><p>The anti-trafficking focal point's workspace: "
            "activities, the OSCE Action Plan, the questionnaire and sync with the "
            "Secretariat.</p><p>Store: %2<br>Logs: %3</p>")
            .replace("%1", __version__).replace("%2", str(self.store.path))
            .replace("%3", str(log_dir())))

    # --- geometry and shutdown ------------------------------------------------------------

    def _restore(self) -> None:
        # Size and maximized state as the user left them, always within the screen.
        restore_size(self, self.settings, GEOMETRY_KEY.removesuffix("/geometry"),
                     QSize(1400, 900))
        state = self.settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        view = str(self.settings.value(VIEW_KEY, VIEWS[0]))
        self.show_view(VIEWS.index(view) if view in VIEWS else 0)

    def _store_damaged(self, error: BaseException) -> None:
        """The integrity check failed: nothing was or will be written; the window closes
        and ``focalpoint.ui.app.run`` shows the store-problem dialog (see ``run``)."""
        self.store_problem = error
        self._close_when_free()

    def _close_when_free(self) -> None:
        """Close once no modal dialog is open: an editor whose save the failed check
        refused keeps what was typed on screen until the person closes it."""
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(200, self._close_when_free)
            return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.store_problem is None and not self.questionnaire.save_now(wait=True):
            problem = self.questionnaire.unsaved_problem()
            if problem and not self.ask_close_unsaved(self, problem):
                event.ignore()
                self.show_view(VIEWS.index("questionnaire"))
                return
        self._closed = True
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.setValue(VIEW_KEY, self.current_view())
        self.settings.sync()
        self.sync.timer.stop()
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        for view in self._views():  # answers still queued must not reach closed views
            dispose = getattr(view, "dispose", None)
            if dispose is not None:
                dispose()
        super().closeEvent(event)
