<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Action Plan tasks with activity counts</source>
        <extracomment>Open the Activities view filtered on this task, section or chapter code. Open one activity in the editor. The counts of the tree are those of the store (after each refresh). Counts are computed in a worker (a second at 50,000 activities); None: at once.</extracomment>
        <translation>Задачи Плана действий с числом мероприятий</translation>
    </message>
    <message>
        <source>Activities mapped to the selected task</source>
        <translation type="vanished">Мероприятия, связанные с выбранной задачей</translation>
    </message>
    <message>
        <source>Activities mapped to the selected task, section or chapter</source>
        <translation>Мероприятия выбранной задачи, раздела или главы</translation>
    </message>
    <message>
        <source>Show these in the &amp;Activities view</source>
        <translation>Показать в разделе «&amp;Мероприятия»</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>%1 of %2 Action Plan tasks have activities of this mission.</source>
        <translation type="vanished">%1 из %2 задач Плана действий имеют мероприятия этой миссии.</translation>
    </message>
    <message>
        <source>%1 of the %2 Action Plan tasks that apply to this mission have activities.</source>
        <translation>Мероприятия этой миссии есть у %1 из %2 задач Плана действий, относящихся к ней.</translation>
    </message>
    <message>
        <source>In this period: %1</source>
        <translation>За этот период: %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;Tasks in red have none yet: explain these gaps in the questionnaire.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b3261e'&gt;У задач, выделенных красным, мероприятий пока нет: объясните эти пробелы в вопроснике.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a task&lt;/b&gt;, section or chapter to see its text, the bodies responsible and its activities.</source>
        <translation>&lt;b&gt;Выберите задачу&lt;/b&gt;, раздел или главу, чтобы увидеть текст, ответственные структуры и мероприятия.</translation>
    </message>
    <message>
        <source>An activity mapped to several tasks here counts once.</source>
        <translation>Мероприятие, связанное с несколькими задачами здесь, учитывается один раз.</translation>
    </message>
    <message>
        <source>No activity of this mission is mapped to this task.</source>
        <translation>Ни одно мероприятие миссии не связано с этой задачей.</translation>
    </message>
    <message>
        <source>No activity of this mission is mapped to a task here.</source>
        <translation>Ни одно мероприятие миссии не связано с задачами этого раздела.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Select a task&lt;/b&gt; to see its full text, the bodies responsible and its activities.</source>
        <translation type="vanished">&lt;b&gt;Выберите задачу&lt;/b&gt;, чтобы увидеть её полный текст, ответственные структуры и мероприятия.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Responsible:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ответственные:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;&lt;b&gt;No activity of this mission is mapped to this task.&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="vanished">&lt;span style='color:#b3261e'&gt;&lt;b&gt;Ни одно мероприятие миссии не связано с этой задачей.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 activities&lt;/b&gt; (newest first):</source>
        <translation>&lt;b&gt;Мероприятий: %1&lt;/b&gt; (сначала новые):</translation>
    </message>
    <message>
        <source>… and %1 more (use the Activities view)</source>
        <translation>… и ещё %1 (см. раздел «Мероприятия»)</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>Delete the activity “%1”?</source>
        <extracomment>Larger selections are deleted in the background, in chunks (see ``delete_selected``). Confirm deleting ``count`` activities (the first one's title given): True to delete.</extracomment>
        <translation>Удалить мероприятие «%1»?</translation>
    </message>
    <message>
        <source>Delete %1 activities?</source>
        <translation>Удалить выбранные мероприятия (%1)?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The deletion is also sent to the Secretariat.</source>
        <translation type="vanished">Информация об удалении будет также отправлена в Секретариат.</translation>
    </message>
    <message>
        <source>The deletion is also sent to the Secretariat. Edit → Undo (Ctrl+Z) brings the activities back.</source>
        <translation>Удаление также будет отправлено в Секретариат. Правка → Отменить (Ctrl+Z) вернёт мероприятия.</translation>
    </message>
    <message>
        <source>Search titles, descriptions, partners, places and outcomes…</source>
        <extracomment>Whether one or more activities are selected (the window's Duplicate follows it). A long job started (job, title): the window shows its progress and Cancel.</extracomment>
        <translation>Поиск по названиям, описаниям, партнёрам, местам и результатам…</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Поиск мероприятий</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Новое мероприятие</translation>
    </message>
    <message>
        <source>New activity (Ctrl+N)</source>
        <translation>Новое мероприятие (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected activities (Del)</source>
        <translation>Удалить выбранные мероприятия (Del)</translation>
    </message>
    <message>
        <source>Filter by chapter, section or task</source>
        <translation>Фильтр по главе, разделу или задаче</translation>
    </message>
    <message>
        <source>All Action Plan tasks</source>
        <translation>Все задачи Плана действий</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Фильтр по году</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <source>All forms of trafficking</source>
        <translation>Все формы торговли людьми</translation>
    </message>
    <message>
        <source>Filter by form of trafficking</source>
        <translation>Фильтр по форме торговли людьми</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Дублировать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Number of activities shown</source>
        <translation>Число показанных мероприятий</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Deletion notice</source>
        <translation>Сообщение об удалении</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Bring the deleted activities back (Ctrl+Z)</source>
        <translation>Вернуть удалённые мероприятия (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide this notice (Edit → Undo still works)</source>
        <translation>Скрыть это сообщение (Правка → Отменить по-прежнему работает)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 из %2 мероприятий</translation>
    </message>
    <message>
        <source>Deleting activities: %1 of %2</source>
        <extracomment>Tell the person why an undo could not be done (parent, message).</extracomment>
        <translation>Удаление мероприятий: %1 из %2</translation>
    </message>
    <message>
        <source>Deleting activities…</source>
        <translation>Удаление мероприятий…</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This activity has changes that are not saved.</source>
        <translation>В мероприятии есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <extracomment>Reads the completion lists in a worker (the window's); None reads them at once.</extracomment>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Мероприяти&amp;е</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Истори&amp;я</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Выберите тип…</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Recurrence</source>
        <translation>&amp;Периодичность</translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation>&amp;Дата начала</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Дата &amp;окончания</translation>
    </message>
    <message>
        <source>Add a place and press Enter</source>
        <translation>Введите место и нажмите Enter</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Места</translation>
    </message>
    <message>
        <source>Add a partner and press Enter</source>
        <translation>Введите партнёра и нажмите Enter</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>П&amp;артнёры</translation>
    </message>
    <message>
        <source>Add an audience, e.g. Police</source>
        <translation>Добавьте аудиторию, например: Полиция</translation>
    </message>
    <message>
        <source>&amp;Audiences</source>
        <translation>А&amp;удитории</translation>
    </message>
    <message>
        <source>Add a form, e.g. Labour exploitation</source>
        <translation>Добавьте форму, например: Трудовая эксплуатация</translation>
    </message>
    <message>
        <source>&amp;Forms of trafficking</source>
        <translation>&amp;Формы торговли людьми</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Оп&amp;исание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Add funding line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove funding line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>F&amp;unding</source>
        <translation>Финансиро&amp;вание</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>Evaluation / &amp;outcome</source>
        <translation type="vanished">Оценка / &amp;результат</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action Plan tasks this activity implements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Задачи Плана действий, которые выполняет мероприятие&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation>Задачи Плана действий</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Что исправить перед сохранением</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Duplicate of “%1”</source>
        <translation>Копия мероприятия «%1»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>%1 is before the start date %2</source>
        <translation type="vanished">дата %1 раньше даты начала %2</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices</source>
        <translation>«%1» нет среди вариантов</translation>
    </message>
    <message>
        <source>To save, fix: %1</source>
        <translation>Чтобы сохранить, исправьте: %1</translation>
    </message>
    <message>
        <source>Choose at least one Action Plan task.</source>
        <translation>Выберите хотя бы одну задачу Плана действий.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Choose the type of activity.</source>
        <translation>Выберите тип мероприятия.</translation>
    </message>
</context>
<context>
    <name>ActivityFilters</name>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Filter by place</source>
        <translation>Фильтр по месту</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Фильтр по партнёру</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Filter by donor</source>
        <translation>Фильтр по донору</translation>
    </message>
    <message>
        <source>Activities running on or after</source>
        <translation>Мероприятия, идущие с даты</translation>
    </message>
    <message>
        <source>Activities started on or before</source>
        <translation>Мероприятия, начатые не позднее</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Title</source>
        <extracomment>Rows past the last one the view asked for that the id query reads ahead (a screenful). (column key, header, sort key in the repository or None when not sortable)</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Action Plan tasks with and without activities</source>
        <translation>Задачи Плана действий с мероприятиями и без них</translation>
    </message>
    <message>
        <source>tasks with activities</source>
        <translation>задачи с мероприятиями</translation>
    </message>
    <message>
        <source>tasks without (gaps)</source>
        <translation>задачи без мероприятий (пробелы)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>задачи</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Tasks with activities</source>
        <translation>Задачи с мероприятиями</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>with activities</source>
        <translation>есть мероприятия</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>%1 of %2 applicable tasks have activities; gaps: %3.</source>
        <translation>Мероприятия есть по %1 из %2 применимых задач; пробелы: %3.</translation>
    </message>
    <message>
        <source>Forms of trafficking addressed</source>
        <translation>Охваченные формы торговли людьми</translation>
    </message>
    <message>
        <source>all activities</source>
        <translation>все мероприятия</translation>
    </message>
    <message>
        <source>awareness-raising</source>
        <translation>повышение осведомлённости</translation>
    </message>
    <message>
        <source>Form of trafficking</source>
        <translation>Форма торговли людьми</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <source>Awareness-raising</source>
        <translation>Повышение осведомлённости</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>%1 activities, of which %2 awareness-raising; %3 of those address sexual exploitation (%4).</source>
        <translation>Мероприятий: %1, из них по повышению осведомлённости: %2; из них сексуальную эксплуатацию затрагивают: %3 (%4).</translation>
    </message>
    <message>
        <source>Audiences reached and people reached</source>
        <translation>Охваченные аудитории и люди</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охват людей</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Activities with a participant count</source>
        <translation>Мероприятия с числом участников</translation>
    </message>
    <message>
        <source>Activities without one</source>
        <translation>Мероприятия без него</translation>
    </message>
    <message>
        <source>%1 people reached in %2 activities (women %3, men %4, not recorded %5); %6 activities without a count.</source>
        <translation>Охвачено людей: %1 в мероприятиях: %2 (женщин %3, мужчин %4, не учтено %5); мероприятий без данных: %6.</translation>
    </message>
    <message>
        <source>One-off or recurring, evaluation and sustainability</source>
        <translation>Разовые или регулярные, оценка и устойчивость</translation>
    </message>
    <message>
        <source>Adequacy to needs</source>
        <translation>Соответствие потребностям</translation>
    </message>
    <message>
        <source>National ownership</source>
        <translation>Национальная ответственность</translation>
    </message>
    <message>
        <source>Infrastructure after donor funding</source>
        <translation>Инфраструктура после донорского финансирования</translation>
    </message>
    <message>
        <source>Adequacy to needs: yes</source>
        <translation>Соответствие потребностям: да</translation>
    </message>
    <message>
        <source>National ownership: yes</source>
        <translation>Национальная ответственность: да</translation>
    </message>
    <message>
        <source>Infrastructure after donor funding: yes</source>
        <translation>Инфраструктура после донорского финансирования: да</translation>
    </message>
    <message>
        <source>Sustainability (recommendation 8)</source>
        <translation>Устойчивость (рекомендация 8)</translation>
    </message>
    <message>
        <source>%1 of %2 activities one-off (%3); %4 evaluated (%5).</source>
        <translation>Разовых мероприятий: %1 из %2 (%3); с оценкой: %4 (%5).</translation>
    </message>
    <message>
        <source>Funding: Unified Budget and extrabudgetary</source>
        <translation>Финансирование: Сводный бюджет и внебюджетные средства</translation>
    </message>
    <message>
        <source>Unified Budget</source>
        <translation>Сводный бюджет</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Extrabudgetary</source>
        <translation>Внебюджетные</translation>
    </message>
    <message>
        <source>Extrabudgetary share</source>
        <translation>Доля внебюджетных</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Amounts per currency, never added across currencies; %1 activities without funding.</source>
        <translation>Суммы по валютам, без сложения разных валют; мероприятий без финансирования: %1.</translation>
    </message>
    <message>
        <source>Partners by kind and task area</source>
        <translation>Партнёры по типу и области задач</translation>
    </message>
    <message>
        <source>OSCE structures</source>
        <translation>Структуры ОБСЕ</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>Международные организации</translation>
    </message>
    <message>
        <source>NGOs</source>
        <translation>НПО</translation>
    </message>
    <message>
        <source>State bodies</source>
        <translation>Государственные органы</translation>
    </message>
    <message>
        <source>Other / unclassified</source>
        <translation>Другие / без класса</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>%1 activities without a partner.</source>
        <translation>Мероприятий без партнёров: %1.</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="vanished">&amp;Период:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Период</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="vanished">Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="vanished">Конец периода</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>1. Tasks</source>
        <translation>1. Задачи</translation>
    </message>
    <message>
        <source>2. Forms</source>
        <translation>2. Формы</translation>
    </message>
    <message>
        <source>3. Audiences</source>
        <translation>3. Аудитории</translation>
    </message>
    <message>
        <source>4. Results</source>
        <translation>4. Результаты</translation>
    </message>
    <message>
        <source>5. Funding</source>
        <translation>5. Финансирование</translation>
    </message>
    <message>
        <source>6. Partners</source>
        <translation>6. Партнёры</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="vanished">Все даты</translation>
    </message>
    <message>
        <source>Questionnaire %1</source>
        <translation type="vanished">Вопросник %1</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation type="vanished">Другой период…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <source>%1 activities in this period</source>
        <translation>Мероприятий за период: %1</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Анализ не удался: %1</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Cancel</source>
        <extracomment>The busy dialog appears only when the work takes longer than this (no flash on a fast open); the work itself is never timed.</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>FocalPoint</source>
        <translation>FocalPoint</translation>
    </message>
</context>
<context>
    <name>CaBundleField</name>
    <message>
        <source>Usually left empty</source>
        <translation>Обычно остаётся пустым</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Файл центра сертификации</translation>
    </message>
    <message>
        <source>Only needed when your organisation checks secure connections with its own certificate authority: your IT department then gives you a .pem or .crt file.</source>
        <translation>Нужен, только если ваша организация проверяет защищённые соединения своим центром сертификации: тогда ИТ-отдел выдаёт вам файл .pem или .crt.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Выбрать файл центра сертификации</translation>
    </message>
    <message>
        <source>Only if your IT department gave you one (a .pem or .crt file).</source>
        <translation>Только если его выдал ИТ-отдел (файл .pem или .crt).</translation>
    </message>
    <message>
        <source>&amp;Certificate authority file:</source>
        <translation>&amp;Файл центра сертификации:</translation>
    </message>
</context>
<context>
    <name>CatalogueText</name>
    <message>
        <source>Unofficial working translation; the official English text of the Action Plan is the text of record.</source>
        <translation>Неофициальный рабочий перевод; официальным текстом Плана действий остаётся английский.</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <source>Action Plan task</source>
        <translation>Задача Плана действий</translation>
    </message>
    <message>
        <source>Bodies responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>No activity of this mission implements this task yet: explain the gap in the questionnaire.</source>
        <translation>Ни одно мероприятие миссии пока не выполняет эту задачу: объясните этот пробел в вопроснике.</translation>
    </message>
    <message>
        <source>Distinct activities: one mapped to several tasks here counts once.</source>
        <translation>Разные мероприятия: мероприятие, связанное с несколькими задачами, учитывается один раз.</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Two other computers changed this: "mine" is the change the Secretariat received last.</source>
        <extracomment>A choice was made or changed (the view enables "Keep the chosen values").</extracomment>
        <translation>Это изменили два других компьютера: «моё» — изменение, которое Секретариат получил последним.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>До обоих изменений</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Received last</source>
        <translation>Получено последним</translation>
    </message>
    <message>
        <source>The other computer</source>
        <translation>Другой компьютер</translation>
    </message>
    <message>
        <source>Received first</source>
        <translation>Получено первым</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Вопросник</translation>
    </message>
    <message>
        <source>Mission profile</source>
        <translation>Профиль миссии</translation>
    </message>
    <message>
        <source>Deleted on this computer, changed on another</source>
        <translation>Удалено на этом компьютере, изменено на другом</translation>
    </message>
    <message>
        <source>Changed here or elsewhere, deleted on another computer</source>
        <translation>Изменено здесь или в другом месте, удалено на другом компьютере</translation>
    </message>
    <message>
        <source>Both changed: %1</source>
        <translation>Изменено на обоих: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>When two computers of the mission change the same thing from the same version, or one deletes what another changes, the Secretariat keeps both and asks you to decide here. Your decision is sent with the next sync and settles the conflict on every computer of the mission.</source>
        <translation>Когда два компьютера миссии изменяют одно и то же из одной и той же версии или один удаляет то, что изменяет другой, Секретариат сохраняет оба варианта и просит вас решить здесь. Ваше решение отправляется при следующей синхронизации и разрешает конфликт на всех компьютерах миссии.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No conflicts&lt;/h3&gt;&lt;p&gt;Everything the mission's computers sent fits together. Conflicts appear here after a sync, if there are any.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Конфликтов нет&lt;/h3&gt;&lt;p&gt;Всё, что отправили компьютеры миссии, согласуется. Конфликты, если они будут, появятся здесь после синхронизации.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Why the Secretariat refused the resolution</source>
        <translation>Почему Секретариат отклонил решение</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Обе версии, поле за полем</translation>
    </message>
    <message>
        <source>Keep one computer's values for every field, or tick one value per field and keep the chosen values.</source>
        <translation>Оставьте значения одного компьютера для всех полей или отметьте по одному значению в каждом поле и оставьте выбранные.</translation>
    </message>
    <message>
        <source>Why the conflict was not resolved</source>
        <translation>Почему конфликт не разрешён</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>Keep the &amp;chosen values</source>
        <translation>Оставить &amp;выбранные значения</translation>
    </message>
    <message>
        <source>Last resolution</source>
        <translation>Последнее решение</translation>
    </message>
    <message>
        <source>This computer and another one changed the same fields from the same version. Until you decide, the value that reached the Secretariat first is kept.</source>
        <translation>Этот и другой компьютер изменили одни и те же поля из одной версии. Пока вы не решите, сохраняется значение, первым дошедшее до Секретариата.</translation>
    </message>
    <message>
        <source>Two other computers of the mission changed the same fields from the same version. Until someone decides, the value that reached the Secretariat first is kept.</source>
        <translation>Два других компьютера миссии изменили одни и те же поля из одной версии. Пока кто-нибудь не решит, сохраняется значение, первым дошедшее до Секретариата.</translation>
    </message>
    <message>
        <source>The Secretariat refused your last decision: %1. Choose again.</source>
        <translation>Секретариат отклонил ваше последнее решение: %1. Выберите снова.</translation>
    </message>
    <message>
        <source>&amp;Keep the %1</source>
        <translation>&amp;Оставить %1</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>You deleted this %1 on this computer while another computer changed it. It is kept, with those changes, until you decide.</source>
        <translation>Вы удалили это (%1) на этом компьютере, а другой компьютер его изменил. Пока вы не решите, оно сохраняется вместе с этими изменениями.</translation>
    </message>
    <message>
        <source>Another computer deleted this %1 while it was being changed. It is kept, with the changes, until you decide.</source>
        <translation>Другой компьютер удалил это (%1), пока его изменяли. Пока вы не решите, оно сохраняется вместе с изменениями.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>questionnaire draft</source>
        <translation>черновик вопросника</translation>
    </message>
    <message>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>Tick this computer's or the other computer's value in every row first</source>
        <translation>Сначала отметьте в каждой строке значение этого или другого компьютера</translation>
    </message>
    <message>
        <source>Not resolved: the chosen values do not make a valid record: %1</source>
        <translation>Не разрешено: из выбранных значений не получается допустимая запись: %1</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Не разрешено: %1</translation>
    </message>
    <message>
        <source>Resolved: %1. The decision is sent to the Secretariat with the next sync.</source>
        <translation>Разрешено: %1. Решение будет отправлено в Секретариат при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>DeletionUndo</name>
    <message>
        <source>Cannot undo</source>
        <translation>Отмена невозможна</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>The newest deletion changed (one was recorded, undone or dropped). Activities came back (their ids). Activities were deleted again by a redo (their ids). A long restore or redo started (job, title). What undos brought back, newest last: (the activities' ids, title).</extracomment>
        <translation>&amp;Повторить</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Redo deleting %n activity(ies)</source>
        <translation>
            <numerusform>&amp;Повторить удаление %n мероприятия</numerusform>
            <numerusform>&amp;Повторить удаление %n мероприятий</numerusform>
            <numerusform>&amp;Повторить удаление %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Удалено: «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n activity(ies).</source>
        <translation>
            <numerusform>Удалено %n мероприятие.</numerusform>
            <numerusform>Удалено %n мероприятия.</numerusform>
            <numerusform>Удалено %n мероприятий.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo deleting %n activity(ies)</source>
        <translation>
            <numerusform>&amp;Отменить удаление %n мероприятия</numerusform>
            <numerusform>&amp;Отменить удаление %n мероприятий</numerusform>
            <numerusform>&amp;Отменить удаление %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring activities: %1 of %2</source>
        <translation>Восстановление мероприятий: %1 из %2</translation>
    </message>
    <message>
        <source>Restoring activities…</source>
        <translation>Восстановление мероприятий…</translation>
    </message>
    <message>
        <source>Deleting activities: %1 of %2</source>
        <translation type="vanished">Удаление мероприятий: %1 из %2</translation>
    </message>
    <message>
        <source>Deleting activities…</source>
        <translation>Удаление мероприятий…</translation>
    </message>
    <message>
        <source>The deleted activities cannot be restored:

%1</source>
        <translation>Удалённые мероприятия нельзя восстановить:

%1</translation>
    </message>
</context>
<context>
    <name>EmptyActivities</name>
    <message>
        <source>&lt;h3&gt;No activities yet&lt;/h3&gt;&lt;p&gt;Record the mission's first anti-trafficking activity with &lt;b&gt;New activity&lt;/b&gt; (Ctrl+N), or bring in activities you already have in a FocalPoint activities file (.json, e.g. exported from another computer) with &lt;b&gt;Import activities…&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;To look around first, the demo mission can be loaded into a separate store: &lt;tt&gt;focalpoint --db demo.db demo&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Мероприятий пока нет&lt;/h3&gt;&lt;p&gt;Внесите первое мероприятие миссии по борьбе с торговлей людьми кнопкой &lt;b&gt;Новое мероприятие&lt;/b&gt; (Ctrl+N) или загрузите уже имеющиеся мероприятия из файла FocalPoint (.json, например экспортированного на другом компьютере) кнопкой &lt;b&gt;Импорт мероприятий…&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Чтобы сначала осмотреться, демо-миссию можно загрузить в отдельное хранилище: &lt;tt&gt;focalpoint --db demo.db demo&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Import activities…</source>
        <translation>Импорт мероприятий…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>FocalPoint — unexpected error</source>
        <extracomment>A run of this many characters without a place to break the line gets one (a long path or token would otherwise make the dialog wider than the screen).</extracomment>
        <translation>FocalPoint — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong.&lt;/b&gt; Your saved data is safe and you can keep working. If it happens again, send the details below to your support contact.</source>
        <translation>&lt;b&gt;Что-то пошло не так.&lt;/b&gt; Сохранённые данные не пострадали, работу можно продолжить. Если ошибка повторится, отправьте приведённые ниже сведения в службу поддержки.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Сообщение об ошибке</translation>
    </message>
    <message>
        <source>The error was also written to the log: %1</source>
        <translation>Ошибка также записана в журнал: %1</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические сведения</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Copy the message and technical details</source>
        <translation>Скопировать сообщение и технические сведения</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Mission code</source>
        <translation>Код миссии</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Название миссии</translation>
    </message>
    <message>
        <source>Focal point's name</source>
        <translation>Имя координатора</translation>
    </message>
    <message>
        <source>Focal point's post</source>
        <translation>Должность координатора</translation>
    </message>
    <message>
        <source>Field operation</source>
        <translation>Полевое присутствие</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <source>Show the %1 activities counted here</source>
        <translation>Показать мероприятия, учтённые здесь (%1)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import activities</source>
        <translation>Импорт мероприятий</translation>
    </message>
    <message>
        <source>Spreadsheets and FocalPoint files (*.xlsx *.csv *.json);;Excel workbooks (*.xlsx);;CSV files (*.csv);;FocalPoint JSON (*.json)</source>
        <translation>Таблицы и файлы FocalPoint (*.xlsx *.csv *.json);;Книги Excel (*.xlsx);;Файлы CSV (*.csv);;FocalPoint JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 activities imported from %2.</source>
        <translation>Импортировано мероприятий из %2: %1.</translation>
    </message>
    <message>
        <source>Importing activities…</source>
        <translation>Импорт мероприятий…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>FocalPoint JSON (*.json)</source>
        <translation>FocalPoint JSON (*.json)</translation>
    </message>
    <message>
        <source>Export activities</source>
        <translation>Экспорт мероприятий</translation>
    </message>
    <message>
        <source>%1 activities exported to %2.</source>
        <translation>Экспортировано мероприятий в %2: %1.</translation>
    </message>
    <message>
        <source>Exporting activities…</source>
        <translation>Экспорт мероприятий…</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <source>FocalPoint stores (*.db)</source>
        <translation>Хранилища FocalPoint (*.db)</translation>
    </message>
    <message>
        <source>Choose another file than the store itself.</source>
        <translation>Выберите другой файл, не само хранилище.</translation>
    </message>
    <message>
        <source>Not backed up: the store failed its integrity check (%1). A copy of it could replace a good backup with a damaged one.</source>
        <translation>Резервная копия не создана: хранилище не прошло проверку целостности (%1). Его копия могла бы заменить исправную резервную копию повреждённой.</translation>
    </message>
    <message>
        <source>Checking the store before backing it up…</source>
        <translation>Проверка хранилища перед созданием резервной копии…</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Резервная копия записана: %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>FocalPoint stores (*.db);;All files (*)</source>
        <translation>Хранилища FocalPoint (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This is the store that is open now.</source>
        <translation>Это хранилище, которое открыто сейчас.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 нельзя восстановить: %2</translation>
    </message>
    <message>
        <source>Replace the store that is open now by the backup %1?

The current store is not deleted: it is moved aside as %2.replaced-&lt;date and time&gt;. FocalPoint then reopens on the restored store.</source>
        <translation>Заменить открытое хранилище резервной копией %1?

Текущее хранилище не удаляется: оно сохраняется под именем %2.replaced-&lt;дата и время&gt;. Затем FocalPoint откроется на восстановленном хранилище.</translation>
    </message>
    <message>
        <source>%1 change(s) of the current store have not reached the Secretariat yet; they stay only in the file moved aside.</source>
        <translation>Изменений текущего хранилища, ещё не дошедших до Секретариата: %1; они останутся только в сохранённом в сторону файле.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1

The previous store is opened again.</source>
        <translation>Резервную копию не удалось восстановить: %1

Снова открыто прежнее хранилище.</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The previous store was kept as %2.</source>
        <translation>Резервная копия %1 восстановлена. Прежнее хранилище сохранено как %2.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <source>Make the activity what it was on %1? It is saved at once as a new version (nothing is lost: the current one stays in the history). Changes not yet saved in this editor are replaced.</source>
        <translation>Вернуть мероприятию вид от %1? Оно сразу сохраняется как новая версия (ничего не теряется: текущая остаётся в истории). Несохранённые изменения в редакторе будут заменены.</translation>
    </message>
    <message>
        <source>Every saved change of this activity, newest first: when, by whom, on which computer, and each field before and after.</source>
        <translation>Все сохранённые изменения мероприятия, новые сверху: когда, кем, на каком компьютере, и каждое поле до и после.</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Which kind of entity (names its fields: see :mod:`focalpoint.ui.field_text`).</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation>Изменения в этой версии</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Before the recorded history</source>
        <translation>До начала записанной истории</translation>
    </message>
    <message>
        <source>No saved changes yet.</source>
        <translation>Сохранённых изменений пока нет.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Brought back after deletion</source>
        <translation>Возвращено после удаления</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored the version of %1: %2</source>
        <translation>Восстановлена версия от %1: %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>%1 (current version)</source>
        <translation>%1 (текущая версия)</translation>
    </message>
    <message>
        <source>before the recorded history</source>
        <translation>до начала записанной истории</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Forms of trafficking</source>
        <translation>Формы торговли людьми</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Evaluation / outcome</source>
        <translation>Оценка / результат</translation>
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation>Задачи Плана действий</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охват (человек)</translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation>Показатели результата</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Устойчивость</translation>
    </message>
    <message>
        <source>This version cannot be restored: %1</source>
        <translation>Эту версию нельзя восстановить: %1</translation>
    </message>
</context>
<context>
    <name>IdFilterBanner</name>
    <message>
        <source>Show all activities</source>
        <translation>Показать все мероприятия</translation>
    </message>
    <message>
        <source>Showing the %1 activities counted in %2</source>
        <translation>Показаны мероприятия (%1), учтённые в: %2</translation>
    </message>
</context>
<context>
    <name>ImportActivities</name>
    <message>
        <source>Import activities</source>
        <extracomment>(parent, ok, text)</extracomment>
        <translation>Импорт мероприятий</translation>
    </message>
    <message>
        <source>FocalPoint activities (*.json);;All files (*)</source>
        <translation>Мероприятия FocalPoint (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 activities imported from %2.</source>
        <translation>Импортировано мероприятий из %2: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1

The store is unchanged.</source>
        <translation>Ничего не импортировано: %1

Хранилище не изменилось.</translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>Available when the PDF export (focalpoint.report) is installed.</source>
        <translation type="vanished">Доступно, если установлен модуль экспорта в PDF (focalpoint.report).</translation>
    </message>
    <message>
        <source>Available when the sync engine (focalpoint.sync.engine) is installed.</source>
        <translation type="vanished">Доступно, если установлен модуль синхронизации (focalpoint.sync.engine).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <extracomment>A backup to restore once the window has closed (see FileActions.restore_backup).</extracomment>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>FocalPoint</source>
        <translation>FocalPoint</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Вопросник</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Не зашифровано</translation>
    </message>
    <message>
        <source>This store is not encrypted. Restart FocalPoint and choose Encrypt now, or run 'focalpoint encrypt' while FocalPoint is closed.</source>
        <translation>Это хранилище не зашифровано. Перезапустите FocalPoint и выберите «Зашифровать» или выполните 'focalpoint encrypt', когда FocalPoint закрыт.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Син&amp;хронизация</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Новое мероприятие</translation>
    </message>
    <message>
        <source>&amp;Search activities</source>
        <translation>&amp;Поиск мероприятий</translation>
    </message>
    <message>
        <source>&amp;Save questionnaire now</source>
        <translation>&amp;Сохранить вопросник</translation>
    </message>
    <message>
        <source>&amp;Export questionnaire PDF…</source>
        <translation>&amp;Экспорт вопросника в PDF…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;About FocalPoint</source>
        <translation>&amp;О программе FocalPoint</translation>
    </message>
    <message>
        <source>&amp;Import activities…</source>
        <translation>&amp;Импорт мероприятий…</translation>
    </message>
    <message>
        <source>E&amp;xport activities…</source>
        <translation>Э&amp;кспорт мероприятий…</translation>
    </message>
    <message>
        <source>Export the activities the list shows (with its search and filters)</source>
        <translation>Экспортировать мероприятия, показанные в списке (с учётом поиска и фильтров)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Recovery &amp;key…</source>
        <translation>&amp;Ключ восстановления…</translation>
    </message>
    <message>
        <source>The key that opens this store and its backups on another computer: write it down and keep it apart from the laptop</source>
        <translation>Ключ, которым хранилище и его резервные копии открываются на другом компьютере: запишите его и храните отдельно от ноутбука</translation>
    </message>
    <message>
        <source>&amp;Mission profile…</source>
        <translation>&amp;Профиль миссии…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Duplicate activity…</source>
        <translation>&amp;Дублировать мероприятие…</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Соединение: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Questionnaire not fully saved</source>
        <extracomment>Close although part of the questionnaire draft cannot be saved (the reason given)?</extracomment>
        <translation>Вопросник сохранён не полностью</translation>
    </message>
    <message>
        <source>Part of the questionnaire draft cannot be saved yet:

%1

Close anyway and lose it, or go back and correct it?</source>
        <translation>Часть черновика вопросника пока нельзя сохранить:

%1

Закрыть программу и потерять её или вернуться и исправить?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) between computers of the mission to resolve</source>
        <translation>
            <numerusform>%n конфликт между компьютерами миссии ждёт решения</numerusform>
            <numerusform>%n конфликта между компьютерами миссии ждут решения</numerusform>
            <numerusform>%n конфликтов между компьютерами миссии ждут решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n конфликт ждёт решения</numerusform>
            <numerusform>%n конфликта ждут решения</numerusform>
            <numerusform>%n конфликтов ждут решения</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Conflicts view (Ctrl+6)</source>
        <translation>Открыть раздел «Конфликты» (Ctrl+6)</translation>
    </message>
    <message>
        <source>About FocalPoint</source>
        <translation>О программе FocalPoint</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FocalPoint %1&lt;/h3&gt;&lt;p&gt;The anti-trafficking focal point's workspace: activities, the OSCE Action Plan, the questionnaire and sync with the Secretariat.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Logs: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FocalPoint %1&lt;/h3&gt;&lt;p&gt;Рабочее место координатора по вопросам борьбы с торговлей людьми: мероприятия, План действий ОБСЕ по борьбе с торговлей людьми, вопросник и синхронизация с Секретариатом.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;br&gt;Журналы: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MissionProfileDialog</name>
    <message>
        <source>Mission profile</source>
        <translation>Профиль миссии</translation>
    </message>
    <message>
        <source>Mission code</source>
        <translation>Код миссии</translation>
    </message>
    <message>
        <source>The code identifies the mission to the Secretariat and cannot be changed; a new code needs a new store.</source>
        <translation>Код обозначает миссию для Секретариата и не может быть изменён; для нового кода нужно новое хранилище.</translation>
    </message>
    <message>
        <source>Mission code:</source>
        <translation>Код миссии:</translation>
    </message>
    <message>
        <source>e.g. OSCE Mission to Moldova</source>
        <translation>например, Миссия ОБСЕ в Молдове</translation>
    </message>
    <message>
        <source>Mission &amp;name:</source>
        <translation>&amp;Название миссии:</translation>
    </message>
    <message>
        <source>&amp;Focal point's name:</source>
        <translation>&amp;Имя координатора:</translation>
    </message>
    <message>
        <source>e.g. National Programme Officer</source>
        <translation>например, национальный сотрудник по программам</translation>
    </message>
    <message>
        <source>Focal point's &amp;post:</source>
        <translation>&amp;Должность координатора:</translation>
    </message>
    <message>
        <source>This is an OSCE &amp;field operation</source>
        <translation>Это &amp;полевая операция ОБСЕ</translation>
    </message>
    <message>
        <source>Field operations answer the Action Plan tasks given to field operations; institutions and units answer theirs.</source>
        <translation>Полевые операции отвечают на задачи Плана действий для полевых операций; институты и подразделения — на свои.</translation>
    </message>
    <message>
        <source>The profile appears on the questionnaire PDF and is sent to the Secretariat at the next sync.</source>
        <translation>Профиль печатается в PDF вопросника и отправляется в Секретариат при следующей синхронизации.</translation>
    </message>
    <message>
        <source>This store has no mission yet.</source>
        <translation>В этом хранилище ещё нет миссии.</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Название миссии</translation>
    </message>
    <message>
        <source>Focal point's name</source>
        <translation>Имя координатора</translation>
    </message>
    <message>
        <source>Focal point's post</source>
        <translation>Должность координатора</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <source>New questionnaire</source>
        <translation>Новый вопросник</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Reporting period &amp;from:</source>
        <translation>Отчётный период &amp;с:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>PartOneWidget</name>
    <message>
        <source>Respondent name</source>
        <translation>Имя респондента</translation>
    </message>
    <message>
        <source>Respondent post</source>
        <translation>Должность респондента</translation>
    </message>
    <message>
        <source>Respondent &amp;name:</source>
        <translation>&amp;Имя респондента:</translation>
    </message>
    <message>
        <source>Respondent &amp;post:</source>
        <translation>&amp;Должность респондента:</translation>
    </message>
    <message>
        <source>Goal setting</source>
        <translation>Постановка целей</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>1. Goal setting</source>
        <translation type="vanished">1. Постановка целей</translation>
    </message>
    <message>
        <source>How does the mission set its anti-trafficking goals, with whom, and what guidance does it receive?</source>
        <translation type="vanished">Как миссия ставит цели в области борьбы с торговлей людьми, с кем она их согласует и какие указания получает?</translation>
    </message>
    <message>
        <source>2. Priorities</source>
        <translation type="vanished">2. Приоритеты</translation>
    </message>
    <message>
        <source>What were the priorities in this period, and why?</source>
        <translation type="vanished">Каковы были приоритеты в этом периоде и почему?</translation>
    </message>
    <message>
        <source>3. Resources</source>
        <translation type="vanished">3. Ресурсы</translation>
    </message>
    <message>
        <source>Staff and budget devoted to anti-trafficking work; add the figures in the tables below.</source>
        <translation type="vanished">Персонал и бюджет, выделенные на борьбу с торговлей людьми; укажите цифры в таблицах ниже.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Ставок</translation>
    </message>
    <message>
        <source>Add staff post</source>
        <translation>Добавить должность</translation>
    </message>
    <message>
        <source>Remove staff post</source>
        <translation>Удалить должность</translation>
    </message>
    <message>
        <source>Staff posts</source>
        <translation>Штатные должности</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Добавить статью</translation>
    </message>
    <message>
        <source>Remove budget line</source>
        <translation>Удалить статью</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Статьи бюджета</translation>
    </message>
    <message>
        <source>Staff posts by year and source</source>
        <translation type="vanished">Штатные должности по годам и источникам</translation>
    </message>
    <message>
        <source>Budget lines by year and source</source>
        <translation type="vanished">Статьи бюджета по годам и источникам</translation>
    </message>
</context>
<context>
    <name>PartTwoWidget</name>
    <message>
        <source>Tasks without an answer</source>
        <translation>Задачи без ответа</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Action Plan tasks of the questionnaire</source>
        <translation>Задачи Плана действий в вопроснике</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation>С&amp;татус выполнения:</translation>
    </message>
    <message>
        <source>Implementation comment</source>
        <translation>Комментарий о выполнении</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Трудности</translation>
    </message>
    <message>
        <source>How the mission implemented this task</source>
        <translation>Как миссия выполняла эту задачу</translation>
    </message>
    <message>
        <source>The Secretariat's comment on this task</source>
        <translation>Комментарий Секретариата к этой задаче</translation>
    </message>
    <message>
        <source>Activities mapped to this task (read-only)</source>
        <translation>Мероприятия, связанные с этой задачей (только просмотр)</translation>
    </message>
    <message>
        <source>Secretariat: %1</source>
        <translation>Секретариат: %1</translation>
    </message>
    <message>
        <source>Secretariat's comment: %1</source>
        <translation>Комментарий Секретариата: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n applicable task(s) without an answer (shown as “No answer” in the PDF)</source>
        <translation>
            <numerusform>%n применимая задача без ответа (в PDF — «Нет ответа»)</numerusform>
            <numerusform>%n применимые задачи без ответа (в PDF — «Нет ответа»)</numerusform>
            <numerusform>%n применимых задач без ответа (в PDF — «Нет ответа»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every applicable task has an answer.</source>
        <translation>На все применимые задачи дан ответ.</translation>
    </message>
    <message>
        <source>Not answered yet: choose a status for this task.</source>
        <translation>Ответа пока нет: выберите статус этой задачи.</translation>
    </message>
    <message>
        <source>No activity in this period is mapped to this task.</source>
        <translation>В этом периоде с задачей не связано ни одно мероприятие.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities in this period:&lt;/b&gt; &lt;span style='color:#b3261e'&gt;none — explain why in the comment.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Мероприятия за период:&lt;/b&gt; &lt;span style='color:#b3261e'&gt;нет — объясните причину в комментарии.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities in this period:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Мероприятия за период:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the store with a passphrase</source>
        <translation>Защита хранилища парольной фразой</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep the store's key, so FocalPoint encrypts the store with a passphrase. You will type it at every start. Choose one of at least %1 characters and keep it safe: nobody can recover the data if it is forgotten.</source>
        <translation>На этом компьютере нет системного хранилища ключей, поэтому FocalPoint шифрует хранилище парольной фразой. Её нужно вводить при каждом запуске. Выберите фразу не короче %1 символов и храните её надёжно: если её забыть, данные не восстановит никто.</translation>
    </message>
    <message>
        <source>Unlock the store</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>The store %1 is encrypted. Type its passphrase to open it.</source>
        <translation>Хранилище %1 зашифровано. Введите парольную фразу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Показывать вводимый текст</translation>
    </message>
    <message>
        <source>Wrong passphrase: the store was not changed. Try again.</source>
        <translation>Неверная парольная фраза; хранилище не изменено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Не менее %1 символов.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Export questionnaire PDF</source>
        <extracomment>Add the "Self-assessment" annex (the Analysis figures with charts). Ask for the options: ``None`` when the person cancels.</extracomment>
        <translation>Экспорт вопросника в PDF</translation>
    </message>
    <message>
        <source>Choose how the PDF is laid out; the file name is asked next.</source>
        <translation>Выберите оформление PDF; имя файла будет запрошено далее.</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Формат страницы:</translation>
    </message>
    <message>
        <source>&amp;Leave out tasks answered “Not applicable”</source>
        <translation>&amp;Не включать задачи с ответом «Неприменимо»</translation>
    </message>
    <message>
        <source>With the self-&amp;assessment annex</source>
        <translation>С приложением «Сам&amp;ооценка»</translation>
    </message>
    <message>
        <source>Add the Self-assessment annex to the PDF: the Analysis figures of the period (tasks and gaps, forms, audiences, results, funding, partners) with charts</source>
        <translation>Добавить в PDF приложение «Самооценка»: показатели анализа за период (задачи и пробелы, формы, аудитории, результаты, финансирование, партнёры) с диаграммами</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Далее…</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Questionnaire %1</source>
        <translation>Вопросник %1</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>Другой период…</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Отменить выполняемую задачу</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>QuestionnaireText</name>
    <message>
        <source>Part 1 — Goal setting, priorities and resources</source>
        <extracomment>The translation context of every string here (``QCoreApplication.translate(CONTEXT, s)``); written out in each call below because lupdate only reads a literal context.</extracomment>
        <translation>Часть 1 — Постановка целей, приоритеты и ресурсы</translation>
    </message>
    <message>
        <source>1.1 Goal setting</source>
        <translation>1.1 Постановка целей</translation>
    </message>
    <message>
        <source>How the mission sets its anti-trafficking goals, and with whom.</source>
        <translation>Как и с кем миссия определяет свои цели в борьбе с торговлей людьми.</translation>
    </message>
    <message>
        <source>1.2 Priorities</source>
        <translation>1.2 Приоритеты</translation>
    </message>
    <message>
        <source>The mission's anti-trafficking priorities for the period.</source>
        <translation>Приоритеты миссии в борьбе с торговлей людьми в отчётном периоде.</translation>
    </message>
    <message>
        <source>1.3 Resources</source>
        <translation>1.3 Ресурсы</translation>
    </message>
    <message>
        <source>Human and financial resources, in words.</source>
        <translation>Кадровые и финансовые ресурсы, описательно.</translation>
    </message>
    <message>
        <source>1.4 Staff posts</source>
        <translation>1.4 Штатные должности</translation>
    </message>
    <message>
        <source>1.5 Budget</source>
        <translation>1.5 Бюджет</translation>
    </message>
    <message>
        <source>Posts by year and funding source</source>
        <translation>Ставки по годам и источникам финансирования</translation>
    </message>
    <message>
        <source>Budget by year and funding source</source>
        <translation>Бюджет по годам и источникам финансирования</translation>
    </message>
    <message>
        <source>No answer given.</source>
        <translation>Ответ не дан.</translation>
    </message>
    <message>
        <source>No staff posts reported.</source>
        <translation>Штатные должности не указаны.</translation>
    </message>
    <message>
        <source>No budget lines reported.</source>
        <translation>Статьи бюджета не указаны.</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>Column headers of the totals tables.</extracomment>
        <translation>Год</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>All years (%1)</source>
        <extracomment>A label of the budget totals: every year together, in one currency.</extracomment>
        <translation>Все годы (%1)</translation>
    </message>
    <message>
        <source>No answer</source>
        <extracomment>Part 2: an applicable task the mission has not answered.</extracomment>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Not applicable to the mission (an Action Plan task for other OSCE bodies)</source>
        <extracomment>Part 2: a task without an answer that is for other OSCE bodies, not the mission.</extracomment>
        <translation>Неприменимо к миссии (задача Плана действий для других структур ОБСЕ)</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Submit to the Secretariat</source>
        <translation>Отправка в Секретариат</translation>
    </message>
    <message>
        <source>Submit the questionnaire for %1 – %2?

The submitted answer is frozen together with the period's activities and can no longer be changed. It is sent at the next sync.</source>
        <extracomment>Unanswered tasks named in the question itself; the rest are in its details. Offer to open the written PDF (its path and page count): True to open it. Part of the draft cannot be saved (the reason given): lose it and go on?</extracomment>
        <translation>Отправить вопросник за период %1 – %2?

Отправленный ответ фиксируется вместе с мероприятиями периода и больше не может быть изменён. Он будет передан при следующей синхронизации.</translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details)</source>
        <translation>… и ещё %1 (см. «Показать подробности»)</translation>
    </message>
    <message>
        <source>Applicable tasks still without an answer: %1. The PDF and the Secretariat will show them as “No answer”:</source>
        <translation>Применимых задач без ответа: %1. В PDF и у Секретариата они будут значиться как «Нет ответа»:</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The questionnaire was written to %1 (%2 pages).

Open it now?</source>
        <translation>Вопросник записан в файл %1 (страниц: %2).

Открыть его?</translation>
    </message>
    <message>
        <source>Questionnaire not fully saved</source>
        <translation>Вопросник сохранён не полностью</translation>
    </message>
    <message>
        <source>Part of this questionnaire cannot be saved yet:

%1

Go on and lose it, or stay and correct it?</source>
        <translation>Часть этого вопросника пока нельзя сохранить:

%1

Продолжить и потерять её или остаться и исправить?</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <extracomment>Longest an edit waits for its save while typing goes on without a pause. A long job started (job, title): the window shows its progress. Ask the window to sync now (after a submission).</extracomment>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Отчётный период:</translation>
    </message>
    <message>
        <source>New period…</source>
        <translation>Новый период…</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Submit to Secretariat…</source>
        <translation>Отправить в Секретариат…</translation>
    </message>
    <message>
        <source>With self-&amp;assessment</source>
        <translation type="vanished">С сам&amp;ооценкой</translation>
    </message>
    <message>
        <source>Add the Self-assessment annex to the PDF: the Analysis figures of the period (tasks and gaps, forms, audiences, results, funding, partners) with charts</source>
        <translation type="vanished">Добавить в PDF приложение «Самооценка»: показатели анализа за период (задачи и пробелы, формы, аудитории, результаты, финансирование, партнёры) с диаграммами</translation>
    </message>
    <message>
        <source>The Secretariat's review</source>
        <translation>Рассмотрение в Секретариате</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No questionnaire yet&lt;/h3&gt;&lt;p&gt;Start the questionnaire for a reporting period. Your answers are saved as you type.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Вопросников пока нет&lt;/h3&gt;&lt;p&gt;Начните вопросник за отчётный период. Ответы сохраняются по мере ввода.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start a questionnaire…</source>
        <translation>Начать вопросник…</translation>
    </message>
    <message>
        <source>Part 1: Goals, priorities and resources</source>
        <translation>Часть 1: цели, приоритеты и ресурсы</translation>
    </message>
    <message>
        <source>Part 2: Action Plan tasks</source>
        <translation>Часть 2: задачи Плана действий</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Submitted %1 — read-only</source>
        <translation>Отправлено %1 — только просмотр</translation>
    </message>
    <message>
        <source>Draft — changes are saved automatically</source>
        <translation>Черновик — изменения сохраняются автоматически</translation>
    </message>
    <message>
        <source>Restored an earlier version at %1</source>
        <translation>Восстановлена более ранняя версия в %1</translation>
    </message>
    <message>
        <source>Returned for revision by the Secretariat (%1)</source>
        <translation>Возвращено Секретариатом на доработку (%1)</translation>
    </message>
    <message>
        <source>Vienna</source>
        <translation>Вена</translation>
    </message>
    <message>
        <source> — this draft is the revision; submit it when done</source>
        <translation> — этот черновик и есть доработка; отправьте его, когда закончите</translation>
    </message>
    <message>
        <source>Accepted by the Secretariat (%1)</source>
        <translation>Принято Секретариатом (%1)</translation>
    </message>
    <message>
        <source>%1 comment(s) on tasks in Part 2 (in bold).</source>
        <translation>Комментариев к задачам Части 2: %1 (выделены жирным).</translation>
    </message>
    <message>
        <source>Freeze this answer and queue it for the Secretariat</source>
        <translation>Зафиксировать этот ответ и поставить его в очередь на отправку в Секретариат</translation>
    </message>
    <message>
        <source>Only a draft can be submitted</source>
        <translation>Отправить можно только черновик</translation>
    </message>
    <message>
        <source>Export this questionnaire as a PDF file</source>
        <translation>Экспортировать этот вопросник в файл PDF</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Ещё не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved at %1, except the lines explained above</source>
        <translation>Сохранено в %1, кроме строк, описанных выше</translation>
    </message>
    <message>
        <source>Not saved — see the problem above</source>
        <translation>Не сохранено — см. описание проблемы выше</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Staff post</source>
        <translation>Штатная должность</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Новый вопросник</translation>
    </message>
    <message>
        <source>No program to open PDF files was found. The file is at %1</source>
        <translation>Не найдена программа для открытия PDF. Файл находится здесь: %1</translation>
    </message>
    <message>
        <source>PDF written: %1 (%2 pages)</source>
        <translation>PDF сохранён: %1 (страниц: %2)</translation>
    </message>
    <message>
        <source>PDF export cancelled; no file was written.</source>
        <translation>Экспорт в PDF отменён; файл не создан.</translation>
    </message>
    <message>
        <source>Exporting PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add line</source>
        <extracomment>Free text completed from these values (e.g. donors already in the store). An amount or a count: typed and shown in the interface locale ("12 500,50"), returned by :meth:`RecordTable.records` in the stored form ("12500.50").</extracomment>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
</context>
<context>
    <name>RecoveryEntryDialog</name>
    <message>
        <source>Enter the recovery key</source>
        <translation>Ввод ключа восстановления</translation>
    </message>
    <message>
        <source>The key of %1 is not in this computer's keyring: the store or backup was made on another computer. Type its recovery key (%2 and %3 groups of 5 characters, written down or printed from File → Recovery key… on that computer). FocalPoint checks that it opens the file, then keeps it in this computer's keyring.</source>
        <translation>Ключа %1 нет в хранилище ключей этого компьютера: хранилище или резервная копия созданы на другом компьютере. Введите ключ восстановления (%2 и %3 групп по 5 символов, записанные или распечатанные через Файл → Ключ восстановления… на том компьютере). FocalPoint проверит, что он открывает файл, и сохранит его в хранилище ключей этого компьютера.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>&amp;Open with this key</source>
        <translation>&amp;Открыть с этим ключом</translation>
    </message>
    <message>
        <source>Checking the recovery key against the file…</source>
        <translation>Проверка ключа восстановления по файлу…</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Введите ключ восстановления.</translation>
    </message>
    <message>
        <source>This recovery key does not start with %1: it was made by a newer FocalPoint.</source>
        <translation>Этот ключ восстановления начинается не с %1: он создан более новой версией FocalPoint.</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of 5 characters after %2; check that none is missing or repeated.</source>
        <translation>В ключе восстановления %1 групп по 5 символов после %2; проверьте, что ни одна не пропущена и не повторена.</translation>
    </message>
    <message>
        <source>Group %1 must have 5 characters.</source>
        <translation>В группе %1 должно быть 5 символов.</translation>
    </message>
    <message>
        <source>Group %1 holds a character that recovery keys do not use (they use digits and letters except I, L, O, U).</source>
        <translation>В группе %1 есть символ, которого не бывает в ключах восстановления (в них только цифры и латинские буквы, кроме I, L, O, U).</translation>
    </message>
    <message>
        <source>Group %1 is wrong: check it against the written key.</source>
        <translation>Группа %1 введена с ошибкой: сверьте её с записанным ключом.</translation>
    </message>
    <message>
        <source>The key has a mistake that no single group shows: check every group against the written key.</source>
        <translation>В ключе есть ошибка, которую не видно по отдельной группе: сверьте все группы с записанным ключом.</translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it is the key of another store, or the file is damaged. Nothing was written.</source>
        <translation>Этот ключ восстановления не открывает %1: это ключ другого хранилища, или файл повреждён. Ничего не записано.</translation>
    </message>
    <message>
        <source>This store is encrypted with a passphrase: type its passphrase instead (it needs no recovery key).</source>
        <translation>Это хранилище зашифровано парольной фразой: введите её (ключ восстановления не нужен).</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the key cannot be kept on this computer. Unlock the keyring and try again. (%1)</source>
        <translation>Системное хранилище ключей недоступно, поэтому ключ нельзя сохранить на этом компьютере. Разблокируйте хранилище ключей и повторите попытку. (%1)</translation>
    </message>
    <message>
        <source>The recovery key could not be entered: %1</source>
        <translation>Не удалось ввести ключ восстановления: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>This store is encrypted with a passphrase, not with a key kept in this computer's keyring: the passphrase is its recovery key, and there is nothing else to write down. The passphrase opens the store and its backups on any computer; without it nobody can open them. Keep it safe.</source>
        <translation>Это хранилище зашифровано парольной фразой, а не ключом из хранилища ключей этого компьютера: парольная фраза и есть его ключ восстановления, больше записывать нечего. Парольная фраза открывает хранилище и его резервные копии на любом компьютере; без неё их не откроет никто. Храните её надёжно.</translation>
    </message>
    <message>
        <source>This store is not encrypted: it has no key to write down.</source>
        <translation>Это хранилище не зашифровано: у него нет ключа, который нужно записать.</translation>
    </message>
    <message>
        <source>The key of this store is kept in this computer's keyring, and its backups are encrypted with the same key. If this laptop is stolen or breaks, a backup opens on a new computer only with this recovery key.

Write it down or print it, and keep it apart from the laptop and from the backups: whoever has both the key and a copy of the store can read it.</source>
        <translation>Ключ этого хранилища находится в хранилище ключей этого компьютера, и резервные копии зашифрованы тем же ключом. Если ноутбук украдут или он сломается, резервная копия откроется на новом компьютере только с этим ключом восстановления.

Запишите или распечатайте его и храните отдельно от ноутбука и от резервных копий: тот, у кого есть и ключ, и копия хранилища, может её прочитать.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>Copied. Paste it where it is printed or written down, not into a file or a message kept on this laptop. The clipboard is cleared when this window closes.</source>
        <translation>Скопировано. Вставьте ключ туда, откуда его распечатают или перепишут, но не в файл или сообщение, которые останутся на этом ноутбуке. Буфер обмена очищается при закрытии этого окна.</translation>
    </message>
    <message>
        <source>Copied. Paste it where it is printed or written down, not into a file or a message kept on this laptop.</source>
        <translation type="vanished">Скопировано. Вставьте ключ туда, откуда его распечатают или перепишут, но не в файл или сообщение, которые останутся на этом ноутбуке.</translation>
    </message>
    <message>
        <source>FocalPoint recovery key of %1</source>
        <translation>Ключ восстановления FocalPoint для %1</translation>
    </message>
    <message>
        <source>It opens this store and every backup of it on any computer (File → Recovery key, or: focalpoint recovery-key enter). Print it, keep the paper apart from the laptop, and delete this file.</source>
        <translation>Он открывает это хранилище и все его резервные копии на любом компьютере (Файл → Ключ восстановления или focalpoint recovery-key enter). Распечатайте его, храните лист отдельно от ноутбука и удалите этот файл.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Сохранить ключ восстановления</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only). Print it, then delete the file.</source>
        <translation>Сохранено в %1 (доступно для чтения только вам). Распечатайте ключ и удалите файл.</translation>
    </message>
</context>
<context>
    <name>ResponseHistoryPanel</name>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <source>Make the questionnaire draft what it was on %1? It is saved at once as a new version (nothing is lost: the current one stays in the history).</source>
        <translation>Вернуть черновик анкеты к состоянию на %1? Он сразу сохраняется как новая версия (ничего не теряется: текущая остаётся в истории).</translation>
    </message>
    <message>
        <source>Every saved change of this questionnaire, newest first: when, by whom, on which computer, and each answer before and after. Typing saved within a few minutes by the same person is one version.</source>
        <translation>Все сохранённые изменения этой анкеты, сначала новые: когда, кем, на каком компьютере и каждый ответ до и после. Правки одного человека в течение нескольких минут образуют одну версию.</translation>
    </message>
    <message>
        <source>A submitted questionnaire cannot change; its history is shown as it was recorded.</source>
        <translation>Отправленную анкету изменить нельзя; её история показана так, как была записана.</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <source>How the mission implemented the task</source>
        <translation>Как миссия выполняла задачу</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Трудности</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Respondent name</source>
        <translation>Имя респондента</translation>
    </message>
    <message>
        <source>Respondent post</source>
        <translation>Должность респондента</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Revises the returned response</source>
        <translation>Исправляет возвращённую анкету</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore this mission from the Secretariat</source>
        <extracomment>The passphrase chosen for the new store (no keyring), kept in memory only so the start-up opens the restored store without asking for it a second time.</extracomment>
        <translation>Восстановление миссии из Секретариата</translation>
    </message>
    <message>
        <source>A new computer for a mission that already syncs: FocalPoint fetches the mission's activities, questionnaires (drafts too), mission profile and the Secretariat's feedback, and carries on from there as a new computer of the mission. The Secretariat gives you the address and the mission's access token.</source>
        <translation>Новый компьютер для миссии, которая уже синхронизируется: FocalPoint получает мероприятия миссии, вопросники (и черновики), профиль миссии и отзывы Секретариата и продолжает работу как новый компьютер миссии. Адрес и токен доступа миссии выдаёт Секретариат.</translation>
    </message>
    <message>
        <source>The restored store will be at: %1</source>
        <translation>Восстановленное хранилище будет здесь: %1</translation>
    </message>
    <message>
        <source>An unfinished restore was found: Restore continues it where it stopped (enter the same server and mission).</source>
        <translation>Найдено незавершённое восстановление: «Восстановить» продолжит его с места остановки (введите тот же сервер и миссию).</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Ход восстановления</translation>
    </message>
    <message>
        <source>Restore status</source>
        <translation>Состояние восстановления</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Secretariat server URL</source>
        <translation>Адрес сервера Секретариата</translation>
    </message>
    <message>
        <source>Secretariat &amp;server:</source>
        <translation>&amp;Сервер Секретариата:</translation>
    </message>
    <message>
        <source>e.g. OMIK</source>
        <translation>например, OMIK</translation>
    </message>
    <message>
        <source>Mission code</source>
        <translation>Код миссии</translation>
    </message>
    <message>
        <source>&amp;Mission code:</source>
        <translation>&amp;Код миссии:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Paste the token from the Secretariat</source>
        <translation>Вставьте токен, полученный от Секретариата</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
    <message>
        <source>Leave empty unless your IT department gave you such a file</source>
        <translation type="vanished">Оставьте пустым, если ИТ-отдел не выдал вам такой файл</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="vanished">Файл центра сертификации</translation>
    </message>
    <message>
        <source>Only needed when your organisation checks secure connections with its own certificate authority: your IT department then gives you a .pem or .crt file.</source>
        <translation type="vanished">Нужен, только если ваша организация проверяет защищённые соединения своим центром сертификации: тогда ИТ-отдел выдаёт вам файл .pem или .crt.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="vanished">&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation type="vanished">Выбрать файл центра сертификации</translation>
    </message>
    <message>
        <source>&amp;Certificate authority file
(only if your IT department gave you one):</source>
        <translation type="vanished">&amp;Файл центра сертификации
(только если его выдал ИТ-отдел):</translation>
    </message>
    <message>
        <source>Enter the server address, the mission code and the access token first</source>
        <translation>Сначала введите адрес сервера, код миссии и токен доступа</translation>
    </message>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>Адрес сервера не подходит: %1</translation>
    </message>
    <message>
        <source>The certificate authority file does not exist: %1</source>
        <translation>Файл центра сертификации не найден: %1</translation>
    </message>
    <message>
        <source>Connecting to the Secretariat…</source>
        <translation>Подключение к Секретариату…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Received %1 records (%2 pages)…</source>
        <translation>Получено записей: %1 (страниц: %2)…</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>Остановка после текущей страницы…</translation>
    </message>
    <message>
        <source>The mission was restored, but the access token could not be kept: %1

Enter it again in Settings before the next sync.</source>
        <translation>Миссия восстановлена, но токен доступа сохранить не удалось: %1

Введите его снова в настройках до следующей синхронизации.</translation>
    </message>
    <message>
        <source>The Secretariat refused the access token or the mission code. Check both (the Secretariat gives them) and try again.</source>
        <translation>Секретариат отклонил токен доступа или код миссии. Проверьте оба (их выдаёт Секретариат) и попробуйте снова.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>The Secretariat's server cannot be reached: check the address and the internet connection.</source>
        <translation>Сервер Секретариата недоступен: проверьте адрес и подключение к интернету.</translation>
    </message>
    <message>
        <source>The restore was stopped.</source>
        <translation>Восстановление остановлено.</translation>
    </message>
    <message>
        <source>This Secretariat cannot restore a mission yet, or needs a newer FocalPoint: %1</source>
        <translation>Этот Секретариат пока не может восстановить миссию или требует более новую версию FocalPoint: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Не восстановлено: %1</translation>
    </message>
    <message>
        <source>The restore stopped: %1</source>
        <translation>Восстановление остановлено: %1</translation>
    </message>
    <message>
        <source>What was already received is kept; Restore continues from there.</source>
        <translation>Уже полученное сохранено; «Восстановить» продолжит с этого места.</translation>
    </message>
</context>
<context>
    <name>ResultsFields</name>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не учтено</translation>
    </message>
    <message>
        <source>Lowest value (—) means not recorded</source>
        <translation>Наименьшее значение (—) означает «не учтено»</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Main finding</source>
        <translation>Главный вывод</translation>
    </message>
    <message>
        <source>Adequacy to needs</source>
        <translation>Соответствие потребностям</translation>
    </message>
    <message>
        <source>National ownership</source>
        <translation>Национальная ответственность</translation>
    </message>
    <message>
        <source>Infrastructure after donor funding</source>
        <translation>Инфраструктура после донорского финансирования</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: примечание</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Добавить показатель</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Удалить показатель</translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation>Показатели результата</translation>
    </message>
    <message>
        <source>People reac&amp;hed</source>
        <translation>&amp;Охват людей</translation>
    </message>
    <message>
        <source>Outcome i&amp;ndicators</source>
        <translation>Показатели рез&amp;ультата</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>О&amp;ценка</translation>
    </message>
    <message>
        <source>Sustaina&amp;bility</source>
        <translation>&amp;Устойчивость</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No keyring</source>
        <extracomment>(code, name shown in its own language); "" follows the system.</extracomment>
        <translation>Нет хранилища паролей</translation>
    </message>
    <message>
        <source>%1

Keep the token for this session only? You will have to enter it again after restarting FocalPoint.</source>
        <translation>%1

Сохранить токен только на время этого сеанса? После перезапуска FocalPoint его придётся ввести снова.</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Изменения ещё не отправлены</translation>
    </message>
    <message>
        <source>%n change(s) have not reached the Secretariat yet. If the store now points at another server or mission, they may never reach the right one.</source>
        <translation>Изменения (%n) ещё не дошли до Секретариата. Если база данных теперь будет указывать на другой сервер или миссию, они могут так и не попасть по назначению.</translation>
    </message>
    <message>
        <source>Best: cancel, sync with the current settings first (Sync now, F5), then change them. Or FocalPoint can first write a backup copy of the whole store (nothing is deleted) and then change the settings.</source>
        <translation>Лучше отменить, сначала синхронизировать с текущими настройками (Синхронизировать сейчас, F5), а затем изменить их. Или FocalPoint может сначала записать резервную копию всей базы данных (ничего не удаляется), а затем изменить настройки.</translation>
    </message>
    <message>
        <source>&amp;Back up and change</source>
        <translation>Сделать &amp;копию и изменить</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Настройки изменены</translation>
    </message>
    <message>
        <source>A backup of the store, with the changes that were waiting, was written to:
%1</source>
        <translation>Резервная копия базы данных с неотправленными изменениями записана в:
%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Where the store was backed up before a forced change of server or mission.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Secretariat server URL</source>
        <translation>URL-адрес сервера Секретариата</translation>
    </message>
    <message>
        <source>Secretariat &amp;server:</source>
        <translation>&amp;Сервер Секретариата:</translation>
    </message>
    <message>
        <source>Mission code</source>
        <translation>Код миссии</translation>
    </message>
    <message>
        <source>&amp;Mission code:</source>
        <translation>&amp;Код миссии:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Интервал синхронизации в минутах</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Синхронизировать ка&amp;ждые:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Sync timeout in seconds</source>
        <translation>Время ожидания синхронизации в секундах</translation>
    </message>
    <message>
        <source>How long a sync waits for the Secretariat's server, retries included, before it stops and says the connection is down. Raise it on a slow satellite link.</source>
        <translation>Сколько синхронизация ждёт сервер Секретариата (включая повторные попытки), прежде чем остановиться и сообщить, что связи нет. Увеличьте его при медленной спутниковой связи.</translation>
    </message>
    <message>
        <source>Wait for the server &amp;up to:</source>
        <translation>Ждать ответа сервера &amp;не дольше:</translation>
    </message>
    <message>
        <source>Leave empty unless your IT department gave you such a file</source>
        <translation type="vanished">Оставьте пустым, если ИТ-отдел не выдал вам такой файл</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Файл центра сертификации</translation>
    </message>
    <message>
        <source>Only needed when your organisation checks secure connections with its own certificate authority: your IT department then gives you a .pem or .crt file.</source>
        <translation type="vanished">Нужен, только если ваша организация проверяет защищённые соединения своим центром сертификации: тогда ИТ-отдел выдаёт вам файл .pem или .crt.</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation type="vanished">Выбрать файл центра сертификации</translation>
    </message>
    <message>
        <source>&amp;Certificate authority file
(only if your IT department gave you one):</source>
        <translation type="vanished">&amp;Файл центра сертификации
(только если его выдал ИТ-отдел):</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation type="vanished">&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>Ask the Secretariat's server whether it answers and accepts this mission's token (nothing is sent)</source>
        <translation>Спросить сервер Секретариата, отвечает ли он и принимает ли токен миссии (ничего не отправляется)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Результат проверки соединения</translation>
    </message>
    <message>
        <source>The server address is not usable: %1</source>
        <translation>Адрес сервера не подходит: %1</translation>
    </message>
    <message>
        <source>Enter the server address and the mission code first (the Secretariat gives you both).</source>
        <translation>Сначала введите адрес сервера и код миссии (их сообщает Секретариат).</translation>
    </message>
    <message>
        <source>The certificate authority file does not exist: %1</source>
        <translation>Файл центра сертификации не найден: %1</translation>
    </message>
    <message>
        <source>Enter the access token first (the Secretariat gives it to your mission).</source>
        <translation>Сначала введите токен доступа (его выдаёт миссии Секретариат).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка соединения…</translation>
    </message>
    <message>
        <source>Connected. The Secretariat's server answered and accepts this mission's access token.</source>
        <translation>Соединение есть. Сервер Секретариата ответил и принимает токен доступа этой миссии.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and that this computer is online, then try again.</source>
        <translation>Не удалось связаться с сервером. Проверьте адрес и подключение компьютера к интернету и попробуйте снова.</translation>
    </message>
    <message>
        <source>The server answered but refused the access token or the mission code. Check both; if they are right, ask the Secretariat for a new token.</source>
        <translation>Сервер ответил, но не принял токен доступа или код миссии. Проверьте их; если они верны, запросите у Секретариата новый токен.</translation>
    </message>
    <message>
        <source>The server's certificate could not be checked. If your IT department gave you a certificate authority file, choose it above; otherwise tell the Secretariat.</source>
        <translation>Не удалось проверить сертификат сервера. Если ИТ-отдел выдал вам файл центра сертификации, выберите его выше; иначе сообщите в Секретариат.</translation>
    </message>
    <message>
        <source>The server asks for a newer version of FocalPoint.</source>
        <translation>Сервер требует более новую версию FocalPoint.</translation>
    </message>
    <message>
        <source>The Secretariat has paused syncing for now.</source>
        <translation>Секретариат временно приостановил синхронизацию.</translation>
    </message>
    <message>
        <source>The server answered with a problem.</source>
        <translation>Сервер сообщил о проблеме.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Optional: a PEM file of trusted CAs</source>
        <translation type="vanished">Необязательно: PEM-файл доверенных ЦС</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation type="vanished">Файл сертификатов ЦС</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="vanished">&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation type="vanished">Выбрать файл сертификатов ЦС</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation type="vanished">Се&amp;ртификаты ЦС:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Ошибка в настройках</translation>
    </message>
    <message>
        <source>Paste the token from the Secretariat</source>
        <translation>Вставьте токен, полученный от Секретариата</translation>
    </message>
    <message>
        <source>Enter the server and mission code; the token is kept in the system keyring, never in the store.</source>
        <translation>Укажите сервер и код миссии; токен хранится в системном хранилище паролей, а не в базе данных.</translation>
    </message>
    <message>
        <source>No system keyring on this computer: a token can only be kept for this session.</source>
        <translation>На этом компьютере нет системного хранилища паролей: токен можно сохранить только на время сеанса.</translation>
    </message>
    <message>
        <source>A token is stored in the system keyring. Leave the field empty to keep it, or type a new one to replace it.</source>
        <translation>Токен сохранён в системном хранилище паролей. Оставьте поле пустым, чтобы сохранить его, или введите новый токен для замены.</translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation>Токен ещё не сохранён.</translation>
    </message>
    <message>
        <source>•••••• (stored — type to replace)</source>
        <translation>•••••• (сохранён — введите новый для замены)</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="vanished">Сертификаты ЦС</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter the server URL and mission code before the access token.</source>
        <translation>Прежде чем вводить токен доступа, укажите URL-адрес сервера и код миссии.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n change(s) have not reached the Secretariat yet. Sync first (Sync now, F5), or save again and choose to back up the store.</source>
        <translation>
            <numerusform>Не сохранено: %n изменение ещё не дошло до Секретариата. Сначала синхронизируйте (Синхронизировать сейчас, F5) или сохраните снова и выберите резервную копию.</numerusform>
            <numerusform>Не сохранено: %n изменения ещё не дошли до Секретариата. Сначала синхронизируйте (Синхронизировать сейчас, F5) или сохраните снова и выберите резервную копию.</numerusform>
            <numerusform>Не сохранено: %n изменений ещё не дошли до Секретариата. Сначала синхронизируйте (Синхронизировать сейчас, F5) или сохраните снова и выберите резервную копию.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Open an existing store</source>
        <extracomment>(parent, where the file dialog starts: a file or folder, "" for the default) -&gt; a chosen file, or None (parent, where the restored store goes) -&gt; the restored store, or None</extracomment>
        <translation>Открыть существующее хранилище</translation>
    </message>
    <message>
        <source>FocalPoint stores (*.db);;All files (*)</source>
        <translation>Хранилища FocalPoint (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>Импорт мероприятий</translation>
    </message>
    <message>
        <source>FocalPoint activities (*.json);;All files (*)</source>
        <translation>Мероприятия FocalPoint (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Welcome to FocalPoint</source>
        <translation>Добро пожаловать в FocalPoint</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>FocalPoint keeps your mission's anti-trafficking activities on this computer and sends them to the Secretariat when a connection is available. Tell it which mission this is.</source>
        <translation>FocalPoint хранит мероприятия вашей миссии по борьбе с торговлей людьми на этом компьютере и отправляет их в Секретариат, когда есть подключение. Укажите, какая это миссия.</translation>
    </message>
    <message>
        <source>Start recording for your mission</source>
        <translation>Начать работу для своей миссии</translation>
    </message>
    <message>
        <source>e.g. OMIK</source>
        <translation>например, OMIK</translation>
    </message>
    <message>
        <source>Mission code</source>
        <translation>Код миссии</translation>
    </message>
    <message>
        <source>e.g. OSCE Mission in Kosovo</source>
        <translation>например, Миссия ОБСЕ в Косово</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Название миссии</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>Имя координатора</translation>
    </message>
    <message>
        <source>Mission &amp;code:</source>
        <translation>&amp;Код миссии:</translation>
    </message>
    <message>
        <source>Mission &amp;name:</source>
        <translation>&amp;Название миссии:</translation>
    </message>
    <message>
        <source>&amp;Your name (optional):</source>
        <translation>&amp;Ваше имя (необязательно):</translation>
    </message>
    <message>
        <source>The store will be created at: %1</source>
        <translation>База данных будет создана здесь: %1</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Или</translation>
    </message>
    <message>
        <source>Explore with the &amp;demo mission</source>
        <translation>Посмотреть на &amp;демо-миссии</translation>
    </message>
    <message>
        <source>A store filled with 59 real examples from the 2006 report, to look around; nothing is sent</source>
        <translation>Хранилище с 59 реальными примерами из доклада 2006 года, чтобы осмотреться; ничего не отправляется</translation>
    </message>
    <message>
        <source>&amp;Open an existing store…</source>
        <translation>&amp;Открыть существующее хранилище…</translation>
    </message>
    <message>
        <source>A FocalPoint store (.db) kept elsewhere, e.g. copied from the previous focal point's laptop</source>
        <translation>Хранилище FocalPoint (.db) из другого места, например скопированное с ноутбука предыдущего координатора</translation>
    </message>
    <message>
        <source>Create and &amp;import activities…</source>
        <translation>Создать и &amp;импортировать мероприятия…</translation>
    </message>
    <message>
        <source>Create the store for the mission above, then import a FocalPoint activities file (.json)</source>
        <translation>Создать хранилище для указанной миссии и импортировать файл мероприятий FocalPoint (.json)</translation>
    </message>
    <message>
        <source>&amp;Restore this mission from the Secretariat…</source>
        <translation>Восстановить миссию из &amp;Секретариата…</translation>
    </message>
    <message>
        <source>A new computer for a mission that already syncs (the laptop was lost, stolen or replaced, or a second person records): fetch the mission's data from the Secretariat</source>
        <translation>Новый компьютер для миссии, которая уже синхронизируется (ноутбук потерян, украден или заменён, или записи ведёт второй человек): получить данные миссии из Секретариата</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Создать базу данных</translation>
    </message>
    <message>
        <source>Mission code: 2–32 letters, digits, - or _ (e.g. OMIK).</source>
        <translation>Код миссии: от 2 до 32 символов — латинские буквы, цифры, - или _ (например, OMIK).</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>Import activities from %1</source>
        <extracomment>Closed: a late answer from a worker must not touch the (deleted) widgets.</extracomment>
        <translation>Импорт мероприятий из %1</translation>
    </message>
    <message>
        <source>ID (updates that activity)</source>
        <translation>ID (обновляет это мероприятие)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Forms of trafficking</source>
        <translation>Формы торговли людьми</translation>
    </message>
    <message>
        <source>Funding (source | donor | amount | currency)</source>
        <translation>Финансирование (источник | донор | сумма | валюта)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation>Задачи Плана действий</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охвачено человек</translation>
    </message>
    <message>
        <source>Women reached</source>
        <translation>Охвачено женщин</translation>
    </message>
    <message>
        <source>Men reached</source>
        <translation>Охвачено мужчин</translation>
    </message>
    <message>
        <source>People reached, sex not recorded</source>
        <translation>Охвачено человек, пол не учтён</translation>
    </message>
    <message>
        <source>Outcome indicators (name: number; …)</source>
        <translation>Показатели результата (название: число; …)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Evaluation: main finding</source>
        <translation>Оценка: главный вывод</translation>
    </message>
    <message>
        <source>Adequacy to needs</source>
        <translation>Соответствие потребностям</translation>
    </message>
    <message>
        <source>Adequacy to needs: note</source>
        <translation>Соответствие потребностям: примечание</translation>
    </message>
    <message>
        <source>National ownership</source>
        <translation>Национальная ответственность</translation>
    </message>
    <message>
        <source>National ownership: note</source>
        <translation>Национальная ответственность: примечание</translation>
    </message>
    <message>
        <source>Infrastructure after donor funding</source>
        <translation>Инфраструктура после донорского финансирования</translation>
    </message>
    <message>
        <source>Infrastructure after donor funding: note</source>
        <translation>Инфраструктура после донорского финансирования: примечание</translation>
    </message>
    <message>
        <source>Headers in &amp;row:</source>
        <translation>Заголовки в &amp;строке:</translation>
    </message>
    <message>
        <source>Row with the column headers</source>
        <translation>Строка с заголовками столбцов</translation>
    </message>
    <message>
        <source>Choose the FocalPoint field each column fills (* = required; “Ignore” leaves a column out). Several values in one cell are separated by “;”. Every row is checked before anything is imported.</source>
        <translation>Выберите поле FocalPoint для каждого столбца (* — обязательно; «Пропустить» — столбец не используется). Несколько значений в одной ячейке разделяются «;». Каждая строка проверяется до того, как что-либо будет импортировано.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Соответствие столбцов</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>FocalPoint field</source>
        <translation>Поле FocalPoint</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Предпросмотр первых строк</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные ошибки</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>%1 rows below the headers in row %2.</source>
        <translation>Строк под заголовками (строка %2): %1.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 rows (row numbers as in the file)</source>
        <translation>Предпросмотр: первые %1 из %2 строк (номера строк как в файле)</translation>
    </message>
    <message>
        <source>The columns do not fit yet:</source>
        <translation>Столбцы пока не подходят:</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s); correct the file (or the columns) and import again. Nothing was imported.</source>
        <translation>Ошибок: %1, строк с ошибками: %2; исправьте файл (или столбцы) и импортируйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>not a date: {value} (write YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>не дата: {value} (пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>not an amount: {value}</source>
        <translation>не сумма: {value}</translation>
    </message>
    <message>
        <source>funding line {number}: more than 4 parts (write source | donor | amount | currency)</source>
        <translation>строка финансирования {number}: больше 4 частей (пишите источник | донор | сумма | валюта)</translation>
    </message>
    <message>
        <source>funding line {number}: no source (Unified Budget or Extrabudgetary)</source>
        <translation>строка финансирования {number}: нет источника (Сводный бюджет или внебюджетные средства)</translation>
    </message>
    <message>
        <source>funding line {number}: {problem}</source>
        <translation>строка финансирования {number}: {problem}</translation>
    </message>
    <message>
        <source>a funding line needs its source: map a 'Funding source' column (Unified Budget or Extrabudgetary) or name the donor (a donor's money is extrabudgetary)</source>
        <translation>у строки финансирования нет источника: сопоставьте столбец «Источник финансирования» (Сводный бюджет или внебюджетные средства) или укажите донора (средства донора — внебюджетные)</translation>
    </message>
    <message>
        <source>Row %1, column “%2” (%3): %4</source>
        <translation>Строка %1, столбец «%2» (%3): %4</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>Проверка строки %1 из %2…</translation>
    </message>
    <message>
        <source>%1 activities imported.</source>
        <translation>Импортировано мероприятий: %1.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Importing activities…</source>
        <extracomment>Asks for the recovery key of a store or backup; True once its key is in the keyring.</extracomment>
        <translation>Импорт мероприятий…</translation>
    </message>
    <message>
        <source>FocalPoint</source>
        <translation>FocalPoint</translation>
    </message>
    <message>
        <source>%1 activities imported from %2.</source>
        <translation>Импортировано мероприятий из %2: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1

The store was created without activities.</source>
        <translation>Ничего не импортировано: %1

Хранилище создано без мероприятий.</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Создание хранилища…</translation>
    </message>
    <message>
        <source>Opening and checking the store…</source>
        <translation>Открытие и проверка хранилища…</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Проверка и восстановление резервной копии…</translation>
    </message>
    <message>
        <source>The store is not encrypted</source>
        <translation>Хранилище не зашифровано</translation>
    </message>
    <message>
        <source>The store %1 was created by an older FocalPoint and is not encrypted: anyone who gets hold of this computer or the file can read the mission's activities, partners and plans.

Encrypt it now? A copy is kept until the encrypted store has been checked.</source>
        <translation>Хранилище %1 создано прежней версией FocalPoint и не зашифровано: любой, к кому попадёт этот компьютер или файл, сможет прочитать мероприятия, партнёров и планы миссии.

Зашифровать его сейчас? Копия сохраняется, пока зашифрованное хранилище не будет проверено.</translation>
    </message>
    <message>
        <source>&amp;Encrypt now</source>
        <translation>&amp;Зашифровать</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation>парольная фраза не введена</translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation>Шифрование хранилища…</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Не удалось восстановить резервную копию: %1</translation>
    </message>
    <message>
        <source>The store was restored from %1. The damaged file was kept as %2.</source>
        <translation>База данных восстановлена из %1. Повреждённый файл сохранён как %2.</translation>
    </message>
    <message>
        <source>The store could not be encrypted: %1. It was not changed.</source>
        <translation>Не удалось зашифровать хранилище: %1. Оно не изменено.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <source>FocalPoint cannot open the store</source>
        <translation>FocalPoint не может открыть базу данных</translation>
    </message>
    <message>
        <source>This store was written by a newer version of FocalPoint.</source>
        <translation>Эта база данных создана более новой версией FocalPoint.</translation>
    </message>
    <message>
        <source>Install the newer FocalPoint, or open another file. The file has not been changed.</source>
        <translation>Установите новую версию FocalPoint или откройте другой файл. Файл не изменён.</translation>
    </message>
    <message>
        <source>The key kept in this computer's keyring does not open this store.</source>
        <translation>Ключ из хранилища ключей этого компьютера не открывает это хранилище.</translation>
    </message>
    <message>
        <source>The file is damaged, or its key was replaced. You can restore a backup, or open another file. The file has not been changed.</source>
        <translation>Файл повреждён, или его ключ был заменён. Можно восстановить резервную копию или открыть другой файл. Файл не изменён.</translation>
    </message>
    <message>
        <source>The key of this store is not in this computer's keyring.</source>
        <translation>Ключа этого хранилища нет в хранилище ключей этого компьютера.</translation>
    </message>
    <message>
        <source>The store was made on another computer (or its key was removed from the keyring). Enter its recovery key, written down on that computer, to open it here; or open another file. The file has not been changed.</source>
        <translation>Хранилище создано на другом компьютере (или его ключ удалён из хранилища ключей). Введите его ключ восстановления, записанный на том компьютере, чтобы открыть его здесь, или откройте другой файл. Файл не изменён.</translation>
    </message>
    <message>
        <source>The key of this encrypted store is not available.</source>
        <translation>Ключ этого зашифрованного хранилища недоступен.</translation>
    </message>
    <message>
        <source>An encrypted store opens only where its key is kept. Unlock the system keyring and start again, or open another file. The file has not been changed.</source>
        <translation>Зашифрованное хранилище открывается только там, где хранится его ключ. Разблокируйте системное хранилище ключей и запустите программу снова или откройте другой файл. Файл не изменён.</translation>
    </message>
    <message>
        <source>This store is damaged.</source>
        <translation>Эта база данных повреждена.</translation>
    </message>
    <message>
        <source>You can restore the latest automatic backup (the damaged file is kept aside, not deleted), or open another file.</source>
        <translation>Можно восстановить последнюю автоматическую резервную копию (повреждённый файл будет сохранён отдельно, а не удалён) или открыть другой файл.</translation>
    </message>
    <message>
        <source>This file is not a FocalPoint store.</source>
        <translation>Этот файл не является базой данных FocalPoint.</translation>
    </message>
    <message>
        <source>Choose the right file. The file has not been changed.</source>
        <translation>Выберите нужный файл. Файл не изменён.</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>Check that the file exists and can be read, or open another.</source>
        <translation>Проверьте, что файл существует и доступен для чтения, или откройте другой.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Резервная копия для восстановления</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Резервная копия:</translation>
    </message>
    <message>
        <source>&amp;Restore from backup</source>
        <translation>&amp;Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>No automatic backup of this store exists.</source>
        <translation>Автоматических резервных копий этой базы данных нет.</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>Открыть &amp;другой файл…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Enter the recovery key…</source>
        <translation>&amp;Ввести ключ восстановления…</translation>
    </message>
    <message>
        <source>Open a FocalPoint store</source>
        <translation>Открыть базу данных FocalPoint</translation>
    </message>
    <message>
        <source>FocalPoint stores (*.db);;All files (*)</source>
        <translation>Базы данных FocalPoint (*.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>StoreWrites</name>
    <message>
        <source>Checking the store before saving…</source>
        <translation>Проверка хранилища перед сохранением…</translation>
    </message>
    <message>
        <source>Not saved: the store failed its integrity check (%1). Nothing was written to it; what you entered is still on screen.</source>
        <translation>Не сохранено: хранилище не прошло проверку целостности (%1). В него ничего не записано; введённое осталось на экране.</translation>
    </message>
    <message>
        <source>Not saved yet: the store is still being checked.</source>
        <translation>Пока не сохранено: хранилище ещё проверяется.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync not installed</source>
        <translation type="vanished">Синхронизация не установлена</translation>
    </message>
    <message>
        <source>Set the Secretariat server and mission code in Settings first.</source>
        <translation type="vanished">Сначала укажите сервер Секретариата и код миссии в настройках.</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Не настроено</translation>
    </message>
    <message>
        <source>Enter the access token in Settings first.</source>
        <translation type="vanished">Сначала введите токен доступа в настройках.</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Нет токена доступа</translation>
    </message>
    <message>
        <source>A sync is running.</source>
        <translation>Синхронизация уже идёт.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Not synced yet this session</source>
        <translation type="vanished">В этом сеансе ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Sending needs the Secretariat's server address, your mission code and an access token. Ask the OSCE Secretariat's anti-trafficking team in Vienna (the office that receives your reports) for them, then enter them in Settings (Sync settings…). Until then everything is kept safely on this computer.</source>
        <extracomment>Syncing waits for the user (server, mission or token missing), not for a running sync.</extracomment>
        <translation>Для отправки нужны адрес сервера Секретариата, код вашей миссии и токен доступа. Запросите их у группы по борьбе с торговлей людьми Секретариата ОБСЕ в Вене (куда вы направляете отчёты) и введите в Настройках (Настройки синхронизации…). До тех пор все данные надёжно хранятся на этом компьютере.</translation>
    </message>
    <message>
        <source>The access token is missing: enter the token the OSCE Secretariat gave your mission in Settings (Sync settings…). Lost it? Ask the Secretariat's anti-trafficking team for a new one.</source>
        <translation>Нет токена доступа: введите токен, выданный миссии Секретариатом ОБСЕ, в Настройках (Настройки синхронизации…). Потеряли его? Запросите новый у группы по борьбе с торговлей людьми Секретариата.</translation>
    </message>
    <message>
        <source>Ready — not synced yet in this session</source>
        <translation>Готово, синхронизации в этом сеансе ещё не было</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Токен отклонён</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Изменения отклонены</translation>
    </message>
    <message>
        <source>Stopped by the Secretariat</source>
        <translation>Остановлено Секретариатом</translation>
    </message>
    <message>
        <source>Update FocalPoint</source>
        <translation>Обновите FocalPoint</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Secretariat server:</source>
        <translation>Сервер Секретариата:</translation>
    </message>
    <message>
        <source>Mission:</source>
        <translation>Миссия:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Соединение:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Ожидают отправки:</translation>
    </message>
    <message>
        <source>Rejected by the Secretariat:</source>
        <translation>Отклонено Секретариатом:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Последняя успешная синхронизация:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Последняя проблема:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать с&amp;ейчас</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Настройки синхронизации…</translation>
    </message>
    <message>
        <source>Why syncing is not possible yet</source>
        <translation>Почему синхронизация пока невозможна</translation>
    </message>
    <message>
        <source>Changes the Secretariat rejected</source>
        <translation>Изменения, отклонённые Секретариатом</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Secretariat's message</source>
        <translation>Сообщение Секретариата</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Отклонённые изменения</translation>
    </message>
    <message>
        <source>&amp;Queue rejected changes again</source>
        <translation>Снова поставить отклонённые в &amp;очередь</translation>
    </message>
    <message>
        <source>After correcting the cause, send the rejected changes again at the next sync</source>
        <translation>После устранения причины отклонённые изменения будут отправлены снова при следующей синхронизации</translation>
    </message>
    <message>
        <source>Feedback from the Secretariat</source>
        <translation>Отзывы Секретариата</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>изменений: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Send waiting changes now (F5)</source>
        <translation>Отправить ожидающие изменения сейчас (F5)</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Мероприятие: %1</translation>
    </message>
    <message>
        <source>Deleted activity %1</source>
        <translation>Удалённое мероприятие %1</translation>
    </message>
    <message>
        <source>Questionnaire response %1</source>
        <translation>Ответ на вопросник %1</translation>
    </message>
    <message>
        <source>Mission profile</source>
        <translation>Профиль миссии</translation>
    </message>
    <message>
        <source>Nothing was rejected.</source>
        <translation>Ничего не отклонено.</translation>
    </message>
    <message>
        <source>No feedback from the Secretariat yet.</source>
        <translation>Отзывов Секретариата пока нет.</translation>
    </message>
    <message>
        <source>The sync log appears here once sync is installed.</source>
        <translation type="vanished">Журнал синхронизации появится здесь, когда будет установлен модуль синхронизации.</translation>
    </message>
    <message>
        <source>No sync yet.</source>
        <translation>Синхронизации ещё не было.</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Type and press Enter to add</source>
        <translation>Введите значение и нажмите Enter</translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>Find a task by code or words, e.g. III.12 or police</source>
        <translation type="vanished">Поиск задачи по коду или английским словам, например: III.12 или police</translation>
    </message>
    <message>
        <source>Find a task by code or words in English or Russian, e.g. III.12 or police</source>
        <translation>Поиск задачи по коду или словам (по-русски или по-английски), например: III.12 или полиция</translation>
    </message>
    <message>
        <source>Find an Action Plan task</source>
        <translation>Поиск задачи Плана действий</translation>
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation>Задачи Плана действий</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>No task selected yet.</source>
        <translation>Задачи ещё не выбраны.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>FocalPoint user guide</source>
        <extracomment>Screenshots are shown at most this wide (they are taken at 1366×768).</extracomment>
        <translation>Руководство пользователя FocalPoint</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide could not be opened (%1): %2</source>
        <translation>Не удалось открыть руководство пользователя (%1): %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>поле не должно быть пустым</translation>
    </message>
    <message>
        <source>must have at least {min_length} characters</source>
        <translation>слишком короткий текст (минимум символов: {min_length})</translation>
    </message>
    <message>
        <source>is longer than {max_length} characters</source>
        <translation>слишком длинный текст (максимум символов: {max_length})</translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation>нужна хотя бы одна запись</translation>
    </message>
    <message>
        <source>needs at least {min_length} entries</source>
        <translation>слишком мало записей (минимум: {min_length})</translation>
    </message>
    <message>
        <source>has more than {max_length} entries</source>
        <translation>слишком много записей (максимум: {max_length})</translation>
    </message>
    <message>
        <source>{value} is not one of: {expected}</source>
        <translation>{value} — недопустимое значение; допустимые: {expected}</translation>
    </message>
    <message>
        <source>must not be negative (got {value})</source>
        <translation>значение не может быть отрицательным (введено: {value})</translation>
    </message>
    <message>
        <source>must be greater than or equal to {limit}</source>
        <translation>значение должно быть не меньше {limit}</translation>
    </message>
    <message>
        <source>must be greater than {limit}</source>
        <translation>значение должно быть больше {limit}</translation>
    </message>
    <message>
        <source>must be less than or equal to {limit}</source>
        <translation>значение должно быть не больше {limit}</translation>
    </message>
    <message>
        <source>must be less than {limit}</source>
        <translation>значение должно быть меньше {limit}</translation>
    </message>
    <message>
        <source>{value} is not a valid date (use YYYY-MM-DD)</source>
        <translation>{value} — неверная дата (формат ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{value} does not have the expected form ({pattern})</source>
        <translation>{value} не соответствует ожидаемому формату ({pattern})</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} — не число</translation>
    </message>
    <message>
        <source>{value} has too many digits (at most 2 decimals)</source>
        <translation>{value} — слишком много цифр (не более 2 знаков после запятой)</translation>
    </message>
    <message>
        <source>must be a list, not {type}</source>
        <translation>ожидается список, а не {type}</translation>
    </message>
    <message>
        <source>must be an object, not {type}</source>
        <translation>ожидается объект, а не {type}</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>ожидается текст, а не {type}</translation>
    </message>
    <message>
        <source>unknown Action Plan task code {code}</source>
        <translation>неизвестный код задачи Плана действий: {code}</translation>
    </message>
    <message>
        <source>must be a UUID such as 3f2b8c1e-...</source>
        <translation>ожидается UUID, например 3f2b8c1e-...</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>дата {end} раньше даты начала {start}</translation>
    </message>
    <message>
        <source>{end} is before the period start {start}</source>
        <translation>дата {end} раньше начала периода {start}</translation>
    </message>
    <message>
        <source>more than one entry for the same task</source>
        <translation>несколько записей для одной и той же задачи</translation>
    </message>
    <message>
        <source>women, men and not recorded add up to {parts}, more than the total {total}</source>
        <translation>женщины, мужчины и неучтённые в сумме {parts} — больше общего числа {total}</translation>
    </message>
    <message>
        <source>is required when women, men or not recorded are given</source>
        <translation>обязательное поле, если указаны женщины, мужчины или неучтённые</translation>
    </message>
    <message>
        <source>{name} appears more than once</source>
        <translation>{name} указано более одного раза</translation>
    </message>
    <message>
        <source>is 'none' but a date or main finding is given (choose internal or external)</source>
        <translation>указано «нет», но дана дата или главный вывод (выберите внутреннюю или внешнюю)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Study tour</source>
        <translation>Ознакомительная поездка</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation>Информационная кампания</translation>
    </message>
    <message>
        <source>Legislative review</source>
        <translation>Анализ законодательства</translation>
    </message>
    <message>
        <source>Policy advice</source>
        <translation>Консультирование по политике</translation>
    </message>
    <message>
        <source>Trial monitoring</source>
        <translation>Мониторинг судебных процессов</translation>
    </message>
    <message>
        <source>NRM assessment</source>
        <translation>Оценка НМП</translation>
    </message>
    <message>
        <source>Support to NGO project</source>
        <translation>Поддержка проекта НПО</translation>
    </message>
    <message>
        <source>Hotline support</source>
        <translation>Поддержка горячей линии</translation>
    </message>
    <message>
        <source>Shelter support</source>
        <translation>Поддержка приюта</translation>
    </message>
    <message>
        <source>Co-ordination meeting</source>
        <translation>Координационное совещание</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>Сбор данных</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Разовое</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Регулярное</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Border guards</source>
        <translation>Пограничники</translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <translation>Прокуроры</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <source>Labour inspectors</source>
        <translation>Инспекторы труда</translation>
    </message>
    <message>
        <source>Consular staff</source>
        <translation>Сотрудники консульств</translation>
    </message>
    <message>
        <source>Government officials</source>
        <translation>Государственные служащие</translation>
    </message>
    <message>
        <source>Parliamentarians</source>
        <translation>Парламентарии</translation>
    </message>
    <message>
        <source>Social workers</source>
        <translation>Социальные работники</translation>
    </message>
    <message>
        <source>Health workers</source>
        <translation>Медицинские работники</translation>
    </message>
    <message>
        <source>NGOs</source>
        <translation>НПО</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <source>Students and youth</source>
        <translation>Студенты и молодёжь</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Victims of trafficking</source>
        <translation>Жертвы торговли людьми</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Мигранты</translation>
    </message>
    <message>
        <source>Roma and Sinti communities</source>
        <translation>Общины рома и синти</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <source>Military and peacekeepers</source>
        <translation>Военные и миротворцы</translation>
    </message>
    <message>
        <source>OSCE staff</source>
        <translation>Сотрудники ОБСЕ</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Широкая общественность</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Сексуальная эксплуатация</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Трудовая эксплуатация</translation>
    </message>
    <message>
        <source>Forced or bonded labour</source>
        <translation>Принудительный или кабальный труд</translation>
    </message>
    <message>
        <source>Domestic servitude</source>
        <translation>Домашнее подневольное состояние</translation>
    </message>
    <message>
        <source>Child trafficking</source>
        <translation>Торговля детьми</translation>
    </message>
    <message>
        <source>Internal trafficking</source>
        <translation>Внутренняя торговля людьми</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>Принудительное попрошайничество</translation>
    </message>
    <message>
        <source>Removal of organs</source>
        <translation>Изъятие органов</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Все формы</translation>
    </message>
    <message>
        <source>Unified Budget</source>
        <translation>Сводный бюджет</translation>
    </message>
    <message>
        <source>Extrabudgetary</source>
        <translation>Внебюджетные средства</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Оценка не проводилась</translation>
    </message>
    <message>
        <source>Internal evaluation</source>
        <translation>Внутренняя оценка</translation>
    </message>
    <message>
        <source>External evaluation</source>
        <translation>Внешняя оценка</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Постоянно</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove %1</source>
        <translation>Удалить «%1»</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open an existing store</source>
        <extracomment>(parent) -&gt; a chosen file, or None</extracomment>
        <translation type="vanished">Открыть существующую базу данных</translation>
    </message>
    <message>
        <source>FocalPoint stores (*.db);;All files (*)</source>
        <translation type="obsolete">Базы данных FocalPoint (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation type="obsolete">Импорт мероприятий</translation>
    </message>
    <message>
        <source>FocalPoint activities (*.json);;All files (*)</source>
        <translation type="obsolete">Мероприятия FocalPoint (*.json);;Все файлы (*)</translation>
    </message>
</context>
</TS>