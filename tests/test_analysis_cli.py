"""``focalpoint analysis``: the JSON has one key per question and the figures of analyse()."""

from __future__ import annotations

import json

import pytest
from test_analysis import RECORDS, Y2005

from focalpoint.analysis import analyse
from focalpoint.cli import main
from focalpoint.storage import Store


@pytest.fixture
def filled(store: Store) -> Store:
    store.mission.save({"code": "DEMO", "name": "Demo"})
    store.activities.save_many(RECORDS)
    return store


def run(store: Store, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(store.path), "analysis", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_is_the_analysis(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(filled, capsys, "--period", "2005-01-01:2005-12-31", "--json")
    assert code == 0
    data = json.loads(out)
    expected = analyse(filled.activities.list(), filled.catalogue, period=Y2005).to_json()
    assert data == expected
    assert data["tasks"]["covered"] == ["III.9.1", "III.12.1", "IV.8.1", "IV.8.2", "V.11.1"]
    assert set(data["tasks"]) >= {"covered", "gaps"}
    order = [t.code for t in filled.catalogue.tasks()]
    assert data["tasks"]["gaps"] == sorted(data["tasks"]["gaps"], key=order.index)


def test_without_period_every_activity(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(filled, capsys, "--json")
    assert code == 0 and json.loads(out)["activities"]["count"] == len(RECORDS)


def test_text_summary(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(filled, capsys, "--period", "2005-01-01:2005-12-31")
    assert code == 0
    assert "Analysis of 4 activities (2005-01-01:2005-12-31)" in out
    assert "covered (5): III.9.1, III.12.1, IV.8.1, IV.8.2, V.11.1" in out
    assert "2005 USD: Unified Budget 0.00, extrabudgetary 500.00 (100.0% extrabudgetary)" in out
    assert "Sexual exploitation: 3 / 2" in out


@pytest.mark.parametrize(("period", "message"), [
    ("2005", "is not START:END"),
    ("2005-01-01:2005-02-30", "the end '2005-02-30' is not a date"),
    ("2005-12-31:2005-01-01", "is before the start"),
])
def test_bad_period_is_a_usage_error(filled: Store, capsys: pytest.CaptureFixture[str],
                                     period: str, message: str) -> None:
    code, out, err = run(filled, capsys, "--period", period)
    assert code == 2 and out == "" and message in err


def test_missing_store_is_exit_1(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", f"{tmp_path}/none.db", "analysis"]) == 1
    assert "there is no store" in capsys.readouterr().err
