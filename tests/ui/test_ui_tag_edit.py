"""Tag fields driven by the keyboard as a user does: type, pick a suggestion, type on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from focalpoint.ui.dialogs.activity_editor import ActivityEditor
from focalpoint.ui.labels import choices
from focalpoint.ui.widgets.tag_edit import TagEdit
from focalpoint.vocabularies import TargetAudience


def _focus(qtbot, window: QWidget, tag: TagEdit) -> None:
    """Keyboard focus as a user has it: an active window, the cursor in the tag box."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tag.line.setFocus()
    qtbot.waitUntil(tag.line.hasFocus)


def _pick_first_completion(qtbot, tag: TagEdit, typed: str) -> None:
    """Type, move into the suggestion list with Down and choose with Enter."""
    qtbot.keyClicks(tag.line, typed)
    popup = tag.line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    # Deliver what Qt posted on the way (the line edit sets the completion text through
    # posted events, which is where the text used to come back into the box).
    QApplication.processEvents()


def test_choosing_a_suggestion_with_enter_clears_the_box(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    tag = TagEdit(host, choices=choices(TargetAudience))
    _focus(qtbot, host, tag)
    _pick_first_completion(qtbot, tag, "Labour insp")
    assert tag.values() == ["labour_inspectors"]
    assert tag.line.text() == ""
    qtbot.keyClicks(tag.line, "Police")
    assert tag.line.text() == "Police"
    qtbot.keyClick(tag.line, Qt.Key.Key_Return)
    assert tag.values() == ["labour_inspectors", "police"]
    assert tag.line.text() == ""
    assert tag.pending_text() == ""


def test_editor_keeps_save_enabled_after_keyboard_completion(qtbot, demo_store):
    editor = ActivityEditor(demo_store, ask=lambda _parent: "discard")
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title, "Training of labour inspectors")
    editor.activity_type.setCurrentIndex(editor.activity_type.findData("training"))
    editor.tasks.toggle("III.12.1")
    _focus(qtbot, editor, editor.audiences)
    _pick_first_completion(qtbot, editor.audiences, "Labour insp")
    qtbot.keyClicks(editor.audiences.line, "Police")
    qtbot.keyClick(editor.audiences.line, Qt.Key.Key_Return)
    assert editor.audiences.values() == ["labour_inspectors", "police"]
    assert editor.save_button.isEnabled(), editor.problems()
    assert editor.isVisible(), "Enter in a tag field must not press Save"


def test_clicking_a_suggestion_adds_it_and_clears_the_box(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    tag = TagEdit(host, choices=choices(TargetAudience))
    _focus(qtbot, host, tag)
    qtbot.keyClicks(tag.line, "Labour insp")
    popup = tag.line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    rect = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    assert tag.values() == ["labour_inspectors"]
    assert tag.line.text() == ""
