"""gzip for the mission API's answers, when the client says it accepts gzip.

Protocol 3 sends a device's whole pull (feed pages, catalogue, feedback) in one answer; on
a satellite or GSM link every kilobyte is paid for. Starlette's ``GZipMiddleware`` does the
work (only with ``Accept-Encoding: gzip``, only above a few hundred bytes, with ``Vary``);
this wrapper limits it to ``/api/v1/``: the staff pages carry CSRF tokens next to text a
visitor can put there, which compression would turn into an oracle (BREACH).
"""

from __future__ import annotations

from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from focalpoint.sync.protocol import API_PREFIX

#: Smaller answers are sent as they are (gzip's header and trailer would outweigh the gain).
MINIMUM_SIZE = 256


class ApiGzipMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=MINIMUM_SIZE)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and str(scope.get("path", "")).startswith(f"{API_PREFIX}/"):
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)
