"""Russian strings of the everyday features: undo of deletions, Duplicate, spreadsheet
import and export, the File menu, the mission profile and the user guide.

Kept apart from ``translations_ru_seed.py`` so that areas developed at the same time do
not edit one file; ``scripts/update_translations.py`` merges both (entries already
translated in the ``.ts`` are never overwritten).
"""

from __future__ import annotations

#: context -> {English source: Russian translation}
RU: dict[str, dict[str, str]] = {
    "StoreWrites": {
        "Checking the store before saving…": "Проверка хранилища перед сохранением…",
        "Not saved: the store failed its integrity check (%1). Nothing was written to "
        "it; what you entered is still on screen.":
            "Не сохранено: хранилище не прошло проверку целостности (%1). В него ничего "
            "не записано; введённое осталось на экране.",
        "Not saved yet: the store is still being checked.":
            "Пока не сохранено: хранилище ещё проверяется.",
    },
    "ActivitiesView": {
        "The deletion is also sent to the Secretariat. Edit → Undo (Ctrl+Z) brings the "
        "activities back.": "Удаление также будет отправлено в Секретариат. "
        "Правка → Отменить (Ctrl+Z) вернёт мероприятия.",
        "Duplicate…": "Дублировать…",
        "Deletion notice": "Сообщение об удалении",
        "Undo": "Отменить",
        "Bring the deleted activities back (Ctrl+Z)": "Вернуть удалённые мероприятия (Ctrl+Z)",
        "Dismiss": "Скрыть",
        "Deleting activities: %1 of %2": "Удаление мероприятий: %1 из %2",
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
        "&Redo": "&Повторить",
        "Deleting activities…": "Удаление мероприятий…",
    },
    "ActivityEditor": {
        "Duplicate of “%1”": "Копия мероприятия «%1»",
        "%1 (copy)": "%1 (копия)",
    },
    "MainWindow": {
        "&Duplicate activity…": "&Дублировать мероприятие…",
    },
}

RU["MainWindow"].update({
    "&Import activities…": "&Импорт мероприятий…",
    "E&xport activities…": "Э&кспорт мероприятий…",
    "Export the activities the list shows (with its search and filters)":
        "Экспортировать мероприятия, показанные в списке (с учётом поиска и фильтров)",
    "&Back up…": "&Резервная копия…",
    "&Restore from a backup…": "&Восстановить из резервной копии…",
    "&Mission profile…": "&Профиль миссии…",
    "User &guide": "&Руководство пользователя",
})

RU["FileActions"] = {
    "Import activities": "Импорт мероприятий",
    "Spreadsheets and FocalPoint files (*.xlsx *.csv *.json);;Excel workbooks (*.xlsx);;"
    "CSV files (*.csv);;FocalPoint JSON (*.json)":
        "Таблицы и файлы FocalPoint (*.xlsx *.csv *.json);;Книги Excel (*.xlsx);;"
        "Файлы CSV (*.csv);;FocalPoint JSON (*.json)",
    "%1 activities imported from %2.": "Импортировано мероприятий из %2: %1.",
    "Importing activities…": "Импорт мероприятий…",
    "Excel workbook (*.xlsx)": "Книга Excel (*.xlsx)",
    "CSV file (*.csv)": "Файл CSV (*.csv)",
    "FocalPoint JSON (*.json)": "FocalPoint JSON (*.json)",
    "Export activities": "Экспорт мероприятий",
    "%1 activities exported to %2.": "Экспортировано мероприятий в %2: %1.",
    "Exporting activities…": "Экспорт мероприятий…",
    "Back up the store": "Резервная копия хранилища",
    "FocalPoint stores (*.db)": "Хранилища FocalPoint (*.db)",
    "Choose another file than the store itself.": "Выберите другой файл, не само хранилище.",
    "Backup written to %1.": "Резервная копия записана: %1.",
    "Backing up…": "Создание резервной копии…",
    "Restore from a backup": "Восстановление из резервной копии",
    "FocalPoint stores (*.db);;All files (*)": "Хранилища FocalPoint (*.db);;Все файлы (*)",
    "This is the store that is open now.": "Это хранилище, которое открыто сейчас.",
    "%1 cannot be restored: %2": "%1 нельзя восстановить: %2",
    "Replace the store that is open now by the backup %1?\n\nThe current store is not "
    "deleted: it is moved aside as %2.replaced-<date and time>. FocalPoint then reopens on "
    "the restored store.":
        "Заменить открытое хранилище резервной копией %1?\n\nТекущее хранилище не "
        "удаляется: оно сохраняется под именем %2.replaced-<дата и время>. Затем FocalPoint "
        "откроется на восстановленном хранилище.",
    "%1 change(s) of the current store have not reached the Secretariat yet; they stay "
    "only in the file moved aside.":
        "Изменений текущего хранилища, ещё не дошедших до Секретариата: %1; они останутся "
        "только в сохранённом в сторону файле.",
    "The backup could not be restored: %1\n\nThe previous store is opened again.":
        "Резервную копию не удалось восстановить: %1\n\nСнова открыто прежнее хранилище.",
    "The backup %1 was restored. The previous store was kept as %2.":
        "Резервная копия %1 восстановлена. Прежнее хранилище сохранено как %2.",
}

