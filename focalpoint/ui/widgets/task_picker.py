"""Choosing the Action Plan tasks an activity implements: a checkable, searchable tree.

Why: a focal point knows a task by its code ("III.12.1") or by its words ("training
police", "обучение полиции"), so the search box matches the code, the official English
text and the short titles in English and (unofficial) Russian, and the chosen codes stay
listed below the tree even when the search hides them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from focalpoint.catalogue import Catalogue
from focalpoint.ui.catalogue_text import russian, unofficial_note
from focalpoint.ui.models.catalogue_tree_model import CatalogueTreeModel, TaskFilterProxy


class TaskPicker(QWidget):
    changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Find a task by code or words in English or Russian, e.g. III.12 or police"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find an Action Plan task"))
        layout.addWidget(self.search)
        self.model = CatalogueTreeModel(catalogue, checkable=True, parent=self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Action Plan tasks"))
        self.tree.setHeaderHidden(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)
        if russian():
            # The Russian titles are the developers' working translation, not OSCE text.
            self.translation_note = QLabel(unofficial_note(), self)
            self.translation_note.setWordWrap(True)
            layout.addWidget(self.translation_note)
        self.selected_label = QLabel(self)
        self.selected_label.setWordWrap(True)
        self.selected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.selected_label)
        self.search.textChanged.connect(self._filter)
        self.model.itemChanged.connect(self._item_changed)
        self.setFocusProxy(self.search)
        self._update_label()

    def codes(self) -> list[str]:
        return self.model.checked()

    def set_codes(self, codes: Sequence[str]) -> None:
        self.model.blockSignals(True)
        self.model.set_checked(codes)
        self.model.blockSignals(False)
        self.tree.viewport().update()
        self._update_label()

    def toggle(self, code: str) -> None:
        """Check or uncheck one task (keyboard users and tests use this path too)."""
        codes = self.codes()
        if code in codes:
            codes.remove(code)
        else:
            codes.append(code)
        self.set_codes(codes)
        self.changed.emit()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.tree.expandAll()

    def _item_changed(self, _item: object) -> None:
        self._update_label()
        self.changed.emit()

    def _update_label(self) -> None:
        codes = self.codes()
        if codes:
            self.selected_label.setText(self.tr("Selected: %1").replace("%1", ", ".join(codes)))
        else:
            self.selected_label.setText(self.tr("No task selected yet."))
