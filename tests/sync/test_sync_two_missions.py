"""The issue's "done when": two missions sync to one service through a flaky proxy, at the
same time, and the service's ``export`` of each is exactly what each mission holds."""

from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path

import pytest
from faults import Fault, FlakyProxy
from sync_helpers import Service, client_view, comparable, store_args, sync_until_ok

from focalpoint.demo import demo_document
from focalpoint.secretariat.cli import main as secretariat_main
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store


def second_mission(path: Path) -> Store:
    store = Store.open(path)
    store.mission.save({"code": "OMIK", "name": "OSCE Mission in Kosovo",
                        "focal_point_name": "Arben Krasniqi"})
    records = []
    for index, activity in enumerate(demo_document()["activities"][:35]):
        records.append(dict(activity, id=str(uuid.uuid4()),
                            title=f"OMIK: {activity['title']}"[:300],
                            locations=["Prishtinë/Priština"] if index % 2 else ["Prizren"]))
    store.activities.save_many(records)
    return store


def test_two_missions_through_a_flaky_proxy(
        demo_store: Store, tmp_path: Path, service: Service, demo_token: str,
        service_store: ServiceStore, proxy: FlakyProxy,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    omik_token = service_store.add_mission("OMIK", "OSCE Mission in Kosovo").token
    omik = second_mission(tmp_path / "omik.db")
    try:
        proxy.add(*[Fault(cut_request_after=n) for n in (700, 2100, 3300, 5200)],
                  *[Fault(drop_response=True, after_bytes_up=1500)] * 4,
                  Fault(cut_response_after=100, after_bytes_up=1500))
        errors: list[BaseException] = []

        def sync(store: Store, token: str, code: str) -> None:
            try:
                worker = store.reopen()
                try:
                    sync_until_ok(worker, proxy.url, token, code=code)
                finally:
                    worker.close()
            except BaseException as error:  # reported by the main thread
                errors.append(error)

        threads = [threading.Thread(target=sync, args=(demo_store, demo_token, "DEMO")),
                   threading.Thread(target=sync, args=(omik, omik_token, "OMIK"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors, errors
        # Which connection meets which fault depends on the two clients' timing; a fault
        # drawn by a connection that only carries tiny requests may never fire.
        applied = proxy.faults_applied
        assert len(applied) >= 6, applied
        assert any(f.startswith("cut request") for f in applied), applied
        assert any(f.startswith("dropped") for f in applied), applied

        for store, code in ((demo_store, "DEMO"), (omik, "OMIK")):
            assert store.outbox.pending_count() == 0
            assert secretariat_main(["export", "--mission", code,
                                     *store_args(service_store, monkeypatch), "--json"]) == 0
            exported = json.loads(capsys.readouterr().out)
            expected = client_view(store)
            assert comparable(exported) == {"mission": expected["mission"],
                                            "activities": expected["activities"]}
            assert exported["responses"] == expected["responses"]
    finally:
        omik.close()
