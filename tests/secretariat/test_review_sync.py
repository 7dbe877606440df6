"""Review decisions on the sync pull: older clients unaffected, newer ones store them,
a returned response reopens once as a draft and comes back as the next version."""

from __future__ import annotations

import requests
from sync_helpers import Service, run_sync

from focalpoint.secretariat.accounts import Actor, StaffAccounts
from focalpoint.secretariat.review import ReviewService
from focalpoint.secretariat.store import ServiceStore
from focalpoint.storage import Store
from focalpoint.sync.protocol import FeedbackList
from focalpoint.vocabularies import ResponseStatus


def _analyst(service_store: ServiceStore) -> Actor:
    accounts = StaffAccounts(service_store)
    accounts.add_staff("rev@osce.example", "Rita Reviewer", "analyst", "a long password",
                       Actor.system("test"))
    return Actor.of(accounts.staff()[0], "127.0.0.1")


def test_return_resubmit_and_versions(synced_demo: Store, service: Service, demo_token: str,
                                      service_store: ServiceStore) -> None:
    first = synced_demo.responses.latest()
    assert first is not None and first.status == ResponseStatus.SUBMITTED
    task = first.task_entries[0].task_code
    reviews = ReviewService(service_store)
    analyst = _analyst(service_store)
    reviews.decide(analyst, "DEMO", first.id, "returned", "Add the budget.",
                   {task: "Which ministries?"}, {task})

    old = requests.get(service.url + "/api/v1/feedback",
                       headers={"Authorization": f"Bearer {demo_token}"}, timeout=10).json()
    assert "reviews" not in old  # an older client's model would refuse the key
    new = FeedbackList.model_validate(requests.get(
        service.url + "/api/v1/feedback", params={"review_since": 0},
        headers={"Authorization": f"Bearer {demo_token}"}, timeout=10).json())
    assert new.reviews and new.reviews[0].task_comments[0].comment == "Which ministries?"
    for cursor in (2**31, 2**63 - 1):  # past every id: an empty list, not an error
        far = requests.get(service.url + "/api/v1/feedback", params={"review_since": cursor},
                           headers={"Authorization": f"Bearer {demo_token}"}, timeout=10)
        assert far.status_code == 200 and far.json()["reviews"] == []

    assert run_sync(synced_demo, service.url, demo_token).ok
    draft = synced_demo.responses.revision_of(first.id)
    assert draft is not None and draft.status == ResponseStatus.DRAFT
    assert draft.revises == first.id and draft.id != first.id
    snapshot = synced_demo.responses.snapshot(first.id)
    assert synced_demo.responses.get(first.id).status == ResponseStatus.SUBMITTED
    assert run_sync(synced_demo, service.url, demo_token).ok  # pulled again: nothing new
    assert len(synced_demo.reviews.of(first.id)) == 1
    assert synced_demo.responses.snapshot(first.id) == snapshot
    assert [r.id for r in synced_demo.responses.list()].count(draft.id) == 1
    assert sum(1 for r in synced_demo.responses.list() if r.revises == first.id) == 1

    synced_demo.responses.save_draft(draft.model_copy(update={
        "resources": "Budget 2005: EUR 48,000."}).model_dump())
    synced_demo.responses.submit(draft.id)
    assert run_sync(synced_demo, service.url, demo_token).ok
    history = reviews.history("DEMO", draft.id)
    assert history is not None
    assert [v.response.id for v in history.versions] == [first.id, draft.id]
    assert [v.state for v in history.versions] == ["returned", "submitted"]
    assert history.version_of(first.id).decisions[0].task_comments == {task: "Which ministries?"}
    reviews.decide(analyst, "DEMO", draft.id, "accepted", "", {}, {task})
    assert run_sync(synced_demo, service.url, demo_token).ok
    assert [r.decision for r in synced_demo.reviews.of(draft.id)] == ["accepted"]
    assert synced_demo.responses.revision_of(draft.id) is None  # accepted: nothing reopens


def test_an_older_version_cannot_be_reviewed_again(synced_demo: Store, service: Service,
                                                   demo_token: str,
                                                   service_store: ServiceStore) -> None:
    first = synced_demo.responses.latest()
    assert first is not None
    reviews = ReviewService(service_store)
    analyst = _analyst(service_store)
    reviews.decide(analyst, "DEMO", first.id, "returned", "Revise.", {}, set())
    assert run_sync(synced_demo, service.url, demo_token).ok
    draft = synced_demo.responses.revision_of(first.id)
    assert draft is not None
    synced_demo.responses.submit(draft.id)
    assert run_sync(synced_demo, service.url, demo_token).ok
    import pytest

    from focalpoint.secretariat.review import ReviewError

    with pytest.raises(ReviewError, match="superseded"):
        reviews.decide(analyst, "DEMO", first.id, "accepted", "", {}, set())
