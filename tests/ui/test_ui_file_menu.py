"""The File and Help menus, triggered as a user does: import (spreadsheet wizard and JSON),
export of the filtered list, back up, restore, PDF options, mission profile, user guide."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from focalpoint.storage import Store
from focalpoint.ui.dialogs.import_dialog import SpreadsheetImportDialog
from focalpoint.ui.dialogs.mission_dialog import MissionProfileDialog
from focalpoint.ui.dialogs.pdf_options_dialog import PdfOptionsDialog
from focalpoint.ui.file_actions import reopen_after_restore
from focalpoint.ui.main_window import MainWindow

HEADERS = ["Title", "Type", "Start date", "Partners", "Action Plan tasks"]


def workbook(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def rows(count: int) -> list[list[Any]]:
    return [[f"Seminar {i}", "workshop", date(2005, 5, 1), "ODIHR; IOM", "III.12.1"]
            for i in range(count)]


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None, *, save: bool = False,
                chosen_filter: str = "") -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def answer(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return (str(path) if path else "", chosen_filter)

    name = "getSaveFileName" if save else "getOpenFileName"
    monkeypatch.setattr(QFileDialog, name, staticmethod(answer))
    return asked


def open_import(qtbot, window: MainWindow, monkeypatch, path: Path) -> SpreadsheetImportDialog:
    choose_file(monkeypatch, path)
    window.import_action.trigger()
    dialog = window.findChild(SpreadsheetImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.sheet is not None and dialog.job is None, timeout=30_000)
    return dialog


def state(store: Store) -> tuple[list[dict[str, Any]], int]:
    return ([a.model_dump(mode="json") for a in store.activities.list()],
            len(store.outbox.all()))


def test_spreadsheet_import_through_the_wizard(qtbot, window: MainWindow, demo_store: Store,
                                               monkeypatch, tmp_path: Path):
    before = demo_store.activities.total()
    dialog = open_import(qtbot, window, monkeypatch, workbook(tmp_path / "in.xlsx", rows(30)))
    assert dialog.mapping.rowCount() == 5
    assert [c.currentData() for c in dialog.combos] == [
        "title", "activity_type", "start_date", "partners", "task_codes"]
    assert dialog.preview.rowCount() == 20 and dialog.preview.verticalHeaderItem(0).text() == "2"
    assert dialog.state.text().startswith("30 rows")
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [30]
    assert demo_store.activities.total() == before + 30
    qtbot.waitUntil(lambda: window.activities.model.total == before + 30)
    assert "30 activities imported" in window.statusBar().currentMessage()


def test_a_bad_row_537_among_5000_is_named_and_nothing_is_written(
        qtbot, window: MainWindow, demo_store: Store, monkeypatch, tmp_path: Path):
    data = rows(5000)
    data[535][2] = "sometime"
    data[2000][4] = "IX.9"
    before = state(demo_store)
    dialog = open_import(qtbot, window, monkeypatch, workbook(tmp_path / "big.xlsx", data))
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    text = dialog.problems_text()
    assert "Row 537, column “Start date” (C): not a date: 'sometime'" in text
    assert "Row 2002, column “Action Plan tasks” (E)" in text
    assert "2 problem(s) in 2 row(s)" in text
    assert dialog.isVisible() and state(demo_store) == before
    assert progress and max(progress) == 5000


def test_the_mapping_is_chosen_once_and_remembered(qtbot, window: MainWindow, demo_store: Store,
                                                   monkeypatch, tmp_path: Path):
    headers = ["Название", "Вид", "Задачи", "Примечание"]
    data = [["Тренинг для судей", "training", "III.12.1", "x"]]
    dialog = open_import(qtbot, window, monkeypatch,
                         workbook(tmp_path / "ru.xlsx", data, headers))
    assert [c.currentData() for c in dialog.combos] == ["", "", "", ""]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "title" in dialog.problems_text()  # a required field has no column yet
    for combo, key in zip(dialog.combos, ["title", "activity_type", "task_codes", ""],
                          strict=True):
        combo.setCurrentIndex(combo.findData(key))
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    again = open_import(qtbot, window, monkeypatch,
                        workbook(tmp_path / "ru2.xlsx", data, headers))
    assert [c.currentData() for c in again.combos] == ["title", "activity_type", "task_codes",
                                                       ""]
    again.reject()


def test_an_unreadable_file_says_why(qtbot, window: MainWindow, monkeypatch, tmp_path: Path):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook")
    choose_file(monkeypatch, bad)
    window.import_action.trigger()
    dialog = window.findChild(SpreadsheetImportDialog)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert "not a readable .xlsx workbook" in dialog.state.text()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_json_import_from_the_menu(qtbot, window: MainWindow, demo_store: Store, monkeypatch,
                                   tmp_path: Path, answer_modal):
    from focalpoint.exchange import export_file

    out = tmp_path / "all.json"
    export_file(demo_store, out)
    choose_file(monkeypatch, out)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks.active(), timeout=30_000)
    assert "59 activities imported" in window.statusBar().currentMessage()
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    choose_file(monkeypatch, broken)
    texts: list[str] = []
    answered = answer_modal(lambda box: texts.append(box.text()) or box.close())
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(answered), timeout=30_000)
    assert "not valid JSON" in texts[0]


def test_export_writes_the_filtered_list(qtbot, window: MainWindow, demo_store: Store,
                                         monkeypatch, tmp_path: Path):
    year = window.activities.year_filter
    year.setCurrentIndex(year.findData(2005))
    qtbot.waitUntil(lambda: not window.activities.model.is_loading())
    shown = window.activities.model.rowCount()
    assert 0 < shown < demo_store.activities.total()
    target = tmp_path / "out"
    choose_file(monkeypatch, target, save=True, chosen_filter="Excel workbook (*.xlsx)")
    window.export_list_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks.active(), timeout=30_000)
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None and sheet.max_row == shown + 1
    assert f"{shown} activities exported" in window.statusBar().currentMessage()
    choose_file(monkeypatch, tmp_path / "out.csv", save=True)
    window.export_list_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks.active(), timeout=30_000)
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()) > shown


def test_back_up_then_restore_reopens_on_the_backup(qtbot, make_window, demo_store: Store,
                                                   monkeypatch, tmp_path: Path, answer_modal):
    window = make_window(demo_store)
    backup = tmp_path / "kept.db"
    choose_file(monkeypatch, backup, save=True)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks.active(), timeout=30_000)
    assert backup.is_file() and "Backup written" in window.statusBar().currentMessage()
    total = demo_store.activities.total()
    demo_store.activities.delete_many([a.id for a in demo_store.activities.list(limit=5)])
    choose_file(monkeypatch, backup)
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    window.restore_action.trigger()
    assert asked and "moved aside" in asked[0] and "not reached the Secretariat" in asked[0]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.restore_request == backup
    texts: list[str] = []
    answer_modal(lambda box: texts.append(box.text()) or box.close())
    store, kept = reopen_after_restore(demo_store, backup)
    try:
        assert texts and "was restored" in texts[0]
        assert store.activities.total() == total
        assert kept is not None and kept.is_file()
        with Store.open(kept, create=False) as previous:
            assert previous.activities.total() == total - 5
    finally:
        store.close()


def test_restore_refuses_a_file_that_is_no_store(qtbot, window: MainWindow, monkeypatch,
                                                tmp_path: Path, answer_modal):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    choose_file(monkeypatch, junk)
    texts: list[str] = []
    answer_modal(lambda box: texts.append(box.text()) or box.close())
    window.restore_action.trigger()
    assert texts and "cannot be restored" in texts[0]
    assert window.isVisible() and window.restore_request is None


def test_pdf_options_come_before_the_file_name(qtbot, window: MainWindow, tmp_path: Path,
                                               answer_modal):
    from pypdf import PdfReader

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, PdfOptionsDialog)
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
        qtbot.mouseClick(dialog.skip_not_applicable, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    answered = answer_modal(choose)
    out = tmp_path / "q.pdf"
    order: list[str] = []
    window.questionnaire.choose_pdf_path = lambda _p, _s: order.append("path") or out
    window.questionnaire.offer_open = lambda *_a: False
    window.export_action.trigger()
    assert answered and order == ["path"]
    qtbot.waitUntil(lambda: out.exists() and not window.tasks.active(), timeout=60_000)
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert window.settings.value("pdf/page_size") == "letter"
    cancelled = answer_modal(lambda dialog: dialog.reject())
    order.clear()
    window.export_action.trigger()
    assert cancelled and order == []  # cancelled options: no file dialog


def test_mission_profile_is_edited_and_queued_for_the_secretariat(
        qtbot, window: MainWindow, demo_store: Store):
    window.mission_action.trigger()
    dialog = window.findChild(MissionProfileDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.code.text() == demo_store.mission.get().code
    dialog.name.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Mission name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "OSCE Office in Yerevan")
    dialog.focal_point_name.clear()
    qtbot.keyClicks(dialog.focal_point_name, "Anna Petrosyan")
    dialog.focal_point_post.clear()
    qtbot.keyClicks(dialog.focal_point_post, "Anti-trafficking Officer")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    profile = demo_store.mission.get()
    assert profile is not None
    assert (profile.name, profile.focal_point_name, profile.focal_point_post) == (
        "OSCE Office in Yerevan", "Anna Petrosyan", "Anti-trafficking Officer")
    assert "OSCE Office in Yerevan" in window.windowTitle()
    mission_changes = [c for c in demo_store.outbox.all()
                       if c.entity_type == "mission" and c.state == "pending"]
    assert len(mission_changes) == 1
    assert mission_changes[0].payload["name"] == "OSCE Office in Yerevan"


def test_a_partial_sheet_through_the_wizard_keeps_the_unmapped_fields(
        qtbot, window: MainWindow, demo_store: Store, monkeypatch, tmp_path: Path):
    stored = demo_store.activities.list()[0]
    before = stored.model_dump(mode="json")
    path = workbook(tmp_path / "status.xlsx", [[stored.id, "cancelled"]], ["ID", "Status"])
    dialog = open_import(qtbot, window, monkeypatch, path)
    assert [c.currentData() for c in dialog.combos] == ["id", "status"]
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [1]
    after = demo_store.activities.get(stored.id).model_dump(mode="json")
    assert after["status"] == "cancelled"
    assert {k: v for k, v in after.items() if k != "status"} == {
        k: v for k, v in before.items() if k != "status"}
