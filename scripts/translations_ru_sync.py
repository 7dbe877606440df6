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
            "Вернуть черновик анкеты к состоянию на %1? Он сразу сохраняется как новая "
            "версия (ничего не теряется: текущая остаётся в истории).",
        "Every saved change of this questionnaire, newest first: when, by whom, on which "
        "computer, and each answer before and after. Typing saved within a few minutes by "
        "the same person is one version.":
            "Все сохранённые изменения этой анкеты, сначала новые: когда, кем, на каком "
            "компьютере и каждый ответ до и после. Правки одного человека в течение "
            "нескольких минут образуют одну версию.",
        "A submitted questionnaire cannot change; its history is shown as it was recorded.":
            "Отправленную анкету изменить нельзя; её история показана так, как была "
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
        "Revises the returned response": "Исправляет возвращённую анкету",
    },
}

RU_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {}
EN_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {}
