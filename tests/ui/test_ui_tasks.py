"""The background task helper: work off the GUI thread, callbacks on it, progress, cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from focalpoint.ui.tasks import Cancelled, Job, TaskManager


def test_runs_in_a_worker_and_calls_back_on_the_gui_thread(qtbot):
    tasks = TaskManager()
    gui = QThread.currentThread()
    seen: dict[str, object] = {}
    progress: list[tuple[int, int, str]] = []

    def work(job: Job) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        for step in range(3):
            job.progress(step + 1, 3, f"step {step + 1}")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_on_gui"] = QThread.currentThread() is gui

    with qtbot.waitSignal(tasks.busy_changed, check_params_cb=lambda busy: not busy):
        tasks.run(work, on_done=done, on_progress=lambda *a: progress.append(a))
    assert seen == {"worker": False, "result": 42, "callback_on_gui": True}
    assert progress == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_cancel_and_errors_reach_the_error_callback(qtbot):
    tasks = TaskManager()
    started = threading.Event()
    errors: list[BaseException] = []

    def work(job: Job) -> None:
        started.set()
        while not job.cancelled():
            QThread.msleep(1)
        job.check()

    job = tasks.run(work, on_error=lambda e, _d: errors.append(e))
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: job.done)
    assert isinstance(errors[0], Cancelled)

    def broken(_job: Job) -> None:
        raise ValueError("nope")

    failed = tasks.run(broken, on_error=lambda e, details: errors.append(e), write=True)
    qtbot.waitUntil(lambda: failed.done)
    assert isinstance(errors[1], ValueError)
    assert tasks.wait(1000)
