"""HTTP headers of a sync: only what the other side reads (each byte crosses a GSM link).

The byte counts themselves are bench figures (``bench/run``); these tests pin which
headers travel, so a default creeping back in (requests' ``Accept``, uvicorn's ``server``,
the staff pages' long policy on API answers) is noticed.
"""

from __future__ import annotations

import requests
from fastapi.testclient import TestClient

from focalpoint.secretariat.app import create_app
from focalpoint.secretariat.server import server_config
from focalpoint.secretariat.store import ServiceStore
from focalpoint.sync.http import BearerAuth, make_session


def test_the_client_sends_only_the_headers_the_service_reads() -> None:
    session = make_session()
    request = session.prepare_request(requests.Request(
        "POST", "https://secretariat.example.org/api/v1/sync", data=b"\x1f\x8b",
        auth=BearerAuth("fp1_abcdef0123456789_" + "x" * 43),
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}))
    assert sorted(request.headers) == ["Accept-Encoding", "Authorization", "Content-Encoding",
                                       "Content-Length", "Content-Type", "User-Agent"]
    assert request.headers["Accept-Encoding"] == "gzip"
    assert request.headers["User-Agent"].startswith("FocalPoint/")


def test_api_answers_carry_the_short_security_set(service_store: ServiceStore) -> None:
    with TestClient(create_app(service_store)) as client:
        api = client.get("/api/v1/health")
        page = client.get("/login")
    assert api.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert api.headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Frame-Options" not in api.headers and "Referrer-Policy" not in api.headers
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]  # pages: all of it
    assert page.headers["X-Frame-Options"] == "DENY"


def test_the_service_does_not_name_its_server_software(service_store: ServiceStore) -> None:
    config = server_config(create_app(service_store), host="127.0.0.1", port=0)
    assert config.server_header is False
    assert config.date_header is True  # HTTP requires Date from a server with a clock
