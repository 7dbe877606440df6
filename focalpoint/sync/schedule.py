"""When to sync next: the periodic policy the GUI timer follows (pure, no Qt, no clock).

After a transient failure ("offline", "server") the next attempt waits exponentially
longer, with jitter so that many missions behind one satellite link do not retry in step,
capped so a mission that comes back online syncs within the cap. After a failure only the
user can fix (token refused, conflict, halt, upgrade) periodic sync pauses until the user
acts ("Sync now" or signing in again). Refused changes do not pause the queue: the rest
keeps syncing at the normal interval while the refused ones wait to be fixed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

#: Result kinds after which trying again later may succeed without the user doing anything.
TRANSIENT_KINDS = frozenset({"offline", "server"})
#: Result kinds after which periodic sync pauses until the user acts.
USER_ACTION_KINDS = frozenset({"auth", "conflict", "halt", "upgrade"})


@dataclass
class SyncSchedule:
    """Delays in seconds. ``rng`` is injectable so tests are deterministic."""

    interval: float = 15 * 60.0
    base: float = 30.0
    cap: float = 30 * 60.0
    jitter: float = 0.25
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def next_delay(self, consecutive_failures: int) -> float:
        """Seconds to wait after ``consecutive_failures`` transient failures in a row.

        0 failures: the normal interval. n >= 1: ``base * 2**(n-1)``, at most ``cap``,
        then jittered by +/- ``jitter`` (and never above ``cap`` nor below 1 second).
        """
        if consecutive_failures <= 0:
            return self.interval
        exponent = min(consecutive_failures - 1, 30)  # 2**30 * base is past any cap
        delay = min(self.cap, self.base * (2 ** exponent))
        delay *= 1 + self.rng.uniform(-self.jitter, self.jitter)
        return max(1.0, min(self.cap, delay))

    def after(self, kind: str) -> float | None:
        """Record a pass's result kind; seconds until the next automatic pass, or None to
        wait for the user."""
        if kind in TRANSIENT_KINDS:
            self.failures += 1
            return self.next_delay(self.failures)
        self.failures = 0
        if kind in USER_ACTION_KINDS:
            return None
        return self.next_delay(0)
