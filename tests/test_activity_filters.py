"""Filters by location, partner, donor and date range: in the store (SQL) and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from focalpoint.cli import main
from focalpoint.storage import ActivityFilter, Store


@pytest.fixture
def varied(store: Store) -> dict[str, str]:
    def save(title: str, **fields: object) -> str:
        return store.activities.save({"title": title, "activity_type": "training",
                                      "task_codes": ["III.12.1"], **fields}).id
    return {
        "osh": save("Osh training", locations=["Osh"], partners=["IOM"],
                    start_date="2025-01-10", end_date="2025-02-20",
                    funding=[{"source": "extrabudgetary", "donor": "Norway",
                              "amount": "100"}]),
        "bishkek": save("Bishkek round table", locations=["Bishkek", "Osh region"],
                        partners=["UNICEF", "iom"], start_date="2025-06-01"),
        "undated": save("Undated research", locations=["Osh"]),
        "old": save("Old campaign", start_date="2023-03-01", end_date="2023-03-05",
                    funding=[{"source": "extrabudgetary", "donor": "norway",
                              "amount": "5"}]),
    }


def _ids(store: Store, **fields: str) -> set[str]:
    return set(store.activities.ids(ActivityFilter(**fields)))  # type: ignore[arg-type]


def test_location_partner_donor_match_whole_values_ignoring_case(store: Store,
                                                                  varied: dict[str, str]):
    assert _ids(store, location="osh") == {varied["osh"], varied["undated"]}
    assert _ids(store, partner="IOM") == {varied["osh"], varied["bishkek"]}
    assert _ids(store, donor="NORWAY") == {varied["osh"], varied["old"]}
    assert _ids(store, location="Osh", partner="IOM") == {varied["osh"]}
    assert _ids(store, partner="O'Brien \"; DROP TABLE activities; --") == set()
    assert store.activities.total() == 4


def test_date_range_is_an_overlap_and_either_end_may_be_open(store: Store,
                                                             varied: dict[str, str]):
    assert _ids(store, date_from="2025-02-01") == {varied["osh"], varied["bishkek"]}
    assert _ids(store, date_to="2024-12-31") == {varied["old"]}
    assert _ids(store, date_from="2025-02-21", date_to="2025-05-31") == set()
    assert _ids(store, date_from="2025-02-20", date_to="2025-02-20") == {varied["osh"]}
    assert store.activities.count(ActivityFilter(date_from="2025-01-01", donor="norway")) == 1


def test_cli_list_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    with Store.open(db) as store:
        expected = {a.id for a in store.activities.list(ActivityFilter(
            partner="IOM", date_from="2005-01-01", date_to="2005-12-31"))}
        donor = next(line.donor for a in store.activities.list() for line in a.funding
                     if line.donor)
        by_donor = set(store.activities.ids(ActivityFilter(donor=donor)))
        place = store.suggestions.used("locations")[0].value
        by_place = set(store.activities.ids(ActivityFilter(location=place)))
    assert expected and by_donor and by_place
    assert main(["--db", db, "activities", "list", "--partner", "iom", "--from", "2005-01-01",
                 "--to", "2005-12-31", "--json"]) == 0
    assert {a["id"] for a in json.loads(capsys.readouterr().out)} == expected
    assert main(["--db", db, "activities", "list", "--donor", donor, "--json"]) == 0
    assert {a["id"] for a in json.loads(capsys.readouterr().out)} == by_donor
    assert main(["--db", db, "activities", "list", "--location", place, "--json"]) == 0
    assert {a["id"] for a in json.loads(capsys.readouterr().out)} == by_place


def test_cli_bad_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    db = str(tmp_path / "cli.db")
    with pytest.raises(SystemExit) as info:
        main(["--db", db, "activities", "list", "--from", "2025-13-01"])
    assert info.value.code == 2
    assert "not a date (YYYY-MM-DD): '2025-13-01'" in capsys.readouterr().err
