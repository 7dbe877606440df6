"""The Analysis page over HTTP: login required, the period and mission filters, a bad
filter answered with a 400 page, the tables' CSV and XLSX holding the page's numbers and
those of ``focalpoint-secretariat analysis --json``, the consolidated figures equal to the
missions' own combined, and the report draft as .docx and .pdf."""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook
from sync_helpers import Service, run_sync, store_args
from test_secretariat_analysis import cli_json, mission_store
from web_helpers import ANALYST, Workspace

from focalpoint.secretariat.cli import main as secretariat_main

PERIOD = ("2005-01-01", "2005-12-31")
YEAR = f"start={PERIOD[0]}&end={PERIOD[1]}"
CODES = ("ALPHA", "BRAVO", "CHARLIE")


class _Tables(HTMLParser):
    """Each ``<table id=...>`` of a page as rows of cell texts (th and td)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._table = dict(attrs).get("id") or ""
            self.tables[self._table] = []
        elif tag == "tr" and self._table is not None:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._table is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def page_tables(html: str) -> dict[str, list[list[str]]]:
    parser = _Tables()
    parser.feed(html)
    return parser.tables


def xlsx_rows(data: bytes) -> list[list[Any]]:
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def cell(value: Any) -> Any:
    """A downloaded value for comparison: numbers as Decimals (the workbook has 1500 where
    the page and the CSV print 1500.00), text as it is."""
    if isinstance(value, int | float):
        return Decimal(str(value)).normalize()
    if value is None:
        return ""
    try:
        return Decimal(value).normalize() if value[:1].isdigit() else value
    except ArithmeticError:
        return value


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.fixture
def three(workspace: Workspace, service: Service, tmp_path: Path,
          capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
          ) -> dict[str, Any]:
    """Three synced missions; returns the CLI's --json for the year and per mission."""
    specs = [("ALPHA", slice(0, 25), "EUR"), ("BRAVO", slice(20, 45), "USD"),
             ("CHARLIE", slice(40, 59), "EUR")]
    for code, share, currency in specs:
        token = workspace.store.add_mission(code, f"Mission {code}").token
        with mission_store(tmp_path / f"{code}.db", code, share, currency) as store:
            assert run_sync(store, service.url, token, code).kind == "ok"
    db = store_args(workspace.store, monkeypatch)
    period = ["--period", f"{PERIOD[0]}:{PERIOD[1]}"]
    return {"all": cli_json(secretariat_main, capsys, "analysis", *db, *period, "--json"),
            "ALPHA": cli_json(secretariat_main, capsys, "analysis", *db, *period, "--mission",
                              "ALPHA", "--json"),
            "dates": cli_json(secretariat_main, capsys, "analysis", *db, "--json")}


