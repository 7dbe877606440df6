"""Spreadsheet import and export (.xlsx and .csv): formats, mapping, hostile files."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from focalpoint import spreadsheets
from focalpoint.cli import main
from focalpoint.spreadsheets import (
    InvalidSheet,
    MappingError,
    SpreadsheetError,
    check_rows,
    guess_mapping,
    read_sheet,
)
from focalpoint.spreadsheets.columns import parse_amount, parse_date
from focalpoint.storage import ActivityFilter, Store

HEADERS = ["Title", "Type", "Status", "Start date", "Locations", "Partners", "Action Plan tasks"]


def good_row(i: int) -> list[Any]:
    return [f"Seminar {i} для судей", "Workshop", "completed", date(2005, 5, 1), "Osh; Bishkek",
            "ODIHR; IOM", "III.12.1; 7.2"]


def xlsx(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def state(store: Store) -> tuple[list[dict[str, Any]], int]:
    return ([a.model_dump(mode="json") for a in store.activities.list()],
            len(store.outbox.all()))


def test_export_then_import_gives_back_every_field(demo_store: Store, tmp_path: Path) -> None:
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"out{suffix}"
        assert spreadsheets.export_spreadsheet(demo_store, path) == 59
        with Store.open(tmp_path / f"again{suffix}.db") as other:
            sheet = read_sheet(path)
            spreadsheets.import_sheet(other, sheet, guess_mapping(sheet.headers))
            assert [a.model_dump(mode="json") for a in other.activities.list()] == [
                a.model_dump(mode="json") for a in demo_store.activities.list()]


def test_export_follows_the_filter_and_writes_real_dates(demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "2005.xlsx"
    flt = ActivityFilter(year=2005)
    count = spreadsheets.export_spreadsheet(demo_store, path, flt)
    assert count == demo_store.activities.count(flt) < demo_store.activities.total()
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:4] == ["ID", "Title", "Description", "Type"]
    assert sheet.max_row == count + 1
    assert isinstance(sheet["F2"].value, datetime) and sheet["F2"].value.year == 2005


def test_formula_like_text_stays_text(store: Store, tmp_path: Path) -> None:
    store.activities.save({"title": "=HYPERLINK(\"http://x\")", "activity_type": "training",
                           "task_codes": ["III.12.1"], "partners": ["-dash", "@at"]})
    for suffix in (".xlsx", ".csv"):
        path = tmp_path / f"f{suffix}"
        spreadsheets.export_spreadsheet(store, path)
        if suffix == ".xlsx":
            cell = load_workbook(path).active["B2"]  # type: ignore[index]
            assert cell.data_type == "s"
        else:
            assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
        sheet = read_sheet(path)
        (activity,) = check_rows(sheet, guess_mapping(sheet.headers), store.catalogue)
        assert activity.title.startswith("=HYPERLINK")
        assert activity.partners == ["-dash", "@at"]


def test_cells_in_the_forms_people_write(store: Store, tmp_path: Path) -> None:
    headers = ["Название", "Type", "From", "Until", "Audiences", "Forms", "Funding source",
               "Donor", "Amount", "Tasks"]
    path = xlsx(tmp_path / "ru.xlsx", [
        ["Тренинг", "round table", "12.04.2005", datetime(2005, 4, 14), "Police, border guards",
         "labour exploitation", "ExtraBudgetary", "Norway", "12 500,50", "III.12.1, IV.8.1"],
    ], headers)
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers)
    assert mapping["Название"] is None  # not guessed: the person maps it
    mapping["Название"] = "title"
    (activity,) = check_rows(sheet, mapping, store.catalogue)
    assert activity.activity_type == "round_table"
    assert (activity.start_date, activity.end_date) == (date(2005, 4, 12), date(2005, 4, 14))
    assert activity.audiences == ["police", "border_guards"]
    assert activity.forms == ["labour_exploitation"]
    assert [(f.source, f.donor, str(f.amount), f.currency) for f in activity.funding] == [
        ("extrabudgetary", "Norway", "12500.50", "EUR")]
    assert activity.task_codes == ["III.12.1", "IV.8.1"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("12 500,50", "12500.50"), ("12,500.50", "12500.50"), ("12.500,5", "12500.5"),
    ("95 000", "95000"), ("1,000", "1000"), ("3,5", "3.5"), (12500.5, "12500.5"), (7, "7"),
])
def test_amounts(raw: Any, expected: str) -> None:
    assert parse_amount(raw) == expected


@pytest.mark.parametrize("raw", ["lots", "1.2.3,4", True, "NaN"])
def test_not_amounts(raw: Any) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        parse_amount(raw)


def test_dates() -> None:
    assert parse_date("2005-04-12") == parse_date("12.04.2005") == "2005-04-12"
    for bad in ("31.02.2005", "next week", 38000, "04/12/2005"):
        with pytest.raises(ValueError, match="not a date"):
            parse_date(bad)


def test_a_bad_row_537_among_5000_names_row_and_column_and_changes_nothing(
        demo_store: Store, tmp_path: Path) -> None:
    rows = [good_row(i) for i in range(5000)]
    rows[535][3] = "sometime"  # the 536th data row is sheet row 537
    path = xlsx(tmp_path / "big.xlsx", rows)
    before = state(demo_store)
    sheet = read_sheet(path)
    with pytest.raises(InvalidSheet) as raised:
        spreadsheets.import_sheet(demo_store, sheet, guess_mapping(sheet.headers))
    assert [str(p) for p in raised.value.problems] == [
        "row 537, column “Start date” (D): not a date: 'sometime' (write YYYY-MM-DD or DD.MM.YYYY)"]
    assert "nothing was imported" in str(raised.value)
    assert state(demo_store) == before
    rows[535][3] = date(2005, 1, 1)
    path = xlsx(tmp_path / "big.xlsx", rows)
    progress: list[tuple[int, int]] = []
    sheet = read_sheet(path)
    imported = spreadsheets.import_sheet(demo_store, sheet, guess_mapping(sheet.headers),
                                         progress=lambda d, t: progress.append((d, t)))
    assert len(imported) == 5000 and demo_store.activities.total() == 5059
    assert progress[-1] == (5000, 5000) and len(progress) == 50
    assert imported[0].task_codes == ["III.12.1", "IV.7.2"]


def test_every_bad_row_and_column_is_named(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "hostile.xlsx", [
        good_row(0),
        ["", "Workshop", "done", "2005-01-01", "", "", "III.12.1"],         # row 3
        [None] * 7,                                                          # empty: skipped
        ["   ", None, None, None, None, None, None],                         # blank: skipped
        [42, "Party", "planned", True, "", "", "IX.1"],                      # row 6
        ["OK", "training", "planned", "2005-02-01", "", "", ""],            # row 7
        ["x" * 301, "training", "planned", None, "", "", "III.12.1"],        # row 8
    ])
    sheet = read_sheet(path)
    assert [number for number, _ in sheet.rows] == [2, 3, 6, 7, 8]
    with pytest.raises(InvalidSheet) as raised:
        check_rows(sheet, guess_mapping(sheet.headers), store.catalogue)
    found = [(p.row, p.column) for p in raised.value.problems]
    assert found == [(3, "Status"), (3, "Title"), (6, "Type"), (6, "Start date"),
                     (6, "Action Plan tasks"), (7, "Action Plan tasks"), (8, "Title")]
    text = str(raised.value)
    assert "row 3, column “Status” (C): 'done' is not one of: Planned, Ongoing" in text
    assert "row 6, column “Action Plan tasks” (G): unknown Action Plan task code 'IX.1'" in text
    assert "7 problem(s) in 4 row(s)" in text
    assert state(store) == ([], 0)


def test_merged_title_row_above_the_headers(store: Store, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Activities of the mission, 2005"])
    sheet.merge_cells("A1:G1")
    sheet.append(["Title", "Type", "Action Plan tasks", "Funding", None, "Partners"])
    sheet.merge_cells("D2:E2")
    sheet.append(["Training", "training", "III.12.1", "x", "y", "IOM"])
    workbook.save(tmp_path / "merged.xlsx")
    read = read_sheet(tmp_path / "merged.xlsx")
    assert read.header_row == 2
    assert read.headers == ["Title", "Type", "Action Plan tasks", "Funding", "Funding (2)",
                            "Partners", "Column G"]
    assert [number for number, _ in read.rows] == [3]
    mapping = guess_mapping(read.headers)
    assert mapping["Funding (2)"] is None
    mapping["Funding"] = None
    (activity,) = check_rows(read, mapping, store.catalogue)
    assert activity.partners == ["IOM"]


def test_csv_with_semicolons_and_a_bom(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffTitle;Type;Tasks;Funding\nТренинг;Training;III.12.1;"
                     '"Unified Budget | | 3000 | eur; extrabudgetary | EU, UNDP | 1,5 |"\n'
                     .encode())
    sheet = read_sheet(path)
    (activity,) = check_rows(sheet, guess_mapping(sheet.headers), store.catalogue)
    assert [(f.source, f.donor, str(f.amount), f.currency) for f in activity.funding] == [
        ("unified_budget", "", "3000", "EUR"), ("extrabudgetary", "EU, UNDP", "1.5", "EUR")]


@pytest.mark.parametrize(("name", "content", "words"), [
    ("a.xlsx", b"not a zip", "not a readable .xlsx workbook"),
    ("a.csv", b"Title\xff\xfe;x\n", "not UTF-8 text"),
    ("a.csv", b"", "the sheet is empty"),
    ("a.txt", b"Title\n", "not a spreadsheet"),
])
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=words):
        read_sheet(path)


def test_csv_in_a_named_encoding(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes("Title,Type,Tasks\nТренинг,training,III.12.1\n".encode("cp1251"))
    with pytest.raises(SpreadsheetError):
        read_sheet(path)
    sheet = read_sheet(path, encoding="cp1251")
    assert check_rows(sheet, guess_mapping(sheet.headers), store.catalogue)[0].title == "Тренинг"


def test_mapping_problems(store: Store, tmp_path: Path) -> None:
    sheet = read_sheet(xlsx(tmp_path / "m.xlsx", [good_row(0)]))
    mapping = guess_mapping(sheet.headers)
    with pytest.raises(MappingError, match="not in the sheet: 'Nope'"):
        check_rows(sheet, {**mapping, "Nope": "title"}, store.catalogue)
    with pytest.raises(MappingError, match="unknown field 'colour'"):
        check_rows(sheet, {**mapping, "Status": "colour"}, store.catalogue)
    with pytest.raises(MappingError, match=r"required field.*task_codes"):
        check_rows(sheet, {**mapping, "Action Plan tasks": None}, store.catalogue)
    with pytest.raises(MappingError, match="'title' is mapped from both"):
        check_rows(sheet, {**mapping, "Partners": "title"}, store.catalogue)


def test_duplicate_ids_are_named(store: Store, tmp_path: Path) -> None:
    same = "5d0c2d8e-8f0b-4d47-9a43-7d1a3f5e2b10"
    sheet = read_sheet(xlsx(tmp_path / "d.xlsx", [[same, "A", "training", "III.12.1"]] * 2,
                            ["ID", "Title", "Type", "Tasks"]))
    with pytest.raises(InvalidSheet,
                       match=r"row 3, column “ID” \(A\): id .* also appears in row 2"):
        check_rows(sheet, guess_mapping(sheet.headers), store.catalogue)


# --- the command line ------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_with_a_mapping_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    db = str(tmp_path / "x.db")
    assert run(capsys, "--db", db, "init", "--mission-code", "XK", "--mission-name", "X")[0] == 0
    path = xlsx(tmp_path / "in.xlsx", [["Обучение", "training", "III.12.1"]],
                ["Название", "Вид", "Задачи"])
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 2 and "no column is mapped to the required field(s) title" in err
    assert "'Название'" in err
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"format": "focalpoint-column-mapping", "columns": {
        "Название": "title", "Вид": "activity_type", "Задачи": "task_codes"}}),
        encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--mapping", str(mapping))
    assert code == 0 and "Imported 1 activities" in out
    code, out, _ = run(capsys, "--db", db, "export", str(tmp_path / "out.csv"))
    assert code == 0 and "Обучение" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    mapping.write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", str(path), "--mapping", str(mapping))
    assert code == 2 and "not a readable JSON file" in err


def test_cli_bad_row_exits_2_and_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    db = str(tmp_path / "x.db")
    run(capsys, "--db", db, "init", "--mission-code", "XK", "--mission-name", "X")
    rows = [good_row(i) for i in range(10)]
    rows[3][6] = "III.99.9"
    path = xlsx(tmp_path / "in.xlsx", rows)
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 2
    assert "row 5, column “Action Plan tasks” (G): unknown Action Plan task code 'III.99.9'" in err
    with Store.open(db) as store:
        assert store.activities.total() == 0
    code, _, err = run(capsys, "--db", db, "export", str(tmp_path / "nodir" / "out.xlsx"))
    assert code == 2 and "cannot be written" in err


def test_a_donor_without_a_source_is_extrabudgetary(store: Store, tmp_path: Path) -> None:
    sheet = read_sheet(xlsx(tmp_path / "donor.xlsx", [
        ["A", "training", "III.12.1", "Norway", "4 500,00", ""],
        ["B", "training", "III.12.1", "", "", ""],
        ["C", "training", "III.12.1", "", "100", ""],
        ["D", "training", "III.12.1", "", "", "extrabudgetary | Sweden | 5 |; | | 7 |"],
    ], ["Title", "Type", "Tasks", "Donor", "Budget", "Funding"]))
    mapping = {**guess_mapping(sheet.headers), "Funding": None}
    with pytest.raises(InvalidSheet) as raised:
        check_rows(sheet, mapping, store.catalogue)
    assert [(p.row, p.column) for p in raised.value.problems] == [(4, "Donor")]
    assert "needs its source" in str(raised.value)
    sheet.rows = [sheet.rows[0], sheet.rows[1]]
    first, second = check_rows(sheet, mapping, store.catalogue)
    assert [(f.source, f.donor, str(f.amount)) for f in first.funding] == [
        ("extrabudgetary", "Norway", "4500.00")]
    assert second.funding == []
    sheet = read_sheet(tmp_path / "donor.xlsx")
    sheet.rows = [sheet.rows[3]]
    with pytest.raises(InvalidSheet, match=r"funding line 2: no source"):
        check_rows(sheet, {**guess_mapping(sheet.headers), "Donor": None, "Budget": None},
                   store.catalogue)


RESULT_HEADERS = ["Title", "Type", "Action Plan tasks", "People reached", "Women", "Men",
                  "Outcome indicators", "Evaluation", "Evaluation date", "Main finding",
                  "National ownership", "Ownership note"]


def test_results_columns_are_read(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "results.xlsx", [
        ["Training", "training", "III.12.1", 40, "15", None, "cases referred: 4; leaflets: 1 200",
         "External evaluation", "30.06.2005", "Used by trainees", "partly", "MoI co-chairs"],
    ], headers=RESULT_HEADERS)
    sheet = read_sheet(path)
    [activity] = spreadsheets.import_sheet(store, sheet, guess_mapping(sheet.headers))
    assert (activity.people_reached.total, activity.people_reached.women,
            activity.people_reached.men) == (40, 15, None)
    assert [(i.name, i.value) for i in activity.outcome_indicators] == [
        ("cases referred", 4), ("leaflets", 1200)]
    assert activity.evaluation.kind == "external"
    assert activity.evaluation.date == date(2005, 6, 30)
    assert activity.sustainability.national_ownership.rating == "partly"
    assert activity.sustainability.national_ownership.note == "MoI co-chairs"
    assert activity.sustainability.adequacy.rating == "unknown"


def test_bad_results_cells_name_their_column(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "bad-results.xlsx", [
        ["A", "training", "III.12.1", 10, 8, 5, "", "", "", "", "", ""],             # row 2
        ["B", "training", "III.12.1", "many", "", "", "cases", "peer", "", "", "", ""],  # 3
        ["C", "training", "III.12.1", "", "", "", "", "", "", "Good", "", ""],        # row 4
    ], headers=RESULT_HEADERS)
    sheet = read_sheet(path)
    with pytest.raises(InvalidSheet) as raised:
        check_rows(sheet, guess_mapping(sheet.headers), store.catalogue)
    found = [(p.row, p.column) for p in raised.value.problems]
    assert found == [(2, "People reached"), (3, "People reached"), (3, "Outcome indicators"),
                     (3, "Evaluation"), (4, "Evaluation")]
    text = str(raised.value)
    assert "add up to 13, more than the total 10" in text
    assert "'many'" in text and "write name: number" in text
    assert state(store) == ([], 0)


# --- a partial sheet updates only its mapped columns -------------------------------------


def stored_activity(store: Store) -> str:
    return store.activities.save({
        "title": "Training of judges", "activity_type": "training", "status": "planned",
        "description": "Two days in Osh", "partners": ["ODIHR", "IOM"],
        "locations": ["Osh"], "task_codes": ["III.12.1"], "outcome": "40 judges trained",
        "people_reached": {"total": 40, "women": 22},
        "funding": [{"source": "extrabudgetary", "donor": "Norway", "amount": "5000",
                     "currency": "EUR"}]}).id


def test_a_partial_sheet_changes_only_the_mapped_fields(store: Store, tmp_path: Path) -> None:
    activity_id = stored_activity(store)
    before = store.activities.get(activity_id).model_dump(mode="json")
    sheet = read_sheet(xlsx(tmp_path / "status.xlsx", [[activity_id, "Completed", ""]],
                            ["ID", "Status", "Women"]))
    spreadsheets.import_sheet(store, sheet, guess_mapping(sheet.headers))
    after = store.activities.get(activity_id).model_dump(mode="json")
    assert after["status"] == "completed"
    assert after["people_reached"]["women"] is None  # a mapped blank cell clears its field
    assert after["people_reached"]["total"] == 40
    for name in ("title", "description", "partners", "locations", "task_codes", "outcome",
                 "funding", "activity_type", "evaluation", "sustainability"):
        assert after[name] == before[name], name
    assert store.activities.total() == 1


def test_a_partial_sheet_with_a_new_id_names_the_missing_columns(store: Store,
                                                                 tmp_path: Path) -> None:
    activity_id = stored_activity(store)
    before = state(store)
    unknown = "5d0c2d8e-8f0b-4d47-9a43-7d1a3f5e2b10"
    sheet = read_sheet(xlsx(tmp_path / "status.xlsx",
                            [[activity_id, "Completed"], [unknown, "Ongoing"]],
                            ["ID", "Status"]))
    with pytest.raises(InvalidSheet) as raised:
        spreadsheets.import_sheet(store, sheet, guess_mapping(sheet.headers))
    assert [str(p) for p in raised.value.problems] == [
        "row 3: no stored activity has this row's id, so the row adds one, which needs the "
        "column(s) Title, Type, Action Plan tasks"]
    assert state(store) == before


def test_cli_partial_import_keeps_the_unmapped_fields(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    run(capsys, "--db", str(db), "init", "--mission-code", "XK", "--mission-name", "X")
    with Store.open(db) as store:
        activity_id = stored_activity(store)
        before = store.activities.get(activity_id).model_dump(mode="json")
    path = xlsx(tmp_path / "partial.xlsx", [[activity_id, "Judges and prosecutors", "ongoing"]],
                ["ID", "Title", "Status"])
    code, _out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 0, err
    with Store.open(db) as store:
        after = store.activities.get(activity_id).model_dump(mode="json")
    assert (after["title"], after["status"]) == ("Judges and prosecutors", "ongoing")
    assert {k: v for k, v in after.items() if k not in ("title", "status")} == {
        k: v for k, v in before.items() if k not in ("title", "status")}
