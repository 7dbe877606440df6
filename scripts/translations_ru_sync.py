"""Russian strings of the several-devices work in the desktop: opening the store in the
background, the questionnaire's History tab, the sync timeout, the Conflicts view and the
restore of a mission from the Secretariat.

Kept apart from the other seed files so that areas developed at the same time do not edit
one file; ``scripts/update_translations.py`` merges them (entries already translated in
the ``.ts`` are never overwritten).
"""

from __future__ import annotations

#: context -> {English source: Russian translation}
RU: dict[str, dict[str, str]] = {
    "Busy": {
        "Cancel": "Отмена",
        "FocalPoint": "FocalPoint",
    },
    "Startup": {
        "Creating the store…": "Создание хранилища…",
        "Opening and checking the store…": "Открытие и проверка хранилища…",
        "Checking and restoring the backup…": "Проверка и восстановление резервной копии…",
    },
    "SettingsDialog": {
        " s": " с",
        "Sync timeout in seconds": "Время ожидания синхронизации в секундах",
        "How long a sync waits for the Secretariat's server, retries included, before it "
        "stops and says the connection is down. Raise it on a slow satellite link.":
            "Сколько синхронизация ждёт сервер Секретариата (включая повторные попытки), "
            "прежде чем остановиться и сообщить, что связи нет. Увеличьте его при медленной "
            "спутниковой связи.",
        "Wait for the server &up to:": "Ждать ответа сервера &не дольше:",
    },
    "QuestionnaireView": {
        "History": "История",
        "Restored an earlier version at %1": "Восстановлена более ранняя версия в %1",
    },
    "ResponseHistoryPanel": {
        "Restore this version": "Восстановить эту версию",
        "Make the questionnaire draft what it was on %1? It is saved at once as a new "
        "version (nothing is lost: the current one stays in the history).":
            "Вернуть черновик вопросника к состоянию на %1? Он сразу сохраняется как новая "
            "версия (ничего не теряется: текущая остаётся в истории).",
        "Every saved change of this questionnaire, newest first: when, by whom, on which "
        "computer, and each answer before and after. Typing saved within a few minutes by "
        "the same person is one version.":
            "Все сохранённые изменения этого вопросника, сначала новые: когда, кем, на каком "
            "компьютере и каждый ответ до и после. Правки одного человека в течение "
            "нескольких минут образуют одну версию.",
        "A submitted questionnaire cannot change; its history is shown as it was recorded.":
            "Отправленный вопросник изменить нельзя; его история показана так, как была "
            "записана.",
        "Implementation status": "Статус выполнения",
        "How the mission implemented the task": "Как миссия выполняла задачу",
        "Challenges": "Трудности",
        "%1 — %2": "%1 — %2",
        "Respondent name": "Имя респондента",
        "Respondent post": "Должность респондента",
        "Status": "Статус",
        "Submitted": "Отправлено",
        "Period start": "Начало периода",
        "Period end": "Конец периода",
        "Revises the returned response": "Исправляет возвращённый вопросник",
    },
}

RU_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {}
EN_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {}