RU["MissionProfileDialog"] = {
    "Mission profile": "Профиль миссии",
    "Mission code": "Код миссии",
    "The code identifies the mission to the Secretariat and cannot be changed; a new code "
    "needs a new store.":
        "Код обозначает миссию для Секретариата и не может быть изменён; для нового кода "
        "нужно новое хранилище.",
    "Mission code:": "Код миссии:",
    "e.g. OSCE Mission to Moldova": "например, Миссия ОБСЕ в Молдове",
    "Mission &name:": "&Название миссии:",
    "&Focal point's name:": "&Имя координатора:",
    "e.g. National Programme Officer": "например, национальный сотрудник по программам",
    "Focal point's &post:": "&Должность координатора:",
    "This is an OSCE &field operation": "Это &полевая операция ОБСЕ",
    "Field operations answer the Action Plan tasks given to field operations; institutions "
    "and units answer theirs.":
        "Полевые операции отвечают на задачи Плана действий для полевых операций; "
        "институты и подразделения — на свои.",
    "The profile appears on the questionnaire PDF and is sent to the Secretariat at the "
    "next sync.":
        "Профиль печатается в PDF вопросника и отправляется в Секретариат при следующей "
        "синхронизации.",
    "This store has no mission yet.": "В этом хранилище ещё нет миссии.",
    "Mission name": "Название миссии",
    "Focal point's name": "Имя координатора",
    "Focal point's post": "Должность координатора",
}

RU["PdfOptionsDialog"] = {
    "Export questionnaire PDF": "Экспорт вопросника в PDF",
    "Choose how the PDF is laid out; the file name is asked next.":
        "Выберите оформление PDF; имя файла будет запрошено далее.",
    "A4 (210 × 297 mm)": "A4 (210 × 297 мм)",
    "Letter (8.5 × 11 in)": "Letter (8,5 × 11 дюймов)",
    "&Page size:": "&Формат страницы:",
    "&Leave out tasks answered “Not applicable”":
        "&Не включать задачи с ответом «Неприменимо»",
    "Continue…": "Далее…",
}

