"""The three-way merge of sync protocol 3: what the service stores when a change arrives.

Pure functions over plain dicts (no store, no HTTP), so the rules of ``docs/sync.md`` are
tested exhaustively here and the Secretariat's ingest only reads the versions it needs and
writes what :func:`decide` returns.

A change ``C`` from device ``D``, made on the entity's service version ``b``
(``base_version``), meets the entity's newest version ``v`` (state ``H``):

1. the entity is unknown → apply (version 1). ``b`` is None (an old client, or a device
   that never had a service version) on a known entity → apply, last arrival wins.
2. ``b == v``, or every version in ``(b, v]`` came from ``D`` itself → fast-forward.
3. otherwise the edits are concurrent: a three-way merge against the state ``B`` at ``b``,
   field by field (activities and mission profiles: top-level fields, ``task_codes`` as a
   set; responses: :func:`focalpoint.fields.flatten_response`). For each field:
   mine == B → keep H; H == B → take mine; mine == H → the same; otherwise a conflict: H's
   value stays and both values are kept in a :class:`Conflict`.
4. a delete against a concurrent edit (either order) keeps the entity, with the edit's
   fields merged, and opens a ``delete`` conflict. Nothing is lost.

Patches (rule 5) are turned into full states by :func:`apply_patch` before :func:`decide`;
resolutions (rule 6) are ordinary changes here — the ingest closes the conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from focalpoint.fields import flatten_response, unflatten_response

#: The state of an entity: the payload an ``upsert`` carries; None: deleted (or absent).
State = dict[str, Any] | None
EntityKind = Literal["activity", "response", "mission"]
#: Top-level fields compared as sets (their order carries no meaning).
SET_FIELDS = frozenset({"task_codes"})
#: Never merged: the entity's identity.
IDENTITY_FIELDS = frozenset({"id"})


class PatchError(ValueError):
    """A patch that cannot be applied (its base is missing or deleted); the message says
    what the client should do."""


@dataclass(frozen=True)
class Head:
    """The entity's newest version at the service."""

    version: int
    state: State
    device_id: str


@dataclass(frozen=True)
class FieldClash:
    """One field both sides changed from the same base, with every value kept."""

    field: str
    base: Any
    current: Any
    current_device_id: str
    incoming: Any
    incoming_device_id: str


@dataclass(frozen=True)
class Conflict:
    """What a merge could not settle; the ingest stores it and lists it in the feed."""

    kind: Literal["fields", "delete"]
    values: tuple[FieldClash, ...] = ()
    deleted_by_device_id: str = ""


@dataclass(frozen=True)
class Decision:
    """The state to store as the next version, and how it came about.

    ``merged``: the stored state differs from what the device sent (it was combined with
    another device's concurrent change); the device learns the result from the feed.
    """

    state: State
    rule: Literal["new", "last_arrival", "fast_forward", "merge"]
    merged: bool = False
    conflict: Conflict | None = None


@dataclass(frozen=True)
class Incoming:
    """The change being applied, already a full state (a patch rebuilt, see
    :func:`apply_patch`). ``state`` None: a delete."""

    device_id: str
    state: State
    base_version: int | None = None


@dataclass
class _Fields:
    """A state as comparable fields, and the way back to a state."""

    kind: EntityKind
    extra: dict[str, Any] = field(default_factory=dict)

    def split(self, state: State) -> dict[str, Any]:
        if state is None:
            return {}
        if self.kind == "response":
            # Only the response document merges; a submission's snapshot goes with it.
            self.extra = {k: v for k, v in state.items() if k != "response"}
            return flatten_response(state.get("response"))
        return {k: v for k, v in state.items() if k not in IDENTITY_FIELDS}

    def join(self, flat: dict[str, Any], identity: dict[str, Any],
             *like: State) -> dict[str, Any]:
        if self.kind == "response":
            return {"response": in_order_of(unflatten_response(flat), *like)}
        return {**identity, **flat}


def in_order_of(response: dict[str, Any], *states: State) -> dict[str, Any]:
    """``response`` with its Part 2 entries in the order the given states list them (the
    first state's order first), new ones after: a merge or a patch moves no entry."""
    order: dict[str, int] = {}
    for state in states:
        for entry in ((state or {}).get("response") or {}).get("task_entries") or []:
            order.setdefault(entry.get("task_code", ""), len(order))
    entries = response.get("task_entries") or []
    response["task_entries"] = sorted(
        entries, key=lambda e: (order.get(e.get("task_code", ""), len(order)),
                                e.get("task_code", "")))
    return response


def same_value(name: str, left: Any, right: Any) -> bool:
    """Equality as the merge sees it: ``task_codes`` in another order are the same."""
    if name in SET_FIELDS and isinstance(left, list) and isinstance(right, list):
        try:
            return set(left) == set(right)
        except TypeError:  # unhashable items: compare as they are
            return bool(left == right)
    return bool(left == right)