RU.update({
    "FieldText": {
        "Yes": "Да",
        "No": "Нет",
        "Mission code": "Код миссии",
        "Mission name": "Название миссии",
        "Focal point's name": "Имя координатора",
        "Focal point's post": "Должность координатора",
        "Field operation": "Полевое присутствие",
    },
    "ConflictListModel": {
        "What": "Что",
        "Clash": "Конфликт",
        "Since": "С",
        "Activity": "Мероприятие",
        "Questionnaire": "Вопросник",
        "Mission profile": "Профиль миссии",
        "Deleted on this computer, changed on another":
            "Удалено на этом компьютере, изменено на другом",
        "Changed here or elsewhere, deleted on another computer":
            "Изменено здесь или в другом месте, удалено на другом компьютере",
        "Both changed: %1": "Изменено на обоих: %1",
    },
    "ConflictFieldsModel": {
        "Two other computers changed this: \"mine\" is the change the Secretariat received "
        "last.": "Это изменили два других компьютера: «моё» — изменение, которое Секретариат "
        "получил последним.",
        "Field": "Поле",
        "Before both changes": "До обоих изменений",
        "This computer": "Этот компьютер",
        "Received last": "Получено последним",
        "The other computer": "Другой компьютер",
        "Received first": "Получено первым",
    },
    "ConflictsView": {
        "When two computers of the mission change the same thing from the same version, or "
        "one deletes what another changes, the Secretariat keeps both and asks you to decide "
        "here. Your decision is sent with the next sync and settles the conflict on every "
        "computer of the mission.":
            "Когда два компьютера миссии изменяют одно и то же из одной и той же версии или "
            "один удаляет то, что изменяет другой, Секретариат сохраняет оба варианта и "
            "просит вас решить здесь. Ваше решение отправляется при следующей синхронизации "
            "и разрешает конфликт на всех компьютерах миссии.",
        "<h3>No conflicts</h3><p>Everything the mission's computers sent fits together. "
        "Conflicts appear here after a sync, if there are any.</p>":
            "<h3>Конфликтов нет</h3><p>Всё, что отправили компьютеры миссии, согласуется. "
            "Конфликты, если они будут, появятся здесь после синхронизации.</p>",
        "Conflicts": "Конфликты",
        "Both versions, field by field": "Обе версии, поле за полем",
        "Keep one computer's values for every field, or tick one value per field and keep "
        "the chosen values.":
            "Оставьте значения одного компьютера для всех полей или отметьте по одному "
            "значению в каждом поле и оставьте выбранные.",
        "Why the conflict was not resolved": "Почему конфликт не разрешён",
        "Why the Secretariat refused the resolution":
            "Почему Секретариат отклонил решение",
        "The Secretariat refused your last decision: %1. Choose again.":
            "Секретариат отклонил ваше последнее решение: %1. Выберите снова.",
        "Keep &mine": "Оставить &моё",
        "Keep &theirs": "Оставить &их",
        "Keep the &chosen values": "Оставить &выбранные значения",
        "Last resolution": "Последнее решение",
        "This computer and another one changed the same fields from the same version. Until "
        "you decide, the value that reached the Secretariat first is kept.":
            "Этот и другой компьютер изменили одни и те же поля из одной версии. Пока вы не "
            "решите, сохраняется значение, первым дошедшее до Секретариата.",
        "Two other computers of the mission changed the same fields from the same version. "
        "Until someone decides, the value that reached the Secretariat first is kept.":
            "Два других компьютера миссии изменили одни и те же поля из одной версии. Пока "
            "кто-нибудь не решит, сохраняется значение, первым дошедшее до Секретариата.",
        "&Keep the %1": "&Оставить %1",
        "&Delete it": "&Удалить",
        "You deleted this %1 on this computer while another computer changed it. It is "
        "kept, with those changes, until you decide.":
            "Вы удалили это (%1) на этом компьютере, а другой компьютер его изменил. Пока вы "
            "не решите, оно сохраняется вместе с этими изменениями.",
        "Another computer deleted this %1 while it was being changed. It is kept, with the "
        "changes, until you decide.":
            "Другой компьютер удалил это (%1), пока его изменяли. Пока вы не решите, оно "
            "сохраняется вместе с изменениями.",
        "activity": "мероприятие",
        "questionnaire draft": "черновик вопросника",
        "record": "запись",
        "Tick this computer's or the other computer's value in every row first":
            "Сначала отметьте в каждой строке значение этого или другого компьютера",
        "Not resolved: the chosen values do not make a valid record: %1":
            "Не разрешено: из выбранных значений не получается допустимая запись: %1",
        "Not resolved: %1": "Не разрешено: %1",
        "Resolved: %1. The decision is sent to the Secretariat with the next sync.":
            "Разрешено: %1. Решение будет отправлено в Секретариат при следующей "
            "синхронизации.",
    },
    "MainWindow": {
        "Conflicts": "Конфликты",
        "%1 (%2)": "%1 (%2)",
        "Open the Conflicts view (Ctrl+6)": "Открыть раздел «Конфликты» (Ctrl+6)",
    },
    "SetupDialog": {
        "&Restore this mission from the Secretariat…":
            "Восстановить миссию из &Секретариата…",
        "A new computer for a mission that already syncs (the laptop was lost, stolen or "
        "replaced, or a second person records): fetch the mission's data from the "
        "Secretariat":
            "Новый компьютер для миссии, которая уже синхронизируется (ноутбук потерян, "
            "украден или заменён, или записи ведёт второй человек): получить данные миссии "
            "из Секретариата",
    },
    "CaBundleField": {
        "Usually left empty": "Обычно остаётся пустым",
        "Certificate authority file": "Файл центра сертификации",
        "Only needed when your organisation checks secure connections with its own "
        "certificate authority: your IT department then gives you a .pem or .crt file.":
            "Нужен, только если ваша организация проверяет защищённые соединения своим "
            "центром сертификации: тогда ИТ-отдел выдаёт вам файл .pem или .crt.",
        "&Browse…": "&Обзор…",
        "Choose a certificate authority file": "Выбрать файл центра сертификации",
        "Only if your IT department gave you one (a .pem or .crt file).":
            "Только если его выдал ИТ-отдел (файл .pem или .crt).",
        "&Certificate authority file:": "&Файл центра сертификации:",
    },
    "RestoreDialog": {
        "Restore this mission from the Secretariat": "Восстановление миссии из Секретариата",
        "A new computer for a mission that already syncs: FocalPoint fetches the mission's "
        "activities, questionnaires (drafts too), mission profile and the Secretariat's "
        "feedback, and carries on from there as a new computer of the mission. The "
        "Secretariat gives you the address and the mission's access token.":
            "Новый компьютер для миссии, которая уже синхронизируется: FocalPoint получает "
            "мероприятия миссии, вопросники (и черновики), профиль миссии и отзывы Секретариата и "
            "продолжает работу как новый компьютер миссии. Адрес и токен доступа миссии "
            "выдаёт Секретариат.",
        "Secretariat server URL": "Адрес сервера Секретариата",
        "Secretariat &server:": "&Сервер Секретариата:",
        "e.g. OMIK": "например, OMIK",
        "Mission code": "Код миссии",
        "&Mission code:": "&Код миссии:",
        "Access token": "Токен доступа",
        "Paste the token from the Secretariat": "Вставьте токен, полученный от Секретариата",
        "Access &token:": "&Токен доступа:",
        "The restored store will be at: %1": "Восстановленное хранилище будет здесь: %1",
        "Restore progress": "Ход восстановления",
        "Restore status": "Состояние восстановления",
        "&Restore": "&Восстановить",
        "An unfinished restore was found: Restore continues it where it stopped (enter the "
        "same server and mission).":
            "Найдено незавершённое восстановление: «Восстановить» продолжит его с места "
            "остановки (введите тот же сервер и миссию).",
        "Enter the server address, the mission code and the access token first":
            "Сначала введите адрес сервера, код миссии и токен доступа",
        "The server address is not usable: %1": "Адрес сервера не подходит: %1",
        "Connecting to the Secretariat…": "Подключение к Секретариату…",
        "Received %1 records (%2 pages)…": "Получено записей: %1 (страниц: %2)…",
        "Stop": "Остановить",
        "Cancel": "Отмена",
        "The restore stopped: %1": "Восстановление остановлено: %1",
        "What was already received is kept; Restore continues from there.":
            "Уже полученное сохранено; «Восстановить» продолжит с этого места.",
        "The Secretariat refused the access token or the mission code. Check both (the "
        "Secretariat gives them) and try again.":
            "Секретариат отклонил токен доступа или код миссии. Проверьте оба (их выдаёт "
            "Секретариат) и попробуйте снова.",
        "The Secretariat's server cannot be reached: check the address and the internet "
        "connection.":
            "Сервер Секретариата недоступен: проверьте адрес и подключение к интернету.",
        "The restore was stopped.": "Восстановление остановлено.",
        "This Secretariat cannot restore a mission yet, or needs a newer FocalPoint: %1":
            "Этот Секретариат пока не может восстановить миссию или требует более новую "
            "версию FocalPoint: %1",
        "Not restored: %1": "Не восстановлено: %1",
        "Stopping after the current page…": "Остановка после текущей страницы…",
        "The certificate authority file does not exist: %1":
            "Файл центра сертификации не найден: %1",
        "Details: %1": "Подробности: %1",
        "The mission was restored, but the access token could not be kept: %1\n\nEnter "
        "it again in Settings before the next sync.":
            "Миссия восстановлена, но токен доступа сохранить не удалось: %1\n\nВведите "
            "его снова в настройках до следующей синхронизации.",
    },
})

RU_PLURALS.update({
    "MainWindow": {
        "%n conflict(s) between computers of the mission to resolve": (
            "%n конфликт между компьютерами миссии ждёт решения",
            "%n конфликта между компьютерами миссии ждут решения",
            "%n конфликтов между компьютерами миссии ждут решения"),
        "%n conflict(s) to resolve": (
            "%n конфликт ждёт решения", "%n конфликта ждут решения",
            "%n конфликтов ждут решения"),
    },
})
EN_PLURALS.update({
    "MainWindow": {
        "%n conflict(s) between computers of the mission to resolve": (
            "%n conflict between computers of the mission to resolve",
            "%n conflicts between computers of the mission to resolve"),
        "%n conflict(s) to resolve": ("%n conflict to resolve", "%n conflicts to resolve"),
    },
})