RU["SpreadsheetImportDialog"] = {
    "People reached": "Охвачено человек",
    "Women reached": "Охвачено женщин",
    "Men reached": "Охвачено мужчин",
    "People reached, sex not recorded": "Охвачено человек, пол не учтён",
    "Outcome indicators (name: number; …)": "Показатели результата (название: число; …)",
    "Evaluation": "Оценка",
    "Evaluation date": "Дата оценки",
    "Evaluation: main finding": "Оценка: главный вывод",
    "Adequacy to needs": "Соответствие потребностям",
    "Adequacy to needs: note": "Соответствие потребностям: примечание",
    "National ownership": "Национальная ответственность",
    "National ownership: note": "Национальная ответственность: примечание",
    "Infrastructure after donor funding": "Инфраструктура после донорского финансирования",
    "Infrastructure after donor funding: note":
        "Инфраструктура после донорского финансирования: примечание",
    "Import activities from %1": "Импорт мероприятий из %1",
    "ID (updates that activity)": "ID (обновляет это мероприятие)",
    "Title": "Название",
    "Description": "Описание",
    "Type": "Тип",
    "Status": "Статус",
    "Start date": "Дата начала",
    "End date": "Дата окончания",
    "Recurrence": "Периодичность",
    "Locations": "Места",
    "Partners": "Партнёры",
    "Audiences": "Целевые группы",
    "Forms of trafficking": "Формы торговли людьми",
    "Funding (source | donor | amount | currency)":
        "Финансирование (источник | донор | сумма | валюта)",
    "Funding source": "Источник финансирования",
    "Donor": "Донор",
    "Amount": "Сумма",
    "Currency": "Валюта",
    "Outcome": "Результат",
    "Action Plan tasks": "Задачи Плана действий",
    "Headers in &row:": "Заголовки в &строке:",
    "Row with the column headers": "Строка с заголовками столбцов",
    "Choose the FocalPoint field each column fills (* = required; “Ignore” leaves a column "
    "out). Several values in one cell are separated by “;”. Every row is checked before "
    "anything is imported.":
        "Выберите поле FocalPoint для каждого столбца (* — обязательно; «Пропустить» — "
        "столбец не используется). Несколько значений в одной ячейке разделяются «;». "
        "Каждая строка проверяется до того, как что-либо будет импортировано.",
    "Column mapping": "Соответствие столбцов",
    "Column in the file": "Столбец в файле",
    "First value": "Первое значение",
    "FocalPoint field": "Поле FocalPoint",
    "Preview": "Предпросмотр",
    "Preview of the first rows": "Предпросмотр первых строк",
    "Problems found": "Найденные ошибки",
    "Reading the file…": "Чтение файла…",
    "&Import": "&Импортировать",
    "%1 rows below the headers in row %2.": "Строк под заголовками (строка %2): %1.",
    "Field for column %1": "Поле для столбца %1",
    "Ignore": "Пропустить",
    "Preview: the first %1 of %2 rows (row numbers as in the file)":
        "Предпросмотр: первые %1 из %2 строк (номера строк как в файле)",
    "The columns do not fit yet:": "Столбцы пока не подходят:",
    "Checking every row…": "Проверка всех строк…",
    "Nothing was imported.": "Ничего не импортировано.",
    "%1 problem(s) in %2 row(s); correct the file (or the columns) and import again. "
    "Nothing was imported.":
        "Ошибок: %1, строк с ошибками: %2; исправьте файл (или столбцы) и импортируйте "
        "снова. Ничего не импортировано.",
    "Import cancelled; nothing was imported.": "Импорт отменён; ничего не импортировано.",
    "Row %1, column “%2”: %3": "Строка %1, столбец «%2»: %3",
    "Row %1, column “%2” (%3): %4": "Строка %1, столбец «%2» (%3): %4",
    "Row %1: %2": "Строка %1: %2",
    "Checking row %1 of %2…": "Проверка строки %1 из %2…",
    "%1 activities imported.": "Импортировано мероприятий: %1.",
    "Stopping…": "Остановка…",
    "not a date: {value} (write YYYY-MM-DD or DD.MM.YYYY)":
        "не дата: {value} (пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
    "not an amount: {value}": "не сумма: {value}",
    "funding line {number}: more than 4 parts (write source | donor | amount | currency)":
        "строка финансирования {number}: больше 4 частей "
        "(пишите источник | донор | сумма | валюта)",
    "funding line {number}: no source (Unified Budget or Extrabudgetary)":
        "строка финансирования {number}: нет источника (Сводный бюджет или внебюджетные "
        "средства)",
    "funding line {number}: {problem}": "строка финансирования {number}: {problem}",
    "a funding line needs its source: map a 'Funding source' column (Unified Budget or "
    "Extrabudgetary) or name the donor (a donor's money is extrabudgetary)":
        "у строки финансирования нет источника: сопоставьте столбец «Источник "
        "финансирования» (Сводный бюджет или внебюджетные средства) или укажите донора "
        "(средства донора — внебюджетные)",
}

RU["UserGuideDialog"] = {
    "FocalPoint user guide": "Руководство пользователя FocalPoint",
    "User guide": "Руководство пользователя",
    "The user guide could not be opened (%1): %2":
        "Не удалось открыть руководство пользователя (%1): %2",
}

