"""Conflicts: clashes the Secretariat's service found between two devices of the mission.

Why they are kept here and not just shown: when two devices change the same field from
the same version, or one deletes what the other edits, the service keeps both values and
opens a conflict (protocol 3, ``docs/sync.md``). The conflict comes down the sync feed to
every device of the mission; a person settles it on any of them with :meth:`resolve`, which
writes the chosen state as a normal change (entity row + outbox row + edit history, one
transaction) carrying ``resolves`` = the conflict id. The service closes the conflict when
that change arrives and the feed brings the closed conflict to the other devices.

"Mine" is this device's side when it is one of the two devices; on a third device it is
the incoming (later) value. For a deletion conflict "mine" is the deletion on the device
that deleted, and keeping the entity everywhere else.

Statuses: ``open`` (listed), ``resolving`` (settled here, the change not yet acknowledged),
``resolved`` (closed on the service). A resolving change the service refuses (quarantined)
puts the conflict back to ``open`` (:func:`reopen_refused`), with the service's message as
its ``refusal``, so that the person sees why and chooses again; nothing else would ever
close it.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import sqlite_utils

from focalpoint.fields import flatten_response, unflatten_response
from focalpoint.merge import in_order_of
from focalpoint.storage.activities import NotFound
from focalpoint.storage.database import utc_now
from focalpoint.storage.outbox import mark_resolves, record_change
from focalpoint.storage.server_state import ServerState

if TYPE_CHECKING:
    from focalpoint.storage.store import Store

Keep = Literal["mine", "theirs"] | dict[str, Any]
STATUSES = ("open", "resolving", "resolved")


class ResolutionError(ValueError):
    """A resolution that cannot be applied (unknown conflict, already closed, a field that
    is not part of the conflict); the store is left exactly as it was."""


@dataclass(frozen=True)
class ConflictField:
    """One field both devices changed: every value is kept until a person chooses."""

    field: str
    base: Any
    current: Any
    current_device_id: str
    incoming: Any
    incoming_device_id: str

    def mine(self, device_id: str) -> Any:
        return self.current if device_id == self.current_device_id else self.incoming

    def theirs(self, device_id: str) -> Any:
        return self.incoming if device_id == self.current_device_id else self.current


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: str  # "fields" | "delete"
    entity_type: str
    entity_id: str
    opened_at: str
    opened_version: int
    fields: tuple[ConflictField, ...]
    deleted_by_device_id: str
    status: str
    resolved_at: str | None
    resolved_by_device_id: str
    #: The service's message when the last resolution made here was refused, else "".
    refusal: str = ""

    def mine_deletes(self, device_id: str) -> bool:
        """Whether "mine" means deleting the entity (kind ``delete``, this device deleted)."""
        return self.kind == "delete" and device_id == self.deleted_by_device_id


def _conflict(row: dict[str, Any]) -> Conflict:
    return Conflict(
        id=row["id"], kind=row["kind"], entity_type=row["entity_type"],
        entity_id=row["entity_id"], opened_at=row["opened_at"],
        opened_version=row["opened_version"],
        fields=tuple(ConflictField(
            field=v.get("field", ""), base=v.get("base"), current=v.get("current"),
            current_device_id=v.get("current_device_id", ""), incoming=v.get("incoming"),
            incoming_device_id=v.get("incoming_device_id", ""))
            for v in json.loads(row["conflict_values"])),
        deleted_by_device_id=row["deleted_by_device_id"], status=row["status"],
        resolved_at=row["resolved_at"], resolved_by_device_id=row["resolved_by_device_id"],
        refusal=row.get("refusal") or "")


#: Every conflict column, and the message of its newest refused resolving change (the
#: refused outbox row is never pruned while it is the entity's newest, see retention.py).
_SELECT = (
    "SELECT c.*, (SELECT o.error FROM outbox o WHERE o.resolves = c.id "
    "AND o.state = 'rejected' AND NOT EXISTS (SELECT 1 FROM outbox n WHERE "
    "n.resolves = c.id AND n.seq > o.seq) ORDER BY o.seq DESC LIMIT 1) AS refusal "
    "FROM conflicts c ")


def reopen_refused(db: sqlite_utils.Database, batch_id: str) -> int:
    """Open again the conflicts whose resolving change in ``batch_id`` the service refused
    and that no other queued change settles; caller holds the acknowledgement's
    transaction. The refusal's message is then read with the conflict (``refusal``)."""
    return int(db.execute(
        "UPDATE conflicts SET status = 'open' WHERE status = 'resolving' AND id IN ("
        "SELECT resolves FROM outbox WHERE batch_id = ? AND state = 'rejected' "
        "AND resolves IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM outbox p WHERE "
        "p.resolves = conflicts.id AND p.state = 'pending')", [batch_id]).rowcount)


