"""Full-text search of the activities on the Secretariat finds what the desktop finds.

The demo mission (Russian, Georgian, Armenian, Albanian and English activities) is put in
the service store through ingestion and in a desktop store; every query and filter must
give the same activities on both — on SQLite (FTS5) and PostgreSQL (tsvector, ``simple``
configuration, ``unaccent``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from focalpoint.demo import demo_document
from focalpoint.secretariat.ingest import ingest
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store.search import ActivityFilters
from focalpoint.storage import Store
from focalpoint.storage.activities import ActivityFilter
from focalpoint.sync.protocol import Batch

QUERIES = [
    "тренинг",          # Cyrillic, lower case; titles start with "Тренинг"
    "ТОРГОВЛИ ЛЮДЬМИ",  # two words, upper case
    "трен пограни",     # prefixes
    "ტრეფიკინგის",       # Georgian
    "ტრეფ",             # Georgian prefix
    "թրաֆիքինգի",       # Armenian
    "gjyqesore",        # Albanian without its diacritics (gjyqësore)
    "çështjet",         # Albanian with them
    "police training",
    "IOM",
    "Osh",
    "no-such-word-anywhere",
    "\"NEAR(*) -",      # operators and punctuation only: no words, no error
]


def _service_with_demo(store: ServiceStore) -> ServiceStore:
    store.add_mission("DEMO", "Demo")
    device = str(uuid.uuid4())
    changes = [{"seq": i, "change_id": str(uuid.uuid4()), "entity_type": "activity",
                "entity_id": a["id"], "op": "upsert", "payload": a,
                "catalogue_version": "2006.1", "created_at": "2026-01-01T00:00:00+00:00"}
               for i, a in enumerate(demo_document()["activities"], start=1)]
    outcome = ingest(store, "DEMO", Batch.model_validate({
        "protocol_version": 1, "batch_id": str(uuid.uuid4()), "mission_code": "DEMO",
        "device_id": device, "changes": changes}))
    assert outcome.status_code == 200 and outcome.ack and outcome.ack.rejected == 0
    return store


@pytest.fixture
def both(store_factory: Callable[[], ServiceStore], demo_store: Store
         ) -> tuple[ServiceStore, Store]:
    return _service_with_demo(store_factory()), demo_store


def found(service: ServiceStore, typed: str, filters: ActivityFilters | None = None,
          ) -> set[str]:
    page = service.search_activities("DEMO", typed, filters, page_size=500)
    assert page.total == len(page.items)
    return {item.activity["id"] for item in page.items}


@pytest.mark.parametrize("typed", QUERIES)
def test_full_text_search_finds_what_the_desktop_finds(both: tuple[ServiceStore, Store],
                                                       typed: str) -> None:
    service, desktop = both
    expected = set(desktop.activities.ids(ActivityFilter(search=typed)))
    assert found(service, typed) == expected


def test_the_queries_do_find_something(both: tuple[ServiceStore, Store]) -> None:
    """(So the comparison above is not between two empty answers.)"""
    service, _ = both
    for typed in ["тренинг", "ტრეფიკინგის", "gjyqesore", "թրաֆիքինգի", "police training"]:
        assert found(service, typed), typed
    assert len(found(service, "тренинг")) >= 3


@pytest.mark.parametrize(("mine", "theirs"), [
    (ActivityFilters(task="III.12.1"), ActivityFilter(task="III.12.1")),
    (ActivityFilters(section="III.10"), ActivityFilter(section="III.10")),
    (ActivityFilters(chapter="V"), ActivityFilter(chapter="V")),
    (ActivityFilters(status="ongoing"), ActivityFilter(status="ongoing")),
    (ActivityFilters(activity_type="training"), ActivityFilter(activity_type="training")),
    (ActivityFilters(form="child_trafficking"), ActivityFilter(form="child_trafficking")),
    (ActivityFilters(year=2005), ActivityFilter(year=2005)),
    (ActivityFilters(year=2005, activity_type="training"),
     ActivityFilter(year=2005, activity_type="training", search="тренинг")),
])
def test_filters_match_the_desktop(both: tuple[ServiceStore, Store], mine: ActivityFilters,
                                   theirs: ActivityFilter) -> None:
    service, desktop = both
    expected = set(desktop.activities.ids(theirs))
    assert expected
    assert found(service, theirs.search, mine) == expected


def test_pages_cover_every_match_once_newest_first(both: tuple[ServiceStore, Store]) -> None:
    service, desktop = both
    seen: list[str] = []
    dates: list[str] = []
    first = service.search_activities("DEMO", "", page=1, page_size=7)
    assert first.total == desktop.activities.total() and first.pages == -(-first.total // 7)
    for number in range(1, first.pages + 1):
        page = service.search_activities("DEMO", "", page=number, page_size=7)
        seen += [item.activity["id"] for item in page.items]
        dates += [item.activity.get("start_date") or "" for item in page.items]
    assert len(seen) == len(set(seen)) == first.total
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert service.search_activities("DEMO", "", page=first.pages + 1).items == []


def test_search_is_scoped_by_mission_and_follows_edits(
        store_factory: Callable[[], ServiceStore], tmp_path: Path) -> None:
    service = _service_with_demo(store_factory())
    service.add_mission("OTHER", "Other")
    assert service.search_activities("OTHER", "тренинг").total == 0
    everywhere = service.search_activities(None, "тренинг")
    assert everywhere.total == service.search_activities("DEMO", "тренинг").total > 0
    # An edit replaces the indexed text; a delete removes it.
    target = demo_document()["activities"][0]
    device = str(uuid.uuid4())

    def send(op: str, payload: dict[str, object]) -> None:
        outcome = ingest(service, "DEMO", Batch.model_validate({
            "protocol_version": 1, "batch_id": str(uuid.uuid4()), "mission_code": "DEMO",
            "device_id": device, "changes": [{
                "seq": 1 if op == "upsert" else 2, "change_id": str(uuid.uuid4()),
                "entity_type": "activity", "entity_id": target["id"], "op": op,
                "payload": payload, "catalogue_version": "2006.1",
                "created_at": "2026-01-01T00:00:00+00:00"}]}))
        assert outcome.status_code == 200, outcome.detail

    send("upsert", dict(target, title="Zyxwvut workshop"))
    assert found(service, "zyxwvut") == {target["id"]}
    send("delete", {"id": target["id"]})
    assert found(service, "zyxwvut") == set()
