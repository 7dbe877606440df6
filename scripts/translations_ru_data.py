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
    "ActivityFilters": {
        "Place": "Место",
        "Filter by place": "Фильтр по месту",
        "Partner": "Партнёр",
        "Filter by partner": "Фильтр по партнёру",
        "Donor": "Донор",
        "Filter by donor": "Фильтр по донору",
        "Activities running on or after": "Мероприятия, идущие с даты",
        "Activities started on or before": "Мероприятия, начатые не позднее",
        "&From": "&С",
        "&to": "п&о",
    },
    "SettingsDialog": {
        "Certificate authority file": "Файл центра сертификации",
        "Test co&nnection": "&Проверить соединение",
        "Ask the Secretariat's server whether it answers and accepts this mission's token "
        "(nothing is sent)": "Спросить сервер Секретариата, отвечает ли он и принимает ли "
        "токен миссии (ничего не отправляется)",
        "Connection test result": "Результат проверки соединения",
        "The server address is not usable: %1": "Адрес сервера не подходит: %1",
        "Enter the server address and the mission code first (the Secretariat gives you "
        "both).": "Сначала введите адрес сервера и код миссии (их сообщает Секретариат).",
        "The certificate authority file does not exist: %1":
            "Файл центра сертификации не найден: %1",
        "Enter the access token first (the Secretariat gives it to your mission).":
            "Сначала введите токен доступа (его выдаёт миссии Секретариат).",
        "Testing the connection…": "Проверка соединения…",
        "Connected. The Secretariat's server answered and accepts this mission's access "
        "token.": "Соединение есть. Сервер Секретариата ответил и принимает токен доступа "
        "этой миссии.",
        "The server could not be reached. Check the address and that this computer is "
        "online, then try again.": "Не удалось связаться с сервером. Проверьте адрес и "
        "подключение компьютера к интернету и попробуйте снова.",
        "The server answered but refused the access token or the mission code. Check both; "
        "if they are right, ask the Secretariat for a new token.": "Сервер ответил, но не "
        "принял токен доступа или код миссии. Проверьте их; если они верны, запросите у "
        "Секретариата новый токен.",
        "The server's certificate could not be checked. If your IT department gave you a "
        "certificate authority file, choose it above; otherwise tell the Secretariat.":
            "Не удалось проверить сертификат сервера. Если ИТ-отдел выдал вам файл центра "
            "сертификации, выберите его выше; иначе сообщите в Секретариат.",
        "The server asks for a newer version of FocalPoint.":
            "Сервер требует более новую версию FocalPoint.",
        "The Secretariat has paused syncing for now.":
            "Секретариат временно приостановил синхронизацию.",
        "The server answered with a problem.": "Сервер сообщил о проблеме.",
        "Details: %1": "Подробности: %1",
    },
    "SyncController": {
        "Sending needs the Secretariat's server address, your mission code and an access "
        "token. Ask the OSCE Secretariat's anti-trafficking team in Vienna (the office that "
        "receives your reports) for them, then enter them in Settings (Sync settings…). "
        "Until then everything is kept safely on this computer.": "Для отправки нужны адрес "
        "сервера Секретариата, код вашей миссии и токен доступа. Запросите их у группы по "
        "борьбе с торговлей людьми Секретариата ОБСЕ в Вене (куда вы направляете отчёты) и "
        "введите в Настройках (Настройки синхронизации…). До тех пор все данные надёжно "
        "хранятся на этом компьютере.",
        "The access token is missing: enter the token the OSCE Secretariat gave your mission "
        "in Settings (Sync settings…). Lost it? Ask the Secretariat's anti-trafficking team "
        "for a new one.": "Нет токена доступа: введите токен, выданный миссии Секретариатом "
        "ОБСЕ, в Настройках (Настройки синхронизации…). Потеряли его? Запросите новый у "
        "группы по борьбе с торговлей людьми Секретариата.",
    },
    "SyncView": {
        "Why syncing is not possible yet": "Почему синхронизация пока невозможна",
    },
    "SetupDialog": {
        "Interface &language:": "&Язык интерфейса:",
        "Interface language": "Язык интерфейса",
        "System default": "Как в системе",
        "Start recording for your mission": "Начать работу для своей миссии",
        "Or": "Или",
        "Explore with the &demo mission": "Посмотреть на &демо-миссии",
        "A store filled with 59 real examples from the 2006 report, to look around; nothing "
        "is sent": "Хранилище с 59 реальными примерами из доклада 2006 года, чтобы "
        "осмотреться; ничего не отправляется",
        "&Open an existing store…": "&Открыть существующее хранилище…",
        "A FocalPoint store (.db) kept elsewhere, e.g. copied from the previous focal point's "
        "laptop": "Хранилище FocalPoint (.db) из другого места, например скопированное с "
        "ноутбука предыдущего координатора",
        "Create and &import activities…": "Создать и &импортировать мероприятия…",
        "Create the store for the mission above, then import a FocalPoint activities file "
        "(.json)": "Создать хранилище для указанной миссии и импортировать файл мероприятий "
        "FocalPoint (.json)",
        "Open an existing store": "Открыть существующее хранилище",
        "FocalPoint stores (*.db);;All files (*)": "Хранилища FocalPoint (*.db);;Все файлы (*)",
        "Import activities": "Импорт мероприятий",
        "FocalPoint activities (*.json);;All files (*)":
            "Мероприятия FocalPoint (*.json);;Все файлы (*)",
    },
    "EmptyActivities": {
        "<h3>No activities yet</h3><p>Record the mission's first anti-trafficking activity "
        "with <b>New activity</b> (Ctrl+N), or bring in activities you already have in a "
        "FocalPoint activities file (.json, e.g. exported from another computer) with "
        "<b>Import activities…</b>.</p><p>To look around first, the demo mission can be "
        "loaded into a separate store: <tt>focalpoint --db demo.db demo</tt>.</p>":
            "<h3>Мероприятий пока нет</h3><p>Внесите первое мероприятие миссии по борьбе с "
            "торговлей людьми кнопкой <b>Новое мероприятие</b> (Ctrl+N) или загрузите уже "
            "имеющиеся мероприятия из файла FocalPoint (.json, например экспортированного на "
            "другом компьютере) кнопкой <b>Импорт мероприятий…</b>.</p><p>Чтобы сначала "
            "осмотреться, демо-миссию можно загрузить в отдельное хранилище: "
            "<tt>focalpoint --db demo.db demo</tt>.</p>",
        "New activity": "Новое мероприятие",
        "Import activities…": "Импорт мероприятий…",
    },
    "ImportActivities": {
        "Import activities": "Импорт мероприятий",
        "FocalPoint activities (*.json);;All files (*)":
            "Мероприятия FocalPoint (*.json);;Все файлы (*)",
        "%1 activities imported from %2.": "Импортировано мероприятий из %2: %1.",
        "Nothing was imported: %1\n\nThe store is unchanged.":
            "Ничего не импортировано: %1\n\nХранилище не изменилось.",
    },
    "Startup": {
        "Importing activities…": "Импорт мероприятий…",
        "%1 activities imported from %2.": "Импортировано мероприятий из %2: %1.",
        "Nothing was imported: %1\n\nThe store was created without activities.":
            "Ничего не импортировано: %1\n\nХранилище создано без мероприятий.",
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
