"""Screenshots of the Secretariat's staff workspace for the README and docs/secretariat.md.

Run from the repository root (needs Debian's ``chromium`` and ``chromium-driver``)::

    .venv/bin/python scripts/secretariat_screenshots.py [--out docs/screenshots]

It builds a fresh service store in a temporary directory: the demo mission synced for real
from a demo desktop store (its questionnaire submitted, returned for revision with comments,
reopened, revised and submitted again), two more missions with long Georgian and Russian
names (each with part of the demo's activities, for the Analysis page), staff accounts.
Then it serves the application on 127.0.0.1 and saves one PNG per
page as Chromium shows it at 1280x720 (and the mission page at a tablet's 820x1180).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "secretariat"))
sys.path.insert(0, str(ROOT / "tests" / "sync"))

PASSWORD = "screenshots-only-password"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="focalpoint-sec-shots-") as temp:
        os.environ["FOCALPOINT_DATA_DIR"] = str(Path(temp) / "data")
        import keyring

        from focalpoint.sync.credentials import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())
        return shoot(Path(temp), out)


def prepare(temp: Path) -> tuple[object, dict[str, str]]:
    """The service store with its missions, and ids the pages need."""
    from sync_helpers import start_service

    from focalpoint.demo import load_demo
    from focalpoint.secretariat.accounts import Actor
    from focalpoint.secretariat.store import ServiceStore
    from focalpoint.secretariat.web.services import WorkspaceSettings, build_services
    from focalpoint.storage import Store
    from focalpoint.sync.config import SyncConfig, save_sync_config
    from focalpoint.sync.engine import SyncEngine

    service_store = ServiceStore.open(temp / "secretariat.db")
    token = service_store.add_mission("DEMO", "OSCE Demo Field Operation").token
    others = {
        "GEO": service_store.add_mission("GEO", "ეუთოს მისია საქართველოში — ადამიანით "
                                                "ვაჭრობის წინააღმდეგ ბრძოლის განყოფილება").token,
        "TJK": service_store.add_mission("TJK", "Офис Программ ОБСЕ в Душанбе — Отдел по "
                                                "противодействию торговле людьми и защите прав "
                                                "мигрантов").token}
    services = build_services(service_store, WorkspaceSettings())
    system = Actor.system("screenshots")
    services.accounts.add_staff("ada.admin@osce.example", "Ada Admin", "admin", PASSWORD,
                                system)
    services.accounts.add_staff("tamar@osce.example", "თამარ გელაშვილი", "analyst", PASSWORD,
                                system)
    live = start_service(service_store)
    try:
        desktop = Store.open(temp / "demo.db")
        load_demo(desktop)
        first = desktop.responses.latest()
        assert first is not None
        desktop.responses.submit(first.id)
        config = save_sync_config(desktop, SyncConfig(server_url=live.url, mission_code="DEMO"),
                                  force=True)

        def sync() -> None:
            result = SyncEngine(desktop, config, token).run()
            assert result.ok, result.message

        sync()
        tasks = [e.task_code for e in first.task_entries]
        analyst = Actor.of(services.accounts.staff()[1], "192.0.2.10")
        services.review.decide(
            analyst, "DEMO", first.id, "returned",
            "Thank you. Please complete the resources section with the 2005 budget lines and "
            "say which activities were funded extrabudgetarily.",
            {tasks[0]: "Name the ministries that took part in the training and how many "
                       "officers were trained."},
            {*tasks})
        sync()
        second = desktop.responses.latest()
        assert second is not None and second.revises == first.id
        desktop.responses.save_draft(second.model_copy(update={
            "resources": second.resources + "\n\nBudget 2005: EUR 48,000 (UB), EUR 30,500 "
                                            "(extrabudgetary, Norway)."}).model_dump())
        desktop.responses.submit(second.id)
        sync()
        activity = desktop.activities.list()[0]
        services.admin.add_feedback(analyst, "DEMO", "Please add the number of participants "
                                    "and the partners' names.", activity.id)
        desktop.close()
        sync_share(temp, live.url, others)
        two_devices_edit(live.url, token, activity.id)
    finally:
        live.stop()
    return service_store, {"first": first.id, "second": second.id, "activity": activity.id}


def sync_share(temp: Path, url: str, tokens: dict[str, str]) -> None:
    """GEO and TJK sync part of the demo's activities (under new ids), so the Analysis
    page's task × mission matrix has three missions to compare."""
    import uuid

    from focalpoint.demo import demo_document
    from focalpoint.storage import Store
    from focalpoint.sync.config import SyncConfig, save_sync_config
    from focalpoint.sync.engine import SyncEngine

    activities = demo_document()["activities"]
    for (code, token), share in zip(tokens.items(), (slice(0, 30), slice(35, 50)),
                                    strict=True):
        with Store.open(temp / f"{code}.db") as store:
            store.mission.save({"code": code, "name": code})
            store.activities.save_many([dict(a, id=str(uuid.uuid4()))
                                        for a in activities[share]])
            config = save_sync_config(store, SyncConfig(server_url=url, mission_code=code),
                                      force=True)
            result = SyncEngine(store, config, token).run()
            assert result.ok, result.message