def test_every_analysis_url_needs_a_login(workspace: Workspace) -> None:
    workspace.store.add_mission("ALPHA", "Mission ALPHA")
    anonymous = workspace.new_client()
    for url in ("/analysis", f"/analysis?{YEAR}", "/analysis.json",
                "/analysis/tables/coverage-matrix.csv", "/analysis/tables/forms-1.xlsx",
                f"/analysis/report.docx?{YEAR}", f"/analysis/report.pdf?{YEAR}"):
        answer = anonymous.get(url, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", url
        assert "ALPHA" not in answer.text
    client = workspace.login(ANALYST)
    page = client.get("/")
    assert '<a href="/analysis"' in page.text  # in the workspace's navigation
    assert client.get("/analysis").status_code == 200


def test_bad_filters_answer_400_with_a_message(workspace: Workspace) -> None:
    workspace.store.add_mission("ALPHA", "Mission ALPHA")
    client = workspace.login(ANALYST)
    cases = {
        "start=2005-01-01": "give both the start and the end",
        "end=2005-01-01": "give both the start and the end",
        "start=2005-13-01&end=2005-12-31": "the start '2005-13-01' is not a date",
        "start=2005-01-01&end=31.12.2005": "the end '31.12.2005' is not a date",
        "start=2006-01-01&end=2005-01-01": "is before the start",
        "mission=NOPE": "no mission NOPE",
        "mission=ALPHA&mission=nope2": "no mission NOPE2",
    }
    for query, message in cases.items():
        for url in (f"/analysis?{query}", f"/analysis/tables/missions.csv?{query}",
                    f"/analysis/report.pdf?{query}"):
            answer = client.get(url)
            assert answer.status_code == 400, url
            assert message in html.unescape(answer.text), url
            assert "Traceback" not in answer.text, url
            assert answer.headers["content-type"].startswith("text/html")
        if "mission=" not in query:
            page = client.get(f"/analysis?{query}").text  # the form keeps what was typed
            assert all(f'value="{v}"' in page for v in
                       (p.split("=")[1] for p in query.split("&")))
        twin = client.get(f"/analysis.json?{query}")
        assert twin.status_code == 400 and message in twin.json()["detail"]
    for url in ("/analysis/report.docx", "/analysis/report.pdf?mission=ALPHA"):
        answer = client.get(url)
        assert answer.status_code == 400 and "choose a period" in answer.text
    assert client.get("/analysis/report.odt?" + YEAR).status_code == 404
    assert client.get("/analysis/tables/missions.ods").status_code == 404
    assert client.get("/analysis/tables/nothing.csv").status_code == 404


def test_page_json_csv_and_xlsx_hold_the_clis_numbers(workspace: Workspace,
                                                      three: dict[str, Any]) -> None:
    client = workspace.login(ANALYST)
    assert client.get(f"/analysis.json?{YEAR}").json() == three["all"]
    assert client.get("/analysis.json").json() == three["dates"]
    page = client.get(f"/analysis?{YEAR}")
    assert page.status_code == 200
    tables = page_tables(page.text)
    matrix = tables["table-coverage-matrix"]
    assert matrix[0] == ["Task", *CODES, "Missions", "Activities"]
    by_task = {m["code"]: {t["key"]: t["count"] for t in m["analysis"]["tasks"]["by_task"]}
               for m in three["all"]["missions"]}
    consolidated = {t["key"]: t["count"] for t in three["all"]["all"]["tasks"]["by_task"]}
    assert [row[0].split()[0] for row in matrix[1:]] == list(consolidated)
    for row in matrix[1:]:
        code = row[0].split()[0]
        for mission, text in zip(CODES, row[1:4], strict=True):
            assert text == str(by_task[mission].get(code, "n/a")), (code, mission)
        assert row[5] == str(consolidated[code])
        reporting = sum(1 for m in CODES if by_task[m].get(code))
        assert row[4] == f"{reporting} of 3"
        assert ("gap" in row[0]) == (reporting == 0)
        assert (code in three["all"]["tasks_no_mission_reports_on"]) == (reporting == 0)
    workbook = xlsx_rows(client.get(f"/analysis/tables/coverage-matrix.xlsx?{YEAR}").content)
    sheet = csv_rows(client.get(f"/analysis/tables/coverage-matrix.csv?{YEAR}").content)
    assert workbook[0] == sheet[0] == ["Task", "Title", *CODES, "Missions reporting",
                                       "Activities (all missions)", "Gap"]
    for xrow, crow, prow in zip(workbook[1:], sheet[1:], matrix[1:], strict=True):
        assert [str(v) if v is not None else "" for v in xrow] == crow
        assert xrow[2:5] == [by_task[m].get(xrow[0], "n/a") for m in CODES]
        assert isinstance(xrow[6], int) and xrow[6] == consolidated[xrow[0]]
        assert prow[0].startswith(f"{xrow[0]} {xrow[1]}")
    # Every question's tables: page, CSV and XLSX the same; the forms equal the CLI's.
    names = [n.removeprefix("table-") for n in tables if n.startswith("table-")]
    assert {"missions", "tasks-1", "tasks-2", "forms-1", "audiences-1", "audiences-2",
            "results-1", "results-2", "funding-1", "funding-2", "partners-1",
            "partners-2"} <= set(names)
    for name in names:
        shown = tables[f"table-{name}"]
        got_csv = csv_rows(client.get(f"/analysis/tables/{name}.csv?{YEAR}").content)
        got_xlsx = xlsx_rows(client.get(f"/analysis/tables/{name}.xlsx?{YEAR}").content)
        if name != "coverage-matrix":
            assert got_csv == shown or (len(shown) == 2 and "Nothing" in shown[1][0]), name
        assert [[cell(v) for v in row] for row in got_xlsx] == [
            [cell(c.lstrip("'")) for c in row] for row in got_csv], name
    overall = {f["key"]: f["count"] for f in three["all"]["all"]["forms"]["overall"]["by_form"]}
    aware = {f["key"]: f["count"]
             for f in three["all"]["all"]["forms"]["awareness_raising"]["by_form"]}
    forms = xlsx_rows(client.get(f"/analysis/tables/forms-1.xlsx?{YEAR}").content)
    assert [row[1] for row in forms[1:]] == list(overall.values())
    assert [row[2] for row in forms[1:]] == list(aware.values())


def test_mission_and_period_filters(workspace: Workspace, three: dict[str, Any]) -> None:
    client = workspace.login(ANALYST)
    assert client.get(f"/analysis.json?{YEAR}&mission=alpha").json() == three["ALPHA"]
    page = client.get(f"/analysis?{YEAR}&mission=ALPHA")
    matrix = page_tables(page.text)["table-coverage-matrix"]
    assert matrix[0] == ["Task", "ALPHA", "Missions", "Activities"]
    # The filter is remembered: in the form, and in every download link.
    assert 'value="2005-01-01"' in page.text and 'value="2005-12-31"' in page.text
    assert 'id="mission-ALPHA" name="mission" value="ALPHA" checked' in page.text
    assert html.escape(f"/analysis/tables/forms-1.csv?{YEAR}&mission=ALPHA") in page.text
    assert html.escape(f"/analysis/report.pdf?{YEAR}&mission=ALPHA") in page.text
    missions = xlsx_rows(client.get(f"/analysis/tables/missions.xlsx?{YEAR}&mission=ALPHA"
                                    ).content)
    assert [row[0] for row in missions[1:]] == ["ALPHA"]
    assert missions[1][2] == three["ALPHA"]["all"]["activities"]["count"]
    everything = client.get("/analysis").text
    assert "all dates" in everything and "Choose a period" in everything
    all_dates = xlsx_rows(client.get("/analysis/tables/missions.xlsx").content)
    year = xlsx_rows(client.get(f"/analysis/tables/missions.xlsx?{YEAR}").content)
    assert [r[2] for r in all_dates[1:]] == [m["analysis"]["activities"]["count"]
                                            for m in three["dates"]["missions"]]
    assert [r[2] for r in year[1:]] == [m["analysis"]["activities"]["count"]
                                       for m in three["all"]["missions"]]
    assert sum(r[2] for r in year[1:]) < sum(r[2] for r in all_dates[1:])


def test_consolidated_tables_are_the_missions_own_combined(workspace: Workspace,
                                                            three: dict[str, Any]) -> None:
    """Activity ids are UUIDs, so every count over all missions is the sum of each
    mission's own count (the CLI test checks the ids; this checks what staff download)."""
    client = workspace.login(ANALYST)

    def table(name: str, query: str) -> list[list[Any]]:
        return xlsx_rows(client.get(f"/analysis/tables/{name}.xlsx?{YEAR}{query}").content)

    for name, columns in (("forms-1", (1, 2)), ("audiences-1", (1,)), ("results-1", (1,)),
                          ("audiences-2", (1,))):
        combined = table(name, "")
        alone = [table(name, f"&mission={code}") for code in CODES]
        rows = {row[0]: row for row in combined[1:]}
        for label, row in rows.items():
            for column in columns:
                parts = [next((r[column] for r in t[1:] if r[0] == label), 0) for t in alone]
                assert row[column] == sum(parts), (name, label, column)
    matrix = table("coverage-matrix", "")
    singles = [{r[0]: r[2] for r in table("coverage-matrix", f"&mission={code}")[1:]}
               for code in CODES]
    for row in matrix[1:]:
        # A task that does not apply to a mission (and it has no activity on) is "n/a".
        assert row[2:5] == [single.get(row[0], "n/a") for single in singles], row[0]
        counts = [c for c in row[2:5] if isinstance(c, int)]
        assert row[6] == sum(counts)  # activities on a task: the missions' together


def test_report_draft_downloads(workspace: Workspace, three: dict[str, Any]) -> None:
    client = workspace.login(ANALYST)
    docx = client.get(f"/analysis/report.docx?{YEAR}&mission=ALPHA&mission=BRAVO")
    assert docx.status_code == 200
    assert docx.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert docx.headers["content-disposition"] == (
        'attachment; filename="report-draft-2005-01-01_2005-12-31-ALPHA-BRAVO.docx"')
    texts = [p.text for p in Document(io.BytesIO(docx.content)).paragraphs]
    assert any(t.startswith("Mission ALPHA (ALPHA)") for t in texts)
    assert not any("CHARLIE" in t for t in texts)  # only the missions chosen
    pdf = client.get(f"/analysis/report.pdf?{YEAR}")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-type"] == "application/pdf"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-", "-"], input=pdf.content, capture_output=True,
                              check=True).stdout.decode()
        assert all(f"Mission {code} ({code})" in text for code in CODES)


