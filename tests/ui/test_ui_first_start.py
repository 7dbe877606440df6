"""The first start offers every way in; an empty activity list says how to begin."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from focalpoint.exchange import export_file
from focalpoint.storage import Store
from focalpoint.ui.app import Translations
from focalpoint.ui.dialogs.settings_dialog import LANGUAGE_KEY
from focalpoint.ui.dialogs.setup_dialog import SetupChoice, SetupDialog
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.startup import open_store_interactive


def _never(*_args):
    raise AssertionError("not expected")


def _run_dialog(qtbot, dialog: SetupDialog, press) -> SetupChoice | None:  # type: ignore[no-untyped-def]
    """Show the dialog as startup does and answer it through its buttons."""
    qtbot.addWidget(dialog)
    dialog.show()
    press(dialog)
    return dialog.choice


def _click(button) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_explore_with_the_demo_mission(qtbot, tmp_path: Path):
    path = tmp_path / "focalpoint.db"

    def setup(_path: Path) -> SetupChoice | None:
        return _run_dialog(qtbot, SetupDialog(str(_path)), lambda d: _click(d.demo_button))

    store = open_store_interactive(path, setup=setup, problem=_never)
    assert store is not None
    with store:
        assert store.activities.total() == 59
        assert store.mission.get() is not None


def test_open_an_existing_store(qtbot, tmp_path: Path, demo_store: Store):
    existing = Path(demo_store.path)  # type: ignore[arg-type]
    total = demo_store.activities.total()
    demo_store.close()
    asked: list[str] = []

    def setup(path: Path) -> SetupChoice | None:
        dialog = SetupDialog(str(path),
                             choose_store=lambda _p, _start: asked.append("x") or existing)
        return _run_dialog(qtbot, dialog, lambda d: _click(d.open_button))

    store = open_store_interactive(tmp_path / "new.db", setup=setup, problem=_never)
    assert store is not None and asked == ["x"]
    with store:
        assert store.path == existing and store.activities.total() == total
    assert not (tmp_path / "new.db").exists()


def test_create_and_import_activities(qtbot, tmp_path: Path, demo_store: Store):
    source = tmp_path / "activities.json"
    export_file(demo_store, source)
    told: list[str] = []

    def setup(path: Path) -> SetupChoice | None:
        dialog = SetupDialog(str(path), choose_activities=lambda _p, _start: source)

        def press(d: SetupDialog) -> None:
            assert not d.import_button.isEnabled()  # the mission comes first
            qtbot.keyClicks(d.code, "OMIK")
            qtbot.keyClicks(d.name, "OSCE Mission in Kosovo")
            _click(d.import_button)
        return _run_dialog(qtbot, dialog, press)

    store = open_store_interactive(tmp_path / "new.db", setup=setup, problem=_never,
                                   message=told.append)
    assert store is not None
    with store:
        assert store.activities.total() == demo_store.activities.total()
        assert store.mission.get().code == "OMIK"  # type: ignore[union-attr]
    assert told and "activities imported" in told[0]


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    yield installed
    installed.install("en")


def test_open_an_existing_store_remembers_the_store(qtbot, tmp_path: Path, monkeypatch):
    """The file dialog starts at the store chosen last time, also after a restart (the
    setting is written at once)."""
    settings_file = tmp_path / "s.ini"
    chosen = tmp_path / "missions" / "osce-x.db"
    asked: list[str] = []

    def answer(_parent, _title, start, _filter, *_args, **_kwargs) -> tuple[str, str]:
        asked.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    for _start in range(2):
        dialog = SetupDialog(str(tmp_path / "x.db"),
                             settings=QSettings(str(settings_file), QSettings.Format.IniFormat))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert dialog.choice == SetupChoice("open", None, chosen)
    assert asked == ["", str(chosen)]


def test_language_is_chosen_in_the_first_start_dialog(qtbot, tmp_path: Path,
                                                      translations: Translations):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = SetupDialog(str(tmp_path / "x.db"), settings=settings,
                         set_language=translations.install)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_button.text() == "Explore with the &demo mission"
    dialog.language.setFocus()
    target = dialog.language.findData("ru")
    while dialog.language.currentIndex() < target:
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Welcome to FocalPoint")
    assert "демо" in dialog.demo_button.text()
    assert settings.value(LANGUAGE_KEY) == "ru"


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "empty.db") as empty:
        yield empty


def test_empty_table_says_how_to_begin_and_imports(qtbot, make_window, empty_store: Store,
                                                   demo_store: Store, tmp_path: Path):
    source = tmp_path / "activities.json"
    export_file(demo_store, source)
    store = empty_store
    window: MainWindow = make_window(store)
    view = window.activities
    assert view.empty.isVisible() and not view.table.isVisible()
    assert "New activity" in view.empty.text.text() and "Import" in view.empty.text.text()
    told: list[str] = []
    view.choose_import_file = lambda _parent: source
    view.tell_import = lambda _parent, ok, text: told.append(text)
    with qtbot.waitSignal(view.model.refreshed, timeout=60_000):
        qtbot.mouseClick(view.empty.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    qtbot.waitUntil(lambda: view.table.isVisible(), timeout=60_000)
    assert store.activities.total() == demo_store.activities.total()
    assert "59 activities imported" in told[0]
    assert not view.empty.isVisible()


def test_empty_table_new_activity_button_opens_the_editor(qtbot, make_window,
                                                         empty_store: Store):
    window: MainWindow = make_window(empty_store)
    window.activities.ask_unsaved = lambda _parent: "discard"
    qtbot.mouseClick(window.activities.empty.new_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w.windowTitle() == "New activity")
    editor.reject()


def test_the_store_file_dialog_speaks_the_interface_language(qtbot, tmp_path: Path,
                                                             monkeypatch,
                                                             translations: Translations):
    asked: list[tuple[str, str]] = []

    def answer(_parent, title, _start, filters, *_args, **_kwargs) -> tuple[str, str]:
        asked.append((title, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    translations.install("ru")
    dialog = SetupDialog(str(tmp_path / "x.db"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert asked == [("Открыть существующее хранилище",
                      "Хранилища FocalPoint (*.db);;Все файлы (*)")]