def two_devices_edit(url: str, token: str, activity_id: str) -> None:
    """Two more laptops of the mission (protocol 3) edit the activity from one version: one
    field merges, the title clashes — the activity page shows the history and the conflict."""
    import requests
    from exchange_helpers import Device, HttpClient, items_of

    with requests.Session() as session:
        office, assistant = (Device(HttpClient(session, url), token) for _ in range(2))
        current = items_of(office.sync())[activity_id]
        assistant.sync()
        state, version = current["payload"], current["version"]
        office.push({**state, "title": state["title"] + " (revised draft law)"},
                    base=version)
        assistant.push({**state, "title": state["title"] + " — final comments",
                        "partners": [*state["partners"], "Council of Europe"]}, base=version)


def shoot(temp: Path, out: Path) -> int:
    from browser import chromium, resize_viewport
    from selenium.webdriver.common.by import By
    from sync_helpers import start_service

    service_store, ids = prepare(temp)
    live = start_service(service_store)  # type: ignore[arg-type]
    driver = chromium(1280, 720)
    try:
        def save(name: str) -> None:
            path = out / f"secretariat-{name}.png"
            driver.save_screenshot(str(path))
            print(path)

        driver.get(live.url + "/login")
        driver.find_element(By.ID, "email").send_keys("ada.admin@osce.example")
        save("login")
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
        save("missions")
        driver.get(live.url + "/missions/DEMO?q=police#activities")
        save("mission-search")
        driver.get(live.url + "/missions/DEMO")
        save("mission")
        driver.get(f"{live.url}/missions/DEMO/responses/{ids['first']}")
        save("response-returned")
        driver.execute_script("document.querySelector('.task-review .review-note')"
                              ".scrollIntoView({block: 'center'})")
        save("response-task-comment")
        driver.get(f"{live.url}/missions/DEMO/responses/{ids['second']}")
        save("review")
        driver.execute_script("document.getElementById('received').scrollIntoView()")
        save("response-history")
        driver.get(f"{live.url}/missions/DEMO/activities/{ids['activity']}")
        save("activity")
        driver.execute_script("document.getElementById('conflicts').scrollIntoView()")
        save("activity-history")
        driver.get(live.url + "/analysis?start=2005-01-01&end=2005-12-31")
        save("analysis")
        driver.execute_script("document.getElementById('coverage').scrollIntoView()")
        save("analysis-matrix")
        driver.execute_script("document.getElementById('question-forms').scrollIntoView()")
        save("analysis-question")
        driver.get(driver.find_element(By.CSS_SELECTOR, "#table-coverage-matrix td.n a")
                   .get_attribute("href") or "")
        save("analysis-cell")
        driver.get(live.url + "/admin")
        save("admin")
        driver.get(live.url + "/admin/audit")
        save("audit")
        resize_viewport(driver, 820, 1180)
        driver.get(live.url + "/missions/DEMO")
        save("tablet-mission")
    finally:
        driver.quit()
        live.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
