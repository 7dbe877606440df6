"""The questionnaire for one reporting period: edit, autosave, export as PDF, submit.

Why autosave with a short delay: a laptop in a field office may lose power or be closed at
any moment. Every edit restarts a timer (``AUTOSAVE_MS``); when it fires the draft is
written through the repository (one transaction). Typing without any pause is still saved
at least every ``AUTOSAVE_MAX_MS``. Leaving the view, switching period or closing the window
saves at once. A submitted response is an immutable snapshot and is shown read-only.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from focalpoint import report
from focalpoint.domain import QuestionnaireResponse
from focalpoint.report import ExportCancelled, ReportError
from focalpoint.storage import ActivityFilter, ResponseLocked, Store
from focalpoint.ui.dialogs.pdf_options_dialog import ChooseOptions, choose_pdf_options
from focalpoint.ui.dialogs.questionnaire_dialogs import (
    AskDiscard,
    ChoosePath,
    ConfirmSubmit,
    NewPeriodDialog,
    OfferOpen,
    OpenFile,
    ask_discard_line,
    choose_pdf_path,
    confirm_submit,
    offer_open_pdf,
    open_with_system,
)
from focalpoint.ui.events import Events
from focalpoint.ui.labels import label
from focalpoint.ui.store_writes import ready_to_write
from focalpoint.ui.tasks import Cancelled, Job, TaskManager
from focalpoint.ui.validation_text import problem_text
from focalpoint.ui.views.questionnaire_parts import PartOneWidget, PartTwoWidget
from focalpoint.ui.widgets.response_history import ResponseHistoryPanel
from focalpoint.validation import InvalidRecord, Problem
from focalpoint.vocabularies import ResponseStatus

if TYPE_CHECKING:
    from focalpoint.report import ExportResult

translate = QCoreApplication.translate

AUTOSAVE_MS = 800
#: Longest an edit waits for its save while typing goes on without a pause.
AUTOSAVE_MAX_MS = 5000
_LINE_FIELD = re.compile(r"^(staff_posts|budget_lines)\[(\d+)\]")
PER_TASK_SHOWN = 100


class QuestionnaireView(QWidget):
    saved = Signal(str)
    #: A long job started (job, title): the window shows its progress.
    job_started = Signal(object, str)
    #: Ask the window to sync now (after a submission).
    sync_requested = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskManager,
        events: Events,
        parent: QWidget | None = None,
        *,
        confirm: ConfirmSubmit = confirm_submit,
        choose_path: ChoosePath = choose_pdf_path,
        offer_open: OfferOpen = offer_open_pdf,
        ask_discard: AskDiscard = ask_discard_line,
        open_file: OpenFile = open_with_system,
        choose_options: ChooseOptions = choose_pdf_options,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.events = events
        self.confirm_submit = confirm
        self.choose_pdf_path = choose_path
        self.choose_pdf_options = choose_options
        self.offer_open = offer_open
        self.ask_discard = ask_discard
        self.open_file = open_file
        self.response: QuestionnaireResponse | None = None
        self._dirty = False
        self._unsaved_reason = ""
        self._loading = False
        self._activity_job: Job | None = None
        self._disposed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._waiting_since = QElapsedTimer()
        self._build()
        events.activity_changed.connect(self._activity_changed)
        events.sync_finished.connect(self._sync_finished)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Reporting period"))
        self.period.setMinimumContentsLength(30)
        self.period.activated.connect(lambda _i: self._period_chosen())
        top.addWidget(QLabel(self.tr("Reporting period:")))
        top.addWidget(self.period)
        self.new_button = QPushButton(self.tr("New period…"), self)
        # A slot without parameters: clicked(bool) must never reach new_response(period).
        self.new_button.clicked.connect(self.ask_new_period)
        top.addWidget(self.new_button)
        top.addStretch(1)
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Save state"))
        top.addWidget(self.state)
        self.export_button = QPushButton(self.tr("Export PDF…"), self)
        self.export_button.clicked.connect(self.export_pdf)
        self.submit_button = QPushButton(self.tr("Submit to Secretariat…"), self)
        self.submit_button.clicked.connect(self.submit)
        top.addWidget(self.export_button)
        top.addWidget(self.submit_button)
        layout.addLayout(top)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.review = QLabel(self)
        self.review.setWordWrap(True)
        self.review.setAccessibleName(self.tr("The Secretariat's review"))
        self.review.setStyleSheet("background: #fff1cc; color: #6b4600; padding: 6px;")
        self.review.hide()
        layout.addWidget(self.review)

        self.pages = QStackedWidget(self)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_label = QLabel(
            self.tr(
                "<h3>No questionnaire yet</h3><p>Start the questionnaire for a reporting period. "
                "Your answers are saved as you type.</p>"
            )
        )
        empty_label.setWordWrap(True)
        start = QPushButton(self.tr("Start a questionnaire…"))
        start.clicked.connect(self.ask_new_period)
        empty_layout.addWidget(empty_label)
        empty_layout.addWidget(start)
        empty_layout.addStretch(1)
        self.pages.addWidget(empty)
        self.tabs = QTabWidget()
        self.part_one = PartOneWidget()
        self.part_two = PartTwoWidget(self.store.catalogue)
        self.tabs.addTab(self.part_one, self.tr("Part 1: Goals, priorities and resources"))
        self.tabs.addTab(self.part_two, self.tr("Part 2: Action Plan tasks"))
        self.history = ResponseHistoryPanel(self.store, None)
        self.history.restored.connect(self._restored)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(lambda _index: self._history_shown())
        self.pages.addWidget(self.tabs)
        layout.addWidget(self.pages, 1)
        self.part_one.changed.connect(self._edited)
        self.part_two.changed.connect(self._edited)

    # --- loading ------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        """Re-read the list of responses and show ``select_id`` (or the latest)."""
        self.save_now()
        responses = self.store.responses.list()
        self.period.clear()
        for response in responses:
            status = label(response.status)
            self.period.addItem(
                f"{response.period_start.isoformat()} – "
                f"{response.period_end.isoformat()} ({status})",
                response.id,
            )
        wanted = select_id or (self.response.id if self.response else None)
        index = self.period.findData(wanted) if wanted else -1
        if index < 0 and responses:
            latest = self.store.responses.latest()
            index = self.period.findData(latest.id) if latest else 0
        self.period.setCurrentIndex(index)
        self._show(self.store.responses.get(self.period.itemData(index)) if index >= 0 else None)

    def _period_chosen(self) -> None:
        response_id = self.period.currentData()
        if self.response is not None and response_id == self.response.id:
            return
        if not self._may_leave():
            self.period.setCurrentIndex(self.period.findData(self.response.id)
                                        if self.response is not None else -1)
            return
        self._show(self.store.responses.get(response_id) if response_id else None)

    def _may_leave(self) -> bool:
        """Save before showing another period; a line that cannot be saved is lost only
        after the user agreed."""
        if self.save_now(wait=True):
            return True
        problem = self.unsaved_problem()
        return not problem or self.ask_discard(self, problem)

    def _show(self, response: QuestionnaireResponse | None) -> None:
        self.response = response
        self._dirty = False
        self.problem.hide()
        self.pages.setCurrentIndex(0 if response is None else 1)
        self._update_actions()
        if response is None:
            self.state.setText("")
            return
        self._loading = True
        try:
            self.part_two.set_mission(self.store.mission.get())
            self.part_one.load(response)
            self.part_two.load(response)
        finally:
            self._loading = False
        submitted = response.status == ResponseStatus.SUBMITTED
        self.part_one.set_read_only(submitted)
        self.part_two.set_read_only(submitted)
        if submitted and response.submitted_at:
            self.state.setText(
                self.tr("Submitted %1 — read-only").replace(
                    "%1", response.submitted_at.strftime("%Y-%m-%d %H:%M")
                )
            )
        else:
            self.state.setText(self.tr("Draft — changes are saved automatically"))
        self._show_review(response)
        self.history.show_entity(response.id)
        self._load_activities()

    def _history_shown(self) -> None:
        """The History tab lists what is saved: save what was typed first."""
        if self.tabs.currentWidget() is self.history and self.response is not None:
            self.save_now()
            self.history.show_entity(self.response.id)

    def _restored(self, response: object) -> None:
        """A version restored in the History tab is already saved: show it."""
        assert isinstance(response, QuestionnaireResponse)
        self._show(response)
        self.state.setText(self.tr("Restored an earlier version at %1").replace(
            "%1", QTime.currentTime().toString("HH:mm:ss")))
        self._announce_saved()

    def _show_review(self, response: QuestionnaireResponse) -> None:
        """The Secretariat's decision on this response, or on the one this draft revises,
        with its comments beside the tasks."""
        reviewed = response.revises if response.status == ResponseStatus.DRAFT else response.id
        decisions = self.store.reviews.of(reviewed) if reviewed else []
        latest = decisions[-1] if decisions else None
        comments = {code: [text] for code, text in latest.task_comments.items()} \
            if latest else {}
        self.part_two.set_review(comments)
        if latest is None:
            self.review.hide()
            return
        if latest.returned:
            head = self.tr("Returned for revision by the Secretariat (%1)").replace(
                "%1", latest.author or self.tr("Vienna"))
            if response.status == ResponseStatus.DRAFT:
                head += self.tr(" — this draft is the revision; submit it when done")
        else:
            head = self.tr("Accepted by the Secretariat (%1)").replace(
                "%1", latest.author or self.tr("Vienna"))
        extra = self.tr("%1 comment(s) on tasks in Part 2 (in bold).").replace(
            "%1", str(len(comments))) if comments else ""
        self.review.setText("\n".join(part for part in (head, latest.comment, extra) if part))
        self.review.show()

    def _sync_finished(self, _result: object) -> None:
        """Show what the sync brought: a returned response opens as its new draft."""
        if self._disposed:
            return
        current = self.response
        revision = (self.store.responses.revision_of(current.id)
                    if current is not None and current.status == ResponseStatus.SUBMITTED
                    else None)
        self.reload(select_id=revision.id if revision else None)

    def _update_actions(self) -> None:
        draft = self.response is not None and self.response.status == ResponseStatus.DRAFT
        self.submit_button.setEnabled(draft)
        self.submit_button.setToolTip(
            self.tr("Freeze this answer and queue it for the Secretariat")
            if draft
            else self.tr("Only a draft can be submitted")
        )
        self.export_button.setEnabled(self.response is not None)
        self.export_button.setToolTip(self.tr("Export this questionnaire as a PDF file"))

    def _activity_changed(self, _activity_id: str) -> None:
        self._load_activities()

    def dispose(self) -> None:
        """The view is being replaced: stop its background work, drop late results."""
        self._disposed = True
        if self._activity_job is not None:
            self._activity_job.cancel()

    def _load_activities(self) -> None:
        """The period's activities per task, read in a worker (the store may be large)."""
        response = self.response
        if response is None:
            return
        store = self.store
        flt = ActivityFilter(
            period_start=response.period_start.isoformat(),
            period_end=response.period_end.isoformat(),
        )

        def work(job: Job) -> tuple[dict[str, list[tuple[str, str, str]]], dict[str, int]]:
            reader = store.reopen() if store.path is not None else store
            try:
                ids = reader.activities.ids(flt, "start_date", True)
                per_task: dict[str, list[tuple[str, str, str]]] = {}
                counts: dict[str, int] = {}
                for start in range(0, len(ids), 900):
                    job.check()
                    chunk = ids[start : start + 900]
                    summaries = reader.activities.summaries(chunk)
                    for activity_id in chunk:
                        summary = summaries.get(activity_id)
                        if summary is None:
                            continue
                        for code in summary.task_codes:
                            counts[code] = counts.get(code, 0) + 1
                            rows = per_task.setdefault(code, [])
                            if len(rows) < PER_TASK_SHOWN:
                                rows.append((activity_id, summary.start_date or "", summary.title))
                return per_task, counts
            finally:
                if reader is not store:
                    reader.close()

        if self._activity_job is not None:
            self._activity_job.cancel()
        response_id = response.id

        def done(result: tuple[dict[str, list[tuple[str, str, str]]], dict[str, int]]) -> None:
            self._activity_job = None
            if self._disposed:
                return
            if self.response is not None and self.response.id == response_id:
                self.part_two.set_activities(*result)

        self._activity_job = self.tasks.run(
            work, on_done=done, on_error=self._activities_failed, name="questionnaire activities"
        )

    def _activities_failed(self, error: BaseException, _details: str) -> None:
        self._activity_job = None
        if not isinstance(error, Cancelled) and not self._disposed:
            raise error

    # --- editing and autosave -------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self.response is None:
            return
        if self.response.status != ResponseStatus.DRAFT:
            return
        self._dirty = True
        self.state.setText(self.tr("Editing…"))
        if not self._timer.isActive():
            self._waiting_since.start()
        elif self._waiting_since.elapsed() >= AUTOSAVE_MAX_MS:
            self.save_now()  # typing without a pause: still saved every few seconds
            return
        self._timer.start()

    def data(self) -> dict[str, Any] | None:
        if self.response is None:
            return None
        data = self.response.model_dump(mode="json")
        data.update(self.part_one.values())
        data["task_entries"] = self.part_two.entries()
        return data

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_now(self, *, wait: bool = False) -> bool:
        """Write the draft if it changed; returns False when it cannot be saved yet.

        While the store's integrity check still runs, the autosave (``wait`` False) keeps
        the draft and tries again later; a save the person asked for (leaving the period,
        submitting, closing, Ctrl+S) waits for the check behind a busy dialog. When the
        check failed nothing is written and the reason shows above the draft, which stays.

        A staff post or budget line that is not valid yet (an amount that is not a
        number) must not hold back everything else typed meanwhile: the draft is then
        saved without those lines, which stay on screen, explained, until they are fixed.
        """
        self._timer.stop()
        if not self._dirty or self.response is None:
            return True
        reason = ready_to_write(self.store, wait=wait)
        if reason:
            if self.store.integrity.pending:  # still being checked: the autosave retries
                self.state.setText(reason)
                self._timer.start()
            else:  # the store failed its check: nothing may be written to it
                self._unsaved_reason = reason
                self.problem.setText(reason)
                self.problem.show()
                self.state.setText(self.tr("Not saved — see the problem above"))
            return False
        data = self.data() or {}
        try:
            self.response = self.store.responses.save_draft(data)
        except InvalidRecord as invalid:
            reasons = "; ".join(self._describe(p) for p in invalid.problems)
            self._unsaved_reason = reasons
            self.problem.setText(self.tr("Not saved yet: %1").replace("%1", reasons))
            self.problem.show()
            if self._save_without_bad_lines(data, invalid.problems):
                self.state.setText(self.tr("Saved at %1, except the lines explained above")
                                   .replace("%1", QTime.currentTime().toString("HH:mm:ss")))
            else:
                self.state.setText(self.tr("Not saved — see the problem above"))
            return False
        except ResponseLocked as locked:
            self.problem.setText(str(locked))
            self.problem.show()
            self._dirty = False
            return False
        self._dirty = False
        self.problem.hide()
        self.state.setText(
            self.tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm:ss"))
        )
        self._announce_saved()
        return True

    def unsaved_problem(self) -> str:
        """Why part of the draft is not saved ('' when everything is)."""
        return self._unsaved_reason if self._dirty and not self.problem.isHidden() else ""

    def _save_without_bad_lines(self, data: dict[str, Any], problems: list[Problem]) -> bool:
        """Save the draft minus the invalid staff posts / budget lines; False if the
        problems are elsewhere (then nothing can be saved)."""
        bad: dict[str, set[int]] = {"staff_posts": set(), "budget_lines": set()}
        for problem in problems:
            match = _LINE_FIELD.match(problem.field)
            if match is None:
                return False
            bad[match.group(1)].add(int(match.group(2)))
        rest = dict(data)
        for key, rows in bad.items():
            rest[key] = [line for i, line in enumerate(data.get(key, [])) if i not in rows]
        try:
            self.response = self.store.responses.save_draft(rest)
        except (InvalidRecord, ResponseLocked):
            return False
        self._announce_saved()
        return True  # still dirty: the bad lines are saved once they are fixed

    def _announce_saved(self) -> None:
        assert self.response is not None
        self.saved.emit(self.response.id)
        self.events.response_changed.emit(self.response.id)
        self.events.outbox_changed.emit()

    def _describe(self, problem: Problem) -> str:
        field, message = problem.field, problem_text(problem)
        names = {"staff_posts": self.tr("Staff post"), "budget_lines": self.tr("Budget line")}
        tables = {"staff_posts": self.part_one.staff_posts,
                  "budget_lines": self.part_one.budget_lines}
        for key, name in names.items():
            if field.startswith(key + "["):
                number = int(field[len(key) + 1 : field.index("]")]) + 1
                column = field.split(".", 1)[1] if "." in field else ""
                headers = {c.key: c.header for c in tables[key].columns}
                column = headers.get(column, column).lower()
                return f"{name} {number}" + (f", {column}" if column else "") + f": {message}"
        return f"{field}: {message}" if field else message

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # --- actions -------------------------------------------------------------------------

    def ask_new_period(self) -> str | None:
        """Ask for the reporting period, then start its questionnaire (the buttons' slot)."""
        dialog = NewPeriodDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.new_response(dialog.period())

    def new_response(self, period: tuple[date, date]) -> str | None:
        """Start the questionnaire of ``period``; its id, or None when it was not started."""
        if not self._may_leave():
            return None
        reason = ready_to_write(self.store)
        if reason:
            QMessageBox.warning(self, self.tr("New questionnaire"), reason)
            return None
        mission = self.store.mission.get()
        try:
            response = self.store.responses.save_draft(
                {
                    "period_start": period[0].isoformat(),
                    "period_end": period[1].isoformat(),
                    "respondent_name": mission.focal_point_name if mission else "",
                    "respondent_post": mission.focal_point_post if mission else "",
                }
            )
        except InvalidRecord as invalid:
            QMessageBox.warning(
                self, self.tr("New questionnaire"),
                "\n".join(problem_text(p) for p in invalid.problems),
            )
            return None
        self.events.outbox_changed.emit()
        self.reload(response.id)
        return response.id

    def submit(self) -> bool:
        if self.response is None or self.response.status != ResponseStatus.DRAFT:
            return False
        if not self.save_now(wait=True):
            return False
        if not self.confirm_submit(self, self.response, self._unanswered_lines()):
            return False
        submitted = self.store.responses.submit(self.response.id)
        self.events.response_changed.emit(submitted.id)
        self.events.outbox_changed.emit()
        self.reload(submitted.id)
        self.sync_requested.emit()
        return True

    def _unanswered_lines(self) -> list[str]:
        """The applicable tasks still without an answer, as "code — section" lines."""
        catalogue = self.store.catalogue
        return [f"{code} — {catalogue.section_of(code).title}"
                for code in self.part_two.unanswered()]

    def _offer_to_open(self, path: Path, pages: int) -> None:
        if self._disposed or not path.is_file():
            return
        if self.offer_open(self, path, pages) and not self.open_file(path):
            QMessageBox.warning(self, self.tr("Export PDF"), self.tr(
                "No program to open PDF files was found. The file is at %1").replace(
                    "%1", str(path)))

    def export_pdf(self) -> Job | None:
        if self.response is None:
            return None
        self.save_now()
        options = self.choose_pdf_options(self)
        if options is None:
            return None
        mission = self.store.mission.get()
        suggested = (
            f"questionnaire-{mission.code if mission else 'mission'}-"
            f"{self.response.period_start.isoformat()}.pdf"
        )
        out_path = self.choose_pdf_path(self, suggested)
        if out_path is None:
            return None
        store, response_id = self.store, self.response.id

        def work(job: Job) -> ExportResult:
            reader = store.reopen()
            try:
                response = reader.responses.get(response_id)
                # Resolved here, in the worker: it loads the exporter and reportlab.
                return report.export_questionnaire_pdf(
                    reader, response, out_path, progress=job.progress, cancelled=job.cancelled,
                    page_size=options.page_size,
                    include_not_applicable=options.include_not_applicable,
                    with_self_assessment=options.with_self_assessment,
                )
            finally:
                reader.close()

        def done(result: ExportResult) -> None:
            pages = result.page_count
            written = result.path
            self.state.setText(
                self.tr("PDF written: %1 (%2 pages)")
                .replace("%1", str(written))
                .replace("%2", str(pages))
            )
            # Asked once the job has finished (and the status bar's progress is gone).
            QTimer.singleShot(0, self, lambda: self._offer_to_open(written, pages))

        def failed(error: BaseException, _details: str) -> None:
            if isinstance(error, ExportCancelled | Cancelled):
                self.state.setText(self.tr("PDF export cancelled; no file was written."))
            elif isinstance(error, ReportError):
                QMessageBox.warning(self, self.tr("Export PDF"), str(error))
            else:
                raise error

        job = self.tasks.run(work, on_done=done, on_error=failed, name="PDF export")
        self.job_started.emit(job, self.tr("Exporting PDF…"))
        return job
