"""Hypothesis stateful test: random edits, deletes, creations, resolutions and syncs on three
devices of one mission, through the fault-injecting link. Whatever happened, after a final
fault-free round every device and the service hold the same data and every device lists
the same open conflicts as the service.

Each example is a fresh mission on the one service (so examples never see each other's
data) and fresh device stores.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from device_helpers import assert_converged, configure_for, settle, sync_engine
from faults import Fault, FlakyProxy
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sync_helpers import Service

from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.engine import SyncEngine

DEVICES = 3
FIELDS = ("title", "outcome", "description", "partners")
faults = st.sampled_from([
    Fault(),
    Fault(cut_request_after=300),
    Fault(cut_request_after=1500),
    Fault(drop_response=True),  # the service committed, the answer is lost
    Fault(cut_response_after=150),
])


def test_devices_converge_after_random_work_over_a_flaky_link(
        tmp_path: Path, service: Service, service_store: ServiceStore,
        proxy: FlakyProxy) -> None:
    examples = itertools.count()
    faults_fired: list[str] = []

    class Mission(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            number = next(examples)
            self.code = f"R{number}"
            self.token = service_store.add_mission(self.code, f"Random mission {number}").token
            self.devices = [Store.open(tmp_path / f"{number}-{i}.db") for i in range(DEVICES)]
            self.counter = itertools.count()

        @initialize()
        def first_activities(self) -> None:
            first = self.devices[0]
            first.mission.save({"code": self.code, "name": "Random mission"})
            for index in range(3):
                first.activities.save({"title": f"Activity {index}", "activity_type": "training",
                                       "task_codes": ["III.12.1"]})
            for device in self.devices:
                assert self._engine(device, direct=True).run().ok

        def _engine(self, device: Store, direct: bool = False) -> SyncEngine:
            url = service.url if direct else proxy.url
            return sync_engine(configure_for(device, url, self.code), url, self.token,
                               batch_bytes=2048)

        def _ids(self, device: Store) -> list[str]:
            return sorted(device.activities.ids())

        @rule(device=st.integers(0, DEVICES - 1), which=st.integers(0, 50),
              field=st.sampled_from(FIELDS), value=st.integers(0, 3))
        def edit(self, device: int, which: int, field: str, value: int) -> None:
            store = self.devices[device]
            ids = self._ids(store)
            if not ids:
                return
            current = store.activities.get(ids[which % len(ids)]).model_dump(mode="json")
            current[field] = [f"Partner {value}"] if field == "partners" else f"{field} {value}"
            store.activities.save(current)

        @rule(device=st.integers(0, DEVICES - 1), which=st.integers(0, 50))
        def delete(self, device: int, which: int) -> None:
            store = self.devices[device]
            ids = self._ids(store)
            if ids:
                store.activities.delete(ids[which % len(ids)])

        @rule(device=st.integers(0, DEVICES - 1))
        def create(self, device: int) -> None:
            self.devices[device].activities.save({
                "title": f"New {next(self.counter)}", "activity_type": "round_table",
                "task_codes": ["III.10.2"]})

        @rule(device=st.integers(0, DEVICES - 1), mine=st.booleans())
        def resolve(self, device: int, mine: bool) -> None:
            store = self.devices[device]
            found = store.conflicts.list_open()
            if found:
                store.conflicts.resolve(found[0].id, "mine" if mine else "theirs")

        @rule(device=st.integers(0, DEVICES - 1), plan=st.lists(faults, max_size=3))
        def sync(self, device: int, plan: list[Fault]) -> None:
            proxy.plan.clear()
            proxy.add(*plan)
            before = len(proxy.faults_applied)
            result = self._engine(self.devices[device]).run()
            faults_fired.extend(proxy.faults_applied[before:])
            assert result.kind in ("ok", "offline", "server"), result

        def teardown(self) -> None:
            proxy.plan.clear()
            try:
                for device in self.devices:
                    configure_for(device, service.url, self.code)
                settle(self.devices, service.url, self.token)
                assert_converged(self.devices, service_store, code=self.code)
            finally:
                for device in self.devices:
                    device.close()

    run_state_machine_as_test(Mission, settings=settings(
        max_examples=8, stateful_step_count=14, deadline=None, derandomize=True,
        suppress_health_check=list(HealthCheck)))
    assert faults_fired, "the link never failed: this run tested nothing"
