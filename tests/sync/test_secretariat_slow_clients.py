"""Slow clients against a real server on 127.0.0.1, over raw sockets.

The server runs with the service's own uvicorn configuration (``server_config``) and small
limits, so a test waits a fraction of a second for the server to act. No test measures
time: each waits until the server closes the connection (a socket timeout only stops a
broken test from hanging forever).
"""

from __future__ import annotations

import json
import select
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests
import uvicorn
from sync_helpers import run_sync, wait_for
from test_secretariat_security import activity_change, batch, stored

from focalpoint.secretariat.app import create_app
from focalpoint.secretariat.cli import build_parser
from focalpoint.secretariat.server import ServerLimits, server_config
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store

GUARD = 60  # seconds before a broken test gives up; never reached when the server works


@dataclass
class Running:
    server: uvicorn.Server
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def open_connections(self) -> int:
        return len(self.server.server_state.connections)


@pytest.fixture
def start(service_store: ServiceStore) -> Iterator[object]:
    started: list[tuple[uvicorn.Server, threading.Thread]] = []

    def run(limits: ServerLimits) -> Running:
        config = server_config(create_app(service_store), host="127.0.0.1", port=0,
                               limits=limits, log_level="warning", lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        started.append((server, thread))
        wait_for(lambda: server.started or not thread.is_alive(), what="uvicorn to start")
        assert server.started
        return Running(server, server.servers[0].sockets[0].getsockname()[1])

    yield run
    for server, thread in started:
        server.should_exit = True
        thread.join(10)


def _connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=GUARD)
    return sock


def _until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def test_half_sent_headers_are_answered_408_and_closed(start: object) -> None:
    running = start(ServerLimits(header_timeout=0.3))  # type: ignore[operator]
    with _connect(running.port) as sock:
        sock.sendall(b"POST /api/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty")
        answer = _until_closed(sock)
    assert _status(answer) == 408
    assert b"headers" in answer and b"connection: close" in answer.lower()
    assert requests.get(f"{running.url}/api/v1/health", timeout=GUARD).status_code == 200


def test_a_connection_that_sends_nothing_is_closed(start: object) -> None:
    running = start(ServerLimits(header_timeout=0.3))  # type: ignore[operator]
    with _connect(running.port) as sock:
        assert _status(_until_closed(sock)) == 408
    wait_for(lambda: running.open_connections() == 0, GUARD, "the connection to be dropped")


def test_headers_trickled_a_byte_at_a_time_are_cut_off(start: object) -> None:
    """Each byte would reset uvicorn's keep-alive timer; the deadline is absolute."""
    running = start(ServerLimits(header_timeout=0.3))  # type: ignore[operator]
    endless = b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 10_000
    with _connect(running.port) as sock:
        closed = False
        for byte in endless:
            try:
                sock.sendall(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
            readable, _, _ = select.select([sock], [], [], 0.02)  # pace the bytes
            if readable:
                closed = True
                break
        assert closed, "the server kept accepting a request that never ends"
        assert _status(_until_closed(sock)) == 408


def test_a_stalled_body_is_cut_off_and_nothing_is_stored(
        start: object, demo_token: str, service_store: ServiceStore) -> None:
    running = start(ServerLimits(body_timeout=0.3))  # type: ignore[operator]
    body = json.dumps(batch([activity_change(1)])).encode()
    head = (f"POST /api/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {demo_token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    with _connect(running.port) as sock:
        sock.sendall(head + body[: len(body) // 2])
        answer = _until_closed(sock)
    assert _status(answer) == 408 and b"body" in answer
    assert stored(service_store) == (0, 0, 0)


def test_one_connection_more_than_the_limit_gets_503(start: object) -> None:
    limit = 3
    running = start(ServerLimits(max_connections=limit, header_timeout=GUARD))  # type: ignore[operator]
    held = [_connect(running.port) for _ in range(limit)]
    try:
        for sock in held:
            sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never ends
        wait_for(lambda: running.open_connections() == limit, GUARD, "the held connections")
        with _connect(running.port) as extra:
            extra.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert _status(_until_closed(extra)) == 503
    finally:
        for sock in held:
            sock.close()
    wait_for(lambda: running.open_connections() == 0, GUARD, "the held connections to close")
    assert requests.get(f"{running.url}/api/v1/health", timeout=GUARD).status_code == 200


def test_a_whole_sync_through_the_limited_server(start: object, demo_store: Store,
                                                 demo_token: str) -> None:
    """Kept-alive connections and normal requests are not affected by the deadlines."""
    running = start(ServerLimits(header_timeout=5, body_timeout=5, max_connections=4))  # type: ignore[operator]
    result = run_sync(demo_store, running.url, demo_token, batch_bytes=4096)
    assert result.ok, result.message
    with requests.Session() as session:  # one kept-alive connection, many requests
        for _ in range(20):
            assert session.get(f"{running.url}/api/v1/health", timeout=GUARD).ok


def test_serve_documents_the_limits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for option in ("--header-timeout", "--body-timeout", "--keep-alive", "--max-connections"):
        assert option in text
    assert "default: 15" in text and "default: 120" in text and "default: 100" in text


@pytest.mark.parametrize("bad", [["--max-connections", "1"], ["--header-timeout", "0"],
                                 ["--body-timeout", "-3"], ["--keep-alive", "x"]])
def test_bad_limits_are_usage_errors(bad: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["serve", *bad])
    assert exit_info.value.code == 2 and bad[0] in capsys.readouterr().err
