"""Qt models of the Conflicts view: the open conflicts, and one conflict's fields side by side.

Why models and not widgets filled in loops: the list re-reads the store after every sync and
every resolution (a model reset), and the per-field choice — this device's value or the
other device's — is state the model keeps (check boxes in two columns, one of them ticked
per field) so the view only asks it which values were chosen. The GUI never writes SQL:
rows come from :class:`focalpoint.storage.conflicts.ConflictRepository`.
"""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from focalpoint.storage import Store
from focalpoint.storage.conflicts import Conflict, ConflictField
from focalpoint.storage.history import stamp
from focalpoint.ui.field_text import field_name, value_text

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
Side = Literal["mine", "theirs"]
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
CHECK = Qt.ItemDataRole.CheckStateRole


def local_time(at: str) -> str:
    return stamp(at).astimezone().strftime("%Y-%m-%d %H:%M")


def involves(conflict: Conflict, device_id: str) -> bool:
    """Whether this device made one of the two clashing changes (else a third device
    looks at two others' clash: "mine" is then the later change)."""
    if conflict.kind == "delete":
        return True  # either this device deleted it, or it keeps the edit
    return any(device_id in (f.current_device_id, f.incoming_device_id)
               for f in conflict.fields)


def entity_kind(conflict: Conflict) -> str:
    return {
        "activity": translate("ConflictListModel", "Activity"),
        "response": translate("ConflictListModel", "Questionnaire"),
        "mission": translate("ConflictListModel", "Mission profile"),
    }.get(conflict.entity_type, conflict.entity_type)


def clash_text(conflict: Conflict, device_id: str) -> str:
    """What clashed, in a few words."""
    if conflict.kind == "delete":
        if conflict.mine_deletes(device_id):
            return translate("ConflictListModel",
                             "Deleted on this computer, changed on another")
        return translate("ConflictListModel", "Changed here or elsewhere, deleted on another "
                         "computer")
    names = ", ".join(field_name(conflict.entity_type, f.field) for f in conflict.fields)
    return translate("ConflictListModel", "Both changed: %1").replace("%1", names)


class ConflictListModel(QAbstractTableModel):
    """The open conflicts, oldest first: what, which kind of clash, since when."""

    HEADERS = (str(QT_TRANSLATE_NOOP("ConflictListModel", "What")),
               str(QT_TRANSLATE_NOOP("ConflictListModel", "Clash")),
               str(QT_TRANSLATE_NOOP("ConflictListModel", "Since")))

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[tuple[Conflict, str]] = []  # (conflict, its entity's name)
        self._device_id = ""

    def refresh(self) -> None:
        """Read the open conflicts again (after a sync or a resolution)."""
        self.beginResetModel()
        # Not created here (a write): a store without one has never synced, so has no
        # conflicts, and the window's first read must not wait for a write lock.
        self._device_id = self.store.meta.get("device_id") or ""
        conflicts = self.store.conflicts
        self._rows = [(c, conflicts.label(c)) for c in conflicts.list_open()]
        self.endResetModel()

    def conflict(self, row: int) -> Conflict | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, conflict_id: str) -> int:
        return next((i for i, (c, _n) in enumerate(self._rows) if c.id == conflict_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return translate("ConflictListModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, TOOLTIP):
            return None
        conflict, name = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return f"{entity_kind(conflict)}: {name}"
        if column == 1:
            return clash_text(conflict, self._device_id)
        return local_time(conflict.opened_at)


class ConflictFieldsModel(QAbstractTableModel):
    """One conflict's fields: name, the value before both changes, this device's and the
    other device's value. Ticking the box of one side chooses that value for the field."""

    #: A choice was made or changed (the view enables "Keep the chosen values").
    choices_changed = Signal()
    FIELD, BASE, MINE, THEIRS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._conflict: Conflict | None = None
        self._device_id = ""
        self._choice: dict[str, Side] = {}

    def show(self, conflict: Conflict | None, device_id: str) -> None:
        self.beginResetModel()
        self._conflict = conflict
        self._device_id = device_id
        self._choice = {}
        self.endResetModel()
        self.choices_changed.emit()

    @property
    def fields(self) -> tuple[ConflictField, ...]:
        return self._conflict.fields if self._conflict is not None else ()

    def all_chosen(self) -> bool:
        return bool(self.fields) and all(f.field in self._choice for f in self.fields)

    def chosen_values(self) -> dict[str, Any]:
        """``{field: value}`` for ``ConflictRepository.resolve`` (every field chosen)."""
        return {f.field: (f.mine(self._device_id) if self._choice[f.field] == "mine"
                          else f.theirs(self._device_id))
                for f in self.fields if f.field in self._choice}

    def choose(self, field: str, side: Side) -> None:
        row = next(i for i, f in enumerate(self.fields) if f.field == field)
        self._choice[field] = side
        self.dataChanged.emit(self.index(row, self.MINE), self.index(row, self.THEIRS),
                              [CHECK])
        self.choices_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (DISPLAY, TOOLTIP):
            return None
        own = self._conflict is None or involves(self._conflict, self._device_id)
        if role == TOOLTIP and section in (self.MINE, self.THEIRS) and not own:
            return translate("ConflictFieldsModel", "Two other computers changed this: "
                             "\"mine\" is the change the Secretariat received last.")
        return [
            translate("ConflictFieldsModel", "Field"),
            translate("ConflictFieldsModel", "Before both changes"),
            translate("ConflictFieldsModel", "This computer") if own
            else translate("ConflictFieldsModel", "Received last"),
            translate("ConflictFieldsModel", "The other computer") if own
            else translate("ConflictFieldsModel", "Received first"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.MINE, self.THEIRS):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self._conflict is None:
            return None
        item = self.fields[index.row()]
        column = index.column()
        kind = self._conflict.entity_type
        if role == CHECK and column in (self.MINE, self.THEIRS):
            side = "mine" if column == self.MINE else "theirs"
            chosen = self._choice.get(item.field) == side
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role not in (DISPLAY, TOOLTIP):
            return None
        if column == self.FIELD:
            return field_name(kind, item.field)
        value = {self.BASE: item.base, self.MINE: item.mine(self._device_id),
                 self.THEIRS: item.theirs(self._device_id)}[column]
        return value_text(kind, item.field, value)

    def setData(self, index: Index, value: Any, role: int = CHECK) -> bool:
        if role != CHECK or index.column() not in (self.MINE, self.THEIRS):
            return False
        item = self.fields[index.row()]
        side: Side = "mine" if index.column() == self.MINE else "theirs"
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        if ticked:
            self.choose(item.field, side)
        elif self._choice.get(item.field) == side:  # unticking leaves the field open
            del self._choice[item.field]
            self.dataChanged.emit(index, index, [CHECK])
            self.choices_changed.emit()
        return True
