"""Hostile bodies found by an outside attack: each was a 500 or was stored; now a clear 4xx.

Every test posts over real HTTP to the threaded service, checks the status and that the
message names what is wrong, that nothing was stored, and that the service still serves.
"""

from __future__ import annotations

import codecs
import gzip
import json
import threading
from typing import Any

import pytest
import requests
from sync_helpers import Service
from test_secretariat_security import activity_change, batch, post, still_serving, stored

from focalpoint.secretariat.store import ServiceStore


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth - 1):
        value = {"x": value}
    return value


@pytest.mark.parametrize("where", ["title", "description", "key", "mission_code", "partners"])
def test_a_lone_surrogate_is_422_naming_the_field(service: Service, demo_token: str,
                                                  service_store: ServiceStore,
                                                  where: str) -> None:
    body = batch([activity_change(1)])
    payload = body["changes"][0]["payload"]
    if where == "key":
        payload["\ud800"] = 1
    elif where == "mission_code":
        body["mission_code"] = "DEMO\ud800"
    elif where == "partners":
        payload["partners"] = ["UNODC", "NGO \udfff"]
    else:
        payload[where] = "Training \ud800 for judges"
    raw = json.dumps(body).encode()  # ensure_ascii: the surrogate travels as \ud800
    assert b"\\ud800" in raw or b"\\udfff" in raw
    response = post(service, demo_token, None, raw=raw, gzipped=True)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert "surrogate" in detail
    expected = {"title": "changes[0].payload.title", "description":
                "changes[0].payload.description", "key": "changes[0].payload",
                "mission_code": "mission_code", "partners": "changes[0].payload.partners[1]"}
    assert detail.startswith(expected[where]), detail
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


def test_a_surrogate_in_the_handshake_is_422(service: Service, demo_token: str) -> None:
    hello = {"protocol_version": 1, "client_version": "x\ud800", "mission_code": "DEMO",
             "device_id": "6f1c2c1e-4b7a-4d43-9a43-1d7c7c2f0a11", "catalogue_version": "2006.1",
             "client_time": "2026-01-01T00:00:00Z", "pending_count": 0}
    answer = requests.post(f"{service.url}/api/v1/handshake", data=json.dumps(hello),
                           headers={"Authorization": f"Bearer {demo_token}",
                                    "Content-Type": "application/json"}, timeout=10)
    assert answer.status_code == 422 and "client_version" in answer.json()["detail"]


@pytest.mark.parametrize("depth", [65, 100, 250, 300, 500, 950, 990, 5000])
def test_any_depth_of_nesting_is_one_clear_400(service: Service, demo_token: str,
                                               service_store: ServiceStore, depth: int) -> None:
    body = batch([activity_change(1)])
    body["changes"][0]["payload"]["extra"] = _nested(depth) if depth < 900 else "leaf"
    raw = json.dumps(body).encode()
    if depth >= 900:  # too deep for json.dumps itself: nest lists in the text
        raw = raw.replace(b'"leaf"', b"[" * depth + b"]" * depth)
    response = post(service, demo_token, None, raw=raw, gzipped=True)
    assert response.status_code == 400, response.text
    assert "nested more than 64 levels deep" in response.json()["detail"]
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


def test_nesting_within_the_limit_is_judged_on_its_content(service: Service,
                                                           demo_token: str) -> None:
    body = batch([activity_change(1)])
    body["changes"][0]["payload"]["extra"] = _nested(60)
    response = post(service, demo_token, body)
    assert response.status_code == 422  # an unknown field: refused by the domain rules
    assert "extra" in json.dumps(response.json())


@pytest.mark.parametrize("where", ["title", "key", "batch_id"])
def test_a_nul_character_is_refused(service: Service, demo_token: str,
                                    service_store: ServiceStore, where: str) -> None:
    body = batch([activity_change(1)])
    if where == "title":
        body["changes"][0]["payload"]["title"] = "Round table\x00 on NRM"
    elif where == "key":
        body["changes"][0]["payload"]["ti\x00tle"] = "x"
    else:
        body["batch_id"] += "\x00"
    response = post(service, demo_token, body)
    assert response.status_code == 422, response.text
    assert "NUL" in response.json()["detail"]
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


