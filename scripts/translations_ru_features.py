"""Russian strings of the everyday features: undo of deletions, Duplicate, spreadsheet
import and export, the File menu, the mission profile and the user guide.

Kept apart from ``translations_ru_seed.py`` so that areas developed at the same time do
not edit one file; ``scripts/update_translations.py`` merges both (entries already
translated in the ``.ts`` are never overwritten).
"""

from __future__ import annotations

#: context -> {English source: Russian translation}
RU: dict[str, dict[str, str]] = {
    "ActivitiesView": {
        "The deletion is also sent to the Secretariat. Edit → Undo (Ctrl+Z) brings the "
        "activities back.": "Удаление также будет отправлено в Секретариат. "
        "Правка → Отменить (Ctrl+Z) вернёт мероприятия.",
        "Duplicate…": "Дублировать…",
        "Deletion notice": "Сообщение об удалении",
        "Undo": "Отменить",
        "Bring the deleted activities back (Ctrl+Z)": "Вернуть удалённые мероприятия (Ctrl+Z)",
        "Dismiss": "Скрыть",
        "Hide this notice (Edit → Undo still works)":
            "Скрыть это сообщение (Правка → Отменить по-прежнему работает)",
    },
    "DeletionUndo": {
        "Cannot undo": "Отмена невозможна",
        "Deleted “%1”.": "Удалено: «%1».",
        "&Undo": "&Отменить",
        "Restoring activities: %1 of %2": "Восстановление мероприятий: %1 из %2",
        "Restoring activities…": "Восстановление мероприятий…",
        "The deleted activities cannot be restored:\n\n%1":
            "Удалённые мероприятия нельзя восстановить:\n\n%1",
    },
    "ActivityEditor": {
        "Duplicate of “%1”": "Копия мероприятия «%1»",
        "%1 (copy)": "%1 (копия)",
    },
    "MainWindow": {
        "&Duplicate activity…": "&Дублировать мероприятие…",
    },
}

RU_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "DeletionUndo": {
        "Deleted %n activity(ies).": (
            "Удалено %n мероприятие.", "Удалено %n мероприятия.", "Удалено %n мероприятий."),
        "&Undo deleting %n activity(ies)": (
            "&Отменить удаление %n мероприятия", "&Отменить удаление %n мероприятий",
            "&Отменить удаление %n мероприятий"),
    },
}

EN_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "DeletionUndo": {
        "Deleted %n activity(ies).": ("Deleted %n activity.", "Deleted %n activities."),
        "&Undo deleting %n activity(ies)": (
            "&Undo deleting %n activity", "&Undo deleting %n activities"),
    },
}
