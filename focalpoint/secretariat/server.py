"""Running the service under uvicorn with the limits a server on the open Internet needs.

A small office may run the service without a reverse proxy in front, so it must protect
itself against slow clients ("slowloris"): a client that opens connections and sends its
request a byte at a time, or never finishes it, would otherwise hold every connection.

uvicorn bounds the number of connections (``limit_concurrency``: answered 503 beyond it),
the idle time between two requests (``timeout_keep_alive``) and the size of the headers
(h11's ``max_incomplete_event_size``), but it has no time limit for *receiving* a request:
its keep-alive timer is cancelled by every byte that arrives. ASGI middleware cannot help
for the headers, because the application is only called once they are complete. So
:class:`DeadlineProtocol` extends uvicorn's own h11 protocol with two absolute deadlines
per request — one for the headers (from the connection or the request's first byte) and
one for the body (from the end of the headers) — and answers 408 and closes the
connection when one passes. Responses, however long they take, are never cut.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

#: uvicorn's own error log, so these lines look (and are configured) like its others.
log = logging.getLogger("uvicorn.error")


@dataclass(frozen=True)
class ServerLimits:
    """Time and connection limits of the HTTP server (``serve --help`` lists them)."""

    #: Seconds a client has to send a request's line and headers once it has connected
    #: (or, on a kept-alive connection, once the request's first byte arrived).
    header_timeout: float = 15.0
    #: Seconds a client has to send the whole body once the headers are in. A batch is
    #: usually well under 100 KiB on the wire; the 8 MiB maximum needs about 70 KB/s.
    body_timeout: float = 120.0
    #: Seconds an idle kept-alive connection stays open between two requests.
    keep_alive: int = 30
    #: Connections open at once; a request beyond it is answered 503 and closed.
    max_connections: int = 100

    def __post_init__(self) -> None:
        if self.header_timeout <= 0 or self.body_timeout <= 0 or self.keep_alive < 1:
            raise ValueError("timeouts must be positive (keep-alive at least 1 second)")
        if self.max_connections < 2:
            raise ValueError("the connection limit must be at least 2")


def _timeout_answer(message: str) -> bytes:
    body = json.dumps({"detail": message}).encode()
    return (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
            b"connection: close\r\ncontent-length: " + str(len(body)).encode() + b"\r\n\r\n"
            + body)


class DeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol, plus a deadline for receiving each request's headers and body.

    The state of the request is read from h11 after uvicorn has handled each chunk of data:
    ``IDLE`` means the headers are still incomplete, ``SEND_BODY`` that the body is, and any
    other state that the request is complete (or the connection is done), so no deadline.
    """

    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        self.limits = config.limits if isinstance(config, ServiceConfig) else ServerLimits()
        self._deadline: asyncio.TimerHandle | None = None
        self._phase = ""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm("headers")

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow_request()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self._phase == "body":  # answered before the body was read: nothing to wait for
            self._disarm()
        # The next request (if any) is followed from its first byte on: until then the
        # connection is idle and uvicorn's keep-alive timeout applies.

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _follow_request(self) -> None:
        state = self.conn.their_state
        if state is h11.IDLE:
            if self._phase != "headers":
                self._arm("headers")
        elif state is h11.SEND_BODY:
            if self._phase != "body":
                self._arm("body")
        else:
            self._disarm()

    def _arm(self, phase: str) -> None:
        self._disarm()
        seconds = self.limits.header_timeout if phase == "headers" else self.limits.body_timeout
        self._phase = phase
        self._deadline = self.loop.call_later(seconds, self._expired, phase, seconds)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = None
        self._phase = ""

    def _expired(self, phase: str, seconds: float) -> None:
        self._deadline = None
        self._phase = ""
        if self.transport.is_closing():
            return
        what = "its request headers" if phase == "headers" else "its request body"
        client = f"{self.client[0]}:{self.client[1]}" if self.client else "a client"
        log.warning("closing the connection of %s: it did not send %s within %g s",
                    client, what, seconds)
        if self.cycle is None or not self.cycle.response_started:
            self.transport.write(_timeout_answer(
                f"the request was not received within {seconds:g} s ({what} were "
                "incomplete); the connection is closed"))
        if self.cycle is not None:
            self.cycle.keep_alive = False
        self.transport.close()


class ServiceConfig(uvicorn.Config):
    """uvicorn's configuration with the service's limits applied, and carried along to the
    protocol (and, pickled, to each worker process of ``serve --workers``)."""

    def __init__(self, app: Any, *, limits: ServerLimits | None = None,
                 **options: Any) -> None:
        self.limits = limits or ServerLimits()
        # No "server: uvicorn" on every answer: it tells an attacker the software and
        # costs each mission 17 bytes per request (Date stays: HTTP requires it).
        options.setdefault("server_header", False)
        super().__init__(app, http=DeadlineProtocol,
                         limit_concurrency=self.limits.max_connections,
                         timeout_keep_alive=self.limits.keep_alive, **options)


def server_config(app: Any, *, host: str, port: int, limits: ServerLimits | None = None,
                  **options: Any) -> ServiceConfig:
    """The uvicorn configuration of the service: the one place the limits are applied
    (``serve`` and the tests both use it)."""
    return ServiceConfig(app, host=host, port=port, limits=limits, **options)


def serve(config: ServiceConfig) -> None:
    """Run the service as ``uvicorn.run`` would, from a ready configuration: in this
    process, or in ``config.workers`` worker processes (the app is then an import string)."""
    if config.workers > 1:
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, sockets=[config.bind_socket()]).run()
        return
    uvicorn.Server(config).run()
