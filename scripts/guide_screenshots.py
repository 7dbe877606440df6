"""The screenshots of the user guide (``docs/screenshots/guide-*.png``), at 1366×768.

Called by ``scripts/screenshots.py --guide`` (which prepares the temporary data directory,
the in-memory keyring and the language). Each shot is the real window or dialog on a fresh
demo store, in the state the guide's step describes: the window sized 1366×768 (the
commonest field laptop screen), dialogs at the size they open with on that screen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

WIDTH, HEIGHT = 1366, 768


def shoot_guide(temp: Path, out: Path, language: str = "en") -> int:
    from openpyxl import Workbook
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from focalpoint.demo import load_demo
    from focalpoint.paths import default_store_path
    from focalpoint.storage import Store
    from focalpoint.sync.config import SyncConfig, save_sync_config
    from focalpoint.sync.credentials import set_token
    from focalpoint.ui.app import Translations, create_application, open_settings
    from focalpoint.ui.dialogs.import_dialog import SpreadsheetImportDialog
    from focalpoint.ui.dialogs.mission_dialog import MissionProfileDialog
    from focalpoint.ui.dialogs.pdf_options_dialog import PdfOptionsDialog
    from focalpoint.ui.dialogs.restore_dialog import RestoreDialog
    from focalpoint.ui.dialogs.settings_dialog import LANGUAGE_KEY
    from focalpoint.ui.dialogs.setup_dialog import SetupDialog
    from focalpoint.ui.main_window import MainWindow
    from focalpoint.ui.models.catalogue_tree_model import CHECKED

    if temp not in Path.home().parents:  # files go under the home: never the real one
        print("run through scripts/screenshots.py --guide (a temporary home)", file=sys.stderr)
        return 1
    app = create_application([sys.argv[0]])
    translations = Translations(app)
    settings = open_settings()
    settings.setValue(LANGUAGE_KEY, language)
    if not translations.install(language):
        print(f"no translation for {language!r}", file=sys.stderr)
        return 1
    suffix = "" if language == "en" else f"-{language}"

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"guide-{name}{suffix}.png"
        widget.grab().save(str(path))
        print(f"wrote {path}")

    def until(condition: Callable[[], bool]) -> None:
        while not condition():
            settle(50)

    # Where a person's store would be (the data directory, under the temporary home that
    # scripts/screenshots.py set up): the dialogs show "~/.local/share/FocalPoint/…".
    first = SetupDialog(str(default_store_path()))
    first.show()
    save(first, "first-start")
    first.close()

    # "Restore this mission from the Secretariat…", filled in as the Secretariat's message
    # says, before Restore is pressed (nothing is sent: the address is an example).
    restore = RestoreDialog(default_store_path())
    restore.server_url.setText("https://secretariat.osce.example")
    restore.mission_code.setText("OMIK")
    restore.token.setText("fp1_0123456789abcdef_example")
    restore.show()
    save(restore, "restore")
    restore.done(0)

    store = Store.open(temp / "demo.db")
    load_demo(store)
    window = MainWindow(store, settings, set_language=translations.install)
    window.resize(WIDTH, HEIGHT)
    window.show()
    until(lambda: not window.activities.model.is_loading())
    window.show_view(0)
    window.activities.table.selectRow(1)
    save(window, "activities")

    editor = window.activities.open_editor()
    assert editor is not None
    editor.title.setText("Training of labour inspectors on victim identification")
    editor.activity_type.setCurrentIndex(editor.activity_type.findData("training"))
    editor.partners.set_values(["ILO", "Labour Inspectorate"])
    editor.locations.set_values(["Chisinau"])
    editor.tasks.search.setText("III.12")
    item = editor.tasks.model.itemFromIndex(editor.tasks.model.task_index("III.12.1"))
    item.setCheckState(CHECKED)
    save(editor, "editor")
    editor.done(0)

    sheet_path = Path.home() / "Documents" / "activities-2024.xlsx"  # the temporary home
    sheet_path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Activities of the mission, 2024"])
    sheet.append(["Activity", "Type", "Date", "Place", "Partners", "Tasks", "Donor", "Budget",
                  "Note"])
    samples = [
        ("Round table on labour exploitation", "Round table", "12.03.2024", "Chisinau",
         "ILO; IOM", "III.12.1", "Norway", "4 500,00", ""),
        ("Training for border police", "Training", "2024-04-18", "Balti", "Border Police",
         "III.10.2", "", "", "two groups"),
        ("Awareness campaign in schools", "Awareness campaign", "2024-09-01", "Cahul",
         "La Strada", "IV.8.1", "EU", "12000", ""),
        ("Study of child trafficking", "research", "sometime in May", "Comrat", "UNICEF",
         "IV.7.2", "", "", ""),
    ]
    for row in samples:
        sheet.append(list(row))
    book.save(sheet_path)
    importer = SpreadsheetImportDialog(store, window.tasks, sheet_path, window)
    importer.show()
    until(lambda: importer.sheet is not None and importer.job is None)
    save(importer, "import-mapping")
    importer.start_import()
    until(lambda: importer.job is None)
    save(importer, "import-problems")
    importer.done(0)

    window.activities.table.selectRow(0)
    window.activities.confirm_delete = lambda *_a: True
    window.activities.delete_selected()
    until(lambda: not window.activities.model.is_loading())
    save(window, "undo")
    window.undo.undo()
    until(lambda: not window.activities.model.is_loading())

    window.show_view(1)
    window.actionplan.select_task("III.12.1")
    save(window, "action-plan")

    window.show_view(2)
    window.questionnaire.tabs.setCurrentIndex(1)
    window.questionnaire.part_two.select("III.12.1")
    save(window, "questionnaire")

    options = PdfOptionsDialog(window)
    options.show()
    save(options, "pdf-options")
    options.done(0)

    mission = MissionProfileDialog(store, window)
    mission.show()
    save(mission, "mission")
    mission.done(0)

    config = save_sync_config(store, SyncConfig("https://secretariat.osce.example", "DEMO"))
    set_token(config.server_url, config.mission_code, "demo-token")
    dialog = window.open_settings()
    save(dialog, "settings")
    dialog.reject()
    window.sync.publish()
    window.show_view(3)
    save(window, "sync")

    from conflict_examples import add_example_conflicts

    add_example_conflicts(store)
    window.events.sync_finished.emit(None)  # as after the sync that brought them
    window.show_view(5)
    window.conflicts.table.selectRow(0)
    save(window, "conflicts")

    window.show_view(0)
    window.close()
    QApplication.processEvents()
    store.close()
    return 0