def decide(kind: EntityKind, head: Head | None, incoming: Incoming, *,
           base: State = None, base_known: bool = False,
           devices_since_base: Iterable[str] = ()) -> Decision:
    """What to store for ``incoming`` given the entity's ``head`` (None: unknown).

    ``base`` is the state at ``incoming.base_version`` and ``devices_since_base`` the
    devices of the versions after it up to the head; the caller reads them only when the
    base is older than the head (``base_known`` says it did and found the version).
    """
    if head is None:
        return Decision(incoming.state, "new")
    if incoming.base_version is None:
        return Decision(incoming.state, "last_arrival")
    if incoming.base_version >= head.version or all(
            device == incoming.device_id for device in devices_since_base):
        return Decision(incoming.state, "fast_forward")
    if not base_known:
        # A base the service never had (a version number from elsewhere): merge against
        # nothing, so every field the two sides hold differently is a conflict — never a
        # silent overwrite of the head's edits.
        base = {}
    return three_way(kind, base, head, incoming)


def three_way(kind: EntityKind, base: State, head: Head, incoming: Incoming) -> Decision:
    """Rules 3 and 4: merge ``incoming`` and ``head`` field by field against ``base``."""
    current, mine = head.state, incoming.state
    if current is None and mine is None:  # both deleted it
        return Decision(None, "merge")
    view = _Fields(kind)
    b_fields = view.split(base)
    h_fields = view.split(current)
    h_extra = dict(view.extra)
    m_fields = view.split(mine)
    m_extra = dict(view.extra)
    if mine is None:  # a delete against a concurrent edit (rule 4)
        if current is not None and not _changed(b_fields, h_fields):
            return Decision(None, "merge")  # nothing was edited since the base: delete
        return Decision(current, "merge", merged=True, conflict=Conflict(
            "delete", deleted_by_device_id=incoming.device_id))
    if current is None:  # an edit against a concurrent delete (rule 4, other order)
        return Decision(mine, "merge", merged=False, conflict=Conflict(
            "delete", deleted_by_device_id=head.device_id))
    merged_fields: dict[str, Any] = {}
    clashes: list[FieldClash] = []
    for name in sorted(set(b_fields) | set(h_fields) | set(m_fields)):
        b, h, m = b_fields.get(name), h_fields.get(name), m_fields.get(name)
        if same_value(name, m, b):
            value = h
        elif same_value(name, h, b) or same_value(name, m, h):
            value = m
        else:
            value = h
            clashes.append(FieldClash(name, b, h, head.device_id, m, incoming.device_id))
        merged_fields[name] = value
    identity = {k: v for k, v in (mine or {}).items() if k in IDENTITY_FIELDS}
    state = view.join(merged_fields, identity, current, mine)
    if kind == "response":
        # A draft's merge keeps the submission snapshot of whichever side carries one
        # (a submitted response never merges: the ingest refuses changes to it).
        state.update(h_extra if h_extra else m_extra)
    conflict = Conflict("fields", tuple(clashes)) if clashes else None
    return Decision(state, "merge", merged=not _equal_states(kind, state, mine),
                    conflict=conflict)


def hold_back(kind: EntityKind, base: State, head: Head, incoming: Incoming) -> Decision:
    """Keep the head whole and hold every field the incoming change made in a conflict.

    For a merged state the domain rules refuse (e.g. one side's start date with the other
    side's end date before it): a person decides, nothing is lost or stored invalid.
    """
    view = _Fields(kind)
    b_fields, h_fields = view.split(base), view.split(head.state)
    m_fields = view.split(incoming.state)
    clashes = tuple(
        FieldClash(name, b_fields.get(name), h_fields.get(name), head.device_id,
                   m_fields.get(name), incoming.device_id)
        for name in sorted(set(b_fields) | set(m_fields))
        if not same_value(name, m_fields.get(name), b_fields.get(name))
        and not same_value(name, m_fields.get(name), h_fields.get(name)))
    return Decision(head.state, "merge", merged=True,
                    conflict=Conflict("fields", clashes) if clashes else None)


def _changed(before: dict[str, Any], after: dict[str, Any]) -> bool:
    return any(not same_value(name, before.get(name), after.get(name))
               for name in set(before) | set(after))


def _equal_states(kind: EntityKind, left: State, right: State) -> bool:
    if left is None or right is None:
        return left is right
    view = _Fields(kind)
    return not _changed(view.split(left), view.split(right))


def apply_patch(kind: EntityKind, base: State, patch: dict[str, Any]) -> dict[str, Any]:
    """Rule 5: the full state a ``patch`` means — ``base`` with the patched fields.

    Activities and mission profiles: top-level fields. Responses: flattened fields
    (``task_entries/III.10.2/comment``; None removes the field, an entry with no field
    left disappears), as :func:`focalpoint.fields.flatten_response` names them.
    """
    if base is None:
        raise PatchError("the patch's base version is a deletion; send the whole record")
    if kind == "response":
        flat = flatten_response(base.get("response"))
        flat.update(patch)
        return {"response": in_order_of(unflatten_response(flat), base)}
    return {**base, **patch}