def resume_resolving(db: sqlite_utils.Database, seqs: builtins.list[int]) -> None:
    """Refused resolving changes queued again (``retry_rejected``): their conflicts are
    being resolved again, as when first settled. Caller holds the transaction."""
    db.conn.executemany(
        "UPDATE conflicts SET status = 'resolving' WHERE status = 'open' AND id = "
        "(SELECT resolves FROM outbox WHERE seq = ?)", [(seq,) for seq in seqs])


class ConflictRepository:
    """The ``conflicts`` table; :meth:`resolve` writes through the store's repositories."""

    def __init__(self, db: sqlite_utils.Database, store: Store) -> None:
        self.db = db
        self._store = store

    # --- reads -------------------------------------------------------------------------

    def list_open(self) -> builtins.list[Conflict]:
        """Conflicts waiting for a person, oldest first."""
        return [_conflict(r) for r in self.db.query(
            _SELECT + "WHERE c.status = 'open' ORDER BY c.opened_at, c.id")]

    def open_count(self) -> int:
        return int(self.db.execute(
            "SELECT count(*) FROM conflicts WHERE status = 'open'").fetchone()[0])

    def list(self) -> builtins.list[Conflict]:
        """Every conflict known here, newest first (open, being resolved, resolved)."""
        return [_conflict(r) for r in self.db.query(
            _SELECT + "ORDER BY c.opened_at DESC, c.id")]

    def get(self, conflict_id: str) -> Conflict:
        rows = list(self.db.query(_SELECT + "WHERE c.id = ?", [conflict_id]))
        if not rows:
            raise NotFound(f"no conflict with id {conflict_id}")
        return _conflict(rows[0])

    def find(self, prefix: str) -> Conflict:
        """A conflict by its id or an unambiguous start of it (as the CLI shows it)."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise NotFound("no conflict id given")
        rows = list(self.db.query(_SELECT + "WHERE c.id LIKE ? ESCAPE '\\'",
                                  [prefix.replace("%", r"\%").replace("_", r"\_") + "%"]))
        if not rows:
            raise NotFound(f"no conflict with id {prefix}")
        if len(rows) > 1:
            raise NotFound(f"{len(rows)} conflicts start with {prefix}; give more of the id")
        return _conflict(rows[0])

    def for_entity(self, entity_type: str, entity_id: str) -> builtins.list[Conflict]:
        return [_conflict(r) for r in self.db.query(
            _SELECT + "WHERE c.entity_type = ? AND c.entity_id = ? AND c.status = 'open' "
            "ORDER BY c.opened_at", [entity_type, entity_id])]

    def label(self, conflict: Conflict) -> str:
        """A short name for the conflict's entity (an activity's title, a period)."""
        state = self._entity_state(conflict.entity_type, conflict.entity_id)
        if conflict.entity_type == "activity":
            return str((state or {}).get("title") or conflict.entity_id)
        if conflict.entity_type == "response":
            data = (state or {}).get("response") or {}
            if data:
                return (f"questionnaire {data.get('period_start', '?')} to "
                        f"{data.get('period_end', '?')}")
            return f"questionnaire {conflict.entity_id}"
        return "mission profile"

    # --- from the feed -----------------------------------------------------------------

    def upsert_from_feed(self, info: dict[str, Any]) -> bool:
        """Keep a conflict as the service describes it (a ``ConflictInfo`` as JSON).

        A conflict settled here whose resolving change is still queued stays
        ``resolving`` when the service still says ``open``; caller holds the transaction
        of the feed page. True if something changed."""
        local = self.db.execute("SELECT status FROM conflicts WHERE id = ?",
                                [info["id"]]).fetchone()
        status = info.get("status", "open")
        if status == "open" and local is not None and local[0] == "resolving" and (
                self._resolution_queued(info["id"])):
            status = "resolving"
        values = json.dumps(info.get("values") or [], ensure_ascii=False, sort_keys=True)
        cursor = self.db.execute(
            "INSERT INTO conflicts (id, kind, entity_type, entity_id, opened_at, "
            "opened_version, conflict_values, deleted_by_device_id, status, resolved_at, "
            "resolved_by_device_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET status = excluded.status, "
            "conflict_values = excluded.conflict_values, resolved_at = excluded.resolved_at, "
            "resolved_by_device_id = excluded.resolved_by_device_id "
            "WHERE conflicts.status != excluded.status "
            "OR conflicts.conflict_values != excluded.conflict_values",
            [info["id"], info["kind"], info["entity_type"], info["entity_id"],
             str(info["opened_at"]), int(info["opened_version"]), values,
             info.get("deleted_by_device_id") or "", status,
             str(info["resolved_at"]) if info.get("resolved_at") else None,
             info.get("resolved_by_device_id") or "", utc_now()])
        return cursor.rowcount == 1

    def _resolution_queued(self, conflict_id: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM outbox WHERE resolves = ? AND state = 'pending' LIMIT 1",
            [conflict_id]).fetchone() is not None

    # --- resolving ---------------------------------------------------------------------

    def resolve(self, conflict_id: str, keep: Keep) -> Conflict:
        """Settle a conflict: ``"mine"``, ``"theirs"``, or ``{field: value}`` (fields not
        named keep the entity's current value). Writes the chosen state as a normal
        change with ``resolves`` (entity + outbox + history in one transaction) and marks
        the conflict ``resolving`` until the service closes it.

        Raises :class:`ResolutionError` (nothing written) for an unknown or closed
        conflict or a field outside it, and ``InvalidRecord`` for a value the entity
        does not accept."""
        with self.db.atomic():
            try:
                conflict = self.get(conflict_id)
            except NotFound as error:
                raise ResolutionError(str(error)) from None
            if conflict.status == "resolved":
                raise ResolutionError(f"conflict {conflict_id} is already resolved")
            device_id = self._store.meta.device_id()
            if conflict.kind == "delete" and (
                    (keep == "mine" and conflict.mine_deletes(device_id))
                    or (keep == "theirs" and not conflict.mine_deletes(device_id))):
                self._delete(conflict)
            else:
                self._keep(conflict, keep, device_id)
            mark_resolves(self.db, conflict.entity_type, conflict.entity_id, conflict.id)
            self.db.execute("UPDATE conflicts SET status = 'resolving' WHERE id = ?",
                            [conflict.id])
        return self.get(conflict_id)

    def _keep(self, conflict: Conflict, keep: Keep, device_id: str) -> None:
        state = self._entity_state(conflict.entity_type, conflict.entity_id)
        if state is None:
            raise ResolutionError(f"the {conflict.entity_type} of conflict {conflict.id} is "
                                  "known neither here nor from the Secretariat")
        chosen: dict[str, Any] = {}
        if isinstance(keep, dict):
            known = {f.field for f in conflict.fields}
            unknown = sorted(set(keep) - known) if conflict.kind == "fields" else []
            if unknown:
                raise ResolutionError(
                    f"{', '.join(unknown)}: not a field of this conflict (its fields: "
                    f"{', '.join(sorted(known)) or 'none'})")
            chosen = dict(keep)
        elif keep in ("mine", "theirs"):
            for item in conflict.fields:
                chosen[item.field] = (item.mine(device_id) if keep == "mine"
                                      else item.theirs(device_id))
        else:
            raise ResolutionError(f"keep must be 'mine', 'theirs' or fields, not {keep!r}")
        self._write(conflict.entity_type, conflict.entity_id, state, chosen)

    def _entity_state(self, entity_type: str, entity_id: str) -> dict[str, Any] | None:
        """The entity as its change payload looks: the local row, else the service's."""
        store = self._store
        try:
            if entity_type == "activity":
                return store.activities.get(entity_id).model_dump(mode="json")
            if entity_type == "response":
                return {"response": store.responses.get(entity_id).model_dump(mode="json")}
            if entity_type == "mission" and store.mission.entity_id() == entity_id:
                profile = store.mission.get()
                return profile.model_dump(mode="json") if profile else None
        except NotFound:
            pass
        remote = ServerState(self.db).get(entity_type, entity_id)
        if remote is None or remote.op == "delete":
            return None
        return remote.payload

    def _write(self, entity_type: str, entity_id: str, state: dict[str, Any],
               chosen: dict[str, Any]) -> None:
        store = self._store
        if entity_type == "activity":
            store.activities.save({**state, **chosen, "id": entity_id})
        elif entity_type == "response":
            flat = {**flatten_response(state.get("response")), **chosen}
            # Part 2 entries stay where they were (the service's merge keeps them so too).
            store.responses.save_draft(in_order_of(unflatten_response(flat), state))
        else:
            data = {k: v for k, v in {**state, **chosen}.items() if k != "id"}
            if store.mission.entity_id() != entity_id:
                store.mission.apply_remote(entity_id, data)
            store.mission.save(data)

    def _delete(self, conflict: Conflict) -> None:
        store = self._store
        if conflict.entity_type == "activity":
            if store.activities.delete_many([conflict.entity_id]):
                return
        elif conflict.entity_type == "response":
            try:
                store.responses.delete_draft(conflict.entity_id)
                return
            except NotFound:
                pass
        else:
            raise ResolutionError("the mission profile cannot be deleted")
        # Not here any more (deleted locally, the deletion queued or sent): queue it again
        # so that a change carries the resolution.
        record_change(self.db, conflict.entity_type, conflict.entity_id,  # type: ignore[arg-type]
                      "delete", {"id": conflict.entity_id}, store.catalogue.version)
