"""What the File menu does beyond the views: import, export, back up, restore, the recovery
key, the mission profile and the user guide — the same operations as the ``focalpoint``
commands.

Why a module of its own: the main window stays a thin switchboard; each operation here
asks its questions (file dialogs, confirmations), then runs the file work in a worker and
reports in the status bar. Restoring a backup replaces the store file, which needs every
connection closed: the window records the request and closes, and the application opens a
new window on the restored store (:func:`reopen_after_restore`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from focalpoint import spreadsheets
from focalpoint.exchange import ExchangeError, export_file, import_file
from focalpoint.paths import backup_dir
from focalpoint.storage import CorruptStoreError, Store, StoreError, restore_file
from focalpoint.storage.encryption import KeyNotInKeyringError
from focalpoint.storage.store import check_backup
from focalpoint.ui.busy import run_with_progress
from focalpoint.ui.dialogs.import_dialog import SpreadsheetImportDialog
from focalpoint.ui.dialogs.mission_dialog import MissionProfileDialog
from focalpoint.ui.dialogs.recovery_entry_dialog import enter_recovery_key
from focalpoint.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from focalpoint.ui.dialogs.user_guide_dialog import UserGuideDialog
from focalpoint.ui.tasks import Job

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

translate = QCoreApplication.translate
FOLDER_KEY = "files/folder"
STATUS_MS = 15_000


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # --- helpers -------------------------------------------------------------------------

    def _folder(self) -> str:
        return str(self.window.settings.value(FOLDER_KEY, str(Path.home())))

    def _remember_folder(self, path: Path) -> None:
        self.window.settings.setValue(FOLDER_KEY, str(path.parent))

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_MS)

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    def _run(self, work, done, title: str, failed_title: str,
             expected: tuple[type[BaseException], ...], *, write: bool = False) -> Job:
        def failed(error: BaseException, _details: str) -> None:
            if isinstance(error, expected):
                self._warn(failed_title, str(error))
            else:
                raise error

        job = self.window.tasks.run(work, on_done=done, on_error=failed, write=write,
                                    name=title)
        self.window.track_job(job, title)
        return job

    def _changed(self) -> None:
        self.window.events.activity_changed.emit("")
        self.window.events.outbox_changed.emit()

    # --- import and export ---------------------------------------------------------------

    def import_activities(self) -> QWidget | Job | None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import activities"), self._folder(),
            self.tr("Spreadsheets and FocalPoint files (*.xlsx *.csv *.json);;"
                    "Excel workbooks (*.xlsx);;CSV files (*.csv);;FocalPoint JSON (*.json)"))
        if not name:
            return None
        path = Path(name)
        self._remember_folder(path)
        if spreadsheets.is_spreadsheet(path):
            return self.open_spreadsheet_import(path)
        store = self.window.store

        def work(_job: Job) -> int:
            writer = store.reopen()
            try:
                return len(import_file(writer, path))
            finally:
                writer.close()

        def done(count: int) -> None:
            self._changed()
            self._say(self.tr("%1 activities imported from %2.").replace(
                "%1", str(count)).replace("%2", path.name))

        return self._run(work, done, self.tr("Importing activities…"),
                         self.tr("Import activities"), (ExchangeError,), write=True)

    def open_spreadsheet_import(self, path: Path) -> SpreadsheetImportDialog:
        dialog = SpreadsheetImportDialog(self.window.store, self.window.tasks, path,
                                         self.window)

        def imported(count: int) -> None:
            self._changed()
            self._say(self.tr("%1 activities imported from %2.").replace(
                "%1", str(count)).replace("%2", path.name))

        dialog.imported.connect(imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_activities(self) -> Job | None:
        """Export the activities the list shows (its search and filters) to a file."""
        mission = self.window.store.mission.get()
        suggested = Path(self._folder()) / (
            f"activities-{mission.code if mission else 'mission'}-"
            f"{datetime.now().strftime('%Y-%m-%d')}.xlsx")
        filters = {".xlsx": self.tr("Excel workbook (*.xlsx)"),
                   ".csv": self.tr("CSV file (*.csv)"),
                   ".json": self.tr("FocalPoint JSON (*.json)")}
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export activities"), str(suggested), ";;".join(filters.values()))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in filters:
            suffix = next((s for s, text in filters.items() if text == chosen), ".xlsx")
            path = path.with_name(path.name + suffix)
        self._remember_folder(path)
        flt = self.window.activities.current_filter()
        store = self.window.store

        def work(_job: Job) -> int:
            reader = store.reopen()
            try:
                if spreadsheets.is_spreadsheet(path):
                    return spreadsheets.export_spreadsheet(reader, path, flt)
                return export_file(reader, path, flt)
            finally:
                reader.close()

        def done(count: int) -> None:
            self._say(self.tr("%1 activities exported to %2.").replace(
                "%1", str(count)).replace("%2", str(path)))

        return self._run(work, done, self.tr("Exporting activities…"),
                         self.tr("Export activities"), (OSError, ValueError))

    # --- backup and restore --------------------------------------------------------------

    def back_up(self) -> Job | None:
        store = self.window.store
        if store.path is None:
            return None
        folder = backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        suggested = folder / f"{store.path.stem}-backup-{datetime.now():%Y-%m-%d-%H%M}.db"
        name, _f = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the store"), str(suggested),
            self.tr("FocalPoint stores (*.db)"))
        if not name:
            return None
        dest = Path(name)
        if dest.resolve() == store.path.resolve():
            self._warn(self.tr("Back up the store"),
                       self.tr("Choose another file than the store itself."))
            return None

        refused = self.tr("Not backed up: the store failed its integrity check (%1). A "
                          "copy of it could replace a good backup with a damaged one.")
        waiting = self.tr("Checking the store before backing it up…")

        def work(job: Job) -> Path:
            # An unchecked store may be damaged: copied over a good backup, it would leave
            # no good copy at all. The start-up check first (usually long over).
            if store.integrity.pending:
                job.progress(0, 0, waiting)
            try:
                store.integrity.wait()
            except CorruptStoreError as error:
                raise StoreError(refused.replace("%1", str(error))) from error
            reader = store.reopen()
            try:
                return reader.backup(dest)
            finally:
                reader.close()

        def done(written: Path) -> None:
            self._say(self.tr("Backup written to %1.").replace("%1", str(written)))

        return self._run(work, done, self.tr("Backing up…"), self.tr("Back up the store"),
                         (OSError, StoreError))

    def restore_backup(self) -> bool:
        """Ask for a backup and confirmation; then close the window so the application
        can swap the file and reopen. True when the window is closing for it."""
        store = self.window.store
        if store.path is None:
            return False
        folder = backup_dir()
        name, _f = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"),
            str(folder if folder.is_dir() else store.path.parent),
            self.tr("FocalPoint stores (*.db);;All files (*)"))
        if not name:
            return False
        source = Path(name)
        title = self.tr("Restore from a backup")
        if source.resolve() == store.path.resolve():
            self._warn(title, self.tr("This is the store that is open now."))
            return False
        try:
            if not self._check_backup(source):
                return False
        except (StoreError, OSError) as error:
            self._warn(title, self.tr("%1 cannot be restored: %2").replace(
                "%1", str(source)).replace("%2", str(error)))
            return False
        pending = store.outbox.pending_count()
        question = self.tr(
            "Replace the store that is open now by the backup %1?\n\nThe current store is "
            "not deleted: it is moved aside as %2.replaced-<date and time>. FocalPoint then "
            "reopens on the restored store.").replace("%1", str(source)).replace(
                "%2", store.path.name)
        if pending:
            question += "\n\n" + self.tr(
                "%1 change(s) of the current store have not reached the Secretariat yet; "
                "they stay only in the file moved aside.").replace("%1", str(pending))
        answer = QMessageBox.question(
            self.window, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.window.restore_request = source
        if not self.window.close():
            self.window.restore_request = None
            return False
        return True

    def _check_backup(self, source: Path) -> bool:
        """Check ``source`` (its key, then every page: seconds for a large store) in a
        worker behind a busy dialog; a backup made on another computer is checked once
        its recovery key was entered. False when the person gave up on the key; raises
        what the check found."""
        text = self.tr("Checking the backup…")

        def work(_job: Job) -> None:
            check_backup(source)

        try:
            run_with_progress(text, work, "check backup", write=False)
        except KeyNotInKeyringError:  # refused before any page was read: not checked yet
            if not enter_recovery_key(source, self.window):
                return False
            run_with_progress(text, work, "check backup", write=False)
        return True

    def show_recovery_key(self) -> RecoveryKeyDialog | None:
        """The store's recovery key, to write down (its key is in memory: nothing is read
        but the small key file)."""
        store = self.window.store
        if store.path is None:
            return None
        dialog = RecoveryKeyDialog(store.path, store.key, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- mission profile and guide -------------------------------------------------------

    def edit_mission(self) -> MissionProfileDialog:
        dialog = MissionProfileDialog(self.window.store, self.window)
        dialog.saved.connect(self.window.mission_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_guide(self) -> UserGuideDialog:
        dialog = UserGuideDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog


def reopen_after_restore(store: Store, source: Path,
                         parent: QWidget | None = None) -> tuple[Store, Path | None]:
    """Close ``store``, put the backup ``source`` in its place and open it.

    Returns the open store (the restored one; the previous one again if the restore
    failed, after saying why) and where the previous file was moved.
    """
    title = translate("FileActions", "Restore from a backup")
    path = store.path
    if path is None:
        return store, None
    store.close()
    try:
        kept = restore_file(source, path)
    except (StoreError, OSError) as error:
        QMessageBox.warning(parent, title, translate(
            "FileActions", "The backup could not be restored: %1\n\nThe previous store is "
            "opened again.").replace("%1", str(error)))
        if not path.exists():
            moved = sorted(path.parent.glob(f"{path.name}.replaced-*"))
            if moved:
                moved[-1].replace(path)
        return Store.open(path, create=False), None
    reopened = Store.open(path, create=False)
    QMessageBox.information(parent, title, translate(
        "FileActions", "The backup %1 was restored. The previous store was kept as %2.")
        .replace("%1", str(source)).replace("%2", str(kept)))
    return reopened, kept
