"""A byte-counting, latency- and bandwidth-shaping, cut-injecting TCP proxy for the bench.

It is the fault proxy of the sync tests (``tests/sync/faults.py``: listener on 127.0.0.1,
port 0, one thread per connection) with another ``_serve``: instead of one planned fault
per connection it counts what a link would carry and can shape and cut it.

- ``bytes_up`` / ``bytes_down``: payload bytes in each direction, over all connections.
- ``round_trips``: how many times the traffic turned from client→server to server→client
  (one request answered = one round trip); the TCP connection set-up is not counted.
- ``latency`` (seconds, round trip) and ``bandwidth`` (bytes/s, each direction): real
  waits, for a scaled-down real run. With the defaults (0, unlimited) nothing waits, and
  :meth:`link_seconds` computes what the counted traffic would take on a given link.
- ``cut_every``: after every that many bytes (both directions together, over all
  connections) the current connection is cut, as a link that drops every few hundred KB.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "sync"))

from faults import PASS, Fault, FlakyProxy  # the sync tests' fault proxy


class ShapingProxy(FlakyProxy):
    def __init__(self, upstream_port: int, *, latency: float = 0.0,
                 bandwidth: float | None = None, cut_every: int | None = None) -> None:
        self.latency = latency
        self.bandwidth = bandwidth
        self.cut_every = cut_every
        self.bytes_up = 0
        self.bytes_down = 0
        self.round_trips = 0
        self.cuts = 0
        self._next_cut = cut_every
        super().__init__(upstream_port)

    def reset(self) -> None:
        """Zero the counters (between measurements through the same proxy)."""
        with self._lock:
            self.bytes_up = self.bytes_down = self.round_trips = self.cuts = 0
            self._next_cut = self.cut_every

    @property
    def total(self) -> int:
        return self.bytes_up + self.bytes_down

    def link_seconds(self, bits_per_second: float, rtt: float) -> float:
        """What the counted traffic takes on a link of that speed and round-trip time."""
        return self.total * 8 / bits_per_second + self.round_trips * rtt

    def _count(self, direction: str, size: int) -> bool:
        """Count ``size`` bytes; True if the link is to be cut now."""
        with self._lock:
            if direction == "up":
                self.bytes_up += size
            else:
                self.bytes_down += size
            if self._next_cut is not None and self.total >= self._next_cut:
                assert self.cut_every is not None
                while self._next_cut <= self.total:
                    self._next_cut += self.cut_every
                self.cuts += 1
                return True
            return False

    def _shape(self, size: int) -> None:
        if self.bandwidth:
            time.sleep(size / self.bandwidth)  # the simulated link itself, not a wait for state

    def _serve(self, client: socket.socket, fault: Fault = PASS) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=30)
        except OSError:
            client.close()
            return
        selector = selectors.DefaultSelector()
        selector.register(client, selectors.EVENT_READ, "up")
        selector.register(upstream, selectors.EVENT_READ, "down")
        last = "down"
        try:
            while not self._stopped.is_set():
                for key, _ in selector.select(timeout=0.5):
                    data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                    if not data:
                        return
                    direction = key.data
                    if direction != last:
                        if direction == "down":
                            with self._lock:
                                self.round_trips += 1
                        if self.latency:
                            time.sleep(self.latency / 2)  # one way of the simulated link
                        last = direction
                    self._shape(len(data))
                    target = upstream if direction == "up" else client
                    cut = self._count(direction, len(data))
                    if cut:
                        half = len(data) // 2
                        self._count(direction, half - len(data))  # only half went out
                        target.sendall(data[:half])
                        self._note(f"cut after {self.total} bytes")
                        return
                    target.sendall(data)
        except OSError:
            return
        finally:
            selector.close()
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
