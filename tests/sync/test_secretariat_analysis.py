"""``focalpoint-secretariat analysis``: three missions sync to one service, and the
consolidated figures equal what each mission's own ``focalpoint analysis`` says, combined."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import Service, run_sync, store_args

from focalpoint.cli import main as focalpoint_main
from focalpoint.demo import demo_document
from focalpoint.secretariat.cli import main as secretariat_main
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store

PERIOD = "2005-01-01:2005-12-31"


def mission_store(path: Path, code: str, share: slice, currency: str) -> Store:
    """A mission with part of the demo's activities, under new ids (and its own currency)."""
    store = Store.open(path)
    store.mission.save({"code": code, "name": f"Mission {code}"})
    records = []
    for activity in demo_document()["activities"][share]:
        funding = [dict(line, currency=currency) for line in activity["funding"]]
        records.append(dict(activity, id=str(uuid.uuid4()), funding=funding))
    store.activities.save_many(records)
    return store


def cli_json(main: Any, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(list(args)) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def tallies(data: dict[str, Any]) -> dict[tuple[str, ...], set[str]]:
    """Every ``{"key", "ids"}`` figure of an analysis JSON, by where it sits."""
    found: dict[tuple[str, ...], set[str]] = {}

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            if "ids" in node and "key" in node:
                found[(*path, str(node["key"]))] = set(node["ids"])
            for name, value in node.items():
                if name != "ids":
                    walk(value, (*path, name))
        elif isinstance(node, list):
            for item in node:
                label = item.get("code") or item.get("key") if isinstance(item, dict) else None
                walk(item, (*path, str(label)) if label else path)

    walk({k: v for k, v in data.items() if k not in ("funding", "activities")}, ())
    return found


def test_three_synced_missions_combine(tmp_path: Path, service: Service,
                                       service_store: ServiceStore,
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    specs = [("ALPHA", slice(0, 25), "EUR"), ("BRAVO", slice(20, 45), "USD"),
             ("CHARLIE", slice(40, 59), "EUR")]
    own: dict[str, dict[str, Any]] = {}
    for code, share, currency in specs:
        token = service_store.add_mission(code, f"Mission {code}").token
        with mission_store(tmp_path / f"{code}.db", code, share, currency) as store:
            assert run_sync(store, service.url, token, code).kind == "ok"
            own[code] = cli_json(focalpoint_main, capsys, "--db", str(store.path),
                                 "analysis", "--period", PERIOD, "--json")
    data = cli_json(secretariat_main, capsys, "analysis", *store_args(service_store, monkeypatch),
                    "--period", PERIOD, "--json")
    assert [m["code"] for m in data["missions"]] == ["ALPHA", "BRAVO", "CHARLIE"]
    for mission in data["missions"]:
        assert mission["analysis"] == own[mission["code"]], mission["code"]
    combined = data["all"]
    assert set(combined["activities"]["ids"]) == set().union(
        *(set(o["activities"]["ids"]) for o in own.values()))
    # Every figure that counts activities is the union of the missions' figures.
    per_mission = [tallies(o) for o in own.values()]
    assert len(tallies(combined)) > 150  # tasks, forms, audiences, results, partners
    for where, ids in tallies(combined).items():
        assert ids == set().union(*(t.get(where, set()) for t in per_mission)), where
    covered = set().union(*(o["tasks"]["covered"] for o in own.values()))
    assert set(combined["tasks"]["covered"]) == covered
    people = combined["audiences"]["people_reached"]
    for part in ("total", "women", "men", "not_recorded"):
        assert people[part] == sum(o["audiences"]["people_reached"][part] for o in own.values())
    # Money: the sum per (year, source, currency) of the missions, never across currencies.
    sums: dict[tuple[Any, ...], Decimal] = {}
    for o in own.values():
        for row in o["funding"]["by_source"]:
            key = (row["year"], row["source"], row["currency"])
            sums[key] = sums.get(key, Decimal(0)) + Decimal(row["amount"])
    assert {(r["year"], r["source"], r["currency"]): Decimal(r["amount"])
            for r in combined["funding"]["by_source"]} == sums
    matrix = data["coverage_matrix"]
    for code, o in own.items():
        assert {task for task, who in matrix.items() if code in who} == set(o["tasks"]["covered"])
    assert data["tasks_no_mission_reports_on"] == [t for t, who in matrix.items() if not who]


def test_text_and_errors(tmp_path: Path, service_store: ServiceStore,
                         capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    service_store.add_mission("EMPTY", "Empty mission")
    db = store_args(service_store, monkeypatch)
    assert secretariat_main(["analysis", *db]) == 0
    out = capsys.readouterr().out
    assert "Consolidated over 1 missions" in out and "Analysis of 0 activities" in out
    assert secretariat_main(["analysis", *db, "--period", "2005"]) == 2
    assert "is not START:END" in capsys.readouterr().err
    assert secretariat_main(["analysis", *db, "--mission", "NOPE"]) == 2
    assert "no mission NOPE" in capsys.readouterr().err
