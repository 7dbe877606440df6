"""HTTP to the Secretariat: one requests Session with timeouts, retries and TLS verification.

Retries are urllib3's :class:`~urllib3.util.retry.Retry` (exponential backoff with jitter),
bounded per request, and only for failures that say nothing about the request itself:
connection errors, resets, read timeouts and 500/502/503/504 (honouring ``Retry-After``).
POST is retried too, which is safe *only* because every POST is idempotent (a batch is
identified by its persisted id). A 4xx is never retried here. Certificate verification is
always on; a custom CA bundle may replace the system one, never disable it.

The token travels in the ``Authorization`` header via :class:`BearerAuth`, whose repr is
redacted, and no message built here ever contains a header.
"""

from __future__ import annotations

import gzip
import json
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import ConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    InvalidHeader,
    MaxRetryError,
    NewConnectionError,
    ReadTimeoutError,
    ResponseError,
)
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from focalpoint import __version__
from focalpoint.sync.credentials import clean_token
from focalpoint.sync.protocol import API_PREFIX

SessionFactory = Callable[[], requests.Session]


def certificate_refused(error: BaseException | None) -> bool:
    """Whether ``error`` is (or wraps) a failed TLS certificate verification."""
    stack, seen = [error], 0
    while stack and seen < 20:
        current = stack.pop()
        seen += 1
        if current is None:
            continue
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        stack.extend(a for a in current.args if isinstance(a, BaseException))
        stack.extend([current.__cause__, current.__context__])
    return False


class SyncRetry(Retry):
    """urllib3's Retry, except that a refused certificate is final at once.

    Other TLS errors stay retryable: a link cut during the TLS handshake surfaces as an
    ``SSLError`` too, and that is exactly the transient failure retries are for. A
    certificate that does not verify will not verify a second later.
    """

    #: ``time.monotonic()`` after which no attempt starts (None: only the counts apply).
    deadline: float | None = None

    def new(self, **kw: Any) -> SyncRetry:
        retry = super().new(**kw)
        retry.deadline = self.deadline
        return retry

    def until(self, deadline: float) -> SyncRetry:
        """A copy that gives up once ``deadline`` (monotonic) would be passed."""
        retry = self.new()
        retry.deadline = deadline
        return retry

    def increment(self, method: str | None = None, url: str | None = None,
                  response: BaseHTTPResponse | None = None, error: Exception | None = None,
                  _pool: ConnectionPool | None = None,
                  _stacktrace: TracebackType | None = None) -> SyncRetry:
        if certificate_refused(error):
            raise MaxRetryError(_pool, url or "", error) from error  # type: ignore[arg-type]
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        if self.deadline is not None and (
                time.monotonic() + retry.get_backoff_time() >= self.deadline):
            # Out of time: no further attempt. With raise_on_status off, urllib3 then
            # hands back the last response (a 503 stays a 503); an error stays the error.
            raise MaxRetryError(_pool, url or "",  # type: ignore[arg-type]
                                error or ResponseError("out of time"))
        return retry

    def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
        """Never a 4xx, even with ``Retry-After`` (urllib3 would retry 413 and 429 then):
        the request itself is the problem, and the engine decides what to do about it."""
        if 400 <= status_code < 500:
            return False
        return super().is_retry(method, status_code, has_retry_after)

    def get_retry_after(self, response: BaseHTTPResponse) -> float | None:
        """``Retry-After``, but never longer than ``backoff_max``: a maintenance page saying
        "come back tomorrow" must end this pass (periodic sync comes back later), not block
        the sync for a day where nobody can cancel it. An unreadable value is ignored."""
        try:
            seconds = super().get_retry_after(response)
        except InvalidHeader:
            return None
        if seconds is None:
            return None
        if self.deadline is not None:  # never wait past the request's time budget
            seconds = min(seconds, max(0.0, self.deadline - time.monotonic()))
        return max(0.0, min(seconds, self.backoff_max))