RU_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "DeletionUndo": {
        "Deleted %n activity(ies).": (
            "Удалено %n мероприятие.", "Удалено %n мероприятия.", "Удалено %n мероприятий."),
        "&Undo deleting %n activity(ies)": (
            "&Отменить удаление %n мероприятия", "&Отменить удаление %n мероприятий",
            "&Отменить удаление %n мероприятий"),
        "&Redo deleting %n activity(ies)": (
            "&Повторить удаление %n мероприятия", "&Повторить удаление %n мероприятий",
            "&Повторить удаление %n мероприятий"),
    },
}

EN_PLURALS: dict[str, dict[str, tuple[str, ...]]] = {
    "DeletionUndo": {
        "Deleted %n activity(ies).": ("Deleted %n activity.", "Deleted %n activities."),
        "&Undo deleting %n activity(ies)": (
            "&Undo deleting %n activity", "&Undo deleting %n activities"),
        "&Redo deleting %n activity(ies)": (
            "&Redo deleting %n activity", "&Redo deleting %n activities"),
    },
}

# The recovery key (File → Recovery key…, and entering it for a store made elsewhere).
RU["MainWindow"].update({
    "Recovery &key…": "&Ключ восстановления…",
    "The key that opens this store and its backups on another computer: write it down and "
    "keep it apart from the laptop":
        "Ключ, которым хранилище и его резервные копии открываются на другом компьютере: "
        "запишите его и храните отдельно от ноутбука",
})

RU.setdefault("StoreProblemDialog", {}).update({
    "The key of this store is not in this computer's keyring.":
        "Ключа этого хранилища нет в хранилище ключей этого компьютера.",
    "The store was made on another computer (or its key was removed from the keyring). "
    "Enter its recovery key, written down on that computer, to open it here; or open "
    "another file. The file has not been changed.":
        "Хранилище создано на другом компьютере (или его ключ удалён из хранилища ключей). "
        "Введите его ключ восстановления, записанный на том компьютере, чтобы открыть его "
        "здесь, или откройте другой файл. Файл не изменён.",
    "&Enter the recovery key…": "&Ввести ключ восстановления…",
})

RU["RecoveryKeyDialog"] = {
    "Recovery key": "Ключ восстановления",
    "This store is encrypted with a passphrase, not with a key kept in this computer's "
    "keyring: the passphrase is its recovery key, and there is nothing else to write down. "
    "The passphrase opens the store and its backups on any computer; without it nobody can "
    "open them. Keep it safe.":
        "Это хранилище зашифровано парольной фразой, а не ключом из хранилища ключей этого "
        "компьютера: парольная фраза и есть его ключ восстановления, больше записывать "
        "нечего. Парольная фраза открывает хранилище и его резервные копии на любом "
        "компьютере; без неё их не откроет никто. Храните её надёжно.",
    "This store is not encrypted: it has no key to write down.":
        "Это хранилище не зашифровано: у него нет ключа, который нужно записать.",
    "The key of this store is kept in this computer's keyring, and its backups are "
    "encrypted with the same key. If this laptop is stolen or breaks, a backup opens on a "
    "new computer only with this recovery key.\n\nWrite it down or print it, and keep it "
    "apart from the laptop and from the backups: whoever has both the key and a copy of the "
    "store can read it.":
        "Ключ этого хранилища находится в хранилище ключей этого компьютера, и резервные "
        "копии зашифрованы тем же ключом. Если ноутбук украдут или он сломается, резервная копия "
        "откроется на новом компьютере только с этим ключом восстановления.\n\nЗапишите "
        "или распечатайте его и храните отдельно от ноутбука и от резервных копий: тот, у "
        "кого есть и ключ, и копия хранилища, может её прочитать.",
    "Store: %1": "Хранилище: %1",
    "&Copy": "&Копировать",
    "&Save to file…": "&Сохранить в файл…",
    "Copied. Paste it where it is printed or written down, not into a file or a message "
    "kept on this laptop. The clipboard is cleared when this window closes.":
        "Скопировано. Вставьте ключ туда, откуда его распечатают или перепишут, но не в "
        "файл или сообщение, которые останутся на этом ноутбуке. Буфер обмена очищается "
        "при закрытии этого окна.",
    "FocalPoint recovery key of %1": "Ключ восстановления FocalPoint для %1",
    "It opens this store and every backup of it on any computer (File → Recovery key, or: "
    "focalpoint recovery-key enter). Print it, keep the paper apart from the laptop, and "
    "delete this file.":
        "Он открывает это хранилище и все его резервные копии на любом компьютере (Файл → "
        "Ключ восстановления или focalpoint recovery-key enter). Распечатайте его, храните "
        "лист отдельно от ноутбука и удалите этот файл.",
    "Save the recovery key": "Сохранить ключ восстановления",
    "Text files (*.txt)": "Текстовые файлы (*.txt)",
    "%1 cannot be written: %2": "Не удалось записать %1: %2",
    "Saved to %1 (readable by you only). Print it, then delete the file.":
        "Сохранено в %1 (доступно для чтения только вам). Распечатайте ключ и удалите файл.",
}

