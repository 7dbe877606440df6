"""A small TCP proxy on 127.0.0.1 that breaks connections on purpose.

Each accepted connection takes the next :class:`Fault` from the proxy's plan (pass-through
once the plan is empty), so a test states exactly which request fails and how. Counters
(``faults_applied``) let a test prove that the fault really happened — a fault test that
passes without any fault proves nothing.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    """What to do to one connection.

    ``cut_request_after``: forward this many request bytes, then cut both sides.
    ``drop_response``: forward the whole request, wait until the server starts answering
    (it has committed by then), then cut the client off without the answer.
    ``cut_response_after``: forward this many response bytes, then cut.
    ``hold_response``: like drop_response, but keep the client waiting (for kill -9 tests).
    ``hold_request_after``: forward this many request bytes, then keep the client waiting
    with its request half sent (for kill -9 tests).
    ``delay``: seconds to wait before forwarding anything (a slow link).
    ``delay_response``: seconds to hold the server's answer (longer than the client's read
    timeout: the server has committed, the client gives up waiting).
    ``after_bytes_up``: response faults apply only once the client has sent more than this
    many bytes on the connection (skips the small handshake on a kept-alive connection).
    """

    cut_request_after: int | None = None
    hold_request_after: int | None = None
    drop_response: bool = False
    cut_response_after: int | None = None
    hold_response: bool = False
    delay: float = 0.0
    delay_response: float = 0.0
    after_bytes_up: int = 0


PASS = Fault()


class FlakyProxy:
    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.plan: deque[Fault] = deque()
        self.faults_applied: list[str] = []
        self.connections = 0
        self.held = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self._stopped = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepter.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add(self, *faults: Fault) -> None:
        with self._lock:
            self.plan.extend(faults)

    def release(self) -> None:
        """Let held connections go (they are cut, as if the link died)."""
        self._release.set()

    def close(self) -> None:
        self._stopped.set()
        self._release.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        with contextlib.suppress(OSError):
            self._listener.close()
        self._accepter.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> FlakyProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- internals ---------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                fault = self.plan.popleft() if self.plan else PASS
                self.connections += 1
            thread = threading.Thread(target=self._serve, args=(client, fault), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _note(self, what: str) -> None:
        with self._lock:
            self.faults_applied.append(what)

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=10)
        except OSError:
            client.close()
            return
        if fault.delay:
            time.sleep(fault.delay)  # the fault itself (a slow link), not synchronisation
        sent_up = sent_down = 0
        selector = selectors.DefaultSelector()
        selector.register(client, selectors.EVENT_READ, "up")
        selector.register(upstream, selectors.EVENT_READ, "down")
        try:
            while not self._stopped.is_set():
                for key, _ in selector.select(timeout=0.5):
                    data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                    if not data:
                        return
                    if key.data == "up":
                        if fault.cut_request_after is not None:
                            room = fault.cut_request_after - sent_up
                            if len(data) >= room:
                                upstream.sendall(data[:max(room, 0)])
                                self._note(f"cut request after {fault.cut_request_after} bytes")
                                return
                        if fault.hold_request_after is not None:
                            room = fault.hold_request_after - sent_up
                            if len(data) >= room:
                                upstream.sendall(data[:max(room, 0)])
                                self._note("held request")
                                self.held.set()
                                self._release.wait(timeout=60)
                                return
                        upstream.sendall(data)
                        sent_up += len(data)
                    else:
                        if sent_up <= fault.after_bytes_up:
                            client.sendall(data)
                            sent_down += len(data)
                            continue
                        if fault.delay_response:
                            self._note(f"delayed response by {fault.delay_response} s")
                            time.sleep(fault.delay_response)  # the fault: a slow answer
                            fault = PASS
                        if fault.drop_response:
                            self._note("dropped response after the server answered")
                            return
                        if fault.hold_response:
                            self._note("held response")
                            self.held.set()
                            self._release.wait(timeout=60)
                            return
                        if fault.cut_response_after is not None:
                            room = fault.cut_response_after - sent_down
                            if len(data) >= room:
                                client.sendall(data[:max(room, 0)])
                                self._note(f"cut response after {fault.cut_response_after} "
                                           "bytes")
                                return
                        client.sendall(data)
                        sent_down += len(data)
        except OSError:
            return
        finally:
            selector.close()
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
