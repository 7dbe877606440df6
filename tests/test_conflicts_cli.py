"""``focalpoint conflicts`` and ``focalpoint resolve``: listing, settling, and bad input
(exit 2, one line naming the problem, the store left exactly as it was)."""

from __future__ import annotations

import json

import pytest
from test_conflicts import OTHER, _activity, _conflict, _item, _sync_all, refuse_queued

from focalpoint.cli import main
from focalpoint.storage import Store
from focalpoint.storage.feed import apply_page


def _open_conflict(store: Store) -> tuple[str, str]:
    me = store.meta.device_id()
    row = _activity(store, title="Ours")
    _sync_all(store)
    conflict = _conflict(row["id"], [
        {"field": "title", "base": "Base", "current": "Theirs", "current_device_id": OTHER,
         "incoming": "Ours", "incoming_device_id": me},
        {"field": "partners", "base": [], "current": ["UNHCR"], "current_device_id": OTHER,
         "incoming": ["IOM"], "incoming_device_id": me}])
    apply_page(store, [_item(row["id"], 3, {**row, "title": "Theirs", "partners": ["UNHCR"]},
                             seq=1, conflicts=[conflict])], cursor=1)
    return row["id"], conflict["id"]


def test_conflicts_lists_both_sides(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(store.path), "conflicts"]) == 0
    assert "No open conflicts" in capsys.readouterr().out
    _entity, conflict_id = _open_conflict(store)
    assert main(["--db", str(store.path), "conflicts"]) == 0
    out = capsys.readouterr().out
    assert conflict_id[:8] in out and 'activity "Theirs"' in out
    assert "title: mine Ours  |  theirs Theirs" in out
    assert main(["--db", str(store.path), "conflicts", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["id"] == conflict_id
    assert listed["fields"][1] == {"field": "partners", "base": [], "mine": ["IOM"],
                                   "theirs": ["UNHCR"]}


@pytest.mark.parametrize(("keep", "title", "partners"), [
    (["mine"], "Ours", ["IOM"]),
    (["theirs"], "Theirs", ["UNHCR"]),
    (["title=Ours and theirs", 'partners=["IOM", "UNHCR"]'], "Ours and theirs",
     ["IOM", "UNHCR"]),
])
def test_resolve_by_short_id(store: Store, keep: list[str], title: str, partners: list[str],
                             capsys: pytest.CaptureFixture[str]) -> None:
    entity, conflict_id = _open_conflict(store)
    args = ["--db", str(store.path), "resolve", conflict_id[:8]]
    for value in keep:
        args += ["--keep", value]
    assert main(args) == 0
    assert "settled" in capsys.readouterr().out
    activity = store.activities.get(entity)
    assert (activity.title, activity.partners) == (title, partners)
    assert store.conflicts.list_open() == []


@pytest.mark.parametrize(("keep", "message"), [
    (["both"], "expected mine, theirs or FIELD=VALUE"),
    (["mine", "title=x"], "stands alone"),
    (["outcome=x"], "outcome: not a field of this conflict"),
    (["partners=IOM"], "not a JSON value"),
    (["title="], "title"),
])
def test_bad_resolutions_are_exit_2_and_change_nothing(
        store: Store, keep: list[str], message: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    entity, conflict_id = _open_conflict(store)
    before = (store.activities.get(entity), store.outbox.all())
    args = ["--db", str(store.path), "resolve", conflict_id]
    for value in keep:
        args += ["--keep", value]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert (store.activities.get(entity), store.outbox.all()) == before
    assert len(store.conflicts.list_open()) == 1


def test_resolve_an_unknown_id(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(store.path), "resolve", "deadbeef", "--keep", "mine"]) == 2
    assert "no conflict with id deadbeef" in capsys.readouterr().err


def test_a_refused_resolution_is_listed_again_with_the_reason(
        store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    _entity, conflict_id = _open_conflict(store)
    assert main(["--db", str(store.path), "resolve", conflict_id[:8], "--keep", "mine"]) == 0
    assert main(["--db", str(store.path), "conflicts"]) == 0
    assert "No open conflicts" in capsys.readouterr().out
    refuse_queued(store, "change 4 (activity): task_codes[0]: unknown task 'IX.9.9'")
    assert main(["--db", str(store.path), "conflicts"]) == 0
    out = capsys.readouterr().out
    assert conflict_id[:8] in out
    assert ("your last resolution was refused by the Secretariat: change 4 (activity): "
            "task_codes[0]: unknown task 'IX.9.9'; choose again") in out
    assert main(["--db", str(store.path), "conflicts", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["status"], listed["refusal"]) == (
        "open", "change 4 (activity): task_codes[0]: unknown task 'IX.9.9'")
    assert main(["--db", str(store.path), "resolve", conflict_id[:8], "--keep", "theirs"]) == 0
    assert store.conflicts.get(conflict_id).status == "resolving"
