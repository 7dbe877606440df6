"""Russian strings for the main window, navigation, menus, status bar and common controls.

Why a seed file: translators normally work in Qt Linguist on ``focalpoint_ru.ts``; this
file only records the first set of translations made by the developers so that
``scripts/update_translations.py`` can fill them into a freshly extracted ``.ts``. Entries
already translated in the ``.ts`` are never overwritten.
"""

from __future__ import annotations

#: context -> {English source: Russian translation}
RU: dict[str, dict[str, str]] = {
    "MainWindow": {
        "Navigation": "Навигация",
        "Activities": "Мероприятия",
        "Action Plan": "План действий",
        "Questionnaire": "Вопросник",
        "Sync": "Синхронизация",
        "FocalPoint": "FocalPoint",
        "&File": "&Файл",
        "&Edit": "&Правка",
        "&View": "&Вид",
        "&Sync": "&Синхронизация",
        "&Help": "&Справка",
        "&New activity": "&Новое мероприятие",
        "&Search activities": "&Поиск мероприятий",
        "&Save questionnaire now": "&Сохранить вопросник",
        "&Export questionnaire PDF…": "&Экспорт вопросника в PDF…",
        "Se&ttings…": "&Настройки…",
        "Open &log folder": "Открыть папку &журналов",
        "&Quit": "В&ыход",
        "Sync &now": "Синхронизировать &сейчас",
        "&About FocalPoint": "&О программе FocalPoint",
        "About FocalPoint": "О программе FocalPoint",
        "Connection: %1": "Соединение: %1",
        "Last sync: %1": "Последняя синхронизация: %1",
        "never": "никогда",
        "Syncing…": "Синхронизация…",
    },
    "SyncController": {
        "Sync not installed": "Синхронизация не установлена",
        "Not configured": "Не настроено",
        "No access token": "Нет токена доступа",
        "Syncing…": "Синхронизация…",
        "Not synced yet this session": "В этом сеансе ещё не синхронизировано",
        "Online": "В сети",
        "Offline": "Нет связи",
        "Token refused": "Токен отклонён",
        "Conflict": "Конфликт",
        "Changes rejected": "Изменения отклонены",
        "Stopped by the Secretariat": "Остановлено Секретариатом",
        "Update FocalPoint": "Обновите FocalPoint",
        "Server error": "Ошибка сервера",
        "Cancelled": "Отменено",
        "A sync is running.": "Синхронизация уже идёт.",
        "Enter the access token in Settings first.":
            "Сначала введите токен доступа в настройках.",
        "Set the Secretariat server and mission code in Settings first.":
            "Сначала укажите сервер Секретариата и код миссии в настройках.",
    },
    "ProgressPanel": {
        "Cancel": "Отмена",
        "Progress": "Ход выполнения",
        "Cancelling…": "Отмена…",
        "Cancel the running task": "Отменить выполняемую задачу",
    },
    "ActivitiesView": {
        "Search titles, descriptions, partners, places and outcomes…":
            "Поиск по названиям, описаниям, партнёрам, местам и результатам…",
        "Search activities": "Поиск мероприятий",
        "&New activity": "&Новое мероприятие",
        "New activity (Ctrl+N)": "Новое мероприятие (Ctrl+N)",
        "&Edit…": "&Изменить…",
        "&Delete": "&Удалить",
        "Delete the selected activities (Del)": "Удалить выбранные мероприятия (Del)",
        "All Action Plan tasks": "Все задачи Плана действий",
        "All statuses": "Все статусы",
        "All years": "Все годы",
        "All types": "Все типы",
        "All forms of trafficking": "Все формы торговли людьми",
        "Clear filters": "Сбросить фильтры",
        "Activities": "Мероприятия",
        "%1 of %2 activities": "%1 из %2 мероприятий",
        "Searching…": "Поиск…",
        "Delete": "Удалить",
    },
    "ActivityTableModel": {
        "Title": "Название",
        "Type": "Тип",
        "Status": "Статус",
        "Start": "Начало",
        "End": "Окончание",
        "Action Plan tasks": "Задачи Плана действий",
        "Locations": "Места",
        "Partners": "Партнёры",
    },
    "CatalogueTreeModel": {
        "Action Plan task": "Задача Плана действий",
        "Bodies responsible": "Ответственные структуры",
        "Activities": "Мероприятия",
    },
    "QuestionnaireView": {
        "Reporting period:": "Отчётный период:",
        "New period…": "Новый период…",
        "Export PDF…": "Экспорт в PDF…",
        "Submit to Secretariat…": "Отправить в Секретариат…",
        "Part 1: Goals, priorities and resources": "Часть 1: цели, приоритеты и ресурсы",
        "Part 2: Action Plan tasks": "Часть 2: задачи Плана действий",
        "Draft — changes are saved automatically": "Черновик — изменения сохраняются автоматически",
        "Saved at %1": "Сохранено в %1",
        "Editing…": "Редактирование…",
    },
    "SyncView": {
        "Status": "Состояние",
        "Sync &now": "Синхронизировать &сейчас",
        "Sync &settings…": "&Настройки синхронизации…",
        "Waiting to be sent:": "Ожидают отправки:",
        "Last successful sync:": "Последняя успешная синхронизация:",
        "Connection:": "Соединение:",
        "Sync log": "Журнал синхронизации",
        "never": "никогда",
    },
    "SettingsDialog": {
        "Settings": "Настройки",
        "Secretariat &server:": "&Сервер Секретариата:",
        "&Mission code:": "&Код миссии:",
        "Access &token:": "&Токен доступа:",
        "Sync &every:": "Синхронизировать &каждые:",
        " min": " мин",
        "&CA bundle:": "&Сертификаты ЦС:",
        "&Browse…": "&Обзор…",
        "Interface &language:": "&Язык интерфейса:",
        "System default": "Как в системе",
    },
    "Vocabulary": {
        "Planned": "Запланировано",
        "Ongoing": "Выполняется",
        "Completed": "Завершено",
        "Cancelled": "Отменено",
        "Training": "Тренинг",
        "Workshop": "Семинар",
        "Round table": "Круглый стол",
        "Conference": "Конференция",
        "Study tour": "Ознакомительная поездка",
        "Research": "Исследование",
        "Publication": "Публикация",
        "Awareness campaign": "Информационная кампания",
        "Legislative review": "Анализ законодательства",
        "Policy advice": "Консультирование по политике",
        "Trial monitoring": "Мониторинг судебных процессов",
        "NRM assessment": "Оценка НМП",
        "Support to NGO project": "Поддержка проекта НПО",
        "Other": "Другое",
        "Draft": "Черновик",
        "Submitted": "Отправлено",
    },
}

#: Plural forms (Russian has three) for "%n" messages: context -> {source: forms}
RU_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "MainWindow": {
        "%n change(s) waiting to be sent": (
            "%n изменение ожидает отправки",
            "%n изменения ожидают отправки",
            "%n изменений ожидают отправки",
        ),
    },
}

#: English plural forms, so "%n change(s)" reads "1 change" / "61 changes".
EN_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "MainWindow": {
        "%n change(s) waiting to be sent": (
            "%n change waiting to be sent",
            "%n changes waiting to be sent",
        ),
    },
}
