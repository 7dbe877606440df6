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
        "&Sync": "Син&хронизация",
        "&Help": "&Справка",
        "&New activity": "&Новое мероприятие",
        "&Search activities": "&Поиск мероприятий",
        "&Save questionnaire now": "&Сохранить вопросник",
        "&Export questionnaire PDF…": "&Экспорт вопросника в PDF…",
        "Se&ttings…": "Н&астройки…",
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
        "Action Plan tasks": "Задачи",
        "Locations": "Места",
        "Partners": "Партнёры",
    },
    "CatalogueTreeModel": {
        "Action Plan task": "Задача Плана действий",
        "Bodies responsible": "Ответственные",
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
        "Sync &now": "Синхронизировать с&ейчас",
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
        "Sync &every:": "Синхронизировать ка&ждые:",
        " min": " мин",
        "&CA bundle:": "Се&ртификаты ЦС:",
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

RU["Vocabulary"].update({
    "Hotline support": "Поддержка горячей линии",
    "Shelter support": "Поддержка приюта",
    "Co-ordination meeting": "Координационное совещание",
    "Data collection": "Сбор данных",
    "One-off": "Разовое",
    "Recurring": "Регулярное",
    "Police": "Полиция",
    "Border guards": "Пограничники",
    "Prosecutors": "Прокуроры",
    "Judges": "Судьи",
    "Labour inspectors": "Инспекторы труда",
    "Consular staff": "Сотрудники консульств",
    "Government officials": "Государственные служащие",
    "Parliamentarians": "Парламентарии",
    "Social workers": "Социальные работники",
    "Health workers": "Медицинские работники",
    "NGOs": "НПО",
    "Media": "СМИ",
    "Teachers": "Учителя",
    "Students and youth": "Студенты и молодёжь",
    "Children": "Дети",
    "Victims of trafficking": "Жертвы торговли людьми",
    "Migrants": "Мигранты",
    "Roma and Sinti communities": "Общины рома и синти",
    "Private sector": "Частный сектор",
    "Military and peacekeepers": "Военные и миротворцы",
    "OSCE staff": "Сотрудники ОБСЕ",
    "General public": "Широкая общественность",
    "Sexual exploitation": "Сексуальная эксплуатация",
    "Labour exploitation": "Трудовая эксплуатация",
    "Forced or bonded labour": "Принудительный или кабальный труд",
    "Domestic servitude": "Домашнее подневольное состояние",
    "Child trafficking": "Торговля детьми",
    "Internal trafficking": "Внутренняя торговля людьми",
    "Forced begging": "Принудительное попрошайничество",
    "Removal of organs": "Изъятие органов",
    "All forms": "Все формы",
    "Unified Budget": "Сводный бюджет",
    "Extrabudgetary": "Внебюджетные средства",
    "Not started": "Не начато",
    "In progress": "Выполняется",
    "Implemented": "Выполнено",
    "Continuous": "Постоянно",
    "Not applicable": "Неприменимо",
    "Not evaluated": "Оценка не проводилась",
    "Internal evaluation": "Внутренняя оценка",
    "External evaluation": "Внешняя оценка",
    "Yes": "Да",
    "Partly": "Частично",
    "No": "Нет",
    "Unknown": "Неизвестно",
})
RU["ActionPlanView"] = {
    "Show these in the &Activities view": "Показать в разделе «&Мероприятия»",
    "%1 of the %2 Action Plan tasks that apply to this mission have activities.":
        "Мероприятия этой миссии есть у %1 из %2 задач Плана действий, относящихся к ней.",
    "<span style='color:#b3261e'>Tasks in red have none yet: explain these gaps in the "
    "questionnaire.</span>":
        "<span style='color:#b3261e'>У задач, выделенных красным, мероприятий пока нет: "
        "объясните эти пробелы в вопроснике.</span>",
    "<b>Select a task</b> to see its full text, the bodies responsible and its activities.":
        "<b>Выберите задачу</b>, чтобы увидеть её полный текст, ответственные структуры и "
        "мероприятия.",
    "<b>Responsible:</b> %1": "<b>Ответственные:</b> %1",
    "<span style='color:#b3261e'><b>No activity of this mission is mapped to this task."
    "</b></span>":
        "<span style='color:#b3261e'><b>Ни одно мероприятие миссии не связано с этой "
        "задачей.</b></span>",
    "<b>%1 activities</b> (newest first):": "<b>Мероприятий: %1</b> (сначала новые):",
}
RU["PartTwoWidget"] = {
    "Task": "Задача",
    "Status": "Статус",
    "Implementation &status:": "С&татус выполнения:",
    "Challenges": "Трудности",
    "How the mission implemented this task": "Как миссия выполняла эту задачу",
    "<b>Activities in this period:</b> %1": "<b>Мероприятия за период:</b> %1",
    "<b>Activities in this period:</b> <span style='color:#b3261e'>none — explain why in "
    "the comment.</span>":
        "<b>Мероприятия за период:</b> <span style='color:#b3261e'>нет — объясните причину "
        "в комментарии.</span>",
}
RU["PartOneWidget"] = {
    "Respondent &name:": "&Имя респондента:",
    "Respondent &post:": "&Должность респондента:",
    "1. Goal setting": "1. Постановка целей",
    "2. Priorities": "2. Приоритеты",
    "3. Resources": "3. Ресурсы",
    "Staff posts by year and source": "Штатные должности по годам и источникам",
    "Budget lines by year and source": "Статьи бюджета по годам и источникам",
    "Year": "Год",
    "Source": "Источник",
    "Post": "Должность",
    "Posts": "Ставок",
    "Description": "Описание",
    "Amount": "Сумма",
    "Currency": "Валюта",
    "Add staff post": "Добавить должность",
    "Remove staff post": "Удалить должность",
    "Add budget line": "Добавить статью",
    "Remove budget line": "Удалить статью",
}
RU["ActivityEditor"] = {
    "Edit activity": "Изменить мероприятие",
    "New activity": "Новое мероприятие",
    "&Title": "&Название",
    "Choose a type…": "Выберите тип…",
    "T&ype": "&Тип",
    "&Status": "&Статус",
    "&Recurrence": "&Периодичность",
    "Start &date": "&Дата начала",
    "&End date": "Дата &окончания",
    "&Locations": "&Места",
    "&Partners": "П&артнёры",
    "&Audiences": "А&удитории",
    "&Forms of trafficking": "&Формы торговли людьми",
    "Descr&iption": "Оп&исание",
    "F&unding": "Финансиро&вание",
    "Evaluation / &outcome": "Оценка / &результат",
    "<b>Action Plan tasks this activity implements</b>":
        "<b>Задачи Плана действий, которые выполняет мероприятие</b>",
    "To save, fix: %1": "Чтобы сохранить, исправьте: %1",
    "Choose at least one Action Plan task.": "Выберите хотя бы одну задачу Плана действий.",
    "Choose the type of activity.": "Выберите тип мероприятия.",
    "Source": "Источник",
    "Donor": "Донор",
    "Amount": "Сумма",
    "Currency": "Валюта",
    "Add funding line": "Добавить строку",
    "Remove funding line": "Удалить строку",
}
RU["SyncView"].update({
    "Secretariat server:": "Сервер Секретариата:",
    "Mission:": "Миссия:",
    "Rejected by the Secretariat:": "Отклонено Секретариатом:",
    "Last problem:": "Последняя проблема:",
    "Changes the Secretariat rejected": "Изменения, отклонённые Секретариатом",
    "&Queue rejected changes again": "Снова поставить отклонённые в &очередь",
    "Feedback from the Secretariat": "Отзывы Секретариата",
    "not set": "не задан",
    "%1 changes": "изменений: %1",
    "Nothing was rejected.": "Ничего не отклонено.",
    "No feedback from the Secretariat yet.": "Отзывов Секретариата пока нет.",
    "No sync yet.": "Синхронизации ещё не было.",
})

# Validation problems (focalpoint/ui/validation_text.py): keep the {name} placeholders. The
# wording avoids agreeing with the field's gender and with the numbers.
RU["Validation"] = {
    "is required": "обязательное поле",
    "must not be empty": "поле не должно быть пустым",
    "must have at least {min_length} characters":
        "слишком короткий текст (минимум символов: {min_length})",
    "is longer than {max_length} characters":
        "слишком длинный текст (максимум символов: {max_length})",
    "needs at least one entry": "нужна хотя бы одна запись",
    "needs at least {min_length} entries": "слишком мало записей (минимум: {min_length})",
    "has more than {max_length} entries": "слишком много записей (максимум: {max_length})",
    "{value} is not one of: {expected}": "{value} — недопустимое значение; допустимые: {expected}",
    "must not be negative (got {value})":
        "значение не может быть отрицательным (введено: {value})",
    "must be greater than or equal to {limit}": "значение должно быть не меньше {limit}",
    "must be greater than {limit}": "значение должно быть больше {limit}",
    "must be less than or equal to {limit}": "значение должно быть не больше {limit}",
    "must be less than {limit}": "значение должно быть меньше {limit}",
    "{value} is not a valid date (use YYYY-MM-DD)":
        "{value} — неверная дата (формат ГГГГ-ММ-ДД)",
    "{value} does not have the expected form ({pattern})":
        "{value} не соответствует ожидаемому формату ({pattern})",
    "is not a known field": "неизвестное поле",
    "{value} is not a number": "{value} — не число",
    "{value} has too many digits (at most 2 decimals)":
        "{value} — слишком много цифр (не более 2 знаков после запятой)",
    "must be a list, not {type}": "ожидается список, а не {type}",
    "must be an object, not {type}": "ожидается объект, а не {type}",
    "must be text, not {type}": "ожидается текст, а не {type}",
    "unknown Action Plan task code {code}": "неизвестный код задачи Плана действий: {code}",
    "must be a UUID such as 3f2b8c1e-...": "ожидается UUID, например 3f2b8c1e-...",
    "{end} is before the start date {start}": "дата {end} раньше даты начала {start}",
    "{end} is before the period start {start}": "дата {end} раньше начала периода {start}",
    "more than one entry for the same task": "несколько записей для одной и той же задачи",
    "women, men and not recorded add up to {parts}, more than the total {total}":
        "женщины, мужчины и неучтённые в сумме {parts} — больше общего числа {total}",
    "is required when women, men or not recorded are given":
        "обязательное поле, если указаны женщины, мужчины или неучтённые",
    "{name} appears more than once": "{name} указано более одного раза",
    "is 'none' but a date or main finding is given (choose internal or external)":
        "указано «нет», но дана дата или главный вывод (выберите внутреннюю или внешнюю)",
}

# Encryption at rest: the passphrase dialog, the offer to encrypt, key problems at start.
RU["PassphraseDialog"] = {
    "Protect the store with a passphrase": "Защита хранилища парольной фразой",
    "This computer has no system keyring to keep the store's key, so FocalPoint encrypts "
    "the store with a passphrase. You will type it at every start. Choose one of at least "
    "%1 characters and keep it safe: nobody can recover the data if it is forgotten.":
        "На этом компьютере нет системного хранилища ключей, поэтому FocalPoint шифрует "
        "хранилище парольной фразой. Её нужно вводить при каждом запуске. Выберите фразу "
        "не короче %1 символов и храните её надёжно: если её забыть, данные не восстановит "
        "никто.",
    "Unlock the store": "Открыть хранилище",
    "The store %1 is encrypted. Type its passphrase to open it.":
        "Хранилище %1 зашифровано. Введите парольную фразу, чтобы открыть его.",
    "Passphrase": "Парольная фраза",
    "&Passphrase:": "&Парольная фраза:",
    "Passphrase again": "Парольная фраза ещё раз",
    "&Again:": "&Ещё раз:",
    "&Show what I type": "&Показывать вводимый текст",
    "Wrong passphrase: the store was not changed. Try again.":
        "Неверная парольная фраза; хранилище не изменено. Попробуйте ещё раз.",
    "Store: %1": "Хранилище: %1",
    "Create store": "Создать хранилище",
    "Unlock": "Открыть",
    "At least %1 characters.": "Не менее %1 символов.",
    "The two passphrases differ.": "Парольные фразы не совпадают.",
}
RU.setdefault("Startup", {}).update({
    "The store is not encrypted": "Хранилище не зашифровано",
    "The store %1 was created by an older FocalPoint and is not encrypted: anyone who gets "
    "hold of this computer or the file can read the mission's activities, partners and "
    "plans.\n\nEncrypt it now? A copy is kept until the encrypted store has been checked.":
        "Хранилище %1 создано прежней версией FocalPoint и не зашифровано: любой, к кому "
        "попадёт этот компьютер или файл, сможет прочитать мероприятия, партнёров и планы "
        "миссии.\n\nЗашифровать его сейчас? Копия сохраняется, пока зашифрованное "
        "хранилище не будет проверено.",
    "&Encrypt now": "&Зашифровать",
    "&Not now": "&Не сейчас",
    "no passphrase was given": "парольная фраза не введена",
    "Encrypting the store…": "Шифрование хранилища…",
    "FocalPoint": "FocalPoint",
    "The store could not be encrypted: %1. It was not changed.":
        "Не удалось зашифровать хранилище: %1. Оно не изменено.",
})
RU.setdefault("StoreProblemDialog", {}).update({
    "The key kept in this computer's keyring does not open this store.":
        "Ключ из хранилища ключей этого компьютера не открывает это хранилище.",
    "The file is damaged, or its key was replaced. You can restore a backup, or open "
    "another file. The file has not been changed.":
        "Файл повреждён, или его ключ был заменён. Можно восстановить резервную копию или "
        "открыть другой файл. Файл не изменён.",
    "The key of this encrypted store is not available.":
        "Ключ этого зашифрованного хранилища недоступен.",
    "An encrypted store opens only where its key is kept. Unlock the system keyring and "
    "start again, or open another file. The file has not been changed.":
        "Зашифрованное хранилище открывается только там, где хранится его ключ. "
        "Разблокируйте системное хранилище ключей и запустите программу снова или откройте "
        "другой файл. Файл не изменён.",
})
RU["MainWindow"].update({
    "Not encrypted": "Не зашифровано",
    "This store is not encrypted. Restart FocalPoint and choose Encrypt now, or run "
    "'focalpoint encrypt' while FocalPoint is closed.":
        "Это хранилище не зашифровано. Перезапустите FocalPoint и выберите «Зашифровать» "
        "или выполните 'focalpoint encrypt', когда FocalPoint закрыт.",
})

RU["HistoryPanel"] = {
    "Restore this version": "Восстановить эту версию",
    "Make the activity what it was on %1? It is saved at once as a new version (nothing is "
    "lost: the current one stays in the history). Changes not yet saved in this editor are "
    "replaced.":
        "Вернуть мероприятию вид от %1? Оно сразу сохраняется как новая версия (ничего не "
        "теряется: текущая остаётся в истории). Несохранённые изменения в редакторе будут "
        "заменены.",
    "Every saved change of this activity, newest first: when, by whom, on which computer, "
    "and each field before and after.":
        "Все сохранённые изменения мероприятия, новые сверху: когда, кем, на каком "
        "компьютере, и каждое поле до и после.",
    "When": "Когда",
    "Who": "Кто",
    "Computer": "Компьютер",
    "Change": "Изменение",
    "Versions": "Версии",
    "Field": "Поле",
    "Before": "До",
    "After": "После",
    "Changes in this version": "Изменения в этой версии",
    "&Restore this version": "&Восстановить эту версию",
    "Before the recorded history": "До начала записанной истории",
    "before the recorded history": "до начала записанной истории",
    "No saved changes yet.": "Сохранённых изменений пока нет.",
    "Created": "Создано",
    "Brought back after deletion": "Возвращено после удаления",
    "Deleted": "Удалено",
    "Restored the version of %1: %2": "Восстановлена версия от %1: %2",
    "Changed: %1": "Изменено: %1",
    "%1 (current version)": "%1 (текущая версия)",
    "Title": "Название",
    "Type": "Тип",
    "Status": "Статус",
    "Recurrence": "Периодичность",
    "Start date": "Дата начала",
    "End date": "Дата окончания",
    "Locations": "Места",
    "Partners": "Партнёры",
    "Audiences": "Целевые группы",
    "Forms of trafficking": "Формы торговли людьми",
    "Description": "Описание",
    "Funding": "Финансирование",
    "Evaluation / outcome": "Оценка / результат",
    "Action Plan tasks": "Задачи Плана действий",
    "People reached": "Охват (человек)",
    "Outcome indicators": "Показатели результата",
    "Evaluation": "Оценка",
    "Sustainability": "Устойчивость",
    "This version cannot be restored: %1": "Эту версию нельзя восстановить: %1",
}
RU["ActivityEditor"].update({
    "Acti&vity": "Мероприяти&е",
    "&History": "Истори&я",
})

#: Plural forms (Russian has three) for "%n" messages: context -> {source: forms}
RU["ActivitiesView"].update({
    "Deleting activities: %1 of %2": "Удаление мероприятий: %1 из %2",
    "Deleting activities…": "Удаление мероприятий…",
})
RU["MainWindow"].update({
    "Questionnaire not fully saved": "Вопросник сохранён не полностью",
    "Part of the questionnaire draft cannot be saved yet:\n\n%1\n\nClose anyway and lose it, "
    "or go back and correct it?":
        "Часть черновика вопросника пока нельзя сохранить:\n\n%1\n\nЗакрыть программу и "
        "потерять её или вернуться и исправить?",
})
RU["QuestionnaireView"].update({
    "The questionnaire was written to %1 (%2 pages).\n\nOpen it now?":
        "Вопросник записан в файл %1 (страниц: %2).\n\nОткрыть его?",
    "Questionnaire not fully saved": "Вопросник сохранён не полностью",
    "Part of this questionnaire cannot be saved yet:\n\n%1\n\nGo on and lose it, or stay "
    "and correct it?":
        "Часть этого вопросника пока нельзя сохранить:\n\n%1\n\nПродолжить и потерять её "
        "или остаться и исправить?",
    "Saved at %1, except the lines explained above":
        "Сохранено в %1, кроме строк, описанных выше",
    "No program to open PDF files was found. The file is at %1":
        "Не найдена программа для открытия PDF. Файл находится здесь: %1",
})
RU["SettingsDialog"].update({
    "Changes not sent yet": "Изменения ещё не отправлены",
    "%n change(s) have not reached the Secretariat yet. If the store now points at another "
    "server or mission, they may never reach the right one.":
        "Изменения (%n) ещё не дошли до Секретариата. Если база данных теперь будет указывать "
        "на другой сервер или миссию, они могут так и не попасть по назначению.",
    "Best: cancel, sync with the current settings first (Sync now, F5), then change them. Or "
    "FocalPoint can first write a backup copy of the whole store (nothing is deleted) and then "
    "change the settings.":
        "Лучше отменить, сначала синхронизировать с текущими настройками (Синхронизировать "
        "сейчас, F5), а затем изменить их. Или FocalPoint может сначала записать резервную "
        "копию всей базы данных (ничего не удаляется), а затем изменить настройки.",
    "&Back up and change": "Сделать &копию и изменить",
    "Settings changed": "Настройки изменены",
    "A backup of the store, with the changes that were waiting, was written to:\n%1":
        "Резервная копия базы данных с неотправленными изменениями записана в:\n%1",
})


RU_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "SettingsDialog": {
        "Not saved: %n change(s) have not reached the Secretariat yet. Sync first (Sync now, "
        "F5), or save again and choose to back up the store.": (
            "Не сохранено: %n изменение ещё не дошло до Секретариата. Сначала синхронизируйте "
            "(Синхронизировать сейчас, F5) или сохраните снова и выберите резервную копию.",
            "Не сохранено: %n изменения ещё не дошли до Секретариата. Сначала синхронизируйте "
            "(Синхронизировать сейчас, F5) или сохраните снова и выберите резервную копию.",
            "Не сохранено: %n изменений ещё не дошли до Секретариата. Сначала синхронизируйте "
            "(Синхронизировать сейчас, F5) или сохраните снова и выберите резервную копию.",
        ),
    },
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

# The questionnaire's own words, shared with the PDF (focalpoint/questionnaire_text.py),
# unanswered Part 2 tasks and the on-screen resource totals.
RU["QuestionnaireText"] = {
    "Part 1 — Goal setting, priorities and resources":
        "Часть 1 — Постановка целей, приоритеты и ресурсы",
    "1.1 Goal setting": "1.1 Постановка целей",
    "How the mission sets its anti-trafficking goals, and with whom.":
        "Как и с кем миссия определяет свои цели в борьбе с торговлей людьми.",
    "1.2 Priorities": "1.2 Приоритеты",
    "The mission's anti-trafficking priorities for the period.":
        "Приоритеты миссии в борьбе с торговлей людьми в отчётном периоде.",
    "1.3 Resources": "1.3 Ресурсы",
    "Human and financial resources, in words.": "Кадровые и финансовые ресурсы, описательно.",
    "1.4 Staff posts": "1.4 Штатные должности",
    "1.5 Budget": "1.5 Бюджет",
    "Posts by year and funding source": "Ставки по годам и источникам финансирования",
    "Budget by year and funding source": "Бюджет по годам и источникам финансирования",
    "No answer given.": "Ответ не дан.",
    "No staff posts reported.": "Штатные должности не указаны.",
    "No budget lines reported.": "Статьи бюджета не указаны.",
    "Year": "Год",
    "Total": "Итого",
    "All years (%1)": "Все годы (%1)",
    "No answer": "Нет ответа",
    "Not applicable to the mission (an Action Plan task for other OSCE bodies)":
        "Неприменимо к миссии (задача Плана действий для других структур ОБСЕ)",
}
RU["PartTwoWidget"].update({
    "Tasks without an answer": "Задачи без ответа",
    "Every applicable task has an answer.": "На все применимые задачи дан ответ.",
    "Not answered yet: choose a status for this task.":
        "Ответа пока нет: выберите статус этой задачи.",
})
RU["QuestionnaireView"].update({
    "… and %1 more (see Show Details)": "… и ещё %1 (см. «Показать подробности»)",
    "Applicable tasks still without an answer: %1. The PDF and the Secretariat will show "
    "them as “No answer”:":
        "Применимых задач без ответа: %1. В PDF и у Секретариата они будут значиться как "
        "«Нет ответа»:",
})
RU_PLURALS["PartTwoWidget"] = {
    "%n applicable task(s) without an answer (shown as “No answer” in the PDF)": (
        "%n применимая задача без ответа (в PDF — «Нет ответа»)",
        "%n применимые задачи без ответа (в PDF — «Нет ответа»)",
        "%n применимых задач без ответа (в PDF — «Нет ответа»)",
    ),
}
EN_PLURALS["PartTwoWidget"] = {
    "%n applicable task(s) without an answer (shown as “No answer” in the PDF)": (
        "%n applicable task without an answer (shown as “No answer” in the PDF)",
        "%n applicable tasks without an answer (shown as “No answer” in the PDF)",
    ),
}

# The Analysis view, its figures and the activity results fields (issue 10).
RU.setdefault("ActivityEditor", {})["&Outcome"] = "&Результат"
RU.setdefault("MainWindow", {})["Analysis"] = "Анализ"
RU.setdefault("PdfOptionsDialog", {}).update({
    "With the self-&assessment annex": "С приложением «Сам&ооценка»",
    "Add the Self-assessment annex to the PDF: the Analysis figures of the period (tasks and "
    "gaps, forms, audiences, results, funding, partners) with charts":
        "Добавить в PDF приложение «Самооценка»: показатели анализа за период (задачи и "
        "пробелы, формы, аудитории, результаты, финансирование, партнёры) с диаграммами",
})
RU["ResultsFields"] = {
    "Total": "Всего",
    "Women": "Женщины",
    "Men": "Мужчины",
    "Not recorded": "Не учтено",
    "Lowest value (—) means not recorded": "Наименьшее значение (—) означает «не учтено»",
    "Evaluation": "Оценка",
    "Evaluation date": "Дата оценки",
    "Main finding": "Главный вывод",
    "Adequacy to needs": "Соответствие потребностям",
    "National ownership": "Национальная ответственность",
    "Infrastructure after donor funding": "Инфраструктура после донорского финансирования",
    "Note": "Примечание",
    "%1: note": "%1: примечание",
    "Indicator": "Показатель",
    "Number": "Число",
    "Add indicator": "Добавить показатель",
    "Remove indicator": "Удалить показатель",
    "Outcome indicators": "Показатели результата",
    "People reac&hed": "&Охват людей",
    "Outcome i&ndicators": "Показатели рез&ультата",
    "E&valuation": "О&ценка",
    "Sustaina&bility": "&Устойчивость",
}
RU["IdFilterBanner"] = {
    "Show all activities": "Показать все мероприятия",
    "Showing the %1 activities counted in %2": "Показаны мероприятия (%1), учтённые в: %2",
}
RU["FigurePanel"] = {
    "Show the %1 activities counted here": "Показать мероприятия, учтённые здесь (%1)",
}
RU["AnalysisView"] = {
    "&Period:": "&Период:",
    "Period": "Период",
    "Period start": "Начало периода",
    "Period end": "Конец периода",
    "&Refresh": "&Обновить",
    "1. Tasks": "1. Задачи",
    "2. Forms": "2. Формы",
    "3. Audiences": "3. Аудитории",
    "4. Results": "4. Результаты",
    "5. Funding": "5. Финансирование",
    "6. Partners": "6. Партнёры",
    "All dates": "Все даты",
    "Questionnaire %1": "Вопросник %1",
    "Custom period…": "Другой период…",
    "The period ends before it starts.": "Период заканчивается раньше, чем начинается.",
    "Computing…": "Вычисление…",
    "%1 activities in this period": "Мероприятий за период: %1",
    "The analysis failed: %1": "Анализ не удался: %1",
}
RU["Analysis"] = {
    "Action Plan tasks with and without activities":
        "Задачи Плана действий с мероприятиями и без них",
    "tasks with activities": "задачи с мероприятиями",
    "tasks without (gaps)": "задачи без мероприятий (пробелы)",
    "tasks": "задачи",
    "Section": "Раздел",
    "Tasks with activities": "Задачи с мероприятиями",
    "Gaps": "Пробелы",
    "Activities": "Мероприятия",
    "Task": "Задача",
    "Coverage": "Охват",
    "with activities": "есть мероприятия",
    "gap": "пробел",
    "%1 of %2 applicable tasks have activities; gaps: %3.":
        "Мероприятия есть по %1 из %2 применимых задач; пробелы: %3.",
    "Forms of trafficking addressed": "Охваченные формы торговли людьми",
    "all activities": "все мероприятия",
    "awareness-raising": "повышение осведомлённости",
    "Form of trafficking": "Форма торговли людьми",
    "All activities": "Все мероприятия",
    "Awareness-raising": "Повышение осведомлённости",
    "Not recorded": "Не указано",
    "%1 activities, of which %2 awareness-raising; %3 of those address sexual exploitation "
    "(%4).":
        "Мероприятий: %1, из них по повышению осведомлённости: %2; из них сексуальную "
        "эксплуатацию затрагивают: %3 (%4).",
    "Audiences reached and people reached": "Охваченные аудитории и люди",
    "activities": "мероприятия",
    "Audience": "Аудитория",
    "People reached": "Охват людей",
    "Total": "Всего",
    "Women": "Женщины",
    "Men": "Мужчины",
    "Activities with a participant count": "Мероприятия с числом участников",
    "Activities without one": "Мероприятия без него",
    "%1 people reached in %2 activities (women %3, men %4, not recorded %5); %6 activities "
    "without a count.":
        "Охвачено людей: %1 в мероприятиях: %2 (женщин %3, мужчин %4, не учтено %5); "
        "мероприятий без данных: %6.",
    "One-off or recurring, evaluation and sustainability":
        "Разовые или регулярные, оценка и устойчивость",
    "Adequacy to needs": "Соответствие потребностям",
    "National ownership": "Национальная ответственность",
    "Infrastructure after donor funding": "Инфраструктура после донорского финансирования",
    "Adequacy to needs: yes": "Соответствие потребностям: да",
    "National ownership: yes": "Национальная ответственность: да",
    "Infrastructure after donor funding: yes":
        "Инфраструктура после донорского финансирования: да",
    "Sustainability (recommendation 8)": "Устойчивость (рекомендация 8)",
    "%1 of %2 activities one-off (%3); %4 evaluated (%5).":
        "Разовых мероприятий: %1 из %2 (%3); с оценкой: %4 (%5).",
    "Funding: Unified Budget and extrabudgetary":
        "Финансирование: Сводный бюджет и внебюджетные средства",
    "Unified Budget": "Сводный бюджет",
    "amount": "сумма",
    "Year": "Год",
    "Currency": "Валюта",
    "Extrabudgetary": "Внебюджетные",
    "Extrabudgetary share": "Доля внебюджетных",
    "Source": "Источник",
    "Donor": "Донор",
    "Amount": "Сумма",
    "undated": "без даты",
    "Amounts per currency, never added across currencies; %1 activities without funding.":
        "Суммы по валютам, без сложения разных валют; мероприятий без финансирования: %1.",
    "Partners by kind and task area": "Партнёры по типу и области задач",
    "OSCE structures": "Структуры ОБСЕ",
    "International organizations": "Международные организации",
    "NGOs": "НПО",
    "State bodies": "Государственные органы",
    "Other / unclassified": "Другие / без класса",
    "Partner": "Партнёр",
    "Kind": "Тип",
    "%1 activities without a partner.": "Мероприятий без партнёров: %1.",
}

# The Secretariat's review on the desktop (issue 9) and the first-start file dialog.
RU.setdefault("PartTwoWidget", {}).update({
    "The Secretariat's comment on this task": "Комментарий Секретариата к этой задаче",
    "Secretariat: %1": "Секретариат: %1",
    "Secretariat's comment: %1": "Комментарий Секретариата: %1",
})
RU.setdefault("QuestionnaireView", {}).update({
    "The Secretariat's review": "Рассмотрение в Секретариате",
    "Returned for revision by the Secretariat (%1)": "Возвращено Секретариатом на доработку (%1)",
    "Vienna": "Вена",
    " — this draft is the revision; submit it when done":
        " — этот черновик и есть доработка; отправьте его, когда закончите",
    "Accepted by the Secretariat (%1)": "Принято Секретариатом (%1)",
    "%1 comment(s) on tasks in Part 2 (in bold).":
        "Комментариев к задачам Части 2: %1 (выделены жирным).",
})
RU.setdefault("parent", {}).update({
    "Open an existing store": "Открыть существующую базу данных",
})