def test_a_formula_in_mission_data_stays_text_in_downloads() -> None:
    from focalpoint.secretariat.table_export import ExportTable, to_csv, to_xlsx

    table = ExportTable("t", "Partners: a/b", ("Partner", "Activities"),
                        (("=HYPERLINK(\"http://x\")", 2), ("-minus", 1)))
    assert csv_rows(to_csv(table))[1:] == [["'=HYPERLINK(\"http://x\")", "2"], ["'-minus", "1"]]
    sheet = load_workbook(io.BytesIO(to_xlsx(table))).active
    assert sheet is not None and sheet.title == "Partners  a b"
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == "=HYPERLINK(\"http://x\")"
    assert sheet["B2"].value == 2



def test_a_matrix_cell_links_to_the_activities_it_counts(workspace: Workspace,
                                                         three: dict[str, Any]) -> None:
    client = workspace.login(ANALYST)
    page = client.get(f"/analysis?{YEAR}").text
    links = re.findall(r'href="(/analysis/missions/(\w+)/tasks/([\w.]+)\?([^"]*))"', page)
    ids = {(m["code"], t["key"]): t["ids"] for m in three["all"]["missions"]
           for t in m["analysis"]["tasks"]["by_task"]}
    linked = {(code, task) for _url, code, task, _query in links}
    assert linked == {key for key, found in ids.items() if found}  # every non-zero cell
    for url, code, task, query in links:
        assert html.unescape(query) == YEAR  # the page's filter goes along
        answer = client.get(html.unescape(url))
        assert answer.status_code == 200, url
        listed = re.findall(rf'href="/missions/{code}/activities/([\w-]+)"', answer.text)
        assert sorted(listed) == sorted(ids[(code, task)]), url  # exactly the cell's
        assert f"overlap {PERIOD[0]} – {PERIOD[1]}" in answer.text
        assert f'href="/analysis?{html.escape(YEAR)}#table-coverage-matrix"' in answer.text
    # All dates: the same cell lists at least as many.
    code, task = sorted(linked)[0]
    everything = client.get(f"/analysis/missions/{code}/tasks/{task}").text
    assert "all dates" in everything
    assert len(re.findall(rf'href="/missions/{code}/activities/', everything)) >= len(
        ids[(code, task)])


def test_a_matrix_cell_that_does_not_exist_is_a_clear_404(workspace: Workspace,
                                                          three: dict[str, Any]) -> None:
    client = workspace.login(ANALYST)
    cases = {"/analysis/missions/NOPE/tasks/III.10.2": "no mission NOPE",
             "/analysis/missions/ALPHA/tasks/IX.9.9": "'IX.9.9' is not an Action Plan task",
             "/analysis/missions/ALPHA/tasks/III.10.2?mission=BRAVO":
                 "ALPHA is not among the missions chosen"}
    for url, message in cases.items():
        answer = client.get(url)
        assert answer.status_code == 404, url
        assert message in html.unescape(answer.text), url
        assert "Traceback" not in answer.text
    bad = client.get("/analysis/missions/ALPHA/tasks/III.10.2?start=2005-01-01")
    assert bad.status_code == 400 and "give both the start and the end" in bad.text
    assert workspace.new_client().get("/analysis/missions/ALPHA/tasks/III.10.2",
                                      follow_redirects=False).status_code == 303
