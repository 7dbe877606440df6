"""Partners, locations and donors complete from the values already in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from focalpoint.storage import Store
from focalpoint.ui.dialogs.activity_editor import ActivityEditor


def _save(store: Store, title: str, **fields: object) -> None:
    store.activities.save({"title": title, "activity_type": "training",
                           "task_codes": ["III.12.1"], **fields})


@pytest.fixture
def used(store: Store) -> Store:
    _save(store, "One", partners=["IOM", "UNICEF"], locations=["Osh"],
          funding=[{"source": "extrabudgetary", "donor": "Norway", "amount": "100"}])
    _save(store, "Two", partners=["IOM", "Ministry of Interior"], locations=["Osh", "Bishkek"],
          funding=[{"source": "extrabudgetary", "donor": "Norway", "amount": "200"},
                   {"source": "extrabudgetary", "donor": "Netherlands", "amount": "50"}])
    _save(store, "Three", partners=["International Labour Organization"],
          locations=["Batken"])
    return store


def test_store_ranks_values_by_use(used: Store):
    partners = used.suggestions.used("partners")
    assert [(v.value, v.uses) for v in partners][:2] == [("IOM", 2),
                                                          ("International Labour Organization", 1)]
    assert [v.value for v in used.suggestions.used("locations")] == [
        "Osh", "Batken", "Bishkek"]
    assert [v.value for v in used.suggestions.used("donors")] == ["Norway", "Netherlands"]
    with pytest.raises(ValueError, match="partners"):
        used.suggestions.used("titles")


def _editor(qtbot, store: Store) -> ActivityEditor:
    editor = ActivityEditor(store, ask=lambda _parent: "discard")
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _suggested(line: QLineEdit) -> list[str]:
    completer = line.completer()
    popup = completer.popup()
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_partner_field_suggests_the_usual_spelling_first(qtbot, used: Store):
    editor = _editor(qtbot, used)
    line = editor.partners.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "i")
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert _suggested(line)[0] == "IOM"  # used twice: ranked first
    assert "Ministry of Interior" in _suggested(line)  # "contains" matching
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert editor.partners.values() == ["IOM"]
    assert line.text() == ""


def test_location_field_completes_from_the_store(qtbot, used: Store):
    editor = _editor(qtbot, used)
    line = editor.locations.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "ba")
    qtbot.waitUntil(line.completer().popup().isVisible)
    assert _suggested(line) == ["Batken"]


def test_donor_cell_completes_from_the_store(qtbot, used: Store):
    editor = _editor(qtbot, used)
    qtbot.mouseClick(editor.funding.add_button, Qt.MouseButton.LeftButton)
    table = editor.funding.table
    donor = [c.key for c in editor.funding.columns].index("donor")
    table.setFocus()
    table.setCurrentCell(0, donor)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, "n")
    qtbot.waitUntil(cell.completer().popup().isVisible)
    assert _suggested(cell) == ["Norway", "Netherlands"]
    qtbot.keyClick(cell.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(cell.completer().popup(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert editor.funding.records()[0]["donor"] == "Norway"
