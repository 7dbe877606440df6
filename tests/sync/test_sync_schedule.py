"""The periodic-sync policy: capped exponential backoff with jitter, pauses for the user."""

from __future__ import annotations

import random

import pytest

from focalpoint.sync.schedule import SyncSchedule


def schedule(jitter: float = 0.25) -> SyncSchedule:
    return SyncSchedule(interval=900, base=30, cap=1800, jitter=jitter, rng=random.Random(7))


def test_no_failure_means_the_normal_interval() -> None:
    assert schedule().next_delay(0) == 900


def test_backoff_grows_then_caps_within_jitter() -> None:
    plan = schedule()
    for failures in range(1, 40):
        nominal = min(1800, 30 * 2 ** (failures - 1))
        delay = plan.next_delay(failures)
        assert nominal * 0.75 <= delay <= min(1800, nominal * 1.25)
    assert plan.next_delay(1000) <= 1800  # no overflow, still capped


def test_jitter_spreads_missions_apart() -> None:
    plan = SyncSchedule(rng=random.Random(1))
    delays = {round(plan.next_delay(3), 3) for _ in range(50)}
    assert len(delays) > 40


@pytest.mark.parametrize("kind", ["auth", "conflict", "halt", "upgrade"])
def test_user_action_pauses_periodic_sync(kind: str) -> None:
    plan = schedule()
    plan.after("offline")
    assert plan.after(kind) is None
    assert plan.failures == 0


def test_transient_failures_back_off_and_success_resets() -> None:
    plan = schedule(jitter=0)
    assert [plan.after("offline"), plan.after("server"), plan.after("offline")] == [30, 60, 120]
    assert plan.after("ok") == 900
    assert plan.after("offline") == 30


def test_refused_changes_do_not_stop_the_queue() -> None:
    plan = schedule()
    assert plan.after("rejected") == 900