@dataclass(frozen=True)
class RetryPolicy:
    """How hard one request tries before the engine gives up for this pass."""

    attempts: int = 5
    backoff_factor: float = 0.5
    backoff_max: float = 30.0
    backoff_jitter: float = 0.5
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    #: The most one request may take, every retry and backoff included: then the pass
    #: stops with kind "offline" and says so. Per request, not per pass, so that a big
    #: backlog over a slow but working link still gets through in one sync.
    total_timeout: float = 30.0

    def retry(self) -> Retry:
        return SyncRetry(
            total=self.attempts,
            connect=self.attempts,
            read=self.attempts,
            status=self.attempts,
            other=self.attempts,
            redirect=0,
            backoff_factor=self.backoff_factor,
            backoff_max=self.backoff_max,
            backoff_jitter=self.backoff_jitter,
            status_forcelist=(500, 502, 503, 504),
            allowed_methods=frozenset({"GET", "POST"}),
            respect_retry_after_header=True,
            raise_on_status=False,
            raise_on_redirect=False,
        )


def make_session(policy: RetryPolicy | None = None) -> requests.Session:
    """A session whose adapters retry per ``policy``; the default factory of the engine."""
    policy = policy or RetryPolicy()
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=policy.retry(), pool_connections=2, pool_maxsize=2)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    # Only the headers the service reads: on a GSM link every request pays for them.
    # requests' defaults add "Accept: */*", "Connection: keep-alive" (HTTP/1.1 keeps the
    # connection anyway) and "deflate"; the answers are JSON, gzip-compressed or plain.
    session.headers.clear()
    session.headers.update({"User-Agent": f"FocalPoint/{__version__}",
                            "Accept-Encoding": "gzip"})
    # trust_env stays on: field offices often reach the Internet only through a proxy
    # (HTTPS_PROXY). netrc credentials are never used because every request carries auth.
    return session


class BearerAuth(requests.auth.AuthBase):
    """Adds the token to each request; prints as ``BearerAuth(<redacted>)``."""

    def __init__(self, token: str) -> None:
        # Checked here too, whatever the caller did: a line break or a non-ASCII character
        # in a header makes the HTTP layer raise an error that quotes the header verbatim.
        self._token = clean_token(token, "for this sync")

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(<redacted>)"


class TransportError(Exception):
    """The service could not be reached or did not answer in time (after retries)."""


class CertificateError(TransportError):
    """TLS verification failed: never retried, never bypassed."""


class HttpError(Exception):
    """The service answered with a non-2xx status; ``detail`` is its own message."""

    def __init__(self, status: int, detail: str, body: dict[str, Any] | None = None) -> None:
        super().__init__(f"HTTP {status}: {detail}")
        self.status = status
        self.detail = detail
        self.body = body or {}

    @property
    def from_service(self) -> bool:
        """Whether the answer came from a FocalPoint service (it has a JSON ``detail``)."""
        return "detail" in self.body


def _reason(error: requests.RequestException) -> BaseException | None:
    """What urllib3 gave up on, under requests' wrapping (``MaxRetryError.reason``)."""
    for arg in error.args:
        if isinstance(arg, MaxRetryError):
            return arg.reason
        if isinstance(arg, BaseException):
            return arg
    return None


