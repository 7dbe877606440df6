"""The Analysis view: the numbers behind each chart equal ``focalpoint analysis --json``,
and every bar and counting cell opens exactly the activities it counted."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateTimeEdit, QTableWidget

from focalpoint.analysis import Period
from focalpoint.analysis.charts import TEXTS
from focalpoint.cli import main
from focalpoint.storage import Store
from focalpoint.ui.analysis_texts import EXTRACTED
from focalpoint.ui.main_window import VIEWS, MainWindow
from focalpoint.ui.views.analysis_view import AnalysisView, FigurePanel
from focalpoint.ui.widgets.period_selector import PeriodSelector


def cli_json(store: Store, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--db", str(store.path), "analysis", "--json", *args]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def open_analysis(qtbot, window: MainWindow) -> AnalysisView:
    view = window.analysis
    with qtbot.waitSignal(view.computed, timeout=60_000):
        window.view_actions[VIEWS.index("analysis")].trigger()
    assert window.current_view() == "analysis"
    return view


def chart_values(panel: FigurePanel) -> list[tuple[float, ...]]:
    return [bar.values for bar in panel.chart.data().bars]


def shown_ids(qtbot, window: MainWindow) -> set[str]:
    model = window.activities.model
    qtbot.waitUntil(lambda: not model.is_loading())
    return {model.activity_id(row) for row in range(model.rowCount())}


def test_every_figure_text_is_marked_for_translation() -> None:
    assert tuple(EXTRACTED) == TEXTS


def test_chart_numbers_equal_the_cli(qtbot, window: MainWindow, demo_store: Store,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    view = open_analysis(qtbot, window)
    data = cli_json(demo_store, capsys)
    tasks, forms, audiences, results, funding, partners = view.panels
    assert chart_values(tasks) == [(float(len(s["covered"])), float(len(s["gaps"])))
                                   for s in data["tasks"]["by_section"]]
    awareness = {f["key"]: f["count"] for f in data["forms"]["awareness_raising"]["by_form"]}
    assert chart_values(forms) == [(float(f["count"]), float(awareness[f["key"]]))
                                   for f in data["forms"]["overall"]["by_form"]]
    assert chart_values(audiences) == [(float(a["count"]),)
                                       for a in data["audiences"]["by_audience"] if a["count"]]
    res = data["results"]
    expected = [(float(t["count"]),) for t in res["recurrence"] + res["evaluation"]]
    expected += [(float(next(r["count"] for r in res["sustainability"][f] if r["key"] == "yes")),)
                 for f in ("adequacy", "national_ownership", "infrastructure")]
    assert chart_values(results) == expected
    assert chart_values(funding) == [(float(s["unified_budget"]), float(s["extrabudgetary"]))
                                     for s in data["funding"]["shares"]]
    assert chart_values(partners) == [(float(k["count"]),) for k in data["partners"]["by_kind"]]
    assert view.status.text() == f"{data['activities']['count']} activities in this period"


def test_a_bar_opens_exactly_its_activities(qtbot, window: MainWindow, demo_store: Store,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    view = open_analysis(qtbot, window)
    data = cli_json(demo_store, capsys)
    view.tabs.setCurrentIndex(1)
    chart = view.panels[1].chart
    qtbot.waitExposed(chart)
    keys = [f["key"] for f in data["forms"]["overall"]["by_form"]]
    row = keys.index("sexual_exploitation")
    rect = chart.bar_rect(row, 1)  # awareness-raising
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 1, rect.center().y()))
    assert window.current_view() == "activities"
    expected = next(f["ids"] for f in data["forms"]["awareness_raising"]["by_form"]
                    if f["key"] == "sexual_exploitation")
    assert expected and shown_ids(qtbot, window) == set(expected)
    banner = window.activities.ids_banner
    assert banner.isVisible() and f"the {len(expected)} activities" in banner.label.text()
    qtbot.mouseClick(banner.clear_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    qtbot.waitUntil(lambda: window.activities.model.rowCount() == demo_store.activities.total())


def test_a_table_cell_opens_exactly_its_activities(qtbot, window: MainWindow, demo_store: Store,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    view = open_analysis(qtbot, window)
    data = cli_json(demo_store, capsys)
    view.tabs.setCurrentIndex(5)  # partners: section x kind
    table: QTableWidget = view.panels[5].tables[0]
    qtbot.waitExposed(table)
    sections = data["partners"]["by_section"]
    kinds = [k["key"] for k in sections[0]["by_kind"]]
    column = 1 + kinds.index("ngo")
    row = next(i for i, s in enumerate(sections) if s["by_kind"][column - 1]["count"])
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view() == "activities"
    assert shown_ids(qtbot, window) == set(sections[row]["by_kind"][column - 1]["ids"])


def test_period_selector_recomputes(qtbot, window: MainWindow, demo_store: Store,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    view = open_analysis(qtbot, window)
    assert isinstance(view.period, PeriodSelector)  # the one widget, as the Action Plan's
    assert view.period.combo.findText("2005") > 0
    view.period.combo.setFocus()
    with qtbot.waitSignal(view.computed, timeout=60_000):
        qtbot.keyClicks(view.period.combo, "2005")
    assert view.period.combo.currentText() == "2005"
    data = cli_json(demo_store, capsys, "--period", "2005-01-01:2005-12-31")
    assert view.result is not None
    assert view.result.to_json() == data
    assert view.status.text() == f"{data['activities']['count']} activities in this period"
    # "Custom period…" starts from the year shown, and recomputes when a date changes.
    with qtbot.waitSignal(view.computed, timeout=60_000):
        qtbot.keyClick(view.period.combo, Qt.Key.Key_End)  # the last choice: custom
    assert view.period.combo.currentText() == "Custom period…"
    assert view.period.start.isVisible() and view.period.end.isVisible()
    assert view.current_period() == Period(date(2005, 1, 1), date(2005, 12, 31))
    view.period.end.setFocus()
    view.period.end.setCurrentSection(QDateTimeEdit.Section.YearSection)
    with qtbot.waitSignal(view.computed, timeout=60_000):
        qtbot.keyClick(view.period.end, Qt.Key.Key_Up)
    assert view.current_period() == Period(date(2005, 1, 1), date(2006, 12, 31))
    assert view.result is not None and view.result.period == view.current_period()
    view.period.start.setFocus()
    view.period.start.setCurrentSection(QDateTimeEdit.Section.YearSection)
    for _ in range(2):
        qtbot.keyClick(view.period.start, Qt.Key.Key_Up)  # 2007: after the end
    assert view.status.text() == "The period ends before it starts."


def test_a_saved_activity_updates_the_figures(qtbot, window: MainWindow, demo_store: Store):
    view = open_analysis(qtbot, window)
    before = view.result.activities.count if view.result else 0
    with qtbot.waitSignal(view.computed, timeout=60_000):
        saved = demo_store.activities.save({"title": "New", "activity_type": "training",
                                            "task_codes": ["III.12.1"]})
        window.events.activity_changed.emit(saved.id)
    assert view.result is not None and view.result.activities.count == before + 1


def test_fits_a_1280x720_screen(qtbot, window: MainWindow) -> None:
    view = open_analysis(qtbot, window)
    window.resize(1280, 720)
    hint = view.minimumSizeHint()
    assert hint.width() <= 1280 - 180 and hint.height() <= 720 - 120


def test_pdf_export_with_the_self_assessment_option(qtbot, window: MainWindow, tmp_path,
                                                    answer_modal):
    """The annex is chosen in the PDF options dialog, by a click, and remembered."""
    from pypdf import PdfReader

    from focalpoint.ui.dialogs.pdf_options_dialog import PdfOptionsDialog

    def tick(dialog) -> None:
        assert isinstance(dialog, PdfOptionsDialog)
        assert not dialog.self_assessment.isChecked()  # off until chosen
        qtbot.mouseClick(dialog.self_assessment, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    view = window.questionnaire
    window.show_view(VIEWS.index("questionnaire"))
    out = tmp_path / "q.pdf"
    view.choose_pdf_path = lambda _p, _s: out
    view.offer_open = lambda _p, _path, _pages: False
    answered = answer_modal(tick)
    with qtbot.waitSignal(view.job_started) as started:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert answered
    job = started.args[0]
    qtbot.waitUntil(lambda: job.done, timeout=120_000)
    titles = [str(item.title) for item in PdfReader(str(out)).outline
              if not isinstance(item, list)]
    assert "Self-assessment" in titles
    assert window.settings.value("pdf/self_assessment") == "true"
    remembered: list[bool] = []
    answer_modal(lambda dialog: remembered.append(dialog.self_assessment.isChecked())
                 or dialog.reject())
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert remembered == [True]
