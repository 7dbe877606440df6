"""Building protocol 3 exchanges by hand for the service's HTTP tests (no desktop client)."""

from __future__ import annotations

import copy
import gzip
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from focalpoint.demo import demo_document
from focalpoint.sync.protocol import PROTOCOL_VERSION, ExchangeReply

CATALOGUE = "2006.1"


def new_activity(title: str = "Round table on referral", **fields: Any) -> dict[str, Any]:
    """A valid activity (the demo's first one) under a fresh id."""
    activity = copy.deepcopy(demo_document()["activities"][0])
    activity.update(id=str(uuid.uuid4()), title=title, **fields)
    return activity


def change(seq: int, payload: dict[str, Any], *, op: str = "upsert",
           entity_type: str = "activity", entity_id: str | None = None,
           base: int | None = None, resolves: str | None = None) -> dict[str, Any]:
    entity = entity_id or payload.get("id") or payload["response"]["id"]
    body: dict[str, Any] = {
        "seq": seq, "change_id": str(uuid.uuid4()), "entity_type": entity_type,
        "entity_id": entity, "op": op,
        "payload": {"id": entity} if op == "delete" else payload,
        "catalogue_version": CATALOGUE, "created_at": "2026-01-01T00:00:00+00:00"}
    if base is not None:
        body["base_version"] = base
    if resolves is not None:
        body["resolves"] = resolves
    return body


class Device:
    """One device of a mission as the service sees it: an id, a seq counter, a cursor."""

    def __init__(self, client: Any, token: str, mission: str = "DEMO") -> None:
        self.client = client
        self.token = token
        self.mission = mission
        self.id = str(uuid.uuid4())
        self.seq = 0
        self.cursor = 0

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def body(self, changes: list[dict[str, Any]] | None = None, *,
             batch_id: str | None = None, **extra: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "protocol_version": PROTOCOL_VERSION, "mission_code": self.mission,
            "device_id": self.id, "catalogue_version": CATALOGUE,
            "client_time": datetime.now(UTC).isoformat(), "cursor": self.cursor}
        if changes:
            body["batch"] = {"batch_id": batch_id or str(uuid.uuid4()), "changes": changes}
        body.update(extra)
        return body

    def post(self, body: dict[str, Any], **headers: str) -> Any:
        raw = gzip.compress(json.dumps(body).encode())
        return self.client.post("/api/v1/sync", content=raw, headers={
            "Authorization": f"Bearer {self.token}", "Content-Type": "application/json",
            "Content-Encoding": "gzip", **headers})

    def sync(self, changes: list[dict[str, Any]] | None = None, **extra: Any
             ) -> dict[str, Any]:
        """One exchange that must succeed; the cursor moves on as a client's would."""
        response = self.post(self.body(changes, **extra))
        assert response.status_code == 200, response.text
        self.raw: dict[str, Any] = response.json()
        reply = as_read(self.raw)
        if reply.get("feed"):
            self.cursor = reply["feed"]["cursor"]
        return reply

    def push(self, payload: dict[str, Any], **options: Any) -> dict[str, Any]:
        """Send one change; returns its ChangeResult (the reply is in ``self.last``)."""
        self.last = self.sync([change(self.next_seq(), payload, **options)])
        result: dict[str, Any] = self.last["ack"]["results"][0]
        return result


class HttpClient:
    """What :class:`Device` needs of a client, over a real socket (requests)."""

    def __init__(self, session: Any, url: str) -> None:
        self.session, self.url = session, url

    def post(self, path: str, content: bytes, headers: dict[str, str]) -> Any:
        return self.session.post(self.url + path, data=content, headers=headers, timeout=10)


def as_read(raw: dict[str, Any]) -> dict[str, Any]:
    """The reply as a client reads it: the service leaves out fields that hold their
    default; the shared models fill them back in (None-valued ones stay absent)."""
    read: dict[str, Any] = ExchangeReply.model_validate(raw).model_dump(
        mode="json", exclude_none=True)
    return read


def items_of(reply: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["entity_id"]: item for item in reply["feed"]["items"]}