def _describe_transport(error: requests.RequestException, budget: float) -> str:
    """A short, secret-free description (requests' messages can be long nested reprs)."""
    cut = (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)
    if isinstance(error, cut):
        return "the connection was cut while the answer arrived"
    reason = _reason(error)
    if isinstance(error, requests.ReadTimeout) or isinstance(reason, ReadTimeoutError):
        return (f"the server accepted the connection but sent no answer within {budget:g} s "
                "(the link or the server may be down)")
    # urllib3's NewConnectionError (refused, unreachable, unresolvable) subclasses
    # ConnectTimeoutError, so it is told apart first, by the text below.
    timed_out = isinstance(reason, ConnectTimeoutError) and not isinstance(
        reason, NewConnectionError)
    if timed_out or (isinstance(error, requests.ConnectTimeout) and reason is None):
        return f"no connection to the server could be made within {budget:g} s"
    if isinstance(error, requests.Timeout):
        return f"the server did not answer within {budget:g} s"
    if isinstance(error, requests.ConnectionError):
        text = str(error)
        if "Name or service not known" in text or "nodename nor servname" in text:
            return "the server name could not be resolved (offline?)"
        if "Connection refused" in text:
            return "the connection was refused (server down or wrong address)"
        return "the connection failed or was cut"
    return type(error).__name__


class SyncHttp:
    """JSON calls to one service for one mission token."""

    def __init__(self, server_url: str, token: str, *, ca_bundle: str = "",
                 policy: RetryPolicy | None = None,
                 session_factory: SessionFactory | None = None) -> None:
        self.base = server_url.rstrip("/") + API_PREFIX
        self.policy = policy or RetryPolicy()
        self.session = (session_factory or (lambda: make_session(self.policy)))()
        self.auth = BearerAuth(token)
        self.verify: bool | str = ca_bundle or True
        self.bytes_sent = 0
        self.requests = 0  # calls made (automatic retries of one call not counted)

    def close(self) -> None:
        self.session.close()

    def __repr__(self) -> str:
        return f"SyncHttp({self.base!r}, auth=<redacted>)"

    def _budget(self) -> tuple[float, float]:
        """Start the request's time budget: every retry must start before the deadline and
        no single wait (connect, or a read) may last past it. Returns the socket timeouts."""
        budget = self.policy.total_timeout
        deadline = time.monotonic() + budget
        for adapter in self.session.adapters.values():
            retries = getattr(adapter, "max_retries", None)
            if isinstance(retries, SyncRetry):
                adapter.max_retries = retries.until(deadline)  # type: ignore[attr-defined]
        return min(self.policy.connect_timeout, budget), min(self.policy.read_timeout, budget)

    def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        self.requests += 1
        try:
            response = self.session.request(
                method, self.base + path, auth=self.auth, verify=self.verify,
                timeout=self._budget(), allow_redirects=False, **kwargs)
        except requests.exceptions.SSLError as error:
            raise CertificateError(
                "the server's TLS certificate could not be verified; check the server address "
                "or configure the Secretariat's CA bundle") from error
        except requests.RequestException as error:
            raise TransportError(_describe_transport(error, self.policy.total_timeout)) from None
        except ValueError:
            # http.client refuses an invalid header with a message quoting it (the token):
            # never let that text out. The token is checked up front, so this is a guard.
            raise TransportError("the request could not be sent (an invalid header)") from None
        try:
            body = response.json()
        except ValueError:
            body = None
        if not 200 <= response.status_code < 300:
            detail = body.get("detail") if isinstance(body, dict) else None
            if not isinstance(detail, str):
                detail = f"{response.status_code} {response.reason or ''}".strip()
            raise HttpError(response.status_code, detail,
                            body if isinstance(body, dict) else None)
        if not isinstance(body, dict):
            raise HttpError(response.status_code, "the server's answer is not JSON")
        return body

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self._request("GET", path, params=params)

    def post_json(self, path: str, data: Any, headers: dict[str, str] | None = None
                  ) -> dict[str, Any]:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self.post_gzip(path, gzip.compress(body, mtime=0), headers)

    def post_gzip(self, path: str, gzipped: bytes, headers: dict[str, str] | None = None
                  ) -> dict[str, Any]:
        """``headers``: extra ones for this request (e.g. the features a client asks for)."""
        self.bytes_sent += len(gzipped)
        return self._request("POST", path, data=gzipped, headers={
            "Content-Type": "application/json", "Content-Encoding": "gzip", **(headers or {})})