RU["RecoveryEntryDialog"] = {
    "Enter the recovery key": "Ввод ключа восстановления",
    "The key of %1 is not in this computer's keyring: the store or backup was made on "
    "another computer. Type its recovery key (%2 and %3 groups of 5 characters, written "
    "down or printed from File → Recovery key… on that computer). FocalPoint checks that it "
    "opens the file, then keeps it in this computer's keyring.":
        "Ключа %1 нет в хранилище ключей этого компьютера: хранилище или резервная копия "
        "созданы на другом компьютере. Введите ключ восстановления (%2 и %3 групп по 5 "
        "символов, записанные или распечатанные через Файл → Ключ восстановления… на том "
        "компьютере). FocalPoint проверит, что он открывает файл, и сохранит его в хранилище "
        "ключей этого компьютера.",
    "Recovery key": "Ключ восстановления",
    "File: %1": "Файл: %1",
    "&Open with this key": "&Открыть с этим ключом",
    "Checking the recovery key against the file…": "Проверка ключа восстановления по файлу…",
    "Type the recovery key.": "Введите ключ восстановления.",
    "This recovery key does not start with %1: it was made by a newer FocalPoint.":
        "Этот ключ восстановления начинается не с %1: он создан более новой версией "
        "FocalPoint.",
    "A recovery key has %1 groups of 5 characters after %2; check that none is missing or "
    "repeated.":
        "В ключе восстановления %1 групп по 5 символов после %2; проверьте, что ни одна не "
        "пропущена и не повторена.",
    "Group %1 must have 5 characters.": "В группе %1 должно быть 5 символов.",
    "Group %1 holds a character that recovery keys do not use (they use digits and letters "
    "except I, L, O, U).":
        "В группе %1 есть символ, которого не бывает в ключах восстановления (в них только "
        "цифры и латинские буквы, кроме I, L, O, U).",
    "Group %1 is wrong: check it against the written key.":
        "Группа %1 введена с ошибкой: сверьте её с записанным ключом.",
    "The key has a mistake that no single group shows: check every group against the "
    "written key.":
        "В ключе есть ошибка, которую не видно по отдельной группе: сверьте все группы с "
        "записанным ключом.",
    "This recovery key does not open %1: it is the key of another store, or the file is "
    "damaged. Nothing was written.":
        "Этот ключ восстановления не открывает %1: это ключ другого хранилища, или файл "
        "повреждён. Ничего не записано.",
    "This store is encrypted with a passphrase: type its passphrase instead (it needs no "
    "recovery key).":
        "Это хранилище зашифровано парольной фразой: введите её (ключ восстановления не "
        "нужен).",
    "The system keyring is not available, so the key cannot be kept on this computer. "
    "Unlock the keyring and try again. (%1)":
        "Системное хранилище ключей недоступно, поэтому ключ нельзя сохранить на этом "
        "компьютере. Разблокируйте хранилище ключей и повторите попытку. (%1)",
    "The recovery key could not be entered: %1":
        "Не удалось ввести ключ восстановления: %1",
}

# Back up and restore while (or after) the start-up integrity check runs.
RU["FileActions"].update({
    "Not backed up: the store failed its integrity check (%1). A copy of it could replace "
    "a good backup with a damaged one.":
        "Резервная копия не создана: хранилище не прошло проверку целостности (%1). Его "
        "копия могла бы заменить исправную резервную копию повреждённой.",
    "Checking the store before backing it up…":
        "Проверка хранилища перед созданием резервной копии…",
    "Checking the backup…": "Проверка резервной копии…",
})
