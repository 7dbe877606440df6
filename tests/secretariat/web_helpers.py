"""Helpers of the staff workspace tests: a clock to move, a workspace with a test client,
logging in, reading the CSRF token of a page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from focalpoint.secretariat.accounts import Actor
from focalpoint.secretariat.store import ServiceStore

PASSWORD = "correct horse battery"
ADMIN = "admin@osce.example"
ANALYST = "analyst@osce.example"


class Clock:
    """A clock the tests move forward (session expiry, throttling windows)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Workspace:
    store: ServiceStore
    client: TestClient
    clock: Clock

    def add_staff(self, email: str, role: str, name: str = "") -> None:
        services = self.client.app.state.workspace  # type: ignore[attr-defined]
        services.accounts.add_staff(email, name or email.split("@")[0].title(), role,
                                    PASSWORD, Actor.system("test"))

    def login(self, email: str, password: str = PASSWORD, *,
              client: TestClient | None = None) -> TestClient:
        client = client or self.client
        page = client.get("/login")
        token = csrf_of(page.text)
        answer = client.post("/login", data={"email": email, "password": password,
                                             "csrf_token": token}, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        return client

    def new_client(self) -> TestClient:
        return TestClient(self.client.app, base_url="http://127.0.0.1")


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


