"""Russian strings of the data-entry and orientation work: task titles and search, the
Action Plan totals and period, completion from the store, amounts in the locale, activity
filters, sync hints and the first-start dialog.

Kept apart from ``translations_ru_seed.py`` so that areas developed at the same time do
not edit one file; ``scripts/update_translations.py`` merges all seed files (entries
already translated in the ``.ts`` are never overwritten).
"""

from __future__ import annotations

#: context -> {English source: Russian translation}
RU: dict[str, dict[str, str]] = {
    "CatalogueText": {
        "Unofficial working translation; the official English text of the Action Plan is "
        "the text of record.": "Неофициальный рабочий перевод; официальным текстом Плана "
        "действий остаётся английский.",
    },
    "TaskPicker": {
        "Find a task by code or words in English or Russian, e.g. III.12 or police":
            "Поиск задачи по коду или словам (по-русски или по-английски), например: "
            "III.12 или полиция",
    },
    "CatalogueTreeModel": {
        "Distinct activities: one mapped to several tasks here counts once.":
            "Разные мероприятия: мероприятие, связанное с несколькими задачами, "
            "учитывается один раз.",
    },
    "ActionPlanView": {
        "Activities mapped to the selected task, section or chapter":
            "Мероприятия выбранной задачи, раздела или главы",
        "The period ends before it starts.": "Период заканчивается раньше, чем начинается.",
        "In this period: %1": "За этот период: %1",
        "<b>Select a task</b>, section or chapter to see its text, the bodies responsible "
        "and its activities.": "<b>Выберите задачу</b>, раздел или главу, чтобы увидеть "
        "текст, ответственные структуры и мероприятия.",
        "An activity mapped to several tasks here counts once.":
            "Мероприятие, связанное с несколькими задачами здесь, учитывается один раз.",
        "No activity of this mission is mapped to this task.":
            "Ни одно мероприятие миссии не связано с этой задачей.",
        "No activity of this mission is mapped to a task here.":
            "Ни одно мероприятие миссии не связано с задачами этого раздела.",
    },
    "PeriodSelector": {
        "&Period:": "&Период:",
        "Period": "Период",
        "Period start": "Начало периода",
        "Period end": "Конец периода",
        "All dates": "Все даты",
        "Questionnaire %1": "Вопросник %1",
        "Custom period…": "Другой период…",
    },
}

#: context -> {English source with %n: Russian plural forms (one, few, many)}
RU_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {}
EN_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {}
