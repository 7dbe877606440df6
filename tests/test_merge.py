"""The three-way merge of sync protocol 3 (rules 1-6 of docs/sync.md), as a pure function."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focalpoint.merge import (
    Decision,
    EntityKind,
    Head,
    Incoming,
    PatchError,
    State,
    apply_patch,
    decide,
    three_way,
)

A = "aaaaaaaa-0000-4000-8000-000000000001"  # device A
B = "bbbbbbbb-0000-4000-8000-000000000002"  # device B
ID = "11111111-1111-4111-8111-111111111111"

BASE: dict[str, Any] = {"id": ID, "title": "Training of judges", "status": "planned",
                        "partners": ["MoI"], "task_codes": ["III.10.2", "IV.3.1"],
                        "end_date": None}


def edited(**fields: Any) -> dict[str, Any]:
    return {**BASE, **fields}


def concurrent(kind: EntityKind, base: State, current: State, mine: State) -> Decision:
    """A at version 2 (base 1) already stored; B sends its change on base 1."""
    return decide(kind, Head(2, current, A), Incoming(B, mine, base_version=1),
                  base=base, base_known=True, devices_since_base=[A])


# --- rules 1 and 2 -------------------------------------------------------------------

def test_unknown_entity_is_new() -> None:
    decision = decide("activity", None, Incoming(B, BASE, base_version=None))
    assert decision.rule == "new" and decision.state == BASE and decision.conflict is None


def test_no_base_on_a_known_entity_is_last_arrival_wins() -> None:
    mine = edited(title="Mine")
    decision = decide("activity", Head(3, edited(title="Theirs"), A),
                      Incoming(B, mine, base_version=None))
    assert (decision.rule, decision.state, decision.conflict) == ("last_arrival", mine, None)


def test_base_equal_to_head_fast_forwards() -> None:
    mine = edited(title="Mine")
    decision = decide("activity", Head(4, edited(title="Old"), A), Incoming(B, mine, 4))
    assert (decision.rule, decision.state, decision.merged) == ("fast_forward", mine, False)


def test_versions_since_base_all_from_the_same_device_fast_forward() -> None:
    mine = edited(title="Third edit")
    decision = decide("activity", Head(5, edited(title="Second"), B), Incoming(B, mine, 3),
                      base=BASE, base_known=True, devices_since_base=[B, B])
    assert decision.rule == "fast_forward" and decision.state == mine


def test_one_other_device_since_base_means_concurrent() -> None:
    decision = decide("activity", Head(5, edited(title="A's"), A),
                      Incoming(B, edited(status="completed"), 3),
                      base=BASE, base_known=True, devices_since_base=[B, A])
    assert decision.rule == "merge"
    assert decision.state == edited(title="A's", status="completed")


# --- rule 3: field by field ----------------------------------------------------------

def test_different_fields_merge_without_conflict() -> None:
    decision = concurrent("activity", BASE, edited(title="A's title"), edited(status="done"))
    assert decision.state == edited(title="A's title", status="done")
    assert decision.conflict is None and decision.merged


def test_same_field_same_value_is_no_conflict() -> None:
    decision = concurrent("activity", BASE, edited(title="Both"), edited(title="Both"))
    assert decision.state == edited(title="Both") and decision.conflict is None
    assert not decision.merged  # the stored state is what B sent


def test_same_field_different_values_is_a_conflict_keeping_the_head() -> None:
    decision = concurrent("activity", BASE, edited(title="A's", status="done"),
                          edited(title="B's"))
    assert decision.state == edited(title="A's", status="done")
    assert decision.conflict is not None and decision.conflict.kind == "fields"
    [clash] = decision.conflict.values
    assert (clash.field, clash.base, clash.current, clash.current_device_id, clash.incoming,
            clash.incoming_device_id) == ("title", BASE["title"], "A's", A, "B's", B)


def test_task_codes_compare_as_a_set() -> None:
    reordered = edited(task_codes=["IV.3.1", "III.10.2"])
    decision = concurrent("activity", BASE, edited(task_codes=["III.10.2", "V.1"]), reordered)
    assert decision.conflict is None  # B only reordered: no change, A's tasks stay
    assert decision.state is not None and decision.state["task_codes"] == ["III.10.2", "V.1"]
    both = concurrent("activity", BASE, edited(task_codes=["V.1"]), edited(task_codes=["V.2"]))
    assert both.conflict is not None and both.conflict.values[0].field == "task_codes"


def test_a_field_set_to_none_on_one_side_merges() -> None:
    decision = concurrent("activity", edited(end_date="2026-01-31"), edited(end_date=None),
                          edited(end_date="2026-01-31", title="B"))
    assert decision.state == edited(end_date=None, title="B") and decision.conflict is None


def response(**entries: dict[str, Any]) -> dict[str, Any]:
    return {"response": {"id": ID, "status": "draft", "goal_setting": "Goals",
                         "period_start": "2026-01-01", "period_end": "2026-12-31",
                         "task_entries": [{"task_code": code, **fields}
                                          for code, fields in sorted(entries.items())]}}


def test_response_merges_per_part2_entry_field() -> None:
    base = response(**{"III.10.2": {"status": "ongoing", "comment": "c"}})
    a = response(**{"III.10.2": {"status": "completed", "comment": "c"}})
    b = response(**{"III.10.2": {"status": "ongoing", "comment": "B's comment"}})
    decision = concurrent("response", base, a, b)
    assert decision.conflict is None
    assert decision.state == response(**{"III.10.2": {"status": "completed",
                                                      "comment": "B's comment"}})


def test_response_same_entry_field_conflicts_with_its_flat_name() -> None:
    base = response(**{"III.10.2": {"comment": "c"}})
    decision = concurrent("response", base, response(**{"III.10.2": {"comment": "A"}}),
                          response(**{"III.10.2": {"comment": "B"}}))
    assert decision.conflict is not None
    assert [v.field for v in decision.conflict.values] == ["task_entries/III.10.2/comment"]
    assert decision.state == response(**{"III.10.2": {"comment": "A"}})


def test_response_entries_added_on_both_sides_merge() -> None:
    base = response()
    decision = concurrent("response", base, response(**{"III.1.1": {"comment": "a"}}),
                          response(**{"IV.2.1": {"comment": "b"}}))
    assert decision.conflict is None
    assert decision.state == response(**{"III.1.1": {"comment": "a"},
                                         "IV.2.1": {"comment": "b"}})


def test_response_part1_fields_merge() -> None:
    base = response()
    a = {"response": {**base["response"], "goal_setting": "A's goals"}}
    b = {"response": {**base["response"], "priorities": "B's priorities"}}
    decision = concurrent("response", base, a, b)
    assert decision.conflict is None and decision.state is not None
    assert decision.state["response"]["goal_setting"] == "A's goals"
    assert decision.state["response"]["priorities"] == "B's priorities"


# --- rule 4: delete against edit -----------------------------------------------------

def test_delete_against_a_concurrent_edit_keeps_the_entity() -> None:
    current = edited(title="A edited it")
    decision = concurrent("activity", BASE, current, None)
    assert decision.state == current and decision.merged
    assert decision.conflict is not None and decision.conflict.kind == "delete"
    assert decision.conflict.deleted_by_device_id == B


def test_edit_against_a_concurrent_delete_brings_the_entity_back() -> None:
    mine = edited(title="B edited it")
    decision = concurrent("activity", BASE, None, mine)
    assert decision.state == mine and not decision.merged
    assert decision.conflict is not None and decision.conflict.kind == "delete"
    assert decision.conflict.deleted_by_device_id == A


def test_delete_when_nothing_was_edited_since_the_base_deletes() -> None:
    decision = concurrent("activity", BASE, edited(task_codes=["IV.3.1", "III.10.2"]), None)
    assert decision.state is None and decision.conflict is None


def test_both_deleted_is_a_delete() -> None:
    decision = concurrent("activity", BASE, None, None)
    assert decision.state is None and decision.conflict is None


def test_unknown_base_version_conflicts_instead_of_overwriting() -> None:
    decision = decide("activity", Head(5, edited(title="A"), A),
                      Incoming(B, edited(title="B"), 2), base_known=False,
                      devices_since_base=[A])
    assert decision.conflict is not None and decision.state == edited(title="A")


# --- rule 5: patches -----------------------------------------------------------------

def test_activity_patch_rebuilds_the_full_state() -> None:
    assert apply_patch("activity", BASE, {"title": "New"}) == edited(title="New")


def test_response_patch_uses_flattened_fields() -> None:
    base = response(**{"III.10.2": {"comment": "c", "status": "ongoing"}})
    patched = apply_patch("response", base, {"task_entries/III.10.2/comment": "d",
                                              "task_entries/IV.1.1/status": "planned"})
    assert patched == response(**{"III.10.2": {"comment": "d", "status": "ongoing"},
                                  "IV.1.1": {"status": "planned"}})


def test_response_patch_none_removes_an_entry() -> None:
    base = response(**{"III.10.2": {"comment": "c"}})
    assert apply_patch("response", base, {"task_entries/III.10.2/comment": None}) == response()


def test_patch_on_a_deleted_base_is_refused() -> None:
    with pytest.raises(PatchError, match="whole record"):
        apply_patch("activity", None, {"title": "x"})


# --- rule 6: a resolution is an ordinary change --------------------------------------

def test_second_resolution_of_the_same_conflict_keeps_the_first() -> None:
    """A and B clashed on the title (A's kept, B's held). B resolves first keeping its own
    value; A's later resolution, from the conflict's version, chose its own value."""
    conflict_state = edited(title="A's")
    after_b = edited(title="B's")  # version 3, B's resolution
    decision = decide("activity", Head(3, after_b, B), Incoming(A, conflict_state, 2),
                      base=conflict_state, base_known=True, devices_since_base=[B])
    assert decision.state == after_b and decision.conflict is None


# --- properties ----------------------------------------------------------------------

values = st.one_of(st.none(), st.sampled_from(["x", "y", "z"]))
states = st.fixed_dictionaries({"id": st.just(ID), "title": values, "status": values,
                                "notes": values})


@given(states, states, states)
def test_merge_keeps_every_value_and_never_overwrites_silently(
        base: dict[str, Any], current: dict[str, Any], mine: dict[str, Any]) -> None:
    decision = three_way("activity", base, Head(2, current, A), Incoming(B, mine, 1))
    assert decision.state is not None
    clashed = {c.field for c in (decision.conflict.values if decision.conflict else ())}
    for name in ("title", "status", "notes"):
        result = decision.state[name]
        if name in clashed:
            assert result == current[name]  # the head's value stays, B's is held
            assert current[name] != base[name] != mine[name] != current[name]
        else:
            # each side's change survives, and an unchanged field keeps its value
            if mine[name] != base[name]:
                assert result == mine[name]
            if current[name] != base[name]:
                assert result == current[name]
            if mine[name] == base[name] == current[name]:
                assert result == base[name]


@given(states, states)
def test_merge_with_an_unchanged_side_is_the_other_side(
        base: dict[str, Any], other: dict[str, Any]) -> None:
    assert three_way("activity", base, Head(2, base, A), Incoming(B, other, 1)).state == other
    kept = three_way("activity", base, Head(2, other, A), Incoming(B, base, 1))
    assert kept.state == other and kept.conflict is None


@given(states, states, states)
def test_merge_is_symmetric_apart_from_who_is_kept(
        base: dict[str, Any], left: dict[str, Any], right: dict[str, Any]) -> None:
    one = three_way("activity", base, Head(2, left, A), Incoming(B, right, 1))
    other = three_way("activity", base, Head(2, right, B), Incoming(A, left, 1))
    fields_one = {c.field for c in one.conflict.values} if one.conflict else set()
    fields_other = {c.field for c in other.conflict.values} if other.conflict else set()
    assert fields_one == fields_other
    assert one.state is not None and other.state is not None
    for name in set(one.state) - fields_one:
        assert one.state[name] == other.state[name]


def test_hold_back_keeps_the_head_and_every_incoming_change() -> None:
    from focalpoint.merge import hold_back

    current = edited(title="A's")
    mine = edited(title="B's", status="done")
    decision = hold_back("activity", BASE, Head(2, current, A), Incoming(B, mine, 1))
    assert decision.state == current and decision.conflict is not None
    assert [(v.field, v.incoming) for v in decision.conflict.values] == [
        ("status", "done"), ("title", "B's")]


def test_response_merge_and_patch_keep_the_order_of_entries() -> None:
    base = {"response": {"id": ID, "task_entries": [
        {"task_code": "IV.1.1", "comment": "x"}, {"task_code": "III.10.2", "comment": "y"}]}}
    current = {"response": {"id": ID, "task_entries": [
        {"task_code": "IV.1.1", "comment": "A"}, {"task_code": "III.10.2", "comment": "y"}]}}
    decision = concurrent("response", base, current, base)
    assert decision.state is not None
    assert [e["task_code"] for e in decision.state["response"]["task_entries"]] == [
        "IV.1.1", "III.10.2"]
    patched = apply_patch("response", base, {"task_entries/III.10.2/comment": "z",
                                              "task_entries/V.1.1/comment": "new"})
    assert [e["task_code"] for e in patched["response"]["task_entries"]] == [
        "IV.1.1", "III.10.2", "V.1.1"]