@pytest.mark.parametrize("garbage", [b"x", b"\x00" * 10, gzip.compress(b"{}")])
def test_bytes_after_the_gzip_stream_are_refused(service: Service, demo_token: str,
                                                 service_store: ServiceStore,
                                                 garbage: bytes) -> None:
    raw = gzip.compress(json.dumps(batch([activity_change(1)])).encode()) + garbage
    response = requests.post(f"{service.url}/api/v1/batches", data=raw, timeout=10, headers={
        "Authorization": f"Bearer {demo_token}", "Content-Encoding": "gzip",
        "Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert f"{len(garbage)} bytes after the end of its gzip stream" in response.json()["detail"]
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_bodies_that_are_not_plain_utf8_are_refused(service: Service, demo_token: str,
                                                    service_store: ServiceStore,
                                                    codec: str) -> None:
    raw = json.dumps(batch([activity_change(1)])).encode(codec)
    response = post(service, demo_token, None, raw=raw, gzipped=True)
    assert response.status_code == 400, response.text
    detail = response.json()["detail"]
    assert "not UTF-8" in detail or "not valid JSON" in detail
    assert stored(service_store) == (0, 0, 0)
    still_serving(service, demo_token)


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-16", "text/plain",
                                          "application/x-www-form-urlencoded"])
def test_a_body_declared_as_something_else_is_415(service: Service, demo_token: str,
                                                  service_store: ServiceStore,
                                                  content_type: str) -> None:
    raw = json.dumps(batch([activity_change(1)])).encode()
    if "utf-16" in content_type:
        raw = raw.decode().encode("utf-16")
    response = requests.post(f"{service.url}/api/v1/batches", data=raw, timeout=10, headers={
        "Authorization": f"Bearer {demo_token}", "Content-Type": content_type})
    assert response.status_code == 415, response.text
    assert stored(service_store) == (0, 0, 0)


def test_plain_utf8_with_and_without_charset_is_accepted(service: Service,
                                                         demo_token: str) -> None:
    for content_type in ("application/json", "application/json; charset=UTF-8"):
        body = batch([activity_change(1, title="Тренинг — ქართული")])
        response = requests.post(
            f"{service.url}/api/v1/batches", data=json.dumps(body, ensure_ascii=False).encode(),
            timeout=10, headers={"Authorization": f"Bearer {demo_token}",
                                 "Content-Type": content_type})
        assert response.status_code == 200, response.text
    assert codecs.lookup("utf-8")  # the service decodes strictly as UTF-8 (see jsoncheck)


def test_ingestion_does_not_block_the_event_loop(service: Service, demo_token: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """While a batch is being validated, /health still answers: the work runs in a worker
    thread. Validation is held on an event until /health has answered, so no timing is
    involved: on the event loop, the held validation would keep /health from answering."""
    from focalpoint.sync import protocol

    started, release = threading.Event(), threading.Event()
    original = protocol.Batch.model_validate.__func__  # type: ignore[attr-defined]

    def held(cls: type[protocol.Batch], *args: Any, **kwargs: Any) -> protocol.Batch:
        started.set()
        release.wait(30)
        return original(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(protocol.Batch, "model_validate", classmethod(held))
    answers: list[requests.Response] = []
    sender = threading.Thread(target=lambda: answers.append(
        post(service, demo_token, batch([activity_change(i) for i in range(1, 40)]))))
    sender.start()
    try:
        assert started.wait(30), "the batch never reached validation"
        health = requests.get(f"{service.url}/api/v1/health", timeout=20)
        assert health.status_code == 200
        assert not answers  # the batch is still held
    finally:
        release.set()
        sender.join(30)
    assert answers and answers[0].status_code == 200, answers


def test_security_headers_on_html_and_json_answers(service: Service, demo_token: str,
                                                   service_store: ServiceStore) -> None:
    service_store.add_mission("XSS", "<script>alert(1)</script>")
    page = requests.get(f"{service.url}/login", timeout=10)  # the staff pages' first page
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"] == "'self'"  # no inline script, no other origin
    assert "unsafe-inline" not in policy and "*" not in policy
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'self'" and directives["object-src"] == "'none'"
    assert directives["style-src"] == "'self'"  # the stylesheet file, no inline style
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert "<script>" not in page.text
    for answer in (requests.get(f"{service.url}/api/v1/health", timeout=10),
                   requests.get(f"{service.url}/api/v1/feedback", timeout=10),
                   requests.get(f"{service.url}/no/such/page", timeout=10)):
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors 'none'" in answer.headers["Content-Security-Policy"]


def test_the_largest_feedback_cursor_is_answered(service: Service, demo_token: str,
                                                 service_store: ServiceStore) -> None:
    """Found by schemathesis: on PostgreSQL a cursor above 2**31 was a 500."""
    number = service_store.add_feedback("DEMO", "Please name the partners", author="",
                                        entity_type="", entity_id="")
    headers = {"Authorization": f"Bearer {demo_token}"}
    for since, expected in ((0, [number]), (2**31 - 1, []), (2**31, []),
                            (2**63 - 2, []), (2**63 - 1, [])):
        answer = requests.get(f"{service.url}/api/v1/feedback", params={"since": since},
                              headers=headers, timeout=10)
        assert answer.status_code == 200, (since, answer.text)
        assert [item["id"] for item in answer.json()["items"]] == expected
